"""vn.internal_host: addresses of internal systems (guidance 557 P13), redacted by default."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt

HOST = EntityType.INTERNAL_HOST
FAMILY = (HOST,)

ROWS = [
    # private and loopback IPv4, with ports, prefixes and paths
    ("Kết nối máy chủ 10.10.5.21:5432 để lấy dữ liệu", "10.10.5.21:5432"),
    ("Server nội bộ 192.168.1.100.", "192.168.1.100"),
    ("truy cập http://172.16.0.5:8080/admin", "172.16.0.5:8080/admin"),
    ("máy in ở 172.31.255.254", "172.31.255.254"),
    ("curl http://127.0.0.1:8000/api?token=abc", "127.0.0.1:8000/api"),
    ("mạng phòng 192.168.10.0/24", "192.168.10.0/24"),
    ("IP: 10.0.0.1", "10.0.0.1"),
    # "server" ends in "ver" (a version's cue): the whole word is no such cue
    ("server 10.32.7.15:8443 cua phan mem mot cua bi treo", "10.32.7.15:8443"),
    ("webserver 10.1.1.2 không vào được", "10.1.1.2"),
    # internal names
    ("vào gitlab.sotp.local để xem", "gitlab.sotp.local"),
    ("dịch vụ api.qlcb.internal:8443/v1", "api.qlcb.internal:8443/v1"),
    ("NAS ở nas01.phongtp.lan", "nas01.phongtp.lan"),
    ("http://intranet.stp.hanoi/tailieu", "intranet.stp.hanoi/tailieu"),
    ("Cổng noibo.sotp.vn nhé", "noibo.sotp.vn"),
    # *.gov.vn internal systems
    ("https://qlvb.hanoi.gov.vn/admin/login", "qlvb.hanoi.gov.vn/admin/login"),
    ("đăng nhập vpdt.moj.gov.vn bằng tài khoản", "vpdt.moj.gov.vn"),
    ("trang quản trị sotp.hanoi.gov.vn/quantri", "sotp.hanoi.gov.vn/quantri"),
    ("trang https://hanoi.gov.vn:8443/portal", "hanoi.gov.vn:8443/portal"),
    # connection strings and host keys
    ("mongodb+srv://dbhs.sotp.local/mydb", "dbhs.sotp.local/mydb"),
    ("jdbc:mysql://dbqlvb:3306/hs", "dbqlvb:3306/hs"),
    ("DB_HOST=dbserver01", "dbserver01"),
    ("Server=SQLSRV01\\SQLEXPRESS,1433;Database=QLVB", "SQLSRV01\\SQLEXPRESS,1433"),
]
NOT_INTERNAL = [
    "Phiên bản 1.2.3.4 đã phát hành",
    "phiên bản 10.0.0.1 mới nhất",
    "ver 10.0.0.1 đã cũ",
    "Ngày 10.10.2024 họp",
    "Họp ngày 10.10.2024 lúc 10.30",
    "Mục 10.1.2.3 của tài liệu",
    "OID 1.3.6.1.4.1.311",
    "IP công cộng 8.8.8.8 của Google",
    "Số tiền 192.168.100.000 đồng",
    "Truy cập dichvucong.gov.vn để nộp hồ sơ",
    "Xem https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
    "Cổng https://chinhphu.vn và https://moj.gov.vn/Pages/home.aspx",
    "Xem chinhphu.vn",
    "file settings.local.json",
    "Các dải riêng 10.0.0.0/8, 172.16.0.0/12 và 192.168.0.0/16 không định tuyến ra Internet.",
    "hệ thống quản lý văn bản nội bộ của đơn vị",
    "ghost=1",
    "Liên hệ canbo@hanoi.gov.vn",
    "Điện thoại 0912.345.678",
    # a public cloud vendor's managed service: anyone on the Internet reaches it by that name
    "mongodb+srv://cluster0.abcd.mongodb.net/mydb",
    "DB_HOST=db1.c9x.ap-southeast-1.rds.amazonaws.com",
]


@pytest.mark.parametrize(("text", "value"), ROWS)
def test_internal_hosts_are_redacted_whole(scan, text: str, value: str) -> None:
    finding = scan.expect(text, HOST, value, 0.8)
    assert finding.action is Decision.REDACT
    assert value not in scan(text).redacted_text


@pytest.mark.parametrize("text", NOT_INTERNAL)
def test_public_sites_versions_and_dates_are_not_internal(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


def test_connection_string_password_and_host_are_both_hidden() -> None:
    text = "DATABASE_URL=postgres://qlvb:Hn@2024x@10.10.5.21:5432/qlvb"
    result = check_prompt(text)
    found = {f.entity: text[f.start : f.end] for f in result.findings}
    # the database's name after the host is the URL's path: part of the system's address
    assert found == {EntityType.API_SECRET: "Hn@2024x", HOST: "10.10.5.21:5432/qlvb"}
    assert result.decision is Decision.BLOCK


def test_the_reason_names_the_guidance() -> None:
    [f] = check_prompt("máy chủ 10.10.5.21").findings
    assert "557" in f.reason.vi
    assert "internal system" in f.reason.en


@pytest.mark.parametrize(
    "line",
    [
        "1" * 1_000_000,
        "10." * 300_000,
        "a." * 500_000 + "local",
        ".local" * 150_000,
        "://" * 300_000,
        "host=" * 200_000,
        ".gov.vn" * 140_000,
        "mysql://" * 125_000,
        "http://a.local/" + "b.local/" * 120_000,
        "10.0.0.1 " * 100_000,
    ],
    ids=[
        "digits",
        "dotted",
        "labels",
        "suffixes",
        "schemes",
        "host-keys",
        "gov",
        "db-schemes",
        "paths",
        "many-ips",
    ],
)
def test_a_megabyte_line_is_read_in_bounded_steps(line: str) -> None:
    from ai_guard.detectors.internal import InternalHostDetector
    from ai_guard.text import Document

    found = list(InternalHostDetector().detect(Document(line)))
    assert all(d.entity is HOST for d in found)


# -- issue 14: private IPv6, one-label hosts, shares -------------------------------------------
MORE_ROWS = [
    ("Kết nối [fd12:3456::1]:8443 nhé", "[fd12:3456::1]:8443"),
    ("máy chủ fe80::1ff:fe23:4567:890a%eth0 ở tầng 3", "fe80::1ff:fe23:4567:890a%eth0"),
    ("curl http://[::1]:8080/api", "[::1]:8080/api"),
    ("IPv6 fd00:abcd:1234::5", "fd00:abcd:1234::5"),
    ("địa chỉ ::1 cổng 5432", "::1"),
    ("mạng FD12:3456:789A::/48", "FD12:3456:789A::/48"),
    ("http://qlvb:8080/", "qlvb:8080"),
    ("https://intranet/tailieu", "intranet/tailieu"),
    ("file://fileserver/share/a.doc", "fileserver/share/a.doc"),
    ("mở //fileserver/share để lấy", "//fileserver/share"),
    # a share from its host to its end: the leading backslashes stay, as a scheme does
    ("thư mục \\\\SRV-HS01\\hoso\\2024", "SRV-HS01\\hoso\\2024"),
    ('{"path": "\\\\\\\\SRV-HS01\\\\hoso"}', "SRV-HS01\\\\hoso"),
    ("\\\\10.0.0.5\\share", "10.0.0.5\\share"),
    ("server ketoan.local", "ketoan.local"),
    ("host: db.corp:5432", "db.corp:5432"),
]
MORE_NOT_INTERNAL = [
    "python x[::1] đảo ngược chuỗi",
    "C++ std::vector và Ruby Foo::Bar",
    "fe80::/10 là dải link-local, fc00::/7 là dải unique local",
    "IPv6 công cộng 2001:4860:4860::8888",
    "coffee: cafe; fd: file descriptor",
    "Mở http://localhost:3000 để xem",
    "https://host:port/path",
    "Truy cập http://example/",
    "// comment here",
    "Xem //cdn.example.com/lib.js và https://www.google.com/search",
    "x = a // b",
    "đường dẫn C:\\Users\\an\\Documents",
    "chuỗi thoát \\\\n trong JSON",
]


@pytest.mark.parametrize(("text", "value"), MORE_ROWS)
def test_ipv6_one_label_hosts_and_shares_are_redacted_whole(scan, text: str, value: str) -> None:
    finding = scan.expect(text, HOST, value, 0.8)
    assert finding.action is Decision.REDACT


@pytest.mark.parametrize("text", MORE_NOT_INTERNAL)
def test_code_public_addresses_and_templates_are_not_internal(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


_IP_PIECES = st.sampled_from(
    ["10.", "127.", "172.", "192.168.", "169.254.", "1", "0", "5", ".", "a", " ", "-", "255"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_IP_PIECES, max_size=24).map("".join))
def test_private_address_anchors_miss_nothing_the_full_scan_reports(text: str) -> None:
    """The anchored scan yields every match of the full scan that can be reported (a private
    first octet, a free left edge), in order."""
    from ai_guard.detectors import internal

    full = [
        m.span()
        for m in internal._IPV4.finditer(text)
        if (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._-"))
        and internal.is_private_ipv4(m.group(0))
    ]
    anchored = [
        m.span()
        for m in internal.InternalHostDetector._ip_candidates(text)
        if internal.is_private_ipv4(m.group(0))
    ]
    assert anchored == full


@pytest.mark.parametrize(
    "line",
    ["\\" * 1_000_000, "/" * 1_000_000, ":" * 1_000_000, "fd12:" * 200_000, "\\\\a" * 300_000],
    ids=["backslashes", "slashes", "colons", "ipv6-groups", "shares"],
)
def test_a_megabyte_of_share_and_ipv6_characters_is_read_in_bounded_steps(line: str) -> None:
    from ai_guard.detectors.internal import InternalHostDetector
    from ai_guard.text import Document

    found = list(InternalHostDetector().detect(Document(line)))
    assert all(d.entity is HOST for d in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a private IP typed without its scheme, with a port and a path: a URL, host to path end
        ("trang 192.168.10.25:8080/motcua/tiepnhan sang nay ko vao dc",
         "192.168.10.25:8080/motcua/tiepnhan"),
        ("vao 10.0.5.12/quantri/login. roi bam", "10.0.5.12/quantri/login"),
    ],
)  # fmt: skip
def test_a_schemeless_private_url_keeps_its_path(scan, text: str, value: str) -> None:
    scan.expect(text, HOST, value, 0.8)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a prefix length is no path, and a second address after a slash is its own
        ("dai 192.168.1.0/24 cho phong ke toan", ["192.168.1.0/24"]),
        ("doi ip 10.0.0.5/10.0.0.6 nhe", ["10.0.0.5", "10.0.0.6"]),
    ],
)  # fmt: skip
def test_a_private_ip_without_a_path_stays_the_address(scan, text: str, values: list[str]) -> None:
    assert [span for span, _ in scan.of_type(text, (HOST,))] == values
