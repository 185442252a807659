"""People in a text: an ordered list of small rules, each proposing name hits.

Rules run in order and later ones may use what earlier ones found; a name found by any
rule is then counted everywhere it is printed in the text.

1. ``titled``: a title word, then a name (…分行行长甲乙丙, 市委常委、副市长甲乙).
2. ``listed``: names joined by 、 after a found name (区领导甲、乙、丙出席).
3. ``title_after``: a name, then 书记/总书记/同志 (和甲乙丙书记).
4. ``speaking``: a bare name at the start of a clause, then a verb (，甲乙丙指出).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import attrs

from jzdaily._entities._names import (
    COMMON_WORD_FREQ,
    END_FOLLOWER,
    left_edge,
    name_ends,
    read_name,
    vetoed,
)
from jzdaily._entities._resources import NameTables, name_tables, words_regex
from jzdaily._entities._text import Squeezed
from jzdaily._entities._titles import is_group_title, title_chain
from jzdaily._entities._types import Person

__all__ = ["RULES", "Hit", "find_people"]

SPEAKER_MAX_FREQ = 20  # a bare name before a verb must be rarer than this as a word


@attrs.frozen
class Hit:
    """A name found at ``start:end`` of the squeezed text, with the titles printed there."""

    name: str
    start: int
    end: int
    titles: tuple[str, ...] = ()
    group: str | None = None  # the list title (区领导) that names joined to it inherit


Rule = Callable[[str, NameTables, list[Hit]], Iterable[Hit]]


def titled(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """A title word followed by a name."""
    for match in t.title_words.finditer(text):
        end = read_name(text, match.end(), t)
        if end is None:
            continue
        titles = title_chain(text, match.start(), match.end(), t)
        group = titles[-1] if titles and is_group_title(titles[-1], t) else None
        yield Hit(text[match.end() : end], match.end(), end, titles, group)


def listed(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """Names joined by 、 to a found name; they share a list title such as 区领导."""
    taken = {hit.start for hit in found}
    for hit in list(found):
        end = hit.end
        while end < len(text) and text[end] == "、" and end + 1 not in taken:
            next_end = read_name(text, end + 1, t, min_score=END_FOLLOWER)
            if next_end is None:
                break
            titles = (hit.group,) if hit.group else ()
            yield Hit(text[end + 1 : next_end], end + 1, next_end, titles, hit.group)
            taken.add(end + 1)
            end = next_end


def title_after(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """A name at a clause start, followed by a title such as 书记 (和甲乙丙书记)."""
    for match in t.after_name_titles.finditer(text):
        hit = _name_before(text, match.start(), t)
        if hit is not None:
            yield attrs.evolve(hit, titles=(match.group(),))


def speaking(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """A bare name at a clause start, followed by a verb such as 指出 or 介绍."""
    for match in t.speech.finditer(text):
        hit = _name_before(text, match.start(), t, max_freq=SPEAKER_MAX_FREQ)
        if hit is not None and hit.name[0] not in t.weak_surnames:
            yield hit


def _name_before(
    text: str, end: int, t: NameTables, *, max_freq: int = COMMON_WORD_FREQ
) -> Hit | None:
    """The longest name ending at ``end`` that starts at a left edge."""
    for start in range(max(0, end - 4), end - 1):
        if end in set(name_ends(text, start, t)) and left_edge(text, start, t):
            name = text[start:end]
            if not vetoed(name, t, max_freq=max_freq):
                return Hit(name, start, end)
    return None


RULES: tuple[Rule, ...] = (titled, listed, title_after, speaking)


def _overlaps(hit: Hit, kept: list[Hit]) -> bool:
    return any(hit.start < other.end and other.start < hit.end for other in kept)


def _hits(text: str, t: NameTables, known: Iterable[str]) -> list[Hit]:
    found: list[Hit] = []
    for rule in RULES:
        for hit in rule(text, t, found):
            if not _overlaps(hit, found):
                found.append(hit)
    names = {hit.name for hit in found} | {name for name in known if len(name) >= 2}
    if names:  # every printed occurrence of a name found anywhere in the text
        for match in words_regex(names).finditer(text):
            hit = Hit(match.group(), match.start(), match.end())
            if not _overlaps(hit, found):
                found.append(hit)
    return found


def find_people(squeezed: Squeezed, known: Iterable[str] = ()) -> tuple[Person, ...]:
    """The story's people, in order of first mention, each once with all their titles."""
    t = name_tables()
    order: dict[str, list[Hit]] = {}
    for hit in sorted(_hits(squeezed.text, t, known), key=lambda h: h.start):
        order.setdefault(hit.name, []).append(hit)
    people = []
    for name, hits in order.items():
        titles = dict.fromkeys(title for hit in hits for title in hit.titles)
        offset = squeezed.offset(hits[0].start)
        people.append(Person(name, tuple(titles), None, offset, len(hits)))
    return tuple(people)
