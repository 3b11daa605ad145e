"""Short references to a person already named in the prompt ("ông An", "vợ ông Lợi", "Hoa:").

Once "Nguyễn Văn An" is found, the same person comes (back) as "ông An", "anh An", "con ông An",
by surname ("ông Vũ" after "Vũ Văn Hải"), or as the speaker of a chat line ("Cán bộ Hoa: chị
nộp thêm ...", "Anh Tuấn (phòng TCCB): ..."). A given name alone is too ambiguous to report
("Anh Tuấn" may be anyone, "an", "nam", "hoa", "mai" are everyday words), so a short reference
is reported only with the whole chain of evidence (a capitalised given name alone, where a
person is plainly meant, is :mod:`.given`'s, at a lower score):

* a full name (two words or more) found by the other paths, scored at least
  :data:`~.scores.REPORT_FLOOR`, no historical figure's (``person.public_figure``: the city
  named after one, "Lang Chu tich Ho Chi Minh", holds no "chị Minh"), anywhere in the
  prompt: before the reference, or after it ("ông Tư bán tạp hóa ..., ông Tư tên thật là
  Đoàn Văn Tư"); a chat speaker only after it;
* a word of it (its given name, its last two words or its surname; an Ede man's given name
  after "Y": "ông Krư" after "Y Krư Êban"), spelled exactly as in
  that name and capitalised; not the initial an anonymised judgment keeps ("bị cáo Nguyễn
  Xuân T ... ông T"): a lone initial identifies no one;
* right after an honorific or kin word (``REFERENCE_CUES``, spelled as one; "nhắc", "nhắn"
  too, verbs whose object is a person; a parent's "mẹ", "bố", "cha" and a post's "kế toán",
  "thủ quỹ": "mẹ hòa mất rồi, ... mẹ tên đầy đủ là hồ thị hòa"), or as the speaker at the
  start of a line, before ":" (with an optional note in brackets);
* not followed by another capitalised word (then it starts another name or a place:
  "bà Mai Thị Hồng", "anh Hà Nội");
* or, in English prose, a word of a capitalised full name alone with no cue ("Sarah will send
  the budget to Hiếu by Friday", "call Quang on ..."; ``_english_repeats``).
* or, in Vietnamese sentences after it, the given name of a capitalised full name of three
  words or more alone with no cue, twice or more, inside the sentence, no place or region
  word before it ("Bị cáo Hoàng Văn Quỳnh ... giữa Quỳnh và anh Tôn xảy ra mâu thuẫn, Quỳnh
  dùng dao"; ``_prose_repeats``).

The module reads the other paths' findings and only adds to them: it runs after them.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import place_word_before
from ai_guard.detectors.person.scores import (
    BASE_SHORT_REFERENCE,
    REPORT_FLOOR,
    SCORE_SHORT_REFERENCE,
)
from ai_guard.detectors.person.uncued import everyday_pair
from ai_guard.detectors.person.word_places import matches_at, word_places
from ai_guard.detectors.person.words import english_words_near
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling, trie_regex

__all__ = ["REFERENCE_CUES", "SPEAKER_CUES", "short_references"]

#: honorifics and kin words right before a short reference, folded; each spelled as one where
#: the text has diacritics (``_CUE_SPELLINGS``): "có An" is not "cô An"
REFERENCE_CUES = (
    "ong",
    "ba",
    "anh",
    "chi",
    "em",
    "co",
    "chu",
    "bac",
    "chau",
    "cu",
    "thay",
    "di",
    "cau",
    "mo",
    "thim",
    "be",
    "vo",
    "chong",
    "con",
    "dong chi",
    # chat's abbreviations: "a tùng" (anh), "c hạnh" (chị), "e lan" (em), only for a name
    # found before, as every cue here
    "a",
    "c",
    "e",
    # English titles before a surname or given name of a full name found ("Mr Bertrand"
    # after "Mr Michael Bertrand", "Ms Yoon" after "Yoon Se-ra")
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    # verbs whose object is a person, written with their diacritics only ("viết tin nhắc toại"
    # after "lê quang toại"; typed so "nhac" is nhạc; not "gọi": "gọi hoa quả", a dish ordered)
    "nhac",
    "nhan",
    # a person's family, named by her given name after her full name ("chuyển khoản cho bế
    # thị hồng ngát ..., gia đình ngát nhận")
    "gia dinh",
    # a parent named by her given name, before or after her full name ("mẹ hòa mất rồi, ...
    # mẹ tên đầy đủ là hồ thị hòa", "bố tùng mất tối qua, ... ông kiều văn tùng"), spelled
    # with diacritics only ("bộ", "bỏ", "me" are other words typed so)
    "me",
    "bo",
    "cha",
    # a colleague by her post ("kế toán nga giao ..., chị khúc thị thu nga làm chứng")
    "ke toan",
    "thu quy",
)
_CUE_SPELLINGS = frozenset(
    spelling(w)
    for w in (
        *"ông bà anh chị em cô chú bác cháu cụ thầy dì cậu mợ thím bé vợ chồng con".split(),
        *"a c e".split(),
        "đồng chí",
        *"nhắc nhắn".split(),
        "gia đình",
        *"mẹ bố cha".split(),
        "kế toán",
        "thủ quỹ",
    )
)
#: what may stand before a speaker's name at the start of a chat line ("Cán bộ Hoa:"), folded
SPEAKER_CUES = (
    *REFERENCE_CUES,
    "can bo",
    "cb",
    "chuyen vien",
    "cv",
    "cong dan",
    "nguoi dan",
    "thu ky",
    "lanh dao",
    "truong phong",
    "pho phong",
)
_SPEAKER_SPELLINGS = _CUE_SPELLINGS | frozenset(
    spelling(w)
    for w in (
        "cán bộ",
        "CB",
        "chuyên viên",
        "CV",
        "công dân",
        "người dân",
        "thư ký",
        "lãnh đạo",
        "trưởng phòng",
        "phó phòng",
    )
)


def short_references(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The short references, in ``doc``, to the full names in ``found`` (see the module
    docstring). Costs nothing when ``found`` holds no full name."""
    text = doc.text
    # word as written -> where the earliest full name holding it ends
    antecedents: dict[str, int] = {}
    # words of the capitalised full names that may come back with no cue in English prose
    bare: set[str] = set()
    # the given names of the capitalised full names of three words or more -> where the
    # earliest such name ends (said again alone in Vietnamese prose after it)
    given_ends: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for d in found:
        if d.entity is not EntityType.PERSON:
            continue
        if d.score < REPORT_FLOOR:
            continue  # ("Ông An" read as a surname and a given name, 0.45)
        if d.pattern == "person.public_figure":
            continue  # a historical figure's name: "Chi Minh" in "Lang Chu tich Ho Chi Minh"
            # typed without diacritics is the place named after the figure, no "chị Minh"
        taken.append((d.start, d.end))
        words = text[d.start : d.end].split()
        if len(words) < 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue  # (a word may hold an apostrophe or a hyphen: "H'Nguyên", "Sang-min")
        if all(w.islower() for w in words) and all(w.replace("'", "").isalpha() for w in words):
            # a lower-case chat name: its given name (or last two words) only, and only with
            # the evidence ``_lower_reference`` asks for; a given name glued to its prefix
            # leads an Ede or Jrai name ("chị h'nguyên" after "h'nguyên ksơr")
            lower_keys = {words[-1]}
            if (len(words[0]) > 2 and words[0][1] == "'") or d.pattern == "person.foreign":
                lower_keys.add(words[0])  # ("cô mary" after "cô mary nguyễn")
            if len(words) >= 3 and fold_word(words[-2]) not in ("van", "thi"):
                lower_keys.add(f"{words[-2]} {words[-1]}")
            if len(words) >= 3 and words[0] == "y":
                lower_keys.add(words[1])  # "ông krư" after "y krư êban"
            for key in lower_keys:
                if len(key) > 1 and (key not in antecedents or d.end < antecedents[key]):
                    antecedents[key] = d.end
            continue
        if not all(w[0].isupper() for w in words):
            continue
        _add_lower_keys(antecedents, words, d.end)
        keys = {words[-1], words[0]}
        if len(words) >= 3 and fold_word(words[-2]) not in ("van", "thi"):
            keys.add(f"{words[-2]} {words[-1]}")  # "chị Phương Thảo"
        if len(words) >= 3 and words[0] == "Y":
            keys.add(words[1])  # an Ede man's given name after "Y": "ông Krư" after "Y Krư Êban"
        if len(words) >= 3 and len(words[-1]) > 1:
            given = _title(words[-1])
            if given not in given_ends or d.end < given_ends[given]:
                given_ends[given] = d.end
        for key in keys:
            if len(key) == 1:
                continue  # "ông T" after "Nguyễn Xuân T": a lone initial names no one
            key = _title(key)
            if key not in antecedents or d.end < antecedents[key]:
                antecedents[key] = d.end
            if " " not in key and len(key) >= 3 and fold_word(key) not in _ENGLISH_WORDS:
                bare.add(key)
    if not antecedents:
        return
    first_end = min(antecedents.values())
    taken.sort()
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))
    cased = doc.folded_cased
    folded = doc.folded
    seen: set[int] = set()
    lower: list[tuple[tuple[int, int], str, bool]] = []
    # the cue and the word after it are found on the folded view (lower case, a plain space
    # or line break before the cue: the engine skips from one to the next), the word's
    # capital on the cased one
    # a reference may stand before the full name too ("ông tư bán tạp hóa ..., ông tư tên thật
    # là đoàn văn tư"): the whole text is read; a speaker's line only after the name
    # (each separator's pattern tried at the cue places only, as its ``finditer`` finds them)
    # (each stream is in order: merged as they come, not every match held and sorted, a
    # table's thousands of match objects at once)
    places = word_places(doc).cues
    opening = _reference_at_start().match(folded)
    for m in heapq.merge(
        matches_at(_reference_after(" "), folded, places, lead=1),
        matches_at(_reference_after("\n"), folded, places, lead=1),
        # the text opens with the cue ("ong tu ban ...")
        () if opening is None else (opening,),
        key=_match_start,
    ):
        s = m.end()
        while cased[s] in " \t":
            s += 1
        if not cased[s].isupper():
            hit = _lower_reference(text, cased, m.start("cue"), m.end("cue"), s, antecedents)
            if hit is not None and not _overlaps(starts, reach, hit):
                if _before_a_name(text, hit, starts):
                    continue  # "ong la quang dai": the surname of the name found after it
                # "già a blúp" after "già làng a blúp": "a" is the name's prefix there too
                hit = _with_prefix(text, m.start("cue"), m.end("cue"), hit, taken)
                seen.add(hit[0])
                plain = text[m.start("cue") : hit[1]].isascii()
                lower.append((hit, m.group("cue"), plain))
            continue
        e = _TAIL.match(cased, s + 1).end()  # type: ignore[union-attr]
        if e < len(cased) and (cased[e].isalnum() or cased[e] == "'"):
            continue
        nxt = _WORD_AFTER.match(cased, e)
        if nxt is not None:
            # "bà Mai Thị Hồng", "anh Hà Nội": another name or a place, unless the two words
            # are the name's last two ("chị Phương Thảo") and no third follows
            e = _TAIL.match(cased, nxt.end()).end()  # type: ignore[union-attr]
            if _WORD_AFTER.match(cased, e):
                continue
        hit = _reference(text, m.start("cue"), m.end("cue"), s, e, antecedents, False)
        if hit is not None and not _overlaps(starts, reach, hit):
            hit = _with_prefix(text, m.start("cue"), m.end("cue"), hit, taken)
            seen.add(hit[0])
            yield _detection(hit, detector_id, m.group("cue"))
    yield from (_detection(hit, detector_id, cue) for hit, cue in _unambiguous(text, lower, taken))
    for hit in _english_repeats(text, bare, antecedents):
        if hit[0] not in seen and not _overlaps(starts, reach, hit):
            seen.add(hit[0])
            yield _detection(hit, detector_id, "repeat")
    for hit in _prose_repeats(doc, given_ends):
        if hit[0] not in seen and not _overlaps(starts, reach, hit):
            seen.add(hit[0])
            yield _detection(hit, detector_id, "repeat")
    for hit, cue in _party_references(text, folded, cased, antecedents):
        if hit[0] not in seen and not _overlaps(starts, reach, hit):
            seen.add(hit[0])
            yield _detection(hit, detector_id, cue)
    # a speaker's line starts after a line break after the first full name
    for m in _speaker_re().finditer(cased, first_end):
        s, e = m.span("ref")
        if s in seen:
            continue
        cs, ce = m.span("cue") if m.group("cue") else (s, s)
        hit = _reference(text, cs, ce, s, e, antecedents, True)
        if hit is not None and not _overlaps(starts, reach, hit):
            yield _detection(hit, detector_id, "speaker")


