"""Budget PDFs whose rows are keyed by two or three classifications at once, with what a reader must read.

功能分类 × 部门经济分类 (一般公共预算支出预算表, in 元, over several pages, the header printed again on each)
and 功能分类 × 政府经济分类 × 部门经济分类 (一般公共预算基本支出预算表, in 万元, two-level headers:
科目 over 编码 | 名称). Identical keys repeat (a subject and economic item printed twice, with different
amounts): each printed row is a row of its own. The expectations are recorded while each row is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from budget_pdfs import BUDGET_TABLE_NAMES, GENERAL_BUDGET
from statement_pdfs import Cell, Grid, Reading, Report, Scenario, Table, amount, head, label, money

BASIC_BUDGET = "一般公共预算基本支出预算表"
# (function code, name), (government economic code, name), (department economic code, name)
FUNCTIONS = (("2010101", "行政运行"), ("2010102", "一般行政管理事务"), ("2080501", "行政单位离退休"))
GOVERNMENT = (("50101", "工资奖金津补贴"), ("50201", "办公经费"), ("50501", "工资福利支出"))
DEPARTMENT = (("30101", "基本工资"), ("30102", "津贴补贴"), ("30201", "办公费"), ("30211", "差旅费"))
COLUMNS = ("合计", "基本支出", "项目支出")
BASIC_COLUMNS = ("合计", "人员经费", "公用经费")


@dataclass(frozen=True)
class ExpectedRow:
    """A printed row: the table's own code and label, the codes of its other classifications, its amounts."""

    table_name: str
    subject_code: str
    row_label: str
    other_codes: tuple[tuple[str, str, str], ...]  # (code_system, code, name) in the order printed
    printed: tuple[str, ...]


@dataclass(frozen=True)
class ClassifiedScenario:
    scenario: Scenario
    rows: list[ExpectedRow]


def _amounts(columns, cents, row_label: str, code: str) -> tuple:
    pairs = zip(columns, cents, strict=True)
    return tuple(amount(money(c), Reading(1, row_label, code, column)) for column, c in pairs)


def _keys(count: int):
    """count rows of (function, government, department) keys; every fifth repeats the row before it."""
    keys = []
    for index in range(count):
        if index % 5 == 4:
            keys.append(keys[-1])
            continue
        keys.append((FUNCTIONS[index % 3], GOVERNMENT[index % 3], DEPARTMENT[index % 4]))
    return keys


def function_by_economic(count: int) -> tuple[Table, list[ExpectedRow]]:
    """一般公共预算支出预算表: 功能分类科目编码 | 名称 | 部门经济分类科目编码 | 名称 | 合计 | 基本支出 | 项目支出."""
    head_row = tuple(head(text) for text in ("功能分类科目编码", "功能分类科目名称", "部门经济分类科目编码",
                                             "部门经济分类科目名称", *COLUMNS))  # fmt: skip
    body, expected = [], []
    for index, ((code, name), _, (economic, economic_name)) in enumerate(_keys(count)):
        basic, project = 12345678 * (index + 1), 789012 * (index % 4)
        cents = (basic + project, basic, project)
        body.append((head(code), label(name), head(economic), label(economic_name), *_amounts(COLUMNS, cents, name,
                                                                                              code)))  # fmt: skip
        printed = tuple(money(c) for c in cents)
        expected.append(ExpectedRow(GENERAL_BUDGET, code, name, (("economic", economic, economic_name),), printed))
    grid = Grid((64.0, 110.0, 70.0, 90.0, 90.0, 90.0, 90.0), (head_row,), tuple(body), repeat_head=True)
    return Table(GENERAL_BUDGET, grid, True, "2026年部门一般公共预算支出预算表"), expected


