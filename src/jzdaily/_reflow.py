"""Column-broken lines back into paragraphs.

A paragraph ends only on a sentence-final mark, and only where the layout shows it: a
blank line or a line shorter than the column. A blank line after an unfinished sentence
is a column break and is healed.
"""

from __future__ import annotations

from collections.abc import Sequence

from jzdaily._clean import ends_sentence, join_lines

__all__ = ["reflow"]

_SHORT = 0.85  # a line shorter than this share of the column width ends its paragraph


def _column_width(lengths: Sequence[int]) -> float:
    ordered = sorted(lengths)
    return ordered[(len(ordered) * 3) // 4] if ordered else 0


def reflow(lines: Sequence[tuple[str, bool]]) -> list[str]:
    """Paragraphs from (cleaned line, blank line before it) pairs."""
    width = _column_width([len(text) for text, _ in lines])
    paragraphs: list[list[str]] = []
    previous = ""
    previous_is_subhead = False
    for number, (text, blank_before) in enumerate(lines):
        if not text:
            continue
        following_blank = number + 1 < len(lines) and lines[number + 1][1]
        opens_after_sentence = not paragraphs or ends_sentence(previous)
        short = len(text) < _SHORT * width
        is_subhead = (
            blank_before and following_blank and short and opens_after_sentence
            and not ends_sentence(text) and bool(paragraphs)
        )  # fmt: skip
        new = (
            not paragraphs
            or previous_is_subhead
            or is_subhead
            or (ends_sentence(previous) and (blank_before or len(previous) < _SHORT * width))
        )
        if new:
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
        previous, previous_is_subhead = text, is_subhead
    return [join_lines(parts) for parts in paragraphs]
