"""Lower-case names with no cue before them ("bùi văn chiến, mã số thuế ...", "1. lò văn
chiến - ubnd xã ...", "[08:15] trần minh đức: chị ơi", "| 2 | chu văn toàn | 1961 |").

Chat drops the honorific as often as the capitals: a list of people, a table pasted as text,
a chat log, a name after "tóm tắt đơn:" or "hộ kinh doanh". Without a cue a lower-case name
is known by one of two pieces of evidence, on top of the lexicons (a surname, then middle and
given names, three words or more):

* its shape: a surname, "văn" or "thị" spelled as the middle name, then one or two given names
  ("bùi văn chiến"); typed without diacritics ("bui van chien") only with a surname that is no
  everyday word (``PLAIN_SURNAMES``), with the name's end marked, or after a word that puts a
  person after it ("nhà", "của", "gặp", "và", "với": "nha lang van khuong truoc o ...");
* where it stands: at the start of a line or list item ("1. ", "- ", "[08:15] "), of a table
  cell ("|", a tab), after a label's ':' or a greeting typed plain ("chao "), three or four
  words before a contact (a phone, an identifier, an e-mail: "lien he nguyen hoang long
  0912 ..."), as the topic
  set against others ("còn lê quang thắng thì hẹn": "còn" ... "thì" spelled so), with its end
  marked (a comma, a dash, a bracket, ':', a cell's end, a column gap, the end of the line,
  "sinh năm", "cccd").

Either way no two neighbouring words may be an everyday word (``everyday_pairs.txt``: "văn bản",
"thị trường", "công văn", "minh bạch"; the place and common phrases of the other paths), nor may
the word before the surname make one with it ("quản lý thị trường" is no "Lý Thị Trường").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors._spans import SpanSet
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    NEVER_IN_NAMES,
    PLAIN_SURNAMES,
    TYPICAL_MIDDLE_SPELLINGS,
    everyday_pairs,
    given_spellings,
    lexicons,
    middle_spellings,
    not_name_spellings,
    surname_spellings,
)
from ai_guard.detectors.person.lower_case import (
    PLAIN_PREDICATE_PAIR,
    PLAIN_VERBS,
    STILL_AFTER,
    mistyped_given,
    neighbour_at,
)
from ai_guard.detectors.person.minority import KHMER_CLANS, khmer_given_head, khmer_opener
from ai_guard.detectors.person.name_ends import spelled_word_after
from ai_guard.detectors.person.scores import REPORT_FLOOR, lower_case_hit
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.surname_first import is_template_name
from ai_guard.detectors.person.words import is_public_figure, plain_line, spelled_as_surname
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import spelling, trie_regex

__all__ = ["NAME_END", "everyday_pair", "place_unit_before", "uncued_names"]

#: a word of letters on one line (a name's word; an apostrophe is a minority name's, not ours)
_WORD = re.compile(r"[^\W\d_]+")
#: the words of one name: one space between them (a tab is a table's cell border, two spaces
#: or more a column gap: "nghiêm thị huệ       chuyên viên"), or a line break inside the
#: first three words (a PDF export's: "đặng\nthị phương thảo")
_GAP = re.compile(r" (?=[^ \n])| *\n *")
#: where a name may start with no cue (on the folded view): a line, a list item, a chat line
#: after its time, a table cell, after a label's ':'
#: the bullet of a list item or the time of a chat line before a name ("1. ", "- ", "[08:15] ")
_BULLET = r"(?:(?:\d{1,3}[.)]?|[-*+>\u2022\u2013]|\[\d{1,2}:\d{2}(?::\d{2})?\])[ \t]+)?"


@lru_cache(maxsize=1)
def _slot_re() -> re.Pattern[str]:
    """Where a name may start with no cue (on the folded view): after a line break, a table
    cell's border or a label's ':', and a bullet, a lexicon surname and a space."""
    surnames = trie_regex(sorted(data.folded_set("detectors/surnames.txt")))
    return re.compile(r"[\n|\t:][ \t]*" + _BULLET + r"(?=(?:" + surnames + r")[ \n])")


@lru_cache(maxsize=1)
def _first_slot_re() -> re.Pattern[str]:
    """The same at the start of the text."""
    return re.compile(r"[ \t]*" + _slot_re().pattern[len("[\\n|\\t:][ \\t]*") :])


#: "chào" typed plain, then a space: the name greeted after it stands where a line's start
#: or a label's ':' would put it, its end marked ("chao ninh duc manh, xe ...")
_GREETING = re.compile(r"(?<![^\W\d_])chao[ \t]+(?=[a-z])")
#: the separators before a slot, one pattern each (:func:`_slot_res`)
_SLOT_SEPARATORS = "\n:|\t"


@lru_cache(maxsize=1)
def _slot_res() -> tuple[re.Pattern[str], ...]:
    """:func:`_slot_re` once per separator: a pattern that starts with a literal is searched
    from one to the next, one that starts with a class tries every character (40% slower on
    a 2 KB prompt)."""
    tail = _slot_re().pattern[len("[\\n|\\t:]") :]
    return tuple(re.compile(re.escape(sep) + tail) for sep in _SLOT_SEPARATORS)


#: what marks a name's end (on the folded view, right after its last word)
NAME_END = re.compile(
    r"(?:[ \t]*(?:[,;:()|\t\n\"]|$|[-\u2013\u2014][ \t]|\.(?:\s|$)"
    r"|(?:sinh|sn|ns|cccd|cmnd|sdt|dt|email|mst|tru|stk|bhxh|bhyt)\b"
    # a pupil's class after the name ("nguyen ngoc bao han lop 9a, ...")
    r"|lop[ \t]+\d"
    # a defendant's charge after the name ("xu lieu van kiet toi danh danh bac")
    r"|toi[ \t]+danh\b"
    # a hamlet's, a group's or a neighbourhood's unit word and its number, where the person
    # lives, no "ở" ("ho thanh tung xom 3 xa nghi phong")
    r"|(?:thon|xom|ap|to|khu|khom|doi|tdp|kp)[ \t]+[0-9]{1,3}(?![0-9/.:h])"
    # the person's contact right after the name, a list's row: a phone or an identifier of
    # nine digits or more led by 0 or + (no amount), in groups or not ("lo van xuan 0986 347
    # 210"), an e-mail address
    # ("nguyen hoang long nhlong.1992@gmail.com")
    r"|(?:\+\d|0)(?:[ .]?\d){8,}(?![\d/])|[\w.+-]+@[\w-]+\.)|[ ]{2,})"
)
#: surnames that, typed without diacritics, are everyday words ("la" là, "ma" mà, "do" đó)
_PLAIN_EVERYDAY = frozenset(
    {"khong", "la", "ma", "chao", "cung", "ban", "nhu", "vi", "tat", "can", "mong", "doi", "do"}
)
#: given names that, typed without diacritics, are everyday words ("la" là, "di" đi)
_EVERYDAY_GIVENS = frozenset({"la", "ma", "co", "di", "va", "o", "khong", "nhu", "cung"})
#: given names that, typed without diacritics, are verbs after a name ("sang", "chuyen",
#: "tru"): a fourth word so typed ends the name; not the everyday words that reject the name
#: whole below ("la" là: "dong thi luong thang la" is "đồng thì lương tháng là")
_VERBS_AFTER = PLAIN_VERBS - _EVERYDAY_GIVENS
#: a mark right after a word (a comma, a bracket, a dash set apart, the line's end)
_MARK_AFTER = re.compile(r"[ \t]*(?:[,;(\n]|[-\u2013] |$)")
#: words that go on with the sentence rather than the name ("là", "sinh", "ở", "và" ...)
_GOES_ON = frozenset(
    spelling(w)
    for w in (
        *("là", "sinh", "ở", "và", "đang", "đã", "được", "không", "có", "cho", "thì", "mà"),
        *("hỏi", "tại", "phản", "ủy", "uỷ", "gửi", "nhờ", "báo", "xin", "nộp", "đề", "về"),
        *("từ", "đến", "với", "của", "làm", "nói", "hẹn", "muốn", "cần", "bị", "vay", "mua"),
        *("bán", "trình", "kê", "khai", "đi", "ký", "kí", "lên", "chuyển", "bên"),
    )
)
#: a word typed without diacritics that goes on with the sentence right after a name ("dinh
#: van minh va ...", "giang thi my o ban ...", "lang thi xuan da ...", "trieu van luong bi
#: thuong", "nghiem van sang vs ..."), or "mai" (tomorrow) before what the person does then
#: ("quan van tuong mai k can len xa": no given name "Mai" runs on into a negation or a verb)
_TOMORROW_AFTER = r"[ \t]+mai[ \t]+(?:k|ko|khong|chua|can|phai|nho|len|ra|ve|di|den|mang|lam|\d)"
_GOES_ON_AFTER = re.compile(
    r"(?:[ \t]+(?:va|o|da|dang|la|vs|voi|bi|duoc)|" + _TOMORROW_AFTER + r")[ \t]"
)
_TOMORROW = re.compile(_TOMORROW_AFTER)
#: a verb of saying or asking right after a name typed plain, then what is said or asked of
#: whom ("chu tro ngo thi lanh bao khach ...", "ngo van hung noi la ...", "ngo thi lan hoi ve
#: ..."): the name is the sentence's subject; not "báo cáo", "nói chuyện", "hỏi han", which
#: follow "thì" as often ("mai thi lam bao cao")
_SUBJECT_VERB_AFTER = re.compile(
    r"[ \t]+(?:bao|noi|hoi|nho)[ \t]+(?!(?:cao|chi|chuyen|han|dap|thu|ve[ \t]+viec)(?![a-z]))"
    r"(?:khach|la|rang|voi|ve|em|e|anh|a|chi|c|con|chau|toi|minh|cho|xin|can|nha|ong|ba|bac|chu"
    r"|co)(?![a-z])"
)


#: verbs typed without diacritics that spell a given name ("lam" làm, "roi" rơi / rồi): after
#: "thi" (thì) they open a clause as often as they end a name
_THEN_VERBS = frozenset(
    {"lam", "roi", "di", "ve", "an", "hoc", "choi", "ngu", "mua", "ban", "xem", "doc", "viet"}
    | {"gui", "goi", "noi", "chay", "nau", "don", "sua", "tra", "dung", "nghi", "thi", "thay"}
)
#: what goes on after such a verb in its clause: a conjunction or a closing particle ("ha thi
#: roi va vo", "mai thi lam xong nhe")
_CLAUSE_GOES_ON = frozenset({"va", "roi", "xong", "luon", "nhe", "nha", "di", "lai", "tiep", "het"})


def then_clause(doc: Document, s: int) -> bool:
    """Whether the words typed plain from ``s``, "X thi <verb> ...", read "X thì <verb> ..." (a
    clause, "mai thì làm báo cáo": tomorrow then): X no surname that is only a surname
    (``PLAIN_SURNAMES``: "nguyen thi lam van ban" is a name), the verb one chat types as a
    given name (``_THEN_VERBS``) and, after it, its object as an everyday two-syllable word
    ("bao cao", "bien ban") or a conjunction or a particle. "mai thi lam, nhan vien" (a name,
    its end marked) and "mai thi lam da nop" (the name, then its predicate) stay names."""
    words = _PLAIN_WORDS_AT.match(doc.folded, s)
    if words is None or not doc.text[s : words.end()].isascii():
        return False
    w = words.group().split()
    if w[1] != "thi" or w[0] in PLAIN_SURNAMES or w[2] not in _THEN_VERBS:
        return False
    if len(w) > 3 and w[3] in _CLAUSE_GOES_ON:
        return True
    return len(w) > 4 and (f"{w[3]} {w[4]}" in _WORK_OBJECTS or everyday_pair(w[3], w[4]))


#: three to five words typed plain, one space or tab apart (folded)
_PLAIN_WORDS_AT = re.compile(r"[a-z]+(?:[ \t]+[a-z]+){2,4}(?![a-z])")


#: what one does after "thì" in chat, typed plain: a report, homework, a dossier
_WORK_OBJECTS = frozenset(
    {"bao cao", "bai tap", "ho so", "giay to", "thu tuc", "viec nha", "ke hoach"}
    | {"to trinh", "cong van", "bien ban", "hop dong", "de an", "slide", "bai thi"}
)


def everyday_pair(a: str, b: str) -> bool:
    """Whether two neighbouring words are an everyday word ("an tâm", "văn bản") or a known
    place or phrase."""
    return _is_everyday(a, b, lexicons().not_names)


def _is_everyday(a: str, b: str, not_names: frozenset[str], *, places: bool = True) -> bool:
    """Whether two neighbouring words are an everyday word or (``places``) a known place or
    phrase (``not_names``)."""
    spelled, folded = everyday_pairs()
    pair = f"{a} {b}"
    if pair.isascii():
        f = fold_word(pair)
        return f in folded or (places and f in not_names)
    s = spelling(pair)
    return s in spelled or (places and s in not_name_spellings())


#: what this path needs: two words (a surname and a name word at least)
NEEDS = Needs(words=2)


def uncued_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The lower-case names no cue announces (see the module docstring), apart from those
    the other paths found."""
    folded = doc.folded
    taken = SpanSet()
    merged: list[list[int]] = []
    # a finding below the floor ("Nguyễn An" read as a surname and a given name, 0.45) hides
    # nothing: the evidence here may raise it
    for a, b in sorted([(d.start, d.end) for d in found if d.score >= REPORT_FLOOR]):
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in merged:
        taken.add(a, b)
    starts: set[int] = set()
    surnames = lexicons().surnames
    for anchor in (" van ", " thi ", "\nvan ", "\nthi "):
        p = folded.find(anchor)
        while p >= 0:
            s = p
            while s > 0 and folded[s - 1].isalpha():
                s -= 1
            if s < p and folded[s:p] in surnames and _anchor_may_name(doc, s, p):
                starts.add(s)  # "luật thi hành", "tự nguyện thi hành": no name (cheap tests)
            p = folded.find(anchor, p + 1)
    starts.update(_hmong_starts(folded, doc.text))
    # (each pattern led by its separator: a text without it is not scanned)
    slots = {
        m.end()
        for sep, pattern in zip(_SLOT_SEPARATORS, _slot_res(), strict=True)
        if sep in folded
        for m in pattern.finditer(folded)
    }
    first = _first_slot_re().match(folded)
    if first is not None:
        slots.add(first.end())
    if "chao " in folded:  # a greeting, then the name it greets ("chao ninh duc manh,")
        slots.update(m.end() for m in _GREETING.finditer(folded))
    if "(" in folded:  # a kin word's nickname, then the full name in brackets
        slots.update(_aliased_slots(folded))
    if "con " in folded:  # "..., còn lê quang thiêm thì hẹn": the contrastive topic
        slots.update(m.end() for m in _TOPIC.finditer(doc.text))
    # a contact's phone, identifier or e-mail right after three or four words: where the
    # name those words may be starts ("lien he nguyen hoang long nhlong.1992@gmail.com")
    slots.update(_contact_slots(doc))
    starts.update(slots)
    after = 0
    _, middles, givens, _, _ = lexicons()
    for s in sorted(starts):
        if s < after or (s > 0 and folded[s - 1].isalpha()):
            continue
        two = _FIRST_TWO.match(folded, s)  # the cheap test first: a surname, a name word
        if two is None or two.group(1) not in surnames:
            continue
        second = two.group(2)
        if second not in givens and second not in middles and second not in _SECOND_WORDS:
            continue
        if taken.overlaps(s, s + 1):
            continue
        if s not in slots and _ends_everyday_word(doc, s) and not _told_person(doc, s):
            continue  # "giay to thi lam o dau": "giấy tờ" (papers), then "thì làm", no Tô
        e = _name_at(doc, s, s in slots)
        if e is None or taken.overlaps(s, e):
            continue
        after = e
        yield lower_case_hit(s, e, detector_id, "shape" if s not in slots else "position")