def _add_lower_keys(antecedents: dict[str, int], words: list[str], end: int) -> None:
    """The keys in lower case of a capitalised full name typed without diacritics or of one
    in capitals ("Khuong Van Diep", "TRỊNH VĂN LUYẾN"): chat says the person again in lower
    case ("cam on anh diep", "xe cua chu luyen"), with the evidence ``_lower_reference`` asks
    for (a cue spelled as one, no everyday word, the word nowhere else in the text unless
    typed plain)."""
    if not all(w.replace("'", "").isalpha() for w in words):
        return
    if not (all(w.isascii() for w in words) or all(w.isupper() for w in words)):
        return  # "Bà Trần Thị Mai ... Em mai mốt gửi": who capitalises a name with its
        # diacritics capitalises it again; a lower-case word after is a word
    keys = {words[-1].lower()}
    if len(words) >= 3 and fold_word(words[-2]) not in ("van", "thi"):
        keys.add(f"{words[-2]} {words[-1]}".lower())
    for key in keys:
        if len(key) > 1 and (key not in antecedents or end < antecedents[key]):
            antecedents[key] = end


def _unambiguous(
    text: str, hits: list[tuple[tuple[int, int], str, bool]], taken: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], str]]:
    """The lower-case references whose word occurs nowhere else in the text but in the names
    found and in the references themselves: the engine redacts a value wherever it occurs,
    and "lan" or "anh" also occur as everyday words and inside others ("lan can", "thanh").
    A reference typed plain, its cue too (``plain``: "ong luc" after "tran huu luc"), is kept
    whatever stands elsewhere: the engine carries such a value on only where a cue stands
    before it (``ai_guard.prompt.engine``), so "vao luc 14 gio" (lúc) stays as typed."""
    spans = {span for span, _, _ in hits}
    out = []
    for (s, e), cue, plain in hits:
        value = text[s:e]
        if plain:
            out.append(((s, e), cue))
            continue
        pos = text.find(value)
        while pos >= 0:
            end = pos + len(value)
            if (pos, end) not in spans and not any(a <= pos and end <= b for a, b in taken):
                break
            pos = text.find(value, pos + 1)
        if pos < 0:
            out.append(((s, e), cue))
    return out


