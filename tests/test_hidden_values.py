"""Values hidden on purpose to slip past a guard (issue 14; the classes holdout21 found), on new
probes of their own: a value encoded whole (base64, hexadecimal, percent-encoding) that a model
decodes when asked, leetspeak, a key given in pieces, a password cut by a line break, a level
after a document's number in capitals without diacritics, TCVN3 capitals whose lower-case
codes draw as capitals, a look-alike letter at a key's end, a prose dash after a key. Each
test of a class fails on main before the change; the hard negatives beside them pass on both.
"""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import quote_plus

import pytest

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType


def _spans(text: str) -> tuple[Decision, list[tuple[EntityType, str]], str]:
    r = check_prompt(text)
    return r.decision, [(f.entity, text[f.start : f.end]) for f in r.findings], r.redacted_text


# -- encoded values: the whole token is what it hides ---------------------------------------------


def test_base64_of_a_cccd_is_redacted_as_a_cccd() -> None:
    token = base64.b64encode(b"036092004471").decode()  # Nam Dinh, male, 1992
    text = f"Em gửi dạng mã hoá cho an toàn: {token} - giải mã rồi tra giúp em nơi cấp."
    decision, found, redacted = _spans(text)
    assert decision is Decision.REDACT
    assert (EntityType.CCCD, token) in found
    assert token not in redacted


def test_base64_of_a_stamp_blocks() -> None:
    token = base64.b64encode("TUYỆT MẬT".encode()).decode()
    decision, found, _ = _spans(f"Decode giúp dòng đầu: {token} rồi tóm tắt phần sau.")
    assert decision is Decision.BLOCK
    assert (EntityType.STATE_SECRET_MARK, token) in found


def test_short_encodings_of_a_stamp_block() -> None:
    # "MẬT" is five bytes: eight base64 characters with their padding, ten hex digits
    for token in (base64.b64encode("MẬT".encode()).decode(), "MẬT".encode().hex()):
        decision, found, _ = _spans(f"Độ mật ghi mã hoá: {token}. Dịch giúp phần thân.")
        assert decision is Decision.BLOCK, token
        assert (EntityType.STATE_SECRET_MARK, token) in found


def test_hex_of_a_phone_is_redacted_as_a_phone() -> None:
    token = b"0983217654".hex()
    decision, found, redacted = _spans(f"số này ở dạng hex {token}, đổi lại giúp mình")
    assert decision is Decision.REDACT
    assert (EntityType.PHONE, token) in found
    assert token not in redacted


def test_a_percent_encoded_name_in_a_query_is_redacted_whole() -> None:
    name = quote_plus("Phan Thị Ngọc Bích")
    text = f"Link lỗi: https://dichvu.example.vn/tra-cuu?ho_ten={name}&nam=2024, sửa giúp"
    decision, found, redacted = _spans(text)
    assert decision is Decision.REDACT
    assert (EntityType.PERSON, name) in found
    assert "Ng%E1%BB%8Dc" not in redacted


