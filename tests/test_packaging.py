"""Packaging metadata as an installer and PyPI see it: versions, classifiers, project URLs."""

from __future__ import annotations

import importlib.metadata

import pytest

import jzdaily

META = importlib.metadata.metadata("jzdaily")


def test_one_version() -> None:
    """The installed version is __version__ (hatch reads it from there: one place only)."""
    assert importlib.metadata.version("jzdaily") == jzdaily.__version__
    assert META["Requires-Python"] == ">=3.10"


@pytest.mark.parametrize(
    "classifier",
    [
        "Development Status :: 3 - Alpha",
        "Natural Language :: Chinese (Simplified)",
        "Topic :: Text Processing",
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3.13",
        "Typing :: Typed",
    ],
)
def test_classifiers(classifier: str) -> None:
    """Each classifier a user filters PyPI by is declared."""
    assert classifier in META.get_all("Classifier", [])


def test_project_urls_name_the_documentation() -> None:
    """The project URLs include the documentation, the source and the changelog."""
    urls = dict(entry.split(", ", 1) for entry in META.get_all("Project-URL", []))
    assert {"Documentation", "Source", "Changelog"} <= set(urls)
    assert urls["Documentation"].endswith("/docs")


def test_runtime_dependencies_are_the_three() -> None:
    """attrs, jieba and python-dateutil only; everything else is an extra."""
    required = [r for r in META.get_all("Requires-Dist", []) if "extra ==" not in r]
    names = sorted(r.split(">")[0].split("=")[0].split("[")[0].strip() for r in required)
    assert names == ["attrs", "jieba", "python-dateutil"]