#: a phone or an identifier of nine digits or more (in groups or not), or an e-mail address,
#: on the folded view; the look-behind keeps a run's digits or an address's middle out
#: (each alternative led by a character class the engine skips to: a look-behind first would be
#: tried at every position, a third of a megabyte a second; a phone's start and an address's
#: local part are found around the match instead)
_CONTACT = re.compile(
    r"(?:\+(?<![\w.@+-]\+)\d|0(?<![\w.@+-]0))(?:[ .]?\d){8,}(?![\d/])|@(?<=[\w]@)[\w-]+\.[a-z]"
)
#: the first character, read backwards, that no e-mail address's local part holds
_LOCAL_PART_END = re.compile(r"[^\w.+-]")
#: a lower-case word of letters alone (folded)
_LETTERS = re.compile(r"[a-z]+")


def _contact_slots(doc: Document) -> Iterator[int]:
    """Where a name may start three or four words before a contact (``_CONTACT``: a phone, a
    CCCD or an account led by 0 or +, an e-mail address; not an amount): a list's row or a
    message gives a person's phone or e-mail right after the name ("lien he nguyen hoang long
    0912 ...", "lo van xuan 0986 347 210 ban co may"); ``_name_at`` judges the words there as
    after any slot (lexicon words, no everyday pair, the end marked: the contact marks it).
    The words are one space apart, on the contact's line; typed without diacritics
    they need a name's plain shape too, a surname that is no everyday word (``PLAIN_SURNAMES``)
    or "văn"/"thị" second ("con dau chi hoa 0869 ...": con dâu chị Hoa, no Đậu Chi Hoa)."""
    folded, text = doc.folded, doc.text
    givens = lexicons().givens
    for m in _CONTACT.finditer(folded):
        end = m.start()
        if folded[end] == "@":
            back = folded[max(0, end - 64) : end][::-1]
            stop = _LOCAL_PART_END.search(back)
            if stop is None:
                continue  # (a local part longer than an address's, or the text's start)
            end -= stop.start()
        lo = max(0, end - 48)
        lo = max(lo, folded.rfind("\n", lo, end) + 1)
        window = folded[lo:end].rstrip(" \t")
        # (one space apart: a tab parts a table's cells, whose starts are slots already)
        words = window.split(" ")
        if lo > 0 and folded[lo - 1] not in " \t\n":
            words = words[1:]  # (a word the window cut into)
        last = pos = lo + len(window)
        for n in range(1, min(len(words), 4) + 1):
            word = words[-n]
            if not _LETTERS.fullmatch(word) or (n == 1 and word not in givens):
                break  # (a label before the contact, "cccd", "sdt", "email": no name ends there)
            pos -= len(word) + (1 if n > 1 else 0)
            if n >= 3 and (
                word in PLAIN_SURNAMES
                or words[-n + 1] in ("van", "thi")
                or not text[pos:last].isascii()
            ):
                yield pos


