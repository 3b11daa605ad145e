"""The one reader of a call's texts, for both guards.

:class:`Reader` walks a value (a function's argument, an SDK call's arguments, a parsed JSON
body) and meets every text in a fixed order. The same walk reads and writes: without a feed it
collects the texts (:attr:`Reader.texts`, with where each stands in :attr:`Reader.paths`); with
a feed (the checked, redacted texts in that order) it returns a copy of the value with each text
replaced by the next one fed. Containers are copied, never changed in place.

- **strict** (:func:`~ai_guard.guard`'s reading of a function's arguments): what the reader
  cannot read is refused (:class:`~ai_guard.errors.UncheckableArgument`): bytes, a file, a path,
  an object with text inside, an iterator or an unknown collection, lists nested too deep or
  inside themselves. Lists, tuples (named ones too), dicts and sets keep their types, and a
  container comes back as it is when none of its texts changed.
- not strict (an SDK request, :mod:`ai_guard.integrations._payload`): what it cannot read passes
  unread, for the layer below to vet; the payload reader adds its own slots (identifier keys,
  inline media, JSON inside a string).
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import enum
import functools
import io
import numbers
import os
import types
import uuid
from collections.abc import Iterator
from typing import Any

from ai_guard.errors import UncheckableArgument

__all__ = ["CONTAINERS", "KeyCollisionError", "Reader", "shape"]

#: Values that carry no text: they pass a guarded call unchanged.
_NO_TEXT: tuple[type, ...] = (
    type(None),
    numbers.Number,
    datetime.date,
    datetime.time,
    datetime.timedelta,
    datetime.tzinfo,
    uuid.UUID,
    range,
)
#: Code rather than data: functions, methods, classes, modules.
_CODE: tuple[type, ...] = (
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.ModuleType,
    type,
)
CONTAINERS = frozenset({"list", "tuple", "dict", "set"})
#: Nesting of lists and dicts inside one argument before the guard refuses it.
_MAX_DEPTH = 32
#: How deep, and how many values, the guard looks into an object's attributes for text before
#: it gives up and refuses the object (it cannot vouch for what it did not see).
_OBJECT_DEPTH = 6
_OBJECT_BUDGET = 2000


def shape(value: object) -> str:
    """How the guard reads a value: ``text``; ``none`` (carries no text); ``list``, ``tuple``,
    ``dict``, ``set`` (read item by item); ``object`` (looked into); or a reason to refuse it:
    ``bytes``, ``path``, ``file``, ``container``."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, (_NO_TEXT, _CODE)):
        return "none"
    if isinstance(value, enum.Enum):
        return "none"  # a constant of the code (a str enum is a str, read as text above)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "bytes"
    if isinstance(value, os.PathLike):
        return "path"
    if isinstance(value, io.IOBase) or callable(getattr(type(value), "read", None)):
        return "file"
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, list):
        return "list"
    if type(value) is tuple or (isinstance(value, tuple) and hasattr(type(value), "_make")):
        return "tuple"
    if type(value) in (set, frozenset):
        return "set"
    if hasattr(type(value), "__iter__") or hasattr(type(value), "__aiter__"):
        return "container"
    return "object"


def _dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


def _attributes(item: object) -> list[Any]:
    """The values an object holds: ``__dict__`` and ``__slots__`` entries (not dunders), and
    a ``functools.partial``'s arguments. Read without running the object's own code."""
    out: list[Any] = []
    if isinstance(item, functools.partial):
        out.extend(item.args)
        out.extend(item.keywords.values())
    try:
        attrs = object.__getattribute__(item, "__dict__")
    except AttributeError:
        attrs = None
    if isinstance(attrs, dict):
        out.extend(v for k, v in attrs.items() if not (isinstance(k, str) and _dunder(k)))
    for cls in type(item).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        for name in [slots] if isinstance(slots, str) else slots:
            if not isinstance(name, str) or _dunder(name):
                continue
            if name.startswith("__"):
                name = f"_{cls.__name__.lstrip('_')}{name}"
            member = cls.__dict__.get(name)
            if isinstance(member, types.MemberDescriptorType):
                with contextlib.suppress(AttributeError):  # an empty slot
                    out.append(member.__get__(item, cls))
    return out


def _holds_text(value: object) -> bool:
    """Whether text can be reached inside an object, through its attributes and the lists and
    dicts they hold; also True when the guard gives up looking (too deep, too large)."""
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        kind = shape(item)
        if kind == "none":
            continue
        if kind != "object" and kind not in CONTAINERS:
            return True  # text, bytes, a path, a file, an unknown collection
        if id(item) in seen:
            continue
        seen.add(id(item))
        if depth > _OBJECT_DEPTH or len(seen) > _OBJECT_BUDGET:
            return True
        if kind == "dict":
            children = [*item.keys(), *item.values()]
        elif kind in CONTAINERS:
            children = list(item)
        elif _opaque(item):
            return True  # its state lives in C (a re.Match, a compiled pattern): unseen
        else:
            children = _attributes(item)
            if isinstance(item, BaseException):
                children.extend(item.args)  # ValueError("... CCCD ...") keeps it in args
        stack.extend((child, depth + 1) for child in children)
    return False


