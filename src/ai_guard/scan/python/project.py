"""Clients made in another module of the same project.

Real applications build their model in one module (``src/utils/llm_model.py``:
``def get_llm(): return ChatGoogleGenerativeAI(...)``, or ``llm = ChatOpenAI()`` at its top
level) and call it everywhere else (``from src.utils.llm_model import get_llm``, then
``chain = prompt | get_llm()`` and ``chain.invoke(...)``). Read one file at a time, every such
call was missed. Here a ``from M import name`` whose module is a file of the project (found
next to the importing file or in a folder above it, up to the repository's root; relative
imports too) is read for what it exports: a function that returns a client (the module's own
factories, :meth:`Kinds.learn_factories`) or a top-level name bound to one. Those modules are
read from disk whether or not they are being scanned (the pre-commit hook is given only the
files that changed), each once per process for a given size and time of change, and their own
imports are followed a few steps deep.
"""

from __future__ import annotations

import ast
import functools
import os
import re
from dataclasses import dataclass, field

from ai_guard.scan.catalogue import Catalogue
from ai_guard.scan.python.fstrings import requote
from ai_guard.scan.python.module import ModuleFacts

__all__ = ["ProjectImports", "Taker", "own_packages", "project_imports", "taker"]

#: how many folders above a file an absolute import's top package is looked for; the climb
#: also stops at a repository's root (a folder holding ``.git``)
_MAX_CLIMB = 8
#: how many modules deep imports are followed (a factory that calls a factory of another module)
_MAX_DEPTH = 3
#: a module file larger than this is not read for its exports (generated code)
_MAX_MODULE_BYTES = 1024 * 1024
#: kinds that are data, not clients: never taken from another module
_NOT_CLIENTS = frozenset({"checked", "llm_output", "parameter", "url", "url_data"})


@dataclass(frozen=True)
class Taker:
    """A function of another module of the project: its parameters in order, and the
    attribute paths it calls on each (``agent.chat(p)``: ``chat``; ``llm(p)``: ``__call__``)."""

    module: str
    params: tuple[str, ...]
    calls: dict[str, frozenset[str]]


@dataclass
class ProjectImports:
    """What a module imports from the project's other modules."""

    factories: dict[str, str] = field(default_factory=dict)
    """local name of an imported function -> the client kind it returns"""
    values: dict[str, str] = field(default_factory=dict)
    """local name of an imported module-level value -> its client kind"""
    types: dict[str, str] = field(default_factory=dict)
    """local name of an imported type alias -> the client kind it names (``LLMDep =
    Annotated[ChatOpenAI, Depends(get_llm)]``, then ``def route(llm: LLMDep)``)"""
    takers: dict[str, tuple[str, str]] = field(default_factory=dict)
    """local name of an imported name -> (its module's file, its name there): read for what
    it calls on its parameters (:func:`taker`) only when a client is handed to it"""

    def __bool__(self) -> bool:
        return bool(self.factories or self.values or self.types)


#: what a module exports, by its path, size, time of change and catalogue (held with it, so
#: that its id is not reused while the entry lives)
_CACHE: dict[tuple[str, int, int, int], tuple[Catalogue, ProjectImports]] = {}


def project_imports(path: str, facts: ModuleFacts, cat: Catalogue) -> ProjectImports:
    """The clients and client factories the file at ``path`` (its imports in ``facts``)
    imports from modules of its project."""
    return _imports(os.path.abspath(path), facts.nodes, cat, _MAX_DEPTH, frozenset(), True)


def own_packages(path: str, tree: ast.Module, cat: Catalogue) -> frozenset[str]:
    """Top packages this file imports that are named like an LLM SDK (``agents``, ``mcp``,
    ``openai``) but are modules of its own project, found as :func:`project_imports` finds
    them (next to the file or in a folder above it): Python imports those, not the SDK."""
    sdk_roots = _sdk_roots(cat)
    where = os.path.abspath(path)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return frozenset(n for n in names & sdk_roots if _module_file(where, n, 0) is not None)


