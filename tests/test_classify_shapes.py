"""classify_document on the shapes issue 16 left: a circulation mark OCR damaged beyond the
detector's reading, multi-column signature blocks, an inspectorate's ``TTr`` symbol, the issuer
under a draft line, OCR'd dates and a signer under a rank. Each rule has its hard negative."""

from __future__ import annotations

import datetime as dt

from ai_guard import classify_document
from ai_guard.policy import Policy

NOTICE = """UBND TlNH QUẢNG TRI
SỞ TÀI CHlNH
Sô: 35/TB-STC          {mark}
CÔNG HOÀ XÃ HÔI CHỦ NGHĨA VIÊT NAM
Độc lập - Tụ do - Hạnh phúc
Quảng Trị, ngày 09 tháng 11 năm 2026

THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 10/2026

Giám đốc Sở kết luận: giao Phòng Quản lý đầu tư rà soát các dự án chậm giải ngân.
{body}
Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Luu: VT, VP.
TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG
Lê Văn Hiếu
"""


def test_a_circulation_mark_damaged_by_ocr_is_not_sent() -> None:
    res = classify_document(NOTICE.format(mark="LƯU HÀNH NÔl BÔ", body=""))
    assert res.recommended_action == "do_not_send"
    assert any(m.label.startswith("ocr:") for m in res.internal_marks)
    assert any("INTERNAL_MARK" in r.en or "circulation" in r.en for r in res.reasons), res.reasons


def test_a_damaged_mark_in_the_footer_and_in_other_phrases() -> None:
    for mark in ("TÀI LlỆU KHÔNG PHỔ BlẾN", "XEM X0NG TRẢ LẠI"):
        text = NOTICE.format(mark="", body="") + f"\n{mark}\n"
        assert classify_document(text).recommended_action == "do_not_send", mark


def test_the_damaged_mark_follows_the_policy_like_the_detector() -> None:
    lowered = Policy(actions={"INTERNAL_MARK": "allow"})
    res = classify_document(NOTICE.format(mark="LƯU HÀNH NÔl BÔ", body=""), policy=lowered)
    assert res.recommended_action == "send"
    assert res.internal_marks  # still evidence, and never public
    assert res.sensitivity.value == "internal"


def test_the_phrase_inside_a_sentence_is_not_a_damaged_stamp() -> None:
    body = "Các phòng không đưa tài liệu lưu hành nôl bô lên mạng xã hội.\n"
    res = classify_document(NOTICE.format(mark="", body=body))
    assert not any(m.label.startswith("ocr:") for m in res.internal_marks)
    assert res.recommended_action == "send"


MINUTES = """SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 14/BB-SKHCN
BIÊN BẢN
Cuộc họp về trợ lý ảo

Chủ trì: Đồng chí Trần Thị Hoa, Phó Giám đốc Sở.
Nội dung: thống nhất dự thảo Quy chế.

{heads}
{names}
"""


def _signer(text: str) -> str | None:
    res = classify_document(text)
    return res.header.signer.text if res.header.signer else None


def test_the_signer_of_minutes_is_under_the_right_column() -> None:
    text = MINUTES.format(
        heads="THƯ KÝ                              CHỦ TRÌ",
        names="Lâm Quốc Việt                       Trần Thị Hoa",
    )
    assert _signer(text) == "Trần Thị Hoa"
    res = classify_document(text)
    # the secretary signs for the office too
    assert not res.personal_data.identifiable
    assert res.recommended_action == "send"


def test_a_title_under_the_headings_keeps_its_column() -> None:
    text = MINUTES.format(
        heads="THƯ KÝ                 CHỦ TRÌ\n                       Q. TỔNG CỤC TRƯỞNG",
        names="Vũ Hải Yến             Hồ Đức Thành",
    )
    assert _signer(text) == "Hồ Đức Thành"


def test_columns_written_with_tabs() -> None:
    text = MINUTES.format(heads="THƯ KÝ\tCHỦ TRÌ", names="Lâm Quốc Việt\tTrần Thị Hoa")
    assert _signer(text) == "Trần Thị Hoa"


