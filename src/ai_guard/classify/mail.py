"""Read a saved e-mail (``.eml``, MIME: what a mail client saves and what a civil servant
forwards with a document attached) into text, with the standard library only.

Everything the message carries leaves with it, so everything is read: the sender, recipients
(To, Cc, Reply-To) and subject; every text part (HTML turned into its visible text when no plain
text says the same); a forwarded message inside it, read the same way; and every attached
file, read as the document it is (a .docx, a PDF, a workbook...) by the caller's reader. An
attachment of a type that reader cannot read is refused, as a PDF's attached file is; image
parts are counted (:func:`eml_images`), their pixels unread.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage, Message
from pathlib import Path

from ai_guard.text.encodings import decode_bytes

__all__ = ["MailAttachmentError", "MailError", "eml_images", "eml_text"]


class MailError(ValueError):
    """Bytes that are no readable message (the message says what is wrong)."""


class MailAttachmentError(MailError):
    """An attached file of a type the caller cannot read (its name is the message)."""


#: the headers that hold the message's people and topic (the sender is content here: a
#: citizen's forwarded letter names its writer in From)
_HEADERS = ("From", "To", "Cc", "Reply-To", "Subject")
#: the most parts one message may hold (a mail bomb of a million empty parts is refused)
_MAX_PARTS = 2_000


def _message(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise MailError("no message headers")
    return message


def _part_text(part: Message) -> str:
    """A text part's content in its declared charset, or as the legacy-aware decoder reads
    its bytes when the charset is missing, unknown or lies."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset()
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    decoded = decode_bytes(raw)
    return decoded.text if decoded is not None else raw.decode("utf-8", "replace")


class _Reader:
    def __init__(
        self,
        read_attachment: Callable[[str, bytes], str],
        html_to_text: Callable[[str], str],
        supported: frozenset[str],
    ) -> None:
        self.read_attachment = read_attachment
        self.html_to_text = html_to_text
        self.supported = supported
        self.out: list[str] = []
        self.parts = 0

    def message(self, message: Message) -> None:
        """A message: its people and subject, then its body."""
        for header in _HEADERS:
            for value in message.get_all(header) or ():
                if str(value).strip():
                    self.out.append(f"{header}: {str(value).strip()}")
        self.part(message, plain_sibling=False)

    def part(self, part: Message, plain_sibling: bool) -> None:
        self.parts += 1
        if self.parts > _MAX_PARTS:
            raise MailError("too many parts")
        kind = part.get_content_type()
        payload = part.get_payload()
        if kind == "message/rfc822" and isinstance(payload, list):
            for inner in payload:  # a forwarded message: read whole, headers too
                if isinstance(inner, Message):
                    self.message(inner)
            return
        if part.is_multipart() and isinstance(payload, list):
            children = [p for p in payload if isinstance(p, Message)]
            plain = kind == "multipart/alternative" and any(
                c.get_content_type() == "text/plain" for c in children
            )
            for child in children:
                self.part(child, plain_sibling=plain)
            return
        filename = part.get_filename()
        if kind.startswith(("image/", "audio/", "video/")):
            return  # counted by eml_images; pixels no reader sees
        if filename:
            raw = part.get_payload(decode=True)
            data = raw if isinstance(raw, bytes) else b""
            if Path(filename).suffix.lower() not in self.supported:
                raise MailAttachmentError(filename)
            self.out.append(f"[{filename}]")
            self.out.append(self.read_attachment(filename, data))
        elif kind == "text/html":
            if not plain_sibling:  # the same words as the plain part beside it
                self.out.append(self.html_to_text(_part_text(part)))
        elif kind.startswith("text/"):
            self.out.append(_part_text(part))
        else:  # a part with no name and no text type: bytes no reader vouches for
            raise MailAttachmentError(kind)


def eml_text(
    data: bytes,
    read_attachment: Callable[[str, bytes], str],
    html_to_text: Callable[[str], str],
    supported: frozenset[str],
) -> str:
    """The text of a saved message: headers, text parts, forwarded messages, and each
    attachment read by ``read_attachment(name, bytes)`` when its suffix is in ``supported``.
    Raises :class:`MailError` (or :class:`MailAttachmentError`)."""
    reader = _Reader(read_attachment, html_to_text, supported)
    reader.message(_message(data))
    return "\n".join(line for line in reader.out if line.strip())


def eml_images(data: bytes, images_of: Callable[[str, bytes], int]) -> int:
    """How many image, audio or video parts a message carries, and the images of its attached
    documents (``images_of(name, bytes)``); 0 when it cannot be read."""
    try:
        message = _message(data)
        count = 0
        for part in message.walk():
            if part.get_content_type().startswith(("image/", "audio/", "video/")):
                count += 1
            elif part.get_filename() and not part.is_multipart():
                raw = part.get_payload(decode=True)
                if isinstance(raw, bytes):
                    count += images_of(str(part.get_filename()), raw)
    except (MailError, ValueError, LookupError):
        return 0
    return count
