"""Editorial marks around a story's text: story codes ``①3`` and continuation marks.

A code (``……各项措施。①3``) or a ``（下转A3版）`` printed right after the last sentence
closes the story like closing punctuation; ``（上接一版）`` before the first sentence says
where the story began. All three leave the body for fields of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs

from jzdaily._clean import ends_sentence
from jzdaily._dates import parse_cn_number
from jzdaily._lazy import LazyPattern
from jzdaily._model import Page
from jzdaily._vocab import CLOSERS, TERMINAL

__all__ = [
    "CONTINUED_FROM",
    "STORY_END_LAST",
    "Marks",
    "ends_story",
    "finishes_cut_mark",
    "link_continuations",
    "page_key",
    "split_marks",
]

_OPENING: Final = ("（", "(")  # the brackets a 上接 mark opens on
_CIRCLED: Final = frozenset(map(chr, range(ord("①"), ord("⑳") + 1)))  # ① … ⑳
# Every last character of a spaceless text `ends_story` can be true for: a sentence's end,
# a closing quote or bracket, a digit or a circled number. Most lines end on a Han
# character or a comma, and are answered by this one set test.
STORY_END_LAST: Final = TERMINAL | CLOSERS | frozenset("）)0123456789") | _CIRCLED
# ①3, ②4, ⑫: a circled number and at most two digits, right after the last sentence.
STORY_CODE: Final = LazyPattern(r"(?P<code>[①-⑳]\s?\d{0,2})\s*$")
# （下转A3版）, （下转第2版）: where the rest of the story is printed.
CONTINUED_TO: Final = LazyPattern(
    r"[（(]\s?下\s?转\s?(?P<page>[^（）()\s](?:[^（）()]{0,10}[^（）()\s])?)\s?[）)]\s*$"
)
# 转A3版）: the second half of a 下转 mark that a column break cut.
CONTINUED_TO_END: Final = LazyPattern(r"^(?:下\s?)?转\s?[^（）()\s]{1,8}\s?[）)]$")
# （上接一版）, （上接第一版①）: where the story began.
CONTINUED_FROM: Final = LazyPattern(
    r"^\s*[（(]\s?上\s?接\s?(?P<page>[^（）()\s](?:[^（）()]{0,10}[^（）()\s])?)\s?[）)]\s*"
)


class Marks(NamedTuple):
    """What the marks say; None where the story has no such mark."""

    code: str | None = None
    continued_to: str | None = None  # the page as printed: A3版, 第2版
    continued_from: str | None = None


def _trailing(text: str) -> tuple[str, str | None, str | None]:
    """The text without a trailing code and 下转 mark (in either order), and the two."""
    last = text[-1:]  # both patterns end on a bracket, a circled number or a digit (any: \d)
    if not (last in "）)" or last in _CIRCLED or last.isdigit() or last.isspace()):
        return text, None, None  # (most stories: neither pattern need search the text)
    code = to = None
    for _ in range(2):
        match = CONTINUED_TO.search(text) if to is None else None
        if match:
            to, text = "".join(match.group("page").split()), text[: match.start()].rstrip()
            continue
        match = STORY_CODE.search(text) if code is None else None
        if match and ends_sentence(text[: match.start()]):
            code, text = "".join(match.group("code").split()), text[: match.start()].rstrip()
    return text, code, to


def ends_story(text: str) -> bool:
    """The text ends a sentence, perhaps followed by a story code or a 下转 mark."""
    last = text[-1:]
    if last not in STORY_END_LAST and not last.isspace():
        return False  # (ends_sentence strips trailing spaces: those are read on)
    if ends_sentence(text):
        return True
    if last not in "）)0123456789" and last not in _CIRCLED:
        return False
    if "转" not in text and _CIRCLED.isdisjoint(text.rstrip()[-4:]):
        return False  # neither a 下转 mark nor a story code (①, a space, two digits at most)
    if STORY_CODE.fullmatch(text) or CONTINUED_TO_END.match(text):
        return True  # ①3 on a line of its own, or the end of a （下 / 转A3版） cut in two
    stripped, code, to = _trailing(text)
    return (code is not None or to is not None) and (to is not None or ends_sentence(stripped))


def finishes_cut_mark(previous: str, text: str) -> bool:
    """text ends a （下转A3版） mark or a story code that a column break began on the line
    before (``…春联。（下转A`` / ``3版）``, ``…各项措施。①`` / ``3``): the story ends here."""
    if text.isdigit() and len(text) <= 2:  # …各项措施。① / 3: a story code cut in two
        match = STORY_CODE.search(previous + text)
        return match is not None and match.start() < len(previous) and ends_story(previous)
    if not text or text[-1] not in "）)" or "（" in text or "(" in text:
        return False
    match = CONTINUED_TO.search(previous + text)
    return match is not None and match.start() < len(previous)


def split_marks(paragraphs: list[str]) -> tuple[list[str], Marks]:
    """The body's paragraphs without their marks, and the marks.

    (A first paragraph opening on neither a bracket nor a space holds no 上接 mark and is
    not matched; the list is copied only where a mark is cut off.)
    """
    if not paragraphs:
        return paragraphs, Marks()
    first = paragraphs[0]
    start = CONTINUED_FROM.match(first) if first[:1] in _OPENING or first[:1].isspace() else None
    continued_from = None
    if start:
        continued_from = "".join(start.group("page").split())
        paragraphs = [first[start.end() :], *paragraphs[1:]]
    last, code, to = _trailing(paragraphs[-1])
    if last is not paragraphs[-1]:
        paragraphs = [*paragraphs[:-1], last]
    if "" in paragraphs:  # (a mark was all the paragraph held)
        paragraphs = [p for p in paragraphs if p]
    return paragraphs, Marks(code, to, continued_from)


_PAGE_NUMBER: Final = LazyPattern(
    r"(?P<letter>[A-Z])?\s?(?P<number>\d{1,2}|[一二三四五六七八九十]{1,3})"
)


def page_key(text: str | None) -> tuple[str | None, int] | None:
    """``A3版`` → ("A", 3), ``第一版`` → (None, 1), page code ``A03`` → ("A", 3)."""
    match = _PAGE_NUMBER.search(text or "")
    if match is None:
        return None
    try:
        number = parse_cn_number(match.group("number"))
    except ValueError:
        return None
    return match.group("letter"), number


def _same_page(mark: str | None, code: str | None) -> bool:
    """A mark's page names a page code: 一版 is any section's page 1, A3版 is A03 only."""
    want, have = page_key(mark), page_key(code)
    if want is None or have is None:
        return False
    return want[1] == have[1] and (want[0] is None or want[0] == have[0])


def link_continuations(pages: Sequence[Page]) -> tuple[Page, ...]:
    """Each part of a continued story names the other's id where both are in the input:
    a （下转A3版） part and the first later （上接…） part on page A03 naming its page."""
    parts = [(p, a) for p in pages for a in p.articles if a.continued_to or a.continued_from]
    links: dict[str, str] = {}
    for k, (page, first) in enumerate(parts):
        if not first.continued_to or first.id in links:
            continue
        for later_page, second in parts[k + 1 :]:
            if second.continued_from and second.id not in links and (
                _same_page(first.continued_to, later_page.code)
                and _same_page(second.continued_from, page.code)
            ):
                links[first.id], links[second.id] = second.id, first.id
                break
    if not links:
        return tuple(pages)
    linked = []
    for page in pages:
        articles = [
            attrs.evolve(a, linked_id=links[a.id]) if a.id in links else a for a in page.articles
        ]
        linked.append(attrs.evolve(page, articles=tuple(articles)))
    return tuple(linked)
