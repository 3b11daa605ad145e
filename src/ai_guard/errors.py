"""Every error ai-guard raises, in one tree.

::

    AiGuardError                      base; carries a stable ``code`` and a bilingual message
    ├── PolicyError(ValueError)       a policy file or object is invalid (names the key, the file)
    ├── InputError(ValueError)        input that cannot be checked (a file that is not UTF-8 ...)
    │   └── UncheckableArgument(InputError, TypeError)   a guarded function's argument the
    │                                 guard cannot read (bytes, a file, an object with text)
    ├── PluginError(RuntimeError)     a third-party detector could not be loaded or is malformed
    ├── SignOffRequired(PermissionError)   a guarded decision was called without a sign-off
    ├── SignOffRejected(PermissionError)   the sign-off does not hold (``reason`` says why)
    ├── SignOffInvalid(ValueError)    a sign-off cannot be built: an empty approver, role ...
    ├── OutputBlocked(RuntimeError)   a guarded function's output holds what must not leave
    ├── UnguardedPath(PermissionError)  a guarded client was asked to send what it cannot check
    ├── PromptBlocked(PermissionError)  a guarded call was blocked; nothing was sent
    ├── OfficialEmailRefused(ValueError)  an official e-mail as an AI account's identity
    ├── GuardSetupError(TypeError)    ``guard(params=..., unchecked=...)`` names what is not there
    ├── PartialScanError              the scanner could read a file only in part (notebook cells
    │                                 that do not parse): reported with the file, never dropped
    ├── AuditError(RuntimeError)      the audit log cannot be written or read: nothing runs
    └── TokenStoreError(RuntimeError) the gateway's token file cannot be read, is damaged or
                                      cannot be written: every token is refused

``InputError`` has a subclass ``UncheckableArgument(TypeError)``: an argument of a guarded
function that the guard cannot read. ``ai_guard.integrations`` re-exports the guard's errors.

User mistakes also subclass the matching builtin, so ``except ValueError`` keeps working.
Messages are built from field names, positions and types, never from the sensitive value.

Every error takes its message in the project's order, Vietnamese then English, as keywords:
``PolicyError(vi="...", en="...", key="min_score")``; a (vi, en) pair from :mod:`ai_guard.i18n`
goes in as ``vi, en = i18n.sentence(...)`` then ``Error(vi=vi, en=en)``. ``message_vi`` and
``message_en`` hold the two messages, ``message(lang)`` picks one, ``str(err)`` shows both.
The positional form ``Error(message_en, message_vi)`` (English first) still works but is
deprecated: it reads in the opposite order to every sentence in ``i18n``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "AiGuardError",
    "AuditError",
    "GuardSetupError",
    "InputError",
    "OfficialEmailRefused",
    "OutputBlocked",
    "PartialScanError",
    "PluginError",
    "PolicyError",
    "PromptBlocked",
    "SignOffInvalid",
    "SignOffRejected",
    "SignOffRequired",
    "TokenStoreError",
    "UncheckableArgument",
    "UnguardedPath",
]


class AiGuardError(Exception):
    """Base class. ``message_vi`` and ``message_en`` say the same thing in both languages.

    ``AiGuardError(vi=..., en=...)``; ``vi`` defaults to ``en``. The deprecated positional
    form ``AiGuardError(message_en, message_vi)`` is still accepted.
    """

    code = "AIG-E000"

    def __init__(self, *legacy: str, vi: str | None = None, en: str | None = None) -> None:
        vi, en = _in_order(type(self), legacy, vi, en)
        self.message_en = en
        self.message_vi = vi
        super().__init__(f"{en} / {vi}")

    def message(self, lang: str = "en") -> str:
        return self.message_vi if lang == "vi" else self.message_en


def _in_order(
    cls: type[AiGuardError], legacy: tuple[str, ...], vi: str | None, en: str | None
) -> tuple[str, str]:
    """The (vi, en) messages of an error, from the keywords or the deprecated positional
    ``(message_en, message_vi)``."""
    if legacy:
        if len(legacy) > 2 or vi is not None or en is not None:
            raise TypeError(f"{cls.__name__}() takes vi= and en= (or the old (en, vi)), not both")
        en = legacy[0]
        vi = legacy[1] if len(legacy) == 2 else None
    if en is None:
        raise TypeError(f"{cls.__name__}() needs its message: en= (and vi=)")
    return vi or en, en


class PolicyError(AiGuardError, ValueError):
    """A policy is invalid. ``key`` and ``source`` name what is wrong and where."""

    code = "AIG-E100"

    def __init__(
        self,
        *legacy: str,
        vi: str | None = None,
        en: str | None = None,
        key: str | None = None,
        source: str | None = None,
    ) -> None:
        from ai_guard import i18n

        self.key = key
        self.source = source
        vi, en = _in_order(type(self), legacy, vi, en)
        where_vi, where_en = i18n.error_policy_where(key, source)
        super().__init__(vi=vi + where_vi, en=en + where_en)


class InputError(AiGuardError, ValueError):
    """Input that cannot be checked; the message names the input and the problem."""

    code = "AIG-E200"


class PluginError(AiGuardError, RuntimeError):
    """A detector plugin failed to load or does not follow the Detector protocol."""

    code = "AIG-E300"


class SignOffRequired(AiGuardError, PermissionError):  # noqa: N818 - the issue's name
    """A guarded decision was called without a human sign-off. ``request`` (when the guard
    could build one) shows the approver what is being decided."""

    code = "AIG-E410"

    def __init__(
        self,
        *legacy: str,
        vi: str | None = None,
        en: str | None = None,
        action: str,
        request: object = None,
    ) -> None:
        self.action = action
        self.request = request
        super().__init__(*legacy, vi=vi, en=en)


class SignOffRejected(AiGuardError, PermissionError):  # noqa: N818 - the issue's name
    """A sign-off was given but does not hold. ``reason`` is a stable code: ``wrong_action``,
    ``digest_mismatch``, ``rejected``, ``expired``, ``not_yet_valid``, ``ai_approver``,
    ``service_account``, ``already_used``, ``bad_signature``, ``invalid``."""

    code = "AIG-E411"

    def __init__(
        self, *legacy: str, vi: str | None = None, en: str | None = None, action: str, reason: str
    ) -> None:
        self.action = action
        self.reason = reason
        super().__init__(*legacy, vi=vi, en=en)


class SignOffInvalid(AiGuardError, ValueError):  # noqa: N818 - like SignOffRejected
    """A sign-off (or a guard) cannot be built from what was given: an empty or blank
    approver, role or action, a malformed digest, a naive timestamp, an unknown field.
    ``fields`` names each field at fault; the message never repeats a value."""

    code = "AIG-E412"

    def __init__(
        self,
        *legacy: str,
        vi: str | None = None,
        en: str | None = None,
        fields: tuple[str, ...] = (),
    ) -> None:
        self.fields = fields
        super().__init__(*legacy, vi=vi, en=en)


class OutputBlocked(AiGuardError, RuntimeError):  # noqa: N818 - like SignOffRejected
    """The output of a guarded function holds what check_prompt blocks, or could not be
    checked; ``check`` is the :class:`~ai_guard.models.PromptCheck` (None when the output
    could not be read as text)."""

    code = "AIG-E420"

    def __init__(
        self, *legacy: str, vi: str | None = None, en: str | None = None, check: object
    ) -> None:
        self.check = check
        super().__init__(*legacy, vi=vi, en=en)


class UnguardedPath(AiGuardError, PermissionError):  # noqa: N818 - the issue's name
    """A guarded client refused to send something it cannot vouch for; nothing was sent.

    ``path`` names the way out (``realtime.connect``, ``messages[0].content[1]``,
    ``POST /v1/files: file[0] scan.png``), ``reason`` is a stable code (``websocket``,
    ``private``, ``media``, ``document``, ``unchecked_body``, ``unredacted``), and ``check``
    is the :class:`~ai_guard.models.PromptCheck` when a check found what no wrapper redacted.
    ``said`` is the (vi, en) reason without the path, for a layer that names the path anew.
    """

    code = "AIG-E450"

    def __init__(
        self,
        *legacy: str,
        vi: str | None = None,
        en: str | None = None,
        path: str,
        reason: str,
        check: object = None,
    ) -> None:
        from ai_guard import i18n

        self.path = path
        self.reason = reason
        self.check = check
        self.said = _in_order(type(self), legacy, vi, en)
        vi, en = i18n.error_unguarded_path(path, *self.said)
        super().__init__(vi=vi, en=en)


class PromptBlocked(AiGuardError, PermissionError):  # noqa: N818 - the issue's name
    """A prompt holds what must not reach an AI system; nothing was sent. ``check`` is the
    :class:`~ai_guard.models.PromptCheck` (findings, reasons; never the values)."""

    code = "AIG-E430"

    def __init__(self, check: Any) -> None:
        from ai_guard import i18n

        self.check = check
        vi, en = i18n.error_prompt_blocked(check.explanation("vi"), check.explanation("en"))
        super().__init__(vi=vi, en=en)


class OfficialEmailRefused(AiGuardError, ValueError):  # noqa: N818 - says what happened
    """An official e-mail address was used as the identity of an AI account."""

    code = "AIG-E440"


class GuardSetupError(AiGuardError, TypeError):
    """:func:`~ai_guard.guard` was set up wrongly (a name in ``params=`` or ``unchecked=`` that
    the function does not have, ...): raised when the function is decorated, before any call."""

    code = "AIG-E460"


class UncheckableArgument(InputError, TypeError):  # noqa: N818 - says what it is
    """An argument of a guarded function holds what the guard cannot read (bytes, a file, a
    path, an object with text inside, a collection it does not know): nothing is sent.
    ``param`` names the parameter; the value is never part of the message."""

    code = "AIG-E210"

    def __init__(
        self, *legacy: str, vi: str | None = None, en: str | None = None, param: str
    ) -> None:
        self.param = param
        super().__init__(*legacy, vi=vi, en=en)


class PartialScanError(AiGuardError):
    """A file was scanned only in part (some notebook cells do not parse): ``findings`` holds
    what the rest gave; the file is reported as an error, never passed silently. ``problem``
    is the English sentence the scan report lists."""

    code = "AIG-E220"

    def __init__(
        self,
        *legacy: str,
        vi: str | None = None,
        en: str | None = None,
        findings: Sequence[object] = (),
    ) -> None:
        self.findings = list(findings)
        super().__init__(*legacy, vi=vi, en=en)

    @property
    def problem(self) -> str:
        return self.message_en


class AuditError(AiGuardError, RuntimeError):
    """The audit log cannot be written (disk full, read-only, locked) or read. A guarded
    decision never runs unrecorded: the call fails with this error."""

    code = "AIG-E400"

    def __init__(
        self, *legacy: str, vi: str | None = None, en: str | None = None, path: str | None = None
    ) -> None:
        self.path = path
        super().__init__(*legacy, vi=vi, en=en)


class TokenStoreError(AiGuardError, RuntimeError):
    """The gateway's token file (:mod:`ai_guard.serve.tokens`) is missing, unreadable, damaged,
    writable by others, or could not be written. While it is, the gateway refuses every token
    (fail closed). ``path`` names the file; ``problem`` is a stable code (``missing``,
    ``unreadable``, ``not_json``, ``entry``, ``writable_by_others``, ``lock``, ``write`` ...)."""

    code = "AIG-E510"

    def __init__(
        self,
        *legacy: str,
        vi: str | None = None,
        en: str | None = None,
        path: str,
        problem: str,
    ) -> None:
        self.path = path
        self.problem = problem
        super().__init__(*legacy, vi=vi, en=en)
