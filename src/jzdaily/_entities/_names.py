"""Reading a name at a position: its shape (surname + one or two characters) and its end.

Where a name ends is the hard part of unspaced Chinese (甲乙丙参加 vs 甲乙｜所作). A
candidate end is scored by what follows it: a break or non-Chinese character is best, then
a word that typically follows names (参加, 表示, 等), then any dictionary word; between
ends that score alike, the candidate whose characters are likelier in names (jieba's HMM
emission tables, ``_likeness``) wins: 低保户甲乙丙｜家, 民警甲乙｜正驾车.
"""

from __future__ import annotations

import functools

from jzdaily._clean import is_han
from jzdaily._entities._lexicon import (
    dictionary_names,
    dictionary_places,
    frequencies,
    word_freq,
)
from jzdaily._entities._likeness import likeness
from jzdaily._entities._places import known_units
from jzdaily._entities._resources import NameTables, json_table

__all__ = [
    "COMMON_WORD_FREQ",
    "CROSSING_FREQ",
    "END_BREAK",
    "END_FOLLOWER",
    "END_WORD",
    "MIN_LIKENESS",
    "crosses_end",
    "crosses_start",
    "crossing_freq",
    "end_score",
    "is_place",
    "known_name",
    "left_edge",
    "name_ends",
    "read_name",
    "vetoed",
]

CREDIT_TAIL = ("/图", "／图")
END_BREAK = 3  # punctuation, end of text, digits
END_FOLLOWER = 2  # a word from name_followers.txt
END_WORD = 1  # some dictionary word starts here
COMMON_WORD_FREQ = 30  # a candidate this frequent in jieba's dictionary is a word, not a name
FRAMED_WORD_FREQ = 500  # the same right after an official title or in a list of names
CROSSING_FREQ = 50  # a word this frequent running across a name's end breaks the name
GIVEN_WORD_FREQ = 500  # a tagged name whose given part is this common a word is a word (安乐窝)
WEAK_GIVEN_FREQ = 100  # with a weak surname (和, 于 …) the given name must be rarer than this
MIN_LIKENESS = 0.5  # below this a candidate's characters read as a phrase (揭牌, 束手, 都在)
FRAMED_LIKENESS = -1.0  # the same right after an official title or in a list of names
KNOWN_LIKENESS = 4.0  # a plain nr entry with no frame must be this name-like
_SINGLE_WORD_FREQ = 2000  # a one-character word this frequent after a name marks its end (家)


def name_ends(text: str, start: int, t: NameTables) -> tuple[int, ...]:
    """Ends of name-shaped spans starting at ``start``, longest first.

    None when the surname is followed by a form of address (甲先生, 乙某): the paper's way
    of not naming someone.
    """
    if text[start : start + 1] not in t.surnames and text[start : start + 2] not in (
        t.compound_surnames
    ):
        return ()  # most characters start no surname: answer at once
    ends: list[int] = []
    for sur_len, known in ((2, t.compound_surnames), (1, t.surnames)):
        given_at = start + sur_len
        if text[start:given_at] not in known or given_at > len(text):
            continue
        if text.startswith(t.address_terms, given_at):
            return ()
        title = t.title_words.match(text, given_at)
        if title is not None and title.end() - given_at > 1:
            return ()  # 甲主任, 乙书记: a surname and a title, not a name
        for end in (given_at + 2, given_at + 1):
            if end > len(text) or end in ends:
                continue
            given = text[given_at:end]
            first, last = given[0], given[-1]  # a given name has one or two characters
            if last in t.not_given or not (is_han(first) and is_han(last)):
                continue
            if first in t.not_given and (len(given) == 1 or first not in t.given_first_only):
                continue  # 甲时乙 may be a name, 甲乙时 and 甲时 are not
            if not (given[-1] == "文" and text.startswith(CREDIT_TAIL, end)):
                ends.append(end)  # not 甲乙文 in 甲乙文/图: 甲乙 wrote it, and 图 took photos
    return tuple(sorted(ends, reverse=True))


def end_score(text: str, end: int, t: NameTables) -> int:
    """How clearly a name can end at ``end`` (0: not at all)."""
    if end >= len(text) or not is_han(text[end]):
        return END_BREAK
    if text.startswith(t.followers, end):
        return END_FOLLOWER
    if _word_at(text, end) or word_freq(text[end]) >= _SINGLE_WORD_FREQ:
        return END_WORD
    return 0


def _word_at(text: str, end: int) -> int:
    """The frequency of the most frequent word of 2–4 characters starting at ``end``."""
    return _best_freq(text, end, end + 2, min(len(text), end + 4))


