"""Names in lower case after a title written the English way: "mr. tran minh khang", "ms.
siobhan o'callaghan", "mr. d'arcy whitfield", "dr. olga petrovna smirnova", "mrs. khang".

A prompt typed in lower case keeps "mr." / "ms." / "mrs." / "dr." before a foreigner's name
or a Vietnamese one written for a foreign reader, and what follows the title is a person's
name whatever its origin: the words the lexicons do not know ("o'callaghan", "whitfield") are
the ones a guard must not leave visible. The name runs over one to four words in lower case
(letters, an apostrophe or a hyphen inside) up to punctuation or a word that goes on with the
sentence ("and", "of", "và", "của") or an English verb ("confirming"); not an office held
("mr. president", "madam chair"); after "dr." (also a street's "Drive") two words at least.
Capitalised, the other paths read most names after a title; a surname with an elided article
alone ("Ms. O'Brien", "Mr. D'Souza") is read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.foreign import PARTICLE_WORDS
from ai_guard.detectors.person.handles import titled_surname
from ai_guard.detectors.person.scores import SCORE_LOWER_CASE, foreign_hit
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import Document

__all__ = ["titled_names"]

#: a title written the English way, in lower case, then a space (folded text)
#: (led by the titles' letters, the engine skips from one "m" or "d" to the next; the word
#: before is checked in Python)
_TITLE = re.compile(r"(mrs|mr|ms|miss|dr|madam|mme)\.?[ \t]+(?=[a-z])")
#: a word of a name: letters, an apostrophe or a hyphen inside (folded text)
_WORD = re.compile(r"[a-z]+(?:['\u2019-][a-z]+)*")
#: words that go on with the sentence after a name, English and Vietnamese (folded)
_STOPS = frozenset(
    {"and", "or", "of", "is", "was", "from", "with", "the", "an", "to", "for", "in", "at", "on"}
    | {"who", "has", "had", "will", "would", "said", "says", "born", "as", "by", "his", "her"}
    | {"va", "cua", "o", "la", "da", "den", "gui", "sang", "voi", "ve", "tai", "se", "dang"}
    | {"bi", "duoc", "nhe", "oi", "a", "cho", "hoac", "nhan", "yesterday", "today", "tomorrow"}
    | {"about", "their", "our", "your", "my", "we", "you", "they", "she", "he", "it", "that"}
    | {"this", "re", "regarding", "please", "thanks", "email", "sdt", "tel", "phone", "bên"}
    | {"before", "after", "until", "since", "when", "if", "but", "so", "then", "now", "soon"}
    | {"this", "morning", "tonight", "noon", "later", "again", "also", "too", "not", "can"}
    | {"next", "last", "how", "why", "what", "where", "which", "just", "still", "already"}
    # English verbs in the third person ("ms yoon works for ...")
    | {"works", "lives", "needs", "wants", "asks", "comes", "goes", "takes", "makes", "gets"}
    | {"stays", "teaches", "writes", "sends", "knows", "thinks", "agrees", "arrives", "leaves"}
    | {"plans", "hopes", "holds", "owns", "runs", "uses", "visits", "helps", "calls", "pays"}
    # Vietnamese verbs typed without diacritics after the person ("mr. kim dong-hyun goi sdt")
    | {"goi", "hoi", "noi", "bao", "xin", "can", "muon", "co", "khong", "lam", "nop", "ky"}
    # an identifier's label or a relative after the name ("mr arjun mehta passport z62...",
    # "ms lee's wife")
    | {"passport", "visa", "cccd", "cmnd", "mst", "dob", "wife", "husband", "son", "daughter"}
)
#: a possessive's ending on a name's last word ("mr tanaka hiroshi's wife")
_POSSESSIVE = ("'s", "\u2019s")
#: offices and forms of address after a title, no name ("mr. president", "madam chair")
_OFFICES = frozenset(
    {"president", "chairman", "chair", "speaker", "director", "minister", "secretary"}
    | {"ambassador", "officer", "manager", "mayor", "governor", "justice", "deputy", "vice"}
)


#: names that end as English verbs do
_ED_NAMES = frozenset({"mohammed", "muhammed", "mohamed", "ahmed", "mahmoud", "alfred", "jared"})


def _english_verb(word: str) -> bool:
    """Whether a word after a name is an English verb's form ("confirming", "called"), not
    the name's."""
    if word.endswith("ing") and len(word) > 5:
        return True
    return word.endswith("ed") and len(word) >= 5 and word not in _ED_NAMES


