"""Batch benchmark: ``jzdaily parse ARCHIVE --recursive`` with one and with two worker processes.

Builds a synthetic archive (2,000 page files by default, in a temporary folder that is removed
afterwards) from the bundled sample: each file is one of its two pages, its body re-wrapped to
another column width, some names swapped for others and the printed date moved to the day of
the folder it is filed in (``2023-01-01/A08.txt``). Then it runs the command line with
``--jobs 1`` and ``--jobs 2`` and prints pages per second, the ratio ``--jobs 2`` / ``--jobs 1``
(the reference, measured in the same run, so the figure holds across machines), and the peak
resident memory of the parent and of the largest worker. Runs of the two settings alternate,
so a change in the machine's load touches both alike; the best run of each is kept.

Targets (issue 13), without entities: one job at least 300 pages/s, two jobs at least 1.8× one
job on two cores, and at most 25 MB peak resident memory per worker.

    python benchmarks/bench_batch.py                 # 2,000 files, best of 3 runs each
    python benchmarks/bench_batch.py --files 200 --repeat 1 --entities
    python benchmarks/bench_batch.py --files 200 --repeat 1 --people   # jzdaily people too
    python benchmarks/bench_batch.py --files 400 --instructions       # needs valgrind

``--instructions`` counts instead of timing: each setting runs once under valgrind's callgrind,
which counts the instructions every process executes, the same from run to run whatever the
machine's load. The count of a run on an empty folder (start-up and imports) is taken off
both; two jobs on two free cores take about the parent's work up to the fork, then the
workers' and the parent's work after it shared over two cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from jzdaily import sample_text

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"  # noqa: E501
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国志红林峰春梅海波宁燕晨浩宇"
# Names printed whole on one line of the sample, swapped per file so no two pages read alike.
NAMES = ["郭树勋", "赵根志", "付凯明", "吕沛", "宫卫红", "刘振毅", "谢欣汝", "牛成文", "李明霖",
         "卢和平", "杨建路", "谢建祥", "范晴甜", "贾学斌", "李泽乾", "杜鹏"]  # fmt: skip
WEEKDAYS = "一二三四五六日"
BODY_LINE = re.compile(r"^[\u4e00-\u9fff0-9“”‘’，。、；：？！（）《》—…·%．\- ]{11,24}$")


def _pages() -> tuple[list[str], list[str]]:
    """The sample's two pages as line lists: A07 (no printed header) and A08."""
    lines = sample_text().split("\n")
    header = next(i for i, line in enumerate(lines) if line.strip() == "JIAOZUO DAILY")
    return lines[:header], lines[header:]


def _rewrap(lines: list[str], width: int) -> list[str]:
    """Re-cut each run of body lines to ``width`` characters, as another extractor would."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            text = "".join(run)
            out.extend(text[i : i + width] for i in range(0, len(text), width))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        if BODY_LINE.match(line) and not line.startswith(("本报讯", "●", "⬅", "➡", "□")):
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out


def _page_text(lines: list[str], day: dt.date, rng: random.Random) -> str:
    text = "\n".join(_rewrap(lines, rng.randint(11, 22)))
    for name in NAMES:
        new = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=len(name) - 1))
        text = text.replace(name, new)
    printed = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    return text.replace("2023年3月7日 星期二", printed)


def build_archive(root: Path, files: int, seed: int = 5) -> int:
    """Write ``files`` page files under ``root``; return how many."""
    rng = random.Random(seed)
    undated, dated = _pages()
    start = dt.date(2021, 1, 1)
    for n in range(files):
        day = start + dt.timedelta(days=n // 2)
        name, lines = ("A07.txt", undated) if n % 2 == 0 else ("A08.txt", dated)
        path = root / day.isoformat() / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_page_text(lines, day, rng), "utf-8")
    return files


def _peak_rss_kb(fallback: int) -> int:
    """This process's own peak RSS. Linux keeps ru_maxrss across exec, so for a child of the
    benchmark it would report the benchmark's memory when that was larger; VmHWM does not."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return fallback


def measure(argv: list[str]) -> None:
    """Run the CLI in this (fresh) process and print its time and memory as JSON.

    Run as a child of the benchmark so that ``RUSAGE_SELF`` is the CLI's parent process alone
    and ``RUSAGE_CHILDREN`` the largest of its workers (ru_maxrss is a maximum, not a sum).
    """
    from jzdaily.cli import main

    start = time.perf_counter()
    status = main(argv)
    seconds = time.perf_counter() - start
    me = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "status": status,
        "seconds": seconds,
        "cpu": me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime,
        "parent_cpu": me.ru_utime + me.ru_stime,
        "parent_kb": _peak_rss_kb(me.ru_maxrss),
        "worker_kb": workers.ru_maxrss,
        "modules": sorted(m for m in ("jieba",) if m in sys.modules),
    }))  # fmt: skip


