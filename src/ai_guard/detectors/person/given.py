"""Given names alone, where a person is plainly meant: "hồ sơ anh Khánh thiếu giấy khai sinh",
"bà Tư ở xóm Chợ", a chat line's speaker ("Cán bộ Hoa: ...", "Thơ: chưa em").

Chat about a case names people by their given name only, and the given name with the case
file is enough to find them in a commune. :mod:`.coreference` reports such a name when the full
name stands earlier in the prompt; this path reports it with no full name at all, on evidence
that the word names a person here:

* right after an honorific or a kin word written as one, in lower case ("anh", "chị", "bà",
  "cô", "chú" ...) or opening a line ("Anh Tuấn (phòng TCCB): ..."); or as the speaker of a
  line of a chat with at least two such lines ("Hạnh: ...", "Cán bộ Hoa: ...");
* capitalised, one word, a given name of the lexicon spelled as one where the text has
  diacritics; not followed by another capitalised word (then the other paths judge a longer
  name or a place: "anh Hà Nội", "chị Mai Thị Hồng");
* in lower-case chat (``_lower_after_cue``): after a kin word spelled as one or chat's
  abbreviation ("a", "c", "e", "cj"), the name's end marked (punctuation, a particle of
  address, a predicate, a phone number): "nho a tuan gui lai", "chi oanh oi", "bác tâm nói";
  a recipient between a verb of sending and what is sent ("e gửi c thắm danh sách",
  :mod:`.recipients`); a southern birth-order nickname after an older-generation kin word,
  not before a count
  ("ông tư bán cá", "bác ba ở đầu xóm"; not "năm 2024", "ba người"); typed without
  diacritics after an older kin word, "bé" or "cháu", only where the person is called, named
  twice, paired, greeted, placed, or the kin word follows a word after which a person is
  named (:mod:`.kin_clause`: "cua ong sen la ...", "cho be na"), known by a trade ("chu tu
  ban thit", "ong sau xe om") or whose home it is ("nha ong vien,"); after an older kin word
  spelled with its diacritics, a given name spelled as one before an adverb or a neighbour's
  verb ("chị vân đều thống nhất", "bà mận đổ nước thải"); lower-case speakers and meeting
  notes' prefixes ("tuan: ...", "A.Tuấn: ...", "Đ/c Hùng: ..."), a timed log's one-word
  speaker ("[08:17] Khiem: ..."), a speaker named with a colleague's post before or after
  the name ("thư ký hùng: ...", "tuan ke toan: ...", "[8:05] sep long: ...");
* a given name between a contact's label and its number (:mod:`.contact_names`: "sdt hoa la
  0387 ...", "liên hệ vân số ..."), a nickname after a kin word known by a household or an age
  (:mod:`.household_names`: "cháu bống nhà chị dịu", "cụ tép năm nay 90 tuổi");
* a name a writer introduces herself by or a relative is named by (``_named_by_relation``:
  "e là hà bên vp", "con dâu ông là thuận gọi lên", "con trai c tên bin bị sốt", capitalised
  in mid-sentence: "con gái ông là Ngoan."), a nickname with no diacritics capitalised after
  a kin word in a line typed with them (``_plain_nickname``: "cụ Sim (bà nội chị Hoạch)",
  "cháu Bin (tên khai sinh ...)"), a given
  name after a kin word and a birth-order word (``_given_after_ordinal``: "bác ba Khởi", "chi
  ut nga)"), a given name in lower-case English chat (``_english_chat``: "to minh from
  finance", "cc quynh", "my colleague thuy and ...", "minh thu's address");
* after "đ/c" (minutes name members so) with no end marked ("đ/c hưng phát biểu"), or chat's
  "dc" before the bearer's desk ("nhan dc tuan dia chinh", ``_comrade_typed_dc``), after
  "bác sĩ", a chart's "bs" and "bé" ("bác sĩ thư ở trạm y tế", "báo bs khiêm", "cho bé
  na"), called though the pair spells an everyday word ("chi dao oi"), pointed at by "cái"
  ("cái anh bình an bên xây dựng"), capitalised after chat's "a", "c", "e" ("hồ sơ của a
  Kiên"), the writer's own name after
  "tên" ("e tên kha,"), greeted in English chat ("hey minh,", "tell chi loan that");
* a head's given name after her title, before a verb of asking ("trưởng thôn hậu bảo",
  ``_head_by_given_name``), a child's nickname after "bé" named twice, once as a parent's
  child ("mẹ của bé bin ..., đánh bé bin"), a capitalised cue opening a sentence where the
  name is called ("... .vn>. Anh Lợi ơi,"), a name before a contact's label ("cho c giang
  dia chi 112 ..."), a child or a spouse after "mẹ của" / "vợ của" ("me cua phat bao ...");
* not a historical figure's name after its usual honorific ("Bác Hồ"), nor the end of one with
  the cue ("hai bà trưng"), not a word that opens an agency's or a place's name ("cán bộ Chi
  cục ..."), not a capital slipped into an everyday phrase a kin word opens, no one called or
  doing ("chú Ý (ghi chú)", "cụ Thể:").

Scored below a full name (:data:`~.scores.SCORE_GIVEN_ALONE`), above the reporting floor.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors._spans import Reach
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.chat_fields import returning_lower_fields
from ai_guard.detectors.person.chat_kin import (
    boys_by_order,
    boys_of_families,
    bracketed_aliases,
    chat_field_names,
    counted_kin,
    echoes,
    listed_references,
    log_lines,
    paired_kin,
    tally_names,
)
from ai_guard.detectors.person.cohort import cohort_tagged
from ai_guard.detectors.person.contact_names import contact_given_names
from ai_guard.detectors.person.either import either_names
from ai_guard.detectors.person.foreign import is_foreign_word
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.household_names import household_names
from ai_guard.detectors.person.kin_clause import KIN_OBJECT_CUES, kin_is_object
from ai_guard.detectors.person.lexicon import (
    NEVER_IN_NAMES,
    PLAIN_WORD_SURNAMES,
    everyday_pair,
    given_spellings,
    lexicons,
    middle_spellings,
    name_spellings,
    not_name_spellings,
    public_figures,
    surname_spellings,
    two_word_titles,
)
from ai_guard.detectors.person.lower_case import PLAIN_VERBS, predicate_at
from ai_guard.detectors.person.minority import HMONG_MIDDLES, minority_lexicon
from ai_guard.detectors.person.plain import plain_tagged_speakers
from ai_guard.detectors.person.recipients import sent_to
from ai_guard.detectors.person.rosters import ROSTER_GATES, listed_given_names
from ai_guard.detectors.person.scores import (
    BASE_SHORT_REFERENCE,
    REPORT_FLOOR,
    SCORE_GIVEN_ALONE,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.surname_first import is_legal_word
from ai_guard.detectors.person.word_places import matches_at, word_places
from ai_guard.detectors.person.words import (
    COMMUNITY_POSTS_FOLDED,
    english_words_near,
    matches_at_lines_with,
    plain_line,
)
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import holds_any, literal_led_matches, spelling, trie_regex, whole_places

__all__ = ["SPEAKER_CUES", "given_names_alone", "speaker_lines"]

#: honorifics and kin words before a given name, as written (lower case; capitalised only at
#: a line's start)
_CUES = (
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "dì", "cậu",
    "mợ", "thím", "đồng chí", "cán bộ", "cu", "cô giáo", "thầy giáo", "đ/c", "bé",
    "sếp",  # the boss as staff call their head ("sếp Hải dặn: ...")
)  # fmt: skip
_CUE = "|".join(sorted(_CUES, key=len, reverse=True))
#: the same and their spellings typed without diacritics ("can bo hoa:", "anh tuan (tccb):"),
#: for a chat line's speaker
_SPEAKER_CUE = "|".join(sorted({*_CUES, *(fold_word(c) for c in _CUES)}, key=len, reverse=True))
#: a capital letter of Vietnamese
_CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
#: a cue (lower case, or capitalised: then only at a line's start, checked in Python) and
#: one capitalised word that no letter, digit, apostrophe or hyphen continues; literal-led,
#: so the engine skips from one cue to the next
_AFTER_CUE = re.compile(
    "(?P<cue>"
    + trie_regex(sorted({*_CUES, *(c[0].upper() + c[1:] for c in _CUES)}))
    + rf")[ \t]+(?P<name>(?:[HK]['’])?[{_CAP}][^\W\d_]*)(?![\w'’-])"
)
#: the ethnic groups a Highland prefix also spells ("người H'Mông", "dân tộc K'Ho", "H'Rê"),
#: the word after the apostrophe folded
_PREFIXED_GROUPS = frozenset({"mong", "ho", "re"})


def _highland_prefixed(word: str) -> bool:
    """Whether ``word`` is an Ede or Jrai woman's "H'" or a Kơho "K'" name alone after a
    cue ("em H'Lơn", "chị H'Bia", "cô K'Nhí"): the prefix, an apostrophe, a capitalised
    word of two letters or more, no ethnic group's name."""
    if len(word) < 4 or word[1] not in "'’" or word[0] not in "HK":
        return False
    rest = word[2:]
    return rest[1:].islower() and fold_word(rest) not in _PREFIXED_GROUPS


#: a colleague's post a chat names a speaker by, before or after the given name ("thư ký hùng:",
#: "sep long:", "tuan ke toan:", "ngoc van thu:"), as written and typed plain; the commune
#: office's desks a group chat tags its members with ("thanh tư pháp:", "hoài một cửa:")
_SPEAKER_POST = "|".join(
    sorted(
        {
            form
            for post in (
                *("sếp", "thư ký", "kế toán", "văn thư", "thủ quỹ", "lái xe", "bảo vệ"),
                *("tư pháp", "một cửa", "địa chính", "tccb", "nhân sự", "thủ kho", "văn phòng"),
            )
            for form in (post, fold_word(post))
        },
        key=len,
        reverse=True,
    )
)
#: one to three pictographs (emoji, dingbats, their joiners and variation selectors) a chat app
#: shows beside a speaker's name
SPEAKER_EMOJI = "[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]{1,3}"
#: a chat line's speaker: the line opens (after a time, an app's tag or a bullet) with a given
#: name, in capitals or lower case ("tuan:", "hạnh:"), after a cue or a meeting note's
#: abbreviated one ("A.Tuấn:", "C.Lan:", "Đ/c Hùng:"), an optional note in brackets, and ":"
_SPEAKER = re.compile(
    r"[ \t]*(?:[-*>][ \t]*)?(?P<time>\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?"
    # the app a log was copied from ("[zalo] hùng: ...", "[Teams] Lan: ...")
    r"(?:\[[^\W\d_]{2,12}\][ \t]*)?"
    rf"(?P<cue>(?i:{_SPEAKER_CUE}|{_SPEAKER_POST})[ \t]+"
    r"|(?i:[ace]|cj|ac)\.[ \t]*|(?i:[đd]/c)[ \t]*)?"
    r"(?P<name>[^\W\d_]+)"
    # the speaker's post after the name ("tuan ke toan:", "ngọc văn thư:")
    rf"(?:[ \t]+(?i:{_SPEAKER_POST}))?"
    # what a chat app shows beside the name: the account's digits ("quan99:") or an emoji
    # ("thuy 🌸:")
    rf"(?:\d{{2,4}}|[ \t]*{SPEAKER_EMOJI})?"
    # a unit after a dash ("[08:20] Tuấn - Phòng KT: ...")
    r"(?:[ \t]+[-\u2013][ \t]+[^\W\d_][^:\n]{0,29}?)?"
    r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:",
)
#: a post before a speaker's name, as the ``cue`` group holds it
_POST_CUE = re.compile(rf"(?i:{_SPEAKER_POST})[ \t]+")
#: capitalised words after which the candidate is no lone given name
_NEXT_CAPITAL = re.compile(rf"[ \t]+[{_CAP}]")
#: header words of mail and notes that open a line before ":" like a speaker ("To: ...",
#: "From: ...", "Re: ..."), folded
_NOT_SPEAKERS = frozenset(
    {"to", "from", "cc", "bcc", "re", "fw", "fwd", "subject", "date", "note", "ps", "q", "a"}
    # Vietnamese mail headers ("Từ:", "Đến:", "Gửi:") and a document's filing line ("Lưu:")
    | {"tu", "den", "gui", "luu", "ngay", "kinh", "ghi", "mau", "so", "ky"}
)
#: historical figures by their usual short name ("Bác Hồ", "bác Tôn"), folded
_FIGURES = frozenset({"bac ho", "bac ton", "chu tich ho"})


#: what opens a form's field or a table's cell, before its label
_FIELD_OPENS = "\n|;\t"


def _field_label(text: str, s: int, e: int) -> bool:
    """Whether the lower-case word ``text[s:e]`` closes a field's label whose first word is
    capitalised, ":" right after it ("| Cán bộ tiếp: chuyên viên ...", "Người nhận: ..."): a
    verb of the label ("the officer who received"), where a name would be capitalised too."""
    if not text[s : s + 1].islower() or not text[e:].lstrip(" \t").startswith(":"):
        return False
    lo = max(text.rfind(c, max(0, s - 40), s) for c in _FIELD_OPENS) + 1
    label = text[lo if lo > 0 else max(0, s - 40) : s].strip(" \t*-+>")
    return bool(label) and label[0].isupper() and "," not in label and ":" not in label


def _is_given(word: str) -> bool:
    folded = fold_word(word)
    if folded not in lexicons().givens or folded in lexicons().not_names:
        return False
    # with diacritics the word must be spelled as a given name ("Hòa", not "Hỏa")
    return word.isascii() or spelling(word) in given_spellings()


def _is_middle(word: str) -> bool:
    """A middle name that a chat shows with the given name ("Hữu Đạt", "Phương Anh"), spelled
    as one with diacritics; not "Văn" or "Thị", which no display name opens."""
    folded = fold_word(word)
    if folded in ("van", "thi") or folded not in lexicons().middles:
        return False
    return word.isascii() or spelling(word) in middle_spellings()


#: honorifics before a foreigner's surname or given name alone ("Kính gửi ông Nakamura")
_FOREIGN_CUES = frozenset({"ong", "ba", "anh", "chi", "co", "thay"})


def _foreign_alone(word: str, cue: str) -> bool:
    """Whether ``word`` after the honorific ``cue`` is a foreigner's name alone: a surname or
    given name of ``foreign_names.tsv`` that no Vietnamese syllable spells ("ông Nakamura",
    "bà Johnson"; not "ông Kim", "bà Lee")."""
    return (
        word.isascii()
        and fold_word(cue) in _FOREIGN_CUES
        and is_foreign_word(fold_word(word))
        and not is_vietnamese_syllable(word)
    )


#: what this path needs: two words (a cue and a name; a name and "'s"; a room, a name and a
#: count ...), or ":" (a chat's speaker, "Hạnh: ...")
NEEDS = (Needs(words=2), Needs(marks=":"))


