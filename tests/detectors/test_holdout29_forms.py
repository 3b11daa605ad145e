"""holdout29's classes (what an agency's IT and records staff paste), probed with new values,
never the set's rows: vendor tokens in shapes the key detector did not know (a Telegram bot
token, a key given to a credential class), a network device's typed passwords and SNMP
community, a session cookie in a HAR, internal hosts in every config shape (a hosts entry's
name before its address, ``host:/path``, a share from its host, a SQL Server instance, an
interface's address with its prefix, a ``-noibo`` label), and what is none (nginx's upstream
pool, documentation's ``example.com``, documentation's sample token, a hexdump's bytes, a
commune in a ``ten_xa`` column, an acronym after ``name:``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt

_KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def _found(text: str) -> dict[str, str]:
    result = check_prompt(text)
    return {text[f.start : f.end]: f.entity.value for f in result.findings}


def _blocked_with(text: str, secrets: list[str]) -> None:
    result = check_prompt(text)
    assert result.decision.value == "block", _found(text)
    found = _found(text)
    for secret in secrets:
        assert found.get(secret) == "API_SECRET", found
        assert secret not in result.redacted_text


# -- secrets in shapes of their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            'BOT_TOKEN = "6081937245:AAFq8Lz2Wm5Kx0Rt7Yb3Nc9Vd1He4Gj6PsQ"\nbot.polling() lỗi 409',
            "6081937245:AAFq8Lz2Wm5Kx0Rt7Yb3Nc9Vd1He4Gj6PsQ",
        ),
        (
            "curl https://api.telegram.org/bot981234567:AAx7_Qm2Zr9Kt4Lp0Wn6Vb8Hc3Jd5Fg1SeY/getMe"
            " báo 401",
            "981234567:AAx7_Qm2Zr9Kt4Lp0Wn6Vb8Hc3Jd5Fg1SeY",
        ),
    ],
)
def test_a_telegram_bot_token_is_a_secret(text: str, secret: str) -> None:
    _blocked_with(text, [secret])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            'var cred = new AzureKeyCredential("9c41e07bd2a35f8e61c07d94ab2e3f15");\nlỗi 401',
            "9c41e07bd2a35f8e61c07d94ab2e3f15",
        ),
        (
            'ChatClient c = new(model: "gpt-4o", credential: new ApiKeyCredential('
            '"Qx7vT2mL9pR4wZ8bN1cJ5hK3"));',
            "Qx7vT2mL9pR4wZ8bN1cJ5hK3",
        ),
    ],
)
def test_a_key_given_to_a_credential_class_is_a_secret(text: str, secret: str) -> None:
    _blocked_with(text, [secret])


def test_a_credential_class_reading_the_environment_holds_no_secret() -> None:
    text = 'new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_KEY"))'
    assert check_prompt(text).decision.value == "allow"


def test_a_device_config_s_typed_passwords_and_community_are_secrets() -> None:
    text = (
        "Cấu hình switch tầng 2, sao không SSH được?\nhostname SW-TANG2\n"
        "username quantri privilege 15 password 0 Sw#Tang2x27\n"
        "enable password 7 110A1016141D5A5E57\n"
        "snmp-server community tang2_mon27 RO\n"
        "tacacs-server key 7 05080F1C22431F5B4A"
    )
    _blocked_with(text, ["Sw#Tang2x27", "110A1016141D5A5E57", "tang2_mon27", "05080F1C22431F5B4A"])


@pytest.mark.parametrize(
    "text",
    [
        "Kiểu password 7 của Cisco có an toàn không, hay phải dùng secret 9?",
        "The community health centre of the commune opens at 7 am.",
        "SNMP community string là gì, em cấu hình community ở đâu?",
    ],
)
def test_prose_about_device_passwords_holds_none(text: str) -> None:
    assert "API_SECRET" not in _found(text).values()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            '{"headers": [{"name": "Cookie", "value": ".ASPXAUTH=6E2B9F04C1D87A3E5F60B2'
            'C49D1E7A08; culture=vi-VN"}]}',
            "6E2B9F04C1D87A3E5F60B2C49D1E7A08",
        ),
        ("log: ASP.NET_SessionId=k2vz9qmx4rt1bn7cw0yhd3fs; path=/", "k2vz9qmx4rt1bn7cw0yhd3fs"),
    ],
)
def test_a_session_cookie_in_a_har_or_a_log_is_a_secret(text: str, secret: str) -> None:
    _blocked_with(text, [secret])


def test_documentation_s_sample_token_after_the_word_token_is_no_secret() -> None:
    text = (
        "Giải thích giúp token mẫu eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3OD"
        "kwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6y"
        "JV_adQssw5c gồm những phần nào?"
    )
    assert check_prompt(text).decision.value == "allow"


@settings(max_examples=30, deadline=None)
@given(
    bot=st.integers(min_value=10_000_000, max_value=9_999_999_999),
    body=st.text(alphabet=_KEY_CHARS, min_size=33, max_size=33),
)
def test_a_telegram_token_is_never_partly_visible(bot: int, body: str) -> None:
    token = f"{bot}:AA{body}"
    text = f'TOKEN = "{token}"\nrequests.post(url)'
    start = text.index(token)
    end = start + len(token)
    result = check_prompt(text)
    for f in result.findings:
        if f.entity.value == "API_SECRET" and f.start < end and start < f.end:
            # a key finding in the token covers it whole
            assert f.start <= start, (text[f.start : f.end], token)
            assert f.end >= end, (text[f.start : f.end], token)


# -- internal hosts in config shapes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        (
            'extra_hosts:\n  - "qlhs.sotp.local:10.20.3.7"\n  - "dms.sotp.local:10.20.3.8"',
            ["qlhs.sotp.local", "10.20.3.7", "dms.sotp.local", "10.20.3.8"],
        ),
        ("rsync -a /srv/vb/ sao@10.44.1.9:/mnt/backup/vanban", ["10.44.1.9:/mnt/backup/vanban"]),
        ("scp dump.sql nas.ubnd.local:/volume1/db", ["nas.ubnd.local:/volume1/db"]),
        ("Ổ mạng \\\\nas02.ubnd.local\\hanhchinh mất kết nối", ["nas02.ubnd.local\\hanhchinh"]),
        ("Login failed. Server: KT-SQL01\\KETOAN2019 (error 18456)", ["KT-SQL01\\KETOAN2019"]),
        ("cài MISA vào máy VT-PC07\\SQLEXPRESS được không", ["VT-PC07\\SQLEXPRESS"]),
        (
            "[Interface]\nAddress = 10.77.0.9/32\n/ip address add address=192.168.21.1/24",
            ["10.77.0.9", "192.168.21.1"],
        ),
        (
            'fetch("https://cong-noibo.sokhdt.dongnai.gov.vn/api/duan/list")',
            ["cong-noibo.sokhdt.dongnai.gov.vn/api/duan/list"],
        ),
    ],
)
def test_internal_hosts_in_config_shapes_are_whole(text: str, hosts: list[str]) -> None:
    result = check_prompt(text)
    found = _found(text)
    for host in hosts:
        assert found.get(host) == "INTERNAL_HOST", found
    assert result.decision.value != "allow"


def test_a_network_keeps_its_prefix_length() -> None:
    # the unit's subnet names no one machine: it stays one span with its prefix (a range is
    # still the unit's addressing plan)
    assert _found("AllowedIPs = 10.77.0.0/24")["10.77.0.0/24"] == "INTERNAL_HOST"


@pytest.mark.parametrize(
    "text",
    [
        "upstream motcua_pool {\n    server 10.8.0.4:80;\n}\n"
        "location / { proxy_pass http://motcua_pool; }",
        "Tài liệu ghi ldapsearch -H ldaps://ad.example.org -b dc=example,dc=org",
        "file bao-cao-noibo.docx gửi ai?",
    ],
)
def test_pools_documentation_names_and_files_are_no_hosts(text: str) -> None:
    found = _found(text)
    assert not any(
        v == "INTERNAL_HOST" and ("pool" in k or "example" in k or "docx" in k)
        for k, v in found.items()
    ), found


# -- numbers and names that are none -------------------------------------------------------------


def test_a_hexdump_s_bytes_are_no_cccd() -> None:
    text = "Video lỗi, hexdump đầu file: 00 00 00 20 66 74 79 70 33 67 70 35. Sửa sao?"
    assert "CCCD" not in _found(text).values()


def test_a_number_and_a_date_in_aligned_columns_are_two_values() -> None:
    text = (
        "   ho_ten           cccd          ngay_sinh\n"
        "0  Lò Thị Xuyến     014183002947  21/06/1983\n"
        "1  Vàng A Sử        014096011538  02/09/1996"
    )
    found = _found(text)
    assert found.get("014183002947") == "CCCD", found
    assert found.get("014096011538") == "CCCD", found
    assert found.get("21/06/1983") == "DATE_OF_BIRTH", found


def test_a_commune_under_a_ten_xa_column_is_no_name() -> None:
    text = (
        "ten_xa          | so_ho_so\nPhường Đông Hải |      88\nXã Bình Minh    |      61\n"
        "Vẽ biểu đồ."
    )
    assert "PERSON" not in _found(text).values()
    assert check_prompt(text).decision.value == "allow"


def test_an_acronym_after_name_is_no_person() -> None:
    text = "steps:\n  - name: Chay SQL kiem tra\n    run: psql -f check.sql"
    assert "PERSON" not in _found(text).values()


def test_a_name_in_sql_s_n_quotes_is_the_name_alone() -> None:
    text = "SELECT * FROM nhan_khau WHERE ho_ten = N'Lương Thị Bích Ngọc' AND gioi_tinh = 0;"
    assert _found(text).get("Lương Thị Bích Ngọc") == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Peter HOLLAND gọi lúc 9 giờ", "Peter HOLLAND"),
        ("Dr. Arjun MEHTA gửi thư", "Arjun MEHTA"),
    ],
)
def test_a_family_name_in_capitals_after_a_cue_stays_a_name(text: str, name: str) -> None:
    # an acronym is no evidence of a foreign name, a family name in capitals still is one
    assert _found(text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            'bot = telebot.TeleBot("6081937245:aafq8lz2wm5kx0rt7yb3nc9vd1he4gj6psq")',
            "6081937245:aafq8lz2wm5kx0rt7yb3nc9vd1he4gj6psq",
        ),
        (
            'var c = new azurekeycredential("7be3ed913dcc41d29f633600404210a4");',
            "7be3ed913dcc41d29f633600404210a4",
        ),
        ("0 2 * * * pgpassword='ql_vb#5520' pg_dump -h 10.3.3.3 qlvb", "ql_vb#5520"),
    ],
)
def test_the_same_secrets_lower_cased_by_a_chat_client(text: str, secret: str) -> None:
    # chat_variants' lower case: a chat client lower-cases what it is given
    _blocked_with(text, [secret])
