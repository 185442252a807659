"""Person names as the paper prints them in bylines, credits and signatures.

Two-character names are letter-spaced to the width of three (``朱 瑜``); names in a list
are separated by spaces or 、; role words (记者, 通讯员 …) say who did what.
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple

from jzdaily._clean import all_han
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
_ROLE = LazyPattern(f"(?:{alternation((*ALL_ROLES, *AUTHOR_ROLES))})" + r"[：:]?")
# A role word spaced out char by char in a justified line: 本 报 记 者, 通 讯 员.
_SPACED_ROLE = LazyPattern(
    "|".join(" ".join(map(re.escape, role)) for role in longest_first((*ALL_ROLES, *AUTHOR_ROLES)))
)
_SPACED_TRIPLES = (6, 9)  # spaced characters read as two or three three-character names
_MAX_NAME = 4  # Han characters in a name without a middle dot
_MAX_NAMES = 8  # more names than this in a byline means it is not a byline


def is_name(token: str) -> bool:
    """Plausible personal name: 2–4 Han characters (longer with a middle dot)."""
    if "·" in token or "•" in token:
        parts = re.split("[·•]", token)
        return all(parts) and all(all_han(p) for p in parts) and len(token) <= 12
    return (
        2 <= len(token) <= _MAX_NAME
        and token[-1] not in NOT_NAME_SUFFIXES
        and all_han(token)
    )


def split_names(text: str) -> list[str]:
    """Split a run of names, re-joining letter-spaced ones (``王 芳 李建国`` → 王芳, 李建国)."""
    tokens = [t for t in _SEPARATORS.split(text) if t]
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


class Credits(NamedTuple):
    """Names in a byline, sorted by the role printed before them."""

    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    interns: tuple[str, ...] = ()
    others: tuple[str, ...] = ()  # names with no role word, or 作者

    @property
    def names(self) -> tuple[str, ...]:
        return self.reporters + self.correspondents + self.interns + self.others


_FIELDS: Final = ("reporters", "correspondents", "interns", "others")  # Credits' fields
# Each role word, with or without its colon, and the field of Credits its names go to.
_BUCKET_OF: Final[dict[str, str]] = {
    role + colon: field
    for roles, field in (
        (REPORTER_ROLES, "reporters"), (CORRESPONDENT_ROLES, "correspondents"),
        (INTERN_ROLES, "interns"),
    )
    for role in roles
    for colon in ("", "：", ":")
}  # fmt: skip


def _bucket(role: str | None) -> str:
    """The field of `Credits` for names after the role word (``others`` without one)."""
    return "others" if role is None else _BUCKET_OF.get(role, "others")


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
    roles = list(_ROLE.finditer(text))
    if not roles:  # most credits: names with no role word (（甲 乙）, 甲 摄)
        names = split_names(text.strip())
        if not 1 <= len(names) <= _MAX_NAMES or not all(is_name(n) for n in names):
            return None
        return Credits(others=tuple(names))
    buckets: dict[str, list[str]] = {key: [] for key in _FIELDS}
    role: str | None = None
    position = 0
    for match in [*roles, None]:
        end = match.start() if match else len(text)
        segment = text[position:end].strip()
        if segment:
            names = split_names(segment)
            if not names or not all(is_name(n) for n in names):
                return None
            buckets[_bucket(role)].extend(names)
        if match:
            role, position = match.group(), match.end()
    total = sum(len(v) for v in buckets.values())
    if not 1 <= total <= _MAX_NAMES:
        return None
    return Credits(**{key: tuple(value) for key, value in buckets.items()})
