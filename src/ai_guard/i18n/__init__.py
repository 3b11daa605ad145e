"""Every sentence a user sees, in Vietnamese and English, one module per feature.

``common`` (helpers), ``prompt`` (check_prompt, policy), ``classify`` (classify_document),
``cli`` (what the commands print), ``audit`` (the audit log), ``guard`` (guarded functions and
clients), ``scan`` (the code scanner), ``serve`` (the gateway), ``page`` (the pre-flight
page), ``tokens`` (the gateway's tokens), ``errors`` (what the error tree adds around a
message).
Each sentence is a (Vietnamese, English) pair built from field names, types, positions and cue
words, never from a matched value. Everything is importable from here; a feature module loads
only when one of its names is first asked for (``ai_guard.i18n.scan`` alone for the scanner's
hook), so a command pays for the sentences it may say, not for all of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ai_guard.i18n.audit import *  # noqa: F403
    from ai_guard.i18n.classify import *  # noqa: F403
    from ai_guard.i18n.cli import *  # noqa: F403
    from ai_guard.i18n.common import *  # noqa: F403
    from ai_guard.i18n.errors import *  # noqa: F403
    from ai_guard.i18n.guard import *  # noqa: F403
    from ai_guard.i18n.page import *  # noqa: F403
    from ai_guard.i18n.prompt import *  # noqa: F403
    from ai_guard.i18n.scan import *  # noqa: F403
    from ai_guard.i18n.serve import *  # noqa: F403
    from ai_guard.i18n.tokens import *  # noqa: F403

#: the feature modules, most used first (a name is looked for in this order)
_MODULES = (
    "common",
    "prompt",
    "classify",
    "cli",
    "audit",
    "guard",
    "scan",
    "serve",
    "page",
    "tokens",
    "errors",
)


def __getattr__(name: str) -> Any:
    if name == "__all__":
        value: Any = [n for m in _MODULES for n in import_module(f"ai_guard.i18n.{m}").__all__]
    else:
        for m in _MODULES:
            module = import_module(f"ai_guard.i18n.{m}")
            if name in module.__all__:
                value = getattr(module, name)
                break
        else:
            raise AttributeError(f"module 'ai_guard.i18n' has no attribute {name!r}")
    globals()[name] = value
    return value
