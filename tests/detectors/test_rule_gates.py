"""The exact gates in front of rules looked for on every prompt (fifteenth session, speed): a
gate that says no must mean the walk behind it finds nothing. Each test runs the rule with its
gate and the same walk without it (written here as it was before the gate) on texts built from
the very pieces the rule looks for, and asks for the same findings."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors import _cues, dates
from ai_guard.detectors.address import tails as address_tails
from ai_guard.detectors.base import Detection
from ai_guard.detectors.identity import cccd_birth_year
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import CueSet, spelling
from ai_guard.text.numbers import number_runs

#: citizens' numbers (known provinces, both centuries, an unknown province), the dates of
#: their records (the birth year's, another's, ISO and day first, one separator or mixed)
_CCCDS = ["087062124452", "001199012345", "079305001234", "999062124452", "0870621244520"]
_DATES = ["08/02/1962", "1962-02-08", "8.2.1962", "17/03/1999", "2005-12-01", "08/02-1962"]
_DATES += ["30/02/1962", "1962", "08/02/19620", "12/08/1962", "1999-3-17", "05/01/2005"]
_GAPS = [" ", ", ", "\n", "\n\n", " | ", "', '", " x" * 40, "\t", "/", "-", ""]
_record_texts = st.lists(
    st.tuples(st.sampled_from(_CCCDS + _DATES + ["sinh", "Nguyễn An"]), st.sampled_from(_GAPS)),
    max_size=10,
)


def _record_dates_ungated(doc: Document) -> Iterator[tuple[int, int]]:
    """``dates._record_dates``'s walk without its literal gate (every 12 digits' whole reach
    scanned for a date)."""
    text = doc.text
    for s, e in number_runs(doc):
        if e - s < 12:
            continue
        for m in dates._TWELVE.finditer(text, s, e):
            year = cccd_birth_year(m.group())
            if year is None:
                continue
            lo = max(0, m.start() - dates._RECORD_REACH, text.rfind("\n\n", 0, m.start()) + 1)
            hi = text.find("\n\n", m.end(), m.end() + dates._RECORD_REACH)
            hi = min(len(text), m.end() + dates._RECORD_REACH) if hi < 0 else hi
            for d in dates._RECORD_DATE.finditer(text, lo, hi):
                n = "1" if d.group("y1") else "2"
                day, month = int(d.group("d" + n)), int(d.group("m" + n))
                if int(d.group("y" + n)) == year and dates._valid(year, month, day):
                    yield d.start(), d.end()


@settings(max_examples=300, deadline=None)
@given(_record_texts)
@example([("087062124452", ", "), ("08/02/1962", "")])
@example([("08/02/1962", " x" * 40), ("087062124452", "\n\n"), ("1962-02-08", "")])
def test_record_dates_year_gate_finds_what_the_whole_reach_finds(
    parts: list[tuple[str, str]],
) -> None:
    """A 12-digit number's record is scanned for dates only when its birth year is written
    within reach: the same dates as scanning every record's reach."""
    doc = Document("".join(p + g for p, g in parts))
    got = [(h.start, h.end) for h in dates._record_dates(doc)]
    assert got == list(_record_dates_ungated(Document(doc.original)))


def _spelled_tail_ungated(doc: Document, hits: list[Detection]) -> list[Detection]:
    """``address_tails.without_spelled_tail`` with its search made on every hit (the case test
    asked after it, as it was)."""
    text = doc.text
    out = []
    for h in hits:
        m = address_tails._LAST_TWO.search(text, h.start, h.end)
        last = m.group(2) if m is not None else ""
        if (
            m is not None
            and m.end() == h.end
            and text[h.start : h.end].islower()
            and (
                last.lower() in address_tails._PHONE_LABELS
                or (not last.isascii() and spelling(last) in address_tails._SENTENCE_WORDS)
            )
        ):
            out.append(dataclasses.replace(h, end=m.end(1)))
        else:
            out.append(h)
    return out


_TAIL_WORDS = ["xã", "mỹ", "hạnh", "gửi", "nhờ", "Gửi", "sđt", "SĐT", "sdt", "em", "12", "Phú"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_TAIL_WORDS), st.sampled_from([" ", "\t", ", ", "\n"])),
        max_size=8,
    ),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 60)), max_size=4),
)
@example([("xã", " "), ("mỹ", " "), ("hạnh", " "), ("gửi", "")], [(0, 16)])
def test_spelled_tail_case_test_first_cuts_what_the_search_cut(
    parts: list[tuple[str, str]], spans: list[tuple[int, int]]
) -> None:
    """A hit with a capital is never cut (its case test comes first, no search): the same
    hits as searching every one."""
    doc = Document("".join(w + g for w, g in parts))
    size = len(doc.text)
    hits = [
        Detection(EntityType.ADDRESS, min(a, size), min(a + n, size), 0.8, "vn.address")
        for a, n in spans
    ]
    assert address_tails.without_spelled_tail(doc, hits) == _spelled_tail_ungated(doc, hits)


# -- the engine's declared gates (sixteenth session) -------------------------------------------
# A built-in detector may declare ``text_needs`` (engine._gate_of): the engine does not call it
# on a text holding none of those strings. Exact only if the detector finds nothing there:
# the engine's run with every gate and with none must find the same on texts built from the
# values these detectors read, whole and with their gate's strings broken.

