"""What every decision of :func:`~ai_guard.classify.classify_text` reads, and how it records
what it saw.

A :class:`Reading` holds the document, its layout, check_prompt's findings and the policy. The
findings are read as :class:`Found` (what a decision may read of one): a check's list of
:class:`~ai_guard.models.Finding`, or, for a check holding thousands as columns,
:class:`FoundRows`, each finding a row made as it is read (a table's findings built at once
were ~16x its size beside everything else the decisions hold).
Layout and lexicon spans are on ``doc.text`` (the NFC view); evidence and header fields are
reported on ``doc.original``, so each decision builds them through :meth:`Reading.evidence`
and :meth:`Reading.field`, which map the span. A header field's text is the original's, in NFC
(a paste whose tone marks are combining characters, as a Windows-1258 file reads, reports
``Cầm Bá Thuyết`` as the rest of the result and the reader's screen spell it).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Protocol

from ai_guard.classify.layout import Layout
from ai_guard.classify.models import Evidence, HeaderField
from ai_guard.models import Decision, EntityType, FindingColumns, Validation
from ai_guard.policy import Policy
from ai_guard.text import Document

__all__ = ["Found", "FoundRows", "Reading"]


class Found(Protocol):
    """What a decision reads of one of check_prompt's findings: a
    :class:`~ai_guard.models.Finding` or a :class:`~ai_guard.models.FoundRow` (no placeholder,
    no reason: no decision reads them)."""

    @property
    def entity(self) -> EntityType: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...
    @property
    def detector(self) -> str: ...
    @property
    def validated(self) -> bool: ...
    @property
    def pattern(self) -> str: ...
    @property
    def base_score(self) -> float: ...
    @property
    def validation(self) -> Validation: ...
    @property
    def context(self) -> str | None: ...
    @property
    def action(self) -> Decision: ...


@dataclass(frozen=True)
class FoundRows:
    """A check's findings held as columns, read as a collection of rows: each walk makes
    each row as it reaches it (:meth:`~ai_guard.models.FindingColumns.rows`), none held."""

    columns: FindingColumns

    def __iter__(self) -> Iterator[Found]:
        return self.columns.rows()

    def __len__(self) -> int:
        return len(self.columns)

    def __contains__(self, item: object) -> bool:
        return any(item == row for row in self)


@dataclass(frozen=True)
class Reading:
    """The document as the decisions see it (built once per document)."""

    doc: Document
    layout: Layout
    findings: Collection[Found]
    """check_prompt's findings, spans on ``doc.original``: its list, or :class:`FoundRows`."""
    policy: Policy

    def evidence(
        self, kind: str, label: str, start: int, end: int, weight: float = 0.0
    ) -> Evidence:
        """Evidence for a span on ``doc.text``, reported on the original text."""
        s, e = self.doc.span_to_original(start, end)
        return Evidence(kind=kind, label=label, start=s, end=e, weight=weight)

    def field(self, span: tuple[int, int] | None) -> HeaderField | None:
        """A header element as written (in NFC), from its span on ``doc.text`` (None when
        absent); its span is on the original."""
        if span is None or span[1] <= span[0]:
            return None
        s, e = self.doc.span_to_original(*span)
        return HeaderField(
            text=unicodedata.normalize("NFC", self.doc.original[s:e]), start=s, end=e
        )

    def to_text(self, original_offset: int) -> int:
        """Map an offset in ``doc.original`` back to ``doc.text``."""
        return self.doc.to_text(original_offset)
