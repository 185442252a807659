"""Input to lines: decode bytes, normalise newlines, number lines, find form feeds."""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from itertools import compress, count, repeat
from operator import itemgetter
from typing import Final

from jzdaily._clean import clean_line
from jzdaily._errors import DecodeError
from jzdaily._marks import STORY_END_LAST, ends_story, finishes_cut_mark
from jzdaily._vocab import TERMINAL

__all__ = ["ENCODINGS", "Line", "decode", "split_lines"]

ENCODINGS = ("utf-8-sig", "gb18030")  # tried in order; utf-8-sig also takes plain UTF-8
_MIN_SPACED = 3  # tokens of a letter-spaced line, at least
_SPACED_SHARE = 0.6  # of its tokens that are single characters
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\x00"))  # BOMs, zero-width spaces, NULs
_LAST_CHAR = itemgetter(slice(-1, None))  # text[-1:], mapped over a list in C
_ENDS_LATER: Final = STORY_END_LAST - TERMINAL  # last characters `ends_story` must look past


class Line:
    """One input line with the facts every later stage needs, computed once.

    A plain slotted class rather than an attrs one: a page builds one per input line, and
    the stages read these facts many times, so they are plain attributes set once here
    (``letter_spaced`` and ``clean``, needed for few lines, are computed on first use).
    Lines compare by identity; the parser never builds two for one input line.
    """

    __slots__ = (
        "_clean", "_letter_spaced", "after_blank", "blank", "compact", "ends_sentence",
        "invisible", "number", "page_break", "text", "width",
    )  # fmt: skip

    number: int  # 1-based, as in the user's editor
    text: str  # stripped of surrounding whitespace and invisible characters
    page_break: bool  # a form feed stood at or before this line's text
    invisible: bool  # the line held only invisible characters: not blank, but no text
    after_blank: bool  # the line before it is blank: where the layout left a gap
    compact: str  # text with every space removed (letter-spacing undone)
    # ends on 。！？… (inside quotes, before ①3, or a （下转…版） mark a column break cut)
    ends_sentence: bool
    # The print width in Chinese characters: digits and Latin count half, and spaces (the
    # extractor's, around digits and brackets or justifying) not at all.
    width: float
    blank: bool  # blank as ``str.strip`` sees it; a line of NULs or BOMs is debris, not blank

    def __init__(
        self,
        number: int,
        text: str,
        page_break: bool = False,
        invisible: bool = False,
        after_blank: bool = False,
        *,
        ends_sentence: bool | None = None,
    ) -> None:
        self.number = number
        self.text = text
        self.page_break = page_break
        self.invisible = invisible
        self.after_blank = after_blank
        self._letter_spaced: bool | None = None
        self._clean: str | None = None
        if not text:
            self.compact = text
            self.ends_sentence = bool(ends_sentence)
            self.width = 0.0
            self.blank = not invisible
            return
        compact = self.compact = "".join(text.split()) if " " in text or not text.isprintable(
        ) else text  # fmt: skip
        self.ends_sentence = ends_story(compact) if ends_sentence is None else ends_sentence
        self.width = len(compact) - len(compact.encode("ascii", "ignore")) / 2
        self.blank = False

    @property
    def letter_spaced(self) -> bool:
        """Spaced out char by char (``斯 坦 等 国 家``): justified to fill its column."""
        spaced = self._letter_spaced
        if spaced is None:
            tokens = self.text.split() if len(self.compact) < len(self.text) else ()
            spaced = self._letter_spaced = len(tokens) >= _MIN_SPACED and list(
                map(len, tokens)
            ).count(1) >= (_SPACED_SHARE * len(tokens))  # (single characters, counted in C)
        return spaced

    @property
    def clean(self) -> str:
        """The text without the layout's spaces (`jzdaily._clean.clean_line`)."""
        clean = self._clean
        if clean is None:
            clean = self._clean = self.text if self.compact is self.text else clean_line(self.text)
        return clean

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.text!r})"


