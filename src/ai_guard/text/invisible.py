"""A reading of the text without its disguises: zero-width characters and soft hyphens
removed, odd spaces (NBSP, thin, ideographic ...) read as a space, and letter-spaced words
(``M Ậ T``, ``L Ư U  H À N H``) joined, with an offset map back to the text.

Written for the marks detectors; meant to become part of the canonical reading every detector
consumes (issue 14). The result differs from the input only where a disguise was found, and
:func:`unveil` returns ``None`` when there is none (the common case costs one regex search).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ai_guard.text.document import Document, fold

__all__ = ["INVISIBLE", "NUMBER_GAPS", "ODD_SPACES", "Unveiled", "unveil", "unveiled"]

#: Zero-width and invisible formatting characters, soft hyphen, BOM: the one list every
#: detector and view uses.
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u180e"
#: Spaces other than U+0020 that a copy from Word, a PDF or a web page leaves.
ODD_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
#: Two or more single letters separated by one space each ("M Ậ T", "B Ộ").
#: Letters spaced by two spaces or a tab throughout count too ("M  Ậ  T", "M\tẬ\tT").
_SPACED = re.compile(
    r"(?<![^\W\d_])(?:(?:[^\W\d_] )+[^\W\d_]"
    r"|[^\W\d_](?P<gap>  |\t)[^\W\d_](?:(?P=gap)[^\W\d_])*)(?![^\W\d_])"
)
#: what may stand between the digit groups of one number besides a space, a dot or a hyphen:
#: the spaces typesetting puts in numbers (no-break, figure, thin, narrow no-break) and the
#: invisible characters copy-paste leaves
#: single letters joined by one dot or hyphen throughout ("M.Ậ.T", "T-Ố-I", "B.Ộ"); the gates
#: let a text through on a run of three or more ("T.P." or "v.v." alone stay as they are)
_SEPARATED = r"(?<![^\W\d_.\-])[^\W\d_](?P<sep>[.\-])[^\W\d_](?:(?P=sep)[^\W\d_])*(?![^\W\d_])"
_SEPARATED_GATES = tuple(
    re.compile(re.escape(c) + r"[a-z]" + re.escape(c) + r"[a-z](?![a-z])") for c in ".-"
)
#: the levels typed in Telex with the input method off; the reading, and for each of its
#: letters the index of the typed letter it comes from (the last from the last: the span
#: covers the whole typed word)
_TELEX = {
    "maatj": "mật", "maajt": "mật",
    "toois": "tối", "toosi": "tối",
    "tuyeetj": "tuyệt", "tuyeejt": "tuyệt",
}  # fmt: skip
_TELEX_FROM = {
    "maatj": (0, 1, 4), "maajt": (0, 1, 4),
    "toois": (0, 1, 4), "toosi": (0, 1, 4),
    "tuyeetj": (0, 1, 2, 3, 6), "tuyeejt": (0, 1, 2, 3, 6),
}  # fmt: skip
_TELEX_GATE = re.compile(r"maa(?:tj|jt)(?![a-z])")
_SITES = re.compile(
    _SPACED.pattern
    + r"|"
    + _SEPARATED
    + r"|(?<![^\W\d_])(?P<telex>(?i:"
    + "|".join(_TELEX)
    + r"))(?![^\W\d_])"
)
#: Cyrillic and Greek letters
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
_WORD = re.compile(r"[^\W\d_]+")
_LOOKALIKES = str.maketrans(
    "АВЕКМНОРСТХУаеорсухіІјЅѕкмтΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαικνυρτ",
    "ABEKMHOPCTXYaeopcyxiIjSskmtABEZHIKMNOPTYXoaikvupt",
)
_SPACED_START = re.compile(r"[^a-z]*[a-z] [a-z](?![a-z])")
NUMBER_GAPS = "\u00a0\u2007\u2009\u202f" + INVISIBLE
_HIDDEN = re.compile(f"[{INVISIBLE}{ODD_SPACES}]")
#: the gates for :data:`_SPACED`, on the folded text, each led by one literal character (the
#: engine's fast path; a class of characters first costs it 5x): a run after a space, or of
#: three letters or more after anything ("(M Ậ T)", "**T Ố I**"), holds " X Y"; a run of two
#: at the start of a line or after a tab; letters two spaces or a tab apart likewise
_SPACED_GATES = tuple(
    re.compile(lead + r"[a-z]" + gap + r"[a-z](?![a-z])")
    for lead, gap in ((" ", " "), ("\n", " "), ("\t", " "), ("  ", "  "), ("\t", "\t"))
)


@dataclass(frozen=True, slots=True)
class Unveiled:
    """The unveiled text and, for each of its characters, the offset it came from."""

    text: str
    origin: list[int]
    source_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source text that produced ``text[start:end]``."""
        s = self.origin[start] if start < len(self.origin) else self.source_length
        e = self.origin[end - 1] + 1 if end > 0 else s
        return s, max(s, e)


