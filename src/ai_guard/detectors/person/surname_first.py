"""A capitalised name led by a lexicon surname ("Nguyễn Văn An", "NGUYỄN VĂN AN", "Lê Thị T").

:func:`from_surname` takes the surname and up to three following words (an initial ends an
anonymised name; a change between Title Case and capitals ends the name), rejects what the
words or their surroundings show to be something else (a place, a common phrase, a public
figure's name used for a street, a legal word), and scores the rest by its evidence: a cue,
then the shape of the words (``scores``). A name in capitals needs a cue, a label or a line of
its own: anything else in capitals is a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import (
    CUE_REACH,
    NOT_PERSON_BEFORE_SPELLINGS,
    UNIT_HEAD,
    cue_before,
    figure_word_before,
    history_event_near,
    monarch_before,
    place_word_before,
    signature_cue,
    street_name,
)
from ai_guard.detectors.person.lexicon import (
    EN_UNITS,
    LEGAL_SPELLINGS,
    NEVER_IN_NAMES,
    PLAIN_SURNAMES,
    TYPICAL_MIDDLES,
    cue_words,
    everyday_pair,
    known_phrase,
    lexicons,
    long_titles,
    strong_cues,
    surname_spellings,
    title_openings,
    title_openings_folded,
)
from ai_guard.detectors.person.minority import KHMER_CLANS, khmer_given_head, minority_lexicon
from ai_guard.detectors.person.scores import (
    BASE_SURNAME_FIRST,
    SCORE_CAPITALS_WITHOUT_CUE,
    SCORE_CUED,
    SCORE_FULL_NAME,
    SCORE_MIDDLE_SHAPE,
    SCORE_PUBLIC_FIGURE,
    SCORE_THREE_WORDS,
    SCORE_TWO_WORDS,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.words import (
    SPELLINGS_HELD,
    fold,
    is_public_figure,
    is_typical_middle,
    plain_line,
    spelled_as_cue,
)
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import CueSet, spelling
from ai_guard.text.tables import line_bounds
from ai_guard.text.word_caches import reader_for

__all__ = [
    "among_places",
    "cued_gendered",
    "from_surname",
    "is_legal_word",
    "is_placeholder_name",
    "is_template_name",
    "named_after_place",
    "namesakes_mark",
    "opens_a_field_label",
]


def is_legal_word(word: str, following: str | None = None) -> bool:
    """Whether a word of ``NEVER_IN_NAMES`` is that legal word: written without diacritics
    the folded form must do; with them, the spelling decides. "Thông", "Nghị" and "Chương"
    are given names as often: each is the legal word only before what completes it
    (``following``: the folded text after the word, when known): "Thông tư", "Nghị định" /
    "Nghị quyết", "Chương II"."""
    if following is not None:
        completes = _COMPLETED_BY.get(fold_word(word))
        if completes is not None and completes.match(following) is None:
            return False  # "ông Lê Văn Thông", "anh Phan Thanh Nghị", "Trần Văn Chương"
    return word.isascii() or spelling(word) in LEGAL_SPELLINGS


#: what follows the legal words that are given names too when they are the legal word
_COMPLETED_BY = {
    "thong": re.compile(r"[ \t]+tu(?![a-z])"),
    "nghi": re.compile(r"[ \t]+(?:dinh|quyet)(?![a-z])"),
    "chuong": re.compile(r"[ \t]+(?:[ivxlc]+|\d+)(?![a-z])"),
    # "Điều 5", "điều này", "điều kiện", "điều tra"; "Diệu" is a middle name as often ("quách
    # thị diệu linh" typed without diacritics): before a given name it is the name's
    "dieu": re.compile(
        r"[ \t]+(?:[ivxlc]+|\d+|nay|kien|tra|chinh|hanh|dong|khoan|le|luat|tri|duong|khien"
        r"|phoi|tiet|do|gi|ay|ma|ta|can|chuyen|uoc|ra|quan)(?![a-z])"
    ),
}


_KIN_BAC = re.compile(r"(?:(?<![^\W\d_])bác|(?:^|(?<=[\n.!?:] )|(?<=\n))Bác)[ \t]+$")


def _kin_bac(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "bác" in lower case, or opening a sentence, the
    kin word (uncle, aunt): the reverent "Bác" of "lời Bác", "Bác Hồ" is capitalised inside
    a sentence (and Bác Hồ's names are figures', kept visible by ``public_role``)."""
    return _KIN_BAC.search(text, max(0, start - 8), start) is not None


#: "hàng xóm" (neighbours) right before a name, folded: its "xóm" is no hamlet there
_NEIGHBOUR = re.compile(r"(?<![^\W\d_])hang[ \t]+xom[ \t]*(?:la[ \t]+|[:,][ \t]*)?$")


def _neighbour(doc: Document, start: int) -> bool:
    """Whether the name at ``start`` follows "hàng xóm" (a neighbour, "khiếu nại hàng xóm
    Thái Bảo Long nuôi chó"): a person named, not a hamlet ("xóm Chợ")."""
    return _NEIGHBOUR.search(doc.folded, max(0, start - 16), start) is not None


def _figure(start: int, end: int, detector_id: str) -> Detection:
    """A historical figure's name: reported at a score that yields to an address holding it,
    for the public-role judgement (ai_guard.public_role) to keep visible or not."""
    return Detection(
        EntityType.PERSON,
        start,
        end,
        SCORE_PUBLIC_FIGURE,
        detector_id,
        pattern="person.public_figure",
        base_score=BASE_SURNAME_FIRST,
    )


