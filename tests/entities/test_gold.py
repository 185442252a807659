"""Score people() against the hand-checked answer key of the sample pages."""

from __future__ import annotations

from typing import Any

from jzdaily._entities import people


def test_precision_and_recall_on_the_answer_key(gold: dict[str, Any]) -> None:
    true_pos = false_pos = false_neg = 0
    for item in gold["items"]:
        optional = set(item["people_optional"])
        found = {p.name for p in people(item["body_nospace"])} - optional
        required = set(item["people"])
        true_pos += len(found & required)
        false_pos += len(found - required)
        false_neg += len(required - found)
    assert true_pos > 80  # the key is not empty: the ratios below mean something
    assert true_pos / (true_pos + false_pos) >= 0.98
    assert true_pos / (true_pos + false_neg) >= 0.98


def test_title_recall_on_the_answer_key(gold: dict[str, Any]) -> None:
    titles: dict[str, set[str]] = {}
    for item in gold["items"]:
        for person in people(item["body_nospace"]):
            titles.setdefault(person.name, set()).update(person.titles)
    expected = [(name, title) for name, ts in gold["titles"].items() for title in ts]
    hits = sum(
        any(key == t or key.endswith(t) for t in titles.get(name, ())) for name, key in expected
    )
    assert len(expected) > 30
    assert hits / len(expected) >= 0.9


def test_people_are_in_order_of_first_mention(gold: dict[str, Any]) -> None:
    for item in gold["items"]:
        offsets = [p.offset for p in people(item["body_nospace"])]
        assert offsets == sorted(offsets)  # type: ignore[type-var]
