"""Issue 15, private names and addresses chat still sent out (twenty-ninth session, i15-n29),
on new probes (none of a corpus's rows), each family with the ordinary words beside it that
must stay clean:

* Highland names typed plain: a clan, its gender prefix and a given name that spells a kin word
  ("ksor y thim": Thim, no "thím"); a prefix, a given name and a strong clan name after chat's
  "a", "c", "e" ("voi a y thanh ksor");
* a full name typed plain after chat's "a" (anh) or "c" (chị), its end marked ("cua a ta quang
  duy, a ay o ..."), not English's article;
* a given name between an older kin word or a parent's and "nhờ" and whom ("me hanh nho em
  hoi"), or "bán ở" a stall ("co lieu ban o kiot 43"): not "mẹ nhớ con", "có lần nhờ em";
* chat speakers tagged with a commune office's desk ("thanh tư pháp:", "hoài một cửa:");
* chat's "a" after a surname-spelling verb ("gửi lại a thắm nhé"): the given name alone, no
  "Lại A Thắm";
* addresses: a flat in a social-housing estate ("khu nhà ở xã hội Đặng Xá"), a hamlet after a
  Khmer name whose given name opens with "Sóc" ("Kim Sóc Thơ, ấp Tà Lọt, ...").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON
ADDRESS = EntityType.ADDRESS

_SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None)


# -- Highland names typed plain ----------------------------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(("anh", "a", "chi", "ong")),
    st.sampled_from(("ksor", "siu", "rmah", "nie")),
    st.sampled_from(("y", "h")),
    st.sampled_from(("thim", "chu", "bac", "blu")),
    st.sampled_from(("o plei dor xa ia boong", ", sinh nam 1990", " thieu giay to")),
)
def test_a_clan_prefix_and_a_kin_spelled_given_name(
    cue: str, clan: str, prefix: str, name: str, rest: str
) -> None:
    text = f"ho so cua {cue} {clan} {prefix} {name}{'' if rest.startswith(',') else ' '}{rest}"
    assert f"{clan} {prefix} {name}" in found(text, PERSON)


@_SETTINGS
@given(
    st.sampled_from(("a", "c", "e")),
    st.sampled_from(("thanh", "hoa", "binh", "nam")),
    st.sampled_from(("ksor", "nie", "mlo", "bya")),
)
def test_a_prefix_given_and_clan_after_chat_cue(cue: str, name: str, clan: str) -> None:
    text = f"nho {cue} y {name} {clan} o buon ea sup ky giup"
    assert f"y {name} {clan}" in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    ["a y kien the nao", "e y nghia lam", "c y ta truc dem", "anh ksor thim o plei", "y te xa"],
)
def test_no_highland_name_in_chat_words(text: str) -> None:
    assert found(text, PERSON) == []


# -- a full name after chat's "a" / "c" ----------------------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(("a", "c")),
    st.sampled_from(("ta quang duy", "ha thi lan", "tran van hung", "ta duc manh")),
    st.sampled_from((", a ay o so 2 ngo 14", " o xom 2 xa an binh", ".", ", sdt 0912345678")),
)
def test_a_full_name_after_chat_cue(cue: str, name: str, rest: str) -> None:
    assert name in found(f"phat nguoi cho xe cua {cue} {name}{rest}", PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "a lam van ban nay, gui lai",
        "c ba van ban, gui e",
        "this is a test of the form, ok",
        "cho a xem van ban, a doc giup",
    ],
)
def test_no_full_name_after_chat_cue(text: str) -> None:
    assert found(text, PERSON) == []


# -- a kin word, a given name, then "nhờ" and whom / "bán ở" a stall -----------------------------


@_SETTINGS
@given(
    st.sampled_from(("me", "bo", "co", "chu", "bac", "di")),
    st.sampled_from(("hanh", "tuan", "lieu", "nga", "binh")),
    st.sampled_from(("nho em hoi ho so tach thua", "nho a xem giup", "nho con gui lai")),
)
def test_plain_kin_name_then_asks(cue: str, name: str, rest: str) -> None:
    assert found(f"{cue} {name} {rest}", PERSON)[:1] == [name]


@_SETTINGS
@given(
    st.sampled_from(("mẹ", "bố", "cô", "bác", "dì")),
    st.sampled_from(("hạnh", "tuấn", "nga", "bình")),
)
def test_spelled_kin_name_then_asks(cue: str, name: str) -> None:
    assert found(f"{cue} {name} nhờ em hỏi hồ sơ", PERSON) == [name]


@_SETTINGS
@given(
    st.sampled_from(("co", "chu", "ba")),
    st.sampled_from(("lieu", "tuyet", "binh")),
    st.sampled_from(("kiot 43", "sap 12", "quay so 5")),
)
def test_kin_name_then_sells_at_a_stall(cue: str, name: str, stall: str) -> None:
    assert name in found(f"{cue} {name} ban o {stall} cho ben thanh bi lua tien", PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "me nho con lam",
        "mẹ nhớ con lắm",
        "me vui nho con",
        "co lan nho em lam ho",
        "có hoa bán ở kiot 3",
        "co the nho em gui",
        "bo an nho em",
    ],
)
def test_no_name_before_asks(text: str) -> None:
    assert found(text, PERSON) == []


# -- chat speakers tagged with a desk ------------------------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(("thanh", "hoài", "lan", "hùng")),
    st.sampled_from(("tư pháp", "một cửa", "địa chính", "tu phap", "mot cua", "dia chinh")),
)
def test_a_speaker_tagged_with_a_desk(name: str, desk: str) -> None:
    text = f"dịch cái zalo này:\n{name} {desk}: chị vy nộp giấy chưa\nmai văn phòng: rồi a"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Tư pháp: tiếp nhận hồ sơ\nBộ phận một cửa: trả kết quả",
        "Sở Tư pháp: công văn số 12",
        "ghi chú địa chính: thửa 12",
    ],
)
def test_no_speaker_in_a_desk_heading(text: str) -> None:
    assert found(text, PERSON) == []


# -- chat's "a" after a verb that spells a surname -----------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(("gửi lại", "hỏi lại", "gui lai", "nhac lai")),
    st.sampled_from(("thắm", "tùng", "tham", "tung")),
)
def test_chat_a_after_lai(verb: str, name: str) -> None:
    assert found(f"{verb} a {name} nhé", PERSON) == [name]


def test_hmong_middle_a_after_a_clan() -> None:
    assert found("cho giàng a pao, thôn 3", PERSON) == ["giàng a pao"]


# -- addresses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Soạn tờ trình cho anh Kha Minh Đức, phòng 504 nhà CT3 khu nhà ở xã hội Đặng Xá, "
            "xã Gia Lâm, Hà Nội, thương binh.",
            "phòng 504 nhà CT3 khu nhà ở xã hội Đặng Xá, xã Gia Lâm, Hà Nội",
        ),
        (
            "Tôi là Kim Sóc Thơ, ấp Tà Lọt, xã Tri Tôn, tỉnh An Giang, xin giải quyết.",
            "ấp Tà Lọt, xã Tri Tôn, tỉnh An Giang",
        ),
        (
            "Tôi là Thạch Sóc Ra, sóc Bưng Cốc, xã Vĩnh Hải, xin xác nhận.",
            "sóc Bưng Cốc, xã Vĩnh Hải",
        ),
    ],
)
def test_addresses_after_khmer_names_and_in_estates(text: str, address: str) -> None:
    assert found(text, ADDRESS) == [address]


@pytest.mark.parametrize(
    "text",
    ["chính sách về khu nhà ở xã hội cho công nhân", "Kim Sóc Thơ là nghệ nhân"],
)
def test_no_address_in_policy_words(text: str) -> None:
    assert found(text, ADDRESS) == []