def _surname_unspelled(raws: list[str]) -> bool:
    """Whether a run in capitals opens with a rare surname typed without the marks its every
    spelling has ("XONG" for "XỒNG") while the run's other words carry theirs ("XONG TRẢ LẠI"):
    typed with diacritics, the word is another (the common surnames and the minority clans
    typed plain are left: "LE VĂN AN", "LY THỊ SÚA" happen)."""
    first = raws[0]
    folded = fold_word(first)
    if not first.isascii() or folded in PLAIN_SURNAMES or folded in minority_lexicon().clans:
        return False  # (a minority clan is often written without its tone: "LY THỊ SÚA")
    if all(w.isascii() for w in raws[1:]) or fold_word(raws[1]) in TYPICAL_MIDDLES:
        return False  # "TRA THỊ MAI": a middle name that only names carry says it is one
    spellings = surname_spellings().get(fold_word(first), frozenset())
    return bool(spellings) and not any(s.isascii() for s in spellings)


def from_surname(
    doc: Document,
    words: list[tuple[int, int]],
    i: int,
    middles: frozenset[str],
    givens: frozenset[str],
    not_names: frozenset[str],
    cues: CueSet,
    detector_id: str,
) -> Detection | None:
    """The name whose surname is ``words[i]`` (spans of capitalised words), or None."""
    text = doc.text
    first_raw = text[words[i][0] : words[i][1]]
    upper_style = first_raw.isupper() and len(first_raw) > 1
    take = [words[i]]
    following = words[i + 1 : i + 4]
    for k, (ws, we) in enumerate(following):
        w = text[ws:we]
        initial = len(w.rstrip(".")) == 1
        if not initial and (w.isupper() and len(w) > 1) != upper_style:
            break  # "Nguyễn Văn An CCCD": a change of case style ends the name
        take.append((ws, we))
        if initial and (k + 1 >= len(following) or w.endswith(".")):
            break  # an initial ends an anonymised name ("Nguyễn Xuân T"); "Hầu A Lềnh"
            # has the Hmong middle name A
    # (the words read past an initial's full stop are no run's words: no fifth word, no
    # second name inside the run is looked for after them)
    initialled = len(take) == 2 and not upper_style
    if initialled:
        take = _after_middle_initial(text, take, givens)
        initialled = len(take) > 2
    folded = [fold(text[a:b]) for a, b in take]
    if len(take) == 4 and not upper_style and not initialled and i + 4 < len(words):
        take = _fifth_word(text, words[i + 4], take, folded, middles, givens)
        folded = [fold(text[a:b]) for a, b in take]
    if len(take) >= 3 and not initialled:
        cut = _next_name_at(text, words, i, folded)
        if cut:
            take, folded = take[:cut], folded[:cut]
    if len(take) >= 4 and not upper_style and _opens_a_title(text, take[-1]):
        # a row pasted flat: "Cù Thị Nguyệt Thư ký thi hành án", "Lưu Đức Hạnh Chấp hành
        # viên": the last word opens the next column's title, the name is the three before
        take, folded = take[:-1], folded[:-1]
    if len(take) >= 4 and not upper_style and _opens_a_field(text, take[-1], folded[1], middles):
        # a form flattened by a PDF or an OCR: "Bệnh nhân: Đỗ Hoài Nam Giới: Nam", "Họ tên:
        # Nông Thị Thảo Dân tộc: Tày"; an appraisal's "Khổng Thị Duyên Hoàn thành tốt": the
        # last word opens the next field's label or an everyday word, the name is before it
        take, folded = take[:-1], folded[:-1]
    # trim trailing words that start something else: a place ("... Hà Nội"), a unit or a
    # cue word; unknown capitalised words stay (many ethnic-minority given names)
    while len(take) > 1 and folded[-1] in EN_UNITS:
        take.pop()
        folded.pop()
    if len(take) < 2:
        return None
    start, end = take[0][0], take[-1][1]
    if text[end - 1] == ".":
        end -= 1
    elif text.endswith(("'s", "\u2019s"), start, end) and end - start > 3:
        end -= 2  # an English possessive: "General Secretary Tô Lâm's speech"
    if not upper_style and figure_word_before(doc, start):
        for k in range(len(take), 1, -1):
            if is_public_figure(text[start : take[k - 1][1]]):
                # "tư tưởng của Chủ tịch Hồ Chí Minh", "vua Lý Công Uẩn": the figure, though
                # the name is also a city's or follows a word that names places too
                return _figure(start, take[k - 1][1], detector_id)
    if not upper_style and monarch_before(doc, start):
        return _figure(start, end, detector_id)  # "vua Lê Thái Tổ": a monarch, historical
    nxt = _LOWER_NEXT.match(text, end) if len(take) == 2 else None
    if (
        nxt is not None
        and nxt.group(1).islower()
        and (
            spelling(f"{text[take[1][0] : take[1][1]]} {nxt.group(1)}") in title_openings()
            if not nxt.group(1).isascii()
            else (
                text[take[1][0] : take[1][1]].isascii()
                and fold_word(f"{text[take[1][0] : take[1][1]]} {nxt.group(1)}")
                in title_openings_folded()
                and plain_line(doc, start)
            )
        )
    ):
        return None  # "Lăng Chủ tịch Hồ Chí Minh", "Lang Chu tich ...": the run ends inside
        # a title
    phrase = " ".join(folded)
    three_part = len(folded) >= 3 and folded[1] in middles and folded[2] in givens
    raws = [text[a:b] for a, b in take]
    if upper_style and _surname_unspelled(raws):
        return None  # "XEM XONG TRẢ LẠI": "XONG" is no "XỒNG" where the run has its marks
    if (
        not raws[0].isascii()
        and reader_for(doc, spelling, SPELLINGS_HELD)(f"{raws[0]} {raws[1]}") in title_openings()
    ):
        return None  # "Phó Trưởng Công an xã", "PHÓ TRƯỞNG PHÒNG": a title's first words
        # spelled so, no Mr Phó (typed without diacritics "pho truong" is left to the cue)
    if (
        not upper_style
        and known_phrase(phrase, " ".join(raws))
        and is_public_figure(text[start:end])
        and history_event_near(doc, start, end)
        and place_word_before(doc, start) is None
    ):
        return _figure(start, end, detector_id)  # "chiến thắng năm 938 của Ngô Quyền": the
        # figure, though a district bears the name
    if not upper_style and known_phrase(phrase, " ".join(raws)):
        mark = namesakes_mark(doc, start, end)
        if mark is not None:
            # "ông Ngô Quyền sinh năm 1980": a private namesake of the figure a district is
            # named after; the public-role judgement keeps it private for the same mark, and
            # the finding's reason names both (ai_guard.public_role.private_role_context)
            return Detection(
                EntityType.PERSON,
                start,
                end,
                SCORE_CUED,
                detector_id,
                pattern="public_role.private",
                base_score=BASE_SURNAME_FIRST,
                context=f"historical | {mark}",
            )
    if known_phrase(phrase, " ".join(raws)) or (
        not three_part
        and known_phrase(" ".join(folded[:2]), " ".join(raws[:2]))
        and not cued_gendered(doc, start, folded, cues)
    ):
        return None
    if len(folded) > 3 and known_phrase(" ".join(folded[:3]), " ".join(raws[:3])):
        return None  # "BAN CHỈ ĐẠO TỈNH": an agency's name, "Ban chỉ đạo" then its level
    if upper_style and _capitals_word(doc, take, raws):
        return None
    place_word = place_word_before(doc, start)  # not "già làng Nguyễn Văn An"
    if place_word and _office_of_unit(
        doc, start, folded, three_part or (len(folded) >= 3 and folded[1] in _GENDER_MIDDLES)
    ):
        # "Chủ tịch UBND tỉnh Nguyễn Văn Hải": the holder, not the province; "Sầm Văn Tước":
        # "Văn" / "Thị" make a name's shape whatever given name follows
        place_word = None
    if (
        place_word
        and place_word != "cong ty"
        and not _spelled_as_place_word(doc, start, place_word)
    ):
        place_word = None  # "nhắn lại cho Nguyễn An": "cho" typed so is no "chợ" (a company's
        # lead is checked spelled where it is found: "Công ty TNHH MTV" ends in "MTV")
    if place_word == "xom" and _neighbour(doc, start):
        place_word = None  # "hàng xóm Thái Bảo Long": a neighbour, not the hamlet's name
    if place_word == "bac" and _kin_bac(doc.text, start):
        place_word = None  # "nhờ bác Trần Văn An": the kin word, not "Bác" (Hồ Chí Minh)
    if place_word and not (len(place_word) <= 3 and plain_line(doc, start)):
        # (without diacritics "ho", "so", "nha" are as often "họ", "số", "nhà" as places)
        return None
    if not NEVER_IN_NAMES.isdisjoint(folded[1:]) and any(
        w in NEVER_IN_NAMES and is_legal_word(text[a:b], doc.folded[b : b + 8])
        for w, (a, b) in zip(folded[1:], take[1:], strict=True)
    ):
        return None  # "Như Điều 2", "Lê Luật"; "Lê Thị Diệu Hằng" is a name
    if (
        folded[0] in NEVER_IN_NAMES
        and len(folded) > 1
        and len(folded[1]) == 1
        and (raws[0].isascii() or spelling(raws[0]) in LEGAL_SPELLINGS)
    ):
        return None  # "khoản X Dieu A Bộ luật": an article's placeholder, no "Điêu A Bộ"
    if street_name(doc, start, end, folded):
        return None
    if (
        len(take) >= 3
        and folded[0] in _UNIT_SURNAMES
        and (raws[0].isascii() or folded[0] == "duong")
        and _figure_from(text, take[1][0], end)
    ):
        # "Phuong Tran Hung Dao" typed so: a ward named after the figure; "Đường Phan Bội
        # Châu", "Đường Nguyễn Thị Minh Khai" heading a line: a street, not a Mr Đường
        return None
    if is_public_figure(text[start:end], doc) and not cue_before(
        strong_cues(), doc, start, CUE_REACH
    ):
        # a historical figure without a cue ("Phan Bội Châu là nhà yêu nước"): reported, at a
        # score that yields to an address holding it, and kept visible by the public-role
        # judgement (ai_guard.public_role); in capitals, a heading or a school's name
        if upper_style or among_places(doc, start, end):
            return None
        return _figure(start, end, detector_id)
    if is_template_name(doc, folded, start):
        return None  # "ví dụ: Họ và tên: NGUYỄN VĂN A": a form's template, nobody's name
    cue = cue_before(cues, doc, start, CUE_REACH) or signature_cue(doc, start, end)
    if cue is None and doc.folded.endswith(" la ", 0, start):
        # "vợ là Kim Thị Sóc Khiêm", "con trai là Lê Minh Khang": the cue before "là"
        cue = cue_before(cues, doc, start - 3, CUE_REACH)
    last = folded[-1]
    middle_ok = all(w in middles or w in givens for w in folded[1:-1])
    last_ok = last in givens or len(last) == 1
    if cue:
        score = SCORE_CUED
    elif len(take) >= 3 and middle_ok and last_ok:
        score = SCORE_FULL_NAME
    elif len(take) >= 3 and last_ok:
        score = SCORE_THREE_WORDS
    elif len(take) == 2 and last_ok and folded[1] in givens:
        # "Trần Hưng" with no cue: as often a company, a shop, a place or "Đoàn Thanh
        # niên" as a person; reported only if a policy lowers min_score, or where a person
        # stands: after "cho", "của", "với" ... and before the clause goes on ("nhắn lại cho
        # Nguyễn An là mai họp", "lý lịch của Nguyễn An và ...")
        score = SCORE_TWO_WORDS
        if nxt is not None and nxt.group(1).islower() and everyday_pair(raws[1], nxt.group(1)):
            # "Truong Thi hanh an dan su tinh": the given name starts an everyday word that the
            # lower-case word after it ends ("Trưởng Thi hành án": a title, then the agency)
            return None
        if (
            _PERSON_BEFORE.search(doc.folded, max(0, start - 8), start)
            and _CLAUSE_GOES_ON.match(doc.folded, end)
            and (folded[0] in _COMMON_SURNAMES)
        ):
            score = SCORE_THREE_WORDS
    elif len(take) >= 3 and _middle_shaped(doc, take, folded, not_names):
        # "Lò Văn Pọm", "Thạch Thị Sa Rết", "Sùng A Páo": a given name outside the lexicon
        # after a typical middle name
        score = SCORE_MIDDLE_SHAPE
    elif _khmer_shaped(raws, folded):
        # "Danh Sô Phia", "Kim Sô Phal": a Khmer family name and a two-syllable given name
        score = SCORE_MIDDLE_SHAPE
    elif len(take) == 3 and middle_ok and _titled_rare_given(doc, start, end, raws[-1]):
        # "Phó Chủ tịch UBND tỉnh Gia Lai Đinh Hữu Thạc", "PHÓ CHỦ TỊCH⏎Thái Quang Thiều": a
        # given name no lexicon holds after a surname and a middle name, an office's title
        # before it (the public-role judgement decides what stays visible)
        score = SCORE_CUED
    else:
        return None
    if upper_style:
        verdict = _in_capitals(
            doc,
            start,
            end,
            cue,
            score,
            middle_ok and last_ok and len(take) >= 3,
            # "HÀ VĂN BẢN - THÔN 3": văn bản, no name
            shaped=score == SCORE_MIDDLE_SHAPE and not everyday_pair(folded[1], folded[2]),
        )
        if verdict is None:
            return None
        cue, score = verdict
    return Detection(
        EntityType.PERSON,
        start,
        end,
        score,
        detector_id,
        pattern="person.surname_first",
        base_score=BASE_SURNAME_FIRST,
        context=cue,
    )


