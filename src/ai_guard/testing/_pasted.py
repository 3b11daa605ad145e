"""Strategies for names and addresses as pasted and typed (holdout28's shapes): an address typed
without diacritics whose names are capitalised and whose province is typed plain after them, a
full name typed plain after a verb that takes a person, a list of names typed with no
separators, a capitalised name whose given name no lexicon holds before its birth year, a
Chinese given name of two pinyin syllables written as one word (the rules of
:mod:`ai_guard.detectors.address.tails`, :mod:`ai_guard.detectors.person.bounded`,
:mod:`ai_guard.detectors.person.born` and :mod:`ai_guard.detectors.person.foreign`); and
holdout42's (i15-n31): a Highland list's items whose fields a spaced dash parts, a register's
row with an identity number's cell, a hamlet head named after his title, a parents' and
teacher's chat whose display names a kin word opens, typed plain
(:mod:`ai_guard.detectors.person.highland_items`, :mod:`~ai_guard.detectors.person.household_rows`,
:mod:`~ai_guard.detectors.person.minority`, :mod:`~ai_guard.detectors.person.chat_kin`)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from ai_guard.testing._base import LabelledPrompt, from_segments, picked_shapes

__all__ = ["PASTED_SHAPES", "pasted_prompts"]

PERSON = "PERSON"
ADDRESS = "ADDRESS"
DATE_OF_BIRTH = "DATE_OF_BIRTH"

#: what :func:`pasted_prompts` draws
PASTED_SHAPES = (
    *("plain_province", "tell_verb", "run_on_list", "born_rare", "pinyin"),
    *("highland_dash", "register_row", "unit_head", "kin_display"),
)

#: hamlets and communes as a paper writes them, typed without diacritics
_HAMLETS = ("thon Ban Lang", "ap Phu Hoa", "ban Na Sai", "to 8 khu pho 3", "xom Dong", "to 12")
_COMMUNES = (
    *("xa Quang Uyen", "phuong Tam Hiep", "xa Hoa Thanh", "phuong Nghia Do", "xa Yen Lac"),
    *("phuong Long Thanh", "xa Tan Phu"),
)
#: provinces of two syllables or more, typed plain
_PROVINCES = (
    *("cao bang", "dong nai", "vinh long", "ha noi", "lao cai", "nghe an", "can tho"),
    *("ninh binh", "an giang", "dak lak", "son la", "tay ninh"),
)
#: what follows a province in chat: the line's end, punctuation, a chat's word
_AFTER_PROVINCE = ("", "\nok de e xem", ", nho chi xem giup", " muon hoi ve dat", " bi mat giay")
_RESIDENCE = ("nha co ay o ", "thuong tru tai ", "ong ay o ", "chau dang o ")

#: full names typed plain, a lexicon surname, middle and given name each
_PLAIN_NAMES = (
    *("tran duc phong", "vu minh hieu", "pham thu trang", "nguyen quoc bao", "le hoang nam"),
    *("hoang thi lan", "dang van toan", "bui thi hoa"),
)
_TELL = ("mk bao ", "nho ", "hoi giup ", "e bao ")
#: a list's names of the "văn"/"thị" shape, typed plain
_VT_NAMES = (
    *("ngo van khanh", "kieu thi nhung", "luong van toan", "quach thi mai", "luu van hai"),
    *("trinh thi hue", "phung van long"),
)
#: capitalised names whose given name no lexicon holds
_RARE = ("Hoàng Xuân Thởi", "Đinh Công Quýt", "Lâm Chí Khoáng", "Trương Công Lự", "Lò Bá Phởn")
#: Chinese surnames and given names of two syllables written as one word
_ZH_SURNAMES = ("Zhao", "Liu", "Chen", "Zhang", "Wang", "Huang")
_ZH_GIVENS = ("Mingxuan", "Xinyi", "Yuting", "Zihan", "Jiahao", "Ruoxi", "Haoyu")

#: Bahnar, Jrai and Ede names of a prefix and one word, and Highland villages with their commune
_HIGHLAND_NAMES = ("A Thuyết", "Y Pla", "A Kleng", "Y Sâm", "H'Lơn", "A Phiu")
_HIGHLAND_HOMES = (
    *("làng Kon Jơ Dri, xã Đăk Rơ Wa, tỉnh Quảng Ngãi", "buôn Ko Tam, xã Ea Tu, tỉnh Đắk Lắk"),
    *("plei Ia Der, xã Ia Bă, tỉnh Gia Lai", "làng Kon Rờ Bàng, xã Đăk Rơ Wa, tỉnh Quảng Ngãi"),
)
#: what a list puts between the name and the village: a class, a year of birth, an age
_HIGHLAND_BETWEEN = ("lớp 7", "lớp 6A", "1985", "78 tuổi")
#: names of Dao, Tày, Hmong and Kinh people as a register writes them, capitalised
_REGISTER_NAMES = ("Triệu Tòn Mẩy", "Bàn Văn Kiêm", "Lý Láo Lở", "Đặng Thị Xuân", "Sùng A Páo")
_REGISTER_HOMES = (
    *(
        "thôn Khuổi Xỏm, xã Chiêm Hóa, tỉnh Tuyên Quang",
        "bản Nậm Dẩn, xã Xín Mần, tỉnh Tuyên Quang",
    ),
    *("xóm Nà Lừa, xã Hòa An, tỉnh Cao Bằng",),
)
#: identity card numbers of the shape a register holds (province, century and sex, birth year)
_CARDS = ("008181004726", "001085012345", "004190003312", "038092001845", "079301004417")
#: Ede and Jrai names of a prefix, a given name and a clan name
_EDE_NAMES = ("Y Blê Ksơr", "H Bia Mlô", "Y Moan Niê", "Ksor H'Ni", "H'Hen Niê")
#: a residence unit's head as chat and letters name him
_UNIT_HEADS = ("trưởng buôn", "trưởng plei", "phó trưởng buôn", "trưởng thôn", "trưởng làng")
#: a child's name or nickname after a parent's word, a teacher's given name after hers, in title
#: case after a kin word typed plain
_CHILD_NAMES = ("Na", "Bin", "Bo", "Ty", "Vy")
_TEACHER_NAMES = ("Trang", "Lan", "Huong", "Tuan", "Nguyet")

_Segment = tuple[str, str | None]


@st.composite
def _highland_dash(draw: st.DrawFn) -> list[_Segment]:
    """Two items of a Highland list, a name, a class or a year, the village, a dash between."""
    names = draw(st.lists(st.sampled_from(_HIGHLAND_NAMES), min_size=2, max_size=2, unique=True))
    dash = draw(st.sampled_from((" – ", " - ")))
    segments: list[_Segment] = [("Lập bảng từ danh sách hỗ trợ gạo:", None)]
    for k, name in enumerate(names):
        segments += [
            (f"\n{k + 1}. ", None),
            (name, PERSON),
            (f"{dash}{draw(st.sampled_from(_HIGHLAND_BETWEEN))}{dash}", None),
            (draw(st.sampled_from(_HIGHLAND_HOMES)), ADDRESS),
        ]
    return segments


@st.composite
def _register_row(draw: st.DrawFn) -> list[_Segment]:
    """A register's row: its entry number, the name, the identity card's number, the home."""
    number = draw(st.integers(1, 9999))
    card = draw(st.sampled_from(_CARDS))
    label = draw(st.sampled_from(("CCCD ", "", "CCCD: ")))
    return [
        (f"Tóm tắt dòng đăng ký thường trú:\nSố {number} | ", None),
        (draw(st.sampled_from(_REGISTER_NAMES)), PERSON),
        (f" | {label}", None),
        (card, "CCCD"),
        (" | ", None),
        (draw(st.sampled_from(_REGISTER_HOMES)), ADDRESS),
        (" | đăng ký mới", None),
    ]


@st.composite
def _unit_head(draw: st.DrawFn) -> list[_Segment]:
    """A complaint against a hamlet's head named after his title: a private person."""
    return [
        (f"Viết lại đơn: tôi phản ánh {draw(st.sampled_from(_UNIT_HEADS))} ", None),
        (draw(st.sampled_from(_EDE_NAMES)), PERSON),
        (" thu tiền làm đường không công khai.", None),
    ]


