"""Hypothesis strategies for Vietnamese identifiers, prompts and ai-guard's models.

In hypothesis' own style: plural nouns, keyword-only options, composable with ``.map`` and
``.filter``, shrinking toward simple examples (the first province, the lowest numbers).
Values are realistic in shape and never real: digits are drawn at random.

``valid=False`` gives a value of the right shape that fails the check a validator would make
(a province code that does not exist, a wrong tax-code check digit, an unallocated phone
prefix, a benefit level above 5): use it to test that your code does not over-report.

Disguises (:func:`disguise`, :func:`disguises`) transform a value or a prompt the way text
arrives: zero-width characters, full-width digits, letter spacing, letters parted by bars or
dots (``M|Ậ|T``), letters as HTML character references (``M&#7852;T``), markup inside a number
(``001085<br>012345``), superscript digits, digits read out in words, leading zeros dropped,
an e-mail's "@" spelled out, a value in base64, hex or percent-encoding, leetspeak, a table
cell, a two-column CSV, TCVN3 / VNI / Windows-1258 mojibake, Telex or VNI typed with the input
method off, tone marks lost.

Names and addresses as people write them (:func:`name_prompts`, :func:`minority_name_prompts`,
:func:`foreign_name_prompts`, :func:`short_reference_prompts`, :func:`given_name_prompts`,
:func:`lower_middle_name_prompts`,
:func:`address_prompts`,
:func:`chat_prompts`, :func:`chat_fillers`; defined in :mod:`ai_guard.testing._people`): Kinh
names from the package's lexicons in proper case, capitals, lower case, without diacritics, in
tables and broken across lines; ethnic-minority and foreign names; short references; street
addresses, unit chains and abbreviations; lower-case chat with clean sentences full of words
that look like names.

    from hypothesis import given
    from ai_guard.testing import strategies as vst

    @given(vst.cccd_numbers())
    def test_my_app_never_sends_a_cccd(cccd):
        assert cccd not in what_my_app_sends(f"CCCD của tôi là {cccd}")
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from html.entities import codepoint2name
from typing import Literal, get_args

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "ai_guard.testing.strategies needs hypothesis: pip install 'ai-guard[hypothesis]' / "
        "cần cài hypothesis: pip install 'ai-guard[hypothesis]'"
    ) from exc

from ai_guard.detectors.identity import PROVINCE_CODES
from ai_guard.detectors.insurance import BHYT_GROUPS
from ai_guard.detectors.vehicle import PLATE_PROVINCE_CODES
from ai_guard.testing._base import LabelledPrompt
from ai_guard.testing._base import fold as _fold
from ai_guard.testing._chat_logs import CHAT_LOG_SHAPES, chat_log_prompts
from ai_guard.testing._chat_rows import CHAT_ROW_SHAPES, chat_row_prompts
from ai_guard.testing._pasted import PASTED_SHAPES, pasted_prompts
from ai_guard.testing._people import (
    ADDRESS_SHAPES,
    FOREIGN_ORIGINS,
    MINORITY_GROUPS,
    NAME_CONTEXTS,
    WRITINGS,
    Writing,
    address_prompts,
    chat_fillers,
    chat_prompts,
    cued_plain_name_prompts,
    foreign_name_prompts,
    foreign_names,
    given_name_prompts,
    khmer_list_prompts,
    kinh_names,
    lower_middle_name_prompts,
    minority_name_prompts,
    minority_names,
    name_prompts,
    short_name_list_prompts,
    short_reference_prompts,
)
from ai_guard.text import data

__all__ = [
    "ADDRESS_SHAPES",
    "CELL_SEPARATORS",
    "CHAT_LOG_SHAPES",
    "CHAT_ROW_SHAPES",
    "DISGUISE_NAMES",
    "EMAIL_DODGES",
    "ENCODINGS",
    "FOREIGN_ORIGINS",
    "HARD_BREAKS",
    "LETTER_SEPARATORS",
    "MARKUP_CUTS",
    "MINORITY_GROUPS",
    "NAME_CONTEXTS",
    "OCR_DIGIT_CONFUSIONS",
    "ODD_SPACES",
    "PASTED_SHAPES",
    "PIECE_METHODS",
    "REFERENCE_STYLES",
    "WRITINGS",
    "ZERO_WIDTH_CHARACTERS",
    "Disguise",
    "LabelledPrompt",
    "Writing",
    "address_prompts",
    "addresses",
    "api_keys",
    "array_joined",
    "case_numbers",
    "cccd_numbers",
    "char_references",
    "chat_fillers",
    "chat_log_prompts",
    "chat_prompts",
    "chat_row_prompts",
    "clean_prompts",
    "cmnd_numbers",
    "csv_rows",
    "cued_plain_name_prompts",
    "dates_of_birth",
    "decomposed",
    "digits_in_words",
    "disguise",
    "disguises",
    "driver_license_numbers",
    "dropped_zeros",
    "email_dodged",
    "emails",
    "emphasis",
    "encoded",
    "footnote_mark",
    "foreign_name_prompts",
    "foreign_names",
    "full_width",
    "given_name_prompts",
    "gov_emails",
    "hard_broken",
    "health_insurance_numbers",
    "in_pieces",
    "json_escaped",
    "json_field",
    "khmer_list_prompts",
    "kinh_names",
    "labelled_prompts",
    "leetspeak",
    "letter_separated",
    "letter_spaced",
    "license_plates",
    "lower_case",
    "lower_middle_name_prompts",
    "markup",
    "minority_name_prompts",
    "minority_names",
    "mojibake",
    "name_prompts",
    "ocr_digits",
    "ocr_letters",
    "ocr_noise",
    "odd_spaces",
    "passport_numbers",
    "pasted_prompts",
    "person_names",
    "phone_numbers",
    "piece_prompts",
    "prefix_spaced",
    "scientific_notation",
    "secrecy_marks",
    "short_name_list_prompts",
    "short_reference_prompts",
    "social_insurance_numbers",
    "soft_hyphens",
    "spelled_english",
    "superscript",
    "table_cell",
    "tax_codes",
    "title_case",
    "tones_lost",
    "typed",
    "upper_case",
    "without_diacritics",
    "word_celled",
    "yaml_field",
    "zero_width",
]

_PROVINCES = sorted(PROVINCE_CODES)
_NOT_PROVINCES = sorted(f"{i:03d}" for i in range(1, 100) if f"{i:03d}" not in PROVINCE_CODES)
_DIGIT = st.integers(0, 9).map(str)


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.lists(_DIGIT, min_size=n, max_size=n).map("".join)


# -- identifiers ---------------------------------------------------------------------------------


@st.composite
def cccd_numbers(draw: st.DrawFn, *, valid: bool = True) -> str:
    """12-digit personal identification numbers (CCCD): province code, century and sex digit,
    year of birth, 6 random digits. Invalid: a code outside the 63-province table, or a birth
    year in the future."""
    year = draw(st.integers(1930, dt.date.today().year - 14))
    sex = draw(st.integers(0, 1))
    if valid:
        province = draw(st.sampled_from(_PROVINCES))
    elif draw(st.booleans()):
        province = draw(st.sampled_from(_NOT_PROVINCES))
    else:
        province = draw(st.sampled_from(_PROVINCES))
        year = draw(st.integers(dt.date.today().year + 1, 2099))
    century = (year // 100 - 19) * 2 + sex
    return f"{province}{century}{year % 100:02d}{draw(_digits(6))}"


def cmnd_numbers() -> st.SearchStrategy[str]:
    """9-digit old identity card numbers (CMND); there is no check to fail."""
    return st.tuples(st.integers(1, 38), _digits(7)).map(lambda t: f"{t[0]:02d}{t[1]}")


_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _tax_check(nine: str) -> int | None:
    r = sum(int(d) * w for d, w in zip(nine, _TAX_WEIGHTS, strict=True)) % 11
    return None if r == 0 else 10 - r


@st.composite
def tax_codes(draw: st.DrawFn, *, digits: Literal[10, 13] | None = None, valid: bool = True) -> str:
    """Tax codes (mã số thuế): 10 digits with the check digit of reference.md e.4, or 13 written
    ``0314409058-002`` (a branch). Invalid: a wrong check digit."""
    nine = draw(
        st.tuples(st.integers(1, 99), st.integers(1, 9_999_999)).map(
            lambda t: f"{t[0]:02d}{t[1]:07d}"
        )
    )
    check = _tax_check(nine)
    while check is None:  # no valid code has this prefix: move to the next sequence number
        nine = f"{nine[:2]}{(int(nine[2:]) % 9_999_999) + 1:07d}"
        check = _tax_check(nine)
    if not valid:
        check = (check + draw(st.integers(1, 9))) % 10
    code = f"{nine}{check}"
    kind = digits or draw(st.sampled_from([10, 13]))
    if kind == 13:
        code += f"-{draw(st.integers(1, 999)):03d}"
    return code


def social_insurance_numbers() -> st.SearchStrategy[str]:
    """10-digit social insurance numbers (mã số BHXH), starting with a province code."""
    return st.tuples(st.integers(1, 96), _digits(8)).map(lambda t: f"{t[0]:02d}{t[1]}")


@st.composite
def health_insurance_numbers(draw: st.DrawFn, *, valid: bool = True) -> str:
    """15-character legacy health-insurance card codes (mã thẻ BHYT): group, benefit level
    1-5, province, BHXH number. Invalid: a benefit level of 6-9."""
    group = draw(st.sampled_from(sorted(BHYT_GROUPS)))
    level = draw(st.integers(1, 5) if valid else st.integers(6, 9))
    province = draw(st.integers(1, 96))
    return f"{group}{level}{province:02d}{draw(social_insurance_numbers())}"


def driver_license_numbers() -> st.SearchStrategy[str]:
    """Driving-licence numbers (GPLX, PET cards since 2013): 12 digits, the first two a
    province code."""
    return st.tuples(st.integers(1, 96), _digits(10)).map(lambda t: f"{t[0]:02d}{t[1]}")


def passport_numbers() -> st.SearchStrategy[str]:
    """Vietnamese passport numbers: a capital letter and 7 digits."""
    return st.tuples(st.sampled_from("BCNKPE"), _digits(7)).map("".join)


_MOBILE = ["32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79",
           "81", "82", "83", "84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97",
           "98", "56", "58", "59", "92", "99"]  # fmt: skip
_UNALLOCATED = ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "40", "41", "42",
                "43", "44", "45", "46", "47", "48", "49", "60", "61", "62", "63"]  # fmt: skip
_LANDLINE = ["24", "28", "236", "225", "251", "292", "203", "238", "234", "258"]


def _plan_valid(national: str) -> bool:
    import phonenumbers

    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse("+84" + national, None)))
    except phonenumbers.NumberParseException:
        return False


@st.composite
def phone_numbers(
    draw: st.DrawFn,
    *,
    kind: Literal["mobile", "landline"] | None = None,
    valid: bool = True,
) -> str:
    """Phone numbers in every form people write them: ``0912345678``, ``0912 345 678``,
    ``0912.345.678``, ``+84 912 345 678``, ``(+84) 912345678``, ``024 3825 1234``. Invalid: a
    prefix that no operator was given."""
    kind = kind or draw(st.sampled_from(["mobile", "landline"]))
    if kind == "mobile" or not valid:
        prefix = draw(st.sampled_from(_MOBILE if valid else _UNALLOCATED))
        rest = draw(_digits(7))
        national = f"{prefix}{rest}"
        # "valid" is what the numbering plan (phonenumbers' metadata) says, not just the prefix
        assume(_plan_valid(national) is valid)
        form = draw(st.integers(0, 5))
        if form == 0:
            return f"0{national}"
        if form == 1:
            return f"0{national[:3]} {national[3:6]} {national[6:]}"
        if form == 2:
            return f"0{national[:3]}.{national[3:6]}.{national[6:]}"
        if form == 3:
            return f"+84 {national[:2]} {national[2:5]} {national[5:]}"
        if form == 4:
            return f"(+84) {national}"
        return f"0{national[:4]} {national[4:]}"
    area = draw(st.sampled_from(_LANDLINE))
    subscriber = draw(_digits(10 - len(area)))
    assume(_plan_valid(area + subscriber))
    if draw(st.booleans()):
        return f"0{area} {subscriber[:4]} {subscriber[4:]}"
    return f"0{area}{subscriber}"


_LOCAL = st.tuples(
    st.sampled_from(["nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui"]),
    st.sampled_from(["an", "binh", "cuong", "dung", "hoa", "lan", "minh", "nam"]),
    st.sampled_from(["", ".", "_"]),
    st.integers(0, 99),
).map(lambda t: f"{t[0]}{t[2]}{t[1]}{t[3] if t[3] else ''}")


def emails() -> st.SearchStrategy[str]:
    """Private e-mail addresses at common providers."""
    domains = ["gmail.com", "yahoo.com", "outlook.com", "yahoo.com.vn", "fpt.vn", "vnpt.vn"]
    return st.tuples(_LOCAL, st.sampled_from(domains)).map(lambda t: f"{t[0]}@{t[1]}")


def gov_emails() -> st.SearchStrategy[str]:
    """Official e-mail addresses (…@*.gov.vn): what must never register an AI account."""
    domains = [d for d in data.lines("detectors/gov_domains.txt") if d.endswith(".gov.vn")] or [
        "moj.gov.vn"
    ]
    return st.tuples(_LOCAL, st.sampled_from(sorted(domains))).map(lambda t: f"{t[0]}@{t[1]}")


_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
             "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]  # fmt: skip
_MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Thu"]
_GIVENS = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Mai", "Nam",
           "Tuấn", "Hùng", "Phương", "Quân", "Trang", "Yến", "Khánh", "Linh", "Sơn"]  # fmt: skip


def person_names(*, diacritics: bool | None = True) -> st.SearchStrategy[str]:
    """Vietnamese full names (surname, one or two middle names, given name); ``diacritics=False``
    folds them as typed on a phone, ``None`` mixes both."""
    names = st.tuples(
        st.sampled_from(_SURNAMES),
        st.lists(st.sampled_from(_MIDDLES), min_size=1, max_size=2, unique=True),
        st.sampled_from(_GIVENS),
    ).map(lambda t: " ".join([t[0], *t[1], t[2]]))
    if diacritics is None:
        return st.tuples(names, st.booleans()).map(lambda t: t[0] if t[1] else _fold(t[0]))
    return names if diacritics else names.map(_fold)


_OLD = [("phường Láng Thượng", "quận Đống Đa", "Hà Nội"),
        ("xã Tân Phú", "huyện Đồng Phú", "tỉnh Bình Phước"),
        ("phường Bến Thành", "Quận 1", "TP Hồ Chí Minh"),
        ("xã Ea Kao", "thành phố Buôn Ma Thuột", "tỉnh Đắk Lắk")]  # fmt: skip
_NEW = [("phường Láng", "Hà Nội"), ("xã Tân Phú", "tỉnh Đồng Nai"),
        ("phường Sài Gòn", "TP Hồ Chí Minh"), ("phường Buôn Ma Thuột", "tỉnh Đắk Lắk")]  # fmt: skip
_STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt"]


@st.composite
def addresses(draw: st.DrawFn, *, era: Literal["pre2025", "post2025"] | None = None) -> str:
    """Street addresses: before the 2025 merger (ward, district, province) or after it (ward,
    province; no district)."""
    era = era or draw(st.sampled_from(["pre2025", "post2025"]))
    house = f"số {draw(st.integers(1, 300))}"
    if draw(st.booleans()):
        house += f" ngõ {draw(st.integers(1, 200))}"
    street = f"đường {draw(st.sampled_from(_STREETS))}"
    units = draw(st.sampled_from(_OLD)) if era == "pre2025" else draw(st.sampled_from(_NEW))
    return ", ".join([f"{house} {street}", *units])


@st.composite
def license_plates(draw: st.DrawFn) -> str:
    """Car (``30A-123.45``) and motorbike (``29-B1 123.45``) plates with real province codes."""
    code = draw(st.sampled_from(sorted(PLATE_PROVINCE_CODES)))
    series = draw(st.sampled_from("ABCDEFGHKLMNPSTUVXYZ"))
    num = draw(_digits(5))
    if draw(st.booleans()):
        return f"{code}{series}-{num[:3]}.{num[3:]}"
    return f"{code}-{series}{draw(st.integers(1, 9))} {num[:3]}.{num[3:]}"


@st.composite
def dates_of_birth(draw: st.DrawFn) -> str:
    """Dates of birth as written in Vietnamese documents (``12/05/1985``, ``12-5-1985``,
    ``12 tháng 5 năm 1985``); put them after a cue such as "sinh ngày"."""
    day = draw(st.dates(dt.date(1930, 1, 1), dt.date(2010, 12, 31)))
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if form == 1:
        return f"{day.day}-{day.month}-{day.year}"
    return f"{day.day} tháng {day.month} năm {day.year}"


@st.composite
def case_numbers(draw: st.DrawFn) -> str:
    """Judgment numbers (``01/2024/HS-ST``) and enforcement decisions (``318/QĐ-CCTHADS``)."""
    n = draw(st.integers(1, 999))
    if draw(st.booleans()):
        kind = draw(st.sampled_from(["HS", "DS", "HNGĐ", "KDTM", "LĐ", "HC"]))
        stage = draw(st.sampled_from(["ST", "PT", "GĐT"]))
        return f"{n:02d}/{draw(st.integers(2015, 2025))}/{kind}-{stage}"
    return f"{n}/QĐ-{draw(st.sampled_from(['CCTHADS', 'CTHADS', 'THADS']))}"


def secrecy_marks() -> st.SearchStrategy[str]:
    """The three state-secret stamps, as stamped and as OCR without diacritics."""
    return st.sampled_from(["MẬT", "TỐI MẬT", "TUYỆT MẬT", "TOI MAT", "TUYET MAT"])


_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


_KEY_SHAPES: dict[str, tuple[str, int]] = {
    "openai": ("sk-proj-", 48),
    "anthropic": ("sk-ant-api03-", 40),
    "google": ("AIza", 35),
    "groq": ("gsk_", 48),
    "huggingface": ("hf_", 34),
    "xai": ("xai-", 48),
}


@st.composite
def api_keys(draw: st.DrawFn, *, vendor: str | None = None) -> str:
    """LLM API keys in each vendor's shape (random, never real): openai, anthropic, google,
    groq, huggingface, xai."""
    if vendor is not None and vendor not in _KEY_SHAPES:
        raise ValueError(f"unknown vendor {vendor!r}; known: {', '.join(sorted(_KEY_SHAPES))}")
    name = vendor or draw(st.sampled_from(sorted(_KEY_SHAPES)))
    prefix, n = _KEY_SHAPES[name]
    # the body is derived from a drawn seed, so that even the shrunk example looks random (a
    # key of "AAAA..." is a placeholder, and detectors rightly ignore placeholders)
    seed = draw(st.integers(0, 2**32))
    body = ""
    counter = 0
    while len(body) < n:
        block = hashlib.sha256(f"{name}:{seed}:{counter}".encode()).digest()
        body += "".join(_ALNUM[b % len(_ALNUM)] for b in block)
        counter += 1
    return prefix + body[:n]


# -- prompts -------------------------------------------------------------------------------------


#: entity -> (strategy, cue templates with diacritics, cue templates without)
def _sources(diacritics: bool) -> dict[str, tuple[st.SearchStrategy[str], list[str]]]:
    name = person_names(diacritics=diacritics)
    return {
        "CCCD": (cccd_numbers(), ["số CCCD {v}", "CCCD: {v}", "căn cước công dân số {v}"]),
        "TAX_CODE": (tax_codes(digits=10), ["mã số thuế {v}", "MST: {v}"]),
        "PHONE": (
            phone_numbers(kind="mobile"),
            ["SĐT {v}", "điện thoại: {v}", "số điện thoại {v}"],
        ),
        "EMAIL": (emails(), ["email {v}", "thư điện tử: {v}"]),
        "HEALTH_INSURANCE": (health_insurance_numbers(), ["mã thẻ BHYT {v}"]),
        "DRIVER_LICENSE": (driver_license_numbers(), ["GPLX số {v}", "số giấy phép lái xe: {v}"]),
        "PERSON": (name, ["ông {v}", "bà {v}", "họ và tên: {v}"]),
        "API_SECRET": (api_keys(), ["api key: {v}"]),
    }


_FILLERS = [
    "Nhờ bạn soạn giúp công văn trả lời,",
    "Tóm tắt hồ sơ sau giúp tôi:",
    "Kiểm tra chính tả đoạn này:",
    "Viết lại cho trang trọng hơn:",
]
_JOINERS = [", ", "; ", ". ", "\n"]


@st.composite
def labelled_prompts(
    draw: st.DrawFn,
    *,
    entities: Sequence[str] | None = None,
    language: Literal["vi"] = "vi",
    diacritics: bool = True,
    max_items: int = 4,
) -> LabelledPrompt:
    """Realistic prompts holding 1..``max_items`` values of the given entity types (all
    supported ones by default: CCCD, TAX_CODE, PHONE, EMAIL, HEALTH_INSURANCE,
    DRIVER_LICENSE, PERSON, API_SECRET), each after its usual cue, with their exact spans:
    for recall tests."""
    if language != "vi":
        raise ValueError("only language='vi' is supported / chỉ hỗ trợ tiếng Việt")
    sources = _sources(diacritics)
    wanted = list(entities) if entities is not None else sorted(sources)
    unknown = [e for e in wanted if e not in sources]
    if unknown:
        raise ValueError(f"unsupported entities {unknown}; supported: {sorted(sources)}")
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    text = draw(st.sampled_from(_FILLERS)) + " "
    if not diacritics:
        text = _fold(text)
    for i in range(draw(st.integers(1, max_items))):
        entity = draw(st.sampled_from(wanted))
        strategy, templates = sources[entity]
        value = draw(strategy)
        template = draw(st.sampled_from(templates))
        if not diacritics:
            template = _fold(template)
        before, _, after = template.partition("{v}")
        if i:
            text += draw(st.sampled_from(_JOINERS))
        start = len(text) + len(before)
        text += before + value + after
        spans.append((start, start + len(value), entity))
        parts.append(value)
    text += "."
    return LabelledPrompt(text, tuple(spans))


_CLEAN = [
    "Tóm tắt Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 trong {n} ý.",
    "Viết bài phát biểu {n} phút cho hội nghị tổng kết công tác năm {y}.",
    "Năm {y}, toàn ngành đã giải quyết {n}.{m} việc, đạt tỷ lệ {p}%.",
    "Soạn kế hoạch tập huấn chuyển đổi số cho {n} cán bộ trong quý {q}.",
    "Theo khoản {q} Điều {n} Nghị định 13/2023/NĐ-CP, hãy giải thích khái niệm dữ liệu cá nhân.",
    "Dịch sang tiếng Anh: Hội nghị bắt đầu lúc {q} giờ 30 phút tại phòng họp số {n}.",
    "Kinh phí dự kiến {n}.{m}.000 đồng, tăng {p}% so với năm {y}.",
]


@st.composite
def clean_prompts(draw: st.DrawFn, *, diacritics: bool | None = None) -> str:
    """Realistic prompts with harmless numbers (years, articles, amounts, percentages) and no
    personal data: check_prompt should allow them. For false-positive tests."""
    template = draw(st.sampled_from(_CLEAN))
    text = template.format(
        n=draw(st.integers(2, 999)),
        m=f"{draw(st.integers(0, 999)):03d}",
        y=draw(st.integers(2015, 2026)),
        p=draw(st.integers(1, 99)),
        q=draw(st.integers(1, 4)),
    )
    fold = (not diacritics) if diacritics is not None else draw(st.booleans())
    return _fold(text) if fold else text


_OCR_SWAPS = {"ư": "u", "ơ": "o", "đ": "d", "Đ": "D", "ố": "6", "ộ": "o", "ạ": "a", "ả": "a"}


def ocr_noise(text: str, *, seed: int = 0) -> str:
    """Damage like a scanner's: letters confused (ư→u, ơ→o, đ→d, ố→6), diacritics lost, a few
    stray spaces inside long words. Deterministic for a given ``seed``; digits are left alone
    so that an identifier in the text stays the same value."""
    out: list[str] = []
    state = seed * 7919 + 1
    for ch in text:
        state = (state * 1103515245 + 12345) % 2**31
        roll = state % 100
        if ch in _OCR_SWAPS and roll < 50:
            out.append(_OCR_SWAPS[ch])
        elif not ch.isascii() and ch.isalpha() and roll < 70:
            out.append(_fold(ch))
        else:
            out.append(ch)
        if ch.isalpha() and roll == 99 and len(out) > 3 and out[-2].isalpha():
            out.append(" ")  # "Quy ết": a space inside a word
    return "".join(out)


# -- disguises -----------------------------------------------------------------------------------
#
# Text as users send it: the same CCCD or stamp with a zero-width space inside, in full-width
# digits, letter-spaced, in a table cell, as TCVN3 mojibake. Each transformation is a plain
# function ``str -> str`` (keyword options, deterministic); :func:`disguise` names one with its
# options, and :func:`disguises` draws them for property tests.

#: invisible characters users' editors and copy-paste leave inside words
ZERO_WIDTH_CHARACTERS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
#: spaces that are not U+0020: no-break, thin, narrow no-break, figure, ideographic
ODD_SPACES = ("\u00a0", "\u2009", "\u202f", "\u2007", "\u3000")
#: the digits OCR reads as letters (and back): 0->O, 1->l, 5->S, 8->B
OCR_DIGIT_CONFUSIONS = {"0": "O", "1": "l", "5": "S", "8": "B"}


def _interleave(text: str, mark: str, every: int) -> str:
    if every < 1:
        raise ValueError("every must be at least 1")
    out: list[str] = []
    for i, ch in enumerate(text):
        if i and i % every == 0 and not ch.isspace() and not text[i - 1].isspace():
            out.append(mark)
        out.append(ch)
    return "".join(out)


def zero_width(text: str, *, char: str = "\u200b", every: int = 1) -> str:
    """``char`` (a zero-width space by default) between every ``every`` characters of each
    word: ``0\u200b0\u200b1...`` looks like ``001...`` on screen."""
    if char not in ZERO_WIDTH_CHARACTERS:
        raise ValueError(f"not a zero-width character: U+{ord(char):04X}")
    return _interleave(text, char, every)


def soft_hyphens(text: str, *, every: int = 1) -> str:
    """A soft hyphen (U+00AD, invisible unless a line breaks there) between every ``every``
    characters of each word, as word processors insert for hyphenation."""
    return _interleave(text, "\u00ad", every)


def odd_spaces(text: str, *, space: str = "\u00a0") -> str:
    """Every ordinary space replaced by ``space`` (no-break, thin, ideographic ...)."""
    if space not in ODD_SPACES:
        raise ValueError(f"not one of ODD_SPACES: U+{ord(space):04X}")
    return text.replace(" ", space)


def full_width(text: str) -> str:
    """ASCII letters and digits as their full-width forms (``０９１２``, ``ＭＳＴ``), as East
    Asian input methods type them; other characters unchanged."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def decomposed(text: str) -> str:
    """Diacritics as combining marks after their letter (Unicode NFD), as macOS file names and
    some PDF extractors give them: ``Mậ`` is ``M`` ``a`` U+0323 U+0302."""
    return unicodedata.normalize("NFD", text)


