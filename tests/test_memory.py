"""check_prompt's memory under dense findings (issue 14: under 20x the input's UTF-8 size),
guarded without timing: tracemalloc's peak over one call on a fixed text, and the pieces that
used to hold most of it (each finding's own keys table, a dict and a slice per cue window).

The bound is generous (the peak was 19.1x on this text before sp12-mem, 15.0x after): it
fails when a change holds a megabyte's worth of something per finding or per window again,
not when a rule adds a little."""

from __future__ import annotations

import gc
import json
import os
import pickle
import platform
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from copy import copy, deepcopy
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from ai_guard import check_prompt
from ai_guard.detectors.base import Detection
from ai_guard.models import _MODEL_DICT, EntityType, Finding, PromptCheck, Validation
from ai_guard.prompt.redact import Placeholders, SpanColumns
from ai_guard.text import Document
from ai_guard.text.document import POSITION_MEMO_FROM, PositionMemo
from ai_guard.text.invisible import Offsets, changed_places, excerpt, unveil, unveiled
from ai_guard.text.match import CueSet, _window_before
from benchmarks.corpus import citizens_table

#: tracemalloc's peak over one check_prompt of the dense text, over its UTF-8 size (11.5x at
#: sp18, 10.9x at mem20 and mem21)
PEAK_BOUND = 12.0


def test_dense_text_peak_memory_stays_under_the_bound() -> None:
    # an identifier, a name or an address every ~100 characters
    ratio, findings = _peak_over_size("mixed_text", 200_000)
    assert findings > 2000  # dense: the case this guards
    assert ratio < PEAK_BOUND, f"peak {ratio:.1f}x the input"


@pytest.mark.skipif(
    platform.python_implementation() != "CPython", reason="CPython's key-sharing dicts"
)
def test_findings_share_one_keys_table() -> None:
    """Each finding's ``__dict__`` holds its values only (the keys table shared by every
    finding): the literal dict it replaced held its own, 464 bytes against 272 a finding."""
    result = check_prompt("Ông Nguyễn Văn An, CCCD 001099012345, ở số 12 phố Huế, Hà Nội")
    assert result.findings
    for f in result.findings:
        assert sys.getsizeof(f.__dict__) < sys.getsizeof(dict(f.__dict__))
        assert f == Finding.model_validate(f.model_dump(exclude={"reason"}))


def test_cue_window_keeps_no_slice_of_the_text_until_a_term_ends_it() -> None:
    """A cue window read as it stands keeps no copy of the text's own characters (sliced
    only where a term ends the window) and one answer without a dict; the answers are those
    of each cue set asked."""
    doc = Document("Họ và tên: Nguyễn Văn An, số CCCD 001099012345")
    cccd = CueSet(["số cccd", "cccd"])
    bare = CueSet(["cccd"])
    name = CueSet(["họ và tên", "tên"])
    at = doc.text.index("001")
    assert cccd.before(doc, at) == "so cccd"
    win = _window_before(doc, at, 40)
    assert win.camel is None
    assert win.view(doc)[1] is None
    assert win.more is None
    assert bare.before(doc, at) == "cccd"  # a second cue set asked: its own answer
    assert win.more == {bare: "cccd"}
    assert cccd.before(doc, at) == "so cccd"
    assert name.before(doc, doc.text.index("Nguyễn")) == "ho va ten"


#: the same over a table of citizens (a finding every ~20 bytes: the result alone, a Finding
#: and a placeholder for each, is ~25x), as rows on one line and as a CSV file; main held
#: 47x and 56x on these texts before sp13-mem (35x and 41x after); the table 29.8x after sp14
#: (its e-mail user names no longer decoded as base64, a second reading of the whole table);
#: 28.9x after sp17a (the typing reading's words as offsets, the redacted text joined a
#: stretch at a time), where the result itself is ~22.5x and CPython's free lists (tuples and
#: the like, emptied only by a full collection) ~5x more; 27.2x and 38.0x after sp18 (the
#: findings held as columns until read, the repeat search's index without a tuple a value, the
#: claims memo without a key tuple a number): the peaks are now the numeric families' caches
#: and the repeat search, no longer the result; 23.8x and 31.7x after mem20 (cue windows as
#: positions and small counts, the repeat search over the values the unredacted text can hold,
#: no table memo for each number of a long line): the peaks are now vn.person's (the table) and
#: the numeric families' per-number memos (the CSV); 20.3x and 24.8x after mem21 (a large
#: document's memos by position as sorted arrays, the spans redacted as columns, vn.person's
#: places and references read in order one at a time): the peaks are now vn.person's, at
#: ~20x on the table and ~25x on the CSV, and the result's own ~14x-17.5x; 16.1x and 19.6x
#: after mem23 (a large text's detections held as columns while the detectors run, ranked
#: without a key tuple each, a full collection where the caches are let go, a run of digits
#: without tuples, the final leak check over the spans' arrays); 17.0x and 19.1x after mem28
#: (each detection held once after detection, not also in a tuple of its offsets); 16.2x and
#: 17.8x after mem31 (a held detection two 4-byte offsets and one index, its score and cue in
#: the shape its detector's others share; the plate detector's sketch made a piece at a time:
#: the CSV's peak was that sketch and its encoding at once, 1.9x)
TABLE_BOUND = 17.0
CSV_BOUND = 18.5