DIALOGUE = """UBND PHƯỜNG LONG BIÊN
Số: 37/BB-UBND
BIÊN BẢN
Đối thoại giải quyết khiếu nại lần đầu

Ông Thịnh trình bày nội dung khiếu nại; Bà Lan báo cáo kết quả xác minh.

NGƯỜI KHIẾU NẠI        NGƯỜI XÁC MINH        NGƯỜI GIẢI QUYẾT KHIẾU NẠI
Lưu Văn Thịnh          Kiều Thị Lan          Đỗ Quang Huy
"""


def test_a_complainant_signing_beside_the_official_stays_private() -> None:
    res = classify_document(DIALOGUE)
    assert _signer(DIALOGUE) == "Đỗ Quang Huy"
    public = {DIALOGUE[e.start : e.end] for e in res.personal_data.public_role_evidence}
    assert "Lưu Văn Thịnh" not in public
    assert {"Kiều Thị Lan", "Đỗ Quang Huy"} <= public
    assert res.personal_data.identifiable
    assert res.recommended_action == "do_not_send"


def test_a_party_signing_left_of_the_official_stays_private() -> None:
    heads, names = DIALOGUE.splitlines()[-2:]
    text = DIALOGUE.replace(heads, "CHẤP HÀNH VIÊN         NGƯỜI PHẢI THI HÀNH ÁN")
    text = text.replace(names, "Lý Thanh Phong         Mạc Văn Khánh")
    res = classify_document(text)
    assert _signer(text) == "Lý Thanh Phong"
    public = {text[e.start : e.end] for e in res.personal_data.public_role_evidence}
    assert "Mạc Văn Khánh" not in public
    assert res.personal_data.identifiable


CONTRACT = """ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
Số: 27/2026/HĐ-UBND
HỢP ĐỒNG KHOÁN VIỆC
Về việc số hóa hồ sơ hộ tịch

BÊN A: ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
Đại diện: Ông Hoàng Trọng Nghĩa - Chức vụ: Phó Chủ tịch UBND xã
Địa chỉ: số 01 đường Lý Thánh Tông, xã Phú Lộc, thành phố Huế

BÊN B: Bà Tôn Nữ Diệu Thư
Căn cước số: 046196004583
Hai bên thỏa thuận ký kết hợp đồng.

{heads}
{titles}
{names}
"""


def test_a_contract_is_signed_for_the_agency_by_party_a_wherever_it_stands() -> None:
    right = CONTRACT.format(
        heads="ĐẠI DIỆN BÊN B                    ĐẠI DIỆN BÊN A",
        titles="                                  KT. CHỦ TỊCH\n"
        "                                  PHÓ CHỦ TỊCH",
        names="Tôn Nữ Diệu Thư                   Hoàng Trọng Nghĩa",
    )
    left = CONTRACT.format(
        heads="ĐẠI DIỆN BÊN A                    ĐẠI DIỆN BÊN B",
        titles="",
        names="Hoàng Trọng Nghĩa                 Tôn Nữ Diệu Thư",
    )
    for text in (right, left):
        res = classify_document(text)
        assert res.header.signer is not None
        assert res.header.signer.text == "Hoàng Trọng Nghĩa", text
        signed = text.rindex("Tôn Nữ Diệu Thư")
        public = {e.start for e in res.personal_data.public_role_evidence}
        # the title of the agency's column does not reach the citizen's name beside it
        assert signed not in public
        assert res.personal_data.identifiable
        assert res.recommended_action != "send"


def test_one_column_block_unchanged() -> None:
    text = MINUTES.format(heads="CHỦ TRÌ", names="Trần Thị Hoa")
    assert _signer(text) == "Trần Thị Hoa"


INSPECTORATE = """UBND TỈNH HÀ TĨNH
{issuer}
Số: {number}
{subject}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 08 tháng 10 năm 2025

Kính gửi: Thanh tra các sở, ngành

Thanh tra tỉnh hướng dẫn việc ứng dụng trợ lý ảo trong công tác xử lý đơn thư.
"""


def test_an_inspectorates_ttr_is_its_name_not_a_to_trinh() -> None:
    text = INSPECTORATE.format(
        issuer="THANH TRA TỈNH", number="245/TTr-P3", subject="V/v hướng dẫn ứng dụng trợ lý ảo"
    )
    res = classify_document(text)
    assert res.doc_type.value == "cong_van"
    assert res.header.symbol == "TTr-P3"


