"""Person names as the paper prints them in bylines, credits and signatures.

Two-character names are letter-spaced to the width of three (``朱 瑜``); names in a list
are separated by spaces or 、; role words (记者, 通讯员 …) say who did what.
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple

from jzdaily._clean import HAN_CHARS
from jzdaily._lazy import LazyPattern
from jzdaily._vocab import (
    ALL_ROLES,
    AUTHOR_ROLES,
    CORRESPONDENT_ROLES,
    INTERN_ROLES,
    NOT_NAME_SUFFIXES,
    REPORTER_ROLES,
    alternation,
    longest_first,
)

__all__ = ["ROLE_START", "Credits", "is_name", "parse_credits", "split_names"]

_SEPARATORS = LazyPattern(r"[\s、，,；;/]+")
# A staff role word opening a byline or credit (本报记者 甲), longest first.
ROLE_START = LazyPattern(rf"^(?:{alternation(ALL_ROLES)})")
_ROLES: Final = alternation((*ALL_ROLES, *AUTHOR_ROLES))  # every role word, longest first
# Any role word with its colon, captured: splitting a credit on it gives names and roles in
# turn (names, role, names, role, …, names) in one call.
_ROLE_SPLIT = LazyPattern(f"((?:{_ROLES})" + r"[：:]?)")
# A role word spaced out char by char in a justified line: 本 报 记 者, 通 讯 员.
_SPACED_ROLE = LazyPattern(
    "|".join(" ".join(map(re.escape, role)) for role in longest_first((*ALL_ROLES, *AUTHOR_ROLES)))
)
_SPACED_TRIPLES = (6, 9)  # spaced characters read as two or three three-character names
_MAX_NAME = 4  # Han characters in a name without a middle dot
_MAX_DOTTED = 12  # characters in a name with a middle dot (阿依·古丽)
_MAX_NAMES = 8  # more names than this in a byline means it is not a byline
_NOT_LAST: Final = rf"(?<![{''.join(sorted(NOT_NAME_SUFFIXES))}])"  # 高新区 is no name
# A plausible personal name, whole: 2–4 Han characters not ending like a place or an office,
# or Han runs joined by middle dots. One regex call per name.
_NAME = LazyPattern(
    rf"[{HAN_CHARS}]{{2,{_MAX_NAME}}}{_NOT_LAST}"
    rf"|(?=.{{0,{_MAX_DOTTED}}}\Z)[{HAN_CHARS}]+(?:[·•][{HAN_CHARS}]+)+",
    re.DOTALL,
)
# The usual credit, read in one call: at most one role word (with its colon) before names
# of one role, either up to eight plain names with no role word starting in them (记者甲乙,
# 甲乙丙、丁戊) or one name of two or three letter-spaced characters (甲 乙, which
# `split_names` joins); the rest takes the general path.
_PLAIN_NAME: Final = rf"(?:(?!{_ROLES})[{HAN_CHARS}]){{2,{_MAX_NAME}}}{_NOT_LAST}"
_ONE_ROLE = LazyPattern(
    rf"(?:(?P<role>{_ROLES})[：:]?)?\s*"
    rf"(?:(?P<names>{_PLAIN_NAME}(?:{_SEPARATORS.pattern}{_PLAIN_NAME}){{0,{_MAX_NAMES - 1}}})"
    rf"|(?P<spaced>[{HAN_CHARS}](?:\s+[{HAN_CHARS}]){{1,2}}){_NOT_LAST})\s*"
)


def is_name(token: str) -> bool:
    """Plausible personal name: 2–4 Han characters (longer with a middle dot)."""
    return _NAME.fullmatch(token) is not None


def split_names(text: str) -> list[str]:
    """Split a run of names, re-joining letter-spaced ones (``王 芳 李建国`` → 王芳, 李建国)."""
    tokens = list(filter(None, _SEPARATORS.split(text)))
    if min(map(len, tokens), default=2) > 1:  # the usual case: no letter-spaced name
        return tokens
    names: list[str] = []
    singles: list[str] = []

    def flush() -> None:
        if len(singles) == 1 and names and len(names[-1]) == 2:  # 刘金 元: a name cut by a break
            names[-1] += singles[0]
        elif len(singles) in (1, 2, 3):
            names.append("".join(singles))
        else:  # four or more spaced characters: a letter-spaced list of names, read as
            # two or three three-character names where they divide so (most names are
            # three characters), else as pairs
            size = 3 if len(singles) in _SPACED_TRIPLES else 2
            names.extend("".join(singles[i : i + size]) for i in range(0, len(singles), size))
        singles.clear()

    for token in tokens:
        if len(token) == 1:
            singles.append(token)
            continue
        if singles:
            flush()
        names.append(token)
    if singles:
        flush()
    return names


def _names_in(text: str) -> list[str] | None:
    """The names of a run (`split_names`); None when it holds none, or anything else."""
    names = split_names(text)
    return names if names and all(map(_NAME.fullmatch, names)) else None


class Credits(NamedTuple):
    """Names in a byline, sorted by the role printed before them."""

    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    interns: tuple[str, ...] = ()
    others: tuple[str, ...] = ()  # names with no role word, or 作者

    @property
    def names(self) -> tuple[str, ...]:
        return self.reporters + self.correspondents + self.interns + self.others


_OTHERS: Final = 3  # the index in Credits of the names with no role word (or 作者)
# Each role word, with or without its colon, and the index in Credits its names go to.
_BUCKET_OF: Final[dict[str | None, int]] = {
    role + colon: index
    for index, roles in enumerate((REPORTER_ROLES, CORRESPONDENT_ROLES, INTERN_ROLES))
    for role in roles
    for colon in ("", "：", ":")
}


def _despace_roles(text: str) -> str:
    """``本 报 记 者 甲 乙`` → ``本报记者 甲 乙``: a letter-spaced role word read whole."""
    return _SPACED_ROLE.sub(lambda m: "".join(m.group().split()) + " ", text)


@functools.lru_cache(maxsize=1024)
def parse_credits(text: str) -> Credits | None:
    """Read ``记者甲、乙 通讯员丙`` or ``甲 乙``; None unless every part is a name.

    Remembered for one page's classification (`jzdaily._classify.classify` clears it
    first): the rules that tell a closing mark on its own line, after text or cut over two
    lines read the same few texts several times, and the answer is immutable.
    """
    if " " in text:
        text = _despace_roles(text)
    one = _ONE_ROLE.fullmatch(text)
    if one is None:
        return _read_parts(text)
    role, names, spaced = one.group("role", "names", "spaced")  # what _read_parts would read
    fields: list[tuple[str, ...]] = [(), (), (), ()]
    fields[_BUCKET_OF.get(role, _OTHERS)] = (
        tuple(_SEPARATORS.split(names)) if names else ("".join(spaced.split()),)
    )
    return Credits(*fields)


def _read_parts(text: str) -> Credits | None:
    """A credit read part by part: the names between its role words (spaced roles despaced)."""
    parts = _ROLE_SPLIT.split(text)  # names, role, names, …: a role between each two
    if len(parts) == 1:  # names with no role word (（甲 乙）, 甲 摄)
        names = _names_in(text)
        if names is None or len(names) > _MAX_NAMES:
            return None
        return Credits((), (), (), tuple(names))
    buckets: tuple[list[str], ...] = ([], [], [], [])
    for role, segment in zip((None, *parts[1::2]), parts[::2], strict=True):
        if not segment or segment.isspace():
            continue
        names = _names_in(segment)
        if names is None:
            return None
        buckets[_BUCKET_OF.get(role, _OTHERS)].extend(names)
    if not 1 <= sum(map(len, buckets)) <= _MAX_NAMES:
        return None
    return Credits(*map(tuple, buckets))
