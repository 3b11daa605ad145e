"""vn.secrecy_mark on the forms real text takes (issue 14): tables, JSON/YAML, header blocks,
notes under a title, chat, no diacritics, OCR, zero-width characters, letter spacing; the
envelope letters A/B/C. At least as many texts that must stay clean as marks."""

from __future__ import annotations

import pytest
from _probes import found

from ai_guard import Decision, EntityType, check_prompt

MARK = EntityType.STATE_SECRET_MARK
FAMILY = (MARK,)
ZW = "\u200b"
NBSP = "\u00a0"
THIN_TOI_MAT = "T\u2009Ố\u2009I M\u2009Ậ\u2009T"

POSITIVES = [
    # tables
    pytest.param("| Độ mật | Tối mật |\n|---|---|", "Tối mật", id="md-row"),
    pytest.param("Trường\tGiá trị\nĐộ mật\tTuyệt mật\nSố bản\t05", "Tuyệt mật", id="tab-row"),
    pytest.param("do_mat;so_ban;noi_nhan\nĐộ mật;Mật;02", "Mật", id="semicolon-row"),
    pytest.param("| Số | Trích yếu | Độ mật |\n|---|---|---|\n| 12/BC | Báo cáo an ninh | Mật |",
                 "Mật", id="column-under-header"),
    # JSON / YAML
    pytest.param('{"so_hieu": "12/KH-UBND", "do_mat": "Mật", "noi_nhan": "Sở"}', "Mật",
                 id="json-field"),
    pytest.param("so_hieu: 45/BC-CAT\nđộ mật: Tuyệt mật\nngay: 2024-05-02", "Tuyệt mật",
                 id="yaml-field"),
    pytest.param('{"doMat": "TOI MAT"}', "TOI MAT", id="json-no-diacritics"),
    # header blocks
    pytest.param("UBND TỈNH NAM ĐỊNH\nSố: 45/BC-UBND\n\t\tMật\nBÁO CÁO", "Mật",
                 id="title-case-after-tabs"),
    pytest.param("BỘ CÔNG AN\nSố: 88/KH-BCA\nTối Mật\nKẾ HOẠCH", "Tối Mật", id="title-case"),
    pytest.param("Số: 12/BC-UBND\t\t\tMẬT\nVề việc rà soát", "MẬT", id="on-number-line"),
    pytest.param("Độ mật: Mật", "Mật", id="label-mat"),
    pytest.param("KẾ HOẠCH\nTriển khai diễn tập\n(Tài liệu mật)", "Tài liệu mật",
                 id="note-under-title"),
    pytest.param("CHỈ THỊ\n(Tài liệu Tuyệt mật - Bản số 02/05)\nVề công tác",
                 "Tuyệt mật", id="note-with-copy-number"),
    pytest.param("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTỐI MẬT", "TỐI MẬT", id="at-the-bottom"),
    # no diacritics
    pytest.param("TUYET MAT - Chi thi ve cong tac bao dam an ninh", "TUYET MAT",
                 id="no-diacritics-opening"),
    pytest.param("file scan co dau MAT o goc trai nhe", "MAT", id="dau-mat-no-diacritics"),
    pytest.param("gửi em file này, góc trên có dấu MẬT", "MẬT", id="chat-dau-mat"),
    pytest.param("Do mat: Mat", "Mat", id="label-no-diacritics"),
    # OCR
    pytest.param("Số: 12/QĐ-UBND\nMÂT\nQUYẾT ĐỊNH", "MÂT", id="ocr-circumflex"),
    pytest.param("Số: 12/QĐ-UBND\nMẶT\nQUYẾT ĐỊNH", "MẶT", id="ocr-breve-in-header"),
    pytest.param("Độ mật: Mặt", "Mặt", id="ocr-breve-after-label"),
    # disguises
    pytest.param("Báo cáo\nM Ậ T\nKính gửi", "M Ậ T", id="letter-spaced"),
    pytest.param("T U Y Ệ T  M Ậ T", "T U Y Ệ T  M Ậ T", id="letter-spaced-two-words"),
    pytest.param(f"Báo cáo\nM{ZW}Ậ{ZW}T\nKính gửi", f"M{ZW}Ậ{ZW}T", id="zero-width-inside"),
    pytest.param(f"Báo cáo\nTỐI{NBSP}MẬT\nKính gửi", f"TỐI{NBSP}MẬT", id="nbsp-inside"),
    pytest.param(f"Số: 12/BC\n{NBSP}{ZW}MẬT\nBáo cáo", "MẬT", id="nbsp-zwsp-before-line"),
    pytest.param("TỐI\u00adMẬT", "TỐI\u00adMẬT", id="soft-hyphen"),
    pytest.param(f"Báo cáo\n{THIN_TOI_MAT}\nKính gửi", THIN_TOI_MAT, id="thin-spaced"),
]  # fmt: skip

