"""Where a chain is no one's home: an agency's or department's office, a public office, a venue
where an event is held or a shop, a school's or a post's place of work, a document's title,
an area's label, a route's destination, an industrial park, a template's placeholders."""

from __future__ import annotations

import re

from ai_guard.detectors.address.component import _DIGIT
from ai_guard.detectors.address.lexicon import _INSTITUTION, _first_word, _Link, _word_before
from ai_guard.detectors.address.lower_case import _AGENCY_NOT
from ai_guard.text import Document

#: industrial parks and export zones (``_judge``: alone, no address)
_PARKS = frozenset(("khu cong nghiep", "kcn", "cum cong nghiep", "khu che xuat", "kcx"))
#: what a flat, room or kiosk before a street is read from
_PREMISES = frozenset(("phong", "tang", "toa", "can ho", "can ho so", "can so", "block", "nha",
                       "chung cu", "toa nha", "ktx", "ky tuc xa", "kdt", "tap the", "khu tap the",
                       "lo", "day tro",
                       "kiot", "ki-ot", "ki ot", "kiot so", "ki-ot so", "ki ot so"))  # fmt: skip
_LABEL_END = re.compile(r":[ \t]*$")
#: an agency's department and its name right before a chain: "Phòng Kinh tế phường ...",
#: "Ban Tiếp công dân tỉnh ...", "Thuế cơ sở 3 thành phố ..." (folded, lower case)
_AGENCY_HEAD = re.compile(
    r"(?:^|[^a-z0-9])(phong|ban|cuc|chi cuc|van phong|trung tam|bo phan|so|thue co so)"
    r"((?:[ \t]+[a-z]+){1,3})(?:[ \t]+\d{1,2})?[ \t]+$"
)
#: the heads' own spellings, where the text has diacritics ("phong" may be "Phong", a name)
_AGENCY_SPELLING = {
    "phong": "phòng", "cuc": "cục", "chi cuc": "chi cục", "van phong": "văn phòng",
    "trung tam": "trung tâm", "bo phan": "bộ phận", "so": "sở", "thue co so": "thuế cơ sở",
    "ban": "ban",
}  # fmt: skip


#: first words of a board's name after "ban" in lower case ("ban quản lý", "ban tiếp công
#: dân", "ban chỉ huy"), folded
_BOARD_WORDS = frozenset(
    ("quan", "tiep", "chi", "dan", "to", "thuong", "kinh", "van", "giai", "bao", "thi", "tuyen",
     "dieu", "tai", "phap", "nong", "cong", "chap", "ql", "qlda", "tc", "tuyen")
)  # fmt: skip


#: "so" (sở, số, sô), then a comma, right before a chain (folded)
_SO_COMMA = re.compile(r"(?<![a-z])so[ \t]*,[ \t]*$")
#: words before a department "sở" typed plain (folded)
_BEFORE_DEPARTMENT = frozenset(
    ("phong", "tai", "cua", "ve", "den", "gui", "toi", "len", "o", "doc", "truong", "pho")
)


def _institution_before(doc: Document, start: int) -> bool:
    """An institution's word before a chain ("trụ sở Tòa án ..."); not "so" that is the house
    number's own word right before it ("ve so 17 tran hung dao ...": số 17, not Sở), nor a word
    that ends a label ("địa chỉ giao hồ sơ: ...", "cho hỏi: ...")."""
    cue = _INSTITUTION.before(doc, start, 40)
    if cue is not None and _LABEL_END.search(doc.folded, max(0, start - 4), start) is not None:
        return False  # "cho hỏi: 25b ...", "giao hồ sơ: sn 12 ...": a label, no agency's name
    if cue == "so" and doc.folded[max(0, start - 3) : start] == "so " and start < len(doc.folded):
        return not doc.folded[start].isdigit()
    if cue == "so" and (comma := _SO_COMMA.search(doc.folded, max(0, start - 6), start)):
        # "ap day so, xa phu tam, ...": a name's last syllable ("sô") typed plain, then a
        # comma; "Sở" alone before a comma is the department only as written ("Văn phòng
        # Sở, số 120 ...") or capitalised
        # Sở, or after the words that lead to a department ("văn phòng sở, ", "tại sở, ")
        written = doc.text[comma.start() : comma.start() + 2]
        return (
            written.lower() == "sở"
            or written[:1].isupper()
            or _word_before(doc.folded, comma.start()) in _BEFORE_DEPARTMENT
        )
    if (
        cue == "thue"
        and doc.folded[max(0, start - 5) : start] == "thue "
        and (
            _first_word(doc.folded, start) in _PREMISES
            # "thuê ki ốt số 14 chợ móng cái, ...": a kiosk, rented
            or doc.folded.startswith(("ki ot", "ki-ot", "kiot"), start)
        )
    ):
        # "anh hiếu thuê phòng 12, dãy trọ ...": "thuê" (rents) typed plain before a room or
        # a flat, no tax office ("Thuế" names its area: "Chi cục Thuế quận ...")
        return False
    if cue == "ban" and doc.folded[max(0, start - 4) : start].rstrip(" \t").endswith(","):
        # "truong ban, ban Co Mon, xa ...": "trưởng bản" typed plain, then a comma; a board's
        # name runs into its area without one ("Ban quản lý dự án huyện ...")
        return False
    return cue is not None