#: up to four lower-case words after a run's last word
_LOWER_WORDS_AFTER = re.compile(r"(?: [^\W\d_]+){1,4}")


def _opens_a_title(text: str, word: tuple[int, int]) -> bool:
    """Whether ``word`` and the lower-case words after it spell an official's title of three
    words or more (:func:`long_titles`: "Thư ký thi hành án", "Chấp hành viên")."""
    m = _LOWER_WORDS_AFTER.match(text, word[1])
    if m is None:
        return False
    after = m.group().split()
    titles = long_titles()
    for n in range(len(after), 1, -1):
        if not all(w.islower() for w in after[:n]):
            continue
        if spelling(" ".join([text[word[0] : word[1]], *after[:n]])) in titles:
            return True
    return False


#: a form's field labels (folded) whose first word a name's last capitalised word may be
#: where a PDF or an OCR ran the fields into one line ("Giới: Nam", "Sinh năm: 1962")
_FIELD_LABELS = frozenset(
    ("gioi tinh", "gioi", "sinh nam", "sinh ngay", "nam sinh", "ngay sinh", "dan toc",
     "noi sinh", "que quan", "ton giao", "quoc tich", "nghe nghiep", "chuc vu", "dien thoai",
     "dia chi", "don vi", "cccd", "cmnd")
)  # fmt: skip
#: up to two lower-case words and a colon (or a value's first digit) after a word: a field's
#: label ends there
_FIELD_AFTER = re.compile(r"((?:[ \t][^\W\d_]+){0,2})(?:[ \t]*:|[ \t]+(?=\d))")


