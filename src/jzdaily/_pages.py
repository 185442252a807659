"""Cut the tagged input into pages: at form feeds and at each printed page header."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from jzdaily._tags import HEADER_ROLES, Role, Tag

__all__ = ["split_pages"]

_SKIPPABLE = frozenset({Role.BLANK, Role.GARBAGE}) | HEADER_ROLES
_OVER_HEADER = frozenset({Role.BLANK, Role.PAPER, Role.STAFF})  # printed before a page line
_PAGE_LINE = Role.PAGE_LINE  # (an enum member is slow to look up, a module global fast)


def _header_start(tags: Sequence[Tag], index: int) -> int:
    """Walk back from a page line over the header lines and blanks printed before it."""
    start = index
    k = index - 1
    while k >= 0 and tags[k].role in _OVER_HEADER:
        if tags[k].role is not Role.BLANK:
            start = k
        k -= 1
    return start


def _has_content(tags: Sequence[Tag]) -> bool:
    return any(t.role not in _SKIPPABLE for t in tags)  # (stops at the first content line)


def split_pages(tags: Sequence[Tag]) -> list[list[Tag]]:
    """Pages in input order; a header with nothing after it stays on the page before.

    A page starts at a form feed, or at the header over a page line when the page so far
    has content. One pass finds the page lines and form feeds; only they are visited, and
    the lines between them are looked at only until the page shows content.
    """
    page_line = _PAGE_LINE
    cuts = [k for k, tag in enumerate(tags) if tag.role is page_line or tag.line.page_break]
    starts = [0]
    content, seen = False, 0  # the page so far has content, in the lines before seen
    for index in cuts:
        tag = tags[index]
        if tag.line.page_break and index > 0:
            starts.append(index)
            content, seen = False, index
        elif tag.role is page_line:
            content = content or _has_content(tags[seen:index])  # (each line looked at once)
            seen = index
            start = _header_start(tags, index) if content else 0  # header, blanks: start..index
            if start > starts[-1]:
                starts.append(start)
                content = False
    starts.append(len(tags))
    pages: list[list[int]] = []  # [first, end] of each page, a headerless one merged
    for first, end in pairwise(starts):
        if end <= first:
            continue
        if pages and not tags[first].line.page_break and not _has_content(tags[first:end]) and (
            not any(t.role is page_line for t in tags[pages[-1][0] : pages[-1][1]])
        ):
            pages[-1][1] = end  # a headerless page before, and nothing here but a header
        else:
            pages.append([first, end])
    return [list(tags[first:end]) for first, end in pages] or [[]]