#: a capitalised surname with an elided article after an English title ("Ms. O'Brien", "Mr.
#: D'Souza", "Dr. N'Diaye"): the one-letter head, the apostrophe and a capitalised rest is the
#: shape of a name, no English or Vietnamese word's
_ELIDED_SURNAME = re.compile(
    r"(?<![^\W\d_])(?P<title>Mrs|Mr|Ms|Miss|Dr|Prof|Madam)\.?[ \t]+"
    r"(?P<name>[A-Z]['\u2019][A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'\u2019-])"
)


def titled_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """The lower-case names after "mr." / "ms." / "mrs." / "dr." in ``doc``, and the
    capitalised surnames with an elided article after them ("Ms. O'Brien")."""
    folded = doc.folded
    if "mr" not in folded and "ms" not in folded and "dr" not in folded and "mme" not in folded:
        return
    text = doc.text
    if "'" in text or "\u2019" in text:
        for e in _ELIDED_SURNAME.finditer(text):
            yield foreign_hit(
                e.start("name"),
                e.end("name"),
                detector_id,
                e.group("title").lower(),
                SCORE_LOWER_CASE,
            )
    for m in _TITLE.finditer(folded):
        if m.start() and folded[m.start() - 1].isalnum():
            continue  # "hdr", "adms": inside a word; "382ms", "4dr": a unit after a number
        pos = m.end()
        words: list[tuple[int, int]] = []
        first = _WORD.match(text, pos)
        plain = first is None or first.group().isascii()
        while len(words) < 4:
            w = _WORD.match(folded, pos)
            if w is None or w.group() in _STOPS or not text[w.start() : w.end()].islower():
                break
            if words and _english_verb(w.group()):
                break  # "dr. olga petrovna smirnova confirming her ...": a verb
            if words and text[w.start() : w.end()].isascii() != plain:
                break  # "mr pierre dubois bên tổ chức": a Vietnamese word after the name
            if (
                words
                and w.group().endswith("s")
                and all(is_vietnamese_syllable(folded[a:b]) for a, b in words)
            ):
                break  # "ms yen lives at", "ms. mai anh needs": an English verb after the name
            if (
                len(words) >= 2
                and w.group() not in PARTICLE_WORDS
                and is_vietnamese_syllable(w.group())
                and any(not is_vietnamese_syllable(folded[a:b]) for a, b in words)
            ):
                break  # "mr david miller thue nha": a Vietnamese word typed so after the name
            if folded.startswith((*"0123456789", "="), w.end()):
                break  # "ms build=1.24.3": a key of a log's key=value pairs, no name
            if w.group().endswith(_POSSESSIVE):
                words.append((w.start(), w.end() - 2))  # the name ends before its "'s"
                break
            words.append(w.span())
            if len(words) == 2 and "-" in w.group():
                break  # "kim dong-hyun": a Korean surname and given name, whole
            if not folded.startswith(" ", w.end()):
                break
            pos = w.end() + 1
        keys = [folded[a:b] for a, b in words]
        if len(keys) > 3 and not any(k in PARTICLE_WORDS for k in keys[1:-1]):
            # a given name, a middle name and a surname; a fourth word only after particles
            # ("johannes van der berg")
            words = words[:3]
        if not words or folded[words[0][0] : words[0][1]] in _OFFICES:
            continue
        if m.group(1) == "dr" and len(words) < 2 and not titled_surname(keys[0]):
            continue  # "dr patel", "dr nguyen": a surname of the lexicons alone after "dr"
        yield foreign_hit(words[0][0], words[-1][1], detector_id, m.group(1), SCORE_LOWER_CASE)
