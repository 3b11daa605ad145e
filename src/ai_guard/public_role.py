"""Public role: whether a person's name in a text is public-role data or a private person's.

One judgement, shared by :func:`ai_guard.check_prompt` and :func:`ai_guard.classify_document`
(the policy switch for both is ``Policy.official_names_are_public``, default true)::

    judge(doc, start, end) -> PublicRole | None

A name is PUBLIC when it is

- a **historical figure** (``detectors/public_figures.txt``: Hồ Chí Minh, Võ Nguyên Giáp, Trần
  Hưng Đạo ...), or a monarch named by his title whether listed or not ("vua Lê Thái Tổ",
  "dưới triều vua Lê Thánh Tông": :func:`ai_guard.detectors.person.context.monarch_before`),
  without a cue that makes it a private namesake ("ông", "chị", "Họ và tên:", "bị đơn");
- an **office holder** named with the title of a public office (``detectors/public_offices.txt``:
  Tổng Bí thư, Thủ tướng, Bộ trưởng, Thứ trưởng, Chủ tịch UBND tỉnh, Giám đốc Sở, Đại tướng,
  Đại sứ, Giám đốc Công an tỉnh, Chủ tịch Hội Nông dân tỉnh ...) just before the name ("Thứ
  trưởng Bộ Tư pháp Nguyễn Văn A") or right after it ("Đồng chí Lê Văn B, Phó Chủ tịch UBND
  tỉnh", "Đại biểu Hoàng Văn C (Đoàn ĐBQH TP Hà Nội)"); in English too ("Deputy Minister ...", "Mr.
  B, Deputy Director, Department of Justice": a provincial department by its name);
- the **signer of an official document** (the name under the signature block's title, read by
  :func:`ai_guard.classify.layout.parse_layout`: ``CHỦ TỊCH``, ``KT. GIÁM ĐỐC⏎PHÓ GIÁM ĐỐC``,
  ``TRƯỞNG CÔNG AN XÃ⏎Thượng úy ...``; pasted in lower case, an official's title alone on its
  line, "(đã ký)" or blank lines under it: ``kt. chủ tịch⏎phó chủ tịch⏎(đã ký)⏎lâm hoàng
  sang``, ``chu tich⏎⏎ha duc thien``), in
  check_prompt as in classify_document, whatever the document is about; a signer's field
  with an official's title: "Người ký: Đỗ Minh Khôi - Phó Cục trưởng", a record's
  ``"nguoi_ky"`` with its ``"chuc_vu"``; not a citizen signing their own letter ("Người làm
  đơn");
- an **official acting in a procedure** (classify_document only, which reads the whole layout):
  a name with an official's title (``classify/official_titles.txt``: Chấp hành viên, Thẩm
  phán, Trưởng phòng ...); in a document about personnel, only the titles of a procedure count.

A PRIVATE context overrides the first two: the name is the subject of a complaint,
denunciation, discipline, personnel or enforcement matter ("đơn tố cáo ông Trần Văn B, Chủ tịch
UBND ...", "kỷ luật khiển trách đồng chí C", "... bị khởi tố"), stands after a label or a party
cue of a form or a case ("Họ và tên:", "người bị tố cáo", "vợ"), has a private person's
identifiers or residence next to it ("sinh năm", "CCCD", "trú tại", "SĐT"; in English "born",
"ID no", "phone", "was disciplined", "a complaint against"), or stands next
to a state-secret handling mark ("CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ", "TỐI MẬT"; not the levels
listed in prose, "ba độ: Tuyệt mật, Tối mật và Mật"). Everything is read
on the folded view, so text with and without diacritics is judged alike; spans are on
``doc.text``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import CueSet, trie_regex

if TYPE_CHECKING:
    from ai_guard.classify.layout import Layout

__all__ = [
    "ALL_KINDS",
    "PRIVATE_PATTERN",
    "PROMPT_KINDS",
    "SIGNATURE",
    "OfficeLevel",
    "OfficeStanding",
    "PublicRole",
    "PublicRoleKind",
    "is_title_line",
    "judge",
    "judge_or_mark",
    "named_again_in_role",
    "office_spellings",
    "office_standing",
    "office_titles",
    "private_context",
    "private_role_context",
    "signature_layout",
    "signed_in_role",
    "title_cue",
]


class PublicRoleKind(str, Enum):
    """Why a name is public-role data."""

    HISTORICAL = "historical"
    """A historical figure (``detectors/public_figures.txt``)."""
    OFFICE = "office"
    """The holder of a public office, named with its title in their role."""
    OFFICIAL = "official"
    """An official signing a document (check_prompt and classify_document) or acting in a
    procedure (classify_document only)."""


#: The kinds check_prompt keeps visible; of OFFICIAL, only a document's signer (the titles of
#: a procedure need the whole document's layout and subject, which classify_document reads).
PROMPT_KINDS = frozenset(PublicRoleKind)
#: Every kind: what classify_document counts.
ALL_KINDS = frozenset(PublicRoleKind)


@dataclass(frozen=True, slots=True)
class PublicRole:
    """The judgement: which kind of public role, and the evidence for it."""

    kind: PublicRoleKind
    evidence: str
    """The title as the lexicon spells it ("Thứ trưởng", "Phó Chủ tịch UBND tỉnh"), the
    lexicon entry of a historical figure ("Võ Nguyên Giáp"), or the signature block."""
    title: str | None = None
    """A signer's title as the lexicon spells it ("chi cục trưởng"), when the block's title
    line was read (``evidence`` is then "signature")."""

    @property
    def cue(self) -> str | None:
        """What a check_prompt finding shows as its context: the title (a signer's as
        "signature: chi cục trưởng"); nothing for a historical figure, whose lexicon entry
        is the name itself (a finding never carries the value)."""
        if self.kind is PublicRoleKind.HISTORICAL:
            return None
        if self.evidence == SIGNATURE and self.title:
            return f"{SIGNATURE}: {self.title}"
        return self.evidence

    @property
    def pattern(self) -> str:
        """The pattern name a check_prompt finding carries for it (``public_role.office``)."""
        return f"public_role.{self.kind.value}"


#: the evidence of a signer's role (the name under a signature block's title)
SIGNATURE = "signature"
#: the pattern a check_prompt finding carries for a name whose public role a private mark
#: overrode ("Thứ trưởng Nguyễn Văn An, sinh năm 1970": redacted); its context is
#: ``private_role_context``'s
PRIVATE_PATTERN = "public_role.private"


def private_role_context(role: PublicRole, mark: str) -> str:
    """A redacted finding's context when a private mark overrode a public role: the role
    (the title, or "historical" for a figure, whose name a finding never carries) and the
    mark, "Thứ trưởng | sinh nam" (``i18n.prompt`` words the reason from it)."""
    what = "historical" if role.kind is PublicRoleKind.HISTORICAL else (role.cue or "")
    mark = mark.strip(" \t:|,;")  # ("do mat |": the mark's own separator)
    return f"{what} | {mark}"


# -- lexicons ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _offices() -> tuple[re.Pattern[str], dict[str, str]]:
    """The public-office titles as one pattern on the folded view (with an optional "phó",
    or in English "deputy" / "vice", first), and each folded title's spelling in the lexicon."""
    spelled: dict[str, str] = {}
    for line in data.lines("detectors/public_offices.txt"):
        spelled.setdefault(" ".join(fold_word(line).split()), line)
    alt = trie_regex(sorted(spelled, key=len, reverse=True)).replace(r"\ ", r"\s+")
    pattern = re.compile(
        r"(?<![0-9a-z])(?P<pho>(?:pho|deputy|vice)\s+)?(?P<title>" + alt + r")(?![0-9a-z])"
    )
    return pattern, spelled


