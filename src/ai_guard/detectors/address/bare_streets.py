"""A house number and a street without a unit word ("17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
"ở 12 lê lợi", "Nơi ở: 12 Lê Lợi"), found from the comma, the cue or the known place after it,
and the streets read before a chain."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator

from ai_guard.detectors.address.chain import _BARE, _HOUSE_NUMBER, _NOT_BEFORE_NUMBER, _chain
from ai_guard.detectors.address.component import _DIGIT, _component_at
from ai_guard.detectors.address.judge import _judge
from ai_guard.detectors.address.lexicon import (
    _CAPWORD,
    _LC_NOT_NAME,
    _RESIDENCE,
    _UNITS,
    BASE_SCORE,
    SCORE_CUED,
    _Component,
    _first_word,
    _is_unit_word,
    _known,
    _known_at,
    _Link,
    _literal_gate,
    _provinces,
    _word_before,
)
from ai_guard.detectors.address.lower_case import (
    _LC_END_SPELLINGS,
    _LC_STOPS,
    _clause_word,
    _counted_name,
    _counted_then_unit,
)
from ai_guard.detectors.address.people import _LIVES, _houses_after_names, _someone_before_o
from ai_guard.detectors.address.places import _COMMA, _COUNTERS, _LC_END, _comma_place
from ai_guard.detectors.address.streets import (
    _NON_SPACE,
    _STREET_AFTER_WORD,
    _STREET_FIRST,
    _figure,
    _named_street,
    _street_may_start,
    _street_named,
)
from ai_guard.detectors.address.wards import (
    _DAY_WORDS,
    _HOUSE_STREET_END,
    _NEXT_WORD_OR_COMMA,
    _RECIPROCAL,
    _STREET_TAIL_NOT,
    _WORD,
    _bare_ward_then_known,
    _ward_and_district,
    _wards_after_street,
)
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import holds_any, literal_led_matches

#: the first words of streets named after a person with a title ("Ông Ích Khiêm", "Bà
#: Triệu", "Cô Giang"): after a house or kiệt number with its slash or letter ("k45/12 ông
#: ích khiêm đà nẵng"), a street, not an honorific
_TITLED_STREETS = frozenset(("ong", "ba", "co"))


#: a house's street before a known place and its comma (``places._comma_place``), in
#: lower-case chat: "17 tran hung dao, hoan kiem, ha noi"
_STREET_BACK_LC = re.compile(
    r"(?<![\w/.,\-])((?:k\.?|sn[ \t]?)?\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3}[ \t]+([a-z]+)"
    r"(?:[ \t]+[a-z]+){1,3})[ \t]*$"
)
#: a ward's name in lower case between two commas, right before the second
_WARD_BACK_LC = re.compile(r",[ \t]*([a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]*$")
#: the house number and street name right before that comma (a line break inside the
#: capitalised name, as a PDF's export wraps it: "12 Lê⏎Lợi, phường ...")
_STREET_BACK = re.compile(
    r"(?<![\w/.,\-])((?:[Kk]|SN[ \t]?|Sn[ \t]?)?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}"
    rf"[ \t]+{_CAPWORD}(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*){_CAPWORD}){{1,3}})[ \t]*$"
)
#: cues of a venue or an agency's seat, not of where someone lives (folded)
_SEAT_CUES = frozenset(("dia diem", "tru so", "tru so chinh"))
#: labels of a person's residence (folded, as ``_RESIDENCE`` answers): a plain house number
#: and a street after one are a home, never an office's or a venue's
_HOME_LABELS = frozenset(
    ("noi o", "noi o hien nay", "noi o hien tai", "cho o", "cho o hien nay", "thuong tru",
     "thuong tru tai", "tam tru", "tam tru tai", "tru tai", "noi cu tru", "cu tru tai", "hktt",
     "ho khau thuong tru", "ho khau", "dia chi thuong tru", "dia chi tam tru", "song tai",
     "dang song tai", "hien song tai", "ngu tai")
)  # fmt: skip
#: "ở" and a house's number, then two to four lower-case words (folded): where someone lives
#: on a street named as a person or an old trade ("bà hạnh ở 67 hàng bông gọi hỏi"); led by
#: the "o", a literal the engine skips to, the letter before it looked behind
_HOUSE_AFTER_O = re.compile(
    # (the house's word before its number or none: "ở số 88 bàu cát 2 p.14")
    r"o(?<![a-z]o)[ \t]+(?:(?:so|sn)[ \t]+)?(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})"
    r"((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)
#: the same after "tại" (folded): "em tại 12 hoàng diệu 2 p. linh chiểu"
_HOUSE_AFTER_TAI = re.compile(
    r"tai(?<![a-z]tai)[ \t]+(?:(?:so|sn)[ \t]+)?(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})"
    r"((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)
#: a delivery's verb and "tới", "đến" or "về" (folded): "giao tới 27 hoàng diệu 2 ...", "ship
#: đến 12 ...", "gửi về số 5 ..." (searched only where ``_DELIVERY_GATE`` finds a verb)
_HOUSE_AFTER_DELIVERY = re.compile(
    r"(?<![a-z])(?:giao|ship|gui|chuyen)(?:[ \t]+hang)?[ \t]+(?:toi|den|ve)[ \t]+"
    r"(?:(?:so|sn)[ \t]+)?(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})"
    r"((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)
#: the delivery verbs (``_HOUSE_AFTER_DELIVERY``'s gate; the pattern is tried only where one
#: stands, not at every position)
_DELIVERY_VERBS = ("giao ", "ship ", "gui ", "chuyen ")
_DELIVERY_GATE = _literal_gate(("giao", "ship", "gui", "chuyen"))
#: an address's label typed plain ("dia chi", "dc", "đ/c" folded "d/c"), who it belongs to and
#: "là" or a colon, then a house's number and lower-case words (folded): "dc: 12 le van sy
#: nhe", "địa chỉ nhà em 45 nguyễn trãi nhé"; led by the "d", a literal the engine skips to
_HOUSE_AFTER_LABEL = re.compile(
    r"d(?<![a-z]d)(?:ia[ \t]+chi|c|/c)"
    r"(?:[ \t]+(?:nha|cua|em|e|anh|a|chi|c|minh|toi|ong|ba|co|chu|bac|la|moi|hien|tai)){0,4}"
    r"[ \t]*:?[ \t]+(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)


#: the literals ``_HOUSE_AFTER_LABEL`` needs ("dia", "dc", "d/c"): its gate, one search
_LABEL_GATE = _literal_gate(("dia", "dc", "d/c"))


#: a numbered street's one-digit number after its name ("bàu cát 2", "hoàng diệu 2"), then
#: punctuation, the line's end or a ward's or district's word (folded)
_STREET_NUMBER = re.compile(
    r"[ \t]+\d(?![\w/.,]\d|[\w/])"
    r"(?=[ \t]*(?:[,;!?)]|\.(?![\w.])|\r?\n|$)|[ \t]+(?:p|q|phuong|quan|xa|huyen)(?![a-z]))"
)
#: the same number before anything (folded), for a delivery's street before its bare ward
_STREET_DIGIT = re.compile(r"[ \t]+\d(?![\w/.,]\d|[\w/])")
#: a line break, then lower-case words and a comma: a name's rest on the next line (folded)
_WRAPPED_ON = re.compile(r"[ \t]*\r?\n[ \t]*[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,")


def _after_o(m: re.Match[str]) -> int:
    """Where the house of a ``_HOUSE_AFTER_O`` or ``_HOUSE_AFTER_TAI`` match starts: its word
    ("số") or its number."""
    word = _HOUSE_WORD_END.search(m.string, m.start(), m.start(1))
    return m.start(1) if word is None else word.start()


#: a house's word right before its number (folded): "số ", "sn "
_HOUSE_WORD_END = re.compile(r"(?<![a-z])(?:so|sn)[ \t]+$")


def _someone_lc_before(doc: Document, s: int) -> bool:
    """Whether a lower-case word of someone who lives there stands right before the "tại"
    that ends before ``s`` ("em tại 12 hoàng diệu 2", "nhà tôi tại ..."): a pronoun or kin
    word (``_LIVES``), as chat writes it; not an errand's or an office's words ("họp tại",
    "chi nhánh Hà Nội tại")."""
    head = doc.folded_cased[max(0, s - 24) : s].split()
    return len(head) >= 2 and head[-2] in _LIVES


def _house_on_named_street(doc: Document) -> Iterator[Detection]:
    """A house's number and its street with no unit word, in lower case right after someone
    and "ở" (``_someone_before_o``): "bà hạnh ở 67 hàng bông gọi hỏi", "ông tám ở 12 lê văn
    sỹ."; or right after an address's label typed plain ("dc: 12 lê văn sỹ nhé", "địa chỉ nhà
    em 45 nguyễn trãi"). The street's words read as a street's (``_street_named``) and
    punctuation, the line's end or a chat word ends them ("ở 5 hàng ghế đầu" names a row, "ở
    3 người" no street)."""
    folded = doc.folded
    cased = doc.folded_cased
    # (after "ở" with nobody named before it, the house's ward and district after its street
    # vouch for it: "quốc tịch trung quốc ở số 88 bàu cát 2 p.14 q. tân bình")
    after_o = (
        (
            (m, "o" if _someone_before_o(cased, _after_o(m)) else "o bare")
            for m in _HOUSE_AFTER_O.finditer(folded)
        )
        if "o " in folded
        else iter(())
    )
    after_tai = (
        (m for m in _HOUSE_AFTER_TAI.finditer(folded) if _someone_lc_before(doc, _after_o(m)))
        if "tai " in folded
        else iter(())
    )
    labelled = (
        _HOUSE_AFTER_LABEL.finditer(folded) if _LABEL_GATE.search(folded) is not None else iter(())
    )
    after_name = _houses_after_names(doc)
    delivered = (
        sorted(
            (
                m
                for verb in _DELIVERY_VERBS
                for m in literal_led_matches(_HOUSE_AFTER_DELIVERY, folded, verb)
            ),
            key=lambda m: m.start(),
        )
        if _DELIVERY_GATE.search(folded) is not None
        else ()
    )
    for m, context in itertools.chain(
        after_o,
        ((m, "o") for m in after_tai),
        ((m, "giao bare") for m in delivered),
        ((m, "dia chi") for m in labelled),
        ((m, "name") for m in after_name),
    ):
        words = list(_WORD.finditer(folded, m.start(2), m.end(2)))
        if context == "name" and (
            (m.group(1).isdigit() and words[0].group() in _TITLED_STREETS)
            or words[0].group() in _UNITS
        ):
            continue  # "le van luyen 2 ba ...": after a plain number "bà" may be counted
        for n in range(len(words), 1, -1):
            end = words[n - 1].end()
            caps = [cased[w.start()].isupper() for w in words[:n]]
            if any(caps) and not all(caps):
                continue  # "ở 10 Nguyễn Du mai 8h": a capitalised street ends at its case
            if cased[m.start(2) : end] != folded[m.start(2) : end] and (
                context != "o"
                or not all(
                    cased[w.start() + 1 : w.end()] == folded[w.start() + 1 : w.end()]
                    for w in words[:n]
                )
            ):
                # capitalised words: the unit chains read them; but a street in proper case
                # after someone and "ở" is read here ("ông Nguyễn Văn An ở 12 Lê Lợi", which
                # no chain reads without a ward after it); after a label it may be an
                # office's ("Địa chỉ: 12 Lê Lợi" beside opening hours)
                continue
            if _street_named(doc, words[:n]):
                if n == len(words) and (num := _STREET_NUMBER.match(folded, end)) is not None:
                    end = num.end()  # "ở 88 bàu cát 2 p.14": a numbered street's number
                # "ông tám ở 18 trần hưng đạo, phường 5", "... lê văn sỹ p13 q3 nhé", "ở 88/14
                # âu dương lân p. chánh hưng đánh nhau": wards and districts after the street
                # with no comma or by their numbers, which the chains read only otherwise
                street_end = end
                end = _wards_after_street(doc, end)
                if context == "giao bare":
                    # "giao tới 27 hoàng diệu 2 linh trung thủ đức,": a delivery's house, its
                    # street, then its ward typed bare and a known district or city
                    num = _STREET_DIGIT.match(folded, end) if end == street_end else None
                    # ("hoàng diệu 2 linh trung": a numbered street's number before the ward)
                    end = (
                        (num is not None and _bare_ward_then_known(doc, num.end()))
                        or _bare_ward_then_known(doc, end)
                        or end
                    )
                    closed = _HOUSE_STREET_END.match(folded, end) or _COMMA.match(folded, end)
                    if end == street_end or closed is None:
                        continue
                elif context == "o bare" and (
                    not _ward_and_district(folded, street_end, end)
                    or holds_any(folded[max(0, m.start() - 30) : m.start()], _SEATS_BEFORE_O)
                ):
                    continue
            elif context.endswith(" bare"):
                continue
            if _WRAPPED_ON.match(folded, end) is not None:
                continue  # "so 4 duong le⏎loi, phuong ...": a name a line break cut, the
                # chains' to read whole
            if _HOUSE_STREET_END.match(folded, end) is None:
                # (a comma, a unit word or a known place after it: the chains read the rest,
                # "ở 58 trần phú, phường 4, ...")
                after = _NEXT_WORD_OR_COMMA.match(folded, end)
                if after is None or after.group(1) in _UNITS:
                    continue
                nxt = after.group(1)
                if any(caps) and cased[after.start(1)].isupper():
                    continue  # "ở Sn 1 Nguyễn Văn Cừ, P. ...": the capitalised name goes on
                if (
                    _spelled_otherwise(doc.text[after.start(1) : after.end(1)], nxt)
                    and _COMMA.match(folded, after.end()) is not None
                ):
                    continue  # "số 31 đường bạch đằng, phường ...": "đằng", no "đang", closes
                    # the street's name before the comma (not "ở 12 trần phú mời mọi người")
                if (
                    not (
                        (all(caps) and cased[after.start(1)].islower())
                        # "..., do minh khue 18 au co, vu thi hue ...": the list's next item
                        or (context == "name" and "," in after.group(0))
                        or nxt in _STREET_TAIL_NOT
                        or _clause_word(nxt)
                        or _RECIPROCAL.match(folded, after.start(1) - 1) is not None
                        or nxt in _LC_NOT_NAME
                        or (
                            nxt in _DAY_WORDS
                            and (
                                "," in after.group(0)
                                or _CLOCK_AFTER.match(folded, after.end()) is not None
                            )
                        )
                    )
                    or _known_at(folded, after.start(1), _known()) is not None
                ):
                    continue
            if _street_named(doc, words[:n]):
                yield Detection(
                    EntityType.ADDRESS,
                    _after_o(m) if context.startswith("o") else _house_start(m),
                    end,
                    SCORE_CUED,
                    "vn.address",
                    pattern="address.house_after_o",
                    base_score=BASE_SCORE,
                    context=context.removesuffix(" bare"),
                )
                break


