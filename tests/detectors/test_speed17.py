"""The seventeenth session's speed cuts (sp17a), each exact: a gate that says no must mean the
walk behind it finds nothing. Each test runs the cut path and the whole walk it replaced on
texts built from the very pieces the walk looks for, and asks for the same answer."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors import secrets
from ai_guard.detectors.secret_cells import column_cells
from ai_guard.text import Document

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
