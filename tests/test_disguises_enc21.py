"""Issue 14 (i14-enc21): disguises that still let a mark through once the text around them
changed: look-alike letters lower-cased, a legacy-encoded stamp quoted inside a Unicode
sentence (in capitals, in small letters, in title case), and every disguise of
``ai_guard.testing`` over the marks and values its strategies generate."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.text.document import Document
from ai_guard.text.encodings import encode, repair_text

# -- look-alike letters, lower-cased ---------------------------------------------------------------

#: capitals of Greek and Cyrillic that look like Latin ones, and the Latin letter
_LOOKALIKE_CAPITALS = {
    "A": "АΑ", "B": "ВΒ", "E": "ЕΕ", "H": "НΗ", "I": "ІΙ", "K": "КΚ", "M": "МΜ", "N": "Ν",
    "O": "ОΟ", "P": "РΡ", "T": "ТΤ", "X": "ХΧ", "C": "С",
}  # fmt: skip

_MARKS = {
    "MẬT": EntityType.STATE_SECRET_MARK,
    "TỐI MẬT": EntityType.STATE_SECRET_MARK,
    "TUYỆT MẬT": EntityType.STATE_SECRET_MARK,
    "LƯU HÀNH NỘI BỘ": EntityType.INTERNAL_MARK,
    "XEM XONG TRẢ LẠI": EntityType.INTERNAL_MARK,
    "TÀI LIỆU THU HỒI": EntityType.STATE_SECRET_MARK,
}

_SENTENCES = (
    "Trên bìa có dòng {}, nội dung là danh sách cán bộ, viết lại thành báo cáo ngắn.",
    "Em chụp văn bản có dấu {}, tóm tắt giúp em nội dung chính.",
    "{}\nBáo cáo tình hình quý 3, tóm tắt giúp em.",
)


@st.composite
def _lookalike_marks(draw: st.DrawFn, lower: bool) -> str:
    """A mark with some of its letters typed as Greek or Cyrillic capitals that look the same
    (one at least, in a word that keeps a Latin letter or a Vietnamese mark). Lower-cased,
    Greek ``Ν`` is ``ν``, which looks like "v" and is read so ("νội" is "vội"), but where only
    "n" makes a syllable ("hàνh")."""
    mark = draw(st.sampled_from(sorted(_MARKS)))
    places = [
        k for k, c in enumerate(mark) if c in _LOOKALIKE_CAPITALS and not (lower and c == "N")
    ]
    chosen = draw(st.sets(st.sampled_from(places), min_size=1, max_size=max(1, len(places) // 2)))
    chars = list(mark)
    for k in chosen:
        chars[k] = draw(st.sampled_from(_LOOKALIKE_CAPITALS[chars[k]]))
    # a word of look-alikes only ("ХЕМ") is a Cyrillic or Greek word, kept as written
    # ("Мат", "Москва"): each word keeps one letter of its own
    start = 0
    for word in mark.split(" "):
        if all(k in chosen for k in range(start, start + len(word))):
            chars[start] = mark[start]
        start += len(word) + 1
    return "".join(chars)


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from(_SENTENCES), st.booleans())
def test_lookalike_marks_block_in_either_case(
    data: st.DataObject, sentence: str, lower: bool
) -> None:
    """h21-010 ("LƯU НÀNН NỘI BỘ" with Cyrillic Н) and h21-008 ("МẬТ") lower-cased: the small
    letters of the capitals' look-alikes ("н", "м", "т") read as the Latin small letters."""
    text = sentence.format(data.draw(_lookalike_marks(lower)))
    if lower:
        text = text.lower()
    assert check_prompt(text).decision is Decision.BLOCK, text


@pytest.mark.parametrize(
    ("original", "reading"),
    [
        ("lưu нànн nội bộ", "lưu hành nội bộ"),
        ("dấu мậт", "dấu mật"),
        ("tυyệт mậт", "tυyệt mật"),  # Greek υ is "u" by its own row; τ is the capital's small
        ("Мы сказали нет", "Мы сказали нет"),  # a Russian sentence is kept as written
        ("Κατά μήνα", "Κατά μήνα"),  # a Greek one too
        ("кнт", "кнт"),  # only look-alikes: kept
        ("lưu hàνh", "lưu hành"),  # Greek ν is "v" but where only "n" makes a syllable
        ("νội", "vội"),
    ],
)
def test_small_lookalikes_read_only_inside_latin_words(original: str, reading: str) -> None:
    assert Document(original).text == reading.replace("υ", "u")