def _spelled_otherwise(word: str, folded: str) -> bool:
    """Whether ``word``, written with its marks, is spelled otherwise than the everyday words
    of ``_LC_END_SPELLINGS`` its folded form ``folded`` is ("đằng" is no "đang")."""
    spellings = _LC_END_SPELLINGS.get(folded)
    return spellings is not None and not word.isascii() and word.lower() not in spellings


def _house_start(m: re.Match[str]) -> int:
    """Where the house of a labelled or delivered match starts: its number."""
    return m.start(1)


#: an agency's or a firm's seat named before "ở" (folded): its office, no one's home
_SEATS_BEFORE_O = ("tru so", "van phong", "chi nhanh", "cong ty", "cua hang", "co so")
_CLOCK_AFTER = re.compile(r"[ \t]+\d{1,2}(?:h|g|:\d\d|[ \t]+gio)(?![a-z])")


#: a district by its letter glued to its number after a comma or a space ("q1", "q.3"): the
#: gate of ``_street_then_glued`` (folded); led by the "q", a literal the engine skips to, the
#: comma or space looked behind (led by the class, the pattern was tried at every space)
_GLUED_DISTRICT_GATE = re.compile(r"q(?<=[ \t,]q)\.?\d")
#: a house number, a lower-case street of two to five words (one of them may be a number:
#: "cach mang thang 8"), then an optional ward and a district by their letters glued to their
#: numbers, and the city (folded)
_STREET_THEN_GLUED = re.compile(
    r"(?<![\w/.,\-])(?:(?:so|sn)[ \t]+)?\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3}"
    r"[ \t]+(?P<street>[a-z]+(?:[ \t]+[a-z]+){0,3}(?:[ \t]+(?:[a-z]+|\d{1,2}))"
    r"(?![a-z0-9]))[ \t]*,?[ \t]*"
    r"(?:(?P<ward>p\.?[ \t]?\d{1,2})[ \t]*,?[ \t]*)?"
    r"(?P<district>q\.?[ \t]?\d{1,2})(?![\w/])"
    r"(?:[ \t]*,?[ \t]*(?P<city>(?:tp\.?[ \t]?)?(?:hcm|tphcm|ho chi minh|sai gon|sg)))?"
    r"(?![a-z0-9])"
)


