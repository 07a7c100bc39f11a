"""The dashboard (dashboard/app.py) renders every page and shows the published figures.

Tested with Streamlit's own harness (streamlit.testing.v1.AppTest) against the session's
warehouse. Expected figures are read from the seeds (the transcriptions, each with the document
line it cites; for a PDF report the statement seed, each cell with its page and line), not from
the warehouse, so a page showing the wrong mart column fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
import yaml
from conftest import PROJECT_DIR, seed_rows
from streamlit.proto.WidgetStates_pb2 import WidgetStates
from streamlit.testing.v1 import AppTest

from dashboard.ui import FILTER_KEY, LIST_PAGE_KEY, REPORT_LIMIT

APP = PROJECT_DIR / "dashboard" / "app.py"
DOCUMENTS = PROJECT_DIR / "documents"
CHANGJI = "changji_hrss_2023"
TONGCHENG = "tongcheng_hrss_2023"
YANQI = "yanqi_social_insurance_2023"
SHANGHAI = "shanghai_putuo_finance_2024"  # a PDF report: its figures come from its statement tables
PAGES = {
    "overview": "概览",
    "expenditure": "支出明细",
    "three_public": "三公经费",
    "performance": "绩效",
    "budget_outturn": "预决算对比",
    "audit": "审计发现",
}
# What a metric may count, besides amounts (万元) and rates (%).
COUNT_UNITS = ("张", "个", "项")


def seed_row(name: str, **where: str) -> dict[str, str]:
    rows = seed_rows(name, **where)
    assert len(rows) == 1, f"{name} {where}: {len(rows)} rows"
    return rows[0]


# Every registered report, narrative or PDF.
REPORTS = sorted(row["report_id"] for row in seed_rows("reports"))


def rendered_line(report_id: str, page: int, number: int) -> str:
    """Line `number` of page `page` of a PDF report's text rendering (documents/rendered/)."""
    source = seed_row("reports", report_id=report_id)["source_document"]
    pages = (DOCUMENTS / "rendered" / f"{source}.txt").read_text(encoding="utf-8").rstrip("\n").split("\f")
    return pages[page - 1].split("\n")[number - 1]


def document_line(report_id: str, number: int) -> str:
    source = seed_row("reports", report_id=report_id)["source_document"]
    return (DOCUMENTS / source).read_text(encoding="utf-8").split("\n")[number - 1]


def wan(printed: str) -> str:
    """A transcribed amount as the dashboard must show it: '3205.91' -> '3,205.91 万元'."""
    return f"{Decimal(printed):,.2f} 万元"


def close(shown: object, printed: str) -> bool:
    return shown is not None and abs(Decimal(str(shown)) - Decimal(printed)) < Decimal("0.00001")