def test_a_to_trinh_keeps_its_type() -> None:
    # a committee's tờ trình, and an inspectorate's own (TTr twice)
    for issuer, number in (("ỦY BAN NHÂN DÂN", "12/TTr-UBND"), ("THANH TRA TỈNH", "12/TTr-TTr")):
        text = INSPECTORATE.format(issuer=issuer, number=number, subject="Về việc phê duyệt")
        assert classify_document(text).doc_type.value == "to_trinh", number


DRAFT = """{issuer}
{mark}
(Đăng tải trên Cổng thông tin điện tử để lấy ý kiến)

THÔNG TƯ
Quy định việc ứng dụng trí tuệ nhân tạo

Căn cứ Luật Thi hành án dân sự;
Điều 1. Phạm vi điều chỉnh
"""


def test_the_issuer_above_a_draft_line_is_the_issuer_alone() -> None:
    for mark in ("DỰ THẢO 1", "DỰ THẢO LẦN 2", "(DỰ THẢO)", "MẬT"):
        res = classify_document(DRAFT.format(issuer="BỘ TƯ PHÁP", mark=mark))
        assert res.header.issuer is not None
        assert res.header.issuer.text == "BỘ TƯ PHÁP", mark


def test_a_second_line_that_continues_the_issuer_still_does() -> None:
    # the header reports the body's own line, the place under "ỦY BAN NHÂN DÂN"
    # (DOCUMENTS.md: the lower line when there are two); the draft line is no part of it
    res = classify_document(DRAFT.format(issuer="ỦY BAN NHÂN DÂN", mark="TỈNH KHÁNH HÒA"))
    assert res.header.issuer is not None
    assert res.header.issuer.text == "TỈNH KHÁNH HÒA"
    res = classify_document(DRAFT.format(issuer="MẶT TRẬN TỔ QUỐC VIỆT NAM", mark=""))
    assert res.header.issuer is not None
    assert res.header.issuer.text == "MẶT TRẬN TỔ QUỐC VIỆT NAM"


def test_a_leaflets_or_a_forms_title_is_no_issuer() -> None:
    leaflet = "TỜ GẤP TUYÊN TRUYỀN PHÁP LUẬT\nBẢO VỆ BÍ MẬT NHÀ NƯỚC\n\n1. Bí mật nhà nước là gì?\n"
    assert classify_document(leaflet).header.issuer is None
    slip = "BỘ CÔNG THƯƠNG\nVỤ TỔ CHỨC CÁN BỘ\n\nPHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\n\nNội dung\n"
    res = classify_document(slip)
    assert res.header.issuer is not None
    assert res.header.issuer.text == "VỤ TỔ CHỨC CÁN BỘ"


DATED = """UBND XÃ TÂN PHÚ
Số: 12/TB-UBND
{date}
THÔNG BÁO
Về lịch họp
"""


def test_ocr_dates_are_read() -> None:
    for written, day in (
        ("Tân Phú, ngay 1O thang O3 nam 2O25", dt.date(2025, 3, 10)),
        ("Tân Phú, ngày 06 tháng 1l năm 2026", dt.date(2026, 11, 6)),
        ("Tan Phu, ngay l5 thang 8 nam 2O26", dt.date(2026, 8, 15)),
    ):
        res = classify_document(DATED.format(date=written))
        assert res.header.place_date is not None, written
        assert res.header.place_date.text == written
        assert res.header.date == day, written


def test_letters_are_not_read_as_digits_without_one() -> None:
    res = classify_document(DATED.format(date="Tân Phú, ngay lo thang oi nam nay"))
    assert res.header.date is None


def test_a_time_is_no_place_and_the_date_above_the_signature_is_read() -> None:
    text = (
        "GIẤY RA VIỆN\nHọ tên người bệnh: Lê Văn Tám\n"
        "- Vào viện lúc: 08 giờ 15 phút, ngày 02/11/2026\n"
        "- Ra viện lúc: 09 giờ 00 phút, ngày 12/11/2026\n\n"
        "Quận 12, ngày 12 tháng 11 năm 2026\nGIÁM ĐỐC\nTrương Thanh Tùng\n"
    )
    res = classify_document(text)
    assert res.header.place_date is not None
    assert res.header.place_date.text == "Quận 12, ngày 12 tháng 11 năm 2026"