def _glued_candidates(folded: str) -> Iterator[re.Match[str]]:
    """The matches of ``_STREET_THEN_GLUED``, searched only around each district glued to its
    number (``_GLUED_DISTRICT_GATE``), not from every position of the text: a house, its street
    and its ward stand within 90 characters before the district."""
    done = 0
    n = len(folded)
    for g in _GLUED_DISTRICT_GATE.finditer(folded):
        start = g.start() - 1  # (the comma's or the space's)
        if start < done:
            continue
        endpos = min(n, g.end() + 40)
        m = _STREET_THEN_GLUED.search(folded, max(done, start - 90), endpos)
        if m is None or not m.start("district") <= start + 1 < m.end("district"):
            continue
        if m.end() == endpos and endpos < n:
            continue  # (cut by the window: too long to be one)
        done = m.end()
        yield m


def _streets(doc: Document) -> Iterator[Detection]:
    """House number and street name without a unit word, then a known district or province
    after a comma: "17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội". Found from the comma (a literal
    the scan finds fast), the place after it first, then the street before it."""
    cased = doc.folded_cased
    done = -1
    for c in _comma_place().finditer(cased):
        i = c.start()
        if i <= done or i == 0 or not cased[i - 1].isalpha():
            continue
        if cased[c.end()].islower():
            hit = _lower_street(doc, i, c.end())
            if hit is not None:
                done = hit.end
                yield hit
            continue
        if _DIGIT.search(cased, max(0, i - 60), i) is None:
            continue  # no house number before: a column of place names, a list of cities
        b = _BARE.match(cased, c.end())
        if b is None:
            continue
        name = fold_word(b.group("name"))
        if name not in _known():
            continue
        m = _STREET_BACK.search(cased, max(0, i - 60), i)
        if m is None:
            continue
        s = m.start(1)
        if not _street_may_start(cased, s):
            continue
        first: _Component = (
            b.start(), b.end(), 3 if name in _provinces() else 2, name, "", "cased"
        )  # fmt: skip
        _, end, comps, lower, known = _chain(doc, first, [(s, m.end(1), 0, None)])
        hit = _judge(doc, s, end, comps, lower, known)
        if hit is not None:
            done = end
            yield hit


