"""check_prompt against Presidio's AnalyzerEngine with pattern recognizers only, in one run.

The same ~300 KB of generated administrative text (``benchmarks.corpus.mixed_text``, fixed
seed) is cut at sentence and clause ends into ~1,650 short prompts (median ~145 characters,
what people paste into a chatbot), and every prompt goes through both:

* ``ai_guard.check_prompt(prompt)`` (all detectors, policy, redaction);
* Presidio's ``AnalyzerEngine.analyze(prompt, language="en")`` in its fastest configuration:
  its predefined ``PatternRecognizer``s only (regular expressions with their checksums and
  context words) behind Presidio's own no-op NLP engine, so no spaCy model is loaded. Its
  phone recognizer is not a pattern recognizer (it runs phonenumbers' matcher, ~3 ms a prompt
  here, seven times all the others together); ``--all-local`` adds it back. Presidio knows none
  of the Vietnamese identifiers, so it does far less work than check_prompt.

Both run alternately, round after round; each prompt keeps its best time over the rounds, so a
noisy neighbour on a shared machine inflates neither side. Reported: MB/s over the whole set,
the median ms per prompt, and the ratio (target: check_prompt at least 10x faster); then the
ratio on the prompts in which check_prompt finds nothing and on those in which it finds
something, and both libraries' floor (a two-character prompt).

Presidio is an optional comparison, not a dependency:

    pip install -e '.[bench]'
    python -m benchmarks.presidio_compare [--rounds 5] [--size-kb 300]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks.corpus import mixed_text

EXIT_MISSING = 2
MISSING_PRESIDIO = (
    "Chưa cài presidio-analyzer, nên không so sánh được. Cài phần bổ sung 'bench': "
    "pip install -e '.[bench]'\n"
    "presidio-analyzer is not installed, so there is nothing to compare with. Install the "
    "'bench' extra: pip install -e '.[bench]'"
)

# Sentence and clause ends: a prompt is a few whole clauses, never a value cut in two.
_CLAUSE_END = re.compile(r"\n\n|(?<=[.;,])\s+")


def cut_prompts(text: str, *, shortest: int = 100, longest: int = 140, seed: int = 14) -> list[str]:
    """Cut ``text`` into prompts of whole clauses, each at least a random length.

    Clauses are joined with one space until the prompt reaches a length drawn from
    [shortest, longest] (a fixed seed: the same text gives the same prompts); only the last
    prompt may be shorter. Every non-space character of ``text`` ends up in exactly one prompt,
    in order.
    """
    rng = random.Random(seed)
    prompts: list[str] = []
    current = ""
    target = rng.randint(shortest, longest)
    for clause in _CLAUSE_END.split(text):
        clause = clause.strip()
        if not clause:
            continue
        current = f"{current} {clause}" if current else clause
        if len(current) >= target:
            prompts.append(current)
            current = ""
            target = rng.randint(shortest, longest)
    if current:
        prompts.append(current)
    return prompts


def short_prompts(size_bytes: int = 300_000) -> list[str]:
    """The comparison set: ``size_bytes`` of mixed_text (default seed) cut by cut_prompts."""
    return cut_prompts(mixed_text(size_bytes))


def presidio_pattern_only(*, all_local: bool = False) -> Callable[[str], list[Any]] | None:
    """Presidio's analyzer with its predefined pattern recognizers, or None if not installed.

    ``all_local`` keeps every predefined recognizer that needs no NLP model (adds the phone
    recognizer, which is not a PatternRecognizer).
    """
    # tldextract (used by Presidio's e-mail recognizer) would fetch the public suffix list
    # over the network on first use; read its bundled snapshot instead: no network here.
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    try:
        import tldextract
        from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
    except ImportError:
        return None
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())

    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=nlp, languages=["en"])
    if not all_local:
        registry.recognizers = [r for r in registry.recognizers if isinstance(r, PatternRecognizer)]
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])

    def analyze(prompt: str) -> list[Any]:
        return list(analyzer.analyze(text=prompt, language="en"))

    analyze.recognizers = sorted(  # type: ignore[attr-defined]
        type(r).__name__ for r in registry.recognizers
    )
    return analyze


def best_times(
    fns: dict[str, Callable[[str], object]], prompts: list[str], rounds: int
) -> dict[str, list[float]]:
    """Per function, each prompt's best time (s) over ``rounds``, the functions alternating."""
    best = {name: [float("inf")] * len(prompts) for name in fns}
    clock = time.perf_counter
    for _ in range(rounds):
        for name, fn in fns.items():
            row = best[name]
            for i, prompt in enumerate(prompts):
                t0 = clock()
                fn(prompt)
                dt = clock() - t0
                if dt < row[i]:
                    row[i] = dt
    return best


