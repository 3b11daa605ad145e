"""Passwords whose label stands elsewhere than before them, as ordinary work pastes them.

Read by :class:`ai_guard.detectors.secrets.ApiSecretDetector` (which owns the findings, their
judgement of a value and their overlaps); each function here only says where a password may
stand:

* a spreadsheet or a table of accounts pasted as text (``Hệ thống⇥User⇥Mật khẩu`` above
  ``QLVB⇥vanthu_cs⇥Vt@2026#Qlvb``): the label is the column's header, each row's cell under
  it the value (:func:`column_cells`, the columns as :mod:`ai_guard.text.tables` reads them);
* a password given as the answer in a chat (``[10:15] A: cho em xin pass wifi phòng họp`` /
  ``[10:16] B: Hop@Tang3_2026``): a message that is one word alone, right after a message
  that names a password (:func:`answered_words`).

And for the marks' detectors (vn.secrecy_mark, vn.internal_mark): a mark split word by word
into cells (``| TỐI | MẬT |``, ``Độ,mật,Mật``, ``| Phạm vi | lưu | hành | nội | bộ |``), as a
filter-dodger or a careless export writes it: :func:`word_cells`, the runs of one-word cells
of a row, each cell's span, for the detector to read its words as one phrase, and its gate
:func:`cell_pair_in` (two given words in consecutive cells somewhere in the text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from ai_guard.text.document import Document
from ai_guard.text.tables import column_header

__all__ = ["answered_words", "cell_pair_in", "column_cells", "word_cells"]

#: the separators a table pasted as text uses between its cells (those of
#: :mod:`ai_guard.text.tables`)
_CELL_SEPARATORS = ("\t", "|", ";", ",")


def column_cells(
    doc: Document,
    is_label: Callable[[str], bool],
    header_pieces: Callable[[str], Iterable[int]] | None = None,
) -> Iterator[tuple[int, int]]:
    """The spans of the cells under a column whose header cell ``is_label`` (a password
    label, folded, alone in its cell), in a table pasted as text: tabs, pipes, semicolons or
    commas. A cell counts only where :func:`ai_guard.text.tables.column_header` gives it the
    same header (the rows of the same table); its value is the cell's text without the spaces
    around it, and may be empty. ``header_pieces``, when given, gives the places in the folded
    view, in order, of something every header line ``is_label`` takes a cell of holds: only
    the lines holding one are read as headers (the rest of a long text is not split into
    cells)."""
    text, folded = doc.text, doc.folded
    cells: list[tuple[int, int]] = []
    if header_pieces is None:
        start = 0
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            # (a table's rows are read once: the next header is looked for after them)
            start = max(end, _header_line(doc, start, end, is_label, cells)) + 1
        yield from cells
        return
    done = -1  # the end of the last line read (a header's, or its table's last row's)
    for piece in header_pieces(folded):
        if piece <= done:
            continue
        start = text.rfind("\n", 0, piece) + 1
        end = text.find("\n", piece)
        end = len(text) if end < 0 else end
        done = max(end, _header_line(doc, start, end, is_label, cells))
    yield from cells


def _header_line(
    doc: Document, start: int, end: int, is_label: Callable[[str], bool], out: list[tuple[int, int]]
) -> int:
    """:func:`column_cells` for the line ``start:end`` read as a header line: its cells added
    to ``out``; where the rows read under it end (``end`` when it is no header)."""
    line = doc.folded[start:end]
    for sep in _CELL_SEPARATORS:
        if sep not in line:
            continue
        if any(ch.isdigit() for ch in line):
            return end  # a row of values, not a header
        cells = line.split(sep)
        columns = [i for i, c in enumerate(cells) if is_label(" ".join(c.split()))]
        if columns:
            return _cells_below(doc, end, sep, len(cells), columns, out)
        return end
    return end


def _cells_below(
    doc: Document,
    header_end: int,
    sep: str,
    count: int,
    columns: list[int],
    out: list[tuple[int, int]],
) -> int:
    """The cells in ``columns`` of the rows under a header line ending at ``header_end``,
    added to ``out``, every row of the table (a header repeated inside it is read as a row:
    its cells are no password); where the last row read ends."""
    text = doc.text
    start = header_end + 1
    while True:
        if start >= len(text):
            return len(text)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not line.strip():
            return start - 1
        cuts = _cuts(line, sep)
        extra = len(cuts) + 1 - count
        if extra < 0:
            return start - 1  # the table ends (a sentence after it)
        bounds = [start, *(start + cut + 1 for cut in cuts), end + 1]
        for i in columns:
            # more cells than the header's: a value holds the separator ("1,An,Abc,12@3x"
            # under "STT,Tên,Mật khẩu"), which one the row does not say; the column's cell and
            # as many after it as there are extra separators hold the password whichever it is
            s, e = bounds[i], bounds[i + extra + 1] - 1
            while s < e and text[s] in " \t\r":
                s += 1
            while e > s and text[e - 1] in " \t\r":
                e -= 1
            # a row with more cells than the header's may stand too far from its count for
            # column_header's walk: every row between it and the header was read here
            if s < e and (column_header(doc, s) is not None or (extra > 1 and ". " not in line)):
                out.append((s, e))
        start = end + 1


def _cuts(line: str, sep: str) -> list[int]:
    """Where ``sep`` parts the cells of ``line``: in CSV (``,`` ``;``) a separator inside a
    double-quoted cell (``"Nguyễn, An"``) is the cell's."""
    cuts: list[int] = []
    quoted = sep in ",;" and '"' in line
    inside = False
    for i, ch in enumerate(line) if quoted else ():
        if ch == '"':
            inside = not inside
        elif ch == sep and not inside:
            cuts.append(i)
    if not quoted:
        pos = line.find(sep)
        while pos >= 0:
            cuts.append(pos)
            pos = line.find(sep, pos + 1)
    return cuts


