"""Read a saved e-mail (``.eml``, MIME: what a mail client saves and what a civil servant
forwards with a document attached; ``.msg``, Outlook's) into text, with the standard library
only.

Everything the message carries leaves with it, so everything is read: every header but the
signatures and the parts' layout (the sender, recipients, subject, relays, custom headers);
every text part (HTML turned into its visible text when no plain text says the same); a
forwarded message inside it, read the same way; and every attached
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

from ai_guard.classify.ole import CompoundFile, CompoundFileError
from ai_guard.classify.packages import PICTURE_SUFFIXES
from ai_guard.text.encodings import decode_bytes

__all__ = [
    "MailAttachmentError",
    "MailError",
    "eml_images",
    "eml_text",
    "msg_images",
    "msg_text",
]


class MailError(ValueError):
    """Bytes that are no readable message (the message says what is wrong)."""


class MailAttachmentError(MailError):
    """An attached file of a type the caller cannot read (its name is the message)."""


#: the headers that are signatures and structure, not words (base64 signatures, the parts'
#: layout), folded: every other header is read, the sender's too (a citizen's forwarded letter
#: names its writer in From; a custom X- header or a relay's host leaves with the file as well)
_STRUCTURE_HEADERS = frozenset(
    ("dkim-signature", "arc-seal", "arc-message-signature", "domainkey-signature",
     "mime-version", "content-type", "content-transfer-encoding", "content-disposition",
     "content-id", "x-ms-exchange-antispam-messagedata", "x-microsoft-antispam-message-info")
)  # fmt: skip
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
        """A message: its headers (people, subject, relays, custom ones), then its body."""
        for header, value in message.items():
            if header.lower() not in _STRUCTURE_HEADERS and str(value).strip():
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


# -- Outlook's .msg: the same message, in a compound file ---------------------------------------

#: the properties of a message read, by id, with the label they are written under: subject,
#: sender's name and address, the recipients shown, the plain body (the HTML body after it,
#: as visible text, when no plain body is stored)
_MSG_FIELDS = (
    ("0C1A", "From"), ("0C1F", "From"), ("5D01", "From"), ("0E04", "To"), ("0E03", "Cc"),
    ("0037", "Subject"),
)  # fmt: skip
_BODY, _HTML = "1000", "1013"
_RECIPIENT_FIELDS = ("3001", "39FE", "3003")
_ATTACH_NAME = ("3707", "3704")
_ATTACH_DATA = "3701"


def _msg_string(compound: CompoundFile, prefix: str, pid: str) -> str | None:
    """A string property under ``prefix`` (a storage's path and "/", or ""): UTF-16 (001F)
    or 8-bit (001E, read as the legacy-aware decoder reads it)."""
    wide = f"{prefix}__substg1.0_{pid}001F"
    if compound.has(wide):
        return compound.stream(wide).decode("utf-16-le", "replace").rstrip("\0")
    narrow = f"{prefix}__substg1.0_{pid}001E"
    if compound.has(narrow):
        raw = compound.stream(narrow).rstrip(b"\0")
        decoded = decode_bytes(raw)
        return decoded.text if decoded is not None else raw.decode("cp1252", "replace")
    return None


def _msg_attachment(compound: CompoundFile, prefix: str) -> tuple[str, bytes]:
    """An attachment's file name (its long name, else its short one) and its bytes."""
    name = next((v for pid in _ATTACH_NAME if (v := _msg_string(compound, prefix, pid))), "")
    stream = f"{prefix}__substg1.0_{_ATTACH_DATA}0102"
    return name, compound.stream(stream) if compound.has(stream) else b""


def msg_text(
    data: bytes,
    read_attachment: Callable[[str, bytes], str],
    html_to_text: Callable[[str], str],
    supported: frozenset[str],
) -> str:
    """The text of an Outlook message (.msg): the sender, recipients and subject, the body,
    each recipient's name and address, and every attachment read by ``read_attachment``
    when its suffix is in ``supported``. An attached message or object, or an attachment of
    another type, is refused (:class:`MailAttachmentError`); a file that is no message
    raises :class:`MailError`."""
    try:
        compound = CompoundFile(data)
    except CompoundFileError as exc:
        raise MailError(str(exc)) from None
    if not any(p.startswith("__substg1.0_") for p in compound.paths()):
        raise MailError("no message properties")
    out: list[str] = []
    for pid, label in _MSG_FIELDS:
        value = _msg_string(compound, "", pid)
        if value and value.strip():
            out.append(f"{label}: {value.strip()}")
    body = _msg_string(compound, "", _BODY)
    if body and body.strip():
        out.append(body)
    else:
        html = f"__substg1.0_{_HTML}0102"
        raw = compound.stream(html) if compound.has(html) else None
        text = _msg_string(compound, "", _HTML) if raw is None else None
        if raw is not None:
            decoded = decode_bytes(raw)
            text = decoded.text if decoded is not None else raw.decode("utf-8", "replace")
        if text:
            out.append(html_to_text(text))
    storages = compound.storages()
    for storage in storages:
        prefix = storage + "/"
        if storage.startswith("__recip_version1.0_"):
            for pid in _RECIPIENT_FIELDS:
                value = _msg_string(compound, prefix, pid)
                if value and value.strip():
                    out.append(value.strip())
        elif storage.startswith("__attach_version1.0_"):
            if any(s.startswith(prefix) for s in storages):
                raise MailAttachmentError(storage.rsplit("_", 1)[-1])  # a message, an object
            name, payload = _msg_attachment(compound, prefix)
            if Path(name).suffix.lower() in PICTURE_SUFFIXES:
                continue  # a picture: counted by msg_images, its pixels unread
            if not name or Path(name).suffix.lower() not in supported:
                raise MailAttachmentError(name or storage)
            out.append(f"[{name}]")
            out.append(read_attachment(name, payload))
    return "\n".join(line for line in out if line.strip())


def msg_images(data: bytes, images_of: Callable[[str, bytes], int]) -> int:
    """How many pictures an Outlook message carries as attachments, and the images of its
    attached documents; 0 when it cannot be read."""
    try:
        compound = CompoundFile(data)
        count = 0
        for storage in compound.storages():
            if not storage.startswith("__attach_version1.0_"):
                continue
            name, payload = _msg_attachment(compound, storage + "/")
            if Path(name).suffix.lower() in PICTURE_SUFFIXES:
                count += 1
            elif name and payload:
                count += images_of(name, payload)
    except (CompoundFileError, ValueError):
        return 0
    return count
