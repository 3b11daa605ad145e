"""check_prompt as an engine: input types, placeholders and restore, no value in any report,
fail-closed behaviour for broken detectors and plugins, NFD input, megabyte inputs."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ai_guard.detectors.registry as registry
from ai_guard import (
    Decision,
    Detection,
    EntityType,
    Finding,
    Policy,
    PromptCheck,
    Validation,
    check_prompt,
)
from ai_guard.testing import strategies

#: Name and address lexicons are being rewritten: keep their detectors out of these tests.
NOT_UNDER_TEST = frozenset({"vn.person", "vn.address"})
POLICY = Policy(disabled_detectors=NOT_UNDER_TEST, load_plugins=False)

KEY = "sk-proj-" + "Q7vX2mLp9RkT4wZb8NcJ1hYf6GdS3aUe5KiO0rWq7PzMx2Vn4Bt8"
SAMPLE = (
    "Ông An, CCCD 001085012345, SĐT 0912 345 678, email an.nguyen@gmail.com, "
    "MST 0314409058, STK 19033456789012 tại Techcombank, biển số 30A-123.45, "
    "sinh ngày 12/03/1985, bản án 01/2024/HS-ST."
)
SAMPLE_VALUES = [
    "001085012345",
    "0912 345 678",
    "an.nguyen@gmail.com",
    "0314409058",
    "19033456789012",
    "30A-123.45",
    "12/03/1985",
    "01/2024/HS-ST",
]


def spans(text: str, result: PromptCheck) -> list[tuple[str, str]]:
    return [(f.entity.value, text[f.start : f.end]) for f in result.findings]


# -- input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "type_name"), [(b"SDT 0912345678", "bytes"), (123, "int"),
                                                  (None, "NoneType"), (["a"], "list")])  # fmt: skip
def test_non_str_raises_type_error_naming_the_type(value, type_name) -> None:
    with pytest.raises(TypeError, match=type_name):
        check_prompt(value)  # type: ignore[arg-type]


def test_empty_string_is_allowed() -> None:
    result = check_prompt("", policy=POLICY)
    assert result.decision is Decision.ALLOW
    assert result.findings == []
    assert result.redacted_text == ""
    assert result.allowed
    assert not result.blocked
    assert result.restore("") == ""


def test_sample_finds_every_value() -> None:
    result = check_prompt(SAMPLE, policy=POLICY)
    assert [v for _, v in spans(SAMPLE, result)] == SAMPLE_VALUES
    assert result.decision is Decision.REDACT


# -- placeholders --------------------------------------------------------------------------


def test_same_value_same_placeholder_different_values_numbered() -> None:
    text = "SĐT 0912 345 678, nhắc lại 0912 345 678; vợ: 0987 654 321"
    result = check_prompt(text, policy=POLICY)
    assert result.redacted_text == "SĐT [PHONE_1], nhắc lại [PHONE_1]; vợ: [PHONE_2]"
    assert [f.placeholder for f in result.findings] == ["[PHONE_1]", "[PHONE_1]", "[PHONE_2]"]
    assert result.placeholders == ["PHONE_1", "PHONE_2"]


def test_placeholders_are_typed_per_entity() -> None:
    result = check_prompt(SAMPLE, policy=POLICY)
    assert result.redacted_text == (
        "Ông An, CCCD [CCCD_1], SĐT [PHONE_1], email [EMAIL_1], "
        "MST [TAX_CODE_1], STK [BANK_ACCOUNT_1] tại Techcombank, biển số [LICENSE_PLATE_1], "
        "sinh ngày [DATE_OF_BIRTH_1], bản án [CASE_NUMBER_1]."
    )


def test_restore_round_trip() -> None:
    result = check_prompt(SAMPLE, policy=POLICY)
    assert result.restore(result.redacted_text) == SAMPLE
    answer = "Đã ghi nhận [PHONE_1] và [EMAIL_1]; CCCD [CCCD_1] hợp lệ."
    assert result.restore(answer) == (
        "Đã ghi nhận 0912 345 678 và an.nguyen@gmail.com; CCCD 001085012345 hợp lệ."
    )


def test_redaction_and_restore_read_the_one_placeholder_format(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Numbering (skipping look-alikes the user wrote) and restoring both go through
    ``redact.PLACEHOLDER``; every placeholder handed out is of that format, and every start of
    one is held back from a stream by ``held_back`` (``PLACEHOLDER_PREFIX``)."""
    import ai_guard.prompt.redact as redact

    real = redact.PLACEHOLDER
    used: list[str] = []

    class Spy:
        def __getattr__(self, name: str) -> object:
            used.append(name)
            return getattr(real, name)

    monkeypatch.setattr(redact, "PLACEHOLDER", Spy())
    text = "Mẫu: [PHONE_1]. " + SAMPLE
    result = check_prompt(text, policy=POLICY)
    assert "finditer" in used  # numbering skipped the user's own [PHONE_1]
    used.clear()
    assert result.restore(result.redacted_text) == text
    assert used == ["sub"]

    keys = {m["key"] for m in real.finditer(result.redacted_text)} - {"PHONE_1"}
    assert keys == set(result.placeholders)
    assert "PHONE_2" in keys  # the user wrote [PHONE_1]
    assert len(keys) == 8
    for f in result.findings:
        assert f.placeholder is not None
        assert real.fullmatch(f.placeholder)
        for i in range(1, len(f.placeholder)):
            head = "… gửi ông " + f.placeholder[:i]
            assert redact.held_back(head) == len("… gửi ông "), head
        assert redact.held_back("… " + f.placeholder) == len("… " + f.placeholder)


