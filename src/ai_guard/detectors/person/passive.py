"""The agent of a passive typed plain: a full name between "bị" and what the person did to
the writer ("bi tran quoc dung quyt tien hang", "em bị nguyễn thị lan lừa tiền", "me em bi le
van hung danh").

"bị" is no cue of the lower-case paths (it stands before a verb far more often: "bị mất",
"bị phạt"), so a full name after it typed plain went unread, or was read on into the verb
after it where that verb spells a given name too ("lừa" Lụa, "đánh" Danh: "nguyen thi lan lua
tien" read as a name of five words). Here three or four words after "bị" that are a lexicon
surname, middle names and a given name, right before a verb of wrongdoing, are the agent's
name, and end there; what a path read across that end is replaced by it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import everyday_pair, lexicons
from ai_guard.detectors.person.scores import lower_case_hit
from ai_guard.text import Document
from ai_guard.text.match import literal_led_matches

#: "bị" and the next four to six words, folded (the name's three or four and the verb's one
#: or two)
_AFTER_BI = re.compile(
    r"(?<![a-z])bi[ \t]+(?P<words>[a-z]+(?:[ \t]+[a-z]+){3,5})(?![a-z])",
)
_WORD = re.compile(r"[a-z]+")
#: what the agent did to the writer, folded: the verb that ends the agent's name
_WRONGS = frozenset(
    {"quyt", "lua", "chiem", "danh", "cuop", "trom", "doa", "chem", "dam", "ep", "chui"}
    | {"lan", "giat", "gat", "xuc", "hanh", "vu", "boi", "quay", "ha", "tat", "dot", "pha"}
    | {"an", "ton", "giu", "bat", "ky", "duoi", "kien", "cat", "no"}
)
#: of those, the ones that are a given name's word as often: the verb only with the word
#: after it that makes it one ("lan chiem", "an cap", "ha nhuc")
_WRONG_PAIRS = {
    "lan": frozenset({"chiem", "at"}),
    "an": frozenset({"cap", "trom", "chan"}),
    "ha": frozenset({"nhuc", "doc"}),
    "ton": frozenset({"thuong"}),
    "hanh": frozenset({"hung"}),
    "vu": frozenset({"khong", "cao"}),
    "ky": frozenset({"luat"}),
    "no": frozenset({"tien", "luong"}),
}
#: kin words: after "bị" typed plain they address someone, no surname or middle name
_KIN = frozenset({"anh", "chi", "em", "ong", "ba", "co", "chu", "bac", "cu", "chau", "con"})

#: what :func:`passive_agents` needs: four words (after "bị", the name's three and the verb)
NEEDS = Needs(words=4, sketch=(b" bi ",))


def _name(words: list[str]) -> bool:
    """A lexicon surname, middle names and a given name, no kin word, no everyday pair."""
    surnames, middles, givens, _, _ = lexicons()
    if words[0] not in surnames or any(w in _KIN for w in words):
        return False
    if not all(w in middles for w in words[1:-1]) or words[-1] not in givens:
        return False
    return not any(everyday_pair(a, b) for a, b in itertools.pairwise(words))


def _wrong(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` opens a verb of wrongdoing."""
    if k >= len(words) or words[k] not in _WRONGS:
        return False
    pair = _WRONG_PAIRS.get(words[k])
    return pair is None or (k + 1 < len(words) and words[k + 1] in pair)


def passive_agents(doc: Document) -> Iterator[tuple[int, int]]:
    """The spans of the full names typed in lower case between "bị" and a verb of wrongdoing."""
    text = doc.text
    for m in literal_led_matches(_AFTER_BI, doc.folded, "bi"):
        s = m.start("words")
        spans = [w.span() for w in _WORD.finditer(doc.folded, s, m.end("words"))]
        if not text[s : spans[-1][1]].islower():
            continue  # a capitalised name is the capitalised path's
        words = [doc.folded[a:b] for a, b in spans]
        for n in (3, 4):
            if _name(words[:n]) and _wrong(words, n):
                yield s, spans[n - 1][1]
                break


def passive_agent_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """:func:`passive_agents` as findings."""
    for s, e in passive_agents(doc):
        yield lower_case_hit(s, e, detector_id, "bị")