ENVELOPE = [
    pytest.param("Bì ngoài: Độ mật: A", "Độ mật: A", id="envelope-a"),
    pytest.param("Độ mật: B\nNơi nhận: Văn phòng", "Độ mật: B", id="envelope-b"),
    pytest.param('{"do_mat": "C"}', "C", id="envelope-json"),
]

NEGATIVES = [
    "Quên mật khẩu email công vụ, nhờ reset giúp",
    "MẬT KHẨU: đặt lại sau 90 ngày",
    "Chính sách bảo mật thông tin của Sở",
    "BẢO MẬT THÔNG TIN",
    "Mua mật ong rừng ở Hà Giang",
    "Bảo vệ bí mật kinh doanh của doanh nghiệp là quyền chính đáng",
    "Mật độ dân số của tỉnh là 300 người/km2",
    "MẬT ĐỘ XÂY DỰNG",
    "Anh ấy nói chuyện rất thân mật",
    "Luật Bảo vệ bí mật nhà nước quy định ba độ mật: Tuyệt mật, Tối mật và Mật",
    "Có ba mức độ mật là tuyệt mật, tối mật và mật.",
    "GIẢI MẬT\nTừ ngày 01/01/2024",
    "MẤT ĐIỆN TOÀN KHU VỰC",
    "MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "MẶT",
    "Mật",
    "mật",
    "tôi mất ví rồi",
    "TOI MAT VI ROI",
    "BÍ MẬT NHÀ NƯỚC",
    "Hướng dẫn phân loại tài liệu mật theo Luật",
    "| Chỉ tiêu | Mật độ |\n|---|---|\n| Dân số | 1200 |",
    "Độ mật: không",
    "Phương án A, B hoặc C",
    "Mức độ: A",
    "Mật mã học là môn khoa học",
    "Đồng chí giữ bí MẬT nhé",
    "Ông ấy MẤT năm 2019",
    '{"mat_khau": "Abc"}',
    "tài liệu mật phải được bảo quản trong két sắt",
    "M A T H",
    "Đội A gặp đội B",
    "Anh có MẶT ở cuộc họp không?",
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_mark_wherever_it_stands(scan, text: str, value: str) -> None:
    finding = scan.expect(text, MARK, value, 0.75)
    assert finding.action is Decision.BLOCK
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize(("text", "value"), ENVELOPE)
def test_envelope_letter(scan, text: str, value: str) -> None:
    finding = scan.expect(text, MARK, value, 0.85)
    assert finding.pattern == "secrecy.envelope"
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_words_stay_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


def test_more_negatives_than_positives() -> None:
    assert len(NEGATIVES) >= len(POSITIVES) + len(ENVELOPE)


CHAT = [
    pytest.param("Tóm tắt giúp tôi văn bản mật này", "văn bản mật", id="document-pointed-at"),
    pytest.param("đây là tài liệu mật nhé em", "tài liệu mật", id="day-la-tai-lieu-mat"),
    pytest.param(
        "nhờ dịch tài liệu tối mật này sang tiếng Anh", "tài liệu tối mật", id="toi-mat-nay"
    ),
    pytest.param("Chú ý: tài liệu có đóng dấu Tối mật", "Tối mật", id="dong-dau-level"),
    pytest.param('file có dấu "Mật" ở góc', "Mật", id="dau-quoted"),
    pytest.param("gửi anh file báo cáo, góc trái có đóng dấu mật", "dấu mật", id="dong-dau-mat"),
    pytest.param("Phân loại: Mật", "Mật", id="phan-loai"),
    pytest.param("độ mật của văn bản: Mật", "Mật", id="key-with-words"),
    pytest.param('secrecy: "Tối mật"', "Tối mật", id="english-key"),
    pytest.param('"do_mat": "TUYET_MAT"', "TUYET_MAT", id="json-underscore"),
    pytest.param('Ngoài bì ghi ký hiệu chữ "B"', "B", id="envelope-letter-named"),
    pytest.param("Bì ngoài đóng dấu chữ A ở góc trên", "A", id="envelope-dau-chu"),
    # holdout5 (blind chat prompts): a document named with its level, then what it is
    pytest.param(
        "tài liệu tối mật về nhân sự: dự kiến bổ nhiệm, viết lại thành tờ trình",
        "tài liệu tối mật",
        id="doc-level-ve",
    ),
    pytest.param(
        "e chup anh tai lieu toi mat cua so gui len day, nho doc giup",
        "tai lieu toi mat",
        id="doc-level-cua-no-diacritics",
    ),
    pytest.param(
        "Tài liệu tối mật\nKế hoạch bảo vệ mục tiêu", "Tài liệu tối mật", id="doc-level-title"
    ),
    pytest.param("van ban nay do mat tuyet mat, can viet lai", "tuyet mat", id="key-no-separator"),
    pytest.param(
        "copy từ pdf ra bị cách chữ: t u y ệ t m ậ t số 12/bc-ca",
        "t u y ệ t m ậ t",
        id="spaced-lower",
    ),
    pytest.param(
        "copy tu pdf ra bi cach chu: t u y e t m a t so 12/bc-ca",
        "t u y e t m a t",
        id="spaced-lower-no-diacritics",
    ),
    pytest.param(
        "tom tat giup e, goc trai co dau toi mat nhung chi can y chinh",
        "toi mat",
        id="place-before-dau",
    ),
    pytest.param(
        "mật\nbáo cáo tình hình an ninh quý 3, viết lại giúp", "mật", id="opens-report-lower"
    ),
    pytest.param("mat\nbao cao tinh hinh an ninh quy 3", "mat", id="opens-report-no-diacritics"),
    # ... above any document's type line: a personnel evaluation, a scheme, a resolution
    pytest.param(
        "please summarise this personnel note in english:\nmat\nnhan xet can bo: dong chi hai",
        "mat",
        id="opens-personnel-note-no-diacritics",
    ),
    pytest.param("tom tat:\nmat\nnghi quyet ve cong tac can bo", "mat", id="opens-resolution"),
    pytest.param("mật | báo cáo tình hình an ninh", "mật", id="opens-before-bar"),
    # the form the document comes in, between its word and its level (holdout32)
    pytest.param(
        "đây là văn bản điện tử tối mật bên an ninh gửi sang, tóm tắt giúp em",
        "văn bản điện tử tối mật",
        id="electronic-document-level",
    ),
    pytest.param(
        "day la van ban dien tu toi mat ben an ninh gui sang",
        "van ban dien tu toi mat",
        id="electronic-document-level-no-diacritics",
    ),
    pytest.param("file pdf tuyệt mật của sở gửi, dịch giúp em", "file pdf tuyệt mật", id="pdf-of"),
    pytest.param("tài liệu scan mật về nhân sự: ...", "tài liệu scan mật", id="scan-ve"),
    pytest.param(
        "công văn gốc tối mật này cần tóm tắt", "công văn gốc tối mật", id="original-this"
    ),
]

CHAT_NEGATIVES = [
    "Phân loại: mật ong rừng",
    "Thông tư quy định mẫu dấu mật và mẫu dấu giải mật",
    "Văn thư có trách nhiệm đóng dấu độ mật theo quy định",
    "Phân loại: Tuyệt mật, Tối mật, Mật",
    "Dán tem lên phong bì, ghi chữ A to",
    "Mở phong bì ra thì thấy chữ A viết tay",
    "Đây là mật ong rừng nhé",
    "Đây là văn bản mật độ cao",
    "Cho em hỏi file này có mật khẩu không",
    "classification: confidential",
    "Tôi đóng dấu mất rồi",
    "Ở đầu Mật Sơn có ngôi chùa",
    # a class of documents a rule is about, a lost file, honey, "tôi mất" without diacritics
    "quy định về bảo quản tài liệu tối mật của cơ quan nhà nước là gì?",
    "tài liệu mật phải được bảo quản trong két sắt",
    "ho so mat roi, lam lai giup toi",
    "tai lieu toi mat hom qua o quan cafe",
    "con dau toi mat roi, lam sao lam lai",
    "mất\nbáo cáo tình hình",
    "mật ong rừng | giá 300k",
    "mat | sach qua",
    "toimat qua",
    "độ mát tuyệt mát của máy lạnh",
    # "mat" alone above a line that is no document's type ("nhận xét của tôi": a review)
    "nhan xet giup:\nmat\nnhan xet cua toi: quan nay ngon",
    "tom tat:\nmat\nde an toan giao thong la quan trong",  # "để an toàn", no "đề án"
    # rules for every electronic or scanned secret document, a lost file
    "Quy định: văn bản điện tử tối mật phải được mã hóa khi truyền đưa.",
    "bảo quản tài liệu điện tử tối mật của cơ quan theo quy định nào?",
    "file pdf mat roi, gui lai giup",
]


@pytest.mark.parametrize(("text", "value"), CHAT)
def test_mark_named_in_chat(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.75)
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize("text", CHAT_NEGATIVES)
def test_chat_words_stay_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


# -- the unveiled reading (text/invisible.py) ---------------------------------------------------


def test_unveil_maps_offsets_back() -> None:
    """Through the canonical reading (zero-width characters, odd spaces) and the unveiled one
    (letter spacing), a span comes back to the letters as written."""
    from ai_guard.text import Document
    from ai_guard.text.invisible import unveil

    text = f"Báo cáo\nM{ZW}Ậ{ZW}T\nT U Y Ệ T{NBSP}done"
    doc = Document(text)
    veil = unveil(doc.text)
    assert veil is not None
    assert veil.text == "Báo cáo\nMẬT\nTUYỆT done"
    s = veil.text.index("MẬT")
    assert text[slice(*doc.span_to_original(*veil.span(s, s + 3)))] == f"M{ZW}Ậ{ZW}T"
    t = veil.text.index("TUYỆT")
    assert text[slice(*doc.span_to_original(*veil.span(t, t + 5)))] == "T U Y Ệ T"


def test_unveil_leaves_plain_text_alone() -> None:
    from ai_guard.text.invisible import unveil

    assert unveil("Báo cáo tình hình quý I, phương án A hoặc B") is None
    assert unveil("plain ascii") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("**Độ mật:** Tối mật", "Tối mật"),
        ("<do_mat>Mật</do_mat>", "Mật"),
        ("Độ mật: “Mật”", "Mật"),
        ("ĐỘ MẬT: A", "ĐỘ MẬT: A"),
        ("**Phân loại**: Tuyệt mật", "Tuyệt mật"),
    ],
)
def test_label_wrapped(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.85)


