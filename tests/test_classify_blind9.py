"""Rules from the blind documents_holdout9.jsonl (the files guidance 557 and letter 1690
protect, as they are pasted): a reply to a citizen's letter, a cadre's self-review, a
cadre-planning list worded by its posts, a value typed without diacritics that reads as a
treatment, a form's placeholder body, a number with a thousands dot. Each rule has a hard
negative beside it, on documents of its own (none of the set's)."""

from __future__ import annotations

from ai_guard import classify_document


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


_REPLY = (
    "ỦY BAN NHÂN DÂN\nXÃ HƯƠNG KHÊ\nSố: {number}\n{subject}\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hương Khê, ngày 04 tháng 12 năm 2026\n\nKính gửi: {to}\n\n{body}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐinh Công Tráng\n"
)
_CITIZEN_BODY = (
    "Ngày 05/11/2026, UBND xã nhận được ý kiến của bà về việc cống thoát nước trước nhà bà "
    "Hồ Thị Lài bị lấp. Sau khi kiểm tra ngày 15/11/2026, UBND xã đã giao tổ dân phố khơi "
    "thông cống trước ngày 20/12/2026. UBND xã trả lời để bà được biết."
)


def test_a_reply_to_a_citizens_letter_is_her_petition_file() -> None:
    to = "Bà Trần Thị Nhung, tổ dân phố 3, xã Hương Khê, tỉnh Hà Tĩnh."
    res = classify_document(
        _REPLY.format(
            number="77/UBND-VP",
            subject="V/v trả lời đơn của bà Trần Thị Nhung",
            to=to,
            body=_CITIZEN_BODY,
        )
    )
    assert "complaint_denunciation" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"
    # the reception desk's symbol says the same of a reply that does not say "đơn"
    desk = classify_document(
        _REPLY.format(
            number="78/UBND-TCD", subject="V/v trả lời bà Trần Thị Nhung", to=to, body=_CITIZEN_BODY
        )
    )
    assert desk.recommended_action == "do_not_send"
    # a reply to a department's letter is ordinary business
    letter = _REPLY.format(
        number="79/UBND-VP",
        subject="V/v trả lời Công văn số 412/STC-NS của Sở Tài chính",
        to="Sở Tài chính tỉnh Hà Tĩnh.",
        body="UBND xã đã rà soát số liệu quyết toán năm 2025 và gửi kèm biểu mẫu theo yêu cầu.",
    )
    assert "complaint_denunciation" not in _cats(letter)


_SELF_REVIEW = (
    "ĐẢNG BỘ PHƯỜNG THANH KHÊ\nCHI BỘ TRƯỜNG TIỂU HỌC HẢI VÂN\n{title}\n{under}\n\n"
    "Họ và tên: Võ Thị Ngọc Hân        Ngày sinh: 09/3/1991\n{post}\n"
    "I. Ưu điểm\n- Hoàn thành các nhiệm vụ được giao đúng thời hạn.\n"
    "II. Hạn chế\n- Một lần chậm nộp báo cáo trong học kỳ I.\n"
    "III. Tự nhận mức xếp loại: Hoàn thành nhiệm vụ.\n"
    "Thanh Khê, ngày 05 tháng 12 năm 2026\nNGƯỜI TỰ KIỂM ĐIỂM\nVõ Thị Ngọc Hân\n"
)


def test_a_cadres_self_review_is_a_personnel_record_with_no_issuer() -> None:
    res = classify_document(
        _SELF_REVIEW.format(
            title="BẢN KIỂM ĐIỂM CÁ NHÂN",
            under="(Dùng cho viên chức và đảng viên, năm 2026)",
            post="Chức danh: Giáo viên, đảng viên Chi bộ Trường Tiểu học Hải Vân.",
        )
    )
    assert "personnel" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"
    assert res.header.issuer is None  # the Party cell's lines say where it is filed
    # a pupil's self-review is the school's paper on a child, no personnel file
    pupil = classify_document(
        _SELF_REVIEW.format(
            title="BẢN TỰ KIỂM ĐIỂM",
            under="(Dành cho học sinh)",
            post="Lớp: 5A, Trường Tiểu học Hải Vân.",
        )
    )
    assert "personnel" not in {c.category.value for c in pupil.categories}


_PLANNING_LIST = (
    "ĐẢNG BỘ TỈNH QUẢNG TRỊ\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN THƯỜNG VỤ ĐẢNG ỦY XÃ CAM LỘ\t\n"
    "*\tCam Lộ, ngày 01 tháng 12 năm 2026\nDANH SÁCH\n{title}\n"
    "STT\tHọ và tên\tNăm sinh\tChức vụ hiện nay\t{column}\n"
    "1\tHồ Văn Tửu\t1984\tPhó Chủ tịch UBND xã\tChủ tịch UBND xã\n"
    "2\tLê Thị Bảy\t1989\tChánh Văn phòng Đảng ủy\tPhó Bí thư Đảng ủy\n"
    "\t\t\tT/M BAN THƯỜNG VỤ\t\n\t\t\tBÍ THƯ\t\n\t\t\tNguyễn Đăng Khoa\t\n"
)


def test_a_planning_list_worded_by_its_posts_is_cadre_planning() -> None:
    text = _PLANNING_LIST.format(
        title="Cán bộ quy hoạch chức danh chủ chốt xã nhiệm kỳ 2030 - 2035",
        column="Chức danh quy hoạch",
    )
    res = classify_document(text)
    assert "personnel" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"
    # a list of the same officials by their duty roster is no planning
    roster = _PLANNING_LIST.format(
        title="Cán bộ trực cơ quan dịp Tết Nguyên đán 2027", column="Ngày trực"
    )
    assert "personnel" not in _cats(roster)


_SMUGGLING = (
    "BAO CAO NHANH\nTinh hinh chong buon lau thang 11 nam 2026\n\n"
    "Luc luong chuc nang kiem tra {n} phuong tien, tam giu {what} tri gia khoang 2,4 ty dong "
    "tai cua khau; cac vu viec dang duoc lap ho so xu ly theo quy dinh.\n"
)


def test_a_value_typed_without_diacritics_is_no_treatment() -> None:
    # "hàng hóa trị giá" (goods worth) typed without diacritics is not "hóa trị"
    # (chemotherapy), nor "xe xã, trị giá" radiotherapy
    assert "health" not in _cats(_SMUGGLING.format(n="12", what="hang hoa"))
    assert "health" not in _cats(_SMUGGLING.format(n="03", what="03 xe cua xa, "))
    # a patient's chemotherapy typed so is still health
    ward = (
        "Danh sach benh nhan khoa Ung buou\nBenh nhan Lo Thi Hoa, sinh nam 1961, dang hoa tri "
        "chu ky 3, xet nghiem mau ngay 02/12/2026.\n"
    )
    assert "health" in _cats(ward)
