"""Issue 14's "zero misses" for secrets and keys, the families cg28 left (sec29), each with
the ordinary text beside it that must stay clean:

- HTML and XML character references anywhere in a value (``AIza&#83;yD9...``,
  ``Nguy&#x1EC5;n``, ``&agrave;``): the canonical reading reads them (text.entities), so every
  detector does."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._adversarial import BODY, found, stable_random

from ai_guard import EntityType, check_prompt
from ai_guard.testing import strategies as vst
from ai_guard.text import Document
from ai_guard.text.entities import references

MARK = EntityType.STATE_SECRET_MARK
INTERNAL = EntityType.INTERNAL_MARK
KEY = EntityType.API_SECRET


def _plain(text: str) -> str:
    """Typed without diacritics, as on a phone."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def _kinds(text: str) -> set[EntityType]:
    return {f.entity for f in check_prompt(text).findings}


# -- character references -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("&#83;", "S"),
        ("&#x53;", "S"),
        ("&#X1ec5;", "ễ"),
        ("&agrave;", "à"),
        ("&Dstrok;", "Đ"),
        ("&amp;", "&"),
        ("&#10;", "\n"),
    ],
)
def test_a_reference_reads_as_its_character(written: str, read: str) -> None:
    assert [r for *_, r in references(f"a{written}b")] == [read]


@pytest.mark.parametrize(
    "text",
    ["AT&T", "a & b", "&bogus;", "&#0;", "&#xD800;", "&#1114112;", "R&D;", "q=1&b=2;", "&#27;"],
)
def test_what_is_no_reference_is_kept(text: str) -> None:
    assert list(references(text)) == []
    assert Document(text).text == text


@settings(max_examples=60, deadline=None)
@given(
    vst.api_keys(),
    st.sampled_from(vst.REFERENCE_STYLES),
    st.lists(st.integers(0, 200), min_size=1, max_size=4),
)
def test_a_key_with_characters_written_as_references_is_a_secret_covered_whole(
    key: str, style: str, picks: list[int]
) -> None:
    written = vst.char_references(key, style=style, positions={p % len(key) for p in picks})
    text = f"key của em nè: {written} dùng tạm nhé"
    assert found(text, KEY) == [written], text


@pytest.mark.parametrize("style", vst.REFERENCE_STYLES)
@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("AIza" + stable_random("gk", 35), KEY),
        ("TỐI MẬT", MARK),
        ("LƯU HÀNH NỘI BỘ", INTERNAL),
        ("nguyen.an@mof.gov.vn", EntityType.GOV_EMAIL),
        ("ghp_" + stable_random("gh", 36), KEY),
    ],
)
def test_every_detector_reads_references(value: str, style: str, entity: EntityType) -> None:
    written = vst.char_references(value, style=style, positions=range(0, len(value), 3))
    text = f"<p>{written}</p>\n{BODY}"
    assert entity in _kinds(text), text
    assert check_prompt(text).decision.value != "allow"


def test_a_name_written_in_references_is_read_as_the_name() -> None:
    plain = check_prompt("Khách hàng: Nguyễn Thị Hoà, số CCCD 001085012345")
    written = check_prompt(
        "Kh&aacute;ch h&agrave;ng: Nguy&#7877;n Th&#x1ECB; Ho&#224;, s&#7889; CCCD 001085012345"
    )
    assert [f.entity for f in written.findings] == [f.entity for f in plain.findings]


@pytest.mark.parametrize(
    "text",
    [
        "B&#7842;O M&#7852;T th&#244;ng tin",  # BẢO MẬT
        "M&#7852;T KH&#7848;U c&#7911;a wifi l&agrave; g&igrave;?",
        "Tom &amp; Jerry, AT&amp;T, R&amp;D",
        "&lt;div class=&quot;note&quot;&gt;Xin ch&agrave;o&lt;/div&gt;",
        "gi&aacute; 100&euro;, gi&#7843;m 5&#37;",
    ],
)
def test_ordinary_text_in_references_stays_clean(text: str) -> None:
    assert _kinds(text) & {MARK, INTERNAL, KEY} == set()


# -- passwords and keys in markup -----------------------------------------------------------

KEY24 = stable_random("xml", 24)
PASSWORDS = ["Hoang@2024!x", "hoanganh123", "s3cr3tPass", "Vpn!2024x"]
MARKUP = [
    "<password>{v}</password>",
    "<Password>{v}</Password>",
    "<db.password>{v}</db.password>",
    "<DbPassword><![CDATA[{v}]]></DbPassword>",
    '<add key="DbPassword" value="{v}" />',
    '<add value="{v}" key="Smtp.Password"/>',
    '<property name="password" value="{v}"/>',
    '<entry key="jdbc.pwd">{v}</entry>',
    "<key>UserPassword</key>\n    <string>{v}</string>",
    '<input type="password" name="mk" value="{v}">',
    "&lt;password&gt;{v}&lt;/password&gt;",  # escaped in a log or a page
]
KEY_MARKUP = [
    "<apiKey>{v}</apiKey>",
    "<client_secret>{v}</client_secret>",
    "<AccessToken>{v}</AccessToken>",
    '<add key="ApiKey" value="{v}"/>',
    '<add key="Stripe:SecretKey" value="{v}"/>',
    '<entry key="api.key">{v}</entry>',
    "<key>ApiKey</key><string>{v}</string>",
]