@pytest.mark.parametrize("text", ["Độ mật: Mật khẩu cấp 2", "Phân loại: mật độ cao", "Độ mật - "])
def test_label_before_a_phrase_stays_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


def test_next_field_after_a_wide_gap_is_not_a_phrase(scan) -> None:
    scan.expect("Do mat: Toi mat        Do khan: Thuong khan", MARK, "Toi mat", 0.9)
    scan.expect("Độ mật: Mật\tĐộ khẩn: Khẩn", MARK, "Mật", 0.9)


def test_envelope_letters_under_a_column(scan) -> None:
    table = (
        "| Số | Trích yếu | Độ mật |\n|---|---|---|\n| 12/KH | Kế hoạch | B |\n"
        "| 13/TTr | Tờ trình | |"
    )
    scan.expect(table, MARK, "B", 0.85)
    tsv = "so\tdo_mat\tnoi_nhan\n45/KH\tA\tSở Nội vụ"
    scan.expect(tsv, MARK, "A", 0.85)


def test_letters_under_other_columns_stay_clean(scan) -> None:
    scan.expect_none("| Số | Phân nhóm | Mật độ |\n|---|---|---|\n| 12 | A | cao |", FAMILY)
    scan.expect_none("| Tổ | Xếp loại |\n|---|---|\n| Độ mật tổ 1 | B |", FAMILY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Độ mật: `TOI MAT`\nNhờ bạn soạn giúp công văn trả lời.", "TOI MAT"),
        ("`TOI MAT`\nNhờ bạn soạn giúp công văn trả lời.", "TOI MAT"),
        ("Độ mật: `Mật`", "Mật"),
    ],
)
def test_stamp_in_backticks(scan, text: str, value: str) -> None:
    """Markdown code around a stamp (test_disguises' emphasis with '`') hides nothing."""
    scan.expect(text, MARK, value, 0.75)


