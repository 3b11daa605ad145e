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


def lower_case_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Lower-case names after an honorific, with a lexicon surname and a typical middle name
    or given names."""
    _, middles, givens, not_names, _ = lexicons()
    text = doc.text
    folded_text = doc.folded
    for m in _lower_name_re().finditer(folded_text):
        if m.start() > 0 and folded_text[m.start() - 1].isalnum():
            continue
        s, e = m.span("name")
        raw = text[s:e]
        if not raw.islower():
            continue  # capitalised names are the other path's
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
            continue
        # the longest run of name-like words after the surname, ending on a given name;
        # after "văn"/"thị" any third word is the given name ("cầm thị xiêm", "lo van pom")
        k = 1
        while k < len(folded) and (folded[k] in middles or folded[k] in givens):
            k += 1
        if k == 2 and len(folded) >= 3 and folded[1] in ("van", "thi") and len(folded[2]) > 1:
            k = 3
        while (
            k > 1 and folded[k - 1] not in givens and not (k == 3 and folded[1] in ("van", "thi"))
        ):
            k -= 1
        if k < 3 and (k < 2 or folded[1] in TYPICAL_MIDDLES):
            continue  # "chị nguyễn thị" (no given name), "anh lê" (surname alone)
        if raw.isascii() and (k < 3 or folded[1] not in ("van", "thi")):
            # without diacritics "co", "chi", "di" are everyday words ("có", "chỉ", "đi"):
            # only the unmistakable "... văn ..." / "... thị ..." shape counts
            continue
        if " ".join(folded[:2]) in not_names:
            continue  # "chị văn thư hỏi": văn thư (clerk) is a word, not a name
        if is_public_figure(raw[: spans[k - 1][1]]):
            continue  # "đường trần hưng đạo" typed in lower case
        e = s + spans[k - 1][1]
        honorific = m.group("cue")
        if not spelled_as_cue(text[m.start("cue") : m.end("cue")], doc, m.start("cue")):
            continue
        if not spelled_as_surname(raw[: spans[0][1]], doc, s):
            continue
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_LOWER_CASE,
            detector_id,
            pattern="person.lower_case",
            base_score=BASE_LOWER_CASE,
            context=honorific,
        )