#: what a table's check holds after it returns, its findings not read yet (14.7x at sp18,
#: 14.2x at mem21, 4.0x at mem24: the vault as spans of the text)
RESULT_BOUND = 5.0


class _Outer(BaseModel):
    check: PromptCheck


#: what a fresh interpreter runs for :func:`_peak_over_size`: one check_prompt to load the
#: lexicons, patterns and the process-wide caches of the text's words, a full collection,
#: then the measured call
_MEASURE = """
import gc, json, sys, tracemalloc
import ai_guard
from benchmarks import corpus
text = getattr(corpus, sys.argv[1])(int(sys.argv[2]), **json.loads(sys.argv[3]))
call = getattr(ai_guard, sys.argv[4])
call(text)
gc.collect()
tracemalloc.start()
tracemalloc.reset_peak()
result = call(text)
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print(json.dumps([peak / len(text.encode("utf-8")), len(result.findings)]))
"""


def _peak_over_size(
    make: str, size: int, call: str = "check_prompt", **kwargs: object
) -> tuple[float, int]:
    """tracemalloc's peak over one check_prompt of ``benchmarks.corpus.<make>(size, ...)``'s
    text, over its UTF-8 size, and the findings: measured in a fresh interpreter, after a
    full collection. In the suite's own process the peak hung on what earlier tests left
    (it once failed in a long mixed run and passed alone): a cyclic collection falls where
    the count of allocations since the last one says, earlier tests' garbage freed or not,
    process-wide caches other tests filled."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, make, str(size), json.dumps(kwargs), call],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    ratio, findings = json.loads(out.stdout.strip().splitlines()[-1])
    return float(ratio), int(findings)


@pytest.mark.parametrize(("csv", "bound"), [(False, TABLE_BOUND), (True, CSV_BOUND)])
def test_table_peak_memory_stays_under_the_bound(csv: bool, bound: float) -> None:
    """Past 64K characters, what the numeric detectors cached is dropped before the names are
    read; the repeat search keeps one tuple for a value (not a dict of a set); the rows are
    made without the views and lists they are not made from, each finding in its row's place;
    each placeholder is one string."""
    ratio, findings = _peak_over_size("citizens_table", 100_000, csv=csv)
    assert findings > 4000
    assert ratio < bound, f"peak {ratio:.1f}x the input"


#: issue 14's target: tracemalloc's peak over one check of a megabyte under 20x its size
MEGABYTE_TARGET = 20.0
#: the megabyte CSV of citizens (58,894 findings) got there at mem30: 43.7x before mem23,
#: 33.7x at mem23 and mem24, 28.8x at mem25 (the process-wide caches of words it churned
#: through let go once its detectors have run: a new run of capitalised words a name, held
#: to the end of the check), 26.4x at mem27 (its runs read through ``word_caches.Churned``:
#: 256 of them stored in the shared cache, not 4,096; vn.person's peak 28.8x -> 22.8x, the
#: peak now the repeat search's ``_propagate`` over its findings), 22.8x at mem28 (the check
#: after detection holds each detection once, and ``_propagate`` no key tuple, id set or
#: copy for each finding: its peak 26.4x -> 16.3x; the peak is vn.person's again), 21.5x at
#: mem29 (a large text's surname-first walk spells its names through its own reader of the
#: spelling cache, ``word_caches.reader_for``: not 8,192 of them held), 18.9x at mem30 (no
#: number before a value interned, a large text's addresses' validity through its own
#: reader: under issue 14's 20x), 17.5x at mem31 (a held detection two 4-byte offsets and
#: one index); this bound fails a change that adds to it (dense 1 MB: 10.1x at mem24)
CSV_MEGABYTE_BOUND = 18.5


@pytest.mark.parametrize(
    ("make", "kwargs", "bound"),
    [
        ("mixed_text", {}, MEGABYTE_TARGET),
        ("citizens_table", {"csv": True}, CSV_MEGABYTE_BOUND),
    ],
)
def test_a_megabyte_check_peaks_under_the_bound(
    make: str, kwargs: dict[str, object], bound: float
) -> None:
    """A megabyte of dense text (an identifier, a name or an address every ~100 characters)
    peaks under issue 14's 20x, and so does the megabyte CSV of citizens, a finding every
    ~17 bytes (measured in a fresh interpreter, as above)."""
    ratio, findings = _peak_over_size(make, 1_000_000, **kwargs)
    assert findings > 10_000
    assert ratio < bound, f"peak {ratio:.1f}x the input"


#: classify_document's peak over a 100 KB table of citizens, as rows on one line and as a
#: CSV file: 48.2x and 66.5x before big26 (a piece of evidence made for every name, number and
#: contact, 20 kept), 28.8x and 38.9x after, 27.5x and 37.6x after mem28; the rest is
#: check_prompt's own and its findings built (~390 bytes a finding, one every ~17-20 bytes of
#: a table: the CSV's rise from 14.6x to 36.2x as classify reads them) and the layout (~5x);
#: 16.5x and 20.0x after cls29 (the findings held as columns, read by the decisions as rows;
#: the layout's one-line table no longer split into words, pieces and letter lists): the
#: peaks are now check_prompt's own; 16.5x and 19.1x at main before mem31, 15.7x and 18.6x
#: after (check_prompt's cuts above; the CSV's peak is now the repeat search's masked view,
#: the classification's Document held through the check beside it)
CLASSIFY_TABLE_BOUND = 16.5
CLASSIFY_CSV_BOUND = 19.5


@pytest.mark.parametrize(
    ("csv", "bound"), [(False, CLASSIFY_TABLE_BOUND), (True, CLASSIFY_CSV_BOUND)]
)
def test_classify_table_peak_memory_stays_under_the_bound(csv: bool, bound: float) -> None:
    ratio, findings = _peak_over_size("citizens_table", 100_000, "classify_document", csv=csv)
    assert findings > 4000
    assert ratio < bound, f"peak {ratio:.1f}x the input"


def test_a_document_verdict_makes_evidence_only_for_what_it_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """classify_document's personal-data verdict holds the first 20 pieces of evidence: it
    makes those (and one contact, to know there is one), not one for every name, number and
    contact of a table; the verdict is the one made from all of them and cut to 20."""
    from ai_guard import classify_document
    from ai_guard.classify import personal

    made = 0
    real = personal.Evidence

    def counted(**fields: Any) -> Any:
        nonlocal made
        made += 1
        return real(**fields)

    for text in (
        citizens_table(20_000),
        citizens_table(20_000, csv=True),
        "\n".join(
            ["Công ty TNHH An Bình, hotline 0912345678"] * 40 + ["email: lan.nt@gmail.com"] * 30
        ),
    ):
        monkeypatch.setattr(personal, "EVIDENCE_HELD", 1 << 30)
        every = classify_document(text)
        monkeypatch.setattr(personal, "EVIDENCE_HELD", 20)
        monkeypatch.setattr(personal, "Evidence", counted)
        made = 0
        held = classify_document(text)
        monkeypatch.setattr(personal, "Evidence", real)
        assert held.personal_data.evidence == every.personal_data.evidence[:20]
        assert held.model_dump(exclude={"personal_data"}) == every.model_dump(
            exclude={"personal_data"}
        )
        assert held.personal_data.model_dump(exclude={"evidence"}) == (
            every.personal_data.model_dump(exclude={"evidence"})
        )
        assert made <= 21 + len(held.personal_data.public_role_evidence)
        assert len(held.findings) > 40


def test_a_placeholder_is_one_string_for_the_vault_and_its_findings() -> None:
    result = check_prompt("CCCD 001099012345, lại là 001099012345; SĐT 0912345678")
    held = {f.placeholder for f in result.findings if f.placeholder}
    assert held == {"[CCCD_1]", "[PHONE_1]"}
    keys = {id(k): k for k in result._vault}
    assert all(id(f.placeholder) in keys for f in result.findings if f.placeholder)
    assert result.placeholders == ["CCCD_1", "PHONE_1"]
    assert result.restore("gọi [PHONE_1] về [CCCD_1] [X_1]") == (
        "gọi 0912345678 về 001099012345 [X_1]"
    )


def test_an_unveiled_reading_keeps_its_offsets_as_runs() -> None:
    """A megabyte with one letter-spaced stamp maps back in three runs (a list of every
    offset held 36 bytes a character)."""
    text = "x" * 500_000 + " M Ậ T " + "y" * 500_000
    veil = unveil(text)
    assert veil is not None
    assert "MẬT" in veil.text
    assert len(veil.origin) == len(veil.text)
    assert len(veil.origin._starts) <= 5
    at = veil.text.index("MẬT")
    assert veil.span(at, at + 3) == (text.index("M Ậ T"), text.index("M Ậ T") + 5)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 40), st.integers(0, 6)), max_size=20))
def test_offsets_read_as_the_list_of_every_offset(steps: list[tuple[bool, int, int]]) -> None:
    offsets, plain = Offsets(), []
    for copied, start, n in steps:
        if copied:
            offsets.copy(start, start + n)
            plain.extend(range(start, start + n))
        else:
            offsets.add(start)
            plain.append(start)
    assert len(offsets) == len(plain)
    assert list(offsets) == plain
    assert offsets == plain
    assert [offsets[i] for i in range(-len(plain), len(plain))] == plain + plain
    assert offsets[1:-1] == plain[1:-1]


#: prompts whose findings differ in every field a column holds: a name kept visible in a
#: public role (its pattern and context replaced), a secrecy mark (block), values repeated
#: (one placeholder for several findings), a failed checksum, a value allowed by the policy
_COLUMN_TEXTS = (
    "Ông Nguyễn Văn An, CCCD 001099012345, SĐT 0912345678, lại là 001099012345; "
    "Chủ tịch nước Võ Văn Thưởng đã ký. Email an.nv@gmail.com, ở số 12 phố Huế, Hà Nội.",
    "TỐI MẬT. Bà Trần Thị Bình, CCCD 001199012346, MST 0101234567, tài khoản 19034567890123.",
    "Họ và tên: Lê Văn Cường | CCCD: 012345678901 | SĐT: 0987654321\n"
    "Họ và tên: Phạm Thị Dung | CCCD: 012345678902 | SĐT: 0987654322\n",
    "xin chào",
)


def _both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    from ai_guard.prompt import engine

    monkeypatch.setattr(engine, "COLUMNS_FROM", 1 << 30)
    built = check_prompt(text)
    monkeypatch.setattr(engine, "COLUMNS_FROM", 1)
    held = check_prompt(text)
    return built, held


@pytest.mark.parametrize("text", _COLUMN_TEXTS)
@pytest.mark.parametrize(
    "read",
    [
        lambda r: r.findings,
        lambda r: r.model_dump(),
        lambda r: r.model_dump_json(),
        lambda r: repr(r),
        lambda r: list(dict(r)),
        lambda r: vars(r),
        lambda r: r.explain("en"),
        lambda r: r.explanation,
        lambda r: copy(r).findings,
        lambda r: deepcopy(r).findings,
        lambda r: pickle.loads(pickle.dumps(r)).findings,
        lambda r: r.model_copy(update={"policy_name": "x"}).model_dump(),
        lambda r: _Outer(check=r).model_dump_json(),
        lambda r: (r.decision, r.redacted_text, r.placeholders, r.restore(r.redacted_text)),
    ],
)
def test_findings_held_as_columns_read_as_the_built_ones(
    text: str, read: Callable[[PromptCheck], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check that holds its findings as columns (built when first read) reads as the one
    that built them, whatever reads it first: an attribute, pydantic's serializers (also as
    a field of another model), ``==``, ``repr``, iteration, copies, pickling."""
    built, held = _both_ways(text, monkeypatch)
    assert isinstance(built, PromptCheck)
    assert isinstance(held, PromptCheck)
    columnar = _MODEL_DICT.__get__(held, PromptCheck).get("findings") is None
    assert columnar == bool(built.findings)  # (what is compared below is the columns' reading)
    assert read(held) == read(built)
    assert held == built
    assert built == held
    assert held.model_dump_json() == built.model_dump_json()
    assert [f.reason for f in held.findings] == [f.reason for f in built.findings]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_COLUMN_TEXTS[:3]), min_size=1, max_size=4), st.data())
