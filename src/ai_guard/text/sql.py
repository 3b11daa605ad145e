"""SQL ``INSERT`` statements read as tables: the column list is the header of every tuple of
``VALUES`` after it.

A clerk pastes a database dump or a seed script as text (``INSERT INTO users (username,
password) VALUES ('admin', 'Abc@12345');``, ``INSERT INTO van_ban (so_hieu, do_mat) VALUES
('12/BC', 'Tối mật');``). A value there has no label before it: its column names it, as a
spreadsheet's header names the cells under it. :func:`inserted_values` gives each value with
its column's name, for the detectors that read a column by its name (a password column, a
secrecy level's column) to judge the value.

Read only where the folded text holds ``values`` and ``insert``, ``replace`` or ``upsert``; a
statement's tuples are read to its end (a ``;`` outside quotes, or the first thing that is no
tuple), each value as SQL writes it: a quoted string (``''`` inside it is one quote), or a bare
word or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.text.document import Document

__all__ = ["inserted_values"]

#: ``INSERT INTO name (columns) VALUES`` (``REPLACE``, ``UPSERT`` too; on the folded view:
#: one case); the name may be
#: quoted or schema-qualified (``"public"."users"``, ```users```, ``[dbo].[users]``)
_INSERT = re.compile(
    r"(?<![a-z0-9_])(?:insert|replace|upsert)[ \t\r\n]+(?:(?:ignore|into)[ \t\r\n]+)*"
    r"[\w.\"`\[\]]{1,128}"
    r"[ \t\r\n]*\((?P<columns>[^()]{1,2000})\)[ \t\r\n]*values[ \t\r\n]*"
)
#: one value of a tuple and what follows it: a quoted string, or a bare word (a number,
#: NULL, a function's name without its arguments)
_VALUE = re.compile(
    r"[ \t\r\n]*(?:'(?P<single>(?:[^']|'')*)'|\"(?P<double>(?:[^\"]|\"\")*)\"|"
    r"(?P<bare>[^,()'\"\s]{1,256}))[ \t\r\n]*(?P<after>[,)])"
)
#: the statements' verbs (a gate before the pattern)
_VERBS = ("insert", "replace", "upsert")
#: between two tuples
_NEXT_TUPLE = re.compile(r"[ \t\r\n]*,[ \t\r\n]*\(")
#: the most tuples read after one ``VALUES`` (a dump's statement can hold thousands)
_MOST_TUPLES = 100_000


def inserted_values(doc: Document) -> Iterator[tuple[str, int, int]]:
    """Every quoted value of every ``INSERT ... VALUES`` tuple in ``doc``: its column's name
    folded (``_`` and quotes read as spaces: ``mat_khau`` -> ``mat khau``) and the value's
    span in the text (inside its quotes). A bare value (a number, ``NULL``, a parameter
    ``?`` / ``:p`` / ``%s``, a function) holds no text a detector reads here. A tuple with
    another count of values than the columns is skipped (its columns cannot be told)."""
    folded = doc.folded
    if "values" not in folded or not any(verb in folded for verb in _VERBS):
        return
    text = doc.text
    for statement in _INSERT.finditer(folded):
        columns = [
            " ".join(c.replace("_", " ").strip(' \t\r\n"`[]').split())
            for c in statement.group("columns").split(",")
        ]
        pos = statement.end()
        for _ in range(_MOST_TUPLES):
            if not text.startswith("(", pos):
                break
            values, pos = _tuple(text, pos + 1)
            if len(values) == len(columns):
                for column, (s, e, quoted) in zip(columns, values, strict=True):
                    if quoted:
                        yield column, s, e
            nxt = _NEXT_TUPLE.match(text, pos)
            if nxt is None:
                break
            pos = nxt.end() - 1


def _tuple(text: str, pos: int) -> tuple[list[tuple[int, int, bool]], int]:
    """The spans of the values of the tuple whose '(' stands before ``pos``, each with
    whether it was quoted, and where the tuple ends (after its ')'); an unreadable value ends
    it early (no span for it)."""
    spans: list[tuple[int, int, bool]] = []
    while True:
        m = _VALUE.match(text, pos)
        if m is None:
            return spans, pos
        group = next(g for g in ("single", "double", "bare") if m.start(g) >= 0)
        spans.append((*m.span(group), group != "bare"))
        pos = m.end()
        if m.group("after") == ")":
            return spans, pos
