"""LazyPattern: a regular expression compiled on first use that answers as the compiled one."""

from __future__ import annotations

import re
from typing import Any

import pytest

from jzdaily._lazy import LazyPattern

_PATTERN = r"(?P<han>[\u4e00-\u9fff]{2,4})\s*(?P<num>\d+)"
_TEXT = "甲乙 12，丙丁戊 3；abc 4"


def _plain(found: Any) -> Any:
    """Matches compared by what they matched, where and with which groups."""
    if isinstance(found, re.Match):
        return (found.span(), found.groupdict())
    if isinstance(found, list):
        return [_plain(item) for item in found]
    return found


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("match", (_TEXT,)),  # at the start
        ("match", (_TEXT, 3)),  # from a position, failing there
        ("fullmatch", ("甲乙 12",)),  # the whole string
        ("search", (_TEXT, 5)),  # anywhere after a position
        ("search", ("无数字",)),  # no match: None
        ("findall", (_TEXT,)),  # every match's groups
        ("sub", ("#", _TEXT)),  # replaced by a string
        ("sub", (lambda m: m["num"], _TEXT, 1)),  # replaced by a function, once
        ("split", (_TEXT,)),  # split with the groups kept
    ],
)
def test_answers_as_the_compiled_pattern(method: str, args: tuple[Any, ...]) -> None:
    """Every method gives what re.compile's pattern gives, before and after it is compiled."""
    compiled = re.compile(_PATTERN)
    expected = _plain(getattr(compiled, method)(*args))
    first, later = LazyPattern(_PATTERN), LazyPattern(_PATTERN)
    later.compiled()
    assert _plain(getattr(first, method)(*args)) == expected
    assert _plain(getattr(later, method)(*args)) == expected
    assert _plain(list(LazyPattern(_PATTERN).finditer(_TEXT))) == _plain(
        list(compiled.finditer(_TEXT))
    )


@pytest.mark.parametrize("method", ["match", "search", "fullmatch", "findall", "split"])
def test_compiles_on_first_use_only(method: str) -> None:
    """Nothing is compiled when the pattern is made (a bad pattern fails on first use only),
    and after the first use the method is the compiled pattern's own, with no wrapper."""
    broken = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        getattr(broken, method)("x")
    pattern = LazyPattern(r"\d+", re.ASCII)
    getattr(pattern, method)("12")
    bound = getattr(pattern, method)
    assert bound.__self__ is pattern.compiled()
    assert pattern.compiled().flags & re.ASCII
    assert pattern.groupindex == {}