def without_diacritics(text: str) -> str:
    """Diacritics dropped (``đ`` -> ``d``), as typed on a phone: ``TỐI MẬT`` -> ``TOI MAT``."""
    return _fold(text)


def letter_spaced(text: str) -> str:
    """Each word's characters separated by a space and words by two (``M Ậ T``), as headings
    and stamps are set."""
    return re.sub(r"\S+", lambda m: " ".join(m.group()), text.replace(" ", "  "))


#: what a filter-dodger puts between a stamp's letters instead of spaces
LETTER_SEPARATORS = ("|", ".", " . ", "-", "/", "·")


def letter_separated(text: str, *, sep: str = "|") -> str:
    """Each word's letters parted by ``sep`` (one of :data:`LETTER_SEPARATORS`), words by a
    space, as a stamp is typed to slip past a filter that looks for its words: ``M|Ậ|T``,
    ``T . Ố . I  M . Ậ . T``."""
    return re.sub(r"\S+", lambda m: sep.join(m.group()), text)


#: how :func:`char_references` writes a reference: ``&#7852;``, ``&#x1EAC;``, or the HTML
#: name where one exists (``&agrave;``; the decimal form for a letter without one)
REFERENCE_STYLES = ("decimal", "hex", "named")


def char_references(
    text: str,
    *,
    style: str = "decimal",
    positions: Collection[int] | None = None,
    nested: int = 0,
) -> str:
    """Characters written as HTML character references, as a page exported to HTML, an XML
    export or a filter-dodger writes them: by default each letter outside ASCII in decimal
    (``MẬT`` -> ``M&#7852;T``); ``positions``, the indices of the characters to write so,
    whatever they are (``AIza&#83;yD9...``: a key's prefix cut); ``style``, one of
    :data:`REFERENCE_STYLES`; ``nested``, how many times more each reference's ``&`` is
    itself escaped (``1``: ``M&amp;#7852;T``, a template escaping an escaped export)."""
    if style not in REFERENCE_STYLES:
        raise ValueError(f"unknown reference style: {style!r}")
    if not 0 <= nested <= 8:
        raise ValueError(f"nested must be 0 to 8: {nested!r}")
    amp = "&" + "amp;" * nested
    chosen = set(positions) if positions is not None else None

    def written(i: int, c: str) -> str:
        if (ord(c) < 128) if chosen is None else (i not in chosen):
            return c
        if style == "hex":
            return f"{amp}#x{ord(c):X};"
        name = codepoint2name.get(ord(c)) if style == "named" else None
        return f"{amp}{name};" if name is not None else f"{amp}#{ord(c)};"

    return "".join(written(i, c) for i, c in enumerate(text))


