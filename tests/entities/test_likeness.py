"""jieba's HMM name emissions and dictionary tags, as the people rules read them."""

from __future__ import annotations

import math

import pytest

from jzdaily._entities import _likeness
from jzdaily._entities._lexicon import dictionary_names, dictionary_places
from jzdaily._entities._likeness import char_ratio, likeness, name_emissions

SOURCE = """P={('B', 'a'): {'\\u4e00': -3.6},
 ('B', 'nr'): {'\\u738b': -2.5,
              '\\u674e': -2.75e-1},
 ('E', 'nr'): {'x': -4.0},
 ('M', 'nrfg'): {'\\u738b': -1.0}}
"""


def test_only_the_nr_sections_are_parsed() -> None:
    """The parser keeps the four nr states, decodes \\u escapes and reads exponents."""
    tables = _likeness._parse(SOURCE)
    assert tables == {"B": {"王": -2.5, "李": -0.275}, "E": {"x": -4.0}}


def test_the_installed_tables_hold_the_name_states() -> None:
    """The installed jieba ships B, M, E tables of thousands of characters each."""
    tables = name_emissions()
    assert {"B", "M", "E"} <= set(tables)
    assert all(len(tables[state]) > 1000 for state in "BME")
    assert all(-30 < p < 0 for p in tables["B"].values())


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("白雨桐", "商讨会"),  # an invented name beats a phrase
        ("钱秋菊", "钱包里"),  # the same surname character, then name-like or not
        ("蔡雅琴", "蔡明天"),
        ("孟春燕", "孟子曰"),
    ],
)
def test_names_are_likelier_than_phrases(name: str, phrase: str) -> None:
    """A name's characters score higher than a phrase's of the same length."""
    assert likeness(name) > likeness(phrase)


@pytest.mark.parametrize("state", ["B", "M", "E"])
def test_char_ratio_is_clipped(state: str) -> None:
    """One character can move a candidate's score by a bounded amount only."""
    for char in "的王秋了桐是":
        assert -6.0 <= char_ratio(char, state) <= 6.0
        assert math.isfinite(char_ratio(char, state))


def test_a_rare_surname_costs_at_most_the_floor() -> None:
    """The surname table vouches for the first character: its term is floored."""
    given = likeness("王春生") - char_ratio("王", "B")
    assert likeness("买春生") >= given - 1.0 - 1e-9


def test_one_character_is_not_a_name() -> None:
    """Nothing shorter than a surname and a given name scores as a name."""
    assert likeness("王") < 0


def test_dictionary_tags() -> None:
    """jieba's dictionary tags famous full names (nrfg) and places (ns); both are sets of
    short words, read once."""
    full, plain = dictionary_names()
    assert "任弼时" in full
    assert all(2 <= len(name) <= 4 for name in full | plain)
    assert "郑州" in dictionary_places() and "高度" not in dictionary_places()
    assert dictionary_names()[0] is dictionary_names()[0]  # read once, kept


@pytest.mark.parametrize(("char", "state"), [("娟", "E"), ("淑", "M"), ("彬", "E")])
def test_given_name_characters_count_as_name_like(char: str, state: str) -> None:
    """A character of given_chars.txt is at least GIVEN_CHAR_RATIO name-like in a given
    name, however rarely jieba's name table holds it."""
    assert char_ratio(char, state) >= _likeness.GIVEN_CHAR_RATIO


def test_given_name_characters_do_not_lift_surnames() -> None:
    """As a surname (B) the same character keeps jieba's reading."""
    assert char_ratio("娟", "B") < 0
