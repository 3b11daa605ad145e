"""The code scanner: every corpus file states what it must report (``# expect:``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ai_guard.cli import main
from ai_guard.scan import ScanReport, scan_paths, scan_source
from ai_guard.scan.python import catalogue
from ai_guard.scan.rules import RULES as RULES_
from ai_guard.scan.rules import CallSite

CORPUS = Path(__file__).parent / "scan_corpus"
FILES = sorted(p.name for p in CORPUS.iterdir() if p.is_file() and p.suffix != ".ipynb")


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


def test_one_fingerprint_for_baselines_and_sarif_with_absolute_and_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A baseline written from ``scan app.py`` accepts ``scan /abs/app.py``, and SARIF's
    ``partialFingerprints`` are the baseline's fingerprints whether the scan was given a
    relative or an absolute path (they used to disagree for absolute paths)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.py").write_text((CORPUS / "openai_unchecked.py").read_text("utf-8"))
    assert main(["scan", "app.py", "--baseline", "base.json", "--update-baseline"]) == 0
    base = json.loads((tmp_path / "base.json").read_text())
    accepted = sorted(e["fingerprint"] for e in base["findings"])
    assert len(accepted) == 3
    capsys.readouterr()
    absolute = str(tmp_path / "app.py")
    assert main(["scan", absolute, "--baseline", "base.json"]) == 0
    for given in ("app.py", absolute):
        assert main(["scan", given, "--format", "sarif"]) == 1
        results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert uris == {"app.py"}, given
        got = sorted(r["partialFingerprints"]["aiGuardLine/v1"] for r in results)
        assert got == accepted, given
    assert {e["path"] for e in base["findings"]} == {"app.py"}


def test_fingerprint_is_one_function_of_rule_file_and_line_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same finding named by a relative or an absolute path has one fingerprint, and the
    SARIF report prints exactly that one; another rule or another line text is another."""
    from dataclasses import replace

    from ai_guard.scan.baseline import fingerprint
    from ai_guard.scan.report import to_sarif

    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.py").write_text("x = 1\n    x  =   1\ny = 2\n", "utf-8")
    rel = RULES_["AIG101"].finding("app.py", 1, 1)
    absolute = replace(rel, path=str(tmp_path / "app.py"))
    assert fingerprint(rel) == fingerprint(absolute)
    assert fingerprint(replace(rel, line=2)) == fingerprint(rel)  # whitespace collapsed
    assert fingerprint(replace(rel, line=3)) != fingerprint(rel)
    assert fingerprint(replace(rel, rule="AIG102")) != fingerprint(rel)
    for f in (rel, absolute):
        report = ScanReport(findings=[f], files=1)
        [result] = json.loads(to_sarif(report))["runs"][0]["results"]
        assert result["partialFingerprints"]["aiGuardLine/v1"] == fingerprint(rel)


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


def test_notebook_magics_shell_cells_and_strings() -> None:
    """%%bash cells and !curl lines are shell; %pip with continuation lines, obj? help and
    lines inside a triple-quoted string do not break the parse; a curl that only downloads
    or lists models is no call."""
    report = scan_paths([str(CORPUS / "magics.ipynb")])
    assert report.errors == []
    got = [(f.rule, f.line, f.message_en.split("]")[0]) for f in report.active]
    assert got == [
        ("AIG101", 2, "[cell 2"),
        ("AIG101", 3, "[cell 4"),
        ("AIG101", 5, "[cell 5"),
    ]


def test_a_broken_notebook_cell_is_reported_and_the_rest_scanned(tmp_path: Path) -> None:
    nb = {
        "cells": [
            {"cell_type": "code", "source": "from openai import OpenAI\nclient = OpenAI()\n"},
            {"cell_type": "code", "source": "if True\n    pass\n"},
            {
                "cell_type": "code",
                "source": "t = input()\nclient.chat.completions.create(model='m', messages=t)\n",
            },
        ]
    }
    path = tmp_path / "broken.ipynb"
    path.write_text(json.dumps(nb), "utf-8")
    report = scan_paths([str(path)])
    assert [(f.rule, f.line) for f in report.active] == [("AIG101", 2)]
    [(where, problem)] = report.errors
    assert where == str(path)
    assert "cell 2" in problem
    assert "other cells scanned" in problem
    assert report.files == 1
    assert main(["scan", str(path)]) == 2  # partly scanned is not clean