def test_backticked_word_in_a_sentence_stays_clean(scan) -> None:
    scan.expect_none("chạy lệnh `mat` trên máy rồi gửi kết quả", FAMILY)
    scan.expect_none("`mat`\nlà tên một lệnh", FAMILY)


@pytest.mark.parametrize(
    "text",
    [
        "Mật\nNhờ Bạn Soạn Giúp Công Văn Trả Lời.",  # the whole prompt title-cased
        "mật\nnhờ bạn soạn giúp công văn trả lời.",  # the whole prompt lower-cased
        "\n  Mật\nKính gửi Sở Nội vụ",
    ],
)
def test_level_alone_on_the_first_line_is_the_stamp(scan, text: str) -> None:
    """A judgement call: "mật" alone is also "honey", but alone on the first line of a prompt with
    text after it, it stands where a pasted document's stamp stands (retyped in title or lower
    case): a stamp. With diacritics only ("Mat" may be "mát", "mất")."""
    finding = scan.expect(text, MARK, text.split("\n")[0 if text[0] != "\n" else 1].strip(), 0.9)
    assert finding.action is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "mật",  # the whole prompt: a word, not a document
        "Mật",
        "Nhờ bạn soạn\nMật\nrồi gửi",  # not the first line, no header around
        "mật\nong rừng rất ngon",  # a phrase broken by a line
        "Mật\nKhẩu của tôi đã đổi",
        "Mat\nNho Ban Soan Giup",  # no diacritics: "mát", "mất"
        "Mặt\nNhờ Bạn Soạn Giúp",  # "face"
        "Nhờ Bạn Gửi Mật Khẩu Cho Tôi\nCảm ơn",  # inside a title-cased sentence
    ],
)
def test_level_word_elsewhere_stays_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