def _bare_streets(doc: Document) -> Iterator[Detection]:
    """ "em ở 17 trần hưng đạo hoàn kiếm hà nội": a house number, a street, a known
    district and a province, with neither commas nor unit words (chat). The street must
    follow a residence word or punctuation, and a known place stand right before the
    province."""
    cased = doc.folded_cased
    provinces = _provinces()
    known = _known()
    if len(cased) < _BARE_CUES_ONE_BELOW:
        starts = [c.end() for c in _BARE_CUE.finditer(cased)]
    else:
        starts = sorted(c.end() for cue in _BARE_CUES for c in cue.finditer(cased))
    for pos in starts:
        m = _BARE_STREET.match(cased, pos)
        if m is None:
            house = _house_on_street(doc, pos) or _lower_house_on_street(doc, pos)
            if house is not None:
                yield house
            continue
        hit = _bare_street(doc, pos, m, provinces, known)
        if hit is None:
            # "ở 4A Hoàng Văn Thụ, để xe": three words of a street and more after the
            # comma, no district: the house on its street, as with two
            hit = _house_on_street(doc, pos) or _lower_house_on_street(doc, pos)
        if hit is not None:
            yield hit


def _bare_street(
    doc: Document,
    pos: int,
    m: re.Match[str],
    provinces: frozenset[str],
    known: frozenset[str],
) -> Detection | None:
    """The address of ``_bare_streets`` whose house number and words ``m`` holds at
    ``pos``, or None."""
    cased = doc.folded_cased
    folded = doc.folded
    s = pos
    if not _street_may_start(cased, s):
        return None
    before = _word_before(cased, s)
    if before in _NOT_BEFORE_NUMBER and not (before == "so" and cased[s - 3 : s] == "so "):
        # "số 17 trần hưng đạo hoàn kiếm hà nội": "số" is the house number's word
        # here (a known district and a province must follow); "điều 5", "ngày 12" not
        return None
    words: list[str] = []
    ends: list[int] = []
    for w in _WORD.finditer(folded, m.end(1), m.end()):
        words.append(w.group(0))
        ends.append(w.end())
    first = words[0]
    if (
        first not in _STREET_FIRST
        and (first in _COUNTERS or first in _UNITS or first in _LC_NOT_NAME)
        and not (first in _TITLED_STREETS and _HOUSE_NUMBER.match(m.group(1)))
    ):
        return None
    if " ".join(words[:2]) in _UNITS:
        return None  # "khu so 4 dac khu con dao ...": a unit of two words ("đặc khu"), no
        # street: the unit chain reads it
    found = _street_district_province(words, provinces, known)
    if found is None and _HOUSE_NUMBER.match(m.group(1)) is not None:
        # "dia chi: k12/5 hoang dieu da nang": a kiệt's or house's number with its
        # slash or letter, the street, then the city, with no district between
        found = _street_province(words, provinces)
    if found is None and (first not in _TITLED_STREETS or _HOUSE_NUMBER.match(m.group(1))):
        # ("o 12 ba trieu ha noi": after a plain number "bà" is counted, no street)
        found = _figure_street_place(words, provinces, known)
    if found is None:
        return None
    street_n, district_n, end_n = found
    if before in ("so", "sn") and cased[s - 3 : s].lower() in ("so ", "sn "):
        s -= 3  # the house number's word is the address's: "số 17 trần hưng đạo ..."
    comps: list[_Link] = [(s, ends[street_n - 1], 0, None)]
    if district_n > street_n:
        comps.append((ends[street_n - 1] + 1, ends[district_n - 1], 2, None))
    comps.append((ends[district_n - 1] + 1, ends[end_n - 1], 3, None))
    return _judge(doc, s, ends[end_n - 1], comps, 1, True)


