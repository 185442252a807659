"""Output text for the command line: a page in each ``--format`` (json, jsonl, text, csv), an
input's part of the HTML view (html), the document around them, and the people table.

Pages are rendered and encoded in the workers, so rendering runs in parallel and the parent
only writes bytes; ``PageWriter`` adds what joins them into one document (CSV header, JSON
array). The HTML view and the entity lookups are imported where they are used: a batch
without them keeps its workers small.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Iterable
from json.encoder import encode_basestring
from typing import Any, BinaryIO, TextIO

import attrs

from jzdaily._model import Page, json_value
from jzdaily._records import NAME_SEPARATOR, RECORD_FIELDS, page_record, to_records

__all__ = [
    "CSV_FIELDS",
    "PageWriter",
    "json_default",
    "render_page",
    "render_view",
    "write_table",
]

CSV_FIELDS = ("source", *RECORD_FIELDS)


def json_default(value: object) -> object:
    """Make entity values JSON-ready the way the model does: ISO dates, enum values, lists."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if attrs.has(type(value)):
        return attrs.asdict(value)  # type: ignore[arg-type]
    converted = json_value(value)
    if converted is value:
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")
    return converted


_PLAIN = frozenset({str, int, float, bool, type(None)})  # exact types: subclasses go to json
_CONSTANTS = {None: "null", True: "true", False: "false"}


def _json_scalar(value: Any) -> str:
    """A plain value (a type in ``_PLAIN``) as ``json.dumps`` writes it."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return json.dumps(value)
    return _CONSTANTS[value]


def _json_indented(value: Any, depth: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2, default=json_default)``, written
    ``depth`` levels in, to the byte.

    Why: with ``indent`` the standard library falls back to its pure-Python encoder, a
    generator per container and several calls per value, which cost about as much as a
    tenth of a batch page. This walk joins each container's parts in one go and encodes
    strings with the C function. Anything it does not know (dicts with keys other than
    strings, values that need ``json_default``) goes to ``json.dumps`` itself, re-indented:
    JSON escapes line breaks inside strings, so every newline in its output is layout.
    """
    kind = type(value)
    if kind in _PLAIN:
        return _json_scalar(value)
    inner = "\n" + "  " * (depth + 1)
    outer = "\n" + "  " * depth
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        items = [_json_scalar(v) if type(v) in _PLAIN else _json_indented(v, depth + 1)
                 for v in value]  # fmt: skip
        return "[" + inner + ("," + inner).join(items) + outer + "]"
    if kind is dict and all(type(key) is str for key in value):
        if not value:
            return "{}"
        items = [encode_basestring(key) + ": " + (_json_scalar(v) if type(v) in _PLAIN
                 else _json_indented(v, depth + 1)) for key, v in value.items()]  # fmt: skip
        return "{" + inner + ("," + inner).join(items) + outer + "}"
    text = json.dumps(value, ensure_ascii=False, indent=2, default=json_default)
    return text.replace("\n", outer)


def _record(source: str, page: Page, *, entities: bool) -> dict[str, Any]:
    record = page_record(page, source=source)
    if entities:
        from jzdaily.cli._report import article_entities  # jieba loads on the first call only

        for article, data in zip(page.articles, record["articles"], strict=True):
            data["entities"] = article_entities(article)
    return record


def _preview(body: str, width: int = 60) -> str:
    """The start of a body on one line: paragraphs and any other line breaks become spaces,
    so the summary's indentation holds."""
    line = " ".join(body.split())
    return line if len(line) <= width else line[:width] + "…"


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
        out.write(f"     {_preview(article.body)}\n")
    for warning in page.warnings:
        out.write(f"  ! {warning.code}: {warning.message} {list(warning.source_lines)}\n")
    return out.getvalue()


def _csv_rows(source: str, page: Page) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writerows(to_records([page], source=source))
    return out.getvalue()


