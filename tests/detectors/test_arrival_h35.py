"""holdout35's misses as families (issue 14: text as it arrives, secrets never missed).

Each family is tested in its forms, with the ordinary text that must stay clean beside it:
a key's span stops at a line break; spans never start or end on an invisible character;
every Vietnamese spelling of '@'; a level's letters read by OCR as digits; birth dates beside
names in a class list; a name in an SQL row; a lesson's wrong tax code and an agency's own
office stay clean; marks a legacy encoding garbled inside a Unicode sentence block.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType
from ai_guard.text.chars import INVISIBLE


def _found(text: str, entity: EntityType) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# -- a key's span stops where the key does --

_KEY = "sk-YqBKO5Wvux8GYkWN5aR4c9qrQgi2Z0TaCWmrZ9OHiGplWmTH"


@pytest.mark.parametrize(
    "after",
    [
        "\n      - DATABASE_URL=postgres://db/x",  # the next item of a compose file's list
        "\n- item",
        "\n-- seed.sql",  # an SQL comment
        "\n---\n",  # a YAML document's end
        "\n  - name: web",
        "\n__END__",
        "\n-x",
        "\n-\n",
    ],
)
def test_a_key_stops_at_the_line_break_before_a_list_item(after: str) -> None:
    text = f"environment:\n  - OPENAI_API_KEY={_KEY}{after} ok"
    assert _found(text, EntityType.API_SECRET) == [_KEY]


def test_a_key_wrapped_at_its_hyphen_is_still_joined() -> None:
    key = "sk-proj-4fQ9xT2LmZ8vKd7RwPq3Nc5Hy6Ub1Ej0-Ga8Fs2Vt7Yx4Zm"
    head, tail = key[:30], key[30:]
    text = f"key của em:\n{head}\n{tail}\nlỗi 401"
    assert _found(text, EntityType.API_SECRET) == [f"{head}\n{tail}"]


# -- spans never start or end on an invisible character --

_VALUES = [
    ("mst", "0375{z}501{z}131", EntityType.TAX_CODE),
    ("sdt", "0912{z}345{z}678", EntityType.PHONE),
    ("số CCCD", "001{z}085{z}012{z}345", EntityType.CCCD),
    ("email", "an{z}.nguyen{z}@gmail.com", EntityType.EMAIL),
    ("key", "sk-proj-{z}Yq7BKO5Wvux8GYkWN5aR4c9qrQgi2Z0TaCWmrZ9OHiGplWmTH", EntityType.API_SECRET),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_VALUES),
    st.sampled_from(INVISIBLE),
    st.sampled_from(INVISIBLE),
    st.sampled_from(
        ["ông Nguyễn Văn An {cue} {v} nhé", "{cue}: {v}\n", "bà Lã Thị Cúc {cue} {v}."]
    ),
)
def test_no_span_starts_or_ends_on_an_invisible_character(
    value: tuple[str, str, EntityType], inside: str, edge: str, sentence: str
) -> None:
    cue, shape, entity = value
    written = edge + shape.format(z=inside) + edge
    text = sentence.format(cue=cue, v=written)
    result = check_prompt(text)
    spans = [text[f.start : f.end] for f in result.findings]
    assert spans, text
    for span in spans:
        assert span[0] not in INVISIBLE, (text, span)
        assert span[-1] not in INVISIBLE, (text, span)
    assert shape.format(z=inside) in [
        text[f.start : f.end] for f in result.findings if f.entity is entity
    ]


# -- every Vietnamese spelling of '@' and of the dot --

_ATS = [" a còng ", " a cong ", " A CÒNG ", " a móc ", " (a còng) ", " [a còng] ", " a còng  "]
_DOTS = [".", " chấm ", " cham ", "[.]", "(dot)", " dot "]


@pytest.mark.parametrize("at", _ATS)
@pytest.mark.parametrize("dot", _DOTS)
@pytest.mark.parametrize(
    ("domain", "entity"),
    [("caobang.gov.vn", EntityType.GOV_EMAIL), ("outlook.com", EntityType.EMAIL)],
)
def test_an_address_read_aloud_is_found_whole(
    at: str, dot: str, domain: str, entity: EntityType
) -> None:
    address = "bttam" + at + domain.replace(".", dot)
    for sentence in ("Email: {}\nĐT: 0912345678", "gui cho chi tam vao {} nhe"):
        text = sentence.format(address)
        assert _found(text, entity) == [address.strip()], text


@pytest.mark.parametrize(
    "text",
    [
        "look at example.com for the docs",
        "ký hiệu a còng trên bàn phím nằm ở đâu?",
        "gõ a còng bằng phím nào",
    ],
)
def test_prose_about_at_stays_clean(text: str) -> None:
    assert not _found(text, EntityType.EMAIL)
    assert not _found(text, EntityType.GOV_EMAIL)


def test_the_name_before_an_address_spoken_in_chat() -> None:
    text = "gui thu moi cho ba vi thi bich van vao bichvan.vi at outlook dot com nhe"
    assert _found(text, EntityType.PERSON) == ["vi thi bich van"]
    assert _found(text, EntityType.EMAIL) == ["bichvan.vi at outlook dot com"]


@pytest.mark.parametrize(
    "text",
    ["ba vi thi dep lam", "o ba vi thi mat me lam, di choi di", "o ba vi thi xuan mai gan hon"],
)
def test_ba_vi_the_place_stays_clean(text: str) -> None:
    assert not _found(text, EntityType.PERSON)


# -- a level's letters read by OCR as digits --


@pytest.mark.parametrize(
    "level",
    ["T6I MẬT", "T0I MẬT", "TỐ1 MẬT", "T6l MẬT", "7ỐI MẬT", "TỐI M4T", "TUY3T MẬT", "TUYỆ7 MẬT",
     "T6I MAT", "T6I M4T"],
)  # fmt: skip
def test_a_level_read_by_ocr_with_digits_is_the_mark_whole(level: str) -> None:
    text = f"Bản OCR hồ sơ cán bộ, sửa lỗi nhận dạng:\n{level}\nSƠ YẾU LÝ LỊCH\nHọ và tên: Lê Cử"
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert _found(text, EntityType.STATE_SECRET_MARK) == [level]


@pytest.mark.parametrize("text", ["hàng T6 IM MẬU ở kho 3", "phòng T61 mất điện từ sáng"])
def test_codes_with_digits_stay_clean(text: str) -> None:
    assert not _found(text, EntityType.STATE_SECRET_MARK)


# -- birth dates beside names in a class list --


@pytest.mark.parametrize(
    "text",
    [
        "Danh sách lớp 1A, tách thành bảng:\n1. Mạc Gia Hân - 14/02/2019 - PH: 0523.716.048\n"
        "2. Ông Bảo Khang - 30/9/2019 - PH: 0357.418.260",
        "ds lop 2b\n1. mac gia han - 14/02/2019\n2. ong bao khang - 30/9/2019",
        "Danh sách lớp 1A:\n1. Mạc Gia Hân\t14/02/2019\n2. Ông Bảo Khang\t30/9/2019",
        "Danh sách tổ:\n- Lê Văn An, 03.05.1988, thôn 2\n- Trần Thị Bích, 12-11-1990, thôn 3",
    ],
)
def test_dates_beside_names_in_a_roster_are_birth_dates(text: str) -> None:
    assert len(_found(text, EntityType.DATE_OF_BIRTH)) == 2, text


def test_recent_dates_beside_names_stay_dates() -> None:
    text = (
        "Danh sách nộp hồ sơ:\n1. Nguyễn Văn An - 14/02/2026 - đã nộp\n"
        "2. Trần Thị Bích - 03/03/2026 - chưa nộp"
    )
    assert not _found(text, EntityType.DATE_OF_BIRTH)


# -- a name in an SQL row --


def test_a_name_in_an_sql_insert() -> None:
    text = "INSERT INTO cong_dan VALUES ('Khưu Thị Diễm', '089175001937', '0889302147');"
    assert _found(text, EntityType.PERSON) == ["Khưu Thị Diễm"]


# -- a lesson's wrong tax code and an agency's own office stay clean --


def test_a_lessons_sample_tax_code_with_a_wrong_check_digit_is_allowed() -> None:
    text = (
        "Giải thích vì sao mã số thuế mẫu 0100233489 trong giáo trình bị sai chữ số kiểm tra, "
        "và dãy 003188012345 không thể là số CCCD."
    )
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    ["MST của tôi 0100233489 bị báo sai", "Trong giáo trình, MST của ông Lê Văn An là 0100233489"],
)
def test_a_persons_mistyped_tax_code_is_still_theirs(text: str) -> None:
    assert _found(text, EntityType.TAX_CODE) == ["0100233489"]


@pytest.mark.parametrize(
    "text",
    [
        "Trụ sở Sở Tư pháp đặt tại số 1 đường Trần Phú, phường Hải Châu, thành phố Đà Nẵng.",
        "trụ sở sở tư pháp đặt tại số 1 đường trần phú, phường hải châu, đà nẵng",
        "Trụ sở Bộ Tài chính ở số 28 Trần Hưng Đạo, phường Cửa Nam, Hà Nội",
        "Sở Y tế nằm tại số 24 Nguyễn Du, phường Hải Châu, thành phố Đà Nẵng.",
    ],
)
def test_a_departments_own_office_is_public(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW, text


@pytest.mark.parametrize(
    "text",
    [
        "Trụ sở Công ty TNHH An Phát đặt tại số 1 đường Trần Phú, phường Hải Châu, Đà Nẵng",
        "Phòng khám Đa khoa Minh An đặt tại số 5 Lê Lợi, phường Hải Châu, thành phố Đà Nẵng",
        "Trụ sở Văn phòng Luật sư Minh An đặt tại số 1 đường Trần Phú, phường Hải Châu, Đà Nẵng",
        "trụ sở số 5 đường trần phú, phường hải châu, đà nẵng",
        "Phòng Trọ Minh An nằm tại số 5 Lê Lợi, phường Hải Châu, thành phố Đà Nẵng",
        "Văn phòng Công ty An Phát đặt tại số 5 Lê Lợi, phường Hải Châu, thành phố Đà Nẵng",
    ],
)
def test_a_firms_office_stays_an_address(text: str) -> None:
    assert _found(text, EntityType.ADDRESS), text


# -- marks a legacy encoding garbled inside a Unicode sentence --

_HATS = "\u0302\u0306\u031b"  # circumflex, breve, horn: letters of their own in Windows-1258


def _cp1258(text: str) -> str:
    """``text`` written through Python's cp1258 codec (a letter with its hat composed, its
    tone a combining mark) and read back as Windows-1252, as a paste from such a file shows."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", parts[0] + "".join(c for c in parts[1:] if c in _HATS))
        out += base.encode("cp1258") + "".join(c for c in parts[1:] if c not in _HATS).encode(
            "cp1258"
        )
    return out.decode("cp1252")


