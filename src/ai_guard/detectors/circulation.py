"""Circulation marks of internal documents (reference.md c.4): ``LƯU HÀNH NỘI BỘ``,
``TÀI LIỆU KHÔNG PHỔ BIẾN``, ``XEM XONG TRẢ LẠI``, ``HẠN CHẾ PHỔ BIẾN`` ... Not state secrets,
but they mark a document guidance 557 (P5) keeps away from external AI: ``INTERNAL_MARK``,
blocked by default, lowered by a policy's ``actions.INTERNAL_MARK``. The declassification
stamp ``GIẢI MẬT`` is one too (:func:`_declassification_stamps`): no state secret any more,
but not the guard's to vouch for (reference.md c.4: warn, do not auto-allow).

The phrases are in ``data/detectors/internal_marks.tsv``. A phrase counts

1. alone on its line (decorations and a leading ``Tài liệu``/``Chỉ`` aside), opening its
   line before a dash (``xem xong trả lại - Báo cáo ...``), in brackets (``(Lưu hành nội
   bộ)``), after a stamp word or the words on the page (``có dấu xem xong trả lại``, ``cuoi
   trang co chu xem xong tra lai``, ``tiêu đề hiện ra "lưu hành nội bộ"``), opening a paste
   quoted after a request's colon as its own sentence (``phần đầu: "tài liệu không phổ biến.
   dự thảo ..."``) or after a ``Phạm vi lưu hành:`` label, opening a chat message as the label
   of a paste with a request (``xem xong tra lai, tom tat giup: ...``;
   mark_talk.labels_a_request; not ``không phổ biến``), in any case;
1b. after the line or sentence of the page it is (``có dòng xem xong trả lại``, ``co dong xem
   xong tra lai``, ``in dòng``, ``có câu``), in any case, unless the sentence asks about
   documents of the kind (``Văn bản có dòng "lưu hành nội bộ" thì có được đăng ... không?``:
   rule 3's question);
2. in capitals or title case inside a line (``góc trên ghi LƯU HÀNH NỘI BỘ``, ``"Lưu Hành Nội
   Bộ – Dự thảo ..."``), unless a heading names it (``QUY ĐỊNH VỀ TÀI LIỆU LƯU HÀNH NỘI BỘ``);
3. for the ``strong`` phrases only, in running text (``tài liệu này lưu hành nội bộ``), unless
   prose names it (``quy định về ...``, ``các chỉ dẫn như "lưu hành nội bộ"``): a question
   about documents of the kind (``Tài liệu lưu hành nội bộ phải đóng dấu thế nào?``, ``văn
   bản lưu hành nội bộ có được gửi qua email không``) with no document at hand pointed at and
   no task on a text asked for, or an item in a list of the kinds of marks (``các loại dấu
   gồm: mật, lưu hành nội bộ, dự thảo``; marks stacked at the head of a line, ``Tài liệu lưu
   hành nội bộ, không phổ biến ra ngoài``, are the document's own unless the line asks about
   them). A mark as a stamp (rules 1 and 2) counts in any sentence.
4. a weak ``không phổ biến`` or ``xem xong trả lại`` in lower case right after a document's
   noun (``tài liệu``, ``văn bản``, ``hồ sơ``, ``công văn``, ``báo cáo``, ``file``), ``này``,
   ``đó`` or a comma after it and work on the text asked in the sentence (``văn bản không phổ
   biến này cần rút gọn``): the noun is the mark's too, as for the strong phrases in running
   text (PROMPTS.md's rule for a mark's span).

``nội bộ`` alone counts as a tag in square brackets (an e-mail's subject ``[NỘI BỘ] ...``) and
in parentheses in capitals (``(NỘI BỘ)``).

A line that is a mark once the signs parting its letters are taken out (``L|Ư|U H|À|N|H N|Ộ|I
B|Ộ``, ``LƯU. HÀNH. NỘI. BỘ``) or its HTML character references read (``L&#431;U H&#192;NH
...``), in capitals or with diacritics, counts too (:func:`_parted_lines`, cg28).

The text is also read with letter spacing undone (``L Ư U  H À N H``, ``L.Ư.U``), as for
``vn.secrecy_mark``. ``Phạm vi lưu hành: Nội bộ`` counts; ``nội bộ`` alone only as a tag.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.mark_talk import (
    AT_HAND_WORDS,
    QUESTION,
    TASK,
    labels_a_request,
    listed_as_a_mistake,
    quoted_in_a_question,
    said_of_a_kind,
    sentence_around,
)
from ai_guard.detectors.secrecy import garbled_lines, scan_unveiled
from ai_guard.detectors.secret_cells import cell_pair_in, word_cells
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.data import rows
from ai_guard.text.match import trie_regex
from ai_guard.text.tables import line_bounds

__all__ = ["InternalMarkDetector"]

_DECOR = " \t[](){}<>«»\"'“”*_=~|#:.-–—!"
_PREFIXES = ("tai lieu ", "van ban ", "chi ", "dung ", "su dung ", "ban ")
_OPEN = "([«<【"
_CLOSE = ")]»>】"
#: "Phạm vi lưu hành: Nội bộ", "Lưu hành: hạn chế"
_LABEL = re.compile(
    r"(?<![a-z])(?:pham\s+vi\s+)?luu\s+hanh\s*[:|\t]\s*(noi\s+bo|han\s+che)(?![a-z])"
)
#: "nội bộ" alone as a tag: an e-mail's subject ("[NỘI BỘ] Kết quả ..."), a bracketed stamp
#: (folded; in parentheses only in capitals, see InternalMarkDetector._detect)
_TAG = re.compile(r"noi[ \t]+bo")  # (literal-led: the engine's fast search; brackets checked after)
_TAG_OPEN = {"[": "]", "【": "】", "(": ")"}
#: words just before a phrase that name it rather than apply it
_NAMING = re.compile(
    r"(?:(?<![a-z])(?:ve|nhu|gom|quy dinh|chi dan|cum tu|khai niem|dong chu|ghi chu)"
    r"(?: viec| cac| la| tai lieu| van ban)?\s*[\"'“«]?\s*)$"
)
#: the marks' skeletons as a legacy encoding garbles their vowels (folded): "l¦u hµnh nei be",
#: "xem xong trau laii", "tai lieu khong pho bien"
_GARBLED_MARK = re.compile(
    r"l\S{1,2}u[ \t]+h\S{1,3}nh[ \t]+n\S{1,2}i[ \t]+b\S{1,2}"
    r"|xem[ \t]+xong[ \t]+tr\S{1,3}[ \t]+l\S{1,3}i"
    r"|t\S{1,2}i[ \t]+li\S{1,3}u[ \t]+kh\S{1,3}ng[ \t]+ph\S{1,3}[ \t]+bi\S{1,3}n"
)
#: the kinds of marks a list names beside a phrase (folded): the secrecy levels, a draft, the
#: urgency marks, the other circulation phrases
_MARK_KINDS = (
    r"(?:tuyet\s+mat|toi\s+mat|mat|du\s+thao|khan|thuong\s+khan|hoa\s+toc|hoa\s+toc\s+hen\s+gio"
    r"|xem\s+xong\s+tra\s+lai|(?:tai\s+lieu\s+)?(?:khong|han\s+che)\s+pho\s+bien"
    r"|(?:chi\s+)?luu\s+hanh\s+noi\s+bo|tai\s+lieu\s+thu\s+hoi|mat\s+(?:a|b|c))"
)
#: (the next item may name its kind: "mật và dấu 'lưu hành nội bộ'", "hoặc chữ xem xong trả lại")
_LIST_JOIN = (
    r"[\"'”»]?\s*(?:[,;/]|\s(?:va|hoac|hay|and|or))\s*(?:(?:dau|chu|dong\s+chu|cum\s+tu)\s+)?"
    r"[\"'“«]?\s*"
)
#: another kind of mark just before a phrase, then a list's separator: "mật, lưu hành nội bộ"
_KIND_BEFORE = re.compile(r"(?<![a-z])" + _MARK_KINDS + _LIST_JOIN + r"$")
#: ... or just after it: "lưu hành nội bộ, dự thảo", "lưu hành nội bộ hoặc mật"
_KIND_AFTER = re.compile(_LIST_JOIN + _MARK_KINDS + r"(?![a-z])")


def _in_list_of_kinds(folded: str, ls: int, le: int, s: int, e: int) -> bool:
    """Whether the phrase is an item in a list of kinds of marks ("mật, lưu hành nội bộ, dự
    thảo", "lưu hành nội bộ hoặc tối mật")."""
    return bool(_KIND_BEFORE.search(folded, max(ls, s - 24), s) or _KIND_AFTER.match(folded, e, le))


def _named_in_prose(folded: str, ls: int, le: int, s: int, e: int) -> bool:
    """Whether a phrase in running text names a kind of document or of mark rather than
    marking the text at hand: an item in a list of kinds of marks, or a question about
    documents of the kind that points at no document at hand and asks for no work on one.
    Marks stacked at the head of a line ("Tài liệu lưu hành nội bộ, không phổ biến ra
    ngoài") are the document's, unless the line asks about them."""
    listed = _in_list_of_kinds(folded, ls, le, s, e)
    if listed and not _opens_line(folded, ls, s):
        return True
    start, end = sentence_around(folded, ls, le, s, e)
    sentence = folded[start:end].strip()
    if QUESTION.search(sentence) is None:
        return False
    if listed:
        return True
    words = set(re.findall(r"[a-z]+", sentence))
    return not (words & AT_HAND_WORDS) and TASK.search(sentence) is None


#: a class of documents before a stamp word: "các văn bản có dấu", "những tài liệu ghi",
#: "mọi hồ sơ đóng dấu" (folded, up to the phrase)
_CLASS_STAMPED = re.compile(
    r"(?<![a-z])(?:cac|nhung|moi|tat\s+ca(?:\s+cac)?)\s+(?:van\s+ban|tai\s+lieu|ho\s+so|"
    r"giay\s+to|ban)(?:\s+[a-z]+){0,3}?\s+(?:co\s+|duoc\s+|bi\s+|da\s+)?"
    r"(?:dong\s+|in\s+|ghi\s+)?(?:dau|chu|ghi|dong\s+chu)?\s*[\"'“«:]?\s*$"
)


def _stamp_of_a_class(folded: str, ls: int, le: int, s: int, e: int, upper: bool) -> bool:
    """Whether a stamp named after a stamp word is said of a class of documents in a rule
    or a question ('các văn bản có dấu "LƯU HÀNH NỘI BỘ" không được đăng lên mạng', 'văn bản
    có dấu lưu hành nội bộ có được gửi lên ChatGPT không?'), not of the document at hand: a
    plural before the document's noun, or a question, with nothing in the sentence that
    points at a document at hand or asks for work on one. In capitals, a question counts only
    as ``mark_talk`` reads it: a document's noun taken generally, the stamp, then a duty or a
    permission ('Văn bản có dấu LƯU HÀNH NỘI BỘ thì có được đăng lên không?')."""
    if said_of_a_kind(folded, ls, le, s, e) or listed_as_a_mistake(folded, ls, le, s, e):
        return True
    start, end = sentence_around(folded, ls, le, s, e)
    words = set(re.findall(r"[a-z]+", folded[start:end]))
    if words & AT_HAND_WORDS or TASK.search(folded, start, end):
        return False
    if _CLASS_STAMPED.search(folded, max(start, s - 60), s):
        return True
    # any other question: said in lower case only (in capitals, the stamp's own text may be
    # quoted from the document at hand: 'Tài liệu này ... LƯU HÀNH NỘI BỘ, được không?')
    return not upper and QUESTION.search(folded[start:end].strip()) is not None


#: a mark opening its line, a dash after it: the head of a pasted document's line
_DASH_AFTER = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+\S")
#: a stamp word right before a phrase: "có dấu", "đóng dấu", "stamped", the words written on
#: the page ("có chữ", "ghi chữ", "in dòng chữ", "ghi", "marked"), what the screen shows of
#: it ('tiêu đề hiện ra "lưu hành nội bộ"', "shows", "reads")
_STAMP_WORD_BEFORE = re.compile(
    r"(?<![a-z])(?:dau|stamp|stamped|marked|ghi|(?:co|ghi|in|dong)\s+chu"
    r"|hien(?:\s+(?:ra|len|thi))?|shows?|reads|says)\s*[\"'“«:]?\s*$"
)
#: the line or sentence on the page named right before a phrase: "cuối trang có dòng xem xong
#: trả lại", "in dòng lưu hành nội bộ", "có câu ..." (folded; the word is checked on the text:
#: "cổ đông", shareholders, folds the same as "có dòng")
_LINE_WORD_BEFORE = re.compile(r"(?<![a-z])(?:co|ghi|in)\s+(dong|cau)\s*[\"'“«:]?\s*$")
#: how the line's word is spelled on the text (with its diacritics, or typed plain)
_LINE_WORDS = frozenset({"dòng", "dong", "câu", "cau"})


def _on_a_line_of_the_page(text: str, folded: str, ls: int, s: int) -> bool:
    """Whether the phrase at ``s`` is named as a line or a sentence the page has ("có dòng",
    "in dòng", "có câu"), "dòng"/"câu" read on the text ("cổ đông", shareholders, folds as
    "có dòng" does; typed plain, "co dong khong pho bien" may be "cổ đông không phổ biến")."""
    found = _LINE_WORD_BEFORE.search(folded, max(ls, s - 24), s)
    if found is None:
        return False
    word = text[found.start(1) : found.end(1)].lower()
    return word in _LINE_WORDS and not (word.isascii() and folded.startswith("khong", s))


#: a mark opening its line before a colon and a document's kind: the label of a pasted
#: document ("xem xong tra lai: bien ban hop chi bo", "Lưu hành nội bộ: Kế hoạch ...", "xem
#: xong tra lai: ds ..."), folded
_COLON_DOCUMENT_AFTER = re.compile(
    r"[ \t]*:[ \t]*(?:bien ban|bao cao|ke hoach|quyet dinh|cong van|to trinh|danh sach"
    r"|phuong an|thong bao|chi thi|ho so|tai lieu|van ban|du thao|nghi quyet|ket luan"
    r"|trich|noi dung"
    # chat's abbreviations of the same: "ds" danh sách, "bc" báo cáo, "qd" quyết định, "tl"
    # tài liệu ("xem xong tra lai: ds du kien bo nhiem ...")
    r"|ds|bc|qd|tl)(?![a-z])"
)
#: a document's noun right before a circulation mark in running text (folded), the mark's
#: first word: "tài liệu lưu hành nội bộ", "báo cáo lưu hành nội bộ"
_NOUN_BEFORE_MARK = re.compile(
    r"(?<![a-z])(?:tai lieu|bao cao|van ban|cong van|ho so|ke hoach|file)[ \t]+$"
)
#: the weak phrases a document's noun right before says are its mark, in lower case, when the
#: sentence asks for work on it or points at it ("văn bản không phổ biến này cần rút gọn",
#: "gửi em công văn xem xong trả lại, tóm tắt giúp"; not "văn bản không phổ biến nên ít người
#: biết"): the noun is the mark's too (PROMPTS.md's rule for a mark's span)
_NOUN_KIND_PHRASES = frozenset(("khong pho bien", "xem xong tra lai", "doc xong tra lai"))
#: "này" (or "đó", a comma, a colon) right after a phrase: the document at hand
_AT_HAND_AFTER = re.compile(r"[ \t]*(?:(?:nay|do)(?![a-z])|[,:])")
#: a mark closing its line after a dash: "Tài liệu họp - XEM XONG TRẢ LẠI"
_DASH_BEFORE = re.compile(r"\S[ \t]+[-\u2013\u2014][ \t]+$")
_QUOTES_OPENING = ('"', "“", "«", "'")
#: a quote opened after a request's colon, right before a phrase (folded)
_PASTE_OPENS = re.compile(r":[ \t]*[\"“«'][ \t]*$")
#: a phrase closing its own sentence, the paste going on after it
_SENTENCE_AFTER = re.compile(r"[ \t]*[.:][ \t]+\S")
#: what names a phrase after it: a definition asked, or the next kind of mark in a list
#: ("lưu hành nội bộ, không phổ biến, xem xong trả lại"); not an instruction that goes with
#: the mark ("Tài liệu lưu hành nội bộ, không sao chụp")
_NAMING_AFTER = re.compile(r"\s*[\"'”»]?\s*:?\s*(?:la gi|nghia la)\b")
#: the marks that name a kind of copy (handed out, then taken back): after a document's noun
#: in running text they say which copy ("bản xem xong trả lại"), folded
_RETURN_PHRASES = frozenset(("xem xong tra lai", "doc xong tra lai"))
_DOCUMENT_NOUN_BEFORE = re.compile(
    r"(?<![a-z])(?:ban|tai\s+lieu|van\s+ban|ho\s+so)(?:\s+(?:nay|do|kia))?\s+$"
)
#: ... unless a person it goes back to follows: "cầm bản xem xong trả lại em nhé"
_RETURNED_TO_AFTER = re.compile(
    r"\s+(?:cho\s+)?(?:em|anh|chi|toi|minh|tui|tao|bac|chu|co|ong|ba|thay|ho|no|nhe|nha|di)(?![a-z])"
)
#: the next kind of mark in a list after a phrase; a list when the phrase does not open its
#: line ("các dấu: lưu hành nội bộ, không phổ biến"), the marks of the document at hand when
#: it does ("Tài liệu lưu hành nội bộ, không phổ biến ra ngoài")
_LIST_AFTER = re.compile(
    r"\s*[\"'”»]?\s*,\s*[\"'“«]?\s*(?:xem\s+xong|(?:tai\s+lieu\s+)?khong\s+pho|han\s+che)\b"
)


#: word pairs rare in prose, one of which every phrase holds: the phrases are looked for only
#: around them (a phrase that holds none adds its last two words)
_ANCHORS = ("noi bo", "pho bien", "tra lai", "han che")


class _Anchor(NamedTuple):
    """A pair of words every phrase holding it has, and the words a phrase has just before it
    (``None``: some phrase opens with the pair)."""

    pattern: re.Pattern[str]
    before: tuple[str, ...] | None
    #: how many words a phrase has before and after the pair, at most
    words_before: int
    words_after: int
    #: the pair's words glued (ASCII): ``pattern`` matches only where the text without its
    #: white space, underscores, hyphens and non-ASCII characters holds them (``_squeezed``)
    glued: bytes


class _Table(NamedTuple):
    pattern: re.Pattern[str]
    strong: frozenset[str]
    anchors: tuple[_Anchor, ...]


#: what may stand between a phrase's words: spaces, underscores ("LƯU_HÀNH_NỘI_BỘ") and
#: hyphens ("Lưu‑hành")
_BETWEEN = r"[\s_\-\u2010\u2011]*"
_BETWEEN_MARKS = ("_", "-", "\u2010", "\u2011")
#: how far from its anchor a phrase is looked for, at most (its words and the gaps between)
_REACH = 200


@cache
def _phrases() -> _Table:
    table = rows("detectors/internal_marks.tsv")
    folded = [fold_word(r[1]) for r in table]
    strong = frozenset(fold_word(r[1]) for r in table if r[0] == "strong")
    body = trie_regex(sorted(folded, key=len, reverse=True)).replace(r"\ ", _BETWEEN)
    # "*": words that a zero-width space kept apart are joined once it is removed
    # the trie first (a look-behind in front costs the engine its fast path); the left word
    # boundary is checked in Python
    pairs = list(_ANCHORS)
    for phrase in folded:
        if not any(_holds(phrase.split(), a.split()) for a in pairs):
            pairs.append(" ".join(phrase.split()[-2:]))
    anchors = []
    for pair in pairs:
        before: set[str] | None = set()
        words_before = words_after = 0
        for phrase in folded:
            words = phrase.split()
            for i in range(len(words) - 1):
                if words[i : i + 2] == pair.split():
                    if before is not None:
                        before = None if i == 0 else before | {words[i - 1]}
                    words_before = max(words_before, i)
                    words_after = max(words_after, len(words) - i - 2)
        # one literal-led pattern per pair: the engine's fast substring search
        pattern = re.compile(_BETWEEN.join(map(re.escape, pair.split())))
        anchors.append(
            _Anchor(
                pattern,
                None if before is None else tuple(sorted(before)),
                words_before,
                words_after,
                "".join(pair.split()).encode("ascii"),
            )
        )
    return _Table(re.compile(r"(" + body + r")(?![a-z])"), strong, tuple(anchors))


#: the signs that part a mark's letters on a line set apart to slip past a filter ("L|Ư|U H|À|N|H
#: N|Ộ|I B|Ộ", "LƯU. HÀNH. NỘI. BỘ", "X/E/M X/O/N/G T/R/Ả L/Ạ/I"), spaces with them
_PARTING_SIGNS = ".|/·"
_PARTING = str.maketrans(dict.fromkeys(" \t.|/·-_", ""))
#: the longest line read so
_PARTED_LINE_MAX = 120
#: a sign between two letters (spaces around it allowed)
_SIGN_IN_WORD = re.compile(r"[^\W\d_][ \t]*[.|/·][ \t]*[^\W\d_]")


@cache
def _compact_phrases() -> frozenset[str]:
    """Every phrase of the table with its spaces taken out ("luuhanhnoibo")."""
    return frozenset("".join(fold_word(r[1]).split()) for r in rows("detectors/internal_marks.tsv"))


@cache
def _cell_pairs() -> dict[str, tuple[str, ...]]:
    """The gate of :func:`_word_cell_marks` (secret_cells.cell_pair_in): each phrase's last
    word and the words before it in the phrases ("bo": "noi"), as consecutive cells hold
    them."""
    pairs: dict[str, set[str]] = {}
    for words in _phrase_words():
        pairs.setdefault(words[-1], set()).add(words[-2])
    return {last: tuple(sorted(before)) for last, before in sorted(pairs.items())}


@cache
def _phrase_words() -> frozenset[tuple[str, ...]]:
    """Every phrase of the table as its folded words."""
    return frozenset(tuple(fold_word(r[1]).split()) for r in rows("detectors/internal_marks.tsv"))


def _word_cell_marks(doc: Document) -> Iterator[tuple[int, int]]:
    """A mark split word by word into a row's cells (secret_cells.word_cells: "| Phạm vi |
    lưu | hành | nội | bộ |", "XEM⇥XONG⇥TRẢ⇥LẠI", "luu,hanh,noi,bo"): its cells, first to
    last, in any case (no table of ordinary words puts one word in each cell so); a weak
    phrase only as the run's whole ("| sách | đọc | xong | trả | lại |" is a row of words)."""
    text, folded = doc.text, doc.folded
    phrases = _phrase_words()
    strong = _phrases()[1]
    longest = max(len(p) for p in phrases)
    for ls, le in _lines_with_cells(text):
        for run in word_cells(text, ls, le):
            words = [folded[a:b] for a, b in run]
            i = 0
            while i < len(words):
                n = next(
                    (
                        k
                        for k in range(min(longest, len(words) - i), 1, -1)
                        if tuple(words[i : i + k]) in phrases
                    ),
                    0,
                )
                if n and (n == len(words) or " ".join(words[i : i + n]) in strong):
                    yield run[i][0], run[i + n - 1][1]
                    i += n
                else:
                    i += 1


def _lines_with_cells(text: str) -> Iterator[tuple[int, int]]:
    """The bounds of each line holding a cell separator."""
    pos = 0
    while pos < len(text):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if any(c in text[pos:le] for c in "|\t,;"):
            yield pos, le
        pos = le + 1


def _compact_phrase_in(folded: str) -> bool:
    """Whether a phrase of the table stands in ``folded`` once spaces and parting signs are out
    (two C passes and a substring test a phrase): the gate of :func:`_parted_lines`."""
    squeezed = folded.encode("ascii", "ignore").translate(None, b" \t\r\n.|/-_")
    return any(p.encode("ascii", "ignore") in squeezed for p in _compact_phrases())


def _parted_lines(doc: Document) -> Iterator[tuple[int, int]]:
    """A line that is a mark of the table once the signs between its letters are taken out
    (:data:`_PARTING_SIGNS`) and its HTML character references read ("L&#431;U H&#192;NH
    N&#7896;I B&#7896;"): in capitals or spelled with diacritics, decorations aside, the text
    holding another line. No sentence parts its letters so; the whole-word forms are the
    phrase rules'."""
    text = doc.text
    phrases = _compact_phrases()
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        ls, le = pos, end
        pos = end + 1
        line = text[ls:le]
        if not line.strip() or len(line) > _PARTED_LINE_MAX:
            continue
        if "&#" not in line and not any(c in line for c in _PARTING_SIGNS):
            continue
        s, e = ls, le
        while s < e and text[s] in _LINE_DECOR:
            s += 1
        while e > s and text[e - 1] in _LINE_DECOR:
            e -= 1
        plain = html.unescape(text[s:e]) if "&" in text[s:e] else text[s:e]
        if fold_word(plain).translate(_PARTING) not in phrases:
            continue
        if not (plain.isupper() or any(ord(c) > 127 for c in plain)):
            continue  # typed plain in lower case: too little
        if "&#" not in line and _SIGN_IN_WORD.search(plain) is None:
            continue  # "Không phổ biến.": a sentence's full stop, no letters parted
        if text[:ls].strip() or text[pos:].strip():
            yield s, e


#: what may stand around a mark on its line (brackets, quotes, emphasis, dashes)
_LINE_DECOR = " \t\r[](){}<>«»\"'`*_=~#:-–—•|"


def _holds(words: list[str], pair: list[str]) -> bool:
    return any(words[i : i + 2] == pair for i in range(len(words) - 1))


#: what ``_BETWEEN`` may match in ASCII (``\s`` holds the four separators \x1c-\x1f too)
_SQUEEZE = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f_-"


#: a longer text is squeezed this many characters at a time (:func:`_glued_in`)
_SQUEEZE_CHUNK = 1 << 16


def _squeezed(folded: str) -> bytes:
    """``folded`` without what may stand between an anchor's words: a gate for the anchors'
    patterns, each a word, ``_BETWEEN``, a word (a pair in the text is the pair glued here,
    the characters beyond ASCII dropped with the separators). Two C passes and a substring
    test per anchor, where each pattern's own search tried every "han" of "thanh", "hanh"."""
    return folded.encode("ascii", "ignore").translate(None, _SQUEEZE)


def _glued_in(folded: str, glued: set[bytes], chunk: int = _SQUEEZE_CHUNK) -> set[bytes]:
    """Which of ``glued`` stand in :func:`_squeezed` of ``folded``, squeezed a chunk at a time
    with the tail of the chunk before (a pair across two chunks is found): the whole
    squeezed copy beside its encoding was the peak of check_prompt's memory on a dense
    megabyte (1.5 MB)."""
    keep = max(map(len, glued), default=1) - 1
    found: set[bytes] = set()
    tail = b""
    for at in range(0, len(folded), chunk):
        piece = folded[at : at + chunk].encode("ascii", "ignore").translate(None, _SQUEEZE)
        piece = tail + piece
        found.update(g for g in glued if g in piece)
        tail = piece[max(0, len(piece) - keep) :] if keep else b""
    return found


def _regions(folded: str, anchors: tuple[_Anchor, ...]) -> list[list[int]]:
    """Stretches of ``folded`` that may hold a phrase: around each anchor pair that stands
    after a word some phrase has before it, as many words either side as a phrase has,
    merged where they overlap."""
    spans: list[tuple[int, int]] = []
    if len(folded) <= _SQUEEZE_CHUNK:
        squeezed = _squeezed(folded)  # (bytes: find, not ``in``, see text.numbers)
        present = {a.glued for a in anchors if squeezed.find(a.glued) >= 0}
    else:
        present = _glued_in(folded, {a.glued for a in anchors})
    for anchor in anchors:
        if anchor.glued not in present:
            continue  # no match: ``_squeezed`` keeps what a match holds but what lies between
        for m in anchor.pattern.finditer(folded):
            a, e = m.span()
            left = folded[max(0, a - _REACH) : a].rstrip()
            while left.endswith(_BETWEEN_MARKS):
                left = left.rstrip("".join(_BETWEEN_MARKS)).rstrip()
            if anchor.before is not None and not left.endswith(anchor.before):
                continue  # "thông báo nội bộ", "Luật Phổ biến": no phrase here
            lo = max(0, a - _REACH)
            if anchor.words_before:
                words = left.rsplit(None, anchor.words_before)
                if len(words) > anchor.words_before:
                    lo += len(words[0])
            else:
                lo = a
            right = folded[e : e + _REACH]
            hi = min(len(folded), e + _REACH)
            if anchor.words_after:
                words = right.split(None, anchor.words_after)
                if len(words) > anchor.words_after:
                    hi = e + len(right) - len(words[-1])
            else:
                hi = e + 1  # the phrase's right boundary looks one character on
            spans.append((lo, min(len(folded), hi)))
    merged: list[list[int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return merged


#: a JSON or YAML field's quoted value, whole: '"pham_vi": "' before it, the closing quote and
#: the field's end after it
_FIELD_BEFORE = re.compile(r"[\w\"'][\"']?[ \t]*:[ \t]*[\"']$")
_FIELD_AFTER = re.compile(r"[\"'][ \t]*(?:[,}\]]|$)")


def _opens_line(folded: str, ls: int, s: int) -> bool:
    """Whether a phrase opens its line, decorations and a leading ``Tài liệu``/``Chỉ`` aside."""
    head = folded[ls:s].strip(_DECOR)
    return not head or any(head + " " == prefix for prefix in _PREFIXES)


def _title_line(text: str, ls: int, le: int) -> bool:
    """Whether the line is a heading in title case (most of its words capitalised: "Quy Định
    Về Tài Liệu Lưu Hành Nội Bộ"), where a phrase in title case is named, not applied."""
    words = [w for w in text[ls:le].split() if w[:1].isalpha()]
    return len(words) >= 6 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


#: the declassification stamp (Mẫu 05 "GIẢI MẬT", the "ĐÃ GIẢI MẬT theo Quyết định ..." line)
_DECLASSIFIED = re.compile(r"(?<![a-z])(?:da[ \t]+)?giai[ \t]+mat(?![a-z])")
#: what follows the stamp on its line: its date ("Từ: 01/01/2024"), the decision that lifted
#: the secret ("theo Quyết định số ..."), a date
_DECLASSIFIED_TAIL = re.compile(r"[ \t:,-]*(?:tu\b|theo\b|ngay\b|ke tu\b|[0-9])")
#: the stamp's own date on the line under it ("từ: 15/10/2026") (folded)
_DATE_LINE = re.compile(r"\r?\n[ \t]*(?:tu|ke tu|from)[ \t]*:?[ \t]*\d")
#: a column of the header before it ("MẬT          GIẢI MẬT"): a tab or a wide space
_COLUMN_GAP = re.compile(r"(?:\t|  )[ \t]*$")
#: the stamp said to be on the paper, in small letters as chat types it: "có dấu giải mật",
#: "đã đóng dấu giải mật" (a paper that bears it; "mẫu dấu giải mật", the stamp's model in a
#: circular, and "thủ tục đóng dấu giải mật", the procedure, only name it: no "có/đã/được")
_BEARS_STAMP = re.compile(r"(?<![a-z])(?:co|da|duoc)[ \t]+(?:dong[ \t]+)?dau[ \t]*:?[ \t]*$")
#: the line before a stamp that stands alone on its own line ends on the stamp's cue: "Trên bìa
#: có đóng dấu:", "dấu trên văn bản:"
_STAMP_CUE_LINE = re.compile(r"(?<![a-z])dau(?:[ \t]+[a-z]+){0,3}[ \t]*:[ \t]*$")


def _declassification_stamps(doc: Document) -> Iterator[tuple[int, int]]:
    """The GIẢI MẬT stamps of ``doc`` (FACTS c.4: the document *was* secret; warn, verify the
    declassification, do not auto-allow): the words in capitals (diacritics or not) opening
    their line or a column of it, alone there or before the stamp's date or decision; or
    after a stamp word in a mixed-case line ("văn bản có dấu GIẢI MẬT"); in small letters, the
    words alone on their line under a line introducing a stamp or above the stamp's date line.
    A heading in capitals naming the stamp ("MẪU DẤU GIẢI MẬT"), the words in a sentence in
    small letters ("tài liệu đã được giải mật"), a law's title are no stamp."""
    text, folded = doc.text, doc.folded
    for m in _DECLASSIFIED.finditer(folded):
        s, e = m.span()
        ls, le = line_bounds(folded, s)
        if not text[s:e].isupper():
            if _small_letters_stamp(folded, ls, le, s, e):
                yield s, e
            continue
        head = folded[ls:s].strip(_DECOR)
        tail = folded[e:le].strip(_DECOR)
        opens = not head or _COLUMN_GAP.search(text, ls, s) is not None
        stamped = opens and (not tail or _DECLASSIFIED_TAIL.match(folded, e, le) is not None)
        named = (
            bool(head)
            and not text[ls:le].isupper()
            and _STAMP_WORD_BEFORE.search(folded, max(ls, s - 24), s) is not None
        )
        if stamped or named:
            yield s, e


def _small_letters_stamp(folded: str, ls: int, le: int, s: int, e: int) -> bool:
    """The stamp typed in small or title letters where the sentence says the paper bears it
    ("văn bản có dấu giải mật", "đã đóng dấu giải mật"), or alone on its line above its own
    date line ("giải mật\ntừ: 15/10/2026") or (its date after it) under a line that ends on the
    stamp's cue ("Trên bìa có đóng dấu:\ngiải mật")."""
    if _BEARS_STAMP.search(folded, max(ls, s - 24), s) is not None:
        return True
    head = folded[ls:s].strip(_DECOR)
    tail = folded[e:le].strip(_DECOR)
    if head or (tail and _DECLASSIFIED_TAIL.match(folded, e, le) is None):
        return False
    if not tail and _DATE_LINE.match(folded, le) is not None:
        return True
    if ls == 0:
        return False
    pls, ple = line_bounds(folded, ls - 1)
    return _STAMP_CUE_LINE.search(folded, pls, ple) is not None


class InternalMarkDetector:
    id = "vn.internal_mark"
    entities = (EntityType.INTERNAL_MARK,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        spans: list[tuple[int, int]] = []
        for d in scan_unveiled(doc, self._detect):
            spans.append((d.start, d.end))
            yield d
        # a mark whose letters a legacy encoding garbled ("L¦U HµNH NéI Bé", "XEM XONG TRAÛ
        # LAÏI"), alone on its line: see vn.secrecy_mark's garbled_lines
        for s, e in garbled_lines(doc, _GARBLED_MARK):
            if not any(a < e and s < b for a, b in spans):
                yield self._hit(s, e, scores.INTERNAL_MARK_CAPS, "internal.garbled_line")
        # a mark's letters parted by signs or written as HTML references, alone on its line
        text = doc.text
        if "&#" in text or (
            any(c in text for c in _PARTING_SIGNS) and _compact_phrase_in(doc.folded)
        ):
            for s, e in _parted_lines(doc):
                if not any(a < e and s < b for a, b in spans):
                    spans.append((s, e))
                    yield self._hit(s, e, scores.INTERNAL_MARK_STAMP, "internal.parted_line")
        # a mark split word by word into a row's cells: "| lưu | hành | nội | bộ |"
        if cell_pair_in(doc.folded, _cell_pairs()):
            for s, e in _word_cell_marks(doc):
                if not any(a < e and s < b for a, b in spans):
                    spans.append((s, e))
                    yield self._hit(s, e, scores.INTERNAL_MARK_STAMP, "internal.word_cells")
        # a declassified document is not sent unasked: its reason says to verify the stamp
        if "giai mat" in doc.folded:
            for s, e in _declassification_stamps(doc):
                yield self._hit(s, e, scores.INTERNAL_MARK_STAMP, "internal.declassified")

    def _detect(self, doc: Document) -> Iterator[Detection]:
        folded = doc.folded
        pattern, strong, anchors = _phrases()
        for m in _LABEL.finditer(folded) if "luu hanh" in folded else ():
            s, e = m.span(1)
            yield self._hit(s, e, scores.INTERNAL_MARK_STAMP, "internal.label")
        for region in _regions(folded, anchors):
            yield from self._phrases_in(doc, pattern, strong, *region)
        for m in _TAG.finditer(folded) if "noi bo" in folded else ():
            s, e = m.span()
            before = folded[max(0, s - 4) : s].rstrip(" \t")[-1:]
            closing = _TAG_OPEN.get(before)
            if closing is None or folded[e : e + 4].lstrip(" \t")[:1] != closing:
                continue
            if before == "(" and not doc.text[s:e].isupper():
                continue  # "(nội bộ)" in a sentence says which kind; "(NỘI BỘ)" is a tag
            yield self._hit(s, e, scores.INTERNAL_MARK_STAMP, "internal.tag")

    def _phrases_in(
        self, doc: Document, pattern: re.Pattern[str], strong: frozenset[str], lo: int, hi: int
    ) -> Iterator[Detection]:
        text, folded = doc.text, doc.folded
        for m in pattern.finditer(folded, lo, hi):
            s, e = m.span(1)
            if s > 0 and folded[s - 1].isalpha():
                continue
            phrase = " ".join(m.group(1).split())
            ls, le = line_bounds(folded, s)
            if self._stands_alone(folded, ls, le, s, e):
                if not text[s:e].isupper() and _in_list_of_kinds(folded, ls, le, s, e):
                    continue  # "dấu lưu hành nội bộ hoặc tối mật": the kinds of stamps named
                if folded[ls:s].strip(_DECOR) and _stamp_of_a_class(
                    folded, ls, le, s, e, text[s:e].isupper()
                ):
                    continue  # 'các văn bản có dấu "LƯU HÀNH NỘI BỘ" không được đăng ...'
                yield self._hit(s, e, scores.INTERNAL_MARK_STAMP, "internal.stamp")
                continue
            before = folded[max(ls, s - 30) : s]
            if _NAMING.search(before) or _NAMING_AFTER.match(folded, e, le):
                continue
            if _on_a_line_of_the_page(text, folded, ls, s) and not _named_in_prose(
                folded, ls, le, s, e
            ):
                # the line the page has: "cuoi trang co dong xem xong tra lai, viet lai giup";
                # not a question about documents of the kind ('Văn bản có dòng "lưu hành nội
                # bộ" thì có được đăng lên cổng không?')
                yield self._hit(s, e, scores.INTERNAL_MARK_STAMP, "internal.line_on_page")
                continue
            noun = (
                _NOUN_BEFORE_MARK.search(folded, max(ls, s - 12), s)
                if phrase in _NOUN_KIND_PHRASES
                else None
            )
            if (
                noun is not None
                and text[noun.start() : e].islower()
                and not _RETURNED_TO_AFTER.match(folded, e, le)
                and _AT_HAND_AFTER.match(folded, e, le)
                and TASK.search(folded, *sentence_around(folded, ls, le, s, e)) is not None
                and not _named_in_prose(folded, ls, le, s, e)
            ):
                # "văn bản không phổ biến này cần rút gọn", "công văn xem xong trả lại,
                # tóm tắt giúp": the document at hand named by its noun and its mark
                yield self._hit(noun.start(), e, scores.INTERNAL_MARK_PROSE, "internal.noun_kind")
                continue
            if (
                phrase not in strong  # (a strong one counts in running text below)
                and not folded.startswith("khong", s)
                and labels_a_request(folded, ls, le, s, e)
            ):
                # labelling the paste in chat, any case: "xem xong tra lai, tom tat giup: ..."
                # (not "không phổ biến, nhưng tóm tắt giúp ...": a remark that opens a reply)
                yield self._hit(s, e, scores.INTERNAL_MARK_STAMP, "internal.request_label")
                continue
            if _LIST_AFTER.match(folded, e, le) and not _opens_line(folded, ls, s):
                continue
            if (
                phrase in _RETURN_PHRASES
                and _DOCUMENT_NOUN_BEFORE.search(folded, max(ls, s - 18), s)
                and not _RETURNED_TO_AFTER.match(folded, e, le)
                and not _named_in_prose(folded, ls, le, s, e)
            ):
                # the kind of copy named in running text: "a gửi e bản xem xong trả lại hôm
                # qua chưa" (not "anh xem xong trả lại em": a request, no document's kind)
                yield self._hit(s, e, scores.INTERNAL_MARK_PROSE, "internal.copy_kind")
                continue
            original = text[s:e]
            if quoted_in_a_question(folded, ls, le, s, e):
                continue  # 'Khác gì với "TÀI LIỆU KHÔNG PHỔ BIẾN"?': the stamp's words named
            if original.isupper() or (original.istitle() and not _title_line(text, ls, le)):
                # in capitals, or in title case inside a line that is no title-case heading
                # (a stamp retyped: '"Lưu Hành Nội Bộ – Dự thảo quy chế ..."')
                yield self._hit(s, e, scores.INTERNAL_MARK_CAPS, "internal.caps")
            elif (
                phrase in strong
                and text[max(ls, s - 1) : s] not in ('"', "'", "“")
                and not _named_in_prose(folded, ls, le, s, e)
            ):
                # the document's noun right before the mark, in lower case, is the mark's
                # too (the labelling guide's rule, as for the levels): "đây là tài liệu lưu
                # hành nội bộ", "gửi lại anh báo cáo lưu hành nội bộ"; a capitalised one opens
                # a stamp's line ("Tài liệu lưu hành nội bộ, không sao chụp"), left out
                noun = _NOUN_BEFORE_MARK.search(folded, max(ls, s - 12), s)
                start = s
                if (
                    noun is not None
                    and phrase.startswith("luu")
                    and text[noun.start() : s].islower()
                ):
                    start = noun.start()
                yield self._hit(start, e, scores.INTERNAL_MARK_PROSE, "internal.prose")

    @staticmethod
    def _stands_alone(folded: str, ls: int, le: int, s: int, e: int) -> bool:
        """Alone on its line or in brackets (``(Lưu hành nội bộ)``, ``[KHÔNG PHỔ BIẾN]``)."""
        head = folded[ls:s].strip(_DECOR)
        for prefix in _PREFIXES:
            if head + " " == prefix:
                head = ""
        if not head and not folded[e:le].strip(_DECOR):
            return True
        if not head and not folded.startswith("khong", s) and _DASH_AFTER.match(folded, e, le):
            # opening its line before a dash: "xem xong trả lại - Báo cáo ..." (not "không phổ
            # biến - ...": an answer in a list)
            return True
        if (
            not head
            and not folded.startswith("khong", s)
            and _COLON_DOCUMENT_AFTER.match(folded, e, le)
        ):
            return True  # a pasted document's label: "xem xong tra lai: bien ban hop ..."
        if _FIELD_BEFORE.search(folded, ls, s) and _FIELD_AFTER.match(folded, e, le):
            return True  # a field's whole value: '{"pham_vi": "Lưu hành nội bộ"}'
        if _STAMP_WORD_BEFORE.search(folded, max(ls, s - 24), s):
            return True  # a stamp named: "bìa có dấu xem xong trả lại", "đóng dấu nội bộ"
        if (
            folded[ls:s].rstrip().endswith(_QUOTES_OPENING)
            and not folded.startswith("khong", s)
            and _DASH_AFTER.match(folded, e, le)
        ):
            return True  # opening a quoted paste before a dash: ': "lưu hành nội bộ – dự thảo'
        if (
            _PASTE_OPENS.search(folded, ls, s)
            and not folded.startswith("khong", s)
            and _SENTENCE_AFTER.match(folded, e, le)
        ):
            # opening a paste quoted after a request's colon, its own sentence: 'phần đầu:
            # "tài liệu không phổ biến. dự thảo phương án ..."' (in any case)
            return True
        if not folded[e:le].strip(_DECOR) and _DASH_BEFORE.search(folded, ls, s):
            return True  # closing a heading after a dash: "tai lieu hop - xem xong tra lai"
        lo = folded[max(ls, s - 12) : s].rstrip()
        for prefix in _PREFIXES:
            if lo.endswith(prefix.strip()):
                lo = lo[: -len(prefix.strip())].rstrip()
        return bool(lo) and lo[-1] in _OPEN and folded[e:le].lstrip()[:1] in tuple(_CLOSE)

    def _hit(self, s: int, e: int, score: float, pattern: str) -> Detection:
        return Shape(EntityType.INTERNAL_MARK, pattern, score).hit(self.id, s, e, score, True)
