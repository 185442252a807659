"""Import cost of jzdaily against ``import attrs``, each in fresh processes.

Prints the best of ``--runs`` interleaved wall times of ``python -c "import X"`` for the reference
(``attrs`` and ``dateutil``, which jzdaily needs anyway) and for ``jzdaily``, and the
difference. Aim: ≤ 20 ms more than the reference, with neither jieba nor the entity
package imported.

Every module is imported from cached bytecode, as after ``pip install``: the children write
and read their ``.pyc`` files in a temporary ``-X pycache_prefix`` folder (so nothing is
written into the source tree), and each command runs once before the timed runs. Without
this, a ``PYTHONDONTWRITEBYTECODE`` environment would make jzdaily's import compile its
source each time while attrs and dateutil load their installed bytecode.

    python benchmarks/bench_import.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

_REFERENCE = "import attrs, dateutil.relativedelta"
_JZDAILY = "import jzdaily"
_CHECK = (
    "import sys, jzdaily; "
    "print(sorted(m for m in ('jieba', 'jzdaily._entities') if m in sys.modules))"
)


def best_of(codes: dict[str, str], runs: int, cache: str) -> dict[str, float]:
    """Best wall time of ``python -c CODE`` for each code; the codes take turns run by run,
    so a change in the machine's load touches each alike. The first round (it writes the
    bytecode) is not timed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    best = dict.fromkeys(codes, float("inf"))
    for run in range(runs + 1):
        for name, code in codes.items():
            start = time.perf_counter()
            command = [sys.executable, "-X", f"pycache_prefix={cache}", "-c", code]
            subprocess.run(command, check=True, env=env)
            if run:
                best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    codes = {"base": "pass", "reference": _REFERENCE, "jzdaily": _JZDAILY}
    with tempfile.TemporaryDirectory(prefix="jzdaily-pycache-") as cache:
        best = best_of(codes, args.runs, cache)
    base, reference, jzdaily = best["base"], best["reference"], best["jzdaily"]
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
