"""Issue 14's leftovers (fifteenth session): values holdout22 still sent verbatim after the
fourteenth session, each probed with values of our own (never a labelled set's rows), beside
the ordinary text that must stay as it was.

- values given in pieces that complete each other (:mod:`ai_guard.detectors.assembled`): parts
  named by their place (``đầu số là ..., ba số giữa là ..., ba số cuối là ...``, an account's
  head on one chat line and its tail on the next), digit literals glued into one
  (``=CONCATENATE(...)``, ``&``, ``+``, ``||``), a masked value whose hidden digits the prompt
  gives elsewhere;
- a form input's name as the cue of its value (``<input name="hochieu" value="...">``);
- UTF-8 escaped twice, as a Messenger export writes a name (``H\\u00c3\\u00a0``);
- a number read out in English digit words and digits (``zero nine 1, two 3 four ...``);
- a column of a table printed right-aligned (a pandas DataFrame): its header names it.

And the property: an identifier given in pieces by any of these means never leaves a piece
visible (fail closed: redact or block), over ``ai_guard.testing.strategies.piece_prompts``.
"""

from __future__ import annotations

import pytest
from _probes import found as _found
from hypothesis import HealthCheck, given, settings

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.testing import strategies as vst
from ai_guard.testing.strategies import LabelledPrompt
from ai_guard.text import Document

SETTINGS = settings(
    derandomize=True,
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# -- pieces that complete each other --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity", "pieces"),
    [
        ("Ghép số giúp em: đầu số là 0912, ba số giữa là 345, ba số cuối là 678. Gửi chị Hoa.",
         EntityType.PHONE, ["0912", "345", "678"]),
        ("the first digits are 0356, the middle ones 112, the last ones 708 - please join them",
         EntityType.PHONE, ["0356", "112", "708"]),
        ("[10:00] Thảo: stk ông Lâm đầu là 1903 5521\n[10:01] Hà: đuôi 7788 nha chị\n[10:01] "
         "Thảo: ok", EntityType.BANK_ACCOUNT, ["1903 5521", "7788"]),
        ("Ô B2 là =CONCATENATE(\"0010\",\"85012345\"), số định danh của ông Tài",
         EntityType.CCCD, ["0010", "85012345"]),
        ("=\"0791\"&\"90004512\" ra số gì?", EntityType.CCCD, ["0791", "90004512"]),
        ("sdt = '0912' + '345678'", EntityType.PHONE, ["0912", "345678"]),
        ("SELECT '0356' || '112708' AS sdt", EntityType.PHONE, ["0356", "112708"]),
        ("Số thẻ 9704 **** **** 0027 (tám số giữa là 3612 0045 nếu cần điền đủ).",
         EntityType.BANK_ACCOUNT, ["9704 **** **** 0027", "3612 0045"]),
    ],
)  # fmt: skip
def test_pieces_that_complete_each_other_are_each_the_value(
    text: str, entity: EntityType, pieces: list[str]
) -> None:
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    found = _found(text, entity)
    for piece in pieces:
        assert piece in found, (piece, found)
        assert piece not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "đầu là 12 người, cuối là 30 người đăng ký",
        "Kiểm tra giúp ba số cuối là 678 có đúng không",  # how a clerk checks a number
        "Khách đọc số thẻ 9704 **** **** 0027, tôi đã che phần giữa.",  # masked alone
        '=CONCATENATE("12","34") ra 1234',
        "='A1'&'B2' nối hai ô",
        "phần đầu năm 2025 có 1200 hồ sơ, phần cuối năm 2025 có 1300 hồ sơ",
        "dưới 18 tuổi, đầu là 2024",
    ],
)
def test_numbers_that_rebuild_no_value_stay(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


def test_a_masked_values_neighbours_are_not_its_hidden_digits() -> None:
    """Row numbers beside masked phones: only a run said to be the hidden part fills one in."""
    text = "STT | SĐT (đã che)\n101 | 0912***678\n102 | 0356***708\n"
    found = [text[f.start : f.end] for f in check_prompt(text).findings]
    assert "101" not in found
    assert "102" not in found


@given(vst.piece_prompts())
@SETTINGS
def test_no_piece_of_a_value_given_in_pieces_is_left_visible(prompt: LabelledPrompt) -> None:
    """Fail closed: every piece redacted, or the prompt blocked."""
    result = check_prompt(prompt.text)
    assert result.decision is not Decision.ALLOW, prompt
    if result.decision is Decision.BLOCK:
        return
    for start, end, _ in prompt.spans:
        piece = prompt.text[start:end]
        assert piece not in result.redacted_text, (piece, result.redacted_text)


# -- a form input's name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ('<input name="hochieu" value="B7716203">', EntityType.PASSPORT, "B7716203"),
        ('<input type="text" id="soHoChieu" class="f" value="C1298834">', EntityType.PASSPORT,
         "C1298834"),
        ("<input name='sodienthoai' value='0356112708'>", EntityType.PHONE, "0356112708"),
    ],
)  # fmt: skip
def test_a_form_inputs_name_names_its_value(text: str, entity: EntityType, value: str) -> None:
    assert value in _found(text, entity)


