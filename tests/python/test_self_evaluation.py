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
from fiscal_warehouse.transcribe import self_evaluations

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
    rows, _, _ = self_evaluations.corrected_rows(report, reading, loaded)["performance_indicators"]
    assert rows == committed
    fewer = [item for item in loaded if item is not mine[0]]
    rows, _, _ = self_evaluations.corrected_rows(report, reading, fewer)["performance_indicators"]
    assert rows != committed


def test_reading_a_report_takes_a_few_seconds_at_most():
    started = time.perf_counter()
    read(document_lines("tongcheng_hrss_2023"))
    assert time.perf_counter() - started < 3
