"""The numeric family's seeded scans (issue 14, speed) answer what the whole-text scans they
replace answered: a pattern is tried only where a byte sketch of the folded view says a
match may start, and the matches are ``finditer``'s, in order, none inside another."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors import _cues
from ai_guard.detectors.insurance import HealthInsuranceDetector
from ai_guard.detectors.registry import builtin_detectors
from ai_guard.detectors.vehicle import _PLATE, _plates
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.numbers import (
    _MIXED_SEED,
    _OCR_SEED,
    _OCR_SKETCH,
    _ODD_RUN,
    _ODD_SKETCH,
    _THOUSANDS_RUN,
    _mixed_seeds,
    _ocr_seed_starts,
    _odd_separator_tokens,
    number_tokens,
    ocr_seeds,
)

# digits, the letters of plate series in both cases (Đ too), hyphens, en dashes, dots,
# spaces, line breaks and characters the canonical reading rewrites (a no-break space, a
# zero-width space, a full-width digit)
_PLATE_CHARS = "0123456789ABCDEFGHKLMNPSTUVXYZabhkđĐ-–. \n\u00a0\u200b１"
_PLATE_PIECES = st.one_of(
    st.text(_PLATE_CHARS, max_size=12),
    st.sampled_from(
        ["30A-123.45", "29-B1 123.45", "77C 012.34", "30E12345", "29h1-456.78", "59-X2 1234"]
    ),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PLATE_PIECES, max_size=6))
def test_plates_from_seeds_are_the_patterns_matches(pieces: list[str]) -> None:
    doc = Document("".join(pieces))
    expected = [m.span() for m in _PLATE.finditer(doc.text)]
    assert [m.span() for m in _plates(doc)] == expected, doc.text


def test_plates_in_prose_are_found_from_their_seeds() -> None:
    doc = Document("Xe 30A-123.45 và xe máy 29-B1 123.45, năm 2025 có 25 bộ máy; 17h00.")
    assert [m.group(0) for m in _plates(doc)] == ["30A-123.45", "29-B1 123.45"]


# digit words (with and without diacritics, "năm" before a year and not), digits, the
# separators a number read out in chat carries, and other words
_MIXED_PIECES = st.one_of(
    st.sampled_from(
        [
            "không",
            "khong",
            "một",
            "mot",
            "hai",
            "ba",
            "bốn",
            "tư",
            "năm",
            "nam",
            "lăm",
            "sáu",
            "bảy",
            "bay",
            "tám",
            "chín",
            "linh",
            "lẻ",
            "nhăm",
            "mười",
            "Ba",
            "từ",
            "ngày",
            "số",
        ]
    ),
    st.text("0123456789", min_size=1, max_size=4),
    st.sampled_from(["2024", "1985", "19", "20"]),
    st.text("abnmtx", min_size=1, max_size=3),
)
_MIXED_GLUE = st.sampled_from([" ", "  ", ", ", " , ", ". ", " - ", "-", "\n", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_MIXED_PIECES, _MIXED_GLUE), max_size=10))
def test_mixed_seeds_are_the_patterns_matches(parts: list[tuple[str, str]]) -> None:
    typed = "".join(p + g for p, g in parts)
    # short texts are searched as they are; past _SEED_SKETCH_MIN the sketch finds the seeds
    for text in (typed, "văn bản số " * 30 + typed, typed + " ghi chú" * 40):
        folded = Document(text).folded
        expected = [m.span() for m in _MIXED_SEED.finditer(folded)]
        assert [m.span() for m in _mixed_seeds(folded)] == expected, folded


def test_a_number_typed_half_in_words_is_still_read() -> None:
    doc = Document("sdt cua em la 09 một hai 345 678 nhé")
    (tok,) = [t for t in number_tokens(doc) if t.reading is not None]
    assert tok.reading == "0912345678"


_CUE_PIECES = st.one_of(
    st.sampled_from(["BHYT", "bảo hiểm", "thẻ", "BHXH", "GPLX", "bằng lái", "CMND", "số", "hiem"]),
    st.text("abhmnostuy", min_size=1, max_size=4),
    st.sampled_from(["0123456789", "125.000.000.000", "7912345678"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_CUE_PIECES, st.sampled_from([" ", "_", ": ", "\n", ""])), max_size=8))
def test_a_cue_set_is_present_only_where_it_is_possible(parts: list[tuple[str, str]]) -> None:
    doc = Document("".join(p + g for p, g in parts))
    for name in ("bhyt", "bhxh", "cmnd", "driver_license", "passport", "bank"):
        cues = _cues.cue_set(name)
        if cues.present(doc):
            assert cues.possible(doc), (name, doc.text)


def test_a_cued_family_without_a_needle_in_the_text_skips_its_walk() -> None:
    # a 12-digit amount in a long text: the walk would ask a cue for each 10-digit window
    text = "Tổng số tiền thu được 125.000.000.000 đồng. " + "Văn phong trang trọng. " * 80
    doc = Document(text)
    det = HealthInsuranceDetector()
    assert not det.may_apply(doc)
    assert list(det.detect(doc)) == []
    cued = Document("Thẻ BHYT số 7912345678. " + "Văn phong trang trọng. " * 80)
    assert det.may_apply(cued)
    assert [d.entity for d in det.detect(cued)] == [EntityType.HEALTH_INSURANCE]


def test_a_needle_inside_another_word_is_not_enough() -> None:
    # "bang" (the needle of "bằng lái") stands in "bảng"; "lai" stands nowhere
    gplx = _cues.cue_set("driver_license")
    table = Document("Trình bày thành bảng 3 cột, tổng 125.000.000.000 đồng.")
    assert not gplx.possible(table)
    assert not gplx.present(table)
    licence = Document("Bằng lái số 012345678901")
    assert gplx.possible(licence)
    assert gplx.present(licence)


@settings(max_examples=500, deadline=None)
@given(st.text("OolISBbisxaLỉòóô0123 .-\u200b１", max_size=30))
def test_ocr_seeds_from_the_sketch_are_the_patterns_matches(text: str) -> None:
    doc = Document(text)
    sketch = doc.folded.encode("ascii", "replace").translate(_OCR_SKETCH)
    expected = [m.start() for m in _OCR_SEED.finditer(doc.text)]
    assert _ocr_seed_starts(doc.text, sketch) == expected, doc.text
    assert ocr_seeds(doc) == expected


def test_an_ocr_read_number_is_still_a_token() -> None:
    doc = Document("CCCD: 0O1O85O12345, ngày cấp 2021; chị Thủy ỉ 5 lần")
    (tok,) = [t for t in number_tokens(doc) if t.ocr]
    assert doc.text[tok.start : tok.end] == "0O1O85O12345"


# digits grouped by every separator a number token knows (one space, dot, hyphen, tab, line
# break, two spaces, " - ", "+", an area code, "(0)") and by commas, underscores, slashes
_TOKEN_PIECES = st.one_of(
    st.text("0123456789", min_size=1, max_size=5),
    st.sampled_from(
        [" ", ".", "-", "\t", "\n", "  ", " - ", ".\n", "\r\n", "+", "+84 ", "(028) ", " (0) ",
         ",", "_", "/", "x", "ngày ", "01.07.2025", "2025-07-01", ".0", "đồng"]
    ),
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=14))
def test_a_token_groups_are_its_digit_runs(pieces: list[str]) -> None:
    # the groups of a run read from its own string are the runs of digits between its start
    # and end, as a scan of the text finds them (an "(0)" after a country code aside)
    doc = Document("".join(pieces))
    text = doc.text
    for tok in number_tokens(doc):
        if tok.ocr or tok.reading is not None or "(0)" in text[tok.start : tok.end]:
            continue
        runs = tuple(
            m.span() for m in re.finditer(r"[0-9]+", text[: tok.end]) if m.start() >= tok.start
        )
        assert tok.groups == runs, (text, tok)
        assert tok.ndigits == sum(b - a for a, b in tok.groups)


def _odd_tokens_from_every_pair(text: str, folded: str) -> list[tuple[int, int]]:
    """The runs :func:`_odd_separator_tokens` reads, looked for from every digit, separator,
    digit of the sketch (its seed is a narrower place)."""
    out: list[tuple[int, int]] = []
    sketch = folded.encode("ascii", "replace").translate(_ODD_SKETCH)
    hit = sketch.find(b"1s1")
    while hit >= 0:
        s = sketch.find(b"1", sketch.rfind(b" ", 0, hit) + 1)
        e = sketch.find(b" ", hit)
        e = len(sketch) if e < 0 else e
        hit = sketch.find(b"1s1", e)
        if sketch.count(b"1", s, e) < 9 or sketch.count(b"s", s, e) < 2:
            continue
        m = _ODD_RUN.match(text, s)
        if m is None:
            continue
        digits = sum(c.isdigit() for c in m.group(0))
        if 9 <= digits <= 13 and not _THOUSANDS_RUN.fullmatch(text, *m.span()):
            out.append(m.span())
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=14))
def test_odd_separator_runs_from_seeds_are_every_pairs(pieces: list[str]) -> None:
    doc = Document("".join(pieces))
    found = [(t.start, t.end) for t in _odd_separator_tokens(doc.text, doc.folded)]
    assert found == _odd_tokens_from_every_pair(doc.text, doc.folded), doc.text


def test_an_identifier_grouped_by_commas_is_read_beside_decimals_and_dates() -> None:
    doc = Document("tỷ lệ 85,6%, ngày 12/03/2025, CCCD 001,085,012,345 và 1,500,000,000 đồng")
    found = [doc.text[t.start : t.end] for t in _odd_separator_tokens(doc.text, doc.folded)]
    assert found == ["001,085,012,345"]


# the families whose numbers a spreadsheet may have stored without their leading zeros
_RESTORING = [d for d in builtin_detectors() if getattr(d, "dropped_zeros", None) is not None]


@settings(max_examples=500, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=14))
def test_a_token_passed_over_for_restoring_restores_nothing(pieces: list[str]) -> None:
    # the gate asked before the restoring walk (``_may_restore``) says no only where the walk
    # itself, kept here as the reference, finds no cell to restore
    doc = Document("".join(pieces))
    for det in _RESTORING:
        for tok in number_tokens(doc):
            if tok.plus or tok.reading is not None or det._may_restore(doc.text, tok):
                continue
            assert list(det._restored(doc, tok)) == [], (det.id, doc.text, tok)


def test_a_number_whose_zero_a_spreadsheet_dropped_is_still_restored() -> None:
    # one cell of nine digits under its column (the phone's zero dropped), and two cells of a
    # tab-separated row whose whole run is too long to be one number
    assert _RESTORING
    text = "Số CCCD\tSĐT\n34187002913\t912604387\n"
    doc = Document(text)
    restored = {
        (det.id, doc.text[c.start : c.end], c.digits)
        for det in _RESTORING
        for tok in number_tokens(doc)
        if det._may_restore(doc.text, tok)
        for c in det._restored(doc, tok)
    }
    assert ("vn.cccd", "34187002913", "034187002913") in restored
    assert ("vn.phone", "912604387", "0912604387") in restored


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=14))
def test_no_window_holds_more_digits_than_its_token(pieces: list[str]) -> None:
    # the walk skips a token's windows when the family needs more digits than it holds
    doc = Document("".join(pieces))
    for tok in number_tokens(doc):
        for _start, _end, digits in tok.windows(doc.text, 1, 40, 40):
            assert len(digits) <= tok.ndigits, (doc.text, tok)
