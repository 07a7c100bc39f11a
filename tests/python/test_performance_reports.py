"""The general reader of performance-report prose on a small text: template sentences, a variant
wording, names from the words before a figure, and the figures it lists as not named."""

from __future__ import annotations

import csv

import pytest

from fiscal_warehouse.documents import SEEDS_DIR, document_lines
from fiscal_warehouse.intake import overrides
from fiscal_warehouse.intake import performance_report_definitions as definitions
from fiscal_warehouse.intake.passage import Passage
from fiscal_warehouse.intake.performance_reports import read_performance_reports, review
from fiscal_warehouse.intake.self_evaluation import read
from fiscal_warehouse.intake.self_evaluation_rows import self_evaluation_rows
from fiscal_warehouse.transcribe.explanations import report_passage

REPORTS = """二、2023 年度某县人社局整体绩效评价自评报告
2023年度县人社部门整体绩效
自评结果
一、自评结论
（一）2023年人社局部门整体绩效自评分为98.5分。
2.2023年度部门整体绩效目标为做好就业工作。
2023年度城乡居民就业补助项目自评结果
一、自评结论
（一）城乡居民就业补助项目自评分为95分。其中：资金投入20
分，产出指标38分，效益指标和群众满意度37分。
（二）绩效目标完成情况
1.执行率情况。城乡居民就业补助财政预算1,200万元，实际执
行数1,150.5万元，执行率95.88%。
2.完成的绩效目标。全县新增就业3200余人，占市定任务3000人
的106.67%，发放补贴5400人*2元*12个月＝12.96万元。
三、2023 年度某县人社局项目绩效评价自评表
资金总额 100万元
"""


def line_of(text: str, words: str) -> str:
    return str(next(number for number, line in enumerate(text.split("\n"), start=1) if words in line))


@pytest.fixture(scope="module")
def reading():
    return read_performance_reports(Passage.of_text(REPORTS))


def figures(reading, section: str) -> list[tuple[str, str, str]]:
    return [(row["figure_name"], row["value"], row["unit"]) for row in reading.rows if row["report_section"] == section]


def test_each_report_is_a_section_from_its_title_to_the_next_part(reading):
    sections = {row["report_section"]: (row["section_title"], row["section_title_line"]) for row in reading.rows}
    assert sections == {
        "department": ("2023年度县人社部门整体绩效自评结果", line_of(REPORTS, "2023年度县人社部门整体绩效")),
        "城乡居民就业补助": ("2023年度城乡居民就业补助项目自评结果", line_of(REPORTS, "就业补助项目自评结果")),
    }
    # the list number before a year (2.2023年度) is no figure, nor anything after 三、…自评表
    assert figures(reading, "department") == [("自评分", "98.5", "分")]
    assert "100" not in [row["value"] for row in reading.rows]


def test_template_sentences_name_their_figures_across_lines(reading):
    rows = [row for row in reading.rows if row["report_section"] == "城乡居民就业补助"]
    assert figures(reading, "城乡居民就业补助")[:7] == [
        ("自评分", "95", "分"),
        ("资金投入得分", "20", "分"),
        ("产出指标得分", "38", "分"),
        ("效益指标和群众满意度得分", "37", "分"),
        ("预算数", "1200", "万元"),
        ("执行数", "1150.5", "万元"),
        ("执行率", "95.88", "%"),
    ]
    assert [row["ordinal"] for row in rows] == [str(number) for number in range(1, len(rows) + 1)]
    executed = rows[5]
    assert executed["value_line"] == line_of(REPORTS, "行数1,150.5万元")
    assert (executed["context"], executed["context_line"]) == ("实际执行数1,150.5万元", line_of(REPORTS, "实际执"))
    assert (rows[1]["context"], rows[1]["value_line"]) == ("其中：资金投入20分", line_of(REPORTS, "资金投入20"))


def test_a_figure_outside_the_template_is_named_by_the_words_before_it(reading):
    new_jobs = next(row for row in reading.rows if row["value"] == "3200")
    # 全县 does not name it, 余 is no part of the unit, 人 counts people
    named = (new_jobs["figure_name"], new_jobs["unit"], new_jobs["context"])
    assert named == ("新增就业人数", "人", "全县新增就业3200余人")
    share = next(row for row in reading.rows if row["value"] == "106.67")
    assert share["context"] == "占市定任务3000人的106.67%"