def test_restore_leaves_unknown_placeholders_alone() -> None:
    result = check_prompt("SĐT 0912 345 678", policy=POLICY)
    answer = "[PHONE_1] / [PHONE_2] / [EMAIL_1] / [phone_1] / [PHONE_X] / [PHONE_1"
    assert result.restore(answer) == (
        "0912 345 678 / [PHONE_2] / [EMAIL_1] / [phone_1] / [PHONE_X] / [PHONE_1"
    )


def test_restore_rejects_non_str() -> None:
    result = check_prompt("SĐT 0912 345 678", policy=POLICY)
    with pytest.raises(TypeError, match="bytes"):
        result.restore(b"[PHONE_1]")  # type: ignore[arg-type]


def test_existing_placeholder_in_user_text_is_not_reused() -> None:
    text = "Mẫu điền: [PHONE_1]. SĐT thật: 0912 345 678"
    result = check_prompt(text, policy=POLICY)
    assert result.redacted_text == "Mẫu điền: [PHONE_1]. SĐT thật: [PHONE_2]"
    assert result.findings[0].placeholder == "[PHONE_2]"
    # restoring never touches the user's own "[PHONE_1]"
    assert result.restore(result.redacted_text) == text
    assert result.restore("[PHONE_1] [PHONE_2]") == "[PHONE_1] 0912 345 678"


def test_repeated_value_without_cue_is_redacted_too() -> None:
    text = "SĐT 0912345678. Mã tham chiếu a0912345678b"
    result = check_prompt(text, policy=POLICY)
    assert "0912345678" not in result.redacted_text
    assert result.redacted_text == "SĐT [PHONE_1]. Mã tham chiếu a[PHONE_1]b"


# -- no value in any report ----------------------------------------------------------------


def test_reports_never_contain_a_value() -> None:
    text = SAMPLE + f" Khoá {KEY}"
    result = check_prompt(text, policy=POLICY)
    assert result.decision is Decision.BLOCK
    values = [*SAMPLE_VALUES, KEY, "0912345678", "912 345 678"]
    renderings = [
        repr(result),
        str(result),
        result.model_dump_json(),
        json.dumps(result.model_dump(mode="json"), ensure_ascii=False),
        str(result.model_dump()),
        result.explain("vi"),
        result.explain("en"),
        *(repr(f) for f in result.findings),
        *(str(f) for f in result.findings),
        *(f.model_dump_json() for f in result.findings),
        *(str(f.reason) for f in result.findings),
    ]
    for rendering in renderings:
        for value in values:
            assert value not in rendering, (value, rendering[:200])
    # and the JSON is complete enough to act on
    payload = json.loads(result.model_dump_json())
    assert payload["decision"] == "block"
    assert {f["entity"] for f in payload["findings"]} >= {"PHONE", "API_SECRET", "CCCD"}
    assert all("reason" in f and f["reason"]["vi"] and f["reason"]["en"]
               for f in payload["findings"])  # fmt: skip


def test_finding_has_explanation_fields() -> None:
    text = "CCCD 001085012345"
    [f] = check_prompt(text, policy=POLICY).findings
    assert isinstance(f, Finding)
    assert (f.entity, f.start, f.end) == (EntityType.CCCD, 5, 17)
    assert f.detector == "vn.cccd"
    assert f.pattern == "cccd.12_digits"
    assert f.validation is Validation.PASSED
    assert f.validated
    assert f.context == "cccd"
    assert f.base_score < f.score
    assert "vn.cccd" in f.reason.en
    assert "vn.cccd" in f.reason.vi