#: "còn" (as for) spelled so, three or four words, then "thì": the contrastive topic of a
#: sentence, a person set against others ("nhắc a thịnh với c nhung nộp báo cáo, còn lê quang
#: thiêm thì hẹn thứ 6"); typed plain "con" is a child, so only with its diacritics
#: "thì" spelled with its diacritics right after a word
_THEN_AFTER = re.compile(r"[ \t]+thì(?![^\W\d_])")
_TOPIC = re.compile(r"(?<![^\W\d_])còn[ \t]+(?=(?:[^\W\d_]+[ \t]+){3,4}thì(?![^\W\d_]))")


#: a kin word and one word right before a bracket ("bé tít (nguyễn khôi nguyên) 2020", "bác
#: bảy (tên thật là đinh văn thường)"): the brackets open the full name the nickname stands
#: for, a slot as a line's start is (folded)
_KIN_ALIAS = re.compile(
    r"(?<![^\W\d_])(?:be|cu|chau|em|con|anh|chi|ong|ba|co|chu|bac|thang)[ \t]+[a-z]{2,}[ \t]*$"
)
#: the bracket and the words that say the name in it is the real one ("tên thật là", "tên khai
#: sinh:")
_ALIAS_OPEN = re.compile(
    r"\([ \t]*(?:ten(?:[ \t]+(?:that|khai[ \t]+sinh|day[ \t]+du|tren[ \t]+giay))?"
    r"(?:[ \t]+la|[ \t]*:)[ \t]*)?"
)


def _aliased_slots(folded: str) -> Iterator[int]:
    """Where a full name starts inside a bracket right after a kin word and a nickname (each
    bracket tried by a literal search, the words before it read in a short window)."""
    p = folded.find("(")
    while p >= 0:
        # (the cheap test first: a letter before the bracket, a space or the bracket's own)
        if (folded[p - 1 : p].isalpha() or folded[p - 2 : p - 1].isalpha()) and (
            _KIN_ALIAS.search(folded, max(0, p - 16), p) is not None
        ):
            m = _ALIAS_OPEN.match(folded, p)
            if m is not None:
                yield m.end()
        p = folded.find("(", p + 1)


#: the word right before a place, on its line (``_ends_everyday_word``)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _ends_everyday_word(doc: Document, s: int) -> bool:
    """Whether the word at ``s`` closes an everyday word with the word before it ("giấy tờ",
    "mật ong": the surname Tô, Ong is that word's second syllable, typed plain or not)."""
    before = _WORD_BEFORE.search(doc.text, max(0, s - 16), s)
    word = _WORD.match(doc.text, s)
    return before is not None and word is not None and everyday_pair(before.group(1), word.group())


#: verbs that take a person after them in chat ("bảo", "nhờ", "hỏi", "gọi", "nhắn"), folded:
#: their everyday words with the surname after them ("bảo quản", "gọi lý") give way to a name
#: of the "văn"/"thị" shape whose end is marked (:func:`_told_person`)
_TELL_VERBS = frozenset({"bao", "nho", "hoi", "goi", "nhan", "dan"})


def _told_person(doc: Document, s: int) -> bool:
    """Whether the word before ``s`` is a verb that takes a person (``_TELL_VERBS``: "bao
    quan van tuong mai k can len xa" tells Quan Văn Tường, it preserves nothing), a surname
    and "văn"/"thị" after it: :func:`_name_at` still asks for the name's end."""
    before = _WORD_BEFORE.search(doc.folded, max(0, s - 16), s)
    if before is None or before.group(1) not in _TELL_VERBS:
        return False
    two = _FIRST_TWO.match(doc.folded, s)
    return two is not None and two.group(2) in ("van", "thi")


#: words typed plain that put a person right after them ("nhà", "của", "gặp", "và", "với"):
#: a surname, "văn"/"thị" and a given name after one is a name whose end need not be marked
#: ("nha lang van khuong truoc o ...", "don cua bach thi thanh truc giao toi ...", "cu thi hoa
#: va ong van thuc lam chung"); verbs and "con" (a child, or "I" to a parent: "con lam thi
#: duoc") are left out, "thì" follows them as often as a name
_OWNER_WORDS = frozenset({"nha", "cua", "gap", "va", "voi"})


def _owner_before(doc: Document, s: int) -> bool:
    """Whether the word before ``s`` (folded, on its line) is one of ``_OWNER_WORDS``."""
    before = _WORD_BEFORE.search(doc.folded, max(0, s - 16), s)
    return before is not None and before.group(1) in _OWNER_WORDS


def _anchor_may_name(doc: Document, s: int, p: int) -> bool:
    """Whether a name may start at ``s``, the word before "văn" / "thị" at ``p`` (a space or
    a line break, then the three letters) where no slot is: False only where :func:`_name_at`
    surely finds none there with ``slot`` False, which asks the first two words to be a
    surname spelled as one and "văn" / "thị" spelled so (``_middle_shape``). The two words
    are read as ``_name_at`` reads them only where they are letters alone with a space or a
    line break between them and a space after the second; elsewhere it may name."""
    text = doc.text
    first, second = text[s:p], text[p + 1 : p + 4]
    if not (
        first.isalpha()
        and second.isalpha()
        and text[p] in " \n"
        and text[p + 4 : p + 5] == " "
        and fold_word(second) in ("van", "thi")
    ):
        return True
    return spelled_as_surname(first, doc, s) and (
        second.isascii() or spelling(second) in TYPICAL_MIDDLE_SPELLINGS
    )