def _vni(text: str) -> str:
    from ai_guard.text.encodings import encode

    return encode(text, "vni").decode("cp1252")


@pytest.mark.parametrize("garble", [_cp1258, _vni])
@pytest.mark.parametrize("mark", ["tối mật", "tuyệt mật", "Tối Mật", "lưu hành nội bộ"])
@pytest.mark.parametrize(
    "sentence",
    [
        'Tiêu đề trong file hiện ra "{}", em cần dịch phần thân văn bản.',
        "Văn bản có dòng {} ở đầu trang, viết lại giúp em.",
    ],
)
def test_a_garbled_mark_in_small_letters_inside_a_sentence_blocks(
    garble: object, mark: str, sentence: str
) -> None:
    assert callable(garble)
    written = garble(mark)
    assert written != mark
    text = sentence.format(written)
    assert check_prompt(sentence.format(mark)).decision is Decision.BLOCK
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK, text
    assert written in [text[f.start : f.end] for f in result.findings], text


def test_a_lone_garbled_level_blocks_where_the_unicode_one_does() -> None:
    sentence = "Văn bản có dòng {} ở đầu trang, viết lại giúp em."
    for garble in (_cp1258, _vni):
        assert check_prompt(sentence.format(garble("mật"))).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text", ["Phiền toái quá, mật ong này ngon", "I met him at the meeting", "toái maa"]
)
def test_words_that_look_garbled_stay_clean(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


def test_every_garbled_form_passes_the_literal_gates() -> None:
    """The gates are literals tested first; a mark added to the list must be gated too."""
    from ai_guard.text.document import fold
    from ai_guard.text.invisible import _LEGACY_GATES, _legacy_forms

    _, table = _legacy_forms()
    assert table
    for form in table:
        raw = fold(form).encode("latin-1", "replace")
        assert any(gate in raw for gate in _LEGACY_GATES), form


# -- the declassification stamp in small letters (h35-052 lower-cased / typed plain) --


@pytest.mark.parametrize(
    "text",
    [
        "trên bìa hồ sơ có đóng dấu:\ngiải mật\ntừ: 15/10/2026\nhồ sơ về đơn khiếu nại.",
        "tren bia ho so co dong dau:\ngiai mat\ntu: 15/10/2026\nho so ve don khieu nai.",
        "ho so cu\ngiai mat\ntu: 01/03/2025\nbao cao quy 3",
    ],
)
def test_a_declassification_stamp_in_small_letters_blocks(text: str) -> None:
    assert check_prompt(text).decision is Decision.BLOCK, text


@pytest.mark.parametrize(
    "text",
    [
        "tài liệu này đã được giải mật\ntừ năm 2020",
        "Hỏi:\ngiải mật là gì?",
        "quy trình gồm:\ngiải mật\nlưu trữ",
    ],
)
def test_declassification_said_in_small_letters_stays_clean(text: str) -> None:
    assert not _found(text, EntityType.INTERNAL_MARK), text