def _best_freq(text: str, begin: int, first: int, last: int) -> int:
    """The highest frequency of ``text[begin:stop]`` for ``stop`` from ``first`` to
    ``last``; the scan stops at the first fragment that begins no word (jieba's map holds
    every prefix of every word, at 0)."""
    get = frequencies().get
    best = 0
    for stop in range(first, last + 1):
        freq = get(text[begin:stop])
        if freq is None:
            break
        best = max(best, freq)
    return best


def crosses_end(text: str, start: int, end: int, *, strict: bool = False) -> bool:
    """True when a word running from inside the candidate past its end is more frequent
    than any word starting at its end (甲乙｜笑眯眯: 笑眯眯; 甲乙丙｜家里 is fine), or, if
    ``strict``, when there is any such word at all."""
    if strict:
        floor, bar = 1, 0
    else:
        floor = CROSSING_FREQ
        bar = 2 * max(_word_at(text, end), word_freq(text[end]) if end < len(text) else 0)
    if end >= len(text) and word_freq(text[start:end]) >= floor:
        return True  # at the very end of the text a word is taken as running on
    if _best_freq(text, start, end + 1, min(len(text), start + 6)) >= floor:
        return True  # the candidate begins a longer word (融会贯｜通, a place name)
    for inner in range(start + 1, end):
        if _best_freq(text, inner, end + 1, min(len(text), inner + 4)) >= max(floor, bar + 1):
            return True
    return False


_PLACE_ENDS = "省市县区镇乡村"


@functools.cache
def _units() -> frozenset[str]:
    """Known divisions by name and by their short form (孟州市, 孟州)."""
    names = set(known_units())
    for row in json_table("divisions.json")["units"]:
        names.update(row.get("aliases", ()))
    return frozenset(names)


def is_place(text: str, start: int, end: int) -> bool:
    """True for a known division (孟州, 修武县) or a dictionary place name ending in 县, 区 …
    at or one character past the candidate's end (甲乙县代表队, 甲乙｜区长青路)."""
    if text[start:end] in _units() or text[start:end] in dictionary_places():
        return True
    if any(text[start:stop] in _units() for stop in range(start + 2, end)):
        return True  # a known division and more: 焦作｜青年…
    return any(
        text[stop - 1] in _PLACE_ENDS and word_freq(text[start:stop])
        for stop in (end, end + 1)
        if stop <= len(text)
    )


def crossing_freq(text: str, start: int) -> int:
    """The frequency of the most frequent word of two to four characters that runs from
    before ``start`` past it (画龙｜点睛: 画龙点睛; 群策｜群力); 0 if there is none."""
    return max(
        (
            _best_freq(text, begin, start + 1, min(len(text), begin + 4))
            for begin in range(max(0, start - 3), start)
        ),
        default=0,
    )


def crosses_start(text: str, start: int, *, above: int = 0) -> bool:
    """True when some dictionary word more frequent than ``above`` runs from before
    ``start`` past it."""
    get = frequencies().get  # the inner loop of most rules: kept free of calls
    for begin in range(max(0, start - 3), start):
        for stop in range(start + 1, min(len(text), begin + 4) + 1):
            freq = get(text[begin:stop])
            if freq is None:
                break  # no longer word begins here either
            if freq > above:
                return True
    return False


def known_name(name: str, *, famous_only: bool = False) -> bool:
    """A name jieba's dictionary tags as a person's: a famous full name (``nrfg``), or a
    frequent plain ``nr`` entry. Those are noisy (吉普车 is one), so with ``famous_only``
    a plain entry counts only when it has three characters that are clearly name-like."""
    full, plain = dictionary_names()
    if name in full:
        return True
    if famous_only:
        return name in plain and len(name) == 3 and likeness(name) >= KNOWN_LIKENESS
    return name in plain


def vetoed(name: str, t: NameTables, *, framed: bool = False, placed: bool = False) -> bool:
    """A common word (双方, 高度), a doubled character (常常), or a string whose characters
    are unlike a name's (揭牌, 束手), rather than a name. Names jieba's dictionary tags
    as famous people's are never vetoed.

    ``framed``: an official title or a list of names stands right before the candidate,
    so only frequent words are vetoed, jieba's plain ``nr`` tags are trusted and the
    characters need be only a little name-like.

    ``placed``: the candidate's place says it is a name whatever its characters (a whole
    item between two 、 of a long list of names; a reading from an official title to a
    clause break): only the word tests apply.
    """
    full, plain = dictionary_names()
    if name in full or (framed and name in plain):
        return False
    if len(name) == 2 and name[0] == name[1]:
        return True
    if word_freq(name) >= (FRAMED_WORD_FREQ if framed else COMMON_WORD_FREQ):
        given = name[2:] if name[:2] in t.compound_surnames and len(name) > 2 else name[1:]
        parts = (name[:2], given)  # a tagged name is a word if part of it is (安乐｜窝)
        return not (name in plain and max(map(word_freq, parts)) < GIVEN_WORD_FREQ)
    if placed:  # but a common word and one more character is still a word (解释｜道)
        return len(name) > 2 and word_freq(name[:2]) >= GIVEN_WORD_FREQ
    return likeness(name) < (FRAMED_LIKENESS if framed else MIN_LIKENESS)


