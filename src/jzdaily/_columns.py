"""Column titles: a letter-spaced ``政 务 简 报`` printed after the briefs it names.

The title names the run of briefs printed just before it; if none precedes it, the run
just after it. Other items get no column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from attrs import evolve

from jzdaily._lazy import LazyPattern
from jzdaily._model import Article, ArticleKind, Fragment, FragmentKind
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


def assign_columns(articles: list[Article], fragments: Sequence[Fragment]) -> list[Article]:
    """A column title names the run of briefs printed just before it (else just after).

    One pass over articles and titles in line order; a run stops at any other item or
    title, so each article is looked at a bounded number of times.
    """
    titles = [f for f in fragments if f.kind is FragmentKind.COLUMN]
    if not titles:
        return articles
    stream: list[Article | Fragment] = sorted(
        [*articles, *titles], key=lambda item: item.source_lines[0] if item.source_lines else 0
    )
    columns: dict[int, str] = {}  # position in stream → column title
    for at, title in enumerate(stream):
        if isinstance(title, Fragment):
            run = _brief_run(stream, at, -1, columns) or _brief_run(stream, at, +1, columns)
            columns.update(dict.fromkeys(run, title.text))
    return [
        evolve(item, column=columns[k]) if k in columns else item
        for k, item in enumerate(stream)
        if isinstance(item, Article)
    ]


def _brief_run(
    stream: Sequence[Article | Fragment], at: int, step: int, taken: dict[int, str]
) -> list[int]:
    """Positions of the untitled briefs next to stream[at], walking by step."""
    run: list[int] = []
    k = at + step
    while 0 <= k < len(stream):
        item = stream[k]
        if not isinstance(item, Article) or item.kind is not ArticleKind.BRIEF or k in taken:
            break
        run.append(k)
        k += step
    return run
