"""Entity lookup: accuracy against the answer key, speed, start-up and memory.

Scores ``people()`` on the key's article bodies (``people_optional`` names are neither
required nor counted as false hits) next to ``jieba.posseg``'s ``nr`` words on the same
text, in the same run; title recall against the key's ``titles`` map; the median time of
people + places + organisations over all bodies (jieba already loaded) against
``jieba.posseg`` over the same text; jieba's one-off start-up; and the peak memory of a
fresh process that imports jzdaily and runs all three over the sample.

Run: ``python benchmarks/bench_entities.py [--runs N]``.
Targets: P ≥ 0.98, R ≥ 0.98, title recall ≥ 0.9, < 60 ms, ≥ 4× posseg, < 110 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "jiaozuo-2023-03-07-A07-A08.gold.json"
SAMPLE = ROOT / "tests" / "fixtures" / "jiaozuo-2023-03-07-A07-A08.txt"

_PEAK_PROBE = """
import resource, sys
import jzdaily
from jzdaily._entities import organizations, people, places
text = open(sys.argv[1], encoding="utf-8").read()
for page in jzdaily.parse_pages(text):
    for article in page.articles:
        people(article), places(article), organizations(article)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

_STARTUP_PROBE = """
import sys, time
start = time.perf_counter()
from jzdaily._entities import people
people("县长甲乙丙出席")
print(time.perf_counter() - start)
"""


def _score(found: Iterable[set[str]], items: list[dict[str, Any]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for names, item in zip(found, items, strict=True):
        names = names - set(item["people_optional"])
        required = set(item["people"])
        tp, fp, fn = (
            tp + len(names & required),
            fp + len(names - required),
            fn + len(required - names),
        )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _title_recall(bodies: list[str], titles: dict[str, list[str]]) -> float:
    from jzdaily._entities import people

    seen: dict[str, set[str]] = {}
    for body in bodies:
        for person in people(body):
            seen.setdefault(person.name, set()).update(person.titles)
    expected = [("".join(k.split()), "".join(t.split())) for k, ts in titles.items() for t in ts]
    hits = sum(any(key == t or key.endswith(t) for t in seen.get(n, ())) for n, key in expected)
    return hits / len(expected)


def _median(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _subprocess(code: str, *args: str, cache: str) -> str:
    env = {**os.environ, "JZDAILY_CACHE_DIR": cache}
    probe = [sys.executable, "-c", code, *args]
    return subprocess.run(probe, capture_output=True, text=True, check=True, env=env).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timed runs (default 50)")
    runs = parser.parse_args(argv).runs

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    items = gold["items"]
    bodies = [item["body_nospace"] for item in items]

    # Probes first, while this process is small: Linux keeps a process's peak memory
    # across exec, so a child started from a big parent would report the parent's peak.
    with tempfile.TemporaryDirectory() as cache:
        cold = float(_subprocess(_STARTUP_PROBE, cache=cache))  # builds jieba's cache
        warm = float(_subprocess(_STARTUP_PROBE, cache=cache))
        peak_mb = int(_subprocess(_PEAK_PROBE, str(SAMPLE), cache=cache)) / 1024
    with tempfile.TemporaryDirectory() as cache:
        cold_peak_mb = int(_subprocess(_PEAK_PROBE, str(SAMPLE), cache=cache)) / 1024

    start = time.perf_counter()
    from jzdaily._entities import organizations, people, places
    from jzdaily._entities._lexicon import frequencies
    from jzdaily._entities._text import squeeze

    frequencies()
    in_process = time.perf_counter() - start

    import jieba.posseg as posseg

    posseg.lcut("预热")  # posseg's own tables load here, outside the timing

    ours = _score(({p.name for p in people(b)} for b in bodies), items)
    nr = _score(({w.word for w in posseg.cut(b) if w.flag == "nr"} for b in bodies), items)
    title_recall = _title_recall(bodies, gold["titles"])

    def all_three() -> None:
        squeeze.cache_clear()  # each run reads every body afresh
        for body in bodies:
            people(body), places(body), organizations(body)

    def with_posseg() -> None:
        for body in bodies:
            list(posseg.cut(body))

    all_three()
    ours_s = _median(all_three, runs)
    posseg_s = _median(with_posseg, max(5, runs // 5))

    chars = sum(len(b) for b in bodies)
    print(f"answer key: {len(items)} bodies, {chars} characters")
    print(f"{'':24}{'precision':>10}{'recall':>8}{'F1':>7}")
    print(f"{'jzdaily people()':24}{ours[0]:>10.3f}{ours[1]:>8.3f}{ours[2]:>7.3f}")
    print(f"{'jieba.posseg nr':24}{nr[0]:>10.3f}{nr[1]:>8.3f}{nr[2]:>7.3f}")
    print(f"title recall: {title_recall:.3f}")
    print(
        f"speed: people+places+organizations {ours_s * 1000:.1f} ms (median of {runs}), "
        f"jieba.posseg {posseg_s * 1000:.1f} ms: {posseg_s / ours_s:.1f}x faster"
    )
    print(
        f"jieba start-up: {cold:.2f} s with an empty cache, {warm:.2f} s from the cache "
        f"(this process: {in_process:.2f} s)"
    )
    print(
        f"peak memory after all three over the sample: {peak_mb:.1f} MB "
        f"({cold_peak_mb:.1f} MB on the first run, which builds jieba's cache)"
    )
    met = (
        ours[0] >= 0.98
        and ours[1] >= 0.98
        and title_recall >= 0.9
        and ours_s < 0.060
        and posseg_s / ours_s >= 4
        and max(peak_mb, cold_peak_mb) < 110
    )
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
