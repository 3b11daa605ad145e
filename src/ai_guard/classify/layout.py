"""The layout of Vietnamese administrative documents (Decree 30/2020/NĐ-CP, reference.md d).

:func:`parse_layout` reads the header (issuer, ``Số: N/SYMBOL``, place and date, the type name
above the excerpt, the ``V/v`` subject), the ``Kính gửi`` and ``Nơi nhận`` blocks and the
signature block from a :class:`~ai_guard.text.Document`. It works on the diacritic-folded view,
so text typed without diacritics and OCR output ("Sé:", "S6:", "Kinh gui", "Q§-UBND", stray
spaces inside capitals) is read like clean text; every span it returns is on ``doc.text``.

Two-column headers flattened by copy and paste ("UBND TỈNH NGHỆ AN      CỘNG HÒA XÃ HỘI ...")
are split into segments at tabs and runs of three or more spaces; a spreadsheet's row saved as
CSV and padded with empty cells ("NGƯỜI LẬP BIỂU,,,,HIỆU TRƯỞNG,,,") at its runs of commas; a
header copied as a markdown table ("| BỘ CHỈ HUY QUÂN SỰ TỈNH SƠN LA | Độc lập - Tự do - Hạnh
phúc |") at its pipes. In a line of capitals, OCR's ``l`` and ``1`` for I and ``0`` for O inside
a word ("TlNH", "VlỆN", "T0À") read as the letters they stand for.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ai_guard.text import Document, data, fold_word

if TYPE_CHECKING:
    from ai_guard.classify.models import Urgency

__all__ = [
    "Layout",
    "Segment",
    "TypeName",
    "later_papers",
    "parse_layout",
    "segments",
    "type_names",
]

#: How far into a document the header may start (a chat request may come first).
_HEADER_SEGMENTS = 45
#: How far from the end the signature block may be.
_TAIL_SEGMENTS = 60


@dataclass(frozen=True, slots=True)
class Segment:
    """A line, or one column of a flattened two-column line; offsets on ``doc.text``."""

    start: int
    end: int
    folded: str
    """Lower case, no diacritics, whitespace collapsed to single spaces."""
    upper: bool
    """Written in capitals (at least 80 % of its letters)."""
    line: int


@dataclass(frozen=True)
class TypeName:
    doc_type: str
    name: str
    """The folded type name (``quyet dinh``)."""
    abbreviations: tuple[str, ...]


@dataclass(frozen=True)
class Cosigner:
    """A name signed in another column of a multi-column signature block ("THƯ KÝ      CHỦ
    TRÌ" over two names; a complainant beside the official in minutes of a dialogue)."""

    name: tuple[int, int]
    label: tuple[int, int] | None
    """The column's heading on the title line (``THƯ KÝ``, ``NGƯỜI KHIẾU NẠI``), if any."""
    public: bool
    """Whether the heading is an official's role (a title, the minutes' secretary): any other
    heading (a complainant, a party, none) leaves the name to be judged without the block."""


@dataclass
class Layout:
    """What :func:`parse_layout` found. Spans are ``(start, end)`` on ``doc.text``."""

    motto: tuple[int, int] | None = None
    independence: tuple[int, int] | None = None
    issuer: tuple[int, int] | None = None
    """The issuing body's name, every line of it ("ỦY BAN NHÂN DÂN" / "TỈNH KHÁNH HÒA")."""
    issuer_line: tuple[int, int] | None = None
    """The body's own line, as the header reports it: the line under a bare kind of body
    ("TỈNH KHÁNH HÒA" under "ỦY BAN NHÂN DÂN"), a name without the parent's locality under it
    ("TÒA ÁN NHÂN DÂN QUẬN HAI BÀ TRƯNG" over "THÀNH PHỐ HÀ NỘI")."""
    number_line: tuple[int, int] | None = None
    number_symbol: tuple[int, int] | None = None
    number: str | None = None
    symbol: str | None = None
    """As written, spaces removed, ``§`` read as ``Đ``."""
    number_prefix: str = "so"
    """What introduced the number: ``so``, ``ban an so``, ``quyet dinh so`` ..."""
    year_in_number: str | None = None
    place_date: tuple[int, int] | None = None
    place: str | None = None
    date: dt.date | None = None
    type_line: tuple[int, int] | None = None
    type_name: TypeName | None = None
    subject: tuple[int, int] | None = None
    subject_is_vv: bool = False
    recipients: tuple[int, int] | None = None
    distribution: tuple[int, int] | None = None
    signer: tuple[int, int] | None = None
    signer_title: tuple[int, int] | None = None
    authority_prefix: str | None = None
    """TM, KT, TL, TUQ or Q in front of the signer's title."""
    urgency: Urgency = "none"
    urgency_span: tuple[int, int] | None = None
    declassified: tuple[int, int] | None = None
    cosigners: list[Cosigner] = field(default_factory=list)
    """Names in the other columns of a multi-column signature block (the signer is the one
    under the rightmost heading, where Decree 30 puts the authority that signs)."""
    segments: list[Segment] = field(default_factory=list)

    def after_signature(self, text: str, start: int) -> bool:
        """Whether ``start`` (an offset in ``text``) stands after the signer's name with a
        blank line between: what is pasted after the signature (an attached list, an
        appendix), not the signature block."""
        signer = self.signer
        return (
            signer is not None
            and start >= signer[1]
            and _BLANK_LINE.search(text, signer[1], start) is not None
        )

    @property
    def cues(self) -> int:
        """How many Decree 30 components were found (reference.md d.5: 3+ = official)."""
        parts = (
            self.motto,
            self.number_symbol,
            self.place_date,
            self.type_line or (self.subject if self.subject_is_vv else None),
            self.recipients,
            self.distribution,
            self.signer_title,
        )
        return sum(p is not None for p in parts)


#: a blank line: what parts the signature block from what is pasted after it
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

# -- segments -----------------------------------------------------------------------------------

_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_UPPER_LETTERS = _LOWER_LETTERS.upper()
_SPLIT = re.compile(r"\t+| {3,}")
_WS = re.compile(r"\s+")
#: the whitespace ``_WS.sub(" ", ...)`` changes: a run of two or more, or one that is not a
#: space (a line's single spaces kept as they are, not cut out and joined again: a table's
#: rows on one line were a list of ~25,000 pieces, 14x the text, to give the line back)
_WS_TO_SPACE = re.compile(r"\s{2,}|[^\S ]")
#: OCR's horn: "ư" and "ơ" read as "u'" and "o'" ("Ngu'ời tố cáo", "Tru'o'ng"), an apostrophe
#: inside a word no Vietnamese word has (a minority name's "K'" and "H'" follow no u or o)
_OCR_HORN = re.compile(r"(?<=[uo])['’`](?=[a-z])")


def segments(doc: Document) -> list[Segment]:
    """Every non-empty segment of the document, in order (cached on the document)."""
    cached = doc.cached("layout.segments")
    if cached is not None:
        return cached  # type: ignore[return-value]
    text, folded, cased = doc.text, doc.folded, doc.folded_cased
    out: list[Segment] = []
    pos = 0
    n = len(text)
    line_no = 0
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        start = pos
        below = 0  # lines a table's cell holds under its first ("KT. CHỦ TỊCH<br>PHÓ ...")
        for s, e, sub in _pieces(text, start, end):
            below = max(below, sub)
            chunk = cased[s:e]
            n_up, n_low = _cases(chunk)
            upper = n_up > 0 and n_up >= 0.8 * (n_up + n_low)
            chunk_key = _ocr_capitals(chunk, folded[s:e]) if upper else folded[s:e]
            key = _OCR_HORN.sub("", _WS_TO_SPACE.sub(" ", chunk_key).strip())
            out.append(Segment(s, e, key, upper, line_no + sub))
        line_no += 1 + below
        if nl < 0:
            break
        pos = nl + 1
    doc.store("layout.segments", out)
    return out


def _cases(cased: str) -> tuple[int, int]:
    """The capitals and the lower-case letters of a folded text (ASCII ``A-Z``, ``a-z``),
    counted in place: a list of the letters found was 8 bytes a letter, and a table's rows
    may be one line."""
    return sum(map(cased.count, _UPPER_LETTERS)), sum(map(cased.count, _LOWER_LETTERS))


#: a word of a line in capitals (letters and digits, as OCR mixes them)
_CAPS_WORD = re.compile(r"[A-Za-z0-9]+")
#: OCR's stand-ins inside a word of capitals: a lower-case ``l`` for ``I`` anywhere ("TlNH",
#: "VlỆN", "HỘl"), ``1`` for ``I`` and ``0`` for ``O`` between two letters ("T0A", "V1ỆN")
_OCR_CAPS_L = re.compile(r"l")
_OCR_CAPS_DIGIT = re.compile(r"(?<=[A-Za-z])[01](?=[A-Za-z])")


def _ocr_capitals(cased: str, folded: str) -> str:
    """A folded line in capitals with OCR's stand-ins read as the letters they replace
    (:data:`_OCR_CAPS_L`, :data:`_OCR_CAPS_DIGIT`), so "TlNH QUẢNG NGÃI" and "VlỆN KIỂM SÁT"
    name a province and a procuracy as "TỈNH" and "VIỆN" do. Only in a word of two capitals or
    more with no other lower-case letter; a code's digits ("KV4", "T04") are kept. ``cased``
    and ``folded`` are the same span of ``doc.folded_cased`` and ``doc.folded``."""
    if "l" not in cased and "0" not in cased and "1" not in cased:
        return folded
    out = list(folded)
    for m in _CAPS_WORD.finditer(cased):
        word = m.group()
        caps = sum(c.isupper() for c in word)
        if caps < 2 or any(c.islower() and c != "l" for c in word):
            continue
        for k in _OCR_CAPS_L.finditer(word):
            out[m.start() + k.start()] = "i"
        for k in _OCR_CAPS_DIGIT.finditer(word):
            out[m.start() + k.start()] = "i" if k.group() == "1" else "o"
    return "".join(out)


#: a row of a spreadsheet saved as CSV, padded with empty cells ("NGƯỜI LẬP BIỂU,,,,HIỆU
#: TRƯỞNG,,,"): its runs of commas part its cells as tabs part a flattened header's columns
_CSV_PADDED = re.compile(r",{2,}[ \t]*$")
_CSV_SPLIT = re.compile(r"\t+| {3,}|,{2,}")
#: empty cells between two filled ones ("UBND XÃ CHIỀNG MAI,,,,Biểu số 14"): a CSV row too when
#: the line has the commas of one and no prose comma (none followed by a space)
_CSV_GAP = re.compile(r"[^,\s],{2,}[^,\s]")
_CSV_COMMAS = 3


def _csv_padded(text: str, start: int, end: int) -> bool:
    """Whether a line is a spreadsheet's row saved as CSV with empty cells in it."""
    if _CSV_PADDED.search(text, start, end) is not None:
        return True
    line = text[start:end]
    return _CSV_GAP.search(line) is not None and line.count(",") >= _CSV_COMMAS and ", " not in line


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The segments of one line (start, end, and the line inside a table's cell, 0 outside)."""
    if _TABLE_ROW.match(text, start, end) is not None and text.count("|", start, end) <= 3:
        return _cells(text, start, end)
    pieces: list[tuple[int, int]] = []
    cur = start
    split = _CSV_SPLIT if _csv_padded(text, start, end) else _SPLIT
    for m in split.finditer(text, start, end):
        if m.end() < end and text[m.end()] == "/":
            continue  # "Số:      /QĐ-UBND": a draft's number left blank, not two columns
        pieces.append((cur, m.start()))
        cur = m.end()
    pieces.append((cur, end))
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e, 0))
    return out


#: a row of a markdown table ("| BỘ CHỈ HUY QUÂN SỰ TỈNH SƠN LA | Độc lập - Tự do - Hạnh phúc |"):
#: a Word header copied as one, its two columns parted by pipes as a flattened header's by
#: tabs (a data table's rows of more columns stay one segment each: a list, no header)
_TABLE_ROW = re.compile(r"[ \t]*\|[^\n]*\|[ \t]*$")
#: a line break inside a markdown table's cell, as exporters write it: an HTML break, or a
#: slash between spaces ("K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"; "K/T", "12/QĐ" have none)
_CELL_BREAK = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*|[ \t]+/[ \t]+", re.IGNORECASE)
#: the row under a markdown table's head ("|---|:---:|"): no cell of it holds text
_TABLE_RULE = re.compile(r"[\s:\-]*$")