#: the separators :func:`word_celled` parts a row's cells with
CELL_SEPARATORS = ("|", "\t", ",", ";")


def word_celled(text: str, *, sep: str = "|") -> str:
    """Each word in a cell of its own, as a filter-dodger or a careless export splits a
    stamp: ``TỐI MẬT`` -> ``| TỐI | MẬT |`` (bars, with the row's outer bars), ``TUYỆT⇥MẬT``,
    ``Độ,mật,Mật`` (tabs, commas, semicolons: one of :data:`CELL_SEPARATORS`)."""
    if sep not in CELL_SEPARATORS:
        raise ValueError(f"not one of CELL_SEPARATORS: {sep!r}")
    if sep == "|":
        return "| " + " | ".join(text.split()) + " |"
    return sep.join(text.split())


#: the breaks a copy puts inside a long token (:func:`hard_broken`): a blank line between two
#: pieces typed apart, Windows' line ends, and a quoted-printable mail's soft break ("=" ending
#: a line wrapped at 76 characters)
HARD_BREAKS = ("\n\n", "\r\n", "\r\n\r\n", "=\n", "=\r\n")


def hard_broken(text: str, *, at: int, brk: str = "\n\n") -> str:
    """``text`` with one of :data:`HARD_BREAKS` after its ``at``-th character, as a key reaches
    a prompt typed on two lines with a blank line between, pasted from Windows or cut by a
    quoted-printable mail's soft break (``sk-proj-4fQ9...=`` ⏎ ``xT2L...``)."""
    if brk not in HARD_BREAKS:
        raise ValueError(f"not one of HARD_BREAKS: {brk!r}")
    if not 0 < at < len(text):
        raise ValueError(f"at must fall inside the text: {at!r}")
    return text[:at] + brk + text[at:]


