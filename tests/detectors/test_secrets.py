"""vn.api_secret: LLM vendor API keys and bearer tokens; placeholders are not keys."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt

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
    # lower-cased on the way (a chat client, a form): still the key, alone in a config line
    pytest.param(f"  geminiKey: '{GOOGLE.lower()}',", KEY, GOOGLE.lower(), 0.9,
                 id="google-lower-cased"),
    pytest.param("aiza" + "a" * 35, None, None, 0, id="google-lower-low-entropy"),
    pytest.param(f"token {HUGGINGFACE}", KEY, HUGGINGFACE, 0.95, id="huggingface-letters"),
    pytest.param(f"GROQ: {GROQ}", KEY, GROQ, 0.95, id="groq"),
    pytest.param(f"git clone https://{GITHUB}@github.com/x/y", KEY, GITHUB, 0.95, id="github"),
    pytest.param(f"aws_access_key_id = {AWS}", KEY, AWS, 0.95, id="aws"),
    # lower-cased by a chat client: the id still reads as AWS's, beside its secret line
    pytest.param(f"aws_access_key_id={AWS.lower()}\nregion=ap-southeast-1", KEY, AWS.lower(),
                 0.9, id="aws-lower-cased"),
    pytest.param("akia" + "a" * 16, None, None, 0, id="aws-lower-no-digit"),
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


# -- issue 14: passwords whole, wherever they stand ------------------------------------------
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ik5ndXllbiBWYW4gQSJ9."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9kLmNoP"
MISTRAL = "Zx8Kq2LmN4pR7sT9vW1yB3cD5fG6hJ0k"
#: longer than the old 64-character cap: its tail must not be left visible
LONG_PASSWORD = "Xk9#mP2$vL7!qR4@zT8^nB3&cJ6*wF1(yH5)gD0_sA" * 2

PASSWORD_ROWS = [
    # connection strings and URLs with credentials: the password, whole
    ("postgresql://admin:S3cretPass@db.example.com:5432/app", "S3cretPass"),
    ("DATABASE_URL=postgres://qlvb:123456@10.10.5.21:5432/qlvb", "123456"),
    ("mysql://root:matkhau123@localhost:3306/test", "matkhau123"),
    ("mongodb+srv://dev:Pa55w0rd@cluster0.abcd.mongodb.net/mydb", "Pa55w0rd"),
    ("redis://:foobared123@192.168.1.10:6379/0", "foobared123"),
    ("https://admin:admin123@intranet.sotp.local/login", "admin123"),
    ("mysql://root:P@ss@2024@10.0.0.7/qlcb", "P@ss@2024"),
    # "#" and "?" pasted unescaped inside the password
    ("postgresql://qlvb_app:Hanh2026#kt@10.20.3.15:5432/qlvanban", "Hanh2026#kt"),
    ("mysql://root:ab?cd12345@10.0.0.7/qlcb", "ab?cd12345"),
    ("amqp://guest:hanoi@rabbit.sotp.lan:5672", "hanoi"),
    # chat, with and without diacritics, with "là"/"la"/"is"
    ("mk: Abc@12345", "Abc@12345"),
    ("pass la 123456aA", "123456aA"),
    ("mat khau la 19901990", "19901990"),
    ("Mật khẩu email của em là 0987654321 nhé", "0987654321"),
    ("mật khẩu 123456 nha anh", "123456"),
    ("gửi anh mk Lan1990 nhé", "Lan1990"),
    ("pwd: 4821", "4821"),
    ("password is Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("Mật mã wifi: hanoi@2024", "hanoi@2024"),
    ("mật khẩu: " + LONG_PASSWORD, LONG_PASSWORD),
    # .env and config lines: any value but a placeholder
    ("DB_PASSWORD=Hanoi2024", "Hanoi2024"),
    ("DB_PASSWORD=hanoi", "hanoi"),
    ("PGPASSWORD=12345678 psql -h db", "12345678"),
    ('MYSQL_ROOT_PASSWORD="qwerty@2023"', "qwerty@2023"),
    ("Server=10.0.0.5;Database=QLVB;User Id=sa;Password=P@ssw0rd;", "P@ssw0rd"),
    ("jdbc:mysql://db:3306/hs?user=root&password=Secret123&ssl=true", "Secret123"),
    ("password: 123456789012", "123456789012"),
    # the value on the next line, quoted values with spaces, JSON, "user/pass" pairs
    ("Mật khẩu:\nAbc@123456", "Abc@123456"),
    ('password: "Abc 123"', "Abc 123"),
    ('DB_PASSWORD="hanoi 2024"', "hanoi 2024"),
    ('{"db_password": "hanoi", "host": "db"}', "hanoi"),
    ("user/pass: admin/Admin@123", "admin/Admin@123"),
    ("tài khoản admin / mật khẩu admin123", "admin123"),
    ("pass wifi: 12345678", "12345678"),
    ("tk: canbo01 mk: 123456", "123456"),
    ("Password của hệ thống là Qlvb#2024", "Qlvb#2024"),
    ("mật khẩu mặc định là 123456, nhớ đổi", "123456"),
]
KEY_ROWS = [
    (f"Token đây: {JWT}", JWT),
    (f"Authorization: Bearer {JWT}", JWT),
    (f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET),
    (f"MISTRAL_API_KEY={MISTRAL}", MISTRAL),
    (f"cohere key: {MISTRAL}", MISTRAL),
    ("khóa API: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("khoa api la 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("mã bí mật là Kx9mP2vQ7rT4wZ8nB3cJ", "Kx9mP2vQ7rT4wZ8nB3cJ"),
    (f"https://api.example.vn/v1/data?access_token={MISTRAL}&page=2", MISTRAL),
    (f"https://maps.googleapis.com/maps/api/js?key={GOOGLE}&callback=init", GOOGLE),
    (f"GET /export?sig={MISTRAL}", MISTRAL),
]
NOT_SECRETS = [
    "Đổi mật khẩu định kỳ 90 ngày một lần",
    "Mật khẩu phải có ít nhất 8 ký tự, gồm chữ hoa, chữ thường và số.",
    "Mật khẩu là gì? Vì sao cần mật khẩu mạnh?",
    "mật khẩu là một chuỗi ký tự bí mật",
    "Quên mật khẩu thì bấm Quên mật khẩu để lấy lại",
    "password is required",
    "postgresql://user:password@localhost:5432/db",
    "postgresql://<user>:<password>@<host>:5432/<db>",
    # a fragment or a query after a host and port, an "@" in a path
    "https://intranet.sotp.local:8443#top, hỏi @quantri",
    "https://medium.com/@tacgia/bai-viet",
    "DB_PASSWORD=${DB_PASSWORD}",
    "DB_PASSWORD=",
    "DB_PASSWORD=changeme",
    "mk 20 tuổi, mk ở Hà Nội",
    "mk 0987654321 nha",
    "pass lại xe máy giá 12.500.000đ",
    "pass 2 môn rồi",
    "Cần pass gấp 1 laptop, giá 8.000.000",
    "compass: north",
    "the token expires in 3600 seconds",
    "TOKEN_EXPIRY=3600",
    "Khóa API sẽ được cấp sau khi đăng ký.",
    "mật mã học là một ngành khoa học",
    "Mật khẩu mới: (không đổi)",
    "Liên hệ https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
    "git clone https://github.com/org/repo.git",
    "Phiên bản 1.2.3.4 phát hành ngày 10.10.2024",
    "Bearer token là một chuỗi ngẫu nhiên do máy chủ cấp",
    "key: value",
    "primary key: id",
    'mk: "abc"',
    "Mật khẩu:\n\nTiếp theo là phần hai",
]


@pytest.mark.parametrize(("text", "value"), PASSWORD_ROWS + KEY_ROWS)
def test_secrets_are_found_whole(scan, text: str, value: str) -> None:
    scan.expect(text, KEY, value, 0.85)
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_ordinary_text_is_not_a_secret(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


def test_a_digit_password_is_not_left_to_the_numeric_families(scan) -> None:
    """A password of digits is one API_SECRET finding, not a bank account or a phone with the
    rest of the password left visible."""
    for text in ("mk: 0912345678abc", "mật khẩu là 190119901234", "pass: 2024-0987654321"):
        result = scan(text)
        assert [f.entity for f in result.findings] == [KEY], text
        assert result.findings[0].end - result.findings[0].start == len(text.split()[-1])


def test_url_password_outranks_the_address_it_resembles(scan) -> None:
    """``user:pass@host`` reads like an e-mail address; the password is a password."""
    text = "postgresql://admin:S3cretPass@db.example.com:5432/app"
    assert [f.entity for f in scan(text).findings if f.entity in {KEY, EntityType.EMAIL}] == [KEY]


@pytest.mark.parametrize(
    ("text", "password", "host"),
    [
        ("postgresql://app:Qx7!pass@10.2.3.4:5432/db", "Qx7!pass", "10.2.3.4:5432/db"),
        ("postgresql://app:Zz9!pwd@10.2.3.4:5432/db", "Zz9!pwd", "10.2.3.4:5432/db"),
        ("mysql://root:Ab1-mk@10.0.0.7:3306/x", "Ab1-mk", "10.0.0.7:3306/x"),
        ("https://u:mypass123@10.1.1.9/x", "mypass123", "10.1.1.9/x"),
        ("https://admin:x!key9fQ2LmZ8vT4rW1aa@10.1.1.1:8443/api", "x!key9fQ2LmZ8vT4rW1aa",
         "10.1.1.1:8443/api"),
        # a placeholder password is no secret, and its word is no label either
        ("postgresql://user:password@10.0.0.1:5432/db", None, "10.0.0.1:5432/db"),
    ],
)  # fmt: skip
def test_a_label_inside_a_url_password_is_the_password(
    text: str, password: str | None, host: str
) -> None:
    """A password that holds a label's letters ("pass", "pwd", "mk", "key") is the part
    between ':' and '@', the host, port and path after it INTERNAL_HOST: the label is no label,
    and no second secret runs on past the '@'."""
    findings = check_prompt(text).findings
    secrets = [text[f.start : f.end] for f in findings if f.entity is KEY]
    hosts = [text[f.start : f.end] for f in findings if f.entity is EntityType.INTERNAL_HOST]
    assert secrets == ([password] if password else [])
    assert hosts == [host]


def test_a_password_label_after_a_url_is_still_read() -> None:
    """Beside a URL's credentials, a label of its own still introduces a password."""
    text = "postgresql://app:abc!password@10.2.3.4:5432/db, password: Hanh#2026"
    secrets = [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is KEY]
    assert secrets == ["abc!password", "Hanh#2026"]


