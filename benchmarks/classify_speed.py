"""Speed of classify_document: documents per second over 1,000 two-page documents.

Writes N documents (default 1,000, each about two pages: a Decree 30 header, paragraphs from
benchmarks.corpus, a signature block) to a temporary folder, then times, in the same run:

- ``check_prompt`` alone over the texts in memory (the baseline: the detectors' work);
- ``classify_document`` over the same texts in memory (one process);
- the CLI ``ai-guard classify FOLDER --format json`` with ``--jobs 1`` and ``--jobs 2``
  (reading files, one process per job, JSON out), as a user runs it.

Figures are reported as documents per second and as ratios to the baseline.

    python -m benchmarks.classify_speed [--docs N] [--jobs J]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ai_guard import check_prompt, classify_document
from benchmarks.corpus import paragraph

_HEADERS = [
    ("UBND TỈNH BÌNH PHƯỚC\nSỞ TƯ PHÁP", "{n}/STP-VP", "Bình Phước",
     "V/v báo cáo công tác quý {q}"),
    ("CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK", "{n}/QĐ-CTHADS", "Đắk Lắk",
     "QUYẾT ĐỊNH\nVề việc thi hành án"),
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ", "{n}/KH-UBND", "Tân Phú",
     "KẾ HOẠCH\nTriển khai chuyển đổi số"),
    ("THANH TRA TỈNH", "{n}/TB-TTr", "Hà Nội", "THÔNG BÁO\nKết quả xử lý đơn thư"),
]  # fmt: skip


def make_document(rng: random.Random, chars: int = 5000) -> str:
    issuer, symbol, place, title = rng.choice(_HEADERS)
    head = (
        f"{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {symbol.format(n=rng.randint(1, 999))}\n"
        f"{place}, ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm 2025\n"
        f"{title.format(q=rng.randint(1, 4))}\n\n"
    )
    body: list[str] = []
    size = len(head)
    while size < chars:
        p = paragraph(rng)
        body.append(p)
        size += len(p) + 1
    tail = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Hùng\n"
    return head + "\n".join(body) + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    rng = random.Random(557)
    docs = [make_document(rng) for _ in range(args.docs)]
    mean_chars = sum(map(len, docs)) / len(docs)
    print(f"{len(docs)} documents, {mean_chars:.0f} characters each on average")

    t = time.perf_counter()
    for d in docs:
        check_prompt(d)
    base = time.perf_counter() - t
    print(f"  check_prompt (baseline)          {len(docs) / base:8.1f} doc/s")

    t = time.perf_counter()
    for d in docs:
        classify_document(d)
    mem = time.perf_counter() - t
    print(
        f"  classify_document, in memory     {len(docs) / mem:8.1f} doc/s"
        f"   ({base / mem:.2f} x baseline)"
    )

    folder = Path(tempfile.mkdtemp(prefix="ai-guard-bench-"))
    try:
        for i, d in enumerate(docs):
            (folder / f"doc{i:05d}.txt").write_text(d, "utf-8")
        cli = [sys.executable, "-m", "ai_guard", "classify", str(folder), "--format", "json"]
        results = {}
        for jobs in sorted({1, args.jobs}):
            t = time.perf_counter()
            proc = subprocess.run(
                [*cli, "--jobs", str(jobs)],
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONUTF8": "1"},
                check=False,
            )
            elapsed = time.perf_counter() - t
            lines = sum(1 for line in proc.stdout.splitlines() if line.startswith("{"))
            if lines != len(docs):
                print(f"CLI wrote {lines} results for {len(docs)} documents", file=sys.stderr)
                return 1
            results[jobs] = elapsed
            print(
                f"  CLI --jobs {jobs}                     {len(docs) / elapsed:8.1f} doc/s"
                f"   ({base / elapsed:.2f} x baseline, {elapsed:.1f} s in all)"
            )
        if len(results) == 2:
            gain = results[1] / results[args.jobs]
            print(f"  speed-up of --jobs {args.jobs} over --jobs 1: {gain:.2f}x")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
