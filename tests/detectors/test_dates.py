"""vn.date_of_birth: a date or year introduced by a birth cue; other dates are not personal."""

from __future__ import annotations

import datetime as dt

import pytest

from ai_guard import EntityType

DOB = EntityType.DATE_OF_BIRTH
FAMILY = (DOB,)

ROWS = [
    pytest.param("Sinh ngày 12/03/1985 tại Hà Nội", DOB, "12/03/1985", 0.9, id="sinh-ngay"),
    pytest.param("Ngày sinh: 12-3-1985", DOB, "12-3-1985", 0.9, id="ngay-sinh-hyphen"),
    pytest.param("Ngày, tháng, năm sinh: 01.02.1990", DOB, "01.02.1990", 0.9,
                 id="form-label-dots"),
    pytest.param("Sinh ngày 12 tháng 3 năm 1985", DOB, "12 tháng 3 năm 1985", 0.9,
                 id="words"),
    pytest.param("sinh năm 1985", DOB, "1985", 0.85, id="sinh-nam"),
    pytest.param("Năm sinh: 1972", DOB, "1972", 0.85, id="nam-sinh"),
    pytest.param("Ông B (SN 1990) trú tại", DOB, "1990", 0.85, id="sn"),
    pytest.param("Bà C (sinh 1985)", DOB, "1985", 0.85, id="paren-sinh"),
    pytest.param("DOB: 1985-03-12", DOB, "1985-03-12", 0.9, id="dob-iso"),
    pytest.param("Date of birth: 12 March 1985", DOB, "12 March 1985", 0.9, id="english"),
    pytest.param("born on March 12, 1985", DOB, "March 12, 1985", 0.9, id="english-us"),
    # a person's birthday with its year
    pytest.param("sinh nhat c la 09/11/1990, viet loi chuc", DOB, "09/11/1990", 0.9,
                 id="birthday-chat"),
    pytest.param("sinh nhật của anh vào ngày 12/03/1985 nhé", DOB, "12/03/1985", 0.9,
                 id="birthday-vao-ngay"),
    pytest.param("sinh nhật công ty là 15/08/2010", None, None, 0, id="company-birthday"),
    # the person named between the cue and the date
    pytest.param("ghi nham ngay sinh cua ong kieu van thuc, dung la 02/09/1958 chu ko phai",
                 DOB, "02/09/1958", 0.9, id="named-person-bridge"),
    # OCR / no diacritics
    pytest.param("Sinh ngay 12/03/1985", DOB, "12/03/1985", 0.9, id="ocr-sinh-ngay"),
    pytest.param("ngay sinh: 05/11/2001", DOB, "05/11/2001", 0.9, id="ocr-ngay-sinh"),
    pytest.param("nam sinh 1968", DOB, "1968", 0.85, id="ocr-nam-sinh"),
    # boundaries
    pytest.param("Sinh ngày:12/03/1985", DOB, "12/03/1985", 0.9, id="glued-colon"),
    pytest.param("Sinh ngày 12/03/19851", None, None, 0, id="five-digit-year"),
    # in words
    pytest.param("sinh ngày mười lăm tháng tám năm một chín tám lăm tại Huế", DOB,
                 "mười lăm tháng tám năm một chín tám lăm", 0.9, id="all-words"),
    pytest.param("Ngày sinh: ngày 5 tháng Tám năm 1990", DOB, "5 tháng Tám năm 1990", 0.9,
                 id="month-in-words"),
    pytest.param("sinh ngay hai muoi mot thang muoi hai nam 1979", DOB,
                 "hai muoi mot thang muoi hai nam 1979", 0.9, id="words-folded"),
    pytest.param("sinh ngày mùng hai tháng Giêng năm một chín tám không", DOB,
                 "hai tháng Giêng năm một chín tám không", 0.9, id="words-gieng"),
    pytest.param("sinh ngày hai mươi mốt tháng tư năm 2001", DOB,
                 "hai mươi mốt tháng tư năm 2001", 0.9, id="words-mot-tu"),
    pytest.param("Hội nghị ngày mười lăm tháng tám năm hai không hai lăm", None, None, 0,
                 id="words-not-birth"),
    pytest.param("Khoản nợ phát sinh ngày mười lăm tháng tám năm hai không hai tư", None,
                 None, 0, id="words-phat-sinh"),
    # dates that are not birth dates
    pytest.param("Hà Nội, ngày 31/3/2025", None, None, 0, id="document-date"),
    pytest.param("Hạn nộp ngày 15/04/2025", None, None, 0, id="deadline"),
    pytest.param("Khoản nợ phát sinh ngày 12/03/2024", None, None, 0, id="phat-sinh"),
    pytest.param("Em là học sinh năm 2010", None, None, 0, id="hoc-sinh"),
    pytest.param("Giấy khai sinh ngày 12/03/1985", None, None, 0, id="khai-sinh"),
    pytest.param("Giáng sinh ngày 24/12/2024", None, None, 0, id="giang-sinh"),
    pytest.param("Năm 1985 công ty được thành lập", None, None, 0, id="year-alone"),
    pytest.param("Sinh năm 1850", None, None, 0, id="implausible-year"),
    # "ns" (ngày sinh) in chat: before a whole date, or a colon; not before a year alone
    pytest.param("ho ten luu ngoc anh, ns 12/09/1996, cccd 046196003271", DOB, "12/09/1996",
                 0.9, id="ns-chat-date"),
    pytest.param("NS: 03.04.1971", DOB, "03.04.1971", 0.9, id="ns-colon"),
    pytest.param("do tre 12 ns, ns 1996 la nam sinh", None, None, 0, id="ns-year-alone"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_dates_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None:
        assert finding.validated is True
        assert finding.context  # the birth cue


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("sinh ngay 31/02/1985", "31/02/1985", id="no-such-day"),
        pytest.param("Sinh ngày 12/13/1985", "12/13/1985", id="month-13"),
        pytest.param(f"Ngày sinh: 01/01/{dt.date.today().year + 1}",
                     f"01/01/{dt.date.today().year + 1}", id="future"),
    ],
)  # fmt: skip
def test_impossible_birth_dates_are_weak(scan, text, value) -> None:
    scan.expect_invalid(text, DOB, value)


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)