@pytest.mark.parametrize(
    "line",
    [
        "a" * 1_000_000,
        "\\" * 1_000_000,
        ("QUJD" * 250_000),
        "password=" + "x" * 1_000_000,
        "mật khẩu " * 100_000,
        "://" * 300_000,
        "eyJ" + "a" * 500_000 + ".eyJ" + "b" * 500_000,
        "api_key" * 100_000,
        "_" * 500_000 + "password",
    ],
    ids=["a", "backslash", "base64", "password-x", "labels", "schemes", "jwt-no-sig",
         "key-names", "underscores"],
)  # fmt: skip
def test_a_megabyte_line_is_read_in_bounded_steps(line: str) -> None:
    """Every pattern is linear: a megabyte line of one character, base64, labels or schemes
    finishes (a backtracking pattern would not, within the suite's time) with the right
    result."""
    from ai_guard.detectors.secrets import ApiSecretDetector
    from ai_guard.text import Document

    found = list(ApiSecretDetector().detect(Document(line)))
    assert all(d.entity is KEY for d in found)
    assert len(found) <= 1


# -- issue 14: passwords on command lines, one-time codes, more vendors, wrapped keys ----------
COMMAND_LINE_ROWS = [
    ("mysql -u root -pS3cr3t! qlvb", "S3cr3t!"),
    ("mysql -u root -p S3cr3t! qlvb", "S3cr3t!"),
    ("mysql -h 10.0.0.5 -uroot -p'S3cr3t 1' qlvb", "S3cr3t 1"),
    ("mysqldump -u root --password Abc@12345 db > x.sql", "Abc@12345"),
    ("sshpass -p 'Abc@123' ssh root@10.0.0.5", "Abc@123"),
    ("redis-cli -h cache -a Str0ngPass", "Str0ngPass"),
    ("sqlcmd -S srv -U sa -P Passw0rd!", "Passw0rd!"),
    ("curl -u admin:Admin@123 https://api.example.vn", "Admin@123"),
    ("curl --user admin:hanoi http://qlvb:8080/api", "hanoi"),
    ("smbclient //fs01/hoso -U admin%Abc@123", "Abc@123"),
    ("mongosh -u admin -p Mongo@2024 --host db", "Mongo@2024"),
    ("wget --http-password Secret99 http://x/y", "Secret99"),
    ("sqlplus system/Oracle123@//db:1521/ORCL", "Oracle123"),
    ("--password=Hanoi@2024", "Hanoi@2024"),
    ('psql "postgresql://admin:Hn2024x@10.0.0.5/qlvb"', "Hn2024x"),
]
OTP_ROWS = [
    ("mã OTP 482913", "482913"),
    ("OTP: 482913", "482913"),
    ("ma OTP la 482913", "482913"),
    ("mã xác thực của bạn là 591024", "591024"),
    ("Mã xác nhận: 735102", "735102"),
    ("Mã OTP của bạn là 482 913, có hiệu lực 5 phút", "482 913"),
    ("482913 là mã xác thực của bạn", "482913"),
    ("Your verification code is 482913", "482913"),
    ("mã PIN 4826", "4826"),
]
WRAPPED = "sk-proj-Ab3De5Fg7Hj9Kl1Mn3Pq\n5Rs7Tu9Vw1Xy3Za5Bc7De9"
VENDOR_ROWS = [
    ("sk-ant-oat01-" + _rand(60), None),
    ("token ya29.a0" + _rand(40), None),
    (f"key: {WRAPPED}\ncảm ơn", WRAPPED),
]
NOT_COMMAND_LINE_OR_OTP = [
    "mysql -u root -p qlvb",
    "mysql -u root -p",
    "curl -u $USER:$PASS http://x",
    "curl -u user:password https://a.b",
    "sshpass -p $SSHPASS ssh x",
    "Dùng lệnh ls -a để xem, git push -u origin main",
    "Độc lập - Tự do - Hạnh phúc",
    "sqlplus / as sysdba",
    "mật khẩu mạnh là gì",
    "Mật khẩu mạnh là gì? Cho ví dụ.",
    "OTP là gì?",
    "mã OTP gồm 6 chữ số",
    "Mã OTP có hiệu lực trong 300 giây",
    "Quy định về mã OTP năm 2024",
    "OTP gửi đến số 0912345678",
    "mã xác thực hai lớp (2FA) là gì",
    "verification code expires in 10 minutes",
    "OTP: ******",
    "Số hiệu 482913 là mã hồ sơ",
    "Mã PIN thẻ gồm 4 chữ số",
    f"Khoá:\n{OPENAI_PROJ}\nthanks",
]