#: a public agency, then its office ("UBND phường Quang Trung, trụ sở tại ..."), in the same
#: sentence right before a chain (folded): where the agency is, public like its hotline. A
#: company's office ("Công ty TNHH X, trụ sở: ...") is no agency's and stays an address.
_AGENCIES = (
    r"(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|toa an|tand|cong an|"
    r"vien kiem sat|vksnd|chi cuc|cuc thue|thue co so|doi thue|thanh tra|kho bac|kbnn|bhxh|"
    r"bao hiem xa hoi|dang uy|ban tiep cong dan|bo chi huy|ban chi huy|"
    # a one-stop desk and a public-service centre receive the public in the agency's office
    r"bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong)(?![a-z])"
)
_PUBLIC_OFFICE = re.compile(
    r"(?<![a-z])" + _AGENCIES + r"([^.;\n]{0,80}?)(?<![a-z])tru so(?: lam viec)?(?: chinh)?"
    r"(?: (?:dat|nam))?(?:[ \t]+(?:tai|o)|[ \t]*:)?[ \t]*$"
)
#: "trụ sở làm việc (đặt) tại" right before a chain, no agency named in its clause: a working
#: office is an organisation's, never a home ("sáp nhập các phường A, B thành phường C; trụ sở
#: làm việc đặt tại số 2 đường ..."); a firm or a household named before it keeps it an address
_WORKING_SEAT = re.compile(
    r"(?<![a-z])tru so lam viec(?: moi| chinh)?(?: (?:dat|nam))?(?:[ \t]+(?:tai|o)|[ \t]*:)?"
    r"[ \t]*$"
)
#: "trụ sở", then the agency whose it is, then where it stands, right before a chain
#: ("Trụ sở UBND phường Ba Đình đặt tại số 2 phố ...") (folded)
_SEAT_OF_AGENCY = re.compile(
    r"(?<![a-z])tru so(?: chinh)?(?: cua)?[ \t]+"
    + _AGENCIES
    + r"([^.;:\n]{0,60}?)(?<![a-z])(?:(?:dat|nam)[ \t]+)?(?:tai|o)[ \t]*:?[ \t]*$"
)
#: an agency or its one-stop desk, then "đặt tại" / "nằm tại" (is located at) right before a
#: chain ("Bộ phận một cửa UBND phường đặt tại số 2 đường ..."): where the office receives the
#: public (folded); a home is not "đặt tại"
_AGENCY_PLACED = re.compile(
    r"(?<![a-z])(?:bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong|"
    + _AGENCIES[3:]
    + r"([^.;:\n]{0,60}?)(?<![a-z])(?:dat|nam)[ \t]+tai[ \t]*:?[ \t]*$"
)
#: an agency or its one-stop desk that receives the public "tại" the chain ("Bộ phận Một cửa
#: UBND phường tiếp nhận hồ sơ từ thứ Hai đến thứ Bảy tại số 1 phố ...", "Công an xã làm
#: việc tại ..."): the office where it works, public like its hotline (folded)
_AGENCY_RECEIVES = re.compile(
    r"(?<![a-z])(?:bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong|"
    + _AGENCIES[3:]
    + r"([^.;:\n]{0,80}?)(?<![a-z])(?:tiep nhan|tiep dan|tiep cong dan|lam viec|giai quyet)"
    r"(?![a-z])[^.;:\n]{0,60}?(?<![a-z])tai[ \t]*:?[ \t]*$"
)
#: a desk "đặt tại" a public facility, then a comma and the facility's address ("hộp thư một
#: cửa đặt tại tầng 1 Trung tâm Phục vụ hành chính công, số 10 Trần Phú") (folded)
_PLACED_IN_AGENCY = re.compile(
    r"(?<![a-z])(?:dat|nam)[ \t]+tai[^.;:\n]{0,40}?(?<![a-z])"
    r"(?:bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong|"
    + _AGENCIES[3:]
    + r"([^,.;:\n]{0,40}),[ \t]*$"
)
#: a public agency or its one-stop desk opening a clause (the text's or a line's start, after
#: a stop or a colon), its name, then a comma right before a chain: "Bộ phận Một cửa UBND
#: phường Hải Châu, số 270 Trần Phú, ..." (folded); "ông A, cán bộ UBND xã B, thôn 3, ..."
#: opens with a person and stays theirs; a list of agencies gives each its address after a
#: colon ("- UBND phường Hạc Thành: số 37 đường Lê Lợi, ...")
#: a house's word right before a chain that starts at the number ("số ", "số nhà "), folded
_HOUSE_WORD_BEFORE = re.compile(r"(?<![a-z])so(?:[ \t]+nha)?[ \t]+$")
_AGENCY_THEN_COMMA = re.compile(
    r"(?:^|[.;:!?\n])[ \t]*(?:[-+*\u2022][ \t]*)?(?:(?:kinh gui|gui)[ \t]+)?"
    r"(?:bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong|"
    + _AGENCIES[3:]
    + r"([^,.;:\n]{0,60})[,:][ \t]*$"
)
#: a State department named with its capitals ("Sở Tư pháp", "Bộ Tài chính", "Cục Thuế",
#: "Phòng Tài nguyên và Môi trường", "Văn phòng UBND tỉnh"), on the cased fold: "Trụ sở" before
#: it (in any case there: a digit after "trụ sở số" is a house number) and where it stands
#: ("đặt tại", "ở") after, or "đặt tại" / "nằm tại" after it alone,
#: right before a chain ("Trụ sở Sở Tư pháp đặt tại số 1 đường Trần Phú, ..."): the
#: department's office, public like its switchboard; "Phòng khám" (a clinic), "Phòng trọ" (a
#: rented room), "Văn phòng luật sư", "Văn phòng công chứng" and a firm's "Văn phòng đại
#: diện" or "Văn phòng công ty" are no department
_DEPARTMENT = (
    r"(?:So|Bo|Cuc|Tong [Cc]uc|Vu|Van [Pp]hong(?! (?:[Ll]uat|[Cc]ong [Cc]hung|[Dd]ai [Dd]ien"
    r"|[Cc]ong [Tt]y))|Phong(?! (?:[Kk]ham|[Tt]ro))|Ban|Dai|Vien|Chi [Cc]uc)"
    # (the name from its capital on is the clause ``_PRIVATE_SEAT`` reads: "Văn phòng X của
    # Công ty ...", "... hộ kinh doanh ...")
    r"[ \t]+(?=[A-Z])"
)
_SEAT_OF_DEPARTMENT = re.compile(
    r"(?<![A-Za-z])(?i:tru so(?: chinh)?(?: cua)?[ \t]+"
    + _DEPARTMENT
    + r")([^.;:\n]{0,60}?)(?<![A-Za-z])(?:(?:dat|nam)[ \t]+)?(?:tai|o)[ \t]*:?[ \t]*$"
)
_DEPARTMENT_PLACED = re.compile(
    r"(?<![A-Za-z])" + _DEPARTMENT + r"([^.;:\n]{0,60}?)(?<![A-Za-z])(?:dat|nam)[ \t]+tai[ \t]*:?"
    r"[ \t]*$"
)


