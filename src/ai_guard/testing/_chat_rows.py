"""Strategies for names as chat types them in rows and run-on lines (holdout30's shapes): a list
pasted in capitals with a value after each name, a list's rows parted by a birth year only, a
list run on one line with years or ages in brackets, chat's "a"/"c"/"e" before a surname that is
no everyday word, a list of tasks (a kin word, a given name, the task), a nickname in brackets
after a full name, a capitalised name said again in lower case (the rules of
:mod:`ai_guard.detectors.person.surname_first`, :mod:`~ai_guard.detectors.person.columns`,
:mod:`~ai_guard.detectors.person.inline_rows`, :mod:`~ai_guard.detectors.person.lower_case`,
:mod:`~ai_guard.detectors.person.kin_list`, :mod:`~ai_guard.detectors.person.chat_kin` and
:mod:`~ai_guard.detectors.person.coreference`)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from ai_guard.testing._base import LabelledPrompt, from_segments, picked_shapes

__all__ = ["CHAT_ROW_SHAPES", "chat_row_prompts"]

PERSON = "PERSON"

#: what :func:`chat_row_prompts` draws
CHAT_ROW_SHAPES = (
    "caps_rows",
    "year_rows",
    "bracket_years",
    "abbreviated_rare",
    "task_list",
    "bracket_nickname",
    "lower_reference",
)

#: full names of the "văn"/"thị" shape typed plain, a lexicon surname and given name each
_VT_NAMES = (
    *("kieu van tuan", "dang thi hoa", "luong van khai", "phan thi nga", "bui van thang"),
    *("ngo thi lan", "trinh van long", "quach thi hong", "doan van hai", "ha thi thu"),
)
#: names whose words no lexicon vouches for whole: a Thái given name, a surname typed as a word
_HARD_NAMES = ("vi thi nhuong", "lo van hom", "cam thi pheng", "quang van lun", "sam thi dim")
#: what follows a year in a list's row
_ROW_TAILS = (" ban muong", " thon 4", " xom 3", " ban lot", " ban na hang")
#: values after a name in a row typed in capitals
_CAPS_VALUES = ("29A-118.52", "0912 450 773", "1963", "37F1-204.16", "0386 221 904")
#: names of the lexicons in capitals, typed without diacritics
_CAPS_NAMES = (
    *("PHAN DUC HUNG", "DO THI LAN", "BUI QUANG KHAI", "TA THI NGA", "LUONG VAN TOAI"),
    *("DINH THI HUONG", "KIEU VAN SON", "VU THI THOA"),
)
#: chat's abbreviations and a name whose surname is no everyday word, its middle a name's only
_ABBREVIATIONS = ("a ", "c ", "e ", "nho a ", "hoi c ")
_RARE_NAMES = (
    *("trinh quang hieu", "quach ngoc anh", "nghiem xuan truong", "bui duc manh"),
    *("khuc quang vinh", "phan gia huy", "luu ngoc mai"),
)
_RUN_ON = (" bao lai cho phong", " goi lai nhe", " xin nghi chieu nay", " gui ho so roi")
#: kin words before a listed given name, and the given names (spelled), tasks
_TASK_KIN = ("chị", "cô", "anh", "chú", "bác")
_TASK_GIVENS = ("thảo", "khải", "nhung", "đạt", "quyên", "tùng", "hiền")
_TASKS = ("rửa bát", "trông xe", "khuân bàn", "nấu cơm", "dọn hội trường", "in giấy mời")
#: honorifics and nicknames in brackets after a full name, as neighbours call a person
_NICK_CUES = ("ong", "ba", "chu", "co", "bac")
_NICKS = ("sau", "bay", "tam", "tu", "chin")
#: capitalised full names typed without diacritics, said again by their given name
_TITLED = ("Phan Duc Thinh", "Kieu Van Toai", "Quach Thi Nguyet", "Luong Van Khiem")


_Segments = list[tuple[str, str | None]]


@st.composite
def _caps_rows(draw: st.DrawFn) -> _Segments:
    """Two or three rows in capitals: a name opening each, a value after it."""
    names = draw(st.lists(st.sampled_from(_CAPS_NAMES), min_size=2, max_size=3, unique=True))
    bullet = draw(st.sampled_from(("", "- ")))
    out: _Segments = [(draw(st.sampled_from(("thong ke giup:\n", "dem so xe:\n"))), None)]
    for k, name in enumerate(names):
        value = draw(st.sampled_from(_CAPS_VALUES))
        out += [(f"{bullet}", None), (name, PERSON), (f" {value} XOM {k + 2}", None)]
        if k < len(names) - 1:
            out.append(("\n", None))
    return out


@st.composite
def _year_rows(draw: st.DrawFn) -> _Segments:
    """Rows of a list parted by a birth year only, a name no lexicon vouches for among them."""
    easy = draw(st.lists(st.sampled_from(_VT_NAMES), min_size=2, max_size=2, unique=True))
    hard = draw(st.sampled_from(_HARD_NAMES))
    names = [*easy]
    names.insert(draw(st.integers(0, 2)), hard)
    out: _Segments = [("kiem tra trung giup:\n", None)]
    for k, name in enumerate(names):
        year = draw(st.integers(1940, 1990))
        tail = draw(st.sampled_from(_ROW_TAILS))
        # the year after a listed name is the person's birth year, the village after it where
        # the person lives (holdout30's labels)
        out += [("- ", None), (name, PERSON), (" ", None), (str(year), "DATE_OF_BIRTH")]
        out += [(" ", None), (tail.strip(), "ADDRESS")]
        if k < len(names) - 1:
            out.append(("\n", None))
    return out


@st.composite
def _bracket_years(draw: st.DrawFn) -> _Segments:
    """A list run on one line, a year or an age in brackets after each name, one a given name
    alone after "bé" and one a name no lexicon vouches for."""
    easy = draw(st.lists(st.sampled_from(_VT_NAMES), min_size=2, max_size=3, unique=True))
    hard = draw(st.sampled_from(_HARD_NAMES))
    nick = draw(st.sampled_from(("mit", "bin", "tun", "bong")))
    out: _Segments = [("dem so tre: ", None), ("be ", None), (nick, PERSON), (" (21)", None)]
    for name in [*easy, hard]:
        age = draw(st.integers(18, 30))
        out += [(", ", None), (name, PERSON), (f" ({age})", None)]
    return out


@st.composite
def _abbreviated_rare(draw: st.DrawFn) -> _Segments:
    """Chat's "a"/"c"/"e" before a full name whose surname is no everyday word, run on."""
    return [
        (draw(st.sampled_from(_ABBREVIATIONS)), None),
        (draw(st.sampled_from(_RARE_NAMES)), PERSON),
        (draw(st.sampled_from(_RUN_ON)), None),
    ]