def _house_on_street(doc: Document, pos: int) -> Detection | None:
    """ "ở 43B Hàng Chuối, để xe ...": after "ở" or another residence cue, a house's number
    with its letter or slash and a capitalised street of two to four words, then punctuation:
    a house on its street, with no ward or city typed (a plain number is too often a
    count: "ở 2 Bộ", "tại 3 Hội nghị")."""
    cased = doc.folded_cased
    m = _HOUSE_CAP_STREET.match(cased, pos)
    start = pos
    if m is None and cased[pos - 3 : pos].lower() == "so ":
        # "(số 4 Hoàng Văn Thụ)": "số", a plain number and a street named after a
        # historical figure (``_figure``), no count of anything
        m = _PLAIN_HOUSE_CAP_STREET.match(cased, pos)
        if m is None or not _figure(m.group(2).lower().split()):
            return None
        start = pos - 3
    elif m is None:
        # "Nơi ở: 12 Lê Lợi", "HKTT: 7 HAI BÀ TRƯNG", "thường trú tại 5 Trần Phú": a plain
        # number and a street after a label of residence are where a person lives (after
        # "Địa chỉ:" they may be an office's: not read)
        m = _PLAIN_HOUSE_CAP_STREET.match(cased, pos)
        if m is None or _RESIDENCE.before(doc, pos, 40) not in _HOME_LABELS:
            return None
    if m is None or not _street_may_start(cased, pos):
        return None
    cue = _RESIDENCE.before(doc, start, 40)
    if (cue is None and start == pos) or cue in _SEAT_CUES:
        return None  # ("họp tại 12/4 Lê Lợi.", "Địa điểm: 5A Lý Thái Tổ": a venue)
    after = _COMMA.match(cased, m.end())
    if after is not None and (
        not cased[after.end() : after.end() + 1].islower()
        or _is_unit_word(_first_word(cased, after.end()))
        or _known_at(doc.folded, after.end(), _known()) is not None
    ):
        return None  # "ở 12A Trần Phú, phường ...": the chain's, read from its units
    words = m.group(2).split()
    if _is_unit_word(words[0]) or not all(
        is_vietnamese_syllable(doc.text[w.start() : w.end()])
        for w in _NON_SPACE.finditer(doc.text, m.start(2), m.end(2))
    ):
        return None
    comps: list[_Link] = [(start, m.end(1), 0, "so nha"), (m.start(2), m.end(2), 0, None)]
    return _judge(doc, start, m.end(2), comps)