def _table_cell(doc: Document, seg: Segment) -> bool:
    """Whether a segment is a cell of a markdown table's row."""
    start = doc.text.rfind("\n", 0, seg.start) + 1
    end = doc.text.find("\n", seg.end)
    return _TABLE_ROW.match(doc.text, start, len(doc.text) if end < 0 else end) is not None


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The filled cells of a markdown table's row, each one segment (spans without the pipes
    and the spaces around them); none for the rule under the table's head. A cell's own lines,
    joined by ``<br>`` or " / " when the table was exported (a header's "ỦY BAN NHÂN DÂN<br>TỈNH
    SƠN LA", a signature's "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lò Văn Chớ"), are a segment each,
    numbered as lines under the row's."""
    out: list[tuple[int, int, int]] = []
    cur = text.index("|", start, end) + 1
    while cur < end:
        bar = text.find("|", cur, end)
        stop = end if bar < 0 else bar
        sub = 0
        pos = cur
        for brk in [*_CELL_BREAK.finditer(text, cur, stop), None]:
            s, e = pos, stop if brk is None else brk.start()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s and _TABLE_RULE.match(text, s, e) is None:
                out.append((s, e, sub))
                sub += 1
            if brk is not None:
                pos = brk.end()
        cur = stop + 1
    return out


# -- lexicons -----------------------------------------------------------------------------------


@cache
def type_names() -> tuple[TypeName, ...]:
    """Type names, longest first (``thong tu lien tich`` before ``thong tu``)."""
    out = []
    for row in data_rows("doc_types.tsv"):
        abbrevs = tuple(a.strip() for a in row[2].split(",") if a.strip()) if len(row) > 2 else ()
        out.append(TypeName(row[0], fold_word(row[1]), abbrevs))
    return tuple(sorted(out, key=lambda t: -len(t.name)))


def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a data file in ``ai_guard/data/classify`` (comments skipped)."""
    return data.rows("classify/" + name)


@cache
def _titles() -> re.Pattern[str]:
    from ai_guard.text.match import trie_regex

    words = [fold_word(r[0]) for r in data_rows("official_titles.txt")]
    return re.compile(r"(?<![a-z])(?:" + trie_regex(words) + r")(?![a-z])")


def official_title_at(folded: str, start: int, end: int) -> re.Match[str] | None:
    """A title of an official between two offsets of a folded text."""
    return _titles().search(folded, start, end)


# -- patterns (on the folded, lower-case view) --------------------------------------------------


def _ocr_spelled(phrase: str) -> str:
    """A folded phrase as OCR writes it: one stray space allowed inside each word, any spacing
    between words, and the letters written in capitals read either way (``O``: o or 0, ``I``:
    i, l or 1)."""
    confusable = {"O": "[o0]", "I": "[il1]"}
    words = (r"\s?".join(confusable.get(c, c) for c in word) for word in phrase.split())
    return r"\s*".join(words)


_MOTTO = re.compile(_ocr_spelled("cOng hOa xa hOI chu nghIa vIet nam"))
_INDEPENDENCE = re.compile(_ocr_spelled("dOc lap") + r"\s*[-–—,.]?\s*" + _ocr_spelled("tu dO"))
_NUMBER = re.compile(
    r"[*_#>\s]*(?P<prefix>(?:(?:ban\s*an|quyet\s*dinh|bien\s*ban|thong\s*bao|cong\s*van|b?o?\s*luat|"
    r"nghi\s*dinh|nghi\s*quyet|thong\s*tu|chi\s*thi|phap\s*lenh|cong\s*dien|ke\s*hoach|"
    r"bao\s*cao|to\s*trinh|huong\s*dan|giay\s*moi|hop\s*dong)\s+)?"
    # (a stray space OCR put inside the word, "S ố:", read only before a colon: see below)
    # ... or an agency's paper in English: "No.: 612/BQLDA-HTQT"
    r"(?:s(?:[ \t]?[o06e])?|no\.(?=\s*:))['’`´]?\s*(?:hieu)?)\s*[:.;]?\s*"
    # the number, its thousands dotted as figures are ("Số: 1.208/QĐ-SYT"), or a blank's dots
    # (OCR's letters for digits anywhere in it, one real digit at least: "l.208", "lO5")
    r"(?P<num>(?=[oli|]{0,3}(?:\.[oli|]{0,2})?\d)(?:[\doli|]{1,3}\.[\doli|]{3}(?=\s*/)|"
    # a space OCR put between two digits ("Sô: 2 7/KH-BCH")
    r"[\doli|](?:\ ?[\doli|]){0,5})[a-z]?|"
    # ... or every digit read as a letter ("S6: ll/CĐ-UBND", "Số: lO/BC"): checked on the
    # original's letters after (:data:`_OCR_ONLY_DIGITS`)
    r"[oli|]{1,4}(?=\s*/)|"
    r"[.…_]{1,12})?\s*/\s*"
    r"(?:(?P<year>(?:19|2[0o])[\doli|]{2})\s*/\s*)?"
    # a contract's customer or file code between the year and the symbol (01/2025/8713450/HĐCV)
    r"(?:\d{3,12}\s*/\s*)?"
    r"(?P<sym>[a-z§ð][a-z0-9§ð]{0,14}(?:(?:\s?[-–—]\s?|\.)[a-z0-9§ð]{1,14}){0,5})"
    # the Party's style (Quy định 66-QĐ/TW): number, hyphen, type / issuer ("Số 27-NQ/ĐU")
    r"|[*_#>\s]*(?P<pprefix>s[o06e]['’`´]?)\s*[:.;]?\s*"
    r"(?P<pnum>(?=[oli|]{0,3}\d)[\doli|](?:\ ?[\doli|]){0,5})\s*[-–]\s*"
    r"(?P<psym>[a-z§ð]{1,6}\s*/\s*[a-z§ð][a-z0-9§ð]{0,14}(?:[-–.][a-z0-9§ð]{1,14}){0,3})"
    r"(?![a-z0-9])"
)
#: "s ố" with OCR's stray space inside the word, as the number's prefix ends
_SPACED_SO = re.compile(r"(?<![a-z])s[ \t]([o06e])$")
#: a number whose every digit OCR read as a letter, as it is written: ``l``, ``I`` or ``|`` for 1,
#: ``O`` for 0 (one 1 at least), never a word's own letters ("lô", "lo")
_OCR_ONLY_DIGITS = re.compile(r"(?=.*[lI|])[lIO|]{1,4}")
#: a digit as OCR may read it: ``O`` for 0, ``l``/``I``/``|`` for 1 (folded: o, l, i, |); a
#: group so read holds one real digit at least ("1O", "O3", "2O25")
_OCR_DIGITS = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1"})
#: ... and in a date's day or month, ``S`` for 5 ("ngày 0S tháng 11", "ngày 2S")
_OCR_DATE_DIGITS = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1", "s": "5"})
#: what OCR writes in a symbol for Đ and for the hyphen
_OCR_SYMBOL = str.maketrans({"§": "Đ", "Ð": "Đ", "ð": "đ", "–": "-", "—": "-"})
#: and the other way round, in a line of capitals: ``0`` for O, ``1`` for I
_OCR_LETTERS = str.maketrans({"0": "o", "1": "i"})
_DATE = re.compile(
    r"(?P<place>[^\W\d_][^,;:\n]{0,45}?)\s*,\s*ngay\s*"
    # a day or a month OCR wrote in letters only ("Ol" for 01, "ll" for 11) before a space
    # ... or with S for 5 beside a real digit ("0S", "2S")
    r"(?P<d>(?=[olis|]?\d|[oli|]{2}\s)[\dolis|]{1,2}|[.…_ ]{0,12})\s*(?:thang|/)\s*"
    r"(?P<m>(?=[olis|]?\d|[oli|]{2}\s)[\dolis|]{1,2}|[.…_ ]{0,12})\s*(?:nam|/)\s*"
    r"(?P<y>(?=[oli|]{0,3}\d)[\doli|]{4}(?![a-z])|[.…_ ]{0,12}\d{0,4})"
)
#: a secrecy or urgency stamp flattened onto the date line, before the place
_STAMP_BEFORE_PLACE = re.compile(
    r"(?:tuyet\s*mat|toi\s*mat|mat|thuong\s*khan|hoa\s*toc|khan)\s+(?=\S)"
)
_VV = re.compile(r"^\(?\s*(?:v\s?/\s?v|ve\s*viec)\b\s*[:.]?")
_KINH_GUI = re.compile("^" + _ocr_spelled("kInh guI") + r"\s*[:.;]?")
_NOI_NHAN = re.compile("^" + _ocr_spelled("nOI nhan") + r"\s*[:.;]")
_CAN_CU = re.compile(r"^(?:can\s*cu|xet\s*de\s*nghi|theo\s*de\s*nghi|thuc\s*hien)\b")
#: a plan's or a guidance's subject that opens "Thực hiện ..." ("Thực hiện liên thông thủ tục
#: đăng ký khai sinh, đăng ký thường trú ... trên ứng dụng VNeID"): no document cited by its
#: number, no agency taking the floor after a comma ("Thực hiện Công văn số 88/STP, UBND xã
#: báo cáo:"), nothing leading into the body at its end
_THUC_HIEN_SUBJECT = re.compile(
    r"^thuc\s*hien\s(?![^\n]*(?:(?<![a-z])so\s*\d|\d\s*/|,\s*(?:ubnd|uy\s*ban|so|phong|"
    r"cong\s*an|hdnd|ban|chung\s*toi|toi|em)(?![a-z])))[^\n]*[^\s:,;]\s*$"
)
_FIELD = re.compile(r"^[^:/]{2,40}:\s*\S")
#: a subject that names a numbered thing before its colon ("Kết quả lựa chọn nhà thầu gói thầu
#: số 03: Mua sắm vật tư ..."): a title, not a form's field ("Họ tên người bệnh: ...")
_NUMBERED_TITLE = re.compile(r"^[^:/]{2,40}?(?<![a-z])so\s*\d{1,4}\s*:\s*\S")
_ARTICLE_START = re.compile(r"^(?:dieu\s*\d|chuong\s+[ivxlc\d]|phan\s+[ivxlc\d]|[ivx]{1,4}\s*[.)])")
_LIST_ITEM = re.compile(r"^[-+•*–·]\s*|^\d{1,2}[.)]\s+")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
_AUTHORITY = re.compile(r"^(tm|kt|tl|tuq|q)\s*\.\s*")
_SIGN_LABEL = re.compile(
    r"^\(?(?:nguoi\s*(?:lam|viet)\s*don|nguoi\s*khai|nguoi\s*to\s*cao|nguoi\s*khieu\s*nai"
    r"|nguoi\s*(?:tu\s*)?kiem\s*diem|nguoi\s*tu\s*khai|nguoi\s*phan\s*anh|nguoi\s*yeu\s*cau|nguoi\s*de\s*nghi|nguoi\s*kien\s*nghi"
    r"|dai\s*dien\s*ben\s*[ab]|ben\s*[ab]|nguoi\s*lap|nguoi\s*trinh|xac\s*nhan\s*cua"
    r"|dai\s*dien\s*(?:cac\s*)?(?:ho\s*dan|ho\s*gia\s*dinh|nguoi\s*dan|nhan\s*dan|cong\s*dan))\b"
)
#: a list's compiler under it ("Người lập: ..."), not the official who signs a paper above it
_COMPILED_BY = re.compile(r"\(?nguoi\s*lap\b")
#: a certification block under a signed CV or letter ("XÁC NHẬN CỦA UBND XÃ PHÚC SEN")
_CERTIFIED_BY = re.compile(r"\(?xac\s*nhan\s*cua\b")
_SIGN_NOTE = re.compile(
    r"^[(\[]?\s*(?:da\s*ky|ky\s*,|ky\s*ten|ky\s*va|ky\s*,?\s*ghi|ky\s*so|"
    r"chu\s*ky|dau\s*[,)]|signed)"
)
_DECORATION = re.compile(r"^[\s\-_=*~.·—–]+$")
_URGENCY = re.compile(
    r"^[\s\[(«\"'*]*(thuong\s*khan|hoa\s*toc(?:\s*hen\s*gio)?|khan)[\s\])»\"'*.]*$"
)
_DECLASSIFIED = re.compile(r"(?<![a-z])giai\s*mat(?![a-z])")
#: a declassification stamp that gives its authority: the words in capitals opening the line,
#: then the decision that lifted the secret, its number and its date ("ĐÃ GIẢI MẬT theo Quyết
#: định số 1275/QĐ-BCH ngày 15/8/2025"); on the folded segment
_DECLASSIFIED_BY = re.compile(
    r"^[\s\[(«*\"'-]*(?:da\s*)?(?P<stamp>giai\s*mat)\s*[:,.-]?\s*(?:theo|tai|tu)?\s*"
    r"(?:quyet\s*dinh|qd)\s*(?:so\s*)?[:.]?\s*\d{1,6}\s*/\s*[a-z0-9/-]{2,30}\s*,?\s*ngay\s*"
    r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s*thang\s*(?P<m2>\d{1,2})\s*nam\s*(?P<y2>(?:19|20)\d\d))(?!\d)"
)
_PLACE_UNIT = re.compile(
    r"^(?:tinh|thanh\s*pho|tp\.?|huyen|quan|thi\s*xa|thi\s*tran|xa|phuong|khu\s*vuc|"
    r"dac\s*khu)\b"
)
_ORG_START = re.compile(
    r"^(?:uy\s*ban|ubnd|hdnd|hoi\s*dong|bo|so|cuc|chi\s*cuc|tong\s*cuc|toa\s*an|tand|"
    r"vien\s*kiem\s*sat|vksnd|cong\s*an|benh\s*vien|truong|phong|van\s*phong|ban|thanh\s*tra|"
    r"kho\s*bac|bao\s*hiem|chi\s*nhanh|cong\s*ty|dang\s*uy|tinh\s*uy|huyen\s*uy|thanh\s*uy|"
    r"trung\s*tam|vu|nha|ngan\s*hang|doan|hoi|tram|doi|hat|lien\s*doan|ky\s*tuc\s*xa|"
    r"mat\s*tran|cong\s*doan|dang\s*bo|chi\s*bo|quan\s*uy|hoc\s*vien|dai\s*hoc|kiem\s*toan|"
    r"bo\s*chi\s*huy|bo\s*tu\s*lenh|tru\s*so\s*tiep\s*cong\s*dan|"
    # public cultural bodies ("BẢO TÀNG TỈNH QUẢNG NGÃI", "THƯ VIỆN TỈNH", "VƯỜN QUỐC GIA ...")
    r"bao\s*tang|thu\s*vien|vuon\s*quoc\s*gia|"
    # a team a body sets up, with its own number and signer ("TỔ XÁC MINH", "TỔ CÔNG TÁC")
    r"to\s*(?:xac\s*minh|cong\s*tac|kiem\s*tra|giup\s*viec|thu\s*ky|chuyen\s*gia)|"
    # the tax offices since 2025: "THUẾ THÀNH PHỐ HÀ NỘI", "THUẾ TỈNH NINH BÌNH", "THUẾ CƠ SỞ 3"
    r"thue\s*(?:tinh|thanh\s*pho|tp|co\s*so)|thu\s*tuong\s*chinh\s*phu|"
    # the civil enforcement offices since 2025: "THI HÀNH ÁN DÂN SỰ TỈNH LÀO CAI"
    r"thi\s*hanh\s*an\s*dan\s*su\s*(?:tinh|thanh\s*pho|tp))\b"
)
#: a secrecy level's word as a stamp line holds it, its letters spaced, dotted or split by OCR
#: ("T U Y Ệ T   M Ậ T" is two segments at its wide gap, "TUY ỆT MẬT", "T.Ố.I M.Ậ.T"), OCR's
#: stand-ins too ("T0I", "TỐl", "TUY3T", "M4T")
_SPACED = r"[\s.\-]*"
_LEVEL_WORDS = (
    "(?:(?:"
    + "|".join(
        _SPACED.join(letters)
        for letters in (("t", "u", "y", "[e3]", "t"), ("t", "[o0]", "[il1|]"), ("m", "[a4]", "t"))
    )
    + ")"
    + _SPACED
    + ")+"
)
#: lines of a header that are no body's name: a draft's line ("DỰ THẢO 1", "DỰ THẢO LẦN 2"),
#: a stamp, the title of a form ("PHIẾU TRÌNH ...", "SƠ YẾU LÝ LỊCH", "TỜ KHAI", "ĐƠN ...") or
#: of a leaflet ("HỎI - ĐÁP PHÁP LUẬT": "hỏi" is no "hội")
_NOT_ISSUER = re.compile(
    r"^[\s(\[*]*(?:(?:" + _LEVEL_WORDS + r"|khan|thuong\s*khan|hoa\s*toc)[\s)\]*.]*$|"
    r"(?:du\s*thao|luu\s*hanh|tai\s*lieu|phieu|so\s*yeu|ly\s*lich|to\s*khai|to\s*gap|"
    # a register's title ("SỔ ĐĂNG KÝ VĂN BẢN MẬT ĐI", "SỔ THEO DÕI ĐƠN THƯ"): "sổ" folds as
    # "sở", but no department is called so; nor "SỔ TIẾP CÔNG DÂN", the reception register
    r"so\s*(?:dang\s*ky|theo\s*doi|tiep\s*(?:cong\s*dan|nhan))|"
    r"to\s*roi|don|giay|mau\s*so|hoi\s*[-–:]?\s*dap)\b|mau\s*\d)"
)


#: a paper's title that opens with "bản" ("BẢN NHẬN XÉT, ĐÁNH GIÁ CÁN BỘ", "BẢN KIỂM ĐIỂM", "BẢN
#: CAM KẾT"): "bản" folds as "ban", a board's head ("BAN CHỈ HUY", "BAN TỔ CHỨC"); typed
#: without diacritics, the paper's own word after it tells (folded; "Ban An toàn giao thông" is
#: a board)
_PAPER_AFTER_BAN = re.compile(
    r"^[\s(\[*]*ban\s+(?:nhan\s*xet|(?:tu\s*)?kiem\s*diem|cam\s*ket|tuong\s*trinh|giai\s*trinh|"
    r"(?:ke\s*)?khai|an(?!\s*(?:ninh|toan))|sao|trich\s*(?:sao|luc)|de\s*nghi|xac\s*nhan|"
    r"danh\s*gia|mo\s*ta|thoa\s*thuan|ghi\s*nho|tin|tom\s*tat|cao\s*trang|dang\s*ky|"
    r"nhan\s*dinh|thuyet\s*minh|tong\s*hop|du\s*thao)(?![a-z])"
)


#: two words or more, each one character (``str.split``'s words: ``\s`` is its spaces)
_LETTER_SPACED = re.compile(r"\s*\S(?:\s+\S)+\s*")


def _spaced_out(folded: str) -> bool:
    """Whether a segment is letter-spaced, every word one letter ("k h a n", "t h a o"): a
    stamp or a mark as a scan spaces it (``KHẨN``, ``DỰ THẢO``, ``LƯU HÀNH NỘI BỘ``), never a
    body's name. Matched, not split: a table's rows on one line are one segment of thousands
    of words (a string each was 7.5x the text, the peak of classifying it)."""
    return _LETTER_SPACED.fullmatch(folded) is not None


def _line_squeezed(doc: Document, seg: Segment) -> str:
    """The folded line that holds ``seg``, its spaces taken out ("h o a   t o c" -> "hoatoc")."""
    start = doc.folded.rfind("\n", 0, seg.start) + 1
    end = doc.folded.find("\n", seg.end)
    return _WS.sub("", doc.folded[start : len(doc.folded) if end < 0 else end])


_FIRST_WORD = re.compile(r"[\s(\[*]*(\w+)")


def _document_title(doc: Document, seg: Segment) -> bool:
    """Whether ``seg`` is a paper's title that opens with "bản" (:data:`_PAPER_AFTER_BAN`):
    the word as written, with its hook, or the paper's own word after it."""
    if _PAPER_AFTER_BAN.match(seg.folded):
        return True
    m = _FIRST_WORD.match(doc.text, seg.start, seg.end)
    return m is not None and m.group(1).lower() == "bản"


#: a template's stand-in for the issuing body, with or without brackets: "TÊN CƠ QUAN, TỔ
#: CHỨC CHỦ QUẢN", "<TÊN CƠ QUAN, ĐƠN VỊ>", "[Tên đơn vị]"
_PLACEHOLDER_BODY = re.compile(r"^[\s<(\[]*ten\s+(?:co\s+quan|don\s+vi|to\s+chuc|cq|dv)(?![a-z])")


#: the dots or ellipsis a template leaves for a name to be filled in
_BLANK_TO_FILL = re.compile(r"\.{3,}|…")


def placeholder_body(folded_line: str) -> bool:
    """Whether a folded line is a template's stand-in for a body ("TÊN CƠ QUAN, ĐƠN VỊ"): no
    body issues the form, and no person is named by it."""
    return _PLACEHOLDER_BODY.match(folded_line) is not None


def _is_motto(seg: Segment) -> bool:
    return bool(_MOTTO.search(seg.folded) or _INDEPENDENCE.search(seg.folded))


#: the longest key a type line may have (its letters, digits and commas, single-spaced)
_KEY_MOST = 90
#: more letters and digits than that key holds (each stays in the key): no type line
_LONG_KEY = re.compile(rf"(?:[^a-z0-9§ð]*[a-z0-9§ð]){{{_KEY_MOST + 1}}}")


def _match_type(seg: Segment, leading: bool = False, titled: bool = False) -> TypeName | None:
    """The type name a segment starts with, when it is written like a type line: in capitals,
    alone on its line, or (``leading``: the first line of a text) a short title in any case
    ("bao cao nhanh vu viec" typed on a phone); ``titled``: a title of any length, right under
    its body's name ("Trường mầm non Hoa Sen" / "Báo cáo trẻ mắc bệnh tay chân miệng ...")."""
    if len(seg.folded) > _KEY_MOST and _LONG_KEY.match(seg.folded):
        return None  # (a table's rows on one line: not copied five times to learn it)
    # OCR writes O as 0 and I as 1 in capitals ("BÁO CÁ0")
    key = re.sub(r"[^a-z0-9 ,]", " ", seg.folded.replace("§", "d").replace("ð", "d"))
    if seg.upper:
        key = key.translate(_OCR_LETTERS)
    key = _WS.sub(" ", key).strip(" ,")
    if not key or len(key) > _KEY_MOST:
        return None
    found = _type_of(key, seg.upper or (leading and (titled or len(key.split()) <= 6)))
    if found is None and seg.upper and "l" in key:
        # and l for I ("ĐƠN KHlẾU NAl"): tried after the key as written ("LUẬT" has an L)
        found = _type_of(key.replace("l", "i"), True)
    return found


def _type_of(key: str, prefix: bool) -> TypeName | None:
    """The type name a folded key is (or, with ``prefix``, starts with)."""
    squeezed = key.replace(" ", "").replace(",", "")
    for t in type_names():
        name = t.name
        if key == name or squeezed == name.replace(" ", "").replace(",", ""):
            return t
        if prefix and key.startswith((name + " ", name + ",")) and not _BOARD_KEY.match(key):
            return t  # "ĐƠN KIẾN NGHỊ, PHẢN ÁNH": the type, then the rest of a form's title
    return None


#: a board's name that opens with a paper's type as it folds: "BAN AN TOÀN GIAO THÔNG TỈNH",
#: "BAN AN NINH" are no "BẢN ÁN" (a judgment)
_BOARD_KEY = re.compile(r"ban an (?:toan|ninh)(?![a-z])")


#: the titles of papers their writer issues about themselves: a self-review
SELF_WRITTEN = frozenset({"ban kiem diem", "ban tu kiem diem"})


def parse_layout(doc: Document) -> Layout:
    """Find the Decree 30 components of a document (see the module docstring)."""
    segs = segments(doc)
    lay = Layout(segments=segs)
    text = doc.text
    head = segs[:_HEADER_SEGMENTS]

    number_idx = motto_idx = -1
    declassified_on: dt.date | None = None
    for i, seg in enumerate(head):
        if lay.motto is None and _MOTTO.search(seg.folded):
            lay.motto = (seg.start, seg.end)
            motto_idx = i
            continue
        if lay.independence is None and _INDEPENDENCE.match(seg.folded):
            lay.independence = (seg.start, seg.end)
            continue
        if lay.number_symbol is None and _read_number(doc, seg, lay):
            number_idx = i
        if lay.place_date is None:
            _read_date(doc, seg, lay)
            nxt = head[i + 1] if i + 1 < len(head) else None
            if (
                lay.place_date is None
                and nxt is not None
                and nxt.line == seg.line
                and seg.folded.endswith(", ngay")
                and nxt.folded.startswith("thang")
            ):
                # a draft's blank day ("Thủ Dầu Một, ngày      tháng 12 năm 2026"): the spaces
                # left for the day split the line, which is one date line
                _read_date(doc, dataclasses.replace(seg, end=nxt.end), lay)
        if lay.urgency_span is None:
            m = _URGENCY.match(seg.folded)
            if m is None and _spaced_out(seg.folded):
                # "H Ỏ A   T Ố C": a stamp OCR letter-spaced, cut into segments at its gaps
                m = _URGENCY.match(_line_squeezed(doc, seg))
            if m and seg.upper:
                word = m.group(1)
                lay.urgency = (
                    "thuong_khan"
                    if word.startswith("thuong")
                    else "hoa_toc"
                    if word.startswith("hoa")
                    else "khan"
                )
                lay.urgency_span = (seg.start, seg.end)
        if lay.declassified is None and seg.upper:
            m2 = _DECLASSIFIED.search(seg.folded)
            if m2 and len(seg.folded) < 40:
                lay.declassified = (seg.start, seg.end)
        if lay.declassified is None and not seg.upper:
            lifted = _declassified_by(doc, seg)
            if lifted is not None:
                declassified_on = lifted
                lay.declassified = (seg.start, seg.end)

    if lay.place_date is None:
        # a letter or a certificate dates itself above the signature ("TP. Hồ Chí Minh, ngày
        # 06 tháng 1l năm 2026" / "Người phản ánh"): a line that is nothing but the date
        for seg in segs[max(len(head), len(segs) - _TAIL_SEGMENTS) :]:
            m = _DATE.match(doc.folded, seg.start, seg.end)
            if m is not None and m.end() >= seg.end - 1:
                _read_date(doc, seg, lay)
                if lay.place_date is not None:
                    break

    if declassified_on is not None and lay.date is not None and declassified_on < lay.date:
        # a declassification dated before the document it would lift: not this document's
        lay.declassified = None
    anchor = max(number_idx, motto_idx)
    _read_type_and_subject(doc, head, lay, anchor)
    _read_issuer(doc, head, lay, number_idx, motto_idx)
    if lay.type_name is not None and lay.type_name.name in SELF_WRITTEN and lay.number is None:
        # a self-review pasted from a Party cell's form ("ĐẢNG BỘ XÃ ..." / "CHI BỘ ..." above
        # "BẢN KIỂM ĐIỂM CÁ NHÂN"): those lines name where it is filed; its writer, who signs
        # it, issues it (the labelling guide's self-declared CV, holdout7's self-review)
        lay.issuer_line = None
    _read_blocks(doc, segs, lay)
    _read_signer(doc, segs, lay)
    if lay.signer is None and lay.signer_title is not None:
        at = lay.signer_title[0]
        if _CERTIFIED_BY.match(doc.folded, at):
            # "XÁC NHẬN CỦA UBND XÃ ..." under a CV or a letter, with no name under it: the
            # document is signed above, by "Người khai ký tên" / "Người làm đơn"
            kept = lay.signer_title, lay.authority_prefix
            lay.signer_title = None
            _read_signer(doc, [g for g in segs if g.end <= at], lay)
            if lay.signer is None:
                lay.signer_title, lay.authority_prefix = kept
    if lay.signer_title is not None and _COMPILED_BY.match(
        doc.folded, lay.signer_title[0], lay.signer_title[1]
    ):
        # "Người lập: Điều dưỡng Thạch Thị Kim Sa" under a list pasted after a signed paper (a
        # notice, then the station's list of cases): the paper's official signs the paste,
        # the list's compiler only when no official's block stands above
        at = lay.signer_title[0]
        compiler = lay.signer_title, lay.signer, lay.authority_prefix
        lay.signer_title = lay.signer = None
        lay.authority_prefix = None
        _read_signer(doc, [g for g in segs if g.end <= at], lay)
        if (
            lay.signer is None
            or lay.signer_title is None
            or not _upper_span(doc, *lay.signer_title)
        ):
            lay.signer_title, lay.signer, lay.authority_prefix = compiler
    del text
    return lay


def _read_number(doc: Document, seg: Segment, lay: Layout) -> bool:
    folded = doc.folded
    m = _NUMBER.match(folded, seg.start, seg.end)
    if m is None:
        return False
    if m.group("pnum") is not None:
        return _read_party_number(doc, seg, lay, m)
    prefix = _WS.sub(" ", re.sub(r"['’`´]", "", m.group("prefix"))).strip()
    spaced = _SPACED_SO.search(prefix)
    if spaced is not None:
        prefix = prefix[: spaced.start()] + "s" + spaced.group(1)  # "S ố:" is "Số:"
    if not prefix.endswith(("so", "s6", "s0", "se", "so hieu", "s", "no.")):
        return False
    label_end = m.start("num") if m.group("num") is not None else m.start("sym")
    if (prefix in ("s",) or spaced is not None) and not folded[
        m.start("prefix") : label_end
    ].rstrip().endswith(":"):
        return False  # "S" alone, or "S ố" spaced, only as the field a colon opens
    sym_start, sym_end = m.span("sym")
    num_start = m.start("num") if m.group("num") else m.start("sym")
    if m.group("num") is None:
        # "Số:    /QĐ-UBND" (a draft, the number is given on signing)
        slash = folded.rfind("/", m.end("prefix"), sym_start)
        num_start = slash if slash >= 0 else sym_start
    raw_symbol = doc.text[sym_start:sym_end]
    # OCR's stand-ins: "§" and the Icelandic "Ð" for Đ, dashes of every width for "-"
    symbol = re.sub(r"\s+", "", raw_symbol).translate(_OCR_SYMBOL)
    letters = re.sub(r"[^A-Za-zĐđ]", "", symbol)
    if not letters or not any(c.isupper() for c in letters):
        return False
    num = m.group("num")
    if num and num[0] not in ".…_" and not any(c.isdigit() for c in num):
        # every digit read as a letter (not a blank's dots: "Số: ....../BB-THADS"): the number
        # only in the field a colon opens ("S6: ll/CĐ-UBND"), written with OCR's stand-ins;
        # "Sô ll/..." may be any letters, "Số lô/..." is a word; nothing read is kept
        label = folded[m.end("prefix") : m.start("num")]
        if not (":" in label or ";" in label) or not _OCR_ONLY_DIGITS.fullmatch(
            doc.text, m.start("num"), m.end("num")
        ):
            return False
    lay.number_line = (seg.start, seg.end)
    lay.number_symbol = (num_start, sym_end)
    # OCR's letters for digits ("1O5", "l2", "2O26") read as the digits they stand for, the
    # spaces OCR put between them gone ("2 7")
    num = num.translate(_OCR_DIGITS).replace(".", "").replace(" ", "") if num else None
    lay.number = num if num and num[0].isdigit() else None
    lay.symbol = symbol
    year = m.group("year")
    lay.year_in_number = year.translate(_OCR_DIGITS) if year else None
    lay.number_prefix = prefix
    return True


def _read_party_number(doc: Document, seg: Segment, lay: Layout, m: re.Match[str]) -> bool:
    """A number in the Party's style, ``Số 27-NQ/ĐU``: the symbol is ``NQ/ĐU`` (the type, then
    the issuing committee)."""
    sym_start, sym_end = m.span("psym")
    symbol = re.sub(r"\s+", "", doc.text[sym_start:sym_end]).translate(_OCR_SYMBOL)
    if not any(c.isupper() for c in symbol):
        return False
    lay.number_line = (seg.start, seg.end)
    lay.number_symbol = (m.start("pnum"), sym_end)
    # OCR's letters for digits ("l86-TB/UBKTTU") read as the digits they stand for
    lay.number = m.group("pnum").translate(_OCR_DIGITS).replace(" ", "")
    lay.symbol = symbol
    lay.year_in_number = None
    lay.number_prefix = "so"
    return True


def _declassified_by(doc: Document, seg: Segment) -> dt.date | None:
    """The date of a declassification stamp on a mixed-case line (:data:`_DECLASSIFIED_BY`):
    ``GIẢI MẬT`` in capitals opening the line, with the number and the date of the decision
    that lifted the secret. A sentence saying a paper was declassified ("Tài liệu đã được giải
    mật theo ...") opens otherwise and is no stamp; a stamp without its decision's number or
    date, or with a date that is no date, is not believed (the old mark stands)."""
    m = _DECLASSIFIED_BY.match(seg.folded)
    if m is None:
        return None
    words = doc.text[seg.start : seg.end]
    stamp = re.search(r"(?i)gi\w*\s*m\w*t", words)
    if stamp is None or not stamp.group().isupper():
        return None
    d, mo, y = (m.group(g) or m.group(g + "2") for g in ("d", "m", "y"))
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _read_date(doc: Document, seg: Segment, lay: Layout) -> None:
    m = _DATE.search(doc.folded, seg.start, seg.end)
    if m is None:
        return
    start = m.start("place")
    if re.match(
        r"(?:hom\s*nay|vao|luc|tu|den)\b|.*(?:\d\s*gio|gio\s*\d|phut)",
        doc.folded[start : m.end("place")],
    ):
        return  # a time ("15 giờ 15 phút, ngày ..."), not a place
    if ">" in doc.text[start : m.end("place")]:
        return  # a form's "<Địa danh>, ngày ..... tháng ..... năm .....": no place, no date
    if doc.text[start].islower() and doc.folded[seg.start : start].strip():
        # "... tại tầng 1; trình diễn làm gốm vào sáng thứ Bảy, ngày 21/11/2026", "thời hạn tù
        # tính từ ngày bị bắt tạm giam, ngày 17/6/2026": a date inside a sentence of the body;
        # a place opens its line, or follows the number or a stamp, capitalised
        return
    # "Số: 12/QĐ-UBND Hà Nội, ngày ..." on one line: the place starts after the symbol
    if lay.number_line == (seg.start, seg.end) and lay.number_symbol:
        start = max(start, lay.number_symbol[1])
        while start < m.end() and not doc.text[start].isalpha():
            start += 1
    stamp = _STAMP_BEFORE_PLACE.match(doc.folded, start, m.end("place"))
    if stamp is not None and doc.text[start : stamp.end()].strip().isupper():
        start = stamp.end()  # "TUYỆT MẬT Sơn La, ngày ...": a stamp flattened onto the line
    lay.place_date = (start, m.end())
    lay.place = doc.text[start : m.end("place")].strip() or None
    try:
        y, mo, d = (
            int(m.group(g).translate(_OCR_DATE_DIGITS)[-4 if g == "y" else 0 :]) for g in "ymd"
        )
        lay.date = dt.date(y, mo, d)
    except (ValueError, TypeError):
        lay.date = None


def _read_type_and_subject(doc: Document, head: list[Segment], lay: Layout, anchor: int) -> None:
    addressed = False  # a công văn's "Kính gửi" read after its "V/v" line: its body begins
    for i, seg in enumerate(head):
        if _is_motto(seg) or (lay.number_line and seg.start == lay.number_line[0]):
            continue
        if lay.subject is not None and lay.subject_is_vv and _KINH_GUI.match(seg.folded):
            addressed = True
        if addressed and lay.type_line is None:
            # a list's or an annex's title in a letter's body ("DANH SÁCH HỘ VAY CÓ NỢ QUÁ
            # HẠN" under "(danh sách kèm theo)"): the letter has its "V/v" and its addressee,
            # a công văn has no type line
            continue
        if _VV.match(seg.folded) and lay.subject is None and not _in_table_row(head, i):
            lay.subject = (seg.start, seg.end)
            # a slip's "| Trích yếu | V/v ... |" cell states the subject, but is no công
            # văn's V/v line under its number
            lay.subject_is_vv = not _table_cell(doc, seg)
            continue
        titled = i == 1 and _body_line(head, 1)  # a title under its body's lower-case line
        leading = i == 0 or (i == 1 and head[0].folded.endswith(":")) or titled
        if (
            lay.type_line is None
            and (seg.upper or len(seg.folded) < 40 or leading)
            # a field's label in a table ("| Kết luận | Đủ điều kiện ... |") is no title
            and (seg.upper or not _table_cell(doc, seg))
        ):
            t = _match_type(seg, leading and not seg.folded.endswith((":", ",", "?")), titled)
            if t is not None:
                # a type line sits below the number line (or is the first capitals of a
                # letter, a CV, a judgment); a lone "THÔNG BÁO" far in the body is not one
                if anchor >= 0 and i < anchor and i > 2 and not _under_motto(head[i - 1], lay):
                    continue  # (right under the motto it is one: a công điện's number is last;
                    # so is it under the motto's date line: a contract numbered under its title)
                lay.type_line = (seg.start, seg.end)
                lay.type_name = t
                if lay.subject is None:
                    _subject_after(head, i, lay)
    if lay.subject is None and lay.number_symbol is not None:
        # a công văn whose "V/v" line was lost: the line right under the number
        pass


#: cells a line needs to be a table's row rather than a flattened header's two columns
_ROW_CELLS = 4


def _in_table_row(segs: list[Segment], i: int) -> bool:
    """Whether a segment is a cell of a table's row (four cells or more on its line: a
    register's "118-CV/ĐU | V/v xác minh đơn thư ... | C | Ủy ban Kiểm tra"): the trích yếu
    of a paper the table lists, not the document's own subject. A flattened header puts two
    columns on a line, three with a stamp."""
    line = segs[i].line
    return sum(g.line == line for g in segs) >= _ROW_CELLS


def _under_motto(above: Segment, lay: Layout) -> bool:
    """Whether the line above a type name closes the motto's column: the motto, its
    "Độc lập - Tự do - Hạnh phúc" line, or the place and date under them."""
    if _is_motto(above) or (lay.independence is not None and above.start == lay.independence[0]):
        return True
    pd = lay.place_date
    return pd is not None and above.start <= pd[0] < above.end


#: type names whose next line is a headline or a name, not a subject (a press release), or the
#: title going on (a list: "DANH SÁCH" / "Cán bộ quy hoạch chức danh ...", holdout7's dh7-023
#: and holdout9's dh9-016 label it so)
_NO_SUBJECT_TYPES = frozenset({"thong cao bao chi", "thong cao", "danh sach"})
#: the opening of minutes or a contract ("Hôm nay, hồi 9 giờ ...", "Vào hồi ..."): no subject
_OPENING = re.compile(r"^(?:hom\s*nay|vao\s*(?:hoi|luc))\b")


#: a line that gives only the period of the title above it ("Năm 2026", "Đợt 10 tháng 10 năm
#: 2026", "Quý IV/2026", "Nhiệm kỳ 2026 - 2031"): part of the title, not a subject
_PERIOD_LINE = re.compile(
    r"^\(?(?:(?:dot|nam|quy|thang|ky|nhiem\s+ky|giai\s+doan|hoc\s+ky|nam\s+hoc|tuan)\s+"
    r"[0-9ivxl]+(?:\s*[-–/]\s*[0-9ivxl]+)?[\s,]*)+\)?$"
)


#: a piece of a stamp the OCR read down the right margin, after a bar ("| TY", "| *", "| BẮC"):
#: a word or two of the stamp, no line of the page
_MARGIN_PIECE = re.compile(r"^\|\s*(?:\S+(?:\s+\S+)?)?\s*$")
#: a work contract's term on the title's second line ("Xác định thời hạn", "(Không xác định
#: thời hạn)"): the kind of contract, which its title names, no subject
_CONTRACT_TERM = re.compile(r"\(?\s*(?:khong\s+)?xac\s+dinh\s+thoi\s+han\s*\)?\s*$")


def _subject_after(head: list[Segment], i: int, lay: Layout) -> None:
    # a press release's headline is its title, not a "V/v" subject; a press release laid out
    # by Decree 30 may still state its subject ("Về tình hình dịch sốt xuất huyết ...")
    title_goes_on = lay.type_name is not None and lay.type_name.name in _NO_SUBJECT_TYPES
    if head[i].folded.rstrip().endswith(":"):
        return  # "QUYẾT ĐỊNH:" opens the operative part (a judgment's, a decision's): its text
    for seg in head[i + 1 : i + 4]:
        f = seg.folded
        if _DECORATION.match(f) or not f or _MARGIN_PIECE.match(f):
            continue
        if lay.number_line is not None and seg.start == lay.number_line[0]:
            continue
        if _CONTRACT_TERM.match(f):
            title_goes_on = True  # "HỢP ĐỒNG LÀM VIỆC" / "Xác định thời hạn": the contract's kind
            continue
        if _PERIOD_LINE.match(f) or (len(f.split()) <= 2 and not f.startswith(("ve ", "v/v"))):
            # "Năm 2026", "Đợt 10 tháng 10 năm 2026": the title's period; "GIẤY TRIỆU TẬP" /
            # "Bị can": whom it is for; a subject says what the document is about in more words
            title_goes_on = True
            continue
        if title_goes_on and not f.startswith(("ve ", "v/v")) and not _VV.match(f):
            return  # under a title in two lines, only a "Về ..." line is a subject
        if _ARTICLE_START.match(f) or (
            _FIELD.match(f) and not _VV.match(f) and not _NUMBERED_TITLE.match(f)
        ):
            return  # an article, or a form field ("Họ tên người bệnh: ...")
        if (_CAN_CU.match(f) and not _THUC_HIEN_SUBJECT.match(f)) or (
            _KINH_GUI.match(f) or _is_motto(seg) or _DATE.search(f)
        ):
            return
        if _OPENING.match(f):
            return
        if f.count(",") >= _CSV_COMMAS and ", " not in f:
            return  # "STT,Họ tên trẻ,Ngày sinh,...": a sheet's head row under its title
        if f.rstrip().endswith(":") and not _VV.match(f) and not f.startswith("ve "):
            # "Cơ quan Cảnh sát điều tra ... triệu tập:", "Thành phần gồm:": the body opens
            # with a sentence leading into a list, which is no subject
            return
        if seg.upper and not _VV.match(f) and not f.startswith(("ve ", "v/v")):
            # "LUẬT" / "BẢO VỆ DỮ LIỆU CÁ NHÂN", "QUYẾT ĐỊNH" / "ĐƯA VỤ ÁN RA XÉT XỬ": the
            # title goes on in capitals; a subject is written in lower case or opens "Về"
            # ("BIÊN BẢN" / "VI PHẠM HÀNH CHÍNH" / "Về trật tự xây dựng")
            title_goes_on = True
            continue
        if (f.startswith("(") and f.endswith(")")) and not _VV.match(f):
            return  # "(Dự thảo)", "(Kèm theo ...)"
        if len(f) < 4 or len(f) > 300:
            return
        if _AUTHORITY.match(f) or (seg.upper and official_title_at(f, 0, len(f))):
            return
        lay.subject = (seg.start, seg.end)
        lay.subject_is_vv = bool(_VV.match(f))
        return


def _motto_prefix(doc: Document, seg: Segment) -> Segment | None:
    """The issuer written on the same line as the motto ("BỘ TƯ PHÁP CỘNG HÒA XÃ HỘI ...",
    two columns flattened with single spaces by a PDF export)."""
    folded = doc.folded
    m = _MOTTO.search(folded, seg.start, seg.end) or _INDEPENDENCE.search(
        folded, seg.start, seg.end
    )
    if m is None or m.start() - seg.start < 3:
        return None
    end = m.start()
    while end > seg.start and doc.text[end - 1] in " \t-–|":
        end -= 1
    f = _WS.sub(" ", folded[seg.start : end]).strip()
    cased = doc.folded_cased[seg.start : end]
    n_up, n_low = _cases(cased)
    if not f or n_up < 3 or n_up < 0.8 * (n_up + n_low):
        return None
    return Segment(seg.start, end, f, True, seg.line)


def _read_issuer(
    doc: Document, head: list[Segment], lay: Layout, number_idx: int, motto_idx: int
) -> None:
    stop = number_idx if number_idx >= 0 else motto_idx
    if number_idx < 0 and motto_idx >= 0 and lay.independence is not None:
        # no number line (a list, a form): a header flattened to tabs puts the body's second
        # line beside "Độc lập - Tự do - Hạnh phúc" ("XÃ KỲ ANH\tĐộc lập ..."): read to there
        stop = max(
            stop, next((k for k, g in enumerate(head) if g.start == lay.independence[0]), stop)
        )
    if stop < 0:
        # a judgment or a letter: the issuing body is the first capitals before the type line
        stop = min(len(head), 8)
    best: Segment | None = None
    best_start = -1
    parts: list[Segment] = []  # the lines the issuer is made of
    anchored = number_idx >= 0 or motto_idx >= 0
    extends = False  # whether the segment just before became (part of) the issuer
    for seg in head[: stop + 1]:
        if _is_motto(seg):
            prefix = _motto_prefix(doc, seg)
            if prefix is None:
                continue
            seg = prefix
        f = seg.folded
        if (
            _DECORATION.match(f)
            or (lay.number_line and seg.start == lay.number_line[0])
            or (lay.type_line and seg.start == lay.type_line[0])
            or _URGENCY.match(f)
            or _DATE.search(f)
            or len(f) < 2
            or len(f) > 120
            or (f.startswith("<") and f.endswith(">"))  # a form's "<TÊN CƠ QUAN CHỦ QUẢN>"
            or placeholder_body(f)  # ... or its "TÊN CƠ QUAN, ĐƠN VỊ" without the brackets
            # ... or its body left to fill ("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC ....")
            or _BLANK_TO_FILL.search(f)
        ):
            continue
        if lay.type_line and seg.start > lay.type_line[0]:
            break
        if f.endswith(":"):
            extends = False
            continue  # "THỦ TƯỚNG CHÍNH PHỦ điện:", "KÍNH GỬI:": a line opening a list
        if _NOT_ISSUER.match(f) or _document_title(doc, seg) or _spaced_out(f):
            extends = False
            continue
        if seg.upper and sum(c.isalpha() for c in f) >= 3:
            if (
                best is not None
                and extends
                and _ORG_START.match(f) is None
                and seg.line == best.line + 1
                and len(best.folded) + len(f) < 90
                and _match_type(seg) is None
                and (_PLACE_UNIT.match(f) is not None or len(f.split()) <= 3)
            ):
                # "ỦY BAN NHÂN DÂN" / "TỈNH KHÁNH HÒA": the second line continues the first
                best = Segment(best.start, seg.end, best.folded + " " + f, True, seg.line)
                parts.append(seg)
            elif anchored or _ORG_START.match(f):
                # without a number line or the motto to anchor the header (a judgment, a
                # letter, a slip), only a body's name: a leaflet's or a form's title is none
                best = seg
                best_start = seg.start
                parts = [seg]
        elif seg is head[0] and best is None and _body_line(head, 1, lay):
            # a sheet or a note that opens with its body's name in lower case, its title under
            # it ("Trường mầm non Hoa Sen - phường Vĩnh Hưng" / "Báo cáo trẻ mắc bệnh ...")
            best = seg
            best_start = seg.start
            parts = [seg]
        elif (
            anchored
            and _ORG_START.match(f)
            and len(f) < 80
            and (
                best is None
                or (
                    extends
                    # under a parent in capitals, a body's name typed in mixed case ("CỤC THUẾ
                    # TỈNH HÀ TĨNH" / "Chi cục Thuế huyện Hương Khê"): the lower line is its own
                    and (not best.upper or doc.text[seg.start : seg.start + 1].isupper())
                    and seg.line == best.line + 1
                    and not any(c.isdigit() for c in f)  # "số 5 đường ...": an address
                )
            )
        ):
            # a header not in capitals (a .VnTimeH font converted to lower case: "cục thi hành
            # án dân sự tỉnh thái bình" / "chi cục thi hành án dân sự huyện kiến xương"): the
            # lower of two bodies' lines is the issuer's own, as in capitals
            best = seg
            best_start = seg.start
            parts = [seg]
        extends = best is not None and best.end == seg.end
    if best is not None:
        lay.issuer = (best_start if best_start >= 0 else best.start, best.end)
        own = _own_line(parts)
        lay.issuer_line = lay.issuer if own is None else (own.start, own.end)


#: a body's name as a line of its own in lower case: no sentence, no field, no list
_BODY_LINE_END = re.compile(r"[:.,;!?]$")


def _body_line(head: list[Segment], i: int, lay: Layout | None = None) -> bool:
    """Whether the first segment is a body's name, written in lower case on the line right
    above segment ``i`` ("Trường mầm non Hoa Sen - phường Vĩnh Hưng" over "Báo cáo trẻ mắc
    bệnh ..."), as a sheet exported to CSV or a note opens: the issuer over its title. With
    ``lay``, only over the type line read there."""
    if len(head) <= i or i != 1:
        return False
    first, title = head[0], head[1]
    f = first.folded
    if (
        first.upper
        or title.line != first.line + 1
        or len(f) >= 80
        or _ORG_START.match(f) is None
        or _BODY_LINE_END.search(f) is not None
        or any(c.isdigit() for c in f)  # "số 5 đường ...": an address
    ):
        return False
    return lay is None or lay.type_line == (title.start, title.end)


#: a kind of body that names no body until its place follows ("ỦY BAN NHÂN DÂN" / "TỈNH X")
_BARE_BODY = re.compile(
    r"^(?:uy\s*ban\s*nhan\s*dan|ubnd|hoi\s*dong\s*nhan\s*dan|hdnd|toa\s*an\s*nhan\s*dan|tand|"
    r"vien\s*kiem\s*sat\s*nhan\s*dan|vksnd|"
    # a civil enforcement division since 2025, one per area: "PHÒNG THI HÀNH ÁN DÂN SỰ" /
    # "KHU VỰC 4" (dh9-001, as the court's "TÒA ÁN NHÂN DÂN" / "KHU VỰC 2 - QUẢNG NGÃI")
    r"phong\s*thi\s*hanh\s*an\s*dan\s*su)$"
)
#: an organisation of the whole nation ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "ỦY BAN MTTQ VN",
#: "HỘI NÔNG DÂN VIỆT NAM"): over a place line ("XÃ NAM ĐÀN") it is that place's committee,
#: as a bare kind of body is; the Republic's and the Party's mottos are no such name
_NATION_WIDE = re.compile(
    r"^(?!(?:cong\s*hoa|dang\s*cong\s*san)\b)[a-z][a-z ]*?(?:viet\s*nam|\bvn)$"
)


def _own_line(parts: list[Segment]) -> Segment | None:
    """The issuer's own line among the lines of its name (DOCUMENTS.md: the lower line when
    there are two, never its parent): under a bare kind of body, the place that makes it one
    ("ỦY BAN NHÂN DÂN" / "PHƯỜNG HẠC THÀNH"); over lines that only place it, the name itself
    ("TÒA ÁN NHÂN DÂN QUẬN HAI BÀ TRƯNG" / "THÀNH PHỐ HÀ NỘI"). None: the lines together
    ("SỞ GIÁO DỤC" / "VÀ ĐÀO TẠO")."""
    if len(parts) < 2:
        return parts[0] if parts else None
    places = [_PLACE_UNIT.match(p.folded) is not None for p in parts]
    if places[1] and (
        _BARE_BODY.match(parts[0].folded) is not None
        or _NATION_WIDE.match(parts[0].folded) is not None
    ):
        return parts[1]
    if all(places[1:]) and not places[0]:
        return parts[0]
    return None


#: how many lines of a body's name may stand above a later paper's number line
_LATER_HEAD_LINES = 4


def later_papers(doc: Document, lay: Layout) -> list[int]:
    """Where each paper pasted after the first one starts (offsets on ``doc.text``): a new
    header, its number line or its motto, once the paper before it has closed (its ``Nơi
    nhận`` or the signer's name stand above), from the first line of the body's name over it
    ("ỦY BAN NHÂN DÂN" / "PHƯỜNG LONG BIÊN" / "Số: 88/PC-UBND" after a notice's signature).
    Empty for one paper, or when the first has no header to repeat."""
    anchors = [s for s in (lay.motto, lay.number_line) if s is not None]
    if not anchors:
        return []
    first = min(a[1] for a in anchors)
    segs = lay.segments
    out: list[int] = []
    closed = False
    signed = lay.signer[1] if lay.signer is not None else len(doc.text)
    for k, seg in enumerate(segs):
        if seg.start < first:
            continue
        if _NOI_NHAN.match(seg.folded) or seg.start >= signed:
            closed = True
            if seg.start >= signed:
                signed = len(doc.text)  # the signature closes one paper only
        if not closed or (not seg.upper and _NUMBER.match(doc.folded, seg.start, seg.end) is None):
            continue  # a header's line is in capitals, but its number line
        if _MOTTO.search(seg.folded) is None and not _read_number(doc, seg, Layout()):
            continue
        j = k
        while (
            j > 0
            and k - j < _LATER_HEAD_LINES
            and segs[j - 1].line == segs[j].line - 1
            and segs[j - 1].start >= first
            and (segs[j - 1].upper or _DECORATION.match(segs[j - 1].folded) is not None)
            and not _NOI_NHAN.match(segs[j - 1].folded)
        ):
            j -= 1
        out.append(segs[j].start)
        closed = False
    return out


def _read_blocks(doc: Document, segs: list[Segment], lay: Layout) -> None:
    for i, seg in enumerate(segs):
        f = seg.folded
        if lay.recipients is None and i < _HEADER_SEGMENTS + 20:
            m = _KINH_GUI.match(f)
            if m is not None:
                rest = doc.folded[seg.start : seg.end]
                off = _KINH_GUI.match(rest)
                start = seg.start + (off.end() if off else 0)
                while start < seg.end and doc.text[start] in " \t:.;":
                    start += 1
                end = seg.end if start < seg.end else start
                if start >= seg.end and i + 1 < len(segs):
                    start = segs[i + 1].start
                    end = segs[i + 1].end
                    i += 1
                for nxt in segs[i + 1 : i + 12]:
                    if doc.text[start:end].rstrip().endswith("."):
                        break  # "Kính gửi: Viện kiểm sát nhân dân tỉnh Lao Cai.": the list ended
                    if nxt.line > segs[i].line + 1 and _NUMBERED.match(nxt.folded):
                        break  # a blank line, then "1. Kiểm sát tin báo": the body's first item
                    if _LIST_ITEM.match(nxt.folded) and nxt.line <= segs[i].line + 2:
                        end = nxt.end
                        i += 1
                    else:
                        break
                if end > start:
                    lay.recipients = (start, end)
        if _NOI_NHAN.match(f):
            start = seg.start
            end = seg.end
            last_line = seg.line
            for nxt in segs[i + 1 : i + 30]:
                if nxt.line > last_line + 2:
                    break
                if _LIST_ITEM.match(nxt.folded) or nxt.folded.startswith("luu"):
                    end = nxt.end
                    last_line = nxt.line
                    if nxt.folded.startswith(("luu", "- luu")):
                        break
            lay.distribution = (start, end)


_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*$")


#: the storage line a flattened two-column footer glues the signer's name to
_GLUED_SIGNER = re.compile(r"\s*[-+•*–·]\s*luu\s*:[^.\n]{0,40}\.\s*(?=\S)")


#: an addressee of a flattened two-column footer, ended by its semicolon, with the right
#: column's text glued after it ("- VKSND thị xã Tân Uyên; Hà Minh Triết")
_GLUED_ITEM = re.compile(r"[ \t]*[-+•*–·][ \t]*[^;\n]{1,80};[ \t]*(?=\S)")


def _title_line(doc: Document, seg: Segment) -> bool:
    """Whether a capitalised line holds an official's title, also as OCR spells it in
    capitals ("GlÁM ĐỐC": l for I)."""
    f = seg.folded
    if official_title_at(f, 0, len(f)) is not None:
        return True
    if "l" in doc.text[seg.start : seg.end]:
        f = f.replace("l", "i")
        return official_title_at(f, 0, len(f)) is not None
    return False


def _name_span(
    doc: Document, start: int, end: int, surnames: frozenset[str]
) -> tuple[int, int] | None:
    """The span of a person's name (two to six capitalised words, the first a surname) filling
    ``[start, end)`` of the text."""
    raw = doc.text[start:end]
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip())
    words = doc.text[start:end].split()
    if not 2 <= len(words) <= 6:
        return None
    if not all(_NAME_WORD.match(w) and w[0].isupper() for w in words):
        return None
    if fold_word(words[0]) not in surnames:
        return None
    return (start, end)


