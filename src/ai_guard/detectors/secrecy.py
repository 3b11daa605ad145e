"""State-secret markings (dấu chỉ độ mật), reference.md c.3-c.4.

The rule, so that a stamp is caught and the law's own vocabulary is not:

1. **Stamp line**: a line whose only content is ``MẬT``, ``TỐI MẬT`` or ``TUYỆT MẬT``
   (brackets, quotes, asterisks, dashes and spaces around it are ignored). ``TỐI MẬT`` and
   ``TUYỆT MẬT`` count in any letter case; the single word ``MẬT`` in capitals, or as ``Mật``
   after tabs or in a document's header block. Without diacritics (OCR) the same holds for
   ``TOI MAT``, ``TUYET MAT`` and ``MAT`` in capitals; ``MÂT`` (OCR) counts as ``MẬT``, and
   ``MẶT`` only where a stamp stands (alone on a header line, after ``Độ mật:``). A two-word
   level in capitals opening a line before a dash (``TUYET MAT - Chỉ thị ...``) counts too.
1b. **Document line**: a line that is only a document declared secret (``VĂN BẢN TUYỆT MẬT``,
   ``Tài liệu tối mật``, ``**HỒ SƠ MẬT**``), any case with diacritics, with or without text
   after it; without diacritics ``tuyet mat`` in any case, ``TOI MAT`` and ``MAT`` in capitals.
   A heading ABOUT secrecy (``QUY ĐỊNH VỀ BẢO VỆ BÍ MẬT NHÀ NƯỚC``, ``DANH MỤC TÀI LIỆU TỐI
   MẬT``) holds other words and is no mark.
2. **Label**: ``Độ mật: Tối mật`` (any case, with or without diacritics), also as a table row
   (``| Độ mật | Tối mật |``, tab or semicolon separated), a JSON or YAML field
   (``"do_mat": "Mật"``) or under a table column headed ``Độ mật``; ``Độ mật: A`` (B, C) is
   the envelope letter of Mẫu 03, also after a space only where the key opens its line or
   follows a short lead's colon and the capital letter closes it (``Phong bì: Độ mật A``).
3. **Bracketed stamp inline**: ``[MẬT]``, ``(TỐI MẬT)``, ``«TUYỆT MẬT»``, ``<<MẬT>>`` in
   capitals; ``(Tài liệu mật)``, ``(Tài liệu Tuyệt mật - Bản số 02/05)`` in any case.
4. **Capitals in running text**: ``TỐI MẬT`` / ``TUYỆT MẬT`` written in capitals with
   diacritics inside a line that is not itself all capitals (someone marking what they paste),
   and ``MẬT`` in capitals standing alone (``góc trên có dấu MẬT``, ``Số: 12/BC  MẬT``), not
   part of a phrase in capitals (``BẢO MẬT``, ``MẬT KHẨU``); without diacritics only after a
   stamp word (``dau MAT o goc trai``); lower score.
5. The control stamps of Circular 24/2020/TT-BCA ``TÀI LIỆU THU HỒI`` (capitals, in any case
   alone on a line of a longer text or after a stamp word: ``có dấu tài liệu thu hồi``) and
   ``CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ`` (any case); both as a scanner reads them (``I`` as
   ``l``, ``1`` or ``|``, ``O`` as ``0``: ``CHI NGUOI CO TEN MOI DUOC BOC Bl``), however
   spaced or broken over lines, and lower-case ``tài liệu thu hồi`` as a table cell's whole
   or opening a chat message as the label of a paste with a request (``tai lieu thu hoi, tom
   tat giup: ...``: mark_talk.labels_a_request);
   the copy stamp of Mẫu 09-10 (``BẢN SAO SỐ: 02``, wording unverified) with its fields
   (``Thời gian sao``, ``Người cho phép sao``) after it, or in capitals opening a short line.
6. **Chat and lower case**: a document pasted in lower case keeps its stamp's place: ``mật``
   (also ``mat``) alone on a header-block line, a two-word level alone on a line between
   others, the first line after a request ending with a colon, the last field of the number
   line after a tab; ``độ mật: a``; a ``[mật]`` tag opening a subject; the level after
   "says", "ghi", "dấu", "stamped" (lower case without diacritics only with where the stamp
   stands: ``dau mat o goc trai``, ``stamped mat at the top right``); ``TUYET MAT`` in
   capitals in running text with no other word in capitals beside it.

7. **Set apart** (holdout14): a two-word level that is the whole value after a short lead's
   colon (``OCR: TUYÊT MÂT``); a field of a header flattened with `` / `` or `` | ``; the last
   field of the number line after a wide gap; an HTML element's whole content; quoted with
   where it stands after it (``dòng "tói mât" ở góc phải``); letter-spaced in any case
   (``"t u y ệ t  m ậ t"``); ``cai file mat do di`` ("đó" typed plain closing the clause);
   ``tai lieu mat ve <topic>`` and ``a tai lieu mat from ...`` in English; a stamp whose vowels
   a legacy encoding garbled, alone on its line (:func:`garbled_lines`). On overlap a secrecy
   mark wins over any other finding (the engine's resolution).
8. **Spaced by OCR** (holdout19): a stamp alone on its line whose letters OCR spaced
   irregularly (``TÓI  MẬ T``, ``TUY ỆT MẬT``): the line, its spaces taken out, is a level
   (:func:`_respaced_lines`).
9. **The level's first word before a "MẬT" found alone** (holdout21): in capitals, "TỐI" or
   "TUYỆT" as OCR reads them (``"TỐl MẬT"``) or cut from it by markup's tags
   (``TỐI</span> <span>MẬT``): the mark runs from the first word (:func:`_level_lead`).

10. **Adversarial forms** (cg28): a stamp's letters parted by bars, dots, dashes or slashes on
   its own line (``M|Ậ|T``, ``TỐI. MẬT``: :func:`_respaced_lines`) or as a key's value
   (``Độ mật: M/Ậ/T``: :func:`_separated_value`); a two-word level split over two cells after
   its key (``| do mat | to | mat |``: :data:`_LABEL_SPLIT`); a table row naming several levels
   reports its highest (:func:`_level_rows`); a level in HTML character references
   (:func:`_referenced_levels`).
11. **OCR'd in a header's columns** (documents_holdout22): ``MẠT``, ``MẶT``, ``MÀT`` in capitals
   (the stamp's dot read as a breve, its hat lost) set apart by wide gaps as a field of a line
   in a header block, no word in capitals after the gap (``MẶT      TRẬN``: a heading spaced
   out); a stamp read down a margin one letter a line (capitals alone at the same edge of
   consecutive lines, in one column, spelling a level with its diacritics:
   :func:`_vertical_levels`, pattern ``secrecy.vertical``, its letters by
   :func:`vertical_letters`).

The canonical reading (zero-width characters, odd spaces, look-alike letters dealt with) is read
as it is, and once more where letters are spaced or joined (``M Ậ T``, ``M.Ậ.T``) or a level
was typed in Telex with the input method off (``MAATJ``): :func:`ai_guard.text.invisible.unveil`.
Most of the text is ordinary words; each rule runs only where a cheap necessary condition holds
(a separator, a bracket, capitals, a document word near), so prose costs little.

Never a mark: ``mật`` inside ordinary words and phrases (``bí mật``, ``mật khẩu``,
``bảo mật``, ``mật ong``, ``mật độ``, ``thân mật``), a level named in prose about the law
(``thông tin thuộc độ Tối mật``, ``Luật Bảo vệ bí mật nhà nước``), ``GIẢI MẬT`` (declassified:
no secrecy mark; ``vn.internal_mark`` reports it as an internal mark, not to be sent
unasked), and ``MẤT``/``MẶT``/``MÁT`` (other words that fold to "mat").
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable, Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.mark_talk import (
    labels_a_request,
    listed_as_a_mistake,
    quoted_in_a_question,
    said_of_a_kind,
)
from ai_guard.detectors.secret_cells import cell_pair_in, word_cells
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.chars import INVISIBLE
from ai_guard.text.invisible import unveiled
from ai_guard.text.sql import inserted_values
from ai_guard.text.tables import column_header, line_bounds

__all__ = ["SecrecyMarkDetector", "garbled_lines", "scan_unveiled", "vertical_letters"]

_LEVEL = r"(?:tuyet[\s_]*mat|to[il1|][\s_]*mat|mat)"
#: (pictographs too: a heading's "🔒", "⚠️", "📌" before the level)
_DECOR = r"[ \t\[\](){}<>«»\"'`*_=~|#:.\-–—•▪●■◆►▶·◦○□│┃║\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]*"
_LINE = re.compile(
    r"^"
    + _DECOR
    + r"("
    + r"(?:tuyet[ \t_\-–]*mat|to[il1|][ \t_\-–]*mat|mat)"
    + r")"
    + _DECOR
    + r"$",
    re.MULTILINE | re.IGNORECASE,
)
#: "TUYET MAT - Chi thi ...": a two-word level in capitals opening a line before a dash
_LINE_OPENING = re.compile(r"[ \t*\[(]*(TUYET[ \t]+MAT|TOI[ \t]+MAT|MAT)[ \t]*[-–—:][ \t]+\S")
#: the same in any case, on the folded line, after a request's colon too ("dich giup: tuyet mat -
#: ..."): read only for a two-word level spelled with diacritics, or "tuyet mat"
_LINE_OPENING_ANY = re.compile(
    r"(?:[^\n:]{0,60}:[ \t]*)?[ \t*\[(]*(tuyet[ \t]+mat|toi[ \t]+mat)[ \t]*[-–—][ \t]+\S"
    # ... or closing the line as the whole value after a short lead and its colon ("OCR: TUYÊT
    # MÂT", "dòng đầu: Tối mật"): what the lead names is the stamp's text
    r"|[^\n:]{1,30}:[ \t]*[\"'“«*(\[]*(tuyet[ \t]+mat|toi[ \t]+mat)[ \t\"'”»*.)\]\r]*$"
)
#: another level after the dash: the levels listed ("tuyệt mật - tối mật - mật")
_LEVEL_AFTER_DASH = re.compile(r"[ \t]*[-–—][ \t]*(?:tuyet[ \t]+mat|toi[ \t]+mat|mat)(?![a-z])")
#: the words before a level that say the line is about the levels, not stamped with one
_ABOUT_LEVELS = re.compile(
    r"(?<![a-z])(?:do\s+mat|muc|cap\s+do|gom|bao\s+gom|phan\s+loai|loai)(?![a-z])"
)
#: a two-word level between the wide gaps of a header flattened into one line (OCR, a PDF's
#: columns): "ủy ban nhân dân tỉnh lạng sơn  tối mật  số: 77/qđ-ubnd"
#: the fields of a header flattened with slashes or bars are set apart the same way ("BỘ CÔNG
#: AN / Tuyệt Mật / Số: 41/KH-BCA")
_COLUMN_GAP = r"(?: {2,}|\t| [/|] )"
_COLUMN_LEVEL = re.compile(
    r"(?<=\S)" + _COLUMN_GAP + r"(tuyet[ \t]+mat|toi[ \t]+mat)" + _COLUMN_GAP + r"(?=\S)"
)


def _holds_a_gap(line: str) -> bool:
    """Whether ``line`` holds one of ``_COLUMN_GAP``'s gaps (substring tests, no pattern)."""
    return "  " in line or "\t" in line or " / " in line or " | " in line


_LABEL_KEY = re.compile(r"(?<![a-z])(?:muc\s+|cap\s+)?do[\s_]*$")
#: the key of an envelope letter written as text: "Độ mật: A", "Độ mật - B", "độ mật (C)"
_ENVELOPE_KEY = re.compile(r"(?<![a-z])do[ \t]+mat[ \t]*(?:[:\-\u2013][ \t]*|\([ \t]*|[ \t])")
#: another envelope letter listed after the first: '"Độ mật: A", "B", "C"', "A/B/C", "A hoặc B"
_LETTERS_LISTED = re.compile(
    r"[\"'`“”‘’*\s]*(?:[,;/]|(?:va|hoac|hay)(?![a-z]))[\"'`“”‘’*\s]*[abc](?![a-z0-9])"
)
#: quotes, emphasis and tags around a key or a value ("**Độ mật:** Mật", "<do_mat>Mật")
_WRAP = r"[\"'`“”‘’*_\s]*"
#: after the separator, a bracket may open the value too ("Độ mật: (A)")
_WRAP_VALUE = r"[\"'`“”‘’*_\s(\[]*"
#: a separator, or HTML tags between a key's cell and its value's ("<td>Độ mật</td><td>Mật")
_LABEL_VALUE = re.compile(
    _WRAP
    + r"(?:(?:[:|\t;=,\-–>]|</?[a-z][a-z0-9]*\s*/?>)"
    + _WRAP_VALUE
    + r")+("
    + _LEVEL
    + r"|[abc])(?![a-z0-9])"
)
#: a two-word level as a key's value with its words in two cells ("| Độ mật | TỐI | MẬT |", a
#: table whose columns a PDF or OCR cut wrong, "| do mat | to | mat |"), or "to mat" whose "i"
#: OCR lost (folded): read after the key only, the first word's letters checked after
_LABEL_SPLIT = re.compile(
    _WRAP
    + r"[:|\t;=]"
    + _WRAP_VALUE
    + r"((tuyet|to[il1]?)[ \t]*(?:[|\t;][ \t]*|(?<=to)[ \t]+)mat)(?![a-z0-9])"
)
#: a control stamp as the value of a secrecy key ("Độ mật: Tài liệu thu hồi"), closing its
#: line or a field (folded)
_LABEL_CONTROL = re.compile(
    r"[\"']?[ \t]*[:|=\t][ \t\"'*]*(tai lieu thu hoi|chi nguoi co ten moi duoc boc bi)"
    r"[ \t\"'*]*(?:[|,;.}]|$)"
)
#: the envelope letter after its key and a space only ("Phong bì: Độ mật A", "Độ mật B" alone
#: on its line): the letter closes the line or a comma, semicolon or bracket follows it; read
#: where the key opens its line or follows a short lead's colon (:data:`_LETTER_KEY_PLACE`),
#: the letter in capitals
_LABEL_LETTER = re.compile(r"[ \t]+([abc])(?=[ \t]*(?:[,;)]|\.?[ \t\r]*$))")
_LETTER_KEY_PLACE = re.compile(r"(?:[^\n:]{0,40}:)?[ \t*\-•|(\[]*(?:muc[ \t]+|cap[ \t]+)?do[ \t]+$")
#: the first word of a two-word level: a line ending with it may hold a level wrapped over
#: the break
_LEVEL_HEADS = (" toi", " tuyet", ":toi", ":tuyet", "\ttoi", "\ttuyet")
#: the key's value in chat, with no separator: "độ mật là mật", 'độ mật "Mật"', "độ mật
#: là “Tối mật”" (a quote around the value, or "là"/"is" before it)
_LABEL_SAID = re.compile(
    r"(?:[ \t]+(?:la|is)[ \t]*[\"'`“”‘’«*]?|[ \t]*[\"'`“‘«*])[ \t]*(" + _LEVEL + r")(?![a-z0-9])"
    r"(?:(?<=[ \t]mat)|(?<=[ \t]toi[ \t]mat)|(?<=[ \t]tuyet[ \t]mat)|[ \t]*[\"'`”’»*])"
)
#: a label's separator closing its line, and a value alone on the line after it
_LABEL_ENDS_LINE = re.compile(_WRAP + r"[:|=>\-–]" + r"[\"'`“”‘’*_ \t\r]*$")
_NEXT_LINE_VALUE = re.compile(r"[ \t\"'`“”‘’*_(\[]*(" + _LEVEL + r"|[abc])[ \t\"'`“”‘’*_.)\]\r]*$")
_BRACKET = re.compile(r"(?:\[|\(|«|<<|【)\s*(TUYET\s+MAT|TOI\s+MAT|MAT)\s*(?:\]|\)|»|>>|】)")
#: a level alone in parentheses with its diacritics, after what it marks: "Phụ lục 2 (Tối
#: mật): Danh sách ...", "Báo cáo (Mật)" (folded; the original's case and letters checked after)
_PAREN_LEVEL = re.compile(r"[(\[{«【]\s*(" + _LEVEL + r")\s*[)\]}»】]")
#: the brackets that may open it
_PAREN_OPENINGS = "([{«【"
#: another level just before, joined as a list: "ba độ (tuyệt mật), (tối mật) và (mật)"
_PAREN_LISTED_BEFORE = re.compile(
    r"(?:mat|[)\]}»】])\s*[)\]}»】]?\s*(?:[,;/]|\s(?:va|hoac|hay))\s*$"
)
#: "[mật]" typed in lower case (square brackets: a subject line's tag), on the folded view
_BRACKET_LOWER = re.compile(r"\[\s*(tuyet\s+mat|toi\s+mat|mat)\s*\]")
#: ... and without diacritics where a tag opens a subject: "tieu de: [mat] danh sach"
_TAG_OPENING = re.compile(r"(?:^|[:\n])[ \t]*$")
#: also glued, as a letter-spaced level reads once its spaces are gone ("T U Y Ệ T M Ậ T")
_CAPS_INLINE = re.compile(r"(?<![A-Za-z])(TUYET\s*MAT|TOI\s*MAT)(?![A-Za-z])")
#: "(Tài liệu mật)", "(Tài liệu Tuyệt mật - Bản số 02/05)", on the folded view
_NOTE = re.compile(
    r"\(\s*(?:tai\s+lieu|van\s+ban|ho\s+so|ban)\s+(" + _LEVEL + r")\s*(?:[-–,:;.][^()\n]{0,40})?\)"
)
#: the control stamps of Mẫu 07 (folded), as a scanner gives them too: an "I" read as "l",
#: "1" or "|", an "O" as "0" ("CHl NGUOl CO TEN MOl DUOC BOC Bl", "TAI LIEU THU H0I"); spaces
#: anywhere between the letters, as letter spacing leaves them once read ("THU  HỒI", its
#: words cut elsewhere when the spacing hid their bounds: "CHỈN GƯỜI CÓT ÊN ..."), and line
#: breaks (a stamp broken over lines)
_OCR_LETTERS = {"i": "[il1|!]", "o": "[o0]", "a": "[a4]"}


def _stamp_letters(phrase: str) -> str:
    """``phrase``'s letters (folded), each as a scanner may read it, spaces optional between."""
    return r"\s*".join(_OCR_LETTERS.get(c, c) for c in phrase.replace(" ", ""))


