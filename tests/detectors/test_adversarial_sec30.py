"""Issue 14's "zero misses" for secrets and keys, the families sec29 left and a third
adversarial wave (sec30), each with the ordinary text beside it that must stay clean:

- a password on a command line the guard did not know (``psql -W x``, ``docker login -p x``,
  ``ldapsearch -w x``, ``keytool -storepass x``, ``zip -P x``, ``7z -px``, ``htpasswd -b``,
  ``rabbitmqctl add_user``, Redis' ``requirepass``, an exec array's ``"-pX"``);
- a key typed on two lines with a blank line, ``\\r\\n`` or a quoted-printable soft break
  between its pieces;
- a character reference encoded twice (``&amp;#83;``);
- a circulation mark's document word (``văn bản không phổ biến này``, ``công văn xem xong trả
  lại``), PROMPTS.md's rule for a mark's span;
- a password column's rows far under its header;
- the third wave: keys, passwords, marks and connection strings as code comments, ``.env``
  files, docker-compose, Jupyter JSON, log lines and a screenshot's OCR paste them."""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.detectors._adversarial import BODY, found, stable_random

from ai_guard import EntityType, check_prompt
from ai_guard.testing import strategies as vst

MARK = EntityType.STATE_SECRET_MARK
INTERNAL = EntityType.INTERNAL_MARK
KEY = EntityType.API_SECRET


def _covered(text: str, value: str, entity: EntityType = KEY) -> bool:
    """Whether a finding of ``entity`` covers ``value`` (its first occurrence) whole."""
    at = text.index(value)
    return any(
        f.entity is entity and f.start <= at and at + len(value) <= f.end
        for f in check_prompt(text).findings
    )


# -- command lines --------------------------------------------------------------------------

COMMAND_LINES = [
    ("psql -h 10.0.0.5 -U admin -W Hanoi@2024 qlvb", "Hanoi@2024"),
    ("psql -U postgres -W 'Matkhau#2024'", "Matkhau#2024"),
    ("pg_dump -h db -U qlvb -W Qlvb2024x qlvb > qlvb.sql", "Qlvb2024x"),
    ("docker login -u admin -p Dock3rPass! registry.local", "Dock3rPass!"),
    ("docker login --password Dock3rPass! registry.local", "Dock3rPass!"),
    ("podman login --password=Podm4nPass quay.local", "Podm4nPass"),
    ("az login -u admin@x.onmicrosoft.com -p Az2024Pass!", "Az2024Pass!"),
    ("oc login -u dev -p Oc2024Pass https://api.local:6443", "Oc2024Pass"),
    ("ldapsearch -x -D cn=admin,dc=x -w Ldap2024pass -b dc=x", "Ldap2024pass"),
    ("mssql-cli -S db -U sa -P Sql2024pass!", "Sql2024pass!"),
    ("psexec \\\\srv -u admin -p P@ssw0rd2024 cmd", "P@ssw0rd2024"),
    ("keytool -genkey -storepass Store2024pass -keypass Key2024pass", "Store2024pass"),
    ("keytool -importkeystore -srcstorepass Src2024pass -deststorepass D2024x", "Src2024pass"),
    ("zip -P Zip2024pass secret.zip a.docx", "Zip2024pass"),
    ("unzip -P Zip2024pass secret.zip", "Zip2024pass"),
    ("7z a -pZip2024pass secret.7z a.docx", "Zip2024pass"),
    ("unrar x -pRar2024pass a.rar", "Rar2024pass"),
    ("htpasswd -b .htpasswd admin Ht2024pass!", "Ht2024pass!"),
    ("htpasswd -bc /etc/nginx/.htpasswd admin 'Ht 2024 pass'", "Ht 2024 pass"),
    ("rabbitmqctl add_user admin Rabb1tPass2024", "Rabb1tPass2024"),
    ("rabbitmqctl change_password admin Rabb1tPass2025", "Rabb1tPass2025"),
    ("    command: redis-server --requirepass R3dis2024Pass", "R3dis2024Pass"),
    ("# redis.conf\nrequirepass R3dis2024Pass\nmasterauth M4ster2024", "R3dis2024Pass"),
    ('test: ["CMD", "mysqladmin", "ping", "-uroot", "-pRoot2024x"]', "Root2024x"),
    ("ftp> user admin Ftp2024pass", "Ftp2024pass"),
]


