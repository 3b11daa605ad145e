"""check_prompt stays linear under dense findings (issue 14): the searches that looked back or
forward without a bound, and the per-candidate walks over a growing list, that sp11-linear
bounded or indexed.

Two kinds of tests, neither timed:

* steps: on a long text each fixed function reads a bounded number of characters per call
  (a ``str`` that counts what is read of it), or its own Python steps grow in proportion to
  the text (``sys.settrace`` line events inside its module, counted at two sizes);
* properties: each bounded or indexed search answers as the unbounded one it replaced (kept
  here as the reference), on texts of realistic shape (lines, blanks, punctuation, names).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable
from functools import cache
from types import FrameType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors import phone
from ai_guard.detectors._spans import Reach
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person import given as given_module
from ai_guard.detectors.person import surname_first, words
from ai_guard.detectors.person.confirmed import _places, confirmed_names
from ai_guard.detectors.person.context import NOT_PERSON_BEFORE_SPELLINGS
from ai_guard.detectors.person.cued import capitals_by_place
from ai_guard.detectors.registry import builtin_detectors
from ai_guard.models import EntityType
from ai_guard.public_role import _under_a_title
from ai_guard.text import Document
from ai_guard.text.match import spelling
from ai_guard.text.typing import _near
from benchmarks.corpus import mixed_text
from benchmarks.scaling import one_line


class Counting(str):
    """A ``str`` that counts the characters read of it: by a slice or an index (the length
    read), by ``find``/``rfind`` (the characters scanned before the answer)."""

    read = 0

    def __getitem__(self, key: Any) -> str:  # type: ignore[override]
        out = str.__getitem__(self, key)
        Counting.read += len(out)
        return out

    def _scanned(self, lo: int | None, hi: int | None, at: int, sub: str, back: bool) -> int:
        lo = 0 if lo is None else max(0, lo if lo >= 0 else len(self) + lo)
        hi = len(self) if hi is None else min(len(self), hi if hi >= 0 else len(self) + hi)
        if at < 0:
            return max(0, hi - lo)
        return hi - at if back else at + len(sub) - lo

    def find(self, sub: str, lo: Any = None, hi: Any = None) -> int:  # type: ignore[override]
        at = str.find(self, sub, lo, hi)
        Counting.read += self._scanned(lo, hi, at, sub, back=False)
        return at

    def rfind(self, sub: str, lo: Any = None, hi: Any = None) -> int:  # type: ignore[override]
        at = str.rfind(self, sub, lo, hi)
        Counting.read += self._scanned(lo, hi, at, sub, back=True)
        return at


def _counted(doc: Document) -> Document:
    doc.text = Counting(doc.text)
    Counting.read = 0
    return doc


def _person() -> Any:
    return next(d for d in builtin_detectors() if d.id == "vn.person")


def _steps(module_file: str, call: Callable[[], object]) -> int:
    """Python line events inside ``module_file`` (its functions and generator expressions)
    while ``call`` runs: a count of steps that does not depend on the machine's load."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        return local if frame.f_code.co_filename == module_file else None

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def _growth(module_file: str, run: Callable[[str], object], make: Callable[[int], str]) -> float:
    """How many times the steps grow when the text grows four times."""
    small = _steps(module_file, lambda: run(make(20_000)))
    large = _steps(module_file, lambda: run(make(80_000)))
    return large / max(small, 1)


# -- steps: the per-candidate walks over the findings --------------------------------------------
def _with_found(fn: Callable[..., Any]) -> Callable[[str], object]:
    """``fn(doc, found, detector_id)`` on the text, ``found`` every name the detector finds."""

    def run(text: str) -> object:
        doc = Document(text)
        found = list(_person()._detect(doc))
        return list(fn(doc, found, "vn.person"))

    return run


def test_confirmed_names_take_steps_in_proportion_to_the_text() -> None:
    """Each reference was checked against every name found, each candidate against every
    name taken: quadratic on a one-line file (16x the time for 4x the text)."""
    from ai_guard.detectors.person import confirmed

    make = lambda n: one_line(mixed_text(n))  # noqa: E731
    assert _growth(confirmed.__file__, _with_found(confirmed_names), make) < 4.6


def test_given_names_alone_take_steps_in_proportion_to_the_text() -> None:
    """``free`` walked every name found for every candidate."""
    make = lambda n: one_line(mixed_text(n))  # noqa: E731
    growth = _growth(given_module.__file__, _with_found(given_module.given_names_alone), make)
    assert growth < 4.6


def test_birth_marked_names_take_steps_in_proportion_to_the_text() -> None:
    """Each birth mark copied every name found before it (the spans it may straddle): 10 s of
    a dense megabyte's 14, quadratic; a mark now reads the few spans that reach its window."""
    from ai_guard.detectors.person import birth_marked

    make = lambda n: mixed_text(n)  # noqa: E731
    run = _with_found(birth_marked.birth_marked_names)
    assert _growth(birth_marked.__file__, run, make) < 4.6


