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
    """Paragraphs from (cleaned line, blank line before it) pairs.

    Each line's sentence end is read once, and carried to the next line as its
    predecessor's.
    """
    short = _SHORT * _column_width([len(text) for text, _ in lines])
    paragraphs: list[list[str]] = []
    previous_ends = False  # the previous text line ends a sentence
    previous_short = False  # … and is shorter than the column
    previous_is_subhead = False
    last = len(lines) - 1
    for number, (text, blank_before) in enumerate(lines):
        if not text:
            continue
        # (answered at once for the many lines that end on a Han character)
        ends = not ("\u4e00" <= text[-1] <= "\u9fff") and ends_sentence(text)
        is_subhead = (
            blank_before and number < last and lines[number + 1][1] and len(text) < short
            and (not paragraphs or previous_ends) and not ends and bool(paragraphs)
        )  # fmt: skip
        if (
            not paragraphs
            or previous_is_subhead
            or is_subhead
            or (previous_ends and (blank_before or previous_short))
        ):
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
        previous_ends, previous_short = ends, len(text) < short
        previous_is_subhead = is_subhead
    return [join_lines(parts) for parts in paragraphs]
