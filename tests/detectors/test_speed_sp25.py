"""Work bounded to what a rule can find (sp25, issue 14). Each test runs the new form and the
form it replaced (written here) over texts built from the pieces the rule reads, and asks for
the same answers."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.text import technical
from ai_guard.text.technical import technical_at

_DUMP = technical._DUMP
_DUMP_GROUP = technical._DUMP_GROUP
_LETTER = technical._LETTER


def _dump_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``technical._dump`` as it was: the whole line scanned."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    for m in _DUMP.finditer(text, line_start, line_end):
        if m.end() <= start:
            continue
        if m.start() > start or end > m.end():
            return None
        groups = _DUMP_GROUP.findall(m.group(0))
        letters = sum(1 for g in groups if _LETTER.search(g) is not None)
        return m.span() if letters >= 2 else None
    return None


#: a dump's pairs and fours (with letters and without), the characters that end or break one
#: (a letter past "f", an accented letter, a line break, a tab, punctuation), spaces
_DUMP_PIECES = [
    "00", "1f", "a0", "9f", "ff", "12", "34", "0917", "655", "326", "dead", "beef", "7", "b",
    " ", " ", "  ", "   ", "\n", "\t", "g", "x", "ặ", "c", ":", ".", "-", "Z", "A",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DUMP_PIECES), max_size=40).map("".join))
@example("00 1f a0 9f ff 12 34 56 78")
@example("x 00 1f a0 9f ff 12 34 56 78g")
@example("00 1f a0 9f ff 12 34 56 78 9a bc")
@example("dead beef 0917 655 1f2e\nab")
@example("hoặc 1800 5678. dead beef 0917 655 1f2e")
@example("00  1f a0 9f ff 12 34 56 78 9a bcg")
def test_a_dump_read_from_the_hex_run_is_the_one_the_line_gave(text: str) -> None:
    for m in re.finditer(r"[0-9]+(?: {1,2}[0-9]+)*", text):
        for start in range(m.start(), m.end()):
            for end in range(start + 1, m.end() + 1):
                assert technical._dump(text, start, end) == _dump_before(text, start, end)


def test_a_dump_is_still_read_and_a_spaced_phone_is_not_one() -> None:
    line = "0000: 4a 6f 68 6e 20 44 6f 65 31 32 0a 7f 45 4c 46 02 01 01 00"
    at = line.index("31 32")
    assert technical_at(line, at, at + 5) is not None
    text = "goi duong day nong 1900 1234 hoac 0917 655 326 de duoc ho tro " * 20
    at = text.index("0917 655 326")
    assert technical_at(text, at, at + len("0917 655 326")) is None
    phones = [f for f in check_prompt(text).findings if f.entity == "PHONE"]
    assert any(f.start == at for f in phones)


def _key_before(text: str, lo: int) -> str | None:
    """``technical._key`` as it was: the search alone."""
    m = technical._KEY_BEFORE.search(text, max(0, lo - 48), lo)
    return None if m is None else m.group("key")


_KEY_PIECES = [
    "request_id", "iat", "traceId", "size", "x", "A", "_", "-", ".", "1", "ặ", ":", "=", '"',
    "'", " ", "  ", "\t", "\n", "{", ",", "0912",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES), max_size=30).map("".join))
@example('{"iat": 1580421135}')
@example("request_id='  ")
@example('size =\t"')
@example("request_id:\n")
def test_a_key_is_read_where_the_search_read_one(text: str) -> None:
    for lo in range(len(text) + 1):
        assert technical._key(text, lo) == _key_before(text, lo)


def _collections(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    from ai_guard.prompt import engine

    calls: list[int] = []
    real = engine.gc.collect

    def counted(*args: int) -> int:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(engine.gc, "collect", counted)
    check_prompt(text)
    return len(calls)


def test_a_large_text_without_a_second_reading_is_collected_twice_not_three_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ai_guard.prompt import engine

    line = "Ông Nguyễn Văn An ở số 12 phố Huế, Hà Nội, gọi 0912 345 678 để hỏi về hồ sơ.\n"
    text = line * (engine._RELEASE_BETWEEN // len(line) + 1)
    # before the names are read and once every detector has run; none after the readings
    assert _collections(monkeypatch, text) == 2
    assert _collections(monkeypatch, "ngắn thôi") == 0


def test_a_large_text_with_a_disguise_is_collected_after_its_reading_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ai_guard.prompt import engine

    line = "Báo cáo tiến độ dự án tuần này, không có gì mới cần trao đổi thêm.\n"
    # a CCCD encoded in base64: the disguises reading decodes it and runs every detector again
    text = line * (engine._RELEASE_BETWEEN // len(line) + 1) + "ma: MDAxMDg1MDEyMzQ1\n"
    assert _collections(monkeypatch, text) >= 3


#: the address detector's glued lane as it was: a look-behind first
_GLUED_KIET_BEFORE = re.compile(
    r"(?<![a-z0-9/.\-])k\.?\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){1,3}(?=[ \t]+[a-z])"
)
_KIET_PIECES = ["k", "K", ".", "25", "9", "/", "a", "b", " ", "\t", "-", "x", "0", "kiet", "\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_KIET_PIECES), max_size=20).map("".join))
@example("k25/9 tran cao van")
@example("ak25/9 tran")
@example("/k74/9 le loi, k.12/4 hai phong")
def test_the_glued_lane_led_by_its_letter_matches_as_before(text: str) -> None:
    from ai_guard.detectors.address.lodgings import _GLUED_KIET

    assert [m.span() for m in _GLUED_KIET.finditer(text)] == [
        m.span() for m in _GLUED_KIET_BEFORE.finditer(text)
    ]
    for pos in range(min(len(text), 4)):
        a, b = _GLUED_KIET.search(text, pos), _GLUED_KIET_BEFORE.search(text, pos)
        assert (a and a.span()) == (b and b.span())
