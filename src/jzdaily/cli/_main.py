"""Command line: ``jzdaily parse PATH…`` turns page text files, or whole archive folders, into
JSON Lines, JSON, CSV, text or HTML; ``jzdaily people PATH…`` tables the people named in them;
``jzdaily view PATH…`` writes the HTML view of each (``_viewcmd``).

This module reads the arguments and runs a command; the batch over the inputs (process pool,
input order, failures, summary) is ``_batch``, output formats are ``_render``. A file that
fails is reported on one stderr line and skipped; the exit status says so at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from jzdaily import __version__
from jzdaily.cli._batch import (
    Options,
    Result,
    Tally,
    Task,
    collect_tasks,
    default_jobs,
    failure_reason,
    run_batch,
)
from jzdaily.cli._render import PageWriter, write_table
from jzdaily.cli._viewcmd import HTML_SUFFIXES, add_view_parser, document_title, view_command

__all__ = ["main"]

EPILOG = """examples:
  jzdaily parse --sample                          the bundled sample page, as readable text
  jzdaily parse page.txt --format jsonl           one JSON record per page
  cat page.txt | jzdaily parse - --format json
  jzdaily parse A07.txt --issue-date 2023-03-07   also 20230307, 2023/3/7, 2023年3月7日
  jzdaily parse archive/ --recursive --output pages.jsonl
                                                  every *.txt below archive/, on all cores
  jzdaily parse archive/ -r --date-from-path --format csv --output articles.csv
                                                  one row per article; archive/2023-03-07/A08.txt
                                                  gives undated pages the date 2023-03-07
  jzdaily parse archive/ -r --jobs 2 --entities   add the people, places and organisations found
  jzdaily people archive/ -r --output people.csv  who is named where, as a table
  jzdaily view page.txt -o page.html              see the reading: lines beside article cards

Without --format, output is readable text on a terminal and JSON Lines anywhere else.
The progress bar on a terminal needs tqdm: pip install 'jzdaily[progress]'.

exit status: 0 all went well, 1 some input failed (each named on stderr), 2 usage error,
130 interrupted.
"""

_FORMATS = ("json", "jsonl", "text", "csv", "html")
_SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                   **dict.fromkeys(HTML_SUFFIXES, "html")}  # fmt: skip


# -- the commands -------------------------------------------------------------------------------


def _format(args: argparse.Namespace, out: TextIO) -> str:
    """The --format given, else the --output file's suffix, else text for a person at a
    terminal, else jsonl (a pipe or a file gets data, as ``ls`` and ``git`` do)."""
    if args.format:
        return str(args.format)
    if args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix in _SUFFIX_FORMATS:
            return _SUFFIX_FORMATS[suffix]
    return "text" if not args.output and out.isatty() else "jsonl"


def _run(
    options: Options, tasks: list[Task], args: argparse.Namespace, err: TextIO,
    handle: Callable[[Result], None],
) -> Tally:
    """The batch, with the options both commands share (jobs, quiet, progress)."""
    return run_batch(
        options, tasks, handle, jobs=args.jobs, quiet=args.quiet, no_progress=args.no_progress,
        err=err,
    )  # fmt: skip


def _finish(args: argparse.Namespace, tally: Tally, err: TextIO) -> int:
    """The summary line (unless --quiet), and the status: 1 when any input failed."""
    if not args.quiet:
        err.write(tally.line())
    return 1 if tally.failures else 0


def _parse_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fmt = _format(args, out)
    if args.entities and fmt not in ("json", "jsonl", "html"):
        err.write("jzdaily parse: --entities adds to JSON records and the HTML view: use "
                  "--format json, jsonl or html\n")  # fmt: skip
        return 2
    options = Options(fmt, args.issue_date, args.date_from_path, args.entities)
    tasks = collect_tasks(args.paths, args.recursive, args.sample, err)
    writer = PageWriter(fmt, out, title=document_title(tasks))
    tally = _run(options, tasks, args, err, lambda result: writer.write(result.chunks))
    writer.close()
    return _finish(args, tally, err)


def _people_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fmt = args.format or _SUFFIX_FORMATS.get(Path(args.output or "").suffix.lower(), "csv")
    options = Options("people", args.issue_date, args.date_from_path)
    tasks = collect_tasks(args.paths, args.recursive, args.sample, err)
    from jzdaily.cli._report import PeopleTable  # the entity package: only for this command

    table = PeopleTable()

    def add(result: Result) -> None:
        for page, found in zip(result.pages, result.people, strict=True):
            table.add_page(page, found)

    try:
        tally = _run(options, tasks, args, err, add)
        rows = table.rows()
    except Exception as exc:  # report it, never a traceback
        err.write(f"jzdaily people: {failure_reason(exc)}\n")
        return 1
    write_table(rows, fmt, out)
    out.flush()
    return _finish(args, tally, err)


# -- arguments ----------------------------------------------------------------------------------


def _issue_date(value: str) -> dt.date:
    from jzdaily.cli._dates import read_issue_date  # dateutil's parser: only when given

    try:
        return read_issue_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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
        "-j", "--jobs", type=_jobs, default=default_jobs(), metavar="N",
        help="worker processes (default: the cores available, here %(default)s)",
    )  # fmt: skip
    common.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    common.add_argument(
        "--issue-date", type=_issue_date, metavar="DATE",
        help="issue date for pages that print none: 2023-03-07, 20230307, 2023/3/7 or 2023年3月7日",
    )  # fmt: skip
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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    common = _common_options()
    parse = commands.add_parser(
        "parse", parents=[common], help="parse page text files", epilog=EPILOG, formatter_class=raw,
        description="Parse page text files into one record per page (csv: one row per article).",
    )  # fmt: skip
    parse.add_argument(
        "--format", choices=_FORMATS, default=None,
        help="output format (default: from the --output suffix; text on a terminal; else jsonl)",
    )  # fmt: skip
    parse.add_argument(
        "--entities", action="store_true",
        help="add each article's people, places and organisations (json, jsonl and html; "
        "loads jieba)",
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
    add_view_parser(commands, common, EPILOG)
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


def _is_html(path: str) -> bool:
    return Path(path).suffix.lower() in HTML_SUFFIXES


def _command(args: argparse.Namespace, err: TextIO) -> int:
    if not args.paths and not args.sample:
        err.write(f"jzdaily {args.command}: give PATH arguments, - for stdin, or --sample\n")
        return 2
    try:
        if args.command == "view" and args.output and not _is_html(args.output):
            return view_command(args, None, err, _run)  # a folder of views
        with _output(args.output) as out:
            if args.command == "view":
                return view_command(args, out, err, _run)
            run = _parse_command if args.command == "parse" else _people_command
            return run(args, out, err)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        err.write(f"jzdaily: {args.output or '<stdout>'}: cannot write: {failure_reason(exc)}\n")
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``jzdaily`` command; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.paths.count("-") > 1:  # the second read would find standard input empty
        parser.error("- (standard input) may be given only once")
    try:
        return _command(args, sys.stderr)
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        with contextlib.suppress(OSError):  # keep the interpreter's final flush quiet too
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("\njzdaily: interrupted\n")
        return 130