def _department_office(doc: Document, start: int) -> bool:
    """Whether a State department's office stands right before ``start`` (``_SEAT_OF_DEPARTMENT``,
    ``_DEPARTMENT_PLACED``), no household, firm or person named between them."""
    cased = doc.folded_cased
    lo = max(0, start - 130)
    m = _SEAT_OF_DEPARTMENT.search(cased, lo, start) or _DEPARTMENT_PLACED.search(cased, lo, start)
    return m is not None and _PRIVATE_SEAT.search(cased, m.start(1), m.end(1)) is None


#: a household, a firm or a person named between the agency and the chain ("UBND xã xác
#: nhận hộ kinh doanh của bà Lan, trụ sở tại ..."): the office is theirs, not the agency's
#: (the firm's words folded; a person's title as typed in lower case, as "Ba" opens places:
#: "phường Ba Đình")
_PRIVATE_SEAT = re.compile(
    r"(?<![A-Za-z])(?:(?i:ho kinh doanh|ho gia dinh|gia dinh|cong ty|doanh nghiep|hop tac xa"
    r"|cua hang)|ong|ba|anh|chi|em|chau|cu)(?![A-Za-z])"
)


def _public_office(doc: Document, start: int) -> bool:
    """Whether the "trụ sở" before ``start`` is a public agency's office: the agency then its
    "trụ sở" ("UBND phường X, trụ sở tại ..."), or "trụ sở" then the agency ("Trụ sở UBND
    phường X đặt tại ..."), or the agency "đặt tại" ("Bộ phận một cửa UBND phường đặt tại
    ..."), with no household, firm or person named between them."""
    folded = doc.folded
    # (the chain may start after the house's "số": "..., số 36 Cầu Giấy" found as "36 ...")
    house = _HOUSE_WORD_BEFORE.search(folded, max(0, start - 9), start)
    comma_end = house.start() if house is not None else start
    if (
        "," in folded[max(0, comma_end - 3) : comma_end]
        or ":" in folded[max(0, comma_end - 3) : comma_end]
    ):
        # "Bộ phận Một cửa UBND phường Hải Châu, số 270 Trần Phú, ...": the agency opens the
        # clause and its address follows it after a comma, as a notice gives it
        named = _AGENCY_THEN_COMMA.search(folded, max(0, comma_end - 110), comma_end)
        if (
            named is not None
            and _PRIVATE_SEAT.search(doc.folded_cased, named.start(1), named.end(1)) is None
        ):
            return True
    window = folded[max(0, start - 110) : start]
    if ("tru so" in window or "dat tai" in window or "nam tai" in window) and _department_office(
        doc, start
    ):
        return True
    if "tru so" not in window:
        if ("tiep" in window or "lam viec" in window or "giai quyet" in window) and (
            " tai" in folded[max(0, start - 10) : start]
        ):
            m = _AGENCY_RECEIVES.search(folded, max(0, start - 170), start)
            if m is not None and _PRIVATE_SEAT.search(doc.folded_cased, m.start(1), start) is None:
                return True  # (no one named from the agency to the chain: "tiếp nhận hồ sơ
                # của ông X tại ..." is his)
        if not ("dat tai" in window or "nam tai" in window):
            return False  # (the cheap tests first)
        if " tai" not in folded[max(0, start - 10) : start]:
            placed = _PLACED_IN_AGENCY.search(folded, max(0, start - 130), start)
            return (
                placed is not None
                and _PRIVATE_SEAT.search(doc.folded_cased, placed.start(1), placed.end(1)) is None
            )
        m = _AGENCY_PLACED.search(folded, max(0, start - 130), start)
        return (
            m is not None and _PRIVATE_SEAT.search(doc.folded_cased, m.start(1), m.end(1)) is None
        )
    lo = max(0, start - 130)
    m = _PUBLIC_OFFICE.search(folded, lo, start)
    if m is None and "tru so" not in folded[max(0, start - 20) : start]:
        m = _SEAT_OF_AGENCY.search(folded, lo, start)
    if m is None:
        seat = _WORKING_SEAT.search(folded, max(0, start - 40), start)
        if seat is None:
            return False
        # the sentence before the seat names no firm, household or person
        clause = max(folded.rfind(".", lo, seat.start()), folded.rfind("\n", lo, seat.start()))
        return _PRIVATE_SEAT.search(doc.folded_cased, clause + 1, seat.start()) is None
    return _PRIVATE_SEAT.search(doc.folded_cased, m.start(1), m.end(1)) is None