def _lower_house_on_street(doc: Document, pos: int) -> Detection | None:
    """ "ở 43b hàng chuối, để xe ...": ``_house_on_street`` in lower-case chat: after "ở"
    or another residence cue, a house's number with its letter, or with its slash after
    two digits or more ("2/3" is a share), and a street of two to four lower-case words,
    none an everyday, counting or unit word, then punctuation."""
    folded = doc.folded
    m = _HOUSE_LC_STREET.match(doc.folded_cased, pos)
    if m is None:
        # "noi o: 12 le loi", "hktt 5 tran phu": a plain number after a label of
        # residence, the street named as a person ("thuong tru 2 nam nay" is no street)
        m = _PLAIN_HOUSE_LC_STREET.match(doc.folded_cased, pos)
        if (
            m is None
            or not _named_street(m.group(2).split(), shortest=2)
            or _RESIDENCE.before(doc, pos, 40) not in _HOME_LABELS
        ):
            return None
    if not _street_may_start(doc.folded_cased, pos):
        return None
    cue = _RESIDENCE.before(doc, pos, 40)
    if cue is None or cue in _SEAT_CUES:
        return None
    after = _COMMA.match(folded, m.end())
    if after is not None and (
        _is_unit_word(_first_word(folded, after.end()))
        or _known_at(folded, after.end(), _known()) is not None
    ):
        return None  # "ở 12a trần phú, phường ...": the chain's, read from its units
    words = m.group(2).split()
    if any(
        w in _LC_NOT_NAME or w in _COUNTERS or w in _UNITS or w in _LC_END for w in words
    ) or not all(
        is_vietnamese_syllable(doc.text[w.start() : w.end()])
        for w in _NON_SPACE.finditer(doc.text, m.start(2), m.end(2))
    ):
        return None
    comps: list[_Link] = [(pos, m.end(1), 0, "so nha"), (m.start(2), m.end(2), 0, None)]
    return _judge(doc, pos, m.end(2), comps)


def _lower_street(doc: Document, comma: int, after: int) -> Detection | None:
    """ "17 tran hung dao, hoan kiem, ha noi": a number and a street in lower case, then
    known places after the comma, the last of them a province."""
    cased = doc.folded_cased
    if _DIGIT.search(cased, max(0, comma - 70), comma) is None:
        return None  # (the cheap test first: no house number before)
    m = _STREET_BACK_LC.search(cased, max(0, comma - 60), comma)
    ward: _Link | None = None
    if m is None:
        # "12 le loi, thach thang, hai chau, da nang": a ward of one to three words with no
        # unit word between the street and a known district, a province closing the chain
        w = _WARD_BACK_LC.search(cased, max(0, comma - 30), comma)
        if w is not None and all(
            x not in _LC_NOT_NAME and x not in _UNITS for x in w.group(1).split()
        ):
            m = _STREET_BACK_LC.search(cased, max(0, w.start() - 60), w.start())
            ward = (w.start(1), w.end(1), 1, None)
    if m is None or not _street_may_start(cased, m.start(1)):
        return None
    k = _known_at(doc.folded, after, _known())
    unit = None
    if k is None:
        # "33 ngô gia tự, tp. bắc ninh": a lower-case unit word before the known place
        unit = _component_at(doc, after)
        if unit is None or unit[5] != "known":
            return None
    first_word = m.group(2)
    if (
        first_word in _STREET_FIRST
        or _HOUSE_NUMBER.match(m.group(1))
        or _counted_name(m.group(1).split()[1:])
        or _counted_then_unit(m.group(1).split()[1:])
    ):
        # "lý thường kiệt", "ngô quyền": a person's name, not an everyday word; "235a
        # đồng khởi", "12/4 năm châu": a house number, not a count
        pass
    elif first_word in _COUNTERS or first_word in _LC_NOT_NAME or first_word in _UNITS:
        return None
    if _word_before(cased, m.start(1)) in _NOT_BEFORE_NUMBER:
        return None
    first: _Component = unit or (after, k or after, 2, cased[after:k], "", "known")
    street: list[_Link] = [(m.start(1), m.end(1), 0, None)]
    if ward is not None:
        street.append(ward)
    _, end, comps, lower, known = _chain(doc, first, street)
    provinces = _provinces()
    for ls, le, _, _ in comps[1:]:
        words = doc.folded[ls:le].replace(".", ". ").split()
        if len(words) > 1 and words[0].rstrip(".") in _UNITS:
            words = words[1:]  # "tp hue", "tinh nghe an"
        if " ".join(words) in provinces:
            break
    else:
        return None  # the chain must name a province: "..., hoan kiem, ha noi"
    return _judge(doc, m.start(1), end, comps, lower + len(street), known)


