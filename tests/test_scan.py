"""The code scanner: every corpus file states what it must report (``# expect:``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ai_guard.cli import main
from ai_guard.scan import scan_paths, scan_source
from ai_guard.scan.python import catalogue

CORPUS = Path(__file__).parent / "scan_corpus"
FILES = sorted(p.name for p in CORPUS.iterdir() if p.is_file() and p.name != "demo.ipynb")


def expected(path: Path) -> str | set[tuple[str, int]]:
    head = path.read_text("utf-8").splitlines()[0]
    m = re.match(r"(?:#|//)\s*expect:\s*(.*)", head)
    assert m, f"{path.name} must start with '# expect: ...'"
    spec = m.group(1).strip()
    if spec in ("none", "error"):
        return spec
    return {(r, int(n)) for r, n in (item.split("@") for item in spec.split())}


@pytest.mark.parametrize("name", FILES)
def test_corpus_file_reports_exactly_what_it_states(name: str) -> None:
    path = CORPUS / name
    want = expected(path)
    report = scan_paths([str(path)])
    if want == "error":
        assert report.errors
        assert report.findings == []
        return
    assert report.errors == []
    got = {(f.rule, f.line) for f in report.active}
    assert got == (set() if want == "none" else want)


def test_suppressed_findings_stay_visible_in_the_report() -> None:
    report = scan_paths([str(CORPUS / "suppressed.py")])
    assert report.active == []
    assert [f.suppressed for f in report.findings] == [True, True]


def test_messages_are_bilingual_with_a_fix() -> None:
    report = scan_paths([str(CORPUS / "openai_unchecked.py")])
    f = report.active[0]
    assert "fix:" in f.message_en
    assert "cách sửa:" in f.message_vi


def test_key_values_never_appear_in_messages() -> None:
    report = scan_paths([str(CORPUS / "keys_and_emails.py")])
    text = " ".join(f.message_en + f.message_vi for f in report.findings)
    assert "sk-proj-Q7w" not in text
    assert "001085012345" not in text
    assert "moj.gov.vn" not in text


def test_catalogue_extension_from_configuration() -> None:
    src = "from acme_llm import Client\nc = Client()\ndef f(t):\n    return c.ask(prompt=t)\n"
    assert scan_source("x.py", src) == []
    cat = catalogue().extended(clients={"acme_llm.Client": "acme"}, calls=["acme.ask"])
    assert [(f.rule, f.line) for f in scan_source("x.py", src, cat)] == [("AIG101", 4)]


def test_factory_functions_and_module_globals() -> None:
    src = (
        "import openai\n"
        "def make():\n"
        "    return openai.OpenAI()\n"
        "CLIENT = make()\n"
        "def f(t):\n"
        "    return CLIENT.chat.completions.create(model='m', messages=[{'content': t}])\n"
    )
    assert [(f.rule, f.line) for f in scan_source("x.py", src)] == [("AIG101", 6)]


def test_cli_text_json_sarif_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(CORPUS / "openai_checked.py")]) == 0
    assert main(["scan", str(CORPUS / "openai_unchecked.py")]) == 1
    out = capsys.readouterr().out
    assert re.search(r"openai_unchecked\.py:9:9: AIG101 ", out)
    assert main(["scan", "--format", "json", str(CORPUS / "keys_and_emails.py")]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert {r["rule"] for r in rows} == {"AIG102", "AIG103", "AIG105"}
    assert main(["scan", str(CORPUS / "broken.py")]) == 2
    assert "SyntaxError" in capsys.readouterr().out


def test_sarif_validates_against_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())
    main(["scan", "--format", "sarif", str(CORPUS)])
    sarif = json.loads(capsys.readouterr().out)
    jsonschema.validate(sarif, schema)
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"AIG101", "AIG102", "AIG103", "AIG105"}
    assert any(r.get("suppressions") for r in results)
    assert all(r["partialFingerprints"]["aiGuardLine/v1"] for r in results)


def test_hook_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    from ai_guard.hooks.scan import main as hook

    assert hook([str(CORPUS / "openai_checked.py")]) == 0
    assert hook([str(CORPUS / "openai_unchecked.py"), "--lang", "vi"]) == 1
    assert "cách sửa" in capsys.readouterr().out
    assert hook([str(CORPUS / "broken.py")]) == 2


def test_scan_configuration_from_pyproject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.ai-guard.scan]\n"
        'extra_clients = { "acme_llm.Client" = "acme" }\n'
        'extra_calls = ["acme.ask"]\n'
        'decision_functions = ["publish_result"]\n'
        'exclude = ["*/fixtures/*"]\n',
        "utf-8",
    )
    (tmp_path / "app.py").write_text(
        "from acme_llm import Client\n"
        "c = Client()\n"
        "def f(t):\n"
        "    out = c.ask(prompt=t)\n"
        "    publish_result(out)\n",
        "utf-8",
    )
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "x.py").write_text('KEY = "sk-proj-' + "Ab3" * 16 + '"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["scan", "."]) == 1
    out = capsys.readouterr().out
    assert "app.py:4:11: AIG101" in out
    assert "app.py:5:5: AIG104" in out
    assert "fixtures" not in out


def test_bad_scan_configuration_names_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ai-guard.toml").write_text('[scan]\ndecision_patterns = ["("]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["scan", "."]) == 2
    assert "scan.decision_patterns" in capsys.readouterr().err


def test_baseline_reports_only_new_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    app = tmp_path / "app.py"
    unguarded = (CORPUS / "openai_unchecked.py").read_text("utf-8")
    app.write_text(unguarded, "utf-8")
    assert main(["scan", "app.py", "--baseline", "base.json", "--update-baseline"]) == 0
    data = json.loads((tmp_path / "base.json").read_text())
    assert len(data["findings"]) == 3
    assert "sk-" not in (tmp_path / "base.json").read_text()
    capsys.readouterr()
    # moving code does not create new findings
    app.write_text("\n\n# moved\n" + unguarded, "utf-8")
    assert main(["scan", "app.py", "--baseline", "base.json"]) == 0
    assert capsys.readouterr().out == ""
    # a new unchecked call is reported
    app.write_text(
        unguarded + "\n\ndef more(t):\n    return client.responses.create(model='m', input=t)\n",
        "utf-8",
    )
    assert main(["scan", "app.py", "--baseline", "base.json"]) == 1
    out = capsys.readouterr().out
    assert out.count("AIG101") == 1
    assert main(["scan", "app.py", "--baseline", "base.json", "--format", "json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert sum(r["baselined"] for r in rows) == 3
    assert main(["scan", "app.py", "--baseline", "missing.json", "--lang", "en"]) == 2
    assert "--update-baseline" in capsys.readouterr().err


def test_notebook_cells_are_scanned_with_cell_positions() -> None:
    report = scan_paths([str(CORPUS / "demo.ipynb")])
    assert report.errors == []
    [f] = report.active
    assert (f.rule, f.line) == ("AIG101", 3)
    assert f.message_en.startswith("[cell 3]")
    assert f.message_vi.startswith("[ô 3]")


def test_folder_walk_covers_every_supported_type() -> None:
    report = scan_paths([str(CORPUS)])
    kinds = {Path(f.path).suffix for f in report.active}
    assert {".py", ".ts", ".sh", ".yaml", ".env", ".ipynb"} <= kinds


def test_jobs_give_the_same_report(capsys: pytest.CaptureFixture[str]) -> None:
    one = scan_paths([str(CORPUS)])
    two = scan_paths([str(CORPUS)], jobs=2)
    assert [f.as_dict() for f in one.findings] == [f.as_dict() for f in two.findings]
    assert one.errors == two.errors
    assert one.files == two.files
    assert main(["scan", "--jobs", "0", str(CORPUS)]) == 2
