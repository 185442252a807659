"""Package data: the files under ``jzdaily/data``, read when first needed.

``importlib.resources`` is imported inside the functions: at module level it (and the
``tempfile`` machinery it pulls in) would add to the cost of ``import jzdaily``.
"""

from __future__ import annotations

__all__ = ["read_text", "word_list"]


def read_text(*parts: str) -> str:
    """The UTF-8 text of ``jzdaily/data/<parts…>``."""
    from importlib import resources

    path = resources.files("jzdaily").joinpath("data")
    for part in parts:
        path = path.joinpath(part)
    return path.read_text("utf-8")


def word_list(*parts: str) -> tuple[str, ...]:
    """The entries of a one-word-a-line table; ``#`` starts a comment line."""
    lines = (line.strip() for line in read_text(*parts).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