def _street_then_glued(doc: Document) -> Iterator[Detection]:
    """ "ở 12 nguyen trai, q1, hcm", "88 cach mang thang 8, p5, q3, tphcm": a house number
    and a lower-case street, then a ward and a district by their letters glued to their
    numbers (no unit word and no known place read the chain: ``_streets`` starts from a
    known place after a comma), up to the city. The street's first word is a street's (no
    count: "3 người, q1"), and a residence word stands before the house or a city ends it."""
    folded = doc.folded
    for m in _glued_candidates(folded):
        s = m.start()
        if not _street_may_start(doc.folded_cased, s):
            continue
        typed = doc.folded_cased[m.start("street") : m.end("street")].split()
        if not (
            all(w.islower() or w.isdigit() for w in typed)
            or all(w[:1].isupper() or w.isdigit() for w in typed)
        ):
            continue  # ("12 Người dân, q1": a street is typed all capitalised or all not)
        words = m.group("street").split()
        first = words[0]
        full = m.group("ward") is not None and m.group("city") is not None
        if (
            typed[0].islower()
            and not full
            and first not in _STREET_FIRST
            and (first in _COUNTERS or first in _LC_NOT_NAME or first in _UNITS)
        ):
            # ("3 nguoi, q1"; "298 Nam Kỳ Khởi Nghĩa" capitalised is a name, and so is
            # "170 đồng khởi" before a ward, a district and the city)
            continue
        if typed[0].islower() and first in _LC_END:
            continue  # ("12 nhe, q1": chat's words; "lương định của" keeps its own)
        before = _word_before(folded, s)
        if before in _NOT_BEFORE_NUMBER and before not in ("so", "sn"):
            continue
        cued = (
            _RESIDENCE.before(doc, s, 40) is not None
            or before in _STREET_AFTER_WORD
            or _word_before(folded, s - len(before) - 1) in ("o", "tai")
        )
        if not cued and m.group("city") is None:
            continue
        comps: list[_Link] = [(s, m.end("street"), 0, None)]
        if m.group("ward") is not None:
            comps.append((m.start("ward"), m.end("ward"), 1, "phuong"))
        comps.append((m.start("district"), m.end("district"), 2, "quan"))
        end = m.end("district")
        if m.group("city") is not None:
            comps.append((m.start("city"), m.end("city"), 3, None))
            end = m.end("city")
        hit = _judge(doc, s, end, comps, len(comps), m.group("city") is not None)
        if hit is not None:
            yield dataclasses.replace(hit, pattern="address.glued_district")