def office_titles() -> re.Pattern[str]:
    """The public-office titles of ``public_offices.txt`` as one pattern on the folded view
    (an optional "phó" first): where the person detector looks for a holder's name written
    in lower case after the title and its body."""
    return _offices()[0]


def office_spellings() -> tuple[str, ...]:
    """The folded titles :func:`office_titles` is built from, one space between words."""
    return tuple(_offices()[1])


def _office_spelling(m: re.Match[str]) -> str:
    title = _offices()[1].get(" ".join(m.group("title").split()), m.group("title"))
    pho = m.group("pho")
    if not pho:
        return title
    return ("Phó " if pho.startswith("pho") else pho[0].upper() + pho[1:].rstrip() + " ") + title


# -- the standing of an office: ONE table for every path ----------------------------------------


class OfficeLevel(str, Enum):
    """The level of the office a title names, read from the title's own words."""

    NATIONAL = "national"
    """The Party's central bodies, the State's, a ministry and its departments, the generals,
    an ambassador ("Thứ trưởng", "Cục trưởng Cục ...", "Đại tướng")."""
    PROVINCIAL = "provincial"
    """A province's or a centrally run city's committee, council, department or branch
    ("Chủ tịch UBND tỉnh", "Giám đốc Sở", "Giám đốc BHXH tỉnh")."""
    DISTRICT = "district"
    """A (former) district's, or a provincial department's sub-department ("Chủ tịch UBND
    huyện", "Bí thư Huyện ủy", "Chi cục trưởng")."""
    COMMUNE = "commune"
    """A commune's, a ward's or a township's ("Chủ tịch UBND xã", "Trưởng Công an xã")."""
    UNIT = "unit"
    """A title whose level its words do not give: a division's or a school's head, the staff
    and officers of a procedure ("Trưởng phòng", "Giám đốc", "Chấp hành viên", "Thẩm phán");
    its level is the issuing body's, in the document's header."""


@dataclass(frozen=True, slots=True)
class OfficeStanding:
    """Whether the holder of an office is public-role data, by where the name stands: the one
    table every path of this module and classify_document read (issue 15's public roles).

    The settled rule (tests/corpus/PROMPTS.md, "Settled on 2026-12-03" and "2026-12-05"):
    in prose and in a letter's recipients, only the offices ``public_offices.txt`` lists
    (national, provincial, the former districts; not a Chi cục's head, a commune's chair, a
    division's head or the staff of a case); the signer of an official document, under its
    signature block's title, whatever its level (a commune's chair under ``CHỦ TỊCH``, ``CHI
    CỤC TRƯỞNG``, ``TRƯỞNG PHÒNG``: a signed act goes out under that name); an official acting
    in a procedure only in classify_document, which reads the whole layout."""

    title: str
    """The title as its lexicon spells it ("Phó Chủ tịch UBND tỉnh", "chi cục trưởng")."""
    level: OfficeLevel
    in_prose: bool
    """A holder named with the title in a sentence is public ("Thứ trưởng Nguyễn Văn A")."""
    as_signer: bool
    """The signer under the title in a signature block (or its flattened or field form)."""
    as_recipient: bool
    """A recipient named with the title ("Kính gửi: Đồng chí X, Phó Chủ tịch UBND tỉnh")."""
    in_procedure: bool
    """An official acting in a procedure named with it (classify_document only)."""


#: the words that give an office's level, folded, whole words, the narrowest level first
#: (the first that matches wins: "Chủ tịch UBND xã" is a commune's, "Chi cục trưởng" a
#: district's though "cục trưởng" is inside it)
_LEVEL_WORDS = (
    (OfficeLevel.COMMUNE, re.compile(r"(?<![a-z])(?:xa|phuong|thi tran|commune|ward)(?![a-z])")),
    (
        OfficeLevel.DISTRICT,
        re.compile(
            r"(?<![a-z])(?:huyen|quan|thi xa|huyen uy|quan uy|thi uy|chi cuc|district)(?![a-z])"
        ),
    ),
    (
        OfficeLevel.PROVINCIAL,
        re.compile(
            r"(?<![a-z])(?:tinh|thanh pho|tp|so|tinh uy|thanh uy|tinh doan|khu vuc|chi nhanh|"
            r"province|provincial|department of)(?![a-z])|^(?:p?ct ubnd)"
        ),
    ),
    (
        OfficeLevel.NATIONAL,
        re.compile(
            r"(?<![a-z])(?:trung uong|quoc hoi|dbqh|chinh phu|nuoc|bo truong|thu truong|"
            r"thu tuong|tong bi thu|bo chinh tri|ban bi thu|toi cao|nha nuoc|cuc truong|"
            r"vu truong|tong cuc truong|q\.\s*tct|ptct|tct|tuong|do doc|dai su|minister|"
            r"president|general secretary|national assembly|ambassador|state bank)(?![a-z])"
        ),
    ),
)


def _level(folded: str) -> OfficeLevel:
    for level, words in _LEVEL_WORDS:
        if words.search(folded):
            return level
    return OfficeLevel.UNIT


@lru_cache(maxsize=512)
def office_standing(title: str) -> OfficeStanding | None:
    """The standing of the office a title names (written or folded; a deputy's "phó",
    "kt."/"tm."/"tl."/"q." before it are the same office's), or None when neither lexicon
    holds it: ``public_offices.txt`` (public in prose, in recipients and as a signer) or
    ``classify/official_titles.txt`` (public as a signer, and acting in a procedure in
    classify_document; private in prose: "Chi cục trưởng Nguyễn Văn Tâm ký quyết định")."""
    folded = " ".join(fold_word(title).split())
    bare = _DELEGATION.sub("", folded.strip(" \t.,;:"))
    # (an acting head's "Q." is part of the lexicon's title: "Q. Tổng cục trưởng")
    m = _offices()[0].fullmatch(folded.strip(" \t,;:")) or _offices()[0].fullmatch(bare)
    if m is not None:
        return OfficeStanding(_office_spelling(m), _level(bare), True, True, True, True)
    from ai_guard.classify.layout import official_title_at

    # an official's title, then the unit it heads at most ("chủ tịch ubnd xã", "trưởng công
    # an xã", "giám đốc bệnh viện"): public as the signer, private in prose
    t = official_title_at(bare, 0, len(bare))
    if t is None or t.start() != 0:
        return None
    return OfficeStanding(_title_spelling(t.group()), _level(bare), False, True, False, True)


#: a mark of delegation before a signer's title ("KT.", "TM.", "TL.", "TUQ.", "Q."), folded
_DELEGATION = re.compile(r"^(?:(?:kt|tm|tl|tuq|q)\.?[ \t]+)*")


@lru_cache(maxsize=1)
def _figures() -> dict[str, str]:
    """Folded historical figure -> the entry as the lexicon spells it."""
    out: dict[str, str] = {}
    for line in data.lines("detectors/public_figures.txt"):
        out.setdefault(fold_word(line), line)
    return out


#: cues of a form or a case that are not about a private person (a letter's recipients, the
#: signer and the people who handle a document)
_NOT_PRIVATE_LABELS = frozenset(
    {
        "kinh gui",
        "nguoi ky",
        "nguoi nhan",
        "nguoi gui",
        "nguoi duyet",
        "nguoi kiem tra",
        "nguoi lap",
        "nguoi lap bieu",
        "dai dien",
        "name",
    }
)
#: everyday honorifics: before a historical figure's name they name a private namesake ("ông
#: Trần Phú, sinh năm 1980"); "đồng chí", "cụ", "Đại tướng" still fit the figure
#: a column of people's names (folded header): "Họ tên", "Họ và tên", "Full name"; not "Tên
#: đường", "Tên trường" (streets and schools bear historical figures' names)
_PEOPLE_COLUMN = re.compile(
    r"(?:stt\s+)?(?:ho\s*(?:va\s*|,\s*)?_?ten(?:\s+\S+){0,3}|ten|full\s*_?name|name|"
    r"nguoi\s+\S+(?:\s+\S+)?|doi\s+tuong)"
)
_NAMESAKE = CueSet(
    [
        *"ông bà anh chị em cháu cô chú cậu dì mợ thím bé mr mrs ms".split(),
        *("quý ông", "quý bà", "Mr.", "Mrs.", "Ms."),
    ]
)


