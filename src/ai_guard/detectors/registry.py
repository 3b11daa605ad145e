"""Which detectors run: the built-in ones, plus third-party ones from entry points.

Third-party packages register a detector class or instance (or a zero-argument factory) under
the ``ai_guard.detectors`` entry point group::

    [project.entry-points."ai_guard.detectors"]
    my_agency_codes = "my_pkg.detectors:ProjectCodeDetector"

Entry points are resolved once per process and cached. Set ``AI_GUARD_DISABLE_PLUGINS=1`` to
skip them all, or ``AI_GUARD_DISABLE_PLUGINS=name1,name2`` to skip some. A plugin that fails
to load is not silently dropped: :func:`load_plugins` returns the failure, and
:func:`ai_guard.check_prompt` blocks with a ``DETECTOR_ERROR`` finding naming it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata

from ai_guard.detectors.base import Detector

__all__ = [
    "PluginFailure",
    "builtin_detectors",
    "load_plugins",
    "register",
    "registered",
    "reset_cache",
]

ENTRY_POINT_GROUP = "ai_guard.detectors"
DISABLE_ENV = "AI_GUARD_DISABLE_PLUGINS"

_lock = threading.Lock()
_builtin: tuple[Detector, ...] | None = None
_plugins: tuple[tuple[Detector, ...], tuple[PluginFailure, ...]] | None = None
_registered: list[Detector] = []


@dataclass(frozen=True, slots=True)
class PluginFailure:
    """A plugin that could not be used, and why (exception type name only)."""

    name: str
    error: str


def _make_builtin() -> tuple[Detector, ...]:
    from ai_guard.detectors import (
        address,
        dates,
        email,
        finance,
        identity,
        insurance,
        legal_refs,
        person,
        phone,
        secrecy,
        secrets,
        tax,
        vehicle,
    )

    return (
        secrets.ApiSecretDetector(),
        secrecy.SecrecyMarkDetector(),
        email.EmailDetector(),
        identity.CccdDetector(),
        identity.CmndDetector(),
        identity.PassportDetector(),
        tax.TaxCodeDetector(),
        insurance.SocialInsuranceDetector(),
        insurance.HealthInsuranceDetector(),
        phone.PhoneDetector(),
        finance.BankAccountDetector(),
        vehicle.LicensePlateDetector(),
        legal_refs.CaseNumberDetector(),
        dates.DateOfBirthDetector(),
        person.PersonNameDetector(),
        address.AddressDetector(),
    )


def builtin_detectors() -> tuple[Detector, ...]:
    """The built-in detectors, instantiated once."""
    global _builtin
    if _builtin is None:
        with _lock:
            if _builtin is None:
                _builtin = _make_builtin()
    return _builtin


def register(detector: Detector) -> None:
    """Register a detector in this process (for apps that do not use entry points)."""
    if not isinstance(detector, Detector):
        raise TypeError(
            f"{type(detector).__name__} does not follow the Detector protocol "
            "(id, entities, detect(doc)) / không tuân theo giao thức Detector"
        )
    with _lock:
        _registered.append(detector)


def registered() -> tuple[Detector, ...]:
    return tuple(_registered)


def _disabled_names() -> tuple[bool, frozenset[str]]:
    raw = os.environ.get(DISABLE_ENV, "").strip()
    if not raw:
        return False, frozenset()
    if raw.lower() in {"1", "true", "yes", "all", "*"}:
        return True, frozenset()
    return False, frozenset(n.strip() for n in raw.split(",") if n.strip())


def _instantiate(obj: object) -> Detector:
    candidate = (
        obj() if isinstance(obj, type) or (callable(obj) and not hasattr(obj, "detect")) else obj
    )
    if not isinstance(candidate, Detector):
        raise TypeError("entry point does not provide a Detector")
    return candidate


def load_plugins(
    entry_points: Callable[[], Sequence[metadata.EntryPoint]] | None = None,
) -> tuple[tuple[Detector, ...], tuple[PluginFailure, ...]]:
    """Detectors from the entry point group, resolved once; plus any failures."""
    global _plugins
    if entry_points is None and _plugins is not None:
        return _plugins
    all_off, names_off = _disabled_names()
    detectors: list[Detector] = []
    failures: list[PluginFailure] = []
    if not all_off:
        eps = (
            entry_points()
            if entry_points is not None
            else tuple(metadata.entry_points(group=ENTRY_POINT_GROUP))
        )
        for ep in eps:
            if ep.name in names_off:
                continue
            try:
                detectors.append(_instantiate(ep.load()))
            except Exception as exc:  # a broken plugin must be reported, never ignored
                failures.append(PluginFailure(ep.name, type(exc).__name__))
    result = (tuple(detectors), tuple(failures))
    if entry_points is None:
        _plugins = result
    return result


def reset_cache() -> None:
    """Forget resolved plugins (tests, or after installing a plugin at run time)."""
    global _plugins
    with _lock:
        _plugins = None
