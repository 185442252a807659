"""Entity speed against another source tree (e.g. the 0.1 code), measured alternately.

Each round starts one fresh process per tree (``PYTHONPATH=<tree>/src``), warms jieba and
the lexicons, then times people + places + organisations over every article of the sample
page ``--runs`` times (the per-text ``squeeze`` cache cleared before each run, as in
``bench_entities.py``) and prints the median. Rounds alternate the trees so machine load
falls on both alike; the table gives each tree's median over rounds and the ratio.

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
print(statistics.median(times))
"""


def _time(tree: Path, runs: int) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(SAMPLE), str(runs)],
        env=env, capture_output=True, text=True, check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="the other source tree")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    new: list[float] = []
    old: list[float] = []
    for _ in range(args.rounds):
        new.append(_time(ROOT, args.runs))
        old.append(_time(args.old, args.runs))
    new_ms, old_ms = statistics.median(new) * 1000, statistics.median(old) * 1000
    print(f"{'tree':30}{'median ms':>10}")
    print(f"{args.old!s:30}{old_ms:>10.1f}")
    print(f"{'this tree':30}{new_ms:>10.1f}")
    print(f"ratio new/old: {new_ms / old_ms:.2f} (target ≤ 2.0)")
    return 0 if new_ms <= 2 * old_ms else 1


if __name__ == "__main__":
    raise SystemExit(main())
