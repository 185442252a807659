"""An index of people across pages: who appeared where, when, with which titles.

Built from parsed pages (or bare articles), it answers the questions users ask of a local
paper: every mention of a person, the titles they held over time, who they appear with,
and everyone whose title matches a pattern (all 书记).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import attr  # attr.asdict can turn tuples into JSON lists
import attrs

from jzdaily._entities._lookup import people
from jzdaily._model import Article, Page

__all__ = ["EntityIndex", "Mention", "TitleSpan"]


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


@attrs.frozen
class Mention:
    """One article naming a person."""

    name: str
    page: str | None  # page code as printed (A08)
    issue_date: dt.date | None
    date: dt.date | None  # the event date the article reports
    headline: str | None
    titles: tuple[str, ...] = ()  # titles printed next to the name in this article
    role: str | None = None  # None in the story, else 记者/通讯员/实习生/作者/摄影
    article: int = 0  # position of the article in the index, in the order added

    @property
    def when(self) -> dt.date | None:
        """The event date, else the issue date."""
        return self.date or self.issue_date

    def to_dict(self) -> dict[str, Any]:
        data = attr.asdict(self, retain_collection_types=False)
        data["issue_date"], data["date"] = _iso(self.issue_date), _iso(self.date)
        return data


@attrs.frozen
class TitleSpan:
    """A title a person was printed with, and the first and last dates it was seen."""

    title: str
    first: dt.date | None
    last: dt.date | None
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "first": _iso(self.first),
            "last": _iso(self.last),
            "count": self.count,
        }


def _date_key(value: dt.date | None) -> dt.date:
    return value or dt.date.max


class EntityIndex:
    """People across many articles; build with ``from_pages`` or ``from_articles``."""

    def __init__(self, *, share_names: bool = True) -> None:
        # share_names: a name found in one article of an issue is looked for in the others
        self._share = share_names
        self._mentions: dict[str, list[Mention]] = {}
        self._story: list[tuple[str, ...]] = []  # story people of each article
        self._issue_names: dict[dt.date | None, set[str]] = {}

    @classmethod
    def from_pages(cls, pages: Iterable[Page], *, share_names: bool = True) -> EntityIndex:
        """Index every article of every page, with its page code and issue date."""
        index = cls(share_names=share_names)
        for page in pages:
            for article in page.articles:
                index.add(article, page=page.code, issue_date=page.date)
        return index

    @classmethod
    def from_articles(
        cls,
        articles: Iterable[Article],
        *,
        page: str | None = None,
        issue_date: dt.date | None = None,
        share_names: bool = True,
    ) -> EntityIndex:
        """Index bare articles; ``page`` and ``issue_date`` apply to all of them."""
        index = cls(share_names=share_names)
        for article in articles:
            index.add(article, page=page, issue_date=issue_date)
        return index

    def add(
        self, article: Article, *, page: str | None = None, issue_date: dt.date | None = None
    ) -> tuple[Mention, ...]:
        """Index one article and return its mentions."""
        known = self._issue_names.setdefault(issue_date, set()) if self._share else set()
        found = people(article, known=sorted(known))
        number = len(self._story)
        mentions = tuple(
            Mention(
                p.name, page, issue_date, article.date, article.headline, p.titles, p.role, number
            )
            for p in found
        )
        for mention in mentions:
            self._mentions.setdefault(mention.name, []).append(mention)
        story = tuple(p.name for p in found if p.role is None)
        self._story.append(story)
        known.update(p.name for p in found if p.role is None and p.titles)
        return mentions

    def __repr__(self) -> str:
        mentions = sum(len(found) for found in self._mentions.values())
        return (
            f"EntityIndex(people={len(self._mentions)}, articles={len(self._story)}, "
            f"mentions={mentions})"
        )

    def __len__(self) -> int:
        return len(self._mentions)

    def __contains__(self, name: object) -> bool:
        return name in self._mentions

    def __iter__(self) -> Iterator[str]:
        return iter(self._mentions)

    def names(self) -> tuple[str, ...]:
        """Everyone indexed, in order of first appearance."""
        return tuple(self._mentions)

    def person(self, name: str) -> tuple[Mention, ...]:
        """Every article naming ``name``, in the order added; empty when unknown."""
        return tuple(self._mentions.get(name, ()))

    def titles(self, name: str) -> tuple[TitleSpan, ...]:
        """The titles ``name`` was printed with over time, earliest first."""
        spans: dict[str, list[dt.date | None]] = {}
        for mention in self.person(name):
            for title in mention.titles:
                spans.setdefault(title, []).append(mention.when)
        result = []
        for title, dates in spans.items():
            known = [d for d in dates if d is not None]
            first, last = (min(known), max(known)) if known else (None, None)
            result.append(TitleSpan(title, first, last, len(dates)))
        return tuple(sorted(result, key=lambda s: (_date_key(s.first), _date_key(s.last))))

    def companions(self, name: str, limit: int = 10) -> tuple[tuple[str, int], ...]:
        """People in the story with ``name`` most often: (name, shared articles).

        Only stories ``name`` is part of count; staff are nobody's companions.
        """
        counts: Counter[str] = Counter()
        for mention in self.person(name):
            if mention.role is None:
                counts.update(n for n in self._story[mention.article] if n != name)
        order = {n: i for i, n in enumerate(self._mentions)}
        ranked = sorted(counts.items(), key=lambda item: (-item[1], order[item[0]]))
        return tuple(ranked[:limit])

    def holders(self, pattern: str | re.Pattern[str]) -> dict[str, tuple[str, ...]]:
        """Everyone printed with a title matching ``pattern`` (``re.search``) → those titles."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        result: dict[str, tuple[str, ...]] = {}
        for name, mentions in self._mentions.items():
            titles = dict.fromkeys(t for m in mentions for t in m.titles if regex.search(t))
            if titles:
                result[name] = tuple(titles)
        return result

    def to_dict(self) -> dict[str, Any]:
        """Every person with their mentions, JSON-ready."""
        return {name: [m.to_dict() for m in mentions] for name, mentions in self._mentions.items()}
