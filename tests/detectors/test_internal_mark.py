"""vn.internal_mark: circulation marks of internal documents (reference.md c.4, guidance 557
P5), blocked by default, lowered by policy; ordinary prose with the same words stays clean."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType, Policy, check_prompt

MARK = EntityType.INTERNAL_MARK
FAMILY = (MARK,)

POSITIVES = [
    pytest.param("LƯU HÀNH NỘI BỘ", "LƯU HÀNH NỘI BỘ", id="alone"),
    pytest.param("BẢN TIN SỐ 5\n(Lưu hành nội bộ)\nTháng 3/2024", "Lưu hành nội bộ",
                 id="bracketed"),
    pytest.param("Tài liệu lưu hành nội bộ", "lưu hành nội bộ", id="line-with-prefix"),
    pytest.param("TÀI LIỆU KHÔNG PHỔ BIẾN\nKế hoạch nhân sự 2025", "TÀI LIỆU KHÔNG PHỔ BIẾN",
                 id="khong-pho-bien"),
    pytest.param("XEM XONG TRẢ LẠI\nDự kiến phương án", "XEM XONG TRẢ LẠI", id="xem-xong"),
    pytest.param("HẠN CHẾ PHỔ BIẾN", "HẠN CHẾ PHỔ BIẾN", id="han-che"),
    pytest.param("Tài liệu trả lại sau khi họp", "trả lại sau khi họp", id="tra-lai-sau-hop"),
    pytest.param("gửi em file này, góc trên ghi LƯU HÀNH NỘI BỘ", "LƯU HÀNH NỘI BỘ",
                 id="chat-caps"),
    pytest.param("Tài liệu này lưu hành nội bộ, anh tóm tắt giúp em", "lưu hành nội bộ",
                 id="chat-prose"),
    pytest.param("Phạm vi lưu hành: Nội bộ", "Nội bộ", id="label"),
    pytest.param("LUU HANH NOI BO - khong gui ra ngoai", "LUU HANH NOI BO", id="no-diacritics"),
    pytest.param("L Ư U  H À N H  N Ộ I  B Ộ", "L Ư U  H À N H  N Ộ I  B Ộ", id="letter-spaced"),
    pytest.param("LƯU\u200bHÀNH NỘI BỘ", "LƯU\u200bHÀNH NỘI BỘ", id="zero-width"),
    pytest.param("[KHÔNG PHỔ BIẾN] Báo cáo tháng 5", "KHÔNG PHỔ BIẾN", id="bracket-weak"),
    pytest.param("xem xong trả lại - báo cáo kết quả thanh tra quý III", "xem xong trả lại",
                 id="lower-case-opening-its-line-before-a-dash"),
    pytest.param("bìa hồ sơ có dấu xem xong trả lại, dịch giúp", "xem xong trả lại",
                 id="after-a-stamp-word"),
]  # fmt: skip

NEGATIVES = [
    "Loại cây này không phổ biến ở miền Bắc",
    "Cần hạn chế phổ biến thông tin chưa kiểm chứng",
    "Anh xem xong trả lại em cuốn sổ nhé",
    "Tôi sẽ trả lại sau khi họp xong",
    "Quy định về tài liệu lưu hành nội bộ của cơ quan",
    'Decree 30 liệt kê các chỉ dẫn như "lưu hành nội bộ"',
    "Lưu hành nội bộ là gì?",
    "Phòng họp nội bộ tầng 3",
    "Kiểm tra nội bộ định kỳ",
    "Quy chế chi tiêu nội bộ năm 2024",
    "Giao tiếp nội bộ trong doanh nghiệp rất quan trọng",
    "Tình trạng này khá phổ biến",
    "Đây là phương pháp không phổ biến lắm",
    "em gửi anh tài liệu nội bộ phòng mình nhé",
    "Hạn chế tối đa việc in ấn",
    "Khách hàng được trả lại tiền thừa",
    "xem xong trả lại cho anh - cảm ơn em",
    "không phổ biến - chỉ vài nơi còn dùng",
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_internal_mark(scan, text: str, value: str) -> None:
    finding = scan.expect(text, MARK, value, 0.75)
    assert finding.action is Decision.BLOCK
    result = scan(text)
    assert result.decision is Decision.BLOCK
    assert "557" in result.findings[0].reason.vi


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_prose_stays_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


def test_more_negatives_than_positives() -> None:
    assert len(NEGATIVES) >= len(POSITIVES)


def test_policy_may_lower_it() -> None:
    text = "LƯU HÀNH NỘI BỘ\nBáo cáo tổng kết"
    assert check_prompt(text).decision is Decision.BLOCK
    lowered = Policy(actions={"INTERNAL_MARK": "allow"}, load_plugins=False)
    assert check_prompt(text, policy=lowered).decision is Decision.ALLOW


def test_secrecy_envelope_stays_a_secret_mark() -> None:
    found = check_prompt("Độ mật: A").findings
    assert [f.entity for f in found] == [EntityType.STATE_SECRET_MARK]


def test_classify_reads_the_same_marks() -> None:
    from ai_guard import classify_document

    doc = (
        "UBND TỈNH BẮC NINH\nSỐ: 15/BC-UBND\nLƯU HÀNH NỘI BỘ\nBÁO CÁO\n"
        "Tình hình triển khai chuyển đổi số quý I năm 2024 của các sở, ngành."
    )
    result = classify_document(doc)
    assert result.sensitivity.value == "internal"
    assert result.recommended_action != "send"
    assert [m.label for m in result.internal_marks] == ["luu hanh noi bo"]


def test_classify_reads_envelope_letters() -> None:
    from ai_guard import classify_document

    assert classify_document("Độ mật: A\nKính gửi: Văn phòng").secrecy == "tuyet_mat"
    assert classify_document("Độ mật: B\nKính gửi: Văn phòng").secrecy == "toi_mat"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "FOR INTERNAL USE ONLY\nReport on the digital transformation plan",
            "FOR INTERNAL USE ONLY",
        ),
        ("INTERNAL CIRCULATION ONLY\nMemo", "INTERNAL CIRCULATION ONLY"),
        ("(For official use only)\nReport", "For official use only"),
        ("Report - NOT FOR DISTRIBUTION - draft", "NOT FOR DISTRIBUTION"),
    ],
)
def test_an_english_circulation_mark(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.75)


@pytest.mark.parametrize(
    "text",
    [
        "this tool is for internal use only, how do I deploy it",
        "the data is not for distribution to partners",
        "Is the API for official use only?",
    ],
)
def test_english_circulation_words_in_prose_stay_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


# -- a circulation mark named in prose is no mark on the text (issue 14) -----------------------
NAMED_IN_PROSE = [
    # a question about the rule for documents of the kind, no document at hand
    "quy định về tài liệu lưu hành nội bộ là gì?",
    "Tài liệu lưu hành nội bộ phải đóng dấu thế nào?",
    "van ban luu hanh noi bo co duoc gui qua email khong",
    # a list of the kinds of marks
    "các loại dấu gồm: mật, lưu hành nội bộ, dự thảo",
    "dấu lưu hành nội bộ hoặc tối mật khác nhau thế nào?",
    "cac dau nhu khan, luu hanh noi bo, xem xong tra lai dung khi nao",
    # marks stacked at a line's head, the line asking about them
    "Lưu hành nội bộ, hạn chế phổ biến là hai mức khác nhau thế nào?",
    # a stamp said of a class of documents in a rule, or asked about in lower case
    'Theo quy định, các văn bản có dấu "LƯU HÀNH NỘI BỘ" không được đăng lên mạng xã hội.',
    'Những tài liệu ghi "Lưu hành nội bộ" phải được quản lý chặt chẽ.',
    "mọi hồ sơ đóng dấu xem xong trả lại phải nộp lại văn thư trong ngày",
    "văn bản có dấu lưu hành nội bộ có được gửi lên ChatGPT không?",
    # ... in capitals too, and a singular rule: a document's noun taken generally, the stamp,
    # then a duty or a permission (mark_talk)
    "Văn bản có dấu LƯU HÀNH NỘI BỘ thì có được đăng lên không?",
    "Văn bản đóng dấu LƯU HÀNH NỘI BỘ thì không được đưa lên chatbot.",
    "tài liệu có dấu xem xong trả lại có phải nộp lại văn thư không?",
    # ... in capitals: the mark named, and no name in it ("XONG" is no "XỒNG" among marked words)
    "Tài liệu có dấu XEM XONG TRẢ LẠI có phải nộp lại văn thư không?",
    # the stamp's words quoted in a question: named, not carried
    'Văn bản đóng dấu "LƯU HÀNH NỘI BỘ" có được đăng lên cổng không? Khác gì với "TÀI LIỆU KHÔNG'
    ' PHỔ BIẾN"?',
]
#: ... beside the same words as a mark on the text at hand, which still blocks
MARKED_TEXT = [
    pytest.param("viết lại giúp tôi đoạn này, tài liệu lưu hành nội bộ",
                 "tài liệu lưu hành nội bộ", id="said-of-the-paste"),
    pytest.param("tài liệu này lưu hành nội bộ, tóm tắt giúp được không?", "lưu hành nội bộ",
                 id="question-about-this-text"),
    pytest.param("Tài liệu lưu hành nội bộ, tóm tắt giúp được không?", "lưu hành nội bộ",
                 id="question-with-a-task"),
    pytest.param("tai lieu luu hanh noi bo, sep gui, co dua len chatgpt duoc khong",
                 "tai lieu luu hanh noi bo", id="question-about-a-document-received"),
    pytest.param("Tài liệu lưu hành nội bộ\nBáo cáo sơ kết quý 3", "lưu hành nội bộ",
                 id="own-line"),
    pytest.param("Văn bản có dấu LƯU HÀNH NỘI BỘ này thì có được đăng lên không?",
                 "LƯU HÀNH NỘI BỘ", id="capitals-in-a-question-about-this-text"),
    pytest.param("Văn bản có dấu LƯU HÀNH NỘI BỘ thì có được đăng lên không?\nKẾ HOẠCH ...",
                 "LƯU HÀNH NỘI BỘ", id="capitals-in-a-question-then-a-page"),
    pytest.param("| Số | Phạm vi |\n| 12/BC | LƯU HÀNH NỘI BỘ |", "LƯU HÀNH NỘI BỘ",
                 id="in-a-cell"),
    pytest.param('Văn bản này ghi "TÀI LIỆU KHÔNG PHỔ BIẾN", gửi được không?',
                 "TÀI LIỆU KHÔNG PHỔ BIẾN", id="quoted-in-a-question-about-this-text"),
    pytest.param('Dấu "LƯU HÀNH NỘI BỘ" nghĩa là gì?\nKẾ HOẠCH kiểm tra năm 2027',
                 "LƯU HÀNH NỘI BỘ", id="quoted-in-a-question-then-a-page"),
    pytest.param("Tài liệu này xem xong trả lại Phòng TCCB. Đồng chí Hựu xếp loại tốt.",
                 "xem xong trả lại", id="this-document-to-be-returned"),
    # an instruction that goes with the mark, and marks stacked at the head of a line: the
    # document's own, not a list of the kinds of marks
    pytest.param("Tài liệu lưu hành nội bộ, không sao chụp", "lưu hành nội bộ",
                 id="with-an-instruction"),
    pytest.param("Tài liệu lưu hành nội bộ, không phổ biến ra ngoài\nTóm tắt giúp tôi",
                 "lưu hành nội bộ", id="stacked-marks-opening-the-line"),
    pytest.param("tai lieu luu hanh noi bo, xem xong tra lai phong",
                 "tai lieu luu hanh noi bo", id="stacked-marks-no-diacritics"),
    # a class of documents that points at the ones at hand, or is asked for work on
    pytest.param("Các văn bản đóng dấu LƯU HÀNH NỘI BỘ dưới đây cần tóm tắt:",
                 "LƯU HÀNH NỘI BỘ", id="class-at-hand"),
    pytest.param("Tóm tắt giúp các văn bản có dấu LƯU HÀNH NỘI BỘ", "LƯU HÀNH NỘI BỘ",
                 id="class-with-a-task"),
]  # fmt: skip


@pytest.mark.parametrize("text", NAMED_IN_PROSE)
def test_a_mark_named_in_prose_is_no_mark(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(("text", "value"), MARKED_TEXT)
def test_a_mark_on_the_text_blocks_beside_them(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.75)
    assert check_prompt(text).decision is Decision.BLOCK


def test_classify_and_check_prompt_agree_on_a_named_mark() -> None:
    """check_prompt and classify_document read a circulation mark the same way: named in a
    question it is neither's mark; as a stamp line of a document it is both's."""
    from ai_guard import classify_document

    question = "Tài liệu lưu hành nội bộ phải đóng dấu thế nào?"
    assert check_prompt(question).decision is Decision.ALLOW
    assert classify_document(question).internal_marks == []
    stamped = "LƯU HÀNH NỘI BỘ\nTHÔNG BÁO\nKết luận giao ban tháng 9"
    assert check_prompt(stamped).decision is Decision.BLOCK
    assert [m.label for m in classify_document(stamped).internal_marks] == ["luu hanh noi bo"]


@pytest.mark.parametrize("internal_first", [False, True])
def test_garbled_level_and_mark_in_one_document(internal_first: bool) -> None:
    # both detectors read the garbled lines of one document, whichever asks about the legacy
    # encoding's signs first (the answer is kept for the other); a line no stamp fills stays
    from ai_guard.detectors.circulation import InternalMarkDetector
    from ai_guard.detectors.secrecy import SecrecyMarkDetector
    from ai_guard.text import Document

    doc = Document("UBND TØNH Hµ NAM\nTeI MET\nl¦u hµnh nei be\nKO HO¹CH")
    detectors = [SecrecyMarkDetector(), InternalMarkDetector()]
    if internal_first:
        detectors.reverse()
    found = {d.id: [doc.text[h.start : h.end] for h in d.detect(doc)] for d in detectors}
    assert found["vn.secrecy_mark"] == ["TeI MET"]
    assert found["vn.internal_mark"] == ["l¦u hµnh nei be"]


def test_a_mark_in_a_text_longer_than_one_squeezed_chunk_is_found() -> None:
    # past 64K characters the anchor gate is squeezed by chunks (sp12-mem) and must still be
    # read: two merged changes once met there as a set asked for bytes' find (a crash)
    text = "Báo cáo tổng hợp. " * 4000 + "TÀI LIỆU LƯU HÀNH NỘI BỘ\n" + "Phụ lục. " * 100
    result = check_prompt(text)
    assert [text[f.start : f.end] for f in result.findings] == ["LƯU HÀNH NỘI BỘ"]
    assert result.decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        'copy zalo: "a ơi a gửi e bản xem xong trả lại hôm qua chưa" - viết giúp tin trả lời',
        "Phòng đã nhận 3 tài liệu xem xong trả lại từ Sở, tóm tắt giúp nội dung.",
        "gui giup em ban doc xong tra lai cua cuoc hop sang nay",
    ],
)
def test_the_kind_of_copy_named_after_its_noun_is_a_mark(scan, text: str) -> None:
    """A copy handed out to be read and taken back, named by its kind after "bản"/"tài
    liệu" in running text, is the document at hand's circulation mark."""
    found = [f for f in scan(text).findings if f.entity is MARK]
    assert [text[f.start : f.end].lower() for f in found] in (
        ["xem xong trả lại"],
        ["doc xong tra lai"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "anh xem xong trả lại em nhé",
        "cầm bản xem xong trả lại em nhé",
        "gửi bản hợp đồng, anh xem xong trả lại nhé",
        "tài liệu xem xong trả lại thì bảo quản thế nào?",
    ],
)
def test_read_and_give_back_as_a_request_is_no_mark(scan, text: str) -> None:
    scan.expect_none(text, MARK)
