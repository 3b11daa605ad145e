"""person/chat_fields.py: a chat log's speakers typed in lower case, known by coming back."""

from __future__ import annotations

import pytest
from _probes import redacted

from ai_guard.models import EntityType


def _persons(text: str) -> list[str]:
    return redacted(text, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name that is also a word ("tháng"), with a tag, coming back in a timed log
        (
            "[19:21] thang cap: ae oi co ba cu bi lan\n[19:24] hieu tdp5: con trai ba la a son\n"
            "[19:31] thang cap: ok chia 2 nhom",
            "thang",
        ),
        # the time after the name ("huyện" typed plain)
        (
            "tom tat doan chat:\nhuyen 9:02: c oi ho so xong chua\ntoan tu phap 9:05: chua e\n"
            "huyen 9:06: ok c",
            "huyen",
        ),
        # a kin word before a given name that is a place too ("Huế")
        (
            "nhom to dan pho:\nchi hue: cho nha ong cuong can con e\ncuong 14: cho nha toi tiem roi"
            "\nchi hue: toi tien benh vien ai tra",
            "hue",
        ),
        # a full name whose words spell everyday words ("công làm")
        (
            "[08:41] dinh cong lam: may dua do rac ra muong\n[08:43] trinh thi lieu: de e bao\n"
            "[08:45] dinh cong lam: ok e",
            "dinh cong lam",
        ),
    ],
)
def test_a_returning_lower_case_speaker_is_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a mail's header fields, each twice in a forwarded thread
        (
            "tu: phong quan ly <pql@gdt.gov.vn>\nden: a@b.vn\n> tu: nguoi nop <n@gmail.com>\n"
            "> den: c@d.vn\n[09:01] x: 1\n[09:02] y: 2",
            "tu",
        ),
        # a label of one word with no time, twice
        ("ket luan: dong y\nghi chu: khong\nket luan: bo sung\nghi chu: het", "ket luan"),
    ],
)
def test_headers_and_labels_that_come_back_are_no_speakers(text: str, words: str) -> None:
    assert words not in _persons(text)


# holdout39: a timed log's speakers when another timed field is the second speaker ("hang mot
# cua" twice, "quan" once) and a display name of two given names ("duy khanh 21:03:")


def test_a_timed_speaker_beside_another_timed_field() -> None:
    text = (
        "tom tat giup doan zalo nay\n"
        "[7:42] hang mot cua: sang nay co ba tieu thi hoai len nop ho so tro cap\n"
        "[7:45] quan: ba hoai nha o dau c\n"
        "[7:46] hang mot cua: so 6 hem 212 phan dinh phung phuong thanh duc vinh long a"
    )
    names = redacted(text, EntityType.PERSON)
    assert names.count("hang") == 2
    assert "quan" in names


def test_a_display_name_of_two_given_names_with_its_time() -> None:
    text = (
        "doan messenger:\n"
        "duy khanh 21:03: chu mung o xom bai xa tam nong phu tho nhe\n"
        "ngan 21:05: ok e gui giay moi cho chu mung"
    )
    names = redacted(text, EntityType.PERSON)
    assert "duy khanh" in names
    assert "ngan" in names


@pytest.mark.parametrize(
    "text",
    [
        "lich:\nsang 8:00: hop giao ban\nchieu 14:00: di kiem tra",
        "[8:00] van ban: da gui\n[8:05] ket luan: xong",
        "[8:00] tin nhan: da gui\n[8:05] noi dung: da xong",
    ],
)
def test_timed_labels_are_no_speakers(text: str) -> None:
    assert redacted(text, EntityType.PERSON) == []