#: a notice's venue label, then a public facility and a comma, right before a chain
#: ("Địa điểm: Trạm Y tế phường, số 66 đường ..."), or a procuring entity's address label
#: ("Địa chỉ bên mời thầu: số 10 đường ..."), on the same line (folded): where an office
#: receives the public, like its hotline. A venue given as a bare address ("Địa điểm: ấp Ba
#: Trạch, xã Tập Sơn") or as someone's house ("Địa điểm: nhà ông ...") stays an address.
_OFFICE_VENUE = re.compile(
    r"(?<![a-z])(?:dia diem[a-z \t]{0,20}:[ \t]*(?:tram y te|hoi truong|nha van hoa|phong hop"
    r"|ubnd|uy ban|benh vien|truong|tru so|trung tam|so|phong|van phong)(?![a-z])[^,;:\n]{0,50},"
    r"|dia chi (?:cua )?ben moi thau[ \t]*:?"
    # where an office receives citizens ("địa chỉ tiếp công dân tại số 60 Trần Phú", "Địa
    # điểm tiếp công dân: ...", "nơi tiếp công dân của Sở ở ..."): only an agency receives
    # citizens, and the guide keeps its address public, like its hotline
    r"|(?:dia chi|dia diem|diem|noi|phong|tru so)[ \t]+tiep[ \t]+cong[ \t]+dan(?![a-z])"
    r"[^.;:\n]{0,50}?(?:[ \t]+(?:tai|o)|[ \t]*:)(?:[ \t]*so(?= ))?"
    # an office's address in a civil servant's signature ("Địa chỉ cơ quan: số 93 đường
    # 30/4, ..."): where the agency is, published like its switchboard, no home
    r"|dia chi co quan[ \t]*:)[ \t]*$"
)