SAID = [
    pytest.param("văn bản có độ mật là tối mật", "tối mật", id="do-mat-la-toi-mat"),
    pytest.param('văn bản độ mật "Mật"', "Mật", id="do-mat-quoted"),
    pytest.param("độ mật là “Tối mật”", "Tối mật", id="do-mat-la-quoted"),
    pytest.param("do mat la toi mat", "toi mat", id="no-diacritics-la"),
    pytest.param(
        "Tài liệu này là tài liệu mật, không được sao chụp", "tài liệu mật", id="doc-named-again"
    ),
    pytest.param("dong dau toi mat", "toi mat", id="stamping-no-diacritics"),
    pytest.param("văn bản đã đóng dấu tuyệt mật", "tuyệt mật", id="stamping"),
]
SAID_NEGATIVES = [
    "độ mật là mật, tối mật hoặc tuyệt mật",  # the law's levels listed
    "độ mật là mật hay tối mật vậy anh",  # a question between levels
    "độ mật là một thuộc tính của văn bản",
    "con dau toi mat roi",  # "my stamp is lost"
    "tài liệu này là tài liệu mật mã học",
    'độ mật "cao"',
    "mức độ mật là mật khẩu",
    "độ mật là mật ong",
    'mật "ong" rừng',
    "tôi đóng dấu tôi mất",
    # the levels listed with a gloss after the first, or each in brackets
    "Các độ mật gồm: Tuyệt mật (cao nhất), Tối mật, Mật.",
    "Luật quy định ba độ [tuyệt mật], [tối mật] và [mật] cho bí mật nhà nước.",
    "Luật quy định ba độ [TUYỆT MẬT], [TỐI MẬT], [MẬT].",
    "Luật quy định ba độ (TUYỆT MẬT), (TỐI MẬT) và (MẬT).",
]


@pytest.mark.parametrize(("text", "value"), SAID)
def test_a_level_said_of_the_document_in_chat(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.8)


