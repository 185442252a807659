"""Shared helpers for the entity tests: the answer key and small article builders."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jzdaily._model import Article, ArticleKind, Dateline, Page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLD = FIXTURES / "jiaozuo-2023-03-07-A07-A08.gold.json"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep jieba's cache out of the real home directory while testing."""
    path = tmp_path_factory.mktemp("jzdaily-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JZDAILY_CACHE_DIR", str(path))
        yield path


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def article(
    *paragraphs: str,
    headline: str | None = "标题",
    date: dt.date | None = None,
    reporters: tuple[str, ...] = (),
    correspondents: tuple[str, ...] = (),
    authors: tuple[str, ...] = (),
    photographers: tuple[str, ...] = (),
) -> Article:
    dateline = (
        Dateline(raw="本报讯", source="本报讯", reporters=reporters, correspondents=correspondents)
        if reporters or correspondents
        else None
    )
    return Article(
        kind=ArticleKind.NEWS,
        headline=headline,
        paragraphs=paragraphs,
        source_lines=(1,),
        dateline=dateline,
        date=date,
        authors=authors,
        photographers=photographers,
    )


def page(code: str, issue: dt.date, *articles: Article, index: int = 0) -> Page:
    return Page(index=index, code=code, date=issue, articles=articles)
