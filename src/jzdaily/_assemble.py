"""Group tagged lines into pieces (articles) and fragments with a small state machine.

The paper's order in extracted text is: lead → body → closing byline → headline → next
piece. A piece closes on a closing mark or on the next lead; the short, unpunctuated lines
that follow a closed piece (or end an unclosed one) are its headline.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Final

from jzdaily._datelines import is_dateline, lead_text
from jzdaily._dates import DATE_EXPRESSION, opens_with_date
from jzdaily._headlines import (
    MAX_HEADLINE_LINES,
    MIN_SLACK,
    OVER_SLACK,
    PICTURE_NUMBER,
    column_slack,
    column_width,
    compact,
    ends_piece,
    fills,
    headline_like,
    headline_reach,
    is_date_line,
    is_short_subhead,
    is_subhead,
    is_subtitle,
    is_vertical,
    stands_out,
)
from jzdaily._lazy import LazyPattern
from jzdaily._marks import CONTINUED_FROM
from jzdaily._model import FragmentKind
from jzdaily._patterns import SUBTITLE
from jzdaily._tags import CLOSING_ROLES, HEADER_ROLES, Role, Tag
from jzdaily._vocab import CLAUSE_BREAKS

__all__ = ["RawFragment", "RawPiece", "assemble"]

# Roles and states as module constants: an enum member costs a descriptor call to look up
# (≈ 0.1 µs on Python 3.11), a module global a dict lookup; the machine tests them per step.
_AUTHORS = Role.AUTHORS
_BLANK = Role.BLANK
_BYLINE = Role.BYLINE
_COLUMN = Role.COLUMN
_CREDIT = Role.CREDIT
_GARBAGE = Role.GARBAGE
_LEAD = Role.LEAD
_SIGNATURE = Role.SIGNATURE
_SINGLE = Role.SINGLE
_TAIL = Role.TAIL
_TEXT = Role.TEXT

_STRAY_CLOSER = "a closing byline or credit with no piece to close"
# Roles that may start a title block inside a piece's text, and what may follow one.
_TITLE_STARTS = frozenset({_TEXT, _SINGLE})
_TITLE_LINES = frozenset({_TEXT, _COLUMN})
_SET_APART_BY = frozenset({_BLANK, _LEAD, _BYLINE, _SIGNATURE}) | HEADER_ROLES
_COLUMN_SAMPLE = 24  # body lines the column width is measured on
_OTHER_SAMPLE = 3  # lines of the text after a title block its width is measured on
_MAX_TITLE_LINE = 45  # print width of a title line, at most
_RUNNING = frozenset({_TEXT, _TAIL})  # a piece's running text, not its marks
_BLOCK_LINES = frozenset({_TEXT, _SINGLE, _COLUMN, _TAIL})  # what a run of lines holds
_TITLE_CREDITS = frozenset({_BYLINE, _SIGNATURE})  # printed under a headline
_CONTINUES = frozenset("，。、；：？！”’）》」』…,.;:?!)")  # marks that go on a sentence
_MAX_LABEL_CHARS = 8  # 微信公众号, 示范区头条: a longer unplaced line is text that lost its piece
# What may stop a run of title lines, all in one pattern, so that a plain line takes one
# match: the date or ``（上接…）`` mark a piece's first line opens with (`_opens_piece`),
# or a ``——`` subtitle. A line it does not match is neither.
_CUE_START: Final = LazyPattern(
    "|".join(f"(?:{p.pattern})" for p in (DATE_EXPRESSION, CONTINUED_FROM, SUBTITLE))
)


class RawPiece:
    """An article's lines by part, before any text is read out of them.

    (Plain slotted classes here and below: an attrs class costs more to define at import.)
    """

    __slots__ = ("body", "closers", "headline", "headline_done", "headline_in_text", "opener")

    def __init__(
        self,
        opener: Tag | None = None,
        body: list[Tag] | None = None,
        closers: list[Tag] | None = None,
        headline: list[Tag] | None = None,
        headline_done: bool = False,
        headline_in_text: bool = False,
    ) -> None:
        self.opener = opener  # the LEAD line; None for an unmarked piece
        self.body: list[Tag] = [] if body is None else body
        # authors, credit, signature, tail, byline
        self.closers: list[Tag] = [] if closers is None else closers
        self.headline: list[Tag] = [] if headline is None else headline
        self.headline_done = headline_done  # a headline was taken (or is known to be absent)
        self.headline_in_text = headline_in_text  # the headline was told from the body's lines

    @property
    def closed(self) -> bool:
        return bool(self.closers)

    def tags(self) -> list[Tag]:
        opener = [self.opener] if self.opener else []
        return sorted([*opener, *self.body, *self.closers, *self.headline],
                      key=lambda t: t.line.number)  # fmt: skip


class RawFragment:
    """Lines that are no article: a header, a column title, furniture."""

    __slots__ = ("kind", "orphan", "tags")

    def __init__(self, kind: FragmentKind, tags: list[Tag], orphan: str = "") -> None:
        self.kind = kind
        self.tags = tags
        self.orphan = orphan  # why the line could not be placed; "" for headers, decoration


class _State(enum.Enum):
    OUTSIDE = enum.auto()  # page start, after a column title or header
    BODY = enum.auto()  # inside an open piece
    CLOSED = enum.auto()  # a piece has its closing mark; its headline may follow


_OUTSIDE, _BODY, _CLOSED = _State.OUTSIDE, _State.BODY, _State.CLOSED


class _Assembler:
    """One pass over a page's tags; owns the pieces and fragments it builds."""

    def __init__(self, tags: Sequence[Tag]) -> None:
        self.tags = tags
        self.pieces: list[RawPiece] = []
        self.fragments: list[RawFragment] = []
        self.piece: RawPiece | None = None
        self.state = _OUTSIDE
        self._column_key: tuple[int, int] = (0, -1)  # piece and body length measured
        self._column_width = 0.0

    # -- helpers -------------------------------------------------------------------------
    def _fragment(self, kind: FragmentKind, tags: list[Tag], orphan: str = "") -> None:
        self.fragments.append(RawFragment(kind, tags, orphan))

    def _start(self, opener: Tag | None, first_body: Tag | None = None) -> None:
        self._close()
        self.piece = RawPiece(opener=opener, body=[first_body] if first_body else [])
        self.state = _CLOSED if opener is not None and opener.tail else _BODY

    def _close(self) -> None:
        if self.piece is not None:
            if not self.piece.headline_done:
                self._split_trailing_headline(self.piece)
            if self.pieces and _subhead_taken_for_title(self.pieces[-1], self.piece):
                _join_feature(self.pieces[-1], self.piece)
            else:
                self.pieces.append(self.piece)
        self.piece = None
        self.state = _OUTSIDE

    def _split_trailing_headline(self, piece: RawPiece, *, cued: bool = False) -> None:
        """Move the body's last lines into the headline when they read as one.

        They must stand apart (a blank line before them, vertical print), or, ``cued`` by
        a byline printed under them, follow a finished sentence.
        """
        body = piece.body
        start = len(body)
        while start > 0 and not body[start - 1].line.ends_sentence and (
            body[start - 1].role in (_TEXT, _SINGLE)
        ):
            start -= 1
        trailing = body[start:]
        piece.headline_done = True
        keeps_body = start > 0 or piece.opener is not None  # a headline needs a body to head
        if trailing and keeps_body and headline_like(trailing) and not is_subhead(trailing) and (
            trailing[0].line.after_blank or is_vertical(trailing) or (cued and start > 0)
        ):
            piece.headline = trailing
            del body[start:]

    def _block(self, index: int) -> list[int]:
        """Indices of the run of lines from index: to a blank, or a vertical run."""
        tags = self.tags
        if tags[index].role is _SINGLE:
            run, k = [], index
            while k < len(tags) and tags[k].role in (_SINGLE, _BLANK):
                last = k + 1 >= len(tags) or tags[k + 1].role is _BLANK
                if tags[k].role is _BLANK and last:  # two blanks end a vertical run
                    break
                if tags[k].role is _SINGLE:
                    run.append(k)
                k += 1
            return run
        run, k = [], index
        # Callers only ask whether the run reads as a headline: one line more than a headline
        # can have answers that, and keeps a page of unbroken text linear, not quadratic.
        while k < len(tags) and len(run) <= MAX_HEADLINE_LINES and (
            tags[k].role in _BLOCK_LINES
        ):
            run.append(k)
            k += 1
            if tags[k - 1].role is _TAIL:
                break
        return run

    def _runs_on(self, block: Sequence[int]) -> bool:
        """A block cut from running text by a column break: its lines fill the column, and
        the sentence goes on in the text line after the blank (which opens no new piece)."""
        last = self.tags[block[-1]]
        following = self._next_content(block[-1] + 1)
        if following is None or last.line.ends_sentence:
            return False
        next_tag = self.tags[following]
        if next_tag.role not in (_TEXT, _TAIL) or opens_with_date(next_tag.line.text):
            return False
        if PICTURE_NUMBER.match(next_tag.line.compact):
            return False  # 图① …: a caption opens an item of its own
        if next_tag.line.compact[0] in _CONTINUES:
            return True  # ，…: no line of a new piece opens on closing punctuation
        width = next_tag.line.width
        return width > 1 and all(abs(self.tags[k].line.width - width) <= 0.5 for k in block)

    def _next_content(self, index: int) -> int | None:
        for k in range(index, len(self.tags)):
            if self.tags[k].role is not _BLANK:
                return k
        return None

    # -- the machine ---------------------------------------------------------------------
    def run(self) -> tuple[list[RawPiece], list[RawFragment]]:
        """Step through the lines that need a decision; take the running text between them
        into the open piece's body a slice at a time.

        Most lines are running text no title block can start at (it ends a sentence, or no
        blank line stands before it): inside a piece, `_in_body` would only append one. The
        other lines, the stops, are found in one pass before the machine runs.
        """
        tags, end, text = self.tags, len(self.tags), _TEXT
        stops = [
            k for k, tag in enumerate(tags)
            if tag.role is not text or (tag.line.after_blank and not tag.line.ends_sentence)
        ]  # fmt: skip
        stops.append(end)
        index = 0
        for stop in stops:  # (the last is the page's end)
            if index < stop:  # running text up to the stop
                while index < stop and self.state is not _BODY:
                    index = self._step(index)
                if index < stop:
                    assert self.piece is not None
                    self.piece.body.extend(tags[index:stop])
                    index = stop
            if index != stop or stop == end:
                continue  # (_step went on past the stop)
            role = tags[index].role
            if role is _BLANK:
                index += 1
            elif role is text and self.state is _BODY:
                index = self._in_body(index)  # (what _step would do with it)
            else:
                index = self._step(index)
        self._close()
        return self.pieces, self.fragments

    def _step(self, index: int) -> int:
        tag = self.tags[index]
        role = tag.role
        if role is _BLANK:
            return index + 1
        if role in HEADER_ROLES:
            self._close()
            self._fragment(FragmentKind.HEADER, [tag])
            return index + 1
        if role is _GARBAGE:
            self._fragment(FragmentKind.FURNITURE, [tag])
            return index + 1
        if role is _LEAD:
            self._start(tag)
            return index + 1
        if role is _COLUMN and self._column_allowed(index):
            self._close()
            self._fragment(FragmentKind.COLUMN, [tag])
            return index + 1
        if self.state is _BODY:
            return self._in_body(index)
        return self._between(index)

    def _column_allowed(self, index: int) -> bool:
        """Inside a piece, a letter-spaced line is a title only after a finished sentence
        and before a blank line or a lead; otherwise it is a justified body line."""
        piece = self.piece
        last = (piece.body[-1] if piece.body else piece.opener) if piece else None
        if self.state is not _BODY or last is None:
            return True
        following = self.tags[index + 1] if index + 1 < len(self.tags) else None
        stands_apart = following is None or following.role in (_BLANK, _LEAD)
        return stands_apart and last.ends_sentence

    def _in_body(self, index: int) -> int:
        piece = self.piece
        assert piece is not None
        tag = self.tags[index]
        if tag.role in _TITLE_STARTS and not tag.line.ends_sentence and (
            tag.line.after_blank or tag.role is _SINGLE  # vertical print stands apart
        ):
            block = self._title_block(piece, index)
            if block:
                piece.headline = [self.tags[k] for k in block]
                piece.headline_done = piece.headline_in_text = True
                self.state = _CLOSED
                return block[-1] + 1
        if tag.role is _TEXT:  # most lines: nothing to decide
            piece.body.append(tag)
            return index + 1
        last = piece.body[-1] if piece.body else piece.opener
        if tag.role is _AUTHORS and (last is None or last.ends_sentence):
            piece.closers.append(tag)
        elif tag.role is _CREDIT:
            while index < len(self.tags) and self.tags[index].role in (_CREDIT, _BLANK):
                if self.tags[index].role is _CREDIT:
                    piece.closers.append(self.tags[index])
                index += 1
            self.state = _CLOSED
            return index
        elif tag.role is _TAIL:
            piece.closers.append(tag)
        elif tag.role is _SIGNATURE or tag.role is _BYLINE:
            self._split_trailing_headline(piece, cued=True)
            piece.closers.append(tag)
        else:
            piece.body.append(tag)
            return index + 1
        self.state = _CLOSED
        return index + 1

    def _byline_opens(self, index: int) -> bool:
        """A byline followed by running text opens a feature (headline, byline, body)."""
        following = self._next_content(index + 1)
        if following is None or self.tags[following].role is not _TEXT:
            return False
        return not headline_like([self.tags[k] for k in self._block(following)])

    def _title_block(self, piece: RawPiece, index: int) -> list[int]:
        """The title block that starts at index and ends the open piece, or [].

        After a finished sentence, a headline-like block with a title's cues (see
        `ends_piece`) set apart from what follows (a blank line, a lead, a byline, the
        page's end). A block that runs straight into the next piece's text must stand out
        of the column in every line, or end in a ``——`` subtitle. A subhead, or a block
        cut from running text by a column break, stays body.
        """
        last = piece.body[-1] if piece.body else piece.opener
        tags = self.tags
        if tags[index].role is _SINGLE:  # vertical print is a title even after a
            run = self._block(index)  # line that ends no sentence (a letter's signature)
            opened = last is not None or piece.closed
            return run if opened and is_vertical([tags[k] for k in run]) else []
        if not piece.closers and (last is None or not _finished(last)):
            return []  # (not piece.closed: a property costs a call)
        # A block longer than a headline can be would fail `headline_like` below: the run
        # stops there. (No cue is lost: a shorter block than the whole run has none.)
        end = self._title_run(index, index + headline_reach(tags[index:index + MAX_HEADLINE_LINES]))
        column = -1.0  # the body's column width, measured when a rule needs it
        for after in range(end, index, -1):  # the block index:after, the longest first
            set_apart = after >= len(tags) or tags[after].role in _SET_APART_BY
            if not set_apart and tags[after].role not in _RUNNING:
                continue
            # A cue counts only for a block that runs into the text after it, and only the
            # whole run can have one: inside it no line opens a piece or follows a ``——``
            # subtitle (`_title_run` stops there).
            cued = not set_apart and after == end and self._cued(piece, index, end)
            if not set_apart and not cued:
                # The block's last line and the next are as wide as each other, lines of
                # one paragraph (which differ by MIN_SLACK at most), unless the last is
                # wider by a character with no punctuation hanging: of no column the next
                # line fills. Then the next piece's first line goes on like the one after it.
                line, next_line = tags[after - 1].line, tags[after].line
                wider = line.width - next_line.width
                if abs(wider) <= MIN_SLACK and (wider < 1 or line.compact[-1:] in _CONTINUES):
                    continue  # (inline: the test most blocks end at)
            block, lines = range(index, after), tags[index:after]
            if not set_apart and not cued:
                column = self._column(piece) if column < 0 else column
                if not (
                    stands_out(lines, column)
                    or (
                        (_comma_free(lines) or not self._indented_first(after - 1, after))
                        and self._other_column(after, column)  # (the costlier test last)
                    )
                ):
                    continue
            if not set_apart and is_subhead(lines):
                continue  # (after the width tests above: they are cheaper, and skip most runs)
            if not headline_like(lines):
                continue
            if not set_apart:  # runs straight into the next piece's text, or is a subhead
                subhead = len(lines) == 1 and not cued and (
                    is_short_subhead(lines) or _holds_subheads(piece, column)
                )
                if subhead:
                    continue
                return list(block)
            following = self._next_content(after)
            running = following is not None and tags[following].role in _RUNNING and (
                not PICTURE_NUMBER.match(tags[following].line.compact)
            )  # 图① …: a caption opens an item of its own
            if running and following is not None and self._opens_next(block, following):
                continue  # its last line is the next piece's first, a column break after it
            column = self._column(piece) if column < 0 else column
            if running and self._runs_on(block) and all(fills(t, column) for t in lines):
                return []  # (a block not as wide as the body's column is none of its lines)
            if running and following is not None and self._other_column(following, column):
                running = False  # the text after the blank is set in another column width
            if running and len(lines) == 1 and _holds_subheads(piece, column):
                return []  # one more of the feature's 小标题 (创业 … 小平房里创刊)
            return list(block) if ends_piece(lines, column, running) else []
        return []

    def _cued(self, piece: RawPiece, index: int, end: int) -> bool:
        """The title run index:end, running into the text after it, shows a title's cue:
        the next line opens a piece, with its date (``5月4日上午，…``) or a ``（上接一版）``
        mark, after comma-free lines (the title above it); or the run ends in a ``——``
        subtitle that does not run on as body."""
        tags = self.tags
        lines = tags[index:end]
        if _opens_piece(tags[end].line.compact) and _comma_free(lines):
            return True
        return SUBTITLE.match(lines[-1].line.compact) is not None and (
            not self._runs_as_body(piece, range(index, end))
        )

    def _opens_next(self, block: Sequence[int], following: int) -> bool:
        """The block's last line is as wide as the text after the blank and the line above
        it is not: a column break cut the next piece's first line from the rest (which
        then goes on mid-sentence, not with a date opening one)."""
        next_line = self.tags[following].line
        if len(block) < 2 or opens_with_date(next_line.compact):
            return False
        last, above = self.tags[block[-1]].line, self.tags[block[-2]].line
        width = next_line.width
        return abs(last.width - width) <= OVER_SLACK and abs(above.width - width) > MIN_SLACK

    def _runs_as_body(self, piece: RawPiece, block: Sequence[int]) -> bool:
        """A ``——`` line running straight on into text that opens no item (no 图①), after
        lines that fill the body's column (a title's lines are as long as the title), or
        itself filling it with a comma: a paragraph's lines (``——修好水渠，引来清泉，灌``),
        not a subtitle."""
        line, following = self.tags[block[-1]], self.tags[block[-1] + 1].line.compact
        if PICTURE_NUMBER.match(following):
            return False
        column = self._column(piece)
        above = [self.tags[k] for k in block[:-1]]
        if len(above) >= 2 and all(fills(t, column) for t in above):
            return True  # (one title line may fill it by chance; two hardly do)
        return not CLAUSE_BREAKS.isdisjoint(line.line.compact) and fills(line, column)

    def _other_column(self, index: int, column: float) -> bool:
        """The running text from index is set in a width other than the piece's column:
        its first full lines (no sentence ending them, no punctuation hanging) all differ
        from the column by a character or more, so no column break of this piece cut it.
        One such line suffices when it is wider than any line of the column can be."""
        tags, text = self.tags, _TEXT
        widths: list[float] = []
        for k in range(index, min(index + _OTHER_SAMPLE + 1, len(tags) - 1)):
            tag = tags[k]
            if tag.role is not text or tags[k + 1].role is not text:
                break
            line = tag.line
            if not line.ends_sentence and line.compact[-1:] not in _CONTINUES and (
                not line.letter_spaced  # (a property: last)
            ):
                widths.append(line.width)
        if column <= 0 or not widths:
            return False
        if len(widths) == 1:
            return widths[0] > column + column_slack(column)
        return min(widths) >= column + 1 or max(widths) <= column - 1

    def _indented_first(self, k: int, following: int) -> bool:
        """Line k, with a comma, could open the paragraph that goes on in the following
        line: it fills that line's width but for a paragraph's indent (the extractor
        drops the two spaces), as ``会上，设计单位就…`` does."""
        return fills(self.tags[k], self.tags[following].line.width, first=True)

    def _column(self, piece: RawPiece) -> float:
        """The column width of the piece's body, measured on its last lines (a piece is set
        in one column width), once per body length."""
        key = (id(piece), len(piece.body))
        if self._column_key != key:
            self._column_key = key
            self._column_width = column_width(piece.body[-_COLUMN_SAMPLE:])
        return self._column_width

    def _title_run(self, index: int, reach: int) -> int:
        """The end of the lines from index, up to reach, that a title block may hold:
        unfinished, up to a blank line or a ``——`` subtitle (which ends a title block), at
        most a title block's lines. (Attribute tests first, the patterns last.)"""
        tags = self.tags
        k, end = index, min(len(tags), reach)
        while k < end:
            tag = tags[k]
            line = tag.line
            if tag.role not in _TITLE_LINES or line.ends_sentence or line.width > _MAX_TITLE_LINE:
                break
            cue = _CUE_START.match(line.compact) is not None  # (one pattern for two tests)
            if k > index and (line.after_blank or (cue and _opens_piece(line.compact))):
                break  # (a line that opens a piece is the next piece's first, not a title's)
            k += 1
            if cue and SUBTITLE.match(line.compact):
                break
        return k

    def _open_feature(self, index: int, headline: list[Tag]) -> int:
        """Start a feature at its byline, with the headline printed above it."""
        self._close()
        self.piece = RawPiece(closers=[self.tags[index]], headline=headline, headline_done=True)
        self.state = _BODY
        return index + 1

    def _between(self, index: int) -> int:
        tag = self.tags[index]
        piece = self.piece if self.state is _CLOSED else None
        if tag.role in CLOSING_ROLES or tag.role is _BYLINE:
            return self._stray_closer(index, piece)
        if piece is not None and _lacks_subtitle(piece) and is_subtitle([tag]) and (
            headline_like([tag])
        ):  # a ——subtitle a blank cut from its title, running straight into the next piece
            piece.headline.append(tag)
            return index + 1
        block = self._block(index)
        tags = [self.tags[k] for k in block]
        reads_as_headline = headline_like(tags) and not self._runs_on(block)
        if piece is not None and not reads_as_headline and _title_may_follow(piece):
            title = self._title_block(piece, index)  # a title running straight into the next piece
            if title and title[-1] < block[-1]:
                if piece.headline_done:  # the letter's signature was taken for its title
                    piece.body.extend(piece.headline)
                    piece.body.sort(key=_line_number)
                piece.headline = [self.tags[k] for k in title]
                piece.headline_done = True
                return title[-1] + 1
        after = self._next_content(block[-1] + 1)
        if piece is None and after is not None and self.tags[after].role is _BYLINE and (
            reads_as_headline and self._byline_opens(after)
        ):  # no piece above: the title block heads the feature after it
            return self._open_feature(after, tags)
        if reads_as_headline or all(t.role is _SINGLE for t in tags):
            if piece is not None and not piece.headline_done and reads_as_headline and not (
                _photo_item(piece) and after is not None and self.tags[after].role in _RUNNING
            ):  # (a photo prints no title: a short line and text after it open a piece)
                piece.headline = tags
                piece.headline_done = True
            elif piece is not None and _lacks_subtitle(piece) and is_subtitle(tags):
                piece.headline.extend(tags)
            elif piece is not None and piece.headline_in_text and not piece.closers and (
                not is_vertical(tags) and not is_subhead(tags) and _letter_close(piece)
            ):  # two title blocks in a row: the first was the body's last lines (a letter's
                piece.body.extend(piece.headline)  # signature and date), the second heads it
                piece.body.sort(key=_line_number)
                piece.headline = tags
            elif after is not None and self.tags[after].role in _RUNNING and (
                piece is not None or not headline_like([self.tags[k] for k in self._block(after)])
            ):  # a piece whose first lines a column break set apart (labels stay apart)
                self._start(None, tag)
                return index + 1
            else:
                self._furniture(tags)
            return block[-1] + 1
        if piece is not None and not piece.closers and is_date_line(tags):
            piece.body.extend(tags)  # a letter's date after its signature, taken for a title
            return block[-1] + 1
        self._start(None, tag)
        return index + 1

    def _stray_closer(self, index: int, piece: RawPiece | None) -> int:
        tag = self.tags[index]
        if tag.role in _TITLE_CREDITS and piece is not None and not _has_byline(piece):
            piece.closers.append(tag)  # printed under the headline of the piece above
            return index + 1
        if tag.role is _BYLINE and self._byline_opens(index):
            return self._open_feature(index, [])  # opens the page: the piece after it
        if tag.role is _TAIL:  # a one-line piece: text and its closing mark
            self._close()
            self.piece = RawPiece(closers=[tag])
            self.state = _CLOSED
            return index + 1
        if piece is not None and not piece.headline:
            piece.closers.append(tag)
        else:
            self._fragment(FragmentKind.FURNITURE, [tag], _STRAY_CLOSER)
        return index + 1

    def _furniture(self, tags: Sequence[Tag]) -> None:
        """Headline-like lines no piece takes: labels stay quiet, longer text is an orphan."""
        if is_vertical(tags):
            why = "a vertical headline with no piece to head"
        elif any(t.line.width > _MAX_LABEL_CHARS for t in tags):
            why = "headline-like text with no piece to head"
        else:
            why = ""  # a short label (微信公众号) or one or two stray characters
        for one in tags:
            self._fragment(FragmentKind.FURNITURE, [one], why)


