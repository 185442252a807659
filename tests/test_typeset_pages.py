"""Invented pieces typeset as the paper's page text must parse back to themselves.

The typesetter (tests/typeset.py) lays out pieces in every convention of the paper, in
random orders, widths and column breaks; these tests pin that the parser reads them all
and that it owns every line once, whatever the layout.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from jzdaily import parse_pages
from tests.inventions import invented_pages
from tests.scoring import field_errors, match, ownership_ok
from tests.typeset import Layout, PageSpec, Piece, _cut, lay_out, letter_space

SEEDS = range(40)


def _layout(seed: int) -> Layout:
    rng = random.Random(seed)
    return lay_out(invented_pages(rng), rng)


def test_typesetter_accounts_for_every_printed_line() -> None:
    """Each non-blank line the typesetter prints belongs to one piece or to the furniture."""
    for seed in range(10):
        layout = _layout(seed)
        printed = [n for n, line in enumerate(layout.text.splitlines(), 1) if line.strip()]
        owned = sorted([*layout.furniture, *(n for p in layout.placed for n in p.lines)])
        assert owned == printed


@pytest.mark.parametrize(
    ("line", "spaced"),
    [
        ("斯坦等国家，2022", "斯 坦 等 国 家 ， 2022"),
        ("达98.5%的", "达 98.5% 的"),
        ("政务简报", "政 务 简 报"),
    ],
)
def test_letter_spacing_keeps_digit_runs_whole(line: str, spaced: str) -> None:
    """A justified line is spaced char by char, but a number stays one run."""
    assert letter_space(line) == spaced


def test_column_lines_never_start_with_closing_punctuation() -> None:
    """，。”） hang on the line before, （“ move to the next line, as the paper sets them."""
    lines = _cut("甲乙丙丁，戊己“庚辛”壬癸（子丑）。寅卯辰巳午未申酉。", 4)
    assert all(line[0] not in "，。”）" and line[-1] not in "（“" for line in lines)
    assert "".join(lines) == "甲乙丙丁，戊己“庚辛”壬癸（子丑）。寅卯辰巳午未申酉。"


def test_a_vertical_headline_is_printed_one_char_a_line() -> None:
    """With the vertical draw taken, the headline's characters stand one per line."""
    piece = Piece(("某村修好了路。",), headline=("路通了",))
    for seed in range(200):
        page = (PageSpec(dt.date(2024, 5, 6), header=False), [piece])
        text = lay_out([page], random.Random(seed)).text
        if "路\n通\n了" in text:
            return
    pytest.fail("no vertical headline in 200 layouts")


@pytest.mark.parametrize("seed", SEEDS)
def test_every_line_is_owned_once(seed: int) -> None:
    """Ownership: every non-blank line of a typeset page is in exactly one article or fragment."""
    layout = _layout(seed)
    assert ownership_ok(layout.text, parse_pages(layout.text))


@pytest.mark.parametrize("seed", SEEDS)
def test_typeset_pieces_parse_back_to_themselves(seed: int) -> None:
    """Every piece is found as one article, with its body, headline, credits, date and kind."""
    layout = _layout(seed)
    pages = parse_pages(layout.text)
    problems = []
    for placed, article in match(layout, pages):
        if article is None:
            problems.append((placed.lines[:1], "missed", placed.piece.kind))
        else:
            problems += [(placed.lines[:1], k, v) for k, v in field_errors(placed, article).items()]
    assert not problems, layout.text
    assert sum(len(page.articles) for page in pages) == len(layout.placed)
