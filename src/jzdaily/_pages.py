"""Cut the tagged input into pages: at form feeds and at each printed page header."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from jzdaily._tags import HEADER_ROLES, Role, Tag

__all__ = ["split_pages"]

_SKIPPABLE = frozenset({Role.BLANK, Role.GARBAGE}) | HEADER_ROLES


def _header_start(tags: Sequence[Tag], index: int) -> int:
    """Walk back from a page line over the header lines and blanks printed before it."""
    start = index
    k = index - 1
    while k >= 0 and tags[k].role in (Role.BLANK, Role.PAPER, Role.STAFF):
        if tags[k].role is not Role.BLANK:
            start = k
        k -= 1
    return start


def _has_content(tags: Sequence[Tag]) -> bool:
    return any(t.role not in _SKIPPABLE for t in tags)


def split_pages(tags: Sequence[Tag]) -> list[list[Tag]]:
    """Pages in input order; a header with nothing after it stays on the page before."""
    starts = [0]
    content = False  # the current page has content so far: kept as we go, never re-scanned
    page_line = Role.PAGE_LINE  # (an enum member is slow to look up, a local fast)
    for index, tag in enumerate(tags):
        if tag.line.page_break and index > 0:
            starts.append(index)
            content = False
        elif tag.role is page_line:
            start = _header_start(tags, index)  # lines start..index are header and blanks
            if start > starts[-1] and content:
                starts.append(start)
                content = False
        content = content or tag.role not in _SKIPPABLE
    starts.append(len(tags))
    pages = [list(tags[a:b]) for a, b in pairwise(starts) if b > a]
    merged: list[list[Tag]] = []
    for page in pages:
        headerless_before = merged and not any(t.role is page_line for t in merged[-1])
        if merged and headerless_before and not _has_content(page) and not page[0].line.page_break:
            merged[-1].extend(page)
        else:
            merged.append(page)
    return merged or [[]]
