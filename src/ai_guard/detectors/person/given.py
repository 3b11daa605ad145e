"""Given names alone, where a person is plainly meant: "hồ sơ anh Khánh thiếu giấy khai sinh",
"bà Tư ở xóm Chợ", a chat line's speaker ("Cán bộ Hoa: ...", "Thơ: chưa em").

Chat about a case names people by their given name only, and the given name with the case
file is enough to find them in a commune. :mod:`.coreference` reports such a name when the full
name stands earlier in the prompt; this path reports it with no full name at all, on evidence
that the word names a person here:

* right after an honorific or a kin word written as one, in lower case ("anh", "chị", "bà",
  "cô", "chú" ...) or opening a line ("Anh Tuấn (phòng TCCB): ..."); or as the speaker of a
  line of a chat with at least two such lines ("Hạnh: ...", "Cán bộ Hoa: ...");
* capitalised, one word, a given name of the lexicon spelled as one where the text has
  diacritics; not followed by another capitalised word (then the other paths judge a longer
  name or a place: "anh Hà Nội", "chị Mai Thị Hồng");
* not a historical figure's name after its usual honorific ("Bác Hồ"), not a word that opens
  an agency's or a place's name ("cán bộ Chi cục ...").

Scored below a full name (:data:`~.scores.SCORE_GIVEN_ALONE`), above the reporting floor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import given_spellings, lexicons
from ai_guard.detectors.person.scores import BASE_SHORT_REFERENCE, SCORE_GIVEN_ALONE
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling, trie_regex

__all__ = ["given_names_alone"]

#: honorifics and kin words before a given name, as written (lower case; capitalised only at
#: a line's start)
_CUES = (
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "dì", "cậu",
    "mợ", "thím", "đồng chí", "cán bộ",
)  # fmt: skip
_CUE = "|".join(sorted(_CUES, key=len, reverse=True))
#: a capital letter of Vietnamese
_CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
#: a cue (lower case, or capitalised: then only at a line's start, checked in Python) and
#: one capitalised word that no letter, digit, apostrophe or hyphen continues; literal-led,
#: so the engine skips from one cue to the next
_AFTER_CUE = re.compile(
    "(?P<cue>"
    + trie_regex(sorted({*_CUES, *(c[0].upper() + c[1:] for c in _CUES)}))
    + rf")[ \t]+(?P<name>[{_CAP}][^\W\d_]*)(?![\w'’-])"
)
#: a chat line's speaker: the line opens (after a time or a bullet) with a given name, an
#: optional note in brackets, and ":"
_SPEAKER = re.compile(
    r"[ \t]*(?:[-*>][ \t]*)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?"
    rf"(?:(?i:{_CUE})[ \t]+)?(?P<name>[{_CAP}][^\W\d_]*)[ \t]*(?:\([^()\n]{{1,60}}\)[ \t]*)?:",
)
#: capitalised words after which the candidate is no lone given name
_NEXT_CAPITAL = re.compile(rf"[ \t]+[{_CAP}]")
#: header words of mail and notes that open a line before ":" like a speaker ("To: ...",
#: "From: ...", "Re: ..."), folded
_NOT_SPEAKERS = frozenset(
    {"to", "from", "cc", "bcc", "re", "fw", "fwd", "subject", "date", "note", "ps", "q", "a"}
    # Vietnamese mail headers ("Từ:", "Đến:", "Gửi:") and a document's filing line ("Lưu:")
    | {"tu", "den", "gui", "luu", "ngay", "kinh", "ghi", "mau", "so", "ky"}
)
#: historical figures by their usual short name ("Bác Hồ", "bác Tôn"), folded
_FIGURES = frozenset({"bac ho", "bac ton", "chu tich ho"})


def _is_given(word: str) -> bool:
    folded = fold_word(word)
    if folded not in lexicons().givens or folded in lexicons().not_names:
        return False
    # with diacritics the word must be spelled as a given name ("Hòa", not "Hỏa")
    return word.isascii() or spelling(word) in given_spellings()


def given_names_alone(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The given names alone in ``doc`` that the module docstring describes, apart from the
    spans the other paths found."""
    text = doc.text
    if not any(c.isupper() for c in text):
        return
    taken = [(d.start, d.end) for d in found]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    out: list[tuple[int, int, str]] = []
    for m in _AFTER_CUE.finditer(text):
        cs = m.start("cue")
        if cs > 0 and (text[cs - 1].isalpha() or text[cs - 1].isdigit()):
            continue  # inside a word
        cue = m.group("cue")
        if cue[0].isupper() and text[text.rfind("\n", 0, cs) + 1 : cs].strip(" \t-*>"):
            continue  # a capitalised cue counts at a line's start only ("Anh Tuấn (TCCB): ...")
        s, e = m.span("name")
        word = m.group("name")
        if _NEXT_CAPITAL.match(text, e) or not _is_given(word):
            continue
        if fold_word(f"{cue} {word}") in _FIGURES:
            continue
        after = text[e : e + 6].lower()
        if after.startswith((" cục", " nhánh", " bộ", " đoàn")):
            continue  # "cán bộ Chi cục Thuế": an agency's name
        if free(s, e):
            out.append((s, e, fold_word(cue)))
    # tried at each line's start only (a pattern anchored with "^" is tried everywhere)
    speakers: list[re.Match[str]] = []
    if text.count(":") >= 2:
        pos = 0
        while pos >= 0:
            line = _SPEAKER.match(text, pos)
            if line is not None:
                speakers.append(line)
            nl = text.find("\n", pos)
            pos = nl + 1 if nl >= 0 else -1
    if len(speakers) >= 2:
        for m in speakers:
            s, e = m.span("name")
            name = m.group("name")
            if fold_word(name) not in _NOT_SPEAKERS and _is_given(name) and free(s, e):
                out.append((s, e, "speaker"))
    seen: set[int] = set()
    for s, e, cue in sorted(out):
        if s in seen:
            continue
        seen.add(s)
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_GIVEN_ALONE,
            detector_id,
            pattern="person.given_name",
            base_score=BASE_SHORT_REFERENCE,
            context=cue,
        )