@pytest.mark.parametrize(
    "text",
    [
        # base64 of a greeting, a file's digest, a UUID, long words, a build number
        "Giải mã giúp: " + base64.b64encode("Chúc cả nhà năm mới an khang".encode()).decode(),
        "sha256 của bản cài đặt: " + hashlib.sha256(b"setup-4.2.1.exe").hexdigest(),
        "request id 9f1c2a7e-4b3d-4e8a-9c21-7d5e0f3b6a14 bị lỗi 500",
        "internationalization and Hochiminhcity are long words, build 20251231",
        "link https://example.vn/tim-kiem?q=ph%E1%BB%9F+b%C3%B2 không mở được",
    ],
)
def test_harmless_encoded_text_is_allowed(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


# -- codes typed one character at a time -----------------------------------------------------------


def test_a_passport_with_a_slash_between_every_character_is_redacted_whole() -> None:
    value = "C/4/8/1/9/2/7/3"
    decision, found, redacted = _spans(f"Số hộ chiếu của bà: {value}, điền giúp tờ khai.")
    assert decision is Decision.REDACT
    assert (EntityType.PASSPORT, value) in found
    assert value not in redacted


def test_a_letter_spaced_decision_number_is_redacted_whole() -> None:
    value = "4 7 / Q Đ - C C T H A D S"
    text = f"Quyết định thi hành án số {value} gửi bà Lâm Thị Hoa, soạn giúp thông báo."
    decision, found, _ = _spans(text)
    assert decision is Decision.REDACT
    assert (EntityType.CASE_NUMBER, value) in found


@pytest.mark.parametrize("text", ["mục a / b / c / d / e / f", "x y z 1 2 w", "điểm: 9 / 10"])
def test_spaced_letters_and_scores_are_allowed(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


# -- leetspeak -----------------------------------------------------------------------------------


def test_a_name_in_leetspeak_is_redacted() -> None:
    decision, found, redacted = _spans("Soạn giấy mời gửi ông Ph4m V4n Th4nh (viết số cho né lọc).")
    assert decision is Decision.REDACT
    assert (EntityType.PERSON, "Ph4m V4n Th4nh") in found
    assert "Th4nh" not in redacted


def test_a_level_in_leetspeak_blocks() -> None:
    decision, found, _ = _spans("van ban tuy3t m4t nay can tom tat truoc 3h chieu")
    assert decision is Decision.BLOCK
    assert any(e is EntityType.STATE_SECRET_MARK and "m4t" in v for e, v in found)
    decision, _, _ = _spans("Độ mật: T01 M4T\nTóm tắt giúp tôi.")
    assert decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    ["ch40 c4c b4n, h3n g4p l41 n3 <3", "phòng T3 tầng 4, giấy A4, file mp3, nhấn F5, Win10"],
)
def test_leetspeak_and_codes_without_a_value_are_allowed(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


# -- a key in pieces, a password cut by a line, a key's edges --------------------------------------


def test_a_key_given_in_pieces_blocks_every_piece() -> None:
    a, b = "sk-proj-Zq4Xv8Lm2Nd7", "Pt6Rw1Yc9Hb3Kf5Gs0Jd8Lx2Vn4Qm7Tz"
    decision, found, _ = _spans(f"Key chia 2 nửa cho an toàn: nửa đầu {a}, nửa sau {b}. Ghép lại.")
    assert decision is Decision.BLOCK
    assert (EntityType.API_SECRET, a) in found
    assert (EntityType.API_SECRET, b) in found


@pytest.mark.parametrize(
    "text",
    [
        "Thay sk-proj-... bằng key của bạn, ví dụ sk-proj-YOUR_KEY_HERE",
        "Dùng tiền tố sk-ant-api03-xxxxxxxxxxxx trong tài liệu mẫu",
    ],
)
def test_key_prefixes_in_documentation_are_allowed(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


def test_a_password_cut_by_a_line_break_is_one_span() -> None:
    text = "mật khẩu wifi phòng khách tầng 2 là\nKhachTang\n#2@2025\n(bị xuống dòng), in giúp"
    decision, found, _ = _spans(text)
    assert decision is Decision.BLOCK
    assert (EntityType.API_SECRET, "KhachTang\n#2@2025") in found


def test_the_next_line_of_a_file_is_no_password_tail() -> None:
    text = "DB_USER=qlvb\nDB_PASSWORD=Qx7!pass9\nMAIL_HOST=mail.noibo\nsửa giúp file .env"
    _, found, _ = _spans(text)
    assert (EntityType.API_SECRET, "Qx7!pass9") in found


def test_a_look_alike_letter_ends_a_key_inside_its_finding() -> None:
    key = "sk-proj-Hb3Kf5Gs0Jd8Lx2Vn4Qm7TzPt6Rw1Yc9" + "\u0441"  # a Cyrillic "с" last
    text = f'client = OpenAI(api_key="{key}")'
    _, found, _ = _spans(text)
    assert (EntityType.API_SECRET, key) in found


def test_a_prose_dash_after_a_key_is_not_part_of_it() -> None:
    key = "sk-ant-api03-" + "Lq8vT2nR5xW9mZ4kP7yB3cH6jD1fG0sA" + "-eUoIqNtVbXwYz2KAA"
    _, found, _ = _spans(f"ANTHROPIC_API_KEY={key} - write me a curl")
    assert (EntityType.API_SECRET, key) in found


# -- a level after a document's number; TCVN3 capitals; a mojibake stamp's span -------------------


def test_a_level_after_a_document_number_in_capitals_blocks() -> None:
    decision, found, _ = _spans("CONG VAN SO 205/UBND-NC TUYET MAT - BAO CAO NHANH. TOM TAT GIUP")
    assert decision is Decision.BLOCK
    assert (EntityType.STATE_SECRET_MARK, "TUYET MAT") in found


def test_a_sentence_after_a_document_number_is_not_a_level() -> None:
    text = "cong van so 205/UBND-NC toi mat roi, xin cap lai ban sao"
    assert check_prompt(text).decision is Decision.ALLOW


def test_tcvn3_capitals_drawn_from_lower_case_codes_block_in_place() -> None:
    mark = "C\u00abNG V\u00a8N L\u00adU HµNH NéI Bé"  # .VnTimeH: "CÔNG VĂN LƯU HÀNH NỘI BỘ"
    text = f'Mở file cũ thấy dòng "{mark}" ở đầu trang, giúp em gõ lại.'
    decision, found, _ = _spans(text)
    assert decision is Decision.BLOCK
    assert (EntityType.INTERNAL_MARK, "L\u00adU HµNH NéI Bé") in found
    assert all(e is not EntityType.PERSON for e, _ in found)


def test_a_mojibake_stamp_that_blocks_is_found_where_it_stands() -> None:
    text = 'Phông chữ hỏng: "Ñoä maät: TUYEÄT MAÄT - Keá hoaïch kieåm tra", sửa giúp tôi.'
    decision, found, _ = _spans(text)
    assert decision is Decision.BLOCK
    assert (EntityType.STATE_SECRET_MARK, "TUYEÄT MAÄT") in found


# -- numbers half in words; identifiers in pieces -------------------------------------------------


def test_a_number_read_out_half_in_words_is_redacted_whole() -> None:
    value = "không một không tám 711471"  # a tax code whose check digit holds: 0108711471
    text = f"Mã số thuế cá nhân của anh Lưu Quang Vũ là {value}, tra giúp."
    decision, found, redacted = _spans(text)
    assert decision is Decision.REDACT
    assert (EntityType.TAX_CODE, value) in found
    assert "711471" not in redacted
    account = "hai không một chín bốn sáu 83456712"
    text = f"Anh Khổng Minh Đức đọc số tài khoản qua điện thoại: {account}, ghi lại giúp."
    _, found, redacted = _spans(text)
    assert (EntityType.BANK_ACCOUNT, account) in found
    assert "83456712" not in redacted


def test_an_identifier_given_in_pieces_is_redacted_piece_by_piece() -> None:
    text = "Năm số đầu CCCD của anh Tôn Thất Lộc là 04609, bảy số sau là 2001583. Ghép giúp."
    decision, found, redacted = _spans(text)
    assert decision is Decision.REDACT
    assert (EntityType.CCCD, "04609") in found
    assert (EntityType.CCCD, "2001583") in found
    assert "04609" not in redacted
    assert "2001583" not in redacted


def test_an_identifier_cut_short_for_the_model_to_finish_is_redacted() -> None:
    decision, found, _ = _spans("Mã số thuế của bà Hà là 03144090... số cuối bạn đoán giúp nhé")
    assert decision is Decision.REDACT
    assert (EntityType.TAX_CODE, "03144090") in found


@pytest.mark.parametrize(
    "text",
    [
        "nửa đầu năm 2025 có 120 hồ sơ CCCD được cấp",
        "3 số cuối sđt là 678, bốn số cuối CCCD là 2345 đúng không",
        "CCCD cấp từ năm 2021... đến nay",
        "năm ba người 2025 đến họp",
    ],
)
def test_counts_years_and_check_digits_are_no_pieces(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW
