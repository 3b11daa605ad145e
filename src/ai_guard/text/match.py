"""Matching helpers shared by the detectors and the classifier: cue words near a candidate
(:class:`CueSet`), literal word lists as trie-shaped regexes (:func:`trie_regex`), and a
spelling key blind to tone-mark placement (:func:`spelling`)."""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Collection, Iterable, Iterator, MutableMapping
from functools import lru_cache
from sys import intern

from ai_guard.text.document import POSITION_MEMO_FROM, Document, PositionMemo, fold_word
from ai_guard.text.tables import column_header
from ai_guard.text.word_caches import word_cache

__all__ = [
    "CueSet",
    "compile_cue_sets",
    "contains_word",
    "holds_any",
    "last_word_before",
    "literal_led_matches",
    "positions",
    "spelling",
    "trie_regex",
    "whole_places",
    "whole_spots",
    "word_bounded",
]

_WORD_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"
#: per document: (start, width) -> the window before ``start`` and its last word
_BEFORE = "cues:before"
_SEPS = " \t\r\n:.,;#=-–()[]\"'/*"
# where a camelCase identifier's words meet ("so|Cccd", "ho|Chieu|So")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: a key before its ':' or '=' (:meth:`CueSet.keyed`): its characters, what may stand before
#: it, its words as written (split at '_', '-', '.' and where a capital follows a small letter)
_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.")
_KEY_OPENERS = frozenset(" \t\r\n\"'`{,;([")
_KEY_QUOTES = frozenset(" \t\"'`")
_KEY_GAP = 4
_KEY_SHORTEST, _KEY_LONGEST = 4, 64
_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
#: a form input's name (or id) and, later in the same tag, its ``value="``
_INPUT_VALUE = re.compile(
    r"(?<![\w-])(?:name|id)[ \t]*=[ \t]*([\"'])([A-Za-z][\w.-]{1,63})\1[^<>\n]{0,80}?"
    r"(?<![\w-])value[ \t]*=[ \t]*[\"']$"
)
_INPUT_REACH = 160
#: what opens a note on the value before it (folded view, :meth:`CueSet.trailing`): a closing
#: quote, then a comma, a comment mark, a bracket, a dash or "là" (a comma and one of the others)
_MARKS = r"(?:#+|//|--|[(\[\-–—]|(?<=[ \t])(?:la|is)(?=[ \t]))"
_TRAIL_MARK = re.compile(r"[\"'`]?[ \t]*(?:,[ \t]*(?:" + _MARKS + ")?|" + _MARKS + r")[ \t]*")


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``needles`` as a substring: ``any(n in text for n in
    needles)`` without the generator (a frame and a resumption per needle, on gates asked of
    every prompt)."""
    for needle in needles:  # noqa: SIM110 - a loop: no generator frame on every call
        if needle in text:
            return True
    return False


def positions(text: str, needle: str) -> Iterator[int]:
    """Every place ``needle`` stands in ``text``, overlapping, in order (``str.find``: a
    literal found at memory-scan speed, where a pattern led by no literal tries every
    position)."""
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def words_in(words: tuple[str, ...], folded: str, seen: dict[str, bool]) -> bool:
    """Whether every one of ``words`` stands in ``folded``, given up at the first missing;
    ``seen`` keeps each word's answer for the next term asked of the same text."""
    for w in words:
        found = seen.get(w)
        if found is None:
            found = seen[w] = w in folded
        if not found:
            return False
    return True