def test_columns_equal_built_findings_on_mixed_prompts(
    parts: list[str], data: st.DataObject
) -> None:
    from ai_guard.prompt import engine
    from ai_guard.testing.strategies import labelled_prompts

    extra = data.draw(labelled_prompts(max_items=4))
    text = "\n".join([*parts, extra.text])
    saved = engine.COLUMNS_FROM
    try:
        engine.COLUMNS_FROM = 1 << 30
        built = check_prompt(text)
        engine.COLUMNS_FROM = 1
        held = check_prompt(text)
    finally:
        engine.COLUMNS_FROM = saved
    assert held == built
    assert held.findings == built.findings
    assert held.model_dump_json() == built.model_dump_json()


def test_a_table_check_holds_its_findings_as_columns_until_read() -> None:
    """What a citizens table's check returns (4,466 findings) while its findings are not
    read: the columns, the vault and the redacted text. Built, each finding is a Finding and
    its dict of eleven values (264 bytes) and two offsets as integer objects: 28.5x the text
    before the columns, ~15x with them, 4x with the vault as spans of the text (its dict of
    placeholder and value strings was ~10x)."""
    text = citizens_table(100_000)
    size = len(text.encode("utf-8"))
    check_prompt(text)
    gc.collect()  # (what earlier tests left is not freed inside the measure)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = check_prompt(text)
        gc.collect()  # (the call's own garbage is not what it returns)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert _MODEL_DICT.__get__(result, PromptCheck).get("findings") is None
    assert held / size < RESULT_BOUND, f"the result holds {held / size:.1f}x the input"
    assert len(result.findings) > 4000  # built when read
    assert all(isinstance(f, Finding) for f in result.findings)


