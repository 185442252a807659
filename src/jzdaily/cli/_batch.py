"""Running a parse over many inputs: finding the files, parsing them on a process pool, and
handing the results back in input order with a tally for the summary line.

Workers take chunks of consecutive files of about equal bytes (``_chunks``), parse and render
them, and entities too when asked for, so the parent only writes their bytes, in input order, as
chunks come back: output is deterministic whatever the number of jobs. A file that fails becomes
one line of reason and is skipped; it never stops the batch. Workers import jieba only when
entities are asked for.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import attrs

from jzdaily._collector import CollectorPaused
from jzdaily._errors import JzdailyError
from jzdaily._files import parse_file
from jzdaily._model import Page
from jzdaily._parse import parse_pages
from jzdaily._sample import SAMPLE_NAME, sample_text
from jzdaily.cli._progress import Bar, progress_bar, wants_progress
from jzdaily.cli._render import render_page, render_view

if TYPE_CHECKING:
    from jzdaily.cli._report import PagePeople

__all__ = [
    "Options",
    "Result",
    "Tally",
    "Task",
    "collect_tasks",
    "default_jobs",
    "failure_reason",
    "run_batch",
]


@attrs.frozen
class Options:
    """What a worker needs to know; picklable, so it travels to the pool."""

    fmt: str  # json, jsonl, text, csv, html, or "people": pages and their people (jzdaily people)
    issue_date: dt.date | None = None
    date_from_path: bool = False
    entities: bool = False


@attrs.frozen
class Task:
    """One input: a file to read in the worker, data read up front (stdin, sample), or an error."""

    source: str  # the name every message and record uses
    path: str | None = None
    data: str | bytes | None = None
    error: str | None = None  # known to fail before any work (a directory without -r)
    number: int = 0  # position in a document of several inputs: keeps HTML element ids apart


@attrs.frozen
class Result:
    """A worker's answer for one input: rendered output, counts, or the reason it failed."""

    source: str
    chunks: tuple[bytes, ...] = ()  # rendered pages, in page order, as UTF-8
    pages: tuple[Page, ...] = ()  # only for fmt == "people"
    people: tuple[PagePeople, ...] = ()  # each page's people, found in the worker
    page_count: int = 0
    articles: int = 0
    warnings: int = 0
    error: str | None = None


# -- inputs -------------------------------------------------------------------------------


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _txt_files(folder: Path) -> list[Path]:
    """``*.txt`` files below a folder, sorted by path, hidden files and folders left out.

    ``os.walk`` rather than ``rglob``: it does not follow symlinked folders, so a link loop in
    an archive cannot make the walk endless.
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not _is_hidden(d)]
        found.extend(
            Path(root, f) for f in files if f.lower().endswith(".txt") and not _is_hidden(f)
        )
    return sorted(found)


def _tasks_for(name: str, recursive: bool, err: TextIO) -> list[Task]:
    """The tasks one PATH argument stands for, in the order they are written out."""
    if name == "-":
        stdin = sys.stdin.buffer if sys.stdin is not None else None
        if stdin is None:
            return [Task("<stdin>", error="standard input is closed")]
        if stdin.isatty():  # a person typing, or a forgotten pipe: say why nothing happens
            err.write("jzdaily: reading page text from standard input; end it with Ctrl-D\n")
            err.flush()
        return [Task("<stdin>", data=stdin.read())]
    path = Path(name)
    if not path.is_dir():
        return [Task(name, path=name)]  # a missing file fails in the worker, in its place
    if not recursive:
        return [Task(name, error="is a directory (add --recursive to read the *.txt files in it)")]
    files = _txt_files(path)
    if not files:
        err.write(f"jzdaily: {name}: no *.txt files in this folder\n")
    return [Task(str(f), path=str(f)) for f in files]


def collect_tasks(names: Sequence[str], recursive: bool, sample: bool, err: TextIO) -> list[Task]:
    """Every input in output order: the sample first, then each PATH as ``_tasks_for`` reads it."""
    tasks = [Task(SAMPLE_NAME, data=sample_text())] if sample else []
    for name in names:
        tasks.extend(_tasks_for(name, recursive, err))
    return [attrs.evolve(task, number=number) for number, task in enumerate(tasks)]


# -- the work on one file (runs in a worker) ----------------------------------------------------


def _parse_task(options: Options, task: Task) -> tuple[Page, ...]:
    if task.data is not None:
        return parse_pages(task.data, issue_date=options.issue_date)
    assert task.path is not None
    return parse_file(
        task.path, date_from_path=options.date_from_path, issue_date=options.issue_date
    )


def failure_reason(exc: BaseException) -> str:
    """One line for a person: the OS's words for file errors, the message for ours."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, JzdailyError):
        return str(exc)
    return f"internal error, please report it: {type(exc).__name__}: {exc}"