@st.composite
def _kin_display(draw: st.DrawFn) -> list[_Segment]:
    """A parents' and teacher's chat typed plain, display names a kin word opens."""
    parent = draw(st.sampled_from(("Me", "Mẹ", "Ba", "Bố")))
    teacher = draw(st.sampled_from(("Co", "Cô", "Thay")))
    child, other = draw(st.sampled_from(_CHILD_NAMES)), draw(st.sampled_from(_TEACHER_NAMES))
    tag = draw(st.sampled_from((" lop 3A", " lop 2B", "")))
    return [
        (f"tom tat giup doan chat:\n{parent} ", None),
        (child, PERSON),
        (": co oi chau nghi hoc 2 hom vi sot\n", None),
        (f"{teacher} ", None),
        (other, PERSON),
        (f"{tag}: dc a, nho gui giay kham cho co nhe\n{parent} ", None),
        (child, PERSON),
        (": vang a", None),
    ]


@st.composite
def _plain_province(draw: st.DrawFn) -> list[_Segment]:
    """An address typed without diacritics: capitalised names, the province typed plain."""
    hamlet, commune = draw(st.sampled_from(_HAMLETS)), draw(st.sampled_from(_COMMUNES))
    address = f"{hamlet} {commune} {draw(st.sampled_from(_PROVINCES))}"
    return [
        (draw(st.sampled_from(_RESIDENCE)), None),
        (address, ADDRESS),
        (draw(st.sampled_from(_AFTER_PROVINCE)), None),
    ]


