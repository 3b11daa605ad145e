"""Person names (PERSON): surname lexicon + capitalisation + context words (FACTS f.1-f.2).

A Vietnamese full name is a surname (họ), 0-2 middle names and a given name, each word
capitalised ("Nguyễn Văn An") or the whole name in capitals ("NGUYỄN VĂN AN"); court texts
anonymise the given name to an initial ("Nguyễn Xuân T"). Without diacritics ("Nguyen Van An")
the same rules apply on the folded words.

Evidence, weighed into the score:

* a context word right before the name: honorific (ông, bà, anh, chị, đồng chí, Mr), form
  label (Họ và tên:), party (người phải thi hành án, bị đơn, người khiếu nại), official role
  (Chấp hành viên, Thẩm phán, Giám đốc) or relation (con ông, vợ là);
* the surname lexicon (160 surnames) for the first word, middle and given-name lexicons for the
  others;
* what the name is NOT: a place (provinces, and any capitalised phrase after xã, phường, quận,
  đường, phố, trường, bệnh viện ...), a heading in capitals, a phrase that starts sentences
  ("Hồ sơ", "Văn bản", "Đồng thời").

With a context word, names with surnames outside the lexicon (many ethnic-minority names such
as "Y Moan Niê") are reported too. Given names alone ("anh Tuấn") are not reported: too
ambiguous to be worth a redaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import CueSet, spelling, trie_regex
from ai_guard.text.tables import line_bounds

__all__ = ["PersonNameDetector"]

_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_WORD = rf"[{_UP}](?:[^\W\d_]|')*"
# Two or more capitalised words separated by spaces or tabs (a line break or a full stop ends
# a name; a single capital with a dot is an initial: "Nguyễn Văn A.").
# words of a name are separated by one space (two at most); a tab or a wider gap separates
# fields ("Họ tên: Đặng Quốc Việt   Giới tính: Nam")
_SEQ = re.compile(rf"({_WORD})(?:[ \u00a0]{{1,2}}{_WORD}){{1,6}}(?![\w])")
_WORD_RE = re.compile(rf"{_WORD}")
# "12 Lê Lợi", "số 58 Trần Phú", "58/3 Nguyễn Trãi": a street after a house number
_HOUSE_NUMBER_BEFORE = re.compile(r"(?:^|[\s,(])\d{1,5}[a-zA-Z]?(?:/\d{1,5}[a-zA-Z]?)*[ ]+$")
_STREET_AFTER = re.compile(
    r"[ \t]*(?:street|st\.|road|rd\.|avenue|ave\.|ward|district|city|"
    r"province|commune|village|boulevard|blvd)\b"
)

#: words before a capitalised phrase that make it a place, an institution or a thing.
_NOT_PERSON_BEFORE = CueSet(
    [
        "xã",
        "phường",
        "thị trấn",
        "quận",
        "huyện",
        "thị xã",
        "thành phố",
        "TP",
        "tỉnh",
        "đặc khu",
        "thôn",
        "xóm",
        "ấp",
        "bản",
        "buôn",
        "làng",
        "khu phố",
        "tổ dân phố",
        "khóm",
        "đường",
        "phố",
        "ngõ",
        "ngách",
        "hẻm",
        "kiệt",
        "đại lộ",
        "quốc lộ",
        "tỉnh lộ",
        "cầu",
        "sông",
        "núi",
        "hồ",
        "đảo",
        "chợ",
        "bến",
        "cảng",
        "sân bay",
        "ga",
        "trường",
        "THPT",
        "THCS",
        "tiểu học",
        "mầm non",
        "đại học",
        "học viện",
        "bệnh viện",
        "trạm y tế",
        "công ty",
        "tập đoàn",
        "doanh nghiệp",
        "cửa hàng",
        "nhà hàng",
        "khách sạn",
        "chung cư",
        "tòa nhà",
        "khu đô thị",
        "khu công nghiệp",
        "công viên",
        "quảng trường",
        "đền",
        "chùa",
        "nhà thờ",
        "giải",
        "quỹ",
        "giải thưởng",
        "lăng",
        "bảo tàng",
        "di tích",
        "tư tưởng",
        "thời",
        "triều",
        "nhà",
        "vua",
        "Bác",
        "street",
        "road",
        "district",
        "ward",
        "province",
        "city",
        "school",
        "hospital",
        "university",
        "company",
        "bridge",
        "đ.",
        "p.",
        "q.",
        "tổ",
        "khu",
        "tp.",
        "số",
        "lô",
        "hội",
        "câu lạc bộ",
        "CLB",
        "sư đoàn",
        "trung đoàn",
        "chiến dịch",
        "nút giao",
        "ngã tư",
        "ngã ba",
        "ngã năm",
        "giao lộ",
        "tuyến đường",
        "vòng xoay",
        "cầu vượt",
        "nhà văn hóa",
        "trung tâm",
        "phong trào",
        "kế hoạch",
        "đề án",
        "dự án",
        "chương trình",
        "tàu",
    ]
)


# capitalised phrases that name institutions, not people ("Sở Tư pháp", "Bộ Công an")
_INSTITUTION_START = re.compile(
    r"(?:so|bo|cuc|vu|phong|ban|uy ban|ubnd|toa|vien|cong an|truong|benh vien|cong ty|"
    r"chi cuc|tong cuc|hoi dong|dang uy|van phong|trung tam|ngan hang|kho bac|doan|hoi)\b"
)


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], CueSet]:
    surnames = data.folded_set("detectors/surnames.txt")
    middles = data.folded_set("detectors/middle_names.txt")
    givens = data.folded_set("detectors/given_names.txt")
    places: set[str] = set()
    for row in data.rows("detectors/provinces.tsv"):
        places.add(fold_word(row[0]))
        if len(row) > 2:
            places.update(fold_word(v) for v in row[2].split(";") if v.strip())
    places.update(data.folded_set("detectors/common_capitalised_words.txt"))
    places.update(data.folded_set("detectors/place_names.txt"))
    cue_rows = data.rows("detectors/name_cues.tsv")
    cues = CueSet(r[0] for r in cue_rows if r and r[0])
    return surnames, middles, givens, frozenset(places), cues


_PLACE_DATE = re.compile(r"[ \t]*,[ \t]*ngay[ \t]+\d")
#: words of legal and administrative text that are never part of a person's name
_NEVER_IN_NAMES = frozenset({"dieu", "khoan", "chuong", "luat", "nghi", "thong"})

#: middle names that almost never start a name: after a word that is both a surname and an
#: honorific ("Ông", "Bế", "Cô"), they make it the surname
_TYPICAL_MIDDLES = frozenset({"van", "thi", "huu", "duc", "dinh", "ba", "the", "xuan"})

_TYPICAL_MIDDLE_SPELLINGS = frozenset(
    spelling(w) for w in ("Văn", "Thị", "Hữu", "Đức", "Đình", "Bá", "Thế", "Xuân")
)


def _is_typical_middle(word: str) -> bool:
    """ "Đình" is a typical middle name, "Đinh" a surname: spelling decides where it can."""
    if word.isascii():
        return fold_word(word) in _TYPICAL_MIDDLES
    return spelling(word) in _TYPICAL_MIDDLE_SPELLINGS


_NAME_HEADERS = CueSet(
    [
        "họ tên",
        "họ và tên",
        "hoten",
        "họ, tên",
        "tên",
        "full name",
        "name",
        "họ tên chủ hộ",
        "người lao động",
        "người nhận",
        "đối tượng",
        "họ và tên khai sinh",
        "fullname",
    ]
)
_SIGNED = re.compile(r"da ky|ky ten|\(ky|ky,|ky va ghi|ky ghi ro")

_EN_UNITS = frozenset(
    {
        "street",
        "st",
        "road",
        "rd",
        "ward",
        "district",
        "city",
        "province",
        "avenue",
        "lane",
        "alley",
        "commune",
        "village",
        "boulevard",
    }
)


_LOWER_WORD = re.compile(r"\S+")
_HONORIFICS = ["ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "chau", "cu", "thay", "di"]


@lru_cache(maxsize=1)
def _lower_name_re() -> re.Pattern[str]:
    surnames = sorted(data.folded_set("detectors/surnames.txt"))
    return re.compile(
        r"(?P<cue>" + trie_regex(_HONORIFICS) + r")[ \t]+"
        r"(?P<name>(?:" + trie_regex(surnames) + r")(?:[ \t]+[a-z]+){1,3})(?![a-z0-9])"
    )


@lru_cache(maxsize=1)
def _public_figures() -> frozenset[str]:
    return data.folded_set("detectors/public_figures.txt")


@lru_cache(maxsize=1)
def _public_figure_spellings() -> frozenset[str]:
    return frozenset(spelling(n) for n in data.lines("detectors/public_figures.txt"))


def _is_public_figure(phrase: str) -> bool:
    """Spelled as the figure where written with diacritics ("Lê Văn Tám", not "Lê Văn Tâm")."""
    if phrase.isascii():
        return fold_word(phrase) in _public_figures()
    return spelling(phrase) in _public_figure_spellings()


@lru_cache(maxsize=1)
def _strong_cues() -> CueSet:
    """Cues that name a private person (not an official title, after which an agency's name
    often follows: "Giám đốc Sở Tư pháp")."""
    return CueSet(
        r[0]
        for r in data.rows("detectors/name_cues.tsv")
        if len(r) > 1 and r[1] != "official" and r[0]
    )


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Single-word cues that may themselves be capitalised at a sentence start ("Ông", "Bà")."""
    return frozenset(
        fold_word(r[0])
        for r in data.rows("detectors/name_cues.tsv")
        if r and r[0] and " " not in r[0]
    )