def _render(options: Options, task: Task, pages: tuple[Page, ...]) -> tuple[bytes, ...]:
    """The rendered pages; for html, the input's whole section of the view (it needs the text).

    Encoded here, in the worker: a string sent to the parent would be decoded by the pickle
    and encoded again by the stream, both in the one process that all workers wait on.
    """
    if options.fmt == "people":
        return ()
    if options.fmt == "html":
        text = task.data if task.data is not None else Path(str(task.path)).read_bytes()
        view = render_view(task.source, pages, text, task.number, entities=options.entities)
        return (view.encode(),)
    return tuple(
        render_page(options.fmt, task.source, page, entities=options.entities).encode()
        for page in pages
    )


def _process(options: Options, task: Task) -> Result:
    """Parse and render one input; every exception becomes the result's error line."""
    if task.error is not None:
        return Result(task.source, error=task.error)
    found: tuple[PagePeople, ...] = ()
    wants_people = options.fmt == "people"
    # Parsing and rendering build many objects and no cycles: in a long batch, collector
    # passes between parses would walk everything the process holds for nothing.
    with CollectorPaused():
        try:
            pages = _parse_task(options, task)
            if wants_people:  # imported here: a worker without entities never loads them
                from jzdaily.cli._report import page_people

                found = tuple(page_people(page) for page in pages)
            chunks = _render(options, task, pages)
        except Exception as exc:  # one bad file must never stop a batch
            return Result(task.source, error=failure_reason(exc))
    return Result(
        task.source,
        chunks=chunks,
        pages=pages if wants_people else (),
        people=found,
        page_count=len(pages),
        articles=sum(len(p.articles) for p in pages),
        warnings=sum(len(p.warnings) for p in pages),
    )


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and reports once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# -- running the batch --------------------------------------------------------------------------


def default_jobs() -> int:
    """Cores this process may run on (fewer than the machine's inside a container or taskset)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# A chunk is one worker's unit of work: consecutive inputs of about equal bytes (parse time
# follows the bytes), so that workers stay even however the files' sizes vary.
_CHUNKS_PER_JOB = 8  # a worker takes several chunks: a slow one at the end costs little
_CHUNK_MIN_BYTES = 64 * 1024  # below this, the pool's round trip (pickle, pipe) would show
_CHUNK_MAX_BYTES = 256 * 1024  # ≈ 13 pages: a worker holds one chunk's output (≈ 0.6 MB)
_CHUNK_MAX_FILES = 64  # tiny files: still enough chunks to share out
_FILE_BYTES = 4096  # what opening a file and rendering its page costs, counted as bytes


def _task_bytes(task: Task) -> int:
    """The bytes a task parses: its data, or its file's size (0 when it cannot be read; it
    fails at once in the worker)."""
    if task.data is not None:
        return len(task.data)
    if task.path is None:
        return 0
    try:
        return Path(task.path).stat().st_size
    except OSError:
        return 0


def _chunks(tasks: Sequence[Task], jobs: int) -> list[list[Task]]:
    """Tasks cut, in order, into runs of about ``total / (jobs × 8)`` bytes each, within
    ``_CHUNK_MIN_BYTES`` … ``_CHUNK_MAX_BYTES`` and at most ``_CHUNK_MAX_FILES`` files."""
    weights = [_task_bytes(task) + _FILE_BYTES for task in tasks]
    share = sum(weights) // (jobs * _CHUNKS_PER_JOB)
    target = min(_CHUNK_MAX_BYTES, max(_CHUNK_MIN_BYTES, share))
    chunks: list[list[Task]] = []
    chunk: list[Task] = []
    held = 0
    for task, weight in zip(tasks, weights, strict=True):
        chunk.append(task)
        held += weight
        if held >= target or len(chunk) >= _CHUNK_MAX_FILES:
            chunks.append(chunk)
            chunk, held = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks


def _process_chunk(options: Options, tasks: list[Task]) -> list[Result]:
    """A worker's unit of work: a few files at once, so the pool is not fed one by one."""
    return [_process(options, task) for task in tasks]