_CONTROL = re.compile(
    r"(?<![a-z])("
    + _stamp_letters("tai lieu thu hoi")
    + "|"
    + _stamp_letters("chi nguoi co ten moi duoc boc bi")
    + r")(?![a-z])"
)
#: the stamp on a copy of a secret document (Mẫu 09-10 of Circular 24/2020/TT-BCA; its wording
#: reference.md marks unverified): "BẢN SAO SỐ: 02", "BẢN TRÍCH SAO SỐ 01" and a number, on the
#: folded text; read with the stamp's own fields after it ("Thời gian sao", "Người sao",
#: "Người cho phép sao"), or in capitals opening a short line
_COPY_STAMP = re.compile(r"(?<![a-z])(ban\s+(?:trich\s+)?s[a4][o0]\s+s[o0])[ \t]*[:.]?[ \t]*\d")
_COPY_GATE = re.compile(r"sa[o0]\s+s[o0]")
_COPY_FIELDS = re.compile(r"(?<![a-z])(?:thoi\s+gian\s+sao|nguoi\s+(?:cho\s+phep\s+)?sao)(?![a-z])")
#: the copy's number after the stamp ("BẢN SAO SỐ: 02", "Bản sao số 03/05")
_COPY_NUMBER = re.compile(r"[ \t]*[:.]?[ \t]*\d[\d/.\-]*(?:[ \t]+\d[\d/.\-]*)*")
#: how far after the stamp its fields stand, and the longest line the stamp alone opens
_COPY_REACH = 240
_COPY_LINE = 40
#: what a text holding a control stamp holds, on the folded text, however spaced: "bóc bì" and
#: "thu hồi" (each pattern led by its literal: a fraction of a millisecond a megabyte)
_CONTROL_GATES = (
    re.compile(r"b[ \t]*[o0][ \t]*c\s*b"),
    re.compile(r"t[ \t]*h[ \t]*u\s*h"),
)
#: an OCR'd "I" read back as the capital it was, so that "TAl LlEU THU HOl" counts as capitals
_OCR_I_UPPER = str.maketrans("l1|!", "IIII")
#: "tài liệu thu hồi" said of the document at hand in a sentence (folded): what it is ("là
#: tài liệu thu hồi", "thuộc diện tài liệu thu hồi") with nothing after it that makes it a
#: noun phrase ("... thu hồi được tại hiện trường", seized; "... thu hồi đất", land
#: recovery), or the stamp's meaning said ("tài liệu thu hồi sau họp")
_RECALLED_IS = re.compile(r"(?<![a-z])(?:la|thuoc(?:\s+(?:dien|loai))?)\s+$")
_RECALLED_ENDS = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$|(?:nen|nhung|ma|roi|a|nhe|do)(?![a-z]))")
_RECALLED_AFTER = re.compile(
    r"[ \t]+sau\s+(?:khi\s+)?(?:hop|hoi\s+nghi|cuoc\s+hop|ky\s+hop)(?![a-z])"
)
#: a key before a level, on the folded line: "Phân loại: Mật", "độ mật của văn bản: mật",
#: "secrecy": "Tối mật"
_LEFT_LABEL = re.compile(
    r"(?<![a-z])(?:do[\s_]*mat|phan\s+loai|secrecy|classification|security\s+level)"
    r"(?:\s+[a-z]+){0,3}" + _WRAP + r"[:=|\t;>]" + _WRAP + r"$"
)
#: the stamp named in chat: "có đóng dấu Tối mật", "dấu "Mật" ở góc" (on the lower-case text);
#: or the line, the words of the page it is: "góc trên có dòng tuyệt mật màu đỏ", "có chữ TỐI
#: MẬT", "in dòng chữ mật" (typed plain, "co dong" may be "cổ đông": a level without diacritics
#: then needs where the stamp stands, as after "dau")
_STAMP_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:dấu|dau|stamp|stamped|says|reads|marked|labell?ed|ghi"
    r"|(?:dấu|dau)\s+(?:là|la)|watermark(?:\s+(?:chữ|chu))?"
    r"|(?:có|co|in|ghi)\s+(?:dòng|dong|câu|cau|chữ|chu)|(?:dòng|dong)\s+(?:chữ|chu))"
    r"\s*[\"'“«]?\s*$"
)
#: the marks a sentence names with their word before them ("tài liệu mật", "dấu mật")
_NAMED_PATTERNS = frozenset(
    {"secrecy.stamp_named", "secrecy.document_named", "secrecy.document_note"}
)
#: the word a lower-case level said of a document takes with it: the document's ("tài liệu
#: mật", "hồ sơ mật", "văn bản tối mật", "tai lieu toi mat"; tests/corpus/PROMPTS.md), or the
#: stamp's before a single "mật" ("dấu mật")
_DOCUMENT_HEAD = re.compile(
    r"(?<![^\W\d_])(?i:tài[ \t]+liệu|tai[ \t]+lieu|văn[ \t]+bản|van[ \t]+ban|hồ[ \t]+sơ|ho[ \t]+so"
    r"|công[ \t]+văn|cong[ \t]+van|báo[ \t]+cáo|bao[ \t]+cao|file)"
    # the form it comes in between ("văn bản điện tử tối mật", "file pdf mật")
    r"(?:[ \t]+(?i:điện[ \t]+tử|dien[ \t]+tu|scan|pdf|word|gốc|goc))?[ \t]$"
)
_STAMP_HEAD = re.compile(r"(?<![^\W\d_])(?i:dấu|dau)[ \t]$")
#: the patterns whose level a document's word may stand before (a sentence naming the mark,
#: a line declaring the document secret)
_HEAD_PATTERNS = _NAMED_PATTERNS | {"secrecy.document_line"}
#: the act of stamping just before a level: "đóng dấu tối mật", "dong dau tuyet mat"
_STAMPING = re.compile(
    r"(?<![^\W\d_])(?:(?:đóng|dong|đã đóng|da dong)\s+(?:dấu|dau)|stamped|marked)\s*[\"'“«]?\s*$"
)
#: where the stamp stands, after it (its colour may come first): "dau mat o goc trai", "dấu mật
#: phía trên", "dau mat do o goc trai"
_PLACE_AFTER = re.compile(
    r"[\"'”»]?\s*(?:(?:do|đỏ)(?![^\W\d_])\s*)?,?\s*(?:(?:o|ở|tai|tại)\s+)?"
    r"(?:goc|góc|phia|phía|tren|trên|bia|bìa|dau trang|"
    r"đầu trang|cuoi trang|cuối trang|mau do|màu đỏ|in red"
    # in English: "stamped mat at the top right", "marked toi mat on the cover"
    r"|(?:at|on|in)\s+the\s+(?:top|corner|cover|header|first\s+page)|top\s+(?:right|left))"
    r"(?![^\W\d_])"
)
#: after a level, the stamp's word and where it stands, in English: "tuyet mat stamped at the
#: top left", "toi mat marked on the cover" (folded)
_STAMPED_THERE = re.compile(
    r"[\"'”»]?\s*(?:stamped|marked|printed)\s+(?:at|on|in)\s+the\s+"
    r"(?:top|corner|cover|header|first\s+page|upper)(?![a-z])"
)
#: where the stamp stands, before it: "goc trai co dau toi mat", "phia tren dong dau mat",
#: "góc trên có chữ toi mat" (folded text, the window ending at "dau" or the words' "chu")
_PLACE_BEFORE = re.compile(
    r"(?<![a-z])(?:goc|phia\s+tren|tren\s+cung|dau\s+trang|bia)(?:\s+[a-z]+){0,3}\s+"
    r"(?:(?:co\s+|dong\s+|co\s+dong\s+)?dau|(?:co|in|ghi)\s+(?:dong\s+)?chu)\s*$"
)
#: a document that has the stamp, before it: "van ban co dau mat", "file scan nay co dau mat",
#: "cong van da dong dau mat" (folded text, the window ending at "dau"); a person has eye pain
#: instead ("toi bi dau mat", "ban nay co dau mat": "bạn" is no document)
_DOCUMENT_HAS_STAMP = re.compile(
    r"(?<![a-z])(?:van\s+ban|cong\s+van|tai\s+lieu|ho\s+so|bao\s+cao|to\s+trinh|quyet\s+dinh"
    r"|file|ban\s+(?:scan|chup|photo|goc))(?:\s+(?:nay|do|kia|scan|pdf|word|goc|chup)){0,2}\s+"
    r"(?:co|co\s+dong|da\s+dong|duoc\s+dong)\s+dau\s*$"
)
#: a level glued back from letters spaced out ("t u y ệ t m ậ t" -> "tuyệtmật"): no word of
#: the language, in any case, once spelled with its diacritics
_GLUED_LEVEL = re.compile(
    r"(?<![^\W\d_])(tuyệtmật|tốimật|tuyetmat|TOIMAT)(?![^\W\d_])", re.IGNORECASE
)
#: the single level opening the text before a separator ("mật | báo cáo ...")
_OPENING_STAMP = re.compile(r"[ \t*\[(\"'“«]*(mật|mat)[ \t\]\)\"'”»]*[|:\-–—\t][ \t]*\S")
#: a document's type line, folded: what a stamp stands above ("mat\nbao cao ...", "mat\nnhan
#: xet can bo: ..."; a personnel evaluation and a resolution are documents too; not "de an",
#: typed plain as often "để an toàn" as "đề án")
_DOCUMENT_TYPES = re.compile(
    r"(?:bao\s+cao|ke\s+hoach|quyet\s+dinh|cong\s+van|to\s+trinh|danh\s+sach|phuong\s+an|"
    r"thong\s+bao|chi\s+thi|bien\s+ban|ho\s+so|tai\s+lieu|van\s+ban|nhan\s+xet\s+(?:can\s+bo|"
    r"dang\s+vien|cong\s+chuc|danh\s+gia)|nghi\s+quyet)(?![a-z])"
)
#: "do" typed plain after a level, then the clause ends: "đó" (that), not "độ" (density, which
#: takes its complement: "mat do dan so"): "gui e cai file mat do di", "file mat do, tom tat"
_THAT_ENDS = r"(?:[ \t]*(?:[,.;!?\n]|$)|[ \t]+(?:di|nhe|nha|giup|voi|a)(?![^\W\d_]))"
_PLAIN_THAT = re.compile(r" do" + _THAT_ENDS)
#: a document's word just before the level (lower case, typed plain)
_PLAIN_DOC_BEFORE = re.compile(r"(?<![^\W\d_])(?i:file|tai lieu|van ban|ho so|cong van) $")
#: a document pointed at in chat: "văn bản mật này", "đây là tài liệu mật" (lower-case text)
_DOC = (
    r"(?:(?:tài liệu|văn bản|hồ sơ|file|công văn|báo cáo|tai lieu|van ban|ho so|cong van|bao cao)"
    # the form it comes in: "văn bản điện tử tối mật", "file pdf mật này"
    r"(?:\s+(?:điện tử|dien tu|scan|pdf|word|gốc|goc))?)"
)
_LEVEL_WORDS = r"(tuyệt mật|tối mật|mật|tuyet mat|toi mat|mat)"
_DEIXIS = re.compile(
    r"(?<![^\W\d_])(?:" + _DOC + r"\s+" + _LEVEL_WORDS + r"\s+(?:này|nhé|đây|đó|kia|nè|nha|"
    r"dưới đây|đính kèm|nay|nhe|day|ne|duoi day|dinh kem|do(?=" + _THAT_ENDS + r"))"
    r"|(?:đây là|day la)\s+" + _DOC
    + r"\s+" + _LEVEL_WORDS
    # where this one came from, whose it is: "tài liệu mật bên ban tổ chức gửi", "văn bản mật
    # sếp vừa chuyển"; with diacritics only: typed plain, "ho so mat anh oi" is as often
    # "hồ sơ mất" (lost); "mật mà" reads as "mật mã" (a cipher)
    + r"|(?:tài liệu|văn bản|hồ sơ|công văn|báo cáo)\s+(tuyệt mật|tối mật|mật)"
    r"\s+(?:bên|vừa|sếp|anh|chị|em|mình)"
    # typed plain, a document's word and "bên" / "sếp" after: "tai lieu mat ben to chuc gui"
    + r"|(?:tai lieu|van ban)\s+(tuyet mat|toi mat|mat)\s+(?:ben|sep)"
    + r")(?![^\W\d_])"
)  # fmt: skip
#: a document pointed at, then its level: "văn bản này thuộc độ MẬT", "tài liệu này là tối mật"
#: (on the lower-case text, the level last: the window ends where the level does)
_THIS_DOC_LEVEL = re.compile(
    r"(?<![^\W\d_])" + _DOC + r"\s+(?:này|nay|đó|trên|tren|dưới đây|duoi day|đính kèm|dinh kem)"
    r"\s+(?:thuộc|thuoc|là|la|có|co|ở|o|được xếp|duoc xep|xếp|xep|mang|được đóng dấu|duoc dong dau)"
    r"\s+(?:(?:độ|do|mức|muc|cấp|cap|loại|loai|diện|dien)\s+(?:mật\s+|mat\s+)?(?:là\s+|la\s+)?)?"
    # "tài liệu này là (một) tài liệu mật": the document named again before its level
    r"(?:(?:một\s+|mot\s+)?" + _DOC + r"\s+)?"
    r"[\"'“«]?\s*" + _LEVEL_WORDS + r"$"
    # no copula, the level spelled with its diacritics ("tài liệu này mật nhé"; "tai lieu nay
    # mat" may be "tài liệu này mất", lost)
    r"|(?<![^\W\d_])" + _DOC + r"\s+(?:này|đó|trên|đính kèm)\s+(tuyệt mật|tối mật|mật)$"
)
#: "độ mật tuyệt mật", "do mat toi mat": a two-word level straight after the key (no separator)
_LABEL_BARE = re.compile(r"[ \t]+(tuyet[ \t]+mat|toi[ \t]+mat)(?![a-z])")
#: a document named with its level, then what it is ("tài liệu tối mật về nhân sự:", "tai lieu
#: toi mat cua so"), on the folded text: the word after the level, or a separator
_DOC_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:tai\s+lieu|van\s+ban|ho\s+so|cong\s+van|bao\s+cao)"
    r"(?:\s+(?:dien\s+tu|scan|pdf|word|goc))?|file\s+(?:pdf|word|scan))\s+$"
)
_DOC_LEVEL_FOLLOWS = re.compile(
    r"\s*(?:[:(\-–—]|\s(?:ve|cua|so|nay|kem|dinh\s+kem|gui|do|tu|sau|duoi\s+day|ben\s+duoi|"
    r"o\s+duoi|nhe|nha|ne)(?![a-z]))"
)
#: "văn bản tối mật nên bạn đừng lưu": "so", then the one asked (not "nên được bảo quản",
#: "should be kept", a rule for every such document), folded
_SO_YOU_AFTER = re.compile(
    r"\s*,?\s(?:nen|vi\s+vay|vi\s+the|cho\s+nen)\s+(?:ban|em|anh|chi|minh|cau|ad)(?![a-z])"
)
#: a plural before the document noun: a class of documents ("các tài liệu tối mật nên ...")
_PLURAL_BEFORE = re.compile(r"(?<![a-z])(?:cac|nhung|moi|tat\s+ca)\s+$")
#: what is done to documents of a level in rules, not to the one at hand ("bảo quản tài liệu
#: tối mật của cơ quan"): the verb before the document names a class of documents
_REGULATED = re.compile(
    r"(?<![a-z])(?:bao\s+quan|bao\s+ve|quan\s+ly|tieu\s+huy|van\s+chuyen|giao\s+nhan|"
    r"luu\s+giu|danh\s+muc|xac\s+dinh|phan\s+loai|cac\s+loai|doi\s+voi|quy\s+dinh\s+ve|"
    r"soan\s+thao|sao\s+chup|mang\s+ra\s+ngoai)\s+(?:cac\s+|nhung\s+)?$"
)
#: what may follow a level that ends a clause ("thuộc độ MẬT, không được phổ biến")
_LEVEL_ENDS = re.compile(r"[\"'”»]?\s*(?:[,.;:!?)\]\n]|$)")
#: the envelope letter named in a line about the envelope (bì): "ngoài bì đóng dấu chữ "A""
_ENVELOPE = re.compile(
    r"(?:(?:dấu|ký hiệu|kí hiệu)\s+(?:chữ\s+)?[\"“']?([ABC])[\"”']?|chữ\s+[\"“']([ABC])[\"”'])"
    r"(?=\s*(?:$|[.,;:)]|(?:ở|lên|vào|trên|ngoài|bên)\s))",
    re.MULTILINE,
)
#: a table cell holding one of the letters A, B, C alone
_CELL_LETTER = re.compile(r"(?:^|[|\t;])[ \t]*([ABC])[ \t]*(?=[|\t;]|$)", re.MULTILINE)
_ENVELOPE_WORD = re.compile(r"(?<![^\W\d_])(?:phong bì|bì|bao bì)(?![^\W\d_])")
#: a document's number line: "Số: 215/BC-UBND", "so: 12/qd-ubnd" (folded)
_NUMBER_LINE = re.compile(r"[ \t*]*so[ \t]*:[ \t]*\d+[^\s]*/")
#: a document's header block near a line: the number line, the motto, a type line
_HEADER_CONTEXT = re.compile(
    r"(?:^|\n)[ \t]*so[ \t]*:|cong hoa xa hoi|doc lap\s*-\s*tu do|/[a-z]{1,5}-[a-z]{2,}|"
    r"kinh gui|trich yeu|(?:^|\n)[ \t]*v/v|(?:^|\n)[ \t]*ve viec|"
    # a type line or a control stamp alone on its line ("báo cáo", "tài liệu thu hồi")
    r"(?:^|\n)[ \t]*(?:bao cao|ke hoach|quyet dinh|thong bao|to trinh|chi thi|ket luan|bien ban|"
    r"tai lieu thu hoi)[ \t]*(?:\n|$)",
)
#: words before a lone "MAT" (no diacritics) that make it a stamp: "dau MAT", "tai lieu MAT"
_STAMP_WORDS = re.compile(r"(?<![a-z])(?:dau|con dau|dong dau|tai lieu|van ban|ho so|stamp)\s+$")
#: words before or after a capital "MẬT" that make it part of a phrase, not a stamp
_PHRASE_BEFORE = frozenset({"do", "bi", "bao", "giai", "mat", "than", "tuyet", "toi"})
_PHRASE_AFTER = frozenset({"khau", "ong", "ma", "do", "thiet", "danh", "vu", "bao", "thu", "mat"})
#: words after a level that name the stamp's colour, not a phrase ("dấu mật đỏ")
_STAMP_COLOURS = frozenset({"đỏ", "màu"})
#: document nouns that may stand in capitals before a lone "MẬT" at the start of a line
_DOCUMENT_NOUNS = ("TÀI LIỆU", "VĂN BẢN", "HỒ SƠ", "TAI LIEU", "VAN BAN", "HO SO")

# What "mat" must have been in the original: ậ/Ậ, â/Â (OCR) or a bare a/A (OCR lost the
# marks); ặ/Ặ ("mặt", face), à/À and ạ/Ạ (OCR: "MÀT", "MẠT") only where a stamp stands.
_MAT_LETTERS = frozenset("ậẬâÂaA")
_FACE_LETTERS = frozenset("ặẶàÀạẠ")
# OCR and hasty typing lose part of the letter's marks ("TÓI MẬT", "TỒI MẬT", "TUYÊT MẬT"); not
# "ô" ("TÔI" is "I") but where a stamp stands, nor "ê"'s own word forms
_TOI_LETTERS = frozenset("ốỐoOóÓòÒồỒổỔỗỖỏỎọỌ")
_TUYET_LETTERS = frozenset("ệỆeEêÊẹẸéÉềỀểỂễỄ")


#: what may stand around a stamp on its line
_STAMP_DECOR = " \t\r[](){}<>«»\"'`*_=~|#:.-–—•"


def _recalled_said(folded: str, s: int, e: int) -> bool:
    """Whether a lower-case "tài liệu thu hồi" at ``s:e`` says what the document at hand is
    (see :data:`_RECALLED_IS`), not documents seized or land recovered."""
    if _RECALLED_AFTER.match(folded, e) is not None:
        return True
    return (
        _RECALLED_IS.search(folded, max(0, s - 16), s) is not None
        and _RECALLED_ENDS.match(folded, e) is not None
    )


def _is_mat(original: str, start: int, end: int, *, stamp_place: bool = False) -> bool:
    """Check, on the ORIGINAL letters, that a folded 'mat'-phrase really spells 'mật'
    ('mặt' too when ``stamp_place`` or after TUYỆT: OCR reads the stamp's dot as a breve)."""
    compact = original[start:end]
    if not compact.isalpha():
        compact = "".join(compact.replace("_", " ").replace("-", " ").replace("–", " ").split())
        if len(compact) not in (3, 6, 8):
            # "M|Ậ|T", "T.Ố.I M.Ậ.T": a stamp's letters parted by bars or dots (a bar read as
            # the "I" of "TỐI" is kept above: "TỐ| MẬT")
            compact = "".join(compact.translate(_LETTER_SEPARATORS).split())
    n = len(compact)
    if n not in (3, 6, 8):
        return False
    middle = compact[-2]
    # "tuyệt mặt" is no phrase: after TUYỆT the breve is OCR's wherever the level stands
    if middle not in _MAT_LETTERS and not ((stamp_place or n == 8) and middle in _FACE_LETTERS):
        return False
    if n == 6 and compact[1] not in _TOI_LETTERS and not (stamp_place and compact[1] in "ôÔ"):
        return False  # "TÔI MẬT" only where a stamp stands: OCR lost the acute of "TỐI"
    if n == 6 and compact[2] not in "iIl1|":
        return False  # (OCR reads the "I" of "TỐI" as "l", "1" or "|": "TÓl MẬT")
    return not (n == 8 and compact[3] not in _TUYET_LETTERS)