def three_classifications(count: int) -> tuple[Table, list[ExpectedRow]]:
    """一般公共预算基本支出预算表 keyed by 部门经济分类, with 功能分类 and 政府经济分类 beside it; headers
    in two levels (功能分类科目 over 编码 | 名称), printed on the first page only."""
    groups = ("功能分类科目", "政府经济分类科目", "部门经济分类科目")
    top = tuple(head(group, cols=2) for group in groups) + tuple(head(column, rows=2) for column in BASIC_COLUMNS)
    second = tuple(head(text) for _ in groups for text in ("编码", "名称"))
    body, expected = [], []
    for index, ((code, name), (government, government_name), (economic, economic_name)) in enumerate(_keys(count)):
        personnel, office = 5000 * (index + 2), 1500 * (index % 3)
        cents = (personnel + office, personnel, office)
        cells = (head(code), label(name), head(government), label(government_name), head(economic),
                 label(economic_name))  # fmt: skip
        body.append((*cells, *_amounts(BASIC_COLUMNS, cents, economic_name, economic)))
        others = (("function", code, name), ("government_economic", government, government_name))
        expected.append(ExpectedRow(BASIC_BUDGET, economic, economic_name, others, tuple(money(c) for c in cents)))
    grid = Grid((56.0, 90.0, 50.0, 90.0, 50.0, 70.0, 80.0, 80.0, 80.0), (top, second), tuple(body))
    return Table(BASIC_BUDGET, grid, True, "2026年部门一般公共预算基本支出预算表"), expected


def multi_classification(path: Path) -> ClassifiedScenario:
    report = Report(path)
    report.prose("示例区财政局2026年部门预算", ["一、部门主要职能", "本部门2026年部门预算公开如下。"])
    rows = []
    for (table, expected), unit in ((function_by_economic(48), "元"), (three_classifications(40), "万元")):
        report.unit = unit
        report.statement(table)
        rows += expected
    return ClassifiedScenario(report.finish("multi_classification", __doc__, BUDGET_TABLE_NAMES), rows)


def _runs(count: int, shortest: int = 2):
    """count runs of rows sharing a 功能分类 and 政府经济分类 (shortest to shortest + 2 rows each), each
    row its own 部门经济分类 item: (first row of its run, run length, function, government, department)."""
    rows = []
    for run in range(count):
        length = shortest + run % 3
        for offset in range(length):
            rows.append((offset == 0, length, FUNCTIONS[run % 3], GOVERNMENT[run % 3], DEPARTMENT[(run + offset) % 4]))
    return rows


def _merged(code: str, name: str, first: bool, length: int) -> tuple[Cell, ...]:
    """A code and its name printed once, vertically centred in cells merged over the run's rows."""
    return (Cell(code, rows=length), Cell(name, rows=length, align="l")) if first else ()


def merged_function_codes(path: Path) -> ClassifiedScenario:
    """Code cells merged over several rows: 一般公共预算支出预算表 prints each 功能分类 code and name once
    for the 部门经济分类 items below it (over two pages); 一般公共预算基本支出预算表 prints its 功能分类 and
    政府经济分类 once for the 部门经济分类 rows it keys. Each row is read with the merged codes."""
    report = Report(path)
    report.prose("示例区财政局2026年部门预算", ["一、部门主要职能", "本部门2026年部门预算公开如下。"])
    own_head = tuple(head(text) for text in ("功能分类科目编码", "功能分类科目名称", "部门经济分类科目编码",
                                             "部门经济分类科目名称", *COLUMNS))  # fmt: skip
    body, rows = [], []
    for index, (first, length, (code, name), _, (economic, economic_name)) in enumerate(_runs(18)):
        cents = (4321000 * (index + 1) + 1200, 4321000 * (index + 1), 1200)
        amounts = _amounts(COLUMNS, cents, name, code)
        body.append((*_merged(code, name, first, length), head(economic), label(economic_name), *amounts))
        printed = tuple(money(c) for c in cents)
        rows.append(ExpectedRow(GENERAL_BUDGET, code, name, (("economic", economic, economic_name),), printed))
    grid = Grid((64.0, 110.0, 70.0, 90.0, 90.0, 90.0, 90.0), (own_head,), tuple(body), repeat_head=True)
    report.unit = "元"
    report.statement(Table(GENERAL_BUDGET, grid, True, "2026年部门一般公共预算支出预算表"))
    basic_head = tuple(head(text) for text in ("功能分类科目编码", "功能分类科目名称", "政府经济分类科目编码",
                                               "政府经济分类科目名称", "部门经济分类科目编码", "部门经济分类科目名称",
                                               *BASIC_COLUMNS))  # fmt: skip
    body = []
    for index, (first, length, (code, name), (government, government_name), (economic, economic_name)) in enumerate(
        _runs(6)
    ):
        cents = (3000 * (index + 2) + 700, 3000 * (index + 2), 700)
        merged = (*_merged(code, name, first, length), *_merged(government, government_name, first, length))
        body.append((*merged, head(economic), label(economic_name), *_amounts(BASIC_COLUMNS, cents, economic_name,
                                                                               economic)))  # fmt: skip
        others = (("function", code, name), ("government_economic", government, government_name))
        rows.append(ExpectedRow(BASIC_BUDGET, economic, economic_name, others, tuple(money(c) for c in cents)))
    grid = Grid((56.0, 90.0, 50.0, 90.0, 50.0, 70.0, 80.0, 80.0, 80.0), (basic_head,), tuple(body))
    report.unit = "万元"
    report.statement(Table(BASIC_BUDGET, grid, True, "2026年部门一般公共预算基本支出预算表"))
    return ClassifiedScenario(report.finish("merged_function_codes", __doc__, BUDGET_TABLE_NAMES), rows)