class CueSet:
    """Context words, matched on the folded view just before (or after) a candidate.

    Terms are given with diacritics and folded once, so "số CCCD", "so cccd" and "Số Cccd" all
    match. Where the text HAS diacritics, the matched words must also have the term's own
    diacritics: "bố" (father) is a cue, "Bộ" (ministry) is not, although both fold to "bo";
    text whose diacritics were lost (OCR, hurried typing) matches on the folded form alone.
    Matching is on word boundaries, and the cue nearest the candidate wins. Look-ups cost a
    few string operations on a small window, never a pass over the text.
    """

    __slots__ = (
        "__weakref__",
        "_after",
        "_after_seps",
        "_alt",
        "_any",
        "_apart",
        "_by_first",
        "_by_last",
        "_forms",
        "_last_words",
        "_needles",
        "_needles_ascii",
        "_possible_key",
        "_present_key",
        "_squeezed",
        "_termset",
        "terms",
    )

    def __init__(
        self, terms: Iterable[str], *, after_seps: str = r"[\s:.,;()\[\]\"'/*\-]*"
    ) -> None:
        forms: dict[str, set[str]] = {}
        for t in terms:
            if not t.strip():
                continue
            forms.setdefault(" ".join(fold_word(t).split()), set()).add(spelling(t))
        folded = sorted(forms, key=len, reverse=True)
        self.terms: tuple[str, ...] = tuple(folded)
        self._forms: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in forms.items()}
        self._termset = frozenset(folded)
        # a window can only end with a cue if its last word ends one: a set look-up that
        # rejects most windows before any slicing
        self._last_words = frozenset(re.split(r"[^0-9a-z]+", t.strip())[-1] for t in folded)
        # the terms by their last word, longest first: a cue that ends a window ends with the
        # window's last word, and the longest that fits is the answer (``before``); a term
        # that opens with no letter or digit never starts at a word start, never an answer
        by_last: dict[str, list[str]] = {}
        for t in folded:  # (longest first already)
            if t[0] in _WORD_CHARS:
                by_last.setdefault(re.split(r"[^0-9a-z]+", t.strip())[-1], []).append(t)
        self._by_last: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in by_last.items()}
        # the terms of several words typed as one ("hochieu", "sotaikhoan"), six letters or
        # more: such a word ending a window is the term (:meth:`glued_before`)
        squeezed = {t.replace(" ", ""): t for t in reversed(folded) if " " in t}
        self._squeezed: dict[str, str] = {
            k: t for k, t in squeezed.items() if len(k) >= _SQUEEZED_SHORTEST and k.isalpha()
        }
        # any term, with any run of white space where the term has a space; as a trie the
        # text's characters pick one path (a flat alternation of a hundred bank names tried
        # each in turn), and the deepest path that fits is the longest term, as before
        # ("_" too: a cue written as an identifier, "ho_chieu_so", "so_cccd")
        # (its three patterns are compiled on first use, :meth:`_pattern`: a program that
        # checks one prompt pays only for those its text reaches)
        self._alt = trie_regex(folded).replace(r"\ ", r"[\s_]+")
        self._after_seps = after_seps
        self._after: re.Pattern[str] | None = None
        self._any: re.Pattern[str] | None = None
        self._apart: re.Pattern[str] | None = None
        _CUE_SETS.add(self)
        # the per-document cache keys of :meth:`present` and :meth:`possible`, made once: a
        # detector asks them for every number token
        self._present_key = "cues:" + str(id(self))
        self._possible_key = "cues:needles:" + str(id(self))
        self._needles = _needles(folded)
        # the needles an ASCII text can hold (a needle in another script never stands in one:
        # ``possible`` does not ask it there)
        self._needles_ascii = (
            None if self._needles is None else tuple(n for n in self._needles if n.isascii())
        )
        # the words of each term, the least common first: every one stands verbatim in a
        # match (``possible`` gives a term up at its first missing word)
        term_words = [
            tuple(sorted(set(t.split(" ")), key=lambda w: (w in _COMMON_WORDS, -len(w), w)))
            for t in folded
        ]
        # the same grouped by their first (least common) word, in their order: the terms
        # that open on one word are given up together when it is missing
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in term_words:
            by_first.setdefault(words[0], []).append(words[1:])
        self._by_first = tuple((w, tuple(rests)) for w, rests in by_first.items())

    def compile(self) -> None:
        """Compile the patterns not compiled yet (:func:`compile_cue_sets`)."""
        for name in ("_after", "_any", "_apart"):
            self._pattern(name)

    def _pattern(self, name: str) -> re.Pattern[str]:
        """The pattern ``name``, compiled on its first use (a slot holds it, None until then):
        ``_after``, a term right after a candidate past separators (:meth:`after`); ``_any``,
        any term, its words also glued as in a camelCase identifier "soCccd" or joined
        by hyphens as in a kebab-case key "so-tai-khoan" (:meth:`present`); ``_apart``, any
        term with its words apart, for a window already split into words (:meth:`before`)."""
        found: re.Pattern[str] | None = getattr(self, name)
        if found is None:
            alt = self._alt
            if name == "_after":
                found = re.compile(self._after_seps + "(" + alt + r")(?![0-9a-z])")
            elif name == "_any":
                # (a hyphen too: a key in kebab-case, "so-tai-khoan:", :meth:`keyed`)
                found = re.compile(alt.replace("[\\s_]+", "[\\s_\\-]*"))
            else:
                found = re.compile(alt)
            setattr(self, name, found)
        return found

    def _same_word(self, term: str, original: str) -> bool:
        """Whether ``original`` (the text's letters where ``term`` matched) spells the term."""
        if original.isascii():
            return True
        forms = self._forms.get(term)
        if forms is None:
            return True
        key = spelling(original)
        if key in forms:
            return True
        # OCR lost every tone mark and kept the vowels' own ("Hô chiêu" for "hộ chiếu"): the
        # term's letters and vowel marks, none of its tones, over two toned words at least
        # (one toneless syllable is often a word of its own: "Tân" is no "tấn")
        if _toneless(key) != key:
            return False
        return any(_toneless(f) == key and _toned_words(term, f) >= _TONELESS_WORDS for f in forms)

    def present(self, doc: Document) -> bool:
        """False when no cue can occur in ``doc`` (lets a detector skip its work)."""
        key = self._present_key
        cached = doc.cached(key)
        if cached is None:
            # a few substring tests in C first (a term's match holds its word verbatim: no
            # needle, no term), then one trie-shaped search for any term (exact; stops at
            # the first hit); the trie tries every position, ~10 ns a character
            cached = (
                self.possible(doc)
                and (self._any or self._pattern("_any")).search(doc.folded) is not None
            )
            doc.store(key, cached)
        return bool(cached)

    def possible(self, doc: Document) -> bool:
        """False when no term can stand in ``doc`` because none of the needles (one word of
        each term, verbatim in every match, in a window, a column header or a label above)
        does, or no term has all its words there: substring tests in C without
        :meth:`present`'s search, for a caller whose own work costs more than a few tests
        but less than the search. True says nothing."""
        key = self._possible_key
        cached = doc.cached(key)
        if cached is None:
            folded = doc.folded
            needles = self._needles_ascii if folded.isascii() else self._needles
            cached = needles is None or (holds_any(folded, needles) and self._all_words(folded))
            doc.store(key, cached)
        return bool(cached)

    def _all_words(self, folded: str) -> bool:
        """Whether every word of some term stands in ``folded``: a needle found inside
        another word ("bang" in "bảng" for "bằng lái") leaves the term's other words to
        ask. Each word is asked once, a term given up at its first missing word."""
        seen: dict[str, bool] = {}
        for first, rests in self._by_first:
            if first not in folded:
                continue  # (every term opening on it: a word each term's match holds)
            if any(words_in(words, folded, seen) for words in rests):
                return True
        return False

    def before(self, doc: Document, start: int, width: int = 40) -> str | None:
        """The cue that ends right before ``start`` (with at most separators between)."""
        wins = _windows_at(doc, width)
        win = wins.get(start)
        if win is None:
            parts = _window_parts(doc, start, width)
            last = parts[2]
            if parts[3] is not None or (last and last in self._last_words):
                win = _new_window(wins, start, parts)
            else:
                wins[start] = last  # (:func:`_last_before`'s memo: the word alone)
                return None
        elif isinstance(win, str):
            if not win or win not in self._last_words:
                return None
            # the first cue set that can end there: its window made
            win = _new_window(wins, start, _window_parts(doc, start, width))
        if not win.last or win.last not in self._last_words:
            return None
        # a claim asking again about a family's own number
        if win.asked is self:
            return win.answer
        more = win.more
        if more is not None and self in more:
            return more[self]
        found: str | None = None
        # the terms that end with the window's last word, longest first: the first that ends
        # the window from a word start (and is spelled as the term) is the longest cue there;
        # the same answer as trying each word start of the window, left to right, against
        # every term (the property test in tests/test_match_cues.py compares the two), without
        # listing the word starts (a regex and a list per window: ~4 us of the ~12 a name's
        # cue window cost on a fresh document)
        window, original, inside = win.view(doc)
        size = len(window)
        for term in self._by_last.get(win.last, ()):
            at = size - len(term)
            if at < 0 or not window.endswith(term):
                continue
            if (window[at - 1] in _WORD_CHARS) if at else inside:
                continue  # inside a word, or the window starts inside one
            lo = win.start - win.back
            tail = original[at:] if original is not None else doc.text[lo + at : lo + size]
            if self._same_word(term, tail):
                found = term
                break
        if win.asked is None:
            win.asked, win.answer = self, found
        elif more is None:
            win.more = {self: found}
        else:
            more[self] = found
        return found

    def glued_before(self, doc: Document, start: int) -> str | None:
        """The term of several words typed as one word that ends right before ``start``
        (separators only between), as a whole word: "hochieu:C0220752", "sotaikhoan: ..."
        (six letters or more)."""
        last = _last_before(_windows_at(doc, 40), doc, start, 40)
        glued = self._squeezed.get(last) if last else None
        if glued is None:
            return None
        win = _window_before(doc, start, 40)
        window, _, inside = win.view(doc)
        at = len(window) - len(win.last)
        if not window.endswith(win.last) or ((window[at - 1] in _WORD_CHARS) if at else inside):
            return None
        return glued

    def near_before(self, doc: Document, start: int, width: int = 60) -> str | None:
        """A cue anywhere in the ``width`` characters before ``start`` (same line)."""
        lo = max(0, start - width)
        window = doc.folded[lo:start]
        nl = window.rfind("\n")
        if nl >= 0:
            lo += nl + 1
            window = window[nl + 1 :]
        if "_" in window:
            window = window.replace("_", " ")  # "ho_chieu_so": a cue as an identifier
        if (self._apart or self._pattern("_apart")).search(window) is None:
            return None  # one search for every term at once rejects most windows
        best: str | None = None
        best_pos = -1
        for term in self.terms:
            pos = window.rfind(term)
            if (
                pos > best_pos
                and word_bounded(window, pos, len(term))
                and self._same_word(term, doc.text[lo + pos : lo + pos + len(term)])
            ):
                best, best_pos = term, pos
        return best

    def clause_label(self, doc: Document, start: int, width: int = 100) -> str | None:
        """A cue that opens the label clause ending in the ':' right before ``start`` ("MST
        của hộ kinh doanh bà Hoàng Thị Tố Nga bị mờ một số: 46031?2942"): on the same line,
        within ``width`` characters, no digit and no sentence's end between the cue and the
        ':' (another number or another sentence would be what the cue names)."""
        text = doc.text
        colon = start - 1
        while colon >= 0 and text[colon] in " \t":
            colon -= 1
        if colon < 0 or text[colon] != ":":
            return None
        cue = self.near_before(doc, colon, width)
        if cue is None:
            return None
        lo = doc.folded.rfind(cue, max(0, colon - width), colon)
        between = text[lo + len(cue) : colon]
        if any(c.isdigit() or c in ".;!?\n" for c in between):
            return None
        return cue

    def naming(
        self, doc: Document, start: int, near: int = 40, end: int | None = None
    ) -> str | None:
        """The cue that names what starts at ``start``: right before it, earlier on its line
        within ``near`` characters, as the header of its table column, or as the label that
        ends the line above a value standing alone at its line's start (a form copied from a
        PDF: "Số tài khoản:" on one line, the number on the next); typed as one word right
        before it (:meth:`glued_before`: "hochieu:C0220752"); among the words of the key
        it is assigned to (:meth:`keyed`); as the name of the form input it is the value of
        (:meth:`input_named`); with ``end`` (where the value ends), in a note right after it
        (:meth:`trailing`). Not looked for where :meth:`possible` says no term can stand
        (every one of these forms holds each word of its term verbatim in the folded view):
        a number's own family asks for each of its windows, most in documents that hold none
        of the family's cues."""
        if not self.possible(doc):
            return None
        return (
            self.before(doc, start)
            or self.glued_before(doc, start)
            or self.near_before(doc, start, near)
            or self.header(doc, start)
            or self.label_above(doc, start)
            or self.keyed(doc, start)
            or self.input_named(doc, start)
            or (None if end is None else self.trailing(doc, end))
        )

    def input_named(self, doc: Document, start: int) -> str | None:
        """The cue that names the form input whose ``value="`` ends right before ``start``
        (``<input name="hochieu" value="C4902716">``): the input's ``name``/``id`` read as a
        key (:meth:`keyed`'s words, or one word typed glued: ``hochieu``, ``sotaikhoan``)."""
        text = doc.text
        if start < 7 or text[start - 1] not in "\"'":
            return None
        m = _INPUT_VALUE.search(text, max(0, start - _INPUT_REACH), start)
        if m is None or m.end() != start:
            return None
        name = m.group(2)
        glued = self._squeezed.get(fold_word(name).lower())
        if glued is not None:
            return glued
        words = _KEY_WORDS.findall(name)
        joined = " ".join(w.lower() for w in words)
        for term in self.terms:  # longest first
            if contains_word(joined, term):
                return term
        return None

    def keyed(self, doc: Document, start: int) -> str | None:
        """The cue among the words of the key the value at ``start`` is assigned to (``KEY:
        value``, ``KEY=value``, ``"KEY": "value"``): a key in snake_case, kebab-case or
        camelCase that holds the cue with other words ("so_tai_khoan_vietcombank=",
        "soHoChieuNguoiNop:", "maSoBhxhNhanVien:", "SO_TAI_KHOAN_NHAN_LUONG:"). A key of one
        word is :meth:`before`'s; a key with letters beyond ASCII is :meth:`near_before`'s."""
        text = doc.text
        k = start
        while k > 0 and start - k < _KEY_GAP and text[k - 1] in _KEY_QUOTES:
            k -= 1
        if k == 0 or text[k - 1] not in ":=":
            return None
        k -= 1
        while k > 0 and start - k < 2 * _KEY_GAP and text[k - 1] in _KEY_QUOTES:
            k -= 1
        end = k
        while k > 0 and end - k <= _KEY_LONGEST and text[k - 1] in _KEY_CHARS:
            k -= 1
        if end - k < _KEY_SHORTEST or end - k > _KEY_LONGEST:
            return None
        if k > 0 and text[k - 1] not in _KEY_OPENERS:
            return None  # inside a longer token ("http://host:1234")
        words = _KEY_WORDS.findall(text, k, end)
        if len(words) < 2 or not text[k].isalpha():
            return None
        joined = " ".join(w.lower() for w in words)
        for term in self.terms:  # longest first
            if contains_word(joined, term):
                return term
        return None

    def trailing(self, doc: Document, end: int) -> str | None:
        """The cue right after the value ending at ``end``, past a marker that opens a note on
        it: a code comment (``# Số hộ chiếu``, ``// ma so BHXH``), a bracket (``(số tài khoản
        Vietcombank của tôi)``), a dash, or "là" (``C0220752 là số hộ chiếu của em``), when the
        rest of its line holds no digit (the cue then names no later number: "CMND 012345678 -
        số hộ chiếu B1234567" names the second for the passport)."""
        folded = doc.folded
        mark = _TRAIL_MARK.match(folded, end, end + 12)
        if mark is None:
            return None
        after = self._after or self._pattern("_after")
        m = after.match(folded, mark.end(), min(len(folded), mark.end() + 30))
        if m is None or not self._same_word(m.group(1), doc.text[m.start(1) : m.end(1)]):
            return None
        stop = folded.find("\n", m.end(1))
        rest = folded[m.end(1) : stop if stop >= 0 else len(folded)]
        if any(c.isdigit() for c in rest):
            return None
        return m.group(1)

    def label_above(self, doc: Document, start: int) -> str | None:
        """The cue ending the line right above ``start`` when only spaces stand before
        ``start`` on its own line, or standing a few words before the colon that ends it
        (``Số tài khoản Vietcombank:``)."""
        text = doc.text
        # the line break right before ``start`` across spaces and tabs only: walked back from
        # ``start``, not searched for from the text's start (a table pasted as one line sent
        # every number's search back to the first character: quadratic in the line)
        nl = start - 1
        while nl >= 0 and text[nl] in " \t":
            nl -= 1
        if nl <= 0 or text[nl] != "\n":
            return None
        end = nl - 1 if text[nl - 1] == "\r" else nl
        if end <= 0:
            return None
        found = self.before(doc, end)
        if found is None and text[end - 1 : end] in (":", " ", "\t"):
            # a form's label line ending with a colon, its cue a few words before it ("Số tài
            # khoản Vietcombank:" above "0071000123456"), no digit in between
            above = text.rfind("\n", max(0, end - 200), end) + 1
            line = text[above:end].rstrip(" \t")
            if line.endswith(":"):
                colon = above + len(line) - 1
                near = self.near_before(doc, colon, 40)
                if near is not None:
                    folded = doc.folded
                    pos = folded.rfind(near.replace("_", " "), max(above, colon - 40), colon)
                    if pos < 0:
                        pos = folded.rfind(near, max(above, colon - 40), colon)
                    between = folded[pos + len(near) : colon] if pos >= 0 else "0"
                    if not any(c.isdigit() for c in between):
                        found = near
        return found

    def header(self, doc: Document, pos: int) -> str | None:
        """The cue that heads the table column ``pos`` stands in ("| Số hộ chiếu |",
        "ho_ten;ngay_sinh;cccd"), if ``pos`` is inside a table or CSV row."""
        cell = column_header(doc, pos)
        if not cell:
            return None
        squeezed = cell.replace(" ", "")
        for term in self.terms:
            if contains_word(cell, term) or (len(term) > 3 and term.replace(" ", "") in squeezed):
                return term
        return None

    def after(self, doc: Document, end: int, width: int = 30) -> str | None:
        after = self._after or self._pattern("_after")
        m = after.match(doc.folded, end, min(len(doc.folded), end + width))
        if m is None or not self._same_word(m.group(1), doc.text[m.start(1) : m.end(1)]):
            return None
        return m.group(1)


