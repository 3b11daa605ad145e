"""Whether a document is public (a law, a decree, a press release) and the marks that keep it
internal (LƯU HÀNH NỘI BỘ, DỰ THẢO ...).

Public evidence: the lexicon's ``public`` terms, a normative symbol with a year (``ND-CP``,
``QH15``), a normative type line (LUẬT, NGHỊ ĐỊNH, THÔNG TƯ, THÔNG CÁO BÁO CHÍ ...), three or
more articles, a press dateline, a news site's masthead over the time an item was posted, and
the ways a notice turns to the public: its first addressee
(``Kính gửi: Toàn thể Nhân dân ...``), a notice board or the loudspeakers among its recipients,
a sentence saying it is posted, an outreach title (``TÀI LIỆU TUYÊN TRUYỀN``), a law's excerpt
under its heading (``Luật Tố cáo số 25/2018/QH14`` / ``Điều 8.``), a title written
for the public (``... dành cho người dân``), a council's budget resolution, a blank form issued
with a decree, a circular or a procedure. Three points make a document public, unless it
carries an internal mark.

Circulation marks are check_prompt's ``INTERNAL_MARK`` findings; a mark OCR damaged beyond the
detector's reading (``LƯU HÀNH NÔl BÔ``: ``l`` for ``I``) is read here, on the capitals lines of
the header and the footer only, where a stamp stands (:func:`ocr_marks`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ai_guard.classify.doc_type import NORMATIVE_SYMBOL
from ai_guard.classify.evidence import Found, Reading
from ai_guard.classify.lexicon import Hit
from ai_guard.classify.models import Evidence
from ai_guard.detectors.person.surname_first import is_placeholder_name
from ai_guard.models import EntityType
from ai_guard.text import data, fold_word

__all__ = [
    "DRAFT_FOR_COMMENTS",
    "PUBLIC_THRESHOLD",
    "Publicity",
    "circulated_draft",
    "decide_public",
    "draft_stamps",
    "named_mark",
    "ocr_marks",
]

#: Points of public evidence a document needs to be public.
PUBLIC_THRESHOLD = 3.0
_ARTICLE = re.compile(r"^\s*(?:dieu|điều)\s+\d{1,3}\s*[.:]", re.I | re.M)
_PRESS = re.compile(
    r"(?:^|\n)\s*\((?:[^\W\d_]|[.\s]){2,20}\)\s*[-–—]|(?:^|\n)\s*\((?:báo|bao|tạp\s+chí|"
    # (a portal's own dateline: "(Cổng TTĐT tỉnh Quảng Ngãi) - Ngày 02/12/2026, ...")
    r"tap\s+chi|đài|dai|truyền\s+hình|truyen\s+hinh|cổng|cong)\s(?:[^\W\d_]|[.\s]){2,40}\)"
    r"\s*[-–—]"
    r"|(?:^|\n)\s*(?:theo|nguồn|nguon)\s*:?\s+"
    r"(?:ttxvn|vnexpress|tuổi trẻ|tuoi tre|thanh niên|thanh nien|báo|bao|cổng|cong)",
    re.I,
)

#: a local council's or committee's normative act: the year in its number ("21/2026/NQ-HĐND",
#: "12/2026/QĐ-UBND"), as the law on legal documents numbers them
_LOCAL_NORMATIVE = re.compile(r"^(?:NQ-H[ĐD]ND|Q[ĐD]-UBND|CT-UBND)$", re.I)
#: a recipient that publishes the document: the portal, the official gazette, the website
_PUBLISHED_TO = re.compile(
    r"(?<![a-z])(?:cong\s+(?:ttdt|ttđt|thong\s+tin\s+dien\s+tu)|cong\s+bao|website|"
    r"trang\s+(?:ttdt|thong\s+tin\s+dien\s+tu))(?![a-z])"
)


#: a column or field of birth dates: the document lists people ("| Họ và tên | Ngày sinh |")
_BIRTH_FIELD = re.compile(
    r"[|\t][ \t]*(?:ngay|nam)\s+sinh[ \t]*[|\t]|(?<![a-z])(?:ngay|nam)\s+sinh\s*:\s*"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?:19|20)\d\d(?!\w)"
)
#: a table's column of payee accounts or of ethnic origin ("| Số tài khoản (Agribank) |",
#: "\tDân tộc\t"): what a list of named people gives of each
_PEOPLE_COLUMN = re.compile(
    r"[|\t][ \t]*(?:so\s+tai\s+khoan(?:\s+nhan(?:\s+tien)?)?|dan\s+toc)"
    r"(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*(?:[|\t]|$)",
    re.M,
)
#: a form published with a decree, a circular or a procedure ("Mẫu số 01 (Ban hành kèm theo
#: Nghị định số ...", its name on the same line: "Mẫu số 01 - Đơn khiếu nại⏎(Ban hành kèm
#: theo ...")
_FORM_TEMPLATE = re.compile(
    r"^\s*mau\s+(?:so\s+)?[0-9a-z/.-]{1,10}(?:[ \t]*[-–:][ \t]*[^\n(]{1,60})?\s*\n?\s*"
    r"\(\s*ban\s+hanh\s+kem\s+theo\s+"
    # ... or with a body's procedure for citizens ("kèm theo quy trình tiếp công dân, xử lý đơn")
    r"(?:nghi\s+dinh|thong\s+tu|quyet\s+dinh|quy\s+trinh|quy\s+che|quy\s+dinh)",
    re.M,
)
#: a blank field to fill in: a run of dots
_BLANK = re.compile(r"(?:\.{6,}|…{3,})")


class Publicity(NamedTuple):
    """Whether the document is public, why, and the internal marks that would stop it."""

    is_public: bool
    evidence: list[Evidence]
    internal_marks: list[Evidence]
    own_marks: list[Evidence]
    """The marks among ``internal_marks`` that classify reads and check_prompt does not: a
    circulation stamp OCR damaged, a draft circulated to units for comments. The verdict
    blocks on them as on an ``INTERNAL_MARK`` finding."""


def decide_public(r: Reading, signals: list[Hit]) -> Publicity:
    """Public when the public evidence reaches :data:`PUBLIC_THRESHOLD` and no internal mark
    limits its circulation: check_prompt's ``INTERNAL_MARK`` findings (``vn.internal_mark``,
    the one reading of circulation marks) and the lexicon's ``internal`` signals (drafts,
    unpublished texts)."""
    internal_marks = [
        Evidence(kind="mark", label=fold_word(r.doc.original[f.start : f.end]), start=f.start,
                 end=f.end, weight=3.0)
        for f in r.findings
        if f.entity is EntityType.INTERNAL_MARK and not named_mark(r, f)
    ]  # fmt: skip
    lexicon = [
        r.evidence("mark", h.term.folded, h.start, h.end, h.weight)
        for h in signals
        if h.term.kind == "internal" and _stands_as_mark(r, h)
    ]
    internal_marks += [
        e for e in lexicon if not any(m.start < e.end and e.start < m.end for m in internal_marks)
    ]
    damaged = [
        e
        for e in ocr_marks(r)
        if not any(m.start < e.end and e.start < m.end for m in internal_marks)
    ]
    internal_marks += damaged
    internal_marks += [
        e
        for e in draft_stamps(r)
        if not any(m.start < e.end and e.start < m.end for m in internal_marks)
    ]
    draft = circulated_draft(r)
    internal_marks += draft
    score, evidence = _public_score(r, signals)
    return Publicity(
        score >= PUBLIC_THRESHOLD and not internal_marks, evidence, internal_marks, damaged + draft
    )


#: a draft's stamp: "DỰ THẢO", "DỰ THẢO 2", "(Dự thảo lần 3)", alone on its segment
_DRAFT_STAMP = re.compile(
    r"^[\s(\[*]*du\s*thao(?:\s*(?:lan\s*)?(?:\d+|[ivx]+|mot|hai|ba))?[\s)\]*.:]*"
)
#: sent to units for their comments ("Gửi xin ý kiến các đơn vị", "gửi lấy ý kiến các sở, ngành")
_FOR_COMMENT = re.compile(
    r"(?<![a-z])(?:gui\s+(?:xin|lay)\s+y\s+kien|xin\s+y\s+kien\s+(?:gop\s+y\s+)?(?:cua\s+)?cac|"
    r"lay\s+y\s+kien\s+(?:gop\s+y\s+)?(?:cua\s+)?cac\s+(?:so|don\s+vi|nganh|co\s+quan|phong|bo))"
)
#: ... or posted for the public's ("lấy ý kiến rộng rãi", "của Nhân dân", on the portal)
_PUBLIC_COMMENT = re.compile(
    r"(?<![a-z])(?:y\s+kien\s+rong\s+rai|rong\s+rai|nhan\s+dan|cong\s+(?:thong\s+tin|ttdt)|"
    r"dang\s+tai|cong\s+khai|to\s+chuc,?\s+ca\s+nhan)(?![a-z])"
)
#: how far the draft's notes reach from its stamp (characters)
_DRAFT_NOTE = 300


#: the label of a draft circulated to units for their comments (its own reason explains it)
DRAFT_FOR_COMMENTS = "du thao: gui xin y kien"


def circulated_draft(r: Reading) -> list[Evidence]:
    """A draft stamp (``DỰ THẢO 2``) among the first lines whose note says it was sent to
    units for their comments, not posted for the public's: unpublished text of another unit,
    which guidance 557 keeps away from external AI (a draft of one's own, without such a note,
    is judged on its content; one posted for public comment is published by its issuer)."""
    folded = r.doc.folded
    segs = r.layout.segments
    for i, seg in enumerate(segs[:12]):
        m = _DRAFT_STAMP.match(seg.folded)
        if (m is None or len(seg.folded) - m.end() > 60) and not _draft_stamp_alone(seg.folded):
            continue
        # the note: the rest of the stamp's line and the next line ("(Gửi xin ý kiến ...)")
        end = segs[i + 1].end if i + 1 < len(segs) else seg.end
        note = folded[seg.start : min(end, seg.end + _DRAFT_NOTE)]
        if _FOR_COMMENT.search(note) and not _PUBLIC_COMMENT.search(note):
            return [r.evidence("mark", DRAFT_FOR_COMMENTS, seg.start, seg.end, 3.0)]
    return []


#: a draft's stamp once its letters are run together (spaces, dots, hyphens out, on the folded
#: view) and OCR's digits read back: "D Ự  T H Ả O", "D-Ự T-H-Ả-O", "DỰ THẢ0", "DU THA0",
#: "DỰTHẢO", "(Dự thảo lần 2)", "D Ự  T H Ả O  L Ầ N  2"
_DRAFT_COMPACT = re.compile(r"d[uv]th[a4][o0](?:lan)?(?:\d{1,2}|[ivx]{1,4}|mot|hai|ba)?")
#: what a draft's stamp may hold around it on its segment
_DRAFT_DECOR = " \t[](){}<>«»\"'“”*_=~|#:.-–—!,"
_DRAFT_JOINS = str.maketrans("", "", " \t.-_()[]")
#: how many segments from the top a draft's stamp is looked for in
_DRAFT_HEAD = 12


def _draft_stamp_alone(folded: str) -> bool:
    """Whether a segment (folded) is a draft's stamp and nothing else, however it is spaced
    or scanned (:data:`_DRAFT_COMPACT`)."""
    if len(folded) > 45:
        return False
    body = folded.strip(_DRAFT_DECOR).translate(_DRAFT_JOINS)
    return _DRAFT_COMPACT.fullmatch(body) is not None


def draft_stamps(r: Reading) -> list[Evidence]:
    """A draft's stamp alone on a segment among the first lines, as the lexicon's line-start
    "dự thảo" cannot read it: letter-spaced ("D Ự  T H Ả O"), hyphened or dotted, glued
    ("DỰTHẢO"), scanned ("DỰ THẢ0"), in brackets ("(Dự thảo lần 2)"). The same evidence as
    the lexicon's: the document is an unpublished draft, no public text."""
    folded = r.doc.folded
    out: list[Evidence] = []
    lines: set[int] = set()
    for seg in r.layout.segments[:_DRAFT_HEAD]:
        if seg.line in lines:
            continue
        lines.add(seg.line)
        # the whole line: a stamp spaced wide is two columns to the layout ("D Ự   T H Ả O")
        ls = folded.rfind("\n", 0, seg.start) + 1
        le = folded.find("\n", seg.start)
        le = len(folded) if le < 0 else le
        if _draft_stamp_alone(folded[ls:le].rstrip("\r")):
            out.append(r.evidence("mark", "du thao", ls, le, 2.0))
    return out


