"""Strategies for chat pasted as people paste it: a Zalo group's log with the time after the
speaker, a parent's display name that names the child, a tally of rooms, a list of given names
a full name later confirms, a full name typed plain whose given name has two syllables, a birth
year set off after a name or in brackets after it, a list of people one of whom no lexicon
holds, a name run on into the next word, a line in capitals, two-digit years in brackets, a
name typed in Telex (the shapes of :mod:`ai_guard.detectors.person.chat_kin`, the fourth word of
``lower_case``, ``dates._named_years``, :mod:`ai_guard.detectors.years_after_names`,
:mod:`ai_guard.detectors.person.columns`, :mod:`ai_guard.detectors.person.name_ends`,
:mod:`ai_guard.detectors.shouted` and :mod:`ai_guard.text.typing`)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import reject
from hypothesis import strategies as st

from ai_guard.testing._base import LabelledPrompt, picked_shapes
from ai_guard.testing._base import fold as _fold
from ai_guard.testing._people import _fill, _kinh_people, _places, _streets

__all__ = ["CHAT_LOG_SHAPES", "chat_log_prompts"]

PERSON = "PERSON"
ADDRESS = "ADDRESS"
DATE_OF_BIRTH = "DATE_OF_BIRTH"

#: what :func:`chat_log_prompts` draws
CHAT_LOG_SHAPES = (
    "time_after",
    "parent",
    "tally",
    "listed_given",
    "two_syllable_given",
    "birth_year",
    "counted_kin",
    "column",
    "decorated_speaker",
    "url_slug",
    "row_hamlet",
    "hmong_plain",
    "bracketed_year",
    "run_on",
    "shouted",
    "short_year",
    "telex",
)

#: given names that are no everyday word in the templates, with and without diacritics
_GIVENS = (
    *("Tuấn", "Hạnh", "Oanh", "Liên", "Nga", "Phương", "Thảo", "Trang", "Huyền", "Nhung"),
    *("Loan", "Yến", "Phúc", "Thủy", "Hưng", "Khánh", "Quyên", "Duyên", "Hiền", "Tuyết"),
)
#: children's nicknames a parent's display name carries ("Mẹ Tún")
_NICKNAMES = ("Tún", "Bống", "Tít", "Bin", "Su", "Gấu", "Mít", "Na", "Cún", "Tôm")
#: surnames typed plain in lower case, and the second syllables of women's given names the
#: lexicon does not hold ("kim sa", "hồng phấn", "sao mai")
_SURNAMES = ("ngo", "banh", "lam", "tran", "vu", "hoang", "phan", "luong", "kieu", "trinh")
_TWO_SYLLABLES = ("kim sa", "hong phan", "sao mai", "ngoc diep", "thu tuyen", "kieu oanh")
_FULL = ("Trần Văn Khiêm", "Lê Thị Nguyệt", "Phạm Thị Dung", "Triệu Văn Tâm", "Lương Minh Khôi")

_Segment = tuple[str, str | None]


def _render(segments: Sequence[_Segment], folded: bool, shape: str) -> LabelledPrompt:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for piece, entity in segments:
        out = _fold(piece) if folded else piece
        if entity is not None:
            spans.append((pos, pos + len(out), entity))
        parts.append(out)
        pos += len(out)
    return LabelledPrompt("".join(parts), tuple(spans), shape)


@st.composite
def _time_after(draw: st.DrawFn) -> list[_Segment]:
    a, b = draw(st.lists(st.sampled_from(_GIVENS), min_size=2, max_size=2, unique=True))
    return [
        ("tom tat doan chat:\n", None),
        (a, PERSON),
        (" 9:02: c oi ho so xong chua\n", None),
        (b, PERSON),
        (draw(st.sampled_from((" nha 36", ""))) + " 9:05: chua e\n", None),
        (a, PERSON),
        (" 9:06: ok c", None),
    ]


@st.composite
def _parent(draw: st.DrawFn) -> list[_Segment]:
    nick = draw(st.sampled_from(_NICKNAMES))
    teacher = draw(st.sampled_from(_GIVENS))
    parent = draw(st.sampled_from(("Mẹ", "Bố", "Ba", "Má")))
    return [
        (f"[21:14] {parent} ", None),
        (nick, PERSON),
        (": cô ơi cháu ", None),
        (nick.lower(), PERSON),
        (" hôm nay sốt ko đi học được ạ\n[21:20] cô giáo ", None),
        (teacher, PERSON),
        (f": dạ cô biết rồi\n[21:21] {parent} ", None),
        (nick, PERSON),
        (": em cảm ơn cô\ntóm tắt cuộc chat này", None),
    ]


@st.composite
def _tally(draw: st.DrawFn) -> list[_Segment]:
    a, b, c = draw(st.lists(st.sampled_from(_GIVENS), min_size=3, max_size=3, unique=True))
    return [
        ("nhờ tính tiền điện cho nhà trọ: phòng 1 ", None),
        (a, PERSON),
        (" 120 số, phòng 2 chị ", None),
        (b.lower(), PERSON),
        (" 98 số, phòng 3 vợ chồng ", None),
        (c.lower(), PERSON),
        (" 210 số", None),
    ]


@st.composite
def _listed_given(draw: st.DrawFn) -> list[_Segment]:
    one, two = draw(st.lists(st.sampled_from(_FULL), min_size=2, max_size=2, unique=True))
    g1, g2 = one.split()[-1].lower(), two.split()[-1].lower()
    return [
        ("lập bảng chấm công cho tổ vệ sinh: ", None),
        (g1, PERSON),
        (", ", None),
        (g2, PERSON),
        (". họ tên đầy đủ là ", None),
        (one.lower(), PERSON),
        (", ", None),
        (two.lower(), PERSON),
    ]


@st.composite
def _two_syllable_given(draw: st.DrawFn) -> list[_Segment]:
    name = f"{draw(st.sampled_from(_SURNAMES))} thi {draw(st.sampled_from(_TWO_SYLLABLES))}"
    before, after = draw(
        st.sampled_from(
            (
                ("e la ", ", nha bi ngap ma chua dc ho tro"),
                ("me la ", " thi can giay to gi a"),
                ("ba ", ", sdt 0377 915 204"),
            )
        )
    )
    return [(before, None), (name, PERSON), (after, None)]


@st.composite
def _birth_year(draw: st.DrawFn) -> list[_Segment]:
    name = draw(st.sampled_from(_FULL))
    year = str(draw(st.integers(1930, 2020)))
    openings: tuple[tuple[list[_Segment], str, str], ...] = (
        ([("xin lịch khám cho bà nội cháu ", None)], ", ", ", bà bị đau lưng"),
        ([("báo cáo ca bệnh: bé ", None), ("bin", PERSON), (" (", None)], ", ", ")"),
        ([("trả lời giúp: bà ", None)], " ", " ở gần chợ hỏi thủ tục"),
    )
    opening, sep, after = draw(st.sampled_from(openings))
    return [
        *opening,
        (name.lower(), PERSON),
        (sep, None),
        (year, DATE_OF_BIRTH),
        (after, None),
    ]


@st.composite
def _counted_kin(draw: st.DrawFn) -> list[_Segment]:
    names = draw(st.lists(st.sampled_from(_GIVENS), min_size=3, max_size=3, unique=True))
    segments: list[_Segment] = [("chia thừa kế cho 3 anh em ", None)]
    for k, name in enumerate(names):
        segments.extend([(", ", None)] if k else [])
        segments.append((name.lower(), PERSON))
    return [*segments, (" thì thủ tục thế nào ạ", None)]


#: names no lexicon holds (minority names as lists write them), for a row among Kinh names
_UNLISTED = ("Zơrâm Bhiếc", "Pờ Xí Chu", "Bling Thị Nươl", "Thạch Ruone", "Alăng Thị Nhân")
#: a row's last cell, a note on the file
_NOTES = ("đã nộp", "chưa nộp", "bổ sung CCCD", "thiếu đơn")


@st.composite
def _column(draw: st.DrawFn) -> list[_Segment]:
    kinh = draw(st.lists(st.sampled_from(_FULL), min_size=2, max_size=3, unique=True))
    names = [*kinh]
    names.insert(draw(st.integers(0, len(kinh))), draw(st.sampled_from(_UNLISTED)))
    style = draw(st.sampled_from(("pipe", "tab", "dash")))
    segments: list[_Segment] = [("kiểm tra danh sách hồ sơ sau:\n", None)]
    for k, name in enumerate(names, 1):
        note = draw(st.sampled_from(_NOTES))
        opening, between, end = {
            "pipe": (f"| {k} | ", " | ", " |"),
            "tab": (f"{k}\t", "\t", ""),
            "dash": (f"{k}. ", " - ", ""),
        }[style]
        segments.extend(
            [(opening, None), (name.lower(), PERSON), (f"{between}{note}{end}\n", None)]
        )
    return [*segments, ("đếm số hồ sơ còn thiếu", None)]


#: what a chat app shows beside a speaker's name: the account's digits or an emoji
_DECORATIONS = ("99", "2309", "88", "1975", " 🌸", " 😊", " ❤️", " 🌻")
#: short chat messages with no name in them
_MESSAGES = ("ok c", "dc a", "mai họp lúc 8h nhé", "em gửi rồi ạ", "để chiều em nộp")


@st.composite
def _decorated_speaker(draw: st.DrawFn) -> list[_Segment]:
    a, b = draw(st.lists(st.sampled_from(_GIVENS), min_size=2, max_size=2, unique=True))
    da, db = draw(st.lists(st.sampled_from(_DECORATIONS), min_size=2, max_size=2))
    segments: list[_Segment] = [("tóm tắt giúp em đoạn chat nhóm:\n", None)]
    for name, decor in ((a, da), (b, db), (a, da)):
        message = draw(st.sampled_from(_MESSAGES))
        segments.extend([(name.lower(), PERSON), (f"{decor}: {message}\n", None)])
    return segments


#: web sites whose pages are a person's profile or a page about someone
_SITES = ("facebook.com/", "https://www.facebook.com/", "tiktok.com/@", "tinnhanh24h.net/ca-nhan/")


@st.composite
def _url_slug(draw: st.DrawFn) -> list[_Segment]:
    name = _fold(draw(st.sampled_from(_FULL))).lower()
    joint = draw(st.sampled_from((".", "-", "_")))
    number = draw(st.sampled_from(("", f"{joint}97", f"{joint}1988", f"{joint}2k")))
    before, after = draw(
        st.sampled_from(
            (
                ("kiểm tra giúp em người này: ", " có phải ứng viên không"),
                ("ai đăng bài nói xấu xã là trang ", ", em cần viết văn bản đề nghị xác minh"),
            )
        )
    )
    return [
        (before + draw(st.sampled_from(_SITES)), None),
        (name.replace(" ", joint), PERSON),
        (number + after, None),
    ]


#: hamlets named by a word or a number, as household lists give them
_HAMLETS = ("xóm Đông", "xóm Tây", "thôn Trại", "ấp Mỹ Hòa", "xóm 3", "thôn 5", "ấp 12")
#: where a listed person lives after the birth year, the row's last field: minority villages
#: by a name of one or two syllables, hamlets by their number
_ROW_VILLAGES = ("bản Nà Cang", "bản Phiêng", "bản Hua Pá", "thôn 7", "xóm 4", "ấp 9", "bản Mòn")


@st.composite
def _row_hamlet(draw: st.DrawFn) -> list[_Segment]:
    names = draw(st.lists(st.sampled_from(_FULL), min_size=2, max_size=3, unique=True))
    style = draw(st.sampled_from(("comma", "dash", "inline", "year")))
    segments: list[_Segment] = [("tổng hợp giúp em danh sách hộ bị tốc mái:\n", None)]
    if style == "year":  # "- lò thị xênh 1955 bản cang": name, birth year, village, no dash
        segments = [(draw(st.sampled_from(("kiểm tra trùng giúp:\n", "ds nhận gạo:\n"))), None)]
        for name in names:
            village = draw(st.sampled_from(_ROW_VILLAGES)).lower()
            year = str(draw(st.integers(1935, 2015)))
            segments.extend([("- ", None), (name.lower(), PERSON), (" ", None)])
            segments.extend([(year, DATE_OF_BIRTH), (" ", None), (village, ADDRESS), ("\n", None)])
        return segments
    for k, name in enumerate(names, 1):
        hamlet = draw(st.sampled_from(_HAMLETS))
        count = draw(st.integers(1, 7))
        if style == "comma":
            honorific = "Bà" if " Thị " in name else "Ông"
            segments.extend(
                [(f"{k}. {honorific} ", None), (name, PERSON), (", ", None), (hamlet, ADDRESS)]
            )
            segments.append((f", {count} khẩu\n", None))
        elif style == "dash":
            segments.extend([(f"{k}. ", None), (name.lower(), PERSON), (" - ", None)])
            segments.extend([(hamlet.lower(), ADDRESS), (f" - {count} khẩu\n", None)])
        else:
            number = f"{hamlet.split()[0].lower()} {draw(st.integers(1, 15))}"
            honorific = "bà" if " Thị " in name else "ông"
            segments.extend([(f"nhà {honorific} ", None), (name.lower(), PERSON), (" ", None)])
            segments.extend([(number, ADDRESS), (",\n", None)])
    return [*segments, ("mỗi hộ hỗ trợ 5 triệu", None)]


#: Hmong names: a clan, "A" / "Seo" / "Mí", a given name no lexicon holds
_HMONG = ("Sùng A Páo", "Vàng Seo Khua", "Giàng A Sử", "Thào Mí Dính", "Lầu A Chư", "Mùa A Tủa")


@st.composite
def _hmong_plain(draw: st.DrawFn) -> list[_Segment]:
    a, b = draw(st.lists(st.sampled_from(_HMONG), min_size=2, max_size=2, unique=True))
    opening = draw(st.sampled_from(("viết thông báo gọi ", "nhắc ", "hỏi xem ")))
    return [
        (opening, None),
        (a.lower(), PERSON),
        (" và ", None),
        (b.lower(), PERSON),
        (" đã lên xã nhận gạo cứu đói chưa", None),
    ]


@st.composite
def _bracketed_year(draw: st.DrawFn) -> list[_Segment]:
    """Children listed with their birth years in brackets, names no Kinh lexicon spells whole
    (Hmong) or Kinh, in a household's form or a vaccination list."""
    names = draw(st.lists(st.sampled_from(_HMONG + _FULL), min_size=2, max_size=3, unique=True))
    lower = draw(st.booleans())
    opening = draw(st.sampled_from(("Con: ", "ds tiêm chủng: ", "các cháu chưa tiêm gồm ")))
    segments: list[_Segment] = [(opening, None)]
    for k, name in enumerate(names):
        year = str(draw(st.integers(1990, 2024)))
        if k:
            segments.append((", ", None))
        segments.extend([(name.lower() if lower else name, PERSON), (" (", None)])
        segments.extend([(year, DATE_OF_BIRTH), (")", None)])
    return [*segments, (", nhờ kiểm tra giúp", None)]


