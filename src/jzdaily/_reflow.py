"""Column-broken lines back into paragraphs.

A paragraph ends only on a sentence-final mark, and only where the layout shows it: a
blank line or a line shorter than the column. A blank line after an unfinished sentence
is a column break and is healed.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from jzdaily._clean import ends_sentence, join_lines
from jzdaily._vocab import CLOSERS, TERMINAL

__all__ = ["reflow"]

_SHORT = 0.85  # a line shorter than this share of the column width ends its paragraph


def _column_width(lengths: Sequence[int]) -> float:
    ordered = sorted(lengths)
    return ordered[(len(ordered) * 3) // 4] if ordered else 0


def reflow(
    texts: list[str], blanks: list[bool], may_end: Sequence[object] | None = None
) -> list[str]:
    """Paragraphs from cleaned lines (stripped) and, for each, whether a blank line stands
    before it; empty lines are skipped. ``may_end``, if given, is false for each line known
    not to end a sentence (a line's ``Line.ends_sentence``, true for every line that does):
    only the others are read.

    A new paragraph starts after a line that ends a sentence, where the next line follows a
    blank or the line is shorter than the column; and a subhead (a short line between
    blanks after a finished sentence, not itself one) is a paragraph of its own. Both need
    a sentence end just before, so only the lines that end one are walked (few); the
    paragraphs are then slices of the lines, joined in one go.
    """
    short = _SHORT * _column_width(list(map(len, texts)))
    next_blanks = [*blanks[1:], False]  # a subhead needs a blank after it too
    if "" in texts:  # (rare) an empty line is no line, but its blank still counts above
        kept = list(map(bool, texts))
        texts, blanks = list(compress(texts, kept)), list(compress(blanks, kept))
        next_blanks = list(compress(next_blanks, kept))
        may_end = None if may_end is None else list(compress(may_end, kept))
    if not texts:
        return []
    n = len(texts)
    # The lines that end a sentence (`ends_sentence`, answered at once for most lines:
    # stripped, the last character tells), read among the candidates only: a character
    # taken from a Han text is a new string, so most lines are better not read at all.
    ending = []  # (a loop, not a comprehension: a few candidates, and no call for them)
    for j in range(n) if may_end is None else compress(range(n), may_end):
        text = texts[j]
        if (last := text[-1]) in TERMINAL or (last in CLOSERS and ends_sentence(text)):
            ending.append(j)
    ends = set(ending)
    starts = [0]
    for j in ending:
        k = j + 1
        if k == n:
            break
        if blanks[k]:
            starts.append(k)
            if k not in ends and next_blanks[k] and len(texts[k]) < short and k + 1 < n:
                starts.append(k + 1)  # k is a subhead: a paragraph of its own
        elif len(texts[j]) < short:
            starts.append(k)
    return [join_lines(texts[a:b]) for a, b in zip(starts, [*starts[1:], n], strict=True)]
