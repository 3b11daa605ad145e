"""The disguise reading's cheap tests on every prompt (``ai_guard.text.disguises``) give what
the full reading gives: a run of digits alone that decodes to no text is skipped before the
base64 pattern and the decoding (most long runs in a prompt are a CCCD or a phone number), and
a number half in words is looked for only where the word right before the digits is a digit
word. Gate on and off agree (hypothesis), and each gate still lets through what it must."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ai_guard.text.disguises as d
from ai_guard.text import Document
from ai_guard.text.numbers import digit_word, read_number_words


def _words_then_digits_before(
    text: str, folded: str, raw: bytes, found: list[tuple[int, int, str, bool]]
) -> None:
    """The function as it stood before its first-word test (the reference)."""
    sketch = raw.translate(d._WORD_DIGITS_SKETCH)
    hit = sketch.find(b"a 111")
    while hit >= 0:
        p = hit + 2
        hit = sketch.find(b"a 111", p)
        # three digit words before the digits, by their folded words (no pattern: prose has a
        # "năm 2024", "số 123" every few lines, and most fail at the first or second word)
        words_before = folded[max(0, p - 40) : p - 1].rsplit(" ", d._WORDS_LEAST)
        if len(words_before) <= d._WORDS_LEAST or not all(
            w in d._FOLDED_DIGITS for w in words_before[1:]
        ):
            continue
        m = d._DIGIT_RUN.match(text, p)
        if m is None:
            continue
        start = p  # the first character of the earliest digit word read so far
        words = 0
        while words < d._WORDS_MOST and start >= 2 and text[start - 1] == " ":
            w = d._WORD_BEFORE.search(text, max(0, start - 12), start - 1)
            if w is None or digit_word(text, w.start(), w.end(), folded) is None:
                break
            words += 1
            start = w.start()
        if words < d._WORDS_LEAST:
            continue
        read = read_number_words(text, folded, start, p - 1)
        if read is None or not read[1] or read[1][-1][1] != p - 1:
            continue
        if not d._inside(found, start, m.end()):
            found.append((start, m.end(), read[0] + m.group(), True))


_DIGITS = st.from_regex(r"[0-9]{6,20}", fullmatch=True)
# digits that do read as hex text ("30383638323134373330" is "0868214730"), and near misses
_HEX_TEXT = st.builds(
    lambda s, tail: s.encode().hex() + tail,
    st.from_regex(r"[0-9 ]{3,10}", fullmatch=True),
    st.sampled_from(["", "0", "09", "1", "19", "80"]),
)
_B64 = st.builds(lambda s: base64.b64encode(s.encode()).decode(), st.text(min_size=3, max_size=12))
_WORDS = st.sampled_from(
    ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "linh",
     "số", "CCCD", "điện", "thoại", "là", "năm", "Hà", "Nội", "mã", "x", "0x", "%E1%BA%A7",
     "khong", "mot", "bay", "tam", "zero", "one", "two", "seven", "someone", "nine", "Charlie",
     "THREE", "Four", "five", "six", "eight", "oh", "niner", "x-ray", "alpha", "Bravo", "zulu",
     "biển", "số", "BKS", "plate", "ca", "chấm", "TO^'I", "MA^.T", "Ma(t", "nguo+`i", "o+",
     "a(n", "f(x)", "+84", "dd", "DDa^`u"]
)  # fmt: skip
# a code typed one character at a time ("B 9 3 7 2", "1/3/2/Q/Đ"), letters and digits alone
_CHARS = st.text(alphabet="AB9371Đđ/-.", min_size=1, max_size=1)
_TOKEN = st.one_of(_DIGITS, _HEX_TEXT, _B64, _WORDS, _WORDS, _WORDS, _CHARS, _CHARS)
_SEPARATOR = st.sampled_from([" ", " ", " ", ", ", ": ", "\n", "/", "/", "-", "²", "đ", "  ", "\t"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_TOKEN, _SEPARATOR), min_size=1, max_size=14))
    return Document("".join(t + s for t, s in parts)).text


_NEVER = re.compile(r"(?!)")
_ALWAYS = re.compile(r"")


@given(_texts())
@settings(max_examples=600, deadline=None)
def test_the_cheap_tests_change_no_reading(text: str) -> None:
    gated = d.read_disguises(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(d, "_NO_TEXT_DIGITS", _NEVER)
        mp.setattr(d, "_words_then_digits", _words_then_digits_before)
        # the one-character codes' gates: the sketches searched whatever the text
        mp.setattr(d, "_ONE_BY_ONE", tuple((*t[:3], _ALWAYS) for t in d._ONE_BY_ONE))
        # the byte searches before the English words' counts and the VIQR gate
        mp.setattr(d, "_en_may_open", lambda raw: True)
        mp.setattr(d, "_viqr_may_open", lambda raw: True)
        ungated = d.read_disguises(text)
    assert gated == ungated


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(Path(__file__).parent.joinpath("corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def test_the_cheap_tests_change_no_reading_of_the_corpora() -> None:
    """Every labelled prompt and document (6,900 texts): the reading with the byte searches
    before the English counts and the VIQR gate, and without the space's one-character gate,
    is the reading with all of them tried."""
    texts = _corpus_texts()
    assert len(texts) > 5000
    readings = []
    for text in texts:
        canonical = Document(text).text
        readings.append((canonical, d.read_disguises(canonical)))
    assert sum(found is not None for _, found in readings) > 50
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(d, "_en_may_open", lambda raw: True)
        mp.setattr(d, "_viqr_may_open", lambda raw: True)
        mp.setattr(d, "_ONE_BY_ONE", tuple((*t[:3], _ALWAYS) for t in d._ONE_BY_ONE))
        for canonical, found in readings:
            assert d.read_disguises(canonical) == found, canonical[:200]


@given(_texts())
@settings(max_examples=600, deadline=None)
def test_each_byte_search_holds_what_its_gate_opens_on(text: str) -> None:
    """The byte searches err one way only: a text whose ten counts find a digit word holds
    one of the English tests' bytes; a text the VIQR gate opens on holds a mark's byte; a
    text whose space sketch holds the needle holds the gate's match."""
    folded = Document(text).folded
    raw = folded.encode("ascii", "replace")
    if any(raw.count(w) for w in d._EN_GATE):
        assert d._en_may_open(raw)
    if d._viqr_gate(text):
        assert d._viqr_may_open(raw)
    table, needle, _, gate = d._ONE_BY_ONE[0]
    assert gate is None
    if raw.translate(table).find(needle) >= 0:
        assert _SPACE_GATE.search(folded) is not None


