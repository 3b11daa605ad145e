"""Python 3.12 f-strings read on an older Python.

PEP 701 (Python 3.12) lets a replacement field hold a string in the f-string's own quotes:
``f"{len(response["Items"])} records"``. Python 3.11 refuses the whole file, so a project that
runs on 3.12 had every such file reported "cannot be scanned" (exit 2) and the hook failed on
code that runs. :func:`requote` writes each such inner string with the other quote character
(``'Items'``): same length, same columns, same value; it gives up (returns None) on anything it
cannot rewrite that way (an inner string holding both quote characters, or nested three deep),
and the caller then reports the original SyntaxError as before. PEP 701 also lets a field's
strings hold backslashes (``f"{s.replace(' + ', '\\n- ')}"``): each escape there is read as
spaces (same columns; only that string's value differs).
"""

from __future__ import annotations

__all__ = ["requote"]

_PREFIX = frozenset("rRbBuUfF")
_OTHER = {'"': "'", "'": '"'}


def requote(source: str) -> str | None:
    """``source`` with every string inside an f-string's replacement field that uses a quote
    character of an enclosing f-string rewritten with the other one; None when there was
    nothing to rewrite or a string cannot be rewritten that way. Linear in the text."""
    out = list(source)
    changed = _Lexer(source, out).run()
    return "".join(out) if changed else None


def _word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _operator(text: str, i: int) -> bool:
    """``!=`` or ``:=`` at ``i``: an operator, not a field's conversion or format spec."""
    return text[i + 1 : i + 2] == "="


class _Lexer:
    """One pass over the text: code, strings, and f-strings' replacement fields (in which
    code, and strings, start again)."""

    def __init__(self, text: str, out: list[str]) -> None:
        self.text = text
        self.out = out
        self.i = 0
        self.changed = False
        self.failed = False

    def run(self) -> bool:
        self.code(enclosing=(), closer=None)
        return self.changed and not self.failed

    def code(self, enclosing: tuple[str, ...], closer: str | None) -> None:
        """Code up to ``closer`` (the ``}`` or format ``:``/``!`` that ends a replacement
        field) at bracket depth 0, or to the end of the text."""
        text, n = self.text, len(self.text)
        depth = 0
        while self.i < n and not self.failed:
            c = text[self.i]
            if c == "#" and closer is None:
                while self.i < n and text[self.i] != "\n":
                    self.i += 1
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0 and closer is not None:
                    return
                depth -= 1
            elif closer is not None and depth == 0 and c in "!:" and not _operator(text, self.i):
                return
            elif c in "'\"":
                self.string(self.i, enclosing)
                continue
            elif c in _PREFIX and (self.i == 0 or not _word(text[self.i - 1])):
                j = self.i
                while j < n and j - self.i < 2 and text[j] in _PREFIX:
                    j += 1
                if j < n and text[j] in "'\"":
                    self.string(self.i, enclosing)
                    continue
            self.i += 1

    def string(self, start: int, enclosing: tuple[str, ...]) -> None:
        """A string literal from ``start`` (its prefix); inside an f-string's field, one whose
        quote an enclosing f-string uses is rewritten with the other quote."""
        text, n = self.text, len(self.text)
        j = start
        while text[j] in _PREFIX:
            j += 1
        prefix = text[start:j].lower()
        quote = text[j]
        triple = text[j : j + 3] == quote * 3
        delim = quote * 3 if triple else quote
        body = j + len(delim)
        other = _OTHER[quote]
        requoted = quote in enclosing
        if requoted:
            if other in enclosing or triple:
                self.failed = True
                return
            self.out[j] = other
            self.changed = True
        fstring = "f" in prefix
        raw = "r" in prefix
        inner = (*enclosing, other if requoted else quote)
        self.i = body
        while self.i < n and not self.failed:
            c = text[self.i]
            if c == "\\" and not raw:
                if enclosing and self.i + 1 < n and text[self.i + 1] != "\n":
                    # f"{s.replace(' + ', '\n- ')}": Python 3.11 allows no backslash in a
                    # field; the escape is read as spaces (same columns, a string's value
                    # changed by its escapes only)
                    self.out[self.i] = " "
                    if text[self.i + 1] in "\\'\"":
                        self.out[self.i + 1] = " "
                    self.changed = True
                self.i += 2
                continue
            if c == "\\":
                self.i += 2 if self.i + 1 < n and text[self.i + 1] in (quote, "\\") else 1
                continue
            if text.startswith(delim, self.i):
                if requoted:
                    if other in text[body : self.i]:
                        self.failed = True
                        return
                    self.out[self.i] = other
                self.i += len(delim)
                return
            if not triple and c == "\n":
                return  # an unterminated string: Python reports it
            if fstring and c in "{}":
                if text.startswith(c * 2, self.i):
                    self.i += 2
                    continue
                if c == "{":
                    self.field(inner)
                    continue
            self.i += 1

    def field(self, enclosing: tuple[str, ...]) -> None:
        """A replacement field from its ``{``: code, then a conversion and a format spec (in
        which fields nest), to its ``}``."""
        text, n = self.text, len(self.text)
        self.i += 1
        self.code(enclosing, closer="}")
        if self.i < n and text[self.i] == "!":
            self.i += 2
        if self.i < n and text[self.i] == ":":
            self.i += 1
            while self.i < n and text[self.i] != "}" and not self.failed:
                if text[self.i] == "{":
                    self.field(enclosing)
                    continue
                if text[self.i] == "\n":
                    return
                self.i += 1
        if self.i < n and text[self.i] == "}":
            self.i += 1
