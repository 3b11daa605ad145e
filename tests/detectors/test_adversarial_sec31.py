"""Issue 14's "zero misses" for secrets and keys: what sec30 left, and a fourth adversarial
wave (sec31), each with the ordinary text beside it that must stay clean:

- an option's source modifier names where a password is, not the password (``keytool
  -storepass:env NAME``, OpenSSL's ``-passin env:NAME`` / ``file:path``); OpenSSL's
  ``pass:x`` and ``-k x`` are the password itself;
- a password holding the separator of the comma-, semicolon- or bar-separated row it stands
  in: the row's cell count against its header's says a value holds the sign, and the cells
  that may hold the password are taken whole (fail closed);
- a table's header known to every row however far below it (``tables.column_header``);
- the fourth wave (54 cases written before looking at why any passed: marks and keys in
  TOML/INI/JSON/YAML, SQL, logs, Markdown tables, code comments, URLs, Basic auth, hex,
  chat, OCR, word joiners, English stamps, ``.ssh/config``, ``.pgpass``, compose, JDBC/ODBC,
  kubeconfig, Azure and Telegram, PowerShell; 17 that must stay clean), then each family it
  missed with its variants and negatives: SQL ``INSERT`` columns, a privileged account and
  its password side by side, a camel-case credential name (``AccountKey=``), PowerShell's
  ``ConvertTo-SecureString``, English levels joined on a stamp line, a level as a slug, and
  a documentation's connection string to ``localhost``."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._adversarial import found, stable_random

from ai_guard import EntityType, check_prompt
from ai_guard.testing import strategies as vst
from ai_guard.text.document import Document
from ai_guard.text.tables import column_header

KEY = EntityType.API_SECRET
MARK = EntityType.STATE_SECRET_MARK
INTERNAL = EntityType.INTERNAL_MARK
HOST = EntityType.INTERNAL_HOST
SECRETISH = (KEY, MARK, INTERNAL, HOST)


def _covered(text: str, value: str, entity: EntityType = KEY) -> bool:
    """Whether a finding of ``entity`` covers ``value`` (its first occurrence) whole."""
    at = text.index(value)
    return any(
        f.entity is entity and f.start <= at and at + len(value) <= f.end
        for f in check_prompt(text).findings
    )


# -- an option's source modifier ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "keytool -list -keystore a.jks -storepass:env STOREPASS",
        "keytool -list -keystore a.jks -storepass:file /run/secrets/storepass",
        "keytool -importkeystore -srcstorepass:env SRC -deststorepass:env DEST",
        "openssl pkcs12 -export -in a.crt -passin env:PASSPHRASE -out a.p12",
        "openssl rsa -in k.pem -passout file:/run/secrets/pw -out k2.pem",
        "openssl rsa -in k.pem -passin fd:3",
        "openssl rsa -in k.pem -passin stdin",
        "DB_PASSWORD=env:DB_PASS_FROM_VAULT",
        "password: file",
        "openssl enc -aes-256-cbc -kfile pw.txt -in a",
        "openssl enc -aes-256-cbc -k $PASSPHRASE -in a",
        "curl -k https://portal.example.org",
    ],
)
def test_where_a_password_is_kept_is_no_password(text: str) -> None:
    assert found(text, KEY) == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("keytool -storepass Secr3t! -list", "Secr3t!"),
        ("keytool -list -storepass Env2024pass", "Env2024pass"),
        ("openssl rsa -in k.pem -passin pass:Secr3t2024 -out k2.pem", "Secr3t2024"),
        ("openssl pkcs12 -export -passout pass:P12#Hanoi -out a.p12", "P12#Hanoi"),
        ("openssl enc -aes-256-cbc -k Secr3t2024 -in a -out a.enc", "Secr3t2024"),
        ('openssl enc -d -aes-256-cbc -k "Hn 2024!" -in a.enc', "Hn 2024!"),
        ("mật khẩu: envoy2024x", "envoy2024x"),
        ("DB_PASSWORD=file2024Secret", "file2024Secret"),
    ],
)
def test_a_password_given_in_place_stays_a_secret(text: str, value: str) -> None:
    assert _covered(text, value), text


# -- a password holding its row's separator --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("user,password\nadmin,Abc,123!", "Abc,123!"),
        ("user;password\nadmin;Abc;123!", "Abc;123!"),
        ("user|password\nadmin|Abc|123!", "Abc|123!"),
        ("Tài khoản: admin, Mật khẩu\nAbc,12345x", "Abc,12345x"),
        ("STT,Tên,Mật khẩu\n1,An,Abc,12@3x\n2,Binh,Xyz@2024q", "Abc,12@3x"),
        ("STT,Tên,Mật khẩu\n1,An,Abc,12@3x\n2,Binh,Xyz@2024q", "Xyz@2024q"),
        ("STT,Tên,Mật khẩu,Ghi chú\n1,An,Abc,12@3x,mới\n2,Binh,Xyz@2024q,cũ", "Abc,12@3x"),
        ("STT,Tên,Mật khẩu,Ghi chú\n1,An,Abc,12@3x,mới\n2,Binh,Xyz@2024q,cũ", "Xyz@2024q"),
        ("STT,Tên,Mật khẩu,Ghi chú\n1,An,A,b,c@123,mới", "A,b,c@123"),
    ],
)
def test_a_password_holding_its_rows_separator_is_covered_whole(text: str, value: str) -> None:
    assert _covered(text, value), text


def test_a_quoted_csv_cell_is_one_cell() -> None:
    text = 'STT,Họ tên,Mật khẩu,Ghi chú\n1,"Nguyễn, An",Abc@12x,mới'
    assert found(text, KEY) == ["Abc@12x"]


def test_the_next_row_is_no_tail_of_a_password() -> None:
    text = "STT,Tên,Mật khẩu\n1,An,Abc,12@3x\n2,Binh,Xyz@2024q"
    assert found(text, KEY) == ["Abc,12@3x", "Xyz@2024q"]


_PIECE = st.text(st.sampled_from("Abcqyz2024@#!"), min_size=3, max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([1, 3]), _PIECE, _PIECE, st.sampled_from([",", ";", "|"]), st.booleans())
def test_a_split_password_is_never_left_partly_visible(
    other: int, left: str, right: str, sep: str, both: bool
) -> None:
    """Whatever cell of a row holds the extra separators (the password's, a name's, a
    note's), the password's every character is covered by a secret finding."""
    password = f"P{left}7{sep if both else ''}{right}9k"
    cells = ["1", "An", password, "ghi chu"]
    cells[other] = {1: f"Nguyen{sep}An", 3: f"ghi{sep}chu"}[other]
    text = sep.join(["STT", "Tên", "Mật khẩu", "Ghi chú"]) + "\n" + sep.join(cells)
    at = text.index(password)
    spans = [(f.start, f.end) for f in check_prompt(text).findings if f.entity is KEY]
    assert all(any(s <= i < e for s, e in spans) for i in range(at, at + len(password))), text


# -- a header known however far ----------------------------------------------------------------


@pytest.mark.parametrize("depth", [61, 200, 500])
def test_a_table_header_is_known_to_a_row_far_below(depth: int) -> None:
    rows = "\n".join(f"{i},{7900000000 + i * 7919},ghi chu {i}" for i in range(1, depth + 1))
    text = "STT,Số BHXH,Ghi chú\n" + rows
    doc = Document(text)
    last = text.rindex("\n") + 1
    assert column_header(doc, text.index(",", last) + 1) == "so bhxh"
    social = [f for f in check_prompt(text).findings if f.entity is EntityType.SOCIAL_INSURANCE]
    assert len(social) == depth


def test_a_password_column_500_rows_down_is_read() -> None:
    rows = "\n".join(f"{i},user{i},Pw{i:03d}#Hn" for i in range(1, 600))
    text = "STT,Tài khoản,Mật khẩu\n" + rows
    assert len(found(text, KEY)) == 599


@pytest.mark.parametrize(
    "text",
    [
        # a line with another count ends the walk: the second table's rows have no header
        "STT,Số BHXH\n1,7900007919\n\nĐây là một dòng văn bản thường không có dấu phẩy\n"
        + "\n".join(f"{i},{7900000000 + i * 7919},x,y" for i in range(2, 90)),
    ],
)
def test_a_line_of_another_count_still_ends_the_walk(text: str) -> None:
    doc = Document(text)
    last = text.rindex("\n") + 1
    assert column_header(doc, text.index(",", last) + 1) is None


# -- the fourth wave ---------------------------------------------------------------------------


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_R40, _G35, _U32 = stable_random("t1", 40), stable_random("g1", 35), stable_random("u1", 32)
_HEX = stable_random("h1", 64, "0123456789abcdef")
_PEM = _b64("-----BEGIN RSA PRIVATE KEY-----\n" + stable_random("kk", 120))
_GL, _NP, _TG = stable_random("gl", 20), stable_random("np", 36), stable_random("tg", 32)
_AZ = stable_random("az", 86)
_BASIC = _b64("admin:Hanoi@2024")

#: (text, [(entities accepted, the value a finding must cover whole)])
WAVE: list[tuple[str, list[tuple[tuple[EntityType, ...], str]]]] = [
    ('[document]\nso_hieu = "12/BC-CAT"\nsecurity_level = "TUYET MAT"\n', [((MARK,), "TUYET MAT")]),
    ("[tai_lieu]\nso_hieu=45/KH-UBND\ndo_mat=Mật\n", [((MARK,), "Mật")]),
    (f'[tool.llm]\nprovider = "internal"\ntoken = "{_R40}"\n', [((KEY,), _R40)]),
    ('{"db": {"host": "db", "pwd": "Qlvb#2024x"}}', [((KEY,), "Qlvb#2024x")]),
    ('defaults: &d\n  password: &pw "H@noi2024!"\n', [((KEY,), "H@noi2024!")]),
    (
        "INSERT INTO users (username, password) VALUES ('admin', 'Abc@12345x');",
        [((KEY,), "Abc@12345x")],
    ),
    ("UPDATE users SET password = 'Xyz#2024q' WHERE id = 1;", [((KEY,), "Xyz#2024q")]),
    ("CREATE USER qlvb WITH PASSWORD 'Qlvb2024!';", [((KEY,), "Qlvb2024!")]),
    (
        "INSERT INTO van_ban (so_hieu, trich_yeu, do_mat) VALUES "
        "('12/BC-CA', 'Bao cao an ninh', 'Tối mật');",
        [((MARK,), "Tối mật")],
    ),
    (
        "INSERT INTO tai_khoan (ten, mat_khau) VALUES\n('an.nv', 'An@2024pw'),\n"
        "('binh.tt', 'Binh#2024');",
        [((KEY,), "An@2024pw"), ((KEY,), "Binh#2024")],
    ),
    (
        "2024-11-03 10:12:01 INFO login user=admin password=Adm1n@2024 from 10.20.1.5",
        [((KEY,), "Adm1n@2024"), ((HOST,), "10.20.1.5")],
    ),
    (f"[WARN] geocoder: using key=AIza{_G35} (quota 80%)", [((KEY,), "AIza" + _G35)]),
    (
        "| Hệ thống | Tài khoản | Mật khẩu |\n|---|---|---|\n| Mail | an.nv | Mail@2024 |\n"
        "| VPN | an.nv | Vpn#Hn24 |",
        [((KEY,), "Mail@2024"), ((KEY,), "Vpn#Hn24")],
    ),
    (
        "| Số hiệu | Trích yếu | Độ mật |\n|---|---|---|\n"
        "| 15/KH-CAT | Kế hoạch bảo vệ | Tuyệt mật |",
        [((MARK,), "Tuyệt mật")],
    ),
    (
        "// TODO xoa truoc khi commit: admin / Qw3rty!2024\nconst db = connect();",
        [((KEY,), "Qw3rty!2024")],
    ),
    ("# mật khẩu db: Hn2024@qlvb\nconn = psycopg2.connect(host=HOST)", [((KEY,), "Hn2024@qlvb")]),
    (
        f"https://qlvb.hanoi.gov.vn/api/export?format=xlsx&access_token={_U32}",
        [((KEY,), _U32)],
    ),
    ("ftp://admin:Ftp%40pass2024@10.1.2.3/backup/", [((KEY,), "Ftp%40pass2024")]),
    (f"Authorization: Basic {_BASIC}", [((KEY,), _BASIC)]),
    (f"SECRET_KEY={_HEX}", [((KEY,), _HEX)]),
    ("anh ơi pass wifi phòng họp là Phonghop@2024 nhé", [((KEY,), "Phonghop@2024")]),
    ("pass vpn: Vpn#Hn2024 còn user thì như cũ", [((KEY,), "Vpn#Hn2024")]),
    ("van ban nay thuoc loai tuyet mat, tom tat giup em 5 y chinh", [((MARK,), "tuyet mat")]),
    ("TUYÊT MÂT\nBỘ CÔNG AN\nSố: 12/BC-BCA", [((MARK,), "TUYÊT MÂT")]),
    (
        "T\u2060Ố\u2060I M\u2060Ậ\u2060T\nBáo cáo tình hình",
        [((MARK,), "T\u2060Ố\u2060I M\u2060Ậ\u2060T")],
    ),
    ("LƯU HÀNH\nNỘI BỘ\n\nQuy chế làm việc của Sở", [((INTERNAL,), "NỘI BỘ")]),
    (
        "TOP SECRET\nMINISTRY OF PUBLIC SECURITY\nReport on the security situation in Q3",
        [((MARK,), "TOP SECRET")],
    ),
    (
        "CONFIDENTIAL - SECRET\nProvincial People's Committee\nPlan No. 12/KH-UBND",
        [((MARK,), "SECRET")],
    ),
    (
        "FOR INTERNAL USE ONLY\nDepartment of Home Affairs\nWorking regulations",
        [((INTERNAL, MARK), "FOR INTERNAL USE ONLY")],
    ),
    ("Host qlvb\n  HostName 10.10.5.21\n  User deploy\n  Port 2222", [((HOST,), "10.10.5.21")]),
    (
        "Host db\n    HostName db01.noibo.local\n    User postgres",
        [((HOST,), "db01.noibo.local")],
    ),
    (
        "10.0.3.15:5432:qlvb:postgres:Pg@2024pass",
        [((KEY,), "Pg@2024pass"), ((HOST,), "10.0.3.15")],
    ),
    (
        "services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=Qlvb2024!\n"
        "      - DB_HOST=10.0.1.7",
        [((KEY,), "Qlvb2024!"), ((HOST,), "10.0.1.7")],
    ),
    (
        "jdbc:sqlserver://10.2.3.4:1433;databaseName=QLVB;user=sa;password=Sa@2024x;",
        [((KEY,), "Sa@2024x"), ((HOST,), "10.2.3.4")],
    ),
    (
        "Driver={ODBC Driver 17 for SQL Server};Server=SRV-DB01\\SQLEXPRESS;Database=qlvb;"
        "Uid=sa;Pwd=Odbc#2024;",
        [((KEY,), "Odbc#2024")],
    ),
    (
        "jdbc:oracle:thin:qlvb/Ora2024pass@//10.5.6.7:1521/ORCL",
        [((KEY,), "Ora2024pass"), ((HOST,), "10.5.6.7")],
    ),
    (
        "clusters:\n- cluster:\n    server: https://10.96.0.1:6443\n  name: qlvb-prod",
        [((HOST,), "10.96.0.1")],
    ),
    (f"users:\n- name: admin\n  user:\n    client-key-data: {_PEM}", [((KEY,), _PEM)]),
    (
        f"git remote add origin https://oauth2:glpat-{_GL}@gitlab.noibo.vn/qlvb.git",
        [((KEY,), "glpat-" + _GL)],
    ),
    (f"//npm.noibo.local/:_authToken={_NP}", [((KEY,), _NP)]),
    (
        f"DefaultEndpointsProtocol=https;AccountName=qlvb;AccountKey={_AZ}==;"
        "EndpointSuffix=core.windows.net",
        [((KEY,), _AZ + "==")],
    ),
    (
        f"https://api.telegram.org/bot7123456789:AAH{_TG}/sendMessage?chat_id=-100123",
        [((KEY,), "7123456789:AAH" + _TG)],
    ),
    ("ERROR Connection refused: 172.16.10.25:3306 (mysql)", [((HOST,), "172.16.10.25")]),
    ("10.0.0.12   mail.noibo.local   mail", [((HOST,), "10.0.0.12")]),
    ("curl -u admin:Curl2024pass https://api.noibo.local/v1/docs", [((KEY,), "Curl2024pass")]),
    ("sshpass -p 'Ssh2024pass' ssh admin@10.1.1.1", [((KEY,), "Ssh2024pass")]),
    ("net use Z: \\\\srv-fs01\\share /user:admin Share2024!", [((KEY,), "Share2024!")]),
    (
        '$pw = ConvertTo-SecureString "Ps2024Pass!" -AsPlainText -Force',
        [((KEY,), "Ps2024Pass!")],
    ),
    ("maatj khaaur: Abc@2024x", [((KEY,), "Abc@2024x")]),
    ("Mât khâu: Xyz@2024q", [((KEY,), "Xyz@2024q")]),
    ("Gửi anh file BC_TOI_MAT_Q3_2024.docx, tóm tắt giúp em", [((MARK,), "TOI_MAT")]),
    ("Độ khẩn: Hỏa tốc; Độ mật: Tuyệt mật; Số: 15/KH", [((MARK,), "Tuyệt mật")]),
    ("tags: [bao-cao, tuyet-mat, 2024]", [((MARK,), "tuyet-mat")]),
    ("mật khẩu là `Abc@2024z` nhé anh", [((KEY,), "Abc@2024z")]),
]

WAVE_CLEAN = [
    "mật độ dân số của tỉnh là 1.200 người/km2",
    "quan hệ mật thiết giữa hai cơ quan, thân mật và cởi mở",
    "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx",
    "api_key: <YOUR_API_KEY>",
    'export API_KEY="your-api-key-here"',
    "Ví dụ: postgresql://user:password@localhost:5432/dbname",
    "password: ${DB_PASSWORD}",
    "truy cập https://dichvucong.gov.vn để nộp hồ sơ trực tuyến",
    "đặt DNS là 8.8.8.8 hoặc 1.1.1.1",
    "mật khẩu phải có ít nhất 8 ký tự, gồm chữ hoa và số",
    "Theo Luật, độ mật gồm ba mức: Mật, Tối mật và Tuyệt mật.",
    "Please keep this confidential between us until the meeting.",
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
    "jdbc:mysql://localhost:3306/test?user=root&password=",
    "Host github.com\n  User git\n  IdentityFile ~/.ssh/id_ed25519",
    "mật ong rừng U Minh, bí mật thành công của hợp tác xã",
    "INSERT INTO users (username, password) VALUES (?, ?);",
]


@pytest.mark.parametrize(("text", "wanted"), WAVE)
def test_the_fourth_wave_is_caught_whole(
    text: str, wanted: list[tuple[tuple[EntityType, ...], str]]
) -> None:
    findings = check_prompt(text).findings
    for entities, value in wanted:
        at = text.index(value)
        assert any(
            f.entity in entities and f.start <= at and at + len(value) <= f.end for f in findings
        ), (text, value)


@pytest.mark.parametrize("text", WAVE_CLEAN)
def test_the_fourth_waves_look_alikes_stay_clean(text: str) -> None:
    assert [f for f in check_prompt(text).findings if f.entity in SECRETISH] == [], text


# -- SQL INSERT columns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        (
            "INSERT INTO users (id, password, email) VALUES (1, 'Abc@12345x', 'a@b.vn');",
            "Abc@12345x",
            KEY,
        ),
        (
            'INSERT INTO "public"."users" ("username","passwd") VALUES (\'an\',\'It\'\'s#2024\');',
            "It''s#2024",
            KEY,
        ),
        (
            "insert into tk(ten,mat_khau) values('an','hanoi2024x'),('binh','Hue#2025')",
            "Hue#2025",
            KEY,
        ),
        (
            "INSERT IGNORE INTO `acc` (`user`, `pwd`) VALUES ('root', 'Root!2024');",
            "Root!2024",
            KEY,
        ),
        ("INSERT INTO van_ban (so, DoMat) VALUES ('15/KH', 'TUYET MAT');", "TUYET MAT", MARK),
        (
            "INSERT INTO vb (so, muc_do_mat) VALUES ('15/KH', 'Mật'), ('16/KH', 'Thường');",
            "Mật",
            MARK,
        ),
        ("REPLACE INTO users (login, password) VALUES ('an', 'Rep#2024x');", "Rep#2024x", KEY),
        ("insert into vanban(so,do_mat) values ('1/KH','tuyet mat');", "tuyet mat", MARK),
    ],
)
def test_a_value_under_its_sql_column_is_read(text: str, value: str, entity: EntityType) -> None:
    assert _covered(text, value, entity), text


@pytest.mark.parametrize(
    "text",
    [
        "INSERT INTO users (username, password) VALUES (?, ?);",
        "INSERT INTO users (username, password) VALUES (%s, %s)",
        "INSERT INTO users (username, password) VALUES (:u, :p)",
        "INSERT INTO users (username, password_hint) VALUES ('an', 'ten con meo')",
        "INSERT INTO vb (so, do_mat) VALUES ('15/KH', 'Thường');",
        "INSERT INTO vb (so, ghi_chu) VALUES ('15/KH', 'mat');",
        "SELECT username, password FROM users WHERE id = 1;",
        "INSERT INTO users (username, password_hash) VALUES ('an', 'x');",
        "Chèn giá trị vào bảng (insert values) rồi kiểm tra lại mật khẩu",
    ],
)
def test_sql_without_a_secret_under_its_column_stays_clean(text: str) -> None:
    assert [f for f in check_prompt(text).findings if f.entity in (KEY, MARK)] == [], text


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 3), st.integers(1, 4), vst.api_keys())
def test_a_password_in_any_column_of_any_tuple_is_read(column: int, rows: int, key: str) -> None:
    password = "Pw#" + key[-12:]
    names = ["id", "ten", "email", "ghi_chu"]
    names.insert(column, "mat_khau")
    tuples = []
    for i in range(rows):
        cells = [str(i), f"'u{i}'", f"'u{i}@x.vn'", "'ok'"]
        cells.insert(column, f"'{password}{i}'")
        tuples.append("(" + ", ".join(cells) + ")")
    text = f"INSERT INTO tk ({', '.join(names)}) VALUES " + ",\n".join(tuples) + ";"
    got = found(text, KEY)
    assert all(f"{password}{i}" in got for i in range(rows)), text


# -- a privileged account and its password ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("// TODO xoa truoc khi commit: admin / Qw3rty!2024", "Qw3rty!2024"),
        ("# creds root:Abc@12345", "Abc@12345"),
        ("sa/Sql#2024x", "Sql#2024x"),
        ("tài khoản admin/Admin@123 đăng nhập", "Admin@123"),
        ("ghi chú: postgres / Pg#2024db", "Pg#2024db"),
        ("Administrator : W1nServer!", "W1nServer!"),
        ("quantri/QuanTri@2024", "QuanTri@2024"),
        ("admin - P@ssw0rd2024 (mới đổi)", "P@ssw0rd2024"),
        ("acc quản trị: administrator / Win#Srv2024", "Win#Srv2024"),
    ],
)
def test_a_privileged_account_beside_its_password(text: str, value: str) -> None:
    assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "admin: true",
        "vai trò: admin / quản trị viên",
        "postgres:5432",
        "cd /root/Docs2024!",
        "root: /var/lib/Abc123!",
        "ssh root@10.0.0.1",
        "admin/settings/index.html",
        "admin: enabled2024",
        "đăng nhập bằng admin / mật khẩu mặc định rồi đổi ngay",
        "admin - quản trị hệ thống",
    ],
)
def test_an_account_name_without_a_password_beside_it_stays_clean(text: str) -> None:
    assert found(text, KEY) == [], text


# -- a camel-case credential name -----------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["AccountKey", "SharedAccessKey", "storageKey", "webhookSecret", "botToken"]),
    st.sampled_from(["=", ": ", " = "]),
    st.integers(0, 10_000),
)
def test_a_random_value_under_a_camel_case_credential_is_a_secret(
    name: str, sep: str, seed: int
) -> None:
    value = stable_random(f"camel{seed}", 44)
    text = f"x=1;{name}{sep}{value};y=2"
    assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "sortKey=createdAtDescending",
        "PartitionKey=DonViHanhChinh2024",
        "cacheKey=user-profile-settings-v2",
        "primaryKey: customer_identifier_x",
        "PublicKey = tOB4IpxRTBTPew2GzvSzkbAk6mCrnt8jAdZ1IUCioMo=",
        "publishableKey: pk_test_TYooMQauvdEDq54NiTphI7jx",
        "idempotencyKey: order-2024-11-03-0001",
    ],
)
def test_a_camel_case_settings_word_value_stays_clean(text: str) -> None:
    assert found(text, KEY) == [], text


# -- PowerShell, English stamps, slugs, templates ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ('$pw = ConvertTo-SecureString "Ps2024Pass!" -AsPlainText -Force', "Ps2024Pass!", KEY),
        ("ConvertTo-SecureString -String 'Ps 2024!' -AsPlainText -Force", "Ps 2024!", KEY),
        ("CONFIDENTIAL - SECRET\nPlan No. 12/KH-UBND", "CONFIDENTIAL - SECRET", MARK),
        ("SECRET | TOP SECRET\nReport", "SECRET | TOP SECRET", MARK),
        ("** TOP SECRET – SECRET **\nMinutes", "TOP SECRET – SECRET", MARK),
        ("tags: [bao-cao, TUYET-MAT]", "TUYET-MAT", MARK),
        ("label: toi_mat", "toi_mat", MARK),
        ("duong dan /data/tuyet_mat/bc.docx", "tuyet_mat", MARK),
        ("nhãn: tuyệt-mật", "tuyệt-mật", MARK),
        ("SECRET - CONFIDENTIAL//NOFORN\nAnnex 2", "SECRET - CONFIDENTIAL", MARK),
        ("xem tại https://drive.noibo.local/thu-muc/tuyet-mat/bc-q3", "tuyet-mat", MARK),
        ("#toi_mat #baocao", "toi_mat", MARK),
        ("ho_ten;tai_khoan;mat_khau\nAn;an.nv;Ab;c#2024", "Ab;c#2024", KEY),
        (
            '$cred = New-Object PSCredential("admin", (ConvertTo-SecureString "Cred#2024" '
            "-AsPlainText -Force))",
            "Cred#2024",
            KEY,
        ),
    ],
)
def test_the_waves_families_with_their_variants(text: str, value: str, entity: EntityType) -> None:
    assert _covered(text, value, entity), text


@pytest.mark.parametrize(
    "text",
    [
        "$s = Read-Host -AsSecureString | ConvertFrom-SecureString",
        "$pw = ConvertTo-SecureString $plain -AsPlainText -Force",
        "$sec = $enc | ConvertTo-SecureString",
        "Levels: SECRET - TOP SECRET are defined by law",
        "CONFIDENTIAL, SECRET or TOP SECRET\nare the three levels",
        "Top Secret - Secret",
        "hôm nay tối-mắt vì làm khuya",
        "bao-mat, mat-khau, mat-do",
        "toi-mat-qua troi oi",
        "Levels are CONFIDENTIAL - SECRET - TOP SECRET in ascending order",
        "Ví dụ: postgresql://user:password@localhost:5432/dbname",
        "mysql://root:changeme@localhost:3306/app",
        "jdbc:mysql://localhost:3306/test?user=root&password=",
    ],
)
def test_the_waves_families_look_alikes_stay_clean(text: str) -> None:
    assert [f for f in check_prompt(text).findings if f.entity in SECRETISH] == [], text


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("mysql://root:matkhau123@localhost:3306/test", "localhost:3306/test"),
        ("jdbc:mysql://localhost:3306/qlvb?user=root&password=Abc@123x", "localhost:3306/qlvb"),
        ("postgresql://user:password@10.0.0.5:5432/db", "10.0.0.5:5432/db"),
        ("jdbc:mysql://10.1.1.1:3306/test?user=root&password=", "10.1.1.1:3306/test"),
    ],
)
def test_a_real_credential_or_a_private_host_keeps_the_host(text: str, host: str) -> None:
    assert _covered(text, host, HOST), text