@pytest.mark.parametrize("form", MARKUP)
@pytest.mark.parametrize("value", PASSWORDS)
def test_a_password_in_markup_is_a_secret(form: str, value: str) -> None:
    text = "cấu hình đây anh:\n" + form.format(v=value)
    assert found(text, KEY) == [value], text


@pytest.mark.parametrize("form", KEY_MARKUP)
def test_a_key_in_markup_is_a_secret(form: str) -> None:
    text = "web.config của em:\n" + form.format(v=KEY24)
    assert found(text, KEY) == [KEY24], text


@pytest.mark.parametrize(
    "text",
    [
        "<RequirePassword>true</RequirePassword>",
        "<PasswordLength>12</PasswordLength>",
        "<password>${DB_PASSWORD}</password>",
        "<password>********</password>",
        "<Password></Password>",
        "<SortKey>created_at</SortKey>",
        "<PrimaryKey>user_id</PrimaryKey>",
        "<token>abc</token>",
        "<apiKey>YOUR_API_KEY</apiKey>",
        '<label>Mật khẩu</label><input type="password" name="password">',
        '<add key="PageSize" value="20"/>',
        '<add key="ApiVersion" value="2024-06-01"/>',
        "<passwordPolicy>strong</passwordPolicy>",
        "<compass>north</compass>",
        "<p>Quên mật khẩu? Bấm vào đây</p>",
    ],
)
def test_markup_without_a_credential_stays_clean(text: str) -> None:
    assert found(text, KEY) == []


# -- e-mails with commas for dots -----------------------------------------------------------

EMAIL = EntityType.EMAIL
GOV_EMAIL = EntityType.GOV_EMAIL


@pytest.mark.parametrize(
    ("address", "entity"),
    [
        ("nguyen.an@gmail,com", EMAIL),
        ("nguyen.an@gmail, com", EMAIL),
        ("an,nguyen@mof,gov,vn", GOV_EMAIL),
        ("nguyenvana@hanoi,gov,vn", GOV_EMAIL),
        ("tran.b@hanoi.gov,vn", GOV_EMAIL),
        ("ttb,hcm@yahoo,com,vn", EMAIL),
        ("lan99@vnpt,vn", EMAIL),
        ("hs.k12@hcmue,edu,vn", EMAIL),
        ("ketoan@congty,com,vn", EMAIL),
    ],
)
@pytest.mark.parametrize("frame", ["gửi file cho anh qua {} nhé", "mail: {}", "{}, cảm ơn"])
def test_an_address_typed_with_commas_for_dots_is_found_whole(
    address: str, entity: EntityType, frame: str
) -> None:
    text = frame.format(address)
    assert found(text, entity) == [address], text


@settings(max_examples=60, deadline=None)
@given(st.one_of(vst.emails(), vst.gov_emails()))
def test_every_address_with_commas_for_its_dots_is_found(address: str) -> None:
    typed = vst.email_dodged(address, at="@,")
    text = f"liên hệ {typed} giúp em"
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity in (EMAIL, GOV_EMAIL)
    ]
    assert found == [typed], text


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội,Việt Nam",
        "giá 1,5 triệu @shop,vn",
        "@nguyen,an oi",
        "tag @hanoi,vn nhé",
        "ok@ban, com xong chưa",  # "com" of "cơm" after a comma: a sentence
        "an@nha,vn",  # a two-label domain with a comma, no provider: too little
    ],
)
def test_commas_in_ordinary_chat_make_no_address(text: str) -> None:
    assert {EMAIL, GOV_EMAIL} & _kinds(text) == set()


# -- a mark labelling the paste in chat, in lower case --------------------------------------

LABELS = ["tài liệu thu hồi", "xem xong trả lại", "tài liệu nội bộ", "lưu hành nội bộ"]
REQUESTS = [", tóm tắt giúp: {}", " nhé, tóm tắt giúp em nội dung dưới đây: {}", " - dịch giúp: {}"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(LABELS),
    st.sampled_from(REQUESTS),
    st.sampled_from(["", "tài liệu ", "đây là "]),
    st.sampled_from([str.lower, _plain, lambda s: s[:1].upper() + s[1:]]),
)
def test_a_mark_labelling_a_pasted_text_is_a_mark(
    label: str, request: str, head: str, case: object
) -> None:
    text = case(head + label + request.format(BODY))  # type: ignore[operator]
    result = check_prompt(text)
    assert {f.entity for f in result.findings} & {MARK, INTERNAL}, text
    assert result.decision.value == "block", text


