"""Folded lines: a long line that a calendar, a contact card or a mail header cut in two.

iCalendar (``.ics``) and vCard cut a content line longer than 75 octets by inserting a line
break followed by one space or tab, anywhere, even inside a word: ``mật k⏎ hẩu Vpn!Dvc2026``
is ``mật khẩu Vpn!Dvc2026`` to every program that reads the file (RFC 5545 3.1, RFC 6350
3.2: unfolding removes the break and that one whitespace character). A mail header folds the
same way at a space, and its unfolding removes the line break only (RFC 5322 2.2.3). Read as
two lines, a label and its value stand apart and a value is cut in two; the canonical reading
(:mod:`ai_guard.text.document`) unfolds them, keeping the offsets back to the caller's text.

Only where the text holds such a format: a ``BEGIN:VCALENDAR`` / ``BEGIN:VEVENT`` /
``BEGIN:VCARD`` line (every folded line after it is unfolded), or a mail header line
(``Subject:``, ``From:``, ``To:`` ...; its continuation lines are unfolded). An indented line
in ordinary prose or code is no continuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["folded_breaks"]

#: a calendar's or a contact card's first line (found from its literal "BEGIN:V")
_CARD = re.compile(r"BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL|CARD|ALARM)\b")
#: a mail header line (the fields a pasted message shows), matched at a line's start only
_HEADER = re.compile(
    r"(?i:subject|from|to|cc|bcc|reply-to|sender|date|received|return-path|message-id|"
    r"in-reply-to|references|content-type|content-disposition|dkim-signature|authentication-"
    r"results|list-unsubscribe|x-[a-z0-9-]+)[ \t]*:"
)
#: a line break, then the whitespace that makes the next line a continuation
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_LINE = re.compile(r"[^\n]*\n?")


def _has_header(text: str) -> bool:
    """Whether a line of ``text`` opens with a mail header's name and its ':' (each line's
    start tried, found with ``str.find``)."""
    pos = 0
    while pos >= 0:
        if _HEADER.match(text, pos) is not None:
            return True
        pos = text.find("\n", pos)
        if pos >= 0:
            pos += 1
    return False


def folded_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The spans the unfolded reading drops: for a calendar or a card, each continuation's
    line break and its one leading space or tab; for a mail header, each continuation's line
    break (the space stays, as RFC 5322 unfolds). Nothing for text in neither format."""
    if "\n " not in text and "\n\t" not in text:
        return
    at = text.find("BEGIN:V")
    card = _CARD.match(text, at) if at >= 0 else None
    if card is not None:
        for m in _FOLD.finditer(text, card.end()):
            yield m.start(), m.end() + 1
        return
    if ":" not in text or not _has_header(text):
        return
    # the header block: a header line and its continuation lines; a line of any other kind
    # ends it (the next header line starts another)
    in_header = False
    pos = 0
    for m in _LINE.finditer(text):
        line = m.group()
        start = pos
        pos += len(line)
        if not line:
            break
        if line[:1] in " \t":
            if in_header and start >= 1:
                brk = start - (2 if text[start - 2 : start] == "\r\n" else 1)
                yield brk, start
            continue
        in_header = _HEADER.match(line) is not None
