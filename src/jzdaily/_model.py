"""The typed page model: frozen, slotted attrs classes with JSON-ready ``to_dict``.

``to_dict`` is written out per class, field by field, in the order ``docs/model.md`` gives
(``tests/test_to_dict.py`` checks it against attrs' ``asdict``). Every class round-trips:
``Cls.from_dict(obj.to_dict()) == obj``, so JSON Lines written by the CLI can be loaded back
into the model. Objects are values: immutable, hashable, with a one-line ``repr`` (a page's
full ``repr`` would run to kilobytes).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import attrs

from jzdaily._frozen import FrozenMap

__all__ = [
    "Article",
    "ArticleKind",
    "DatePrecision",
    "Dateline",
    "Fragment",
    "FragmentKind",
    "Page",
    "ParseWarning",
    "PhotoArrow",
]

PhotoArrow = Literal["left", "right", "up", "down"]
# How precisely the lead gives the event date: one day (or a range of days), part of a month
# (3月上旬, 2月底), a whole month (2022年9月), or approximately (春节期间, 元旦前夕).
DatePrecision = Literal["day", "part-of-month", "month", "approximate"]


class _ValueEnum(str, enum.Enum):
    """An enum that prints as its value on every Python (3.11 changed ``format`` of mixins)."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class ArticleKind(_ValueEnum):
    """What sort of item an article is; the value is what ``to_dict`` writes."""

    NEWS = "news"  # a story with a 本报讯-style lead, or unmarked running text
    BRIEF = "brief"  # a short item opened by ● (政务简报, 百字新闻 ...)
    PHOTO = "photo"  # a caption: opened by an arrow or closed by a "… 摄" credit
    COMMENTARY = "commentary"  # an opinion piece signed with □


class FragmentKind(_ValueEnum):
    """What a non-article piece of the page is."""

    HEADER = "header"  # the printed page header: paper, page line, staff line
    COLUMN = "column"  # a column title such as 政务简报, printed after its items
    FURNITURE = "furniture"  # decoration, stray labels and extraction garbage