@pytest.mark.parametrize(("text", "value"), COMMAND_LINES)
def test_a_password_on_a_command_line_is_a_secret(text: str, value: str) -> None:
    assert value in found(text, KEY), text


@pytest.mark.parametrize(
    "text",
    [
        "psql -h db -p 5432 -U qlvb -d qlvb",
        "psql -h db -U admin -W qlvb",  # -W asks for it; qlvb is the database
        "psql -h db -U admin -W -d qlvb",
        "pg_dump -W -Fc qlvb > a.dump",
        "docker run -p 8080:80 nginx",
        "docker login registry.local",
        "echo $PASS | docker login -u admin --password-stdin",
        "mysql -u root -p",
        "7z a -p secret.7z docs/",
        "zip -r out.zip dir",
        "ldapsearch -x -W -b dc=x",
        "grep -w pattern file",
        "ssh -p 2222 admin@host",
        "keytool -list -keystore a.jks",
        "htpasswd -c .htpasswd admin",
        "rabbitmqctl list_users",
        "ls -la /var/log",
        "tar -xzvf a.tgz",
        '["mysqladmin", "ping", "-p", "qlvb"]',
        "redis-cli config get requirepass",
        "chạy lệnh zip -P để đặt mật khẩu cho file nén",
        "dùng docker login -p là lộ mật khẩu trong history",
    ],
)
def test_ordinary_flags_stay_clean(text: str) -> None:
    assert found(text, KEY) == [], text


# -- keys broken by a hard break --------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(vst.api_keys(), st.sampled_from(vst.HARD_BREAKS), st.integers(0, 10_000))
def test_a_key_broken_by_a_blank_line_or_a_soft_break_is_one_secret(
    key: str, brk: str, pick: int
) -> None:
    at = 12 + pick % (len(key) - 20)
    tail = key[at:]
    # the piece after the break shows it goes on a key: a digit, or a capital inside it
    assume(any(c.isdigit() for c in tail) or any(c.isupper() for c in tail[1:]))
    written = vst.hard_broken(key, at=at, brk=brk)
    text = f"key của em nè: {written}\ndùng tạm nhé"
    assert found(text, KEY) == [written], text


@pytest.mark.parametrize(
    "text",
    [
        "key: sk-proj-Emn5xo8OVnXsgAU03BCDlBxq\n\n2024 là năm ...",  # a year, not a piece
        "key: sk-proj-Emn5xo8OVnXsgAU03BCDlBxq\n\nCảm ơn anh",
        "key: sk-proj-Emn5xo8OVnXsgAU03BCDlBxq\n\nGOOGLE_API_KEY=abc",
        "key: sk-proj-Emn5xo8OVnXsgAU03BCDlBxq\n\n\nXin3 chao",  # two blank lines
    ],
)
def test_what_follows_a_key_after_a_blank_line_is_not_glued_to_it(text: str) -> None:
    assert found(text, KEY) == ["sk-proj-Emn5xo8OVnXsgAU03BCDlBxq"]


def test_a_key_in_a_quoted_printable_mail_wrapped_at_76_characters_is_whole() -> None:
    key = "sk-proj-" + stable_random("qp", 48) + "T3BlbkFJ" + stable_random("qp2", 20)
    line = f"key c=E1=BB=A7a em: {key}"
    body = "=\n".join(line[i : i + 75] for i in range(0, len(line), 75))
    text = f"Content-Transfer-Encoding: quoted-printable\n\n{body}\n"
    start = text.index("sk-proj-")
    assert any(
        f.entity is KEY and f.start == start and text[f.end - 4 : f.end] == key[-4:]
        for f in check_prompt(text).findings
    ), text


# -- references encoded twice ---------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    vst.api_keys(),
    st.sampled_from(vst.REFERENCE_STYLES),
    st.integers(1, 3),
    st.lists(st.integers(0, 200), min_size=1, max_size=4),
)
def test_a_key_with_references_encoded_again_is_a_secret_covered_whole(
    key: str, style: str, nested: int, picks: list[int]
) -> None:
    written = vst.char_references(
        key, style=style, positions={p % len(key) for p in picks}, nested=nested
    )
    text = f"key của em nè: {written} dùng tạm nhé"
    assert found(text, KEY) == [written], text