# -- fail closed ---------------------------------------------------------------------------


@pytest.fixture
def clean_registry(monkeypatch):
    """Detectors registered by a test are forgotten afterwards."""
    monkeypatch.setattr(registry, "_registered", [])
    return registry


@dataclass
class BoomDetector:
    id: str = "test.boom"
    entities: tuple[EntityType, ...] = (EntityType.PHONE,)

    def detect(self, doc):
        raise RuntimeError("boom 0912345678")  # the message must not reach the report


@dataclass
class OutOfBoundsDetector:
    id: str = "test.out_of_bounds"
    entities: tuple[EntityType, ...] = (EntityType.PHONE,)

    def detect(self, doc):
        yield Detection(EntityType.PHONE, 0, len(doc.text) + 5, 0.9, self.id)


@dataclass
class WrongTypeDetector:
    id: str = "test.wrong_type"
    entities: tuple[EntityType, ...] = (EntityType.PHONE,)

    def detect(self, doc):
        yield (0, 1, "PHONE")


@dataclass
class CodeNameDetector:
    id: str = "agency.code_names"
    entities: tuple[EntityType, ...] = (EntityType.DENY_TERM,)

    def detect(self, doc):
        start = doc.text.find("SAO-MAI-7")
        if start >= 0:
            yield Detection(EntityType.DENY_TERM, start, start + 9, 0.9, self.id)


@pytest.mark.parametrize(
    ("detector", "error"),
    [
        (BoomDetector(), "RuntimeError"),
        (OutOfBoundsDetector(), "ValueError"),
        (WrongTypeDetector(), "TypeError"),
    ],
)
def test_failing_detector_blocks(clean_registry, detector, error) -> None:
    clean_registry.register(detector)
    text = "SĐT 0912 345 678"
    result = check_prompt(text, policy=POLICY)
    assert result.decision is Decision.BLOCK
    errors = [f for f in result.findings if f.entity is EntityType.DETECTOR_ERROR]
    assert len(errors) == 1
    assert errors[0].detector == detector.id
    assert errors[0].pattern == error
    assert errors[0].action is Decision.BLOCK
    assert errors[0].placeholder is None
    assert detector.id in errors[0].reason.en
    # the working detectors still ran
    assert ("PHONE", "0912 345 678") in spans(text, result)
    assert "0912345678" not in result.model_dump_json()


@dataclass
class CountingDetector:
    """Counts its calls; ``text_needs`` as the test declares it (absent when None)."""

    id: str = "agency.counting"
    entities: tuple[EntityType, ...] = (EntityType.DENY_TERM,)
    calls: list[str] = field(default_factory=list)

    def detect(self, doc):
        self.calls.append(doc.text)
        start = doc.text.find("SAO-MAI-7")
        if start >= 0:
            yield Detection(EntityType.DENY_TERM, start, start + 9, 0.9, self.id)


class GatedCountingDetector(CountingDetector):
    text_needs = ("SAO-MAI",)


class BadGateDetector(CountingDetector):
    text_needs = "SAO-MAI"  # a string, not a tuple: not a gate the engine can trust


class GatedBoomDetector(BoomDetector):
    text_needs = ("0912",)


def test_plugin_without_a_gate_is_always_called(clean_registry) -> None:
    det = CountingDetector()
    clean_registry.register(det)
    assert check_prompt("ok", policy=POLICY).decision is Decision.ALLOW
    assert check_prompt("Tiến độ SAO-MAI-7", policy=POLICY).decision is not Decision.ALLOW
    assert len(det.calls) >= 2  # (the readings of a text may call it again)


def test_plugin_with_a_gate_is_called_only_where_it_holds(clean_registry) -> None:
    det = GatedCountingDetector()
    clean_registry.register(det)
    assert check_prompt("ok", policy=POLICY).decision is Decision.ALLOW
    assert det.calls == []
    text = "Tiến độ SAO-MAI-7 đạt 80%"
    assert spans(text, check_prompt(text, policy=POLICY)) == [("DENY_TERM", "SAO-MAI-7")]
    assert det.calls


def test_malformed_gate_means_always_called(clean_registry) -> None:
    det = BadGateDetector()
    clean_registry.register(det)
    check_prompt("ok", policy=POLICY)
    assert det.calls


