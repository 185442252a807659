"""Command line: ``jzdaily parse PATH…`` turns page text files, or whole archive folders, into
JSON Lines, JSON, CSV or text; ``jzdaily people PATH…`` tables the people named in them.

Batches run on a process pool. Each worker parses one file and renders its output text, so
the parent only writes strings in input order: output is deterministic whatever ``--jobs``
is. A file that fails is reported on one stderr line and skipped; the exit status says so at
the end. Workers import jieba only when ``--entities`` (or ``people``) asks for it.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import enum
import importlib
import importlib.util
import io
import json
import os
import signal
import sys
import textwrap
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Protocol, TextIO

import attrs

from jzdaily._errors import JzdailyError
from jzdaily._files import parse_file
from jzdaily._model import Page
from jzdaily._parse import parse_pages
from jzdaily._records import RECORD_FIELDS, page_record, to_records
from jzdaily._sample import SAMPLE_NAME, sample_text

__all__ = ["main", "wants_progress"]

EPILOG = """examples:
  jzdaily parse --sample                          the bundled sample page, as readable text
  jzdaily parse page.txt --format jsonl           one JSON record per page
  cat page.txt | jzdaily parse - --format json
  jzdaily parse A07.txt --issue-date 2023-03-07
  jzdaily parse archive/ --recursive --output pages.jsonl
                                                  every *.txt below archive/, on all cores
  jzdaily parse archive/ -r --date-from-path --format csv --output articles.csv
                                                  one row per article; archive/2023-03-07/A08.txt
                                                  gives undated pages the date 2023-03-07
  jzdaily parse archive/ -r --jobs 2 --entities   add the people, places and organisations found
  jzdaily people archive/ -r --output people.csv  who is named where, as a table

exit status: 0 all went well, 1 some input failed (each named on stderr), 2 usage error,
130 interrupted.
"""

ENTITIES_MODULE = "jzdaily._entities.report"
_FORMATS = ("json", "jsonl", "text", "csv")
_SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
_CSV_FIELDS = ("source", *RECORD_FIELDS)


@attrs.frozen
class _Options:
    """What a worker needs to know; picklable, so it travels to the pool."""

    fmt: str  # json, jsonl, text, csv, or "pages" to return Page objects (for people)
    issue_date: dt.date | None = None
    date_from_path: bool = False
    entities: bool = False


@attrs.frozen
class _Task:
    """One input: a file to read in the worker, data read up front (stdin, sample), or an error."""

    source: str  # the name every message and record uses
    path: str | None = None
    data: str | bytes | None = None
    error: str | None = None  # known to fail before any work (a directory without -r)


@attrs.frozen
class _Result:
    """A worker's answer for one input: rendered output, counts, or the reason it failed."""

    source: str
    chunks: tuple[str, ...] = ()  # rendered pages, in page order
    pages: tuple[Page, ...] = ()  # only for fmt == "pages"
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


def _tasks_for(name: str, recursive: bool, err: TextIO) -> list[_Task]:
    """The tasks one PATH argument stands for, in the order they are written out."""
    if name == "-":
        stdin = sys.stdin.buffer if sys.stdin is not None else None
        if stdin is None:
            return [_Task("<stdin>", error="standard input is closed")]
        return [_Task("<stdin>", data=stdin.read())]
    path = Path(name)
    if not path.is_dir():
        return [_Task(name, path=name)]  # a missing file fails in the worker, in its place
    if not recursive:
        return [_Task(name, error="is a directory (add --recursive to read the *.txt files in it)")]
    files = _txt_files(path)
    if not files:
        err.write(f"jzdaily: {name}: no *.txt files in this folder\n")
    return [_Task(str(f), path=str(f)) for f in files]


def _collect(names: Sequence[str], recursive: bool, sample: bool, err: TextIO) -> list[_Task]:
    tasks = [_Task(SAMPLE_NAME, data=sample_text())] if sample else []
    for name in names:
        tasks.extend(_tasks_for(name, recursive, err))
    return tasks


# -- the work on one file (runs in a worker) ----------------------------------------------------


def _entities_function(name: str) -> Callable[..., Any]:
    """A function of the entity lookup, imported only now: it brings jieba and its dictionary."""
    function: Callable[..., Any] = getattr(importlib.import_module(ENTITIES_MODULE), name)
    return function


