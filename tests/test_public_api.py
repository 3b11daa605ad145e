"""The public face: exact names other code depends on, and a fast import."""

from __future__ import annotations

import subprocess
import sys

import pytest

import ai_guard


def test_all_is_pinned() -> None:
    assert sorted(ai_guard.__all__) == sorted(
        [
            "AiGuardError",
            "AuditError",
            "AuditLog",
            "Category",
            "Decision",
            "Detection",
            "Detector",
            "Document",
            "DocumentClassification",
            "DocumentType",
            "EntityType",
            "Finding",
            "HmacVerifier",
            "InputError",
            "LocalizedText",
            "OutputBlocked",
            "PluginError",
            "Policy",
            "PolicyError",
            "PromptBlocked",
            "PromptCheck",
            "Sensitivity",
            "SignOff",
            "SignOffInvalid",
            "SignOffRejected",
            "SignOffRequest",
            "UnguardedPath",
            "SignOffRequired",
            "Validation",
            "__version__",
            "check_account_email",
            "check_prompt",
            "classify_document",
            "classify_file",
            "guard",
            "human_signoff",
            "require_human_signoff",
            "warm_up",
        ]
    )
    for name in ai_guard.__all__:
        assert getattr(ai_guard, name) is not None


def test_entity_type_values_are_exact() -> None:
    required = {
        "PERSON", "ADDRESS", "CCCD", "CMND", "PASSPORT", "TAX_CODE", "SOCIAL_INSURANCE",
        "HEALTH_INSURANCE", "PHONE", "EMAIL", "GOV_EMAIL", "BANK_ACCOUNT", "LICENSE_PLATE",
        "DATE_OF_BIRTH", "STATE_SECRET_MARK", "CASE_NUMBER", "API_SECRET",
    }  # fmt: skip
    values = {e.value for e in ai_guard.EntityType}
    assert required <= values
    assert {d.value for d in ai_guard.Decision} == {"allow", "redact", "block"}


def test_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        ai_guard.no_such_thing  # noqa: B018


def test_import_is_lazy() -> None:
    """`import ai_guard` must not pull in pydantic, phonenumbers or the detectors (hooks wait
    for it); the heavy modules load on first use."""
    code = (
        "import sys, ai_guard; "
        "print(','.join(m for m in ('pydantic', 'phonenumbers', 'email_validator', "
        "'ai_guard.detectors.registry') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_trusted_findings_equal_validated_ones() -> None:
    from ai_guard.models import Finding, trusted_finding

    result = ai_guard.check_prompt("Ông Nguyễn Văn An, CCCD 001085012345, SĐT 0912 345 678")
    assert len(result.findings) == 3
    for f in result.findings:
        again = Finding.model_validate(f.model_dump(exclude={"reason"}))
        assert again == f
        assert again.model_dump_json() == f.model_dump_json()
        assert repr(again) == repr(f)
    with pytest.raises(TypeError, match="exactly the fields"):
        trusted_finding(entity=ai_guard.EntityType.CCCD)


def test_plugin_cache_can_be_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    from ai_guard.detectors import registry

    registry.reset_cache()
    monkeypatch.setenv("AI_GUARD_DISABLE_PLUGINS", "1")
    assert registry.load_plugins() == ((), ())
    assert registry._plugins == ((), ())
    registry.reset_cache()
    assert registry._plugins is None


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        (
            "ai_guard.policy",
            "ai_guard.prompt.policy",
            ["Policy", "Acknowledgements", "DEFAULT_ACTIONS", "SECRET_MIN_SCORE", "_KEY_SAMPLES"],
        ),
        ("ai_guard.redact", "ai_guard.prompt.redact", ["PLACEHOLDER", "Placeholders", "bracket"]),
        ("ai_guard.repeats", "ai_guard.prompt.repeats", ["BudgetExceeded", "occurrences"]),
        ("ai_guard.prompt", "ai_guard.prompt.engine", ["check_prompt", "detect"]),
        ("ai_guard.prompt", "ai_guard.prompt.engine", ["REDACTION_CHECK"]),
    ],
)
def test_moved_prompt_modules_keep_their_old_paths(old: str, new: str, names: list[str]) -> None:
    """Code written against the flat layout (``from ai_guard.policy import Policy``) still gets
    the very objects of the ``prompt/`` package."""
    from importlib import import_module

    before, after = import_module(old), import_module(new)
    for name in names:
        assert getattr(before, name) is getattr(after, name), name
    assert set(getattr(before, "__all__", ())) >= set(getattr(after, "__all__", ()))


