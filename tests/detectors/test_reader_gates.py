"""Readers' entry gates: each lets through every text its reader finds something in (the
reader's findings are the same with the gate on and off) and keeps out ordinary texts.

- the marks split word by word into cells (secret_cells.cell_pair_in), against the ordinary
  texts that merely hold a comma and "mật";
- a given name between an older kin word and "nhờ" and whom, or "bán ở" a stall
  (person.person_given._kin_asking_in), against the texts that merely hold "nhờ" or "ban"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors import circulation, secrecy, secret_cells
from ai_guard.detectors.person import given as person_given
from ai_guard.detectors.person import korean
from ai_guard.detectors.secret_cells import cell_pair_in
from ai_guard.text import Document

#: words of the levels and the circulation marks beside ordinary ones, in the forms rows
#: take them (capitals, diacritics, none)
_WORDS = [
    "tối", "TỐI", "Tối", "toi", "tuyệt", "TUYỆT", "mật", "MẬT", "Mật", "mat", "độ", "Độ", "do",
    "lưu", "LƯU", "hành", "HÀNH", "nội", "NỘI", "bộ", "BỘ", "noi", "bo", "xem", "xong", "trả",
    "lại", "không", "phổ", "biến", "tài", "liệu", "hạn", "chế", "A", "B", "C", "bảo", "khẩu",
    "for", "internal", "use", "only", "ong", "2024", "x",
]  # fmt: skip
_GAPS = [" ", "|", " | ", ",", ";", "\t", "||", " * ", '"', "\n", ", ", "_", "-"]
#: between a mark's words: mostly a cell's bounds
_CELL_GAPS = ["|", " | ", ",", ";", "\t", "||", '" | "', " *|* ", " "]


#: the marks as rows split them, word by word
_PHRASES = [
    "tối mật", "TUYỆT MẬT", "Độ mật Mật", "do mat TOI MAT", "Độ mật B", "lưu hành nội bộ",
    "XEM XONG TRẢ LẠI", "tài liệu hạn chế", "for internal use only", "không phổ biến",
]  # fmt: skip
_CASES = [str, str.upper, str.lower, str.title]


@st.composite
def _rows(draw: st.DrawFn) -> str:
    out = []
    for _ in range(draw(st.integers(1, 4))):
        phrase = draw(st.booleans())
        if phrase:
            words = draw(st.sampled_from(_PHRASES)).split()
        else:
            words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))
        for w in words:
            gap = draw(st.sampled_from(_CELL_GAPS if phrase else _GAPS))
            out.append(draw(st.sampled_from(_CASES))(w) + gap)
    return "".join(out)


_ROWS = _rows()


def _ungated_levels(text: str) -> list[tuple[int, int]]:
    return list(secrecy._word_cell_levels(Document(text)))


def _ungated_marks(text: str) -> list[tuple[int, int]]:
    return list(circulation._word_cell_marks(Document(text)))


@settings(max_examples=400, deadline=None)
@given(_ROWS, st.sampled_from(["", "| ", "Bảng: ", "xin tóm tắt\n"]))
def test_every_row_a_reader_finds_passes_the_gate(row: str, head: str) -> None:
    text = head + row
    folded = Document(text).folded
    if _ungated_levels(text):
        assert cell_pair_in(folded, secrecy._LEVEL_CELLS), text
    if _ungated_marks(text):
        assert cell_pair_in(folded, circulation._cell_pairs()), text


def _cell_pair_by_separators(folded: str, pairs: dict[str, tuple[str, ...]]) -> bool:
    """``cell_pair_in`` as it stood, looking from each separator (the reference)."""
    last = tuple(pairs)
    for sep in secret_cells._CELL_SEPARATORS:
        pos = folded.find(sep)
        while pos >= 0:
            j = pos + 1
            while j < len(folded) and folded[j] in secret_cells._BETWEEN_CELLS:
                j += 1
            if folded.startswith(last, j):
                i = pos
                while i > 0 and folded[i - 1] in secret_cells._BETWEEN_CELLS:
                    i -= 1
                for word, before in pairs.items():
                    if folded.startswith(word, j) and folded.endswith(before, 0, i):
                        return True
            pos = folded.find(sep, j)
    return False


_ANY_GAPS = st.sampled_from([*_GAPS, *_CELL_GAPS, "", "  ,", "\t|", "x", "mat", "*"])


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), _ANY_GAPS), max_size=8),
    st.sampled_from(["", "| ", ",", "a", "\t"]),
)
def test_looking_from_the_words_answers_as_looking_from_the_separators(
    parts: list[tuple[str, str]], head: str
) -> None:
    """From each place a pair's word stands or from each separator, the same answer, on rows
    of mark words, ordinary words, separators, wrapping and words run together."""
    folded = Document(head + "".join(w + g for w, g in parts)).folded
    for pairs in (secrecy._LEVEL_CELLS, circulation._cell_pairs()):
        assert cell_pair_in(folded, pairs) == _cell_pair_by_separators(folded, pairs), folded


def test_looking_from_the_words_answers_as_before_on_the_corpora() -> None:
    corpus = Path(__file__).parent.parent / "corpus"
    opened = 0
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            folded = Document(json.loads(line)["text"]).folded
            for pairs in (secrecy._LEVEL_CELLS, circulation._cell_pairs()):
                gate = cell_pair_in(folded, pairs)
                assert gate == _cell_pair_by_separators(folded, pairs), folded[:200]
                opened += gate
    assert opened > 0  # (five texts of the corpora split a mark into cells)


@pytest.mark.parametrize(
    "text",
    [
        "| TỐI | MẬT |",
        "TUYỆT\tMẬT",
        "Độ,mật,Mật",
        "| Độ || mật | A |",
        '| "Tối" | *MẬT* |',
        "| Phạm vi | lưu | hành | nội | bộ |",
        "XEM\tXONG\tTRẢ\tLẠI",
        "luu,hanh,noi,bo",
    ],
)
def test_the_gate_lets_split_marks_through(text: str) -> None:
    folded = Document(text).folded
    assert cell_pair_in(folded, secrecy._LEVEL_CELLS) or cell_pair_in(
        folded, circulation._cell_pairs()
    )
    assert _ungated_levels(text) or _ungated_marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soạn thông báo nội bộ yêu cầu đổi mật khẩu, mật khẩu dài tối thiểu 12 ký tự",
        "Thông tin thuộc độ Tối mật, và khác gì so với độ Mật?",
        "nuôi ong lấy mật, bán mật ong; giá rẻ",
        "| Họ tên | Chức vụ |\n| Nguyễn Văn An | Trưởng phòng |",
        "tài liệu lưu hành nội bộ, xem xong trả lại",
    ],
)
def test_the_gate_keeps_ordinary_text_out(text: str) -> None:
    folded = Document(text).folded
    assert not cell_pair_in(folded, secrecy._LEVEL_CELLS)
    assert not cell_pair_in(folded, circulation._cell_pairs())


#: kin words, names and what follows them, typed plain and with diacritics (a line is one or
#: the other; a few words of neither kind among them)
_KIN_CUES = (["me", "bo", "co", "bac", "chu", "ong", "di", "xe"], ["mẹ", "bố", "cô", "bác", "dì"])
_KIN_NAMES = (["hanh", "tam", "lieu", "lan", "vui", "hoa", "the"], ["hạnh", "tâm", "lan", "vui"])
_KIN_ENDS = (
    [
        "nho em", "nho chau", "nho  a", "nho\tminh", "nho emm", "nho e-", "nho",
        "ban o kiot 43", "ban tai ki ot 12", "ban o gian hang so 5", "ban o kiot", "ban hanh",
        "ban o sap 2b", "ban o quay 7",
    ],
    ["nhờ em", "nhờ cháu", "nhớ con", "bán ở kiot 43", "bán tại quầy số 3", "ban hành"],
)  # fmt: skip
_KIN_GAPS = [" ", " ", " ", "\t", "  ", ", ", "\n"]


@st.composite
def _kin_texts(draw: st.DrawFn) -> str:
    spelled = int(draw(st.booleans()))
    parts = [
        draw(st.sampled_from(["", "hôm qua " if spelled else "hom qua ", "Bảng: "])),
        draw(st.sampled_from(_KIN_CUES[spelled])),
        draw(st.sampled_from(_KIN_GAPS)),
        draw(st.sampled_from(_KIN_NAMES[spelled])),
        draw(st.sampled_from(_KIN_GAPS)),
        draw(st.sampled_from(_KIN_ENDS[spelled])),
        draw(st.sampled_from(["", " hoi ho so", ".", " nhé"])),
    ]
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_kin_texts())
def test_every_kin_asking_found_passes_its_gate(text: str) -> None:
    doc = Document(text)
    if list(person_given._kin_asking(doc, lambda s, e: True)):
        assert person_given._kin_asking_in(doc.folded), text


@pytest.mark.parametrize(
    "text",
    ["me hanh nho em hoi ho so", "mẹ hạnh nhờ em xem", "co lieu ban o kiot 43"],
)
def test_the_kin_gate_lets_askers_through(text: str) -> None:
    doc = Document(text)
    assert list(person_given._kin_asking(doc, lambda s, e: True))
    assert person_given._kin_asking_in(doc.folded)


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Nghị định, ban hành kèm theo Quyết định này; nhớ nộp trước 17h",
        "hộp thư nhỏ, ban giám đốc nhờ văn phòng",
        "nho em",
    ],
)
def test_the_kin_gate_keeps_ordinary_text_out(text: str) -> None:
    assert not person_given._kin_asking_in(Document(text).folded)


#: pieces of the Korean family names, whole, cut and in other cases, beside Vietnamese words
_FAMILY_PIECES = [
    *korean._MIXED_FAMILY, "Le", "Lê", "Par", "ark", "Cho", "Ch", "hoi", "Jun", "Kan", "Yo",
    "Li", "Se", "Shi", "Kw", "Hwan", "Ah", "Ry", "Mo", "Bae", "BAE", "park", "Gia", "Hân", "Thị",
    "Lan", " ", " ", "\t", ",", "-",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_FAMILY_PIECES), max_size=10))
def test_one_scan_for_a_korean_family_name_answers_as_a_search_for_each(parts: list[str]) -> None:
    text = "".join(parts)
    found = korean._ANY_FAMILY.search(text) is not None
    assert found == any(name in text for name in korean._MIXED_FAMILY), text


def test_the_korean_names_read_with_the_one_scan() -> None:
    for text, name in (
        ("Viết tờ khai: con là Choi Gia Hân, sinh ngày 03/11/2026.", "Choi Gia Hân"),
        ("mẹ là bà Park Thị Lan, quê Hải Dương.", "Park Thị Lan"),
    ):
        doc = Document(text)
        found = list(korean.korean_vietnamese_names(doc, [], "vn.person"))
        assert [doc.text[d.start : d.end] for d in found] == [name]
    assert not list(korean.korean_vietnamese_names(Document("ông Lê Văn Park"), [], "vn.person"))
