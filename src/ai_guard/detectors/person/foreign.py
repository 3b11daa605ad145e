"""Foreign names in Vietnamese documents: Japanese, Korean, Chinese (pinyin), Western, Thai,
Lao and Indian.

Residence and work permits, investment files and letters name foreigners in their own order
and spelling: "Tanaka Hiroshi", "Kim Min-jun" (a Korean given name joined by a hyphen), "Wang
Xiaoming", "Mr. John O'Brien", "bà Mary-Jane Smith". The run of capitalised words the walk
found is widened over hyphens ("Min-jun", "Jean-Pierre"), then judged by the lexicon
``foreign_names.tsv`` and the shape of the words (:mod:`.shape`). A name is reported on:

* a surname and a given name of the same language ("Tanaka Hiroshi", "John Smith"); for
  Chinese, one of them must also not be a Vietnamese syllable ("Tan Min" is Vietnamese typed
  without diacritics, "Wang Wei" is not);
* a Korean surname and a hyphenated given name ("Park Ji-hoon");
* a common Western given name and a word that is no Vietnamese syllable ("Anna Karenina");
* any of these words after a cue ("ông Suzuki Kenji", "Ms. Anna Müller").

A word that makes the phrase a company, a product or a place ("Motor", "Electronics",
"Group", "Street") ends the candidate: "Suzuki Motor" is a company.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import (
    CUE_REACH,
    NOT_PERSON_BEFORE,
    PLACE_WORD_REACH,
    cue_before,
    english_to_before,
)
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.scores import (
    SCORE_CUED,
    SCORE_FOREIGN,
    SCORE_FOREIGN_SHAPE,
    foreign_hit,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.views import folded_cased_bytes
from ai_guard.text import Document, data, fold_word

__all__ = [
    "PARTICLE_WORDS",
    "ForeignLexicon",
    "foreign_lexicon",
    "foreign_name",
    "foreign_starts",
    "is_foreign_word",
    "nationality_marked_names",
    "particle_names",
]


class ForeignLexicon(NamedTuple):
    """``foreign_names.tsv``, folded and without apostrophes."""

    #: word -> the languages it is a surname in
    surnames: dict[str, frozenset[str]]
    #: word -> the languages it is a given name in
    givens: dict[str, frozenset[str]]
    orgs: frozenset[str]


@lru_cache(maxsize=1)
def foreign_lexicon() -> ForeignLexicon:
    """The lexicon, read on first use."""
    sur: dict[str, set[str]] = {}
    giv: dict[str, set[str]] = {}
    orgs: set[str] = set()
    for row in data.rows("detectors/foreign_names.tsv"):
        if len(row) < 3:
            continue
        word, kind, origin = _key(row[0]), row[1], row[2]
        if kind == "surname":
            sur.setdefault(word, set()).add(origin)
        elif kind == "given":
            giv.setdefault(word, set()).add(origin)
        elif kind == "org":
            orgs.add(word)
    return ForeignLexicon(
        {k: frozenset(v) for k, v in sur.items()},
        {k: frozenset(v) for k, v in giv.items()},
        frozenset(orgs),
    )


def _key(word: str) -> str:
    return fold_word(word).replace("'", "")


def is_foreign_word(folded_word: str) -> bool:
    """Whether a folded capitalised word is a foreign surname or given name (the walk's gate)."""
    lex = foreign_lexicon()
    w = folded_word.replace("'", "") if "'" in folded_word else folded_word
    return w in lex.surnames or w in lex.givens


def foreign_starts(folded: list[str], raw: list[str]) -> tuple[bool, ...]:
    """Per word of a run (``folded``, and ``raw`` as written): whether :func:`foreign_name`
    may find a name starting there, judged from the words alone (worked out once per run): a
    foreign name word written without Vietnamese diacritics, followed by a word that is a
    foreign name word too or is no Vietnamese syllable ("Hà Nội", "Ha Noi", "Việt Nam" are
    not looked at)."""
    out = []
    n = len(folded)
    givens = foreign_lexicon().givens
    for j, w in enumerate(folded):
        r = raw[j]
        out.append(
            j + 1 < n
            and (
                (
                    is_foreign_word(w)
                    and _no_vietnamese_marks(r)
                    and (
                        is_foreign_word(folded[j + 1])
                        or not is_vietnamese_syllable(raw[j + 1])
                        or not is_vietnamese_syllable(r)
                    )
                )
                # a Japanese family name no lexicon lists before a Japanese given name
                or ("ja" in givens.get(folded[j + 1], ()) and _japanese_shaped(r))
            )
        )
    return tuple(out)


def _no_vietnamese_marks(word: str) -> bool:
    """Whether ``word`` bears no Vietnamese diacritic: none at all, or marks no Vietnamese
    syllable takes so (a European name's accents: "François", "Hélène", "Lefèvre", "Amélie")."""
    return word.isascii() or fold_word(word) == word.lower() or not is_vietnamese_syllable(word)


# a hyphenated part after a word ("Min-jun", "Jean-Pierre"; not a polite suffix: "Kenji-san"),
# and before one
_HYPHEN_AFTER = re.compile(r"-(?!(?i:san|sama|kun|chan|sensei|ssi|nim)\b)[^\W\d_]+(?:'[^\W\d_]+)*")
_HYPHEN_BEFORE = re.compile(r"[A-Z][^\W\d_]*-$")
# a romanised Korean given name: two syllables joined by a hyphen, the second in lower case
# (the first too in chat: "kim ji-hoon")
_KOREAN_GIVEN = re.compile(r"[A-Za-z][a-z]{0,5}-[a-z]{1,6}")


def _widen(text: str, span: tuple[int, int], first: bool) -> tuple[int, int]:
    a, b = span
    m = _HYPHEN_AFTER.match(text, b)
    if m is not None:
        b = m.end()
    if first and a > 1 and text[a - 1] == "-":
        m2 = _HYPHEN_BEFORE.search(text, max(0, a - 20), a)
        if m2 is not None and (m2.start() == 0 or not text[m2.start() - 1].isalnum()):
            a = m2.start()
    return a, b


#: chat's shorthands in lower case that spell a foreign lexicon's word ("ng": người)
_CHAT_SHORTHANDS = frozenset({"ng", "ngta"})


#: chat's "không" typed short in lower case ("ko dc", "ko nghe"), which spell a foreign
#: lexicon's surname ("Ko")
_CHAT_NEGATIONS = frozenset({"ko", "k", "kg", "hk", "hok"})


def foreign_name(
    doc: Document,
    words: list[tuple[int, int]],
    folded: list[str],
    i: int,
    detector_id: str,
    *,
    known_cue: str | None = None,
    chat_cue: str | None = None,
) -> Detection | None:
    """The foreign name that starts at ``words[i]`` (spans of a run of capitalised words,
    ``folded`` their folded forms), or None. ``known_cue``: a cue the caller found that no
    window before the words holds (a name column's header over the cell: "visitor" over "li
    wei"), weighed as a cue before them. ``chat_cue``: as :func:`.minority.minority_name`
    takes it."""
    lex = foreign_lexicon()
    text = doc.text
    spans = [_widen(text, words[j], j == i) for j in range(i, min(len(words), i + 4))]
    # a word the hyphen joined to the one before is inside it ("Jean-Luc Ferrand": "Luc" is
    # no second word, and as one it spelled a Vietnamese syllable and hid the surname)
    spans = [sp for k, sp in enumerate(spans) if k == 0 or sp[0] >= spans[k - 1][1]]
    if len(spans) < 2:
        return None
    raws = [text[a:b] for a, b in spans]
    if raws[0] in _CHAT_SHORTHANDS and is_vietnamese_syllable(raws[1]):
        return None  # "co ng ten son thi kim ngan": "ng" is chat's "người", no Cantonese Ng
    if raws[0] in _CHAT_NEGATIONS:
        return None  # "e goi ong ko dc": "ko" is chat's "không" in lower case, no Korean Ko
    keys = [_key(r) for r in raws]
    cut = next(
        (
            k
            for k, w in enumerate(keys)
            if w in lex.orgs or (k and w in _ENGLISH_CLOSERS and raws[k].islower())
        ),
        len(keys),
    )
    if cut < 2:
        return None  # "Suzuki Motor", "Kim Long Group"
    spans, raws, keys = spans[:cut], raws[:cut], keys[:cut]
    start = spans[0][0]
    korean = "ko" in lex.surnames.get(keys[0], frozenset()) and bool(
        _KOREAN_GIVEN.fullmatch(raws[1].capitalize())
    )
    parts = [k.split("-") for k in keys]
    titled = _FOREIGN_TITLE.search(doc.folded, max(0, start - 8), start) is not None
    judged = _judge(lex, raws, keys, parts, titled=titled)
    particle = _after_particles(keys, raws)
    chinese = _chinese_three(lex, raws, keys)
    if judged is None and not particle and not chinese and not _cued_shape(lex, raws, parts):
        # the words alone settle it: no cue makes a name of them (asked before the two cue
        # windows, ~10 us on a fresh document: "công chức sử dụng chatbot", where "sử"
        # opens a Chinese name)
        return None
    place = None if korean else cue_before(NOT_PERSON_BEFORE, doc, start, PLACE_WORD_REACH)
    if place is not None and not (place == "to" and english_to_before(doc, start)):
        return None  # "tổ Kim Long"; no place is named "Kim Ji-woo" ("email to kim ji-woo")
    if " ".join(folded[i : i + 2]) in lexicons().not_names and "-" not in raws[1]:
        return None  # "Kim Long" is a place, "Kim Dong-hyun" no street named after Kim Đồng
    cue = known_cue or cue_before(lexicons().cues, doc, start, CUE_REACH) or chat_cue
    if judged is None and particle and (cue or titled or "west" in _origins(lex.givens, parts[0])):
        # "anna de vries", "mr johannes van der berg": a given name, particles, a surname
        judged = particle, SCORE_FOREIGN
    if judged is None and chinese and (cue or titled):
        judged = 3, SCORE_CUED  # "bà Lin Mei Hua": three syllables of Chinese names
    if judged is None:
        if not cue or not _cued_shape(lex, raws, parts):
            return None
        take, score = 2, SCORE_CUED
    else:
        take, score = judged[0], (SCORE_CUED if cue else judged[1])
    # the rest of the name: "Maria Clara Santos", "Pierre Antoine Dubois" (a name cut after
    # two words leaves its surname visible)
    if take == 2 and chinese:
        take = 3  # "Chen Wei Ming": a given name of two syllables written apart
    if take == 2 and _korean_third(doc, lex, raws, keys, spans):
        take = 3  # "park sung min": a Korean given name of two syllables written apart
    while take < len(spans) and (
        _goes_on(lex, raws[take], keys[take]) or _closing_surname(doc, raws[take], spans[take])
    ):
        take += 1
    take = _through_particles(raws, keys, take)
    return foreign_hit(start, spans[take - 1][1], detector_id, cue, score)


#: a syllable of Korean as the Revised Romanisation writes it (and "oo" as names still are:
#: "Yoon", "Joon", "Soo"): an initial, a vowel, a final
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndtrmbpsjhyw])?"
    r"(?:yeo|yae|wae|eo|ae|ya|ye|yo|yu|eu|ui|wa|wo|we|wi|oe|oo|a|e|i|o|u)(?:ng|[kntlmp])?"
)
#: what marks a name's end after its third word ("park sung min và chị ...", "..., ")
_THIRD_CLOSED = re.compile(r"[ \t]*(?:[,.;:()\n]|$|(?:và|va|and|voi|với)(?![^\W\d_]))")