#: the fewest letters of a term of several words typed as one word that
#: :meth:`CueSet.glued_before` reads ("sodt", "mathe" are words of their own or too short to tell)
_SQUEEZED_SHORTEST = 6
#: folded syllables too common to be a cue's needle (:func:`_needles`): speed only, a needle
#: never changes an answer
_COMMON_WORDS = frozenset(
    "so the chu tai ma ho ngay thang sinh nam dan nhan chung minh giay dinh cuoc bao hiem xa "
    "hoi te y don vi thuoc nghiep nhanh lien dong goi may xe to tin number card code no id "
    "of khoan ngan hang thoai dien thu can cong than phu chi don tai mo o".split()
)
#: more needles than this cost more than the search they would spare
_MAX_NEEDLES = 16


def _needles(terms: Iterable[str]) -> tuple[str, ...] | None:
    """Substrings one of which every match of the terms holds (``None``: not worth testing):
    one word of each term (its words may be joined by any white space or none, but each
    stands in the text verbatim), the least common, then the longest; a needle holding
    another is left out (the shorter is found wherever the longer is)."""
    picks = {max(t.split(" "), key=lambda w: (w not in _COMMON_WORDS, len(w))) for t in terms}
    out: list[str] = []
    for p in sorted(picks, key=len):
        if not any(q in p for q in out):
            out.append(p)
    return tuple(out) if len(out) <= _MAX_NEEDLES else None


