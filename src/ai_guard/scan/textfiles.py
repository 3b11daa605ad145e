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
from collections.abc import Iterable
from typing import Any

from ai_guard.scan.python import (
    _ACCOUNT_NAME,
    _GOV_EMAIL,
    _PROMPT_NAME,
    Catalogue,
    catalogue,
    scan_python,
)
from ai_guard.scan.rules import RULES, CallSite, ScanFinding

__all__ = [
    "CONFIG_SUFFIXES",
    "SCRIPT_SUFFIXES",
    "PartialScanError",
    "scan_config",
    "scan_notebook",
    "scan_script",
]

SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".sh", ".bash", ".zsh")
CONFIG_SUFFIXES = (".env", ".yaml", ".yml", ".json", ".toml", ".ini", ".cfg")

_JS_CALLS = re.compile(
    r"\.(?:chat\.completions\.(?:create|parse|stream)|responses\.(?:create|stream|parse)|"
    r"completions\.create|embeddings\.create|messages\.(?:create|stream|parse|countTokens)|"
    r"models\.(?:generateContent(?:Stream)?|embedContent|countTokens|generateImages)|"
    r"sendMessage(?:Stream)?|chat\.(?:complete|stream)|generateContent(?:Stream)?|"
    r"countTokens|embedContent|invoke|stream|batch|chatCompletion|textGeneration|"
    r"live\.connect|ocr\.process|fim\.complete|agents\.complete|generateText)\s*\("
)
_JS_SDK = re.compile(
    r"""(?:from\s+|require\(\s*|import\(\s*)["'](?:https://esm\.sh/)?"""
    r"""(openai|@anthropic-ai/sdk|@google/genai|@google/generative-ai|@mistralai/mistralai|"""
    r"""groq-sdk|ollama|ai|@ai-sdk/[a-z-]+|@langchain/[a-z-]+|cohere-ai|together-ai|"""
    r"""@huggingface/inference|@ibm-cloud/watsonx-ai|@aws-sdk/client-bedrock-runtime|"""
    r"""@anthropic-ai/claude-agent-sdk)(?:@[\w.^~-]+)?(?:/[\w/.-]+)?["']"""
)
#: the Vercel AI SDK's functions and Bedrock's commands are called bare
_JS_FUNCTIONS = re.compile(
    r"(?<![\w.$])(?:generateText|streamText|generateObject|streamObject|embed|embedMany|"
    r"new\s+(?:Converse|ConverseStream|InvokeModel|InvokeModelWithResponseStream)Command)\s*\("
)
_CURL_SENDS = re.compile(r"\s(?:-d|--data(?:-\w+)?|--json|-F|--form|-T|--upload-file)\b|-X\s*POST")
#: API paths that only LLM endpoints have, whatever the host (a proxy, ${BASE_URL})
_API_PATH = re.compile(
    r":(?:generateContent|streamGenerateContent|embedContent|batchEmbedContents|countTokens)\b|"
    r"/v1(?:beta)?/(?:chat/completions|messages|responses|embeddings)\b"
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


def _prompt_name(name: str | None, cat: Catalogue) -> bool:
    """The same names as in Python: ``*prompt*``, ``*template*``, ``system``, ``messages``
    and the prompt arguments (``content``, ``input``, ``text`` ...)."""
    return bool(name) and bool(_PROMPT_NAME.search(name or "") or name in cat.prompt_args)


def _aig105(path: str, line: int, col: int, summary: tuple[str, str]) -> ScanFinding:
    r = RULES["AIG105"]
    return ScanFinding(
        "AIG105", path, line, col, f"{r.summary_en}: {summary[1]}; fix: {r.fix_en}",
        f"{r.summary_vi}: {summary[0]}; cách sửa: {r.fix_vi}",
    )  # fmt: skip


#: what names a string literal in a script: ``prompt: "..."``, ``const SYSTEM = `...```,
#: ``"content": "..."``, or curl's ``-d '...'`` / ``--data`` / ``--json`` (named "data")
_LITERAL_NAME = re.compile(
    r"""(?:["']?([A-Za-z_$][\w$.-]*)["']?\s*(?::\s*[\w<>\[\]|. ]+?)?\s*[:=]\s*"""
    r"""|\s(-d|--data[\w-]*|--json)\s+)$"""
)
_TEMPLATE_PART = re.compile(r"\$\{[^}]*\}")


def _script_prompts(path: str, source: str, cat: Catalogue, out: list[ScanFinding]) -> None:
    """AIG105 for prompt literals of a script, multi-line template literals included."""
    from ai_guard.scan.literals import prompt_finding

    for m in _JS_STRING.finditer(source):
        line_start = source.rfind("\n", 0, m.start()) + 1
        before = source[line_start : m.start()]
        if before.lstrip().startswith(("//", "#", "*", "/*")):
            continue
        named = _LITERAL_NAME.search(before)
        name = (named.group(1) or "data") if named else None
        if not _prompt_name(name, cat):
            continue
        summary = prompt_finding(_TEMPLATE_PART.sub(" ", m.group(0)[1:-1]))
        if summary:
            line = source.count("\n", 0, m.start()) + 1
            out.append(_aig105(path, line, m.start() - line_start + 1, summary))


def _key_and_email(
    path: str, lines: list[str], out: list[ScanFinding], cat: Catalogue | None = None
) -> None:
    """AIG102 and AIG103 on every line; with a catalogue (configuration files), also AIG105
    for values under prompt-like keys (``system_prompt: ...``)."""
    from ai_guard.scan.literals import key_finding, prompt_finding

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
        elif cat is not None and kv and _prompt_name(name, cat):
            summary = prompt_finding(values[0]) if values else None
            if summary:
                out.append(_aig105(path, i, kv.start(2) + 1, summary))


def _arguments(source: str, open_paren: int) -> str:
    """The text between a call's parenthesis and its match (strings and template literals
    skipped while counting); at most 4,000 characters."""
    depth, i, quote = 0, open_paren, ""
    stop = min(len(source), open_paren + 4000)
    while i < stop:
        c = source[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return source[open_paren + 1 : i]
        i += 1
    return source[open_paren + 1 : stop]


_JS_STRING = re.compile(r"""(["'`])(?:\\.|(?!\1)[^\\])*\1""", re.S)
_JS_IDENT = re.compile(r"(?<![\w.$])([A-Za-z_$][\w$]*)(?!\s*:)(?![\w$])")
_JS_WORDS = frozenset(
    {"true", "false", "null", "undefined", "new", "await", "async", "function", "return",
     "const", "let", "var", "of", "in", "typeof", "as", "JSON", "Math", "Date", "String",
     "Number", "Object", "Array", "Boolean"}
)  # fmt: skip
_JS_ASSIGN = re.compile(
    r"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>\[\]|. ]+)?=\s*(?:await\s+)?"
    r"(?:new\s+)?([A-Za-z_$][\w$.]*)\s*\("
)


def _js_status(args: str, checked: set[str], guards: frozenset[str]) -> str:
    """``checked`` when the prompt goes through a configured guard, ``literal`` when the
    arguments hold only literals and constants, else ``unchecked``."""
    bare = _JS_STRING.sub('""', args)
    names = [m.group(1) for m in _JS_IDENT.finditer(bare)]
    if any(n in guards or n in checked for n in names) or re.search(r"\.redacted_?[tT]ext\b", args):
        return "checked"
    data = [n for n in names if n not in _JS_WORDS and not n.isupper()]
    return "unchecked" if data else "literal"


def scan_script(
    path: str,
    source: str,
    cat: Catalogue | None = None,
    calls: list[CallSite] | None = None,
    guards: Iterable[str] = (),
) -> list[ScanFinding]:
    """JavaScript/TypeScript and shell. A call whose receiver was made by a configured guard
    (``extra_guards``, by its last name: ``const ai = guardClient(new OpenAI())``) is
    guarded; one whose arguments go through a guard or a value a guard returned is checked;
    one with only literals and constants is literal (AIG105 reads its prompt literals); the
    rest is AIG101."""
    cat = cat or catalogue()
    shell = path.endswith((".sh", ".bash", ".zsh"))
    sdk = None if shell else _JS_SDK.search(source)
    guard_names = frozenset(g.rsplit(".", 1)[-1] for g in (*cat.guard_functions, *guards))
    guarded: set[str] = set()
    checked: set[str] = set()
    for m in _JS_ASSIGN.finditer(source):
        callee = m.group(2).rsplit(".", 1)[-1]
        if callee in guard_names:
            (guarded if re.search(r"[Cc]lient|[Gg]uard", callee) else checked).add(m.group(1))
    lines = source.splitlines()
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    out: list[ScanFinding] = []
    for i, line in enumerate(lines, 1):
        stripped = line.lstrip()
        if stripped.startswith(("//", "#", "*", "/*")) and not stripped.startswith("#!"):
            continue
        hit: re.Match[str] | None = None
        if sdk is not None:
            hit = _JS_CALLS.search(line) or _JS_FUNCTIONS.search(line)
            generic = hit is not None and hit.group(0)[1:].startswith(
                ("invoke", "stream(", "batch")
            )
            if generic and not sdk.group(1).startswith("@langchain"):
                hit = None  # .invoke() / .stream() are LangChain's only where LangChain is used
        if hit is not None and sdk is not None:
            m = hit
            receiver = re.search(r"([A-Za-z_$][\w$]*)\s*(?:\.\s*[\w$]+\s*)*$", line[: m.start()])
            if receiver and receiver.group(1) in guarded:
                status = "guarded"
            else:
                args = _arguments(source, offsets[i - 1] + m.end() - 1)
                status = _js_status(args, checked, guard_names)
            if status == "unchecked":
                out.append(_finding("AIG101", path, i, m.start() + 2, "javascript/typescript"))
            if calls is not None:
                calls.append(CallSite(path, i, m.start() + 2, sdk.group(1), status))
            continue
        http = _HTTP.search(line)
        window = " ".join(lines[i - 1 : i + 2])
        if http and http.group(0) == "curl":
            # the whole command (continuation lines); a curl that sends nothing (a GET of
            # the model list, a download) is not a prompt
            j = i
            while j < len(lines) and lines[j - 1].rstrip().endswith("\\"):
                j += 1
            window = " ".join(lines[i - 1 : j])
            if not _CURL_SENDS.search(window):
                continue
        if http and (any(h in window for h in cat.http_hosts) or _API_PATH.search(window)):
            out.append(_finding("AIG101", path, i, http.start() + 1, "raw HTTP to an LLM API"))
            if calls is not None:
                calls.append(CallSite(path, i, http.start() + 1, "http", "unchecked"))
    _key_and_email(path, lines, out)
    _script_prompts(path, source, cat, out)
    return _mark(sorted(out, key=lambda f: (f.line, f.column, f.rule)), lines)


def scan_config(path: str, source: str, cat: Catalogue | None = None) -> list[ScanFinding]:
    lines = source.splitlines()
    out: list[ScanFinding] = []
    _key_and_email(path, lines, out, cat or catalogue())
    return _mark(out, lines)


class PartialScanError(Exception):
    """A file was scanned only in part (some notebook cells do not parse): the findings of
    the rest, and what was skipped. Reported as an error, never silently."""

    def __init__(self, findings: list[ScanFinding], problem: str) -> None:
        super().__init__(problem)
        self.findings = findings
        self.problem = problem


_SHELL_MAGICS = frozenset({"bash", "sh", "shell", "script", "system", "sx"})
_JS_MAGICS = frozenset({"javascript", "js"})
_PY_BODY_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug", "python", "python3"})
_HELP = re.compile(r"^(?:\?{1,2}[\w.]+|[\w.]+\?{1,2})$")  # obj? obj?? ?obj
_AUTOMAGIC = re.compile(r"^(?:pip|conda|mamba|uv)\s+(?:install|uninstall)\b")
_LINE_SHELL = re.compile(r"^(\s*)(?:[A-Za-z_][\w.]*\s*=\s*)?(?:!|%(?:sx|system)\b)(.*)$")


def _open_quote(row: str, quote: str) -> str:
    """The triple quote still open after ``row`` (approximate: escapes and comments are
    handled, single-quoted strings on one line are skipped)."""
    i = 0
    while i < len(row):
        if quote:
            j = row.find(quote, i)
            if j < 0:
                return quote
            if j > 0 and row[j - 1] == "\\":
                i = j + 1
                continue
            i, quote = j + 3, ""
            continue
        c = row[i]
        if c == "#":
            return ""
        if row.startswith(('"""', "'''"), i):
            quote = row[i : i + 3]
            i += 3
        elif c in "\"'":
            end = row.find(c, i + 1)
            while end > 0 and row[end - 1] == "\\":
                end = row.find(c, end + 1)
            i = len(row) if end < 0 else end + 1
        else:
            i += 1
    return quote


def _cell_source(cell: dict[str, Any]) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else str(src)


def _relabel(f: ScanFinding, path: str, cell: int, line: int) -> tuple[int, ScanFinding]:
    return cell, ScanFinding(
        f.rule, path, line, f.column, f"[cell {cell}] {f.message_en}",
        f"[ô {cell}] {f.message_vi}", f.suppressed,
    )  # fmt: skip


def scan_notebook(
    path: str,
    source: str,
    cat: Catalogue | None = None,
    config: Any = None,
    calls: list[CallSite] | None = None,
) -> list[ScanFinding]:
    """Scan a Jupyter notebook.

    Python code cells are joined (notebook state flows from cell to cell) and scanned as
    Python; shell escapes (``!curl ...``, ``x = !cmd``) and shell cells (``%%bash``) are
    scanned as shell, ``%%javascript`` cells as JavaScript, ``%%writefile name.ext`` cells as
    a file of that type. Every finding names its cell and the line inside it. A cell that
    does not parse is left out and the rest is still scanned; the file is then reported with
    :class:`PartialScanError`.
    """
    from ai_guard.scan import scan_source

    data = json.loads(source)
    if not isinstance(data, dict) or not isinstance(data.get("cells", []), list):
        raise ValueError("no 'cells' list")
    cat = cat or catalogue()
    code: list[str] = []
    where: list[tuple[int, int]] = []  # joined line -> (cell number, line in cell)
    out: list[tuple[int, ScanFinding]] = []
    shell: list[str] = []
    shell_where: list[tuple[int, int]] = []
    site_calls: list[tuple[int, int, CallSite]] = []  # (cell, line in cell, call)
    skipped: list[str] = []  # cells that could not be read, reported with the file
    for n, cell in enumerate(data.get("cells", []), 1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        rows = _cell_source(cell).splitlines()
        # a cell magic comes first, after blank and comment lines at most
        head = next(
            (i for i, r in enumerate(rows) if r.strip() and not r.lstrip().startswith("#")), 0
        )
        first = rows[head].strip() if rows else ""
        body_from = 0
        if first.startswith("%%"):
            words = first[2:].split()
            magic = words[0] if words else ""
            body = "\n" * head + "\n".join(rows[head + 1 :]) + "\n"
            if magic in _SHELL_MAGICS or magic in _JS_MAGICS or magic == "writefile":
                if magic == "writefile":
                    name = words[-1] if len(words) > 1 else "cell.txt"
                else:
                    name = "cell.sh" if magic in _SHELL_MAGICS else "cell.js"
                cell_calls: list[CallSite] = []
                try:
                    found = scan_source(name, body, cat, config, cell_calls)
                except SyntaxError as exc:
                    found = []
                    line = (exc.lineno or 0) + 1  # the body starts after the magic line
                    skipped.append(f"cell {n} line {line} ({first}): {exc.msg}")
                except ValueError as exc:
                    found = []
                    skipped.append(f"cell {n} ({first}): {exc}")
                out.extend(_relabel(f, path, n, f.line + 1) for f in found)
                site_calls.extend((n, c.line + 1, c) for c in cell_calls)
                continue
            if magic not in _PY_BODY_MAGICS:
                continue  # %%html, %%markdown, %%sql ...: not code ai-guard reads
            body_from = head + 1
        quote = ""  # the triple quote left open by the lines so far
        continued = ""  # "shell" or "magic" while a magic line ends with a backslash
        for k, row in enumerate(rows, 1):
            indent = row[: len(row) - len(row.lstrip())]
            stripped = row.strip()
            m = None if continued or quote else _LINE_SHELL.match(row)
            if k <= body_from:
                code.append("")
            elif quote:  # inside a triple-quoted string: text, whatever it looks like
                code.append(row)
            elif continued == "shell" or m:
                shell.append(m.group(2) if m else row)
                shell_where.append((n, k))
                code.append("" if continued else f"{indent}pass")
                continued = "shell" if stripped.endswith("\\") else ""
            elif (
                continued
                or stripped.startswith("%")
                or _AUTOMAGIC.match(stripped)
                or _HELP.match(stripped)
            ):
                # IPython line magics (%pip, automagic pip/conda) and help (obj?) are not Python
                code.append("" if continued else f"{indent}pass")
                continued = "magic" if stripped.endswith("\\") else ""
            else:
                code.append(row)
            if k > body_from:
                quote = _open_quote(row, quote)
            where.append((n, k))
        code.append("")
        where.append((n, 0))
    if shell:
        shell_calls: list[CallSite] = []
        for f in scan_script("cell.sh", "\n".join(shell) + "\n", cat, shell_calls):
            cell_no, line = shell_where[f.line - 1]
            out.append(_relabel(f, path, cell_no, line))
        site_calls.extend((*shell_where[c.line - 1], c) for c in shell_calls)
    while True:
        py_calls: list[CallSite] = []
        try:
            findings = scan_python(path, "\n".join(code) + "\n", cat, config, py_calls)
            break
        except SyntaxError as exc:
            bad = (exc.lineno or 1) - 1
            if not 0 <= bad < len(where):
                raise
            cell_no = where[bad][0]
            skipped.append(f"cell {cell_no} line {where[bad][1]}: {exc.msg}")
            for i, (c, _) in enumerate(where):
                if c == cell_no:
                    code[i] = ""
    for f in findings:
        cell_no, line = where[f.line - 1] if 0 < f.line <= len(where) else (0, f.line)
        out.append(_relabel(f, path, cell_no, line))
    site_calls.extend((*where[c.line - 1], c) for c in py_calls if 0 < c.line <= len(where))
    if calls is not None:
        calls.extend(
            CallSite(path, line, c.column, c.vendor, c.status, cell=cell_no)
            for cell_no, line, c in sorted(site_calls, key=lambda t: (t[0], t[1], t[2].column))
        )
    ordered = [f for _, f in sorted(out, key=lambda cf: (cf[0], cf[1].line, cf[1].column))]
    if skipped:
        problem = "SyntaxError in " + "; ".join(skipped) + " (other cells scanned)"
        raise PartialScanError(ordered, problem)
    return ordered