@pytest.mark.parametrize(
    "text",
    [
        "tài liệu thu hồi, giúp em phân biệt với tài liệu mật",
        "tài liệu thu hồi là gì, giải thích giúp",
        "tai lieu thu hoi von dau tu, tom tat giup",
        "xem xong trả lại sách cho thư viện nhé",
        "xem xong tra lai nhe, cam on",
        "ông ấy đã thu hồi tài liệu sai, nhờ sửa giúp",
        "đất bị thu hồi, tóm tắt giúp quyết định",
        "không phổ biến, nhưng tóm tắt giúp cách làm bánh",
        "em xem xong trả lại, anh đọc giúp chưa?",
    ],
)
def test_ordinary_sentences_about_recalling_stay_clean(text: str) -> None:
    assert {MARK, INTERNAL} & _kinds(text) == set()


# -- a mark split word by word into cells ---------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["TỐI MẬT", "TUYỆT MẬT", "Tối mật", "Tuyệt Mật", "tối mật", "tuyệt mật"]),
    st.sampled_from(vst.CELL_SEPARATORS),
    st.sampled_from(["", "Độ mật "]),
)
def test_a_level_split_into_cells_is_a_mark(level: str, sep: str, key: str) -> None:
    if level.islower():
        key = "Độ mật "  # a lower-case one after its key only ("| tối | mật |": evening)
    row = vst.word_celled(key + level, sep=sep)
    text = f"{row}\n{BODY}"
    result = check_prompt(text)
    assert MARK in {f.entity for f in result.findings}, text
    assert result.decision.value == "block", text


@pytest.mark.parametrize(
    ("row", "value"),
    [
        ("Độ,mật,Mật", "Mật"),
        ("Độ;mật;MẬT", "MẬT"),
        ("do,mat,TOI,MAT", "TOI,MAT"),
        ("Độ;mật;A", "A"),
        ("| Độ | mật | Tối | mật |", "Tối | mật"),
    ],
)
def test_a_level_after_its_key_split_into_cells_is_a_mark(row: str, value: str) -> None:
    assert found(f"{row}\n{BODY}", MARK) == [value]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["LƯU HÀNH NỘI BỘ", "lưu hành nội bộ", "XEM XONG TRẢ LẠI", "luu hanh noi bo"]),
    st.sampled_from(vst.CELL_SEPARATORS),
    st.sampled_from(["", "| Phạm vi "]),
)
def test_a_circulation_mark_split_into_cells_is_a_mark(mark: str, sep: str, label: str) -> None:
    row = vst.word_celled(mark, sep=sep)
    if label and sep == "|":
        row = label + row
    text = f"{row}\n{BODY}"
    result = check_prompt(text)
    assert INTERNAL in {f.entity for f in result.findings}, text
    assert result.decision.value == "block", text


@pytest.mark.parametrize(
    "text",
    [
        "| bảo | mật |\n| mật | khẩu |",
        "| Tôi | mất | ví |",
        "Độ,mật,cao",
        "mat,ong,rung",
        "| toi | mat |",  # lower case without diacritics: "tôi mất"
        "| tối | mật |",  # evening, honey
        "| tôi | mật |",
        "| sách | đọc | xong | trả | lại | thư viện |",
        "| Hạng mục | Bảo mật | Mật khẩu |\n| Trạng thái | tốt | mạnh |",
        "ten,tuoi,que\nAn,30,Nam Dinh",
    ],
)
def test_ordinary_rows_of_words_stay_clean(text: str) -> None:
    assert {MARK, INTERNAL} & _kinds(text) == set()


def test_word_celled_reads_back() -> None:
    assert vst.word_celled("TỐI MẬT") == "| TỐI | MẬT |"
    assert vst.word_celled("Độ mật Mật", sep=",") == "Độ,mật,Mật"
    with pytest.raises(ValueError, match="CELL_SEPARATORS"):
        vst.word_celled("MẬT", sep="/")


# -- a prefix-less key in two pieces ---------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, 10_000),
    st.sampled_from([24, 32, 40]),
    st.sampled_from([2, 3]),
    st.sampled_from(
        [
            "api_key = {}",
            "const key = {};",
            "QIANFAN_AK={}",
            '"token": {}',
            "client_secret: {}",
        ]
    ),
)
def test_a_key_cut_into_joined_literals_after_its_name_is_one_secret(
    seed: int, size: int, pieces: int, form: str
) -> None:
    key = stable_random(f"join{seed}", size)
    step = -(-size // pieces)
    parts = [key[i : i + step] for i in range(0, size, step)]
    joined = " + ".join(f'"{p}"' for p in parts)
    text = "code của em: " + form.format(joined)
    assert found(text, KEY) == [joined[1:-1]], text


@pytest.mark.parametrize("seed", ["a", "b", "c"])
def test_a_key_typed_on_two_lines_after_its_name_is_one_secret(seed: str) -> None:
    key = stable_random(seed, 24)
    block = key[:12] + "\n" + key[12:]
    text = f"key baidu của em:\n{block}\nxong nhé"
    assert found(text, KEY) == [block], text


@pytest.mark.parametrize(
    "text",
    [
        'cache_key = "user_" + "profile"',
        'sort_key = "created" + "_at_desc"',
        'key = "Hello" + "World"',
        'primary_key = "order_id" + "_line_no"',
        'token = prefix + "abcd"',
    ],
)
def test_joined_words_after_a_key_name_stay_clean(text: str) -> None:
    assert found(text, KEY) == []
