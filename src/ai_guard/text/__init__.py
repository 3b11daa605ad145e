"""The Vietnamese text toolkit every feature reads through.

- :mod:`~ai_guard.text.document`: :class:`Document`, the canonical reading every detector
  consumes (NFC, invisible characters removed, odd spaces, full-width and look-alike characters
  read as plain ones) with folded views and offsets back to the caller's string;
- :mod:`~ai_guard.text.chars`: the character classes that reading rewrites;
- :mod:`~ai_guard.text.typing`: Telex / VNI typed with the input method off, read back;
- :mod:`~ai_guard.text.invisible`: letter-spaced words joined (``M Ậ T``), with an offset map;
- :mod:`~ai_guard.text.match`: cue words near a candidate, trie-shaped word lists, spelling keys;
- :mod:`~ai_guard.text.tables`: column headers of tables pasted as text, line bounds;
- :mod:`~ai_guard.text.numbers`: digit runs shared by the numeric detectors;
- :mod:`~ai_guard.text.data`: the one loader of the lexicons and tables in ``ai_guard/data``;
- :mod:`~ai_guard.text.word_caches`: the process-wide caches of a text's words, let go of
  where a large text churned through them;
- :mod:`~ai_guard.text.encodings`: UTF-16/32 with a BOM and the legacy Vietnamese encodings
  (TCVN3, VNI, Windows-1258) and their mojibake, converted to NFC (every file reader uses it;
  ``check_prompt`` never rewrites its input).
"""

from __future__ import annotations

from ai_guard.text.document import Document, fold, fold_cased, fold_word

__all__ = ["Document", "fold", "fold_cased", "fold_word"]