def decode(data: str | bytes | bytearray | memoryview) -> str:
    """Return text; bytes must be UTF-8 (with or without BOM) or GB18030."""
    if isinstance(data, str):
        return data
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    raw = bytes(data)
    furthest = 0
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as exc:
            # utf-8-sig counts offsets after the BOM it skipped; report offsets in the input
            furthest = max(furthest, exc.start + (bom if encoding == "utf-8-sig" else 0))
    raise DecodeError(ENCODINGS, furthest)


def split_lines(text: str) -> list[Line]:
    """Split on any newline style; a form feed marks a page break, never a line.

    Each fact is computed for all lines at once, a list at a time (C-level str methods
    mapped over the texts, comprehensions that call Python only for the few lines a cheap
    test leaves open), and the records are filled in one loop: the same facts `Line`'s
    constructor computes, without a Python call per line.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    raws = text.split("\n")
    texts: list[str]
    breaks: Iterable[bool] = repeat(False)
    hidden: Iterable[bool] = repeat(False)
    if "\f" in text or any(chr(code) in text for code in _INVISIBLE):
        texts, breaks, hidden = _unusual(raws)
    else:
        texts = list(map(str.strip, raws))
    compacts = [t if " " not in t and t.isprintable() else "".join(t.split()) for t in texts]
    lasts = list(map(_LAST_CHAR, compacts))
    # A spaceless text ending on 。！？!?… ends a sentence (`ends_story`'s first answer); one
    # ending on a quote, bracket or digit is for `ends_story`; one ending on anything else
    # (most lines: a Han character, a comma) ends none.
    ends = list(map(TERMINAL.__contains__, lasts))
    for k in compress(count(), map(_ENDS_LATER.__contains__, lasts)):
        compact = compacts[k]
        ends[k] = ends_story(compact) or (
            compact[-1] in "）)" and finishes_cut_mark(compacts[k - 1] if k else "", compact)
        )  # (下转A / 3版）: the second half of a mark a column break cut ends the story too
    for k in compress(count(), map(str.isdigit, compacts)):  # ① / 3: a story code cut in two
        if not ends[k] and finishes_cut_mark(compacts[k - 1] if k else "", compacts[k]):
            ends[k] = True
    return _lines(texts, compacts, ends, breaks, hidden)


def _unusual(raws: list[str]) -> tuple[list[str], list[bool], list[bool]]:
    """Texts, page breaks and invisible-only flags of lines that may hold form feeds or
    invisible characters (rare: read line by line)."""
    texts, breaks, hidden = [], [], []
    for raw in raws:
        page_break = "\f" in raw
        stripped = (raw.replace("\f", " ") if page_break else raw).strip()
        invisible = False
        if stripped:
            stripped = stripped.translate(_INVISIBLE).strip()
            invisible = not stripped
        texts.append(stripped)
        breaks.append(page_break)
        hidden.append(invisible)
    return texts, breaks, hidden


def _lines(
    texts: list[str],
    compacts: list[str],
    ends: list[bool],
    breaks: Iterable[bool],
    hidden: Iterable[bool],
) -> list[Line]:
    """The records, their fields set in one loop: a page builds one per line, and calling
    `Line`'s constructor for each costs as much as the rest of the split. (The width needs
    each text's count of ASCII characters: one encoding of all texts, split, gives them.)"""
    lines = []
    new = object.__new__
    after_blank = False  # (before the first line: no gap)
    latins = map(len, "\n".join(compacts).encode("ascii", "ignore").split(b"\n"))
    for number, text, compact, ends_sentence, latin, page_break, invisible in zip(
        count(1), texts, compacts, ends, latins, breaks, hidden
    ):
        line = new(Line)
        line.number = number
        line.text = text
        line.page_break = page_break
        line.invisible = invisible
        line.after_blank = after_blank
        line._letter_spaced = line._clean = None
        line.compact = compact
        line.ends_sentence = ends_sentence
        line.width = len(compact) - latin / 2
        line.blank = after_blank = not text and not invisible
        lines.append(line)
    return lines