def _seconds(report: dict[str, Any]) -> float:
    return float(report["seconds"])


def run_cli(
    root: Path, jobs: int, out: Path, entities: bool, command: str = "parse"
) -> dict[str, Any]:
    argv = [command, str(root), "--recursive", "--jobs", str(jobs), "--output", str(out), "-q"]
    argv += ["--entities"] if entities else []
    wall = time.perf_counter()
    result = subprocess.run(
        [sys.executable, __file__, "--measure", json.dumps(argv)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    report: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    report["wall"] = time.perf_counter() - wall
    if report["status"] != 0:
        status = report["status"]
        raise SystemExit(f"jzdaily {command} failed with status {status}: {result.stderr}")
    return report


def _people(root: Path, tmp: Path, files: int, repeat: int) -> None:
    """``jzdaily people`` with one and two jobs: entity extraction runs in the workers."""
    digests, seconds = {}, {}
    for jobs in (1, 2):
        out = tmp / f"people-{jobs}.csv"
        runs = [run_cli(root, jobs, out, False, "people") for _ in range(repeat)]
        best = min(runs, key=lambda r: float(r["seconds"]))
        seconds[jobs] = float(best["seconds"])
        digests[jobs] = hashlib.sha256(out.read_bytes()).hexdigest()
        rows = out.read_bytes().count(b"\n") - 1
        worker = f"{best['worker_kb'] / 1024:.0f} MB" if jobs > 1 else "(in-process)"
        print(f"people --jobs {jobs:<8} {files} files in {seconds[jobs]:5.2f} s "
              f"(CPU {float(best['cpu']):.2f} s) {files / seconds[jobs]:6.1f} files/s, {rows} rows;"
              f" peak RSS: parent {int(best['parent_kb']) / 1024:.0f} MB, largest worker {worker}")
    print(f"people --jobs 2 / --jobs 1: {seconds[1] / seconds[2]:.2f}x "
          f"(table identical: {digests[1] == digests[2]})")


def _instructions(argv: list[str], folder: Path) -> dict[int, list[int]]:
    """Instructions run by the CLI's process and each worker, counted by callgrind, per
    process id and in order of the process's parts: the parent's count is cut before each
    fork (so its workers start at 0); only the parent has more than one part."""
    folder.mkdir()
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--dump-before=fork",
         f"--callgrind-out-file={folder / 'callgrind.%p'}", sys.executable, "-m", "jzdaily",
         *argv], capture_output=True, check=True,
    )  # fmt: skip
    parts: dict[int, list[tuple[float, int]]] = {}
    for path in folder.iterdir():  # callgrind.PID.N for the Nth cut, callgrind.PID for the rest
        _, pid, *cut = path.name.split(".")
        total = next(int(line.split()[1]) for line in path.read_text().splitlines()
                     if line.startswith(("summary:", "totals:")))  # fmt: skip
        parts.setdefault(int(pid), []).append((float(cut[0]) if cut else float("inf"), total))
    return {pid: [total for _, total in sorted(found)] for pid, found in parts.items()}


