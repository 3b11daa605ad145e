"""Issue 15, private names typed plain that chat still sent out (twenty-seventh session,
i15-nd27), on new probes (none of a corpus's rows), with the ordinary words beside them that
must stay clean:

* a neighbour named before "hàng xóm" typed plain ("cai nhau voi ong ton that hung hang xom",
  "ong nguyen van hung hang xom cua em"): the royal clan's name is read whole, and "hang" is no
  fourth word Hằng; before a hamlet ("xom 3", "xom dong") "hang" stays the given name Hằng;
* a chat log with its times: a handle of two names typed together ("[14:02] minhtuan.ca:"),
  and a speaker of one given name typed plain ("[14:05] ha:"), where another speaker is
  named so; labels ("note", "hoi", "ghi chu") stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_HONORIFICS = ("ong", "ba", "anh", "chi", "chu", "co")
_NEIGHBOURS = (
    "ton that hung",
    "ton nu dieu hien",
    "nguyen van hung",
    "le thi thu hoa",
    "tran quoc dung",
)
_NEIGHBOUR_AFTER = ("hang xom", "hang xom, no", "hang xom cua em, no", "hang xom nha e")


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(_HONORIFICS), st.sampled_from(_NEIGHBOURS), st.sampled_from(_NEIGHBOUR_AFTER)
)
def test_a_neighbour_named_before_hang_xom(hon: str, name: str, after: str) -> None:
    text = f"e cai nhau voi {hon} {name} {after} hay sang quay, ghi lai giup e"
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "hằng" before a hamlet's number or name is the given name
        ("chi tran thi thu hang xom 5 xa yen thanh", "tran thi thu hang"),
        ("ba nguyen thi thu hang xom 3 cho vay tien", "nguyen thi thu hang"),
        ("chi tran thi hang xom dong", "tran thi hang"),
        ("ba le thi hang xom cua em", "le thi hang"),
        ("ba nguyen thi thu hang, hang xom cua em", "nguyen thi thu hang"),
    ],
)
def test_hang_before_a_hamlet_stays_a_given_name(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "ong ton that hung hang ngay di lam",  # tổn thất ... hằng ngày: no name whole
        "ong ba hang xom cai nhau",
        "chi phan cong hang xom don rac",
        "hang xom nha em on ao qua",
    ],
)
def test_hang_xom_alone_names_no_one(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[14:02] minhtuan.ca: xe do trai phep o ngo nha e\n[14:05] ha: de e bao",
            ["minhtuan.ca", "ha"],
        ),
        ("[09:00] thuylinh.vp: hop luc 9h\n[09:02] tuan: ok c", ["thuylinh.vp", "tuan"]),
        ("minhtuan.ca: xe do o ngo\nhoa.nt: de e bao", ["minhtuan.ca", "hoa.nt"]),
    ],
)
def test_chat_speakers_with_times(text: str, names: list[str]) -> None:
    assert sorted(found(text, PERSON)) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "[14:02] note: xe do o ngo\n[14:05] hoi: de e bao",
        "[09:00] ghi chu: hop luc 9h\n[09:01] ket luan: ok",
        "[09:00] admin: hop luc 9h\n[09:01] bot: da ghi",
        # one word that is a given name, in a log whose other speakers are no names
        "[09:00] note: hop luc 9h\n[09:01] hoi: ai di\n[09:02] dap: ok",
    ],
)
def test_timed_labels_name_no_one(text: str) -> None:
    assert found(text, PERSON) == []
