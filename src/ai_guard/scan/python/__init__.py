"""Python files through their AST: AIG101 (unchecked LLM calls), AIG102 (hardcoded keys),
AIG103 (official e-mail as an AI account identity), AIG104 (an LLM's output deciding),
AIG105 (sensitive prompt literals).

How a call is recognised: imports are resolved with their aliases (``import openai as oa``,
``from openai import OpenAI as O``); a value made by a client factory of the catalogue
(``OpenAI()``) gets the client's kind, whether it is a local, a module global, an attribute
(``self.client``) or the return value of a factory function in the module; a call whose
receiver has a kind and whose attribute path is in the catalogue (``chat.completions.create``)
sends a prompt. ``guard_client(...)`` makes a client guarded.

How a prompt counts as checked (a small data-flow pass inside each function, in statement
order): a value taken from ``.redacted_text``; a variable passed to ``check_prompt`` whose
result is tested (``.blocked`` / ``.allowed`` / ``.decision``) in an ``if`` that raises or
returns; any expression built only from checked values and literals (f-strings, lists and
dicts of messages; ``p += x`` is built from ``p`` and ``x``). Literals are not AIG101's
business: AIG105 checks them, by their name and, for a variable's text, at the call that sends
it (the call is AIG101 too when one would not be allowed). A function
decorated with ``@guard`` is guarded as a whole (the guard checks every argument); under
``@guard(unchecked=[...])`` only its other parameters count as checked.

The parts, one job each: :mod:`.module` (imports and aliases), :mod:`.kinds` (where a value
comes from), :mod:`.calls` (which calls reach a model), :mod:`.checks` (AIG101 and AIG104 at
each call), :mod:`.flow` (the statements in order), :mod:`.literals` (AIG102, AIG103, AIG105),
:mod:`.recorder` (findings and call sites). The flow pass runs only where something could
call a model; the literal pass runs on every file.
"""

from __future__ import annotations

import ast
import io
import os
import re
import tokenize
from dataclasses import replace
from typing import Any

from ai_guard.scan.catalogue import Catalogue, catalogue
from ai_guard.scan.literals import _ACCOUNT_NAME as _ACCOUNT_NAME
from ai_guard.scan.literals import _PROMPT_NAME as _PROMPT_NAME
from ai_guard.scan.literals import GOV_EMAIL as GOV_EMAIL
from ai_guard.scan.python.calls import CallMatcher
from ai_guard.scan.python.checks import DECISION_PATTERNS as DECISION_PATTERNS
from ai_guard.scan.python.checks import CallChecks
from ai_guard.scan.python.flow import Flow
from ai_guard.scan.python.fstrings import requote
from ai_guard.scan.python.kinds import CHECKED as CHECKED
from ai_guard.scan.python.kinds import GUARDED as GUARDED
from ai_guard.scan.python.kinds import LLM_OUTPUT as LLM_OUTPUT
from ai_guard.scan.python.kinds import PARAMETER as PARAMETER
from ai_guard.scan.python.kinds import Kinds
from ai_guard.scan.python.literals import check_literals
from ai_guard.scan.python.module import ModuleFacts
from ai_guard.scan.python.project import (
    ProjectImports,
    handed_unread,
    module_problem,
    own_packages,
    project_imports,
)
from ai_guard.scan.python.recorder import Recorder
from ai_guard.scan.rules import CallSite, ScanFinding

# the names imported ``as`` themselves, and this one, are this module's names from before it
# was split into parts: code written against them keeps working
_GOV_EMAIL = GOV_EMAIL

__all__ = ["Catalogue", "catalogue", "scan_python", "suppressions"]

_SUPPRESS = re.compile(r"#\s*ai-guard\s*:\s*ignore(?:\[([A-Z0-9,\s]+)\])?", re.IGNORECASE)


def suppressions(source: str) -> dict[int, frozenset[str] | None]:
    """Line -> suppressed rule ids (None: every rule), from ``# ai-guard: ignore[...]``."""
    out: dict[int, frozenset[str] | None] = {}
    if "ai-guard" not in source:
        return out
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                m = _SUPPRESS.search(tok.string)
                if m:
                    ids = m.group(1)
                    out[tok.start[0]] = (
                        frozenset(x.strip().upper() for x in ids.split(",") if x.strip())
                        if ids
                        else None
                    )
    except (tokenize.TokenError, SyntaxError):
        pass
    return out


# a placeholder in angle brackets where a value goes, common in tutorials and notebooks
# (``os.environ["OPENAI_API_KEY"] = <your-api-key>``, ``api_key=<YOUR KEY>``): Python refuses
# the line; read with its brackets turned into quotes it keeps its columns, and the text inside
# is a string like any other (a key pasted between the brackets is still AIG102)
_PLACEHOLDER = re.compile(r"(?<=[=(,:\[{])(\s*)<([A-Za-z_][\w .:/-]*)>(?=\s*(?:[)\]},#]|$))")


def _fill_placeholders(row: str) -> str:
    """``row`` with every angle-bracket placeholder standing for a value made a string."""
    return _PLACEHOLDER.sub(r'\1"\2"', row)