#: cheap necessary conditions, on the folded window, before the dearer patterns run
_DOC_FOLDED = re.compile(r"tai lieu|van ban|ho so|file|cong van|bao cao")  # _DEIXIS needs one
#: one of these is near every level rules 2c and 3 find (the three above, and "(" for _NOTE):
#: characters and words looked for with substring tests in the window (``_has_context``), a
#: fraction of what a search for their alternation costs, trying each of its 75 places
_CONTEXT_CHARS = ":=|\t;>("
_CONTEXT_WORDS = ("dau", "stamp", "says", "reads", "marked", "label", "ghi", "tai lieu", "van ban",
                  "ho so", "file", "cong van", "bao cao", "co dong", "in dong", "co chu",
                  "dong chu", "co cau", "watermark")  # fmt: skip


#: a key's separator, then a value whose letters are parted one by one (folded): "Độ mật:
#: M|Ậ|T", "do_mat = T.O.I M.A.T", "| Độ mật | T . Ố . I  M . Ậ . T |"
_SEPARATED_VALUE = re.compile(
    _WRAP + r"[:|\t=]" + r"[ \t\"'`*]*([a-z](?:[ \t]*[.|\-·_/][ \t]*[a-z]|[ \t]{1,3}[a-z]){2,})"
)


def _separated_value(doc: Document, start: int, line_end: int) -> tuple[int, int] | None:
    """The span of a key's value written with its letters parted (:data:`_SEPARATED_VALUE`)
    when, the separators gone, it is a level spelled as one (with diacritics or in capitals,
    "mật" on its letters) and fills the rest of its line or cell."""
    text, folded = doc.text, doc.folded
    m = _SEPARATED_VALUE.match(folded, start, line_end)
    if m is None:
        return None
    s, e = m.span(1)
    if text[e:line_end].strip(_STAMP_DECOR):
        return None
    if "".join(folded[s:e].translate(_LETTER_SEPARATORS).split()) not in _COMPACT_LEVELS:
        return None
    seg = text[s:e]
    if not (_has_diacritics(seg) or seg.isupper()) or not _is_mat(text, s, e, stamp_place=True):
        return None
    return s, e


def _split_level(text: str, start: int, head_end: int, end: int) -> bool:
    """Whether ``text[start:end]``, a two-word level parted by a cell's bar or by OCR (see
    :data:`_LABEL_SPLIT`), spells one on its letters: "mật" last (:func:`_is_mat`, where a
    stamp stands) and the first word "TỐI" (its "I" lost or read as "l", "1") or "TUYỆT"."""
    head = text[start:head_end]
    if not _is_mat(text, end - 3, end, stamp_place=True):
        return False
    if len(head) == 5:
        return head[3] in _TUYET_LETTERS
    return head[1] in _TOI_LETTERS or head[1] in "ôÔ"


def _has_context(folded: str, lo: int, hi: int) -> bool:
    """Whether ``folded[lo:hi]`` holds one of ``_CONTEXT_CHARS`` or ``_CONTEXT_WORDS``."""
    window = folded[lo:hi]
    for ch in _CONTEXT_CHARS:
        if ch in window:
            return True
    for word in _CONTEXT_WORDS:  # noqa: SIM110 - a loop: no generator frame on every call
        if word in window:
            return True
    return False


#: a Markdown heading's marks opening a line
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
#: one of these stands before every level _STAMP_BEFORE reads
_STAMP_FOLDED = re.compile(r"dau|stamp|says|reads|marked|label|ghi|dong|chu|cau|watermark")
#: a column headed "Độ mật" needs these letters somewhere in the text
_DO_MAT = re.compile(r"do[\s_]*(?:bao[\s_]*)?mat(?![a-z])")
#: a table's column of secrecy levels, by its header cell folded and run together: "Độ mật",
#: "DoMat", "do_mat", "Mức độ mật", "Độ bảo mật"
_SECRECY_COLUMNS = frozenset(("domat", "mucdomat", "dobaomat", "mucdobaomat"))
#: a level that is a whole cell of a table's row (tabs, pipes, semicolons, commas)
_CELL_LEVEL = re.compile(
    r"(?:^|[|\t;,])[ \t\"']*(tuyet[ \t]+mat|toi[ \t]+mat|mat)[ \t\"']*(?=[|\t;,\r]|$)",
    re.MULTILINE,
)
#: a level that is a whole SQL value (inside its quotes)
_SQL_LEVEL = re.compile(r"[ \t]*(tuyet[ \t]+mat|toi[ \t]+mat|mat)[ \t]*")
_DIGIT = re.compile(r"\d")
#: "bi" as a word on the folded text (a literal first: the engine's fast path); "bì" is the
#: one whose letter is ì/Ì
_BI_WORD = re.compile(r"bi(?![a-z])")

#: words before "mật" that make it an ordinary word, whatever follows ("bí mật", "bảo mật"):
#: no rule reads a level after them when they stand after a space, a tab, a line break, "(",
#: a quote or at the start, one space before "mật"
_ORDINARY_OPENING = ("bi ", "bao ", "giai ", "than ")

_QUOTES = "\"'“”‘’«»`*"
_ENUMERATION = re.compile(
    # a short note in brackets may gloss the first ("Tuyệt mật (cao nhất), Tối mật, Mật")
    rf"[\s{_QUOTES}\])]*(?:\([^()\n]{{0,30}}\)[\s{_QUOTES}]*)?"
    rf"(?:,|;|/|va\b|hoac\b|hay\b)[\s{_QUOTES}\[(]*(?:tuyet\s+mat|toi\s+mat|mat)\b"
)
#: a level listed after another: "“MẬT”, “TỐI MẬT” hoặc “TUYỆT MẬT”" (the law's levels named)
_ENUMERATED_BEFORE = re.compile(
    rf"(?<![a-z])mat[\s{_QUOTES}\])]*(?:,|;|/|va|hoac)[\s{_QUOTES}\[(]*$"
)
#: an example or a template named before a stamp in its sentence: "Ví dụ: dấu “TỐI MẬT” ..."
_EXAMPLE_BEFORE = re.compile(r"(?<![a-z])(?:vi du|chang han|thi du|e\.g\.|for example|mau dau)")
# literal first: the engine's fast substring search (a look-behind in front costs 30x);
# the left word boundary is checked in Python
_MAT = re.compile(
    r"mat(?![a-z])"
    # "bí mật", "bảo mật" (_ORDINARY_OPENING) skipped by the engine: look-behinds after the
    # literal keep its fast path
    + "".join(rf"(?<![ \t\n(\"']{w}mat)(?<!^{w}mat)" for w in _ORDINARY_OPENING)
)
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_WORD_AFTER = re.compile(r"\s*(\S+)")


#: what a page's footer or header line holds beside a level: its page number ("Trang 3/7",
#: "trang 2") or its copy number ("Bản số 04", only secret documents are numbered by copy)
_PAGE_OR_COPY = re.compile(r"(?<![a-z])(?:trang\s+\d+(?:\s*/\s*\d+)?|ban\s+so\s*:?\s*\d+)")
#: the separators of a footer's fields
_FIELD_SEPARATORS = "|•·–—-"
#: a level as one field: the separators (or the line's ends) around it
_FOOTER_LEVEL = re.compile("(" + _LEVEL + ")")


def _footer_field(folded: str, pos: int, line_start: int, line_end: int) -> tuple[int, int] | None:
    """A level that is a whole field of a footer or header line holding a page or copy
    number ("Trang 3/7 | MẬT | Bản số 04"): the level's span, else ``None``."""
    line = folded[line_start:line_end]
    if len(line) > 120 or (" - " not in line and not any(c in line for c in "|•·")):
        return None
    if _PAGE_OR_COPY.search(folded, line_start, line_end) is None:
        return None
    for m in _FOOTER_LEVEL.finditer(folded, max(line_start, pos - 6), min(line_end, pos + 3)):
        s, e = m.span(1)
        if not s <= pos < e:
            continue
        before = folded[line_start:s].rstrip(" \t")
        after = folded[e:line_end].lstrip(" \t")
        if (not before or before[-1] in _FIELD_SEPARATORS) and (
            not after or after[0] in _FIELD_SEPARATORS
        ):
            return s, e
    return None


def _parenthesised(
    text: str, folded: str, pos: int, line_start: int, line_end: int
) -> tuple[int, int] | None:
    """A level alone in parentheses, written with its diacritics: "(Tối mật)", "(Tuyệt mật)"
    in any case, "(Mật)" with its capital (a lower-case "(mật)" says which kind of honey or
    bile as often as it marks). Levels listed in brackets name the levels, mark nothing."""
    for m in _PAREN_LEVEL.finditer(folded, max(line_start, pos - 10), min(line_end, pos + 6)):
        s, e = m.span(1)
        if not s <= pos < e or not _is_mat(text, s, e):
            continue
        # without diacritics ("(Toi mat)" may be "tôi mất") only after a part of a document
        part = _PART_BEFORE.search(folded, max(line_start, m.start() - 24), m.start())
        if not _has_diacritics(text[s:e]) and part is None:
            continue
        if e - s == 3 and not text[s].isupper():
            continue
        if _PAREN_LISTED_BEFORE.search(folded, max(line_start, m.start() - 12), m.start()):
            continue
        if _PAREN_GLOSSED.search(folded, max(line_start, m.start() - 16), m.start()):
            continue  # "secret (Tối mật)": the level translated, a gloss
        others = _PAREN_LEVEL.finditer(folded, line_start, line_end)
        if any(o.start() != m.start() for o in others):
            continue  # more than one on the line: the levels listed, not a part marked
        return s, e
    return None


#: a part of a document and its number just before the brackets: "Phụ lục 2 (...)", "Mục
#: III (...)", "Báo cáo số 12 (...)"
_PART_BEFORE = re.compile(
    r"(?<![a-z])(?:phu\s+luc|muc|chuong|phan|bieu(?:\s+mau)?|bang|tai\s+lieu|van\s+ban|"
    r"bao\s+cao|ho\s+so|so\s+do)(?:\s+(?:so\s+)?[0-9ivxlc]+[a-z]?[.]?)?\s*$"
)
#: an English level just before the brackets: the Vietnamese level given as its translation
_PAREN_GLOSSED = re.compile(r"(?<![a-z])(?:top\s+secret|secret|confidential)\s*$")


#: what joins two bracketed levels into a list: a comma, a slash, "và", "hoặc", "hay"
_BRACKETS_JOINED = re.compile(r"\s*(?:[,;/]|(?:va|hoac|hay|and|or)(?![a-z]))\s*$", re.IGNORECASE)


def _brackets_listed(
    pattern: re.Pattern[str], view: str, m: re.Match[str], line_start: int, line_end: int
) -> bool:
    """Whether the bracketed level ``m`` is one of several joined as a list on its line ("ba
    độ [tuyệt mật], [tối mật] và [mật]"): the levels named, no part marked. Two tags side by
    side with nothing joining them ("[MẬT] [KHẨN]") are not a list."""
    for other in pattern.finditer(view, line_start, line_end):
        if other.start() == m.start():
            continue
        first, second = (other, m) if other.start() < m.start() else (m, other)
        if _BRACKETS_JOINED.match(view[first.end() : second.start()]):
            return True
    return False


def _has_diacritics(seg: str) -> bool:
    return not seg.isascii()


def _word(token: str) -> str:
    """A token's letters when it is a word ("dấu," -> "dấu", "khẩu</td>" -> "khẩu"); "" for
    "12/BC-UBND"."""
    word = token.split("<", 1)[0].strip(".,;:!?\"'“”‘’()[]«»*-–")
    return word if word.isalpha() else ""