#: column headings of a signature block whose signer acts for the office (besides the titles
#: of ``official_titles.txt``): the minutes' secretary, whoever drew the minutes up or verified
_OFFICIAL_COLUMN = re.compile(
    r"^(?:thu\s*ky(?:\s*cuoc\s*hop|\s*hoi\s*nghi)?|nguoi\s*(?:ghi|lap)\s*bien\s*ban|"
    r"(?:nguoi|can\s*bo|to)\s*(?:co\s*trach\s*nhiem\s*)?xac\s*minh|"
    r"nguoi\s*giai\s*quyet\s*(?:khieu\s*nai|to\s*cao)|dai\s*dien\s*(?:co\s*quan|ubnd|don\s*vi)|"
    r"nguoi\s*tiep(?:\s*cong\s*dan)?|nguoi\s*chu\s*tri|"
    # the civil-status officer who signs an extract or a birth certificate (Decree 123's forms:
    # "NGƯỜI KÝ TRÍCH LỤC", "NGƯỜI KÝ GIẤY KHAI SINH")
    r"nguoi\s*ky\s*(?:trich\s*luc|giay\s*khai\s*sinh)|"
    # the head of a team the body set up, signing its report ("TỔ TRƯỞNG" / "TỔ TRƯỞNG TỔ XÁC
    # MINH"): a heading of the signature block only, not a title before a name in the text
    r"to\s*(?:truong|pho)(?:\s*to\s*[a-z ]{2,30})?)$"
)


