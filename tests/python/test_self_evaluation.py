"""The general reader of self-evaluation tables: from a PDF's cells, from flattened text in each
template's column set, what it lists as not read, and that the per-report corrections matter."""

import csv
import re
import time

import pytest
from self_evaluation_pdfs import EXPECTED_EVALUATION, EXPECTED_FUNDS, EXPECTED_INDICATORS, PAGE, write_pdf

from fiscal_warehouse.documents import DOCUMENTS_DIR, SEEDS_DIR, document_lines
from fiscal_warehouse.intake import overrides
from fiscal_warehouse.intake.pdf import read_pages, rendering
from fiscal_warehouse.intake.self_evaluation import read, read_pdf, review
from fiscal_warehouse.intake.self_evaluation_rows import self_evaluation_rows

# A hubei project table as its text prints it: cells split over lines, the 一级指标 over two.
HUBEI_TEXT = """2023 年度示例培训经费项目自评表

单位名称：某县人力资源和社会保障局 填报日期：2024 年 2 月 26 日
项目名称 示例培训经费
主管部门 人力资源和社会保障局 项目实施单位
就业服务
中心
项目类别
1、一般公共预算 √ 2、政府性基金预算项目 □
预算数（A)
执行数
(B)
得分（20 分*执行率）
（20 分）
年度财政
资金总额
8 6 75.00 15
年度
绩效
目标
（80
分）
一级
指标
二级指标 三级指标
年初目标
值（A)
实际完成值
(B)
得分
产出
指标
数量指标 培训人数 300 人 320 人 20
质量指标
培训合格
率
≥90% 95% 20
满意
度指
标
满意度指标 学员满意度 ≥90% ≥92% 40
总分 95
偏差大或目
标未完成原
因分析
无
改进措施及
结果应用方
案
无
"""


def line_of(text: str, printed: str) -> str:
    return str(text.split("\n").index(printed) + 1)


@pytest.fixture(scope="module")
def pdf_reading(tmp_path_factory):
    path = write_pdf(tmp_path_factory.mktemp("self_evaluation") / "table.pdf")
    pages = read_pages(path)
    return read_pdf(path, pages), rendering(pages).split("\f")


def test_a_pdf_table_is_read_cell_by_cell_at_its_page_and_line(pdf_reading):
    reading, rendered_pages = pdf_reading
    assert len(reading.evaluations) == 1 and not reading.unread
    evaluation = reading.evaluations[0]
    assert {column: evaluation.get(column) for column in EXPECTED_EVALUATION} == EXPECTED_EVALUATION
    for got, expected in ((reading.funds, EXPECTED_FUNDS), (reading.indicators, EXPECTED_INDICATORS)):
        assert len(got) == len(expected)
        assert [{c: row.get(c) for c in wanted} for row, wanted in zip(got, expected, strict=True)] == expected
    assert "weight" not in reading.funds[1]  # printed as a dash: no value
    # every cell cites the page and a line of the rendering that prints it
    lines = rendered_pages[PAGE - 1].split("\n")
    for row in [evaluation, *reading.funds, *reading.indicators]:
        for column, value in row.items():
            if f"{column}_line" in row:
                assert row[f"{column}_page"] == str(PAGE)
                printed = re.sub(r"\s+", "", lines[int(row[f"{column}_line"]) - 1])
                assert re.sub(r"\s+|%$", "", value) in printed, (column, value, printed)
    assert any("职业技能培训补贴: 2 funding rows, 3 indicators" in line for line in review(reading))


def test_a_pdf_without_self_evaluation_tables_reads_none():
    sample = DOCUMENTS_DIR / "shanghai_putuo_finance_2024.pdf"
    reading = read_pdf(sample, read_pages(sample))
    assert reading.evaluations == [] and review(reading) == ["  self-evaluation tables: none"]