#: the space separator's gate as it stood (the needle's middle), no longer tried
_SPACE_GATE = re.compile(r" [^\t\n\r ]" * 4 + " ")


def test_every_english_digit_word_holds_a_tested_byte_or_ending() -> None:
    for word in d._EN_GATE:
        assert any(b in word for b in d._EN_RARE) or word.endswith(d._EN_ENDS), word
        assert d._en_may_open(b"so " + word + b"nhe")
        assert d._en_may_open(word.upper().lower())
    for clean in (b"chap hanh vien le xuan an thong bao", b"so 0912 345 678, nam 2024", b""):
        assert not d._en_may_open(clean)
    for mark in (b"to^'i", b"nguo+`i", b"ma(t"):
        assert d._viqr_may_open(b"ten " + mark)
    assert not d._viqr_may_open(b"ong phan thanh mai, cccd so 087062124452")


@given(_texts())
@settings(max_examples=300, deadline=None)
def test_the_gate_of_words_then_digits_lets_through_each_hit(text: str) -> None:
    folded = Document(text).folded
    raw = folded.encode("ascii", "replace")
    found: list[tuple[int, int, str, bool]] = []
    _words_then_digits_before(text, folded, raw, found)
    if found:
        assert d._WORDS_DIGITS_GATE.search(folded) is not None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("mã hồ sơ: 1 3 2 / Q Đ - C C T H A D S nhé", "132/QĐ-CCTHADS"),
        ("số hộ chiếu B/9/3/7/2/6/1/5 ạ", "B9372615"),
        ("CCCD của bà là khong mot khong bay 953421", "0107953421"),
    ],
)
def test_what_each_gate_opens_on_is_still_read(text: str, read: str) -> None:
    found = d.read_disguises(text)
    assert found is not None
    site = found.sites[0]
    assert found.text[site.alt_start : site.alt_end] == read


@pytest.mark.parametrize(
    "text",
    [
        "Ông Phan Thanh Mai, sinh ngày 08/02/1974, CCCD số 087062124452, thường trú tại thôn 4",
        "phuong Ben Thanh, Quan 1, TP Ho Chi Minh; dien thoai 0987173346, ban an so 76/2024/DS-ST",
        "năm hai nghìn không trăm hai mươi tư, ba 2024 người; someone gọi 0912 a b c",
    ],
)
def test_ordinary_text_opens_no_gate(text: str) -> None:
    folded = Document(text).folded
    assert d._WORDS_DIGITS_GATE.search(folded) is None
    assert all(gate is None or gate.search(folded) is None for *_, gate in d._ONE_BY_ONE)
    raw = folded.encode("ascii", "replace")
    assert all(raw.translate(table).find(needle) < 0 for table, needle, *_ in d._ONE_BY_ONE)
    assert not d._en_may_open(raw) or "someone" in text
    assert not d._viqr_may_open(raw)
    assert d.read_disguises(text) is None


def test_digits_that_read_as_hex_text_are_still_read() -> None:
    token = b"0868214730".hex()  # pairs 30-39: text
    found = d.read_disguises(f"số này ở dạng hex {token}, đổi lại giúp mình")
    assert found is not None
    assert [s.decoded for s in found.sites] == [True]
    assert found.text[found.sites[0].alt_start : found.sites[0].alt_end] == "0868214730"
    for no_text in ("001099012345", "0912345678", "30383638323134373", "3038363832313437308"):
        assert d._NO_TEXT_DIGITS.fullmatch(no_text) is not None, no_text
    assert d._NO_TEXT_DIGITS.fullmatch(token) is None


def test_a_number_half_in_words_is_still_read() -> None:
    text = "Số CCCD của bà là không một không bảy 953421 nhé"
    found = d.read_disguises(text)
    assert found is not None
    assert found.text[found.sites[0].alt_start : found.sites[0].alt_end] == "0107953421"
