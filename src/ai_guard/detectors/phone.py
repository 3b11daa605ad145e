"""Phone numbers, validated with phonenumbers' metadata (reference.md e.9).

Accepted forms: 0912 345 678, 0912.345.678, 0912-345-678, +84 912 345 678, (+84) 912 345 678,
84912345678, 0084 912 345 678, landlines 024 3825 1234 / 028.3829.1234 / 0251 3822 123, and
international numbers written with '+'. A valid number is reported on its own; a number of the
right shape that phonenumbers rejects (e.g. a pre-2018 11-digit mobile) only after a phone cue.
Public service numbers 1800/1900 are never reported, nor a number that another family's cue
names ("STK: 0912345678", "MST: 0314409059"; see :mod:`ai_guard.detectors.numeric`), nor an
agency's published landline (after a hotline word, its seat or one-stop desk, an office a
notice sends its readers to or receives them at, or with the agency named after it; also in
its +84 form), nor a template's all-zero number said to be an example.
"""

from __future__ import annotations

import re
from functools import cache

from ai_guard.detectors import scores
from ai_guard.detectors.base import Shape
from ai_guard.detectors.numeric import Candidate, NumericDetector, Verdict
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.numbers import NumberToken
from ai_guard.text.tables import header_cells

__all__ = ["PhoneDetector", "mobile_prefixes", "phone_valid"]

# "(+84) ", and letter-spaced "( + 8 4 )  " as a heading is set
_PAREN_PREFIX = re.compile(r"\(\s*\+?\s*(?:84|0084|8 4|0 0 8 4)\s*\)(?:[ .\-]|  )?$")


_VALIDITY: dict[tuple[str, int], bool] = {}


def phone_valid(number: str) -> bool:
    """Whether ``number`` ("+84912345678" or "0912345678") is a valid phone number.

    phonenumbers' validity depends on a number's length and leading digits only (its metadata
    patterns are prefix- and length-based), so results are cached per key: one parse per
    operator prefix instead of one per number. Vietnam's patterns read at most the first 4
    digits after the 0 (and its national prefix rule the first one), so a Vietnamese number
    is keyed by those 4 digits and its length, in either form ("0912 ..." and "+84 912 ..."
    parse to the same number); any other by its first 8 characters and length.
    """
    key = _validity_key(number)
    valid = _VALIDITY.get(key)
    if valid is None:
        import phonenumbers  # lazy: keeps `import ai_guard` fast

        try:
            valid = bool(phonenumbers.is_valid_number(phonenumbers.parse(number, "VN")))
        except phonenumbers.NumberParseException:
            valid = False
        if len(_VALIDITY) < 100_000:
            _VALIDITY[key] = valid
    return valid


def _validity_key(number: str) -> tuple[str, int]:
    """What :func:`phone_valid`'s answer depends on (see there)."""
    if number.startswith("0"):
        return number[:5], len(number)
    if number.startswith("+84") and number[3:4] not in ("", "0"):
        return "0" + number[3:7], len(number) - 2
    return number[:8], len(number)


#: a code's prefix typed against its digits: two to six capitals, ASCII, as a carrier, a shop
#: or a system writes them ("GHN", "GHTK", "SPXVN", "DH", "SP")
_CODE_PREFIX = re.compile(r"(?<![^\W\d_])[A-Z]{2,6}$")


#: chat's short words for a contact typed in capitals against the number ("LH0912345678":
#: liên hệ; "DD", "HL", "MB", "SMS"): the number's own label, not a code's prefix
_CONTACT_SHORT = frozenset({"lh", "dd", "hl", "mb", "mob", "sms", "tel", "dt", "sdt", "fax"})


@cache
def _name_words() -> frozenset[str]:
    """The surnames and given names, folded: capitals glued before a number that spell one
    are a person's name typed against their phone ("MINH0912345678"), not a code."""
    return data.folded_set("detectors/surnames.txt") | data.folded_set("detectors/given_names.txt")


