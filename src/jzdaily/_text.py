"""Input to lines: decode bytes, normalise newlines, number lines, find form feeds."""

from __future__ import annotations

import codecs

import attrs

from jzdaily._errors import DecodeError
from jzdaily._marks import ends_story, finishes_cut_mark

__all__ = ["ENCODINGS", "Line", "decode", "split_lines"]

ENCODINGS = ("utf-8-sig", "gb18030")  # tried in order; utf-8-sig also takes plain UTF-8
_MIN_SPACED = 3  # tokens of a letter-spaced line, at least
_SPACED_SHARE = 0.6  # of its tokens that are single characters
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\x00"))  # BOMs, zero-width spaces, NULs


@attrs.frozen
class Line:
    """One input line with the facts every later stage needs, computed once."""

    number: int  # 1-based, as in the user's editor
    text: str  # stripped of surrounding whitespace and invisible characters
    page_break: bool = False  # a form feed stood at or before this line's text
    invisible: bool = False  # the line held only invisible characters: not blank, but no text
    after_blank: bool = False  # the line before it is blank: where the layout left a gap
    compact: str = attrs.field(init=False)  # text with every space removed (letter-spacing undone)
    # ends on 。！？… (inside quotes, before ①3, or a （下转…版） mark a column break cut)
    ends_sentence: bool = attrs.field(kw_only=True)

    @compact.default
    def _compact(self) -> str:
        return "".join(self.text.split())

    @ends_sentence.default
    def _ends_sentence(self) -> bool:
        return ends_story(self.compact)

    @property
    def width(self) -> float:
        """The line's print width in Chinese characters: digits and Latin count half, and
        spaces (the extractor's, around digits and brackets or justifying) not at all."""
        text = self.compact
        return len(text) - len(text.encode("ascii", "ignore")) / 2

    @property
    def letter_spaced(self) -> bool:
        """Spaced out char by char (``斯 坦 等 国 家``): justified to fill its column."""
        tokens = self.text.split()
        return len(tokens) >= _MIN_SPACED and sum(len(t) == 1 for t in tokens) >= (
            _SPACED_SHARE * len(tokens)
        )

    @property
    def blank(self) -> bool:
        """Blank as ``str.strip`` sees it; a line of NULs or BOMs is debris to own, not blank."""
        return not self.text and not self.invisible


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
    lines: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        page_break = "\f" in raw
        if page_break:
            raw = raw.replace("\f", " ")
        stripped = raw.strip()
        hidden = False
        if invisible and stripped:
            stripped = stripped.translate(_INVISIBLE).strip()
            hidden = not stripped
        after_blank = bool(lines) and lines[-1].blank
        line = Line(number, stripped, page_break, hidden, after_blank)
        if lines and not line.ends_sentence and finishes_cut_mark(lines[-1].compact, line.compact):
            line = attrs.evolve(line, ends_sentence=True)
        lines.append(line)
    return lines