_MRZ = "P<VNMKIEU<<THI<BAO<NGAN<<<<<<<<<<<<<<<<<<<<<\nC4827195<8VNM9204188F3201141<<<<<<<<<<<<<<04"
_ID_QR = "001092034517|012345678|Đặng Văn Tới|02021992|Nam|Số 6 ngõ 12 phố Vọng, Hà Nội|20062022"
_EMV = (
    "00020101021238570010A00000072701270006970422011306910004372180208QRIBFTTA53037045406150000"
    "5802VN5913LA VAN KHUYEN6005HANOI62110807HOC PHI6304A1C3"
)
_TRAVEL = "PASSENGER: LUONG/THI HONG NHUNG MS\nM1QUACH/VANTUANMR      EQ7K2LX"
_WHOLE = [_MRZ, _ID_QR, _EMV, _TRAVEL]
#: each value with its gate's strings broken (what the gate says no to)
_BROKEN = [
    _MRZ.replace("<<", "< "),
    _ID_QR.replace("|", " "),
    _EMV.replace("6304", "6305"),
    _TRAVEL.replace("/", " "),
    _MRZ.replace("<<", "<\u200b<"),  # an invisible character the reading removes
    _ID_QR.replace("|", "\uff5c"),  # a full-width bar
]
_OTHER = ["CCCD 001085012345", "Nguyễn Văn An", "SĐT 0912 345 678", "x", "<", "|", "/", "63 04"]


def _run_engine(text: str, gated: bool) -> list[Detection]:
    from ai_guard.prompt import engine

    active, _ = engine._active(engine._default_policy())
    detectors = active if gated else [(d, None) for d, _gate in active]
    found: list[Detection] = []
    errors: list[Detection] = []
    engine._run(detectors, Document(text), found, errors)
    return found + errors


def test_the_gated_built_ins_declare_their_gates() -> None:
    from ai_guard.prompt import engine

    active, _ = engine._active(engine._default_policy())
    gates = {d.id: gate for d, gate in active if gate is not None}
    assert gates == {
        "vn.mrz": ("<<",),
        "vn.id_qr": ("|",),
        "vn.emv_qr": ("6304",),
        "vn.travel_name": ("/",),
    }


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WHOLE + _BROKEN + _OTHER), st.sampled_from(_GAPS))))
@example([(_BROKEN[0], "\n")])
@example([(_MRZ, "\n"), (_EMV, " ")])
def test_declared_gates_find_what_every_detector_called_finds(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(p + g for p, g in parts)
    assert _run_engine(text, gated=True) == _run_engine(text, gated=False)


def test_each_gated_detector_finds_its_value_and_nothing_once_broken() -> None:
    from ai_guard.prompt import engine

    active, _ = engine._active(engine._default_policy())
    by_id = {d.id: d for d, gate in active if gate is not None}
    for det_id, whole, broken in zip(
        ("vn.mrz", "vn.id_qr", "vn.emv_qr", "vn.travel_name"), _WHOLE, _BROKEN[:4], strict=True
    ):
        assert list(by_id[det_id].detect(Document(whole))), det_id
        assert list(by_id[det_id].detect(Document(broken))) == [], det_id


# -- a cue set's naming, gated by its needles (sixteenth session) -----------------------------
def _naming_ungated(cues: CueSet, doc: Document, start: int, end: int | None) -> str | None:
    """``CueSet.naming`` without its :meth:`CueSet.possible` gate (the chain as it was)."""
    return (
        cues.before(doc, start)
        or cues.glued_before(doc, start)
        or cues.near_before(doc, start, 40)
        or cues.header(doc, start)
        or cues.label_above(doc, start)
        or cues.keyed(doc, start)
        or cues.input_named(doc, start)
        or (None if end is None else cues.trailing(doc, end))
    )


_NAMING_SETS = ("tax", "cccd", "phone", "bhxh", "bank", "passport", "cmnd")


def _cue_forms() -> list[str]:
    forms: list[str] = []
    for name in _NAMING_SETS:
        for term in _cues.cue_terms(name)[:6]:
            words = term.split()
            forms += [term, term.upper(), "".join(words), "_".join(words), "-".join(words)]
            forms.append(words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:]))
    return forms


_NUMBERS = ["0312345678", "001085012345", "0912 345 678", "B1234567", "8001234567"]
_JOINS = [": ", " ", "\n", " | ", "=", '": "', "\t", " (", " - ", " là ", ', "', '<input name="']
_naming_texts = st.lists(
    st.tuples(st.sampled_from(_cue_forms() + _NUMBERS + ["Họ tên", "xin", "so"]),
              st.sampled_from(_JOINS)),
    max_size=8,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_naming_texts)
@example([("mã số thuế", ": "), ("0312345678", "")])
@example([("soTaiKhoan", '": "'), ("8001234567", "")])
@example([("0912 345 678", " ("), ("số điện thoại", ")")])
def test_naming_gated_by_needles_names_what_the_whole_chain_names(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(p + j for p, j in parts)
    doc = Document(text)
    starts = [m.start() for m in re.finditer(r"(?<![0-9])[0-9B]", doc.text)]
    ends = [m.end() for m in re.finditer(r"[0-9](?![0-9])", doc.text)]
    for name in _NAMING_SETS:
        cues = _cues.cue_set(name)
        for s in starts:
            for e in (None, *ends):
                if e is not None and e <= s:
                    continue
                assert cues.naming(doc, s, 40, e) == _naming_ungated(cues, doc, s, e), (name, s, e)
