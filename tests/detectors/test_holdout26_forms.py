"""holdout26's classes (ordinary work as the text really arrives), probed with new values,
never the set's rows: a password under a sheet's password column, a password given as the
answer in a chat, birth years after names in tab lists, in a PDF table whose columns ran
together and in a name field, a mobile number OCR wrote with ``O``/``l``, a driving licence
number before its class."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.testing import strategies as vst


def _found(text: str) -> dict[str, str]:
    result = check_prompt(text)
    return {text[f.start : f.end]: f.entity.value for f in result.findings}


# -- passwords whose label stands elsewhere ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Bảng tài khoản phần mềm:\nPhần mềm\tTên đăng nhập\tMật khẩu\n"
            "Kế toán\tketoan01\tKt#2027misa\nNhân sự\tns_hoa\tHoa2027!ns\n"
            "Soạn giúp hướng dẫn sử dụng.",
            ["Kt#2027misa", "Hoa2027!ns"],
        ),
        (
            "| Hệ thống | Tài khoản | Password |\n|---|---|---|\n"
            "| Cổng DVC | dvc_admin | Dv!c2027Hn |\nTóm tắt giúp.",
            ["Dv!c2027Hn"],
        ),
    ],
)
def test_a_cell_under_a_password_column_is_a_password(text: str, secrets: list[str]) -> None:
    result = check_prompt(text)
    assert result.decision.value == "block"
    found = _found(text)
    for secret in secrets:
        assert found.get(secret) == "API_SECRET", found
        assert secret not in result.redacted_text


def test_a_password_column_of_rules_or_masks_holds_no_password() -> None:
    text = (
        "Hệ thống\tUser\tMật khẩu\nQLVB\tvanthu_cs\t********\n"
        "Một cửa\tmc_lethu\t(đã đổi)\nViết quy định đổi mật khẩu định kỳ."
    )
    assert check_prompt(text).decision.value != "block"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "[08:02] Lò Văn Pọm: chị ơi cho em xin mật khẩu máy in tầng 2 với\n"
            "[08:03] Văn thư: In@Tang2_2027\n[08:03] Lò Văn Pọm: em cảm ơn\nViết thông báo.",
            "In@Tang2_2027",
        ),
        (
            "Hạnh: wifi phòng khách là gì vậy anh\nAnh Tú: Khach#2027vp\nTóm tắt đoạn chat.",
            "Khach#2027vp",
        ),
    ],
)
def test_a_password_answered_in_a_chat_is_a_password(text: str, secret: str) -> None:
    result = check_prompt(text)
    assert result.decision.value == "block"
    assert secret not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        # a config file's lines: a value, no chat answer
        "DB_PASSWORD: Zx9!aa2027\nDB_HOST: db01.sotc.local\nCACHE_URL=redis://10.2.3.4:6379/1",
        # a document's number line under a title naming ciphers
        "CỤC QUẢN LÝ MẬT MÃ DÂN SỰ\nSố: 12/QĐ-QLMM\nVề việc cấp phép",
        # a chat answer that is a word, not a password
        "[09:00] An: anh gửi em mật khẩu wifi với\n[09:01] Bình: ok\n[09:01] Bình: chờ xíu",
    ],
)
def test_lines_that_answer_no_password_request_hold_no_answer(text: str) -> None:
    found = _found(text)
    assert "API_SECRET" not in set(found.values()) or "Zx9!aa2027" in found, found
    assert not any(v == "API_SECRET" and k != "Zx9!aa2027" for k, v in found.items()), found


# -- birth years after names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Danh sách dự họp:\n1.\tSầm Văn Khiêm\t1968\tbản Nà Lừa\n"
            "2.\tVàng A Chá\t1994\tbản Pá Hốc\nGhép giúp em.",
            ["1968", "1994"],
        ),
        (
            "DANH SÁCH NGƯỜI CAO TUỔI Trang 2\nHọ tên Năm sinh Số BHYT\n"
            "Đoàn Văn Khởi 1941 HT4013822104771\nLục Thị Mến 1946 HT4013822104772\n",
            ["1941", "1946"],
        ),
        ("Tóm tắt hồ sơ:\n- Họ và tên: Phùng Thị Lựu, 1962\n- Chẩn đoán: viêm khớp", ["1962"]),
    ],
)
def test_birth_years_after_names_in_lists_and_fields(text: str, years: list[str]) -> None:
    result = check_prompt(text)
    found = _found(text)
    for year in years:
        assert found.get(year) == "DATE_OF_BIRTH", found
    for line in result.redacted_text.splitlines():
        assert not any(year in line for year in years), result.redacted_text


def test_a_single_year_after_a_name_outside_a_name_field_is_not_a_birth_year() -> None:
    found = _found("Khen thưởng: Nguyễn Văn Hùng, 2023, vì thành tích xuất sắc.")
    assert "2023" not in found


# -- OCR'd mobile numbers and licence numbers ----------------------------------------------------


@pytest.mark.parametrize("phone", ["0862OO4517", "O982l47305", "09l2O88341"])
def test_a_mobile_number_ocr_wrote_with_look_alikes_needs_no_cue(phone: str) -> None:
    text = f"Sửa lỗi chính tả:\n1. Triệu Văn Sơn - {phone} - thôn Khe Cát, xã Đồng Tâm"
    assert _found(text).get(phone) == "PHONE"
    assert phone not in check_prompt(text).redacted_text


def test_a_landline_or_a_code_with_look_alikes_stays_unread() -> None:
    found = _found("Mã hàng SKU-2O24l1 và phiên bản v1O.2")
    assert "PHONE" not in found.values()


@pytest.mark.parametrize(
    "text",
    ["khách: bằng của em số 480179026315 hạng B1 nhé", "bằng số 48 0179 026315 (hạng A1)"],
)
def test_a_licence_number_before_its_class_is_a_driving_licence(text: str) -> None:
    found = _found(text)
    assert "DRIVER_LICENSE" in found.values(), found


def test_a_class_after_a_price_is_no_licence() -> None:
    assert "DRIVER_LICENSE" not in _found("Vé hạng B giá 480179026315 đồng").values()


# -- spreadsheets: scientific notation, cells apart ------------------------------------------------


def test_an_account_in_scientific_notation_beside_its_full_number() -> None:
    text = (
        "Cột STK bị Excel đổi thành 2,71049E+13, số đúng của chị Lã Thị Nguyệt là "
        "27104933018852. Sửa công thức giúp em."
    )
    result = check_prompt(text)
    found = _found(text)
    assert found.get("2,71049E+13") == "BANK_ACCOUNT", found
    assert found.get("27104933018852") == "BANK_ACCOUNT", found
    assert "2,71049E+13" not in result.redacted_text
    assert "27104933018852" not in result.redacted_text


def test_an_account_in_scientific_notation_under_its_column_is_whole() -> None:
    text = "Họ tên\tSố tài khoản\tSố tiền\nKhúc Văn Lợi\t1.02837E+13\t750.000\nTính tổng giúp."
    found = _found(text)
    assert found.get("1.02837E+13") == "BANK_ACCOUNT", found
    assert "750.000" not in found


def test_an_amount_in_scientific_notation_with_no_account_is_left() -> None:
    found = _found("Tổng dự toán hiển thị 1,5E+12 đồng, làm sao định dạng lại thành số?")
    assert "BANK_ACCOUNT" not in found.values()


def test_a_number_never_runs_into_the_next_cell() -> None:
    text = (
        "Ngày\tNgười nộp\tSTK\tSố tiền\n05/12\tTạ Văn Khởi\t1260000489172\t300.000\n"
        "06/12\tTạ Văn Khởi\t1260000489172\t1.200.000\nCộng giúp."
    )
    found = _found(text)
    assert found.get("1260000489172") == "BANK_ACCOUNT", found
    assert not any("\t" in value for value in found), found


# -- a cue that names a person's number from farther back ------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "Please confirm the BHXH number of Ms. Nguyễn Hoàng Bảo Ngọc Anh, it is 3819204417.",
            "3819204417",
            "SOCIAL_INSURANCE",
        ),
        (
            "Số BHXH của chị Tôn Nữ Thị Hoàng Yến bên phòng kế toán là 4601827735 nhé.",
            "4601827735",
            "SOCIAL_INSURANCE",
        ),
        (
            "Sao cột CCCD cứ mất số 0 đầu vậy anh? Dòng 7 là anh Lò Văn Sinh, ô E7 đang hiện "
            "11089012345.",
            "11089012345",
            "CCCD",
        ),
    ],
)
def test_a_cue_farther_back_on_the_line_still_names_the_number(
    text: str, value: str, kind: str
) -> None:
    result = check_prompt(text)
    assert _found(text).get(value) == kind
    assert value not in result.redacted_text


def test_a_nearer_cue_of_another_family_keeps_its_number() -> None:
    text = (
        "Từ năm nay cá nhân dùng số định danh làm mã số thuế, báo cho ông Hà Văn Lực biết "
        "MST cũ 8301746259 của ông đã đổi."
    )
    assert _found(text).get("8301746259") == "TAX_CODE"


# -- offices' published lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thông báo của Công an xã Hòa Bình.\nĐiện thoại trực ban: 0225 3911 113\nGiờ: 7h30",
        "Mã\tTên đơn vị\tĐiện thoại\nVP01\tVăn phòng HĐND-UBND\t0251 3826 114\n"
        "VP02\tPhòng Nội vụ\t0251 3826 229\nSắp xếp giúp.",
    ],
)
def test_an_offices_duty_line_or_directory_row_is_no_personal_phone(text: str) -> None:
    assert "PHONE" not in _found(text).values()


def test_a_persons_row_in_a_directory_keeps_its_landline() -> None:
    text = "Họ tên\tĐơn vị\tĐiện thoại\nPhan Văn Hiếu\tPhòng Nội vụ\t0251 3826 229\nSắp xếp."
    assert "PHONE" in _found(text).values()


@settings(max_examples=40, deadline=None)
@given(
    account=st.integers(10**12, 10**19 - 1).map(str),
    decimal=st.sampled_from([",", "."]),
    owner=vst.person_names(),
)
def test_an_account_a_sheet_shows_in_scientific_notation_is_never_visible(
    account: str, decimal: str, owner: str
) -> None:
    shown = vst.scientific_notation(account, decimal=decimal)
    text = f"Họ tên\tSố tài khoản\n{owner}\t{shown}\nĐịnh dạng lại cột giúp em."
    result = check_prompt(text)
    assert shown not in result.redacted_text, (text, result.redacted_text)
    beside = f"Ô B2 đang là {shown}, số gốc là {account}, sửa giúp."
    result = check_prompt(beside)
    assert shown not in result.redacted_text
    assert account not in result.redacted_text
