"""Python files through their AST: AIG101 (unchecked LLM calls), AIG102 (hardcoded keys),
AIG103 (official e-mail as an AI account identity), AIG105 (sensitive prompt literals).

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
dicts of messages). Literals are not AIG101's business: AIG105 checks them. A function
decorated with ``@guard`` is guarded as a whole (the guard checks every argument); under
``@guard(unchecked=[...])`` only its other parameters count as checked.
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from ai_guard.scan.rules import RULES, CallSite, ScanFinding
from ai_guard.text import data as _data

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Catalogue", "catalogue", "scan_python"]

_SUPPRESS = re.compile(r"#\s*ai-guard\s*:\s*ignore(?:\[([A-Z0-9,\s]+)\])?", re.IGNORECASE)
_GOV_EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)*gov\.vn\b", re.IGNORECASE)
_ACCOUNT_NAME = re.compile(
    r"(?:e-?mail|user(?:name)?|login|account|org(?:ani[sz]ation)?|owner|admin|sign_?up|"
    r"regist|identity|principal)",
    re.IGNORECASE,
)
_PROMPT_NAME = re.compile(r"(?:prompt|template|system|instruction|messages?$)", re.IGNORECASE)
_KEY_NAME = re.compile(r"(?:api_?key|secret|token|auth)", re.IGNORECASE)


@dataclass(frozen=True)
class Catalogue:
    clients: dict[str, str]
    calls: frozenset[tuple[str, str]]
    module_calls: frozenset[str]
    boto3_services: frozenset[str]
    boto3_methods: frozenset[str]
    http_hosts: tuple[str, ...]
    http_functions: frozenset[str]
    prompt_args: frozenset[str]
    guard_functions: frozenset[str]
    guard_wrappers: frozenset[str]
    guard_decorators: frozenset[str]
    client_patterns: tuple[tuple[str, str, re.Pattern[str]], ...] = ()
    """(SDK root, client kind, class-name pattern)."""
    returns: dict[tuple[str, str], str] = field(default_factory=dict)
    """(client kind, attribute path) -> the kind of what that call returns."""
    method_returns: dict[str, str] = field(default_factory=dict)
    """method name -> the kind it returns, whatever the receiver."""

    @cached_property
    def chains(self) -> dict[str, str]:
        """Attribute paths of two parts or more that only LLM clients have
        (``chat.completions.create``, ``models.generate_content``) -> client kind."""
        out: dict[str, str] = {}
        for kind, path in sorted(self.calls):
            if "." in path and kind != "custom":
                out.setdefault(path, kind)
        return out

    @cached_property
    def chain_probe(self) -> re.Pattern[str]:
        """Finds ``.<chain>(`` in a source text: a file with no LLM import may still call a
        client made elsewhere."""
        alternatives = sorted(self.chains, key=len, reverse=True)
        return re.compile(r"\.(?:" + "|".join(map(re.escape, alternatives)) + r")\s*\(")

    def client_kind(self, path: str) -> str | None:
        kind = self.clients.get(path)
        if kind is not None:
            return kind
        root, _, rest = path.partition(".")
        last = path.rsplit(".", 1)[-1]
        if not rest:
            return None
        for sdk, sdk_kind, pattern in self.client_patterns:
            if root == sdk and pattern.search(last):
                return sdk_kind
        return None

    def extended(
        self,
        *,
        clients: dict[str, str] | None = None,
        calls: Iterable[str] = (),
        guards: Iterable[str] = (),
    ) -> Catalogue:
        """A catalogue with a project's additions (``[tool.ai-guard.scan]``)."""
        more_calls, more_modules = _split_calls(dict.fromkeys(calls, "custom"))
        guards = tuple(guards)
        return Catalogue(
            clients={**self.clients, **(clients or {})},
            calls=self.calls | more_calls,
            module_calls=self.module_calls | more_modules,
            boto3_services=self.boto3_services,
            boto3_methods=self.boto3_methods,
            http_hosts=self.http_hosts,
            http_functions=self.http_functions,
            prompt_args=self.prompt_args,
            guard_functions=self.guard_functions | frozenset(guards),
            guard_wrappers=self.guard_wrappers | frozenset(guards),
            guard_decorators=self.guard_decorators | frozenset(guards),
            client_patterns=self.client_patterns,
            returns=self.returns,
            method_returns=self.method_returns,
        )


def _split_calls(table: dict[str, Any]) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    calls: set[tuple[str, str]] = set()
    modules: set[str] = set()
    for key in table:
        if key.startswith("module:"):
            modules.add(key[len("module:") :])
        else:
            kind, _, path = key.partition(".")
            calls.add((kind, path))
    return frozenset(calls), frozenset(modules)


@cache
def catalogue() -> Catalogue:
    """The built-in catalogue (``ai_guard/data/scan/catalogue.toml``)."""
    raw = _data.read_text("scan/catalogue.toml")
    data = tomllib.loads(raw)
    calls, modules = _split_calls(data["calls"])
    return Catalogue(
        clients=dict(data["clients"]),
        calls=calls,
        module_calls=modules,
        boto3_services=frozenset(data["boto3"]["services"]),
        boto3_methods=frozenset(data["boto3"]["methods"]),
        http_hosts=tuple(data["http"]["hosts"]),
        http_functions=frozenset(data["http"]["functions"]),
        prompt_args=frozenset(data["prompt_args"]["names"]),
        guard_functions=frozenset(data["guards"]["functions"]),
        guard_wrappers=frozenset(data["guards"]["wrappers"]),
        guard_decorators=frozenset(data["guards"]["decorators"]),
        client_patterns=tuple(
            (sdk, _sdk_kind(sdk), re.compile(p))
            for sdk, pats in data.get("client_patterns", {}).items()
            for p in pats
        ),
        returns={
            (k.partition(".")[0], k.partition(".")[2]): v
            for k, v in data.get("returns", {}).items()
            if not k.startswith("method:")
        },
        method_returns={
            k[len("method:") :]: v
            for k, v in data.get("returns", {}).items()
            if k.startswith("method:")
        },
    )


#: Builtins whose result is made of their arguments.
_PASS_THROUGH = frozenset(
    {"next", "list", "tuple", "str", "dict", "sorted", "reversed", "iter", "min", "max", "set",
     "repr", "format", "len", "sum", "any", "all", "enumerate", "zip"}
)  # fmt: skip

#: SDK module -> client kind, where they differ (groq speaks the OpenAI API)
_SDK_KIND = {"groq": "openai", "mistralai": "mistral", "together": "openai"}


def _sdk_kind(sdk: str) -> str:
    if sdk.startswith(("langchain", "langgraph")):
        return "langchain"
    return _SDK_KIND.get(sdk, sdk)


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


GUARDED = "guarded"
PARAMETER = "parameter"  # a function's parameter: unknown data
#: kinds of object that are not clients themselves, named in reports by their SDK
_SHOWN_AS = {"google_chat": "google_genai"}
CHECKED = "checked"
LLM_OUTPUT = "llm_output"
#: Functions that perform a decision (AIG104), by name; configurable.
DECISION_PATTERNS = (
    r"^(?:approve|reject|issue|grant|deny|sign|decide|revoke|suspend|sanction|fine|enforce)"
    r"(?:_|$)",
)
_SIGNOFF_DECORATORS = frozenset(
    {"ai_guard.require_human_signoff", "ai_guard.signoff.require_human_signoff"}
)


@dataclass
class _Scope:
    env: dict[str, str] = field(default_factory=dict)
    """name (or ``self.attr``) -> kind: a client kind, ``guarded``, ``checked``, ``bedrock``,
    ``url`` (a string naming a vendor endpoint)."""
    guarded: bool = False
    pending_checks: dict[str, str] = field(default_factory=dict)
    """result variable of check_prompt(x) -> x"""


class _Analyzer:
    def __init__(
        self,
        path: str,
        source: str,
        tree: ast.Module,
        cat: Catalogue,
        decision_patterns: Iterable[str] = (),
        decision_functions: Iterable[str] = (),
    ) -> None:
        self.path = path
        self.source = source
        self.tree = tree
        self.cat = cat
        self.aliases: dict[str, str] = {}
        self.factories: dict[str, str] = {}
        self.findings: list[ScanFinding] = []
        self.calls: list[CallSite] = []
        self.deferred: list[ast.stmt] | None = None
        self.sdk_imported = False
        self.chains = cat.chains
        self.module_scope = _Scope()
        self.signed_off: set[str] = set()
        self.decisions = [re.compile(p) for p in (*DECISION_PATTERNS, *decision_patterns)]
        self.decision_names = frozenset(decision_functions)

    # -- resolution -------------------------------------------------------------------------
    def collect_imports(self) -> None:
        for node in self.nodes:
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.asname:
                        self.aliases[a.asname] = a.name
                    else:
                        root = a.name.split(".")[0]
                        self.aliases.setdefault(root, root)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for a in node.names:
                    self.aliases[a.asname or a.name] = f"{node.module}.{a.name}"

    def dotted(self, node: ast.AST) -> str | None:
        """The import-resolved dotted path of a name or attribute chain (None if local)."""
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.dotted(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def _normalise(self, path: str) -> str:
        # "ai_guard.prompt.check_prompt" and "ai_guard.check_prompt" are the same function
        return path

    def kind_of(self, node: ast.AST, scope: _Scope) -> str | None:
        """The kind of the value an expression evaluates to."""
        if isinstance(node, ast.Subscript):
            inner = self.kind_of(node.value, scope)
            return LLM_OUTPUT if inner == LLM_OUTPUT else None
        if isinstance(node, ast.Attribute) and node.attr != "redacted_text":
            # r.choices[0].message.content: a part of an LLM's answer is the answer
            root: ast.AST = node.value
            while isinstance(root, (ast.Attribute, ast.Subscript)):
                root = root.value
            if self.kind_of(root, scope) == LLM_OUTPUT:
                return LLM_OUTPUT
        if isinstance(node, ast.Call):
            returned = self.returned_kind(node, scope)
            if returned is not None:
                return returned
            if self.llm_vendor(node, scope) is not None:
                return LLM_OUTPUT
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            # stream.get_final_message(), response.model_dump(): made from the model's answer
            base: ast.AST = node.func.value
            while isinstance(base, (ast.Attribute, ast.Subscript)):
                base = base.value
            if isinstance(base, ast.Name) and self.kind_of(base, scope) == LLM_OUTPUT:
                return LLM_OUTPUT
        if isinstance(node, ast.Name):
            return scope.env.get(node.id) or self.module_scope.env.get(node.id)
        if isinstance(node, ast.Attribute):
            key = _attr_key(node)
            if key and (key in scope.env or key in self.module_scope.env):
                return scope.env.get(key) or self.module_scope.env.get(key)
            if node.attr == "redacted_text":
                return CHECKED
            return None
        if isinstance(node, ast.Await):
            return self.kind_of(node.value, scope)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            # LangChain expression language: prompt | llm | parser runs the model
            for side in (node.left, node.right):
                if self.kind_of(side, scope) in ("langchain", "llama_index"):
                    return "langchain"
            return None
        if isinstance(node, ast.Call):
            path = self.dotted(node.func)
            if path in self.cat.guard_wrappers:
                return GUARDED
            client = self.cat.client_kind(path) if path else None
            if client is not None:
                return client
            if path == "boto3.client" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and arg.value in self.cat.boto3_services:
                    return "bedrock"
            if isinstance(node.func, ast.Name) and node.func.id in self.factories:
                return self.factories[node.func.id]
            # a client made by a method of a guarded client stays guarded
            if isinstance(node.func, ast.Attribute):
                return None
        return None

    # -- the pass ---------------------------------------------------------------------------
    def returned_kind(self, node: ast.Call, scope: _Scope) -> str | None:
        """What a client method returns when that is another client (``chats.create``)."""
        func = node.func
        if not isinstance(func, ast.Attribute):
            return None
        if func.attr in self.cat.method_returns:
            return self.cat.method_returns[func.attr]
        if not self.cat.returns:
            return None
        attrs: list[str] = []
        receiver: ast.expr = func
        while isinstance(receiver, ast.Attribute):
            attrs.insert(0, receiver.attr)
            receiver = receiver.value
            kind = self.kind_of(receiver, scope)
            if kind and (kind, ".".join(attrs)) in self.cat.returns:
                return self.cat.returns[(kind, ".".join(attrs))]
        return None

    def run(self) -> list[ScanFinding]:
        self.nodes = list(ast.walk(self.tree))
        self.collect_imports()
        if self.mentions_llm() or self.cat.chain_probe.search(self.source):
            # the flow pass only where something could call a model (most files import none)
            self.find_signed_off()
            self.find_factories()
            self.class_attributes()
            self.deferred = []
            self.block(self.tree.body, self.module_scope)
            later, self.deferred = self.deferred, None
            for stmt in later:
                self.statement(stmt, self.module_scope)
        self.literals()
        return self.findings

    def mentions_llm(self) -> bool:
        roots = {p.split(".")[0] for p in self.cat.clients}
        roots |= {p.split(".")[0] for p in self.cat.module_calls}
        roots |= {sdk for sdk, _, _ in self.cat.client_patterns}
        imported = {target.split(".")[0] for target in self.aliases.values()}
        self.sdk_imported = bool(imported & roots)
        roots |= {p.split(".")[0] for p in self.cat.http_functions}
        roots.add("boto3")
        return any(target.split(".")[0] in roots for target in self.aliases.values())

    def find_signed_off(self) -> None:
        """Functions of this module guarded by ``@require_human_signoff``."""
        for node in self.nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for dec in node.decorator_list:
                    target = dec.func if isinstance(dec, ast.Call) else dec
                    if self.dotted(target) in _SIGNOFF_DECORATORS:
                        self.signed_off.add(node.name)

    def annotation_kind(self, ann: ast.expr | None) -> str | None:
        """The client kind an annotation names (``OpenAI``, ``Optional[Mistral]``,
        ``"AsyncAnthropic" | None``)."""
        if ann is None:
            return None
        for sub in ast.walk(ann):
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                try:
                    sub = ast.parse(sub.value, mode="eval").body
                except SyntaxError:
                    continue
            if isinstance(sub, (ast.Name, ast.Attribute)):
                path = self.dotted(sub)
                kind = self.cat.client_kind(path) if path else None
                if kind:
                    return kind
        return None

    def find_factories(self) -> None:
        for node in self.nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                kind = self.annotation_kind(node.returns)
                if kind:
                    self.factories[node.name] = kind
                    continue
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Return) and sub.value is not None:
                        kind = self.kind_of(sub.value, _Scope())
                        if kind:
                            self.factories[node.name] = kind

    def class_attributes(self) -> None:
        """``self.client = OpenAI()`` anywhere in a class makes ``self.client`` a client in
        every method of the module (attributes on self)."""
        for node in self.nodes:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                kind = self.kind_of(node.value, self.module_scope)
                for target in node.targets:
                    key = _attr_key(target)
                    if kind and key and key.startswith("self."):
                        self.module_scope.env[key] = kind
            elif isinstance(node, ast.AnnAssign):
                kind = self.annotation_kind(node.annotation)
                key = _attr_key(node.target)
                if kind and isinstance(node.target, ast.Name):
                    key = f"self.{node.target.id}"  # a class-level field: client: OpenAI
                if kind and key and key.startswith("self."):
                    self.module_scope.env[key] = kind
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                # self.client = client, where the parameter is annotated with a client class
                params = {
                    a.arg: k
                    for a in (*node.args.args, *node.args.kwonlyargs)
                    if (k := self.annotation_kind(a.annotation))
                }
                for sub in ast.walk(node) if params else ():
                    if isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Name):
                        for target in sub.targets:
                            key = _attr_key(target)
                            if key and key.startswith("self.") and sub.value.id in params:
                                self.module_scope.env[key] = params[sub.value.id]

    def block(self, stmts: list[ast.stmt], scope: _Scope) -> None:
        for stmt in stmts:
            self.statement(stmt, scope)

    def statement(self, stmt: ast.stmt, scope: _Scope) -> None:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and (
            scope is self.module_scope and self.deferred is not None
        ):
            # a module's functions run after its top level has set up its clients
            self.deferred.append(stmt)
            return
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            guarding = self.decorated_guard(stmt)
            inner = _Scope(guarded=scope.guarded or guarding is True)
            for arg in (*stmt.args.posonlyargs, *stmt.args.args, *stmt.args.kwonlyargs,
                        stmt.args.vararg, stmt.args.kwarg):  # fmt: skip
                if arg is not None and arg.arg not in ("self", "cls"):
                    arg_kind = self.annotation_kind(arg.annotation) or PARAMETER
                    if isinstance(guarding, frozenset) and arg.arg not in guarding:
                        arg_kind = CHECKED if arg_kind == PARAMETER else arg_kind
                    inner.env[arg.arg] = arg_kind
            self.block(stmt.body, inner)
            return
        if isinstance(stmt, ast.ClassDef):
            self.block(stmt.body, _Scope(guarded=scope.guarded))
            return
        if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            value = stmt.value
            if value is not None:
                self.expressions(value, scope)
                kind = self.kind_of(value, scope) or self.derived(value, scope)
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                for target in targets:
                    for key in _target_keys(target):
                        if kind:
                            scope.env[key] = kind
                        else:
                            scope.env.pop(key, None)
                        if (
                            isinstance(value, ast.Call)
                            and self.dotted(value.func) in self.cat.guard_functions
                            and value.args
                            and isinstance(value.args[0], ast.Name)
                        ):
                            scope.pending_checks[key] = value.args[0].id
            return
        if isinstance(stmt, ast.If):
            self.expressions(stmt.test, scope)
            self.raising_check(stmt, scope)
            self.block(stmt.body, scope)
            self.block(stmt.orelse, scope)
            return
        if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)):
            if isinstance(stmt, (ast.For, ast.AsyncFor)):
                self.expressions(stmt.iter, scope)
            else:
                self.expressions(stmt.test, scope)
            self.block(stmt.body, scope)
            self.block(stmt.orelse, scope)
            return
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            for item in stmt.items:
                self.expressions(item.context_expr, scope)
                if item.optional_vars is not None:
                    kind = self.kind_of(item.context_expr, scope)
                    for key in _target_keys(item.optional_vars):
                        if kind:
                            scope.env[key] = kind
            self.block(stmt.body, scope)
            return
        if isinstance(stmt, ast.Try):
            self.block(stmt.body, scope)
            for h in stmt.handlers:
                self.block(h.body, scope)
            self.block(stmt.orelse, scope)
            self.block(stmt.finalbody, scope)
            return
        for child in ast.iter_child_nodes(stmt):
            if isinstance(child, ast.expr):
                self.expressions(child, scope)
            elif isinstance(child, ast.stmt):
                self.statement(child, scope)

    def decorated_guard(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool | frozenset[str]:
        """True for ``@guard``: every argument is checked, the function is guarded as a whole.
        With ``@guard(unchecked=[...])`` some arguments go through unread: the names listed
        (all parameters when the list is not written out in the code); the other parameters
        count as checked and the function's calls are analysed like any others."""
        for dec in fn.decorator_list:
            target = dec.func if isinstance(dec, ast.Call) else dec
            if self.dotted(target) not in self.cat.guard_decorators:
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

    def raising_check(self, stmt: ast.If, scope: _Scope) -> None:
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

    def derived(self, value: ast.expr, scope: _Scope) -> str | None:
        """An expression built only from checked values and literals is checked; one that
        names a vendor endpoint is a URL."""
        leaves = list(self.leaves(value, scope))
        if any(isinstance(v, ast.Constant) and self.names_host(v.value) for v in ast.walk(value)):
            return "url"
        if any(self.kind_of(leaf, scope) == LLM_OUTPUT for leaf, _ in leaves):
            return LLM_OUTPUT
        if all(ok for _, ok in leaves):
            # checked values and literals only (a prompt written in the code is AIG105's)
            return CHECKED
        return None

    def names_host(self, value: object) -> bool:
        return isinstance(value, str) and any(h in value for h in self.cat.http_hosts)

    def leaves(self, node: ast.AST, scope: _Scope) -> Iterator[tuple[ast.AST, bool]]:
        """Non-literal parts of an expression, each with whether it is checked."""
        if isinstance(node, ast.Constant):
            return
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for elt in node.elts:
                yield from self.leaves(elt, scope)
            return
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=True):
                if k is not None:
                    yield from self.leaves(k, scope)
                yield from self.leaves(v, scope)
            return
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                if isinstance(part, ast.FormattedValue):
                    yield from self.leaves(part.value, scope)
            return
        if isinstance(node, ast.BinOp):
            yield from self.leaves(node.left, scope)
            yield from self.leaves(node.right, scope)
            return
        if isinstance(node, ast.Starred):
            yield from self.leaves(node.value, scope)
            return
        if isinstance(node, ast.Attribute) and node.attr.isupper() and self.dotted(node):
            return  # a constant of an imported module (anthropic.HUMAN_PROMPT)
        if isinstance(node, ast.Name) and node.id.isupper() and node.id in self.aliases:
            return  # from anthropic import HUMAN_PROMPT
        if isinstance(node, (ast.GeneratorExp, ast.ListComp, ast.SetComp)):
            for gen in node.generators:  # the elements come from what is iterated
                yield from self.leaves(gen.iter, scope)
            return
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _PASS_THROUGH
            and node.func.id not in self.aliases
        ):
            for arg in node.args:  # next(...), list(...), str(...): made of their arguments
                yield from self.leaves(arg, scope)
            return
        kind = self.kind_of(node, scope)
        # a model's own answer sent back (multi-turn) carries no new data from the user
        yield node, kind in (CHECKED, LLM_OUTPUT)

    # -- calls -------------------------------------------------------------------------------
    def expressions(self, expr: ast.expr, scope: _Scope) -> None:
        for node in ast.walk(expr):
            if isinstance(node, ast.Call):
                self.call(node, scope)
                self.mutation(node, scope)

    def mutation(self, node: ast.Call, scope: _Scope) -> None:
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
        if scope.env.get(name) != CHECKED and self.module_scope.env.get(name) != CHECKED:
            return
        args = [*node.args, *(k.value for k in node.keywords)]
        if any(not ok for a in args for _, ok in self.leaves(a, scope)):
            scope.env[name] = "unchecked"

    def call(self, node: ast.Call, scope: _Scope) -> None:
        self.decision(node, scope)
        vendor = self.llm_vendor(node, scope)
        if vendor is None:
            return
        vendor = _SHOWN_AS.get(vendor, vendor)
        if vendor == GUARDED or scope.guarded:
            self.call_site(node, "guarded" if vendor == GUARDED else vendor, "guarded")
            return
        leaves = [pair for arg in self.prompt_arguments(node) for pair in self.leaves(arg, scope)]
        unchecked = [leaf for leaf, ok in leaves if not ok]
        self.call_site(
            node, vendor, "unchecked" if unchecked else "checked" if leaves else "literal"
        )
        if unchecked:
            rule = RULES["AIG101"]
            self.report(
                "AIG101",
                node,
                f"{rule.summary_en} ({vendor}); fix: {rule.fix_en}",
                f"{rule.summary_vi} ({vendor}); cách sửa: {rule.fix_vi}",
            )

    def decision(self, node: ast.Call, scope: _Scope) -> None:
        """AIG104: an LLM's output passed to a function that performs a decision."""
        func = node.func
        name = (
            func.id
            if isinstance(func, ast.Name)
            else (func.attr if isinstance(func, ast.Attribute) else None)
        )
        if not name or name in self.signed_off:
            return
        if name not in self.decision_names and not any(p.search(name) for p in self.decisions):
            return
        if any(k.arg == "signoff" for k in node.keywords):
            return  # a sign-off is given: require_human_signoff checks it at run time
        args = [*node.args, *(k.value for k in node.keywords)]
        if any(
            self.kind_of(leaf, scope) == LLM_OUTPUT
            for a in args
            for leaf, _ in self.leaves(a, scope)
        ):
            rule = RULES["AIG104"]
            self.report(
                "AIG104", node, f"{rule.summary_en} ('{name}'); fix: {rule.fix_en}",
                f"{rule.summary_vi} ('{name}'); cách sửa: {rule.fix_vi}",
            )  # fmt: skip

    def prompt_arguments(self, node: ast.Call) -> list[ast.expr]:
        args: list[ast.expr] = [k.value for k in node.keywords if k.arg in self.cat.prompt_args]
        args.extend(k.value for k in node.keywords if k.arg is None)  # **kwargs
        if node.args:
            args.append(node.args[0])
        return args

    def llm_vendor(self, node: ast.Call, scope: _Scope) -> str | None:
        func = node.func
        path = self.dotted(func)
        if path is not None:
            if path in self.cat.module_calls:
                return path.split(".")[0]
            if path in self.cat.http_functions and self.http_target(node, scope):
                return "http"
        if not isinstance(func, ast.Attribute):
            return None
        # walk down the attribute chain to a receiver whose kind is known
        attrs: list[str] = []
        receiver: ast.expr = func
        while isinstance(receiver, ast.Attribute):
            attrs.insert(0, receiver.attr)
            receiver = receiver.value
            kind = self.kind_of(receiver, scope)
            if kind == GUARDED:
                chain = ".".join(attrs)
                return GUARDED if any(chain == c for _, c in self.cat.calls) else None
            if kind == "bedrock" and attrs[-1] in self.cat.boto3_methods and len(attrs) == 1:
                return "bedrock"
            if kind and (kind, ".".join(attrs)) in self.cat.calls:
                return kind
            if kind == "http_client" and attrs[-1] in ("post", "request", "stream"):
                return "http" if self.http_target(node, scope) else None
        # a receiver of unknown kind (a parameter, an attribute set elsewhere) called with a
        # path only LLM clients have: self.llm.chat.completions.create(...)
        if len(attrs) >= 2:
            for i in range(len(attrs) - 1):
                chain = ".".join(attrs[i:])
                kind = self.chains.get(chain)
                # without an LLM SDK imported here (a client imported from another module of
                # the project), only paths no other popular API has: not messages.create
                # (Twilio), not files.upload
                if kind is not None and (
                    self.sdk_imported or not chain.startswith(("messages.", "files.", "batches."))
                ):
                    return kind
        return None

    def http_target(self, node: ast.Call, scope: _Scope) -> bool:
        for arg in [*node.args[:1], *(k.value for k in node.keywords if k.arg == "url")]:
            for sub in ast.walk(arg):
                if isinstance(sub, ast.Constant) and self.names_host(sub.value):
                    return True
                if isinstance(sub, ast.Name) and self.kind_of(sub, scope) == "url":
                    return True
        return False

    # -- literals: AIG102, AIG103, AIG105 -------------------------------------------------------
    def literals(self) -> None:
        from ai_guard.scan.literals import key_finding, prompt_finding

        for node, name in _named_literals(self.tree):
            text = node.value
            if not isinstance(text, str) or not text.strip():
                continue
            vendor = key_finding(text, name)
            if vendor:
                rule = RULES["AIG102"]
                self.report(
                    "AIG102", node, f"{rule.summary_en} ({vendor}); fix: {rule.fix_en}",
                    f"{rule.summary_vi} ({vendor}); cách sửa: {rule.fix_vi}",
                )  # fmt: skip
                continue
            if name and _ACCOUNT_NAME.search(name) and _GOV_EMAIL.search(text):
                rule = RULES["AIG103"]
                self.report(
                    "AIG103", node, f"{rule.summary_en} ('{name}'); fix: {rule.fix_en}",
                    f"{rule.summary_vi} ('{name}'); cách sửa: {rule.fix_vi}",
                )  # fmt: skip
                continue
            if name and (_PROMPT_NAME.search(name) or name in self.cat.prompt_args):
                summary = prompt_finding(text)
                if summary:
                    rule = RULES["AIG105"]
                    self.report(
                        "AIG105", node, f"{rule.summary_en}: {summary[1]}; fix: {rule.fix_en}",
                        f"{rule.summary_vi}: {summary[0]}; cách sửa: {rule.fix_vi}",
                    )  # fmt: skip

    def call_site(self, node: ast.AST, vendor: str, status: str) -> None:
        self.calls.append(
            CallSite(
                self.path,
                getattr(node, "lineno", 1),
                getattr(node, "col_offset", 0) + 1,
                vendor,
                status,
            )
        )

    def report(self, rule: str, node: ast.AST, en: str, vi: str) -> None:
        self.findings.append(
            ScanFinding(
                rule=rule,
                path=self.path,
                line=getattr(node, "lineno", 1),
                column=getattr(node, "col_offset", 0) + 1,
                message_en=en,
                message_vi=vi,
            )
        )


