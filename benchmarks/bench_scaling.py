"""Parse time per megabyte as the input grows, and on hostile inputs (issue 4, item 5).

Parses 1×, 10× and 100× the bundled sample (concatenated, so 2, 20 and 200 pages) and
inputs a scraper meets in the wild, and prints seconds per MB of UTF-8 for each. Linear
parsing keeps seconds per MB flat: the 100× figure must stay within 1.5× of the 1× figure.
Each figure is the best of several runs, so that a busy machine does not read as slowness.

Run: ``python benchmarks/bench_scaling.py [--quick]``; exits 1 when scaling is not flat.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

from jzdaily import parse_pages, sample_text

_FLAT = 1.5  # largest allowed ratio of s/MB at 100× to s/MB at 1×


def _random_unicode(size: int, seed: int = 4) -> str:
    """About `size` bytes of UTF-8: any code point but surrogates, a newline every ~60."""
    rng = random.Random(seed)
    chars: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 1 / 60:
            char = "\n"
        else:
            code = rng.randrange(0x110000 - 0x800)
            char = chr(code + 0x800 if code >= 0xD800 else code)  # skip the surrogate block
        chars.append(char)
        total += len(char.encode("utf-8"))
    return "".join(chars)


def _inputs(quick: bool) -> list[tuple[str, Callable[[], str], int]]:
    """(name, builder, runs): built lazily so that only one big input lives at a time."""
    sample = sample_text()
    times = (1, 10) if quick else (1, 10, 100)
    scaled = [(f"sample ×{n}", lambda n=n: "\n".join([sample] * n), max(3, 40 // n)) for n in times]
    hostile = [
        ("1 MB single line", lambda: "焦作日报本报讯，某地召开会议。" * 23_000, 3),
        ("100,000 blank lines", lambda: "\n" * 100_000, 3),
        ("● ×100,000 on one line", lambda: "●" * 100_000, 3),
        ("● ×100,000 lines", lambda: "\n".join(["●"] * 100_000), 2),
        ("random Unicode ~1 MB", lambda: _random_unicode(1_000_000), 2),
    ]
    return scaled + hostile


def _best_seconds(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        parse_pages(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="skip the 100× sample")
    args = parser.parse_args()
    parse_pages(sample_text())  # warm up: imports, regex compilation
    rows = []
    print(f"{'input':<24} {'MB':>8} {'lines':>9} {'seconds':>9} {'s/MB':>8}")
    for name, build, runs in _inputs(args.quick):
        text = build()
        size = len(text.encode("utf-8")) / 1e6
        seconds = _best_seconds(text, runs)
        rows.append((name, seconds / size))
        lines = text.count("\n") + 1
        print(f"{name:<24} {size:>8.3f} {lines:>9,} {seconds:>9.3f} {seconds / size:>8.3f}")
    per_mb = dict(rows)
    largest = "sample ×10" if args.quick else "sample ×100"
    ratio = per_mb[largest] / per_mb["sample ×1"]
    flat = ratio <= _FLAT
    print(f"\n{largest} vs sample ×1: {ratio:.2f}× the time per MB "
          f"({'flat' if flat else 'NOT flat'}; limit {_FLAT}×)")  # fmt: skip
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