def _korean_third(
    doc: Document,
    lex: ForeignLexicon,
    raws: list[str],
    keys: list[str],
    spans: list[tuple[int, int]],
) -> bool:
    """Whether the third word finishes a Korean name whose given name is written apart ("park
    sung min", "Park Sung Min"): a Korean surname no Vietnamese syllable spells ("park",
    "choi", not "kim": "Kim Anh Thu" is Vietnamese), a second word of Korean's shape, a
    third written alike and of Korean's shape too, the name's end marked right after it (or,
    all three capitalised, by a word in lower case: "ông Park Sung Ho thuê nhà"). "Kim" and
    "Lee" spell Vietnamese syllables: Korean where one of the two words after them spells none
    ("kim tae gyun", not "Kim Anh Thu")."""
    if len(raws) < 3 or "ko" not in lex.surnames.get(keys[0], frozenset()):
        return False
    second, third = raws[1], raws[2]
    if not (second.islower() == third.islower() and second.isascii() and third.isascii()):
        return False
    if not all(_KOREAN_SYLLABLE.fullmatch(w.lower()) for w in (second, third)):
        return False
    if is_vietnamese_syllable(raws[0]) and all(is_vietnamese_syllable(w) for w in (second, third)):
        return False
    end = spans[2][1]
    if _THIRD_CLOSED.match(doc.text, end) is not None:
        return True
    titled = all(w[:1].isupper() and w[1:].islower() for w in raws[:3])
    nxt = _LOWER_NEXT.match(doc.text, end)
    return titled and nxt is not None