class _Window:
    """The line's text in the characters before a position (folded, trailing separators
    cut), where it starts, its last word, and the answers of the cue sets asked about it so
    far. The same for every cue set asking about a position (a number's own family, then the
    claims of the others): worked out once per document and position.

    A dense megabyte holds some 8,000 of them, alive until every detector has run: the first
    answer is kept in two slots (a dict for the others: four windows in five are asked by one
    cue set), the text's own characters are sliced only when a term ends the window (a dict
    and a slice per window were a quarter of check_prompt's peak memory), and the window is
    held as its position and two small counts, sliced from the folded text when a cue set
    reads it (a slice and a start of its own were half a window's 270 bytes: a table's
    thousands of numbers and names)."""

    __slots__ = ("answer", "asked", "back", "camel", "last", "more", "size", "start")

    def __init__(self, start: int, back: int, size: int, last: str) -> None:
        #: the position the window ends before (the memo's own key), how far back the window
        #: starts, and how many folded characters it holds (separators at its end cut)
        self.start = start
        self.back = back
        self.size = size
        self.last = last
        #: a camelCase cue's window: its view and the text's own characters of it (the
        #: words split where a capital follows a small letter), kept: not the folded text's
        #: characters as they are
        self.camel: tuple[str, str] | None = None
        #: the first cue set asked about the window and its answer; the others' in ``more``
        self.asked: CueSet | None = None
        self.answer: str | None = None
        self.more: dict[CueSet, str | None] | None = None

    @property
    def lo(self) -> int:
        """Where the window starts in the text."""
        return self.start - self.back

    def view(self, doc: Document) -> tuple[str, str | None, bool]:
        """The window as cues are compared with it (folded; underscores and runs of white
        space as one space), the text's own characters of it (None where they lie at
        :attr:`lo` as the window's), and whether it starts inside a word (a tail from its
        start is then no cue). Worked out again for each cue set that reads it (most
        windows are read by one: a view and its own characters kept for each window that
        needed them were 0.8x of a table's text while the names were read)."""
        lo = self.start - self.back
        inside = lo > 0 and doc.folded[lo - 1].isalnum()
        if self.camel is not None:
            window, original = self.camel
            return window, original, inside
        window = doc.folded[lo : lo + self.size]
        if _squeezable(window):
            window, original = _squeezed(window, doc.text[lo : lo + len(window)])
            return window, original, inside
        return window, None, inside