def line_wrapped(text: str, *, at: int = 8) -> str:
    """A line break where a chat window or a PDF export wraps the text: at the space nearest
    the ``at``-th character when the text has spaces (``Nguyễn Văn`` / ``An``), else inside a
    token long enough to overrun a narrow column (ten characters or more), four characters
    at least from either end (``sk-proj-4fQ9`` / ``xT2L...``, ``0010850`` / ``12345``). A
    shorter token is unchanged: nothing wraps inside ``MẬT``."""
    spaces = [i for i, c in enumerate(text) if c == " " and 0 < i < len(text) - 1]
    if spaces:
        i = min(spaces, key=lambda k: (abs(k - at), k))
        return text[:i] + "\n" + text[i + 1 :]
    if len(text) < _WRAPPED_TOKEN:
        return text
    at = min(max(at, _WRAP_MARGIN), len(text) - _WRAP_MARGIN)
    while at < len(text) - 1 and text[at] in ".-/,_":
        at += 1  # a line breaks after a dot or a hyphen, not before it
    return text[:at] + "\n" + text[at:]


#: the vendor prefixes of :func:`api_keys` as a user types them loosely: the separators
#: spaces, ``AIza`` broken in two
_LOOSE_PREFIXES = {
    "sk-ant-api03-": "sk ant api03 ",
    "sk-proj-": "sk proj ",
    "AIza": "AI za ",
    "gsk_": "gsk ",
    "hf_": "hf ",
    "xai-": "xai ",
}
_KEY_PREFIX = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:" + "|".join(map(re.escape, _LOOSE_PREFIXES)) + ")"
)
#: a whole key after one of those prefixes
_PREFIXED_KEY = re.compile(
    r"(?<![A-Za-z0-9_\-])(?P<prefix>"
    + "|".join(map(re.escape, _LOOSE_PREFIXES))
    + r")[A-Za-z0-9_\-]+"
)


