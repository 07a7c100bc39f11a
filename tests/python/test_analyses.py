"""The analyses in analyses/ answer the questions their headers ask, and give the right answer.

Each analysis is compiled by dbt once per session (against a throwaway copy of the warehouse),
run read-only on the built warehouse, and its answer compared with an independent computation:
from the seed CSVs as transcribed (every cell is text as printed: '2638.26', decreases signed),
or from figures stated in the reports (document line cited). A report read from its PDF has its
figures in the statement seed (seeds/statement_lines.csv, one row per cell); where the statement
tables are found they stand in for the narrative seeds, as in the marts. No expected value comes
from the marts or from the analysis's own SQL.
"""

from __future__ import annotations

import operator
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import PROJECT_DIR

from fiscal_warehouse.build import dbt_executable

ANALYSES_DIR = PROJECT_DIR / "analyses"
SEEDS_DIR = PROJECT_DIR / "seeds"
ANALYSES = sorted(path.stem for path in ANALYSES_DIR.glob("*.sql"))

CHANGJI = "changji_hrss_2023"  # documents/002_e0b9e12b257efafd.txt
TONGCHENG = "tongcheng_hrss_2023"  # documents/003_08c5a9fc441d161e.txt
YANQI = "yanqi_social_insurance_2023"  # documents/004_24df321908323c58.txt
SHANGHAI = "shanghai_putuo_finance_2024"  # documents/shanghai_putuo_finance_2024.pdf (statement tables)
UNIVERSITY = "southwest_university_2023_final"  # documents/southwest_university_2023_final.pdf (central template)

CJK = re.compile(r"[\u4e00-\u9fff]")
HEADER = re.compile(r"\A\{#(.*?)#\}", re.DOTALL)

Rows = list[dict[str, object]]


