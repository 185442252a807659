"""Score a parse of a typeset layout against what the typesetter printed, field by field.

A printed piece and a parsed article are the same item when each holds more than half of
the other's lines. Fields are compared without whitespace: layout spaces are the
extractor's, not the paper's.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from jzdaily import Article, Page
from tests.typeset import Layout, Placed

__all__ = ["FIELDS", "Score", "credited_names", "field_errors", "match", "ownership_ok", "score"]

FIELDS = ("body", "headline", "credits", "date", "kind")
BODY_SIMILARITY = 0.995


def _squash(text: str | None) -> str:
    return "".join((text or "").split())


def credited_names(article: Article) -> list[str]:
    """Every staff name the article credits: lead or byline staff, authors, photographers."""
    names: list[str] = []
    if article.dateline is not None:
        line = article.dateline
        names += [*line.reporters, *line.correspondents, *line.interns]
    names += [*article.authors, *article.photographers]
    return sorted(_squash(n) for n in names)


def match(layout: Layout, pages: Sequence[Page]) -> list[tuple[Placed, Article | None]]:
    """Each printed piece with the parsed article that is the same item, or None."""
    articles = [a for page in pages for a in page.articles]
    owner_of = {n: k for k, a in enumerate(articles) for n in a.source_lines}
    pairs: list[tuple[Placed, Article | None]] = []
    for placed in layout.placed:
        counts = Counter(owner_of.get(n) for n in placed.lines)
        best, shared = counts.most_common(1)[0] if counts else (None, 0)
        article = articles[best] if best is not None else None
        same = (
            article is not None
            and 2 * shared > len(placed.lines)
            and 2 * shared > len(article.source_lines)
        )
        pairs.append((placed, article if same else None))
    return pairs


def field_errors(placed: Placed, article: Article) -> dict[str, tuple[object, object]]:
    """The fields in which the article differs from the printed piece: name → (want, got)."""
    piece = placed.piece
    errors: dict[str, tuple[object, object]] = {}
    body = _squash(article.body)
    want_body = piece.expected_body
    if body != want_body and (
        difflib.SequenceMatcher(None, want_body, body, autojunk=False).ratio() < BODY_SIMILARITY
    ):
        errors["body"] = (want_body, body)
    headline = (piece.expected_headline, piece.expected_subtitle)
    got_headline = (_squash(article.headline) or None, _squash(article.subtitle) or None)
    if headline != got_headline:
        errors["headline"] = (headline, got_headline)
    credits = (sorted(_squash(n) for n in piece.credited), sorted(piece.photographers))
    got_credits = (credited_names(article), sorted(_squash(n) for n in article.photographers))
    if credits != got_credits:
        errors["credits"] = (credits, got_credits)
    if piece.date is not None and article.date != piece.date:
        errors["date"] = (piece.date, article.date)
    if article.kind.value != piece.kind:
        errors["kind"] = (piece.kind, article.kind.value)
    return errors


def ownership_ok(text: str, pages: Sequence[Page]) -> bool:
    """Every non-blank input line is owned by exactly one article or fragment."""
    owned = Counter(
        n for page in pages for item in (*page.articles, *page.fragments) for n in item.source_lines
    )
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    return all(owned[n] == 1 for n in lines) and sum(owned.values()) == len(lines)


@dataclass
class Score:
    """Counts over one or more layouts: items found, fields right, pages whose lines are all owned."""

    printed: int = 0
    parsed: int = 0
    found: int = 0
    right: Counter[str] = field(default_factory=Counter)
    scored: Counter[str] = field(default_factory=Counter)
    inputs: int = 0
    owned: int = 0
    failures: list[tuple[str, Placed, object]] = field(default_factory=list)

    def add(self, layout: Layout, pages: Sequence[Page]) -> None:
        self.inputs += 1
        self.owned += ownership_ok(layout.text, pages)
        self.printed += len(layout.placed)
        self.parsed += sum(len(page.articles) for page in pages)
        for placed, article in match(layout, pages):
            if article is None:
                self.failures.append(("missed", placed, None))
                continue
            self.found += 1
            errors = field_errors(placed, article)
            for name in FIELDS:
                if name == "date" and placed.piece.date is None:
                    continue
                self.scored[name] += 1
                if name in errors:
                    self.failures.append((name, placed, errors[name]))
                else:
                    self.right[name] += 1

    @property
    def recall(self) -> float:
        return self.found / self.printed if self.printed else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.parsed if self.parsed else 1.0

    def rate(self, name: str) -> float:
        return self.right[name] / self.scored[name] if self.scored[name] else 1.0

    def rows(self) -> Iterable[tuple[str, float, str]]:
        """(figure, value, counts) rows for a table."""
        yield "article recall", self.recall, f"{self.found}/{self.printed}"
        yield "article precision", self.precision, f"{self.found}/{self.parsed}"
        for name in FIELDS:
            label = "body exact" if name == "body" else name
            yield label, self.rate(name), f"{self.right[name]}/{self.scored[name]}"
        yield (
            "ownership",
            self.owned / self.inputs if self.inputs else 1.0,
            (f"{self.owned}/{self.inputs} inputs"),
        )


def score(layout: Layout, pages: Sequence[Page]) -> Score:
    result = Score()
    result.add(layout, pages)
    return result
