"""Names and addresses as people write them (issue 15): the strategies behind
:mod:`ai_guard.testing.strategies`' ``name_prompts``, ``minority_name_prompts``,
``foreign_name_prompts``, ``short_reference_prompts``, ``address_prompts``, ``chat_prompts`` and
``chat_fillers``.

Each prompt strategy gives a :class:`~ai_guard.testing.strategies.LabelledPrompt`: the text, the
exact ``(start, end, entity)`` spans a guard must redact (``PERSON``, ``ADDRESS``) and the
``shape`` it was drawn in (``"name.table_markdown.upper"``, ``"minority.ede.proper"``, ...).

Kinh names come from the detection lexicons (``data/detectors/surnames.txt``,
``middle_names.txt``, ``given_names.txt``); minority and foreign names, places and the clean chat
sentences from ``data/testing/`` (test data, never read by a detector). Names that are also a
public figure's, a place's or a common phrase's are never drawn: a guard rightly keeps them.

A text is built from segments ``(text, entity or None)``; the writing (case, diacritics) is
applied segment by segment, so that the spans stay exact whatever it does to lengths.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from hypothesis import reject
from hypothesis import strategies as st

from ai_guard.testing._base import LabelledPrompt
from ai_guard.testing._base import fold as _fold
from ai_guard.text import data

__all__ = [
    "ADDRESS_SHAPES",
    "FOREIGN_ORIGINS",
    "MINORITY_GROUPS",
    "NAME_CONTEXTS",
    "WRITINGS",
    "Writing",
    "address_prompts",
    "chat_fillers",
    "chat_prompts",
    "cued_plain_name_prompts",
    "foreign_name_prompts",
    "foreign_names",
    "given_name_prompts",
    "khmer_list_prompts",
    "kinh_names",
    "lower_middle_name_prompts",
    "minority_name_prompts",
    "minority_names",
    "name_prompts",
    "short_name_list_prompts",
    "short_reference_prompts",
]

Writing = Literal["proper", "upper", "lower", "folded", "folded_lower"]
#: how a prompt is written: as typed in a document (``proper``), names in capitals as forms and
#: tables write them (``upper``), chat in lower case (``lower``), without diacritics as typed on
#: a phone (``folded``), both (``folded_lower``)
WRITINGS: tuple[Writing, ...] = ("proper", "upper", "lower", "folded", "folded_lower")
#: where a Kinh name stands in :func:`name_prompts`
NAME_CONTEXTS = (
    "honorific",
    "older_honorific",
    "label",
    "self_introduction",
    "table_markdown",
    "table_tsv",
    "line_break",
    "list_item",
    "chat_speaker",
    "mid_sentence",
)
#: the naming customs of :func:`minority_names`
MINORITY_GROUPS = ("ede", "jrai", "bahnar", "hmong", "thai", "khmer")
#: the origins of :func:`foreign_names`
FOREIGN_ORIGINS = ("japanese", "korean", "chinese", "western", "thailand", "laos")
#: the forms of :func:`address_prompts`
ADDRESS_SHAPES = (
    "street",
    "unit_chain",
    "abbreviated",
    "flat",
    "english",
    "home_hamlet",
    "lane_street",
    "lodging",
    "chat_short",
)

_Segment = tuple[str, str | None]
PERSON, ADDRESS = "PERSON", "ADDRESS"


# -- data ----------------------------------------------------------------------------------------


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _words(cell: str) -> tuple[str, ...]:
    return tuple(_nfc(w.strip()) for w in cell.split(";") if w.strip())


@cache
def _names() -> dict[tuple[str, str], tuple[str, ...]]:
    return {(r[0], r[1]): _words(r[2]) for r in data.rows("testing/names.tsv")}


def _part(group: str, part: str) -> tuple[str, ...]:
    return _names().get((group, part), ())


def _key(text: str) -> str:
    return " ".join(_fold(text).lower().split())


@cache
def _kinh_parts() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    drop_s = set(_part("kinh", "exclude_surname"))
    drop_m = set(_part("kinh", "exclude_middle"))
    surnames = tuple(_nfc(s) for s in data.lines("detectors/surnames.txt") if s not in drop_s)
    middles = tuple(_nfc(m) for m in data.lines("detectors/middle_names.txt") if m not in drop_m)
    givens = tuple(_nfc(g) for g in data.lines("detectors/given_names.txt"))
    return surnames, middles, givens


@cache
def _not_private() -> frozenset[str]:
    """Folded names a guard rightly keeps: public figures, places, provinces, common phrases."""
    keys = {_key(n) for n in data.lines("detectors/public_figures.txt")}
    keys |= {_key(n) for n in data.lines("detectors/place_names.txt")}
    keys |= {_key(n) for n in data.lines("detectors/common_capitalised_words.txt")}
    for row in data.rows("detectors/provinces.tsv"):
        keys.add(_key(row[0]))
        if len(row) > 2:
            keys |= {_key(v) for v in row[2].split(";") if v}
    return frozenset(keys)


@cache
def _streets() -> tuple[str, ...]:
    """Streets are named after historical figures: 2-4 word names of public_figures.txt, not
    those that are also a province or a place (``Hồ Chí Minh``)."""
    places = {_key(n) for n in data.lines("detectors/place_names.txt")}
    places |= {_key(row[0]) for row in data.rows("detectors/provinces.tsv")}
    return tuple(
        _nfc(n)
        for n in data.lines("detectors/public_figures.txt")
        if 2 <= len(n.split()) <= 4 and _key(n) not in places
    )


@cache
def _places() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in data.rows("testing/addresses.tsv"):
        out.setdefault(row[0], []).append(tuple(_nfc(c) for c in row[1:]))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _chat(language: str) -> tuple[str, ...]:
    return tuple(_nfc(r[1]) for r in data.rows("testing/chat.tsv") if r[0] == language)


# -- writing and rendering -----------------------------------------------------------------------


def _write(text: str, writing: Writing, is_value: bool) -> str:
    if writing == "upper":
        return text.upper() if is_value else text
    if writing == "lower":
        return text.lower()
    if writing == "folded":
        return _fold(text)
    if writing == "folded_lower":
        return _fold(text).lower()
    return text


def _render(segments: Sequence[_Segment], writing: Writing, shape: str) -> LabelledPrompt:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for piece, entity in segments:
        out = _write(piece, writing, entity is not None)
        if entity is not None:
            spans.append((pos, pos + len(out), entity))
        parts.append(out)
        pos += len(out)
    return LabelledPrompt("".join(parts), tuple(spans), shape)


def _fill(template: str, values: dict[str, _Segment]) -> list[_Segment]:
    """``"Đề nghị {h} {n} bổ sung"`` -> segments, the ``{n}`` and the like replaced by
    ``values`` (a value with an entity becomes a labelled segment)."""
    out: list[_Segment] = []
    rest = template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        name, _, rest = tail.partition("}")
        if before:
            out.append((before, None))
        out.append(values[name])
    if rest:
        out.append((rest, None))
    return out


def _check_choice(kind: str, chosen: Sequence[str] | None, known: Sequence[str]) -> list[str]:
    picked = list(chosen) if chosen is not None else list(known)
    unknown = [c for c in picked if c not in known]
    if unknown or not picked:
        raise ValueError(f"unknown {kind} {unknown}; known: {', '.join(known)}")
    return picked


# -- people --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    """A drawn name: the full name, how a later sentence calls the person (``An``, ``Bia``,
    ``Tanaka``) and whether she is a woman (for the honorific)."""

    full: str
    short: str
    female: bool


_HONORIFICS = {False: ("ông", "anh"), True: ("bà", "chị")}
#: the older generation's kin words, which chat and letters put before a full name as often
#: ("nhờ chú Trần Văn Hải", "cô Lê Thị Lan"); typed without diacritics "co", "chu", "bac" are
#: everyday words too (có, chủ, bắc)
_OLDER_HONORIFICS = {False: ("chú", "bác"), True: ("cô", "bác")}


@st.composite
def _kinh_people(draw: st.DrawFn) -> _Person:
    surnames, middles, givens = _kinh_parts()
    female = draw(st.booleans())
    picked = draw(st.lists(st.sampled_from(middles), max_size=2, unique=True))
    if "Thị" in picked or "Văn" in picked:  # the sex marker, first: "Trần Thị Thu Hà"
        female = "Thị" in picked
        marker = "Thị" if female else "Văn"
        picked = [marker, *(m for m in picked if m not in ("Thị", "Văn"))]
    elif draw(st.booleans()):
        picked.insert(0, "Thị" if female else "Văn")
        picked = picked[:2]
    given = draw(st.sampled_from(givens))
    full = " ".join([draw(st.sampled_from(surnames)), *picked, given])
    words = _key(full).split()
    # a public figure, a place or a phrase is not a private name; nor is a surname before one
    # ("Nguyễn Thái Bình": a province). A given name alone that is also a place ("Nguyễn Thị
    # Huế") stays: a private name, and a hard case worth drawing.
    if _key(full) in _not_private() or (
        len(words) > 2
        and (" ".join(words[1:]) in _not_private() or " ".join(words[:2]) in _not_private())
    ):
        reject()  # nor a name that opens with a province ("Ninh Bình Hữu An" reads the place)
    return _Person(full, given, female)


def kinh_names(*, writing: Writing = "proper") -> st.SearchStrategy[str]:
    """Kinh full names from the package's lexicons: a surname, 0-2 middle names (``Văn`` for a
    man, ``Thị`` for a woman, or any other), a given name; never a public figure's name, a place
    or a common phrase. ``writing`` as in :data:`WRITINGS`."""
    _check_choice("writing", [writing], WRITINGS)
    return _kinh_people().map(lambda p: _write(p.full, writing, True))


@st.composite
def _minority_people(draw: st.DrawFn, group: str) -> _Person:
    female = draw(st.booleans())
    sex = "f" if female else "m"
    given = draw(st.sampled_from(_part(group, "given")))
    if group == "ede":  # Y / H + given + clan: "H Bia Mlô", "Y Ngông Niê Kdăm", "H'Zuan Niê"
        prefix = draw(st.sampled_from(_part(group, f"prefix_{sex}")))
        clan = draw(st.sampled_from(_part(group, "clan")))
        head = f"{prefix}{given}" if prefix.endswith("'") else f"{prefix} {given}"
        return _Person(f"{head} {clan}", head, female)
    if group == "jrai":  # clan first: "Ksor Nham", "Rơ Châm H'Lip"
        clan = draw(st.sampled_from(_part(group, "clan")))
        if female and draw(st.booleans()):
            prefix = draw(st.sampled_from(_part(group, "prefix_f")))
            given = f"{prefix}{given}" if prefix.endswith("'") else f"{prefix} {given}"
        return _Person(f"{clan} {given}", given, female)
    if group == "bahnar":  # A / Y + given, often after a Vietnamese surname: "Đinh A Pheo"
        prefix = draw(st.sampled_from(_part(group, f"prefix_{sex}")))
        head = f"{prefix} {given}"
        if draw(st.booleans()):
            return _Person(head, head, female)
        return _Person(f"{draw(st.sampled_from(_part(group, 'surname')))} {head}", head, female)
    # Hmong, Thái, Khmer: surname + middle + given ("Sùng A Páo", "Lò Văn Pọm", "Thạch Thị Sa
    # Ra"); a Khmer surname may carry Thị itself, and a Khmer given name has two syllables
    surname = draw(st.sampled_from(_part(group, "surname")))
    middles = _part(group, f"middle_{sex}")
    words = [surname]
    if middles and (group != "thai" or draw(st.integers(0, 3))):
        words.append(draw(st.sampled_from(middles)))
    words.append(given)
    return _Person(" ".join(words), given, female)


def minority_names(*, groups: Sequence[str] | None = None) -> st.SearchStrategy[str]:
    """Names of Viet Nam's ethnic minorities in their own customs, among ``groups`` (default all
    of :data:`MINORITY_GROUPS`): Ede (``H Bia Mlô``, ``Y Ngông Niê Kdăm``), Jrai (``Ksor
    Nham``, ``Rơ Châm H'Lip``), Bahnar (``A Pheo``, ``Đinh Y Blang``), Hmong (``Sùng A
    Páo``), Thái (``Lò Văn Pọm``), Khmer (``Thạch Thị Sa Ra``, ``Danh Sóc Kha``)."""
    picked = _check_choice("groups", groups, MINORITY_GROUPS)
    return st.sampled_from(picked).flatmap(_minority_people).map(lambda p: p.full)


@st.composite
def _foreign_people(draw: st.DrawFn, origin: str) -> _Person:
    female = draw(st.booleans())
    if origin == "western":
        first = draw(st.sampled_from(_part(origin, "first")))
        shape = draw(st.sampled_from(("plain", "plain", "particle", "double")))
        if shape == "particle":  # "Anna de Vries": a lower-case particle before the surname
            last = draw(st.sampled_from(_part(origin, "particle_last")))
        elif shape == "double":  # "John Smith-Taylor"
            plain = [w for w in _part(origin, "last") if w.isalpha() and w.isascii()]
            a, b = draw(st.lists(st.sampled_from(plain), min_size=2, max_size=2, unique=True))
            last = f"{a}-{b}"
        else:
            last = draw(st.sampled_from(_part(origin, "last")))
        return _Person(f"{first} {last}", last, female)
    surname = draw(st.sampled_from(_part(origin, "surname")))
    given = draw(st.sampled_from(_part(origin, "given")))
    if origin in ("thailand", "laos"):
        return _Person(f"{given} {surname}", given, female)  # the given name first
    if origin == "japanese" and draw(st.booleans()):
        return _Person(f"{given} {surname}", surname, female)  # as written in Western order
    return _Person(f"{surname} {given}", surname, female)


def foreign_names(*, origins: Sequence[str] | None = None) -> st.SearchStrategy[str]:
    """Foreign names as Vietnamese documents write them, among ``origins`` (default all of
    :data:`FOREIGN_ORIGINS`): Japanese (``Tanaka Hiroshi``, ``Yuki Sato``), Korean with a
    hyphenated given name (``Kim Min-jun``), Chinese in pinyin (``Zhang Xiuying``), Western
    with apostrophes (``Sean O'Brien``), a lower-case particle (``Anna de Vries``) or a
    double-barrelled surname (``John Smith-Taylor``), Thai and Lao with the given name first
    (``Somchai Wongpanit``, ``Bounmy Phommachanh``)."""
    picked = _check_choice("origins", origins, FOREIGN_ORIGINS)
    return st.sampled_from(picked).flatmap(_foreign_people).map(lambda p: p.full)


# -- name prompts --------------------------------------------------------------------------------

_HONORIFIC_SENTENCES = (
    "Đề nghị {h} {n} bổ sung hồ sơ trước ngày 15.",
    "Hôm qua {h} {n} đến nộp đơn xin cấp lại giấy tờ.",
    "Soạn giúp thư mời {h} {n} dự buổi tiếp công dân.",
    "{H} {n} hỏi về tiến độ giải quyết đơn, nhờ bạn viết thư trả lời.",
)
_LABEL_SENTENCES = (
    "Viết giúp đơn xin xác nhận.\nHọ và tên: {n}\nNội dung: xin cấp lại giấy khai sinh.",
    "Họ tên: {n}\nNhờ bạn soạn thư trả lời về việc cấp lại giấy tờ.",
    "Người đề nghị: {n}. Tóm tắt nội dung đơn sau giúp tôi.",
    "Kiểm tra giúp tờ khai. Người liên hệ: {n}.",
    "Chủ hộ: {n}\nViết giúp biên bản xác minh hoàn cảnh gia đình.",
)
_SELF_SENTENCES = (
    "Chào bạn, tôi là {n}, cần hỏi thủ tục đăng ký kết hôn.",
    "Tôi tên là {n}, nhờ bạn viết đơn xin nghỉ phép hai ngày.",
    "Em là {n}, cán bộ một cửa, nhờ bạn soạn thông báo.",
    "Mình là {n} nha, viết giúp mình lá đơn xin xác nhận.",
)
_TABLE_HEAD = "Tóm tắt danh sách sau:\n"
_LIST_HEADS = (
    "Lập bảng từ danh sách sau:",
    "Danh sách đề nghị hỗ trợ, sắp xếp giúp theo năm sinh:",
    "Kiểm tra chính tả danh sách sau:",
)
_LIST_TAILS = (", sinh năm {y}, xin cấp lại giấy khai sinh", " - sinh năm {y}", " (sinh năm {y})")
_CHAT_LINES = (
    "chị ơi hồ sơ em nộp hôm thứ hai xong chưa ạ?",
    "em gửi bổ sung bản sao sổ đỏ rồi nhé.",
    "cho em hỏi lịch tiếp dân tuần sau.",
)
_ROW_NOTES = ("Xin cấp lại giấy khai sinh", "Đề nghị hỗ trợ hộ nghèo", "Khiếu nại chậm giải quyết")


def _person_segment(full: str) -> _Segment:
    return (full, PERSON)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


@st.composite
def _name_in_sentence(draw: st.DrawFn, person: _Person, context: str) -> list[_Segment]:
    """The person in one of the sentence contexts (honorific, label, self_introduction)."""
    kin = _OLDER_HONORIFICS if context == "older_honorific" else _HONORIFICS
    honorific = draw(st.sampled_from(kin[person.female]))
    templates = {
        "honorific": _HONORIFIC_SENTENCES,
        "older_honorific": _HONORIFIC_SENTENCES,
        "label": _LABEL_SENTENCES,
        "self_introduction": _SELF_SENTENCES,
    }[context]
    template = draw(st.sampled_from(templates))
    return _fill(
        template,
        {
            "n": _person_segment(person.full),
            "h": (honorific, None),
            "H": (_capital(honorific), None),
        },
    )


#: two names inside a sentence, with no cue: after "của", "cho", "giữa", before "và", "là",
#: "vì", punctuation (chat names people so: "so sánh lý lịch của đinh văn minh và ...")
_MID_SENTENCES = (
    "So sánh lý lịch của {n} và {m} xem có phải một người khai hai lần không.",
    "Nhắn lại cho {n} là mai họp lúc 2 giờ chiều, cc {m}.",
    "Lập biên bản bàn giao giữa {n} và {m}, tài sản gồm 1 máy tính.",
    "Đề nghị khen thưởng cho {n} và {m} đã cứu người trong vụ cháy.",
    # a list: names joined by a comma or a score, the last one's end unmarked
    "Danh sách tập huấn gồm {n}, {m} xếp giúp theo thứ tự ABC.",
    "Kết quả chấm thi: {n} 8.5 {m} 7, viết thông báo.",
)


@st.composite
def _name_segments(draw: st.DrawFn, context: str) -> list[_Segment]:
    if context == "mid_sentence":
        first, second = draw(_kinh_people()), draw(_kinh_people())
        template = draw(st.sampled_from(_MID_SENTENCES))
        return _fill(
            template, {"n": _person_segment(first.full), "m": _person_segment(second.full)}
        )
    if context in ("honorific", "older_honorific", "label", "self_introduction"):
        return draw(_name_in_sentence(draw(_kinh_people()), context))
    if context == "line_break":  # "Người đề nghị: Nguyễn Văn\nAn, ..." as a PDF export breaks it
        words = draw(_kinh_people()).full.split(" ")
        cut = draw(st.integers(1, len(words) - 1))
        broken = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
        lead = draw(st.sampled_from(["Người đề nghị: ", "Tóm tắt đơn sau.\nNgười viết đơn: "]))
        return [(lead, None), (broken, PERSON), (", xin cấp lại giấy khai sinh.", None)]
    if context == "list_item":  # "1. Lò Văn Chiến, sinh năm 1985 - ..." with no cue at all
        out: list[_Segment] = [(draw(st.sampled_from(_LIST_HEADS)), None)]
        for i, p in enumerate(draw(st.lists(_kinh_people(), min_size=1, max_size=3)), 1):
            bullet = draw(st.sampled_from([f"{i}. ", f"{i}) ", "- "]))
            tail = draw(st.sampled_from(_LIST_TAILS)).format(y=draw(st.integers(1950, 2005)))
            out.extend([(f"\n{bullet}", None), (p.full, PERSON), (tail, None)])
        return out
    if context == "chat_speaker":  # "[08:15] Trần Minh Đức: chị ơi ..." in a pasted chat log
        person = draw(_kinh_people())
        minute = draw(st.integers(10, 59))
        return [
            ("Tóm tắt đoạn chat sau giúp tôi:\n", None),
            (f"[08:{minute}] ", None),
            (person.full, PERSON),
            (": " + draw(st.sampled_from(_CHAT_LINES)), None),
            (f"\n[09:{minute}] cán bộ một cửa: dạ em kiểm tra rồi báo lại ạ.", None),
        ]
    people = draw(st.lists(_kinh_people(), min_size=1, max_size=2))
    out = []
    rows: list[list[_Segment]] = []
    for i, p in enumerate(people, 1):
        note = draw(st.sampled_from(_ROW_NOTES))
        if context == "table_markdown":
            rows.append([(f"| {i} | ", None), (p.full, PERSON), (f" | {note} |", None)])
        else:
            rows.append([(f"{i}\t", None), (p.full, PERSON), (f"\t{note}", None)])
    if context == "table_markdown":
        head = "| STT | Họ và tên | Nội dung |\n|---|---|---|"
        out.append((_TABLE_HEAD + head, None))
    else:
        out.append((_TABLE_HEAD + "STT\tHọ và tên\tNội dung", None))
    for row in rows:
        out.append(("\n", None))
        out.extend(row)
    return out


def _writings(
    writings: Sequence[Writing] | None, known: tuple[Writing, ...] = WRITINGS
) -> st.SearchStrategy[Writing]:
    """The writings asked for among those a family of prompts knows (all when none are
    asked), drawn in ``known``'s order; an unknown one or none at all is refused."""
    picked = set(_check_choice("writings", writings, known))
    return st.sampled_from([w for w in known if w in picked])


def name_prompts(
    *,
    contexts: Sequence[str] | None = None,
    writings: Sequence[Writing] | None = None,
) -> st.SearchStrategy[LabelledPrompt]:
    """Prompts holding Kinh full names (:func:`kinh_names`) in one of ``contexts`` (default all
    of :data:`NAME_CONTEXTS`): after an honorific (``Đề nghị bà Trần Thị Mai bổ sung ...``) or
    an older generation's kin word (``older_honorific``: ``cô``, ``chú``, ``bác``), a
    form label (``Họ và tên: ...``), a self-introduction (``tôi là ...``), in the rows of a
    markdown or tab-separated table, broken across a line (``Nguyễn Văn\\nAn``), with no cue
    as a list item (``1. Lò Văn Chiến, sinh năm 1985``), the speaker of a pasted chat line
    (``[08:15] Trần Minh Đức: chị ơi ...``) or inside a sentence (``so sánh lý lịch của ... và
    ...``, ``nhắn lại cho ... là mai họp``); written in
    one of ``writings`` (default all of :data:`WRITINGS`). Spans: each full name, ``PERSON``.
    ``shape``: ``name.<context>.<writing>``."""
    picked = _check_choice("contexts", contexts, NAME_CONTEXTS)
    return st.tuples(st.sampled_from(picked), _writings(writings)).flatmap(_name_prompt)


@st.composite
def _name_prompt(draw: st.DrawFn, choice: tuple[str, Writing]) -> LabelledPrompt:
    context, writing = choice
    return _render(draw(_name_segments(context)), writing, f"name.{context}.{writing}")


@st.composite
def _lower_middle_prompt(draw: st.DrawFn, writing: Writing) -> LabelledPrompt:
    person = draw(_kinh_people())
    words = person.full.split(" ")
    if len(words) < 3 or words[1] not in ("Văn", "Thị"):
        reject()
    words[1] = words[1].lower()  # "Nguyễn văn Hải": the middle name typed as the word it is
    typed = _Person(" ".join(words), person.short, person.female)
    context = draw(st.sampled_from(["honorific", "older_honorific", "label", "self_introduction"]))
    return _render(draw(_name_in_sentence(typed, context)), writing, f"lower_middle.{writing}")


def lower_middle_name_prompts(
    *, writings: Sequence[Writing] | None = None
) -> st.SearchStrategy[LabelledPrompt]:
    """Kinh full names typed with "văn" / "thị" in lower case, the surname and the given name
    capitalised (``Nguyễn văn Hải``, ``Nguyen van Hai``, ``Trần thị Thu Hà``), after an
    honorific or a kin word (``ông``, ``bà``, ``anh``, ``chị``, ``cô``, ``chú``, ``bác``), a form
    label or in a self-introduction. ``writings``: ``proper`` (with diacritics) and
    ``folded`` (without; default both). Spans: each full name, ``PERSON``. ``shape``:
    ``lower_middle.<writing>``."""
    return _writings(writings, ("proper", "folded")).flatmap(_lower_middle_prompt)


_FOREIGN_SENTENCES = (
    "Soạn giúp thư mời {h} {n} sang làm việc với Sở vào tuần sau.",
    "Dịch giúp email gửi {h} {n} về lịch họp ngày mai.",
    "Họ và tên: {n}\nViết giúp giấy xác nhận đã nhận hồ sơ.",
    "Dear {h} {n}, thank you for your letter of last week.",
)


def minority_name_prompts(
    *,
    groups: Sequence[str] | None = None,
    writings: Sequence[Writing] | None = None,
) -> st.SearchStrategy[LabelledPrompt]:
    """Prompts holding an ethnic-minority name (:func:`minority_names`) after an honorific, a
    form label or in a self-introduction. ``shape``: ``minority.<group>.<writing>``."""
    picked = _check_choice("groups", groups, MINORITY_GROUPS)
    return st.tuples(st.sampled_from(picked), _writings(writings)).flatmap(_minority_prompt)


@st.composite
def _minority_prompt(draw: st.DrawFn, choice: tuple[str, Writing]) -> LabelledPrompt:
    group, writing = choice
    person = draw(_minority_people(group))
    context = draw(st.sampled_from(["honorific", "label", "self_introduction"]))
    segments = draw(_name_in_sentence(person, context))
    return _render(segments, writing, f"minority.{group}.{writing}")


#: the lists of :func:`short_name_list_prompts`: the list opens after a colon or "gồm"
_SHORT_LIST_TEMPLATES = (
    ("Xếp lịch cho lớp tập huấn: học viên gồm ", ". Nhắn giúp cả lớp."),
    ("Tổ trực tuần này: ", "."),
    ("Danh sách đi họp:\n", "\nNhờ chị nhắn giúp."),
)


@cache
def _everyday_pairs() -> frozenset[str]:
    return frozenset(_key(w) for w in data.lines("detectors/everyday_pairs.txt"))


@st.composite
def _short_name(draw: st.DrawFn) -> str:
    surnames, _, givens = _kinh_parts()
    surname, given = draw(st.sampled_from(surnames)), draw(st.sampled_from(givens))
    key = _key(f"{surname} {given}")
    if key in _not_private() or key in _everyday_pairs() or _key(surname) == _key(given):
        reject()
    return f"{surname} {given}"


@st.composite
def _short_list_prompt(draw: st.DrawFn, writing: Writing) -> LabelledPrompt:
    people = draw(st.lists(_short_name(), min_size=3, max_size=5, unique_by=_key))
    before, after = draw(st.sampled_from(_SHORT_LIST_TEMPLATES))
    segments: list[_Segment] = [(before, None)]
    for k, name in enumerate(people):
        if k:
            segments.append((", ", None))
        segments.append((name, PERSON))
    segments.append((after, None))
    return _render(segments, writing, f"short_name_list.{writing}")


def short_name_list_prompts(
    *, writings: Sequence[Writing] | None = None
) -> st.SearchStrategy[LabelledPrompt]:
    """Lists of three to five short names, a surname and a given name each, typed in lower
    case with diacritics (``học viên gồm lê na, phí hùng, mã khuê, đàm vân.``), after a colon
    or "gồm"; never a place, a figure or an everyday word. ``writings``: ``lower`` only
    (without diacritics two such words are as often everyday ones). Spans: each name,
    ``PERSON``. ``shape``: ``short_name_list.<writing>``."""
    return _writings(writings, ("lower",)).flatmap(_short_list_prompt)


#: where :func:`khmer_list_prompts` puts a Khmer name with no cue: a list's item, a label's
#: value, a relative named after "là"; the name's end marked (a comma, a dash, a bracket)
_KHMER_LIST_TEMPLATES = (
    "Danh sách hộ nhận hỗ trợ:\n1. {n}, sinh năm 1984\n",
    "Tổng hợp giúp:\n- {n} - mã số BHXH 9421836570\n",
    "Kết quả kiểm tra:\nphòng 2: {n}, sinh ngày 14/06/2001\n",
    "Hồ sơ học sinh: cha là {n}, mẹ đi làm xa.",
    "Người đề nghị ({n}) xin cấp lại giấy.",
)


@st.composite
def _khmer_list_prompt(draw: st.DrawFn, writing: Writing) -> LabelledPrompt:
    """A Khmer family name (Thạch, Danh, Kim, Sơn, Lâm, Chau, Néang), "Thị"/"Văn" at times, and
    a two-syllable given name opened by a syllable that opens Khmer names only (Sa, Sóc, Sô,
    Chanh, Som), in a template of ``_KHMER_LIST_TEMPLATES``."""
    heads = ("Sa", "Sà", "Sô", "Sóc", "Chanh", "Som")
    surname = draw(st.sampled_from(("Thạch", "Danh", "Kim", "Sơn", "Lâm", "Chau", "Néang")))
    givens = [g for g in _part("khmer", "given") if len(g.split()) == 2 and g.split()[0] in heads]
    middle = draw(st.sampled_from(("", "", "Thị ", "Văn ")))
    name = f"{surname} {middle}{draw(st.sampled_from(givens))}"
    template = draw(st.sampled_from(_KHMER_LIST_TEMPLATES))
    return _render(_fill(template, {"n": (name, PERSON)}), writing, f"khmer_list.{writing}")


def khmer_list_prompts(
    *, writings: Sequence[Writing] | None = None
) -> st.SearchStrategy[LabelledPrompt]:
    """Khmer names with no cue before them (``1. thạch thị sa ra, sinh năm 1984``, ``- danh
    sóc kha - mã số BHXH ...``, ``cha là sơn chanh đa, thường trú ...``): a Khmer family
    name, "Thị"/"Văn" at times and a two-syllable given name opened by sa, sà, sô, sóc,
    chanh or som, as a list's item, a label's value or a relative named after "là", its end
    marked. ``writings``: ``proper`` and ``lower`` (with diacritics: without them "so", "soc",
    "son" are everyday words; default both). Spans: each name, ``PERSON``. ``shape``:
    ``khmer_list.<writing>``."""
    return _writings(writings, ("proper", "lower")).flatmap(_khmer_list_prompt)


#: where :func:`cued_plain_name_prompts` puts a name: after an honorific, its end marked (a
#: comma, a bracket, an identifier's label)
_CUED_PLAIN_TEMPLATES = (
    "kinh gui {h} {n}, pho chu tich ubnd xa.",
    "{h} {n} (cccd 012345678901) de nghi cap lai so do.",
    "ho so cua {h} {n}, sdt 0912 345 678, con thieu ban sao.",
)
#: surnames that, typed plain, are everyday words too ("tất"; "khổng" folds to "khong", không)
_EVERYDAY_SURNAMES = ("Tất", "Khổng")


@cache
def _place_pairs() -> tuple[tuple[str, str], ...]:
    """A lexicon surname and a lexicon middle name that together spell a place ("Hà Quảng",
    "Hà Trung"), from the detection lexicons and place lists."""
    surnames, middles, _ = _kinh_parts()
    places = _not_private()
    by_key = {_key(m): m for m in middles}
    return tuple(
        (s, by_key[rest])
        for s in surnames
        for p in places
        if p.startswith(_key(s) + " ")
        for rest in [p.split(" ", 1)[1]]
        if rest in by_key and " " not in rest
    )


#: kin words and honorifics: no surname or middle name of a name after an honorific here
_KIN_KEYS = frozenset({"anh", "chi", "em", "ong", "ba", "co", "chu", "bac", "cu", "chau", "con"})


@st.composite
def _cued_plain_prompt(draw: st.DrawFn) -> LabelledPrompt:
    """A full name typed plain after ông / bà / anh / chị that other readings take for a place
    or a word: a surname and a middle name that spell a place, a surname that is an everyday
    word, the royal clan's double surname, or a Khmer name; the end marked."""
    _, middles, givens = _kinh_parts()
    kind = draw(st.sampled_from(("place", "everyday", "royal", "khmer")))
    given = draw(st.sampled_from(givens))
    if kind == "place":
        head = " ".join(draw(st.sampled_from(_place_pairs())))
    elif kind == "everyday":
        middle = draw(st.sampled_from([m for m in middles if _key(m) not in ("van", "thi")]))
        head = f"{draw(st.sampled_from(_EVERYDAY_SURNAMES))} {middle}"
    elif kind == "royal":
        head = draw(st.sampled_from(("Tôn Thất", "Tôn Nữ")))
    else:
        heads = ("Sa", "Sô", "Sóc", "Chanh", "Som")
        khmer = [g for g in _part("khmer", "given") if len(g.split()) == 2]
        given = draw(st.sampled_from([g for g in khmer if g.split()[0] in heads]))
        family = draw(st.sampled_from(("Thạch", "Danh", "Kim", "Sơn", "Lâm")))
        head = f"{family}{draw(st.sampled_from(('', ' Thị')))}"
    honorific = draw(st.sampled_from(("ông", "bà", "anh", "chị")))
    name = f"{head} {given}"
    words = _key(name).split()
    pairs = {" ".join(words[q : q + 2]) for q in range(len(words) - 1)}
    if (
        pairs & _everyday_pairs()
        or pairs & _not_private() - {" ".join(words[:2])}
        or f"{_key(honorific)} {words[0]}" in _everyday_pairs() | {"chi tieu", "chi phi"}
        or words[0] in ("ma", "can", "cung", "nhu", "mong", "vi", "doi", "chao")
        or _KIN_KEYS & set(words)
        or words[-1] in ("la", "ma", "co", "di", "va", "o")
    ):
        # the words two by two an everyday word ("chỉ định", "phương hướng"), a surname that
        # opens a clause typed plain ("mà", "cần") or a kin word among them: no name for a
        # reader either
        reject()
    template = draw(st.sampled_from(_CUED_PLAIN_TEMPLATES))
    segments = _fill(template, {"n": (name, PERSON), "h": (honorific, None)})
    return _render(segments, "folded_lower", f"cued_plain.{kind}")


def cued_plain_name_prompts() -> st.SearchStrategy[LabelledPrompt]:
    """Full names typed in lower case without diacritics right after an honorific, their end
    marked (``kinh gui ong ha quang vinh, pho chu tich ...``), whose words other readings take
    for a place or an everyday word: a surname and a middle name that spell a place (Hà
    Quảng), a surname that is an everyday word typed plain (Tất, Khổng), the royal clan's
    Tôn Thất / Tôn Nữ, a Khmer name (``son sa phol``). Spans: each name, ``PERSON``.
    ``shape``: ``cued_plain.<kind>``."""
    return _cued_plain_prompt()


def foreign_name_prompts(
    *,
    origins: Sequence[str] | None = None,
    writings: Sequence[Writing] | None = None,
) -> st.SearchStrategy[LabelledPrompt]:
    """Prompts holding a foreign name (:func:`foreign_names`) after ``ông`` / ``bà`` / ``Mr.``
    / ``Ms.``, a form label, or in an English letter (``Dear Ms. Mary O'Brien``). The title is
    not part of the span. ``shape``: ``foreign.<origin>.<writing>``."""
    picked = _check_choice("origins", origins, FOREIGN_ORIGINS)
    return st.tuples(st.sampled_from(picked), _writings(writings)).flatmap(_foreign_prompt)


@st.composite
def _foreign_prompt(draw: st.DrawFn, choice: tuple[str, Writing]) -> LabelledPrompt:
    origin, writing = choice
    person = draw(_foreign_people(origin))
    titles = ("Ms.", "bà") if person.female else ("Mr.", "ông")
    template = draw(st.sampled_from(_FOREIGN_SENTENCES))
    segments = _fill(
        template, {"n": _person_segment(person.full), "h": (draw(st.sampled_from(titles)), None)}
    )
    return _render(segments, writing, f"foreign.{origin}.{writing}")


_SHORT_REFERENCES = (
    "{H} {n} đến nộp hồ sơ hôm thứ hai. Nhờ bạn soạn tin nhắn báo {h} {g} bổ sung giấy tờ.",
    "Sáng nay tôi tiếp {h} {n}. Sau đó {h} {g} gọi lại hỏi kết quả, viết giúp biên bản.",
    "Hồ sơ của {h} {n} còn thiếu bản sao.\nViết giúp thư nhắc {h} {g} nộp trước thứ sáu.",
    "Tóm tắt đơn của {h} {n}: {h} {g} đề nghị xem xét lại mức hỗ trợ.",
)


#: the short reference first, the full name after it ("ông Tư bán tạp hóa ..., tên thật là
#: Đoàn Văn Tư"): chat names a person as the neighbours do, then says who that is
_REFERENCES_BEFORE = (
    "{H} {g} bán tạp hóa đầu ngõ nhờ hỏi thủ tục, {h} {g} tên thật là {n}, viết giúp đơn.",
    "{H} {g} gọi điện hỏi kết quả, tên đầy đủ là {n}, soạn giúp thư trả lời {h} {g}.",
)


#: the full name with no honorific before it, as chat drops it ("ho kd duong van phong mst
#: ... ong phong hoi ..."), the kin word and the given name later
_UNCUED_REFERENCES = (
    "tính giúp thuế khoán cho hộ kinh doanh {n} mst 5638361334, {h} {g} hỏi có được giảm ko",
    "e đã ly hôn với {n} theo bản án năm ngoái, giờ {h} {g} đòi chia lại nhà, viết giúp đơn",
    "hồ sơ chuyển nhượng bên mua {n} còn thiếu bản sao, nhờ bạn nhắn {h} {g} nộp trước thứ sáu",
)


@st.composite
def _short_reference_segments(
    draw: st.DrawFn, before: bool = False, uncued: bool = False
) -> list[_Segment]:
    person = draw(_kinh_people())
    honorific = draw(st.sampled_from(_HONORIFICS[person.female]))
    templates = (
        _UNCUED_REFERENCES if uncued else _REFERENCES_BEFORE if before else _SHORT_REFERENCES
    )
    return _fill(
        draw(st.sampled_from(templates)),
        {
            "n": _person_segment(person.full),
            "g": _person_segment(person.short),
            "h": (honorific, None),
            "H": (_capital(honorific), None),
        },
    )


def short_reference_prompts(
    *, writings: Sequence[Writing] | None = None, before: bool = False, uncued: bool = False
) -> st.SearchStrategy[LabelledPrompt]:
    """A Kinh full name, then a later sentence calling the same person ``ông|bà|anh|chị`` and
    the given name (``... bà Trần Thị Mai ... Nhờ bạn báo bà Mai ...``): both spans are
    ``PERSON`` (the later one is the given name alone). ``before=True``: the short reference
    comes first and the full name after it (``Ông Tư bán tạp hóa ..., ông Tư tên thật là Đoàn
    Văn Tư``). ``uncued=True``: no honorific before the full name, as chat drops it (``hộ kinh
    doanh dương văn phong mst ..., ông phong hỏi ...``): the reference is what says a person.
    ``shape``: ``short_reference.<writing>`` (``short_reference_before.<writing>``,
    ``short_reference_uncued.<writing>``)."""
    name = (
        "short_reference_uncued"
        if uncued
        else "short_reference_before"
        if before
        else "short_reference"
    )
    return st.tuples(_short_reference_segments(before, uncued), _writings(writings)).map(
        lambda t: _render(t[0], t[1], f"{name}.{t[1]}")
    )


# -- given names alone in chat -------------------------------------------------------------------

#: given names common in chat that no kin word makes an everyday word ("anh hùng", "anh
#: dũng", "chú tâm", "anh linh", "anh huong" ảnh hưởng are left out) and that, typed without
#: diacritics, are no everyday word of the templates ("mai" tomorrow, "thu" collect, "van"
#: văn, "hang" hàng, "ha" in "bac ha" are left out; "hieu" is inside "chieu")
_CHAT_GIVENS = (
    *("Tuấn", "Hạnh", "Đức", "Oanh", "Liên", "Lan", "Hoa", "Nga", "Phương", "Hải"),
    *("Thảo", "Trang", "Huyền", "Khánh", "Nhung", "Loan", "Yến", "Thắng", "Phúc", "Thủy"),
    *("Sơn", "Bình"),
)
#: kin words before a given name, as chat types them (without diacritics only "anh", "chị",
#: "em": "co", "chu", "bac", "di" are everyday words there), and what a phone keyboard
#: shortens them to (used only where the prompt is written without diacritics)
_CHAT_KIN = ("anh", "chị", "em", "cô", "chú", "bác", "dì")
_PLAIN_KIN = ("anh", "chị", "em")
_CHAT_ABBREVIATIONS = ("a", "c", "e")
#: birth-order nicknames after an older-generation kin word ("bác ba", "ông tư", "dì bảy")
_NICKNAME_KIN = ("ông", "bà", "bác", "chú", "cô", "dì")
_NICKNAMES = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Út")
_GIVEN_ALONE = (
    "nhờ {c} {g} gửi lại hồ sơ giúp em",
    "{c} {g} ơi, mai nộp báo cáo nhé",
    "{c} {g} nói chiều nay họp, {d} {h} dặn mang con dấu",
    "tóm tắt giúp: {c} {g}, {d} {h} và {e} {i} đi họp ở xã",
)
#: (with diacritics only: typed without them "ba nam", "co bay" are counts and words)
_NICKNAME_ALONE = (
    "{k} {n} bán cá đầu ngõ nhờ hỏi thủ tục đăng ký hộ kinh doanh",
    "{k} {n} ở đầu xóm gọi điện hỏi, em trả lời sao ạ",
)


@st.composite
def _given_alone_segments(draw: st.DrawFn, plain: bool) -> list[_Segment]:
    cues = _PLAIN_KIN + _CHAT_ABBREVIATIONS if plain else _CHAT_KIN
    names = draw(st.lists(st.sampled_from(_CHAT_GIVENS), min_size=3, max_size=3, unique=True))
    kin = [draw(st.sampled_from(cues)) for _ in range(3)]
    return _fill(
        draw(st.sampled_from(_GIVEN_ALONE if plain else _GIVEN_ALONE + _NICKNAME_ALONE)),
        {
            "c": (kin[0], None),
            "d": (kin[1], None),
            "e": (kin[2], None),
            "g": (names[0], PERSON),
            "h": (names[1], PERSON),
            "i": (names[2], PERSON),
            "k": (draw(st.sampled_from(_NICKNAME_KIN)), None),
            "n": (draw(st.sampled_from(_NICKNAMES)), PERSON),
        },
    )


def given_name_prompts(
    *, writings: Sequence[Writing] | None = None
) -> st.SearchStrategy[LabelledPrompt]:
    """Chat naming people by a given name alone, with no full name anywhere: after a kin word
    (``nhờ anh tuấn gửi lại``, ``chị oanh ơi``), after chat's abbreviation of one where the
    prompt has no diacritics (``a tuan``, ``c hanh``, ``e duc``), several in a line, or (with
    diacritics) by a southern birth-order nickname (``ông tư bán cá``, ``bác ba ở đầu
    xóm``). Each name is a ``PERSON`` span. ``writings``: ``proper``, ``lower``,
    ``folded_lower`` (default all three; in ``proper`` the name is capitalised, the chat
    around it not). ``shape``: ``given_alone.<writing>``."""

    def draw_one(writing: Writing) -> st.SearchStrategy[LabelledPrompt]:
        return _given_alone_segments(writing == "folded_lower").map(
            lambda segments: _render(segments, writing, f"given_alone.{writing}")
        )

    return _writings(writings, ("proper", "lower", "folded_lower")).flatmap(draw_one)


# -- addresses -----------------------------------------------------------------------------------


def _number(draw: st.DrawFn, top: int = 200) -> int:
    return draw(st.integers(1, top))


@st.composite
def _street_address(draw: st.DrawFn) -> str:
    """``17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội``: no unit word at all."""
    house = str(_number(draw, 300))
    form = draw(st.integers(0, 2))
    if form == 1:
        house += draw(st.sampled_from("ABC"))
    elif form == 2:
        house += f"/{_number(draw, 40)}"
    area, province = draw(st.sampled_from(_places()["area"]))
    return f"{house} {draw(st.sampled_from(_streets()))}, {area}, {province}"


@st.composite
def _unit_chain(draw: st.DrawFn) -> str:
    """``xóm 3, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An``; ``buôn``, ``plei``, ``bản``,
    ``phum``, ``sóc`` with the communes of their region."""
    word, regions, names = draw(st.sampled_from(_places()["local"]))
    region = draw(st.sampled_from(regions.split(";")))
    communes = [c[1:] for c in _places()["commune"] if c[0] == region]
    commune, district, province = draw(st.sampled_from(communes))
    name = draw(st.sampled_from(_words(names)))
    if name == "#":
        name = str(_number(draw, 30))
    separator = draw(st.sampled_from([", ", " - ", " "]))
    return separator.join([f"{word} {name}", commune, district, province])


@st.composite
def _abbreviated(draw: st.DrawFn) -> str:
    """``Sn 12, ng. 34 Nguyễn Trãi, P. Láng Hạ, Q. Đống Đa, TP. Hà Nội``, ``K12/5 Trần Phú``
    (Huế's kiệt), ``tổ 15, P. Quang Trung, TP. Thái Nguyên``."""
    ward, district, city = draw(st.sampled_from(_places()["ward"]))
    street = draw(st.sampled_from(_streets()))
    n, m = _number(draw), _number(draw, 400)
    house = draw(
        st.sampled_from(
            [
                f"Sn {n} {street}",
                f"SN {n}, ng. {m} {street}",
                f"số {n} ng. {m}/{_number(draw, 30)} {street}",
                f"K{m}/{n} {street}",
                f"tổ {_number(draw, 40)}",
            ]
        )
    )
    parts = [house, f"P. {ward}"]
    if district:
        parts.append(f"Q.{district}" if district.isdigit() else f"Q. {district}")
    parts.append(f"{draw(st.sampled_from(['TP.', 'TP', 'Tp.']))} {city}")
    return ", ".join(parts)


@st.composite
def _flat(draw: st.DrawFn) -> str:
    """``Phòng 1205, tòa CT2, 17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội``, ``Căn hộ 12.08 block B
    chung cư Đống Đa, phường Láng Hạ, TP. Hà Nội``, ``P.708 tòa N2, KĐT ...``, ``lô C5, khu
    dân cư ...``, ``phòng 305 nhà A2, ...``, ``tầng trệt, ...``: a flat, room, floor or lot (a
    code in lower case in chat) before the street or the ward (a lot in an industrial park is a
    firm's premises, no one's home: PROMPTS.md)."""
    letter = draw(st.sampled_from("ABCDHKN"))
    code = f"{letter}{_number(draw, 9)}"
    estate = draw(st.sampled_from([a for a, _ in _places()["area"] if a[:1] not in "TQ"]))
    n = _number(draw, 30)
    premises = draw(
        st.sampled_from(
            [
                f"phòng {_number(draw, 40)}0{n % 10}, tòa {code}",
                f"Căn hộ {n}.{_number(draw, 20):02d} block {letter} chung cư {estate}",
                f"P.{_number(draw, 30)}0{n % 10} tòa {code}, KĐT {estate}",
                f"lô {code}, khu dân cư {estate}",
                f"phòng {_number(draw, 9)}0{n % 10} nhà {code}",
                draw(st.sampled_from(["tầng trệt", "tầng lửng"])),
            ]
        )
    )
    if draw(st.booleans()):
        rest = draw(_street_address())
    else:
        ward, _, city = draw(st.sampled_from(_places()["ward"]))
        rest = f"phường {ward}, {draw(st.sampled_from(['TP.', 'thành phố']))} {city}"
    return f"{premises}, {rest}"


@st.composite
def _english(draw: st.DrawFn) -> str:
    """``No. 18, Lane 42, Trần Phú Street, Láng Hạ Ward, Đống Đa District, Hà Nội``,
    ``Hamlet 4, Nghi Phong Commune, Nghi Lộc District, Nghệ An Province``: English word
    order, as written in applications abroad (in chat: lower case, commas or none)."""
    if draw(st.booleans()):
        ward, district, city = draw(st.sampled_from(_places()["ward"]))
        street = draw(st.sampled_from(_streets()))
        head = draw(st.sampled_from([f"No. {_number(draw)}, Lane {_number(draw, 300)}, ", ""]))
        parts = [f"{head}{_number(draw)} {street} Street" if not head else f"{head}{street} Street"]
        parts.append(f"{ward} Ward")
        if district:
            parts.append(f"District {district}" if district.isdigit() else f"{district} District")
        parts.append(city)
    else:
        _, commune, district, province = draw(st.sampled_from(_places()["commune"]))
        parts = [
            f"Hamlet {_number(draw, 12)}",
            f"{_unit_name(commune)} Commune",
            _english_unit(district, "District"),
            _english_unit(province, "Province"),
        ]
    return ", ".join(parts)


def _english_unit(name: str, unit: str) -> str:
    """``huyện Nghi Lộc`` -> ``Nghi Lộc District``; a city: ``TP. Sơn La`` -> ``Sơn La City``."""
    city = name.lower().startswith(("tp", "thành phố"))
    return f"{_unit_name(name)} {'City' if city else unit}"


def _unit_name(name: str) -> str:
    """``xã Nghi Phong`` -> ``Nghi Phong``: the name without its Vietnamese unit word."""
    words = name.split()
    for n in (2, 1):
        if " ".join(words[:n]).lower() in ("xã", "phường", "thị trấn", "huyện", "thị xã", "quận",
                                            "tỉnh", "thành phố", "tp.", "tp"):  # fmt: skip
            return " ".join(words[n:])
    return name


_ADDRESS_SENTENCES = (
    "Nhờ bạn viết đơn xác nhận cư trú, tôi đang ở {a}.",
    "Địa chỉ: {a}\nViết giúp đơn xin cấp lại sổ hộ nghèo.",
    "Nhà tôi ở {a}, cần hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất.",
    "Soạn giúp đơn xin hỗ trợ sửa nhà cho hộ gia đình trú tại {a}.",
)


#: where a home's hamlet stands with no commune after it: after "nhà ... ở" (who lives there)
_HOME_SENTENCES = (
    "Nhà tôi ở {a}, cần hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất.",
    "Mẹ em nhà ở {a}, nhờ viết giúp đơn xin trợ cấp.",
)


@st.composite
def _home_hamlet(draw: st.DrawFn) -> str:
    """A home's hamlet alone as chat names it: ``thôn An Lạc``, ``đội 5 thôn Tân Sơn``, ``tổ 3
    ấp Phú Hòa``, ``số 12 xóm Mới``: a hamlet of two words, a team or group by its number
    in it, a house's number in a hamlet."""
    named = [
        (word, name)
        for word, _, names in _places()["local"]
        if word in ("thôn", "xóm", "ấp")
        for name in _words(names)
        if " " in name
    ]
    word, name = draw(st.sampled_from(named))
    form = draw(st.integers(0, 3))
    if form == 1:
        return f"đội {_number(draw, 12)} {word} {name}"
    if form == 2:
        return f"tổ {_number(draw, 30)} {word} {name}"
    if form == 3:
        return f"số {_number(draw, 90)} xóm Mới"
    return f"{word} {name}"


@st.composite
def _lane_street(draw: st.DrawFn) -> str:
    """A lane, its number and its street alone, as chat names a home: ``kiệt 18 Nguyễn Chí
    Thanh``, ``ngõ 190/4 Lò Đúc``, ``hẻm 42 Trần Văn Giàu``."""
    lane = draw(st.sampled_from(["ngõ", "ngách", "hẻm", "kiệt"]))
    number = str(_number(draw, 300))
    if draw(st.booleans()):
        number += f"/{_number(draw, 40)}"
    return f"{lane} {number} {draw(st.sampled_from(_streets()))}"


@st.composite
def _lodging(draw: st.DrawFn) -> str:
    """A hotel room, a guest house or a pagoda before its address: ``phòng 902 khách sạn
    Hoàn Kiếm, 36 Trần Phú, Ba Đình, Hà Nội``, ``chùa Thanh Xuân, phường Láng Hạ, TP. Hà
    Nội``: where someone stays, inside the address."""
    name = draw(st.sampled_from([a for a, _ in _places()["area"] if a[:1] not in "TQ"]))
    lead = draw(
        st.sampled_from(
            [
                f"phòng {_number(draw, 12)}0{_number(draw, 9)} khách sạn {name}",
                f"phòng {_number(draw, 30)} nhà nghỉ {name}",
                f"chùa {name}",
            ]
        )
    )
    if draw(st.booleans()):
        rest = draw(_street_address())
    else:
        ward, _, city = draw(st.sampled_from(_places()["ward"]))
        rest = f"phường {ward}, {draw(st.sampled_from(['TP.', 'thành phố']))} {city}"
    return f"{lead}, {rest}"


#: housing estates as their buyers write them in English word order (``_chat_short``)
_ESTATES = ("Happy Valley", "Sunrise City", "Vinhomes Imperia", "Ocean Park", "Golden Palace")


@st.composite
def _chat_short(draw: st.DrawFn) -> str:
    """Chat's own abbreviations and the parts it types around a chain: a lane's letter glued
    to the number (``k.12/4 Trần Phú, p. Láng Hạ, tp Hà Nội``, ``số 7 h.23 ...``), a lane's
    number then its street after the house's (``số 7 kiệt 52 Lê Duẩn``), a ward and a district
    by their letters glued to their numbers (``88 Lê Duẩn, p5, q1, tphcm``), a district and a
    province by their bare letters (``xóm 2, xã Nghi Phong, h Nghi Lộc, t Nghệ An``), a room
    and its estate in English before the ward (``room 1502, block B, Đống Đa, phường ...``), a
    kiosk before its market (``ki-ốt số 38 dãy C chợ Đống Đa, phường ...``)."""
    street = draw(st.sampled_from(_streets()))
    ward, _, city = draw(st.sampled_from(_places()["ward"]))
    n, m = _number(draw, 90), _number(draw, 300)
    form = draw(st.integers(0, 6))
    if form == 0:
        return f"k.{m}/{_number(draw, 30)} {street}, p. {ward}, tp {city}"
    if form == 1:
        return f"số {n} h.{m} {street}, p. {ward}, tp {city}"
    if form == 2:
        return f"số {n} kiệt {m} {street}"
    if form == 3:
        return f"{m} {street}, p{_number(draw, 15)}, q{_number(draw, 12)}, tphcm"
    if form == 4:
        _, commune, rural, province = draw(st.sampled_from(_places()["commune"]))
        return (
            f"xóm {_number(draw, 12)}, {commune}, h {_unit_name(rural)}, t {_unit_name(province)}"
        )
    block = draw(st.sampled_from("ABC"))
    if form == 5:
        estate = draw(st.sampled_from(_ESTATES))
        lead = f"room {m}, block {block}, {estate}"
    else:
        market = draw(st.sampled_from([a for a, _ in _places()["area"] if a[:1] not in "TQ"]))
        lead = f"ki-ốt số {n} dãy {block} chợ {market}"
    return f"{lead}, phường {ward}, {city}"


@st.composite
def _address_segments(draw: st.DrawFn, shape: str) -> list[_Segment]:
    builder = {
        "street": _street_address,
        "unit_chain": _unit_chain,
        "abbreviated": _abbreviated,
        "flat": _flat,
        "english": _english,
        "home_hamlet": _home_hamlet,
        "lane_street": _lane_street,
        "lodging": _lodging,
        "chat_short": _chat_short,
    }
    address = draw(builder[shape]())
    home = shape in ("home_hamlet", "lane_street")
    sentences = _HOME_SENTENCES if home else _ADDRESS_SENTENCES
    return _fill(draw(st.sampled_from(sentences)), {"a": (address, ADDRESS)})


def address_prompts(
    *,
    shapes: Sequence[str] | None = None,
    writings: Sequence[Writing] | None = None,
) -> st.SearchStrategy[LabelledPrompt]:
    """Prompts holding a private address after a residence cue (``tôi đang ở``, ``Địa chỉ:``,
    ``trú tại``), in one of ``shapes`` (default all of :data:`ADDRESS_SHAPES`): a house number
    and a street with no unit word (``17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội``), a chain of units
    (``thôn``/``xóm``/``ấp``/``tổ``/``buôn``/``plei``/``bản``/``phum``/``sóc`` + ``xã``/
    ``phường`` + ``huyện`` + ``tỉnh``), abbreviations (``Sn``, ``ng.``, ``K12/5``, ``P.``,
    ``Q.``, ``TP.``), a flat, room or lot before the street or ward (``phòng 1205, tòa CT2,
    ...``, ``Căn hộ 12.08 block B chung cư ...``), English word order (``Hamlet 4, ...
    Commune, ... District, ... Province``), a home's hamlet alone after ``nhà ... ở`` (``thôn An
    Lạc``, ``đội 5 thôn Tân Sơn``, ``số 12 xóm Mới``), a lane, its number and its street
    alone after ``nhà … ở`` (``kiệt 18 Nguyễn Chí Thanh``), a hotel room, a guest house or a
    pagoda before its address (``phòng 902 khách sạn …, 36 …``, ``chùa …, phường …``), chat's
    short forms (``k.12/4 …, p. …, tp …``, ``số 7 h.23 …``, ``số 7 kiệt 52 …``, ``88 …, p5,
    q1, tphcm``, ``…, h Nghi Lộc, t Nghệ An``, ``room 1502, block B, …``, ``ki-ốt số 38 dãy C
    chợ …``). The span is the whole address, ``ADDRESS``. ``shape``:
    ``address.<shape>.<writing>``."""
    picked = _check_choice("shapes", shapes, ADDRESS_SHAPES)
    return st.tuples(st.sampled_from(picked), _writings(writings)).flatmap(_address_prompt)


@st.composite
def _address_prompt(draw: st.DrawFn, choice: tuple[str, Writing]) -> LabelledPrompt:
    shape, writing = choice
    return _render(draw(_address_segments(shape)), writing, f"address.{shape}.{writing}")


# -- chat ----------------------------------------------------------------------------------------


def chat_fillers(
    *, diacritics: bool | None = None, languages: Sequence[str] | None = None
) -> st.SearchStrategy[str]:
    """1-3 clean chat sentences (Vietnamese or English, lower case; ``diacritics=False`` drops
    diacritics, ``None`` draws either) full of everyday words that look like names (``an
    toàn``, ``nam bộ``, ``hoa hồng``, ``mai mốt``, ``bill``, ``mark``): no person, no address,
    nothing to redact. For precision tests."""
    picked = _check_choice("languages", languages, ("vi", "en"))
    sentences = [s for lang in picked for s in _chat(lang)]
    fold = st.just(not diacritics) if diacritics is not None else st.booleans()
    return st.tuples(
        st.lists(st.sampled_from(sentences), min_size=1, max_size=3, unique=True),
        st.sampled_from([". ", ", ", "\n"]),
        fold,
    ).map(lambda t: _write(t[1].join(t[0]), "folded_lower" if t[2] else "lower", False))


_CHAT_ITEMS = ("name", "short_reference", "minority", "foreign", "address")


@st.composite
def _chat_item(draw: st.DrawFn, kind: str) -> list[_Segment]:
    if kind == "name":
        return draw(_name_segments(draw(st.sampled_from(["honorific", "self_introduction"]))))
    if kind == "short_reference":
        return draw(_short_reference_segments())
    if kind == "minority":
        person = draw(st.sampled_from(MINORITY_GROUPS).flatmap(_minority_people))
        return draw(_name_in_sentence(person, draw(st.sampled_from(["honorific", "label"]))))
    if kind == "foreign":
        person = draw(st.sampled_from(FOREIGN_ORIGINS).flatmap(_foreign_people))
        title = "bà" if person.female else "ông"
        return [(f"gửi giúp {title} ", None), (person.full, PERSON), (" lịch họp", None)]
    return draw(_address_segments(draw(st.sampled_from(ADDRESS_SHAPES))))


def chat_prompts(
    *, diacritics: bool | None = None, max_items: int = 2
) -> st.SearchStrategy[LabelledPrompt]:
    """Chat as typed to an assistant: lower case, with or without diacritics (``None`` draws
    either), clean sentences from :func:`chat_fillers` (Vietnamese and English, full of words
    that look like names) mixed with 1..``max_items`` private items: a Kinh name, a short
    reference, a minority or foreign name, an address. Spans: every name and address.
    ``shape``: ``chat.lower`` or ``chat.folded_lower``."""
    if max_items < 1:
        raise ValueError("max_items must be at least 1 / max_items phải từ 1 trở lên")
    folds = st.just(not diacritics) if diacritics is not None else st.booleans()
    return folds.flatmap(lambda fold: _chat_prompt("folded_lower" if fold else "lower", max_items))


@st.composite
def _chat_prompt(draw: st.DrawFn, writing: Writing, max_items: int) -> LabelledPrompt:
    items = [
        draw(_chat_item(kind))
        for kind in draw(st.lists(st.sampled_from(_CHAT_ITEMS), min_size=1, max_size=max_items))
    ]
    fillers = draw(
        st.lists(st.sampled_from(_chat("vi") + _chat("en")), min_size=1, max_size=3, unique=True)
    )
    blocks: list[list[_Segment]] = list(items)
    for filler in fillers:
        blocks.append([(filler, None)])
    blocks = draw(st.permutations(blocks))
    segments: list[_Segment] = []
    for i, block in enumerate(blocks):
        if i:  # no ". " after a sentence that has its full stop
            ended = segments[-1][0].endswith(".")
            separators = [" ", "\n"] if ended else [". ", "\n", ", "]
            segments.append((draw(st.sampled_from(separators)), None))
        segments.extend(block)
    return _render(segments, writing, f"chat.{writing}")