def opens_a_field_label(text: str, word: tuple[int, int]) -> bool:
    """Whether the capitalised ``word`` opens a form's field label with the lower-case words
    after it, up to its colon or its value's digits (``_FIELD_LABELS``: "Giới: Nam", "Dân
    tộc: Tày", "Ngày sinh 03/04/1990"): where a PDF or an OCR ran a form's fields into one
    line, the word is the next field's, not a name's."""
    raw = text[word[0] : word[1]]
    if not raw[:1].isupper():
        return False
    m = _FIELD_AFTER.match(text, word[1])
    if m is None:
        return False
    rest = m.group(1).split()
    return all(w.islower() for w in rest) and fold_word(" ".join([raw, *rest])) in _FIELD_LABELS


def _opens_a_field(text: str, word: tuple[int, int], second: str, middles: frozenset[str]) -> bool:
    """Whether the last word of a name of four words or more (``word``; ``second``: the
    name's second word, folded) opens what follows it rather than ends the name: a field's
    label with the lower-case words and the colon after it (``_FIELD_LABELS``: "Giới: Nam",
    "Dân tộc: Tày", "Sinh năm: 1962"), or an everyday word with the lower-case word after it
    ("Hoàn thành tốt"), the three words before shaped as a name (a middle name second)."""
    if second not in middles:
        return False
    if opens_a_field_label(text, word):
        return True
    raw = text[word[0] : word[1]]
    nxt = _LOWER_NEXT.match(text, word[1])
    return (
        nxt is not None
        and nxt.group(1).islower()
        and everyday_pair(raw.lower(), nxt.group(1), places=False)
    )


