"""Registers strategies for ai-guard's pydantic models with hypothesis (entry point group
``hypothesis``), so that ``st.from_type(SignOff)`` works in users' suites."""

from __future__ import annotations

import datetime as dt


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

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
