"""The JSON output's own indenting writer: byte for byte what ``json.dumps(indent=2)`` writes."""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import textwrap
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jzdaily import parse_pages, sample_text
from jzdaily.cli._render import PageWriter, _json_indented, json_default, render_page


class _Colour(enum.Enum):
    RED = "red"


def _reference(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=json_default)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ({}, "an empty object is {} on one line"),
        ([], "an empty list is [] on one line"),
        ({"a": [], "b": {}, "c": ()}, "empty containers inside an object stay on its lines"),
        ([1, 2.5, True, False, None, "甲"], "every plain scalar as json writes it"),
        ({"名": "乙\n丙", "q": 'say "x"\\'}, "newlines, quotes and backslashes escaped"),
        ({"x": [[1, [2, {"y": (3,)}]]]}, "nesting indents two spaces a level, tuples as lists"),
        ({"when": dt.date(2031, 5, 6), "c": _Colour.RED}, "values json_default converts"),
        ({1: "a", None: "b"}, "keys that are not strings go to json.dumps, re-indented"),
        ([{2.5: [1]}, {"k": {True: 0}}], "json.dumps fallback nested deep is re-indented"),
        ({"nan": float("nan"), "inf": float("inf")}, "floats json writes by name"),
        ({"sep": "a\u2028b\x85c"}, "line separators json leaves raw stay inside the string"),
    ],
)
def test_indented_json_is_json_dumps(value: Any, why: str) -> None:
    """Each value (why: see the table) is written exactly as json.dumps(indent=2) writes it."""
    assert _json_indented(value) == _reference(value), why


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=30,
)


@given(_JSON)
def test_any_json_value_is_written_as_json_dumps_writes_it(value: Any) -> None:
    """For any JSON value at all, the writer's text is json.dumps(indent=2)'s, to the byte."""
    assert _json_indented(value) == _reference(value)


def test_a_json_document_of_pages_is_the_indented_array() -> None:
    """PageWriter's JSON document equals the pages as one json.dumps(indent=2) array."""
    pages = parse_pages(sample_text())
    out = io.StringIO()
    writer = PageWriter("json", out)
    writer.write([render_page("json", "s.txt", page).encode() for page in pages])
    writer.close()
    records = [json.loads(render_page("json", "s.txt", page)) for page in pages]
    assert out.getvalue() == _reference(records) + "\n"


def test_a_line_separator_in_a_page_is_not_indented_into_its_string() -> None:
    """Text holding U+2028 comes out intact (textwrap.indent would split the line there)."""
    chunk = _reference({"body": "甲\u2028乙"})
    out = io.StringIO()
    writer = PageWriter("json", out)
    writer.write([chunk.encode()])
    writer.close()
    assert json.loads(out.getvalue()) == [{"body": "甲\u2028乙"}]
    assert out.getvalue() != "[\n" + textwrap.indent(chunk, "  ") + "\n]\n"
