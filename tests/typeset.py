"""Lay pieces out as this paper's extracted page text, and remember what each should parse to.

The typesetter follows the conventions of the paper's PDF text (docs/conventions.md): narrow
columns, blank lines kept or dropped at column breaks (also mid-sentence), justified lines
spaced out char by char, spaces around digits and brackets, closing marks (（作者）, a
``… 摄`` credit split anywhere, a story code) after the body, the title block (kicker,
headline over one or two lines or printed vertically, ``——`` subtitle, byline) AFTER the
body, briefs under a letter-spaced column title printed after them, page headers in both
forms, several pages per input. Every random choice comes from one ``random.Random``, so a
seed names a layout.

It is used twice: on invented pieces by the test suite, and on the real articles of
``../shared/corpus`` by ``benchmarks/accuracy.py``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["Layout", "PageSpec", "Piece", "Placed", "lay_out", "letter_space"]

KINDS = ("news", "brief", "photo", "commentary")
WEEKDAYS = "一二三四五六日"
_CLOSING_PUNCT = frozenset("，。、；：？！”’）》」』…")  # never starts a printed line
_OPENING_PUNCT = frozenset("“‘（《「『")  # never ends one
_HALF = re.compile(r"[\x21-\x7e]")  # digits and Latin take half a column
_DEBRIS = ("新闻", "工业", "视点", "民生")
_NUMBER = re.compile(r"\d+(?:[.:：]\d+)*%?")
_SPACE_RUNS = re.compile(r"[A-Za-z0-9.%:]+|\S")


@dataclass(frozen=True)
class Piece:
    """One item as printed, and what it should parse to (expected fields end in ``_``)."""

    paragraphs: tuple[str, ...]  # the body as printed, without lead, closing marks or headline
    kind: str = "news"  # what the parser should call it: news, brief, photo, commentary
    lead: str = ""  # printed before the first paragraph: 本报讯（记者甲）, ●, ⬅
    headline: tuple[str, ...] = ()  # title lines in print order: kicker, main, ——subtitle
    byline: str | None = None  # printed under the headline: 本报记者 甲, □甲
    authors: str | None = None  # the closing （甲 乙）, brackets included
    credit: str | None = None  # the closing ``甲 摄``
    code: str | None = None  # an editorial story code printed after the last sentence: ①3
    continued_from: str | None = None  # printed before the first paragraph: （上接一版）
    continued_to: str | None = None  # printed after the last sentence: （下转A3版）
    column: str | None = None  # a column title printed after this piece (it closes a group)
    credited: tuple[str, ...] = ()  # every staff name credited (lead, byline, authors, credit)
    photographers: tuple[str, ...] = ()  # the names of the credit
    date: dt.date | None = None  # the event date the lead gives; None when not to be scored
    vertical_ok: bool = True  # the headline may be printed one character a line
    source: str = ""  # where the piece comes from (a corpus article's url), for reports

    @property
    def expected_headline(self) -> str | None:
        main = "".join(h for h in self.headline if not h.startswith("——"))
        return _squash(main) or None

    @property
    def expected_subtitle(self) -> str | None:
        sub = "".join(h[2:] for h in self.headline if h.startswith("——"))
        return _squash(sub) or None

    @property
    def expected_body(self) -> str:
        return _squash("".join(self.paragraphs))


@dataclass(frozen=True)
class PageSpec:
    """A page's header facts: printed in one of the two header forms, or not at all."""

    date: dt.date
    code: str = "A03"
    section: str = "县域新闻"
    header: bool = True


@dataclass
class Placed:
    """A piece with the 1-based numbers of the non-blank lines the typesetter printed for it."""

    piece: Piece
    page: int
    lines: list[int] = field(default_factory=list)


@dataclass
class Layout:
    text: str
    placed: list[Placed]
    pages: list[PageSpec]
    furniture: list[int]  # lines of headers and column titles: owned by fragments


def _squash(text: str) -> str:
    return "".join(text.split())


def _width_of(text: str) -> float:
    """Print width: digits and Latin take half a column, the extractor's spaces none."""
    return sum(0.5 if _HALF.match(c) else 0.0 if c.isspace() else 1.0 for c in text)


def letter_space(text: str, *, digits: bool = False) -> str:
    """A justified line spaced out char by char; digit and Latin runs stay whole unless digits."""
    return " ".join(text.replace(" ", "") if digits else _SPACE_RUNS.findall(text))


def _cut(text: str, width: int) -> list[str]:
    """Break text into column lines; closing punctuation hangs on the line before."""
    lines: list[str] = []
    line = ""
    for char in text:
        if line and _width_of(line) + _width_of(char) > width and char not in _CLOSING_PUNCT:
            carried = ""
            while line[-1:] in _OPENING_PUNCT and len(line) > 1:
                line, carried = line[:-1], line[-1] + carried
            lines.append(line)
            line = carried
        line += char
    if line:
        lines.append(line)
    return lines


