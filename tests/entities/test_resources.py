from __future__ import annotations

import re

import pytest

from jzdaily._entities._places import known_units
from jzdaily._entities._resources import (
    first_chars,
    grouped_alternation,
    json_table,
    name_tables,
    words,
)
from jzdaily._vocab import alternation

TEXT_TABLES = [
    "surnames.txt",
    "titles.txt",
    "group_titles.txt",
    "list_closers.txt",
    "name_followers.txt",
    "name_preceders.txt",
    "not_given_name.txt",
    "given_first_only.txt",
    "given_chars.txt",
    "speech_verbs.txt",
    "speech_adverbs.txt",
    "title_stops.txt",
    "title_strip.txt",
    "title_tenure.txt",
    "title_joined.txt",
    "titles_after_name.txt",
    "weak_surnames.txt",
    "place_stops.txt",
    "org_stops.txt",
]


@pytest.mark.parametrize("name", TEXT_TABLES)
def test_text_tables_have_entries_without_comments_or_blanks(name: str) -> None:
    entries = words(name)
    assert entries
    assert all(e and not e.startswith("#") and e == e.strip() for e in entries)


@pytest.mark.parametrize(
    ("surname", "compound"), [("王", False), ("璩", False), ("欧阳", True), ("司马", True)]
)
def test_surnames(surname: str, compound: bool) -> None:
    t = name_tables()
    assert (surname in t.compound_surnames) is compound
    assert surname in (t.compound_surnames if compound else t.surnames)


def test_name_tables_are_built_once() -> None:
    assert name_tables() is name_tables()


@pytest.mark.parametrize(
    ("name", "level", "parent"),
    [
        ("解放区", "county", "焦作市"),
        ("山阳区", "county", "焦作市"),
        ("中站区", "county", "焦作市"),
        ("马村区", "county", "焦作市"),
        ("修武县", "county", "焦作市"),
        ("博爱县", "county", "焦作市"),
        ("武陟县", "county", "焦作市"),
        ("温县", "county", "焦作市"),
        ("沁阳市", "county", "焦作市"),
        ("孟州市", "county", "焦作市"),
        ("示范区", "county", "焦作市"),
        ("高新区", "county", "焦作市"),
        ("焦作市", "city", "河南省"),
        ("河南省", "province", None),
    ],
)
def test_the_citys_divisions_are_known(name: str, level: str, parent: str | None) -> None:
    assert known_units()[name] == (level, parent)


@pytest.mark.parametrize("name", ["divisions.json", "place_suffixes.json", "org_suffixes.json"])
def test_json_tables_say_what_they_are(name: str) -> None:
    assert json_table(name)["about"]


WORDS = ("主任", "副主任", "副县长", "县长", "长", "村民", "村")


@pytest.mark.parametrize(
    "text",
    [
        "副主任甲乙丙和县长丁戊",  # the longest word at each place: 副主任, not 主任
        "村民甲说，村里长出新苗",  # a word and its own first character (村民, 村)
        "没有一个词",  # no word at all
    ],
)
def test_grouped_alternation_finds_what_a_plain_one_finds(text: str) -> None:
    """Grouping words by first character changes speed only: same matches, longest wins."""
    plain = re.compile(alternation(WORDS))
    grouped = re.compile(grouped_alternation(WORDS))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲说乙指出", [(1, 2), (3, 5)]),  # both words found behind the lookahead
        ("甲乙丙丁", []),  # no first character present: nothing
    ],
)
def test_first_chars_guard_keeps_every_match(text: str, expected: list[tuple[int, int]]) -> None:
    """A first-character lookahead before an alternation drops no match."""
    pattern = re.compile(first_chars(["说", "指出"]) + "(?:指出|说)")
    assert [m.span() for m in pattern.finditer(text)] == expected