def _name_at(doc: Document, s: int, slot: bool) -> int | None:
    """The end of a lower-case name starting at ``s``, or None."""
    text = doc.text
    surnames, middles, givens, not_names, _ = lexicons()
    spans: list[tuple[int, int]] = []
    pos = s
    while len(spans) < 5:
        w = _WORD.match(text, pos)
        # the first word may be capitalised alone ("Nguyễn văn tuấn": a phone's capital at a
        # sentence start, or the surname set apart); the capitalised path needs every word so
        if w is None or not (w.group().islower() or (not spans and _first_capital(w.group()))):
            break
        spans.append(w.span())
        g = _GAP.match(text, w.end())
        if g is None or ("\n" in g.group() and len(spans) > 2):
            break
        pos = g.end()
    if len(spans) < 3:
        return _two_words(doc, s, slot) if slot else None
    words = [text[a:b] for a, b in spans]
    folded = [fold_word(w) for w in words]
    if folded[0] not in surnames or not spelled_as_surname(words[0], doc, s):
        return None
    vt = _middle_shape(words, folded)
    if vt and folded[1] == "van" and folded[2] in STILL_AFTER and "".join(words[:3]).isascii():
        return None  # "ha van chua,": "vẫn chưa" (still not)
    # Hmong given names are no Kinh ones: after "a"/"mí"/"seo", or after "văn"/"thị" with the
    # end marked ("lầu thị sò"), any word is the given name
    hmong = vt and (
        folded[1] in _HMONG_MIDDLES
        or (folded[0] in _HMONG_CLANS and _initial_ends(doc, spans[2][1]))
    )
    if not vt and not slot:
        return None
    # the longest run of name words after the surname, ending on a given name; after
    # "văn"/"thị" the third word is the given name
    k = 1
    khmer_whole = False
    while k < len(folded) and (folded[k] in middles or folded[k] in givens or (k == 1 and vt)):
        if k >= 3 and not words[k].isascii() and spelling(words[k]) in _GOES_ON:
            break
        if (
            k >= 3
            and not words[k].isascii()
            and spelling(words[k]) not in _name_spellings()
            and NAME_END.match(doc.folded, spans[k][1]) is None
        ):
            break  # "vương thị lụa vẫn còn", "đoàn thị nguyệt nằm viện": no name spells so
            # ("phan thị thanh tầm, cccd ...": a rare given name, the end marked after it)
        if (
            k >= 3
            and words[k].isascii()
            and folded[k] in _VERBS_AFTER
            and not (folded[k] == "sinh" and _MARK_AFTER.match(doc.folded, spans[k][1]))
        ):
            break  # "nguyen van an sang phong tu phap": "sang" (go over), not "Sang"; but
            # "1. nguyễn văn hữu sinh - sinh năm 1950": "sinh" (born) takes what follows it,
            # so with a mark after it it is the given name Sinh
        if k >= 3 and _TOMORROW.match(doc.folded, spans[k - 1][1]) is not None:
            break  # "quan van tuong mai k can": "mai" is tomorrow there, no fourth name word
        if k >= 3 and PLAIN_PREDICATE_PAIR.match(doc.folded, spans[k - 1][1]) is not None:
            break  # "nguyen van nga chi dao": "chỉ đạo" (directs), no fourth name word
        if k >= 3 and folded[k] == "hang" and neighbour_at(doc.folded, spans[k - 1][1]):
            break  # "le thi thu hoa hang xom": the neighbour (hàng xóm), no last word Hằng
        k += 1
    if k == 2 and vt and (_initial_ends(doc, spans[2][1]) if len(folded[2]) == 1 else hmong):
        k = 3  # "giàng a sử"; "lục văn t," (a name a court anonymised)
    elif k == 2 and vt and not words[1].isascii():
        k = _other_given(doc, words, spans)  # "lục văn páo |", "thạch thị sa rây,"
        # a Khmer given name's two syllables, lexicon's or not
        khmer_whole = k == 4 and fold_word(words[0]) in KHMER_CLANS and khmer_given_head(words[2])
    elif k == 2 and vt and len(words) > 2 and f"{words[1]}{words[2]}".isascii():
        k = _plain_other_given(doc, words, spans)  # "lo van pom, cam thi on, ..."
    while k > 1 and folded[k - 1] not in givens and not (k == 3 and vt) and not khmer_whole:
        k -= 1
    if k in (1, 2, 3) and vt and _khmer_two_syllables(doc, words, spans):
        k = 4  # "thach thi sa ray, sinh vien", "kim thi sa ri – phum ..."
    if slot and not vt and k >= 3:
        k = _spelled_run(words, k)  # "Từ bảng giá đất sau,": no word after "Từ" is a name's
    if k == 2 and slot and not vt:
        return _two_words(doc, s, slot)
    if k < 3 or any(
        folded[q] in NEVER_IN_NAMES
        and (words[q].isascii() or spelling(words[q]) not in given_spellings())
        for q in range(1, k)
    ):
        return None  # "lê văn điều 5", "nghỉ"; "nguyễn văn diệu" is a name (spelled so)
    # a list row: the item's bullet, three words of the "văn"/"thị" shape and a year or a
    # phone number right after ("1 chu thi hanh 1975 0862 ...", "2 ma van bao 1968"): the row
    # says a person, though "thi hanh" (thi hành) or "ma" (mà) are everyday words typed so
    row = (
        slot
        and vt
        and k == 3
        and "".join(words[:3]).isascii()
        and _ROW_NUMBER.match(doc.folded, spans[2][1]) is not None
        and _BULLET_BEFORE.search(doc.folded, max(0, s - 8), s) is not None
    )
    for q in range(min(k, len(words) - 1)):
        if row and q == 1:
            continue
        if q == 1 and vt and k >= 4 and f"{folded[1]} {folded[2]}" in _THI_NOUNS:
            continue  # "bach thi thanh truc": no "thị thành" (city) before two given names
        # after a surname and "văn"/"thị" the words are a name's, a place's as often as not
        # ("đồng văn mạnh", "lạc thị thanh thủy"): only everyday words count there
        if _is_everyday(words[q], words[q + 1], not_names, places=not (vt and q < k - 1)):
            k = q  # "nguyễn văn hải chủ trì": the name ends before "chủ trì"
            break
    if k >= 4 and k == len(words):
        after = _NEXT_WORD.match(text, spans[k - 1][1])
        if after is not None and _is_everyday(words[k - 1], after.group(1), not_names):
            k -= 1  # "ngô thị thu hà văn thư": the last word opens an everyday word
    if k < 3:
        return None  # "văn bản", "đoạn văn hoàn chỉnh", "vụ vận chuyển"
    if k == 3 and len(words) > 3 and "".join(words[:4]).isascii():
        plain = [(a - s, b - s) for a, b in spans]
        if mistyped_given(text[s : spans[3][1]], plain, folded):
            k = 4  # "ghi nguyen thi thu thuey thi ...": the given name mistyped
    ascii_name = all(w.isascii() for w in words[:k])
    if ascii_name and (
        (folded[0] in _PLAIN_EVERYDAY and not row)
        or any(w in _EVERYDAY_GIVENS for w in folded[2:k])
    ):
        return None  # "la" là, "do" đó; "truong van la dung" is "trương văn là đúng"
    e = spans[k - 1][1]
    if slot and ascii_name and then_clause(doc, s):
        return None  # "mai thi lam bao cao": "mai thì làm báo cáo", no Mai Thị Lam
    marked = NAME_END.match(doc.folded, e) is not None or (
        # in a slot, "thì" spelled so after the name closes the topic it is ("còn lê quang
        # thiêm thì hẹn")
        slot and _THEN_AFTER.match(text, e) is not None
    )
    if not vt and not marked:
        return None
    if (
        vt
        and ascii_name
        and not (
            marked
            or slot
            or folded[0] in PLAIN_SURNAMES
            or _GOES_ON_AFTER.match(doc.folded, e)
            or (
                # ("mai thi lam bao la xong": mai thì, tomorrow then)
                _SUBJECT_VERB_AFTER.match(doc.folded, e) is not None
                and f"{folded[0]} {folded[1]}" != "mai thi"
            )
            or _owner_before(doc, s)
        )
    ):
        return None
    before = _word_before(text, s)
    if (
        before is not None
        and before.islower()
        and _is_everyday(before, words[0], not_names)
        and not (vt and _told_person(doc, s))
    ):
        return None  # "quản lý thị trường"
    if before is not None and _place_unit(before):
        return None  # "huyện đồng văn ...", "đường lê văn lương": a place named after someone
    if is_template_name(doc, folded[:k], s) or is_public_figure(text[s:e]):
        return None
    if folded[0] in ("duong", "pho") and is_public_figure(text[spans[1][0] : e]):
        return None  # "duong nguyen thi minh khai": the street, no Mr Đường
    if folded[0] in HONORIFICS and folded[1] in surnames and not vt:
        return None  # "ông trần hưng đạo": the honorific's path judged the words after it
    return e