#: the middle names that mark a name's second word ("Văn" for men, "Thị" for women): after a
#: surname they open a name, they never close one
_GENDER_MIDDLES = frozenset({"van", "thi"})
#: the same as spelled with diacritics: "Vân", and "Thi" among words typed with them, after a
#: surname in a name are its given names ("Phùng Thị Hà Vân", "Lê Thị Mai Thi"), no second
#: name's "Văn" / "Thị"
_GENDER_SPELLINGS = frozenset({spelling("văn"), spelling("thị")})


_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


def _next_name_at(text: str, words: list[tuple[int, int]], i: int, folded: list[str]) -> int:
    """Where a second full name starts inside the run read from ``words[i]`` (``folded``: its
    words taken so far), 0 if none: a surname, two words on or more, followed by "Văn" or
    "Thị" (so spelled where the text has diacritics: "Phùng Thị Hà Vân" is one name), the next
    word taken or the one a space after the run. Names typed one after another with
    no separator, as a signature block's columns flattened onto one line ("Nguyễn Văn An
    Trần Thị Bình Lê Văn Cường"), were read as one name and the rest left visible."""
    surnames = lexicons().surnames
    for k in range(2, len(folded)):
        if folded[k] not in surnames:
            continue
        if k + 1 < len(folded):
            nxt = folded[k + 1]
            raw = text[words[i + k + 1][0] : words[i + k + 1][1]]
        else:
            # the word one space after the run (the run's words may stop short of it)
            after = _WORD_AFTER.match(text, words[i + k][1])
            if after is None or not after.group(1)[0].isupper():
                break  # "Nguyễn Thị Lan Lê văn bản": no name goes on in lower case
            raw = after.group(1)
            nxt = fold(raw)
        if (
            nxt in _GENDER_MIDDLES
            and (
                spelling(raw) in _GENDER_SPELLINGS
                # typed without diacritics, a name's words all so ("Nguyen Van An Tran Thi Binh")
                or (raw.isascii() and text[words[i][0] : words[i + k][1]].isascii())
            )
        ):
            return k
    return 0


#: words that make the figures' names after them in the same line streets, schools, squares
_PLACES_BEFORE = re.compile(
    r"(?<![a-z])(?:duong|pho|nut giao|nga tu|nga ba|nga sau|quang truong|truong|cau|cong vien|"
    r"dai lo|tuyen|lo trinh|street|road|boulevard|avenue|school)(?![a-z])"
)
#: English words that make the figure's name before them a street, a school, a square
#: ("Nguyen Hue walking street"); Vietnamese puts its place words before the name, and after
#: it "câu hỏi", "trường hợp" are no bridge, no school
_PLACES_AFTER = re.compile(
    r"(?<![a-z])(?:street|st|road|rd|boulevard|blvd|avenue|ave|school|square|bridge|park)(?![a-z])"
)
_LIST_DASH = re.compile(r"\s[-–—]\s*$")


#: a middle name cut to its initial and a full stop, right after the surname, then the given
#: name or names in title case ("Trương V. Hào", "Lê T. Kim Dung": a run of capitalised words
#: stops at the full stop)
_AFTER_INITIAL = re.compile(r"\. ?([^\W\d_]+)(?: ([^\W\d_]+))?(?![^\W\d_])")


def _after_middle_initial(
    text: str, take: list[tuple[int, int]], givens: frozenset[str]
) -> list[tuple[int, int]]:
    """``take`` (a surname and a one-letter word) with the given name or names after the
    letter's full stop: an initial right after a surname is a middle name cut short, not the
    initial that ends an anonymised name ("Nguyễn Xuân T."), when a given name follows it (the
    last word a lexicon given name, each in title case); ``take`` as it was otherwise
    ("Nguyễn V. Hôm nay ...": "Hôm" is no given name)."""
    (a, b) = take[1]
    if b - a != 1 or not text[a].isupper():
        return take
    m = _AFTER_INITIAL.match(text, b)
    if m is None:
        return take
    words = [m.span(1)] if m.group(2) is None else [m.span(1), m.span(2)]
    if len(words) == 2:
        after = _WORD_AFTER.match(text, words[1][1])
        if after is not None and fold(after.group(1)) in _GENDER_MIDDLES:
            words.pop()  # "Lê V. Kim Trần Thị Hoa": the second word opens the next name
    if len(words) == 2 and not text[words[1][0] : words[1][1]].istitle():
        words.pop()  # "ông Lê V.Tám ký nhận": the name ends before a word in lower case
    while words and fold(text[words[-1][0] : words[-1][1]]) not in givens:
        words.pop()
    if not words or not text[words[0][0] : words[0][1]].istitle():
        return take
    return [*take, *words]


def _fifth_word(
    text: str,
    word: tuple[int, int],
    take: list[tuple[int, int]],
    folded: list[str],
    middles: frozenset[str],
    givens: frozenset[str],
) -> list[tuple[int, int]]:
    """``take`` with a fifth word when a surname, a middle name and two given names are
    followed, one space on, by one more given name ("Lê Thị Thu Hạ Vy"); the last two not a
    known place or phrase ("Nguyễn Văn Minh Hà Nam" ends with the province)."""
    ws, we = word
    raw = text[ws:we]
    if text[take[-1][1] : ws] != " " or not raw[:1].isupper() or raw.isupper():
        return take
    last = fold(raw)
    if folded[1] not in middles or folded[3] not in givens or last not in givens:
        return take
    if known_phrase(f"{folded[3]} {last}", f"{text[take[3][0] : take[3][1]]} {raw}"):
        return take
    return [*take, word]


