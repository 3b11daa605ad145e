"""The Decree 30/2020 header of a document as reported: each element the layout found, as
written in the original text."""

from __future__ import annotations

from ai_guard.classify.evidence import Reading
from ai_guard.classify.models import DocumentHeader

__all__ = ["read_header"]


def read_header(r: Reading) -> DocumentHeader:
    """The header elements the layout found, as written, with spans on the original (no
    ``number_symbol`` when the number is a blank)."""
    lay = r.layout
    return DocumentHeader(
        issuer=r.field(lay.issuer_line),
        # "Số: ........../BB-THADS", "Số:    /QĐ-UBND": a blank left for the number (a form,
        # a draft) gives the document no number; its symbol is still reported
        number_symbol=r.field(lay.number_symbol) if lay.number is not None else None,
        number=lay.number,
        symbol=lay.symbol,
        place_date=r.field(lay.place_date),
        place=lay.place,
        date=lay.date,
        type_name=r.field(lay.type_line),
        subject=r.field(lay.subject),
        recipients=r.field(lay.recipients),
        distribution=r.field(lay.distribution),
        signer=r.field(lay.signer),
        signer_title=r.field(lay.signer_title),
        national_motto=lay.motto is not None,
    )