def _imports(
    path: str,
    nodes: list[ast.AST],
    cat: Catalogue,
    depth: int,
    seen: frozenset[str],
    takers: bool = False,
) -> ProjectImports:
    out = ProjectImports()
    if depth <= 0:
        return out
    sdk_roots = _sdk_roots(cat)
    for node in nodes:
        if isinstance(node, ast.Import):
            # import app_chain: its functions and values are read as app_chain.create_chain()
            for alias in node.names:
                module = _module_file(path, alias.name, 0)
                if module is None or module in seen:
                    continue
                exports = _exports(module, cat, depth - 1, seen | {path})
                local = alias.asname or alias.name
                for table, mine in (
                    (exports.factories, out.factories),
                    (exports.values, out.values),
                    (exports.types, out.types),
                ):
                    mine.update((f"{local}.{name}", kind) for name, kind in table.items())
            continue
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        root = node.module.split(".")[0]
        if node.level == 0 and root in sdk_roots and _module_file(path, root, 0) is None:
            continue  # an SDK, not a module of the project
        module = _module_file(path, node.module, node.level)
        if module is None or module in seen:
            continue
        exports = _exports(module, cat, depth - 1, seen | {path})
        for alias in node.names:
            local = alias.asname or alias.name
            if takers:
                out.takers[local] = (module, alias.name)
            if alias.name in exports.factories:
                out.factories[local] = exports.factories[alias.name]
            elif alias.name in exports.values:
                out.values[local] = exports.values[alias.name]
            elif alias.name in exports.types:
                out.types[local] = exports.types[alias.name]
    return out


_SDK_ROOTS: dict[int, tuple[Catalogue, frozenset[str]]] = {}


def _sdk_roots(cat: Catalogue) -> frozenset[str]:
    """The top packages of the LLM SDKs (an import of one is no module of the project)."""
    held = _SDK_ROOTS.get(id(cat))
    if held is not None and held[0] is cat:
        return held[1]
    roots = {p.split(".")[0] for p in cat.clients}
    roots |= {p.split(".")[0] for p in cat.module_calls}
    roots |= {sdk for sdk, _, _ in cat.client_patterns}
    found = frozenset(roots)
    _SDK_ROOTS[id(cat)] = (cat, found)
    return found


def _module_file(importer: str, module: str, level: int) -> str | None:
    """The file of the project a ``from module import ...`` reads, else None."""
    return _module_file_from(os.path.dirname(importer), module, level)


@functools.lru_cache(maxsize=4096)
def _module_file_from(here: str, module: str, level: int) -> str | None:
    """:func:`_module_file` for a file in the folder ``here`` (the files of one folder share
    the answer: each import is looked for once per folder and process)."""
    rel = module.replace(".", os.sep)
    if level > 0:
        for _ in range(level - 1):
            here = os.path.dirname(here)
        return _existing(here, rel)
    for _ in range(_MAX_CLIMB):
        found = _existing(here, rel)
        if found is not None:
            return found
        if os.path.isdir(os.path.join(here, ".git")):
            return None
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent
    return None


def _existing(folder: str, rel: str) -> str | None:
    for candidate in (os.path.join(folder, rel + ".py"), os.path.join(folder, rel, "__init__.py")):
        if os.path.isfile(candidate):
            return candidate
    return None


def _exports(module: str, cat: Catalogue, depth: int, seen: frozenset[str]) -> ProjectImports:
    """The functions of a module that return a client, and its top-level names bound to one."""
    try:
        stat = os.stat(module)
    except OSError:
        return ProjectImports()
    key = (module, stat.st_size, stat.st_mtime_ns, id(cat))
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is cat:
        return cached[1]
    out = ProjectImports()
    try:
        with open(module, encoding="utf-8") as fh:
            text = fh.read(_MAX_MODULE_BYTES + 1)
    except (OSError, ValueError, UnicodeError):
        text = ""
    if len(text) <= _MAX_MODULE_BYTES and _may_make_clients(module, text, cat, depth, seen):
        tree: ast.Module | None
        try:
            tree = ast.parse(text, filename=module)
        except SyntaxError:
            # Python 3.12's f-strings read on an older Python, as in the file scanned
            again = requote(text)
            try:
                tree = ast.parse(again, filename=module) if again is not None else None
            except (SyntaxError, ValueError):
                tree = None
        except ValueError:
            tree = None
        if tree is not None:
            out = _read_exports(module, tree, cat, depth, seen)
    _CACHE[key] = (cat, out)
    return out


_TAKERS: dict[tuple[str, int, int], dict[str, Taker]] = {}