def count_instructions(root: Path, tmp: Path) -> None:
    """One job and two, by instructions: see the module's docstring."""
    empty = tmp / "empty"
    empty.mkdir()
    (base,) = _instructions(["parse", str(empty), "-r", "-q"], tmp / "base").values()
    argv = ["parse", str(root), "-r", "-q", "--output"]
    (one,) = _instructions([*argv, str(tmp / "one.jsonl"), "--jobs", "1"], tmp / "one").values()
    two = _instructions([*argv, str(tmp / "two.jsonl"), "--jobs", "2"], tmp / "two").values()
    (parent,) = [counts for counts in two if len(counts) > 1]
    workers = [sum(counts) for counts in two if len(counts) == 1]
    work = sum(one) - sum(base)
    before, after = parent[0] - sum(base), sum(parent[1:])  # up to the first fork, after it
    span = before + (sum(workers) + after) / 2
    print(f"instructions (millions), start-up ({sum(base) / 1e6:.0f}) taken off: --jobs 1 "
          f"{work / 1e6:.0f}; --jobs 2: parent {before / 1e6:.0f} before the workers start, "
          f"{after / 1e6:.0f} while they run, workers "
          f"{' + '.join(f'{w / 1e6:.0f}' for w in workers)}")
    print(f"  --jobs 2 / --jobs 1 on two free cores, by instructions: {work / span:.2f}x "
          f"(workers' work / one job's: {sum(workers) / work:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="page files to generate")
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting; best is kept")
    parser.add_argument("--entities", action="store_true", help="also run with --entities")
    parser.add_argument("--people", action="store_true", help="also run jzdaily people")
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions with valgrind instead of timing")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(json.loads(args.measure))
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"python {sys.version.split()[0]}, {cores} cores available, "
          f"load average {os.getloadavg()[0]:.2f} (other work on the machine skews the figures)")
    settings = [(False, 1), (False, 2)] + ([(True, 1), (True, 2)] if args.entities else [])
    with tempfile.TemporaryDirectory(prefix="jzdaily-bench-") as tmp:
        root = Path(tmp, "archive")
        built = time.perf_counter()
        files = build_archive(root, args.files)
        print(f"archive: {files} page files in {time.perf_counter() - built:.1f} s")
        if args.instructions:
            count_instructions(root, Path(tmp))
            return
        outputs: dict[tuple[bool, int], str] = {}  # digests: the outputs are tens of MB
        rates: dict[tuple[bool, int], float] = {}
        workers: dict[tuple[bool, int], float] = {}
        bests: dict[tuple[bool, int], dict[str, Any]] = {}
        runs: dict[tuple[bool, int], list[dict[str, Any]]] = {key: [] for key in settings}
        for _ in range(args.repeat):  # alternate the settings: load changes touch each alike
            for entities, jobs in settings:
                out = Path(tmp, f"out-{entities}-{jobs}.jsonl")
                runs[(entities, jobs)].append(run_cli(root, jobs, out, entities))
        for entities, jobs in settings:
            out = Path(tmp, f"out-{entities}-{jobs}.jsonl")
            best = bests[(entities, jobs)] = min(runs[(entities, jobs)], key=_seconds)
            data = out.read_bytes()
            outputs[(entities, jobs)] = hashlib.sha256(data).hexdigest()
            pages = data.count(b"\n")
            del data
            seconds = float(best["seconds"])
            rates[(entities, jobs)] = pages / seconds
            workers[(entities, jobs)] = int(best["worker_kb"]) / 1024
            label = f"--jobs {jobs}{' --entities' if entities else ''}"
            worker = f"{workers[(entities, jobs)]:.0f} MB" if jobs > 1 else "(in-process)"
            print(
                f"{label:<22} {pages} pages in {seconds:5.2f} s (wall {float(best['wall']):.2f} s,"
                f" CPU {float(best['cpu']):.2f} s)  {pages / seconds:6.1f} pages/s,"
                f" {pages / seconds / jobs:6.1f} pages/s/core,"
                f" {pages / float(best['cpu']):6.1f} pages/CPU-s;"
                f" peak RSS: parent {int(best['parent_kb']) / 1024:.0f} MB,"
                f" largest worker {worker}; jieba in parent: {'yes' if best['modules'] else 'no'}"
            )
        for entities in sorted({e for e, _ in settings}):
            same = outputs[(entities, 1)] == outputs[(entities, 2)]
            speedup = rates[(entities, 2)] / rates[(entities, 1)]
            what = "with entities" if entities else "without entities"
            print(f"--jobs 2 / --jobs 1 {what}: {speedup:.2f}x (output identical: {same})")
            # On a machine shared with other work the wall-clock ratio says more about the
            # load than about the batch; CPU time per page does not depend on it. Two jobs on
            # two free cores run about 2 × (CPU per page at one job / CPU per page at two).
            cpu = {j: float(bests[(entities, j)]["cpu"]) for j in (1, 2)}
            efficiency = cpu[1] / cpu[2]
            parent = float(bests[(entities, 2)]["parent_cpu"])
            print(f"  CPU per page, --jobs 1 / --jobs 2: {efficiency:.2f} (parent's share at "
                  f"--jobs 2: {parent / cpu[2]:.0%}); on two free cores about "
                  f"{2 * efficiency:.2f}x")  # fmt: skip
        one, ratio, memory = rates[(False, 1)], rates[(False, 2)] / rates[(False, 1)], workers[
            (False, 2)
        ]
        verdict = {True: "met", False: "NOT met"}
        print(
            f"targets without entities: --jobs 1 >= 300 pages/s: {verdict[one >= 300]} ({one:.0f});"
            f" --jobs 2 / --jobs 1 >= 1.8x: {verdict[ratio >= 1.8]} ({ratio:.2f}x);"
            f" worker <= 25 MB: {verdict[memory <= 25]} ({memory:.0f} MB)"
        )
        if args.people:
            _people(root, Path(tmp), files, args.repeat)

if __name__ == "__main__":
    main()
