"""Issue 14, identifiers and structure left by the twelfth session (i14-ids13): each first ran
on main (f636d71) and went out there. A number with a letter OCR or a slip left inside it under
its own cue; a plate whose province code OCR misread; numbers glued to their own cue word and to
the next word; a cell's digits wrapped onto the next row of a table; a 9-digit BHXH number whose
zero a spreadsheet dropped; an IPv4 address after an account cue (a host, never an account); an
agency's name holding "xã hội" read as a commune; an address run over a CSV comma; full names
typed one after another (a signature block's columns flattened) read as one name with the
second's given name left visible; a CCCD one digit short under its cue; a cue of several words
typed as one word ("hochieu"). The wider probe set (every identifier family, lower case,
OCR, spaced, words, dropped zeros, table cells, JSON/YAML, URLs) is in docs/benchmarks.md."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.text import Document
from ai_guard.text.numbers import number_tokens

E = EntityType
R = Decision.REDACT


def uncovered(text: str, value: str, weakest: Decision = R) -> str | None:
    """Why the probe goes out, or None when ``value`` is covered whole at ``weakest`` or more."""
    check = check_prompt(text)
    at = text.index(value)
    rank = {Decision.ALLOW: 0, Decision.REDACT: 1, Decision.BLOCK: 2}
    if rank[check.decision] < rank[weakest]:
        return f"decision {check.decision.value}"
    covered = {
        i
        for f in check.findings
        if f.action in (Decision.REDACT, Decision.BLOCK)
        for i in range(f.start, f.end)
    }
    left = [i for i in range(at, at + len(value)) if i not in covered and not text[i].isspace()]
    return f"{len(left)} characters visible" if left else None


def entities(text: str) -> list[tuple[EntityType, str]]:
    return [(f.entity, text[f.start : f.end]) for f in check_prompt(text).findings]


# (prompt, the value that must be covered whole, its family): every one went out on main
PROBES: list[tuple[str, str, EntityType]] = [
    # a letter no OCR confusion explains, inside the digits, under the family's own cue
    ("Số CCCD 0010850123a5", "0010850123a5", E.CCCD),
    ("Số CCCD 00108501a3a5", "00108501a3a5", E.CCCD),
    ("CCCD: 0O10850123a5", "0O10850123a5", E.CCCD),
    ("STK 00710001234x6 vcb", "00710001234x6", E.BANK_ACCOUNT),
    # OCR in a plate's province code, under a plate cue
    ("biển số 3lE-967.90", "3lE-967.90", E.LICENSE_PLATE),
    ("biển số 3OA-123.45", "3OA-123.45", E.LICENSE_PLATE),
    ("bien so xe 5lF-678.90", "5lF-678.90", E.LICENSE_PLATE),
    # glued to its own cue before and to a word after
    ("cccd001085012345cap ngay 12/3/2020", "001085012345", E.CCCD),
    ("sdt0912345678nhe", "0912345678", E.PHONE),
    ("stk0071000123456vcb", "0071000123456", E.BANK_ACCOUNT),
    ("cmnd012345678cap 2010", "012345678", E.CMND),
    ("bhxh0123456789het han", "0123456789", E.SOCIAL_INSURANCE),
    ("bks29b1-123.45", "29b1-123.45", E.LICENSE_PLATE),
    # a cell's digits wrapped onto the next row, under the column's header
    ("STT\tHọ tên\tSố CCCD\n1\tNguyễn Văn An\t0010850\n\t\t12345", "0010850\n\t\t12345", E.CCCD),
    ("| Họ tên | SĐT |\n| Nguyễn Văn An | 0912 |\n| | 345 678 |", "0912 |\n| | 345 678", E.PHONE),
    ("Họ tên\tSố tài khoản\nLê Thị Hoa\t0071000\n\t123456", "0071000\n\t123456", E.BANK_ACCOUNT),
    # a BHXH number whose leading zero a spreadsheet dropped
    ("Họ tên\tMã số BHXH\nLê Thị Hoa\t123456789", "123456789", E.SOCIAL_INSURANCE),
    # a CCCD one digit short that kept its leading zero, under its own cue
    ("Số CCCD: 00108501234", "00108501234", E.CCCD),
    ("CCCD: 001 085 01234", "001 085 01234", E.CCCD),
    # a cue of several words typed as one word
    ("hochieu:C0220752", "C0220752", E.PASSPORT),
    ("sotaikhoan: 0071000123456", "0071000123456", E.BANK_ACCOUNT),
    # the second probe set's leftovers: a passport's letter set apart by a hyphen, an e-mail
    # percent-encoded in a URL, a birth year OCR misread
    ("so ho chieu: c-0220752", "c-0220752", E.PASSPORT),
    ("https://x.vn/?email=an.nguyen%40gmail.com", "an.nguyen%40gmail.com", E.EMAIL),
    ("mailto:canbo%40moj.gov.vn", "canbo%40moj.gov.vn", E.GOV_EMAIL),
    ("sinh năm l985", "l985", E.DATE_OF_BIRTH),
    ("Mông Văn Tiến, sinh năm l995 tại Lạng Sơn", "l995", E.DATE_OF_BIRTH),
    # a private IPv4 after an account cue: the host, not an account
    ("Số tài khoản: 192.168.1.10", "192.168.1.10", E.INTERNAL_HOST),
    ("Số tài khoản 10.10.5.21", "10.10.5.21", E.INTERNAL_HOST),
]


@pytest.mark.parametrize(("text", "value", "entity"), PROBES)
def test_a_probe_is_covered_whole_as_its_family(text: str, value: str, entity: EntityType) -> None:
    assert uncovered(text, value) is None
    assert (entity, value) in entities(text)


@pytest.mark.parametrize(
    "text",
    [
        # a passport's shape with no cue; "%40" that is no '@'; a year cue before a word
        "mã hàng C-0220752",
        "giảm 50%40 sản phẩm",
        "https://x.vn/?q=ab%40cd",
        "sinh năm loại",
        # eleven digits with no CCCD cue; a glued cue inside a longer word
        "mã 00108501234",
        "xhochieu C0220752",
        # a damaged run under no cue of its family, or glued to more letters
        "mã sp 0010850123a5",
        "mã sản phẩm AB0010850123a5",
        "Số CCCD 0010850123a5b",
        "Số CCCD ABCDEFGHIJKL",
        # glued both sides to letters that are no cue: a product code
        "sp0912345678x",
        # an OCR'd plate with no cue; a plate code with no true digit
        "model 3lE-967.90",
        "biển số SO-123.45",
        "Model29B1-123.45",
        # a column of amounts one row each; a BHXH debt written as an amount
        "STT\tHọ tên\tSố tiền\n1\tAn\t1500000\n\t\t2300000",
        "dong BHXH 3 thang 245.600.000",
        "nợ BHXH 3 tháng 245.600.000 đồng",
        # a version number after "khoản" (a clause) stays clean; a public IP is no one's
        "phiên bản 10.10.5.21 của phần mềm",
        "khoản 10.10.5.21",
        "Số tài khoản: 8.8.8.8",
        # an agency's name holding "xã hội" is no commune
        "BẢO HIỂM XÃ HỘI TỈNH BẮC NINH thông báo lịch làm việc",
        "Giám đốc BẢO HIỂM XÃ HỘI TỈNH BẮC NINH ký quyết định",
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẮC NINH",
    ],
)
def test_a_negative_stays_clean(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW, entities(text)


def test_an_ip_after_an_account_cue_is_no_account() -> None:
    assert E.BANK_ACCOUNT not in {e for e, _ in entities("STK: 192.168.1.10, STK: 8.8.8.8")}
    # grouped in threes with leading zeros: an account, no address
    assert entities("STK: 0071.000.123.456") == [(E.BANK_ACCOUNT, "0071.000.123.456")]


def test_a_damaged_number_is_never_validated() -> None:
    (f,) = check_prompt("Số CCCD 0010850123a5").findings
    assert f.validated is False
    assert f.score <= 0.85


def test_a_commune_named_hoi_and_a_csv_address_stay_addresses() -> None:
    assert entities("Địa chỉ: xã Hội Hợp, huyện Vĩnh Tường") == [
        (E.ADDRESS, "xã Hội Hợp, huyện Vĩnh Tường")
    ]
    # a CSV row: the address ends at its cell's comma, not at the next cell's "HN"
    text = "STT,Họ tên,Địa chỉ (bản),Mã hộ\n1,Lò Văn Khoan,Bản Hùn,HN-0412"
    assert (E.ADDRESS, "Bản Hùn") in entities(text)
    # an address's own commas (a space after them) are no cells
    assert entities("Địa chỉ: Bản Hùn, xã Chiềng Sinh, Sơn La") == [
        (E.ADDRESS, "Bản Hùn, xã Chiềng Sinh, Sơn La")
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nguyễn Văn An Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("Nguyễn Văn An Lê Thị Hoa ký", ["Nguyễn Văn An", "Lê Thị Hoa"]),
        (
            "Người lập biểu Kế toán trưởng Thủ trưởng đơn vị\nNguyễn Văn An Trần Thị Bình",
            ["Nguyễn Văn An", "Trần Thị Bình"],
        ),
        # one name: a double surname, a royal line's, a surname closing a name
        ("Bà Nguyễn Đặng Thị Mai", ["Nguyễn Đặng Thị Mai"]),
        ("Bà Tôn Nữ Thị Ninh", ["Tôn Nữ Thị Ninh"]),
        ("Ông Nguyễn Văn An Trần vắng", ["Nguyễn Văn An Trần"]),
    ],
)
def test_full_names_typed_one_after_another_are_each_a_name(text: str, names: list[str]) -> None:
    assert [v for e, v in entities(text) if e is E.PERSON] == names


def test_a_wrapped_cell_is_read_only_under_its_cue() -> None:
    doc = Document("STT\tHọ tên\tSố tiền\n1\tAn\t1500000\n\t\t2300000")
    assert any(t.ocr and len(t.groups) == 2 for t in number_tokens(doc))
    assert check_prompt(doc.text).decision is Decision.ALLOW


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Số CCCD ", "CCCD: ", "số căn cước "]),
    st.text("0123456789", min_size=12, max_size=12),
    st.integers(min_value=1, max_value=10),
    st.sampled_from("acdefghjkmnpqrtuvwxyz"),
)
def test_a_letter_inside_a_cued_number_never_leaves_it_partly_visible(
    cue: str, digits: str, at: int, letter: str
) -> None:
    value = digits[:at] + letter + digits[at + 1 :]
    assert uncovered(cue + value, value) is None