#: what follows a lower-case name with no comma, the word that ends it: a verb or a conjunction
#: spelled as a given name could be (``học``, ``nhưng``), a verb taking the next person
#: (``bảo``), ``quê`` before the home province; ``{n}`` and ``{m}`` two names
_RUN_ON = (
    "em trai {n} học lớp 5 bị ốm, nhờ viết đơn xin nghỉ",
    "giấy cũ ghi {n} nhưng cccd ghi khác thì sửa thế nào",
    "nhờ {n} bảo {m} gửi bảng kê trước thứ sáu",
    "chiều nay có {n} {m} lên hỏi về tiền hỗ trợ",
    "e là {n} quê nghệ an, muốn hỏi thủ tục nhập khẩu",
    "gửi giấy mời cho {n} {a} giúp em",
)


def _lower_full(draw: st.DrawFn, marked: bool = False) -> str:
    """A Kinh full name from the lexicons in lower case; ``marked``: with văn / thị after the
    surname (what tells a second name side by side)."""
    person = draw(_kinh_people())
    words = person.full.lower().split()
    if marked and (len(words) < 3 or words[1] not in ("văn", "thị")):
        words = [words[0], "thị" if person.female else "văn", *words[1:]][:4]
    return " ".join(words)


def _lane_address(draw: st.DrawFn) -> str:
    """A lane, its number and its street right after a name (``kiệt 12/3 trần phú``)."""
    unit = draw(st.sampled_from(("kiệt", "ngõ", "hẻm", "phòng")))
    number = f"{draw(st.integers(2, 120))}/{draw(st.integers(1, 30))}"
    if unit == "phòng":
        return f"phòng {draw(st.integers(101, 1208))} nhà {draw(st.sampled_from('abc'))}2"
    return f"{unit} {number} {draw(st.sampled_from(_streets())).lower()}"