def test_call_inventory_lists_every_call_site_with_its_status(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = scan_paths([str(CORPUS / "flow_real_shapes.py")])
    statuses = [(c.line, c.vendor, c.status) for c in report.calls]
    assert statuses == [
        (19, "google_genai", "unchecked"),
        (32, "mistral", "unchecked"),
        (37, "anthropic", "unchecked"),
        (43, "google_genai", "literal"),
        (44, "google_genai", "unchecked"),
        (49, "google_genai", "checked"),
        (57, "langchain", "unchecked"),
        (61, "langchain", "checked"),
    ]
    assert main(["scan", "--calls", "--format", "json", str(CORPUS / "flow_real_shapes.py")]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 8
    assert rows[3]["status"] == "literal"
    assert main(["scan", "--calls", str(CORPUS / "magics.ipynb"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "[cell 2]" in out
    assert "3 call sites in 1 files" in out
    assert main(["scan", "--calls", str(CORPUS / "magics.ipynb")]) == 0  # Vietnamese by default
    out = capsys.readouterr().out
    assert "[ô 2]" in out
    assert "3 chỗ gọi trong 1 tệp" in out
    assert main(["scan", "--calls", "--format", "sarif", str(CORPUS)]) == 2


def test_guarded_calls_are_inventoried_not_reported() -> None:
    src = (
        "from openai import OpenAI\n"
        "from ai_guard.integrations.openai import guard_client\n"
        "client = guard_client(OpenAI())\n"
        "def f(t):\n"
        "    return client.chat.completions.create(model='m', messages=t)\n"
    )

    calls: list[CallSite] = []
    assert scan_source("app.py", src, calls=calls) == []
    assert [(c.line, c.status) for c in calls] == [(5, "guarded")]


JS_APP = """import OpenAI from "openai";
import { scrubPrompt, guardClient } from "./safety";

const raw = new OpenAI();
const safe = guardClient(new OpenAI());

export async function a(letter: string) {
  return raw.chat.completions.create({ model: "m", messages: [{ role: "user", content: letter }] });
}
export async function b(letter: string) {
  const clean = await scrubPrompt(letter);
  return raw.chat.completions.create({ model: "m", messages: [{ role: "user", content: clean }] });
}
export async function c(x: string) {
  return safe.chat.completions.create({ model: "m", messages: [{ role: "user", content: x }] });
}
export async function d() {
  return raw.chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: "Say hello (in Vietnamese)" }],
  });
}
"""


def test_javascript_flow_with_configured_guards() -> None:
    from ai_guard.scan import ScanConfig

    calls: list[CallSite] = []
    config = ScanConfig(extra_guards=("scrubPrompt", "guardClient"))
    found = scan_source("app.ts", JS_APP, config=config, calls=calls)
    assert [(f.rule, f.line) for f in found] == [("AIG101", 8)]
    assert [(c.line, c.status) for c in calls] == [
        (8, "unchecked"),
        (12, "checked"),
        (15, "guarded"),
        (18, "literal"),
    ]
    # without the configuration, only what is provably literal is spared
    plain = scan_source("app.ts", JS_APP)
    assert [f.line for f in plain] == [8, 12, 15]


def test_vercel_ai_sdk_functions_and_dynamic_imports() -> None:
    src = (
        "import { generateText } from 'ai';\n"
        "import { openai } from '@ai-sdk/openai';\n"
        "export const run = (q: string) => generateText({ model: openai('m'), prompt: q });\n"
    )
    assert [f.line for f in scan_source("r.ts", src)] == [3]
    src2 = (
        'const module = await import("https://esm.sh/@google/genai@1.4.0");\n'
        "const r = await ai.models.generateContent({ model: M, contents: userText });\n"
    )
    assert [f.line for f in scan_source("nb.js", src2)] == [2]
    # .stream() / .invoke() are LangChain's only where LangChain is imported
    src3 = "import OpenAI from 'openai';\nfs.createReadStream(p).stream(x);\n"
    assert scan_source("s.js", src3) == []


def test_curl_that_sends_nothing_is_not_a_call() -> None:
    src = (
        "curl https://generativelanguage.googleapis.com/v1beta/models?key=$KEY\n"
        'curl "${BASE_URL}/v1beta/models/${M}:generateContent?key=$KEY" \\\n'
        "  -H 'Content-Type: application/json' \\\n"
        "  -d @request.json\n"
    )
    assert [f.line for f in scan_source("run.sh", src)] == [2]


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ({"extra_cals": ["x"]}, "scan.extra_cals"),
        ({"extra_calls": "acme.ask"}, "scan.extra_calls"),
        ({"extra_guards": ["ok", ""]}, "scan.extra_guards.1"),
        ({"extra_clients": {"acme.Client": 3}}, "scan.extra_clients"),
        ({"decision_patterns": ["^ok", "(["]}, "scan.decision_patterns.1"),
    ],
)
def test_each_bad_scan_table_names_its_key(table: dict[str, object], key: str) -> None:
    from ai_guard import PolicyError
    from ai_guard.scan import ScanConfig

    with pytest.raises(PolicyError) as info:
        ScanConfig.from_mapping(table, source="pyproject.toml")
    assert info.value.key == key
    assert "cấu hình quét" in info.value.message("vi")


def test_good_scan_configuration_round_trips() -> None:
    from ai_guard.scan import ScanConfig

    cfg = ScanConfig.from_mapping(
        {"extra_clients": {"acme.Client": "acme"}, "exclude": ["tests/*"], "extra_calls": []}
    )
    assert cfg == ScanConfig(extra_clients={"acme.Client": "acme"}, exclude=("tests/*",))


def test_a_writefile_cell_that_does_not_parse_is_reported_not_dropped(tmp_path: Path) -> None:
    nb = {
        "cells": [
            {"cell_type": "code", "source": "%%writefile app.py\ndef broken(:\n    pass\n"},
            {
                "cell_type": "code",
                "source": "%%writefile ask.py\nfrom openai import OpenAI\n"
                "OpenAI().chat.completions.create(model='m', messages=input())\n",
            },
        ]
    }
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), "utf-8")
    report = scan_paths([str(path)])
    [(_, problem)] = report.errors
    assert "cell 1 line 2 (%%writefile app.py)" in problem
    assert [(f.rule, f.line, f.message_en[:8]) for f in report.active] == [
        ("AIG101", 3, "[cell 2]")
    ]


def test_old_import_paths_still_work() -> None:
    """``ai_guard.scan.python`` and ``ai_guard.scan.textfiles`` were split into parts; the names
    code was written against still import from there, and are the new modules' objects."""
    from ai_guard.scan import configfile, literals, notebook, script
    from ai_guard.scan import python as old_python
    from ai_guard.scan import textfiles as old_textfiles
    from ai_guard.scan.catalogue import Catalogue
    from ai_guard.scan.catalogue import catalogue as load
    from ai_guard.scan.python import checks, kinds

    assert old_python.Catalogue is Catalogue
    assert old_python.catalogue is load
    assert old_python.scan_python("x.py", "x = 1\n") == []
    assert old_python.suppressions("x = 1  # ai-guard: ignore[AIG101]\n") == {
        1: frozenset({"AIG101"})
    }
    assert old_python._GOV_EMAIL is literals.GOV_EMAIL
    assert old_python._ACCOUNT_NAME is literals._ACCOUNT_NAME
    assert old_python._PROMPT_NAME is literals._PROMPT_NAME
    assert old_python.DECISION_PATTERNS is checks.DECISION_PATTERNS
    assert (old_python.GUARDED, old_python.CHECKED) == (kinds.GUARDED, kinds.CHECKED)
    assert (old_python.LLM_OUTPUT, old_python.PARAMETER) == (kinds.LLM_OUTPUT, kinds.PARAMETER)
    assert old_textfiles.scan_notebook is notebook.scan_notebook
    assert old_textfiles.PartialScanError is notebook.PartialScanError
    assert old_textfiles.scan_script is script.scan_script
    assert old_textfiles.SCRIPT_SUFFIXES is script.SCRIPT_SUFFIXES
    assert old_textfiles.scan_config is configfile.scan_config
    assert old_textfiles.CONFIG_SUFFIXES is configfile.CONFIG_SUFFIXES


def test_extended_catalogue_keeps_every_table() -> None:
    """A project's additions change only what they add (the JavaScript tables included)."""
    from dataclasses import fields

    base = catalogue()
    more = base.extended(clients={"acme.Client": "acme"}, calls=["acme.ask"], guards=["g.scrub"])
    changed = {f.name for f in fields(base) if getattr(base, f.name) != getattr(more, f.name)}
    assert changed == {
        "clients", "calls", "guard_functions", "guard_wrappers", "guard_decorators"
    }  # fmt: skip
    assert ("acme", "ask") in more.calls
    assert "g.scrub" in more.guard_decorators
    assert more.js_sdk_import.pattern == base.js_sdk_import.pattern


@pytest.mark.parametrize(
    ("line", "package"),
    [
        ('import OpenAI from "openai";', "openai"),
        ("import { openai } from '@ai-sdk/openai';", "@ai-sdk/openai"),
        ('const m = await import("https://esm.sh/@google/genai@1.4.0");', "@google/genai"),
        ("const { ChatOpenAI } = require('@langchain/openai/chat_models');", "@langchain/openai"),
        ('import x from "openai-streams";', None),
        ('import x from "@ai-sdk/";', None),
    ],
)
def test_javascript_sdk_imports_come_from_the_catalogue(line: str, package: str | None) -> None:
    m = catalogue().js_sdk_import.search(line)
    assert (m.group(1) if m else None) == package


def test_rule_texts_are_vietnamese_english_pairs_from_i18n() -> None:
    """Rules keep their ids, names and the ``summary_en``/``fix_vi``... fields; the texts are
    (vi, en) pairs in ``ai_guard.i18n.scan``, as every sentence of ai-guard."""
    from ai_guard import i18n

    assert list(RULES_) == ["AIG101", "AIG102", "AIG103", "AIG104", "AIG105", "AIG106"]
    assert RULES_["AIG101"].name == "unchecked-llm-call"
    for rule_id, rule in RULES_.items():
        summary, fix = i18n.SCAN_RULE_TEXTS[rule_id]
        assert (rule.summary, rule.fix) == (summary, fix)
        assert (rule.summary_vi, rule.summary_en) == summary
        assert (rule.fix_vi, rule.fix_en) == fix
        assert summary[0] != summary[1]
    assert "gọi API" in RULES_["AIG101"].summary_vi
    assert RULES_["AIG101"].summary_en.startswith("a call to an LLM API")


def test_a_finding_message_is_the_rule_the_detail_and_the_fix() -> None:
    f = RULES_["AIG104"].finding("a.py", 3, 5, "'approve_x'")
    assert (f.rule, f.path, f.line, f.column) == ("AIG104", "a.py", 3, 5)
    assert f.message_en == (
        "an LLM's output reaches a decision without a human sign-off ('approve_x'); "
        "fix: guard the decision function with @require_human_signoff"
    )
    assert f.message_vi.endswith(
        "('approve_x'); cách sửa: bảo vệ hàm ra quyết định bằng @require_human_signoff"
    )
    held = RULES_["AIG105"].finding("a.py", 1, 1, holds=("1 họ tên", "1 × name"))
    assert ": 1 × name; fix: " in held.message_en
    assert ": 1 họ tên; cách sửa: " in held.message_vi


def test_raw_http_in_a_script_is_said_in_each_language() -> None:
    [f] = [f for f in scan_paths([str(CORPUS / "call_llm.sh")]).active if f.rule == "AIG101"]
    assert "(raw HTTP to an LLM API)" in f.message_en
    assert "(HTTP trực tiếp tới API mô hình ngôn ngữ lớn)" in f.message_vi


def test_text_reports_are_vietnamese_by_default_as_the_cli() -> None:
    """``to_text`` and ``calls_to_text`` called from Python speak as ``ai-guard scan`` does
    without ``--lang``: Vietnamese; ``lang="en"`` gives English."""
    from ai_guard.scan.report import calls_to_text, to_text

    report = scan_paths([str(CORPUS / "magics.ipynb"), str(CORPUS / "broken.py")])
    assert to_text(report) == to_text(report, "vi")
    assert "cách sửa:" in to_text(report)
    assert "ERROR không quét được: SyntaxError" in to_text(report)
    assert "fix:" in to_text(report, "en")
    assert "ERROR cannot be scanned: SyntaxError" in to_text(report, "en")
    assert calls_to_text(report) == calls_to_text(report, "vi")
    assert "[ô 2]" in calls_to_text(report)
    assert "3 chỗ gọi trong 2 tệp" in calls_to_text(report)
    assert "3 call sites in 2 files" in calls_to_text(report, "en")
    assert report.active[0].message() == report.active[0].message_vi


def test_a_partly_read_notebook_raises_an_error_of_the_tree_in_both_languages() -> None:
    from ai_guard.errors import AiGuardError, PartialScanError

    nb = {
        "cells": [
            {"cell_type": "code", "source": "def broken(:\n    pass\n"},
            {"cell_type": "code", "source": "x = 1\n"},
        ]
    }
    with pytest.raises(PartialScanError) as caught:
        scan_source("nb.ipynb", json.dumps(nb))
    err = caught.value
    assert isinstance(err, AiGuardError)
    assert err.code == "AIG-E220"
    assert err.problem == err.message_en
    assert "cell 1" in err.problem
    assert "các ô khác đã được quét" in err.message_vi
    assert err.findings == []


_HALF_A, _HALF_B = "sk-proj-xWYyiZhD6SSL", "DXEtWLVrqfpbNuMqsi7CSEzmL8KlX5UVO8qc"


@pytest.mark.parametrize(
    ("path", "src"),
    [
        ("x.py", f'KEY = "{_HALF_A}" + "{_HALF_B}"\n'),
        ("x.py", f'KEY = "{_HALF_A}" + "{_HALF_B[:10]}" + "{_HALF_B[10:]}"\n'),
        ("x.js", f'const key = "{_HALF_A}" + "{_HALF_B}";\n'),
        ("x.ts", f"const key = '{_HALF_A}' + `{_HALF_B}`;\n"),
    ],
)
def test_a_key_cut_into_joined_literals_is_still_a_hardcoded_key(path: str, src: str) -> None:
    """Neither half is a key on its own (the first is too short): the literal they build is."""
    assert [(f.rule, f.line) for f in scan_source(path, src)] == [("AIG102", 1)]


@pytest.mark.parametrize(
    ("path", "src"),
    [
        ("x.py", 'greeting = "Xin chào " + "anh chị"\n'),
        ("x.js", 'const url = "https://api.openai.com" + "/v1/chat/completions";\n'),
    ],
)
def test_joined_literals_that_build_no_key_stay_clean(path: str, src: str) -> None:
    assert [f.rule for f in scan_source(path, src) if f.rule == "AIG102"] == []


_ANTHROPIC_KEY = (
    "sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk6lMn9oPq2rSt5uVw8xYz1AbCdEfGh"
    "-IjKlMnAA"
)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("main.go", f'package main\nconst apiKey = "{_ANTHROPIC_KEY}"\n'),
        ("Client.java", f'class C {{ static final String KEY = "{_ANTHROPIC_KEY}"; }}\n'),
        ("application.properties", f"anthropic.api.key={_ANTHROPIC_KEY}\n"),
        ("Chat.kt", f'val key = "{_ANTHROPIC_KEY}"\n'),
        ("llm.tf", f'variable "key" {{ default = "{_ANTHROPIC_KEY}" }}\n'),
        ("App.vue", f"<script>\nconst key = '{_ANTHROPIC_KEY}'\n</script>\n"),
    ],
)
def test_a_key_in_another_languages_source_is_found(name: str, source: str) -> None:
    """Go, Java, Kotlin, Terraform, .properties, Vue ... are read line by line for keys and
    official e-mails (no call-site analysis): a hardcoded key there is not passed over."""
    found = scan_source(name, source)
    assert [f.rule for f in found] == ["AIG102"]
    assert _ANTHROPIC_KEY[:20] not in found[0].message_vi + found[0].message_en