def test_a_pydantic_that_reads_the_dict_otherwise_gets_the_findings_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine asks once whether a check holding columns dumps as a built one
    (``columns_supported``) and, where it does not, builds the findings at once: the check
    reads the same either way, and nothing is held as columns."""
    from ai_guard import models
    from ai_guard.prompt import engine

    assert models.columns_supported()  # the pydantic this suite runs with
    monkeypatch.setattr(engine, "COLUMNS_FROM", 1)
    text = _COLUMN_TEXTS[0]
    held = check_prompt(text)
    monkeypatch.setattr(models, "columns_supported", lambda: False)
    built = check_prompt(text)
    assert getattr(built, "_columns", None) is None
    assert built.model_dump() == held.model_dump()
    assert built.findings == held.findings


class _SlotRead(PromptCheck):
    """A check whose instance dict is read as the slot itself, as a pydantic that stopped
    reading it through ``getattr`` would read it: the ``__dict__`` property never builds."""

    if not TYPE_CHECKING:
        __dict__ = property(lambda self: _MODEL_DICT.__get__(self, PromptCheck))


class _OuterSlotRead(BaseModel):
    check: _SlotRead


def _as_slot_read(check: PromptCheck) -> _SlotRead:
    """The same check (its columns, if it holds them) as a :class:`_SlotRead`."""
    copy_ = _SlotRead.__new__(_SlotRead)
    _MODEL_DICT.__set__(copy_, dict(_MODEL_DICT.__get__(check, PromptCheck)))
    for name in ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"):
        object.__setattr__(copy_, name, getattr(check, name))
    object.__setattr__(copy_, "_columns", getattr(check, "_columns", None))
    return copy_


@pytest.mark.parametrize(
    "dump",
    [
        lambda r: r.model_dump()["findings"],
        lambda r: json.loads(r.model_dump_json())["findings"],
        lambda r: r.model_dump(mode="json", include={"findings"})["findings"],
        lambda r: _OuterSlotRead(check=r).model_dump()["check"]["findings"],
    ],
)
def test_pydantic_serializers_get_the_findings_however_they_read_the_dict(
    dump: Callable[[PromptCheck], list[dict[str, object]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """pydantic's serializers reach findings held as columns through the check's own wrap
    serializer, which builds them first, not through pydantic-core's reading the instance
    dict with ``getattr`` (a behaviour of pydantic, not a promise of its API): a check whose
    dict is read as the slot dumps the findings the built check dumps."""
    built, held = _both_ways(_COLUMN_TEXTS[0], monkeypatch)
    assert isinstance(built, PromptCheck)
    assert isinstance(held, PromptCheck)
    slot_read = _as_slot_read(held)
    assert "findings" not in _MODEL_DICT.__get__(slot_read, PromptCheck)  # held as columns
    expected = dump(_as_slot_read(built))
    assert len(expected) == len(built.findings) > 3
    assert dump(slot_read) == expected


def test_a_large_prompt_searches_only_the_values_its_unredacted_text_can_hold() -> None:
    """Past a prompt's size, the repeat search holds only the values whose every character
    the text outside the findings has (a table's values were 4x its text as strings), and
    still redacts each value where it stands again, glued or bare."""
    from ai_guard.prompt.engine import _repeat_values, _unredacted_view

    table = citizens_table(20_000)
    first = check_prompt(table).findings
    cccd = next(table[f.start : f.end] for f in first if f.entity == "CCCD")
    name = next(table[f.start : f.end] for f in first if f.entity == "PERSON")
    text = f"{table}\nGửi lại hồ sơ x{cccd}y của {name}."
    result = check_prompt(text)
    tail = len(table)
    again = {text[f.start : f.end] for f in result.findings if f.start > tail}
    assert cccd in again
    assert name in again
    last_line = result.redacted_text.rsplit("\n", 1)[1]
    assert last_line.startswith("Gửi lại hồ sơ x[")
    assert cccd not in last_line
    assert name not in last_line
    located = sorted((f for f in result.findings if f.start <= tail), key=lambda f: f.start)
    assert len(located) > 128  # (the filter's own threshold)
    view = _unredacted_view(table, located)  # type: ignore[arg-type]
    values = _repeat_values(table, located, view)  # type: ignore[arg-type]
    assert all(set(v) <= set(view) for v in values)
    assert len(values) < len({table[f.start : f.end] for f in located}) // 4


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("sgcd"), st.integers(-50, 50), st.integers(0, 3)), max_size=60
    )
)
def test_a_position_memo_reads_as_a_dict(steps: list[tuple[str, int, int]]) -> None:
    """:class:`PositionMemo` (a large document's memo by position: sorted positions in an
    array, answers beside them) answers every ask as the dict it replaces, whatever the
    order of the positions stored (the last one found is remembered across stores)."""
    memo: PositionMemo[int] = PositionMemo()
    plain: dict[int, int] = {}
    for op, key, value in steps:
        if op == "s":
            memo[key] = value
            plain[key] = value
        elif op == "g":
            assert memo.get(key) == plain.get(key)
            assert memo.get(key, -1) == plain.get(key, -1)
        elif op == "c":
            assert (key in memo) == (key in plain)
            if key in plain:
                assert memo[key] == plain[key]
            else:
                with pytest.raises(KeyError):
                    memo[key]
        elif key in plain:
            del memo[key]
            del plain[key]
        assert len(memo) == len(plain)
    assert list(memo) == sorted(plain)
    assert dict(memo.items()) == plain


def test_a_large_document_keeps_its_memos_by_position_compactly() -> None:
    """Past :data:`POSITION_MEMO_FROM` characters the numeric families' memos are
    :class:`PositionMemo`; a prompt's stay dicts."""
    small, large = Document("CCCD 001099012345"), Document("x" * (POSITION_MEMO_FROM + 1))
    assert type(small.position_memo("k")) is dict
    assert isinstance(large.position_memo("k"), PositionMemo)
    assert large.position_memo("k") is large.position_memo("k")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["an", "binh", "lan", "an binh", "thu", " ", ", ", "xan", "9"])))