@st.composite
def _task_list(draw: st.DrawFn) -> _Segments:
    """Three or four tasks, each a kin word, a given name and what the person does."""
    givens = draw(st.lists(st.sampled_from(_TASK_GIVENS), min_size=3, max_size=4, unique=True))
    tasks = draw(
        st.lists(st.sampled_from(_TASKS), min_size=len(givens), max_size=len(givens), unique=True)
    )
    out: _Segments = [("phân việc: ", None)]
    for k, (given, task) in enumerate(zip(givens, tasks, strict=True)):
        if k:
            out.append((", ", None))
        out += [(f"{draw(st.sampled_from(_TASK_KIN))} ", None), (given, PERSON), (f" {task}", None)]
    return [*out, (", viết lại thành bảng", None)]


@st.composite
def _bracket_nickname(draw: st.DrawFn) -> _Segments:
    """A full name, then the nickname the neighbours call the person by in brackets."""
    return [
        (draw(st.sampled_from(("ong ", "ba ", "nho ong "))), None),
        (draw(st.sampled_from(_VT_NAMES)), PERSON),
        (f" ({draw(st.sampled_from(_NICK_CUES))} ", None),
        (draw(st.sampled_from(_NICKS)), PERSON),
        (") muon hoa giai, viet bien ban", None),
    ]


@st.composite
def _lower_reference(draw: st.DrawFn) -> _Segments:
    """A capitalised full name typed without diacritics, then its given name in lower case
    after a kin word."""
    name = draw(st.sampled_from(_TITLED))
    given = name.split()[-1].lower()
    kin = draw(st.sampled_from(("anh ", "chu ", "chi ", "co ")))
    return [
        ("Ho ten: ", None),
        (name, PERSON),
        (draw(st.sampled_from(("\nnho ", "\ncam on ", "\nbao "))) + kin, None),
        (given, PERSON),
        (" ky vao cuoi don", None),
    ]


_DRAW = {
    "caps_rows": _caps_rows,
    "year_rows": _year_rows,
    "bracket_years": _bracket_years,
    "abbreviated_rare": _abbreviated_rare,
    "task_list": _task_list,
    "bracket_nickname": _bracket_nickname,
    "lower_reference": _lower_reference,
}


def chat_row_prompts(*, shapes: Sequence[str] | None = None) -> st.SearchStrategy[LabelledPrompt]:
    """Names as chat types them in rows and run-on lines (``CHAT_ROW_SHAPES``): ``caps_rows``
    (a list pasted in capitals, a value after each name: ``PHAN DUC HUNG 0912 450 773 XOM
    2``), ``year_rows`` (a list's rows parted by a birth year, a Thái name among them: ``- vi
    thi nhuong 1961 ban muong``), ``bracket_years`` (a list run on one line, years or ages in
    brackets: ``be mit (21), kieu van tuan (22), lo van hom (25)``), ``abbreviated_rare``
    (chat's "a"/"c"/"e" before a surname that is no everyday word: ``nho a trinh quang hieu bao
    lai cho phong``), ``task_list`` (``phân việc: chị thảo rửa bát, cô nhung trông xe, ...``),
    ``bracket_nickname`` (``ong kieu van tuan (chu bay) muon ...``), ``lower_reference``
    (``Ho ten: Phan Duc Thinh`` then ``nho anh thinh ky ...``). Spans: each name ``PERSON``
    (a given name alone without its kin word). ``shape``: ``chat_row.<shape>``."""
    picked = picked_shapes("chat_row_prompts", shapes, CHAT_ROW_SHAPES)
    return st.sampled_from(picked).flatmap(
        lambda shape: _DRAW[shape]().map(
            lambda segments: from_segments(segments, f"chat_row.{shape}")
        )
    )
