"""The character classes the canonical reading (:class:`ai_guard.text.Document`) rewrites, in
one place: every detector and view uses these lists, none keeps its own."""

from __future__ import annotations

__all__ = ["INVISIBLE", "LINE_SEPARATORS", "NUMBER_GAPS", "ODD_SPACES"]

#: Zero-width and invisible formatting characters, soft hyphen, BOM: removed from the reading.
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u180e"
#: Spaces other than U+0020 that a copy from Word, a PDF or a web page leaves: read as a space.
ODD_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
#: Unicode's line and paragraph separators: read as a line break.
LINE_SEPARATORS = "\u2028\u2029"
#: What may stand between the digit groups of one number besides a space, a dot or a hyphen,
#: in text that did not go through the canonical reading (a detector's own sub-view): the
#: spaces typesetting puts in numbers and the invisible characters copy-paste leaves.
NUMBER_GAPS = "\u00a0\u2007\u2009\u202f" + INVISIBLE
