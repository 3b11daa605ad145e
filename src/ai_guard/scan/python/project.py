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
from ai_guard.scan.python.module import ModuleFacts

__all__ = [
    "ProjectImports",
    "Taker",
    "handed_unread",
    "module_problem",
    "own_packages",
    "project_imports",
    "taker",
]

#: how many folders above a file an absolute import's top package is looked for; the climb
#: also stops at a repository's root (a folder holding ``.git``)
_MAX_CLIMB = 8
#: how many modules deep imports are followed (a factory that calls a factory of another module)
_MAX_DEPTH = 3
#: a module file larger than this is not read for its exports: the scanner's own limit for a
#: file (a module it would scan is read for what it exports; one over the limit is reported
#: where it is handed something, :func:`module_problem`)
_MAX_MODULE_BYTES = 8 * 1024 * 1024
#: kinds that are data, not clients: never taken from another module
_NOT_CLIENTS = frozenset({"checked", "llm_output", "parameter", "url", "url_data"})


@dataclass(frozen=True)
class Taker:
    """A function of another module of the project: its parameters in order, and the
    attribute paths it calls on each (``agent.chat(p)``: ``chat``; ``llm(p)``: ``__call__``)."""

    module: str
    params: tuple[str, ...]
    calls: dict[str, frozenset[str]]
    sends: dict[str, frozenset[str]] = field(default_factory=dict)
    """parameter called on -> the parameters its calls are given (``model.generate_content(
    [prompt, file])``: ``model`` -> ``file``): what it sends to a client handed to it"""
    returns: dict[str, str] = field(default_factory=dict)
    """parameter -> the method called on it whose result the function returns (``def
    start(model): st.session_state.chat = model.start_chat(); return st.session_state.chat``:
    ``model`` -> ``start_chat``): given a client, it returns what that method makes"""


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
    getters: dict[str, dict[str, str]] = field(default_factory=dict)
    """local name of an imported class of the project -> its methods that return a client it
    holds (``Model().get_llm_gemini()``)"""
    modules: dict[str, str] = field(default_factory=dict)
    """local name of an imported module of the project (``import helpers``, ``from app import
    helpers``, ``import app.helpers as h``) -> its file: what is handed to its functions
    (``helpers.ask(text)``) goes there"""

    def __bool__(self) -> bool:
        return bool(self.factories or self.values or self.types or self.getters)


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
                if takers:
                    out.modules[local] = module
                for table, mine in (
                    (exports.factories, out.factories),
                    (exports.values, out.values),
                    (exports.types, out.types),
                ):
                    mine.update((f"{local}.{name}", kind) for name, kind in table.items())
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.module is not None:
            root = node.module.split(".")[0]
            if node.level == 0 and root in sdk_roots and _module_file(path, root, 0) is None:
                continue  # an SDK, not a module of the project
        if takers:
            # from app import helpers, from . import helpers: a module of the project, not a
            # name its package exports
            for alias in node.names:
                dotted = f"{node.module}.{alias.name}" if node.module else alias.name
                sub = _module_file(path, dotted, node.level)
                if sub is not None:
                    out.modules[alias.asname or alias.name] = sub
        if node.module is None:
            continue
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
            if alias.name in exports.getters:
                out.getters[local] = exports.getters[alias.name]
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
    # a module of the project the scanner does not read: Cython's source, or an extension
    # compiled from it (``helpers.pyx``, ``helpers.cpython-311-x86_64-linux-gnu.so``, ``.pyd``)
    head, name = os.path.split(os.path.join(folder, rel))
    try:
        entries = sorted(os.listdir(head)) if os.path.isdir(head) else []
    except OSError:
        entries = []
    for entry in entries:
        stem, dot, _ = entry.partition(".")
        if stem == name and dot and entry.endswith((".pyx", ".so", ".pyd")):
            return os.path.join(head, entry)
    return None


