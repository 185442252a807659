"""Column titles: a letter-spaced ``政 务 简 报`` printed after the briefs it names.

The title names the run of briefs printed just before it; if none precedes it, the run
just after it. Other items get no column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol, TypeVar

from jzdaily._lazy import LazyPattern
from jzdaily._model import ArticleKind, Fragment, FragmentKind
from jzdaily._tags import Role, Tag
from jzdaily._text import Line

__all__ = ["COLUMN_TITLE", "assign_columns", "column"]

COLUMN_TITLE: Final = LazyPattern(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,7}$")
_MAX_TITLE = 15  # characters with the spaces


def column(lines: Sequence[Line], i: int) -> Tag | None:
    """Two to eight Han characters spaced apart: a column title (or a justified body line)."""
    if len(lines[i].text) > _MAX_TITLE:
        return None
    return Tag(lines[i], Role.COLUMN) if COLUMN_TITLE.match(lines[i].text) else None


class _Item(Protocol):
    """What placing an item under a column title reads: its kind and its lines."""

    @property
    def kind(self) -> ArticleKind: ...

    @property
    def source_lines(self) -> tuple[int, ...]: ...


T = TypeVar("T", bound=_Item)


def assign_columns(items: Sequence[T], fragments: Sequence[Fragment]) -> list[tuple[T, str | None]]:
    """Each item in page order with the column title it is printed under, or None.

    A column title names the run of briefs printed just before it (else just after). The
    items are articles still to be built (`jzdaily._article.ArticleDraft`): the page builds
    each once, with its column and its id (its place in this order). Without titles the
    order is the assembler's; with them, items and titles are put in line order.

    One pass over items and titles in line order; a run stops at any other item or title,
    so each item is looked at a bounded number of times.
    """
    titles = [f for f in fragments if f.kind is FragmentKind.COLUMN]
    if not titles:
        return [(item, None) for item in items]
    stream: list[T | Fragment] = sorted(
        [*items, *titles], key=lambda item: item.source_lines[0] if item.source_lines else 0
    )
    columns: dict[int, str] = {}  # position in stream → column title
    for at, title in enumerate(stream):
        if isinstance(title, Fragment):
            run = _brief_run(stream, at, -1, columns) or _brief_run(stream, at, +1, columns)
            columns.update(dict.fromkeys(run, title.text))
    return [
        (item, columns.get(k)) for k, item in enumerate(stream) if not isinstance(item, Fragment)
    ]


def _brief_run(
    stream: Sequence[_Item | Fragment], at: int, step: int, taken: dict[int, str]
) -> list[int]:
    """Positions of the untitled briefs next to stream[at], walking by step."""
    run: list[int] = []
    k = at + step
    while 0 <= k < len(stream):
        item = stream[k]
        if isinstance(item, Fragment) or item.kind is not ArticleKind.BRIEF or k in taken:
            break
        run.append(k)
        k += step
    return run
