"""Whitespace the layout added: justification, spaces around digits and brackets.

A space between two Chinese phrases (跟党走 团结奋斗) is the writer's and stays; every
other space inside a line is the typesetter's and goes.
"""

from __future__ import annotations

from typing import Final

from jzdaily._lazy import LazyPattern
from jzdaily._vocab import CLOSERS, TERMINAL

__all__ = ["HAN_CHARS", "clean_line", "ends_sentence", "is_han", "join_lines", "keeps_a_gap"]

_SPACES = LazyPattern(r"\s+")
_JUSTIFIED_SHARE = 0.6  # a line is letter-spaced when this share of its tokens are 1 char


# The characters of `is_han` as the body of a regex class, for the patterns that read them.
HAN_CHARS: Final = "\u3400-\u4dbf\u4e00-\u9fff\u3007"


def is_han(char: str) -> bool:
    """True for a CJK ideograph (the basic and extension-A blocks, and 〇)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or char == "〇"


def _is_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _is_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _keeps_space(left: str, right: str) -> bool:
    """A gap is real between two Han characters or between two Latin words."""
    return (is_han(left) and is_han(right)) or (_is_word(left) and _is_word(right))


def clean_line(text: str) -> str:
    """Remove layout spaces from one stripped line.

    A line with no space the writer may have put (`keeps_a_gap`: most spaced lines, whose
    spaces stand around digits and brackets) loses them all in one join; the others are
    read token by token (`_without_layout_spaces`).
    """
    return _without_layout_spaces(text) if keeps_a_gap(text) else "".join(text.split())


def _without_layout_spaces(text: str) -> str:
    tokens = _SPACES.split(text.strip())
    if len(tokens) < 2:
        return tokens[0] if tokens else ""
    singles = sum(len(t) == 1 for t in tokens)
    if singles == len(tokens) or (len(tokens) >= 3 and singles >= _JUSTIFIED_SHARE * len(tokens)):
        return "".join(tokens)
    out = [tokens[0]]
    for token in tokens[1:]:
        if _keeps_space(out[-1][-1], token[0]):
            out.append(" ")
        out.append(token)
    return "".join(out)


# A space run `clean_line` keeps (`_keeps_space`): between two Han characters or two Latin
# words. It opens on the space (a class searched fast) and looks back for its left side.
_KEPT_GAP = LazyPattern(
    rf"\s(?:(?<=[{HAN_CHARS}]\s)\s*[{HAN_CHARS}]|(?<=[A-Za-z0-9]\s)\s*[A-Za-z0-9])"
)


def keeps_a_gap(text: str) -> bool:
    """Some space in the text may be the writer's: when not, `clean_line` gives the text
    without its spaces (one regex search, a fraction of `clean_line`'s cost)."""
    return _KEPT_GAP.search(text) is not None


# The bytes a text's ASCII part keeps when its letters are deleted: `_has_latin` reads a
# text's letters with two C calls (a regex search is slower on Han text).
_NOT_LETTERS: Final = bytes(c for c in range(128) if not chr(c).isalpha())


def _has_latin(text: str) -> bool:
    """The text holds an ASCII letter: only then may `join_lines` put a space anywhere."""
    return bool(text.encode("ascii", "ignore").translate(None, _NOT_LETTERS))


def join_lines(parts: list[str]) -> str:
    """Join column-broken lines: no separator, except a space between two Latin words
    (looked for only when the text holds a Latin letter: most lines are joined in one go)."""
    joined = "".join(parts)
    if not _has_latin(joined):
        return joined
    out: list[str] = []
    last = ""  # the last character so far (tested inline: this runs for every body line)
    for part in parts:
        if not part:
            continue
        if last.isascii() and last.isalpha() and _is_letter(part[0]):
            out.append(" ")
        out.append(part)
        last = part[-1]
    return "".join(out)


def ends_sentence(text: str) -> bool:
    """True when text ends with a sentence-final mark, perhaps inside closing quotes."""
    stripped = text.rstrip()
    end = len(stripped)  # walk an index back, never re-slice: a line of ”×10⁶ stays linear
    while end and stripped[end - 1] in CLOSERS:
        end -= 1
        if end and stripped[end - 1] in TERMINAL:
            return True
    return end > 0 and stripped[end - 1] in TERMINAL
