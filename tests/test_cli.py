"""The ``ai-guard check`` command: exit codes, output formats, languages, input errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ai_guard import __version__
from ai_guard.cli import main

PHONE_TEXT = "SĐT của tôi: 0912 345 678\n"
SECRET_TEXT = "TỐI MẬT\nSĐT 0912 345 678\n"
CLEAN_TEXT = "Xin chào, hôm nay trời đẹp. Hãy tóm tắt Luật 29/2018/QH14.\n"

#: The name and address lexicons are being rewritten: the discovered policy switches their
#: detectors off so that these tests do not depend on them.
POLICY_TOML = 'disabled_detectors = ["vn.person", "vn.address"]\nload_plugins = false\n'


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch) -> Path:
    """A working directory with its own ai-guard.toml (found by Policy.discover)."""
    (tmp_path / "ai-guard.toml").write_text(POLICY_TOML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_clean_text_exits_0(workdir, capsys) -> None:
    path = write(workdir, "clean.txt", CLEAN_TEXT)
    assert main(["check", path]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: ALLOW: ")
    assert "Không phát hiện" in out


def test_phone_without_redact_exits_1(workdir, capsys) -> None:
    path = write(workdir, "phone.txt", PHONE_TEXT)
    assert main(["check", path]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: REDACT: ")
    assert "PHONE" in out
    assert "13-25" in out  # the span, not the value
    assert "0912" not in out


def test_redact_prints_redacted_text_and_exits_0(workdir, capsys) -> None:
    path = write(workdir, "phone.txt", PHONE_TEXT)
    assert main(["check", "--redact", path]) == 0
    captured = capsys.readouterr()
    assert captured.out == "SĐT của tôi: [PHONE_1]\n"
    assert "PHONE" in captured.err  # the report goes to stderr
    assert "0912" not in captured.err


def test_redact_on_clean_text_echoes_it(workdir, capsys) -> None:
    path = write(workdir, "clean.txt", CLEAN_TEXT)
    assert main(["check", "--redact", path]) == 0
    captured = capsys.readouterr()
    assert captured.out == CLEAN_TEXT
    assert captured.err == ""


def test_blocked_exits_1_even_with_redact(workdir, capsys) -> None:
    path = write(workdir, "secret.txt", SECRET_TEXT)
    assert main(["check", "--redact", path]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: BLOCK: ")
    assert "STATE_SECRET_MARK" in out
    assert "[PHONE_1]" not in out  # nothing to send
    assert "0912" not in out


def test_json_format(workdir, capsys) -> None:
    path = write(workdir, "phone.txt", PHONE_TEXT)
    assert main(["check", "--format", "json", path]) == 1
    out = capsys.readouterr().out
    payload = json.loads(out)
    assert payload["decision"] == "redact"
    assert payload["source"] == path
    assert payload["redacted_text"] == "SĐT của tôi: [PHONE_1]\n"
    [finding] = payload["findings"]
    assert finding["entity"] == "PHONE"
    assert (finding["start"], finding["end"]) == (13, 25)
    assert finding["placeholder"] == "[PHONE_1]"
    assert finding["reason"]["vi"]
    assert finding["reason"]["en"]
    assert "0912" not in out
    assert "345 678" not in out


def test_json_with_redact_exits_0(workdir, capsys) -> None:
    path = write(workdir, "phone.txt", PHONE_TEXT)
    assert main(["check", "--format", "json", "--redact", path]) == 0
    assert json.loads(capsys.readouterr().out)["decision"] == "redact"


def test_lang_en(workdir, capsys) -> None:
    path = write(workdir, "phone.txt", PHONE_TEXT)
    assert main(["check", "--lang", "en", path]) == 1
    out = capsys.readouterr().out
    assert "REDACT: the text contains 1 × phone number" in out
    assert "Found a phone number" in out
    assert "Phát hiện" not in out
    assert "CHE DỮ LIỆU" not in out


def test_lang_vi_is_default(workdir, capsys) -> None:
    path = write(workdir, "phone.txt", PHONE_TEXT)
    main(["check", path])
    out = capsys.readouterr().out
    assert "CHE DỮ LIỆU" in out
    assert "Phát hiện số điện thoại" in out


def test_missing_file_exits_2(workdir, capsys) -> None:
    missing = str(workdir / "khong-co.txt")
    assert main(["check", missing]) == 2
    captured = capsys.readouterr()
    assert missing in captured.err
    assert captured.out == ""


def test_directory_exits_2(workdir, capsys) -> None:
    assert main(["check", "--lang", "en", str(workdir)]) == 2
    err = capsys.readouterr().err
    assert str(workdir) in err
    assert "directory" in err


@pytest.mark.parametrize(("lang", "word"), [("vi", "không phải"), ("en", "not UTF-8")])
def test_non_utf8_file_exits_2(workdir, capsys, lang, word) -> None:
    path = workdir / "latin.txt"
    path.write_bytes(b"\x81\xff\x00abc")  # no encoding fits (a BOM + even length is UTF-16)
    assert main(["check", "--lang", lang, str(path)]) == 2
    captured = capsys.readouterr()
    assert str(path) in captured.err
    assert "UTF-8" in captured.err
    assert word in captured.err
    assert captured.out == ""


def test_stdin(workdir, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PHONE_TEXT.encode("utf-8"))))
    assert main(["check", "-", "--redact"]) == 0
    assert capsys.readouterr().out == "SĐT của tôi: [PHONE_1]\n"


def test_stdin_is_the_default_and_named_in_json(workdir, capsys, monkeypatch) -> None:
    data = ("\ufeff" + SECRET_TEXT).encode("utf-8")  # a BOM is not part of the text
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["check", "--format", "json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["source"] == "<stdin>"
    assert payload["decision"] == "block"
    mark = next(f for f in payload["findings"] if f["entity"] == "STATE_SECRET_MARK")
    assert (mark["start"], mark["end"]) == (0, 7)


def test_stdin_not_utf8(workdir, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x81\xff\x00abc")))
    assert main(["check", "-"]) == 2
    err = capsys.readouterr().err
    assert "<stdin>" in err
    assert "UTF-8" in err


def test_invalid_policy_exits_2_naming_the_key(workdir, capsys) -> None:
    bad = write(workdir, "bad-policy.toml", 'min_scor = 0.5\n[actions]\nEMAIL = "allow"\n')
    path = write(workdir, "phone.txt", PHONE_TEXT)
    assert main(["check", "--lang", "en", "--policy", bad, path]) == 2
    captured = capsys.readouterr()
    assert "min_scor" in captured.err
    assert bad in captured.err
    assert captured.out == ""


def test_invalid_discovered_policy_exits_2(workdir, capsys) -> None:
    (workdir / "ai-guard.toml").write_text('[actions]\nPHONES = "allow"\n', encoding="utf-8")
    path = write(workdir, "phone.txt", PHONE_TEXT)
    assert main(["check", path]) == 2
    err = capsys.readouterr().err
    assert "PHONES" in err
    assert "ai-guard.toml" in err


def test_policy_option_is_applied(workdir, capsys) -> None:
    allow = write(workdir, "allow-phone.toml", POLICY_TOML + '[actions]\nPHONE = "allow"\n')
    path = write(workdir, "phone.txt", PHONE_TEXT)
    assert main(["check", "--policy", allow, path]) == 0
    assert capsys.readouterr().out.startswith(f"{path}: ALLOW: ")


def test_discovered_policy_is_applied(workdir, capsys) -> None:
    (workdir / "ai-guard.toml").write_text(
        POLICY_TOML + 'deny_terms = ["Sao Mai"]\n', encoding="utf-8"
    )
    path = write(workdir, "plan.txt", "Kế hoạch dự án sao mai năm tới\n")
    assert main(["check", "--redact", path]) == 1
    assert "DENY_TERM" in capsys.readouterr().out


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"ai-guard {__version__}"


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", "--format", "xml", "x.txt"])
    assert info.value.code == 2
    assert "--format" in capsys.readouterr().err


def test_console_module_in_a_subprocess(workdir) -> None:
    path = write(workdir, "phone.txt", PHONE_TEXT)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "ai_guard", "check", "--redact", path],
        capture_output=True,
        encoding="utf-8",
        cwd=workdir,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "SĐT của tôi: [PHONE_1]\n"
    assert "PHONE" in done.stderr
    blocked = subprocess.run(
        [sys.executable, "-m", "ai_guard", "check", "-", "--format", "json"],
        input=SECRET_TEXT,
        capture_output=True,
        encoding="utf-8",
        cwd=workdir,
        env=env,
        timeout=60,
        check=False,
    )
    assert blocked.returncode == 1, blocked.stderr
    assert json.loads(blocked.stdout)["decision"] == "block"


@pytest.mark.parametrize(
    "text",
    ["xin chào", PHONE_TEXT, "Ông Nguyễn Văn An, CCCD 001085012345; bà Lê Thị Hoa, SĐT 0912345678"],
)
def test_json_is_written_a_finding_at_a_time_as_one_dump_would(workdir, capsys, text) -> None:
    from ai_guard import check_prompt
    from ai_guard.cli._common import load_policy, read_text

    path = write(workdir, "p.txt", text)
    main(["check", "--format", "json", path])
    payload = check_prompt(read_text(path)[1], policy=load_policy(None)).model_dump(mode="json")
    payload["source"] = path
    assert capsys.readouterr().out == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
