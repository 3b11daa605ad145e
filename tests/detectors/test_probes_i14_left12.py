"""Issue 14, a probe set written by i14-left12 before any change: secrets and identifiers in the
forms users paste them (YAML, TOML, .env, shell history, curl, Postman and Jupyter exports),
passwords in Vietnamese chat with typos, identifiers in pairs or triplets, under snake_case and
camelCase keys holding extra words, with their cue after the value. Each probe must block (a
secret) or redact (an identifier), with every character of its value under a finding: a value
partly visible is a leak. The first figure on main (9924ce9) is in docs/benchmarks.md; the hard
negatives below them are prose, code reading a secret from elsewhere, placeholders."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, check_prompt

BLOCK = Decision.BLOCK
#: a fake key of OpenAI's shape
KEY = "sk-proj-4fQ9xWYyDXEtT3BlbkFJ7vLk3pR8wZ1nB4cF6hJ0aE5g"
REDACT = Decision.REDACT

# (prompt, the value that must be covered whole, the weakest decision allowed)
PROBES: list[tuple[str, str, Decision]] = [
    # --- keys and passwords in configuration files
    ("database:\n  host: 10.0.0.5\n  password: Hoa$Sen2024\n", "Hoa$Sen2024", BLOCK),
    (f'[openai]\napi_key = "{KEY}"\n', KEY, BLOCK),
    ("SMTP_PASS=qlvb2024!\nSMTP_USER=vanthu", "qlvb2024!", BLOCK),
    ("[mail]\nsmtp_password = 'Tr@nH2024'", "Tr@nH2024", BLOCK),
    ('dbPassword: "Qlvb2024x"', "Qlvb2024x", BLOCK),
    ("const adminPasswordMoi = 'HaNoi#2025';", "HaNoi#2025", BLOCK),
    ("matKhauQuanTri: Ql@vb2025", "Ql@vb2025", BLOCK),
    ("mat_khau_email_cong_vu=Vt2025@hn", "Vt2025@hn", BLOCK),
    # --- shell history and command lines
    ("  512  export PGPASSWORD='Tr@nH2024'\n  513  psql -h 10.0.0.5", "Tr@nH2024", BLOCK),
    ("  88  mysql -u root -pQlvb@2024 qlvb", "Qlvb@2024", BLOCK),
    (
        'curl -H "X-API-Key: 7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e" https://api.example.vn/v1',
        "7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e",
        BLOCK,
    ),
    ("curl -u admin:Qlvb2024x https://dvc.example.vn/api", "Qlvb2024x", BLOCK),
    # --- exports: Postman and Jupyter
    ('{"key": "password", "value": "Hn@2024xyz", "type": "text"}', "Hn@2024xyz", BLOCK),
    (
        '{"key": "x-api-key", "value": "9c1e5b2d4f6a8c0e1b3d5f7a9c2e7f3a", "type": "text"}',
        "9c1e5b2d4f6a8c0e1b3d5f7a9c2e7f3a",
        BLOCK,
    ),
    (f'"source": [\n "import openai\\n",\n "openai.api_key = \\"{KEY}\\"\\n"\n]', KEY, BLOCK),
    # --- passwords in Vietnamese chat, typos and glued passphrases
    ("mật khẩu: Con Mèo Đen Nhà Tôi", "Con Mèo Đen Nhà Tôi", BLOCK),
    ("pass la hoahongdo", "hoahongdo", BLOCK),
    ("mk cua e la anhyeuem nhe", "anhyeuem", BLOCK),
    ("mat khau wifi la nhaminhvui", "nhaminhvui", BLOCK),
    ("mạt khẩu: Lan@1990", "Lan@1990", BLOCK),
    ("mât khau la hoa1990", "hoa1990", BLOCK),
    ("pas la Lan1990 nha", "Lan1990", BLOCK),
    ("passs: Lan@1990", "Lan@1990", BLOCK),
    ("mk: Hà Nội Mùa Thu Vàng", "Hà Nội Mùa Thu Vàng", BLOCK),
    ("pass vneid của bố là: Trời Xanh Mây Trắng", "Trời Xanh Mây Trắng", BLOCK),
    # --- one-time codes: the whole code is the value
    ("mã otp: 2024-2025-2026", "2024-2025-2026", BLOCK),
    ("otp 482-913", "482-913", BLOCK),
    ("ma xac thuc: 48 29 13", "48 29 13", BLOCK),
    # --- identifiers with their cue after the value
    ("so_id: 'C0220752'  # Số hộ chiếu", "C0220752", REDACT),
    ("id: 012345678  # số CMND cũ", "012345678", REDACT),
    ("ma: 0123456789 // ma so BHXH", "0123456789", REDACT),
    ("C0220752 là số hộ chiếu của em", "C0220752", REDACT),
    ("0071000123456 (số tài khoản Vietcombank của tôi)", "0071000123456", REDACT),
    # --- identifiers under keys holding the cue with extra words
    ("so_tai_khoan_vietcombank=0071000123456", "0071000123456", REDACT),
    ('soHoChieuNguoiNop: "C0220752"', "C0220752", REDACT),
    ("so_cmnd_cu = 012345678", "012345678", REDACT),
    ("maSoBhxhNhanVien: 0123456789", "0123456789", REDACT),
    ("SO_TAI_KHOAN_NHAN_LUONG: 19036677889900", "19036677889900", REDACT),
    # --- identifiers in pairs and triplets
    ("Số CCCD: 00 10 85 01 23 45", "00 10 85 01 23 45", REDACT),
    ("số tài khoản: 00 71 00 01 23 45 6", "00 71 00 01 23 45 6", REDACT),
    ("Số hộ chiếu: C0 22 07 52", "C0 22 07 52", REDACT),
    ("sđt: 09 12 34 56 78", "09 12 34 56 78", REDACT),
    ("Số BHXH: 012 345 678 9", "012 345 678 9", REDACT),
    ("CMND 01 23 45 67 8", "01 23 45 67 8", REDACT),
]

# a second set, written once the first was covered (24 probes: 17 went out on main, 4 after the
# first two commits: a container's env pair, a title-case phrase holding "Trên", a cue after a
# comma, a kebab-case key)
PROBES_B: list[tuple[str, str, Decision]] = [
    ("MAT_KHAU_ADMIN: Hn@2025xx", "Hn@2025xx", BLOCK),
    ("export DB_PASS_PROD='Qlvb#2025'", "Qlvb#2025", BLOCK),
    ("  - name: DB_PASSWORD\n    value: Qlvb2025!x", "Qlvb2025!x", BLOCK),
    ('"matKhau": "hoahongdo123"', "hoahongdo123", BLOCK),
    ("mk la: trangtrang", "trangtrang", BLOCK),
    ("mật khẩu mới là: Mưa Rơi Trên Phố", "Mưa Rơi Trên Phố", BLOCK),
    ("pwd la emyeuhanoi nha", "emyeuhanoi", BLOCK),
    ("pasword: Lan@1990", "Lan@1990", BLOCK),
    ("ma OTP la 4829-1357", "4829-1357", BLOCK),
    ("otp: 48.29.13", "48.29.13", BLOCK),
    ("ma xac nhan 4829 1357", "4829 1357", BLOCK),
    (
        '{"name": "token", "value": "9c1e5b2d4f6a8c0e1b3d5f7a9c2e7f3a"}',
        "9c1e5b2d4f6a8c0e1b3d5f7a9c2e7f3a",
        BLOCK,
    ),
    (
        "1021  curl -H 'Authorization: Bearer 9c1e5b2d4f6a8c0e1b3d5f7a9c2e7f3a' http://x",
        "9c1e5b2d4f6a8c0e1b3d5f7a9c2e7f3a",
        BLOCK,
    ),
    ("B1234567 // ho chieu cua khach", "B1234567", REDACT),
    ("0123456789 -- ma so BHXH cua chi Lan", "0123456789", REDACT),
    ("012345678, số CMND cũ của bố", "012345678", REDACT),
    ("soTaiKhoanNhan: 0071000123456", "0071000123456", REDACT),
    ("so-tai-khoan: 0071000123456", "0071000123456", REDACT),
    ("SO_CMND_NGUOI_THAN=012345678", "012345678", REDACT),
    ("ma_so_bhxh_cu: 01 23 45 67 89", "01 23 45 67 89", REDACT),
    ("stk vcb: 0071 000 123 456", "0071 000 123 456", REDACT),
    ("hộ chiếu: C 02 20 75 2", "C 02 20 75 2", REDACT),
    ("CCCD: 001 085 012 345 (của mẹ)", "001 085 012 345", REDACT),
    ("mã số thuế cá nhân: 80 12 34 56 78", "80 12 34 56 78", REDACT),
]

# prose about passwords and codes, code reading a secret from elsewhere, placeholders
NEGATIVES: list[str] = [
    "mật khẩu là gì",
    "pass la bao nhieu ky tu",
    "mk la cai gi",
    "mat khau la ten con cho",
    "Mật khẩu phải có tối thiểu 8 ký tự",
    "quên mật khẩu thì làm sao",
    "mật khẩu: Xem Hướng Dẫn",
    'password = os.environ["DB_PASSWORD"]',
    "api_key: <your-api-key>",
    "password: changeme",
    "DB_PASSWORD=xxxx",
    "mã otp gồm 6 chữ số",
    "Số hộ chiếu của em hết hạn rồi",
    "so_tai_khoan_vietcombank là tên cột",
    # a key naming a property of passwords holds a setting; a key of one word is a label
    "password_min_length: 12",
    "passwordExpiryDays: 90",
    "PASSWORD_RESET_TIMEOUT=3600",
    "dbPassword: the one you set at registration",
    "passportNo: chưa có",
    "compassHeading: north",
    # an exported pair whose value is a variable
    '{"key": "password", "value": "{{password}}", "type": "text"}',
    # English prose after an English label; one syllable after "là"; a hint with spaces
    "password: mandatory",
    "pass la xong",
    "mật khẩu: Xem Hướng Dẫn",
    "pas de deux",
    # a code's sentence goes on after it: only the code is the value
    "mã otp gồm 6 chữ số, hết hạn sau 5 phút",
    # a container's env pair whose value is a variable or comes from a secret store
    '  - name: DB_PASSWORD\n    value: "${DB_PASSWORD}"',
    "  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:",
    "pin: 5000.5 mAh",
]


def uncovered(text: str, value: str, weakest: Decision) -> str | None:
    """Why the probe goes out, or None when its value is covered whole at ``weakest`` or more."""
    check = check_prompt(text)
    at = text.index(value)
    span = range(at, at + len(value))
    rank = {Decision.ALLOW: 0, Decision.REDACT: 1, Decision.BLOCK: 2}
    if rank[check.decision] < rank[weakest]:
        return f"decision {check.decision.value}"
    covered = {
        i
        for f in check.findings
        if f.action in (Decision.REDACT, Decision.BLOCK)
        for i in range(f.start, f.end)
    }
    left = [i for i in span if i not in covered and not text[i].isspace()]
    return f"{len(left)} characters visible" if left else None


@pytest.mark.parametrize(("text", "value", "weakest"), PROBES + PROBES_B)
def test_a_probe_is_covered_whole(text: str, value: str, weakest: Decision) -> None:
    assert uncovered(text, value, weakest) is None


@pytest.mark.parametrize("text", NEGATIVES)
def test_a_negative_stays_clean(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


def test_the_probe_set_is_large_enough() -> None:
    assert len(PROBES) >= 40


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text("0123456789", min_size=3, max_size=6), min_size=2, max_size=4),
    st.sampled_from(["-", ".", " ", "/"]),
    st.sampled_from(["mã otp: ", "OTP ", "ma xac thuc la ", "mã kích hoạt: "]),
)
def test_a_code_in_groups_is_never_partly_visible(groups: list[str], joint: str, cue: str) -> None:
    """The whole code run is the value: a group of it left beside the finding is a leak."""
    code = joint.join(groups)
    if len(groups[0]) < 4 and joint != " ":
        return  # the first group is no code of its own ("123-456" is a shape the cue reads)
    text = cue + code
    check = check_prompt(text)
    if check.decision is Decision.ALLOW:
        return  # not read as a code at all: the cue's other rules, not this property
    assert check.redacted_text == "" or not any(g in check.redacted_text for g in groups)
    covered = {i for f in check.findings for i in range(f.start, f.end)}
    assert all(i in covered for i in range(len(cue), len(text)) if text[i].isdigit())


# -- the rules beside the probes (written after the first figure, not counted in it)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MST: 01 00 00 00 10", "01 00 00 00 10"),
        ("Mã số thuế 01 00 23 34 88", "01 00 23 34 88"),
        ("Số BHXH: 01 00 00 00 10", "01 00 00 00 10"),
        ("MST: 01&nbsp;00&nbsp;23&nbsp;34&nbsp;88", "01&nbsp;00&nbsp;23&nbsp;34&nbsp;88"),
    ],
)
def test_digits_in_pairs_are_a_number_under_its_cue(text: str, value: str) -> None:
    assert uncovered(text, value, REDACT) is None


@pytest.mark.parametrize("text", ["điểm: 01 00 23 34 88", "01 00 23 34 88", "lớp 01 02 03 04 05"])
def test_digits_in_pairs_without_a_cue_stay(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


def test_glued_syllables_count_the_fewest() -> None:
    from ai_guard.text.encodings import glued_syllables

    assert glued_syllables("hoahongdo") == 3
    assert glued_syllables("anhyeuem") == 3
    assert glued_syllables("nhieu") == 1  # one syllable, though "nhi" + "eu" would fit
    assert glued_syllables("password") == 0
    assert glued_syllables("admin") == 0
    assert glued_syllables("hoa2024") == 0


@pytest.mark.parametrize(
    ("text", "value", "cue"),
    [
        ("so_tai_khoan_vietcombank=0071000123456", "0071000123456", "so tai khoan"),
        ('"soHoChieuNguoiNop": "C0220752"', "C0220752", "so ho chieu"),
        ("maSoBhxhNhanVien: 0123456789", "0123456789", "ma so bhxh"),
        ("port: 5432", "5432", None),
        ("http://host:0071000123456", "0071000123456", None),
    ],
)
def test_a_key_holding_a_cue_names_its_value(text: str, value: str, cue: str | None) -> None:
    from ai_guard.detectors import _cues
    from ai_guard.text import Document

    doc = Document(text)
    start = text.index(value)
    sets = (_cues.BANK, _cues.PASSPORT, _cues.cue_set("bhxh"))
    assert next((c for s in sets if (c := s.keyed(doc, start)) is not None), None) == cue


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("so_id: 'C0220752'  # Số hộ chiếu", True),
        ("C0220752 là số hộ chiếu của em", True),
        ("C0220752 (hộ chiếu)", True),
        ("C0220752 - số hộ chiếu của chồng là C0220753", False),  # names the next one
        ("C0220752 là mã đơn hàng", False),
    ],
)
def test_a_note_after_a_value_names_it(text: str, named: bool) -> None:
    from ai_guard.detectors import _cues
    from ai_guard.text import Document

    assert (
        _cues.PASSPORT.trailing(Document(text), text.index("C0220752") + 8) is not None
    ) is named


@pytest.mark.parametrize("code", ["000 030000 0000", "123 456789 0000", "000 0300 0000"])
def test_a_code_opening_with_a_short_group_is_taken_whole(code: str) -> None:
    # CI's draw of the property above: the phone rule read "030000 0000" and "000" stayed out
    text = f"mã otp: {code}"
    check = check_prompt(text)
    assert check.decision is Decision.BLOCK
    assert [text[f.start : f.end] for f in check.findings] == [code]
