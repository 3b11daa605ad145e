"""The helper logic of the benchmarks (how prompts are cut, what happens without Presidio).

No timing here: speed is measured by the benchmarks themselves.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import presidio_compare, regex_backends, scaling
from benchmarks.presidio_compare import EXIT_MISSING, cut_prompts, short_prompts

_CLAUSES = st.lists(
    st.text(alphabet=st.sampled_from("abc đê 019.;,\n"), min_size=0, max_size=60),
    max_size=30,
)


@given(_CLAUSES)
def test_cut_prompts_keeps_every_character_in_order(parts: list[str]) -> None:
    text = "".join(parts)
    prompts = cut_prompts(text, shortest=10, longest=20)
    assert "".join(prompts).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )
    assert all(p and p == p.strip() for p in prompts)


@given(_CLAUSES)
def test_only_the_last_prompt_is_shorter_than_the_shortest_target(parts: list[str]) -> None:
    prompts = cut_prompts("".join(parts), shortest=10, longest=20)
    assert all(len(p) >= 10 for p in prompts[:-1])


def test_a_prompt_never_cuts_a_clause_in_two() -> None:
    text = "Số CCCD 001085012345, điện thoại 0912 345 678; địa chỉ thôn 3. Hết."
    prompts = cut_prompts(text, shortest=5, longest=5)
    assert prompts == [
        "Số CCCD 001085012345,",
        "điện thoại 0912 345 678;",
        "địa chỉ thôn 3.",
        "Hết.",
    ]


def test_the_comparison_set_is_the_size_the_issue_measured() -> None:
    prompts = short_prompts()
    assert prompts == short_prompts()  # deterministic
    lengths = sorted(len(p) for p in prompts)
    assert 1_550 <= len(prompts) <= 1_750
    assert 130 <= lengths[len(lengths) // 2] <= 160
    assert 280_000 <= sum(len(p.encode("utf-8")) for p in prompts) <= 310_000


def test_without_presidio_it_says_how_to_install_the_extra_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "presidio_analyzer", None)
    monkeypatch.setenv("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    assert presidio_compare.main(["--size-kb", "1", "--rounds", "1"]) == EXIT_MISSING
    err = capsys.readouterr().err
    assert "pip install -e '.[bench]'" in err
    assert "Chưa cài presidio-analyzer" in err  # Vietnamese first
    assert "presidio-analyzer is not installed" in err


# -- benchmarks.scaling ---------------------------------------------------------------------


def test_one_line_keeps_the_length_and_drops_every_line_break() -> None:
    text = scaling.make_case("dense", 5_000)
    flat = scaling.make_case("oneline", 5_000)
    assert "\n" in text
    assert len(flat) == len(text)
    assert "\n" not in flat
    assert "\r" not in scaling.one_line("a\r\nb")
    with pytest.raises(ValueError, match="unknown case"):
        scaling.make_case("poetry", 10)


def test_growth_handles_a_zero_start() -> None:
    assert scaling.growth(2.0, 9.0) == 4.5
    assert scaling.growth(0.0, 1.0) == float("inf")
    assert scaling.growth(0.0, 0.0) == 1.0


def test_superlinear_lists_only_what_grows_past_the_limit_heaviest_excess_first() -> None:
    small = {"linear": 1.0, "quadratic": 0.5, "new": 0.0, "noise": 0.0001, "cubic": 0.01}
    large = {"linear": 4.0, "quadratic": 8.0, "new": 0.3, "noise": 0.01, "cubic": 0.64}
    rows = scaling.superlinear(small, large, factor=4.0, limit=4.5, floor=0.05)
    assert [r[0] for r in rows] == ["quadratic", "cubic", "new"]
    assert rows[0][3] == 16.0


# -- benchmarks.regex_backends --------------------------------------------------------------

_MIXED = st.text(alphabet=st.sampled_from("ab 09@.-ạĐỹ€\U0001f600"), max_size=80)


@given(_MIXED)
def test_byte_offsets_map_back_to_the_str_offsets_re_gives(text: str) -> None:
    pattern = r"[0-9](?:[0-9]|[ .\-][0-9])*|@|Đ[a-z]*"
    data = text.encode("utf-8")
    on_bytes = [m.span() for m in re.finditer(pattern.encode("utf-8"), data)]
    on_str = [m.span() for m in re.finditer(pattern, text)]
    assert regex_backends.byte_to_char_spans(text, data, on_bytes) == on_str


def test_the_candidate_scan_finds_each_family() -> None:
    scan = re.compile(regex_backends.COMBINED)
    text = "TỐI MẬT: ông Nguyễn Văn An, CCCD 001 085 012345, thư an@gov.vn"
    found = [m.group() for m in scan.finditer(text)]
    assert found == ["TỐI MẬT", "Nguyễn Văn An", "001 085 012345", "@"]


# -- benchmarks.speed_pair -------------------------------------------------------------------


def test_speed_pair_needs_a_base_tree(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import speed_pair

    with pytest.raises(SystemExit) as stop:
        speed_pair.main([])
    assert stop.value.code == 2
    assert "--base" in capsys.readouterr().err


def test_speed_pair_measures_the_presidio_comparison_prompts() -> None:
    from benchmarks import speed_pair

    assert speed_pair._texts("short") == short_prompts()
    assert len(speed_pair._texts("p2k")[0]) == 2048


def test_speed_pair_refuses_an_unknown_case(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import speed_pair

    with pytest.raises(SystemExit) as stop:
        speed_pair.main(["--base", "src", "--cases", "dense,nope"])
    assert stop.value.code == 2
    assert "nope" in capsys.readouterr().err


# -- benchmarks.corpus.citizens_table ------------------------------------------------------------


def test_citizens_table_puts_a_finding_every_twenty_bytes_or_so() -> None:
    from ai_guard import check_prompt
    from ai_guard.models import EntityType
    from benchmarks.corpus import citizens_table

    for csv in (False, True):
        text = citizens_table(5000, csv=csv)
        assert 5000 <= len(text.encode("utf-8")) < 5200
        assert ("\n" in text) is csv
        found = check_prompt(text).findings
        rows = text.count("@")
        for entity in (EntityType.CCCD, EntityType.EMAIL):
            assert sum(f.entity is entity for f in found) == rows
        assert len(text.encode("utf-8")) / len(found) < 30
    assert citizens_table(5000, csv=True).startswith("Họ và tên,CCCD,SĐT,Email\n")
    assert citizens_table(3000) == citizens_table(3000)  # deterministic: both sides read one text


def test_split_ratios_compare_each_part_of_the_set_on_its_own() -> None:
    best = {"check_prompt": [1.0, 2.0, 4.0, 1.0], "presidio": [3.0, 2.0, 2.0, 3.0]}
    parts = presidio_compare.split_ratios(best, [False, True, True, False])
    assert parts == [("nothing found", 2, 3.0, 1.0), ("something found", 2, 4.0 / 6.0, 3.0)]
    only_found = presidio_compare.split_ratios(best, [True] * 4)
    assert [p[0] for p in only_found] == ["something found"]


def test_instruction_refs_reads_the_count_not_the_process_id() -> None:
    from benchmarks.instructions import instruction_refs

    out = "==48213== Cachegrind, a high-precision tracing profiler\n==48213== I refs:  1,234,567\n"
    assert instruction_refs(out) == 1_234_567
    with pytest.raises(ValueError, match="I refs"):
        instruction_refs("==1== nothing here\n")


def test_phase_table_puts_the_largest_growth_first_and_counts_a_missing_phase_as_zero() -> None:
    from benchmarks.instructions import phase_table

    base = {"vn.person": (9_000_000.0, 1.0), "vn.cccd": (300_000.0, 1.0), "gone": (40_000.0, 1.0)}
    tree = {"vn.person": (9_500_000.0, 1.0), "vn.cccd": (250_000.0, 1.0), "new": (80_000.0, 2.0)}
    rows = phase_table("p2k", tree, base)
    assert rows[0] == "p2k: 9.340M -> 9.830M instructions a pass in the segments (+490.0k)"
    labels = [r.split()[-1] for r in rows[2:]]
    assert labels == ["vn.person", "new", "gone", "vn.cccd"]
    assert "+500.0k" in rows[2]
    assert "-40.0k" in rows[-2]
    assert "1.0 ->   0.0" in rows[-2]
    alone = phase_table("short", tree, None)
    assert alone[0].startswith("short: 9.830M")
    assert alone[1].endswith("vn.person")


def test_the_phase_worker_is_python_and_reads_each_dumps_summary() -> None:
    from benchmarks.instructions import _PHASE_WORKER

    # (a syntax error would show only under valgrind)
    compile(_PHASE_WORKER, "<phase worker>", "exec")
    assert 'startswith("summary:")' in _PHASE_WORKER  # the segment's count, not "totals:"


def test_a_findings_line_names_spans_and_never_the_value() -> None:
    from benchmarks.findings_dump import finding_line

    line = finding_line("t/1", "Ông Nguyễn Văn An, CCCD 001085012345")
    assert line.startswith("t/1 redact ")
    assert "CCCD:24-36" in line
    assert "PERSON:" in line
    assert "001085012345" not in line
    assert "Nguyễn" not in line


def test_a_findings_line_says_a_finding_kept_visible() -> None:
    # a name turning public (kept visible) in a prompt redacted for something else moved no
    # line: the dump held only entities and spans
    from benchmarks.findings_dump import finding_line

    text = "QUYẾT ĐỊNH\nÔng Nguyễn Văn An, CCCD 001085012345.\nCHỦ TỊCH\n(đã ký)\nLê Văn Bình"
    line = finding_line("t/2", text)
    assert line.startswith("t/2 redact ")
    assert line.count("=allow") == 1  # the signer; the CCCD and the citizen are redacted
    assert "=redact" not in line


def test_a_classification_line_is_whole_and_opens_with_the_decision() -> None:
    # it was cut at 4,000 characters: a change after that point moved no line, and two
    # dumps compared equal (i14-dh8 saw four documents change past the cut)
    import json

    from ai_guard import classify_document
    from benchmarks.findings_dump import _classified

    text = "QUYẾT ĐỊNH\n" + "\n".join(
        f"Ông Nguyễn Văn An{i}, CCCD 00108501{i:04d}" for i in range(60)
    )
    line = _classified("d/1", text)
    assert len(line) > 4000
    head, rest = line.split(" ", 2)[2].split("} {", 1)
    first, others = json.loads(head + "}"), json.loads("{" + rest)
    assert next(iter(first)) == "recommended_action"
    assert {**first, **others} == classify_document(text).model_dump(mode="json")
