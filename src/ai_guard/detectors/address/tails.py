"""Where an address found in chat typed without capitals ends (issue 15, holdout20's first run).

The unit chains of :mod:`.address` read a lower-case name word by word and stop at a word that
goes on with the sentence; chat has three ends they read wrong:

* a lane's street and its district after the lane's number ("so 16 ngo 58 nguyen khanh toan cau
  giay muon hoi ..."): the street named after a person (``_lane_named``) and a known district
  right after it are the address's (``with_district_after_lane``);
* a commune's name whose second syllable is an everyday word, then the province ("thon na
  khuong xa dong dang tinh lang son": "đang" is "Đăng" there): a known province's unit right
  after one word says the word was the name's (``with_province_after_word``);
* a unit's number that is the area code of a phone ("số trực ban 0236 3821 114": "bản 0236"
  is no hamlet): no address (``without_phone_heads``); and two words after a ward's name that
  are an everyday verb ("phuong thinh liet nhap vien 3 ngay"): the sentence's, not the name's
  (``without_verb_tail``);
* a chat word no place name holds after the last unit's name, read last, over what the chat
  parts and the province added ("so 21 ngo 5 phu do sua ong nuoc", "to 9 phuong cam pha bi
  sot", "ban muong khen k⏎", holdout34): the address stops before it
  (``without_chat_word_tail``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import everyday_pair
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import spelling

__all__ = [
    "with_district_after_lane",
    "with_province_after",
    "with_province_after_word",
    "without_chat_word_tail",
    "without_phone_heads",
    "without_spelled_tail",
    "without_verb_tail",
]

#: a lane and its number closing a hit (folded): "ngo 58", "ngõ 95", "kiet 41", "hem 6/2"
_LANE_END = re.compile(r"(?<![a-z])(?:ngo|ngach|hem|kiet)[ \t]+\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)*$")
#: lower-case words after a hit (folded), up to six
_WORDS_AFTER = re.compile(r"[ \t]+([a-z]+)" + r"(?:[ \t]+([a-z]+))?" * 5)
#: one word, then a higher unit word (folded): "dang tinh ", "dang, huyen "
_WORD_THEN_UNIT = re.compile(
    r"[ \t]+([a-z]+)[ \t]*,?[ \t]+(?:tinh|huyen|tp|thanh pho|quan|thi xa)[ \t]+"
)
#: a commune's, a ward's or a hamlet's unit word and one word of its name, closing a hit
_ONE_WORD_NAME_END = re.compile(r"(?<![a-z])(?:xa|phuong|thon|xom|ban|ap|buon|plei)[ \t]+[a-z]+$")
#: a unit word and a number that opens a phone, the whole hit (folded): "ban 0236" before
#: "3821 114"
_UNIT_THEN_PHONE = re.compile(r"[a-z]+[ \t]+0\d{2,3}$")
_PHONE_REST = re.compile(r"(?:[ .\-]\d{2,4}){1,3}(?!\d)")
#: a ward's or a commune's unit word inside a hit (folded), the last one counts
_LAST_UNIT = re.compile(r"(?<![a-z])(?:phuong|xa|thon|xom|ap|ban|to|khu pho|kp)[ \t]+")


def without_phone_heads(doc: Document, hits: list[Detection]) -> list[Detection]:
    """``hits`` without a unit word and a number that opens a phone number grouped after it
    (10 or 11 digits in all: "ban 0236" of "số trực ban 0236 3821 114")."""
    out = []
    for h in hits:
        part = doc.folded[h.start : h.end]
        if _UNIT_THEN_PHONE.fullmatch(part):
            rest = _PHONE_REST.match(doc.folded, h.end)
            if rest is not None:
                head = part.rsplit(None, 1)[-1]
                digits = len(head) + sum(c.isdigit() for c in rest.group())
                if digits in (10, 11):
                    continue
        out.append(h)
    return out


def with_district_after_lane(
    doc: Document,
    hits: list[Detection],
    lane_named: Callable[[list[str]], bool],
    known_at: Callable[[str, int], int | None],
) -> list[Detection]:
    """Each hit that ends with a lane's number, followed in lower case by a street named after a
    person (``lane_named``: two to four words) and a known district or ward (``known_at``: its
    end, or None), runs to the district's end ("so 16 ngo 58 nguyen khanh toan cau giay")."""
    folded = doc.folded
    out = []
    for h in hits:
        if _LANE_END.search(folded, h.start, h.end) is None:
            out.append(h)
            continue
        m = _WORDS_AFTER.match(folded, h.end)
        end = None
        if m is not None and doc.text[h.end : m.end()].islower():
            words = [w for w in m.groups() if w]
            for n in range(2, min(4, len(words) - 1) + 1):
                if lane_named(words[:n]):
                    end = known_at(folded, m.end(n) + 1)
                    if end is not None:
                        break
        out.append(h if end is None else dataclasses.replace(h, end=end))
    return out