def _line_number(tag: Tag) -> int:
    return tag.line.number


def _subhead_taken_for_title(above: RawPiece, piece: RawPiece) -> bool:
    """A feature's subhead read as the title of the text above it: that text has no lead
    and no credit, its "title" is one plain line no wider than its column, and the unmarked
    text after it, set in the same column, ends in a title block with the feature's byline."""
    title = above.headline
    if above.opener is not None or above.closers or not above.headline_in_text:
        return False
    if len(title) != 1 or is_subtitle(title) or not piece.body or piece.opener is not None:
        return False
    if not (piece.headline and _has_byline(piece)) or not above.body:
        return False
    column = column_width(above.body[-_COLUMN_SAMPLE:])
    slack = column_slack(column)
    if title[0].line.width > column + slack:
        return False  # a subhead is set in the column; a title may span several
    full = [t for t in piece.body[:_COLUMN_SAMPLE] if not t.ends_sentence]
    if not full:  # paragraphs of one line each: no wider than the column
        return all(t.line.width <= column + slack for t in piece.body)
    return abs(column_width(full) - column) <= slack


def _join_feature(above: RawPiece, piece: RawPiece) -> None:
    """The text above, its subhead and the piece after them are one feature."""
    above.body.extend([*above.headline, *piece.body])
    above.headline, above.closers = piece.headline, piece.closers
    above.headline_in_text = piece.headline_in_text


