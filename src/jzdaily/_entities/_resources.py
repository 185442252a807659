"""The dictionary tables in ``jzdaily/data/entities``, read once on first use."""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterable
from typing import Any

import attrs

from jzdaily._data import read_text, word_list
from jzdaily._vocab import longest_first

__all__ = [
    "NameTables",
    "first_chars",
    "grouped_alternation",
    "json_table",
    "name_tables",
    "words",
    "words_regex",
]

AGE_DIGITS = "0123456789一二三四五六七八九十"
AGE = f"[{AGE_DIGITS}]+多?岁的"  # 67岁的, 七十多岁


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """The entries of one of the entity tables (one word a line, ``#`` comments)."""
    return word_list("entities", name)


@functools.cache
def json_table(name: str) -> Any:
    """A JSON table, parsed."""
    return json.loads(read_text("entities", name))


def first_chars(*groups: Iterable[str]) -> str:
    """A lookahead for the first characters of the words of ``groups``.

    Put before a pattern that opens with an optional group, it lets the regex engine
    skip at once the many places where no word of the pattern can begin."""
    chars = sorted({word[0] for group in groups for word in group if word})
    return f"(?=[{''.join(re.escape(c) for c in chars)}])"


def grouped_alternation(entries: Iterable[str]) -> str:
    """An alternation of literal words grouped by first character, longest first in each
    group, so the longest word wins as in a plain alternation; the regex engine tries
    only the group of the character at hand instead of every word."""
    ordered = sorted(set(entries), key=lambda word: (word[:1], -len(word), word))
    groups = []
    for first, group in itertools.groupby(ordered, key=lambda word: word[:1]):
        rests = "|".join(re.escape(word[1:]) for word in group)
        groups.append(f"{re.escape(first)}(?:{rests})")
    return "|".join(groups)


def words_regex(entries: Iterable[str]) -> re.Pattern[str]:
    """One alternation of literal words in which the longest word wins."""
    return re.compile(grouped_alternation(entries))


@attrs.frozen
class NameTables:
    """Everything the person rules look up, built once from the data files."""

    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    weak_surnames: frozenset[str]
    not_given: frozenset[str]
    given_first_only: frozenset[str]  # not given names' ends, but may open two-character ones
    followers: tuple[str, ...]
    follower_words: re.Pattern[str]  # the same, as one pattern: the longest one wins
    preceders: tuple[str, ...]
    title_words: re.Pattern[str]
    title_end: re.Pattern[str]
    group_titles: tuple[str, ...]
    list_closer: re.Pattern[str]  # 夫妇, 母子, 等5名 …: after a bare list, they frame it
    title_stops: tuple[str, ...]
    title_tenure: tuple[str, ...]  # 时任, 现任 …: a title reaching back to one starts there
    title_joined: tuple[str, ...]  # 工业和信息化 …: unit names with 和/与 inside
    title_strip: tuple[str, ...]
    speech: re.Pattern[str]
    after_name_titles: re.Pattern[str]
    address_terms: tuple[str, ...]
    not_after: tuple[str, ...]
    roles: frozenset[str]  # role nouns (村民, 志愿者): weaker than official titles
    introducers: re.Pattern[str]  # 名叫, 妻子, 67岁的 …: a name follows, with no title
    strong_surnames: frozenset[str]  # single surnames that are not also function words
    surname_start: re.Pattern[str]  # one of those, or the first character of a compound


@functools.cache
def name_tables() -> NameTables:
    """Compile the person tables (once)."""
    surnames = words("surnames.txt")
    titles = (*words("titles.txt"), *words("roles.txt"))
    roles = frozenset(words("roles.txt")) - frozenset(words("titles.txt"))
    adverbs = grouped_alternation(words("speech_adverbs.txt"))
    verbs = grouped_alternation(words("speech_verbs.txt"))
    speech_start = first_chars(words("speech_adverbs.txt"), words("speech_verbs.txt"))
    weak = frozenset(words("weak_surnames.txt"))
    strong = "".join(sorted(s for s in surnames if len(s) == 1 and s not in weak))
    firsts = "".join(sorted({s[0] for s in surnames if len(s) == 2} - set(strong)))
    return NameTables(
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        weak_surnames=weak,
        not_given=frozenset(words("not_given_name.txt")),
        given_first_only=frozenset(words("given_first_only.txt")),
        followers=longest_first(words("name_followers.txt")),
        follower_words=words_regex(words("name_followers.txt")),
        preceders=longest_first(words("name_preceders.txt")),
        title_words=words_regex(titles),
        title_end=re.compile(f"(?:{words_regex(titles).pattern})$"),
        group_titles=longest_first(words("group_titles.txt")),
        list_closer=re.compile(
            f"{grouped_alternation(words('list_closers.txt'))}|等[{AGE_DIGITS}]+[名位人]"
        ),
        title_stops=longest_first(words("title_stops.txt")),
        title_tenure=words("title_tenure.txt"),
        title_joined=words("title_joined.txt"),
        title_strip=longest_first(words("title_strip.txt")),
        speech=re.compile(f"{speech_start}(?:{adverbs})?(?:{verbs})"),
        after_name_titles=words_regex(words("titles_after_name.txt")),
        address_terms=longest_first(words("address_terms.txt")),
        not_after=longest_first(words("not_after_name.txt")),
        roles=roles,
        introducers=re.compile(
            f"{first_chars(AGE_DIGITS, words('introducers.txt'))}"
            f"(?:{AGE}|{grouped_alternation(words('introducers.txt'))})"
        ),
        strong_surnames=frozenset(strong),
        surname_start=re.compile(f"[{strong}{firsts}]"),
    )
