"""A budget whose 一般公共预算支出预算表 keys its rows by 功能分类 and 部门经济分类 at once, as a whole
document to add with `make add-report`: printed in 元 over several pages, the 合计 row on top, each 类, 款
and 项 printed as a line of its own, then the 项's rows by 部门经济分类 under it, where the same
(项, 经济分类) key repeats in two rows with different amounts. The amounts add up (合计 = 基本支出 +
项目支出 in every row; a line = its rows below it), except where an error is planted: one row's
基本支出 one 元 too high.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from budget_pdfs import BUDGET_TABLE_NAMES, GENERAL_BUDGET
from statement_pdfs import Grid, Reading, Report, Table, amount, head, label, money

# (类, 款, 项) of the catalogue (seeds/function_subjects.csv): codes and names as it holds them.
SUBJECTS = (
    (("201", "一般公共服务支出"), ("20103", "政府办公厅（室）及相关机构事务"), ("2010301", "行政运行")),
    (("201", "一般公共服务支出"), ("20103", "政府办公厅（室）及相关机构事务"), ("2010302", "一般行政管理事务")),
    (("208", "社会保障和就业支出"), ("20801", "人力资源和社会保障管理事务"), ("2080101", "行政运行")),
    (("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"), ("2080501", "行政单位离退休")),
    (("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"), ("2080505", "机关事业单位基本养老保险缴费支出")),
)
# The 部门经济分类 rows under each 项; 30101 and 30201 twice: the same key, two rows.
ECONOMIC = (
    ("30101", "基本工资"), ("30102", "津贴补贴"), ("30101", "基本工资"), ("30103", "奖金"),
    ("30108", "机关事业单位基本养老保险缴费"), ("30201", "办公费"), ("30211", "差旅费"), ("30201", "办公费"),
    ("30213", "维修（护）费"),
)  # fmt: skip
COLUMNS = ("合计", "基本支出", "项目支出")
TITLE = "2026年部门一般公共预算支出预算表"


@dataclass(frozen=True)
class PrintedRow:
    subject_code: str  # the 功能分类 code ('' for 合计)
    economic_code: str  # the 部门经济分类 code ('' for a 类, 款 or 项 line)
    printed: tuple[str, str, str]  # 合计, 基本支出, 项目支出 as printed


@dataclass(frozen=True)
class ClassifiedBudget:
    rows: list[PrintedRow]  # top to bottom
    planted_row: int | None  # the index in rows of the row printed with the error


def _detail_amounts(subject: int, row: int) -> tuple[int, int]:
    """(基本支出, 项目支出) in fen of a 部门经济分类 row: wages are basic spending, goods and services
    partly project spending."""
    basic = 1_234_567 * (subject + 1) + 9_876 * (row + 1) + 12
    project = 0 if ECONOMIC[row][0].startswith("301") else 456_789 * (row + 1) + 34
    return basic, project


def classified_budget(path: Path, *, planted: bool = False) -> ClassifiedBudget:
    """The budget PDF at path; with planted, the first 项's second row prints its 基本支出 100 fen
    (one 元) above the value its 合计 and its 项's line are made of."""
    details = {
        subject: [_detail_amounts(index, row) for row in range(len(ECONOMIC))]
        for index, (_, _, subject) in enumerate(SUBJECTS)
    }

    def sums(codes: set[str]) -> tuple[int, int]:
        parts = [part for (_, _, subject), rows in zip(SUBJECTS, details.values(), strict=True)
                 if subject[0] in codes for part in rows]  # fmt: skip
        return sum(basic for basic, _ in parts), sum(project for _, project in parts)

    lines: list[tuple[str, str, str, str, tuple[int, int], int]] = []  # code, name, economic, name, parts, shift
    lines.append(("", "合计", "", "", sums({s[2][0] for s in SUBJECTS}), 0))
    printed_class, printed_kuan = set(), set()
    for (class_, kuan, item), rows in zip(SUBJECTS, details.values(), strict=True):
        if class_[0] not in printed_class:
            printed_class.add(class_[0])
            lines.append((*class_, "", "", sums({s[2][0] for s in SUBJECTS if s[0] == class_}), 0))
        if kuan[0] not in printed_kuan:
            printed_kuan.add(kuan[0])
            lines.append((*kuan, "", "", sums({s[2][0] for s in SUBJECTS if s[1] == kuan}), 0))
        lines.append((*item, "", "", sums({item[0]}), 0))
        for row, ((economic, economic_name), parts) in enumerate(zip(ECONOMIC, rows, strict=True)):
            shift = 100 if planted and item == SUBJECTS[0][2] and row == 1 else 0
            lines.append((*item, economic, economic_name, parts, shift))

    body, printed_rows, planted_row = [], [], None
    for code, name, economic, economic_name, (basic, project), shift in lines:
        printed = (money(basic + project), money(basic + shift), money(project))
        cells = tuple(
            amount(text, Reading(1, name, code, column)) for text, column in zip(printed, COLUMNS, strict=True)
        )
        body.append((head(code), label(name), head(economic), label(economic_name), *cells))
        if shift:
            planted_row = len(printed_rows)
        printed_rows.append(PrintedRow(code, economic, printed))
    header = tuple(head(text) for text in ("功能分类科目编码", "功能分类科目名称", "部门经济分类科目编码",
                                           "部门经济分类科目名称", *COLUMNS))  # fmt: skip
    grid = Grid((50.0, 118.0, 56.0, 100.0, 66.0, 66.0, 56.0), (header,), tuple(body), repeat_head=True)
    report = Report(path, unit="元")
    report.prose("示例区民政局2026年部门预算", ["一、部门主要职能", "本部门2026年部门预算公开如下。"])
    report.statement(Table(GENERAL_BUDGET, grid, True, TITLE))
    report.finish("classified_budget", __doc__, BUDGET_TABLE_NAMES)
    return ClassifiedBudget(printed_rows, planted_row)