@pytest.mark.parametrize(
    "text",
    [
        "Quên mật khẩu email công vụ thì làm thế nào?",
        "Hướng dẫn bảo mật thông tin cho cán bộ",
        "Mua mật ong rừng ở đâu?",
        "Thông tin được phân loại theo ba độ mật: Tuyệt mật, Tối mật và Mật.",
        "Слово «мат» по-русски, а «нет» значит không",
    ],
)
def test_prose_about_secrecy_and_russian_words_stay_clean(text: str) -> None:
    result = check_prompt(text)
    marks = {EntityType.STATE_SECRET_MARK, EntityType.INTERNAL_MARK}
    assert not [f for f in result.findings if f.entity in marks], text


# -- a legacy-encoded stamp inside a Unicode sentence ---------------------------------------------

_QUOTES = (
    'Tiêu đề trong file hiện ra "{}", em cần dịch phần thân văn bản.',
    "Văn bản có dòng {} ở đầu trang, viết lại giúp em.",
)


def _garbled(mark: str, scheme: str) -> str:
    return encode(mark, scheme).decode("cp1252")


def _cases() -> list[tuple[str, str, str]]:
    out = []
    for mark in _MARKS:
        for case in ("upper", "lower", "title"):
            for scheme in ("tcvn3", "vni", "windows-1258"):
                if case != "upper" and scheme == "windows-1258":
                    continue  # small letters: below
                if case != "upper" and scheme == "vni" and mark.startswith("TỐI"):
                    continue  # "toái" is a word of its own: below
                out.append((mark, case, scheme))
    return out


#: a lone level or the recovery stamp in small or title letters, quoted after "hiện ra", is no
#: mark as written either (a word of the language quoted): not a case of the legacy reading
_QUOTED_AS_WORDS = frozenset(
    (mark, case) for mark in ("MẬT", "TÀI LIỆU THU HỒI") for case in ("lower", "title")
)


def _quoted_cases() -> list[tuple[str, str, str, str]]:
    return [
        (mark, case, scheme, sentence)
        for sentence in _QUOTES
        for mark, case, scheme in _cases()
        if not (sentence is _QUOTES[0] and (mark, case) in _QUOTED_AS_WORDS)
    ]


@pytest.mark.parametrize(("mark", "case", "scheme", "sentence"), _quoted_cases())
def test_a_legacy_stamp_quoted_in_a_unicode_sentence_blocks(
    mark: str, case: str, scheme: str, sentence: str
) -> None:
    """h21-067's TCVN3 capitals "L\\xadU HµNH NéI Bé" lower-cased: the repair reads the run
    ("bé" goes on "l\\xadu hµnh néi", "bộ"); VNI's "TOÁI MAÄT" ("TOÁI" goes on the capitals
    beside it); TCVN3's "MËT" alone (a capital font's word); Windows-1258's "MÂòT" (a tone
    after a vowel, in capitals, where Vietnamese writes none)."""
    written = {"upper": mark, "lower": mark.lower(), "title": mark.title()}[case]
    text = sentence.format(_garbled(written, scheme))
    # the mark as written blocks in this sentence (the cases where it does not are left out)
    assert check_prompt(sentence.format(written)).decision is Decision.BLOCK
    assert check_prompt(text).decision is Decision.BLOCK, text


@pytest.mark.parametrize(
    "text",
    [
        "Văn bản có dòng mËt ở đầu trang",  # TCVN3 would read "dòng" as "dũng"
        "Văn bản có dòng tèi mËt ở đầu trang",
        "Căn cứ Quyết định số 312/Q§-UBND, ông trân trọng hóa giải. Tám giờ.",
        "Chị Hà có dòng tµi liÖu ở đây",
    ],
)
def test_unicode_words_beside_a_legacy_run_are_kept(text: str) -> None:
    fixed = repair_text(text)
    assert fixed is not None
    kept = [w for w in text.split() if (w.isalpha() and w.isascii()) or w in "dòng trân Hà có"]
    for word in kept:
        assert word in fixed.text.split(), (word, fixed.text)