@pytest.mark.parametrize(("text", "value"), COMMAND_LINE_ROWS + OTP_ROWS)
def test_command_line_passwords_and_one_time_codes_block(scan, text: str, value: str) -> None:
    finding = scan.expect(text, KEY, value, 0.85)
    assert finding.pattern in {"password.command_line", "password.named", "password.url", "otp"}
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize(("text", "value"), VENDOR_ROWS)
def test_more_vendor_keys_and_wrapped_keys_are_whole(scan, text: str, value: str | None) -> None:
    key = value if value is not None else text.split()[-1]
    finding = scan.expect(text, KEY, key, 0.95)
    assert finding.pattern.startswith("api_key.")


@pytest.mark.parametrize("text", NOT_COMMAND_LINE_OR_OTP)
def test_commands_and_codes_in_prose_are_not_secrets(scan, text: str) -> None:
    if text.startswith("Khoá:"):  # the key is found; the word on the next line is not
        [(value, _)] = scan.of_type(text, FAMILY)
        assert value == OPENAI_PROJ
        return
    scan.expect_none(text, FAMILY)


# -- the gates: each skips a pass only when the pass could find nothing -----------------------
_PIECES = st.sampled_from(
    ["mat khau", "mat  khau", "mat ma", "mk", "pass", "password", "pw", "pwd", "mat", " ", ":",
     "=", "a", "1", "Z9", "_", "-", ".", "/", "\n", "ừ", "khau", "ma", "p", "m", "x" * 8]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_password_labels_are_those_of_the_full_scan(text: str) -> None:
    from ai_guard.detectors import secrets

    folded = text.lower()
    expected = [m.span() for m in secrets._PASSWORD_NAME.finditer(folded)]
    assert [m.span() for m in secrets._password_labels(folded)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ9_-+/.~ :ừ\n", max_size=60))
def test_the_key_run_gate_never_hides_a_run(text: str) -> None:
    import re

    from ai_guard.detectors import secrets

    longest = max((len(m.group(0)) for m in re.finditer(r"[A-Za-z0-9_\-+/.~]+", text)), default=0)
    run = secrets._key_run(text.lower())
    if longest >= 28:
        assert run == 28
    elif longest >= 16:
        assert run == 16
    elif longest == 15:
        assert run >= 15


CHAT_KEY_ROWS = [
    f"key của em: {MISTRAL}",
    f"khoá API của anh là {MISTRAL}",
    f"API key mới: {MISTRAL}",
    f"Mistral key {MISTRAL}",
    f"token của hệ thống: {MISTRAL}",
    f"cohere: {MISTRAL}",
    f"Groq API key\n{MISTRAL}",
]
NOT_CHAT_KEYS = [
    "key của em: tối nay gửi",
    "token của bạn đã hết hạn lúc 2024-05-01T12:30:00Z",
    "Mistral key features: reasoning, coding and translation",
    "cohere: a company that builds language models",
    "API key mới: xem hướng dẫn tại trang quản trị",
]


@pytest.mark.parametrize("text", CHAT_KEY_ROWS)
def test_keys_named_the_way_people_chat_are_found(scan, text: str) -> None:
    finding = scan.expect(text, KEY, MISTRAL, 0.85)
    assert finding.pattern == "api_key.named"


@pytest.mark.parametrize("text", NOT_CHAT_KEYS)
def test_key_words_in_chat_without_a_key_are_not_secrets(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


def test_a_named_key_wrapped_over_two_lines_is_one_finding(scan) -> None:
    text = f"OPENAI_API_KEY='{MISTRAL[:16]}\n{MISTRAL[16:]}'\nprint(1)"
    scan.expect(text, KEY, f"{MISTRAL[:16]}\n{MISTRAL[16:]}", 0.85)


@pytest.mark.parametrize(
    "line",
    [" -p" * 330_000, "mysql -p1 " * 100_000, "OTP " * 250_000, "mã xác thực " * 80_000,
     "la ma OTP " * 100_000, ("api key\n" + "a1" * 10 + "\n") * 40_000],
    ids=["options", "commands", "otp-cues", "vi-cues", "code-before", "key-lines"],
)  # fmt: skip
def test_a_megabyte_of_options_and_cues_is_read_in_bounded_steps(line: str) -> None:
    """Each option, cue or key name is read once, within a bounded window."""
    from ai_guard.detectors.secrets import ApiSecretDetector
    from ai_guard.text import Document

    found = list(ApiSecretDetector().detect(Document(line)))
    assert all(d.entity is KEY for d in found)
    if line.startswith("mysql"):
        assert len(found) == 100_000  # every password, none merged with the next command


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Mật khẩu tài khoản quản trị hệ thống một cửa của huyện là Hc@Mc2026, nhớ đổi",
            "Hc@Mc2026",
        ),
        ("pass wifi phong hop tang 2 la Stp@2026 nhe", "Stp@2026"),
        ("mk hop thu cong vu cua chi ay: Lan#1985ab", "Lan#1985ab"),
    ],
)
def test_a_password_label_qualified_by_many_words_still_names_it(
    scan, text: str, value: str
) -> None:
    scan.expect(text, KEY, value, 0.85)
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Mật khẩu có hiệu lực 90 ngày kể từ ngày cấp, hạn là 30/6/2025",
        "mat khau cua tai khoan ma ban dung de dang nhap la gi",
        "Mật khẩu của hệ thống một cửa điện tử mới là một chuỗi dài",
        "pass wifi cua phong hop tang 3 la bao nhieu vay",
    ],
)
def test_a_long_question_about_a_password_holds_none(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize("cut", ["\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff"])
def test_a_key_split_by_an_invisible_character_is_found_whole(scan, cut: str) -> None:
    """The canonical reading drops the character; the finding, mapped back, covers it."""
    split = OPENAI_PROJ[:14] + cut + OPENAI_PROJ[14:]
    scan.expect(f"dùng khoá {split} nhé", KEY, split, 0.95)
    google = GOOGLE[:4] + cut + GOOGLE[4:]
    scan.expect(f"key={google}&q=1", KEY, google, 0.9)


@pytest.mark.parametrize("marker", ["__", "_", "**", "`"])
@pytest.mark.parametrize("key", [HUGGINGFACE, ANTHROPIC, GOOGLE, OPENAI_PROJ])
def test_a_key_in_markdown_emphasis_is_found(scan, marker: str, key: str) -> None:
    """'__hf_...__': the underscores of the emphasis do not glue the key to a longer token."""
    scan.expect(f"API key: {marker}{key}{marker}", KEY, key, 0.95)


def test_a_key_glued_to_a_word_by_underscores_is_not_taken_for_emphasis(scan) -> None:
    scan.expect_none(f"config_{HUGGINGFACE}", FAMILY)
    scan.expect_none(f"{HUGGINGFACE}_suffix", FAMILY)
    scan.expect_none(f"x__{HUGGINGFACE}__", FAMILY)


@pytest.mark.parametrize(
    "key", [ANTHROPIC[:53], HUGGINGFACE, "7f3a9c2e8b1d4f6a0c5e"], ids=["anthropic", "hf", "hex"]
)
def test_a_letter_spaced_key_after_a_key_name_is_read_joined(scan, key: str) -> None:
    spaced = " ".join(key)
    scan.expect(f"Nhờ bạn soạn giúp.\nAPI key: {spaced}", KEY, spaced, 0.9)
    scan.expect(f"token = {spaced}", KEY, spaced, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        "t h i s i s a t e s t o f s p a c i n g o k",  # no key name
        "API key: a b c d e f g h i j k l m n o p",  # not random
        "token: T H Ô N G  B Á O  K H Ẩ N  C Ấ P  V Ề  V I Ệ C",  # a spaced heading
        f"key {' '.join('a1b2c3d4e5f6g7h8xQ')}",  # "key" counts only before ':' or '='
    ],
)
def test_spaced_letters_without_a_key_name_are_not_keys(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


#: a key pasted a few words after its name with no ':' or '=' at all, as people chat
FAR_KEY_TEMPLATES = [
    "api key của em {k}",
    "cho em hỏi key này còn dùng được không {k}",
    "đây là api key {k} dùng tạm",
    "gửi em cái token {k} nha",
    "token là {k} nhé",
    "secret={k}",
    "khoa bi mat {k}",
    "Authorization: Bearer {k}",
]


# derandomized: about one digit-less random key in 20,000 reads as camel-case words (the
# documented limit of secrets._mixed_case_random); a run must not fail at random on it
@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.integers(0, 2**32 - 1),
    st.sampled_from([20, 24, 32, 40, 48, 64]),
    st.sampled_from(FAR_KEY_TEMPLATES),
)
def test_a_random_key_after_its_name_in_chat_is_never_left_visible(
    seed: int, length: int, template: str
) -> None:
    """Random base64url keys of every length: with or without digits (a 24-character one has
    none about once in 60), with '-' and '_' inside, a few words after the key name."""
    from ai_guard import check_prompt

    rng = random.Random(seed)
    key = "".join(rng.choice(_ALNUM + "-_") for _ in range(length))
    if len(set(key)) < 12:  # not random enough to be told from a word by anyone
        return
    check = check_prompt(template.format(k=key))
    assert check.decision is Decision.BLOCK
    for piece in key.replace("-", " ").replace("_", " ").split():
        if len(piece) >= 5:
            assert piece not in check.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "hàm refresh token getAccessTokenFromHeader bị lỗi",
        "token lưu trong file /home/user/.config/app/credentials.json nhé",
        "key này dùng cho module XMLHttpRequestFactoryBuilder",
        "secret được lưu trong vault ở đường dẫn secret/data/production/database",
        "api key trong file config.production.settings.json bị lộ không",
    ],
)
def test_identifiers_and_paths_a_few_words_after_a_key_name_are_not_keys(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mật khẩu vneid của tôi Vietnam#51751", "Vietnam#51751"),
        ("đổi mật khẩu mới thành Hanoi!76388 rồi", "Hanoi!76388"),
        ("đổi mật khẩu thành abc41176 nhé", "abc41176"),
        ("mật khẩu email của em abc41176", "abc41176"),
        ("login canbo01 / abc41176", "abc41176"),
        ("tk canbo01/Ab#2024xyz", "Ab#2024xyz"),
        ("đăng nhập: canbo01 / Qlvb@2024", "Qlvb@2024"),
    ],
)
def test_passwords_a_few_words_on_or_beside_the_account_block(scan, text: str, value: str) -> None:
    from ai_guard import check_prompt

    scan.expect(text, KEY, value, 0.9)
    check = check_prompt(text)
    assert check.decision is Decision.BLOCK
    assert value not in check.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "mật khẩu của hệ thống QLVB2024 bị lộ",
        "đổi mật khẩu thành công lúc 10h30",
        "mật khẩu của em bị khoá sau 5 lần nhập sai",
        "tài khoản Zalo / Facebook",
        "user guide / Huong_dan_2024.pdf",
        "login admin / password",
        "đăng nhập hệ thống / ứng dụng VNeID",
    ],
)
def test_password_and_login_words_without_a_password_are_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("https://qlvb.hanoi.gov.vn/admin?token=abc123def456", "abc123def456"),
        ("http://10.0.0.5:8080/api?api_key=Zx81Kq02Lm&foo=bar", "Zx81Kq02Lm"),
        ("https://dichvucong.gov.vn/p/home.html?sessionid=ABCD1234EFGH5678", "ABCD1234EFGH5678"),
        ("https://x.vn/oauth/callback?code=4%2F0AX4XfWh7k9Lq2", "4%2F0AX4XfWh7k9Lq2"),
    ],
)
def test_a_secret_in_a_url_query_is_blocked(text: str, value: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert [
        text[f.start : f.end] for f in result.findings if f.entity is EntityType.API_SECRET
    ] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "https://x.vn/reset?token=3f9a",  # too short to be anyone's secret
        "https://x.vn/search?q=ho+so&page=12345678",
        "https://x.vn/a?key=value",
        "https://x.vn/a?code=utf8&lang=vi",
        "https://x.vn/a?token=YOUR_TOKEN_HERE",
    ],
)
def test_ordinary_url_queries_stay_clean(text: str) -> None:
    assert [f for f in check_prompt(text).findings if f.entity is EntityType.API_SECRET] == []


