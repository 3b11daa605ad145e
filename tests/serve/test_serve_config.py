"""The [gateway] table of ai-guard.toml: what loads, and each mistake named by its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_guard import Policy
from ai_guard.errors import PolicyError
from ai_guard.models import Decision, EntityType
from ai_guard.serve.config import (
    DEFAULT_MAX_BODY_BYTES,
    GatewayConfig,
    load_config,
    read_upstream_keys,
)

GOOD = """
min_score = 0.6
[actions]
EMAIL = "allow"

[gateway]
port = 9000
read_timeout = 30

[[gateway.upstreams]]
name = "openai"
kind = "openai"
base_url = "https://api.openai.com/v1/"
api_key_env = "AIG_KEY"
models = ["gpt-4o-mini"]
account = "AI-Team@Agency.example.VN"

[[gateway.upstreams]]
name = "claude"
kind = "anthropic"
base_url = "https://api.anthropic.com/v1"
api_key_file = "{key_file}"
models = ["claude-sonnet-4-5", "claude-haiku-4-5@20251001"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ai-guard.toml"
    path.write_text(text.replace("{key_file}", str(tmp_path / "claude.key")), "utf-8")
    return path


def test_one_file_holds_the_policy_and_the_gateway(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    config, policy = load_config(path)
    assert config.port == 9000
    assert config.read_timeout == 30
    assert config.max_body_bytes == DEFAULT_MAX_BODY_BYTES == 8 * 1024 * 1024
    assert config.require_tokens is True
    assert config.allow_file_ids is False  # a file the upstream holds: refused by default
    allowed = load_config(write(tmp_path, GOOD.replace("port = 9000", "allow_file_ids = true")))
    assert allowed[0].allow_file_ids is True
    assert [u.name for u in config.upstreams] == ["openai", "claude"]
    assert config.upstreams[0].base_url == "https://api.openai.com/v1"  # no trailing slash
    assert config.upstreams[0].account == "AI-Team@agency.example.vn"
    assert list(config.models("anthropic")) == ["claude-sonnet-4-5", "claude-haiku-4-5@20251001"]
    assert policy.min_score == 0.6
    assert policy.action_for(EntityType.EMAIL) is Decision.ALLOW
    # every other command reads the same file as a policy: [gateway] is not a policy key
    assert Policy.from_file(path).min_score == 0.6


def test_keys_are_read_from_the_environment_or_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, _ = load_config(write(tmp_path, GOOD))
    (tmp_path / "claude.key").write_text("sk-ant-file-key\n", "utf-8")
    monkeypatch.setenv("AIG_KEY", "sk-env-key")
    assert read_upstream_keys(config) == {"openai": "sk-env-key", "claude": "sk-ant-file-key"}
    (tmp_path / "claude.key").write_text("  \n", "utf-8")
    with pytest.raises(PolicyError, match=r"gateway\.upstreams\.1\.api_key_file"):
        read_upstream_keys(config)
    (tmp_path / "claude.key").unlink()
    with pytest.raises(PolicyError, match="claude"):
        read_upstream_keys(config)


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        (('api_key_env = "AIG_KEY"', 'api_key = "sk-inline"'), "gateway.upstreams.0",
         "never be written in the configuration"),
        (('api_key_env = "AIG_KEY"', 'api_key_env = "AIG_KEY"\napi_key_file = "/k"'),
         "gateway.upstreams.0", "exactly one key source"),
        (('account = "AI-Team@Agency.example.VN"', 'account = "lan.nt@tphcm.gov.vn"'),
         "gateway.upstreams.0.account", "gov.vn"),
        (('models = ["gpt-4o-mini"]', "models = []"), "gateway.upstreams.0.models",
         "allowed models"),
        (('models = ["gpt-4o-mini"]', 'models = ["gpt 4o"]'), "gateway.upstreams.0.models",
         "no space"),
        (('base_url = "https://api.openai.com/v1/"', 'base_url = "api.openai.com"'),
         "gateway.upstreams.0.base_url", "http:// or https://"),
        (('kind = "openai"', 'kind = "gemini"'), "gateway.upstreams.0.kind", "openai"),
        (('name = "claude"', 'name = "openai"'), "gateway.upstreams", "used twice"),
        (("port = 9000", "port = 9000\nlisten = 1"), "gateway.listen", "listen"),
        (("read_timeout = 30", "read_timeout = 0"), "gateway.read_timeout", "greater than 0"),
    ],
)  # fmt: skip
def test_each_mistake_names_its_key(
    tmp_path: Path, change: tuple[str, str], key: str, words: str
) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(PolicyError) as caught:
        load_config(write(tmp_path, GOOD.replace(old, new, 1)))
    error = caught.value
    assert f"'{key}" in error.message_en
    assert words in error.message_en
    assert str(tmp_path) in error.message_en
    assert error.message_vi != error.message_en
    assert "sk-inline" not in str(error)


def test_a_file_without_a_gateway_table_or_upstreams(tmp_path: Path) -> None:
    path = tmp_path / "ai-guard.toml"
    path.write_text("min_score = 0.5\n", "utf-8")
    with pytest.raises(PolicyError, match="no upstream"):
        load_config(path)
    path.write_text("[gateway]\nport = 1\n", "utf-8")
    with pytest.raises(PolicyError, match=r"gateway\.upstreams"):
        load_config(path)
    with pytest.raises(PolicyError, match="not found"):
        load_config(tmp_path / "missing.toml")


def test_the_policy_part_is_still_checked(tmp_path: Path) -> None:
    text = GOOD.replace("min_score = 0.6", "min_score = 7")
    with pytest.raises(PolicyError, match="min_score"):
        load_config(write(tmp_path, text))


def test_from_mapping_refuses_what_is_not_a_table() -> None:
    with pytest.raises(PolicyError, match="TOML table"):
        GatewayConfig.from_mapping(["not", "a", "table"])