def test_one_converted_word_in_small_letters_takes_no_neighbour() -> None:
    """A word both readings spell ("dòng", "có") next to one converted word in small letters
    stays as written: one word is too little to say the neighbour is the font's."""
    fixed = repair_text("Văn bản có dòng mËt ở đầu trang")
    assert fixed is not None
    assert fixed.text == "Văn bản có dòng mật ở đầu trang"


# -- GIẢI MẬT: warn, do not auto-allow (FACTS c.4) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("GIẢI MẬT\nTừ: 15/8/2025\nBáo cáo tình hình kinh tế quý 3.", "GIẢI MẬT"),
        ("GIAI MAT\nTu: 15/8/2025\nBao cao quy 3.", "GIAI MAT"),
        ("MẬT          GIẢI MẬT\n             Từ: 12/3/2025\nBáo cáo", "GIẢI MẬT"),
        ("  ĐÃ GIẢI MẬT theo Quyết định số 904/QĐ-BCH ngày 02/6/2024\nBáo cáo", "ĐÃ GIẢI MẬT"),
        ("** GIẢI MẬT **\nKế hoạch tuần tra", "GIẢI MẬT"),
        ("Văn bản có dấu GIẢI MẬT, tóm tắt giúp em.", "GIẢI MẬT"),
        # typed in small letters where the sentence says the paper bears it (h35-052's chat
        # variants), or alone on its line under the stamp's cue
        ("văn bản có dấu giải mật, tóm tắt giúp em.", "giải mật"),
        ("van ban da dong dau giai mat tu 2024, tom tat giup", "giai mat"),
        ("Hồ sơ được đóng dấu Giải mật, tóm tắt giúp.", "Giải mật"),
        ("trên bìa hồ sơ có đóng dấu:\ngiải mật\ntừ: 15/10/2026\nhồ sơ khiếu nại", "giải mật"),
        ("dau tren van ban:\ngiai mat\nbao cao quy 3", "giai mat"),
    ],
)
def test_a_declassification_stamp_is_not_allowed_on_its_own(text: str, stamp: str) -> None:
    """The document was a state secret; the guard cannot vouch for its declassification: an
    INTERNAL_MARK (blocked by default) whose reason says to check the decision and date; a
    policy that lowers INTERNAL_MARK lets it through like any internal mark."""
    from ai_guard import Policy

    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    found = [f for f in result.findings if f.pattern == "internal.declassified"]
    assert [text[f.start : f.end] for f in found] == [stamp]
    assert found[0].entity is EntityType.INTERNAL_MARK
    assert "GIẢI MẬT" in found[0].reason.vi
    assert "ngày giải mật" in found[0].reason.vi
    assert "declassif" in found[0].reason.en
    lowered = Policy(actions={"INTERNAL_MARK": "allow"})
    assert not [
        f
        for f in check_prompt(text, policy=lowered).findings
        if f.action is not Decision.ALLOW and f.pattern == "internal.declassified"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tài liệu này đã được giải mật từ năm 2020, hãy tóm tắt.",
        "THÔNG TƯ QUY ĐỊNH MẪU DẤU GIẢI MẬT",
        "Thông tư quy định mẫu dấu mật và mẫu dấu giải mật",
        "QUY ĐỊNH VỀ GIẢI MẬT TÀI LIỆU",
        "Quy trình GIẢI MẬT tài liệu gồm mấy bước?",
        "GIẢI MẬT TÀI LIỆU LƯU TRỮ: HƯỚNG DẪN",
        "Quên mật khẩu thì làm sao giải mã?",
        "thủ tục đóng dấu giải mật gồm mấy bước?",
        "Các bước xử lý:\ngiải mật\nlưu trữ",
        "mẫu dấu:\ngiải mật tài liệu lưu trữ theo quy định",
        "Tài liệu đã được giải mật, có dấu đỏ ở góc.",
    ],
)
def test_declassification_named_in_prose_is_no_stamp(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW, text


# -- a salary table pasted flat (h31-008) ---------------------------------------------------------

_STAFF = ("Cù Thị Nguyệt", "Lưu Đức Hạnh", "Nguyễn Thị Mai Anh", "Trần Văn Bình")
_RANKS = ("Thư ký thi hành án", "Chấp hành viên sơ cấp", "Kỹ thuật viên", "Thanh tra viên chính")
_ACCOUNTS = ("2115 0004 682 193", "8518448892", "2115000471502", "0071 0012 3456 7")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_STAFF),
            st.sampled_from(_RANKS),
            st.sampled_from(("2,34", "3,33", "4,4", "2,67")),
            st.sampled_from(_ACCOUNTS),
        ),
        min_size=1,
        max_size=3,
        unique_by=lambda r: r[0],
    ),
    st.sampled_from(["tcvn3", None]),
)
def test_a_flat_salary_table_gives_each_name_and_account_whole(
    rows: list[tuple[str, str, str, str]], scheme: str | None
) -> None:
    """The next column's title ("Thư ký thi hành án", "Chấp hành viên") is no part of the name
    before it; the coefficient's decimals ("2,34") are no digits of the account after them."""
    lines = ["Bảng lương, sắp xếp lại thành bảng:", "STT Họ tên Ngạch Hệ số Số TK"]
    lines += [f"{k} {n} {r} {c} {a}" for k, (n, r, c, a) in enumerate(rows, 1)]
    text = "\n".join(lines)
    if scheme is not None:
        text = encode(text, scheme).decode("cp1252")
        fixed = repair_text(text)
        assert fixed is not None
        readable = fixed.text
    else:
        readable = text
    result = check_prompt(text)

    def found(entity: EntityType) -> list[str]:
        return [readable[f.start : f.end] for f in result.findings if f.entity is entity]

    if scheme is None:  # offsets are the input's: only the Unicode text reads back
        assert found(EntityType.PERSON) == [n for n, _, _, _ in rows]
        assert found(EntityType.BANK_ACCOUNT) == [a for _, _, _, a in rows]
    assert result.decision is not Decision.ALLOW
    shown = result.redacted_text
    for name, _r, _c, account in rows:
        written = name if scheme is None else encode(name, scheme).decode("cp1252")
        assert written not in shown
        assert account not in shown
        assert account.replace(" ", "")[-6:] not in shown.replace(" ", "")


