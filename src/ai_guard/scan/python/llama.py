"""LlamaIndex's embedding model: which one a vector index sends its documents to.

``VectorStoreIndex.from_documents(docs)`` embeds every document's text, and with no
``embed_model=`` and no ``Settings.embed_model`` set, LlamaIndex's default is OpenAI's
embedding API: the documents leave for OpenAI though the code names no vendor. A project sets
its model once (``Settings.embed_model = HuggingFaceEmbedding(...)`` in a start-up module, or
the legacy ``ServiceContext.from_defaults(embed_model="local")``), often in another module
than the one that builds the index: the repository is read for such a setting, by its text,
once per repository and process.
"""

from __future__ import annotations

import ast
import os
import re

from ai_guard.scan.catalogue import Catalogue

__all__ = ["EmbedModel", "index_fill", "judge_value", "module_settings", "repository_setting"]

#: the index classes that embed the documents or nodes they are made of (``GPT...``: before
#: LlamaIndex 0.6)
_INDEX = re.compile(r"^llama_index\.(?:[\w.]+\.)?(?:GPT)?VectorStoreIndex(?:\.a?from_documents)?$")
#: a project-wide setting of the embedding model, in a module's text: ``Settings.embed_model =
#: X`` or a service context's ``embed_model=X`` (``X`` up to the line's end)
_SETTING = re.compile(
    r"\bSettings\.embed_model[ \t]*=(?!=)[ \t]*(?P<set>[^\n#]+)"
    r"|\bfrom_defaults\((?:[^()]|\([^()]*\))*?\bembed_model[ \t]*=[ \t]*(?P<ctx>[^\n#,)]+)"
)
#: folders a repository's walk does not enter
_SKIPPED = frozenset({"node_modules", "site-packages", "venv", "env", "__pycache__", "build"})
#: how many Python files of a repository are read for a setting, and the largest one (the
#: scanner's own limit for a file); a repository with more, or a module that cannot be read,
#: may set an embedding API where the walk did not look: a local setting found elsewhere no
#: longer vouches for every index (fail closed)
_MAX_FILES = 5000
_MAX_BYTES = 8 * 1024 * 1024
#: how many folders above a file the repository's root (a folder holding ``.git``) is sought
_MAX_CLIMB = 8


class EmbedModel:
    """What a setting names: an embedding API (``API``), a model that runs here or an object
    the scanner cannot name (``LOCAL``: no call, as for a LangChain store over an unknown
    embedding)."""

    API = "api"
    LOCAL = "local"


def index_fill(path: str | None, node: ast.Call) -> bool:
    """A vector index made of documents or nodes (``VectorStoreIndex.from_documents(docs)``,
    ``VectorStoreIndex(nodes)``), by the call's dotted path."""
    if path is None or _INDEX.match(path) is None:
        return False
    if path.endswith("from_documents"):
        return True
    return bool(node.args) or any(k.arg == "nodes" for k in node.keywords)


def module_settings(nodes: list[ast.AST]) -> list[ast.expr]:
    """The values a module gives the embedding model project-wide: ``Settings.embed_model =
    X`` and a service context's ``from_defaults(embed_model=X)``."""
    out: list[ast.expr] = []
    for node in nodes:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Attribute)
                    and target.attr == "embed_model"
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "Settings"
                ):
                    out.append(node.value)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "from_defaults"
        ):
            out.extend(k.value for k in node.keywords if k.arg == "embed_model")
    return out


def judge_value(expr: ast.expr, cat: Catalogue) -> str:
    """:class:`EmbedModel` of a value written for the embedding model: a class of an
    embedding API (``OpenAIEmbedding()``), or ``"default"`` (OpenAI's) is the API; a local
    model, ``"local"``, ``None`` (LlamaIndex's mock), anything else is not."""
    if isinstance(expr, ast.Constant):
        return EmbedModel.API if expr.value == "default" else EmbedModel.LOCAL
    if isinstance(expr, ast.Call):
        func = expr.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return EmbedModel.API if cat.client_kind(f"llama_index.{name}") else EmbedModel.LOCAL
    return EmbedModel.LOCAL


def repository_setting(path: str, cat: Catalogue) -> str | None:
    """What the repository of the file at ``path`` sets the embedding model to: ``API`` when
    some setting names an embedding API, ``LOCAL`` when every one names another model, None
    when no module sets it (LlamaIndex's default, OpenAI's, holds)."""
    return _root_setting(_root(os.path.dirname(os.path.abspath(path))), cat)


def _root(folder: str) -> str:
    """The repository's root above ``folder`` (a folder holding ``.git``), or ``folder``."""
    here = folder
    for _ in range(_MAX_CLIMB):
        if os.path.exists(os.path.join(here, ".git")):
            return here
        up = os.path.dirname(here)
        if up == here:
            break
        here = up
    return folder


#: a repository's setting by its root, with the catalogue it was judged by (held, so that its
#: id is not reused while the entry lives)
_CACHE: dict[str, tuple[Catalogue, str | None]] = {}


def _root_setting(root: str, cat: Catalogue) -> str | None:
    cached = _CACHE.get(root)
    if cached is not None and cached[0] is cat:
        return cached[1]
    verdict = _walk(root, cat)
    _CACHE[root] = (cat, verdict)
    return verdict


def _walk(root: str, cat: Catalogue) -> str | None:
    found: list[str] = []
    seen = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIPPED)
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            seen += 1
            if seen > _MAX_FILES:
                return _verdict([*found, EmbedModel.API])  # the rest unread: not vouched for
            found.extend(_file_settings(os.path.join(folder, name), cat))
    return _verdict(found)


def _verdict(found: list[str]) -> str | None:
    if not found:
        return None
    return EmbedModel.API if EmbedModel.API in found else EmbedModel.LOCAL


def _file_settings(file: str, cat: Catalogue) -> list[str]:
    """The settings one module's text makes, each judged (a name is followed to the last
    ``name = Class(...)`` above it in the module)."""
    try:
        if os.path.getsize(file) > _MAX_BYTES:
            return [EmbedModel.API]  # not read: what it sets is not known
        with open(file, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return [EmbedModel.API]
    if "embed_model" not in text:
        return []
    out = []
    for m in _SETTING.finditer(text):
        value = (m.group("set") or m.group("ctx") or "").strip()
        name = re.fullmatch(r"[A-Za-z_]\w*", value)
        if name is not None and value not in ("None", "True", "False"):
            bound = re.findall(rf"^[ \t]*{value}[ \t]*=[ \t]*([^\n#]+)", text[: m.start()], re.M)
            value = bound[-1].strip() if bound else value
        try:
            expr = ast.parse(value, mode="eval").body
        except SyntaxError:
            # a call spread over lines: its class is what opens it
            head = re.match(r"[\w.]+(?=\()", value)
            expr = ast.parse(f"{head.group(0)}()", mode="eval").body if head else ast.Name("x")
        out.append(judge_value(expr, cat))
    return out
