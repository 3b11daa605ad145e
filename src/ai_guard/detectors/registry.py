"""Which detectors run: the built-in ones, plus third-party ones from entry points.

Third-party packages register a detector class or instance (or a zero-argument factory) under
the ``ai_guard.detectors`` entry point group::

    [project.entry-points."ai_guard.detectors"]
    my_agency_codes = "my_pkg.detectors:ProjectCodeDetector"

A detector may claim the cue words that name a number as its kind (an optional
``naming_cues`` attribute, a :class:`~ai_guard.text.match.CueSet`), and any code may claim cues
without a detector (:func:`claim_cues`): the numeric detectors then refuse a number that a
cue of another family names right before it (:func:`claims`; "named otherwise").

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
from ai_guard.text.match import CueSet

__all__ = [
    "Claim",
    "PluginFailure",
    "builtin_detectors",
    "claim_cues",
    "claims",
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
_claimed: list[Claim] = []


@dataclass(frozen=True, slots=True)
class PluginFailure:
    """A plugin that could not be used, and why (exception type name only)."""

    name: str
    error: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A family's claim on the numbers its cue words name: right after one of ``cues``, a
    number is ``family``'s kind (``family`` is a detector id, e.g. ``vn.tax_code``).

    An ``exclusive`` claim takes every number after its words ("STK", a plugin's "số hợp
    đồng"): no other family reports it. A claim that is not exclusive takes only numbers of
    its family's shape ("SĐT" names a phone number, not the CCCD written after it by mistake):
    only the families that defer to every claim (the phone numbers) give way to it.
    """

    family: str
    cues: CueSet
    exclusive: bool = True


def _make_builtin() -> tuple[Detector, ...]:
    from ai_guard.detectors import (
        address,
        circulation,
        dates,
        email,
        emv_qr,
        finance,
        id_qr,
        identity,
        insurance,
        internal,
        legal_refs,
        licence,
        mrz,
        person,
        phone,
        pieces,
        secrecy,
        secrets,
        tax,
        travel,
        vehicle,
    )

    return (
        secrets.ApiSecretDetector(),
        secrecy.SecrecyMarkDetector(),
        email.EmailDetector(),
        identity.CccdDetector(),
        identity.CmndDetector(),
        identity.PassportDetector(),
        licence.DriverLicenseDetector(),
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
        internal.InternalHostDetector(),
        circulation.InternalMarkDetector(),
        pieces.ValuePieceDetector(),
        mrz.MrzDetector(),
        id_qr.IdCardQrDetector(),
        emv_qr.PaymentQrDetector(),
        travel.TravelNameDetector(),
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


def claim_cues(family: str, cues: CueSet, *, exclusive: bool = True) -> None:
    """Claim ``cues`` for ``family`` in this process, with or without a detector: after "số hợp
    đồng" a number is a contract number, so no other family reports it."""
    if not isinstance(cues, CueSet):
        raise TypeError(f"claim_cues({family!r}, ...) needs a CueSet, not {type(cues).__name__}")
    with _lock:
        _claimed.append(Claim(family, cues, exclusive))


def claims() -> tuple[Claim, ...]:
    """Every claim in force: the ``naming_cues`` of the built-in detectors, of entry-point
    plugins once loaded (:func:`load_plugins`), of :func:`register`-ed detectors, then the cues
    of :func:`claim_cues`. A claim is a fact about words: it holds whether or not the
    claiming detector is enabled ("MST: 0314409059" is never a phone number). A detector's
    claim is exclusive unless it sets ``claims_every_number = False``."""
    global _builtin_claims
    builtins = builtin_detectors()
    known = _builtin_claims  # read once: another thread may replace it
    if known is None or known[0] is not builtins:
        known = (builtins, _claims_of(builtins))
        _builtin_claims = known
    loaded = _plugins[0] if _plugins is not None else ()
    return known[1] + _claims_of((*loaded, *_registered)) + tuple(_claimed)


#: the built-in detectors' claims, worked out once per set of built-ins (their cue sets are
#: built once and never change; a document with numbers asked for them every time: ~20 us)
_builtin_claims: tuple[tuple[Detector, ...], tuple[Claim, ...]] | None = None


def _claims_of(detectors: Sequence[Detector]) -> tuple[Claim, ...]:
    out: list[Claim] = []
    for det in detectors:
        cues = getattr(det, "naming_cues", None)
        if cues is None:
            continue
        if not isinstance(cues, CueSet):
            raise TypeError(f"{det.id}.naming_cues must be a CueSet, not {type(cues).__name__}")
        out.append(Claim(det.id, cues, bool(getattr(det, "claims_every_number", True))))
    return tuple(out)


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
    """Forget resolved plugins and the cues claimed with :func:`claim_cues` (tests, or after
    installing a plugin at run time)."""
    global _plugins, _builtin_claims
    with _lock:
        _plugins = None
        _builtin_claims = None
        _claimed.clear()