def test_birth_dates_in_table_and_csv_columns() -> None:
    from ai_guard import check_prompt

    table = (
        "| STT | Họ tên | Ngày sinh | CCCD |\n|---|---|---|---|\n"
        "| 1 | Lò Văn Sướng | 12/03/1968 | 014068003915 |"
    )
    csv = "hoten;ngaysinh;cccd\nTang Van Loc;1988/11/30;036083017294"
    for text, value in ((table, "12/03/1968"), (csv, "1988/11/30")):
        found = [
            text[f.start : f.end]
            for f in check_prompt(text).findings
            if f.entity.value == "DATE_OF_BIRTH"
        ]
        assert found == [value]
    # a date column that is not about birth is not a birth date
    other = "| STT | Ngày nộp | Số hồ sơ |\n|---|---|---|\n| 1 | 12/03/2025 | 15 |"
    assert not [f for f in check_prompt(other).findings if f.entity.value == "DATE_OF_BIRTH"]


def test_csv_cells_with_quoted_commas_keep_their_columns() -> None:
    from ai_guard import check_prompt

    text = (
        "ho_ten,ngay_sinh,so_cccd,dia_chi\n"
        'Phạm Thị Mai,1996-04-23,048196203915,"thôn 4, xã Hòa Tiến, thành phố Đà Nẵng"\n'
        'Hồ Văn Sáu,1958-11-02,049058417306,"tổ 12, phường Hòa Khánh"\n'
    )
    found = [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity.value == "DATE_OF_BIRTH"
    ]
    assert found == ["1996-04-23", "1958-11-02"]
    # a date after a quoted cell is read in its own column (here: not a birth date)
    later = 'ten,dia_chi,ngay_nop\nAn,"số 3, ngõ 5",12/03/2025\n'
    assert not [f for f in check_prompt(later).findings if f.entity.value == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ngay sinh cua con toi la 03/11/2015, xin cap the bhyt", "03/11/2015"),
        ("Ngày sinh của bé là 12/05/2019.", "12/05/2019"),
        ("Date of birth of my son is 2019-05-12", "2019-05-12"),
    ],
)
def test_a_few_words_between_the_cue_and_the_date(text: str, value: str) -> None:
    from ai_guard import check_prompt

    found = [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity.value == "DATE_OF_BIRTH"
    ]
    assert found == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày sinh của tôi là một ngày đẹp, hẹn 03/11/2025 gặp",
        "ngày sinh con tôi là năm 2015 thì học lớp mấy",
        "Ngày sinh nhật cơ quan là 15/08/2020",
    ],
)
def test_no_birth_date_beyond_the_bridge_words(text: str) -> None:
    from ai_guard import check_prompt

    assert not [f for f in check_prompt(text).findings if f.entity.value == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Phiếu báo tử (OCR):\nSinh ngày: 1O/1O/1940\nNơi cư trú: xóm Mới", "1O/1O/1940"),
        ("Ngày sinh: l5/O6/1992  Họ tên: Bùi Thị Lan", "l5/O6/1992"),
        ("ngay sinh: 12/O3/1985", "12/O3/1985"),
        ("DOB: O3-1l-1975", "O3-1l-1975"),
    ],
)
def test_a_birth_date_read_by_ocr_is_found_whole(text: str, value: str) -> None:
    """A scanned form where OCR read some digits as the letters it confuses with them (blind
    holdout6): after a birth cue the date is read back and redacted whole."""
    from ai_guard import check_prompt

    result = check_prompt(text)
    found = [text[f.start : f.end] for f in result.findings if f.entity.value == "DATE_OF_BIRTH"]
    assert found == [value]
    assert value not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "Ngày sinh: ab/cd/efgh",  # letters only
        "sinh ngày ls/ol/isbo",  # a letter pattern that fits the shape
        "Ngày sinh: 31/O2/1990",  # no such day
        "Số hiệu lô: 1O/1O/1940",  # no birth cue
    ],
)
def test_no_ocr_birth_date_without_cue_digits_or_calendar(text: str) -> None:
    from ai_guard import check_prompt

    assert not [f for f in check_prompt(text).findings if f.entity.value == "DATE_OF_BIRTH"]


