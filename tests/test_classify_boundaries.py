"""classify_document on more of issue 16's boundaries: a leaflet that lists the secrecy levels,
a form's template person, a document sent to the portal, an official named again by the given
name, and signers as flattened or scanned footers write them. Each rule has its hard negative."""

from __future__ import annotations

from ai_guard import classify_document

LEAFLET = """TỜ GẤP TUYÊN TRUYỀN PHÁP LUẬT
BẢO VỆ BÍ MẬT NHÀ NƯỚC

Bí mật nhà nước có 3 độ mật:
   TUYỆT MẬT - bí mật nhà nước đặc biệt quan trọng;
   TỐI MẬT - bí mật nhà nước rất quan trọng;
   MẬT - bí mật nhà nước quan trọng.
Khi thấy văn bản có dấu "MẬT", "TỐI MẬT", "TUYỆT MẬT", không đưa lên mạng.
"""


def test_a_leaflet_listing_the_levels_is_not_stamped() -> None:
    res = classify_document(LEAFLET)
    assert res.secrecy == "none"
    assert res.recommended_action == "send"


def test_a_stamp_alone_on_its_line_still_stamps_a_text_that_lists_levels() -> None:
    res = classify_document("TỐI MẬT\n" + LEAFLET)
    assert res.secrecy == "toi_mat"
    assert res.recommended_action == "do_not_send"


def test_one_quoted_level_is_still_a_stamp() -> None:
    res = classify_document('Văn bản gửi kèm có dấu "TỐI MẬT".\nNội dung kế hoạch tác chiến.')
    assert res.secrecy != "none"
    assert res.recommended_action == "do_not_send"


GUIDANCE = """SỞ TƯ PHÁP TỈNH NAM ĐỊNH
Số: 12/HD-STP
HƯỚNG DẪN
Cách khai tờ khai cấp phiếu lý lịch tư pháp

Ví dụ cách ghi:
   Họ và tên: Ông {name}
   Nơi cư trú: {place}
"""


def test_a_template_person_is_no_one() -> None:
    res = classify_document(GUIDANCE.format(name="Nguyễn Văn A", place="thôn Z, xã X, tỉnh Y"))
    assert not res.personal_data.identifiable
    assert res.recommended_action == "send"


def test_a_real_name_and_place_in_the_same_form_are_someone() -> None:
    res = classify_document(
        GUIDANCE.format(name="Nguyễn Văn An", place="thôn Đông, xã Hải Hậu, tỉnh Nam Định")
    )
    assert res.personal_data.identifiable
    assert res.recommended_action != "send"


NOTICE = """UBND TỈNH BẮC NINH
SỞ NỘI VỤ
Số: 15/TB-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 10 tháng 3 năm 2026

THÔNG BÁO
Về lịch làm việc dịp nghỉ lễ

Sở Nội vụ thông báo lịch làm việc của các phòng trong dịp nghỉ lễ như sau: nghỉ từ ngày 30/4 \
đến hết ngày 03/5/2026.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
{portal}- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn Toàn
"""


def test_a_notice_sent_to_the_portal_is_public() -> None:
    res = classify_document(NOTICE.format(portal="- Cổng TTĐT Sở;\n"))
    assert res.sensitivity == "public"


def test_the_same_notice_kept_in_house_is_internal() -> None:
    res = classify_document(NOTICE.format(portal=""))
    assert res.sensitivity == "internal"


MINUTES = """BIÊN BẢN HỌP
Chủ trì: Đồng chí Trần Thị Hoa, Phó Giám đốc Sở.
Thành phần: lãnh đạo các phòng, đơn vị thuộc Sở.

NỘI DUNG

1. Bà {who} tóm tắt dự thảo quy chế.
2. Các phòng thống nhất.
"""


def test_an_official_named_again_by_the_given_name_is_the_official() -> None:
    res = classify_document(MINUTES.format(who="Hoa"))
    assert res.personal_data.private_names == 0


def test_a_citizen_with_another_name_stays_private() -> None:
    res = classify_document(MINUTES.format(who="Nguyễn Thị Lan, người khiếu nại, trình bày;"))
    assert res.personal_data.private_names >= 1


def test_a_signer_glued_after_the_storage_line() -> None:
    text = NOTICE.format(portal="").replace(
        "- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn Toàn\n", "- Lưu: VT, NC.Nguyễn Văn Toàn\n"
    )
    text = text.replace("Nơi nhận:\n", "Nơi nhận:                        GIÁM ĐỐC\n")
    assert classify_document(text).header.signer.text == "Nguyễn Văn Toàn"  # type: ignore[union-attr]


def test_a_title_as_ocr_spells_it() -> None:
    text = NOTICE.format(portal="").replace("GIÁM ĐỐC", "GlÁM ĐỐC")
    assert classify_document(text).header.signer.text == "Nguyễn Văn Toàn"  # type: ignore[union-attr]


def test_a_citizen_label_with_the_name_on_its_line() -> None:
    text = (
        "SƠ YẾU LÝ LỊCH\nHọ và tên: Lường Văn Khiêm\nKỷ luật: Không\nNgười khai: Lường Văn Khiêm\n"
    )
    assert classify_document(text).header.signer.text == "Lường Văn Khiêm"  # type: ignore[union-attr]


def test_a_storage_line_without_a_name_gives_no_signer() -> None:
    text = NOTICE.format(portal="").replace("Nguyễn Văn Toàn\n", "")
    text = text.replace("- Lưu: VT.", "- Lưu: VT, NC.Đã gửi bản điện tử")
    assert classify_document(text).header.signer is None