def _results(options: Options, tasks: list[Task], jobs: int) -> Generator[Result, None, None]:
    """Results in input order; in this process for one job (no pool to start or feed).

    With a pool, only ``4 × jobs`` chunks are in flight at a time: finished output waiting for
    an earlier, slower file is bounded, so memory stays flat for any size of archive.
    """
    if jobs <= 1 or len(tasks) <= 1:
        yield from (_process(options, task) for task in tasks)
        return
    chunks = iter(_chunks(tasks, jobs))
    # What this process holds now (modules, tasks) is shared with the forked workers page by
    # page until written to; the collector's passes in a worker write to every object they
    # visit, copying its pages. Frozen, those objects are left out of every pass (and they
    # are given back to the collector when the pool is done).
    gc.freeze()
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), initializer=_ignore_interrupt)
    pending: deque[tuple[list[Task], Future[list[Result]]]] = deque()

    def submit() -> None:
        chunk = next(chunks, None)
        if chunk is not None:
            pending.append((chunk, pool.submit(_process_chunk, options, chunk)))

    try:
        for _ in range(4 * jobs):
            submit()
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:  # a worker was killed (out of memory?): fail the rest
                lost = [chunk, *(c for c, _ in pending), *chunks]
                pending.clear()
                for task in (t for c in lost for t in c):
                    yield Result(task.source, error="a worker process died (out of memory?)")
                return
            submit()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


@attrs.define
class Tally:
    """Counts and time since the start, for the closing summary line."""

    files: int = 0
    pages: int = 0
    articles: int = 0
    warnings: int = 0
    failures: int = 0
    started: float = attrs.field(factory=time.perf_counter, repr=False)

    def add(self, result: Result) -> None:
        self.files += 1
        self.pages += result.page_count
        self.articles += result.articles
        self.warnings += result.warnings
        self.failures += result.error is not None

    def line(self) -> str:
        seconds = time.perf_counter() - self.started
        counts = [(self.files, "file"), (self.pages, "page"), (self.articles, "article"),
                  (self.warnings, "warning")]  # fmt: skip
        told = ", ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts)
        return f"jzdaily: {told}, {self.failures} failed, {seconds:.2f} s\n"


def run_batch(
    options: Options, tasks: list[Task], handle: Callable[[Result], None], *, jobs: int,
    quiet: bool, no_progress: bool, err: TextIO,
) -> Tally:
    """Feed every result, in input order, to ``handle``; report failures and progress on err."""
    tally = Tally()
    show = wants_progress(
        stderr_is_terminal=err.isatty(), quiet=quiet, disabled=no_progress, files=len(tasks)
    )
    bar: Bar | None = None
    results = _results(options, tasks, jobs)
    try:
        for result in results:
            if show and bar is None:  # made once the pool runs: tqdm's thread is not forked
                bar = progress_bar(len(tasks), err)
                show = bar is not None
            tally.add(result)
            if result.error is not None:
                if bar is not None:
                    bar.clear()  # so the line is not drawn over
                err.write(f"jzdaily: {result.source}: {result.error}\n")
            else:
                handle(result)
            if bar is not None:
                bar.set_postfix_str(f"{tally.pages} pages", refresh=False)
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        results.close()  # leaving early (a broken pipe, Ctrl-C) stops the pool now
    return tally