def among_places(doc: Document, start: int, end: int) -> bool:
    """A historical figure's name that is plainly a street or a school: in a line after a
    street or school word ("đường Nguyễn Thị Minh Khai và Võ Văn Tần", "nút giao Lê Duẩn –
    Tôn Đức Thắng", "Trường THPT chuyên Lê Quý Đôn"), in a dashed route ("Hùng Vương - Trần
    Phú - Lê Duẩn"), or before an English street word ("Nguyen Hue walking street")."""
    line_start, line_end = line_bounds(doc.text, start)
    folded = doc.folded
    lo = max(line_start, start - 60)
    if _PLACES_BEFORE.search(folded, lo, start) or _LIST_DASH.search(folded, lo, start):
        return True
    hi = min(end + 30, line_end if line_end >= 0 else len(folded))
    after = folded[end:hi]
    return bool(re.match(r"\s*[-–—]\s*[a-z]", after) or _PLACES_AFTER.search(after[:20]))


#: the capitalised word right before a run in capitals, one space apart
_CAPITAL_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _capitals_word(doc: Document, take: list[tuple[int, int]], raws: list[str]) -> bool:
    """Whether a run in capitals is led by the second half of an everyday word or is one
    itself, written with diacritics: "PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH" ("quản lý": "LÝ" is
    no surname there), "CÔNG AN TỈNH" ("công an"). Names keep theirs: "LÝ VĂN AN", "ÔNG LÝ
    HÙNG", "CÔNG THỊ NGA" ("Văn", "Thị" after the surname make the name's shape); "TRA" after
    "KIỂM" ("KIỂM TRA THỊ TRƯỜNG"): the half of "kiểm tra", no surname Trà."""
    first = raws[0].lower()
    # typed without diacritics, "cong an" may be the name Công An; a word spelled without
    # them after one spelled with them is spelled so ("KIỂM TRA THỊ TRƯỜNG": "kiểm tra")
    if (
        not first.isascii()
        and raws[1].upper() not in ("VĂN", "THỊ")
        and everyday_pair(first, raws[1].lower())
    ):
        return True
    start = take[0][0]
    before = _CAPITAL_WORD_BEFORE.search(doc.text, max(0, start - 12), start)
    return (
        before is not None
        and before.group(1).isupper()
        and not before.group(1).isascii()
        and everyday_pair(before.group(1).lower(), first)
    )


#: the lower-case word right after a capitalised run
_LOWER_NEXT = re.compile(r" ([^\W\d_]+)")
#: the placeholder letter of a template name ("Nguyễn Văn A", "Trần Thị B")
_TEMPLATE_LETTER = re.compile(r"[abcxyz]$")
#: words that introduce an example or a template ("ví dụ:", "mẫu:", "chẳng hạn")
_EXAMPLE_BEFORE = re.compile(
    r"(?<![a-z])(?:vi du|chang han|thi du|mau|gia su|ten gia|e\.g\.|for example|example"
    r"|template|placeholder|sample|dummy)(?![a-z])"
)


#: a council or committee and its level right before a name ("UBND tỉnh", "HĐND huyện"): the
#: name after them is the office holder's ("Chủ tịch UBND tỉnh Nguyễn Văn Hải")
#: the words after which a surname and a given name are a person's name more often than a
#: company's or a shop's (folded)
_PERSON_BEFORE = re.compile(r"(?<![a-z])(?:cho|cua|voi|va|giua|gui|nhan|cc|hoac)[ \t]+$")
#: what follows a two-word name whose clause goes on (folded)
_CLAUSE_GOES_ON = re.compile(
    r"[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:la|va|voi|xem|hoac|da|dang|se|co|khong|noi|bao)(?![a-z])"
)
#: the surnames most people bear (a two-word run led by another is a company, a place or a
#: Chinese poet as often: "Lý Bạch", "Đỗ Phủ")
_COMMON_SURNAMES = PLAIN_SURNAMES | frozenset({"vo", "phan", "bui", "dang", "ngo"})


_UNIT_OFFICE_BEFORE = re.compile(
    r"(?:(?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|dang uy|mat tran to quoc|cong an)[ \t]+"
    r"(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong)"
    # the head of a village or a residents' group ("ông trưởng thôn Cấn Văn Dự", "tổ
    # trưởng tổ dân phố Lê Thị Hoa")
    r"|"
    + UNIT_HEAD
    # the National Assembly's officers and deputies ("Phó Chủ tịch Quốc hội Nguyễn Khắc
    # Định", "đại biểu Quốc hội Lê Thị Hà"): "hội" ends the body, no association named so
    + r"|(?<![a-z])quoc[ \t]+hoi)[ \t]+$"
)


#: what may stand between a place word and the name after it ("chợ: Nguyễn An")
_PLACE_WORD_TAIL = frozenset(" \t:.,;()[]\"'/*-")


def _spelled_as_place_word(doc: Document, start: int, word: str) -> bool:
    """Whether the place word (folded) that ends before ``start`` is written as one: in a line
    typed with diacritics, "cho" without them is "cho" (for), not "chợ" (a market)."""
    text = doc.text
    end = start  # the end of ``text[:start]`` with what ``_PLACE_WORD_TAIL`` holds stripped
    while end > 0 and text[end - 1] in _PLACE_WORD_TAIL:
        end -= 1
    # the last ``len(word)`` characters before it (the whole text before it was copied for
    # each name: quadratic on a long line), as ``head[len(head) - len(word):]`` reads them
    cut = end - len(word)
    raw = text[cut:end] if cut >= 0 else text[:end][cut:]
    if not raw.isascii() or plain_line(doc, start):
        return True  # spelled with diacritics (the cue set asked), or typed without any
    return spelling(raw) in NOT_PERSON_BEFORE_SPELLINGS


