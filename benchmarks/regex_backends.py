"""Would a compiled regex engine pay for the candidate scan? Python ``re`` against google-re2
and Hyperscan, in one run (research for issue 14; no backend is integrated).

The scan: ONE combined pattern for what the detectors look at first: digit runs (with the
separators identifiers are written with), ``@``, runs of two or more capitalised words
(names, places, stamps in title case) and the secrecy / circulation mark words. It runs over
``prose_text`` (1 MB), over the 1,650 short prompts of ``benchmarks.presidio_compare`` and
over a 2 KB prompt of the labelled corpus, and every backend returns the same thing: the list
of (start, end) spans in ``str`` offsets, what a detector needs.

* ``re``: ``pattern.finditer(text)``;
* ``re2 str``: google-re2 on the ``str`` (it encodes to UTF-8 and maps the offsets back);
* ``re2 bytes``: the engine alone on text already encoded (the floor, no offsets mapped);
* ``re2 bytes+map``: encode, scan bytes, map byte offsets to ``str`` offsets ourselves (free on
  ASCII text; one pass over the matched stretch otherwise);
* ``hyperscan``: one database of the four alternatives, UTF-8, leftmost start of match; it
  reports every match end (not re's non-overlapping leftmost-first matches), so its count
  differs: it shows the engine's ceiling, and would need a re pass to take the spans;
* ``hyperscan gate``: the same database with one match per alternative and no start of
  match: "does this prompt hold a candidate of family X at all", then ``re`` where it does;
  ``re gate`` answers the same question with one ``search`` per alternative.

    pip install -e '.[bench]'
    python -m benchmarks.regex_backends [--repeat 5]

Findings are written in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks.corpus import corpus_prompt, prose_text
from benchmarks.presidio_compare import short_prompts

Span = tuple[int, int]


def _letters(upper: bool) -> str:
    """Every Vietnamese letter of one case, as the body of a character class (explicit code
    points: re2 reads ``\\w`` and ``\\b`` as ASCII, Python's re as Unicode)."""
    base = "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "fjwz"
    tones = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    chars = sorted(set(base + tones))
    return "".join(c.upper() if upper else c for c in chars)


_UP = _letters(upper=True)
_LOW = _letters(upper=False)
MARKS = ["TUYỆT MẬT", "TỐI MẬT", "MẬT", "KHẨN", "LƯU HÀNH NỘI BỘ", "Tuyệt mật", "Tối mật", "Mật"]
#: The alternatives of the candidate scan, in the order the combined pattern tries them.
ALTERNATIVES = {
    "mark": "|".join(re.escape(m) for m in MARKS),
    "capitalised": rf"[{_UP}][{_LOW}]*(?:[ \t]+[{_UP}][{_LOW}]*)+",
    "digits": r"[0-9](?:[0-9]|[ .\-/][0-9])*",
    "at": "@",
}
COMBINED = "|".join(f"(?:{p})" for p in ALTERNATIVES.values())


def byte_to_char_spans(text: str, data: bytes, spans: list[Span]) -> list[Span]:
    """Map UTF-8 byte offsets of ``data`` (``text`` encoded) to ``str`` offsets of ``text``.

    ``spans`` are sorted by start and do not overlap (what a leftmost-first scan returns).
    ASCII text is mapped for free; otherwise one pass decodes the bytes between consecutive
    offsets, never the whole text twice.
    """
    if len(data) == len(text):
        return spans
    out: list[Span] = []
    byte_pos = 0
    char_pos = 0
    for start, end in spans:
        char_pos += len(data[byte_pos:start].decode("utf-8"))
        char_start = char_pos
        char_pos += len(data[start:end].decode("utf-8"))
        out.append((char_start, char_pos))
        byte_pos = end
    return out


def backends() -> dict[str, Callable[[str], object]]:
    """Each available backend as text -> result (spans or, for the gate, families)."""
    py = re.compile(COMBINED)
    gates = [re.compile(p) for p in ALTERNATIVES.values()]
    found: dict[str, Callable[[str], object]] = {
        "re": lambda t: [m.span() for m in py.finditer(t)],
        "re gate": lambda t: {i for i, g in enumerate(gates) if g.search(t)},
    }
    try:
        import re2
    except ImportError:
        re2 = None
    if re2 is not None:
        r2 = re2.compile(COMBINED)
        found["re2 str"] = lambda t: [m.span() for m in r2.finditer(t)]
        found["re2 bytes"] = _Encoded(lambda b: [m.span() for m in r2.finditer(b)])
        found["re2 bytes+map"] = lambda t: _re2_mapped(r2, t)
    try:
        import hyperscan
    except ImportError:
        hyperscan = None
    if hyperscan is not None:
        found["hyperscan"] = _hyperscan(hyperscan, gate=False)
        found["hyperscan gate"] = _hyperscan(hyperscan, gate=True)
    return found


class _Encoded:
    """A backend timed on text encoded beforehand: the engine's floor, no conversion."""

    def __init__(self, fn: Callable[[bytes], object]) -> None:
        self.fn = fn
        self.cache: dict[int, bytes] = {}

    def prepare(self, texts: list[str]) -> None:
        self.cache = {id(t): t.encode("utf-8") for t in texts}

    def __call__(self, text: str) -> object:
        data = self.cache.get(id(text))
        return self.fn(data if data is not None else text.encode("utf-8"))


def _re2_mapped(r2: Any, text: str) -> list[Span]:
    data = text.encode("utf-8")
    spans = [m.span() for m in r2.finditer(data)]
    return byte_to_char_spans(text, data, spans)


def _hyperscan(hs: Any, *, gate: bool) -> Callable[[str], object]:
    flags = hs.HS_FLAG_UTF8 | (hs.HS_FLAG_SINGLEMATCH if gate else hs.HS_FLAG_SOM_LEFTMOST)
    patterns = [p.encode("utf-8") for p in ALTERNATIVES.values()]
    db = hs.Database()
    db.compile(expressions=patterns, ids=list(range(len(patterns))), flags=[flags] * len(patterns))

    def scan(text: str) -> object:
        hits: list[tuple[int, int, int]] = []

        def on_match(pid: int, start: int, end: int, _flags: int, _ctx: object) -> None:
            hits.append((pid, start, end))

        db.scan(text.encode("utf-8"), match_event_handler=on_match)
        if gate:
            return {pid for pid, _, _ in hits}
        return hits

    return scan


def _time_set(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    """Total and median process time of ``fn`` over ``texts``."""
    times = []
    clock = time.process_time
    for t in texts:
        t0 = clock()
        fn(t)
        times.append(clock() - t0)
    return sum(times), statistics.median(times)


def _per_call_ns(fn: Callable[[str], object], text: str, n: int) -> float:
    clock = time.process_time_ns
    best = float("inf")
    for _ in range(5):
        t0 = clock()
        for _ in range(n):
            fn(text)
        best = min(best, (clock() - t0) / n)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="best of this many rounds")
    ap.add_argument("--prose-mb", type=float, default=1.0)
    args = ap.parse_args(argv)

    fns = backends()
    if len(fns) == 1:
        print("google-re2 / hyperscan not installed: pip install -e '.[bench]'", file=sys.stderr)
    prose = prose_text(int(args.prose_mb * 1_000_000))
    prompts = short_prompts()
    two_kb = corpus_prompt(2000)
    for fn in fns.values():
        if isinstance(fn, _Encoded):
            fn.prepare([prose, two_kb, *prompts])

    reference = fns["re"]
    for name, fn in fns.items():
        if "gate" in name or name.startswith("hyperscan") or isinstance(fn, _Encoded):
            continue
        same = all(fn(t) == reference(t) for t in (prose, two_kb, *prompts[:300]))
        if not same:
            print(f"!! {name} does not return re's spans")

    sets = {
        "prose": [prose],
        "short prompts": prompts,
    }
    best: dict[tuple[str, str], tuple[float, float]] = {}
    for _ in range(args.repeat):
        for name, fn in fns.items():  # backends alternate within each round
            for set_name, texts in sets.items():
                total, med = _time_set(fn, texts)
                old = best.get((name, set_name), (float("inf"), float("inf")))
                best[(name, set_name)] = (min(old[0], total), min(old[1], med))

    def nbytes(texts: list[str]) -> int:
        return sum(len(t.encode("utf-8")) for t in texts)

    counts = {name: len(fn(prose)) for name, fn in fns.items()}  # type: ignore[arg-type]
    print(f"combined pattern: {len(COMBINED)} characters; {len(prompts)} prompts")
    for set_name, texts in sets.items():
        size = nbytes(texts)
        base = best[("re", set_name)][0]
        print(f"{set_name} ({size / 1e6:.2f} MB):")
        for name in fns:
            total, med = best[(name, set_name)]
            extra = f", median {med * 1e6:.1f} us/prompt" if len(texts) > 1 else ""
            print(f"  {name:>15}: {size / total / 1e6:7.1f} MB/s ({base / total:5.2f}x re){extra}")
    encode_ns = _per_call_ns(lambda t: t.encode("utf-8"), two_kb, 2000)
    print(f"2 KB corpus prompt ({len(two_kb)} characters), per call:")
    base_ns = _per_call_ns(fns["re"], two_kb, 2000)
    for name, fn in fns.items():
        ns = _per_call_ns(fn, two_kb, 2000)
        print(f"  {name:>15}: {ns / 1e3:7.1f} us ({base_ns / ns:5.2f}x re)")
    print(f"  {'str.encode':>15}: {encode_ns / 1e3:7.1f} us")
    print("matches on prose: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