def json_value(value: Any) -> Any:
    """A value as JSON has it: dates as ISO strings, clock times as HH:MM, enums as their
    values, else unchanged."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, enum.Enum):
        return value.value
    return value



def _short(text: str | None, width: int = 20) -> str | None:
    """A headline or text cut for a repr: one line, at most ``width`` characters."""
    if text is None:
        return None
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def _span(lines: Sequence[int]) -> str:
    """Line numbers for a repr: ``496-501``, ``12`` or ``-``."""
    if not lines:
        return "-"
    return str(lines[0]) if len(lines) == 1 else f"{lines[0]}-{lines[-1]}"


def _staff(value: Mapping[str, Iterable[str]]) -> FrozenMap[str, tuple[str, ...]]:
    """Staff as an immutable, hashable mapping of role → names, in printed order."""
    return FrozenMap((str(role), tuple(names)) for role, names in value.items())


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _time(value: str | None) -> dt.time | None:
    return None if value is None else dt.time.fromisoformat(value)


def _strs(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def _ints(values: Any) -> tuple[int, ...]:
    return tuple(int(v) for v in values or ())


@attrs.frozen
class ParseWarning:
    """Something the parser had to guess or could not place; never an exception."""

    code: str  # stable machine-readable code, e.g. "no-headline", "orphan-text"
    message: str  # one sentence for a person
    source_lines: tuple[int, ...] = ()  # 1-based input lines concerned

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "source_lines": list(self.source_lines)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParseWarning:
        return cls(data["code"], data["message"], _ints(data.get("source_lines")))


@attrs.frozen
class Dateline:
    """The lead's source and staff, e.g. ``本报讯（记者甲 通讯员乙）`` or a feature's byline."""

    raw: str  # as printed, justification spaces removed
    source: str | None = None  # 本报讯, 本报郑州3月5日电, 新华社北京…电; None for a bare byline
    place: str | None = None  # dispatch place of a …电 dateline (郑州)
    reporters: tuple[str, ...] = ()  # 记者, 本报记者, 特派记者
    correspondents: tuple[str, ...] = ()  # 通讯员
    interns: tuple[str, ...] = ()  # 实习生

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "source": self.source,
            "place": self.place,
            "reporters": list(self.reporters),
            "correspondents": list(self.correspondents),
            "interns": list(self.interns),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        return cls(
            raw=data["raw"],
            source=data.get("source"),
            place=data.get("place"),
            reporters=_strs(data.get("reporters")),
            correspondents=_strs(data.get("correspondents")),
            interns=_strs(data.get("interns")),
        )


@attrs.frozen(repr=False)
class Article:
    """One item on the page with its text cleaned and its printed metadata read."""

    kind: ArticleKind
    headline: str | None  # None when no headline survives in the text
    paragraphs: tuple[str, ...]  # reflowed body, without dateline, credits or headline
    source_lines: tuple[int, ...]  # 1-based non-blank input lines this article owns
    subtitle: str | None = None  # a "——…" line printed under the headline
    column: str | None = None  # the column title the item is printed under (政务简报)
    dateline: Dateline | None = None
    date: dt.date | None = None  # the event date, resolved against the issue date
    time_of_day: str | None = None  # 上午, 下午, 晚上 … as printed after the date
    relative_date: str | None = None  # 近日, 日前, 昨天, 上周五 … as printed
    date_end: dt.date | None = None  # last day the lead's date can mean (= date for one day)
    date_precision: DatePrecision | None = None  # None when there is no date
    time: dt.time | None = None  # clock time printed with the date: 14时30分, 下午3时
    time_approximate: bool = False  # the clock time is approximate: 10时许, 8时左右
    authors: tuple[str, ...] = ()  # trailing （甲 乙） byline or □ signature
    photographers: tuple[str, ...] = ()  # names in a "… 摄" credit
    photo_arrow: PhotoArrow | None = None  # direction of the caption's ⬅/➡ marker
    story_code: str | None = None  # editorial code printed after the last sentence: ①3
    continued_to: str | None = None  # page of a （下转A3版） mark, as printed: A3版
    continued_from: str | None = None  # page of a （上接一版） mark, as printed: 一版
    linked_id: str | None = None  # id of the story's other part when it is in the same input
    id: str = ""  # stable key: issue date / page code / 1-based position, 2023-03-07/A08/03

    @property
    def body(self) -> str:
        """The paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)

    def __repr__(self) -> str:
        headline = _short(self.headline)
        return f"Article(id={self.id!r}, kind={self.kind.value!r}, headline={headline!r})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``id``, ``kind``, ``headline``, the other fields in field order, then
        ``paragraphs``, ``body`` and ``source_lines``.

        Written out field by field (the CLI renders every article through here, and a
        generic walk over the fields cost a call per field); ``tests/test_to_dict.py`` pins
        it to attrs' own ``asdict``, so a new field left out here fails there.
        """
        dateline = self.dateline
        return {
            "id": self.id,
            "kind": self.kind.value,
            "headline": self.headline,
            "subtitle": self.subtitle,
            "column": self.column,
            "dateline": None if dateline is None else dateline.to_dict(),
            "date": json_value(self.date),
            "time_of_day": self.time_of_day,
            "relative_date": self.relative_date,
            "date_end": json_value(self.date_end),
            "date_precision": self.date_precision,
            "time": json_value(self.time),
            "time_approximate": self.time_approximate,
            "authors": list(self.authors),
            "photographers": list(self.photographers),
            "photo_arrow": self.photo_arrow,
            "story_code": self.story_code,
            "continued_to": self.continued_to,
            "continued_from": self.continued_from,
            "linked_id": self.linked_id,
            "paragraphs": list(self.paragraphs),
            "body": self.body,
            "source_lines": list(self.source_lines),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        dateline = data.get("dateline")
        return cls(
            kind=ArticleKind(data["kind"]),
            headline=data.get("headline"),
            paragraphs=_strs(data.get("paragraphs")),
            source_lines=_ints(data.get("source_lines")),
            subtitle=data.get("subtitle"),
            column=data.get("column"),
            dateline=None if dateline is None else Dateline.from_dict(dateline),
            date=_date(data.get("date")),
            time_of_day=data.get("time_of_day"),
            relative_date=data.get("relative_date"),
            date_end=_date(data.get("date_end")),
            date_precision=data.get("date_precision"),
            time=_time(data.get("time")),
            time_approximate=bool(data.get("time_approximate", False)),
            authors=_strs(data.get("authors")),
            photographers=_strs(data.get("photographers")),
            photo_arrow=data.get("photo_arrow"),
            story_code=data.get("story_code"),
            continued_to=data.get("continued_to"),
            continued_from=data.get("continued_from"),
            linked_id=data.get("linked_id"),
            id=data.get("id", ""),
        )


@attrs.frozen(repr=False)
class Fragment:
    """A non-article piece of the page, kept so that no input line is lost."""

    kind: FragmentKind
    text: str  # cleaned text (column titles de-spaced); lines joined by "\n"
    source_lines: tuple[int, ...]

    def __repr__(self) -> str:
        lines = _span(self.source_lines)
        return f"Fragment(kind={self.kind.value!r}, lines={lines}, text={_short(self.text)!r})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value, "text": self.text, "source_lines": list(self.source_lines)
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fragment:
        return cls(FragmentKind(data["kind"]), data["text"], _ints(data.get("source_lines")))


@attrs.frozen(repr=False)
class Page:
    """One printed page: its header facts, articles in text order, and everything else."""

    index: int  # 0-based position in the input
    articles: tuple[Article, ...] = ()
    fragments: tuple[Fragment, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    code: str | None = None  # page code as printed, e.g. "A08"
    section: str | None = None  # section name on the page line, e.g. a county's news
    date: dt.date | None = None  # issue date
    date_inferred: bool = False  # True when the date was not printed on this page
    weekday: str | None = None  # 星期二 as printed
    paper: str | None = None  # paper name line of the header
    staff: Mapping[str, tuple[str, ...]] = attrs.field(  # 编辑 → names; immutable, hashable
        factory=FrozenMap, converter=_staff
    )
    hotline: str | None = None  # 新闻热线 number

    def __repr__(self) -> str:
        date = self.date.isoformat() if self.date else None
        return (
            f"Page(code={self.code!r}, date={date}, articles={len(self.articles)}, "
            f"warnings={len(self.warnings)})"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``index``, the header fields in field order, then ``articles``,
        ``fragments`` and ``warnings`` (written out field by field, as `Article.to_dict`)."""
        return {
            "index": self.index,
            "code": self.code,
            "section": self.section,
            "date": json_value(self.date),
            "date_inferred": self.date_inferred,
            "weekday": self.weekday,
            "paper": self.paper,
            "staff": {role: list(names) for role, names in self.staff.items()},
            "hotline": self.hotline,
            "articles": [article.to_dict() for article in self.articles],
            "fragments": [fragment.to_dict() for fragment in self.fragments],
            "warnings": [warning.to_dict() for warning in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Page:
        return cls(
            index=int(data["index"]),
            articles=tuple(Article.from_dict(a) for a in data.get("articles", ())),
            fragments=tuple(Fragment.from_dict(f) for f in data.get("fragments", ())),
            warnings=tuple(ParseWarning.from_dict(w) for w in data.get("warnings", ())),
            code=data.get("code"),
            section=data.get("section"),
            date=_date(data.get("date")),
            date_inferred=bool(data.get("date_inferred", False)),
            weekday=data.get("weekday"),
            paper=data.get("paper"),
            staff={str(k): _strs(v) for k, v in (data.get("staff") or {}).items()},
            hotline=data.get("hotline"),
        )