@st.composite
def _run_on(draw: st.DrawFn) -> list[_Segment]:
    """A lower-case name run on into the next word, no comma to end it (issue 15's chat):
    the word is a verb, a conjunction, a second name or a lane and its number."""
    template = draw(st.sampled_from(_RUN_ON))
    first = _lower_full(draw)
    second = _lower_full(draw, marked=True)
    values: dict[str, _Segment] = {
        "n": (first, PERSON),
        "m": (second, PERSON),
        "a": (_lane_address(draw), ADDRESS),
    }
    after = template.partition("{n}")[2].split()
    if first.split()[-1] == after[0]:
        reject()  # the given name is the next word itself ("... học học lớp 5")
    return _fill(template, values)


#: a chat line typed with caps lock on: ``{n}`` a name, ``{a}`` an address, ``{y}`` a birth year
_SHOUTED = (
    "tôi là {n} sinh năm {y} ở {a} muốn hỏi thủ tục cấp lại sổ đỏ",
    "gửi {n} tại {a} giấy báo đi học của cháu chưa nhận được",
    "nhờ cán bộ xác nhận cho {n} thường trú {a} để làm hồ sơ vay vốn",
)


def _house_address(draw: st.DrawFn) -> str:
    """A house, its lane and street, the district and province, as chat types them with
    spaces alone (``số 8 ngõ 12 trần khát chân hai bà trưng hà nội``)."""
    area, province = draw(st.sampled_from(_places()["area"]))
    street = draw(st.sampled_from(_streets()))
    house = draw(
        st.sampled_from(
            (
                f"số {draw(st.integers(1, 99))} ngõ {draw(st.integers(2, 300))} ",
                f"{draw(st.integers(1, 200))}/{draw(st.integers(1, 40))} ",
                f"số nhà {draw(st.integers(1, 200))} ",
            )
        )
    )
    separator = draw(st.sampled_from((" ", ", ")))
    return separator.join([house + street, area, province])


