"""Text files read line by line (scripts and configuration files): suppression comments, and
AIG102, AIG103 and AIG105 on each line's values."""

from __future__ import annotations

import re
from dataclasses import replace

from ai_guard.scan.catalogue import Catalogue
from ai_guard.scan.literals import (
    _VENDOR_PREFIXES,
    GOV_EMAIL,
    account_name,
    key_finding,
    prompt_finding,
    prompt_name,
)
from ai_guard.scan.rules import RULES, ScanFinding

__all__ = ["line_findings", "mark_suppressed"]

#: one unit of a line: an escape pair, a closed string literal (group 1 its content), or any
#: other character. Escapes are consumed outside strings too, so an unclosed quote is tried
#: once per quote kind and line at most: the whole pass stays linear in the line's length
#: (the former ``(?:\\.|(?!\1).)`` could take a backslash two ways: exponential on runs of
#: backslashes).
_UNIT = re.compile(
    r"""\\.|"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|`([^`\\]*(?:\\.[^`\\]*)*)`"""
    r"""|[^\\"'`]+|."""
)
#: what yields no value, skipped in one match: escapes, other characters, and a literal of
#: fewer than 8 characters up to its closing quote (which may open the next literal)
_SKIP = re.compile(
    r"""(?:[^\\"'`]+|\\.|"(?:\\.|[^"\\]){0,7}(?=")|'(?:\\.|[^'\\]){0,7}(?=')"""
    r"""|`(?:\\.|[^`\\]){0,7}(?=`))*"""
)
_SUPPRESS = re.compile(r"(?:#|//)\s*ai-guard\s*:\s*ignore(?:\[([A-Z0-9,\s]+)\])?", re.I)
#: ``key: value`` / ``KEY=value``; the value starts at a non-space and runs to the line's end
#: (trailing spaces and one comma are stripped in Python: a lazy ``(.+?)\s*,?\s*$`` was
#: cubic on a run of spaces)
#: a token that starts with a vendor key's prefix (AIG102's second look at a line)
_PREFIXED = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:" + "|".join(map(re.escape, _VENDOR_PREFIXES)) + r")[A-Za-z0-9_\-]{12,}"
)
_KV = re.compile(r"""^\s*["']?([A-Za-z0-9_.\-]+)["']?\s*[:=]\s*(\S.*)""")


def string_values(line: str) -> list[str]:
    """The contents of the line's string literals of 8 to 400 characters (quotes ``"``, ``'``
    and backtick; backslash escapes kept as written), in linear time. As a quote's nearest
    match would: the closing quote of a shorter literal may open the next one (``it's
    'a value here'``), and the literals inside a longer one are read."""
    out: list[str] = []
    _strings(line, out, 0)
    return out


def _strings(text: str, out: list[str], depth: int) -> None:
    pos, end = 0, len(text)
    while pos < end:
        skip = _SKIP.match(text, pos)
        assert skip is not None  # it matches the empty string
        pos = skip.end()
        if pos >= end:
            break
        m = _UNIT.match(text, pos)
        assert m is not None  # the last alternative matches any character
        pos = m.end()
        value = m.group(1)
        if value is None:
            value = m.group(2) if m.group(2) is not None else m.group(3)
        if value is None:
            continue
        if len(value) < 8:
            pos -= 1  # the closing quote may open the next literal
        elif len(value) <= 400:
            out.append(value)
        elif depth < 3:
            # inside, each level lacks one more quote kind: every character is read a
            # bounded number of times
            _strings(value, out, depth + 1)


#: a YAML block scalar's indicator: ``|``, ``>``, ``|-``, ``>+2`` (a comment may follow)
_BLOCK = re.compile(r"[|>][-+0-9]{0,3}(?:\s+#.*)?$")


def _block_scalar(lines: list[str], idx: int) -> str:
    """The text of a YAML block scalar whose key is on ``lines[idx]``: the following lines
    indented deeper than the key (blank lines kept), joined by newlines; at most 500 lines,
    so that nested keys cannot make a file's reading quadratic."""
    key_indent = len(lines[idx]) - len(lines[idx].lstrip())
    body: list[str] = []
    for line in lines[idx + 1 : idx + 501]:
        if line.strip() and len(line) - len(line.lstrip()) <= key_indent:
            break
        body.append(line.strip())
    return "\n".join(body).strip()


def _kv_value(m: re.Match[str]) -> str:
    value = m.group(2).rstrip()
    return value[:-1].rstrip() if value.endswith(",") else value


def _suppressed(
    lines: list[str], idx: int, rule: str, read: dict[int, re.Match[str] | None]
) -> bool:
    for j in (idx, idx - 1):
        if 0 <= j < len(lines):
            if j not in read:  # each line searched once, however many findings it holds
                read[j] = _SUPPRESS.search(lines[j])
            m = read[j]
            if m and (m.group(1) is None or rule in m.group(1).upper()):
                return True
    return False


def mark_suppressed(findings: list[ScanFinding], lines: list[str]) -> list[ScanFinding]:
    """Findings marked suppressed by ``# ai-guard: ignore[...]`` or ``// ...`` on their line
    or the line above."""
    read: dict[int, re.Match[str] | None] = {}
    return [
        replace(f, suppressed=True) if _suppressed(lines, f.line - 1, f.rule, read) else f
        for f in findings
    ]


#: string literals joined with "+" on one line (JavaScript, shell-free config, Python read
#: by lines)
_JOINED_LITERALS = re.compile(r"[\"'`][ \t]*\+[ \t]*[\"'`]")


def line_findings(
    path: str, lines: list[str], out: list[ScanFinding], cat: Catalogue | None = None
) -> None:
    """AIG102 and AIG103 on every line; with a catalogue (configuration files), also AIG105
    for values under prompt-like keys (``system_prompt: ...``)."""
    for i, line in enumerate(lines, 1):
        if len(line) < 8:
            continue  # no key (16+), prompt (6+ after a name) or e-mail fits
        kv = _KV.match(line)
        name = kv.group(1) if kv else None
        values = string_values(line) if '"' in line or "'" in line or "`" in line else []
        if kv and not values:
            values = [_kv_value(kv).strip().strip("\"'")]
        if len(values) > 1 and _JOINED_LITERALS.search(line):
            # "sk-proj-xWYy" + "DXEt...": a key cut in two on one line is read joined
            values = [*values, "".join(values)]
        found = False
        for value in values:
            vendor = key_finding(value, name)
            if vendor:
                out.append(RULES["AIG102"].finding(path, i, line.find(value[:8]) + 1, vendor))
                found = True
                break
        if not found and _PREFIXED.search(line):
            # a vendor-prefixed token the quotes did not delimit as a value (HCL's
            # 'variable "k" { default = "sk-..." }', a Gradle or shell-like line)
            for token in _PREFIXED.finditer(line):
                vendor = key_finding(token.group(0), name)
                if vendor:
                    out.append(RULES["AIG102"].finding(path, i, token.start() + 1, vendor))
                    break
        email = GOV_EMAIL.search(line) if "@" in line else None
        if email and account_name(name):
            out.append(RULES["AIG103"].finding(path, i, email.start() + 1, f"'{name}'"))
        elif cat is not None and kv and prompt_name(name, cat):
            block = _block_scalar(lines, i - 1) if _BLOCK.match(_kv_value(kv)) else None
            text = block if block is not None else values[0] if values else None
            summary = prompt_finding(text) if text else None
            if summary:
                out.append(RULES["AIG105"].finding(path, i, kv.start(2) + 1, holds=summary))
