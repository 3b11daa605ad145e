"""Reports: SARIF positions of notebook findings count from the file's start, and the SARIF
fingerprint is the baseline's for notebooks and absolute paths alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ai_guard.cli import main
from ai_guard.scan import scan_paths
from ai_guard.scan.report import to_json, to_sarif

CORPUS = Path(__file__).parent / "scan_corpus"
SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


def _results(sarif: str) -> list[dict[str, object]]:
    return json.loads(sarif)["runs"][0]["results"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", ["demo.ipynb", "magics.ipynb"])
def test_sarif_positions_in_a_notebook_point_at_the_code_in_the_file(name: str) -> None:
    path = CORPUS / name
    lines = path.read_text("utf-8").splitlines()
    report = scan_paths([str(path)])
    results = _results(to_sarif(report))
    assert results
    for result, finding in zip(results, report.findings, strict=True):
        region = result["locations"][0]["physicalLocation"]["region"]  # type: ignore[index]
        text = lines[region["startLine"] - 1][region["startColumn"] - 1 :]
        assert region["startLine"] != finding.line  # the cell's line is not the file's
        assert text.startswith(("client.", "curl ")), text
        assert finding.file_line == region["startLine"]


def test_a_notebook_written_with_one_string_per_cell_still_places_findings() -> None:
    code = (
        "from openai import OpenAI\nclient = OpenAI()\ndef r(t):\n"
        "    return client.chat.completions.create(model='m', messages=[{'content': t}])\n"
    )
    nb = {"cells": [{"cell_type": "markdown", "metadata": {"source": "x"}, "source": "# T"},
                    {"cell_type": "code", "metadata": {}, "outputs": [], "source": code}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}  # fmt: skip
    from ai_guard.scan import scan_source

    text = json.dumps(nb, indent=1)
    [finding] = scan_source("nb.ipynb", text)
    assert finding.line == 4
    assert '"source": "from openai' in text.splitlines()[finding.file_line - 1]  # type: ignore[operator]


def test_notebook_fingerprints_are_the_baselines_and_tell_cells_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    monkeypatch.chdir(tmp_path)
    shutil.copy(CORPUS / "magics.ipynb", tmp_path / "nb.ipynb")
    assert main(["scan", "nb.ipynb", "--baseline", "base.json", "--update-baseline"]) == 0
    accepted = sorted(
        e["fingerprint"] for e in json.loads(Path("base.json").read_text())["findings"]
    )
    capsys.readouterr()
    for given in ("nb.ipynb", str(tmp_path / "nb.ipynb")):
        assert main(["scan", given, "--format", "sarif"]) == 1
        sarif = capsys.readouterr().out
        jsonschema.validate(json.loads(sarif), json.loads(SCHEMA.read_text()))
        got = sorted(r["partialFingerprints"]["aiGuardLine/v1"] for r in _results(sarif))  # type: ignore[index]
        assert got == accepted, given
    assert len(set(accepted)) == len(accepted)  # each finding hashes its own line of the file
    rows = json.loads(to_json(scan_paths(["nb.ipynb"])))
    assert all("file_line" in r for r in rows)


def test_vendor_account_routes_and_llm_app_runs_in_the_inventory_and_sarif(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A POST to a vendor's key management route (``/api/v1/keys``) is no call in the
    inventory, built as a constant, a sum or an f-string; Dify's workflow run is one, and
    its unchecked input is AIG101 in a SARIF report that still meets the schema."""
    jsonschema = pytest.importorskip("jsonschema")
    from ai_guard.scan import CallSite, scan_source

    for name, calls_at in (("vendor_routes.py", [24, 32, 39]), ("vendor_routes.sh", [13])):
        calls: list[CallSite] = []
        scan_source(name, (CORPUS / name).read_text(encoding="utf-8"), calls=calls)
        assert [c.line for c in calls] == calls_at, name
    paths = [str(CORPUS / "vendor_routes.py"), str(CORPUS / "vendor_routes.sh")]
    assert main(["scan", *paths, "--format", "sarif"]) == 1
    sarif = capsys.readouterr().out
    jsonschema.validate(json.loads(sarif), json.loads(SCHEMA.read_text()))
    rows = _results(sarif)
    assert sorted(
        (r["locations"][0]["physicalLocation"]["region"]["startLine"], r["ruleId"])  # type: ignore[index]
        for r in rows
    ) == [(13, "AIG101"), (24, "AIG101"), (32, "AIG101"), (39, "AIG101")]