@lru_cache(maxsize=1)
def _cue_spellings() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in data.rows("detectors/name_cues.tsv"):
        if r and r[0] and " " not in r[0]:
            out.setdefault(fold_word(r[0]), set()).add(spelling(r[0]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _surname_spellings() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name in data.lines("detectors/surnames.txt"):
        out.setdefault(fold_word(name), set()).add(spelling(name))
    return {k: frozenset(v) for k, v in out.items()}


def _signature_cue(doc: Document, start: int, end: int) -> str | None:
    """A name alone on its line under "(đã ký)" / "Ký tên" is the signer of a document."""
    text = doc.text
    ls, _ = line_bounds(text, start)
    _, le = line_bounds(text, end)
    if text[ls:start].strip() or text[end:le].strip(" \t.,;"):
        return None
    prev_end = ls - 1
    if prev_end <= 0 or text[prev_end] != "\n":
        return None
    prev_start, _ = line_bounds(text, prev_end)
    m = _SIGNED.search(doc.folded, prev_start, prev_end)
    return "da ky" if m else None


def _plain_line(doc: Document, pos: int) -> bool:
    line_start, line_end = line_bounds(doc.text, pos)
    return doc.text[line_start:line_end].isascii()


def _spelled_as_surname(word: str, doc: Document, pos: int) -> bool:
    """A surname written with diacritics must be spelled as one: "Biên" (Biên Hòa) is not
    "Biện", "Như" is not "Nhữ". Written without (OCR, English text), the folded form must do."""
    if word.isascii():
        return True
    return spelling(word) in _surname_spellings().get(fold_word(word), frozenset())


def _spelled_as_cue(word: str, doc: Document, pos: int) -> bool:
    """Whether a capitalised word that folds to a cue ("Ông", "Chu", "Võ") is that cue.

    With diacritics in the text, spelling decides: "Chu" is not "chú", "Võ" is not "vợ". In
    text without diacritics (the word's line is plain ASCII) the folded form must do.
    """
    if word.isascii() and _plain_line(doc, pos):
        return True
    return spelling(word) in _cue_spellings().get(fold_word(word), frozenset())


def _phrase_len(folded: list[str], i: int, not_names: frozenset[str]) -> int:
    """Words to skip after a rejected candidate: the whole known phrase, else one word."""
    figures = _public_figures()
    for k in (4, 3, 2):
        phrase = " ".join(folded[i : i + k])
        if i + k <= len(folded) and (phrase in figures or phrase in not_names):
            return k
    return 1


def _is_place_of_issue(doc: Document, start: int, end: int, folded: list[str]) -> bool:
    """A capitalised phrase opening a line and followed by ", ngày <digit>": the place-and-date
    line of an administrative document, unless it is plainly a full name ("Nguyễn Văn An")."""
    text = doc.text
    if text[line_bounds(text, start)[0] : start].strip() or not _PLACE_DATE.match(doc.folded, end):
        return False
    return not (len(folded) >= 3 and folded[1] in _TYPICAL_MIDDLES)


def _place_at(folded: list[str], i: int, not_names: frozenset[str]) -> int:
    """How many words from ``i`` form a known place or common phrase (0 if none)."""
    for k in (4, 3, 2):
        if i + k <= len(folded) and " ".join(folded[i : i + k]) in not_names:
            return k
    return 0


def _fold(w: str) -> str:
    return fold_word(w.rstrip("."))


class PersonNameDetector:
    id = "vn.person"
    entities = (EntityType.PERSON,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        yield from self._capitalised(doc)
        yield from self._lower_case(doc)

    def _lower_case(self, doc: Document) -> Iterator[Detection]:
        """Names typed in lower case in chat-style prompts ("chị nguyễn thị lan ở ..."): only
        after an honorific, with a lexicon surname and a typical middle name or given names."""
        _, middles, givens, not_names, _ = _lexicons()
        text = doc.text
        folded_text = doc.folded
        for m in _lower_name_re().finditer(folded_text):
            if m.start() > 0 and folded_text[m.start() - 1].isalnum():
                continue
            s, e = m.span("name")
            raw = text[s:e]
            if not raw.islower():
                continue  # capitalised names are the other path's
            spans = [w.span() for w in _LOWER_WORD.finditer(raw)]
            folded = [fold_word(raw[a:b]) for a, b in spans]
            # cut at legal words ("phan văn tài điều 5") and at common phrases ("thi hành")
            cut = len(folded)
            for q in range(1, len(folded)):
                if folded[q] in _NEVER_IN_NAMES or " ".join(folded[q - 1 : q + 1]) in not_names:
                    cut = q if folded[q] in _NEVER_IN_NAMES else q - 1
                    break
            folded = folded[:cut]
            spans = spans[:cut]
            if len(folded) < 2:
                continue
            # the longest run of name-like words after the surname, ending on a given name;
            # after "văn"/"thị" any third word is the given name ("cầm thị xiêm", "lo van pom")
            k = 1
            while k < len(folded) and (folded[k] in middles or folded[k] in givens):
                k += 1
            if k == 2 and len(folded) >= 3 and folded[1] in ("van", "thi") and len(folded[2]) > 1:
                k = 3
            while (
                k > 1
                and folded[k - 1] not in givens
                and not (k == 3 and folded[1] in ("van", "thi"))
            ):
                k -= 1
            if k < 3 and (k < 2 or folded[1] in _TYPICAL_MIDDLES):
                continue  # "chị nguyễn thị" (no given name), "anh lê" (surname alone)
            if raw.isascii() and (k < 3 or folded[1] not in ("van", "thi")):
                # without diacritics "co", "chi", "di" are everyday words ("có", "chỉ", "đi"):
                # only the unmistakable "... văn ..." / "... thị ..." shape counts
                continue
            if " ".join(folded[:2]) in not_names:
                continue  # "chị văn thư hỏi": văn thư (clerk) is a word, not a name
            if _is_public_figure(raw[: spans[k - 1][1]]):
                continue  # "đường trần hưng đạo" typed in lower case
            e = s + spans[k - 1][1]
            honorific = m.group("cue")
            if not _spelled_as_cue(text[m.start("cue") : m.end("cue")], doc, m.start("cue")):
                continue
            if not _spelled_as_surname(raw[: spans[0][1]], doc, s):
                continue
            yield Detection(
                EntityType.PERSON,
                s,
                e,
                0.8,
                self.id,
                pattern="person.lower_case",
                base_score=0.4,
                context=honorific,
            )

    def _capitalised(self, doc: Document) -> Iterator[Detection]:
        surnames, middles, givens, not_names, cues = _lexicons()
        cue_words = _cue_words()
        text = doc.text
        strong = _strong_cues()
        for seq in _SEQ.finditer(text):
            if seq.start() > 0 and (
                text[seq.start() - 1].isalnum() or text[seq.start() - 1] == "'"
            ):
                continue
            words = [m.span() for m in _WORD_RE.finditer(text, seq.start(), seq.end())]
            folded = [_fold(text[a:b]) for a, b in words]
            cell = self._name_cell(doc, seq.start(), seq.end(), folded, not_names)
            if cell is not None:
                yield cell
                continue
            if not any(w in surnames or w in cue_words for w in folded):
                # no surname: only a strong cue can make it a name ("ông Y Moan Niê")
                if strong.before(doc, words[0][0], 45):
                    hit = self._cued_unknown(doc, words, not_names, givens)
                    if hit is not None:
                        yield hit
                continue
            n = len(words)
            if _is_place_of_issue(doc, seq.start(), seq.end(), folded):
                continue  # "Biên Hòa, ngày 12 tháng 8 năm 2025": where a document was issued
            i = 0
            while i < n - 1:
                first = folded[i]
                nxt = folded[i + 1]
                if (
                    first in cue_words
                    and _spelled_as_cue(text[words[i][0] : words[i][1]], doc, words[i][0])
                    # right after an honorific ("Ong Vo Quang An") a word that is both a cue
                    # ("vợ") and a surname ("Võ") is the surname; honorifics stay cues
                    and (first in _HONORIFICS or not strong.before(doc, words[i][0], 8))
                    and (
                        first not in surnames
                        or (
                            nxt in surnames
                            and not _is_typical_middle(text[words[i + 1][0] : words[i + 1][1]])
                        )
                    )
                ):
                    # "Ông Trần Quốc Bảo": an honorific before a surname is not part of the
                    # name; but in "Bế Văn Hưng", "Ông Thị Xuân", "anh Ho Ngoc Son" the word
                    # that is both a surname and a cue is the surname
                    i += 1
                    continue
                place = _place_at(folded, i, not_names)
                if place and not (
                    place == 2
                    and i + 2 < n
                    and folded[i + 1] in middles
                    and folded[i + 2] in givens
                ):
                    i += place  # "Hồ Chí Minh", "Phan Thiết": a place, skip all its words
                    continue
                if first not in surnames or not _spelled_as_surname(
                    text[words[i][0] : words[i][1]], doc, words[i][0]
                ):
                    # a cue-led name with an unknown surname: "ông Y Moan Niê"
                    hit = self._cued_unknown(doc, words[i:], not_names, givens)
                    if hit is not None:
                        yield hit
                        break
                    i += 1
                    continue
                hit = self._from_surname(doc, words, i, surnames, middles, givens, not_names, cues)
                if hit is None:
                    # a rejected place, phrase or public figure is skipped whole
                    i += _phrase_len(folded, i, not_names)
                    continue
                yield hit
                # continue after the name
                while i < n and words[i][0] < hit.end:
                    i += 1

    # -- helpers -----------------------------------------------------------------------------
    def _from_surname(
        self,
        doc: Document,
        words: list[tuple[int, int]],
        i: int,
        surnames: frozenset[str],
        middles: frozenset[str],
        givens: frozenset[str],
        not_names: frozenset[str],
        cues: CueSet,
    ) -> Detection | None:
        text = doc.text
        first_raw = text[words[i][0] : words[i][1]]
        upper_style = first_raw.isupper() and len(first_raw) > 1
        take = [words[i]]
        following = words[i + 1 : i + 4]
        for k, (ws, we) in enumerate(following):
            w = text[ws:we]
            initial = len(w.rstrip(".")) == 1
            if not initial and (w.isupper() and len(w) > 1) != upper_style:
                break  # "Nguyễn Văn An CCCD": a change of case style ends the name
            take.append((ws, we))
            if initial and (k + 1 >= len(following) or w.endswith(".")):
                break  # an initial ends an anonymised name ("Nguyễn Xuân T"); "Hầu A Lềnh"
                # has the Hmong middle name A
        folded = [_fold(text[a:b]) for a, b in take]
        # trim trailing words that start something else: a place ("... Hà Nội"), a unit or a
        # cue word; unknown capitalised words stay (many ethnic-minority given names)
        while len(take) > 1 and folded[-1] in _EN_UNITS:
            take.pop()
            folded.pop()
        if len(take) < 2:
            return None
        start, end = take[0][0], take[-1][1]
        if text[end - 1] == ".":
            end -= 1
        phrase = " ".join(folded)
        three_part = len(folded) >= 3 and folded[1] in middles and folded[2] in givens
        if phrase in not_names or (" ".join(folded[:2]) in not_names and not three_part):
            return None
        place_word = _NOT_PERSON_BEFORE.before(doc, start, 25)
        if place_word and not (len(place_word) <= 3 and _plain_line(doc, start)):
            # (without diacritics "ho", "so", "nha" are as often "họ", "số", "nhà" as places)
            return None
        if any(w in _NEVER_IN_NAMES for w in folded[1:]):
            return None  # "Như Điều 2", "Lê Luật"
        if _is_public_figure(text[start:end]) and not _strong_cues().before(doc, start, 45):
            return None  # "đường Lê Duẩn", "nút giao Lê Duẩn – Tôn Đức Thắng"
        head = text[max(0, start - 3) : start].rstrip()
        typical = len(folded) >= 3 and folded[1] in _TYPICAL_MIDDLES
        if (
            head
            and head[-1].isalnum()
            and not typical  # "1 Lã Văn Khiêm" in a numbered list is a person
            and _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 16), start)
        ) or _STREET_AFTER.match(doc.folded, end):
            return None
        cue = cues.before(doc, start, 45) or _signature_cue(doc, start, end)
        last = folded[-1]
        middle_ok = all(w in middles or w in givens for w in folded[1:-1])
        last_ok = last in givens or len(last) == 1
        if cue:
            score = 0.95
        elif len(take) >= 3 and middle_ok and last_ok:
            score = 0.85
        elif len(take) >= 3 and last_ok:
            score = 0.6
        elif len(take) == 2 and last_ok and folded[1] in givens:
            # "Trần Hưng" with no cue: as often a company, a shop, a place or "Đoàn Thanh
            # niên" as a person; reported only if a policy lowers min_score
            score = 0.45
        else:
            return None
        if upper_style:
            # a name in capitals follows a cue or a label ("Họ và tên: NGUYỄN VĂN AN"), or stands
            # alone on its line (a signature block); anything else in capitals is a heading
            line_start, _ = line_bounds(text, start)
            _, line_end = line_bounds(text, end)
            before = text[line_start:start].strip(" \t-–*•.:()[]")
            after = text[end : line_end if line_end >= 0 else len(text)].strip(" \t-–*•.,;:()[]")
            label = text[line_start:start].rstrip().endswith(":")
            if cue and (before.isupper() or after.isupper()) and not label:
                cue = None  # a cue inside an all-caps heading ("BAN CHI DAO") is a word of it
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            heading = not any(c.islower() for c in line)
            if not cue and not label and (before or after) and heading:
                return None  # part of a heading; in a sentence ("my son NGUYỄN GIA HUY") fine
            if not cue and not (middle_ok and last_ok and len(take) >= 3):
                return None
            if not cue:
                score = min(score, 0.8)
        return Detection(
            EntityType.PERSON,
            start,
            end,
            score,
            self.id,
            pattern="person.surname_first",
            base_score=0.6,
            context=cue,
        )

    def _name_cell(
        self, doc: Document, start: int, end: int, folded: list[str], not_names: frozenset[str]
    ) -> Detection | None:
        """A whole table cell under a name column ("| Họ tên |", "ho_ten", "Full name") is a
        name, whatever its surname ("Cầm Thị Ơn", "Ksor H'Blin")."""
        if not 2 <= len(folded) <= 5 or " ".join(folded) in not_names:
            return None
        header = _NAME_HEADERS.header(doc, start)
        if header is None:
            return None
        text = doc.text
        before = text[line_bounds(text, start)[0] : start].rstrip(" \t\"'")
        after = text[end : end + 3].lstrip(" \t\"'")
        if (before and before[-1] not in "|\t;,") or (after and after[0] not in "|\t;,\r\n"):
            return None  # only part of the cell
        return Detection(
            EntityType.PERSON,
            start,
            end,
            0.9,
            self.id,
            pattern="person.name_column",
            base_score=0.5,
            context=header,
        )

    def _cued_unknown(
        self,
        doc: Document,
        words: list[tuple[int, int]],
        not_names: frozenset[str],
        givens: frozenset[str],
    ) -> Detection | None:
        text = doc.text
        start = words[0][0]
        cue = _strong_cues().before(doc, start, 45)
        if cue is None or len(words) < 2:
            return None
        first = text[words[0][0] : words[0][1]]
        if (
            first.isupper()
            and len(first) > 1
            and not all(text[a:b].isupper() for a, b in words[1:3])
        ):
            return None  # "TP Hà Nội", "UBND Xã": an abbreviation, not a name
        cue_at = doc.folded.rfind(cue, max(0, start - 45), start)
        if (
            cue_at > 0
            and doc.text[cue_at].isupper()
            and doc.text[cue_at - 2 : cue_at].strip(" \t") not in ("", ".", ":", "\n", ";")
        ):
            return None  # "huyện Đông Anh, TP ...": a capitalised 'Anh' inside a place name
        if all(text[a:b].isupper() for a, b in words[:3]) and not doc.folded[
            max(0, start - 45) : start
        ].rstrip().endswith(":"):
            return None  # an all-caps heading; a name in capitals follows a label with ':'
        if _NOT_PERSON_BEFORE.before(doc, start, 25) or _INSTITUTION_START.match(doc.folded, start):
            return None
        take = words[:4]
        folded = [_fold(text[a:b]) for a, b in take]
        if " ".join(folded) in not_names or " ".join(folded[:2]) in not_names:
            return None
        if not any(w in givens for w in folded):
            return None
        end = take[-1][1]
        if text[end - 1] == ".":
            end -= 1
        return Detection(
            EntityType.PERSON,
            start,
            end,
            0.75,
            self.id,
            pattern="person.cued",
            base_score=0.4,
            context=cue,
        )