@pytest.mark.parametrize("text", SAID_NEGATIVES)
def test_levels_said_in_prose_stay_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[MẬT] [KHẨN] Danh sách cán bộ", "MẬT"),  # two tags side by side: no list
        ("Tiêu đề: [mật] danh sách cán bộ", "mật"),
        ("Độ mật: Tối mật (bản số 2), phát hành 3 bản", "Tối mật"),
    ],
)
def test_a_bracketed_or_glossed_level_alone_still_marks(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.8)


def test_the_level_mat_after_the_key_mat_is_the_one_finding(scan) -> None:
    """ "độ mật là mật": the value, not the key's own "mật", and no repeat of it elsewhere
    ("mật ong" is honey)."""
    text = "văn bản có độ mật là mật, còn mật ong thì không"
    hits = [f for f in scan(text).findings if f.entity is MARK]
    assert [(f.start, f.end) for f in hits] == [(21, 24)]


# -- rules for every document of a level, and levels listed after "độ" (issue 16) -------------

RULES = [
    # a leaflet or a regulation: a duty of handling follows the level at once
    "Tài liệu có dấu chỉ độ MẬT, TỐI MẬT phải được quản lý chặt chẽ.",
    "Văn bản đóng dấu TỐI MẬT phải được cất giữ trong két sắt.",
    "Các tài liệu mang dấu “TỐI MẬT” không được sao chụp.",
    "Tài liệu MẬT chỉ được vận chuyển bằng xe chuyên dùng.",
    # "nên" as "should", and "so you" after a class of documents
    "tài liệu mật nên được bảo quản trong két sắt",
    "Tài liệu tối mật nên đừng để lên mạng, đây là quy định chung",
    "Các tài liệu tối mật nên bạn đọc kỹ quy định trước khi xử lý",
    # a question or a rule about every document stamped so, in any case, with or without
    # diacritics (mark_talk): no document is at hand
    "tài liệu đóng dấu Tối mật thì có được dùng ChatGPT không?",
    "Tài liệu có đóng dấu MẬT có được gửi cho ChatGPT tóm tắt không?",
    "Xin hỏi: văn bản đóng dấu TUYỆT MẬT có được phép đưa lên AI không? Căn cứ quy định nào?",
    "van ban dong dau toi mat thi co duoc dung chatgpt ko",
    "Hồ sơ mang dấu chỉ độ mật MẬT thì không được nhập vào phần mềm AI.",
    # the stamp's words quoted in a question (no page at hand): named, not carried
    'Dấu "TÀI LIỆU THU HỒI" dùng khi nào?',
    "Con dấu “TÀI LIỆU THU HỒI” khác gì dấu độ mật?",
    # ... and an ordinary phrase before a stamp's note
    "giữ bí mật (dấu) cho khách hàng",
]
AT_HAND = [
    # the document at hand, the writer's own, or a request: still the mark
    ("Văn bản này đóng dấu TỐI MẬT phải được cất giữ trong két sắt.", "TỐI MẬT"),
    ("Công văn đính kèm đóng dấu MẬT không được sao chụp, tóm tắt giúp tôi.", "MẬT"),
    ("Báo cáo TỐI MẬT cần được tóm tắt gấp", "TỐI MẬT"),
    ("Báo cáo TỐI MẬT phải được tóm tắt gấp", "TỐI MẬT"),
    ("Tài liệu TỐI MẬT phải được nộp lại sau cuộc họp.", "TỐI MẬT"),
    ("Văn bản có dấu MẬT", "MẬT"),
    ("ĐỘ MẬT: TỐI MẬT", "TỐI MẬT"),
    ("Độ mật, Tối mật", "Tối mật"),
    ("độ MẬT, A", "A"),
    # "so you ...": the document at hand, its reader told what to do with it
    ("Đây là kết luận thanh tra, văn bản tối mật nên bạn đừng lưu nhé", "văn bản tối mật"),
    ("day la tai lieu toi mat nen ban dung luu lai", "tai lieu toi mat"),
    # the same questions pointing at a document, asking help with one, or followed by a page
    ("Tài liệu đóng dấu Tối mật này có được dùng ChatGPT không?", "Tối mật"),
    ("Tài liệu đóng dấu MẬT đính kèm có được gửi ChatGPT không?", "MẬT"),
    ("Văn bản đóng dấu MẬT sếp vừa gửi thì có được dùng AI không", "MẬT"),
    ("Tài liệu đóng dấu MẬT, tóm tắt giúp em được không?", "MẬT"),
    ("Tài liệu đóng dấu MẬT có được gửi ChatGPT không? Nội dung: Kế hoạch số 12", "MẬT"),
    (
        "tài liệu đóng dấu Tối mật thì có được dùng ChatGPT không?\nKế hoạch phòng thủ năm 2027",
        "Tối mật",
    ),
    # a level with the note that it is the stamp, as OCR or a retyped page marks it
    ("BIÊN BẢN XÁC MINH ĐIỀU KIỆN THI HÀNH ÁN MÂT (dấu) lúc 9 giờ", "MÂT"),
    ("Báo cáo số 12 Tối mật [con dấu đỏ] gửi các đơn vị", "Tối mật"),
    ("ke hoach so 4 toi mat (dau) gui phong", "toi mat"),
]


