"""A deterministic, realistic mix of Vietnamese administrative text for the speed benchmark.

Paragraph templates follow what agencies paste into chatbots: enforcement decisions, complaint
letters, reports, CVs, plain prose and law text full of harmless numbers, with and without
diacritics. Identifiers are drawn at random (valid shapes), so no real person appears.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân"]
_GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Mai", "Nam", "Tuấn"]
_PLACES = [
    ("xã Tân Phú", "huyện Đồng Phú", "tỉnh Bình Phước"),
    ("phường Láng Thượng", "quận Đống Đa", "TP Hà Nội"),
    ("xã Ea Kao", "TP Buôn Ma Thuột", "tỉnh Đắk Lắk"),
    ("phường Bến Thành", "Quận 1", "TP Hồ Chí Minh"),
]
_PROSE = [
    "Căn cứ Luật Thi hành án dân sự số 26/2008/QH12 được sửa đổi, bổ sung năm 2014 và Nghị định "
    "số 62/2015/NĐ-CP ngày 18 tháng 7 năm 2015 của Chính phủ quy định chi tiết và hướng dẫn thi "
    "hành một số điều của Luật Thi hành án dân sự; căn cứ Công văn số 557/BKHCN-CĐSQG ngày "
    "31/3/2025 của Bộ Khoa học và Công nghệ về việc hướng dẫn sử dụng chatbot AI.",
    "Trong năm 2024, toàn ngành đã thụ lý 1.234 việc với tổng số tiền 2.345.678 triệu đồng, đạt "
    "tỷ lệ 85,6% về việc và 45,2% về tiền; giảm 12% so với cùng kỳ năm 2023. Theo khoản 3 Điều 12 "
    "và Điều 45 của Luật, thời hạn tự nguyện thi hành án là 10 ngày.",
    "Ủy ban nhân dân tỉnh Bình Phước đề nghị các sở, ban, ngành tăng cường công tác bảo vệ bí mật "
    "nhà nước theo Luật Bảo vệ bí mật nhà nước số 117/2025/QH15; thông tin thuộc độ Tối mật phải "
    "được quản lý chặt chẽ. Mọi thắc mắc xin liên hệ đường dây nóng 1900 1234 hoặc 1800 5678.",
    "Hội nghị tổng kết được tổ chức lúc 8 giờ 30 phút ngày 15/01/2025 tại hội trường tầng 3, với "
    "sự tham dự của 120 đại biểu; kinh phí 45.000.000 đồng từ nguồn ngân sách năm 2025.",
]


def _cccd(rng: random.Random) -> str:
    province = rng.choice(["001", "079", "036", "087"])
    return f"{province}{rng.choice('0123')}{rng.randint(60, 99):02d}{rng.randint(0, 999999):06d}"


def _phone(rng: random.Random) -> str:
    p = f"09{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}"
    return rng.choice([p, f"{p[:4]} {p[4:7]} {p[7:]}", f"{p[:4]}.{p[4:7]}.{p[7:]}", "+84 " + p[1:]])


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def _fold(s: str) -> str:
    out = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return out.replace("đ", "d").replace("Đ", "D")


def paragraph(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        text = rng.choice(_PROSE)
    else:
        xa, huyen, tinh = rng.choice(_PLACES)
        text = (
            f"Chấp hành viên {_name(rng)} thông báo cho ông {_name(rng)}, sinh ngày "
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2000)}, CCCD số "
            f"{_cccd(rng)}, thường trú tại thôn {rng.randint(1, 9)}, {xa}, {huyen}, {tinh}; điện "
            f"thoại {_phone(rng)}, về việc thi hành Bản án số {rng.randint(1, 99):02d}/2024/DS-ST "
            f"và Quyết định thi hành án số {rng.randint(1, 999)}/QĐ-CCTHADS; số tiền phải nộp là "
            f"{rng.randint(1, 900)}.000.000 đồng."
        )
    if rng.random() < 0.3:
        text = _fold(text)
    return text


def mixed_text(size_bytes: int, seed: int = 2025) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size_bytes:
        p = paragraph(rng)
        parts.append(p)
        total += len(p.encode("utf-8")) + 2
    return "\n\n".join(parts)


def prose_text(size_bytes: int) -> str:
    """Administrative prose only: numbers, law references, agencies, no personal data."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size_bytes:
        p = _PROSE[i % len(_PROSE)]
        parts.append(p)
        total += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def corpus_prompt(size: int) -> str:
    """``size`` characters of consecutive prompts from the labelled corpus (real-style mix)."""
    import json

    path = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "prompts.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    return "\n\n".join(texts)[:size]


_DATA = Path(__file__).resolve().parent.parent / "src" / "ai_guard" / "data" / "detectors"
_MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "fpt.vn", "vnpt.vn"]


def _lexicon(name: str) -> list[str]:
    lines = (_DATA / name).read_text("utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def _table_names() -> tuple[list[str], list[str], list[str]]:
    # the project's own name lists (read from this checkout, so both sides of a speed_pair run
    # get the same text): the 40 most common surnames, every middle and given name listed
    surnames = _lexicon("surnames.txt")[:40]
    return surnames, _lexicon("middle_names.txt"), _lexicon("given_names.txt")


def _valid_cccd(rng: random.Random, provinces: list[str]) -> str:
    year = rng.randint(1940, 2008)
    century = (year // 100 - 19) * 2 + rng.randint(0, 1)
    return f"{rng.choice(provinces)}{century}{year % 100:02d}{rng.randint(0, 999999):06d}"


def citizens_table(size_bytes: int, *, csv: bool = False, seed: int = 14) -> str:
    """A table of citizens, a finding every ~20 bytes (issue 14's dense-findings case).

    Rows of about 100 bytes: a name, a valid CCCD, a mobile number and an e-mail address. As
    prose rows on one line (``Ông <name> CCCD <12 digits> SĐT <phone> email <addr>; ``), or
    with ``csv=True`` as a CSV file with a header row (``Họ và tên,CCCD,SĐT,Email``).
    """
    rng = random.Random(seed)
    surnames, middles, givens = _table_names()
    codes = [line.split("\t")[0] for line in _lexicon("cccd_province_codes.tsv")]
    mobiles = [line.split("\t")[0] for line in _lexicon("mobile_prefixes.tsv")]
    parts: list[str] = ["Họ và tên,CCCD,SĐT,Email\n"] if csv else []
    total = sum(len(p.encode("utf-8")) for p in parts)
    while total < size_bytes:
        name = f"{rng.choice(surnames)} {rng.choice(middles)} {rng.choice(givens)}"
        cccd = _valid_cccd(rng, codes)
        phone = f"{rng.choice(mobiles)}{rng.randint(0, 9999999):07d}"
        if rng.random() < 0.3:
            phone = f"{phone[:4]} {phone[4:7]} {phone[7:]}"
        local = _fold(name).lower().replace(" ", rng.choice(["", ".", "_"]))
        mail = f"{local}{rng.randint(1, 99)}@{rng.choice(_MAIL_DOMAINS)}"
        if csv:
            row = f"{name},{cccd},{phone},{mail}\n"
        else:
            row = f"{rng.choice(['Ông', 'Bà'])} {name} CCCD {cccd} SĐT {phone} email {mail}; "
        parts.append(row)
        total += len(row.encode("utf-8"))
    return "".join(parts)