def with_province_after_word(
    doc: Document, hits: list[Detection], known_at: Callable[[str, int], int | None]
) -> list[Detection]:
    """Each hit that ends with a commune's, a ward's or a hamlet's unit word and one word of its
    name, followed by one more word and a higher unit with a known name ("xa dong" + " dang
    tinh lang son"), runs to that name's end: the word was the name's second syllable."""
    folded = doc.folded
    out = []
    for h in hits:
        m = None
        if _ONE_WORD_NAME_END.search(folded, h.start, h.end):
            m = _WORD_THEN_UNIT.match(folded, h.end)
        end = known_at(folded, m.end()) if m is not None else None
        if end is None or not doc.text[h.end : end].islower():
            out.append(h)
        else:
            out.append(dataclasses.replace(h, end=end))
    return out


def without_verb_tail(
    doc: Document, hits: list[Detection], known_at: Callable[[str, int], int | None]
) -> list[Detection]:
    """Each hit typed without diacritics whose last two words after its last unit word are an
    everyday word (a verb: "nhap vien", "xuat vien"), no known place, with two name words and
    no comma before them, cut before them ("phuong thinh liet nhap vien" -> "phuong thinh
    liet")."""
    folded = doc.folded
    out = []
    for h in hits:
        part = folded[h.start : h.end]
        units = list(_LAST_UNIT.finditer(part))
        tail = part[units[-1].end() :] if units else ""
        name = tail.split()
        if (
            len(name) >= 4
            and all(w.isalpha() for w in name)
            and doc.text[h.start : h.end].isascii()
            and everyday_pair(name[-2], name[-1], places=False)
            and not everyday_pair(name[-3], name[-2], places=False)
            and known_at(folded, h.end - len(name[-1]) - 1 - len(name[-2])) is None
        ):
            cut = part.rstrip()[: -len(name[-1])].rstrip()[: -len(name[-2])].rstrip()
            out.append(dataclasses.replace(h, end=h.start + len(cut)))
        else:
            out.append(h)
    return out


#: words that, spelled with their diacritics, go on with the sentence after an address typed in
#: lower case, never a place's syllable ("... phố đội cấn nhờ em viết", "... xã mỹ hạnh gửi em
#: hỏi", "... phường hạc thành nuôi chó thả rông": what the neighbour does there); and the
#: phone's label, typed with or without them ("... xã quảng phú sđt 0912 ...")
_SENTENCE_WORDS = frozenset(
    spelling(w)
    for w in (
        "nhờ", "gửi", "hỏi", "muốn", "xin", "cần", "báo", "nói", "mời", "nhắn", "kể",
        # what a complaint says someone does where they live
        "nuôi", "bán", "xây", "lấn", "thả", "vay", "nợ", "bị", "có", "đánh", "chửi", "trồng",
        "đòi", "làm",
    )
)  # fmt: skip
_PHONE_LABELS = frozenset(("sdt", "dt", "đt", "sđt"))
#: the last word of a hit and the word before it, on one line (as written)
_LAST_TWO = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)$")


