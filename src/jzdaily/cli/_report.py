"""JSON-ready views for the command line: one article's entities, and a people table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jzdaily._entities._index import EntityIndex
from jzdaily._entities._lookup import organizations, people, places
from jzdaily._model import Article, Page

__all__ = ["article_entities", "people_table"]


def article_entities(article: Article) -> dict[str, Any]:
    """People (staff last, with their role), places and organisations of one article."""
    return {
        "people": [p.to_dict() for p in people(article)],
        "places": [p.to_dict() for p in places(article)],
        "organizations": [o.to_dict() for o in organizations(article)],
    }


def people_table(pages: Iterable[Page]) -> list[dict[str, Any]]:
    """One row per person across the pages: name, titles, count of articles, dates, roles.

    Rows are ordered by count (most mentioned first), then by first appearance.
    """
    index = EntityIndex.from_pages(pages)
    rows = []
    for name in index.names():
        mentions = index.person(name)
        dates = sorted({m.when for m in mentions if m.when is not None})
        rows.append(
            {
                "name": name,
                "titles": list(dict.fromkeys(t for m in mentions for t in m.titles)),
                "count": len(mentions),
                "dates": [d.isoformat() for d in dates],
                "roles": list(dict.fromkeys(m.role for m in mentions if m.role is not None)),
            }
        )
    return sorted(rows, key=lambda row: -int(row["count"]))
