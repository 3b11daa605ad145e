"""Names of a module that load on first use (PEP 562 module ``__getattr__``).

A public face lists what it offers and where each name lives; the module behind a name is
imported only when the name is first asked for, then kept in the face's globals::

    __getattr__, __dir__ = attach(__name__, {"classify_text": "ai_guard.classify.pipeline"})

Static type checkers read the names from an ``if TYPE_CHECKING:`` import beside it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["attach"]


def attach(
    module: str, names: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``module``: each key of ``names`` is read, on first
    use, from the module it maps to."""

    def getattr_(name: str) -> Any:
        source = names.get(name)
        if source is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(import_module(source), name)
        setattr(sys.modules[module], name, value)
        return value

    def dir_() -> list[str]:
        return sorted(set(vars(sys.modules[module])) | set(names))

    return getattr_, dir_