def _squeezable(window: str) -> bool:
    """Whether cues are compared with ``window`` changed: an underscore or white space other
    than single spaces in it."""
    return "_" in window or "  " in window or "\n" in window or "\t" in window or "\r" in window


def _squeezed(window: str, original: str) -> tuple[str, str]:
    """``window`` and the text's own characters of it with underscores and runs of white
    space as one space."""
    if "_" in window:  # a cue written as an identifier: "ho_chieu_so", "so_cccd"
        window = window.replace("_", " ")
        original = original.replace("_", " ")
    if "  " in window or "\n" in window or "\t" in window or "\r" in window:
        window = " ".join(window.split())
        original = " ".join(original.split())
    return window, original


#: what :func:`_window_parts` works out: how far back the window starts, its size, its last
#: word, and its view and the text's own characters of it when they are not the folded
#: text's characters as they are (a camelCase cue)
_Parts = tuple[int, int, str, tuple[str, str] | None]


def _windows_at(doc: Document, width: int) -> MutableMapping[int, _Window | str]:
    """The per-document memo of the windows ``width`` wide, by where they end: a
    :class:`_Window` once a cue set ends with its last word, else that word alone (most
    numbers' windows are asked only whether a cue can end there: a window object each was
    ~190 bytes, three times a CSV's text)."""
    memo: dict[int, MutableMapping[int, _Window | str]] = doc.memo(_BEFORE)
    at = memo.get(width)
    if at is None:
        at = memo[width] = PositionMemo() if len(doc.text) > POSITION_MEMO_FROM else {}
    return at


