"""Import and alias tracking: what a module's imports and definitions say before any flow."""

from __future__ import annotations

import ast
from functools import cached_property

from ai_guard.scan.catalogue import Catalogue

__all__ = ["SIGNOFF_DECORATORS", "ModuleFacts"]

#: where require_human_signoff can be imported from (the package face and its home module)
SIGNOFF_DECORATORS = frozenset(
    {
        "ai_guard.require_human_signoff",
        "ai_guard.signoff.require_human_signoff",
        "ai_guard.signoff.guard.require_human_signoff",
    }
)


class ModuleFacts:
    """A module's import aliases (``import openai as oa``, ``from openai import OpenAI as O``)
    and what follows from them: the dotted path a name stands for, whether an LLM SDK is
    imported, which functions are under ``@require_human_signoff``, which client kind an
    annotation names."""

    def __init__(self, tree: ast.Module, cat: Catalogue, own: frozenset[str] = frozenset()) -> None:
        """``own``: top packages named like an SDK that are the project's own modules (its
        ``agents/`` folder is not the OpenAI Agents SDK): their imports bind no SDK name."""
        self.cat = cat
        self.nodes = list(ast.walk(tree))
        self.aliases: dict[str, str] = {}
        for node in self.nodes:
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.split(".")[0] in own:
                        continue
                    if a.asname:
                        self.aliases[a.asname] = a.name
                    else:
                        root = a.name.split(".")[0]
                        self.aliases.setdefault(root, root)
            elif (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.level == 0
                and node.module.split(".")[0] not in own
            ):
                for a in node.names:
                    self.aliases[a.asname or a.name] = f"{node.module}.{a.name}"
        # a module-level SDK function called through a name this module never binds
        # (``litellm.completion(...)`` where a plugin framework injects ``litellm``): the SDK
        free = {p.split(".")[0] for p in cat.module_calls} - self.aliases.keys()
        if free:
            self.aliases.update((name, name) for name in free & _free_names(self.nodes))
        imported = {target.split(".")[0] for target in self.aliases.values()}
        roots = {p.split(".")[0] for p in cat.clients}
        roots |= {p.split(".")[0] for p in cat.module_calls}
        roots |= {sdk for sdk, _, _ in cat.client_patterns}
        self.sdk_imported = bool(imported & roots)
        """An LLM SDK is imported here (a client may also come from another module)."""
        roots |= {p.split(".")[0] for p in cat.http_functions}
        roots.add("boto3")
        self.mentions_llm = bool(imported & roots)
        """An LLM SDK, an HTTP client or boto3 is imported: something here could call a model."""
        self.type_aliases: dict[str, str] = {}
        """module-level names that alias a client's type (``LLMDep = Annotated[ChatOpenAI,
        Depends(get_llm)]``, ``Model = Optional[ChatOpenAI]``), and those imported from
        another module of the project: an annotation naming one names the client"""
        for stmt in tree.body:
            target: ast.expr | None = None
            if isinstance(stmt, ast.AnnAssign):
                target = stmt.target
            elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                target = stmt.targets[0]
            value = getattr(stmt, "value", None)
            if isinstance(target, ast.Name) and isinstance(value, (ast.Subscript, ast.BinOp)):
                kind = self.annotation_kind(value)
                if kind:
                    self.type_aliases[target.id] = kind

    def dotted(self, node: ast.AST) -> str | None:
        """The import-resolved dotted path of a name or attribute chain (None if local)."""
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.dotted(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    @cached_property
    def signed_off(self) -> frozenset[str]:
        """Functions of this module guarded by ``@require_human_signoff``."""
        names: set[str] = set()
        for node in self.nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for dec in node.decorator_list:
                    target = dec.func if isinstance(dec, ast.Call) else dec
                    if self.dotted(target) in SIGNOFF_DECORATORS:
                        names.add(node.name)
        return frozenset(names)

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
            if isinstance(sub, ast.Name) and sub.id in self.type_aliases:
                return self.type_aliases[sub.id]
            if isinstance(sub, (ast.Name, ast.Attribute)):
                path = self.dotted(sub)
                kind = self.cat.client_kind(path) if path else None
                if kind:
                    return kind
        return None


def _free_names(nodes: list[ast.AST]) -> set[str]:
    """Names read in a module and bound nowhere in it (no assignment, parameter, definition,
    import, ``global`` or ``del``): they come from outside, as builtins or injected modules."""
    read: set[str] = set()
    bound: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            bound.update(node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return read - bound