def _json_default(value: object) -> object:
    """Make entity values JSON-ready the way the model does: ISO dates, enum values, lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if attrs.has(type(value)):
        return attrs.asdict(value)  # type: ignore[arg-type]
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _record(options: _Options, source: str, page: Page) -> dict[str, Any]:
    record = page_record(page, source=source)
    if options.entities:
        article_entities = _entities_function("article_entities")
        for article, data in zip(page.articles, record["articles"], strict=True):
            data["entities"] = article_entities(article)
    return record


def _text_summary(source: str, page: Page) -> str:
    out = io.StringIO()
    date = page.date.isoformat() if page.date else None
    title = " ".join(filter(None, [page.code, page.section, date]))
    out.write(f"== {source} · page {page.index}: {title or '(no header)'}\n")
    for number, article in enumerate(page.articles, start=1):
        when = article.date.isoformat() if article.date else article.relative_date or "-"
        column = f" [{article.column}]" if article.column else ""
        headline = article.headline or "(no headline)"
        out.write(f"{number:>3}. ({article.kind.value}{column}) {headline} · {when}\n")
        people = [*(article.dateline.reporters if article.dateline else ()), *article.authors,
                  *article.photographers]  # fmt: skip
        if people:
            out.write(f"     by {', '.join(people)}\n")
        out.write(f"     {article.body[:60]}{'…' if len(article.body) > 60 else ''}\n")
    for warning in page.warnings:
        out.write(f"  ! {warning.code}: {warning.message} {list(warning.source_lines)}\n")
    return out.getvalue()


def _csv_rows(source: str, page: Page) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS)
    writer.writerows(to_records([page], source=source))
    return out.getvalue()


def _render(options: _Options, source: str, page: Page) -> str:
    """One page as the chosen format writes it; done in the worker so it runs in parallel."""
    if options.fmt == "text":
        return _text_summary(source, page)
    if options.fmt == "csv":
        return _csv_rows(source, page)
    record = _record(options, source, page)
    if options.fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=2, default=_json_default)
    return json.dumps(record, ensure_ascii=False, default=_json_default) + "\n"


def _parse_task(options: _Options, task: _Task) -> tuple[Page, ...]:
    if task.data is not None:
        return parse_pages(task.data, issue_date=options.issue_date)
    assert task.path is not None
    return parse_file(
        task.path, date_from_path=options.date_from_path, issue_date=options.issue_date
    )


def _reason(exc: BaseException) -> str:
    """One line for a person: the OS's words for file errors, the message for ours."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, JzdailyError):
        return str(exc)
    return f"internal error, please report it: {type(exc).__name__}: {exc}"


def _process(options: _Options, task: _Task) -> _Result:
    """Parse and render one input; every exception becomes the result's error line."""
    if task.error is not None:
        return _Result(task.source, error=task.error)
    try:
        pages = _parse_task(options, task)
        chunks = () if options.fmt == "pages" else tuple(
            _render(options, task.source, page) for page in pages
        )  # fmt: skip
    except Exception as exc:  # one bad file must never stop a batch
        return _Result(task.source, error=_reason(exc))
    return _Result(
        task.source,
        chunks=chunks,
        pages=pages if options.fmt == "pages" else (),
        page_count=len(pages),
        articles=sum(len(p.articles) for p in pages),
        warnings=sum(len(p.warnings) for p in pages),
    )


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and reports once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# -- running the batch --------------------------------------------------------------------------


def _default_jobs() -> int:
    """Cores this process may run on (fewer than the machine's inside a container or taskset)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _chunksize(tasks: int, jobs: int) -> int:
    """Big enough to amortise the pool's round trips, small enough to keep workers even."""
    return max(1, min(16, tasks // (jobs * 8)))


def _process_chunk(options: _Options, tasks: list[_Task]) -> list[_Result]:
    """A worker's unit of work: a few files at once, so the pool is not fed one by one."""
    return [_process(options, task) for task in tasks]


def _results(options: _Options, tasks: list[_Task], jobs: int) -> Generator[_Result, None, None]:
    """Results in input order; in this process for one job (no pool to start or feed).

    With a pool, only ``4 × jobs`` chunks are in flight at a time: finished output waiting for
    an earlier, slower file is bounded, so memory stays flat for any size of archive.
    """
    if jobs <= 1 or len(tasks) <= 1:
        yield from (_process(options, task) for task in tasks)
        return
    size = _chunksize(len(tasks), jobs)
    chunks = iter([tasks[i : i + size] for i in range(0, len(tasks), size)])
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), initializer=_ignore_interrupt)
    pending: deque[tuple[list[_Task], Future[list[_Result]]]] = deque()

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
                    yield _Result(task.source, error="a worker process died (out of memory?)")
                return
            submit()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def wants_progress(*, stderr_is_terminal: bool, quiet: bool, disabled: bool, files: int) -> bool:
    """Whether to draw a progress bar: only for a person watching a terminal, and only when
    there is more than one file to count, so logs and pipes never fill with bar redraws."""
    return stderr_is_terminal and not quiet and not disabled and files > 1


