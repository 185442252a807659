"""Event dates: every date form of a lead, resolved against the issue date.

The main table gives, for a phrase inside an invented lead and an issue date, the span the
lead means (first and last day), its precision and the clock time ("≈10:00" is approximate).
Expected values were worked out by hand from a calendar, not by running the parser.
"""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest

from jzdaily import Article, parse_page
from jzdaily._dates import EventDate, find_event_date, parse_cn_number
from jzdaily._records import page_record, page_schema
from tests.conftest import typeset

ISSUE = dt.date(2023, 3, 7)  # a Tuesday: its week runs Monday 3月6日 to Sunday 3月12日

# lead, issue date, first day, last day, precision, clock time
CASES: list[tuple[str, str | None, str | None, str | None, str | None, str | None]] = [
    # weekdays in the issue's week (Monday to Sunday), the last and the next week
    ("本报讯 上周五上午，青石镇召开秋粮收购工作会。", "2023-03-07", "2023-03-03", "2023-03-03", "day", None),
    ("本周一，柳河区启动春季植绿行动。", "2023-03-07", "2023-03-06", "2023-03-06", "day", None),
    ("这周一下午，东湖街道组织开展消防演练。", "2023-03-07", "2023-03-06", "2023-03-06", "day", None),
    ("上星期五，白杨村举行村民议事会。", "2023-03-07", "2023-03-03", "2023-03-03", "day", None),
    ("上个星期三，区文化馆举办书法展。", "2023-03-07", "2023-03-01", "2023-03-01", "day", None),
    ("下周二，全区将召开经济工作会议。", "2023-03-07", "2023-03-14", "2023-03-14", "day", None),
    ("下星期日，马鞍山景区将举办登山比赛。", "2023-03-07", "2023-03-19", "2023-03-19", "day", None),
    ("本周日，城南社区将开展义诊活动。", "2023-03-07", "2023-03-12", "2023-03-12", "day", None),
    ("本周三，区政协召开常委会议。", "2023-03-07", "2023-03-08", "2023-03-08", "day", None),
    ("上周日晚上，河西广场举办文艺演出。", "2023-03-07", "2023-03-05", "2023-03-05", "day", None),
    ("下周一起，城区公交线路将调整。", "2023-03-07", "2023-03-13", "2023-03-13", "day", None),
    ("上周末，某公园迎来踏青游客。", "2023-03-07", "2023-03-04", "2023-03-05", "approximate", None),
    ("本周末，某商圈将举办消费季活动。", "2023-03-07", "2023-03-11", "2023-03-12", "approximate", None),
    # a bare weekday: the last one not after the issue date, or the next with future words
    ("周三，某县召开春耕生产推进会。", "2023-03-07", "2023-03-01", "2023-03-01", "day", None),
    ("星期二，区人大常委会召开会议。", "2023-03-07", "2023-03-07", "2023-03-07", "day", None),
    ("礼拜天，志愿者走进敬老院。", "2023-03-07", "2023-03-05", "2023-03-05", "day", None),
    ("全区安全生产大会将于周三召开。", "2023-03-07", "2023-03-08", "2023-03-08", "day", None),
    ("首届桃花节定于周五开幕。", "2023-03-07", "2023-03-10", "2023-03-10", "day", None),
    ("区运动会定于下周二开幕。", "2023-03-07", "2023-03-14", "2023-03-14", "day", None),
    ("全区表彰大会于周五在会议中心召开。", "2023-03-07", "2023-03-03", "2023-03-03", "day", None),
    ("周四上午，某区召开专题会议。", "2023-03-07", "2023-03-02", "2023-03-02", "day", None),
    ("该刊每周一期，星期四出版，深受读者欢迎。", "2023-03-07", None, None, None, None),
    # weeks across the year's end and leap days
    ("上周五，山阳区召开年终总结会。", "2024-01-02", "2023-12-29", "2023-12-29", "day", None),
    ("上周日晚上，跨年晚会在体育馆举行。", "2024-01-02", "2023-12-31", "2023-12-31", "day", None),
    ("周六，某镇举办迎新长跑。", "2024-01-02", "2023-12-30", "2023-12-30", "day", None),
    ("本周一，新年第一个工作日。", "2024-01-02", "2024-01-01", "2024-01-01", "day", None),
    ("本周一，市场监管局开展节前检查。", "2023-01-01", "2022-12-26", "2022-12-26", "day", None),
    ("上周五，某区召开务虚会。", "2023-01-01", "2022-12-23", "2022-12-23", "day", None),
    ("下周二，全市将召开人代会预备会。", "2023-01-01", "2023-01-03", "2023-01-03", "day", None),
    ("本周四，某校举行开学典礼。", "2024-03-01", "2024-02-29", "2024-02-29", "day", None),
    ("上周四，某厂新生产线投产。", "2024-03-01", "2024-02-22", "2024-02-22", "day", None),
    ("上周四，区委召开专题会议。", "2024-03-04", "2024-02-29", "2024-02-29", "day", None),
    # relative months and years
    ("本报讯 本月3日，柳河区召开创建工作推进会。", "2023-03-07", "2023-03-03", "2023-03-03", "day", None),
    ("上月28日，某镇完成土地流转签约。", "2023-03-07", "2023-02-28", "2023-02-28", "day", None),
    ("下月5日，全市将开展集中宣传。", "2023-03-07", "2023-04-05", "2023-04-05", "day", None),
    ("这个月10日，某园区将举办招聘会。", "2023-03-07", "2023-03-10", "2023-03-10", "day", None),
    ("上个月20日上午，某县召开表彰会。", "2023-03-07", "2023-02-20", "2023-02-20", "day", None),
    ("上月28日，区里召开年终考评会。", "2024-01-02", "2023-12-28", "2023-12-28", "day", None),
    ("下月5日，新年音乐会将在大剧院上演。", "2023-12-29", "2024-01-05", "2024-01-05", "day", None),
    ("上月29日，某区召开动员会。", "2024-03-05", "2024-02-29", "2024-02-29", "day", None),
    ("今年3月，某县启动人居环境整治。", "2023-03-07", "2023-03-01", "2023-03-31", "month", None),
    ("今年2月，全区新增市场主体三百余户。", "2023-03-07", "2023-02-01", "2023-02-28", "month", None),
    ("去年12月30日，某公路建成通车。", "2023-03-07", "2022-12-30", "2022-12-30", "day", None),
    ("去年12月，某村被评为文明村。", "2023-03-07", "2022-12-01", "2022-12-31", "month", None),
    ("明年5月，新馆将建成开放。", "2023-03-07", "2024-05-01", "2024-05-31", "month", None),
    ("前年9月，该项目正式签约。", "2023-03-07", "2021-09-01", "2021-09-30", "month", None),
    ("今年5月1日起，新规将正式施行。", "2023-03-07", "2023-05-01", "2023-05-01", "day", None),
    ("今年2月底，某企业完成技术改造。", "2024-03-10", "2024-02-21", "2024-02-29", "part-of-month", None),
    ("去年2月29日，某站点投入使用。", "2025-03-01", "2024-02-29", "2024-02-29", "day", None),
    ("明年2月29日，某馆将迎来开馆日。", "2023-06-01", "2024-02-29", "2024-02-29", "day", None),
    ("本月，全市开展安全生产大检查。", "2023-03-07", "2023-03-01", "2023-03-31", "month", None),
    # parts of a month: 上旬/初 1–10, 中旬 11–20, 下旬/底/末 21–end
    ("3月上旬，某县组织春季招聘。", "2023-03-07", "2023-03-01", "2023-03-10", "part-of-month", None),
    ("2月中旬，某区完成冬小麦追肥。", "2023-03-07", "2023-02-11", "2023-02-20", "part-of-month", None),
    ("2月下旬，某镇举办技能培训。", "2023-03-07", "2023-02-21", "2023-02-28", "part-of-month", None),
    ("2月底，某校完成校舍维修。", "2023-03-07", "2023-02-21", "2023-02-28", "part-of-month", None),
    ("2月末，某街道完成人口普查。", "2023-03-07", "2023-02-21", "2023-02-28", "part-of-month", None),
    ("3月初，某区启动植树活动。", "2023-03-07", "2023-03-01", "2023-03-10", "part-of-month", None),
    ("上月底，某村完成道路硬化。", "2023-03-07", "2023-02-21", "2023-02-28", "part-of-month", None),
    ("本月初，某园区新签约项目5个。", "2023-03-07", "2023-03-01", "2023-03-10", "part-of-month", None),
    ("下月中旬，全市将举办农民运动会。", "2023-03-07", "2023-04-11", "2023-04-20", "part-of-month", None),
    ("2024年2月下旬，某馆闭馆维修。", "2023-03-07", "2024-02-21", "2024-02-29", "part-of-month", None),
    ("12月下旬，某区开展冬季送温暖。", "2024-01-02", "2023-12-21", "2023-12-31", "part-of-month", None),
    ("1月上旬，某县将召开两会。", "2023-12-28", "2024-01-01", "2024-01-10", "part-of-month", None),
    ("2022年11月中旬，某桥合龙。", "2023-03-07", "2022-11-11", "2022-11-20", "part-of-month", None),
    ("该工程计划4月底前完工。", "2023-03-07", "2023-04-21", "2023-04-30", "part-of-month", None),
    # whole months
    ("2022年9月，某县获评省级示范县。", "2023-03-07", "2022-09-01", "2022-09-30", "month", None),
    ("二〇二二年九月，某校建成新校区。", "2023-03-07", "2022-09-01", "2022-09-30", "month", None),
    ("12月，某区新增就业岗位千余个。", "2024-01-02", "2023-12-01", "2023-12-31", "month", None),
    ("1月份，某县财政收入稳步增长。", "2023-03-07", "2023-01-01", "2023-01-31", "month", None),
    ("3月至5月，全区开展专项整治。", "2023-03-07", "2023-03-01", "2023-05-31", "month", None),
    ("今年1-2月，某县规上工业增加值增长8%。", "2023-03-20", "2023-01-01", "2023-02-28", "month", None),
    ("2022年11至12月，某区开展冬季攻势。", "2023-03-07", "2022-11-01", "2022-12-31", "month", None),
    ("11月至1月，某景区实行冬季票价。", "2023-01-10", "2022-11-01", "2023-01-31", "month", None),
    ("2020年2月，某医院组建医疗队。", "2023-03-07", "2020-02-01", "2020-02-29", "month", None),
    # festivals: lunar and fixed, the nearest year or the year printed
    ("春节期间，某县景区接待游客十万人次。", "2023-02-01", "2023-01-21", "2023-01-27", "approximate", None),
    ("春节期间，某县外出务工人员返乡创业。", "2001-08-01", "2001-01-23", "2001-01-29", "approximate", None),
    ("春节期间，全市交通运行平稳。", "2024-02-20", "2024-02-09", "2024-02-15", "approximate", None),
    ("今年春节期间，某镇开展文化下乡。", "2024-12-20", "2024-02-09", "2024-02-15", "approximate", None),
    ("2008年春节前夕，某厂职工返岗。", "2023-03-07", "2008-01-30", "2008-02-05", "approximate", None),
    ("元旦前夕，某区走访慰问困难群众。", "2023-01-03", "2022-12-25", "2022-12-31", "approximate", None),
    ("元旦期间，全市商超客流增长。", "2024-01-04", "2024-01-01", "2024-01-03", "approximate", None),
    ("国庆期间，某景区推出夜游项目。", "2023-10-09", "2023-10-01", "2023-10-07", "approximate", None),
    ("国庆节当天，某村举行升旗仪式。", "2023-10-09", "2023-10-01", "2023-10-01", "day", None),
    ("中秋节，某社区举办邻里晚会。", "2023-09-30", "2023-09-29", "2023-10-01", "approximate", None),
    ("中秋节当天，某养老院举办联欢会。", "2024-09-20", "2024-09-17", "2024-09-17", "day", None),
    ("端午期间，某公园举办龙舟赛。", "2024-06-12", "2024-06-10", "2024-06-12", "approximate", None),
    ("清明节期间，某陵园接待祭扫群众。", "2023-04-06", "2023-04-04", "2023-04-06", "approximate", None),
    ("清明前后，某茶园开始采摘。", "2024-04-02", "2024-04-01", "2024-04-07", "approximate", None),
    ("元宵节当晚，某广场举办灯会。", "2023-02-06", "2023-02-05", "2023-02-05", "day", None),
    ("重阳节前夕，某街道看望老人。", "2023-10-20", "2023-10-16", "2023-10-22", "approximate", None),
    ("除夕夜，某消防站官兵坚守岗位。", "2024-02-12", "2024-02-09", "2024-02-09", "day", None),
    ("“五一”假期，某景区游人如织。", "2023-05-06", "2023-05-01", "2023-05-05", "approximate", None),
    ("“五一”国际劳动节前夕，某工会表彰先进。", "2023-04-28", "2023-04-24", "2023-04-30", "approximate", None),
    ("植树节当天，某区组织义务植树。", "2023-03-13", "2023-03-12", "2023-03-12", "day", None),
    ("“七一”前夕，某支部开展主题党日活动。", "2023-07-03", "2023-06-24", "2023-06-30", "approximate", None),
    ("建军节前夕，某区走访慰问驻地部队。", "2023-08-02", "2023-07-25", "2023-07-31", "approximate", None),
    ("第39个教师节到来之际，某区表彰优秀教师。", "2023-09-11", "2023-09-03", "2023-09-10", "approximate", None),
    ("国庆节后，某工地全面复工。", "2023-10-12", "2023-10-08", "2023-10-14", "approximate", None),
    ("中秋节前后，某果园迎来采摘高峰。", "2023-03-07", "2022-09-07", "2022-09-13", "approximate", None),
    ("某果园将于中秋节前后开园。", "2023-03-07", "2023-09-26", "2023-10-02", "approximate", None),
    ("2050年春节期间，某地规划中的新城投用。", "2023-03-07", "2050-01-22", "2050-01-28", "approximate", None),
    ("1983年春节，某厂举办职工联欢。", "2023-03-07", "1983-02-12", "1983-02-18", "approximate", None),
    ("2023年中秋节当天，某社区举办赏月活动。", "2024-01-05", "2023-09-29", "2023-09-29", "day", None),
    ("2024年除夕，某医院医护人员坚守岗位。", "2024-03-01", "2024-02-09", "2024-02-09", "day", None),
    # a festival gives way to a more precise date in the same sentence, not in the next
    ("在“三八”国际妇女节来临之际，3月6日上午，某区表彰女职工。", "2023-03-07", "2023-03-06", "2023-03-06", "day", None),
    ("春节前夕，2月1日，某区领导走访慰问困难群众。", "2024-02-05", "2024-02-01", "2024-02-01", "day", None),
    ("在“三八”国际妇女节来临之际，某单位举办茶话会。3月6日，又举办讲座。", "2023-03-07", "2023-03-01", "2023-03-08", "approximate", None),
    # lunar dates: a day of the lunar year nearest the issue (Mid-Autumn 2022 was 9月10日)
    ("农历八月十五，村民聚在一起赏月。", "2023-03-07", "2022-09-10", "2022-09-10", "day", None),
    ("农历八月初八，某村举办庙会。", "2023-03-07", "2022-09-03", "2022-09-03", "day", None),
    ("正月初八，某企业开工复产。", "2024-02-20", "2024-02-17", "2024-02-17", "day", None),
    ("大年初一，某景区游人如织。", "2023-01-25", "2023-01-22", "2023-01-22", "day", None),
    ("大年三十，某消防站官兵坚守岗位。", "2024-02-12", "2024-02-09", "2024-02-09", "day", None),
    ("腊月二十三，某村举办民俗活动。", "2024-02-05", "2024-02-02", "2024-02-02", "day", None),
    ("农历五月初五，某河段举行龙舟赛。", "2024-06-12", "2024-06-10", "2024-06-10", "day", None),
    ("正月十五上午，某广场举办社火表演。", "2023-02-06", "2023-02-05", "2023-02-05", "day", None),
    ("八月十五日，某县召开会议。", "2023-08-20", "2023-08-15", "2023-08-15", "day", None),
    ("三月十四日，某地召开会议。", "2023-03-20", "2023-03-14", "2023-03-14", "day", None),
    # ranges: the event date is the first day
    ("5月9日至11日，全市中学生运动会举行。", "2023-05-12", "2023-05-09", "2023-05-11", "day", None),
    ("5月9日到11日，某县举办农产品展销会。", "2023-05-12", "2023-05-09", "2023-05-11", "day", None),
    ("5月30日至6月2日，某区举办读书月活动。", "2023-06-05", "2023-05-30", "2023-06-02", "day", None),
    ("9日—11日，某镇举办桃花节。", "2023-05-12", "2023-05-09", "2023-05-11", "day", None),
    ("12月28日至1月3日，某馆举办年俗展。", "2024-01-05", "2023-12-28", "2024-01-03", "day", None),
    ("2023年12月30日至2024年1月2日，某景区免费开放。", "2024-01-05", "2023-12-30", "2024-01-02", "day", None),
    ("3月1日-3日，某区开展集中宣传。", "2023-03-07", "2023-03-01", "2023-03-03", "day", None),
    ("28日，某村召开村民大会。", "2023-03-02", "2023-02-28", "2023-02-28", "day", None),
    ("6日上午，某区召开工作会议。", "2023-03-07", "2023-03-06", "2023-03-06", "day", None),
    # clock times, with the part of day
    ("3月6日14时30分，某路段发生交通事故。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "14:30"),
    ("昨天10时许，某小区发生火情。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "≈10:00"),
    ("3月6日下午3时，某区召开紧急会议。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "15:00"),
    ("3月6日15:30，某站迎来首趟列车。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "15:30"),
    ("今天上午9点半，某校举行升旗仪式。", "2023-03-07", "2023-03-07", "2023-03-07", "day", "09:30"),
    ("昨晚8时许，某路口两车相撞。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "≈20:00"),
    ("3月5日晚上7时左右，某村发生山火。", "2023-03-07", "2023-03-05", "2023-03-05", "day", "≈19:00"),
    ("3月5日中午12时，某食堂开始供餐。", "2023-03-07", "2023-03-05", "2023-03-05", "day", "12:00"),
    ("3月5日凌晨2时，某仓库发生火灾。", "2023-03-07", "2023-03-05", "2023-03-05", "day", "02:00"),
    ("14时30分许，某路口发生事故。", "2023-03-07", None, None, None, "≈14:30"),
    ("3月6日下午十五时，某厂举行投产仪式。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "15:00"),
    ("3月6日上午十时，某区召开会议。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "10:00"),
    ("3月6日晚上十一点，某路段完成抢修。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "23:00"),
    ("3月6日25时，某处完成演练。", "2023-03-07", "2023-03-06", "2023-03-06", "day", None),
    ("上周五下午2时30分，某县召开会议。", "2023-03-07", "2023-03-03", "2023-03-03", "day", "14:30"),
    # a weekday printed after a date is a check; it does not move the date
    ("3月7日（星期二）上午，某区召开会议。", "2023-03-07", "2023-03-07", "2023-03-07", "day", None),
    ("3月7日（周三），某区召开会议。", "2023-03-07", "2023-03-07", "2023-03-07", "day", None),
    ("3月6日(周一)14时，某站开通。", "2023-03-07", "2023-03-06", "2023-03-06", "day", "14:00"),
    # month/day dates: the year nearest the issue (within half a year)
    ("12月30日，全市召开会议。", "2024-01-02", "2023-12-30", "2023-12-30", "day", None),
    ("1月2日，某地召开会议。", "2023-12-30", "2024-01-02", "2024-01-02", "day", None),
    ("10月19日将召开大会。", "2023-10-18", "2023-10-19", "2023-10-19", "day", None),
    ("2月29日，某站投用。", "2024-03-05", "2024-02-29", "2024-02-29", "day", None),
    ("2月29日，某站将投用。", "2023-09-01", "2024-02-29", "2024-02-29", "day", None),
    ("2月29日，某站投用。", "2023-03-05", None, None, None, None),
    ("三月四日晚上，某地举行晚会。", "2023-03-07", "2023-03-04", "2023-03-04", "day", None),
    ("2021年6月5日，该项目开工。", "2023-03-07", "2021-06-05", "2021-06-05", "day", None),
    # not an event date
    ("近日，某区出台新政。", "2023-03-07", None, None, None, None),
    ("今年以来，某县新增就业两千人。3月5日，又举办招聘会。", "2023-03-07", "2023-03-05", "2023-03-05", "day", None),
    ("3月以来，某区累计植树万余株。", "2023-03-07", None, None, None, None),
    ("春节以来，某镇新签约项目三个。", "2023-03-07", None, None, None, None),
    ("服务大厅每周一至周五对外办公。", "2023-03-07", None, None, None, None),
    ("十月怀胎，母亲不易。", "2023-03-07", None, None, None, None),
    ("材料须在30日内报送。", "2023-03-07", None, None, None, None),
    ("某小区3号楼完成加装电梯。", "2023-03-07", None, None, None, None),
    ("检查组两周一次到现场督导。", "2023-03-07", None, None, None, None),
    ("某局连续3日开展夜查。", "2023-03-07", None, None, None, None),
    ("风清气正、政治清明的环境。", "2023-03-07", None, None, None, None),
    ("某村今年三十岁以下的青年有五十人。", "2023-03-07", None, None, None, None),
    ("每逢周末，志愿者都来服务。", "2023-03-07", None, None, None, None),
    ("以“3月5日学雷锋日”为契机，3月6日，某校开展志愿活动。", "2023-03-07", "2023-03-06", "2023-03-06", "day", None),
    ("学习《2022年3月1日通知》，3月2日，某局召开会议。", "2023-03-07", "2023-03-02", "2023-03-02", "day", None),
    ("对2022年度先进单位进行表彰。", "2023-03-07", None, None, None, None),
    # no issue date: printed years still place the date
    ("2023年春节期间，某县接待游客。", None, "2023-01-21", "2023-01-27", "approximate", None),
    ("2022年9月，某校建成新校区。", None, "2022-09-01", "2022-09-30", "month", None),
    ("上周五，某地召开会议。", None, None, None, None, None),
]


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _clock(text: str | None) -> tuple[dt.time | None, bool]:
    if text is None:
        return None, False
    return dt.time.fromisoformat(text.lstrip("≈")), text.startswith("≈")


def test_the_table_is_large_and_distinct() -> None:
    """At least 120 cases, no lead listed twice for the same issue date."""
    assert len(CASES) >= 120
    assert len({(lead, issue) for lead, issue, *_ in CASES}) == len(CASES)


@pytest.mark.parametrize(("lead", "issue", "first", "last", "precision", "clock"), CASES)
def test_every_date_form(
    lead: str, issue: str | None, first: str | None, last: str | None,
    precision: str | None, clock: str | None,
) -> None:  # fmt: skip
    """The lead's date resolves to the span, precision and clock time worked out by hand."""
    got = find_event_date(lead, _day(issue))
    time, approximate = _clock(clock)
    assert (got.date, got.date_end, got.precision) == (_day(first), _day(last), precision)
    assert (got.time, got.time_approximate) == (time, approximate)


@pytest.mark.parametrize(
    ("lead", "issue", "relative", "time_of_day"),
    [
        ("上周五上午，某局召开会议。", ISSUE, "上周五", "上午"),
        ("周三，某县召开会议。", ISSUE, "周三", None),
        ("本月3日，某区召开会议。", ISSUE, "本月3日", None),
        ("今年3月，某县启动整治。", ISSUE, "今年3月", None),
        ("上月底，某村完成硬化。", ISSUE, "上月底", None),
        ("今年春节期间，某镇开展活动。", ISSUE, "今年春节期间", None),
        ("昨晚8时许，某路口两车相撞。", ISSUE, "昨晚", "晚上"),
        ("昨天下午，某地举行活动。", ISSUE, "昨天", "下午"),
        ("3月4日上午，某地召开会议。", ISSUE, None, "上午"),
        ("春节期间，某县接待游客。", ISSUE, None, None),
        ("元宵节当晚，某广场举办灯会。", ISSUE, None, "当晚"),
        ("近日，某地出台新政。", ISSUE, "近日", None),
        ("为弘扬精神，日前，某校举办活动。", ISSUE, "日前", None),
        ("上周五，某地召开会议。", None, "上周五", None),
        ("3 月 2 日下午，某地召开会议。", ISSUE, None, "下午"),
    ],
)
def test_relative_phrase_and_part_of_day(
    lead: str, issue: dt.date | None, relative: str | None, time_of_day: str | None
) -> None:
    """A phrase read against the issue date is kept as printed; so is the part of day."""
    got = find_event_date(lead, issue)
    assert (got.relative, got.time_of_day) == (relative, time_of_day)


@pytest.mark.parametrize(
    ("lead", "issue", "codes"),
    [
        ("3月7日（周三），某区召开会议。", ISSUE, ["weekday-mismatch"]),
        ("3月7日（星期二），某区召开会议。", ISSUE, []),
        ("2024年3月1日（周五），某站开通。", ISSUE, []),
        ("2024年3月1日（周四），某站开通。", ISSUE, ["weekday-mismatch"]),
        ("上周五，某地召开会议。", None, ["unresolved-date"]),
        ("本月3日，某地召开会议。", None, ["unresolved-date"]),
        ("昨天，某地召开会议。", None, ["unresolved-date"]),
        ("3月2日，某地召开会议。", None, []),  # the page warns no-issue-date already
        ("上月29日，某区召开动员会。", dt.date(2023, 3, 5), ["unresolved-date"]),
        ("本月31日，某区召开会议。", dt.date(2023, 4, 10), ["unresolved-date"]),
        ("2月29日，某站投用。", dt.date(2023, 3, 5), ["unresolved-date"]),
        ("2100年春节期间，某地举办活动。", ISSUE, ["unresolved-date"]),
        ("13月45日，3月2日上午，某地召开会议。", ISSUE, []),
        ("近日，某地出台新政。", None, []),
        ("下周五，某地召开会议。", dt.date.max, ["unresolved-date"]),
        ("上周一，某地召开会议。", dt.date.min, ["unresolved-date"]),
        ("明天，某地召开会议。", dt.date.max, ["unresolved-date"]),
    ],
)
def test_warnings(lead: str, issue: dt.date | None, codes: list[str]) -> None:
    """A printed weekday the date does not fall on, or a date that cannot be placed, warns."""
    assert [code for code, _ in find_event_date(lead, issue).problems()] == codes


def test_impossible_date_is_skipped_and_reported() -> None:
    """13月45日 names no day: the next expression is used and the bad one kept."""
    got = find_event_date("13月45日，3月2日上午，", ISSUE)
    assert (got.date, got.invalid) == (dt.date(2023, 3, 2), "13月45日")


def test_a_date_without_an_issue_date_is_left_unplaced() -> None:
    """3月2日 with no issue date: no date, no precision, nothing invented."""
    assert find_event_date("3月2日，某地", None) == EventDate()


@pytest.mark.parametrize(
    ("text", "value"), [("12", 12), ("十", 10), ("十二", 12), ("二十一", 21), ("三十", 30), ("二〇二三", 2023)]
)
def test_parse_cn_number(text: str, value: int) -> None:
    """Chinese numerals as printed in dates."""
    assert parse_cn_number(text) == value


_HEADER = "A05│山阳新闻2024年1月2日 星期二\n\n"


@pytest.mark.parametrize(
    ("lead", "fields"),
    [
        ("本报讯 上周五下午3时许，某区召开会议。",
         (dt.date(2023, 12, 29), dt.date(2023, 12, 29), "day", dt.time(15, 0), True, "上周五")),
        ("本报讯 12月下旬，某区开展冬季送温暖。",
         (dt.date(2023, 12, 21), dt.date(2023, 12, 31), "part-of-month", None, False, None)),
        ("本报讯 元旦期间，某景区接待游客万余人次。",
         (dt.date(2024, 1, 1), dt.date(2024, 1, 3), "approximate", None, False, None)),
        ("本报讯 12月28日至30日，某县举办年货节。",
         (dt.date(2023, 12, 28), dt.date(2023, 12, 30), "day", None, False, None)),
        ("本报讯 近日，某区出台新政。", (None, None, None, None, False, "近日")),
    ],
)  # fmt: skip
def test_article_fields_and_round_trip(lead: str, fields: tuple[object, ...]) -> None:
    """parse_page fills the new Article fields, and from_dict(to_dict()) keeps them."""
    page = parse_page(_HEADER + lead + "\n\n某地新闻\n")
    article = page.articles[0]
    got = (article.date, article.date_end, article.date_precision, article.time,
           article.time_approximate, article.relative_date)  # fmt: skip
    assert got == fields
    data = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
    assert Article.from_dict(data) == article


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (_HEADER + "本报讯 1月2日（周三），某区召开会议。\n\n某区召开会议\n", "weekday-mismatch"),
        ("本报讯 上周五，某地召开会议。\n\n某地召开会议\n", "unresolved-date"),
    ],
)
def test_page_warnings(text: str, code: str) -> None:
    """A weekday check that fails, or a relative date without an issue date, warns on the page."""
    page = parse_page(text)
    found = [w for w in page.warnings if w.code == code]
    assert len(found) == 1 and found[0].source_lines == (page.articles[0].source_lines[0],)


@pytest.mark.parametrize("width", [5, 6, 7, 9, 12])
def test_a_date_cut_by_the_column_reads_whole(width: int) -> None:
    """上周五下午3时30分 cut anywhere by a narrow column (even across a column break) reads
    the same: dates are read after the lines are joined."""
    lead = "本报讯 上周五下午3时30分许，某区召开防汛工作会议，安排部署近期重点工作。"
    page = parse_page(_HEADER + typeset(lead, width, breaks=(1,)) + "\n\n某区召开防汛会议\n")
    article = page.articles[0]
    assert (article.date, article.time, article.time_approximate, article.relative_date) == (
        dt.date(2023, 12, 29), dt.time(15, 30), True, "上周五"
    )  # fmt: skip


def _dated_record() -> dict[str, object]:
    text = _HEADER + "本报讯 上周五下午3时许，某区召开会议。\n\n某区召开会议\n\n本报讯 12月下旬，某区开展活动。\n\n某区开展活动\n"
    return json.loads(json.dumps(page_record(parse_page(text), source="p.txt"), ensure_ascii=False))


def test_the_schema_takes_the_new_date_fields() -> None:
    """A page whose articles have a clock time and a part-of-month date validates."""
    record = _dated_record()
    articles = record["articles"]
    assert isinstance(articles, list)
    assert [(a["time"], a["date_precision"]) for a in articles] == [("15:00", "day"), (None, "part-of-month")]
    jsonschema.validate(record, page_schema(), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    ("field", "value"),
    [("time", "3pm"), ("time", "15:00:00"), ("date_precision", "week"), ("date_end", "2023-12"),
     ("time_approximate", "yes")],
)  # fmt: skip
def test_the_schema_rejects_bad_date_fields(field: str, value: str) -> None:
    """A clock time not in HH:MM, an unknown precision or a malformed end date is rejected."""
    record = _dated_record()
    articles = record["articles"]
    assert isinstance(articles, list)
    articles[0][field] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, page_schema(), cls=jsonschema.Draft202012Validator)