def _birth_years(text: str) -> list[str]:
    from ai_guard import check_prompt

    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity.value == "DATE_OF_BIRTH"
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a personnel record's family section (form 2C): each relative's bare year
        ("SƠ YẾU LÝ LỊCH\nQuan hệ gia đình:\n- Bố: Chế Văn Hiển, 1962, nghỉ hưu\n"
         "- Mẹ: Lê Thị Thu Sương, 1965, giáo viên", ["1962", "1965"]),
        ("quan he gia dinh\n+ Vo: Tran Thi Mai (1990)\n+ Con trai: Tran Minh Khoi, 2015",
         ["1990", "2015"]),
    ],
)  # fmt: skip
def test_relatives_birth_years_in_a_family_section(text: str, years: list[str]) -> None:
    assert _birth_years(text) == years


@pytest.mark.parametrize(
    "text",
    [
        # the same line with no family section heading: any year
        "Bố: Trần Văn Hai, 1962, nghỉ hưu",
        # the heading, then years that follow no relative's name
        "Quan hệ gia đình: tốt. Năm 2019, 2020: Hoàn thành xuất sắc nhiệm vụ",
        # an age, a year of joining, a year with a month
        "Quan hệ gia đình:\n- Bố: Chế Văn Hiển, 62 tuổi\n- Mẹ: Lê Thị Sương, 03/1965, giáo viên",
    ],
)
def test_no_family_birth_year_outside_a_relatives_line(text: str) -> None:
    assert _birth_years(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a person's bare birth year is DATE_OF_BIRTH wherever the text gives it as theirs
        # (PROMPTS.md, settled 2026-12-05): after a cue in prose, chat and English ...
        ("Người phải thi hành án: Vương Đình Khôi, sinh năm 1979, thường trú thôn Đông",
         ["1979"]),
        ("vợ e là trịnh thị hồng nhung sinh 1995, e là tôn thất bảo", ["1995"]),
        ("the judgment debtor Mr. Lieu Van Hau, born 1971, ID card", ["1971"]),
        ("giao con chung sinh năm 2019 cho chị Quỳnh nuôi", ["2019"]),
        # ... and in the birth-year column of a list of persons
        ("STT | HỌ VÀ TÊN | NĂM SINH | GHI CHÚ\n1 | ĐINH THỊ HOÀI THƯƠNG | 1979 | chuyển đến\n"
         "2 | TÔ VĂN KHIÊM | 1951 | chết", ["1979", "1951"]),
        # the year of another event beside it is not
        ("ông Phan Văn Chừng, sinh năm 1962, vào Đảng năm 1985", ["1962"]),
    ],
)  # fmt: skip
def test_a_persons_bare_birth_year(text: str, years: list[str]) -> None:
    assert _birth_years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a list of persons typed in chat, each full name followed by a bare year (then a
        # phone, a bracket, a chat word), in a text that speaks of birth years or age
        ("check ds nay:\n1 luong van tam 1972 0905 412 338\n2 ha thi nga 1988 ko co sdt\n"
         "3 to van hung 1965 (bo cua so 1)\nxep theo nam sinh giup e", ["1972", "1988", "1965"]),
        ("lọc giúp những ng dưới 40 tuổi: phạm văn đức 1990, lê thị mai 1985",
         ["1990", "1985"]),
        # "ns" (ngày sinh) before a bare year, right after a person's full name
        ("bn tran thi hoa ns 1961 nhap vien ngay 3/12", ["1961"]),
        # "ns" and a child's kin word before a whole date
        ("lam lai giay khai sinh cho con, ns chau 29/09/2020, me la", ["29/09/2020"]),
    ],
)  # fmt: skip
def test_a_listed_persons_bare_birth_year(text: str, years: list[str]) -> None:
    assert _birth_years(text) == years