def test_another_languages_source_without_a_key_is_clean_and_suppressions_hold(
    tmp_path: Path,
) -> None:
    clean = 'package main\nimport "os"\nvar key = os.Getenv("ANTHROPIC_API_KEY")\n'
    assert scan_source("main.go", clean) == []
    suppressed = f'const k = "{_ANTHROPIC_KEY}" // ai-guard: ignore[AIG102]\n'
    assert [f.suppressed for f in scan_source("main.go", suppressed)] == [True]
    # a directory walk reads them too
    (tmp_path / "svc").mkdir()
    (tmp_path / "svc" / "main.go").write_text(f'const k = "{_ANTHROPIC_KEY}"\n')
    report = scan_paths([str(tmp_path)])
    assert [(Path(f.path).name, f.rule) for f in report.findings] == [("main.go", "AIG102")]


def test_a_file_of_another_kind_named_on_the_command_line_is_read_for_keys(
    tmp_path: Path,
) -> None:
    """A C file or a text file named explicitly is not passed over unread: keys and official
    e-mails are looked for, and the report says the file was read for those only."""
    c_file = tmp_path / "client.c"
    c_file.write_text(f'const char *k = "{_ANTHROPIC_KEY}";\n')
    text = tmp_path / "notes.txt"
    text.write_text("nothing secret here\n")
    report = scan_paths([str(c_file), str(text)])
    assert [(Path(f.path).name, f.rule) for f in report.findings] == [("client.c", "AIG102")]
    assert sorted((Path(p).name, n) for p, n in report.notes) == [
        ("client.c", "other_kind"),
        ("notes.txt", "other_kind"),
    ]
    # a folder's walk still reads only the kinds the scanner knows
    assert scan_paths([str(tmp_path)]).findings == []


