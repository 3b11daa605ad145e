"""A chain of components (``_chain``): from the first unit word or house number, the components
that follow one another, with the known places, bare wards and villages that continue it."""

from __future__ import annotations

import re

from ai_guard.detectors.address.component import (
    _BARE_ABBREVIATED,
    _BIRTH_YEAR_NAME,
    _DIGIT,
    _component_at,
)
from ai_guard.detectors.address.judge import _HOUSE_RIGHT_BEFORE
from ai_guard.detectors.address.lexicon import (
    _CAPWORD,
    _LC_NOT_NAME,
    _STOP,
    _STOP_WORDS,
    _UNITS,
    _Component,
    _is_unit_word,
    _key_at,
    _known,
    _known_at,
    _lc_bare,
    _Link,
    _provinces,
    _word_before,
)
from ai_guard.detectors.address.lower_case import _SEP, _YEAR_AFTER, _lower_name
from ai_guard.detectors.address.places import (
    _COMMA,
    _COUNTERS,
    _bare_ward,
    _chat_word_after,
    _city_over_village,
    _dashed_province,
    _unnamed_commune,
)
from ai_guard.detectors.address.streets import (
    _STREET_FIRST,
    _capitalised,
    _lc_street_after_lane,
    _lc_street_glued,
    _named_street,
    _named_streets,
    _street_may_start,
)
from ai_guard.detectors.address.venues import _PREMISES
from ai_guard.detectors.address.villages import _village_before
from ai_guard.detectors.address.wards import (
    _BARE_ABBREVIATIONS,
    _bare_higher,
    _bare_ward_capitalised,
    _ward_ends_quarters,
    _ward_then_higher,
)
from ai_guard.text import Document, fold_word

