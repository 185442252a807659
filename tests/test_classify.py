"""Line roles from the rule table, on lines written for these tests."""

from __future__ import annotations

import itertools

import pytest

from jzdaily._classify import Role, classify
from jzdaily._text import split_lines


def _roles(text: str) -> list[Role]:
    return [t.role for t in classify(split_lines(text)) if t.role is not Role.BLANK]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("B02│焦作新闻2024年5月6日 星期一", Role.PAGE_LINE),
        ("2024年5月6日 星期一 焦作新闻│A05", Role.PAGE_LINE),
        ("会上通报。《某刊》2019年6月5日C2版刊", Role.TEXT),  # a body line naming a page
        ("JIAOZUO DAILY", Role.PAPER),
        ("焦作日报", Role.PAPER),
        ("■新闻热线：1234567│■编辑：甲乙│校对：丙丁", Role.STAFF),
        ("责编：甲乙 美编：丙丁", Role.STAFF),
        ("新新闻闻", Role.GARBAGE),
        ("★★★★", Role.GARBAGE),
        ("本报讯（记者甲乙） 5月5日，", Role.LEAD),
        ("本报讯 5月5日，", Role.LEAD),
        ("本报洛阳5月5日电（记者甲乙）", Role.LEAD),
        ("新华社北京5月5日电", Role.LEAD),
        ("●5月5日，某地", Role.LEAD),
        ("▲图为某地", Role.LEAD),
        ("□本报评论员 甲 乙", Role.SIGNATURE),
        ("图 片 新 闻", Role.COLUMN),
        ("图\u3000片\u3000新\u3000闻", Role.COLUMN),  # ideographic spaces, as ASCII ones
        ("短\u3000评", Role.COLUMN),
        ("（邓超 许晴）", Role.AUTHORS),
        ("(韩梅)", Role.AUTHORS),
        ("赵春天 摄", Role.CREDIT),
        ("本报记者 王 芳 摄", Role.CREDIT),
        ("本报记者 孙 悦", Role.BYLINE),
        ("作者：本报记者 孙悦", Role.BYLINE),
        ("颖", Role.SINGLE),
        ("活动结束。 （韩梅）", Role.TAIL),
        ("活动结束。朱 明 摄", Role.TAIL),
        ("示范区 （高新区）", Role.TEXT),  # a place in brackets is no byline
        ("记者从市住建局获悉，全市", Role.TEXT),
        ("在现场进行拍摄", Role.TEXT),
    ],
)
def test_single_line_roles(line: str, role: Role) -> None:
    """Each rule recognises its line and leaves look-alikes alone."""
    assert _roles(line) == [role]


def test_credit_split_over_two_lines() -> None:
    """``本报记者 刘某`` / ``某 摄``: both lines are the credit."""
    assert _roles("市民在公园赏花。\n\n本报记者 刘金\n水 摄") == [Role.TEXT, Role.CREDIT, Role.CREDIT]


def test_credit_starting_after_the_last_sentence_of_a_line() -> None:
    """A credit that begins on a text line and ends on the next is a tail and a credit."""
    assert _roles("观赏美景。本报记者 王 芳\n摄") == [Role.TAIL, Role.CREDIT]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("记者进村入户，访民情，到田\n间地头。", [Role.TEXT, Role.TEXT]),  # a sentence
        ("本报记者 韦青禾", [Role.BYLINE]),  # the byline it must not be confused with
        ("剪贴成册。对于书画摄\n影类，就配上诗。", [Role.TEXT, Role.TEXT]),  # 摄影 cut
        ("剪贴成册。 韦青禾 摄\n\n影子剧团来了。", [Role.TAIL, Role.TEXT]),  # a credit
    ],
)
def test_running_text_that_looks_like_a_byline_or_credit(text: str, roles: list[Role]) -> None:
    """A role word opening a sentence with commas is no byline; 摄 cut from 影 on the next
    line is no credit (a blank line between them leaves the credit a credit)."""
    assert _roles(text) == roles


def test_authors_need_a_finished_sentence_before_them() -> None:
    """（某某） in the middle of a sentence is text, not a byline."""
    assert _roles("的专业讲座。市政协副主席、示范区 （高新区）") == [Role.TEXT]


@pytest.mark.parametrize("line", ["本报记者从供电公司获悉，全市", "本报记者日前从市电业局了解到"])
def test_body_lines_starting_with_the_paper_are_not_leads(line: str) -> None:
    """Only 本报讯 or a dated dispatch (本报某地某月某日电) opens a story."""
    assert _roles(line) == [Role.TEXT]