def _window_parts(doc: Document, start: int, width: int) -> _Parts:
    """The window of ``width`` characters before ``start`` (:data:`_Parts`)."""
    folded = doc.folded
    lo = max(0, start - width)
    nl = folded.rfind("\n", lo, start)
    if nl >= 0:
        lo = nl + 1  # a cue belongs to its own line ("giúp em:\nTỈNH ỦY" has no cue)
    win = folded[lo:start].rstrip(_SEPS)
    size = len(win)
    i = len(win.rstrip(_WORD_CHARS))  # where the last word starts
    # a word of letters interned: a few cue words end most windows (one string each, not one
    # a window); any other left as it is (a number before a number, an address before a
    # name: every one new in a table, and each interned grew the process's table of interned
    # strings, ~1.9x a megabyte CSV's size while its check ran, for no string shared)
    last = win[i:]
    if last.isalpha():
        last = intern(last)
    camel: tuple[str, str] | None = None
    if len(last) > 3 and last.isalpha():
        tail = doc.text[lo + i + 1 : lo + size]
        # a capital after the first letter, not all of them ("soCccd"; not "số", "CMND")
        if not tail.islower() and not tail.isupper() and _CAMEL.search(doc.text, lo + i, lo + size):
            # a cue in camelCase ("soCccd", "hoChieuSo"): its words split where a capital
            # follows a small letter
            text = doc.text
            cuts = [m.start() for m in _CAMEL.finditer(text, lo + i, lo + size)]
            bounds = list(zip([lo + i, *cuts], [*cuts, lo + size], strict=True))
            original = text[lo : lo + i] + " ".join(text[a:b] for a, b in bounds)
            win = win[:i] + " ".join(folded[a:b] for a, b in bounds)
            last = win[win.rfind(" ") + 1 :]
            camel = _squeezed(win, original) if _squeezable(win) else (win, original)
    return start - lo, size, last, camel