def taker(module: str, name: str) -> Taker | None:
    """The top-level function ``name`` of ``module`` as a :class:`Taker`, when it calls
    something on one of its parameters (a client handed to it here is sent through there:
    ``chat_interface(agent, ...)`` whose body calls ``agent.chat(prompt)``); the module read
    once per size and time of change."""
    try:
        stat = os.stat(module)
    except OSError:
        return None
    key = (module, stat.st_size, stat.st_mtime_ns)
    found = _TAKERS.get(key)
    if found is None:
        found = {}
        try:
            with open(module, encoding="utf-8") as fh:
                text = fh.read(_MAX_MODULE_BYTES + 1)
            tree = ast.parse(text, filename=module) if len(text) <= _MAX_MODULE_BYTES else None
        except (OSError, ValueError, UnicodeError, SyntaxError):
            tree = None
        for stmt in tree.body if tree is not None else ():
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                taker = _param_calls(module, stmt)
                if taker is not None:
                    found[stmt.name] = taker
        _TAKERS[key] = found
    return found.get(name)


def _param_calls(module: str, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> Taker | None:
    params = tuple(a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs))
    called: dict[str, set[str]] = {}
    for sub in ast.walk(fn):
        if not isinstance(sub, ast.Call):
            continue
        func, parts = sub.func, []
        while isinstance(func, ast.Attribute):
            parts.append(func.attr)
            func = func.value
        if isinstance(func, ast.Name) and func.id in params:
            called.setdefault(func.id, set()).add(".".join(reversed(parts)) or "__call__")
    if not called:
        return None
    return Taker(module, params, {k: frozenset(v) for k, v in called.items()})


_TOP_FROM = re.compile(r"^(?:from[ \t]+(\.*)([\w.]*)[ \t]+import\b|import[ \t]+()([\w.]+))", re.M)


def _may_make_clients(
    module: str, text: str, cat: Catalogue, depth: int, seen: frozenset[str]
) -> bool:
    """Whether a module's text can make a client, read before it is parsed (most modules of
    a project cannot): it imports an LLM SDK (anywhere: an import inside a function too), or
    one of its top-level from-imports reads a module of the project that exports a client."""
    if _sdk_import(cat).search(text):
        return True
    if depth <= 0:
        return False
    for m in _TOP_FROM.finditer(text):
        level, name = len(m.group(1) or m.group(3) or ""), m.group(2) or m.group(4)
        if not name or (level == 0 and name.split(".")[0] in _sdk_roots(cat)):
            continue
        found = _module_file(module, name, level)
        if (
            found is not None
            and found not in seen
            and _exports(found, cat, depth - 1, seen | {module})
        ):
            return True
    return False


_SDK_IMPORT: dict[int, tuple[Catalogue, re.Pattern[str]]] = {}


def _sdk_import(cat: Catalogue) -> re.Pattern[str]:
    """An import of an LLM SDK, in a module's text."""
    held = _SDK_IMPORT.get(id(cat))
    if held is not None and held[0] is cat:
        return held[1]
    roots = "|".join(sorted(map(re.escape, _sdk_roots(cat))))
    found = re.compile(rf"^[ \t]*(?:from|import)[ \t]+(?:{roots})\b", re.M)
    _SDK_IMPORT[id(cat)] = (cat, found)
    return found


def _read_exports(
    module: str, tree: ast.Module, cat: Catalogue, depth: int, seen: frozenset[str]
) -> ProjectImports:
    from ai_guard.scan.python.calls import CallMatcher
    from ai_guard.scan.python.kinds import Kinds, target_keys

    inherited = _imports(module, list(tree.body), cat, depth, seen)
    facts = ModuleFacts(tree, cat)
    if not (facts.sdk_imported or inherited):
        return ProjectImports()  # imports no SDK and no client: it makes none
    facts.type_aliases.update(inherited.types)
    kinds = Kinds(facts, cat)
    CallMatcher(kinds)
    kinds.factories.update(inherited.factories)
    kinds.module_scope.env.update(inherited.values)
    kinds.learn_factories()
    env = kinds.module_scope.env
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign):
            kind = kinds.kind_of(stmt.value, kinds.module_scope)
            for key in (k for t in stmt.targets for k in target_keys(t)):
                if kind is not None:
                    env[key] = kind
                else:
                    env.pop(key, None)
    kinds.learn_factories()  # def get_llm(): return llm, with llm bound above
    return ProjectImports(
        factories={n: k for n, k in kinds.factories.items() if k not in _NOT_CLIENTS},
        values={n: k for n, k in env.items() if "." not in n and k not in _NOT_CLIENTS},
        types=dict(facts.type_aliases),
    )
