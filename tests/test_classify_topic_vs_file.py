"""classify_document on documents that sit on issue 16's boundaries: a directive about the rules
on AI names enforcement and complaints as fields and only officials (send, with the reason that
it is not a case file); a public notice gives the agency's own address, hotline and e-mail
(public, send); a citizen's letter is signed by the citizen (private, not an official)."""

from __future__ import annotations

from ai_guard import classify_document

DIRECTIVE = """BỘ TƯ PHÁP
TỔNG CỤC THI HÀNH ÁN DÂN SỰ
Số: 1690/TCTHADS-NV3
V/v sử dụng trí tuệ nhân tạo trong hệ thống thi hành án dân sự\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 15 tháng 5 năm 2025

Kính gửi: Cục trưởng Cục Thi hành án dân sự các tỉnh, thành phố trực thuộc Trung ương.

Tổng cục Thi hành án dân sự đề nghị Cục trưởng Cục Thi hành án dân sự các tỉnh chỉ đạo:
1. Không sử dụng thư điện tử công vụ để đăng ký tài khoản ứng dụng trí tuệ nhân tạo.
2. Không đưa thông tin bí mật nhà nước, dữ liệu cá nhân, hồ sơ thi hành án dân sự, hồ sơ giải \
quyết khiếu nại, tố cáo, hồ sơ tổ chức cán bộ lên các hệ thống trí tuệ nhân tạo.
3. Thủ trưởng các đơn vị chịu trách nhiệm giám sát việc sử dụng trí tuệ nhân tạo./.

Nơi nhận:
- Như trên;
- Thứ trưởng Nguyễn Thanh Tịnh (để b/c);
- Q.TCT Nguyễn Văn Sơn (để b/c);
- Lưu: VT, NV3.\tKT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG



Mai Lương Khôi
"""

NOTICE = """UBND TỈNH NGHỆ AN
SỞ NỘI VỤ
Số: 245/TB-SNV\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 10 tháng 6 năm 2025

THÔNG BÁO
Lịch tiếp công dân định kỳ tháng 7 năm 2025

Sở Nội vụ thông báo lịch tiếp công dân định kỳ của Lãnh đạo Sở như sau:
- Thời gian: từ 7 giờ 30 đến 11 giờ 30, ngày 15/7/2025.
- Địa điểm: Phòng tiếp công dân, số 23 đường Trường Thi, phường Trường Thi, tỉnh Nghệ An.
- Người tiếp: Giám đốc Sở Trần Văn Hùng.
Công dân có nhu cầu phản ánh, kiến nghị liên hệ số điện thoại 0238 3844 555 hoặc thư điện tử \
snv@nghean.gov.vn.

Nơi nhận:
- Cổng thông tin điện tử tỉnh;
- Lưu: VT, TTr.\tGIÁM ĐỐC



Trần Văn Hùng
"""

LETTER = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

ĐƠN KIẾN NGHỊ
Về việc chậm cấp giấy chứng nhận quyền sử dụng đất

Kính gửi: UBND phường Tân Định

Tôi nộp hồ sơ cấp giấy chứng nhận từ tháng 1/2025 nhưng đến nay chưa được giải quyết. Kính đề \
nghị UBND phường xem xét.

Người làm đơn
(Ký, ghi rõ họ tên)