# -- found by the sweep: OCR's "|" for "I", a VIQR stamp's "CHI?" --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "LƯU HÀNH NỘ| BỘ\nNhờ bạn soạn giúp công văn trả lời.",
        "Độ mật: LƯU HÀNH NỘ| BỘ\nNhờ bạn soạn giúp công văn trả lời.",
        "XEM XONG TRẢ LẠ|\nNhờ bạn soạn giúp công văn trả lời.",
        "Trên bìa có dòng LƯU HÀNH NỘ| BỘ, viết lại giúp em.",
        "CHI? NGU+O+`I CO' TE^N MO+'I DDU+O+.C BO'C BI`\nNho+` ba.n soa.n giu'p.",
        "Ddo^. ma^.t: CHI? NGU+O+`I CO' TE^N MO+'I DDU+O+.C BO'C BI`\nNho+` ba.n.",
    ],
)
def test_marks_the_sweep_found_are_blocked(text: str) -> None:
    assert check_prompt(text).decision is Decision.BLOCK, text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("| STT | HỌ TÊN |\n| 1 | NGUYỄN VĂN AN |", "HỌ TÊN |"),
        ("STT|HỌ TÊN|CCCD\n1|NGUYỄN VĂN AN|001085012345", "HỌ TÊN|CCCD"),
        ("|STT|HỌ TÊN|\n|1|NGUYỄN VĂN AN|", "HỌ TÊN|"),
    ],
)
def test_a_tables_pipes_are_no_ocr_letters(text: str, kept: str) -> None:
    from ai_guard.text.invisible import unveil

    veil = unveil(text)
    assert veil is None or kept in veil.text