@lru_cache(maxsize=1)
def _private_labels() -> CueSet:
    """Labels, parties and relations before a name (name_cues.tsv): a form's or a case's
    person, or a relative ("Họ và tên:", "người bị tố cáo", "vợ")."""
    return CueSet(
        r[0]
        for r in data.rows("detectors/name_cues.tsv")
        if len(r) > 1
        and r[1] in ("label", "party", "relation")
        and r[0]
        and " ".join(fold_word(r[0]).split()) not in _NOT_PRIVATE_LABELS
    )


#: matters whose subject is a private person's data even when they hold an office: a
#: complaint, a denunciation, discipline, personnel, enforcement or a criminal case
_MATTERS = CueSet(
    [
        "tố cáo",
        "tố giác",
        "khiếu nại",
        "khiếu kiện",
        "phản ánh về",
        "kỷ luật",
        "khiển trách",
        "cảnh cáo",
        "cách chức",
        "giáng chức",
        "bãi nhiệm",
        "miễn nhiệm",
        "bổ nhiệm",
        "điều động",
        "luân chuyển",
        "nghỉ hưu",
        "nâng lương",
        "thôi việc",
        "buộc thôi việc",
        "kiểm điểm",
        "đình chỉ công tác",
        "tạm đình chỉ",
        "khởi tố",
        "truy tố",
        "bị can",
        "bị cáo",
        "tạm giam",
        "tạm giữ",
        "bắt giữ",
        "bắt tạm giam",
        "truy nã",
        "xử phạt",
        "cưỡng chế",
        "thi hành án",
        "vi phạm",
        "tham nhũng",
        "hối lộ",
        "xét xử",
        "điều tra",
        "tín nhiệm thấp",
        "lấy phiếu tín nhiệm",
        # English: a complaint, a denunciation, discipline or a case about the office holder
        "complaint against",
        "complaints against",
        "complaint about",
        "denunciation",
        "denouncing",
        "disciplinary",
        "reprimand",
        "prosecution of",
        "indictment",
        "arrest of",
    ]
)
#: after a name in its sentence: a passive of those matters ("bị kỷ luật", "nguyên Phó Chủ
#: tịch UBND tỉnh, bị khởi tố")
_SUBJECT_AFTER = re.compile(
    r"(?<![a-z])bi\s+(?:to\s+cao|to\s+giac|khieu\s+nai|ky\s+luat|"
    r"khien\s+trach|canh\s+cao|cach\s+chuc|giang\s+chuc|bai\s+nhiem|mien\s+nhiem|khoi\s+to|"
    r"truy\s+to|bat|tam\s+giam|tam\s+giu|xu\s+phat|xu\s+ly|dieu\s+tra|dinh\s+chi|kiem\s+diem|"
    r"cuong\s+che|truy\s+na|ket\s+an|phat)(?![a-z])"
    # English: "was disciplined", "has been arrested"
    r"|(?<![a-z])(?:was|were|is|been|being)\s+(?:disciplined|reprimanded|dismissed|arrested|"
    r"prosecuted|charged|indicted|accused|detained|fined|investigated|suspended)(?![a-z])"
)
#: "mang tên", "đặt tên", "lấy tên", "theo tên" right before a name (folded): a street, a
#: school or a prize that bears a figure's name ("con đường mang tên Lý Tự Trọng"), not a
#: form's "Tên:" label
_BEARS_THE_NAME = re.compile(r"(?<![a-z])(?:mang|dat|lay|theo)\s+ten\s*$")
#: a private person's identifiers or residence shortly after a name
_IDENTIFIERS = re.compile(
    # "ngày sinh" after "năm" / "kỷ niệm" is a commemoration ("kỷ niệm 135 năm ngày sinh Chủ
    # tịch Hồ Chí Minh"), no private person's date of birth
    r"(?<![0-9a-z])(?:sinh\s+nam|sinh\s+ngay|(?<!nam\s)(?<!niem\s)ngay\s+sinh|nam\s+sinh|ngay,?\s+thang,?\s+nam\s+sinh|"
    r"s\s*n|cccd|cmnd|cmtnd|can\s+cuoc|dinh\s+danh|ho\s+chieu|tru\s+tai|thuong\s+tru|"
    r"tam\s+tru|cu\s+tru|noi\s+o|cho\s+o|ngu\s+tai|o\s+tai|que\s+quan|que\s+o|nguyen\s+quan|"
    r"dia\s+chi|so\s+dien\s+thoai|dien\s+thoai|sdt|dt\s*:|email|e-mail|so\s+tai\s+khoan|stk|"
    r"ma\s+so\s+thue|mst|bhxh|bhyt|bien\s+so|"
    # English: a date of birth, an identity document, a phone, a home
    r"born|date\s+of\s+birth|dob|id\s+(?:no|number|card)|citizen\s+id|passport|"
    r"phone|tel|mobile|residing|resident\s+of|lives\s+at|home\s+address|address\s*:)"
    r"(?![0-9a-z])"
)

#: a state-secret handling mark near a name: who may open a secret envelope ("CHỈ NGƯỜI CÓ TÊN
#: MỚI ĐƯỢC BÓC BÌ") or receives a secret document is not published with the office
_SECRET_NEAR = re.compile(r"(?<![a-z])(?:boc\s+bi|toi\s+mat|tuyet\s+mat|do\s+mat\s*[:|])")
#: the levels named as a list ("ba độ: Tuyệt mật, Tối mật và Mật", "độ Tối mật, Mật", each
#: level quoted or not: ba độ "Tuyệt mật", "Tối mật" và "Mật"): a text about the levels (a
#: press article, a rule), not a mark on anything near the name
_LEVELS_LISTED = re.compile(
    r"(?<![a-z])(?:tuyet\s+mat|toi\s+mat)[\"'“”«»]?\s*(?:,|va|hoac)\s*[\"'“”«»]?\s*"
    r"(?:toi\s+mat|mat)(?![a-z])"
)
#: how far around a name a secrecy mark is looked for (characters)
_SECRET_REACH = 200

#: how far before a name its title, a matter or a label is looked for (characters)
_REACH_BEFORE = 80
#: how far after a name a title, identifiers or a residence are looked for
_REACH_AFTER = 90
#: words allowed between a title and the name ("Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn ...")
_MAX_GAP_WORDS = 7
#: words that may stand between a title and the name whatever their case: honorifics and the
#: levels of an office's body ("Giám đốc Sở Y tế tỉnh Nghệ An")
_GAP_HONORIFICS = frozenset(
    {"dong", "chi", "d/c", "dc", "ong", "ba", "ngai", "la", "hien"}
    | {"tinh", "thanh", "pho", "tp", "quan", "huyen", "thi", "xa", "tai"}
    # an English title's body: "Minister of Foreign Affairs", "Ambassador to the ..."
    | {"of", "the", "for", "to"}
)
#: a word between title and name that shows the title is someone else's (lower-case text)
_GAP_BREAKS = frozenset(
    {"gui", "tiep", "gap", "cung", "voi", "cho", "moi", "thay", "boi", "va", "hoac", "cua"}
    # English: a possessive ("the minister's aide"), a relation, a verb, a conjunction
    | {"s", "assistant", "aide", "wife", "husband", "son", "daughter", "driver", "secretary",
       "staff", "friend", "and", "or", "with", "met", "meets", "called", "told", "by"}
)  # fmt: skip
_GAP_WORD = re.compile(r"[^\W_][\w/]*|,")
#: words a dot abbreviates, not ends a sentence after ("TP. Hà Nội", "Đ/c. Lê Văn A")
_ABBREVIATIONS = frozenset({"tp", "tt", "tx", "đ/c", "d/c", "ths", "ts", "pgs", "gs", "bs", "ks"})
_LAST_WORD = re.compile(r"[^\W\d_][\w/]*$")
_SENTENCE_END = re.compile(r"[!?;\n]|\.(?=\s+\S)")
_AFTER_SEP = re.compile(r"\s*[,(\-–—]\s*(?:(?:hien\s+la|hien|la|nguyen|dong\s+chi)\s+)?")


