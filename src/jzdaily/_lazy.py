"""Regular expressions compiled on first use, so that ``import jzdaily`` does not pay for them.

Compiling a pattern with a class such as ``[\\u4e00-\\u9fff]`` or a long alternation costs
up to a millisecond or two; the parser holds dozens. ``LazyPattern`` stands in for the
compiled pattern: its first ``match``/``search``/… compiles it and puts the compiled
pattern's own bound methods on the instance, so every later call goes straight to them
with no wrapper in between.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["LazyPattern"]

_END = sys.maxsize  # the end position re uses by default
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")


class LazyPattern:
    """A ``re.Pattern[str]`` stand-in for the methods the parser uses, compiled once, late."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; the first call also binds its methods here (see above)."""
        compiled = re.compile(self.pattern, self.flags)
        self.__dict__.update({name: getattr(compiled, name) for name in _METHODS})
        self.__dict__["compiled"] = lambda: compiled
        return compiled

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = _END
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = _END
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"
