"""Ethnic-minority names: clan names, name prefixes and the shape of the words.

Names of the Central Highlands are not built like Kinh names. An Ede name is a prefix, a given
name and a matrilineal clan name ("Y Moan Niê", "H Bia Mlô", "H'Hen Niê"); a Jrai name often
puts the clan first ("Ksor H'Ni", "Rơ Châm Pứ", "Kpă Y Lơn"); Bahnar men are "A ..." ("A
Thút"). Hmong, Thái and Khmer names follow the Kinh order with their own surnames and middle
names ("Sùng A Páo", "Lò Văn Pọm", "Thạch Thị Sa Rết") and are judged by
:func:`.surname_first.from_surname`.

The lexicon (``minority_names.tsv``) lists clan names, prefixes, typical middle names and the
words that open Highland place names ("Ea H'Leo", "Krông Pắc", "Chư Sê"). A candidate is
reported on two pieces of evidence, never on one:

* a clan name (a strong one: "Niê", "Ksor", "Rơ Châm") with a following name word, or a weak
  one ("Nay", also a Vietnamese word) with a prefix or an apostrophe word after it;
* a prefix ("Y", "H", "A") followed by a clan name, a word glued to "H'" / "K'", or, with a
  cue before it (an honorific, a label, a party), any capitalised words;
* "Y" or "H" and a word that is not a Vietnamese syllable (:mod:`.shape`: "Y Brơm") in a line
  written with diacritics.

What is not a name: a phrase after a place word ("buôn", "xã", "huyện"), a phrase opened by a
place word of the Highlands, a known place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import (
    CUE_REACH,
    cue_before,
    place_word_before,
    unit_head_before,
)
from ai_guard.detectors.person.foreign import foreign_lexicon
from ai_guard.detectors.person.lexicon import (
    EN_UNITS,
    LEGAL_SPELLINGS,
    NEVER_IN_NAMES,
    TYPICAL_MIDDLES,
    cue_words,
    lexicons,
)
from ai_guard.detectors.person.scores import (
    BASE_MINORITY,
    SCORE_CUED,
    SCORE_MINORITY,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.words import PLAIN_PREDICATE_PAIR, plain_line, spelled_as_cue
from ai_guard.models import EntityType
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import spelling

__all__ = [
    "HMONG_MIDDLES",
    "KHMER_CLANS",
    "KHMER_FAMILY_PIECES",
    "KHMER_OPENERS",
    "MinorityLexicon",
    "khmer_given_head",
    "khmer_opener",
    "minority_lexicon",
    "minority_name",
    "minority_starts",
]


class MinorityLexicon(NamedTuple):
    """``minority_names.tsv``, folded."""

    #: clan name (one or two words, folded) -> whether it is strong evidence alone
    clans: dict[str, bool]
    prefixes: frozenset[str]
    middles: frozenset[str]
    places: frozenset[str]
    #: the place words as spelled with diacritics ("Chư", not the Hmong name "Chứ")
    place_spellings: frozenset[str]
    #: names of peoples and phrases, one or two words ("h'mong", "e de", "y te"): never a
    #: person
    ethnic: frozenset[str]
    #: every word that can open a clan name, a prefixed name or a Highland place
    openers: frozenset[str]


@lru_cache(maxsize=1)
def minority_lexicon() -> MinorityLexicon:
    """The lexicon, read on first use."""
    clans: dict[str, bool] = {}
    by_kind: dict[str, set[str]] = {
        "prefix": set(),
        "middle": set(),
        "place": set(),
        "ethnic": set(),
        "phrase": set(),
    }
    place_spellings: set[str] = set()
    for row in data.rows("detectors/minority_names.tsv"):
        if len(row) < 2:
            continue
        word, kind = fold_word(row[0]), row[1]
        if kind == "place":
            place_spellings.add(spelling(row[0]))
        if kind in ("clan", "clan_weak"):
            clans[word] = kind == "clan"
        elif kind in by_kind:
            by_kind[kind].add(word)
    openers = (
        {c.split(" ")[0] for c in clans}
        | {e.split(" ")[0] for e in by_kind["ethnic"]}
        | by_kind["prefix"]
        | by_kind["place"]
    )
    return MinorityLexicon(
        clans,
        frozenset(by_kind["prefix"]),
        frozenset(by_kind["middle"]),
        frozenset(by_kind["place"]),
        frozenset(place_spellings),
        frozenset(by_kind["ethnic"] | by_kind["phrase"]),
        frozenset(openers),
    )


def minority_starts(folded: list[str], raw: list[str]) -> tuple[bool, ...]:
    """Per word of a run (``folded``, and ``raw`` as written): whether :func:`minority_name`
    may find something there, judged from the words alone (worked out once per run): a strong
    clan name, a prefix, a glued prefix, a Highland place word, a weak clan name before a
    prefix ("Nay H'Lan"), or "Néang" before two words."""
    lex = minority_lexicon()
    out = []
    n = len(folded)
    for j, w in enumerate(folded):
        if j + 1 >= n:
            out.append(False)
            continue
        if w not in lex.openers:
            out.append(_glued_prefix(w))
            continue
        clan = _clan_at(folded, j)
        nxt = folded[j + 1]
        if clan is None:
            # a prefix, or a place word spelled as one (not "CHỦ" for "Chư")
            r = raw[j]
            out.append(
                (w in lex.prefixes and r.isascii())
                or w in lex.ethnic
                or " ".join(folded[j : j + 2]) in lex.ethnic
                or (w in lex.places and (r.isascii() or spelling(r) in lex.place_spellings))
            )
        else:
            out.append(
                clan[1]
                or nxt in lex.prefixes
                or _glued_prefix(nxt)
                or (clan[0] == 2 and j + 2 < n)
                # the Khmer women's title, no Kinh surname, before a two-word given name ("bà
                # Néang Sa Phia"; the surname path reads Thạch, Danh, Chau)
                or (w == "neang" and j + 2 < n and khmer_opener(raw[j]))
            )
    return tuple(out)


def _glued_prefix(folded_word: str) -> bool:
    """ "H'Ni", "K'Bròng": a prefix glued to the name with an apostrophe."""
    return len(folded_word) > 2 and folded_word[1] == "'" and folded_word[0] in "hk"


def _clan_at(folded: list[str], j: int) -> tuple[int, bool] | None:
    """The clan name starting at ``folded[j]``: (its length in words, strong?), or None."""
    clans = minority_lexicon().clans
    if j + 1 < len(folded):
        two = folded[j] + " " + folded[j + 1]
        if two in clans:
            return 2, clans[two]
    if folded[j] in clans:
        return 1, clans[folded[j]]
    return None


def _prefix_before_strong_clan(lex: MinorityLexicon, folded: list[str], i: int) -> bool:
    """Whether the phrase at ``folded[i]`` ("y khoa", medicine) is a prefix and a given name
    because a strong clan name follows it ("y khoa niê kdăm", "Y Khoa Niê Kdăm")."""
    if folded[i] not in lex.prefixes or i + 2 >= len(folded):
        return False
    clan = _clan_at(folded, i + 2)
    return clan is not None and clan[1]


def minority_name(
    doc: Document,
    words: list[tuple[int, int]],
    folded: list[str],
    i: int,
    detector_id: str,
    *,
    chat_cue: str | None = None,
) -> tuple[Detection | None, int]:
    """The minority name that starts at ``words[i]`` (spans of a run of capitalised words,
    ``folded`` their folded forms), and how many words to skip when there is none (a Highland
    place, skipped whole; else 0). ``chat_cue``: a word the caller read as a cue right before
    the name that the cue lexicon does not hold (chat's "a" for "anh", "bạn")."""
    lex = minority_lexicon()
    text = doc.text
    n = len(words)
    if " ".join(folded[i : i + 2]) in lex.ethnic and not _prefix_before_strong_clan(lex, folded, i):
        return None, 2  # "Ê Đê", "Gia Rai": a people; "Y Tế", "Y Khoa": a phrase
    if folded[i] in lex.ethnic:
        return None, 1  # "H'Mông", "M'Nông"
    clan = _clan_at(folded, i)
    first = folded[i]
    if clan is not None and _legal_reference(text, words, folded, i):
        return None, 0  # "Điều Y", "khoản X, Điều Y": an article, not "Điêu" and a prefix
    if clan is None and _is_place_word(lex, doc, words[i]):
        return None, min(2, n - i)  # "Ea H'Leo", "Krông Pắc", "Chư Sê": a place
    if clan is None and first not in lex.prefixes and not _glued_prefix(first):
        # the cheap test first: a name opened by neither a clan name nor a prefix is none
        # whatever follows (every other way on answers None, 0 below), so the cue windows and
        # the walk through the words are spared ("công chức sử dụng": 30 us)
        return None, 0
    start = words[i][0]
    place = place_word_before(doc, start)
    if place is not None and not (
        ((place in ("cho", "hoi") and _plain_cho(text, start)) or unit_head_before(doc, start))
        # the preposition "cho" typed plain, or a unit's head title ("trưởng buôn Y Blê Ksơr":
        # the head of the hamlet, named; not "trưởng buôn Ea Sup", the hamlet's name)
        and _strong_clan_ahead(lex, folded, i)
    ):
        return None, 0  # "buôn Ko Tam", "xã Ia Pa" (not "già làng A Blúp")
    not_names = lexicons().not_names
    if " ".join(folded[i : i + 2]) in not_names:
        return None, 0
    # the words of the name: up to four, ending before a word that is no part of a name
    stop = cue_words()
    surnames = lexicons().surnames
    k = i + (clan[0] if clan else 1)
    if (
        clan is not None
        and first in _MIDDLE_ONLY_CLANS
        and (k >= n or folded[k] not in HMONG_MIDDLES)
    ):
        return None, 0  # "thay ma otp": mã (a code), no Ma before A / Seo / Mí
    end_k = min(n, i + 4)
    j = k
    while j < end_k:
        w = folded[j]
        if clan is not None and j == k + 1 and folded[k] in HMONG_MIDDLES:
            j += 1  # "Lầu A Chu", "lau a chu": after a clan and A / Seo / Mí, the given name
            continue
        # the given name between a prefix and a clan name ("y thông mlô": Thông, not the
        # "thông" of "thông tư"; "y son nie": Sơn, not the English "son")
        given_before_clan = (
            j == k and clan is None and j + 1 < n and _clan_at(folded, j + 1) is not None
        )
        # the given name after a clan name and its gender prefix ("ksor y thim": Thim, not the
        # "thím" of a kin word typed plain; "rơ châm h'lan")
        given_after_prefix = clan is not None and j == k + 1 and folded[k] in lex.prefixes
        if (
            (
                w in NEVER_IN_NAMES
                # (a clan that also opens a place, "Buôn Yă", stops the walk below)
                and not (given_before_clan and not _is_place_word(lex, doc, words[j + 1]))
            )
            or w in EN_UNITS
            or (_is_place_word(lex, doc, words[j]) and not _clan_closing(lex, folded, j, n))
            or w in foreign_lexicon().orgs  # "Ksor Bank"
            # a verb and its object typed plain after two given words ("ong thach sa mol song o
            # soc tra set": sống ở, no fourth word "Song")
            or (j >= k + 2 and PLAIN_PREDICATE_PAIR.match(doc.folded, words[j - 1][1]))
            # "Bác sĩ Y Khoa Nguyễn Văn An": a Kinh name starts
            or (w in surnames and j + 1 < n and folded[j + 1] in TYPICAL_MIDDLES)
            or (
                w in stop
                and spelled_as_cue(_raw(text, words[j]), doc, words[j][0])
                and not given_before_clan
                and not given_after_prefix
            )
        ):
            break  # "Chứ" (a Hmong name) is not "chú", a cue
        j += 1
    if j == k:
        return None, 0  # nothing after the clan name or the prefix
    rest = folded[k:j]
    cue = cue_before(lexicons().cues, doc, start, CUE_REACH) or chat_cue
    if clan is not None:
        prefixed = (rest[0] in lex.prefixes and _raw(text, words[k]).isascii()) or _glued_prefix(
            rest[0]
        )
        ok = clan[1] or prefixed or bool(cue and not is_vietnamese_syllable(_raw(text, words[k])))
        if not ok and cue and not clan[1]:
            # a weak clan (a Vietnamese word too) after a cue, with its group's shape: a Hmong
            # clan, A / Seo / Mí and a given name ("ong sung seo pao"); a Khmer clan or title
            # and a two-word given name ("bà néang sa ray", "ong thach sa ra")
            kinh_after = k + 1 < n and folded[k] in surnames and folded[k + 1] in lexicons().middles
            khmer = khmer_opener(_raw(text, words[i])) or (
                # "bị cáo: kim sóc kha": Kim, Sơn, Lâm before a Khmer given name's first syllable
                folded[i] in KHMER_CLANS
                and not text[start : words[j - 1][1]].isascii()
                and khmer_given_head(_raw(text, words[k]))
            )
            ok = (folded[k] in HMONG_MIDDLES and j > k + 1) or (
                khmer and j - k >= 2 and not kinh_after
            )  # ("chau le ha minh khang" is "cháu" and a Kinh name)
        if not ok and first == "neang" and not _raw(text, words[i]).isascii():
            # "Néang" written with its mark is a Khmer woman's title and no Vietnamese word: a
            # cue of its own ("hai Phật tử Néang Sa Phia và ...")
            kinh_after = k + 1 < n and folded[k] in surnames and folded[k + 1] in lexicons().middles
            ok = khmer_opener(_raw(text, words[i])) and not kinh_after
    elif (first in lex.prefixes and _raw(text, words[i]).isascii()) or _glued_prefix(first):
        # a prefix is written without diacritics: "Á Châu" (Asia), "Ý Yên" are no names
        later_clan = any(_clan_at(folded, m) is not None for m in range(k, j))
        diacritics = not text[start : words[j - 1][1]].isascii()
        ok = (
            later_clan
            or _glued_prefix(first)
            or bool(cue)
            or (
                first in ("y", "h")
                and diacritics
                and not is_vietnamese_syllable(_raw(text, words[k]))
            )
        )
        if first == "a" and not (cue or later_clan):
            ok = False  # "A" is also an article and opens places ("A Lưới")
    else:
        return None, 0
    if not ok:
        return None, 0
    end = words[j - 1][1]
    if text[end - 1] == ".":
        end -= 1
    return (
        Detection(
            EntityType.PERSON,
            start,
            end,
            SCORE_CUED if cue else SCORE_MINORITY,
            detector_id,
            pattern="person.minority",
            base_score=BASE_MINORITY,
            context=cue,
        ),
        0,
    )


#: Khmer family names and the titles Chau (men) and Néang (women) that open a Khmer name, folded
#: (not "kim", "sơn", "lâm": Kinh surnames as often)
KHMER_OPENERS = frozenset({"thach", "danh", "chau", "neang"})
_KHMER_SPELLINGS = frozenset(spelling(w) for w in ("Thạch", "Danh", "Chau", "Néang", "Neáng"))


def khmer_opener(word: str) -> bool:
    """Whether ``word`` is a Khmer family name or title (``KHMER_OPENERS``), spelled as one
    where written with diacritics ("cháu" is a grandchild, not "Chau")."""
    if fold_word(word) not in KHMER_OPENERS:
        return False
    return word.isascii() or spelling(word) in _KHMER_SPELLINGS


#: the Khmer family names (``minority_names.tsv``: Thạch, Danh, Kim, Sơn, Lâm, Chau, Néang),
#: folded; Kim, Sơn, Lâm open a Khmer name only before a Khmer given name (``khmer_given_head``)
KHMER_CLANS = frozenset({"thach", "danh", "kim", "son", "lam", "chau", "neang"})
#: each of them and a space, as the name gates look for them on the word sketch (one tuple
#: for the two Khmer paths: the gates read it once per document)
KHMER_FAMILY_PIECES = tuple(sorted(f"{c} ".encode() for c in KHMER_CLANS))
#: first syllables of two-syllable Khmer given names that open no Kinh given name ("Sa Ry",
#: "Sô Phia", "Sóc Kha", "Chanh Đa", "Sà Phol", "Som Nang"), spelled
_KHMER_GIVEN_HEADS = frozenset(spelling(w) for w in ("sa", "sà", "sô", "sóc", "chanh", "som"))


def khmer_given_head(word: str) -> bool:
    """Whether ``word`` is spelled as the first syllable of a two-syllable Khmer given name that
    no Kinh name starts with ("sóc" in "kim sóc kha", "sa" in "lâm thị sa ry"). Typed without
    diacritics "so", "soc" are everyday words too ("số", "sóc" a squirrel): the caller asks
    it only of a name written with diacritics."""
    return spelling(word) in _KHMER_GIVEN_HEADS


#: Hmong middle names: after a clan name, the word that follows them is the given name
HMONG_MIDDLES = frozenset({"a", "seo", "mi"})
#: weak clans that, typed plain, are everyday words most of the time ("ma": mà but, mã a code,
#: ma a ghost): a Hmong name only with A / Seo / Mí right after ("ma seo chu", "ma a sung")
_MIDDLE_ONLY_CLANS = frozenset({"ma"})


def _legal_reference(text: str, words: list[tuple[int, int]], folded: list[str], i: int) -> bool:
    """Whether the clan name at ``words[i]`` is a word of the law ("Điều" is no "Điêu"): spelled
    as the law spells it, or typed without diacritics before one letter, a placeholder
    ("Dieu Y", "dieu x khoan z": a Thái family name takes no Ede prefix)."""
    if folded[i] not in NEVER_IN_NAMES:
        return False
    raw = _raw(text, words[i])
    if not raw.isascii():
        return spelling(raw) in LEGAL_SPELLINGS
    return i + 1 < len(words) and len(folded[i + 1]) == 1


def _is_place_word(lex: MinorityLexicon, doc: Document, span: tuple[int, int]) -> bool:
    """Whether a word opens a Highland place, spelled as one where the text has diacritics
    ("Chư Sê"; "Chu" in a line with diacritics is the surname Chu)."""
    raw = _raw(doc.text, span)
    if fold_word(raw) not in lex.places:
        return False
    if raw.isascii() and plain_line(doc, span[0]):
        # without diacritics "Chu", "Dam" are as often the surnames Chu, Đàm ("Chu Van
        # Binh"): those are left to the surname walk and its place checks
        return fold_word(raw) not in lexicons().surnames
    return spelling(raw) in lex.place_spellings


def _clan_closing(lex: MinorityLexicon, folded: list[str], j: int, n: int) -> bool:
    """Whether the word ``folded[j]`` that opens a Highland place is a clan name closing the
    run after a given name ("H'Yuôn Ayun": Ayŭn typed without its breve; not "Ayun Pa")."""
    return j > 0 and j == n - 1 and folded[j] in lex.clans


#: "cho" typed plain right before a name ("cho hoi y thim nie kdam o ...", "cho ksor h'ni"):
#: the preposition or "cho hỏi" far more often than "chợ" (a market)
_PLAIN_CHO = re.compile(r"(?<![^\W\d_])cho[ \t]+(?:hoi[ \t]+|biet[ \t]+)?\Z")


def _plain_cho(text: str, start: int) -> bool:
    """Whether "cho" typed without diacritics stands right before ``start`` (maybe with
    "hỏi" / "biết" typed so after it): the preposition, not "chợ"."""
    return _PLAIN_CHO.search(text, max(0, start - 12), start) is not None


def _strong_clan_ahead(lex: MinorityLexicon, folded: list[str], i: int) -> bool:
    """Whether a strong clan name (no Vietnamese word: "Niê", "Ksor", "Mlô") is among the
    name's first four words: with a prefix or a given name, two pieces of evidence no market's
    name holds."""
    return any(lex.clans.get(w, False) for w in folded[i : i + 4])


def _raw(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]