def _module_text(module: str) -> str | None:
    """A module's text as the scanner reads a file (UTF-8, UTF-16/32, legacy bytes), or None
    when it cannot be read or is over the limit."""
    from ai_guard.text.encodings import decode_bytes

    try:
        if os.path.getsize(module) > _MAX_MODULE_BYTES:
            return None
        with open(module, "rb") as fh:
            data = fh.read(_MAX_MODULE_BYTES + 1)
    except OSError:
        return None
    decoded = decode_bytes(data, repair=False)
    return None if decoded is None else decoded.text


_PROBLEMS: dict[tuple[str, int, int], str | None] = {}


def module_problem(module: str) -> str | None:
    """Why the scanner cannot read a module of the project for what it does with what it is
    handed (the problem strings of a file that cannot be scanned: ``SyntaxError line 3:
    ...``, ``UnicodeDecodeError``, ``too_large:<bytes>:<limit>``, an ``OSError``'s name; or
    ``compiled``, ``cython``: a module in a language it does not parse), else None. Each
    module is read once per size and time of change."""
    try:
        stat = os.stat(module)
    except OSError as exc:
        return type(exc).__name__
    key = (module, stat.st_size, stat.st_mtime_ns)
    if key in _PROBLEMS:
        return _PROBLEMS[key]
    problem: str | None = None
    if module.endswith((".so", ".pyd")):
        problem = "compiled"
    elif module.endswith(".pyx"):
        problem = "cython"
    elif stat.st_size > _MAX_MODULE_BYTES:
        problem = f"too_large:{stat.st_size}:{_MAX_MODULE_BYTES}"
    else:
        text = _module_text(module)
        if text is None:
            problem = "UnicodeDecodeError"
        else:
            from ai_guard.scan.python import parse_readable

            try:
                parse_readable(text, module)
            except SyntaxError as exc:
                problem = f"SyntaxError line {exc.lineno}: {exc.msg}"
            except ValueError as exc:  # a NUL byte in the text
                problem = f"{type(exc).__name__}: {exc}"
    if len(_PROBLEMS) > 4096:
        _PROBLEMS.clear()
    _PROBLEMS[key] = problem
    return problem


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
    # a module that cannot be read exports nothing known here; what is handed to it is
    # reported where it is handed (module_problem)
    text = _module_text(module) or ""
    if _may_make_clients(module, text, cat, depth, seen):
        tree = _parsed(text, module)
        if tree is not None:
            out = _read_exports(module, tree, cat, depth, seen)
    _CACHE[key] = (cat, out)
    return out


def _parsed(text: str, module: str) -> ast.Module | None:
    """A module's tree as the scanner reads a file (:func:`~ai_guard.scan.python.
    parse_readable`: Python 3.12's f-strings, placeholders, an indented module), or None."""
    from ai_guard.scan.python import parse_readable

    try:
        return parse_readable(text, module)[0]
    except (SyntaxError, ValueError):
        return None


_TAKERS: dict[tuple[str, int, int], dict[str, Taker]] = {}

#: how many functions of a module a client handed to one of them is followed through
#: (``validate_query(llm, q)`` whose body hands ``llm`` to ``extract_info(llm, q)``, whose
#: chain runs it): each round follows one more hand-off
_MAX_HAND_ON = 3
#: names that call a function later with the arguments they bind (``partial(f, self)``)
_PARTIAL_NAMES = frozenset({"partial", "functools.partial"})


def taker(module: str, name: str) -> Taker | None:
    """The top-level function ``name`` of ``module`` as a :class:`Taker`, when it calls
    something on one of its parameters (a client handed to it here is sent through there:
    ``chat_interface(agent, ...)`` whose body calls ``agent.chat(prompt)``), or hands one on
    to another function of its module that does, up to :data:`_MAX_HAND_ON` functions deep;
    the module read once per size and time of change."""
    try:
        stat = os.stat(module)
    except OSError:
        return None
    key = (module, stat.st_size, stat.st_mtime_ns)
    found = _TAKERS.get(key)
    if found is None:
        text = _module_text(module)
        tree = _parsed(text, module) if text is not None else None
        functions = [
            stmt
            for stmt in (tree.body if tree is not None else ())
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
        ]
        read = {fn.name: _param_calls(module, fn) for fn in functions}
        for _ in range(_MAX_HAND_ON):
            if not _hand_on(functions, read):
                break
        found = {n: t for n, t in read.items() if t.calls or t.returns}
        if len(_TAKERS) > 4096:
            _TAKERS.clear()
        _TAKERS[key] = found
    return found.get(name)