class _Bar(Protocol):
    def update(self, n: int = 1) -> object: ...
    def clear(self) -> None: ...
    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None: ...
    def close(self) -> None: ...


def _progress_bar(total: int, err: TextIO) -> _Bar | None:
    """A tqdm bar over files (pages shown beside it), or None when the extra is missing."""
    try:
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:
        err.write("jzdaily: no progress bar: install it with pip install 'jzdaily[progress]'\n")
        return None
    bar: _Bar = tqdm(total=total, unit="file", file=err, dynamic_ncols=True, leave=False)
    return bar


@attrs.define
class _Tally:
    """Counts for the closing summary line."""

    files: int = 0
    pages: int = 0
    articles: int = 0
    warnings: int = 0
    failures: int = 0

    def add(self, result: _Result) -> None:
        self.files += 1
        self.pages += result.page_count
        self.articles += result.articles
        self.warnings += result.warnings
        self.failures += result.error is not None

    def line(self, seconds: float) -> str:
        counts = [(self.files, "file"), (self.pages, "page"), (self.articles, "article"),
                  (self.warnings, "warning")]  # fmt: skip
        told = ", ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts)
        return f"jzdaily: {told}, {self.failures} failed, {seconds:.2f} s\n"


def _run(
    options: _Options, tasks: list[_Task], args: argparse.Namespace, err: TextIO,
    handle: Callable[[_Result], None],
) -> _Tally:
    """Feed every result, in input order, to ``handle``; report failures and progress on err."""
    tally = _Tally()
    show = wants_progress(
        stderr_is_terminal=err.isatty(), quiet=args.quiet, disabled=args.no_progress,
        files=len(tasks),
    )  # fmt: skip
    bar: _Bar | None = None
    results = _results(options, tasks, args.jobs)
    try:
        for result in results:
            if show and bar is None:  # made once the pool runs: tqdm's thread is not forked
                bar = _progress_bar(len(tasks), err)
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


# -- the commands -------------------------------------------------------------------------------


def _format(args: argparse.Namespace, out: TextIO) -> str:
    """The --format given, else the --output file's suffix, else text for a person, else jsonl."""
    if args.format:
        return str(args.format)
    if args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix in _SUFFIX_FORMATS:
            return _SUFFIX_FORMATS[suffix]
    return "text" if args.sample and not args.output and out.isatty() else "jsonl"


def _check_entities(err: TextIO) -> bool:
    """Whether the entity lookup is installed, found without importing it (and jieba)."""
    with contextlib.suppress(ImportError):
        if importlib.util.find_spec(ENTITIES_MODULE) is not None:
            return True
    err.write("jzdaily: the entity lookup (jzdaily._entities) is not part of this installation\n")
    return False


def _parse_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fmt = _format(args, out)
    if args.entities and fmt not in ("json", "jsonl"):
        err.write("jzdaily parse: --entities adds to JSON records: use --format json or jsonl\n")
        return 2
    if args.entities and not _check_entities(err):
        return 2
    options = _Options(fmt, args.issue_date, args.date_from_path, args.entities)
    tasks = _collect(args.paths, args.recursive, args.sample, err)
    written = 0

    def write(result: _Result) -> None:
        nonlocal written
        for chunk in result.chunks:
            if fmt == "json":
                chunk = ("[\n" if written == 0 else ",\n") + textwrap.indent(chunk, "  ")
            out.write(chunk)
            written += 1
        out.flush()

    if fmt == "csv":
        csv.DictWriter(out, fieldnames=_CSV_FIELDS).writeheader()
    start = time.perf_counter()
    tally = _run(options, tasks, args, err, write)
    if fmt == "json":
        out.write("\n]\n" if written else "[]\n")
    out.flush()
    if not args.quiet:
        err.write(tally.line(time.perf_counter() - start))
    return 1 if tally.failures else 0


def _cell(value: object) -> object:
    """A CSV cell: names joined like to_records does, anything nested as JSON."""
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "、".join(value)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return _json_default(value) if isinstance(value, (dt.date, enum.Enum)) else value