#: a word in lower case after a name's last word ("Park Sung Ho thuê nhà"): the name ends there
_LOWER_NEXT = re.compile(r"[ \t]+[^\W\d_A-ZĐ]")


def _chinese_three(lex: ForeignLexicon, raws: list[str], keys: list[str]) -> bool:
    """Whether the first three words are a Chinese surname and a given name of two syllables
    written apart, as Taiwan and Hong Kong passports and Vietnamese documents write them
    ("Chen Wei Ming", "lin mei hua"): each in the lexicon, written alike (all capitalised or
    all in lower case), none with a Vietnamese diacritic or a hyphen."""
    if len(keys) < 3 or "zh" not in lex.surnames.get(keys[0], frozenset()):
        return False
    if not all("zh" in lex.givens.get(k, frozenset()) for k in keys[1:3]):
        return False
    words = raws[:3]
    alike = all(w.islower() for w in words) or all(w[:1].isupper() for w in words)
    return alike and all(_no_vietnamese_marks(w) and "-" not in w for w in words)


#: surname particles (``_PARTICLE``), folded
PARTICLE_WORDS = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "ten"}
    | {"ter", "bin", "al", "la", "le", "los", "las", "dela", "delos"}
)


def _after_particles(keys: list[str], raws: list[str]) -> int:
    """How many words a name of a given name, particles and a surname takes ("anna de vries":
    3), or 0 when the words are not so."""
    q = 1
    while q < len(keys) and keys[q] in PARTICLE_WORDS:
        q += 1
    if q == 1 or q >= len(keys) or is_vietnamese_syllable(raws[q]):
        return 0
    return q + 1


