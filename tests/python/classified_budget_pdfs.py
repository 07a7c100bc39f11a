"""A budget whose 一般公共预算支出预算表 keys its rows by 功能分类 and 部门经济分类 at once, as a whole
document to add with `make add-report`: printed in 元 over several pages, the 合计 row on top, each 类, 款
and 项 printed as a line of its own, then the 项's rows by 部门经济分类 under it, where the same
(项, 经济分类) key repeats in two rows with different amounts. The amounts add up (合计 = 基本支出 +
项目支出 in every row; a line = its rows below it), except where an error is planted: one row's
基本支出 one 元 too high. Its 一般公共预算基本支出预算表 prints the same 基本支出 by 部门经济分类 in 万元 to
six decimals (to the fen); there the planted error is 0.000009 万元 (9 fen) too much in one 款, which
rounding to four decimals would hide.
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
BASIC_TITLE = "2026年部门一般公共预算基本支出预算表"
BASIC_BUDGET = "一般公共预算基本支出预算表"
BASIC_COLUMNS = ("合计", "人员经费", "公用经费")
CLASSES = {"301": "工资福利支出", "302": "商品和服务支出"}


@dataclass(frozen=True)
class PrintedRow:
    subject_code: str  # the 功能分类 code ('' for 合计)
    economic_code: str  # the 部门经济分类 code ('' for a 类, 款 or 项 line)
    printed: tuple[str, str, str]  # 合计, 基本支出, 项目支出 as printed


@dataclass(frozen=True)
class ClassifiedBudget:
    rows: list[PrintedRow]  # top to bottom
    planted_row: int | None  # the index in rows of the row printed with the error
    basic_rows: list[PrintedRow]  # 一般公共预算基本支出预算表, top to bottom (its code as economic_code)
    basic_planted: tuple[str, int] | None  # (款 printed too high, by how many fen)


def _six_decimals(fen: int) -> str:
    """An amount in fen printed in 万元 to six decimals: 1,688,891.85 元 is 168.889185."""
    return f"{fen // 1_000_000:,}.{fen % 1_000_000:06d}"


def _basic_table(
    basic_by_item: dict[str, int], planted: bool
) -> tuple[Table, list[PrintedRow], tuple[str, int] | None]:
    """一般公共预算基本支出预算表 in 万元 to six decimals: 合计, each 类 and its 款, 人员经费 for 301, 公用经费
    for 302. The planted error (9 fen in the first 款 of 301, its 人员经费 and 合计 alike; 9 fen less
    where the 类's last two digits of fen are 41 to 49) leaves the 类 and the sum of its 款 equal at
    four decimals."""
    items = sorted(basic_by_item)
    class_total = sum(fen for code, fen in basic_by_item.items() if code.startswith("301"))
    shift = -9 if 41 <= class_total % 100 <= 49 else 9
    lines = [("", "合计", sum(basic_by_item.values()), 0)]
    for class_code, class_name in CLASSES.items():
        lines.append((class_code, class_name, sum(f for c, f in basic_by_item.items() if c[:3] == class_code), 0))
        for code in (item for item in items if item[:3] == class_code):
            first = planted and class_code == "301" and code == items[0]
            lines.append((code, dict(ECONOMIC)[code], basic_by_item[code], shift if first else 0))
    body, rows = [], []
    for code, name, fen, error in lines:
        personnel = fen + error if code[:3] != "302" else 0
        office = fen if code[:3] == "302" else 0
        printed = (_six_decimals(fen + error), _six_decimals(personnel), _six_decimals(office))
        readings = (Reading(1, name, code, column) for column in BASIC_COLUMNS)
        body.append((head(code), label(name), *(amount(text, r) for text, r in zip(printed, readings, strict=True))))
        rows.append(PrintedRow("", code, printed))
    header = tuple(head(text) for text in ("部门经济分类科目编码", "部门经济分类科目名称", *BASIC_COLUMNS))
    grid = Grid((90.0, 150.0, 90.0, 90.0, 90.0), (header,), tuple(body))
    return Table(BASIC_BUDGET, grid, True, BASIC_TITLE), rows, ((items[0], shift) if planted else None)


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
    basic_by_item: dict[str, int] = {}
    for rows in details.values():
        for (economic, _), (basic, _) in zip(ECONOMIC, rows, strict=True):
            basic_by_item[economic] = basic_by_item.get(economic, 0) + basic
    basic_table, basic_rows, basic_planted = _basic_table(basic_by_item, planted)
    report.unit = "万元"
    report.statement(basic_table)
    report.finish("classified_budget", __doc__, BUDGET_TABLE_NAMES)
    return ClassifiedBudget(printed_rows, planted_row, basic_rows, basic_planted)
