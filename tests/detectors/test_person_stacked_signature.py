"""vn.person: a name in capitals one word a line under a signature note, as OCR reads a
signature block written in a narrow column (person/broken.py ``stacked_signature_names``);
the public-role judgement reads it as it reads a signer on one line."""

from __future__ import annotations

import pytest
from _probes import actions as persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a citizen signing her own letter: private
        (
            "Kết quả OCR chữ ký cuối đơn:\nNgười làm đơn\n(ký, ghi rõ họ tên)\nNGÔ\nTHỊ\nDIỄM\n"
            "Sửa giúp thành một dòng.",
            [("NGÔ\nTHỊ\nDIỄM", "redact")],
        ),
        ("Nguoi lam don\n(ky, ghi ro ho ten)\n\nNGO\nTHI\nDIEM\n", [("NGO\nTHI\nDIEM", "redact")]),
        # an official document's signer: kept visible as on one line
        (
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLÊ\nVĂN\nBÌNH",
            [("LÊ\nVĂN\nBÌNH", "allow")],
        ),
        # no name: a place, a heading's words under the note
        ("(Đã ký)\nHÀ\nNỘI", []),
        ("(ký, ghi rõ họ tên)\nMỤC\nLỤC", []),
    ],
)
def test_a_signature_name_one_word_a_line(text: str, expected: list[tuple[str, str]]) -> None:
    assert persons(text) == expected
