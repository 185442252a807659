"""Places: the administrative units a text names, with their level and parent.

Units known by name (provinces, the province's cities, the city's districts and
counties, from ``divisions.json``) are matched directly, short forms included. Lower units
are found by their suffix (乡, 镇, 街道, 村, 社区; 区 and 县 only right after a known
unit). 该市/该县 … count as a mention of the last unit named with that suffix.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from jzdaily._clean import is_han
from jzdaily._entities._lexicon import word_freq
from jzdaily._entities._resources import json_table, words, words_regex
from jzdaily._entities._text import BREAKS, Squeezed
from jzdaily._entities._types import Place
from jzdaily._vocab import longest_first

__all__ = ["find_places", "known_units"]

MAX_STEM = 4  # a township or village name has at most this many characters before its suffix
COMMON_FREQ = 20  # 农村, 乡村, 村级: a suffix glued into an everyday word
COUNTY_AND_UP = ("省", "市", "县", "区")  # 该市 … refer to units known by name
VERB_LIKE_FREQ = 1000  # 产业社区, 推动村: a very common word is not a village's name


@attrs.frozen
class _Unit:
    name: str
    level: str
    parent: str | None


@attrs.frozen
class _Mention:
    unit: _Unit
    start: int
    end: int


@attrs.frozen
class _Tables:
    units: dict[str, _Unit]  # name or alias → unit
    known: re.Pattern[str]
    suffixes: re.Pattern[str]
    suffix_level: dict[str, str]
    chain_only: frozenset[str]
    refer_up: re.Pattern[str]  # 该市, 该县, 该区: back to a known unit
    refer_down: re.Pattern[str]  # 该镇, 该村 …: back to a unit found by its suffix
    stops: tuple[str, ...]


@functools.cache
def _tables() -> _Tables:
    units: dict[str, _Unit] = {}
    for row in json_table("divisions.json")["units"]:
        unit = _Unit(row["name"], row["level"], row["parent"])
        for name in (row["name"], *row["aliases"]):
            units[name] = unit
    table = json_table("place_suffixes.json")
    suffix_level = {suffix: level for suffix, level, _ in table["suffixes"]}
    chain_only = frozenset(suffix for suffix, _, only in table["suffixes"] if only)
    refer: list[str] = table["refer_back"]["words"]
    return _Tables(
        units=units,
        known=words_regex(units),
        suffixes=words_regex(suffix_level),
        suffix_level=suffix_level,
        chain_only=chain_only,
        refer_up=words_regex(w for w in refer if w[1:] in COUNTY_AND_UP),
        refer_down=words_regex(w for w in refer if w[1:] not in COUNTY_AND_UP),
        stops=longest_first(words("place_stops.txt")),
    )


def known_units() -> dict[str, tuple[str, str | None]]:
    """Every unit known by name: name → (level, parent)."""
    return {u.name: (u.level, u.parent) for u in _tables().units.values()}


def _known(text: str, tb: _Tables) -> Iterator[_Mention]:
    for match in tb.known.finditer(text):
        yield _Mention(tb.units[match.group()], match.start(), match.end())


def _stem_start(text: str, start: int, tb: _Tables) -> int | None:
    """Where a suffix-found name begins: right after a break or a stop word."""
    for k in range(start, max(0, start - MAX_STEM) - 1, -1):
        if k == 0 or text[k - 1] in BREAKS or not is_han(text[k - 1]):
            return k
        if text.endswith(tb.stops, 0, k):
            return k
    return None


def _common(text: str, begin: int, start: int, end: int, level: str) -> bool:
    """The suffix is part of an everyday word (农村, 乡村, 村级) or follows one (产业社区)."""
    if level == "county":  # 城区, 市区: a county-level name has two characters before 区/县
        return start - begin < 2
    glued = (text[start - 1 : end], text[start : end + 1]) if end - start == 1 else ()
    if any(len(word) == 2 and word_freq(word) >= COMMON_FREQ for word in glued):
        return True
    return level == "village" and word_freq(text[max(begin, start - 2) : start]) >= VERB_LIKE_FREQ


def _parent(text: str, start: int, tb: _Tables, ends: dict[int, _Mention]) -> _Mention | None:
    """The unit printed right before a suffix-found name (修武县｜西村乡), if any."""
    for k in range(start - 1, start - MAX_STEM - 1, -1):
        if k in ends:
            stem = text[k:start]
            joined = all(is_han(c) for c in stem) and not stem.startswith(tb.stops)
            return ends[k] if joined else None
    return None


def _lower(text: str, tb: _Tables, named: list[_Mention]) -> list[_Mention]:
    """Units found by their suffix, chained to the unit printed right before them."""
    found: list[_Mention] = []
    ends = {m.end: m for m in named}
    for match in tb.suffixes.finditer(text):
        start, end = match.span()
        level = tb.suffix_level[match.group()]
        if any(m.start <= start < m.end for m in named):
            continue
        parent = _parent(text, start, tb, ends)
        if parent is None and match.group() in tb.chain_only:
            continue
        begin = parent.end if parent else _stem_start(text, start, tb)
        if begin is None or start - begin < (1 if parent else 2):
            continue
        if not all(is_han(c) for c in text[begin:start]) or _common(text, begin, start, end, level):
            continue
        unit = _Unit(text[begin:end], level, parent.unit.name if parent else None)
        mention = _Mention(unit, begin, end)
        found.append(mention)
        ends[end] = mention
    return found


def _referred(
    text: str, tb: _Tables, named: list[_Mention], words: re.Pattern[str]
) -> list[_Mention]:
    """该市, 该县 …: a mention of the last unit named with that suffix."""
    found = []
    for match in words.finditer(text):
        suffix = match.group()[1:]
        before = [m for m in named if m.end <= match.start() and m.unit.name.endswith(suffix)]
        if before:
            last = max(before, key=lambda m: m.end)
            found.append(_Mention(last.unit, match.start(), match.end()))
    return found


def find_places(squeezed: Squeezed) -> tuple[Place, ...]:
    """Units in order of first mention, each once, with how often they are named."""
    tb = _tables()
    text = squeezed.text
    named = list(_known(text, tb))
    named += _referred(text, tb, named, tb.refer_up)  # 该县 first: 该县西村乡 chains to it
    named += _lower(text, tb, named)
    named += _referred(text, tb, named, tb.refer_down)
    first: dict[str, _Mention] = {}
    counts: dict[str, int] = {}
    for mention in sorted(named, key=lambda m: m.start):
        first.setdefault(mention.unit.name, mention)
        counts[mention.unit.name] = counts.get(mention.unit.name, 0) + 1
    return tuple(
        Place(name, m.unit.level, m.unit.parent, squeezed.offset(m.start), counts[name])
        for name, m in first.items()
    )