def test_names_in_capitals_take_steps_in_proportion_to_the_text() -> None:
    """Every honorific in capitals walked the names found and those taken."""
    from ai_guard.detectors.person import cued

    unit = "ÔNG TRẦN VĂN BÌNH nộp đơn, BÀ LÊ THỊ HOA ký nhận; "
    make = lambda n: unit * (n // len(unit))  # noqa: E731
    assert _growth(cued.__file__, _with_found(capitals_by_place), make) < 4.6


def test_a_repeated_phrase_is_looked_for_once() -> None:
    """Each "bà tư" found looked for every other in the whole text: as many reads of the text
    as findings."""
    text = "bà tư bán nước, " * 5000
    found = [(m.start() + 3, m.start() + 5, "ba") for m in re.finditer("bà tư", text)]
    counted = Counting(text)
    Counting.read = 0
    list(given_module._repeats(counted, found, lambda s, e: True))
    assert Counting.read <= 2 * len(text)


# -- steps: the reads back to a line's start, forward to its end ---------------------------------
@cache
def _long_line() -> str:
    return one_line(mixed_text(400_000))


def _middle_names(doc: Document, limit: int = 40) -> list[tuple[int, int]]:
    found = [d for d in _person()._detect(doc) if d.start > len(doc.text) // 3]
    return [(d.start, d.end) for d in found[:limit]]


def test_a_signer_is_looked_for_on_a_long_line_in_bounded_reads() -> None:
    doc = Document(_long_line())
    names = _middle_names(doc)
    _counted(doc)
    for s, e in names:
        _under_a_title(doc, s, e)
    assert names
    assert Counting.read <= 200 * len(names)


def test_a_place_word_is_read_in_bounded_reads() -> None:
    doc = Document(_long_line())
    names = _middle_names(doc)
    _counted(doc)
    for s, _ in names:
        surname_first._spelled_as_place_word(doc, s, "cho")
    assert names
    assert Counting.read <= 1000 * len(names)  # (plain_line reads 800 at most)


def test_a_plain_stretch_is_read_in_bounded_reads() -> None:
    doc = Document(_long_line())
    names = _middle_names(doc)
    _counted(doc)
    for s, _ in names:
        words._plain_stretch(doc, s)
    assert names
    assert Counting.read <= 100 * len(names)


def test_a_capitalised_cue_on_a_long_line_is_read_in_bounded_reads() -> None:
    text = Counting("Anh Tuấn nói, " * 20_000)
    Counting.read = 0
    for pos in range(len(text) // 2, len(text) // 2 + 14 * 50, 14):
        given_module._opens_line(text, pos)
    assert Counting.read <= 50 * 10


# -- properties: each bounded search answers as the unbounded one --------------------------------
_PIECES = [
    "Anh ",
    "anh ",
    "Chị Lan",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "-",
    "*",
    ">",
    ":",
    ".",
    ",",
    ";",
    "(",
    ")",
    '"',
    "/",
    "cho",
    "chợ",
    "Nguyễn Văn An",
    "NGUYỄN VĂN AN",
    "ĐÃ KÝ",
    "(Đã ký)",
    "GIÁM ĐỐC",
    "|",
    "x",
    "TS. ",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 400))
def test_opens_line_answers_as_the_read_back_to_the_line_start(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    plain = not text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t-*>")
    assert given_module._opens_line(text, pos) == plain


def _plain_place_word(doc: Document, start: int, word: str) -> bool:
    """``_spelled_as_place_word`` as it was, the text before ``start`` copied whole."""
    head = doc.text[:start].rstrip(" \t:.,;()[]\"'/*-")
    raw = head[len(head) - len(word) :]
    if not raw.isascii() or words.plain_line(doc, start):
        return True
    return spelling(raw) in NOT_PERSON_BEFORE_SPELLINGS


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 400), st.sampled_from(["cho", "cau", "xa", "duong", "a"]))
def test_place_word_spelling_answers_as_the_whole_copy(text: str, start: int, word: str) -> None:
    doc = Document(text)
    start = min(start, len(doc.text))
    assert surname_first._spelled_as_place_word(doc, start, word) == _plain_place_word(
        doc, start, word
    )


def _plain_stretch(doc: Document, pos: int) -> bool:
    text = doc.text
    end = text.find("\n", pos)
    stretch = text[pos : pos + 40 if end < 0 else min(end, pos + 40)]
    return len(stretch) == 40 and words._typed_plain(stretch)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 400))
def test_plain_stretch_answers_as_the_read_to_the_line_end(text: str, pos: int) -> None:
    doc = Document(text)
    pos = min(pos, len(doc.text))
    assert words._plain_stretch(doc, pos) == _plain_stretch(doc, pos)


