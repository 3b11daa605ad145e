"""How people talk about marks: a sentence that asks about, or states a rule for, a kind of
document carrying a mark ("Tài liệu đóng dấu Tối mật thì có được dùng ChatGPT không?", "Văn bản
đóng dấu LƯU HÀNH NỘI BỘ thì không được đưa lên chatbot.") names the mark without carrying it:
no document is at hand, so nothing marked would leave. Shared by ``vn.secrecy_mark`` and
``vn.internal_mark`` so that both read such a sentence the same way, whatever the mark's case.

The rule is narrow on purpose (a mark is blocked when in doubt): the sentence opens with a
document's noun taken generally (``tài liệu``, ``văn bản``, ``các hồ sơ`` ..., an ``xin hỏi``
before it at most), then the stamp word (``đóng dấu``, ``có dấu``, ``mang dấu chỉ độ mật``),
then the mark, then at once a duty or a permission (``thì có được``, ``phải``, ``không
được``, ``có nên``); and nothing in the sentence points at a document at hand (``này``,
``trên``, ``dưới đây``, ``đính kèm``, ``sếp gửi``, ``vừa nhận``) or asks for help with one
(``giúp``, ``dùm``, ``hộ em``); and after it comes at most a short remark on the same line
(a page pasted after the question may be the document it asks about). All on the folded text.

A lesson's list of mistakes names the mark too (:func:`listed_as_a_mistake`: "5 lỗi thường gặp
khi dùng chatbot — dán hồ sơ thi hành án, dán văn bản có dấu mật, ..."): a deed listed with no
one doing it, under a word that says the list is of mistakes or of what is forbidden; the same
words said of a deed done ("em lỡ dán văn bản có dấu mật", "hôm qua chị ấy dán ...") keep their
mark.

A mark opening a chat message as the label of the text pasted with a request
(:func:`labels_a_request`: ``tai lieu thu hoi, tom tat giup: ...``) carries it, in any case.
"""

from __future__ import annotations

import re

__all__ = [
    "AT_HAND_WORDS",
    "QUESTION",
    "SENTENCE_END",
    "TASK",
    "labels_a_request",
    "listed_as_a_mistake",
    "quoted_in_a_question",
    "said_of_a_kind",
    "sentence_around",
]

#: where a sentence ends (its clause for a question: up to "?", ".", "!" or a line's end)
SENTENCE_END = re.compile(r"[.!?\n]")
#: a question: its mark, or the words that ask in chat without one ("... là gì", "có được ...
#: không", "thế nào", "ra sao"), at the sentence's end (folded)
QUESTION = re.compile(
    r"(?:\?|(?<![a-z])(?:khong|chua|la\s+gi|the\s+nao|ra\s+sao|nhu\s+nao|o\s+dau|bao\s+lau)"
    r"(?:\s+(?:a|ha|nhi|vay|nhe|the|ban|anh|chi|em|ak|ah))*\s*)$"
)
#: what points at a document at hand, or asks for work on a text, in the same sentence (folded
#: words): then a question is about that text, and the phrase is its mark
AT_HAND_WORDS = frozenset(
    {"nay", "day", "tren", "kem", "duoi", "sau", "file", "doan", "paste", "dan", "sep", "nhan",
     "vua"}
)  # fmt: skip
#: work asked on a text
TASK = re.compile(
    r"(?<![a-z])(?:tom\s+tat|viet\s+lai|dich|sua|rut\s+gon|soan|chuyen\s+thanh|doc\s+giup|"
    r"xem\s+giup|kiem\s+tra\s+giup|bien\s+tap|trinh\s+bay\s+lai)(?![a-z])"
)
#: a sentence's opening up to the mark: a document's noun taken generally, then a stamp word
_KIND_SUBJECT = re.compile(
    r"(?:(?:xin\s+|cho\s+(?:(?:em|toi|minh)\s+)?)?hoi\s*[:,]?\s*)?"
    r"(?:(?:cac|nhung|moi|tat\s+ca(?:\s+cac)?)\s+)?"
    r"(?:van\s+ban|tai\s+lieu|ho\s+so|cong\s+van|giay\s+to|bao\s+cao)\s+"
    r"(?:(?:co|duoc|bi|da)\s+)?(?:(?:dong|mang|ghi|in)\s+)?(?:dau|chu)"
    r"(?:\s+chi)?(?:\s+do\s+mat)?\s*[\"'“«:]?\s*"
)
#: a duty or a permission right after the mark: "thì có được", "phải", "không được", "có nên"
_DUTY_AFTER = re.compile(
    r"[\"'”»]?\s*(?:thi\s+)?(?:co\s+)?(?:khong\s+)?"
    r"(?:duoc(?:\s+phep)?|phai|nen|can|bi\s+cam|cam)(?![a-z])"
)
#: help asked with a text ("tóm tắt giúp", "dịch dùm", "làm hộ em"): a document at hand
_HELP = re.compile(r"(?<![a-z])(?:giup|dum|ho\s+(?:em|toi|minh|anh|chi))(?![a-z])")
_WORD = re.compile(r"[a-z]+")
#: the longest remark that may follow such a sentence (a second question, a request for the
#: legal basis): anything longer may be the document asked about
_TAIL_MAX = 160


