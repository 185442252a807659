"""The text the rules read: an article body (or a string) with all whitespace removed.

Column breaks and justification spaces split names (甲乙 / 丙); removing whitespace joins
them again. ``origin`` maps each kept character back to its offset in the input.
"""

from __future__ import annotations

import functools

import attrs

from jzdaily._model import Article

__all__ = ["BREAKS", "Squeezed", "squeeze", "text_of"]

# Characters that end a clause: a title, name or place never runs across them.
BREAKS = frozenset("，。；：！？、,.;:!?●■□⬅➡…—《》【】﹃﹄「」『』")


@attrs.frozen
class Squeezed:
    """Text without whitespace, and where each of its characters came from."""

    text: str
    origin: tuple[int, ...]

    def offset(self, index: int) -> int:
        """The input offset of ``text[index]``."""
        return self.origin[index] if index < len(self.origin) else len(self.origin)


def text_of(item: Article | str) -> str:
    """The body of an article, or the string itself."""
    return item if isinstance(item, str) else item.body


@functools.lru_cache(maxsize=64)
def squeeze(raw: str) -> Squeezed:
    """Remove whitespace, keeping the map back to the input (cached: the three entity
    functions usually read the same text)."""
    kept = [(i, ch) for i, ch in enumerate(raw) if not ch.isspace()]
    return Squeezed("".join(ch for _, ch in kept), tuple(i for i, _ in kept))