#: a chat line's speaker before its message: an optional time in brackets, then a name or a
#: role of a few words and a colon ("[10:16] Quản trị mạng: ", "Lan: ", "14:02 - Hà: ")
_SPEAKER = re.compile(
    r"[ \t]*(?:[\[(]?\d{1,2}[:h]\d{2}(?::\d{2})?[\])]?[ \t\-]*)?[^\s:][^:\n]{0,40}:[ \t]+"
)
#: characters no password answered in a chat holds here: a path, a URL, a setting
_NOT_IN_ANSWER = frozenset("=/:")
#: the fewest words of the message that asks (a sentence; a config line "DB_PASSWORD: ..."
#: gives a value, it asks nothing), whose speaker holds no "_" (a key, not a person)
_ASKED_WORDS = 3
#: how many lines above an answer the message naming the password may stand
_ASKED_REACH = 3


def answered_words(doc: Document, named_at: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The spans of chat messages that are one word alone (no space in the message, after
    its speaker; no ``=``, ``/`` or ``:``) standing within :data:`_ASKED_REACH` lines under a
    chat message of three words or more that names a password (``named_at``: where the
    caller found a password word or the Wi-Fi): the answer to ``xin pass wifi``, ``mk tài
    khoản là gì``. Both lines open with a speaker (:data:`_SPEAKER`): a config file's or a
    document's lines are no chat. The caller judges whether the word is a password. Only the
    lines that name a password and the few under them are read."""
    text, folded = doc.text, doc.folded
    done = -1  # the end of the last line read as an answer's
    asked_lines: set[int] = set()
    for pos in sorted(named_at):
        s = text.rfind("\n", 0, pos) + 1
        if s in asked_lines:
            continue
        asked_lines.add(s)
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        m = _SPEAKER.match(text, s, e)
        if m is None or "_" in text[s : m.end()] or len(folded[m.end() : e].split()) < _ASKED_WORDS:
            continue
        for _ in range(_ASKED_REACH):
            s = e + 1
            if s > len(text):
                break
            e = text.find("\n", s)
            e = len(text) if e < 0 else e
            if s <= done:
                continue
            done = e
            m = _SPEAKER.match(text, s, e)
            if m is None:
                continue  # not a chat message: a config line, a document's line
            b = e
            while b > m.end() and text[b - 1] in " \t\r":
                b -= 1
            word = text[m.end() : b]
            if word and not any(c.isspace() or c in _NOT_IN_ANSWER for c in word):
                yield m.end(), b


#: a cell that is one word (letters, a level's "A"/"B"/"C" too), its wrapping aside
_WRAPPING = " \t*_\"'`"
_ONE_WORD = re.compile(rf"[{_WRAPPING}]*([^\W\d_]+)[{_WRAPPING}]*")
#: what stands between two words in consecutive one-word cells: the wrapping, a separator
#: (several bars: an empty cell of a Markdown row is skipped)
_BETWEEN_CELLS = frozenset(_WRAPPING + "".join(_CELL_SEPARATORS))


def word_cells(text: str, ls: int, le: int) -> list[list[tuple[int, int]]]:
    """The runs of two or more consecutive one-word cells of the row ``text[ls:le]`` (its
    cells parted by the first of :data:`_CELL_SEPARATORS` it holds): each a list of the
    words' spans, left to right. A row without a separator, or no such run, gives none."""
    sep = next((c for c in _CELL_SEPARATORS if c in text[ls:le]), None)
    if sep is None:
        return []
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    start = ls
    cuts: list[int] = []
    cut = text.find(sep, ls, le)
    while cut >= 0:
        cuts.append(cut)
        cut = text.find(sep, cut + 1, le)
    cuts.append(le)
    for cut in cuts:
        if cut == start and sep == "|":  # the row's outer bar
            start = cut + 1
            continue
        m = _ONE_WORD.fullmatch(text, start, cut)
        if m is not None:
            run.append(m.span(1))
        else:
            if len(run) >= 2:
                runs.append(run)
            run = []
        start = cut + 1
    if len(run) >= 2:
        runs.append(run)
    return runs


def cell_pair_in(folded: str, pairs: dict[str, tuple[str, ...]]) -> bool:
    """Whether a word of ``pairs`` (folded) may stand in a one-word cell right after a cell
    holding one of the words it maps to, as :func:`word_cells` reads a row: the word right
    after a run of the wrapping and separators around cells that holds a separator; before
    the run, a word ending in the other (``"| Tối | MẬT |"``: ``{"mat": ("toi",)}``). A gate
    that errs one way only: every such pair of cells passes it (no line or cell boundary is
    checked). Looked for from each place a word of ``pairs`` stands, not from each separator:
    prose has a comma every few words and seldom a word of a mark (a short prompt's two calls
    cost 40,000 instructions from its separators)."""
    for word, before in pairs.items():
        if word not in folded:  # (``in`` first: ``find`` parses its arguments, 4x the cost)
            continue
        j = folded.find(word)
        while j >= 0:
            i = j
            while i > 0 and folded[i - 1] in _BETWEEN_CELLS:
                i -= 1
            # (the word before first: one call, false at most places a word stands)
            if i < j and folded.endswith(before, 0, i) and _holds_a_separator(folded, i, j):
                return True
            j = folded.find(word, j + 1)
    return False


def _holds_a_separator(text: str, start: int, end: int) -> bool:
    for c in text[start:end]:  # noqa: SIM110 - a loop: no generator frame (a run is short)
        if c in _CELL_SEPARATORS:
            return True
    return False
