"""Give every line a role with an ordered table of small rules (first match wins).

Each rule lives in the module of its convention, which also reads what the line says
(`_header`, `_datelines`, `_closers`, `_bylines`, `_columns`, `_headlines`); this module
only orders them. Rules see one line and, where the paper's layout needs it, its
neighbours. What a line *means* in context (headline or body) is decided later by the
assembler.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from itertools import compress, count
from operator import not_
from typing import Final

from jzdaily._bylines import byline, titled_byline
from jzdaily._closers import (
    CLOSER_ENDS,
    closing_end,
    closing_start,
    may_finish_closer,
    signature,
    tail,
    whole_line_closer,
)
from jzdaily._columns import column
from jzdaily._datelines import lead
from jzdaily._header import page_line, paper, staff
from jzdaily._headlines import single
from jzdaily._lazy import LazyPattern
from jzdaily._names import parse_credits
from jzdaily._tags import CLOSING_ROLES, HEADER_ROLES, Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import (
    ALL_ROLES,
    AUTHOR_ROLES,
    BRIEF_MARKERS,
    PAPER_NAMES,
    PHOTO_ARROWS,
    SIGNATURE_MARKERS,
    SOURCES,
    alternation,
)

__all__ = ["CLOSING_ROLES", "HEADER_ROLES", "RULES", "Role", "Tag", "classify"]

DECORATION: Final = LazyPattern(r"^[★☆◆◇■□●○※◎▪▫♦•*#=~_—\-\s]{3,}$")

Rule = Callable[[Sequence[Line], int], "Tag | None"]


def _debris(lines: Sequence[Line], i: int) -> Tag | None:
    """A line of NULs, BOMs or zero-width spaces: no text, but a line the page must own."""
    return Tag(lines[i], Role.GARBAGE) if not lines[i].text else None


def _garbage(lines: Sequence[Line], i: int) -> Tag | None:
    """Doubled characters from bold text (工工业业) and rows of decoration (★★★)."""
    text = lines[i].text
    if len(text) < 3 or (text[0] != text[1] and not DECORATION.match(text)):
        return None
    text = lines[i].compact
    doubled = len(text) >= 4 and len(text) % 2 == 0 and all(
        text[k] == text[k + 1] for k in range(0, len(text), 2)
    )
    return Tag(lines[i], Role.GARBAGE) if doubled or DECORATION.match(text) else None


def _one_of(chars: str) -> str:
    """A regex class of the characters."""
    return "[" + "".join(map(re.escape, sorted(set(chars)))) + "]"


def _opens_on(words: Sequence[str]) -> str:
    """A cue for a rule that reads the line's de-spaced text (``compact``) from its start
    for one of the words: the text opens with a word, or with a word's first character and
    has a space somewhere (``本 报 讯``: without one, the text is its de-spaced text)."""
    return (
        f"(?={_one_of(''.join(word[0] for word in words))})"
        f"(?:{alternation(words)}|\\S*\\s)"
    )


# A cue that reads the line's last character looks back from the start: the combined
# pattern reads the text with its last character put before it (`cues`), so no cue scans
# to the end of the line to test one character.
_CLOSER_LAST: Final = f"(?<={_one_of(''.join(CLOSER_ENDS))})"  # ends on a closing mark's end

# The rules in order, each with its cue: a regex that matches at the start of the line's
# text whenever the rule may take the line (a necessary condition, never sufficient; None:
# the rule looks at the next line, see `_closer_follows`); a lookbehind at the start reads
# the line's last character (`cues`). One combined pattern reads every
# cue of a line in one match, so a line runs only the rules it shows a cue for;
# tests/test_classify.py checks that no rule takes a line without its cue.
TABLE: Final[tuple[tuple[Rule, str | None], ...]] = (
    (_debris, "$"),  # first: every later rule may read the line's first character
    (page_line, "[^年]*年"),
    (paper, "[A-Z]|(?:" + alternation(PAPER_NAMES) + ")$"),
    (staff, "[^：]*：|[^:]*:"),  # (one character each: a class of two scans slower)
    (_garbage, "(?P<_first>.)(?P=_first)|" + _one_of("★☆◆◇■□●○※◎▪▫♦•*#=~_—-")),
    (lead, _one_of("（(" + "".join(BRIEF_MARKERS) + "".join(PHOTO_ARROWS))
     + "|" + _opens_on(SOURCES)),
    (signature, _one_of("".join(SIGNATURE_MARKERS))),
    (closing_end, _CLOSER_LAST),
    (closing_start, None),
    (whole_line_closer, "[（(]|(?<=摄)"),
    # before column: a letter-spaced 本 报 记 者 甲 乙 is a byline, not a title
    (byline, _opens_on((*ALL_ROLES, *AUTHOR_ROLES))),
    (column, "[\u4e00-\u9fff][ \u3000]"),
    # a space or a closing bracket, 30 characters at most, and the office (or the name
    # before a bracketed standing) a run of Han characters and brackets from the start
    (titled_byline, "(?:(?<=[）)])|(?=[^ ]* ))(?!.{31})[\u4e00-\u9fff（）()]+[\\s（(]"),
    (single, ".$"),
    (tail, _CLOSER_LAST),
)  # fmt: skip
RULES: Final[tuple[Rule, ...]] = tuple(rule for rule, _ in TABLE)
_CUE_NAMES: Final = tuple(f"cue{k}" for k in range(len(TABLE)))
# (Matched from position 1 of the text put behind its last character: see `cues`. Each cue
# is a branch with an empty alternative, not an optional group: ``(?:…)?`` of a group runs
# the general repeat, a third slower here.)
CUES: Final = LazyPattern("".join(
    f"(?:(?={cue})(?P<{name}>)|)" if cue is not None else f"(?P<{name}>)"
    for name, (_, cue) in zip(_CUE_NAMES, TABLE, strict=True)
))  # fmt: skip


def cues(text: str) -> re.Match[str]:
    """The cues the line's text shows: `CUES` matched from position 1 of the text with its
    last character put before it (a lookbehind there reads the last character; an empty
    text is matched from 0, where no lookbehind reads a character)."""
    match = CUES.match(text[-1:] + text, 1)
    assert match is not None  # every cue is optional: the pattern matches every text
    return match


# What a line must show for some rule above to take it. A line showing none of it (most
# body lines) is TEXT without running the table; tests/test_classify.py checks the two agree.
_FIRST_CHARS: Final = frozenset(
    "（(" + "".join(BRIEF_MARKERS) + "".join(PHOTO_ARROWS) + "".join(SIGNATURE_MARKERS)
    + "★☆◆◇■□●○※◎▪▫♦•*#=~_—-" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)  # fmt: skip
# A byline's role word (本报记者, 作者), a dateline's source (本报, 新华社): the line's text
# is its de-spaced text (no space in it), which the byline and lead rules read.
_FIRST_WORDS: Final = (*ALL_ROLES, *AUTHOR_ROLES, *SOURCES)
_LAST_ENDS: Final = tuple(CLOSER_ENDS)  # (for str.endswith)
# The characters ``\s`` matches (``str.isspace``), listed for a regex class: a listed class
# is tested faster than the category (tests/test_classify.py checks the list).
_SPACES: Final = r"\t-\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_NOT_IN_PLAIN: Final = _SPACES + "：:"  # a space (letter-spacing, names), a header field
# A page line's date (2023年3月7日, spaceless here): a 年 after four digits, before a month.
# Looked for from each 年 in turn (one way to reach each: no backtracking blow-up); a line
# without 年, most lines, pays one fast scan for the character and nothing more.
_PAGE_YEAR: Final = r"(?:[^年]*年)+?(?<=\d{4}年)\d{1,2}月"
# Two characters at least, the first no marker, role word or source and not doubled
# (工工业业), the last no closing mark's, not the paper's name, no space, no header field's
# colon, no page date: one regex call instead of a dozen tests. (The words are tried only
# after their first characters; the page date is a lookahead, not a branch around the
# character-class repeat: a branch costs every line a saved state.)
_PLAIN_TEXT: Final = LazyPattern(
    f"^(?!{_one_of(''.join(_FIRST_CHARS) + '：:年')}"
    f"|(?={_one_of(''.join(word[0] for word in _FIRST_WORDS))})(?:{alternation(_FIRST_WORDS)}))"
    f"(?!(?:{alternation(PAPER_NAMES)})$)(?P<first>.)(?!(?P=first))(?=.)"
    f"(?!{_PAGE_YEAR})[^{_NOT_IN_PLAIN}]*(?<!{_one_of(''.join(CLOSER_ENDS))})$"
)


def _plain(lines: Sequence[Line], i: int) -> bool:
    """No rule can take the line: no marker, bracket, role word or closing mark, no space,
    no header fact, and no closing mark can begin here (`_closer_follows`)."""
    return _PLAIN_TEXT.match(lines[i].text) is not None and not _closer_follows(lines, i)


def _closer_follows(lines: Sequence[Line], i: int) -> bool:
    """`closing_start`'s test of the lines around: the line ends no sentence, and the next
    text line (one blank may part them) may finish a byline or credit begun on it."""
    if lines[i].ends_sentence:
        return False
    for k in (i + 1, i + 2):
        if k < len(lines) and not lines[k].blank:
            return may_finish_closer(lines[k])
    return False


def _closers_follow(lines: Sequence[Line], ends: list[int]) -> set[int]:
    """The lines `_closer_follows` is true for, found from ``ends``, the few lines that end
    on a closing mark's last character (each is the next text line of the line above it,
    and of the one above a blank line above it), instead of a call per line."""
    follows = set()
    for k in ends:
        if not may_finish_closer(lines[k]):
            continue
        for i in (k - 1, k - 2) if k >= 2 and lines[k - 1].blank else (k - 1,):
            if i >= 0 and not lines[i].ends_sentence:
                follows.add(i)
    return follows


# The rules a line showing these cues may run, in table order, each with whether it also
# needs `_closer_follows`; remembered per the cue groups a line's CUES match gives. A line
# shows one of a few dozen combinations, so it walks its ≈ 3 rules, not the table's 15 rows.
@functools.cache
def _rules_shown(shown: tuple[str | None, ...]) -> tuple[tuple[Rule, bool], ...]:
    return tuple(
        (rule, cue is None) for (rule, cue), seen in zip(TABLE, shown, strict=True)
        if seen is not None
    )  # fmt: skip


@functools.cache
def _cue_groups() -> tuple[int, ...]:
    """The numbers of the cue groups in `CUES` (read by number: a name is looked up first)."""
    return tuple(CUES.groupindex[name] for name in _CUE_NAMES)


def _take(
    lines: Sequence[Line], i: int, closer_follows: bool, groups: tuple[int, ...]
) -> Tag | None:
    """The first rule of the table that takes the line, trying only the rules it has a cue
    for (`closing_start` only where `_closer_follows`); ``groups`` are `_cue_groups`."""
    for rule, needs_closer in _rules_shown(cues(lines[i].text).group(*groups)):
        if needs_closer and not closer_follows:
            continue
        tag = rule(lines, i)
        if tag is not None:
            return tag
    return None


def _blank_or_text(lines: Sequence[Line]) -> list[Tag]:
    """A BLANK or TEXT tag for each line, its fields set in one loop: calling `Tag`'s
    constructor for each of a page's lines costs a third more."""
    blank, text = Role.BLANK, Role.TEXT  # (an enum member is slow to look up, a local fast)
    new = object.__new__
    tags = []
    for line in lines:
        tag = new(Tag)
        tag.line = line
        tag.role = blank if line.blank else text
        tag.head = tag.tail = ""
        tag.credit = None
        tag.continued = False
        tags.append(tag)
    return tags


def classify(lines: Sequence[Line]) -> list[Tag]:
    """One tag per input line, in order.

    Every line is first tagged BLANK or TEXT (`_blank_or_text`); the table then runs only
    for the lines `_plain` leaves open, found for all lines at once: `_PLAIN_TEXT` mapped
    over the texts, `_closers_follow` from the few lines that end on a closing mark's last
    character (looked for among the lines the guard leaves open: it leaves every such line).
    """
    parse_credits.cache_clear()  # read each credit once per input, remembered for no longer
    texts = [line.text for line in lines]
    tags = _blank_or_text(lines)
    plain = list(map(_PLAIN_TEXT.match, texts))
    shown = [i for i in compress(count(), map(not_, plain)) if not lines[i].blank]
    # (A line ending on a closing mark's last character is never plain: look among these.)
    follows = _closers_follow(lines, [k for k in shown if texts[k].endswith(_LAST_ENDS)])
    shown += [i for i in follows if plain[i] is not None]  # (the others are in already)
    groups = _cue_groups()
    for i in shown:
        tag = _take(lines, i, i in follows, groups)
        if tag is not None:
            tags[i] = tag
    return tags