def test_gated_detector_that_raises_still_blocks(clean_registry) -> None:
    clean_registry.register(GatedBoomDetector())
    result = check_prompt("SĐT 0912 345 678", policy=POLICY)
    assert result.decision is Decision.BLOCK
    assert [f.detector for f in result.findings if f.entity is EntityType.DETECTOR_ERROR] == [
        "test.boom"
    ]


def test_registered_detector_runs_and_is_forgotten(clean_registry) -> None:
    clean_registry.register(CodeNameDetector())
    result = check_prompt("Tiến độ SAO-MAI-7 đạt 80%", policy=POLICY)
    assert spans("Tiến độ SAO-MAI-7 đạt 80%", result) == [("DENY_TERM", "SAO-MAI-7")]
    assert result.decision is Decision.BLOCK
    assert registry.registered() == (CodeNameDetector(),)


def test_registered_detector_can_be_disabled_by_policy(clean_registry) -> None:
    clean_registry.register(BoomDetector())
    p = Policy(disabled_detectors=NOT_UNDER_TEST | {"test.boom"}, load_plugins=False)
    assert check_prompt("xin chào", policy=p).decision is Decision.ALLOW


def test_register_rejects_non_detectors(clean_registry) -> None:
    with pytest.raises(TypeError, match="Detector"):
        clean_registry.register(object())  # type: ignore[arg-type]
    assert registry.registered() == ()


def test_registry_is_clean_after_the_tests_above() -> None:
    assert all(not d.id.startswith(("test.", "agency.")) for d in registry.registered())


@dataclass
class FakeEntryPoint:
    name: str
    target: object = None
    error: BaseException | None = None

    def load(self):
        if self.error is not None:
            raise self.error
        return self.target


def test_plugin_that_fails_to_load_is_reported(monkeypatch) -> None:
    monkeypatch.delenv(registry.DISABLE_ENV, raising=False)
    eps = [
        FakeEntryPoint("broken", error=ImportError("no module named agency_plugin")),
        FakeEntryPoint("not_a_detector", target=42),
        FakeEntryPoint("good", target=CodeNameDetector),
    ]
    detectors, failures = registry.load_plugins(entry_points=lambda: eps)
    assert [d.id for d in detectors] == ["agency.code_names"]
    assert failures == (
        registry.PluginFailure("broken", "ImportError"),
        registry.PluginFailure("not_a_detector", "TypeError"),
    )


def test_plugin_failure_blocks_check_prompt(monkeypatch) -> None:
    broken = ((), (registry.PluginFailure("agency_plugin", "ImportError"),))
    monkeypatch.setattr(registry, "_plugins", broken)
    p = Policy(disabled_detectors=NOT_UNDER_TEST)  # plugins on
    result = check_prompt("xin chào", policy=p)
    assert result.decision is Decision.BLOCK
    [f] = result.findings
    assert f.entity is EntityType.DETECTOR_ERROR
    assert f.detector == "agency_plugin"
    assert f.pattern == "ImportError"
    assert (f.start, f.end) == (0, 0)
    assert result.redacted_text == ""  # a failed detector may have missed a value
    # a policy that does not load plugins is not affected
    assert check_prompt("xin chào", policy=POLICY).decision is Decision.ALLOW


def test_loaded_plugin_runs_in_check_prompt(monkeypatch) -> None:
    monkeypatch.setattr(registry, "_plugins", ((CodeNameDetector(),), ()))
    p = Policy(disabled_detectors=NOT_UNDER_TEST)
    result = check_prompt("Dự án SAO-MAI-7", policy=p)
    assert spans("Dự án SAO-MAI-7", result) == [("DENY_TERM", "SAO-MAI-7")]
    p_off = Policy(disabled_detectors=NOT_UNDER_TEST | {"agency.code_names"})
    assert check_prompt("Dự án SAO-MAI-7", policy=p_off).findings == []


@pytest.mark.parametrize("value", ["1", "true", "yes", "all", "*", " TRUE "])
def test_disable_plugins_env_switches_all_off(monkeypatch, value) -> None:
    monkeypatch.setenv(registry.DISABLE_ENV, value)
    called = []

    def eps():
        called.append(True)
        return [FakeEntryPoint("broken", error=ImportError())]

    assert registry.load_plugins(entry_points=eps) == ((), ())
    assert called == []