@st.composite
def _shouted(draw: st.DrawFn) -> list[_Segment]:
    """A chat line all in capitals (eight words and more, no table): a name and an address
    in it."""
    template = draw(st.sampled_from(_SHOUTED))
    values: dict[str, _Segment] = {
        "n": (_lower_full(draw).upper(), PERSON),
        "a": (_house_address(draw).upper(), ADDRESS),
        "y": (str(draw(st.integers(1950, 2000))), DATE_OF_BIRTH),
    }
    return [(text.upper(), entity) for text, entity in _fill(template, values)]


@st.composite
def _short_year(draw: st.DrawFn) -> list[_Segment]:
    """Birth years written with two digits in brackets after names in a chat list: led by a
    zero (``(03)``: no age is written so), beside a four-digit year in the same list
    (``(98)``, ``(2000)``) or under an age bound they exceed (``trẻ dưới 5 tuổi: ... (22)``);
    an age in brackets alone (``(87)``) is none."""
    names = [_lower_full(draw) for _ in range(draw(st.integers(2, 3)))]
    kind = draw(st.sampled_from(("zero", "four", "bound")))
    bound = draw(st.integers(2, 6))
    years: list[str] = []
    for k in range(len(names)):
        if kind == "zero":
            years.append(f"0{draw(st.integers(0, 9))}")
        elif kind == "bound":
            years.append(str(draw(st.integers(18, 24))))
        elif k == len(names) - 1:
            years.append(str(draw(st.integers(1995, 2012))))
        else:
            years.append(str(draw(st.integers(60, 99))))
    opening = draw(st.sampled_from(("thông báo cho: ", "ds khám sức khỏe: ", "danh sách gồm ")))
    if kind == "bound":
        opening = draw(st.sampled_from(("trẻ dưới {n} tuổi: ", "đếm số cháu dưới {n} tuổi: ")))
        opening = opening.format(n=bound)
    segments: list[_Segment] = [(opening, None)]
    for k, (name, year) in enumerate(zip(names, years, strict=True)):
        if k:
            segments.append((draw(st.sampled_from((", ", " và "))), None))
        segments.extend([(name, PERSON), (" (", None), (year, DATE_OF_BIRTH), (")", None)])
    return [*segments, (" đi khám ngày mai", None)]


