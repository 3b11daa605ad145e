"""Strategies for names and addresses as pasted and typed (holdout28's shapes): an address typed
without diacritics whose names are capitalised and whose province is typed plain after them, a
full name typed plain after a verb that takes a person, a list of names typed with no
separators, a capitalised name whose given name no lexicon holds before its birth year, a
Chinese given name of two pinyin syllables written as one word (the rules of
:mod:`ai_guard.detectors.address.tails`, :mod:`ai_guard.detectors.person.bounded`,
:mod:`ai_guard.detectors.person.born` and :mod:`ai_guard.detectors.person.foreign`)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from ai_guard.testing._base import LabelledPrompt, from_segments, picked_shapes

__all__ = ["PASTED_SHAPES", "pasted_prompts"]

PERSON = "PERSON"
ADDRESS = "ADDRESS"
DATE_OF_BIRTH = "DATE_OF_BIRTH"

#: what :func:`pasted_prompts` draws
PASTED_SHAPES = ("plain_province", "tell_verb", "run_on_list", "born_rare", "pinyin")

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

_Segment = tuple[str, str | None]


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
    Quốc, ...``). Spans: each name ``PERSON``, the address ``ADDRESS``, the year
    ``DATE_OF_BIRTH``. ``shape``: ``pasted.<shape>``."""
    picked = picked_shapes("pasted_prompts", shapes, PASTED_SHAPES)
    return st.sampled_from(picked).flatmap(
        lambda shape: _DRAW[shape]().map(
            lambda segments: from_segments(segments, f"pasted.{shape}")
        )
    )
