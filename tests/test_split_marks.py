"""``split_marks`` takes a story code and a 下转 mark off the end of a story's text; it
answers most stories (ending on a sentence mark) without searching the text, so these
rows pin the endings that must still be searched."""

from __future__ import annotations

import pytest

from jzdaily._marks import Marks, split_marks


@pytest.mark.parametrize(
    ("paragraphs", "body", "marks"),
    [
        (["某地举行虚构活动。"], ["某地举行虚构活动。"], Marks()),  # a plain end: no mark
        (["某地举行虚构活动"], ["某地举行虚构活动"], Marks()),  # a Han character: no mark
        (["甲。", "某地举行虚构活动。①3"], ["甲。", "某地举行虚构活动。"], Marks("①3")),  # a code
        (["某地举行虚构活动。⑫"], ["某地举行虚构活动。"], Marks("⑫")),  # a circled number alone
        (["某地举行虚构活动。①３"], ["某地举行虚构活动。"], Marks("①３")),  # a full-width digit
        (["某地举行虚构活动。（下转A3版）"], ["某地举行虚构活动。"], Marks(None, "A3版")),  # 下转
        (["某地举行虚构活动。(下转第2版) "], ["某地举行虚构活动。"], Marks(None, "第2版")),  # space
        (["某地。①3（下转A3版）"], ["某地。"], Marks("①3", "A3版")),  # both, mark last
        (["（上接一版）某地举行虚构活动。"], ["某地举行虚构活动。"], Marks(None, None, "一版")),
        (["他说：“好。”"], ["他说：“好。”"], Marks()),  # a closing quote: no mark
        (["某地举行虚构活动，共3"], ["某地举行虚构活动，共3"], Marks()),  # a digit, no code
        ([], [], Marks()),  # no text at all
    ],
)
def test_split_marks(paragraphs: list[str], body: list[str], marks: Marks) -> None:
    """Each ending gives the body without its marks and the marks it printed."""
    assert split_marks(paragraphs) == (body, marks)