def _through_particles(raws: list[str], keys: list[str], take: int) -> int:
    """The words a name takes with the surname after its particles ("john van der berg" in
    lower case, where the judged pair was "john van"): a particle is never the name's end."""
    start = take - 1 if take >= 2 and keys[take - 1] in PARTICLE_WORDS else take
    q = start
    while q < len(keys) and keys[q] in PARTICLE_WORDS:
        q += 1
    if q > start and q < len(keys) and not is_vietnamese_syllable(raws[q]):
        return q + 1
    return take


def _goes_on(lex: ForeignLexicon, raw: str, key: str) -> bool:
    """Whether a capitalised word after a foreign name found is more of it: written without
    Vietnamese diacritics, no company's word, and no Vietnamese syllable (not "Hà", "Nam",
    "Phan": a Vietnamese word after the name starts something else); in lower case, only a
    name word of the lexicon ("rajesh kumar iyer")."""
    if not _no_vietnamese_marks(raw) or key in lex.orgs:
        return False
    if not raw[:1].isupper():
        # in lower case, a listed name word only ("rajesh kumar iyer")
        listed = key in lex.surnames or key in lex.givens
        return raw.islower() and listed and not is_vietnamese_syllable(raw)
    return "-" in raw or not is_vietnamese_syllable(raw)


#: punctuation that closes a name right after its last word
_CLOSED = re.compile(r"[ \t]*(?:[,.;:()\n]|$)")


def _closing_surname(doc: Document, raw: str, span: tuple[int, int]) -> bool:
    """Whether a lower-case word after a foreign given name and a second word is the name's
    surname though no lexicon holds it: no Vietnamese syllable, no English word that ends a
    name, punctuation right after it ("my name is oliver james whitcombe, british ...")."""
    return (
        raw.islower()
        and raw.isascii()
        and raw.isalpha()
        and len(raw) > 2
        and raw not in _ENGLISH_CLOSERS
        and not is_vietnamese_syllable(raw)
        and _CLOSED.match(doc.text, span[1]) is not None
    )


