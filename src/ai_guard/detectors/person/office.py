"""Names in lower case after the title of a public office and the name of its body: "tom tat
y kien cua bo truong bo y te dao hong lan ve du thao", "thứ trưởng bộ tư pháp nguyễn văn an
phát biểu", "chu tich ubnd tinh le van binh chu tri".

The lower-case path reads a name right after its cue; between an office's title
(``public_offices.txt``, the titles :mod:`ai_guard.public_role` keeps the holders of visible)
and its holder's name chat puts the body ("bộ y tế", "ubnd tỉnh nghệ an"), so the cue is too
far. Here, after a title written in lower case, the first of the next six words where a
lexicon surname, a middle name and a given name start (spelled as names where written with
diacritics, no everyday pair among them) and the end is marked (punctuation, a number, a word
that goes on with the sentence: "về", "phát biểu" is not, "ve" is) is the holder's name; the
words between must not name another person ("bộ trưởng gặp ông ...", "của", "và"). The
public-role judgement then decides: in their role the holder stays visible, in a complaint or
with identifiers they are redacted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import everyday_pair, lexicons, name_spellings
from ai_guard.detectors.person.scores import lower_case_hit
from ai_guard.text import Document
from ai_guard.text.match import spelling

__all__ = ["office_holder_names"]

#: a word on the folded view
_WORD = re.compile(r"[a-z]+")
#: what marks the end of the name (folded): punctuation, a number, the text's end, or a word
#: that goes on with the sentence
_END = re.compile(
    r"[ \t]*(?:[,.;:)(|\n\t\"!?\u2013-]|$|\d)"
    r"|[ \t]+(?:ve|tai|da|dang|se|phat|chu|ky|noi|cho|khi|trong|nam|va|voi|o|la|neu|de)(?![a-z])"
)
#: words between the title and the name that make the name someone else's
_OTHERS = frozenset(
    {"va", "voi", "cua", "cho", "gap", "tiep", "gui", "moi", "ong", "ba", "anh", "chi", "em"}
)
#: how many words after the title the name may start at (the body: "bộ y tế", "ubnd tỉnh
#: nghệ an", "sở tư pháp tỉnh quảng nam")
_MAX_BODY_WORDS = 6


def office_holder_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The lower-case names after a public office's title and its body (module docstring)."""
    from ai_guard.public_role import office_titles

    folded, text = doc.folded, doc.text
    surnames, middles, givens, _, _ = lexicons()
    for t in office_titles().finditer(folded):
        if not text[t.start() : t.end()].islower():
            continue  # capitalised, the other paths read the name
        words = [w.span() for w in _WORD.finditer(folded, t.end(), t.end() + 80)][
            : _MAX_BODY_WORDS + 3
        ]
        for i in range(min(_MAX_BODY_WORDS + 1, len(words) - 2)):
            if i and folded[words[i - 1][0] : words[i - 1][1]] in _OTHERS:
                break
            s, e = words[i][0], words[i + 2][1]
            if text.count(" ", s, e) != 2 or not text[s:e].islower():
                continue
            w = [folded[a:b] for a, b in words[i : i + 3]]
            raw = [text[a:b] for a, b in words[i : i + 3]]
            if w[0] not in surnames or w[1] not in middles or w[2] not in givens:
                continue
            if not all(r.isascii() or spelling(r) in name_spellings() for r in raw[1:]):
                continue
            if everyday_pair(raw[0], raw[1]) or everyday_pair(raw[1], raw[2]):
                continue
            if _END.match(folded, e) is None:
                continue
            if any(f.start < e and s < f.end for f in found):
                break
            yield lower_case_hit(s, e, detector_id, " ".join(folded[t.start() : t.end()].split()))
            break