#: How many segments from the top and from the bottom a circulation mark is looked for in.
_MARK_HEAD = 40
_MARK_TAIL = 15
#: what OCR writes for a folded letter (capitals read as l/1/| for I, 0 for O, V for U)
_OCR_LETTERS = {"i": "[il1|!]", "l": "[l1i|]", "o": "[o0]", "u": "[uv]"}
_MARK_DECOR = " \t[](){}<>«»\"'“”*_=~|#:.-–—!"


@cache
def _ocr_mark_pattern() -> re.Pattern[str]:
    """Every circulation phrase of ``detectors/internal_marks.tsv`` as OCR may write it: the
    confusable letters read either way, one stray space inside a word, any space between
    words, a leading ``TÀI LIỆU``/``CHỈ``/``BẢN``."""
    phrases = sorted({fold_word(row[1]) for row in data.rows("detectors/internal_marks.tsv")})
    alternatives = [
        r"\s*".join(r"\s?".join(_OCR_LETTERS.get(c, re.escape(c)) for c in w) for w in p.split())
        for p in sorted(phrases, key=len, reverse=True)
    ]
    return re.compile(r"(?:(?:tai\s*lieu|chi|ban)\s*)?(?:" + "|".join(alternatives) + r")")


def ocr_marks(r: Reading) -> list[Evidence]:
    """Circulation marks damaged by OCR (``LƯU HÀNH NÔl BÔ``, ``TÀI LIỆU KHÔNG PHỐ B1ẾN``): a
    segment in capitals near the top or the bottom that is nothing but the phrase (a stamp,
    as the detector's first rule reads it). A phrase inside a sentence is not read here."""
    segs = r.layout.segments
    picked = segs[:_MARK_HEAD] + segs[max(_MARK_HEAD, len(segs) - _MARK_TAIL) :]
    out: list[Evidence] = []
    pattern = _ocr_mark_pattern()
    for seg in picked:
        if not seg.upper or len(seg.folded) > 45:
            continue
        body = seg.folded.strip(_MARK_DECOR)
        if body and pattern.fullmatch(body) is not None:
            out.append(r.evidence("mark", f"ocr: {body}", seg.start, seg.end, 3.0))
    return out