def test_whole_spots_are_whole_places_in_order(pieces: list[str]) -> None:
    """:func:`whole_spots` yields :func:`whole_places`' places as spans in order (start, then
    end), on the find loop's side of its thresholds and on the trie pattern's."""
    from ai_guard.text import match

    text = "".join(pieces)
    phrases = {"an", "binh", "lan", "an binh", "thu", "a"}
    expected = sorted(
        (at, at + len(p)) for p, ats in match.whole_places(text, phrases).items() for at in ats
    )
    assert list(match.whole_spots(text, phrases)) == expected
    saved = match._FIND_EACH_PHRASES, match._FIND_EACH_LIMIT
    try:
        match._FIND_EACH_PHRASES, match._FIND_EACH_LIMIT = 0, 0
        assert list(match.whole_spots(text, phrases)) == expected
        assert match.whole_places(text, phrases) == {
            p: [s for s, e in expected if text[s:e] == p] for p in phrases
        }
    finally:
        match._FIND_EACH_PHRASES, match._FIND_EACH_LIMIT = saved


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.sampled_from(["[A_1]", "[B_2]"])))
)
def test_span_columns_read_as_the_list_of_spans(spans: list[tuple[int, int, str]]) -> None:
    """:class:`SpanColumns` (a large check's spans to redact) reads as the list of tuples it
    replaces: in order, by index and slice, sorted as ``list.sort`` sorts them."""
    cols = SpanColumns()
    for span in spans:
        cols.add(*span)
    assert list(cols) == spans
    assert len(cols) == len(spans)
    assert [cols[i] for i in range(-len(spans), len(spans))] == spans + spans
    assert cols[1:-1] == spans[1:-1]
    cols.sort()
    assert list(cols) == sorted(spans)