def without_spelled_tail(doc: Document, hits: list[Detection]) -> list[Detection]:
    """Each hit in lower case whose last word is a verb spelled with its diacritics that no
    place's name holds ("nhờ", "gửi": the sentence goes on), or a phone's label ("sđt",
    "sdt"), after a word of the name, cut before that word."""
    text = doc.text
    out = []
    for h in hits:
        if not text[h.start : h.end].islower():  # (the cheap test first: no search)
            out.append(h)
            continue
        m = _LAST_TWO.search(text, h.start, h.end)
        last = m.group(2) if m is not None else ""
        if (
            m is not None
            and m.end() == h.end
            and (
                last.lower() in _PHONE_LABELS
                or (not last.isascii() and spelling(last) in _SENTENCE_WORDS)
            )
        ):
            out.append(dataclasses.replace(h, end=m.end(1)))
        else:
            out.append(h)
    return out


@lru_cache(maxsize=1)
def _province_letters() -> frozenset[str]:
    """The provinces' abbreviations in letters (``provinces.tsv``: "HN", "TP HCM", "TPHCM",
    "SG"), folded: no street is named so, the province ends the address with the chat's
    sentence going on right after it ("... vu trong phung thanh xuan hn e muon hoi")."""
    out = set()
    for row in data.rows("detectors/provinces.tsv"):
        for variant in row[2].split(";") if len(row) > 2 else ():
            if variant.isupper() and variant.replace(" ", "").replace(".", "").isalpha():
                out.add(fold_word(variant))
    return frozenset(out)


#: punctuation or the line's end right after a province (folded): the province ends the
#: address ("... hai ba trung hn, ..."; not "... kiệt 40 điện biên phủ": a street's name)
_MARK_AFTER = re.compile(r"[ \t]*(?:[,.;:!?)]|\r?\n|$)")
#: one or more spaces or tabs, no comma, after a hit (folded)
_SPACES = re.compile(r"[ \t]+")


#: a chat's word right after a province, going on with the sentence (folded): the province
#: ends the address as punctuation would ("... hai ba trung ha noi muon xin ...", "... thanh
#: hoa em can hoi", a person addressed: "... xã mường nhé điện biên c xem lại giúp e"); no
#: street is named with one of them after a province's name
_SENTENCE_AFTER = re.compile(
    r"[ \t]+(?:muon|xin|can|nho|gui|hoi|em|e|toi|minh|mk|nhe|nha|a|va|thi|de|dang|bi"
    r"|con|lam|mang|co|ko|c|cj|chi|anh|ban)"
    r"(?![a-z0-9])"
)
#: one word and spaces after a hit (folded)
_ONE_WORD = re.compile(r"([a-z]+)[ \t]+")
#: words that join places or go on with a sentence, never a place name's last syllable
_JOINING = frozenset(("va", "voi", "hoac", "hay", "o", "tai", "tu", "den", "ve", "cua", "cho"))


def _after_one_word(
    folded: str, pos: int, province_at: Callable[[str, int], int | None]
) -> int | None:
    """The end of a province one word after ``pos``, its letters ("hn", "tp hcm") or its name
    with the end marked after it: the word is the place name's last syllable that the chain
    read as the sentence's ("phu vien bo de hn": "đề" of Bồ Đề, not "để"; "xa muong la son
    la nha ...": "la" of Mường La), unless it joins places or goes on with a sentence
    (``_JOINING``); or two words before the province's letters (a city: "di an tp hcm")."""
    m = _ONE_WORD.match(folded, pos)
    if m is None or m.group(1) in _JOINING:
        return None
    end = province_at(folded, m.end())
    if end is not None and (
        folded[m.end() : end] in _province_letters()
        or _MARK_AFTER.match(folded, end) is not None
        or _SENTENCE_AFTER.match(folded, end) is not None
    ):
        return end  # "... xa muong la son la nha bi lu": "la" of Mường La, not "là"
    two = _ONE_WORD.match(folded, m.end())
    if end is None and two is not None and two.group(1) not in _JOINING:
        end = province_at(folded, two.end())
        if end is not None and folded[two.end() : end] in _province_letters():
            return end  # "... phuong tan binh di an tp hcm": a city of two words between
    return None


