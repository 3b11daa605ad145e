"""Marks left over from holdout31 (issue 14: zero misses for secrets), probed as classes with new
shapes, never the set's rows: the control stamps of Mẫu 07 (``CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ``,
``TÀI LIỆU THU HỒI``) as a scanner gives them (an ``I`` read as ``l``, ``1`` or ``|``, an ``O``
as ``0``), letter-spaced, in lower case, broken over lines, in a table cell; the envelope letter
after its key and a space only (``Độ mật A``); and the prose that must stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.testing import strategies as vst
from ai_guard.text.invisible import unveil

_BOC_BI = "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ"
_THU_HOI = "TÀI LIỆU THU HỒI"


def _marks(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity.value == "STATE_SECRET_MARK"
    ]


@pytest.mark.parametrize(
    "stamp",
    [
        "CHI NGUOI CO TEN MOI DUOC BOC Bl",
        "CHl NGUOl CO TEN MOl DUOC BOC Bl",
        "CH1 NGU0I C0 TEN M0I DU0C B0C B1",
        "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC B|",
        "chl nguol co ten mol duoc boc bl",
        "CHỈ  NGƯỜI  CÓ  TÊN  MỚI  ĐƯỢC  BÓC  BÌ",
        "C H Ỉ  N G Ư Ờ I  C Ó  T Ê N  M Ớ I  Đ Ư Ợ C  B Ó C  B Ì",
        "c h i  n g u o i  c o  t e n  m o i  d u o c  b o c  b i",
        "CHỈ NGƯỜI CÓ TÊN\nMỚI ĐƯỢC BÓC BÌ",
        "C H Ỉ  N G Ư Ờ I  C Ó  T Ê N\nM Ớ I  Đ Ư Ợ C  B Ó C  B Ì",
        "| Ghi chú bì | chỉ người có tên mới được bóc bì |",
        "TAl LlEU THU HOl",
        "TÀI LIỆU THU H0I",
        "T À I  L I Ệ U  T H U  H Ồ I",
        "TÀI LIỆU\nTHU HỒI",
    ],
)
def test_a_control_stamp_is_found_as_a_scanner_or_a_typist_leaves_it(stamp: str) -> None:
    text = f"Em scan phong bì công văn đến, nhờ đọc giúp:\n{stamp}\nKính gửi: Chi cục THADS khu vực"
    result = check_prompt(text)
    assert result.blocked, _marks(text)
    # the stamp whole, from its first letter to its last (a table row's cell: the cell's text)
    whole = stamp.removeprefix("| Ghi chú bì | ").removesuffix(" |")
    assert whole in _marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phong bì: Độ mật A",
        "Kính gửi: Phòng Tổ chức cán bộ\nĐộ mật B\nSố: 14/TTr",
        "Bì thư: Độ mật C, chỉ người có tên mới được bóc bì",
        "ĐỘ MẬT A",
    ],
)
def test_an_envelope_letter_after_its_key_and_a_space_is_a_mark(text: str) -> None:
    assert check_prompt(text).blocked, _marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # the letters named in the rules, not carried by an envelope
        "Tài liệu Tuyệt mật đóng dấu độ mật A, tài liệu Tối mật đóng dấu B.",
        "Trên bì ghi độ mật A, B hoặc C tùy mức độ.",
        "Độ mật A là cao nhất phải không?",
        "Câu hỏi: độ mật A tương ứng với mức nào?",
        "độ mật a",
        # the stamps' words as ordinary phrases
        "Tài liệu thu hồi được tại hiện trường gồm 3 quyển sổ.",
        "Quyết định thu hồi đất của hộ ông Ba, bóc tách chi phí bồi thường giúp em.",
        "Chỉ người có tên trong danh sách mới được vào phòng họp.",
        "Bóc bì thư xong thì vào sổ công văn đến nhé.",
    ],
)
def test_the_words_of_the_stamps_in_prose_stay_clean(text: str) -> None:
    assert not _marks(text)


_SHAPES = (
    "letter_spaced",
    "line_wrapped",
    "table_cell",
    "upper_case",
    "lower_case",
    "title_case",
    "without_diacritics",
    "zero_width",
    "odd_spaces",
    "ocr_letters",
)


def _order(d: vst.Disguise) -> tuple[int, bool]:
    """Value disguises first (letter spacing last of them), then fields, then the prompt's."""
    return (("value", "field", "prompt").index(d.scope), d.name == "letter_spaced")


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    stamp=st.sampled_from([_BOC_BI, _THU_HOI]),
    applied=st.lists(vst.disguises(names=_SHAPES), min_size=1, max_size=2),
)
def test_a_control_stamp_under_disguises_is_never_allowed(
    stamp: str, applied: list[vst.Disguise]
) -> None:
    value = stamp
    # letter spacing last: a line broken inside a letter-spaced word ("C" / "H Ỉ  N G ...") is
    # a break no reading joins yet (left for later; words broken apart are read)
    for d in sorted(applied, key=_order):
        value = d(value)
    text = f"Tóm tắt giúp em văn bản sau:\n{value}\nBÁO CÁO KẾT QUẢ THI HÀNH ÁN QUÝ I"
    assert check_prompt(text).blocked, (applied, value)


