"""The public entity functions: ``people``, ``places`` and ``organizations``.

Each accepts an ``Article`` (its body is read) or a plain string. For an article the
staff from its dateline, byline and photo credit follow the story's people, each with
their role, so the two are never mixed up.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from jzdaily._entities._lexicon import frequencies
from jzdaily._entities._orgs import find_organizations
from jzdaily._entities._people import find_people
from jzdaily._entities._places import find_places
from jzdaily._entities._text import squeeze, text_of
from jzdaily._entities._types import Organization, Person, Place
from jzdaily._model import Article

__all__ = ["organizations", "people", "places", "staff", "with_headline"]


def staff(article: Article) -> tuple[Person, ...]:
    """The article's own staff, each once, with the first role they are credited in."""
    dateline = article.dateline
    credits = (
        ("记者", dateline.reporters if dateline else ()),
        ("通讯员", dateline.correspondents if dateline else ()),
        ("实习生", dateline.interns if dateline else ()),
        ("作者", article.authors),
        ("摄影", article.photographers),
    )
    seen: dict[str, Person] = {}
    for role, names in credits:
        for raw in names:
            name = "".join(raw.split())
            if name and name not in seen:
                seen[name] = Person(name, (), role)
    return tuple(seen.values())


def people(item: Article | str, *, known: Iterable[str] = ()) -> tuple[Person, ...]:
    """People named in the text, in order of first mention, each once with their titles.

    ``known`` names (say, from earlier articles of the same issue) are recognised even
    where no rule would find them. For an ``Article`` its headline and subtitle are read
    too (a person named only there has ``offset=None``), and its staff follow, with their
    role.
    """
    frequencies()  # load jieba's lexicon now, so the first call pays for it whatever the text
    story = find_people(squeeze(text_of(item)), known)
    if isinstance(item, str):
        return story
    return with_headline(story, item, known) + staff(item)


def with_headline(
    story: tuple[Person, ...], article: Article, known: Iterable[str] = ()
) -> tuple[Person, ...]:
    """The story's people with those of its headline and subtitle: a title printed there is
    added to a person of the body; a person named only there follows, with ``offset=None``."""
    by_name = {p.name: p for p in story}
    extra: dict[str, Person] = {}
    names = [*known, *by_name]
    for line in (article.headline, article.subtitle):
        if not line:
            continue
        for person in find_people(squeeze(line), names):
            if person.name in by_name:
                old = by_name[person.name]
                titles = tuple(dict.fromkeys((*old.titles, *person.titles)))
                by_name[person.name] = attrs.evolve(old, titles=titles)
            elif person.name in extra:
                old = extra[person.name]
                titles = tuple(dict.fromkeys((*old.titles, *person.titles)))
                extra[person.name] = attrs.evolve(
                    old, titles=titles, mentions=old.mentions + person.mentions
                )
            else:
                extra[person.name] = attrs.evolve(person, offset=None)
    return (*by_name.values(), *extra.values())


def places(item: Article | str) -> tuple[Place, ...]:
    """Administrative units named in the text, in order of first mention."""
    frequencies()
    return find_places(squeeze(text_of(item)))


def organizations(item: Article | str) -> tuple[Organization, ...]:
    """Organisations named in the text, in order of first mention."""
    frequencies()
    return find_organizations(squeeze(text_of(item)))