def _office_of_unit(doc: Document, start: int, folded: list[str], three_part: bool) -> bool:
    """Whether a full name ("Nguyễn Văn Hải": surname, "văn"/"thị" or a middle name, given
    name) stands right after "UBND tỉnh", "trưởng thôn", "Quốc hội" and the like: a province,
    a commune, a village or the National Assembly is never named so, its office holder is."""
    if not three_part:
        return False
    return _UNIT_OFFICE_BEFORE.search(doc.folded, max(0, start - 40), start) is not None


def is_placeholder_name(folded: Sequence[str]) -> bool:
    """Whether folded name words are a template's placeholder ("Nguyễn Văn A", "Trần Thị B"):
    a surname, "văn"/"thị" and a placeholder letter (A, B, C, X, Y, Z; not the initial an
    anonymised judgment keeps, "Nguyễn Xuân T")."""
    return (
        len(folded) == 3
        and folded[1] in ("van", "thi")
        and _TEMPLATE_LETTER.match(folded[2]) is not None
    )


#: surnames that, typed without diacritics, are a place's unit word ("Phuong" phường, "Duong"
#: đường, "Pho" phố): before a figure's name they name a ward or a street
_UNIT_SURNAMES = frozenset({"phuong", "duong", "pho", "quan", "huyen", "xa"})


#: the capitalised word after a name ("Khai" after "Nguyễn Thị Minh")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


#: a house number or a lane right before a name (folded): "12 Ngô Quyền", "ngõ 5/12 Lê Lợi"
#: name a street, whatever follows
_NUMBER_BEFORE = re.compile(r"[0-9][0-9a-z/-]*[ \t,]*$")


def namesakes_mark(doc: Document, start: int, end: int) -> str | None:
    """The private person's mark beside a historical figure's name that is also a place's
    ("Ngô Quyền", "Quang Trung", "Lê Lợi"): a birth year, an ID, a residence, a kin word, a
    party's label or a complaint after or before it (``public_role.private_context``), the
    name after no place word and no house number (:func:`named_after_place`); None for the
    figure in history ("Ngô Quyền đánh tan quân Nam Hán")."""
    if not is_public_figure(doc.text[start:end]) or named_after_place(doc, start):
        return None
    from ai_guard.public_role import private_context

    return private_context(doc, start, end)


def named_after_place(doc: Document, start: int) -> bool:
    """Whether the name at ``start`` follows a place word or a house number ("quận Ngô Quyền",
    "12 Ngô Quyền": a place named after someone), on its line or, the name opening its line,
    at the end of the line before: a hard-wrapped or exported text breaks an address anywhere
    ("số 12 đường⏎Quang Trung")."""
    folded = doc.folded
    line_start = folded.rfind("\n", 0, start) + 1
    ends = [start]
    if line_start > 0 and not folded[line_start:start].strip():
        ends.append(len(folded[: line_start - 1].rstrip("\r")))  # the line before's end
    return any(
        place_word_before(doc, at) is not None
        or _NUMBER_BEFORE.search(folded, max(0, at - 12), at) is not None
        for at in ends
    )


def _figure_from(text: str, start: int, end: int) -> bool:
    """Whether a public figure's name starts at ``start`` and ends at ``end`` or one word
    later (a name read to its fourth word stops before the figure's last: "Nguyễn Thị Minh"
    of "Nguyễn Thị Minh Khai")."""
    if is_public_figure(text[start:end]):
        return True
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1)[:1].isupper() and is_public_figure(text[start : m.end()])


def is_template_name(doc: Document, folded: list[str], start: int) -> bool:
    """Whether the folded name words starting at ``start`` are a form's template in a prompt
    ("ví dụ: Họ và tên: Nguyễn Văn A"): a placeholder name after an example word."""
    return (
        is_placeholder_name(folded)
        and _EXAMPLE_BEFORE.search(doc.folded, max(0, start - 60), start) is not None
    )


def cued_gendered(doc: Document, start: int, folded: list[str], cues: CueSet) -> bool:
    """Whether a run whose first two words are a known place is a cued name of three words
    with "Văn" / "Thị" in the middle: "công dân Đồng Văn Nhượng", "ông Đồng Văn Khẩn" (the
    district "Đồng Văn" has no third word; its given names outside the lexicon are many)."""
    return (
        len(folded) == 3
        and folded[1] in _GENDER_MIDDLES
        and cue_before(cues, doc, start, CUE_REACH) is not None
    )


def _middle_shaped(
    doc: Document, take: list[tuple[int, int]], folded: list[str], not_names: frozenset[str]
) -> bool:
    """The second word is a typical middle name, spelled as one ("Văn", "Thị"; the Hmong "A",
    "Seo", "Mí"), and no later word is a cue or opens a known place or phrase."""
    text = doc.text
    middle = text[take[1][0] : take[1][1]]
    if not (is_typical_middle(middle) or (folded[1] in _MINORITY_MIDDLES and middle[0].isupper())):
        return False
    if folded[1] not in ("van", "thi") and folded[1] not in _MINORITY_MIDDLES:
        return False  # "Hữu", "Đức", "Xuân" are given names as often
    words_that_cue = cue_words()
    for (a, b), w in zip(take[2:], folded[2:], strict=True):
        if w in words_that_cue and spelled_as_cue(text[a:b], doc, a):
            return False
    return all(" ".join(folded[k : k + 2]) not in not_names for k in range(2, len(folded)))


