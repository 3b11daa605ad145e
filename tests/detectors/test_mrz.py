"""A passport's or ID card's machine-readable zone pasted as text (holdout22: the name, the
number and the date of birth went out in it). New probes, check digits computed here."""

from __future__ import annotations

from ai_guard import check_prompt


def _check(field: str) -> str:
    weights = (7, 3, 1)
    values = [int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55 for c in field]
    return str(sum(v * weights[i % 3] for i, v in enumerate(values)) % 10)


def _td3(name: str, number: str, birth: str, sex: str = "M") -> str:
    line1 = ("P<VNM" + name).ljust(44, "<")
    doc = number.ljust(9, "<")
    expiry = "330507"
    line2 = doc + _check(doc) + "VNM" + birth + _check(birth) + sex + expiry + _check(expiry)
    line2 = line2 + "<" * 14 + "<"
    line2 += _check(line2[0:10] + line2[13:20] + line2[21:43])
    return line1 + "\n" + line2


def _found(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in check_prompt(text).findings:
        out.setdefault(f.entity.value, []).append(text[f.start : f.end])
    return out


def test_passport_zone_name_number_and_birth_date() -> None:
    zone = _td3("LUONG<<VAN<TUAN", "B7315046", "870225")
    text = "Kiểm tra giúp dòng MRZ này đúng chưa:\n" + zone + "\ncảm ơn"
    result = check_prompt(text)
    assert result.decision.value == "redact"
    found = _found(text)
    assert found["PERSON"] == ["LUONG<<VAN<TUAN"]
    assert found["PASSPORT"] == ["B7315046"]
    assert found["DATE_OF_BIRTH"] == ["870225"]
    for value in ("LUONG<<VAN<TUAN", "B7315046", "870225"):
        assert value not in result.redacted_text


def test_passport_zone_with_a_wrong_check_digit_still_redacted() -> None:
    zone = _td3("HA<<THI<MINH<CHAU", "N2046813", "010930", sex="F")
    broken = zone[:-1] + str((int(zone[-1]) + 1) % 10)  # the composite digit off
    broken = broken.replace("0109305", "0109307")  # the birth date's check digit off too
    result = check_prompt(broken)
    assert "HA<<THI<MINH<CHAU" not in result.redacted_text
    assert "010930" not in result.redacted_text


def test_id_card_zone_three_lines() -> None:
    doc = "095001234"
    line1 = "IDVNM" + doc + _check(doc) + "001095001234<<<"
    birth, expiry = "950712", "350712"
    line2 = birth + _check(birth) + "F" + expiry + _check(expiry) + "VNM" + "<" * 11 + "6"
    line3 = "PHAM<<THU<TRANG".ljust(30, "<")
    text = "OCR mặt sau CCCD:\n" + "\n".join([line1, line2, line3])
    found = _found(text)
    assert "PHAM<<THU<TRANG" in found["PERSON"]
    assert found["DATE_OF_BIRTH"] == ["950712"]


def test_lines_of_fillers_that_are_no_zone() -> None:
    text = "Bảng phân cách:\n" + "<" * 44 + "\n" + "AB12<<" * 7 + "XY"
    assert check_prompt(text).decision.value == "allow"
