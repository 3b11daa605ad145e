"""PowerShell scripts: requests to an LLM API (``Invoke-RestMethod``, ``Invoke-WebRequest``,
their aliases ``irm``/``iwr``) found, as the shell reader finds ``curl``.

A command (its backtick-continued lines joined) is a call when it sends something (``-Body``,
``-Method Post``/``Put``/``Patch``, or a splatted table that holds ``Body``/``Method``) to an
address that names an LLM endpoint: written in the command, held in a variable assigned one
anywhere in the script (``$url = "https://api.openai.com/v1/chat/completions"``), or given as
``Uri`` in a splatted table (``Invoke-RestMethod @Params``). A body written entirely in the
script (a quoted string or here-string with no ``$`` in it) is ``literal``; any other body (a
variable, a pipeline, text with ``$`` spliced in) is unchecked: there is no ai-guard in
PowerShell, and the reader has no data flow to vouch for it.
"""

from __future__ import annotations

import re

from ai_guard.scan.catalogue import Catalogue
from ai_guard.scan.lines import mark_suppressed
from ai_guard.scan.rules import RULES, CallSite, ScanFinding

__all__ = ["powershell_calls"]

_REQUEST = re.compile(r"(?<![\w-])(?:Invoke-RestMethod|Invoke-WebRequest|irm|iwr)(?![\w-])", re.I)
_ASSIGN = re.compile(r"^\s*\$(?:script:|global:)?(\w+)\s*=\s*(.*)$", re.I)
_TABLE = re.compile(r"^\s*\$(?:script:|global:)?(\w+)\s*=\s*(?:\[\w+\]\s*)?@\{", re.I)
_VARIABLE = re.compile(r"\$(?:script:|global:)?(\w+)", re.I)
_SPLAT = re.compile(r"(?<![\w$])@(\w+)")
_SENDS = re.compile(r"-Body\b|-InFile\b|-Method\s+['\"]?(?:Post|Put|Patch)\b", re.I)
_TABLE_SENDS = re.compile(
    r"^\s*['\"]?(?:Body|InFile)['\"]?\s*=|^\s*['\"]?Method['\"]?\s*=\s*['\"]?(?:Post|Put|Patch)",
    re.I | re.M,
)
_BODY = re.compile(r"-Body\s+(@?(['\"]).*?\2|\S+)", re.I | re.S)
_TABLE_BODY = re.compile(r"^\s*['\"]?Body['\"]?\s*=\s*(.+)$", re.I | re.M)


def powershell_calls(
    path: str, source: str, cat: Catalogue, calls: list[CallSite] | None
) -> list[ScanFinding]:
    """AIG101 for each request to an LLM endpoint whose body is not written in the script;
    every such request is a call site (``http``)."""
    lines = source.splitlines()
    endpoints, tables = _names(lines, cat)
    out: list[ScanFinding] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        start = i
        hit = _REQUEST.search(line) if not line.lstrip().startswith("#") else None
        while i < len(lines) and lines[i].rstrip().endswith("`"):
            i += 1  # a backtick continues the command on the next line
        i += 1
        if hit is None:
            continue
        command = " ".join(lines[start:i])[hit.start() :]
        splatted = [tables[n.lower()] for n in _SPLAT.findall(command) if n.lower() in tables]
        sends = _SENDS.search(command) or any(_TABLE_SENDS.search(t) for t in splatted)
        named = cat.names_endpoint(command) or any(
            v.lower() in endpoints for v in _VARIABLE.findall(command)
        )
        named = named or any(
            cat.names_endpoint(t) or any(v.lower() in endpoints for v in _VARIABLE.findall(t))
            for t in splatted
        )
        if not (sends and named):
            continue
        body = _BODY.search(command)
        bodies = [body.group(1)] if body else []
        bodies += [m.group(1) for t in splatted for m in _TABLE_BODY.finditer(t)]
        literal = bool(bodies) and all(_written(b) for b in bodies)
        status = "literal" if literal else "unchecked"
        column = hit.start() + 1
        if calls is not None:
            calls.append(CallSite(path, start + 1, column, "http", status))
        if not literal:
            from ai_guard.i18n.scan import scan_raw_http

            out.append(RULES["AIG101"].finding(path, start + 1, column, scan_raw_http()))
    return mark_suppressed(out, lines)


def _written(body: str) -> bool:
    """A body written entirely in the script (one quoted string with nothing spliced in)
    that check_prompt would allow."""
    from ai_guard.scan.literals import prompt_finding

    body = body.strip()
    return (
        len(body) >= 2
        and body[0] in "'\""
        and body[-1] == body[0]
        and "$" not in body
        and prompt_finding(body[1:-1]) is None
    )


def _names(lines: list[str], cat: Catalogue) -> tuple[set[str], dict[str, str]]:
    """Variables assigned an endpoint anywhere in the script (lower case: PowerShell's names
    ignore case), and the text of each hashtable assigned to a variable (for splatting)."""
    endpoints: set[str] = set()
    tables: dict[str, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        table = _TABLE.match(line)
        if table is not None:
            # the table's rows, to its closing brace (each line is read once: linear)
            depth, rows = 0, []
            while i < len(lines):
                rows.append(lines[i])
                depth += lines[i].count("{") - lines[i].count("}")
                i += 1
                if depth <= 0:
                    break
            tables[table.group(1).lower()] = "\n".join(rows)
            continue
        i += 1
        assign = _ASSIGN.match(line)
        if assign is not None and cat.names_endpoint(assign.group(2)):
            endpoints.add(assign.group(1).lower())
    # a parameter's default (``[string]$endpoint = 'https://api.openai.com/v1/...'``)
    for line in lines:
        for m in re.finditer(r"\$(\w+)\s*=\s*(['\"][^'\"]*['\"])", line):
            if cat.names_endpoint(m.group(2)):
                endpoints.add(m.group(1).lower())
    return endpoints, tables
