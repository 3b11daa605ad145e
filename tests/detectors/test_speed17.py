"""The seventeenth session's speed and memory cuts (sp17a), each exact: a gate that says no
must mean the walk behind it finds nothing, and a leaner holder must read as the one it
replaced. Each test runs the cut path and the whole one it replaced on texts built from the
very pieces they look for, and asks for the same answer."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors import secrets
from ai_guard.detectors.secret_cells import column_cells
from ai_guard.prompt import redact
from ai_guard.text import Document
from ai_guard.text import typing as typed

#: header cells: password labels as sheets write them (spaces of every kind, capitals,
#: diacritics), labels qualified or cut, and other columns' headers
_HEADERS = ["Mật khẩu", "mật  khẩu", "Mật\u00a0khẩu", "MẬT KHẨU", "mat_khau", "Mật mã"]
_HEADERS += ["mật\u2003mã", "Password", "PASS", "pw", "Pwd", "MK", "mkhau", "passs", "pasword"]
_HEADERS += ["m.k", "m k", "pas", "Mật khẩu mới", "Mật khẩu đăng nhập", "mật", "mã", "khẩu"]
_HEADERS += ["Hệ thống", "User", "Tài khoản", "Ghi chú", "Email", "STT", "Năm 2026", " "]
#: cells of the rows under a header
_CELLS = ["QLVB", "vanthu_cs", "Vt@2026#Qlvb", "Abc@12345", "", " x ", "Hanoi@2024", "ok"]
_SEPS = ["\t", "|", ";", ","]


@st.composite
def _sheets(draw: st.DrawFn) -> str:
    """Tables pasted as text, one to three, with sentences and blank lines between them."""
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        sep = draw(st.sampled_from(_SEPS))
        width = draw(st.integers(1, 4))
        header = draw(st.lists(st.sampled_from(_HEADERS), min_size=width, max_size=width))
        rows = draw(
            st.lists(st.lists(st.sampled_from(_CELLS), min_size=width, max_size=width), max_size=3)
        )
        lines = [sep.join(header)] + [sep.join(r) for r in rows]
        parts.append("\n".join(lines))
        parts.append(draw(st.sampled_from(["\n", "\n\n", "\nGửi anh mật khẩu sau.\n", "\n\r\n"])))
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_sheets())
@example("Hệ thống\tUser\tMật khẩu\nQLVB\tvanthu_cs\tVt@2026#Qlvb")
@example("mật\nmật  khẩu|x\nAbc@12345|ok")
@example("STT,mat\u00a0ma\nok,Hanoi@2024")
def test_password_columns_read_at_their_pieces_as_at_every_line(text: str) -> None:
    """The header lines read only where ``_password_header_pieces`` finds a piece give the
    cells that reading every line as a header gives."""
    doc = Document(text)
    every = [*column_cells(doc, secrets._password_header)]
    gated = [*column_cells(doc, secrets._password_header, secrets._password_header_pieces)]
    assert gated == every


def test_password_columns_gate_is_not_vacuous() -> None:
    """The gated reading finds the cell under a password column (the test above would pass
    with a reading that finds nothing on both paths otherwise)."""
    text = "Hệ thống\tUser\tMật khẩu\nQLVB\tvanthu_cs\tVt@2026#Qlvb"
    doc = Document(text)
    (s, e), *_ = column_cells(doc, secrets._password_header, secrets._password_header_pieces)
    assert text[s:e] == "Vt@2026#Qlvb"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_HEADERS + _CELLS + _SEPS + ["\n", ": ", " là "]), max_size=12))
def test_password_labels_read_once_a_document_are_the_labels(pieces: list[str]) -> None:
    """The labels kept for a document are those the label search finds in its folded view."""
    doc = Document("".join(pieces))
    want = [m.span() for m in secrets._password_labels(doc.folded)]
    assert [m.span() for m in secrets._labels_of(doc)] == want
    assert [m.span() for m in secrets._labels_of(doc)] == want


#: pieces of lines typed with the input method off and on, English, codes and cues
_TYPED = ["nguyeenx", "thij", "hoaf", "le6", "thi5", "hoa2", "chij", "ong", "ba", "chi", "tên:"]
_TYPED += ["Hoangf", "MA65T", "tuaans", "thoon", "xax", "an", "lao", "how", "ddos", "the", "and"]
_TYPED += ["gửi", "cho", "hồ", "sơ", "của", "bà", "A4", "x1y2", "Trần", "2026", "_", "đ"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_TYPED), st.sampled_from([" ", "  ", ", ", "\n", ": ", "-"])),
        max_size=40,
    )
)
@example([("chij", " "), ("nguyeenx", " "), ("thij", " "), ("hoaf", "")])
@example([("gửi", " "), ("cho", " "), ("Hoangf", " "), ("tuaans", " "), ("hồ", " "), ("sơ", "")])
def test_long_lines_words_as_offsets_read_as_match_objects(pieces: list[tuple[str, str]]) -> None:
    """The typing reading of a line whose words are kept as offsets (a long line's) is the
    reading of the same line with a match object a word."""
    text = "".join(a + b for a, b in pieces)
    want = typed._untyped(text, Document(text).folded)
    long_line = typed._LONG_LINE
    try:
        typed._LONG_LINE = -1  # every line's words as offsets
        got = typed._untyped(text, Document(text).folded)
    finally:
        typed._LONG_LINE = long_line
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert got.text == want.text
        assert [got.span(i, i + 1) for i in range(len(got.text))] == [
            want.span(i, i + 1) for i in range(len(want.text))
        ]
    words = typed._Words(text)
    matches = list(typed._WORD.finditer(text))
    assert [(w.start(), w.end(), w.group()) for w in words] == [
        (m.start(), m.end(), m.group()) for m in matches
    ]
    assert len(words) == len(matches)
    for k in range(-len(matches), len(matches)):
        assert words[k].group() == matches[k].group()
    assert [w.group() for w in words[1:3]] == [m.group() for m in matches[1:3]]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab c\nđ", max_size=60), st.data())
def test_redactions_joined_a_stretch_at_a_time_are_the_whole_join(
    text: str, data: st.DataObject
) -> None:
    """The redacted text joined a few pieces at a time is the one joined at once."""
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=40)))
    spans = [
        (a, b, f"[X_{i}]") for i, (a, b) in enumerate(zip(cuts[::2], cuts[1::2], strict=False))
    ]
    pos, pieces = 0, []
    for a, b, holder in spans:
        pieces += [text[pos:a], holder]
        pos = b
    want = "".join([*pieces, text[pos:]]) if spans else text
    assert redact.apply_redactions(text, spans) == want
    stretch = redact._STRETCH
    try:
        redact._STRETCH = 2
        assert redact.apply_redactions(text, spans) == want
    finally:
        redact._STRETCH = stretch
