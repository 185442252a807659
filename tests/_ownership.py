"""The line-ownership rule, shared by the hostile-input and property tests.

Every non-blank input line (lines split on "\\n" after "\\r\\n" and "\\r" become "\\n"; blank
means ``line.strip()`` is empty) belongs to exactly one article or fragment across all pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from jzdaily import Page


def non_blank_lines(text: str) -> list[int]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [number for number, line in enumerate(lines, start=1) if line.strip()]


def owned_lines(pages: Iterable[Page]) -> list[int]:
    return sorted(
        n for page in pages for piece in (*page.articles, *page.fragments) for n in piece.source_lines
    )


def assert_owned(text: str, pages: Iterable[Page]) -> None:
    """Nothing lost, nothing twice: owned lines equal the non-blank lines, once each."""
    owned = owned_lines(pages)
    expected = non_blank_lines(text)
    if owned != expected:
        lost = sorted(set(expected) - set(owned))[:10]
        extra = sorted(set(owned) - set(expected))[:10]
        twice = sorted({n for n in owned if owned.count(n) > 1})[:10] if len(owned) < 5000 else "?"
        raise AssertionError(f"ownership broken: lost {lost}, not in input {extra}, twice {twice}")
