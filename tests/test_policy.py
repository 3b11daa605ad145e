"""Policy: default actions, overrides, thresholds, allow/deny lists, and policy files whose
mistakes are errors naming the key and the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, Policy, PolicyError, check_prompt
from ai_guard.prompt.policy import DEFAULT_ACTIONS

#: Name and address lexicons are being rewritten: keep their detectors out of these tests.
NOT_UNDER_TEST = frozenset({"vn.person", "vn.address"})


def policy(**kw) -> Policy:
    kw.setdefault("disabled_detectors", NOT_UNDER_TEST)
    kw.setdefault("load_plugins", False)
    return Policy(**kw)


def spans(text: str, result) -> list[tuple[str, str]]:
    return [(f.entity.value, text[f.start : f.end]) for f in result.findings]


# -- defaults ------------------------------------------------------------------------------


def test_default_actions() -> None:
    p = Policy()
    blocking = {EntityType.STATE_SECRET_MARK, EntityType.API_SECRET, EntityType.DENY_TERM,
                EntityType.DETECTOR_ERROR, EntityType.INTERNAL_MARK}  # fmt: skip
    for entity in EntityType:
        expected = Decision.BLOCK if entity in blocking else Decision.REDACT
        assert p.action_for(entity) is expected, entity
    assert DEFAULT_ACTIONS[EntityType.PHONE] is Decision.REDACT
    assert p.min_score == 0.5
    assert p.allow_values == frozenset()
    assert p.deny_terms == ()
    assert p.load_plugins is True


def test_default_decisions_end_to_end() -> None:
    p = policy()
    assert check_prompt("SĐT 0912 345 678", policy=p).decision is Decision.REDACT
    assert check_prompt("TỐI MẬT\nBáo cáo", policy=p).decision is Decision.BLOCK
    key = "sk-proj-" + "Ab3dEf7hIj1kLm9nOp2qRs4tUv6wXy8zAb3dEf7hIj1kLm9n"
    assert check_prompt(f"key {key}", policy=p).decision is Decision.BLOCK
    assert check_prompt("Xin chào", policy=p).decision is Decision.ALLOW


def test_policy_is_frozen() -> None:
    p = Policy()
    with pytest.raises(ValueError, match="frozen"):
        p.min_score = 0.1  # type: ignore[misc]


# -- overriding actions --------------------------------------------------------------------


def test_allow_email_keeps_the_finding_without_placeholder() -> None:
    text = "Email: an.nguyen@gmail.com"
    result = check_prompt(text, policy=policy(actions={"EMAIL": "allow"}))
    assert result.decision is Decision.ALLOW
    assert spans(text, result) == [("EMAIL", "an.nguyen@gmail.com")]
    f = result.findings[0]
    assert f.action is Decision.ALLOW
    assert f.placeholder is None
    assert result.redacted_text == text
    assert result.placeholders == []


def test_allow_one_entity_still_redacts_others() -> None:
    text = "Email: an.nguyen@gmail.com, SĐT 0912 345 678"
    result = check_prompt(text, policy=policy(actions={"EMAIL": "allow"}))
    assert result.decision is Decision.REDACT
    assert result.redacted_text == "Email: an.nguyen@gmail.com, SĐT [PHONE_1]"


def test_block_an_entity() -> None:
    result = check_prompt("SĐT 0912 345 678", policy=policy(actions={"PHONE": "block"}))
    assert result.decision is Decision.BLOCK
    assert result.findings[0].action is Decision.BLOCK


def test_action_keys_and_values_are_case_insensitive() -> None:
    p = Policy.from_mapping({"actions": {"email": "ALLOW", EntityType.PHONE: "Block"}})
    assert p.action_for(EntityType.EMAIL) is Decision.ALLOW
    assert p.action_for(EntityType.PHONE) is Decision.BLOCK
    # entities not named keep their defaults
    assert p.action_for(EntityType.CCCD) is Decision.REDACT
    assert p.action_for(EntityType.API_SECRET) is Decision.BLOCK


def test_state_secret_may_not_be_overridden_silently_by_other_keys() -> None:
    p = Policy.from_mapping({"actions": {"EMAIL": "allow"}})
    assert p.action_for(EntityType.STATE_SECRET_MARK) is Decision.BLOCK


# -- min_score -----------------------------------------------------------------------------


def test_min_score_drops_weaker_findings() -> None:
    bare = "Người khai: 001085012345"  # valid CCCD without a cue: 0.8
    cued = "CCCD 001085012345"  # with a cue: 0.97
    assert spans(bare, check_prompt(bare, policy=policy())) == [("CCCD", "001085012345")]
    strict = policy(min_score=0.9)
    assert check_prompt(bare, policy=strict).findings == []
    assert check_prompt(bare, policy=strict).decision is Decision.ALLOW
    assert spans(cued, check_prompt(cued, policy=strict)) == [("CCCD", "001085012345")]


def test_min_score_zero_reports_weak_candidates_too() -> None:
    text = "Số CCCD: 003085012345"  # invalid province, cued: 0.6
    assert check_prompt(text, policy=policy(min_score=0.61)).findings == []
    assert spans(text, check_prompt(text, policy=policy(min_score=0.0))) == [
        ("CCCD", "003085012345")
    ]


# -- allow_values / allow_patterns ---------------------------------------------------------


def test_allow_values_exempts_the_agency_number() -> None:
    # (after "đường dây nóng" a landline is taken for the agency's anyway: not here)
    text = "Số của Cục: 024 3825 1234; cán bộ trực: 0912 345 678"
    base = check_prompt(text, policy=policy())
    assert ("PHONE", "024 3825 1234") in spans(text, base)
    p = policy(allow_values=frozenset({"024 3825 1234"}))
    result = check_prompt(text, policy=p)
    assert spans(text, result) == [("PHONE", "0912 345 678")]
    assert result.redacted_text == ("Số của Cục: 024 3825 1234; cán bộ trực: [PHONE_1]")


def test_allow_values_ignore_formatting_but_not_digits() -> None:
    p = policy(allow_values=frozenset({"024 3825 1234"}))
    for written in ("024.3825.1234", "02438251234", "(024) 3825 1234"):
        text = f"ĐT cơ quan: {written}"
        assert len(check_prompt(text, policy=policy()).findings) == 1, written
        assert check_prompt(text, policy=p).findings == [], written
    other = "ĐT cơ quan: 024 3825 1235"
    assert spans(other, check_prompt(other, policy=p)) == [("PHONE", "024 3825 1235")]


def test_allow_values_compare_case_insensitively() -> None:
    p = policy(allow_values=frozenset({"VanThu@Example.com"}))
    assert check_prompt("Gửi vanthu@example.com", policy=p).findings == []


def test_allow_patterns_match_the_whole_value() -> None:
    text = "Gửi an@example.vn và binh@gmail.com"
    p = policy(allow_patterns=(r"^.*@example\.vn$",))
    assert spans(text, check_prompt(text, policy=p)) == [("EMAIL", "binh@gmail.com")]
    # a pattern that matches only part of the value does not allow it
    partial = policy(allow_patterns=(r"example",))
    assert len(check_prompt(text, policy=partial).findings) == 2


# -- deny_terms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo tiến độ Dự án Sao Mai quý III",
        "bao cao tien do du an sao mai quy III",
        "BÁO CÁO DỰ ÁN SAO MAI",
        "Dự án  Sao\nMai",
    ],
)
def test_deny_terms_block_with_and_without_diacritics(text) -> None:
    result = check_prompt(text, policy=policy(deny_terms=("Dự án Sao Mai",)))
    assert result.decision is Decision.BLOCK
    [f] = result.findings
    assert f.entity is EntityType.DENY_TERM
    assert f.action is Decision.BLOCK
    assert " ".join(text[f.start : f.end].split()).lower() in {"dự án sao mai", "du an sao mai"}


def test_deny_terms_respect_word_boundaries() -> None:
    p = policy(deny_terms=("Sao Mai",))
    assert check_prompt("Khách sạn Sao Maison", policy=p).decision is Decision.ALLOW
    assert check_prompt("dự án sao mai", policy=p).decision is Decision.BLOCK


def test_empty_deny_term_is_rejected() -> None:
    with pytest.raises(PolicyError, match="deny_terms"):
        Policy.from_mapping({"deny_terms": ["  "]})


# -- disabled_detectors --------------------------------------------------------------------


def test_disabled_detectors() -> None:
    text = "SĐT 0912 345 678, email an@gmail.com"
    on = check_prompt(text, policy=policy())
    assert {f.entity for f in on.findings} == {EntityType.PHONE, EntityType.EMAIL}
    off = check_prompt(text, policy=policy(disabled_detectors=NOT_UNDER_TEST | {"vn.phone"}))
    assert spans(text, off) == [("EMAIL", "an@gmail.com")]


# -- policy files --------------------------------------------------------------------------


BAD_POLICIES = [
    pytest.param("min_scor = 0.5\n", "min_scor", id="unknown-key"),
    pytest.param('[actions]\nEMAILS = "allow"\n', "EMAILS", id="unknown-entity"),
    pytest.param('[actions]\nEMAIL = "hide"\n', "actions.EMAIL", id="bad-action"),
    pytest.param("allow_patterns = ['([a-z']\n", "allow_patterns", id="bad-regex"),
    pytest.param("min_score = 2\n", "min_score", id="min-score-2"),
    pytest.param("min_score = -0.1\n", "min_score", id="min-score-negative"),
    pytest.param('[actions]\nDETECTOR_ERROR = "allow"\n', "DETECTOR_ERROR",
                 id="detector-error-allow"),
    pytest.param('allow_values = "1900 1234"\n', "allow_values", id="string-not-list"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "key"), BAD_POLICIES)
def test_invalid_policy_file_names_key_and_file(tmp_path: Path, body: str, key: str) -> None:
    path = tmp_path / "ai-guard.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        Policy.from_file(path)
    err = info.value
    assert isinstance(err, ValueError)
    assert key in str(err)
    assert str(path) in str(err)
    assert err.source == str(path)
    assert err.code == "AIG-E100"
    assert key in err.message("en")
    assert key in err.message("vi")


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ai-guard.toml"
    path.write_text("min_score = = 2\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="TOML") as info:
        Policy.from_file(path)
    assert str(path) in str(info.value)
    assert info.value.key is None


def test_error_location_without_key_is_well_formed(tmp_path: Path) -> None:
    path = tmp_path / "ai-guard.toml"
    path.write_text("min_score = = 2\n", encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        Policy.from_file(path)
    assert f"(in {path})" in info.value.message("en")


def test_policy_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "ai-guard.toml"
    path.write_bytes(b"deny_terms = ['\xff\xfe']\n")
    with pytest.raises(PolicyError, match="UTF-8") as info:
        Policy.from_file(path)
    assert str(path) in str(info.value)


def test_missing_policy_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(PolicyError) as info:
        Policy.from_file(path)
    assert str(path) in str(info.value)
    # the message is the file and "not found" in each language, not the OS's English words
    assert info.value.message("en") == f"policy file not found (in {path})"
    assert info.value.message("vi") == f"không tìm thấy tệp chính sách (trong {path})"


def test_ai_guard_toml_top_level(tmp_path: Path) -> None:
    path = tmp_path / "ai-guard.toml"
    path.write_text(
        "min_score = 0.7\n"
        'allow_values = ["1900 1234"]\n'
        "allow-patterns = ['^.*@example\\.vn$']\n"
        'deny_terms = ["Dự án Sao Mai"]\n'
        'disabled_detectors = ["vn.license_plate"]\n'
        "[actions]\n"
        'EMAIL = "allow"\n',
        encoding="utf-8",
    )
    p = Policy.from_file(path)
    assert p.min_score == 0.7
    assert p.allow_values == frozenset({"1900 1234"})
    assert p.allow_patterns == (r"^.*@example\.vn$",)
    assert p.deny_terms == ("Dự án Sao Mai",)
    assert p.disabled_detectors == frozenset({"vn.license_plate"})
    assert p.action_for(EntityType.EMAIL) is Decision.ALLOW
    assert p.action_for(EntityType.PHONE) is Decision.REDACT


def test_pyproject_tool_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[project]\nname = "x"\n\n[tool.ai-guard]\nmin_score = 0.8\n'
        'deny_terms = ["Sao Mai"]\n\n[tool.ai-guard.actions]\nPHONE = "block"\n',
        encoding="utf-8",
    )
    p = Policy.from_file(path)
    assert p.min_score == 0.8
    assert p.deny_terms == ("Sao Mai",)
    assert p.action_for(EntityType.PHONE) is Decision.BLOCK


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.ai-guard]\nbogus = 1\n", encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        Policy.from_file(path)
    assert "bogus" in str(info.value)
    assert f"{path} [tool.ai-guard]" in str(info.value)


def test_pyproject_without_table_is_default(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert Policy.from_file(path) == Policy()


# -- discovery -----------------------------------------------------------------------------


def test_discover_walks_up_to_ai_guard_toml(tmp_path: Path) -> None:
    (tmp_path / "ai-guard.toml").write_text("min_score = 0.66\n", encoding="utf-8")
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    assert Policy.discover(deep).min_score == 0.66


def test_discover_finds_pyproject_and_skips_unrelated_ones(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.ai-guard]\nmin_score = 0.77\n", encoding="utf-8"
    )
    sub = tmp_path / "pkg"
    sub.mkdir()
    # a nearer pyproject.toml without [tool.ai-guard] does not stop the walk
    (sub / "pyproject.toml").write_text('[project]\nname = "pkg"\n', encoding="utf-8")
    (sub / "src").mkdir()
    assert Policy.discover(sub / "src").min_score == 0.77


def test_discover_prefers_ai_guard_toml_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.ai-guard]\nmin_score = 0.77\n", encoding="utf-8"
    )
    (tmp_path / "ai-guard.toml").write_text("min_score = 0.55\n", encoding="utf-8")
    assert Policy.discover(tmp_path).min_score == 0.55


def test_discover_nearest_wins(tmp_path: Path) -> None:
    (tmp_path / "ai-guard.toml").write_text("min_score = 0.6\n", encoding="utf-8")
    sub = tmp_path / "team"
    sub.mkdir()
    (sub / "ai-guard.toml").write_text("min_score = 0.9\n", encoding="utf-8")
    assert Policy.discover(sub).min_score == 0.9
    assert Policy.discover(tmp_path).min_score == 0.6


def test_discover_uses_cwd_and_reports_broken_files(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "ai-guard.toml").write_text("min_score = 0.61\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert Policy.discover().min_score == 0.61
    (tmp_path / "ai-guard.toml").write_text("nonsense = true\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="nonsense"):
        Policy.discover()


def test_discover_broken_pyproject_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.ai-guard\n", encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        Policy.discover(tmp_path)
    assert "pyproject.toml" in str(info.value)


# -- the floor for state secrets and keys (issue 12) -----------------------------------------

ACK = "Mô hình chạy nội bộ tại Sở TP Hà Nội, phê duyệt theo quyết định 12/QĐ-STP"
KEY = "sk-proj-" + "Ab3dEf7hIj1kLm9nOp2qRs4tUv6wXy8zAb3dEf7hIj1kLm9n"

#: (id, policy keywords, TOML lines, the setting the refusal names, its detail)
WEAKER = [
    ("mark-allow", {"actions": {"STATE_SECRET_MARK": "allow"}},
     '[actions]\nSTATE_SECRET_MARK = "allow"\n', "actions.STATE_SECRET_MARK", "allow"),
    ("mark-redact", {"actions": {"STATE_SECRET_MARK": "redact"}},
     '[actions]\nSTATE_SECRET_MARK = "redact"\n', "actions.STATE_SECRET_MARK", "redact"),
    ("key-allow", {"actions": {"API_SECRET": "allow"}},
     '[actions]\nAPI_SECRET = "allow"\n', "actions.API_SECRET", "allow"),
    ("key-redact", {"actions": {"API_SECRET": "redact"}},
     '[actions]\nAPI_SECRET = "redact"\n', "actions.API_SECRET", "redact"),
    ("secrecy-off", {"disabled_detectors": NOT_UNDER_TEST | {"vn.secrecy_mark"}},
     'disabled_detectors = ["vn.person", "vn.address", "vn.secrecy_mark"]\n',
     "disabled_detectors", "vn.secrecy_mark"),
    ("keys-off", {"disabled_detectors": NOT_UNDER_TEST | {"vn.api_secret"}},
     'disabled_detectors = ["vn.person", "vn.address", "vn.api_secret"]\n',
     "disabled_detectors", "vn.api_secret"),
    ("allow-value-mark", {"allow_values": frozenset({"tối mật"})},
     'allow_values = ["tối mật"]\n', "allow_values", "tối mật"),
    ("allow-everything", {"allow_patterns": (".*",)},
     "allow_patterns = ['.*']\n", "allow_patterns", ".*"),
    ("allow-marks", {"allow_patterns": ("(?i)t[oố]i m[aậ]t",)},
     "allow_patterns = ['(?i)t[oố]i m[aậ]t']\n", "allow_patterns", "(?i)t[oố]i m[aậ]t"),
    ("allow-openai-keys", {"allow_patterns": (r"sk-\S+",)},
     "allow_patterns = ['sk-\\S+']\n", "allow_patterns", r"sk-\S+"),
]  # fmt: skip
WEAKER_IDS = [w[0] for w in WEAKER]


@pytest.mark.parametrize(("_id", "kwargs", "toml", "setting", "detail"), WEAKER, ids=WEAKER_IDS)
def test_weaker_secret_protection_is_refused_without_acknowledgement(
    _id: str, kwargs: dict, toml: str, setting: str, detail: str, tmp_path: Path
) -> None:
    with pytest.raises(PolicyError) as info:
        policy(**kwargs)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.code == "AIG-E100"
    assert err.key == setting
    for message in (err.message_en, err.message_vi):
        assert setting in message
        assert detail in message
        assert "117/2025/QH15" in message
    assert "weaker_secret_protection" in err.message_en
    assert "bí mật nhà nước" in err.message_vi

    path = tmp_path / "ai-guard.toml"
    path.write_text("load_plugins = false\n" + toml, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        Policy.from_file(path)
    assert info.value.key == setting
    assert str(path) in str(info.value)
    with pytest.raises(PolicyError):
        Policy.discover(tmp_path)


@pytest.mark.parametrize(("_id", "kwargs", "toml", "setting", "detail"), WEAKER, ids=WEAKER_IDS)
def test_weaker_secret_protection_is_accepted_with_acknowledgement_and_shown(
    _id: str, kwargs: dict, toml: str, setting: str, detail: str, tmp_path: Path
) -> None:
    in_python = policy(**kwargs, acknowledge={"weaker_secret_protection": ACK})
    path = tmp_path / "pyproject.toml"
    path.write_text(
        "[tool.ai-guard]\nload_plugins = false\n"
        + "".join(
            f"[tool.ai-guard.{line[1:]}" if line.startswith("[") else line
            for line in toml.splitlines(keepends=True)
        )
        + f'[tool.ai-guard.acknowledge]\nweaker_secret_protection = "{ACK}"\n',
        encoding="utf-8",
    )
    for p in (in_python, Policy.from_file(path), Policy.discover(tmp_path)):
        [waiver] = p.waivers
        assert (waiver.setting, waiver.detail) == (setting, detail)
        assert (waiver.acknowledgement, waiver.statement) == ("weaker_secret_protection", ACK)
        result = check_prompt("Báo cáo tuần, không có gì đặc biệt.", policy=p)
        assert result.policy_waivers == [waiver]
        for lang in ("vi", "en"):
            report = result.explain(lang)
            assert ACK in report
            assert f"{setting} " in report or f"{setting})" in report
            assert detail in report
        assert "nới lỏng" in result.explain("vi")
        assert "weakens" in result.explain("en")
        dumped = json.loads(result.model_dump_json())
        assert dumped["policy_waivers"][0]["statement"] == ACK
        assert dumped["policy_waivers"][0]["reason"]["vi"]


def test_an_acknowledged_policy_does_what_it_says() -> None:
    p = policy(actions={"STATE_SECRET_MARK": "redact"},
               acknowledge={"weaker_secret_protection": ACK})  # fmt: skip
    result = check_prompt("TỐI MẬT\nBáo cáo", policy=p)
    assert result.decision is Decision.REDACT
    assert result.redacted_text == "[STATE_SECRET_MARK_1]\nBáo cáo"
    assert [w.setting for w in result.policy_waivers] == ["actions.STATE_SECRET_MARK"]


def test_a_default_policy_carries_no_waiver() -> None:
    assert Policy().waivers == ()
    result = check_prompt("Xin chào", policy=policy())
    assert result.policy_waivers == []
    assert "nới lỏng" not in result.explain("vi")
    # the README's own example allow-lists weaken nothing
    p = policy(allow_values=frozenset({"1900 1234"}), allow_patterns=(r"^.*@example\.vn$",),
               actions={"EMAIL": "allow", "DENY_TERM": "redact"})  # fmt: skip
    assert p.waivers == ()


def test_an_unused_acknowledgement_is_accepted_and_not_recorded() -> None:
    p = policy(acknowledge={"weaker_secret_protection": ACK})
    assert p.waivers == ()
    assert check_prompt("Xin chào", policy=p).policy_waivers == []


@pytest.mark.parametrize(
    "statement",
    [True, 1, "", "   ", "yes", "approved", "ok ok ok", "12/2025 01 02 03 04"],
    ids=["true", "one", "empty", "blank", "yes", "one-word", "too-short", "no-letters"],
)
def test_an_acknowledgement_must_be_a_statement(statement: object, tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        Policy.from_mapping(
            {
                "actions": {"STATE_SECRET_MARK": "allow"},
                "acknowledge": {"weaker_secret_protection": statement},
            }
        )
    assert info.value.key == "acknowledge.weaker_secret_protection"
    path = tmp_path / "ai-guard.toml"
    path.write_text(
        '[actions]\nAPI_SECRET = "allow"\n[acknowledge]\nweaker_secret_protection = true\n',
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match="weaker_secret_protection"):
        Policy.from_file(path)


def test_an_unknown_acknowledgement_is_an_error() -> None:
    with pytest.raises(PolicyError) as info:
        Policy.from_mapping({"acknowledge": {"weaker_secrets_protection": ACK}})
    assert info.value.key == "acknowledge.weaker_secrets_protection"


def test_derived_policies_are_checked_again() -> None:
    base = policy()
    with pytest.raises(PolicyError):
        base.model_copy(update={"actions": {EntityType.STATE_SECRET_MARK: Decision.ALLOW}})
    with pytest.raises(PolicyError):
        base.model_copy(update={"disabled_detectors": frozenset({"vn.api_secret"})})
    waived = base.model_copy(
        update={
            "actions": {"API_SECRET": "redact"},
            "acknowledge": {"weaker_secret_protection": ACK},
        }
    )
    assert [w.setting for w in waived.waivers] == ["actions.API_SECRET"]
    # a copy that weakens more is refused unless acknowledged; one that restores is clean
    more = waived.model_copy(update={"disabled_detectors": frozenset({"vn.secrecy_mark"})})
    assert {w.setting for w in more.waivers} == {"actions.API_SECRET", "disabled_detectors"}
    restored = waived.model_copy(update={"actions": {}})
    assert restored.waivers == ()
    assert base.model_copy() == base


def test_a_policy_built_around_validation_is_refused_by_check_prompt() -> None:
    raw = Policy.model_construct(actions={**DEFAULT_ACTIONS, EntityType.API_SECRET: Decision.ALLOW})
    with pytest.raises(PolicyError, match="API_SECRET"):
        check_prompt(f"key {KEY}", policy=raw)
    with pytest.raises(PolicyError):
        Policy.model_validate({"actions": {"API_SECRET": "allow"}})


@pytest.mark.parametrize("min_score", [0.81, 0.95, 1.0])
def test_a_high_min_score_does_not_drop_secrecy_marks_or_keys(min_score: float) -> None:
    p = policy(min_score=min_score)
    assert p.waivers == ()
    # a mark in capitals inside a sentence scores 0.8, a named key 0.9
    assert check_prompt("Tài liệu TỐI MẬT đính kèm", policy=p).decision is Decision.BLOCK
    assert check_prompt(f"api_key = {KEY[8:]}", policy=p).decision is Decision.BLOCK
    # personal data still follows min_score
    if min_score == 1.0:
        assert check_prompt("SĐT 0912 345 678", policy=p).decision is Decision.ALLOW


def test_a_low_min_score_still_applies_to_secrets() -> None:
    p = policy(min_score=0.2)
    assert check_prompt("Tài liệu TỐI MẬT đính kèm", policy=p).decision is Decision.BLOCK


def test_every_sample_is_what_the_detectors_report() -> None:
    """The samples that allow-lists are tested against are the values the secrecy and key
    detectors report; if a detector changes, this says which sample went stale."""
    from ai_guard.prompt.policy import _KEY_SAMPLES, _MARK_SAMPLES

    p = policy()
    contexts = {
        EntityType.STATE_SECRET_MARK: ("{}\nBáo cáo", "Độ mật: {}", "Báo cáo [{}] kèm"),
        EntityType.API_SECRET: ("key {} end", "api_key = {}", "Mật khẩu: {}"),
    }
    for entity, samples in ((EntityType.STATE_SECRET_MARK, _MARK_SAMPLES),
                            (EntityType.API_SECRET, _KEY_SAMPLES)):  # fmt: skip
        for sample in samples:
            reported = set()
            for template in contexts[entity]:
                text = template.format(sample)
                reported |= {text[f.start : f.end] for f in check_prompt(text, policy=p).findings
                             if f.entity is entity}  # fmt: skip
            assert sample in reported, sample


def _merged(chosen: list[tuple]) -> dict:
    kw: dict = {"actions": {}, "disabled_detectors": set(NOT_UNDER_TEST), "allow_values": set(),
                "allow_patterns": ()}  # fmt: skip
    for _, kwargs, _, _, _ in chosen:
        kw["actions"].update(kwargs.get("actions", {}))
        kw["disabled_detectors"] |= set(kwargs.get("disabled_detectors", ()))
        kw["allow_values"] |= set(kwargs.get("allow_values", ()))
        kw["allow_patterns"] += tuple(kwargs.get("allow_patterns", ()))
    kw["disabled_detectors"] = frozenset(kw["disabled_detectors"])
    kw["allow_values"] = frozenset(kw["allow_values"])
    return kw


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WEAKER), unique_by=lambda w: w[0], max_size=5))
def test_any_mix_of_weaker_settings_needs_one_acknowledgement_naming_them_all(chosen) -> None:
    kw = _merged(chosen)
    # two shapes for one entity keep the last action: what the policy really says
    expected = {(s, d) for _, k, _, s, d in chosen if not s.startswith("actions.")}
    expected |= {(f"actions.{e}", a) for e, a in kw["actions"].items()}
    if not expected:
        assert policy(**kw).waivers == ()
        return
    with pytest.raises(PolicyError) as info:
        policy(**kw)
    for setting, detail in expected:
        assert setting in info.value.message_en
        assert detail in info.value.message_vi
    acknowledged = policy(**kw, acknowledge={"weaker_secret_protection": ACK})
    assert {(w.setting, w.detail) for w in acknowledged.waivers} == expected
    assert {w.statement for w in acknowledged.waivers} == {ACK}


def test_an_allow_list_never_hides_a_key_or_a_mark_without_an_acknowledgement() -> None:
    """The samples checked when a policy is built cannot foresee every key an entry matches:
    one real key, or a pattern for one family, is accepted but does not hide the key."""
    from ai_guard import check_prompt

    key = "sk-proj-" + "T8rWq2ZnK5vB1xLp7GdS4hYc9MfJ3aUe6QiO0tRw5PzNx2Vm"
    for policy in (
        Policy(load_plugins=False, allow_values=[key]),
        Policy(load_plugins=False, allow_patterns=[r"sk-proj-T8rW[\w-]+"]),
    ):
        check = check_prompt(f"Khoá: {key}", policy=policy)
        assert check.decision is Decision.BLOCK
        assert [f.entity.value for f in check.findings] == ["API_SECRET"]
    acknowledged = Policy(
        load_plugins=False,
        allow_values=[key],
        acknowledge={"weaker_secret_protection": "Khoá thử nghiệm nội bộ, phê duyệt QĐ 3/QĐ-CNTT"},
    )
    assert check_prompt(f"Khoá: {key}", policy=acknowledged).decision is Decision.ALLOW
