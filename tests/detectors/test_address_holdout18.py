"""vn.address: an agency's own seat and areas named as areas (issue 15, holdout18's shapes),
each beside the sentences around the same words that must stay private: "trụ sở" then the
agency ("Trụ sở UBND phường Ba Đình đặt tại số 2 ..."), a tax office then its "trụ sở"; a
chain of communes and provinces after "Địa bàn:" or closing a list of communes; an industrial
park and its province alone. A household's or a firm's seat, a person's house, a hamlet or a
house number keep the chain an address."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    "text",
    [
        # "trụ sở", then the agency, then where it stands
        "Viết giúp đoạn hướng dẫn đường: Trụ sở UBND phường Ba Đình đặt tại số 2 phố Lê Hồng"
        " Phong. Từ Quảng trường Ba Đình đi theo đường Hùng Vương.",
        "Trụ sở Công an xã Tân Lập nằm tại số 15 đường Trần Phú, xã Tân Lập, tỉnh Phú Thọ.",
        # a tax office, then its "trụ sở"
        "Thuế cơ sở 5 tỉnh Bắc Ninh tiếp nhận hồ sơ quyết toán thuế tại trụ sở số 12 đường Lý"
        " Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh, từ 7h30 đến 17h.",
        # communes and provinces as an area
        "Địa bàn: phường Quang Trung, tỉnh Hưng Yên.",
        "Danh sách hộ nghèo.\nĐịa bàn: xã Mèo Vạc, tỉnh Tuyên Quang.",
        "Mưa lớn gây ngập tại các xã Hòa Bình, An Phú và phường Phú Lợi, tỉnh Phú Yên cũ.",
        # an industrial park and its province alone
        "Nơi làm việc: Công ty TNHH Vật liệu Tân Á, KCN Đình Vũ, Hải Phòng.",
    ],
)
def test_public_seats_and_areas_are_no_address(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a household business's seat, though an agency is named before it
        (
            "UBND phường Ba Đình xác nhận hộ kinh doanh của bà Lê Thị Lan, trụ sở tại số 5 ngõ"
            " 12 phố Đội Cấn, phường Ba Đình.",
            "số 5 ngõ 12 phố Đội Cấn, phường Ba Đình",
        ),
        # a person's house after the agency's old seat
        (
            "Trụ sở UBND xã cũ nay là nhà ông Tâm ở số 5 ngõ 12 phố Đội Cấn, phường Ba Đình.",
            "số 5 ngõ 12 phố Đội Cấn, phường Ba Đình",
        ),
        # a house or a hamlet after "Địa bàn:" or in a list of communes is still a home
        (
            "Địa bàn: thôn Lũng Thầu, xã Mèo Vạc, tỉnh Tuyên Quang.",
            "thôn Lũng Thầu, xã Mèo Vạc, tỉnh Tuyên Quang",
        ),
        (
            "Bà Lan ở các xã lân cận, nay trú tại số 4 đường Lê Lợi, phường Phú Lợi, tỉnh Đắk Lắk.",
            "số 4 đường Lê Lợi, phường Phú Lợi, tỉnh Đắk Lắk",
        ),
        # a resident's commune and province with a residence cue
        (
            "Chị Hoa thường trú tại phường Quang Trung, tỉnh Hưng Yên.",
            "phường Quang Trung, tỉnh Hưng Yên",
        ),
        # a park with its lot where someone lives is a full address (a firm's lot alone is
        # not: tests/detectors/test_address_park_lot.py)
        (
            "Chị Mai tạm trú tại lô C5, khu công nghiệp Bắc Vinh, xã Hưng Đông, tỉnh Nghệ An.",
            "lô C5, khu công nghiệp Bắc Vinh, xã Hưng Đông, tỉnh Nghệ An",
        ),
    ],
)
def test_private_addresses_beside_them_stay(text: str, address: str) -> None:
    assert address in found(text)