def test_the_policy_loads_without_the_engine() -> None:
    """``ai_guard.prompt`` is a package whose engine (and detectors) load on first use of
    check_prompt: code that only reads a policy does not pay for them."""
    code = (
        "import sys; from ai_guard.policy import Policy; import ai_guard.prompt; "
        "print(','.join(m for m in ('ai_guard.prompt.engine', 'ai_guard.detectors.registry') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_errors_take_vietnamese_then_english_as_keywords() -> None:
    from ai_guard import i18n
    from ai_guard.errors import PolicyError, SignOffRejected, UnguardedPath

    err = PolicyError(vi="sai", en="wrong", key="min_score", source="ai-guard.toml")
    assert (err.message_vi, err.message_en) == (
        "sai (khoá 'min_score' trong ai-guard.toml)",
        "wrong (key 'min_score' in ai-guard.toml)",
    )
    assert err.message("vi") == err.message_vi
    assert err.message() == err.message("en") == err.message_en
    assert str(err) == f"{err.message_en} / {err.message_vi}"
    assert isinstance(err, ValueError)
    assert i18n.error_policy_where(None, None) == ("", "")

    path = UnguardedPath(vi="ảnh", en="an image", path="messages[0]", reason="media")
    assert (path.message_vi, path.message_en) == (
        "messages[0]: ảnh",
        "UnguardedPath: messages[0]: an image",
    )
    assert path.said == ("ảnh", "an image")
    only_en = SignOffRejected(en="expired", action="a", reason="expired")
    assert only_en.message("vi") == only_en.message("en") == "expired"


def test_the_old_english_first_positional_form_still_works() -> None:
    """Deprecated, not removed: ``Error(message_en, message_vi)`` reads the same as the
    keywords, and mixing both forms is refused rather than guessed."""
    from ai_guard.errors import AiGuardError, AuditError, PolicyError, UncheckableArgument

    old = PolicyError("wrong", "sai", key="k")
    assert (old.message_en, old.message_vi) == ("wrong (key 'k')", "sai (khoá 'k')")
    assert str(AiGuardError("only english")) == "only english / only english"
    arg = UncheckableArgument("bytes", "byte", param="p")
    assert (arg.message_en, arg.message_vi, arg.param) == ("bytes", "byte", "p")
    assert AuditError("full", "đầy", path="x").message("vi") == "đầy"
    with pytest.raises(TypeError, match="not both"):
        AiGuardError("wrong", vi="sai")
    with pytest.raises(TypeError, match="en="):
        AiGuardError(vi="sai")


def test_trusted_checks_equal_validated_ones() -> None:
    from ai_guard.models import PromptCheck

    for text in ("Ông Nguyễn Văn An, CCCD 001085012345", "Tài liệu MẬT", "xin chào"):
        result = ai_guard.check_prompt(text)
        again = PromptCheck.model_validate(
            result.model_dump(exclude={"explanation", "findings"}) | {"findings": result.findings}
        )
        again._vault = dict(result._vault)  # the mapping for restore() is private state
        assert again == result
        assert again.model_dump_json() == result.model_dump_json()
        assert result.model_fields_set == set(PromptCheck.model_fields)
        if result.decision.value == "redact":
            assert result.restore(result.redacted_text) == text