def _attr_key(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return None


def _parameter_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    a = fn.args
    return [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg) if p]


def _target_keys(target: ast.AST) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    key = _attr_key(target)
    if key:
        return [key]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [k for elt in target.elts for k in _target_keys(elt)]
    return []


def _named_literals(tree: ast.AST) -> Iterator[tuple[ast.Constant, str | None]]:
    """String literals with the name they are given (an assignment target, a keyword argument,
    a dict key), in one traversal; an f-string is yielded once, as its literal parts joined."""
    stack: list[tuple[ast.AST, str | None]] = [(tree, None)]
    while stack:
        node, name = stack.pop()
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str):
                yield node, name
            continue
        if isinstance(node, ast.JoinedStr):
            parts = [str(p.value) for p in node.values if isinstance(p, ast.Constant)]
            fake = ast.Constant(value=" ".join(parts))
            ast.copy_location(fake, node)
            yield fake, name
            stack.extend((p.value, name) for p in node.values if isinstance(p, ast.FormattedValue))
            continue
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [k for t in targets for k in _target_keys(t)]
            if node.value is not None:
                stack.append((node.value, names[-1].split(".")[-1] if names else name))
            continue
        if isinstance(node, ast.keyword):
            stack.append((node.value, node.arg or name))
            continue
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=True):
                key = k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None
                if k is not None:
                    stack.append((k, name))
                stack.append((v, key or name))
            continue
        stack.extend((child, name) for child in ast.iter_child_nodes(node))


def scan_python(
    path: str,
    source: str,
    cat: Catalogue | None = None,
    config: Any = None,
    calls: list[CallSite] | None = None,
) -> list[ScanFinding]:
    """Findings of one Python source (suppressed ones marked). Raises SyntaxError. The LLM
    call sites found are appended to ``calls`` when given."""
    tree = ast.parse(source, filename=path)
    analyzer = _Analyzer(
        path,
        source,
        tree,
        cat or catalogue(),
        getattr(config, "decision_patterns", ()),
        getattr(config, "decision_functions", ()),
    )
    findings = analyzer.run()
    if calls is not None:
        calls.extend(sorted(analyzer.calls, key=lambda c: (c.line, c.column)))
    sup = suppressions(source)
    out = []
    for f in findings:
        rules = sup.get(f.line, sup.get(f.line - 1, frozenset()))
        hit = rules is None or (rules and f.rule in rules)
        out.append(
            ScanFinding(f.rule, f.path, f.line, f.column, f.message_en, f.message_vi, bool(hit))
        )
    return sorted(out, key=lambda f: (f.line, f.column, f.rule))