_BARE = re.compile(
    rf"(?P<name>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}|TP\.?[ \t]*[A-Z]{{2,4}}|[A-Z]{{2,5}})(?![\w])"
)
#: unit words that are also syllables of street names ("Nam Kỳ Khởi Nghĩa", "Đồng Khởi", "An
#: Duong Vuong" without its marks)
_IN_STREET_NAMES = frozenset(("khoi", "lang", "cho", "doi", "duong"))
#: a house number and capitalised words right before such a word
_NUMBERED_NAME_BEFORE = re.compile(
    rf"(?<![\w/.,\-])(\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}}[A-Za-z]?)?[ \t]+{_CAPWORD}"
    rf"(?:[ \t]+{_CAPWORD}){{0,2}})[ \t]+$"
)
#: "nhà " before "số 40": not part of the address
_NHA = re.compile(r"[Nn][Hh][Aa][ \t]+")
#: the second half of a province written with a dash: " - Vũng Tàu"
_DASH_NAME = re.compile(rf"[ \t]*[-–][ \t]*{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}(?![\w])")
#: "ng 45", "ngh 12/4" after a house number (folded, cased: lower case only)
_LANE_SHORT = re.compile(r"(ngh?)[ \t]+\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2}(?=[ \t,;]|$)")
#: the capitalised street after such a lane, before a comma or the line's end
_LANE_STREET_CAP = re.compile(
    rf"[ \t]+((?!{_STOP}){_CAPWORD}(?:[ \t]+(?!{_STOP}){_CAPWORD}){{0,3}})(?=[ \t]*(?:[,;]|$))"
)
#: "nhà B4", "nha A2", "nhà 17T1", "nha a2" (chat): a building's code after "nhà", then a space
#: or comma, or its letter alone before a comma ("nhà B,") (folded, cased)
_BUILDING = re.compile(
    r"[Nn](?:ha|HA)[ \t]+"
    r"(?:(?:[A-Z]{1,2}\d{1,3}[A-Z]?|\d{1,3}[A-Z]{1,2}\d{0,2}|[a-z]{1,2}\d{1,3}[a-z]?)(?=[ \t,])"
    # a building by its letter alone, then the comma: "phòng 504 nhà B, khu tập thể ..."
    r"|[A-Za-z](?=[ \t]*,))"
)
#: the rest of a name after its dash: capitalised words, no unit word, then punctuation
_DASH_TAIL = re.compile(
    rf"(?!(?:{'|'.join(_STOP_WORDS)})(?![a-z]))({_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})"
    r"(?=[ \t]*(?:[,.;)\n]|$))"
)
_LEAD = re.compile(
    r"(?<![\w/.+])(?<!\d )((?:[Pp]\.?(?=\d{3,4} ))?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3} +)$"
)  # ("p1205 tòa b ...": a room, "p" for phòng; "0986 347 210 bản ...": a phone's last group)
# "Số 58 Trần Phú, phường ...", "12 Nguyễn Trãi, P. ...": house number and street name
# without the word "đường", just before a chain.
_LEAD_STREET = re.compile(
    r"(?<![\w/])((?:(?:[Ss]o|SO)(?:[ \t]+nha)?[ \t]*|[Kk])?\d{1,5}[A-Za-z]?"
    r"(?:/\d{1,5}[A-Za-z]?){0,3}"
    rf"[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})[ \t]*[,\-–][ \t]*$"
)
# the same in lower-case chat: "58 tran phu, phuong 4, quan 5" (only before a chain of two)
_LEAD_STREET_LC = re.compile(
    r"(?<![\w/])((?:so[ \t]+(?:nha[ \t]+)?|k)?\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3}[ \t]+([a-z]+)"
    # (the street's name may be broken by a line: "số 88/15 lê⏎hồng phong, phường ...")
    r"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)[a-z]+)?(?:[ \t]+[a-z]+){0,2})[ \t]*,[ \t]*$"
)
# the same without the comma, in chat: "o 18 nguyen trai phuong 3 ..."
_LEAD_STREET_BARE = re.compile(
    # (Đà Nẵng's and Huế's lanes, "kiệt", by their letter glued to the house number: "ở
    # k82/21 le dinh ly p. ...", "k.15/4 ...")
    r"(?<![\w/.,\-])((?:[Kk]\.?)?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}[ \t]+([A-Za-z]+)"
    r"(?:[ \t]+[A-Za-z]+){1,3})[ \t]+$"
)
#: the same with a street of one word, which must be a known one ("15 pasteur phuong ...")
_LEAD_ONE_STREET = re.compile(
    r"(?<![\w/.,\-])(\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}[ \t]+([A-Za-z]+))[ \t]+$"
)
#: words before a number that make it an article, a date or a count: "Điều 12 luật này, ..."
_NOT_BEFORE_NUMBER = frozenset(
    ("dieu", "khoan", "diem", "muc", "chuong", "phan", "lan", "ngay", "thang", "nam", "luc",
     "trang", "mau", "so", "co", "tong", "gom", "khoang", "hon", "duoi", "tren")
)  # fmt: skip


#: the unit words of a land parcel and its map sheet ("thửa đất số 215", "tờ bản đồ số 18")
_PARCEL_KEYS = frozenset(
    ("thua", "thua dat", "thua so", "thua dat so", "to ban do", "to ban do so")
)
#: the units a commune's name with no unit word may follow: numbered hamlets and residents'
#: groups, quarters, and villages before a comma (folded keys)
_BEFORE_UNNAMED_COMMUNE = frozenset(
    ("thon", "xom", "ap", "khom", "to", "to dan pho", "tdp", "doi", "khu pho", "kp", "ban",
     "buon", "lang", "plei", "soc", "phum", "bon")
)  # fmt: skip


#: a colon right after a component, then the line goes on (a heading of its line's items)
_HEADING_COLON = re.compile(r"[ \t]*:[ \t]*[^\s]")