def sentence_around(folded: str, ls: int, le: int, s: int, e: int) -> tuple[int, int]:
    """The sentence (a question's clause) holding ``[s, e)`` on its line ``[ls, le)``: from
    after the last ".", "!", "?" or ";" before it to its end (``SENTENCE_END``, included)."""
    start = max(max(folded.rfind(c, ls, s) for c in ".!?;") + 1, ls)
    end_at = SENTENCE_END.search(folded, e, le)
    return start, end_at.end() if end_at is not None else le


def _page_follows(folded: str, end: int) -> bool:
    """Whether what follows a sentence may be the document it asks about ("... không? Nội
    dung: ...", a pasted page on the next lines): more than a short remark on its line."""
    tail = folded[end:].rstrip()
    return len(tail) > _TAIL_MAX or ":" in tail or "\n" in tail


def said_of_a_kind(folded: str, ls: int, le: int, s: int, e: int) -> bool:
    """Whether the mark at ``[s, e)`` of ``folded`` (its line ``[ls, le)``) is named in a
    question or a rule about a kind of document, not carried by a document at hand."""
    start, end = sentence_around(folded, ls, le, s, e)
    while start < s and folded[start] in " \t\"'“«-*•":
        start += 1
    if _KIND_SUBJECT.fullmatch(folded, start, s) is None:
        return False
    if _DUTY_AFTER.match(folded, e, end) is None:
        return False
    if set(_WORD.findall(folded, start, end)) & AT_HAND_WORDS:
        return False
    if _HELP.search(folded, start, end) is not None:
        return False
    return not _page_follows(folded, end)


_OPENING = "\"'“«‘"
_CLOSING = "\"'”»’"


def quoted_in_a_question(folded: str, ls: int, le: int, s: int, e: int) -> bool:
    """Whether the mark at ``[s, e)`` is quoted inside a question that points at no document
    at hand and asks no work on one: the stamp's words named, not carried ('Dấu "TÀI LIỆU THU
    HỒI" dùng khi nào?', 'Khác gì với "TÀI LIỆU KHÔNG PHỔ BIẾN"?'). A quote on a page pasted
    after the question is the page's: nothing may follow but a short remark."""
    if not (s > ls and folded[s - 1] in _OPENING and e < le and folded[e] in _CLOSING):
        return False
    start, end = sentence_around(folded, ls, le, s, e)
    if QUESTION.search(folded[start:end].strip()) is None:
        return False
    if set(_WORD.findall(folded, start, end)) & AT_HAND_WORDS:
        return False
    if TASK.search(folded, start, end) is not None or _HELP.search(folded, start, end) is not None:
        return False
    return not _page_follows(folded, end)


#: what says a sentence lists mistakes or what is forbidden (folded): "5 lỗi thường gặp", "những
#: sai lầm", "điều cấm", "không nên", "tránh", a training's slide or lesson (not a lone "lỗi":
#: "chị ấy mắc lỗi: ..." tells a deed)
_LESSON = re.compile(
    r"(?<![a-z])(?:(?:\d+|cac|nhung|mot\s+so)\s+(?:loi|sai\s+lam)|"
    r"(?:loi|sai\s+lam)\s+(?:thuong\s+gap|pho\s+bien|hay\s+gap)|dieu\s+cam|"
    r"hanh\s+vi\s+(?:bi\s+)?cam|khong\s+nen|khong\s+duoc|tranh|nghiem\s+cam|"
    r"tap\s+huan|bai\s+giang|slide)(?![a-z])"
)
#: one item of such a list, from its separator up to the mark: a deed of sharing, a document
#: taken generally, the stamp word ("dán văn bản có dấu", "đưa tài liệu đóng dấu chỉ độ")
_MISTAKE_ITEM = re.compile(
    r"(?:^|[,;:\-–—•*]|\s(?:va|hoac)\s)\s*(?:\d+[.)]\s*)?"
    r"(?:dan|dua|tai|gui|nhap|chia\s+se|upload|copy|sao\s+chep)(?:\s+(?:len|vao))?\s+"
    r"(?:(?:cac|nhung)\s+)?(?:van\s+ban|tai\s+lieu|ho\s+so|cong\s+van|giay\s+to|bao\s+cao)\s+"
    r"(?:co|mang|duoc|bi|da)?\s*(?:dong|ghi|in)?\s*(?:dau|chu)(?:\s+chi)?(?:\s+do)?\s*[\"'“«]?\s*$"
)
#: the item ends with the mark ("lên", "vào" at most after it): a separator, the sentence's
#: end, "và"/"hoặc" and the next
_ITEM_ENDS = re.compile(r"[\"'”»]?\s*(?:(?:len|vao)\s*)?(?:[,;.]|$|(?:va|hoac)(?![a-z]))")
#: who did it, and when (folded words): a deed reported, not a mistake listed ("tớ" folds to
#: "tố" of "tố cáo" and "qua" is "through" too: "hôm" says when)
_DEED_WORDS = frozenset(
    {"em", "toi", "minh", "chau", "lo", "vua", "roi", "hom", "nay", "ay", "da", "mac"}
)
#: the words that point at a document at hand, but for the listed deed's own verb
_AT_HAND_BUT_DEED = AT_HAND_WORDS - {"dan", "paste"}


