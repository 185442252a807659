"""PageWriter writes the same document whichever way the bytes reach the stream: straight to a
UTF-8 stream's binary buffer, or as text to any other stream."""

from __future__ import annotations

import io
import os
from typing import TextIO

import pytest

from jzdaily import parse_pages, sample_text
from jzdaily.cli._render import PageWriter, render_page

FORMATS = ("json", "jsonl", "csv", "text")


def _document(fmt: str, out: TextIO) -> None:
    pages = parse_pages(sample_text())
    writer = PageWriter(fmt, out)
    writer.write([render_page(fmt, "a.txt", pages[0]).encode()])
    writer.write([render_page(fmt, "b.txt", page).encode() for page in pages])
    writer.close()


def _as_text(fmt: str) -> str:
    out = io.StringIO()
    _document(fmt, out)
    return out.getvalue()


def _utf8_file(raw: io.BytesIO) -> io.TextIOWrapper:
    return io.TextIOWrapper(raw, encoding="utf-8", newline="")


@pytest.mark.parametrize("fmt", FORMATS)
def test_bytes_to_a_utf8_buffer_make_the_same_document_as_text(fmt: str) -> None:
    raw = io.BytesIO()
    out = _utf8_file(raw)
    _document(fmt, out)
    out.flush()
    assert raw.getvalue().decode() == _as_text(fmt)


def test_a_utf8_stream_gets_the_bytes_without_its_text_layer() -> None:
    """Proof the byte path is taken: text written to the wrapper after the writer was made
    stays in the wrapper's buffer, behind bytes the writer has already put out (where lines
    end in \\n; elsewhere the writer writes text, behind the buffered text)."""
    raw = io.BytesIO()
    out = _utf8_file(raw)
    writer = PageWriter("jsonl", out)
    out.write("after")  # buffered in the text layer, not flushed
    writer.write([b"{}\n"])
    assert raw.getvalue() == (b"{}\n" if os.linesep == "\n" else b"after{}\n")


def test_text_written_before_the_writer_comes_first() -> None:
    raw = io.BytesIO()
    out = _utf8_file(raw)
    out.write("前言\n")  # buffered in the text layer when the writer starts
    writer = PageWriter("jsonl", out)
    writer.write(['{"a": "甲"}\n'.encode()])
    writer.close()
    out.flush()
    assert raw.getvalue().decode() == '前言\n{"a": "甲"}\n'


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_stream_in_another_encoding_gets_text_in_its_encoding(fmt: str) -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="gb18030", newline="")
    _document(fmt, out)
    out.flush()
    assert raw.getvalue() == _as_text(fmt).encode("gb18030")
    assert raw.getvalue() != _as_text(fmt).encode()  # the sample is Chinese: encodings differ