#: English words typed in lower case after a name, never a part of it ("sent to dr
#: patel this morning", "ask priya and raj"): the name ends before them
_ENGLISH_CLOSERS = frozenset(
    {"this", "that", "the", "and", "or", "to", "from", "for", "with", "at", "by", "on", "in"}
    | {"is", "was", "will", "can", "has", "had", "said", "says", "asked", "sent", "about"}
    | {"pls", "please", "today", "tomorrow", "yesterday", "morning", "asap", "too", "also"}
    | {"vs"}  # chat's "với" ("chu nam vs a duc"), English's "versus"
)
#: a title written the foreign way right before a name ("Mr.", "Ms", "Mrs", "Madam"): the
#: words after it are a foreigner's name even where Vietnamese syllables spell them
_FOREIGN_TITLE = re.compile(r"(?<![a-z])(?:mr|mrs|ms|miss|madam|mme|herr|frau)\.?[ \t]+$")
#: the origins whose names are written given name first (Western, Thai, Lao, Indian)
_GIVEN_FIRST = frozenset({"west", "th", "lo", "in"})


def _origins(table: dict[str, frozenset[str]], parts: list[str]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for p in parts:
        out |= table.get(p, frozenset())
    return out


#: an Irish or Scottish surname by its shape: O' or Mc / Mac and a word ("O'Donnell",
#: "o'brien", "McAllister"), no Vietnamese word
_GAELIC_SURNAME = re.compile(r"(?i:o['’][a-z]{3,}|mc[a-z]{3,}|mac[bcdfgklmnpqrstw][a-z]{3,})")


def _judge(
    lex: ForeignLexicon,
    raws: list[str],
    keys: list[str],
    parts: list[list[str]],
    *,
    titled: bool = False,
) -> tuple[int, float] | None:
    """(words taken, score) where the words themselves show a foreign name, else None. A
    Chinese surname and given name that Vietnamese syllables spell too ("Li Na", "Liu Mei")
    need a title written the foreign way right before them (``titled``: "Mr. Li Na")."""
    s0 = _origins(lex.surnames, [keys[0]])
    g0 = _origins(lex.givens, parts[0])
    # a double-barrelled surname is judged by its parts ("John Smith-Taylor")
    s1 = _origins(lex.surnames, [keys[1], *parts[1]] if len(parts[1]) > 1 else [keys[1]])
    if _GAELIC_SURNAME.fullmatch(raws[1]):
        s1 |= {"west"}  # "Rebecca O'Donnell", "sean mcallister": too many to list
    g1 = _origins(lex.givens, parts[1]) or _pinyin_given(raws[1])
    if "ko" in s0 and _KOREAN_GIVEN.fullmatch(raws[1].capitalize()):
        # (in capitals too: "CHOI MIN-SEOK" in a passport's line)
        return 2, SCORE_FOREIGN  # "Kim Min-jun"
    if "ko" in s0 and _korean_apart(raws):
        return 3, SCORE_FOREIGN  # "kim tae gyun": a given name written apart, not Vietnamese
    pair = (s0 & g1) | (g0 & s1)
    if pair - {"zh"} or (
        "zh" in pair and (titled or not all(is_vietnamese_syllable(r) for r in raws[:2]))
    ):
        take = 2
        if len(keys) > 2 and "west" in g0 and "west" in _origins(lex.surnames, [keys[2]]):
            take = 3  # "John Fitzgerald Kennedy"
        return take, SCORE_FOREIGN
    if ("ja" in g1 and _japanese_shaped(raws[0])) or ("ja" in g0 and _japanese_shaped(raws[1])):
        # "Matsumura Haruki", "Haruki Matsumura": a Japanese given name beside a word spelled
        # as Japanese is romanised and as no Vietnamese syllable (the family names are too
        # many to list)
        return 2, SCORE_FOREIGN_SHAPE
    if g0 & _GIVEN_FIRST and not is_vietnamese_syllable(raws[1]) and "-" not in raws[1]:
        # "Anna Karenina", "Somchai Wongpanit", "Bounmy Phommachanh": a given name of a
        # language that writes it first, then a family name too varied to list
        return 2, SCORE_FOREIGN_SHAPE
    return None


def _korean_apart(raws: list[str]) -> bool:
    """Whether the two words after a Korean surname are a given name written apart that no
    Vietnamese reading takes: both of Korean's shape, written alike, one of them no Vietnamese
    syllable by its letters ("kim tae gyun", "Park Jae Hyuk"; not "kim chi han", "Kim Anh
    Thu")."""
    if len(raws) < 3:
        return False
    second, third = raws[1], raws[2]
    if not (second.isascii() and third.isascii() and second.islower() == third.islower()):
        return False
    if not all(_KOREAN_SYLLABLE.fullmatch(w.lower()) for w in (second, third)):
        return False
    return any(_KOREAN_ONLY.search(w.lower()) for w in (second, third))


#: letters of romanised Korean that no Vietnamese syllable spells ("tae", "seo", "eun", "hee",
#: "gyun", "hyun", "young", "hoon", "jun", "woo"), where the syllable test's loose shape takes
#: the word
_KOREAN_ONLY = re.compile(r"ae|eo|eu|ee|yu|yo|oo(?!ng)|^[jfwz]|^[gkhbp]y")


#: a pinyin syllable without its tone (an initial and a final that go together, roughly)
_PINYIN_SYLLABLE = (
    r"(?:[jqx](?:iong|iang|iao|ian|ia|ie|iu|ing|in|i|uan|ue|un|u)"
    r"|y(?:ang|ao|an|a|e|ou|ong|ing|in|i|uan|ue|un|u)"
    r"|w(?:ang|eng|ai|ei|an|en|a|o|u)"
    r"|(?:zh|ch|sh|[rzcs])(?:uang|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|ua|uo|ui|un|a|e|u|i)"
    r"|[gkh](?:uang|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|ua|uo|ui|un|a|e|u)"
    r"|[bpmfdtnl](?:iang|iao|ian|ing|ang|eng|ong|ai|ei|ao|ou|an|en|ia|ie|iu|in|uan|uo|ui|un"
    r"|a|o|e|i|u)"
    r"|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))"
)
#: a Chinese given name of two syllables written as one word ("Yuting", "Zhiwei", "Haoran")
_PINYIN_PAIR = re.compile(_PINYIN_SYLLABLE * 2)


def _pinyin_given(raw: str) -> frozenset[str]:
    """{"zh"} where ``raw`` (capitalised or in lower case as chat types it, ASCII) is two
    pinyin syllables written as one word and no Vietnamese syllable ("Chen Yuting", "cua zhang
    wenhui va ...": the lexicon lists the given names of one syllable and a few of two; the
    two-syllable ones are too many to list), else empty."""
    if (
        len(raw) < 4
        or not raw.isascii()
        or not (raw.islower() or (raw[0].isupper() and raw[1:].islower()))
        or is_vietnamese_syllable(raw)
        or _PINYIN_PAIR.fullmatch(raw.lower()) is None
    ):
        return frozenset()
    return frozenset({"zh"})


#: a word romanised from Japanese (Hepburn): morae of an optional consonant (with "y" after
#: it) and a vowel, or "n", three morae or more ("Matsumura", "Hasegawa", "Nishimoto")
_JAPANESE_WORD = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|y|w)?[aiueo]|n(?![aiueoy])){3,}", re.IGNORECASE
)