def listed_as_a_mistake(folded: str, ls: int, le: int, s: int, e: int) -> bool:
    """Whether the mark at ``[s, e)`` is named in a list of mistakes or of what is forbidden
    ("Soạn slide: 5 lỗi thường gặp khi dùng chatbot — dán hồ sơ ..., dán văn bản có dấu mật,
    dùng email công vụ ..."): a word of mistakes before it in its sentence, the mark closing
    one item of two or more ("dán" a document taken generally "có dấu" the mark), and nothing
    that says who did it or when ("em lỡ dán", "hôm qua"), points at a document at hand or
    asks for work on one; nothing but a short remark after the sentence."""
    start, end = sentence_around(folded, ls, le, s, e)
    if _LESSON.search(folded, start, s) is None:
        return False
    item = _MISTAKE_ITEM.search(folded, max(start, s - 70), s)
    if item is None or _ITEM_ENDS.match(folded, e, end) is None:
        return False
    if sum(folded.count(c, start, end) for c in ",;") < 2:
        return False  # one deed named, no list
    words = set(_WORD.findall(folded, start, s)) | set(_WORD.findall(folded, e, end))
    if words & (_DEED_WORDS | _AT_HAND_BUT_DEED):
        return False
    task = TASK.search(folded, start, end)
    if (task is not None and task.group() != "soan") or _HELP.search(folded, start, end):
        return False
    return not _page_follows(folded, end)


#: what may open a line before a mark that labels the text pasted with a request: nothing, a
#: document's noun, "đây là", "gửi anh" (folded; decorations stripped before)
_LABEL_HEAD = re.compile(
    r"(?:(?:day\s+la|gui\s+(?:anh|chi|em|ban|a|c|e)|file|van\s+ban|ban|tai\s+lieu)\s+)*"
)
#: a chat's particle after the mark ("tài liệu thu hồi nhé, ..."), then a comma, a colon or a
#: dash and, within three words, the work asked ("tóm tắt giúp", "dịch", "đọc giúp")
_LABEL_TAIL = re.compile(
    r"[ \t]*(?:(?:nhe|nha|nhen|a|day|do|ne|nay)[ \t]*)?[,;:\-–][ \t]*"
    r"(?:[a-z]+[ \t]+){0,3}?"
    r"(?:tom\s+tat|tomtat|viet\s+lai|dich|sua|rut\s+gon|soan|phan\s+tich|doc|xem|kiem\s+tra|"
    r"nho|giup|summari[sz]e|translate|rewrite)(?![a-z])"
)
#: what asks about the mark itself on its line ("... giúp em phân biệt với tài liệu mật")
_ABOUT_THE_MARK = re.compile(
    r"\?|(?<![a-z])(?:phan\s+biet|khac\s+(?:gi|nhau)|la\s+gi|nghia\s+la|quy\s+dinh|"
    r"the\s+nao|dung\s+khi\s+nao|giai\s+thich)(?![a-z])"
)


def labels_a_request(folded: str, ls: int, le: int, s: int, e: int) -> bool:
    """Whether the phrase at ``s:e`` (folded) opens its line as the label of the text pasted
    with a request, in chat, whatever its case: ``tai lieu thu hoi, tom tat giup: ...``,
    ``tài liệu thu hồi nhé, tóm tắt giúp em nội dung dưới đây``, ``xem xong tra lai - doc
    giup``: the words before it on the line are none or a document's noun, and right after
    it (a particle aside) a comma, colon or dash and the work asked. Not where the line asks
    about the mark (``..., giúp em phân biệt với tài liệu mật``)."""
    head = folded[ls:s].strip(" \t\"'“«*_[(")
    if head and _LABEL_HEAD.fullmatch(head + " ") is None:
        return False
    if _LABEL_TAIL.match(folded, e, le) is None:
        return False
    return _ABOUT_THE_MARK.search(folded, ls, le) is None
