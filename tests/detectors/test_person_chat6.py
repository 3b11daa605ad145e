# -- the royal clan's double surnames: Tôn Thất, Tôn Nữ, names of four or five words -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gửi hồ sơ cho bà tôn nữ thị hoàng oanh", ["tôn nữ thị hoàng oanh"]),
        ("gui ho so cho ba ton nu thi hoang oanh", ["ton nu thi hoang oanh"]),
        ("chu kiot la ba ton nu dieu hien no tien thue", ["ton nu dieu hien"]),
        ("giải ba: tôn thất minh khôi lớp 8b", ["tôn thất minh khôi"]),
        ("giai ba: ton that minh khoi lop 8b", ["ton that minh khoi"]),
        ("Chủ kiot là bà Tôn Nữ Diệu Hiền nợ tiền", ["Tôn Nữ Diệu Hiền"]),
    ],
)
def test_a_royal_clan_name_is_taken_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bão lũ gây tổn thất tài sản lớn",
        "bao lu gay ton that tai san lon cho nguoi dan",
        "gay ton that nang ne cho nguoi dan",
        "Bệnh viện Tôn Thất Tùng, Hà Nội",
    ],
)
def test_a_loss_or_a_hospital_is_no_royal_name(text: str) -> None:
    assert names(text) == []