def _japanese_shaped(raw: str) -> bool:
    """Whether ``raw`` reads as a Japanese family name romanised and as no Vietnamese
    syllable (``_JAPANESE_WORD``; ASCII, capitalised or in capitals)."""
    return raw.isascii() and bool(_JAPANESE_WORD.fullmatch(raw)) and not is_vietnamese_syllable(raw)


def _cued_shape(lex: ForeignLexicon, raws: list[str], parts: list[list[str]]) -> bool:
    """After a cue: a foreign name word and a word that is no Vietnamese syllable; when the
    known word is Chinese alone, that word a pinyin syllable too (a Chinese name is written in
    pinyin: "em xin pass wifi", "anh xin file" are a verb and an English word)."""
    origins = [_origins(lex.surnames, p) | _origins(lex.givens, p) for p in parts[:2]]
    if not any(origins) or all(is_vietnamese_syllable(r) for r in raws[:2]):
        return False
    if set().union(*origins) == {"zh"}:
        return all(
            is_vietnamese_syllable(r) or _PINYIN.fullmatch(r.lower()) is not None for r in raws[:2]
        )
    return True


#: pinyin's finals, longest first; those after "f" and "w" open with no "i" ("fi", "wi" are none)
_PINYIN_FINALS = (
    "iang|iong|uang|ueng|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ui|ao|ou|iu|ie|ue|ve"
    "|er|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v"
)
#: one to three pinyin syllables without their tone marks, written as one word ("wei",
#: "zhiqiang", "weiming"); no English word that is not one ("pass", "file", "link", "wifi")
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmdtnlgkhjqxrzcsy])?(?:"
    + _PINYIN_FINALS
    + r")|[fw](?:ang|eng|ong|ai|ei|ao|ou|an|en|a|o|e|u)){1,3}"
)