@pytest.mark.parametrize("text", RULES)
def test_a_rule_for_every_document_of_a_level_stays_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(("text", "value"), AT_HAND)
def test_a_level_of_the_document_at_hand_is_still_the_mark(scan, text: str, value: str) -> None:
    hits = [text[f.start : f.end] for f in scan(text).findings if f.entity in FAMILY]
    assert hits == [value]


# -- "tai lieu mat" without diacritics: "mật" when the document is handed over at once ---------


@pytest.mark.parametrize(
    "text",
    [
        "day la tai lieu mat, tom tat giup",
        "tai lieu mat tom tat giup",
        "em co tai lieu mat can dich",
        "Tom tat giup toi van ban mat sau day:",
        "bao cao mat, can dich sang tieng Anh",
    ],
)
def test_a_folded_document_level_before_a_task_is_the_mark(scan, text: str) -> None:
    # the lower-case level said of a document takes its word (tests/corpus/PROMPTS.md)
    head = next(w for w in ("tai lieu", "van ban", "bao cao") if w + " mat" in text)
    scan.expect(text, MARK, head + " mat", 0.8)


@pytest.mark.parametrize(
    "text",
    [
        "tai lieu mat roi, lam sao",  # lost
        "tai lieu mat het roi",
        "ho so mat can bo sung",
        "van ban mat can xin cap lai",
        "in van ban mat sau",  # the back side
    ],
)
def test_a_folded_lost_document_stays_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


# -- the levels in English: a translated document keeps its stamp ------------------------------

ENGLISH = [
    ("TOP SECRET\nREPORT ON BORDER SECURITY", "TOP SECRET"),
    ("Translate:\nSECRET\nMinistry of Public Security", "SECRET"),
    ("CONFIDENTIAL\nReport", "CONFIDENTIAL"),
    ("**TOP SECRET//NOFORN**\nCable", "TOP SECRET"),
    ("Classification: Top Secret", "Top Secret"),
    ("Security level - SECRET", "SECRET"),
    ("This is a top secret document, summarise it", "top secret"),
    ("This document is marked SECRET, please translate", "SECRET"),
    ("The attached report is confidential.", "confidential"),
    ("The report was stamped TOP SECRET.", "TOP SECRET"),
    ('The memo is labelled "Secret".', "Secret"),
]
ENGLISH_NEGATIVES = [
    "the secret to good soup",
    "CONFIDENTIALITY NOTICE: this e-mail is for its addressee",
    "Secret\nReport on",  # a title-case word alone is no stamp
    "client secret: abc",
    "keep it secret",
    "Store the SECRET_KEY in env",
    "SECRET_KEY=abcd",
    "Our secret sauce",
    "GitHub marks it as secret",
    "confidential information should not be shared",
    "What is the difference between Secret and Top Secret levels?",
]


@pytest.mark.parametrize(("text", "value"), ENGLISH)
def test_a_level_in_english_is_the_mark(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.8)


@pytest.mark.parametrize("text", ENGLISH_NEGATIVES)
def test_secret_as_an_english_word_stays_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(
    ("stamp", "level"),
    [("TOP SECRET", "tuyet_mat"), ("SECRET", "toi_mat"), ("CONFIDENTIAL", "mat")],
)
def test_an_english_stamp_gives_the_document_its_level(stamp: str, level: str) -> None:
    from ai_guard import classify_document

    doc = classify_document(f"{stamp}\nMINISTRY OF PUBLIC SECURITY\nNo. 12/BC\nREPORT")
    assert doc.secrecy == level
    assert not doc.external_ai_allowed


