"""vn.email: e-mail addresses, official *.gov.vn ones reported as GOV_EMAIL (reference.md e.11)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, Validation

EMAIL, GOV = EntityType.EMAIL, EntityType.GOV_EMAIL
FAMILY = (EMAIL, GOV)

ROWS = [
    pytest.param("Email: an.nguyen@gmail.com", EMAIL, "an.nguyen@gmail.com", 0.9, id="gmail"),
    pytest.param("Gửi <tran.thi.b@company.com.vn> nhé", EMAIL, "tran.thi.b@company.com.vn",
                 0.9, id="angle-brackets"),
    pytest.param("Thư gửi an@example.vn.", EMAIL, "an@example.vn", 0.9, id="trailing-dot"),
    pytest.param("Dia chi thu: nguyen_van.an+ai@yahoo.com.vn", EMAIL,
                 "nguyen_van.an+ai@yahoo.com.vn", 0.9, id="ocr-plus-tag"),
    pytest.param("Email:an@example.com", EMAIL, "an@example.com", 0.9, id="glued-colon"),
    # official addresses
    pytest.param("Liên hệ nguyenvana@moj.gov.vn", GOV, "nguyenvana@moj.gov.vn", 0.95,
                 id="gov-moj"),
    pytest.param("thads@hanoi.gov.vn", GOV, "thads@hanoi.gov.vn", 0.95, id="gov-province"),
    pytest.param("Hộp thư: vanthu@thads.moj.gov.vn;", GOV, "vanthu@thads.moj.gov.vn", 0.95,
                 id="gov-subdomain"),
    pytest.param("GỬI AN@MOJ.GOV.VN NGAY", GOV, "AN@MOJ.GOV.VN", 0.95, id="gov-capitals"),
    pytest.param("user=an@moj.gov.vn", GOV, "an@moj.gov.vn", 0.95, id="gov-after-equals"),
    pytest.param("Cổng thông tin: lienhe@chinhphu.vn", GOV, "lienhe@chinhphu.vn", 0.95,
                 id="gov-chinhphu"),
    # look-alikes of official domains are ordinary addresses
    pytest.param("an@moj.gov.vn.example.com", EMAIL, "an@moj.gov.vn.example.com", 0.9,
                 id="gov-spoof-suffix"),
    pytest.param("an@notgov.vn", EMAIL, "an@notgov.vn", 0.9, id="gov-spoof-prefix"),
    # not addresses
    pytest.param("không phải email: a@b", None, None, 0, id="no-dot-domain"),
    pytest.param("foo@@bar.com", None, None, 0, id="double-at"),
    pytest.param("Theo dõi @username trên mạng", None, None, 0, id="handle"),
    pytest.param("an@localhost", None, None, 0, id="localhost"),
    pytest.param("Giá 5 cái @ 20.000 đồng", None, None, 0, id="at-as-price"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_email_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None:
        assert finding.validation is Validation.PASSED
        # an official address is never also reported as a plain one
        assert [f.entity for f in scan(text).findings] == [entity]


def test_gov_email_outranks_plain(scan) -> None:
    f = scan.expect("nguyenvana@moj.gov.vn", GOV, "nguyenvana@moj.gov.vn", 0.95)
    g = scan.expect("nguyenvana@moj.example.vn", EMAIL, "nguyenvana@moj.example.vn", 0.9)
    assert f.score > g.score
    assert f.pattern == "email.gov"
    assert g.pattern == "email.address"


# -- issue 14: addresses written to dodge filters -----------------------------------------------
ZW = "\u200b"
DISGUISED = [
    ("Email: nguyenvana[at]gmail[dot]com", EMAIL, "nguyenvana[at]gmail[dot]com"),
    ("mail em: nguyenvana at gmail dot com nhé", EMAIL, "nguyenvana at gmail dot com"),
    ("Liên hệ nguyenvana(a)gmail.com", EMAIL, "nguyenvana(a)gmail.com"),
    ("Liên hệ nguyenvana(at)gmail.com", EMAIL, "nguyenvana(at)gmail.com"),
    ("gửi về tran.b [at] yahoo [dot] com [dot] vn", EMAIL, "tran.b [at] yahoo [dot] com [dot] vn"),
    ("thư: le_c{at}outlook.com", EMAIL, "le_c{at}outlook.com"),
    ("an.nguyen AT gmail DOT com", EMAIL, "an.nguyen AT gmail DOT com"),
    ("email hoang.d a còng gmail chấm com", EMAIL, "hoang.d a còng gmail chấm com"),
    ("email hoang.d a cong gmail cham com", EMAIL, "hoang.d a cong gmail cham com"),
    # '@' and '.' read aloud in brackets
    (
        "mail chi ay: thuydung.lk (a cong) yahoo (cham) com, gui",
        EMAIL,
        "thuydung.lk (a cong) yahoo (cham) com",
    ),
    ("thư: thuydung.lk (a còng) yahoo (chấm) com", EMAIL, "thuydung.lk (a còng) yahoo (chấm) com"),
    ("nguyenvana at gmail.com", EMAIL, "nguyenvana at gmail.com"),
    ("địa chỉ nguyenvana＠gmail.com", EMAIL, "nguyenvana＠gmail.com"),
    ("địa chỉ nguyenvana﹫gmail.com", EMAIL, "nguyenvana﹫gmail.com"),
    (f"mail: nguyen{ZW}vana@gmail.com", EMAIL, f"nguyen{ZW}vana@gmail.com"),
    (f"mail: nguyenvana@gm{ZW}ail.com", EMAIL, f"nguyenvana@gm{ZW}ail.com"),
    ("mail: nguyen\u00advana@gmail.com", EMAIL, "nguyen\u00advana@gmail.com"),
    ("canbo[at]hanoi[dot]gov[dot]vn", GOV, "canbo[at]hanoi[dot]gov[dot]vn"),
    ("vanthu at moj dot gov dot vn", GOV, "vanthu at moj dot gov dot vn"),
    ("vanthu＠moj.gov.vn", GOV, "vanthu＠moj.gov.vn"),
    (f"van{ZW}thu@moj.gov.vn", GOV, f"van{ZW}thu@moj.gov.vn"),
]
NOT_ADDRESSES = [
    "Look at example.com for the details",
    "Họp lúc 9h at the office dot",
    "Chọn phương án (a) hoặc (b).",
    "tại điểm (a) khoản 1 Điều 5",
    "Giá 5 cái @ 20.000 đồng",
    "nhìn at home dot nothing",
    "Trang web: www.gmail.com",
    "Tôi làm at FPT dot",
    "Theo dõi @username trên mạng",
    "a còng là tên gọi của ký hiệu @",
]


@pytest.mark.parametrize(("text", "entity", "value"), DISGUISED)
def test_disguised_addresses_are_found_whole(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.9)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_prose_with_at_is_not_an_address(scan, text) -> None:
    scan.expect_none(text, FAMILY)


def test_url_password_is_not_an_address(scan) -> None:
    """In ``scheme://user:password@host`` the "address" password@host is a password and a
    host (vn.api_secret reports the password)."""
    scan.expect_none("amqp://guest:changeme@mq.example.com:5672", FAMILY)


def test_a_megabyte_of_at_signs_and_words(scan) -> None:
    from ai_guard.detectors.email import EmailDetector
    from ai_guard.text import Document

    for line in ("a" * 500_000 + "@" + "b." * 250_000, " at " * 250_000, "(a)" * 300_000):
        assert len(list(EmailDetector().detect(Document(line)))) <= 1


# -- issue 14: full-width forms and spelled-out Vietnamese -------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("địa chỉ nguyenvana＠gmail．com nhé", "nguyenvana＠gmail．com"),
        ("nguyenvana@ｇｍａｉｌ.com", "nguyenvana@ｇｍａｉｌ.com"),
        ("ｎｇｕｙｅｎｖａｎａ@gmail.com", "ｎｇｕｙｅｎｖａｎａ@gmail.com"),
        ("nguyenvana (at) gmail [dot] com", "nguyenvana (at) gmail [dot] com"),
        ("nguyenvana a còng gmail chấm com", "nguyenvana a còng gmail chấm com"),
    ],
)
def test_full_width_and_spelled_out_addresses_are_found_whole(scan, text: str, value: str) -> None:
    scan.expect(text, EMAIL, value, 0.9)


def test_a_full_stop_after_an_address_is_not_part_of_it(scan) -> None:
    scan.expect("Gửi an@gmail.com．", EMAIL, "an@gmail.com", 0.9)


_BRACKET_PIECES = st.sampled_from(
    ["[", "(", "{", "<", "]", ")", "}", ">", "a", "at", "AT", "@", " ", "\t", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_BRACKET_PIECES, max_size=20).map("".join))
def test_bracketed_at_signs_are_those_of_one_scan(text: str) -> None:
    """One literal-led pattern per bracket finds what one pattern led by a class of brackets
    finds, in the same order."""
    import re

    from ai_guard.detectors import email

    one = re.compile(r"[\[({<][ \t]?(?:at|a|@)[ \t]?[\])}>]", re.IGNORECASE)
    per_bracket = sorted(
        (m.span() for c, p in email._AT_BRACKETED if c in text for m in p.finditer(text))
    )
    assert per_bracket == [m.span() for m in one.finditer(text)]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("liên hệ anh An qua n.v.an @ mof.gov.vn", "n.v.an @ mof.gov.vn", EntityType.GOV_EMAIL),
        ("gửi an@ gmail.com nhé", "an@ gmail.com", EntityType.EMAIL),
        ("mail của em: hoa.nt  @  yahoo.com", "hoa.nt  @  yahoo.com", EntityType.EMAIL),
        ("nguyenvanan@gmail,com", "nguyenvanan@gmail,com", EntityType.EMAIL),
        ("x@yahoo,com.vn nhé", "x@yahoo,com.vn", EntityType.EMAIL),
    ],
)
def test_spaces_around_the_at_and_a_comma_for_a_dot_hide_no_address(
    scan, text: str, value: str, entity: EntityType
) -> None:
    scan.expect(text, entity, value, 0.8)


@pytest.mark.parametrize(
    "text",
    [
        "hỏi @ Lan về việc này",
        "giá 5 @ 10.000đ",
        "tag @ team.lead nhé",
        "cc: an@vp, hoa@vp",
        "abc@def,ghi",
        "lúc 10 @ phòng họp.vn",
    ],
)
def test_at_signs_with_spaces_in_prose_are_not_addresses(scan, text: str) -> None:
    scan.expect_none(text, (EntityType.EMAIL, EntityType.GOV_EMAIL))


@pytest.mark.parametrize(
    "text",
    [
        "conftest.py chứa\npython\n@pytest.fixture\ndef client(): ...",
        '```python\n@app.route("/")\ndef index(): ...\n```',
        "class A:\n    x = 1\n@property.setter\n",
    ],
)
def test_a_decorator_after_a_line_of_code_is_not_an_address(scan, text: str) -> None:
    """An '@' that opens a line after a word is a line-wrapped address only when what follows
    reads as its domain: a decorator closes its line or opens a call and ends in no top-level
    domain."""
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("liên hệ nguyen.an\n@gmail.com nhé", "nguyen.an\n@gmail.com"),
        ("liên hệ tran.binh\n@congty.tech nhé", "tran.binh\n@congty.tech"),
        ("gửi le.hoa\n@mof.gov.vn\n", "le.hoa\n@mof.gov.vn"),
    ],
)
def test_an_address_cut_before_its_at_is_still_found(scan, text: str, value: str) -> None:
    found = [f for f in scan(text).findings if f.entity in FAMILY]
    assert [text[f.start : f.end] for f in found] == [value]
