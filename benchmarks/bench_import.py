"""Import cost of jzdaily against ``import attrs``, each in fresh processes.

Prints the best of ``--runs`` wall times of ``python -c "import X"`` for the reference
(``attrs`` and ``dateutil``, which jzdaily needs anyway) and for ``jzdaily``, and the
difference. Aim: ≤ 20 ms more than the reference, with neither jieba nor the entity
package imported.

    python benchmarks/bench_import.py [--runs 20]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

_REFERENCE = "import attrs, dateutil.relativedelta"
_JZDAILY = "import jzdaily"
_CHECK = (
    "import sys, jzdaily; "
    "print(sorted(m for m in ('jieba', 'jzdaily._entities') if m in sys.modules))"
)


def best_of(code: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    base = best_of("pass", args.runs)
    reference = best_of(_REFERENCE, args.runs)
    jzdaily = best_of(_JZDAILY, args.runs)
    loaded = subprocess.run(
        [sys.executable, "-c", _CHECK], capture_output=True, text=True, check=True
    ).stdout.strip()
    print(f"python start-up:           {base * 1000:6.1f} ms")
    print(f"import attrs + dateutil:   {reference * 1000:6.1f} ms (reference)")
    print(f"import jzdaily:            {jzdaily * 1000:6.1f} ms")
    print(f"jzdaily over reference:    {(jzdaily - reference) * 1000:+6.1f} ms "
          f"({(jzdaily - base) / (reference - base):.2f}× the reference's own cost)")  # fmt: skip
    print(f"heavy modules imported:    {loaded}")


if __name__ == "__main__":
    main()
