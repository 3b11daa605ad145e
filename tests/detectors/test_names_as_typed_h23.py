"""Names and addresses as people type them (issue 15, holdout23's first run): the classes its
misses fell into, each on new probes (none of the set's rows), each failing on main at 94dd024.

* a chat speaker with the account's digits or an emoji beside the name ("quan99:", "thuy 🌸:");
* a full name as a web address's slug ("facebook.com/ngo.quoc.vuong.97");
* a Hmong name typed plain with no cue, its end marked by "và" / "ở" / "đã";
* an English title inside a capitalised run after a relation ("his mother Mrs Bui Thi Tuoi");
* a lower-case word after a capitalised cue, a label whose value is a full name ("Cán bộ
  tiếp: Ngụy Thị Thoa"): no given name;
* a public office holder's name kept visible when the residence after it is another person's;
  a signer named inline after "Người ký:" under a title in capitals;
* an address typed in lower case: a verb or a phone's label at its end left out ("... phố đội
  cấn nhờ", "... sđt"), a province's letters after it taken in ("... hai ba trung hn,");
* a hamlet alone as a field right after a person's name in a list row.
"""

from __future__ import annotations

import pytest
from _probes import kept as _kept
from _probes import redacted as _found

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType

# -- chat speakers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "tom tat:\nhuyen88: mai nop bao cao nhe\nkhanh2024: ok c\nhuyen88: dc",
            ["huyen", "khanh"],
        ),
        ("đoạn chat:\nloan 🌻: chiều họp nhé\ntuấn 😊: vâng ạ\n", ["loan", "tuấn"]),
    ],
)
def test_decorated_speakers_are_names(text: str, names: list[str]) -> None:
    found = _found(text, EntityType.PERSON)
    assert set(names) <= set(found), found


def test_numbered_fields_are_no_speakers() -> None:
    # "lan1:", "lan2:" (lần 1, lần 2): a single digit glued to a word is a count, no account
    assert _found("diem thi:\nlan1: 5 diem\nlan2: 7 diem", EntityType.PERSON) == []


# -- names in web addresses -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("xac minh giup e trang facebook.com/hoang.minh.tuan.1990 nay", "hoang.minh.tuan"),
        ("bài đăng ở baomoi24.vn/nhan-vat/dao-thi-thu-trang-2001 nói sai", "dao-thi-thu-trang"),
        ("link: https://zalo.me/nguyen_van_khiem?ref=1 nhe", "nguyen_van_khiem"),
    ],
)
def test_full_name_slug_is_redacted(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "xem tin vnexpress.net/thoi-su/le-hoi-van-hoa-2026-4512345.html",
        "tai lieu o github.com/org/repo/blob/main/readme.md",
        "trang ubnd xa: xaphuc.gov.vn/tin-tuc/lich-tiep-cong-dan",
    ],
)
def test_other_slugs_are_no_names(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


# -- Hmong names typed plain ----------------------------------------------------------------


def test_hmong_names_typed_plain_with_no_cue() -> None:
    text = "nhac thao mi dinh va lau a chu o ban nam la len xa lay giay"
    found = _found(text, EntityType.PERSON)
    assert "thao mi dinh" in found, found
    assert "lau a chu" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "bao cao xong roi, vang a oi e gui nhe",
        "cam on vu a nhieu, mai e gui",
        "sao ly a buon the",
    ],
)
def test_chat_a_after_a_clan_word_is_no_name(text: str) -> None:
    # "vâng anh ơi", "cảm ơn vụ anh", "lý anh": a clan's spelling and chat's "a", no name
    assert _found(text, EntityType.PERSON) == []


# -- titles and labels ----------------------------------------------------------------------


def test_title_is_outside_the_name_after_a_relation() -> None:
    text = "Please translate: his wife Mrs Tran Thi Hoa Mai runs a shop in Hue."
    assert _found(text, EntityType.PERSON) == ["Tran Thi Hoa Mai"]


def test_label_word_before_a_full_name_is_no_name() -> None:
    text = "Biên bản tiếp dân ngày 05/12. Cán bộ trực: Lương Thị Hảo. Cán bộ tiếp: Mạc Văn Đông."
    found = _found(text, EntityType.PERSON)
    assert "tiếp" not in found, found
    assert "Mạc Văn Đông" in found, found


