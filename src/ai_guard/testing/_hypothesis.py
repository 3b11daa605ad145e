"""Registers strategies for ai-guard's pydantic models with hypothesis (entry point group
``hypothesis``): ``st.from_type(SignOff)``, ``Finding``, ``PromptCheck``, ``Policy`` and
``DocumentClassification`` give realistic instances in users' suites. ``PromptCheck`` and
``DocumentClassification`` come from running ai-guard on generated prompts, so they are
consistent by construction."""

from __future__ import annotations

import datetime as dt


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from ai_guard.models import (
        Decision,
        DocumentClassification,
        EntityType,
        Finding,
        PromptCheck,
        Validation,
    )
    from ai_guard.policy import Policy
    from ai_guard.signoff import SignOff

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

    # deferred: the detectors load only when a test asks for these types
    def prompts() -> st.SearchStrategy[str]:
        from ai_guard.testing import strategies as vst

        return st.one_of(vst.labelled_prompts().map(lambda p: p.text), vst.clean_prompts())

    def checks() -> st.SearchStrategy[PromptCheck]:
        from ai_guard.prompt import check_prompt

        return prompts().map(check_prompt)

    def classifications() -> st.SearchStrategy[DocumentClassification]:
        from ai_guard.classify import classify_document

        return prompts().map(classify_document)

    st.register_type_strategy(PromptCheck, st.deferred(checks))
    st.register_type_strategy(DocumentClassification, st.deferred(classifications))
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
