"""The paper's printed vocabulary as small tables: markers, roles, time words.

Rules consult these tables instead of spelling words out, so a new convention is a new row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from jzdaily._model import PhotoArrow

# Sentence-final marks: a paragraph never ends on anything else.
TERMINAL: Final = frozenset("。！？!?…")
# Closing marks that may follow a terminal mark (…。” ends a paragraph too).
CLOSERS: Final = frozenset("”’」』）)》\"'")
# Punctuation that marks running text, not a headline, when it occurs often in a block.
CLAUSE_MARKS: Final = frozenset("，、；;,：:")
# Marks between clauses of a sentence: a headline holds one at most (春风拂过，田野披绿).
CLAUSE_BREAKS: Final = frozenset("，；;,")

# Lead markers of briefs, and photo-caption arrows with the direction they point.
BRIEF_MARKERS: Final = frozenset("●◆")
PHOTO_ARROWS: Final[dict[str, PhotoArrow]] = {
    "⬅": "left", "←": "left", "◀": "left", "◄": "left",
    "➡": "right", "→": "right", "▶": "right", "►": "right",
    "⬆": "up", "↑": "up", "▲": "up",
    "⬇": "down", "↓": "down", "▼": "down",
}  # fmt: skip
SIGNATURE_MARKERS: Final = frozenset("□")  # a commentary's signature: □作者

def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Distinct words, longest first (then in code-point order, for a stable result)."""
    return tuple(sorted(set(words), key=lambda word: (-len(word), word)))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the literal words in which the longest word wins."""
    return "|".join(map(re.escape, longest_first(words)))


# Staff roles inside a dateline or byline, longest first so that 本报记者 wins over 记者.
REPORTER_ROLES: Final = ("本报特派记者", "特派记者", "本报记者", "见习记者", "摄影记者", "记者")
CORRESPONDENT_ROLES: Final = ("本报通讯员", "特约通讯员", "通讯员")
INTERN_ROLES: Final = ("实习生",)
AUTHOR_ROLES: Final = ("作者",)
ALL_ROLES: Final = longest_first(REPORTER_ROLES + CORRESPONDENT_ROLES + INTERN_ROLES)

# The paper's name as a header line prints it (a Latin all-caps line is recognised too).
PAPER_NAMES: Final = frozenset({"焦作日报"})

# News agencies and the paper itself as printed before 讯 or …电.
SOURCES: Final = ("本报", "新华社", "中新社", "人民日报", "河南日报")

# Header staff line: role words printed as 「role：names」.
STAFF_ROLES: Final = frozenset(
    {"编辑", "责任编辑", "责编", "校对", "组版", "美编", "版式", "审读", "主编", "排版", "制版",
     "值班编辑", "版面编辑", "视觉"}
)  # fmt: skip
HOTLINE_KEYS: Final = frozenset({"新闻热线", "热线", "新闻热线电话"})

# Words printed right after a date for the part of the day.
TIMES_OF_DAY: Final = ("凌晨", "清晨", "早上", "早晨", "上午", "中午", "午间", "下午", "傍晚",
                       "晚上", "晚间", "夜间", "深夜", "当晚", "晚")  # fmt: skip
# Relative day words and their offset from the issue date; None = vague (date unknown).
RELATIVE_DAYS: Final[dict[str, int | None]] = {
    "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
    "近日": None, "日前": None, "近期": None, "近来": None, "前不久": None, "不久前": None,
}  # fmt: skip

# Name tokens never end with these: a parenthesised （高新区） is a place, not an author.
NOT_NAME_SUFFIXES: Final = frozenset("区县市省镇乡村局委厅处办部")
