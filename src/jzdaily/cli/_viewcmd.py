"""``jzdaily view PATH…``: the HTML view of each input, input lines beside the article cards.

Where the views go:

- ``-o OUT.html`` (suffix ``.html`` or ``.htm``): one document holding every input;
- ``-o DIR`` (any other name): one ``NAME.html`` per input in that folder, created if need be;
- no ``-o``: the one input's view to standard output (several inputs need ``-o``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import attrs

from jzdaily.cli._batch import Options, Result, Tally, Task, collect_tasks
from jzdaily.cli._render import PageWriter

__all__ = ["HTML_SUFFIXES", "add_view_parser", "document_title", "view_command"]

HTML_SUFFIXES = (".html", ".htm")

Run = Callable[[Options, list[Task], argparse.Namespace, TextIO, Callable[[Result], None]], Tally]


def document_title(tasks: list[Task]) -> str | None:
    """The input's name for a view of one input, else None: the view's generic title (so
    that a parse in another format does not import the view to name it)."""
    return tasks[0].source if len(tasks) == 1 else None


def add_view_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser,
    epilog: str,
) -> None:  # fmt: skip
    view = commands.add_parser(
        "view", parents=[common], help="an HTML view of page files: lines beside articles",
        description="Write a self-contained HTML view of each input: its lines, tinted by the "
        "article or fragment that owns them, beside one card per article. -o OUT.html: one "
        "document for all inputs; -o DIR: NAME.html per input; no -o: one input to stdout.",
        epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    view.add_argument(
        "--entities", action="store_true",
        help="list each article's people, places and organisations on its card (loads jieba)",
    )  # fmt: skip


def _unique(folder: Path, source: str, taken: set[Path]) -> Path:
    """``folder/NAME.html`` for an input; ``NAME-2.html`` … when two inputs share a name."""
    stem = Path(source).stem.strip("<>") or "view"
    target, n = folder / f"{stem}.html", 1
    while target in taken:
        n += 1
        target = folder / f"{stem}-{n}.html"
    taken.add(target)
    return target


def view_command(args: argparse.Namespace, out: TextIO | None, err: TextIO, run: Run) -> int:
    """Run the view; ``out`` is the one stream to write (stdout or OUT.html), or None for DIR."""
    from jzdaily._view import document_head, document_tail

    options = Options("html", args.issue_date, args.date_from_path, args.entities)
    tasks = collect_tasks(args.paths, args.recursive, args.sample, err)
    if out is not None:
        if args.output is None and len(tasks) > 1:
            err.write("jzdaily view: several inputs: give -o DIR for a view of each, "
                      "or -o FILE.html for one document\n")  # fmt: skip
            return 2
        writer = PageWriter("html", out, title=document_title(tasks))
        tally = run(options, tasks, args, err, lambda result: writer.write(result.chunks))
        writer.close()
    else:
        tasks = [attrs.evolve(task, number=0) for task in tasks]  # each is a document alone
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        taken: set[Path] = set()

        def write(result: Result) -> None:
            target = _unique(folder, result.source, taken)
            head, tail = document_head(result.source).encode(), document_tail().encode()
            target.write_bytes(head + b"".join(result.chunks) + tail)

        tally = run(options, tasks, args, err, write)
        if not args.quiet:
            err.write(f"jzdaily: {len(taken)} view{'' if len(taken) == 1 else 's'} in {folder}\n")
    if not args.quiet:
        err.write(tally.line())
    return 1 if tally.failures else 0
