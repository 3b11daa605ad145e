"""What a document is, how sensitive it is, and whether it may go to an external AI.

The public face of classification: :func:`classify_document` (a ``str`` is text, a path is
read), :func:`classify_file` and :func:`classify_text`. Names load on first use, so
``ai_guard.classify.extract`` or ``.layout`` can be imported without the detectors.

==============  ==============================================================================
module          what it holds
==============  ==============================================================================
``pipeline``    the orchestrator: read the input, run ``check_prompt``, then each decision
``models``      ``DocumentClassification`` and what it is made of (type, header, evidence ...)
``extract``     reading .txt/.md/.html/.docx/.pdf files (and bytes) into text
``layout``      the Decree 30/2020 header, type line, recipients and signature block
``lexicon``     category and signal terms, matched on the folded view
``evidence``    what every decision reads (document, layout, findings, policy), spans mapped
``doc_type``    the document type, by weighted votes
``secrecy``     the secrecy stamp (MẬT, TỐI MẬT, TUYỆT MẬT, damaged by OCR; GIẢI MẬT)
``public``      whether the text is public (laws, press) and its internal marks
``categories``  what the document is about (enforcement case, complaint, personnel ...)
``personal``    personal data, with officials' names in their public role set apart
``verdict``     sensitivity and the recommended action
``header``      the header as written, on the original text
``reasons``     the reasons in Vietnamese and English
==============  ==============================================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_guard._lazy import attach

__all__ = [
    "CATEGORY_THRESHOLD",
    "DOCUMENT_SUFFIXES",
    "classify_document",
    "classify_file",
    "classify_text",
    "path_like_suffix",
]

_LAZY = {
    "CATEGORY_THRESHOLD": "ai_guard.classify.categories",
    "DOCUMENT_SUFFIXES": "ai_guard.classify.pipeline",
    "classify_document": "ai_guard.classify.pipeline",
    "classify_file": "ai_guard.classify.pipeline",
    "classify_text": "ai_guard.classify.pipeline",
    "path_like_suffix": "ai_guard.classify.pipeline",
    "official_title_iter": "ai_guard.classify.personal",
}

if TYPE_CHECKING:
    from ai_guard.classify.categories import CATEGORY_THRESHOLD
    from ai_guard.classify.personal import official_title_iter as official_title_iter
    from ai_guard.classify.pipeline import (
        DOCUMENT_SUFFIXES,
        classify_document,
        classify_file,
        classify_text,
        path_like_suffix,
    )


__getattr__, __dir__ = attach(__name__, _LAZY)