def test_a_large_check_redacts_as_a_small_one() -> None:
    """A check with enough findings for columns (its spans as :class:`SpanColumns`) redacts
    the text as the list of spans did (the same text, checked with the columns' threshold
    out of reach)."""
    from ai_guard.prompt import engine

    text = citizens_table(30_000)
    held = check_prompt(text)
    saved = engine.COLUMNS_FROM
    try:
        engine.COLUMNS_FROM = 1 << 30
        built = check_prompt(text)
    finally:
        engine.COLUMNS_FROM = saved
    assert len(built.findings) >= saved
    assert held.redacted_text == built.redacted_text
    assert held.restore(held.redacted_text) == text
    # its vault (a compact one, values as spans of the text) reads as the dict of a small one
    assert type(held._vault) is not dict
    assert type(built._vault) is dict
    assert dict(held._vault) == built._vault
    assert list(held._vault) == list(built._vault)
    assert held.placeholders == built.placeholders
    assert held.findings == built.findings


_VAULT_TEXT = "An Ba An [CCCD_2] Ba ee An"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["CCCD", "PERSON", "A_B"]),
            st.integers(0, len(_VAULT_TEXT)),
            st.integers(0, 4),
        ),
        max_size=30,
    ),
    st.lists(st.text(alphabet="[]CDPERSON_0123", max_size=12), max_size=10),
)
def test_a_compact_vault_reads_as_the_dict_of_placeholders(
    given_spans: list[tuple[str, int, int]], asked: list[str]
) -> None:
    """:class:`Placeholders` compact (a large check's: each value a span of the text, each
    placeholder made when read) gives the same placeholders in the same order as the dict it
    replaces, for the same values; its vault reads as that dict (keys, values, order, look-ups
    of anything, placeholders the text already holds skipped, ``[CCCD_01]`` no key), and the
    spans given by index read as the spans given by placeholder."""
    plain, compact = Placeholders(_VAULT_TEXT), Placeholders(_VAULT_TEXT, compact=True)
    assert compact.compact is not None
    by_string, by_index = SpanColumns(), SpanColumns(compact.compact)
    for entity, start, width in given_spans:
        end = min(start + width, len(_VAULT_TEXT))
        placeholder = plain.get(entity, _VAULT_TEXT[start:end])
        held = compact.index(entity, start, end)
        assert compact.compact.key(held) == placeholder
        by_string.add(start, end, placeholder)
        by_index.add_index(start, end, held)
    compact.forget_values()
    vault = compact.vault
    assert vault == plain.vault
    assert dict(vault) == plain.vault
    assert list(vault) == list(plain.vault)
    assert len(vault) == len(plain.vault)
    for key in [*asked, "[CCCD_01]", "[CCCD_2]", "[CCCD_0]", "[PERSON_1] "]:
        assert vault.get(key) == plain.vault.get(key)
        assert (key in vault) == (key in plain.vault)
    assert list(by_index) == list(by_string)
    assert by_index[:] == by_string[:]
    by_string.sort()
    by_index.sort()
    assert list(by_index) == list(by_string)


