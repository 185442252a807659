from __future__ import annotations

import pytest

from jzdaily._entities._places import known_units
from jzdaily._entities._resources import json_table, name_tables, words

TEXT_TABLES = [
    "surnames.txt",
    "titles.txt",
    "group_titles.txt",
    "name_followers.txt",
    "name_preceders.txt",
    "not_given_name.txt",
    "speech_verbs.txt",
    "speech_adverbs.txt",
    "title_stops.txt",
    "title_strip.txt",
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