#: what may stand around a mark on its line: decoration, brackets, "Tài liệu"/"Văn bản"
_MARK_AROUND = re.compile(
    r"^[\s\[\](){}<>«»\"'“”*_=~|#:.,;\-–—!]*(?:(?:tai\s+lieu|van\s+ban)\s+)?$"
)


#: what may open a line before a mark it carries: decoration, "Tài liệu", "Văn bản", "Bản"
_MARK_OPENS = re.compile(
    r"^[\s\[\](){}<>«»\"'“”*_=~|#:.,;\-–—!]*(?:(?:tai\s+lieu|van\s+ban|ban)\s+)?$"
)
#: a sentence that says the document itself circulates so ("Văn bản này lưu hành nội bộ")
_THIS_DOCUMENT = re.compile(r"(?<![a-z])(?:van\s+ban|tai\s+lieu|ban)\s+nay\s+(?:chi\s+)?$")


def named_mark(r: Reading, f: Found) -> bool:
    """Whether check_prompt's circulation mark is a kind of document named inside a sentence
    rather than the document's own mark: lower case, after other words on its line ("không đưa
    văn bản có dấu chỉ độ mật, tài liệu lưu hành nội bộ lên các ứng dụng chatbot"). A mark in
    capitals, one that opens its line (a stamp, a footer "Tai lieu luu hanh noi bo - Khong pho
    bien ...") or one the sentence says of the document itself ("Văn bản này lưu hành nội bộ")
    is carried; so is one in capitals, unless a sentence quotes it between quotation marks
    ('... văn bản có chỉ dẫn "LƯU HÀNH NỘI BỘ" hoặc "XEM XONG TRẢ LẠI"': what a rule forbids
    to paste, as :func:`~ai_guard.classify.secrecy.quoted_stamps` reads the secrecy levels)."""
    text, folded = r.doc.text, r.doc.folded
    start, end = r.to_text(f.start), r.to_text(f.end)
    ls = folded.rfind("\n", 0, start) + 1
    before = folded[ls:start]
    if _MARK_OPENS.match(before) or _THIS_DOCUMENT.search(before.rstrip('"“«')):
        return False
    if text[start:end].isupper():
        return _OPEN_QUOTE.search(before) is not None and _CLOSE_QUOTE.match(text, end) is not None
    return True


#: the quotation marks a sentence puts around a mark it names (a stamp carries none)
_OPEN_QUOTE = re.compile(r"[\"“«]$")
_CLOSE_QUOTE = re.compile(r"[\"”»]")