def _column(doc: Document, seg: Segment) -> int:
    """Where a segment starts on its line, in character cells (tabs to multiples of 8)."""
    line_start = doc.text.rfind("\n", 0, seg.start) + 1
    return len(doc.text[line_start : seg.start].expandtabs(8))


def _line_of(segs: list[Segment], i: int) -> tuple[int, int]:
    """The indices ``[lo, hi)`` of the segments on the line of ``segs[i]``."""
    lo = hi = i
    while lo > 0 and segs[lo - 1].line == segs[i].line:
        lo -= 1
    while hi < len(segs) and segs[hi].line == segs[i].line:
        hi += 1
    return lo, hi


def _in_column(doc: Document, line: list[Segment], col: int, index: int, width: int) -> int:
    """Which segment of a multi-column line stands under the column at ``col`` (the segment at
    ``index`` of ``width`` headings): the same position when the line has as many columns,
    else the nearest start (the rightmost on a tie)."""
    if len(line) == width:
        return index
    best, dist = 0, 1 << 30
    for k, seg in enumerate(line):
        d = abs(_column(doc, seg) - col)
        if d <= dist:
            best, dist = k, d
    return best


def _sign_head(doc: Document, seg: Segment) -> bool:
    """Whether a segment heads a signature column: TM./KT./..., a signing label ("Người làm
    đơn"), or a title in capitals."""
    f = seg.folded
    return bool(
        _AUTHORITY.match(f)
        or _SIGN_LABEL.match(f)
        or (seg.upper and len(f) < 70 and (_title_line(doc, seg) or _OFFICIAL_COLUMN.match(f)))
    )


