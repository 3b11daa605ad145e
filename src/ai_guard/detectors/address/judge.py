"""The verdict on a chain (``_judge``): its score by the cues before it and its shape, or nothing
where it names an agency, a venue, a destination; and a lower-case chain's address shape
(``_lower_case_shape``)."""

from __future__ import annotations

import itertools
import re

from ai_guard.detectors.address.component import (
    _DIGIT,
    _INNER,
    _KIOSKS,
    _LANES,
    _NUMBERED_FLATS,
    _NUMERIC_ONLY,
)
from ai_guard.detectors.address.lexicon import (
    _CUES_BUT_O,
    _RESIDENCE,
    BASE_SCORE,
    DETECTOR_ID,
    SCORE_CHAIN,
    SCORE_CHAIN_WITH_STREET,
    SCORE_CUED,
    _Link,
    _village,
    _word_before,
)
from ai_guard.detectors.address.lower_case import _HAMLET_UNITS, _URBAN_AREAS
from ai_guard.detectors.address.people import (
    _MINORITY_VILLAGES,
    _heading_over_people,
    _listed_person_before,
    _listed_with_year_lc,
    _person_comma_before,
    _person_then_bracket,
    _residence_column,
    _self_named_before,
    _someone_before_o,
)
from ai_guard.detectors.address.streets import _lane_then_street, _named_street
from ai_guard.detectors.address.venues import (
    _PARKS,
    _PREMISES,
    _agency_before,
    _area_named,
    _held_at,
    _house_in_group,
    _institution_before,
    _office_venue,
    _park_lot,
    _placeholder_chain,
    _post_before,
    _public_office,
    _route_to_venue,
    _school_comma_before,
    _shop_venue,
    _title_place,
)
from ai_guard.detectors.address.villages import (
    _ALONE_VILLAGE_UNITS,
    _LONE_VILLAGE_UNITS,
    _O_CUE,
    _alone_after_o,
    _group_after_o,
    _hamlet_then_commune,
    _lone_village,
    _named_unit,
    _village_after_age,
)
from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import CueSet

#: "số nhà" or "số" (of "nhà số") and the house's number, then the street's first letter
#: (folded): "số 61 lê văn sỹ"
_HOUSE_THEN_STREET = re.compile(
    r"(?:so[ \t]+nha|so)[ \t]+(\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3})[ \t]+[a-z]"
)
#: a house number, a lane with its number, then the lane's street by name (folded): "14 ngõ 5
#: hoàng quốc việt" (not "14 ngõ nhỏ", a count)
_HOUSE_LANE_STREET = re.compile(
    r"\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)?[ \t]+(?:ngo|ngach|hem|kiet)[ \t]+\d{1,4}[a-z]?"
    r"(?:/\d{1,4}[a-z]?)*[ \t]+[a-z]"
)


#: the rest of a bracket after a village's name: up to two more lower-case words (folded,
#: cased), then the closing bracket
_BRACKET_REST = re.compile(r"((?:[ \t]+[a-z]+){0,2})[ \t]*\)")
#: buildings, which with rooms and floors alone locate nothing ("phòng 305 KTX K1")
_BUILDINGS = frozenset(("ktx", "ky tuc xa", "block", "chung cu", "toa nha", "tap the", "nha"))


#: a clause after a place that says someone lives there (folded): ", nơi gia đình bà sinh
#: sống", ", nơi anh ấy đang ở", ", nơi tôi tạm trú"
_LIVED_IN_AFTER = re.compile(
    r"[ \t]*,[ \t]*noi(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:dang[ \t]+|van[ \t]+|hien[ \t]+)?"
    r"(?:sinh song|song|cu tru|o|sinh ra|thuong tru|tam tru)(?![a-z])"
)