def _rooted_path(node: ast.expr, params: tuple[str, ...]) -> tuple[str, list[str]] | None:
    """``(parameter, attributes)`` for ``p`` or ``p.a.b`` with ``p`` a parameter, else None."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id in params:
        return node.id, parts[::-1]
    return None


def _param_calls(module: str, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> Taker:
    """What a function calls on each of its parameters, and what those calls are given."""
    params = tuple(a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs))
    called: dict[str, set[str]] = {}
    sends: dict[str, set[str]] = {}
    for sub in ast.walk(fn):
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.BitOr):
            # prompt | llm | parser, prompt | llm.with_structured_output(X), prompt |
            # bot.llm: a chain that runs the model handed in, or held by what is handed in
            # (its invoke is where it sends)
            for side in (sub.left, sub.right):
                held: ast.expr = side
                if isinstance(side, ast.Call):
                    if not isinstance(side.func, ast.Attribute):
                        continue
                    held = side.func.value
                rooted = _rooted_path(held, params)
                if rooted is not None:
                    called.setdefault(rooted[0], set()).add(".".join([*rooted[1], "invoke"]))
            continue
        if not isinstance(sub, ast.Call):
            continue
        rooted = _rooted_path(sub.func, params)
        if rooted is not None:
            param, parts = rooted
            called.setdefault(param, set()).add(".".join(parts) or "__call__")
            given = sends.setdefault(param, set())
            for arg in (*sub.args, *(k.value for k in sub.keywords)):
                given.update(n.id for n in ast.walk(arg) if isinstance(n, ast.Name))
            given.intersection_update(params)
    return Taker(
        module,
        params,
        {k: frozenset(v) for k, v in called.items()},
        {k: frozenset(v) for k, v in sends.items()},
        _param_returns(fn, params),
    )


def _param_returns(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, params: tuple[str, ...]
) -> dict[str, str]:
    """:attr:`Taker.returns`: a ``return`` of a method's result on a parameter, directly or
    through the name, attribute or key it was stored in within the function."""
    made: dict[str, tuple[str, str]] = {}  # what was stored -> (parameter, method path)
    out: dict[str, str] = {}
    for sub in ast.walk(fn):
        if isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Call):
            rooted = _rooted_path(sub.value.func, params)
            if rooted is not None and rooted[1]:
                for target in sub.targets:
                    made[ast.unparse(target)] = (rooted[0], ".".join(rooted[1]))
    for sub in ast.walk(fn):
        if not isinstance(sub, ast.Return) or sub.value is None:
            continue
        value = sub.value
        if isinstance(value, ast.Call):
            rooted = _rooted_path(value.func, params)
            if rooted is not None and rooted[1]:
                out[rooted[0]] = ".".join(rooted[1])
        elif ast.unparse(value) in made:
            param, path = made[ast.unparse(value)]
            out[param] = path
    return out


def _hand_on(
    functions: list[ast.FunctionDef | ast.AsyncFunctionDef], read: dict[str, Taker]
) -> bool:
    """One round of hand-offs inside a module: a parameter (or an attribute of one) given to
    another function of the module (called, or bound by ``partial``) is called on as that
    function calls on its own parameter. Whether any function learned a call."""
    grew = False
    for fn in functions:
        mine = read[fn.name]
        called = {k: set(v) for k, v in mine.calls.items()}
        sends = {k: set(v) for k, v in mine.sends.items()}
        learned = False
        for sub in ast.walk(fn):
            if not isinstance(sub, ast.Call):
                continue
            target, positional = sub.func, list(sub.args)
            if _dotted_name(target) in _PARTIAL_NAMES and positional:
                target, positional = positional[0], positional[1:]
            other = read.get(target.id) if isinstance(target, ast.Name) else None
            if other is None or not other.calls:
                continue
            given: dict[str, ast.expr] = {}
            for theirs, value in (
                *zip(other.params, positional, strict=False),
                *((k.arg, k.value) for k in sub.keywords if k.arg is not None),
            ):
                if isinstance(value, ast.Starred):
                    break
                given[theirs] = value
            for theirs, value in given.items():
                rooted = _rooted_path(value, mine.params)
                if rooted is None or theirs not in other.calls:
                    continue
                param, parts = rooted
                paths = {_on_attribute(parts, p) for p in other.calls[theirs]}
                if not paths <= called.get(param, set()):
                    called.setdefault(param, set()).update(paths)
                    learned = True
                # what the other function's calls on it are given, in this one's names
                for sent in other.sends.get(theirs, ()):
                    if sent in given:
                        names = {n.id for n in ast.walk(given[sent]) if isinstance(n, ast.Name)}
                        sends.setdefault(param, set()).update(names & set(mine.params))
        if learned:
            grew = True
            read[fn.name] = Taker(
                mine.module,
                mine.params,
                {k: frozenset(v) for k, v in called.items()},
                {k: frozenset(v) for k, v in sends.items()},
                mine.returns,
            )
    return grew


def _on_attribute(parts: list[str], path: str) -> str:
    """A path called on a parameter, as called on what holds it at ``parts`` (``bot.llm``
    handed as ``llm``, on which ``invoke`` is called: ``llm.invoke`` on ``bot``)."""
    if not parts:
        return path
    return ".".join(parts) if path == "__call__" else ".".join([*parts, path])


def _dotted_name(node: ast.expr) -> str:
    """``a.b.c`` for a chain of attributes on a name, else an empty string."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *parts[::-1]]) if isinstance(node, ast.Name) else ""


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
    kinds.getters.update(inherited.getters)
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
        getters=dict(kinds.getters),
    )