def _code_prefix(text: str, start: int) -> bool:
    """Whether the letters glued before the number at ``start`` are a code's prefix (a
    delivery, an order or a product code: "GHN0912345678", "SPXVN0912345678"): two to six
    capitals that are a word of their own, not a name. A phone cue typed so ("SDT0912345678")
    names the number before this is asked; lower or mixed case ("a0912345678",
    "Minh0912345678", "goi0912345678") is chat typed without a space: the person's phone."""
    m = _CODE_PREFIX.search(text, max(0, start - 7), start)
    if m is None:
        return False
    word = m.group(0).lower()
    return word not in _CONTACT_SHORT and word not in _name_words()


@cache
def mobile_prefixes() -> frozenset[str]:
    """Mobile prefixes in use after the 2018 conversion ("032", ..., "099"; reference.md e.9), from
    ``data/detectors/mobile_prefixes.tsv``."""
    return frozenset(row[0] for row in data.rows("detectors/mobile_prefixes.tsv"))


def _known_prefix(number: str) -> bool:
    """Whether a number starts with a prefix in use: a mobile prefix, or a landline's 02x."""
    if number.startswith("+") and not number.startswith("+84"):
        return True  # foreign numbers: trust phonenumbers
    national = number[3:] if number.startswith("+84") else number[1:]
    return "0" + national[:2] in mobile_prefixes() or national.startswith("2")


def _mobile_shape(number: str) -> bool:
    """Ten digits in national form (or +84 and nine) under a mobile prefix in use."""
    if number.startswith("+84"):
        national = number[3:]
    elif number.startswith("0") and not number.startswith("00"):
        national = number[1:]
    else:
        return False
    return len(national) == 9 and national.isdigit() and "0" + national[:2] in mobile_prefixes()


def _candidate(digits: str, plus: bool) -> tuple[str, bool] | None:
    """Normalise a digit window to a number phonenumbers can parse; None if not phone-shaped.

    Returns (number, vietnamese).
    """
    if plus:
        if digits.startswith("84"):
            return ("+" + digits, True) if 10 <= len(digits) <= 12 else None
        return ("+" + digits, False) if 8 <= len(digits) <= 15 else None
    if digits.startswith("0084"):
        return ("+" + digits[2:], True) if 12 <= len(digits) <= 14 else None
    if digits.startswith("84") and len(digits) == 11:
        return ("+" + digits, True)
    if digits.startswith("0") and 10 <= len(digits) <= 11 and digits[1] != "0":
        return (digits, True)
    return None


#: the letters OCR sets for a zero or a one
_OCR_LOOK_ALIKES = frozenset("OoIl")
#: the most look-alike letters in a mobile number read alone
_OCR_MOST = 3


def _ocr_mobile(text: str, cand: Candidate) -> bool:
    """A mobile number OCR wrote with a few ``O``/``l`` for its zeros and ones, as a whole word
    of one group ("0797OO8939", "O899773770" in a scanned contact list): read as the digits,
    ten of them under a mobile prefix in use, the shape is as plain as the same number typed
    right, so it needs no cue (a landline, digits in groups, a longer run still do)."""
    tok = cand.token
    if not tok.ocr or cand.restored or len(tok.groups) != 1:
        return False
    if cand.start != tok.start or cand.end != tok.end or cand.end - cand.start != 10:
        return False
    raw = text[cand.start : cand.end]
    letters = sum(c in _OCR_LOOK_ALIKES for c in raw)
    return (
        0 < letters <= _OCR_MOST
        and all(c.isdigit() or c in _OCR_LOOK_ALIKES for c in raw)
        and _mobile_shape(cand.digits)
    )


#: before a landline (same line, folded): a hotline or an agency's switchboard (not "điện
#: thoại cơ quan": a form's field for a person's work phone)
_AGENCY_BEFORE = re.compile(
    r"(?<![a-z])(?:duong day nong|hotline|tong dai|so dien thoai (?:cua )?"
    r"(?:ubnd|uy ban|so|van phong|cong an|toa an|chi cuc|cuc|bo phan mot cua))(?![a-z])"
)
#: right after a landline (folded): the agency it belongs to, in brackets or after a dash
_AGENCY_AFTER = re.compile(
    r"[ \t]*[(\-–][ \t]*(?:van phong|ubnd|hdnd|uy ban|so |bo |cuc |chi cuc|phong |trung tam"
    r"|ban |cong an|toa an|vien kiem sat|bo phan mot cua|truc ban)"
)


