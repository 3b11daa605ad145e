"""Shapes a blind set written to break the guard (tests/corpus/holdout8.jsonl, 2026-12-03) let
through, each written here anew with what must stay clean beside it: a stamp read by OCR
inside a header line, a circulation mark named by the words on the page, a key cut into
string literals (each literal whole), a birth date under a JSON field's camel-case name, a
branch tax code with a spaced hyphen, a phone in words after "để lại số", a lower-case plate
with spaces; and the hard negatives it caught us on (a password read from the environment,
the English levels named in a rule)."""

from __future__ import annotations

import re

import pytest

from ai_guard import EntityType

E = EntityType

FOUND = [
    pytest.param("Đoạn OCR: ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN  TÓI MẬT  Số: 77/QĐ-UBND - sửa lỗi",
                 E.STATE_SECRET_MARK, "TÓI MẬT", id="ocr-toi-mat-in-a-header-line"),
    pytest.param("Văn bản TUYÊT MẬT cần tóm tắt gấp", E.STATE_SECRET_MARK, "TUYÊT MẬT",
                 id="ocr-tuyet-lost-its-dot"),
    pytest.param("dich sang tieng anh giup: tuyet mat - phuong an bao ve muc tieu",
                 E.STATE_SECRET_MARK, "tuyet mat", id="lower-case-level-before-a-dash"),
    pytest.param("dịch giúp: tối mật - phương án bảo vệ", E.STATE_SECRET_MARK, "tối mật",
                 id="lower-case-level-with-diacritics-before-a-dash"),
    pytest.param("ủy ban nhân dân tỉnh lạng sơn  tói mật  số: 77/qđ-ubnd - sửa lỗi",
                 E.STATE_SECRET_MARK, "tói mật", id="level-between-the-gaps-of-a-flat-header"),
    pytest.param("UY BAN NHAN DAN TINH LANG SON  TOI MAT  So: 77/QD-UBND - sua loi",
                 E.STATE_SECRET_MARK, "TOI MAT", id="capitals-between-the-gaps-no-diacritics"),
    pytest.param("uy ban nhan dan tinh lang son  toi mat  so: 77/qd-ubnd - sua loi",
                 E.STATE_SECRET_MARK, "toi mat", id="between-the-gaps-of-a-header-line-lower"),
    pytest.param("tài liệu này mật nhé, đừng gửi ai", E.STATE_SECRET_MARK, "mật",
                 id="this-document-secret-no-copula"),
    pytest.param("văn bản này thuộc diện tối mật", E.STATE_SECRET_MARK, "tối mật",
                 id="this-document-falls-under-a-level"),
    pytest.param("doc giup e file nay, cuoi trang co chu xem xong tra lai, noi dung la",
                 E.INTERNAL_MARK, "xem xong tra lai", id="circulation-mark-the-words-on-the-page"),
    pytest.param('{"hoTen": "Phan Thi Kieu Oanh", "ngaySinh": "1990-07-14"}', E.DATE_OF_BIRTH,
                 "1990-07-14", id="dob-under-a-camel-case-json-key"),
    pytest.param("ngay_sinh=14/07/1990", E.DATE_OF_BIRTH, "14/07/1990", id="dob-after-equals"),
    pytest.param("namSinh: 1990", E.DATE_OF_BIRTH, "1990", id="birth-year-camel-case"),
    pytest.param("Xuất hóa đơn cho chi nhánh, MST 0403187625 - 003, người nhận", E.TAX_CODE,
                 "0403187625 - 003", id="branch-tax-code-spaced-hyphen"),
    pytest.param("Anh Tịnh để lại số: không ba năm 9 tám hai 4 một 7 6, hẹn chiều mai",
                 E.PHONE, "không ba năm 9 tám hai 4 một 7 6", id="phone-in-words-after-de-lai-so"),
    pytest.param("o to 36a 578 21 do trai phep truoc cong", E.LICENSE_PLATE, "36a 578 21",
                 id="lower-case-plate-with-spaces-after-its-cue"),
]  # fmt: skip

