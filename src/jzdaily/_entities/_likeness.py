"""How name-like a string of characters is, from jieba's shipped HMM emission tables.

jieba's part-of-speech HMM (``jieba/posseg/prob_emit.py``) gives, for each character, the
log probability of being emitted as the first (``B``), a middle (``M``) or the last
(``E``) character of a person's name (tag ``nr``). Its word HMM (``jieba.finalseg``, loaded
with jieba anyway) gives the same for any word. The ratio of the two is how much more
often a character is seen in names than in text at large: high for 秋, 桐, 霞; low for
商, 讨, 的. A candidate's *likeness* is the sum of the ratios of its characters, each in
its position (surname = ``B``, last = ``E``, between = ``M``).

Only the four ``nr`` sections are read, from the installed package's source file, once:
importing ``jieba.posseg`` would load all 256 of its tables (tens of MB).
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections.abc import Mapping
from pathlib import Path

from jzdaily._entities._resources import words

__all__ = [
    "FLOOR",
    "GIVEN_CHAR_RATIO",
    "SURNAME_FLOOR",
    "char_ratio",
    "char_ratios",
    "likeness",
    "name_emissions",
]

FLOOR = -14.0  # log probability given to a character a table does not hold
_CLIP = 6.0  # one character's ratio counts at most this much either way
GIVEN_CHAR_RATIO = 1.0  # a given-name character (淑, 娟) is at least this name-like there
SURNAME_FLOOR = -1.0  # the surname table vouches for the first character: a rare one (买)
# costs at most this much
_NR_SECTION = re.compile(r"\('(?P<state>[BMES])', 'nr'\): \{(?P<body>[^}]*)\}")
_ENTRY = re.compile(r"'(?P<char>\\u[0-9a-fA-F]{4}|[^'\\])': (?P<logp>-?[0-9.]+(?:e-?[0-9]+)?)")
_LOCK = threading.Lock()
_TABLES: dict[str, Mapping[str, float]] = {}


def _parse(source: str) -> dict[str, dict[str, float]]:
    """The ``nr`` sections of ``prob_emit.py``: state → character → log probability."""
    tables: dict[str, dict[str, float]] = {}
    for section in _NR_SECTION.finditer(source):
        table = tables.setdefault(section["state"], {})
        for entry in _ENTRY.finditer(section["body"]):
            char = entry["char"]
            if char.startswith("\\u"):
                char = chr(int(char[2:], 16))
            table[char] = float(entry["logp"])
    return tables


def name_emissions() -> Mapping[str, Mapping[str, float]]:
    """jieba's per-character log probabilities for the B, M, E states of a name (once)."""
    if _TABLES:
        return _TABLES
    with _LOCK:
        if not _TABLES:
            import jieba

            path = Path(jieba.__file__).parent / "posseg" / "prob_emit.py"
            _TABLES.update(_parse(path.read_text(encoding="utf-8")))
    return _TABLES


@functools.cache
def _background(char: str) -> float:
    """log P(char) in running text: jieba's word HMM, its four states weighted evenly."""
    from jieba import finalseg

    emit: Mapping[str, Mapping[str, float]] = finalseg.emit_P
    total = sum(math.exp(emit[state].get(char, FLOOR)) for state in "BMES")
    return math.log(total / 4)


@functools.cache
def _given_chars() -> frozenset[str]:
    """Characters seen almost only in given names, which jieba's tables undersell."""
    return frozenset(words("given_chars.txt"))


@functools.cache
def char_ratio(char: str, state: str) -> float:
    """How much likelier ``char`` is in a name at ``state`` (B, M, E) than in text, as a
    clipped log ratio; in a given name (M, E) a character of ``given_chars.txt`` counts
    at least ``GIVEN_CHAR_RATIO``."""
    ratio = name_emissions()[state].get(char, FLOOR) - _background(char)
    if state != "B" and char in _given_chars():
        ratio = max(ratio, GIVEN_CHAR_RATIO)
    return max(-_CLIP, min(_CLIP, ratio))


@functools.lru_cache(maxsize=65536)
def likeness(name: str) -> float:
    """The summed log ratios of ``name``'s characters (surname first, then the given name).

    A compound surname's second character counts as a middle one.
    """
    if len(name) < 2:
        return -_CLIP
    score = max(char_ratio(name[0], "B"), SURNAME_FLOOR)  # a rare surname is still one
    for char in name[1:-1]:
        score += char_ratio(char, "M")
    score += char_ratio(name[-1], "E")
    return score


@functools.cache
def char_ratios(char: str) -> tuple[float, float, float]:
    """``char_ratio`` of one character at B, M and E, in one lookup (for tight loops)."""
    return char_ratio(char, "B"), char_ratio(char, "M"), char_ratio(char, "E")
