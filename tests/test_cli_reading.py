"""``ai-guard check FILE`` never says "allow" of a file it did not read (gw14).

A prompt is text in a file of any name, but a PDF or a Word file is not text: its bytes read as
text are its syntax, not its pages. A damaged PDF or .docx whose bytes are ASCII was read as
text and judged on its syntax: "allow", exit 0, for a file nobody read. Now a PDF or a Word
file (by its name, or by its first bytes whatever its name) is read as a document, and one it
cannot read exits 2 with the reader's error.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from ai_guard.cli import main

POLICY_TOML = "load_plugins = false\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "ai-guard.toml").write_text(POLICY_TOML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def ascii_pdf(text: str) -> bytes:
    """A one-page PDF whose every byte is ASCII: the text is a hex string of its content
    stream, so the file's bytes never show it."""
    pypdf = pytest.importorskip("pypdf")
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(width=300, height=100)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 10 50 Td <{text.encode('latin-1').hex()}> Tj ET".encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    # the binary comment after the header is optional: the same length keeps the offsets
    data = data.replace(b"%\xe2\xe3\xcf\xd3\n", b"%abcd\n", 1)
    assert all(b < 128 for b in data)
    return data


PAGE = "Ho so cua ong Nguyen Van An"


@pytest.mark.parametrize("name", ["scan.pdf", "scan.txt", "prompt.log"])
def test_an_ascii_pdf_is_read_by_its_pages_whatever_its_name(
    workdir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (workdir / name).write_bytes(ascii_pdf(PAGE))
    code = main(["check", name, "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert "PERSON" in {f["entity"] for f in report["findings"]}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.pdf", b"%PDF-1.4 broken"),  # ASCII: read as text it was "allow"
        ("broken.docx", b"PK\x03\x04garbage"),
        ("note.txt", b"%PDF-1.7\n1 0 obj << >> endobj\n"),  # a PDF by its bytes
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64),
        ("renamed.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64),
    ],
)
def test_a_document_it_cannot_read_is_refused_never_allowed(
    workdir: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    (workdir / name).write_bytes(data)
    assert main(["check", name]) == 2
    captured = capsys.readouterr()
    assert "ALLOW" not in captured.out
    assert name in captured.err


def test_a_document_on_standard_input_is_read_as_one(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_stdin = io.TextIOWrapper(io.BytesIO(b"%PDF-1.4 broken"))
    monkeypatch.setattr("sys.stdin", fake_stdin)
    assert main(["check", "-"]) == 2
    assert "ALLOW" not in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_unreadable_paths_exit_2_in_the_language_asked(
    workdir: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    (workdir / "folder").mkdir()
    os.symlink("loop_b", workdir / "loop_a")
    os.symlink("loop_a", workdir / "loop_b")
    for name in ("folder", "loop_a", "missing.txt"):
        assert main(["check", name, "--lang", lang]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith(f"ai-guard: {name}")


def test_a_text_that_begins_like_no_document_is_still_text(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "p.txt").write_text("PK là viết tắt của khoá chính.", encoding="utf-8")
    assert main(["check", "p.txt"]) == 0
    assert "ALLOW" in capsys.readouterr().out


# -- gw15: no wait on a pipe, and every error in both languages -------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_not_waited_on(workdir: Path) -> None:
    """``ai-guard check FIFO`` with no writer waited for ever (gw14 left it): a FIFO, a socket
    or a device is no file to read; what another command writes comes on standard input."""
    import subprocess
    import sys

    fifo = workdir / "prompt.fifo"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ai_guard.cli", "check", str(fifo)],
            capture_output=True, text=True, timeout=120, env=env, cwd=workdir,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("ai-guard check waited on a pipe with no writer")
    assert done.returncode == 2
    assert "không phải tệp thông thường" in done.stderr
    assert "not a regular file" in done.stderr
    assert done.stdout == ""


def test_read_file_refuses_a_socket_and_reads_a_file(workdir: Path) -> None:
    """A socket is no file either (read here in-process: opening one never waits); the FIFO
    is tried in a subprocess above, since on a reader that waits it never returns."""
    import socket

    from ai_guard.classify.extract import read_file
    from ai_guard.errors import InputError

    if hasattr(socket, "AF_UNIX"):
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(workdir / "s"))
            with pytest.raises(InputError):
                read_file(str(workdir / "s"))
    (workdir / "f.txt").write_text("xin chào", encoding="utf-8")
    assert read_file(str(workdir / "f.txt")) == "xin chào".encode()


@pytest.mark.parametrize(("lang", "first"), [("vi", "không tìm thấy"), ("en", "not found")])
def test_an_error_is_said_in_both_languages_the_chosen_one_first(
    workdir: Path, capsys: pytest.CaptureFixture[str], lang: str, first: str
) -> None:
    """Errors were printed in the ``--lang`` language only: whoever reads them may not read
    it (the house rule: Vietnamese and English)."""
    assert main(["check", "--lang", lang, "khong_co.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "không tìm thấy tệp" in err
    assert "file not found" in err
    assert err.index(first) < err.index("tìm thấy tệp" if lang == "en" else "not found")
