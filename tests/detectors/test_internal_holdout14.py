"""Internal hosts and the passwords beside them in the shapes holdout14's writer used: a login
URL's host with its port and path (the database or page after it is part of what names the
system; PROMPTS.md, settled 2026-12-05), a JDBC property list, an inner ``noibo`` label, and the
loopback address a tutorial names; with what stays as it was."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType, check_prompt

HOST = EntityType.INTERNAL_HOST
KEY = EntityType.API_SECRET


def _spans(text: str) -> list[tuple[str, str]]:
    return [
        (f.entity.value, text[f.start : f.end])
        for f in check_prompt(text).findings
        if f.entity in (HOST, KEY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # credentials in the URL: the password is the secret, the host runs to the path's end
        ("mở http://ketoan:Kt!2025x@10.20.1.7:8069/web/login bị lỗi",
         [("API_SECRET", "Kt!2025x"), ("INTERNAL_HOST", "10.20.1.7:8069/web/login")]),
        ("https://admin:Pw%402025@portal.sotc.local/admin khong vao duoc",
         [("API_SECRET", "Pw%402025"), ("INTERNAL_HOST", "portal.sotc.local/admin")]),
        # a connection string's named host with its database (the path), not the scheme
        ("DB=postgresql://app:Qx7!pw25@db-hs.stc.internal:5432/hoso",
         [("API_SECRET", "Qx7!pw25"), ("INTERNAL_HOST", "db-hs.stc.internal:5432/hoso")]),
        # ... the path ends before a sentence's comma and before the query
        ("mysql://root:Rt#88qa@db-kt.internal:3306/ketoan, sửa giúp",
         [("API_SECRET", "Rt#88qa"), ("INTERNAL_HOST", "db-kt.internal:3306/ketoan")]),
        # JDBC SQL Server: the host, then ";" properties; the password whole, "@" inside
        ("url=jdbc:sqlserver://10.3.2.8:1433;databaseName=HS;user=sa;password=Hs@2025db",
         [("INTERNAL_HOST", "10.3.2.8:1433"), ("API_SECRET", "Hs@2025db")]),
        # a password holding ";" in an ordinary URL stays the URL's
        ("postgresql://u:pa;ss99@10.0.0.2:5432/db",
         [("API_SECRET", "pa;ss99"), ("INTERNAL_HOST", "10.0.0.2:5432/db")]),
        # an inner "noibo" label names an internal gateway
        ("goi https://api.noibo.danang.gov.vn/v2/hoso loi 500",
         [("INTERNAL_HOST", "api.noibo.danang.gov.vn/v2/hoso")]),
        # a password holding a label's letters is the part between ':' and '@'
        ("postgresql://app:Qx7!pass@10.2.3.4:5432/db",
         [("API_SECRET", "Qx7!pass"), ("INTERNAL_HOST", "10.2.3.4:5432/db")]),
        # no user, a '#' in the password: the password whole, the host after its '@'
        ("redis://:Rk9#x1@10.0.0.9:6379",
         [("API_SECRET", "Rk9#x1"), ("INTERNAL_HOST", "10.0.0.9:6379")]),
        # a public cloud vendor's host is not internal; its password is a secret all the same
        ("mongodb+srv://app:S3cr3tPw@cluster0.ab12c.mongodb.net/db", [("API_SECRET", "S3cr3tPw")]),
        ("postgres://u:Pg#2025xy@db1.c9x.ap-southeast-1.rds.amazonaws.com:5432/hs",
         [("API_SECRET", "Pg#2025xy")]),
        # ... while a private address or an intranet name in the same place is
        ("mongodb://u:Pw9x!q@db-hs.sotp.local:27017/db",
         [("API_SECRET", "Pw9x!q"), ("INTERNAL_HOST", "db-hs.sotp.local:27017/db")]),
        # a token in the query is the secret; the host and its path are the system, as in any URL
        ("https://gw.noibo.tphcm.gov.vn/api/v1/hoso/export?access_token=bf2b03810b9b9f0f64c6 401",
         [("INTERNAL_HOST", "gw.noibo.tphcm.gov.vn/api/v1/hoso/export"),
          ("API_SECRET", "bf2b03810b9b9f0f64c6")]),
        ("http://10.0.0.5:8080/api?api_key=Zx81Kq02Lm&foo=bar",
         [("INTERNAL_HOST", "10.0.0.5:8080/api"), ("API_SECRET", "Zx81Kq02Lm")]),
        # ... a query with no credential: the path in the span, the query out
        ("http://10.0.0.5:8080/api/hoso?page=2", [("INTERNAL_HOST", "10.0.0.5:8080/api/hoso")]),
        # without credentials the URL's path stays in the span (as before)
        ("truy cập http://172.16.0.5:8080/admin", [("INTERNAL_HOST", "172.16.0.5:8080/admin")]),
        # loopback with a path or a login is a system's address
        ("curl http://127.0.0.1:8000/api/hoso", [("INTERNAL_HOST", "127.0.0.1:8000/api/hoso")]),
    ],
)  # fmt: skip
def test_host_and_password_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_spans(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a tutorial's local server: the writer's own machine, as localhost is
        "Chạy `npm start` rồi mở http://localhost:3000 hoặc 127.0.0.1:3000 để xem.",
        "server listens on 127.0.0.1:8080 by default",
        # a mailbox under a "noibo" domain is an e-mail, no host
        "gửi về canbo@noibo.tphcm.gov.vn nhé",
    ],
)
def test_no_host(text: str) -> None:
    assert [t for t, _ in _spans(text) if t == "INTERNAL_HOST"] == []
    if "@" not in text:
        assert check_prompt(text).decision is Decision.ALLOW