def _chain(
    doc: Document, comp: _Component, comps: list[_Link] | None = None
) -> tuple[int, int, list[_Link], int, bool]:
    """The chain that ``comp`` starts (or continues, after ``comps``): its start, end,
    links, how many of its names were read in lower case, and whether it names a known
    province or place."""
    cased = doc.folded_cased
    if comps is None:
        comps = []
    comps.append((comp[0], comp[1], comp[2], comp[4]))
    lower = 1 if comp[5] != "cased" else 0
    known = comp[5] == "known"
    end = comp[1]
    prev_key: str | None = comp[4]
    prev_lower = comp[5] != "cased"
    bare = 0
    while True:
        sep = _SEP.match(cased, end)
        if sep is None:
            break
        after = sep.end()
        nxt = _component_at(doc, after, prev_key, wrap=True)
        if nxt is not None and nxt[2] < comps[-1][2]:
            nxt = _city_over_village(doc, nxt)
        if nxt is not None and not _is_unit_word(nxt[3]):
            if nxt[5] != "cased" and nxt[2] < comps[-1][2]:
                break  # lower-case chat runs from the house to the province, not back
            if nxt[2] < comps[-1][2] and (
                ";" in cased[end:after] or ("\n" in cased[end:after] and nxt[4] in _PARCEL_KEYS)
            ):
                # "..., tỉnh Bắc Ninh; thửa đất số 215": the list's next item; "..., tỉnh
                # Hà Tĩnh⏎Thửa đất số 215, tờ bản đồ số 18": the land's own line, after
                # the owner's residence
                break
            if (
                nxt[2] < comps[-1][2]
                and "\n" in cased[end:after]
                and _HEADING_COLON.match(cased, nxt[1]) is not None
            ):
                break  # "Địa bàn: xã Ea Kiết, tỉnh Đắk Lắk⏎Thôn 3: Y Bhin ...": a hamlet
                # heading its households' line under the list's area, no part of it
            comps.append((nxt[0], nxt[1], nxt[2], nxt[4]))
            end = nxt[1]
            prev_key = nxt[4]
            prev_lower = nxt[5] != "cased"
            lower += prev_lower
            known = known or nxt[5] == "known"
            continue
        gap = cased[end:after]
        # after a comma, a bare province or district name continues the chain; after a
        # space, a province only, right after a capitalised ward or district whose name it
        # ended ("phường Phú Thượng Hà Nội": ``_province_tail``)
        spaced = (
            bare == 0
            and not prev_lower
            and comps[-1][2] in (1, 2)
            and gap.strip(" \t") == ""
            and cased[after : after + 1].isupper()
        )
        if bare < 3 and ("," in gap or "\n" in gap or spaced):
            b = _BARE.match(cased, after)
            if b is not None and not _is_unit_word(b.group("name").split()[0]):
                name = fold_word(b.group("name"))
                b_end = b.end()
                if cased[b_end : b_end + 2].strip(" \t")[:1] in ("-", "–"):
                    # "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a province with a dash
                    dash = _DASH_NAME.match(cased, b_end)
                    if dash is not None:
                        whole = fold_word(cased[b.start() : dash.end()])
                        if whole in _provinces():
                            name, b_end = whole, dash.end()
                province = name in _provinces()
                is_known = province or name in _known()
                if spaced and "," not in gap and "\n" not in gap and not province:
                    break
                if is_known or (bare == 0 and _continues(doc, b_end)):
                    known = known or is_known
                    comps.append(
                        (b.start(), b_end, 3 if province else 2, _key_at(cased, b.start()))
                    )
                    end = b_end
                    bare += 1
                    prev_key = None
                    continue
        # "sn 12 ng 45 phố vọng": "ng" / "ngh" without their dot (they end a thousand
        # words) are a lane and an alley only after a house number, before a number
        if prev_key in ("sn", "so", "so nha", "nha so", "ngo", "ngach"):
            lane = _LANE_SHORT.match(cased, after)
            if lane is not None:
                key = "ngach" if lane.group(1) == "ngh" else "ngo"
                lane_end = lane.end()
                lc = _lc_street_after_lane(doc, lane_end)
                if lc is not None:
                    lane_end = lc.end()  # "ng 158 hoang hoa tham, p. ...": its street
                elif (cap := _LANE_STREET_CAP.match(cased, lane_end)) is not None and not (
                    _is_unit_word(cap.group(1).split()[0])
                ):
                    lane_end = cap.end()  # "ngh 9 Lê Trọng Tấn, p. ...": its street
                comps.append((after, lane_end, 0, key))
                end = lane_end
                prev_key = key
                continue
        # "duong 3/2 p xuan khanh tp can tho", "... p12 q3": a ward or district by its
        # abbreviation without the dot, inside a chain only, before a number or a
        # lower-case name that another unit word or a known place follows
        if prev_key is not None:
            ab = _BARE_ABBREVIATED.match(cased, after)
            capped = _bare_ward_capitalised(doc, after, comps[-1][2]) if ab is None else None
            if capped is not None:
                # "kp 4 p Tan Mai dong nai": the ward's letter typed plain, its name
                # capitalised, inside a chain
                comps.append((after, capped, 1, "phuong"))
                end = capped
                prev_key = "phuong"
                continue
            if ab is not None:
                short = _BARE_ABBREVIATIONS[ab.group(1)]
                level = _UNITS[short]
                ab_end: int | None = None
                if level < comps[-1][2]:
                    ab_end = None
                elif ab.group(2):
                    ab_end = ab.end()
                else:
                    read = _lower_name(doc.folded, ab.end(1), short, doc.text, True)
                    if read is not None and (
                        _ward_then_higher(doc, read[0], short)
                        or _ward_ends_quarters(doc, comps, ab.end(1), read[0])
                    ):
                        ab_end = read[0]
                if ab_end is not None:
                    comps.append((after, ab_end, level, short))
                    end = ab_end
                    prev_key = short
                    prev_lower = True
                    lower += 1
                    continue
        # "xom 2, xa nghi phong, h nghi loc, t nghe an", "..., tx son tay, hn": a district,
        # town or province by its bare letters (no dot), inside a chain only
        if prev_key is not None:
            higher = _bare_higher(doc, after, comps[-1][2])
            if higher is not None:
                comps.append(higher)
                end = higher[1]
                prev_key = higher[3]
                prev_lower = True
                lower += 1
                continue
        # an estate in lower case after a room or block by its code, its name running to
        # the comma before the next unit ("p.1205 tòa ct2b kđt xa la, p. hà đông, ...":
        # "xa la" is no "xã")
        if prev_key in _PREMISES and "," not in gap:
            estate = _LC_ESTATE.match(doc.folded, after)
            nxt_sep = _COMMA.match(cased, estate.end()) if estate is not None else None
            if (
                estate is not None
                and cased[after : estate.end()] == doc.folded[after : estate.end()]
                and nxt_sep is not None
                and _component_at(doc, nxt_sep.end(), "kdt") is not None
            ):
                comps.append((after, estate.end(), 0, "kdt"))
                end = estate.end()
                prev_key = "kdt"
                continue
        # a building of a housing estate by its code, between a room and the estate
        # ("phòng 203 nhà B4 khu tập thể Thành Công"): "nhà" alone is no unit word
        if prev_key is not None:
            building = _BUILDING.match(cased, after)
            gap2 = _SEP.match(cased, building.end()) if building is not None else None
            if (
                building is not None
                and gap2 is not None
                and _component_at(doc, gap2.end(), "nha") is not None
            ):
                comps.append((after, building.end(), 0, "nha"))
                end = building.end()
                prev_key = "nha"
                continue
        # a ward named with a dash ("phường Văn Miếu - Quốc Tử Giám, Hà Nội", a 2025 name):
        # capitalised words after the dash, then punctuation, are the name's
        if (
            prev_key is not None
            and not prev_lower
            and ("-" in gap or "–" in gap)
            and cased[after : after + 1].isupper()
        ):
            dash = _DASH_TAIL.match(cased, after)
            if dash is not None:
                last = comps[-1]
                comps[-1] = (last[0], dash.end(1), last[2], last[3])
                end = dash.end(1)
                prev_key = None
                continue
        # a commune's or hamlet's lower-case name of two words with no unit word, right
        # after a numbered hamlet or residents' group ("xom 2 nghi thu,", "tổ 7 kp 3 tân
        # phong sinh ...") or after a village and a comma ("xóm trại, yên phong ai ...")
        if (
            bare == 0
            and (
                prev_key in _BEFORE_UNNAMED_COMMUNE
                # "ở 41 đường 9 bình trung": a house on a numbered road, then its ward
                or (
                    prev_key in ("duong", "pho", "duong so")
                    and len(comps) == 1
                    and _HOUSE_RIGHT_BEFORE.search(cased, max(0, comps[0][0] - 12), comps[0][0])
                    is not None
                )
            )
            and comps[-1][2] == 0
            and cased[after : after + 1].islower()
            and "\n" not in gap
            and (
                gap.strip(" \t") == ","
                or (gap.strip(" \t") == "" and _DIGIT.search(cased, comps[-1][0], end))
            )
        ):
            commune = _unnamed_commune(doc, after)
            if commune is not None:
                comps.append((after, commune, 1, None))
                end = commune
                bare += 1
                prev_key = None
                prev_lower = True
                lower += 1
                continue
        # in lower-case chat, a known province or place after a name ("phố huế hà nội")
        dashed = gap.strip(" \t") in ("-", "–")
        if bare < 3 and (prev_lower or "," in gap or dashed) and cased[after : after + 1].islower():
            k = _known_at(doc.folded, after, _lc_bare())
            if "-" in cased[after : after + 12] or "–" in cased[after : after + 12]:
                k = _dashed_province(doc.folded, after) or k  # "ba ria - vung tau"
            level = 3
            last = comps[-1]
            # (a street whose name is written in lower case, read from its number: "so 8
            # ngo 12 tran quoc hoan, cau giay, ha noi")
            lc_last = "," in gap and cased[last[0] : last[1]] == doc.folded[last[0] : last[1]]
            if k is None and (prev_lower or lc_last or dashed):
                # "phường trường vinh, nghệ an": a known district or city right after a
                # lower-case name, then a comma and a province
                k = _known_at(doc.folded, after, _known())
                level = 2
                if k is not None:
                    sep2 = _SEP.match(cased, k)
                    ends = _DISTRICT_LAST.match(cased, k) is not None
                    if (
                        (
                            sep2 is None
                            or "," not in cased[k : sep2.end()]
                            or _known_at(doc.folded, sep2.end(), _lc_bare()) is None
                        )
                        and not (
                            # "số 5 ngõ huế, hai bà trưng – ...": a district of two words or
                            # more closing a house's chain, then a dash, a stop or the end
                            ends
                            and "," in gap
                            and last[2] == 0
                            and len(comps) >= 2
                            and " " in cased[after:k]
                        )
                        and not (
                            # "so 17 ngo 92 phuong mai, dong da la ...", "12/4 hẻm 36 phan
                            # xích long, phú nhuận.": the same after a numbered house's
                            # street or ward, then a stop or a chat word
                            (ends or _chat_word_after(doc.folded, k))
                            and "," in gap
                            and last[2] <= 1
                            and _DIGIT.search(cased, comps[0][0], last[1]) is not None
                            # (a named street or ward: not "sách số 5, hai bà trưng.")
                            and (len(comps) >= 2 or len(cased[last[0] : last[1]].split()) >= 3)
                            and " " in cased[after:k]
                        )
                        and not (
                            # "15 pasteur phuong xuan huong - da lat lam dong": a dash set
                            # as a comma, a known city, then its province
                            dashed
                            and sep2 is not None
                            and "\n" not in cased[k : sep2.end()]
                            and _known_at(doc.folded, sep2.end(), _lc_bare()) is not None
                        )
                        and not (
                            # "so 27 ngo 4 pho tan mai hoang mai ha noi": chat with no commas,
                            # a house's chain, a known district, then a province (after a
                            # comma, one that closes the address: "..., dong da hn.")
                            sep2 is not None
                            and last[2] == 0
                            and len(comps) >= 2
                            and (prov := _known_at(doc.folded, sep2.end(), _lc_bare())) is not None
                            and (
                                "," not in gap
                                or (
                                    "," not in cased[k : sep2.end()]
                                    and _DISTRICT_LAST.match(cased, prov) is not None
                                )
                            )
                        )
                    ):
                        k = None
            if (
                k is None
                and "," in gap
                and last[2] == 0
                and cased[last[0] : last[1]] == doc.folded[last[0] : last[1]]
            ):
                # "ngo 193 trung kinh, yen hoa, cau giay, hn": a ward without its unit
                # word between a lower-case street and a known district after a comma
                k = _bare_ward(doc.folded, after)
                level = 1
            if k is not None:
                comps.append((after, k, level, None))
                known = True
                end = k
                bare += 1
                prev_key = None
                prev_lower = True
                lower += 1
                continue
        break
    start = comps[0][0]
    if comps[0][3] == "nha so":
        # "nhà số 40 phố Hàng Bạc": the address starts at the house number's "số"
        nha = _NHA.match(cased, start)
        if nha is not None:
            start = nha.end()
        comps[0] = (start, *comps[0][1:])
    # a house number right before ("12 đường Láng"): its digits, an optional letter,
    # then white space (checked before the regex tries the 20 characters)
    lead = None
    if comps[0][2] == 0 and start > 1 and cased[start - 1] in " \t":
        before = cased[max(0, start - 20) : start].rstrip(" \t")
        if before and (before[-1].isdigit() or before[-2:-1].isdigit()):
            lead = _LEAD.search(cased, max(0, start - 20), start)
    if (
        lead is None
        and comps[0][3] in _IN_STREET_NAMES
        and cased[start : start + 1].isupper()
        and cased[max(0, start - 30) : start].strip()[-1:].isalpha()
    ):
        # "1 Nam Kỳ Khởi Nghĩa, TP. Vinh": "Khởi" inside a street named after an event
        named = _NUMBERED_NAME_BEFORE.search(cased, max(0, start - 40), start)
        if named is not None and _street_may_start(cased, named.start(1)):
            start = named.start(1)
            comps[0] = (start, *comps[0][1:])
    glued = (
        comps[0][3] in ("q", "p", "quan", "phuong")
        and cased[start : start + 2] in ("Q.", "P.", "q.", "p.")
        and cased[start + 2 : start + 3].isdigit()
        and _YEAR_AFTER.match(cased, comps[0][1]) is None
    )
    if lead:
        start = lead.start(1)
    elif cased[max(0, start - 4) : start].rstrip().endswith((",", "-", "–")):
        street = _LEAD_STREET.search(cased, max(0, start - 60), start)
        if street is None:
            street = _LEAD_STREET_LC.search(cased, max(0, start - 60), start)
            if (
                street is not None
                and len(comps) < 2
                and not known
                # "k12/5 hoàng diệu, p. phước ninh": a kiệt's or a house's number with its
                # slash vouches for a single ward or commune after it
                and not (
                    comps[0][2] == 1
                    and _HOUSE_NUMBER.match(street.group(1)) is not None
                    and "/" in street.group(1).split()[0]
                )
            ):
                street = None
            if (
                street is not None
                and (
                    (
                        street.group(2) in _COUNTERS
                        # "k1/1 tô vĩnh diện, ...": a house number, then a person's name;
                        # "57 tô hiến thành, ...": a person's full name, every word a name's
                        and not (
                            street.group(2) in _STREET_FIRST
                            and (
                                _HOUSE_NUMBER.match(street.group(1)) is not None
                                or _named_street(street.group(1).split()[1:])
                            )
                        )
                        # "1 hồ xuân hương, quận 1": a counter that is also a surname ("hộ",
                        # "vụ", "tăng"), then a person's full name: a street named after them
                        and not (
                            street.group(2) in _SURNAME_COUNTERS
                            and _named_street(street.group(1).split()[1:])
                        )
                    )
                    or (
                        street.group(2) not in _STREET_FIRST
                        and (street.group(2) in _LC_NOT_NAME or street.group(2) in _UNITS)
                        # "k27/3 ông ích khiêm, ...": a slashed number, then a street of three
                        # words whose first is an everyday word
                        and not (
                            "/" in street.group(1).split()[0]
                            and _HOUSE_NUMBER.match(street.group(1)) is not None
                            and _lc_street_glued(street.group(1))
                        )
                    )
                    or _word_before(cased, street.start(1)) in _NOT_BEFORE_NUMBER
                )
            ):
                street = None
        if street:
            start = street.start(1)
            comps.insert(0, (start, street.end(1), 0, _key_at(cased, start)))
        elif comps[0][2] >= 1:
            village = _village_before(doc, start, known and len(comps) >= 2)
            if village is not None:
                start = village
                comps.insert(0, (start, start + 1, 0, None))
                lower += 1
    elif (lower or comps[0][2] >= 1) and start > 4 and (len(comps) >= 2 or known or glued):
        # "ở 18 nguyen trai phuong 3 tp tan an": a house number and street in chat, no
        # comma, right after a residence word or punctuation; "88 Nguyễn Trãi Q.5": a
        # capitalised street before a district abbreviated and glued to its number
        street = _LEAD_STREET_BARE.search(cased, max(0, start - 50), start)
        if street is None and cased[start - 2 : start - 1].isalpha():
            # "15 pasteur phuong xuan huong - ...": a street of one word, a known one's
            street = _LEAD_ONE_STREET.search(cased, max(0, start - 30), start)
            if street is not None and street.group(2).lower() not in _named_streets():
                street = None
        if (
            street is not None
            and (
                not glued
                or len(comps) >= 2
                or known
                or _capitalised(street.group(1))
                # "88 ly thuong kiet q.10" in chat: a street of three words or more
                or _lc_street_glued(street.group(1))
            )
            and street.group(2).lower() not in _COUNTERS
            and (
                street.group(2).lower() not in _LC_NOT_NAME
                or street.group(2).lower() in _STREET_FIRST
            )
            and street.group(2).lower() not in _UNITS
            and _street_may_start(cased, street.start(1))
            # "sn 1957 thuong tru to 7 ...", "sinh 1948 sống một mình ở xóm trại ...":
            # "sinh (năm)" and a birth year, no house
            and not (
                _word_before(cased, street.start(1)).lower() in ("sn", "sinh", "nam")
                and _BIRTH_YEAR_NAME.match(street.group(1)) is not None
            )
            # (no street's name holds "ở" or "tại": "sống một mình ở xóm ...")
            and not any(w in ("o", "tai") for w in street.group(1).lower().split()[2:])
        ):
            start = street.start(1)
            if (
                _word_before(cased, start) == "so"
                and cased[start - 3 : start].lower() == "so "
                and _word_before(cased, start - 3) != "co"  # "cơ sở 18 ...": premises
            ):
                start -= 3  # "cu so 120 tran hung dao khu pho 2 ...": the number's word
            comps.insert(0, (start, street.end(1), 0, None))
            lower += 1
    return start, end, comps, lower, known