def given_names_alone(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The given names alone in ``doc`` that the module docstring describes, apart from the
    spans the other paths found."""
    text = doc.text
    # (a candidate scored below the report floor is no finding: "Kiều Trinh:" read as a
    # surname and a given name at 0.45 leaves the chat speaker to this path)
    taken = Reach((d.start, d.end) for d in found if d.score >= REPORT_FLOOR)

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    out: list[tuple[int, int, str]] = []
    if any(map(str.isupper, text)):  # (a generator over the characters: 3x the time)
        out.extend(_capitalised_after_cue(doc, free))
        out.extend(_capitalised_after_chat_cue(doc, free))
        out.extend(_named_or_titled(text, free))
        if text.isascii():
            out.extend(_capitalised_after_plain_cue(doc, free))
    out.extend(_lower_after_cue(doc, free))
    if "truong " in doc.folded or "pho phong " in doc.folded:
        out.extend(_head_by_given_name(doc, free))
    if ("nho " in doc.folded or " ban " in doc.folded) and _kin_asking_in(doc.folded):
        out.extend(_kin_asking(doc, free))
    out.extend(_role_by_given_name(doc, free))  # (each role a literal search)
    out.extend(_named_by_relation(doc, free))
    if "dc " in doc.folded:
        out.extend(_comrade_typed_dc(doc, free))
    if " cua " in doc.folded:
        out.extend(_parent_of_named(doc, free))
    out.extend(cohort_tagged(doc, free))
    if ":" in text and holds_any(doc.folded, ROSTER_GATES):
        out.extend(listed_given_names(doc, free))
    if "út " in text or "ut " in text:
        out.extend(_youngest(doc, free))
    if text.isascii():
        out.extend(_english_chat(text, free))
    # (every speaker's line holds ":"; its lines are read once, for two readers)
    speaking = speaker_lines(text) if ":" in text else []
    if speaking:
        timed_log = (
            len(list(itertools.islice(matches_at_lines_with(_TIMED_LINE, text, ":"), 2))) >= 2
        )
        out.extend(_speakers(speaking, free, timed_log=timed_log))
    out.extend(_two_word_speakers(text, free))
    if ":" in text:
        timed = list(matches_at_lines_with(_TIMED_FIELD, text, ":"))
        out.extend(_tagged_speakers(text, timed, free))
        out.extend(plain_tagged_speakers(timed, free))
        if len(timed) < 2:
            out.extend(_tagged_speakers(text, _returning_fields(text), free))
        # (a field another path found whole, "Má Su:", still names the child said again)
        spoken_lines = len(speaking)
        fields = list(chat_field_names(text, spoken_lines, _is_given, _opens_role))
        out.extend(f for f in fields if free(f[0], f[1]))
        out.extend(returning_lower_fields(log_lines(text, spoken_lines), free))
        spoken = [(s, e) for s, e, cue in [*out, *fields] if cue == "speaker"]
        out.extend(echoes(text, spoken, free))
    out.extend(contact_given_names(doc, free))
    if "nha " in doc.folded or "tuoi" in doc.folded:
        full_found = [(d.start, d.end) for d in found if d.entity is EntityType.PERSON]
        out.extend(household_names(doc, full_found, free))
    out.extend(tally_names(doc, _is_given, free))
    out.extend(counted_kin(doc, _is_given, free))
    out.extend(paired_kin(doc, _is_given, free))
    out.extend(either_names(doc, _is_given, free))
    if "hằng " in text:
        out.extend(boys_by_order(text, free))
    if "thang " in doc.folded:
        out.extend(boys_of_families(doc, free))
    full = [
        (d.start, d.end) for d in found if d.entity is EntityType.PERSON and d.score >= REPORT_FLOOR
    ]
    out.extend(listed_references(doc, full, free))
    if "(" in text:
        out.extend(bracketed_aliases(doc, full, free))
    out.extend(_repeats(text, out, free))
    seen: set[int] = set()
    for s, e, cue in sorted(out):
        if s in seen or (cue != "speaker" and _label_before_name(text, s, e, full)):
            continue
        if cue != "speaker" and _ends_figure(doc.folded, s, e):
            continue
        if cue != "speaker" and _field_label(text, s, e):
            continue
        seen.add(s)
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_GIVEN_ALONE,
            detector_id,
            pattern="person.given_name",
            base_score=BASE_SHORT_REFERENCE,
            context=cue,
        )


#: two or three words right before a position, single spaces (folded view)
_WORDS_BEFORE_NAME = re.compile(r"(?:([a-z]+) )?([a-z]+) ([a-z]+) $")


def _ends_figure(folded: str, s: int, e: int) -> bool:
    """Whether the lone given name at ``s:e`` ends a historical figure's name of three or
    four words with the cue and the word before it, as streets, temples and wards bear them
    ("đền hai bà trưng", "phuong hai ba trung": the Trưng sisters, no "bà Trưng")."""
    m = _WORDS_BEFORE_NAME.search(folded, max(0, s - 30), s)
    if m is None:
        return False
    name = folded[s:e]
    figures = public_figures()
    three = f"{m.group(2)} {m.group(3)} {name}"
    return three in figures or (m.group(1) is not None and f"{m.group(1)} {three}" in figures)


#: the words of the cue before a lone given name, on its line ("Cán bộ " before "tiếp")
_WORD_BEFORE_NAME = re.compile(r"([^\W\d_]+)(?:[ \t]+[^\W\d_]+)?[ \t]+$")
#: a label's colon right after a word, then the value on the same line
_COLON_THEN = re.compile(r"[ \t]*:[ \t]*")


def _label_before_name(text: str, s: int, e: int, full: Sequence[tuple[int, int]]) -> bool:
    """Whether a lower-case word read as a given name ends a label whose value is a full name
    found ("Cán bộ tiếp: Ngụy Thị Thoa": the receiving officer, no one called Tiếp; "Người
    nhận: ..."): the cue capitalised, the word not, and a person named in full after the
    colon, the word is the label's, no name (a writer who capitalises the cue capitalises a
    name after it)."""
    if not text[s:e].islower():
        return False
    cue = _WORD_BEFORE_NAME.search(text, max(0, s - 30), s)
    if cue is None or not cue.group(1)[:1].isupper():
        return False  # "chị hoa: Nguyễn Văn An gửi rồi": a lower-case chat, hoa speaks
    colon = _COLON_THEN.match(text, e)
    return colon is not None and ":" in colon.group() and any(a == colon.end() for a, _ in full)


def _repeats(
    text: str, found: Sequence[tuple[int, int, str]], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The same cue and given name again, written the same way, where the first was found
    ("bà tư bán nước ..., bà tư tên thật là ...", "cán bộ hoa: ... cán bộ hoa: ok")."""
    done = {s for s, _, _ in found}
    # a phrase looked for once: the same phrase again (each "bà tư" found) finds nothing more
    # (what it finds the first did, or refused for good)
    asked: set[tuple[str, int]] = set()
    looks: list[tuple[str, int, int, str]] = []
    for s, e, cue in found:
        cs = s - 1
        while cs > 0 and text[cs - 1] not in " \t\n.,;:([":
            cs -= 1
        if cue == "speaker" or cs >= s - 1:
            continue  # each speaker's line is read on its own
        phrase = text[cs:e]
        if (phrase, s - cs) in asked:
            continue
        asked.add((phrase, s - cs))
        looks.append((phrase, s - cs, e - s, cue))
    # every phrase's places in one reading of the text (not one per distinct phrase)
    places = whole_places(text, {phrase for phrase, _, _, _ in looks})
    for phrase, offset, length, cue in looks:
        for pos in places[phrase]:
            ns = pos + offset
            ne = ns + length
            if ns not in done and free(ns, ne):
                done.add(ns)
                yield ns, ne, cue


#: what may stand before a word that opens its line: indentation, a bullet, a quote's mark
_LINE_OPENING = frozenset(" \t-*>")


def _opens_line(text: str, pos: int) -> bool:
    """Whether only ``_LINE_OPENING`` stands between the start of ``pos``'s line and ``pos``
    (walked back from ``pos``: a one-line file is not read back to its start per word)."""
    while pos > 0 and text[pos - 1] in _LINE_OPENING:
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def _capitalised_after_cue(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A capitalised given name after a cue ("hồ sơ anh Khánh", "Anh Tuấn (TCCB): ..."): the
    matches of ``_AFTER_CUE`` that start a word, tried at the cue places only (a match inside
    a word, which ``finditer`` also finds, is no cue and hides none: the capitalised cue it
    could cover stands in the middle of a line)."""
    text = doc.text
    for m in matches_at(_AFTER_CUE, text, word_places(doc).cues):
        cs = m.start("cue")
        if cs > 0 and (text[cs - 1].isalpha() or text[cs - 1].isdigit()):
            continue  # inside a word
        cue = m.group("cue")
        if cue[0].isupper() and not _opens_line(text, cs) and not _called_in_sentence(doc, cs, m):
            continue  # a capitalised cue counts at a line's start only ("Anh Tuấn (TCCB): ..."),
            # or a sentence's where the name is called ("... .vn>. Anh Lợi ơi, hộ ...")
        if cue == "bé" and text[max(0, cs - 3) : cs].lower().rstrip().endswith("em"):
            continue  # "em bé Nhật": a baby, not a nickname after "bé"
        s, e = m.span("name")
        word = m.group("name")
        nickname = (
            fold_word(cue) in _NICKNAME_CUES
            and not word.isascii()
            and spelling(word) in _ORDINAL_SPELLINGS
        ) or (fold_word(cue) in _NICKNAME_CUES and word in ("Hai", "Ba"))
        if _NEXT_CAPITAL.match(text, e) or not (
            nickname
            or _highland_prefixed(word)
            or _is_given(word)
            or _foreign_alone(word, cue)
            or _unlisted_nickname(word, cue, text, e)
            or _plain_nickname(doc, word, cue, cs, e)
        ):
            continue
        if fold_word(f"{cue} {word}") in _FIGURES:
            continue
        if (
            spelling(f"{cue} {word.lower()}") in _KIN_SPELLINGS
            and _CALLED.match(doc.folded, e) is None
            and not _predicate_word(text, e)
        ):
            continue  # "chú Ý (ghi chú)", "cụ Thể:": a slip of "chú ý", "cụ thể", no one
            # called or doing
        after = text[e : e + 6].lower()
        if after.startswith((" cục", " nhánh", " bộ", " đoàn")):
            continue  # "cán bộ Chi cục Thuế": an agency's name
        nxt = _LOWER_WORD_AFTER.match(text, e)
        if (
            nxt is not None
            and nxt.group(1).islower()
            and not word.isascii()
            and everyday_pair(word.lower(), nxt.group(1))
        ):
            continue  # "cán bộ Công an phường": "công an" is a word, the agency
        if free(s, e):
            yield s, e, fold_word(cue)


#: a sentence's end right before a capitalised cue (and its spaces)
_SENTENCE_END_BEFORE = re.compile(r"[.!?][ \t]+$")
#: "ơi" right after a name, a call (folded)
_CALLED_OI = re.compile(r"[ \t]+oi(?![\w'’-])")


def _called_in_sentence(doc: Document, cs: int, m: re.Match[str]) -> bool:
    """Whether the capitalised cue at ``cs`` opens a sentence and the name after it is
    called ("Anh Lợi ơi,"): the cue is the writer's address there, as at a line's start."""
    return (
        _SENTENCE_END_BEFORE.search(doc.text, max(0, cs - 4), cs) is not None
        and _CALLED_OI.match(doc.folded, m.end("name")) is not None
    )


#: the lower-case word right after a capitalised given name, one space apart
_LOWER_WORD_AFTER = re.compile(r" ([^\W\d_]+)(?![\w'’-])")


#: chat's abbreviated kin words ("a", "c", "e", "cj", "chj") and one capitalised word after
#: them, led by the space, line break or bracket before the cue (so that the engine tries
#: those few characters only; a cue opening the text is tried apart)
_CHAT_ABBREVIATIONS = ("a", "c", "e", "cj", "chj")
_CHAT_CUE_AND_CAPITAL = (
    rf"(?P<cue>{'|'.join(_CHAT_ABBREVIATIONS)})[ \t]+(?P<name>[{_CAP}][^\W\d_]*)(?![\w'’-])"
)
_AFTER_CHAT_CUE = re.compile(r"[ \t\n(]" + _CHAT_CUE_AND_CAPITAL)
_CHAT_CUE_AT_START = re.compile(_CHAT_CUE_AND_CAPITAL)


def _capitalised_after_chat_cue(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A capitalised given name after chat's abbreviation of a kin word, in a line typed with
    diacritics ("hồ sơ của a Kiên xong chưa", "e báo c Hằng") or called in one typed without
    them ("a Duong oi hs ong ..."): a given name of the lexicon
    spelled as one, no capitalised word after it (a full name: the other paths'), not after
    English's article ("with a Kia Morning")."""
    text = doc.text
    first = _CHAT_CUE_AT_START.match(text)
    chat = matches_at(_AFTER_CHAT_CUE, text, word_places(doc).cues, lead=1)
    for m in itertools.chain((first,) if first else (), chat):
        cs = m.start("cue")
        s, e = m.span("name")
        word = m.group("name")
        if _NEXT_CAPITAL.match(text, e) or not _is_given(word):
            continue
        if plain_line(doc, cs) and _CALLED.match(doc.folded, e) is None:
            continue  # (typed without diacritics, only where called: "- a Duong oi hs ...")
        if m.group("cue") == "a" and _ENGLISH_BEFORE_A.search(doc.folded, max(0, cs - 12), cs):
            continue
        if free(s, e):
            yield s, e, m.group("cue")


#: honorifics and kin words typed without diacritics ("ong", "ba", "chi"), lower case, before
#: a capitalised word: in a text typed so, the capital marks the name ("vo ong Quyet ten la
#: Lua", "ba Tam ban xoi"); not "di", "cau", "co", "bac" (đi, cầu, có, "Kho bac Nha nuoc":
#: before a place or an agency as often)
_PLAIN_CAPITAL_CUES = ("ong", "ba", "chi", "chu", "cu", "chau", "thay", "dong chi", "can bo")
_AFTER_PLAIN_CUE = re.compile(
    rf"(?<![A-Za-z0-9])(?P<cue>{'|'.join(_PLAIN_CAPITAL_CUES)})[ \t]+"
    r"(?P<name>[A-Z][a-z]+)(?![\w'’-])"
)


#: words after a capitalised word that make it an office's or an agency's ("Uy vien", "Chi
#: cuc", "Chi nhanh", "Nha nuoc"), typed without diacritics
_AGENCY_WORDS_PLAIN = frozenset({"vien", "cuc", "nhanh", "bo", "doan", "nuoc", "hoi"})


def _capitalised_after_plain_cue(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A capitalised given name after an honorific typed without diacritics, in a text typed
    so throughout (``text`` is ASCII): a lexicon given name, no capitalised word after it (then
    a place or a full name: "ba Dinh Ha Noi", "ong Tran Van An")."""
    text = doc.text
    for m in matches_at(_AFTER_PLAIN_CUE, text, word_places(doc).cues):
        s, e = m.span("name")
        word = m.group("name")
        if _NEXT_CAPITAL.match(text, e) or not _is_given(word):
            continue
        if everyday_pair(m.group("cue"), word):
            continue  # "di ba Dinh": Ba Đình, a district
        nxt = _NEXT_WORD.match(text, e)
        if nxt is not None and (
            everyday_pair(word, nxt.group(1)) or nxt.group(1) in _AGENCY_WORDS_PLAIN
        ):
            continue  # "dong chi Uy vien", "can bo Chi cuc": an office or an agency
        if fold_word(f"{m.group('cue')} {word}") in _FIGURES or not free(s, e):
            continue
        yield s, e, m.group("cue")


#: kin words after which a capitalised word no lexicon lists is a nickname ("cháu Bống", "cu
#: Tũn", "bé Na"): written so, lower case, with their diacritics
_NICKNAME_KIN = frozenset({"cháu", "cu", "cô", "chú", "bác", "cụ", "dì", "cậu", "mợ", "thím", "bé"})
#: what follows a nickname and closes it: punctuation, a line's end, a predicate
_NICKNAME_END = re.compile(r"[ \t]*(?:[,.;:!?()\n]|$)")


def _unlisted_nickname(word: str, cue: str, text: str, e: int) -> bool:
    """Whether ``word``, capitalised after a kin word written in lower case with its
    diacritics in mid-sentence, is a nickname no lexicon lists ("cháu Bống học lớp 3", "cu
    Tũn nhà bên"): the capital is the writer's, the word a Vietnamese syllable with
    diacritics, no function word, no everyday phrase with the cue ("chú Ý", "cô Đơn"), no
    place's or an agency's first word; its end closed by punctuation or a predicate."""
    if cue not in _NICKNAME_KIN or word.isascii() or len(word) < 2 or not word[1:].islower():
        return False
    if not is_vietnamese_syllable(word):
        return False
    low = word.lower()
    if spelling(low) in _NOT_GIVEN_SPELLINGS or spelling(f"{cue} {low}") in _KIN_SPELLINGS:
        return False
    if fold_word(low) in lexicons().not_names:
        return False
    return _NICKNAME_END.match(text, e) is not None or _predicate_word(text, e)


#: what closes a nickname typed without diacritics: a bracket (its gloss: "cụ Sim (bà nội
#: chị Hoạch)"), a comma, a full stop, a line's end
_PLAIN_NICKNAME_END = re.compile(r"[ \t]*(?:[,.;:!?()\n]|$)")


def _plain_nickname(doc: Document, word: str, cue: str, cs: int, e: int) -> bool:
    """Whether ``word``, capitalised with no diacritics after a kin word written with its
    own in a line typed with them, is a nickname no lexicon lists ("cụ Sim (bà nội chị
    Hoạch)", "cháu Bin (tên khai sinh ...)", "bé Bo học lớp 1"): the line's diacritics make
    the bare word a borrowed or a child's name; a Vietnamese syllable, no everyday word, its
    end closed by punctuation or a predicate."""
    if cue not in _NICKNAME_KIN or not word.isascii() or not (2 <= len(word) <= 5):
        return False
    if not word[1:].islower() or not is_vietnamese_syllable(word):
        return False
    low = word.lower()
    if low in lexicons().not_names or low in _NOT_GIVEN_FOLDED:
        return False
    if spelling(f"{cue} {low}") in _KIN_SPELLINGS:
        return False
    if _PLAIN_NICKNAME_END.match(doc.text, e) is None and not _predicate_word(doc.text, e):
        return False
    return not plain_line(doc, cs)  # (the line's scan last: the dearest test)


def _predicate_word(text: str, e: int) -> bool:
    m = re.match(r"[ \t]+(\S+)", text[e : e + 24])
    return m is not None and spelling(m.group(1).rstrip(",.;:!?")) in _NICKNAME_PREDICATES


#: verbs that open a predicate after a nickname ("cháu Bống học", "cu Tũn sang nhà")
_NICKNAME_PREDICATES = frozenset(
    spelling(w)
    for w in (
        *("học", "sang", "đi", "về", "đến", "tới", "bị", "được", "đã", "đang", "sẽ", "nói"),
        *("hỏi", "ở", "là", "năm", "nay", "có", "không", "chưa", "vừa", "mới", "làm", "ăn"),
        *("chơi", "ốm", "khóc", "ngủ", "nhà", "gửi", "nhờ", "bảo", "kể", "cũng", "thì", "với"),
    )
)


#: one capitalised word after a foreign title ("Mrs. Khang", "Mr Tuan") or after "tên là" /
#: "tên" in mid-sentence ("vợ ông Bình tên là Lụa,"): the title or the naming says a person's
#: name follows; literal-led
_NAMED = re.compile(
    r"(?P<cue>(?:Mrs|Mr|Ms|Mx|Miss|Mme|Madam)\.?|tên(?: (?:tôi|mình|em|con|cháu))? là|tên)"
    rf"[ \t]+(?P<name>[{_CAP}][^\W\d_]+)(?![\w'’-])"
)
# ``_NAMED``'s two kinds of cue, each led by its own literal ("M", "tên"): together the
# pattern was led by the class [Mt] and tried at every "t" of the text (25 us on 2 KB of
# prose). No position starts both, so the first match of either from where the last one
# ended is ``_NAMED``'s next match (``named_matches``).
_NAMED_TITLE = re.compile(
    r"(?P<cue>(?:Mrs|Mr|Ms|Mx|Miss|Mme|Madam)\.?)"
    rf"[ \t]+(?P<name>[{_CAP}][^\W\d_]+)(?![\w'’-])"
)
_NAMED_TEN = re.compile(
    r"(?P<cue>tên(?:(?: (?:tôi|mình|em|con|cháu))? là)?)"
    rf"[ \t]+(?P<name>[{_CAP}][^\W\d_]+)(?![\w'’-])"
)


def named_matches(text: str) -> Iterator[re.Match[str]]:
    """``_NAMED.finditer(text)`` from its two literal-led halves (the property test in
    tests/detectors/test_person_scan.py compares the two)."""
    if "M" not in text:
        yield from _NAMED_TEN.finditer(text)
        return
    if "tên" not in text:
        yield from _NAMED_TITLE.finditer(text)
        return
    title = _NAMED_TITLE.search(text)
    ten = _NAMED_TEN.search(text)
    while title is not None or ten is not None:
        if ten is None or (title is not None and title.start() < ten.start()):
            assert title is not None
            yield title
            pos = title.end()
            title = _NAMED_TITLE.search(text, pos)
            if ten is not None and ten.start() < pos:
                ten = _NAMED_TEN.search(text, pos)
        else:
            yield ten
            pos = ten.end()
            ten = _NAMED_TEN.search(text, pos)
            if title is not None and title.start() < pos:
                title = _NAMED_TITLE.search(text, pos)


#: capitalised words after "tên là" / "tên" that name a place, a unit or an organisation
#: ("đổi tên Phường ...", "tên Công ty"), folded
_NAMED_NOT = frozenset(
    {"xa", "phuong", "huyen", "quan", "tinh", "thon", "ban", "to", "ap", "xom", "thi", "thanh"}
    | {"cong", "truong", "so", "phong", "bo", "cuc", "chi", "uy", "hoi", "doan", "duong", "pho"}
    | {"ngo", "khu", "lang", "buon", "song", "nui", "cho", "benh", "trung", "vien", "tap"}
)


#: the kinds of document whose name "tên" may ask for, folded ("tên Quyết định", "tên Văn
#: bản"; "Luật", "Điều", "Nghị định" are legal words: ``is_legal_word``)
_DOCUMENT_NAMED = re.compile(
    r"(?:quyet dinh|hien phap|van ban|cong van|hop dong|phap lenh|chi thi|ke hoach)(?![a-z])"
)


#: what goes on with a law's name after "tên Luật" (folded): an article, a clause, a number
_LEGAL_NEAR = re.compile(
    r"(?<![a-z])(?:dieu|khoan|chuong|diem|so hieu|nghi dinh|thong tu|van ban|nam ban hanh)(?![a-z])"
)


#: offices addressed with a foreign title in place of a name, folded
_ADDRESSED_OFFICES = frozenset(
    {"president", "chairman", "chairwoman", "speaker", "ambassador", "minister", "secretary"}
    | {"director", "mayor", "chair", "justice", "governor", "premier", "prime"}
)


def _named_or_titled(text: str, free: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str]]:
    """One capitalised word, a Vietnamese syllable, named by a foreign title ("Dear Mrs.
    Khang,", "gửi Mr. Tuan hồ sơ"; not "Dear Ms Ortiz", a foreigner greeted as letters greet)
    or by "tên là" / "tên" in mid-sentence, its end closed by punctuation or a predicate
    ("vợ ông Bình tên là Lụa, làm ruộng", "con tên Bống học lớp 2"); not followed by another
    capitalised word (the other paths judge a full name), not a place's or an agency's first
    word ("đổi tên Phường ...", "tên là gì": lower case is no name here)."""
    for m in named_matches(text):
        cs = m.start("cue")
        if cs > 0 and text[cs - 1].isalnum():
            continue  # inside a word
        s, e = m.span("name")
        word = m.group("name")
        if _NEXT_CAPITAL.match(text, e) or not word[1:].islower():
            continue
        cue = m.group("cue")
        if fold_word(word) in _ADDRESSED_OFFICES:
            continue  # "Mr. President", "Madam Speaker": an office, no name
        if not is_vietnamese_syllable(word):
            continue  # "Dear Ms Ortiz", "Mr. Park": a foreigner's surname, as a letter greets
        if cue.startswith("tên"):
            if fold_word(word) in _NAMED_NOT:
                continue
            if _DOCUMENT_NAMED.match(fold_word(text[s : s + 16])) or (
                fold_word(word) in NEVER_IN_NAMES
                and is_legal_word(word, fold_word(text[e : e + 8]))
                and _LEGAL_NEAR.search(fold_word(text[e : e + 40]))
            ):
                continue  # "kèm theo tên Luật, số Điều": a law's name ("con tên Luật, học
                # lớp 2" is a child's)
            if fold_word(word) in lexicons().not_names:
                continue
            if not (_NICKNAME_END.match(text, e) or _predicate_word(text, e)):
                continue
        if free(s, e):
            yield s, e, fold_word(cue)


def speaker_lines(text: str) -> list[re.Match[str]]:
    """``_SPEAKER.match`` at each line's start where it matches, tried only at the start of
    the lines that hold ":" (every match ends with ":" and crosses no line break). The property
    test in tests/detectors/test_person_scan.py holds it to trying every line's start."""
    return list(matches_at_lines_with(_SPEAKER, text, ":"))


#: a speaker's line opened by a time ("[08:17] Khiem:", "10:15 tùng:")
_TIME_OPENS = re.compile(r"[ \t]*(?:[-*>][ \t]*)?\[?\d{1,2}:\d{2}")


def _speakers(
    lines: Sequence[re.Match[str]], free: Callable[[int, int], bool], *, timed_log: bool = False
) -> Iterator[tuple[int, int, str]]:
    """The given names that speak in a chat of two lines or more ("Hạnh: ...", "tuan: ...",
    "C.Lan: ..."); a speaker named with a cue or a meeting note's abbreviated one ("C.Lan:",
    "Đ/c Hùng:", "Chị Hoa:") speaks alone too, and so does one opening a timed line of a log
    of two timed lines or more (``timed_log``). ``lines``: the text's ``speaker_lines``."""
    # a line opened by a capitalised word and ":" counts as a chat's line; one opened by a
    # lower-case word only if the word is a given name ("tuan:", not "ghi chú:"); a mail's or
    # a document's header word ("Số:", "Lưu:", "To:") opens no chat line, so that a number
    # line and a wrapped sentence's last word before its colon ("... tổng hợp⏎phường:") make
    # no chat of two lines
    speakers = [
        m
        for m in lines
        if (m.group("name")[0].isupper() or _is_given(m.group("name")))
        and (m.group("cue") or m.group("time") or fold_word(m.group("name")) not in _NOT_SPEAKERS)
    ]
    if len(speakers) < 2 and timed_log:
        # a log whose lines open with times, its other speakers named otherwise ("[08:15] Minh
        # Thu: ...", "[08:17] Khiem: 0396 ..."; "[10:12] thảo văn thư: ...", "[10:15] tùng:
        # ..."): a timed line's one-word speaker speaks in it too
        # (in lower case only spelled with diacritics: "khoa:" is as often a department)
        speakers = [
            m
            for m in speakers
            if _TIME_OPENS.match(m.group())
            and (
                m.group("name")[0].isupper()
                or not m.group("name").isascii()
                # a post names a colleague ("[8:05] sep long:"), no department
                or _POST_CUE.fullmatch(m.group("cue") or "") is not None
            )
        ]
    elif len(speakers) < 2:
        # alone, only a name in title case after its cue ("C.Lan:", "Chị Hoa:"; not "Chú ý:",
        # "Anh hùng:", "CHÚ Ý:"), or after a chat log's time ("[15:41] Hậu: ok a", the other
        # speaker named in full: "[15:40] Phí Thanh Tâm: ...")
        speakers = [
            m
            for m in speakers
            if len(name := m.group("name")) >= 2
            and name.istitle()
            and (
                (
                    m.group("cue")
                    and not _kin_phrase(f"{m.group('cue').strip().lower()} {name.lower()}")
                    and not everyday_pair(m.group("cue").strip().lower(), name.lower())
                )
                or (m.group("time") and not m.group("cue") and ":" in m.group("time"))
            )
        ]
    if speakers:
        cued = _cued_place_names(speakers)
        labels = _language_labels(speakers)
        nicknames = _timed_nicknames(speakers)
        for m in speakers:
            s, e = m.span("name")
            name = m.group("name")
            if (
                fold_word(name) not in _NOT_SPEAKERS
                and name not in labels
                and (_is_given(name) or name in cued or name in nicknames)
                and free(s, e)
            ):
                yield s, e, "speaker"


#: words that open a timed line before ":" as a role or a part of a transcript, no nickname
#: ("[20:11] Mẹ: ...", "[10:00] Hỏi: ... [10:05] Đáp: ..."), folded
_NOT_NICKNAMES = frozenset(
    {"me", "bo", "cha", "ma", "con", "vo", "chong", "ong", "ba", "anh", "chi", "em", "co", "chu"}
    | {"bac", "di", "cau", "chau", "be", "hoi", "dap", "ghi", "bot", "khach", "admin", "nhom"}
)


def _timed_nicknames(speakers: Sequence[re.Match[str]]) -> frozenset[str]:
    """The one-word capitalised speakers of a timed chat log that no lexicon holds, a
    family's nicknames ("[20:11] Bống: mẹ ơi ...", "[20:15] Hường: rồi con"): spelled as a
    Vietnamese syllable with its diacritics, in a log where another timed speaker is a given
    name of the lexicon; no kin word or transcript's part."""
    timed = [m for m in speakers if m.group("time") and not m.group("cue")]
    if len(timed) < 2 or not any(_is_given(m.group("name")) for m in timed):
        return frozenset()
    return frozenset(
        name
        for m in timed
        if (name := m.group("name")).istitle()
        and not name.isascii()
        and is_vietnamese_syllable(name)
        and fold_word(name) not in _NOT_NICKNAMES
    )


#: language codes that label the parts of a bilingual text ("VI: ...", "EN: ...")
_LANGUAGE_CODES = frozenset(
    {"vi", "en", "fr", "de", "ja", "jp", "zh", "cn", "ko", "kr", "es", "ru", "th", "lo", "km",
     "id", "ms", "it", "pt", "nl", "ar", "hi", "tw", "hk", "us", "uk", "gb", "vn"}
)  # fmt: skip


def _language_labels(speakers: Sequence[re.Match[str]]) -> frozenset[str]:
    """The speakers that are language labels: a bilingual text's lines opened by language codes
    ("VI: <câu trả lời>" and "EN: <the answer>"), written without a cue in capitals or title
    case, where one of the codes is no given name ("EN", "JP"): then "VI" (Vi, a given name)
    labels a language too. A chat's "VI: ..." among "HÙNG: ..." lines still speaks."""
    codes = {
        m.group("name")
        for m in speakers
        if not m.group("cue")
        and len(m.group("name")) == 2
        and (m.group("name").isupper() or m.group("name").istitle())
        and m.group("name").lower() in _LANGUAGE_CODES
    }
    if len(codes) < 2 or all(_is_given(c) for c in codes):
        return frozenset()
    return frozenset(codes)


def _cued_place_names(speakers: Sequence[re.Match[str]]) -> frozenset[str]:
    """Given names that spell a place too ("Hue": Huệ, Huế), capitalised after a kin word as a
    speaker ("Chi Hue: ..."): the kin word says a person, and the same name speaking alone on
    another line of the log ("Hue: ...") is that person. Not where the kin word and the name
    together are a place ("Bac Ninh:")."""
    lex = lexicons()
    out = set()
    for m in speakers:
        cue, name = m.group("cue"), m.group("name")
        if not cue or not name.istitle() or len(name) < 2:
            continue
        folded = fold_word(name)
        if folded not in lex.givens or folded not in lex.not_names:
            continue
        if not name.isascii() and spelling(name) not in given_spellings():
            continue
        pair = f"{fold_word(cue.strip().rstrip('.'))} {folded}"
        if pair in lex.not_names or _kin_phrase(pair) or everyday_pair(*pair.split(" ", 1)):
            continue
        out.add(name)
    return frozenset(out)


#: a chat log's line: its time, then a speaker of two words and ":" ("[08:15] Ánh Nguyệt: ...");
#: the unit a group chat shows after the name stays out of it ("Xuân Nhị (Tư pháp): ...")
_TIMED_TWO = re.compile(
    r"[ \t]*(?:[-*>][ \t]*)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*"
    r"(?P<name>(?P<a>[^\W\d_]+)[ \t]+(?P<b>[^\W\d_]+))[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:"
)
#: the same line with no time: a chat pasted from Zalo or Messenger's copy, where two such
#: lines or more make the log ("Xuân Nhị (Tư pháp): ai có số ...", "Kiều Trinh: 0989 ...")
_UNTIMED_TWO = re.compile(
    r"[ \t]*(?:[-*>][ \t]*)?"
    r"(?P<name>(?P<a>[^\W\d_]+)[ \t]+(?P<b>[^\W\d_]+))[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:"
)
#: a chat log's line of any speaker: its time, then up to 40 characters and ":"
_TIMED_LINE = re.compile(
    r"[ \t]*(?:[-*>][ \t]*)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*\D[^:\n]{0,40}:"
)
# The three patterns above are tried at the start of the lines that hold ":" only
# (``matches_at_lines_with``): each match opens a line and holds ":" on its first line (the
# time's, or the speaker's), where "(?m)^" had the engine try every character of the text.
#: kin words that, typed without diacritics, open a speaker of two words as a cue ("anh
#: nguyet:" is anh Nguyệt as often as Ánh Nguyệt): the other paths' to judge
_SPEAKER_CUES_FOLDED = frozenset(fold_word(c) for c in _CUES)


def _two_word_speakers(
    text: str, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A given name of two words speaking in a chat log with times, two timed lines or more
    ("[08:15] Ánh Nguyệt: chưa e", "[09:02] ngoc han: ok"): both words given names, written
    alike, no everyday word together; a first word typed without diacritics that is a kin word
    is left to the cue paths ("anh nguyet:")."""
    if ":" not in text:
        return
    if len(list(itertools.islice(matches_at_lines_with(_TIMED_LINE, text, ":"), 2))) >= 2:
        lines = list(matches_at_lines_with(_TIMED_TWO, text, ":"))
    else:
        # no times: only lines in title case, two of them or more ("Kiều Trinh: ...")
        lines = [
            m
            for m in matches_at_lines_with(_UNTIMED_TWO, text, ":")
            if m.group("a").istitle() and m.group("b").istitle()
        ]
        if len(lines) < 2:
            return
    for m in lines:
        a, b = m.group("a"), m.group("b")
        if not (a.istitle() and b.istitle()) and not (a.islower() and b.islower()):
            continue
        if not ((_is_given(a) or _is_middle(a)) and _is_given(b)):
            continue
        if a.isascii() and fold_word(a) in _SPEAKER_CUES_FOLDED:
            continue
        if _kin_phrase(f"{a} {b}".lower()) or everyday_pair(a.lower(), b.lower()):
            continue
        s, e = m.span("name")
        if free(s, e):
            yield s, e, "speaker"


#: a chat log's timed line and its speaker's field, up to 40 characters before ":" (an
#: optional unit in brackets after it): "[09:12] CHV Hoang Long: ...", "[19:21] Thang CAP: ..."
_TIMED_FIELD = re.compile(
    r"[ \t]*(?:[-*>][ \t]*)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*"
    r"(?P<field>[^\W\d_][^:\n]{0,39}?)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:"
)
_FIELD_WORD = re.compile(r"[^\W_]+")
#: the first word of a role or unit a display name describes in lower case after a one-word
#: name ("Tu truong thon:", "Kien xa doi:", "Lan ke toan:"), folded
_ROLE_HEADS = frozenset(
    {"truong", "pho", "xa", "phuong", "thon", "xom", "to", "doi", "ban", "phong", "ke", "can"}
    | {"cong", "dai", "thu", "van", "bs", "chu"}
)


#: the same line with no time: a chat copied from Zalo or Messenger ("Tuấn CA: ...")
_UNTIMED_FIELD = re.compile(
    r"[ \t]*(?:[-*>][ \t]*)?(?P<field>[^\W\d_][^:\n]{0,39}?)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:"
)


def _returning_fields(text: str) -> list[re.Match[str]]:
    """The untimed lines of a pasted chat whose speaker's field stands before ":" on two lines
    or more ("Tuấn CA: ..." ... "Tuấn CA: ..."): a display name comes back, a sentence that
    happens to end on ":" does not."""
    lines = list(matches_at_lines_with(_UNTIMED_FIELD, text, ":"))
    counts = Counter(m["field"] for m in lines)
    return [m for m in lines if counts[m["field"]] >= 2]


def _role_after(name: str, description: Sequence[str]) -> bool:
    """Whether a lower-case description of two words or more after a one-word display name is
    a role or a unit ("Kien xa doi", "Lan ke toan"), not a role of its own that the name's
    word opens ("Truong phong:", "Van thu:": trưởng phòng, văn thư)."""
    return (
        len(description) >= 2
        and fold_word(description[0]) in _ROLE_HEADS
        and not everyday_pair(name.lower(), description[0])
        and fold_word(f"{name} {description[0]}") not in _ROLES_OPENED
    )


#: roles whose first word is spelled as a given name, folded
_ROLES_OPENED = frozenset({"truong phong", "truong ban", "truong thon", "van thu", "thu quy"})
#: a title that opens a role tag ("Phó HT Quân": the deputy head), folded
_TAG_TITLES = frozenset({"pho"})


def _opens_role(name: str, word: str) -> bool:
    """Whether a one-word display name and the next word are a role or an everyday word
    together ("Truong phong", "Van thu": trưởng phòng, văn thư), no name and its tag."""
    return fold_word(f"{name} {word}") in _ROLES_OPENED or everyday_pair(name.lower(), word.lower())


def _role_tag(word: str) -> bool:
    """A role or unit tag a chat's display name carries: a short word in capitals, digits
    allowed ("CHV", "BS", "ĐD", "CAP", "TDP5", "CSKV", "BHXH")."""
    return 2 <= len(word) <= 6 and word.isupper() and word[0].isalpha()


def _tagged_speakers(
    text: str, lines: list[re.Match[str]], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A chat log's speaker whose display name carries a role or unit tag, in a log of two timed
    lines or more (or of untimed lines whose field comes back, ``_returning_fields``: "Tuấn CA:
    ..." twice in a Zalo copy): the tag in capitals before or after the name ("[09:12] CHV Hoang
    Long:", "[19:21] Thang CAP:", "Phó HT Quân:"), or, with no such tag, a lower-case
    description after a name of two words ("Thu Ha dai ly thu:") or a role or unit after one
    ("Kien xa doi:"; not "Thong bao:", a sentence), is left out; what remains is one or two
    title-case words, given names (the first may be a middle name), not a kin phrase (an
    everyday pair counts: "Kim Chi BHXH:"). A field with no tag is the other speaker paths'
    ("Ánh Nguyệt:"); one of capitals only ("UBND XA:") names no one."""
    if len(lines) < 2:
        return
    for m in lines:
        base = m.start("field")
        words = [
            (w.start() + base, w.end() + base, w.group()) for w in _FIELD_WORD.finditer(m["field"])
        ]
        lo, hi = 0, len(words)
        while lo < hi and (
            _role_tag(words[lo][2])
            or (
                fold_word(words[lo][2]) in _TAG_TITLES
                and lo + 1 < hi
                and _role_tag(words[lo + 1][2])
            )
        ):
            lo += 1
        while hi > lo and _role_tag(words[hi - 1][2]):
            hi -= 1
        described = False
        if lo == 0 and hi == len(words):
            # no tag in capitals: a description in lower case after two name words
            while hi > lo and words[hi - 1][2].islower():
                hi -= 1
                described = True
        core = words[lo:hi]
        if (lo == 0 and hi == len(words)) or not 1 <= len(core) <= 2:
            continue  # no tag: the other speaker paths judge it
        if (
            described
            and len(core) == 1
            and not _role_after(core[0][2], [w for *_, w in words[hi:]])
        ):
            continue  # "Thong bao:": one word before lower-case ones opens a sentence; "Kien
            # xa doi:" names a unit after the name
        names = [w for _, _, w in core]
        if not all(w.istitle() for w in names) or not _is_given(names[-1]):
            continue
        if len(names) == 2 and (
            not (_is_given(names[0]) or _is_middle(names[0]))
            or _kin_phrase(" ".join(names).lower())
        ):
            continue  # (an everyday pair is a name here: the tag says a person speaks, "Kim
            # Chi BHXH:", "BS Thái Hòa:")
        if len(names) == 1 and fold_word(names[0]) in _NOT_SPEAKERS:
            continue
        s, e = core[0][0], core[-1][1]
        if free(s, e):
            yield s, e, "speaker"


# -- lower-case chat ("nho a tuan gui lai", "chi oanh oi", "bác tâm nói", "ông tư bán cá") ------

#: honorifics and kin words before a lower-case given name, as spelled with diacritics
_LOWER_CUES = (
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "dì", "cậu", "mợ", "thím",
    "thầy", "dượng", "cán bộ", "đồng chí", "đ/c",
    # a grandchild or a child named with its diacritics ("của cháu thắm bị sai"); typed
    # without them "chau" is as often "châu", a continent
    "cháu",
    # a team's head named by the role ("thiếu giấy xác nhận của tổ trưởng tâm"; not "trưởng
    # thôn": "ông chính, trưởng thôn bắc sơn" names the hamlet)
    "tổ trưởng",
    # a doctor by her given name ("số của bác sĩ thư ở trạm y tế"; not "bác sĩ khoa nhi",
    # ``_AFTER_DOCTOR``) and a child by its nickname ("lịch tiêm cho bé na"; with diacritics
    # only: typed so "be" is "bé", "bề", "bế" and English's "be")
    "bác sĩ", "bé",
    # the doctor as a chart or a shift log writes it ("báo bs khiêm", "bs hùng trực")
    "bs",
)  # fmt: skip
_LOWER_CUE_SPELLINGS = frozenset(spelling(c) for c in _LOWER_CUES)
#: the same typed without diacritics, where no everyday word spells them too ("co" có, "di"
#: đi, "ba" ba, "cu" cũ, "cau" câu, "ong", "bac", "chu", "thay" are left out: "chu ky",
#: "bac ninh", "thay the"), and chat's abbreviations ("a tuan" anh
#: Tuấn, "c hanh" chị Hạnh, "e linh" em Linh, "cj", "ac", "chj"), typed exactly so
_PLAIN_CUES = frozenset({"anh", "chi", "em", "d/c", "to truong", "bac si", "bs"})
_ABBREVIATED_CUES = frozenset({"a", "c", "e", "cj", "ac", "chj"})
#: the kin cues folded and chat's abbreviations of them: what a chat speaker's given name
#: follows ("can bo hoa:", "a tuan:"; person/handles.py leaves such speakers to this path)
SPEAKER_CUES = frozenset(fold_word(c) for c in _CUES) | _ABBREVIATED_CUES | {"dc", "d/c"}
#: English words an article follows ("owns a cat", "is a pilot", "with a map"): "a" after them
#: is English's article, not chat's "anh" (folded, the word right before "a")
_ENGLISH_BEFORE_A = re.compile(
    r"(?<![a-z'])(?:is|was|owns?|has|have|had|gets?|got|buy|bought|with|for|of|in|on|at|as"
    r"|like|not|into|from|such|quite|what|makes?|made|takes?|took|gives?|gave|needs?|wants?"
    r"|finds?|found|sees?|saw|keeps?|be|been|become|became|write|wrote|send|sent|use|uses)"
    r"[ \t]+$"
)
#: the cues left out above, typed so, count where the name is called ("chu lan oi", "co hoa
#: nhe"): a particle of address right after it
_OLDER_PLAIN_CUES = frozenset({"co", "chu", "bac", "di", "ong", "ba", "cau", "thay"})
#: of those, the ones that, before a given name and a role typed plain, are the kin word
#: ("ong hung to truong bao", "bac tam thu kho"; not "co" có, "ba" ba: "co lan ke toan lam
#: sai" is "có lần", "ba lan thu kho" "ba lần")
_ROLE_AFTER_CUES = frozenset({"ong", "bac", "chu", "thay"})
#: the cues typed plain that spell a word of their own as often ("có", "ba" three) and take a
#: given name only before a post of a hamlet, a school or a commune ("co hoai giao vien chu
#: nhiem", "ba lan truong thon"), the name no unit counted nor number ("có lần", "ba hai")
_POST_AFTER_CUES = frozenset({"co", "ba"})
_POST_CUES = _ROLE_AFTER_CUES | _POST_AFTER_CUES
_CALLED = re.compile(r"[ \t]*,?[ \t]*(?:oi|nhe|nha)\b")
#: of those, the ones spelled so with diacritics too (in a line that has them, "chi" is "chi"
#: or "chí", not "chị")
_UNMARKED_CUES = _ABBREVIATED_CUES | {"anh", "em", "d/c", "to truong", "bs"}
#: a cue (folded) and a lower-case word after it (a trie on the folded text; the word in a
#: lookahead, so that it may be the next match's cue: "va e linh")
_CUE_AND_WORD = (
    "(?P<cue>"
    + trie_regex(sorted({fold_word(c) for c in _LOWER_CUES} | _ABBREVIATED_CUES))
    + r")(?=[ \t]+(?P<name>[a-z]+)(?![\w'’-]))"
)
#: led by the space, line break, bracket or quote before the cue (a chat message quoted
#: whole: "'a khiem oi, ...'"), so that the engine tries the cues at those few characters only
#: (a cue may also open the text: ``_CUE_AT_START``)
_LOWER_AFTER_CUE = re.compile(r"[ \t\n(\"'“‘]" + _CUE_AND_WORD)
_CUE_AT_START = re.compile(_CUE_AND_WORD)


def cue_words() -> frozenset[str]:
    """The cue words of this module's scans after a cue (``_AFTER_CUE``, ``_AFTER_CHAT_CUE``,
    ``_AFTER_PLAIN_CUE``, ``_LOWER_AFTER_CUE``), folded, for :mod:`.word_places`' scan."""
    return frozenset(
        {fold_word(c) for c in (*_CUES, *_LOWER_CUES)}
        | _ABBREVIATED_CUES
        | {*_CHAT_ABBREVIATIONS, *_PLAIN_CAPITAL_CUES}
    )


#: a cue and a given name that, side by side, are an everyday word ("anh em", "chị em", "anh
#: hùng", "em bé", "cô đơn", "bác sĩ", "chú ý"), by spelling; typed without diacritics, folded
_KIN_PHRASES = (
    "anh em", "chị em", "anh hùng", "anh dũng", "anh minh", "anh tài", "anh thư", "anh hào",
    "anh linh", "anh quân", "em bé", "em út", "cô đơn", "cô lập", "cô quả", "cô nhi",
    "cô hồn", "cô phụ", "cô gái", "bác sĩ", "bác học", "bác ái", "chú ý", "chú tâm", "chú giải",
    "chú thích", "ông bà", "bà con", "bà ngoại", "ông ngoại", "cụ thể", "cậu ấm",
    "thầy thuốc", "thầy giáo", "chị hằng", "chú cuội", "ông trời", "ông bụt", "bà tiên",
    "anh văn", "anh quốc", "em ruột", "anh ruột", "chị dâu", "em dâu", "em rể", "anh rể",
    "cô dâu", "chú rể", "ông trùm", "bà chủ", "ông chủ", "cô chủ", "cậu chủ", "anh cả",
    "chị cả", "con cả", "dì ghẻ", "ông xã", "bà xã", "bà đỡ", "cô tiên", "em gái",
    "cô giáo", "cụ tổ", "cô bé", "cậu bé", "cháu bé", "cô ấy", "cậu ấy", "chú ấy", "bác ấy",
    "cụ ông", "cụ bà", "cháu nội", "cháu ngoại", "cu cậu", "cháu ngoan", "cháu đích",
    # "bé" the adjective (small) and a child's age ("nhà bé tí", "thuở bé thơ")
    "bé tí", "bé xíu", "bé nhỏ", "bé con", "bé bỏng", "bé mọn", "bé thơ", "bé hơn",
    "bé xinh", "bé ngoan", "bé yêu", "bé cưng", "bé gái", "bé trai",
)  # fmt: skip
_KIN_SPELLINGS = frozenset(spelling(p) for p in _KIN_PHRASES)
#: typed without diacritics, also the phrases a cue spells with an everyday word ("chi phi"
#: chi phí, "chi dao" chỉ đạo, "anh chi" anh chị, "em chao" em chào)
_KIN_FOLDED = frozenset(fold_word(p) for p in _KIN_PHRASES) | frozenset(
    {"chi phi", "chi dao", "chi dinh", "chi doan", "chi tra", "chi tieu", "chi la", "chi can"}
    | {"chi mong", "chi ho", "chi ban", "chi cuc", "chi nhanh", "chi tiet", "anh chi"}
    | {"chi thi", "chi so", "chi huy", "chi bo", "chi hoi", "chi em", "anh sang", "anh huong"}
    | {"dia chi"}  # "dia chi nhan:": địa chỉ nhận (the address to deliver to), no "chị Nhàn"
)
#: given names that are, far more often, a function word or an everyday word after a cue
#: ("ông được yêu cầu", "em đang đi", "em trai", "em hỏi"), spelled; typed without
#: diacritics, folded (with the words typed so that spell them: "the", "dang", "hoi", "cuc")
_NOT_GIVEN = (
    *("được", "đang", "thế", "hỏi", "trai", "gái", "nào", "này", "đây", "đó", "cả", "cần"),
    *("phải", "sẽ", "vừa", "mới", "cũng", "đã", "không", "có", "là", "mình", "muốn", "sinh"),
    # on duty, far more than the name Trực in chat ("sáng nay ai trực", "e trực ạ")
    "trực",
)
_NOT_GIVEN_SPELLINGS = frozenset(spelling(w) for w in _NOT_GIVEN)
_NOT_GIVEN_FOLDED = frozenset(fold_word(w) for w in _NOT_GIVEN) | frozenset(
    {"the", "dang", "hoi", "cuc", "tri", "dao", "ky", "quan", "thuong", "chuan", "nhat", "duoc"}
    | {"viet"}  # "e viet huong dan", "chi viet giup": viết (write) far more than Việt
    | {"nghi"}  # "mai e nghi nhe", "a nghi roi": nghỉ (rest) far more than Nghị
    | {"nha"}  # "e goi lai gium c nha": the particle nha (nhé) far more than Nhã
    | {"ben"}  # "em ben phong ke toan", "ong chin ben hoi": bên (at, of) far more than Bến
    | {"trai", "gai", "phi", "dong", "tien", "thi", "chi", "tu", "le", "giang", "doan", "dan"}
)
#: after "chi" typed so (chi, chỉ, chị), words that go with its verb ("chi dung" chi đúng)
_AFTER_PLAIN_CHI = frozenset({"dung", "tra", "tieu", "thu", "ho", "tiet"})
#: southern nicknames by birth order ("bác ba", "ông tư", "chú năm", "dì bảy", "út")
_ORDINALS = ("hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "út")
_ORDINAL_SPELLINGS = frozenset(spelling(w) for w in _ORDINALS)
_ORDINALS_FOLDED = frozenset(fold_word(w) for w in _ORDINALS)
#: birth-order words that, typed without diacritics, a number before them makes a count or a
#: number as often ("ba nam" ba năm, "ba muoi" ba mươi, "hai ba" 23)
_COUNT_ORDINALS = frozenset({"nam", "muoi", "hai", "ba"})
#: the kin words before such a nickname named twice that, typed without diacritics, are no
#: verb or noun before it ("co sau" có sau, "cau sau" câu sau, "di bay" đi bay)
_REPEATED_NICKNAME_CUES = frozenset({"ong", "ba", "bac", "chu"})
#: what may follow a given name alone and mark its end: punctuation, the line's end, a
#: phone number ("cho a thinh 0779 ..."), an e-mail address ("cc anh khoa khoa.dm@..."), a
#: particle of address ("ơi", "nhé", "ạ"), "và" / "với" / "hoặc" before another person
_END = re.compile(
    # a phone grouped with dots, spaces or dashes, "số" before it ("a quân số 0931-204-578")
    r"[ \t]*(?:[,.;:!?)\]\n\"]|$)|[ \t]+(?:s[ốo][ \t]+)?(?:\+?84|0)\d{2}[\d .-]{6,}"
    r"|[ \t]+[\w.+-]+@[\w-]+\."
    # a birth cohort's tag after the name ("a tùng 2k ở phòng kế toán", "c lan 9x")
    r"|[ \t]+(?:[5-9]x|2k\d?)(?![\w'’-])"
    # an identifier's label right after the name ("chi ngan sdt 0707 ...", "anh toan stk ...")
    r"|[ \t]+(?i:s[dđ]t|stk|cccd|cmnd|zalo|email|mst)\b"
)
_PARTICLES = ("ơi", "nhé", "nhá", "ạ", "à", "và", "với", "hoặc", "hay", "nha", "ới")
_PARTICLE_SPELLINGS = frozenset(spelling(w) for w in _PARTICLES)
_PARTICLES_FOLDED = frozenset({"oi", "nhe", "nha", "va", "voi", "hoac"})
#: chat's verbs after the person who does them ("cô liên dặn", "e linh di hop", "a tuan
#: check giup"), beyond the predicates :func:`.lower_case.predicate_at` knows
_CHAT_VERBS = (
    *("dặn", "bảo", "kêu", "đi", "nhắn", "gọi", "check", "ok", "duyệt", "ký", "về", "tên"),
    # a role or a unit after the name ("chị mai kế toán nhắn", "anh hùng phòng tổ chức")
    *("kế", "thủ", "văn", "phòng", "tổ", "lái", "bảo"),
    # a time after the person ("chị quỳnh chiều nay nộp", "anh hùng hôm qua gọi")
    *("chiều", "tối", "hôm", "tuần", "nãy"),
    # where the person lives or works, why, what she sees to ("bà nga xóm dưới", "anh bình nhà
    # chị ấy", "chú sáu dưới ấp", "chị hoa bên phòng", "a khoa vì bận", "chị nhung lo hồ sơ")
    *("xóm", "nhà", "dưới", "bên", "vì", "lo"),
    # the team she is in, "right away" after the person ("a hải đội 2", "báo a quý luôn")
    *("đội", "luôn"),
    # who stands in for whom ("chiều c quế thay")
    "thay",
)
_CHAT_VERB_SPELLINGS = frozenset(spelling(w) for w in _CHAT_VERBS)
_CHAT_VERBS_FOLDED = frozenset(
    {"dan", "bao", "keu", "di", "nhan", "goi", "check", "ok", "noi"}
    # thay, thấy, thầy typed so: each a verb or a new person after a name ("chieu c que thay")
    | {"thay"}
)
#: typed without diacritics, "là", "ở" after the person open what is said of her ("c hien la
#: thu quy", "c xoan o phong ke toan"); not "thì" ("chi diep thi de nghi": Diệp Thị Đề?)
_LINKS_FOLDED = frozenset({"la", "o"})
_ENDING_FOLDED = _PARTICLES_FOLDED | _CHAT_VERBS_FOLDED | _LINKS_FOLDED
#: given names that, typed without diacritics, are verbs that "ở", "là" follow as often
#: ("e lam o bo phan mot cua": làm ở; "an o", "song o", "nam o")
_VERBS_BEFORE_LINKS = frozenset({"lam", "an", "song", "nam", "dung", "ngoi", "choi", "hoc"})
_LAST_WORD = re.compile(r"([a-z]+)$")


def _verb_before_link(folded: str, e: int) -> bool:
    """Whether the word ending at ``e`` (folded) is a verb that "ở" / "là" follow."""
    m = _LAST_WORD.search(folded, max(0, e - 8), e)
    return m is not None and m.group(1) in _VERBS_BEFORE_LINKS


#: given names that, typed without diacritics, are as often a verb that a room follows ("a ve
#: phong hop", "chi sang phong ben", "e lam phong ke toan"), folded
_VERBS_BEFORE_ROOMS = _VERBS_BEFORE_LINKS | {"ve", "sang", "den", "qua", "len", "xuong", "vao"}


#: the words after "phong" typed so that make it a verb ("phòng chống", "phòng ngừa", "phóng
#: to"), not an office: "thu chi quy phong chong thien tai" names no one
_PHONG_VERBS = frozenset(
    {"chong", "ngua", "tranh", "benh", "thu", "ve", "than", "hoa", "dich", "xa", "to", "su"}
)


def _moves_to_a_room(folded: str, e: int) -> bool:
    """Whether the word ending at ``e`` (folded) is a verb that "phòng" (a room) follows."""
    m = _LAST_WORD.search(folded, max(0, e - 8), e)
    return m is not None and m.group(1) in _VERBS_BEFORE_ROOMS


#: a role or a unit after a given name typed without diacritics ("chi yen ke toan", "anh diep
#: thu quy", "chi hoa van thu", "anh dung dia chinh"): two words, folded, since each alone is
#: an everyday word
_ROLES_FOLDED = frozenset(
    {"ke toan", "thu quy", "thu ky", "van thu", "lai xe", "bao ve", "thu kho", "y ta", "tai vu"}
    | {"truong phong", "pho phong", "to truong", "to pho", "doi truong", "can bo"}
    # a commune's officers by their desk ("anh dung dia chinh noi", "chi hoa tu phap")
    | {"dia chinh", "tu phap", "mot cua", "dan so", "thu y", "lao dong", "xa hoi"}
)
_NEXT_TWO_WORDS = re.compile(r"[ \t]+([a-z]+)[ \t]+([a-z]+)\b")
#: the same roles spelled with their diacritics, and a school's ("cô hiền hiệu phó bảo", "chị
#: mai kế toán"), beyond the officials' titles of ``name_cues.tsv``
_ROLES_SPELLED = frozenset(
    spelling(w)
    for w in (
        *("kế toán", "thủ quỹ", "thư ký", "văn thư", "lái xe", "bảo vệ", "thủ kho", "y tá"),
        *("tài vụ", "hiệu phó", "tổng phụ trách", "giáo viên", "chủ nhiệm", "tạp vụ"),
    )
)
_ENDING_SPELLINGS = _PARTICLE_SPELLINGS | _CHAT_VERB_SPELLINGS
#: words after a birth-order nickname that make it a count ("ba người", "sáu tháng", "năm
#: 2024"): checked on the folded word
_COUNTED = frozenset(
    {"nguoi", "thang", "nam", "ngay", "tuan", "tuoi", "lan", "cai", "con", "chiec", "trieu"}
    | {"nghin", "ngan", "tram", "muoi", "gio", "phut", "buoi", "dem", "thu", "ky", "khoa"}
)
_NEXT_WORD = re.compile(r"[ \t]+([^\W_]+)")
#: the word right before a cue (folded text, searched up to the cue)
_PREVIOUS_WORD = re.compile(r"([a-z]+)[ \t]+$")
#: surnames that, folded, are as often the word before a cue ("là", "đó", "vợ", "cho")
_WORDS_NOT_SURNAMES = frozenset(
    {"la", "do", "vo", "ma", "mai", "ha", "lam", "dang", "to", "tu", "ban", "cung", "khong"}
    | {"nhu", "voi", "cho", "thi", "co", "chu", "hoa", "vi", "doan", "van", "cao", "ong"}
)


#: a kin word and a common given name that are also an everyday word ("anh minh" wise, "anh
#: hùng" hero, "chị hằng" the moon's lady, "chú tâm" to focus), folded: a name where the
#: person is plainly addressed (``_addressed``)
_NAME_OR_PHRASE = frozenset(
    {"anh minh", "anh hung", "anh dung", "anh tai", "anh thu", "anh linh", "anh quan"}
    | {"anh hao", "anh quoc", "chi hang", "chu tam"}
)
#: given names that, typed without diacritics, are more often another word after a cue
#: ("anh quan tâm", "quận"), yet a name where the person is plainly addressed
_NAME_OR_WORD = frozenset({"quan"})
#: of ``_NOT_GIVEN_FOLDED``, the words spelled so without diacritics ("quan" official, "thi"
#: exam, "chi" to spend, chat's particle "nha"): everyday words in a line with diacritics too
_SPELLED_PLAIN = frozenset(
    {"quan", "thi", "chi", "phi", "dao", "tu", "the", "le", "ky", "dan", "nha"}
)
#: the word before a cue when the person after it is spoken to or about, never an adjective's
#: noun: "hỏi anh minh", "nhờ chị hằng", "gửi chú tâm", "với anh hùng", folded
_ADDRESSING = frozenset(
    {"hoi", "nho", "gui", "gap", "goi", "nhan", "bao", "voi", "cho", "cua", "va", "moi"}
    | {"chao", "giup", "gium", "dum", "ke", "nghe", "hen", "xin", "on", "thay", "cam"}
    | {"noi"}  # "nói anh quân ở tổ 6 chưa nộp": said of a person
)
#: of ``_NAME_OR_PHRASE``, the pairs whose everyday sense is a noun that is seldom said to be
#: someone ("anh quân" a wise king, "chị hằng" the moon's lady): after "là" with the end
#: marked, a person named ("chủ nhà nghỉ là anh quân nhờ viết đơn"); not the adjectives ("là
#: anh hùng", "là anh minh")
_NAMED_AFTER_IS = frozenset({"anh quan", "chi hang"})
#: what follows a person plainly addressed: a call, the place of work, a predicate
_ADDRESSED_END = re.compile(r"[ \t]*,?[ \t]*(?:oi|ben)\b")


def _addressed(doc: Document, prev: re.Match[str] | None, e: int, *, strict: bool = False) -> bool:
    """Whether the kin word and given name ending at ``e`` address a person: called ("anh
    minh ơi"), or after a word of asking, giving or meeting ("hỏi anh minh bên kho bạc", "nhờ
    anh hùng gửi lại") with the name's end marked; ``strict``: only a call or the place of
    work after it ("hoi anh quan ben kho bac", not "hoi anh quan tam"); the desk she holds
    is her place of work ("anh dung dia chinh noi ...": ``_role_next``)."""
    if _ADDRESSED_END.match(doc.folded, e) or _role_next(doc, e):
        return not strict or (prev is not None and prev.group(1) in _ADDRESSING)
    if strict or prev is None:
        return False
    if prev.group(1) == "la" and fold_word(doc.text[prev.end(1) : e].strip()) in _NAMED_AFTER_IS:
        return _marked_end(doc, e)
    if prev.group(1) not in _ADDRESSING:
        return False
    if prev.group(1) == "noi":
        # "nói anh hùng thì ...", "nói anh minh là": what is said, the phrase its subject
        nxt = _NEXT_WORD.match(doc.folded, e)
        if nxt is None or nxt.group(1) in _SAID_LINKS:
            return False
    return _marked_end(doc, e)


#: the words after a kin word and a given name that make them what someone says, not whom
#: (after "nói": "nói anh hùng thì phải thế", "nói anh minh là đúng"), folded
_SAID_LINKS = frozenset({"thi", "la", "ma", "cung", "qua", "nhu", "vay", "the"})


#: given names that are, after a pronoun, as often the verb of saying or intending that opens
#: the sentence's predicate ("thằng bạn e bảo làm ...", "e định lên đó công tác"): a name
#: there only where punctuation, a phone or a call closes it ("chị bảo ơi", "a định,"), folded
_VERB_GIVENS = frozenset({"bao", "dinh"})
#: given names that, typed without diacritics, are chat's everyday verbs ("lam" làm, "dung"
#: dùng, "an" ăn, "hoc" học): "a lam vs c lam" is who does what, no pair of people
_CHAT_VERB_GIVENS = frozenset({"lam", "dung", "an", "nhan", "bao", "tinh", "hoc", "ky", "sang"})
#: given names that are a verb of going somewhere as written ("sang", to come over; the
#: name Sang has no mark either; "chuyen" typed plain, chuyển, to move: "e chuyen nha roi"),
#: and where one goes after them with more words after it ("chi sang nha em", "chị sang nhà
#: em lấy hồ sơ", "c sang ben do lien"; "chi sang nha" alone may be Sang and chat's particle)
_MOVE_GIVENS = frozenset({"sang", "chuyen"})
_MOVES_TO = re.compile(
    r"[ \t]+(?:(?:nha|ben|que|truong|cho|vp|cty|phong|qua)[ \t]+[a-z0-9]"
    r"|(?:lien|ngay|luon|day|do|kia)(?![a-z]))"
)


def _verb_then_predicate(doc: Document, e: int) -> bool:
    """Whether the word ending at ``e`` reads as a verb that the next word continues: no
    punctuation, phone or call closes it, and the next word is no given name ("e bảo làm",
    not "em bao ngoc phong noi vu", "a bảo bảo gửi")."""
    if _END.match(doc.text, e) is not None or _CALLED.match(doc.folded, e) is not None:
        return False
    nxt = _NEXT_WORD.match(doc.text, e)
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if word.isascii():
        return fold_word(word) not in lexicons().givens
    return spelling(word) not in given_spellings()


#: after a given name alone, whose relative the person is ("a tú con bà thơm", "c lan vợ a
#: tâm") or when she did what is said ("chú tư sáng nay ra xã", "c mai tối qua gọi"), folded
_KIN_OR_TIME_AFTER = re.compile(
    r"[ \t]+(?:(?:con|vo|chong)[ \t]+(?:ong|ba|anh|chi|chu|co|bac|di|a|c)"
    r"|(?:sang|trua|chieu|toi|hom)[ \t]+(?:nay|qua|kia))(?![\w'’-])"
)


#: of ``_NOT_GIVEN_FOLDED``, the nouns that, typed without diacritics, are given names too
#: ("quan" quan/Quân, "tien" tiền/Tiến, "tu" từ/Tú): no verb ("hoi", "dang"), which a phone
#: may follow ("e hoi so 0912 ...")
_NAME_BEFORE_ID = frozenset({"quan", "tien", "tu", "thuong", "giang", "doan", "dan", "nhat"})
#: what names the person just named: a phone grouped with spaces, dots or dashes ("số"
#: before it), an e-mail address, an identifier's label (not an app's name: "đoạn zalo")
_ID_AFTER = re.compile(
    r"[ \t]+(?:s[ốo][ \t]+)?(?:\+?84|0)\d{2}[\d .-]{6,}|[ \t]+[\w.+-]+@[\w-]+\."
    r"|[ \t]+(?i:s[dđ]t|stk|cccd|cmnd|mst)\b"  # not "zalo", "email": "doan zalo nay"
    r"|[ \t]+(?i:[dđ][iị]a[ \t]+ch[iỉ])(?![\w'’-])"  # "cho c giang dia chi 112 ..."
)


def _identified_after(doc: Document, e: int) -> bool:
    """Whether a phone, an e-mail address or an identifier's label, or a relative or a time
    ("con bà thơm", "sáng nay") follows a given name alone at ``e``: the person is meant
    ("a quan so 0931-204-578", "a tu con ba thom"), not the everyday word."""
    return bool(_ID_AFTER.match(doc.text, e) or _KIN_OR_TIME_AFTER.match(doc.folded, e))


#: "theo" (by) and how a thing reaches the person after the name ("gửi cho đ/c thuận theo địa
#: chỉ ...", "gửi email cho chị vân theo địa chỉ ..."), folded; "theo" alone follows verbs
#: that are given names too ("chị thu theo quy định": thu, collect)
_BY_WAY = re.compile(
    r"[ \t]+theo[ \t]+(?:dia[ \t]+chi|so|email|e-mail|mail|sdt|so[ \t]+dien[ \t]+thoai|zalo)\b"
)


#: the two words after a given name, as written
_NEXT_TWO_RAW = re.compile(r"[ \t]+([^\W\d_]+[ \t]+[^\W\d_]+)(?![^\W\d_])")


#: chat's "dc" (đ/c, đồng chí, typed without its slash) and a word after it (folded): "dc" is
#: "được" and "địa chỉ" as often, so the word is a name only before the desk its bearer holds
_DC_AND_WORD = re.compile(r"(?<![a-z0-9/])dc[ \t]+(?P<name>[a-z]+)(?![\w'’-])")


def _comrade_typed_dc(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A given name after chat's "dc" typed for "đ/c", its bearer's desk right after it ("nhan
    dc tuan dia chinh la ...", "dc hoa tu phap ky roi"): a given name of the lexicon typed
    plain, no everyday word; not "dc tuan sau" (được), "dc so 5" (địa chỉ)."""
    givens = lexicons().givens
    for m in _DC_AND_WORD.finditer(doc.folded):
        s, e = m.span("name")
        word = m.group("name")
        if not doc.text[m.start() : e].isascii() or not doc.text[s:e].islower():
            continue
        if word not in givens or word in _NOT_GIVEN_FOLDED or word in lexicons().not_names:
            continue
        if _role_next(doc, e) and free(s, e):
            yield s, e, "dc"


def _role_next(doc: Document, e: int) -> bool:
    """Whether the two words after ``e`` are a role (``_ROLES_FOLDED`` typed without
    diacritics, an official's title of ``name_cues.tsv`` spelled so with them: "trưởng
    phòng", not "trường phong")."""
    two = _NEXT_TWO_RAW.match(doc.text, e)
    if two is None:
        return False
    pair = two.group(1)
    if pair.isascii():
        return " ".join(fold_word(w) for w in pair.split()) in _ROLES_FOLDED
    spelled = spelling(" ".join(pair.split()))
    return spelled in two_word_titles()[0] or spelled in _ROLES_SPELLED


#: the folded word that ends a stretch of the folded text
_WORD_AT_END = re.compile(r"[a-z]+\Z")


def _folded_word_before(folded: str, e: int) -> str:
    """The folded word that ends at ``e`` ("" when none does)."""
    m = _WORD_AT_END.search(folded, max(0, e - 12), e)
    return m.group() if m is not None else ""


def _post_next(doc: Document, word: str, e: int) -> bool:
    """Whether the two words after the given name ``word`` ending at ``e``, typed plain, are a
    post of a hamlet, a school or a commune (:data:`COMMUNITY_POSTS_FOLDED`), ``word`` no unit
    counted nor a number ("có lần giáo viên", "có hai giáo viên": no Lần, no Hai), nor a verb
    typed plain whose object the post is as often ("ông báo bí thư": told the secretary)."""
    if word in _COUNTED or word in _ORDINALS_FOLDED or word in PLAIN_VERBS:
        return False
    two = _NEXT_TWO_WORDS.match(doc.folded, e)
    return two is not None and f"{two.group(1)} {two.group(2)}" in COMMUNITY_POSTS_FOLDED


#: the label of a person's contact right after her given name ("gui ho so ve cho c giang dia
#: chi 112 le loi", "anh tú sđt 09..."), folded: the name ends there
_FIELD_AFTER = re.compile(
    r"[ \t]+(?:dia[ \t]+chi|sdt|so[ \t]+dt|so[ \t]+dien[ \t]+thoai|stk|cccd|cmnd"
    # a bank account's label ("e hoi chi nga so tai khoan cua ...", "anh long so tk ...")
    r"|so[ \t]+(?:tai[ \t]+khoan|tk))(?![\w'’-])"
)


#: a verb typed plain that is a word of its own as often ("nho" nhờ / nhỏ / nhớ, "ban" bán /
#: bàn / bạn) but with what follows it here the predicate after the person: "nhờ" and whom
#: ("me hanh nho em hoi ...", "c lan nho a xem"), "bán ở" / "bán tại" ("co lieu ban o kiot
#: 43"), chat's "ktra" (kiểm tra: "c quyen ktra giup") (folded)
_ASKS_SOMEONE = re.compile(
    r"[ \t]+(?:nho[ \t]+(?:em|e|anh|a|chi|c|minh|toi|co|chu|bac|ban)"
    r"|ban[ \t]+(?:o|tai)|ktra)(?![\w'’-])"
)


#: the words ``_ASKS_SOMEONE`` opens with, asked first (folded)
_ASKING_WORDS = frozenset({"nho", "ban", "ktra"})


def _marked_end(doc: Document, e: int) -> bool:
    """Whether what follows a given name alone at ``e`` marks its end: punctuation, a
    particle of address, or a verb that opens the sentence's predicate ("bác tâm nói")."""
    if _END.match(doc.text, e):
        return True
    if _KIN_OR_TIME_AFTER.match(doc.folded, e) or _FIELD_AFTER.match(doc.folded, e):
        return True
    if _CLASS_AFTER.match(doc.folded, e) and (
        doc.folded[doc.folded.rfind(" ", 0, e) + 1 : e] not in _TO_A_CLASS
    ):
        return True  # a pupil's class ("em hoa lop 3a chua nop"; not "em hoc lop 3")
    nxt = _NEXT_WORD.match(doc.text, e)
    if nxt is None:
        return False
    word = nxt.group(1)
    if _role_next(doc, e) or _post_next(doc, _folded_word_before(doc.folded, e), e):
        return True  # "chi yen ke toan", "anh vũ trưởng phòng ký chưa", "chu tinh truong thon"
    if word.isascii():
        after = fold_word(word)
        if after in _ASKING_WORDS and _ASKS_SOMEONE.match(doc.folded, e):
            return True  # "me hanh nho em hoi ...", "co lieu ban o kiot 43": the predicate
        if after in _ENDING_FOLDED and not (
            after in _LINKS_FOLDED and _verb_before_link(doc.folded, e)
        ):
            return True
        two = _NEXT_TWO_WORDS.match(doc.folded, e)
        if (
            two is not None
            and two.group(1) == "phong"
            and two.group(2) not in _PHONG_VERBS
            and not _moves_to_a_room(doc.folded, e)
        ):
            return True  # "anh toan phong hanh chinh": the office she works in
        if spelling(word) in _CHAT_VERB_SPELLINGS and not plain_line(doc, e):
            return True  # "chiều c quế thay": a chat verb spelled so in a line with diacritics
    elif spelling(word) in _ENDING_SPELLINGS:
        return True
    return predicate_at(doc, e)


@lru_cache(maxsize=256)
def _spelled_cue(cue: str) -> bool:
    """Whether a cue written with diacritics is spelled as a kin word ("cô", not "có")."""
    return spelling(cue) in _LOWER_CUE_SPELLINGS


def _kin_phrase(pair: str) -> bool:
    """Whether two words are an everyday word made with a kin word ("anh em", "bác sĩ"), by
    spelling where typed with diacritics."""
    if pair.isascii():
        return " ".join(fold_word(w) for w in pair.split()) in _KIN_FOLDED
    return spelling(pair) in _KIN_SPELLINGS


#: given names that, typed without diacritics after "để" and a kin word, are the verb the
#: speaker offers to do ("để a làm", "để c nhận", "để e báo", "để a tính"), folded
_VERBS_AFTER_LET = frozenset({"lam", "nhan", "bao", "tinh"})
#: what a child named after "bé" typed without diacritics does or is called ("be na goi bao",
#: "be bin sot", "be na oi"), folded: "be" is "bê", "bẻ", "bể" there as often, none of which
#: a given name and these verbs follow
_CHILD_DOES = re.compile(r"[ \t]*,?[ \t]*(?:goi|noi|bao|keu|nhan|khoc|sot|om|oi)(?![\w'’-])")
#: words that "be" typed plain opens as another word ("bê tông", "bề mặt", "bể bơi", "bẻ gãy"),
#: folded
_NOT_AFTER_BE = frozenset(
    {"tong", "mat", "ngoai", "tren", "duoi", "boi", "ca", "phot", "nuoc", "the", "day", "rong"}
    | {"ngang", "cao", "dai", "gay", "cong", "khoa", "bang", "bon", "chua", "xang", "dau"}
)
#: a call right after a cue and a word ("chi dao oi"), folded
_VOCATIVE = re.compile(r"[ \t]*,?[ \t]*oi\b")
#: the kin phrases proper, folded ("anh em oi", "ba con oi": folks called, no name)
_TRUE_KIN_FOLDED = frozenset(fold_word(p) for p in _KIN_PHRASES)
#: the words after "bác sĩ" that are its field, rank or shift, not its name ("bác sĩ khoa
#: nhi", "bác sĩ chuyên khoa", "bác sĩ trưởng khoa", "bác sĩ trực"), folded
_AFTER_DOCTOR = frozenset(
    {"khoa", "chuyen", "truong", "truc", "dieu", "phu", "nhi", "gioi", "noi", "ngoai", "gia"}
)


def _after_doctor(doc: Document, e: int, word: str) -> bool:
    """Whether ``word`` (folded) ending at ``e`` after "bác sĩ" is the doctor's field, rank or
    shift ("bác sĩ khoa nhi", "bác sĩ thú y": typed without diacritics "thu" is Thư or thú)."""
    if word in _AFTER_DOCTOR:
        return True
    if word == "thu":
        nxt = _NEXT_WORD.match(doc.folded, e)
        return doc.text[e - 3 : e].lower() == "thú" or (nxt is not None and nxt.group(1) == "y")
    return False


#: question words after the people asked about ("đ/c khoa ai ký", "đ/c hưng nào"), as
#: written: none a name's next word there
_QUESTION_WORDS = frozenset({"ai", "nào", "nao", "đâu", "gì"})


def _after_comrade(doc: Document, key: str, cue: str, e: int) -> bool:
    """Whether the given name ending at ``e`` follows "đ/c" or "đồng chí" written with its
    diacritics, cues that name the person right after them in minutes and reports ("đ/c hưng
    phát biểu, đ/c thảo ghi biên bản"): then its end need not be marked, unless a name's word
    follows (a given name of two words or a full name: the other paths')."""
    if key != "d/c" and (key != "dong chi" or cue.isascii()):
        return False  # "dong chi" typed so is "đồng chí" or "đông chí"; "d/c" is never a word
    nxt = _NEXT_WORD.match(doc.text, e)
    if nxt is None:
        return True
    after = nxt.group(1).lower()
    if after in _QUESTION_WORDS:
        return True  # "đ/c sang với đ/c khoa ai ký": who of the two, no "Khoa Ái"
    then = _NEXT_WORD.match(doc.text, nxt.end(1))
    if then is not None and everyday_pair(after, then.group(1).lower()):
        return True  # "đ/c hưng phát biểu": a verb after the name
    if after.isascii():
        # typed without diacritics: any word a name's may be
        lex = lexicons()
        folded = fold_word(after)
        return not (folded in lex.givens or folded in lex.surnames or folded in lex.middles)
    return not (
        spelling(after) in name_spellings()
        or spelling(after) in surname_spellings().get(fold_word(after), ())
    )


#: verbs before a class that a given name spells ("em hoc lop 3", "chau sang lop 4", "len
#: lop"), and a class's roles ("truong lop", "pho lop"), folded: no pupil's name there
_TO_A_CLASS = frozenset(
    {"hoc", "sang", "len", "vao", "ve", "o", "day", "chuyen", "nghi", "bo"}
    # and a class's own roles and members: "em truong lop 9a" is its monitor, no pupil Trường
    | {"truong", "pho", "cung", "ca", "trong", "ban"}
)
#: "phụ huynh" (a pupil's parent) right before "em", "bé", "cháu", folded
_PARENT_OF = re.compile(r"phu huynh[ \t]+$")
#: a school class after a pupil's name ("lớp 2a", "lop 9"), folded
_CLASS_AFTER = re.compile(r"[ \t]+lop[ \t]+\d")


#: what follows "phụ huynh em" and is no pupil's name: a particle, a verb, a preposition
_NOT_PUPIL_SPELLINGS = (
    _NOT_GIVEN_SPELLINGS
    | _PARTICLE_SPELLINGS
    | _NICKNAME_PREDICATES
    | frozenset(spelling(w) for w in ("vào", "lên", "ra", "xuống", "trong", "cùng", "khác", "ấy"))
)


def _pupil_of_parent(doc: Document, cs: int, s: int, e: int) -> bool:
    """Whether the lower-case word at ``s:e`` after "em" / "bé" / "cháu" at ``cs`` names a
    pupil by the nickname a teacher uses, after "phụ huynh" (her parent: "phụ huynh em gấu lớp
    2a", "phụ huynh bé bin,"): a Vietnamese syllable in a line typed with diacritics, no
    function word, closed by punctuation or the class."""
    name = doc.text[s:e]
    if fold_word(doc.text[cs:s].strip()) not in ("em", "be", "chau") or plain_line(doc, cs):
        return False
    if _PARENT_OF.search(doc.folded, max(0, cs - 12), cs) is None:
        return False
    if not name.islower() or not is_vietnamese_syllable(name):
        return False
    if spelling(name) in _NOT_PUPIL_SPELLINGS or fold_word(name) in lexicons().not_names:
        return False  # "họp phụ huynh em nhé", "phụ huynh em vào lớp 1"
    return _NICKNAME_END.match(doc.text, e) is not None or bool(_CLASS_AFTER.match(doc.folded, e))


#: whose child the child named just before is ("bé su con chị trâm", "cháu tin con anh
#: hùng"), folded
_CHILD_OF = re.compile(
    r"[ \t]+(?:con|nha)[ \t]+(?:ong|ba|anh|chi|co|chu|bac|di|cau|a|c)(?:[ \t]+[a-z]|[ \t]+la\b)"
)


def _child_of(doc: Document, cs: int, s: int, e: int) -> bool:
    """Whether the lower-case word at ``s:e`` after "bé" / "cháu" written with diacritics at
    ``cs`` is a child's nickname no lexicon lists, the parent named after it ("bé su con chị
    trâm ở tổ 7"): a Vietnamese syllable, no function word nor everyday word with the kin
    word ("bé con", "bé ngoan")."""
    cue = doc.text[cs:s].strip()
    if not (cue in ("bé", "cháu") or (cue == "be" and plain_line(doc, cs))):
        return False  # (typed without diacritics, "be" in a line typed so: "be bong con chi")
    if cue == "be" and fold_word(doc.text[s:e]) in _NOT_AFTER_BE:
        return False  # "be tong nha anh ...": bê tông
    if _CHILD_OF.match(doc.folded, e) is None:
        return False
    name = doc.text[s:e]
    if not name.islower() or len(name) < 2 or not is_vietnamese_syllable(name):
        return False
    if spelling(name) in _NOT_PUPIL_SPELLINGS or fold_word(name) in lexicons().not_names:
        return False
    return spelling(f"{cue} {name}") not in _KIN_SPELLINGS


#: words after "bé" that describe a child, no nickname ("bé ngoan", "bé tí", "bé xíu"),
#: spelled with diacritics; typed plain, ``_NOT_AFTER_BE`` and these folded
_CHILD_WORD_LIST = (
    *("ngoan", "tí", "xíu", "nhỏ", "bỏng", "lắm", "quá", "hơn", "nhất", "gái", "trai", "con"),
    *("yêu", "hư", "mầm", "tẹo", "tuổi", "sơ", "nhà"),
)
_CHILD_WORDS = frozenset(spelling(w) for w in _CHILD_WORD_LIST)
#: typed without diacritics: these, the function words and verbs after which no pupil is
#: named, folded ("be di hoc": bé đi học; "be nho lam": bé nhỏ lắm)
_CHILD_WORDS_FOLDED = (
    frozenset(fold_word(w) for w in _CHILD_WORD_LIST)
    | _NOT_GIVEN_FOLDED
    | _PARTICLES_FOLDED
    | frozenset({"di", "ve", "den", "toi", "bi", "duoc", "da", "dang", "se", "noi", "hoi", "o"})
    | frozenset({"la", "nam", "nay", "co", "khong", "chua", "vua", "moi", "lam", "an", "choi"})
    | frozenset({"om", "khoc", "ngu", "gui", "nho", "bao", "ke", "cung", "thi", "hoc", "sang"})
    | frozenset({"len", "ra", "xuong", "vao", "trong", "khac", "ay", "dau", "hay", "ma", "tu"})
    | frozenset({"can", "phai", "muon", "biet", "thich", "bu", "uong", "tam", "ngu", "cuoi"})
)


def _child_named_twice(doc: Document, cs: int, s: int, e: int) -> bool:
    """Whether the lower-case word at ``s:e`` after "bé" at ``cs`` is a child's nickname no
    lexicon lists, named twice with "bé" and never alone, once after a parent ("mẹ của bé bin
    ..., thằng cu nhà bên đánh bé bin", "be bin bi thuong, me be bin la ..."): a Vietnamese
    syllable of two letters or more, no function word and no word that describes a child
    ("bé ngoan", "bé tí")."""
    cue = doc.text[cs:s].strip()
    if cue not in ("bé", "be") or doc.folded.count(doc.folded[cs:e]) < 2:
        return False  # (the cheap test first: named once, no regular expression is built)
    name = doc.text[s:e]
    if not name.islower() or len(name) < 2 or not is_vietnamese_syllable(name):
        return False
    if spelling(name) in _NOT_PUPIL_SPELLINGS or spelling(name) in _CHILD_WORDS:
        return False
    folded = fold_word(name)
    if folded in lexicons().not_names or (
        name.isascii() and (folded in _NOT_AFTER_BE or folded in _CHILD_WORDS_FOLDED)
    ):
        return False
    if spelling(f"{cue} {name}") in _KIN_SPELLINGS or everyday_pair(cue, name):
        return False
    if not _said_again(doc.folded, cs, e):
        return False
    # and named once as a parent's child ("mẹ của bé bin", "me be bin la ..."): "bé" and a
    # verb twice ("bé tập đi, bé tập nói") is no child named
    phrase = re.escape(doc.folded[cs:e])
    return (
        re.search(rf"(?<![\w/])(?:me|bo|ma|cha|nha)(?: cua)? {phrase}(?!\w)", doc.folded)
        is not None
    )


#: a head's title in lower case, a word after it and a verb that head does to the writer or
#: others ("trưởng thôn hậu bảo nhà ông ...", "truong phong nghiem nho e ghi ten", "truong
#: thon bao moi ba con"), folded: the word is the head's given name (a hamlet or a room after
#: the title takes no such verb of asking); led by the "t" or "p", letters the engine skips to,
#: the character before them looked behind (a look-behind first is tried at every position)
_HEAD_NAME_VERB = re.compile(
    r"(?:t(?<![\w/]t)ruong|p(?<![\w/]p)ho)[ \t]+(?:thon|phong|ban|xom|ap|khoa|khu|tram)"
    r"[ \t]+(?P<name>[a-z]+)"
    r"[ \t]+(?:bao|noi|nho|hoi|keu|dan|goi|moi|nhac|yeu[ \t]+cau|de[ \t]+nghi)(?![\w'’-])"
)
#: one-word units after "phòng", "trạm", "khu" that those verbs may follow ("trưởng phòng
#: họp nói": the meeting room's), folded
_UNIT_WORDS = frozenset({"hop", "khach", "may", "tro", "kham", "thi", "ngu", "an", "lam"}) | (
    frozenset({"cho", "doi", "tiep", "xa", "y", "dan", "vuc", "tap", "doc", "tu"})
)


def _head_by_given_name(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A lower-case given name right after a head's title, the head asking or telling
    (``_HEAD_NAME_VERB``): a given name of the lexicon, or a word a surname spells (a head is
    called by a name the given-name lexicon may not hold: "truong phong nghiem nho e ..."),
    spelled as one where the text has diacritics, no everyday word."""
    text = doc.text
    for m in _HEAD_NAME_VERB.finditer(doc.folded):
        s, e = m.span("name")
        name = text[s:e]
        if not name.islower() or not (_is_given(name) or _spelled_surname(name)):
            continue
        if fold_word(name) in _NOT_GIVEN_FOLDED or fold_word(name) in _UNIT_WORDS:
            continue
        if free(s, e):
            yield s, e, "title"


def _spelled_surname(word: str) -> bool:
    """Whether ``word`` is a surname of the lexicon, spelled as one where it has diacritics."""
    folded = fold_word(word)
    return folded in lexicons().surnames and (
        word.isascii() or spelling(word) in surname_spellings().get(folded, ())
    )


#: a role in an office, a shop, a ward or a court typed plain, a word after it and a verb of
#: telling or writing down, a call ("ơi") or a speaker's colon ("thu kho hung bao kho xa con
#: 12 bao", "ke toan mai ghi con 10", "lop truong hung noi mai nghi", "dieu duong hanh bao
#: cao:", "chấp hành viên nhàn báo", "luật sư quyền ơi", "[14:20] trưởng thôn thạch: ..."),
#: folded: the word is the holder's given name. Each role is found by a literal search
#: (``_ROLE_LEADS``), the word and the verb matched after it
_ROLE_NAME_VERB = re.compile(
    r"[ \t]+(?P<name>[a-z]+)(?:[ \t]*:(?!//)|"
    r"[ \t]+(?:bao|noi|nho|hoi|keu|dan|goi|nhac|ghi|nhan|oi|yeu[ \t]+cau|de[ \t]+nghi)"
    r"(?![\w'’-]))"
)
#: the roles, folded
_ROLE_LEADS = (
    *("lop truong", "lop pho", "thu kho", "thu quy", "ke toan", "to truong", "to pho"),
    *("doi truong", "dieu duong", "y ta", "ho ly", "chap hanh vien", "chv", "luat su", "ls"),
    *("thu ky", "truong thon", "truong xom", "truong ap", "truong ban"),
)
#: words after a role that say which holder, no given name ("điều dưỡng trưởng báo", "luật
#: sư chính", "y tá trực"), folded
_ROLE_QUALIFIERS = frozenset({"truong", "pho", "chinh", "truc", "moi", "cu", "khoa", "vien"})
#: the role's own verb before a colon, typed plain ("chv bao: ...", "y ta noi: ..."): no
#: given name (with diacritics "nhàn", "bảo" are told from "nhắn", "báo")
_ROLE_VERBS = frozenset({"bao", "noi", "nho", "hoi", "keu", "dan", "goi", "nhac", "nhan", "oi"})


def _role_by_given_name(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A lower-case given name right after a role (``_ROLE_NAME_VERB``) as
    :func:`_head_by_given_name` reads one after a head's title."""
    text, folded = doc.text, doc.folded
    for s, e in _role_names(folded):
        name = text[s:e]
        if not name.islower() or not _is_given(name):
            continue
        word = fold_word(name)
        if (
            word in _NOT_GIVEN_FOLDED
            or word in _UNIT_WORDS
            or word in _ROLE_UNITS
            or word in _ROLE_QUALIFIERS
            or (name.isascii() and word in _ROLE_VERBS)
        ):
            continue  # "to truong to dan pho bao hop": the role's unit, no name
        if free(s, e):
            yield s, e, "title"


def _role_names(folded: str) -> Iterator[tuple[int, int]]:
    """The spans of the words after a role of ``_ROLE_LEADS`` that ``_ROLE_NAME_VERB`` reads
    as its holder's given name, the role a word of its own."""
    for role in _ROLE_LEADS:
        p = folded.find(role)
        while p >= 0:
            q = p + len(role)
            if (p == 0 or not (folded[p - 1].isalnum() or folded[p - 1] in "_/")) and not (
                folded[q : q + 1].isalnum()
            ):
                m = _ROLE_NAME_VERB.match(folded, q)
                if m is not None:
                    yield m.span("name")
            p = folded.find(role, p + 1)


#: an older kin word or a parent's (typed plain: "me" mẹ, "bo" bố, "co" cô ...), a word, then
#: "nhờ" and whom she asks ("me hanh nho em hoi ho so", "bác tâm nhờ cháu xem"), or "bán ở"
#: a stall's number ("co lieu ban o kiot 43"), folded: the word is the asker's or seller's
#: given name, the verb after it the predicate
_KIN_ASKING = re.compile(
    r"(?<![\w'’-])(?P<cue>me|bo|ma|ba|co|chu|bac|di|cau|mo|thim|ong|cu)[ \t]+(?P<name>[a-z]+)"
    r"[ \t]+(?:(?P<asks>nho)[ \t]+(?:em|e|anh|a|chi|c|minh|toi|con|chau)"
    r"|ban[ \t]+(?:o|tai)[ \t]+(?:kiot|ki[ \t]ot|sap|quay|gian[ \t]+hang)[ \t]+(?:so[ \t]+)?\d+)"
    r"(?![\w'’-])"
)
#: those kin words spelled with their diacritics where the line has them, and "nhờ"
_KIN_ASKING_SPELLINGS = frozenset(
    spelling(w)
    for w in ("mẹ", "bố", "má", "ba", "bà", "cô", "chú", "bác", "dì", "cậu", "mợ", "thím", "ông")
) | {spelling("cụ")}
_NHO = spelling("nhờ")
_BAN = spelling("bán")
#: after "có" typed plain, the words that make it a time ("co lan nho em", có lần; "có lúc")
_CO_TIMES = frozenset({"lan", "luc", "hom", "dip"})


#: what :data:`_KIN_ASKING` needs after the name (its gate, led by the verb's literal: the
#: whole pattern, with no literal to lead it, cost 750,000 instructions on 2 KB)
_KIN_ASKED = re.compile(
    r"nho[ \t]+(?:em|e|anh|a|chi|c|minh|toi|con|chau)(?![\w'’-])"
    r"|ban[ \t]+(?:o|tai)[ \t]+(?:kiot|ki[ \t]ot|sap|quay|gian[ \t]+hang)[ \t]+"
)


def _kin_asking_in(folded: str) -> bool:
    """Whether ``folded`` holds, after a space or a tab, what :data:`_KIN_ASKING` asks of its
    end: "nhờ" and whom, or "bán ở" a stall (a search for each verb, a match at each)."""
    for verb in ("nho", "ban"):
        at = folded.find(verb, 1)
        while at > 0:
            if folded[at - 1] in " \t" and _KIN_ASKED.match(folded, at) is not None:
                return True
            at = folded.find(verb, at + 3)
    return False


def _kin_asking(doc: Document, free: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str]]:
    """A given name alone between an older kin word and "nhờ" and whom she asks, or "bán ở" a
    stall ("me hanh nho em hoi ...", "co lieu ban o kiot 43"): what follows marks the name's
    end though the kin word, typed plain, is an everyday word as well ("co" có, "me" me)."""
    text = doc.text
    givens = lexicons().givens
    not_names = lexicons().not_names
    for m in _KIN_ASKING.finditer(doc.folded):
        s, e = m.span("name")
        cs, ce = m.span("cue")
        word = m.group("name")
        name, cue = text[s:e], text[cs:ce]
        if not (name.islower() and cue.islower()) or word not in givens or word in not_names:
            continue
        if word in _NOT_GIVEN_FOLDED or word in _KIN_PREDICATES or word in _ORDINALS_FOLDED:
            continue  # "me vui nho con", "co the nho em": the sentence's verb, no name
        if m.group("cue") == "co" and word in _CO_TIMES:
            continue  # "co lan nho em ...": có lần (once), no "cô Lan"
        verb = text[e : m.end()].split()[0]
        if plain_line(doc, cs):
            if not (cue.isascii() and name.isascii() and verb.isascii()):
                continue
        elif (
            spelling(cue) not in _KIN_ASKING_SPELLINGS
            or spelling(name) not in given_spellings()
            or spelling(verb) != (_NHO if m.group("asks") else _BAN)
        ):
            continue  # "có hoa bán ở", "mẹ nhớ con": spelled, no kin word and name
        if free(s, e):
            yield s, e, m.group("cue")


#: units a role's title names after it ("tổ trưởng tổ dân phố", "lớp trưởng lớp 9a"), folded
_ROLE_UNITS = frozenset({"to", "khu", "thon", "xom", "ap", "ban", "doi", "lop", "phong", "kho"})


def _lower_after_cue(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A lower-case given name, or a birth-order nickname, after an honorific, a kin word or
    chat's abbreviation of one ("nho a tuan gui lai", "chi oanh oi", "bác tâm nói", "ông tư
    bán cá nói", "a nam, c thu va e linh di hop"), with the name's end marked."""
    text = doc.text
    folded = doc.folded
    givens = lexicons().givens
    not_names = lexicons().not_names
    first = _CUE_AT_START.match(folded)
    matches = matches_at(_LOWER_AFTER_CUE, folded, word_places(doc).cues, lead=1)
    for m in itertools.chain((first,) if first is not None else (), matches):
        word = m.group("name")
        if word in _ORDINALS_FOLDED:
            # "bác ba Khởi", "chi ut nga)": the given name after the birth-order word
            after = _given_after_ordinal(doc, m)
            if after is not None:
                if free(after[0], after[1]):
                    yield after
                continue
        if word not in givens and word not in _ORDINALS_FOLDED:
            s, e = m.span("name")
            cs, ce = m.span("cue")
            if (
                _foreign_alone(text[s:e], text[cs:ce])
                and text[cs:ce].islower()
                and _marked_end(doc, e)
                and free(s, e)
            ):
                yield s, e, fold_word(text[cs:ce])  # "kinh gui ong nakamura, ..."
            elif _pupil_of_parent(doc, cs, s, e) and free(s, e):
                yield s, e, fold_word(text[cs:ce])  # "phụ huynh em gấu lớp 2a"
            elif _child_of(doc, cs, s, e) and free(s, e):
                yield s, e, fold_word(text[cs:ce])  # "bé su con chị trâm"
            elif _child_named_twice(doc, cs, s, e) and free(s, e):
                yield s, e, fold_word(text[cs:ce])  # "mẹ bé bin ..., đánh bé bin"
            continue
        cs, ce = m.span("cue")
        s, e = m.span("name")
        cue = text[cs:ce]
        name = text[s:e]
        if not name.islower() or (not cue.islower() and not cue[1:].islower()):
            continue  # a capitalised name: the capitalised path's
        plain = name.isascii() and cue.isascii()
        key = m.group("cue")
        # called by name ("chi dao oi", "chi thu oi"): no everyday word that a cue typed
        # without diacritics spells with the word ("chỉ đạo", "chi thu") is called so
        called = (
            plain
            and _VOCATIVE.match(folded, e) is not None
            and f"{key} {word}" not in _TRUE_KIN_FOLDED
        )
        if key in ("bac si", "bs") and _after_doctor(doc, e, word):
            continue  # "bác sĩ khoa nhi", "bac si truc": the doctor's field or shift
        if key in _ABBREVIATED_CUES:
            if cue != key:
                continue  # "à", "ạ", "é": not chat's "a", "c", "e"
            if key == "a" and _ENGLISH_BEFORE_A.search(folded, max(0, cs - 12), cs):
                continue  # "Alice does not own a cat": English's article, not chat's "anh"
        elif cue.isascii():
            if key in _OLDER_PLAIN_CUES and plain_line(doc, cs):
                if (
                    not _CALLED.match(folded, e)
                    and not _said_again(folded, cs, e)
                    and not _coordinated(folded, key, cs, e)
                    and not _greeted(doc, cs, e)
                    and not _lives_at(folded, key, word, e)
                    and not _kin_again(folded, key, word, e)
                    and not _plies_trade(folded, key, word, e)
                    and not _home_of(folded, key, cs, e)
                    and not kin_is_object(folded, cs, key, word, _COUNTED)
                    and not (key in _ROLE_AFTER_CUES and _role_next(doc, e))
                    and not (key in _POST_CUES and _post_next(doc, word, e))
                ):
                    # "chu lan oi", "co hoa nhe": only when called so, when the same cue
                    # and word come back ("ong loi bao da nop ..., soan thu tra loi ong loi"),
                    # beside another person so named ("nhac co hanh voi bac binh nop"),
                    # greeted by a letter ("gui co ngan, ...") or placed in a hamlet ("la ong
                    # manh o thon 7")
                    continue
            elif (
                (key not in _PLAIN_CUES or not (key in _UNMARKED_CUES or plain_line(doc, cs)))
                and not (key in KIN_OBJECT_CUES and kin_is_object(folded, cs, key, word, _COUNTED))
                and not (
                    key == "be"
                    and word not in _NOT_AFTER_BE
                    and _CHILD_DOES.match(folded, e)
                    and plain_line(doc, cs)
                )
            ):
                continue
            if key == "chi" and word in _AFTER_PLAIN_CHI and not called:
                continue  # "lenh chi dung chua": chi (pay)
            if key in ("em", "e") and word == "nhan":
                continue  # "da em nhan roi a": the speaker received (nhận), no "Nhàn"
            if key in ("em", "e") and word == "lam" and not called and not _END.match(text, e):
                continue  # "em lam thong bao luu tru": the speaker does (làm), no "Lâm"
        elif not _spelled_cue(cue):
            continue  # "có", "chỉ", "đi", "bạc": not a cue
        elif not called and _capitalised_after(text, cue, cs):
            continue  # "hộ ông Bạch Công Thìn ... Con ông học tại trường": the writer
            # capitalises the names this cue takes; "ông" alone is "he" here
        prev = _PREVIOUS_WORD.search(folded, max(0, cs - 12), cs)
        if (
            prev is not None
            and prev.group(1) == "de"
            and word in _VERBS_AFTER_LET
            and name.isascii()
            and not called
        ):
            continue  # "ok e de a lam", "de c nhan": để (let) the speaker do, no "Lâm"
        if key in _ABBREVIATED_CUES and word in ("anh", "chi", "em") and name.isascii():
            continue  # "a chi oi giup em": anh chị ơi, two kin words, no "Chi"
        if key == "anh" and prev is not None and prev.group(1) in _ANH_BEFORE and plain:
            continue  # "chi ngoc anh phong ke toan": "anh" ends a given name there
        if (
            prev is not None
            and key in lexicons().middles
            and prev.group(1) in lexicons().surnames
            and prev.group(1) not in _WORDS_NOT_SURNAMES
            and _spelled_surname_middle(text[prev.start(1) : prev.end(1)], cue)
            # "bao ho ba yen o khu 4": "bảo hộ" (to protect), no surname Hồ before "bà"
            and not _ends_pair(text, prev)
        ):
            continue  # "nguyen chi thanh", "lê anh đức", "ho chi minh": a middle name
        if prev is not None and _kin_phrase(text[prev.start(1) : ce]):
            continue  # "anh em mình đi ăn", "chị em": the cue is half of a word
        # "ba", "hai" are spelled so with diacritics too: a nickname where the cue has them
        ordinal = not plain and spelling(name) in _ORDINAL_SPELLINGS
        # brothers and sisters by their birth order, typed plain and joined ("em ut voi anh
        # ba", "chi ba va ut"): "út", "ba" after "anh", "chị", "em" are their nicknames there
        sibling = (
            plain and word in _ORDINALS_FOLDED and key in _SIBLING_CUES and _siblings(folded, cs, e)
        )
        # typed without diacritics, a birth-order nickname after an older kin word where the
        # person is called or named twice ("chu bay oi", "ong sau mo loa ..., nhac ong sau")
        ordinal = ordinal or (
            plain
            and word in _ORDINALS_FOLDED
            and key in _NICKNAME_CUES
            and bool(
                _CALLED.match(folded, e)
                or _said_again(folded, cs, e)
                or _coordinated(folded, key, cs, e)
                or _plies_trade(folded, key, word, e)
                or _lives_at(folded, key, word, e)
            )
        )
        # a nickname named twice with its kin word and never alone needs no end mark: "bà
        # sáu bán trái cây ..., bà sáu hứa", "ong sau mo loa ..., nhac nho ong sau giup"
        # (the words after it are a trade or a promise, no predicate we know); not a
        # number's compound ("ba muoi" ba mươi, "ba nam" ba năm, typed so)
        repeated_nickname = (
            ordinal
            and plain
            and word not in _COUNT_ORDINALS
            and key in _REPEATED_NICKNAME_CUES
            and _said_again(folded, cs, e)
        )
        # chat's "c ba", "a hai" in a line typed with diacritics, the nickname's bearer doing
        # or called ("nãy c ba hỏi", "a hai ơi"): "ba", "hai" are spelled so with them too
        chat_nickname = (
            key in _CHAT_NICKNAME_CUES
            and word in _ORDINALS_FOLDED
            and word != "ut"
            and not plain_line(doc, cs)
            and (_CALLED.match(folded, e) is not None or predicate_at(doc, e))
        )
        # (spelled as the nickname where the name has diacritics: "để c tự gọi" is "tự",
        # oneself, no "Tư")
        ordinal = ordinal or (chat_nickname and (plain or spelling(name) in _ORDINAL_SPELLINGS))
        ordinal = ordinal or sibling
        if ordinal:
            if not sibling and (
                (key in _ABBREVIATED_CUES and not chat_nickname)
                or key in ("em", "chau")
                or (key in _SAME_AGE and word == "ut")
            ):
                continue  # "chị út ơi": the youngest sister; "cháu năm nay": no nickname
            nxt = _NEXT_WORD.match(text, e)
            if nxt is not None and (
                nxt.group(1)[0].isdigit() or fold_word(nxt.group(1)) in _COUNTED
            ):
                continue  # "năm 2024", "ba người", "sáu tháng"
            if prev is not None and prev.group(1) == "ao":
                continue  # "áo bà ba": a garment
        else:
            if word not in givens or (
                word in not_names and (name.isascii() or spelling(name) in not_name_spellings())
            ):
                continue  # "chị huế": the city; "chị huệ" spelled so is the name
            if (
                name.isascii()
                and word in _NOT_GIVEN_FOLDED
                # in a line typed with diacritics, "minh" is Minh, not "mình"
                and (word in _SPELLED_PLAIN or plain_line(doc, cs))
                and not (word in _NAME_OR_WORD and _addressed(doc, prev, e, strict=True))
                and not called
                and not (word in _NAME_BEFORE_ID and _identified_after(doc, e))
            ) or spelling(name) in _NOT_GIVEN_SPELLINGS:
                continue  # "ông được yêu cầu", "em đang đi", "chi cuc", "thay the"
            if not name.isascii() and spelling(name) not in given_spellings():
                continue  # "anh ấy", "chị đâu"
            if (
                word in _ORDINAL_FOLDED
                and name.isascii()
                and key not in _CHAT_CUES
                and not _CALLED.match(folded, e)
                and not _said_again(folded, cs, e)
                and not (plain and _coordinated(folded, key, cs, e))
            ):
                continue  # "chu nam", "ong tu": "năm", "tư" or "Nam", "Tú"? ("chu bay oi";
                # "chu hai va bac nam o ...": beside another so named)
        if key == "to truong" and word in _NAMED_NOT:
            continue  # "tổ trưởng tổ dân phố": the unit the head is head of
        if key == "to truong" and plain and word in _CHAT_VERBS_FOLDED and not called:
            continue  # "to truong bao chieu nay hop": the head says (bảo), no "Bảo"
        home = prev is not None and prev.group(1) == "nha" and key in _HOME_CUES
        if (
            _kin_phrase(f"{cue} {name}")
            and not home
            and not called
            and not sibling
            and not (f"{key} {word}" in _NAME_OR_PHRASE and _addressed(doc, prev, e))
            # "em gửi anh dũng hồ sơ": the recipient of a paper sent, no "anh dũng" (heroic),
            # where the phrase stands nowhere else ("gửi anh hùng danh sách anh hùng lao
            # động": the phrase again, a list of heroes)
            and not (sent_to(folded, cs, e) and folded.count(folded[cs:e]) == 1)
        ):
            continue  # (but "nhà anh sang ở thôn 2", "nhà chú tâm:": someone's home)
        if (
            everyday_pair(cue, name)
            and not home
            and not called
            and not (sent_to(folded, cs, e) and folded.count(folded[cs:e]) == 1)
        ):
            continue  # "bắc ninh", "chi phí": a place, an everyday word
        nxt = _NEXT_WORD.match(text, e)
        # "cái anh bình an bên xây dựng": "cái" points at a person, and the two words after the
        # kin word are her name even where they spell an everyday word
        pointed = prev is not None and (
            text[prev.start(1) : prev.end(1)] == "cái" or (plain and prev.group(1) == "cai")
        )
        if (
            nxt is not None
            and everyday_pair(name, nxt.group(1))
            and not pointed
            and not _role_next(doc, e)
        ):
            continue  # "anh tuấn tú": handsome (not "anh vu truong phong": "vụ trưởng")
        if name.isascii() and word in _MOVE_GIVENS and _MOVES_TO.match(folded, e) and not called:
            continue  # "chi sang nha em", "c sang ben do lien": sang (comes over), no "Sang";
            # spelled so with diacritics around it too ("chị sang nhà em lấy hồ sơ nhé")
        if fold_word(name) in _VERB_GIVENS and _verb_then_predicate(doc, e):
            continue  # "e bảo làm ...", "e định lên đó": the speaker says, intends
        # "chị mai mai lên xã", "anh sơn sơn nhà văn hóa": the given name, then the word it
        # spells ("mai", tomorrow; "sơn", to paint): the name alone, no given name of two words
        doubled = nxt is not None and nxt.group(1) == name
        if (
            not _marked_end(doc, e)
            and not _BY_WAY.match(folded, e)
            and not _after_comrade(doc, key, cue, e)
            and not repeated_nickname
            and not sibling  # "em hai va anh ba ve ...": the pair vouches for both
            and not doubled
            and not (plain and key in _OLDER_PLAIN_CUES and _lives_at(folded, key, word, e))
            and not _spelled_alone(doc, cue, name, cs, e)
            and not _plies_trade(folded, key, word, e)
            # "e gửi c thắm danh sách": a verb of sending, the recipient, then what is sent
            and not sent_to(folded, cs, e)
            and not (plain and key == "be" and _CHILD_DOES.match(folded, e))
            # "co" paired with a person so named is "cô" (no "có"), her trade after her name:
            # "ba hoa voi co lan ban hoa lan o cho"
            and not (
                plain
                and key == "co"
                and _TRADE_AFTER.match(folded, e)
                and _coordinated(folded, key, cs, e)
            )
            # "a duc vs c tham muon ...": beside another kin word and given name, the
            # coordination ends it
            and not (
                plain
                and key in _COORDINATED_CUES
                and word not in _CHAT_VERB_GIVENS
                and _coordinated(folded, key, cs, e)
            )
            # "ong loi chui boi ..., con ong loi thi bao": named twice with the same older
            # kin word and never alone, as a nickname so named needs no end mark
            and not (
                plain
                and key in _REPEATED_NICKNAME_CUES
                and word not in _CHAT_VERB_GIVENS
                and word not in _COUNTED
                and word not in _ORDINALS_FOLDED
                # "den hai ba trung ...": a figure's name a count opens, no kin word
                and (prev is None or prev.group(1) not in _ORDINALS_FOLDED)
                # "ong vuong dinh khai": a middle name after it, the full name's surname
                and (nxt is None or fold_word(nxt.group(1)) not in lexicons().middles)
                and _said_again(folded, cs, e)
            )
        ):
            # a given name of two words, the end marked after the second ("chị ngọc hân",
            # "chị khánh vy 0776 ..."): both lexicon given names, spelled as names, no everyday
            # pair
            second = nxt.group(1) if nxt is not None else ""
            second_end = nxt.end(1) if nxt is not None else e
            if not (
                second.islower()
                and fold_word(second) in givens
                and fold_word(second) not in not_names
                and not _kin_phrase(f"{name} {second}")
                and (pointed or not everyday_pair(name, second))
                # typed without diacritics the two words spell everyday words as often
                # ("dia chi tam tru:", "chi kinh doanh", "a luu lai"): with them, or with a
                # first word that opens given names of two words ("chi ngoc han", "d/c tuan
                # anh,", "chi khanh vy 0776 ...")
                and (
                    spelling(second) in given_spellings()
                    if not name.isascii()
                    else second.isascii()
                    and (
                        word in _COMPOUND_FIRSTS
                        or pointed
                        or f"{word} {fold_word(second)}" in _COMPOUND_GIVENS
                        # "chi lan anh oi": "anh" ends women's given names after these
                        or (fold_word(second) == "anh" and word in _ANH_BEFORE)
                    )
                )
                and (_marked_end(doc, second_end) or _unit_after(folded, second_end))
            ):
                continue
            e = second_end
        if free(s, e):
            yield s, e, fold_word(cue)
            bare = _BARE_SIBLING_AFTER.match(folded, e) if sibling else None
            if bare is not None and free(*bare.span(1)):
                yield bare.start(1), bare.end(1), fold_word(cue)  # "chi ba va ut": Út too


#: "nhà" (the home of) right before a kin word, folded
_HOME_BEFORE = re.compile(r"(?<![a-z])nha[ \t]+$")


def _home_of(folded: str, key: str, cs: int, e: int) -> bool:
    """Whether the older kin word at ``cs`` typed without diacritics names whose home it is,
    the given name's end marked by punctuation ("kiem tra ... nha ong vien, nho lap ke
    hoach"): "nhà ông" takes a person; not "co", "di" (có, đi)."""
    if key in ("co", "di") or _HOME_BEFORE.search(folded, max(0, cs - 6), cs) is None:
        return False
    return _HOME_END.match(folded, e) is not None


#: punctuation right after a home's owner ("nha ong vien,"), folded
_HOME_END = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")


#: the older kin words spelled with their diacritics, after which a given name spelled as one
#: names a person though no end mark follows it ("chị vân đều thống nhất", "bà mận đổ nước
#: thải", "cô hiền hiệu phó bảo"): not "anh", "em", "bé", "cháu", which the speaker calls
#: herself or a child and which open everyday words more often
_OLDER_SPELLED_CUES = frozenset(
    spelling(w)
    for w in ("ông", "bà", "chị", "cô", "chú", "bác", "cụ", "dì", "cậu", "mợ", "thím", "thầy")
)
#: given names that are, after such a kin word used as a pronoun, a verb or an adjective of
#: the sentence ("chị sang nhà em", "cô thương các em", "ông mạnh khỏe", "bà an tâm"):
#: spelled, left to the marked-end test
_PRONOUN_VERBS_WORDS = (
    *("sang", "thương", "mạnh", "an", "hiền", "mong", "tiến", "vui", "yên", "khen"),
    *("thành", "nhận", "đạt", "lên", "thu", "bảo", "định", "hoà", "hòa", "tin", "nhớ"),
    *("chúc", "trọng", "hiếu", "kính", "thông", "cầm", "hứa", "nguyện", "quyết", "lo"),
    # "chị đăng nhập", "cô chủ nhiệm", "thầy hiệu trưởng" (each word a given name too)
    *("đăng", "chủ", "hiệu"),
)
_PRONOUN_VERBS = frozenset(spelling(w) for w in _PRONOUN_VERBS_WORDS)
#: the same folded: after a kin word and before "nhờ" they are the sentence's verb or
#: adjective as often ("me vui nho con", "bố an tâm nhờ em") (``_kin_asking``)
_KIN_PREDICATES = frozenset(fold_word(w) for w in _PRONOUN_VERBS_WORDS)


#: chat's abbreviations of older kin words ("c" chị, "a" anh), typed exactly so
_CHAT_OLDER_CUES = frozenset({"c", "a"})


def _spelled_alone(doc: Document, cue: str, name: str, cs: int, e: int) -> bool:
    """Whether a lower-case given name after an older kin word, both spelled with their
    diacritics in a line typed with them, names a person though its end is not marked ("chị
    vân đều thống nhất", "ông quảng số 15 kiệt 40", "bà mận đổ nước thải"): the word after it
    opens what is said of her (``_SPELLED_NEXT``: no "chị hoa mắt") and is no word of a name (a
    longer name is the other paths'), and the name is no verb of a pronoun's sentence ("chị
    sang nhà em")."""
    if (
        (cue.isascii() and cue not in _CHAT_OLDER_CUES)
        or (not cue.isascii() and spelling(cue) not in _OLDER_SPELLED_CUES)
        or plain_line(doc, cs)
    ):
        return False  # (chat's "c", "a" typed so in a line with diacritics: "c bình hay lên
        # phường", as "chị", "anh" are)
    spelled = spelling(name)
    if (
        spelled not in given_spellings()
        or spelled in _PRONOUN_VERBS
        or spelled in _ORDINAL_SPELLINGS
    ):
        return False  # ("bà tư ngọt": the nickname's word, the name after it)
    before = _PREVIOUS_WORD_RAW.search(doc.text, max(0, cs - 12), cs)
    if before is not None and (
        everyday_pair(before.group(1).lower(), cue.lower())
        or spelling(f"{before.group(1)} {cue}") in _ENDS_IN_KIN
    ):
        return False  # "ghi chú bằng bút chì": the kin word ends an everyday word
    nxt = _NEXT_WORD.match(doc.text, e)
    if nxt is None:
        return False
    after = nxt.group(1)
    if not after.islower() or not after.isalpha() or spelling(after) not in _SPELLED_NEXT:
        return False  # ("chị hoa mắt", "bà mai ngắn gọn": the words may be one)
    if spelling(after) == spelling("số") and not _NUMBER_NEXT.match(doc.text, nxt.end()):
        return False
    pair = spelling(f"{name} {after}")
    if pair in two_word_titles()[0] or pair in _ROLES_SPELLED:
        return False  # "thầy hiệu trưởng", "cô chủ nhiệm": the title, no name
    return not (
        spelling(after) in name_spellings()
        or spelling(after) in surname_spellings().get(fold_word(after), ())
    )


#: everyday words whose second syllable spells a kin word ("ghi chú", "đàn ông", "dụng cụ")
_ENDS_IN_KIN = frozenset(
    spelling(w)
    for w in (
        *("ghi chú", "chăm chú", "đàn ông", "đàn bà", "dụng cụ", "công cụ"),
        *("khí cụ", "học cụ", "uyên bác", "quảng bác", "cá ông"),
    )
)
#: the words that, after such a name, open what is said of the person (no word a given name
#: makes one with: "hoa mắt", "mai mốt"): an adverb, a verb of what neighbours do or ask, a
#: house number's "số"; spelled
_SPELLED_NEXT = frozenset(
    spelling(w)
    for w in (
        *("đều", "cũng", "vẫn", "còn", "mà", "thì", "hay", "luôn", "lại", "chỉ", "chắc"),
        *("đổ", "sửa", "gửi", "xin", "muốn", "kêu", "than", "phản", "trình", "mang", "mua"),
        *("xây", "lấn", "chặt", "chở", "thuê", "vay", "nợ", "trả", "nộp", "ký", "nhờ", "đòi"),
        *("số", "để", "chúc"),
        # what a teacher or a trainer does ("cô hạnh dạy toán nhắn", "thầy hùng dạy văn")
        "dạy",
    )
)
#: a number after "số" ("ông quảng số 15 kiệt 40")
_NUMBER_NEXT = re.compile(r"[ \t]+\d")
#: the word right before a kin word, as written
_PREVIOUS_WORD_RAW = re.compile(r"([^\W\d_]+)[ \t]+$")


def _ends_pair(text: str, prev: re.Match[str]) -> bool:
    """Whether the word ``prev`` (before a cue) ends an everyday word of two with the word
    before it ("bao ho" bảo hộ, "giám hộ"): no surname there (by spelling where typed with
    diacritics)."""
    before = _PREVIOUS_WORD_RAW.search(text, max(0, prev.start(1) - 12), prev.start(1))
    return before is not None and everyday_pair(
        before.group(1).lower(), text[prev.start(1) : prev.end(1)].lower(), places=False
    )


def _spelled_surname_middle(before: str, cue: str) -> bool:
    """Whether the word before a cue and the cue, where written with diacritics, are spelled
    as a surname and a middle name ("lê anh", not "hộ bà": a household, no "Hồ Bá")."""
    if not before.isascii() and spelling(before) not in surname_spellings().get(
        fold_word(before), ()
    ):
        return False
    surname = fold_word(before)
    if (
        fold_word(cue) in HMONG_MIDDLES
        and surname in PLAIN_WORD_SURNAMES
        and surname not in minority_lexicon().clans
    ):
        return False  # "gửi lại a thắm nhé": "lại" (again), then chat's "a"; the Hmong middle
        # name "A" follows a clan ("giàng a pao")
    return cue.isascii() or spelling(cue) in middle_spellings()


#: "út" (the youngest) and one lower-case word after it, at a clause's start (folded view)
_YOUNGEST = re.compile(r"(?:^|(?<=[\s,.;:!?(\"'“‘]))ut[ \t]+(?P<name>[a-z]+)(?![\w'’-])")
#: the words before "út" that make it the youngest child or sibling, not a nickname's term
_YOUNGEST_NOT_AFTER = frozenset({"con", "em", "chi", "anh", "be", "thang", "dua", "co", "cau"})


def _youngest_matches(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of ``_YOUNGEST`` on the folded view where the text spells "út" or "ut",
    left to right, as ``finditer`` finds them (tried only where the folded view holds "ut")."""
    text = doc.text
    for m in literal_led_matches(_YOUNGEST, doc.folded, "ut"):
        if text[m.start() : m.start() + 2] in ("út", "ut"):
            yield m


def _youngest(doc: Document, free: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str]]:
    """A given name after "út" written with its diacritics (or typed "ut" in a line typed
    without them: "ut my o dau r") and no kin word before it, the youngest called by her
    name ("út my ở đâu r", "nhắn út hạnh giúp e"): the given name
    without the term (the corpus guide's span), a given name of the lexicon spelled as one,
    its end marked. After a kin word ("chị út nga") it is :func:`_given_after_ordinal`'s."""
    text = doc.text
    givens = lexicons().givens
    for m in _youngest_matches(doc):
        us = m.start()
        # typed without diacritics in a line typed so ("ut my o dau r, ut my ten that la ...");
        # "ut" is "út" there as often as not ("ướt" needs no given name after it)
        plain = text[us : us + 2] == "ut" and plain_line(doc, us)
        if text[us : us + 2] != "út" and not plain:
            continue
        prev = _PREVIOUS_WORD.search(doc.folded, max(0, us - 12), us)
        if prev is not None and (
            prev.group(1) in _YOUNGEST_NOT_AFTER or prev.group(1) in _ORDINAL_KIN
        ):
            continue
        s, e = m.span("name")
        name, word = text[s:e], m.group("name")
        if not name.islower():
            continue
        if word not in givens or word in lexicons().not_names or word in _COUNTED:
            continue
        if not plain and (
            spelling(name) not in given_spellings() or spelling(name) in _NOT_GIVEN_SPELLINGS
        ):
            continue
        nxt = _NEXT_WORD.match(text, e)
        if nxt is not None and everyday_pair(name, nxt.group(1)):
            continue
        if _marked_end(doc, e) and free(s, e):
            yield s, e, "ut"


#: "là" or "tên (là)" and one lower-case word after it (folded view; led by the space)
_IS_OR_NAMED = re.compile(r" (?P<link>ten(?: la)?|la) (?P<name>[a-z]+)(?![\w'’-])")
#: what stands before that "là" / "tên" when it names a person: the writer introducing
#: herself ("e là hà bên vp", "mình là lan"), opening the text or a clause; or a relative
#: with an optional possessor ("con dâu ông là thuận", "con e là bống", "con trai c tên bin",
#: "vợ anh ấy tên là mai"); folded, searched up to the link
_SELF_BEFORE = re.compile(r"(?:^|[,.;:!?\n(\"'“‘]|\boi|\boi,)[ \t]*(?:e|em|minh|toi)$")
_RELATIVE_BEFORE = re.compile(
    r"(?<![a-z])(?:con(?: (?:trai|gai|dau|re|ut))?|vo|chong|chau(?: (?:trai|gai|noi|ngoai))?"
    r"|be|em (?:trai|gai)|anh trai|chi gai|me|bo|cha)"
    r"(?: (?:ong|ba|anh|chi|em|e|c|a|co|chu|bac|toi|minh|no)(?: ay)?)?$"
)
#: the same with the possessor named by a given name, before "tên" only ("vợ ông quyết tên
#: là lụa": the relative's own name follows "tên", never a predicate)
_RELATIVE_OF_NAMED_BEFORE = re.compile(
    r"(?<![a-z])(?:con(?: (?:trai|gai|dau|re|ut))?|vo|chong|chau(?: (?:trai|gai|noi|ngoai))?)"
    r" (?:ong|ba|anh|chi|co|chu|bac) [a-z]+$"
)
#: the end of a name a person introduces herself or a relative by: punctuation, a particle,
#: a predicate (``_marked_end``), or where she works, a year or a class ("e là hà bên vp",
#: "bống năm lớp 1"), folded
_SELF_ENDS = frozenset({"ben", "o", "phong", "nam", "lop", "day", "ne", "tu", "lam", "hoc"})
#: words that, typed plain after a relative's given name, go on with the sentence ("vo la
#: ngan ve viec tra may bom": về, about; "chong la tuan voi ...": với, "va": và)
_RELATIVE_ENDS = frozenset({"ve", "voi", "va"})
#: words that follow "là" / "tên" far more often than a given name: a gender, a nationality,
#: the youngest ("tôi là nam", "em là út")
_NOT_SELF_NAMES = frozenset(
    {"nam", "nu", "ut", "nguoi", "viet", "kinh", "that", "goi", "gi", "day", "cua", "bi"}
    # "tên tuổi", "tên riêng", "tên lót", "tên đệm": words with "tên", no name after it
    | {"tuoi", "rieng", "lot", "dem"}
)


#: a parent or a spouse "của" (of) a lower-case word, folded ("chi quach thi tuyet me cua
#: phat bao ...", "vợ của lâm gọi lên"); led by the word's first letter, the character before
#: it looked behind (a look-behind first is tried at every position: 13x the scan)
_PARENT_OF_NAME = re.compile(
    r"(?:m(?<![\w/]m)[ea]|b(?<![\w/]b)o|c(?<![\w/]c)h(?:a|ong)|v(?<![\w/]v)o)"
    r"[ \t]+cua[ \t]+(?P<name>[a-z]+)(?![\w'’-])"
)
#: the words after "của" that are a pronoun or a kin word, no given name ("mẹ của em"), folded
_PRONOUNS_AFTER_OF = frozenset(
    {"em", "anh", "chi", "toi", "minh", "ban", "no", "ho", "con", "chau", "ong", "ba", "co"}
    | {"chu", "bac", "cau", "di", "be", "tui", "tao", "may", "e", "a", "c", "nguoi", "ai"}
)
#: a verb of saying or coming right after the child so named, folded
_SAYS_AFTER = re.compile(r"[ \t]+(?:bao|noi|nhan|goi|hoi|keu|den|toi|xin|nho)(?![\w'’-])")


def _parent_of_named(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A lower-case given name after a parent or a spouse and "của" (``_PARENT_OF_NAME``):
    "me cua phat bao chi tuyet ...", "vợ của lâm gọi lên", a given name of the lexicon
    (spelled as one where the text has diacritics), no pronoun, its end marked or a verb of
    saying after it."""
    text = doc.text
    for m in _PARENT_OF_NAME.finditer(doc.folded):
        s, e = m.span("name")
        name = text[s:e]
        word = m.group("name")
        if not name.islower() or word in _PRONOUNS_AFTER_OF or word in _NOT_GIVEN_FOLDED:
            continue
        if not _is_given(name) or spelling(name) in _NOT_GIVEN_SPELLINGS:
            continue
        if not (_marked_end(doc, e) or _SAYS_AFTER.match(doc.folded, e)):
            continue
        if free(s, e):
            yield s, e, "relative"


def _named_by_relation(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A lower-case given name the writer introduces herself by ("e là hà bên vp, ...") or a
    relative is named by ("con dâu ông là thuận gọi lên", "con e là bống năm lớp 1", "con trai
    c tên bin bị sốt"): a given name of the lexicon (after "tên", any Vietnamese syllable: a
    child's nickname), typed as the rest of the text, its end marked."""
    folded = doc.folded
    if " la " not in folded and " ten " not in folded:
        return
    text = doc.text
    givens = lexicons().givens
    not_names = lexicons().not_names
    for m in _IS_OR_NAMED.finditer(folded):
        s, e = m.span("name")
        name = text[s:e]
        word = m.group("name")
        # a relative's name capitalised in mid-sentence ("con gái ông là Ngoan."): the capital
        # marks it as much as the relation does; one word, no capitalised word after it
        titled = name[:1].isupper() and name[1:].islower() and not _NEXT_CAPITAL.match(text, e)
        if not (name.islower() or titled) or word in _NOT_SELF_NAMES or word in not_names:
            continue
        if word in _NOT_GIVEN_FOLDED or spelling(name) in _NOT_GIVEN_SPELLINGS:
            continue
        ls = m.start("link") - 1
        if _RELATIVE_BEFORE.search(folded, max(0, ls - 24), ls) is not None or (
            m.group("link") != "la"
            and _RELATIVE_OF_NAMED_BEFORE.search(folded, max(0, ls - 30), ls) is not None
        ):
            kind = "relative"
        elif _SELF_BEFORE.search(folded, max(0, ls - 8), ls):
            # "e là hà bên vp"; "e tên kha, nhân viên mới": by "tên" a name no lexicon lists
            # too, closed by punctuation ("em tên gì" asks)
            kind = "self"
            if m.group("link") != "la" and not (
                word in givens or _NICKNAME_END.match(text, e) is not None
            ):
                continue
            after = _NEXT_WORD.match(folded, e)
            if (
                m.group("link") != "la"
                and after is not None
                and (after.group(1) in lexicons().middles or after.group(1) in givens)
            ):
                continue  # "tôi tên là đinh văn quý": a full name, the other paths'

        else:
            continue
        if titled and kind != "relative":
            continue
        listed = word in givens and (name.isascii() or spelling(name) in given_spellings())
        nickname = (
            m.group("link") != "la" and len(word) >= 2 and is_vietnamese_syllable(name)
        ) or (kind == "relative" and word in givens)
        if not (listed or nickname):
            continue
        nxt = _NEXT_WORD.match(folded, e)
        if nxt is not None and everyday_pair(name, text[nxt.start(1) : nxt.end(1)]):
            continue  # "tôi là thư ký tòa": a role, no name
        two = _NEXT_TWO_WORDS.match(folded, s - 1)
        if two is not None and f"{two.group(1)} {two.group(2)}" in _ROLES_FOLDED:
            continue
        if not (
            _marked_end(doc, e)
            or _predicate_word(text, e)
            or (nxt is not None and nxt.group(1) in _SELF_ENDS)
            or (kind == "relative" and nxt is not None and nxt.group(1) in _RELATIVE_ENDS)
        ):
            continue
        if free(s, e):
            yield s, e, kind


#: traits a nickname names a person by after a birth-order word ("bác hai đen", "ông tư lùn",
#: "chú ba mập"), spelled; not those said of a person as often ("chú hai ốm": sick)
_TRAITS = ("đen", "lùn", "mập", "lé", "sún", "hói", "râu", "thẹo", "móm", "rỗ", "cụt", "xị")
_TRAIT_SPELLINGS = frozenset(spelling(w) for w in _TRAITS)
#: the word after a birth-order word (folded view)
_WORD_AFTER_ORDINAL = re.compile(r"[ \t]+([a-z]+)(?![\w'’-])")
#: birth-order words that, typed without diacritics, are other words as often ("nam" năm,
#: "tu" từ, "tam" tạm, "sau" after, "muoi" muối)
_PLAIN_NOT_ORDINAL = frozenset({"nam", "tu", "tam", "sau", "muoi"})
#: the kin words before such a birth-order word, folded
_ORDINAL_KIN = frozenset(
    {"ong", "ba", "bac", "chu", "co", "di", "cau", "mo", "thim", "cu", "anh", "chi", "em"}
    | {"a", "c", "e", "cj"}
)


def _given_after_ordinal(doc: Document, m: re.Match[str]) -> tuple[int, int, str] | None:
    """A given name after a kin word and a birth-order word ("bác ba Khởi với cô út Lành",
    "người nhà: chi ut nga)"), ``m`` a match of ``_CUE_AND_WORD`` whose word is the
    birth-order word: the given name without the two (the corpus guide's span), a given name
    of the lexicon spelled as one, capitalised or with its end marked; the birth-order word
    spelled as one, not a count ("ba người", "hai năm"). Read from the cue scan of
    :func:`_lower_after_cue`, at no pass of its own over the text."""
    folded = doc.folded
    text = doc.text
    key = m.group("cue")
    if key not in _ORDINAL_KIN:
        return None
    nm = _WORD_AFTER_ORDINAL.match(folded, m.end("name"))
    if nm is None:
        return None
    cs, ce = m.span("cue")
    os_, oe = m.span("name")
    s, e = nm.span(1)
    cue, ordinal, name, word = text[cs:ce], text[os_:oe], text[s:e], nm.group(1)
    if not cue.isascii() and not _spelled_cue(cue.lower()):
        return None  # "có", "đi": no kin word
    if not ordinal.isascii() and spelling(ordinal.lower()) not in _ORDINAL_SPELLINGS:
        return None  # "bác bà", "chú tám": "bà" is no birth order
    if (
        cue.isascii()
        and ordinal.isascii()
        and (key in ("cau", "cu", "di", "mo") or m.group("name") in _PLAIN_NOT_ORDINAL)
        # unless where the person lives or sells follows ("ba tu hoa o cho dam")
        # after an older kin word ("me em nam vien o cho ray": nằm viện)
        and not (
            key in _NICKNAME_CUES
            and key not in ("cau", "cu", "di", "mo")
            and _lives_at(folded, key, word, e)
        )
    ):
        return None  # "cau tu lien" (cầu), "me em nam vien" (nằm), "the tam tru" (tạm)
    givens = lexicons().givens
    # "bác hai đen nhờ e hỏi": an older kin word, a birth order and a trait the neighbours
    # know the person by, written with diacritics (lower case, its end marked below)
    trait = (
        key in _NICKNAME_CUES
        and not plain_line(doc, cs)
        and name.islower()
        and spelling(name) in _TRAIT_SPELLINGS
    )
    if word in _COUNTED or (word not in givens and not trait) or word in lexicons().not_names:
        return None
    if word in _NOT_GIVEN_FOLDED or spelling(name.lower()) in _NOT_GIVEN_SPELLINGS:
        return None
    if not name.isascii() and spelling(name.lower()) not in given_spellings() and not trait:
        return None
    before = _PREVIOUS_WORD.search(folded, max(0, cs - 12), cs)
    if before is not None and _kin_phrase(f"{before.group(1)} {key}"):
        return None  # "dia chi tam tru": địa chỉ, no kin word
    if everyday_pair(ordinal.lower(), name.lower()):
        return None  # "ba hai phong da nop": Hải Phòng, a place
    nxt = _NEXT_WORD.match(text, e)
    if nxt is not None and everyday_pair(name.lower(), nxt.group(1).lower()):
        return None
    capitalised = name[0].isupper() and name[1:].islower() and not _NEXT_CAPITAL.match(text, e)
    if not (capitalised or (name.islower() and _marked_end(doc, e))):
        return None
    return s, e, fold_word(cue)


# -- English chat ("write a msg to minh from finance, cc quynh", "my colleague thuy and ...") --

#: what English chat puts before a colleague's given name: the addressee of a message, a
#: copy, a relation ("to minh from finance", "cc quynh", "my colleague chau anh needs ...")
#: a greeting or a thanks ("hey minh, tell ...", "thanks lan"), an English title typed in
#: lower case ("met mrs quyen at her house"); and a Vietnamese kin word between the cue and
#: the name ("tell chi loan that ...", "ask anh tuan"), the name one word then
_ENGLISH_CUE = re.compile(
    r"(?:(?<= )|^)(?P<cue>to|cc|colleague|wife|husband|boss|friend|call|ask|tell|remind|ping"
    r"|hey|hi|hello|dear|thanks|thx|mr|mrs|ms|miss)\.?"
    r"[ \t]+(?:(?P<kin>anh|chi|em|co|chu|bac|a|c|e)[ \t]+(?=[a-z]+(?![\w-]|[.@]\w)))?"
    r"(?P<a>[a-z]+)(?![.@]\w)(?:[ \t]+(?P<b>[a-z]+))?(?![\w-]|[.@]\w)"
)
#: the literals that open ``_ENGLISH_CUE`` (a cheap test before it runs)
_ENGLISH_CUE_WORDS: tuple[str, ...] = (
    *("to ", "cc ", "colleague", "wife", "husband", "boss", "friend", "call "),
    *("ask ", "tell ", "remind ", "ping ", "hey ", "hi ", "hello ", "dear ", "thanks ", "thx "),
    *("mr", "mrs", "ms ", "miss "),
)
#: English words after a given name that close it ("to minh from finance", "thuy and her
#: husband", "chau anh needs to call")
_ENGLISH_AFTER = frozenset(
    {"from", "and", "or", "about", "by", "on", "at", "for", "with", "to", "is", "was", "will"}
    | {"can", "could", "would", "should", "needs", "says", "said", "has", "had", "in", "asap"}
    | {"please", "too", "also", "that", "if", "this", "tomorrow", "today", "know", "before"}
)
#: given names that English spells as words of its own, folded
_ENGLISH_SPELLED = frozenset(
    {"an", "on", "do", "me", "so", "no", "can", "man", "van", "long", "hang", "sang", "bang"}
    | {"tan", "ten", "hen", "men", "then", "than", "thin", "them", "the", "ban", "bin", "la"}
    | {"ma", "lam", "dang", "ton", "tong", "song", "king", "ling", "ring", "hung", "tin", "kim"}
    | {"cam", "may", "ha", "ho", "hi", "le", "ly", "my", "di", "doan", "sung", "chin", "cho"}
    | {"to", "ba", "ut", "be", "go", "he", "we"}
)


def _english_word(word: str) -> bool:
    return word in _ENGLISH_SPELLED or not is_vietnamese_syllable(word)


def _english_chat(text: str, free: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str]]:
    """A Vietnamese given name (one word, or two given names) typed in lower case in English
    chat after the addressee's "to", a copy's "cc", a relation ("my colleague thuy and her
    husband", "his wife", "call"), or before a possessive "'s" ("minh thu's address"): the
    words given names of the lexicon that no English word spells, closed by the text's end,
    punctuation or an English word; and the line around English (two lower-case words or
    more that no Vietnamese syllable spells)."""
    low = text.lower()
    if not holds_any(low, _ENGLISH_CUE_WORDS) and "'s" not in low and " and " not in low:
        return
    givens = lexicons().givens
    not_names = lexicons().not_names

    def given_word(w: str | None) -> bool:
        return w is not None and w in givens and w not in not_names and not _english_word(w)

    hits: list[tuple[int, int, str]] = []
    at = 0
    while (m := _ENGLISH_CUE.search(text, at)) is not None:
        at = m.end()
        if m.group("cue") == "to" and _INFINITIVE_BEFORE.search(
            low, max(0, m.start() - 12), m.start()
        ):
            at = m.start("a")  # "just want to chat", "want to ask lan": a verb after "to"
            continue
        s, e = m.span("a")
        b = m.group("b")
        if m.group("kin") is not None:
            b = None  # "tell chi loan that ...": the kin word's one given name
            if not given_word(m.group("a")):
                s, e = m.span("kin")  # "to anh from finance": the word is the name
        if not given_word(text[s:e]):
            continue
        if b is not None and m.group("cue") not in _RELATIONS:
            b = None  # "to quang huy": after "to", "cc", "call" one word (a full name: others')
        if b is not None and given_word(b) and _english_closed(text, m.end("b")):
            e = m.end("b")
        elif not _english_closed(text, e):
            continue
        hits.append((s, e, m.group("cue")))
    for m in _PAIR_THEN_VERB.finditer(text) if " and " in text else ():
        if given_word(m.group("a")) and given_word(m.group("b")):
            hits.append((m.start("a"), m.end("a"), "and"))
            hits.append((m.start("b"), m.end("b"), "and"))
    # (every match stands before "'s": without it the pattern, led by a lookbehind that the
    # engine tries at every character, is not run)
    for m in _POSSESSIVE.finditer(text) if "'s" in text else ():
        words = [w for w in (m.group("a"), m.group("b")) if w is not None]
        before = _PREVIOUS_WORD.search(text, max(0, m.start() - 12), m.start())
        if before is not None and _name_word(before.group(1)):
            continue  # "kha quoc thinh's": a full name, the other paths'
        if all(given_word(w) for w in words):
            hits.append((m.start(), m.end("b") if m.group("b") else m.end("a"), "'s"))
    for s, e, cue in hits:
        if _english_line(text, s, e) and free(s, e):
            yield s, e, cue


#: what stands before the "to" of an infinitive ("want to chat", "going to call", "able to
#: sang"): the word after it is a verb, not the addressee of "to minh from finance"
_INFINITIVE_BEFORE = re.compile(
    r"(?<![a-z])(?:want|wants|wanted|need|needs|needed|have|has|had|going|got|like|likes|love"
    r"|loves|try|tries|tried|able|used|ought|wish|hope|hoping|trying|plan|planning|decided"
    r"|forget|forgot|remember|how|where|what|free|ready|happy|glad|nice)[ \t]+$"
)


#: two lower-case words joined by "and" that open what English says of them ("tuan and linh
#: from the district office met ...", "lan and hoa will send"): both given names, below
_PAIR_THEN_VERB = re.compile(
    r"(?<![\w'])(?P<a>[a-z]+) and (?P<b>[a-z]+)"
    r"(?= (?:from|of|at|will|would|are|were|have|had|met|went|said|told|came|need|needs"
    r"|called|sent|asked|visited|checked|signed|must|should|can|could)\b)"
)
#: the relations after which a given name of two words is taken ("my colleague chau anh")
_RELATIONS = frozenset({"colleague", "wife", "husband", "boss", "friend"})


def _name_word(word: str) -> bool:
    lex = lexicons()
    return word in lex.surnames or word in lex.middles or word in lex.givens


#: one or two lower-case words before a possessive "'s" ("minh thu's address")
_POSSESSIVE = re.compile(r"(?<![\w'])(?P<a>[a-z]+)(?:[ \t]+(?P<b>[a-z]+))?(?='s\b)")


def _english_closed(text: str, e: int) -> bool:
    """Whether the text's end, punctuation, a possessive or an English word follows ``e``."""
    m = re.match(r"[ \t]*(?:[,.;:!?)\n]|'s\b|$)|[ \t]+([a-z]+)\b", text[e : e + 24])
    return m is not None and (m.group(1) is None or m.group(1) in _ENGLISH_AFTER)


#: a lower-case word of three letters or more standing alone (not inside a code or a number:
#: "ttr-skhcn", "4,5 cm")
_LONE_WORD = re.compile(r"(?<![\w'/.-])[a-z]{3,}(?![\w'/-])")


def _english_line(text: str, s: int, e: int) -> bool:
    """Whether the text around ``s:e`` (60 characters each side) holds two lower-case words
    of three letters or more that no Vietnamese syllable spells."""
    return english_words_near(text, max(0, s - 60), min(len(text), e + 60), _LONE_WORD)


#: a unit or a record right after a given name of two words ("em bao ngoc phong noi vu",
#: "chau bao ngoc so the", "a hai doi 2"), folded
_UNITS_AFTER = re.compile(r"[ \t]+(?:phong|doi|so|ben|khoa|lop|to)[ \t]+[a-z0-9]")


def _unit_after(folded: str, e: int) -> bool:
    return _UNITS_AFTER.match(folded, e) is not None


#: kin words after "nhà" (someone's home), where a word that makes an everyday word with the
#: cue is a name all the same ("nhà anh sang ở thôn 2": ánh sáng has no home), folded
_HOME_CUES = frozenset({"anh", "chi", "chu", "co", "bac", "ong", "ba", "di", "cau"})


#: kin words typed without diacritics that name a person beside another in a coordination
_COORDINATED_CUES = _OLDER_PLAIN_CUES | {"anh", "chi", "em", "a", "c", "e"}
#: a kin word and a word after "và" / "với" (chat's "vs") / "hoặc" right after a name, or
#: before it (folded)
_AND_CUE_AFTER = re.compile(r"[ \t]+(?:va|voi|vs|hoac)[ \t]+([a-z]+)[ \t]+([a-z]+)(?![\w'’-])")
_CUE_AND_BEFORE = re.compile(r"(?<![\w/])([a-z]+)[ \t]+([a-z]+)[ \t]+(?:va|voi|vs|hoac)[ \t]+$")


def _coordinated(folded: str, key: str, cs: int, e: int) -> bool:
    """Whether the cue and word at ``cs:e`` (typed without diacritics) stand beside another
    kin word and given name or birth-order nickname, joined by "và" / "với" ("nhac co hanh voi
    bac binh nop", "gui thay khai voi co nguyet", "ong sau voi ong chin ben hoi"): two people
    so named together; an everyday phrase is seldom paired so. Not "có ... và có ..." (có hoa
    và có lá), not a count after "ba" (three: "ba nam voi ba thang")."""
    m = _AND_CUE_AFTER.match(folded, e)
    if m is None:
        m = _CUE_AND_BEFORE.search(folded, max(0, cs - 24), cs)
    if m is None:
        return False
    other_cue, other = m.group(1), m.group(2)
    if other_cue not in _COORDINATED_CUES or (key == "co" and other_cue == "co"):
        return False
    if (other_cue == "ba" and other in _COUNTED) or (
        key == "ba" and folded[cs:e].split()[-1] in _COUNTED
    ):
        return False  # "ba nam voi ba thang": three years and three months (but "ba hoa voi
        # co lan": "lần" counts after "ba" only, "co lan" is Lan)
    if other in _ORDINALS_FOLDED:
        # "a duc vs a hai", "anh hai va chu duc": "anh", "chị" and chat's "a", "c" before a
        # birth-order nickname too ("anh Hai"; "anh út" is the youngest brother)
        return other_cue in _NICKNAME_CUES or (other_cue in _ELDER_SIBLING_CUES and other != "ut")
    lex = lexicons()
    return other in lex.givens and other not in lex.not_names and other not in _NOT_GIVEN_FOLDED


#: the words a letter or a message opens with before the person it is for ("gui co ngan,",
#: "thua thay khai,", "kinh gui ong tam"), folded
_GREETING_BEFORE = re.compile(r"(?<![\w/])(?:gui|thua|chao|kinh)[ \t]+$")


def _greeted(doc: Document, cs: int, e: int) -> bool:
    """Whether the cue at ``cs`` opens a letter's or a message's greeting and punctuation
    closes the name after it ("gui co ngan, phu huynh ..."; not "chao co hoa no" mid-sentence)."""
    return (
        _GREETING_BEFORE.search(doc.folded, max(0, cs - 10), cs) is not None
        and _END.match(doc.text, e) is not None
        and re.match(r"[ \t]*[,.;:!?\n]", doc.text[e : e + 3]) is not None
    )


#: "ở" and a residence's or a market's unit word after a name, folded ("ong manh o thon 7",
#: "ba tu hoa o cho dam"), or a house's number and its lane ("ba ngoc o 58 hem 5")
_AT_PLACE = re.compile(
    r"[ \t]+o[ \t]+(?:thon|xom|ap|ban|buon|khu|to|so|phuong|xa|lang|cho|kiot|hem|ngo|tang"
    # the southern "khóm", "khu phố" and its "kp", a street, a lane ("kiệt"), a village team
    r"|khom|kp|khu[ \t]+pho|duong|pho|kiet|doi)[ \t]+[a-z0-9]"
    # a house's number and its lane or street ("ba ngoc o 58 hem 5", "o so 12/3 ngo 4")
    r"|[ \t]+o[ \t]+(?:so[ \t]+)?\d+[a-z]?(?:/\d+[a-z]?)*[ \t]+"
    r"(?:hem|ngo|ngach|kiet|duong|pho|to|khu|thon|xom|ap)(?![a-z])"
    # next door, at the lane's or the hamlet's end ("nho chu hai ben canh bao ho", "bac nam
    # dau ngo"): a neighbour placed by where the writer lives
    r"|[ \t]+(?:ben[ \t]+canh|canh[ \t]+nha|nha[ \t]+ben|(?:dau|cuoi)[ \t]+(?:ngo|xom|hem|lang))"
    r"(?![a-z])"
)
#: the same older kin word again as the subject of the next clause ("cho chu thoa, chu o tang
#: 2", "gui bac lanh. bac can ky them"): the kin word stands for the person just named
_KIN_AGAIN_AFTER = re.compile(
    r"[ \t]*[,.;][ \t]*(?P<kin>[a-z]+)[ \t]+(?:o|noi|bao|can|muon|da|dang|se|khong|ko|chua"
    r"|thi|cung|hen|dan|dat|nhan|gui|ky)(?![a-z])"
)


def _kin_again(folded: str, key: str, word: str, e: int) -> bool:
    """Whether the older kin word before the word ending at ``e`` opens the next clause alone
    (``_KIN_AGAIN_AFTER``): not "co" (có), "di" (đi), nor a count after "ba"."""
    if key not in _OLDER_PLAIN_CUES or key in ("co", "di") or (key == "ba" and word in _COUNTED):
        return False
    m = _KIN_AGAIN_AFTER.match(folded, e)
    return m is not None and m.group("kin") == key


#: how far back a sentence's opening is looked for before a cue (characters)
_OPENING_REACH = 300


def _capitalised_after(text: str, cue: str, cs: int) -> bool:
    """Whether the cue spelled ``cue`` (with its diacritics, lower case) takes a capitalised
    name elsewhere in ``text`` before ``cs``, in a sentence that opens with a capital ("hộ ông
    Bạch Công Thìn sửa nhà. Con ông học tại ..."): a writer who capitalises sentences and the
    names a cue takes uses the cue alone as a pronoun (chat that mixes cases, "gặp ông Bạch
    Công Thìn rồi, còn ông lợi ở xóm 3", keeps its lower-case names). Linear over a long
    text: the opening is looked for within ``_OPENING_REACH``, the cue's first capitalised
    name found once per text (``_first_capitalised``)."""
    # (a chat line's message opens after its speaker's colon: "[14:05] Phương Anh: ok bảo
    # ông kỳ bổ sung" is typed in lower case)
    lo = max(0, cs - _OPENING_REACH)
    opening = max(text.rfind(c, lo, cs) for c in ".!?:\n")
    if opening < 0 and lo > 0:
        return False  # no sentence's start in reach: nothing says how it is written
    first = next((ch for ch in text[opening + 1 : cs] if ch.isalpha()), "")
    return first.isupper() and 0 <= _first_capitalised(text, cue) < cs


@lru_cache(maxsize=32)
def _first_capitalised(text: str, cue: str) -> int:
    """Where ``cue`` first stands, as a word, before a capitalised word in ``text``; -1 if
    nowhere."""
    for m in re.finditer(rf"(?<![^\W\d_]){re.escape(cue)} (?=\w)", text):
        if text[m.end()].isupper():
            return m.start()
    return -1


def _lives_at(folded: str, key: str, word: str, e: int) -> bool:
    """Whether where the person lives or sells follows the word at ``e`` after an older kin
    word typed without diacritics ("la ong manh o thon 7", "ba tu hoa o cho dam"): not after
    "co" (có: "co hoa o xom"), "di" (đi), nor a count after "ba" (three: "ba lan o xom")."""
    if key in ("co", "di") or (key == "ba" and word in _COUNTED):
        return False
    return _AT_PLACE.match(folded, e) is not None


#: a trade right after a person named by a kin word and her given name or nickname, typed
#: without diacritics ("chu tu ban thit o cho", "ong sau xe om dau ngo", "ba tho ban rau"):
#: "bán" and the goods, or a trade of one or two words; folded
_TRADE_AFTER = re.compile(
    r"[ \t]+(?:ban[ \t]+(?:rau|thit|ca|trai[ \t]+cay|hoa[ \t]+qua|tap[ \t]+hoa|banh|com|pho"
    r"|bun|xoi|che|nuoc|hang|quan[ \t]+ao|ve[ \t]+so|sua|trung|ga|vit|gao|ruou|ca[ \t]+phe"
    r"|cafe|cf|thuoc|giay|tra[ \t]+da|dau|than|ngo|khoai|dau[ \t]+phu|dau[ \t]+hu|mi|bia"
    r"|hoa|cay[ \t]+canh)"
    r"|xe[ \t]+om|sua[ \t]+xe|cat[ \t]+toc|thu[ \t]+mua|giat[ \t]+la|ve[ \t]+chai|dong[ \t]+nat"
    r"|may[ \t]+do|tho[ \t]+(?:xay|moc|han|dien|may|ho)|bom[ \t]+xang)(?![\w'’-])"
)


def _plies_trade(folded: str, key: str, word: str, e: int) -> bool:
    """Whether a trade follows the word at ``e`` after an older kin word typed without
    diacritics ("chu tu ban thit", "ong sau xe om", "ba tho ban rau"): the person is known by
    it; not after "co" (có), "di" (đi), chat's "a", "e" ("e bien ban hoa giai": biên bản), nor a
    count after "ba" ("ba con ga")."""
    if key not in _OLDER_PLAIN_CUES or key in ("co", "di") or (key == "ba" and word in _COUNTED):
        return False
    return _TRADE_AFTER.match(folded, e) is not None


def _said_again(folded: str, cs: int, e: int) -> bool:
    """Whether the cue and word at ``cs:e`` (typed without diacritics) stand again elsewhere
    in the text as whole words, and the word stands nowhere without that cue: chat names the
    same person twice ("ong sau mo loa ..., nhac nho ong sau"), an everyday phrase seldom
    comes back word for word; and the engine redacts a value wherever it occurs, so a word
    that is an everyday word elsewhere ("tra loi ong loi") is left alone. Not after "di"
    (đi: "di hoc ... di hoc")."""
    phrase = folded[cs:e]
    if phrase.startswith("di "):
        return False
    word = phrase.split()[-1]
    again = False
    for m in re.finditer(rf"(?<![\w/])({re.escape(phrase[: -len(word)])})?{word}(?!\w)", folded):
        if m.group(1) is None:
            return False  # the word alone elsewhere, or inside another phrase
        if m.start() != cs:
            again = True
    return again


_ORDINAL_FOLDED = frozenset(fold_word(w) for w in _ORDINALS) - {"hai", "ba", "tam", "chin"}
#: the first words of given names of two words ("ngọc hân", "khánh vy", "tuấn anh", "kim
#: oanh"), typed without diacritics: seldom an everyday word's first half after a kin word
_COMPOUND_FIRSTS = frozenset(
    {"ngoc", "khanh", "phuong", "quynh", "bich", "thuy", "diem", "tuyet", "kieu", "tram"} | {"uyen"}
)
#: given names of two words whose first word alone is an everyday word too ("tuan" tuần):
#: taken whole only so ("d/c tuan anh,"; not "anh tuan dau" anh tuần đầu)
_COMPOUND_GIVENS = frozenset({"tuan anh", "kim oanh", "bao ngoc", "thanh huong", "xuan mai"})
#: the words that, typed without diacritics, make a given name of two words with "anh" after
#: them ("ngoc anh", "tuan anh", "quynh anh", "lan anh"): "anh" is no cue there
_ANH_BEFORE = frozenset(
    {"ngoc", "tuan", "quynh", "lan", "kim", "viet", "duc", "hoang", "phuong", "tram", "tung"}
    | {"diep"}
)
#: chat's abbreviated kin words before a birth-order nickname ("c ba", "a hai"; not "e": "e
#: hai" is as often "em hai" the speaker's count)
_CHAT_NICKNAME_CUES = frozenset({"a", "c", "cj"})
#: an elder sibling's kin words, chat's abbreviations among them ("anh hai", "c ba")
_ELDER_SIBLING_CUES = _CHAT_NICKNAME_CUES | {"anh", "chi"}
#: cues that chat puts before a given name, not before a count or a year ("a nam,", "e tu")
_CHAT_CUES = _ABBREVIATED_CUES | {"anh", "chi", "em"}
#: kin words of an older generation, after which a capitalised birth-order word is a
#: nickname ("bác Năm", "ông Tư"), folded
_NICKNAME_CUES = frozenset({"ong", "ba", "bac", "chu", "co", "di", "cau", "mo", "thim", "cu"})
#: kin words before a brother's or a sister's birth-order nickname (``_siblings``), folded
_SIBLING_CUES = frozenset({"anh", "chi", "em", "a", "c", "e", "be"})
#: "và" / "với" and a kin word and a birth-order word after a nickname, or the same before
#: it; the kin word may be left out after the conjunction ("chi ba va ut") (folded)
_SIBLING_AFTER = re.compile(
    r"[ \t]+(?:va|voi|vs)[ \t]+(?:(?:anh|chi|em|a|c|e|be|ong|ba|co|chu|bac|di|cau)[ \t]+)?"
    r"(hai|ba|tu|nam|sau|bay|tam|chin|muoi|ut)(?![\w'’-])"
)
_SIBLING_BEFORE = re.compile(
    r"(?<![a-z])(?:anh|chi|em|a|c|e|be|ong|ba|co|chu|bac|di|cau)[ \t]+"
    r"(?:hai|ba|tu|nam|sau|bay|tam|chin|muoi|ut)[ \t]+(?:va|voi|vs)[ \t]+$"
)
#: the bare birth-order word after the conjunction ("va ut"), no kin word before it
_BARE_SIBLING_AFTER = re.compile(
    r"[ \t]+(?:va|voi|vs)[ \t]+(hai|ba|tu|nam|sau|bay|tam|chin|muoi|ut)(?![\w'’-])"
)


def _siblings(folded: str, cs: int, e: int) -> bool:
    """Whether the kin word and birth-order word at ``cs:e`` (typed plain) stand joined by
    "và" / "với" to another birth-order nickname ("em ut voi anh ba", "chi ba va ut", "anh
    hai va chi tu"): brothers and sisters named by their birth order, no youngest one in
    general nor a count ("ba nam voi ba thang": no kin word of one's generation before
    them). A count after the second word ("va ba nguoi", "voi hai thang") is no nickname."""
    after = _SIBLING_AFTER.match(folded, e)
    if after is not None:
        nxt = _NEXT_FOLDED_WORD.match(folded, after.end())
        return nxt is None or nxt.group(1) not in _SIBLING_COUNTED
    nxt = _NEXT_FOLDED_WORD.match(folded, e)
    if nxt is not None and nxt.group(1) in _SIBLING_COUNTED:
        return False
    return _SIBLING_BEFORE.search(folded, max(0, cs - 24), cs) is not None


#: the next word, folded
_NEXT_FOLDED_WORD = re.compile(r"[ \t]+([a-z]+)")
#: what a number counts, typed plain, people among them ("hai dua con", "ba anh em", "hai
#: chau"): after such a word a birth-order word is a number
_SIBLING_COUNTED = _COUNTED | {"dua", "anh", "chi", "em", "chau", "be", "ho", "khau", "phan"}
#: kin words of one's own generation, after which "út" is the youngest, not a nickname
_SAME_AGE = frozenset({"anh", "chi", "em"})