#: capitalised words of English that names spell too: a month, a verb, a word that opens a
#: sentence ("May", "Long", "Will", "Mark"), a surname a sentence opens with ("To", "Do"),
#: folded
_ENGLISH_WORDS = frozenset(
    {"may", "long", "will", "mark", "march", "june", "grace", "hope", "faith", "joy", "rose"}
    | {"van", "man", "tan", "son", "sang", "bin", "hue", "kim", "lee", "lam", "mai", "lan"}
    | {"the", "and", "not", "can", "see", "tin", "con", "dan", "hoa", "nam", "ban", "ham"}
)
#: a lower-case word of ASCII letters (the neighbours of a bare repeat)
_ASCII_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")


def _english_repeats(
    text: str, bare: set[str], antecedents: dict[str, int]
) -> Iterator[tuple[int, int]]:
    """A word of a capitalised full name found in the prompt, said again alone in English
    prose ("Sarah will send the budget to Hiếu by Friday; Bounthavy asked ...", "call Quang
    on 0855 ..."): spelled exactly so, capitalised, a whole word with no capitalised word
    beside it (then it is part of another name or a place), and at least two lower-case
    words of its line around it that no Vietnamese syllable spells (English, not Vietnamese
    typed without diacritics)."""
    for key in sorted(bare):
        pos = text.find(key)
        while pos >= 0:
            end = pos + len(key)
            pos_next = text.find(key, end)
            if _bare_word(text, pos, end) and _english_around(text, pos, end):
                yield pos, end
            pos = pos_next


