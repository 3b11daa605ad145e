"""Names known by where they stand, whatever their surname: a name column, a strong cue.

Many names have surnames outside the lexicon (ethnic-minority names such as "Y Moan Niê",
"Ksor H'Blin", "Cầm Thị Ơn"). Such a name is reported when a whole table cell under a name
column holds it, or when a strong cue (one that names a private person, not an official
title) stands right before it and one of its words is a known given name.

Names in capitals are taken for headings elsewhere unless a label or a cue in lower case
stands before them; :func:`capitals_by_place` adds two places where capitals are a name: a
whole table cell ("| 1 | NGUYỄN THỊ HOA | 1985 |", tab-separated rows) and right after an
honorific in capitals ("ÔNG NGUYỄN VĂN AN"), both only with the full shape of a name (a
lexicon surname, middle names, a given name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors._spans import Reach, SpanSet
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import (
    CUE_REACH,
    INSTITUTION_START,
    NAME_HEADERS,
    cue_before,
    place_word_before,
)
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import NEVER_IN_NAMES, lexicons, strong_cues
from ai_guard.detectors.person.scores import (
    BASE_CAPITALS_PLACED,
    BASE_CUED_UNKNOWN,
    BASE_NAME_COLUMN,
    REPORT_FLOOR,
    SCORE_CAPITALS_CELL,
    SCORE_CAPITALS_HONORIFIC,
    SCORE_CUED_UNKNOWN,
    SCORE_NAME_COLUMN,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.surname_first import is_legal_word
from ai_guard.detectors.person.views import folded_bytes
from ai_guard.detectors.person.words import fold, is_public_figure, spelled_as_surname
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import contains_word, spelling
from ai_guard.text.tables import line_bounds

__all__ = ["capitals_by_place", "cued_unknown", "headers_possible", "name_cell"]


def name_cell(
    doc: Document,
    start: int,
    end: int,
    folded: list[str],
    not_names: frozenset[str],
    detector_id: str,
) -> Detection | None:
    """A whole table cell under a name column ("| Họ tên |", "ho_ten", "Full name") is a
    name, whatever its surname ("Cầm Thị Ơn", "Ksor H'Blin")."""
    if not 2 <= len(folded) <= 5 or not headers_possible(doc) or " ".join(folded) in not_names:
        return None
    header = NAME_HEADERS.header(doc, start)
    if header is None:
        return None
    words = " ".join(folded)
    if _unit_cell(doc.text, start, end):
        return None  # "Xã Tân Hòa" under "ten_xa": a commune's name, not a person's
    if any(contains_word(words, term) for term in NAME_HEADERS.terms):
        return None  # "TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN" over "TÊN CƠ QUAN, ĐƠN VỊ": a form's
        # label under another, no name (no name holds "tên", "name", "họ tên")
    text = doc.text
    # (a tab is itself a delimiter: "1\tNGUYỄN THỊ HOA\t1985")
    before = text[line_bounds(text, start)[0] : start].rstrip(" \"'")
    after = text[end : end + 3].lstrip(" \"'")
    if (before and before[-1] not in "|\t;,") or (after and after[0] not in "|\t;,\r\n"):
        return None  # only part of the cell
    return Detection(
        EntityType.PERSON,
        start,
        end,
        SCORE_NAME_COLUMN,
        detector_id,
        pattern="person.name_column",
        base_score=BASE_NAME_COLUMN,
        context=header,
    )


#: administrative units' words that open a place's name in a cell ("Xã Tân Hòa", "Phường
#: Bến Nghé"), by their spelling (diacritics count: "Xa" or "Tổ" spelled otherwise may be a
#: surname, "Tô")
_UNIT_WORDS = frozenset(
    spelling(w)
    for w in (
        "xã", "phường", "thị trấn", "thị xã", "quận", "huyện", "tỉnh", "thành phố", "đặc khu",
        "thôn", "xóm", "ấp", "bản", "buôn", "khóm", "khu phố", "tổ dân phố",
    )
)  # fmt: skip


def _unit_cell(text: str, start: int, end: int) -> bool:
    """Whether the cell's text at ``start`` opens with an administrative unit's word."""
    words = text[start:end].split()
    return spelling(words[0]) in _UNIT_WORDS or spelling(" ".join(words[:2])) in _UNIT_WORDS


def headers_possible(doc: Document) -> bool:
    """Whether a name column's header can stand anywhere in ``doc``: every header cell is a
    piece of the folded text, so each header term, squeezed (no white space, no '_'), must occur
    in the squeezed text. One look per document spares :meth:`CueSet.header` on every run."""
    cached = doc.cached("person:headers")
    if cached is None:
        # one byte per character ("?" for any outside Latin-1), without white space, "_" and
        # "?": deleting more than the cells lose can only find more
        squeezed = folded_bytes(doc).translate(None, _SQUEEZE)
        cached = False
        # (a ``find`` per term: in instructions fewer than one search of the terms' trie,
        # which is tried at every byte, whatever the text's size; bytes: find, not ``in``,
        # see text.numbers)
        for term in _squeezed_headers():
            if squeezed.find(term) >= 0:
                cached = True
                break
        doc.store("person:headers", cached)
    return bool(cached)


@lru_cache(maxsize=1)
def _squeezed_headers() -> tuple[bytes, ...]:
    """The header terms without spaces, leaving out those that hold another ("hoten" holds
    "ten"): where none of the rest occurs, none of them does."""
    terms = {t.replace(" ", "") for t in NAME_HEADERS.terms}
    return tuple(sorted(t.encode() for t in terms if not any(o != t and o in t for o in terms)))


_SQUEEZE = bytes(i for i in range(256) if chr(i).isspace() or chr(i) in "_?")


#: an honorific right before a name (folded)
_HONORIFIC_RIGHT_BEFORE = re.compile(r"(?<![a-z])(?:ong|ba|anh|chi|em|co|chu|bac)[ \t]+$")


def cued_unknown(
    doc: Document,
    words: list[tuple[int, int]],
    not_names: frozenset[str],
    givens: frozenset[str],
    detector_id: str,
) -> Detection | None:
    """Capitalised ``words`` (spans) right after a strong cue, the first not a lexicon surname
    ("ông Y Moan Niê"): a name if one of its first four words is a given name, and it is not
    an abbreviation, a heading, a place or an agency."""
    text = doc.text
    start = words[0][0]
    cue = cue_before(strong_cues(), doc, start, CUE_REACH)
    first = text[words[0][0] : words[0][1]]
    if cue is None and doc.folded.endswith(" la ", 0, start) and _foreign_surname(first):
        # "con là Choi Gia Hân", "con trai là Tanaka Minh Khôi": a child of a mixed family,
        # the kin word before "là", the father's foreign surname before Vietnamese given names
        # (any cue: "con" is weak alone, the foreign surname after "là" makes it a name)
        cue = cue_before(lexicons().cues, doc, start - 3, CUE_REACH)
    if cue is None or len(words) < 2:
        return None
    if fold(first).rstrip(".") in _ENGLISH_SALUTATIONS:
        return None  # "his mother Mrs Bui Thi Tuoi": the title is no word of the name after it
    if _contract_party(first, text[words[1][0] : words[1][1]]):
        return None  # "landlord // Bên A - Cho thuê": a contract's party, no "Ben"
    if first.isupper() and len(first) > 1 and not all(text[a:b].isupper() for a, b in words[1:3]):
        return None  # "TP Hà Nội", "UBND Xã": an abbreviation, not a name
    cue_at = doc.folded.rfind(cue, max(0, start - CUE_REACH), start)
    if (
        cue_at > 0
        and cue not in _TITLES_IN_CAPITALS
        and doc.text[cue_at].isupper()
        and doc.text[max(0, cue_at - 2) : cue_at].rstrip(" \t")[-1:]
        not in ("", ".", ":", "\n", ";")
        # a field's label ends with its colon: "registration — Name: Abdul Karim Rahman"
        and not doc.folded[cue_at + len(cue) : start].lstrip(" \t").startswith(":")
    ):
        # (a line's first word: the character before the cue is the line break, whatever the
        # line above ends with: "HỒ SƠ THI HÀNH ÁN\nNgười phải thi hành án: Điểu Thị Rinh")
        return None  # "huyện Đông Anh, TP ...": a capitalised 'Anh' inside a place name
    if (
        all(text[a:b].isupper() for a, b in words[:3])
        and not doc.folded[max(0, start - CUE_REACH) : start].rstrip().endswith(":")
        and not (
            cue_at >= 0
            and text[cue_at].islower()
            and _HONORIFIC_RIGHT_BEFORE.search(doc.folded, max(0, start - 8), start)
        )
    ):
        # an all-caps heading; a name in capitals follows a label with ':' or an honorific
        # in lower case inside a sentence ("con bà SÌNH THỊ MAI")
        return None
    if place_word_before(doc, start) or INSTITUTION_START.match(doc.folded, start):
        return None
    take = words[:4]
    folded = [fold(text[a:b]) for a, b in take]
    if " ".join(folded) in not_names or " ".join(folded[:2]) in not_names:
        return None
    if folded[0] in NEVER_IN_NAMES and is_legal_word(
        first, doc.folded[take[0][1] : take[0][1] + 8]
    ):
        return None  # "Can cu Luat Ngan sach": căn cứ Luật, not the honorific "cụ"
    if not any(w in givens for w in folded):
        foreign = _foreign_after_cue(text, take)
        if foreign is None:
            return None
        take = foreign
    end = take[-1][1]
    if text[end - 1] == ".":
        end -= 1
    if (
        len(words) == 2
        and cue in _BIRTH_ORDER_KIN
        and not first.isascii()
        and spelling(first) in _BIRTH_ORDER_SPELLINGS
        and not _given_of_a_full_name(text, text[start:end])
    ):
        # "bà Tư Hùng", "hộ anh Tư Rớt", "bà Năm Lựu": a southern birth-order word before
        # the given name, left out of the name as the corpus guide does ("bác ba Khởi")
        start = take[1][0]
    return Detection(
        EntityType.PERSON,
        start,
        end,
        SCORE_CUED_UNKNOWN,
        detector_id,
        pattern="person.cued",
        base_score=BASE_CUED_UNKNOWN,
        context=cue,
    )


#: what names a contract's party after "Bên" (folded): its letter ("Bên A", "Bên B") or its
#: role ("Bên Thuê", "Bên Cho thuê", "Bên Mua", "Bên Vay")
_PARTY_ROLES = frozenset(
    {"thue", "cho", "mua", "ban", "vay", "nhan", "giao", "gui", "bao", "duoc", "chuyen", "kia"}
)


def _contract_party(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` name a contract's party: "Bên" (or "Ben" before a
    single capital letter, a contract typed without diacritics: "Ben A thanh toan cho Ben B")
    and the party's letter or role; "Ben Carter" is a name."""
    if fold(first) != "ben":
        return False
    letter = len(second) == 1 and second.isupper()
    return letter or (spelling(first) == spelling("bên") and fold(second) in _PARTY_ROLES)