@pytest.mark.parametrize("level", ["MẬT", "TỐI MẬT", "TUYỆT MẬT"])
@pytest.mark.parametrize("nested", [1, 2])
def test_a_stamp_whose_letters_are_references_encoded_twice_is_a_mark(
    level: str, nested: int
) -> None:
    stamp = vst.char_references(level, nested=nested)
    assert found(f"{stamp}\n{BODY}", MARK) == [stamp]


def test_an_identifier_with_a_reference_encoded_twice_is_found() -> None:
    text = "Số CCCD:&amp;nbsp;001&amp;#56;85012345"
    assert [f.entity for f in check_prompt(text).findings] == [EntityType.CCCD]


@pytest.mark.parametrize(
    "text", ["Q&amp;A buổi họp chiều nay", "R&amp;amp;D và AT&amp;T", "&amp;bogus; &amp;#0;"]
)
def test_text_encoded_twice_with_no_secret_stays_clean(text: str) -> None:
    assert check_prompt(text).findings == []


# -- a circulation mark's document word -----------------------------------------------------

NOUNS = ["tài liệu", "văn bản", "hồ sơ", "công văn", "báo cáo", "file"]
WEAK = ["không phổ biến", "xem xong trả lại"]


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("phrase", [*WEAK, "lưu hành nội bộ"])
@pytest.mark.parametrize(
    "frame", ["{m} này cần rút gọn lại 1 trang, gấp nha", "gửi em {m}, tóm tắt giúp"]
)
def test_a_lower_case_mark_takes_its_document_word(noun: str, phrase: str, frame: str) -> None:
    mark = f"{noun} {phrase}"
    text = frame.format(m=mark)
    assert found(text, INTERNAL) == [mark], text
    plain = vst.without_diacritics(text)
    assert found(plain, INTERNAL) == [vst.without_diacritics(mark)], plain


@pytest.mark.parametrize(
    "text",
    [
        "văn bản này không phổ biến rộng rãi trên mạng",
        "văn bản không phổ biến nên ít người biết",
        "hồ sơ không phổ biến cho lắm",
        "món này không phổ biến ở miền bắc",
        "file này không phổ biến",
        "báo cáo không phổ biến lắm đâu",
        "đọc hồ sơ xem xong trả lại cho em nhé",
        "công văn xem xong trả lại anh nhé",
    ],
)
def test_ordinary_words_after_a_document_s_noun_stay_clean(text: str) -> None:
    assert found(text, INTERNAL) == [], text


# -- a password column far under its header -------------------------------------------------


@pytest.mark.parametrize("row", [2, 59, 61, 200, 2900])
@pytest.mark.parametrize("sep", [",", "\t", ";"])
def test_a_password_cell_anywhere_under_its_header_is_a_secret(row: int, sep: str) -> None:
    rows = [sep.join([str(i), f"Ma {i:04d}", f"Phong {i % 7}", "ghi chu"]) for i in range(3000)]
    rows[row] = sep.join([str(row), "Ma x", "Abcc12344", "ghi chu"])
    text = sep.join(["STT", "Mã", "Mật khẩu", "Ghi chú"]) + "\n" + "\n".join(rows)
    assert found(text, KEY) == ["Abcc12344"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("STT,Tên,Đơn vị,Mật khẩu\n1,An,P2,Abcc12344", "Abcc12344"),
        ("User;Mật khẩu\nadmin;Abc@1234x", "Abc@1234x"),
        ("Mật khẩu,Ghi chú\nAbc@1234x,tạm", "Abc@1234x"),
        ("Mật khẩu\nAbc@1234", "Abc@1234"),
    ],
)
def test_the_row_under_a_header_ending_in_a_password_gives_its_cell(text: str, value: str) -> None:
    assert found(text, KEY) == [value]


# -- the third wave -------------------------------------------------------------------------