def _title_may_follow(piece: RawPiece) -> bool:
    """A closed piece whose title may still come: a dateline story without one yet, or a
    letter whose signature and date were taken for a title."""
    if not piece.headline_done:
        return piece.opener is not None and is_dateline(lead_text(piece.opener.line))
    return piece.headline_in_text and not piece.closers and _letter_close(piece)


def _photo_item(piece: RawPiece) -> bool:
    """A picture's caption closed by its credit, with no lead."""
    return piece.opener is None and bool(piece.closers) and all(t.photo for t in piece.closers)


def _finished(tag: Tag) -> bool:
    """The line ends a sentence, or is a letter's closing date (``2024年5月1日``)."""
    return tag.ends_sentence or is_date_line([tag])


def _holds_subheads(piece: RawPiece, column: float) -> bool:
    """The body already holds a subhead: a short, comma-free headline-like line after a
    finished sentence (or opening the piece) that ends none itself, where only a
    paragraph's last line, which does end one, falls short of the column."""
    body = piece.body
    for k in range(len(body) - 1):
        tag, above = body[k], body[k - 1] if k else piece.opener
        if tag.ends_sentence or fills(tag, column) or (above is not None and not _finished(above)):
            continue
        if is_date_line(body[k + 1 : k + 2]):
            continue  # (a letter's signature over its date is no subhead)
        if _comma_free([tag]) and headline_like([tag]):
            return True
    return False