CLEAN = [
    ("In settings.py we use DB_PASSWORD = os.getenv('DB_PASSWORD') and the host", E.API_SECRET),
    ("password = process.env.DB_PASS", E.API_SECRET),
    ('pwd = get_secret("db")', E.API_SECRET),
    (
        "Our guideline: never paste documents stamped TOP SECRET, SECRET or CONFIDENTIAL.",
        E.STATE_SECRET_MARK,
    ),
    ("hôm qua TÔI MẬT báo cho công an", E.STATE_SECRET_MARK),
    ("chu xem xong tra lai cho chau nhe", E.INTERNAL_MARK),
    ("tai lieu nay mat roi, lam lai giup", E.STATE_SECRET_MARK),
    ("toi mat - vi tien va giay to", E.STATE_SECRET_MARK),
    ("hôm qua tôi mất - ví tiền", E.STATE_SECRET_MARK),
    ("hom qua  toi mat  vi tien o cho", E.STATE_SECRET_MARK),
    ("ba mức: tuyệt mật - tối mật - mật", E.STATE_SECRET_MARK),
    ("tài liệu này mật khẩu là gì", E.STATE_SECRET_MARK),
    ('x = "sk-proj-" + "abc"', E.API_SECRET),
    ("phát sinh ngày 12/03/2024", E.DATE_OF_BIRTH),
    ("MST 0403187625 - 0031 là mã khác", E.TAX_CODE),
    ("xe máy 50 cc 123 45 km", E.LICENSE_PLATE),
    ("xin số hiệu văn bản 123456", E.PHONE),
]


@pytest.mark.parametrize(("text", "entity", "value"), FOUND)
def test_a_shape_that_broke_the_guard_is_found_whole(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.5)


@pytest.mark.parametrize(("text", "entity"), CLEAN)
def test_what_stands_beside_it_stays_clean(scan, text, entity) -> None:
    if entity is E.TAX_CODE:
        # the ten digits are a tax code; the four after the hyphen are no branch number
        assert [text[f.start : f.end] for f in scan(text).findings if f.entity is entity] == [
            "0403187625"
        ]
        return
    scan.expect_none(text, (entity,))


@pytest.mark.parametrize(
    "text",
    [
        'KEY = "sk-proj-xWYyiZhD6SSL" + "DXEtWLVrqfpbNuMqsi7CSEzmL8KlX5UVO8qc"',
        'KEY = ("sk-proj-xWYyiZhD6SSL"\n  "DXEtWLVrqfpbNuMqsi7CSEzmL8KlX5UVO8qc")',
        # the first literal is a whole key on its own already: the second still belongs to it
        'API_KEY = "sk-proj-4fQ9xZ2LmN8pQwe7" + "Hk3Wq9Zx2Lm5Np8RtYu1"',
        "k = ('sk-proj-4fQ9xZ2LmN8pQwe7'\n     'Hk3Wq9Zx2Lm5Np8RtYu1')",
    ],
    ids=[
        "key-cut-into-two-literals",
        "key-in-implicitly-joined-literals",
        "key-whole-in-its-first-literal-and-joined-on",
        "key-whole-in-its-first-literal-implicitly-joined",
    ],
)
def test_a_key_cut_into_literals_is_found_literal_by_literal(scan, text) -> None:
    # each literal whole, the code that joins them kept (as holdout8, 11 and 19 label it; the
    # span ran over the '" + "' until the eleventh session): no character of the key is left
    spans = [t for t, _ in scan.of_type(text, (E.API_SECRET,))]
    literals = [
        p for p in re.findall(r"[\"']([^\"']+)[\"']", text) if p.startswith(("sk", "Hk", "DX"))
    ]
    assert spans == literals
    assert len(spans) == 2


@pytest.mark.parametrize(
    "text",
    [
        'msg = "sk-proj-4fQ9xZ2LmN8pQwe7" + "hello world"',
        'print("sk-proj-4fQ9xZ2LmN8pQwe7", "Hk3Wq9Zx2Lm5Np8RtYu1")',
    ],
)
def test_a_literal_after_a_whole_key_joins_only_when_it_continues_it(scan, text) -> None:
    # a word joined after the key, or a second argument after a comma, is no part of it
    scan.expect(text, E.API_SECRET, "sk-proj-4fQ9xZ2LmN8pQwe7", 0.5)


def test_a_password_that_only_looks_like_a_call_is_still_a_password(scan) -> None:
    scan.expect("password=Hn(2024)x", E.API_SECRET, "Hn(2024)x", 0.5)