OA = "sk-proj-" + stable_random("oa", 48) + "T3BlbkFJ" + stable_random("ob", 20)
AN = "sk-ant-api03-" + stable_random("an", 93) + "-" + stable_random("an2", 6) + "AA"
GG = "AIza" + stable_random("gg", 35)
GH = "ghp_" + stable_random("gh", 36)
AWS = "AKIA" + stable_random("aw", 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
AWSS = stable_random("aws", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")
SLACK = "xoxb-1234567890-1234567890123-" + stable_random("sl", 24)
PLAIN = stable_random("pl", 32)

WAVE = [
    # code comments
    (f"def call():\n    # TODO: bỏ key này trước khi push: {OA}\n    return client", [OA]),
    (f"// api key tạm của anh Hùng {GG} nhớ xoá\nconst x = 1;", [GG]),
    ("/* DB: postgres://qlvb:Qlvb%402024x@10.10.5.2:5432/qlvb */", ["Qlvb%402024x"]),
    ("<!-- mk admin: Tr@nH2024! -->\n<div>trang chủ</div>", ["Tr@nH2024!"]),
    ("-- mat khau sa: Sql2024@Prod\nSELECT * FROM nhan_vien;", ["Sql2024@Prod"]),
    ("# password = 'HaNoi#2024x'\nDEBUG = False", ["HaNoi#2024x"]),
    # .env files
    (f'OPENAI_API_KEY="{OA}"\nDEBUG=true', [OA]),
    (f"export AWS_ACCESS_KEY_ID={AWS}\nexport AWS_SECRET_ACCESS_KEY={AWSS}", [AWS, AWSS]),
    ("DB_PASS=Qlvb2024x!\nDB_HOST=10.0.0.5", ["Qlvb2024x!"]),
    (f"SECRET_KEY={PLAIN}\nALLOWED_HOSTS=*", [PLAIN]),
    ('MAIL_PASSWORD="abcd efgh ijkl mnop"', ["abcd efgh ijkl mnop"]),
    ("REDIS_URL=redis://:R3disPass2024@cache:6379/0", ["R3disPass2024"]),
    (f"JWT_SECRET='{PLAIN}'  # đừng commit", [PLAIN]),
    (f"ANTHROPIC_API_KEY = {AN}", [AN]),
    # docker-compose
    (
        "services:\n  db:\n    image: postgres:16\n    environment:\n"
        "      POSTGRES_PASSWORD: Pg2024Prod!\n      POSTGRES_USER: qlvb",
        ["Pg2024Prod!"],
    ),
    ("    environment:\n      - MYSQL_ROOT_PASSWORD=Root2024#x\n", ["Root2024#x"]),
    ("    command: redis-server --requirepass R3dis2024Pass", ["R3dis2024Pass"]),
    (f"      - GITHUB_TOKEN={GH}", [GH]),
    (
        '    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-uroot", "-pRoot2024x"]',
        ["Root2024x"],
    ),
    # Jupyter JSON
    (
        json.dumps({"cells": [{"source": ["import openai\n", f'openai.api_key = "{OA}"\n']}]}),
        [OA],
    ),
    (
        json.dumps(
            {"cells": [{"source": ["psycopg2.connect(user='qlvb', password='Qlvb@2024x')\n"]}]}
        ),
        ["Qlvb@2024x"],
    ),
    (json.dumps({"outputs": [{"text": [f"Using key {GG}\n"]}]}), [GG]),
    (
        json.dumps({"cells": [{"source": ["!mysql -u root -pRoot2024x -e 'show databases'"]}]}),
        ["Root2024x"],
    ),
    # log lines
    ("2024-05-12 10:22:31 INFO auth: login ok user=hungnv password=Hung@2024", ["Hung@2024"]),
    (f"[ERROR] request failed: Authorization: Bearer {OA}", [OA]),
    (f'DEBUG urllib3: "GET /v1/x?api_key={PLAIN} HTTP/1.1" 200', [PLAIN]),
    ("WARN jdbc:mysql://10.0.0.5:3306/qlvb?user=root&password=Root2024x failed", ["Root2024x"]),
    # a screenshot's OCR
    ("Mật khẩu: Hn@2024xyz\nTên đăng nhập: hungnv", ["Hn@2024xyz"]),
    ("Mat khau WiFi: Phong_TC@2024", ["Phong_TC@2024"]),
    ("Pass:  Qlvb2O24x  (chữ O)", ["Qlvb2O24x"]),
    (f"API Key\n{OA[:30]} {OA[30:]}", [OA[:30]]),
    # connection strings
    ("Server=10.0.0.5;Database=qlvb;User Id=sa;Password=Sa2024Prod!;", ["Sa2024Prod!"]),
    ("mongodb+srv://admin:M0ngoPass2024@cluster0.abcd.mongodb.net/qlvb", ["M0ngoPass2024"]),
    ("amqp://guest:Rabb1t2024@mq.local:5672/", ["Rabb1t2024"]),
    ("Data Source=db;Initial Catalog=qlvb;User ID=qlvb;Pwd=Qlvb2024x", ["Qlvb2024x"]),
    ("DATABASE_URL=postgresql+psycopg2://qlvb:p%40ss2024x@db/qlvb", ["p%40ss2024x"]),
    ("spring.datasource.password=Spring2024x!", ["Spring2024x!"]),
    ('ConnectionStrings__Default="Host=db;Username=app;Password=App2024x"', ["App2024x"]),
    ('psql "host=10.0.0.5 dbname=qlvb user=qlvb password=Qlvb2024x"', ["Qlvb2024x"]),
    # other pastes
    (SLACK, [SLACK]),
    ("ssh -i ~/.ssh/id_rsa root@10.0.0.5 # pass: Root2024@x", ["Root2024@x"]),
    ("wifi: Phong_KH, pass: 88889999tc", ["88889999tc"]),
    (f"git remote add origin https://{GH}@github.com/org/repo.git", [GH]),
    ("pip install --index-url https://user:Idx2024Pass@pypi.internal.vn/simple x", ["Idx2024Pass"]),
    ("kubectl create secret generic db --from-literal=password=K8s2024Pass!", ["K8s2024Pass!"]),
    ("az login -u admin@x.onmicrosoft.com -p Az2024Pass!", ["Az2024Pass!"]),
    ("ftp> user admin Ftp2024pass", ["Ftp2024pass"]),
    ('mysql --user=root --password="Root 2024 x" qlvb', ["Root 2024 x"]),
    (f"{OA[:40]}=\r\n{OA[40:]}", [OA[:40], OA[40:]]),
]


@pytest.mark.parametrize(("text", "values"), WAVE)
def test_the_third_wave_s_secrets_are_found(text: str, values: list[str]) -> None:
    for value in values:
        assert _covered(text, value), (text, value)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("TỐl MẬT\nBáo cáo tình hình", "TỐl MẬT", MARK),
        ("TUYET MAT\nBao cao", "TUYET MAT", MARK),
        ("# Độ mật: Mật\nĐây là nội dung", "Mật", MARK),
        (json.dumps({"do_mat": "Tối mật", "so": "12/BC-CA"}, ensure_ascii=False), "Tối mật", MARK),
        ("classification: TUYỆT MẬT\ntitle: Kế hoạch", "TUYỆT MẬT", MARK),
        ("subject: [MẬT] Báo cáo tháng 5", "MẬT", MARK),
        ("2024-05-12 INFO upload file BC_TOIMAT_2024.docx", "TOIMAT", MARK),
        ("| STT | Số hiệu | Độ mật |\n|---|---|---|\n| 1 | 12/BC | Tối mật |", "Tối mật", MARK),
        ("tài liệu này lưu hành nội bộ, anh tóm tắt giúp em", "lưu hành nội bộ", INTERNAL),
    ],
)
def test_the_third_wave_s_marks_are_found(text: str, value: str, entity: EntityType) -> None:
    assert _covered(text, value, entity), text


@pytest.mark.parametrize(
    "text",
    [
        "PASSWORD_MIN_LENGTH=8",
        "password: ********",
        "pass: <your-password>",
        "DB_PASS=${DB_PASS}",
        "May 12 10:22:31 srv sshd[123]: Failed password for root from 1.2.3.4 port 22 ssh2",
        "Q&amp;A buổi họp",
        "hồ sơ xem xong trả lại cho em nhé",
    ],
)
def test_the_third_wave_s_look_alikes_stay_clean(text: str) -> None:
    kinds = {f.entity for f in check_prompt(text).findings}
    assert not kinds & {KEY, MARK, INTERNAL}, text