def test_the_hubei_column_set_is_read_from_split_text():
    reading = read(HUBEI_TEXT.split("\n"))
    (evaluation,) = reading.evaluations
    assert evaluation["template"] == "hubei" and evaluation["project_name"] == "示例培训经费"
    assert evaluation["implementing_unit"] == "就业服务中心"  # a value on the lines after its label
    assert evaluation["budget_category"] == "一般公共预算"  # the ticked option
    assert (evaluation["indicator_weight"], evaluation["total_score"], evaluation["deviation_analysis"]) == (
        "80",
        "95",
        "无",
    )
    (fund,) = reading.funds
    assert (fund["fund_source"], fund["full_year_budget_wan_yuan"], fund["executed_wan_yuan"]) == (
        "年度财政资金总额",
        "8",
        "6",
    )
    assert (fund["execution_rate_pct"], fund["score"], fund["weight"]) == ("75.00", "15", "20")
    got = [
        (
            row["level1_name"],
            row["level2_name"],
            row["indicator_name"],
            row["target_text"],
            row["actual_text"],
            row["score"],
        )
        for row in reading.indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "培训人数", "300 人", "320 人", "20"),
        ("产出指标", "质量指标", "培训合格率", "≥90%", "95%", "20"),
        ("满意度指标", "满意度指标", "学员满意度", "≥90%", "≥92%", "40"),
    ]
    # the split name cites the line where it starts, the values the line that prints them
    assert (reading.indicators[1]["indicator_name_line"], reading.indicators[1]["score_line"]) == (
        line_of(HUBEI_TEXT, "培训合格"),
        line_of(HUBEI_TEXT, "≥90% 95% 20"),
    )


def test_a_row_with_a_column_the_template_does_not_have_is_listed_as_not_read():
    text = HUBEI_TEXT.replace("8 6 75.00 15", "10 8 6 75.00 15")  # a 年初预算数 the hubei columns lack
    reading = read(text.split("\n"))
    assert [str(problem) for problem in reading.unread] == [
        f"table 1, line {line_of(text, '10 8 6 75.00 15')}: funding row 年度财政资金总额: 5 values for 4 columns"
    ]
    assert reading.evaluations[0]["total_score"] == "95"  # the rest of the table is still read


def test_text_the_reader_places_in_no_row_is_listed():
    text = HUBEI_TEXT.replace("满意\n度指\n标\n", "一段无法归属的文字\n满意\n度指\n标\n")
    reading = read(text.split("\n"))
    assert any("一段无法归属的文字" in str(problem) for problem in reading.unread)


def test_without_its_overrides_a_report_no_longer_reproduces_its_seed():
    """The regenerate-and-compare check bites: drop one correction and the rows differ."""
    report = "changji_hrss_2023"
    loaded = overrides.load()
    mine = [item for item in loaded if item.report_id == report and item.seed_name == "performance_indicators"]
    assert mine, "the report has indicator corrections"
    reading = read(document_lines(report))
    with open(SEEDS_DIR / "performance_indicators.csv", encoding="utf-8", newline="") as handle:
        committed = [row for row in csv.DictReader(handle) if row["report_id"] == report]
    rows = self_evaluation_rows(report, reading, loaded)["performance_indicators"].rows
    assert rows == committed
    fewer = [item for item in loaded if item is not mine[0]]
    rows = self_evaluation_rows(report, reading, fewer)["performance_indicators"].rows
    assert rows != committed


def test_reading_a_report_takes_a_few_seconds_at_most():
    started = time.perf_counter()
    read(document_lines("tongcheng_hrss_2023"))
    assert time.perf_counter() - started < 3


# A Xinjiang project table with 上年完成值 as its text prints it: every indicator cell split over
# lines of one or two characters, the overall goal's two cells one after the other.
FRAGMENTS_TEXT = """项 目 支 出 绩 效 自 评 表
(2023 年度)
项目名称 示例补助资金
主管部门 某县社会保险中心 实施单位 某县社会保险中心
项目资金
（万元）
资金来源
年初预算
数
全年预算数 全年执行数 分值 执行率 得分
年度资金总额 9.73 9.73 9.73 10 100.00% 10.00 分
年度
总体
目标
预期目标 实际完成情况
保障全县困难退休人员按季度领取生活补助，补助标准为
每人每月一百二十元。
全年按时足额发放，确保补助对象生活水平稳定提高，不
出现拖欠。
全年共发放四次，补助对象的生活
水平得到保障，未出现拖欠情况。
一级
指标
二级
指标
三级
指标
指标
值
上年
完成
值
产出
指标
数量
指标
发放
补助
人数
>=86
0 人
计划
标准
无 10
按照
正常
比例
赋分
原始
凭证
=86
0 人
100 10.00
效益
指标
社会
效益
指标
提高
生活
水平
有效
提升
历史
标准
有效
提升
20
按评
判等
级赋
分
工作
资料
达成
目标
100 20.00
满意
度指
标
满意
度指
标
补助
对象
满意
度
>=95%
计划
标准
10
满意
度赋
分
工作
资料
=100%
105 10.00
所有
对象
都满
意
总分
100.0
0 分
"""
FRAGMENT_COLUMNS = [
    "level1_name",
    "level2_name",
    "indicator_name",
    "target_text",
    "basis",
    "prior_year_text",
    "weight",
    "scoring_rule",
    "evidence",
    "actual_text",
    "completion_rate_pct",
    "score",
    "deviation_reason",
]