def _clause_start(doc: Document, start: int, reach: int) -> int:
    """Where the sentence holding ``start`` begins, at most ``reach`` characters back. A dot
    of an abbreviation ("TP. Hà Nội", "Đ/c. A") does not end a sentence."""
    lo = max(0, start - reach)
    window = doc.text[lo:start]
    cut = lo
    for m in _SENTENCE_END.finditer(window):
        if m.group() == ".":
            word = _LAST_WORD.search(window, 0, m.start())
            if word is not None and (
                len(word.group()) == 1 or word.group().lower() in _ABBREVIATIONS
            ):
                continue
        cut = lo + m.end()
    return cut


def _clause_end(doc: Document, end: int, reach: int) -> int:
    hi = min(len(doc.text), end + reach)
    m = re.search(r"[!?;\n]|\.(?=\s)", doc.text[end:hi])
    return end + m.start() if m is not None else hi


#: how a wrapped line may end for the next one to go on its sentence: not after a stop, a
#: colon or a list's separator ("Phó Chủ tịch UBND tỉnh⏎Nguyễn Văn Sơn" is one line wrapped)
_LINE_GOES_ON = re.compile(r"[^\W_)]\s*$")


def _wrapped_from(doc: Document, start: int) -> int | None:
    """The line break before a name that starts its line, when the line above goes on into
    it (PDF export and narrow columns break a sentence anywhere): one break, no blank line,
    nothing but spaces before the name, the line above ending on a word. None otherwise."""
    nl = doc.text.rfind("\n", max(0, start - 8), start)
    if nl <= 0 or doc.text[nl + 1 : start].strip(" \t"):
        return None
    above = doc.text.rfind("\n", 0, nl) + 1
    line = doc.text[above:nl]
    if not line.strip() or _LINE_GOES_ON.search(line) is None:
        return None
    return nl


def private_context(
    doc: Document, start: int, end: int, names: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The cue that makes the name at ``[start, end)`` a private person's, or None: a
    complaint, discipline, personnel or enforcement matter before it in its sentence or a
    passive of one after it, a label, party or relation cue before it, identifiers or a
    residence after it. What stands after another name of ``names`` (the other names found)
    is that person's ("Chủ tịch UBND tỉnh Trần Quốc Nam ký quyết định hỗ trợ ông Đỗ Văn Khiêm,
    trú tại ...": the residence is Khiêm's)."""
    folded = doc.folded
    lo = _clause_start(doc, start, _REACH_BEFORE)
    label = _private_labels().before(doc, start, 45)
    if label is not None and not _BEARS_THE_NAME.search(folded, max(0, start - 16), start):
        return label
    matter = _MATTERS.near_before(doc, start, start - lo) if start > lo else None
    if matter is not None:
        return matter
    heading = _list_heading_matter(doc, start)
    if heading is not None:
        return heading
    wrapped = _wrapped_from(doc, start)
    if wrapped is not None:  # the sentence began on the line above
        above = _clause_start(doc, wrapped, _REACH_BEFORE)
        matter = _MATTERS.near_before(doc, wrapped, wrapped - above) if wrapped > above else None
        if matter is not None:
            return matter
    hi = _clause_end(doc, end, _REACH_AFTER)
    nxt = min((a for a, _ in names if end <= a < hi), default=None)
    if nxt is not None:
        hi = nxt
    m = _SUBJECT_AFTER.search(folded, end, hi)
    if m is not None:
        return m.group().strip(" ,")
    # identifiers may follow after a ";" on the same line ("- Phó Giám đốc Sở; ngày sinh ...")
    nl = doc.text.find("\n", end, end + _REACH_AFTER)
    stop = nl if nl >= 0 else max(hi, end + _REACH_AFTER)
    # ... up to the next name found, past the clause too: "Giám đốc Công an tỉnh A thông tin
    # vụ án; đối tượng B (sinh năm 1996)": the birth year is B's
    stop = min((a for a, _ in names if end <= a < stop), default=stop)
    # ... past the office named right after the name ("ông A, Giám đốc BHXH tỉnh": the
    # agency's initials are no social-insurance number)
    office = _office_after(doc, end)
    ident = _IDENTIFIERS.search(
        folded, end if office is None else office.end(), stop if nxt is None else min(stop, nxt)
    )
    if ident is not None:
        return ident.group()
    for secret in _SECRET_NEAR.finditer(folded, max(0, start - _SECRET_REACH), end + _SECRET_REACH):
        if not _LEVELS_LISTED.search(folded, max(0, secret.start() - 20), secret.end() + 20):
            return secret.group()
    return None


#: what opens a list's item right before a name (folded): the line's start, a ";" or ":",
#: then an item's number ("1.", "2)") or a bullet; tried on the few characters before the name
_ITEM_OPENING = re.compile(r"(?:^|[\n;:])[ \t]*(?:\d{1,3}[.)]|[-*+\u2022])[ \t]*$")


#: a line that opens a list's item (folded): its number ("1.", "2)") or a bullet
_ITEM_LINE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*+\u2022])[ \t]")


def _list_heading_matter(doc: Document, start: int) -> str | None:
    """The personnel, discipline or other private matter (``_MATTERS``) in the heading of the
    list whose item the name at ``start`` opens ("DANH SÁCH CÁN BỘ DIỆN LUÂN CHUYỂN⏎1. Quàng
    Văn Thiêm - Phó Giám đốc Sở ..."): the heading is the first line above the list's items
    (up to eight of them) that opens no item. A list of people moved, disciplined or charged
    names them in that matter, not in an act of their office."""
    if not _item_opening(doc, start):
        return None
    text = doc.text
    end = text.rfind("\n", 0, start)
    for _ in range(9):
        if end <= 0:
            return None
        above = text.rfind("\n", 0, end) + 1
        line = text[above:end]
        if line.strip() and _ITEM_LINE.match(doc.folded, above) is None:
            return _MATTERS.near_before(doc, end, end - above)
        end = above - 1
    return None


def _item_opening(doc: Document, start: int) -> bool:
    """Whether the name at ``start`` opens a list's item (``_ITEM_OPENING``)."""
    return _ITEM_OPENING.search(doc.folded, max(0, start - 8), start) is not None