def parse_readable(source: str, path: str) -> tuple[ast.Module, str, int]:
    """The module's tree, the text it was read from, and how many columns were taken off the
    left. Two mistakes that hide no code are read through: a line that fails only for a
    placeholder (:func:`_fill_placeholders`), and a file whose every line is indented by the
    same amount (a module pasted from inside a block). Python 3.12's f-strings are read on an
    older Python (:func:`~ai_guard.scan.python.fstrings.requote`). Anything else raises
    SyntaxError."""
    shift = 0
    requoted = False
    for _ in range(16):  # one repair a failing line; a bound on the parses of hostile text
        try:
            return ast.parse(source, filename=path), source, shift
        except SyntaxError as exc:
            if not requoted and (exc.msg or "").startswith("f-string"):
                # Python 3.12's f-strings (PEP 701) on an older Python: the inner strings
                # written with the other quote, columns kept
                requoted = True
                again = requote(source)
                if again is not None:
                    source = again
                    continue
            lines = source.split("\n")
            bad = (exc.lineno or 0) - 1
            row = _fill_placeholders(lines[bad]) if 0 <= bad < len(lines) else ""
            if 0 <= bad < len(lines) and row != lines[bad]:
                lines[bad] = row
                source = "\n".join(lines)
                continue
            code = [r for r in lines if r.strip() and not r.lstrip().startswith("#")]
            indent = code[0][: len(code[0]) - len(code[0].lstrip(" \t"))] if code else ""
            for r in code:
                while not r.startswith(indent):
                    indent = indent[:-1]
            if shift or not indent:
                raise
            shift = len(indent)
            source = "\n".join(r[shift:] if r.startswith(indent) else r.lstrip() for r in lines)
    return ast.parse(source, filename=path), source, shift


def _check_unread(
    path: str, tree: ast.Module, imported: ProjectImports, recorder: Recorder
) -> None:
    """A call handing data to a function of a module of the project the scanner cannot read
    (a syntax error, bytes that are no text, over the size limit, compiled or Cython) is
    AIG101, listed as a call of an unknown vendor: what that module sends, and where, is not
    known, so nothing handed to it is vouched for (fail closed). A call already listed
    (``helpers.client.chat.completions.create(...)``, found by its path) is not listed
    twice."""
    listed = {(c.line, c.column) for c in recorder.calls}
    for node, function, module in handed_unread(tree, imported):
        if (node.lineno, node.col_offset + 1) in listed:
            continue
        # (the sentences only when there is something to say: a hook's start-up on a clean
        # file imports none)
        from ai_guard.i18n.scan import scan_handed_unread

        problem = module_problem(module) or ""
        shown = os.path.relpath(module, os.path.dirname(os.path.abspath(path)))
        recorder.call_site(node, "unknown", "unchecked")
        recorder.finding("AIG101", node, scan_handed_unread(function, shown, problem))


def scan_python(
    path: str,
    source: str,
    cat: Catalogue | None = None,
    config: Any = None,
    calls: list[CallSite] | None = None,
) -> list[ScanFinding]:
    """Findings of one Python source (suppressed ones marked). Raises SyntaxError. The LLM
    call sites found are appended to ``calls`` when given; ``config`` (a
    :class:`~ai_guard.scan.config.ScanConfig`) adds decision patterns and functions."""
    tree, source, shift = parse_readable(source, path)
    cat = cat or catalogue()
    facts = ModuleFacts(tree, cat, own_packages(path, tree, cat))
    recorder = Recorder(path)
    imported = project_imports(path, facts, cat)
    facts.type_aliases.update(imported.types)
    if facts.mentions_llm or imported or cat.chain_probe.search(source):
        # the flow pass only where something could call a model (most files import none)
        session: dict[str, str] = {}
        for _ in range(2):
            kinds = Kinds(facts, cat)
            kinds.factories.update(imported.factories)
            kinds.module_scope.env.update(imported.values)
            kinds.takers.update(imported.takers)
            kinds.getters.update(imported.getters)
            kinds.session.update(session)
            checks = CallChecks(
                kinds,
                CallMatcher(kinds),
                recorder,
                getattr(config, "decision_patterns", ()),
                getattr(config, "decision_functions", ()),
            )
            Flow(kinds, checks).run(tree)
            if kinds.session == session:
                break
            # a client kept in a session store (st.session_state.chain = ...) may be read by
            # a function that ran before the one that stored it: once more, knowing it
            session, recorder = dict(kinds.session), Recorder(path)
    _check_unread(path, tree, imported, recorder)
    check_literals(tree, cat, recorder)
    if calls is not None:
        found = sorted(recorder.calls, key=lambda c: (c.line, c.column))
        calls.extend(replace(c, column=c.column + shift) for c in found)
    sup = suppressions(source)
    out = []
    for f in recorder.findings:
        rules = sup.get(f.line, sup.get(f.line - 1, frozenset()))
        hit = rules is None or (rules and f.rule in rules)
        out.append(replace(f, suppressed=bool(hit), column=f.column + shift))
    return sorted(out, key=lambda f: (f.line, f.column, f.rule))