def _stands_as_mark(r: Reading, h: Hit) -> bool:
    """Whether an internal signal is a mark on the document rather than words in a sentence:
    a draft's ``DỰ THẢO`` at the start of a line (as the lexicon asks), any other phrase
    alone on its line (brackets, decoration, a leading "Tài liệu" aside) or in capitals. "Không
    tải lên công cụ AI văn bản chưa công bố, tài liệu nội bộ" names such documents; it is not
    one."""
    if h.term.folded == "du thao":
        return True
    text, folded = r.doc.text, r.doc.folded
    if text[h.start : h.end].isupper():
        return True
    ls = folded.rfind("\n", 0, h.start) + 1
    le = folded.find("\n", h.end)
    le = len(folded) if le < 0 else le
    return bool(_MARK_AROUND.match(folded[ls : h.start]) and _MARK_AROUND.match(folded[h.end : le]))


def _public_score(r: Reading, hits: list[Hit]) -> tuple[float, list[Evidence]]:
    lay, doc = r.layout, r.doc
    total = 0.0
    ev: list[Evidence] = []
    # a directive's or a plan's words say what agencies must do ("công khai lịch tiếp công
    # dân trên Cổng thông tin điện tử"), not that it is published: its recipients and number do
    tasks = lay.type_name is not None and lay.type_name.name in _TASK_TYPES
    # an individual decision ("642/QĐ-UBND", no year in its number: a normative act carries
    # one) is written in articles too; they are a decision's form, not a law's. So is a
    # decision copied from its "QUYẾT ĐỊNH:" on, its header cut off: nothing shows it normative
    individual = (
        lay.type_name is not None
        and lay.type_name.doc_type == "quyet_dinh"
        and (
            lay.number is not None
            or (
                lay.type_line is not None
                and doc.folded[lay.type_line[0] : lay.type_line[1]].rstrip().endswith(":")
            )
        )
        and not lay.year_in_number
    )
    for h in hits:
        if individual and h.term.folded in _ARTICLE_TERMS:
            continue
        if h.term.kind == "public" and not tasks:
            total += h.weight
            ev.append(r.evidence("term", h.term.folded, h.start, h.end, h.weight))
    if (
        lay.symbol
        and lay.year_in_number
        and (NORMATIVE_SYMBOL.match(lay.symbol) or _LOCAL_NORMATIVE.match(lay.symbol))
    ):
        assert lay.number_symbol is not None
        total += 3.0
        ev.append(r.evidence("symbol", f"normative: {lay.symbol}", *lay.number_symbol, 3.0))
    if lay.type_name is not None and lay.type_name.name in (
        "luat",
        "bo luat",
        "nghi dinh",
        "thong tu",
        "thong tu lien tich",
        "phap lenh",
        "thong cao bao chi",
        "thong cao",
    ):
        assert lay.type_line is not None
        total += 3.0
        ev.append(r.evidence("layout", f"type: {lay.type_name.name}", *lay.type_line, 3.0))
    if lay.distribution is not None and not _lists_people(r):
        published = _PUBLISHED_TO.search(doc.folded, *lay.distribution)
        if published is not None:
            total += 3.0
            ev.append(
                r.evidence(
                    "layout", "sent for publication", published.start(), published.end(), 3.0
                )
            )
    citizens = _TO_CITIZENS.search(doc.folded)
    if citizens is not None:
        total += 3.0
        ev.append(r.evidence("layout", "addressed to citizens", *citizens.span(), 3.0))
    addressee = _public_addressee(r) or _notice_to_public(r)
    if addressee is not None:
        total += 3.0
        ev.append(r.evidence("layout", "addressed to the public", *addressee, 3.0))
    posted = _posted(r) or _published_note(r)
    if posted is not None:
        total += 3.0
        ev.append(r.evidence("layout", "posted for the public", *posted, 3.0))
    law = _LAW_EXCERPT.search(doc.folded)
    if law is not None:
        total += 3.0
        ev.append(r.evidence("layout", "law excerpt", *law.span(), 3.0))
    budget = _council_budget(r)
    if budget is not None:
        total += 3.0
        ev.append(r.evidence("layout", "council budget resolution", *budget, 3.0))
    readers = _for_the_public(r)
    if readers is not None:
        total += 3.0
        ev.append(r.evidence("layout", "written for the public", *readers, 3.0))
    outreach = _outreach_title(r)
    if outreach is not None:
        total += 3.0
        ev.append(r.evidence("layout", "outreach title", *outreach, 3.0))
    articles = list(_ARTICLE.finditer(doc.folded))
    if len(articles) >= 3 and not individual:
        total += 1.5
        ev.append(
            r.evidence(
                "layout",
                f"{len(articles)} articles",
                articles[0].start(),
                articles[-1].end(),
                1.5,
            )
        )
    template = _FORM_TEMPLATE.search(doc.folded[:1500])
    if template is not None and len(_BLANK.findall(doc.text)) >= 5:
        total += 3.0
        ev.append(r.evidence("layout", "blank form template", *template.span(), 3.0))
    elif (blank := _blank_template(r)) is not None:
        total += 3.0
        ev.append(r.evidence("layout", "blank template", *blank, 3.0))
    press = _PRESS.search(doc.text[:3000])
    if press is not None and lay.cues == 0:
        total += 3.0
        ev.append(r.evidence("layout", "press", press.start(), press.end(), 3.0))
    elif (masthead := _news_masthead(r)) is not None and (
        lay.cues == 0
        # a paper in Decree 30's form copied from a government portal's page, the portal's
        # masthead and the line it was posted on above it: published by the portal
        or _PORTAL_MASTHEAD.match(doc.folded, masthead[0]) is not None
    ):
        total += 3.0
        ev.append(r.evidence("layout", "news item", *masthead, 3.0))
    return total, ev


