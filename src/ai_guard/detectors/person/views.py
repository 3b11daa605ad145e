"""The byte views of a document that several of the name paths scan, built once per document.

Each path used to encode the folded text to one byte per character (and sketch it) on its
own: the folded text's bytes for :mod:`.lower_case`, :mod:`.bounded`, :mod:`.figures` and
:mod:`.cued`, the case-kept folded text's bytes for :mod:`.capitalised` and :mod:`.foreign`.
The views are kept in the document's cache (``Document.cached`` / ``store``), so they live
as long as the document and are dropped by ``Document.release``.
"""

from __future__ import annotations

from ai_guard.text import Document

__all__ = ["folded_bytes", "folded_cased_bytes", "word_sketch"]

#: letters and digits as they are, anything else a space
_WORD_SKETCH = bytes(
    i if chr(i) in "0123456789abcdefghijklmnopqrstuvwxyz" else 32 for i in range(256)
)


def folded_bytes(doc: Document) -> bytes:
    """``doc.folded`` one byte per character ("?" for any character outside Latin-1)."""
    # (each view reads its cache entry itself: a shared helper taking a builder made a closure
    # and a call on every ask, some nine asks a prompt)
    found = doc.cached("person:folded_bytes")
    if found is None:
        found = doc.folded.encode("latin-1", "replace")
        doc.store("person:folded_bytes", found)
    return found  # type: ignore[return-value]


def folded_cased_bytes(doc: Document) -> bytes:
    """``doc.folded_cased`` one byte per character ("?" for any character outside Latin-1)."""
    found = doc.cached("person:folded_cased_bytes")
    if found is None:
        found = doc.folded_cased.encode("latin-1", "replace")
        doc.store("person:folded_cased_bytes", found)
    return found  # type: ignore[return-value]


def word_sketch(doc: Document) -> bytes:
    """A space, then the folded text with letters and digits as they are and anything else as
    a space: one ahead of the text, so that a pattern led by a space finds a word at its
    start."""
    found = doc.cached("person:word_sketch")
    if found is None:
        found = b" " + folded_bytes(doc).translate(_WORD_SKETCH)
        doc.store("person:word_sketch", found)
    return found  # type: ignore[return-value]
