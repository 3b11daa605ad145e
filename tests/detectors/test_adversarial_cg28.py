"""An adversarial round on issue 14's "zero misses" families (cg28): what an attacker or a
careless clerk pastes that slipped past the guard, by family, with the ordinary words beside
them that must stay clean.

- a stamp's letters parted by bars, dots or slashes on its own line or as a key's value
  (``M|Ậ|T``, ``T . Ố . I  M . Ậ . T``, ``TỐI. MẬT``, ``Độ mật: M/Ậ/T``);
- a two-word level split over two cells after its key (``| do mat | to | mat |``);
- a table row naming several levels (``| LOẠI | MẬT | TỐI MẬT | TUYỆT MẬT |``): its highest;
- a level whose letters are HTML character references (``T&#7888;I M&#7852;T``);
- keys: Fireworks ``fw_``, Together ``tgp_v1_``, more vendors' names as key names, a
  configuration name ending in a credential's word (``QIANFAN_AK=...``), a key typed in
  pieces on the lines after its name, a service account's private key inside its JSON;
- a password on the line after its label, the sentence going on after a comma."""

from __future__ import annotations

import html
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._adversarial import BODY, found, stable_random

from ai_guard import EntityType, check_prompt
from ai_guard.testing import strategies as vst

MARK = EntityType.STATE_SECRET_MARK
KEY = EntityType.API_SECRET


# -- stamps ---------------------------------------------------------------------------------

LEVELS = ["MẬT", "TỐI MẬT", "TUYỆT MẬT"]


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("sep", ["|", ".", " . ", "/", "·", "-"])
def test_a_stamp_whose_letters_are_parted_on_its_line_is_a_mark(level: str, sep: str) -> None:
    stamp = vst.letter_separated(level, sep=sep)
    assert found(f"{stamp}\n{BODY}", MARK) == [stamp]


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("sep", ["|", ".", "/"])
@pytest.mark.parametrize("key", ["Độ mật: ", "| Độ mật | ", "do_mat = "])
def test_a_key_s_value_with_its_letters_parted_is_a_mark(level: str, sep: str, key: str) -> None:
    stamp = vst.letter_separated(level, sep=sep)
    assert found(f"{key}{stamp}\n{BODY}", MARK) == [stamp]


@pytest.mark.parametrize("text", ["TỐI. MẬT", "TUYỆT. MẬT", "TỐI - MẬT", "TỐI | MẬT"])
def test_a_two_word_level_with_a_sign_between_its_words_is_a_mark(text: str) -> None:
    assert found(f"{text}\n{BODY}", MARK) == [text]


@pytest.mark.parametrize(
    ("row", "value"),
    [
        ("| do mat | to | mat |", "to | mat"),
        ("| do mat | toi | mat |", "toi | mat"),
        ("| Độ mật | tối | mật |", "tối | mật"),
        ("| Độ mật | Tuyệt | Mật |", "Tuyệt | Mật"),
        ("do mat: to mat", "to mat"),
    ],
)
def test_a_two_word_level_split_after_its_key_is_a_mark(row: str, value: str) -> None:
    assert found(f"{row}\n{BODY}", MARK) == [value]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(LEVELS), min_size=2, max_size=3, unique=True),
    st.sampled_from([str.upper, str.title, lambda s: s]),
)
def test_a_row_of_levels_reports_its_highest(levels: list[str], case: object) -> None:
    cells = [case(level) for level in levels]  # type: ignore[operator]
    header = "| LOẠI | " + " | ".join(cells) + " |"
    text = f"{header}\n|{'---|' * (len(cells) + 1)}\n| Số lượng |{' 1 |' * len(cells)}"
    highest = max(cells, key=lambda c: LEVELS.index(c.upper()))
    assert found(text, MARK) == [highest]


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("wrap", ["<p>{}</p>", "<td>{}</td>", "{}\n"])
def test_a_level_written_in_character_references_is_a_mark(level: str, wrap: str) -> None:
    stamp = vst.char_references(level)
    assert found(wrap.format(stamp) + BODY, MARK) == [stamp]


@pytest.mark.parametrize("level", LEVELS)
def test_a_level_in_hexadecimal_references_is_a_mark(level: str) -> None:
    stamp = "".join(c if ord(c) < 128 else f"&#x{ord(c):X};" for c in level)
    assert found(f"<p>{stamp}</p>{BODY}", MARK) == [stamp]


CLEAN = [
    "B&#7842;O M&#7852;T th&#244;ng tin",  # BẢO MẬT
    "M&#7852;T KH&#7848;U",  # MẬT KHẨU
    "b&#7843;o m&#7853;t",
    "m&#7853;t ong r&#7915;ng",
    "th&#244;ng tin m&#7853;t",  # lower-case "mật" in an exported sentence
    "do mat: to mat ong",
    "| Loại | mat | toi mat |",  # typed plain in lower case: too little
    "BẢO. MẬT\nabc",
    "T.Ô.I M.Ấ.T\nabc",  # "tôi mất"
    "Mật khẩu phải có 8 ký tự.",
    "Luật quy định ba độ mật: Tuyệt mật, Tối mật và Mật.",
    "nha mat tien duong lon",
    "khong mat tien phi ship",
]


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_words_stay_clean(text: str) -> None:
    assert found(text, MARK) == []


def test_the_new_disguises_read_back() -> None:
    assert html.unescape(vst.char_references("TỐI MẬT")) == "TỐI MẬT"
    assert vst.letter_separated("TỐI MẬT", sep="|") == "T|Ố|I M|Ậ|T"
    assert vst.letter_separated("MẬT", sep=" . ") == "M . Ậ . T"