#: the headings of private parties' columns: a citizen, a party to a case or a contract
_PRIVATE_COLUMN = re.compile(
    r"^\(?(?:nguoi\s*(?:lam|viet)\s*don|nguoi\s*khai|nguoi\s*(?:bi\s*)?to\s*cao|"
    r"nguoi\s*(?:tu\s*)?kiem\s*diem|nguoi\s*tu\s*khai|nguoi\s*(?:bi\s*)?khieu\s*nai|nguoi\s*phan\s*anh|nguoi\s*yeu\s*cau|nguoi\s*de\s*nghi|"
    r"nguoi\s*kien\s*nghi|nguoi\s*(?:phai|duoc)\s*thi\s*hanh\s*an|nguoi\s*co\s*quyen|"
    r"duong\s*su|nguyen\s*don|bi\s*don|(?:dai\s*dien\s*)?ben\s*b|hoc\s*sinh|phu\s*huynh|"
    r"chu\s*ho|nguoi\s*nop|nguoi\s*xin|nguoi\s*lao\s*dong|nguoi\s*chung\s*kien|"
    r"dai\s*dien\s*(?:cac\s*)?(?:ho\s*dan|ho\s*gia\s*dinh|nguoi\s*dan|nhan\s*dan|cong\s*dan))\b"
)
#: the headings of those who sign beside the official who draws a record up: the secretary and
#: the head of a hamlet, village or residential group present as a witness ("TRƯỞNG ẤP")
_BESIDE_COLUMN = re.compile(
    r"^(?:thu\s*ky(?:\s*cuoc\s*hop|\s*hoi\s*nghi|\s*thi\s*hanh\s*an)?|"
    r"truong\s*(?:ap|thon|ban|xom|khom|khu\s*pho|to\s*dan\s*pho|to\s*dan\s*cu))$"
)
#: a contract's own party: the agency that draws it up is Bên A
_PARTY_A = re.compile(r"^(?:dai\s*dien\s*)?ben\s*a\b")


