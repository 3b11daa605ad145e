"""Literal checking in Python: AIG102 (keys), AIG103 (official e-mails as account identities)
and AIG105 (sensitive prompt literals), each string read with the name it is given."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ai_guard.scan.catalogue import Catalogue
from ai_guard.scan.literals import GOV_EMAIL, account_name, key_finding, prompt_finding, prompt_name
from ai_guard.scan.python.kinds import target_keys
from ai_guard.scan.python.recorder import Recorder

__all__ = ["check_literals", "named_literals"]


def check_literals(tree: ast.AST, cat: Catalogue, recorder: Recorder) -> None:
    """One finding at most per literal: a key (AIG102) first, then an official e-mail under an
    account-like name (AIG103), then a prompt-like name whose text check_prompt would not
    allow (AIG105)."""
    for node, name in named_literals(tree):
        text = node.value
        if not isinstance(text, str) or not text.strip():
            continue
        vendor = key_finding(text, name)
        if vendor:
            recorder.finding("AIG102", node, vendor)
            continue
        if account_name(name) and GOV_EMAIL.search(text):
            recorder.finding("AIG103", node, f"'{name}'")
            continue
        if prompt_name(name, cat):
            summary = prompt_finding(text)
            if summary:
                recorder.finding("AIG105", node, holds=summary)


def _concatenated(node: ast.AST) -> str | None:
    """The string a ``+`` of string literals builds ("a" + "b" + "c"), else None."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)):
        return None
    parts: list[str] = []
    stack: list[ast.AST] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, ast.BinOp) and isinstance(item.op, ast.Add):
            stack.extend((item.right, item.left))  # left first when popped
        elif isinstance(item, ast.Constant) and isinstance(item.value, str):
            parts.append(item.value)
        else:
            return None
    return "".join(parts)


def named_literals(tree: ast.AST) -> Iterator[tuple[ast.Constant, str | None]]:
    """String literals with the name they are given (an assignment target, a keyword argument,
    a dict key), in one traversal; an f-string is yielded once, as its literal parts joined,
    and so is a ``+`` of string literals, as the string it builds."""
    stack: list[tuple[ast.AST, str | None]] = [(tree, None)]
    while stack:
        node, name = stack.pop()
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str):
                yield node, name
            continue
        joined = _concatenated(node)
        if joined is not None:
            # "sk-proj-xWYy" + "DXEt...": a key cut in two to slip past a scan is one literal
            fake = ast.Constant(value=joined)
            ast.copy_location(fake, node)
            yield fake, name
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
            names = [k for t in targets for k in target_keys(t)]
            if node.value is not None:
                stack.append((node.value, names[-1].split(".")[-1] if names else name))
            continue
        if isinstance(node, ast.keyword):
            stack.append((node.value, node.arg or name))
            continue
        looked_up = _environment_name(node)
        if looked_up is not None:
            # client_secret = os.environ.get("OAUTH_CLIENT_SECRET"): the literal names a
            # variable, it is not the secret; read without the name (a key pasted there,
            # os.getenv("sk-ant-..."), is still found by its vendor's prefix); a default
            # given after it keeps the name
            stack.append((looked_up, None))
            stack.extend(
                (child, name) for child in ast.iter_child_nodes(node) if child is not looked_up
            )
            continue
        searched = _searched_text(node)
        if searched is not None:
            # content.replace("Downloaded by ... (x@gmail.com)", ""): the text looked for (and
            # taken out) is not what is sent; read without the name, as a key still is by its
            # vendor's prefix; the replacement keeps the name
            stack.append((searched, None))
            stack.extend(
                (child, name) for child in ast.iter_child_nodes(node) if child is not searched
            )
            continue
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=True):
                key = k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None
                if k is not None:
                    stack.append((k, name))
                stack.append((v, key or name))
            continue
        stack.extend((child, name) for child in ast.iter_child_nodes(node))


#: string methods whose first argument is text looked for in the string, not text it sends
#: (``replace``'s old part, a prefix taken off, a separator, a test)
_SEARCH_METHODS = frozenset(
    {"replace", "removeprefix", "removesuffix", "strip", "lstrip", "rstrip", "split", "rsplit",
     "partition", "rpartition", "startswith", "endswith", "count", "find", "rfind", "index",
     "rindex"}
)  # fmt: skip
#: ``re``'s functions whose first argument is the pattern looked for
_RE_SEARCHES = frozenset(
    {"re.sub", "re.subn", "re.split", "re.search", "re.match", "re.fullmatch", "re.findall",
     "re.finditer", "re.compile"}
)  # fmt: skip


def _searched_text(node: ast.AST) -> ast.expr | None:
    """The literal a call looks for in a string (``s.replace(OLD, new)``, ``re.sub(PATTERN,
    ...)``), else None."""
    if not (isinstance(node, ast.Call) and node.args):
        return None
    first = node.args[0]
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return None
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in _SEARCH_METHODS:
        return first
    if _dotted_name(func) in _RE_SEARCHES:
        return first
    return None


#: the ways a Python program reads an environment variable: ``os.getenv(NAME)``,
#: ``os.environ.get(NAME)``, ``os.environ[NAME]``, ``os.environ.setdefault(NAME, ...)``
_ENV_READERS = frozenset({"getenv", "environ.get", "environ.setdefault", "os.getenv",
                          "os.environ.get", "os.environ.setdefault"})  # fmt: skip


def _dotted_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted_name(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _environment_name(node: ast.AST) -> ast.expr | None:
    """The literal naming the variable in an environment lookup, else None."""
    if isinstance(node, ast.Call) and node.args and _dotted_name(node.func) in _ENV_READERS:
        first = node.args[0]
    elif isinstance(node, ast.Subscript) and _dotted_name(node.value) in ("environ", "os.environ"):
        first = node.slice
    else:
        return None
    return first if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