def _unlike_only(name: str) -> bool:
    """True when a vetoed ``name`` is no word nor doubled character, only less name-like
    than ``MIN_LIKENESS``, and still as name-like as a framed candidate must be."""
    doubled = len(name) == 2 and name[0] == name[1]
    return not doubled and word_freq(name) < COMMON_WORD_FREQ and likeness(name) >= FRAMED_LIKENESS


def _weak_ok(name: str, score: int, t: NameTables) -> bool:
    if name[0] not in t.weak_surnames or name[:2] in t.compound_surnames:
        return True
    return score >= END_FOLLOWER and word_freq(name[1:]) < WEAK_GIVEN_FREQ


def _follower_length(text: str, end: int, t: NameTables) -> int:
    """Length of the follower words at ``end``: the longest one (陪同 beats 同 in
    甲乙陪同), and one more right after it, so an adverb before a follower counts with it
    (甲乙｜正和 beats 甲乙正｜和: 正 is the adverb of 正和…, not the name's end)."""
    length = 0
    for _ in range(2):
        match = t.follower_words.match(text, end + length)
        if match is None:
            break
        length += len(match.group())
    return length


def read_name(
    text: str,
    start: int,
    t: NameTables,
    *,
    min_score: int = END_WORD,
    framed: bool = False,
    role: bool = False,
) -> int | None:
    """The end of the best name starting at ``start``, or None.

    ``role``: a role noun stands right before (村民甲乙丙): a reading that ends at a break
    or a follower word needs only a framed candidate's likeness (村民甲乙丙说).

    The best end has the highest score, then the most name-like characters (a word of
    two or more characters after it counts a little more than a one-character one); between
    two ends before follower words the longer follower wins (甲乙｜陪同, not 甲乙陪｜同).
    """
    best: tuple[float, int] | None = None
    followers: dict[int, int] = {}
    ranks: dict[int, float] = {}
    for end in name_ends(text, start, t):
        name = text[start:end]
        score = end_score(text, end, t)
        if score < min_score or not _weak_ok(name, score, t):
            continue  # the cheap tests first
        whole = framed and score == END_BREAK  # 副主任甲乙丙，: title to break, all of it
        if vetoed(name, t, framed=framed, placed=whole) and not (
            role and score >= END_FOLLOWER and _unlike_only(name)
        ):
            continue
        if crosses_end(text, start, end):
            continue
        if is_place(text, start, end) or text.startswith(t.not_after, end):
            continue
        if score == END_FOLLOWER:
            followers[end] = _follower_length(text, end, t)
        bonus = _WORD_BONUS if score == END_WORD and _word_at(text, end) else 0.0
        given = len(name) - (2 if name[:2] in t.compound_surnames and len(name) > 2 else 1)
        rank = (score * _TIER + bonus + likeness(name) + _TWO_CHAR_GIVEN * (given == 2), end)
        ranks[end] = rank[0]
        if best is None or rank > best:
            best = rank
    if len(followers) > 1:  # 甲乙｜陪同 beats 甲乙陪｜同: the longer follower word decides,
        return max(followers, key=lambda end: (followers[end], ranks[end]))  # then the rank
    if best is not None and any(f < best[1] < f + n for f, n in followers.items()):
        return max(followers)  # 甲乙｜通讯员, not 甲乙通｜讯员: no name ends inside a follower
    return None if best is None else best[1]


_TIER = 2.0  # one step of end score outweighs this much likeness
_WORD_BONUS = 1.0  # a word of two or more characters after the name, over a single one
_TWO_CHAR_GIVEN = 1.0  # most given names have two characters: a prior for the longer reading


def left_edge(text: str, start: int, t: NameTables) -> bool:
    """True when a name may begin at ``start``: after a break or a word like 和, 了, 学习."""
    if start == 0 or not is_han(text[start - 1]):
        return True
    return text.endswith(t.preceders, 0, start)
