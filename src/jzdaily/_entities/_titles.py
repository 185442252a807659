"""Reading a printed title backwards from its last word (…党工委｜书记 ← 甲乙).

A title runs back from the title word to the clause break, or to a word that cannot be
part of it (会议传达学习了｜市委书记). Titles joined by 、 before one name form a chain
(市政协副主席、示范区党工委书记甲乙): each link must itself end with a title word.
"""

from __future__ import annotations

from jzdaily._clean import is_han
from jzdaily._entities._names import crosses_start
from jzdaily._entities._resources import NameTables
from jzdaily._entities._text import BREAKS

__all__ = ["MAX_TITLE", "is_group_title", "title_chain"]

MAX_TITLE = 30  # longer runs without a break are not read as one title
UNIT_ENDS = "部处科室局委社院厅办所"  # a 的 after one of these stays in the title
JOINERS = "和与及"  # one-character stops that may be part of a unit's name instead
CHAIN_MARKS = "、，,"  # titles of one person joined by these form a chain
CLAUSE_BREAKS = "，,。；;：:！？!?"  # what opens a clause that may be all title
LEVELS = "省市县区乡镇村"  # a unit's level, opening its name (县委, 市长)
_LONGEST_WORD = 8  # no title word is longer


def _title_start(text: str, end: int, word_start: int, t: NameTables) -> int | None:
    """Where the title ending at ``end`` begins; None when no clear start is found."""
    limit = max(0, end - MAX_TITLE)
    k = word_start
    while k > 0:
        if text[k - 1] == "》" and "《" in text[limit : k - 1]:
            k = text.rindex("《", limit, k - 1)  # 《甲报》社会新闻部主任: a title may open
            continue  # with the name of a paper or a book
        if text[k - 1] in BREAKS or _stop_ends_at(text, k, t):
            return k
        if k == limit:
            return None
        k -= 1
    return 0


def _stop_ends_at(text: str, k: int, t: NameTables) -> bool:
    """A stop word ends at ``k`` — a one-character one only when it is not the start of a
    word running on (经｜济学家 is no stop: 经济), nor the 和 of a unit's name
    (省工业和信息化厅)."""
    if not text.endswith(t.title_stops, 0, k):  # one C call: most positions end no stop
        return False
    stop = next(w for w in t.title_stops if text.endswith(w, 0, k))
    if stop == "的" and k >= 2 and text[k - 2] in UNIT_ENDS:
        return False  # 副刊部的历任编辑: a unit's post, 的 and all
    if stop in JOINERS and _inside_joined_unit(text, k - 1, t):
        return False
    if stop in JOINERS and text[k : k + 1] in LEVELS:
        return True  # 党员和｜县长: a level opens the next unit (和县 is no word here)
    return len(stop) > 1 or not crosses_start(text, k)


def _inside_joined_unit(text: str, at: int, t: NameTables) -> bool:
    """True when the 和/与 at ``at`` is the one inside a unit name of ``title_joined.txt``."""
    for name in t.title_joined:
        inner = name.find(text[at])
        if inner > 0 and text.startswith(name, at - inner):
            return True
    return False


def _tenure_start(text: str, start: int, end: int, t: NameTables) -> int | None:
    """Where a word such as 时任 opens the title ending at ``end``, when a stop word cut
    the title after it (被时任采访｜部主任); None if there is none."""
    lo = max(0, end - MAX_TITLE)
    for word in t.title_tenure:
        at = text.rfind(word, lo, start)
        if at < 0 or any(c in BREAKS for c in text[at:start]):
            continue
        if not crosses_start(text, at):  # not the 时任 of 同时任命: no word runs into it
            return at
    return None


def _clean(title: str, t: NameTables) -> str:
    """Drop leading clutter (digits, markers) and words like 该市 that are not the title."""
    i = 0
    while i < len(title) and not (is_han(title[i]) or title[i] in "“（《"):
        i += 1
    title = title[i:]
    if title[:1] in "（(" and not any(c in title for c in "）)"):
        title = title[1:]  # （记者甲乙: the bracket belongs to the dateline
    if title.startswith("该") and len(title) > 2 and title[1] == title[2]:
        title = title[2:]  # 该市市委副书记 → 市委副书记
    for word in t.title_strip:
        if title.startswith(word) and t.title_words.search(title[len(word) :]):
            return title[len(word) :]
    return title


def title_chain(text: str, word_start: int, end: int, t: NameTables) -> tuple[str, ...]:
    """The titles printed before a name: the one ending at ``end`` and those chained to it."""
    start = _title_start(text, end, word_start, t)
    if start is None:
        return (text[word_start:end],)
    tenure = _tenure_start(text, start, end, t)
    if tenure is not None:
        opened = _title_start(text, end, tenure, t)
        start = tenure if opened is None else opened
    titles = [_clean(text[start:end], t)]
    while start > 0 and text[start - 1] in CHAIN_MARKS:
        link_end = start - 1
        match = t.title_end.search(text, max(0, link_end - _LONGEST_WORD), link_end)
        if match is None:
            break
        link_start = _title_start(text, link_end, match.start(), t)
        if link_start is None:
            break
        if text[link_end] != "、" and not _whole_clause(text, link_start):
            break  # 他是某会会员，县长甲乙丙: after a comma only a clause all title chains
        titles.insert(0, _clean(text[link_start:link_end], t))
        start = link_start
    return tuple(title for title in titles if title)


def _whole_clause(text: str, start: int) -> bool:
    """True when a clause break (or the text's start) stands right before ``start``."""
    return start == 0 or text[start - 1] in CLAUSE_BREAKS


def is_group_title(title: str, t: NameTables) -> bool:
    """True for titles that head a list of names (区领导甲、乙、丙)."""
    return title.endswith(t.group_titles)