def _spans_in(text: str) -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(0, len(text)), st.integers(1, 20)).map(
        lambda p: (p[0], min(len(text), p[0] + p[1]))
    )


def _plain_under_a_title(doc: Document, start: int, end: int) -> bool:
    """``_under_a_title`` as it was: the line read whole to its end and from its start."""
    from ai_guard.public_role import _SIGNED_NOTE, _SIGNER_PREFIX, _whole_title

    text = doc.text
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if text[end:le].strip(" \t.,;") or _SIGNER_PREFIX.match(doc.folded, ls, start) is None:
        return False
    pos = ls - 1
    signed = False
    for _ in range(5):
        if pos <= 0:
            return False
        above, line_end = text.rfind("\n", 0, pos) + 1, pos
        line = text[above:pos].strip()
        note = _SIGNED_NOTE.match(doc.folded, above, pos) is not None
        pos = above - 1
        if not line or note:
            signed = signed or note
            continue
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 4 and all(c.isupper() for c in letters):
            return True
        return signed and _whole_title(doc.folded[above:line_end])
    return False


@settings(max_examples=300, deadline=None)
@given(st.data(), _TEXTS)
def test_signer_line_answers_as_the_whole_line_read(data: st.DataObject, text: str) -> None:
    doc = Document(text)
    start, end = data.draw(_spans_in(doc.text))
    if end > start:
        assert _under_a_title(doc, start, end) == _plain_under_a_title(doc, start, end)


def _plain_cell_run_on(doc: Document, found: Detection) -> Detection:
    """``_cell_run_on`` as it was: the rest of the line read to the next line break."""
    from ai_guard.detectors.person import _CELL_REST

    text = doc.text
    le = text.find("\n", found.end)
    if le < 0 or text[found.end : le].strip(" \t\r"):
        return found
    ls = text.rfind("\n", 0, found.start) + 1
    if "|" not in text[ls : found.start]:
        return found
    m = _CELL_REST.match(text, found.end)
    if m is None:
        return found
    name, rest = text[found.start : found.end], m.group(1)
    if not (name.isupper() and rest.isupper()) and not (name.istitle() and rest.istitle()):
        return found
    return dataclasses.replace(found, end=m.end(1))


@settings(max_examples=300, deadline=None)
@given(st.data(), _TEXTS)
def test_cell_run_on_answers_as_the_read_to_the_line_end(data: st.DataObject, text: str) -> None:
    from ai_guard.detectors.person import _cell_run_on

    doc = Document(text)
    start, end = data.draw(_spans_in(doc.text))
    if end > start:
        found = Detection(EntityType.PERSON, start, end, 0.9, "vn.person")
        assert _cell_run_on(doc, found) == _plain_cell_run_on(doc, found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=12).map(sorted), st.integers(0, 70), st.integers(0, 3))
def test_near_answers_as_the_walk_over_every_strong_word(
    strong: list[int], k: int, reach: int
) -> None:
    assert _near(strong, k, reach) == any(abs(k - j) <= reach for j in strong)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12),
    st.integers(0, 80),
)
def test_reach_holds_a_point_as_the_plain_search(spans: list[tuple[int, int]], r: int) -> None:
    pairs = [(a, a + n) for a, n in spans]
    assert Reach(pairs).holds(r) == any(a <= r < b for a, b in pairs)


_GIVEN_WORDS = ["An", "an", "Lan", "Hoa", "Hòa", "Tú", "Minh", "Hà", "Nam", "Ánh", "Tuấn"]
_NAME_PIECES = [*_GIVEN_WORDS, " ", "-", "'", "’", "Anh", "Lanh", "1", "_", ", ", "\n", "ông "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_NAME_PIECES), max_size=60).map("".join),
    st.lists(st.sampled_from([*_GIVEN_WORDS, "a-b", "Ô'"]), unique=True, max_size=11),
)
def test_places_answer_as_each_names_own_search(text: str, names: list[str]) -> None:
    """One pass over the words (more than eight names) or one search per name: the places
    of each name's pattern, whole words only."""
    expected = {
        n: [
            m.start()
            for m in re.finditer(r"(?<![^\W\d_])" + re.escape(n) + r"(?![^\W\d_'’-])", text)
        ]
        for n in names
    }
    assert _places(text, names) == expected


# -- the phone number's line, as far as its searches reach ---------------------------------------
def _plain_agency_line(doc: Document, start: int, end: int, number: str) -> bool:
    if number.startswith("+842"):
        number = "0" + number[3:]
    if not (number.startswith("02") and len(number) == 11):
        return False
    folded = doc.folded
    line = folded.rfind("\n", 0, start) + 1
    if phone._AGENCY_BEFORE.search(folded, max(line, start - 80), start) is not None:
        return True
    if phone._AGENCY_SEAT.search(folded, max(line, start - phone._SEAT_REACH), start) is not None:
        return True
    if phone._office_contact(doc, max(line, start - phone._SEAT_REACH), start):
        return True
    return phone._AGENCY_AFTER.match(folded, end) is not None