#: southern birth-order words before a given name ("bà Tư Hùng", "anh Sáu Hường"), spelled
#: with their marks (written without them, "Nam", "Tam", "Sau" are names and words as often)
_BIRTH_ORDER_SPELLINGS = frozenset(
    spelling(w) for w in ("tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "út")
)
#: the kin words before such a birth-order word (folded cues)
_BIRTH_ORDER_KIN = frozenset(
    {"ong", "ba", "bac", "chu", "co", "di", "cau", "mo", "thim", "cu", "anh", "chi", "em"}
)


def _given_of_a_full_name(text: str, pair: str) -> bool:
    """Whether the two words ``pair`` ("Út Em") close a full name elsewhere in the text, a
    capitalised word before them ("bà Quách Thị Út Em ... bà Út Em"): the person's given
    name of two words, its birth-order word and all."""
    at = text.find(pair)
    while at >= 0:
        k = at - 1
        if k > 0 and text[k] == " " and text[k - 1].isalpha():
            j = k - 1
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            if text[j].isupper() and fold(text[j:k]) not in _BIRTH_ORDER_KIN:
                return True
        at = text.find(pair, at + 1)
    return False


#: cues always written with a capital, wherever they stand ("thư mời Mr. Mark O'Brien"): no
#: place name hides in them as "Anh" does in "Đông Anh"
_TITLES_IN_CAPITALS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam"})


#: an English letter's salutation and titles (lower case), never words of a name
_ENGLISH_SALUTATIONS = frozenset(
    ("dear", "hi", "hello", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam")
)


def _foreign_surname(word: str) -> bool:
    """Whether ``word`` is a foreign surname of ``foreign_names.tsv`` that no Vietnamese
    syllable spells ("Choi", "Tanaka", "Park"; not "Kim", "Lee")."""
    from ai_guard.detectors.person.foreign import foreign_lexicon

    return (
        word.isascii()
        and fold(word) in foreign_lexicon().surnames
        and not is_vietnamese_syllable(word)
    )


def _acronym(word: str, mixed: bool) -> bool:
    """Whether ``word`` is an acronym in capitals of two to five letters ("API", "SQL") in a
    run whose other words are not all in capitals (``mixed``)."""
    return mixed and 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def _foreign_after_cue(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The words of a foreign name after a strong cue that no lexicon knows ("Anh Somchai
    Srisuk", "Dr. Rajesh Kumar", "bà Siobhan O'Connor"): two to four words written without
    Vietnamese diacritics, one of them at least no Vietnamese syllable, none a company's
    word ("Motor", "Group"). None otherwise ("ông Văn Phòng", "anh Ba Đình" are Vietnamese)."""
    from ai_guard.detectors.person.foreign import foreign_lexicon
    from ai_guard.detectors.person.shape import is_vietnamese_syllable

    orgs = foreign_lexicon().orgs
    taken: list[tuple[int, int]] = []
    for a, b in words:
        raw = text[a:b].rstrip(".")
        if not raw or fold(raw).replace("'", "") in orgs:
            break
        if not (raw.isascii() or fold(raw) == raw.lower()):
            break  # a Vietnamese word: the foreign name, if any, ended before it
        if raw.lower() in _ENGLISH_SALUTATIONS:
            break  # "for me: Dear Mr. ...": "me" is no "mẹ", "Dear Mr" no one's name
        taken.append((a, b))
    mixed = not all(text[a:b].isupper() for a, b in taken)
    if len(taken) < 2 or all(
        is_vietnamese_syllable(text[a:b].rstrip(".")) or _acronym(text[a:b], mixed)
        for a, b in taken
    ):
        return None  # "name: Goi API tom tat": an acronym is no foreign word of a name
    return taken


#: honorifics in capitals before a name in capitals ("ÔNG NGUYỄN VĂN AN"), as written
_CAPITAL_HONORIFICS = frozenset({"ÔNG", "BÀ", "ANH", "CHỊ", "ONG", "BA", "CHI"})
#: how they are looked for on the folded view with its letter case (a space after each)
_HONORIFIC_NEEDLES = ("ONG ", "BA ", "ANH ", "CHI ")
# a run of words in capitals, on the folded view with its letter case (one ASCII capital per
# Vietnamese one); the look-behind comes after the capital so the engine skips to capitals
_CAPS_RUN = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]*(?: {1,2}[A-Z]+){2,}(?![A-Za-z0-9])")
# three or more words in capitals right after an honorific
_CAPS_WORDS = re.compile(r"[A-Z]+(?: {1,2}[A-Z]+){2,}(?![A-Za-z0-9])")
_LETTERS = re.compile(r"[A-Z]+")


#: what :func:`capitals_by_place` needs: a capital and three words (three words in capitals
#: after an honorific, or a cell of three words in capitals)
CAPITALS_NEEDS = Needs(capital=True, words=3)


def capitals_by_place(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """Names in capitals that the other paths leave as headings: a full name right after an
    honorific in capitals, or a whole table cell with the full shape of a name. The honorifics
    are found by substring searches (far faster than a pattern over the text), the runs of
    capitals only in a prompt with a table."""
    cased = doc.folded_cased
    text = doc.text
    # (asked in log time: a list walked per honorific or run was quadratic in a long table)
    taken = Reach((d.start, d.end) for d in found if d.score >= REPORT_FLOOR)
    done = SpanSet()  # the names taken here: none overlaps another
    for needle in _HONORIFIC_NEEDLES:
        i = cased.find(needle)
        while i >= 0:
            a, b = i, i + len(needle) - 1
            i = cased.find(needle, i + 1)
            if (a > 0 and cased[a - 1].isalnum()) or text[a:b] not in _CAPITAL_HONORIFICS:
                continue  # "PHONG ", "CONG ": inside a word
            run = _CAPS_WORDS.match(cased, b + 1)
            if run is None or _overlaps(taken, done, run.start(), run.end()):
                continue
            words = [
                (w.start() + run.start(), w.end() + run.start())
                for w in _LETTERS.finditer(run.group())
            ]
            span = _full_name(doc, words, cued=True)
            if span is not None:
                done.add(*span)
                yield _placed(span, SCORE_CAPITALS_HONORIFIC, fold(text[a:b]), detector_id)
    if "|" not in cased and "\t" not in cased:
        return
    for m in _CAPS_RUN.finditer(cased):
        s, e = m.span()
        if _overlaps(taken, done, s, e) or not _whole_cell(text, s, e):
            continue
        words = [(w.start() + s, w.end() + s) for w in _LETTERS.finditer(m.group())]
        span = _full_name(doc, words)
        if span == (s, e):
            yield _placed(span, SCORE_CAPITALS_CELL, "table cell", detector_id)


def _overlaps(taken: Reach, done: SpanSet, start: int, end: int) -> bool:
    return taken.overlaps(start, end) or done.overlaps(start, end)


def _full_name(
    doc: Document, words: list[tuple[int, int]], *, cued: bool = False
) -> tuple[int, int] | None:
    """The span of the full name (lexicon surname, middle names, a given name; three or four
    words) that ``words`` start with, or None. ``cued``: right after an honorific in capitals,
    where "VĂN"/"THỊ" and one more Vietnamese syllable make the name whatever its given name
    ("HỘ ÔNG LÂM VĂN DẾN": "Dến" is in no lexicon)."""
    surnames, middles, givens, not_names, _ = lexicons()
    text = doc.text
    folded = [fold(text[a:b]) for a, b in words[:4]]
    if len(folded) < 3 or folded[0] not in surnames:
        return None
    if not spelled_as_surname(text[words[0][0] : words[0][1]].title(), doc, words[0][0]):
        return None
    k = 1
    while k < len(folded) and (folded[k] in middles or folded[k] in givens):
        k += 1
    while k > 2 and folded[k - 1] not in givens:
        k -= 1
    if (
        cued
        and k == 2
        and folded[1] in ("van", "thi")
        and is_vietnamese_syllable(text[words[2][0] : words[2][1]].lower())
    ):
        k = 3
    if k < 3 or folded[1] not in middles:
        return None
    start, end = words[0][0], words[k - 1][1]
    phrase = " ".join(folded[:k])
    if phrase in not_names or " ".join(folded[:2]) in not_names:
        return None
    if is_public_figure(text[start:end].title()):
        return None
    return start, end


def _whole_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a cell of a row ("|" or tab delimited) that has
    other cells."""
    ls, le = line_bounds(text, start)
    line_end = le if le >= 0 else len(text)
    before = text[ls:start].rstrip(" ")
    after = text[end:line_end].lstrip(" ")
    if before and before[-1] not in "|\t":
        return False
    if after and after[0] not in "|\t":
        return False
    return bool(before.strip(" |\t") or after.strip(" |\t"))


def _placed(span: tuple[int, int], score: float, context: str, detector_id: str) -> Detection:
    return Detection(
        EntityType.PERSON,
        span[0],
        span[1],
        score,
        detector_id,
        pattern="person.capitals_placed",
        base_score=BASE_CAPITALS_PLACED,
        context=context,
    )