#: what ends a sentence or a field before a word that opens the next one ("... 2018. Quỳnh
#: khai", "Bị cáo: Quỳnh"): a capital there is no evidence of a name
_OPENS_AFTER = re.compile(r"(?:^|[.!?:;…\n\-–—*•>\"“(\[]\s*)$")


def _prose_repeats(doc: Document, given_ends: dict[str, int]) -> Iterator[tuple[int, int]]:
    """The given name of a capitalised full name of three words or more found in the prompt,
    said again alone inside Vietnamese sentences after it, twice or more ("Bị cáo Hoàng Văn
    Quỳnh ... giữa Quỳnh và anh Tôn xảy ra mâu thuẫn, Quỳnh dùng dao ...": a judgment's, a
    report's way of naming the person again; once, the capital may be a word's, "Chị có Hoa
    không?"): spelled exactly so and capitalised, a whole word with
    no capitalised word beside it (then it is part of another name or a place: "Hai Lụa",
    "Quỳnh Lưu"), inside a sentence (not after a full stop, a colon, a line's start: a
    capital there opens the sentence, "Nam nay"), no everyday word with the word before or
    after it ("An toàn", "Bình an"), no place word before it ("miền Nam", "xã Thanh")."""
    if not given_ends:
        return
    text = doc.text
    for key in sorted(given_ends):
        hits: list[tuple[int, int]] = []
        pos = text.find(key, given_ends[key])
        while pos >= 0:
            end = pos + len(key)
            nxt = text.find(key, end)
            if _bare_word(text, pos, end) and _inside_sentence(doc, pos, end):
                hits.append((pos, end))
            pos = nxt
        if len(hits) >= 2:
            yield from hits  # (said once, a capital may be a word's: "Chị có Hoa không?")


