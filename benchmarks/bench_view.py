"""Time, output size and peak memory of the HTML view (``jzdaily.to_html``) as the input grows.

Renders 1×, 10× and 100× the bundled sample (concatenated) from pages parsed once
beforehand, so only the view is timed; prints milliseconds per 1,000 input lines, HTML bytes
per input byte and the peak memory the render allocates (tracemalloc). Rendering is linear:
ms per 1,000 lines at 100× must stay within 1.5× of the 1× figure. Each time is the best of
a few runs, so that a busy machine does not read as slowness. The parsed pages are moved out
of the garbage collector's reach (``gc.freeze``) before timing: they are the caller's, and
scanning them again and again would be counted against the renderer.

Run: ``python benchmarks/bench_view.py [--quick]``; exits 1 when the time per line grows.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc

from jzdaily import Page, parse_pages, sample_text, to_html

_FLAT = 1.5  # largest allowed ratio of ms per 1,000 lines at the largest size to that at 1×


def _best_seconds(pages: tuple[Page, ...], text: str, runs: int) -> tuple[float, int]:
    best, size = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(to_html(pages, text).encode("utf-8"))
        best = min(best, time.perf_counter() - start)
    return best, size


def _peak_mib(pages: tuple[Page, ...], text: str) -> float:
    tracemalloc.start()
    to_html(pages, text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1× and 10× only")
    args = parser.parse_args()
    sample = sample_text()
    rows = []
    for times in (1, 10) if args.quick else (1, 10, 100):
        text = "\n".join([sample] * times)
        pages = parse_pages(text)
        gc.collect()
        gc.freeze()
        seconds, size = _best_seconds(pages, text, max(3, 30 // times))
        per_kline = seconds * 1000 / (text.count("\n") + 1) * 1000
        ratio = size / len(text.encode("utf-8"))
        rows.append((times, len(pages), seconds, per_kline, size, ratio, _peak_mib(pages, text)))
        del pages
        gc.unfreeze()
    print("| input | pages | render s | ms / 1,000 lines | HTML MB | HTML bytes / input byte "
          "| peak MiB |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for times, count, seconds, per_kline, size, ratio, peak in rows:
        print(f"| sample ×{times} | {count} | {seconds:.3f} | {per_kline:.2f} | "
              f"{size / 1e6:.2f} | {ratio:.1f} | {peak:.1f} |")  # fmt: skip
    growth = rows[-1][3] / rows[0][3]
    print(f"\nms per 1,000 lines at ×{rows[-1][0]} is {growth:.2f}× the ×1 figure "
          f"(limit {_FLAT}×)")  # fmt: skip
    return 0 if growth <= _FLAT else 1


if __name__ == "__main__":
    sys.exit(main())