class SecrecyMarkDetector:
    id = "vn.secrecy_mark"
    entities = (EntityType.STATE_SECRET_MARK,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        """Every mark :meth:`_found` reads, a level's "mật" read whole with the first word
        before it (:func:`_whole_level`): "T O | M A T" is "tối mật", not "mật"."""
        for d in self._found(doc):
            if d.end - d.start < 12:
                start = _whole_level(doc, d.start, d.end)
                if start is not None:
                    d = dataclasses.replace(d, start=start)
            yield d

    def _found(self, doc: Document) -> Iterator[Detection]:
        spans: set[tuple[int, int]] = set()
        rows = list(_level_rows(doc)) if "mat" in doc.folded and "|" in doc.text else []
        for highest, _cells in rows:
            spans.add(highest)
            yield Shape(
                EntityType.STATE_SECRET_MARK, "secrecy.level_row", scores.SECRECY_LABEL
            ).hit(self.id, *highest, scores.SECRECY_LABEL, True)
        for d in self._detect_all(doc):
            if rows and any(a <= d.start and d.end <= b for _, cells in rows for a, b in cells):
                continue  # a level of a row whose highest level is reported
            if (d.start, d.end) not in spans:
                spans.add((d.start, d.end))
                yield d
        for s, e in garbled_lines(doc, _GARBLED_LEVEL):
            if not any(a < e and s < b for a, b in spans):
                spans.add((s, e))
                yield Shape(
                    EntityType.STATE_SECRET_MARK,
                    "secrecy.garbled_line",
                    scores.SECRECY_CUED_NO_DIACRITICS,
                ).hit(self.id, s, e, scores.SECRECY_CUED_NO_DIACRITICS, True)
        for s, e in _respaced_lines(doc):
            # a part of the line found alone ("MẬT" of "TỐ I MẬT") gives way to the whole line
            if not any(a < e and s < b and not s <= a <= b <= e for a, b in spans):
                spans.add((s, e))
                score = (
                    scores.SECRECY_STAMP_LINE
                    if _has_diacritics(doc.text[s:e])
                    else scores.SECRECY_STAMP_LINE_NO_DIACRITICS
                )
                yield Shape(EntityType.STATE_SECRET_MARK, "secrecy.respaced_line", score).hit(
                    self.id, s, e, score, True
                )
        for s, e in _vertical_levels(doc):
            if not any(a < e and s < b for a, b in spans):
                spans.add((s, e))
                yield Shape(
                    EntityType.STATE_SECRET_MARK, "secrecy.vertical", scores.SECRECY_LONE_CAPS
                ).hit(self.id, s, e, scores.SECRECY_LONE_CAPS, True)
        if "/" in doc.text and "mat" in doc.folded:
            yield from self._inline(_numbered_levels(doc), spans, "secrecy.numbered")
        if "mat" in doc.folded and "." in doc.text:
            yield from self._inline(_file_name_levels(doc), spans, "secrecy.file_name")
        if "mat" in doc.folded and ("-mat" in doc.folded or "_mat" in doc.folded):
            yield from self._inline(_slug_levels(doc), spans, "secrecy.slug")
        if "m a t" in doc.folded:
            yield from self._inline(_letter_spaced_levels(doc), spans, "secrecy.letter_spaced")
        if "&" in doc.text and ";" in doc.text:
            yield from self._inline(_referenced_levels(doc), spans, "secrecy.referenced")
        if doc.original is not doc.text and "mat" in doc.folded:
            yield from self._inline(_veiled_levels(doc), spans, "secrecy.veiled")
        if cell_pair_in(doc.folded, _LEVEL_CELLS):
            yield from self._inline(_word_cell_levels(doc), spans, "secrecy.word_cells")
        if ".mat" in doc.folded or "|mat" in doc.folded:  # (what _JOINED_LEVEL needs)
            yield from self._inline(_joined_levels(doc), spans, "secrecy.joined")

    def _inline(
        self, found: Iterator[tuple[int, int]], spans: set[tuple[int, int]], pattern: str
    ) -> Iterator[Detection]:
        """The levels one more reading ``found``, where no level was found before, each a
        detection of ``pattern`` at the inline score."""
        shape = Shape(EntityType.STATE_SECRET_MARK, pattern, scores.SECRECY_CAPS_INLINE)
        for s, e in found:
            if not any(a < e and s < b for a, b in spans):
                spans.add((s, e))
                yield shape.hit(self.id, s, e, scores.SECRECY_CAPS_INLINE, True)

    def _detect_all(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        for d in scan_unveiled(doc, self._detect):
            if d.pattern in _HEAD_PATTERNS and text[d.start].islower():
                # "tài liệu mật", "hồ sơ mật", "dấu mật" said in a sentence: the level "mật" in
                # lower case is every third word of the language, the phrase is the mark; a
                # two-word level said of a document takes the document's word as well
                # ("tài liệu tối mật": typed plain, "tai lieu toi mat" may be "tôi mất", and
                # the document's word is what reads it), one rule for every lower-case level.
                # In capitals ("dấu MẬT", "Tài liệu TỐI MẬT") the stamp's own text stands alone.
                head = _DOCUMENT_HEAD.search(text, max(0, d.start - 20), d.start)
                if head is None and d.end - d.start == 3:
                    head = _STAMP_HEAD.search(text, max(0, d.start - 5), d.start)
                if head is not None:
                    d = dataclasses.replace(d, start=head.start())
            elif d.end - d.start == 3 and text[d.start : d.end].isupper():
                # "MẬT" found alone where the level's first word stands before it, read by OCR
                # or cut by markup ('"TỐl MẬT"', "TỐI</span> <span>MẬT"): the stamp is both
                start = _level_lead(doc, d.start)
                if start is not None:
                    d = dataclasses.replace(d, start=start)
            yield d

    def _detect(self, doc: Document) -> Iterator[Detection]:
        folded = doc.folded
        english = "secret" in folded or "confidential" in folded
        control = any(g.search(folded) is not None for g in _CONTROL_GATES)
        copy = _COPY_GATE.search(folded) is not None
        if not english and "mat" not in folded and "bi" not in folded and not (control or copy):
            return
        text = doc.text
        seen: set[int] = set()

        def hit(start: int, end: int, score: float, pattern: str) -> Detection:
            seen.add(start)
            return Shape(EntityType.STATE_SECRET_MARK, pattern, score).hit(
                self.id, start, end, score, True
            )

        if english:
            yield from _english_marks(text, hit)

        if "mat" in folded:
            yield from self._marks(doc, hit, seen)
            yield from _document_lines(doc, hit, seen)
            yield from _quoted_levels(doc, hit, seen)
        if _column_key(doc):
            # "| Số | Độ mật |" heading a column of envelope letters
            for m in _CELL_LETTER.finditer(text):
                s = m.start(1)
                if s not in seen and _secrecy_column(column_header(doc, s)):
                    yield hit(s, s + 1, scores.SECRECY_ENVELOPE_LETTER, "secrecy.envelope")
            # a register exported by a document system ("So;Ngay;TrichYeu;DoMat" over
            # "902/UBND-NC;03/11/2026;...;Tuyệt mật"): a level that is the whole cell of the
            # secrecy column is the document's mark, however it is written
            for m in _CELL_LEVEL.finditer(folded):
                s, e = m.span(1)
                if s not in seen and _secrecy_column(column_header(doc, s)):
                    yield hit(s, e, scores.SECRECY_LABEL, "secrecy.column_value")
        if "mat" in folded and _DO_MAT.search(folded) is not None:
            # a register's SQL dump ("INSERT INTO van_ban (so_hieu, do_mat) VALUES ('12/BC',
            # 'Tối mật')"): the same column named by the statement's column list
            for column, s, e in inserted_values(doc):
                if s not in seen and _secrecy_column(column) and _SQL_LEVEL.fullmatch(folded, s, e):
                    yield hit(s, e, scores.SECRECY_LABEL, "secrecy.column_value")
        envelope_lines: set[int] = set()
        for bi in _BI_WORD.finditer(folded):
            b = bi.start()
            if text[b + 1] not in "ìÌ" or (b > 0 and folded[b - 1].isalpha()):
                continue  # "bí", "bị", or not a word of its own
            ls, le = line_bounds(text, b)
            if ls in envelope_lines or not _ENVELOPE_WORD.search(text[ls:le].lower()):
                continue
            envelope_lines.add(ls)
            for m in _ENVELOPE.finditer(text, ls, le):
                group = next(g for g in (1, 2, 3, 4) if m.start(g) >= 0)
                yield hit(*m.span(group), scores.SECRECY_ENVELOPE_LETTER, "secrecy.envelope")
        for m in _control_stamps(folded) if control else ():
            s, e = m.span(1)
            if (
                folded[s] == "t"
                and not text[s:e].translate(_OCR_I_UPPER).isupper()
                and not _alone_on_line(text, s, e)
                and not _whole_cell(text, s, e)
                and _STAMP_BEFORE.search(text[max(0, s - 30) : s].lower()) is None
                and not _recalled_said(folded, s, e)
                and not labels_a_request(folded, *line_bounds(folded, s), s, e)
            ):
                continue  # "tài liệu thu hồi được tại hiện trường": documents seized (not
                # "có dấu tài liệu thu hồi": a stamp named)
            ls, le = line_bounds(folded, s)
            if quoted_in_a_question(folded, ls, le, s, e):
                continue  # 'Dấu "TÀI LIỆU THU HỒI" dùng khi nào?': the stamp's words named
            yield hit(s, e, scores.SECRECY_CONTROL_STAMP, "secrecy.control_stamp")

        if copy:
            yield from _copy_stamps(doc, hit)

    def _marks(
        self, doc: Document, hit: Callable[[int, int, float, str], Detection], seen: set[int]
    ) -> Iterator[Detection]:
        """Examine each word folding to "mat" (a literal search: a few hundred per megabyte)."""
        text, folded, cased = doc.text, doc.folded, doc.folded_cased
        done_lines: set[int] = set()
        column_key = _column_key(doc)
        for occ in _MAT.finditer(folded):
            pos = occ.start()
            if pos > 0 and folded[pos - 1].isalpha() and not _glued_level(folded, pos):
                continue
            # Ordinary words first ("bí mật" never comes here: see _MAT): no rule reads a level
            # in them, and a line that holds one is no stamp line (a stamp opening a line is
            # the line's first "mat")
            capitals = cased.startswith("MAT", pos)  # rules 3, 4 and 4b read capitals
            if not capitals and _phrase_follows(text, pos + 3, min(len(text), pos + 64)):
                continue  # "mật khẩu", "mật ong" (rules 2-2c read this too)
            line_start, line_end = line_bounds(folded, pos)
            # 1. the mark alone on its line, or opening it before a dash
            if line_start not in done_lines:
                done_lines.add(line_start)
                found = self._line(doc, line_start, line_end)
                if found is not None:
                    yield hit(*found)
                    continue
            # 1b. a level as a whole field of a page's footer or header line, beside its page or
            # copy number: "Trang 3/7 | MẬT | Bản số 04", "trang 2 - mat - ban so 01"
            footer = _footer_field(folded, pos, line_start, line_end)
            if footer is not None and footer[0] not in seen and _is_mat(text, *footer):
                yield hit(*footer, scores.SECRECY_BRACKETED, "secrecy.footer")
                continue
            lo = max(line_start, pos - 40)
            # 2. "Độ mật: Tối mật", "| Độ mật | Mật |", "do_mat": "A"
            if folded.find("do", max(0, pos - 10), pos) >= 0 and _LABEL_KEY.search(
                folded, max(0, pos - 10), pos
            ):
                reach = line_end
                if folded[max(pos + 3, line_end - 6) : line_end].rstrip().endswith(_LEVEL_HEADS):
                    # a two-word level wrapped over the line break ("Độ mật: Tối" / "mật")
                    reach = (
                        line_bounds(folded, line_end + 1)[1] if line_end < len(folded) else reach
                    )
                m = _LABEL_VALUE.match(folded, pos + 3, min(reach, pos + 60))
                if m is None and (split := _LABEL_SPLIT.match(folded, pos + 3, line_end)):
                    a, b = split.span(1)
                    if (
                        a not in seen
                        and _split_level(text, a, split.end(2), b)
                        and not _phrase_follows(text, b, line_end)
                    ):
                        yield hit(a, b, scores.SECRECY_LABEL, "secrecy.label")
                        continue
                if m is None and (parted := _separated_value(doc, pos + 3, line_end)):
                    if parted[0] not in seen:
                        yield hit(*parted, scores.SECRECY_LABEL, "secrecy.label")
                    continue
                if m is None:
                    m = _LABEL_BARE.match(folded, pos + 3, min(line_end, pos + 30))
                if m is None:
                    m = _LABEL_SAID.match(folded, pos + 3, min(line_end, pos + 30))
                if m is None and _LETTER_KEY_PLACE.fullmatch(folded, line_start, pos):
                    m = _LABEL_LETTER.match(folded, pos + 3, line_end)
                    if m is not None and text[m.start(1)] not in "ABC":
                        m = None  # "độ mật a" typed plain after a space: no key and value
                value_end = line_end
                if m is None and _LABEL_ENDS_LINE.match(folded, pos + 3, line_end):
                    # "Độ mật:" closing its line, the value alone on the next (a PDF's layout)
                    next_end = folded.find("\n", line_end + 1)
                    value_end = len(folded) if next_end < 0 else next_end
                    m = _NEXT_LINE_VALUE.match(folded, line_end + 1, value_end)
                if m is None:
                    control = _LABEL_CONTROL.match(folded, pos + 3, line_end)
                    if control is not None and control.start(1) not in seen:
                        # "Độ mật: Tài Liệu Thu Hồi": the field's value a control stamp, in
                        # any case (a field says what it is; prose does not read so)
                        yield hit(*control.span(1), scores.SECRECY_LABEL, "secrecy.label")
                        continue
                if m is not None and _levels_listed_after_key(text, folded, pos, m.start(1)):
                    m = None  # "dấu chỉ độ MẬT, TỐI MẬT": two levels listed, no key and value
                if m is not None and m.start(1) not in seen:
                    s, e = m.span(1)
                    if e - s == 1:
                        # "Độ mật: A"; "độ mật: a" typed in lower case after a separator
                        if _LETTERS_LISTED.match(folded, e):
                            pass  # 'phong bì ghi "Độ mật: A", "B", "C"': the letters named
                        elif text[s] in "ABC" or (
                            text[s] in "abc" and any(c in folded[pos + 3 : s] for c in ":|=\t")
                        ):
                            # written out as a line of text ("Độ mật: A") the key is the
                            # mark's, the letter alone says nothing; in a field or a cell
                            # ("do_mat": "C") the value is
                            key = _ENVELOPE_KEY.search(folded, max(0, pos - 10), s)
                            if key is not None and key.end() == s:
                                s = key.start()
                            yield hit(s, e, scores.SECRECY_ENVELOPE_LETTER, "secrecy.envelope")
                    elif (
                        _is_mat(text, s, e, stamp_place=True)
                        # "theo độ mật: Tuyệt mật, Tối mật và Mật": the law's levels
                        and not _ENUMERATION.match(folded, e)
                        and not _phrase_follows(text, e, value_end)
                    ):
                        yield hit(s, e, scores.SECRECY_LABEL, "secrecy.label")
                elif (
                    m is None
                    and pos not in seen
                    and _LEVEL_ENDS.match(text, pos + 3) is not None
                    and _this_document(doc, pos, pos + 3, line_start)
                ):
                    # "Văn bản này thuộc độ MẬT": "độ" is no key here, "MẬT" its level
                    yield hit(pos, pos + 3, scores.SECRECY_CAPS_INLINE, "secrecy.document_named")
                continue
            if pos in seen or any(s <= pos for s in seen if s >= lo):
                continue
            # 2b. a cell under a column headed "Độ mật"
            cell = _cell(doc, pos, line_start, line_end) if column_key else None
            if cell is not None:
                s, e = cell
                header = column_header(doc, pos)
                if (
                    header is not None
                    and "do mat" in header
                    and _is_mat(text, s, e, stamp_place=True)
                ):
                    yield hit(s, e, scores.SECRECY_LABEL, "secrecy.column")
                    continue
            # 2d. the level with a note that it is the stamp, as OCR output or a retyped page
            # marks where a stamp was ("... THI HÀNH ÁN MÂT (dấu) lúc 9 giờ", "Tối mật [con
            # dấu đỏ]"): whatever the case, the breve or circumflex OCR gives the dot
            if (
                folded.startswith(("(", "["), pos + 3)
                or folded.startswith((" (", " ["), pos + 3)
                # ... or with the copy's number after it, as a stamp stands beside it ("...TUYỆT
                # MẬT - Bản số 01 ...", lower-cased too)
                or _COPY_AFTER.match(folded, pos + 3, line_end) is not None
            ):
                noted = _NOTED_AS_STAMP.match(folded, pos + 3, line_end) or _COPY_AFTER.match(
                    folded, pos + 3, line_end
                )
                if noted is not None:
                    lead = _LEVEL_LEAD.search(folded, max(line_start, pos - 8), pos)
                    s = pos if lead is None else lead.start()
                    before = _WORD_BEFORE.search(text, line_start, s)
                    prev = fold_word(_word(before.group(1))) if before else ""
                    if (
                        s not in seen
                        and prev not in _PHRASE_BEFORE  # "bí mật (dấu)": no level
                        and _is_mat(text, s, pos + 3, stamp_place=True)
                    ):
                        yield hit(s, pos + 3, scores.SECRECY_BRACKETED, "secrecy.noted_stamp")
                        continue
            # what rules 2c and 3 read around a level: a separator, "(", "dấu", a document
            context = _has_context(folded, max(line_start, pos - 52), min(line_end, pos + 23))
            if not context:
                # ... or a wide gap just before it: a header's column flattened into one line
                near = folded[max(line_start, pos - 10) : pos]
                context = "   " in near or "\t" in near
            # 2c. "Phân loại: Mật"; "có đóng dấu Tối mật"; "văn bản mật này"
            found = self._named(doc, pos, line_start, line_end) if context else None
            if found is not None and found[0] not in seen:
                yield hit(*found)
                continue
            # 3b. a level set apart as a stamp's text: an HTML element's whole content
            # ("<span>tuyệt mật</span>"), or quoted with where it stands after it ('dòng "tói
            # mât" ở góc phải')
            apart = _set_apart(doc, pos, line_start, line_end)
            if apart is not None and apart[0] not in seen:
                yield hit(*apart)
                continue
            # 3. "[MẬT]", "(TỐI MẬT)"; "(Tài liệu mật)"
            for m in _BRACKET.finditer(cased, lo, min(line_end, pos + 6)) if capitals else ():
                s, e = m.span(1)
                if _brackets_listed(_BRACKET, cased, m, line_start, line_end):
                    continue  # "[MẬT], [TỐI MẬT] và [TUYỆT MẬT]": the levels named
                if s not in seen and _is_mat(text, s, e) and text[s:e].isupper():
                    yield hit(s, e, scores.SECRECY_BRACKETED, "secrecy.bracketed")
            if not capitals and folded.find("[", lo, pos) >= 0:
                for m in _BRACKET_LOWER.finditer(folded, lo, min(line_end, pos + 6)):
                    s, e = m.span(1)
                    if (
                        not _brackets_listed(_BRACKET_LOWER, folded, m, line_start, line_end)
                        and s not in seen
                        and _is_mat(text, s, e)
                        and (
                            _has_diacritics(text[s:e])
                            or (
                                _TAG_OPENING.search(folded, line_start, m.start()) is not None
                                and bool(folded[m.end() : line_end].strip())
                            )
                        )
                    ):
                        yield hit(s, e, scores.SECRECY_BRACKETED, "secrecy.bracketed")
            # 3a. "(Tối mật)", "(Mật)" in title case after what it marks
            if not capitals and any(
                folded.find(c, max(line_start, pos - 10), pos) >= 0 for c in _PAREN_OPENINGS
            ):
                paren = _parenthesised(text, folded, pos, line_start, line_end)
                if paren is not None and paren[0] not in seen:
                    yield hit(*paren, scores.SECRECY_BRACKETED, "secrecy.parenthesised")
                    continue
            note_lo = max(line_start, pos - 30)
            for m in (
                _NOTE.finditer(folded, note_lo, min(line_end, pos + 60))
                if context and folded.find("(", note_lo, pos) >= 0
                else ()
            ):
                s, e = m.span(1)
                if s not in seen and s <= pos < e and _is_mat(text, s, e):
                    yield hit(s, e, scores.SECRECY_DOCUMENT_NOTE, "secrecy.document_note")
            # 4c. "tuyệtmật" glued back from spaced letters, in lower case too
            head = pos - 5 if folded.startswith("tuyet", pos - 5) else pos - 3
            if head >= 0 and folded.startswith(("tuyetmat", "toimat"), head):
                for m in _GLUED_LEVEL.finditer(text, max(line_start, pos - 6), pos + 3):
                    # "toimat" without diacritics only in capitals ("toimat" may be "tôi mất")
                    if m.start(1) not in seen and (
                        not m.group(1).lower().startswith("toimat")
                        or m.group(1).isupper()
                        or _has_diacritics(m.group(1))
                    ):
                        yield hit(*m.span(1), scores.SECRECY_CAPS_INLINE, "secrecy.glued")
                if pos in seen or any(s <= pos for s in seen if s >= lo):
                    continue
            # 4d. "mật | báo cáo ...": the level opening the text before a separator
            if pos == folded.find("mat") and not folded[:pos].strip(" \t*[(\"'“«"):
                m = _OPENING_STAMP.match(text[:line_end].lower())
                if (
                    m is not None
                    and _is_mat(text, *m.span(1))
                    and (
                        _has_diacritics(m.group(1))
                        or _DOCUMENT_TYPES.match(folded, m.end() - 1, line_end) is not None
                    )
                ):
                    yield hit(*m.span(1), scores.SECRECY_LONE_CAPS, "secrecy.opening")
                    continue
            if not capitals or pos in seen or any(s <= pos for s in seen if s >= lo):
                continue
            # 4. "TỐI MẬT" in capitals inside a line of ordinary text
            for m in _CAPS_INLINE.finditer(cased, max(lo, pos - 8), pos + 3):
                s, e = m.span(1)
                if s in seen or not _is_mat(text, s, e):
                    continue
                line = text[line_start:line_end]
                prev = folded[max(line_start, s - 4) : s]
                if (
                    line.isupper()
                    and not _whole_cell(text, s, e)
                    and not _spaced_field(text, s, e, line_start, line_end)
                ) or prev.endswith(("do ", "bi ")):
                    continue  # an all-caps heading, or "ĐỘ TỐI MẬT" naming a level; a row
                    # of capitals whose cell the level fills ("| 12/BC-CA | TỐI MẬT |") keeps it
                if _levels_named(folded, s, e, line_start) or _rule_for_documents(
                    text, folded, s, e, line_start, line_end
                ):
                    continue  # "dấu “MẬT”, “TỐI MẬT” hoặc “TUYỆT MẬT”", "Ví dụ: ..."
                if _has_diacritics(text[s:e]):
                    yield hit(s, e, scores.SECRECY_CAPS_INLINE, "secrecy.caps_inline")
                elif not _caps_beside(text, s, e, line_start, line_end):
                    # "Ban nay TUYET MAT, khong gui": without diacritics, when no other word
                    # in capitals stands beside it ("TOI MAT VI" is "TÔI MẤT VÌ" shouted)
                    yield hit(s, e, scores.SECRECY_CUED_NO_DIACRITICS, "secrecy.caps_inline")
            if pos in seen or any(s <= pos for s in seen if s >= lo):
                continue
            # 4b. "MẬT" alone in capitals: "góc trên có dấu MẬT", "dau MAT o goc trai"
            lone = self._lone_caps(doc, pos, line_start, line_end)
            if (
                lone is not None
                and not _levels_named(folded, pos, pos + 3, line_start)
                and not _rule_for_documents(text, folded, pos, pos + 3, line_start, line_end)
            ):
                yield hit(pos, pos + 3, *lone)

    def _line(
        self, doc: Document, line_start: int, line_end: int
    ) -> tuple[int, int, float, str] | None:
        text, cased = doc.text, doc.folded_cased
        m = None if line_end - line_start > 40 else _LINE.match(cased, line_start, line_end)
        if m is not None:
            s, e = m.span(1)
            seg = text[s:e]
            single = len("".join(seg.split())) == 3
            header: bool | None = None

            def in_header() -> bool:
                nonlocal header
                if header is None:
                    header = _in_header(doc, line_start, line_end)
                return header

            strict = _is_mat(text, s, e)
            if (
                not strict
                and not (
                    _is_mat(text, s, e, stamp_place=True)
                    # a two-word level in capitals alone on its line ("TÔI MẬT": OCR lost the
                    # acute) is a stamp as it stands; so is one above a document's type line
                    # ("TÓl MẬT⏎BÁO CÁO ...", lower-cased too)
                    and (
                        (not single and seg.replace("l", "I").isupper())
                        or in_header()
                        or (
                            not single
                            and _DOCUMENT_TYPES.match(
                                doc.folded, len(text) - len(text[line_end:].lstrip())
                            )
                            is not None
                        )
                    )
                )
            ):
                return None
            if single:
                # "MẬT" alone in capitals; "Mật" after tabs or in a header block
                tabbed = text[line_start:s].count("\t") > 0 or text[line_start:s].startswith("    ")
                ok = (
                    seg.isupper()
                    or (
                        _has_diacritics(seg)
                        and (
                            (seg[0].isupper() and (tabbed or in_header()))
                            # the prompt's first line, a document's head: "Mật" / "mật" alone
                            # there is its stamp (retyped in title or lower case), not "honey"
                            or (strict and _opens_document(text, line_start, line_end))
                        )
                    )
                    # a document pasted in lower case ("số: 96/bc-snv\nmật\nbáo cáo"), with or
                    # without diacritics: alone on a line of a header block, it is the stamp
                    or (strict and in_header())
                    # a Markdown heading of the level alone ("## 🔒 **mat**"), typed plain in
                    # lower case: a heading names what the text below is
                    or (strict and _MD_HEADING.match(text, line_start, s) is not None)
                    # "mat\nbao cao tinh hinh ...": without diacritics, heading the text above
                    # a document's type line
                    or (
                        strict
                        and _opens_document(text, line_start, line_end)
                        and _DOCUMENT_TYPES.match(
                            doc.folded, len(text) - len(text[line_end:].lstrip())
                        )
                        is not None
                    )
                )
            else:
                # "TỐI MẬT"/"Tối mật" in any case when spelled with diacritics, in capitals
                # when not ("toi mat" may be "tôi mất"), unless it heads the text alone, stands
                # in a header block, or text follows it ("tôi mất" alone on a line of its own,
                # between lines of a document, is no sentence anybody writes)
                ok = (
                    seg.isupper()
                    or _has_diacritics(seg)
                    or (
                        strict
                        and (
                            _opens_document(text, line_start, line_end, single=False)
                            or in_header()
                            or (bool(text[:line_start].strip()) and bool(text[line_end:].strip()))
                        )
                    )
                )
            if not ok:
                return None
            score = (
                scores.SECRECY_STAMP_LINE
                if _has_diacritics(seg)
                else scores.SECRECY_STAMP_LINE_NO_DIACRITICS
            )
            return s, e, score, "secrecy.stamp_line"
        m = _LINE_OPENING.match(cased, line_start, line_end)
        if m is None:
            return self._two_word_level_in_line(doc, line_start, line_end)
        s, e = m.span(1)
        seg = text[s:e]
        if not seg.isupper() or not _is_mat(text, s, e, stamp_place=" " in seg or "\t" in seg):
            return None
        if " " not in seg and "\t" not in seg and not _has_diacritics(seg):
            return None  # "MAT - ..." alone is too little
        return s, e, scores.SECRECY_CUED_NO_DIACRITICS, "secrecy.line_opening"

    @staticmethod
    def _two_word_level_in_line(
        doc: Document, line_start: int, line_end: int
    ) -> tuple[int, int, float, str] | None:
        """A two-word level in any case where a stamp stands in a line: opening it (after a
        request's colon too) before a dash ("tuyệt mật - Phương án ...", "dich giup: tuyet mat
        - ..."), or between the wide gaps of a header flattened into one line ("ủy ban nhân dân
        tỉnh ...  tối mật  số: 77/qđ-ubnd"). Spelled with its diacritics, or "tuyet mat" ("toi
        mat" may be "tôi mất"), or between those gaps in capitals or in a header's line."""
        text, folded = doc.text, doc.folded
        if "mat" not in folded[line_start:line_end]:
            return None
        m = _LINE_OPENING_ANY.match(folded, line_start, line_end)
        if m is None and _holds_a_gap(folded[line_start:line_end]):
            # (led by a look-behind, the pattern is tried at every character of the line: only
            # where one of its gaps stands)
            m = _COLUMN_LEVEL.search(folded, line_start, line_end)
        if m is None:
            return None
        group = 1 if m.start(1) >= 0 else 2
        s, e = m.span(group)
        if (
            not _is_mat(text, s, e)
            or not (
                _has_diacritics(text[s:e])
                or folded.startswith("tuyet", s)
                or (
                    m.re is _COLUMN_LEVEL
                    # in capitals, or in a line that is a document's header ("số: 77/qđ-ubnd")
                    and (
                        text[s:e].isupper()
                        or _HEADER_CONTEXT.search(folded, line_start, line_end) is not None
                    )
                )
            )
        ):
            return None
        if (
            _levels_named(folded, s, e, line_start)
            or _LEVEL_AFTER_DASH.match(folded, e, line_end) is not None
            or _ABOUT_LEVELS.search(folded, line_start, s) is not None
        ):
            return None  # "ba mức: tuyệt mật - tối mật - mật", "Độ mật gồm: tuyệt mật - ..."
        return s, e, scores.SECRECY_CUED_NO_DIACRITICS, "secrecy.line_opening"

    def _named(
        self, doc: Document, pos: int, line_start: int, line_end: int
    ) -> tuple[int, int, float, str] | None:
        """A level after a key, after "dấu", or in "văn bản mật này"."""
        text, folded = doc.text, doc.folded
        s = pos
        for head in ("tuyet", "toi"):
            k = folded.rfind(head, max(line_start, pos - len(head) - 2), pos)
            if (
                k >= 0
                and not folded[k + len(head) : pos].strip(" _")
                and (k == 0 or not folded[k - 1].isalpha())
            ):
                s = k
                break
        e = pos + 3
        # what each way below needs, cheap ones first: a separator ending the window, "dấu"
        # just before, a document word near
        key_lo = max(line_start, s - 45)
        keyed = (
            _ends_with_separator(folded, key_lo, s)
            or (
                # the number line's last field after a wide gap ("số: 215/bc-ubnd      mật"):
                # the stamp set beside the number as a word processor's tab stop puts it
                _NUMBER_LINE.match(folded, line_start, s) is not None
                and _last_field(text, s, e, line_start, line_end)
            )
            or (
                # the issuer's line of a header flattened into one ("Bộ Chỉ huy Quân sự tỉnh
                # Tuyệt mật", "UBND TINH ...      TOI MAT"): the last field after a wide gap
                # where a number line, the motto or a symbol stands near
                _last_field(text, s, e, line_start, line_end)
                and _in_header(doc, line_start, line_end)
                # ("GIẢI   MẬT", "BẢO   MẬT": a phrase's words spaced apart, no field)
                and folded[line_start:s].split()[-1] not in _PHRASE_BEFORE
            )
        )
        stamp_lo = max(line_start, s - 12)
        stamped = _STAMP_FOLDED.search(folded, stamp_lo, s) is not None
        # (wide enough for "văn bản này được xếp loại tối mật": 26 characters before the level)
        window_lo = max(line_start, s - 40)
        window_hi = min(line_end, e + 20)
        if (
            s < pos
            and _STAMPED_THERE.match(folded, e, line_end) is not None
            and _is_mat(text, s, e, stamp_place=True)
        ):
            # a two-word level, then the stamp and where it stands: "our memo has tuyet mat
            # stamped at the top left" (English puts the stamp's word after its text)
            return s, e, scores.SECRECY_LONE_CAPS, "secrecy.stamp_named"
        if not (keyed or stamped or _DOC_FOLDED.search(folded, window_lo, window_hi)):
            return None  # "thuộc độ Tối mật": a level named in prose
        if _ENUMERATION.match(folded, e) or not _is_mat(text, s, e, stamp_place=True):
            return None
        if _ENUMERATED_BEFORE.search(folded, max(line_start, s - 16), s):
            return None  # the last of "“MẬT”, “TỐI MẬT” hoặc “TUYỆT MẬT”"
        if _phrase_follows(text, e, line_end):
            return None  # "Phân loại: mật ong", "dấu mật độ"
        if keyed and _LEFT_LABEL.search(folded, key_lo, s):
            return s, e, scores.SECRECY_LABEL, "secrecy.label"
        if (
            keyed
            and _is_mat(text, s, e)
            and _last_field(text, s, e, line_start, line_end)
            and _in_header(doc, line_start, line_end)
        ):
            # "số: 58/kh-anđn<tab>tối mật", "So: 58/KH-ANDN<tab>TOI MAT": any case
            score = (
                scores.SECRECY_STAMP_LINE
                if _has_diacritics(text[s:e])
                else scores.SECRECY_STAMP_LINE_NO_DIACRITICS
            )
            return s, e, score, "secrecy.stamp_field"
        seg = text[s:e]
        # (the stamp's words read from further back: "watermark chữ " is 14 characters)
        lower = text[max(line_start, s - 24) : s].lower() if stamped else ""
        if lower.rstrip(" \"'“«").endswith(("mẫu dấu", "mau dau")):
            lower = ""  # "mẫu dấu mật": the stamp's template, named in a regulation
        if (
            _is_mat(text, s, e)
            # "dấu mật", "dau MAT", "dau Toi mat": the level as its writer set it apart; "dau
            # mat o goc trai": lower case without diacritics only where the stamp stands
            # ("con dau toi mat roi": my stamp is lost)
            and (
                _has_diacritics(seg)
                or seg[:1].isupper()
                or _PLACE_AFTER.match(text, e, line_end) is not None
                or _PLACE_BEFORE.search(folded, max(line_start, s - 45), s) is not None
                # "dong dau toi mat": the act of stamping, then a two-word level ("con dau
                # toi mat" is "my stamp is lost": no verb before "dau")
                # ("dong dau mat roi": đóng dấu mật)
                or _STAMPING.search(lower) is not None
                # "van ban co dau mat": a document said to have the stamp
                or _DOCUMENT_HAS_STAMP.search(folded, max(line_start, s - 40), s) is not None
            )
            and _STAMP_BEFORE.search(lower)
            # "Ví dụ: dấu “TỐI MẬT” được đóng ở góc ...": a leaflet's example, not a stamp
            and not _EXAMPLE_BEFORE.search(folded, max(line_start, s - 60), s)
            # "Văn bản đóng dấu TỐI MẬT phải được cất giữ ...": a rule for every such document
            and not _rule_for_documents(text, folded, s, e, line_start, line_end)
        ):
            return s, e, scores.SECRECY_LONE_CAPS, "secrecy.stamp_named"
        if not _DOC_FOLDED.search(folded, window_lo, window_hi):
            return None  # "văn bản mật này" names a document
        if _is_mat(text, s, e) and _this_document(doc, s, e, line_start):
            return s, e, scores.SECRECY_CAPS_INLINE, "secrecy.document_named"
        if _document_with_level(doc, s, e, line_start, line_end):
            return s, e, scores.SECRECY_CAPS_INLINE, "secrecy.document_named"
        for m in _DEIXIS.finditer(text[window_lo:window_hi].lower()):
            group = next(g for g in (1, 2, 3, 4) if m.start(g) >= 0)
            gs, ge = window_lo + m.start(group), window_lo + m.end(group)
            if gs == s and ge == e and _is_mat(text, s, e):
                return s, e, scores.SECRECY_CAPS_INLINE, "secrecy.document_named"
        return None

    def _lone_caps(
        self, doc: Document, pos: int, line_start: int, line_end: int
    ) -> tuple[float, str] | None:
        text, folded = doc.text, doc.folded
        word = text[pos : pos + 3]
        if not word.isupper():
            return None
        if not _is_mat(text, pos, pos + 3) and not (
            # "MẠT", "MẶT" (OCR read the stamp's dot as a breve or lost its hat) where a stamp
            # stands: a field of a header's line set apart by wide gaps, the place and date in
            # the other column ("      MẠT          Hà Tĩnh, ngày 27 tháng 11 năm 2026"); no
            # word in capitals after the gap ("MẶT      TRẬN TỔ QUỐC": a heading spaced out)
            _is_mat(text, pos, pos + 3, stamp_place=True)
            and _spaced_field(text, pos, pos + 3, line_start, line_end)
            and _in_header(doc, line_start, line_end)
            and not _caps_across(text, pos, line_end)
        ):
            return None
        if pos + 3 < len(text) and text[pos + 3].isalnum():
            return None
        before = _WORD_BEFORE.search(text, line_start, pos)
        after = _WORD_AFTER.match(text, pos + 3, line_end)
        prev = _word(before.group(1)) if before else ""
        nxt = _word(after.group(1)) if after else ""
        if fold_word(prev) in _PHRASE_BEFORE or _opens_phrase(nxt):
            return None
        apart = _spaced_field(text, pos, pos + 3, line_start, line_end)
        if len(nxt) > 1 and nxt.isupper() and not apart:
            return None  # "MẬT KHẨU", "MẬT MÃ": a phrase in capitals
        if len(prev) > 1 and prev.isupper() and not apart:
            head = text[line_start:pos].strip(" \t*[(-")
            if head not in _DOCUMENT_NOUNS:
                return None  # "BẢO VỆ BÍ MẬT", "GIẢI MẬT"
        if _has_diacritics(word):
            return scores.SECRECY_LONE_CAPS, "secrecy.lone_caps"
        if _STAMP_WORDS.search(folded, max(line_start, pos - 12), pos):
            return scores.SECRECY_CUED_NO_DIACRITICS, "secrecy.cued"
        return None


#: the stamps as a legacy encoding garbles them (folded): the vowels carry the marks and are
#: what a wrong reading changes ("TèI MËT", "MAÄT", "TÀI LIÊòU THU HÔÌI", and the same once
#: lower-cased or stripped of accents: "tei met", "MAAT"); the consonants stay
_GARBLED_LEVEL = re.compile(
    r"t\S{1,2}i[ \t]+m\S{1,2}t|tuy\S{1,3}t[ \t]+m\S{1,2}t|m[ae]\S?t"
    r"|t\S{1,2}i[ \t]+li\S{1,3}u[ \t]+thu[ \t]+h\S{1,3}i"
)


def garbled_lines(doc: Document, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The spans of lines that ``pattern`` fills on the folded view (decorations aside) in a
    text that shows a legacy encoding read wrongly (:func:`ai_guard.text.encodings.legacy_signs`:
    a character Vietnamese never writes), the text holding other lines: a stamp of a document
    in TCVN3, VNI or Windows-1258 whose letters the reading garbled, also where the text was
    lower-cased or stripped of accents afterwards and can no longer be converted (the engine
    blocks a text holding one unread: pattern ``*.garbled_line``, reason ``legacy_encoding``).
    A line of its own is where a stamp stands; prose holds no line that is only such a
    skeleton, and one word of the line at least must be no Vietnamese syllable (``tei``,
    ``maat``, ``hoii``)."""
    text, folded = doc.text, doc.folded
    if text.isascii() or "\n" not in text:
        return
    # the short lines the pattern fills first (a walk over the lines' ends, a tenth of what
    # the legacy signs' searches cost on a 2 KB prompt): most texts hold none, and then the
    # signs are never looked for; where one does, the signs are looked for once a document
    # (this detector and vn.internal_mark both ask)
    lines = list(_skeleton_lines(folded, pattern))
    if not lines or not _shows_legacy_signs(doc):
        return
    from ai_guard.text.encodings import is_syllable

    for s, e in lines:
        if not all(map(is_syllable, text[s:e].split())):
            yield s, e  # (a line of syllables is Vietnamese typed plain, not garbled)


_LEGACY_MEMO = "secrecy.legacy_signs"


def _shows_legacy_signs(doc: Document) -> bool:
    """:func:`ai_guard.text.encodings.legacy_signs` of ``doc.text``, once per document."""
    known = doc.cached(_LEGACY_MEMO)
    if known is None:
        from ai_guard.text.encodings import legacy_signs

        known = legacy_signs(doc.text)
        doc.store(_LEGACY_MEMO, known)
    return bool(known)


def _skeleton_lines(folded: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The lines of at most 40 characters that ``pattern`` fills, decorations aside."""
    pos = 0
    while pos <= len(folded):
        end = folded.find("\n", pos)
        end = len(folded) if end < 0 else end
        if end - pos <= 40:
            s, e = pos, end
            while s < e and folded[s] in _STAMP_DECOR:
                s += 1
            while e > s and folded[e - 1] in _STAMP_DECOR:
                e -= 1
            if s < e and pattern.fullmatch(folded, s, e):
                yield s, e
        pos = end + 1


#: a level with its letters spaced out (folded): "t u y e t  m a t", "T Ố I M Ậ T", "m ậ t";
#: no spaced letter just before it or a spaced word after it ("b ả o  m ậ t", "m ậ t  k h ẩ u")
_NO_SPACED_BEFORE = (
    r"(?<!(?<![a-z])[a-z] )(?<!(?<![a-z])[a-z]  )(?<!(?<![a-z])[a-z]   )(?<!(?<![a-z])[a-z]\t)"
    r"(?<![a-z])"
)
_SPACED_LEVEL = re.compile(
    _NO_SPACED_BEFORE + r"(?:(?:t u y e t|t o i)(?: {1,3}|\t)m a t|m a t)(?![a-z])"
    r"(?! [a-z](?![a-z]))(?![ \t]{1,3}[a-z][ \t]+[a-z](?![a-z]))"
)


#: a two-word level right after a document's number and symbol ("SO 17/KH-BCH TOI MAT -",
#: "số 58/KH-ANĐN tối mật:"), then a separator or the line's end (folded): the stamp the
#: document carries next to its number. "số 17/KH-BCH tôi mất rồi" goes on as a sentence
_NUMBERED_LEVEL = re.compile(
    r"(?<![\w/])\d{1,5}/[a-z0-9]{1,10}(?:-[a-z0-9]{1,12}){0,3}[ \t]+((?:toi|tuyet)[ \t]+mat)"
)
_NUMBERED_LEVEL_END = re.compile(r"[ \t]*(?:[\-:|;,(]|\r?\n|$)")
#: how far before "mat" the document's number may start
_NUMBERED_REACH = 56


def _numbered_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A two-word level right after a document's number and symbol (:data:`_NUMBERED_LEVEL`),
    spelled as a level on its letters: in capitals or with diacritics, or before a separator
    in any case (all capitals without diacritics, a mangled scan: "VAN BAN SO 17/KH-BCH TOI
    MAT - KE HOACH ...")."""
    text, folded = doc.text, doc.folded
    pos = folded.find("mat")
    while pos >= 0:
        end = pos + 3
        if _NUMBERED_LEVEL_END.match(folded, end) is not None:
            for m in _NUMBERED_LEVEL.finditer(folded, max(0, pos - _NUMBERED_REACH), end):
                s, e = m.span(1)
                seg = text[s:e]
                if e == end and _is_mat(text, s, e) and (_has_diacritics(seg) or seg.isupper()):
                    yield s, e
                    break
        pos = folded.find("mat", end)


#: the levels' rank, highest first (folded, words whole)
_LEVEL_RANK = {"tuyet mat": 0, "toi mat": 1, "mat": 2}


def _level_rows(doc: Document) -> Iterator[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """A table row in which two or more cells each hold a level and nothing else ("| LOẠI |
    MẬT | TỐI MẬT | TUYỆT MẬT |", a report's count of documents by level): the row says which
    levels the text's papers carry, so it is read as a mark, its highest level reported (the
    span of that cell) and the row's other level cells with it. Each cell spelled as a level
    on its letters: with diacritics or in capitals; "| mat | toi mat |" typed plain in lower
    case says too little."""
    text, folded = doc.text, doc.folded
    pos = 0
    while True:
        bar = text.find("|", pos)
        if bar < 0:
            return
        ls, le = line_bounds(text, bar)
        pos = le + 1
        if folded.count("mat", ls, le) < 2:
            continue
        cells: list[tuple[int, int, int]] = []
        start = ls
        for cut in [*(i for i in range(ls, le) if text[i] == "|"), le]:
            a, b = start, cut
            while a < b and text[a] in _CELL_WRAP:
                a += 1
            while b > a and text[b - 1] in _CELL_WRAP:
                b -= 1
            start = cut + 1
            level = " ".join(folded[a:b].split())
            seg = text[a:b]
            if (
                level in _LEVEL_RANK
                and (_has_diacritics(seg) or seg.isupper())
                and _is_mat(text, a, b, stamp_place=True)
            ):
                cells.append((_LEVEL_RANK[level], a, b))
        if len({rank for rank, _, _ in cells}) >= 2:
            _, a, b = min(cells)
            yield (a, b), [(s, e) for _, s, e in cells]


#: the cells every level split word by word holds (its gate): "mật" right after "tối",
#: "tuyệt" or the key's "độ"
_LEVEL_CELLS: dict[str, tuple[str, ...]] = {"mat": ("toi", "tuyet", "do")}


def _word_cell_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A level split word by word into a row's cells (secret_cells.word_cells): "| TỐI | MẬT
    |", "TUYỆT⇥MẬT", a CSV row "Độ,mật,Mật" (the level after the key's two cells; a letter
    A/B/C in capitals too). Spelled as a level on its letters: with diacritics or in
    capitals, and in capitals or title case unless after the key ("| bảo | mật |", "| mật |
    khẩu |", "| tôi | mất |", a lower-case "| tối | mật |" stay clean)."""
    text, folded = doc.text, doc.folded
    pos = folded.find("mat")
    while pos >= 0:
        ls, le = line_bounds(text, pos)
        for run in word_cells(text, ls, le):
            words = [folded[a:b] for a, b in run]
            for i, word in enumerate(words):
                keyed = i >= 2 and words[i - 2 : i] == ["do", "mat"]
                n = 2 if word in ("toi", "tuyet") and words[i + 1 : i + 2] == ["mat"] else 0
                if n == 0 and keyed and (word == "mat" or word in ("a", "b", "c")):
                    n = 1
                if n == 0 or (i >= 1 and words[i - 1] == "do"):
                    continue
                a, b = run[i][0], run[i + n - 1][1]
                letters = "".join(text[x:y] for x, y in run[i : i + n])
                if word in ("a", "b", "c"):
                    if text[a:b].isupper():
                        yield a, b
                elif (
                    (_has_diacritics(letters) or letters.isupper())
                    and (keyed or letters[:1].isupper())  # "tối | mật" alone: evening, honey
                    and _is_mat(letters, 0, len(letters), stamp_place=letters.isupper())
                ):
                    yield a, b
        pos = folded.find("mat", le + 1)


#: a word some of whose letters are HTML character references ("M&#7852;T", "T&Ocirc;I")
_REFERENCED_WORD = re.compile(
    r"(?:[^\W\d_]|&#[0-9]{2,7};|&#[xX][0-9A-Fa-f]{2,6};|&[A-Za-z]{2,8};)+"
)


def _referenced_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A level some of whose letters are written as HTML character references ("M&#7852;T",
    "T&#7888;I M&#7852;T", "TUY&#x1EC6;T M&#x1EAC;T"), as an export or a filter-dodger writes
    the marked letters: read as the letters they stand for, in any case, "mật" spelled (the
    references are what carries the marks) and not opening a phrase ("M&#7852;T KH&#7848;U")."""
    text = doc.text
    words = [
        (m.start(), m.end(), html.unescape(m.group()))
        for m in _REFERENCED_WORD.finditer(text)
        if "&" in m.group() or fold_word(m.group()) in ("mat", "toi", "tuyet")
    ]
    for i, (s, e, plain) in enumerate(words):
        if fold_word(plain) != "mat" or (
            "&" not in text[s:e] and not (i and "&" in text[words[i - 1][0] : words[i - 1][1]])
        ):
            continue
        rest = text[e : e + 40]
        after = _WORD_AFTER.match(html.unescape(rest.split("\n", 1)[0]))
        if plain[1] not in "ậẬ" or (after is not None and _opens_phrase(_word(after.group(1)))):
            continue
        before = words[i - 1][2] if i and not text[words[i - 1][1] : s].strip(" \t") else ""
        if fold_word(before) in ("toi", "tuyet") and _is_mat(
            f"{before} {plain}", 0, len(before) + 4
        ):
            if "&" in text[words[i - 1][0] : e]:
                yield words[i - 1][0], e
        elif (
            "&" in text[s:e] and plain.isupper() and fold_word(_word(before)) not in _PHRASE_BEFORE
        ):
            yield s, e  # "B&#7842;O M&#7852;T": the phrase, not the level


def _letter_spaced_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A level written with its letters spaced out, in any case when spelled with diacritics or
    in capitals (or "tuyet mat"): letter spacing sets a stamp's text apart, no sentence spells
    a word so ("Dòng đầu là "t u y ệ t  m ậ t""). Typed plain, "m a t" and "t o i  m a t" say
    too little."""
    text, folded = doc.text, doc.folded
    for m in _SPACED_LEVEL.finditer(folded):
        s, e = m.span()
        seg = text[s:e]
        after = _WORD_AFTER.match(text, e)
        if after is not None and _opens_phrase(_word(after.group(1))):
            continue  # "m ậ t ong"
        if _is_mat(text, s, e) and (
            _has_diacritics(seg) or seg.isupper() or folded.startswith("t u y e t", s)
        ):
            yield s, e


#: a level in any case, its words whole (folded)
_ANY_LEVEL = re.compile(r"(?<![a-z0-9])(?:tuyet[ \t]+mat|toi[ \t]+mat|mat)(?![a-z0-9])")
#: invisible characters between two letters of a word
_VEIL_IN_WORD = re.compile(f"[^\\W\\d_][{INVISIBLE}]+(?=[^\\W\\d_])")


def _veiled_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A level with an invisible character between two of its letters ("toi m\u200bat",
    "M\u2060ẬT") in any case, typed plain too: nobody puts a zero-width space inside a word but
    to slip it past a filter, so the disguise says what the plain letters cannot ("toi mat"
    typed plain may be "tôi mất"; hidden inside, it is the level someone did not want read).
    Not where "mật" makes a phrase with the word after or before it ("m\u200bật khẩu", "bảo
    m\u200bật"), as for a lone "MẬT" (``_lone_caps``)."""
    original, text, folded = doc.original, doc.text, doc.folded
    if _VEIL_IN_WORD.search(original) is None:
        return
    for m in _ANY_LEVEL.finditer(folded):
        s, e = m.span()
        if _VEIL_IN_WORD.search(original, *doc.span_to_original(s, e)) is None:
            continue
        if _has_diacritics(text[s:e]) and not _is_mat(text, s, e):
            continue  # "m\u200bất tiền": spelled, it says which word it is
        after = _WORD_AFTER.match(text, e)
        if after is not None and _opens_phrase(_word(after.group(1))):
            continue
        before = _WORD_BEFORE.search(text, max(0, s - 12), s)
        if e - s == 3 and before and fold_word(_word(before.group(1))) in _PHRASE_BEFORE:
            continue
        yield s, e


#: a line ending with "mat", its letters spaced irregularly or not ("ma t", "m at", "mat"):
#: where a stamp broken by OCR may stand (folded)
_MAT_TAIL_ENDS_LINE = re.compile(r"m[ \t.|\-·_/]*a[ \t.|\-·_/]*t" + _DECOR + r"(?:\r?\n|\Z)")
#: what may part a stamp's letters or words on its own line besides spaces: a typist's or a
#: filter-dodger's dots, bars, dashes, middle dots, underscores and slashes ("M|Ậ|T",
#: "T . Ố . I  M . Ậ . T", "TỐI. MẬT")
_LETTER_SEPARATORS = str.maketrans(dict.fromkeys(".|-·_/", " "))
#: the levels, their letters run together
_COMPACT_LEVELS = frozenset({"mat", "toimat", "tuyetmat"})
#: the levels as written with their words whole
_WHOLE_LEVELS = frozenset({"mat", "toi mat", "tuyet mat"})


def _respaced_lines(doc: Document) -> Iterator[tuple[int, int]]:
    """A stamp alone on its line whose letters OCR or a PDF spaced irregularly ("TÓI  MẬ T",
    "TUY ỆT MẬT", "T ỐI MẬT"): the line, decorations aside, is a level once its spaces are
    taken out, and a space falls inside a word (a level written whole is rule 1's; one spaced
    letter by letter is :func:`ai_guard.text.invisible.unveil`'s too). A two-word level in
    capitals or spelled with diacritics, "MẬT" in capitals, the text holding other lines; no
    sentence breaks a word so, and no other word is on the line."""
    text, folded = doc.text, doc.folded
    if "\n" not in text:
        return
    for m in _MAT_TAIL_ENDS_LINE.finditer(folded):
        ls, le = line_bounds(folded, m.start())
        if le - ls > 40:
            continue
        s, e = ls, le
        while s < e and folded[s] in _STAMP_DECOR:
            s += 1
        while e > s and folded[e - 1] in _STAMP_DECOR:
            e -= 1
        words = folded[s:e].translate(_LETTER_SEPARATORS).split()
        if "".join(words) not in _COMPACT_LEVELS or " ".join(folded[s:e].split()) in _WHOLE_LEVELS:
            continue
        seg = text[s:e]
        single = len(words) <= 2 and "".join(words) == "mat"
        if single and not seg.isupper():
            continue
        if not single and not (seg.isupper() or _has_diacritics(seg)):
            continue  # "toi ma t" typed plain says too little
        if _is_mat(text, s, e, stamp_place=seg.isupper() and not single) and _alone_on_line(
            text, s, e
        ):
            yield s, e


#: a letter alone at a line's edge (where a stamp read down a margin leaves one letter a
#: line): the last field after a wide gap, or the whole line; the first field before a wide gap
_MARGIN_LETTERS = (
    re.compile(r"(?:^[ \t]*|[ \t]{3,}|\t[ \t]*)([^\W\d_])[ \t]*\r?$", re.MULTILINE),
    re.compile(r"^[ \t]*([^\W\d_])(?=[ \t]{3,}|\t)", re.MULTILINE),
)


def _margin_possible(text: str) -> bool:
    """Whether three lines or more could each hold a letter alone at one edge (what either of
    :data:`_MARGIN_LETTERS` needs three of for a run): a line closing on a letter or number
    after a space, a tab or nothing, or opening on one before a space or a tab. A line-by-line
    test of what the patterns ask, cheaper than their scan of every position."""
    right = left = 0
    for line in text.split("\n"):
        closing = line.rstrip(" \t\r")
        if closing and closing[-1].isalnum() and (len(closing) == 1 or closing[-2] in " \t"):
            right += 1
        opening = line.lstrip(" \t")
        if opening[:1].isalnum() and opening[1:2] in (" ", "\t"):
            left += 1
        if right > 2 or left > 2:
            return True
    return False


def _margin_letters(text: str) -> Iterator[list[int]]:
    """Runs of the positions of letters alone at one edge of consecutive lines (blank lines
    between allowed) in the same column as shown, give or take two: the right edge's runs,
    then the left's."""
    if not _margin_possible(text):
        return
    for pattern in _MARGIN_LETTERS:
        run: list[int] = []
        column = previous_end = -1
        for m in pattern.finditer(text):
            pos = m.start(1)
            ls = text.rfind("\n", 0, pos) + 1
            at = len(text[ls:pos].expandtabs())  # the column as shown, a tab to the next stop
            if not run or text[previous_end:ls].strip() or abs(at - column) > 2:
                if len(run) > 2:
                    yield run
                run = []
            run.append(pos)
            column = at
            le = text.find("\n", pos)
            previous_end = len(text) if le < 0 else le
        if len(run) > 2:
            yield run


def _vertical_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A stamp read down a margin one letter a line (OCR of a stamp set sideways, or beside a
    header's columns): capital letters alone at the same edge of consecutive lines that spell a
    level with its diacritics, "mật" on its letters ("M", "Ậ", "T" closing three lines of a
    letter's header). The span runs from the first letter to the last."""
    text = doc.text
    if "\n" not in text:
        return
    seen: set[int] = set()
    for run in _margin_letters(text):
        for i in range(len(run)):
            for n in (3, 6, 8):
                part = run[i : i + n]
                if len(part) < n:
                    break
                letters = "".join(text[p] for p in part)
                if (
                    letters.isupper()
                    # spelled with its marks: bare capitals down a column ("M", "A", "T" in a
                    # table's column of codes) say nothing
                    and _has_diacritics(letters)
                    and fold_word(letters) in _COMPACT_LEVELS
                    and _is_mat(letters, 0, n, stamp_place=True)
                    # the whole run, or a level at one end of it
                    and (i == 0 or i + n == len(run))
                    and part[0] not in seen  # (letters alone on their lines: both edges)
                ):
                    seen.add(part[0])
                    yield part[0], part[-1] + 1


def vertical_letters(text: str, start: int, end: int) -> str:
    """The letters of a stamp read down a margin (pattern ``secrecy.vertical``) whose span is
    ``text[start:end]``, run together ("MẬT", "TỐIMẬT")."""
    for run in _margin_letters(text):
        if start in run:
            return "".join(text[p] for p in run if start <= p < end)
    return text[start:end]


def scan_unveiled(
    doc: Document, scan: Callable[[Document], Iterator[Detection]]
) -> Iterator[Detection]:
    """``scan`` on the text, then on the text without its disguises
    (:func:`ai_guard.text.invisible.unveil`), the second pass's spans mapped back; each span
    once."""
    found: list[Detection] = list(scan(doc))
    yield from found
    veil = unveiled(doc)
    if veil is None:
        return
    taken = {(d.start, d.end) for d in found}
    view = Document(veil.text)
    for d in scan(view):
        start, end = veil.span(*view.span_to_original(d.start, d.end))
        if (start, end) not in taken:
            taken.add((start, end))
            if any(a < end and start < b for a, b in veil.legacy):
                # a mark a legacy encoding garbled, read in Unicode: the text around it may
                # be in that encoding too (the engine reads it converted, or blocks it unread)
                pattern = d.pattern.split(".", 1)[0] + ".garbled_mark"
                yield dataclasses.replace(d, start=start, end=end, pattern=pattern)
            else:
                yield dataclasses.replace(d, start=start, end=end)


#: the levels in English, as the official translations give them (Mật "Confidential", Tối mật
#: "Secret", Tuyệt mật "Top Secret"): a translated document keeps its stamp
_EN_VALUE = r"(TOP[ \t]+SECRET|SECRET|CONFIDENTIAL)"
#: the stamp alone on its line in capitals, a caveat after "//" allowed ("TOP SECRET//NOFORN")
_EN_STAMP_LINE = re.compile(
    r"^[ \t*#\[(«\"'_-]*(?:" + _EN_VALUE + r"|((?i:top[ \t]+secret)))"
    r"(?:[ \t]*//[ \t]*[A-Z][A-Z /,-]*)?[ \t*\])»\"'_.-]*\r?$",
    re.MULTILINE,
)
#: two or three levels in capitals joined by a dash or a bar, alone on their line: a stamp as
#: a translation gives it ("CONFIDENTIAL - SECRET", "SECRET | TOP SECRET"; a list of levels
#: is parted by commas, "or" or "/", which _EN_LISTED reads): one mark over the run
_EN_STAMP_RUN = re.compile(
    r"^[ \t*#\[(«\"'_]*(" + _EN_VALUE + r"(?:[ \t]*[-\u2013\u2014|][ \t]*" + _EN_VALUE + r"){1,2})"
    r"(?:[ \t]*//[ \t]*[A-Z][A-Z /,-]*)?[ \t*\])»\"'_.]*\r?$",
    re.MULTILINE,
)
#: a key and its value: "Classification: Top Secret", "Security level - SECRET"
_EN_LABEL = re.compile(
    r"(?<![A-Za-z])(?:security[ \t_]+classification|classification|classified(?:[ \t]+as)?|"
    r"(?:security[ \t_]+|protective[ \t_]+)?marking|"
    r"secrecy[ \t_]+level|security[ \t_]+level|level[ \t_]+of[ \t_]+secrecy)"
    r"[\"']?[ \t]*[:=|–-][ \t\"'*“]*(top[ \t_]+secret|secret|confidential)(?![A-Za-z])",
    re.IGNORECASE,
)
#: said of the document at hand: "this document is top secret", "the attached report is
#: marked SECRET", "this confidential memo"
_EN_DOC = r"(?:document|report|file|letter|memo|minutes|paper|text|dispatch|cable)s?"
_EN_SAID = re.compile(
    r"(?<![A-Za-z])(?:this|these|the[ \t]+attached|the[ \t]+following|attached|following|my|our|"
    r"(?:this|it|here)[ \t]+is[ \t]+(?:a|an|the|my|our))"
    r"[ \t]+(?:(?:" + _EN_DOC + r")[ \t]+(?:is|are|was|were)[ \t]+(?:(?:marked|stamped|classified)"
    r"[ \t]+(?:as[ \t]+)?)?[\"'“]?(top[ \t]+secret|secret|confidential)(?![A-Za-z])|"
    r"(top[ \t]+secret|secret|confidential)[ \t]+" + _EN_DOC + r"(?![A-Za-z]))",
    re.IGNORECASE,
)
#: stamped or marked with the level in capitals or quotes: "stamped TOP SECRET", 'marked "Secret"'
_EN_STAMPED = re.compile(
    r"(?<![A-Za-z])(?:stamped|marked|labell?ed)[ \t]+(?:as[ \t]+|with[ \t]+)?"
    r"(?:[\"'“]((?i:top[ \t]+secret|secret|confidential))[\"'”]|" + _EN_VALUE + r"(?![A-Za-z]))"
)


#: "Strictly Confidential" in title case or capitals: a marking wherever it stands (a
#: subject, a header, a disclaimer's head), never a word of running prose
_EN_STRICTLY = re.compile(
    r"((?:Strictly|STRICTLY)[ \t]+(?:(?:Private|PRIVATE)[ \t]+(?:and|AND|&)[ \t]+)?"
    r"(?:Confidential|CONFIDENTIAL))(?![A-Za-z])"
)
#: a level as an e-mail subject's tag, closed by a bracket, a dash, a colon or the line's end:
#: "Subject: Confidential - draft plan", "Subject: RE: [SECRET] ..." ("Subject: Secret Santa"
#: is no tag)
_EN_SUBJECT_TAG = re.compile(
    r"(?:Subject|SUBJECT|subject|Tiêu đề|TIÊU ĐỀ|tiêu đề|Tieu de|TIEU DE|tieu de)[ \t]*:[ \t]*"
    r"(?:(?i:re|fwd?)[ \t]*:[ \t]*)*[\[(]?[ \t]*"
    r"((?i:(?:strictly[ \t]+)?confidential|top[ \t]+secret|secret))"
    r"(?=[ \t]*(?:[\])\-\u2013\u2014:|/]|\r?$))",
    re.MULTILINE,
)
#: "confidential" alone on its line in lower case (a pasted header lower-cased in chat); "secret"
#: alone in lower case is no stamp (a word of a list, a YAML item)
_EN_LOWER_LINE = re.compile(
    r"^[ \t]*(confidential|strictly[ \t]+confidential)[ \t.]*\r?$", re.MULTILINE
)


#: another level listed after one: the levels named (a guideline, a rule), no stamp
_EN_LISTED = re.compile(
    r"[\"'”]?[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*(?:or[ \t]+|and[ \t]+)?[\"'“]?"
    r"(?:top[ \t]+secret|secret|confidential)(?![A-Za-z])",
    re.IGNORECASE,
)


def _english_marks(
    text: str, hit: Callable[[int, int, float, str], Detection]
) -> Iterator[Detection]:
    """The levels in English: a stamp line, a labelled field, the document said or stamped to
    be of a level. "the secret to", "client secret", "CONFIDENTIALITY NOTICE" are no level."""
    taken: set[int] = set()
    for pattern, score, name in (
        (_EN_STAMP_LINE, scores.SECRECY_STAMP_LINE, "secrecy.english_stamp"),
        (_EN_STAMP_RUN, scores.SECRECY_STAMP_LINE, "secrecy.english_stamp"),
        (_EN_LABEL, scores.SECRECY_LABEL, "secrecy.english_label"),
        (_EN_STAMPED, scores.SECRECY_LONE_CAPS, "secrecy.english_stamped"),
        (_EN_SAID, scores.SECRECY_CAPS_INLINE, "secrecy.english_said"),
        (_EN_STRICTLY, scores.SECRECY_CAPS_INLINE, "secrecy.english_strictly"),
        (_EN_SUBJECT_TAG, scores.SECRECY_BRACKETED, "secrecy.english_subject"),
        (_EN_LOWER_LINE, scores.SECRECY_CAPS_INLINE, "secrecy.english_line"),
    ):
        for m in pattern.finditer(text):
            group = next(g for g in range(1, (m.lastindex or 1) + 1) if m.start(g) >= 0)
            s, e = m.span(group)
            if pattern is _EN_LABEL and text[s:e] == "confidential":
                continue  # "classification: confidential" typed in chat: a data class, no stamp
            if pattern not in (_EN_STAMP_LINE, _EN_STAMP_RUN) and _EN_LISTED.match(text, e):
                continue  # "documents stamped TOP SECRET, SECRET or CONFIDENTIAL": levels named
            if s not in taken:
                taken.add(s)
                yield hit(s, e, score, name)


#: an opening HTML tag closing the text before a level ("<span class=...>")
_TAG_BEFORE = re.compile(r"<[A-Za-z][^<>]*>$")
#: a level filling an element (folded): more than one near is a list of the levels in HTML
_CLOSING_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9]*\s*>")
_ELEMENT_LEVEL = re.compile(r">\s*(?:tuyet\s+mat|toi\s+mat|mat)\s*<")
_OPEN_QUOTES = "\"'“‘«"
_CLOSE_QUOTES = "\"'”’»"


def _set_apart(
    doc: Document, pos: int, line_start: int, line_end: int
) -> tuple[int, int, float, str] | None:
    """Rule 3b: the level at "mat" ``pos`` set apart as a stamp's own text, in any case: the
    whole content of an HTML element ("<span class="dau">tuyệt mật</span>"; not one of the
    levels listed in a page's list), or in quotes with where it stands after it ('dòng "tói
    mât" ở góc phải', 'dong "toi mat" o goc phai'). In an element, spelled with diacritics,
    in capitals or "tuyet mat" ("<td>mat</td>" may be "mất")."""
    text, folded = doc.text, doc.folded
    s, e = pos, pos + 3
    for head in ("tuyet ", "toi "):
        k = pos - len(head)
        if (
            k >= line_start
            and folded.startswith(head, k)
            and (k == 0 or not folded[k - 1].isalpha())
        ):
            s = k
            break
    if not _is_mat(text, s, e):
        return None
    before = text[line_start:s].rstrip(" \t")
    after = text[e:line_end].lstrip(" \t")
    seg = text[s:e]
    if before.endswith(">") and after.startswith("</") and _TAG_BEFORE.search(before):
        near = folded[max(line_start, s - 80) : min(line_end, e + 80)]
        closing = _CLOSING_TAG.match(after)
        nxt = _WORD_AFTER.match(after, closing.end()) if closing else None
        if nxt is not None and _opens_phrase(_word(nxt.group(1))):
            return None  # "<b>mật</b> ong": a phrase with markup inside
        if (_has_diacritics(seg) or seg.isupper() or folded.startswith("tuyet", s)) and len(
            _ELEMENT_LEVEL.findall(near)
        ) == 1:
            return s, e, scores.SECRECY_BRACKETED, "secrecy.element"
        return None
    if (
        before[-1:] in _OPEN_QUOTES
        and after[:1] in _CLOSE_QUOTES
        and _PLACE_AFTER.match(text.lower(), e, line_end) is not None
        and not _levels_named(folded, s, e, line_start)
    ):
        return s, e, scores.SECRECY_LONE_CAPS, "secrecy.quoted_place"
    return None


def _ends_with_separator(folded: str, lo: int, end: int) -> bool:
    """What ``_LEFT_LABEL`` needs: a separator, then only quotes, emphasis or spaces."""
    for k in range(end - 1, lo - 1, -1):
        c = folded[k]
        if c in ":=|\t;>":
            return True
        if not (c.isspace() or c in "\"'“”‘’*_"):
            return False
    return False


def _in_header(doc: Document, line_start: int, line_end: int) -> bool:
    """Whether a line stands in a document's header block (a number line, the motto, a
    symbol such as ``/KH-UBND`` within 300 characters)."""
    window = doc.folded[max(0, line_start - 300) : line_end + 300]
    return _HEADER_CONTEXT.search(window) is not None


def _caps_across(text: str, pos: int, line_end: int) -> bool:
    """Whether the word after a lone "MẬT" at ``pos`` on its line, however far, is a word in
    capitals (letters only, two or more): a heading whose words a PDF spaced apart ("MẶT
    TRẬN", "MẶT HÀNG"), not a stamp beside another column."""
    after = text[pos + 3 : line_end].split()
    word = after[0].strip(".,;:()[]\"'*-") if after else ""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _last_field(text: str, s: int, e: int, line_start: int, line_end: int) -> bool:
    """Whether ``text[s:e]`` is the last field of a line that holds something before it, set
    apart by a tab or three spaces ("Số: 58/KH-ANĐN<tab>Tối mật"): where the stamp stands
    on the number line of a document copied out of a word processor."""
    if text[e:line_end].strip(" \t\r*_\"'.)]»"):
        return False
    gap_start = s
    while gap_start > line_start and text[gap_start - 1] in " \t":
        gap_start -= 1
    gap = text[gap_start:s]
    return gap_start > line_start and ("\t" in gap or len(gap) >= 3)


def _spaced_field(text: str, s: int, e: int, line_start: int, line_end: int) -> bool:
    """Whether ``text[s:e]`` stands as a field of its own in its line, set apart by wide gaps:
    the last field after two spaces or more (or a tab), the first before three or more (or a
    tab), or a field between two such gaps, decoration aside. Where a header's columns,
    flattened into one line by a PDF or an OCR, put the stamp beside the issuer ("BỘ CHỈ HUY
    QUÂN SỰ TỈNH      TUYỆT MẬT", "MẬT      UBND TỈNH ...", "UBND ...    MẬT    Số: 12/..."):
    no heading's word nor a phrase ("BẢO VỆ BÍ MẬT", "MẬT KHẨU") stands so."""
    before, after = text[line_start:s], text[e:line_end]
    head = before.strip(" \t*_\"'([«")
    tail = after.strip(" \t\r*_\"'.)]»")
    if tail.lower().startswith(("giải mật", "giai mat")):
        return False  # "MẬT          GIẢI MẬT": the stamp withdrawn beside it
    if head and not tail:
        gap = before[len(before.rstrip(" \t")) :]
        return "\t" in gap or len(gap) >= 2
    gap_after = after[: len(after) - len(after.lstrip(" \t"))]
    if tail and not head:
        return "\t" in gap_after or len(gap_after) >= 3
    # between two wide gaps: a header's three columns in one line ("UBND TỈNH ...    MẬT
    # Số: 12/KH-UBND"), or a cell of a table spaced into columns
    gap_before = before[len(before.rstrip(" \t")) :]
    return ("\t" in gap_before or len(gap_before) >= 3) and (
        "\t" in gap_after or len(gap_after) >= 3
    )


#: a line that is only a document declared secret: "VĂN BẢN TUYỆT MẬT", "Tài liệu tối mật",
#: "HỒ SƠ MẬT" (decoration around it ignored), folded
_DOCUMENT_LINE = re.compile(
    _DECOR
    + r"(?:tai[ \t]+lieu|van[ \t]+ban|ho[ \t]+so|bao[ \t]+cao|cong[ \t]+van)[ \t]+"
    + r"(tuyet[ \t]+mat|toi[ \t]+mat|mat)"
    + _DECOR
)


_MAT_ENDS_LINE = re.compile(r"mat" + _DECOR + r"(?:\r?\n|\Z)")


def _document_lines(
    doc: Document, hit: Callable[[int, int, float, str], Detection], seen: set[int]
) -> Iterator[Detection]:
    """Rule 1b: a line whose whole content declares the document itself secret ("VĂN BẢN
    TUYỆT MẬT", "Tài liệu tối mật", "HỒ SƠ MẬT"), in any case with diacritics, with or
    without text after it: the document's own title stamp. Without diacritics a two-word
    level ("VAN BAN TUYET MAT"; "TOI MAT" only in capitals, "tai lieu toi mat" may be
    "tài liệu tôi mất") or "MAT" in capitals. A heading ABOUT secrecy ("QUY ĐỊNH VỀ BẢO VỆ BÍ
    MẬT NHÀ NƯỚC", "DANH MỤC TÀI LIỆU TỐI MẬT") holds other words and is not such a line."""
    text, folded = doc.text, doc.folded
    # "mat" with only decoration after it on its line (a literal-led search in C)
    for end in _MAT_ENDS_LINE.finditer(folded):
        pos = end.start()
        if pos > 60 and folded.rfind("\n", pos - 60, pos) < 0:
            continue  # a line longer than a title
        ls, le = line_bounds(text, pos)
        if le - ls > 60:
            continue
        m = _DOCUMENT_LINE.fullmatch(folded, ls, le)
        if m is not None:
            s, e = m.span(1)
            level = text[s:e]
            if s not in seen and _is_mat(text, e - 3, e) and _declared_level(level):
                yield hit(s, e, scores.SECRECY_STAMP_LINE, "secrecy.document_line")


def _declared_level(level: str) -> bool:
    """Whether ``level``, on a line of its document's own, reads as a secrecy level."""
    if _has_diacritics(level):
        return True
    words = level.split()
    if len(words) == 1:
        return level.isupper()
    return words[0].lower() == "tuyet" or level.isupper()


def _this_document(doc: Document, s: int, e: int, line_start: int) -> bool:
    """Whether the level at ``[s, e)`` is said of the document at hand ("văn bản này thuộc độ
    MẬT", "tài liệu này là tối mật"), not named in prose about the law."""
    if not _is_mat(doc.text, s, e):
        return False
    lo = max(line_start, s - 60)
    return _THIS_DOC_LEVEL.search(doc.text[lo:e].lower()) is not None


def _document_with_level(doc: Document, s: int, e: int, line_start: int, line_end: int) -> bool:
    """Whether the level at ``[s, e)`` qualifies a document named just before it, and what
    follows says which document ("tài liệu tối mật về nhân sự:", "tai lieu toi mat cua so
    gui len day"), or the document opens its line ("Tài liệu mật: ..."); not a class of
    documents a rule is about ("bảo quản tài liệu tối mật"). Without diacritics only a
    two-word level ("tai lieu mat" may be "tài liệu mất", lost)."""
    text, folded = doc.text, doc.folded
    if not _is_mat(text, s, e):
        return False
    seg = text[s:e]
    noun = _DOC_BEFORE.search(folded, max(line_start, s - 24), s)
    if noun is None:
        return False
    if _REGULATED.search(folded, max(line_start, noun.start() - 24), noun.start()):
        return False
    if not _has_diacritics(seg) and len("".join(seg.split())) == 3:
        # "tai lieu mat" may be "tài liệu mất" (lost): "mật" when the document is handed over
        # at once ("tai lieu mat, tom tat giup", "van ban mat sau day:", "... can dich")
        return (
            _HANDED_OVER.match(folded, e, line_end) is not None
            or _TOPIC_AFTER.match(folded, e, line_end) is not None
            or _OWNER_AFTER.match(folded, e, line_end) is not None
            or _in_english(folded, noun.start(), line_start, line_end)
        )
    if _levels_named(folded, s, e, line_start) or _phrase_follows(text, e, line_end):
        return False
    if _DOC_LEVEL_FOLLOWS.match(folded, e, line_end) is not None:
        return True
    if (
        _SO_YOU_AFTER.match(folded, e, line_end) is not None
        and _PLURAL_BEFORE.search(folded, max(line_start, noun.start() - 12), noun.start()) is None
    ):
        return True
    # a title line of its own, spelled, above what it names ("Tài liệu tối mật\n..."; not
    # "tài liệu mật phải được bảo quản", a rule; without diacritics "tai lieu toi mat" may be
    # "tài liệu tôi mất")
    return (
        _has_diacritics(seg)
        and not folded[line_start : noun.start()].strip(" \t*-•[(\"'")
        and not text[e:line_end].strip(" \t*.\r")
        and bool(text[line_end:].strip())
    )


#: a document handed to the assistant right after its level: it is here ("sau đây", "đính
#: kèm") or a task on it follows ("tóm tắt", "dịch", "cần soạn"), folded
_HANDED_OVER = re.compile(
    r"\s*,?\s*(?:(?:sau|duoi)\s+day|dinh\s+kem|kem\s+theo|"
    r"(?:(?:can|de|nho|giup|hay|ban|em|minh)\s+){0,2}"
    r"(?:tom\s+tat|dich|soan|viet\s+lai|phan\s+tich|xem\s+giup|doc\s+giup|kiem\s+tra|"
    r"chinh\s+sua|sua\s+giup|trich|tong\s+hop|rut\s+gon))(?![a-z])"
)
#: what the document is about, right after the level: "tai lieu mat ve phuong an nhan su" (a
#: lost document is not "about" anything; "mất về tay ..." is lost into someone's hands), folded
_TOPIC_AFTER = re.compile(r"\s+ve\s+(?!tay(?![a-z]))[a-z]{2,}\s+[a-z]")
#: whose the document is, right after the level: a body or its head ("tai lieu mat cua ban chi
#: dao", "van ban mat cua so"); a lost document is said as often "mất của ai", but the guard
#: cannot tell them apart typed plain, and a secret missed is the worse error, folded
_OWNER_AFTER = re.compile(
    r"\s+cua\s+(?:ban|bo|so|phong|cuc|vu|ubnd|uy\s+ban|dang\s+uy|tinh\s+uy|huyen\s+uy"
    r"|thanh\s+uy|chi\s+bo|cong\s+an|toa|vien|hoi\s+dong|tong\s+cuc|van\s+phong|lanh\s+dao"
    r"|giam\s+doc|sep|cap\s+tren|co\s+quan|don\s+vi|trung\s+uong|quan\s+uy|bo\s+chi\s+huy)"
    r"(?![a-z])"
)
#: an English article or determiner before a document's Vietnamese words: "a tai lieu mat from
#: our department" (the code-switch names a kind of document; a lost one is said in English)
_ENGLISH_DETERMINER = re.compile(r"(?<![a-z])(?:a|an|the|this|that|our|my|your|their)\s+$")


def _in_english(folded: str, noun: int, line_start: int, line_end: int) -> bool:
    """Whether the document's words at ``noun`` follow an English determiner in an English
    sentence (two English function words on the line besides it: "a" alone is also "anh",
    brother, in Vietnamese chat)."""
    det = _ENGLISH_DETERMINER.search(folded, max(line_start, noun - 8), noun)
    return det is not None and _english_line(folded, line_start, line_end)


def _english_line(folded: str, line_start: int, line_end: int) -> bool:
    """Whether a folded line reads as English: three English function words at least."""
    from ai_guard.text.typing import english_function_words

    english = english_function_words()
    words = folded[line_start:line_end].split()
    return sum(w.strip(".,;:!?\"'()") in english for w in words) >= 3


#: what a rule says of every document of a level, right after the level: a duty of handling
#: ("phải được cất giữ", "không được sao chụp", "được quản lý"), folded; "cần được tóm tắt" is
#: a request about the document at hand, no rule
_RULE_AFTER = re.compile(
    rf"[{_QUOTES}\s]*(?:phai\s+(?:duoc\s+)?|khong\s+duoc\s+|chi\s+duoc\s+|duoc\s+)"
    r"(?:quan\s+ly|bao\s+quan|cat\s+giu|luu\s+giu|van\s+chuyen|giao\s+nhan|sao\s+chup|chup|"
    r"photo|pho\s+bien|tieu\s+huy|thu\s+hoi|mang\s+ra|dua\s+ra|dang\s+ky\s+vao\s+so)(?![a-z])"
)
#: a document at hand, or a writer's own: then a rule after the level is no general rule
_AT_HAND = re.compile(
    r"(?<![a-z])(?:nay|tren|sau|day|do|kem|dinh\s+kem|duoi\s+day|cua\s+(?:toi|em|anh|chi|minh)|"
    r"toi|em|minh)(?![a-z])"
)


#: the quotes a quoted level opens and closes with
_OPENING_QUOTES = frozenset("\"'“«‘")
_CLOSING_QUOTES = frozenset("\"'”»’")

#: after a level, a document's number on its line ("mật - số 112/cv-pc06", "MAT | So
#: 45/KH-UBND"), on the folded text: the stamp and the number line read as one
_NUMBER_AFTER_LEVEL = re.compile(r"[ \t]*[-–—|][ \t]*so[ \t:.]*\d{1,5}/")
#: before a level, a document's number, the level then closed by a separator ("số 17/kh-bch
#: toi mat - kế hoạch ..."), on the folded text (searched in a window ending at the level)
_NUMBER_BEFORE_LEVEL = re.compile(r"(?<![a-z0-9])so[ \t:.]*\d{1,5}/[a-z0-9-]+[ \t]+$")
_SEPARATOR_AFTER_LEVEL = re.compile(r"[ \t]*[-–—|:]")
#: right after a level, the note that it is a stamp: "(dấu)", "[con dấu đỏ]", "(đóng dấu)",
#: "(stamp)" (folded)
_NOTED_AS_STAMP = re.compile(
    r"[ \t]?[(\[][ \t]*(?:con[ \t]+)?(?:dong[ \t]+)?(?:dau|stamp)(?:[ \t]+(?:do|mau[ \t]+do|tron))?"
    r"[ \t]*[)\]]"
)
#: right after a level, its copy's number: "- Bản số 01", "| bản số: 3/5" (folded)
_COPY_AFTER = re.compile(r"[ \t]*[-–—|,][ \t]*ban[ \t]+so[ \t]*:?[ \t]*\d")
#: the first word of a two-word level, just before its "mat" (folded; OCR reads the "i" of
#: "tối" as "l", "1" or "|")
_LEVEL_LEAD = re.compile(r"(?<![a-z])(?:tuyet|to[il1|])[ \t]+$")


#: the first word of a two-word level in capitals before "MẬT", a space or markup's tags
#: between ("TỐI</span> <span>MẬT"; folded; OCR's "l", "1", "|" for the "I")
_LEAD_BEFORE = re.compile(
    r"(?<![a-z])(?P<word>tuyet|to[il1|])(?:[ \t]+|(?:[ \t]*</?[a-z][^<>\n]{0,40}>[ \t]*)+)$"
)


def _level_lead(doc: Document, start: int) -> int | None:
    """Where the two-word level whose "MẬT" starts at ``start`` begins, when its first word in
    capitals spells "TỐI" or "TUYỆT" as OCR reads them (:func:`_is_mat`), else None."""
    m = _LEAD_BEFORE.search(doc.folded, max(0, start - 80), start)
    if m is None:
        return None
    a, b = m.span("word")
    word = doc.text[a:b]
    if not word.translate(_OCR_I_UPPER).isupper():
        return None
    return a if _is_mat(word + doc.text[start : start + 3], 0, b - a + 3) else None


#: the first word of a two-word level right before its "mat" (folded), written whole or
#: letter by letter ("TỐI", "T Ố I", "T-Ố-I", "T.O.I", OCR's "l", "1" or "|" for the "I"),
#: then what may stand between the two words of a stamp: spaces or a tab, a table's bar
#: ("T O I | M A T"; "T O | M A T", the "I" read as the bar), a dot, a hyphen, an underscore
_WHOLE_LEAD = re.compile(
    r"(?<![a-z0-9])(?P<word>tuyet|to[il1|]|t(?P<g>[ .\-]|  |\t)u(?P=g)y(?P=g)e(?P=g)t"
    r"|t(?P<h>[ .\-]|  |\t)o(?:(?P=h)[il1]|[ \t]{1,3}\|))"
    r"(?:[ \t]*[|\u2502][ \t]*|[ \t]{1,4}|[._\-])$"
)
#: the letters of "mat" alone in a found span (spaced, dotted, hyphened, or OCR's "4" for
#: "A" in capitals): what :func:`_whole_level` widens
_MAT_ALONE = frozenset({"mat", "m4t"})


def _whole_level(doc: Document, start: int, end: int) -> int | None:
    """Where the level whose lone "mật" was found at ``start:end`` begins, when the first word
    of a two-word level stands right before it in the same style ("T Ố I | M Ậ T", "TỐI |
    MẬT", "T O | M A T", "TUYỆT.MẬT"): the stamp is the higher level, never "mật" alone
    (a table or OCR split it; reading the lower one would understate what the text holds).
    The first word must spell the level as :func:`_is_mat` reads it (not the pronoun "TÔI"),
    in capitals where the "mật" is, with its marks where the "mật" is in lower case."""
    text, folded = doc.text, doc.folded
    found = text[start:end]
    letters = "".join(c for c in found if c.isalnum())
    if fold_word(letters) not in _MAT_ALONE:
        return None
    m = _WHOLE_LEAD.search(folded, max(0, start - 24), start)
    if m is None:
        return None
    a, b = m.span("word")
    lead = "".join(c for c in text[a:b] if c.isalpha() or c in "1|")
    mat = letters.replace("4", "A")
    if mat.isupper():
        if not lead.translate(_OCR_I_UPPER).isupper():
            return None
    elif not (lead.islower() and _has_diacritics(lead) and _has_diacritics(mat)):
        return None
    return a if _is_mat(lead + mat, 0, len(lead) + len(mat)) else None


#: a two-word level its words joined by a dot or a bar ("TỐI.MẬT", "TOI|MAT", "tuyệt.mật"),
#: no part of a longer dotted name or path (folded)
_JOINED_LEVEL = re.compile(
    r"(?<![a-z0-9._\-/\\|])(?:tuyet|to[il1])[.|]mat(?![a-z0-9]|[.\-_/\\][a-z0-9])"
)


def _joined_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A two-word level whose words a dot or a bar joins, in capitals or spelled with its
    marks ("TOI.MAT", "TỐI.MẬT", "tối|mật"); a lower-case "toi.mat" without marks stays (a
    data file's name, "tôi.mất")."""
    text, folded = doc.text, doc.folded
    for m in _JOINED_LEVEL.finditer(folded):
        s, e = m.span()
        seg = text[s:e]
        letters = seg.replace(".", "").replace("|", "")
        if not (
            letters.translate(_OCR_I_UPPER).isupper()
            or (letters.islower() and _has_diacritics(letters))
        ):
            continue  # "tối.Mật khẩu": a sentence's end typed without its space
        after = _WORD_AFTER.match(text, e)
        if after is not None and _opens_phrase(_word(after.group(1))):
            continue
        if _is_mat(letters, 0, len(letters), stamp_place=True):
            yield s, e


def _level_spans(text: str, folded: str) -> Iterator[tuple[int, int, str]]:
    """The levels quoted whole ('tiêu đề là "tuyệt mật"', '"TOl MAT"': two words, the quotes
    right around them) and the levels just before or just after a document's number, found
    from the words "mat" of the folded text (a few hundred a megabyte) rather than patterns
    tried at every position; offsets are the text's (folding keeps them)."""
    n = len(folded)
    i = folded.find("mat")
    while i >= 0:
        e = i + 3
        j = e
        while j < n and folded[j] in " \t":
            j += 1
        # a quote or a separator must follow: most "mat" (mất, mặt, mắt ...) stop here
        if (
            (i == 0 or not ("a" <= folded[i - 1] <= "z"))
            and (e == n or not ("a" <= folded[e] <= "z"))
            and ((e < n and text[e] in _CLOSING_QUOTES) or (j < n and folded[j] in "-–—|:"))
        ):
            lead = _LEVEL_LEAD.search(folded, max(0, i - 10), i)
            s = i if lead is None else lead.start()
            if (
                lead is not None
                and s > 0
                and e < len(text)
                and text[s - 1] in _OPENING_QUOTES
                and text[e] in _CLOSING_QUOTES
            ):
                yield s, e, "secrecy.quoted_level"
            elif _NUMBER_AFTER_LEVEL.match(folded, e) is not None:
                yield s, e, "secrecy.before_number"
            elif (
                _SEPARATOR_AFTER_LEVEL.match(folded, e) is not None
                and _NUMBER_BEFORE_LEVEL.search(folded, max(0, s - 40), s) is not None
            ):
                yield s, e, "secrecy.after_number"
        i = folded.find("mat", e)


def _quoted_levels(
    doc: Document, hit: Callable[[int, int, float, str], Detection], seen: set[int]
) -> Iterator[Detection]:
    """Two-word levels quoted and levels beside a document's number (:func:`_level_spans`),
    unless the levels are listed or named in a rule for documents (a leaflet's '"tuyệt mật",
    "tối mật" và "mật"')."""
    text, folded = doc.text, doc.folded
    for s, e, pattern in _level_spans(text, folded):
        level = text[s:e]
        if s in seen or not _level_as_typed(level):
            continue
        line_start, line_end = line_bounds(text, s)
        if (
            _levels_named(folded, s, e, line_start)
            or _rule_for_documents(text, folded, s, e, line_start, line_end)
            or (
                pattern == "secrecy.quoted_level"
                and _levels_discussed(folded, line_start, line_end)
            )
        ):
            continue
        yield hit(s, e, scores.SECRECY_CAPS_INLINE, pattern)


#: a level's word on a folded line
_LEVEL_WORD = re.compile(r"(?<![a-z])mat(?![a-z])")


def _levels_discussed(folded: str, line_start: int, line_end: int) -> bool:
    """Whether a line quoting a level talks about the levels rather than a document: it names
    several ("'Mật', 'Tối mật' and 'Tuyệt mật'") or is an English sentence ("What does
    'Tuyệt mật' mean ...": three English function words at least; a stamp said in English is
    :func:`_english_marks`')."""
    if len(_LEVEL_WORD.findall(folded, line_start, line_end)) >= 2:
        return True
    return _english_line(folded, line_start, line_end)


def _level_as_typed(level: str) -> bool:
    """Whether a level read by :func:`_quoted_levels` reads as one as typed: "mật" spelled
    with its diacritics or typed plain (quoted, or beside a document's number, "toi mat" is
    the stamp's text, not "tôi mất"); spelled with other diacritics it is another word
    ("mặt", "mất")."""
    return level.isascii() or "mật" in level.lower()


def _rule_for_documents(
    text: str, folded: str, s: int, e: int, line_start: int, line_end: int
) -> bool:
    """Whether the level at ``[s, e)`` names a class of documents in a rule ("Văn bản đóng
    dấu TỐI MẬT phải được cất giữ trong két sắt", "Các tài liệu mang dấu “MẬT” không được sao
    chụp"): a duty follows the level at once, and nothing before it in the sentence points at
    a document at hand or the writer's own ("văn bản này", "tài liệu đính kèm", "của tôi");
    or a question or a rule about the kind, as ``mark_talk`` reads it ("tài liệu đóng dấu Tối
    mật thì có được dùng ChatGPT không?", in any case)."""
    if said_of_a_kind(folded, line_start, line_end, s, e) or listed_as_a_mistake(
        folded, line_start, line_end, s, e
    ):
        return True
    if _RULE_AFTER.match(folded, e, line_end) is None:
        return False
    lo = max(line_start, s - 60)
    stop = max(folded.rfind(".", lo, s), folded.rfind(":", lo, s))
    return _AT_HAND.search(folded, max(lo, stop + 1), s) is None


def _levels_listed_after_key(text: str, folded: str, pos: int, value: int) -> bool:
    """Whether "độ MẬT, TỐI MẬT" lists two levels (the key's own "mật" set in capitals after
    a lower-case "độ", and only a comma or a list word before the next level) rather than
    giving the key "Độ mật" its value."""
    if not text[pos : pos + 3].isupper() or not text[pos - 3 : pos].strip().islower():
        return False
    between = folded[pos + 3 : value]
    return (
        folded.startswith(("mat", "toi", "tuyet"), value)
        and ":" not in between
        and any(c in between for c in ",;/")
    )


def _levels_named(folded: str, s: int, e: int, line_start: int) -> bool:
    """Whether the level at ``[s, e)`` is one of several listed ("“MẬT”, “TỐI MẬT” hoặc “TUYỆT
    MẬT”": a leaflet or a regulation naming the levels) or an example ("Ví dụ: dấu ...")."""
    return (
        _ENUMERATION.match(folded, e) is not None
        or _ENUMERATED_BEFORE.search(folded, max(line_start, s - 16), s) is not None
        or _EXAMPLE_BEFORE.search(folded, max(line_start, s - 60), s) is not None
    )


def _caps_beside(text: str, s: int, e: int, line_start: int, line_end: int) -> bool:
    """Whether the word before or after ``text[s:e]`` on its line is a word in capitals."""
    before = _WORD_BEFORE.search(text, line_start, s)
    after = _WORD_AFTER.match(text, e, line_end)
    for m in (before, after):
        word = _word(m.group(1)) if m else ""
        if len(word) > 1 and word.isupper():
            return True
    return False


def _alone_on_line(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` fills its line (decorations aside) and the text holds another
    non-empty line: a stamp's place, not a phrase in a sentence or the whole prompt."""
    ls, le = line_bounds(text, s)
    if text[ls:s].strip(_STAMP_DECOR) or text[e:le].strip(_STAMP_DECOR):
        return False
    return bool(text[:ls].strip() or text[le:].strip())


#: how far before a gate's hit a control stamp may start, and after it end (the longest
#: stamp's letters, spaced out by a scanner)
_CONTROL_BEFORE = 120
_CONTROL_AFTER = 12


def _control_stamps(folded: str) -> Iterator[re.Match[str]]:
    """The control stamps (:data:`_CONTROL`) around the hits of their gates, each once: the
    pattern, which may enter at every "t" and "c", reads only there."""
    windows: list[list[int]] = []
    for gate in _CONTROL_GATES:
        for g in gate.finditer(folded):
            windows.append([max(0, g.start() - _CONTROL_BEFORE), g.end() + _CONTROL_AFTER])
    windows.sort()
    merged: list[list[int]] = []
    for w in windows:
        if merged and w[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], w[1])
        else:
            merged.append(w)
    for lo, hi in merged:
        yield from _CONTROL.finditer(folded, lo, min(len(folded), hi))


def _copy_stamps(
    doc: Document, hit: Callable[[int, int, float, str], Detection]
) -> Iterator[Detection]:
    """The copy stamp of a secret document (:data:`_COPY_STAMP`): with its fields after it in
    any case ("Bản sao số: 02 / Thời gian sao: ... / Người cho phép sao: ..."), opening a short
    line in capitals ("BẢN SAO SỐ 03") or alone on it in a longer text, or a table cell's
    whole; "bản sao số hóa", "bản sao số 2 của hợp đồng" in a sentence are none."""
    text, folded = doc.text, doc.folded
    for m in _COPY_STAMP.finditer(folded):
        s, e = m.span(1)
        fields = _COPY_FIELDS.search(folded, e, min(len(folded), e + _COPY_REACH)) is not None
        if not fields:
            ls = line_bounds(text, s)[0]
            le = line_bounds(text, e)[1]  # (a stamp broken over two lines: "BẢN SAO" / "SỐ: 02")
            n = _COPY_NUMBER.match(text, e, le)
            end = e if n is None else n.end()
            stamp_line = (
                not text[ls:s].strip(_STAMP_DECOR)
                and not text[end:le].strip(_STAMP_DECOR)
                and le - ls <= _COPY_LINE
            )
            if not (
                (stamp_line and (text[s:e].isupper() or _alone_on_line(text, s, le)))
                or _whole_cell(text, s, end)
            ):
                continue
        yield hit(s, e, scores.SECRECY_CONTROL_STAMP, "secrecy.copy_stamp")


_CELL_WRAP = " *_\"'`"


def _whole_cell(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is the whole of a table's cell: a pipe or a tab before it on its
    line, one after it or the line's end, nothing between but spaces, emphasis and quotes."""
    ls, le = line_bounds(text, s)
    before, after = text[ls:s].rstrip(_CELL_WRAP), text[e:le].lstrip(_CELL_WRAP)
    return before.endswith(("|", "\t")) and (not after.strip() or after.startswith(("|", "\t")))


def _opens_document(text: str, line_start: int, line_end: int, *, single: bool = True) -> bool:
    """Whether the line is the text's first (blank lines before it aside), or the first after
    a line ending with a colon (the request that introduces a pasted document), and text
    follows it: where a stamp stands on a pasted document. A ``single`` word must not open a phrase
    broken by the line ("mật\nong"); a two-word level ("toi mat\nbao cao") opens none."""
    before = text[:line_start].rstrip()
    if (before and not before.endswith(":")) or not text[line_end:].strip():
        return False  # not the first line, nor the first after "summarise this note:"
    if not single:
        return True
    after = _WORD_AFTER.match(text, line_end)  # "mật\nong rừng": a phrase broken by a line
    if after is None:
        return True
    word = fold_word(_word(after.group(1)))
    if word == "bao":  # "mật\nbáo cáo ...": a report under its stamp, not "mật báo"
        then = _WORD_AFTER.match(text, after.end())
        return then is not None and fold_word(_word(then.group(1))) == "cao"
    return word not in _PHRASE_AFTER


def _secrecy_column(header: str | None) -> bool:
    """Whether a column's folded header cell names the secrecy level."""
    if header is None:
        return False
    return "".join(header.replace("_", " ").split()).strip("\"'*") in _SECRECY_COLUMNS


def _column_key(doc: Document) -> bool:
    """Whether some line holds "Độ mật", a table's separator and no digit: a column it heads (see
    :func:`ai_guard.text.tables.column_header`) is possible."""
    cached = doc.cached("secrecy.column_key")
    if cached is None:
        folded = doc.folded
        cached = False
        for m in _DO_MAT.finditer(folded):
            ls, le = line_bounds(folded, m.start())
            # a header has a separator and no digit (tables._find_header)
            if any(folded.find(sep, ls, le) >= 0 for sep in "|\t;,") and not _DIGIT.search(
                folded, ls, le
            ):
                cached = True
                break
        doc.store("secrecy.column_key", cached)
    return bool(cached)


def _phrase_follows(text: str, end: int, line_end: int) -> bool:
    """Whether "mật" ending at ``end`` opens a phrase ("mật khẩu", "mật ong", "mật độ"); a
    word after a wider gap starts the next field ("Độ mật: Tối mật    Độ khẩn: ...")."""
    if text[end : end + 1] != " " or text[end + 1 : end + 2].isspace():
        return False
    after = _WORD_AFTER.match(text, end, line_end)
    if after is None or after.group(1)[0] in _QUOTES:
        return False  # a quoted word is set apart: 'độ mật "Mật"' names a value
    word = _word(after.group(1))
    if word.lower() == "do" and _PLACE_AFTER.match(text.lower(), after.end(), line_end):
        return False  # "dong dau mat do o goc trai": red, where the stamp stands
    if (
        word == "do"
        and _PLAIN_THAT.match(text, end)
        and _PLAIN_DOC_BEFORE.search(text, max(0, end - 16), end - 3)
    ):
        return False  # "cai file mat do di": "đó" (that) typed plain closing the clause
    return _opens_phrase(word)


def _opens_phrase(word: str) -> bool:
    """A word after "mật" that makes a phrase of it ("khẩu", "ong", "độ"); not "đỏ", the
    colour of the stamp ("đóng dấu mật đỏ ở góc trái"), which folds as "độ" does."""
    return fold_word(word) in _PHRASE_AFTER and word.lower() not in _STAMP_COLOURS


#: a file's extension (an office document, a scan, an archive) after a dot; the name before
#: it is the run of letters, digits, "_", "-" and "." that ends there (up to 120), its parts
#: split at "_", "-" and "."
_FILE_EXTENSION = re.compile(
    r"\.(?:docx?|pdf|xlsx?|pptx?|od[tsp]|rtf|txt|zip|rar|7z|jpe?g|png|tiff?|eml|msg)(?![\w])",
    re.IGNORECASE,
)  # (led by its dot alone: the engine's fast search; the letter before is checked after)
_FILE_STEM = 120
#: a document's type code in a file name ("qd_12_mat.docx"): then a lower-case level is one
_FILE_DOC_CODES = frozenset("qd cv bc tb kh tt ttr to nq ct bb hd gm kl tl vb cd qc bcd".split())
_FILE_PARTS = re.compile(r"[^_\-.]+")
#: what may follow a level among a file name's parts: a version, a number, a date (a month
#: "t11", a quarter "q4"), the state of the copy; a word would make "MAT" a syllable of a
#: phrase ("BC_MAT_DO_DAN_SO": mật độ, density; "MAT_BANG": mặt bằng, a floor plan)
_AFTER_FILE_LEVEL = re.compile(
    r"(?:v|ver|ban|lan|b|t|thang|q|quy|nam)?\d+[a-z]?|final|moi|sua|draft|scan|copy|signed"
    r"|daky|ky|goc|chinh",
    re.IGNORECASE,
)


def _file_name_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A level among the parts of a file's name, in capitals (``QD_12_MAT.docx``,
    ``BC_TOI_MAT_v2.pdf``, ``KH-TUYET-MAT.docx``) or after a document's code or number in
    lower case (``qd_12_mat.docx``, and a glued ``toimat`` anywhere), followed by nothing but a
    version, a number or the copy's state: what the file holds is the level's."""
    text, folded = doc.text, doc.folded
    for m in _FILE_EXTENSION.finditer(text):
        end = m.start()
        if end == 0 or not text[end - 1].isalnum():
            continue
        start = end
        while start > max(0, end - _FILE_STEM) and (
            text[start - 1].isalnum() or text[start - 1] in "_-."
        ):
            start -= 1
        if "mat" not in folded[start:end]:
            continue
        parts = list(_FILE_PARTS.finditer(text, start, end))
        for i, part in enumerate(parts):
            s, e = part.span()
            word = folded[s:e]
            if not text[s:e].isupper() and not (
                word in ("toimat", "tuyetmat")
                or any(
                    folded[p.start() : p.end()] in _FILE_DOC_CODES
                    or text[p.start() : p.end()].isdigit()
                    for p in parts[:i]
                )
            ):
                continue  # "ban_ve_mat.pdf" (a face, a surface); "qd_12_mat.docx" is the level
            if (
                word == "mat"
                and i > 0
                and folded[parts[i - 1].start() : parts[i - 1].end()]
                in (
                    "toi",
                    "tuyet",
                )
            ):
                s = parts[i - 1].start()  # "TOI_MAT": the two-word level
            elif word not in ("mat", "toimat", "tuyetmat"):
                continue
            if not _is_mat(text, e - 3, e, stamp_place=True):
                continue
            if (
                i + 1 < len(parts)
                and _AFTER_FILE_LEVEL.fullmatch(text, parts[i + 1].start(), parts[i + 1].end())
                is None
            ):
                continue
            yield s, e


#: a two-word level joined by '-' or '_' as a slug joins words (a tag, a label's value, a
#: folder, a URL's path): "tuyet-mat", "toi_mat", "TUYỆT-MẬT"
_SLUG_LEVEL = re.compile(r"(?<![a-z0-9])(tuyet|toi)[-_]mat(?![a-z0-9])")
#: a word going on after "toi-mat" typed plain in lower case: a phrase hyphenated in chat
#: ("toi-mat-qua": tối mắt quá), no slug of the level
_SLUG_GOES_ON = re.compile(r"[-_][a-z]")


def _slug_levels(doc: Document) -> Iterator[tuple[int, int]]:
    """A two-word level joined into a slug (``tags: [bao-cao, tuyet-mat]``, ``label:
    toi_mat``, ``/data/tuyet_mat/``), its letters the level's where they bear diacritics (not
    "tối-mắt"); a file's name is :func:`_file_name_levels`'s."""
    text, folded = doc.text, doc.folded
    for m in _SLUG_LEVEL.finditer(folded):
        s, e = m.span()
        # the vowel bearing the tone: "o" of "toi" (ố), "e" of "tuyet" (ệ)
        toi = m.group(1) == "toi"
        vowel = text[m.start(1) + (1 if toi else 3)]
        if vowel not in (_TOI_LETTERS if toi else _TUYET_LETTERS):
            continue
        if toi and text[s:e] == folded[s:e] and _SLUG_GOES_ON.match(text, e):
            continue  # "toi-mat-qua troi oi"
        if _is_mat(text, e - 3, e, stamp_place=True):
            yield s, e


def _glued_level(folded: str, pos: int) -> bool:
    """'toimat', 'tuyetmat': a letter-spaced level joined back (``T Ố I M Ậ T``); 'domat': a
    camel-case key (``"doMat"``)."""
    for head in ("toi", "tuyet", "do"):
        k = pos - len(head)
        if k >= 0 and folded.startswith(head, k) and (k == 0 or not folded[k - 1].isalpha()):
            return True
    return False


def _cell(doc: Document, pos: int, line_start: int, line_end: int) -> tuple[int, int] | None:
    """The span of the level that fills a table cell alone ("| Tối mật |", "\tMật\t")."""
    text = doc.text
    for sep in ("|", "\t", ";", ","):
        left = text.rfind(sep, line_start, pos)
        if left < 0:
            continue
        right = text.find(sep, pos, line_end)
        right = line_end if right < 0 else right
        cell = text[left + 1 : right]
        stripped = cell.strip(" \"'")
        if not stripped or len(stripped) > 10:
            return None
        s = left + 1 + cell.index(stripped)
        return s, s + len(stripped)
    return None
