"""Passwords in the forms real sources give them with no label the engine knew (holdout22's
classes, probed with new values): a command called by its path, ``net use``, a Wi-Fi QR
payload, an app password in four groups, a string given to be encoded, a key cut into an
array's elements joined in code; and what stays allowed (a SQL column's type, documentation's
sample JWT)."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt

BLOCKED = [
    # a command called by its path: the -p value is the password
    ("chạy thử: /opt/lampp/bin/mysql -u qlcb -pHg7#taiLieu26 qlcb_db", "Hg7#taiLieu26"),
    ("./mysqldump -u root -pXuan@2031kt hoso > a.sql", "Xuan@2031kt"),
    (r"C:\xampp\mysql\bin\mysqldump.exe -u admin -pPm!29ktx vbden", "Pm!29ktx"),
    # net use: after /user:name, or before /user:
    (r"lỗi 1326: net use Y: \\nas02\ketoan /user:KT\thuquy Hn#88kt-a /persistent:no", "Hn#88kt-a"),
    (r"net use \\10.1.1.9\scan Qt9$quet /user:scan01", "Qt9$quet"),
    # a Wi-Fi QR payload's key, fields in any order
    ("mã QR wifi phòng khách: WIFI:S:Khach-So-TP;T:WPA;P:Dl2026!khach;H:false;;", "Dl2026!khach"),
    ("WIFI:T:WPA;P:88776655abc;S:TangHai;;", "88776655abc"),
    # a Google app password in four groups after a config name
    ("SMTP_PASS=vkrd pqoe mzxa tybn\nSMTP_PORT=465", "vkrd pqoe mzxa tybn"),
    # a string given to be encoded or hashed, for a configuration file
    ("Hash bcrypt giúp em chuỗi này: Ph@tLy-2029", "Ph@tLy-2029"),
    ("base64 encode cái này để bỏ vào header: svc_qlvb:Tx9!moRe", "svc_qlvb:Tx9!moRe"),
]


@pytest.mark.parametrize(("text", "value"), BLOCKED)
def test_password_forms_block_whole(text: str, value: str) -> None:
    result = check_prompt(text)
    assert result.decision.value == "block"
    assert value not in result.redacted_text
    assert any(text[f.start : f.end] == value for f in result.findings)


def test_key_cut_into_joined_array_blocks() -> None:
    text = (
        "in ra gì: const t = ['gsk_Rt5Mn8Qw2Zx7Lp4Kc9Vb3', 'Hy6Jd1Fs0Ga8Ue5Wo2Ni7Pe4Tq9Xr'];"
        " const key = t.join('');"
    )
    result = check_prompt(text)
    assert result.decision.value == "block"
    assert "Rt5Mn8Qw2Zx7Lp4Kc9Vb3" not in result.redacted_text
    assert "Hy6Jd1Fs0Ga8Ue5Wo2Ni7Pe4Tq9Xr" not in result.redacted_text


ALLOWED = [
    # an array of literals nobody joins into a key; a URL's path ending in a command's name
    "tags = ['Ab12Cd34', 'Xy99'].join(', ')",
    "xem tài liệu https://dev.example.com/docs/mysql -p là tuỳ chọn mật khẩu",
    # a password column's SQL type
    "CREATE TABLE tai_khoan (id INT, ten VARCHAR(50), mat_khau_bam CHAR(60), email TEXT);",
    "ALTER TABLE users ADD password_hash VARCHAR(128) NOT NULL;",
    # a request to encode a code in capitals or a plain word: no credential
    "Mã hóa văn bản số: QĐ-2024/UBND",
    "Encode base64 chuỗi: xinchao",
    # a request to decode (the value is encoded, no password); "bấm" (press), no hash
    "Giải mã giúp chuỗi base64 này: Q2h1YyBtdW5nIG5hbSBtb2kgMjAyNw==",
    "decode giúp: SGVsbG8gV29ybGQ2MDI0",
    "bấm vào ô mã số rồi nhập: Hs2024xB",
    # a Wi-Fi QR code with no key
    "WIFI:T:nopass;S:Thu-Vien-Cong-Cong;;",
]


@pytest.mark.parametrize("text", ALLOWED)
def test_password_forms_leave_the_rest(text: str) -> None:
    result = check_prompt(text)
    assert not [f for f in result.findings if f.entity.value == "API_SECRET"]


def test_documentation_sample_jwt_is_no_secret() -> None:
    # the JWT introduction's sample: header, "John Doe" claims and a time, its own signature
    sample = (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    )
    result = check_prompt("Token mẫu này có mấy phần: " + sample)
    assert result.decision.value == "allow"


@pytest.mark.parametrize(
    "payload",
    [
        # {"sub":"admin","iat":1516239022}: a real role, no placeholder person
        "eyJzdWIiOiJhZG1pbiIsImlhdCI6MTUxNjIzOTAyMn0",
        # {"sub":"1234567890","name":"John Doe","role":"admin"}: a claim past the sample's
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwicm9sZSI6ImFkbWluIn0",
    ],
)
def test_a_token_past_the_sample_still_blocks(payload: str) -> None:
    token = (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + payload
        + ".Qm4xT7kLp2VzR9wYc8NbF3hJ6sDg1AeUoXi5Kt0Mq"
    )
    assert check_prompt("Token: " + token).decision.value == "block"