#: nouns of "thị" and a given name typed plain ("thị thành", "thị hiếu"): a name's middle
#: and first given name where a second given name follows ("bach thi thanh truc"); not the
#: verbs and places ("thi hành", "thi công", "thị trấn", "thị trường": "tu nguyen thi hanh
#: trong thoi han" is "tự nguyện thi hành")
_THI_NOUNS = frozenset(
    {"thi thanh", "thi hieu", "thi luc", "thi the", "thi kinh", "thi dan", "thi thuc", "thi hai"}
)
#: a year or a phone number right after a name in a list row (on the folded view)
_ROW_NUMBER = re.compile(r"[ \t]+(?:(?:19|20)\d\d|0\d{2,3}[ .]?\d{3})(?!\d)")
#: a list item's bullet (a number, a dash) at the start of the line, right before a name
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]?|[-*+\u2022\u2013])[ \t]+$")
#: the next word on the same line, after one space or a tab
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


@lru_cache(maxsize=1)
def _name_spellings() -> frozenset[str]:
    """Every middle or given name as the lexicons spell it (diacritics included)."""
    return given_spellings() | middle_spellings()


def _spelled_run(words: list[str], k: int) -> int:
    """How many of the first ``k`` words stay a name where a slot (a line's start, a list item,
    a cell) is the only cue and no "văn"/"thị" shapes it: each word after the surname written
    with diacritics spelled as a middle or a given name ("Trần bảo ngọc" stays; "Từ bảng giá
    đất sau" is a sentence: "bảng", "giá", "đất" fold to "Bằng", "Gia", "Đạt" only)."""
    for q in range(1, k):
        w = words[q]
        spelled = spelling(w)
        if (
            not w.isascii()
            and spelled not in given_spellings()
            and spelled not in middle_spellings()
        ):
            return q
    return k


#: unit words before a place's name, folded: the name after them is a place's
_PLACE_UNIT_WORDS = (
    "huyện xã phường tỉnh quận thôn xóm đường phố ấp bản buôn làng tp trường cầu chợ ngõ"
    " hẻm kiệt khu tổ"
).split()
_PLACE_UNITS = frozenset(spelling(w) for w in _PLACE_UNIT_WORDS)
#: the same typed without diacritics, but those that are everyday words so ("cho", "ban")
_PLAIN_PLACE_UNITS = frozenset(fold_word(w) for w in _PLACE_UNIT_WORDS) - {
    "cho", "to", "ban", "cau", "pho", "lang", "khu", "truong", "tinh", "quan", "xa"
}  # fmt: skip
_FIRST_TWO = re.compile(r"([a-z]+)[ \n]+([a-z]+)")
#: second words of the name shapes that are no middle or given name ("tôn thất", "lầu mí")
_SECOND_WORDS = frozenset({"van", "thi", "a", "mi", "seo", "that", "nu"})
#: Hmong clan names and the middle names of their men and women ("giàng a sử", "lầu mí
#: sểnh", "vàng seo phìn"), and the double surnames of the Nguyễn royal clan ("tôn thất
#: khoa", "tôn nữ minh châu"): as unmistakable a shape as "văn" / "thị"
_HMONG_CLANS = frozenset(
    {"giang", "sung", "thao", "vang", "lau", "hau", "mua", "vu", "ly", "chang", "ha", "cu"}
)
_HMONG_MIDDLES = frozenset({"a", "mi", "seo"})
_ROYAL = frozenset({"ton that", "ton nu"})


def _middle_shape(words: list[str], folded: list[str]) -> bool:
    """Whether the first two words are a surname and a middle name that only names hold:
    "văn" / "thị" spelled so, a Hmong clan and "a" / "mí" / "seo", "tôn thất" / "tôn nữ"."""
    if folded[1] in ("van", "thi"):
        return words[1].isascii() or spelling(words[1]) in TYPICAL_MIDDLE_SPELLINGS
    if folded[0] in _HMONG_CLANS and folded[1] in _HMONG_MIDDLES:
        return words[1].isascii() or spelling(words[1]) in _HMONG_SPELLINGS
    return f"{folded[0]} {folded[1]}" in _ROYAL


