"""The input lines of one source text with the piece that owns each, grouped by page.

The view shows every input line once, in the page section of the piece that owns it. The
pages given may not come from this text (a caller's mistake); such mismatches become notes
shown at the top of the view, never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from jzdaily._model import Article, Fragment, Page

__all__ = ["Owner", "SourceLine", "display_text", "owners", "page_lines"]

# Characters a reader cannot see, shown as a visible sign so that a line of debris reads as one
_VISIBLE = {"\x00": "␀", "\ufeff": "◌", "\u200b": "◌"}
_INVISIBLE = re.compile(f"[{''.join(_VISIBLE)}]")


@attrs.frozen
class Owner:
    """An article or fragment as the view names it: a key unique in the document."""

    key: str  # "a1-3": page 1, third article; "f0-2": page 0, second fragment
    kind: str  # "article", or the fragment's kind: header, column, furniture
    page: int  # position of the page in the pages given
    hue: int | None  # the article's tint (degrees); None for fragments, shown in greys
    piece: Article | Fragment


@attrs.frozen
class SourceLine:
    """One input line as shown: number, text, owner (None: blank or unowned)."""

    number: int
    text: str  # the raw line, form feeds removed, trailing spaces trimmed
    blank: bool
    owner: Owner | None


def _hue(position: int) -> int:
    """Golden-angle steps round the colour wheel: neighbouring articles never look alike."""
    return round(position * 137.508) % 360


def owners(pages: Sequence[Page], prefix: str = "") -> list[Owner]:
    """Every article and fragment of the pages, in page order, with its key and tint."""
    found: list[Owner] = []
    position = 0
    for page_number, page in enumerate(pages):
        for number, article in enumerate(page.articles, start=1):
            key = f"{prefix}a{page_number}-{number}"
            found.append(Owner(key, "article", page_number, _hue(position), article))
            position += 1
        for number, fragment in enumerate(page.fragments, start=1):
            key = f"{prefix}f{page_number}-{number}"
            found.append(Owner(key, fragment.kind.value, page_number, None, fragment))
    return found


def display_text(raw: str) -> str:
    """A raw line as shown: no form feed, no trailing spaces, invisible characters as signs."""
    text = raw.replace("\f", " ").rstrip()
    return _INVISIBLE.sub(lambda match: _VISIBLE[match[0]], text)


def page_lines(
    text: str, pages: Sequence[Page], found: Sequence[Owner]
) -> tuple[list[list[SourceLine]], list[str]]:
    """The lines shown in each page's section, and notes on lines that do not fit the pages.

    A blank or unowned line goes with the page of the owned line before it (the first page
    for lines before any), so each section shows a run of the input as it was printed.
    """
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    by_line: dict[int, Owner] = {}
    notes: list[str] = []
    twice: list[int] = []
    missing: list[int] = []
    for owner in found:
        for number in owner.piece.source_lines:
            if not 1 <= number <= len(raw_lines):
                missing.append(number)
            elif number in by_line:
                twice.append(number)
            else:
                by_line[number] = owner
    sections: list[list[SourceLine]] = [[] for _ in pages] or [[]]
    current = 0
    unowned: list[int] = []
    for number, raw in enumerate(raw_lines, start=1):
        blank = not raw.strip()
        holder = by_line.get(number)
        if holder is not None:
            current = holder.page
        elif not blank:
            unowned.append(number)
        sections[current].append(SourceLine(number, display_text(raw), blank, holder))
    if missing:
        notes.append(f"{len(missing)} line number(s) the pages name are not in the source text "
                     f"(first: {missing[0]}): were the pages parsed from this text?")  # fmt: skip
    if twice:
        notes.append(f"{len(twice)} line(s) are claimed by two pieces (first: {twice[0]}); "
                     "each is shown with its first owner")  # fmt: skip
    if unowned:
        notes.append(f"{len(unowned)} non-blank line(s) belong to no piece (first: {unowned[0]})")
    return sections, notes