def test_a_rank_before_the_signers_name_is_not_part_of_it() -> None:
    tail = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n{title}\n{name}\n"
    for title, name, signer in (
        ("TRUONG PHONG", "Thuong ta Danh Hoang Phuc", "Danh Hoang Phuc"),
        ("GIÁM ĐỐC", "Thiếu tướng Vi Văn Hùng", "Vi Văn Hùng"),
        ("GIÁM ĐỐC", "Vi Văn Hùng", "Vi Văn Hùng"),
    ):
        text = DATED.format(date="Tân Phú, ngày 1 tháng 3 năm 2025") + tail.format(
            title=title, name=name
        )
        assert _signer(text) == signer, name


MAIL = """Tu: Pham Thu Trang <{mailbox}>
Gui: Phong Hanh chinh tu phap
Tieu de: Ghi chep nhanh hop giao ban tuan 48

Em gui ghi chep nhanh cuoc hop giao ban sang thu Hai 23/11/2026:
1. Phong XDKTVB dau moi gop y du thao Quy che su dung tro ly ao.
2. Khong dua van ban dang soan thao len cac ung dung AI cong cong.

Em Trang - Van phong So
"""


def test_a_sender_with_a_state_mailbox_writes_in_their_role() -> None:
    res = classify_document(MAIL.format(mailbox="trangpt@sotuphap.hue.gov.vn"))
    assert not res.personal_data.identifiable
    assert any(e.label == "thư công vụ .gov.vn" for e in res.personal_data.public_role_evidence)
    assert res.recommended_action == "send"


def test_a_private_mailbox_is_a_private_persons() -> None:
    res = classify_document(MAIL.format(mailbox="trangpham86@gmail.com"))
    assert res.personal_data.identifiable
    assert res.recommended_action != "send"


