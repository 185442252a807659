"""Input to lines: decode bytes, normalise newlines, number lines, find form feeds."""

from __future__ import annotations

import codecs

from jzdaily._clean import clean_line
from jzdaily._errors import DecodeError
from jzdaily._marks import ends_story, finishes_cut_mark

__all__ = ["ENCODINGS", "Line", "decode", "split_lines"]

ENCODINGS = ("utf-8-sig", "gb18030")  # tried in order; utf-8-sig also takes plain UTF-8
_MIN_SPACED = 3  # tokens of a letter-spaced line, at least
_SPACED_SHARE = 0.6  # of its tokens that are single characters
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\x00"))  # BOMs, zero-width spaces, NULs


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
            spaced = self._letter_spaced = len(tokens) >= _MIN_SPACED and sum(
                len(t) == 1 for t in tokens
            ) >= (_SPACED_SHARE * len(tokens))
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
    """Split on any newline style; a form feed marks a page break, never a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    invisible = any(chr(code) in text for code in _INVISIBLE)
    feeds = "\f" in text
    lines: list[Line] = []
    previous = Line(0, "")  # (before the first line: blank, but no gap)
    for number, raw in enumerate(text.split("\n"), start=1):
        page_break = feeds and "\f" in raw
        if page_break:
            raw = raw.replace("\f", " ")
        stripped = raw.strip()
        hidden = False
        if invisible and stripped:
            stripped = stripped.translate(_INVISIBLE).strip()
            hidden = not stripped
        line = Line(number, stripped, page_break, hidden, previous.blank and number > 1)
        last = line.compact[-1:]
        if not line.ends_sentence and last and (last in "）)" or last.isdigit()) and (
            finishes_cut_mark(previous.compact, line.compact)
        ):  # the second half of a （下转A3版） mark or a story code a column break cut
            line.ends_sentence = True
        lines.append(line)
        previous = line
    return lines