def _opaque(item: object) -> bool:
    """An object whose state the guard cannot read: no ``__dict__``, no ``__slots__`` (its
    fields live in C), and not a bare ``object()`` or an exception (whose ``args`` are read)."""
    if type(item) is object or isinstance(item, BaseException):
        return False
    if hasattr(item, "__dict__"):
        return False
    return not any("__slots__" in cls.__dict__ for cls in type(item).__mro__[:-1])


class KeyCollisionError(Exception):
    """Two keys of a dict (or two items of a set) became equal once redacted."""


class Reader:
    """Reads the texts of a value in a fixed order (``feed`` None), or writes the redacted
    texts back in that order (``feed`` the redacted texts); see the module's docstring.

    ``label`` names the guarded function in a refusal; :meth:`argument` reads one of its
    arguments. Subclasses classify values their own way (:meth:`kind`) and add slots
    (:meth:`text`, :meth:`mapping`, :meth:`other`).
    """

    def __init__(self, *, strict: bool, feed: Iterator[str] | None = None, label: str = "") -> None:
        self.strict = strict
        self.feed = feed
        self.label = label
        self.param = ""
        self.texts: list[str] = []
        self.paths: list[str] = []

    @property
    def reading(self) -> bool:
        return self.feed is None

    def slot(self, value: str, path: str) -> str:
        """A text at ``path``: recorded when reading, replaced by the next text fed when
        writing (the same object when the text did not change)."""
        self.texts.append(value)
        self.paths.append(path or "(argument)")
        if self.feed is None:
            return value
        new = next(self.feed)
        return value if new == value else new

    def refuse(self, value: object, why: str) -> UncheckableArgument:
        from ai_guard import i18n

        vi, en = i18n.guard_unreadable(self.label, self.param, type(value).__name__, why)
        return UncheckableArgument(vi=vi, en=en, param=self.param)

    def argument(self, value: Any, param: str) -> Any:
        """Read (or write back) the argument of parameter ``param``."""
        self.param = param
        return self.walk(value, param)

    def kind(self, value: object) -> str:
        """How a value is read: ``text``, a container (:data:`CONTAINERS`) or anything else
        (:func:`shape`'s vocabulary), handed to :meth:`other`."""
        return shape(value)

    def walk(
        self,
        value: Any,
        path: str,
        key: str | None = None,
        depth: int = 0,
        chain: frozenset[int] = frozenset(),
    ) -> Any:
        """Read or write back ``value``, which stands at ``path`` under ``key``; ``depth`` and
        ``chain`` (the containers it is inside) bound a strict reader's nesting."""
        kind = self.kind(value)
        if kind == "text":
            return self.text(value, path, key)
        if kind not in CONTAINERS:
            return self.other(value, kind, path, key, depth)
        if self.strict:
            if depth >= _MAX_DEPTH or id(value) in chain:
                raise self.refuse(value, "nested")
            chain = chain | {id(value)}
        if kind == "dict":
            return self.mapping(value, path, depth + 1, chain)
        items = [self.walk(v, f"{path}[{i}]", key, depth + 1, chain) for i, v in enumerate(value)]
        return self.sequence(value, kind, items)

    def text(self, value: str, path: str, key: str | None) -> str:
        return self.slot(value, path)

    def mapping(self, value: Any, path: str, depth: int, chain: frozenset[int]) -> Any:
        """Each key, then its value; the dict comes back as it is when nothing changed, else
        as a copy of its type (:class:`KeyCollisionError` when two keys became one)."""
        pairs = [
            (
                self.walk(k, f"{path}(key)", None, depth, chain),
                self.walk(v, f"{path}.{k}", k if isinstance(k, str) else None, depth, chain),
            )
            for k, v in value.items()
        ]
        if self.reading or all(
            a is k and b is v for (a, b), (k, v) in zip(pairs, value.items(), strict=True)
        ):
            return value
        new_dict = copy.copy(value)
        new_dict.clear()
        new_dict.update(pairs)
        if len(new_dict) != len(value):
            raise KeyCollisionError
        return new_dict

    def sequence(self, value: Any, kind: str, items: list[Any]) -> Any:
        """A list, tuple or set with its items read or written back: as it is when nothing
        changed, else a copy of its type."""
        if self.reading or all(a is b for a, b in zip(items, value, strict=True)):
            return value
        if kind == "list":
            new_list = copy.copy(value)
            new_list[:] = items
            return new_list
        if kind == "tuple":
            return tuple(items) if type(value) is tuple else type(value)._make(items)
        new_set = type(value)(items)
        if len(new_set) != len(value):
            raise KeyCollisionError
        return new_set

    def other(self, value: Any, kind: str, path: str, key: str | None, depth: int) -> Any:
        """A value that is neither text nor a container: passed as it is, after a strict
        reader refused it when it may hold text (``kind`` says why)."""
        if (
            self.strict
            and self.reading
            and kind != "none"
            and (kind != "object" or _holds_text(value))
        ):
            raise self.refuse(value, kind)
        return value