#: a news site's masthead as a page copied from it opens: a portal, a paper, a magazine, a
#: broadcaster's site ("Cổng Thông tin điện tử tỉnh Tuyên Quang", "Báo Nhân Dân điện tử"); not a
#: report's or a guard's first words ("Báo cáo ...", "Bảo vệ ...": "bao" folded)
_MASTHEAD = re.compile(
    r"[ \t]*(?:cong\s+(?:thong\s+tin\s+dien\s+tu|ttdt|ttđt)|trang\s+(?:thong\s+tin\s+dien\s+tu|"
    r"tin\s+tuc)|bao\s+(?:dien\s+tu\s+)?"
    r"(?!(?:cao|ve|dam|hiem|gia|tin|ton|luu|quan|mat)(?![a-z]))[^\W\d_]|tap\s+chi|dai\s+(?:phat\s+thanh|truyen\s+hinh))"
    r"[^\n]{0,70}$",
    re.M,
)
#: the time a news item was posted, on its own line under the masthead: a weekday or the
#: section, a date, a time of day ("Thứ Năm, 19/11/2026 - 15:20", "19/11/2026 15:20 GMT+7",
#: "Tin tức - Sự kiện | 22/10/2026 08:15")
_POSTED_AT = re.compile(
    r"[ \t]*(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s*)?(?:[^\n\d]{0,40}[|,-]\s*)?"
    # a portal's posting line: "Đăng ngày: 03/12/2026 | Lượt xem: 217", "Ngày đăng: ..."
    r"(?:(?:dang\s+ngay|ngay\s+dang|cap\s+nhat)\s*:?\s*)?"
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d(?:\s*[-|,]?\s*\d{1,2}\s*[:h]\s*\d\d)?"
    r"(?:\s*\(?gmt\s*\+\s*7\)?)?(?:\s*[|,-]\s*luot\s+(?:xem|truy\s+cap)\s*:?\s*[\d.,]+)?[ \t]*$",
    re.M,
)
#: a government portal's masthead (the first line of a page copied from it, its section after
#: it: "Cổng thông tin điện tử phường Hòa Khánh > Thông báo")
_PORTAL_MASTHEAD = re.compile(
    r"[ \t]*(?:cong\s+(?:thong\s+tin\s+dien\s+tu|ttdt|ttđt)|trang\s+thong\s+tin\s+dien\s+tu)"
)
#: a news item's lead opening with the day it tells of, before its first clause ("Ngày
#: 02/12/2026, ...", "Sáng 19/11, ...", "(Ngay 24/11/2026) Sang nay, ...")
_NEWS_LEAD = re.compile(
    r"[ \t]*\(?[ \t]*(?:(?:sang|chieu|toi|trua|dem)[ \t]+(?:ngay[ \t]+)?|ngay[ \t]+)?"
    r"\d{1,2}[ \t]*/[ \t]*\d{1,2}(?:[ \t]*/[ \t]*(?:19|20)\d\d)?[ \t]*\)?[ \t]*"
    r"(?:,|(?=(?:sang|chieu|toi|trua)[ \t]+nay\b))[ \t]*[^\W\d_]"
)
#: how many lines a news item's masthead and posting time open it within
_MASTHEAD_LINES = 4


def _news_masthead(r: Reading) -> tuple[int, int] | None:
    """A page copied from a news site (a portal's news item, a paper's article) with no
    Decree 30 component: its first line is the site's masthead and a line of the next few is
    the time it was posted. What a news site posts is published."""
    folded = r.doc.folded
    lines: list[tuple[int, int]] = []
    pos = 0
    while len(lines) < _MASTHEAD_LINES and pos < len(folded):
        nl = folded.find("\n", pos)
        end = len(folded) if nl < 0 else nl
        if folded[pos:end].strip():
            lines.append((pos, end))
        pos = end + 1
    if len(lines) < 2 or _MASTHEAD.match(folded, *lines[0]) is None:
        return None
    for k, (start, end) in enumerate(lines[1:], 1):
        if _POSTED_AT.match(folded, start, end) is not None:
            return (lines[0][0], end)
        if k == 2 and _NEWS_LEAD.match(folded, start, end) is not None:
            # masthead, headline, then at once the lead opening with its day ("Ngày
            # 02/12/2026, Công an tỉnh phối hợp ...", "(Ngay 24/11/2026) Sang nay, ..."): a
            # news item's layout (a line between, "Ban Biên tập", is a paper's)
            return (lines[0][0], end)
    return None


#: the public terms that count a text's articles ("Điều 1.", "Chương I")
_ARTICLE_TERMS = frozenset({"dieu 1.", "chuong i"})
#: the types whose body assigns tasks to agencies (a chỉ thị, a kế hoạch), folded type names
_TASK_TYPES = frozenset({"chi thi", "ke hoach"})
#: a document that turns to the public with its advice: "... hướng dẫn người dân:" or
#: "khuyến cáo nhân dân:" opening the list that follows (police and health guidance, leaflets)
_TO_CITIZENS = re.compile(
    r"(?<![a-z])(?:huong\s+dan|khuyen\s+cao|de\s+nghi|luu\s+y)\s+(?:nguoi\s+dan|nhan\s+dan|"
    r"cong\s+dan|ba\s+con)(?:\s+[a-z]+){0,4}\s*:\s*\n"
)


#: the public as an addressee: a class of residents, taxpayers or parents, not a body ("Kính
#: gửi: Toàn thể Nhân dân trên địa bàn xã", "Người nộp thuế trên địa bàn tỉnh", "Cha mẹ,
#: người chăm sóc trẻ", "Nhân dân, cơ quan, tổ chức, doanh nghiệp trên địa bàn")
PUBLIC_ADDRESSEE = re.compile(
    r"(?:(?:toan\s+the|cac|quy)\s+)?(?:(?<!ban\s)nhan\s+dan|nguoi\s+dan|cong\s+dan|ba\s+con|"
    r"nguoi\s+nop\s+thue|cha\s+me(?:\s+hoc\s+sinh)?|phu\s+huynh(?:\s+hoc\s+sinh)?|"
    r"nguoi\s+cham\s+soc\s+tre|to\s+chuc,\s+ca\s+nhan|ho\s+gia\s+dinh,\s+ca\s+nhan)(?![a-z])"
)
#: what may stand before the first addressee: the label and its punctuation
_ADDRESSEE_LABEL = re.compile(r"[\s:.\-–]*(?:kinh\s+gui)?[\s:.\-–]*")