#: where a house number follows "ở", "tại" or a colon ("địa chỉ: ", "đc: "): scans that
#: start with a literal, which the engine finds fast (one scan with a class in front costs
#: ten times more)
#: (and "địa chỉ" with no colon: "dia chi 26 tran phu ba dinh ha noi")
_BARE_CUE_WORDS = ("ve", "den", "toi", "so", "sn", "dia chi")
_BARE_CUES = (
    re.compile(r"o (?=k?\d)(?<=[^A-Za-z]o )"),
    re.compile(r"O (?=k?\d)(?<=[^A-Za-z]O )"),
    re.compile(r"tai (?=k?\d)(?<=[^A-Za-z]tai )"),
    re.compile(r": (?=k?\d)"),
    # sent or brought to it ("gui ve 17 tran hung dao ..."), its house number's word ("so 17")
    *(re.compile(rf"{w} (?=k?\d)(?<=[^A-Za-z]{w} )") for w in _BARE_CUE_WORDS),
)
#: the same in one scan, which tries every space (each of the scans above finds its literal
#: at memory speed, but costs a call): the faster below some 1,500 characters. Its matches end
#: where theirs do (a space before a digit, the cue before it), and no two of theirs end at the
#: same place (the character before the space tells them apart), so the ends are the same.
_BARE_CUE = re.compile(
    r" (?=k?\d)(?:(?<=[^A-Za-z]o )|(?<=[^A-Za-z]O )|(?<=[^A-Za-z]tai )|(?<=: )"
    + "".join(rf"|(?<=[^A-Za-z]{w} )" for w in _BARE_CUE_WORDS)
    + ")"
)
_BARE_CUES_ONE_BELOW = 1500
#: the house number (a kiệt's "k12/5" too) and up to ten words after it (a street, a
#: district, a province)
_BARE_STREET = re.compile(
    # (the number atomic: every shorter reading of it stops before a digit, a letter or a
    # slash, where the white space that must follow cannot stand; "số 26/2008/QH12" fails
    # without trying them)
    r"((?>k?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}))(?:[ \t]+[A-Za-z]+){3,10}"
)
#: a house's number with its letter or slash, then a capitalised street of two to four words
#: and punctuation (folded, cased): "43B Hàng Chuối,", "12/4 Lê Lợi."
_HOUSE_CAP_STREET = re.compile(
    r"(\d{1,5}[A-Za-z]|\d{1,5}(?:/\d{1,5}[A-Za-z]?){1,3})[ \t]+"
    rf"({_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,3}})(?=[ \t]*(?:[,.;)|]|\r?\n|$))"
)
#: a plain house number after "số" and a capitalised street of two to four words, then
#: punctuation ("số 4 Hoàng Văn Thụ)"): a street only where a figure's name (``_figure``)
_PLAIN_HOUSE_CAP_STREET = re.compile(
    rf"(\d{{1,5}})[ \t]+({_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,3}})(?=[ \t]*(?:[,.;)|]|\r?\n|$))"
)
#: the same in lower-case chat: "43b hàng chuối", "118/3 lê lợi" (``_lower_house_on_street``)
_HOUSE_LC_STREET = re.compile(
    r"(\d{1,5}[a-z]|\d{2,5}/\d{1,5}[a-z]?)[ \t]+([a-z]+(?:[ \t]+[a-z]+){1,3})"
    r"(?=[ \t]*(?:[,.;)|]|\r?\n|$))"
)
#: the same with a plain number, read only after a label of residence ("noi o: 12 le loi")
_PLAIN_HOUSE_LC_STREET = re.compile(
    r"(\d{1,5})[ \t]+([a-z]+(?:[ \t]+[a-z]+){1,3})(?=[ \t]*(?:[,.;)|]|\r?\n|$))"
)


def _street_district_province(
    words: list[str], provinces: frozenset[str], known: frozenset[str]
) -> tuple[int, int, int] | None:
    """Where a street of one to four words ends, a known district or city after it ends, and
    a province after that ends (word counts), the first province that fits; None if none.
    No word of the street or district may be a unit word (a chain reads those), nor one that
    ends a name, unless the street is a historical figure's name (``_figure``)."""
    for end in range(3, len(words) + 1):
        for k in (3, 2, 1):
            ps = end - k
            if ps < 2 or " ".join(words[ps:end]) not in provinces:
                continue
            for k2 in (3, 2, 1):
                ds = ps - k2
                if ds < 1 or ds > 4 or " ".join(words[ds:ps]) not in known:
                    continue
                if not _figure(words[:ds]) and any(
                    (w in _LC_STOPS and (i or w not in _STREET_FIRST)) or w in _LC_END
                    for i, w in enumerate(words[:ps])
                ):
                    return None  # (a street named after a figure keeps its words: "ly nam
                    # de", "đế" typed so is no "để")
                return ds, ps, end
    return None


def _figure_street_place(
    words: list[str], provinces: frozenset[str], known: frozenset[str]
) -> tuple[int, int, int] | None:
    """A street named after a historical figure (``_figure``: "tran hung dao", "ly nam de")
    and a known district or province right after it ("o 17 tran hung dao hoan kiem"): the
    figure's name vouches for the street where no province follows the district. Word counts
    as ``_street_district_province`` gives them (the street's end twice, the place's end)."""
    for k in (4, 3, 2):
        if len(words) <= k or not _figure(words[:k]):
            continue
        for k2 in (3, 2, 1):
            place = " ".join(words[k : k + k2])
            if k + k2 <= len(words) and (place in known or place in provinces):
                return k, k, k + k2
        return None
    return None


def _street_province(words: list[str], provinces: frozenset[str]) -> tuple[int, int, int] | None:
    """Where a street of two to four words ends and a province right after it ends (word
    counts, the street's end given twice: no district between), the province closing the
    words read or followed by punctuation; None if none. No word of the street may be a unit
    word or an everyday word that ends a name."""
    for end in range(len(words), 2, -1):
        for k in (3, 2, 1):
            ps = end - k
            if not 2 <= ps <= 4 or " ".join(words[ps:end]) not in provinces:
                continue
            if (
                words[0] not in _STREET_FIRST
                and words[0] not in _TITLED_STREETS
                and (words[0] in _LC_NOT_NAME or words[0] in _COUNTERS)
            ):
                return None  # "12/5 học sinh hà nội": a count, no street
            if any(w in _LC_STOPS or w in _LC_END for w in words[:ps]):
                return None
            return ps, ps, end
    return None