#: earlier on a landline's line (folded): the office whose contact details are being given,
#: its seat ("Trụ sở UBND phường ..., số 1 phố ...; điện thoại 024 ...") or its one-stop desk,
#: or an agency's own contact block ("thông tin liên hệ của cơ quan: ...")
_AGENCY_SEAT = re.compile(
    r"(?<![a-z])(?:tru so|bo phan (?:mot cua|tiep nhan)|(?:thong tin )?lien he cua "
    r"(?:co quan|don vi|ubnd|uy ban))(?![a-z])"
)
#: how far back on its line an office's seat may be named before its landline: the seat's
#: address stands in between
_SEAT_REACH = 160
#: earlier on a landline's line (folded): an office that a notice sends its readers to
#: ("liên hệ Văn phòng Tòa án qua số điện thoại ...", "Đầu mối liên hệ: Văn phòng Sở,
#: điện thoại ...", "contact the Ministry's Press Office at ...") or where it receives them
#: ("Địa điểm nhận hồ sơ: Phòng Tổ chức cán bộ, ...", "hỗ trợ tại trường, số 2 đường ...")
_AGENCY_CONTACT = re.compile(
    r"(?<![a-z])(?:lien he(?:[ \t]+voi)?|contact(?:[ \t]+the)?|dia diem[a-z \t]{0,20}:"
    r"|(?:ho tro|nop|tiep nhan)[ \t]+tai)[ \t:]+"
    r"(?:van phong|phong|ban|so|cuc|chi cuc|tram y te|truong|toa an|ubnd|uy ban|trung tam"
    r"|bo phan|benh vien|ministry|press office|office|department|embassy)(?![a-z])"
)
#: a person between that office and the landline, by a title or kin word: the number is that
#: person's work phone ("liên hệ Phòng Nội vụ, chị Hoa, điện thoại 024 ..."); "cán bộ" is left
#: out, as it also names a department ("Phòng Tổ chức cán bộ")
#: (on the cased view, the name's capital after the word: "Báo chí" is the press)
_PERSON_WORD = re.compile(
    r"(?<![A-Za-z])(?:[Oo]ng|[Bb]a|[Aa]nh|[Cc]hi|[Ee]m|[Cc]o|[Tt]hay|[Dd]ong chi|[Dd]/c"
    r"|Mrs?|Ms)\.?[ \t]+[A-Z]"
)


def _agency_line(doc: Document, start: int, end: int, number: str) -> bool:
    """Whether a landline (02x, not a mobile) is an agency's published number: after a hotline
    or switchboard word on its line ("Đường dây nóng: ... 0243 8225 555"), after the seat or
    one-stop desk of an office whose contact details the line gives ("Trụ sở UBND phường Long
    Biên, số 1 phố Vạn Hạnh; điện thoại 024 3827 1564"), or with the agency named right after
    it ("0243 8225 555 (Văn phòng UBND)"). A person's work phone is a form's field
    ("ĐT cơ quan: 024 ..."), which names no seat: still a phone."""
    if number.startswith("+842"):
        number = "0" + number[3:]  # "+84 24 6282 1018": the same landline, dialled from abroad
    if _duty_line(doc, start, number):
        return True
    if not (number.startswith("02") and len(number) == 11):
        return False
    if _directory_row(doc, start):
        return True
    folded = doc.folded
    # the line's start, looked for only as far back as the searches below reach
    line = folded.rfind("\n", max(0, start - max(80, _SEAT_REACH)), start) + 1
    if _AGENCY_BEFORE.search(folded, max(line, start - 80), start) is not None:
        return True
    if _AGENCY_SEAT.search(folded, max(line, start - _SEAT_REACH), start) is not None:
        return True
    if _office_contact(doc, max(line, start - _SEAT_REACH), start):
        return True
    if _agency_opens_line(doc, line, start):
        return True
    return _AGENCY_AFTER.match(folded, end) is not None


