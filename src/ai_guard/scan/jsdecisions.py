"""AIG104 in JavaScript/TypeScript: a model's answer deciding, line by line.

There is no syntax tree here (:mod:`ai_guard.scan.script` reads scripts by lines), so the data
flow is a small one, in file order:

- a name assigned on the line of an LLM call (``const r = await client.chat.completions
  .create(``, ``const { data } = await axios.post(LLM_URL, ...)``) holds the model's answer,
  and so does a name assigned from an expression that mentions one (``const verdict =
  r.choices[0].message.content``);
- a call of a function named like a decision (the Python rule's names, read from camelCase:
  ``approveRefund`` is ``approve_refund``) is AIG104 when its arguments mention the answer, or
  when it stands in the block of an ``if`` (or on the line of a ``&&``/``?``) that tests the
  answer;
- a decision recorded as data is AIG104 too: a field named like a status or a decision
  (``app.status = ...``, ``{ status: ... }``, ``applicationStatus``) given the answer, or a
  decision word (``"APPROVED"``, ``"tu_choi"``) in such a block.

A call with ``signoff``/``signOff`` in its arguments, or made through a configured guard
(``extra_guards``), is a human's decision and is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ai_guard.scan.python.checks import DECISION_PATTERNS, decision_word, status_field
from ai_guard.scan.rules import RULES, ScanFinding

__all__ = ["js_decisions"]

_NAME = re.compile(r"[A-Za-z_$][\w$]*")
#: ``const x =``, ``let { a, b } =``, ``x =`` (not ``==``), ``this.x =``
_ASSIGNED = re.compile(
    r"(?:(?:const|let|var)\s+(?:\{([^}]*)\}|\[([^\]]*)\]|([A-Za-z_$][\w$]*))"
    r"|(?<![\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?))\s*(?::[^=]{1,80})?=(?![=>])"
)
_CALL = re.compile(r"(?<![\w$])((?:[A-Za-z_$][\w$]*\s*\.\s*)*([A-Za-z_$][\w$]*))\s*\(")
_IF = re.compile(r"(?<![\w$])(?:if|while)\s*\(")
_FIELD_WRITE = re.compile(r"\.([A-Za-z_$][\w$]*)\s*=(?![=>])\s*(.*)")
_KEY_VALUE = re.compile(r"(?<![\w$])[\"']?([A-Za-z_$][\w$]*)[\"']?\s*:\s*([^,{}]+)")
_STRING = re.compile(r"\"([^\"\\]{1,40})\"|'([^'\\]{1,40})'|`([^`\\$]{1,40})`")
_KEYWORDS = frozenset(
    {"if", "for", "while", "switch", "return", "await", "new", "typeof", "function", "catch"}
)


def _snake(name: str) -> str:
    """``approveRefund`` -> ``approve_refund``; ``phe_duyet`` stays."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _mentions(text: str, names: set[str]) -> bool:
    return any(m.group(0) in names for m in _NAME.finditer(text))


def _targets(line: str) -> list[str]:
    """The names a line assigns (destructured ones included)."""
    out: list[str] = []
    for m in _ASSIGNED.finditer(line):
        group = m.group(1) or m.group(2)
        if group is not None:
            out += [n.split(":")[-1].strip() for n in group.split(",") if n.strip()]
        elif m.group(3):
            out.append(m.group(3))
        elif m.group(4) and m.group(4) not in _KEYWORDS:
            out.append(m.group(4))
    return [n for n in out if _NAME.fullmatch(n)]


def js_decisions(
    path: str,
    lines: list[str],
    llm_lines: Iterable[int],
    guards: frozenset[str] = frozenset(),
    decision_patterns: Iterable[str] = (),
) -> list[ScanFinding]:
    """AIG104 findings of a script whose LLM calls stand on ``llm_lines`` (1-based)."""
    calls_at = set(llm_lines)
    if not calls_at:
        return []
    patterns = [re.compile(p) for p in (*DECISION_PATTERNS, *decision_patterns)]
    answer: set[str] = set()
    responses: set[str] = set()  # names given a call's response itself (``const res = fetch``)
    out: list[ScanFinding] = []
    blocks: list[int] = []  # brace depths at which an if-block on the answer opened
    depth = 0
    for i, line in enumerate(lines, 1):
        code = line.split("//", 1)[0] if "//" in line and "://" not in line else line
        tested = False
        if i in calls_at or _mentions(_value_part(code), answer):
            answer.update(t.split(".")[-1] if t.startswith("this.") else t for t in _targets(code))
        if i in calls_at:
            responses.update(_plain_targets(code))
        if _IF.search(code) and _mentions(code, answer):
            tested = True
        inline = ("&&" in code or "?" in code) and _mentions(code, answer)
        decided = bool(blocks) or tested or inline
        if not any(g in code for g in guards) and not re.search(r"sign_?[oO]ff", code):
            found = _decision_call(code, answer, decided, patterns) or _status_write(
                _without_transport(code, responses), answer, decided
            )
            if found is not None:
                column, detail = found
                out.append(RULES["AIG104"].finding(path, i, column, detail))
        opened = code.count("{") - code.count("}")
        if tested and "{" in code:
            blocks.append(depth)
        depth += opened
        while blocks and depth <= blocks[-1]:
            blocks.pop()
    return out


def _plain_targets(code: str) -> list[str]:
    """The names a line assigns whole, not destructured (``const res = await fetch(...)``)."""
    return [m.group(3) or m.group(4) for m in _ASSIGNED.finditer(code) if m.group(3) or m.group(4)]


_TRANSPORT = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*(?:status|statusText|ok|headers)\b")


def _without_transport(code: str, responses: set[str]) -> str:
    """``code`` with the transport's own facts about a response taken out (``res.status``,
    ``res.ok``: the HTTP status a request got, not what the model answered), so that
    ``{ status: res.status }`` records no decision; the same field given the response's body
    or text still does."""
    if not responses:
        return code
    return _TRANSPORT.sub(
        lambda m: " " * len(m.group(0)) if m.group(1) in responses else m.group(0), code
    )


def _value_part(code: str) -> str:
    """What an assignment line assigns (the right of its ``=``), or the whole line."""
    m = re.search(r"(?<![=!<>])=(?![=>])", code)
    return code[m.end() :] if m else code


def _decision_call(
    code: str, answer: set[str], decided: bool, patterns: list[re.Pattern[str]]
) -> tuple[int, str] | None:
    for m in _CALL.finditer(code):
        name = m.group(2)
        if name in _KEYWORDS or not any(p.search(_snake(name)) for p in patterns):
            continue
        args = code[m.end() :]
        if decided or _mentions(args, answer):
            return m.start(2) + 1, f"'{name}'"
    return None


def _status_write(code: str, answer: set[str], decided: bool) -> tuple[int, str] | None:
    """A status field given the answer, or a decision word where the answer decides."""
    for m in _FIELD_WRITE.finditer(code):
        field, value = m.group(1), m.group(2)
        if status_field(_snake(field)) and (
            _mentions(value, answer) or (decided and _decision_literal(value))
        ):
            return m.start(1) + 1, f"'{field}'"
    for m in _KEY_VALUE.finditer(code):
        field, value = m.group(1), m.group(2)
        if status_field(_snake(field)) and (
            _mentions(value, answer) or (decided and _decision_literal(value))
        ):
            return m.start(1) + 1, f"'{field}'"
    return None


def _decision_literal(value: str) -> bool:
    return any(decision_word(next(g for g in m.groups() if g)) for m in _STRING.finditer(value))