def _office_venue(doc: Document, start: int) -> bool:
    """Whether a notice's venue label and a public facility, a procuring entity's address
    label, or where an office receives citizens ("địa chỉ tiếp công dân tại"), stand right
    before ``start`` (``_OFFICE_VENUE``)."""
    folded = doc.folded
    lo = max(0, start - 90)
    window = folded[lo:start]
    if (
        "dia diem" not in window
        and "moi thau" not in window
        and "tiep cong dan" not in window
        and "co quan" not in window
    ):
        return False  # (the cheap test first)
    return _OFFICE_VENUE.search(folded, lo, start) is not None


#: a cafe or a tea shop, then its name at most, right before a chain (folded): "quán cà phê ở
#: số 45 đường ...", "cafe Cộng, số 12 Lý Thường Kiệt": a meeting's venue, no one's home (the
#: corpus guide's venue rule for cafes; an eatery, "quán cơm số 41 ...", was labelled an
#: address by holdout13 and is left so); a person named between them ("quán cà phê của chị
#: Lan ở ...") keeps it an address
_SHOP_VENUE = re.compile(
    r"(?<![a-z])(?:quan[ \t]+(?:ca[ \t]+phe|cafe|coffee|tra[ \t]+sua)"
    r"|cafe|coffee|ca[ \t]+phe|tiem[ \t]+(?:ca[ \t]+phe|tra[ \t]+sua))"
    r"(?![a-z])([^.;:\n]{0,30}?)(?:[ \t]*,|[ \t]+(?:o|tai|so))?[ \t]*$"
)


def _shop_venue(doc: Document, start: int) -> bool:
    """Whether a cafe (``_SHOP_VENUE``) stands right before ``start``, no person named between
    them."""
    folded = doc.folded
    lo = max(0, start - 60)
    window = folded[lo:start]
    if not any(w in window for w in ("ca phe", "cafe", "coffee", "tra sua")):
        return False  # (the cheap test first)
    m = _SHOP_VENUE.search(folded, lo, start)
    if m is None or _PRIVATE_SEAT.search(doc.folded_cased, m.start(1), m.end(1)) is not None:
        return False
    # a person placed at the cafe ("chị Lan ở quán cà phê Mộc, 25 ..."): where she is found
    return _PERSON_AT.search(doc.folded_cased, max(0, m.start() - 30), m.start()) is None


#: a person then "ở"/"tại" right before a venue's word, folded with its case: "chị Lan ở ",
#: "ông Tâm tại " (the venue is where that person is, lives or works)
_PERSON_AT = re.compile(
    r"(?<![A-Za-z])(?:ong|ba|anh|chi|em|chau|cu|co|chu|bac)[ \t]+\S+[ \t]+(?:o|tai)[ \t]+$"
)


#: an event held right at the chain ("ngày hội tổ chức ở thôn Tiên Lữ, xã ..."), folded: a
#: venue, no one's address ("tổ chức tại nhà ông ...": the house is named before the chain)
_HELD_AT = re.compile(r"to chuc[ \t]+(?:o|tai)[ \t]*:?[ \t]*$")


def _held_at(doc: Document, start: int) -> bool:
    """Whether an event is held right at ``start`` (``_HELD_AT``), or a meeting at a cafe,
    a restaurant or a hall named before it (``_MEETING_VENUE``)."""
    m = _HELD_AT.search(doc.folded, max(0, start - 16), start)
    if m is not None and (m.start() == 0 or not doc.folded[m.start() - 1].isalpha()):
        return True
    if _MEETING_OF.search(doc.folded, max(0, start - 12), start) is not None:
        return True  # "biên bản họp tổ dân phố 9, phường Phú Lợi": the body that meets
    return _MEETING_VENUE.search(doc.folded, max(0, start - 90), start) is not None


#: a meeting's word right before a chain (folded): "họp tổ dân phố 9, phường ...", "cuộc họp
#: thôn 3": the unit is the body that meets, no one's residence
_MEETING_OF = re.compile(r"(?<![a-z])(?:hop|hoi nghi)[ \t]+$")
#: a meeting, an appointment or an event at a cafe, a restaurant or a hall by its name, then a
#: comma, right before a chain (folded): "họp lúc 15 giờ tại quán cà phê Mộc, 25 Lý Thường
#: Kiệt, ...", "hẹn gặp ở nhà hàng Sen, số 8 ...": the venue's address, no one's residence
_MEETING_VENUE = re.compile(
    r"(?<![a-z])(?:hop|gap|hen|tiep khach|to chuc|hoi nghi|giao luu|lien hoan)(?![a-z])"
    r"[^.;:\n]{0,30}?(?<![a-z])(?:tai|o)[ \t]+(?:quan[ \t]+(?:ca[ \t]+phe|cafe|com|an|nuoc)|"
    r"nha[ \t]+hang|ca[ \t]+phe|cafe|coffee|hoi[ \t]+truong|trung[ \t]+tam[ \t]+hoi[ \t]+nghi)"
    r"(?![a-z])[^,;:.\n]{0,30},[ \t]*$"
)