#: a line of a list of agencies that opens with one and its name, then ":" (folded): "- UBND
#: phường Hạc Thành: số 37 đường Lê Lợi, ...; ĐT 0237 3852 366": the line gives the agency's
#: contact details
_AGENCY_OPENS_LINE = re.compile(
    r"[ \t]*(?:[-+*\u2022][ \t]*)?(?:ubnd|uy ban nhan dan|hdnd|cong an|toa an|tand|vien kiem sat"
    r"|vksnd|chi cuc|kho bac|bao hiem xa hoi|bo phan mot cua"
    r"|trung tam (?:phuc vu )?hanh chinh cong)(?![a-z])[^:\n]{0,60}:"
)


def _agency_opens_line(doc: Document, line: int, start: int) -> bool:
    """Whether the landline's line opens with an agency and its name before ":" and names no
    person from there to the number (``_PERSON_WORD``: "- UBND xã: chị Hoa, 0237 ..." is
    hers)."""
    m = _AGENCY_OPENS_LINE.match(doc.folded, line, start)
    return m is not None and _PERSON_WORD.search(doc.folded_cased, m.start(), start) is None


#: before a number on its line (folded): an office's duty desk ("Điện thoại trực ban:", "SĐT
#: trực ban công an xã"): a desk staffed in turns is the office's, never a person's
_DUTY_DESK = re.compile(r"truc ban(?![a-z])")
#: the cell of a directory row that names an office (folded, the cell's start)
_OFFICE_CELL = re.compile(
    r"(?:phong|so|ubnd|uy ban|hdnd|ban|trung tam|cong an|toa an|vien kiem sat|chi cuc|cuc"
    r"|van phong|truong|benh vien|tram y te|bo phan|doi)[ \t]+\S"
)
#: the header of a directory's office column (folded)
_OFFICE_HEADER = re.compile(r"(?<![a-z])(?:don vi|co quan|phong ban|to chuc)(?![a-z])")
#: a header of a column of persons (folded): the rows are people, not offices
_PERSON_HEADER = re.compile(
    r"(?<![a-z])(?:ho (?:va )?ten|ten (?:can bo|nhan vien|nguoi)|can bo|nguoi|chuc vu|name)"
    r"(?![a-z])"
)


def _duty_line(doc: Document, start: int, number: str) -> bool:
    """Whether a number that is no mobile (a landline, the police's 069 network) follows an
    office's duty-desk word on its line ("Điện thoại trực ban: 069.234.5122")."""
    if _mobile_shape(number) or (number.startswith("+84") and _mobile_shape("0" + number[3:])):
        return False
    folded = doc.folded
    line = folded.rfind("\n", max(0, start - 80), start) + 1
    return _DUTY_DESK.search(folded, max(line, start - 80), start) is not None


def _directory_row(doc: Document, start: int) -> bool:
    """Whether a landline stands in a row of offices' directory pasted as a table: a cell of
    its row under an office column's header ("Tên đơn vị", "Cơ quan") names an office
    ("PC01⇥Phòng Tư pháp⇥0274 3822 170"), and no column holds persons ("Họ tên", "Cán bộ":
    a staff list gives each person's work phone)."""
    headers = header_cells(doc, start)
    if not headers or any(_PERSON_HEADER.search(head) is not None for head in headers):
        return False  # a staff list: a person's work phone, still a phone
    text, folded = doc.text, doc.folded
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    line = folded[ls:le]
    for sep in ("\t", "|", ";"):
        cells = [c.strip() for c in line.split(sep)]
        if len(cells) == len(headers):
            return any(
                _OFFICE_HEADER.search(head) is not None and _OFFICE_CELL.match(cell) is not None
                for head, cell in zip(headers, cells, strict=True)
            )
    return False


def _office_contact(doc: Document, lo: int, start: int) -> bool:
    """Whether an office that readers are sent to ("liên hệ Ban Quản lý di tích qua số ...")
    or received at ("Địa điểm nhận hồ sơ: Phòng Tổ chức cán bộ, ...") stands before a landline
    on its line, with no person between them ("liên hệ Phòng Nội vụ, chị Hoa, 024 ...")."""
    end = -1
    for m in _AGENCY_CONTACT.finditer(doc.folded, lo, start):
        end = m.end()  # the last office named before the number
    return end >= 0 and _PERSON_WORD.search(doc.folded_cased, end, start) is None