def _new_window(at: MutableMapping[int, _Window | str], start: int, parts: _Parts) -> _Window:
    back, size, last, camel = parts
    win = at[start] = _Window(start, back, size, last)
    win.camel = camel
    return win


def _window_before(doc: Document, start: int, width: int) -> _Window:
    """The :class:`_Window` before ``start``, memoised per document (by width, then start:
    no key tuple per window)."""
    at = _windows_at(doc, width)
    entry = at.get(start)
    if isinstance(entry, _Window):
        return entry
    return _new_window(at, start, _window_parts(doc, start, width))


def _last_before(
    at: MutableMapping[int, _Window | str], doc: Document, start: int, width: int
) -> str:
    """The last word of the window before ``start``, memoised in ``at`` (:func:`_windows_at`)
    as the word alone until a window is made there."""
    entry = at.get(start)
    if entry is None:
        parts = _window_parts(doc, start, width)
        if parts[3] is not None:  # (a camelCase cue: its view kept with it)
            return _new_window(at, start, parts).last
        at[start] = parts[2]
        return parts[2]
    return entry if isinstance(entry, str) else entry.last


#: every cue set made in this process (weakly: one made per call goes when it is dropped)
_CUE_SETS: weakref.WeakSet[CueSet] = weakref.WeakSet()


def compile_cue_sets() -> None:
    """Compile every pattern of the cue sets made so far: what a long-running process
    (``ai-guard serve``, :func:`ai_guard.prompt.warm.warm_up`) pays before its first request,
    where a one-off check pays only for the patterns its text reaches."""
    for cues in list(_CUE_SETS):
        cues.compile()


def last_word_before(doc: Document, start: int, width: int = 40) -> str:
    """The folded word a cue ending right before ``start`` would end with ("" if none): a
    set look-up on it rejects most cue sets before any matching."""
    return _last_before(_windows_at(doc, width), doc, start, width)


