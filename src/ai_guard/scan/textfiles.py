"""Files other than Python: notebooks, JavaScript/TypeScript, shell scripts, and .env / YAML /
JSON / TOML configuration.

- ``.ipynb``: code cells are joined (notebook state flows from cell to cell) and scanned as
  Python; each finding names its cell and the line inside it.
- JavaScript/TypeScript and shell: there is no ai-guard library there, so every raw LLM call is
  AIG101 unless suppressed (``// ai-guard: ignore[AIG101]``, ``# ...``): SDK calls
  (``openai.chat.completions.create(``, ``anthropic.messages.create(``,
  ``ai.models.generateContent(`` ...) and HTTP requests (``fetch``, ``axios``, ``curl``) to the
  vendors' hosts; AIG102 for keys in literals; AIG103 for official e-mails in account fields.
- Configuration (``.env``, ``.yaml``/``.yml``, ``.json``, ``.toml``, ``.ini``, ``.cfg``): AIG102
  for keys in values, AIG103 for official e-mails under account-like keys.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ai_guard.scan.python import _ACCOUNT_NAME, _GOV_EMAIL, Catalogue, catalogue, scan_python
from ai_guard.scan.rules import RULES, ScanFinding

__all__ = ["CONFIG_SUFFIXES", "SCRIPT_SUFFIXES", "scan_config", "scan_notebook", "scan_script"]

SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".sh", ".bash", ".zsh")
CONFIG_SUFFIXES = (".env", ".yaml", ".yml", ".json", ".toml", ".ini", ".cfg")

_JS_CALLS = re.compile(
    r"\.(?:chat\.completions\.(?:create|parse|stream)|responses\.(?:create|stream|parse)|"
    r"completions\.create|embeddings\.create|messages\.(?:create|stream|parse|countTokens)|"
    r"models\.generateContent(?:Stream)?|chats\.create|sendMessage(?:Stream)?|"
    r"chat\.(?:complete|stream)|generateContent(?:Stream)?|invoke|generateText|streamText)\s*\("
)
_JS_SDK = re.compile(
    r"""(?:from\s+|require\(\s*)["'](?:openai|@anthropic-ai/sdk|@google/genai|"""
    r"""@google/generative-ai|@mistralai/mistralai|groq-sdk|ollama|ai|@ai-sdk/[a-z-]+|"""
    r"""@langchain/[a-z-]+|cohere-ai)["']"""
)
_HTTP = re.compile(r"\b(?:fetch|axios(?:\.post)?|got|request|curl|wget|http\.post)\b")
_STRING = re.compile(r"""(["'`])((?:\\.|(?!\1).){8,400}?)\1""")
_SUPPRESS = re.compile(r"(?:#|//)\s*ai-guard\s*:\s*ignore(?:\[([A-Z0-9,\s]+)\])?", re.I)
_KV = re.compile(r"""^\s*["']?([A-Za-z0-9_.\-]+)["']?\s*[:=]\s*(.+?)\s*,?\s*$""")


def _finding(rule: str, path: str, line: int, col: int, detail: str = "") -> ScanFinding:
    r = RULES[rule]
    extra = f" ({detail})" if detail else ""
    return ScanFinding(
        rule, path, line, col, f"{r.summary_en}{extra}; fix: {r.fix_en}",
        f"{r.summary_vi}{extra}; cách sửa: {r.fix_vi}",
    )  # fmt: skip


def _suppressed(lines: list[str], idx: int, rule: str) -> bool:
    for j in (idx, idx - 1):
        if 0 <= j < len(lines):
            m = _SUPPRESS.search(lines[j])
            if m and (m.group(1) is None or rule in m.group(1).upper()):
                return True
    return False


def _mark(findings: list[ScanFinding], lines: list[str]) -> list[ScanFinding]:
    from dataclasses import replace

    return [
        replace(f, suppressed=True) if _suppressed(lines, f.line - 1, f.rule) else f
        for f in findings
    ]


def _key_and_email(path: str, lines: list[str], out: list[ScanFinding]) -> None:
    from ai_guard.scan.literals import key_finding

    for i, line in enumerate(lines, 1):
        kv = _KV.match(line)
        name = kv.group(1) if kv else None
        values = [m.group(2) for m in _STRING.finditer(line)]
        if kv and not values:
            values = [kv.group(2).strip().strip("\"'")]
        for value in values:
            vendor = key_finding(value, name)
            if vendor:
                out.append(_finding("AIG102", path, i, line.find(value[:8]) + 1, vendor))
                break
        email = _GOV_EMAIL.search(line)
        if email and name and _ACCOUNT_NAME.search(name):
            out.append(_finding("AIG103", path, i, email.start() + 1, f"'{name}'"))


def scan_script(path: str, source: str, cat: Catalogue | None = None) -> list[ScanFinding]:
    cat = cat or catalogue()
    lines = source.splitlines()
    out: list[ScanFinding] = []
    uses_sdk = bool(_JS_SDK.search(source)) or path.endswith((".sh", ".bash", ".zsh"))
    for i, line in enumerate(lines, 1):
        stripped = line.lstrip()
        if stripped.startswith(("//", "#", "*", "/*")) and not stripped.startswith("#!"):
            continue
        m = _JS_CALLS.search(line)
        if m and uses_sdk and not path.endswith((".sh", ".bash", ".zsh")):
            out.append(_finding("AIG101", path, i, m.start() + 2, "javascript/typescript"))
            continue
        http = _HTTP.search(line)
        window = " ".join(lines[i - 1 : i + 2])
        if http and any(h in window for h in cat.http_hosts):
            out.append(_finding("AIG101", path, i, http.start() + 1, "raw HTTP to an LLM API"))
    _key_and_email(path, lines, out)
    return _mark(out, lines)


def scan_config(path: str, source: str) -> list[ScanFinding]:
    lines = source.splitlines()
    out: list[ScanFinding] = []
    _key_and_email(path, lines, out)
    return _mark(out, lines)


def scan_notebook(path: str, source: str, cat: Catalogue | None = None,
                  config: Any = None) -> list[ScanFinding]:  # fmt: skip
    """Code cells joined and scanned as Python; findings mapped back to (cell, line)."""
    data = json.loads(source)
    cells = data.get("cells", []) if isinstance(data, dict) else []
    code: list[str] = []
    where: list[tuple[int, int]] = []  # joined line -> (cell number, line in cell)
    for n, cell in enumerate(cells, 1):
        if cell.get("cell_type") != "code":
            continue
        src = cell.get("source", "")
        text = "".join(src) if isinstance(src, list) else str(src)
        for k, row in enumerate(text.splitlines(), 1):
            # IPython magics and shell escapes are not Python
            code.append("pass  # magic" if row.lstrip().startswith(("%", "!")) else row)
            where.append((n, k))
        code.append("")
        where.append((n, 0))
    findings = scan_python(path, "\n".join(code) + "\n", cat, config)
    out = []
    for f in findings:
        cell, line = where[f.line - 1] if 0 < f.line <= len(where) else (0, f.line)
        out.append(
            ScanFinding(
                f.rule, path, line, f.column, f"[cell {cell}] {f.message_en}",
                f"[ô {cell}] {f.message_vi}", f.suppressed,
            )
        )  # fmt: skip
    return out