def test_an_input_named_otherwise_names_nothing() -> None:
    assert check_prompt('<input name="ma_don" value="B7716203">').decision is Decision.ALLOW


# -- UTF-8 escaped twice ---------------------------------------------------------------------------


def test_utf8_escaped_twice_reads_as_its_letters() -> None:
    doc = Document('{"name":"L\\u00c3\\u00aa Th\\u00e1\\u00bb\\u008b H\\u00e1\\u00bb\\u0093ng"}')
    assert "Lê Thị Hồng" in doc.text


def test_a_name_in_a_messenger_export_is_found_whole() -> None:
    name = "Tr\\u00e1\\u00ba\\u00a7n V\\u00c4\\u0083n Kh\\u00c3\\u00a1nh"
    text = (
        'Tóm tắt giúp file message_1.json:\n{"participants":[{"name":"'
        + name
        + '"}],"messages":[{"sender_name":"'
        + name
        + '","content":"ok"}]}'
    )
    result = check_prompt(text)
    assert _found(text, EntityType.PERSON) == [name, name]
    assert "Kh\\u00c3" not in result.redacted_text


def test_escapes_of_ascii_or_of_no_utf8_stay_one_for_one() -> None:
    assert Document('"caf\\u00e9 \\u0041"').text.startswith('"café A')
    assert "\\u0083" in Document('"x\\u00c3\\u0083\\u0083"').text  # no UTF-8: as before


# -- English digit words ---------------------------------------------------------------------------


def test_a_phone_read_out_in_english_words_and_digits() -> None:
    text = "The caller said his number is zero nine 1, two 3 four, five six 7 eight, thanks."
    assert _found(text, EntityType.PHONE) == ["zero nine 1, two 3 four, five six 7 eight"]


@pytest.mark.parametrize(
    "text",
    [
        "one of the two three-year plans had five goals",
        "room one two three four five six seven eight nine",  # no family takes it
        "Chapter three, 2 sections, 4 pages",
    ],
)
def test_english_number_words_in_prose_stay(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


# -- a table printed right-aligned -----------------------------------------------------------------


def test_a_dataframes_columns_are_named_by_their_headers() -> None:
    text = (
        "Giải thích output này:\n"
        "Out[3]:\n"
        "       ho_ten     so_bhxh  nam_sinh\n"
        "4  Lò Văn Sinh  0123456789      1979\n"
        "9  Lo Van Sinh  0123456789      1979"
    )
    assert _found(text, EntityType.SOCIAL_INSURANCE) == ["0123456789", "0123456789"]
    assert _found(text, EntityType.DATE_OF_BIRTH) == ["1979", "1979"]


# -- marks typed in lower case ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mấy trang scan có watermark chữ tối mật chạy chéo, anh lọc giúp các con số",
        "bản chụp có watermark tuyệt mật ở giữa trang, em gõ lại nội dung dưới đây",
        "chuyen sang van phong bao cao:\n## 🔒 **mat**\n### ket qua ra soat quy iv\n- ...",
        "## tối mật\n### Kế hoạch kiểm tra",
    ],
)
def test_a_level_in_lower_case_named_by_a_watermark_or_a_heading_blocks(text: str) -> None:
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "ảnh có watermark, tôi mất file gốc rồi",
        "## Mặt trước\nthẻ có ảnh chân dung",
        "watermark chu toi mat roi",  # typed plain: "tôi mất" as often
    ],
)
def test_lower_case_words_near_a_watermark_or_a_heading_stay(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


# -- one birth date as two papers write it ---------------------------------------------------------


def test_birth_dates_listed_after_the_cue_and_a_colon() -> None:
    text = (
        "Hồ sơ của anh Lâm ghi ngày sinh không khớp: giấy khai sinh 1979.11.02, "
        "căn cước 2.11.79. Em nên sửa theo giấy nào?"
    )
    assert _found(text, EntityType.DATE_OF_BIRTH) == ["1979.11.02", "2.11.79"]


def test_another_dates_item_after_the_birth_date_stays_that_date() -> None:
    text = "Ngày sinh: 01/02/1990, ngày cấp: 05/06/2015, nơi cấp Cục Cảnh sát"
    assert _found(text, EntityType.DATE_OF_BIRTH) == ["01/02/1990"]
    text = "ghi ngày sinh khác kiểu: khai sinh 30/04/1985, hộ khẩu 30/4/1985. Họp lúc 12/05/2025."
    assert "12/05/2025" not in _found(text, EntityType.DATE_OF_BIRTH)
