"""The parser pauses the cyclic garbage collector while it runs, and leaves it as it was."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest

from jzdaily import ParseError, parse_page, parse_pages

_PAGE = "A01│要闻2031年5月6日 星期二\n本报讯（记者王某）5月5日，某县召开植树大会。\n（某某）\n\n某县召开植树大会\n"
_NOT_A_PAGE = "今天天气很好。"  # warns: strict mode raises


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the collector, it runs again afterwards."""
    was = gc.isenabled()
    yield
    if was:
        gc.enable()


@pytest.mark.parametrize("parse", [parse_pages, parse_page])
@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize(("text", "strict"), [(_PAGE, False), (_NOT_A_PAGE, True)])
def test_the_collector_is_left_as_it_was(
    collector: None, parse: Callable[..., object], enabled: bool, text: str, strict: bool
) -> None:
    """Running before a parse, the collector runs after it, also when the parse raises;
    paused by the caller, it stays paused."""
    (gc.enable if enabled else gc.disable)()
    if strict:
        with pytest.raises(ParseError):
            parse(text, strict=True)
    else:
        parse(text)
    assert gc.isenabled() is enabled


def test_the_collector_is_paused_during_a_parse(
    collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the parser reads lines the collector does not run (its passes would free
    nothing the parse holds)."""
    import jzdaily._parse as parse_module

    seen: list[bool] = []
    real = parse_module.split_lines

    def spy(text: str) -> object:
        seen.append(gc.isenabled())
        return real(text)

    monkeypatch.setattr(parse_module, "split_lines", spy)
    gc.enable()
    parse_pages(_PAGE)
    parse_page(_PAGE)
    assert seen == [False, False]
    assert gc.isenabled()


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize(
    ("task", "renders"),
    [
        ({"source": "a.txt", "data": _PAGE}, True),
        ({"source": "missing.txt", "path": "/nonexistent/missing.txt"}, False),  # OSError
    ],
)
def test_a_batch_input_is_parsed_and_rendered_with_the_collector_paused(
    collector: None, monkeypatch: pytest.MonkeyPatch, enabled: bool,
    task: dict[str, str], renders: bool,
) -> None:
    """A batch pauses the collector over each input's parse and render (the records and
    strings it builds hold no cycles), and leaves it as it was, also when the input fails."""
    from jzdaily.cli import _batch

    seen: list[bool] = []
    real = _batch.render_page

    def spy(*args: object, **kwargs: object) -> str:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_batch, "render_page", spy)
    (gc.enable if enabled else gc.disable)()
    result = _batch._process(_batch.Options("jsonl"), _batch.Task(**task))
    assert (result.error is None) is renders
    assert seen == ([False] if renders else [])
    assert gc.isenabled() is enabled