def prefix_spaced(text: str) -> str:
    """A vendor key's prefix typed loosely, to slip past a filter that looks for it: its
    separators as spaces (``sk proj 4fQ9...``, ``gsk 4fQ9...``), ``AIza`` as ``AI za ...``;
    text without such a prefix is unchanged."""
    return _KEY_PREFIX.sub(lambda m: _LOOSE_PREFIXES[m.group()], text)


def footnote_mark(text: str, *, mark: str = "\u00b3") -> str:
    """A footnote mark glued after the value, as a report copied from Word or a PDF keeps it
    (``046058003981³``, ``Tôn Thất Nghị¹``): ``mark`` is one or two superscript digits."""
    return text + mark


def array_joined(text: str, *, every: int = 16) -> str:
    """Each vendor key cut into the string literals of an array that code joins again, so
    that no literal holds the whole key (``['gsk_7Hq2Lm9Xv4Rt8Wc1', 'Nb6Zp3Kd5Fy0...']
    .join('')``): pieces of ``every`` characters, the first keeping the vendor prefix whole;
    text without such a key is unchanged."""

    def cut(m: re.Match[str]) -> str:
        key = m.group()
        first = max(every, len(m.group("prefix")) + 4)
        cuts = [0, *range(first, len(key), every), len(key)]
        pieces = [key[a:b] for a, b in itertools.pairwise(cuts) if b > a]
        return "[" + ", ".join(f"'{p}'" for p in pieces) + "].join('')"

    return _PREFIXED_KEY.sub(cut, text)


#: how a prompt gives an identifier in pieces that complete each other (:func:`in_pieces`)
PieceMethod = Literal[
    "places", "places_en", "chat_lines", "concatenate", "ampersand", "plus", "sql_concat",
    "masked",
]  # fmt: skip
PIECE_METHODS: tuple[PieceMethod, ...] = get_args(PieceMethod)


def in_pieces(
    value: str, *, method: PieceMethod = "places", cuts: Sequence[int] = (4, 7)
) -> tuple[str, tuple[str, ...]]:
    """An identifier's digits given in pieces that complete each other, as a prompt asks a
    model to join them: the text and the pieces that rebuild the value (each as typed; for
    ``masked``, the masked value and what it hides). ``cuts`` are where the digits are cut
    (two cuts, three pieces; ``chat_lines`` and the code forms use the first only, and so
    does ``masked``, hiding the digits between the cuts).

    ``places``: ``đầu số là 0912, ba số giữa là 345, ba số cuối là 678``; ``places_en``: ``the
    first digits are ..., the middle ..., the last ...``; ``chat_lines``: ``[09:01] Lan: đầu là
    ...`` then ``[09:02] Hà: đuôi ...``; ``concatenate``: ``=CONCATENATE("0912","345678")``;
    ``ampersand``: ``="0912"&"345678"``; ``plus``: ``'0912' + '345678'``; ``sql_concat``:
    ``'0912' || '345678'``; ``masked``: ``0912***678 (ba số bị che là 345)``."""
    digits = re.sub(r"\D", "", value)
    a, b = sorted(cuts)[:2]
    if not 0 < a < b < len(digits):
        raise ValueError(f"cuts {cuts!r} do not fall inside {len(digits)} digits")
    head, middle, tail = digits[:a], digits[a:b], digits[b:]
    first, rest = digits[:a], digits[a:]
    if method == "places":
        return (
            f"đầu số là {head}, {len(middle)} số giữa là {middle}, {len(tail)} số cuối là {tail}",
            (head, middle, tail),
        )
    if method == "places_en":
        return (
            f"the first digits are {head}, the middle ones {middle}, the last ones {tail}",
            (head, middle, tail),
        )
    if method == "chat_lines":
        return f"đầu là {first}\n[09:02] Hà: đuôi {rest} nha", (first, rest)
    if method == "concatenate":
        return f'=CONCATENATE("{first}","{rest}")', (first, rest)
    if method == "ampersand":
        return f'="{first}"&"{rest}"', (first, rest)
    if method == "plus":
        return f"'{first}' + '{rest}'", (first, rest)
    if method == "sql_concat":
        return f"'{first}' || '{rest}'", (first, rest)
    if method == "masked":
        masked = head + "*" * len(middle) + tail
        return f"{masked} (các số bị che là {middle})", (masked, middle)
    raise ValueError(f"unknown method {method!r}; known: {', '.join(PIECE_METHODS)}")


