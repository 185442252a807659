"""Parse speed and memory on the bundled sample page.

Prints the median time of many parses of the whole sample (two pages), the throughput in
MB/s, and the peak resident memory of a fresh process that imports jzdaily and parses it.
Run: ``python benchmarks/bench_parse.py [--runs N]``. Targets: < 10 ms, < 25 MB.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

_PEAK_PROBE = """
import resource, sys
import jzdaily
pages = jzdaily.parse_pages(jzdaily.sample_text())
assert sum(len(p.articles) for p in pages) == 30
assert "jieba" not in sys.modules
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _median_seconds(text: str, runs: int) -> float:
    from jzdaily import parse_pages

    parse_pages(text)  # warm caches: regex compilation, imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse_pages(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak_mb() -> float:
    probe = [sys.executable, "-c", _PEAK_PROBE]
    out = subprocess.run(probe, capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    from jzdaily import sample_text

    text = sample_text()
    size_mb = len(text.encode("utf-8")) / 1e6
    median = _median_seconds(text, args.runs)
    print(f"sample: {size_mb * 1000:.1f} kB, {text.count(chr(10)) + 1} lines")
    print(f"parse_pages median of {args.runs}: {median * 1000:.2f} ms")
    print(f"throughput: {size_mb / median:.2f} MB/s")
    print(f"peak RSS (import + parse, fresh process): {_peak_mb():.1f} MB")


if __name__ == "__main__":
    main()
