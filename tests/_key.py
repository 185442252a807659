"""An article's fields in the answer key's shape, for comparing the parser with the key."""

from __future__ import annotations

import re
from typing import Any

from jzdaily import Article


def key_fields(article: Article) -> dict[str, Any]:
    """Kind, headline, column, dateline, dates, bylines, arrow and whitespace-free body."""
    dateline = article.dateline
    return {
        "kind": article.kind.value,
        "headline": article.headline,
        "column": article.column,
        "dateline": None if dateline is None else {
            "source": dateline.source,
            "reporters": list(dateline.reporters),
            "correspondents": list(dateline.correspondents),
        },
        "date": article.date.isoformat() if article.date else None,
        "time_of_day": article.time_of_day,
        "relative_date": article.relative_date,
        "authors": list(article.authors),
        "photographers": list(article.photographers),
        "photo_arrow": article.photo_arrow,
        "body_nospace": re.sub(r"\s", "", article.body),
    }  # fmt: skip


def expected_fields(item: dict[str, Any]) -> dict[str, Any]:
    """The same fields read from one item of the key."""
    return {key: item[key] for key in _FIELDS}


_FIELDS = (
    "kind", "headline", "column", "dateline", "date", "time_of_day", "relative_date",
    "authors", "photographers", "photo_arrow", "body_nospace",
)  # fmt: skip