def _glued_title(doc: Document, seg: Segment) -> tuple[int, int] | None:
    """The span of a signer's title glued at the end of a ``Nơi nhận`` line by flattening
    ("Nơi nhận: TRƯỞNG BAN", "- Như trên; PHÓ CỤC TRƯỞNG"): a line of the distribution list,
    or its label, ending in words written in capitals that make a title or TM./KT./..."""
    f = seg.folded
    if not (_NOI_NHAN.match(f) or _LIST_ITEM.match(f)):
        return None
    text = doc.text[seg.start : seg.end]
    words = list(re.finditer(r"\S+", text))
    k = len(words)
    while k > 1 and words[k - 1].group().rstrip(".").isupper() and len(words) - k < 6:
        k -= 1
    if k == len(words) or k == 0:
        return None
    start = seg.start + words[k].start()
    title = doc.folded[start : seg.end].strip()
    authority = _AUTHORITY.match(title)
    if authority is not None and not title[authority.end() :].strip():
        # "TM." / "KT." with no title after it ends a storage line ("- Lưu: VT, Hồ sơ KT.":
        # the inspection file, "KT." for kiểm tra or kế toán), not a signer's heading
        return None
    if not (authority or official_title_at(title, 0, len(title)) is not None):
        return None
    return (start, seg.end)


def _signing_column(doc: Document, segs: list[Segment], lo: int, hi: int) -> int:
    """The heading of the document's signer on a line of several: a contract's ``BÊN A`` (the
    agency's side, wherever it stands); else the rightmost official's heading (a title,
    TM./KT., the official who settles a complaint); else the rightmost heading in capitals
    that is not a private party's. Decree 30 puts the authority that signs on the right; the
    minutes' secretary, a complainant, a party sign beside it, and so do a hamlet's head and
    the secretary when the officer who drew the record up heads the left column ("CHẤP HÀNH
    VIÊN   THƯ KÝ   TRƯỞNG ẤP": the officer signs it, holdout7)."""
    for k in range(lo, hi):
        if _PARTY_A.match(segs[k].folded):
            return k
    beside = [bool(_BESIDE_COLUMN.match(segs[k].folded)) for k in range(lo, hi)]
    for assisting in (False, True):
        for k in range(hi - 1, lo - 1, -1):
            if beside[k - lo] == assisting and _official_head(doc, segs[k]):
                return k
    for k in range(hi - 1, lo - 1, -1):
        if (segs[k].upper or _sign_head(doc, segs[k])) and not _PRIVATE_COLUMN.match(
            segs[k].folded
        ):
            return k
    return hi - 1


def _official_head(doc: Document, seg: Segment) -> bool:
    """Whether a column heading is an official's: TM./KT./..., a title, a role of the office in
    minutes; never a private party's label."""
    f = seg.folded
    if _PRIVATE_COLUMN.match(f):
        return False
    return bool(_AUTHORITY.match(f) or _OFFICIAL_COLUMN.match(f) or _title_line(doc, seg))


@cache
def _signer_surnames() -> frozenset[str]:
    """The words a signer's name may open with: the surnames, and the clan names of the
    Central Highlands that stand first as a surname does ("Kpă Đoàn", "Ksor H'Ly"), the
    strong ones of one word (``minority_names.tsv``: not a Vietnamese word besides)."""
    clans = {
        fold_word(r[0])
        for r in data.rows("detectors/minority_names.tsv")
        if len(r) > 1 and r[1] == "clan" and " " not in r[0].strip()
    }
    return data.folded_set("detectors/surnames.txt") | frozenset(clans)


