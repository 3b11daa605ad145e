"""Registers strategies for ai-guard's pydantic models with hypothesis (entry point group
``hypothesis``): ``st.from_type(SignOff)``, ``Finding``, ``PromptCheck``, ``Policy`` and
``DocumentClassification`` give realistic instances in users' suites. ``PromptCheck`` and
``DocumentClassification`` come from running ai-guard on generated prompts, so they are
consistent by construction.

Installing ai-guard must not slow anyone's ``import hypothesis``: the entry point imports
nothing of ai-guard. It registers the types of the ai-guard modules already loaded; a module
loaded later registers its own types at its end (:func:`register_loaded`, called by
``models``, ``classify.models``, ``policy`` and ``signoff`` when hypothesis is loaded). Either
order ends with every loaded type registered, once.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis import strategies as st

__all__ = ["register_loaded"]

_done: set[str] = set()


def _hypothesis_setup_hook() -> None:
    register_loaded()


def register_loaded() -> None:
    """Register the strategies of every ai-guard module that is loaded (fully: a module still
    being imported registers itself at its end), if hypothesis is loaded."""
    if "hypothesis.strategies" not in sys.modules:
        return
    for module, attribute, register in _REGISTRARS:
        loaded = sys.modules.get(module)
        # vars(), not hasattr(): a lazy package's __getattr__ would import what is not loaded
        if module not in _done and loaded is not None and attribute in vars(loaded):
            _done.add(module)
            register()


def _register_signoff() -> None:
    from hypothesis import strategies as st

    from ai_guard.signoff.model import SignOff

    approvers = st.sampled_from(["tran.thi.lan", "nguyen.van.an", "le.minh.tuan", "pham.thu.ha"])
    st.register_type_strategy(
        SignOff,
        st.builds(
            SignOff,
            action=st.sampled_from(["issue_decision", "approve_refund", "grant_licence"]),
            digest=st.text("0123456789abcdef", min_size=64, max_size=64),
            approver=approvers,
            role=st.sampled_from(["Chi cục trưởng", "Chấp hành viên", "Trưởng phòng"]),
            unit=st.sampled_from(["", "CCTHADS Quận 1", "Sở Tư pháp"]),
            decision=st.sampled_from(["approve", "reject", "amend"]),
            timestamp=st.datetimes(
                min_value=dt.datetime(2024, 1, 1),
                max_value=dt.datetime(2030, 12, 31),
                timezones=st.just(dt.timezone.utc),
            ),
            comment=st.text(max_size=40),
        ),
    )


def _register_models() -> None:
    from hypothesis import strategies as st

    from ai_guard.models import Decision, EntityType, Finding, PromptCheck, Validation

    @st.composite
    def findings(draw: st.DrawFn) -> Finding:
        start = draw(st.integers(0, 500))
        return Finding(
            entity=draw(st.sampled_from(list(EntityType))),
            start=start,
            end=start + draw(st.integers(1, 40)),
            score=draw(st.floats(0.0, 1.0)),
            detector=draw(st.sampled_from(["vn.cccd", "vn.phone", "vn.person", "acme.custom"])),
            validated=draw(st.booleans()),
            validation=draw(st.sampled_from(list(Validation))),
            action=draw(st.sampled_from(list(Decision))),
        )

    st.register_type_strategy(Finding, findings())

    # the detectors load only when a test asks for these types
    def checks() -> st.SearchStrategy[PromptCheck]:
        from ai_guard.prompt import check_prompt

        return _prompts().map(check_prompt)

    # a function, resolved on first use: registering a strategy makes hypothesis look into it,
    # and the detectors must not load while ai_guard.models is still being imported
    st.register_type_strategy(PromptCheck, lambda _: checks())


def _prompts() -> st.SearchStrategy[str]:
    from hypothesis import strategies as st

    from ai_guard.testing import strategies as vst

    return st.one_of(vst.labelled_prompts().map(lambda p: p.text), vst.clean_prompts())


def _register_classification() -> None:
    from hypothesis import strategies as st

    from ai_guard.classify.models import DocumentClassification

    def classifications() -> st.SearchStrategy[DocumentClassification]:
        from ai_guard.classify import classify_document

        return _prompts().map(classify_document)

    st.register_type_strategy(DocumentClassification, lambda _: classifications())


def _register_policy() -> None:
    from hypothesis import strategies as st

    from ai_guard.prompt.policy import Policy

    st.register_type_strategy(
        Policy,
        st.builds(
            Policy,
            min_score=st.floats(0.0, 1.0),
            official_names_are_public=st.booleans(),
            protected_redaction_suffices=st.booleans(),
            load_plugins=st.just(False),
        ),
    )


_REGISTRARS: tuple[tuple[str, str, Callable[[], None]], ...] = (
    ("ai_guard.models", "PromptCheck", _register_models),
    ("ai_guard.classify.models", "DocumentClassification", _register_classification),
    ("ai_guard.prompt.policy", "Policy", _register_policy),
    ("ai_guard.signoff.model", "SignOff", _register_signoff),
)