def _public_addressee(r: Reading) -> tuple[int, int] | None:
    """``Kính gửi`` that turns to the public as such (its first addressee a class of people:
    Nhân dân, người nộp thuế, cha mẹ học sinh), with no one named in it: a notice to everyone
    it concerns, not a letter to a body or to a named person ("Kính gửi: Ông Nguyễn Văn A",
    "Kính gửi: UBND các xã; Nhân dân ...")."""
    rec = r.layout.recipients
    if rec is None:
        return None
    s, e = r.doc.span_to_original(*rec)
    if any(f.entity is EntityType.PERSON and s <= f.start < e for f in r.findings):
        return None
    folded = r.doc.folded
    m = PUBLIC_ADDRESSEE.search(folded, *rec)
    if m is None or _ADDRESSEE_LABEL.fullmatch(folded, rec[0], m.start()) is None:
        return None
    return m.span()


#: a notice's sentence that turns to the public as a class: it announces to them ("Ủy ban
#: nhân dân phường thông báo đến các gia đình có trẻ em ...", "thông báo tới toàn thể Nhân
#: dân", "thông báo đến khách hàng sử dụng điện"), asks them ("đề nghị các hộ kinh doanh thực
#: hiện đúng quy định") or invites them ("Tổ chức, cá nhân có nhu cầu liên hệ ...", "Người
#: dân có nhu cầu ...")
_NOTICE_TO_PUBLIC = re.compile(
    r"(?<![a-z])(?:thong\s+bao\s+(?:den|toi|cho)\s+(?:toan\s+the\s+|cac\s+(?:bac\s+)?|quy\s+)?|"
    # asked as a class, in the plural ("đề nghị các hộ kinh doanh"; "đề nghị hộ kinh doanh
    # nộp ngay" asks the one household the notice is sent to)
    r"(?:de\s+nghi|kinh\s+mong)\s+(?:toan\s+the|cac|quy)\s+)"
    r"(?:(?<!ban\s)nhan\s+dan|nguoi\s+dan|cong\s+dan|ba\s+con|(?:ho\s+)?gia\s+dinh|"
    r"phu\s+huynh|cha\s+me|nguoi\s+nop\s+thue|to\s+chuc,?\s+ca\s+nhan|"
    # a firm's or an office's public: its customers, the household businesses of an area
    r"khach\s+hang|ho\s+kinh\s+doanh|ca\s+nhan\s+kinh\s+doanh)(?![a-z])"
    r"|(?:^|[.;:!]\s+|\n)[ \t]*(?:[-+*•][ \t]*)?(?:cac\s+|moi\s+)?"
    r"(?:to\s+chuc,?\s+ca\s+nhan|nguoi\s+dan|cong\s+dan|ba\s+con|nhan\s+dan)"
    # ... or who needs help or has a question ("2. Công dân cần hỗ trợ liên hệ Bộ phận Một
    # cửa", "Người dân có vướng mắc liên hệ ...")
    r"\s+(?:co\s+nhu\s+cau|can\s+(?:duoc\s+)?ho\s+tro|co\s+(?:thac|vuong)\s+mac)(?![a-z])"
    # a sentence that asks its public for something as a class: "Khách tham quan vui lòng gửi
    # xe đúng nơi quy định", "Phụ huynh lưu ý ..."
    r"|(?:^|[.;:!]\s+|\n)[ \t]*(?:[-+*•][ \t]*)?(?:quy\s+)?(?:khach\s+tham\s+quan|du\s+khach|"
    r"khach|phu\s+huynh|nguoi\s+dan|cong\s+dan|ba\s+con)\s+(?:vui\s+long|luu\s+y|xin\s+luu\s+y)"
    r"(?![a-z])"
)
#: how far after the class a name would make it one person's notice ("thông báo đến công
#: dân Nguyễn Văn A"), characters
_NAMED_AFTER = 20


def _notice_to_public(r: Reading) -> tuple[int, int] | None:
    """A notice (``THÔNG BÁO``) that turns to the public as a class in its body: it announces
    to the families, residents or taxpayers it concerns, or invites any organisation or person
    who needs it to come forward. A notice to a person ("thông báo đến công dân Nguyễn Văn A")
    or one that lists people (a list of beneficiaries) is not."""
    lay = r.layout
    if lay.type_name is None or lay.type_name.doc_type != "thong_bao" or _lists_people(r):
        return None
    folded = r.doc.folded
    names = [r.to_text(f.start) for f in r.findings if f.entity is EntityType.PERSON]
    for m in _NOTICE_TO_PUBLIC.finditer(folded):
        if not any(m.end() <= n <= m.end() + _NAMED_AFTER for n in names):
            said = folded[m.start() : m.end()].lstrip(" \t\n.;:!-+*•")
            return (m.end() - len(said), m.end())
    return None


#: a recipient of ``Nơi nhận`` that posts the document for the public: a notice board
#: ("Niêm yết tại trụ sở UBND xã", "Các ấp (niêm yết)"), the loudspeakers ("thông báo trên
#: loa", "loa truyền thanh"), or the public itself ("- Nhân dân (qua loa truyền thanh ...)")
_POSTED_TO = re.compile(
    r"(?<![a-z])(?:niem\s+yet|(?:thong\s+bao\s+tren\s+)?loa(?:\s+truyen\s+thanh)?(?![a-z])|"
    r"truyen\s+thanh)|^[ \t]*[-+*•][ \t]*(?:toan\s+the\s+)?nhan\s+dan(?![a-z])",
    re.M,
)
#: a sentence that says the document itself is posted or published ("Kế hoạch này được niêm
#: yết tại trụ sở UBND xã ... và đăng trên Cổng thông tin điện tử xã")
_THIS_POSTED = re.compile(
    r"(?<![a-z])(?:ke\s+hoach|thong\s+bao|van\s+ban|quyet\s+dinh|huong\s+dan)\s+nay\s+"
    r"(?:duoc\s+|se\s+duoc\s+)?(?:niem\s+yet|dang\s+(?:tai\s+)?(?:tren|len)|cong\s+khai|"
    r"thong\s+bao\s+rong\s+rai)(?![a-z])"
)


