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
    └── AuditError(RuntimeError)      the audit log cannot be written or read: nothing runs

``InputError`` has a subclass ``UncheckableArgument(TypeError)``: an argument of a guarded
function that the guard cannot read. ``ai_guard.integrations`` re-exports the guard's errors.

User mistakes also subclass the matching builtin, so ``except ValueError`` keeps working.
Messages are built from field names, positions and types, never from the sensitive value.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AiGuardError",
    "AuditError",
    "GuardSetupError",
    "InputError",
    "OfficialEmailRefused",
    "OutputBlocked",
    "PluginError",
    "PolicyError",
    "PromptBlocked",
    "SignOffInvalid",
    "SignOffRejected",
    "SignOffRequired",
    "UncheckableArgument",
    "UnguardedPath",
]


class AiGuardError(Exception):
    """Base class. ``message_vi`` and ``message_en`` say the same thing in both languages."""

    code = "AIG-E000"

    def __init__(self, message_en: str, message_vi: str | None = None) -> None:
        self.message_en = message_en
        self.message_vi = message_vi or message_en
        super().__init__(f"{message_en} / {self.message_vi}")

    def message(self, lang: str = "en") -> str:
        return self.message_vi if lang == "vi" else self.message_en


class PolicyError(AiGuardError, ValueError):
    """A policy is invalid. ``key`` and ``source`` name what is wrong and where."""

    code = "AIG-E100"

    def __init__(
        self, message_en: str, message_vi: str, *, key: str | None = None, source: str | None = None
    ) -> None:
        self.key = key
        self.source = source
        parts_en = [f"key '{key}'"] if key else []
        parts_vi = [f"khoá '{key}'"] if key else []
        if source:
            parts_en.append(f"in {source}")
            parts_vi.append(f"trong {source}")
        where_en = f" ({' '.join(parts_en)})" if parts_en else ""
        where_vi = f" ({' '.join(parts_vi)})" if parts_vi else ""
        super().__init__(message_en + where_en, message_vi + where_vi)


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

    def __init__(self, message_en: str, message_vi: str, *, action: str, request: object = None):
        self.action = action
        self.request = request
        super().__init__(message_en, message_vi)


class SignOffRejected(AiGuardError, PermissionError):  # noqa: N818 - the issue's name
    """A sign-off was given but does not hold. ``reason`` is a stable code: ``wrong_action``,
    ``digest_mismatch``, ``rejected``, ``expired``, ``not_yet_valid``, ``ai_approver``,
    ``service_account``, ``already_used``, ``bad_signature``, ``invalid``."""

    code = "AIG-E411"

    def __init__(self, message_en: str, message_vi: str, *, action: str, reason: str) -> None:
        self.action = action
        self.reason = reason
        super().__init__(message_en, message_vi)


class SignOffInvalid(AiGuardError, ValueError):  # noqa: N818 - like SignOffRejected
    """A sign-off (or a guard) cannot be built from what was given: an empty or blank
    approver, role or action, a malformed digest, a naive timestamp, an unknown field.
    ``fields`` names each field at fault; the message never repeats a value."""

    code = "AIG-E412"

    def __init__(self, message_en: str, message_vi: str, *, fields: tuple[str, ...] = ()):
        self.fields = fields
        super().__init__(message_en, message_vi)


class OutputBlocked(AiGuardError, RuntimeError):  # noqa: N818 - like SignOffRejected
    """The output of a guarded function holds what check_prompt blocks, or could not be
    checked; ``check`` is the :class:`~ai_guard.models.PromptCheck` (None when the output
    could not be read as text)."""

    code = "AIG-E420"

    def __init__(self, message_en: str, message_vi: str, *, check: object) -> None:
        self.check = check
        super().__init__(message_en, message_vi)


class UnguardedPath(AiGuardError, PermissionError):  # noqa: N818 - the issue's name
    """A guarded client refused to send something it cannot vouch for; nothing was sent.

    ``path`` names the way out (``realtime.connect``, ``messages[0].content[1]``,
    ``POST /v1/files: file[0] scan.png``), ``reason`` is a stable code (``websocket``,
    ``private``, ``media``, ``document``, ``unchecked_body``, ``unredacted``), and ``check``
    is the :class:`~ai_guard.models.PromptCheck` when a check found what no wrapper redacted.
    """

    code = "AIG-E450"

    def __init__(
        self,
        message_en: str,
        message_vi: str,
        *,
        path: str,
        reason: str,
        check: object = None,
    ) -> None:
        self.path = path
        self.reason = reason
        self.check = check
        super().__init__(f"UnguardedPath: {path}: {message_en}", f"{path}: {message_vi}")


class PromptBlocked(AiGuardError, PermissionError):  # noqa: N818 - the issue's name
    """A prompt holds what must not reach an AI system; nothing was sent. ``check`` is the
    :class:`~ai_guard.models.PromptCheck` (findings, reasons; never the values)."""

    code = "AIG-E430"

    def __init__(self, check: Any) -> None:
        self.check = check
        super().__init__(
            "prompt blocked, nothing was sent: " + check.explanation("en"),
            "đã chặn câu lệnh, không gửi gì: " + check.explanation("vi"),
        )


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

    def __init__(self, message_en: str, message_vi: str, *, param: str) -> None:
        self.param = param
        super().__init__(message_en, message_vi)


class AuditError(AiGuardError, RuntimeError):
    """The audit log cannot be written (disk full, read-only, locked) or read. A guarded
    decision never runs unrecorded: the call fails with this error."""

    code = "AIG-E400"

    def __init__(self, message_en: str, message_vi: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(message_en, message_vi)
