"""Lower-case full names with no cue before them, confirmed by a short reference to their given
name elsewhere in the prompt ("ho kd duong van phong mst ... ong phong hoi co duoc giam",
"can bo dia chinh nguyen huu sang doi 5 trieu ... anh sang hen 3 lan", "bé nguyễn gia hân
sinh ... nếu bé hân bị sốt").

Chat drops the honorific before the full name as often as the capitals ("ly hon voi ngo quang
duc", "sếp bùi quốc khánh gọi lên"), and three lower-case words that spell a surname, a middle
name and a given name are as often a phrase. The prompt itself may settle it: when the same
person comes back as a kin word or honorific and the given name ("ông lịch", "bà hậu", "c
phượng"), the run of words ending on that given name is the full name the reference points
to. Two pieces of evidence, as everywhere in the package: the name's shape (a lexicon surname
spelled as one, middle names of the lexicons, no two neighbouring words an everyday word, nor
the word before the surname with it, nor the given name with the word after it) and the
reference (a cue spelled as one, then the given name exactly as the run spells it, no
everyday word with the cue or with the word after it, no word that goes on with the
sentence: "chồng là", "e thi"). Two words are enough where the line is written with
diacritics ("ly hôn với nguyễn an ... ông an"); typed without them every word may be another
word's, so three, led by a surname that is no everyday word there (``PLAIN_SURNAMES``) or
shaped by "van" / "thi". A name in title case that the capitalised path scored below the
report floor ("hộ kinh doanh Nguyễn An ..., ông An hỏi") is confirmed the same way.

The short references themselves are then :mod:`.coreference`'s, as for any full name found.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors._spans import Reach
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import (
    NEVER_IN_NAMES,
    PLAIN_SURNAMES,
    everyday_pair,
    given_spellings,
    lexicons,
)
from ai_guard.detectors.person.lower_case import EVERYDAY_SURNAMES
from ai_guard.detectors.person.scores import REPORT_FLOOR, lower_case_hit
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.word_places import matches_at, word_places
from ai_guard.detectors.person.words import is_public_figure, plain_line, spelled_as_surname
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling

__all__ = ["confirmed_names"]

#: honorifics and kin words before a given name typed without diacritics, folded (chat's "a",
#: "c", "e" too); "be", "con", "vo" are words of their own so typed
_PLAIN_CUES = frozenset(
    {"ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "chau", "cu", "thay", "a", "c", "e"}
)
#: the same spelled with diacritics ("có" is no "cô", "bà" no "ba"): kin words too
_CUE_SPELLINGS = frozenset(
    spelling(w)
    for w in (
        *"ông bà anh chị em cô chú bác cháu cụ thầy dì cậu mợ thím bé vợ chồng a c e".split(),
    )
)
#: given names that, typed without diacritics, are everyday words after a cue ("e thi ..."
#: em thì, "a la ..." anh là, "c van chua" chị vẫn chưa)
_PLAIN_WORDS = frozenset(
    {"van", "thi", "la", "ma", "co", "di", "va", "o", "khong", "nhu", "cung", "da", "dang"}
    | {"chua", "duoc", "se", "nen", "phai", "cho", "toi", "tu", "den", "ve", "lam", "hoi"}
)
#: words that go on with the sentence after a kin word, spelled with diacritics ("chồng là",
#: "bà có", "anh đã"): no given name there
_SENTENCE_WORDS = frozenset(
    spelling(w)
    for w in (
        *"là và thì mà có đã đang được sẽ cũng vẫn chưa không ở của với cho".split(),
        *"nói bảo hỏi làm đi về lên ra vào đến từ tại nhờ gọi gửi".split(),
    )
)
#: adverbs of time and order after a kin word ("vợ và chồng sau khi kết hôn", "vợ trước",
#: "anh lại", "chị nữa"), spelled with diacritics; "sau", which has none, only on a line
#: written with them (typed plain it is "Sáu" as often: "anh sau")
_ADVERBS = frozenset(spelling(w) for w in "sau trước nữa rồi lại luôn ngay vừa mới".split())
#: a cue word (folded), spaces and the next word, on the folded view (offsets as the text's);
#: the word in a lookahead, so that it is tried as a cue too ("chị em hân")
_REFERENCE_CUES = "chong|thay|thim|chau|anh|chi|ong|bac|cau|chu|ba|em|co|cu|di|mo|be|vo|a|c|e"
_REFERENCE = re.compile(r"(?<![a-z0-9])(" + _REFERENCE_CUES + r")(?=[ \t]+([a-z]+)(?![a-z'’-]))")
#: the word before a position and the spaces after it
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def cue_words() -> list[str]:
    """The cue words of :data:`_REFERENCE`, for :mod:`.word_places`' scan."""
    return _REFERENCE_CUES.split("|")