def _plain_placeholder(doc: Document, start: int, end: int, number: str) -> bool:
    national = "0" + number[3:] if number.startswith("+84") else number
    if not (national.startswith("0") and len(national) >= 10 and not national[3:].strip("0")):
        return False
    folded = doc.folded
    lo = max(folded.rfind("\n", 0, start) + 1, start - phone._EXAMPLE_REACH)
    hi = folded.find("\n", end)
    hi = min(end + phone._EXAMPLE_REACH, len(folded) if hi < 0 else hi)
    return phone.EXAMPLE_WORDS.search(folded, lo, hi) is not None


_PHONE_PIECES = [
    "Văn phòng UBND xã ",
    "liên hệ Phòng Nội vụ ",
    "ví dụ ",
    "mẫu nhập ",
    "chị Hoa ",
    "024 3825 5555",
    "0900000000",
    "\n",
    " ",
    "x" * 30,
    "(Văn phòng Sở Tư pháp)",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_PIECES), max_size=30).map("".join), st.data())
def test_phone_line_reads_answer_as_the_whole_line(text: str, data: st.DataObject) -> None:
    doc = Document(text)
    for m in re.finditer(r"024 3825 5555|0900000000", doc.text):
        s, e = m.span()
        landline, zeros = "02438255555", "0900000000"
        assert phone._agency_line(doc, s, e, landline) == _plain_agency_line(doc, s, e, landline)
        assert phone._placeholder(doc, s, e, zeros) == _plain_placeholder(doc, s, e, zeros)


def _distinct_words(n: int) -> list[str]:
    """``n`` distinct words of letters (``bac``, ``bad`` ...), none inside another."""
    letters = "bcdghklmnpqrstvx"
    return [f"{a}a{b}{c}" for a in letters for b in letters for c in "aeiou"][:n]


def test_many_distinct_phrases_are_looked_for_in_one_reading() -> None:
    """Each distinct "bà <name>" found was looked for with ``str.find`` over the whole text:
    a CSV of thousands of names read the text once per name (here 400 reads)."""
    names = [w.title() for w in _distinct_words(400)]
    text = "".join(f"bà {name} bán nước, " for name in names) * 8
    found = [(m.start() + 3, m.end(), "ba") for m in re.finditer(r"bà \w+", text)]
    counted = Counting(text)
    Counting.read = 0
    again = list(given_module._repeats(counted, found, lambda s, e: True))
    assert again == []  # every place was found already
    assert Counting.read <= 2 * len(text)


def test_many_listed_givens_are_looked_for_in_one_reading() -> None:
    """Each given name of the full names found was looked for with ``str.find`` over the
    whole text (400 givens: 400 reads of it)."""
    from ai_guard.detectors.person.chat_kin import listed_references

    words = _distinct_words(400)
    text = "".join(f"nguyen van {w}: {w}, " for w in words) * 4
    full = [(m.start(), m.end()) for m in re.finditer(r"nguyen van \w+", text)]
    doc = Document(text)
    doc.folded = Counting(doc.folded)
    Counting.read = 0
    listed = list(listed_references(doc, full, lambda s, e: True))
    assert len(listed) == 4 * 400  # each given after its full name's ':' stands as an item
    assert Counting.read <= 2 * len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab .,-\n1"), max_size=80),
    st.lists(st.text(alphabet=st.sampled_from("ab .-1"), min_size=1, max_size=5), max_size=6),
    st.booleans(),
)
def test_whole_places_answer_as_each_phrases_own_search(
    text: str, phrases: list[str], one_pattern: bool
) -> None:
    """One reading for every phrase finds what a ``str.find`` loop per phrase found: each
    place with no letter or digit touching it, overlapping places included."""
    from ai_guard.text import match

    def each(phrase: str) -> list[int]:
        out, at, n = [], text.find(phrase), len(phrase)
        while at >= 0:
            if (at == 0 or not text[at - 1].isalnum()) and (
                at + n >= len(text) or not text[at + n].isalnum()
            ):
                out.append(at)
            at = text.find(phrase, at + 1)
        return out

    limits = match._FIND_EACH_PHRASES, match._FIND_EACH_LIMIT
    if one_pattern:
        match._FIND_EACH_PHRASES, match._FIND_EACH_LIMIT = -1, -1
    try:
        places = match.whole_places(text, phrases)
    finally:
        match._FIND_EACH_PHRASES, match._FIND_EACH_LIMIT = limits
    assert places == {p: each(p) for p in phrases}
