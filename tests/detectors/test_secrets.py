"""vn.api_secret: LLM vendor API keys and bearer tokens; placeholders are not keys."""

from __future__ import annotations

import random
import string

import pytest

from ai_guard import Decision, EntityType

KEY = EntityType.API_SECRET
FAMILY = (KEY,)

_RNG = random.Random(1)
_ALNUM = string.ascii_letters + string.digits


def _rand(n: int, alphabet: str = _ALNUM) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


OPENAI_PROJ = "sk-proj-" + _rand(48)
OPENAI = "sk-" + _rand(48)
ANTHROPIC = "sk-ant-api03-" + _rand(95, _ALNUM + "-_")
GOOGLE = "AIza" + _rand(35, _ALNUM + "-_")
HUGGINGFACE = "hf_" + _rand(34, string.ascii_letters)
GROQ = "gsk_" + _rand(52)
GITHUB = "ghp_" + _rand(36)
AWS = "AKIA" + _rand(16, string.ascii_uppercase + string.digits)
BEARER = _rand(40)
# every hex digit twice (test_every_random_azure_key_is_found covers keys whose digits
# happen to repeat more)
AZURE = "".join(random.Random(1).sample("0123456789abcdef", 16) * 2)
SECRET = _rand(30)

ROWS = [
    pytest.param(f"Dùng khoá {OPENAI_PROJ} để gọi API", KEY, OPENAI_PROJ, 0.95, id="openai-proj"),
    pytest.param(f"OPENAI_API_KEY={OPENAI}", KEY, OPENAI, 0.9, id="openai-env"),
    pytest.param(f'client = Anthropic(api_key="{ANTHROPIC}")', KEY, ANTHROPIC, 0.95,
                 id="anthropic"),
    pytest.param(f"key={GOOGLE}&q=ha+noi", KEY, GOOGLE, 0.9, id="google"),
    pytest.param(f"token {HUGGINGFACE}", KEY, HUGGINGFACE, 0.95, id="huggingface-letters"),
    pytest.param(f"GROQ: {GROQ}", KEY, GROQ, 0.95, id="groq"),
    pytest.param(f"git clone https://{GITHUB}@github.com/x/y", KEY, GITHUB, 0.95, id="github"),
    pytest.param(f"aws_access_key_id = {AWS}", KEY, AWS, 0.95, id="aws"),
    pytest.param(f"Authorization: Bearer {BEARER}", KEY, BEARER, 0.85, id="bearer"),
    pytest.param(f"api-key: {AZURE}", KEY, AZURE, 0.85, id="azure-header"),
    pytest.param(f"AZURE_OPENAI_API_KEY={AZURE}", KEY, AZURE, 0.85, id="azure-env"),
    pytest.param(f"client_secret: '{SECRET}'", KEY, SECRET, 0.85, id="client-secret"),
    pytest.param(f"Khoá:\n{OPENAI_PROJ}\nhết", KEY, OPENAI_PROJ, 0.95, id="own-line"),
    # boundaries: a key glued into a longer token is not a key by itself
    pytest.param(f"xyz{OPENAI_PROJ}", None, None, 0, id="glued-left"),
    pytest.param(f"{AWS[:-1]}", None, None, 0, id="aws-too-short"),
    # placeholders and documentation examples
    pytest.param("sk-...", None, None, 0, id="sk-dots"),
    pytest.param("sk-xxxxxxxxxxxxxxxxxxxxxxxx", None, None, 0, id="sk-xxx"),
    pytest.param("OPENAI_API_KEY=YOUR_API_KEY", None, None, 0, id="your-api-key"),
    pytest.param("api_key = <OPENAI_API_KEY>", None, None, 0, id="angle-placeholder"),
    pytest.param("api_key: ${OPENAI_API_KEY_FROM_ENVIRONMENT}", None, None, 0,
                 id="env-substitution"),
    pytest.param("sk-your-api-key-here-please-replace", None, None, 0, id="sk-your-key"),
    pytest.param("api_key=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", None, None, 0, id="low-entropy"),
    pytest.param("Authorization: Bearer <token>", None, None, 0, id="bearer-placeholder"),
    pytest.param("token: abcdefghijabcdefghijabcdefghij", None, None, 0, id="alphabet-run"),
    pytest.param("Xem hướng dẫn tại docs/api_key_management_guide.md", None, None, 0,
                 id="file-name"),
    # a 32-hex string without a key name is not reported
    pytest.param(f"commit {AZURE}", None, None, 0, id="hex-without-name"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_secrets_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None:
        assert finding.action is Decision.BLOCK
        assert scan(text).decision is Decision.BLOCK


def test_vendor_is_named_in_pattern(scan) -> None:
    assert scan.expect(ANTHROPIC, KEY, ANTHROPIC, 0.95).pattern == "api_key.anthropic"
    assert scan.expect(OPENAI_PROJ, KEY, OPENAI_PROJ, 0.95).pattern == "api_key.openai"
    named = scan.expect(f"api-key: {AZURE}", KEY, AZURE, 0.85)
    assert named.pattern == "api_key.named"
    assert named.context == "api-key"


def test_every_random_azure_key_is_found(scan) -> None:
    """A random 32-hex key has at most 4 bits of entropy per character and often less than
    3.5 in practice: a fixed entropy threshold must not miss one in five Azure keys."""
    rng = random.Random(1)
    keys = ["".join(rng.choice("0123456789abcdef") for _ in range(32)) for _ in range(40)]
    missed = [k for k in keys if not scan.of_type(f"api-key: {k}", FAMILY)]
    assert missed == []


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mật khẩu: Abc@2024", "Abc@2024"),
        ("password=S3cr3t!pass", "S3cr3t!pass"),
        ("Mat khau dang nhap: hoanganh1990", "hoanganh1990"),
        ("MK: 123456abc", "123456abc"),
        ("Tài khoản admin, mật khẩu là Hn@123456.", "Hn@123456"),
    ],
)
def test_passwords_after_a_label_block(text: str, value: str) -> None:
    from ai_guard import check_prompt

    result = check_prompt(text)
    assert result.decision.value == "block"
    [f] = [f for f in result.findings if f.entity.value == "API_SECRET"]
    assert text[f.start : f.end] == value
    assert f.pattern == "password.named"


@pytest.mark.parametrize(
    "text",
    [
        "mật khẩu phải có tối thiểu 8 ký tự",
        "Mật khẩu: ********",
        "mật khẩu: <mật khẩu của bạn>",
        "tôi quên mật khẩu email",
        "pass: abcdef",
    ],
)
def test_prose_about_passwords_is_not_a_password(text: str) -> None:
    from ai_guard import check_prompt

    assert not [f for f in check_prompt(text).findings if f.entity.value == "API_SECRET"]


@pytest.mark.parametrize(
    "text",
    [
        "Mật khẩu đăng nhập VNeID: Lan@1990",
        "Mật khẩu Wi-Fi: Lan@1990",
        "Password for admin: Lan@1990",
    ],
)
def test_password_labels_with_qualifiers_block(text: str) -> None:
    from ai_guard import check_prompt

    result = check_prompt(text)
    assert result.decision.value == "block"
    assert [text[f.start : f.end] for f in result.findings] == ["Lan@1990"]