@cache
def _given_name_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a minority's given name (``minority_names.tsv``'s prefixes: the Ê Đê
    and Highlands "Y", the Bahnar and Xơ Đăng "A", the Kơho "K'" and "Ka"), and the phrases
    such a word opens that name no one ("Y Tế", "A Di Đà"), folded."""
    rows = [r for r in data.rows("detectors/minority_names.tsv") if len(r) > 1]
    prefixes = frozenset(fold_word(r[0]) for r in rows if r[1] == "prefix")
    phrases = frozenset(" ".join(fold_word(r[0]).split()) for r in rows if r[1] == "phrase")
    return prefixes, phrases


def _read_signer(doc: Document, segs: list[Segment], lay: Layout) -> None:
    tail_from = max(0, len(segs) - _TAIL_SEGMENTS)
    surnames = _signer_surnames()
    title_idx = -1
    glued: tuple[int, int] | None = None
    for i in range(len(segs) - 1, tail_from - 1, -1):
        if _annex_title(segs, i):
            continue
        if _sign_head(doc, segs[i]) or _titled_head(doc, segs, i, surnames):
            title_idx = i
            break
        glued = _glued_title(doc, segs[i])
        if glued is not None:
            title_idx = i
            break
    if title_idx < 0:
        return
    if glued is None and _PRIVATE_COLUMN.match(segs[title_idx].folded):
        # a contract's blocks stacked: "ĐẠI DIỆN BÊN A" / "GIÁM ĐỐC" / name / "ĐẠI DIỆN BÊN B"
        # / name: the agency's side (Bên A) signs the document
        for k in range(title_idx - 1, max(tail_from, title_idx - 10) - 1, -1):
            if _PARTY_A.match(segs[k].folded):
                title_idx = k
                break
    if glued is not None:
        # two columns flattened with single spaces: "Nơi nhận: KT. CỤC TRƯỞNG" / "- Như trên;
        # PHÓ CỤC TRƯỞNG" / ... / "- Lưu: VT, CNTT. Đặng Ngọc Minh" (found from the end: the
        # title starts on the first of the lines that carry it)
        while title_idx > tail_from and (up := _glued_title(doc, segs[title_idx - 1])):
            title_idx -= 1
            glued = (up[0], glued[1])
        lay.signer_title = glued
        m = _AUTHORITY.match(doc.folded, glued[0], glued[1])
        if m is not None:
            lay.authority_prefix = m.group(1).upper()
        for seg in segs[title_idx + 1 : title_idx + 14]:
            more = _glued_title(doc, seg)
            if more is not None:
                lay.signer_title = (glued[0], more[1])
                continue
            if _GLUED_SIGNER.match(doc.folded[seg.start : seg.end]) and _signer_line(
                doc, seg, lay, surnames
            ):
                return
            item = _GLUED_ITEM.match(doc.folded, seg.start, seg.end)
            if item is not None:
                # "- VKSND thị xã Tân Uyên; Hà Minh Triết": the name glued to an addressee
                # above the storage line
                named = _signer_name(doc, item.end(), seg.end, surnames)
                if named is not None:
                    lay.signer = named
                    return
        return
    # several columns ("THƯ KÝ      CHỦ TRÌ", "NGƯỜI KHIẾU NẠI   ...   NGƯỜI GIẢI QUYẾT"): the
    # document's signer is under the rightmost heading (Decree 30 puts the authority there)
    lo, hi = _line_of(segs, title_idx)
    heads = segs[lo:hi]
    if len(heads) > 1:
        title_idx = _signing_column(doc, segs, lo, hi)
    title_col = _column(doc, segs[title_idx])
    title_pos, width = title_idx - lo, len(heads)
    if len(heads) == 1 and lo > 0:
        # "THƯ KÝ      CHỦ TRÌ" / "            Q. TỔNG CỤC TRƯỞNG": the columns' headings are
        # on the line above the title
        up_lo, up_hi = _line_of(segs, lo - 1)
        above = segs[up_lo:up_hi]
        if len(above) > 1 and segs[lo].line - above[0].line <= 2:
            heads = above
            width = len(above)
            title_pos = min(
                range(width), key=lambda k: (abs(_column(doc, above[k]) - title_col), -k)
            )
    # the title may run over two or three lines ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")
    lay.signer_title = (segs[title_idx].start, segs[title_idx].end)
    m = _AUTHORITY.match(segs[title_idx].folded)
    if m is not None:
        lay.authority_prefix = m.group(1).upper()
    head = segs[title_idx]
    label = _SIGN_LABEL.match(doc.folded[head.start : head.end])
    if label is not None:
        # "Người khai: Lường Văn Khiêm" on one line
        after = re.compile(r"\s*:\s*").match(doc.folded, head.start + label.end(), head.end)
        named = _name_span(doc, after.end(), head.end, surnames) if after else None
        if named is not None:
            lay.signer = named
            return
    if width == 1 and _glued_heads(doc, head, lay, segs, title_idx, surnames):
        return
    i = title_idx + 1
    if width > 1 and heads[0].line == head.line:
        # the other headings of the title's own line ("CHẤP HÀNH VIÊN   THƯ KÝ   TRƯỞNG ẤP":
        # "TRƯỞNG ẤP" reads as the surname Trương) are columns, no name: the names are below
        i = _line_of(segs, title_idx)[1]
    end = min(len(segs), title_idx + 12)
    while i < end:
        lo, hi = _line_of(segs, i)
        first = max(lo, title_idx + 1)
        line = segs[first:hi]
        i = hi
        if len(line) > 1 and segs[lo].line != head.line:
            pick = _in_column(doc, line, title_col, title_pos, width)
            for k in range(len(line)):
                if k != pick:
                    _cosigner(doc, segs, first + k, heads, lay, surnames)
            line = [line[pick]]
        for seg in line:
            if _signer_line(doc, seg, lay, surnames):
                return


#: the note under an attachment's title: "(Kèm theo Quyết định số 2906/QĐ-UBND ...)", "(Ban
#: hành kèm theo ...)"
_ANNEX_NOTE = re.compile(r"[ \t]*\(?[ \t]*(?:ban[ \t]+hanh[ \t]+)?kem[ \t]+theo(?![a-z])")


def _annex_title(segs: list[Segment], i: int) -> bool:
    """Whether a line is the title of a list or an appendix pasted after the signature ("DANH
    SÁCH CÔNG CHỨC ĐIỀU ĐỘNG" over "(Kèm theo Quyết định số ...)"): capitals that head the
    attachment, no signer's title; the signature block is above it."""
    return i + 1 < len(segs) and _ANNEX_NOTE.match(segs[i + 1].folded) is not None


def _titled_head(doc: Document, segs: list[Segment], i: int, surnames: frozenset[str]) -> bool:
    """Whether a line in ordinary case is nothing but an official's title over a name ("Vụ
    trưởng" / "Lê Quang Minh" at the foot of a submission slip)."""
    seg = segs[i]
    if seg.upper or i + 1 >= len(segs) or len(seg.folded.split()) > 5:
        return False
    m = official_title_at(seg.folded, 0, len(seg.folded))
    if m is None or m.start() != 0 or not _UNIT_TAIL.fullmatch(seg.folded, m.end()):
        # a record's column headed in sentence case by the role of the official who drew it
        # up ("Công dân      Người tiếp công dân", "Thư ký      Chủ trì" over two names): the
        # heading's line, then a name first on the next line
        if _OFFICIAL_COLUMN.match(seg.folded) is None:
            return False
        below = next((g for g in segs[i + 1 :] if g.line > seg.line), None)
        return (
            below is not None
            and below.line == seg.line + 1
            and _signer_name(doc, below.start, below.end, surnames) is not None
        )
    nxt = segs[i + 1]
    if nxt.line == seg.line + 1 and _signer_name(doc, nxt.start, nxt.end, surnames) is not None:
        return True
    return _signed_under(doc, segs, i, surnames)


#: what may follow an official's title on its line: nothing, or the level of the unit it heads
#: ("trưởng công an xã", "chủ tịch phường")
_UNIT_TAIL = re.compile(r"(?:\s*(?:xa|phuong|thi\s*tran|huyen|quan|tinh|thanh\s*pho))?\s*[.:]?")

#: lines a signature block may leave between a title typed in lower case and the signer's
#: name: the signature note and blank lines ("giám đốc⏎(đã ký)⏎⏎vi văn thắm")
_SIGNED_GAP = 3


def _signed_under(doc: Document, segs: list[Segment], i: int, surnames: frozenset[str]) -> bool:
    """Whether an official's title alone on its line (``segs[i]``, in lower or sentence case:
    a document pasted or typed so) is followed, after blank lines and a signature note at
    most, by a signer's name alone on its line: "chủ tịch⏎(đã ký)⏎lô thanh hải", "chi cuc
    truong⏎⏎au van hung", "Thẩm phán⏎(đã ký)⏎Dương Hoài Phong". The name's line must follow
    within ``_SIGNED_GAP`` lines and be the first segment that is no note."""
    seg = segs[i]
    for nxt in segs[i + 1 : i + 1 + _SIGNED_GAP]:
        if nxt.line - seg.line > _SIGNED_GAP:
            return False
        if _SIGN_NOTE.match(nxt.folded):
            continue
        return (
            nxt.line > seg.line
            and _line_alone(segs, nxt)
            and (
                _signer_name(doc, nxt.start, nxt.end, surnames) is not None
                or _lower_signer_name(doc, nxt.start, nxt.end, surnames) is not None
            )
        )
    return False


def _lower_signer_name(
    doc: Document, start: int, end: int, surnames: frozenset[str]
) -> tuple[int, int] | None:
    """The span of a signer's name typed in lower case filling ``[start, end)`` ("lô thanh
    hải", "thuong uy vang seo chung"; a rank before it left out): two to five lower-case words,
    the first a lexicon surname, the line no official's title ("phó giám đốc") and no form's
    template person. For a signature block whose title is in lower case too
    (:func:`_signed_under`)."""
    raw = doc.text[start:end]
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip(" \t.,;"))
    start, seg_folded = _after_rank(doc, start, end)
    words = doc.text[start:end].split()
    if not 2 <= len(words) <= 5 or not all(w.isalpha() and w.islower() for w in words):
        return None
    folded = seg_folded.split()
    if folded[0] not in surnames or official_title_at(seg_folded, 0, len(seg_folded)) is not None:
        return None
    from ai_guard.detectors.person.surname_first import is_placeholder_name

    return None if is_placeholder_name(folded) else (start, end)


def _line_alone(segs: list[Segment], seg: Segment) -> bool:
    """Whether ``seg`` is the only segment of its line."""
    return sum(1 for g in segs if g.line == seg.line) == 1


def _glued_heads(
    doc: Document,
    head: Segment,
    lay: Layout,
    segs: list[Segment],
    title_idx: int,
    surnames: frozenset[str],
) -> bool:
    """Two columns' headings and names flattened with single spaces ("THU KY CHU TRI" /
    "Nguyen Minh Tri Pham Van Cuong"): the names are split where the second starts with a
    surname, and the signer is the one under the official's heading on the right (True when
    it was found). Also when the left column's name and the right column's title share a
    line, the right column's name printed under it ("THƯ KÝ CHỦ TRÌ" / "Nguyễn Thị Diệu Linh
    PHÓ GIÁM ĐỐC" / "Lê Đức Minh"), and when the right column's heading is an official's
    title after other columns' labels ("NGƯỜI NHẬN GIẤY TRIỆU TẬP THẨM PHÁN - CHỦ TỌA PHIÊN
    TÒA", "CÁC BÊN TRANH CHẤP THƯ KÝ CHỦ TỊCH HỘI ĐỒNG")."""
    words = head.folded.split()
    split = _heads_split(words)
    if not split:
        return False
    left_head, right_head = " ".join(words[:split]), " ".join(words[split:])
    for n, seg in enumerate(segs[title_idx + 1 : title_idx + 4]):
        if _SIGN_NOTE.match(seg.folded) or _DECORATION.match(seg.folded):
            continue
        tail = _title_tail(doc, seg)
        if tail is not None:
            if _PRIVATE_COLUMN.match(right_head):
                return False
            return _under_glued_title(doc, lay, segs, title_idx + 1 + n, tail, left_head, surnames)
        tokens = list(re.finditer(r"\S+", doc.text[seg.start : seg.end]))
        pairs: list[tuple[tuple[int, int], tuple[int, int], bool]] = []
        for k in range(2, len(tokens) - 1):
            mid = seg.start + tokens[k].start()
            if fold_word(tokens[k].group()) not in surnames:
                continue
            left = _signer_name(doc, seg.start, seg.start + tokens[k - 1].end(), surnames)
            right = _signer_name(doc, mid, seg.end, surnames)
            if left is not None and right is not None:
                # "Đặng Quốc | Vượng Nguyễn Thị Ánh Tuyết" reads two names too ("Vương" is a
                # surname): a cut into names of at most four words, the second not opening
                # with a middle name, is the likelier
                likely = (
                    k <= 4
                    and len(tokens) - k <= 4
                    and fold_word(tokens[k].group()) not in _MIDDLE_ONLY
                )
                pairs.append((left, right, likely))
        if pairs:
            left, right, _ = next((p for p in pairs if p[2]), pairs[0])
            official_right = not _PRIVATE_COLUMN.match(right_head)
            signer, other = (right, left) if official_right else (left, right)
            other_head = left_head if official_right else right_head
            lay.signer = signer
            lay.cosigners.append(Cosigner(other, None, _official_label(other_head)))
            return True
        return False
    return False


def _heads_split(words: list[str]) -> int:
    """Where a line of flattened column headings splits into the left columns and the right
    one (a word index; 0: it does not): two whole headings ("THƯ KÝ" | "CHỦ TRÌ", "ĐẠI DIỆN
    BÊN B" | "ĐẠI DIỆN BÊN A"), else at the first official's title after other columns'
    labels of two words or more that are no TM./KT. line ("NGƯỜI NHẬN GIẤY TRIỆU TẬP" | "THẨM
    PHÁN - CHỦ TỌA PHIÊN TÒA"; "THẨM PHÁN - CHỦ TỌA PHIÊN TÒA" alone is one column)."""
    for k in range(1, len(words)):
        if _column_head(" ".join(words[:k])) and _column_head(" ".join(words[k:])):
            return k
    folded = " ".join(words)
    if _AUTHORITY.match(folded):
        return 0
    first = _titles().search(folded)
    if first is None or first.start() == 0:
        return 0  # "THẨM PHÁN - CHỦ TỌA PHIÊN TÒA": one official's titles, one column
    k = len(folded[: first.start()].split())
    return k if 2 <= k < len(words) else 0


def _official_label(folded: str) -> bool:
    """Whether a column's heading makes its signer an official in their role: TM./KT./...,
    an official's title heading it, a role of the office in minutes, a contract's Bên A;
    never a private party's label, nor a label this reading does not know (fail closed)."""
    if _PRIVATE_COLUMN.match(folded):
        return False
    return bool(
        _AUTHORITY.match(folded)
        or _OFFICIAL_COLUMN.match(folded)
        or _PARTY_A.match(folded)
        or _titles().match(folded)
    )


def _title_tail(doc: Document, seg: Segment) -> int | None:
    """Where a line of a flattened signature block turns from a name to the next column's title
    in capitals ("Nguyễn Thị Diệu Linh PHÓ GIÁM ĐỐC", "Thân Văn Lực GIÁM ĐỐC"): the offset of the
    title, which opens with an official's title; None when the line is no such pair."""
    text = doc.text[seg.start : seg.end]
    words = list(re.finditer(r"\S+", text))
    k = len(words)
    while k > 0 and _caps_word(words[k - 1].group()):
        k -= 1
    if k < 2 or k == len(words):
        return None
    start = seg.start + words[k].start()
    title = doc.folded[start : seg.end].strip()
    return None if _titles().match(title) is None else start


