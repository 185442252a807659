"""Organisations: names read backwards from a telling ending (有限公司, 分行, 局, 法院 …).

The name runs back from its ending to a clause break or to a word that cannot be part of
it (召开, 邀请, 的 …). A name must have at least two characters before its ending, unless
it starts with a level (市委, 县总工会). Names inside a longer name at the same place
(…集团 in …集团中原分公司) are dropped. Endings inside everyday words (格局, 中心工作) are
skipped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from jzdaily._clean import is_han
from jzdaily._entities._resources import json_table, words, words_regex
from jzdaily._entities._text import BREAKS, Squeezed
from jzdaily._entities._types import Organization
from jzdaily._vocab import longest_first

__all__ = ["find_organizations"]

MAX_NAME = 24  # longer runs without a break are not read as one name
LEVEL_PREFIXES = ("省", "市", "县", "区", "镇", "乡")  # 市委, 县总工会 stand alone
LEADING_REFERENCES = ("该市", "该县", "该区", "全市", "全县", "全区", "全省", "该", "本", "其")
# ^ 该局, 全市宣传部: a reference or a scope, not part of the name
QUOTES = frozenset("“”")


@attrs.frozen
class _Tables:
    endings: re.Pattern[str]
    kinds: dict[str, str]
    not_names: re.Pattern[str]
    stops: tuple[str, ...]


@attrs.frozen
class _Span:
    name: str
    kind: str
    start: int
    end: int


@functools.cache
def _tables() -> _Tables:
    table = json_table("org_suffixes.json")
    kinds: dict[str, str] = dict(table["suffixes"])
    return _Tables(
        endings=words_regex(kinds),
        kinds=kinds,
        not_names=words_regex(table["not_organizations"]),
        stops=tuple(
            longest_first((*words("org_stops.txt"), *words("title_stops.txt")))
        ),
    )


def _start(text: str, end: int, ending_start: int, tb: _Tables) -> int | None:
    """Where the name ending at ``end`` begins, or None without a clear start."""
    k = ending_start
    while k > 0:
        ch = text[k - 1]
        if ch in BREAKS or ch in QUOTES or not (is_han(ch) or ch in "（）"):
            return k
        if text.endswith(tb.stops, 0, k):
            return k
        if end - k >= MAX_NAME:
            return None
        k -= 1
    return 0


def _skip_references(text: str, start: int) -> int:
    for word in LEADING_REFERENCES:
        if text.startswith(word, start):
            return start + len(word)
    return start


def _spans(text: str, tb: _Tables) -> Iterator[_Span]:
    blocked = {i for m in tb.not_names.finditer(text) for i in range(m.start(), m.end())}
    for match in tb.endings.finditer(text):
        if blocked.intersection(range(match.start(), match.end())):
            continue
        start = _start(text, match.end(), match.start(), tb)
        if start is None:
            continue
        start = _skip_references(text, start)
        name = text[start : match.end()]
        stem = match.start() - start
        if stem < 2 and not (name.startswith(LEVEL_PREFIXES) and len(name) >= 2):
            continue
        if name.count("（") != name.count("）"):
            continue
        yield _Span(name, tb.kinds[match.group()], start, match.end())


def find_organizations(squeezed: Squeezed) -> tuple[Organization, ...]:
    """Organisations in order of first mention, each once, with how often they are named."""
    spans = list(_spans(squeezed.text, _tables()))
    outer = [
        s
        for s in spans
        if not any(o is not s and o.start <= s.start and s.end <= o.end for o in spans)
    ]
    first: dict[str, _Span] = {}
    counts: dict[str, int] = {}
    for span in outer:
        first.setdefault(span.name, span)
        counts[span.name] = counts.get(span.name, 0) + 1
    return tuple(
        Organization(name, s.kind, squeezed.offset(s.start), counts[name])
        for name, s in first.items()
    )
