"""Names in lower case after the title of an office and the name of its body: "tom tat
y kien cua bo truong bo y te dao hong lan ve du thao", "thứ trưởng bộ tư pháp nguyễn văn an
phát biểu", "chu tich ubnd tinh le van binh chu tri", "tố cáo ông bí thư đảng ủy xã nguyễn
văn hùng nhận tiền".

The lower-case path reads a name right after its cue; between an office's title and its
holder's name chat puts the body ("bộ y tế", "ubnd tỉnh nghệ an", "đảng ủy xã"), so the cue is
too far. The titles are those of public offices (``public_offices.txt``, the titles
:mod:`ai_guard.public_role` keeps the holders of visible) and the heads of a body whose holders
stay private (``_HEADS``: a commune's chair or Party secretary, a school's principal, a
division's head). Here, after a title written in lower case, the first of the next six
words where a lexicon surname, a middle name and a given name start (spelled as names where
written with diacritics, the surname no everyday or unit word where typed without them, no
everyday pair among them), one space apart, and the end is marked (punctuation, a number, a
word that goes on with the sentence: "về", "vì", "nhận", "bị"; "phát biểu" is not, "ve" is)
is the holder's name; the words between must not name another person ("bộ trưởng gặp ông
...", "của", "và") nor cross punctuation ("chức vụ: phó trưởng phòng. định dạng lại ...").
The public-role judgement then decides: a public office's holder in their role stays
visible; in a complaint or with identifiers, or holding any other title, they are redacted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import everyday_pair, lexicons, name_spellings
from ai_guard.detectors.person.lower_case import EVERYDAY_SURNAMES
from ai_guard.detectors.person.scores import lower_case_hit
from ai_guard.detectors.person.word_places import word_places
from ai_guard.detectors.person.words import spelled_as_surname
from ai_guard.text import Document
from ai_guard.text.match import spelling

__all__ = ["office_holder_names"]

#: a word on the folded view
_WORD = re.compile(r"[a-z]+")
#: what marks the end of the name (folded): punctuation, a number, the text's end, or a word
#: that goes on with the sentence
_END = re.compile(
    r"[ \t]*(?:[,.;:)(|\n\t\"!?\u2013-]|$|\d)"
    r"|[ \t]+(?:ve|tai|da|dang|se|phat|chu|ky|noi|cho|khi|trong|nam|va|voi|o|la|neu|de"
    r"|vi|nhan|bi|khong"
    # "chỉ đạo" (directs) after the holder's name ("pho chu tich ubnd tinh luu thi thanh nga
    # chi dao ..."): "chi" alone may be a given name, with "dao" it opens the predicate
    r"|chi[ \t]+dao"
    # adverbs that open the predicate ("chu tich ubnd tinh nguyen huu quang vua ky ...")
    r"|vua|moi|cung|chua|duoc)(?![a-z])"
)
#: the heads of a body whose holders are named as a public office's are, title, body, name,
#: but stay private (not in ``public_offices.txt``), folded, with an optional "phó" first
_HEADS = re.compile(
    r"(?<![0-9a-z])(?:pho[ \t]+)?(?:chu[ \t]+tich|bi[ \t]+thu|giam[ \t]+doc|hieu[ \t]+truong"
    r"|truong[ \t]+(?:phong|ban|cong[ \t]+an|tram)|chanh[ \t]+(?:van[ \t]+phong|thanh[ \t]+tra|an)"
    r"|(?:chi[ \t]+)?cuc[ \t]+truong|vien[ \t]+truong)(?![0-9a-z])"
)
#: the first words of ``_HEADS`` (keep in step with it): where one of its titles may start,
#: each followed by a space or a tab
_HEAD_FIRST_WORDS = ("pho", "chu", "bi", "giam", "hieu", "truong", "chanh", "chi", "cuc", "vien")
#: a title's first word: its letters up to the first character that is none (folded)
_FIRST_LETTERS = re.compile(r"[a-z]+(?![0-9a-z])")


@lru_cache(maxsize=1)
def _first_words() -> tuple[frozenset[str], frozenset[str]] | None:
    """The whole words that open a public office's title ("pho", "deputy", "vice" or the
    title's own first word) and those that open one of ``_HEADS``. Each such word is followed
    by white space or punctuation, which the word sketch shows as a space (or by the text's
    end), so a scan for them as whole words on the sketch finds every place either pattern
    can match at, and passes over a word that only begins with one ("chung", "thuc"). None
    when a title opens with no letter or has a digit right after its first letters (the scan
    would miss it)."""
    from ai_guard.public_role import office_spellings

    offices = {"pho", "deputy", "vice"}
    for title in office_spellings():
        first = _FIRST_LETTERS.match(title)
        if first is None:  # pragma: no cover - the lexicon's titles open with letters
            return None
        offices.add(first.group())
    return frozenset(offices), frozenset(_HEAD_FIRST_WORDS)


def first_words() -> tuple[frozenset[str], frozenset[str]]:
    """:func:`_first_words` for :mod:`.word_places`' scan (none when it is None)."""
    return _first_words() or (frozenset(), frozenset())


