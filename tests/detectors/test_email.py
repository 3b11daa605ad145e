"""vn.email: e-mail addresses, official *.gov.vn ones reported as GOV_EMAIL (reference.md e.11)."""

from __future__ import annotations

import pytest

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