def unveil(text: str, folded: str | None = None) -> Unveiled | None:
    """``text`` without its disguises, ``None`` when it has none: zero-width characters
    removed, odd spaces read as spaces, letter-spaced words joined (``M Ậ T``, ``M.Ậ.T``,
    ``M-Ậ-T``), Cyrillic and Greek look-alike letters read as Latin inside a word that mixes
    them with Latin letters (``МẬТ``), and the secrecy levels typed in Telex with the input
    method off (``MAATJ``, ``TOOSI MAATJ``) read as spelled. ``folded``: ``fold(text)`` when
    the caller has it (the gates read it)."""
    if folded is None:
        folded = fold(text)
    hidden = not text.isascii() and _HIDDEN.search(text) is not None
    foreign = not folded.isascii() and _FOREIGN.search(folded) is not None
    if not (
        hidden
        or foreign
        or _spaced(folded)
        or any(gate.search(folded) is not None for gate in _SEPARATED_GATES)
        or _TELEX_GATE.search(folded) is not None
    ):
        return None
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in INVISIBLE:
            continue
        out.append(" " if ch in ODD_SPACES else ch)
        origin.append(i)
    plain = "".join(out)
    if foreign:
        plain = _latin_lookalikes(plain)
    joined: list[str] = []
    joined_origin: list[int] = []
    pos = 0
    for m in _SITES.finditer(plain):
        joined.append(plain[pos : m.start()])
        joined_origin.extend(origin[pos : m.start()])
        telex = m.group("telex")
        if telex is not None:
            word = _TELEX[telex.lower()]
            if telex.isupper():
                word = word.upper()
            elif telex[0].isupper():
                word = word.capitalize()
            joined.append(word)
            # each letter of the reading from the first letter of what it was typed as
            joined_origin.extend(
                origin[m.start() + min(k, len(telex) - 1)] for k in _TELEX_FROM[telex.lower()]
            )
        else:
            for k in range(m.start(), m.end()):
                if plain[k].isalpha():
                    joined.append(plain[k])
                    joined_origin.append(origin[k])
        pos = m.end()
    joined.append(plain[pos:])
    joined_origin.extend(origin[pos:])
    result = "".join(joined)
    if result == text:
        return None
    return Unveiled(result, joined_origin, len(text))


def _latin_lookalikes(text: str) -> str:
    """Cyrillic and Greek letters that look Latin, read as Latin inside words that mix them
    with Latin letters ("МẬТ"); words of one script are left alone ("Москва")."""

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if not _FOREIGN.search(w) or not _LATIN.search(w):
            return w
        return w.translate(_LOOKALIKES)

    return _WORD.sub(word, text)


def _spaced(folded: str) -> bool:
    """Whether the text holds letter spacing :data:`_SPACED` would join (see the gates)."""
    return _SPACED_START.match(folded) is not None or any(
        gate.search(folded) is not None for gate in _SPACED_GATES
    )


def unveiled(doc: Document) -> Unveiled | None:
    """:func:`unveil` of ``doc.text``, computed once per document."""
    cached = doc.cached("unveiled")
    if cached is None:
        cached = unveil(doc.text, doc.folded) or False
        doc.store("unveiled", cached)
    return cached if isinstance(cached, Unveiled) else None
