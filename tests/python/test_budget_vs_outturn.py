"""Budgets beside final accounts: the report register says each document's kind, budget and
outturn pair by department and year, and fct_budget_vs_outturn agrees with a computation made
here straight from the seeds (not from any model)."""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
UNIVERSITY_BUDGET = "southwest_university_2023_budget"
UNIVERSITY_FINAL = "southwest_university_2023_final"
DISTRICT_BUDGET = "shanghai_putuo_government_office_2025_budget"


def seed(name: str) -> list[dict[str, str]]:
    with open(PROJECT_DIR / "seeds" / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def lines_by_code(report_id: str, table_no: str, column_name: str) -> dict[str, Decimal]:
    """The table's 功能分类 lines in 万元, summed by code, from seeds/statement_lines.csv."""
    amounts: dict[str, Decimal] = defaultdict(Decimal)
    for row in seed("statement_lines"):
        wanted = (row["report_id"], row["table_no"], row["column_name"]) == (report_id, table_no, column_name)
        if wanted and row["subject_code"] and row["value"]:
            value = Decimal(row["value"])
            amounts[row["subject_code"]] += value / 10000 if row["printed_unit"] == "元" else value
    return dict(amounts)


def test_the_register_says_each_documents_kind_and_year(db):
    kinds = dict(db.execute("select report_id, document_kind_label || ' ' || fiscal_year from dim_report").fetchall())
    assert kinds[UNIVERSITY_BUDGET] == "部门预算 2023"
    assert kinds[UNIVERSITY_FINAL] == "部门决算 2023"
    assert kinds[DISTRICT_BUDGET] == "部门预算 2025"
    assert kinds["shanghai_putuo_finance_2024"] == "部门决算 2024"


def test_a_department_with_only_one_document_is_listed_not_dropped(db):
    pairs = db.execute(
        "select department_name, fiscal_year, budget_report_id, final_report_id, pairing_status"
        " from fct_budget_outturn_pair"
    ).fetchall()
    assert ("西南大学", 2023, UNIVERSITY_BUDGET, UNIVERSITY_FINAL, "both") in pairs
    assert ("上海市普陀区人民政府办公室", 2025, DISTRICT_BUDGET, None, "budget_only") in pairs
    assert ("上海市普陀区财政局", 2024, None, "shanghai_putuo_finance_2024", "final_accounts_only") in pairs
    assert len(pairs) == len(seed("reports")) - 1  # seven reports, one pair of two


def test_budget_against_outturn_agrees_with_the_seeds(db):
    budget = lines_by_code(UNIVERSITY_BUDGET, "103", "合计")  # 支出预算表
    outturn = lines_by_code(UNIVERSITY_FINAL, "3", "本年支出合计")  # 支出决算表
    assert budget["2050205"] == Decimal("396393.59") and outturn["2050205"] == Decimal("389606.87")
    rows = db.execute(
        "select function_subject_code, budget_wan_yuan, outturn_wan_yuan, variance_wan_yuan, execution_rate_pct"
        " from fct_budget_vs_outturn where budget_report_id = ? and fund_scope = 'all_funds'"
        " and expenditure_type = 'total' and function_subject_code is not null",
        [UNIVERSITY_BUDGET],
    ).fetchall()
    assert {code for code, *_ in rows} == set(budget) | set(outturn)
    for code, planned, spent, variance, rate in rows:
        assert (planned, spent) == (budget.get(code), outturn.get(code)), code
        if planned is not None and spent is not None:
            assert variance == spent - planned, code
            assert rate == round(100 * spent / planned, 2), code


def test_a_budget_in_yuan_is_compared_in_wan_yuan(db):
    # 2010301 行政运行 in the district budget's 支出预算表, printed 12,029,501.84 元 (page 11).
    row = db.execute(
        "select budget_wan_yuan, outturn_wan_yuan, budget_source_places from fct_budget_vs_outturn"
        " where budget_report_id = ? and fund_scope = 'all_funds' and expenditure_type = 'total'"
        " and function_subject_code = '2010301'",
        [DISTRICT_BUDGET],
    ).fetchone()
    assert row[0] == Decimal("1202.950184") and row[1] is None
    assert row[2].startswith("p11:")
