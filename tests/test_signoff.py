"""require_human_signoff: the only path to a decision is a recorded human sign-off."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import (
    AuditError,
    AuditLog,
    HmacVerifier,
    OutputBlocked,
    Policy,
    SignOff,
    SignOffInvalid,
    SignOffRejected,
    SignOffRequest,
    SignOffRequired,
    human_signoff,
    require_human_signoff,
)
from ai_guard.signoff import arguments_digest

DRAFT = "Quyết định cưỡng chế kê biên tài sản của ông Nguyễn Văn Bình, CCCD 001085012345."
APPROVER = {"approver": "tran.thi.lan", "role": "Chi cục trưởng", "unit": "CCTHADS Quận 1"}


@pytest.fixture
def log(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path / "audit.sqlite3")


@pytest.fixture
def issue(log: AuditLog) -> Any:
    calls: list[tuple[str, str]] = []

    @require_human_signoff(action="issue_decision", audit=log, policy=Policy())
    def issue_decision(draft: str, case_no: str = "12/QĐ-CCTHADS") -> str:
        calls.append((draft, case_no))
        return "issued"

    issue_decision.calls = calls  # type: ignore[attr-defined]
    return issue_decision


def outcomes(log: AuditLog) -> list[tuple[str, str]]:
    return [(r.outcome, r.reason) for r in log.records()]


def test_without_a_signoff_the_decision_does_not_run(issue: Any, log: AuditLog) -> None:
    with pytest.raises(SignOffRequired) as info:
        issue(DRAFT)
    assert issue.calls == []
    assert "signoff" in str(info.value)
    assert "quyết định" in info.value.message_vi
    assert isinstance(info.value.request, SignOffRequest)
    assert outcomes(log) == [("refused", "missing")]


def test_approved_signoff_runs_once_and_is_recorded(issue: Any, log: AuditLog) -> None:
    request = issue.signoff_request(DRAFT)
    so = request.approve(**APPROVER, comment="Đã kiểm tra hồ sơ")
    assert issue(DRAFT, signoff=so) == "issued"
    assert issue.calls == [(DRAFT, "12/QĐ-CCTHADS")]
    assert outcomes(log) == [("approved", "approve"), ("completed", "")]
    rec = log.records()[0]
    assert (rec.approver, rec.role, rec.unit) == (
        "tran.thi.lan",
        "Chi cục trưởng",
        "CCTHADS Quận 1",
    )
    assert rec.digest == so.digest
    assert rec.findings.get("CCCD") == 1  # a count, never the value
    raw = (log.path).read_bytes()
    assert b"001085012345" not in raw
    assert "Nguyễn Văn Bình".encode() not in raw


def test_a_signoff_is_single_use(issue: Any, log: AuditLog) -> None:
    so = issue.signoff_request(DRAFT).approve(**APPROVER)
    issue(DRAFT, signoff=so)
    with pytest.raises(SignOffRejected) as info:
        issue(DRAFT, signoff=so)
    assert info.value.reason == "already_used"
    assert len(issue.calls) == 1


def test_a_signoff_for_one_draft_cannot_run_another(issue: Any) -> None:
    so = issue.signoff_request(DRAFT).approve(**APPROVER)
    with pytest.raises(SignOffRejected) as info:
        issue(DRAFT + " (sửa)", signoff=so)
    assert info.value.reason == "digest_mismatch"
    with pytest.raises(SignOffRejected):
        issue(DRAFT, "13/QĐ-CCTHADS", signoff=so)  # another argument changed
    assert issue.calls == []


def test_defaults_are_part_of_what_is_signed(issue: Any) -> None:
    so = issue.signoff_request(DRAFT, "12/QĐ-CCTHADS").approve(**APPROVER)
    assert issue(DRAFT, signoff=so) == "issued"  # the default equals the explicit value


def test_rejected_signoff_is_refused_and_recorded(issue: Any, log: AuditLog) -> None:
    so = issue.signoff_request(DRAFT).reject(**APPROVER, comment="Sai số tiền")
    with pytest.raises(SignOffRejected) as info:
        issue(DRAFT, signoff=so)
    assert info.value.reason == "rejected"
    assert outcomes(log) == [("rejected", "rejected")]


def test_amend_runs_only_with_the_amended_arguments(issue: Any) -> None:
    amended = DRAFT.replace("kê biên", "kê biên (đã sửa)")
    so = issue.signoff_request(amended).amend(**APPROVER, comment="Sửa căn cứ")
    with pytest.raises(SignOffRejected):
        issue(DRAFT, signoff=so)
    so2 = issue.signoff_request(amended).amend(**APPROVER)
    assert issue(amended, signoff=so2) == "issued"


def test_wrong_action_is_refused(issue: Any, log: AuditLog) -> None:
    @require_human_signoff(action="other_action", audit=log, policy=Policy())
    def other(draft: str) -> None:
        return None

    so = other.signoff_request(DRAFT).approve(**APPROVER)  # type: ignore[attr-defined]
    with pytest.raises(SignOffRejected) as info:
        issue(DRAFT, signoff=so)
    assert info.value.reason == "wrong_action"


@pytest.mark.parametrize(
    "approver",
    ["ai:assistant", "bot:drafting", "svc:pipeline", "chatgpt-4o", "claude", "gemini-pro",
     "copilot", "nguyen-bot", "LLM"],
)  # fmt: skip
def test_ai_or_service_approver_is_refused(issue: Any, approver: str) -> None:
    so = issue.signoff_request(DRAFT).approve(approver=approver, role="Trợ lý")
    with pytest.raises(SignOffRejected) as info:
        issue(DRAFT, signoff=so)
    assert info.value.reason == "ai_approver"
    assert issue.calls == []


def test_ai_approver_patterns_come_from_the_policy(log: AuditLog) -> None:
    policy = Policy(ai_approver_patterns=(r"^robot\.",))

    @require_human_signoff(action="x", audit=log, policy=policy)
    def act(d: str) -> str:
        return d

    so = act.signoff_request("a").approve(approver="robot.1", role="r")  # type: ignore[attr-defined]
    with pytest.raises(SignOffRejected):
        act("a", signoff=so)
    ok = act.signoff_request("a").approve(approver="claude.nguyen", role="r")  # type: ignore[attr-defined]
    assert act("a", signoff=ok) == "a"  # the default patterns are replaced


def test_expired_and_future_signoffs(log: AuditLog) -> None:
    now = [dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.timezone.utc)]

    @require_human_signoff(
        action="x", audit=log, policy=Policy(), lifetime=dt.timedelta(hours=2), clock=lambda: now[0]
    )
    def act(d: str) -> str:
        return d

    so = act.signoff_request("a").approve(**APPROVER)  # type: ignore[attr-defined]
    now[0] += dt.timedelta(hours=3)
    with pytest.raises(SignOffRejected) as info:
        act("a", signoff=so)
    assert info.value.reason == "expired"
    future = so.model_copy(update={"id": "f1", "timestamp": now[0] + dt.timedelta(hours=1)})
    with pytest.raises(SignOffRejected) as info2:
        act("a", signoff=future)
    assert info2.value.reason == "not_yet_valid"


def test_lifetime_from_the_policy(log: AuditLog) -> None:
    now = [dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)]

    @require_human_signoff(
        action="x", audit=log, policy=Policy(signoff_lifetime_hours=1), clock=lambda: now[0]
    )
    def act(d: str) -> str:
        return d

    so = act.signoff_request("a").approve(**APPROVER)  # type: ignore[attr-defined]
    now[0] += dt.timedelta(minutes=61)
    with pytest.raises(SignOffRejected, match="expired"):
        act("a", signoff=so)


def test_naive_timestamp_is_invalid() -> None:
    with pytest.raises(ValueError, match="timezone"):
        SignOff(
            action="x", digest="0" * 64, approver="a", role="r", decision="approve",
            timestamp=dt.datetime(2026, 1, 1),
        )  # fmt: skip


def test_not_a_signoff_object(issue: Any) -> None:
    with pytest.raises(SignOffRejected) as info:
        issue(DRAFT, signoff={"approver": "x"})
    assert info.value.reason == "invalid"


def test_hmac_verifier_refuses_forged_and_altered_signoffs(log: AuditLog) -> None:
    verifier = HmacVerifier("khóa-bí-mật-của-đơn-vị")

    @require_human_signoff(action="x", audit=log, policy=Policy(), verifier=verifier)
    def act(d: str) -> str:
        return d

    request = act.signoff_request("a")  # type: ignore[attr-defined]
    forged = SignOff(
        action="x", digest=request.digest, approver="a", role="r", decision="approve",
        timestamp=dt.datetime.now(dt.timezone.utc),
    )  # fmt: skip
    with pytest.raises(SignOffRejected) as info:
        act("a", signoff=forged)
    assert info.value.reason == "bad_signature"
    good = request.approve(**APPROVER)
    altered = good.model_copy(update={"approver": "someone.else"})
    with pytest.raises(SignOffRejected):
        act("a", signoff=altered)
    assert act("a", signoff=good) == "a"
    assert "khóa" not in repr(verifier)


def test_approver_callback_for_interactive_apps(log: AuditLog) -> None:
    seen: list[str] = []

    def ask(request: SignOffRequest) -> SignOff | None:
        seen.append(request.render("en"))
        return request.approve(**APPROVER) if "ok" in request.arguments["d"] else None

    @require_human_signoff(action="x", audit=log, policy=Policy(), approver=ask)
    def act(d: str) -> str:
        return d

    assert act("ok draft") == "ok draft"
    with pytest.raises(SignOffRequired):
        act("bad draft")
    assert seen[0].startswith("Sign-off requested: x")
    assert "Digest:" in seen[0]


def test_async_functions(log: AuditLog) -> None:
    @require_human_signoff(action="x", audit=log, policy=Policy())
    async def act(d: str) -> str:
        await asyncio.sleep(0)
        return d.upper()

    async def main() -> None:
        with pytest.raises(SignOffRequired):
            await act("a")
        so = act.signoff_request("a").approve(**APPROVER)  # type: ignore[attr-defined]
        assert await act("a", signoff=so) == "A"

    asyncio.run(main())


def test_methods_exclude_self(log: AuditLog) -> None:
    class Office:
        def __init__(self, name: str) -> None:
            self.name = name

        @require_human_signoff(action="x", audit=log, policy=Policy())
        def decide(self, d: str) -> str:
            return f"{self.name}:{d}"

    a, b = Office("A"), Office("B")
    so = a.decide.signoff_request(a, "d")  # type: ignore[attr-defined]
    signed = so.approve(**APPROVER)
    assert b.decide("d", signoff=signed) == "B:d"  # self is not part of the digest


def test_generators_are_refused_at_decoration() -> None:
    with pytest.raises(TypeError, match="generator"):

        @require_human_signoff(action="x")
        def gen(d: str) -> Any:
            yield d


def test_reserved_parameter_name() -> None:
    with pytest.raises(TypeError, match="signoff"):

        @require_human_signoff(action="x")
        def act(d: str, signoff: object = None) -> None:
            return None


def test_unbindable_argument_names_the_parameter(log: AuditLog) -> None:
    @require_human_signoff(action="x", audit=log, policy=Policy())
    def act(conn: object) -> None:
        return None

    with pytest.raises(TypeError, match="conn"):
        act(object())


def test_bind_chooses_what_is_signed(log: AuditLog) -> None:
    @require_human_signoff(
        action="x", audit=log, policy=Policy(), bind=lambda conn, draft: {"draft": draft}
    )
    def act(conn: object, draft: str) -> str:
        return draft

    so = act.signoff_request(object(), "d").approve(**APPROVER)  # type: ignore[attr-defined]
    assert act(object(), "d", signoff=so) == "d"


def test_failure_of_the_decision_is_recorded(log: AuditLog) -> None:
    @require_human_signoff(action="x", audit=log, policy=Policy())
    def act(d: str) -> None:
        raise RuntimeError("boom")

    so = act.signoff_request("a").approve(**APPROVER)  # type: ignore[attr-defined]
    with pytest.raises(RuntimeError):
        act("a", signoff=so)
    assert outcomes(log) == [("approved", "approve"), ("failed", "RuntimeError")]


def test_output_check_blocks_a_secret_and_records_findings(log: AuditLog) -> None:
    @require_human_signoff(action="x", audit=log, policy=Policy(), check_output=True)
    def act(d: str) -> str:
        return d

    so = act.signoff_request("TỐI MẬT\nnội dung").approve(**APPROVER)  # type: ignore[attr-defined]
    with pytest.raises(OutputBlocked):
        act("TỐI MẬT\nnội dung", signoff=so)
    assert ("output_blocked", "check_prompt") in outcomes(log)


def test_output_redaction_option(log: AuditLog) -> None:
    @require_human_signoff(
        action="x", audit=log, policy=Policy(), check_output=True, output_on_redact="redact"
    )
    def act(d: str) -> str:
        return f"Gửi ông Nguyễn Văn An, SĐT 0912345678: {d}"

    so = act.signoff_request("ok").approve(**APPROVER)  # type: ignore[attr-defined]
    out = act("ok", signoff=so)
    assert "0912345678" not in out
    assert "[PHONE_1]" in out


def test_context_manager_form(log: AuditLog) -> None:
    ran: list[str] = []
    request = human_signoff.request("refund", {"amount": 100, "to": "A"})
    so = request.approve(**APPROVER)
    with human_signoff("refund", {"amount": 100, "to": "A"}, signoff=so, audit=log,
                       policy=Policy()):  # fmt: skip
        ran.append("refund")
    assert ran == ["refund"]
    with pytest.raises(SignOffRejected), human_signoff(
        "refund", {"amount": 999, "to": "A"}, signoff=request.approve(**APPROVER), audit=log,
        policy=Policy(),
    ):  # fmt: skip
        ran.append("never")
    with pytest.raises(SignOffRequired), human_signoff("refund", 1, audit=log, policy=Policy()):
        ran.append("never")
    assert ran == ["refund"]


def test_storage_failure_means_the_decision_does_not_run(tmp_path: Path) -> None:
    (tmp_path / "dir.sqlite3").mkdir()  # a directory where the file should be
    ran: list[str] = []

    @require_human_signoff(action="x", audit=AuditLog(tmp_path / "dir.sqlite3"), policy=Policy())
    def act(d: str) -> None:
        ran.append(d)

    request = act.signoff_request("a")  # type: ignore[attr-defined]
    with pytest.raises(AuditError) as info:
        act("a", signoff=request.approve(**APPROVER))
    assert ran == []
    assert "dir.sqlite3" in str(info.value)
    assert "không được thực hiện" in info.value.message_vi


def test_locked_database_means_the_decision_does_not_run(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "audit.sqlite3"
    AuditLog(path).append(action="init", outcome="approved")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    ran: list[str] = []

    @require_human_signoff(action="x", audit=AuditLog(path, timeout=0.2), policy=Policy())
    def act(d: str) -> None:
        ran.append(d)

    request = act.signoff_request("a")  # type: ignore[attr-defined]
    try:
        with pytest.raises(AuditError, match="locked"):
            act("a", signoff=request.approve(**APPROVER))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert ran == []


def test_default_log_is_the_policys_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ai-guard.toml").write_text('audit_log = "logs/ai.sqlite3"\n', "utf-8")

    @require_human_signoff(action="x")
    def act(d: str) -> str:
        return d

    so = act.signoff_request("a").approve(**APPROVER)  # type: ignore[attr-defined]
    assert act("a", signoff=so) == "a"
    assert len(AuditLog(tmp_path / "logs" / "ai.sqlite3")) == 2


def test_embedded_default_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    @require_human_signoff(action="x")
    def act(d: str) -> str:
        return d

    with pytest.raises(SignOffRequired):
        act("a")
    assert (tmp_path / ".ai-guard" / "audit.sqlite3").is_file()


# -- the digest ----------------------------------------------------------------------------------


@dataclasses.dataclass
class Draft:
    text: str
    amount: int


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    | st.binary(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=4),
    max_leaves=12,
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_values, _values)
def test_any_change_to_the_arguments_changes_the_digest(a: Any, b: Any) -> None:
    da = arguments_digest("x", {"draft": a})
    db = arguments_digest("x", {"draft": b})
    if type(a) is type(b) and repr(a) == repr(b):
        assert da == db
    if da == db:
        assert a == b  # different drafts never share a digest


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200), st.integers(0, 199))
def test_editing_one_character_of_a_draft_invalidates_the_signoff(text: str, pos: int) -> None:
    pos = pos % len(text)
    edited = text[:pos] + ("x" if text[pos] != "x" else "y") + text[pos + 1 :]
    assert arguments_digest("x", {"d": text}) != arguments_digest("x", {"d": edited})


def test_digest_is_stable_and_structured() -> None:
    d1 = arguments_digest("x", {"d": Draft("a", 1), "s": {3, 1, 2}, "m": {"b": 1, "a": 2}})
    d2 = arguments_digest("x", {"m": {"a": 2, "b": 1}, "s": {2, 3, 1}, "d": Draft("a", 1)})
    assert d1 == d2
    assert arguments_digest("x", {"d": (1, 2)}) != arguments_digest("x", {"d": [1, 2]})
    assert arguments_digest("x", {"d": 1}) != arguments_digest("y", {"d": 1})
    assert arguments_digest("x", {"d": 1}) != arguments_digest("x", {"d": True})
    # the same in another process (no hash randomisation)
    import subprocess
    import sys

    code = (
        "from ai_guard.signoff import arguments_digest;"
        "print(arguments_digest('x', {'m': {'a': 2, 'b': 1}, 's': {1, 2, 3}}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == arguments_digest("x", {"m": {"b": 1, "a": 2}, "s": {3, 2, 1}})


def test_refused_attempts_carry_the_applications_unit(log: AuditLog) -> None:
    @require_human_signoff(action="x", audit=log, policy=Policy(), unit="CCTHADS Q1")
    def act(d: str) -> str:
        return d

    with pytest.raises(SignOffRequired):
        act("a")
    assert log.records()[0].unit == "CCTHADS Q1"
    assert log.report().by_unit == {"CCTHADS Q1": 1}


# -- people only: service-account shapes, empty approvers (issue 12) -----------------------------

SERVICE_ACCOUNTS = [
    "svc-payments", "svc_payments", "srv.thads", "robot-1", "drafter-svc", "export_robot",
    "github-actions[bot]", "renovate[bot]", "service-account", "ServiceAccount",
    "system:serviceaccount:thads:drafter", "system", "automation", "ci", "CI@thads.moj.gov.vn",
    "gitlab-ci", "ci-runner", "cron_daily", "jenkins", "root", "admin", "noreply@moj.gov.vn",
    "no-reply@thads.gov.vn", "donotreply", "drafter@project-1.iam.gserviceaccount.com",
    "arn:aws:iam::123456789012:role/drafter", "ＳＶＣ-payments", "s\u200bvc-payments",
]  # fmt: skip
PEOPLE = [
    "tran.thi.lan", "nguyen.van.an", "lan.tt@thads.moj.gov.vn", "Nguyễn Văn An", "cindy.tran",
    "admin.nguyen", "system.nguyen", "svcuong", "botanh", "nguyen.van.ci", "chi.nguyen",
]  # fmt: skip


@pytest.mark.parametrize("approver", SERVICE_ACCOUNTS)
def test_service_account_shapes_are_refused_by_default(
    issue: Any, log: AuditLog, approver: str
) -> None:
    so = issue.signoff_request(DRAFT).approve(approver=approver, role="Chấp hành viên")
    with pytest.raises(SignOffRejected) as info:
        issue(DRAFT, signoff=so)
    assert info.value.reason in ("service_account", "ai_approver")
    assert "a person must approve" in info.value.message_en or "AI" in info.value.message_en
    assert issue.calls == []
    assert outcomes(log)[-1][0] == "rejected"


@pytest.mark.parametrize("approver", ["svc-payments", "github-actions[bot]", "noreply@x.vn"])
def test_service_account_reason_is_its_own(issue: Any, log: AuditLog, approver: str) -> None:
    so = issue.signoff_request(DRAFT).approve(approver=approver, role="r")
    with pytest.raises(SignOffRejected) as info:
        issue(DRAFT, signoff=so)
    assert info.value.reason == "service_account"
    assert "tài khoản dịch vụ, tự động hóa" in info.value.message_vi
    assert outcomes(log)[-1] == ("rejected", "service_account")


@pytest.mark.parametrize("approver", PEOPLE)
def test_people_are_not_taken_for_service_accounts(issue: Any, approver: str) -> None:
    so = issue.signoff_request(DRAFT).approve(approver=approver, role="Chi cục trưởng")
    assert issue(DRAFT, signoff=so) == "issued"


def test_service_account_patterns_can_be_replaced_or_switched_off(log: AuditLog) -> None:
    @require_human_signoff(action="x", audit=log, policy=Policy(), service_account_patterns=())
    def off(d: str) -> str:
        return d

    so = off.signoff_request("a").approve(approver="svc-payments", role="r")  # type: ignore[attr-defined]
    assert off("a", signoff=so) == "a"

    @require_human_signoff(
        action="y", audit=log, policy=Policy(), service_account_patterns=[r"^kt\."]
    )
    def own(d: str) -> str:
        return d

    so = own.signoff_request("a").approve(approver="kt.batch", role="r")  # type: ignore[attr-defined]
    with pytest.raises(SignOffRejected, match="service"):
        own("a", signoff=so)
    so = own.signoff_request("a").approve(approver="svc-payments", role="r")  # type: ignore[attr-defined]
    assert own("a", signoff=so) == "a"  # the defaults were replaced


def test_a_bad_service_account_pattern_is_a_policy_error() -> None:
    from ai_guard import PolicyError

    with pytest.raises(PolicyError) as info:
        require_human_signoff(action="x", service_account_patterns=["("])
    assert info.value.key == "service_account_patterns"


def test_human_signoff_refuses_service_accounts_too(log: AuditLog) -> None:
    so = human_signoff.request("grant", DRAFT).approve(approver="svc_grants", role="r")
    with (
        pytest.raises(SignOffRejected) as info,
        human_signoff("grant", DRAFT, signoff=so, audit=log, policy=Policy()),
    ):
        pytest.fail("the block must not run")
    assert info.value.reason == "service_account"
    with human_signoff(
        "grant", DRAFT, signoff=so, audit=log, policy=Policy(), service_account_patterns=()
    ):
        pass


def _assert_invalid(exc: BaseException, fields: tuple[str, ...]) -> None:
    from pydantic import ValidationError

    assert isinstance(exc, SignOffInvalid)
    assert isinstance(exc, ValueError)  # ``except ValueError`` keeps working
    assert not isinstance(exc, ValidationError)
    assert exc.code == "AIG-E412"
    assert exc.fields == fields
    assert exc.message_en.startswith("invalid sign-off: ")
    assert exc.message_vi.startswith("xác nhận phê duyệt không hợp lệ: ")


@pytest.mark.parametrize("blank", ["", "   ", "\t\n", "\u200b", " - "])
def test_an_empty_approver_is_the_projects_error_on_every_path(issue: Any, blank: str) -> None:
    request = issue.signoff_request(DRAFT)
    for make in (request.approve, request.amend, request.reject):
        with pytest.raises(SignOffInvalid) as info:
            make(approver=blank, role="Chi cục trưởng")
        _assert_invalid(info.value, ("approver",))
        assert "the approver's id is empty" in info.value.message_en
        assert "mã người phê duyệt đang để trống" in info.value.message_vi
    fields = {
        "action": "issue_decision", "digest": request.digest, "approver": blank,
        "role": "r", "decision": "approve", "timestamp": dt.datetime.now(dt.timezone.utc),
    }  # fmt: skip
    with pytest.raises(SignOffInvalid) as info:
        SignOff(**fields)
    _assert_invalid(info.value, ("approver",))
    with pytest.raises(SignOffInvalid) as info:
        SignOff.model_validate(fields)
    _assert_invalid(info.value, ("approver",))
    payload = json.dumps({**fields, "timestamp": fields["timestamp"].isoformat()})
    with pytest.raises(SignOffInvalid) as info:
        SignOff.model_validate_json(payload)
    _assert_invalid(info.value, ("approver",))
    with pytest.raises(SignOffInvalid) as info:
        human_signoff.request("grant", DRAFT).approve(approver=blank, role="r")
    _assert_invalid(info.value, ("approver",))


def test_an_empty_role_or_action_is_the_projects_error(issue: Any) -> None:
    with pytest.raises(SignOffInvalid) as info:
        issue.signoff_request(DRAFT).approve(approver="tran.thi.lan", role="  ")
    _assert_invalid(info.value, ("role",))
    assert "role is empty" in info.value.message_en
    with pytest.raises(SignOffInvalid) as info:
        issue.signoff_request(DRAFT).approve(approver=" ", role="")
    _assert_invalid(info.value, ("approver", "role"))
    with pytest.raises(SignOffInvalid) as info:
        SignOffRequest(" ", {"d": 1}).approve(approver="tran.thi.lan", role="r")
    _assert_invalid(info.value, ("action",))
    for blank in ("", "  "):
        with pytest.raises(SignOffInvalid) as info:
            require_human_signoff(action=blank)
        _assert_invalid(info.value, ("action",))
        with pytest.raises(SignOffInvalid) as info:
            human_signoff(blank, DRAFT)
        _assert_invalid(info.value, ("action",))


def test_other_bad_fields_name_the_field_never_the_value() -> None:
    secretish = "001085012345"
    with pytest.raises(SignOffInvalid) as info:
        SignOff(
            action="x", digest=secretish, approver="a", role="r", decision="approve",
            timestamp=dt.datetime(2026, 1, 1), comment_extra=secretish,
        )  # fmt: skip
    _assert_invalid(info.value, ("digest", "timestamp", "comment_extra"))
    assert secretish not in str(info.value)
    assert "64 lower-case hex" in info.value.message_en
    assert "timezone-aware" in info.value.message_en
    assert "unknown field 'comment_extra'" in info.value.message_en


def test_a_blank_approver_slipped_past_validation_is_refused_by_the_guard(
    issue: Any, log: AuditLog
) -> None:
    good = issue.signoff_request(DRAFT).approve(**APPROVER)
    for update in ({"approver": " "}, {"role": "\u200b"}):
        bad = good.model_copy(update=update)  # model_copy does not validate
        with pytest.raises(SignOffRejected) as info:
            issue(DRAFT, signoff=bad)
        assert info.value.reason == "invalid"
        assert "empty" in info.value.message_en
    assert issue.calls == []
    assert outcomes(log)[-1] == ("rejected", "invalid")
    assert issue(DRAFT, signoff=good) == "issued"


# -- checking the output: what cannot be read is not passed as checked (issue 12) ---------------

PHONE_LINE = "Gửi ông Nguyễn Văn An, SĐT 0912345678"


def _guarded(log: AuditLog, result: Any, **options: Any) -> Any:
    @require_human_signoff(action="x", audit=log, policy=Policy(), check_output=True, **options)
    def act(d: str) -> Any:
        return result

    return act("a", signoff=act.signoff_request("a").approve(**APPROVER))  # type: ignore[attr-defined]


def test_a_secret_inside_a_dict_or_list_output_is_blocked(log: AuditLog) -> None:
    with pytest.raises(OutputBlocked):
        _guarded(log, {"title": "Báo cáo", "body": ["TỐI MẬT", "nội dung"]})
    assert outcomes(log)[-1] == ("output_blocked", "check_prompt")


def test_strings_inside_plain_data_are_redacted_in_place(log: AuditLog) -> None:
    out = _guarded(log, {"to": [PHONE_LINE], "n": 3}, output_on_redact="redact")
    assert out["n"] == 3
    assert "0912345678" not in out["to"][0]
    assert "[PHONE_1]" in out["to"][0]
    assert outcomes(log)[-1] == ("output_findings", "redact")


def test_a_model_output_is_checked_and_never_left_unredacted(log: AuditLog) -> None:
    @dataclasses.dataclass
    class Letter:
        body: str

    letter = Letter(PHONE_LINE)
    assert _guarded(log, letter) is letter  # record mode: recorded, returned as it is
    assert outcomes(log)[-1] == ("output_findings", "redact")
    with pytest.raises(OutputBlocked, match="cannot be redacted in place"):
        _guarded(log, letter, output_on_redact="redact")
    with pytest.raises(OutputBlocked, match="cannot be redacted in place"):
        _guarded(log, [letter], output_on_redact="redact")


def test_an_output_that_cannot_be_read_is_blocked_not_passed(log: AuditLog) -> None:
    with pytest.raises(OutputBlocked) as info:
        _guarded(log, PHONE_LINE.encode())
    assert "bytes that cannot be checked" in info.value.message_en
    assert info.value.check is None
    assert outcomes(log)[-1] == ("output_blocked", "unchecked")
    assert _guarded(log, None) is None
    assert _guarded(log, 42) == 42
    assert outcomes(log)[-1] == ("completed", "")


def test_the_policys_log_is_keyed_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A keyed log takes rows from the guard without audit= and from guarded LLM calls when
    AI_GUARD_AUDIT_KEY holds its key; without the key both refuse (nothing runs)."""
    from ai_guard import guard
    from ai_guard.signoff.audit import AUDIT_KEY_ENV

    path = tmp_path / "keyed.sqlite3"
    AuditLog(path, key="khóa đơn vị").append(action="setup", outcome="approved")
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(path))

    def decision() -> Any:  # the guard opens the policy's log at its first call
        @require_human_signoff(action="issue_decision", policy=policy)
        def issue_decision(draft: str) -> str:
            return "issued"

        return issue_decision

    @guard(policy=policy, model="m")
    def ask(prompt: str) -> str:
        return "ok"

    monkeypatch.delenv(AUDIT_KEY_ENV, raising=False)
    with pytest.raises(AuditError):
        ask("Xin chào")
    with pytest.raises(AuditError):
        decision()(DRAFT)
    monkeypatch.setenv(AUDIT_KEY_ENV, "khóa đơn vị")
    assert ask("Xin chào") == "ok"
    issue_decision = decision()
    so = issue_decision.signoff_request(DRAFT).approve(**APPROVER)  # type: ignore[attr-defined]
    assert issue_decision(DRAFT, signoff=so) == "issued"
    log = AuditLog(path, key="khóa đơn vị", create=False)
    assert [r.outcome for r in log.records()] == ["approved", "allow", "approved", "completed"]
    assert log.verify().status == "ok"
    monkeypatch.setenv(AUDIT_KEY_ENV, "another key")
    with pytest.raises(AuditError):
        ask("Xin chào")
