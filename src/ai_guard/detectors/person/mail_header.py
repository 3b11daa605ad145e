"""Names in the header lines of a forwarded or quoted e-mail, before the address in angle
brackets: "> từ: trương mỹ linh <truongmylinh.1990@gmail.com>", "From: luc minh triet
<trietlm@...>", "cc: john smith <js@...>, le van an <an.lv@...>".

A mail header names the sender and the recipients as the mail program shows them, in the case
and spelling the sender typed (lower case and without diacritics as often as not in a pasted
chat). The header's label and the address right after the words are the two pieces of evidence
no sentence has; the words still need a name's look: a lexicon surname first, or a word of the
name inside the address's local part ("john smith <jsmith@...>"), and no word of an agency or
a mailbox ("phòng tổ chức <tccb@...>", "support team <...>"), nor the words after a comma
that go on with such a unit's name ("Phòng Quản lý hộ kinh doanh, cá nhân <...>").
Capitalised names there are the other paths' too; the detector keeps the longest finding.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import everyday_pair, lexicons
from ai_guard.detectors.person.scores import lower_case_hit
from ai_guard.text import Document

__all__ = ["mail_header_names"]

#: a header line: quote marks, a label ("from", "to", "cc", "từ", "gửi", "đến", "người gửi",
#: "người nhận"; folded) and ":"; the rest of the line is read for names and addresses
_HEADER = re.compile(
    r"(?m)^[ \t>]*(?:from|to|cc|bcc|reply-to|sender|tu|gui|den|nguoi gui|nguoi nhan)[ \t]*:"
    r"(?P<rest>[^\n]*)"
)
#: 2-5 words, then an address in angle brackets (folded text)
_NAMED_ADDRESS = re.compile(
    r"(?:^|(?<=[,;:]))[ \t]*(?P<name>[a-z]+(?:['-][a-z]+)*(?:[ \t]+[a-z]+(?:['-][a-z]+)*){1,4})"
    r"[ \t]*<(?P<local>[^<>@\s]+)@[^<>\s]+>"
)
#: words of an agency, a unit or a mailbox, folded: no person's name holds them
_NOT_PERSON = frozenset(
    {"phong", "ubnd", "ty", "team", "support", "admin", "info", "noreply", "mailer", "daemon"}
    | {"group", "office", "hr", "toan", "chinh", "thu", "so"}
)


def _named(words: list[str], local: str) -> bool:
    """Whether the words before an address look like a person's name: no agency's word, no
    everyday pair, and a lexicon surname then middle and given names, or a word of the name
    in the address ("john smith <jsmith@...>")."""
    if any(w in _NOT_PERSON for w in words) or any(
        everyday_pair(a, b) for a, b in itertools.pairwise(words)
    ):
        return False  # "ban quan ly du an <bqlda@...>": "quản lý", "dự án"
    _, middles, givens, _, _ = lexicons()
    if words[0] in lexicons().surnames and all(w in middles or w in givens for w in words[1:]):
        return True
    key = re.sub(r"[^a-z]", "", local.lower())
    return any(len(w) >= 3 and re.sub(r"[^a-z]", "", w) in key for w in words)


def _unit_goes_on(before: str) -> bool:
    """Whether the header's words before a comma and the words at hand are one agency's name
    ("Phòng Quản lý hộ kinh doanh, cá nhân <...>"): an agency's word stands before on the
    line, with no address of its own after it."""
    tail = before[before.rfind(">") + 1 :]
    return any(w in _NOT_PERSON for w in re.findall(r"[a-z]+", tail))


def mail_header_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """The names before an address in angle brackets on a mail header line."""
    if "@" not in doc.text or "<" not in doc.text:
        return
    folded = doc.folded
    for line in _HEADER.finditer(folded):
        base = line.start("rest")
        for m in _NAMED_ADDRESS.finditer(line.group("rest")):
            words = m.group("name").split()
            if not _named(words, m.group("local")):
                continue
            if _unit_goes_on(line.group("rest")[: m.start()]):
                continue  # "Phòng Quản lý hộ kinh doanh, cá nhân <...>": the unit's name
            s, e = base + m.start("name"), base + m.end("name")
            yield lower_case_hit(s, e, detector_id, "mail header")