#: the paper's own note in brackets under its title that it is published ("(Phục vụ kỳ họp thứ
#: Sáu, HĐND tỉnh khóa X; công khai trên Cổng thông tin điện tử tỉnh)", "(Niêm yết tại trụ sở
#: và đăng trên Cổng thông tin điện tử)"), folded; not a draft put up for comments ("(Đăng tải
#: ... để lấy ý kiến rộng rãi)": internal until adopted)
_PUBLISHED_NOTE = re.compile(
    r"[ \t]*\((?![^()\n]*lay\s+y\s+kien)[^()\n]{0,120}?(?<![a-z])"
    r"(?:cong\s+khai|dang\s+(?:tai\s+)?tren|niem\s+yet)(?![a-z])[^()\n]{0,160}\)[ \t]*$",
    re.M,
)
#: how far under the title or subject the note may stand (characters)
_NOTE_REACH = 40


def _published_note(r: Reading) -> tuple[int, int] | None:
    """Where the line right under the title or the subject is the paper's note that it is
    published (:data:`_PUBLISHED_NOTE`): a report to the council posted on the portal. Not
    when it lists people, as :func:`_posted`."""
    lay = r.layout
    at = lay.subject or lay.type_line
    if at is None or _lists_people(r):
        return None
    folded = r.doc.folded
    start = folded.find("\n", at[1])
    if start < 0 or start - at[1] > _NOTE_REACH:
        return None
    m = _PUBLISHED_NOTE.match(folded, start + 1)
    return None if m is None else m.span()


def _posted(r: Reading) -> tuple[int, int] | None:
    """Where the document says it is posted for the public: a notice board, the loudspeakers
    or the public among the recipients of ``Nơi nhận``, or a sentence of its own ("Kế hoạch
    này được niêm yết tại ..."). Not when it lists people (a list of beneficiaries is posted
    for the people in it to check, and is about them)."""
    if _lists_people(r):
        return None
    folded = r.doc.folded
    dist = r.layout.distribution
    if dist is not None:
        m = _POSTED_TO.search(folded, *dist)
        if m is not None:
            return m.span()
    m = _THIS_POSTED.search(folded)
    return None if m is None else m.span()


#: a law's heading alone on its line, then one of its articles ("Luật Tố cáo số 25/2018/QH14" /
#: "Điều 8. Các hành vi bị nghiêm cấm ..."): an excerpt of a law, pasted under a question as a
#: law's own text would carry its LUẬT title; not a sentence that cites a law ("Luật Bảo vệ bí
#: mật nhà nước số 117/2025/QH15 có hiệu lực từ ngày ...")
_LAW_EXCERPT = re.compile(
    r"^[ \t]*(?:bo\s+)?luat\s+[^\n]{2,80}?\s+so\s+\d{1,3}/(?:19|20)\d\d/qh\d{1,2}[ \t]*\n"
    r"(?:[ \t]*\n)*[ \t]*dieu\s+\d{1,3}\s*[.:]",
    re.M,
)
#: a council's resolution ("38/NQ-HĐND") and a subject on the budget it adopts ("Về dự toán thu
#: ngân sách nhà nước trên địa bàn, chi ngân sách xã năm 2027", "phê chuẩn quyết toán ngân sách")
_COUNCIL_RESOLUTION = re.compile(r"^NQ-H[ĐD]ND$", re.I)
_BUDGET_SUBJECT = re.compile(
    r"(?<![a-z])(?:du\s+toan|quyet\s+toan|phan\s+bo)(?![a-z])[^\n]{0,60}?(?<![a-z])ngan\s+sach"
)


def _council_budget(r: Reading) -> tuple[int, int] | None:
    """A people's council's resolution on the budget (its estimates, allocation or final
    accounts): the budget law makes such figures public once the council adopts them
    (holdout4's dh4-030, holdout9's dh9-034), whether or not the paste keeps its ``Nơi nhận``
    with the portal. Addressed to the bodies that carry it out, so still no ``public_info``
    (:func:`ai_guard.classify.categories._to_agencies`)."""
    lay = r.layout
    if lay.subject is None or not _COUNCIL_RESOLUTION.match(lay.symbol or ""):
        return None
    m = _BUDGET_SUBJECT.search(r.doc.folded, *lay.subject)
    return None if m is None else m.span()


#: whom a title says the paper is written for: the public as a class ("Thủ tục yêu cầu thi
#: hành án dân sự dành cho người dân", "... dành cho tổ chức, cá nhân")
_FOR_PUBLIC = re.compile(
    r"(?<![a-z])danh\s+cho\s+(?:(?:toan\s+the|cac|moi)\s+)?(?:nguoi\s+dan|cong\s+dan|"
    r"nhan\s+dan|ba\s+con|to\s+chuc,?\s+ca\s+nhan|nguoi\s+nop\s+thue)(?![a-z])"
)


def _for_the_public(r: Reading) -> tuple[int, int] | None:
    """A type line or subject that says whom the paper is written for, the public as a class
    ("HƯỚNG DẪN / Thủ tục yêu cầu thi hành án dân sự dành cho người dân"): guidance for
    whoever needs it. A sentence of the body ("gói hỗ trợ dành cho người dân bị ảnh hưởng" in a
    report) is what the text is about, not whom it is for; a list of people is theirs."""
    lay = r.layout
    if _lists_people(r):
        return None
    for span in (lay.type_line, lay.subject):
        if span is not None:
            m = _FOR_PUBLIC.search(r.doc.folded, *span)
            if m is not None:
                return m.span()
    if lay.type_name is not None and lay.type_name.name == "huong dan" and lay.subject is not None:
        # guidance whose subject opens with the public doing something ("HƯỚNG DẪN / Người
        # dân gửi đơn khiếu nại, tố cáo ... tại phường"): how anyone goes about it
        m = _PUBLIC_DOES.match(r.doc.folded, *lay.subject)
        if m is not None:
            return m.span()
    return None


