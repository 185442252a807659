"""``reflow`` walks only the lines that end a sentence and joins paragraphs as slices; these
tests pin it to the rules as a plain line-by-line loop states them (the reference below),
on tables of invented layouts and on generated ones."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jzdaily._clean import ends_sentence, join_lines
from jzdaily._reflow import reflow


def _reference(lines: Sequence[tuple[str, bool]]) -> list[str]:
    """The rules one line at a time: a paragraph starts at the first line, after a subhead,
    at a subhead (a short line between blanks after a finished sentence, not one itself),
    and after a sentence end where a blank follows or the line is short."""
    ordered = sorted(len(text) for text, _ in lines)
    short = 0.85 * (ordered[(len(ordered) * 3) // 4] if ordered else 0)
    paragraphs: list[list[str]] = []
    previous_ends = previous_short = previous_is_subhead = False
    for number, (text, blank_before) in enumerate(lines):
        if not text:
            continue
        ends = ends_sentence(text)
        is_subhead = bool(
            paragraphs and blank_before and number < len(lines) - 1 and lines[number + 1][1]
            and len(text) < short and previous_ends and not ends
        )  # fmt: skip
        if (not paragraphs or previous_is_subhead or is_subhead
                or (previous_ends and (blank_before or previous_short))):  # fmt: skip
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
        previous_ends, previous_short, previous_is_subhead = ends, len(text) < short, is_subhead
    return [join_lines(parts) for parts in paragraphs]


_FULL = "某县今天召开了一次虚构的会议大家"  # a line that fills the column (16)


@pytest.mark.parametrize(
    "lines",
    [
        [],  # nothing: no paragraph
        [(_FULL, False), (_FULL, False), ("会议结束。", False)],  # one paragraph over three lines
        [(_FULL, False), ("说完了。", False), (_FULL, False), ("又说完了。", False)],  # a short line
        [(_FULL, False), (_FULL + "。", False), (_FULL, True), ("完。", False)],  # a blank after 。
        [(_FULL, False), (_FULL, True), ("续完。", False)],  # a column break: healed
        [(_FULL + "。", False), ("小标题", True), (_FULL, True), ("完。", False)],  # a subhead
        [(_FULL + "。", False), ("小标题", True), ("", True), ("完。", False)],  # an empty line's blank
        [(_FULL + "。", False), ("小标题", True), ("", True)],  # a subhead with no line after it
        [("", False), ("", True)],  # only empty lines
        [("使用Word", False), ("Excel软件。", False)],  # Latin words across a break: a space
        [(_FULL + "”", False), ("。”", False), ("说道：“好。”", True), ("完。", False)],  # quotes
    ],
)
def test_reflow_follows_the_rules(lines: list[tuple[str, bool]]) -> None:
    """Each layout gives the paragraphs the line-by-line rules give."""
    assert reflow([t for t, _ in lines], [b for _, b in lines]) == _reference(lines)


_TEXT = st.text(alphabet="某县会议。！”）a，b ", min_size=0, max_size=8).map(str.strip)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.booleans()), max_size=12))
def test_reflow_matches_the_rules_on_generated_layouts(lines: list[tuple[str, bool]]) -> None:
    """Generated lines (sentence ends, quotes, blanks, empties, Latin letters) agree too."""
    assert reflow([t for t, _ in lines], [b for _, b in lines]) == _reference(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.booleans(), st.booleans()), max_size=12))
def test_reflow_reads_only_the_lines_that_may_end_a_sentence(
    lines: list[tuple[str, bool, bool]],
) -> None:
    """A hint true for every line that ends a sentence (and for some that do not) changes
    nothing: the paragraphs are the rules' paragraphs."""
    texts, blanks = [t for t, _, _ in lines], [b for _, b, _ in lines]
    may_end = [extra or ends_sentence(t) for t, _, extra in lines]
    assert reflow(texts, blanks, may_end) == _reference([(t, b) for t, b, _ in lines])


@pytest.mark.parametrize(
    ("texts", "may_end", "paragraphs"),
    [
        ([_FULL + "。", "短。", _FULL], [True, True, True], [_FULL + "。短。", _FULL]),
        ([_FULL + "。", "短。", _FULL], [True, False, True], [_FULL + "。短。" + _FULL]),
        ([_FULL + "。", "短。", _FULL], [False, False, False], [_FULL + "。短。" + _FULL]),
    ],
)
def test_reflow_trusts_a_false_hint(
    texts: list[str], may_end: list[bool], paragraphs: list[str]
) -> None:
    """A line the hint rules out is not read: it ends no paragraph even if it ends on 。."""
    assert reflow(texts, [False] * len(texts), may_end) == paragraphs