def reference_matches(doc: Document) -> Iterator[re.Match[str]]:
    """:data:`_REFERENCE`'s matches on the folded view, the same as its ``finditer`` (a
    property test holds them equal): tried only at the cue places of the word sketch
    (:func:`.word_places.word_places`, a superset: the sketch reads every non-letter as a
    space)."""
    return matches_at(_REFERENCE, doc.folded, word_places(doc).cues)


def _references(doc: Document, going_on: dict[str, set[str]]) -> dict[str, list[int]]:
    """Given names right after a cue (spelled as the text spells them) -> where each starts;
    ``going_on`` gets, for each, the words that follow it there."""
    text = doc.text
    out: dict[str, list[int]] = {}
    for m in reference_matches(doc):
        cue, word = text[m.start(1) : m.end(1)], text[m.start(2) : m.end(2)]
        if not (word.islower() or word.istitle()) or len(word) < 2:
            continue  # ("ông An" after "Nguyễn An" in a sentence: the capitals say little)
        if not (cue.islower() or cue.istitle()):
            continue
        cue = cue.lower()
        if cue.isascii():
            if cue not in _PLAIN_CUES or not (word.isascii() or word.istitle()):
                continue
        elif spelling(cue) not in _CUE_SPELLINGS:
            continue
        if everyday_pair(cue, word):
            continue  # "chi phi", "anh ta"
        if (fold_word(word) in _PLAIN_CUES or spelling(word) in _CUE_SPELLINGS) and not (
            word.istitle()
        ):
            continue  # "chi em", "bé nhà em": a cue or pronoun, no given name ("ông Anh" is)
        if (word.isascii() and word in _PLAIN_WORDS) or spelling(word) in _SENTENCE_WORDS:
            continue  # "e thi mat": "thì", no "Thi"; "chồng là ...": "là", no "La"
        if spelling(word) in _ADVERBS and not (word.isascii() and plain_line(doc, m.start(2))):
            continue  # "vợ và chồng sau khi": "sau", no "Sáu"
        after = _WORD_AFTER.match(text, m.end(2))
        if after is not None and everyday_pair(word, after.group(1)):
            continue  # "chị lan can"
        out.setdefault(word, []).append(m.start(2))
        if after is not None:
            going_on.setdefault(word, set()).add(after.group(1))
    return out


#: a word: a run of letters (what a given name's pattern in :func:`_places` stands between)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
#: with more given names than this to look for, the text's words are read once for them all
_ONE_PASS = 8


def _places(text: str, names: Sequence[str]) -> dict[str, list[int]]:
    """Where each of ``names`` stands in ``text`` as a whole word (no letter right before or
    after it), in increasing order: each name's own search, or, for many names, one pass over
    the text's runs of letters that finds the same places (a name of letters only stands
    there as a whole run; a table of names referred to by hundreds of given names was read
    once per name)."""
    whole = {n for n in names if _LETTER_RUN.fullmatch(n)} if len(names) > _ONE_PASS else set()
    out: dict[str, list[int]] = {n: [] for n in names}
    if whole:
        for m in _LETTER_RUN.finditer(text):
            word = m.group()
            if word in whole:
                out[word].append(m.start())
    for n in names:
        if n not in whole:
            pattern = r"(?<![^\W\d_])" + re.escape(n) + r"(?![^\W\d_'’-])"
            out[n] = [m.start() for m in re.finditer(pattern, text)]
    return out


#: what this path needs: a cue place and two words (a short reference to confirm the name:
#: ``_references``, a cue and a given name)
NEEDS = Needs(words=2, places=("cues",))