# ---------------------------------------------------------------------------------------------
# Compiling and running the analyses
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def compiled_analyses(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder of the analyses compiled by one `dbt compile`, against a copy of the warehouse."""
    work_dir = tmp_path_factory.mktemp("analyses")
    scratch = work_dir / "compile.duckdb"
    shutil.copy2(warehouse, scratch)
    completed = subprocess.run(
        [
            dbt_executable(),
            "compile",
            "--select",
            "path:analyses",
            "--project-dir",
            str(PROJECT_DIR),
            "--profiles-dir",
            str(PROJECT_DIR),
            "--target-path",
            str(work_dir / "target"),
            "--log-path",
            str(work_dir / "logs"),
        ],
        cwd=PROJECT_DIR,
        env=dict(os.environ, DBT_DUCKDB_PATH=str(scratch)),
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(f"dbt compile failed:\n{(completed.stdout + completed.stderr)[-6000:]}")
    return work_dir / "target" / "compiled" / "fiscal_warehouse" / "analyses"


@pytest.fixture(scope="session")
def run(compiled_analyses: Path, warehouse: Path) -> Callable[[str], Rows]:
    """Runs a compiled analysis on the built warehouse, read-only; rows as dicts, in order."""

    def run_analysis(name: str) -> Rows:
        sql = (compiled_analyses / f"{name}.sql").read_text(encoding="utf-8")
        with duckdb.connect(str(warehouse), read_only=True) as connection:
            cursor = connection.execute(sql)
            columns = [description[0] for description in cursor.description]
            rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        assert rows, f"analyses/{name}.sql returned no rows"
        return rows

    return run_analysis


# ---------------------------------------------------------------------------------------------
# Independent inputs: the seeds as transcribed
# ---------------------------------------------------------------------------------------------


def seed(name: str) -> pd.DataFrame:
    """A seed as text, exactly as transcribed (empty cells are '')."""
    return pd.read_csv(SEEDS_DIR / f"{name}.csv", dtype=str, keep_default_na=False)


# The final accounts: the analyses of the final accounts' subject marts are checked on these
# (budgets have their own analyses, 15-17).
REGISTER = seed("reports")
REPORTS = sorted(REGISTER[REGISTER.document_kind == "final_accounts"].report_id)
# Reports whose statement tables are read from the PDF: their figures come from those tables.
STATEMENT_TABLES = seed("statement_tables")
STATEMENT_REPORTS = sorted(set(STATEMENT_TABLES[STATEMENT_TABLES.table_status == "found"].report_id) & set(REPORTS))
NARRATIVE_REPORTS = [report_id for report_id in REPORTS if report_id not in STATEMENT_REPORTS]


def statement_cells(report_id: str, table_no: int, **where: str) -> pd.DataFrame:
    """The cells of one statement table of a report as read (statement seed), each with its amount
    in 万元 (a table printed in 元 divided by 10,000) in `wan_yuan`."""
    cells = seed("statement_lines")
    cells = cells[(cells.report_id == report_id) & (cells.table_no == str(table_no))]
    for column, value in where.items():
        cells = cells[cells[column] == value]
    cells = cells.copy()
    cells["wan_yuan"] = [
        None if value == "" else Decimal(value) / (10000 if unit == "元" else 1)
        for value, unit in zip(cells.value, cells.printed_unit, strict=True)
    ]
    return cells


def statement_figure(report_id: str, table_no: int, line_item: str, column_name: str, **where: str) -> Decimal | None:
    """The one cell of a statement table at a line and column, in 万元; None where the table prints none."""
    cells = statement_cells(report_id, table_no, line_item=line_item, column_name=column_name, **where)
    assert len(cells) <= 1, (report_id, table_no, line_item, column_name)
    return cells.wan_yuan.iloc[0] if len(cells) else None


def number(text: str) -> Decimal | None:
    return Decimal(text) if text != "" else None


def rounds_to(actual: object, exact: Decimal | None, decimals: int) -> bool:
    """True when `actual` is `exact` rounded to `decimals` places (either way at an exact half)."""
    if exact is None or actual is None:
        return actual is None and exact is None
    return abs(Decimal(str(actual)) - exact) <= Decimal(1).scaleb(-decimals) / 2


def rounded(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def by_report(rows: Rows) -> dict[str, dict[str, object]]:
    return {row["report_id"]: row for row in rows}


PRINTED_VALUE = re.compile(r"^(>=|<=|≥|≤|>|<|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
COMPARE = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt, "=": operator.eq}


def printed_value(text: str) -> tuple[str | None, Decimal, str] | None:
    """A target or actual as printed ('>=80人', '≥90%', '=4.83 万元'): operator, number, unit."""
    match = PRINTED_VALUE.match(text.strip())
    if match is None:
        return None
    sign, digits, unit = match.groups()
    return {"≥": ">=", "≤": "<="}.get(sign, sign), Decimal(digits), re.sub(r"\s+", "", unit)


def project_tables() -> pd.DataFrame:
    """One row per project self-evaluation table with its total funds row (seeds only)."""
    evaluations = seed("performance_evaluations")
    evaluations = evaluations[evaluations.evaluation_level == "project"]
    funds = seed("performance_funds")
    totals = funds[funds.fund_source.isin(["年度资金总额", "年度财政资金总额"])]
    assert not totals.duplicated(["report_id", "evaluation_no"]).any()
    tables = evaluations.merge(totals, on=["report_id", "evaluation_no"], how="left", suffixes=("", "_fund"))
    assert len(tables) == len(evaluations)
    return tables


# ---------------------------------------------------------------------------------------------
# Every analysis: named, documented, ordered, tested
# ---------------------------------------------------------------------------------------------


def test_there_are_at_least_twelve_numbered_analyses():
    assert len(ANALYSES) >= 12, ANALYSES
    numbers = [name[:2] for name in ANALYSES]
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+", name) for name in ANALYSES), ANALYSES
    assert len(numbers) == len(set(numbers)), numbers


def test_every_analysis_has_a_test_of_its_answer():
    missing = [name for name in ANALYSES if not callable(globals().get(f"test_{name}"))]
    assert not missing, f"analyses without a test_<name> in this file: {missing}"


@pytest.mark.parametrize("name", ANALYSES)
def test_every_analysis_states_its_question_in_chinese_and_english(name: str):
    text = (ANALYSES_DIR / f"{name}.sql").read_text(encoding="utf-8")
    header = HEADER.match(text)
    assert header, f"{name}: must open with a {{# #}} header"
    comment = header.group(1)
    for marker in ["问题", "读法", "Question:", "How to read:"]:
        assert marker in comment, f"{name}: header lacks {marker}"
    assert CJK.search(comment.split("Question:")[0]), name


@pytest.mark.parametrize("name", ANALYSES)
def test_every_analysis_names_its_columns_and_orders_its_rows(name: str, compiled_analyses: Path):
    sql = (compiled_analyses / f"{name}.sql").read_text(encoding="utf-8")
    last_select = sql[sql.rindex("\nselect") :]
    assert not re.match(r"\s*select\s+\*", last_select), f"{name}: the final select lists its columns"
    assert re.search(r"\border by\b", last_select), f"{name}: the result is ordered"
    assert not re.search(r"::|\bqualify\b|\bgroup by all\b|\bexclude\s*\(", sql), f"{name}: not portable"


# ---------------------------------------------------------------------------------------------
# The answers
# ---------------------------------------------------------------------------------------------


def test_01_three_public_and_running_costs_per_serving_staff(run):
    rows = by_report(run("01_three_public_and_running_costs_per_serving_staff"))
    assert sorted(rows) == REPORTS

    staff = seed("unit_overview_figures").query("figure_name == '在职人员'").set_index("report_id")["value"]
    three_public = seed("three_public_expenses").query("expense_item == '三公经费合计'").set_index("report_id")
    running = seed("operating_costs").set_index("report_id")["amount_wan_yuan"]
    for report_id, row in rows.items():
        serving = number(staff.get(report_id, ""))
        if report_id in STATEMENT_REPORTS:
            total = statement_figure(report_id, 7, "合计", "决算数")
        else:
            total = number(three_public.loc[report_id, "amount_wan_yuan"])
        costs = number(running.get(report_id, ""))
        assert row["serving_staff"] == serving, report_id
        assert row["three_public_wan_yuan"] == total, report_id
        assert row["operating_costs_wan_yuan"] == costs, report_id
        assert rounds_to(row["three_public_per_serving_staff_wan_yuan"], serving and total / serving, 4), report_id
        assert rounds_to(row["operating_costs_per_serving_staff_wan_yuan"], serving and costs / serving, 4), report_id

    # Tongcheng prints no staff count (document 003, line 92 names only its 5 budget units).
    assert rows[TONGCHENG]["serving_staff"] is None
    assert rows[TONGCHENG]["three_public_per_serving_staff_wan_yuan"] is None
    # Document 002: 在职人员 64 人 (line 114), 三公 9.18 万元 (line 456), 机关运行经费 147.74 万元 (line 548).
    assert rows[CHANGJI]["three_public_per_serving_staff_wan_yuan"] == Decimal("0.1434")  # 9.18 / 64
    assert rows[CHANGJI]["operating_costs_per_serving_staff_wan_yuan"] == Decimal("2.3084")  # 147.74 / 64
    # Document 004: 在职人员 22 人 (line 55), 三公 1.13 万元 (line 296), 机关运行经费 6.73 万元 (line 386).
    assert rows[YANQI]["operating_costs_per_serving_staff_wan_yuan"] == Decimal("0.3059")  # 6.73 / 22
    # The Shanghai PDF's 三公 table prints only 预算数 0.95 (page 18, line 9) and leaves every 决算数 blank;
    # its staff and running costs are in no table: no figure, so nothing per head either.
    assert [rows[SHANGHAI][column] for column in ("serving_staff", "three_public_wan_yuan")] == [None, None]
    assert rows[SHANGHAI]["operating_costs_per_serving_staff_wan_yuan"] is None


def test_02_largest_year_on_year_increases_by_item(run):
    rows = run("02_largest_year_on_year_increases_by_item")

    items = seed("general_budget_expenditure").query("line_level == 'item'").copy()
    items["change"] = items.yoy_change_wan_yuan.map(number)
    items = items[items.change > 0]
    expected = []
    for report_id, lines in items.groupby("report_id", sort=True):
        ranked = lines.sort_values("change", ascending=False, kind="stable")
        # The top five must be well defined: no tie at the cut.
        assert len(ranked) <= 5 or ranked.change.iloc[4] != ranked.change.iloc[5], report_id
        for rank, line in enumerate(ranked.head(5).itertuples(), start=1):
            amount = number(line.amount_wan_yuan)
            expected.append(
                (
                    report_id,
                    rank,
                    line.item_name,
                    amount,
                    amount - line.change,
                    line.change,
                    number(line.yoy_growth_pct),
                    amount == line.change,
                    line.reason,
                )
            )
    actual = [
        (
            row["report_id"],
            row["increase_rank"],
            row["item_name"],
            row["amount_wan_yuan"],
            row["prior_year_amount_wan_yuan"],
            row["yoy_change_wan_yuan"],
            row["yoy_growth_pct"],
            row["is_new_line"],
            row["reason"],
        )
        for row in rows
    ]
    assert actual == expected

    # Tongcheng prints its general budget down to the 款 only (document 003, line 268): no 项 lines.
    assert {row["report_id"] for row in rows} == {CHANGJI, YANQI}
    # Document 002, line 323: 博士后日常经费 比上年决算增加 560.00 万元, a line new in 2023.
    assert actual[0][:3] == (CHANGJI, 1, "博士后日常经费") and actual[0][5] == Decimal("560.00") and actual[0][7]
    # Document 002, line 354: 职业年金缴费支出 增加 120.67 万元，增长 899.85%.
    assert actual[2][:3] == (CHANGJI, 3, "机关事业单位职业年金缴费支出") and actual[2][6] == Decimal("899.85")


def test_03_budget_versus_final_by_report(run):
    rows = run("03_budget_versus_final_by_report")

    totals = seed("general_budget_expenditure").query("line_level == 'total'").set_index("report_id")
    expected_order, without_budget = [], []
    for report_id, row in by_report(rows).items():
        if report_id in STATEMENT_REPORTS:
            # 财政拨款收入支出决算总表: 本年支出合计 in the 一般公共预算财政拨款 column; the tables print no budget.
            final = statement_figure(report_id, 4, "本年支出合计", "一般公共预算财政拨款")
            assert (row["budget_wan_yuan"], row["final_wan_yuan"]) == (None, final), report_id
            assert row["difference_wan_yuan"] is None and row["computed_variance_pct"] is None, report_id
            assert row["printed_variance_pct"] is None and row["printed_completion_pct"] is None, report_id
            without_budget.append(report_id)
            continue
        total = totals.loc[report_id]
        budget, final = number(total.budget_wan_yuan), number(total.amount_wan_yuan)
        assert (row["budget_wan_yuan"], row["final_wan_yuan"]) == (budget, final), report_id
        assert row["difference_wan_yuan"] == final - budget, report_id
        assert row["printed_variance_pct"] == number(total.budget_variance_pct), report_id
        assert row["printed_completion_pct"] == number(total.completion_pct), report_id
        assert row["budget_excluded_fund_projects_wan_yuan"] == number(total.budget_excluded_fund_projects_wan_yuan)
        assert rounds_to(row["computed_variance_pct"], 100 * (final - budget) / budget, 2), report_id
        assert rounds_to(row["computed_completion_pct"], 100 * final / budget, 2), report_id
        expected_order.append((100 * (final - budget) / budget, report_id))
    assert sorted(row["report_id"] for row in rows) == REPORTS
    # Reports without a budget come last (nulls last), by report.
    assert [row["report_id"] for row in rows] == [
        *(report_id for _, report_id in sorted(expected_order, reverse=True)),
        *sorted(without_budget),
    ]

    rows = by_report(rows)
    # The reports' own statements agree with the computation, to their printed precision:
    # document 002, lines 225-227: 年初预算数 2,049.90 万元，决算数 2,638.26 万元，预决算差异率 28.70%;
    # document 004, lines 155-157: 317.31 万元, 586.22 万元, 84.75%;
    # document 003, lines 256-258: 年初预算 2366.08 万元（不含基金项目 37772.3 万元）, 完成年初预算的 119 %.
    assert rows[CHANGJI]["computed_variance_pct"] == rows[CHANGJI]["printed_variance_pct"] == Decimal("28.70")
    assert rows[YANQI]["computed_variance_pct"] == rows[YANQI]["printed_variance_pct"] == Decimal("84.75")
    assert rows[TONGCHENG]["printed_completion_pct"] == Decimal("119")
    assert rounded(rows[TONGCHENG]["computed_completion_pct"], 0) == Decimal("119")
    assert rows[TONGCHENG]["budget_excluded_fund_projects_wan_yuan"] == Decimal("37772.3")
    # The Shanghai PDF, page 13 line 20: 本年支出合计 2,940.05 in the 一般公共预算财政拨款 column of table 4.
    assert (rows[SHANGHAI]["final_wan_yuan"], rows[SHANGHAI]["final_wan_yuan_line"]) == (Decimal("2940.05"), 20)


def test_04_projects_executed_below_90_pct(run):
    rows = run("04_projects_executed_below_90_pct")

    expected = []
    for table in project_tables().itertuples():
        budget, executed = number(table.full_year_budget_wan_yuan), number(table.executed_wan_yuan)
        printed = number(table.execution_rate_pct)
        rate = printed if printed is not None else rounded(100 * executed / budget, 2)
        if rate < 90:
            expected.append((rate, table.report_id, int(table.evaluation_no), table.project_name, budget, executed))
    expected.sort()
    actual = [
        (
            row["threshold_rate_pct"],
            row["report_id"],
            row["evaluation_no"],
            row["project_name"],
            row["full_year_budget_wan_yuan"],
            row["executed_wan_yuan"],
        )
        for row in rows
    ]
    assert actual == expected
    for row in rows:
        assert row["unspent_wan_yuan"] == row["full_year_budget_wan_yuan"] - row["executed_wan_yuan"]

    # Seven Changji projects; the lowest, 职业技能竞赛工作经费, printed with 全年预算数 89.97, 执行数 13.78
    # and 执行率 15.32% (document 002, line 4476).
    assert len(rows) == 7 and {row["report_id"] for row in rows} == {CHANGJI}
    assert actual[0][2:] == (22, "职业技能竞赛工作经费", Decimal("89.97"), Decimal("13.78"))
    assert actual[0][0] == Decimal("15.32")


def test_05_missed_targets_scored_in_full(run):
    rows = run("05_missed_targets_scored_in_full")

    expected = []
    for indicator in seed("performance_indicators").itertuples():
        target, actual = printed_value(indicator.target_text), printed_value(indicator.actual_text)
        if target is None or actual is None or target[2] != actual[2] or actual[0] not in (None, "="):
            continue  # not comparable: qualitative, other units, or an actual printed as a bound
        missed = not COMPARE[target[0] or ">="](actual[1], target[1])
        full_score = indicator.weight != "" and number(indicator.score) == number(indicator.weight)
        if missed and full_score:
            expected.append(
                (indicator.report_id, int(indicator.evaluation_no), int(indicator.ordinal), actual[1] - target[1])
            )
    actual_rows = [
        (row["report_id"], row["evaluation_no"], row["indicator_ordinal"], row["shortfall_value"]) for row in rows
    ]
    assert actual_rows == sorted(expected)

    # Document 004: 发放补贴人数 target >=80 人 (line 1170), actual =73 人 (line 1191), scored 10 of 10.
    assert actual_rows == [(YANQI, 3, 1, Decimal("-7"))]
    assert (rows[0]["target_text"], rows[0]["actual_text"]) == (">=80人", "=73人")
    assert rows[0]["score"] == rows[0]["weight"] == Decimal("10")


def test_06_satisfaction_indicators_over_100_pct(run):
    rows = run("06_satisfaction_indicators_over_100_pct")

    expected = []
    for indicator in seed("performance_indicators").itertuples():
        if "满意度" not in indicator.level1_name and "满意" not in indicator.indicator_name:
            continue
        actual = printed_value(indicator.actual_text)
        actual_over = actual is not None and actual[2] == "%" and actual[1] > 100
        rate_over = indicator.completion_rate_pct != "" and number(indicator.completion_rate_pct) > 100
        if actual_over or rate_over:
            expected.append(
                (
                    indicator.report_id,
                    int(indicator.evaluation_no),
                    int(indicator.ordinal),
                    indicator.actual_text,
                    number(indicator.completion_rate_pct),
                    actual_over,
                    rate_over,
                )
            )
    actual_rows = [
        (
            row["report_id"],
            row["evaluation_no"],
            row["indicator_ordinal"],
            row["actual_text"],
            row["completion_rate_pct"],
            row["actual_over_100"],
            row["completion_rate_over_100"],
        )
        for row in rows
    ]
    assert actual_rows == sorted(expected)

    # Only Yanqi prints a completion rate; eight of its nine satisfaction rates exceed 100. Document
    # 004, line 1888: 城乡居民退休人员满意度 "=106% 106"; line 4626: "=105% 105".
    assert len(rows) == 8 and {row["report_id"] for row in rows} == {YANQI}
    over_100 = {(row["evaluation_no"], row["actual_text"]) for row in rows if row["actual_over_100"]}
    assert over_100 == {(4, "=106%"), (10, "=105%")}


def test_07_personnel_share_of_basic_expenditure(run):
    rows = run("07_personnel_share_of_basic_expenditure")

    items = seed("basic_expenditure_items").query("ordinal == '0'")
    totals = {(item.report_id, item.cost_category): number(item.amount_wan_yuan) for item in items.itertuples()}
    for report_id in STATEMENT_REPORTS:
        # 基本支出 of the 合计 row of table 5; its two categories are the totals of table 6.
        totals[report_id, "基本支出"] = statement_figure(report_id, 5, "合计", "基本支出")
        totals[report_id, "人员经费"] = statement_figure(report_id, 6, "人员经费合计", "决算数")
        totals[report_id, "公用经费"] = statement_figure(report_id, 6, "公用经费合计", "决算数")
    shares = []
    for row in rows:
        report_id = row["report_id"]
        categories = ["基本支出", "人员经费", "公用经费"]
        basic, personnel, public = (totals.get((report_id, category)) for category in categories)
        assert (row["basic_wan_yuan"], row["personnel_wan_yuan"], row["public_wan_yuan"]) == (basic, personnel, public)
        if basic is None:  # a template without the basic-expenditure tables (a central unit's four tables)
            assert row["personnel_share_pct"] is None and row["unexplained_wan_yuan"] is None, report_id
            continue
        assert rounds_to(row["personnel_share_pct"], 100 * personnel / basic, 2), report_id
        assert rounds_to(row["public_share_pct"], 100 * public / basic, 2), report_id
        assert row["unexplained_wan_yuan"] == basic - personnel - public, report_id
        shares.append(100 * personnel / basic)
    assert sorted(row["report_id"] for row in rows) == REPORTS
    assert shares == sorted(shares, reverse=True)

    rows = by_report(rows)
    # Document 002: 基本支出 1416.24 (line 434) = 人员经费 1268.50 (line 436) + 公用经费 147.74 (line 446).
    assert rows[CHANGJI]["personnel_share_pct"] == Decimal("89.57")
    # Document 003: 基本支出 2544.29 (line 281) but 人员经费 2316.61 + 公用经费 227.67 = 2544.28 (lines 285, 301).
    assert rows[TONGCHENG]["unexplained_wan_yuan"] == Decimal("0.01")
    # Document 004: 人员经费 490.80 of 基本支出 497.53 (lines 280-282): 98.65%, the highest.
    assert rows[YANQI]["personnel_share_pct"] == Decimal("98.65")
    # The Shanghai PDF: 人员经费合计 2,152.26 and 公用经费合计 184.65 (page 17, line 42) of 基本支出 2,336.91
    # (page 15, line 27): 92.10%, and the two add up.
    assert rows[SHANGHAI]["personnel_share_pct"] == Decimal("92.10")
    assert rows[SHANGHAI]["unexplained_wan_yuan"] == 0


def test_08_expenditure_by_class_side_by_side(run):
    rows = run("08_expenditure_by_class_side_by_side")

    subjects = seed("function_subjects").query("level == '类'")
    code_of = dict(zip(subjects.name, subjects.code, strict=True))
    aliases = seed("function_subject_aliases")
    code_of.update(dict(zip(aliases.alias_name, aliases.code, strict=True)))
    # (report, 类 code, amount, share) of every 类 line: the narrative's 结构情况, or the 类 lines of the
    # general-budget statement table (合计 column; it prints no shares).
    narrative = seed("general_budget_expenditure").query("line_level == 'class'")
    classes = [
        (line.report_id, code_of[line.class_name], number(line.amount_wan_yuan), number(line.share_pct))
        for line in narrative.itertuples()
        if line.report_id in NARRATIVE_REPORTS
    ]
    for report_id in STATEMENT_REPORTS:
        cells = statement_cells(report_id, 5, column_name="合计")
        classes += [(report_id, cell.subject_code, cell.wan_yuan, None) for cell in cells.itertuples()]
        classes = [line for line in classes if line[0] != report_id or len(line[1]) == 3]
    expected: dict[str, dict[str, Decimal | None]] = {}
    for report_id, code, amount, share in classes:
        cells = expected.setdefault(code, {})
        cells[f"{report_id}_wan_yuan"] = amount
        cells[f"{report_id}_share_pct"] = share

    class_rows, total_row = rows[:-1], rows[-1]
    assert [row["class_code"] for row in class_rows] == sorted(expected)
    for row in class_rows:
        for report_id in REPORTS:
            for suffix in ["_wan_yuan", "_share_pct"]:
                column = report_id + suffix
                assert row[column] == expected[row["class_code"]].get(column), (row["class_code"], column)
        assert row["reports_with_class"] == sum(1 for line in classes if line[1] == row["class_code"])
    assert total_row["class_name"] == "合计" and total_row["class_code"] is None
    for report_id in REPORTS:  # every report has its two columns
        amounts = [line[2] for line in classes if line[0] == report_id]
        shares = [line[3] for line in classes if line[0] == report_id and line[3] is not None]
        assert total_row[f"{report_id}_wan_yuan"] == (sum(amounts) if amounts else None), report_id
        assert total_row[f"{report_id}_share_pct"] == (sum(shares) if shares else None), report_id

    # The 类 of document 002 (lines 237-247) add up to 2638.25, one 分 short of the printed 2638.26 (line 214).
    assert total_row[f"{CHANGJI}_wan_yuan"] == Decimal("2638.25")
    # 社会保障和就业支出 is the one 类 all four report; document 003, line 246: 2820.06 万元，占 100 %; the
    # Shanghai PDF, page 15 line 14: 326.72 万元 in table 5.
    social_security = next(row for row in class_rows if row["class_code"] == "208")
    assert social_security["reports_with_class"] == 4
    assert social_security[f"{TONGCHENG}_wan_yuan"] == Decimal("2820.06")
    assert social_security[f"{SHANGHAI}_wan_yuan"] == Decimal("326.72")
    assert social_security[f"{SHANGHAI}_share_pct"] is None


def test_09_self_evaluated_project_funds_vs_project_expenditure(run):
    rows = run("09_self_evaluated_project_funds_vs_project_expenditure")

    summary = seed("performance_summary")
    stated = {(figure.report_id, figure.figure_name): number(figure.value) for figure in summary.itertuples()}
    tables = project_tables()
    project_expenditure = seed("expenditure_by_type").query("line_item == '项目支出'").set_index("report_id")
    ratios, without_tables = [], []
    for row in rows:
        report_id = row["report_id"]
        own = tables[tables.report_id == report_id]
        executed = sum(own.executed_wan_yuan.map(number))
        if report_id in STATEMENT_REPORTS:
            spending = statement_figure(report_id, 3, "合计", "项目支出")  # the 合计 row of 支出决算表
        else:
            spending = number(project_expenditure.loc[report_id, "amount_wan_yuan"])
        stated_count = stated.get((report_id, "绩效评价项目数"), stated.get((report_id, "自评项目数")))
        stated_funds = stated.get((report_id, "项目全年预算数"), stated.get((report_id, "自评项目资金")))
        assert (row["stated_project_count"], row["stated_project_funds_wan_yuan"]) == (stated_count, stated_funds)
        assert row["project_expenditure_wan_yuan"] == spending, report_id
        if own.empty:
            # No self-evaluation table transcribed: nothing counted, nothing to compare.
            assert row["tables_count"] is None and row["tables_executed_wan_yuan"] is None, report_id
            assert row["executed_vs_project_expenditure_pct"] is None, report_id
            without_tables.append(report_id)
            continue
        assert row["tables_count"] == len(own), report_id
        assert row["tables_full_year_budget_wan_yuan"] == sum(own.full_year_budget_wan_yuan.map(number))
        assert row["tables_executed_wan_yuan"] == executed, report_id
        assert rounds_to(row["executed_vs_project_expenditure_pct"], 100 * executed / spending, 2), report_id
        ratios.append(100 * executed / spending)
    assert sorted(row["report_id"] for row in rows) == REPORTS
    assert ratios == sorted(ratios, reverse=True)
    assert [row["report_id"] for row in rows[len(ratios) :]] == sorted(without_tables)  # nulls last

    rows = by_report(rows)
    # Document 003: 自评项目资金 21468.3 万元，占一般公共预算项目支出总额的 100％ (line 461), against
    # 项目支出 275.77 万元 (line 184): the tables cover 78 times the project spending.
    assert rows[TONGCHENG]["stated_project_funds_wan_yuan"] == Decimal("21468.3")
    assert rows[TONGCHENG]["project_expenditure_wan_yuan"] == Decimal("275.77")
    assert rows[YANQI]["executed_vs_project_expenditure_pct"] > 1000
    # Changji's tables: 项目全年执行数 1560.49 万元 (document 002, line 589) within 项目支出 1592.36.
    assert rows[CHANGJI]["tables_executed_wan_yuan"] == Decimal("1560.49")
    assert rows[CHANGJI]["executed_vs_project_expenditure_pct"] < 100
    # The Shanghai PDF: 项目支出 603.14 in the 合计 row of 支出决算表 (page 10, line 9); no self-evaluation tables.
    assert rows[SHANGHAI]["project_expenditure_wan_yuan"] == Decimal("603.14")
    assert rows[SHANGHAI]["project_expenditure_wan_yuan_line"] == 9


def test_10_audit_findings_by_report_and_check(run):
    rows = run("10_audit_findings_by_report_and_check")

    # Every finding beyond rounding is registered, and every register entry matches a finding (the
    # build fails otherwise), so the register counts the problems; an entry with no computed value
    # is a figure the report does not print.
    register = seed("known_discrepancies")
    register["kind"] = ["missing" if value == "" else "discrepancy" for value in register.computed_value]
    expected = register.groupby(["report_id", "check_id", "kind"]).size().unstack(fill_value=0)
    checks = seed("check_registry").set_index("check_id")

    problems = {(row["report_id"], row["check_id"]): row for row in rows if row["problem_count"] > 0}
    assert sorted(problems) == sorted(expected.index)
    for (report_id, check_id), row in problems.items():
        assert row["discrepancy_count"] == expected.loc[(report_id, check_id)].get("discrepancy", 0), check_id
        assert row["missing_count"] == expected.loc[(report_id, check_id)].get("missing", 0), check_id
        assert row["registered_count"] == row["problem_count"], (report_id, check_id)
    for row in rows:
        registered = checks.loc[row["check_id"]]
        assert (row["check_family"], row["severity"]) == (registered.check_family, registered.severity)
        assert row["problem_count"] == row["discrepancy_count"] + row["missing_count"]
        found = row["discrepancy_count"] + row["missing_count"] + row["rounding_count"]
        assert found + row["not_stated_by_template_count"] > 0
    order = [(row["report_id"], -row["problem_count"], row["check_id"]) for row in rows]
    assert order == sorted(order)

    # Yanqi's satisfaction rates over 100 (document 004, e.g. line 1888 "=106% 106") are its most
    # frequent finding: 10 of them.
    assert problems[YANQI, "perf_completion_over_100"]["discrepancy_count"] == 10
    # The national template never states 年初结转和结余 (seeds/template_unstated_parts.csv): no problem of Putuo.
    identity = next(row for row in rows if (row["report_id"], row["check_id"]) == (SHANGHAI, "income_total_identity"))
    assert (identity["not_stated_by_template_count"], identity["problem_count"]) == (1, 0)


def test_11_income_structure_by_report(run):
    rows = run("11_income_structure_by_report")

    income = seed("income_by_source")
    totals = income.query("ordinal == '0'").set_index("report_id").amount_wan_yuan.map(number)
    sources = income[(income.ordinal != "0") & (income.amount_wan_yuan.map(number) != 0)]
    expected = [
        (
            source.report_id,
            int(source.ordinal),
            source.line_item,
            number(source.amount_wan_yuan),
            number(source.share_pct),
            totals[source.report_id],
        )
        for source in sources.itertuples()
        if source.report_id in NARRATIVE_REPORTS
    ]
    for report_id in STATEMENT_REPORTS:
        # The income side of 收入支出决算总表, above 本年收入合计, in printed order; no shares printed.
        side = statement_cells(report_id, 1, side_no="1", column_name="决算数")
        side = side.assign(row=side.row_no.astype(int)).sort_values("row")
        total_row = side[side.line_item == "本年收入合计"].iloc[0]
        printed = side[side.row < total_row.row]
        for ordinal, line in enumerate(printed.itertuples(), start=1):
            if line.wan_yuan != 0:
                expected.append((report_id, ordinal, line.line_item, line.wan_yuan, None, total_row.wan_yuan))
    actual = [
        (
            row["report_id"],
            row["ordinal"],
            row["income_source"],
            row["amount_wan_yuan"],
            row["printed_share_pct"],
            row["income_total_wan_yuan"],
        )
        for row in rows
    ]
    assert actual == sorted(expected)
    for row in rows:
        exact = 100 * row["amount_wan_yuan"] / row["income_total_wan_yuan"]
        assert rounds_to(row["computed_share_pct"], exact, 2), row["income_source"]

    # Document 002: 其他收入 489.60 万元 (line 165)，占 15.65% (line 167); the two others live on
    # appropriations alone (document 003, line 156; document 004, line 90: 100%). The Shanghai PDF's
    # 收入支出决算总表 (page 6, lines 6 and 13) splits appropriations by fund: 一般公共预算财政拨款收入
    # 2,940.05 and 其他收入 6.20 of 本年收入合计 2,946.25, no shares printed.
    assert [(row["report_id"], row["income_source"]) for row in rows] == [
        (CHANGJI, "财政拨款收入"),
        (CHANGJI, "其他收入"),
        (SHANGHAI, "一般公共预算财政拨款收入"),
        (SHANGHAI, "其他收入"),
        # The university's 高等学校收支决算总表 (page 8, lines 6-13) prints its 其中 lines among the sources.
        (UNIVERSITY, "财政拨款收入"),
        (UNIVERSITY, "其中：政府性基金预算财政拨款"),
        (UNIVERSITY, "事业收入"),
        (UNIVERSITY, "其他收入"),
        (UNIVERSITY, "其中：捐赠收入"),
        (TONGCHENG, "财政拨款收入"),
        (YANQI, "财政拨款收入"),
    ]
    assert rows[1]["computed_share_pct"] == rows[1]["printed_share_pct"] == Decimal("15.65")
    assert (rows[3]["computed_share_pct"], rows[3]["printed_share_pct"]) == (Decimal("0.21"), None)
    # The 其中 lines name the source they are part of; the other lines add up to 本年收入合计.
    university = [row for row in rows if row["report_id"] == UNIVERSITY]
    assert [(row["income_source"], row["of_which_parent"]) for row in university if row["is_of_which"]] == [
        ("其中：政府性基金预算财政拨款", "财政拨款收入"),
        ("其中：捐赠收入", "其他收入"),
    ]
    for report_id in {row["report_id"] for row in rows}:
        lines = [row for row in rows if row["report_id"] == report_id]
        parts = sum(row["amount_wan_yuan"] for row in lines if not row["is_of_which"])
        assert parts == lines[0]["income_total_wan_yuan"], report_id


def test_12_three_public_budget_versus_actual_by_item(run):
    rows = run("12_three_public_budget_versus_actual_by_item")

    # (report, item) -> (actual, printed budget, printed difference from the budget, printed completion).
    items = {
        (item.report_id, item.expense_item): (
            number(item.amount_wan_yuan),
            number(item.budget_wan_yuan),
            number(item.budget_change_wan_yuan),
            number(item.completion_pct),
        )
        for item in seed("three_public_expenses").itertuples()
        if item.report_id in NARRATIVE_REPORTS
    }
    for report_id in STATEMENT_REPORTS:
        # The 三公 statement table: 决算数 and 预算数 per item (合计 is 三公经费合计); a blank cell is no figure.
        cells = statement_cells(report_id, 7)
        for name in dict.fromkeys(cells.line_item):
            item = "三公经费合计" if name == "合计" else name
            items[report_id, item] = (
                statement_figure(report_id, 7, name, "决算数"),
                statement_figure(report_id, 7, name, "预算数"),
                None,
                None,
            )
    assert len(rows) == len(items)
    for row in rows:
        where = (row["report_id"], row["expense_item"])
        actual, budget, change, completion = items[where]
        derived = actual - change if actual is not None and change is not None else None
        expected_budget = budget if budget is not None else derived
        assert row["actual_wan_yuan"] == actual, where
        assert row["printed_budget_wan_yuan"] == budget, where
        assert row["budget_wan_yuan"] == expected_budget, where
        source = "printed" if budget is not None else ("derived_from_change" if change is not None else None)
        assert row["budget_source"] == source, where
        assert row["printed_completion_pct"] == completion, where
        if expected_budget is None or actual is None:
            assert row["difference_wan_yuan"] is None and row["computed_completion_pct"] is None, where
            continue
        assert row["difference_wan_yuan"] == actual - expected_budget, where
        exact = 100 * actual / expected_budget if expected_budget else None
        assert rounds_to(row["computed_completion_pct"], exact, 2), where
        # The computed rate agrees with a printed one to its printed precision (whole per cent).
        if row["printed_completion_pct"] is not None and exact is not None:
            assert rounded(exact, 0) == row["printed_completion_pct"], where
    assert [row["report_id"] for row in rows] == sorted(row["report_id"] for row in rows)

    tongcheng = {row["expense_item"]: row for row in rows if row["report_id"] == TONGCHENG}
    # Document 003, line 344: 三公 预算 34.96 → 决算 21.75 万元，完成预算的 62 %.
    assert tongcheng["三公经费合计"]["budget_wan_yuan"] == Decimal("34.96")
    # Document 003, lines 387-389: 公务接待费 15.29 万元, 比年初预算减少 5.51 万元, 完成 74 %: budget 20.80.
    assert tongcheng["公务接待费"]["budget_wan_yuan"] == Decimal("20.80")
    assert tongcheng["公务接待费"]["budget_source"] == "derived_from_change"
    # The derived item budgets add up to the printed total: 20.80 + 14.16 (运行费) + 0 + 0 = 34.96.
    parts = ["因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"]
    assert sum(tongcheng[item]["budget_wan_yuan"] for item in parts) == Decimal("34.96")
    # The Shanghai PDF's 三公 table (page 18, line 9) prints 预算数 0.95 for 合计 and 公务接待费 and leaves
    # every 决算数 blank: a printed budget, no actual, nothing computed.
    shanghai = {row["expense_item"]: row for row in rows if row["report_id"] == SHANGHAI}
    assert sorted(shanghai) == ["三公经费合计", "公务接待费"]
    assert [shanghai[item]["budget_wan_yuan"] for item in sorted(shanghai)] == [Decimal("0.95")] * 2
    assert {shanghai[item]["actual_wan_yuan"] for item in shanghai} == {None}


def test_13_lowest_scoring_projects(run):
    rows = run("13_lowest_scoring_projects")

    tables = project_tables()
    tables = tables[tables.total_score != ""].copy()
    tables["total"] = tables.total_score.map(number)
    cut = sorted(tables.total)[9]
    lowest = tables[tables.total <= cut].sort_values(["total", "report_id", "evaluation_no"], key=_sort_key)
    indicators = seed("performance_indicators")
    expected = []
    for table in lowest.itertuples():
        own = indicators[(indicators.report_id == table.report_id) & (indicators.evaluation_no == table.evaluation_no)]
        scores = sum(own.score.map(number))
        weights = own.weight.map(number)
        weight_total = sum(weights) if weights.notna().all() and len(weights) else number(table.indicator_weight)
        expected.append(
            (
                int((tables.total < table.total).sum()) + 1,
                table.report_id,
                int(table.evaluation_no),
                table.project_name,
                table.total,
                number(table.weight) - number(table.score),
                weight_total - scores,
            )
        )
    actual = [
        (
            row["score_rank"],
            row["report_id"],
            row["evaluation_no"],
            row["project_name"],
            row["total_score"],
            row["lost_on_execution"],
            row["lost_on_indicators"],
        )
        for row in rows
    ]
    assert actual == expected
    for row in rows:
        # What was lost adds up to what the table's total score misses of 100.
        assert row["lost_on_execution"] + row["lost_on_indicators"] == 100 - row["total_score"], row["project_name"]

    # Document 002, line 1720: 人社局劳动保障大厦维修经费 总分 100 63.5 分, with 执行率 42.06% scored 0.00 of 10
    # (line 1537).
    assert actual[0][1:5] == (CHANGJI, 6, "人社局劳动保障大厦维修经费", Decimal("63.5"))
    assert actual[0][5] == Decimal("10")


def _sort_key(column: pd.Series) -> pd.Series:
    return column.astype(int) if column.name == "evaluation_no" else column


def test_14_vehicles_and_running_cost_per_vehicle(run):
    rows = by_report(run("14_vehicles_and_running_cost_per_vehicle"))
    assert sorted(rows) == REPORTS

    vehicles = seed("state_assets").query("asset_item == '车辆'").set_index("report_id").quantity.map(number)
    activity = seed("three_public_expenses_activity")
    fleet = activity.query("expense_item == '公务用车购置及运行费' and measure == '保有量'").set_index("report_id")
    running = seed("three_public_expenses").query("expense_item == '公务用车运行费'").set_index("report_id")
    for report_id, row in rows.items():
        held = vehicles.get(report_id)
        in_fleet = number(fleet.value.get(report_id, ""))
        if report_id in STATEMENT_REPORTS:
            cost = statement_figure(report_id, 7, "公务用车运行费", "决算数")
        else:
            cost = number(running.loc[report_id, "amount_wan_yuan"])
        assert row["vehicles_held"] == held, report_id
        assert row["vehicles_in_three_public"] == in_fleet, report_id
        assert row["running_cost_wan_yuan"] == cost, report_id
        count = held if held is not None else in_fleet
        per_vehicle = cost / count if cost is not None and count else None
        assert rounds_to(row["running_cost_per_vehicle_wan_yuan"], per_vehicle, 4), report_id

    # Document 002: 车辆 3 辆 (line 569), 公务用车运行维护费 8.80 万元 (line 485): 2.9333 万元 a vehicle.
    assert rows[CHANGJI]["running_cost_per_vehicle_wan_yuan"] == Decimal("2.9333")
    # Document 003: 车辆 4 辆 (line 440), 公务用车运行费 6.46 万元 (line 377).
    assert rows[TONGCHENG]["running_cost_per_vehicle_wan_yuan"] == Decimal("1.6150")
    # Document 004: 车辆 2 辆 (line 414), 运行维护费 1.13 万元 (line 327).
    assert rows[YANQI]["running_cost_per_vehicle_wan_yuan"] == Decimal("0.5650")
    # The Shanghai PDF: 车辆0辆 (page 24, line 12); 公务用车运行费 left blank in its 三公 table (page 18).
    assert (rows[SHANGHAI]["vehicles_held"], rows[SHANGHAI]["running_cost_wan_yuan"]) == (0, None)
    assert rows[SHANGHAI]["running_cost_per_vehicle_wan_yuan"] is None


# ---------------------------------------------------------------------------------------------
# Budget against outturn: the university's budget (southwest_university_2023_budget) and final
# accounts of 2023, paired by name; expectations from the statement seed as read.
# ---------------------------------------------------------------------------------------------

UNIVERSITY_BUDGET = "southwest_university_2023_budget"
UNIVERSITY_FINAL = "southwest_university_2023_final"
DISTRICT_BUDGET = "shanghai_putuo_government_office_2025_budget"
# (fund scope, budget table and column, final-accounts table and column), as seeds/budget_outturn_columns.csv.
COMPARED_TOTALS = [
    ("全部资金", 103, "合计", 3, "本年支出合计"),
    ("财政拨款", 110, "合计", 10, "合计"),
]


def amounts_by_code(report_id: str, table_no: int, column_name: str, length: int) -> dict[str, Decimal]:
    cells = statement_cells(report_id, table_no, column_name=column_name)
    cells = cells[cells.subject_code.str.len() == length]
    return {code: amount for code, amount in zip(cells.subject_code, cells.wan_yuan, strict=True)}


def test_15_largest_budget_outturn_gaps_by_item(run):
    rows = run("15_largest_budget_outturn_gaps_by_item")
    expected = {}
    for scope, budget_table, budget_column, final_table, final_column in COMPARED_TOTALS:
        budget = amounts_by_code(UNIVERSITY_BUDGET, budget_table, budget_column, 7)
        outturn = amounts_by_code(UNIVERSITY_FINAL, final_table, final_column, 7)
        for code in set(budget) & set(outturn):
            expected[(scope, code)] = (budget[code], outturn[code], outturn[code] - budget[code])
    shown = {
        (row["fund_scope_zh"], row["function_subject_code"]): (
            row["budget_wan_yuan"],
            row["outturn_wan_yuan"],
            row["variance_wan_yuan"],
        )
        for row in rows
    }
    assert shown == expected
    gaps = [abs(row["variance_wan_yuan"]) for row in rows]
    assert gaps == sorted(gaps, reverse=True)
    # 2050205 高等教育, all funds: budget 396,393.59 (p.9), outturn 389,606.87 (p.12).
    assert expected[("全部资金", "2050205")][2] == Decimal("-6786.72")


def test_16_lowest_budget_execution_rates(run):
    rows = run("16_lowest_budget_execution_rates")
    expected = []
    for scope, budget_table, budget_column, final_table, final_column in COMPARED_TOTALS:
        budget = statement_figure(UNIVERSITY_BUDGET, budget_table, "合计", budget_column)
        outturn = statement_figure(UNIVERSITY_FINAL, final_table, "合计", final_column)
        expected.append((scope, rounded(100 * outturn / budget, 2)))
    shown = [(row["fund_scope_zh"], row["execution_rate_pct"]) for row in rows]
    assert shown == sorted(expected, key=lambda pair: pair[1])
    assert shown[0] == ("全部资金", Decimal("97.63"))  # 457,676.75 of 468,779.07


def test_17_three_public_budget_against_actual_across_years(run):
    rows = run("17_three_public_budget_against_actual_across_years")
    cells = statement_cells(DISTRICT_BUDGET, 109, column_name="预算数")
    planned = {
        ("三公经费合计" if item == "合计" else item): amount
        for item, amount in zip(cells.line_item, cells.wan_yuan, strict=True)
        if item != "机关运行经费"
    }
    shown = {row["expense_item"]: row for row in rows if row["budget_report_id"] == DISTRICT_BUDGET}
    assert {item: row["planned_wan_yuan"] for item, row in shown.items()} == planned
    assert planned["三公经费合计"] == Decimal("867.50")  # page 20
    assert all(row["actual_wan_yuan"] is None for row in shown.values())  # no final accounts of 2025
    actual = seed("three_public_expenses").query("report_id == @CHANGJI")
    changji = {row["expense_item"]: row for row in rows if row["final_report_id"] == CHANGJI}
    for item, amount in zip(actual.expense_item, actual.amount_wan_yuan, strict=True):
        assert changji[item]["actual_wan_yuan"] == number(amount), item
        assert changji[item]["planned_wan_yuan"] is None, item
