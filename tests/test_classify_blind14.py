"""Rules from the blind documents_holdout14.jsonl (sector documents: health, education, tax and
social insurance, courts, culture): a notice that asks its public for something as a class,
a plan that names a cohort by birth year, an amount written in thousands in a table of firms.
Each rule has a hard negative beside it."""

from __future__ import annotations

from ai_guard import check_prompt, classify_document
from ai_guard.models import EntityType

_NOTICE = (
    "BẢO TÀNG TỈNH HÀ GIANG\nTHÔNG BÁO\nVề việc mở cửa tham quan dịp Tết Dương lịch 2027\n\n"
    "Bảo tàng tỉnh mở cửa tham quan từ 7 giờ 30 đến 17 giờ các ngày 01 và 02/01/2027.\n"
    "{line}\nTrân trọng thông báo./.\n"
)


def test_a_notice_asking_its_visitors_as_a_class_is_public() -> None:
    res = classify_document(
        _NOTICE.format(line="Khách tham quan vui lòng gửi xe đúng nơi quy định.")
    )
    assert res.sensitivity == "public"
    assert res.has_category("public_info")
    # a notice to one visitor named is about him
    one = "Ông Trần Văn Bảy, khách tham quan ngày 20/12, vui lòng liên hệ nhận lại ví bị thất lạc."
    assert classify_document(_NOTICE.format(line=one)).sensitivity != "public"


def test_a_notice_to_the_parents_of_a_class_of_children_is_public() -> None:
    line = "Trạm Y tế xã thông báo đến các bậc phụ huynh lịch tiêm vắc xin sởi cho trẻ dưới 5 tuổi."
    assert classify_document(_NOTICE.format(line=line)).sensitivity == "public"


def test_a_cohort_by_birth_year_makes_no_personal_data() -> None:
    text = (
        "KẾ HOẠCH\nTuyển sinh vào lớp 1 năm học 2026-2027\n\n1. Lớp 1: trẻ sinh năm 2020 cư trú "
        "trên địa bàn phường.\n2. Lớp 6: học sinh đã hoàn thành chương trình tiểu học, sinh năm "
        "2015.\n"
    )
    assert not [f for f in check_prompt(text).findings if f.entity is EntityType.DATE_OF_BIRTH]
    # one child named keeps the year his
    named = text.replace("trẻ sinh năm 2020", "trẻ Lò Văn Pọm sinh năm 2020")
    years = [f for f in check_prompt(named).findings if f.entity is EntityType.DATE_OF_BIRTH]
    assert [named[f.start : f.end] for f in years] == ["2020"]


def test_an_amount_in_thousands_in_a_table_of_firms_is_no_tax_code() -> None:
    text = (
        "STT\tTên đơn vị\tMã đơn vị\tSố tháng chậm đóng\tSố tiền chậm đóng (đồng)\n"
        "1\tCông ty TNHH Minh Phát\tYN0418C\t7\t2.318.904.120\n"
    )
    assert not [f for f in check_prompt(text).findings if f.entity is EntityType.TAX_CODE]
