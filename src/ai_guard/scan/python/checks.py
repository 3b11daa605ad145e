"""Argument checking at each call: AIG101 (a prompt not checked), AIG104 (a model's output
deciding), and the lists that stop being checked when unchecked data is added to them."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from ai_guard.scan.python.calls import CallMatcher
from ai_guard.scan.python.kinds import CHECKED, LLM_OUTPUT, Kinds, Scope, guarded_vendor, is_guarded
from ai_guard.scan.python.recorder import Recorder

__all__ = ["DECISION_PATTERNS", "CallChecks"]

#: Functions that perform a decision (AIG104), by name; configurable.
DECISION_PATTERNS = (
    r"^(?:approve|reject|issue|grant|deny|sign|decide|revoke|suspend|sanction|fine|enforce)"
    r"(?:_|$)",
    # Vietnamese, without diacritics as identifiers are written: phê duyệt (approve), ban hành
    # (issue), quyết định (decide), cấp phép (license), xử phạt (sanction), thu hồi (revoke),
    # từ chối (refuse), duyệt (approve)
    r"^(?:phe_duyet|ban_hanh|quyet_dinh|cap_phep|xu_phat|thu_hoi|tu_choi|duyet)(?:_|$)",
)
#: kinds of object that are not clients themselves, named in reports by their SDK
_SHOWN_AS = {"google_chat": "google_genai"}


class CallChecks:
    """Looks at every call of an expression, in the flow's scope: an LLM call whose prompt
    arguments hold unchecked data is AIG101 (and every LLM call is an inventoried call
    site); an LLM's output passed to a decision function without a sign-off is AIG104."""

    def __init__(
        self,
        kinds: Kinds,
        matcher: CallMatcher,
        recorder: Recorder,
        decision_patterns: Iterable[str] = (),
        decision_functions: Iterable[str] = (),
    ) -> None:
        self.kinds = kinds
        self.matcher = matcher
        self.recorder = recorder
        self.decisions = [re.compile(p) for p in (*DECISION_PATTERNS, *decision_patterns)]
        self.decision_names = frozenset(decision_functions)

    def expressions(self, expr: ast.expr, scope: Scope) -> None:
        """Every call inside ``expr``."""
        for node in ast.walk(expr):
            if isinstance(node, ast.Call):
                self.call(node, scope)
                self.mutation(node, scope)

    def mutation(self, node: ast.Call, scope: Scope) -> None:
        """``messages.append(user_text)``: a checked list that receives unchecked data is no
        longer checked."""
        func = node.func
        if not (
            isinstance(func, ast.Attribute)
            and func.attr in ("append", "extend", "insert", "update", "add", "__setitem__")
            and isinstance(func.value, ast.Name)
        ):
            return
        name = func.value.id
        if scope.env.get(name) != CHECKED and self.kinds.module_scope.env.get(name) != CHECKED:
            return
        args = [*node.args, *(k.value for k in node.keywords)]
        if any(not ok for a in args for _, ok in self.kinds.leaves(a, scope)):
            scope.env[name] = "unchecked"

    def call(self, node: ast.Call, scope: Scope) -> None:
        """AIG104 for a decision; for an LLM call, its call site and AIG101 when a prompt
        argument holds unchecked data."""
        self.decision(node, scope)
        vendor = self.matcher.vendor(node, scope)
        if vendor is None:
            return
        if is_guarded(vendor):
            vendor = guarded_vendor(vendor) or "unknown"
            self.recorder.call_site(node, _SHOWN_AS.get(vendor, vendor), "guarded")
            return
        vendor = _SHOWN_AS.get(vendor, vendor)
        if scope.guarded:
            self.recorder.call_site(node, vendor, "guarded")
            return
        leaves = [
            pair
            for arg in self.matcher.prompt_arguments(node)
            for pair in self.kinds.leaves(arg, scope)
        ]
        unchecked = [leaf for leaf, ok in leaves if not ok]
        if not unchecked and self._sensitive_literal(node):
            # the prompt written in the code holds what check_prompt would refuse, and the
            # call does not check it: AIG105 names the literal, AIG101 the call that sends it
            unchecked = [node]
        status = "unchecked" if unchecked else "checked" if leaves else "literal"
        if self._upload(node, vendor) and status != "unchecked":
            status = "upload"
        self.recorder.call_site(node, vendor, status)
        if unchecked:
            self.recorder.finding("AIG101", node, vendor)

    def _upload(self, node: ast.Call, vendor: str) -> bool:
        """AIG106 for a call that sends a file's content (an upload, OCR, a document or audio
        API), unless every file it names is a file of the repository that classify_document
        lets be sent. True when reported."""
        from ai_guard.scan.python.kinds import receiver_chain
        from ai_guard.scan.uploads import content_in_code, is_upload, literal_files, refused_files

        chain = receiver_chain(node.func) if isinstance(node.func, ast.Attribute) else []
        attrs = chain[-1][1] if chain else ()
        if not is_upload(attrs, node) or content_in_code(node):
            return False
        names = literal_files(node)
        refused = refused_files(names, self.recorder.path)
        if names and not refused:
            return False  # files of the repository that classify_document lets be sent
        from ai_guard.i18n.scan import scan_upload_detail

        first = refused[0] if refused else None
        detail = scan_upload_detail(vendor, *(first or (None, None)))
        self.recorder.finding("AIG106", node, detail)
        return True

    def _sensitive_literal(self, node: ast.Call) -> bool:
        """A string literal among the call's prompt arguments that check_prompt would not
        allow."""
        from ai_guard.scan.literals import prompt_finding

        for arg in self.matcher.prompt_arguments(node):
            for sub in ast.walk(arg):
                if (
                    isinstance(sub, ast.Constant)
                    and isinstance(sub.value, str)
                    and prompt_finding(sub.value)
                ):
                    return True
        return False

    def decision(self, node: ast.Call, scope: Scope) -> None:
        """AIG104: an LLM's output passed to a function that performs a decision."""
        func = node.func
        name = (
            func.id
            if isinstance(func, ast.Name)
            else (func.attr if isinstance(func, ast.Attribute) else None)
        )
        if not name or name in self.kinds.facts.signed_off:
            return
        if name not in self.decision_names and not any(p.search(name) for p in self.decisions):
            return
        if any(k.arg == "signoff" for k in node.keywords):
            return  # a sign-off is given: require_human_signoff checks it at run time
        args = [*node.args, *(k.value for k in node.keywords)]
        if scope.decided_by_llm or any(
            self.kinds.kind_of(leaf, scope) == LLM_OUTPUT
            for a in args
            for leaf, _ in self.kinds.leaves(a, scope)
        ):
            self.recorder.finding("AIG104", node, f"'{name}'")
