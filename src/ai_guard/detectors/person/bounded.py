"""Lower-case names with no cue, known by both their ends ("so sánh lý lịch của đinh văn minh
và đinh văn mạnh", "cho le quang vinh va pham ngoc son (doi pccc)", "nhắn lại cho phạm quốc bảo
là mai họp", "kết quả: vuong thanh tam 8.5; ninh van khoi 7").

Chat names people in the middle of a sentence, without an honorific, and often without
diacritics. A run of three or four lower-case words is such a name when, together:

* its shape is a full name's: a lexicon surname, a lexicon middle name, then middle or given
  names ending on a given name; written with diacritics, every word spelled as the name it
  folds to ("trọng", not "trong"); no two neighbouring words an everyday word
  (``everyday_pairs.txt``, the place and common phrases: "văn minh", "thanh tra") unless a
  surname and "văn"/"thị" lead it;
* its start is marked: the start of the text, punctuation (``,;:(|.-``, a tab, a line
  break) or a word that puts a noun after it (``LEFT_WORDS``: "cho", "của", "và", "với", "giữa",
  "gửi", "gồm", "nhận", "là", "tên", the verbs "giúp", "gặp", "gọi" (not before a surname and a
  middle name that spell an everyday word: "soạn giúp công văn"), and the vocative "ơi": "chị ơi
  trần thị mai ..."; English's
  "that" where English words stand around it: "i confirm that ninh thi hai yen, born on");
* its end is marked: punctuation, the end of the text, a number ("8.5", "1982") or a word that
  goes on with the sentence (``_RIGHT``: "và", "ở", "đã", "bị", "thiếu", "là" ...).

A name coordinated with one found just before it (after "và", "với", a comma, a score, or
nothing at all: "cho le quang vinh va pham ngoc son doi pccc", "tran thi hoa, vi thi nhan xep
...", "huynh thi kim loan ta van hieu ...", "vuong thanh tam 8.5 ninh van khoi 7") has its start
marked by that name, and a list goes on where the sentence does not: its end need not be marked
when it is three words, the shape of a full name (``_COORDINATED``).

Each alone is weak (the same words spell "du dieu kien", "lai doan sau"): the shape alone was
1,600 false alarms for 1,000 names on the chat rewrites of the corpora; with both ends marked,
86 for 128, nearly all a ward ("phuong tan dinh,": a unit word, not the surname Phương, leads
no bounded name) or a street after a house number (no start mark there). Names of public
figures ("phan boi chau") are left to the paths that keep them visible. Where the Kinh shape
fails, a minority or foreign name is judged at the same start (:func:`.minority.minority_name`,
:func:`.foreign.foreign_name`: two pieces of evidence, "kim ji-hoon", "ksor h'bla").
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors._spans import Reach
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import NOT_PERSON_BEFORE_SPELLINGS
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    NEVER_IN_NAMES,
    PLAIN_WORD_SURNAMES,
    PLAIN_WORD_SURNAMES_BEFORE_MIDDLES,
    lexicons,
    name_spellings,
)
from ai_guard.detectors.person.lower_case import (
    LEFT_WORDS,
    PLAIN_PREDICATE_PAIR,
    PLAIN_VERBS,
    TELL_WORDS,
    name_start_tail,
    other_name,
    uncued_openers,
)
from ai_guard.detectors.person.minority import HMONG_MIDDLES, minority_lexicon
from ai_guard.detectors.person.name_ends import address_after, name_after, spelled_word_after
from ai_guard.detectors.person.scores import (
    BASE_LOWER_CASE,
    BASE_SURNAME_FIRST,
    REPORT_FLOOR,
    SCORE_COORDINATED_TWO_WORDS,
    SCORE_LOWER_CASE,
    SCORE_TWO_WORDS,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.surname_first import among_places, is_template_name
from ai_guard.detectors.person.uncued import everyday_pair, then_clause
from ai_guard.detectors.person.views import folded_bytes
from ai_guard.detectors.person.words import (
    english_words_near,
    is_public_figure,
    spelled_as_surname,
)
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling, trie_regex

__all__ = ["bounded_names", "coordinated_runs", "coordinated_two_words"]

#: punctuation after which a name may start (a list, a label's ':', a cell, a sentence)
_PUNCT_LEFT = ":|\t\n"
#: ... inside a sentence, where only Kinh names are looked for after them (the minority and
#: foreign openers after every comma cost 20 us on a 2 KB prompt)
_PUNCT_MID_LEFT = ",;("
#: ... and a sentence's end or a dash with a space after it ("xong. le van an", "- tran thi b")
_PUNCT_SPACE_LEFT = ".-\u2013"
#: words that go on with the sentence right after a name, folded ("và", "ở", "đã", "bị")
_RIGHT = frozenset(
    (
        "va voi o da dang bi duoc thieu xin sinh sn ns so sdt dt la lam nop co can muon noi bao"
        " hoi de tu den chuyen sang em anh chi toi nhe nha a oi cung deu vi khong chua mat"
        " ve tai nghi ben and from will is was has had in at of"
        " hay hoac ko"  # "or", chat's "không": "phan thi thanh tam hay phan thi thanh tam,"
        " vs"  # chat's "với" ("y kien cua nghiem van sang vs tong thi vui")
        # chat's verbs and "được" that no name word folds to ("cua do thi nhung ghi sai",
        # "ho so cua ngo thi bich ngoc dc duyet")
        " dc ghi goi len ra xuong mang gap keu lay coi xem"
        # "mới" (just: "co ban ly quoc tuan moi den"), no given name typed so
        " moi"
    ).split()
)
#: unit words of places, spelled so: "đường hoàng quốc việt" is a street, not "Đường Hoàng Quốc"
_PLACE_UNITS = frozenset(
    spelling(w)
    for w in (
        "phường đường phố quận huyện xã tỉnh thôn xóm ấp bản buôn làng tp ngõ hẻm kiệt ngách"
        " khu tổ chợ cầu trường"
    ).split()
)
#: a household's head count right after three words ("xom 7: ho duc nham 5 khau", "ho van
#: tat 4 nhan khau"): a list of households names each by its head (folded view)
_HOUSEHOLD_AFTER = re.compile(r"[ \t]+\d{1,2}[ \t]*(?:nhan[ \t]+)?khau(?![a-z])")
#: kin words that, typed without diacritics, spell a surname too ("vo" vợ / Võ, "con", "me")
_KIN_TYPED_PLAIN = frozenset({"vo", "chong", "con", "me", "bo", "cha", "chau", "em", "chi"})
#: what joins a name to the next one in a list or a coordination, on the folded text: a comma
#: or ";", "và" / "với" / "and", a score ("8.5"), or a plain space (a list with no separators);
#: tried in this order, so "và" is the separator rather than a name's first word
_COORDINATED = re.compile(
    r"(?:[ \t]*[,;&+][ \t]*|[ \t]+(?:va|voi|vs|and|hoac|cung)[ \t]+"
    r"|[ \t]+\d+(?:[.,]\d+)?[ \t]+|[ \t]+)(?=[a-z])"
)
#: punctuation right after a name (no number, no text's end)
_PUNCT_END = re.compile(r"[ \t]*[,.;:)|\n\t]")
_END = re.compile(r"[ \t]*(?:[,.;:)(|\n\t\"!?_/\u2013-]|$|\d)")
#: the end of a clan-led name after a comma or an item's number inside a line: as ``_END``,
#: or the village the person lives in, named without "ở" ("siu h'nguyet plei do", "ksor nhin
#: buon ea sup"), or the next item's number ("ksor nhin plei ia krai 2. rah lan kheo")
_CLAN_NAME_END = re.compile(
    r"[ \t]*(?:[,.;:)(|\n\t\"!?_/\u2013-]|$|\d|(?:plei|buon|bon|lang)(?![a-z]))"
)
#: an item's number that opens a line or follows a line's punctuation (the sketch's "#")
_LINE_ITEM = re.compile(rb"# *[0-9]{0,3}% +\Z")
#: a lower-case word of three letters or more (an English sentence's, when no Vietnamese
#: syllable spells it: ``english_words_near``)
_ENGLISH_WORD = re.compile(r"(?<![a-z])[a-z]{3,}(?![a-z])")
_WORD = re.compile(r"[a-z]+")


# The folded text sketched one byte per character: letters and digits as they are, the
# punctuation that marks a name's start as "#", anything else as a space. Patterns that start
# with a literal (a space, "#") search from one to the next: one that started with a class of
# the punctuation tried every character (70 us on a 2 KB prompt, against 20).
_SKETCH = bytes(
    i
    if chr(i) in "0123456789abcdefghijklmnopqrstuvwxyz"
    else 35
    if chr(i) in _PUNCT_LEFT
    else 37
    if chr(i) in _PUNCT_SPACE_LEFT
    else 38
    if chr(i) in _PUNCT_MID_LEFT
    else 32
    for i in range(256)
)


@lru_cache(maxsize=1)
def _start_res() -> tuple[re.Pattern[bytes], ...]:
    """A word of ``LEFT_WORDS`` and a space, or the punctuation and spaces, then what may
    start a name (``lower_case.name_start_tail``; after a comma a Kinh name only), on the
    sketch: the cheap part of the test."""
    surnames, middles, _, _, _ = lexicons()
    kinh = "(?=(?:" + trie_regex(sorted(surnames)) + ") (?:" + trie_regex(sorted(middles)) + ") )"
    tail = name_start_tail("%")
    # after a comma also a strong clan name ("..., siu nay (plei to nia), rah lan chung"):
    # none is a Vietnamese word, and few, so the test stays cheap
    clans = sorted(
        {c.split(" ")[0] for c, strong in minority_lexicon().clans.items() if strong}
        & uncued_openers().any_next
    )
    kinh_or_clan = kinh[:-1] + "|(?:" + trie_regex(clans) + ") [a-z])"
    return (
        # (with the verbs that take a person typed plain: ``TELL_WORDS``, :func:`_told_plain`)
        re.compile((" (?:" + trie_regex([*LEFT_WORDS, *TELL_WORDS]) + ") " + tail).encode()),
        re.compile(("# *" + tail).encode()),
        re.compile(("& *" + kinh_or_clan).encode()),
        # "437.500.000", "13/2023/NĐ-CP": a dot or a dash counts only before a space (and the
        # pattern fails there at once, not in the tries)
        re.compile(("% +" + kinh).encode()),
        # the same words opening the text ("gui vo thi kim thoa tai ...": the first pattern
        # asks for a space before them, and the sketch opens with "#")
        re.compile(("#(?:" + trie_regex([*LEFT_WORDS, *TELL_WORDS]) + ") " + tail).encode()),
    )


@lru_cache(maxsize=1)
def _item_tails() -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """What follows a list item's number or dash on the sketch ("%" and spaces) where a name
    starts after it: a prefix glued to a given name ("1. h'ryan êban - tổ trưởng", "- h'dju
    ktla,"), or a strong clan name ("ds: 1. ksor nhin plei ia krai 2. rah lan kheo"); led by
    the "%" (:func:`_item_starts` reads what stands before it)."""
    clans = sorted(
        {c.split(" ")[0] for c, strong in minority_lexicon().clans.items() if strong}
        & uncued_openers().any_next
    )
    return (
        re.compile(rb"% +(?=[hk] [a-z]+ [a-z])"),
        re.compile(("% +(?=(?:" + trie_regex(clans) + ") [a-z])").encode()),
    )


def _item_starts(sketch: bytes) -> set[int]:
    """The starts after a list item's number or dash: where ``# *[0-9]{0,3}% +`` stands
    before a prefix glued to a given name, or ``(?:# *| )[0-9]{1,3}% +`` before a strong
    clan name (an item's number before such a name also where the items run on one line
    after a word), as one pattern of both found them (``m.end() - 1``). That pattern opened
    with an alternation, tried at every character of the text; here each tail is led by
    its "%" (a literal: the engine skips to it), and the few characters before it are read
    back: the digits that stand right before the "%" (at most three: a fourth would stand
    where ``# *`` or the space must), then ``# *`` (glued prefix) or "#" or a space (clan)."""
    out: set[int] = set()
    if sketch.find(b"%") < 0:  # (bytes: find, not ``in``, see text.numbers)
        return out
    glued, clan = _item_tails()
    for pattern, fewest in ((glued, 0), (clan, 1)):
        for m in pattern.finditer(sketch):
            q = m.start()
            d = q
            while d > 0 and q - d <= 3 and 48 <= sketch[d - 1] <= 57:
                d -= 1
            digits = q - d
            if digits < fewest or digits > 3:
                continue
            if fewest:  # "#" or a space right before the digits
                ok = d > 0 and sketch[d - 1] in _HASH_OR_SPACE
            else:  # "#", then spaces, then the digits
                b = d
                while b > 0 and sketch[b - 1] == 32:
                    b -= 1
                ok = b > 0 and sketch[b - 1] == 35
            if ok:
                out.add(m.end() - 1)
    return out


#: the sketch's "#" and space (bytes), what stands before a list item's number
_HASH_OR_SPACE = frozenset(b"# ")
#: the literal each of :func:`_start_res`'s patterns opens with, in their order
_START_LEADS = (b" ", b"#", b"&", b"%", b"#")


#: "bạn" or "hộ" typed plain after a word that puts a person after it ("co ban ly quoc tuan
#: moi den", "voi ban ...": có bạn, với bạn; "cho ho tang kim phung:": cho hộ, the household
#: of): alone "ban" is "bán", "bàn", a board, "ho" is "họ" (they) as often, so only after
#: these, and the name's both ends asked as after any start (folded view): the word before
#: (matched on the few characters before "ban"/"ho"), and the word after, no surname that
#: makes a word with "ban" ("cho ban dau gia lan 3": chờ bán đấu giá; "ban đầu", "bán lẻ",
#: "bản đồ", "bàn làm việc", "bán hàng")
_FRIEND_BEFORE = re.compile(r"(?:^|[^a-z])(?:co|voi|cho|cua|va|gap|hoi)\Z")
_FRIEND_AFTER = re.compile(r"(?!(?:dau|le|do|lam|hang)(?![a-z]))[a-z]")


def _friend_starts(folded: str) -> Iterator[int]:
    """Where a name may start after "bạn" / "hộ" typed plain (see ``_FRIEND_BEFORE``),
    found by a literal search for the two words (a pattern scanned over the text cost 3% of
    a 2 KB prompt, where "hồ sơ" puts " ho " in most)."""
    for word in (" ban ", " ho "):
        at = folded.find(word)
        while at >= 0:
            s = at + len(word)
            if _FRIEND_BEFORE.search(folded, max(0, at - 4), at) and _FRIEND_AFTER.match(folded, s):
                yield s
            at = folded.find(word, at + 1)


#: a nationality before a foreigner's name typed plain ("khach nguoi thai lan somchai
#: rattanakorn", "sinh vien lao souksavanh phommachanh", "cong nhan trung quoc wang haoran"),
#: folded, a space after: a country no Vietnamese word spells alone, or one after "người"
#: ("nguoi uc", "nguoi my": "úc", "mỹ", "anh" alone are words and given names)
_NATIONALITIES = (
    *("thai lan ", "lao ", "campuchia ", "trung quoc ", "dai loan ", "han quoc ", "nhat ban "),
    *("an do ", "philippines ", "indonesia ", "malaysia ", "singapore ", "myanmar "),
    *("nguoi uc ", "nguoi my ", "nguoi anh ", "nguoi phap ", "nguoi duc ", "nguoi nga "),
    *("nguoi nhat ", "nguoi han ", "nguoi canada ", "quoc tich "),
)


def _nationality_starts(folded: str) -> Iterator[int]:
    """Where a foreigner's name may start after a nationality (``_NATIONALITIES``), each found
    by a literal search; only a minority or foreign name is judged there (the words must show
    it: :func:`.lower_case.other_name` with no cue)."""
    for word in _NATIONALITIES:
        at = folded.find(word)
        while at >= 0:
            if at == 0 or not folded[at - 1].isalnum():
                yield at + len(word)
            at = folded.find(word, at + 1)


#: a day's adverb (folded: "hôm qua", "sáng nay") right before a lexicon surname and a middle
#: name, searched from the adverb's second word
_WHEN_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:hom|sang|trua|chieu|toi)$")


@lru_cache(maxsize=1)
def _kinh_re() -> re.Pattern[str]:
    """A lexicon surname and a lexicon middle name, each followed by a space (folded)."""
    surnames, middles, _, _, _ = lexicons()
    return re.compile(
        "(?:" + trie_regex(sorted(surnames)) + ") (?:" + trie_regex(sorted(middles)) + ") "
    )


def _when_starts(folded: str) -> Iterator[int]:
    """The starts right after a day's adverb that opens a chat sentence, its subject after it
    ("hôm qua tào hữu phước qua phường nộp ...", "hom nay dao duy khang ..."): a surname and a
    middle name there; the name's end is judged as after any start."""
    for which in (" qua ", " nay "):
        p = folded.find(which)
        while p >= 0:
            s = p + len(which)
            if _WHEN_BEFORE.search(folded, max(0, p - 6), p) and _kinh_re().match(folded, s):
                yield s
            p = folded.find(which, p + 1)


@lru_cache(maxsize=1)
def _that_re() -> re.Pattern[bytes]:
    """English's "that" before what may start a name (on the sketch)."""
    return re.compile((" that " + name_start_tail("%")).encode())


def _english_that_starts(doc: Document, sketch: bytes) -> Iterator[int]:
    """The starts after "that" in an English sentence ("i confirm that ninh thi hai yen,
    born on ..."): typed without diacritics "that" is as often "thật" ("ten that la ..."), so
    only where English words stand around it. A pattern of its own: in ``LEFT_WORDS`` its
    match would take the space that a next word of them ("that la doan van tu") needs."""
    if sketch.find(b" that ") < 0:  # (bytes: find, not ``in``, see text.numbers)
        return
    folded = doc.folded
    for m in _that_re().finditer(sketch):
        s = m.end() - 1
        if english_words_near(folded, max(0, s - 40), min(len(folded), s + 60), _ENGLISH_WORD):
            yield s


#: what :func:`bounded_names` needs: two words (a surname and a middle name, an opener and a
#: name, a name found and a coordinated one)
BOUNDED_NEEDS = Needs(words=2)


def bounded_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The lower-case names marked at both ends (module docstring), apart from those the other
    paths found."""
    text = doc.text
    sketch = b"#" + folded_bytes(doc).translate(_SKETCH)
    # (each pattern opens with its mark, a literal: one absent, its scan is not even begun)
    # (only the starts at a small letter of the text: the walk below judges no other, and a
    # table's rows opened by capitalised names held a set of thousands, 1.3x a megabyte CSV)
    found_at = [
        {s for m in p.finditer(sketch) if text[(s := m.end() - 1)].islower()}
        if sketch.find(lead) >= 0
        else set()
        for p, lead in zip(_start_res(), _START_LEADS, strict=True)
    ]
    found_at.insert(4, {s for s in _item_starts(sketch) if text[s].islower()})
    others = set(_english_that_starts(doc, sketch)) | set(_when_starts(doc.folded))
    others.update(_friend_starts(doc.folded))
    foreign_only = set(_nationality_starts(doc.folded)) - others - set().union(*found_at)
    others |= foreign_only
    starts = sorted(set().union(*found_at) | others)
    # the starts after a comma alone, where a clan name's end must be marked too ("..., siu
    # nay (plei to nia)"; not "hom nay, siu thi dong qua": "siêu thị" typed as chat types it)
    mid_only = found_at[2] - found_at[0] - found_at[1] - found_at[3] - found_at[4] - found_at[5]
    # (and after an item's number inside a line: "siu" is "siêu" typed as chat types it,
    # "top 2. siu dep")
    mid_only |= {
        s
        for s in found_at[4] - found_at[0] - found_at[1] - found_at[5]
        if not _LINE_ITEM.search(sketch, max(0, s - 8), s + 1)
    }
    told = {s for s in found_at[0] | found_at[5] if _after_tell_word(doc.folded, s)}
    told -= set().union(*found_at[1:5]) | others
    if not starts and not found:
        return
    taken = Reach([(d.start, d.end) for d in found if d.score >= REPORT_FLOOR])
    # the starts right after a name found (by another path or here): a coordinated name's
    coordinated: set[int] = set()
    for d in found:
        if d.score >= REPORT_FLOOR:
            _coordinate(doc, d, starts, coordinated)
    after = 0
    folded = doc.folded
    surnames, middles, _, _, _ = lexicons()
    i = 0
    while i < len(starts):  # the sketch is one ahead of the text
        s = starts[i]
        i += 1
        if s < after or not text[s].islower() or taken.overlaps(s, s + 1):
            continue
        if s in told and s not in coordinated and not _told_plain(text, folded, s):
            continue
        # the cheap tests first: a surname and a middle name, or an opener of other names
        one = folded.find(" ", s)
        first = folded[s:one]
        e = None
        second = folded[one + 1 : folded.find(" ", one + 1)]
        if (
            s not in foreign_only
            and first in surnames
            and second in middles
            and (not folded.endswith(" to ", 0, s) or second in ("van", "thi"))
            and not (_after_taking_verb(folded, s) and everyday_pair(first, second))
            and not (second == "a" and first in _KIN_TYPED_PLAIN and text[s:one].isascii())
        ):
            # ("a" after a kin word typed plain is chat's "anh": "vo a tung" is "vợ anh
            # Tùng", no Võ A Tùng; after a surname a Hmong middle name: "lìu a sáng")
            # (after "to" only a foreign name or the "văn"/"thị" shape: "email to kim
            # ji-woo", "a message to trinh van lam,"; "báo tổ trưởng hai lần" is no "Trương
            # Hải Lan")
            e = _judge(doc, s, coordinated=s in coordinated)
        if e is not None:
            hit: Detection | None = Detection(
                EntityType.PERSON,
                s,
                e,
                SCORE_LOWER_CASE,
                detector_id,
                pattern="person.lower_case",
                base_score=BASE_LOWER_CASE,
                context="bounded",
            )
        else:
            hit = other_name(doc, s, detector_id, uncued=True)
            if hit is not None and s in mid_only and not _CLAN_NAME_END.match(folded, hit.end):
                continue
        if hit is None or taken.overlaps(s, hit.end):
            continue
        if then_clause(doc, s):
            continue  # "mai thi lam bao cao": "mai thì làm báo cáo" (uncued's rule)
        after = hit.end
        _coordinate(doc, hit, starts, coordinated)
        yield hit


#: the verbs of ``LEFT_WORDS`` that take a person, as often before a thing ("soạn giúp công
#: văn", "gặp vấn đề"): after them a surname and a middle name that spell an everyday word
#: open no Kinh name (folded, with the space after them)
_TAKING_VERBS = ("giup ", "gap ", "goi ")


def _after_taking_verb(folded: str, s: int) -> bool:
    return folded.endswith(_TAKING_VERBS, max(0, s - 5), s)


#: the word right before a start, one space between
_WORD_BEFORE = re.compile(r"([^\W\d_]+) \Z")


#: three words from a start (on the folded view)
_THREE_WORDS = re.compile(r"([a-z]+) ([a-z]+) ([a-z]+)")


_TELL_SET = frozenset(TELL_WORDS)


def _after_tell_word(folded: str, s: int) -> bool:
    """Whether the word right before ``s`` (one space between) is one of ``TELL_WORDS``."""
    m = _WORD_BEFORE.search(folded, max(0, s - 8), s)
    return m is not None and m.group(1) in _TELL_SET


def _told_plain(text: str, folded: str, s: int) -> bool:
    """Whether the verb right before ``s`` (one of ``TELL_WORDS``) is typed without
    diacritics ("mk bao ha duy phuong nha o ..."), and no two neighbouring words of the verb
    and the three words after it spell an everyday word: spelled with diacritics, "hỏi lại a
    đông" asks again; "bao tang phu nu" is a museum (bảo tàng), "giup cong van hoi" a letter
    (công văn), "bao dam thi hanh an" a guarantee (bảo đảm, thi hành), no name after them."""
    m = _WORD_BEFORE.search(text, max(0, s - 8), s)
    three = _THREE_WORDS.match(folded, s)
    if m is None or three is None or not m.group(1).isascii():
        return False
    words = [fold_word(m.group(1)), *three.groups()]
    return not any(everyday_pair(a, b) for a, b in itertools.pairwise(words))


def _coordinate(doc: Document, name: Detection, starts: list[int], coordinated: set[int]) -> None:
    """Add the start of a name coordinated with ``name`` (``_COORDINATED``) to ``starts`` (kept
    sorted) and ``coordinated``. A plain space joins names only in a list of lower-case ones
    ("Bùi Thị Minh Hoài dự lễ khánh thành": the sentence goes on after a capitalised name)."""
    m = _COORDINATED.match(doc.folded, name.end)
    if m is None or m.end() in coordinated:
        return
    if not m.group().strip() and not doc.text[name.start : name.end].islower():
        return
    if not m.group().strip() and _verb_at(doc, m.end()):
        return  # "chi luc thi hoa nhan tien ...": "nhận", the sentence goes on
    coordinated.add(m.end())
    i = bisect.bisect_left(starts, m.end())
    if i == len(starts) or starts[i] != m.end():
        starts.insert(i, m.end())


_PLAIN_WORD = re.compile(r"[a-z]+(?![\w'])")


def _verb_at(doc: Document, pos: int) -> bool:
    """Whether the word at ``pos``, typed without diacritics, is a verb that goes on with the
    sentence after a name (``PLAIN_VERBS``: "nhan", "gui", "chuyen")."""
    w = _PLAIN_WORD.match(doc.text, pos)
    return w is not None and w.group() in PLAIN_VERBS


def _judge(doc: Document, s: int, *, coordinated: bool = False) -> int | None:
    """The end of a bounded lower-case name starting at ``s``, or None; ``coordinated``: a
    name found ends right before it (``_COORDINATED``), so three words need no end mark."""
    text, folded = doc.text, doc.folded
    spans: list[tuple[int, int]] = []
    pos = s
    while len(spans) < 5:
        w = _WORD.match(folded, pos)
        if w is None:
            break
        spans.append(w.span())
        if not text.startswith(" ", w.end()) or text.startswith("  ", w.end()):
            break
        pos = w.end() + 1
    if len(spans) < 3:
        return None
    raw = [text[a:b] for a, b in spans]
    if not all(w.islower() for w in raw[:3]):
        return None
    words = [folded[a:b] for a, b in spans]
    surnames, middles, givens, _, _ = lexicons()
    if words[0] not in surnames:
        return None  # the start was a minority or foreign name's opener
    vt = words[1] in ("van", "thi")
    household = _HOUSEHOLD_AFTER.match(folded, spans[2][1]) is not None
    if (
        words[0] in PLAIN_WORD_SURNAMES
        and raw[0].isascii()
        and not vt
        and not household
        and not (words[0] in PLAIN_WORD_SURNAMES_BEFORE_MIDDLES and words[1] in middles)
    ) or spelling(raw[0]) in _PLACE_UNITS:
        return None  # "do" đó, "phuong" phường: before "van" / "thi" only, or before a
        # household's head count ("xom 7: ho duc nham 5 khau")
    if not spelled_as_surname(raw[0], doc, s) or words[0] in HONORIFICS:
        return None  # "ông lê phước": the honorific's path judges the words after it
    cue = lexicons().cues.before(doc, spans[0][1])
    if cue is not None and len(cue) > len(words[0]):
        return None  # "la nhan vien van phong": "nhân viên", an office's word with the word
        # before it (a cue of ``name_cues.tsv``), no "Viên Văn Phong"
    for k in (4, 3):
        if k > len(words) or not raw[k - 1].islower():
            continue
        name = words[:k]
        if name[-1] not in givens or name[1] not in middles:
            continue
        if not all(w in middles or w in givens for w in name[2:]):
            continue
        if (
            name[1] in HMONG_MIDDLES
            and name[0] in PLAIN_WORD_SURNAMES
            and name[0] not in minority_lexicon().clans
        ):
            continue  # "gửi lại a thắm nhé": "lại" (again), then chat's "a" (anh), no Hmong
            # middle name "A" (it follows a clan: "giàng a pao", "ma a su", "lìu a sáng")
        if k == 4 and (
            any(w in NEVER_IN_NAMES for w in name[1:])
            or name[3] in _RIGHT
            or (
                any(w in _RIGHT for w in name[1:3])
                # a middle name spelled as a verb ("bảo": báo) inside a name closed by
                # punctuation: "(nguyen ngoc bao tram)"
                and not (name[3] in givens and _PUNCT_END.match(folded, spans[3][1]))
            )
        ):
            continue
        if k == 4 and (
            _PLAIN_TOPIC_AFTER.match(text, spans[2][1])
            or PLAIN_PREDICATE_PAIR.match(folded, spans[2][1])  # "... hoan nhan tien": nhận
            or name_after(doc, spans[2][1])  # "ta van chien | le thi mo": a second name
            or (raw[3] in ("thì", "thi") and not _END.match(folded, spans[3][1]))
        ):
            continue  # "le quang toai thi chua": "thì" goes on with the sentence
        if not all(w.isascii() or spelling(w) in name_spellings() for w in raw[1:k]):
            continue
        e = spans[k - 1][1]
        marked = (
            _right_marked(folded, e, text)
            or spelled_word_after(text, e, raw[:k])
            or _TOPIC_AFTER.match(text, e) is not None
            or (k == 3 and _PLAIN_TOPIC_AFTER.match(text, e) is not None)
            or PLAIN_PREDICATE_PAIR.match(folded, e) is not None
            or ((k == 3 or vt) and name_after(doc, e))
        )
        if marked and not vt and _END.match(folded, e) is None and _phrase_across(folded, e):
            marked = False  # (after "văn" / "thị" the name's shape says more: "ho thi kim
            # chi," read short, its "chi" marking the end, is whole later)
        if not marked and not (coordinated and k == 3):
            continue
        if (
            k == 4
            and vt
            and f"{words[1]} {words[2]}" in lexicons().not_names
            and _PUNCT_END.match(folded, e) is None
        ):
            continue  # "phi thi hanh an chi thu khi": "thi hành (án)", a common phrase (not
            # only an everyday word: "phan thi thanh tam hay ..." is a name) going on with
            # the sentence; closed by a mark ("phi thi hanh an,") it may be a name
        # after a surname and "văn"/"thị" the words are a name's, when the end is marked
        # ("đỗ văn phòng xử lý": unmarked, "văn phòng" is the office)
        first = 2 if vt and marked else 0
        if any(everyday_pair(raw[q], raw[q + 1]) for q in range(first, k - 1)):
            return None
        if is_template_name(doc, name, s) or is_public_figure(text[s:e]):
            return None
        return e
    return None


def _right_marked(folded: str, e: int, text: str) -> bool:
    """Whether the end of a name is marked at ``e``: punctuation, the text's end, a number,
    a word of ``_RIGHT``, or "thì" ("lê quang toại thì chưa", "le quang toai thi chua"; not
    "thị" written so, a middle name; not in ``_RIGHT``: inside a name "thi" is Thị)."""
    if _END.match(folded, e):
        return True
    w = _WORD.match(folded, e + 1) if folded.startswith(" ", e) else None
    if w is not None and w.group() == "thi" and text[w.start() : w.end()] in ("thì", "thi"):
        last = folded[folded.rfind(" ", 0, e) + 1 : e]
        return not everyday_pair(last, "thi")  # "thuc hien chi thi": chỉ thị, a directive
    return (w is not None and w.group() in _RIGHT) or address_after(folded, e)


def _phrase_across(folded: str, e: int) -> bool:
    """Whether the name's last word and the word after it (one of ``_RIGHT``) spell an
    everyday word ("dau chi do mat": "độ mật"): the words go on into the phrase, the word
    after marks no end there."""
    w = _WORD.match(folded, e + 1) if folded.startswith(" ", e) else None
    last = folded[folded.rfind(" ", 0, e) + 1 : e]
    return w is not None and everyday_pair(last, w.group())


#: "thì" (then), "mà" (but) written with their diacritics after a name: the name is the
#: clause's topic ("..., lê quang toại thì chưa"); typed without them "thi" is "thị" as often
_TOPIC_AFTER = re.compile(r"[ \t]+(?:thì|mà)(?![^\W\d_])")
#: typed without diacritics, "thi" after three name words and before a word that goes on
#: with the sentence ("le quang toai thi chua ky")
_PLAIN_TOPIC_AFTER = re.compile(
    r"[ \t]+thi[ \t]+(?:chua|da|dang|se|cung|van|khong|co|lai|moi)(?![^\W\d_])"
)


#: what joins two names of a list in running text ("A và B", "A, B", "A với B")
_JOINED = re.compile(r"[ \t]*(?:[,;&][ \t]*|[ \t](?:va|voi|vs|and|hoac)[ \t]+)")
#: the same after a full name, a short note in brackets maybe between ("Mùa A Sênh (lớp 8B),
#: Lý Láo Tả (lớp 7A)": a list of pupils with their classes)
_JOINED_NOTED = re.compile(
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[,;&][ \t]*|[ \t](?:va|voi|vs|and|hoac)[ \t]+)"
)


#: the most frequent Kinh surnames (nine people in ten bear one): two surname-and-given-name
#: pairs joined to each other, neither confirmed, need them ("Khổng Tử và Mạnh Tử" are
#: philosophers, "Nguyễn An và Trần Bình" people; not "lý": "Lý Bạch và Đỗ Phủ" are poets)
_COMMON_SURNAMES = frozenset(
    {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do"}
    | {"ho", "ngo", "duong", "truong", "dinh", "doan", "lam", "mai", "trinh", "dao"}
)


def _common(doc: Document, d: Detection) -> bool:
    return doc.folded[d.start : d.end].split(" ", 1)[0] in _COMMON_SURNAMES


#: words that introduce a list of people, right before it in its sentence (folded): "học
#: viên gồm", "thành viên:", "phân công"
_PEOPLE_BEFORE = re.compile(
    r"(?<![a-z])(?:gom|hoc vien|thanh vien|nhan vien|can bo|cong chuc|vien chuc|giao vien"
    r"|hoc sinh|sinh vien|dong chi|cac anh chi|cac chi|cac anh|moi|phan cong|danh sach|ds"
    r"|to cong tac|doan kiem tra)(?![a-z])[^.;\n]{0,24}$"
)


def _raise_run(
    doc: Document, run: list[Detection], weak: list[Detection], raised: set[int]
) -> None:
    """Raise every weak name of ``run`` (names joined one to the next) when it holds three
    names or more right after words that introduce people: "học viên gồm Lê Na, Phí Hùng,
    Mã Khuê, Đàm Vân, Tạ Hiền" is a list of people whatever their surnames (two alone need
    the most common ones; "thơ của Lý Bạch, Đỗ Phủ, Vương Duy" are poets)."""
    if len(run) < 3 or not any(d in weak for d in run):
        return
    at = run[0].start
    if _PEOPLE_BEFORE.search(doc.folded, max(0, at - 60), at) is not None:
        raised.update(id(d) for d in run if d in weak)


def coordinated_two_words(doc: Document, found: list[Detection]) -> list[Detection]:
    """``found`` with each capitalised surname and given name alone ("Nguyễn An", scored
    below the floor: as often a shop or a company) raised to
    :data:`~.scores.SCORE_COORDINATED_TWO_WORDS` where it is joined to another name by "và",
    "với" or a comma ("so sánh lý lịch của Nguyễn An và Trần Bình"): a list of people; two
    such pairs joined to each other only with the most common surnames (``_COMMON_SURNAMES``)."""
    weak = [d for d in found if d.pattern == "person.surname_first" and d.score == SCORE_TWO_WORDS]
    if not weak:
        return found
    names = sorted(
        (d for d in found if d.score >= SCORE_TWO_WORDS and d.entity is EntityType.PERSON),
        key=lambda d: d.start,
    )
    raised: set[int] = set()
    run: list[Detection] = names[:1]
    for a, b in itertools.pairwise(names):
        m = _JOINED.match(doc.folded, a.end)
        if m is None or m.end() != b.start:
            _raise_run(doc, run, weak, raised)
            run = [b]
            continue
        run.append(b)
        if a in weak and b in weak and not (_common(doc, a) and _common(doc, b)):
            continue  # "Khổng Tử và Mạnh Tử": two weak ones need the most common surnames
        raised.update(id(d) for d in (a, b) if d in weak)
    _raise_run(doc, run, weak, raised)
    if not raised:
        return found
    return [
        dataclasses.replace(d, score=SCORE_COORDINATED_TWO_WORDS, context="coordinated")
        if id(d) in raised
        else d
        for d in found
    ]


#: a capitalised run of two to four words right after a joining word ("và", "với", a comma):
#: the next name in a list of people (checked on the text; the join on the folded view)
_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_NEXT_RUN = re.compile(
    rf"(?P<run>[{_CAPITAL}][^\W\d_]*(?:[ ][{_CAPITAL}][^\W\d_]*){{1,3}})"
    rf"(?![^\W\d_])(?![ ][{_CAPITAL}])"
)


#: place unit words typed without diacritics that open a residence after a name
_PLAIN_UNITS = frozenset({"thon", "xom", "ap", "ban", "buon", "lang", "soc", "phum", "to", "khu"})


#: the next name of a lower-case list: a surname, a middle name of the name's shape ("văn",
#: "thị"; the Hmong "a", "seo", "mí"), one word, then its end marked: punctuation, the text's
#: end, a number or a word that goes on with the sentence ("ở", "và", "cần", "đã" ...)
_NEXT_LOWER = re.compile(
    r"(?P<run>[^\W\d_]+ (?P<mid>[^\W\d_]+) [^\W\d_]+)"
    r"(?=[ \t]*(?:[,.;:()\n]|$|\d)"
    r"|[ \t]+(?:o|va|voi|la|can|da|bi|duoc|sinh|sdt|cccd|dang)(?![^\W\d_]))"
)
_SHAPE_MIDDLES = frozenset({"van", "thi", "a", "seo", "mi"})


def _coordinated_lower(
    doc: Document,
    anchor: Detection,
    at: int,
    surnames: frozenset[str],
    taken: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """The next name of a list of lower-case names ("sung a lenh va giang thi xo o ban pa
    cong", "lò văn pọm, cầm thị ơn,"): after a lower-case name of three words found, a lexicon
    surname, a middle name of a name's shape (``_SHAPE_MIDDLES``, spelled as one where
    written with diacritics) and one Vietnamese syllable, the end marked; no everyday pair,
    no figure. A given name outside the lexicon is common in minority names, and the list
    is the second piece of evidence. Between two names found, each joined to it by a comma,
    ";" or "và" (``_between_names``), any lexicon middle name and a lexicon given name will do
    ("ngo thi thanh huong, la quoc nam, kha van tien": "la" là, "quoc" no middle of the
    shape; the list on both sides is the evidence)."""
    if not doc.text[anchor.start : anchor.end].islower():
        return None
    m = _NEXT_LOWER.match(doc.folded, at)
    if m is None:
        return None
    s, e = m.span("run")
    raw = doc.text[s:e].split()
    folded = m.group("run").split()
    if (
        not doc.text[s:e].islower()
        or folded[0] not in surnames
        or folded[0] in _PLAIN_UNITS
        or (
            (
                folded[1] not in _SHAPE_MIDDLES
                or (not raw[1].isascii() and spelling(raw[1]) not in _MIDDLE_SPELLINGS)
            )
            and not _between_names(doc, folded, e, taken)
        )
        or not all(is_vietnamese_syllable(w) for w in folded)
        or any(everyday_pair(x, y) for x, y in itertools.pairwise(raw))
        or is_public_figure(doc.text[s:e])
    ):
        return None
    return s, e


_MIDDLE_SPELLINGS = frozenset(spelling(w) for w in ("văn", "thị", "a", "seo", "mí"))
#: what joins a list item to the next name: a comma, ";" or "và" / "với" (folded)
_JOINED_AFTER = re.compile(r"[ \t]*(?:[,;][ \t]*|[ \t]+(?:va|voi)[ \t]+)")


def _between_names(
    doc: Document, folded: Sequence[str], e: int, taken: Sequence[tuple[int, int]]
) -> bool:
    """Whether a lower-case run of three words (folded) between a name found and the list's
    separator at ``e`` is the list's item: a lexicon middle name and given name, the
    separator followed right away by another name found."""
    _, middles, givens, _, _ = lexicons()
    if folded[1] not in middles or folded[2] not in givens:
        return False
    j = _JOINED_AFTER.match(doc.folded, e)
    return j is not None and any(ts == j.end() for ts, _ in taken)


#: three lower-case words, then "và" / "với" or a comma, up to a name found (folded view)
_SIBLING_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<run>[a-z]+ [a-z]+ [a-z]+)(?:[ \t]+(?:va|voi)[ \t]+|[ \t]*,[ \t]*)\Z"
)


def _sibling_before(doc: Document, anchor: Detection) -> tuple[int, int] | None:
    """The name before a lower-case full name found, joined to it by "và", "với" or a comma,
    that shares its surname ("2 con lang duc minh va lang duc hoa dang hoc"): siblings or a
    couple named in one breath, the first of them typed plain where no path read it alone.
    Three words typed as the found name is (plain), the same surname, a lexicon middle name
    and given name, no everyday pair among them, no figure."""
    text, folded = doc.text, doc.folded
    name = text[anchor.start : anchor.end]
    if not name.islower() or not name.isascii():
        return None
    m = _SIBLING_BEFORE.search(folded, max(0, anchor.start - 48), anchor.start)
    if m is None:
        return None
    s, e = m.span("run")
    raw = text[s:e]
    words = m.group("run").split()
    _, middles, givens, _, _ = lexicons()
    if (
        not raw.islower()
        or not raw.isascii()
        or words[0] != folded[anchor.start : anchor.end].split()[0]
        or words[1] not in middles
        or words[2] not in givens
        or any(everyday_pair(x, y) for x, y in itertools.pairwise(words))
        or is_public_figure(raw)
    ):
        return None
    return s, e


def coordinated_runs(doc: Document, found: list[Detection], detector_id: str) -> list[Detection]:
    """The next name in a list of people that no path took: a full name found (three words
    or more, reported), then "và", "với" or a comma, then three or four capitalised words led
    by a lexicon surname, each a Vietnamese syllable ("Thạch Thị Sa Phol và Danh Sóc Kha",
    "Nguyễn Văn An và Trần Sóc Kha"): the list makes it a person's, as a cue would; the words
    hold no place, agency or everyday pair, and no figure ("... và Trần Hưng Đạo" is the other
    paths' to judge). In lower case, ``_coordinated_lower``."""
    anchors = [
        d
        for d in found
        if d.entity is EntityType.PERSON
        and d.score >= REPORT_FLOOR
        and doc.text.count(" ", d.start, d.end) >= 2
    ]
    if not anchors:
        return []
    surnames, _, _, not_names, _ = lexicons()
    taken = [(d.start, d.end) for d in found]
    out: list[Detection] = []
    for a in anchors:
        before = _sibling_before(doc, a)
        if before is not None and not any(ts < before[1] and before[0] < te for ts, te in taken):
            out.append(
                Detection(
                    EntityType.PERSON,
                    before[0],
                    before[1],
                    SCORE_COORDINATED_TWO_WORDS,
                    detector_id,
                    pattern="person.lower_case",
                    base_score=BASE_SURNAME_FIRST,
                    context="coordinated",
                )
            )
            taken.append(before)
    work = list(anchors)
    while work:
        a = work.pop(0)
        j = _JOINED_NOTED.match(doc.folded, a.end)
        if j is None:
            continue
        m = _NEXT_RUN.match(doc.text, j.end())
        if m is None:
            lower = _coordinated_lower(doc, a, j.end(), surnames, taken)
            if lower is not None and not any(ts < lower[1] and lower[0] < te for ts, te in taken):
                out.append(
                    Detection(
                        EntityType.PERSON,
                        lower[0],
                        lower[1],
                        SCORE_COORDINATED_TWO_WORDS,
                        detector_id,
                        pattern="person.lower_case",
                        base_score=BASE_SURNAME_FIRST,
                        context="coordinated",
                    )
                )
                taken.append(lower)
            continue
        s, e = m.span("run")
        if any(ts < e and s < te for ts, te in taken):
            continue
        raw = m.group("run").split()
        folded = [fold_word(w) for w in raw]
        if (
            len(raw) < 3
            or (folded[0] not in surnames and not _unlisted_surname(raw, folded))
            # "CẦM THỊ XOAN, BẢN HUA LA": a residence after the name, its unit word first
            or spelling(raw[0]) in NOT_PERSON_BEFORE_SPELLINGS
            or folded[0] in _PLAIN_UNITS
            or not all(is_vietnamese_syllable(w.lower()) for w in raw)
            or any(f"{x} {y}" in not_names for x, y in itertools.pairwise(folded))
            or any(everyday_pair(x, y) for x, y in itertools.pairwise(raw))
            or is_public_figure(m.group("run"))
            or among_places(doc, s, e)
        ):
            continue
        out.append(
            Detection(
                EntityType.PERSON,
                s,
                e,
                SCORE_COORDINATED_TWO_WORDS,
                detector_id,
                pattern="person.surname_first",
                base_score=BASE_SURNAME_FIRST,
                context="coordinated",
            )
        )
        taken.append((s, e))
        work.append(out[-1])  # the list goes on after it ("..., LANH THI SEN, HOANG VAN PAN")
    return out


def _unlisted_surname(raw: list[str], folded: list[str]) -> bool:
    """Whether three words next in a list of people are a name whose surname no lexicon holds
    (a Tày, Nùng or Thái one: "LÃNH THỊ SEN", "Lãnh Văn Pàn"): "văn" / "thị" second, as the
    list's other names are written (in capitals or capitalised), the first word no unit of a
    place (``_PLAIN_UNITS``)."""
    return (
        len(raw) == 3
        and folded[1] in ("van", "thi")
        and (all(w.isupper() for w in raw) or all(w.istitle() for w in raw))
        and folded[0] not in _PLAIN_UNITS
    )
