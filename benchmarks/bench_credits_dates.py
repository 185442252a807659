"""Credit reading (``parse_credits``) and event-date reading (``find_event_date``) on the
calls a parse really makes, per call.

The calls are recorded while this checkout parses the bundled sample and the shared corpus
typeset as pages for seeds 1–3 (as ``benchmarks/dump_output.py`` lays them out; the corpus
is read at run time, when present). Then:

- per credit: every distinct text one input's classification reads, each read afresh
  (the cache cleared before it), best of ``--runs``;
- per lead: every lead paragraph with its issue date, best of ``--runs``.

``--old SRC`` times another source tree (the ``src`` folder of a worktree of older code) on
the same recorded calls: ``--rounds`` fresh processes per tree, taking turns; the best of all
rounds is kept for each tree, and the ratio new / old printed.

``--sample`` records the bundled sample's calls only.

Run: ``python benchmarks/bench_credits_dates.py [--old SRC] [--sample] [--runs N] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ROUND = """
import datetime as dt, gc, json, sys, time
from jzdaily._dates import find_event_date
from jzdaily._names import parse_credits
calls = json.load(open(sys.argv[1], encoding="utf-8"))
credits = calls["credits"]
leads = [(text, dt.date.fromisoformat(day) if day else None) for text, day in calls["leads"]]
def read_credits():
    for text in credits:
        parse_credits.cache_clear()
        parse_credits(text)
def read_leads():
    for text, issue in leads:
        find_event_date(text, issue)
def best(work, runs):
    work()
    gc.disable()
    fastest = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        fastest = min(fastest, time.perf_counter() - start)
    gc.enable()
    return fastest
runs = int(sys.argv[2])
print(best(read_credits, runs) / len(credits), best(read_leads, runs) / len(leads))
"""


def record(sample_only: bool) -> dict[str, list[object]]:
    """The credit texts (distinct per input) and the leads a parse of the inputs reads."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import dump_output

    from jzdaily import _article, _bylines, _classify, _closers, _datelines, _names, parse_pages

    texts = {k: v for k, v in dump_output.inputs(0).items() if not k.startswith("archive/")}
    if sample_only:
        texts = {"sample": texts["sample"]}
    credits: list[str] = []
    leads: list[object] = []
    seen: set[str] = set()
    original, find = _names.parse_credits, _article.find_event_date

    def reading(text: str) -> object:
        if text not in seen:
            seen.add(text)
            credits.append(text)
        return original(text)

    def clearing() -> None:
        seen.clear()
        original.cache_clear()

    def dating(text: str, issue: object) -> object:
        leads.append((text, str(issue) if issue else None))
        return find(text, issue)  # type: ignore[arg-type]

    reading.cache_clear = clearing  # type: ignore[attr-defined]
    modules = (_bylines, _classify, _closers, _datelines)
    try:
        for module in modules:
            module.parse_credits = reading  # type: ignore[assignment]
        _article.find_event_date = dating  # type: ignore[assignment]
        for text in texts.values():
            parse_pages(text)
    finally:
        for module in modules:
            module.parse_credits = original  # type: ignore[attr-defined]
        _article.find_event_date = find
    return {"credits": list(credits), "leads": leads}


def _time(src: str, calls: Path, runs: int) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run(
        [sys.executable, "-c", _ROUND, str(calls), str(runs)],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, help="src folder of older code to compare with")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sample", action="store_true", help="the bundled sample's calls only")
    args = parser.parse_args()
    calls = record(args.sample)
    trees = {"new": str(ROOT / "src")}
    if args.old:
        trees = {"old": str(args.old.resolve()), **trees}
    best = {name: (float("inf"), float("inf")) for name in trees}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "calls.json"
        path.write_text(json.dumps(calls, ensure_ascii=False), "utf-8")
        for _ in range(args.rounds if args.old else 1):
            for name, src in trees.items():
                credit, lead = _time(src, path, args.runs)
                best[name] = (min(best[name][0], credit), min(best[name][1], lead))
    print(f"{len(calls['credits'])} credit texts, {len(calls['leads'])} leads")
    for name, (credit, lead) in best.items():
        print(f"{name}: {credit * 1e6:.2f} µs per credit, {lead * 1e6:.2f} µs per lead"
              f"  ({trees[name]})")  # fmt: skip
    if args.old:
        print(f"new / old: credits {best['new'][0] / best['old'][0]:.2f}, "
              f"leads {best['new'][1] / best['old'][1]:.2f} "
              f"(best of {args.rounds} rounds × {args.runs} runs each)")  # fmt: skip


if __name__ == "__main__":
    main()