@st.composite
def _tell_verb(draw: st.DrawFn) -> list[_Segment]:
    """A full name typed plain after a verb that takes a person, its end marked."""
    name = draw(st.sampled_from(_PLAIN_NAMES))
    segments: list[_Segment] = [(draw(st.sampled_from(_TELL)), None), (name, PERSON)]
    if draw(st.booleans()):
        year = str(draw(st.integers(1950, 2005)))
        return [*segments, (" sinh nam ", None), (year, DATE_OF_BIRTH), (" nop ho so giup e", None)]
    return [*segments, (draw(st.sampled_from((" mang giay to len xa", ", can gap gap"))), None)]


@st.composite
def _run_on_list(draw: st.DrawFn) -> list[_Segment]:
    """Names of the "văn"/"thị" shape listed with no separator."""
    names = draw(st.lists(st.sampled_from(_VT_NAMES), min_size=2, max_size=3, unique=True))
    segments: list[_Segment] = [(draw(st.sampled_from(("ds gom ", "danh sach gom "))), None)]
    for k, name in enumerate(names):
        if k:
            segments.append((" ", None))
        segments.append((name, PERSON))
    return [*segments, (" ai vang bao lai", None)]


@st.composite
def _born_rare(draw: st.DrawFn) -> list[_Segment]:
    """A list item: a capitalised name no lexicon holds whole, then its birth year."""
    name = draw(st.sampled_from(_RARE))
    year = str(draw(st.integers(1940, 2000)))
    item = draw(st.sampled_from(("1. ", "- ", "2. ")))
    if draw(st.booleans()):
        return [
            (item, None),
            (name, PERSON),
            (" (SN ", None),
            (year, DATE_OF_BIRTH),
            (") đã ký", None),
        ]
    return [(item, None), (name, PERSON), (" (", None), (year, DATE_OF_BIRTH), ("), đã ký", None)]


@st.composite
def _pinyin(draw: st.DrawFn) -> list[_Segment]:
    """A Chinese name in a residence list: a surname and a two-syllable given name."""
    name = f"{draw(st.sampled_from(_ZH_SURNAMES))} {draw(st.sampled_from(_ZH_GIVENS))}"
    item = draw(st.sampled_from(("1. ", "2. ", "- ")))
    return [(item, None), (name, PERSON), (", quốc tịch Trung Quốc, đến làm việc từ tháng 3", None)]


_DRAW = {
    "plain_province": _plain_province,
    "tell_verb": _tell_verb,
    "run_on_list": _run_on_list,
    "born_rare": _born_rare,
    "pinyin": _pinyin,
    "highland_dash": _highland_dash,
    "register_row": _register_row,
    "unit_head": _unit_head,
    "kin_display": _kin_display,
}


def pasted_prompts(*, shapes: Sequence[str] | None = None) -> st.SearchStrategy[LabelledPrompt]:
    """Names and addresses as pasted and typed (``PASTED_SHAPES``): ``plain_province`` (an
    address typed without diacritics whose names are capitalised and whose province is typed
    plain: ``o to 8 khu pho 3 phuong Tam Hiep dong nai``), ``tell_verb`` (a full name typed plain
    after a verb that takes a person, its end marked: ``mk bao tran duc phong mang giay to len
    xa``), ``run_on_list`` (names of the "văn"/"thị" shape with no separator: ``ds gom ngo van
    khanh kieu thi nhung ai vang bao lai``), ``born_rare`` (a capitalised name whose given name
    no lexicon holds, before its birth year: ``1. Lâm Chí Khoáng (SN 1975) đã ký``), ``pinyin``
    (a Chinese given name of two syllables as one word: ``2. Zhao Mingxuan, quốc tịch Trung
    Quốc, ...``), ``highland_dash`` (a Highland list's items, fields parted by a spaced dash:
    ``1. A Thuyết – lớp 7 – làng Kon Jơ Dri, ...``), ``register_row`` (a register's row with an
    identity number's cell: ``Số 1142 | Triệu Tòn Mẩy | CCCD 0081... | thôn Khuổi Xỏm, ...``),
    ``unit_head`` (a hamlet head named after his title, a private person: ``trưởng buôn Y Blê
    Ksơr``), ``kin_display`` (a parents' and teacher's chat typed plain: ``Me Na: ...``, ``Co
    Trang lop 3A: ...``). Spans: each name ``PERSON``, the address ``ADDRESS``, the year
    ``DATE_OF_BIRTH``, the identity number ``CCCD``. ``shape``: ``pasted.<shape>``."""
    picked = picked_shapes("pasted_prompts", shapes, PASTED_SHAPES)
    return st.sampled_from(picked).flatmap(
        lambda shape: _DRAW[shape]().map(
            lambda segments: from_segments(segments, f"pasted.{shape}")
        )
    )
