"""Parse speed and memory on the bundled sample page, as ratios to references run alongside.

- Parse: best of ``--runs`` parses of the whole sample (two pages) against the best of as
  many runs of a plain per-character Python loop over the same text (the reference).
  Aim: ≤ 6× the loop.
- Growth: seconds per byte of the sample repeated 16 times against the sample once.
  Aim: ≤ 1.1×.
- Memory: peak resident memory of a fresh process that imports jzdaily and parses the
  sample (aim ≤ 25 MB); parsing must not import jieba or the entity package.

Run: ``python benchmarks/bench_parse.py [--runs N]``. Figures are machine-independent
ratios; the absolute times are printed beside them.

``--old SRC`` compares with another source tree (the ``src`` folder of a worktree of the
older code, e.g. ``git worktree add /tmp/old <commit>``): ``--rounds`` fresh processes per
tree, taking turns, each timing the best of ``--runs`` parses and loops; the best of all
rounds is kept for each tree, and the ratio new / old printed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Linux keeps ru_maxrss across exec, so a child of this (larger) process would report this
# process's peak; VmHWM is the child's own.
_PEAK_PROBE = """
import pathlib, resource, sys
import jzdaily
pages = jzdaily.parse_pages(jzdaily.sample_text())
assert sum(len(p.articles) for p in pages) == 30
heavy = [m for m in ("jieba", "jzdaily._entities") if m in sys.modules]
status = pathlib.Path("/proc/self/status")
peak = [int(line.split()[1]) for line in (status.read_text().splitlines() if status.exists()
        else ()) if line.startswith("VmHWM:")]
print(peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, *heavy)
"""


def per_character_loop(text: str) -> int:
    """The reference: one Python step per character, the least any parser in Python does."""
    lines = 0
    for char in text:
        if char == "\n":
            lines += 1
    return lines


def best_seconds(work: Callable[[str], object], text: str, runs: int) -> float:
    work(text)  # warm caches: regex compilation, imports
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work(text)
        best = min(best, time.perf_counter() - start)
    return best


def _peak() -> tuple[float, list[str]]:
    """Peak RSS in MB of a fresh import-and-parse, and the heavy modules it loaded."""
    probe = [sys.executable, "-c", _PEAK_PROBE]
    rss, *heavy = subprocess.run(probe, capture_output=True, text=True, check=True).stdout.split()
    return int(rss) / 1024, heavy  # ru_maxrss is in KiB on Linux


_ROUND = """
import sys
sys.path.insert(0, {bench!r})
from bench_parse import best_seconds, per_character_loop
from jzdaily import parse_pages, sample_text
text = sample_text()
print(best_seconds(parse_pages, text, {runs}), best_seconds(per_character_loop, text, {runs}))
"""


def compare(old: Path, runs: int, rounds: int) -> None:
    """The parse of this tree and of ``old`` (a src folder), fresh processes taking turns."""
    trees = {"old": str(old.resolve()), "new": str(Path(__file__).resolve().parent.parent / "src")}
    code = _ROUND.format(bench=str(Path(__file__).resolve().parent), runs=runs)
    best = {name: (float("inf"), float("inf")) for name in trees}
    for _ in range(rounds):
        for name, src in trees.items():
            env = dict(os.environ, PYTHONPATH=src)
            out = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout.split()
            parse, loop = float(out[0]), float(out[1])
            best[name] = (min(best[name][0], parse), min(best[name][1], loop))
    for name, (parse, loop) in best.items():
        print(f"{name}: parse {parse * 1000:.2f} ms, loop {loop * 1000:.3f} ms, "
              f"{parse / loop:.1f}× the loop  ({trees[name]})")  # fmt: skip
    print(f"new / old parse time: {best['new'][0] / best['old'][0]:.2f} "
          f"(best of {rounds} rounds × {runs} runs each)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--old", type=Path, help="src folder of older code to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.old:
        compare(args.old, args.runs, args.rounds)
        return
    from jzdaily import parse_pages, sample_text

    text = sample_text()
    parse = best_seconds(parse_pages, text, args.runs)
    loop = best_seconds(per_character_loop, text, args.runs)
    big = text * 16
    parse_big = best_seconds(parse_pages, big, max(3, args.runs // 8))
    print(f"sample: {len(text.encode()) / 1000:.1f} kB, {text.count(chr(10)) + 1} lines")
    print(f"{'measure':<34} {'figure':>8}  detail")
    print(f"{'parse / per-character loop':<34} {parse / loop:7.2f}×  "
          f"{parse * 1000:.2f} ms vs {loop * 1000:.2f} ms (best of {args.runs})")  # fmt: skip
    print(f"{'growth 16× input, per byte':<34} {parse_big / (16 * parse):7.2f}×  "
          f"{parse_big * 1000:.1f} ms for 16×")  # fmt: skip
    peak, heavy = _peak()
    print(f"{'peak RSS, import + parse':<34} {peak:6.1f} MB  heavy modules: {heavy or 'none'}")


if __name__ == "__main__":
    main()