# -- keys in disguise: broken over lines, spaced out, base64 (detectors/key_disguises.py) --------

# (the Anthropic key ends with a letter: a trailing "-" spaced out is not the key's)
_VENDOR_KEYS = [OPENAI_PROJ, ANTHROPIC[:59] + "Q", GOOGLE, HUGGINGFACE, "gsk_" + _rand(52)]
_VENDOR_IDS = ["openai", "anthropic", "google", "huggingface", "groq"]
_PREFIXES = ("sk-proj-", "sk-ant-api03-", "AIza", "hf_", "gsk_")


def _broken(key: str, how: str, at: int) -> str:
    """``key`` as a copy breaks it: a line break (after its prefix or inside its body), a
    space, spaces around its hyphens, or every character spaced."""
    if how == "wrapped":
        return key[:at] + "\n" + key[at:]
    if how == "indented":
        return key[:at] + "\n    " + key[at:]
    if how == "space":  # a stray space leaves two characters at least after it
        at = min(at, len(key) - 2)
        return key[:at] + " " + key[at:]
    if how == "hyphens":
        return key.replace("-", " - ").replace("_", " _ ", 1)
    return " ".join(key)


@pytest.mark.parametrize("key", _VENDOR_KEYS, ids=_VENDOR_IDS)
@pytest.mark.parametrize("how", ["wrapped", "indented", "space", "hyphens", "spaced"])
def test_a_vendor_key_broken_by_a_copy_is_found_whole(scan, key: str, how: str) -> None:
    prefix = next(len(p) for p in _PREFIXES if key.startswith(p))  # a break right after it
    for at in sorted({prefix, 12, len(key) - 6}):
        broken = _broken(key, how, at)
        if broken == key:
            continue
        for text in (f"Key của em: {broken}", f"Dán nhầm nè {broken} xin lỗi"):
            scan.expect(text, KEY, broken, 0.9)
            assert check_prompt(text).blocked