@pytest.mark.parametrize(
    "text",
    [
        # the same list where nothing speaks of birth or age: a year after a name may be any
        "check ds nay:\n1 luong van tam 1972 0905 412 338\n2 ha thi nga 1988",
        # years after words that are no full name, in a text about age
        "nhung ng tren 60 tuoi: ke hoach 2025, quyet dinh 2019, thong bao so 2020",
        # two words are no full name ("du toan": a budget, though it reads as Dư Toàn)
        "ho so nam sinh: du toan 2025, vo hai 2024",
        # "ns 2025" after a budget's words is a budget (ngân sách), not a birth
        "du toan ns 2025 cua xa da duoc duyet",
        # "ns" and a kin word before an age, or a date with no year
        "ns chau 2 tuoi roi, hop ngay 12/09",
        # a year inside a date or a range is not a listed year
        "nam sinh cua: le van tam 1972-1975, ha thi nga 12/1988",
    ],
)  # fmt: skip
def test_no_listed_birth_year_without_a_full_name_and_a_birth_topic(text: str) -> None:
    assert _birth_years(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # rows of a list of people flattened to lines, the year set off by commas or dashes,
        # in a text that says nothing of birth (holdout18): two rows or more
        ("Sắp xếp lịch thăm bệnh nhân:\n- Kiều Văn Ngữ, 1962, 57 Tô Hiến Thành, phường Phước Hải\n"
         "- Phan Thị Bông, 1970, 214 Lê Hồng Phong\n- Văn Đức Lịch, 1984, 8 Hoàng Diệu",
         ["1962", "1970", "1984"]),
        ("Chuyển danh sách hỗ trợ lũ:\n1. Lò Văn Khiển - 1971 - bản Nà Pục - 5.000.000đ\n"
         "2. Lường Thị Ỏn – 1986 – bản Nà Pục - 3.000.000đ", ["1971", "1986"]),
        # an honorific before the name (the whole item is no name: "Cụ" is tried as a cue)
        ("- Cụ Bạch Thị Nhàn, 1936, Sn 12 ngõ 4\n- Bà Ninh Thị Gái, 1944, sống một mình",
         ["1936", "1944"]),
        # one row alone, after a patient's cue
        ("Bệnh nhân Mai Xuân Trọng, 1968, địa chỉ số 31 tổ 9", ["1968"]),
        # a surname that is also a cue word stays the surname ("Bế Văn Lâm")
        ("ds:\n- Bế Văn Lâm, 1990, thôn 3\n- Ma Văn Bảo, 1968, thôn 4", ["1990", "1968"]),
    ],
)  # fmt: skip
def test_a_bare_year_in_rows_of_people(text: str, years: list[str]) -> None:
    assert _birth_years(text) == years


@pytest.mark.parametrize(
    "text",
    [
        # one row with no cue: the year after a name may be any
        "Khen thưởng: Nguyễn Văn Hùng, 2023, hoàn thành xuất sắc nhiệm vụ",
        # rows whose items are no person's name
        "- Luật Đất đai, 2024, có hiệu lực\n- Nghị định số 102, 2024, hướng dẫn",
        # a year inside a date or a range after a name
        "- Kiều Văn Ngữ, 1962-1965, thôn 2\n- Phan Thị Bông, 12/1970, thôn 3",
    ],
)  # fmt: skip
def test_no_bare_year_in_rows_that_are_not_people(text: str) -> None:
    assert _birth_years(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a birth cue that says which people form a group, in a plan or a notice: no one's birth
        "1. Lớp 1: trẻ sinh năm 2020 cư trú trên địa bàn phường",
        "2. Lớp 6: học sinh đã hoàn thành chương trình tiểu học, sinh năm 2015 (vào học sớm)",
        "Đối tượng: các em sinh năm 2012 trên địa bàn xã",
        "thanh niên sinh năm 2008 đến khám sức khỏe nghĩa vụ quân sự tại trạm y tế",
    ],
)
def test_a_cohort_by_birth_year_is_no_date_of_birth(scan, text: str) -> None:
    assert not [f for f in scan(text).findings if f.entity is EntityType.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the same cue after one person named, or a person pointed at, is a birth
        ("trẻ Nguyễn Văn An sinh năm 2020", "2020"),
        ("Lớp 1: trẻ là con ông Bình, sinh năm 2020", "2020"),
        ("Người đề nghị: Lê Văn Bình, sinh năm 1980", "1980"),
        ("gọi nhập ngũ: công dân đặng văn ngự, sinh ngày 19/05/2007", "19/05/2007"),
    ],
)
def test_a_person_named_in_the_clause_keeps_the_birth_year(scan, text: str, year: str) -> None:
    found = [
        text[f.start : f.end] for f in scan(text).findings if f.entity is EntityType.DATE_OF_BIRTH
    ]
    assert found == [year]
