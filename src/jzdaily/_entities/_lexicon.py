"""jieba's word frequencies, loaded once on first use, quietly, with a private cache.

The rules use the dictionary only as a lexicon: a candidate name that is a common word
(双方, 高度) is not a name, and a dictionary word right after a candidate marks where the
name ends (…总经理甲乙丙｜交流座谈). jieba's segmenter and ``posseg`` are never run.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import threading
import warnings
from collections.abc import Iterator, Mapping

from jzdaily._entities._cache import cache_dir

__all__ = ["dictionary_names", "dictionary_places", "frequencies", "word_freq"]

_LOCK = threading.Lock()
_FREQ: Mapping[str, int] | None = None
# A line of jieba's dict.txt tagged as a person's name: ``word freq nr`` or ``… nrfg``.
_NAME_LINE = re.compile(r"^(?P<word>\S{2,4}) (?P<freq>\d+) nr(?P<full>fg)?$", re.MULTILINE)
_PLACE_LINE = re.compile(r"^(?P<word>\S{2,4}) \d+ ns$", re.MULTILINE)
_TAGGED_NAME_FREQ = 50  # plain ``nr`` entries rarer than this are mostly noise

# Where jieba's own warnings come from: its modules (``jieba._compat``), or, for warnings
# raised while Python compiles its source, the file path without ``.py``
# (``…/site-packages/jieba/finalseg/__init__``).
_JIEBA_MODULE = r"(.*[\\/])?jieba([\\/.]|$)"
# What jieba 0.42 sets off, none of it the user's concern: invalid escape sequences in its
# regexes (SyntaxWarning from Python 3.12, DeprecationWarning before) and, where setuptools
# is installed, the deprecation notice of the pkg_resources it imports (DeprecationWarning or
# UserWarning by setuptools version, attributed to jieba's importing module).
_JIEBA_WARNINGS: tuple[type[Warning], ...] = (SyntaxWarning, DeprecationWarning, UserWarning)


@contextlib.contextmanager
def _no_jieba_warnings() -> Iterator[None]:
    """Ignore jieba's warnings, by category and module only, while it imports and loads;
    the caller's filters (``-W error`` included) apply again afterwards and to everything else."""
    with warnings.catch_warnings():
        for category in _JIEBA_WARNINGS:
            warnings.filterwarnings("ignore", category=category, module=_JIEBA_MODULE)
        yield


@contextlib.contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    """Silence jieba's logger while it loads, then restore the caller's setting."""
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def frequencies() -> Mapping[str, int]:
    """jieba's word → frequency map (prefixes of words map to 0)."""
    global _FREQ
    if _FREQ is not None:
        return _FREQ
    with _LOCK:
        if _FREQ is None:
            with _no_jieba_warnings():
                _FREQ = _load()
    return _FREQ


def _load() -> Mapping[str, int]:
    import jieba  # deferred: ~80 MB and half a second, paid on the first entity call

    tokenizer = jieba.dt
    if not tokenizer.initialized:
        if tokenizer.tmp_dir is None:  # respect a directory the caller chose
            directory = cache_dir()
            tokenizer.tmp_dir = str(directory)
            tokenizer.cache_file = str(directory / "jieba.cache")
        with _quiet(logging.getLogger("jieba")):
            tokenizer.initialize()
    freq: Mapping[str, int] = tokenizer.FREQ
    return freq


def word_freq(word: str) -> int:
    """How often jieba's dictionary has ``word`` as a word; 0 when it is not a word."""
    return (_FREQ if _FREQ is not None else frequencies()).get(word, 0) or 0


@functools.cache
def _tagged() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    frequencies()
    import jieba

    with jieba.dt.get_dict_file() as file:
        source = file.read().decode("utf-8")
    full, plain = set(), set()
    for m in _NAME_LINE.finditer(source):
        if m["full"]:
            full.add(m["word"])
        elif len(m["word"]) >= 3 and int(m["freq"]) >= _TAGGED_NAME_FREQ:
            plain.add(m["word"])
    places = frozenset(m["word"] for m in _PLACE_LINE.finditer(source))
    return frozenset(full), frozenset(plain), places


def dictionary_names() -> tuple[frozenset[str], frozenset[str]]:
    """Names jieba's dictionary tags as people's: its ``nrfg`` entries (famous full names,
    such as those of state leaders), and its ``nr`` words of three or four characters seen
    50 times or more (noisier: 吉普车 and 后继者 are among them). Read once from the
    installed ``dict.txt``."""
    full, plain, _ = _tagged()
    return full, plain


def dictionary_places() -> frozenset[str]:
    """Words of two to four characters jieba's dictionary tags as places (``ns``)."""
    return _tagged()[2]
