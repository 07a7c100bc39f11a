"""Small budget PDFs (部门预算), in the layouts regions print them, with what a reader must read back.

The same drawing as statement_pdfs.py (one ruled grid per table, expectations recorded while each
cell is drawn), with the budget template's tables and the ways regions print them: numbered
titles (预算01表), unnumbered ones with the year inside (2026年部门…预算表), 表一 on the line above
the title; amounts in 元 in one table and 万元 in another of the same document; codes in split
类 | 款 | 项 cells, in one cell, before the name in its cell (2010601-行政运行) or on the line below
it; the 合计 row on top or at the bottom; a table printed empty with its note.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from statement_pdfs import FINANCE_BUREAU, Item, Ledger, Report, Scenario, Style, Table, coded_table

EXPENDITURE = "支出预算表"
GENERAL_BUDGET = "一般公共预算支出预算表"
GOVERNMENT_FUND = "政府性基金预算支出预算表"
# The budget tables of the national template (the canonical names of definitions/statement_tables.csv).
BUDGET_TABLE_NAMES = (
    "收支预算总表",
    "收入预算表",
    EXPENDITURE,
    "财政拨款收支预算总表",
    GENERAL_BUDGET,
    GOVERNMENT_FUND,
    "国有资本经营预算支出预算表",
    "一般公共预算基本支出预算表",
    "“三公”经费预算表",
)
COLUMNS = ("合计", "基本支出", "项目支出")
FUNCTIONAL_TITLE = "2026年部门一般公共预算支出功能分类预算表"
FUND_TITLE = "2026年部门政府性基金预算支出功能分类预算表"
EMPTY_NOTE = "注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"


def expenditure(ledger: Ledger, style: Style, title: str) -> Table:
    return coded_table(
        EXPENDITURE, ledger, style, COLUMNS, lambda item: (item.basic + item.project, item.basic, item.project),
        wide=False, title=title,
    )  # fmt: skip


def general_budget(ledger: Ledger, style: Style, title: str) -> Table:
    return coded_table(
        GENERAL_BUDGET, ledger, style, COLUMNS, lambda item: (item.gp_basic + item.gp_project, item.gp_basic,
        item.gp_project), wide=False, title=title,
    )  # fmt: skip


def government_fund_empty(style: Style, title: str) -> Table:
    nothing = Ledger("示例区财政局", (Item("2296002", "用于社会福利的彩票公益金支出"),))
    return coded_table(GOVERNMENT_FUND, nothing, style, COLUMNS, lambda item: (0, 0, 0), wide=False, title=title)


def _budget(path: Path, name: str, description: str, tables, *, heading: str = "示例区财政局2026年部门预算"):
    """A cover naming the unit and year, then each (table, unit, statement options) on pages of its own."""
    report = Report(path)
    report.prose(heading, ["一、部门主要职能", "本部门2026年部门预算公开如下。"])
    for table, unit, options in tables:
        report.unit = unit
        report.statement(table, **options)
    return report.finish(name, description, BUDGET_TABLE_NAMES)


def numbered_yuan_split(path: Path) -> Scenario:
    style = Style(code_cells="split", total_row="bottom")
    return _budget(
        path,
        "numbered_yuan_split",
        "预算03表/预算05表 numbered on their own line; 元; 类|款|项 in split cells; 合计 at the bottom.",
        [
            (expenditure(FINANCE_BUREAU, style, "2026年部门支出预算总表"), "元", {"number": "预算03表"}),
            (general_budget(FINANCE_BUREAU, style, FUNCTIONAL_TITLE), "元", {"number": "预算05表"}),
        ],
    )


def unnumbered_mixed_units_one_cell(path: Path) -> Scenario:
    style = Style(code_cells="one", total_row="top")
    return _budget(
        path,
        "unnumbered_mixed_units_one_cell",
        "Unnumbered titles with the year inside; one table in 元, the next in 万元; the code in one cell; 合计 on top.",
        [
            (expenditure(FINANCE_BUREAU, style, "2026年部门支出预算表"), "元", {}),
            (general_budget(FINANCE_BUREAU, style, "2026年一般公共预算支出预算表"), "万元", {}),
        ],
    )


def table_one_code_before_name(path: Path) -> Scenario:
    style = Style(code_cells="before_name", total_row="bottom")
    return _budget(
        path,
        "table_one_code_before_name",
        "表一/表二 on the line above the title; the code before the name in its cell (2010601-行政运行).",
        [
            (expenditure(FINANCE_BUREAU, style, "部门支出预算表"), "万元", {"number": "表一"}),
            (general_budget(FINANCE_BUREAU, style, "一般公共预算支出预算表"), "万元", {"number": "表二"}),
        ],
    )


def code_below_name_and_empty(path: Path) -> Scenario:
    style = Style(code_cells="below_name", total_row="top")
    return _budget(
        path,
        "code_below_name_and_empty",
        "The code on the line below the name in its cell; a 政府性基金 table printed empty with its note.",
        [
            (general_budget(FINANCE_BUREAU, style, FUNCTIONAL_TITLE), "万元", {}),
            (government_fund_empty(Style(), FUND_TITLE), "万元", {"note": EMPTY_NOTE}),
        ],
    )


def budget_scenarios() -> dict[str, Callable[[Path], Scenario]]:
    return {
        function.__name__: function
        for function in (
            numbered_yuan_split,
            unnumbered_mixed_units_one_cell,
            table_one_code_before_name,
            code_below_name_and_empty,
        )
    }