def _judge(
    doc: Document,
    start: int,
    end: int,
    comps: list[_Link],
    lower: int = 0,
    known: bool = False,
) -> Detection | None:
    """Whether a chain is an address, and how sure; ``lower`` counts its names read in
    lower case, whose chain must have an address's shape (see ``_lower_case_shape``)."""
    if (
        start < comps[0][0]
        and _BARE_YEAR_BEFORE.fullmatch(doc.folded, start, comps[0][0]) is not None
        and _listed_with_year_lc(doc, comps[0][0])
    ):
        # "- lo thi xenh 1955 ban cang": the number before the village is the listed
        # person's birth year, no house's
        start = comps[0][0]
    elif (
        len(comps) >= 2
        and _BARE_YEAR_BEFORE.fullmatch(doc.folded, comps[0][1] - 4, comps[1][0]) is not None
        and _listed_with_year_lc(doc, comps[1][0])
    ):
        # "- luong minh khoi 1935 ban phieng": a given name that is a unit word too
        # ("khối"), then the birth year: the name's, no block's number
        comps = comps[1:]
        start = comps[0][0]
    if len(comps) == 1 and start < comps[0][0] and _HOUSE_LANE_STREET.match(doc.folded, start):
        # "14 ngõ 5 hoàng quốc việt": the house number before the lane is a component of
        # its own (house, lane, street: an address's three parts)
        comps = [(start, comps[0][0], 0, "so nha"), *comps]
    elif len(comps) == 1 and comps[0][3] in ("nha so", "so nha", "so"):
        house = _HOUSE_THEN_STREET.match(doc.folded, comps[0][0], comps[0][1])
        words = doc.folded[house.end(1) : end].split() if house is not None else []
        if comps[0][3] == "so":
            # after "số" alone, only "đường"/"phố" and a person's name in lower case, as
            # chat types it: "o so 71 duong tran phu tu 1/10"
            typed = doc.folded_cased[comps[0][0] : end]
            if words[:1] not in (["duong"], ["pho"]) or typed != typed.lower():
                house = None
            words = words[1:]
        if house is not None and _named_street(words, shortest=2 if comps[0][3] == "so" else 3):
            # "trước nhà số 61 lê văn sỹ": the house's number and the street named as a
            # person after it are two parts of an address ("số 5" alone is a number; "số
            # nhà 17 là của tôi" no street)
            named = (house.end(1) + 1, comps[0][1], 0, None)
            comps = [(comps[0][0], house.end(1), 0, comps[0][3]), named]
    elif len(comps) == 1 and comps[0][3] in _LANES:
        split = _lane_then_street(doc, comps[0])
        if split is not None:
            comps = split
            end = comps[-1][1]
    bracket = (
        _BRACKET_REST.match(doc.folded_cased, end)
        if len(comps) == 1
        and (comps[0][3] in _LONE_VILLAGE_UNITS or comps[0][3] in _HAMLET_UNITS)
        and doc.folded_cased[start - 2 : start].rstrip(" \t")[-1:] == "("
        else None
    )
    if bracket is not None and _person_then_bracket(doc, start):
        # (in lower case the name may have stopped at a word read as a place: "(thon ha
        # vinh)"; inside the bracket it runs to the bracket's end)
        end = bracket.end(1)
        # "Rcom H'Yũ (buôn Chư Mố), Siu Nay (plei Tơ Nia)": a person's name, then the
        # village in brackets, in a list: where each one lives
        return _village(DETECTOR_ID, start, end, "(")
    if (
        len(comps) == 1
        and (comps[0][3] in _LONE_VILLAGE_UNITS or comps[0][3] in _HAMLET_UNITS)
        and _heading_over_people(doc, start, end)
    ):
        # "Thôn Bình Minh: Diêm Văn Chắt 40kg, Quách Thị Hường 25kg.": a hamlet heading its
        # households on the same line, each one's address (PROMPTS.md, holdout18)
        return _village(DETECTOR_ID, start, end, ":")
    if lower and len(comps) == 1 and comps[0][3] in _LONE_VILLAGE_UNITS:
        return _lone_village(doc, start, end)
    if lower and len(comps) == 1 and comps[0][3] in _HAMLET_UNITS:
        # "trú tại thôn khe vằn", "trú xóm bãi gạo": a hamlet alone in lower case after a
        # cue of residence that "ở" is not ("ở xóm trọ" is a lodging)
        hamlet = _lone_village(doc, start, end, _STRONG_HAMLET_CUES)
        if hamlet is not None:
            return hamlet
        if _someone_before_o(doc.folded_cased, start):
            # "nhà ở thôn trà lộc", "ông ấy ở thôn lùng phình": after "ở" and who lives
            # there, a hamlet whose name has two words or more, none of them everyday
            # words ("ở xóm trọ", "ở thôn em", "ở xóm bên kia" stop at the first)
            hamlet = _lone_village(doc, start, end, _O_CUE)
            if hamlet is not None and len(doc.folded[start : hamlet.end].split()) >= 3:
                return hamlet
    if (
        lower
        and len(comps) >= 3
        and comps[0][2] >= 1
        and comps[0][2] > comps[1][2]
        and len(doc.folded[comps[0][0] : comps[0][1]].split()) == 2
        and _DIGIT.search(doc.folded, comps[0][0], comps[0][1]) is None
        and doc.folded[comps[0][1] : comps[1][0]].strip() == ""
    ):
        # "tại quán nước số 203 đường ...": a word read as a higher unit ("quán" as
        # "quận") with one lower-case word after it, right before a house number the
        # chain's levels go back from: the address starts at the next component
        return _judge(doc, comps[1][0], end, comps[1:], lower, known)
    if lower and not _lower_case_shape(doc, comps, known):
        return None
    keys = [k for _, _, _, k in comps]
    if keys[0] == "thon" and doc.folded[max(0, start - 5) : start] == "nong ":
        return None  # "đất ở tại nông thôn 100 m2": the countryside, no hamlet
    if all(k in _INNER or k in _BUILDINGS for k in keys):
        return None  # rooms, floors, parcels alone: not where anyone lives
    if (
        all(keys)
        and all(k in _NUMERIC_ONLY for k in keys)
        and not _house_in_group(keys)
        and not (len(comps) == 1 and _group_after_o(doc, start, comps[0]))
    ):
        return None  # "số 3, tầng 4": numbers, not a place (but "anh quý ở tổ 12")
    if len(keys) >= 2 and keys[0] and all(k == keys[0] for k in keys):
        return None  # "thôn 5, thôn 7, thôn 9": a list of hamlets, not an address
    # a single "số 12", "tổ 5" or "phòng 3" is a number, not an address
    if len(comps) == 1 and comps[0][2] == 0 and keys[0] != "nha so":
        unit = doc.folded[comps[0][0] : comps[0][1]].split(" ")[0]
        if (unit in _NUMERIC_ONLY or unit.rstrip(".") in _NUMERIC_ONLY) and not (
            _group_after_o(doc, start, comps[0])
        ):
            return None
    if len(comps) == 1 and comps[0][2] == 3:
        return None  # "vào tp hcm", "tỉnh Bình Phước": a city or province alone
    if len(comps) == 1 and keys[0] in _PARKS:
        # "Địa chỉ trụ sở: KCN Nội Bài": an industrial park alone names an estate where
        # companies stand, like a market, not where anyone lives (with its lot or commune
        # it is a full address: "lô C5, khu công nghiệp Bắc Vinh, xã ..."; with only its
        # province, see _area_named)
        return None
    if keys[0] == "so" and _word_before(doc.folded_cased, start) == "co":
        return None  # "Thue co so 3 thanh pho Ha Noi": "cơ sở 3", a facility
    if _KM.search(doc.folded_cased, max(0, start - 16), start) is not None:
        return None  # "Km 12+300 Quốc lộ 5, xã An Lâm": a point on a road, no one's home
    fine = any(level <= 1 for _, _, level, _ in comps)
    if _CUES_BUT_O.search(doc.folded, max(0, start - 40), start) is None:
        # no residence cue but "ở" within reach: only "ở" right before a chain counts
        cue = _RESIDENCE.before(doc, start, 40) if len(comps) >= 2 else None
    else:
        cue = _RESIDENCE.before(doc, start, 40)
        if cue == "o" and len(comps) < 2:
            cue = None
        if cue is None:
            if _institution_before(doc, start) or _agency_before(doc, start):
                return None  # "trụ sở Tòa án nhân dân tỉnh Hà Tĩnh": an agency's name
            cue_near = _RESIDENCE.near_before(doc, start, 30)
            if cue_near is not None and cue_near not in ("o", "add", "tai nha"):
                cue = cue_near
    if _public_office(doc, start):
        return None  # "gửi UBND phường X, trụ sở tại số 8 ...": an agency's public office
    if (
        _office_venue(doc, start)
        or _shop_venue(doc, start)
        or _placeholder_chain(doc, comps)
        or _held_at(doc, start)
    ):
        return None  # "Địa điểm: Trạm Y tế phường, số 66 ...", "phường Y, tỉnh Z"; "tổ
        # chức ở thôn X, xã Y": where an event is held
    if cue in (None, "o", "tai") and _route_to_venue(doc, start):
        return None  # "lộ trình xe buýt ... đến quán cà phê ở số 45 đường X": a venue

    if cue is None and _area_named(doc, start, comps):
        return None  # "Địa bàn: phường X, tỉnh Y", "ngập tại các xã A, B và phường C, ...",
        # "cắt điện các tuyến phố A, B, phường C": an area, no one's home
    if cue in (None, "tai", "dia chi", "tru so", "tru so chinh", "dia diem") and _park_lot(comps):
        return None  # "địa chỉ: Lô C7 KCN Tân Đông Hiệp B, TP Hồ Chí Minh": a firm's lot
    if cue is None and _title_place(doc, end, comps):
        return None  # "DANH SÁCH HỘ NGHÈO NĂM 2026 - XÃ ĐẠI LỘC, TP ĐÀ NẴNG"
    if cue is None and len(comps) == 1 and _alone_after_o(doc, start, comps[0]):
        cue = "o"
    if (
        cue is None
        and "noi" in doc.folded[end : end + 8]
        and _LIVED_IN_AFTER.match(doc.folded, end)
    ):
        cue = "noi song"  # "đường vào bản Séo Phìn, nơi gia đình bà sinh sống"
    if (
        cue is None
        and len(comps) == 1
        and comps[0][3] in _ALONE_VILLAGE_UNITS
        and (doc.text[start - 1 : start] == "\t" or doc.text[start - 2 : start] == "| ")
        and _residence_column(doc, start)
    ):
        cue = "column"  # "3\tAlăng Thị Nhàn\t0491...\tThôn Tà Lang\t5": under "Thôn"
    if (
        cue is None
        and _TRAVEL.before(doc, start, 24) is not None
        and not any(_DIGIT.search(doc.folded, s, e) is not None for s, e, _, _ in comps)
    ):
        # "đoàn công tác đi xã Mường Nhé, tỉnh Điện Biên", "xe buýt đi qua đường Nguyễn
        # Chí Thanh, phường Quang Trung": a destination or a route, no one's home (no
        # house number, no residence cue)
        return None
    if cue is not None:
        score = SCORE_CUED
    elif all(level >= 1 for _, _, level, _ in comps) and _ASKED_ABOUT.match(doc.folded, end):
        return None  # "phường quang trung tp thái nguyên có bao nhiêu tổ": a place asked of
    elif len(comps) >= 2 and fine:
        if _institution_before(doc, start) or _agency_before(doc, start):
            return None  # "trụ sở Tòa án nhân dân tỉnh Hà Tĩnh": an agency's name
        street = any(level == 0 for _, _, level, _ in comps)
        if not street and (_post_before(doc, start) or _school_comma_before(doc, start)):
            return None  # "công chức Tư pháp - Hộ tịch xã X, tỉnh Y": where one works
        score = SCORE_CHAIN_WITH_STREET if street else SCORE_CHAIN
    else:
        return None
    return Detection(
        EntityType.ADDRESS,
        start,
        end,
        score,
        DETECTOR_ID,
        pattern=f"address.chain_{min(len(comps), 5)}",
        base_score=BASE_SCORE,
        context=cue,
    )