def office_and_head_titles(doc: Document) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The matches ``finditer`` makes of ``office_titles()`` and of ``_HEADS`` on the folded
    view, each tried only where a word that opens one of its titles starts a word (both open
    with "no letter or digit before"; the places of :func:`.word_places.word_places`): each
    pattern's matches taken left to right, the next tried from the last one's end, as
    ``finditer`` takes them."""
    from ai_guard.public_role import office_titles

    folded = doc.folded
    if _first_words() is None:  # pragma: no cover - see _first_words
        return list(office_titles().finditer(folded)), list(_HEADS.finditer(folded))
    places = word_places(doc)
    return _taken(office_titles().match, folded, places.offices), _taken(
        _HEADS.match, folded, places.heads
    )


def _taken(
    match: Callable[[str, int], re.Match[str] | None], folded: str, places: list[int]
) -> list[re.Match[str]]:
    """The matches of ``match`` at ``places``, left to right, each tried from the last one's
    end on (as ``finditer`` takes them)."""
    out: list[re.Match[str]] = []
    reach = 0
    for at in places:
        if at >= reach:
            m = match(folded, at)
            if m is not None:
                out.append(m)
                reach = m.end()
    return out


#: surnames that typed without diacritics are the body's unit words ("chu tich ubnd phuong
#: tan dinh": phường, not Phương)
_UNIT_SURNAMES = frozenset({"phuong", "quan", "duong", "pho", "to", "xa", "tinh", "huyen"})
#: punctuation between the title and the name: the name is in another clause
_GAP_STOP = re.compile(r"[.,;:!?()\[\]\n\t|\"]")
#: words between the title and the name that make the name someone else's
_OTHERS = frozenset(
    {"va", "voi", "cua", "cho", "gap", "tiep", "gui", "moi", "ong", "ba", "anh", "chi", "em"}
)
#: how many words after the title the name may start at (the body: "bộ y tế", "ubnd tỉnh
#: nghệ an", "sở tư pháp tỉnh quảng nam")
_MAX_BODY_WORDS = 6


def _fourth_given(
    doc: Document, words: Sequence[tuple[int, int]], i: int, givens: frozenset[str]
) -> int | None:
    """The end of a second given name after the three name words at ``words[i:i + 3]``, a
    surname, "thị" or "văn" and a given name ("pho chu tich ubnd tinh luu thi thanh nga chi
    dao ..."), or None: a lexicon given name
    one space after the third, typed as the name is (plain, or spelled as a name), none of
    the words that end a name itself ("ve", "nhan", "chi dao" ...), its end marked."""
    if i + 3 >= len(words):
        return None
    folded, text = doc.folded, doc.text
    (_, third_end), (s, e) = words[i + 2], words[i + 3]
    word, raw = folded[s:e], text[s:e]
    if text[third_end:s] != " " or word not in givens or not raw.islower():
        return None
    if not (raw.isascii() or spelling(raw) in name_spellings()):
        return None
    if everyday_pair(text[words[i + 2][0] : third_end], raw):
        return None
    if _END.match(folded, third_end) is not None or _END.match(folded, e) is None:
        return None  # the third word's end is marked already, or the fourth's is not
    return e


#: what this path needs: a word that opens an office's or a body head's title, and three words
#: (the name's, after the title)
NEEDS = Needs(words=3, places=("offices", "heads"))


def office_holder_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The lower-case names after a public office's title and its body (module docstring)."""
    folded, text = doc.folded, doc.text
    surnames, middles, givens, _, _ = lexicons()
    titles = sorted(
        {t.span(): t for f in office_and_head_titles(doc) for t in f}.values(),
        key=lambda t: t.start(),
    )
    for t in titles:
        if not text[t.start() : t.end()].islower():
            continue  # capitalised, the other paths read the name
        words = [w.span() for w in _WORD.finditer(folded, t.end(), t.end() + 80)][
            : _MAX_BODY_WORDS + 3
        ]
        for i in range(min(_MAX_BODY_WORDS + 1, len(words) - 2)):
            if i and folded[words[i - 1][0] : words[i - 1][1]] in _OTHERS:
                break
            if _GAP_STOP.search(text, t.end(), words[i][0]):
                break  # "chức vụ: phó trưởng phòng. định dạng lại ...": another sentence
            s, e = words[i][0], words[i + 2][1]
            if (
                text[words[i][1] : words[i + 1][0]] != " "
                or text[words[i + 1][1] : words[i + 2][0]] != " "
                or not text[s:e].islower()
            ):
                continue  # one space between the words ("nơi nhận:⏎- như điều 3": no name)
            w = [folded[a:b] for a, b in words[i : i + 3]]
            raw = [text[a:b] for a, b in words[i : i + 3]]
            if w[0] not in surnames or w[1] not in middles or w[2] not in givens:
                continue
            if not all(r.isascii() or spelling(r) in name_spellings() for r in raw[1:]):
                continue
            if not spelled_as_surname(raw[0], doc, s) or (
                raw[0].isascii() and (w[0] in EVERYDAY_SURNAMES or w[0] in _UNIT_SURNAMES)
            ):
                continue  # "trưởng phòng là anh quý": "là" is no "La"; "ubnd phuong tan dinh"
            # (only after "thị"/"văn": "chu tich ubnd tinh quang ninh cao tuong huy chu tri"
            # would read the body's last word and three name words as one name)
            fourth = _fourth_given(doc, words, i, givens) if w[1] in ("thi", "van") else None
            if everyday_pair(raw[0], raw[1]) or (
                everyday_pair(raw[1], raw[2]) and not (fourth is not None and w[1] == "thi")
            ):
                continue  # ("thị thành" before a second given name is the name's: "luu thi
                # thanh nga chi dao")
            if fourth is not None:
                e = fourth  # "luu thi thanh nga chi dao": two given names, the end after both
            elif _END.match(folded, e) is None:
                continue
            if any(f.start < e and s < f.end for f in found):
                break
            yield lower_case_hit(s, e, detector_id, " ".join(folded[t.start() : t.end()].split()))
            break
