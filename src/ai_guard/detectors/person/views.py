"""The byte views of a document that several of the name paths scan, built once per document.

Each path used to encode the folded text to one byte per character (and sketch it) on its
own: the folded text's bytes for :mod:`.lower_case`, :mod:`.bounded`, :mod:`.figures` and
:mod:`.cued`, the case-kept folded text's bytes for :mod:`.capitalised` and :mod:`.foreign`.
The views are kept in the document's cache (``Document.cached`` / ``store``), so they live
as long as the document and are dropped by ``Document.release``.
"""

from __future__ import annotations

from collections.abc import Callable

from ai_guard.text import Document

__all__ = ["folded_bytes", "folded_cased_bytes", "word_sketch"]

#: letters and digits as they are, anything else a space
_WORD_SKETCH = bytes(
    i if chr(i) in "0123456789abcdefghijklmnopqrstuvwxyz" else 32 for i in range(256)
)


def _view(doc: Document, key: str, build: Callable[[], bytes]) -> bytes:
    """The view cached under ``key``, built by ``build`` on first use."""
    found = doc.cached(key)
    if found is None:
        found = build()
        doc.store(key, found)
    return found  # type: ignore[return-value]


def folded_bytes(doc: Document) -> bytes:
    """``doc.folded`` one byte per character ("?" for any character outside Latin-1)."""
    return _view(doc, "person:folded_bytes", lambda: doc.folded.encode("latin-1", "replace"))


def folded_cased_bytes(doc: Document) -> bytes:
    """``doc.folded_cased`` one byte per character ("?" for any character outside Latin-1)."""
    return _view(
        doc, "person:folded_cased_bytes", lambda: doc.folded_cased.encode("latin-1", "replace")
    )


def word_sketch(doc: Document) -> bytes:
    """A space, then the folded text with letters and digits as they are and anything else as
    a space: one ahead of the text, so that a pattern led by a space finds a word at its
    start."""
    return _view(
        doc, "person:word_sketch", lambda: b" " + folded_bytes(doc).translate(_WORD_SKETCH)
    )
