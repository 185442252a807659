"""An article draft builds its Article by position: the field names it lists must be the
Article's own fields, in their order, around the ones the page and the linker give."""

from __future__ import annotations

import attrs
import pytest

from jzdaily._article import HEAD_FIELDS, TAIL_FIELDS, ArticleDraft
from jzdaily._model import Article, ArticleKind


def test_draft_fields_are_the_article_fields_in_order() -> None:
    """HEAD_FIELDS, column, TAIL_FIELDS, linked_id and id are Article's fields, in order."""
    names = [field.name for field in attrs.fields(Article)]
    assert [*HEAD_FIELDS, "column", *TAIL_FIELDS, "linked_id", "id"] == names


@pytest.mark.parametrize(("column", "id"), [(None, "undated/P0/01"), ("某某简报", "2031-05-06/A01/02")])
def test_draft_builds_each_field_from_its_value(column: str | None, id: str) -> None:
    """Each value lands in the field of its name, and the column and id where given."""
    values = {name: f"value of {name}" for name in (*HEAD_FIELDS, *TAIL_FIELDS)}
    values["kind"], values["source_lines"] = ArticleKind.BRIEF, (3, 4)
    draft = ArticleDraft(
        tuple(values[name] for name in HEAD_FIELDS), tuple(values[name] for name in TAIL_FIELDS)
    )
    article = draft.article(id, column)
    assert (draft.kind, draft.source_lines) == (ArticleKind.BRIEF, (3, 4))
    assert {name: getattr(article, name) for name in values} == values
    assert (article.column, article.id, article.linked_id) == (column, id, None)
