"""Candidate finding: runs of capitalised words, walked word by word for where a name starts.

A run is two or more capitalised words separated by one or two spaces (a line break, a full
stop, a tab or a wider gap ends it: "Họ tên: Đặng Quốc Việt   Giới tính: Nam"). In each run:

1. a whole table cell under a name column is a name (:func:`.cued.name_cell`);
2. a run with no lexicon surname and no cue word is a name only after a strong cue
   (:func:`.cued.cued_unknown`);
3. a run that opens a line and is followed by ", ngày <digit>" is a place of issue, skipped
   (:func:`.context.is_place_of_issue`);
4. otherwise the walk skips honorifics ("Ông Trần Quốc Bảo") and known places ("Hồ Chí Minh",
   skipped whole), tries each lexicon surname (:func:`.surname_first.from_surname`), tries a
   cue-led unknown surname where a word is not one, and goes on after each name it finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.broken import broken_names
from ai_guard.detectors.person.context import (
    CUE_REACH,
    RIGHT_BEFORE,
    cue_before,
    cue_possible,
    cue_possible_after,
    figure_word_before,
    history_event_near,
    is_place_of_issue,
    place_word_before,
)
from ai_guard.detectors.person.cued import cued_unknown, headers_possible, name_cell
from ai_guard.detectors.person.foreign import foreign_name, foreign_starts, is_foreign_word
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    NEVER_IN_NAMES,
    cue_words,
    everyday_pair,
    known_phrase,
    lexicons,
    public_figures,
    spelled_surnames,
    strong_cues,
)
from ai_guard.detectors.person.minority import (
    minority_lexicon,
    minority_name,
    minority_starts,
)
from ai_guard.detectors.person.surname_first import (
    cued_gendered,
    from_surname,
    is_legal_word,
    namesakes_mark,
)
from ai_guard.detectors.person.views import folded_cased_bytes
from ai_guard.detectors.person.words import (
    fold,
    is_typical_middle,
    plain_line,
    spelled_as_cue,
    spelled_as_surname,
)
from ai_guard.text import Document
from ai_guard.text.match import spelling
from ai_guard.text.word_caches import Churned, word_cache

__all__ = ["capitalised_names", "capitalised_runs"]

_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# a capital, then letters and apostrophes (written so that the engine loops on a class, not on
# an alternation: the same words as "(?:[^\W\d_]|')*")
_WORD = rf"[{_UP}][^\W\d_]*(?:'[^\W\d_]*)*"
# Two or more capitalised words separated by spaces or tabs (a line break or a full stop ends
# a name; a single capital with a dot is an initial: "Nguyễn Văn A.").
# words of a name are separated by one space (two at most); a tab or a wider gap separates
# fields ("Họ tên: Đặng Quốc Việt   Giới tính: Nam"); the document reads a no-break space as a
# space, so a space is all there is to match
# (an underscore may close it: Markdown's emphasis, "__Nguyễn Văn An__", or a file's name,
# "Nguyễn Văn An_CV.pdf")
_SEQ = re.compile(rf"({_WORD})(?: {{1,2}}{_WORD}){{1,6}}(?![^\W_])")
_WORD_RE = re.compile(rf"{_WORD}")

# Where a run can start, found on a one-byte-per-character sketch of the text (the folded
# view with its letter case, one byte per character): "U" for A-Z (every capital of ``_UP``
# folds to one), "a" for any other character that may be a letter or an apostrophe (so also
# "?", which stands for every character outside Latin-1), " " for the separator, "." for
# the rest. A run starts at a capital whose word is followed by one or two separators and a
# capital; ``_SEQ`` itself then decides, at those few places only.
_LETTERISH = re.compile(r"[^\W\d_]|'")


def _sketch_table() -> bytes:
    out = bytearray()
    for i in range(256):
        c = chr(i)
        if "A" <= c <= "Z":
            out.append(ord("U"))
        elif c == "?" or _LETTERISH.fullmatch(c):
            out.append(ord("a"))
        elif c == " ":
            out.append(ord(" "))
        else:
            out.append(ord("."))
    return bytes(out)


_SKETCH = _sketch_table()
_U = ord("U")
# the first capital of a block of capitals (the others in the block start the same run or
# none); the look-behind comes after the "U" so that the engine can skip to each "U" quickly
_RUN_START = re.compile(rb"U(?<!UU)(?=[aU]*  ?U)")
_CAPITALS = frozenset(re.findall(rf"[{_UP}]", "".join(map(chr, range(0x2000)))))


def _inside_apostrophe(text: str, at: int) -> bool:
    """Whether the apostrophe at ``at`` stands inside a word ("H'Ni", "O'Brien": a run that
    starts after it is the word's rest); one after a space, a colon or the text's start
    opens a quotation ("sửa câu này: 'Bà Nguyễn Thị Hoa ..."), and the run after it is read."""
    return text[at] == "'" and at > 0 and text[at - 1].isalnum()


def _sql_unicode_literal(text: str, start: int, end: int) -> int:
    """Whether the run at ``[start, end)`` is a SQL Unicode string literal, ``N'...'``
    ("VALUES (N'Ninh Quang Khởi', ..."), read as one word "N'Ninh" by the run: the "N" opens
    it alone, a quote closes it and two words stand inside; the apostrophe opens the literal,
    it is inside no name (a Mnông "N'Trang Lơng" in prose has no closing quote). Returns the
    closing quote's offset, -1 if none."""
    if not text.startswith("N'", start) or (start > 0 and text[start - 1].isalnum()):
        return -1
    close = text.find("'", start + 2, end + 1)
    if close < 0 or (close + 1 < len(text) and text[close + 1].isalnum()):
        return -1
    return close if len(_WORD_RE.findall(text, start + 2, close)) >= 2 else -1


def capitalised_runs(doc: Document) -> list[tuple[int, int]]:
    """The spans of ``_SEQ.finditer(doc.text)``, without running ``_SEQ`` over all the text.

    ``_SEQ`` can only match where the sketch shows a capital, letters, one or two separators
    and a capital; trying it at exactly those places, left to right and never inside a
    previous run, gives the same runs as scanning every character (the property test in
    tests/detectors/test_person_scan.py compares the two).
    """
    text = doc.text
    sketch = folded_cased_bytes(doc).translate(_SKETCH)
    if sketch.find(b" U") < 0:  # (bytes: find, not ``in``, see text.numbers)
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    match = _SEQ.match
    for cand in _RUN_START.finditer(sketch):
        s = cand.start()
        if s < pos:
            continue
        if text[s] not in _CAPITALS:
            # a capital outside Vietnamese ("Ö") opens the block: a run may start at the
            # block's first Vietnamese capital; all of them start the same run (or none)
            while s < len(sketch) and sketch[s] == _U and text[s] not in _CAPITALS:
                s += 1
            if s == len(sketch) or sketch[s] != _U:
                continue
        m = match(text, s)
        if m is not None:
            pos = m.end()
            out.append((s, pos))
    return out


class _Run:
    """What a run's own words tell, whatever stands around it (worked out once per spelling of
    the run: headings, agencies and laws come back in document after document)."""

    __slots__ = (
        "_cue_led",
        "_raw",
        "_seps",
        "_strong_after",
        "any_other",
        "any_surname_or_cue",
        "cue_spelled",
        "folded",
        "foreign",
        "minority",
        "place",
        "spans",
        "spelled_only",
        "surname",
    )

    def __init__(self, run_text: str) -> None:
        surnames, _, _, not_names, _ = lexicons()
        words_that_cue = cue_words()
        starts_place = _place_first_words(not_names)
        spans = tuple(m.span() for m in _WORD_RE.finditer(run_text))
        folded = [fold(run_text[a:b]) for a, b in spans]
        raw = [run_text[a:b] for a, b in spans]
        #: the words, as spans relative to the run's start
        self.spans: tuple[tuple[int, int], ...] = spans
        self.folded: list[str] = folded
        #: some word is a lexicon surname or a one-word cue
        self.any_surname_or_cue = any(w in surnames or w in words_that_cue for w in folded)
        #: per word: a rare surname of ``spelled_surnames`` in title case, spelled so, that no
        #: folded lexicon holds ("Giả", "Xa"): it opens a name only where
        #: :func:`_spelled_surname_fits` says so; in capitals only with its marks ("LỀU QUANG
        #: VINH" in a roster's column; "XA", "THI" in capitals may be "XÃ", "THỊ" that lost them)
        rare = spelled_surnames()
        self.spelled_only: tuple[bool, ...] = tuple(
            w not in surnames and (not r.isupper() or not r.isascii()) and spelling(r) in rare
            for w, r in zip(folded, raw, strict=True)
        )
        #: per word: a lexicon surname spelled as one (``spelled_as_surname``), or a rare one
        self.surname: tuple[bool, ...] = tuple(
            (w in surnames and spelled_as_surname(r, _NO_DOC, 0)) or only
            for w, r, only in zip(folded, raw, self.spelled_only, strict=True)
        )
        if self.spelled_only[0]:
            # (one opening the run: inside it, a rare surname opens a name only after a cue,
            # which is one of the run's words already)
            self.any_surname_or_cue = True
        #: per word: a one-word cue, and whether it is spelled as that cue (None: the word has
        #: no diacritics, and whether its line has any decides)
        self.cue_spelled: tuple[bool | None, ...] = tuple(
            (None if r.isascii() else spelled_as_cue(r, _NO_DOC, 0))
            if w in words_that_cue
            else False
            for w, r in zip(folded, raw, strict=True)
        )
        #: per word: how many words from it form a known place or phrase (``_place_at``)
        self.place: tuple[int, ...] = tuple(
            _place_at(folded, raw, i) if w in starts_place else 0 for i, w in enumerate(folded)
        )
        #: per word: it may open an ethnic-minority name or a Highland place (``minority``)
        self.minority: tuple[bool, ...] = minority_starts(folded, raw)
        #: per word: a foreign surname or given name (``foreign``)
        self.foreign: tuple[bool, ...] = foreign_starts(folded, raw)
        #: some word may open a minority or a foreign name
        self.any_other = any(self.minority) or any(self.foreign)
        self._raw = raw
        self._seps = [run_text[b : spans[k + 1][0]] for k, (_, b) in enumerate(spans[:-1])]
        # ``strong_after``'s answers, filled as the walk asks (most runs are skipped or
        # settled before it asks about every word); ``_UNASKED`` where not asked yet
        self._strong_after: list[bool | object | None] = [_UNASKED] * len(spans)
        self._cue_led: bool | None = None

    def strong_after(self, i: int) -> bool | None:
        """Whether a strong cue may end right before word ``i`` (``cue_possible_after``;
        None: the words before it in the run do not settle it). Worked out on the first ask."""
        known = self._strong_after[i]
        if known is _UNASKED:
            spans = self.spans
            known = cue_possible_after(
                strong_cues(),
                self.folded[:i],
                self._raw[:i],
                self._seps[:i],
                [spans[i][0] - spans[k][0] for k in range(i)],
                CUE_REACH,
            )
            self._strong_after[i] = known
        return known  # type: ignore[return-value]

    def cue_led(self) -> bool:
        """Only a strong cue before the run could make a name of it: no word is a lexicon
        surname or a one-word cue, or none but the first can start a name (``start_only``).
        Worked out on the first ask (the run's words alone decide it)."""
        known = self._cue_led
        if known is None:
            known = self._cue_led = not self.any_surname_or_cue or self.start_only()
        return known

    def start_only(self) -> bool:
        """No word but the first can start a name in the walk (none after it is a surname,
        and no strong cue can end before one): without a strong cue before the run, it is
        skipped."""
        n = len(self.spans)
        return not any(self.surname[:-1]) and all(
            self.strong_after(i) is False for i in range(1, n - 1)
        )


#: a word of a run whose strong-cue answer has not been asked for
_UNASKED = object()


#: the runs ``_run`` keeps (headings, agencies and laws come back from prompt to prompt)
_RUNS_CACHED = 4096


@word_cache(_RUNS_CACHED)
def _run(run_text: str) -> _Run:
    return _Run(run_text)


#: a text with more distinct runs than ``_run`` keeps would churn it (a table of citizens
#: is a new run a name, each ``_Run`` ~1.3 KB: the cache full of a megabyte CSV's runs was
#: ~6.5x its size at vn.person's peak): it is read through :class:`Churned`, which lets it
#: add this many to the cache and hold as many in its own while it is read
_RUNS_HELD = 256


def _churns(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether ``runs`` hold more distinct runs than ``_run`` keeps (a megabyte's dense text
    is 9,068 runs, 1,668 distinct: the cache holds them, read through it as a prompt's)."""
    if len(runs) <= _RUNS_CACHED:
        return False
    seen: set[str] = set()
    for a, b in runs:
        seen.add(text[a:b])
        if len(seen) > _RUNS_CACHED:
            return True
    return False


# ``spelled_as_surname`` never looks at the document, nor ``spelled_as_cue`` at a word with
# diacritics: the run's facts are worked out without one
_NO_DOC = Document("")


def _after_lower_word(text: str, pos: int) -> bool:
    """Whether a lower-case word ends right before ``pos`` on the same line, one space
    between: the word at ``pos`` stands in mid-sentence."""
    k = pos - 1
    if k < 1 or text[k] not in " \t":
        return False
    k -= 1
    return text[k].isalpha() and text[k].islower()


#: what the capitalised paths need: a capital (every run, a broken name's line-end word) and
#: two words (a run is two capitalised words or more, a broken name a word on each line)
NEEDS = Needs(capital=True, words=2)


def capitalised_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Every capitalised name in ``doc`` (see the module docstring for the walk)."""
    yield from broken_names(doc, detector_id)
    runs = capitalised_runs(doc)
    if not runs:
        return
    surnames, middles, givens, not_names, cues = lexicons()
    text = doc.text
    strong = strong_cues()
    headers: bool | None = None  # ``headers_possible(doc)``, asked on the first run of 2-5 words
    run_of = Churned(_run, _RUNS_HELD) if _churns(text, runs) else _run
    for seq_start, seq_end in runs:
        close = _sql_unicode_literal(text, seq_start, seq_end)
        if close > 0:
            # "N'Ninh Quang Khởi'": the literal's text, without its "N'" and what follows its
            # closing quote ("N'Trần Văn An' WHERE ...")
            seq_start, seq_end = seq_start + 2, close + 1
        elif seq_start > 0 and (
            text[seq_start - 1].isalnum() or _inside_apostrophe(text, seq_start - 1)
        ):
            continue
        if text[seq_end - 1] == "'":
            seq_end -= 1  # "('Đặng Thị Hồng Hạnh', ...": the quotation's closing mark
        run = run_of(text[seq_start:seq_end])
        folded = run.folded
        words: list[tuple[int, int]] | None = None
        if 2 <= len(folded) <= 5 and (
            headers if headers is not None else (headers := headers_possible(doc))
        ):
            words = [(seq_start + a, seq_start + b) for a, b in run.spans]
            cell = name_cell(doc, seq_start, seq_end, folded, not_names, detector_id)
            if cell is not None:
                yield cell
                continue
        # a run that ends at a hyphen may be a Korean name ("Kim Hye-jun")
        hyphen_after = text.startswith("-", seq_end) and is_foreign_word(folded[-2])
        other = run.any_other or hyphen_after
        if not other and run.cue_led() and not cue_possible(strong, doc, seq_start, CUE_REACH):
            # only a strong cue before the run (it starts with its first word) could make a
            # name of it ("ông Y Moan Niê"), and there is none
            continue
        if words is None:
            words = [(seq_start + a, seq_start + b) for a, b in run.spans]
        if seq_start > 1 and text[seq_start - 1] == "-" and text[seq_start - 2].isalpha():
            # the run starts inside a hyphenated given name ("Jean-Luc Ferrand": the run is
            # "Luc Ferrand", and "Luc" reads as the surname Lục): a foreign name first
            hit = foreign_name(doc, words, folded, 0, detector_id)
            if hit is not None:
                yield hit
                continue
        if not run.any_surname_or_cue and not other:
            if cue_before(strong, doc, words[0][0], CUE_REACH):
                hit = cued_unknown(doc, words, not_names, givens, detector_id)
                if hit is not None:
                    yield hit
            continue
        n = len(words)
        if is_place_of_issue(doc, seq_start, seq_end, folded):
            continue  # "Biên Hòa, ngày 12 tháng 8 năm 2025": where a document was issued
        i = 0
        while i < n - 1:
            spelled = run.cue_spelled[i]
            if (
                spelled is not False
                and (spelled or spelled_as_cue(text[words[i][0] : words[i][1]], doc, words[i][0]))
                # right after an honorific ("Ong Vo Quang An") a word that is both a cue
                # ("vợ") and a surname ("Võ") is the surname; honorifics stay cues
                and (
                    folded[i] in HONORIFICS
                    or not cue_before(strong, doc, words[i][0], RIGHT_BEFORE)
                )
                # "Ong Chau Kim Sang": after an honorific "Chau" is the surname Châu (no
                # "Ông Cháu" opens a name)
                and not (
                    text[words[i][0] : words[i][1]].lower() in ("chau", "châu")
                    and i > 0
                    and folded[i - 1] in HONORIFICS
                    and folded[i + 1] in surnames
                    and i + 2 < n
                )
                and (
                    folded[i] not in surnames
                    or (
                        (
                            (
                                folded[i + 1] in surnames
                                and not is_typical_middle(text[words[i + 1][0] : words[i + 1][1]])
                            )
                            # "Ông Thi Văn Hoành": "Thi" spelled so, a rare surname
                            or _rare_at(doc, run, words, i + 1)
                        )
                        # a kin word is not capitalised in mid-sentence: "gap Vo Nguyen Khang",
                        # "Dai tuong Vo Nguyen Giap" (Võ, not vợ); honorifics are ("gặp Ông ...")
                        and (folded[i] in HONORIFICS or not _after_lower_word(text, words[i][0]))
                    )
                    # "Ông Nay Phi", "Bà Ksor H'Ni": a clan name after the honorific
                    or folded[i + 1] in minority_lexicon().clans
                    # "Ông Y Moan Niê", "Bà H'Bia Mlô": a minority name's prefix after it
                    or run.minority[i + 1]
                    # "Ông Park Ji-hoon", "Ông Tanaka Hiroshi": a foreign name after it
                    or run.foreign[i + 1]
                    or (i + 1 == n - 2 and hyphen_after)
                )
            ):
                # "Ông Trần Quốc Bảo": an honorific before a surname is not part of the
                # name; but in "Bế Văn Hưng", "Ông Thị Xuân", "anh Ho Ngoc Son" the word
                # that is both a surname and a cue is the surname
                i += 1
                continue
            place = run.place[i]
            if (
                place
                and not (
                    place == 2
                    and i + 2 < n
                    and folded[i + 1] in middles
                    and (
                        folded[i + 2] in givens
                        # "công dân Đồng Văn Nhượng": a cue, "Văn" and a rarer given name
                        or cued_gendered(doc, words[i][0], folded[i : i + 3], cues)
                    )
                )
                and not (
                    # "tư tưởng của Chủ tịch Hồ Chí Minh": the figure the city is named after;
                    # "chiến thắng năm 938 của Ngô Quyền": the figure a district is named after
                    " ".join(folded[i : i + place]) in public_figures()
                    and (
                        figure_word_before(doc, words[i][0])
                        or (
                            history_event_near(doc, words[i][0], words[i + place - 1][1])
                            and place_word_before(doc, words[i][0]) is None
                        )
                        # "ông Ngô Quyền sinh năm 1980": a private namesake, by its marks
                        or namesakes_mark(doc, words[i][0], words[i + place - 1][1]) is not None
                    )
                )
            ):
                if i == n - 2 and hyphen_after:
                    # "Kim Dong-hyun" is no street named after Kim Đồng
                    hit = foreign_name(doc, words, folded, i, detector_id)
                    if hit is not None:
                        yield hit
                        break
                i += place  # "Hồ Chí Minh", "Phan Thiết": a place, skip all its words
                continue
            foreign = run.foreign[i] or (
                # "Kim Hye-jun": the run ends at the hyphen of a Korean given name
                i == n - 2 and hyphen_after
            )
            if run.minority[i] or foreign:
                # "Y Moan Niê", "Ksor H'Ni", "Tanaka Hiroshi", "Kim Min-jun"
                hit, skip = (
                    minority_name(doc, words, folded, i, detector_id)
                    if run.minority[i]
                    else (None, 0)
                )
                if hit is None and skip == 0 and foreign:
                    hit = foreign_name(doc, words, folded, i, detector_id)
                if hit is not None:
                    yield hit
                    while i < n and words[i][0] < hit.end:
                        i += 1
                    continue
                if skip:
                    i += skip
                    continue
            if not run.surname[i]:
                # a cue-led name with an unknown surname: "ông Y Moan Niê"; never one that
                # starts with a legal word ("Can cu Luat To chuc": "cu" reads as "cụ")
                hit = (
                    None
                    if run.strong_after(i) is False
                    or (
                        folded[i] in NEVER_IN_NAMES
                        and is_legal_word(
                            text[words[i][0] : words[i][1]],
                            doc.folded[words[i][1] : words[i][1] + 8],
                        )
                    )
                    else cued_unknown(doc, words[i:], not_names, givens, detector_id)
                )
                if hit is not None:
                    yield hit
                    break
                i += 1
                continue
            if run.spelled_only[i] and (
                # (inside a run a capitalised word before it, no cue, opens the run's name:
                # "Nguyên Thi Hông Duyên", a Nguyễn whose marks a print lost; a cue with no
                # marks to spell, "Em", is one in a line typed with them: "Em Xa Văn Tường")
                (
                    i > 0
                    and not (
                        run.cue_spelled[i - 1]
                        or (run.cue_spelled[i - 1] is None and not plain_line(doc, words[i - 1][0]))
                    )
                )
                or not _spelled_surname_fits(doc, words, folded, i, middles)
            ):
                i += 1
                continue
            hit = from_surname(doc, words, i, middles, givens, not_names, cues, detector_id)
            if hit is None:
                # a rejected place, phrase or public figure is skipped whole
                i += _phrase_len(folded, [text[a:b] for a, b in words], i)
                continue
            yield hit
            # continue after the name
            while i < n and words[i][0] < hit.end:
                i += 1


def _rare_at(doc: Document, run: _Run, words: list[tuple[int, int]], k: int) -> bool:
    """Whether word ``k`` of the run is a rare surname of ``spelled_surnames`` where it stands:
    spelled so, and, written without marks ("Thi", "Xa"), in a line typed with them ("Vo Thi
    My" typed plain is Võ Thị My)."""
    if not run.spelled_only[k]:
        return False
    s, e = words[k]
    return not (doc.text[s:e].isascii() and plain_line(doc, s))


def _spelled_surname_fits(
    doc: Document,
    words: list[tuple[int, int]],
    folded: list[str],
    i: int,
    middles: frozenset[str],
) -> bool:
    """Whether a rare surname of ``spelled_surnames`` (``words[i]``) opens a name here: its
    line is typed with diacritics where the word has none ("Xa Văn Khương"; a line typed
    plain spells "xã" so), and a middle name follows it ("Giả Thị Thu", "Ứng Văn Khải") or a
    strong cue stands before it ("con trai Giả Trường"): the rare surname alone is too weak a
    sign, its letters spell everyday words (nor one that the middle name's word makes an
    everyday word: "Giả Định", "Kiên Trì")."""
    text = doc.text
    start = words[i][0]
    if text[start : words[i][1]].isascii() and plain_line(doc, start):
        return False
    if cue_before(strong_cues(), doc, start, CUE_REACH) is not None:
        return True
    if i + 1 == len(words) or folded[i + 1] not in middles:
        return False
    # "Giả Định", "Kiên Trì" in a heading in title case: an everyday word, no name
    nxt = words[i + 1]
    return not everyday_pair(text[start : words[i][1]].lower(), text[nxt[0] : nxt[1]].lower())


@lru_cache(maxsize=4)
def _place_first_words(not_names: frozenset[str]) -> frozenset[str]:
    """The first words of the phrases of ``not_names``: no other word starts a known place."""
    return frozenset(p.split(" ")[0] for p in not_names if " " in p)


def _place_at(folded: list[str], raw: list[str], i: int) -> int:
    """How many words from ``i`` form a known place or common phrase (0 if none); ``raw``:
    the words as written (``known_phrase``)."""
    for k in (4, 3, 2):
        if i + k <= len(folded) and known_phrase(
            " ".join(folded[i : i + k]), " ".join(raw[i : i + k])
        ):
            return k
    return 0


def _phrase_len(folded: list[str], raw: list[str], i: int) -> int:
    """Words to skip after a rejected candidate: the whole known phrase, else one word."""
    figures = public_figures()
    for k in (4, 3, 2):
        phrase = " ".join(folded[i : i + k])
        if i + k <= len(folded) and (
            phrase in figures or known_phrase(phrase, " ".join(raw[i : i + k]))
        ):
            return k
    return 1