_STRONG_HAMLET_CUES = CueSet(
    ["trú", "trú tại", "thường trú", "thường trú tại", "tạm trú", "tạm trú tại", "cư trú tại",
     "quê", "quê ở", "quê quán", "nguyên quán", "sống tại", "ngụ tại", "địa chỉ", "hktt"]
)  # fmt: skip


#: a journey's verb right before a chain: a destination or a route, not a residence
_TRAVEL = CueSet(
    [
        "đi",
        "đi qua",
        "đi đến",
        "đi tới",
        "đi công tác",
        "đến thăm",
        "thăm",
        "khảo sát",
        "công tác tại",
        "công tác ở",
        "tham quan",
        "du lịch",
        "chạy qua",
        # a stretch of road through a commune: "Quốc lộ 1A, đoạn qua xã Hòa Thịnh"
        "đoạn qua",
        "đoạn đi qua",
    ]
)  # fmt: skip (not "tới", "qua" alone: "bản tôi", "quá" typed without diacritics)
#: a question about the place right after a chain of administrative units in chat: "... có
#: bao nhiêu tổ dân phố", "... ở đâu", "... thuộc tỉnh nào" (folded)
_ASKED_ABOUT = re.compile(
    r"[ \t]*,?[ \t]*(?:co[ \t]+bao[ \t]+nhieu|co[ \t]+may|o[ \t]+dau|nam[ \t]+o[ \t]+dau|thuoc"
    r"[ \t]+(?:tinh|huyen|quan|thanh[ \t]+pho)[ \t]+nao|la[ \t]+o[ \t]+dau|co[ \t]+phai"
    r"|sap[ \t]+nhap|moi[ \t]+thanh[ \t]+lap|bao[ \t]+nhieu)(?![a-z])"
)
#: "Km 12+300" (folded, any case) right before a chain
_KM = re.compile(r"(?<![A-Za-z])[Kk][Mm][ \t]*\d{1,4}(?:[+.,]\d{1,4})?[ \t]*$")
#: ``villages._ALONE_VILLAGE_UNITS``, as the one-word lists that ``str.split`` gives
_VILLAGE_WORD_LISTS = [[w] for w in sorted(_ALONE_VILLAGE_UNITS)]