def test_disable_plugins_env_by_name(monkeypatch) -> None:
    monkeypatch.setenv(registry.DISABLE_ENV, "broken, other")
    eps = [
        FakeEntryPoint("broken", error=ImportError()),
        FakeEntryPoint("other", error=ImportError()),
        FakeEntryPoint("still_broken", error=AttributeError()),
        FakeEntryPoint("good", target=CodeNameDetector()),
    ]
    detectors, failures = registry.load_plugins(entry_points=lambda: eps)
    assert [d.id for d in detectors] == ["agency.code_names"]
    assert failures == (registry.PluginFailure("still_broken", "AttributeError"),)


def test_disable_plugins_env_empty_means_on(monkeypatch) -> None:
    monkeypatch.setenv(registry.DISABLE_ENV, "  ")
    eps = [FakeEntryPoint("broken", error=ImportError())]
    assert registry.load_plugins(entry_points=lambda: eps) == (
        (),
        (registry.PluginFailure("broken", "ImportError"),),
    )


def test_injected_entry_points_do_not_touch_the_cache(monkeypatch) -> None:
    monkeypatch.setattr(registry, "_plugins", None)
    registry.load_plugins(entry_points=lambda: [FakeEntryPoint("broken", error=ImportError())])
    assert registry._plugins is None


# -- NFD input -----------------------------------------------------------------------------


def test_nfd_input_spans_slice_the_original() -> None:
    nfc = (
        "Số điện thoại của ông Đỗ: 0912 345 678.\n"
        "Độ mật: Tối mật.\n"
        "Email: hòa.nguyễn@moj.gov.vn, biển số 29-MĐ1 123.45"
    )
    nfd = unicodedata.normalize("NFD", nfc)
    assert len(nfd) > len(nfc)
    result = check_prompt(nfd, policy=POLICY)
    found = [(f.entity.value, nfd[f.start : f.end]) for f in result.findings]
    expected = [
        ("PHONE", "0912 345 678"),
        ("STATE_SECRET_MARK", unicodedata.normalize("NFD", "Tối mật")),
        ("GOV_EMAIL", unicodedata.normalize("NFD", "hòa.nguyễn@moj.gov.vn")),
        ("LICENSE_PLATE", unicodedata.normalize("NFD", "29-MĐ1 123.45")),
    ]
    assert found == expected
    assert result.decision is Decision.BLOCK


def test_nfd_redaction_and_restore_keep_the_original_form() -> None:
    nfc = "Ông Đỗ, email hòa.nguyễn@gmail.com, SĐT 0912 345 678, ghi chú: đã xác minh"
    nfd = unicodedata.normalize("NFD", nfc)
    result = check_prompt(nfd, policy=POLICY)
    assert result.redacted_text == unicodedata.normalize(
        "NFD", "Ông Đỗ, email [EMAIL_1], SĐT [PHONE_1], ghi chú: đã xác minh"
    )
    assert result.restore(result.redacted_text) == nfd


# -- megabyte inputs -----------------------------------------------------------------------