@pytest.mark.parametrize("key", _VENDOR_KEYS, ids=_VENDOR_IDS)
def test_a_base64_encoded_key_is_found_whole(scan, key: str) -> None:
    import base64

    for plain in (key, f"OPENAI_API_KEY={key}", f"export KEY='{key}'\n"):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encode(plain.encode()).decode()
            scan.expect(f"chuỗi cấu hình: {encoded}", KEY, encoded, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        "task - list for the team\nrisk - assessment",
        "sk - learn is a library for machine learning",
        "dùng sk-\nproj mới cho dự án",
        "Xin chào, s k y là bầu trời",
        "sk-proj-\nhello world and more words here",  # nothing after the break continues it
        "sk-learn Model2024 ok",  # too short joined, and a model name
        # base64 of ordinary text, and of a placeholder key
        "aGVsbG8gd29ybGQgdGhpcyBpcyBqdXN0IHRleHQgc2stIG5vdGhpbmc=",
        "c2stcHJvai14eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4",
    ],
)
def test_ordinary_text_near_a_prefix_is_not_joined_into_a_key(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_VENDOR_KEYS),
    st.sampled_from(["wrapped", "indented", "space", "hyphens", "spaced"]),
    st.integers(4, 40),
)
def test_a_broken_key_never_leaves_eight_of_its_characters_visible(
    key: str, how: str, at: int
) -> None:
    broken = _broken(key, how, at)
    result = check_prompt(f"Nhờ kiểm tra giúp cấu hình:\n{broken}\nCảm ơn.")
    assert result.blocked, broken