#: a chat line whose every word is typed with the input method off (Telex): ``{n}`` a name
_TELEX = (
    "em teen laf {n} muoons hoir veef thur tucj nhaapj khaaur",
    "nhowf chij xem giups hoof sow cuar {n} dduwowcj duyeetj chuwa",
    "toi laf {n}, can hoir ve tien hoox trowj",
)


@st.composite
def _telex(draw: st.DrawFn) -> list[_Segment]:
    """A name typed with the input method off (Telex: ``ddinhf vawn phucs``), in a line
    whose other words are typed so too (or some plain, as a phone's keyboard leaves them)."""
    from ai_guard.testing.strategies import typed  # the strategies module imports this one

    name = typed(draw(_kinh_people()).full.lower(), method="telex")
    return _fill(draw(st.sampled_from(_TELEX)), {"n": (name, PERSON)})


_DRAW = {
    "time_after": _time_after,
    "parent": _parent,
    "tally": _tally,
    "listed_given": _listed_given,
    "two_syllable_given": _two_syllable_given,
    "birth_year": _birth_year,
    "counted_kin": _counted_kin,
    "column": _column,
    "decorated_speaker": _decorated_speaker,
    "url_slug": _url_slug,
    "row_hamlet": _row_hamlet,
    "hmong_plain": _hmong_plain,
    "bracketed_year": _bracketed_year,
    "run_on": _run_on,
    "shouted": _shouted,
    "short_year": _short_year,
    "telex": _telex,
}
#: the shapes also drawn without diacritics (a parent's display name and a tally keep theirs:
#: "me tun", "phong 1 hung" typed so are the other paths' to judge)
_FOLDED = frozenset(
    {"time_after", "listed_given", "two_syllable_given", "birth_year", "column"}
    | {"url_slug", "row_hamlet", "hmong_plain", "bracketed_year"}
    | {"run_on", "shouted", "short_year"}
)


def chat_log_prompts(
    *, shapes: Sequence[str] | None = None, folded: bool = False
) -> st.SearchStrategy[LabelledPrompt]:
    """Chat as people paste it (``CHAT_LOG_SHAPES``): ``time_after`` (a Zalo log with the time
    after the display name: ``Huyen 9:02: ...``, ``Toan tu phap 9:05: ...``), ``parent`` (a
    parent's display name naming the child, who comes back in lower case: ``[21:14] Mẹ Tún: cô
    ơi cháu tún ...``), ``tally`` (rooms and counts: ``phòng 1 Hưng 120 số, phòng 2 chị loan
    98 số``), ``listed_given`` (given names listed alone, their full names later: ``dung, tam
    ... họ tên đầy đủ là phạm thị dung, triệu văn tâm``), ``two_syllable_given`` (a woman's name
    typed plain whose given name has two syllables: ``me la ngo thi kim sa thi can ...``),
    ``birth_year`` (a year set off after a full name: ``bà nội cháu kiều thị hót, 1940,``),
    ``counted_kin`` (siblings' given names after their count: ``3 anh em tùng, hòa, thắng``),
    ``column`` (a list of three or four people in lower case, a table's cells or numbered items
    parted by a dash, one of them a name no lexicon holds: ``| 2 | zơrâm bhiếc | đã nộp |``),
    ``decorated_speaker`` (a speaker's given name with the account's digits or an emoji beside
    it: ``thủy 🌸: ok c``, ``quân99: dc a``), ``url_slug`` (a full name as a profile's address:
    ``facebook.com/tran.van.khiem.97``), ``row_hamlet`` (a household's hamlet alone after the
    name in a list: ``1. Ông Trần Văn Khiêm, xóm Đông, 4 khẩu``, ``1. lê thị nguyệt - thôn 5 -
    2 khẩu``, ``nhà ông trần văn khiêm xóm 3,``, a birth year between: ``- lê thị nguyệt 1958
    bản nà cang``), ``hmong_plain`` (two Hmong names in lower case
    with no cue: ``gọi sùng a páo và vàng seo khua đã lên xã ...``), ``bracketed_year``
    (children listed with their birth years in brackets: ``Con: Sùng A Páo (2009), Trần Văn
    Khiêm (2012), ...``), ``run_on`` (a lower-case name run on into the next word with no
    comma: a verb or a conjunction, ``quê``, a second name, a lane and its number: ``em trai
    quách văn lộc học lớp 5``, ``có từ văn thắng doãn thị hằng lên hỏi``, ``cho lê thị bích
    kiệt 12/3 trần phú``), ``shouted`` (a chat line typed all in capitals, a name and a house's
    address in it: ``TÔI LÀ KIỀU VĂN DŨNG SINH NĂM 1979 Ở SỐ 8 NGÕ 12 ...``), ``short_year``
    (two-digit birth years in brackets after names, led by a zero, beside a four-digit year
    in the same list or above the age the text bounds: ``phùng văn an (03) và mã thị liên
    (05)``, ``nông văn tú (98), la thị mơ (2000)``, ``trẻ dưới 5 tuổi: ... (22)``), ``telex``
    (a name typed with the input method off in a line typed so: ``em teen laf ddinhf vawn
    phucs muoons hoir ...``). Names of ``run_on``, ``shouted``,
    ``short_year`` and ``telex`` are drawn from the lexicons as :func:`kinh_names` draws them.
    ``folded``: without diacritics (all but ``parent``, ``tally``, ``counted_kin`` and
    ``decorated_speaker``, whose emoji no folding takes away, and ``telex``, which has none to
    take). Spans: each name ``PERSON``, the year ``DATE_OF_BIRTH``, a hamlet or an address
    ``ADDRESS``. ``shape``: ``chat_log.<shape>.<proper|folded>``."""
    known = [s for s in CHAT_LOG_SHAPES if not folded or s in _FOLDED]
    picked = picked_shapes("chat_log_prompts", shapes, known)
    writing = "folded" if folded else "proper"
    return st.sampled_from(picked).flatmap(
        lambda shape: _DRAW[shape]().map(
            lambda segments: _render(segments, folded, f"chat_log.{shape}.{writing}")
        )
    )