_LOOK_ALIKES = [
    "会议要求各单位抓好落实", "本报讯 5月5日，", "（甲乙）", "赵春天 摄", "政 务 简 报", "□甲乙",
    "新新闻闻", "●5月5日", "本报记者 孙 悦", "A08│孟州新闻2023年3月7日 星期二", "颖",
    "县档案馆副馆长 罗一帆", "作者：甲乙", "焦作日报", "编辑：甲│校对：乙", "活动结束。（韩梅）",
    "A08│某县新闻2031年5月6日星期二", "2031年5月6日星期二│A08", "某校建校90周年暨2031年春季",
    "新时代新征程中有新作为", "本报讯5月5日，", "本报记者孙悦", "作者：某某", "记者下基层，走访",
    "新华社北京5月5日电", "中新社郑州5月5日电", "人民日报记者某某", "记\u3000者某某", "对2030年",
    "某某\u3000某某", "通讯员某某", "实习生某某", "见习记者某某", "焦作日报社", "某某某某。",
    "罗一帆（省作协会员）", "罗 一 帆（省作协会员）", "罗一帆 （省作协会员）", "县档案馆副馆长\u3000罗一帆",
    "县 档 案 馆 副 馆 长 罗 一 帆", "（某县）档案馆副馆长 罗一帆", "罗\u3000一\u3000帆（省作协会员）",
]  # fmt: skip


@pytest.mark.parametrize("line", _LOOK_ALIKES)
@pytest.mark.parametrize("following", ["", "某 摄", "各单位抓好落实", "\x00"])
def test_the_plain_line_shortcut_agrees_with_the_rule_table(line: str, following: str) -> None:
    """A line the shortcut calls plain is one no rule of the table takes."""
    from jzdaily._classify import RULES, _plain

    lines = split_lines(f"{line}\n{following}")
    if _plain(lines, 0):
        assert all(rule(lines, 0) is None for rule in RULES)
    if lines[1].text and _plain(lines, 1):
        assert all(rule(lines, 1) is None for rule in RULES)


def test_an_ordinary_body_line_takes_the_shortcut() -> None:
    """A body line with no marker, space or closing mark skips the table."""
    from jzdaily._classify import _plain

    assert _plain(split_lines("会议要求各单位抓好落实\n下一步继续推进"), 0)
    assert not _plain(split_lines("该公司的工人在\n元 摄"), 0)  # a credit may start here


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("新时代新征程中有新作为\n某某", True),  # 新 opens no source word (新华社)
        ("中心组织全县开展活动\n某某", True),  # nor 中 (中新社)
        ("某校建校90周年暨2031年春季学\n某某", True),  # a year, but no page date
        ("对2030年\n某某", True),
        ("2030年和2031年春季\n某某", True),  # two years, neither before a month
        ("去年和2031年5月6日\n某某", False),  # the second year is a page date's
        ("本报记者从某公司获悉\n某某", False),  # a role word may open a byline
        ("新华社北京5月5日电\n某某", False),  # a source may open a dateline
        ("某县新闻2031年5月6日星期二\n某某", False),  # a page line's date
        ("会议要求各单位抓好落实，\n某某某 摄", False),  # a credit may start here
        ("会议要求各单位抓好落实。\n某某某 摄", True),  # not after a finished sentence
        ("会议要求各单位抓好落实，\n某某某某某某某某某某某某某某某某某 摄", True),  # too long
        ("会议要求各单位抓好落实，\n\n（某某）", False),  # one blank may part them
        ("会议要求\u3000各单位\n某某", False),  # any space, not only U+0020
    ],
)
def test_which_lines_take_the_shortcut(text: str, plain: bool) -> None:
    """The shortcut skips the table for a line that opens on no role word or source (a
    first character alone does not count), holds a year that is no page date, or that no
    closing mark can start on; a line any rule may take runs the table."""
    from jzdaily._classify import _plain

    assert _plain(split_lines(text), 0) is plain


def _cue_cases() -> list[tuple[str, str]]:
    """Each look-alike before each following line, and the sample page line by line."""
    from jzdaily import sample_text

    cases = [(line, following) for line in _LOOK_ALIKES for following in ("", "某 摄", "\x00")]
    sample = sample_text().split("\n")
    cases += [(line, following) for line, following in itertools.pairwise(sample) if line.strip()]
    return cases


@pytest.mark.parametrize(("line", "following"), _cue_cases())
def test_no_rule_takes_a_line_without_its_cue(line: str, following: str) -> None:
    """The combined cue pattern lets a rule be skipped only when the rule would not take the
    line (the cue is a necessary condition of its rule)."""
    from jzdaily._classify import TABLE, cues

    lines = split_lines(f"{line}\n{following}")
    shown = cues(lines[0].text)
    for k, (rule, cue) in enumerate(TABLE):
        if cue is not None and shown.group(f"cue{k}") is None:
            assert rule(lines, 0) is None, rule.__name__