@pytest.mark.parametrize(
    "text",
    [
        'Phong bì ghi "Độ mật: A", "B", "C" tương ứng tuyệt mật, tối mật, mật',
        'phong bi ghi "Do mat: A", "B", "C" tuong ung tuyet mat, toi mat, mat',
        "Bì thư ghi Độ mật: A/B/C tùy tài liệu",
        "độ mật: a hoặc b tùy mức",
    ],
)
def test_the_envelope_letters_listed_name_them(scan, text: str) -> None:
    """The envelope's letters listed after the key (a training slide, a rule) mark nothing;
    one letter alone after it does (the envelope rows above)."""
    scan.expect_none(text, FAMILY)


def test_one_envelope_letter_before_other_text_still_marks(scan) -> None:
    scan.expect("Độ mật: A, gửi Sở Nội vụ", MARK, "Độ mật: A", 0.8)


# -- a register exported by a document system: the secrecy column's values -------------------

_REGISTER = (
    "SoKyHieu;NgayBH;TrichYeu;{key};DoKhan\n"
    "45/KH-UBND;12/10/2026;Phương án bảo vệ mục tiêu;{value};Khẩn\n"
    "46/TB-UBND;12/10/2026;Lịch tiếp công dân;;\n"
)


@pytest.mark.parametrize("key", ["DoMat", "do_mat", "Độ mật", "MucDoMat", "ĐỘ BẢO MẬT"])
@pytest.mark.parametrize("value", ["Tuyệt mật", "TỐI MẬT", "mat", "Mật"])
def test_a_level_under_the_secrecy_column_of_an_export_is_the_mark(key: str, value: str) -> None:
    text = _REGISTER.format(key=key, value=value)
    assert found(text, EntityType.STATE_SECRET_MARK) == [value]
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        _REGISTER.format(key="DoMat", value=""),  # the column empty on every row
        "Ten;GhiChu\nMật ong rừng;mat\n",  # a level word under another column
        "SanPham;DoMat\nMật ong;không\n",  # a product called honey, the column says no
    ],
)
def test_an_empty_or_other_column_is_no_mark(text: str) -> None:
    assert found(text, EntityType.STATE_SECRET_MARK) == []


@pytest.mark.parametrize(
    ("name", "level"),
    [("bc_anninh_toimat_t11.docx", "toimat"), ("QD_05_MAT_Q4.pdf", "MAT"),
     ("kh_tuyetmat_thang12.docx", "tuyetmat")],
)  # fmt: skip
def test_a_level_in_a_file_name_before_a_month_or_quarter(name: str, level: str) -> None:
    assert found(f"[OK] {name}", EntityType.STATE_SECRET_MARK) == [level]


@pytest.mark.parametrize("name", ["ban_ve_mat_t2.pdf", "MAT_BANG_T3.pdf", "BC_MAT_DO_Q4.xlsx"])
def test_a_face_or_floor_plan_before_a_month_is_no_level(name: str) -> None:
    assert found(name, EntityType.STATE_SECRET_MARK) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # OCR's "l" for the "I" of TỐI with the circumflex lost, above a document's type line
        ("OCR văn bản:\nTÓl MẬT\nBÁO CÁO tình hình giải quyết khiếu nại", "TÓl MẬT"),
        ("ocr văn bản:\ntól mật\nbáo cáo tình hình giải quyết khiếu nại", "tól mật"),
        # a level with its copy's number after it, inside a quoted excerpt, in any case
        (
            'có đoạn copy:\n"...tuyệt mật - bản số 01 ... phương án xử lý"\nEm cần tóm tắt.',
            "tuyệt mật",
        ),
    ],
)
def test_a_level_read_by_ocr_or_beside_its_copy_number(scan, text: str, value: str) -> None:
    assert [text[f.start : f.end] for f in scan(text).findings if f.entity in FAMILY] == [value]


@pytest.mark.parametrize("text", ["em nói:\ntôl mật\nhôm nay", "giữ bí mật - bản số 01"])
def test_the_same_shapes_without_a_level_stay_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)