def render_page(fmt: str, source: str, page: Page, *, entities: bool = False) -> str:
    """One page as the chosen format writes it; ``entities`` adds them to JSON records."""
    if fmt == "text":
        return _text_summary(source, page)
    if fmt == "csv":
        return _csv_rows(source, page)
    record = _record(source, page, entities=entities)
    if fmt == "json":
        return _json_indented(record)
    return json.dumps(record, ensure_ascii=False, default=json_default) + "\n"


def render_view(
    source: str, pages: tuple[Page, ...], text: str | bytes, number: int, *, entities: bool = False
) -> str:
    """One input's section of the HTML view. ``number`` is its place in a document of several
    inputs: ids after the first input's get a prefix (``i2-L5``), so the first input's, and a
    single input's, anchors are those of ``to_html`` (``#L5``)."""
    from jzdaily._view import input_section

    prefix = f"i{number}-" if number else ""
    return input_section(pages, text, source=source, prefix=prefix, entities=entities)


def _utf8_bytes_under(out: TextIO) -> BinaryIO | None:
    """The byte stream under ``out`` when UTF-8 bytes written to it make the same file as their
    text written to ``out``: a UTF-8 ``TextIOWrapper`` on a system whose line ends are ``\n``
    (the command line opens its files with ``newline=""``; stdout leaves ``\n`` as it is)."""
    if not isinstance(out, io.TextIOWrapper) or os.linesep != "\n":
        return None
    return out.buffer if codecs.lookup(out.encoding).name == "utf-8" else None


class PageWriter:
    """Writes rendered pages (UTF-8 bytes), in the order given, as one document: a CSV header
    first, JSON pages inside one array, HTML sections inside the view's head and tail; flushed
    after each input so a reader sees output as it comes. ``title`` None is the view's default
    title.

    The bytes go straight to the stream's binary buffer when it is UTF-8
    (``_utf8_bytes_under``); any other stream (a terminal in another encoding, a StringIO)
    gets their text.
    """

    def __init__(self, fmt: str, out: TextIO, *, title: str | None = None) -> None:
        self._fmt = fmt
        self._out = out
        out.flush()  # whatever was written as text comes before the first bytes
        self._raw = _utf8_bytes_under(out)
        self._written = 0
        if fmt == "csv":
            head = io.StringIO()
            csv.DictWriter(head, fieldnames=CSV_FIELDS).writeheader()
            self._put(head.getvalue())
        elif fmt == "html":
            from jzdaily._view import DEFAULT_TITLE, document_head

            self._put(document_head(DEFAULT_TITLE if title is None else title))

    def _put(self, text: str) -> None:
        if self._raw is None:
            self._out.write(text)
        else:
            self._raw.write(text.encode())

    def write(self, chunks: Iterable[bytes]) -> None:
        for chunk in chunks:
            if self._fmt == "json":
                # One level in: every newline of a JSON chunk is layout (strings escape
                # theirs), so this is textwrap.indent without its per-line Python loop.
                lead = b"[\n  " if self._written == 0 else b",\n  "
                chunk = lead + chunk.replace(b"\n", b"\n  ")
            if self._raw is None:
                self._out.write(chunk.decode())
            else:
                self._raw.write(chunk)
            self._written += 1
        self._flush()

    def close(self) -> None:
        if self._fmt == "json":
            self._put("\n]\n" if self._written else "[]\n")
        elif self._fmt == "html":
            from jzdaily._view import document_tail

            self._put(document_tail())
        self._flush()

    def _flush(self) -> None:
        (self._out if self._raw is None else self._raw).flush()


def _cell(value: object) -> object:
    """A CSV cell: names joined like to_records does, anything nested as JSON."""
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return NAME_SEPARATOR.join(value)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=json_default)
    return json_value(value)


def write_table(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Rows of the people table as csv (columns from every row), a json array, or jsonl."""
    if fmt == "csv":
        fields = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    elif fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2, default=json_default) + "\n")
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=json_default) + "\n")