def test_a_prompt_written_into_a_variable_is_literal_not_checked() -> None:
    """A call whose prompt is text written in the code, held in variables, is listed as
    literal (nothing passed through check_prompt); a call that adds the user's text after it
    (``+=``) is unchecked."""
    report = scan_paths([str(CORPUS / "literal_variables.py")])
    statuses = {c.line: c.status for c in report.calls}
    assert statuses[53] == "literal"
    assert statuses[20] == "unchecked"
    assert statuses[37] == "unchecked"
    # the same literal read by its prompt-like name and at its call: one finding
    src = (
        "import anthropic\nclient = anthropic.Anthropic()\n"
        'prompt = "Ông Nguyễn Văn An, CCCD 001203004567"\n'
        'client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", '
        '"content": prompt}])\n'
    )
    found = [(f.rule, f.line) for f in scan_source("a.py", src)]
    assert found.count(("AIG105", 3)) == 1
    assert ("AIG101", 4) in found


def test_openai_shaped_sdks_are_listed_under_their_own_vendor() -> None:
    """Groq's and Together's clients copy the OpenAI client's shape: their calls are found as
    OpenAI's are, and the inventory names the vendor the data goes to."""
    src = (
        "from groq import Groq\nfrom together import Together\n"
        "g = Groq()\nt = Together()\n"
        "def ask(q):\n"
        '    g.chat.completions.create(model="m", messages=[{"role": "user", "content": q}])\n'
        '    t.chat.completions.create(model="m", messages=[{"role": "user", "content": q}])\n'
    )
    calls: list[CallSite] = []
    found = scan_source("a.py", src, calls=calls)
    assert [(c.line, c.vendor, c.status) for c in calls] == [
        (6, "groq", "unchecked"),
        (7, "together", "unchecked"),
    ]
    assert [(f.rule, f.line) for f in found] == [("AIG101", 6), ("AIG101", 7)]