@st.composite
def piece_prompts(draw: st.DrawFn, *, method: PieceMethod | None = None) -> LabelledPrompt:
    """A prompt that gives a mobile number or a CCCD in pieces (:func:`in_pieces`), each
    piece labelled with the value's type; ``shape`` is ``"<method>.<type>"``."""
    how = draw(st.sampled_from(PIECE_METHODS)) if method is None else method
    if draw(st.booleans()):
        entity, value = "PHONE", re.sub(r"\D", "", draw(phone_numbers(kind="mobile")))
        value = "0" + value[2:] if value.startswith("84") else value
        word = draw(st.sampled_from(["số điện thoại", "sđt", "số"]))
    else:
        entity, value = "CCCD", draw(cccd_numbers())
        word = draw(st.sampled_from(["CCCD", "số định danh", "số căn cước"]))
    a = draw(st.integers(3, 4))
    b = draw(st.integers(a + 3, len(value) - 3))
    given, pieces = in_pieces(value, method=how, cuts=(a, b))
    speaker = "[09:01] Lan: " if how == "chat_lines" else ""
    text = f"Ghép giúp em {word} của chị Hoa:\n{speaker}{given}\nrồi soạn tin nhắn mời họp."
    spans: list[tuple[int, int, str]] = []
    at = text.index(given)
    for piece in pieces:
        start = text.index(piece, at)
        spans.append((start, start + len(piece), entity))
        at = start + len(piece)
    return LabelledPrompt(text, tuple(spans), f"{how}.{entity.lower()}")


#: the shortest token a line wraps inside, and how near its ends the break may fall
_WRAPPED_TOKEN = 10
_WRAP_MARGIN = 4


def upper_case(text: str) -> str:
    """The text in capitals."""
    return text.upper()


def lower_case(text: str) -> str:
    """The text in lower case."""
    return text.lower()


def title_case(text: str) -> str:
    """Every word capitalised (``Tối Mật``), as header blocks are typed."""
    return re.sub(r"\S+", lambda m: m.group().capitalize(), text)


def _legacy_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D: a Western font shows them as Latin-1
        return chr(byte)


def mojibake(text: str, *, scheme: Literal["tcvn3", "vni", "windows-1258"] = "tcvn3") -> str:
    """The whole text written in a legacy Vietnamese encoding (TCVN3 ``.VnTime``, VNI or
    Windows-1258) and shown by a Western (Windows-1252) font, as a user pastes it from an old
    document: ``Céng hoµ`` / ``Coäng hoøa`` / ``Công hoÌa``. Characters the scheme cannot
    write are kept as they are."""
    from ai_guard.text.encodings import encode

    out: list[str] = []
    for ch in text:
        try:
            raw = encode(ch, scheme)
        except ValueError:
            out.append(ch)
            continue
        out.extend(_legacy_byte(b) for b in raw)
    return "".join(out)


_TONE_MARKS = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}
_TYPING_TONES = {"telex": "sfrxj", "vni": "12345", "viqr": "'`?~."}
#: VIQR's marks for a vowel's own mark (circumflex, breve, horn), typed before the tone
_VIQR_HATS = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}
_VIETNAMESE_WORD = re.compile(r"[^\W\d_]+")


def _viqr_word(word: str) -> str:
    """``word`` in VIQR: each vowel's mark right after it, then its tone (``Mật`` -> ``Ma^.t``),
    ``đ`` as ``dd``."""
    out: list[str] = []
    for ch in word:
        if ch in "đĐ":
            out.append("DD" if ch == "Đ" and word.isupper() else "Dd" if ch == "Đ" else "dd")
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        out.append(base)
        out.extend(_VIQR_HATS[m] for m in marks if m in _VIQR_HATS)
        out.extend(_TYPING_TONES["viqr"][_TONE_MARKS[m]] for m in marks if m in _TONE_MARKS)
    return "".join(out)


def _typed_word(word: str, method: str) -> str:
    if method == "viqr":
        return _viqr_word(word)
    upper = word.isupper() and len(word) > 1
    out: list[str] = []
    tone = ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TONE_MARKS:
            tone = _TYPING_TONES[method][_TONE_MARKS[ch]]
        elif ch == "\u0302":  # circumflex: telex doubles the vowel, VNI types 6
            out.append(out[-1] if method == "telex" else "6")
        elif ch in "\u0306\u031b":  # breve, horn: telex w, VNI 8 / 7
            w = "w" if method == "telex" else ("8" if ch == "\u0306" else "7")
            out.append(w.upper() if upper else w)
        elif ch in "đĐ":
            d = "D" if ch == "Đ" else "d"
            second = ("D" if upper else "d") if method == "telex" else "9"
            out.append(d + second)
        else:
            out.append(ch)
    if tone:
        out.append(tone.upper() if upper else tone)
    return "".join(out)


def typed(text: str, *, method: Literal["telex", "vni", "viqr"] = "telex") -> str:
    """Vietnamese typed with the input method switched off, every word of it: Telex
    (``Nguyễn`` -> ``Nguyeenx``, ``Độ mật`` -> ``Ddooj maatj``) or VNI (``Nguye6n4``,
    ``D9o65 ma65t``): each modifier typed after its vowel, the tone last; or VIQR, the ASCII
    convention of old mail and files (``Nguye^~n``, ``DDo^. ma^.t``): each vowel's marks right
    after it. Words without diacritics and digits are unchanged."""
    if method not in _TYPING_TONES:
        raise ValueError(f"unknown input method {method!r}")
    return _VIETNAMESE_WORD.sub(lambda m: _typed_word(m.group(), method), text)


def tones_lost(text: str) -> str:
    """The tone marks lost and the vowels' own marks kept (``Tối mật`` -> ``Tôi mât``, ``Số
    CCCD`` -> ``Sô CCCD``), as OCR of a small or faint print reads them."""
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


_DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def digits_in_words(text: str) -> str:
    """Every digit read out in Vietnamese words (``0912`` -> ``không chín một hai``), as a
    number is typed to dodge a filter or dictated to a speech-to-text tool: a number's groups
    (``0912.345.678``) become one run of words, as it is read out, ``+84`` as its ``0``."""
    national = re.sub(r"\(?\+84\)?[ .\-]?(?=\d)", "0", text)  # read out as "không ..."
    return re.sub(
        r"\d+(?:[ .\-]\d+)*",
        lambda m: " ".join(_DIGIT_WORDS[int(c)] for c in m.group() if c.isdigit()),
        national,
    )


_EN_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPELLING_ALPHABET = (
    "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November "
    "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu"
).split()


def spelled_english(text: str, *, keep_every: int = 0) -> str:
    """Each identifier (capitals and digits, six characters or more) spelled out as on an
    English telephone line: digits as words, letters in the spelling alphabet (``C7204158`` ->
    ``Charlie seven two zero four one five eight``); with ``keep_every`` n, every n-th digit
    left a digit (``Charlie seven two zero 4 one five eight``), as a transcript mixes them."""

    def spell(m: re.Match[str]) -> str:
        out: list[str] = []
        digits = 0
        for c in m.group():
            if c.isdigit():
                digits += 1
                keep = keep_every and digits % keep_every == 0
                out.append(c if keep else _EN_DIGIT_WORDS[int(c)])
            else:
                out.append(_SPELLING_ALPHABET[ord(c) - 65])
        return " ".join(out)

    return re.sub(r"(?<![\w.@-])[A-Z0-9]{6,}(?![\w.@-])", spell, text)


def dropped_zeros(text: str) -> str:
    """The leading zeros of each number dropped, as a spreadsheet keeps an identifier typed
    into a number cell (``001085012345`` -> ``1085012345``, ``0912345678`` -> ``912345678``)."""
    return re.sub(r"(?<![\w.,\-])(?<!\d )0+(?=\d)", "", text)  # a number's, not its groups