MB = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(("0123456789 " * (MB // 11 + 1))[:MB], id="digits-and-spaces"),
        pytest.param("." * MB, id="dots"),
        pytest.param(("1." * (MB // 2))[:MB], id="digits-and-dots"),
        pytest.param(("Nguyễn Văn An Hà Nội Tối Mật " * (MB // 29 + 1))[:MB],
                     id="capitalised-words"),
    ],
)  # fmt: skip
def test_megabyte_inputs_complete(text) -> None:
    assert len(text) == MB
    # all built-in detectors, names and addresses included: a catastrophic pattern anywhere
    # would hang here (a detector that raises still completes, as a DETECTOR_ERROR)
    result = check_prompt(text, policy=Policy(load_plugins=False))
    assert isinstance(result, PromptCheck)
    assert all(0 <= f.start <= f.end <= MB for f in result.findings)
    if not result.blocked:
        assert result.restore(result.redacted_text) == text


# -- every occurrence of a redacted value, at any size ---------------------------------------


def _distinct_cccds(n: int) -> list[str]:
    """n distinct valid CCCD numbers: Hà Nội (001), men born in the 20th century."""
    return [f"0010{85 + i % 10:02d}{100000 + i:06d}" for i in range(n)]


def _glued_repeats(values: list[str], size: int) -> str:
    """Each value once after a cue, once glued to letters elsewhere, padded to ``size``."""
    parts = [f"Công dân thứ {i}, CCCD số {v}. " for i, v in enumerate(values)]
    parts += [f"Mã tham chiếu abc{v}xyz; " for v in values]
    body = "".join(parts)
    filler = "Văn bản hành chính thông thường, không có dữ liệu cá nhân. "
    return body + filler * ((size - len(body)) // len(filler) + 1)


@pytest.mark.parametrize(
    ("count", "size"),
    [pytest.param(700, 100_000, id="700-in-100KB"), pytest.param(70, MB, id="70-in-1MB")],
)
def test_glued_repeats_are_redacted_at_any_size(count: int, size: int) -> None:
    values = _distinct_cccds(count)
    text = _glued_repeats(values, size)
    assert len(text) >= size
    result = check_prompt(text, policy=POLICY)
    assert result.decision is Decision.REDACT
    assert [v for v in values if v in result.redacted_text] == []
    assert sum(f.entity is EntityType.CCCD for f in result.findings) == 2 * count
    assert result.restore(result.redacted_text) == text


def _renderings(result: PromptCheck) -> list[str]:
    return [
        repr(result),
        result.model_dump_json(),
        result.explain("vi"),
        result.explain("en"),
        result.redacted_text,
    ]


def test_past_the_repeat_budget_the_prompt_is_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    import ai_guard.prompt.repeats as repeats

    monkeypatch.setattr(repeats, "_STEPS_FLOOR", 0)
    monkeypatch.setattr(repeats, "STEPS_PER_CHAR", 0)
    values = _distinct_cccds(5)
    text = _glued_repeats(values, 2_000)
    result = check_prompt(text, policy=POLICY)
    assert result.decision is Decision.BLOCK
    failure = result.findings[0]
    assert (failure.entity, failure.detector, failure.pattern) == (
        EntityType.DETECTOR_ERROR,
        "ai_guard.redaction",
        "repeat_budget",
    )
    assert result.redacted_text == ""
    assert result.placeholders == []
    assert "hạn mức tìm lặp lại" in result.explain("vi")
    assert "repeat-search budget" in result.explain("en")
    for rendering in _renderings(result):
        assert not [v for v in values if v in rendering]


def test_a_value_left_behind_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The final invariant catches a propagation that missed an occurrence (simulated)."""
    import ai_guard.prompt.engine as engine

    monkeypatch.setattr(engine, "_propagate", lambda located, *_: located)
    values = _distinct_cccds(3)
    result = check_prompt(_glued_repeats(values, 500), policy=POLICY)
    assert result.decision is Decision.BLOCK
    assert (result.findings[0].detector, result.findings[0].pattern) == (
        "ai_guard.redaction",
        "value_left",
    )
    assert "kiểm tra cuối cùng" in result.explain("vi")
    assert "final check" in result.explain("en")
    for rendering in _renderings(result):
        assert not [v for v in values if v in rendering]


def test_an_allowed_finding_gives_way_to_a_redacted_value_inside_it() -> None:
    policy = Policy(
        disabled_detectors=NOT_UNDER_TEST, load_plugins=False, actions={"EMAIL": "allow"}
    )
    text = "CCCD 001085012345; thư 001085012345@gmail.com; thư khác an@gmail.com"
    result = check_prompt(text, policy=policy)
    assert result.decision is Decision.REDACT
    assert result.redacted_text == ("CCCD [CCCD_1]; thư [CCCD_1]@gmail.com; thư khác an@gmail.com")
    assert [(f.entity, f.action) for f in result.findings] == [
        (EntityType.CCCD, Decision.REDACT),
        (EntityType.CCCD, Decision.REDACT),
        (EntityType.EMAIL, Decision.ALLOW),
    ]


# -- partial redaction is a leak (issue 14) --------------------------------------------------------

# one separator between groups, as number tokens read them (a double space splits a number
# in two tokens: a known limit, only the BHYT card's own pattern reads it)
_SEPARATORS = (" ", ".", "-", "\u00a0", "\u200b", "\u2009", "\u00ad")
_CUED_IDENTIFIERS = {
    "CCCD": "Số CCCD: {} cấp ngày 10/10/2021",
    "phone": "SĐT liên hệ {} (gọi giờ hành chính)",
    "tax": "Mã số thuế {} của hộ kinh doanh",
    "bhxh": "Mã số BHXH: {} đã chốt sổ",
    "bhyt": "Mã thẻ BHYT {} còn hạn đến 2026",
    "cmnd": "CMND số {} do CA Hà Nội cấp",
}


@st.composite
def _spaced_identifiers(draw: st.DrawFn) -> tuple[str, int, int]:
    """A cued prompt with an identifier whose characters are regrouped by random separators;
    returns (prompt, start, end) of the identifier."""
    family = draw(st.sampled_from(sorted(_CUED_IDENTIFIERS)))
    template = _CUED_IDENTIFIERS[family]
    if family == "CCCD":
        value = draw(strategies.cccd_numbers())
    elif family == "phone":
        value = re.sub(r"\D", "", draw(strategies.phone_numbers(kind="mobile")))
        value = value if value.startswith("0") else "0" + value[2:]
    elif family == "tax":
        value = draw(strategies.tax_codes(digits=10))
    elif family == "bhxh":
        value = draw(strategies.social_insurance_numbers())
    elif family == "bhyt":
        value = draw(strategies.health_insurance_numbers())
        # the card as typed: letters in either case, or without its group code
        value = draw(st.sampled_from([value, value.lower(), value[2:]]))
    else:
        value = draw(strategies.cmnd_numbers())
    # cut the value into groups of at least two characters
    cuts = sorted(draw(st.sets(st.integers(2, len(value) - 2), max_size=4)))
    cuts = [c for i, c in enumerate(cuts) if i == 0 or c - cuts[i - 1] >= 2]
    sep = draw(st.sampled_from(_SEPARATORS))
    pieces = [value[a:b] for a, b in zip([0, *cuts], [*cuts, len(value)], strict=True)]
    spaced = sep.join(pieces)
    prefix, _, suffix = template.partition("{}")
    return prefix + spaced + suffix, len(prefix), len(prefix) + len(spaced)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_spaced_identifiers())
def test_a_detected_identifier_is_redacted_whole(case: tuple[str, int, int]) -> None:
    text, start, end = case
    result = check_prompt(text, policy=POLICY)
    redacted = [f for f in result.findings if f.placeholder is not None]
    touching = [f for f in redacted if f.start < end and start < f.end]
    if not touching:
        return  # not detected at all: recall is measured elsewhere
    covered: set[int] = set()
    for f in redacted:
        covered.update(range(f.start, f.end))
    visible = "".join(c for i, c in enumerate(text[start:end], start) if i not in covered)
    assert not any(c.isalnum() for c in visible), (text, result.redacted_text)
    # and, as the issue states it: no run of 3+ digits of the value next to its placeholder
    assert not re.search(r"\]\W?\d{3}|\d{3}\W?\[", result.redacted_text or ""), (
        text,
        result.redacted_text,
    )


def test_overlap_resolution_never_leaves_the_digits_of_a_loser_visible() -> None:
    from ai_guard.prompt.engine import _resolve

    text = "Tôi ở 12 Nguyễn Trãi, Thanh Xuân"
    address = Detection(EntityType.ADDRESS, 6, 32, 0.85, "vn.address")
    name = Detection(EntityType.PERSON, 9, 20, 0.9, "vn.person")
    kept = _resolve([address, name], text)
    # the name wins, and grows over the house number and the rest the address held
    assert [(d.entity, text[d.start : d.end]) for d in kept] == [
        (EntityType.PERSON, "12 Nguyễn Trãi, Thanh Xuân")
    ]
    # a loser whose visible rest holds no digit is simply dropped, as before
    words = Detection(EntityType.ADDRESS, 9, 32, 0.85, "vn.address")
    assert [text[d.start : d.end] for d in _resolve([words, name], text)] == ["Nguyễn Trãi"]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        # a bank account's cue "TK" glued to a Japanese passport's digits took them and left
        # the letters visible under the wrong type
        ("Ông Sato (hộ chiếu TK4419285) đang thuê nhà", "TK4419285", "PASSPORT"),
        ("passport TK5520731, quốc tịch Nhật Bản", "TK5520731", "PASSPORT"),
    ],
)
def test_a_value_is_never_cut_inside_a_word_when_a_detector_holds_it_whole(
    text: str, value: str, entity: str
) -> None:
    result = check_prompt(text)
    found = [(str(f.entity), text[f.start : f.end]) for f in result.findings]
    assert (entity, value) in found
    assert value not in result.redacted_text
    assert value[:2] + "[" not in result.redacted_text


def test_a_glued_flag_still_gives_its_password() -> None:
    # a detection that cuts a word and that nothing holds whole is kept (mysql's -pSECRET)
    text = "mysql -u backup -pQx#2031mota qlvb"
    found = [text[f.start : f.end] for f in check_prompt(text).findings]
    assert "Qx#2031mota" in found


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("ở số 12 ngõ 5 Trần Phú, phường Ba Đình, Hà Nội", "Found an address"),
        ("email cá nhân lan.nguyen@gmail.com", "Found an e-mail address"),
        ("gọi 0912 345 678 nhé", "Found a phone number"),
    ],
)
def test_reasons_in_english_take_the_right_article(text: str, start: str) -> None:
    reasons = [f.reason.en for f in check_prompt(text).findings]
    assert any(r.startswith(start) for r in reasons), reasons


def _propagated_as_before(
    located: list[Detection],
    to_redact: list[Detection],
    values: dict[str, Detection],
    found: list[tuple[int, str]],
) -> list[Detection]:
    """The repeat propagation as it was written before mem28 (a key tuple for each occurrence,
    a set of the ids to redact, a replaced detection for each repeat): the reference the
    engine's leaner one must equal."""
    from bisect import bisect_left
    from dataclasses import replace

    if not found:
        return located
    starts = [d.start for d in to_redact]
    ends = [d.end for d in to_redact]
    repeats: list[Detection] = []
    for pos, value in sorted(found, key=lambda pv: (-len(pv[1]), pv[0])):
        end = pos + len(value)
        i = bisect_left(starts, end)
        if (i > 0 and ends[i - 1] > pos) or (i < len(starts) and starts[i] < end):
            continue
        starts.insert(i, pos)
        ends.insert(i, end)
        src = values[value]
        pattern = f"{src.pattern}.repeat" if src.pattern else "repeat"
        repeats.append(replace(src, start=pos, end=end, pattern=pattern))
    if not repeats:
        return located
    repeats.sort(key=lambda d: d.start)
    rep_starts = [d.start for d in repeats]
    rep_ends = [d.end for d in repeats]
    redacted = {id(d) for d in to_redact}

    def overlaps(d: Detection) -> bool:
        i = bisect_left(rep_starts, d.end)
        return i > 0 and rep_ends[i - 1] > d.start

    kept = [d for d in located if id(d) in redacted or not overlaps(d)]
    return sorted(kept + repeats, key=lambda d: d.start)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab ", min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.booleans(), st.booleans())),
)
def test_repeats_propagate_as_the_reference_does(
    text: str, picks: list[tuple[int, int, bool, bool]]
) -> None:
    """Every occurrence of a redacted value outside the findings claims its span longest
    first, then leftmost; an allowed finding it overlaps gives way, a redacted one stays; the
    result is sorted by start, the findings kept as they were (the same objects)."""
    from ai_guard.prompt.engine import _MIN_REPEAT, _propagate

    located: list[Detection] = []
    taken = 0
    for start, length, redact, pattern in sorted(picks):
        end = min(start + length, len(text))
        if start < taken or start >= end:
            continue
        entity = EntityType.PHONE if redact else EntityType.EMAIL
        located.append(Detection(entity, start, end, 0.9, "t", "p" if pattern else ""))
        taken = end
    to_redact = [d for d in located if d.entity is EntityType.PHONE]
    values: dict[str, Detection] = {}
    for d in to_redact:
        if d.end - d.start >= _MIN_REPEAT:
            values.setdefault(text[d.start : d.end], d)
    masked = list(text)
    for d in to_redact:
        masked[d.start : d.end] = "\x00" * (d.end - d.start)
    view = "".join(masked)
    found = sorted((pos, v) for v in values for pos in range(len(view)) if view.startswith(v, pos))
    expected = _propagated_as_before(list(located), to_redact, values, list(found))
    got = _propagate(list(located), to_redact, values, list(found))
    assert [(d.start, d.end, d.entity, d.pattern) for d in got] == [
        (d.start, d.end, d.entity, d.pattern) for d in expected
    ]
    held = {id(d) for d in located}
    assert [id(d) for d in got if id(d) in held] == [id(d) for d in expected if id(d) in held]


@pytest.mark.parametrize("invisible", ["", "\u200b", "\u00ad\u200b"])
def test_a_public_role_holds_where_invisible_characters_move_the_offsets(invisible: str) -> None:
    """A name kept visible in its role stays so when characters the reading takes out stand
    before it (its detection is moved to the caller's offsets, its role with it); a private
    name beside it is still redacted there."""
    text = (
        f"Th{invisible}eo lời Chủ tịch nước Võ Văn Thưởng, anh Nguyễn Văn Bình, CCCD 001099012345"
    )
    result = check_prompt(text)
    by_value = {text[f.start : f.end]: f.action for f in result.findings}
    assert by_value.get("Võ Văn Thưởng") is Decision.ALLOW
    assert by_value.get("Nguyễn Văn Bình") is Decision.REDACT
    assert "Võ Văn Thưởng" in result.redacted_text
    assert "Nguyễn Văn Bình" not in result.redacted_text
    assert "001099012345" not in result.redacted_text
