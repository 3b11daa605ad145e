"""vn.address: the chat shapes of issue 15 that lower case and missing diacritics break: a flat
or lot named by a lower-case code before its estate ("tòa ct2", "lô c5", "căn hộ b-1504"), a
ward whose last word is also a district's ("phường trường vinh, nghệ an"), abbreviations
without capitals ("tdp 5", "kp 4", "tx. phú mỹ", "t. nghệ an"), a province with a dash in lower
case; and the ordinary sentences around those words that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a room, a block, a flat or a lot by its code in lower case, then the estate, then the
        # ward: the whole chain (a partial span leaves the flat visible)
        (
            "dia chi: phong 804, toa hh1, khu do thi linh dam, phuong hoang liet, ha noi",
            "phong 804, toa hh1, khu do thi linh dam, phuong hoang liet, ha noi",
        ),
        (
            "gửi về căn hộ c-0912, chung cư hoàng anh, phường tân phong, tp. hồ chí minh",
            "căn hộ c-0912, chung cư hoàng anh, phường tân phong, tp. hồ chí minh",
        ),
        (
            "em tam tru o lo b7, khu cong nghiep nam cam, xa nghi xa, tinh nghe an",
            "lo b7, khu cong nghiep nam cam, xa nghi xa, tinh nghe an",
        ),
        (
            "o p.708 toa n2, kdt trung hoa, phuong yen hoa, ha noi",
            "p.708 toa n2, kdt trung hoa, phuong yen hoa, ha noi",
        ),
        (
            "phòng 210 nhà B3, tập thể Thành Công, phường Giảng Võ, Hà Nội",
            "phòng 210 nhà B3, tập thể Thành Công, phường Giảng Võ, Hà Nội",
        ),
        # a ward or estate whose last word is also a district's, before the comma
        (
            "cho em hoi, em o phuong hung vinh, nghe an",
            "phuong hung vinh, nghe an",
        ),
        # lower-case abbreviations with a number, or before a name
        (
            "tdp 9, p. tan an, tp. buon ma thuot, dak lak",
            "tdp 9, p. tan an, tp. buon ma thuot, dak lak",
        ),
        (
            "kp 2, p. long huong, tx. phu my, ba ria - vung tau",
            "kp 2, p. long huong, tx. phu my, ba ria - vung tau",
        ),
        (
            "xom 4, x. nghi lam, h. nghi loc, t. nghe an",
            "xom 4, x. nghi lam, h. nghi loc, t. nghe an",
        ),
    ],
)
def test_chat_shapes_are_found_whole(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "tap the can bo phuong 3 da hop",
        "ktx k1 mat dien tu toi qua",
        "chung cu nay dep qua",
        "phong 305 toa ct2",
        "ông t. nói ở hà nội",
        "lô c5 đã giao hàng",
        "tòa án xử vụ này hôm qua",
    ],
)
def test_those_words_alone_or_in_prose_are_no_address(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # English word order in lower-case chat, with or without commas
        (
            "she lives at no 7 alley 30 doi can street lieu giai ward hanoi now",
            "no 7 alley 30 doi can street lieu giai ward hanoi",
        ),
        (
            "pls fix: hamlet 2, tan thanh commune, luong son district, hoa binh province thanks",
            "hamlet 2, tan thanh commune, luong son district, hoa binh province",
        ),
        # a minority village's own word before the English chain
        (
            "he comes from buon ko sia, ea kly commune, dak lak province",
            "buon ko sia, ea kly commune, dak lak province",
        ),
        # Huế's lane before the street's number
        (
            "send to 8 kiet 12 nguyen hue street, vinh ninh ward, hue city",
            "8 kiet 12 nguyen hue street, vinh ninh ward, hue city",
        ),
        # abroad, a state and postcode in lower case
        (
            "address: 88 bolsa avenue, westminster, ca 92683, usa",
            "88 bolsa avenue, westminster, ca 92683, usa",
        ),
    ],
)
def test_english_word_order_in_lower_case(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "we walked along nguyen hue walking street, le loi boulevard at night",
        "the city is lovely, the province too",
        "i moved to ho chi minh city last year",
    ],
)
def test_lower_case_english_without_a_number_or_ward_is_no_address(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a commune whose first syllable is an everyday word, inside a chain
        (
            "em o thon na hang, xa ta van, tinh lao cai",
            "thon na hang, xa ta van, tinh lao cai",
        ),
        (
            "hẻm 12/7 lê văn sỹ phường nhiêu lộc tp hcm",
            "hẻm 12/7 lê văn sỹ phường nhiêu lộc tp hcm",
        ),
        ("thôn lũng cú xã quản bạ tỉnh tuyên quang", "thôn lũng cú xã quản bạ tỉnh tuyên quang"),
        # a village named by everyday words right before its commune's unit word
        ("nha em o ap o mon xa o lam tinh an giang", "ap o mon xa o lam tinh an giang"),
        ("toi o xom giua xa tan hoi ha noi", "xom giua xa tan hoi ha noi"),
        # a village before a commune and its province, after a comma
        (
            "ho khau: soc tra kha, xa hoa tu 2, tinh soc trang",
            "soc tra kha, xa hoa tu 2, tinh soc trang",
        ),
        ("ở bản lả, xã mường khoa, tỉnh lai châu", "bản lả, xã mường khoa, tỉnh lai châu"),
        ("o buon ko dang, xa ea tieu, tinh dak lak", "buon ko dang, xa ea tieu, tinh dak lak"),
        ("o buon ko dang xa ea tieu tinh dak lak", "buon ko dang xa ea tieu tinh dak lak"),
        # a house number, then a person's name whose first syllable reads as a word
        (
            "toi o sn 4 dang tran con, p. quang trung, q. dong da, tp. ha noi",
            "sn 4 dang tran con, p. quang trung, q. dong da, tp. ha noi",
        ),
        (
            "o k2/3 to hien thanh, p. 12, q. 10, tp. hcm",
            "k2/3 to hien thanh, p. 12, q. 10, tp. hcm",
        ),
        # a unit word's syllable inside a street's name after the house number
        (
            "Tru tai 9 Nam Ky Khoi Nghia, TP. Vinh, Nghe An",
            "9 Nam Ky Khoi Nghia, TP. Vinh, Nghe An",
        ),
    ],
)
def test_villages_and_names_that_hold_everyday_words(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "quang truong ba dinh, lang chu tich ho chi minh mo cua gio nao",
        "phường quang trung tp thái nguyên có bao nhiêu tổ dân phố",
        "xa tan hoa huyen phu binh o dau",
        "giá bán bình quân 250.000đ/lít".replace("á", "a").replace("ì", "i"),
        "o ban toi xa kia co gi",
        "van de xa hoi o tinh nay",
        "xa ta co 3 thon",
    ],
)
def test_places_asked_about_and_phrases_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a street after a house number in lower case: named by a date, by its abbreviation,
        # or by words that end a phrase elsewhere ("mang")
        (
            "o so 12/5 duong 3 thang 2, phuong 11, quan 10, tp hcm",
            "so 12/5 duong 3 thang 2, phuong 11, quan 10, tp hcm",
        ),
        (
            "toi o so 9 duong cach mang thang tam, phuong 10, quan 3, tp hcm",
            "so 9 duong cach mang thang tam, phuong 10, quan 3, tp hcm",
        ),
        (
            "o 45/2 duong cmt8, phuong 7, quan 3, tp. hcm",
            "45/2 duong cmt8, phuong 7, quan 3, tp. hcm",
        ),
        (
            "so 20/4 le lai, phuong dang giang, quan ngo quyen, tp hai phong",
            "so 20/4 le lai, phuong dang giang, quan ngo quyen, tp hai phong",
        ),
        # a label's colon before the chain ends no agency's name
        (
            "dia chi nhan ho so: sn 8, ng. 12 pho hue, p. bach dang, ha noi",
            "sn 8, ng. 12 pho hue, p. bach dang, ha noi",
        ),
        (
            "cho hoi: 14b nguyen dinh chieu, p. da kao, q.1, tp.hcm la o dau",
            "14b nguyen dinh chieu, p. da kao, q.1, tp.hcm",
        ),
        # a lower-case name broken across lines inside a chain
        ("to 3, phuong\nbac cuong, tinh lao cai", "to 3, phuong\nbac cuong, tinh lao cai"),
        ("thon 4, xa ea\nkao, tinh dak lak", "thon 4, xa ea\nkao, tinh dak lak"),
        (
            "so 5 ngo 9 pho\nhang bong, phuong hoan kiem, ha noi",
            "so 5 ngo 9 pho\nhang bong, phuong hoan kiem, ha noi",
        ),
    ],
)
def test_lower_case_streets_and_wrapped_names(text: str, address: str) -> None:
    assert found(text) == [address]


def test_a_city_at_a_line_end_takes_nothing_from_the_next_line() -> None:
    text = "dia diem: so 5 le loi, phuong hoi an tay, thanh pho da nang\nnganh, nghe: ban le"
    assert found(text) == ["so 5 le loi, phuong hoi an tay, thanh pho da nang"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a flat or room, its block and building, before a street without a unit word
        (
            "Căn hộ 7.12 block C chung cư Hoàng Anh, 12 Lê Văn Lương, phường Thanh Xuân, Hà Nội",
            "Căn hộ 7.12 block C chung cư Hoàng Anh, 12 Lê Văn Lương, phường Thanh Xuân, Hà Nội",
        ),
        (
            "phòng 214 KTX B2, 97 Nguyễn Trãi, phường Thanh Xuân, Hà Nội",
            "phòng 214 KTX B2, 97 Nguyễn Trãi, phường Thanh Xuân, Hà Nội",
        ),
        (
            "can ho 9.03 block d chung cu hoang anh, 12 le van luong, phuong thanh xuan, ha noi",
            "can ho 9.03 block d chung cu hoang anh, 12 le van luong, phuong thanh xuan, ha noi",
        ),
        # "p" for phòng before a block by its letter, then a ward and a province without commas
        (
            "toi o p708 toa c chung cu hh2 phuong linh dam ha noi",
            "p708 toa c chung cu hh2 phuong linh dam ha noi",
        ),
        ("phường vĩnh hưng hà nội", "phường vĩnh hưng hà nội"),
    ],
)
def test_a_flat_before_a_street_and_a_ward_before_a_province(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text", ["phòng 305 KTX K1 mất điện", "căn hộ 12.08 block B đã bàn giao", "tòa B đã xong"]
)
def test_rooms_and_buildings_alone_are_no_address(text: str) -> None:
    assert found(text) == []


def test_a_ward_without_its_unit_word_between_a_lower_case_street_and_its_district() -> None:
    text = "gui ve 4 ngach 8/3 ngo 55 hoang hoa tham, lieu giai, ba dinh, hn nhe"
    assert found(text) == ["4 ngach 8/3 ngo 55 hoang hoa tham, lieu giai, ba dinh, hn"]
    # words that are no ward's name stop the chain there
    assert found("so 5 ngo 12 pho hue, toi thich, ha noi") == ["so 5 ngo 12 pho hue"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the flat, floor or room words before the building start the address
        (
            "giao tới phòng 305 nhà A2, 12 Tạ Quang Bửu, Hai Bà Trưng, Hà Nội nhé",
            "phòng 305 nhà A2, 12 Tạ Quang Bửu, Hai Bà Trưng, Hà Nội",
        ),
        (
            "shop ở tầng trệt số 5 Lê Lợi, phường Bến Nghé, quận 1",
            "tầng trệt số 5 Lê Lợi, phường Bến Nghé, quận 1",
        ),
        (
            "tang lung so 7 hang bong, phuong hang gai, quan hoan kiem",
            "tang lung so 7 hang bong, phuong hang gai, quan hoan kiem",
        ),
        ("số 12 Hàng Bông, Hoàn Kiếm, Hà Nội", "số 12 Hàng Bông, Hoàn Kiếm, Hà Nội"),
        # a street whose last word is also a unit word ("Kiệt"), glued to "Q.10"
        ("địa chỉ 12 Lý Thường Kiệt Q.10, TP.HCM", "12 Lý Thường Kiệt Q.10, TP.HCM"),
        ("tôi ở 88 Nguyễn Trãi Q.5 nhé", "88 Nguyễn Trãi Q.5"),
        # lower-case chains of house number, alley, lane, street: one span
        (
            "sn 9 ngh 27/14 ng 158 hoang hoa tham, p. thuy khue, q. tay ho, ha noi",
            "sn 9 ngh 27/14 ng 158 hoang hoa tham, p. thuy khue, q. tay ho, ha noi",
        ),
        ("o hem 12/3 ly chinh thang p.7 q.3 tp hcm", "hem 12/3 ly chinh thang p.7 q.3 tp hcm"),
        ("hẻm 12/3 nguyen trai q.3 tp hcm", "hẻm 12/3 nguyen trai q.3 tp hcm"),
        ("kp 4 p. tan phong", "kp 4 p. tan phong"),
        # a ward by one word that reads as an everyday word, or glued to "p."
        ("tru tai p. lam, q. binh tan", "p. lam, q. binh tan"),
        ("o p.tan mai, hoang mai, ha noi", "p.tan mai, hoang mai, ha noi"),
    ],
)
def test_addresses_that_started_late_or_split(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("em ở làng kon hring", "làng kon hring"),
        ("toi song o ban phieng lan", "ban phieng lan"),
        ("que em o soc tra kha", "soc tra kha"),
        ("quê tôi ở bản phiêng lằn, đẹp lắm", "bản phiêng lằn"),
        ("thuong tru: lang vinh loc", "lang vinh loc"),
    ],
)
def test_a_lone_village_after_a_residence_cue(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "ở nhà",
        "về quê",
        "căn hộ này rộng",
        "tầng trên ồn quá",
        "tầng trệt có quán cà phê",
        "phòng họp tầng 3",
        "ở làng nghề",
        "o lang nghe gom",
        "về bản đồ",
        "ve ban do",
        "gửi bản sao hộ khẩu",
        "về bản thân tôi",
        "về bản án",
        "ở bản này",
        "ở làng mình",
        "o ban toi",
        "con sóc trên cây",
        "ở làng đại học",
        "doanh thu Q.3 2024",
        "doanh thu 12 Tháng Q.3 2024",
        "xem p.5 của tài liệu",
        # anonymised letters are no data
        "thon x, xa hv",
    ],
)
def test_phrases_with_address_words_stay_clean(text: str) -> None:
    assert found(text) == []