#: a unit word and a capitalised name without diacritics closing a hit ("xa Hoa An", "phuong
#: Ba Dinh", "TX. Sa Pa"): the name typed with capitals, the province after it plain
_CASED_NAME_END = re.compile(
    r"(?<![A-Za-z])(?i:xa|phuong|p|thon|xom|ban|ap|buon|huyen|quan|tx|tt|thi tran|thi xa)\.?"
    r"[ \t]*(?:[A-Z][a-z]*[ \t]+)*[A-Z][a-z]*$"
)


def _plain_province(doc: Document, h: Detection, at: int, end: int) -> bool:
    """Whether the hit is typed without diacritics and ends with a unit's capitalised name, and
    the province after it is typed plain in lower case ("thon Na Hin xa Hoa An" + " cao bang",
    "phuong Long Binh" + " dong nai"): chat capitalises the names it copies from a paper and
    types the province it knows (h28's first run; with diacritics or all in lower case the
    hit's own case is the rule)."""
    hit = doc.text[h.start : h.end]
    province = doc.text[at:end]
    return (
        hit.isascii()
        and province.isascii()
        and province.islower()
        and _CASED_NAME_END.search(hit) is not None
    )


def with_province_after(
    doc: Document, hits: list[Detection], province_at: Callable[[str, int], int | None]
) -> list[Detection]:
    """Each hit typed in lower case followed on its line, with no comma, by a province or its
    letters (``province_at``: its end, or None) and punctuation, the line's end or a chat's
    word (``_SENTENCE_AFTER``) runs to the province's end ("so 8 ngo 66 yen lac hai ba trung"
    + " hn,", "... quan 5" + " tp hcm.", "... hai ba trung" + " ha noi muon ..."); the
    province's letters ("hn") end it whatever follows, and one word between the hit and them
    is the place's (``_after_one_word``)."""
    folded = doc.folded
    out = []
    for h in hits:
        gap = _SPACES.match(folded, h.end)
        at = gap.end() if gap is not None else -1
        end = province_at(folded, at) if at >= 0 else None
        letters = end is not None and folded[at:end] in _province_letters()
        if end is None and at >= 0:
            end = _after_one_word(folded, at, province_at)
            letters = end is not None
        if (
            end is None
            or (
                _MARK_AFTER.match(folded, end) is None
                and not letters
                and _SENTENCE_AFTER.match(folded, end) is None
            )
            or not (doc.text[h.start : end].islower() or _plain_province(doc, h, at, end))
            or any(h.end <= o.start < end for o in hits)  # another hit holds it
        ):
            out.append(h)
        else:
            out.append(dataclasses.replace(h, end=end))
    return out


