"""Chat speakers named by a handle or by two words typed in any case, in a chat log pasted whole.

A chat exported from Zalo, Teams, Slack or a phone names its speakers as their accounts show
them: a handle made of the person's names (``[09:12] hung.tran: ...``, ``quyen_le: ...``), or
the name in two words, given name first as English-language tools write it and often in lower
case (``tom h: ...``, ``linh vu: ...``, ``Linh Vu: ...``). Such a line is a speaker's when the
text holds two speaker lines or more (a chat, not a label such as ``ghi chú:``) and every word
of the speaker is a name of the lexicons (Vietnamese surnames, middle and given names; the
foreign names of ``foreign_names.tsv``) or a one-letter initial after a name, or a handle
whose first part is two name words typed together (``minhtuan.ca``); in a log whose lines
carry their times, a speaker of one word that is a given name (``[14:05] ha: ...``) is a
person too, where another speaker is named so. Once a speaker
``linh vu`` is found, ``linh`` alone elsewhere in the chat (``did linh send ...``) is the same
person. The drafter named in brackets at the end of a document's storage line (``- Lưu: VT,
CCVC (Hoa).``, typed without diacritics ``- luu: vt, tccb (duyen).``) is a name too.
(Lower-case names after "mr." / "dr." are person/titled.py's, which asks
:func:`titled_surname` for a surname alone after "dr": ``dr patel``.)

Reported at :data:`~ai_guard.detectors.person.scores.SCORE_GIVEN_ALONE` (pattern
``person.chat_handle``); names the other paths found are left to them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.foreign import foreign_lexicon
from ai_guard.detectors.person.given import SPEAKER_CUES
from ai_guard.detectors.person.lexicon import (
    everyday_pair,
    lexicons,
    name_spellings,
)
from ai_guard.detectors.person.scores import (
    BASE_SHORT_REFERENCE,
    REPORT_FLOOR,
    SCORE_GIVEN_ALONE,
)
from ai_guard.detectors.person.words import matches_at_lines_with
from ai_guard.models import EntityType
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import literal_led_matches, spelling

__all__ = ["chat_handles", "label_terms", "titled_surname"]

#: a chat line's speaker at a line's start: an optional time ("[09:12]", "09:12 -", "(9h05)"),
#: then one to three words or a handle, a note in brackets at times, then ":" and the message
#: (folded view, one line; tried only at the lines that hold ":")
_SPEAKER = re.compile(
    r"[ \t]*(?P<time>[\[(]?\d{1,2}[:h.]\d{2}(?::\d{2})?[\])]?[ \t]*(?:[-–][ \t]*)?)?"
    r"(?P<who>[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*|[ \t]+[a-z]+){0,2})"
    # a note on the speaker's unit in brackets ("xuân nhị (tư pháp): ...")
    r"(?:[ \t]*\([^()\n:]{1,30}\))?[ \t]*:"
    r"[ \t]+\S"
)
#: birth-order and kin words before a given name in a speaker's field, folded ("ut nhi": Út
#: Nhi, the youngest; "be na"), left out of the name as after a cue
_KIN_BEFORE_GIVEN = frozenset(
    ("ut", "be", "me", "bo", "co", "chu", "bac", "di", "cau", "mo", "thim", "anh", "chi", "em",
     "ong", "ba", "cu", "thay")
)  # fmt: skip
#: speakers that are roles, tools or labels, not people (folded, the whole speaker)
_NOT_PEOPLE = frozenset(
    ("me", "you", "toi", "minh", "ban", "em", "anh", "chi", "note", "notes", "ghi chu", "q",
     "a", "hoi", "dap", "tra loi", "question", "answer", "kh", "khach", "khach hang", "nv",
     "subject", "re", "from", "to", "cc", "date", "time", "link", "file", "tel", "fax",
     "email", "sdt", "dt", "tom tat", "ket luan", "noi dung", "y kien")
)  # fmt: skip
#: words that make any speaker holding them a role or a tool ("user_2", "chat bot")
_ROLES = frozenset(
    ("user", "users", "system", "assistant", "bot", "admin", "ai", "chatgpt", "gpt", "claude",
     "gemini", "copilot", "support", "cskh", "moderator", "host", "guest", "agent", "team")
)  # fmt: skip


#: the tags a group chat puts after a member's given name for the unit she is from that
#: spell a name's word too ("Tuấn CA:", typed "tuan ca:": công an, the police), folded
_UNIT_TAGS = frozenset(
    # the police ("CA", công an); an agency's units as a display name adds them ("khanh tccb":
    # tổ chức cán bộ; hành chính tổng hợp, tổ chức hành chính, văn phòng, kế hoạch tài chính)
    {"ca", "tccb", "hcth", "tchc", "vp", "khtc", "tckt"}
)
#: a party, a group or a step by its letter ("Bên A:", "Ben B:", "Nhóm C:", "Tổ A:"), folded
_PARTY = re.compile(
    r"(?:ben|phia|nhom|to|doi|phong|lo|khu|hang|ca|tiet|buoc|muc|phan|khoi|lop|team|group"
    r"|party|side)[ \t]+[a-z0-9]$"
)


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    """The cue terms of the lexicons (folded): a form's labels ("quê quán", "điện thoại",
    "ngày sinh"), however name-like their words, are no speakers."""
    out: set[str] = set()
    for row in data.rows("detectors/cues.tsv"):
        # (not the units after an amount, "ha", "tấn", "đồng": no label, and names too: "hà
        # vy:", a speaker)
        if len(row) > 1 and not row[0].endswith("_after"):
            out.add(" ".join(fold_word(row[1]).split()))
    for name in ("detectors/address_cues.tsv", "detectors/name_cues.tsv"):
        for row in data.rows(name):
            if row and row[0]:
                out.add(" ".join(fold_word(row[0]).split()))
    # honorifics and kin words before a speaker's given name ("can bo hoa:", "anh tuan:"): the
    # given-name path reads those
    out.update(SPEAKER_CUES)
    return frozenset(out)


def label_terms() -> frozenset[str]:
    """The lexicons' cue terms, folded (``_labels``): a form's labels, parties, honorifics."""
    return _labels()


#: the drafter's name in brackets at the end of a document's storage line ("- Lưu: VT, CCVC
#: (Hoa).", "Lưu: VT, P.TC (Nguyễn Thu Hà)"), folded
_STORAGE_DRAFTER = re.compile(
    r"(?<![a-z])luu[ \t]*:[^\n]{0,60}?\([ \t]*([a-z]+(?:[ \t]+[a-z]+){0,3})[ \t]*\)[ \t.;]*$",
    re.M,
)


#: short English given names that spell a Vietnamese syllable too ("tom", "tim", "sam"): left
#: out of ``foreign_names.tsv``, where they would read "tôm", "tim", "sâm" as names, and taken
#: here only as the first word of a chat speaker's two ("tom h: ..."; not "ben": "Ben A:" is
#: "Bên A:", a contract's party typed without diacritics)
_SHORT_ENGLISH_GIVENS = frozenset(
    ("tom", "tim", "sam", "dan", "joe", "jim", "bob", "jack", "kate", "jane", "mary",
     "paul", "mark", "luke", "amy", "emma", "lucy", "jen", "ken", "ann", "anne", "max", "leo",
     "mia", "eva", "nina", "hana", "long")
)  # fmt: skip
#: South Asian surnames (Indian experts in Vietnamese files) alone after a lower-case "dr" ("dr
#: patel"); kept here, not in ``foreign_names.tsv``, whose paths would read the English word
#: after them as a given name ("patel this")
_TITLED_SURNAMES = frozenset(
    ("patel", "singh", "kumar", "sharma", "gupta", "shah", "reddy", "nair", "iyer", "mehta",
     "agarwal", "chopra")
)  # fmt: skip


def _joined_names(part: str) -> bool:
    """Whether a handle's part is two Vietnamese name words typed together ("minhtuan",
    "hungtran", "thuylinh"), each of two letters or more."""
    lex = lexicons()
    words = lex.surnames | lex.givens | lex.middles
    return any(part[:i] in words and part[i:] in words for i in range(2, len(part) - 1))


def _timed_given(m: re.Match[str]) -> bool:
    """Whether a speaker line opened by a time ("[14:05] ha: ...") is spoken by one word that
    is a given name of the lexicons, typed plain ("ha", "tuan"; not "note", "hoi", a label)."""
    who = m.group("who")
    return (
        m.group("time") is not None
        and " " not in who
        and who.isalpha()
        and len(who) >= 2
        and who in lexicons().givens
        and who not in _NOT_PEOPLE
        and who not in _labels()
    )


def _name_word(word: str) -> bool:
    """A word of the name lexicons (Vietnamese or foreign), folded."""
    lex = lexicons()
    if word in lex.surnames or word in lex.givens or word in lex.middles:
        return True
    foreign = foreign_lexicon()
    return word in foreign.givens or word in foreign.surnames


def _initials(part: str) -> bool:
    """Whether a handle's part is the initials of a surname and middle names, as agencies'
    accounts write them after the given name ("thu.ntm": Nguyễn Thị Minh Thu; "hung.lv"): two
    to four letters, each a surname's or a middle name's first, no vowel but as one of them,
    no syllable."""
    lex = lexicons()
    firsts = {w[0] for w in lex.surnames} | {w[0] for w in lex.middles}
    return (
        2 <= len(part) <= 4
        and all(c in firsts for c in part)
        and not any(c in "aeiouy" for c in part[1:])
        and not _name_word(part)
    )


def _speaker_name(who: str, written: str) -> bool:
    """Whether a speaker (``who`` folded, ``written`` as typed) is a person's handle or name:
    two parts of a handle, or two or three words, each a name of the lexicons but a last
    one-letter initial, typed all in lower case or each word capitalised ("linh vu",
    "Linh Vu"; not "Quê quán", "QUYẾT ĐỊNH"), spelled as names where typed with diacritics
    ("Điện thoại" is no "Điền Thoại"), no two of them an everyday word."""
    words = who.split()
    if (
        who in _NOT_PEOPLE
        or _PARTY.match(who)
        or any(" ".join(words[:n]) in _labels() for n in range(1, len(words) + 1))
    ):
        return False  # a label, a party, or a cue before a name ("can bo hoa": the given path's)
    handle = "." in who or "_" in who
    parts = re.split(r"[._]|[ \t]+", who)
    if any(not p.isalpha() for p in parts) or any(p in _ROLES for p in parts):
        return False
    if len(words) == 2 and words[1] in _UNIT_TAGS and _name_word(words[0]) and len(words[0]) >= 2:
        return written.islower() or written.isascii()  # "khanh tccb": a name and its unit's tag
    if handle and len(parts) == 2 and _name_word(parts[0]) and _initials(parts[1]):
        return True  # "thu.ntm": a given name and the initials of the names before it
    if handle and len(parts) == 2 and _joined_names(parts[0]):
        return True  # "minhtuan.ca": two names typed together, then anything
    if len(parts) == 1:
        return False  # one word alone: the given-name path reads it ("tuan:", "Hạnh:")
    names = parts[:-1] if len(parts[-1]) == 1 else parts
    if len(names[0]) < 2:
        return False
    if not handle:
        words = written.split()
        titled = all(w[:1].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)
        if not (written.islower() or titled):
            return False
        if not written.isascii() and any(
            spelling(w) not in name_spellings() and fold_word(w) not in lexicons().surnames
            for w in words[: len(names)]
        ):
            return False
        if any(everyday_pair(a, b) for a, b in itertools.pairwise(words)):
            return False
    first = names[0] in _SHORT_ENGLISH_GIVENS and len(parts) == 2 and not handle
    return all(len(p) >= 2 and (_name_word(p) or (i == 0 and first)) for i, p in enumerate(names))


def titled_surname(word: str) -> bool:
    """Whether a folded word alone after a lower-case "dr" is a surname or name of the
    lexicons, or a South Asian surname ("dr patel", "dr nguyen"; person/titled.py asks)."""
    key = word.replace("'", "")
    return _name_word(key) or key in _TITLED_SURNAMES


def _taken(found: Sequence[Detection], s: int, e: int) -> bool:
    """Whether a name reported by another path (a score the engine keeps) overlaps."""
    return any(f.start < e and s < f.end and f.score >= REPORT_FLOOR for f in found)


def chat_handles(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """Speakers of a chat log named by a handle or two words, their given names said again
    in the chat, and a lower-case title before a surname (see the module docstring)."""
    folded = doc.folded
    text = doc.text
    out: list[Detection] = []

    def add(s: int, e: int, pattern: str, context: str) -> None:
        if not _taken(found, s, e) and not _taken(out, s, e):
            out.append(
                Detection(
                    EntityType.PERSON,
                    s,
                    e,
                    SCORE_GIVEN_ALONE,
                    detector_id,
                    pattern=pattern,
                    base_score=BASE_SHORT_REFERENCE,
                    context=context,
                )
            )

    if ":" in text:
        lines = list(matches_at_lines_with(_SPEAKER, folded, ":"))
        speakers = [
            m for m in lines if _speaker_name(m.group("who"), text[m.start("who") : m.end("who")])
        ]
        if speakers and sum(m.group("time") is not None for m in lines) >= 2:
            # a chat log with its times ("[14:05] ha: de e bao"): a speaker of one word that
            # is a given name is a person too, where another speaker is named so
            speakers.extend(m for m in lines if m not in speakers and _timed_given(m))
            speakers.sort(key=lambda m: m.start())
        if len(speakers) >= 2:  # two lines spoken by people: a chat log, not a form's labels
            given: dict[str, set[str]] = {}
            for m in speakers:
                who = m.group("who")
                words = who.split()
                if len(words) == 2 and words[1] in _UNIT_TAGS:
                    # "tuấn ca:": the given name and the unit's tag ("CA", công an), no
                    # two-word name; the given name alone is the person's
                    add(m.start("who"), m.start("who") + len(words[0]), "person.chat_handle", "tag")
                    continue
                if len(words) == 2 and words[0] in _KIN_BEFORE_GIVEN and len(words[1]) >= 2:
                    # "ut nhi:", "be na:": a birth-order or kin word, then the given name; the
                    # name is the person's, the word before it anyone's
                    s = m.end("who") - len(words[1])
                    add(s, m.end("who"), "person.chat_handle", "speaker")
                    continue
                add(m.start("who"), m.end("who"), "person.chat_handle", "speaker")
                if len(words) == 2 and len(words[0]) >= 3 and "." not in who and "_" not in who:
                    # "linh vu": "linh" said again is the same person
                    given.setdefault(words[0], set()).add(words[1])
            for word in sorted(given):
                for g in re.finditer(rf"(?<![\w.@]){re.escape(word)}(?![\w@])", folded):
                    after = re.match(r"[ \t]+(\w+)", folded[g.end() :])
                    if after is not None and everyday_pair(word, after.group(1)):
                        continue  # "linh kiện": an everyday word, no one
                    if after is not None and after.group(1) in given[word]:
                        # the speaker's two words together ("CHV Hoang Long:", "vụ của Hoang
                        # Long"): the pair, not its first word, is the name there
                        if text[g.start()].isupper() == text[g.end() + after.start(1)].isupper():
                            add(g.start(), g.end() + after.end(1), "person.chat_handle", "speaker")
                        continue
                    if text[g.start() : g.end()].lower() != text[g.start() : g.end()] and not (
                        text[g.start()].isupper() and text[g.start() + 1 : g.end()].islower()
                    ):
                        continue  # "LINH" in capitals mid-sentence: a heading or an acronym
                    add(g.start(), g.end(), "person.chat_handle", "speaker")
    if "luu" in folded:
        # (every match opens with "luu": tried there only, not at every character)
        for m in literal_led_matches(_STORAGE_DRAFTER, folded, "luu"):
            written = text[m.start(1) : m.end(1)]
            words = written.split()
            # in lower case: pasted with its diacritics ("- lưu: vt, hctp (nhung).") or typed
            # without them ("- luu: vt, tccb (duyen)."), the lexicons below decide
            lowered = written.islower()
            if not lowered and not all(
                w[:1].isupper() and (len(w) == 1 or w[1:].islower()) for w in words
            ):
                # "(CCVC)", "(b/c)": a unit's code or a note, no one's name; in a document
                # pasted in lower case with its diacritics ("- lưu: vt, hctp (nhung).") the
                # spelling below decides
                continue
            if not all(_drafter_word(w) for w in words) or any(
                everyday_pair(a, b) for a, b in itertools.pairwise(words)
            ):
                continue  # "(van thu)": văn thư, the clerk's office
            add(m.start(1), m.end(1), "person.chat_handle", "lưu")
    yield from out


def _drafter_word(word: str) -> bool:
    """Whether a word in the storage line's brackets is a name's: spelled as a name where it
    has diacritics, or a surname; typed without them ("Duyen", "nhung"), a lexicon name word
    that is no place or common word ("vt", "tccb", "b/c" are none)."""
    folded = fold_word(word)
    surnames, middles, givens, not_names, _ = lexicons()
    if folded in surnames:
        return True
    if not word.isascii():
        return spelling(word) in name_spellings()
    return (folded in givens or folded in middles) and folded not in not_names
