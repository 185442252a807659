"""The text the rules read: an article body (or a string) with all whitespace removed.

Column breaks and justification spaces split names (甲乙 / 丙); removing whitespace joins
them again. Each run of kept characters remembers where it started in the input, so any
character maps back to its input offset.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from jzdaily._model import Article

__all__ = ["BREAKS", "Squeezed", "squeeze", "text_of"]

# Characters that end a clause: a title, name or place never runs across them.
BREAKS = frozenset("，。；：！？、,.;:!?●■□⬅➡…—《》【】﹃﹄「」『』")


_KEPT_RUN = re.compile(r"\S+")


@attrs.frozen
class Squeezed:
    """Text without whitespace, and where each of its runs of characters came from."""

    text: str
    starts: tuple[int, ...]  # where each run begins in ``text`` …
    raw_starts: tuple[int, ...]  # … and in the input

    def offset(self, index: int) -> int:
        """The input offset of ``text[index]`` (``len(text)`` past the end)."""
        if index >= len(self.text):
            return len(self.text)
        run = bisect.bisect_right(self.starts, index) - 1
        return self.raw_starts[run] + index - self.starts[run]


def text_of(item: Article | str) -> str:
    """The body of an article, or the string itself."""
    return item if isinstance(item, str) else item.body


@functools.lru_cache(maxsize=64)
def squeeze(raw: str) -> Squeezed:
    """Remove whitespace, keeping the map back to the input (cached: the three entity
    functions usually read the same text)."""
    runs = [(match.start(), match.group()) for match in _KEPT_RUN.finditer(raw)]
    starts, at = [], 0
    for _, run in runs:
        starts.append(at)
        at += len(run)
    return Squeezed("".join(run for _, run in runs), tuple(starts), tuple(s for s, _ in runs))