#: words that say a value is an example or a template's, not anyone's (folded; the tax codes'
#: test data reads them too)
EXAMPLE_WORDS = re.compile(
    r"(?<![a-z])(?:vi du|thi du|lam mau|file mau|bieu mau|mau nhap"
    r"|example|sample|dummy|placeholder|fake)(?![a-z])"
)
#: how far on either side of a number, on its line, the example word may stand
_EXAMPLE_REACH = 120


def _placeholder(doc: Document, start: int, end: int, number: str) -> bool:
    """Whether a national number is a template's placeholder: every digit after its 3-digit
    prefix a zero ("0900000000", "090 000 0000"), on a line that calls it an example or a
    template's value ("cột SĐT để '0900000000' làm ví dụ"). The same zeros in a person's row
    are still that person's number."""
    national = "0" + number[3:] if number.startswith("+84") else number
    if not (national.startswith("0") and len(national) >= 10 and not national[3:].strip("0")):
        return False
    folded = doc.folded
    # the line's ends, looked for only as far as the example word may stand
    lo = max(folded.rfind("\n", max(0, start - _EXAMPLE_REACH), start) + 1, start - _EXAMPLE_REACH)
    hi = folded.find("\n", end, end + _EXAMPLE_REACH)
    hi = min(end + _EXAMPLE_REACH, len(folded)) if hi < 0 else hi
    return EXAMPLE_WORDS.search(folded, lo, hi) is not None


#: after the stray digits that follow a complete mobile number: a space and a letter, the
#: next row's first word
_ROW_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def _mobile_and_next_row(doc: Document, cand: Candidate) -> bool:
    """Whether an invalid 11-digit window is a complete mobile number and, after a separator,
    one digit that opens a word: the next row's number ("0978 024 631 2 Hiên Văn Khương")."""
    number, text = cand.digits, doc.text
    return (
        len(number) == 11
        and _mobile_shape(number[:10])
        and not text[cand.end - 2].isdigit()
        and _ROW_AFTER.match(text, cand.end) is not None
    )


_NATIONAL = Shape(EntityType.PHONE, "phone.national", scores.BASE_PHONE)
_INTERNATIONAL = Shape(EntityType.PHONE, "phone.international", scores.BASE_PHONE)


#: a calendar date (day, month, a four-digit year of this or the last century, one separator)
#: inside a phone's window: a date and the hour after it are no phone number
_CALENDAR_DATE = re.compile(
    r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\d)"
)
#: the fewest digit words a number dictated digit by digit holds among its single digits
_DICTATED_WORDS = 3


def _spoken(text: str, groups: tuple[tuple[int, int], ...]) -> bool:
    """Whether a number's groups were said, not typed: every group a digit word, or words and
    digits each standing alone (one digit a group: a digit group's characters are groups of
    one inside their run, so a digit must not touch another), three words at least."""
    words = 0
    for a, b in groups:
        if not text[a].isdigit():
            words += 1
        elif (a > 0 and text[a - 1].isdigit()) or (b < len(text) and text[b].isdigit()):
            return False
    return words == len(groups) or words >= _DICTATED_WORDS


#: the separators inside a masked phone number, and the fewest digits one shows to be read
#: without a cue
_MASK_SEPARATORS = frozenset(" .-")
_MASKED_SHOWN = 6