_HMONG_SPELLINGS = frozenset(spelling(w) for w in ("a", "mí", "seo"))
#: a Hmong middle name between two words (folded), found from its spaces
_HMONG_MIDDLE_GAPS = (" a ", " mi ", " seo ")
#: the word right before a position and the word right after one (folded)
_WORD_BEFORE_GAP = re.compile(r"(?<![^\W\d_])[a-z]+$")
_WORD_AFTER_GAP = re.compile(r"[a-z]+\b")
#: words typed plain after "<clan> a" that say "anh" in a chat, no Hmong given name: the
#: particles, pronouns and everyday words of a chat ("vang a oi": vâng anh ơi; "mua a nhe")
_NOT_HMONG_GIVENS = frozenset(
    ("oi", "a", "nhe", "nha", "ne", "ha", "ah", "o", "va", "la", "da", "dang", "se", "co",
     "khong", "ko", "k", "dc", "duoc", "cho", "voi", "thi", "ma", "nhung", "roi", "luon", "day",
     "do", "kia", "nay", "gi", "j", "nao", "sao", "the", "vay", "ok", "oke", "em", "anh", "chi",
     "e", "c", "b", "lam", "gui", "xem", "coi", "hoi", "noi", "bao", "di", "den", "ve", "cung",
     "van", "con", "nua", "thoi", "vs", "nho", "giup", "can", "phai", "muon", "nhieu", "qua",
     "moi", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "gio",
     "ngay", "thang", "tuan", "sang", "chieu", "toi", "mai", "hom", "luc", "khi", "neu", "vi",
     "nen", "de", "tu", "tai", "trong", "ngoai", "tren", "duoi", "truoc", "het", "xong", "chua",
     "tot", "dung", "sai", "biet", "hieu", "thay", "nghe", "viet", "doc", "goi", "nhan", "lay",
     "dua", "mang", "tra", "ban", "an", "hoc", "xin", "cam", "on", "ay", "nhi", "hen", "ra",
     "vao", "len", "xuong", "lai", "them", "bot", "bi")
)  # fmt: skip


def _spelled_clan(text: str, span: tuple[int, int]) -> bool:
    """Whether a Hmong clan name is written with its diacritics as a surname spells it ("hầu
    a sáng mai mang ..."): then "sáng" is a given name, not "sang" a chat's word typed plain
    ("vang a oi": vâng anh ơi is written "vâng" with its marks)."""
    word = text[span[0] : span[1]]
    return not word.isascii() and spelling(word) in surname_spellings().get(
        fold_word(word), frozenset()
    )


#: a word that puts a person after it, then a space, right before a clan name (folded)
_PERSON_WORD_BEFORE = re.compile(r"(?<![a-z])(?:cho|cua|gui|nho|bao|moi|voi|va)[ \t]+$")
#: "và" / "với" / a comma and the next name's surname and middle name after a given name
_NEXT_NAME_AFTER = re.compile(
    r"(?:[ \t]*,|[ \t]+(?:va|voi|vs))[ \t]+[a-z]+[ \t]+(?:a|mi|seo|van|thi)[ \t]"
)


#: chat's particles typed plain: never a Hmong given name, listed or not ("vang a oi": vâng
#: anh ơi)
_CHAT_PARTICLES = frozenset(
    {"oi", "nhe", "nha", "ne", "ah", "a", "o", "roi", "day", "do", "nay", "kia", "vay", "nhi"}
)


def _listed_between(folded: str, start: int, end: int) -> bool:
    """Whether a Hmong name typed plain stands between a word that puts a person after it and
    the next name of a list ("cho sung a de va vang thi mai ..."): "de" is its given name
    there, not chat's "để"."""
    return (
        _PERSON_WORD_BEFORE.search(folded, max(0, start - 6), start) is not None
        and _NEXT_NAME_AFTER.match(folded, end) is not None
    )


def _hmong_starts(folded: str, text: str) -> Iterator[int]:
    """Where a Hmong name typed plain may start with no cue: a clan name, "a" / "mí" /
    "seo", then a word that is no chat particle or everyday word ("sung a dia va ...", "vang
    seo khua o ..."; not "vang a oi", "mua a nhe"); :func:`_name_at` judges the rest (the
    name's end marked, or a word that goes on with the sentence after it)."""
    for gap in _HMONG_MIDDLE_GAPS:
        p = folded.find(gap)
        while p >= 0:
            clan = _WORD_BEFORE_GAP.search(folded, max(0, p - 8), p)
            given = _WORD_AFTER_GAP.match(folded, p + len(gap))
            if (
                clan is not None
                and clan.group() in _HMONG_CLANS
                and given is not None
                and (
                    given.group() not in _NOT_HMONG_GIVENS
                    or _spelled_clan(text, clan.span())
                    or (
                        given.group() not in _CHAT_PARTICLES
                        and _listed_between(folded, clan.start(), given.end())
                    )
                )
            ):
                yield clan.start()
            p = folded.find(gap, p + 1)


#: a single letter that ends a name (an initial, "lục văn t, sinh năm"): a mark follows it
_INITIAL_END = re.compile(r"[ \t]*(?:[,;:()|\t\n]|$|\.?[ \t]*(?:sinh|va|và)\b|[-\u2013] )")


def _initial_ends(doc: Document, end: int) -> bool:
    """Whether the name's end is marked after a one-letter given name."""
    return _INITIAL_END.match(doc.folded, end) is not None


#: punctuation right after a name (a comma, a bracket, a cell's border, a dash, a line end)
_PUNCT_END = re.compile(r"[ \t]*(?:[,;:()|\t\n]|[-\u2013\u2014][ \t])")
#: words that end chat sentences, never a given name ("rồi", "nhé", "ạ")
_PARTICLE_WORDS = (
    "rồi nhé nha ạ à ơi luôn đây đó này kia nữa thôi chưa xong hết lại ấy nhỉ chứ".split()
)
_PARTICLES = frozenset(spelling(w) for w in _PARTICLE_WORDS)


def _other_given(doc: Document, words: list[str], spans: list[tuple[int, int]]) -> int:
    """How many words a name of a surname, "văn"/"thị" spelled so, and a given name outside the
    lexicon (Thái, Khmer, Tày: "páo", "sa rây", "sô phia") takes: one or two words up to
    punctuation, none a chat particle or a word that goes on with the sentence; else 2."""
    # "thạch thị sà phol và ...": a Khmer family name and a Khmer given name's first syllable,
    # then its second, written as the text writes it (with no marks to carry: "phol"), and
    # "và" / "với" before the next person mark the end as punctuation does
    khmer = len(words) >= 4 and fold_word(words[0]) in KHMER_CLANS and khmer_given_head(words[2])
    for m in (3, 4):
        if m > len(words):
            break
        word = spelling(words[m - 1])
        last = khmer and m == 4
        if word in _PARTICLES or word in _GOES_ON or (words[m - 1].isascii() and not last):
            break
        if _PUNCT_END.match(doc.text, spans[m - 1][1]) or (
            last and _AND_AFTER.match(doc.folded, spans[3][1])
        ):
            return m
        if m == 3 and (
            spelled_word_after(doc.text, spans[2][1], words[:3])
            or NAME_END.match(doc.folded, spans[2][1]) is not None
        ):
            return m  # "cho mạc văn lừng báo ổng ...": "báo" is no name's word; "vi thị lụi
            # sđt 0785 ...": the phone's label ends it
    return 2


