"""Moved to :mod:`ai_guard.classify.extract`; this path keeps working for code written
against earlier releases."""

from __future__ import annotations

from ai_guard.classify.extract import (
    READ_KINDS,
    SUPPORTED_SUFFIXES,
    decode_text,
    decode_utf8,
    document_images,
    file_not_found,
    html_to_text,
    read_document,
    read_document_and_images,
    read_document_bytes,
    read_document_bytes_decoded,
    read_document_decoded,
    read_file,
)

__all__ = [
    "READ_KINDS",
    "SUPPORTED_SUFFIXES",
    "decode_text",
    "decode_utf8",
    "document_images",
    "file_not_found",
    "html_to_text",
    "read_document",
    "read_document_and_images",
    "read_document_bytes",
    "read_document_bytes_decoded",
    "read_document_decoded",
    "read_file",
]