#: the words a document's or a list's title starts with (folded)
_TITLE_WORDS = re.compile(
    r"[ \t]*(?:danh sach|bien ban|bao cao|ke hoach|cong khai|thong bao|quyet dinh|to trinh"
    r"|ket qua|bang tong hop|tong hop)(?![a-z])"
)


#: a home or a person in a title's words before its area (lower case, as written): "... về nhà
#: bà Lan, xã ..." ("chi" typed plain is "chi trả" as often as "chị")
_HOME_IN_TITLE = re.compile(r"(?<!\w)(?:nhà|ông|bà|anh|chị|gia đình|nha|ong|ba)[ \t]")
#: what may close a title's line after its area: a bracketed note, a colon (folded)
_TITLE_NOTE = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*:?(?=[ \t]*(?:\r?\n|$))")


def _title_place(doc: Document, end: int, comps: list[_Link]) -> bool:
    """Whether a chain of communes and provinces only (nothing finer) closes a document's
    title or stands on the line under it ("DANH SÁCH HỘ NGHÈO NĂM 2026 - XÃ ĐẠI LỘC, TP ĐÀ
    NẴNG", "Danh sách đề nghị cấp thẻ BHYT ... - xã Mường Nhé, tỉnh Điện Biên", "... DO BÃO
    SỐ 5⏎Xã Diễn Châu, tỉnh Nghệ An"): the area the document covers, not anyone's home. A
    title's own number ("BÃO SỐ 5") may open the chain; a house or hamlet anywhere in it, or
    a residence cue before it, keeps it an address. A note in brackets or a colon may close
    the line ("Danh sách chi trả hỗ trợ lũ, xã Thông Nông, tỉnh Cao Bằng (kiểm tra giúp):").
    """
    folded = doc.folded
    first = comps[0]
    rest = comps
    if first[2] == 0:
        # "SỐ 5" ending a title line, the chain going on on the next line
        if (
            first[3] != "so"
            or "\n" not in folded[first[1] : comps[1][0] if len(comps) > 1 else end]
        ):
            return False
        rest = comps[1:]
    if not rest or any(level < 1 for _, _, level, _ in rest):
        return False
    note = _TITLE_NOTE.match(folded, end)
    if note is not None:
        end = note.end()  # "... tỉnh Cao Bằng (kiểm tra trùng giúp):" the ask about the list
    if folded[end : end + 2].strip(" \t.") and folded[end : end + 1] != "\n":
        return False  # the chain does not end its line
    ls = folded.rfind("\n", 0, first[0]) + 1
    if _TITLE_WORDS.match(folded, ls) is None:
        if first[2] == 0 or ls != rest[0][0]:
            return False
        above = folded.rfind("\n", 0, max(0, ls - 1)) + 1
        return _TITLE_WORDS.match(folded, above) is not None  # the line under a title
    if first[2] == 0:
        return True
    before = folded[max(ls, first[0] - 3) : first[0]].rstrip(" \t")
    # ("... - XÃ ĐẠI LỘC, TP ĐÀ NẴNG"; "... hỗ trợ lũ, xã Thông Nông, tỉnh Cao Bằng")
    return before.strip(" \t") in ("-", "–") or (
        before[-1:] == ","
        and rest[-1][2] == 3
        and _HOME_IN_TITLE.search(doc.text.lower(), ls, first[0]) is None
        and not _capital_inside(doc.folded_cased[ls : first[0]])
    )


def _capital_inside(line: str) -> bool:
    """Whether a line in sentence case holds a capital after its first letter (a name: "Thông
    báo của Nguyễn Văn An, ..."); a line all in capitals holds none that tells."""
    return not line.isupper() and any(c.isupper() for c in line.lstrip()[1:])