def _khmer_shaped(raws: list[str], folded: list[str]) -> bool:
    """A Khmer family name (``KHMER_CLANS``: Thạch, Danh, Kim, Sơn, Lâm, Chau, Néang), then a
    two-syllable given name whose first syllable opens no Kinh given name, written with
    diacritics ("Danh Sô Phia", "Kim Sô Phal", "Sơn Sóc Kha"; not "Kim Sơn Hà", not "Danh So"
    typed without them, where "so", "soc" are everyday words)."""
    return (
        len(raws) == 3
        and folded[0] in KHMER_CLANS
        and not raws[1].isascii()
        and khmer_given_head(raws[1])
        and not everyday_pair(raws[1], raws[2])
    )


#: a numbered list item's opening, alone before a name ("1. ", "12) ")
_LIST_ITEM = re.compile(r"[ \t]*\d{1,3}[.)][ \t]*")
#: what follows a name in a list row: a dash, a comma, a semicolon, a tab, or the line's end
_ROW_AFTER = re.compile(r"[ \t]*(?:[-–,;|\t(]|\r?$)", re.MULTILINE)


#: a birth year after a dash or a comma right after a name in such a list
_YEAR_FIELD_AFTER = re.compile(r"[ \t]*[-\u2013,][ \t]*(?:19|20)\d\d(?!\d)")


#: what may open a list's row before a name: nothing, a bullet or a number
_ROW_OPENING = re.compile(r"[ \t]*(?:(?:[-*•+]|\d{1,3}[.)])[ \t]*)?")
#: a value right after a name in a row: one space or a tab, then a word holding two digits
#: or more (a plate, a phone, a birth year, an identifier)
_VALUE_AFTER = re.compile(r"[ \t]+[^\s\d]{0,4}\d[^\s]*\d")


def _value_row(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether a name opens its line (after a bullet or a number at most) and a value follows
    it right away: a row of a list, in capitals, of people and their plates, phones, years."""
    return _ROW_OPENING.fullmatch(text, line_start, start) is not None and (
        _VALUE_AFTER.match(text, end) is not None
    )


#: Hmong middle names (``minority_names.tsv`` lists them with the Thái "Văn", "Thị")
_MINORITY_MIDDLES = frozenset({"a", "seo", "mi"})


def _in_capitals(
    doc: Document,
    start: int,
    end: int,
    cue: str | None,
    score: float,
    full_name: bool,
    *,
    shaped: bool = False,
) -> tuple[str | None, float] | None:
    """A name in capitals follows a cue or a label ("Họ và tên: NGUYỄN VĂN AN"), or stands
    alone on its line (a signature block); anything else in capitals is a heading (None).
    Returns the cue (dropped where it is a word of an all-caps heading) and the score.
    ``shaped``: a surname, "VĂN"/"THỊ" and a given name outside the lexicon ("CẦM THỊ PÍNH"),
    a name in a numbered list's row only."""
    text = doc.text
    line_start, _ = line_bounds(text, start)
    _, line_end = line_bounds(text, end)
    before = text[line_start:start].strip(" \t-–*•.:()[]")
    after = text[end : line_end if line_end >= 0 else len(text)].strip(" \t-–*•.,;:()[]")
    label = text[line_start:start].rstrip().endswith(":")
    if cue and (before.isupper() or after.isupper()) and not label:
        cue = None  # a cue inside an all-caps heading ("BAN CHI DAO") is a word of it
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    heading = not any(c.islower() for c in line)
    if (
        not cue
        and (full_name or shaped)
        and _LIST_ITEM.fullmatch(text[line_start:start])
        and _ROW_AFTER.match(text, end)
    ):
        # a numbered list of people in capitals, each with a village or a unit after a dash
        # or a comma ("1. LÒ VĂN PÁNH - BẢN NÀ PHẶC", "2. CẦM THỊ XOAN, THÔN 3"; a Thái
        # given name outside the lexicon too: "2. CẦM THỊ PÍNH - BẢN HUỔI MẸT"; the rest of
        # the row in ordinary case: "2. VÀNG MÍ LỀNH - lớp 8B"): a row, no heading
        return None, min(score, SCORE_CAPITALS_WITHOUT_CUE)
    if (
        not cue
        and (full_name or shaped)
        and text[line_start:start].rstrip(" \t").endswith((";", ":"))
        and _YEAR_FIELD_AFTER.match(text, end)
    ):
        # a list run on one line, its items parted by semicolons, each a name and a birth
        # year after a dash ("DANH SÁCH HỘ NGHÈO: HÀ VĂN LÂM - 1949 - BẢN ...; HOÀNG THỊ PẰNG
        # - 1953"): rows, no heading
        return None, min(score, SCORE_CAPITALS_WITHOUT_CUE)
    if not cue and (full_name or shaped) and _value_row(text, line_start, start, end):
        # a row of a list pasted in capitals, the name first and a value after it (a plate,
        # a phone, a birth year: "NGHIEM VAN THAI 35B1-672.40 XOM 2", "- LO VAN PANH 1962
        # BAN NA"): a row, no heading (a heading holds no value right after a full name)
        return None, min(score, SCORE_CAPITALS_WITHOUT_CUE)
    if not cue and not label and (before or after) and heading:
        return None  # part of a heading; in a sentence ("my son NGUYỄN GIA HUY") fine
    if not cue and not full_name:
        return None
    if not cue:
        score = min(score, SCORE_CAPITALS_WITHOUT_CUE)
    return cue, score


def _titled_rare_given(doc: Document, start: int, end: int, given: str) -> bool:
    """Whether ``given`` (the last of three capitalised words) is a Vietnamese syllable and an
    office's title vouches for the name (:func:`ai_guard.public_role.title_cue`)."""
    from ai_guard.public_role import title_cue

    return (
        given[:1].isupper()
        and given[1:].islower()
        and is_vietnamese_syllable(given)
        and title_cue(doc, start, end)
    )
