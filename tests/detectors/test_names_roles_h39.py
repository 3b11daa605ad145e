"""Issue 15 (holdout39): a colleague named in chat by a role and her given name, typed in lower
case with or without diacritics: a nurse, a court's enforcement officer, a lawyer, a hamlet's
head, a secretary, before a verb of telling, a call ("ơi") or a speaker's colon ("dieu duong
hanh bao cao:", "chấp hành viên nhàn báo", "luật sư quyền ơi", "[14:20] trưởng thôn thạch:
..."). The role's qualifiers ("điều dưỡng trưởng", "y tá trực") and its own verb before a
colon ("chv báo:") name no one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_ROLES = (
    "dieu duong",
    "điều dưỡng",
    "y tá",
    "chv",
    "chấp hành viên",
    "luat su",
    "luật sư",
    "ls",
    "thư ký",
    "truong thon",
    "trưởng thôn",
)
_GIVENS = ("hanh", "hạnh", "nhàn", "quyền", "hieu", "thạch", "lan", "trang")
_AFTER = ("bao cao:", "báo", "nhắn:", "ơi,", "oi,", ":", "noi")


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(_ROLES), st.sampled_from(_GIVENS), st.sampled_from(_AFTER))
def test_a_role_and_a_given_name_before_a_verb_or_a_call(role: str, name: str, after: str) -> None:
    text = f"{role} {name} {after} benh nhan giuong 5 can lam lai xet nghiem"
    # (the name alone, or within a longer span another path reads: "dieu duong hanh :")
    assert any(name in f.split() for f in found(text, PERSON))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dieu duong hanh bao cao: benh nhan cao thi mien 78 tuoi vao vien", "hanh"),
        ("chấp hành viên nhàn báo ông cù văn đạt chưa thi hành bản án", "nhàn"),
        ("luật sư quyền ơi, thân chủ là bà vương thị liễu muốn kháng cáo", "quyền"),
        ("điều dưỡng mỹ báo: cụ lã thị ẩn nhập viện do ngã", "mỹ"),
        ("ls hoang oi, than chu co ban an so 57/2024/ds-st", "hoang"),
        ("chv hieu bao: ngay mai cuong che nha ong ta dinh loat", "hieu"),
        ("[14:20] trưởng thôn thạch: nhà ông nông văn ký chưa nộp quỹ", "thạch"),
    ],
)
def test_the_holdout_shapes(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "dieu duong truong bao benh nhan on dinh",
        "y ta truc noi can them giuong",
        "chv bao: mai cuong che",
        "y ta noi: can them giuong",
        "luat su oi cho em hoi thu tuc ly hon",
        "luật sư chính nói phiên toà hoãn",
        "trưởng thôn mới báo họp dân tối nay",
        "ls giao dich cho e xem voi",
        "thu ky hop: ok het roi",
    ],
)
def test_a_role_without_a_given_name_names_no_one(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a commune's desk after a given name that is an everyday word with the kin word
        ("anh dung dia chinh noi dung lai bien ban", ["dung"]),
        ("anh hung tu phap ky roi", ["hung"]),
        ("chi hoa mot cua bao thieu giay", ["hoa"]),
        # a house's number and its lane after an older kin word and a given name
        ("cho em an con ba ngoc o 58 hem 5 duong tran phu", ["an", "ngoc"]),
        ("nho chu binh o so 12/3 ngo 4 ky giup", ["binh"]),
    ],
)
def test_a_desk_or_a_house_after_a_given_name(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("anh dung cam cuu nguoi", []),
        ("ba lan o 2 ngay roi ve", []),
        ("co hoa o 12 ngo 4", []),  # "có hoa": no person after "co"
        ("chi hoa oi, noi dung nay sai roi", ["hoa"]),  # "nội dung" is no second "dung"
        ("gui anh dung noi dung cuoc hop", ["dung"]),
    ],
)
def test_no_desk_and_no_house_names_no_one(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ong dang nang thu nguoi cham o thon phuoc nhon hoi ve ho tro", "dang nang thu"),
        ("ba luu thi nhan nguoi hoa o cho lon can giay xac nhan", "luu thi nhan"),
        ("ong nguyen van thu nguoi dan toc tay song o lang", "nguyen van thu"),
    ],
)
def test_the_persons_people_after_a_name_end_it(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize("text", ["ong ta la nguoi hoa", "ba con nguoi hoa o cho lon"])
def test_a_people_after_ordinary_words_names_no_one(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("co chu nhiem gui phu huynh: em vui lop 3a chua nop tien", "vui"),
        ("em hoa lop 3a chua nop tien bhyt", "hoa"),
        ("nho chau binh lop 2b mang giay khai sinh", "binh"),
    ],
)
def test_a_pupils_class_after_a_given_name_ends_it(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text", ["em hoc lop 3 roi", "chau sang lop 4 roi", "em day lop 5 a", "e nghi lop 3 hom nay"]
)
def test_a_verb_before_a_class_names_no_one(text: str) -> None:
    assert found(text, PERSON) == []