def confirmed_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The full names in lower case that a short reference elsewhere in ``doc`` confirms (see
    the module docstring), apart from those the other paths found."""
    text = doc.text
    going_on: dict[str, set[str]] = {}
    refs = _references(doc, going_on)
    if not refs:
        return
    # (the spans found and those taken here asked in log time, the references of a given
    # name bisected: a list walked per candidate was quadratic on a table of names)
    taken = Reach((d.start, d.end) for d in found if d.score >= REPORT_FLOOR)
    # a word inside a name found is no reference ("ông vương tiểu minh": the surname)
    refs = {
        w: kept for w, starts in refs.items() if (kept := [r for r in starts if not taken.holds(r)])
    }
    surnames, middles, givens, _, _ = lexicons()
    out: list[tuple[int, int]] = []
    # the spans taken here, sorted by start: they never overlap one another
    out_starts: list[int] = []
    out_ends: list[int] = []
    eligible = [
        given
        for given in refs
        if fold_word(given) not in NEVER_IN_NAMES and is_vietnamese_syllable(given)
    ]
    places = _places(text, eligible)
    for given in eligible:
        starts = refs[given]  # (in increasing order)
        at = set(starts)
        for gs in places[given]:
            if gs in at:
                continue
            span = _name_before(doc, gs, gs + len(given), surnames, middles, givens)
            if span is None:
                continue
            s, e = span
            after = _WORD_AFTER.match(text, e)
            if after is not None and after.group(1) in going_on.get(given, ()):
                continue  # "son thi sa ly ... bà sa ly": the given name goes on after both
            k = bisect.bisect_left(starts, s)
            if k < len(starts) and starts[k] < e:
                continue  # the reference inside the run itself
            if taken.overlaps(s, e):
                continue
            k = bisect.bisect_left(out_starts, e)
            if k and out_ends[k - 1] > s:
                continue
            out.append(span)
            out_starts.insert(k, s)
            out_ends.insert(k, e)
    for s, e in sorted(out):
        yield lower_case_hit(s, e, detector_id, "named again")


#: unit words before a place's name, spelled with diacritics (typed without them "duong" is
#: the surname Dương as often)
_PLACE_UNITS = frozenset(
    spelling(w)
    for w in "đường phố ngõ hẻm kiệt xã phường thôn xóm ấp bản buôn quận huyện tỉnh".split()
)
#: a house number or "ở" / "tại" right before a place's unit word
_ADDRESS_BEFORE = re.compile(r"(?:\d|(?<![^\W\d_])(?:ở|tại|o|tai))[ \t,]*$")
#: "văn" / "thị" spelled so: after them a surname no lexicon holds is read as one
_MIDDLES_SPELLED = frozenset({"văn", "thị"})


def _unknown_surname(word: str) -> bool:
    """Whether a word outside the surname lexicon may be a family name before "văn" / "thị"
    spelled so: a Vietnamese syllable with diacritics, no cue, no legal word."""
    return (
        not word.isascii()
        and is_vietnamese_syllable(word)
        and fold_word(word) not in NEVER_IN_NAMES
        and spelling(word) not in _CUE_SPELLINGS
    )


#: honorifics before a full name typed plain that make it a person's ("ong", "ba", "anh",
#: "chi", "co", "chu", "bac", "cu", "thay" and chat's "a", "c"): no "em", "e", "chau" (also
#: pronouns or "cháu" a grandchild before the word "nội")
_RUN_CUES = frozenset({"ong", "ba", "anh", "chi", "co", "chu", "bac", "cu", "thay", "a", "c"})


def _cued_run(before: re.Match[str] | None, folded: Sequence[str]) -> bool:
    """Whether a run typed plain stands right after an honorific (``_RUN_CUES``, the word
    before it) and is a full name's shape of three words or more: a lexicon surname that is no
    everyday word there (``EVERYDAY_SURNAMES``), none that makes one word with the honorific
    ("anh ta", "ba con"), every other word a middle or given name of the lexicons (the caller
    has asked). Then the given name said again after a kin word vouches for the run even where
    two of its words, or the given name and the next word, spell a phrase ("ong ung van thu
    hoi ve quyet dinh ... ong thu o to 7", "a ta duc manh ... bao a manh len")."""
    if before is None or len(folded) < 3:
        return False
    cue = before.group(1)
    if folded[0] == "ta" and len(cue) > 1:
        return False  # "anh ta", "ông ta": he (after chat's "a" the surname Tạ: "a ta duc manh")
    return (
        cue in _RUN_CUES
        and folded[0] not in EVERYDAY_SURNAMES
        and not everyday_pair(cue, folded[0])
    )


def _given_spelled(word: str, givens: frozenset[str]) -> bool:
    """Whether a word is a lexicon given name, spelled as one where it has diacritics."""
    return fold_word(word) in givens and (word.isascii() or spelling(word) in given_spellings())


def _name_before(
    doc: Document,
    gs: int,
    ge: int,
    surnames: frozenset[str],
    middles: frozenset[str],
    givens: frozenset[str],
) -> tuple[int, int] | None:
    """The run of two to four words (all lower case or all title case) ending on the given
    name at ``gs:ge`` that is a full name's shape, the longest first; None when there is
    none."""
    text = doc.text
    words: list[tuple[int, int]] = [(gs, ge)]
    pos = gs
    while len(words) < 4:
        m = _WORD_BEFORE.search(text, max(0, pos - 24), pos)
        if m is None or (m.start() > 0 and text[m.start() - 1].isalnum()):
            break
        words.insert(0, m.span(1))
        pos = m.start()
    for n in (4, 3, 2):
        if len(words) < n:
            continue
        span = words[len(words) - n :]
        raw = [text[a:b] for a, b in span]
        folded = [fold_word(w) for w in raw]
        if not (all(w.islower() for w in raw) or all(w.istitle() for w in raw)):
            continue
        if not all(is_vietnamese_syllable(w) for w in raw):
            continue
        # typed without diacritics where the line has none: every word may be another
        # word's (a line written with them spells "cao an" as it is)
        plain = "".join(raw).isascii() and plain_line(doc, span[0][0])
        if n == 2 and plain:
            continue  # two words typed without diacritics are as often a phrase ("tran tinh")
        if (folded[0] in _PLAIN_CUES and plain) or (
            not raw[0].isascii() and spelling(raw[0]) in _CUE_SPELLINGS
        ):
            continue  # "ong vu duy kha", "chu bay ty": the cue, then the name ("chu văn
            # lịch" typed with diacritics is the surname Chu)
        if not (folded[0] in surnames and spelled_as_surname(raw[0], doc, span[0][0])) and not (
            n == 3 and raw[1] in _MIDDLES_SPELLED and _unknown_surname(raw[0])
        ):
            continue  # "quản thị hậu": a surname no lexicon holds, before "thị" spelled so
        if not all(w in middles or w in givens for w in folded[1:-1]):
            continue
        if any(w in NEVER_IN_NAMES for w in folded[1:]):
            continue
        before = _WORD_BEFORE.search(text, max(0, span[0][0] - 24), span[0][0])
        # an honorific right before the run, typed plain (``_cued_run``): the cue, the name's
        # shape and the reference elsewhere are three pieces of evidence
        cued = plain and n >= 3 and _cued_run(before, folded)
        if plain and (
            folded[0] in EVERYDAY_SURNAMES
            or not (folded[0] in PLAIN_SURNAMES or folded[1] in ("van", "thi") or cued)
        ):
            continue  # typed without diacritics every word may be an everyday one ("bien lai
            # chuyen tien", "luc lanh dao"): the surname no everyday word, or "van"/"thi"
        shaped = n >= 3 and folded[-2] in ("van", "thi")
        if not (_given_spelled(raw[-1], givens) or shaped):
            continue  # "trang trọng gửi": a given name no lexicon holds only after "văn"/"thị"
        # "văn"/"thị" and the given name the reference repeats are the name's ("duong van
        # phong ... ong phong": no "văn phòng" there)
        pairs = list(itertools.pairwise(raw))
        if shaped:
            pairs = pairs[:-1]
        if n >= 3 and raw[1] in _MIDDLES_SPELLED:
            pairs = [pairs[0], *pairs[2:]]  # "nguyễn thị thành an": no "thị thành" after a surname
        if not cued and any(everyday_pair(a, b) for a, b in pairs):
            continue  # (after an honorific the words of a name may spell a phrase too: "ong
            # bui dinh cong khai o kiet 5 ... ong khai lam rot": "đình công", "công khai")
        s, e = span[0][0], span[-1][1]
        if spelling(raw[0]) in _PLACE_UNITS and (
            n >= 4 or _ADDRESS_BEFORE.search(text, max(0, s - 12), s) is not None
        ):
            continue  # "số 7 đường hùng vương": a street named after someone (the surname
            # Đường elsewhere, "ly hôn với đường hữu an ... ông an", is a person's)
        if before is not None and (
            everyday_pair(before.group(1), raw[0]) or spelling(before.group(1)) in _PLACE_UNITS
        ):
            continue  # "quản lý thị trường", "phố lê văn hưu"
        after = _WORD_AFTER.match(text, e)
        if after is not None and not cued and everyday_pair(raw[-1], after.group(1)):
            continue  # ("ong ung van thu hoi ve ... ong thu o to 7": "thu hồi" after a cued
            # name the reference confirms)
        if is_public_figure(text[s:e]):
            return None
        return s, e
    return None