def _header(text: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    res = classify_document(text)
    h = res.header
    return (
        res.doc_type.value,
        h.number,
        h.symbol,
        h.type_name.text if h.type_name else None,
        h.issuer.text if h.issuer else None,
    )


def test_ocr_headers_number_symbol_type_and_issuer() -> None:
    cases = [
        # O for 0 and l for 1 in the number and the year
        ("ỦY BAN NHÂN DÂN TỈNH A\nSố: l2/2O26/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc x\n",
         ("quyet_dinh", "12", "QĐ-UBND", "QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN TỈNH A")),
        ("UBND HUYEN A\nS6: 1O5/QD-UBND\nQUYET DINH\nVe viec x\n",
         ("quyet_dinh", "105", "QD-UBND", "QUYET DINH", "UBND HUYEN A")),
        # the accent of "Số" read as an apostrophe
        ("UBND XÃ TÂN PHÚ\nSô': 12/TB-UBND\nTHÔNG BẢO\nVề lịch họp\n",
         ("thong_bao", "12", "TB-UBND", "THÔNG BẢO", "UBND XÃ TÂN PHÚ")),
        # the Icelandic Ð for Đ, in the symbol and in the type line
        ("UBND TỈNH A\nSố: 12/QÐ-UBND\nQUYẾT ÐỊNH\nVề việc x\n",
         ("quyet_dinh", "12", "QĐ-UBND", "QUYẾT ÐỊNH", "UBND TỈNH A")),
        # an em dash in the symbol, a zero in the type line
        ("UBND TINH A\nSố: 12/KH—UBND\nKẾ H0ẠCH\nTriển khai x\n",
         ("ke_hoach", "12", "KH-UBND", "KẾ H0ẠCH", "UBND TINH A")),
        ("PHÒNG TƯ PHÁP\nSố: 07/BC-PTP\nBÁO CÁ0\nKết quả công tác quý I\n",
         ("bao_cao", "07", "BC-PTP", "BÁO CÁ0", "PHÒNG TƯ PHÁP")),
    ]  # fmt: skip
    for text, want in cases:
        assert _header(text) == want, text


def test_a_word_is_not_a_number_for_its_letters() -> None:
    # "So lo/..." has no digit: no number is read from letters alone
    _, number, symbol, _, _ = _header("UBND XÃ A\nSo lo/QD-UBND\nVề việc x\n")
    assert number is None
    assert symbol is None


FLATTENED_TAIL = """CỤC THUẾ
Số: 2150/CT-CNTT
V/v bảo vệ dữ liệu người nộp thuế khi sử dụng AI

Nghiêm cấm đưa vào công cụ AI công cộng danh sách người nộp thuế nợ đọng.
Nơi nhận: KT. CỤC TRƯỞNG
- Như trên; PHÓ CỤC TRƯỞNG
- Thứ trưởng Cao Minh Sơn (để b/c);
{recipient}- Lưu: VT, CNTT. Đặng Ngọc Minh
"""


def test_a_title_glued_to_the_distribution_list_finds_its_signer() -> None:
    res = classify_document(FLATTENED_TAIL.format(recipient=""))
    assert _signer(FLATTENED_TAIL.format(recipient="")) == "Đặng Ngọc Minh"
    assert res.header.signer_title is not None
    assert res.header.signer_title.text.startswith("KT. CỤC TRƯỞNG")
    assert not res.personal_data.identifiable
    assert res.recommended_action == "send"


def test_a_private_recipient_inside_the_interleaved_block_stays_private() -> None:
    text = FLATTENED_TAIL.format(recipient="- Bà Trần Thị Bích, người khiếu nại;\n")
    res = classify_document(text)
    public = {text[e.start : e.end] for e in res.personal_data.public_role_evidence}
    assert "Trần Thị Bích" not in public
    assert res.personal_data.identifiable


GUIDANCE_ON_PERSONNEL = """BỘ NỘI VỤ
Số: 5120/BNV-CCVC
V/v sử dụng trí tuệ nhân tạo trong công tác cán bộ
Kính gửi: Các bộ, cơ quan ngang bộ

Không nhập vào công cụ AI hồ sơ cán bộ, kết quả đánh giá, xếp loại, kỷ luật, bổ nhiệm.

Nơi nhận:
- Như trên;
- Thứ trưởng Vũ Đăng Khoa (để b/c);
- Lưu: VT, CCVC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Phan Thị Ngọc Diệp
"""


def test_a_recipient_is_not_the_subject_of_a_guidance_on_personnel() -> None:
    res = classify_document(GUIDANCE_ON_PERSONNEL)
    assert "personnel" in {c.category.value for c in res.categories}
    assert not res.personal_data.identifiable
    assert res.recommended_action == "send"


def test_a_personnel_decision_still_makes_its_subject_private() -> None:
    text = GUIDANCE_ON_PERSONNEL.replace(
        "Không nhập vào công cụ AI",
        "Quyết định kỷ luật khiển trách đối với ông Lê Văn Hòa, chuyên viên; không nhập vào AI",
    )
    res = classify_document(text)
    assert res.personal_data.identifiable
    assert res.recommended_action == "do_not_send"


SCHEDULE = """UBND PHƯỜNG HOÀN KIẾM
Số: 02/TB-UBND
THÔNG BÁO
Lịch tiếp công dân định kỳ

| Thời gian | Người tiếp | Chức vụ |
| Thứ Năm, 08/01/2026 | {who} | {role} |
"""


def test_an_official_in_a_table_row_with_their_office() -> None:
    res = classify_document(
        SCHEDULE.format(who="Bà Ngô Thị Mai Anh", role="Phó Chủ tịch UBND phường")
    )
    assert not res.personal_data.identifiable
    assert res.recommended_action == "send"


def test_a_row_without_an_office_is_a_private_persons() -> None:
    res = classify_document(SCHEDULE.format(who="Bà Ngô Thị Mai Anh", role="Tổ dân phố số 5"))
    assert res.personal_data.identifiable


def test_a_symbol_spelling_the_issuers_initials_is_no_type() -> None:
    text = (
        "CỤC THUẾ\nSố: 3386/CT-CNTT\nV/v bảo vệ dữ liệu người nộp thuế\nKính gửi: Thuế các tỉnh\n"
    )
    assert classify_document(text).doc_type.value == "cong_van"
    # a chỉ thị of a committee, with its type line, is one
    directive = "UBND TỈNH A\nSố: 04/CT-UBND\nCHỈ THỊ\nVề tăng cường bảo vệ dữ liệu\n"
    assert classify_document(directive).doc_type.value == "chi_thi"


def test_a_type_line_with_l_for_i() -> None:
    letter = "CONG HOA XA HOI CHU NGHIA VIET NAM\nDON KHlEU NAl\nKinh gui: UBND phuong\n"
    assert classify_document(letter).doc_type.value == "don_khieu_nai"
    law = "QUỐC HỘI\nLuật số: 91/2025/QH15\nLUẬT\nBảo vệ dữ liệu cá nhân\n"
    assert classify_document(law).header.type_name is not None


DRAFT_DECISION = """DỰ THẢO 2
{note}

ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: /QĐ-UBND
Hà Tĩnh, ngày tháng năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế sử dụng trí tuệ nhân tạo

Điều 1. Ban hành kèm theo Quyết định này Quy chế sử dụng trí tuệ nhân tạo.
"""


def test_a_draft_sent_to_units_for_comments_is_not_sent() -> None:
    for note in ("(Gửi xin ý kiến các đơn vị - ngày 24/11/2025)",
                 "(Lần 2 - gửi lấy ý kiến các sở, ngành; chưa ban hành)"):  # fmt: skip
        res = classify_document(DRAFT_DECISION.format(note=note))
        assert res.recommended_action == "do_not_send", note
        assert any(m.label.startswith("du thao") for m in res.internal_marks)


def test_a_draft_posted_for_public_comment_or_without_a_note_is_judged_on_content() -> None:
    for note in ("(Đăng tải lấy ý kiến rộng rãi của Nhân dân trên Cổng Thông tin điện tử tỉnh)",
                 "", "Tóm tắt giúp tôi văn bản này.",):  # fmt: skip
        res = classify_document(DRAFT_DECISION.format(note=note))
        assert res.recommended_action == "send", note
        assert res.sensitivity.value == "internal"


def test_a_draft_for_comments_follows_the_policy_action() -> None:
    lowered = Policy(actions={"INTERNAL_MARK": "allow"})
    text = DRAFT_DECISION.format(note="(Gửi xin ý kiến các đơn vị)")
    assert classify_document(text, policy=lowered).recommended_action == "send"


SCREENING = """TRẠM Y TẾ PHƯỜNG KIẾN AN
Số: 22/BC-TYT
BÁO CÁO
Kết quả khám sàng lọc sức khỏe trẻ em mầm non

Trạm Y tế phường đã khám sàng lọc cho 612 trẻ tại 4 trường mầm non; các trường hợp cần \
chuyển tuyến như sau:

| STT | Họ và tên trẻ | Ngày sinh | Họ tên bố/mẹ | {column} |
| 1 | Phạm Gia Bảo | 14/02/2021 | Phạm Văn Thuận | {first} |
| 2 | Nguyễn Ngọc Diệp | 03/9/2020 | Vũ Thị Hương | {second} |

Đề nghị Trung tâm Y tế khu vực bố trí bác sĩ chuyên khoa khám lại và tư vấn cho gia đình \
trước ngày 30/11/2025, bảo đảm đủ thuốc, vật tư và kinh phí cho đợt khám lại theo kế hoạch.
"""


def test_a_table_of_people_with_a_diagnosis_column_is_a_health_file() -> None:
    text = SCREENING.format(column="Chẩn đoán sơ bộ", first="Tim bẩm sinh", second="Thấp còi")
    res = classify_document(text)
    assert "health" in {c.category.value for c in res.categories}
    assert res.sensitivity.value == "sensitive_personal"
    assert res.recommended_action == "do_not_send"


def test_the_same_table_with_a_school_column_is_not() -> None:
    text = SCREENING.format(column="Trường/lớp", first="MN Hoa Sen", second="MN Bắc Sơn")
    res = classify_document(text)
    assert "health" not in {c.category.value for c in res.categories}
    assert res.recommended_action == "redact_then_send"


DIRECTIVE = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 12/CT-UBND
CHỈ THỊ
Về bảo vệ dữ liệu khi sử dụng trí tuệ nhân tạo

1. Các sở, ngành không tải lên công cụ AI văn bản chưa công bố, tài liệu nội bộ, dữ liệu cá nhân.
{mark}
Nơi nhận:
- Các sở, ban, ngành;
- Cổng TTĐT tỉnh;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Đức Trung
"""


def test_internal_words_inside_a_rule_are_not_a_mark() -> None:
    res = classify_document(DIRECTIVE.format(mark=""))
    assert not res.internal_marks
    assert res.sensitivity.value == "public"
    # published, but addressed to agencies: public, not public_info
    assert "public_info" not in {c.category.value for c in res.categories}
    assert res.recommended_action == "send"


def test_the_same_words_as_a_mark_still_keep_it_internal() -> None:
    for mark in ("(Tài liệu nội bộ)", "CHƯA CÔNG BỐ"):
        res = classify_document(DIRECTIVE.format(mark=mark))
        assert res.internal_marks, mark
        assert res.sensitivity.value == "internal", mark


def test_a_notice_to_the_public_is_public_info() -> None:
    notice = DIRECTIVE.replace("CHỈ THỊ", "THÔNG BÁO").replace("12/CT-UBND", "12/TB-UBND")
    notice = notice.replace("1. Các sở, ngành không tải lên", "Lịch tiếp công dân; không tải lên")
    res = classify_document(notice.format(mark=""))
    assert "public_info" in {c.category.value for c in res.categories}


def test_a_document_about_finance_is_not_ordinary_administration() -> None:
    text = """CỤC THUẾ
Số: 3386/CT-CNTT
V/v bảo vệ dữ liệu người nộp thuế
Kính gửi: Thuế các tỉnh, thành phố

Nghiêm cấm đưa vào công cụ AI danh sách nợ thuế, tài khoản ngân hàng, số dư của người nộp thuế.
"""
    cats = {c.category.value for c in classify_document(text).categories}
    assert "finance" in cats
    assert "general_admin" not in cats


LEAFLET_QA = """SO TU PHAP TP. HO CHI MINH
HOI - DAP PHAP LUAT

Hoi: Co quan nha nuoc co duoc dua ho so cua nguoi dan vao cong cu AI khong?
Dap: Khong dua du lieu ca nhan chua duoc an danh vao cong cu AI cong cong. Vi du: thay vi
nhap "{person}, sinh nam 1970, tien an 01 lan", can bo phai xoa thong tin dinh danh.
Lien he Phong Pho bien, giao duc phap luat, dien thoai 028.3829.1520.

Tai lieu pho bien, giao duc phap luat - phat mien phi.
"""


def test_a_template_persons_birth_year_is_no_ones() -> None:
    res = classify_document(LEAFLET_QA.format(person="Ong Nguyen Van A"))
    assert not res.personal_data.identifiable
    assert res.sensitivity.value == "public"
    assert res.recommended_action == "send"


def test_a_real_persons_birth_year_in_the_same_leaflet_is_someones() -> None:
    res = classify_document(LEAFLET_QA.format(person="Ong Nguyen Van Hung"))
    assert res.personal_data.identifiable
    assert res.recommended_action != "send"


FORM_GUIDE = """Mẫu số 03/2013/TT-LLTP
TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP
(BẢN HƯỚNG DẪN CÁCH GHI - niêm yết tại Bộ phận Một cửa)

1. Họ và tên: {name} (ghi chữ in hoa, đủ dấu)
3. Ngày, tháng, năm sinh: 01/01/1980
10. Yêu cầu xác nhận về tiền án, tiền sự: Có ☐ Không ☐
"""


def test_a_posted_form_guide_with_a_template_person_is_public() -> None:
    res = classify_document(FORM_GUIDE.format(name="NGUYỄN VĂN A"))
    assert not res.personal_data.identifiable
    assert res.recommended_action == "send"


def test_the_same_form_filled_in_is_someones() -> None:
    res = classify_document(FORM_GUIDE.format(name="NGUYỄN VĂN HÙNG"))
    assert res.personal_data.identifiable
    assert res.recommended_action != "send"


def test_kinds_of_data_listed_as_examples_are_not_the_topic() -> None:
    base = (
        "SỞ TƯ PHÁP\nHỎI - ĐÁP PHÁP LUẬT\n\nHỏi: Dữ liệu cá nhân nhạy cảm gồm những gì?\n"
        "Đáp: Là dữ liệu gắn liền với quyền riêng tư, {lead} tình trạng sức khỏe, bệnh án; "
        "thông tin về tài khoản ngân hàng, số dư, lịch sử giao dịch.\n"
    )
    cats = {c.category.value for c in classify_document(base.format(lead="ví dụ:")).categories}
    assert not cats & {"health", "finance"}
    # the same words as the document's own subject
    cats = {c.category.value for c in classify_document(base.format(lead="gồm:")).categories}
    assert cats & {"health", "finance"}