def merged_codes_split_by_pages(path: Path) -> ClassifiedScenario:
    """Code cells merged over rows that a page break splits, as a spreadsheet prints them: the code and
    name on the page where the cell begins, its rest blank at the top of the next page. Each row
    below the break is read with the codes of the cell it belongs to (一般公共预算支出预算表 in 元, its
    own 功能分类 merged; 一般公共预算基本支出预算表 in 万元, its 功能分类 and 政府经济分类 merged)."""
    report = Report(path)
    report.prose("示例区财政局2026年部门预算", ["一、部门主要职能", "本部门2026年部门预算公开如下。"])
    own_head = tuple(head(text) for text in ("功能分类科目编码", "功能分类科目名称", "部门经济分类科目编码",
                                             "部门经济分类科目名称", *COLUMNS))  # fmt: skip
    body, rows = [], []
    for index, (first, length, (code, name), _, (economic, economic_name)) in enumerate(_runs(20, shortest=4)):
        cents = (2468000 * (index + 1) + 1500, 2468000 * (index + 1), 1500)
        amounts = _amounts(COLUMNS, cents, name, code)
        body.append((*_merged(code, name, first, length), head(economic), label(economic_name), *amounts))
        printed = tuple(money(c) for c in cents)
        rows.append(ExpectedRow(GENERAL_BUDGET, code, name, (("economic", economic, economic_name),), printed))
    grid = Grid((64.0, 110.0, 70.0, 90.0, 90.0, 90.0, 90.0), (own_head,), tuple(body), repeat_head=True,
                split_merged=True)  # fmt: skip
    report.unit = "元"
    report.statement(Table(GENERAL_BUDGET, grid, True, "2026年部门一般公共预算支出预算表"))
    basic_head = tuple(head(text) for text in ("功能分类科目编码", "功能分类科目名称", "政府经济分类科目编码",
                                               "政府经济分类科目名称", "部门经济分类科目编码", "部门经济分类科目名称",
                                               *BASIC_COLUMNS))  # fmt: skip
    body = []
    for index, (first, length, (code, name), (government, government_name), (economic, economic_name)) in enumerate(
        _runs(14, shortest=4)
    ):
        cents = (2000 * (index + 2) + 300, 2000 * (index + 2), 300)
        merged = (*_merged(code, name, first, length), *_merged(government, government_name, first, length))
        body.append((*merged, head(economic), label(economic_name), *_amounts(BASIC_COLUMNS, cents, economic_name,
                                                                               economic)))  # fmt: skip
        others = (("function", code, name), ("government_economic", government, government_name))
        rows.append(ExpectedRow(BASIC_BUDGET, economic, economic_name, others, tuple(money(c) for c in cents)))
    grid = Grid((56.0, 90.0, 50.0, 90.0, 50.0, 70.0, 80.0, 80.0, 80.0), (basic_head,), tuple(body), split_merged=True)
    report.unit = "万元"
    report.statement(Table(BASIC_BUDGET, grid, True, "2026年部门一般公共预算基本支出预算表"))
    return ClassifiedScenario(report.finish("merged_codes_split_by_pages", __doc__, BUDGET_TABLE_NAMES), rows)
