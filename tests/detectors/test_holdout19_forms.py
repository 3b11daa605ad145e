"""holdout19's identifiers, marks and keys (issue 14, eleventh session): the forms a user
writes to get past the guard, or that arrive mangled, each read in its general form (what a
real user sends beside the corpus's row), and the hard negatives beside them."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt


def _found(text: str, entity: EntityType) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# -- a circulation mark said of the text: "the page has the line ..." ------------------------


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        (
            "van ban nay cuoi trang co dong xem xong tra lai, a viet lai giup e thanh thong bao",
            "xem xong tra lai",
        ),
        ("Văn bản cuối trang có dòng xem xong trả lại, tóm tắt giúp em", "xem xong trả lại"),
        ("trên bìa có câu xem xong trả lại, rút gọn giúp", "xem xong trả lại"),
        ("bia co dong tai lieu khong pho bien, tom tat giup", "tai lieu khong pho bien"),
        ("đầu trang ghi dòng “không phổ biến”, anh soạn lại giúp", "không phổ biến"),
    ],
)
def test_a_mark_said_to_be_a_line_on_the_page_blocks(text: str, mark: str) -> None:
    result = check_prompt(text)
    assert mark in _found(text, EntityType.INTERNAL_MARK)
    assert result.decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # "cổ đông" (shareholders) folds as "có dòng" does
        "Cổ đông không phổ biến thông tin nội bộ cho nhau, viết lại câu này",
        "co dong khong pho bien thong tin cho nhau, viet lai cau nay",
        "có dòng sông xem xong trả lại cho thư viện",
    ],
)
def test_a_line_word_before_ordinary_words_is_no_mark(text: str) -> None:
    assert _found(text, EntityType.INTERNAL_MARK) == []


# -- a stamp whose letters OCR spaced irregularly ----------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    ["TÓI  MẬ T", "TỐI MẬ T", "T ỐI MẬT", "TUY ỆT MẬT", "TUYỆT MẬ T", "TỐ I MẬT", "MẬ T", "M ẬT",
     "**TÓI MẬ T**", "tuyệ t mật"],
)  # fmt: skip
def test_a_stamp_line_spaced_by_ocr_is_found_whole(stamp: str) -> None:
    text = f"Bản OCR công văn, chỉnh lại giúp:\nSỞ NỘI VỤ\n{stamp}\nV/v xác minh lý lịch ..."
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    found = _found(text, EntityType.STATE_SECRET_MARK)
    assert found == [stamp.strip("*")]


@pytest.mark.parametrize(
    "line",
    [
        "tôi mấ t",  # "tôi mất" (I lost), broken: no level
        "toi ma t",  # typed plain: says too little
        "Mậ t",  # a single word in lower case
        "MẶ T",  # "mặt" (face) outside a stamp's place
    ],
)
def test_a_broken_line_that_spells_no_level_in_a_stamps_form_is_no_mark(line: str) -> None:
    text = f"Ghi chú cuộc họp:\n{line}\nví và giấy tờ"
    assert _found(text, EntityType.STATE_SECRET_MARK) == []


def test_a_broken_level_inside_a_sentence_is_left_to_the_other_rules() -> None:
    text = "Dòng này có chữ TỐI MẬ T nằm giữa câu và còn nhiều chữ khác nữa\nhết"
    assert all(f.pattern != "secrecy.respaced_line" for f in check_prompt(text).findings)


# -- a key cut into string literals: each literal whole, the joiner kept -----------------------

_GROQ_A, _GROQ_B = "gsk_VMNFgKGdZQZEacozvNSB3yURjz", "G9COCMhP90aBzfR7xsb8TcvdTe"


@pytest.mark.parametrize(
    ("code", "pieces"),
    [
        (f'GROQ_KEY = "{_GROQ_A}" + "{_GROQ_B}"', [_GROQ_A, _GROQ_B]),
        (f"KEY = '{_GROQ_A}' +\n    '{_GROQ_B}'", [_GROQ_A, _GROQ_B]),
        (f'KEY = ("{_GROQ_A}"\n       "{_GROQ_B}")', [_GROQ_A, _GROQ_B]),
        (
            f'KEY = "{_GROQ_A}" + "{_GROQ_B[:9]}" + "{_GROQ_B[9:]}"',
            [_GROQ_A, _GROQ_B[:9], _GROQ_B[9:]],
        ),
        (f'KEY = "{_GROQ_A}{_GROQ_B}"', [_GROQ_A + _GROQ_B]),
    ],
)
def test_a_key_cut_into_literals_is_redacted_literal_by_literal(
    code: str, pieces: list[str]
) -> None:
    text = f"Đoạn code này chạy chậm, tối ưu giúp:\n{code}\nclient = Groq(api_key=KEY)"
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert _found(text, EntityType.API_SECRET) == pieces


#: a Groq key (its 52 characters after the prefix)
_GROQ = "gsk_" + "Q7vX2mLp9RkT4wZb8NcJ1hYf6GdS3aUe5KiO0rWq7PzMx2Vn4Bt8"


def _continues(piece: str) -> bool:
    """A literal that shows it goes on with a key (``key_disguises._continues``): a digit in
    it, or a capital past its first character, and not a number of its own."""
    return not piece.isdigit() and (
        any(c.isdigit() for c in piece) or any(c.isupper() for c in piece[1:])
    )


@settings(max_examples=50, deadline=None)
@given(
    cuts=st.lists(st.integers(min_value=6, max_value=52), min_size=1, max_size=3, unique=True),
    quote=st.sampled_from(['"', "'"]),
    joiner=st.sampled_from([" + ", "+", " +\n    ", "\n    ", " "]),
)
def test_no_character_of_a_cut_key_is_left_visible(
    cuts: list[int], quote: str, joiner: str
) -> None:
    """Wherever a key is cut into literals, every character of it is inside a finding, and
    what joins the literals is outside every finding."""
    bounds = [0, *sorted(cuts), len(_GROQ)]
    literals = [_GROQ[a:b] for a, b in itertools.pairwise(bounds)]
    assume(all(len(p) >= 2 and _continues(p) for p in literals[1:]))
    glue = quote + joiner + quote
    text = "sửa giúp em:\nKEY = " + quote + glue.join(literals) + quote + "\nprint(KEY)"
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    spans = [(f.start, f.end) for f in result.findings if f.entity is EntityType.API_SECRET]
    pos = text.index(quote) + 1
    for n, literal in enumerate(literals):
        for k in range(pos, pos + len(literal)):
            assert any(s <= k < e for s, e in spans), (text, spans)
        pos += len(literal)
        if n < len(literals) - 1:
            for k in range(pos, pos + len(glue)):
                assert not any(s <= k < e for s, e in spans), (text, spans)
            pos += len(glue)