class _TrieNode(dict[str, "_TrieNode"]):
    """A node of :func:`trie_regex`'s trie."""


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` shaped as a trie.

    Python's engine tries every branch of ``a|b|c`` at each position; a trie tries one path per
    position (the address scan went from 170 ms to 20 ms per megabyte).

    Built on first use of a lexicon (a program checking one prompt pays for it): a run of
    nodes with one child each (most of a word's tail) is written out in one loop, each
    character escaped once per program, and only a branching node recurses.
    """
    root = _TrieNode()
    for w in words:
        node = root
        for ch in w:
            child = node.get(ch)
            if child is None:
                child = node[ch] = _TrieNode()
            node = child
        node[""] = _TrieNode()

    def build(node: _TrieNode) -> str:
        # a chain of nodes with one child and no end: the characters as they are
        chain: list[str] = []
        while len(node) == 1 and "" not in node:
            ((ch, node),) = node.items()
            chain.append(_ESCAPED.get(ch) or _escape(ch))
        end = "" in node
        alts = [(_ESCAPED.get(ch) or _escape(ch)) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return "".join(chain)
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "".join(chain) + (f"(?:{body})?" if end else body)

    return build(root)


#: up to this many phrases, or this ``len(text) x phrases``, :func:`whole_places` looks for
#: each phrase on its own with ``str.find`` (a scan at memory speed: faster than one pattern
#: tried at every position of the text until there are hundreds of phrases; the limits of
#: :mod:`ai_guard.prompt.repeats`)
_FIND_EACH_PHRASES = 128
_FIND_EACH_LIMIT = 2_000_000


def whole_places(text: str, phrases: Collection[str]) -> dict[str, list[int]]:
    """Where each of ``phrases`` stands in ``text`` with no letter or digit touching it on
    either side, in order, overlapping places included: past a prompt's size, one pass of
    one trie-shaped pattern (a ``str.find`` loop per phrase read the whole text once per
    distinct phrase: a CSV's thousands of names, a megabyte each)."""
    out: dict[str, list[int]] = {p: [] for p in phrases if p}
    size = len(text)
    if not out:
        return out
    if len(out) <= _FIND_EACH_PHRASES or len(out) * size <= _FIND_EACH_LIMIT:
        for phrase, places in out.items():
            n = len(phrase)
            at = text.find(phrase)
            while at >= 0:
                if (at == 0 or not text[at - 1].isalnum()) and (
                    at + n >= size or not text[at + n].isalnum()
                ):
                    places.append(at)
                at = text.find(phrase, at + 1)
        return out
    lengths = sorted({len(p) for p in out})
    for m in _whole_pattern(tuple(sorted(out))).finditer(text):
        at = m.start()
        for n in lengths:  # every phrase standing there (one may be another's first words)
            if at + n > size:
                break
            found = out.get(text[at : at + n])
            if found is not None and (at + n == size or not text[at + n].isalnum()):
                found.append(at)
    return out


def whole_spots(text: str, phrases: Collection[str]) -> Iterator[tuple[int, int]]:
    """The places of :func:`whole_places` as (start, end), in order of start then end, made
    one at a time: past a prompt's size, read off the one pass of the trie-shaped pattern (a
    list of every place, then a sorted copy, held a table's thousands of places at once)."""
    keys = {p for p in phrases if p}
    if not keys:
        return
    size = len(text)
    if len(keys) <= _FIND_EACH_PHRASES or len(keys) * size <= _FIND_EACH_LIMIT:
        yield from sorted(
            (at, at + len(p)) for p, ats in whole_places(text, keys).items() for at in ats
        )
        return
    lengths = sorted({len(p) for p in keys})
    for m in _whole_pattern(tuple(sorted(keys))).finditer(text):
        at = m.start()
        for n in lengths:  # every phrase standing there, shortest first
            end = at + n
            if end > size:
                break
            if text[at:end] in keys and (end == size or not text[end].isalnum()):
                yield at, end


@lru_cache(maxsize=8)
def _whole_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A place where one of ``phrases`` starts with no letter or digit on either side."""
    return re.compile(r"(?<![^\W_])(?=(?:" + trie_regex(phrases) + r")(?![^\W_]))")


#: a character as :func:`re.escape` writes it, for :func:`trie_regex`
_ESCAPED: dict[str, str] = {}


def _escape(ch: str) -> str:
    out = _ESCAPED[ch] = re.escape(ch)
    return out


@word_cache(8192)
def spelling(s: str) -> str:
    """A key for how a word is spelled, blind to case and to where the tone mark sits
    ("hoà" = "hòa", "Ủy" = "uỷ") but not to which marks it has ("bố" != "bộ", "đi" != "dì")."""
    low = unicodedata.normalize("NFD", " ".join(s.lower().split()))
    marks = "".join(sorted(c for c in low if unicodedata.combining(c)))
    return fold_word(s) + "|" + marks + "|" + "đ" * low.count("đ")


#: the five tone marks (NFD): acute, grave, hook above, tilde, dot below
_TONE_MARKS = frozenset("\u0301\u0300\u0309\u0303\u0323")


#: the toned words a term needs for its letters without their tones to count as the term
_TONELESS_WORDS = 2


def _toneless(key: str) -> str:
    """A :func:`spelling` key without its tone marks (the vowels' own marks kept)."""
    return "".join(c for c in key if c not in _TONE_MARKS)


def _toned_words(term: str, key: str) -> int:
    """How many words of ``term`` (folded) carry a tone in the spelling ``key``: at most its
    word count, at least one when it has a tone."""
    tones = sum(c in _TONE_MARKS for c in key)
    return min(len(term.split()), tones)


def contains_word(s: str, term: str) -> bool:
    pos = s.find(term)
    while pos >= 0:
        if word_bounded(s, pos, len(term)):
            return True
        pos = s.find(term, pos + 1)
    return False


def word_bounded(s: str, pos: int, n: int) -> bool:
    if pos < 0:
        return False
    if pos > 0 and (s[pos - 1].isalnum()):
        return False
    end = pos + n
    return not (end < len(s) and s[end].isalnum())


def literal_led_matches(
    pattern: re.Pattern[str], view: str, literal: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(view)`` for a pattern whose every match opens with ``literal``: the
    pattern is tried only where ``literal`` stands, skipping what a match already covered,
    as ``finditer`` does (a whole-text scan tries every position)."""
    at = view.find(literal)
    while at >= 0:
        m = pattern.match(view, at)
        if m is None:
            at = view.find(literal, at + 1)
            continue
        yield m
        at = view.find(literal, max(m.end(), at + 1))
