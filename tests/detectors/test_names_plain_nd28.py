"""Issue 15, private names as people write them that chat still sent out (twenty-eighth
session, i15-nd28), on new probes (none of a corpus's rows), each family with the ordinary
words beside it that must stay clean:

* a teacher's given name before "dạy" ("cô hạnh dạy toán nhắn", "thầy hùng dạy văn");
* a recipient's given name between a verb of sending and what is sent ("e gửi c thắm danh
  sách", "chuyen cho a tuan ho so nhe", "nộp chị hoa bản báo cáo");
* the given name Ngần ("c ngần ơi"), not "ngần ngại", "ngần này";
* a Korean name typed plain before its nationality or passport ("cho kim sung ho quoc tich
  han", "khach choi min seok ho chieu ...");
* a passive's agent typed plain, between "bị" and a verb of wrongdoing ("bi tran quoc dung
  quyt tien", "em bị nguyễn thị lan lừa tiền": the name ends before "lừa", no "Lụa");
* "thân chủ" (a lawyer's client) as a cue ("than chu dinh cong tuan co ban an").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_SETTINGS = settings(max_examples=30, deadline=None, derandomize=True, database=None)


# -- a teacher before "dạy" --------------------------------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(("cô", "thầy", "bà", "chị")),
    st.sampled_from(("hạnh", "hùng", "lan", "thắm", "phương")),
    st.sampled_from(("dạy toán nhắn: mai nghỉ", "dạy văn lớp 9a", "dạy nghề may ở xã")),
)
def test_a_teacher_before_day(cue: str, name: str, rest: str) -> None:
    assert found(f"{cue} {name} {rest}", PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    ["cô dạy toán nói mai nghỉ", "cô giáo dạy giỏi lắm", "thầy dạy văn lớp 9a", "chị dạy em với"],
)
def test_no_name_before_day(text: str) -> None:
    assert found(text, PERSON) == []


# -- a recipient between a verb of sending and what is sent -----------------------------------


@_SETTINGS
@given(
    st.sampled_from(("gửi", "gửi cho", "chuyển cho", "nộp", "đưa")),
    st.sampled_from(("c", "chị", "a", "anh", "e")),
    st.sampled_from(("thắm", "hoa", "tuấn", "nga")),
    st.sampled_from(("danh sách hộ nghèo", "bản báo cáo tuần", "file lương", "hồ sơ vay vốn")),
)
def test_a_recipient_before_what_is_sent(verb: str, cue: str, name: str, what: str) -> None:
    assert found(f"e {verb} {cue} {name} {what} hôm nay", PERSON) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("e gui c tham danh sach ho ngheo", "tham"),
        ("chuyen cho a tuan ho so nhe", "tuan"),
        ("gui lai cho a tin file nay qua mail", "tin"),
        ("nho e gui chi lan 2 to trinh", "lan"),
    ],
)
def test_a_recipient_typed_plain(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "gửi chị danh sách nhé",
        "gui c bao cao tuan",
        "e gui chi phi danh sach",
        "gửi anh hùng danh sách anh hùng lao động",
        "anh chuyen e tien nha nhe",
        "gui anh em file nhe",
    ],
)
def test_no_recipient_name(text: str) -> None:
    assert found(text, PERSON) == []


# -- the given name Ngần ------------------------------------------------------------------------


def test_ngan_called_and_speaking() -> None:
    text = (
        "tóm tắt giúp\n[9:01] thơ văn thư: c ngần ơi hồ sơ đủ chưa\n"
        "[9:03] ngần: thiếu giấy xác nhận cư trú"
    )
    assert found(text, PERSON).count("ngần") == 2


@pytest.mark.parametrize(
    "text", ["chị ngần ngại không muốn đi", "e tốn ngần này tiền rồi", "da trắng ngần"]
)
def test_ngan_the_everyday_word(text: str) -> None:
    assert found(text, PERSON) == []


# -- a Korean name before its nationality or passport ------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(("kim sung ho", "choi min seok", "lee ji hyun", "park jae won")),
    st.sampled_from(("quoc tich han", "nguoi han quoc", "ho chieu m1234567", "passport m7654321")),
)
def test_a_korean_name_before_its_nationality(name: str, mark: str) -> None:
    text = f"dang ky tam tru cho {name} {mark} o phong 302 nha nghi hoa mai"
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ho so xin quoc tich han can gi",
        "cho em hoi lam ho chieu o dau",
        "gia han ho chieu cho khach",
        "nguoi han quoc sang du lich",
        "kim sung ho la ai vay",  # no nationality, no passport: nothing vouches for it
    ],
)
def test_no_korean_name(text: str) -> None:
    assert found(text, PERSON) == []


# -- a passive's agent between "bị" and a verb of wrongdoing -----------------------------------


@_SETTINGS
@given(
    st.sampled_from(("tran quoc dung", "nguyen thi lan", "le van hung", "le thi thu huong")),
    st.sampled_from(("quyt tien hang", "lua tien", "danh", "chiem dat", "an cap xe")),
)
def test_a_passive_agent_typed_plain(name: str, verb: str) -> None:
    assert found(f"me em bi {name} {verb} 30 trieu, viet don giup", PERSON) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tôi bị trần quốc dũng quỵt tiền hàng 30 triệu", "trần quốc dũng"),
        ("em bị nguyễn thị lan lừa tiền", "nguyễn thị lan"),
    ],
)
def test_a_passive_agent_with_diacritics(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "em bi mat cccd roi",
        "bi phat vi pham giao thong",
        "em bi ho so thieu giay to",
        "nha em bi lan chiem dat",
        "bi dau bung tu hom qua",
    ],
)
def test_no_passive_agent(text: str) -> None:
    assert found(text, PERSON) == []


# -- "thân chủ" ---------------------------------------------------------------------------------


def test_a_lawyers_client() -> None:
    text = "ls oi, than chu dinh cong tuan co ban an so 57/2024/ds-st, a xem giup"
    assert "dinh cong tuan" in found(text, PERSON)


# -- a given name between an older kin word typed plain and a role --------------------------


@_SETTINGS
@given(
    st.sampled_from(("ong", "bac", "chu")),
    st.sampled_from(("hung", "tam", "binh", "khoa")),
    st.sampled_from(("to truong", "thu kho", "lai xe", "ke toan", "dia chinh")),
)
def test_a_given_name_before_a_role_typed_plain(cue: str, name: str, role: str) -> None:
    assert found(f"{cue} {name} {role} bao chieu nay hop o nha van hoa", PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "co lan ke toan lam sai so lieu",  # có lần: once
        "ba lan thu kho bao mat hang",  # ba lần: three times
        "thay doi to truong tu thang sau",  # thay đổi: to change
        "ong ba to truong deu den",  # ông bà: grandparents
    ],
)
def test_no_given_name_before_a_role(text: str) -> None:
    assert found(text, PERSON) == []


def test_bao_ho_before_ba_is_no_surname() -> None:
    text = "ong hung to truong bao ho ba yen o khu 4 xa ba che quang ninh chua nhan gao"
    assert found(text, PERSON) == ["hung", "yen"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cho ong ho ba yen o khu 4 nhan gao", "ho ba yen"),
        ("gap anh ho ba yen o khu 4", "ho ba yen"),
    ],
)
def test_ho_ba_stays_a_surname_and_middle(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


# -- Bống, a child's nickname ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["cứu cháu bống ở tổ 2 phường đông triều khỏi đuối nước", "bé bống ơi về ăn cơm"]
)
def test_bong_a_childs_nickname(text: str) -> None:
    assert found(text, PERSON) == ["bống"]


@pytest.mark.parametrize("text", ["nấu canh cá bống cho bé", "cá bống kho tộ ngon lắm"])
def test_bong_the_fish(text: str) -> None:
    assert found(text, PERSON) == []


# -- a name typed plain before its office's unit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nho them nguyen thi ngoc bich phong tai chinh nhe", "nguyen thi ngoc bich"),
        ("goi nguyen thi thu phong ke toan giup e", "nguyen thi thu"),
        ("bs le van hung khoa noi truc dem nay", "le van hung"),
    ],
)
def test_a_name_ends_before_its_unit(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


def test_phong_stays_a_given_name() -> None:
    text = "nho them nguyen thi thanh phong, sinh nam 1990"
    assert found(text, PERSON) == ["nguyen thi thanh phong"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("to truong bao chieu nay hop o nha van hoa", []),  # tổ trưởng bảo: the head says
        ("to truong bao oi, chieu nay hop", ["bao"]),  # called: Bảo
        ("to truong hung bao chieu nay hop", ["hung"]),
    ],
)
def test_bao_after_to_truong(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


def test_a_recipient_after_gui_a() -> None:
    assert found("e gửi a tùng file danh sách, c hạnh ký rồi", PERSON) == ["tùng", "hạnh"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "lập bảng từ danh sách sau:\n1. nguyễn văn hữu sinh - sinh năm 1950",
            "nguyễn văn hữu sinh",
        ),
        ("1. nguyen van huu sinh, sinh nam 1950", "nguyen van huu sinh"),
        ("nguyen van huu sinh nam 1950 o thon 3", "nguyen van huu"),  # sinh năm: born in
    ],
)
def test_sinh_a_given_name_before_a_mark(text: str, name: str) -> None:
    assert found(text, PERSON)[:1] == [name]
