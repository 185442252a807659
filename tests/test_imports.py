"""Import cost: ``import jzdaily`` loads the parser only; entity names and the HTML view load on
first use and are still the very objects their modules define."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import jzdaily


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport sys\nprint(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "module",
    [
        "jieba",  # the entity lexicon: tens of MB and most of a second
        "jzdaily._entities",  # the entity package, loaded by the first entity name used
        "jzdaily._view",  # the HTML view, loaded by the first use of to_html
        "json",  # needed by page_schema only
        "pathlib",  # parse_file opens files without it
        "importlib.resources",  # sample_text and page_schema import it when called
    ],
)
def test_import_jzdaily_leaves_heavy_modules_unloaded(module: str) -> None:
    """A fresh ``import jzdaily`` does not import this module."""
    assert module not in _modules_after("import jzdaily")


@pytest.mark.parametrize(
    ("code", "loaded", "unloaded"),
    [
        ("from jzdaily import people", "jzdaily._entities", "jieba"),
        ("import jzdaily; jzdaily.EntityIndex", "jzdaily._entities", "jzdaily._view"),
        ("from jzdaily import to_html", "jzdaily._view", "jieba"),
        ("import jzdaily; jzdaily.parse_pages(jzdaily.sample_text())", "jzdaily._parse",
         "jzdaily._entities"),
    ],
)  # fmt: skip
def test_a_lazy_name_loads_its_module_on_first_use_only(
    code: str, loaded: str, unloaded: str
) -> None:
    """Using a lazy name imports its module, and nothing heavier than it needs."""
    modules = _modules_after(code)
    assert loaded in modules
    assert unloaded not in modules


@pytest.mark.parametrize("name", sorted(jzdaily._LAZY))
def test_a_lazy_name_is_public_and_is_its_modules_object(name: str) -> None:
    """Each lazy name is in ``__all__`` and in ``dir(jzdaily)``, and is the object its home
    module defines, not a copy or a wrapper."""
    home = importlib.import_module(jzdaily._LAZY[name])
    assert name in jzdaily.__all__
    assert name in dir(jzdaily)
    assert getattr(jzdaily, name) is getattr(home, name)


@pytest.mark.parametrize("name", ["peoples", "_entities_loaded", "parse"])
def test_an_unknown_name_is_an_attribute_error(name: str) -> None:
    """A name that is neither defined nor lazy raises AttributeError naming it (so hasattr
    and getattr with a default keep working)."""
    with pytest.raises(AttributeError, match=name):
        getattr(jzdaily, name)
    assert not hasattr(jzdaily, name)


@pytest.mark.parametrize(
    ("argv", "loaded", "unloaded"),
    [
        (["parse", "--sample", "--format", "jsonl"], "jzdaily._parse", "jzdaily._entities"),
        (["parse", "--sample", "--format", "csv"], "csv", "jzdaily._view"),
        (["parse", "--sample", "--format", "jsonl"], "jzdaily._records", "dateutil.parser"),
        (["parse", "--sample", "--format", "html"], "jzdaily._view", "jieba"),
        (["parse", "--sample", "--issue-date", "2023/3/7"], "dateutil.parser", "jzdaily._view"),
    ],
)  # fmt: skip
def test_the_cli_imports_what_the_command_needs(
    argv: list[str], loaded: str, unloaded: str
) -> None:
    """A parse without entities or a view imports neither (its pool's workers are forked
    from this process, so they stay small too); asking for one loads it."""
    code = (
        "import contextlib, io\nfrom jzdaily.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    main({[*argv, '-q', '-j', '1']!r})"
    )
    modules = _modules_after(code)
    assert loaded in modules
    assert unloaded not in modules


@pytest.mark.parametrize(
    ("code", "compiled"),
    [
        ("import jzdaily", False),  # import compiles none of the lazy patterns
        ("import jzdaily; jzdaily.parse_pages('本报讯 虚构的一段正文。\\n')", True),  # parsing does
    ],
)
def test_lazy_patterns_compile_on_first_use(code: str, compiled: bool) -> None:
    """The parser's LazyPatterns exist after import but are compiled only once parsing uses
    them (a LazyPattern keeps its compiled pattern in its own __dict__ after first use)."""
    probe = (
        f"{code}\nimport sys\nfrom jzdaily._lazy import LazyPattern\n"
        "found = [v for m in list(sys.modules.values()) if (m.__name__ or '').startswith('jzdaily')"
        " for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
        "print(len(found), sum('compiled' in vars(v) for v in found))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    total, done = map(int, out.stdout.split())
    assert total >= 8
    assert (done > 0) is compiled
