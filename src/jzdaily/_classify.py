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
from typing import Final

from jzdaily._bylines import byline, titled_byline
from jzdaily._closers import closing_end, closing_start, signature, tail, whole_line_closer
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


_ROLE_FIRSTS: Final = "".join(word[0] for word in (*ALL_ROLES, *AUTHOR_ROLES))
_CLOSER_LAST: Final = r"[^\n]*[）)摄]$"  # ends on the last character of a closing mark

# The rules in order, each with its cue: a regex that matches at the start of the line's
# text whenever the rule may take the line (a necessary condition, never sufficient; None:
# the rule looks at the next line, see `_closer_follows`). One combined pattern reads every
# cue of a line in one match, so a line runs only the rules it shows a cue for;
# tests/test_classify.py checks that no rule takes a line without its cue.
TABLE: Final[tuple[tuple[Rule, str | None], ...]] = (
    (_debris, "$"),  # first: every later rule may read the line's first character
    (page_line, "[^年]*年"),
    (paper, "[A-Z]|(?:" + alternation(PAPER_NAMES) + ")$"),
    (staff, "[^：:]*[：:]"),
    (_garbage, "(?P<_first>.)(?P=_first)|" + _one_of("★☆◆◇■□●○※◎▪▫♦•*#=~_—-")),
    (lead, _one_of("（(" + "".join(BRIEF_MARKERS) + "".join(PHOTO_ARROWS)
                   + "".join(source[0] for source in SOURCES))),
    (signature, _one_of("".join(SIGNATURE_MARKERS))),
    (closing_end, _CLOSER_LAST),
    (closing_start, None),
    (whole_line_closer, "[（(]|[^\n]*摄$"),
    # before column: a letter-spaced 本 报 记 者 甲 乙 is a byline, not a title
    (byline, _one_of(_ROLE_FIRSTS)),
    (column, "[\u4e00-\u9fff][ \u3000]"),
    (titled_byline, "[^ ]* |[^\n]*[）)]$"),
    (single, ".$"),
    (tail, _CLOSER_LAST),
)  # fmt: skip
RULES: Final[tuple[Rule, ...]] = tuple(rule for rule, _ in TABLE)
_CUE_NAMES: Final = tuple(f"cue{k}" for k in range(len(TABLE)))
CUES: Final = LazyPattern("^" + "".join(
    f"(?:(?={cue})(?P<{name}>))?" if cue is not None else f"(?P<{name}>)"
    for name, (_, cue) in zip(_CUE_NAMES, TABLE, strict=True)
))  # fmt: skip


# What a line must show for some rule above to take it. A line showing none of it (most
# body lines) is TEXT without running the table; tests/test_classify.py checks the two agree.
_FIRST_CHARS: Final = frozenset(
    "（(" + "".join(BRIEF_MARKERS) + "".join(PHOTO_ARROWS) + "".join(SIGNATURE_MARKERS)
    + "★☆◆◇■□●○※◎▪▫♦•*#=~_—-" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + "".join(word[0] for word in (*ALL_ROLES, *AUTHOR_ROLES, *SOURCES))
)  # fmt: skip
_LAST_CHARS: Final = frozenset("）)摄")
_NOT_IN_PLAIN: Final = " ：:年"  # a space (letter-spacing, names), a header field, a date
# Two characters at least, the first no marker and not doubled (工工业业), the last no
# closing mark's, none of _NOT_IN_PLAIN: one regex call instead of a dozen tests.
_PLAIN_TEXT: Final = LazyPattern(
    f"^(?!{_one_of(''.join(_FIRST_CHARS) + _NOT_IN_PLAIN)})(?P<first>.)(?!(?P=first))"
    f"[^{_NOT_IN_PLAIN}]*[^{_NOT_IN_PLAIN}{''.join(sorted(_LAST_CHARS))}]$"
)


def _plain(lines: Sequence[Line], i: int) -> bool:
    """No rule can take the line: no marker, bracket, role or closing mark, no space, no
    header fact, and the next text line ends no closing mark begun here."""
    return _PLAIN_TEXT.match(lines[i].text) is not None and _plain_around(lines, i)


def _plain_around(lines: Sequence[Line], i: int) -> bool:
    """The rest of `_plain`, once the line's text matched `_PLAIN_TEXT`: not the paper's
    name, and the next text line ends no closing mark begun here."""
    return lines[i].text not in PAPER_NAMES and not _closer_follows(lines, i)


def _closer_follows(lines: Sequence[Line], i: int) -> bool:
    """The next text line (one blank may part them) ends on a closing mark's last character:
    a byline or credit may start on this line (`closing_start`)."""
    for k in (i + 1, i + 2):
        if k < len(lines) and not lines[k].blank:
            return lines[k].text[-1:] in _LAST_CHARS
    return False


# The rules a line showing these cues may run, in table order, each with whether it also
# needs `_closer_follows`; remembered per the cue groups a line's CUES match gives. A line
# shows one of a few dozen combinations, so it walks its ≈ 3 rules, not the table's 15 rows.
@functools.cache
def _rules_shown(shown: tuple[str | None, ...]) -> tuple[tuple[Rule, bool], ...]:
    return tuple(
        (rule, cue is None) for (rule, cue), seen in zip(TABLE, shown, strict=True)
        if seen is not None
    )  # fmt: skip


def _take(lines: Sequence[Line], i: int) -> Tag | None:
    """The first rule of the table that takes the line, trying only the rules it has a cue
    for."""
    cues = CUES.match(lines[i].text)
    assert cues is not None  # every cue is optional: the pattern matches every text
    for rule, needs_closer in _rules_shown(cues.group(*_CUE_NAMES)):
        if needs_closer and not _closer_follows(lines, i):
            continue
        tag = rule(lines, i)
        if tag is not None:
            return tag
    return None


def classify(lines: Sequence[Line]) -> list[Tag]:
    """One tag per input line, in order."""
    parse_credits.cache_clear()  # read each credit once per input, remembered for no longer
    blank, text = Role.BLANK, Role.TEXT  # (an enum member is slow to look up, a local fast)
    # `_plain`'s regex for every line at once (map runs it without a Python call per line)
    plain_texts = list(map(_PLAIN_TEXT.match, [line.text for line in lines]))
    tags = []
    for i, line in enumerate(lines):
        if line.blank:
            tag = Tag(line, blank)
        elif plain_texts[i] is not None and _plain_around(lines, i):
            tag = Tag(line, text)
        else:
            tag = _take(lines, i) or Tag(line, text)
        tags.append(tag)
    return tags
