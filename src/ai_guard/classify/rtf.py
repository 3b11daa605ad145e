"""Read a Rich Text Format document (``.rtf``: what many agency systems export and what Word
saves for exchange) into text, with the standard library only.

RTF is text with control words. The reader keeps what a reader of the document sees and what
leaves with the file: the body, headers and footers, footnotes, comments, table cells (tabs,
rows as lines), field instructions beside their results (a ``HYPERLINK "mailto:..."``), and
the title, subject, keywords and comments of the ``\\info`` group (not the author: the sender's
own name). Characters come as ``\\uN`` (Unicode, with its fallback skipped) or as ``\\'hh``
bytes in the code page of the current font's character set (``\\fcharset163`` is Vietnamese,
Windows-1258) or of the document (``\\ansicpg``); a legacy Vietnamese font's bytes come out
as its mojibake, which the caller converts.

Refused with :class:`RtfError`: an embedded object (``\\object``), a file that is not RTF or
nests groups past any real document's depth. Pictures (``\\pict``) are counted
(:func:`rtf_images`), their bytes skipped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

__all__ = ["RtfEmbeddedError", "RtfError", "rtf_images", "rtf_text"]


class RtfError(ValueError):
    """The bytes are not a readable RTF document (the message says what is wrong)."""


class RtfEmbeddedError(RtfError):
    """The document carries an embedded object."""


_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its number
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    rb"|\\([^a-zA-Z'])"  # a control symbol
    rb"|([{}])|([\r\n]+)|([^\\{}\r\n]+)"
)
#: destinations whose text is not the document's: tables of fonts, colours, styles, lists,
#: revision authors, a theme, a bookmark's name, the author fields of \info, and the like
_SKIPPED = frozenset(
    b"""fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator
    themedata colorschememapping datastore latentstyles pgdsctbl xmlnstbl filetbl mmathPr
    author operator creatim revtim printim buptim version vern edmins nofpages nofwords
    nofchars nofcharsws id bkmkstart bkmkend atnid atnauthor atnicn atntime atnref atnparent
    falt panose fname listtext pntext pntxta pntxtb wgrffmtfilter passwordhash userprops
    docvar category manager company hlinkbase shpinst sp sn sv defchp defpap ftnsep ftnsepc
    aftnsep aftnsepc pnseclvl blipuid oldcprops oldpprops oldsprops oldtprops xmlopen
    xmlclose""".split()
)
_LINE = frozenset(b"par line sect page row lbr".split())
_TAB = frozenset(b"tab cell nestcell".split())
_CHARS = {
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"bullet": "\u2022",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"emspace": " ",
    b"enspace": " ",
    b"qmspace": " ",
}
_SYMBOLS = {b"~": "\u00a0", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"|": ""}
#: a font's character set -> its Windows code page
_CHARSETS = {
    0: 1252, 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254,
    163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
}  # fmt: skip
_MAX_DEPTH = 2_000


@dataclass(frozen=True)
class _State:
    skip: bool = False
    skip_count: int = 1  # \ucN: how many fallback characters follow a \uN
    codepage: int = 1252
    in_fonts: bool = False
    picture: bool = False


def _codepage(value: int) -> int:
    return value if value > 0 else 1252


def _parse(data: bytes) -> tuple[str, int]:
    """The document's text and how many pictures it holds."""
    if not data.lstrip()[:5] == b"{\\rtf":
        raise RtfError("not an RTF document")
    out: list[str] = []
    pending = bytearray()  # \'hh bytes waiting to be decoded together
    stack: list[_State] = []
    state = _State()
    document_page = 1252
    fonts: dict[int, int] = {}
    font_number: int | None = None
    pictures = 0
    skip_chars = 0  # fallback characters still to drop after a \uN
    first_in_group = False
    binary = 0
    at = 0

    def flush() -> None:
        if pending:
            try:
                decoded = pending.decode(f"cp{state.codepage}", "replace")
            except LookupError:
                decoded = pending.decode("cp1252", "replace")
            if state.codepage == 1258:  # tone marks combining after their letters
                decoded = unicodedata.normalize("NFC", decoded)
            out.append(decoded)
            pending.clear()

    while at < len(data):
        if binary:
            at += binary  # \binN: N raw bytes (a picture's) skipped
            binary = 0
            continue
        match = _TOKEN.match(data, at)
        if match is None:
            at += 1
            continue
        at = match.end()
        word, number, hexbyte, symbol, brace, newline, text = match.groups()
        if brace == b"{":
            flush()
            if len(stack) >= _MAX_DEPTH:
                raise RtfError("groups nested too deep")
            stack.append(state)
            first_in_group = True
            continue
        if brace == b"}":
            flush()
            state = stack.pop() if stack else state
            first_in_group, skip_chars = False, 0
            continue
        if newline:
            continue
        if symbol is not None:
            if symbol == b"*":
                continue  # an ignorable destination's mark: what follows is read all the same
            first_in_group = False
            if skip_chars:
                skip_chars -= 1
                continue
            if not state.skip:
                flush()
                out.append(_SYMBOLS.get(symbol, ""))
            continue
        if hexbyte is not None:
            first_in_group = False
            if skip_chars:
                skip_chars -= 1
                continue
            if not state.skip:
                pending.append(int(hexbyte, 16))
            continue
        if text is not None:
            first_in_group = False
            if skip_chars:
                drop = min(skip_chars, len(text))
                skip_chars -= drop
                text = text[drop:]
            if state.in_fonts or state.skip or not text:
                continue
            flush()
            out.append(text.decode(f"cp{state.codepage}", "replace"))
            continue
        # a control word
        value = int(number) if number is not None else None
        is_first = first_in_group
        first_in_group = False
        if word == b"bin" and value:
            binary = max(0, value)
            continue
        if word in (b"object", b"objdata", b"objemb", b"objlink"):
            raise RtfEmbeddedError(word.decode())
        if word in (b"pict", b"shppict", b"nonshppict"):
            if word == b"pict":
                pictures += 1
            state = replace(state, skip=True, picture=True)
            continue
        if word == b"fonttbl":
            state = replace(state, skip=True, in_fonts=True)
            continue
        if state.in_fonts:
            if word == b"f" and value is not None:
                font_number = value
            elif word == b"fcharset" and value is not None and font_number is not None:
                fonts[font_number] = _CHARSETS.get(value, document_page)
            continue
        if is_first and word in _SKIPPED:
            # the tables and properties listed above; any other destination, "\*" or not, is
            # read: a reader may hide it, but its text leaves with the file
            flush()
            state = replace(state, skip=True)
            continue
        if word == b"ansicpg" and value is not None:
            document_page = _codepage(value)
            state = replace(state, codepage=document_page)
        elif word == b"f" and value is not None:
            flush()
            state = replace(state, codepage=fonts.get(value, document_page))
        elif word == b"uc" and value is not None:
            state = replace(state, skip_count=max(0, value))
        elif word == b"u" and value is not None:
            if not state.skip:
                flush()
                out.append(chr(value + 65536 if value < 0 else value))
            skip_chars = state.skip_count
        elif state.skip:
            continue
        elif word in _LINE:
            flush()
            out.append("\n")
        elif word in _TAB:
            flush()
            out.append("\t")
        elif word in _CHARS:
            flush()
            out.append(_CHARS[word])
        elif word in (b"header", b"footer", b"headerl", b"headerr", b"headerf", b"footerl",
                      b"footerr", b"footerf", b"footnote", b"annotation", b"title", b"subject",
                      b"keywords", b"doccomm"):  # fmt: skip
            flush()
            out.append("\n")
    flush()
    text = "".join(out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), pictures


def rtf_text(data: bytes) -> str:
    """The text of an RTF document's bytes. Raises :class:`RtfError`."""
    return _parse(data)[0]


def rtf_images(data: bytes) -> int:
    """How many pictures an RTF document holds; 0 when it cannot be read (reading says why)."""
    try:
        return _parse(data)[1]
    except RtfError:
        return 0