def scientific_notation(text: str, *, decimal: str = ",") -> str:
    """Each number of 13 to 19 digits (an account) as a spreadsheet shows a long number in a
    General cell: six significant digits and a power of ten, the decimal mark of the sheet's
    locale (``19035822807378`` -> ``1,90358E+13``; ``decimal="."``: ``1.90358E+13``)."""

    def shown(m: re.Match[str]) -> str:
        digits = m.group(0)
        head = round(int(digits) / 10 ** (len(digits) - 6))
        power = len(digits) - 1
        if head >= 10**6:  # rounded up to the next power: 9,99999... -> 1E+n+1
            head, power = head // 10, power + 1
        mantissa = str(head).rstrip("0") or "0"
        body = mantissa[0] + (decimal + mantissa[1:] if len(mantissa) > 1 else "")
        return f"{body}E+{power}"

    return re.sub(r"(?<![\w.,])\d{13,19}(?![\w]|[.,]\d)", shown, text)


#: how e-mails are written to dodge a filter: the "@" and the dots of the domain spelled out
EMAIL_DODGES = ("[at]", "(at)", " at ", " a còng ", "{at}", " @ ", "&#64;", "@,")
_DOTS = {"[at]": "[dot]", "(at)": "(dot)", " at ": " dot ", " a còng ": " chấm ", "{at}": "{dot}",
         " @ ": " . ", "&#64;": ".", "@,": ","}  # fmt: skip


def email_dodged(text: str, *, at: str = "[at]") -> str:
    """Each e-mail's ``@`` written ``at`` and the dots of its domain spelled to match
    (``an.nv[at]moh[dot]gov[dot]vn``, ``an.nv a còng gmail chấm com``), as people write an
    address to dodge a filter, or as a web page's source hides it (``an.nv&#64;moh.gov.vn``);
    a text without ``@`` is unchanged. ``at="@,"`` keeps the ``@`` and types every dot of
    the address as a comma (``an,nv@moh,gov,vn``), as a phone's keyboard or a hurried hand
    does."""
    if at not in EMAIL_DODGES:
        raise ValueError(f"not one of EMAIL_DODGES: {at!r}")

    def dodge(m: re.Match[str]) -> str:
        if at == "@,":
            return m.group(1).replace(".", ",") + "@" + m.group(2).replace(".", ",")
        return m.group(1) + at + m.group(2).replace(".", _DOTS[at])

    return re.sub(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)", dodge, text)


def ocr_digits(text: str, *, positions: Sequence[int] | None = None) -> str:
    """Digits read as letters by OCR (0->O, 1->l, 5->S, 8->B): the confusable digits at the
    given indices among the confusable ones (all of them by default). Put the value after its
    cue (``Số CCCD: OOl...``): without one, a run of letters is not a number."""
    out: list[str] = []
    k = 0
    for ch in text:
        if ch in OCR_DIGIT_CONFUSIONS:
            out.append(OCR_DIGIT_CONFUSIONS[ch] if positions is None or k in positions else ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


#: the letters a scanner reads as others in a stamp's capitals: every form of "I" (its marks
#: lost too: "BÌ" -> "Bl") and a plain "O"
_OCR_I_FORMS = frozenset("IÌÍỈĨỊiìíỉĩị")


def ocr_letters(text: str, *, i_as: Literal["l", "1", "|"] = "l", zero: bool = True) -> str:
    """Letters read as others by OCR, as a scanned stamp or envelope gives them: each ``I``
    (with or without its marks, in either case) as ``i_as``, and with ``zero`` each plain ``O``
    as ``0`` (``CHỈ NGƯỜI ... BÓC BÌ`` -> ``CHl NGƯỜl ... BÓC Bl``, ``TỐI MẬT`` -> ``TỐl MẬT``)."""
    out = [i_as if ch in _OCR_I_FORMS else ch for ch in text]
    return "".join("0" if zero and ch == "O" else ch for ch in out)


#: the encodings a model undoes at a word, which people use to slip a value past a filter
ENCODINGS = ("base64", "hex", "percent")


def encoded(text: str, *, scheme: Literal["base64", "hex", "percent"] = "base64") -> str:
    """The text's UTF-8 bytes in ``scheme`` (``ENCODINGS``): base64 (``MDAxMDg1MDEyMzQ1``),
    hexadecimal (``303031303835...``) or percent-encoding, a space as ``%20``
    (``Nguy%E1%BB%85n%20V%C4%83n%20An``), as someone asks a model to decode what a filter
    would have stopped."""
    import base64
    from urllib.parse import quote

    if scheme == "base64":
        return base64.b64encode(text.encode()).decode("ascii")
    if scheme == "hex":
        return text.encode().hex()
    if scheme == "percent":
        return quote(text, safe="")
    raise ValueError(f"not one of ENCODINGS: {scheme!r}")


_LEETSPEAK = str.maketrans("aeioAEIO", "43104310")


def leetspeak(text: str) -> str:
    """Vowels written as the digits that look like them (a->4, e->3, i->1, o->0, plain ASCII
    vowels only): ``Ng0 Th1 Hu3``, ``t0i m4t``, ``TỐ1 MẬT``, to dodge a filter."""
    return text.translate(_LEETSPEAK)


#: markup a number is cut by when it is pasted from a web page or a Markdown cell
MARKUP_CUTS = ("<br>", "<br/>", "<br />", "&nbsp;", "<b></b>", "<span>", "&#8203;")


def markup(text: str, *, cut: str = "<br>", every: int = 6) -> str:
    """``cut`` (a line-break tag, an inline tag, an HTML entity) inside each run of digits,
    after every ``every`` digits (``001085<br>012345``), as a number comes out of a web page or
    a Markdown cell; a text without two adjacent digits is unchanged."""
    if cut not in MARKUP_CUTS:
        raise ValueError(f"not one of MARKUP_CUTS: {cut!r}")
    if every < 1:
        raise ValueError("every must be at least 1")
    out: list[str] = []
    run = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            if run and run % every == 0 and text[i - 1].isdigit():
                out.append(cut)
            run += 1
        else:
            run = 0
        out.append(ch)
    return "".join(out)


_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def superscript(text: str, *, sub: bool = False) -> str:
    """Digits as superscript (``⁰⁰¹⁰⁸⁵``) or, with ``sub``, subscript digits, as a text
    copied from a formatted document or typed to dodge a filter gives them."""
    return text.translate(_SUBSCRIPTS if sub else _SUPERSCRIPTS)


def csv_rows(text: str) -> str:
    """A ``label: value`` line as a two-column CSV: a snake-case header naming the column
    after a name column, and one row (``ho_ten,so_cccd`` / ``Nguyễn Văn An,001085012345``)."""
    label, value = _field(text)
    key = "_".join(_fold(label).lower().split()) or "gia_tri"
    return f"ho_ten,{key}\nNguyễn Văn An,{value}"


def emphasis(text: str, *, marker: Literal["**", "*", "__", "_", "`"] = "**") -> str:
    """The text as markdown emphasis (``**001085012345**``) or inline code."""
    return f"{marker}{text}{marker}"


def _field(text: str) -> tuple[str, str]:
    label, sep, value = text.partition(": ")
    return (label, value) if sep else ("Giá trị", text)


def table_cell(text: str) -> str:
    """A ``label: value`` line as a markdown table row (``| Số CCCD | 001085012345 |``); a
    text without ``": "`` is the value, under the label ``Giá trị``."""
    label, value = _field(text)
    return f"| {label} | {value} |"


def json_field(text: str) -> str:
    """A ``label: value`` line as a JSON object (``{"Số CCCD": "001085012345"}``), the label
    kept as typed and non-ASCII letters unescaped, as people paste from their tools."""
    import json

    label, value = _field(text)
    return json.dumps({label: value}, ensure_ascii=False)


def json_escaped(text: str) -> str:
    """A ``label: value`` line as a JSON object with non-ASCII letters escaped, as
    ``json.dumps`` writes it by default (``{"S\\u1ed1 CCCD": "001085012345"}``)."""
    import json

    label, value = _field(text)
    return json.dumps({label: value})


def yaml_field(text: str) -> str:
    """A ``label: value`` line as a YAML field with a snake-case ASCII key and a quoted value
    (``so_cccd: "001085012345"``)."""
    label, value = _field(text)
    key = "_".join(_fold(label).lower().split()) or "gia_tri"
    return f'{key}: "{value}"'


Scope = Literal["value", "field", "prompt"]


@dataclass(frozen=True)
class Disguise:
    """A named transformation ``str -> str`` with its options, and what it applies to:

    - ``"value"``: the identifier or the stamp itself (zero-width, soft hyphens, full-width,
      letter spacing, OCR digits, markdown emphasis, markup inside digits, superscripts);
    - ``"field"``: a ``label: value`` line (table cell, two-column CSV, JSON plain or
      escaped, YAML);
    - ``"prompt"``: the whole prompt (case, NFD, diacritics, odd spaces, mojibake).

    Calling it applies it; its ``repr`` is the call that rebuilds it
    (``disguise('zero_width', char='\\u200b', every=2)``), so hypothesis' reports are
    readable and can be pasted into an ``@example``.
    """

    name: str
    scope: Scope
    options: tuple[tuple[str, object], ...] = ()

    def __call__(self, text: str) -> str:
        function, _ = _TRANSFORMATIONS[self.name]
        return function(text, **dict(self.options))

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.options)
        return f"disguise({self.name!r}{args})"


