"""Entity speed against another source tree (e.g. the 0.1 code), measured alternately.

Each round starts one fresh process per tree (``PYTHONPATH=<tree>/src``), warms jieba and
the lexicons, then times people + places + organisations over every article of the sample
page ``--runs`` times (the per-text ``squeeze`` cache cleared before each run, as in
``bench_entities.py``) and prints the median and the fastest run. Rounds alternate the
trees so machine load falls on both alike; the table gives each tree's median over rounds,
its fastest run, and both ratios.

Run: ``git worktree add /tmp/old 0247394`` then
``python benchmarks/compare_entities.py --old /tmp/old [--rounds 5] [--runs 20]``.
Target (issue 9): new / old ≤ 2.0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "jiaozuo-2023-03-07-A07-A08.txt"

_PROBE = """
import statistics, sys, time
import jzdaily
from jzdaily._entities import organizations, people, places
from jzdaily._entities._text import squeeze
text = open(sys.argv[1], encoding="utf-8").read()
articles = [a for page in jzdaily.parse_pages(text) for a in page.articles]
def run():
    squeeze.cache_clear()
    for a in articles:
        people(a), places(a), organizations(a)
run()
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    run()
    times.append(time.perf_counter() - start)
print(statistics.median(times), min(times))
"""


def _time(tree: Path, runs: int) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(SAMPLE), str(runs)],
        env=env, capture_output=True, text=True, check=True,
    )
    median, fastest = out.stdout.split()[-2:]
    return float(median), float(fastest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="the other source tree")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    new: list[tuple[float, float]] = []
    old: list[tuple[float, float]] = []
    for _ in range(args.rounds):
        new.append(_time(ROOT, args.runs))
        old.append(_time(args.old, args.runs))
    # The median says what a run costs; the fastest run is the least disturbed by other
    # work on a shared machine, so its ratio is the steadier one.
    rows = [(str(args.old), old), ("this tree", new)]
    print(f"{'tree':30}{'median ms':>10}{'fastest ms':>11}")
    figures = {}
    for label, times in rows:
        median = statistics.median(t[0] for t in times) * 1000
        fastest = min(t[1] for t in times) * 1000
        figures[label] = (median, fastest)
        print(f"{label:30}{median:>10.1f}{fastest:>11.1f}")
    (old_median, old_fast), (new_median, new_fast) = figures[str(args.old)], figures["this tree"]
    print(
        f"ratio new/old: median {new_median / old_median:.2f}, "
        f"fastest {new_fast / old_fast:.2f} (target ≤ 2.0)"
    )
    return 0 if new_fast <= 2 * old_fast else 1

if __name__ == "__main__":
    raise SystemExit(main())