def _caps_word(word: str) -> bool:
    """A word written in capitals, of two letters or more ("GIÁM", "UBND"), or a dash."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return word in ("-", "–")
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: middle names that never open a Vietnamese name ("Văn", "Thị"), though "Văn" is a surname
_MIDDLE_ONLY = frozenset({"van", "thi"})


def _names_in(
    doc: Document, start: int, end: int, surnames: frozenset[str]
) -> list[tuple[int, int]] | None:
    """The names of several columns flattened onto one line ("Hoàng Thị Nguyệt Khúc Văn
    Định"): the fewest full names, each two to four words opening with a surname (not "Văn" or
    "Thị", a middle name there), that fill ``[start, end)``; None when there are none."""
    tokens = [
        (start + m.start(), start + m.end()) for m in re.finditer(r"\S+", doc.text[start:end])
    ]
    n = len(tokens)
    if not 2 <= n <= 12:
        return None
    best: list[list[tuple[int, int]] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        done = best[i]
        if done is None:
            continue
        first = fold_word(doc.text[tokens[i][0] : tokens[i][1]])
        if first in _MIDDLE_ONLY or first not in surnames:
            continue
        for j in range(i + 2, min(n, i + 4) + 1):
            span = _name_span(doc, tokens[i][0], tokens[j - 1][1], surnames)
            if span is None:
                continue
            cand = [*done, span]
            old = best[j]
            if old is None or len(cand) < len(old):
                best[j] = cand
    return best[n]


def _under_glued_title(
    doc: Document,
    lay: Layout,
    segs: list[Segment],
    at: int,
    tail: int,
    left_head: str,
    surnames: frozenset[str],
) -> bool:
    """The signer under a right column's title glued after the left columns' names
    (``segs[at]``: "Nguyễn Thị Diệu Linh PHÓ GIÁM ĐỐC"): the last name of the next line of
    names ("Lê Đức Minh", or "Hoàng Thị Nguyệt Khúc Văn Định" where a left column's second
    name comes first). The names beside the title are the left columns' cosigners, officials
    only when one heading, an official's, stands over them."""
    seg = segs[at]
    left = _names_in(doc, seg.start, tail, surnames)
    if left is None:
        return False
    for nxt in segs[at + 1 : at + 4]:
        if _SIGN_NOTE.match(nxt.folded) or _DECORATION.match(nxt.folded):
            continue
        names = _names_in(doc, nxt.start, nxt.end, surnames)
        if names is None:
            return False
        lay.signer = names[-1]
        # one name under one heading: that column's; more, or more columns: judged alone
        public = len(left) == 1 and len(names) == 1 and _official_label(left_head)
        for name in left + names[:-1]:
            lay.cosigners.append(Cosigner(name, None, public))
        return True
    return False


def _column_head(folded: str) -> bool:
    """Whether folded words are a whole signature column's heading: a title, the minutes'
    secretary, a private party's label."""
    m = official_title_at(folded, 0, len(folded))
    return bool(
        (m is not None and m.start() == 0 and m.end() == len(folded))
        or _OFFICIAL_COLUMN.match(folded)
        or _PRIVATE_COLUMN.match(folded)
        or _PARTY_A.fullmatch(folded)
    )


def _cosigner(
    doc: Document,
    segs: list[Segment],
    at: int,
    heads: list[Segment],
    lay: Layout,
    surnames: frozenset[str],
) -> None:
    """Record a name signed in another column (``segs[at]``) with its column's heading: the
    nearest segment above it in the same column ("(Đã ký)" and such notes skipped), else the
    heading of the title's line at the same position."""
    seg = segs[at]
    named = _name_span(doc, seg.start, seg.end, surnames)
    if named is None:
        return
    col = _column(doc, seg)
    label: Segment | None = None
    for k in range(at - 1, max(-1, at - 12), -1):
        up = segs[k]
        if up.line >= seg.line or abs(_column(doc, up) - col) > 6:
            continue
        if _SIGN_NOTE.match(up.folded) or _DECORATION.match(up.folded):
            continue
        label = up
        break
    if label is None and len(heads) > 1:
        label = min(heads, key=lambda h: abs(_column(doc, h) - col))
    public = label is not None and _official_head(doc, label)
    lay.cosigners.append(
        Cosigner(named, (label.start, label.end) if label is not None else None, public)
    )


def _signer_line(doc: Document, seg: Segment, lay: Layout, surnames: frozenset[str]) -> bool:
    """Read one segment under the signer's title: the title's next line, or the name (True
    when the signer was found)."""
    assert lay.signer_title is not None
    f = seg.folded
    glue = _GLUED_SIGNER.match(doc.folded[seg.start : seg.end])
    if glue is not None:
        # two columns flattened: "- Lưu: VT, NC.Nguyễn Thanh Bình", "- Lưu: VT, TM. Thượng tá
        # Cầm Bá Tuấn", "- Lưu: VT, KTN. Y Ngọc"
        named = _signer_name(doc, seg.start + glue.end(), seg.end, surnames)
        if named is not None:
            lay.signer = named
            return True
    if _SIGN_NOTE.match(f) or _DECORATION.match(f) or _LIST_ITEM.match(f):
        return False
    if seg.upper and official_title_at(f, 0, len(f)) is not None and " " in f:
        lay.signer_title = (lay.signer_title[0], seg.end)
        return False
    if seg.upper and _deputy_line(doc, f, lay.signer_title):
        lay.signer_title = (lay.signer_title[0], seg.end)
        return False
    named = _signer_name(doc, seg.start, seg.end, surnames)
    if named is None and not _upper_span(doc, *lay.signer_title):
        # a block pasted or typed in lower case, title and name alike ("chủ tịch⏎(đã ký)⏎lô
        # thanh hải")
        named = _lower_signer_name(doc, seg.start, seg.end, surnames)
    if named is None:
        return False
    lay.signer = named
    return True


#: a deputy's or an acting head's title under "KT."/"TM."/"Q." ("PHÓ TRƯỞNG", "Q. ĐỘI
#: TRƯỞNG"): the head's title cut short, after the deputy's word
_DEPUTY = re.compile(r"^(?:pho|q\s*\.|quyen)\s+(?P<rest>[a-z][a-z ]*?)\s*[.:]?$")


def _deputy_line(doc: Document, folded_line: str, title: tuple[int, int]) -> bool:
    """Whether a line in capitals under the signer's title is the deputy's title that repeats
    the head's, cut short ("KT. TRƯỞNG THUẾ CƠ SỞ" / "PHÓ TRƯỞNG", "KT. ĐỘI TRƯỞNG" / "PHÓ
    ĐỘI TRƯỞNG"): ``Phó`` is a surname too, so the line would read as a name."""
    m = _DEPUTY.match(folded_line)
    if m is None:
        return False
    head = doc.folded[title[0] : title[1]]
    authority = _AUTHORITY.match(head)
    if authority is None:
        return False
    head_words = head[authority.end() :].split()
    rest = m.group("rest").split()
    return 0 < len(rest) <= len(head_words) and head_words[: len(rest)] == rest


def _upper_span(doc: Document, start: int, end: int) -> bool:
    """Whether the letters of ``doc.text[start:end]`` are (mostly) capitals."""
    cased = doc.text[start:end]
    return sum(c.isupper() for c in cased) >= 0.8 * max(1, sum(c.isalpha() for c in cased))


def _signer_name(
    doc: Document, start: int, end: int, surnames: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the signer's name filling ``[start, end)``: two to six capitalised words
    after a rank ("Thượng tá", "Đại tá"), as OCR and minorities' naming write them:

    - a digit OCR reads for a letter inside a word (``Ph6ng``, ``N6ng``, ``Ng6``);
    - one short lower-case piece of a word a scan broke (``Nin h``, ``Hu ong``);
    - a name outside the surname lexicon in title case and without a title word (many
      ethnic-minority names), also of two words when it opens with the Ê Đê and M'Nông
      ``Y`` (men) or holds an ``H'`` (women) or ``K'`` part, first or after a clan name:
      ``Y Ngọc``, ``H'Yên Niê``, ``Ksor H'Trang``.

    Not a line in capitals outside the surname lexicon: ``NGƯỜI PHẢI THI HÀNH ÁN`` is a
    label."""
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    start, seg_folded = _after_rank(doc, start, end)
    words = doc.text[start:end].split()
    if len(words) == 1 and _marked_whole_name(words[0]):
        # a K'Ho, Mạ or Chu Ru man's or an Ê Đê woman's name of one word, its mark inside
        # ("K'Sriêng", "K’Bình", "H'Hen"): the whole name, as they sign it
        return (start, end)
    if not 2 <= len(words) <= 6:
        return None
    if any(_caps_word(w) for w in words) and any(not w.isupper() for w in words):
        return None  # "Thân Văn Lực GIÁM ĐỐC": a name, then the next column's title in capitals
    broken = 0
    for k, w in enumerate(words):
        if (_NAME_WORD.match(w) and w[0].isupper()) or (
            _MINORITY_FEMALE.match(w) or _MINORITY_K.match(w)
        ):
            continue
        if _OCR_NAME_WORD.match(w) and sum(c.isdigit() for c in w) == 1:
            continue  # "Ph6ng": a digit read for a letter
        if (
            k >= 2
            and not broken
            and w.islower()
            and _BROKEN_PIECE.match(fold_word(w))
            and words[k - 1][0].isupper()
        ):
            broken += 1
            continue  # "Nin h": the end of a word the scan broke
        return None
    from ai_guard.detectors.person.surname_first import is_placeholder_name

    if is_placeholder_name([fold_word(w) for w in words]):
        return None  # a form's template person ("Nguyễn Văn A" under "Người yêu cầu")
    cased = doc.text[start:end]
    upper = sum(c.isupper() for c in cased) >= 0.8 * sum(c.isalpha() for c in cased)
    first = fold_word(words[0])
    if first not in surnames:
        # a given name's prefix ("Y Ngọc", "A Đrim": the Bahnar man's one-syllable name after
        # A is his whole name), never a phrase it opens ("Y Tế"); the H' or K' part may follow
        # a clan name ("Ksor H'Trang", "Rơ Mah H'Nhi")
        prefixes, phrases = _given_name_prefixes()
        if " ".join(fold_word(w) for w in words) in phrases:
            return None
        minority = first in prefixes or any(
            _MINORITY_FEMALE.match(w) or _MINORITY_K.match(w) for w in words
        )
        if upper or official_title_at(seg_folded, 0, len(seg_folded)) is not None:
            return None
        if len(words) < 3 and not minority:
            return None
    return (start, end)


#: a word of a name as OCR writes it, with a digit for a letter ("Ph6ng", "Ng6", "N6ng")
_OCR_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W_'’.-]|[016])*$")
#: the lower-case end of a word a scan broke in two ("Nin h", "Hu ong")
_BROKEN_PIECE = re.compile(r"^(?!(?:va|ky|da)$)[^\W\d_]{1,3}$")
#: an Ê Đê or M'Nông woman's name: "H'Yên", "H’Hen", "H' Yim" (the mark apart)
_MINORITY_FEMALE = re.compile(r"^H['’](?:[^\W\d_]+)?$")
#: a K'Ho, Mạ or Chu Ru name's first part: "K' Brơi", "K'Bình"
_MINORITY_K = re.compile(r"^K['’](?:[^\W\d_]+)?$")


def _marked_whole_name(word: str) -> bool:
    """Whether a word is a name by itself: K' or H', then a capital and at least two more
    letters in lower case ("K'Sriêng", "H’Hen"; not "K'" alone, "K'SRIÊNG" of a label nor
    a people's name: "K'Ho", "H'Mông", "H'Rê")."""
    if len(word) < 5 or word[0] not in "KH" or word[1] not in "'’":
        return False
    rest = word[2:]
    if fold_word(rest) in _PEOPLES_MARKED:
        return False
    return rest.isalpha() and rest[0].isupper() and rest[1:].islower()


#: the peoples whose names are written with the mark ("H'Mông", "K'Ho", "H'Rê"), folded after it
_PEOPLES_MARKED = frozenset({"mong", "ho", "re"})


#: a military or police rank before a signer's name ("Thượng tá", "Thiếu tướng", "Đại úy"), or
#: an academic or medical degree ("TS.", "PGS.TS.", "BS.CKII", "ThS. BS."), folded
_RANK = re.compile(
    r"^(?:(?:dai|thuong|trung|thieu)\s*(?:tuong|ta|uy)"
    r"|(?:(?:p?gs|ts|ths|bs|ds|ks)\.\s*)*(?:p?gs|ts|ths|bs|ds|ks)(?:\.?\s*ck\s*(?:ii|i|1|2))?\.?)"
    r"\s+(?=\S)"
)


def _after_rank(doc: Document, start: int, end: int) -> tuple[int, str]:
    """Where a signer's name starts in ``[start, end)`` once a rank before it is left out
    ("Thượng tá Danh Hoàng Phúc": the rank is not part of the name), and the folded words
    from there, spaces made single."""
    seg_folded = _WS.sub(" ", doc.folded[start:end]).strip()
    rank = _RANK.match(seg_folded)
    if rank is not None:
        start = _skip_words(doc, start, end, len(seg_folded[: rank.end()].split()))
        seg_folded = _WS.sub(" ", doc.folded[start:end]).strip()
    return start, seg_folded


def _skip_words(doc: Document, pos: int, end: int, n_words: int) -> int:
    """The offset on ``doc.text`` of the word after the next ``n_words`` words from ``pos``."""
    for _ in range(n_words):
        m = re.compile(r"\s*\S+").match(doc.text, pos, end)
        if m is None:
            break
        pos = m.end()
    while pos < end and doc.text[pos].isspace():
        pos += 1
    return pos