# -- keys and passwords ---------------------------------------------------------------------

FIREWORKS = "fw_" + stable_random("fw", 24)
TOGETHER_NEW = "tgp_v1_" + stable_random("tg", 43)
HEX64 = stable_random("together", 64, "0123456789abcdef")
ZHIPU = stable_random("zhipu", 32, "0123456789abcdef") + "." + stable_random("zhipu2", 16)
AK = stable_random("qianfan", 24)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"key fireworks của team đây: {FIREWORKS} dùng tạm nhé", FIREWORKS),
        (f"client = Together(api_key='{TOGETHER_NEW}')", TOGETHER_NEW),
        (f"key together của team đây: {HEX64} dùng tạm nhé", HEX64),
        (f"key zhipu của team đây: {ZHIPU} dùng tạm nhé", ZHIPU),
        (f"dashscope: {HEX64}", HEX64),
        (f"QIANFAN_AK={AK}", AK),
        (f"MY_APP_SK: {AK}", AK),
        (f'"app_secret": "{AK}"', AK),
    ],
)
def test_more_vendors_keys_are_secrets(text: str, value: str) -> None:
    assert found(text, KEY) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "SORT_KEY=created_at_descending_order",
        "CACHE_KEY=/var/cache/app/session",
        "PRIMARY_KEY=user_id_and_created_at",
        "we work together: abcdefghijklmnopqrstuvwxyz ok",
        "key của em:\nabcdefgh\nijklmnop\nqrstuvwx",
        "API key:\nHello world\nthanks",
        "token:\n2024-01-05\n2024-02-06\n2024-03-07",
    ],
)
def test_config_names_and_lines_that_hold_no_key_stay_clean(text: str) -> None:
    assert found(text, KEY) == []


@pytest.mark.parametrize(
    "key", [HEX64[:32], stable_random("mistral", 32), stable_random("cohere", 40), ZHIPU, HEX64]
)
@pytest.mark.parametrize("pieces", [2, 3])
def test_a_key_typed_in_pieces_on_the_lines_after_its_name_is_one_secret(
    key: str, pieces: int
) -> None:
    size = -(-len(key) // pieces)
    lines = [key[i : i + size] for i in range(0, len(key), size)]
    block = "\n".join(lines)
    text = f"key dài quá em tách {pieces} dòng:\n{block}\nxong nhé"
    assert found(text, KEY) == [block]


def test_a_service_account_s_private_key_inside_its_json_is_a_secret() -> None:
    body = "MIIEv" + stable_random("pem", 120)
    pem = f"-----BEGIN PRIVATE KEY-----\\n{body[:64]}\\n{body[64:]}\\n-----END PRIVATE KEY-----"
    text = '{"type": "service_account", "private_key": "' + pem + '\\n", "client_id": "1"}'
    assert pem in found(text, KEY)


@pytest.mark.parametrize("label", ["mk", "pass", "mật khẩu", "mat khau", "pwd", "MK"])
@pytest.mark.parametrize("tail", [", vào giúp em nhé", "; đổi sau nha", ""])
def test_a_password_on_the_line_after_its_label_is_a_secret(label: str, tail: str) -> None:
    for value in ("Abc@12345", "Vpn!2024x", "qL7#mZ2p"):
        text = f"anh ơi {label}\n{value}{tail}"
        assert found(text, KEY) == [value], text


def test_a_label_then_ordinary_words_on_the_next_line_is_no_password() -> None:
    for text in ("anh ơi mk\nquên rồi, để em hỏi", "pass\nmôn toán rồi, vui quá"):
        assert found(text, KEY) == []


def test_every_combination_of_level_and_separator_is_tried() -> None:
    combos = list(itertools.product(LEVELS, vst.LETTER_SEPARATORS))
    assert len(combos) == len(LEVELS) * len(vst.LETTER_SEPARATORS)


# -- circulation marks ----------------------------------------------------------------------

INTERNAL = EntityType.INTERNAL_MARK
CIRCULATION = ["LƯU HÀNH NỘI BỘ", "TÀI LIỆU KHÔNG PHỔ BIẾN", "XEM XONG TRẢ LẠI", "Lưu hành nội bộ"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(CIRCULATION),
    st.sampled_from(["|", ".", "/", "·", " . "]),
    st.sampled_from(["{}", "**{}**", "[{}]"]),
)
def test_a_circulation_mark_whose_letters_are_parted_is_a_mark(
    mark: str, sep: str, wrap: str
) -> None:
    parted = vst.letter_separated(mark, sep=sep)
    text = wrap.format(parted) + "\n" + BODY
    result = check_prompt(text)
    assert [f for f in result.findings if f.entity in (INTERNAL, MARK)], text
    assert result.decision.value == "block", text


@pytest.mark.parametrize("mark", CIRCULATION)
def test_a_circulation_mark_in_character_references_is_a_mark(mark: str) -> None:
    written = vst.char_references(mark)
    assert found(f"{written}\n{BODY}", INTERNAL) == [written]


@pytest.mark.parametrize(
    "text",
    [
        "x.e.m x.o.n.g t.r.a l.a.i sach nhe\nok",
        "Tài liệu thu hồi vốn đầu tư dự án\nok",
        "xem xong trả lại sách cho thư viện nhé\nok",
        "luu hanh/noi bo\nok",  # typed plain in lower case: too little
    ],
)
def test_ordinary_lines_stay_clear_of_circulation_marks(text: str) -> None:
    assert found(text, INTERNAL) == []