# -- a lesson's list of mistakes names the mark; a deed reported carries it (h31-104) ----------

_OTHER_ITEMS = (
    "dán hồ sơ thi hành án",
    "dán đơn tố cáo có tên người tố cáo",
    "dán lý lịch cán bộ",
    "dùng email công vụ đăng ký tài khoản",
    "tải danh sách đương sự lên",
)
_MARK_ITEMS = (
    "dán văn bản có dấu mật",
    "đưa tài liệu có dấu tối mật lên",
    "dán công văn đóng dấu MẬT",
    "tải tài liệu có dấu tuyệt mật lên",
)
_LESSONS = (
    "Soạn slide tập huấn: 5 lỗi thường gặp khi dùng chatbot AI —",
    "Những điều cấm khi dùng ChatGPT:",
    "Bài giảng: các sai lầm phổ biến —",
    "Không nên:",
)
_DEEDS = (
    "Em lỡ",
    "Hôm qua tôi",
    "Chị ấy vừa",
    "Mình đã",
)


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    lesson=st.sampled_from(_LESSONS),
    mark=st.sampled_from(_MARK_ITEMS),
    others=st.lists(st.sampled_from(_OTHER_ITEMS), min_size=2, max_size=4, unique=True),
    at=st.integers(0, 4),
)
def test_a_mark_in_a_lesson_s_list_of_mistakes_is_named_not_carried(
    lesson: str, mark: str, others: list[str], at: int
) -> None:
    items = [*others]
    items.insert(min(at, len(items)), mark)
    text = f"{lesson} {', '.join(items)}."
    assert not _marks(text), text


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    lesson=st.sampled_from(_LESSONS),
    deed=st.sampled_from(_DEEDS),
    mark=st.sampled_from(_MARK_ITEMS),
    others=st.lists(st.sampled_from(_OTHER_ITEMS), min_size=2, max_size=4, unique=True),
)
def test_the_same_list_told_as_a_deed_done_keeps_blocking(
    lesson: str, deed: str, mark: str, others: list[str]
) -> None:
    said = f"{deed} {mark[0].lower()}{mark[1:]}, {', '.join(others)} lên chatbot rồi."
    assert check_prompt(said).blocked, said
    # the lesson's words before it change nothing: someone did it
    assert check_prompt(f"{lesson} {said}").blocked, said


@pytest.mark.parametrize(
    "text",
    [
        # a page pasted after the list may be the document
        "Lỗi thường gặp: dán văn bản có dấu mật, dán hồ sơ, dán lý lịch.\n"
        "Nội dung: Báo cáo kết quả xác minh tài sản",
        # work asked on a text at hand
        "5 lỗi thường gặp: dán văn bản có dấu mật này, dán hồ sơ, dán lý lịch.",
        "Tóm tắt giúp: 5 lỗi: dán văn bản có dấu mật, dán hồ sơ, dán lý lịch.",
        # one deed named, no list
        "Lỗi thường gặp: dán văn bản có dấu mật.",
        # a named person's mistake
        "Chị Lan mắc lỗi: dán văn bản có dấu mật, dán hồ sơ, dán lý lịch.",
    ],
)
def test_what_is_not_a_lesson_s_list_keeps_blocking(text: str) -> None:
    assert check_prompt(text).blocked, _marks(text)


# -- the copy stamp of a secret document (Mẫu 09-10; wording unverified in reference.md) --------


@pytest.mark.parametrize(
    "text",
    [
        "Tóm tắt giúp:\nBẢN SAO SỐ: 04\nThời gian sao: 14 giờ ngày 9/3/2026\n"
        "Người cho phép sao: Phó Chánh Văn phòng",
        "Tóm tắt giúp:\nBAN SAO SO 03\nBao cao ket qua xac minh",
        "Tóm tắt giúp:\nB Ả N  T R Í C H  S A O  S Ố  0 1\nBáo cáo kết quả",
        "bản sao số: 01; thời gian sao: 9h ngày 2/4/2026; người sao: văn thư",
    ],
)
def test_a_copy_stamp_is_a_mark(text: str) -> None:
    assert check_prompt(text).blocked, _marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hồ sơ gồm bản sao số hóa của giấy tờ và bản sao số 2 của hợp đồng.",
        "Bản sao số 2 của hợp đồng lưu tại phòng.",
        "Thủ tục chứng thực bản sao số lượng lớn",
        'Mẫu dấu "BẢN SAO SỐ: ..." gồm thời gian sao, người sao và người cho phép sao.',
        "Luật 117/2025/QH15 về bảo vệ bí mật nhà nước có hiệu lực từ 1/3/2026.",
        "Nghị định 63/2026 hướng dẫn mẫu dấu và văn bản điện tử bí mật nhà nước.",
        "Luật chia bí mật nhà nước thành ba độ: Tuyệt mật, Tối mật và Mật.",
    ],
)
def test_the_law_and_ordinary_copies_stay_clean(text: str) -> None:
    assert not _marks(text)