def split_ratios(
    best: dict[str, list[float]], found: list[bool]
) -> list[tuple[str, int, float, float]]:
    """The throughput ratio presidio/check_prompt and check_prompt's median (s) on two parts
    of the set: the prompts in which check_prompt finds nothing, and those in which it finds
    something (``found``, one flag a prompt); ``(part, prompts, ratio, median)`` for each
    part that holds a prompt. check_prompt's cost grows with what a prompt holds (every
    candidate is judged: names, numbers, addresses), Presidio's much less."""
    out: list[tuple[str, int, float, float]] = []
    for part, flag in (("nothing found", False), ("something found", True)):
        picked = [i for i, f in enumerate(found) if f is flag]
        if not picked:
            continue
        ours = [best["check_prompt"][i] for i in picked]
        theirs = sum(best["presidio"][i] for i in picked)
        out.append((part, len(picked), theirs / sum(ours), statistics.median(ours)))
    return out


#: a prompt with nothing in it: what a call costs before any text is read (the floor)
FLOOR_PROMPT = "ok"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-kb", type=int, default=300, help="text cut into prompts (KB)")
    ap.add_argument("--rounds", type=int, default=5, help="best of this many rounds")
    ap.add_argument(
        "--all-local",
        action="store_true",
        help="Presidio with every model-free recognizer (adds its phonenumbers-based phone one)",
    )
    args = ap.parse_args(argv)

    presidio = presidio_pattern_only(all_local=args.all_local)
    if presidio is None:
        print(MISSING_PRESIDIO, file=sys.stderr)
        return EXIT_MISSING

    from ai_guard import check_prompt

    prompts = short_prompts(args.size_kb * 1000)
    nbytes = sum(len(p.encode("utf-8")) for p in prompts)
    lengths = [len(p) for p in prompts]
    for p in prompts[:50]:  # warm lexicons, lazy imports and both regex caches
        check_prompt(p)
        presidio(p)

    fns: dict[str, Callable[[str], object]] = {"check_prompt": check_prompt, "presidio": presidio}
    best = best_times(fns, prompts, args.rounds)
    print(
        f"{len(prompts)} prompts, {nbytes / 1e3:.0f} KB, median {statistics.median(lengths):.0f} "
        f"characters (min {min(lengths)}, max {max(lengths)}); best of {args.rounds} rounds"
    )
    print(
        "presidio: AnalyzerEngine, NoOpNlpEngine, " + ", ".join(presidio.recognizers)  # type: ignore[attr-defined]
    )
    figures = {}
    for name, times in best.items():
        total = sum(times)
        med = statistics.median(times)
        figures[name] = (total, med)
        print(f"{name:>12}: {nbytes / total / 1e6:6.2f} MB/s, median {med * 1e3:.3f} ms/prompt")
    (t_ours, m_ours), (t_theirs, m_theirs) = figures["check_prompt"], figures["presidio"]
    print(
        f"ratio presidio/check_prompt: {t_theirs / t_ours:.2f}x on throughput, "
        f"{m_theirs / m_ours:.2f}x on the median prompt (target >= 10x)"
    )
    checks = [check_prompt(p) for p in prompts]
    n_ours = sum(len(c.findings) for c in checks)
    n_theirs = sum(len(presidio(p)) for p in prompts)
    print(f"findings: check_prompt {n_ours}, presidio {n_theirs}")
    for part, count, ratio, med in split_ratios(best, [bool(c.findings) for c in checks]):
        print(
            f"  {part} ({count} prompts): {ratio:.2f}x on throughput, "
            f"check_prompt median {med * 1e3:.3f} ms"
        )
    floor = best_times(fns, [FLOOR_PROMPT] * 200, args.rounds)
    print(
        f"floor ({FLOOR_PROMPT!r}, best of 200 calls): check_prompt "
        f"{min(floor['check_prompt']) * 1e6:.0f} us, presidio {min(floor['presidio']) * 1e6:.0f} us"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