_ENTITIES = (EntityType.PERSON, EntityType.CCCD, EntityType.STATE_SECRET_MARK, EntityType.PHONE)


@st.composite
def _detections(draw: st.DrawFn) -> Detection:
    start = draw(st.integers(0, 40))
    return Detection(
        draw(st.sampled_from(_ENTITIES)),
        start,
        start + draw(st.integers(1, 6)),
        draw(st.sampled_from([0.5, 0.7, 0.9])),
        draw(st.sampled_from(["vn.a", "vn.b"])),
        pattern=draw(st.sampled_from(["", "p"])),
        base_score=draw(st.sampled_from([0.0, 0.5])),
        validation=draw(st.sampled_from(list(Validation))),
        context=draw(st.sampled_from([None, "cue"])),
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(_detections(), max_size=40))
def test_detections_ranked_by_parts_rank_as_by_tuples(found: list[Detection]) -> None:
    """:func:`_ranked` from :data:`COLUMNS_FROM` detections (one stable sort a part of the
    rank, no key tuple for each) gives the order of the one sort by the rank's tuple, ties
    in their order; and :class:`HeldDetections` gives back the detections added, in order."""
    from ai_guard.prompt import engine

    expected = sorted(found, key=engine._rank, reverse=True)
    saved = engine.COLUMNS_FROM
    try:
        engine.COLUMNS_FROM = 0
        ranked = engine._ranked(found)
    finally:
        engine.COLUMNS_FROM = saved
    assert [id(d) for d in ranked] == [id(d) for d in expected]
    for size in (64, 1 << 40):  # offsets in 4 bytes (a text under 2**31 characters), in 8
        held = engine.HeldDetections(size)
        held.extend(found[:5])
        for d in found[5:]:
            held.append(d)
        assert len(held) == len(found)
        assert list(held) == found
    big = Detection(EntityType.CCCD, (1 << 33) + 1, (1 << 33) + 13, 0.9, "vn.a")
    held = engine.HeldDetections(1 << 34)
    held.append(big)
    assert list(held) == [big]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab1 9-?.\nđĐếẾ\u200b\U0001d400\ud800"), max_size=120),
    st.integers(1, 17),
)
def test_an_ascii_sketch_made_in_pieces_is_the_whole_one(text: str, piece: int) -> None:
    """:func:`ascii_sketch` past its threshold (a piece at a time into one buffer) gives the
    bytes of the one encoding and translation, whatever the text (letters past ASCII, a
    surrogate, an astral letter) and wherever the pieces end."""
    from ai_guard.detectors.vehicle import _PLATE_SKETCH
    from ai_guard.text import document

    table = bytes((b * 7 + 3) % 256 for b in range(256))
    saved = document.SKETCH_IN_PIECES_FROM, document._SKETCH_PIECE
    try:
        for t in (table, _PLATE_SKETCH):
            whole = text.encode("ascii", "replace").translate(t)
            assert document.ascii_sketch(text, t) == whole
            document.SKETCH_IN_PIECES_FROM, document._SKETCH_PIECE = 0, piece
            assert document.ascii_sketch(text, t) == whole
            document.SKETCH_IN_PIECES_FROM, document._SKETCH_PIECE = saved
    finally:
        document.SKETCH_IN_PIECES_FROM, document._SKETCH_PIECE = saved