def _continues(doc: Document, pos: int) -> bool:
    """Whether another component follows (so that a bare name sits inside a chain)."""
    cased = doc.folded_cased
    sep = _SEP.match(cased, pos)
    if sep is None or "," not in cased[pos : sep.end()]:
        return False
    if _component_at(doc, sep.end()) is not None:
        return True
    b = _BARE.match(cased, sep.end())
    return b is not None and fold_word(b.group("name")) in _known()


#: a number with a letter or a slash in it: a house, never a count ("235a", "12/4")
#: counting words that are also surnames a street may be named after ("Hồ Tùng Mậu", "Vũ
#: Trọng Phụng", "Tăng Bạt Hổ", "Điêu Chính Ngọc"): before the rest of a full name, no count
_SURNAME_COUNTERS = frozenset(("ho", "vu", "tang", "dieu", "dong", "lo", "ca"))
_HOUSE_NUMBER = re.compile(r"(?:k\.?|sn[ \t]?)?\d{1,5}(?:[a-z]|/\d)")
#: a housing estate's unit word in lower case and a name of one to four words before a comma
_LC_ESTATE = re.compile(
    r"(?:kdt|khu do thi|chung cu|toa nha)[ \t]+[a-z0-9]+(?:[ \t]+[a-z0-9]+){0,3}(?=[ \t]*,)"
)
#: what may close an address after its district: a dash, a full stop, a line's or text's end
_DISTRICT_LAST = re.compile(r"[ \t]*(?:[-–—.;)\"]|\r?\n|$)")