def test_cells_split_over_lines_of_a_few_characters_are_joined_by_the_vocabulary():
    reading = read(FRAGMENTS_TEXT.split("\n"))
    (evaluation,) = reading.evaluations
    assert evaluation["template"] == "xinjiang_prior_year" and not reading.unread
    got = [tuple(row.get(column, "") for column in FRAGMENT_COLUMNS) for row in reading.indicators]
    assert got == [
        (
            "产出指标",
            "数量指标",
            "发放补助人数",
            ">=860 人",
            "计划标准",
            "无",
            "10",
            "按照正常比例赋分",
            "原始凭证",
            "=860 人",
            "100",
            "10.00",
            "",
        ),
        (
            "效益指标",
            "社会效益指标",
            "提高生活水平",
            "有效提升",
            "历史标准",
            "有效提升",
            "20",
            "按评判等级赋分",
            "工作资料",
            "达成目标",
            "100",
            "20.00",
            "",
        ),
        (
            "满意度指标",
            "满意度指标",
            "补助对象满意度",
            ">=95%",
            "计划标准",
            "",
            "10",
            "满意度赋分",
            "工作资料",
            "=100%",
            "105",
            "10.00",
            "所有对象都满意",
        ),
    ]
    # each cell cites the line it starts on: the target split as >=86 / 0 人 at >=86's line
    lines = FRAGMENTS_TEXT.split("\n")
    first = reading.indicators[0]
    assert (first["indicator_name_line"], first["target_text_line"], first["weight_line"]) == (
        str(lines.index("发放") + 1),
        str(lines.index(">=86") + 1),
        str(lines.index("无 10") + 1),
    )
    # the 总分 printed as 100.0 / 0 分 is the score (the template's last total column)
    assert (evaluation["total_score"], evaluation.get("total_weight")) == ("100.00", None)


def test_the_overall_goal_is_parted_where_the_column_width_changes():
    """The expected goal holds a sentence end on a short line of its own: the parting is where the
    narrower 实际完成情况 column starts, not the first sentence end."""
    (evaluation,) = read(FRAGMENTS_TEXT.split("\n")).evaluations
    assert evaluation["goal_expected"] == (
        "保障全县困难退休人员按季度领取生活补助，补助标准为每人每月一百二十元。"
        "全年按时足额发放，确保补助对象生活水平稳定提高，不出现拖欠。"
    )
    assert evaluation["goal_actual"] == "全年共发放四次，补助对象的生活水平得到保障，未出现拖欠情况。"
    assert evaluation["goal_actual_line"] == str(FRAGMENTS_TEXT.split("\n").index("全年共发放四次，补助对象的生活") + 1)


def test_a_split_cell_outside_the_vocabulary_leaves_its_row_listed_as_not_read():
    text = FRAGMENTS_TEXT.replace("分\n工作\n资料\n达成", "分\n考核\n表格\n达成")  # evidence ending in no known word
    reading = read(text.split("\n"))
    assert [row["indicator_name"] for row in reading.indicators] == ["发放补助人数", "补助对象满意度"]
    (problem,) = reading.unread
    assert str(problem).startswith(
        f"table 1, line {text.split(chr(10)).index('提高') + 1}: text placed in no indicator row: 提高生活水平"
    )
    assert reading.indicators[1]["level1_name"] == "满意度指标"  # the rows after it are still read


def test_an_overall_goal_without_a_sentence_end_is_listed_as_not_read():
    text = FRAGMENTS_TEXT.replace("一百二十元。", "一百二十元").replace("不\n出现拖欠。", "不\n出现拖欠")
    reading = read(text.split("\n"))
    assert "goal_expected" not in reading.evaluations[0] and "goal_actual" not in reading.evaluations[0]
    (problem,) = reading.unread
    assert str(problem) == (
        f"table 1, line {text.split(chr(10)).index('预期目标 实际完成情况') + 1}: "
        "年度总体目标: no sentence end parts the expected goal from the actual"
    )


def test_a_date_whose_day_mark_is_printed_on_the_next_line_is_read_whole():
    text = HUBEI_TEXT.replace("填报日期：2024 年 2 月 26 日", "填报日期：2024 年 2 月 26\n日")
    (evaluation,) = read(text.split("\n")).evaluations
    assert (evaluation["fill_date"], evaluation["fill_date_line"]) == ("2024 年 2 月 26日", "3")