#: the unit words of a house's number
_HOUSE_KEYS = frozenset(("so", "so nha", "nha so", "sn"))
#: "nhà" and up to four words (whose home: "nhà tôi", "nhà ông tống văn trường") right before
#: a house's number (folded)
_HOME_BEFORE_LC = re.compile(r"(?:^|[^a-z])nha(?:[ \t]+[a-z]+){0,4}[ \t]+$")


#: a bare year and the spaces after it, the whole text read (folded)
_BARE_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d[ \t]+")


#: estates by their name, which locate a flat without a ward ("khu đô thị văn khê")
_NAMED_ESTATES = frozenset(("khu do thi", "kdt", "chung cu", "khu tap the", "tap the", "toa nha"))
#: "ở" or "tại" right before a flat's chain, or before its room's code ("ở p1203 tòa ...")
_FLAT_AFTER_O = re.compile(r"(?<![a-z])(?:o|tai|tru)[ \t]+(?:p\.?[ \t]*\d{1,4}[ \t]+)?$")


#: residents' groups by their number, and the quarters or hamlets named after them ("tổ 7
#: khu phố hòa lân", "tổ 3 ấp bình thạnh"; a hamlet's team: "đội 5 thôn bái dương")
_NUMBERED_GROUPS = frozenset(("to", "to dan pho", "tdp", "to dan pho so", "doi"))
_NAMED_QUARTERS = frozenset(("khu pho", "kp", "ap", "thon", "xom", "khom", "khu vuc", "khoi"))


