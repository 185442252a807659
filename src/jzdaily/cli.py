"""Command line: ``jzdaily parse FILE…`` writes the parsed pages as JSON, JSON Lines or text."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from jzdaily._errors import JzdailyError
from jzdaily._model import Page
from jzdaily._parse import parse_pages
from jzdaily._sample import SAMPLE_NAME, sample_text

__all__ = ["main"]

EPILOG = """examples:
  jzdaily parse --sample                      the bundled sample page, as readable text
  jzdaily parse page.txt --format jsonl       one JSON record per page
  cat page.txt | jzdaily parse - --format json
  jzdaily parse A07.txt --issue-date 2023-03-07
"""


def _issue_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jzdaily",
        description="Turn Jiaozuo Daily page text into articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser(
        "parse", help="parse page text files", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parse.add_argument("files", nargs="*", metavar="FILE", help="page text files; - reads stdin")
    parse.add_argument("--sample", action="store_true", help="parse the bundled sample page")
    parse.add_argument(
        "--format", choices=("json", "jsonl", "text"), default=None,
        help="output format (default: text for --sample on a terminal, else jsonl)",
    )  # fmt: skip
    parse.add_argument("--issue-date", type=_issue_date, help="issue date for pages that print none")
    return parser


def _read(name: str) -> tuple[str, str | bytes]:
    """The named input's display name and content; OSError for what cannot be read."""
    if name == "--sample":
        return SAMPLE_NAME, sample_text()
    if name == "-":
        return "<stdin>", sys.stdin.buffer.read()
    with open(name, "rb") as handle:
        return name, handle.read()


def _text_summary(source: str, page: Page, out: TextIO) -> None:
    title = " ".join(filter(None, [page.code, page.section, page.date and page.date.isoformat()]))
    out.write(f"== {source} · page {page.index}: {title or '(no header)'}\n")
    for number, article in enumerate(page.articles, start=1):
        when = article.date.isoformat() if article.date else article.relative_date or "-"
        column = f" [{article.column}]" if article.column else ""
        out.write(f"{number:>3}. ({article.kind.value}{column}) {article.headline or '(no headline)'}"
                  f" · {when}\n")  # fmt: skip
        people = [*(article.dateline.reporters if article.dateline else ()), *article.authors,
                  *article.photographers]  # fmt: skip
        if people:
            out.write(f"     by {', '.join(people)}\n")
        out.write(f"     {article.body[:60]}{'…' if len(article.body) > 60 else ''}\n")
    for warning in page.warnings:
        out.write(f"  ! {warning.code}: {warning.message} {list(warning.source_lines)}\n")


def _write_page(fmt: str, source: str, page: Page, out: TextIO) -> None:
    if fmt == "text":
        _text_summary(source, page, out)
    else:
        out.write(json.dumps({"source": source, **page.to_dict()}, ensure_ascii=False) + "\n")


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not args.files and not args.sample:
        err.write("jzdaily parse: give FILE arguments, - for stdin, or --sample\n")
        return 2
    fmt = args.format or ("text" if args.sample and out.isatty() else "jsonl")
    document: list[dict[str, object]] = []
    failures = 0
    for name in [*(["--sample"] if args.sample else []), *args.files]:
        try:
            source, data = _read(name)
            pages = parse_pages(data, issue_date=args.issue_date)
        except (OSError, JzdailyError) as exc:
            failures += 1
            err.write(f"jzdaily: {name}: {getattr(exc, 'strerror', None) or exc}\n")
            continue
        for page in pages:
            if fmt == "json":
                document.append({"source": source, **page.to_dict()})
            else:
                _write_page(fmt, source, page, out)
        out.flush()
    if fmt == "json":
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``jzdaily`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _run_parse(args, sys.stdout, sys.stderr)
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