def _listed_among_people(doc: Document, start: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether the name at ``start`` opens an item of a list whose other items open with names
    no figure bears ("1. le van tam, sinh 1980; 2. nguyen thi hoa, sinh 1985"): a list of
    citizens holds a namesake, whatever figure shares the name (a list of figures holds
    figures only)."""
    if not _item_opening(doc, start):
        return False
    figures = _figures()
    return any(
        a != start and _item_opening(doc, a) and figures.get(fold_word(doc.text[a:b])) is None
        for a, b in names
    )


def _historical(doc: Document, start: int, end: int) -> PublicRole | None:
    name = doc.text[start:end]
    entry = _figures().get(fold_word(name))
    if entry is None:
        from ai_guard.detectors.person.context import monarch_before

        if monarch_before(doc, start):
            return PublicRole(PublicRoleKind.HISTORICAL, name)  # "vua Lê Thái Tổ": a monarch
        return None
    from ai_guard.detectors.person.words import is_public_figure

    if not is_public_figure(name):
        return None  # "Lê Văn Tâm" is not "Lê Văn Tám"
    honorific = _NAMESAKE.before(doc, start, 20)
    if honorific is not None and not _customary_honorific(doc, entry, honorific):
        return None  # "ông Trần Phú": a namesake
    from ai_guard.detectors.person.cued import headers_possible
    from ai_guard.text.tables import column_header

    if headers_possible(doc):
        header = column_header(doc, start)
        if header is not None and _PEOPLE_COLUMN.fullmatch(header) is not None:
            return None  # "Họ tên ⏎ Trần Quốc Toản": a list of people holds a namesake
    from ai_guard.detectors.person.context import signature_cue

    if signature_cue(doc, start, end) is not None:
        return None  # "(Đã ký)⏎Huỳnh Tấn Phát": a living signer who shares the name
    return PublicRole(PublicRoleKind.HISTORICAL, entry)


#: the young heroes the schools' stories name with a kin word as their own ("chị Võ Thị Sáu",
#: "anh Kim Đồng"): folded name -> the kin words (folded) the stories give them
_HEROES_KIN = {
    "vo thi sau": frozenset({"chi"}),
    "nguyen thi minh khai": frozenset({"chi"}),
    "nguyen van troi": frozenset({"anh"}),
    "ly tu trong": frozenset({"anh"}),
    "kim dong": frozenset({"anh"}),
    "le van tam": frozenset({"anh", "chu"}),
}
#: what tells a text about such a hero from one about a namesake who shares the name: a
#: lesson, a story, a commemoration (folded, whole words)
_HERO_TOPIC = re.compile(
    r"(?<![a-z])(?:hoc sinh|thieu nhi|doi vien|lich su|anh hung|liet si|tam guong|hy sinh|"
    r"ke chuyen|cau chuyen|bai giang|ngoai khoa|tieu su|ky niem|tuong niem|con dao|"
    r"pupils?|students?|heroine|hero|history)(?![a-z])"
)


def _customary_honorific(doc: Document, entry: str, honorific: str) -> bool:
    """Whether ``honorific`` before the figure ``entry`` is the kin word the schools' stories
    give that hero ("viết bài về chị Võ Thị Sáu cho học sinh lớp 5") in a text about the
    hero (a lesson, a story, a commemoration): no namesake then. Elsewhere ("chị Võ Thị Sáu
    ở tổ 3 gọi lên") a kin word still names a private namesake; the private context (her
    birth year, her ID, her home) is read after this and overrides it either way."""
    kin = _HEROES_KIN.get(fold_word(entry))
    if kin is None or fold_word(honorific) not in kin:
        return False
    return _HERO_TOPIC.search(doc.folded) is not None


def _office_before(
    doc: Document, start: int, names: Sequence[tuple[int, int]]
) -> re.Match[str] | None:
    """The public-office title nearest before the name in its sentence, if only a few words
    (the office's body: "Bộ Tư pháp", "tỉnh Nghệ An"; "đồng chí", "ông") stand between."""
    wrapped = _wrapped_from(doc, start)
    lo = _clause_start(doc, start if wrapped is None else wrapped, _REACH_BEFORE)
    folded = doc.folded
    pattern = _offices()[0]
    last: re.Match[str] | None = None
    pos = lo
    while True:
        m = pattern.search(folded, pos, start)
        if m is None:
            break
        last = m
        pos = m.end()
    if last is None:
        return None
    if not _plain_gap(doc, last.end(), start):
        return None
    if any(last.end() <= s < start for s, _ in names):
        return None  # "Thứ trưởng Nguyễn Văn A, Nguyễn Văn B": the title is A's
    return last


def _plain_gap(doc: Document, lo: int, hi: int) -> bool:
    """Whether what stands between a title and a name is only the office's body ("Bộ Tư
    pháp", "tỉnh Nghệ An") and honorifics ("đồng chí", ", ông"): capitalised words, each
    followed by at most one lower-case syllable ("Tư pháp", "Kế hoạch và Đầu tư"). In text
    without capitals (chat), a few words none of which links to someone else ("gửi", "và")."""
    words = _GAP_WORD.findall(doc.text, lo, hi)
    if len(words) > _MAX_GAP_WORDS:
        return False
    folded = [fold_word(w) for w in words]
    if not any(c.isupper() for c in doc.text[max(0, lo - 40) : hi]):
        return len(words) <= 4 and not any(w in _GAP_BREAKS for w in folded)
    for i, (w, f) in enumerate(zip(words, folded, strict=True)):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == ",":
            if nxt and folded[i + 1] not in _GAP_HONORIFICS:
                return False  # "Thứ trưởng Nguyễn Văn A, Nguyễn Văn B": a list
        elif f == "va":
            if not nxt or not nxt[0].isupper() or i == 0:
                return False  # "Thứ trưởng và ông A", "... A và B"
        elif f in _GAP_HONORIFICS or w[0].isupper():
            continue
        elif i == 0 or not words[i - 1][0].isupper() or words[i - 1] == ",":
            return False  # "Thứ trưởng phát biểu, ông A cho biết"
    return True


def _office_after(doc: Document, end: int) -> re.Match[str] | None:
    """A public-office title right after the name ("Lê Văn B, Phó Chủ tịch UBND tỉnh")."""
    folded = doc.folded
    sep = _AFTER_SEP.match(folded, end, min(len(folded), end + 30))
    if sep is None:
        return None
    return _offices()[0].match(folded, sep.end(), min(len(folded), sep.end() + 60))


def _office(
    doc: Document, start: int, end: int, names: Sequence[tuple[int, int]]
) -> PublicRole | None:
    m = _office_before(doc, start, names) or _office_after(doc, end)
    if m is None:
        return None
    standing = office_standing(m.group())
    if standing is None or not standing.in_prose:
        return None
    return PublicRole(PublicRoleKind.OFFICE, standing.title)


#: titles of a procedure: officials named with these act in their role even in a document
#: about personnel (the enforcement officer, the judge, the clerk)
_PROCEDURAL = re.compile(
    r"(?:tham phan|hoi tham|thu ky|kiem sat vien|chap hanh vien|tham tra vien|dieu tra vien|"
    r"chu toa|thanh tra vien)$"
)


#: signature labels of private persons: a signature block under one of these is a citizen's
#: or a party's, however official the layout ("Người làm đơn", "Người khiếu nại", "Bị đơn")
_PRIVATE_SIGNER = re.compile(
    r"[\s*_\-–(]*(?:nguoi\s+(?:lam|viet|gui|dung)\s+don|nguoi\s+khieu\s+nai|nguoi\s+to\s+cao|"
    r"nguoi\s+kien\s+nghi|nguoi\s+phan\s+anh|nguoi\s+de\s+nghi|nguoi\s+yeu\s+cau|"
    r"nguoi\s+phai\s+thi\s+hanh\s+an|nguoi\s+duoc\s+thi\s+hanh\s+an|duong\s+su|nguyen\s+don|"
    r"bi\s+don|nguoi\s+khai|nguoi\s+cam\s+doan|nguoi\s+bao\s+lanh|nguoi\s+uy\s+quyen|"
    r"nguoi\s+duoc\s+uy\s+quyen|nguoi\s+nop|nguoi\s+xin|chu\s+ho|hoc\s+sinh|sinh\s+vien|"
    r"phu\s+huynh|nguoi\s+lao\s+dong|nguoi\s+tu\s+khai|nguoi\s+ke\s+khai|"
    r"nguoi\s+(?:tu\s+)?kiem\s+diem)(?![a-z])"
)


@lru_cache(maxsize=1)
def _official_titles() -> dict[str, str]:
    """Folded official title -> as ``classify/official_titles.txt`` spells it."""
    out: dict[str, str] = {}
    for line in data.lines("classify/official_titles.txt"):
        out.setdefault(" ".join(fold_word(line).split()), line)
    return out


def _title_spelling(folded: str) -> str:
    """An official's title as the lexicon spells it ("chấp hành viên"), for a reason."""
    return _official_titles().get(" ".join(folded.split()), folded)


def _official(
    doc: Document, start: int, end: int, layout: Layout, about_personnel: bool
) -> PublicRole | None:
    """classify_document's officials: in the signature block, or with an official's title
    just before or right after the name (in a personnel document, a procedure's titles only:
    the officials named there are its subject)."""
    from ai_guard.classify.layout import official_title_at

    private_signer = layout.signer_title is not None and (
        _PRIVATE_SIGNER.match(
            doc.folded, layout.signer_title[0], min(len(doc.folded), layout.signer_title[1])
        )
        is not None
    )
    # "Người làm đơn⏎Lê Thị Hồng": a citizen signs their own letter, not an official
    in_block = (layout.signer is not None and layout.signer[0] <= start < layout.signer[1] + 2) or (
        layout.signer_title is not None
        and layout.signer_title[0]
        <= start
        <= ((layout.signer[1] if layout.signer else layout.signer_title[1]) + 120)
    )
    if in_block and not private_signer and not layout.after_signature(doc.text, start):
        # a name pasted after the signer's with a blank line between (an appendix's list of
        # debtors) is no signature, however near
        return _signer(_block_title(doc, layout.signer_title))
    folded = doc.folded
    before = folded[max(0, start - 45) : start]
    m = None
    pos = 0
    while (cand := official_title_at(before, pos, len(before))) is not None:
        m, pos = cand, cand.end()
    if (
        m is not None
        and len(before[m.end() :].split()) <= 5
        and (not about_personnel or _PROCEDURAL.search(m.group()))
        and _in_procedure(m.group())
    ):
        return PublicRole(PublicRoleKind.OFFICIAL, _title_spelling(m.group()))
    after = folded[end : end + 40]
    am = re.match(r"\s*[,(\-–]\s*", after)
    if am is not None:
        m2 = official_title_at(after, am.end(), min(len(after), am.end() + 22))
        if (
            m2 is not None
            and m2.start() == am.end()
            and (not about_personnel or _PROCEDURAL.search(m2.group()))
            and _in_procedure(m2.group())
        ):
            return PublicRole(PublicRoleKind.OFFICIAL, _title_spelling(m2.group()))
    return None


def _block_title(doc: Document, span: tuple[int, int] | None) -> OfficeStanding | None:
    """The standing of a signature block's title, read on its last line ("KT. GIÁM ĐỐC⏎PHÓ
    GIÁM ĐỐC": the deputy's), for the reason; None where no lexicon holds it."""
    if span is None:
        return None
    lines = [ln for ln in doc.folded[span[0] : span[1]].split("\n") if ln.strip()]
    return office_standing(lines[-1]) if lines else None


def _signer(standing: OfficeStanding | None) -> PublicRole:
    """The role of a document's signer, with the title the block gives when one was read."""
    return PublicRole(
        PublicRoleKind.OFFICIAL, SIGNATURE, None if standing is None else standing.title
    )


def _in_procedure(folded_title: str) -> bool:
    standing = office_standing(folded_title)
    return standing is not None and standing.in_procedure


def _signs(folded_title: str) -> OfficeStanding | None:
    """The standing of a signature block's title when its holder signs in the role
    (:class:`OfficeStanding`'s ``as_signer``), else None."""
    standing = office_standing(folded_title)
    return standing if standing is not None and standing.as_signer else None


#: a rank or an academic title before a signer's name on its line ("Thượng úy", "Đại tá",
#: "TS."), folded
_SIGNER_PREFIX = re.compile(
    r"[ \t]*(?:(?:dai|thuong|trung|thieu)[ \t]+(?:tuong|ta|uy)[ \t]+|"
    r"(?:pgs\.?[ \t]*)?(?:ts|ths|bs|ks)\.?[ \t]+)?$"
)
#: what may follow a signer's name on its line
_AFTER_SIGNER = frozenset(" \t.,;")
#: a line between a signature block's title and the name: a seal or signature note
#: ("(Đã ký)", "(ký, ghi rõ họ tên)", "Đã ký và đóng dấu"), folded
_SIGNED_NOTE = re.compile(r"[ \t]*\(?[ \t]*(?:da[ \t]+ky|ky\b|\[?chu[ \t]+ky)[^\n]{0,30}$")


def _under_a_title(doc: Document, start: int, end: int, official_only: bool = False) -> bool:
    """Whether the name at ``[start, end)`` stands alone on its line (a rank before it at
    most) under a line in capitals, blank lines and a signature note between: the shape of a
    signature block, which only then is worth reading whole. ``official_only``: the line must
    be an official's title (``_whole_title``) in capitals too, no heading."""
    text = doc.text
    # the rest of the line first, walked from the name: most names have words after them (a
    # one-line file was read to its end and back to its start for each name)
    k = end
    while k < len(text) and text[k] in _AFTER_SIGNER:
        k += 1
    if k < len(text) and text[k] != "\n":
        return False
    ls = text.rfind("\n", 0, start) + 1
    if _SIGNER_PREFIX.match(doc.folded, ls, start) is None:
        return False
    title = _line_above(doc, ls, 5)  # the title, at most four lines above
    if title is None:
        return False
    above, line_end = title
    if not official_only and _in_capitals(text[above:line_end]):
        return True
    # typed or pasted in lower case: an official's title alone on its line, "(đã ký)" or
    # blank lines between at most ("chủ tịch⏎(đã ký)⏎lô thanh hải", "chu tich⏎⏎ha duc
    # thien"); the layout then reads the block whole (``classify.layout``)
    return _whole_title(doc.folded[above:line_end])


def _line_above(doc: Document, ls: int, lines: int) -> tuple[int, int] | None:
    """The span of the nearest line above the one starting at ``ls`` that is neither blank
    nor a signature note, ``lines`` lines up at most (those between included): a signature
    block's title line; none past them or at the text's start."""
    text = doc.text
    pos = ls - 1
    for _ in range(lines):
        if pos <= 0:
            return None
        above, line_end = text.rfind("\n", 0, pos) + 1, pos
        pos = above - 1
        if text[above:line_end].strip() and _SIGNED_NOTE.match(doc.folded, above, line_end) is None:
            return above, line_end
    return None


def _in_capitals(line: str) -> bool:
    """Whether a line is written in capitals: four letters or more, none in lower case."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def title_cue(doc: Document, start: int, end: int) -> bool:
    """Whether a title vouches that the capitalised words at ``[start, end)`` are a person's
    name whose given name no lexicon holds: a public office's title and its body right before
    it in its sentence ("Phó Chủ tịch UBND tỉnh Gia Lai Đinh Hữu Thạc chủ trì"), or an
    official's title alone on the line above it, as a signer stands ("KT. CHỦ TỊCH⏎PHÓ CHỦ
    TỊCH⏎Thái Quang Thiều"). The judgement (:func:`judge`) then decides whether it is public."""
    return _office_before(doc, start, ()) is not None or _under_a_title(
        doc, start, end, official_only=True
    )


def is_title_line(folded_line: str) -> bool:
    """Whether a folded line is an official's title alone ("kt. chu tich", "pho chu tich",
    "giam doc"): a signature block's title line (:func:`_whole_title`)."""
    return _whole_title(folded_line)


def _whole_title(folded_line: str) -> bool:
    """Whether a folded line is an official's title and nothing else, "kt."/"tm." and a
    deputy's "phó" allowed before it ("kt. chu tich", "pho chu tich", "giam doc")."""
    from ai_guard.classify.layout import official_title_at

    line = _SIGN_FOR.sub("", folded_line.strip(" \t.,;:"))
    m = official_title_at(line, 0, len(line))
    return (
        m is not None
        and m.start() == 0
        and line[m.end() :].strip(" \t.,;:") in ("", *_UNIT_LEVELS)
        and _signs(line) is not None
    )


#: the level of the unit an official heads, after the title on its line ("trưởng công an xã")
_UNIT_LEVELS = ("xa", "phuong", "thi tran", "huyen", "quan", "tinh", "thanh pho")


#: "thay mặt", "ký thay", "thừa lệnh", "quyền" before a signer's title, folded
_SIGN_FOR = re.compile(r"^(?:(?:kt|tm|tl|tuq|q)\.?[ \t]+|pho[ \t]+)*")


def signature_layout(doc: Document, names: Sequence[tuple[int, int]]) -> Layout | None:
    """The layout of a pasted document (``classify.layout.parse_layout``) when one of the
    ``names`` stands where a signer does (:func:`_under_a_title`); None otherwise, without
    reading the layout (most prompts have no signature block)."""
    if not any(_under_a_title(doc, s, e) for s, e in names):
        return None
    from ai_guard.classify.layout import parse_layout

    return parse_layout(doc)


def signed_in_role(
    doc: Document, start: int, end: int, held: Mapping[str, PublicRole]
) -> PublicRole | None:
    """The office held by the name at ``[start, end)`` when it stands where a signer does
    (:func:`_under_a_title`) and the same name is named elsewhere in the text with a public
    office in its role (``held``: name as written -> its role): the chair of minutes, named
    "Chủ trì: bà X, Phó Giám đốc Sở" at the top, signs under ``CHỦ TRÌ`` in that role (the
    settled rule of tests/corpus/PROMPTS.md). Only an office counts (a living signer may
    share a historical figure's name), and a private context keeps the name private."""
    role = held.get(doc.text[start:end])
    if role is None or not _held_in_prose(role):
        return None
    if not (_under_a_title(doc, start, end) or _signature_cell(doc, start, end)):
        return None
    return role if private_context(doc, start, end) is None else None


def _held_in_prose(role: PublicRole) -> bool:
    """Whether ``role`` is an office whose holder is public named in prose (the table's
    ``in_prose``): only such a role carries over to the name's other mentions."""
    if role.kind is not PublicRoleKind.OFFICE:
        return False
    standing = office_standing(role.evidence)
    return standing is not None and standing.in_prose


#: what may stand right before an office holder named again in their role (folded): nothing
#: but a line's or a sentence's start, or "đồng chí" / "đ/c", the address of an official
_AGAIN_BEFORE = re.compile(r"(?:^|[\n.;:(]|(?<![a-z])(?:dong chi|d/c|dc))[ \t]*$")


def named_again_in_role(
    doc: Document, start: int, end: int, held: Mapping[str, PublicRole]
) -> PublicRole | None:
    """The office held by the full name at ``[start, end)`` when the same name (as written)
    is named elsewhere in the text with a public office in its role (``held``) and stands here
    as that official acting: after "Đồng chí" or at a sentence's start, with no private
    context ("Thành phần: đồng chí Mã Thị Hồng Vân, Phó Chủ tịch UBND tỉnh, chủ trì ...⏎Đồng
    chí Mã Thị Hồng Vân giao Sở Tài chính rà soát": public at both mentions, the settled rule
    of tests/corpus/PROMPTS.md). A name of one word, a kin word or a party's label before it
    ("bà Vân", "bị đơn: ..."), or a private matter around it keeps it private."""
    name = doc.text[start:end]
    role = held.get(name)
    if role is None or not _held_in_prose(role) or " " not in name.strip():
        return None
    if _AGAIN_BEFORE.search(doc.folded, max(0, start - 12), start) is None:
        return None
    return role if private_context(doc, start, end) is None else None


#: a gap between two columns of a line pasted from a table or a two-signer block: a tab, or
#: two spaces or more
_GAP_BEFORE = re.compile(r"(?:\t|  )[ \t]*$")
_GAP_AFTER = re.compile(r"[ \t]*(?:\t|  )")


def _signature_cell(doc: Document, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is a whole column of its line under a line in
    capitals, blank lines and a signature note between ("THƯ KÝ      CHỦ TRÌ⏎Vi Thị Hạnh
    Đinh Thị Phương Thảo"): a signature row of several signers side by side, which
    :func:`_under_a_title` (one signer alone on the line) does not read."""
    text = doc.text
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    before, after = text[ls:start], text[end:le]
    if before.strip() and _GAP_BEFORE.search(before) is None:
        return False
    if after.strip(" \t.,;") and _GAP_AFTER.match(after) is None:
        return False
    titles = _line_above(doc, ls, 4)  # the titles' line, at most three lines above
    return titles is not None and _in_capitals(text[titles[0] : titles[1]])


#: a signature block written on one line after "Người ký:" in a summary, up to the name
#: (folded): "người ký: kt. chủ tịch ubnd xã, phó chủ tịch " before the name
_SIGNED_INLINE = re.compile(
    r"(?<![a-z])nguoi[ \t]+ky[ \t]*:[ \t]*(?:(?:kt|tm|tl|tuq|q)\.[ \t]*)?(?P<block>[^\n:;.]{0,80})$"
)
#: a signature block flattened into a sentence with no "Người ký:", led by its mark of
#: delegation, up to the name (folded): "kt. giám đốc, phó giám đốc " before "Đặng Quốc
#: Thiềng (đã ký)"
_DELEGATED_INLINE = re.compile(r"(?<![a-z])(?:kt|tm|tl|tuq)\.[ \t]*(?P<block>[^\n:;.]{0,80})$")
#: the mark of a signature between the block's title and the name, as a summary flattens it
#: ("PHÓ GIÁM ĐỐC (đã ký) Hà Văn Thiệu"; "(Đã ký)", "(ĐÃ KÝ)", "(da ky)", "(ký)")
_SIGNED_MARK = r"(?:\((?:[đĐdD][ãÃaA][ \t]+)?[kK][ýÝyY]\)[ \t]*)"
#: a signer's title in capitals at the end of the block, right before the name ("PHÓ CHỦ
#: TỊCH", "GIÁM ĐỐC"), as written, the mark of a signature between them or not
_TITLE_IN_CAPITALS = re.compile(r"(?:[^\W\d_a-zđ]{2,}[ \t]+){1,5}" + _SIGNED_MARK + "?$")
#: a signature block flattened into a sentence with no mark of delegation: an official's
#: title in capitals, then "(đã ký)", then the name ("CHỦ TỊCH (đã ký) Nguyễn Văn Khởi");
#: folded, the title's capitals read on the text
_SIGNED_UNDER_TITLE = re.compile(r"(?P<block>(?:[a-z]{2,}[ \t]+){1,5})\((?:da[ \t]+)?ky\)[ \t]*$")


def _signed_inline(doc: Document, start: int) -> OfficeStanding | None:
    """The signer's title's standing when the name at ``start`` signs a document whose
    signature block a summary gives on
    one line ("Người ký: KT. CHỦ TỊCH UBND xã, PHÓ CHỦ TỊCH Lê Thị Thu Thủy."): "người ký:"
    or the block's mark of delegation in capitals ("KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC Đặng Quốc
    Thiềng (đã ký)"), a block of at most 80 characters on the same line with no sentence's
    end, and a title in capitals right before the name, the signer's, "(đã ký)" between them
    or not ("KT. CHI CỤC TRƯỞNG (đã ký) Lê Thanh Tâm"); with no mark of delegation, an
    official's title in capitals and "(đã ký)" right before the name ("CHỦ TỊCH (đã ký)
    Nguyễn Văn Khởi") (a citizen signing his own letter is named under no title, or under a
    private one: "Người ký: Nguyễn Văn A", "NGƯỜI LÀM ĐƠN")."""
    line = doc.text.rfind("\n", 0, start) + 1
    lo = max(line, start - 110)
    window = doc.folded[lo:start]
    if "nguoi" in window and "ky" in window:
        m = _SIGNED_INLINE.search(doc.folded, lo, start)
    elif "." in window and (
        "kt." in window or "tm." in window or "tl." in window or "tuq." in window
    ):
        # "KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC Đặng Quốc Thiềng (đã ký)": the block pasted into a
        # sentence, its mark of delegation ("KT.", "TM.", "TL.", "TUQ.") in capitals as written
        m = _DELEGATED_INLINE.search(doc.folded, lo, start)
        if m is not None and not doc.text[m.start() : m.start() + 2].isupper():
            m = None
    elif "ky)" in doc.folded[max(line, start - 12) : start]:
        # "CHỦ TỊCH (đã ký) Nguyễn Văn Khởi": no delegation, an official's title in capitals
        # and the mark of a signature right before the name
        m = _SIGNED_UNDER_TITLE.search(doc.folded, lo, start)
        if m is None:
            return None
        from ai_guard.classify.layout import official_title_at

        title = official_title_at(doc.folded, m.start("block"), m.end("block"))
        if title is None or not doc.text[title.start() : title.end()].isupper():
            return None
        if _signs(doc.folded[title.start() : m.end("block")]) is None:
            return None  # the signer's title, at whatever level ("CHI CUC TRUONG (da ky)
            # Kieu Van Dung" as "KT. CHI CỤC TRƯỞNG (đã ký) Lê Thanh Tâm"): the settled rule
    else:
        return None  # (the cheap test first: most names have no "người ký" before them)
    if m is None or _PRIVATE_SIGNER.search(doc.folded, m.start("block"), start) is not None:
        return None
    capitals = _TITLE_IN_CAPITALS.search(doc.text, m.start("block"), start)
    if capitals is None:
        return None
    from ai_guard.classify.layout import official_title_at

    # the signer's own title, the last in the block ("KT. CHỦ TỊCH UBND xã, PHÓ CHỦ TỊCH")
    title = official_title_at(doc.folded, capitals.start(), capitals.end())
    return None if title is None else _signs(doc.folded[title.start() : capitals.end()])


#: a signer's field right before a name: "Người ký: ", a record's key "nguoi_ky": " (folded)
_SIGNER_FIELD = re.compile(r'(?<![a-z])nguoi[ _\t]ky"?[ \t]*:[ \t]*"?[ \t]*$')
#: what parts a signer's name from the title after it on the field's line (folded)
_TITLE_AFTER = re.compile(r"[ \t]*[-\u2013,(][ \t]*")
#: a key of the same record holding the signer's title ("chuc_vu": "...", "chuc_vu_nguoi_ky")
_TITLE_KEY = re.compile(r'"chuc[ _]vu[a-z_]*"[ \t]*:[ \t]*"')


def _signer_field(doc: Document, start: int, end: int) -> OfficeStanding | None:
    """The signer's title's standing when the name at ``[start, end)`` fills a document's
    signer field ("Người ký:", a
    document system's ``"nguoi_ky"``) and an official's title goes with it: right after it
    ("Người ký: Đỗ Minh Khôi - Phó Cục trưởng") or in the record's title key (``"chuc_vu":
    "Phó Chủ tịch UBND tỉnh"``): the signer of an official document, in the role (a citizen
    signing his own letter is given no official's title)."""
    folded = doc.folded
    if _SIGNER_FIELD.search(folded, max(0, start - 16), start) is None:
        return None
    from ai_guard.classify.layout import official_title_at

    m = _TITLE_AFTER.match(folded, end)
    if m is not None:
        title = official_title_at(folded, m.end(), min(len(folded), m.end() + 40))
        if title is not None and title.start() == m.end():
            return _signs(title.group())
    # a record (JSON): the title's key between the braces around the name
    close = folded.find("}", end, end + 400)
    hi = close if close >= 0 else min(len(folded), end + 400)
    lo = max(folded.rfind("{", max(0, start - 400), start), max(0, start - 400))
    for key in _TITLE_KEY.finditer(folded, lo, hi):
        title = official_title_at(folded, key.end(), min(hi, key.end() + 40))
        if title is not None and title.start() == key.end():
            return _signs(title.group())
    return None


def judge(
    doc: Document,
    start: int,
    end: int,
    *,
    kinds: frozenset[PublicRoleKind] = PROMPT_KINDS,
    layout: Layout | None = None,
    about_personnel: bool = False,
    names: Sequence[tuple[int, int]] = (),
    signature_only: bool = False,
) -> PublicRole | None:
    """Whether the name at ``[start, end)`` of ``doc.text`` is public-role data, and why
    (:func:`judge_or_mark`'s role)."""
    return judge_or_mark(
        doc,
        start,
        end,
        kinds=kinds,
        layout=layout,
        about_personnel=about_personnel,
        names=names,
        signature_only=signature_only,
    )[0]


def judge_or_mark(
    doc: Document,
    start: int,
    end: int,
    *,
    kinds: frozenset[PublicRoleKind] = PROMPT_KINDS,
    layout: Layout | None = None,
    about_personnel: bool = False,
    names: Sequence[tuple[int, int]] = (),
    signature_only: bool = False,
) -> tuple[PublicRole | None, str | None]:
    """Whether the name at ``[start, end)`` of ``doc.text`` is public-role data, and why;
    or, when a private mark overrode a role the name had, that role and the mark
    (:func:`private_role_context`: "Thứ trưởng | sinh nam"), for the finding's reason.

    ``kinds`` limits the answer (classify_document: every kind, with its ``layout`` and
    whether the document is about personnel). ``names`` are the spans of the other names
    found in the text: a title with another name between it and this one is that other
    person's. A private context (:func:`private_context`) makes a historical figure or an
    office holder private; the signature block of a document is read before it, as the
    signer acts in their role whatever the document is about. ``signature_only`` (check_prompt,
    with :func:`signature_layout`): of the officials, only the signer counts.
    """
    official = None
    if PublicRoleKind.OFFICIAL in kinds and layout is not None:
        official = _official(doc, start, end, layout, about_personnel)
        if official is not None and official.evidence == SIGNATURE:
            return official, None
        if signature_only:
            official = None
    if PublicRoleKind.OFFICIAL in kinds:
        signed = _signed_inline(doc, start) or _signer_field(doc, start, end)
        if signed is not None:
            return _signer(signed), None
    role = _historical(doc, start, end) if PublicRoleKind.HISTORICAL in kinds else None
    if role is None and PublicRoleKind.OFFICE in kinds and not about_personnel:
        role = _office(doc, start, end, names)
    role = role or official
    if (
        role is not None
        and role.kind is PublicRoleKind.HISTORICAL
        and _listed_among_people(doc, start, names)
    ):
        return None, None  # "1. le van tam, sinh 1980; 2. nguyen thi hoa": a citizen of the list
    # the private context is read only for a candidate (most names have no title at all)
    if role is None:
        return None, None
    mark = private_context(doc, start, end, names)
    if mark is not None and role.kind is PublicRoleKind.HISTORICAL:
        from ai_guard.detectors.person.surname_first import named_after_place

        if named_after_place(doc, start):
            return role, None  # "số 12 đường⏎Lê Lợi, ... liên hệ": a street, no one's name
    if mark is not None:
        return None, private_role_context(role, mark)
    return role, None