@pytest.mark.parametrize("seed", range(6))
def test_cues_and_shortcut_hold_on_invented_pages(seed: int) -> None:
    """On invented pieces typeset in every convention, no rule would take a line that the
    shortcut calls plain, or a line that lacks the rule's cue."""
    import random

    from jzdaily._classify import TABLE, _plain, cues
    from tests.inventions import invented_pages
    from tests.typeset import lay_out

    rng = random.Random(seed)
    lines = split_lines(lay_out(invented_pages(rng), rng).text)
    for i, line in enumerate(lines):
        if line.blank:
            continue
        shown = cues(line.text)
        plain = _plain(lines, i)
        for k, (rule, cue) in enumerate(TABLE):
            if plain or (cue is not None and shown.group(f"cue{k}") is None):
                assert rule(lines, i) is None, (rule.__name__, line.text)


def test_the_listed_spaces_are_what_str_isspace_calls_space() -> None:
    """The shortcut's listed whitespace class matches exactly the characters ``\\s`` and
    ``str.split`` treat as spaces, over the whole of Unicode."""
    import re
    import sys

    from jzdaily._classify import _SPACES

    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(f"[{_SPACES}]", everything) == [c for c in everything if c.isspace()]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("活动结束。（某\n某）", [Role.TAIL, Role.AUTHORS]),  # the mark begins on the first line
        ("活动结束。某 某\n某 摄", [Role.TAIL, Role.CREDIT]),
        ("活动结束，大家\n都说好。（某某）", [Role.TEXT, Role.TAIL]),  # it begins on the second
        ("活动结束，大家\n都说好。 某某 摄", [Role.TEXT, Role.TAIL]),
        ("活动结束，大家（某某\n）", [Role.TEXT, Role.SINGLE]),  # no sentence before the mark
    ],
)
def test_a_byline_after_text_cut_by_a_line_break(text: str, roles: list[Role]) -> None:
    """A byline after the last sentence that a line break cuts is the first line's tail and
    the second line's credit; a byline wholly on the second line is that line's tail."""
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("县 档 案 馆 副 馆 长 罗 一 帆", Role.BYLINE),  # an office, then a name
        ("县 档 案 馆 副 馆 长 阿 · 古", Role.BYLINE),  # a name with a middle dot
        ("县 档 案 馆 副 馆 长 阿 • 古", Role.BYLINE),
        ("县 档 案 馆 副 馆 长 㐀 一 帆", Role.BYLINE),  # a name with an extension-A character
        ("罗 一 帆 （ 省 作 协 会 员 ）", Role.BYLINE),  # a name, then a bracketed standing
        ("县 档 案 馆 副 馆 长 罗 一 帆 。", Role.TEXT),  # a sentence mark: running text
        ("县 档 案 馆 副 馆 长 罗 一 2", Role.TEXT),  # a digit is in no name
        ("全 县 上 下 ， 齐 心 协 力", Role.TEXT),
    ],
)
def test_letter_spaced_titled_bylines(line: str, role: Role) -> None:
    """A letter-spaced line is a titled byline only if its characters can be an office and
    a name (Han characters, a middle dot) or it ends on a bracketed standing."""
    assert _roles(line) == [role]


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("某某 摄", 1),  # the credit's names, read once though two rules ask for them
        ("（某某 摄）", 1),
        ("活动结束。 某某 摄", 2),  # the whole line (no credit), then the names after text
        ("活动结束。\n\n本报记者 某\n某 摄", 1),  # a credit a line break cut, read joined
    ],
)
def test_classification_reads_each_credit_text_once(
    text: str, reads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rules that tell a credit ask `parse_credits` for its names in one spelling (no
    space before 摄), so a page's remembered answer serves them all: one text read each."""
    import jzdaily._closers
    from jzdaily._names import parse_credits

    asked: set[str] = set()

    def spy(names: str) -> object:
        asked.add(names)
        return parse_credits(names)

    monkeypatch.setattr(jzdaily._closers, "parse_credits", spy)
    classify(split_lines(text))
    assert len(asked) == reads, asked


@pytest.mark.parametrize(("line", "following"), _cue_cases())
def test_the_combined_cues_read_each_cue_as_it_reads_alone(line: str, following: str) -> None:
    """Each cue group of the combined pattern is set exactly when that cue, matched alone at
    the same place (the text behind its last character, from position 1), matches."""
    import re

    from jzdaily._classify import TABLE, cues

    text = split_lines(f"{line}\n{following}")[0].text
    shown = cues(text)
    for k, (_, cue) in enumerate(TABLE):
        alone = cue is None or re.compile(cue).match(text[-1:] + text, 1) is not None
        assert (shown.group(f"cue{k}") is not None) is alone, (k, cue)


@pytest.mark.parametrize(("line", "following"), _cue_cases())
def test_no_line_ending_on_a_closing_mark_is_plain(line: str, following: str) -> None:
    """The plain-line guard never passes a line that ends on a closing mark's last character
    (classify looks for where a closing mark may begin among the lines it leaves open)."""
    from jzdaily._classify import _PLAIN_TEXT

    text = split_lines(line)[0].text
    if text.endswith(("）", ")", "摄")):
        assert _PLAIN_TEXT.match(text) is None