#: a surname particle of Dutch, German, French, Italian, Spanish, Portuguese or Arabic names,
#: in lower case between capitalised words ("Johannes van der Berg", "Anna de Vries", "Ludwig
#: van Beethoven", "Maria da Silva", the Filipino "Marco dela Cruz", "Ana delos Santos"), then
#: the capitalised surname
_PARTICLE = re.compile(
    r"(?<=[A-Za-z.] )(?:van|von|de|der|den|da|di|du|del|della|dela|delos|dos|das|bin|binti|ibn)"
    r"(?: (?:der|den|de|la|le|los|las))? (?=[A-Z][a-z])"
)
#: an Arabic name's chain after "bin"/"ibn": more fathers' names, the family name with its
#: article ("Ahmed bin Khalid Al-Mansoori", "Omar ibn Said bin Ali")
_ARABIC = frozenset({"bin", "binti", "ibn"})
_ARABIC_CHAIN = re.compile(r"(?: (?:bin|binti|ibn) [A-Z][a-z]+)*(?: (?:Al|El|al|el)-[A-Z][a-z]+)?")
#: one or two capitalised ASCII words right before the particle, and the honorific or title
#: before them, if any
_BEFORE_PARTICLE = re.compile(
    r"(?:(?P<cue>(?i:ông|bà|anh|chị|cô|ngài|ong|ba|chi|co|ngai|mr|mrs|ms|miss|madam|dr|prof)\.?)"
    r"[ \t]+)?"
    r"(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: (?P<second>[A-Z][a-z]+))? $"
)
#: a title right before the particle, no given name between ("Mr. van der Meulen", "bà de
#: Vries"): the particle starts the name
_TITLE_BEFORE_PARTICLE = re.compile(
    r"(?<![^\W\d_])(?P<cue>(?i:ông|bà|ngài|mr|mrs|ms|miss|madam|dr|prof)\.?)[ \t]+$"
)
_SURNAME_AFTER = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])")


#: a particle between spaces before a capital or a second particle, on the folded text's
#: bytes (one a character, the case kept): the cheap search before the pattern
_PARTICLE_SKETCH = re.compile(
    rb" (?:d(?:e(?:l(?:la|a|os)?|r|n)?|[aiu]|os|as)|v[ao]n|bin(?:ti)?|ibn)"
    rb" (?:(?:der|den|de|la|le|los|las) )?[A-Z]"
)


#: what :func:`particle_names` needs: a capital (the surname after the particle) and two words
PARTICLE_NEEDS = Needs(capital=True, words=2)


