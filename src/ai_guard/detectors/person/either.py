"""Two given names offered as the answer to "who", with no kin word before them ("mn oi toi nay
ai truc? duc hay phuong?", "nguoi ky bien ban la tuan hay hung e ko nho ro").

Chat asks who did or does a thing and answers with two names joined by "hay" (or), bare: the
question's "ai" (who) before them on the line, or "là" after a person's word ("người ký ...
là", "tên ... là"). Both words must be lexicon given names written as one (spelled so where
the text has diacritics), none of the given names that are as often an everyday choice's word
("an hay uong", "nam hay nu", "mai hay mot", "thang hay thua", "hay nhat"): ``_CHOICE_WORDS``.
Read only where the text holds "hay" (a literal-led search: no pass over a prompt without it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ai_guard.detectors.person.lexicon import everyday_pair
from ai_guard.text import Document, fold_word
from ai_guard.text.match import literal_led_matches, spelling

__all__ = ["either_names"]

#: two words joined by "hay" (folded view)
_EITHER = re.compile(r"hay[ \t]+(?P<b>[a-z]+)(?![a-z'’-])")
#: the word right before "hay" (folded view)
_WORD_BEFORE = re.compile(r"(?<![a-z'’-])(?P<a>[a-z]+)[ \t]+$")
#: "ai" (who) as a word (folded view)
_WHO = re.compile(r"(?<![a-z])ai(?![a-z'’-])")
#: a person's word before "là" ("người ký ... là", "tên ... là"), folded
_PERSON_THEN_IS = re.compile(r"(?<![a-z])(?:nguoi|ten)(?![a-z]).*(?<![a-z])la[ \t]+$")
#: given names that are an everyday choice's word as often ("ăn hay uống", "nam hay nữ", "sáu
#: hay bảy", "thắng hay thua", "hay nhất", "mai hay mốt", "đúng hay sai"), folded
_CHOICE_WORDS = frozenset(
    {"an", "nam", "nu", "mai", "thang", "dung", "hai", "ba", "tu", "sau", "bay", "tam", "chin"}
    | {"mot", "nhat", "hoa", "binh", "thu", "dong", "tay", "bac", "ha", "thuong", "tien", "lam"}
    | {"vui", "hien", "sang", "tot", "khoe", "manh", "yen", "giau", "ngoc", "bao", "xuan"}
)
#: how far before the first name the question's word is looked for
_REACH = 48
#: spellings of "hay" and "ai" (where the text has diacritics, "hãy" is no "hay")
_HAY = spelling("hay")
_AI = spelling("ai")


def either_names(
    doc: Document, is_given: Callable[[str], bool], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The given names of ``doc`` offered as "X hay Y" to a "who" (see the module
    docstring), as (start, end, cue) with the cue "hay"."""
    folded = doc.folded
    if "hay " not in folded and "hay\t" not in folded:
        return
    text = doc.text
    for m in literal_led_matches(_EITHER, folded, "hay"):
        at = m.start()
        if at == 0 or folded[at - 1] not in " \t":
            continue
        before = _WORD_BEFORE.search(folded, max(0, at - 24), at)
        if before is None:
            continue
        a_span, b_span = before.span("a"), m.span("b")
        words = [text[s:e] for s, e in (a_span, b_span)]
        if not all(w.islower() for w in words) or spelling(text[at : at + 3]) != _HAY:
            continue
        if any(fold_word(w) in _CHOICE_WORDS or not is_given(w) for w in words):
            continue
        if everyday_pair(words[0], words[1]):
            continue
        lead_at = max(folded.rfind("\n", 0, a_span[0]) + 1, a_span[0] - _REACH)
        lead = folded[lead_at : a_span[0]]
        asked = any(
            spelling(text[lead_at + w.start() : lead_at + w.end()]) == _AI
            for w in _WHO.finditer(lead)
        ) or (_PERSON_THEN_IS.search(lead) is not None)
        if not asked:
            continue
        for s, e in (a_span, b_span):
            if free(s, e):
                yield s, e, "hay"
