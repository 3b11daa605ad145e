"""documents_holdout22's names check_prompt took for private persons (issue 15): a wrapped
sentence's last word before its colon read as a chat speaker because a number line opened
another line with "Số:", and a street named after a historical figure broken from its street
word by a hard line break. Each in its general form, with the names that must still be found."""

from __future__ import annotations

import pytest
from _probes import found as _found

from ai_guard import EntityType

# -- a document's header word opens no chat line ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So: 617/TB-UBND          Thu Dau Mot, ngay 02 thang 12 nam 2026\n"
        "Tuyen dung vien chuc lam viec tai Trung tam Dich vu tong hop\nphuong:\n1. Chi tieu: 03",
        "Số: 12/KH-UBND\nKế hoạch triển khai tại Trung tâm Văn hóa\nphường:\n- Nội dung 1",
        "Luu: VT\nDanh sach cac don vi thuoc\nxa:\n1. Truong mam non",
        "To: van thu\nNoi dung gui cac\nhoa:\n- ...",
    ],
)
def test_a_header_line_and_a_wrapped_word_make_no_chat(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two chat lines whose speakers are given names, in lower case
        ("phuong: em gui bao cao roi a\nhung: ok em", "phuong"),
        # a header word beside a real chat still leaves the chat its speakers
        ("Số: 12/BC\nhạnh: chị gửi file rồi nhé\ntuấn: em nhận được rồi", "hạnh"),
        # a cued speaker speaks alone
        ("Đ/c Hùng: đề nghị các phòng gửi số liệu trước thứ 6", "Hùng"),
    ],
)
def test_chat_speakers_are_still_found(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)


# -- a street named after a figure, the line broken after its street word --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ho so nop truc tiep tai Bo phan Mot cua, so 12 duong\nQuang Trung, tu ngay 07/12/2026."
        " Dien thoai lien he: 0274.3822.106.",
        "Hồ sơ nộp tại số 45 phố\nLê Lợi, phường Bến Thành. Liên hệ: 0283.822.1234.",
        "Địa điểm: nhà văn hóa số 8 đường\nNgô Quyền, điện thoại liên hệ 0236.3822.106",
    ],
)
def test_a_figures_street_broken_over_a_line_is_no_private_person(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a private namesake still: a birth year beside, no street word before the break
        ("Người làm đơn:\nNgô Quyền, sinh năm 1980, trú tại thôn 3", "Ngô Quyền"),
        ("Kính gửi chị Mai, em là\nQuang Trung, sinh năm 1992, SĐT 0912345678", "Quang Trung"),
    ],
)
def test_a_figures_private_namesake_at_a_line_start_is_still_found(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)