_AND_AFTER = re.compile(r"[ \t]+(?:va|voi)[ \t]")


def _plain_other_given(doc: Document, words: list[str], spans: list[tuple[int, int]]) -> int:
    """The same typed without diacritics: a surname, "van"/"thi" and one word outside the
    lexicon shaped as a Vietnamese syllable ("lo van pom, cam thi on, luong van xom o ban
    ..."), punctuation right after it; no everyday word, verb or chat particle there ("ha
    thi roi,"). Else 2 (no name)."""
    word = words[2]
    folded = fold_word(word)
    if (
        len(word) < 2
        or not word.isalpha()
        or folded in _EVERYDAY_GIVENS
        or folded in _VERBS_AFTER
        or folded in NEVER_IN_NAMES
        or folded in _PLAIN_PARTICLES
        or not is_vietnamese_syllable(word)
        or not (_PUNCT_END.match(doc.text, spans[2][1]) or _LIVES_AT.match(doc.folded, spans[2][1]))
    ):
        return 2
    return 3  # ("lo van khun o ban na cai": "ở bản" after it marks the end as a comma does)


def _khmer_two_syllables(doc: Document, words: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a name typed without diacritics led by a Khmer family name and "van"/"thi" has
    a given name of two syllables, punctuation right after it ("thach thi sa ray,", "lam thi
    so phia,"): both words shaped as Vietnamese syllables, neither a verb, an everyday word
    or a chat particle."""
    if len(words) < 4 or not "".join(words[:4]).isascii() or not khmer_opener(words[0]):
        return False
    for word in words[2:4]:
        folded = fold_word(word)
        if (
            not word.isalpha()
            or folded in _EVERYDAY_GIVENS
            or folded in _VERBS_AFTER
            or folded in _PLAIN_PARTICLES
            or not is_vietnamese_syllable(word)
        ):
            return False
    end = spans[3][1]
    return (
        _PUNCT_END.match(doc.text, end) is not None or _LIVES_AT.match(doc.folded, end) is not None
    )


#: "ở" and a residence's unit word after a name typed without diacritics ("thach thi sa rinh o
#: ap so tuong", "lam thi sa vy o phum srok tre"), folded
_LIVES_AT = re.compile(r"[ \t]+o[ \t]+(?:ap|xa|phum|soc|thon|xom|ban|phuong|to|khom)[ \t]")


#: chat particles and everyday words that end a sentence, typed without diacritics ("rồi",
#: "nhé", "ạ", "chưa", "xong"): no given name there
_PLAIN_PARTICLES = frozenset(fold_word(spelling_word) for spelling_word in _PARTICLE_WORDS)


#: what follows a two-word name at the start of a line or list item: its birth year or an
#: identifier ("nguyễn an, sinh năm 1950", "đỗ dần (sn 1979)")
_BIRTH_AFTER = re.compile(r"[ \t]*(?:[,(\-\u2013][ \t]*)?(?:sinh|sn|ns|cccd|cmnd)\b")
#: a chat line's time before its speaker ("[08:15] ")
_TIME_BEFORE = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*$")
_TWO = re.compile(r"([^\W\d_]+) ([^\W\d_]+)(?![\w'])")


def _two_words(doc: Document, s: int, slot: bool) -> int | None:
    """A surname and a given name alone at the start of a line or list item, in lower case,
    capitalised or in capitals ("1. nguyễn an, sinh năm 1950", "[08:15] Nhữ Lành: ..."): a
    name with its birth year or an identifier after it, or a chat line's speaker after its
    time."""
    m = _TWO.match(doc.text, s)
    if m is None:
        return None
    a, b = m.group(1), m.group(2)
    if not any(f(a) and f(b) for f in (str.islower, str.istitle, str.isupper)):
        return None
    surnames, _, givens, not_names, _ = lexicons()
    fa, fb = fold_word(a), fold_word(b)
    if fa not in surnames or fb not in givens or not spelled_as_surname(a, doc, s):
        return None
    e = m.end()
    line_start = doc.text.rfind("\n", 0, s) + 1
    speaker = doc.text.startswith(":", e) and _TIME_BEFORE.search(doc.text, line_start, s)
    if (
        a.islower()
        and f"{a}{b}".isascii()
        and plain_line(doc, s)
        and (fa not in (PLAIN_SURNAMES if not speaker else surnames) or fb in _EVERYDAY_GIVENS)
    ):
        # "son lap", "le la": typed so, everyday words as often; a chat line's speaker after
        # its time ("[08:10] phan an: ...") is a name with any surname; in a line typed with
        # diacritics the two words are spelled as they stand ("1. chung an - sinh năm 1950":
        # Chung An)
        return None
    if not (speaker or _BIRTH_AFTER.match(doc.folded, e)):
        return None
    if _is_everyday(a, b, not_names) or is_public_figure(doc.text[s:e]):
        return None
    return e


def _place_unit(word: str) -> bool:
    """Whether ``word`` is a place's unit word (``_PLACE_UNIT_WORDS``), by spelling where
    typed with diacritics."""
    if word.isascii():
        return fold_word(word) in _PLAIN_PLACE_UNITS
    return spelling(word) in _PLACE_UNITS


def place_unit_before(text: str, s: int) -> bool:
    """Whether the word right before ``s`` on its line is a place's unit word ("ấp sóc ...",
    "đường lê văn lương"): the words from ``s`` name a place."""
    before = _word_before(text, s)
    return before is not None and _place_unit(before)


def _word_before(text: str, s: int) -> str | None:
    """The word right before ``s`` on its line (one space or tab between), if any."""
    p = s - 1
    if p < 0 or text[p] not in " \t":
        return None
    q = p
    while q > 0 and text[q - 1].isalpha():
        q -= 1
    return text[q:p] if q < p else None


def _first_capital(word: str) -> bool:
    """A word with its first letter alone in capitals ("Nguyễn", not "NGUYỄN")."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()
