"""Names typed in lower case in chat-style prompts ("chị nguyễn thị lan ở ...").

Lower case takes away the capital letters every other path relies on, so the bar is high:
only after an honorific (``HONORIFICS``), with a lexicon surname, and with the shape of a full
name (a typical middle name and a given name). Without diacritics, only the unmistakable
"... văn ..." / "... thị ..." shape counts: "co", "chi", "di" are everyday words there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    NEVER_IN_NAMES,
    TYPICAL_MIDDLES,
    lexicons,
)
from ai_guard.detectors.person.scores import BASE_LOWER_CASE, SCORE_LOWER_CASE
from ai_guard.detectors.person.words import is_public_figure, spelled_as_cue, spelled_as_surname
from ai_guard.models import EntityType
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import trie_regex

__all__ = ["lower_case_names"]

_LOWER_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _lower_name_re() -> re.Pattern[str]:
    """An honorific, then a lexicon surname and 1-3 more lower-case words (folded text)."""
    surnames = sorted(data.folded_set("detectors/surnames.txt"))
    return re.compile(
        r"(?P<cue>" + trie_regex(HONORIFICS) + r")[ \t]+"
        r"(?P<name>(?:" + trie_regex(surnames) + r")(?:[ \t]+[a-z]+){1,3})(?![a-z0-9])"
    )


# Where an honorific can start: the folded text sketched one byte per character (letters and
# digits as they are, anything else as a space), where a regex that starts with a plain space
# skips from space to space instead of trying the honorific trie at every letter of the text.
_SKETCH = bytes(i if chr(i) in "0123456789abcdefghijklmnopqrstuvwxyz" else 32 for i in range(256))
# then: inside a stretch of letters, spaces and tabs (".") or not ("x")
_STRETCH = bytes(46 if chr(i) in " \tabcdefghijklmnopqrstuvwxyz" else 120 for i in range(256))


@lru_cache(maxsize=1)
def _cue_start_re() -> re.Pattern[bytes]:
    """A space before an honorific, spaces, a lexicon surname, spaces and a letter (on the
    sketch, where a space also stands for a tab)."""
    surnames = sorted(data.folded_set("detectors/surnames.txt"))
    return re.compile(
        (
            " (?=(?:" + trie_regex(sorted(set(HONORIFICS))) + ") +"
            "(?:" + trie_regex(surnames) + ") +[a-z])"
        ).encode()
    )


def lower_case_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Lower-case names after an honorific, with a lexicon surname and a typical middle name
    or given names.

    The same findings as judging every match of ``_lower_name_re().finditer(doc.folded)``
    (the property test in tests/detectors/test_person_scan.py compares the two), found from
    the few places where an honorific starts a word and is followed by a space.
    """
    folded_text = doc.folded
    encoded = folded_text.encode("latin-1", "replace")  # one byte per character
    sketch = b" " + encoded.translate(_SKETCH)
    pattern = _lower_name_re()
    stretches: bytes | None = None
    for cand in _cue_start_re().finditer(sketch):
        q = cand.start()  # the honorific after this space: the sketch is one ahead of the text
        if q > 0 and folded_text[q - 1].isalnum():
            continue
        m = pattern.match(folded_text, q)
        if m is None:
            continue
        hit = _judge(doc, m, detector_id)
        if hit is None:
            continue
        if stretches is None:
            stretches = b"x" + encoded.translate(_STRETCH)
        if _scanned_at(folded_text, pattern, stretches, q):
            yield hit


def _scanned_at(folded_text: str, pattern: re.Pattern[str], stretches: bytes, q: int) -> bool:
    """Whether a left-to-right scan (``finditer``) of the folded text finds the match at ``q``
    rather than an earlier one running over it ("thanh ong le van an": the scan takes "anh ong
    le van" inside "thanh" and goes on after it). A match holds only letters, spaces and tabs,
    so the scan can start where the stretch holding ``q`` starts."""
    begin = stretches.rfind(b"x", 0, q + 1)  # the sketch is one ahead: its "x" at j is text j-1
    for m in pattern.finditer(folded_text, begin):
        if m.start() >= q or m.end() > q:
            return m.start() == q
    return False


def _judge(doc: Document, m: re.Match[str], detector_id: str) -> Detection | None:
    """The finding for a match of ``_lower_name_re`` (None when the words are not a name)."""
    _, middles, givens, not_names, _ = lexicons()
    text = doc.text
    s, e = m.span("name")
    raw = text[s:e]
    if not raw.islower():
        return None  # capitalised names are the other path's
    if not spelled_as_cue(text[m.start("cue") : m.end("cue")], doc, m.start("cue")):
        return None  # "chủ trương", "có chữ": not "chú", "cô" (asked first: it is cheap)
    spans = [w.span() for w in _LOWER_WORD.finditer(raw)]
    folded = [fold_word(raw[a:b]) for a, b in spans]
    # cut at legal words ("phan văn tài điều 5") and at common phrases ("thi hành")
    cut = len(folded)
    for q in range(1, len(folded)):
        if folded[q] in NEVER_IN_NAMES or " ".join(folded[q - 1 : q + 1]) in not_names:
            cut = q if folded[q] in NEVER_IN_NAMES else q - 1
            break
    folded = folded[:cut]
    spans = spans[:cut]
    if len(folded) < 2:
        return None
    # the longest run of name-like words after the surname, ending on a given name;
    # after "văn"/"thị" any third word is the given name ("cầm thị xiêm", "lo van pom")
    k = 1
    while k < len(folded) and (folded[k] in middles or folded[k] in givens):
        k += 1
    if k == 2 and len(folded) >= 3 and folded[1] in ("van", "thi") and len(folded[2]) > 1:
        k = 3
    while k > 1 and folded[k - 1] not in givens and not (k == 3 and folded[1] in ("van", "thi")):
        k -= 1
    if k < 3 and (k < 2 or folded[1] in TYPICAL_MIDDLES):
        return None  # "chị nguyễn thị" (no given name), "anh lê" (surname alone)
    if raw.isascii() and (k < 3 or folded[1] not in ("van", "thi")):
        # without diacritics "co", "chi", "di" are everyday words ("có", "chỉ", "đi"):
        # only the unmistakable "... văn ..." / "... thị ..." shape counts
        return None
    if " ".join(folded[:2]) in not_names:
        return None  # "chị văn thư hỏi": văn thư (clerk) is a word, not a name
    e = s + spans[k - 1][1]
    honorific = m.group("cue")
    if is_public_figure(raw[: spans[k - 1][1]]) and fold_word(honorific) not in ("cu", "bac"):
        return None  # "đường trần hưng đạo" typed in lower case; "cụ phan bội châu" is
        # reported and kept visible as a historical figure (ai_guard.public_role)
    if not spelled_as_surname(raw[: spans[0][1]], doc, s):
        return None
    return Detection(
        EntityType.PERSON,
        s,
        e,
        SCORE_LOWER_CASE,
        detector_id,
        pattern="person.lower_case",
        base_score=BASE_LOWER_CASE,
        context=honorific,
    )