PROJECT = CORPUS / "project_modules"


@pytest.mark.parametrize("name", ["models.py", "service.py", "history.py"])
def test_a_model_made_in_another_module_of_the_project_is_followed(name: str) -> None:
    """A model built in one module (``def make_model(): return ChatGoogleGenerativeAI()``,
    ``shared_model = ChatOpenAI()``) and called in another that imports it, by an absolute or
    a relative import, also when that file is scanned alone (the pre-commit hook is given the
    changed files only); LangChain's classes built around the model (``from_llm``,
    ``RunnableWithMessageHistory``) send to it, those built around anything else do not."""
    path = PROJECT / "hoidap" / name
    want = expected(path)
    for report in (scan_paths([str(PROJECT)]), scan_paths([str(path)])):
        got = {(f.rule, f.line) for f in report.active if Path(f.path).name == name}
        assert got == (set() if want == "none" else want)


def test_js_model_lists_are_no_calls_and_openai_image_and_moderation_calls_are() -> None:
    """A GET of a vendor's model list is not in the inventory; the OpenAI SDK's image and
    moderation calls are, and a comment among a call's arguments leaves it literal."""
    calls: list[CallSite] = []
    path = CORPUS / "model_lists.ts"
    scan_source(str(path), path.read_text(encoding="utf-8"), calls=calls)
    assert [(c.line, c.status) for c in calls] == [
        (15, "unchecked"),
        (20, "unchecked"),
        (21, "unchecked"),
        (22, "unchecked"),
        (23, "unchecked"),
        (24, "literal"),
    ]