class _Printer:
    """Writes lines, numbers them and records which piece owns each."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.out: list[str] = []
        self.owner: Placed | None = None
        self.furniture: list[int] = []

    def line(self, text: str, *, furniture: bool = False) -> None:
        self.out.append(text)
        if text.strip():
            if furniture:
                self.furniture.append(len(self.out))
            elif self.owner is not None:
                self.owner.lines.append(len(self.out))

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.out.append("")

    def maybe_blank(self, chance: float) -> None:
        if self.rng.random() < chance:
            self.blank()


@dataclass(frozen=True)
class _Style:
    """The layout choices for one piece."""

    width: int
    paragraph_blank: float  # chance of a blank line between paragraphs
    break_chance: float  # chance of a column break (blank line) after any line
    justify: float  # chance a line is spaced out char by char
    spaced_numbers: bool  # spaces around digits and brackets
    run_in: bool  # closing marks follow the last sentence on its line

    @classmethod
    def draw(cls, rng: random.Random) -> _Style:
        return cls(
            width=rng.randint(8, 24),
            paragraph_blank=rng.choice((0.0, 0.5, 0.9, 1.0)),
            break_chance=rng.choice((0.0, 0.04, 0.08)),
            justify=rng.choice((0.0, 0.03, 0.08)),
            spaced_numbers=rng.random() < 0.3,
            run_in=rng.random() < 0.5,
        )


def _space_numbers(text: str, rng: random.Random) -> str:
    """``3 月 6 日``, ``示范区 （高新区） 党委``: the extractor's spaces around digits, brackets."""
    text = _NUMBER.sub(lambda m: f" {m.group()} " if rng.random() < 0.5 else m.group(), text)
    text = re.sub(r"（", lambda m: " （" if rng.random() < 0.5 else "（", text)
    return re.sub(r"）", lambda m: "） " if rng.random() < 0.5 else "）", text).strip()


def _justified(text: str, style: _Style, rng: random.Random) -> str:
    """A byline or credit line, spaced out now and then like a justified body line; a
    bracketed author line is set loose and never spaced out."""
    if text.startswith("（") or rng.random() >= style.justify * 2:
        return text
    return letter_space(text)


def _print_body(p: _Printer, piece: Piece, style: _Style) -> None:
    rng = p.rng
    closing = [c for c in (piece.authors, piece.credit) if c]
    paragraphs = list(piece.paragraphs) or [""]
    paragraphs[0] = piece.lead + (" " if piece.lead[:1] == "本" else "") + paragraphs[0]
    if piece.continued_from:
        paragraphs[0] = piece.continued_from + paragraphs[0]
    if piece.code:
        paragraphs[-1] += piece.code
    if piece.continued_to:
        paragraphs[-1] += piece.continued_to
    if style.run_in and closing:
        paragraphs[-1] += "".join(" " + c for c in closing)
        closing = []
    for index, paragraph in enumerate(paragraphs):
        if index:
            p.maybe_blank(style.paragraph_blank)
        lines = _cut(paragraph, style.width)
        for number, text in enumerate(lines):
            last = number == len(lines) - 1
            if style.spaced_numbers:  # the extractor's spaces: they take no column width
                text = _space_numbers(text, rng)
            if not last and rng.random() < style.justify:
                text = letter_space(text, digits=rng.random() < 0.3)
            p.line(text)
            if not last:
                p.maybe_blank(style.break_chance)
    for text in closing:
        p.maybe_blank(0.7)
        for part in _cut(text, style.width) if rng.random() < 0.5 else [text]:
            p.line(_justified(part, style, rng))


def _print_title(p: _Printer, piece: Piece, style: _Style) -> None:
    rng = p.rng
    if not piece.headline and not piece.byline:
        return
    p.maybe_blank(0.9 if piece.byline else 1.0)  # flush only where a byline follows
    main = [h for h in piece.headline if not h.startswith("——")]
    vertical = (
        piece.vertical_ok and len(main) == 1 and len(_squash(main[0])) <= 12
        and rng.random() < 0.1
    )  # fmt: skip
    for index, text in enumerate(piece.headline):
        if vertical and text == main[0]:
            for char in _squash(text):
                p.line(char)
            if index < len(piece.headline) - 1:
                p.blank()
        elif not text.startswith("——") and len(text) > 12 and rng.random() < 0.4:
            cut = rng.randint(len(text) // 3, 2 * len(text) // 3)
            p.line(text[:cut].strip())
            p.line(text[cut:].strip())
        else:
            p.line(text)
    if piece.byline:
        p.maybe_blank(0.2)
        p.line(_justified(piece.byline, style, rng))


def _print_header(p: _Printer, spec: PageSpec) -> None:
    day = spec.date
    stamp = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    p.blank()
    p.line("JIAOZUO DAILY", furniture=True)
    if p.rng.random() < 0.5:
        p.line(f"{spec.code}│{spec.section}{stamp}", furniture=True)
    else:
        p.line(f"{stamp} {spec.section}│{spec.code}", furniture=True)
    p.blank()
    p.line("■新闻热线：3900000│■编辑：甄 甲│校对：贾乙丙│组版：路丁", furniture=True)
    p.blank()


def lay_out(pages: Sequence[tuple[PageSpec, Sequence[Piece]]], rng: random.Random) -> Layout:
    """Typeset pages of pieces, in the order given, with layout choices drawn from rng."""
    p = _Printer(rng)
    placed: list[Placed] = []
    for page_index, (spec, pieces) in enumerate(pages):
        if spec.header:
            _print_header(p, spec)
        for piece in pieces:
            style = _Style.draw(rng)
            p.owner = Placed(piece, page_index)
            placed.append(p.owner)
            _print_body(p, piece, style)
            _print_title(p, piece, style)
            p.owner = None
            p.maybe_blank(0.7 if piece.headline or piece.byline else 0.85)
            if piece.column:
                p.blank()
                p.line(letter_space(piece.column), furniture=True)
                p.maybe_blank(0.5)
            if rng.random() < 0.04:  # extraction debris of a decorated title: 工工业业
                p.blank()
                p.line("".join(c + c for c in rng.choice(_DEBRIS)), furniture=True)
                p.blank()
    return Layout("\n".join(p.out).rstrip("\n") + "\n", placed, [s for s, _ in pages], p.furniture)