def test_a_variant_wording_of_a_template_sentence_is_read():
    """项目自评分为 and 部门整体绩效自评分为 are one sentence; so are 财政预算 printed with or without 项目."""
    variant = REPORTS.replace("城乡居民就业补助财政预算", "2023年城乡居民就业补助项目财政预算")
    rows = read_performance_reports(Passage.of_text(variant)).rows
    budget = next(row for row in rows if row["value"] == "1200")
    assert (budget["figure_name"], budget["context"]) == ("预算数", "2023年城乡居民就业补助项目财政预算1,200万元")


def test_figures_no_words_name_are_listed_not_guessed(reading):
    unnamed = {row["value"]: row["figure_name"] for row in reading.rows if row["figure_name"] == ""}
    assert sorted(unnamed) == ["106.67", "12", "12.96", "2"]  # 人的106.67%, 人*2元*12个月＝12.96万元
    listed = {(item.section, item.place, item.why) for item in reading.unread}
    why = "no words before the figure 106.67% name it"
    assert ("城乡居民就业补助", f"line {line_of(REPORTS, '的106.67%')}", why) in listed
    assert len(reading.unread) == len(unnamed)
    assert next(row for row in reading.rows if row["value"] == "5400")["figure_name"] == "发放补贴人数"
    assert f"      not named: 106.67% (line {line_of(REPORTS, '的106.67%')}); 2元" in "\n".join(review(reading))


def test_a_pdf_rendering_cites_page_and_line():
    first, second = REPORTS.split("2023年度城乡居民就业补助项目自评结果")
    rendering = first + "\f" + "2023年度城乡居民就业补助项目自评结果" + second
    reading = read_performance_reports(Passage.of_rendered_pdf(rendering))
    assert figures(reading, "城乡居民就业补助")[0] == ("自评分", "95", "分")
    page_two = "2023年度城乡居民就业补助项目自评结果" + second
    assert reading.unread[0].place == f"page 2 line {line_of(page_two, '的106.67%')}"


def test_a_broken_definition_names_its_file_row_and_column(tmp_path, monkeypatch):
    vocabulary = (definitions.DEFINITIONS_DIR / definitions.VOCABULARY).read_text(encoding="utf-8")
    (tmp_path / definitions.VOCABULARY).write_text(vocabulary + "not_a_figure,\\d{4}(年,a year\n", encoding="utf-8")
    monkeypatch.setattr(definitions, "DEFINITIONS_DIR", tmp_path)
    definitions.vocabulary.cache_clear()
    try:
        message = rf"{definitions.VOCABULARY} row \d+, column text: pattern does not compile"
        with pytest.raises(SystemExit, match=message):
            definitions.vocabulary()
    finally:
        definitions.vocabulary.cache_clear()


def test_without_its_overrides_tongcheng_no_longer_reproduces_its_report_figures():
    """The reader plus the overrides give the committed seed; drop one override and they do not."""
    report = "tongcheng_hrss_2023"
    loaded = overrides.load()
    mine = [item for item in loaded if item.report_id == report and item.seed_name == "performance_report_figures"]
    tables, prose = read(document_lines(report)), read_performance_reports(report_passage(report))
    with open(SEEDS_DIR / "performance_report_figures.csv", encoding="utf-8", newline="") as handle:
        committed = [row for row in csv.DictReader(handle) if row["report_id"] == report]
    found = self_evaluation_rows(report, tables, loaded, prose)["performance_report_figures"]
    rows, cells, right = found.rows, found.cells, found.right
    assert rows == committed
    assert right / cells >= 0.95
    fewer = [item for item in loaded if item is not mine[0]]
    rows = self_evaluation_rows(report, tables, fewer, prose)["performance_report_figures"].rows
    assert rows != committed


def test_a_variant_title_an_enumeration_and_a_date():
    text = """2023年度城乡居民社保补贴项目支出绩效自评报告
一、项目概况
截至2023年12月31日，项目完成情况如下：一是新增参保1,200人；二是
发放补贴资金80.5万元，完成率100％。
"""
    reading = read_performance_reports(Passage.of_text(text))
    assert {row["report_section"] for row in reading.rows} == {"城乡居民社保补贴"}
    assert figures(reading, "城乡居民社保补贴") == [
        ("新增参保人数", "1200", "人"),
        ("发放补贴资金", "80.5", "万元"),
        ("完成率", "100", "%"),
    ]
    contexts = [(row["context"], row["context_line"]) for row in reading.rows]
    assert contexts[:2] == [("新增参保1,200人", "3"), ("发放补贴资金80.5万元", "4")]