#: an area's label right before a chain on its line ("Địa bàn: ", "trên địa bàn "), or
#: several communes named before it in its sentence ("ngập tại các xã Hòa Bình, An Phú và
#: "), folded
#: "các tuyến" / "tuyến" / "các" right before a chain that opens with its street word:
#: streets listed as an area ("các tuyến phố A, B, C", "các phố A, B") (folded)
_STREETS_LISTED = re.compile(r"(?<![a-z])(?:cac[ \t]+tuyen|tuyen|cac)[ \t]*$")
_AREA_LABEL = re.compile(r"(?<![a-z])dia ban(?:[ \t]*:)?[ \t]*$")
_AREA_LIST = re.compile(
    r"(?<![a-z])cac[ \t]+(?:xa|phuong|thi tran|dac khu|xa, phuong|phuong, xa)(?![a-z])"
    r"[^.;:\n]{1,80}(?:,|[ \t]va)[ \t]*$"
)


#: a venue open to the public right before a chain, after "ở" or "tại" ("quán cà phê ở",
#: "nhà hàng Hương Sen tại"), and a route asked to it earlier on the line (folded)
_VENUE_AT = re.compile(
    r"(?<![a-z])(?:quan|nha hang|cua hang|sieu thi|khach san|rap|tiem|cong vien|trung tam"
    r"|toa nha|ben xe|nha sach|cho)(?:[ \t]+[A-Za-z]+){0,4}[ \t]+(?:o|tai)[ \t]*$"
)
_ROUTE_WORDS = re.compile(
    r"(?<![a-z])(?:lo trinh|chi duong|duong di|xe buyt|ban do|tuyen xe)(?![a-z])"
)


def _route_to_venue(doc: Document, start: int) -> bool:
    """Whether the chain at ``start`` is where a public venue stands that a route is asked to
    ("tìm lộ trình xe buýt từ bến xe Giáp Bát đến quán cà phê ở số 45 đường Nguyễn Văn Cừ"):
    the venue's address, no one's home (a person's shop is: "chủ tiệm thuốc ở số 134 ...")."""
    folded = doc.folded
    lo = max(0, start - 120, folded.rfind("\n", 0, start) + 1)
    venue = _VENUE_AT.search(folded, max(lo, start - 50), start)
    return venue is not None and _ROUTE_WORDS.search(folded, lo, venue.start()) is not None


def _area_named(doc: Document, start: int, comps: list[_Link]) -> bool:
    """Whether a chain names an area, not anyone's home: streets listed or a route with no
    house number ("các tuyến phố A, B, phường C"); communes and provinces only (nothing
    finer) after an area's label ("Địa bàn: phường Quang Trung, tỉnh Hưng Yên") or closing a
    list of communes ("các xã Hòa Bình, An Phú và phường Phú Lợi, tỉnh Phú Yên"), or an
    industrial park and its province alone ("KCN Đình Vũ, Hải Phòng": an estate where firms
    stand; with its lot or commune it is a full address, unless :func:`_park_lot`). A hamlet,
    a street or a house number in the chain keeps it an address."""
    folded = doc.folded
    if len(comps) >= 2 and comps[0][3] in _PARKS and all(c[2] == 3 for c in comps[1:]):
        return True
    if _STREETS_LISTED.search(folded, max(0, start - 16), start) is not None and not any(
        _DIGIT.search(folded, s, e) is not None for s, e, _, _ in comps
    ):
        return True  # "cắt điện các tuyến phố Phan Đình Phùng, Hoàng Diệu, ..., phường X":
        # streets (or units) named as an area (works, a power cut), no house, no one's home
    if any(level < 1 for _, _, level, _ in comps):
        return False
    lo = max(0, start - 100)
    return (
        _AREA_LABEL.search(folded, max(0, start - 12), start) is not None
        or _AREA_LIST.search(folded, lo, start) is not None
    )


def _park_lot(comps: list[_Link]) -> bool:
    """Whether a chain is an industrial park or export zone, maybe after its lot, with
    nothing finer than its commune after it ("lô C7, Khu công nghiệp Phú Tài, phường Quy Nhơn
    Đông, tỉnh Gia Lai", "KCN Bắc Vinh, xã Hưng Đông, tỉnh Nghệ An"): a firm's premises, where
    no one lives (PROMPTS.md: a company's seat and the place where an accident happened are no
    ADDRESS). The caller asks only with no cue of where someone lives before it ("trú tại lô
    ..., KCN ..." stays an address)."""
    park = 1 if comps and comps[0][3] == "lo" else 0
    return (
        len(comps) >= 2  # a lot and its park alone too: "xưởng tại lô B5 KCN Nam Tân Uyên"
        and comps[park][3] in _PARKS
        and all(c[2] >= 1 for c in comps[park + 1 :])
    )