def _write_table(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        fields = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    elif fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2, default=_json_default) + "\n")
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")


def _people_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not _check_entities(err):
        return 2
    fmt = args.format or _SUFFIX_FORMATS.get(Path(args.output or "").suffix.lower(), "csv")
    options = _Options("pages", args.issue_date, args.date_from_path)
    tasks = _collect(args.paths, args.recursive, args.sample, err)
    pages: list[Page] = []
    start = time.perf_counter()
    tally = _run(options, tasks, args, err, lambda result: pages.extend(result.pages))
    try:
        rows = list(_entities_function("people_table")(pages))
    except Exception as exc:  # report it, never a traceback
        err.write(f"jzdaily people: {_reason(exc)}\n")
        return 1
    _write_table(rows, fmt, out)
    out.flush()
    if not args.quiet:
        err.write(tally.line(time.perf_counter() - start))
    return 1 if tally.failures else 0


# -- arguments ----------------------------------------------------------------------------------


def _issue_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of processes: {value!r}")
    return jobs


def _common_options() -> argparse.ArgumentParser:
    """Options both commands share: inputs, dates, parallelism, output and noise."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="page text files, or folders with --recursive; - reads stdin",
    )  # fmt: skip
    common.add_argument("--sample", action="store_true", help="parse the bundled sample page")
    common.add_argument(
        "-r", "--recursive", action="store_true",
        help="read every *.txt file below each folder PATH, in sorted path order",
    )  # fmt: skip
    common.add_argument(
        "-j", "--jobs", type=_jobs, default=_default_jobs(), metavar="N",
        help="worker processes (default: the cores available, here %(default)s)",
    )  # fmt: skip
    common.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    common.add_argument(
        "--issue-date", type=_issue_date, metavar="YYYY-MM-DD",
        help="issue date for pages that print none",
    )
    common.add_argument(
        "--date-from-path", action="store_true",
        help="for pages that print no date, take it from the file path "
        "(2023-03-07, 20230307, 2023/03/07); before --issue-date",
    )  # fmt: skip
    common.add_argument("-q", "--quiet", action="store_true", help="no summary line nor bar")
    common.add_argument("--no-progress", action="store_true", help="no progress bar")
    return common


def _parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="jzdaily", description="Turn Jiaozuo Daily page text into articles.",
        epilog=EPILOG, formatter_class=raw,
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True)
    common = _common_options()
    parse = commands.add_parser(
        "parse", parents=[common], help="parse page text files", epilog=EPILOG, formatter_class=raw,
        description="Parse page text files into one record per page (csv: one row per article).",
    )  # fmt: skip
    parse.add_argument(
        "--format", choices=_FORMATS, default=None,
        help="output format (default: from the --output suffix; text for --sample on a "
        "terminal; else jsonl)",
    )  # fmt: skip
    parse.add_argument(
        "--entities", action="store_true",
        help="add each article's people, places and organisations (json and jsonl; loads jieba)",
    )  # fmt: skip
    people = commands.add_parser(
        "people", parents=[common], help="table the people named in page files",
        description="List the people the pages name, with where they appear (loads jieba).",
        epilog=EPILOG, formatter_class=raw,
    )  # fmt: skip
    people.add_argument(
        "--format", choices=("csv", "jsonl", "json"), default=None,
        help="output format (default: from the --output suffix, else csv)",
    )  # fmt: skip
    return parser


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """The output stream: the file named, or stdout as UTF-8 whatever the locale says."""
    if path is None:
        if isinstance(sys.stdout, io.TextIOWrapper) and not sys.stdout.isatty():
            sys.stdout.reconfigure(encoding="utf-8")
        yield sys.stdout
        return
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        yield handle


def _command(args: argparse.Namespace, err: TextIO) -> int:
    if not args.paths and not args.sample:
        err.write(f"jzdaily {args.command}: give PATH arguments, - for stdin, or --sample\n")
        return 2
    try:
        with _output(args.output) as out:
            run = _parse_command if args.command == "parse" else _people_command
            return run(args, out, err)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        err.write(f"jzdaily: {args.output or '<stdout>'}: cannot write: {_reason(exc)}\n")
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``jzdaily`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _command(args, sys.stderr)
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        with contextlib.suppress(OSError):  # keep the interpreter's final flush quiet too
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("\njzdaily: interrupted\n")
        return 130


if __name__ == "__main__":
    from jzdaily.cli import main as _main  # the importable module, so pool workers find it

    raise SystemExit(_main())