def _large_texts() -> list[str]:
    """Texts past :data:`EXCERPT_FROM` with a disguise in a few lines: letter-spaced names
    in a CSV's rows under its header; a stamp spaced out at the top of prose, a level, a
    name and a Telex-typed level in its middle; a name spaced out on a long line of rows."""
    from benchmarks.corpus import prose_text

    csv = citizens_table(70_000, csv=True)
    rows = csv.split("\n")
    rows[300] = "Lương A Ý,068195192342,0583454003,luong.a.y@vnpt.vn"
    rows[500] = "N G U Y Ễ N  V Ă N  A N,001099012345,0912345678,an@vnpt.vn"
    prose = prose_text(90_000)
    half = prose.index("\n", len(prose) // 2)
    line = citizens_table(75_000)
    mid = line.index("; ", len(line) // 2)
    return [
        "\n".join(rows),
        "T Ố I  M Ậ T\n"
        + prose[:half]
        + "\nVăn bản này là  M Ậ T , ông T R Ầ N  V Ă N  B Ì N H ký; tài liệu MAATJ.\n"
        + prose[half:],
        line[:mid] + "; Ông L Ê  T H Ị  H O A CCCD 001099012346" + line[mid:],
    ]


@pytest.mark.parametrize("which", range(3))
def test_a_large_text_reads_its_unveiled_lines_as_the_whole(
    which: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past :data:`EXCERPT_FROM` characters the detectors read again only the lines a
    disguise was undone in (:func:`excerpt`): the findings are those of the whole unveiled
    text read again, and the excerpt is a few lines, its offsets leading to the text."""
    from ai_guard.text import invisible

    text = _large_texts()[which]
    assert len(text) > invisible.EXCERPT_FROM
    doc = Document(text)
    veil = unveiled(doc)
    assert veil is not None
    assert len(veil.text) < 20_000
    excerpted = check_prompt(text)
    monkeypatch.setattr(invisible, "EXCERPT_FROM", 1 << 40)
    assert len(unveiled(Document(text)).text) > len(text) // 2  # type: ignore[union-attr]
    whole = check_prompt(text)
    assert excerpted.decision == whole.decision
    assert [(f.entity, f.start, f.end) for f in excerpted.findings] == [
        (f.entity, f.start, f.end) for f in whole.findings
    ]


def test_an_excerpt_holds_the_changed_lines_and_the_first() -> None:
    """:func:`excerpt`: the first line (a table's header), each changed line with two lines
    either side, on lines of their own; the whole reading when its changes cover half."""
    lines = [f"dòng số {i} của văn bản" for i in range(400)]
    lines[200] = "ông L Ê  V Ă N  A N ký"
    text = "\n".join(lines)
    veil = unveil(text)
    assert veil is not None
    cut = excerpt(veil, text)
    assert cut.text.split("\n") == [
        *lines[:3],
        *lines[198:200],
        veil.text.split("\n")[200],
        *lines[201:203],
    ]
    at = cut.text.index("LÊ")
    assert cut.span(at, at + 2) == (text.index("L Ê"), text.index("L Ê") + 3)
    assert changed_places(veil, text)
    spaced = "\n".join(["a b c d e g h"] * 100)
    veil = unveil(spaced)
    assert veil is not None
    assert excerpt(veil, spaced) is veil


_CLASSIFY_TEXTS = (
    *_COLUMN_TEXTS,
    "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc cưỡng chế thi hành án"
    "\nÔng Nguyễn Văn An, CCCD 001099012345, tài khoản 19034567890123 tại Vietcombank.\n"
    "LƯU HÀNH NỘI BỘ\nCHỦ TỊCH\nTrần Văn Bình",
)


@pytest.mark.parametrize("text", _CLASSIFY_TEXTS)
@pytest.mark.parametrize(
    "read",
    [
        lambda r: r.findings,
        lambda r: r.model_dump(),
        lambda r: r.model_dump_json(),
        lambda r: repr(r),
        lambda r: copy(r).findings,
        lambda r: pickle.loads(pickle.dumps(r)).findings,
        lambda r: r.model_copy(update={"source": "x"}).model_dump(),
    ],
)
def test_a_classification_holding_columns_reads_as_the_built_one(
    text: str, read: Callable[[Any], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """classify_document's decisions read a check's columns as rows and its verdict holds
    them until read: the same verdict, findings and dumps as with the findings built."""
    from ai_guard import classify_document
    from ai_guard.classify.models import DocumentClassification
    from ai_guard.prompt import engine

    monkeypatch.setattr(engine, "COLUMNS_FROM", 1 << 30)
    built = classify_document(text)
    monkeypatch.setattr(engine, "COLUMNS_FROM", 1)
    held = classify_document(text)
    columnar = "findings" not in _MODEL_DICT.__get__(held, DocumentClassification)
    assert columnar == bool(built.findings)
    assert read(held) == read(built)
    assert held == built
    assert held.model_dump_json() == built.model_dump_json()


def test_a_table_classification_holds_its_findings_as_columns_until_read() -> None:
    """What classify_document returns for a citizens table while its findings are not read:
    check_prompt's columns (and its vault), not a Finding each (~16x the text)."""
    from ai_guard import classify_document
    from ai_guard.classify.models import DocumentClassification

    text = citizens_table(100_000)
    size = len(text.encode("utf-8"))
    classify_document(text)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = classify_document(text)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert "findings" not in _MODEL_DICT.__get__(result, DocumentClassification)
    assert held / size < RESULT_BOUND, f"the result holds {held / size:.1f}x the input"
    assert len(result.findings) > 4000
    assert all(isinstance(f, Finding) for f in result.findings)


@settings(max_examples=40, deadline=None)
@given(st.lists(_detections(), max_size=30))
def test_column_rows_read_as_the_built_findings(found: list[Detection]) -> None:
    """:meth:`FindingColumns.rows` gives each finding's fields (but its placeholder) as the
    findings it builds, in order, and keeps the columns."""
    from ai_guard.models import Decision, FindingColumns

    columns = FindingColumns(100)
    for d in found:
        columns.add(
            d.start, d.end, d.entity, d.score, d.detector, d.pattern, d.base_score,
            d.validation, d.context, Decision.REDACT, None,
        )  # fmt: skip
    rows = list(columns.rows())
    assert list(columns.rows()) == rows
    built = columns.findings()
    assert [r._asdict() for r in rows] == [
        f.model_dump(exclude={"placeholder", "reason"}) for f in built
    ]
