"""Addresses as people type them (issue 15, i15-addr25): a lower-case ward after a house and
its street, then what happened there ("ở 88/14 âu dương lân p. chánh hưng đánh nhau"); a
commune's third syllable before chat's clause ("xã nam đông phú trong mùa lũ"); numbered
streets ("số 88 bàu cát 2 p.14 tân bình"); a house after "tại" in chat; a house's word a PDF
left on the line above ("số⏎12 Lê Lợi"); a dormitory's room in its school ("phòng 204 nhà B ký
túc xá Trường Đại học ..., phường ..."); an old unit marked "cũ" before the province; a land
parcel's line after the owner's residence, which is no part of it. Each family with the forms
it arrives in, and the ordinary words, counts, offices and errands it must leave alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a lower-case ward after the house and its street, then a verb and "nhau", or the
        # day, or chat's verb
        (
            "thằng tèo con bà sáu ở 88/14 âu dương lân p. chánh hưng đánh nhau với khách",
            "88/14 âu dương lân p. chánh hưng",
        ),
        ("bà tư ở 45 nguyễn trãi p. bến thành cãi nhau", "45 nguyễn trãi p. bến thành"),
        ("chu tu o 45 nguyen trai p. ben thanh danh nhau voi khach", "45 nguyen trai p. ben thanh"),
        ("bà ở 12 nguyễn trãi p. bến thành hôm qua", "12 nguyễn trãi p. bến thành"),
        ("co lan o 23 hai ba trung p. tan dinh cai nhau", "23 hai ba trung p. tan dinh"),
        # a commune's or ward's third syllable, then chat's clause
        ("nhà em ở thôn 3 xã nam đông phú trong mùa lũ", "thôn 3 xã nam đông phú"),
        ("ấp an hòa, xã cù lao dung trong đợt giao lưu", "ấp an hòa, xã cù lao dung"),
        ("mẹ em ở xóm 2 xã nam đông phú bị ngập", "xóm 2 xã nam đông phú"),
        ("ông năm ở ấp 2 xã tân phú thạnh đánh nhau", "ấp 2 xã tân phú thạnh"),
        ("ong nam o ap 2 xa tan phu thanh bi lu", "ap 2 xa tan phu thanh"),
        # a numbered street, with its house's word or without, then its ward and district
        ("chị ấy ở số 88 bàu cát 2 p.14 q. tân bình", "số 88 bàu cát 2 p.14 q. tân bình"),
        ("chị ấy ở 88 bàu cát 2, p.14, q. tân bình", "88 bàu cát 2, p.14, q. tân bình"),
        ("chị ấy ở số 88 nguyễn trãi 2 p.14 q. tân bình", "số 88 nguyễn trãi 2 p.14 q. tân bình"),
        ("ba o 88 bau cat 2 p.14 tan binh", "88 bau cat 2 p.14 tan binh"),
        ("bà sáu ở 27 hoàng diệu 2, p. linh trung", "27 hoàng diệu 2, p. linh trung"),
        # after "tại", someone's
        ("nhà tôi tại số 45 nguyễn trãi p. bến thành", "số 45 nguyễn trãi p. bến thành"),
        ("em tại 45 nguyễn trãi", "45 nguyễn trãi"),
        # the house's word on the line above its number
        (
            "Nguyễn Văn An, thường trú tại số\n12 Lê Lợi, phường Bến Thành, TP Hồ Chí Minh",
            "số\n12 Lê Lợi, phường Bến Thành, TP Hồ Chí Minh",
        ),
        (
            "Nguyễn Văn An, thường trú tại số nhà\n12 Lê Lợi, phường Bến Thành, TP Hồ Chí Minh",
            "số nhà\n12 Lê Lợi, phường Bến Thành, TP Hồ Chí Minh",
        ),
        # a dormitory's room in its school, then the school's ward
        (
            "Nơi ở hiện tại:\tphòng 204 nhà B ký túc xá Trường Đại học Tây Bắc, phường Chiềng"
            " Sinh, tỉnh Sơn La\nNghề nghiệp:\tSinh viên",
            "phòng 204 nhà B ký túc xá Trường Đại học Tây Bắc, phường Chiềng Sinh, tỉnh Sơn La",
        ),
        (
            "Chị Lan ở phòng 204 nhà B2 ký túc xá Trường Đại học Tây Bắc, phường Chiềng Sinh,"
            " tỉnh Sơn La",
            "phòng 204 nhà B2 ký túc xá Trường Đại học Tây Bắc, phường Chiềng Sinh, tỉnh Sơn La",
        ),
        # a flat by its floor, a letter and its number
        (
            "mẹ ở căn 12a05 chung cư phú đạt, phường thuận an, mẹ muốn",
            "căn 12a05 chung cư phú đạt, phường thuận an",
        ),
        (
            "mẹ ở căn hộ 12A05 chung cư Phú Đạt, phường Thuận An, mẹ muốn",
            "căn hộ 12A05 chung cư Phú Đạt, phường Thuận An",
        ),
        # a dormitory's room in its school named after its city, then the ward with no comma
        (
            "e tam tru phong 12 ktx dai hoc can tho phuong ninh kieu can tho thuong tru xa my"
            " xuyen can tho",
            "phong 12 ktx dai hoc can tho phuong ninh kieu can tho",
        ),
        # a unit abolished in 2025, marked "cũ", then the province
        (
            "ông ở thôn 3, xã Nghĩa Hưng, huyện Nghĩa Đàn (cũ), tỉnh Nghệ An hỏi sao",
            "thôn 3, xã Nghĩa Hưng, huyện Nghĩa Đàn (cũ), tỉnh Nghệ An",
        ),
        (
            "ông ở thôn 3, xã Nghĩa Hưng, huyện Nghĩa Đàn cũ, tỉnh Nghệ An hỏi sao",
            "thôn 3, xã Nghĩa Hưng, huyện Nghĩa Đàn cũ, tỉnh Nghệ An",
        ),
        # the owner's residence ends where the parcel's own line starts
        (
            "bà Mến thường trú tổ dân phố 4, phường Thành Sen, tỉnh Hà Tĩnh\nThửa đất số 215,"
            " tờ bản đồ số 18, diện tích 184,6 m2",
            "tổ dân phố 4, phường Thành Sen, tỉnh Hà Tĩnh",
        ),
        (
            "bà Mến thường trú tổ dân phố 4, phường Thành Sen, tỉnh Hà Tĩnh\nthửa đất số 215,"
            " tờ bản đồ số 18",
            "tổ dân phố 4, phường Thành Sen, tỉnh Hà Tĩnh",
        ),
    ],
)
def test_address_read_whole(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a part of the day and its day are no commune's third syllable
        ("thôn 2 xã an phú sáng nay mất điện", "thôn 2 xã an phú"),
        ("thon 2 xa an phu sang nay mat dien", "thon 2 xa an phu"),
        ("thôn 2 xã an phú hôm qua mất điện", "thôn 2 xã an phú"),
        # an everyday word after the second syllable stays out
        ("tổ 3 phường linh xuân từ tháng 8", "tổ 3 phường linh xuân"),
        ("xóm 1 xã hòa bình yên trong lòng", "xóm 1 xã hòa bình"),
        # a parcel leading the address is the address's
        (
            "Thửa đất số 215, tờ bản đồ số 18, tổ dân phố 4, phường Thành Sen, tỉnh Hà Tĩnh",
            "Thửa đất số 215, tờ bản đồ số 18, tổ dân phố 4, phường Thành Sen, tỉnh Hà Tĩnh",
        ),
        # a residents' group's number is no numbered street
        ("- Bà Ninh Thị Gái, 1944, Sn 88 tổ 3, sống một mình", "Sn 88 tổ 3"),
    ],
)
def test_address_ends_where_it_should(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "o nha em hoc bai",
        "o day co ai biet khong",
        "tai sao lai the",
        "so 2 la so chan",
        "phong hop tang 3 toa nha A",
        "duong nhu anh ay quen roi",
        # an errand or an office after "tại"; a count's "số" on the line above
        "cuộc họp tại 12 lê lợi p. bến thành",
        "mua đồ tại 12 lê lợi p. bến thành",
        "Danh sách gồm 3 người. Tổng số\n12 người đã ký",
        # a school's name and a comma with no dormitory: where the school is
        "Họp phụ huynh tại phòng hội đồng Trường THCS Phước Long, phường Phước Long, TP Nha Trang",
        # "cũ" with no province after it
        "Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh Tuyên Quang (cũ) và Nghị quyết số 11",
        # a ward alone before a verb and "nhau" names no one's home
        "bà ở p. bến thành đánh nhau với khách",
        # a clock time is no flat's code
        "hẹn 12h30 ở căn tin",
    ],
)
def test_ordinary_words_stay_clean(text: str) -> None:
    assert _addresses(text) == []


_WARDS = ("bến thành", "tân định", "chánh hưng", "phú mỹ", "bình thạnh", "thảo điền")
_CLAUSES = ("đánh nhau", "cãi nhau", "chửi nhau", "hôm qua", "bị mất xe", "vừa gọi")


@settings(max_examples=40, deadline=None)
@given(
    house=st.integers(min_value=1, max_value=999),
    ward=st.sampled_from(_WARDS),
    clause=st.sampled_from(_CLAUSES),
    plain=st.booleans(),
)
def test_ward_then_clause_ends_at_ward(house: int, ward: str, clause: str, plain: bool) -> None:
    """Whatever chat's clause follows the ward, the address ends at the ward's name, typed
    with diacritics or plain."""
    text = f"bà sáu ở {house} nguyễn trãi p. {ward} {clause} với khách"
    address = f"{house} nguyễn trãi p. {ward}"
    if plain:
        from ai_guard.text import fold_word

        text, address = fold_word(text), fold_word(address)
    assert address in _addresses(text)