Lê Thị Hồng
"""


def test_a_directive_about_a_field_is_not_its_case_file() -> None:
    c = classify_document(DIRECTIVE)
    assert c.recommended_action == "send"
    assert c.personal_data.private_names == 0
    assert c.personal_data.public_role_names == 3  # Thứ trưởng, Q.TCT, the signer
    verdict = c.reasons[-1]
    assert "không phải hồ sơ của một người" in verdict.vi
    assert "not anyone's case file" in verdict.en


def test_the_same_directive_with_a_private_person_is_a_case_file() -> None:
    text = DIRECTIVE.replace(
        "3. Thủ trưởng", "Trường hợp ông Phạm Văn Tuấn, người phải thi hành án, trú tại số 4 "
        "Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh, chưa thi hành.\n3. Thủ trưởng"
    )  # fmt: skip
    assert classify_document(text).recommended_action == "do_not_send"


def test_a_public_notice_gives_the_agencys_own_contacts() -> None:
    c = classify_document(NOTICE)
    assert c.recommended_action == "send"
    assert c.sensitivity == "public"
    assert c.personal_data.private_names == 0


def test_agency_cues_do_not_cover_a_private_persons_contacts() -> None:
    text = NOTICE.replace("Công dân có nhu cầu", "Bà Nguyễn Thị Lan, sinh năm 1970, có nhu cầu")
    c = classify_document(text)
    assert c.recommended_action != "send"


def test_a_citizens_letter_is_signed_by_the_citizen() -> None:
    c = classify_document(LETTER)
    assert c.personal_data.private_names == 1
    assert c.personal_data.public_role_names == 0
    assert c.recommended_action == "do_not_send"  # a complaint file naming its author


def test_a_draft_is_internal_and_judged_on_content_unless_the_policy_holds_drafts() -> None:
    from ai_guard import Policy

    draft = NOTICE.replace("THÔNG BÁO\n", "DỰ THẢO\nTHÔNG BÁO\n")
    c = classify_document(draft)
    assert c.sensitivity == "internal"
    assert c.recommended_action == "send"
    held = classify_document(draft, policy=Policy(deny_terms=("dự thảo",)))
    assert held.recommended_action == "do_not_send"


def test_sensitive_columns_of_a_table_count_like_form_fields() -> None:
    from ai_guard.classify.lexicon import signal_hits
    from ai_guard.text import Document

    def kinds(text: str) -> set[str]:
        return {h.term.kind for h in signal_hits(Document(text))}

    assert "sensitive.ethnicity" in kinds("| STT | Họ tên | Dân tộc |\n| 1 | Lò Văn A | Thái |")
    assert "sensitive.religion" in kinds("Họ tên\tTôn giáo\nLê Văn B\tPhật giáo")
    assert "sensitive.ethnicity" in kinds("Dân tộc: Kinh")
    assert not kinds("Chính sách cho các dân tộc thiểu số; tôn giáo và tín ngưỡng")


def test_an_applicants_file_typed_without_diacritics_holds_no_balance() -> None:
    from ai_guard.classify.lexicon import category_hits
    from ai_guard.text import Document

    doc = Document("Ho so du tuyen gom don dang ky du tuyen va so du kien")
    assert not [h for h in category_hits(doc) if h.term.term == "số dư"]
    doc = Document("So du tai khoan con 2.000.000 dong")
    assert [h for h in category_hits(doc) if h.term.term == "số dư"]


MINUTES = """UBND TỈNH NGHỆ AN
SỞ TƯ PHÁP
Số: 12/BB-STP
BIÊN BẢN
Cuộc họp giao ban tháng 6

Chủ trì: Phó Giám đốc Sở Nguyễn Thị Lan.
Nội dung: bà Nguyễn Thị Lan báo cáo kết quả công tác tháng 6 và nhiệm vụ tháng 7.
Cuộc họp kết thúc lúc 11 giờ.
"""


def test_an_official_named_again_without_the_title_stays_public() -> None:
    c = classify_document(MINUTES)
    assert c.personal_data.private_names == 0
    assert [e.label for e in c.personal_data.public_role_evidence] == [
        "Phó Giám đốc Sở",
        "named again",
    ]
    assert "nêu lại tên cán bộ đã có chức danh" in c.explain("vi")
    assert "named again after their title" in c.explain("en")


def test_named_again_in_a_private_context_is_private() -> None:
    c = classify_document(MINUTES.replace("báo cáo kết quả", "bị kỷ luật khiển trách vì"))
    assert c.personal_data.private_names >= 1  # the subject of the discipline
    assert "named again" not in [e.label for e in c.personal_data.public_role_evidence]
    assert c.recommended_action != "send"


def test_explain_says_why_names_were_taken_as_public() -> None:
    c = classify_document(DIRECTIVE)
    labels = [e.label for e in c.personal_data.public_role_evidence]
    assert labels == ["Thứ trưởng", "Q.TCT", "signature"]
    assert "căn cứ: Thứ trưởng; Q.TCT; người ký" in c.explain("vi")


def test_the_directive_typed_without_diacritics_is_not_a_case_file_either() -> None:
    import unicodedata

    def strip(s: str) -> str:
        return "".join(
            ("d" if c == "đ" else "D") if c in "đĐ" else unicodedata.normalize("NFD", c)[0]
            for c in s
        )

    c = classify_document(strip(DIRECTIVE))
    assert c.header.number_symbol is not None
    assert c.header.number_symbol.text == "1690/TCTHADS-NV3"
    assert c.recommended_action == "send"  # "CHU NGHIA VIET", "TONG CUC TRUONG" are no names


def test_a_notices_hotline_after_dt_or_goi_so_is_the_agencys() -> None:
    text = NOTICE.replace("liên hệ số điện thoại 0238 3844 555", "gọi số 0238 3844 555")
    assert classify_document(text).recommended_action == "send"
    text = NOTICE.replace("liên hệ số điện thoại 0238 3844 555", "ĐT: 0238 3844 555")
    assert classify_document(text).recommended_action == "send"


def test_an_anonymised_name_is_a_person_a_template_name_is_not() -> None:
    text = (
        "QUYẾT ĐỊNH\nVề việc cưỡng chế thi hành án\nBuộc người phải thi hành án ông {} "
        "nộp số tiền 50.000.000 đồng theo bản án số 12/2024/DS-ST.\n"
    )
    assert classify_document(text.format("Nguyễn Xuân T")).personal_data.private_names == 1
    assert classify_document(text.format("Nguyễn Văn A")).personal_data.private_names == 0