def metrics(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def start(report_id: str = CHANGJI) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception, [exception.value for exception in at.exception]
    if at.selectbox(key="report_id").value != report_id:
        at.selectbox(key="report_id").set_value(report_id).run()
    return at


def filter_reports(at: AppTest, text: str) -> AppTest:
    at.text_input(key=FILTER_KEY).input(text).run()
    assert not at.exception, [exception.value for exception in at.exception]
    return at


def label(report_id: str) -> str:
    """A report as the selector lists it: '通城县人力资源和社会保障局（2023 年）', with its id where
    another report reads the same (a unit's budget and final accounts of one year)."""
    report = seed_row("reports", report_id=report_id)
    text = f"{report['unit_name']}（{report['fiscal_year']} 年）"
    same = [
        row
        for row in seed_rows("reports")
        if (row["unit_name"], row["fiscal_year"]) == (report["unit_name"], report["fiscal_year"])
    ]
    return f"{text} · {report_id}" if len(same) > 1 else text


def sidebar_captions(at: AppTest) -> list[str]:
    return [caption.value for caption in at.sidebar.caption]


def open_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [exception.value for exception in at.exception]
    assert at.title[0].value == PAGES[page]
    return at


@pytest.fixture
def app_warehouse(warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FISCAL_WAREHOUSE", str(warehouse))
    return warehouse


@pytest.mark.parametrize("report_id", REPORTS)
def test_every_page_renders_for_every_report(app_warehouse, report_id):
    at = start(report_id)
    unit_name = seed_row("reports", report_id=report_id)["unit_name"]
    for page in PAGES:
        open_page(at, page)
        assert unit_name in at.caption[0].value, page
        assert at.selectbox(key="report_id").value == report_id, page
        for label, value in metrics(at).items():
            assert value.endswith((" 万元", "%", *COUNT_UNITS)) or value == "未列示", f"{page}: {label} = {value}"


def test_the_report_filter_narrows_the_list_by_unit_region_or_id(app_warehouse):
    at = start(CHANGJI)
    assert at.selectbox(key="report_id").options == [label(report_id) for report_id in REPORTS]
    assert f"共 {len(REPORTS)} 份报告。" in sidebar_captions(at)

    # Part of a unit name that more than one report shares: the choice so far stays.
    part = "人力资源"
    sharing = [report_id for report_id in REPORTS if part in seed_row("reports", report_id=report_id)["unit_name"]]
    assert CHANGJI in sharing and 1 < len(sharing) < len(REPORTS)
    filter_reports(at, part)
    assert at.selectbox(key="report_id").options == [label(report_id) for report_id in sharing]
    assert at.selectbox(key="report_id").value == CHANGJI
    assert f"共 {len(sharing)} 份报告符合条件。" in sidebar_captions(at)

    # A unit name's part that excludes the chosen report: the first match is chosen and shown.
    unit_name = seed_row("reports", report_id=TONGCHENG)["unit_name"]
    filter_reports(at, unit_name[:2])
    assert at.selectbox(key="report_id").options == [label(TONGCHENG)]
    assert at.selectbox(key="report_id").value == TONGCHENG
    assert unit_name in at.caption[0].value
    # The filter and the choice are kept from page to page.
    open_page(at, "three_public")
    assert at.text_input(key=FILTER_KEY).value == unit_name[:2]
    assert at.selectbox(key="report_id").value == TONGCHENG and unit_name in at.caption[0].value

    # A region's name, and a report id in another case.
    prefecture = seed_row("reports", report_id=YANQI)["prefecture_name"]
    filter_reports(at, prefecture[:4])
    assert at.selectbox(key="report_id").options == [label(YANQI)]
    filter_reports(at, SHANGHAI.upper()[:8])
    assert at.selectbox(key="report_id").value == SHANGHAI
    assert seed_row("reports", report_id=SHANGHAI)["unit_name"] in at.caption[0].value

    # Cleared: every report again, the choice kept.
    filter_reports(at, "")
    assert at.selectbox(key="report_id").options == [label(report_id) for report_id in REPORTS]
    assert at.selectbox(key="report_id").value == SHANGHAI


@pytest.mark.parametrize("text", ["没有这个单位", "%", "' or 1=1 --"])
def test_a_filter_matching_nothing_says_so_and_stops_the_page(app_warehouse, text):
    """Nothing matches (the text is a bound value, its % and quotes are plain characters)."""
    at = open_page(start(CHANGJI), "expenditure")
    filter_reports(at, text)
    assert f"没有符合筛选条件“{text.strip()}”的报告" in at.warning[0].value
    assert not at.title and not at.selectbox and not at.dataframe
    filter_reports(at, "")
    assert at.title[0].value == PAGES["expenditure"]
    assert len(at.selectbox(key="report_id").options) == len(REPORTS)


@pytest.fixture
def many_reports(warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A copy of the warehouse with 150 more reports (copies of each report in dim_report only):
    more than the selector lists. Returns every report id, sorted."""
    copy = tmp_path / "fiscal.duckdb"
    shutil.copy2(warehouse, copy)
    with duckdb.connect(str(copy)) as connection:
        connection.execute(
            """
            insert into dim_report
            select reports.* replace (reports.report_id || printf('_copy%03d', copies.n) as report_id)
            from dim_report as reports, range(150) as copies(n)
            """
        )
        ids = sorted(row[0] for row in connection.execute("select report_id from dim_report").fetchall())
    monkeypatch.setenv("FISCAL_WAREHOUSE", str(copy))
    return ids


def test_the_selector_lists_a_bounded_number_of_reports(many_reports):
    assert len(many_reports) > REPORT_LIMIT
    at = start(CHANGJI)
    options = at.selectbox(key="report_id").options
    assert len(options) == REPORT_LIMIT
    # In report id order; the copies share a unit and year, so their labels carry the id.
    assert options[0] == label(CHANGJI) + f" · {CHANGJI}"
    assert options[1:] == [
        label(report_id.split("_copy")[0]) + f" · {report_id}" for report_id in many_reports[1:REPORT_LIMIT]
    ]
    caption = f"共 {len(many_reports)} 份报告符合条件，列出第 1–{REPORT_LIMIT} 份；翻页或输入关键词缩小范围。"
    assert caption in sidebar_captions(at)

    # The next page lists the next reports (and keeps the one chosen so far).
    at.number_input(key=LIST_PAGE_KEY).set_value(2).run()
    assert not at.exception, [exception.value for exception in at.exception]
    second_page = many_reports[REPORT_LIMIT : 2 * REPORT_LIMIT]
    assert len(at.selectbox(key="report_id").options) == len(second_page) + 1
    assert at.selectbox(key="report_id").value == CHANGJI
    at.selectbox(key="report_id").set_value(second_page[-1]).run()
    assert not at.exception, [exception.value for exception in at.exception]
    assert at.selectbox(key="report_id").value == second_page[-1]
    last = min(2 * REPORT_LIMIT, len(many_reports))
    caption = f"共 {len(many_reports)} 份报告符合条件，列出第 {REPORT_LIMIT + 1}–{last} 份；翻页或输入关键词缩小范围。"
    assert caption in sidebar_captions(at)
    at.number_input(key=LIST_PAGE_KEY).set_value(1).run()

    filter_reports(at, "yanqi")
    yanqi = [report_id for report_id in many_reports if report_id.startswith(YANQI)]
    assert len(at.selectbox(key="report_id").options) == len(yanqi) < REPORT_LIMIT
    assert f"共 {len(yanqi)} 份报告符合条件。" in sidebar_captions(at)
    at.selectbox(key="report_id").set_value(YANQI).run()
    assert not at.exception
    assert seed_row("reports", report_id=YANQI)["unit_name"] in at.caption[0].value

    # Cleared: Yanqi is past the first REPORT_LIMIT reports, yet stays chosen and listed.
    filter_reports(at, "")
    assert many_reports.index(YANQI) >= REPORT_LIMIT
    assert at.selectbox(key="report_id").value == YANQI
    assert len(at.selectbox(key="report_id").options) == REPORT_LIMIT + 1
    open_page(at, "audit")
    assert at.selectbox(key="report_id").value == YANQI


def test_every_amount_column_is_labelled_with_its_unit(app_warehouse):
    at = start(CHANGJI)
    for page in PAGES:
        open_page(at, page)
        for table in at.dataframe:
            config = json.loads(table.proto.columns or "{}")
            for column in table.value.columns:
                if str(column).endswith("_wan_yuan"):
                    assert "万元" in config[column]["label"], f"{page}: {column}"


def test_overview_shows_the_published_totals(app_warehouse):
    at = open_page(start(CHANGJI), "overview")
    shown = metrics(at)
    # documents/002_e0b9e12b257efafd.txt line 135: "2023 年度收入总计 3,205.91 万元"
    assert shown["收入总计"] == "3,205.91 万元"
    for label in ("收入总计", "本年收入合计", "本年支出合计", "年末结转和结余"):
        printed = seed_row("income_expenditure_totals", report_id=CHANGJI, line_item=label)["amount_wan_yuan"]
        assert shown[label] == wan(printed), label
    assert shown["三公经费决算"] == "9.18 万元"

    revenue, expenditure, totals = (table.value for table in at.dataframe)
    for source in seed_rows("income_by_source", report_id=CHANGJI):
        if source["ordinal"] == "0":  # the section total
            continue
        row = revenue[revenue["income_source"] == source["line_item"]].iloc[0]
        assert close(row["amount_wan_yuan"], source["amount_wan_yuan"]), source["line_item"]
        assert close(row["share_pct"], source["share_pct"]), source["line_item"]
        assert row["amount_wan_yuan_line"] == int(source["amount_wan_yuan_line"])
    basic = seed_row("expenditure_by_type", report_id=CHANGJI, line_item="基本支出")
    row = expenditure[expenditure["expenditure_type"] == "基本支出"].iloc[0]
    assert close(row["amount_wan_yuan"], basic["amount_wan_yuan"])
    assert close(row["share_pct"], basic["share_pct"])
    # Government funds: the report states it has none, and the table says so.
    assert (totals["fund_scope"] == "政府性基金").any()


def test_expenditure_drills_from_a_class_into_its_kuan_and_items(app_warehouse):
    at = open_page(start(CHANGJI), "expenditure")
    classes = at.dataframe[0].value
    for printed in seed_rows("general_budget_expenditure", report_id=CHANGJI, line_level="class"):
        row = classes[classes["class_name"] == printed["class_name"]].iloc[0]
        assert close(row["amount_wan_yuan"], printed["amount_wan_yuan"]), printed["class_name"]
        assert close(row["share_pct"], printed["share_pct"]), printed["class_name"]

    at.selectbox(key=f"class_choice_{CHANGJI}").set_value("208").run()
    assert not at.exception
    assert at.subheader[-1].value == "208 社会保障和就业支出：款、项明细"
    lines = at.dataframe[-1].value
    expected = {
        row["item_name"]: row["amount_wan_yuan"]
        for row in seed_rows("general_budget_expenditure", report_id=CHANGJI, line_level="item")
        if row["class_name"] == "社会保障和就业支出"
    }
    assert sorted(lines["item_name"]) == sorted(expected)
    for _, row in lines.iterrows():
        assert close(row["amount_wan_yuan"], expected[row["item_name"]]), row["item_name"]
    # 博士后日常经费 (项) 560.00 万元, documents/002_e0b9e12b257efafd.txt
    assert close(lines.loc[lines["item_name"] == "博士后日常经费", "amount_wan_yuan"].iloc[0], "560.00")
    kuan = at.dataframe[-2].value
    assert set(kuan["kuan_code"]) == {"20801", "20805", "20807"}


def test_clicking_a_class_in_the_chart_drills_into_it(app_warehouse):
    """A click on a bar sends the chart's selection; the page then shows that 类's lines.

    AppTest cannot click a chart, so the test sends the selection state the browser sends
    (through AppTest's internal run with widget states; Streamlit is pinned).
    """
    at = open_page(start(CHANGJI), "expenditure")
    chart = next(element for element in at.main if getattr(element, "type", "") == "vega_lite_chart")
    states: WidgetStates = at._tree.get_widget_states()
    click = states.widgets.add()
    click.id = chart.proto.id
    click.string_value = json.dumps({"selection": {"picked_class": [{"class_code": "210"}]}})
    at._run(states)
    assert not at.exception
    assert at.selectbox(key=f"class_choice_{CHANGJI}").value == "210"
    items = set(at.dataframe[-1].value["item_name"])
    assert items == {
        row["item_name"]
        for row in seed_rows("general_budget_expenditure", report_id=CHANGJI, line_level="item")
        if row["class_name"] == "卫生健康支出"
    }


@pytest.mark.parametrize("report_id", [CHANGJI, TONGCHENG])
def test_three_public_expenses_show_budget_against_actual(app_warehouse, report_id):
    at = open_page(start(report_id), "three_public")
    printed = seed_row("three_public_expenses", report_id=report_id, expense_item="三公经费合计")
    shown = metrics(at)
    assert shown["三公经费决算数"] == wan(printed["amount_wan_yuan"])
    assert shown["三公经费预算数"] == wan(printed["budget_wan_yuan"])
    if report_id == CHANGJI:
        # documents/002_e0b9e12b257efafd.txt line 456: "“三公”经费支出 9.18 万元"
        assert shown["三公经费决算数"] == "9.18 万元"
    else:
        # Tongcheng prints its completion rate: 21.75 of a 34.96 budget, 62%.
        assert shown["完成预算"] == f"{Decimal(printed['completion_pct']):.2f}%"
    table = at.dataframe[0].value
    for item in seed_rows("three_public_expenses", report_id=report_id):
        row = table[table["expense_item"].str.strip("　") == item["expense_item"]].iloc[0]
        assert close(row["actual_wan_yuan"], item["amount_wan_yuan"]), item["expense_item"]
        if item["budget_wan_yuan"]:
            assert close(row["budget_wan_yuan"], item["budget_wan_yuan"]), item["expense_item"]


def row_background(table, index: int) -> str | None:
    """The background colour the table's style gives row `index` (None: not highlighted)."""
    styles = table.proto.arrow_data.styler.styles
    match = re.search(rf"_row{index}_col0\b[^{{]*\{{\s*background-color:\s*([^;}}\s]+)", styles)
    return match.group(1) if match else None


def test_performance_lists_and_highlights_missed_targets(app_warehouse):
    at = open_page(start(CHANGJI), "performance")
    projects = seed_rows("performance_evaluations", report_id=CHANGJI, evaluation_level="project")
    assert metrics(at)["项目自评表"] == f"{len(projects)} 张"
    assert len(at.dataframe[1].value) == len(projects)
    missed = at.dataframe[0].value.reset_index(drop=True)
    # 案件调解率: target >=60%, actual =52.4% (documents/002_e0b9e12b257efafd.txt line 2013)
    printed = seed_row("performance_indicators", report_id=CHANGJI, evaluation_no="8", ordinal="3")
    assert printed["actual_text_line"] == "2013" and "52.4%" in document_line(CHANGJI, 2013)
    row = missed[missed["indicator_name"] == printed["indicator_name"]].iloc[0]
    assert (row["target_text"], row["actual_text"], row["status"]) == (
        printed["target_text"],
        printed["actual_text"],
        "未达成",
    )
    assert row_background(at.dataframe[0], int(row.name)) is not None

    at.selectbox(key="report_id").set_value(YANQI).run()
    assert not at.exception
    missed = at.dataframe[0].value.reset_index(drop=True)
    # 发放补贴人数: target >=80人, actual =73人, yet the full 10 points; registered as a publisher
    # discrepancy (seeds/known_discrepancies.csv, perf_missed_target_full_score).
    seed_row("known_discrepancies", report_id=YANQI, check_id="perf_missed_target_full_score")
    printed = seed_row("performance_indicators", report_id=YANQI, evaluation_no="3", ordinal="1")
    full = missed[missed["indicator_name"] == printed["indicator_name"]].iloc[0]
    assert (full["target_text"], full["actual_text"], full["status"]) == (
        printed["target_text"],
        printed["actual_text"],
        "未达成但满分",
    )
    assert Decimal(printed["score"]) == Decimal(printed["weight"])
    plain = missed[missed["status"] == "未达成"].iloc[0]
    assert row_background(at.dataframe[0], int(full.name)) not in (
        None,
        row_background(at.dataframe[0], int(plain.name)),
    )
    assert metrics(at)["未达成但满分"] == "1 个"


def test_audit_findings_show_their_source_lines(app_warehouse):
    at = open_page(start(CHANGJI), "audit")
    findings = at.dataframe[0].value
    registered = seed_rows("known_discrepancies", report_id=CHANGJI)
    assert sorted(findings["subject"]) == sorted(row["subject"] for row in registered)
    assert not findings["kind_label"].eq("舍入差异").any()
    share = seed_row("known_discrepancies", report_id=CHANGJI, check_id="general_budget_class_share")
    row = findings[findings["check_id"] == "general_budget_class_share"].iloc[0]
    assert close(row["published_value"], share["published_value"])  # 1.87 (%), printed for 其他支出

    chooser = at.selectbox(key=f"finding_{CHANGJI}")
    chooser.select_index(next(i for i, label in enumerate(chooser.options) if "general_budget_class_share" in label))
    at.run()
    assert not at.exception
    shown = at.code[0].value
    # documents/002_e0b9e12b257efafd.txt line 247: "6.其他支出(类)49.51 万元,占 1.87%。"
    assert f"  247 │ {document_line(CHANGJI, 247)}" in shown
    assert "1.87%" in document_line(CHANGJI, 247)

    at.checkbox(key="show_rounding").check().run()
    assert not at.exception
    assert at.dataframe[0].value["kind_label"].eq("舍入差异").any()


def test_a_pdf_report_shows_its_statement_tables_with_their_pages(app_warehouse):
    """The Shanghai PDF: totals, income and expenditure from its statement tables, each line with
    its page; figures its tables do not print are 未列示, not zero."""
    at = open_page(start(SHANGHAI), "overview")
    shown = metrics(at)
    total = seed_row("statement_lines", report_id=SHANGHAI, table_no="1", side_no="1", line_item="总计")
    # documents/rendered/shanghai_putuo_finance_2024.pdf.txt page 7, line 3: "总计 2,995.39 总计 2,995.39"
    assert shown["收入总计"] == wan(total["value"]) == "2,995.39 万元"
    assert total["printed_text"] in rendered_line(SHANGHAI, int(total["value_page"]), int(total["value_line"]))
    assert shown["三公经费决算"] == "未列示"
    # 机关运行经费 is in no table; its explanation states it (page 24, line 1: "机关运行经费支出184.65万元").
    operating = seed_row("operating_costs", report_id=SHANGHAI)
    assert shown["机关运行经费"] == wan(operating["amount_wan_yuan"]) == "184.65 万元"
    assert operating["amount_wan_yuan"] in rendered_line(
        SHANGHAI, int(operating["amount_wan_yuan_page"]), int(operating["amount_wan_yuan_line"])
    )
    revenue, expenditure, totals = (table.value for table in at.dataframe)
    income_lines = [
        row
        for row in seed_rows("statement_lines", report_id=SHANGHAI, table_no="1", side_no="1")
        if int(row["row_no"])
        < int(seed_row("statement_lines", report_id=SHANGHAI, table_no="1", line_item="本年收入合计")["row_no"])
    ]
    assert sorted(revenue["income_source"]) == sorted(row["line_item"] for row in income_lines)
    for line in income_lines:
        row = revenue[revenue["income_source"] == line["line_item"]].iloc[0]
        assert close(row["amount_wan_yuan"], line["value"]), line["line_item"]
        assert (row["source_page"], row["amount_wan_yuan_line"]) == (int(line["value_page"]), int(line["value_line"]))
    basic = seed_row("statement_lines", report_id=SHANGHAI, table_no="3", line_item="合计", column_name="基本支出")
    row = expenditure[expenditure["expenditure_type"] == "基本支出"].iloc[0]
    assert close(row["amount_wan_yuan"], basic["value"]) and row["source_page"] == int(basic["value_page"])
    # Tables 8 and 9 printed empty with a note: the report has no government funds.
    assert totals.loc[totals["fund_scope"] == "政府性基金", "statement_text"].iloc[0].startswith("注：")

    open_page(at, "expenditure")
    classes = at.dataframe[0].value
    printed = [
        row
        for row in seed_rows("statement_lines", report_id=SHANGHAI, table_no="5", column_name="合计")
        if len(row["subject_code"]) == 3
    ]
    assert sorted(classes["class_code"]) == sorted(row["subject_code"] for row in printed)
    for line in printed:
        row = classes[classes["class_code"] == line["subject_code"]].iloc[0]
        assert close(row["amount_wan_yuan"], line["value"]), line["line_item"]
        assert (row["source_page"], row["amount_wan_yuan_line"]) == (int(line["value_page"]), int(line["value_line"]))

    open_page(at, "three_public")
    budget = seed_row("statement_lines", report_id=SHANGHAI, table_no="7", line_item="合计", column_name="预算数")
    assert seed_rows("statement_lines", report_id=SHANGHAI, table_no="7", column_name="决算数") == []
    assert metrics(at)["三公经费预算数"] == wan(budget["value"]) == "0.95 万元"
    assert metrics(at)["三公经费决算数"] == metrics(at)["完成预算"] == "未列示"


def test_a_pdf_report_audit_finding_shows_its_lines_on_their_pages(app_warehouse):
    at = open_page(start(SHANGHAI), "audit")
    findings = at.dataframe[0].value
    registered = seed_rows("known_discrepancies", report_id=SHANGHAI)
    shown_registered = findings[findings["registered_label"] == "已登记"]
    assert sorted(shown_registered["subject"]) == sorted(row["subject"] for row in registered)
    # The rest are parts the national template's sentences never state (seeds/template_unstated_parts.csv).
    unstated = {row["subject"] for row in seed_rows("template_unstated_parts", template="national")}
    others = findings[findings["registered_label"] != "已登记"]
    assert set(others["registered_label"]) == {"模板不要求说明"} and set(others["subject"]) <= unstated
    # The first finding (shown by default), then an explanation's figure against its table's: the
    # sentence's line on its page of the rendering as well as the table's.
    choices = at.selectbox(key=f"finding_{SHANGHAI}")
    sentence_against_table = next(
        index
        for index, label in enumerate(choices.options)
        if label.endswith("text_table_amount · 财政拨款/收入总计 / amount")
    )
    for index in (0, sentence_against_table):
        choices.select_index(index).run()
        assert not at.exception, [exception.value for exception in at.exception]
        check_id, subject = choices.options[index].split(" · ", 2)[1:]
        cited = findings[(findings["check_id"] == check_id) & (findings["subject"] == subject)]["source_lines"].iloc[0]
        shown = at.code[0].value
        for place in cited.split(";"):
            assert place.startswith("p"), (subject, cited)
            page, number = (int(part) for part in place.removeprefix("p").split(":"))
            assert f"{place} │ {rendered_line(SHANGHAI, page, number)}" in shown, place
    assert any("documents/rendered/shanghai_putuo_finance_2024.pdf.txt" in caption.value for caption in at.caption)


def test_a_page_still_renders_after_the_warehouse_is_replaced_by_a_rename(warehouse, tmp_path, monkeypatch):
    published = tmp_path / "fiscal.duckdb"
    shutil.copy2(warehouse, published)
    monkeypatch.setenv("FISCAL_WAREHOUSE", str(published))
    at = open_page(start(CHANGJI), "overview")
    assert metrics(at)["收入总计"] == "3,205.91 万元"

    # A new build: another copy, changed so the page shows which file it read, renamed over
    # the published one as fiscal_warehouse.build publishes.
    rebuilt = tmp_path / "fiscal.next.duckdb"
    shutil.copy2(warehouse, rebuilt)
    with duckdb.connect(str(rebuilt)) as connection:
        connection.execute(
            "update report_summary set income_grand_total_wan_yuan = 3333.33 where report_id = ?", [CHANGJI]
        )
        connection.execute("checkpoint")
    os.replace(rebuilt, published)

    at.run()
    assert not at.exception, [exception.value for exception in at.exception]
    assert metrics(at)["收入总计"] == "3,333.33 万元"
    open_page(at, "audit")


def test_the_dashboard_holds_no_connection_between_renders(warehouse, tmp_path, monkeypatch):
    """After a render, another process can open the file for writing: no read lock is left."""
    published = tmp_path / "fiscal.duckdb"
    shutil.copy2(warehouse, published)
    monkeypatch.setenv("FISCAL_WAREHOUSE", str(published))
    at = start(CHANGJI)
    for page in PAGES:
        open_page(at, page)
    writer = subprocess.run(
        [sys.executable, "-c", f"import duckdb; duckdb.connect({str(published)!r}).close()"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert writer.returncode == 0, writer.stderr


def test_a_missing_warehouse_is_reported_not_raised(tmp_path, monkeypatch):
    monkeypatch.setenv("FISCAL_WAREHOUSE", str(tmp_path / "absent.duckdb"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert "make build" in at.error[0].value


def test_the_exposure_declares_every_mart_the_dashboard_reads():
    exposures = yaml.safe_load((PROJECT_DIR / "models" / "exposures.yml").read_text(encoding="utf-8"))["exposures"]
    dashboard = next(exposure for exposure in exposures if exposure["type"] == "dashboard")
    assert dashboard["owner"]["name"] == "Fiscal warehouse"
    declared = {re.fullmatch(r"ref\('(\w+)'\)", ref).group(1) for ref in dashboard["depends_on"]}
    source = (PROJECT_DIR / "dashboard" / "data.py").read_text(encoding="utf-8")
    read = set(re.findall(r"\b(?:from|join)\s+((?:dim|fct)_\w+|report_summary|audit_findings)\b", source))
    assert read == declared


def test_budget_against_outturn_shows_a_departments_two_documents_side_by_side(app_warehouse):
    at = open_page(start("southwest_university_2023_final"), "budget_outturn")
    shown = metrics(at)
    # 支出预算表 合计 (budget p.9) and 支出决算表 合计 (final p.13): 468,779.07 and 457,676.75 万元.
    assert shown["全部资金预算数"] == "468,779.07 万元"
    assert shown["全部资金决算数"] == "457,676.75 万元"
    assert shown["全部资金执行率"] == "97.63%"
    # 财政拨款支出预算表 合计 (p.10) against 财政拨款支出决算表 合计 (p.14): 230,876.38 and 237,100.00.
    assert shown["财政拨款执行率"] == "102.70%"
