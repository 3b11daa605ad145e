"""The helper logic of the benchmarks (how prompts are cut, what happens without Presidio).

No timing here: speed is measured by the benchmarks themselves.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import presidio_compare
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