def particle_names(doc: Document, detector_id: str) -> list[Detection]:
    """Western names whose surname takes a lower-case particle ("ông Johannes van der Berg",
    "bà Anna de Vries"): the capitalised runs stop at the particle, and the pieces on each
    side show no name alone. One or two capitalised words, the particle, a capitalised
    surname that no Vietnamese syllable spells; the first word a Western given name of the
    lexicon or an honorific or a title before it ("Nguyen van Hai", typed without diacritics,
    is left to the other paths); or a title right before the particle, the surname alone
    ("Mr. van der Meulen")."""
    text = doc.text
    sketch = folded_cased_bytes(doc)
    starts = [m.start() + 1 for m in _PARTICLE_SKETCH.finditer(sketch)]
    if not starts:
        return []
    lex = foreign_lexicon()
    out: list[Detection] = []
    for start_at in starts:
        m = _PARTICLE.match(text, start_at)
        if m is None:
            continue
        sur = _SURNAME_AFTER.match(text, m.end())
        if sur is None or is_vietnamese_syllable(sur.group()):
            continue
        before = _BEFORE_PARTICLE.search(text, max(0, m.start() - 48), m.start())
        if before is None:
            titled = _TITLE_BEFORE_PARTICLE.search(text, max(0, m.start() - 10), m.start())
            if titled is not None and m.group().strip() not in _ARABIC:
                out.append(
                    foreign_hit(m.start(), sur.end(), detector_id, titled.group("cue"), SCORE_CUED)
                )
            continue
        start = before.start("given")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            continue
        given = before.group("given")
        western = "west" in lex.givens.get(_key(given.split("-")[0]), frozenset())
        if not western and before.group("cue") is None:
            continue
        if is_vietnamese_syllable(given) and not western and before.group("cue") is None:
            continue  # "Nguyen van Hai" typed without diacritics: a Vietnamese name (with a
            # cue, the surname no Vietnamese syllable spells says otherwise: "Ông Tom van der
            # Berg")
        end = sur.end()
        chain = _ARABIC_CHAIN.match(text, end) if m.group().strip() in _ARABIC else None
        if chain is not None:
            end = chain.end()
        cue = before.group("cue")
        out.append(foreign_hit(start, end, detector_id, cue, SCORE_CUED if cue else SCORE_FOREIGN))
    return out


#: the countries a list of foreigners names in brackets after each name ("Thanawat Srisombat
#: (Thái Lan) và Khamphouvanh Sisavath (Lào)"), folded
_NATIONALITIES = frozenset(
    ("lao", "thai lan", "han quoc", "nhat ban", "trung quoc", "dai loan", "campuchia", "my",
     "hoa ky", "phap", "duc", "anh", "uc", "nga", "y", "tay ban nha", "ha lan", "canada",
     "philippines", "indonesia", "malaysia", "singapore", "myanmar", "an do", "mong co",
     "trieu tien", "new zealand", "thuy dien", "bi", "ba lan", "sec", "brazil", "mexico")
)  # fmt: skip
#: a bracket's short content (the country, looked at from each "(")
_BRACKETED = re.compile(r"\(([^()\n]{1,16})\)")
#: two to four capitalised words typed in Latin letters (a hyphen may join a given name's
#: parts) right before the bracket, searched in the few characters before it
_NAME_BEFORE_BRACKET = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
    r"(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})[ \t]*$"
)


def nationality_marked_names(
    doc: Document, found: list[Detection], detector_id: str
) -> list[Detection]:
    """Foreigners' names with their country in brackets after them, as lists of students,
    workers and experts give them ("Khamphouvanh Sisavath (Lào)", "Choi Min-ho (Hàn Quốc)"):
    two to four capitalised words typed in Latin letters, one at least no Vietnamese syllable
    ("Nguyen Van An (Mỹ)" is a Vietnamese name typed plain, left to the other paths), one at
    least a surname or a given name of the lexicon (no film's title: "Avatar Way (Mỹ)"), no word
    that makes a company or a product of them ("Samsung Electronics (Hàn Quốc)"), the bracket
    a country's name. Apart from the spans found."""
    text = doc.text
    if "(" not in text:
        return []
    lex = foreign_lexicon()
    out: list[Detection] = []
    at = text.find("(")
    while at >= 0:
        bracket = _BRACKETED.match(text, at)
        m = (
            _NAME_BEFORE_BRACKET.search(text, max(0, at - 72), at)
            if bracket is not None and fold_word(bracket.group(1).strip()) in _NATIONALITIES
            else None
        )
        at = text.find("(", at + 1)
        if m is None:
            continue
        s, e = m.span("name")
        words = m.group("name").split(" ")
        keys = [_key(w.split("-")[0]) for w in words]
        if any(k in lex.orgs for k in keys) or all(is_vietnamese_syllable(w) for w in words):
            continue
        if not any(k in lex.surnames or k in lex.givens for k in keys):
            continue  # "Avatar Way (Mỹ)": a film's title; a name holds a word of the lexicon
        if any(f.start < e and s < f.end for f in found):
            continue
        out.append(foreign_hit(s, e, detector_id, "nationality"))
    return out