def test_lower_case_chat_speaker_before_a_full_name_stays() -> None:
    text = "chị hoa: Nguyễn Văn An gửi hồ sơ rồi"
    assert "hoa" in _found(text, EntityType.PERSON)


# -- public roles ---------------------------------------------------------------------------


def test_office_holder_kept_when_the_residence_is_another_persons() -> None:
    text = (
        "Giám đốc Sở Y tế Phan Quốc Việt đã đến thăm bà Lưu Thị Gấm, trú tại thôn Hạ, "
        "xã Quỳnh Lưu, tỉnh Nghệ An."
    )
    assert _kept(text) == ["Phan Quốc Việt"]
    assert "Lưu Thị Gấm" in _found(text, EntityType.PERSON)


def test_office_holder_with_his_own_residence_is_private() -> None:
    text = "Giám đốc Sở Y tế Phan Quốc Việt, trú tại thôn Hạ, xã Quỳnh Lưu, tỉnh Nghệ An."
    assert "Phan Quốc Việt" in _found(text, EntityType.PERSON)


def test_signer_named_inline_is_kept() -> None:
    text = "Tóm tắt công văn về lịch tiêm chủng. Người ký: TM. UBND xã, CHỦ TỊCH Hà Văn Khoát."
    result = check_prompt(text)
    assert _kept(text) == ["Hà Văn Khoát"]
    assert result.decision is Decision.ALLOW


def test_citizen_signing_inline_is_private() -> None:
    text = "Tóm tắt đơn xin xác nhận. Người ký: NGƯỜI LÀM ĐƠN Hà Văn Khoát."
    assert _kept(text) == []


# -- addresses typed in lower case ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("bà tám ở số 7 ngõ 12 phố lò đúc gửi em thư này", "số 7 ngõ 12 phố lò đúc"),
        ("ông lộc ở xóm trại xã nghi phong sđt 0912 345 678 nhờ hỏi", "xóm trại xã nghi phong"),
        ("nha e o so 4 ngo 15 kim ma ba dinh hn, mai e gui", "so 4 ngo 15 kim ma ba dinh hn"),
    ],
)
def test_lower_case_address_ends(text: str, address: str) -> None:
    assert address in _found(text, EntityType.ADDRESS)


# -- a hamlet as a field of a person's row --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hamlets"),
    [
        (
            "Danh sách nhận gạo:\n1. Bà Nông Thị Mến, thôn Nà Pồng, 3 khẩu\n"
            "2. Ông Hà Văn Sáng, thôn Bản Chang, 5 khẩu",
            ["thôn Nà Pồng", "thôn Bản Chang"],
        ),
        (
            "ds ho ngheo:\n1. luong van tho - 1960 - xom bai\n2. dinh thi nhai - 1972 - xom chua",
            ["xom bai", "xom chua"],
        ),
        (
            "tong hop: nha ong nong van phuc xom 4, nha ba ly thi dao xom 6, ho tro",
            ["xom 4", "xom 6"],
        ),
    ],
)
def test_hamlet_after_a_person_in_a_row(text: str, hamlets: list[str]) -> None:
    assert set(hamlets) <= set(_found(text, EntityType.ADDRESS))


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch vốn: đường liên thôn Nà Pồng - Khuổi Vèng (12.800 triệu đồng).",
        "Ngày hội tổ chức ở nhà văn hóa, Trường THCS Lê Lợi, thôn 3 tham gia.",
    ],
)
def test_hamlet_without_a_person_before_it(text: str) -> None:
    assert not any(a.startswith("thôn") for a in _found(text, EntityType.ADDRESS))


def test_unit_word_inside_a_name_is_no_hamlet() -> None:
    # an Ede name holds "Buôn", a Khmer one "Sóc": right after the name's words, no comma
    text = "danh sách: y khoa buôn yă, kim thị sóc khol, đã nộp hồ sơ"
    assert not any(a.startswith(("buôn", "sóc")) for a in _found(text, EntityType.ADDRESS))
