"""The word places found once per document (``person.word_places``) give every path that
starts from a cue word, an office's title or a historical figure what its own whole-text scan
found.

Each path used to run its own pattern over the whole text (``finditer``); it now reads the
shared places (and tries its pattern there only). Each property below holds the two equal on
text made of the paths' words, names and odd characters.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors.person import coreference, lower_case, office
from ai_guard.detectors.person import given as given_module
from ai_guard.detectors.person import word_places as places_module
from ai_guard.detectors.person.confirmed import _REFERENCE, reference_matches
from ai_guard.detectors.person.lexicon import public_figures
from ai_guard.detectors.person.views import word_sketch
from ai_guard.text import Document
from ai_guard.text.match import trie_regex

_CUES = [
    *"ông bà anh chị em cô chú bác cháu cụ thầy dì cậu mợ thím bé vợ chồng con dượng".split(),
    *"ong ba anh chi em co chu bac chau cu thay di cau mo thim be vo chong con duong".split(),
    *["đồng chí", "dong chi", "cán bộ", "can bo", "đ/c", "d/c", "Đ/c", "tổ trưởng", "bác sĩ"],
    *["bac si", "cô giáo", "thầy giáo", "a", "c", "e", "cj", "chj", "ac", "à", "é", "có"],
    *["mr", "Mr.", "ms.", "dr", "nhắc", "nhắn", "tôi là", "họ tên:", "bị cáo", "chủ hộ"],
    # office titles, body heads and historical figures
    *["bộ trưởng", "phó chủ tịch", "chủ tịch ubnd", "giám đốc", "trưởng phòng", "chi cục trưởng"],
    *["hồ chí minh", "ho chi minh", "võ nguyên giáp", "phan bội châu", "bác hồ", "trần hưng đạo"],
    *["deputy", "vice", "thứ trưởng", "bí thư", "hiệu trưởng", "chánh văn phòng", "tổng bí thư"],
]
_NAMES = [
    *"lan an tuấn tuan hùng hung Lan An Tuấn Hùng Khánh Kiên Hằng Nakamura Anh Em Bà".split(),
    *"nguyễn văn an|trần thị lan|le minh tuan|lò văn pom|ksor|h'nhi|tanaka|la".split("|"),
]
_ODD = ["中", "\u0301", "ö", "²", "_", "'", "’", "-", "“", "‘", '"', "(", "5", "x", "Xanh", "thanh"]
_SEPS = [" ", " ", " ", "  ", "\t", "\n", ", ", ". ", "(", '"', "“", "‘", ": ", "-", "", "5"]


def _texts() -> st.SearchStrategy[str]:
    word = st.one_of(
        st.sampled_from(_CUES),
        st.sampled_from(_CUES).map(str.title),
        st.sampled_from(_NAMES),
        st.sampled_from(_ODD),
    )
    return st.lists(st.tuples(word, st.sampled_from(_SEPS)), max_size=30).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


def _spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [
        tuple(m.span(g) for g in range(m.re.groups + 1))  # type: ignore[attr-defined]
        for m in matches  # type: ignore[attr-defined]
    ]


_EXAMPLES = (
    "xanh Anh Bà Lan đi",
    "thanh Anh Tuấn\nAnh Tuấn: ok",
    "đồng chí hùng, dong chi Lan",
    "(a tuan oi) “c hằng” và e linh",
    "bác sĩ lan, bac si hung và chị em lan",
    "Mr. Nakamura và mr  tanaka",
    "ông\u0301 An, ông中An, 中anh Tuấn",
    "chị nguyễn thị lan ở xóm 3, tôi là lò văn pom",
)


@settings(max_examples=500, deadline=None)
@given(_texts())
@example(_EXAMPLES[0])
@example(_EXAMPLES[1])
@example(_EXAMPLES[4])
def test_the_lower_case_lookahead_holds_where_its_scan_found_it(text: str) -> None:
    doc = Document(text)
    own = re.compile((" (?=" + lower_case.cue_start_lookahead() + ")").encode())
    expected = [(m.start(), m.group("kinh")) for m in own.finditer(word_sketch(doc))]
    places = places_module.word_places(doc).cues
    sketch = word_sketch(doc)
    starts = [(p, lower_case.cue_start_at(sketch, p)) for p in places]
    assert [(p.start(), m.group("kinh")) for p, m in starts if m is not None] == expected


@settings(max_examples=500, deadline=None)
@given(_texts())
@example(_EXAMPLES[2])
@example(_EXAMPLES[3])
@example(_EXAMPLES[4])
def test_lower_case_cues_and_words_are_those_of_the_whole_text_scan(text: str) -> None:
    doc = Document(text)
    pattern = given_module._LOWER_AFTER_CUE
    places = places_module.word_places(doc).cues
    assert _spans(places_module.matches_at(pattern, doc.folded, places, lead=1)) == _spans(
        pattern.finditer(doc.folded)
    )


@settings(max_examples=500, deadline=None)
@given(_texts())
@example(_EXAMPLES[3])
def test_chat_cues_before_a_capital_are_those_of_the_whole_text_scan(text: str) -> None:
    doc = Document(text)
    pattern = given_module._AFTER_CHAT_CUE
    places = places_module.word_places(doc).cues
    assert _spans(places_module.matches_at(pattern, doc.text, places, lead=1)) == _spans(
        pattern.finditer(doc.text)
    )


def _opens_a_word(text: str, m: re.Match[str]) -> bool:
    """What ``given._capitalised_after_cue`` reads of a match of ``_AFTER_CUE`` before the
    name itself: no letter or digit before the cue, a capitalised cue at a line's start."""
    cs = m.start("cue")
    if cs > 0 and (text[cs - 1].isalpha() or text[cs - 1].isdigit()):
        return False
    return not (
        m.group("cue")[0].isupper() and text[text.rfind("\n", 0, cs) + 1 : cs].strip(" \t-*>")
    )


