"""vn.secrecy_mark reads a two-word level whole: "T O | M A T" (a letter-spaced "TỐI MẬT" in a
table, its "I" read by OCR as the bar, or the bar between the two words) was found as "M A T"
only, so the level read (and classify_document's secrecy) was "mật", one level below what the
text holds. The first word before a lone "mật", in the same style (spaced, capitals, marks),
across spaces, a tab, a bar, a dot, a hyphen or an underscore, now belongs to the mark; the
words joined by a dot or a bar ("TỐI.MẬT", "TOI|MAT") are a level too. The pronoun "TÔI", a
lower-case "tôi | mật", a data file's "toi.mat" and the phrases of "mật" stay as they were."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt, classify_document

MARK = EntityType.STATE_SECRET_MARK


def _marks(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is MARK]


@pytest.mark.parametrize(
    "level",
    [
        "T O | M A T",
        "T O\t|\tM A T",
        "T O I | M A T",
        "T Ố I | M Ậ T",
        "T Ố I  |  M Ậ T",
        "T U Y Ệ T | M Ậ T",
        "T U Y E T  M A T",
        "T-Ố-I M-Ậ-T",
        "T.O.I M.A.T",
        "TỐI | MẬT",
        "TUYỆT | MẬT",
        "TOI.MAT",
        "TỐI.MẬT",
        "TOI|MAT",
        "tuyệt.mật",
        "T\u200bỐ\u200bI M\u200bẬ\u200bT",
    ],
)  # fmt: skip
def test_a_two_word_level_is_read_whole(level: str) -> None:
    for text in (level, f"| 12/BC-CA | {level} |", f"Độ mật: {level}\nNội dung: kế hoạch"):
        assert level in _marks(text), text
        assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    ("stamp", "secrecy"),
    [
        ("T O | M A T", "toi_mat"),
        ("T Ố I | M Ậ T", "toi_mat"),
        ("TỐI.MẬT", "toi_mat"),
        ("T U Y Ệ T | M Ậ T", "tuyet_mat"),
        ("TUYỆT | MẬT", "tuyet_mat"),
        ("M Ậ T", "mat"),
    ],
)  # fmt: skip
def test_classify_document_takes_the_level_read_whole(stamp: str, secrecy: str) -> None:
    doc = f"BỘ CÔNG AN\n{stamp}\nSố: 12/BC-CA\nBÁO CÁO\nVề tình hình an ninh trên địa bàn\n"
    assert classify_document(doc).secrecy == secrecy


@given(
    sep=st.sampled_from([" | ", "  |  ", "\t|\t", " ", "  ", "\t"]),
    lead=st.sampled_from(["T Ố I", "T O I", "T U Y Ệ T", "T U Y E T"]),
    mat=st.sampled_from(["M Ậ T", "M A T"]),
)
@settings(max_examples=40, deadline=None)
def test_a_spaced_level_keeps_its_first_word_whatever_stands_between(
    sep: str, lead: str, mat: str
) -> None:
    text = f"| {lead}{sep}{mat} |"
    marks = _marks(text)
    assert any(m.startswith(lead[0]) and m.endswith(mat) for m in marks), (text, marks)


@pytest.mark.parametrize(
    "text",
    [
        "mật khẩu của tôi là abc",
        "bảo mật thông tin khách hàng",
        "mật ong rừng nguyên chất",
        "Ba độ mật là tuyệt mật, tối mật và mật.",
        "Tôi | MẬT KHẨU",
        "tôi | mật",
        "tối | mật",
        "Mình tối.Mật khẩu wifi là gì",
        "load('toi.mat') trong matlab",
        "data/toi.mat",
        "TO | MAT",
    ],
)  # fmt: skip
def test_ordinary_words_stay_clean(text: str) -> None:
    assert _marks(text) == []


def test_the_pronoun_before_a_stamp_is_not_its_first_word() -> None:
    # "TÔI" (the pronoun, its "ô" no OCR reading of "ố" where no stamp stands) is left out
    assert _marks("TÔI | MẬT") == ["MẬT"]