_Transformation = Callable[..., str]

_TRANSFORMATIONS: dict[str, tuple[_Transformation, Scope]] = {
    "zero_width": (zero_width, "value"),
    "soft_hyphens": (soft_hyphens, "value"),
    "full_width": (full_width, "value"),
    "letter_spaced": (letter_spaced, "value"),
    "letter_separated": (letter_separated, "value"),
    "char_references": (char_references, "value"),
    "line_wrapped": (line_wrapped, "value"),
    "prefix_spaced": (prefix_spaced, "value"),
    "array_joined": (array_joined, "value"),
    "footnote_mark": (footnote_mark, "value"),
    "ocr_digits": (ocr_digits, "value"),
    "ocr_letters": (ocr_letters, "value"),
    "emphasis": (emphasis, "value"),
    "markup": (markup, "value"),
    "superscript": (superscript, "value"),
    "digits_in_words": (digits_in_words, "value"),
    "spelled_english": (spelled_english, "value"),
    "dropped_zeros": (dropped_zeros, "value"),
    "scientific_notation": (scientific_notation, "value"),
    "email_dodged": (email_dodged, "value"),
    "encoded": (encoded, "value"),
    "leetspeak": (leetspeak, "value"),
    "table_cell": (table_cell, "field"),
    "csv_rows": (csv_rows, "field"),
    "json_field": (json_field, "field"),
    "json_escaped": (json_escaped, "field"),
    "yaml_field": (yaml_field, "field"),
    "odd_spaces": (odd_spaces, "prompt"),
    "decomposed": (decomposed, "prompt"),
    "without_diacritics": (without_diacritics, "prompt"),
    "upper_case": (upper_case, "prompt"),
    "lower_case": (lower_case, "prompt"),
    "title_case": (title_case, "prompt"),
    "mojibake": (mojibake, "prompt"),
    "typed": (typed, "prompt"),
    "tones_lost": (tones_lost, "prompt"),
}

#: the names :func:`disguise` and :func:`disguises` know, value disguises first
DISGUISE_NAMES: tuple[str, ...] = tuple(_TRANSFORMATIONS)


def disguise(name: str, **options: object) -> Disguise:
    """The transformation ``name`` (one of :data:`DISGUISE_NAMES`) with ``options``:
    ``disguise("zero_width", every=3)(cccd)``, ``disguise("mojibake", scheme="vni")(prompt)``."""
    if name not in _TRANSFORMATIONS:
        raise ValueError(f"unknown disguise {name!r}; known: {', '.join(DISGUISE_NAMES)}")
    return Disguise(name, _TRANSFORMATIONS[name][1], tuple(sorted(options.items())))


@st.composite
def _one_disguise(draw: st.DrawFn, name: str) -> Disguise:
    options: dict[str, object] = {}
    if name == "zero_width":
        options = {
            "char": draw(st.sampled_from(ZERO_WIDTH_CHARACTERS)),
            "every": draw(st.integers(1, 4)),
        }
    elif name == "letter_separated":
        options = {"sep": draw(st.sampled_from(LETTER_SEPARATORS))}
    elif name == "soft_hyphens":
        options = {"every": draw(st.integers(1, 4))}
    elif name == "odd_spaces":
        options = {"space": draw(st.sampled_from(ODD_SPACES))}
    elif name == "mojibake":
        options = {"scheme": draw(st.sampled_from(["tcvn3", "vni", "windows-1258"]))}
    elif name == "typed":
        options = {"method": draw(st.sampled_from(["telex", "vni", "viqr"]))}
    elif name == "encoded":
        options = {"scheme": draw(st.sampled_from(ENCODINGS))}
    elif name == "email_dodged":
        options = {"at": draw(st.sampled_from(EMAIL_DODGES))}
    elif name == "ocr_digits":
        # a few confusions in a run that stays mostly digits, as a scanner makes them
        picked = draw(st.lists(st.integers(0, 11), min_size=1, max_size=3, unique=True))
        options = {"positions": tuple(sorted(picked))}
    elif name == "ocr_letters":
        options = {
            "i_as": draw(st.sampled_from(["l", "1", "|"])),
            "zero": draw(st.booleans()),
        }
    elif name == "emphasis":
        options = {"marker": draw(st.sampled_from(["**", "*", "__", "_", "`"]))}
    elif name == "markup":
        options = {"cut": draw(st.sampled_from(MARKUP_CUTS)), "every": draw(st.integers(3, 8))}
    elif name == "superscript":
        options = {"sub": draw(st.booleans())}
    elif name == "line_wrapped":
        options = {"at": draw(st.integers(1, 40))}
    elif name == "array_joined":
        options = {"every": draw(st.integers(8, 24))}
    elif name == "spelled_english":
        options = {"keep_every": draw(st.sampled_from([0, 2, 3, 4]))}
    elif name == "footnote_mark":
        options = {"mark": draw(st.sampled_from(["\u00b9", "\u00b2", "\u00b3", "\u2074\u2075"]))}
    return disguise(name, **options)


def disguises(
    *, names: Sequence[str] | None = None, scope: Scope | None = None
) -> st.SearchStrategy[Disguise]:
    """One :class:`Disguise` with drawn options (which zero-width character and how often,
    which space, TCVN3 or VNI, which digits OCR confuses ...), among ``names`` (default: all
    of :data:`DISGUISE_NAMES`) or those of one ``scope``. Shrinks toward the first name and the
    simplest options. For several at once, draw a list and apply them in turn, value
    disguises first: ``st.lists(vst.disguises(scope="value"), max_size=2)``."""
    chosen = list(names) if names is not None else list(DISGUISE_NAMES)
    unknown = [n for n in chosen if n not in _TRANSFORMATIONS]
    if unknown:
        raise ValueError(f"unknown disguises {unknown}; known: {', '.join(DISGUISE_NAMES)}")
    if scope is not None:
        chosen = [n for n in chosen if _TRANSFORMATIONS[n][1] == scope]
    if not chosen:
        raise ValueError("no disguise left to draw")
    return st.sampled_from(chosen).flatmap(_one_disguise)
