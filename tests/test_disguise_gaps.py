"""Issue 14, line by line (tenth session): forms a real user sends that were let out, each
with the ordinary text beside it that must stay as it was.

Found by trying every example of the issue and its variations by hand, and by the disguises
``ai_guard.testing`` gained (typed with the input method off, tones lost, digits in words,
dropped zeros, dodged e-mails, Windows-1258 mojibake): see tests/test_disguises.py."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.text.encodings import repair_text


def _found(text: str, entity: EntityType) -> list[str]:
    result = check_prompt(text)
    return [text[f.start : f.end] for f in result.findings if f.entity is entity]


# -- passwords in chat, whole ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("mk vcb 123456", "123456"),  # the account named between the label and its PIN
        ("mật khẩu wifi 12345678", "12345678"),
        ("pass zalo 20102024 nhé", "20102024"),
        ("mk 20102024", "20102024"),  # chat's "mk" and a date typed as a password
        ("mật khẩu đăng nhập: 1 2 3 4 5 6 7 8", "1 2 3 4 5 6 7 8"),  # letter-spaced, whole
        ("mật khẩu: a b c 1 2 3", "a b c 1 2 3"),
    ],
)
def test_a_password_in_chat_is_blocked_whole(text: str, password: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert _found(text, EntityType.API_SECRET) == [password]


@pytest.mark.parametrize(
    "text",
    [
        "pass máy 1500000 cho ai cần",  # "pass" sells a machine: an amount
        "mật khẩu: 8 ký tự trở lên",
        "mật khẩu phải có ít nhất 8 ký tự, gồm chữ và số",
        "mk 25 tuổi, ở Hà Nội",  # chat's "mk" is also "mình"
    ],
)
def test_prose_about_passwords_and_prices_stay_allowed(text: str) -> None:
    assert _found(text, EntityType.API_SECRET) == []


def test_chats_mk_before_a_phone_is_the_phone() -> None:
    text = "mk 0912345678"
    assert _found(text, EntityType.API_SECRET) == []
    assert _found(text, EntityType.PHONE) == ["0912345678"]


# -- marks ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{"pham_vi": "Lưu hành nội bộ"}',
        '{"phạm vi": "Tài liệu không phổ biến", "so": 12}',
        'pham_vi: "Xem xong trả lại"',
    ],
)
def test_an_internal_mark_as_a_fields_value_is_blocked(text: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert len(_found(text, EntityType.INTERNAL_MARK)) == 1


def test_a_question_about_internal_marks_in_a_json_field_stays_allowed() -> None:
    assert check_prompt('{"note": "Tài liệu lưu hành nội bộ là gì?"}').allowed


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("TÔI MẬT\nBÁO CÁO TÌNH HÌNH", "TÔI MẬT"),  # OCR lost the acute of TỐI
        ("TÔI MÂT - báo cáo", "TÔI MÂT"),
        ("MA65T\nNho72 ban5 soan5 giup1", "MA65T"),  # VNI typed in capitals
        ("TO6I1 MA65T - Ba1o ca1o", "TO6I1 MA65T"),
    ],
)
def test_a_stamp_lost_by_ocr_or_typed_in_vni_capitals_is_blocked(text: str, mark: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert _found(text, EntityType.STATE_SECRET_MARK) == [mark]


@pytest.mark.parametrize(
    "text", ["TÔI MẤT VÍ - giúp tôi", "TÔI MẤT\nví rồi", "Tôi mật khẩu quên rồi", "QD12 va2 A4"]
)
def test_i_lost_and_codes_in_capitals_stay_allowed(text: str) -> None:
    assert check_prompt(text).allowed


# -- identifiers after a cue that OCR or typing changed -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hô chiêu sô: B1234567",  # OCR lost every tone mark, kept the vowels' own
        "Hooj chieeus soos: B1234567",  # Telex with the input method off
        "Ho65 chie61u so61: B1234567",  # VNI
        "Tóm tãìt hôÌ sõ sau giúp tôi:\nHôò chiêìu sôì: B1234567",  # Windows-1258 pasted
    ],
)
def test_a_passport_after_a_disguised_cue_is_redacted(text: str) -> None:
    assert _found(text, EntityType.PASSPORT) == ["B1234567"]


def test_a_short_windows_1258_paste_is_read() -> None:
    fixed = repair_text("Tóm tãìt hôÌ sõ sau giúp tôi:\nHôò chiêìu sôì: B1234567")
    assert fixed is not None
    assert fixed.scheme == "windows-1258"
    assert fixed.text == "Tóm tắt hồ sơ sau giúp tôi:\nHộ chiếu số: B1234567"


def test_a_cue_with_other_tones_is_still_not_the_cue() -> None:
    """The tone-lost reading accepts a cue's letters with no tone at all, never other tones:
    "Hồ chiều" (a lake, afternoon) is still no "hộ chiếu"."""
    from ai_guard.text.match import CueSet

    cues = CueSet(["hộ chiếu"])
    assert cues._same_word("ho chieu", "Hô chiêu")
    assert not cues._same_word("ho chieu", "Hồ chiều")


# -- e-mails --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Email: n g u y e n a n @ g m a i l . c o m", "n g u y e n a n @ g m a i l . c o m"),
        ("Email: lean\n@gmail.com", "lean\n@gmail.com"),
        ("gửi an@\ngmail.com nhé", "an@\ngmail.com"),
        ("Email: lean@g\nmail.com", "lean@g\nmail.com"),
        ("Email: lean@gmail.\ncom", "lean@gmail.\ncom"),
    ],
)
def test_a_letter_spaced_or_wrapped_email_is_redacted_whole(text: str, address: str) -> None:
    assert _found(text, EntityType.EMAIL) == [address]


def test_an_email_at_a_lines_end_does_not_take_the_next_line() -> None:
    text = "an@gmail.com\nBộ Tư pháp"
    assert _found(text, EntityType.EMAIL) == ["an@gmail.com"]


# -- keys typed in groups -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "key: sk-proj-AbCd EfGh IjKl MnOp QrSt UvWx Yz01 2345 6789 abcd",
            "sk-proj-AbCd EfGh IjKl MnOp QrSt UvWx Yz01 2345 6789 abcd",
        ),
        (
            "gemini: AIza SyA1 bC2d E3fG 4hI5 jK6l M7nO 8pQ9 rS0t U1v nhé",
            "AIza SyA1 bC2d E3fG 4hI5 jK6l M7nO 8pQ9 rS0t U1v",
        ),
    ],
)
def test_a_key_typed_in_groups_of_four_is_blocked_whole(text: str, key: str) -> None:
    """Five groups of four key characters with a vendor's prefix: the groups are joined, the
    last one too when it holds only small letters ("abcd": no digit or capital shows it)."""
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert _found(text, EntityType.API_SECRET) == [key]


def test_words_of_four_letters_after_a_prefix_alone_are_no_key() -> None:
    assert check_prompt("this that with from sk-proj-ab").allowed


@pytest.mark.parametrize("text", ["in 1 trang A4.", "QD12 va2 A4", "A6 B8", "mẫu QH14"])
def test_codes_in_capitals_are_not_read_as_vni(text: str) -> None:
    """VNI in capitals needs two letters and a vowel modifier 6-9 ("MA65T"): a paper size or a
    code is no typed word, and a prompt holding one is not read a second time."""
    from ai_guard.text import Document
    from ai_guard.text.typing import untyped

    assert untyped(Document(text)) is None