#: a residents' group or a street by its number, after a house's number (folded keys)
_HOUSE_GROUPS = frozenset(("to", "to dan pho", "tdp", "duong so", "duong"))
#: a house's number right before a component (folded)
_HOUSE_RIGHT_BEFORE = re.compile(r"(?<![\w/.,])\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?[ \t]+$")


def _lower_case_shape(doc: Document, comps: list[_Link], known: bool) -> bool:
    """A chain with names in lower case ("ở xóm 3 xã nghi phong huyện nghi lộc tỉnh nghệ an",
    "o so 5 ngo 12 pho hue ha noi") is an address when it runs from the house to the province
    (levels never go back) and has a number, a known province or place, or three links."""
    levels = [level for _, _, level, _ in comps]
    if any(a > b for a, b in itertools.pairwise(levels)):
        return False
    if known:
        return True
    if (
        len(comps) >= 2
        and doc.folded[comps[0][0] : comps[0][0] + 6].split()[:1] in _VILLAGE_WORD_LISTS
        and levels[-1] >= 1
        and (
            _word_before(doc.folded, comps[0][0]) in ("o", "tai", "que", "tru")
            or _LABEL_COLON_BEFORE.search(doc.folded, max(0, comps[0][0] - 50), comps[0][0])
            is not None
        )
    ):
        # "ở làng chư mố, xã ia pa": a village and its commune where one lives; after an
        # address's label and its colon ("địa chỉ nhà kim sa phon: sóc tra set xã vĩnh hải")
        return True
    first = comps[0]
    if len(comps) >= 2 and levels[-1] >= 1 and _named_unit(doc, first[0], first[3]):
        # "tổ dân phố đoàn kết, phường dương nội", "buôn tơng jú, xã ea kao": a unit word no
        # everyday word reads as (with its marks: "buồn" is no "buôn"), then the commune
        return True
    if (
        len(comps) >= 2
        and (first[3] in _NUMBERED_GROUPS or first[3] in _LANES or first[3] == "lo")
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and (comps[1][3] in _NAMED_QUARTERS or (first[3] == "lo" and comps[1][3] in _URBAN_AREAS))
        and _word_before(doc.folded, first[0]) in ("o", "tai", "que", "tru")
    ):
        # "ở tổ 7 khu phố hòa lân,": a residents' group by its number, its quarter; "nhà ở
        # ngõ 3 xóm chùa": a lane by its number in a hamlet by its name; "ở lô 5 khu dân cư
        # bắc sông cầu": a lot by its number in an urban area by its name
        return True
    if (
        len(comps) >= 2
        and first[3] in _HOUSE_KEYS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and all(
            k in _NUMBERED_GROUPS or k in _LANES or k in _HOUSE_GROUPS for _, _, _, k in comps[1:-1]
        )
        and (comps[-1][3] in _NAMED_QUARTERS or comps[-1][3] in _URBAN_AREAS)
        and _DIGIT.search(doc.folded, comps[-1][0], comps[-1][1]) is None
        and _word_before(doc.folded, first[0]) in ("o", "tai", "que", "tru")
    ):
        # "ở số 3 đường số 12 khu dân cư hồng loan": a house's number, its numbered street,
        # then the urban area or hamlet by its name
        return True
    if (
        len(comps) >= 3
        and first[3] in _NUMBERED_FLATS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and all(k in _NAMED_ESTATES for _, _, _, k in comps[1:-1])
        and levels[-1] == 1
    ):
        return True  # "căn hộ A2-1105 chung cư sky garden phường tân mỹ": flat, estate, ward
    if (
        len(comps) == 2
        and first[3] in _HOUSE_GROUPS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and comps[1][3] in _NAMED_QUARTERS
        and _DIGIT.search(doc.folded, comps[1][0], comps[1][1]) is None
        and (house := _HOUSE_RIGHT_BEFORE.search(doc.folded, max(0, first[0] - 12), first[0]))
        is not None
        and _RESIDENCE.near_before(doc, house.start(), 30) is not None
    ):
        # "địa chỉ bà 17 tổ 5 ấp bình an", "địa chỉ ông 42 đường số 3 ấp phú hòa": a house's
        # number, its group or numbered street, then the hamlet by its name, after a residence
        # cue
        return True
    if (
        len(comps) == 2
        and first[3] in _HAMLET_UNITS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and comps[1][3] in _HAMLET_UNITS
        and comps[1][3] != first[3]
        and _DIGIT.search(doc.folded, comps[1][0], comps[1][1]) is None
        and _word_before(doc.folded, first[0]) in ("o", "tai", "que", "tru")
    ):
        return True  # "ở xóm 3 thôn làng cói": a numbered hamlet inside a named one
    if (
        len(comps) >= 2
        and comps[-1][3] in _NAMED_ESTATES
        and all(k in _PREMISES for _, _, _, k in comps[:-1])
        and _DIGIT.search(doc.folded, first[0], comps[-1][0]) is not None
        and _FLAT_AFTER_O.search(doc.folded, max(0, first[0] - 16), first[0]) is not None
    ):
        # "ở p1203 tòa ct2 khu đô thị văn khê", "ở căn 1208 tòa b2 chung cư the sun": a flat
        # by its number in a block of a named estate, where one lives (no ward typed)
        return True
    if (
        len(comps) >= 2
        and first[3] in _KIOSKS
        and comps[1][3] == "cho"
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
    ):
        return True  # "ki-ốt 14 chợ bến thủy": a stall by its number in a market by its name
    if (
        len(comps) >= 2
        and levels[-1] >= 1
        and levels[1] >= 1
        and "," in doc.folded[first[1] : comps[1][0]]
        and (
            # "thôn lộc điền, xã phú lộc", "địa điểm: ấp ba trạch, xã tập sơn": a hamlet (a
            # word chat has no other use for, but "hàng xóm"), a comma, then its commune
            (first[3] in _HAMLET_UNITS and _word_before(doc.folded, first[0]) != "hang")
            # "chị h'nhoi bya, buôn tơng jú, xã ea kao": a village after a person and a comma
            or (first[3] in _MINORITY_VILLAGES and _person_comma_before(doc, first[0]))
        )
    ):
        return True
    if (
        len(comps) >= 2
        and levels[-1] >= 1
        and (first[3] in _HAMLET_UNITS or first[3] in _MINORITY_VILLAGES)
        and (_self_named_before(doc, first[0]) or _listed_person_before(doc, first[0]))
    ):
        # "tôi là lò văn panh bản nà hằng xã mường lum", "toi ten mac van cuong thon hop nhat
        # xa dai dong": who writes, by full name, then the village and its commune
        return True
    if (
        len(comps) == 2
        and first[3] in _HOUSE_KEYS
        and comps[1][3] in _HAMLET_UNITS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and _HOME_BEFORE_LC.search(doc.folded, max(0, first[0] - 40), first[0]) is not None
    ):
        # "nhà tôi số 5 xóm mới", "nhà ông tống văn trường số 3 xóm mới": a home, its number
        # and the hamlet it stands in (a hamlet has no streets: the number is the house's)
        return True
    if levels[-1] >= 1 and _village_after_age(doc, comps):
        return True  # "quàng văn pản, 54 tuổi, bản pá sang, xã chiềng cơi": after an age
    if _hamlet_then_commune(doc, comps):
        return True  # "nha thon ha xa tien thanh, ...": a hamlet, right after it its commune
    if max(levels) < 1:
        return False  # "bản giấy gửi về phòng 208": no commune, district or province
    admin = [level for level in levels if level >= 1]
    if len(comps) >= 3 and len(set(admin)) >= 2:
        return True  # "xã nghi phong huyện nghi lộc ...": two levels of administration
    folded = doc.folded
    return any(
        _DIGIT.search(folded, s, e) is not None for s, e, _, key in comps if key not in _INNER
    )


#: an address's label ("địa chỉ", "đ/c", "dc"), whose house it names, then a colon, right
#: before (folded): "địa chỉ:", "dia chi nha kim sa phon:", "dc cua chu ba:"
_LABEL_COLON_BEFORE = re.compile(
    r"(?<![a-z])(?:dia[ \t]+chi|dc|d/c)(?:[ \t]+(?:nha|cua|o)(?:[ \t]+[a-z]+){0,4})?[ \t]*:[ \t]*$"
)
