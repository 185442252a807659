"""`split_lines` computes each line's facts list by list; these tests pin them to the
per-line definitions (`Line`'s constructor, `ends_story`, `finishes_cut_mark`)."""

from __future__ import annotations

import pytest

from jzdaily._marks import ends_story, finishes_cut_mark
from jzdaily._text import Line, split_lines

_FIELDS = ("number", "text", "page_break", "invisible", "after_blank", "compact", "width", "blank")

# Invented lines in every shape the facts tell apart: ends of sentences (inside quotes,
# before a story code, a 下转 mark), codes and marks cut over two lines, letter-spacing,
# full-width spaces and digits, tabs, Latin, invisible characters, form feeds.
_LINES = [
    "某县召开植树大会", "会议要求各单位抓好落实。", "他说：“要抓好落实。”", "各项措施。①3",
    "各项措施。①", "3", "各项措施。① 3", "送春联。（下转A3版）", "送春联。（下转A", "3版）",
    "（下 转", "A3版）", "转A3版）", "下转第2版）", "①3", "（某某 某某）", "某某 摄", "某 某 某 某",
    "某\u3000某\u3000某", "\t某某\t某 ", "２０２３年", "１２", "12", "1234", "123",
    "ABC DAILY 2031", "x", "。", "”", "）", "某某）", "某某③", "某某⑳", "\u200b", "\ufeff某某",
    "某\x00某", "", "   ", "\f某版", "某某\f", "某某。\u2028", "某\x85某", "某某？！", "某……",
]  # fmt: skip


def _expected(lines: list[str]) -> list[tuple[object, ...]]:
    """The facts as defined line by line: the constructor's, and a cut mark's end."""
    out = []
    previous = ""
    blank_before = False
    for number, raw in enumerate(lines, start=1):
        page_break = "\f" in raw
        stripped = raw.replace("\f", " ").strip()
        text = stripped.translate(dict.fromkeys(map(ord, "\ufeff\u200b\x00"))).strip()
        line = Line(number, text, page_break, bool(stripped) and not text, blank_before)
        ends = ends_story(line.compact) if line.compact else False
        ends = ends or (bool(line.compact) and finishes_cut_mark(previous, line.compact))
        out.append((*(getattr(line, name) for name in _FIELDS), ends))
        previous, blank_before = line.compact, line.blank
    return out


@pytest.mark.parametrize("offset", range(0, len(_LINES), 7))
def test_split_lines_gives_each_line_the_facts_its_definitions_give(offset: int) -> None:
    """Every fact of every line (and which ones end a sentence) is what the per-line
    definitions give, whatever the neighbours, with and without form feeds."""
    lines = _LINES[offset:] + _LINES[:offset]
    got = [(*(getattr(line, name) for name in _FIELDS), line.ends_sentence)
           for line in split_lines("\n".join(lines))]  # fmt: skip
    assert got == _expected(lines)
    plain = [line for line in lines if "\f" not in line and "\u200b" not in line
             and "\ufeff" not in line and "\x00" not in line]  # fmt: skip
    got = [(*(getattr(line, name) for name in _FIELDS), line.ends_sentence)
           for line in split_lines("\n".join(plain))]  # fmt: skip
    assert got == _expected(plain)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("各项措施。①\n3", [True, True]),  # a story code cut in two ends the story twice
        ("送春联。（下转A\n3版）", [False, True]),  # so does a 下转 mark cut in two
        ("某某（下转A\n3版）", [False, True]),  # (the mark alone says the story goes on)
        ("送春联。(下转A\n3版)", [False, True]),  # in Latin brackets too
        ("某某某\n3", [False, False]),  # a digit alone after text is no code
        ("某某某\n某某）", [False, False]),  # a bracket closing no mark
        ("他说：“好。”\n某某③", [True, False]),  # a circled number after no sentence
        ("某某。③\n\n某", [True, False, False]),
    ],
)
def test_which_lines_end_a_sentence(text: str, ends: list[bool]) -> None:
    """A line ends a sentence on 。！？… (inside quotes, before a story code) or as the
    second half of a code or 下转 mark a column break cut."""
    assert [line.ends_sentence for line in split_lines(text)] == ends


@pytest.mark.parametrize(
    ("text", "clean", "spaced"),
    [
        ("某某某某", "某某某某", False),
        ("某 某 某 某", "某某某某", True),
        ("跟党走 团结奋斗", "跟党走 团结奋斗", False),
        ("共有 32 个", "共有32个", False),
    ],
)
def test_lazy_facts_are_read_on_first_use_and_kept(text: str, clean: str, spaced: bool) -> None:
    """``clean`` and ``letter_spaced`` are computed on first read and the same after."""
    (line,) = split_lines(text)
    assert (line.clean, line.letter_spaced) == (clean, spaced)
    assert (line.clean, line.letter_spaced) == (clean, spaced)
    (built,) = [Line(1, text)]
    assert (built.clean, built.letter_spaced) == (clean, spaced)