@pytest.mark.parametrize("text", ["CO KHONG? TOI HOI", "Anh co biet khong? Ca'm o+n anh."])
def test_a_question_mark_before_viqr_words_stays_a_question_mark(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (
            "Nhờ bạn soạn giúp.\nho_ten,so_giay_phep_lai_xe\nNguyễn Văn An,010400000000",
            EntityType.DRIVER_LICENSE,
            "010400000000",
        ),
        (
            "Họ tên,Số căn cước công dân\nNguyễn Văn An,001085012345",
            EntityType.CCCD,
            "001085012345",
        ),
    ],
)
def test_a_two_column_csv_under_a_five_word_label(
    text: str, entity: EntityType, value: str
) -> None:
    """The sweep's csv_rows on a licence: a header cell of five words ("so_giay_phep_lai_xe")
    was too long for a two-column CSV's, and the value went out."""
    result = check_prompt(text)
    assert [text[f.start : f.end] for f in result.findings if f.entity is entity] == [value]


@pytest.mark.parametrize("marker", ["_", "__", "**", "*", "`"])
@pytest.mark.parametrize("plate", ["30A-123.45", "51G-678.90", "29-B1 123.45"])
def test_a_plate_in_markdown_emphasis_is_redacted(marker: str, plate: str) -> None:
    """The sweep's emphasis on plates: "__30A-123.45__" went out (the underscores read as a
    longer token's); a plate glued into a file name stays no plate."""
    text = f"Nhờ bạn soạn giúp công văn trả lời.\nBiển số xe: {marker}{plate}{marker}"
    result = check_prompt(text)
    assert [text[f.start : f.end] for f in result.findings] == [plate]
    assert check_prompt(f"file_{plate.replace(' ', '')}_v2.pdf").findings == []


@pytest.mark.parametrize(
    "text",
    [
        "Họ và tên: __Nguyễn Văn An__",
        "Họ và tên: _Nguyễn Văn An_",
        "Ông __Nguyễn Văn An__ đến nộp hồ sơ",
        "__Trần Thị Bích Ngọc__ là người đề nghị",
    ],
)
def test_a_name_in_underscore_emphasis_is_redacted(text: str) -> None:
    """The sweep's emphasis on names: Markdown's underscores closed the run as a word's."""
    result = check_prompt(text)
    names = [text[f.start : f.end] for f in result.findings if f.entity is EntityType.PERSON]
    assert len(names) == 1
    assert names[0].strip("_") == names[0]
    assert names[0] in text.replace("_", "")


@pytest.mark.parametrize(
    ("original", "reading"),
    [
        ("ХЕМ ХОNG TRẢ LẠI", "XEM XONG TRẢ LẠI"),  # a word all Cyrillic beside a mixed one
        ("ХЕМ XONG TRẢ LẠI", "XEM XONG TRẢ LẠI"),  # beside Latin capitals
        ("МОСКВА VÀ HÀ NỘI", "MOCKBA VÀ HÀ NỘI"),  # (read so too: no harm, nothing found)
        ("Москва và Hà Nội", "Москва và Hà Nội"),  # not in capitals: a Russian word
        ("МАТЕМАТИКА", "МАТЕМАТИКА"),  # alone: a Russian word
    ],
)
def test_a_capital_word_of_lookalikes_beside_latin_capitals(original: str, reading: str) -> None:
    assert Document(original).text == reading


def test_a_stamp_word_typed_all_in_cyrillic_blocks() -> None:
    text = "Độ mật: ХЕМ ХОNG ТRẢ LẠІ\nNhờ bạn soạn giúp công văn trả lời."
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Độ Mật: Tài Liệu Thu Hồi\nNhờ Bạn Soạn Giúp Công Văn Trả Lời.",
        "Độ mật: tài liệu thu hồi\nNhờ bạn soạn giúp.",
        "Độ mật: chỉ người có tên mới được bóc bì",
        '{"do_mat": "Tài liệu thu hồi"}',
    ],
)
def test_a_control_stamp_as_the_secrecy_fields_value_blocks(text: str) -> None:
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text", ["Độ mật: tài liệu thu hồi là gì?", "Mật khẩu: tài liệu thu hồi của phòng"]
)
def test_a_question_about_the_stamp_after_the_key_stays_clean(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW
