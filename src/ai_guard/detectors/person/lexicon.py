"""What the person detector knows about words: lexicons loaded once, and fixed word lists.

The data files (``ai_guard/data/detectors/``): ``surnames.txt`` (177 surnames),
``surnames_spelled.txt`` (rare surnames matched only as spelled: ``spelled_surnames``),
``middle_names.txt``, ``given_names.txt``, ``name_cues.tsv`` (context words before a name, with
their kind: honorific, label, party, official, relation), ``provinces.tsv``,
``place_names.txt`` and ``common_capitalised_words.txt`` (capitalised phrases that are not
names), ``public_figures.txt``. Each is read on first use and cached (``lru_cache``): importing
the detector reads nothing. Every set holds folded words (no diacritics, lower case); the
``*_spellings`` maps keep the diacritics where a folded form is ambiguous ("Đình" / "Đinh").
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ai_guard.text import data, fold_word
from ai_guard.text.match import CueSet, spelling

__all__ = [
    "EN_UNITS",
    "HONORIFICS",
    "INTRODUCTIONS",
    "INTRODUCTION_SPELLINGS",
    "NEVER_IN_NAMES",
    "PLAIN_SURNAMES",
    "TYPICAL_MIDDLES",
    "TYPICAL_MIDDLE_SPELLINGS",
    "Lexicons",
    "cue_spellings",
    "cue_words",
    "everyday_pair",
    "everyday_pairs",
    "given_spellings",
    "lexicons",
    "middle_spellings",
    "name_spellings",
    "not_name_spellings",
    "public_figure_spellings",
    "public_figures",
    "spelled_surnames",
    "strong_cues",
    "surname_spellings",
    "title_openings",
    "two_word_titles",
]


class Lexicons(NamedTuple):
    """The lexicons most checks need, loaded together."""

    surnames: frozenset[str]
    middles: frozenset[str]
    givens: frozenset[str]
    #: places (provinces with their other names, place names) and common capitalised phrases
    not_names: frozenset[str]
    #: every context word of ``name_cues.tsv``
    cues: CueSet


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Surnames, middle and given names, what is not a name, and the name cues."""
    surnames = data.folded_set("detectors/surnames.txt")
    middles = data.folded_set("detectors/middle_names.txt")
    givens = data.folded_set("detectors/given_names.txt")
    places: set[str] = set()
    for row in data.rows("detectors/provinces.tsv"):
        places.add(fold_word(row[0]))
        if len(row) > 2:
            places.update(fold_word(v) for v in row[2].split(";") if v.strip())
    places.update(data.folded_set("detectors/common_capitalised_words.txt"))
    places.update(data.folded_set("detectors/place_names.txt"))
    cue_rows = data.rows("detectors/name_cues.tsv")
    cues = CueSet(r[0] for r in cue_rows if r and r[0])
    return Lexicons(surnames, middles, givens, frozenset(places), cues)


@lru_cache(maxsize=1)
def name_spellings() -> frozenset[str]:
    """The middle and given names spelled with their diacritics ("hỏi" is no "Hội")."""
    lines = [*data.lines("detectors/middle_names.txt"), *data.lines("detectors/given_names.txt")]
    return frozenset(spelling(w) for w in lines)


@lru_cache(maxsize=1)
def not_name_spellings() -> frozenset[str]:
    """The phrases of ``Lexicons.not_names`` spelled with their diacritics: in lower-case text
    with diacritics "công khải" (a given name) is not "công khai" (public), "văn hoa" not
    "văn hóa"."""
    out: set[str] = set()
    for row in data.rows("detectors/provinces.tsv"):
        out.add(spelling(row[0]))
        if len(row) > 2:
            out.update(spelling(v) for v in row[2].split(";") if v.strip())
    for name in ("common_capitalised_words.txt", "place_names.txt"):
        out.update(spelling(line) for line in data.lines(f"detectors/{name}"))
    return frozenset(out)


def known_phrase(folded: str, raw: str) -> bool:
    """Whether words (``folded``, and ``raw`` as written, joined by single spaces) are a known
    place or phrase of ``Lexicons.not_names``; by spelling where written with diacritics:
    "Bàn Văn Cao" is a Dao name, "Ban Văn ..." a board's name."""
    if folded not in lexicons().not_names:
        return False
    return raw.isascii() or spelling(raw) in not_name_spellings()


@lru_cache(maxsize=1)
def everyday_pairs() -> tuple[frozenset[str], frozenset[str]]:
    """The everyday two-syllable words of ``everyday_pairs.txt`` ("văn bản", "lễ hội", "vụ
    án") by spelling and folded."""
    lines = data.lines("detectors/everyday_pairs.txt")
    return frozenset(spelling(w) for w in lines), frozenset(fold_word(w) for w in lines)


def everyday_pair(a: str, b: str, *, places: bool = True) -> bool:
    """Whether two neighbouring words are an everyday word ("an tâm", "văn bản", "lễ hội") or
    (``places``) a known place or phrase, by spelling where typed with diacritics."""
    spelled, folded = everyday_pairs()
    pair = f"{a} {b}"
    if pair.isascii():
        f = fold_word(pair)
        return f in folded or (places and f in lexicons().not_names)
    s = spelling(pair)
    return s in spelled or (places and s in not_name_spellings())


@lru_cache(maxsize=1)
def strong_cues() -> CueSet:
    """Cues that name a private person (not an official title, after which an agency's name
    often follows: "Giám đốc Sở Tư pháp")."""
    return CueSet(
        r[0]
        for r in data.rows("detectors/name_cues.tsv")
        if len(r) > 1 and r[1] != "official" and r[0]
    )


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Single-word cues that may themselves be capitalised at a sentence start ("Ông", "Bà")."""
    return frozenset(
        fold_word(r[0])
        for r in data.rows("detectors/name_cues.tsv")
        if r and r[0] and " " not in r[0]
    )


@lru_cache(maxsize=1)
def title_openings() -> frozenset[str]:
    """The first two words of the officials' titles of ``name_cues.tsv`` ("chủ tịch", "giám
    đốc", "bí thư"), by spelling: a capitalised run whose last word opens one with the next
    lower-case word ("Lăng Chủ tịch Hồ Chí Minh") is cut inside the title, no name."""
    return frozenset(
        spelling(" ".join(r[0].split()[:2]))
        for r in data.rows("detectors/name_cues.tsv")
        if len(r) > 1 and r[1] == "official" and len(r[0].split()) >= 2
    )


@lru_cache(maxsize=1)
def long_titles() -> frozenset[str]:
    """The officials' titles of ``name_cues.tsv`` of three words or more ("chấp hành viên",
    "thư ký thi hành án"), by spelling: a capitalised run whose last word opens one with the
    lower-case words after it ends before that word (a table's row pasted flat: "Cù Thị
    Nguyệt Thư ký thi hành án", "Lưu Đức Hạnh Chấp hành viên sơ cấp")."""
    return frozenset(
        spelling(r[0])
        for r in data.rows("detectors/name_cues.tsv")
        if len(r) > 1 and r[1] == "official" and len(r[0].split()) >= 3
    )


@lru_cache(maxsize=1)
def title_openings_folded() -> frozenset[str]:
    """``title_openings`` typed without diacritics ("chu tich", "giam doc"), folded."""
    return frozenset(
        fold_word(" ".join(r[0].split()[:2]))
        for r in data.rows("detectors/name_cues.tsv")
        if len(r) > 1 and r[1] == "official" and len(r[0].split()) >= 2
    )


@lru_cache(maxsize=1)
def two_word_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The officials' titles of ``name_cues.tsv`` of two words whose first is no typical middle
    name ("trưởng phòng", "kế toán"; not "văn thư": "Nguyễn Văn Thư" is a name as often), by
    spelling and folded: after an honorific and one word ("anh vu truong phong") the title is
    the person's office, not the rest of a name."""
    titles = [
        r[0]
        for r in data.rows("detectors/name_cues.tsv")
        if len(r) > 1
        and r[1] == "official"
        and len(r[0].split()) == 2
        and fold_word(r[0].split()[0]) not in TYPICAL_MIDDLES
    ]
    return frozenset(spelling(t) for t in titles), frozenset(fold_word(t) for t in titles)


@lru_cache(maxsize=1)
def cue_spellings() -> dict[str, frozenset[str]]:
    """Folded single-word cue -> its spellings with diacritics ("chu" -> "chú", not "Chu")."""
    out: dict[str, set[str]] = {}
    for r in data.rows("detectors/name_cues.tsv"):
        if r and r[0] and " " not in r[0]:
            out.setdefault(fold_word(r[0]), set()).add(spelling(r[0]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def surname_spellings() -> dict[str, frozenset[str]]:
    """Folded surname -> its spellings with diacritics (the folded "bien" may be "Biện", a
    surname, or "Biên", a place word)."""
    out: dict[str, set[str]] = {}
    for name in data.lines("detectors/surnames.txt"):
        out.setdefault(fold_word(name), set()).add(spelling(name))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def spelled_surnames() -> frozenset[str]:
    """The rare surnames of ``surnames_spelled.txt`` by spelling ("Giả", "Xa", "Thi"): matched
    only as spelled, never folded (their letters spell "gia", "xã", "thị")."""
    return frozenset(spelling(name) for name in data.lines("detectors/surnames_spelled.txt"))


@lru_cache(maxsize=1)
def given_spellings() -> frozenset[str]:
    """The given names of ``given_names.txt`` spelled with their diacritics: in lower-case text
    with diacritics "đâu" is no "Đậu", "mắt" no "Mát"."""
    return frozenset(spelling(name) for name in data.lines("detectors/given_names.txt"))


@lru_cache(maxsize=1)
def middle_spellings() -> frozenset[str]:
    """The middle names of ``middle_names.txt`` spelled with their diacritics: in lower-case
    text with diacritics "ngắn" is no "Ngân"."""
    return frozenset(spelling(name) for name in data.lines("detectors/middle_names.txt"))


@lru_cache(maxsize=1)
def public_figures() -> frozenset[str]:
    """Historical and public figures, folded: their names are streets, schools and squares."""
    return data.folded_set("detectors/public_figures.txt")


@lru_cache(maxsize=1)
def public_figure_spellings() -> frozenset[str]:
    """The same figures, spelled with their diacritics."""
    return frozenset(spelling(n) for n in data.lines("detectors/public_figures.txt"))


#: honorifics before a lower-case name in chat ("chị nguyễn thị lan"); after one of these, a
#: word that is both a cue and a surname ("Võ" / "vợ") is the surname
HONORIFICS = ["ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "chau", "cu", "thay", "di"]

#: what introduces a name typed in lower case in chat, folded: a self-introduction ("tôi là",
#: "em tên là") or a form label typed by hand ("họ tên:"); after one of these, as after an
#: honorific, a lower-case full name is a name
_INTRODUCTIONS = (
    "tôi là",
    "tôi tên là",
    "tên tôi là",
    "tên là",
    "mình là",
    "mình tên là",
    "tên mình là",
    "em là",
    "cháu là",
    "họ tên",
    "họ và tên",
    "tên",
    # the full or real name after a nickname ("sdt bac tu ..., ten day du hoang van tu,")
    "tên đầy đủ",
    "tên đầy đủ là",
    "tên thật",
    "tên thật là",
    # the writer's own name typed as chat says it, "là" left out ("toi ten nguyen huu thiep,")
    "tôi tên",
    "em tên",
    "mình tên",
    "cháu tên",
    # a name set right after a wrong one ("sai ten cha, ten dung la thach kha a")
    "tên đúng là",
)
INTRODUCTIONS = [fold_word(w) for w in _INTRODUCTIONS]
#: their spellings: with diacritics, "tới lá" is not "tôi là"
INTRODUCTION_SPELLINGS = frozenset(spelling(w) for w in _INTRODUCTIONS)

#: surnames that, typed without diacritics, are no everyday word ("nguyen", "tran", "le"), so
#: that a lower-case "le minh tuan" after an honorific is a name ("dang", "do", "vo", "ngo",
#: "duong" are "đang", "đó", "vợ", "ngõ", "đường")
PLAIN_SURNAMES = frozenset({"nguyen", "tran", "le", "pham", "hoang", "huynh", "vu"})

#: surnames that, typed without diacritics, are everyday words or units ("la" là, "do" đó,
#: "phuong" phường, "ho" họ / hộ, "mai" mai, "thanh" thanh, "mua" to buy: "nho mua hoa cuc"):
#: a plain name led by one needs a middle name after it ("do minh an sinh nam", the Hmong
#: "mua a chua"), before "van" / "thi" where only its two ends mark it (person.bounded)
PLAIN_WORD_SURNAMES = frozenset(
    {"khong", "la", "ma", "chao", "cung", "ban", "nhu", "vi", "tat", "can", "mong", "doi", "do"}
    | {"phuong", "duong", "pho", "quan", "to", "tu", "du", "lai", "ca", "chu", "tra", "dong"}
    | {"ho", "an", "mai", "hoa", "thanh", "kim", "mua"}
)
#: of those, the ones that are a noun or an adjective rather than a function word or a unit
#: ("mai" tomorrow, "hoa" flower): before a middle name the name's ("mai tien loc,")
PLAIN_WORD_SURNAMES_BEFORE_MIDDLES = frozenset({"an", "mai", "hoa", "thanh", "kim"})

#: words of legal and administrative text that are never part of a person's name
NEVER_IN_NAMES = frozenset({"dieu", "khoan", "chuong", "luat", "nghi", "thong"})

#: the words of ``NEVER_IN_NAMES`` as the law spells them ("Điều" an article; "Diệu" is a given
#: name, "Điêu" a Thái family name, "Điểu" a S'tiêng one)
LEGAL_SPELLINGS = frozenset(
    spelling(w) for w in ("Điều", "Khoản", "Chương", "Luật", "Nghị", "Thông")
)

#: middle names that almost never start a name: after a word that is both a surname and an
#: honorific ("Ông", "Bế", "Cô"), they make it the surname
TYPICAL_MIDDLES = frozenset({"van", "thi", "huu", "duc", "dinh", "ba", "the", "xuan"})

TYPICAL_MIDDLE_SPELLINGS = frozenset(
    spelling(w) for w in ("Văn", "Thị", "Hữu", "Đức", "Đình", "Bá", "Thế", "Xuân")
)

#: English address words that end a name written before them ("Le Loi Street")
EN_UNITS = frozenset(
    {
        "street",
        "st",
        "road",
        "rd",
        "ward",
        "district",
        "city",
        "province",
        "avenue",
        "lane",
        "alley",
        "commune",
        "village",
        "boulevard",
    }
)