def handed_unread(tree: ast.Module, imported: ProjectImports) -> list[tuple[ast.Call, str, str]]:
    """The calls of this module that hand something not written in the code (a client, a
    user's text, any name) to a function of a module of the project the scanner cannot read
    (:func:`module_problem`): ``ask(client, text)`` with ``ask`` from a module with a syntax
    error, ``helpers.run(text)`` with ``helpers`` compiled. What it does there cannot be
    vouched for. Each as (the call, the function's name as written, the module's file)."""
    if not (imported.takers or imported.modules):
        return []
    out: list[tuple[ast.Call, str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not _hands_data(node):
            continue
        parts: list[str] = []
        func = node.func
        while isinstance(func, ast.Attribute):
            parts.append(func.attr)
            func = func.value
        if not isinstance(func, ast.Name):
            continue
        dotted = ".".join([func.id, *reversed(parts)])
        module = None
        for i in range(len(parts), -1, -1):  # the longest prefix that names a module
            prefix = ".".join([func.id, *reversed(parts)][: i + 1])
            if prefix in imported.modules and i < len(parts):
                module = imported.modules[prefix]
                break
        if module is None and func.id in imported.takers:
            module = imported.takers[func.id][0]
        if module is not None and module_problem(module) is not None:
            out.append((node, dotted, module))
    return out


def _hands_data(node: ast.Call) -> bool:
    """Whether a call is handed anything not written in the code (a literal, or a string
    with nothing spliced in, hands no data)."""
    values = [*node.args, *(k.value for k in node.keywords)]
    return any(not _written(v) for v in values)


def _written(value: ast.expr) -> bool:
    if isinstance(value, ast.Constant):
        return True
    if isinstance(value, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) for v in value.values)
    if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        return all(_written(v) for v in value.elts)
    if isinstance(value, ast.Dict):
        return all(k is None or _written(k) for k in value.keys) and all(
            _written(v) for v in value.values
        )
    return False
