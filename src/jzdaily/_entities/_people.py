"""People in a text: an ordered list of small rules, each proposing name hits.

Rules run in order and later ones may use what earlier ones found; a name found by any
rule is then counted everywhere it is printed in the text.

1. ``titled``: a title or role word, then a name (…分行行长甲乙丙, 村民甲乙丙说).
   ``introduced``: an age or a word such as 名叫, 妻子, then a name (67岁的甲乙丙).
2. ``listed``: names joined by 、 after a found name (区领导甲、乙、丙出席), going on past a
   name it cannot read when the list has a list title.
3. ``title_after``: a name, then 书记/市长/同志 … (和甲乙丙书记, 在甲乙丙市长的带领下).
4. ``speaking``: a bare name at the start of a clause, then a verb (，甲乙丙指出, 甲乙当选).
5. ``bare_list``: two or more name-shaped items joined by 、 with nothing before them
   (会上，甲乙丙、丁戊己在主席台就座), when they read as names together.
6. ``unframed``: a name with no frame at all, from how name-like its characters are,
   checked at word edges (甲乙丙和丁戊己一起来到村委会).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

import attrs

from jzdaily._entities._lexicon import dictionary_names, word_freq
from jzdaily._entities._likeness import SURNAME_FLOOR, char_ratios, likeness
from jzdaily._entities._names import (
    COMMON_WORD_FREQ,
    END_FOLLOWER,
    END_WORD,
    crosses_end,
    crosses_start,
    end_score,
    is_place,
    known_name,
    left_edge,
    name_ends,
    read_name,
    vetoed,
)
from jzdaily._entities._resources import NameTables, name_tables
from jzdaily._entities._text import BREAKS, Squeezed
from jzdaily._entities._titles import MAX_TITLE, is_group_title, title_chain
from jzdaily._entities._types import Person
from jzdaily._vocab import alternation

__all__ = ["RULES", "Hit", "find_people"]

SPEAKER_MAX_FREQ = 20  # a bare name before a verb must be rarer than this as a word
LIST_LIKENESS = 2.0
SHORT_LIST_LIKENESS = 4.0  # a list of two-character items only (山青、水绿) needs more
QUOTED_LIKENESS = 2.0  # a name in quotes after a title (编辑“甲乙丙”) needs this much
CLOSED_LIST_LIKENESS = 1.5  # the same for a list a closer frames (甲乙、丙丁戊等5名)
MIN_ITEM_LIKENESS = 1.0  # and no item of a bare list may be unlike a name
FRAMING_LIST = 4  # a bare list this long frames its items as a title does
TITLE_BRIDGES = "的:：“"  # title to name: 主任的甲乙丙, 常委：甲乙丙、…, 编辑“甲乙丙”
LAST_JOINERS = "和及与"  # words that may join the last name of a list (甲乙和丙丁)
JOINED_LIKENESS = 2.5  # the likeness a name after 和/及/与 needs
UNFRAMED_MAX_FREQ = 3  # a name with no frame must be (nearly) unknown as a word
UNFRAMED_LIKENESS = 5.5
_END_DISCOUNT = 1.5  # the bar drops this much for each step of end score above a plain word
_EDGE_DISCOUNT = 1.0  # and this much after a break or a word such as 和, 了, 在
_SHORT_PENALTY = 1.5  # a two-character name (钟鸣, 金桂 are words too) needs this much more
UNFRAMED_GIVEN_FREQ = 500  # nor a surname before a word this common
ADDRESS_PREFIXES = "老小阿"  # 老甲家, 小乙: a surname addressed, not a full name
UNFRAMED_HEAD_FREQ = 300  # a surname and given character this common as a word start no name
_UNFRAMED_FLOOR = UNFRAMED_LIKENESS - 2 * _END_DISCOUNT - _EDGE_DISCOUNT
LIST_ITEM = re.compile(r"(?P<item>[\u4e00-\u9fff]{2,4})(?=、)")
BARE_LIST = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,4})(?P<rest>(?:、[\u4e00-\u9fff]{2,4})+)")


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
    """A title word followed by a name; or by 的 and a name (时任…主任的甲乙丙); or by a
    colon and a list of names (市委常委：甲乙丙、丁戊己)."""
    for match in t.title_words.finditer(text):
        after = match.end()
        if not (name_ends(text, after, t) or text[after : after + 1] in TITLE_BRIDGES):
            continue  # no name can follow: the cheapest test first
        if crosses_start(text, match.end(), above=word_freq(match.group())):
            continue  # the title word is part of a commoner one: 学生｜会 (学生会)
        official = match.group() not in t.roles  # after an official title any end will do
        start = match.end()
        if text[start : start + 1] in TITLE_BRIDGES:
            start += 1
            official = False
        role = not official and start == match.end()  # a role noun right before the name
        min_score = 0 if official else END_WORD
        end = read_name(text, start, t, min_score=min_score, framed=official, role=role)
        if end is None or (start > match.end() and not _bridged(text, match.end(), end)):
            continue
        titles = title_chain(text, match.start(), match.end(), t)
        before = [hit.end for hit in found if match.start() - MAX_TITLE < hit.end <= match.start()]
        if titles and before and text.rfind(titles[-1], 0, match.end()) < max(before):
            titles = (text[max(before) : match.end()],)  # a title never runs across a name
        group = titles[-1] if titles and is_group_title(titles[-1], t) else None
        yield Hit(text[start:end], start, end, titles, group)


def _bridged(text: str, bridge: int, end: int) -> bool:
    """A name after 的 must end at a break; one after an opening quote must fill the
    quotes; one after a colon must open a list."""
    if text[bridge] == "的":
        return end >= len(text) or text[end] in BREAKS or text[end] in "‘“"
    if text[bridge] == "“":  # and be no word, but clearly name-like (not 红马甲, 金点子)
        name = text[bridge + 1 : end]
        quoted = text[end : end + 1] == "”"
        return quoted and not word_freq(name) and likeness(name) >= QUOTED_LIKENESS
    return text[end : end + 1] == "、"


def introduced(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """A name after a word that introduces a person with no title: 67岁的甲乙丙, 名叫甲乙丙."""
    for match in t.introducers.finditer(text):
        if crosses_start(text, match.end()):
            continue  # 母亲｜节: the word is part of another
        end = read_name(text, match.end(), t, framed=True)
        if end is not None and text[match.end()] not in t.weak_surnames:
            yield Hit(text[match.end() : end], match.end(), end)


def listed(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """Names joined by 、 (or a last one by 和, 及, 与) to a titled name share its titles:
    区领导甲、乙、丙出席, 民警甲乙和丙丁赶到.

    After a list title (区领导) an item the name reader cannot read (an unknown surname)
    is still taken when it is two to four Chinese characters between two 、.
    """
    taken = {hit.start for hit in found}
    for hit in list(found):
        end = hit.end
        while end < len(text) and end + 1 not in taken:
            if text[end] == "、":
                next_end = read_name(text, end + 1, t, min_score=END_FOLLOWER, framed=True)
                if next_end is None and hit.group:
                    next_end = _list_item(text, end + 1)
            elif text[end] in LAST_JOINERS:
                next_end = read_name(text, end + 1, t, min_score=END_FOLLOWER)
                if next_end is not None and likeness(text[end + 1 : next_end]) < JOINED_LIKENESS:
                    next_end = None
            else:
                break
            if next_end is None:
                break
            yield Hit(text[end + 1 : next_end], end + 1, next_end, hit.titles, hit.group)
            taken.add(end + 1)
            end = next_end


def _list_item(text: str, start: int) -> int | None:
    """The end of a 2–4 character Chinese item followed by 、, or None."""
    match = LIST_ITEM.match(text, start)
    return match.end("item") if match else None


def bare_list(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """Two or more name-shaped items joined by 、, read as names together: the first is
    the end of the clause before the first 、 (会上，|甲乙丙、丁戊…), the last is read like
    any name; every item is a surname and a given name that is no word, and the items are
    name-like on average."""
    if "、" not in text:
        return
    for match in _bare_lists(text):
        items = match.group("rest")[1:].split("、")
        framed = len(items) + 1 >= FRAMING_LIST
        middle, pos = [], match.end("first") + 1
        for item in items[:-1]:
            middle.append((pos, pos + len(item)))
            pos += len(item) + 1
        if not all(_list_item_ok(text, a, b, t, framed=framed, inner=True) for a, b in middle):
            continue  # the cheap items first: each between two 、 must read as a name
        if not name_ends(text, pos, t):
            continue  # the last item has no name's shape (most lists of things)
        first = _first_item(text, match.start(), match.end("first"), t)
        if first is None:
            continue
        last_end = read_name(text, pos, t)
        if last_end is None:
            continue
        closed = t.list_closer.match(text, last_end) is not None  # 甲、乙夫妇, 甲、乙等5名
        framed = framed or closed
        ends = [first, (pos, last_end)]
        if not all(_list_item_ok(text, a, b, t, framed=framed, inner=False) for a, b in ends):
            continue
        spans = [first, *middle, (pos, last_end)]
        names = [text[a:b] for a, b in spans]
        scores = [likeness(name) for name in names]
        if framed:
            scores = [max(score, MIN_ITEM_LIKENESS) for score in scores]
        bar = LIST_LIKENESS if any(len(n) > 2 for n in names) else SHORT_LIST_LIKENESS
        if closed and bar == LIST_LIKENESS:
            bar = CLOSED_LIST_LIKENESS
        if min(scores) >= MIN_ITEM_LIKENESS and sum(scores) / len(scores) >= bar:
            for (a, b), name in zip(spans, names, strict=True):
                yield Hit(name, a, b)


def _bare_lists(text: str) -> Iterator[re.Match[str]]:
    """``BARE_LIST.finditer(text)``, trying only the few places 2–4 characters before a 、
    (a list's first item ends at its first 、), in the same order and with the same
    matches."""
    pos = 0
    mark = text.find("、", 2)
    while mark >= 0:
        for start in range(max(pos, mark - 4), mark - 1):
            match = BARE_LIST.match(text, start)
            if match is not None:
                yield match
                pos = match.end()
                break
        mark = text.find("、", max(pos + 2, mark + 1))


def _list_item_ok(text: str, a: int, b: int, t: NameTables, *, framed: bool, inner: bool) -> bool:
    """An item of a bare list has a name's shape and is no word; an item between two 、
    of a long list needs nothing more, any other item some name-likeness."""
    if b not in name_ends(text, a, t):
        return False
    if vetoed(text[a:b], t, framed=framed, placed=framed and inner):
        return False
    return framed or likeness(text[a:b]) >= MIN_ITEM_LIKENESS


def _first_item(text: str, begin: int, end: int, t: NameTables) -> tuple[int, int] | None:
    """The name that ends a list's first chunk (会上，甲乙丙 → 甲乙丙), or None."""
    for start in (end - 3, end - 2, end - 4):
        if start < begin or end not in name_ends(text, start, t):
            continue
        if left_edge(text, start, t) or not crosses_start(text, start):
            return start, end
    return None


def unframed(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """A name printed with no title, list or verb: name-like characters at word edges.

    The candidate (read like any name, its end chosen by what follows) must not be a
    word, a place or part of a longer word, and its characters must be clearly name-like:
    the bar is lower where a break or a word that follows names stands after it, and
    where a break stands before it.
    """
    covered = {i for hit in found for i in range(hit.start, hit.end)}
    full, _ = dictionary_names()
    for start in _candidate_starts(text, t, covered, full):
        if start > 0 and text[start - 1] in ADDRESS_PREFIXES:
            continue  # 老甲, 小乙: a form of address
        if crosses_start(text, start):
            continue
        viable = [end for end in name_ends(text, start, t) if _stands_alone(text, start, end, t)]
        if not viable:
            continue  # no reading could pass: spare the name reader
        end = read_name(text, start, t)
        if end in viable:
            yield Hit(text[start:end], start, end)


def _candidate_starts(
    text: str, t: NameTables, covered: set[int], famous: frozenset[str]
) -> Iterator[int]:
    """Where a name with no frame may start: a strong single or a compound surname, with a
    character after it, not inside a name already found, and passing an upper bound of
    name-likeness (some span of 2–4 characters is famous or likely enough).

    One character class finds the few places worth a look; the bound is looked up by the
    span's characters (``_within_reach``), as the same few spans recur in every text."""
    heads = _heads(famous)
    strong, compounds, size = t.strong_surnames, t.compound_surnames, len(text)
    for match in t.surname_start.finditer(text):
        start = match.start()
        if start in covered:
            continue
        head = text[start : start + 2]
        if head in compounds and start + 2 < size:
            span = text[start : start + 4]  # a compound surname and one or two more
        elif text[start] in strong and start + 1 < size:
            span = text[start : start + 3]  # a single surname and one or two more
        else:
            continue
        if _within_reach(span) or (
            head in heads
            and (head in famous or text[start : start + 4] in famous or span[:3] in famous)
        ):
            yield start


@functools.lru_cache(maxsize=65536)
def _within_reach(span: str) -> bool:
    """True when some name starting ``span`` (its surname first) could be name-like enough
    to pass with no frame: an upper bound of ``likeness`` against the lowest bar."""
    score = max(char_ratios(span[0])[0], SURNAME_FLOOR)  # as likeness() counts it
    for char in span[1:]:
        ratios = char_ratios(char)
        if score + ratios[2] >= _UNFRAMED_FLOOR:
            return True
        score += ratios[1]
    return False


def _stands_alone(text: str, start: int, end: int, t: NameTables) -> bool:
    """True when ``text[start:end]``, read as a name, passes every test of a name with no
    frame: not a word nor part of a longer one, not a village, and name-like enough."""
    name = text[start:end]
    if name.endswith(t.not_after):
        return False  # 甲乙庄, 甲乙营: a village, not a person, when nothing frames it
    if text[start - 1 : start] == "《" and text[end : end + 1] == "》":
        return False  # 《甲乙丙》: the title of a play or a book
    known = known_name(name, famous_only=True)
    if not known and word_freq(name) >= UNFRAMED_MAX_FREQ:
        return False  # a word (后继者), however name-like its characters
    if not known and len(name) == 3 and word_freq(name[:2]) >= UNFRAMED_HEAD_FREQ:
        return False  # a word and one more character (石榴｜红, 白菜｜心)
    if not known and len(name) == 3 and word_freq(name[1:]) >= UNFRAMED_GIVEN_FREQ:
        return False  # a character and a common word (方｜便利)
    if len(name) == 2 and "、" in (text[start - 1 : start], text[end : end + 1]):
        return False  # one short item of a list that did not read as names (山青、水秀)
    if not known:
        bar = UNFRAMED_LIKENESS - _END_DISCOUNT * (end_score(text, end, t) - END_WORD)
        bar -= _EDGE_DISCOUNT if left_edge(text, start, t) else 0.0
        bar += _SHORT_PENALTY if len(name) == 2 else 0.0
        if likeness(name) < bar:
            return False
    return not crosses_end(text, start, end, strict=True)  # 欢天｜喜地, 欢欢｜喜喜


@functools.cache
def _heads(famous: frozenset[str]) -> frozenset[str]:
    """The first two characters of every famous name (one set lookup rules most out)."""
    return frozenset(name[:2] for name in famous)


def title_after(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """A name at a clause start, followed by a title such as 书记 (和甲乙丙书记)."""
    for match in t.after_name_titles.finditer(text):
        hit = _name_before(text, match.start(), t, framed=True)
        if hit is not None:
            yield attrs.evolve(hit, titles=(match.group(),))


def speaking(text: str, t: NameTables, found: list[Hit]) -> Iterator[Hit]:
    """A bare name at a clause start, followed by a verb such as 指出 or 介绍."""
    for match in t.speech.finditer(text):
        if crosses_start(text, match.start()):
            continue  # the verb is part of a longer word: 收｜获
        hit = _name_before(text, match.start(), t, max_freq=SPEAKER_MAX_FREQ)
        if hit is not None and hit.name[0] not in t.weak_surnames:
            yield hit


def _name_before(
    text: str, end: int, t: NameTables, *, max_freq: int = COMMON_WORD_FREQ, framed: bool = False
) -> Hit | None:
    """The longest name ending at ``end`` that starts at a left edge."""
    for start in range(max(0, end - 4), end - 1):
        if left_edge(text, start, t) and end in name_ends(text, start, t):
            name = text[start:end]
            known = known_name(name, famous_only=not framed)
            common = word_freq(name) >= max_freq and not known
            if not (vetoed(name, t, framed=framed) or common or is_place(text, start, end)):
                return Hit(name, start, end)
    return None


RULES: tuple[Rule, ...] = (titled, introduced, listed, title_after, speaking, bare_list, unframed)


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
        # a plain alternation: for a story's few names it builds faster than a grouped one
        for match in re.compile(alternation(names)).finditer(text):
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
