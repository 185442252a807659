"""The view's stylesheet and script: package data files, read once, inlined in every view."""

from __future__ import annotations

import functools

from jzdaily._data import read_text

__all__ = ["script", "stylesheet"]


@functools.cache
def _asset(name: str) -> str:
    text = read_text("view", name)
    if "</" in text:  # inlined in <style>/<script>: a closing tag there would end it early
        raise ValueError(f"view asset {name} must not contain '</'")
    return text


def stylesheet() -> str:
    """The CSS: screen layout, line tints, print rules."""
    return _asset("view.css")


def script() -> str:
    """The JavaScript that links a card and its lines both ways; no framework."""
    return _asset("view.js")