#: chat's words that go on with the sentence after where one lives and that no place's name
#: holds, typed without diacritics (folded): "... ap 3 xa my xuong deu 80 tuoi" (đều), "... ngo 5
#: phu do sua ong nuoc" (sửa), "... phuong cam pha bi sot" (sốt), "... ngo 4 ngap nuoc"
_CHAT_WORDS_PLAIN = frozenset(
    ("deu", "sot", "sua", "ngap", "chet", "khong", "hok", "kg", "k", "ko")
)
#: the same as written with their marks, where the text has them (a name's syllable carries
#: other marks: "bản pá sùa" is no "sửa"); "bị" and "ốm" only so, or folded before a verb
_CHAT_WORDS_WRITTEN = frozenset(
    (
        "đều",
        "sốt",
        "sửa",
        "ngập",
        "chết",
        "không",
        "ốm",
        "bị",
        "vẫn",
        "cũng",
        "đã",
        "chưa",
        "k",
        "ko",
        "hok",
        "kg",
    )
)
#: "bi" (bị), folded: Cát Bi, Uông Bí hold it, so only before a word of what befell (a verb)
_PASSIVE = "bi"
#: every chat word above as the folded text holds it (those written with marks folded): a
#: word of a hit outside it is no chat word, whatever its marks (test_speed_sp23)
_CHAT_WORDS_FOLDED = (
    _CHAT_WORDS_PLAIN | {_PASSIVE} | frozenset(("om", "bi", "van", "cung", "da", "chua"))
)
#: the letters that stand for a unit after a number in a hit (phường, quận, thị xã, thị trấn)
_UNIT_LETTERS = frozenset(("p", "q", "tx", "tt"))
#: "k", "ko" (không) closing a question: a Ede syllable ("buôn ko tam", "kon kơ tu") goes on
#: with its name, chat's "không?" stands last on its line or before its mark
_NOT_AT_END = frozenset(("k", "ko", "khong", "hok", "kg"))
#: a word after a hit's own words (folded), or the line's end, a mark or the text's end
_WORD_OR_END = re.compile(r"[ \t]*(?:([a-z]+)|[,.;:!?)\n\r]|$)")
#: a hit's words, as written, with their offsets
_HIT_WORD = re.compile(r"[^\W_]+(?:[./][^\W_]+)*\.?")


def without_chat_word_tail(
    doc: Document,
    hits: list[Detection],
    units: frozenset[str],
    known_at: Callable[[str, int], int | None],
) -> list[Detection]:
    """Each hit whose last unit's name (the words after its last unit word or number) runs on,
    after one word of the name at least, into a word of chat that no place name holds
    (``_CHAT_WORDS_PLAIN`` typed plain, ``_CHAT_WORDS_WRITTEN`` with marks; "bi" only before
    another word, "k"/"ko" only last on its line), cut before that word: "so 21 ngo 5 phu do"
    of "... sua ong nuoc", "to 9 phuong cam pha" of "... bi sot", "ban muong khen" of "... k⏎",
    "ngách 6 ngõ 120 trường chinh" of "... sốt 39 độ". A known place ending at the word keeps
    it ("tp uong bi")."""
    out = []
    for h in hits:
        out.append(_cut_chat_word(doc, h, units, known_at))
    return out


def _cut_chat_word(
    doc: Document,
    h: Detection,
    units: frozenset[str],
    known_at: Callable[[str, int], int | None],
) -> Detection:
    folded = doc.folded
    words = list(_HIT_WORD.finditer(folded, h.start, h.end))
    last_unit = -1
    for i in range(len(words) - 1, -1, -1):  # (the last unit: read from the end)
        token = words[i].group().rstrip(".")
        if (
            token in units
            or token in _UNIT_LETTERS
            or (not token.isalpha() and any(c.isdigit() for c in token))
        ):
            last_unit = i
            break
    if last_unit < 0:
        return h
    plain = doc.text[h.start : h.end].isascii()
    for i in range(last_unit + 2, len(words)):
        w = words[i]
        word = w.group()
        if word not in _CHAT_WORDS_FOLDED:
            continue  # (most words: no chat word, typed plain or with marks)
        written = doc.text[w.start() : w.end()]
        if not written.islower() or not word.isalpha():
            continue
        chat = (
            (word in _CHAT_WORDS_PLAIN or word == _PASSIVE)
            if plain
            else written in _CHAT_WORDS_WRITTEN
        )
        if not chat:
            continue
        after = _WORD_OR_END.match(folded, w.end())
        nxt = after.group(1) if after is not None else None
        if word in _NOT_AT_END and (after is None or nxt is not None):
            continue  # "buôn ko tam": a syllable, a word goes on after it
        if word == _PASSIVE and (nxt is None or nxt in units):
            continue  # "to dan pho cat bi, phuong ...": Cát Bi
        if any(known_at(folded, words[j].start()) == w.end() for j in range(last_unit + 1, i + 1)):
            continue  # "tp uong bi bi ngap": the known place's last syllable
        cut = words[i - 1].end()
        return dataclasses.replace(h, end=cut)
    return h
