"""The data-flow pass: a module's statements in order, each function in a scope of its own."""

from __future__ import annotations

import ast
import copy

from ai_guard.scan.python.checks import CallChecks
from ai_guard.scan.python.kinds import (
    BOUND,
    CHECKED,
    DATA_KINDS,
    PARAMETER,
    Kinds,
    Scope,
    reads_document,
    target_keys,
)

__all__ = ["Flow"]


class Flow:
    """Walks the statements and keeps each scope's kinds up to date: assignments take the
    kind of their value; ``if check.blocked: raise`` after ``check = check_prompt(x)`` makes
    ``x`` checked; a function's parameters are unknown data unless annotated with a client
    class or left checked by ``@guard``. Module-level code runs first, functions and classes
    after it (a function may use a client created further down the module). Every
    expression's calls go to :class:`CallChecks`."""

    def __init__(self, kinds: Kinds, checks: CallChecks) -> None:
        self.kinds = kinds
        self.facts = kinds.facts
        self.cat = kinds.cat
        self.checks = checks
        self.deferred: list[ast.stmt] | None = None
        self.nested: list[ast.FunctionDef | ast.AsyncFunctionDef] | None = None
        """functions defined inside the function being walked: walked after its body, seeing
        what it bound (a closure reads the enclosing function's names when it is called)"""
        self.function_scopes: set[int] = set()
        self.walked: dict[str, dict[str, str]] = {}
        """top-level function -> what it had been handed when it was walked"""
        self.cells: dict[str, tuple[str, tuple[ast.expr, ...]]] | None = None
        """the names marimo's cells define, with their kinds (``def _(llm): ...`` receives the
        ``llm`` another cell returned); None outside a marimo notebook"""

    def run(self, tree: ast.Module) -> None:
        """The whole module: what it sets up (factory functions, ``self.`` attributes), its
        top level, then its functions and classes."""
        self.kinds.learn_containers()
        self.kinds.learn_factories()
        self.kinds.learn_attributes()
        self.cells = {} if _marimo_app(tree) else None
        module_scope = self.kinds.module_scope
        self.deferred = []
        self.block(tree.body, module_scope)
        later, self.deferred = self.deferred, None
        for stmt in later:
            self.statement(stmt, module_scope)
        # a function handed a client by a function walked after it (``partial(node,
        # agent=agent)`` inside ``build_graph()``) is walked again, knowing it
        for _ in range(3):
            again = [
                (fn, module_scope)
                for name, fn in self.kinds.functions.items()
                if name in self.walked and self.walked[name] != self.kinds.handed.get(name, {})
            ]
            again.extend(
                (fn, Scope())
                for name, fn in self.kinds.methods.items()
                if f"self.{name}" in self.walked
                and self.walked[f"self.{name}"] != self.kinds.handed.get(f"self.{name}", {})
            )
            if not again:
                break
            self.checks.recorder.again = True
            for fn, fn_scope in again:
                self.function(fn, fn_scope)

    def block(self, stmts: list[ast.stmt], scope: Scope) -> None:
        raised = scope.decided_by_llm
        for stmt in stmts:
            self.statement(stmt, scope)
            if (
                isinstance(stmt, ast.If)
                and any(isinstance(s, (ast.Return, ast.Raise)) for s in stmt.body)
                and self.kinds.holds_llm_output(stmt.test, scope)
            ):
                # if "TỪ CHỐI" in verdict: return -- what follows runs on the model's word
                scope.decided_by_llm += 1
        scope.decided_by_llm = raised

    def statement(self, stmt: ast.stmt, scope: Scope) -> None:
        expressions = self.checks.expressions
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and (
            scope is self.kinds.module_scope and self.deferred is not None
        ):
            # a module's functions run after its top level has set up its clients
            self.deferred.append(stmt)
            return
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if id(scope) in self.function_scopes and self.nested is not None:
                self.nested.append(stmt)  # walked once the enclosing body has bound its names
                return
            self.function(stmt, scope)
            return
        if isinstance(stmt, ast.ClassDef):
            self.block(stmt.body, Scope(guarded=scope.guarded, signed_off=scope.signed_off))
            return
        if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            self.assignment(stmt, scope)
            return
        if isinstance(stmt, ast.If):
            expressions(stmt.test, scope)
            self.raising_check(stmt, scope)
            by_llm = int(self.kinds.holds_llm_output(stmt.test, scope))
            scope.decided_by_llm += by_llm
            self.block(stmt.body, scope)
            bound = dict(scope.env)
            self.block(stmt.orelse, scope)
            _keep_either(scope, bound)
            scope.decided_by_llm -= by_llm
            return
        if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)):
            if isinstance(stmt, (ast.For, ast.AsyncFor)):
                expressions(stmt.iter, scope)
                if reads_document(stmt.iter, self.facts, scope):
                    scope.file_text.update(target_keys(stmt.target))  # for page in pdf.pages
            else:
                expressions(stmt.test, scope)
            self.block(stmt.body, scope)
            self.block(stmt.orelse, scope)
            return
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            for item in stmt.items:
                expressions(item.context_expr, scope)
                if item.optional_vars is not None:
                    kind = self.kinds.kind_of(item.context_expr, scope)
                    document = reads_document(item.context_expr, self.facts, scope)
                    for key in target_keys(item.optional_vars):
                        if kind:
                            scope.env[key] = kind
                        if document:
                            scope.file_text.add(key)  # with pdfplumber.open(f) as pdf
            self.block(stmt.body, scope)
            return
        if isinstance(stmt, ast.Try):
            self.block(stmt.body, scope)
            bound = dict(scope.env)
            for h in stmt.handlers:
                self.block(h.body, scope)
            # try: llm = ChatOpenAI() / except: llm = None -- llm may be the model after it
            _keep_either(scope, bound)
            self.block(stmt.orelse, scope)
            self.block(stmt.finalbody, scope)
            return
        for child in ast.iter_child_nodes(stmt):
            if isinstance(child, ast.expr):
                expressions(child, scope)
            elif isinstance(child, ast.stmt):
                self.statement(child, scope)

    def function(
        self,
        fn: ast.FunctionDef | ast.AsyncFunctionDef,
        scope: Scope,
        enclosing: Scope | None = None,
    ) -> None:
        """A function's body in a new scope where its parameters are known; a function
        defined inside another (``enclosing``) also sees what that one bound, and a marimo
        cell's parameters are the names the cells before it defined."""
        guarding = self.decorated_guard(fn)
        inner = Scope(
            guarded=scope.guarded or guarding is True,
            signed_off=scope.signed_off or fn.name in self.facts.signed_off,
        )
        if enclosing is not None:
            inner.env.update(enclosing.env)
            inner.literals.update(enclosing.literals)
        cell = self.cells is not None and scope is self.kinds.module_scope and _is_cell(fn)
        handed_key = None  # the key of what calls in this module hand the function
        if scope is self.kinds.module_scope and self.kinds.functions.get(fn.name) is fn:
            handed_key = fn.name
        elif self.kinds.methods.get(fn.name) is fn:
            handed_key = f"self.{fn.name}"
        if handed_key is not None:
            self.walked[handed_key] = dict(self.kinds.handed.get(handed_key, {}))
        a = fn.args
        every = (*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg)
        params = [arg for arg in every if arg is not None and arg.arg not in ("self", "cls")]
        for arg in params:
            arg_kind = self.facts.annotation_kind(arg.annotation) or PARAMETER
            if arg_kind == PARAMETER and handed_key is not None:
                # generate_code(code_llm, text) in this module: llm is that model
                arg_kind = self.kinds.handed.get(handed_key, {}).get(arg.arg, PARAMETER)
            if cell and self.cells is not None and arg.arg in self.cells:
                arg_kind, literals = self.cells[arg.arg]
                if literals:
                    inner.literals[arg.arg] = literals
            if isinstance(guarding, frozenset) and arg.arg not in guarding:
                arg_kind = CHECKED if arg_kind == PARAMETER else arg_kind
            inner.env[arg.arg] = arg_kind
        self.function_scopes.add(id(inner))
        outer, self.nested = self.nested, []
        try:
            self.block(fn.body, inner)
            for nested in self.nested:
                self.function(nested, inner, enclosing=inner)
        finally:
            self.nested = outer
            self.function_scopes.discard(id(inner))
        if cell and self.cells is not None:
            # what the cell binds at its top level is given to the cells that name it
            given = {arg.arg for arg in params}
            for key, kind in inner.env.items():
                if "." not in key and not key.startswith("_") and key not in given:
                    self.cells[key] = (kind, inner.literals.get(key, ()))

    def assignment(self, stmt: ast.Assign | ast.AnnAssign | ast.AugAssign, scope: Scope) -> None:
        """The targets take the value's kind (or lose theirs); ``r = check_prompt(x)`` waits
        for the test of ``r`` that makes ``x`` checked."""
        value = stmt.value
        if value is None:
            return
        self.checks.expressions(value, scope)
        if isinstance(stmt, ast.AugAssign):
            # ``p += x`` makes ``p`` of both: what it held and what is added
            held = copy.copy(stmt.target)
            held.ctx = ast.Load()
            value = ast.copy_location(ast.BinOp(left=held, op=stmt.op, right=value), stmt)
        kind = self.kinds.kind_of(value, scope)
        if kind is None and isinstance(value, (ast.Attribute, ast.Call)):
            bound = self.kinds.bound_vendor(value, scope)
            kind = f"{BOUND}:{bound}" if bound else None
        kind = kind or self.kinds.derived(value, scope)
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        for target in targets:
            unpacked = self.kinds.unpacked(target, value)
            if unpacked:
                for key, element in unpacked:
                    if element:
                        scope.env[key] = element
                    else:
                        scope.env.pop(key, None)
                    scope.literals.pop(key, None)
                continue
            self.checks.status_write(target, value, scope)
            self.kinds.keep_in_session(self.kinds.session_key(target), kind)
            sources = self.kinds.sources_of(value, scope) if kind == CHECKED else ()
            document = reads_document(value, self.facts, scope)
            for key in target_keys(target):
                if document:
                    scope.file_text.add(key)
                else:
                    scope.file_text.discard(key)
                self.kinds.keep_headers(key, value, scope)
                if kind:
                    scope.env[key] = kind
                else:
                    scope.env.pop(key, None)
                if sources:
                    scope.literals[key] = sources
                else:
                    scope.literals.pop(key, None)
                if (
                    isinstance(value, ast.Call)
                    and self.facts.dotted(value.func) in self.cat.guard_functions
                    and value.args
                    and isinstance(value.args[0], ast.Name)
                ):
                    scope.pending_checks[key] = value.args[0].id

    def decorated_guard(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool | frozenset[str]:
        """True for ``@guard``: every argument is checked, the function is guarded as a whole.
        With ``@guard(unchecked=[...])`` some arguments go through unread: the names listed
        (all parameters when the list is not written out in the code); the other parameters
        count as checked and the function's calls are analysed like any others."""
        for dec in fn.decorator_list:
            target = dec.func if isinstance(dec, ast.Call) else dec
            if self.facts.dotted(target) not in self.cat.guard_decorators:
                continue
            if not isinstance(dec, ast.Call):
                return True
            if any(k.arg is None for k in dec.keywords):
                return frozenset(_parameter_names(fn))  # guard(**options): cannot tell
            for k in dec.keywords:
                if k.arg != "unchecked":
                    continue
                names = [
                    e.value
                    for e in (k.value.elts if isinstance(k.value, (ast.List, ast.Tuple)) else [])
                    if isinstance(e, ast.Constant) and isinstance(e.value, str)
                ]
                literal = isinstance(k.value, (ast.List, ast.Tuple)) and len(names) == len(
                    k.value.elts
                )
                return frozenset(names) if literal else frozenset(_parameter_names(fn))
            return True
        return False

    def raising_check(self, stmt: ast.If, scope: Scope) -> None:
        """``if result.blocked: raise ...`` after ``result = check_prompt(x)``: x is checked."""
        if not any(isinstance(s, (ast.Raise, ast.Return)) for s in stmt.body):
            return
        for node in ast.walk(stmt.test):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("blocked", "allowed", "decision")
                and isinstance(node.value, ast.Name)
                and node.value.id in scope.pending_checks
            ):
                scope.env[scope.pending_checks[node.value.id]] = CHECKED


def _keep_either(scope: Scope, bound: dict[str, str]) -> None:
    """After two branches: a name one branch bound to a client, model or chain and the other
    cleared (a value of no kind) or set to a constant (``llm = None``) may hold either, so it
    keeps the client's kind: a call through it is still found."""
    for key, kind in bound.items():
        if kind in DATA_KINDS:
            continue
        if scope.env.get(key) in (None, CHECKED):
            scope.env[key] = kind


def _marimo_app(tree: ast.Module | None) -> bool:
    """A marimo notebook: it imports marimo and makes ``marimo.App(...)``."""
    if tree is None:
        return False
    for stmt in tree.body:
        if (
            isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Attribute)
            and stmt.value.func.attr == "App"
            and isinstance(stmt.value.func.value, ast.Name)
            and stmt.value.func.value.id == "marimo"
        ):
            return True
    return False


def _is_cell(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """``@app.cell`` or ``@app.cell(hide_code=True)``."""
    for dec in fn.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        if isinstance(target, ast.Attribute) and target.attr == "cell":
            return True
    return False


def _parameter_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    a = fn.args
    return [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg) if p]
