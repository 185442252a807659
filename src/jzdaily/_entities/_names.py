"""Reading a name at a position: its shape (surname + one or two characters) and its end.

Where a name ends is the hard part of unspaced Chinese (甲乙丙参加 vs 甲乙｜所作). A
candidate end is scored by what follows it: a break or non-Chinese character is best, then
a word that typically follows names (参加, 表示, 等), then any dictionary word; between
ends that score alike, the candidate whose characters are likelier in names (jieba's HMM
emission tables, ``_likeness``) wins: 低保户甲乙丙｜家, 民警甲乙｜正驾车.
"""

from __future__ import annotations

from collections.abc import Iterator

from jzdaily._clean import is_han
from jzdaily._entities._lexicon import dictionary_names, word_freq
from jzdaily._entities._likeness import likeness
from jzdaily._entities._resources import NameTables

__all__ = [
    "COMMON_WORD_FREQ",
    "END_BREAK",
    "END_FOLLOWER",
    "END_WORD",
    "MIN_LIKENESS",
    "end_score",
    "left_edge",
    "name_ends",
    "read_name",
    "vetoed",
]

END_BREAK = 3  # punctuation, end of text, digits
END_FOLLOWER = 2  # a word from name_followers.txt
END_WORD = 1  # some dictionary word starts here
COMMON_WORD_FREQ = 500  # a candidate this frequent in jieba's dictionary is a word, not a name
WEAK_GIVEN_FREQ = 100  # with a weak surname (和, 于 …) the given name must be rarer than this
MIN_LIKENESS = 0.5  # below this a candidate's characters read as a phrase (揭牌, 束手, 都在)
_SINGLE_WORD_FREQ = 2000  # a one-character word this frequent after a name marks its end (家)


def name_ends(text: str, start: int, t: NameTables) -> Iterator[int]:
    """Ends of name-shaped spans starting at ``start``, longest first."""
    ends: set[int] = set()
    for sur_len in (2, 1):
        surname = text[start : start + sur_len]
        known = t.compound_surnames if sur_len == 2 else t.surnames
        if len(surname) != sur_len or surname not in known:
            continue
        for given_len in (2, 1):
            end = start + sur_len + given_len
            given = text[start + sur_len : end]
            if len(given) == given_len and all(is_han(c) and c not in t.not_given for c in given):
                ends.add(end)
    yield from sorted(ends, reverse=True)


def end_score(text: str, end: int, t: NameTables) -> int:
    """How clearly a name can end at ``end`` (0: not at all)."""
    if end >= len(text) or not is_han(text[end]):
        return END_BREAK
    if text.startswith(t.followers, end):
        return END_FOLLOWER
    if any(word_freq(text[end : end + k]) for k in (2, 3, 4) if end + k <= len(text)):
        return END_WORD
    if word_freq(text[end]) >= _SINGLE_WORD_FREQ:
        return END_WORD
    return 0


def vetoed(name: str, t: NameTables, *, max_freq: int = COMMON_WORD_FREQ) -> bool:
    """A common word (双方, 高度), a form of address (甲先生, 乙师傅), an anonymised name (甲某)
    or a string whose characters are unlike a name's, rather than a name."""
    if name.endswith(t.address_terms):
        return True
    if name in dictionary_names():
        return False
    if word_freq(name) >= max_freq:
        return True
    return likeness(name) < MIN_LIKENESS


def _weak_ok(name: str, score: int, t: NameTables) -> bool:
    if name[0] not in t.weak_surnames or name[:2] in t.compound_surnames:
        return True
    return score >= END_FOLLOWER and word_freq(name[1:]) < WEAK_GIVEN_FREQ


def _follower_length(text: str, end: int, t: NameTables) -> int:
    """Length of the longest follower word at ``end`` (陪同 beats 同 in 甲乙陪同)."""
    return max((len(w) for w in t.followers if text.startswith(w, end)), default=0)


def read_name(
    text: str,
    start: int,
    t: NameTables,
    *,
    min_score: int = END_WORD,
    max_freq: int = COMMON_WORD_FREQ,
) -> int | None:
    """The end of the best name starting at ``start``, or None.

    The best end has the highest score; between two ends before follower words the
    longer follower wins (甲乙｜陪同, not 甲乙陪｜同); otherwise the longer name wins.
    """
    best: tuple[float, int] | None = None
    followers: dict[int, int] = {}
    for end in name_ends(text, start, t):
        name = text[start:end]
        if vetoed(name, t, max_freq=max_freq):
            continue
        score = end_score(text, end, t)
        if score < min_score or not _weak_ok(name, score, t):
            continue
        if score == END_FOLLOWER:
            followers[end] = _follower_length(text, end, t)
        rank = (score * _TIER + likeness(name), end)
        if best is None or rank > best:
            best = rank
    if len(followers) > 1:  # 甲乙｜陪同 beats 甲乙陪｜同: the longer follower word decides
        return max(followers, key=lambda end: (followers[end], end))
    return None if best is None else best[1]


_TIER = 2.0  # one step of end score outweighs this much likeness


def left_edge(text: str, start: int, t: NameTables) -> bool:
    """True when a name may begin at ``start``: after a break or a word like 和, 了, 学习."""
    if start == 0 or not is_han(text[start - 1]):
        return True
    return text.endswith(t.preceders, 0, start)