# -- every mark of reference.md c.3-c.4, in every form it arrives in ------------------------------

_FACTS_MARKS = (
    "TUYỆT MẬT",
    "TỐI MẬT",
    "MẬT",
    "Độ mật: A",
    "Độ mật: Tối mật",
    "TÀI LIỆU THU HỒI",
    _BOC_BI,
    "BẢN SAO SỐ: 02",
    "LƯU HÀNH NỘI BỘ",
    "XEM XONG TRẢ LẠI",
    "TÀI LIỆU KHÔNG PHỔ BIẾN",
)
_FORMS = {
    "as stamped": lambda m: m,
    "title case": vst.title_case,
    "lower case": vst.lower_case,
    "without diacritics": vst.without_diacritics,
    "plain lower": lambda m: vst.without_diacritics(m).lower(),
    "OCR l": lambda m: vst.ocr_letters(m, i_as="l"),
    "OCR 1, no diacritics": lambda m: vst.ocr_letters(vst.without_diacritics(m), i_as="1"),
    "letter-spaced": vst.letter_spaced,
    "letter-spaced lower": lambda m: vst.letter_spaced(m.lower()),
    "zero-width": vst.zero_width,
    "table cell": lambda m: f"| Ghi chú | {m} |",
    "wrapped": lambda m: vst.line_wrapped(m, at=6),
    "tones lost": vst.tones_lost,
}


@pytest.mark.parametrize("form", list(_FORMS))
@pytest.mark.parametrize("mark", _FACTS_MARKS)
def test_every_mark_of_the_law_blocks_in_every_form(mark: str, form: str) -> None:
    shown = _FORMS[form](mark)
    text = f"Tóm tắt giúp em văn bản sau:\n{shown}\nBÁO CÁO\nKết quả công tác quý I năm 2026"
    assert check_prompt(text).blocked, shown


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("LƯU HÀNH NỘl BỘ", "LƯU HÀNH NỘI BỘ"),
        ("XEM XONG TRẢ LẠl", "XEM XONG TRẢ LẠI"),
        ("TÀl LlỆU KHÔNG PHỔ BlẾN", "TÀI LIỆU KHÔNG PHỔ BIẾN"),
    ],
)
def test_a_scanner_s_letters_in_capitals_are_read_back(text: str, read: str) -> None:
    veil = unveil(text)
    assert veil is not None
    assert veil.text == read
    assert veil.span(0, len(read)) == (0, len(text))


@pytest.mark.parametrize(
    "text",
    ["Máy bay F16 và xe B1", "COVID19 ở TP HCM", "Alo, Blog của tôi", "Khổ giấy A0", "NGÀY Bl"],
)
def test_codes_and_words_that_are_no_scanner_s_letters_stay_as_they_are(text: str) -> None:
    assert unveil(text) is None


# -- circulation marks as chat writes them (the chat variants' gate, holdout15/21) --------------


@pytest.mark.parametrize(
    "text",
    [
        'tiêu đề trong file hiện ra "lưu hành nội bộ", em cần dịch phần thân văn bản.',
        'màn hình hiện "xem xong trả lại" ở đầu trang, tóm tắt giúp',
        'dịch phần đầu: "tài liệu không phổ biến. dự thảo phương án sắp xếp bộ máy năm 2027."',
        'soạn lại: "xem xong trả lại. biên bản họp chi bộ tháng 3"',
    ],
)
def test_a_circulation_mark_shown_or_opening_a_quoted_paste_blocks(text: str) -> None:
    result = check_prompt(text)
    assert result.blocked
    assert any(f.entity.value == "INTERNAL_MARK" for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        'Hỏi: "không phổ biến. Vì sao?"',
        'Văn bản có dòng "lưu hành nội bộ" thì có được đăng lên cổng không?',
        "Màn hình hiện ra thông báo lỗi, không phổ biến lắm.",
    ],
)
def test_circulation_words_said_stay_clean(text: str) -> None:
    assert not any(f.entity.value == "INTERNAL_MARK" for f in check_prompt(text).findings)