class PhoneDetector(NumericDetector):
    id = "vn.phone"
    entities = (EntityType.PHONE,)
    cue_set = "phone"
    digits = (9, 15)
    defers_to_every_claim = True  # "STK: 0912345678", "MST: 0314409059"
    dropped_zeros = (10, 1)
    masked_length = (9, 12)

    def masked_reads_alone(self, text: str, start: int, end: int) -> bool:
        """A mobile number masked as a bank's or a shop's notice masks it ("0889***043",
        "0912.xxx.678"): ten places, the carrier's prefix and six or more digits shown; a
        form's template shows fewer ("09xx xxx xxx", "0912 xxx xxx")."""
        places = [c for c in text[start:end] if c not in _MASK_SEPARATORS]
        if len(places) != 10 or sum(c.isdigit() for c in places) < _MASKED_SHOWN:
            return False
        return "".join(places[:3]) in mobile_prefixes()

    def candidate(
        self, doc: Document, tok: NumberToken, start: int, end: int, digits: str
    ) -> tuple[int, str] | None:
        text = doc.text
        at_start = start == tok.groups[0][0]
        plus = tok.plus and at_start
        # the token may open with "+", "(" or "(+84)": the phone number starts there
        span_start = tok.start if at_start else start
        if not plus and ")" in text[max(0, start - 3) : start]:
            paren = _PAREN_PREFIX.search(text, max(0, start - 12), start)
            if paren:
                span_start = paren.start()
                plus = True
                digits = "84" + digits.lstrip("0") if not digits.startswith("84") else digits
        cand = _candidate(digits, plus)
        if cand is None or cand[0].startswith(("1800", "1900")):
            return None
        window = text[start:end]
        if ("-" in window or "/" in window or "." in window) and _CALENDAR_DATE.search(window):
            return None  # "05-12-2026 21:14" in a bank's notice: a date and a time
        return span_start, cand[0]

    def own_span(self, doc: Document, cand: Candidate, start: int, end: int) -> tuple[int, int]:
        """A national number starts at its trunk 0: the digits before it in the same run are
        another value (a birth year in a list row, "1968 0942 306 718", a row's number). A
        complete mobile number (ten digits) ends at its tenth digit when the stray digits after
        it open a word: the next row's number of a table flattened onto one line ("0978 024
        631 2 Hiên Văn Khương")."""
        text = doc.text
        if start < cand.start and text[cand.start] == "0":
            start = cand.start
        if end > cand.end and _mobile_shape(cand.digits) and _ROW_AFTER.match(text, end):
            end = cand.end
        return start, end

    def reads_alone(self, doc: Document, cand: Candidate) -> bool:
        """A mobile number read out in words, every word of the run its digit and nothing
        else ("số của chú ấy là không chín một hai năm năm tám bốn không bảy"): ten digit
        words in a row starting "không" and a carrier's prefix are said nowhere else."""
        tok = cand.token
        reading = tok.reading
        if reading is None:
            return _ocr_mobile(doc.text, cand)
        return (
            reading is not None
            and not cand.restored
            and len(reading) == 10
            and cand.digits == reading
            and cand.start <= tok.start
            and cand.end >= tok.end
            and _candidate(reading, False) is not None
            # words only, or dictated digit by digit with words and single digits mixed ("không
            # chín tám 3 năm 1 bốn 6 hai 0"): a number typed half in digit groups ("09 một hai
            # 345 678") keeps needing its cue
            and _spoken(doc.text, tok.groups)
        )

    def judge(self, doc: Document, cand: Candidate, cue: str | None) -> Verdict | None:
        number = cand.digits
        if cand.left and cue is None and _code_prefix(doc.text, cand.start):
            return None  # a code's digits: "mã vận đơn GHN0912345678", "DH0912345678"
        if _agency_line(doc, cand.start, cand.end, number):
            return None  # an agency's published landline: no person's data
        if _placeholder(doc, cand.start, cand.end, number):
            return None  # a template's dummy number: no person's data
        shape = _INTERNATIONAL if number.startswith("+") else _NATIONAL
        if phone_valid(number):
            if cue:
                return Verdict(shape, scores.VALIDATED_STRONG_CONTEXT, True, cue)
            # phonenumbers also accepts ranges no operator uses (030x, 031x): without a cue
            # such a number is more likely a tax code or an account
            if _known_prefix(number):
                return Verdict(shape, scores.VALIDATED_ALLOCATED_NO_CONTEXT, True)
            return Verdict(shape, scores.VALIDATED_UNALLOCATED_NO_CONTEXT, True)
        if cue and len(number.lstrip("+")) >= 10:
            if _mobile_and_next_row(doc, cand):
                return None  # the mobile's own window is the number
            return Verdict(shape, scores.FAILED_STRONG_CONTEXT, False, cue)
        if _mobile_shape(number):
            # 089x, 052x, 055x blocks operators use that phonenumbers' metadata lags behind:
            # a table row far below its "SĐT" header has no cue, and the number is still one
            # (validated by the operators' prefix table, mobile_prefixes.tsv)
            return Verdict(shape, scores.MOBILE_PREFIX_UNLISTED_NO_CONTEXT, True)
        return None