#: the public as the one who acts, opening a guidance's subject ("Người dân gửi đơn ...",
#: "Về việc tổ chức, cá nhân nộp hồ sơ ...")
_PUBLIC_DOES = re.compile(
    r"(?:v/v\s+|ve\s+viec\s+)?(?:huong\s+dan\s+)?(?:nguoi\s+dan|cong\s+dan|nhan\s+dan|"
    r"to\s+chuc,?\s+ca\s+nhan|nguoi\s+nop\s+thue)(?![a-z])"
)


#: the title of a leaflet or an outreach paper, in capitals near the top ("TÀI LIỆU TUYÊN
#: TRUYỀN", "TỜ GẤP", "HỎI - ĐÁP PHÁP LUẬT"): written for whoever picks it up
_OUTREACH = re.compile(
    r"(?:tai\s+lieu\s+(?:tuyen\s+truyen|pho\s+bien(?:,?\s+giao\s+duc)?(?:\s+phap\s+luat)?)|"
    r"to\s+gap|to\s+roi|so\s+tay\s+(?:hoi\s*-?\s*dap|phap\s+luat)|hoi\s*-\s*dap\s+phap\s+luat)"
    r"[\s.:]*"
)


#: a leaflet's footer line: its page label, then what it is ("Trang 1/1 - Tài liệu tuyên
#: truyền phát miễn phí", "Tờ gấp phát miễn phí")
_OUTREACH_FOOTER = re.compile(
    r"(?:trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*[-–—|:]?\s*)?(?P<what>"
    + _OUTREACH.pattern
    + r")[\s(\[,–—-]*(?:phat\s+mien\s+phi|khong\s+ban)?[\s)\].]*"
)


def _outreach_title(r: Reading) -> tuple[int, int] | None:
    """An outreach title alone on a line in capitals among the first five lines, or a
    leaflet's footer line that says what it is among the last three (any case: "Trang 1/1 -
    Tài liệu tuyên truyền phát miễn phí")."""
    segs = r.layout.segments
    for seg in segs[:5]:
        if seg.upper and _OUTREACH.fullmatch(seg.folded.strip()) is not None:
            return (seg.start, seg.end)
    for seg in segs[max(5, len(segs) - 3) :]:
        if _OUTREACH_FOOTER.fullmatch(seg.folded.strip()) is not None:
            return (seg.start, seg.end)
    return None


#: a form's own code alone on its line near the top, where a paper's number would stand
#: ("Mẫu 2C-BNV/2008", "Mẫu số 01/TK-SDDPNN")
_FORM_CODE_LINE = re.compile(
    r"^[ \t]*mau[ \t]+(?:so[ \t]+)?\d[0-9a-z]*(?:[-/.][0-9a-z]+)*[ \t]*$", re.M
)
#: how far from the top a form's code line is looked for (characters)
_FORM_CODE_REACH = 600
#: a declaration's title in capitals alone on its line ("TỜ KHAI ĐĂNG KÝ KHAI SINH"): a form a
#: citizen fills, which no agency numbers
_DECLARATION_TITLE = re.compile(r"^[ \t]*TO[ \t]+KHAI(?:[ \t]+[A-Z]+)*[ \t]*$", re.M)
#: how far from the top a declaration's title is looked for (characters)
_DECLARATION_REACH = 900


def _blank_template(r: Reading) -> tuple[int, int] | None:
    """Where a paper left blank where a real one is filled shows it: its number line has no
    number ("Số: ........./BB-VPHC", "Số:     /QĐ-......"), or it has no number line but its
    form's code alone on a line near the top ("Mẫu 2C-BNV/2008" over a blank CV pasted with a
    question), or a declaration's title ("TỜ KHAI ĐĂNG KÝ KHAI SINH", a form a citizen fills);
    it carries no issuer nor date of its own, five blanks or more wait for the
    facts, and no one is named in it but a template person. A form anyone may print
    (holdout7's and holdout9's templates), not a paper an agency issued; a draft keeps its
    issuer and its date, and its DỰ THẢO mark keeps it internal. None when it is no such
    form."""
    lay = r.layout
    span = None
    if lay.number_line is not None:
        if lay.number is None:
            span = lay.number_line
    else:
        code = _FORM_CODE_LINE.search(r.doc.folded, 0, _FORM_CODE_REACH) or (
            _DECLARATION_TITLE.search(r.doc.folded_cased, 0, _DECLARATION_REACH)
        )
        span = None if code is None else code.span()
    if span is None or lay.issuer_line is not None or lay.date is not None:
        return None
    if len(_BLANK.findall(r.doc.text)) < 5:
        return None
    return span if names_only_placeholders(r) else None


def names_only_placeholders(r: Reading) -> bool:
    """Whether every name the reading found is a template's placeholder ("Nguyễn Văn A"): a
    blank form or template names nobody."""
    for f in r.findings:
        if f.entity is EntityType.PERSON:
            words = fold_word(r.doc.original[f.start : f.end]).split()
            if not is_placeholder_name(words[-3:]):
                return False
    return True


def _lists_people(r: Reading) -> bool:
    """Whether the document names private persons in a list: names with a birth-date column or
    field (a recruitment result, a list of beneficiaries), or a table of names with a column of
    payee accounts or of ethnic origin (pupils paid support, with their Dân tộc and parents'
    accounts: dh14-011, dh20-039). Such a list is about those people, even when the portal is
    among the recipients."""
    people = sum(f.entity is EntityType.PERSON for f in r.findings)
    if people < 2:
        return False
    folded = r.doc.folded
    return _BIRTH_FIELD.search(folded) is not None or _PEOPLE_COLUMN.search(folded) is not None
