"""Issue 14, secrets and identifiers in the forms a user types to dodge the guard (i14-left11):
passphrases of several words, card PINs and codes read out or spaced, shortened password labels,
vendor keys whose prefix was typed loosely, case numbers in lower case, an e-mail whose user
name a line break cut, a SQL Server host after its protocol. Each went out (or out in part) on
main at f233184; the look-alikes below them stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.testing import strategies as vst

SECRET = EntityType.API_SECRET


def _found(text: str) -> dict[EntityType, list[str]]:
    out: dict[EntityType, list[str]] = {}
    for f in check_prompt(text).findings:
        out.setdefault(f.entity, []).append(text[f.start : f.end])
    return out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # passphrases: the whole phrase, not its first word
        ("mật khẩu là con mèo đen nhà tôi 2024", "con mèo đen nhà tôi 2024"),
        ("mat khau la con meo den nha toi 2024", "con meo den nha toi 2024"),
        ("pass: correct horse battery staple", "correct horse battery staple"),
        ("passphrase: tôi yêu hà nội mùa thu 1975", "tôi yêu hà nội mùa thu 1975"),
        ("mk wifi nhà em là: anh yeu em 3000", "anh yeu em 3000"),
        ("mật khẩu mới: Hoa Sen Trắng 99", "Hoa Sen Trắng 99"),
        ("mật khẩu của tôi gồm: Hà Nội 1000 năm", "Hà Nội 1000 năm"),
        ("pass: Abc 123 !@#", "Abc 123 !@#"),
        ("mật khẩu là con mèo đen 2024, nhớ đổi nhé", "con mèo đen 2024"),
        # a card's PIN and one-time codes, after every cue and however the digits are typed
        ("mã pin thẻ atm của tôi là 482913", "482913"),
        ("mã PIN thẻ: 4829", "4829"),
        ("pin thẻ 1234", "1234"),
        ("pin the atm 8812", "8812"),
        ("PIN: 2468", "2468"),
        ("OTP la 4 8 2 9 1 3", "4 8 2 9 1 3"),
        ("mã otp: bốn tám hai chín một ba", "bốn tám hai chín một ba"),
        ("ma otp: bon tam hai chin mot ba", "bon tam hai chin mot ba"),
        # password labels shortened or glued
        ("m k: Ab@12345", "Ab@12345"),
        ("m.k: Ab@12345", "Ab@12345"),
        ("mkhau: Ab@12345", "Ab@12345"),
        ("matkhau: Ab@12345", "Ab@12345"),
        ("mật_khẩu=Ab@12345", "Ab@12345"),
        # vendor keys whose prefix was typed loosely, with no key name before them
        ("AI za SyD9xQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUq", "AI za SyD9xQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUq"),
        (
            "dùng sk proj 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gU nhé",
            "sk proj 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gU",
        ),
        (
            "s-k-proj-4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gU",
            "s-k-proj-4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gU",
        ),
        (
            "groq: gsk 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gUabc",
            "gsk 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gUabc",
        ),
        (
            "ghp 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6h",
            "ghp 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6h",
        ),
        (
            "AIza-SyD9xQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUq",
            "AIza-SyD9xQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUq",
        ),
        (
            "hf-aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
            "hf-aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
        ),
        (
            "xai 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gUabcdef",
            "xai 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gUabcdef",
        ),
        # a key pasted before its name (the tenth session's list of what was left)
        (
            "SyD9xQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUq là key gemini của em",
            "SyD9xQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUq",
        ),
        (
            "Xk9vQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gU is my claude key",
            "Xk9vQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gU",
        ),
        # an OpenAI key with its prefix cut off: its mark "T3BlbkFJ" (base64 of "OpenAI")
        (
            "đây nè 4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gU",
            "4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gU",
        ),
        (
            "proj-4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gU",
            "proj-4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5gU",
        ),
        (
            "sk ant api03 Xk9vQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUxk9vQ2",
            "sk ant api03 Xk9vQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUxk9vQ2",
        ),
    ],
)
def test_a_dodged_secret_is_found_whole_and_blocks(text: str, value: str) -> None:
    result = check_prompt(text)
    assert value in _found(text).get(SECRET, []), _found(text)
    assert result.decision is Decision.BLOCK


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("số 45/2023/dsst", EntityType.CASE_NUMBER, "45/2023/dsst"),
        ("bản án số 88/2023/hsst", EntityType.CASE_NUMBER, "88/2023/hsst"),
        ("quyết định 12/2024/qđ-pt", EntityType.CASE_NUMBER, "12/2024/qđ-pt"),
        ("ban an so 12/2024/qd-pt", EntityType.CASE_NUMBER, "12/2024/qd-pt"),
        ("Quyết định số 05/2023/QĐ-GĐT", EntityType.CASE_NUMBER, "05/2023/QĐ-GĐT"),
        ("ban an 15-2024-HS-ST", EntityType.CASE_NUMBER, "15-2024-HS-ST"),
        ("bản án 15 - 2024 - hs - st", EntityType.CASE_NUMBER, "15 - 2024 - hs - st"),
        # the user name a line break cut: the whole address, both lines
        ("email nguyen.van\nan@gmail.com", EntityType.EMAIL, "nguyen.van\nan@gmail.com"),
        ("email nguyenvan\nan.hcm@gmail.com", EntityType.EMAIL, "nguyenvan\nan.hcm@gmail.com"),
        # SQL Server's protocol stays, the host goes with its port
        (
            "Server=tcp:db.noibo.local,1433;Database=hoso;User Id=sa;Password=Abc@12345;",
            EntityType.INTERNAL_HOST,
            "db.noibo.local,1433",
        ),
        (
            "Data Source=tcp:10.1.2.3,1433;Initial Catalog=hoso;User ID=sa;Password=Abc@12345",
            EntityType.INTERNAL_HOST,
            "10.1.2.3,1433",
        ),
    ],
)
def test_an_odd_identifier_is_found_whole(text: str, entity: EntityType, value: str) -> None:
    assert _found(text).get(entity) == [value]


def test_the_protocol_word_of_a_connection_string_stays() -> None:
    text = "Server=tcp:db.noibo.local,1433;Database=hoso;User Id=sa;Password=Abc@12345;"
    result = check_prompt(text)
    assert result.redacted_text.startswith("Server=tcp:[INTERNAL_HOST_1];")
    assert "Abc@12345" not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "email cua toi la\nan@gmail.com",
        "Contact\nan@gmail.com",
        "số 0912\nan@gmail.com",
    ],
)
def test_a_word_before_an_address_on_its_own_line_stays(text: str) -> None:
    assert _found(text).get(EntityType.EMAIL) == ["an@gmail.com"]


@pytest.mark.parametrize(
    "text",
    [
        "mật khẩu phải có tối thiểu 8 ký tự",
        "mật khẩu là gì và vì sao cần đổi định kỳ",
        "mật khẩu: tối thiểu 8 ký tự, có chữ hoa và số",
        "mật khẩu là thứ quan trọng nhất",
        "mật khẩu là chuỗi ký tự bí mật dùng để đăng nhập",
        "Mật khẩu: do người dùng tự đặt khi đăng ký",
        "password: the one you set at registration",
        "password: at least 12 characters long",
        "pass: để trống",
        "pass môn toán 2024",
        "mk là gì vậy",
        "mật khẩu là 6 số cuối CCCD",
        "hướng dẫn đổi mã pin thẻ atm",
        "quên mã PIN thẻ ATM thì làm thế nào",
        "pin thẻ mới cấp phải đổi ngay",
        "pin điện thoại còn 20%",
        "pin: 5000mAh, sạc nhanh",
        "Dung lượng pin: 5000 mAh",
        "Đề nghị đổi mật khẩu: thực hiện trước ngày 30/6/2025",
        "mk: mình 25 tuổi, ở Hà Nội",
        "mật khẩu wifi: hỏi lễ tân tầng 1",
        "Mật khẩu: ít nhất 8 ký tự gồm chữ hoa, chữ thường, số và ký tự đặc biệt.",
        "Mật khẩu mặc định: do quản trị viên cấp",
        "mật khẩu là yếu tố quan trọng hàng đầu trong bảo mật năm 2024",
        "Nhập mã PIN của bạn tại cây ATM, sau 3 lần sai thẻ bị khóa.",
        "Pin: Li-ion 4000 mAh",
        "CVV là 3 số ở mặt sau thẻ",
        "pass: bài kiểm tra đạt 8 điểm",
        "mã kích hoạt: gửi qua SMS trong 24 giờ",
        "sk-learn là thư viện học máy",
        "NguyenVanAnHaNoiVietNam la key",
        "mở file /home/user/app.config.json key",
        "mã otp gồm 6 chữ số",
        "mã otp có bốn chữ số",
        "bảo mật thông tin",
        "quyết định 12/QĐ-UBND",
        "nghị định 13/2023/NĐ-CP",
        "quyết định 12/2024/QĐ-TTg",
        "thông tư 24/2020/TT-BCA",
        "mã 2-2024-HS-ST-01",
        "ngày 15-2024-HS",
        "SK 2024 của cán bộ: tốt",
        "mật khẩu: liên hệ số 19001234",
        "Pwd={DB_PASSWORD}",
    ],
)
def test_prose_about_passwords_pins_and_documents_stays_clean(text: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.ALLOW, _found(text)


_WORDS = st.sampled_from(
    ["con", "meo", "den", "nha", "hoa", "sen", "trang", "bien", "xanh", "gio", "mua", "thu"]
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.sampled_from(["mật khẩu là", "mat khau la", "pass:", "mật khẩu:", "passphrase:"]),
    st.lists(_WORDS, min_size=2, max_size=6),
    st.integers(10, 9999),
)
def test_a_passphrase_with_a_number_is_redacted_whole(
    label: str, words: list[str], number: int
) -> None:
    phrase = " ".join([*words, str(number)])
    text = f"{label} {phrase}"
    assert phrase in _found(text).get(SECRET, []), text


@settings(max_examples=60, deadline=None, derandomize=True)
@given(vst.api_keys(), st.sampled_from(["{}", "key mới đây {} nhé", "dùng tạm:\n{}"]))
def test_a_key_with_its_prefix_typed_loosely_is_never_partly_visible(
    key: str, template: str
) -> None:
    loose = vst.prefix_spaced(key)
    text = template.format(loose)
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK, text
    assert loose in _found(text).get(SECRET, []), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # two passwords under one label: the second went out
        ("Password cũ là Hanoi@2023, mới là Hanoi@2024", ["Hanoi@2023", "Hanoi@2024"]),
        ("mk cũ Abc@2023 mới là Abc@2024", ["Abc@2023", "Abc@2024"]),
        # a card's security code, an activation code in groups, a Wi-Fi key after its SSID
        ("mã bảo mật thẻ (CVV) 123", ["123"]),
        ("số thẻ 4111 1111 1111 1111 cvv 789", ["789"]),
        ("CVV: 456", ["456"]),
        ("mã kích hoạt: AB12-CD34-EF56", ["AB12-CD34-EF56"]),
        ("wifi phòng họp: SSID HopTang3 / 88889999", ["88889999"]),
        # a key's prefix lower-cased and spaced
        ("aiza SyD9xQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUq", ["aiza SyD9xQ2mT7vLk3pR8wZ1nB4cF6hJ0aE5gUq"]),
        # a third round of probes: two words with a year, the value after its description,
        # alone under its label, in ODBC braces, an e-wallet named, codes in pairs, a card's
        # kind, a second factor, the PIN after the card
        ("mk: Hanoi 2024", ["Hanoi 2024"]),
        ("mật khẩu là ngày sinh của tôi 15031990", ["15031990"]),
        ("Mật khẩu\nAbc@1234", ["Abc@1234"]),
        ("Uid=sa;Pwd={Abc@12;3}", ["Abc@12;3"]),
        ("mật khẩu ví momo 739184", ["739184"]),
        ("Mã OTP: 48 29 13", ["48 29 13"]),
        ("PIN thẻ tín dụng: 7391", ["7391"]),
        ("mã xác thực 2 lớp của tôi là 739 184", ["739 184"]),
        ("the atm pin 4821", ["4821"]),
        ("ATM PIN: 4821", ["4821"]),
        # connection strings: Oracle's thin URL with its credentials, a quoted value with a space
        ("jdbc:oracle:thin:scott/Tiger2024@10.1.2.3:1521/orcl", ["Tiger2024"]),
        (
            'Data Source=10.1.2.3;User ID=sa;Password="Sa 2024!"',
            ["Sa 2024!"],
        ),
        # a URL password holding "@" and "#": whole, and the host after the last "@"
        ("postgres://qlvb:Ql@vb#2024@10.20.3.15:5432/hoso", ["Ql@vb#2024"]),
    ],
)
def test_more_dodged_secrets_are_found_whole(text: str, values: list[str]) -> None:
    assert _found(text).get(SECRET) == values
    assert check_prompt(text).decision is Decision.BLOCK


def test_a_password_with_at_and_hash_leaves_the_host_whole() -> None:
    text = "postgres://qlvb:Ql@vb#2024@10.20.3.15:5432/hoso"
    assert _found(text).get(EntityType.INTERNAL_HOST) == ["10.20.3.15:5432/hoso"]
    assert check_prompt(text).redacted_text == "postgres://qlvb:[API_SECRET_1]@[INTERNAL_HOST_1]"


@pytest.mark.parametrize(
    "text", ["cvv là gì", "mã kích hoạt gồm 3 nhóm", "SSID: HopTang3 / 2.4GHz", "tk abc / 2.4GHz"]
)
def test_their_look_alikes_stay(text: str) -> None:
    assert SECRET not in _found(text)


def test_an_at_sign_in_a_query_does_not_move_a_url_password() -> None:
    text = "https://u:p1@host?x=a@b"
    assert check_prompt(text).redacted_text == "https://u:[API_SECRET_1]@host?x=a@b"