def _opens_piece(text: str) -> bool:
    """近日，… or （上接一版）…: a line a piece's text opens with, never a title's."""
    return _CUE_START.match(text) is not None and (  # (one pattern rules out both)
        opens_with_date(text) or CONTINUED_FROM.match(text) is not None
    )


def _comma_free(lines: Sequence[Tag]) -> bool:
    """No ，or ； in the lines: a title's, where running text's first line often has one."""
    return CLAUSE_BREAKS.isdisjoint(compact(lines))  # (tested in C, not per character)


def _lacks_subtitle(piece: RawPiece) -> bool:
    """The piece has a headline and no ``——`` subtitle under it yet."""
    return bool(piece.headline) and not any(is_subtitle([t]) for t in piece.headline)


def _letter_close(piece: RawPiece) -> bool:
    """The piece's headline is a letter's signature (``某村 周某某``) over its date
    (``2024年5月1日``), taken for a title: no vertical print, no ``——`` subtitle, and a
    line that is only a date in it or printed right under it (kept in the body)."""
    headline = piece.headline
    if is_vertical(headline) or any(is_subtitle([t]) for t in headline):
        return False
    dated_under = bool(piece.body) and piece.body[-1].line.number > headline[-1].line.number
    return any(is_date_line([t]) for t in headline) or (
        dated_under and is_date_line(piece.body[-1:])
    )


def _has_byline(piece: RawPiece) -> bool:
    return any(t.role in _TITLE_CREDITS for t in piece.closers)


def assemble(tags: Sequence[Tag]) -> tuple[list[RawPiece], list[RawFragment]]:
    """Pieces and fragments of one page; every non-blank tag lands in exactly one."""
    return _Assembler(tags).run() if tags else ([], [])
