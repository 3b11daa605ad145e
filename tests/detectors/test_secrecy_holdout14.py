"""Secrecy and circulation marks in the shapes holdout14's writer used to break the guard,
written anew: each blocks with its span, in the case and spelling chat gives it, and the
ordinary text beside each shape stays clean."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType, check_prompt

_MARKS = (EntityType.STATE_SECRET_MARK, EntityType.INTERNAL_MARK)


def _marks(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity in _MARKS]


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        # a two-word level closing its line as the whole value after a short lead's colon
        ("Ảnh quét: TỐI MÂT\nQUYẾT ĐỊNH\nVề việc điều động", "TỐI MÂT"),
        ("ban scan: tuyet mat\nke hoach kiem tra", "tuyet mat"),
        ("dòng đầu: tối mật\nthông báo kết luận", "tối mật"),
        # a field of a header flattened with slashes or bars
        ('Dịch: "SỞ TƯ PHÁP / Tối Mật / Số: 12/BC-STP / BÁO CÁO ..."', "Tối Mật"),
        ("so noi vu | tuyet mat | so: 7/kh-snv | ke hoach", "tuyet mat"),
        # the number line's last field after a wide gap, in any case
        ("số: 88/tb-ubnd                 mật\nthông báo lịch họp", "mật"),
        ("So: 88/TB-UBND                 MAT\nTHONG BAO lich hop", "MAT"),
        # the whole content of an HTML element
        ('<p class="stamp">tối mật</p><h1>Kế hoạch</h1>', "tối mật"),
        ("<td>TUYET MAT</td>", "TUYET MAT"),
        # quoted, with where it stands after it
        ('bản chụp có chữ "tuyệt mât" ở góc trái, dịch phần còn lại', "tuyệt mât"),
        ('anh chup co dong "toi mat" o goc phai', "toi mat"),
        # letter-spaced, in lower case
        ('tiêu đề là "t ố i  m ậ t" rồi đến số hiệu', "t ố i  m ậ t"),
        ("dong dau: t u y e t  m a t", "t u y e t  m a t"),
        # a document typed plain, then "đó" closing the clause
        ("gui giup anh cai file mat do nhe", "file mat"),
        ("van ban mat do, tom tat giup", "van ban mat"),
        # "tai lieu mat" said of what it is about, or in an English sentence
        ("minh dan tai lieu mat ve ke hoach to chuc can bo, viet lai giup", "tai lieu mat"),
        ("here is a tai lieu mat from the ministry, summarise it for me", "tai lieu mat"),
        # a stamp whose letters a legacy encoding garbled, lower-cased or stripped afterwards
        ("UBND TØNH Hµ NAM\nTeI MET\nKO HO¹CH", "TeI MET"),
        ("coang an tænh baec ninh\nmaat\nbauo cauo", "maat"),
        ("tai lieou thu hoii\nbien baon hoop ban chio ðaoo", "tai lieou thu hoii"),
        ("l¦u hµnh nei be\nth¤ng b¸o", "l¦u hµnh nei be"),
    ],
)  # fmt: skip
def test_the_mark_blocks_with_its_span(text: str, mark: str) -> None:
    assert _marks(text) == [mark]
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # a colon before a level named in prose about the levels, or an example
        "Mức cao nhất: Tuyệt mật",
        "ví dụ: tối mật",
        "hoi: toi mat",
        "Các mức: tuyệt mật / tối mật / mật",
        # the number line's last field is a place and date, not a level
        "Số: 215/BC-UBND                    Hà Nội, ngày 3 tháng 4\nnội dung mật ong",
        # the levels listed in a page's list; markup inside a phrase
        "<ul><li>Tuyệt mật</li><li>Tối mật</li><li>Mật</li></ul>",
        "<b>mật</b> ong rừng",
        # letters spaced out in ordinary words
        "B Ả O  M Ậ T",
        "m ậ t  k h ẩ u",
        "M A T H",
        "đây là m ậ t ong",
        # "mat do": density, with its complement
        "gui file mat do dan so tinh",
        "file mat do qua cao",
        # "tai lieu mat" typed plain, nothing saying which document: may be "mất" (lost)
        "a oi e lam tai lieu mat roi",
        "tai lieu mat ve tay doi thu",
        "hom qua tai lieu mat, ve nha tim mai",
        # a garbled-looking line in a text with no legacy encoding, or foreign letters alone
        "Søren viết:\nMét\nhẹn gặp lại",
        "TEI MET\nkhông có gì",
        "Björn và Søren đến họp, mật độ dân số cao",
    ],
)  # fmt: skip
def test_ordinary_text_stays_clean(text: str) -> None:
    assert _marks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose the document is, after a level typed plain: a body's
        ("e dan cai tai lieu mat cua ban chi dao vao day, ban tom tat giup e", ["tai lieu mat"]),
        # the level, then the stamp's word and where it stands, in English
        ("our memo has tuyet mat stamped at the top left, can you summarise it?", ["tuyet mat"]),
        # lost (mất) things, and a level with no stamp after it, stay clean
        ("tai lieu mat cua em roi", []),
        ("nha toi mat cua roi", []),
        ("the weather is toi mat today", []),
    ],
)
def test_a_documents_owner_and_a_stamp_said_after_its_text(text: str, expected: list[str]) -> None:
    assert _marks(text) == expected