@settings(max_examples=500, deadline=None)
@given(_texts())
@example(_EXAMPLES[0])
@example(_EXAMPLES[1])
@example(_EXAMPLES[6])
def test_capitalised_names_after_a_cue_are_those_of_the_whole_text_scan(text: str) -> None:
    # the whole-text scan also finds cues inside a word ("xanh Anh"), which the path drops
    # and which hide only capitalised cues in the middle of a line, dropped too
    doc = Document(text)
    pattern = given_module._AFTER_CUE
    places = places_module.word_places(doc).cues
    new = [m for m in places_module.matches_at(pattern, doc.text, places) if _opens_a_word(text, m)]
    old = [m for m in pattern.finditer(doc.text) if _opens_a_word(text, m)]
    assert _spans(new) == _spans(old)


@settings(max_examples=500, deadline=None)
@given(_texts())
@example(_EXAMPLES[5])
@example(_EXAMPLES[2])
def test_short_reference_cues_are_those_of_the_whole_text_scan(text: str) -> None:
    doc = Document(text)
    places = places_module.word_places(doc).cues
    for sep in (" ", "\n"):
        pattern = coreference._reference_after(sep)
        assert _spans(places_module.matches_at(pattern, doc.folded, places, lead=1)) == _spans(
            pattern.finditer(doc.folded)
        )


@settings(max_examples=500, deadline=None)
@given(_texts().map(lambda t: t.encode("ascii", "ignore").decode()))
@example("dong chi Hung, ong Ba Tam ba Tu chi  Lan")
def test_plain_cues_before_a_capital_are_those_of_the_whole_text_scan(text: str) -> None:
    doc = Document(text)
    pattern = given_module._AFTER_PLAIN_CUE
    places = places_module.word_places(doc).cues
    assert _spans(places_module.matches_at(pattern, doc.text, places)) == _spans(
        pattern.finditer(doc.text)
    )


@settings(max_examples=500, deadline=None)
@given(_texts())
def test_confirming_references_are_those_of_the_whole_text_scan(text: str) -> None:
    doc = Document(text)
    assert _spans(reference_matches(doc)) == _spans(_REFERENCE.finditer(doc.folded))


@settings(max_examples=500, deadline=None)
@given(_texts())
@example("phó chủ tịch ubnd xã, chủ tịch hồ chí minh, ho chi minh, võ nguyên giáp")
def test_office_titles_are_those_of_the_whole_text_scans(text: str) -> None:
    from ai_guard.public_role import office_titles

    doc = Document(text)
    offices, heads = office.office_and_head_titles(doc)
    assert _spans(offices) == _spans(office_titles().finditer(doc.folded))
    assert _spans(heads) == _spans(office._HEADS.finditer(doc.folded))


@settings(max_examples=500, deadline=None)
@given(_texts())
@example("tư tưởng hồ chí minh hồ chí minh, bác hồ, phan bội châu")
def test_figures_are_those_of_the_whole_text_scan(text: str) -> None:
    doc = Document(text)
    # the figures' own scan: a space, then a figure's folded name ending a word (on the sketch)
    own = re.compile((" (?:" + trie_regex(sorted(public_figures())) + ")(?![a-z0-9])").encode())
    expected = [(m.start(), m.end() - 1) for m in own.finditer(word_sketch(doc))]
    assert places_module.word_places(doc).figures == expected


@pytest.mark.parametrize("text", _EXAMPLES)
def test_the_examples_hold_cue_places(text: str) -> None:
    doc = Document(text)
    assert places_module.word_places(doc).cues
    assert places_module.word_places(doc) is places_module.word_places(doc)  # scanned once
