"""Every sentence a user sees, in Vietnamese and English, one module per feature.

``common`` (helpers), ``prompt`` (check_prompt, policy), ``classify`` (classify_document),
``cli`` (what the commands print), ``audit`` (the audit log), ``guard`` (guarded functions and
clients), ``scan`` (the code scanner), ``errors`` (what the error tree adds around a message).
Each sentence is a (Vietnamese, English) pair built from field names, types, positions and cue
words, never from a matched value. Everything is importable from here.
"""

from __future__ import annotations

from ai_guard.i18n import audit as _audit
from ai_guard.i18n import classify as _classify
from ai_guard.i18n import cli as _cli
from ai_guard.i18n import common as _common
from ai_guard.i18n import errors as _errors
from ai_guard.i18n import guard as _guard
from ai_guard.i18n import prompt as _prompt
from ai_guard.i18n import scan as _scan
from ai_guard.i18n.audit import *  # noqa: F403
from ai_guard.i18n.classify import *  # noqa: F403
from ai_guard.i18n.cli import *  # noqa: F403
from ai_guard.i18n.common import *  # noqa: F403
from ai_guard.i18n.errors import *  # noqa: F403
from ai_guard.i18n.guard import *  # noqa: F403
from ai_guard.i18n.prompt import *  # noqa: F403
from ai_guard.i18n.scan import *  # noqa: F403

# each module's own __all__: a new sentence is added in its feature's module only
__all__ = [
    name
    for module in (_common, _prompt, _classify, _cli, _audit, _guard, _scan, _errors)
    for name in module.__all__
]