def _inside_sentence(doc: Document, s: int, e: int) -> bool:
    """Whether the capitalised word at ``s:e`` stands inside a sentence as a name would: not
    opening it, no everyday word or place with its neighbours, no place word before it."""
    text = doc.text
    if _OPENS_AFTER.search(text, max(0, s - 8), s) is not None:
        return False
    after = _SPACE_THEN_WORD.match(text, e, e + 30)
    if after is None:
        return False  # (a word alone before a mark, a cell's or a heading's: no sentence)
    word = text[s:e].lower()
    if everyday_pair(word, after.group(1).lower()):
        return False
    before = _WORD_THEN_SPACE.search(text, max(0, s - 30), s)
    if before is not None and (
        everyday_pair(before.group(1).lower(), word) or fold_word(before.group(1)) in _REGION_WORDS
    ):
        return False
    return place_word_before(doc, s) is None


#: words that make a capitalised word after them a region or a direction ("miền Nam", "phía
#: Bắc", "vùng Tây Bắc"), folded
_REGION_WORDS = frozenset({"mien", "phia", "phuong", "huong", "vung", "nuoc", "cuc"})


#: the word right before a position, and the word right after one
_WORD_THEN_SPACE = re.compile(r"([^\W\d_]+)[ \t]+$")
_SPACE_THEN_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _bare_word(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a whole word with no capitalised word right beside it."""
    if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "'’-")) or (
        e < len(text) and (text[e].isalnum() or text[e] in "'’-")
    ):
        return False
    before = _WORD_THEN_SPACE.search(text, max(0, s - 30), s)
    after = _SPACE_THEN_WORD.match(text, e, e + 30)
    return not (
        (before is not None and before.group(1)[0].isupper())
        or (after is not None and after.group(1)[0].isupper())
    )


def _english_around(text: str, s: int, e: int) -> bool:
    """Whether the line around ``s:e`` (40 characters each side) holds two lower-case words
    or more that no Vietnamese syllable spells."""
    ls = text.rfind("\n", max(0, s - 40), s) + 1 or max(0, s - 40)
    le = text.find("\n", e, e + 40)
    le = le if le >= 0 else min(len(text), e + 40)
    return english_words_near(text, max(ls, s - 40), le, _ASCII_WORD)


#: a lower-case word on the folded view with its letter case, and the next one
_LOWER_WORDS = re.compile(r"([a-z]+(?:'[a-z]+)?)(?:[ \t]{1,2}([a-z]+))?")


#: a number right before a cue, no sentence's or list item's end after it (a house number, a
#: count: "nha 118 co giang"; not "31/12. ong manh", "1. ong tuan")
_NUMBER_BEFORE = re.compile(r"\d[\w/-]*[ \t]+$")


def _lower_reference(
    text: str, cased: str, cs: int, ce: int, s: int, antecedents: dict[str, int]
) -> tuple[int, int] | None:
    """A lower-case short reference ("bà lan" after "bà đoàn thị xuân lan"): the given name
    (or the last two words) of a lower-case full name found in the prompt, spelled exactly as
    there, after a cue spelled as one, and not the first word of an everyday word with the
    next one ("anh an tâm", "chị lan can")."""
    m = _LOWER_WORDS.match(cased, s)
    if m is None or not text[s : m.end()].islower():
        return None
    if _NUMBER_BEFORE.search(text, max(0, cs - 12), cs):
        return None  # "nhà 118 cô giang q1": a street named after a person, its house number
        # before it ("Cô Giang"); "3 anh em": a count
    e = m.end(1)
    if e < len(cased) and (cased[e].isalnum() or cased[e] == "'"):
        return None  # a word the folded view cut ("ô" in "ôm"?): not a whole word
    if m.group(2) is not None:
        two = text[s : m.end(2)]
        end = antecedents.get(two)
        if end is not None and _spelled(text[cs:ce], speaker=False):
            return s, m.end(2)
        if everyday_pair(text[s:e], text[m.start(2) : m.end(2)]):
            return None
    if text[cs:e].isascii() and not _plain_cue(cased, cs, ce, e):
        return None
    return _reference(text, cs, ce, s, e, antecedents, False)


#: cues that, typed without diacritics, still stand before a short reference ("di" is "đi",
#: "con", "vo", "be" are words of their own there); "thay" is "thầy" (a teacher) or "thấy"
#: (see), a person's given name after it either way ("luong van hung thu tien ..., thay hung
#: day lop 7b")
_PLAIN_CUES = frozenset(
    {"ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "chau", "cu", "dong chi", "a", "c", "e"}
    | {"thay", "gia dinh"}
)


def _plain_cue(cased: str, cs: int, ce: int, e: int) -> bool:
    """Whether a cue and a word typed without diacritics are a cue and a name: no everyday
    phrase ("di lam an", "chi phi") and no place ("ho chi minh")."""
    cue = cased[cs:ce].lower()
    if cue not in _PLAIN_CUES:
        return False
    word = cased[ce:e].strip().lower()
    if everyday_pair(cue, word):
        return False
    p = cs - 1
    while p > 0 and cased[p - 1].isalpha():
        p -= 1
    before = cased[p : cs - 1].lower() if cs > 0 and cased[cs - 1] == " " else ""
    return not (before and everyday_pair(f"{before} {cue}", word))


# on the folded view with its letter case (an offset there is an offset in the text)
_WORD_AFTER = re.compile(r"[ \t]{1,2}[A-Z]")
#: the rest of a capitalised word, an apostrophe or a hyphen inside ("H'Nguyên", "Sang-min")
_TAIL = re.compile(r"[a-z]*(?:['’-][A-Za-z][a-z]*)*")
#: a word of a full name as written: letters, an apostrophe or a hyphen inside
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _reference_re() -> re.Pattern[str]:
    """A space or line break and a cue, before spaces and a letter (on the folded view; the
    match ends with the cue, so that "vợ ông Lợi" is tried at "ông" too)."""
    return re.compile(r"[ \n](?P<cue>" + trie_regex(REFERENCE_CUES) + r")(?=[ \t]+[a-z])")


@lru_cache(maxsize=1)
def _reference_at_start() -> re.Pattern[str]:
    """:func:`_reference_re` at the text's start, with no separator before the cue."""
    return re.compile(_reference_re().pattern[len("[ \\n]") :])


@lru_cache(maxsize=2)
def _reference_after(sep: str) -> re.Pattern[str]:
    """:func:`_reference_re` after one separator: a pattern that starts with a literal is
    searched from one to the next (twice as fast as from a class of two)."""
    return re.compile(re.escape(sep) + _reference_re().pattern[len("[ \\n]") :])


@lru_cache(maxsize=1)
def _speaker_re() -> re.Pattern[str]:
    """A line that opens with a speaker's name (after a bullet, a time, a cue) and ':' (on the
    folded view with its letter case)."""
    return re.compile(
        r"\n[ \t]*(?:[-*>][ \t]*)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?"
        r"(?:(?P<cue>(?i:" + trie_regex(SPEAKER_CUES) + r"))[ \t]+)?"
        r"(?P<ref>[A-Z][a-z]*(?: [A-Z][a-z]*)?)[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:"
    )


def _reference(
    text: str,
    cs: int,
    ce: int,
    s: int,
    e: int,
    antecedents: dict[str, int],
    speaker: bool,
) -> tuple[int, int] | None:
    """The span of a reference, if the text bears it out: spelled as a word of a full name
    found in the prompt (a speaker's: before it), after a cue spelled as one."""
    end = antecedents.get(text[s:e])
    if end is None or (speaker and end > s):
        return None  # not spelled as the name ("an" for "An", "Hòa" for "Hoa"); a speaker's
        # line only after the name
    if ce > cs and not _spelled(text[cs:ce], speaker=speaker):
        return None
    return s, e


def _spelled(cue: str, *, speaker: bool) -> bool:
    """A cue written with diacritics must be spelled as one ("có" is not "cô")."""
    if cue.isascii():
        return True
    return spelling(cue) in (_SPEAKER_SPELLINGS if speaker else _CUE_SPELLINGS)


def _title(word: str) -> str:
    """ "NGUYỄN VĂN AN" is referred to as "ông An": words in capitals, as title case."""
    return word.title() if word.isupper() and len(word) > 1 else word


def _before_a_name(text: str, hit: tuple[int, int], starts: list[int]) -> bool:
    """Whether a name found starts one space after ``hit``: the word is that name's first
    ("ong la quang dai", La Quang Đại), no reference of its own."""
    i = bisect.bisect_left(starts, hit[1] + 1)
    return i < len(starts) and starts[i] == hit[1] + 1 and text[hit[1]] == " "


def _overlaps(starts: list[int], reach: list[int], hit: tuple[int, int]) -> bool:
    """Whether ``hit`` overlaps a span of the other paths (``starts`` sorted, ``reach[k]`` the
    furthest end of the spans up to the k-th)."""
    i = bisect.bisect_left(starts, hit[1])
    return i > 0 and reach[i - 1] > hit[0]


#: the prefixes of Bahnar, Ede and Jrai names, which the chat abbreviations spell too
_MINORITY_PREFIXES = frozenset({"A", "Y", "H", "a", "y", "h"})


def _with_prefix(
    text: str, cue_start: int, cue_end: int, hit: tuple[int, int], names: list[tuple[int, int]]
) -> tuple[int, int]:
    """The reference with the minority prefix the match read as its cue ("Già A Blúp" after
    "già làng A Blúp": "A" is the name's prefix, not chat's "anh"), where a name found holds
    the prefix and the word together."""
    cue = text[cue_start:cue_end]
    if cue not in _MINORITY_PREFIXES:
        return hit
    whole = f"{cue} {text[hit[0] : hit[1]]}"
    if cue.islower():
        # in lower case only where the prefix opens the name ("a blúp"): inside one it is a
        # Hmong middle name, and "a" before the given name chat's "anh" ("sung a lenh ...,
        # sdt cua a lenh")
        if any(text.startswith(whole, a) for a, _ in names):
            return cue_start, hit[1]
        return hit
    if any(whole in text[a:b] for a, b in names):
        return cue_start, hit[1]
    return hit


#: a case's party labels a judgment or a record names its people by again ("Bị cáo Luận bị
#: xử phạt ..." after "Bị cáo: Kha Văn Luận"), folded -> as spelled with diacritics
_PARTY_CUES = {
    "bi cao": "bị cáo",
    "bi hai": "bị hại",
    "nguyen don": "nguyên đơn",
    "bi don": "bị đơn",
    "duong su": "đương sự",
    "nguoi khieu nai": "người khiếu nại",
}
#: the words that introduce oneself before "là" ("Chị là Oanh, em đã nộp ..." after the
#: e-mail's "Từ: Cao Thị Kim Oanh"), folded -> as spelled with diacritics
_SELF_CUES = {
    "toi": "tôi",
    "em": "em",
    "chi": "chị",
    "anh": "anh",
    "minh": "mình",
    "chau": "cháu",
    "con": "con",
}


def _party_references(
    text: str, folded: str, cased: str, antecedents: dict[str, int]
) -> Iterator[tuple[tuple[int, int], str]]:
    """The capitalised short references after a case's party label ("Bị cáo Luận") or after
    "tôi là" / "chị là" ("Chị là Oanh"), spelled as a word of a full name found in the
    prompt, not followed by another capitalised word; each literal is looked for with
    ``str.find`` (no pass of a pattern over the text), and only once a full name is found."""
    places: list[tuple[int, str]] = []
    for cue, spelled in _PARTY_CUES.items():
        at = folded.find(cue + " ")
        while at >= 0:
            if at == 0 or not folded[at - 1].isalnum():
                written = text[at : at + len(cue)]
                if written.isascii() or spelling(written) == spelling(spelled):
                    places.append((at + len(cue), cue))
            at = folded.find(cue + " ", at + 1)
    at = folded.find(" la ")
    while at >= 0:
        w = at
        while w > 0 and folded[w - 1].isalpha():
            w -= 1
        word = folded[w:at]
        if word in _SELF_CUES and (w == 0 or not folded[w - 1].isalnum()):
            written = text[w : at + 3]
            if written.isascii() or spelling(written) == spelling(_SELF_CUES[word] + " là"):
                places.append((at + 3, f"{word} la"))
        at = folded.find(" la ", at + 1)
    for ce, cue in places:
        s = ce
        while s < len(cased) and cased[s] in " \t":
            s += 1
        if s >= len(cased) or not cased[s].isupper():
            continue
        e = _TAIL.match(cased, s + 1).end()  # type: ignore[union-attr]
        if e < len(cased) and (cased[e].isalnum() or cased[e] == "'"):
            continue
        if _WORD_AFTER.match(cased, e):
            continue  # "Bị cáo Kha Văn Luận": the full name itself, or another
        if text[s:e] in antecedents and e - s > 1:
            yield (s, e), cue


def _detection(span: tuple[int, int], detector_id: str, cue: str) -> Detection:
    return Detection(
        EntityType.PERSON,
        span[0],
        span[1],
        SCORE_SHORT_REFERENCE,
        detector_id,
        pattern="person.short_reference",
        base_score=BASE_SHORT_REFERENCE,
        context=cue,
    )


def _match_start(m: re.Match[str]) -> int:
    return m.start()
