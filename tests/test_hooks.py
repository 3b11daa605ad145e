"""The pre-commit hooks: ai-guard-prompts exit codes and output lines; ai-guard-scan start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_guard.hooks.prompts import main


def test_clean_file_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "summary.prompt"
    f.write_text("Tóm tắt văn bản sau trong 100 chữ, giữ các số điều khoản.\n", "utf-8")
    assert main([str(f)]) == 0
    assert capsys.readouterr().out == ""


def test_personal_data_fails_with_positions_not_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "letter.prompt"
    f.write_text("Dòng đầu\nGửi ông Nguyễn Văn An, CCCD 001085012345\n", "utf-8")
    assert main([str(f)]) == 1
    out = capsys.readouterr().out
    assert f"{f}:2:9: PERSON redact:" in out
    assert f"{f}:2:29: CCCD redact:" in out
    assert "001085012345" not in out
    assert "Nguyễn Văn An" not in out


def test_secret_mark_blocks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "doc.txt"
    f.write_text("TỐI MẬT\nBáo cáo tình hình\n", "utf-8")
    assert main([str(f), "--lang", "en"]) == 1
    assert "STATE_SECRET_MARK block: Found a state-secret marking" in capsys.readouterr().out


def test_unreadable_and_non_utf8_files_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same reader and messages as ``ai-guard check``, in the language asked for."""
    bad = tmp_path / "latin1.prompt"
    bad.write_bytes(b"\xff\xfe\x00 abc")
    missing = tmp_path / "missing.prompt"
    assert main([str(bad), str(missing), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert f"ai-guard-prompts: {bad}: not UTF-8 text (invalid byte at offset 0)" in err
    assert f"ai-guard-prompts: {missing}: file not found" in err
    assert main([str(bad), str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: không phải văn bản UTF-8" in err
    assert f"{missing}: không tìm thấy tệp" in err


def test_policy_allow_values_are_honoured(tmp_path: Path) -> None:
    (tmp_path / "ai-guard.toml").write_text('allow_values = ["0912 345 678"]\n', "utf-8")
    f = tmp_path / "hotline.prompt"
    f.write_text("Gọi đường dây nóng 0912 345 678 để được hỗ trợ.\n", "utf-8")
    assert main([str(f), "--policy", str(tmp_path / "ai-guard.toml")]) == 0
    assert main([str(f)]) == 1  # without the policy the number is a phone number


def test_invalid_policy_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "ai-guard.toml"
    p.write_text("min_scor = 0.3\n", "utf-8")
    assert main(["--policy", str(p)]) == 2
    assert "min_scor" in capsys.readouterr().err


def test_scan_hook_on_a_clean_file_imports_no_sentence(tmp_path: Path) -> None:
    """A hook's start-up is a user's wait: the scanner's sentences (and every other feature's)
    are imported only when there is something to say; only the --help texts the parser is
    built with load (``ai_guard.i18n.cli``, about 2 ms; the package itself is lazy)."""
    import subprocess
    import sys

    clean = tmp_path / "clean.py"
    clean.write_text("x = 1\n", "utf-8")
    code = (
        "import sys\n"
        "from ai_guard.cli.hooks import scan\n"
        f"assert scan([{str(clean)!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('ai_guard.i18n')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['ai_guard.i18n', 'ai_guard.i18n.cli']"


def test_scan_help_is_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    from ai_guard.cli import main as cli

    with pytest.raises(SystemExit):
        cli(["scan", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "report only new ones / các phát hiện đã chấp nhận (JSON); chỉ báo phát hiện mới" in out
    assert "liệt kê mọi chỗ gọi mô hình ngôn ngữ" in out


def test_the_scan_hook_is_given_every_file_kind_the_scanner_reads() -> None:
    import re

    from ai_guard.scan import SUFFIXES

    yaml = pytest.importorskip("yaml")

    root = Path(__file__).resolve().parent.parent
    hooks = {h["id"]: h for h in yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())}
    hook = hooks["ai-guard-scan"]
    assert hook.get("types", ["file"]) == ["file"]
    assert "types_or" not in hook
    files = re.compile(hook["files"])
    for suffix in SUFFIXES:
        assert files.search(f"app/module{suffix}"), suffix
        assert files.search(f"app/MODULE{suffix.upper()}"), suffix
    for name in (".env", "deploy/.env.production", ".env.local"):
        assert files.search(name), name
    for name in ("README.md", "notes.txt", "data.csv", "image.png", "docs/env.md"):
        assert not files.search(name), name