def _placeholder_chain(doc: Document, comps: list[_Link]) -> bool:
    """Whether the province and another unit from commune up are each named by one capital
    letter ("số 1 đường X, phường Y, tỉnh Z"): a template's placeholders, as no unit is so
    named. An anonymised file keeps the province or its initials ("thôn K, xã P, huyện B,
    tỉnh Lào Cai", "xã HV, huyện H, tỉnh HT"); a ward may be a Roman numeral ("Phường V, TP.
    Vị Thanh"), a lane or block a letter ("khu B")."""
    text = doc.text
    letters = 0
    province = False
    for s, e, level, key in comps:
        if key is not None and level >= 1 and len(text[s:e].split()) == 2 and text[e - 2] in " .":
            letter = text[e - 1]
            if letter.isascii() and letter.isupper() and letter not in "IVX":
                letters += 1
                province = province or level == 3
    return province and letters >= 2


#: a post or a school right before a commune and its province, on the same line (folded):
#: "công chức Địa chính - Xây dựng xã ...", "Trường PTDTBT TH&THCS Pả Vi (xã ...": the
#: commune where one works or studies, named with the post, not where anyone lives
_POST_BEFORE = re.compile(
    r"(?<![a-z])(?:cong chuc|vien chuc|can bo|chu tich|pho chu tich|bi thu|pho bi thu"
    r"|giao vien|hieu truong|hieu pho|truong cong an|pho truong cong an|chi huy truong"
    r"|truong[ \t]+(?:thcs|th|thpt|pt|ptdtbt|ptdtnt|ptcs|mam non|mn|tieu hoc|trung hoc)"
    r"(?![a-z]))(?![a-z])[^,.;:\n()]{0,50}(?:\([ \t]*)?$"
)


#: a school's name and a comma right before a chain, on the same line (folded): "tại phòng
#: hội đồng Trường THCS Phước Long, phường Phước Long, TP Nha Trang": where the school is
_SCHOOL_COMMA = re.compile(
    r"(?<![a-z])truong[ \t]+(?:thcs|th|thpt|pt|ptdtbt|ptdtnt|mam non|mn|tieu hoc|trung hoc"
    r"|dai hoc|cao dang)(?![a-z])[^,.;:\n()]{0,40},[ \t]*$"
)


def _school_comma_before(doc: Document, start: int) -> bool:
    """Whether a school's name and a comma stand right before ``start`` (``_SCHOOL_COMMA``)."""
    if doc.folded[max(0, start - 2) : start].strip(" \t") != ",":
        return False  # (the cheap test first)
    school = _SCHOOL_COMMA.search(doc.folded, max(0, start - 70), start)
    # "phòng 204 nhà B ký túc xá Trường Đại học Tây Bắc, phường ...": the school's dormitory,
    # where its students live
    return school is not None and (
        _DORM_WORD_BEFORE.search(doc.folded, max(0, school.start() - 12), school.start()) is None
    )


#: a dormitory's word right before a school's name (folded): "ký túc xá Trường ...", "ktx"
_DORM_WORD_BEFORE = re.compile(r"(?<![a-z])(?:ky[ \t]+tuc[ \t]+xa|ktx)[ \t]+$")


def _post_before(doc: Document, start: int) -> bool:
    """Whether a post or a school stands before ``start`` (``_POST_BEFORE``)."""
    return _POST_BEFORE.search(doc.folded, max(0, start - 70), start) is not None


def _agency_before(doc: Document, start: int) -> bool:
    """Whether a department of an agency and its name stand right before ``start`` on the
    same line ("Kính gửi: Phòng Kinh tế phường Hội An Tây, ..."): the chain names the
    agency's area, not where a person lives."""
    lo = max(0, start - 40)
    window = doc.folded[lo:start]
    nl = window.rfind("\n")
    if nl >= 0:
        lo += nl + 1
        window = window[nl + 1 :]
    m = _AGENCY_HEAD.search(window)
    if m is None or m.group(2).split()[0] in _AGENCY_NOT:
        return False
    head = m.group(1)
    hs = lo + m.start(1)
    written = doc.text[hs : hs + len(head)]
    if written == "ban" and m.group(2).split()[0] not in _BOARD_WORDS:
        return False  # "ba Tam ban xoi dau hem 42 ...": "bán" (sells) typed plain, no board
    if head == "so" and doc.folded[max(0, hs - 3) : hs] == "co ":
        return False  # "chủ cơ sở karaoke tại số 88 ...": an establishment, no department
    return written == doc.folded_cased[hs : hs + len(head)] or (
        written.lower() == _AGENCY_SPELLING[head]
    )


def _house_in_group(keys: list[str | None]) -> bool:
    """Whether a chain of numbers is a house's ("Sn 88 tổ 3", "số nhà 12, tổ 5"): a house's
    own word ("Sn", "số nhà") first, then a residents' group or a team by its number."""
    return len(keys) >= 2 and keys[0] in ("sn", "so nha") and keys[1] in ("to", "doi")
