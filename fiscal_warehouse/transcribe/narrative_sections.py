"""Transcribe the narrative sections of the three reports into the narrative seeds.

    python -m fiscal_warehouse.transcribe.narrative_sections

Sections: 002 (changji) lines 1-630, 003 (tongcheng) lines 1-980, 004 (yanqi) lines 1-465.
Every value is located in the document by its printed label (a cursor walks through the
section in document order); the line of a value is the line where its first character is
printed. Nothing is computed: numbers are copied digit for digit (thousands separators
dropped, a decrease printed as a word gets a minus sign), texts are the printed lines
joined back (each line stripped, page-number lines dropped).

Rewrites these seeds (header kept, rows replaced):
unit_overview_figures, unit_organisations, income_expenditure_totals, income_by_source,
expenditure_by_type, fiscal_appropriation_totals, general_budget_expenditure,
general_budget_economic_classes, basic_expenditure_items, three_public_expenses,
three_public_expenses_activity, operating_costs, procurement, state_assets,
performance_summary, performance_project_paragraphs.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from fiscal_warehouse.documents import SEEDS_DIR, document_lines

# Where the seeds are written; `python -m fiscal_warehouse.transcribe` points it at a scratch folder.
OUT_DIR = SEEDS_DIR

CHANGJI = "changji_hrss_2023"
TONGCHENG = "tongcheng_hrss_2023"
YANQI = "yanqi_social_insurance_2023"

NUM = r"\d[\d,]*(?:\.\d+)?"
NUMBER = re.compile(NUM)
# "增加（减少）" is a template placeholder, not a decrease.
PLACEHOLDERS = ("增加（减少）", "增加(减少)")
DECREASE_WORDS = ("减少", "下降")


class Section:
    """The joined text of a line range, with the line of every character and a cursor."""

    def __init__(self, report_id: str, first: int, last: int):
        self.report_id = report_id
        lines = document_lines(report_id)
        parts: list[str] = []
        owners: list[int] = []
        for number in range(first, last + 1):
            raw = lines[number - 1]
            if raw.strip().isdigit():  # a page number on its own line
                continue
            text = re.sub(r"\s+", " ", raw.strip())
            parts.append(text)
            owners.extend([number] * len(text))
        self.text = "".join(parts)
        self.owners = owners
        self.pos = 0

    def line_of(self, position: int) -> int:
        while self.text[position] == " ":
            position += 1
        return self.owners[position]

    def seek(self, label: str) -> int:
        """Move the cursor past the next occurrence of label; return where label starts."""
        found = self.text.find(label, self.pos)
        if found < 0:
            raise ValueError(f"{self.report_id}: {label!r} not found after {self.text[self.pos : self.pos + 40]!r}")
        self.pos = found + len(label)
        return found

    def label(self, label: str) -> tuple[str, int]:
        """The label itself as a value (a printed name) with its line."""
        start = self.seek(label)
        return label, self.line_of(start)

    def num(self, label: str | None = None, max_gap: int = 14) -> tuple[str, int]:
        """The first number after label (or after the cursor); signed by a decrease word."""
        if label is not None:
            self.seek(label)
        match = NUMBER.search(self.text, self.pos)
        if match is None:
            raise ValueError(f"{self.report_id}: no number after {self.text[self.pos - 20 : self.pos]!r}")
        gap = self.text[self.pos : match.start()]
        if len(gap) > max_gap:
            raise ValueError(
                f"{self.report_id}: number too far after {self.text[self.pos - 20 : self.pos]!r}: gap {gap!r}"
            )
        self.pos = match.end()
        value = match.group().replace(",", "")
        for placeholder in PLACEHOLDERS:
            gap = gap.replace(placeholder, "")
        if any(word in gap for word in DECREASE_WORDS):
            value = "-" + value
        return value, self.owners[match.start()]

    def text_to(self, start_label: str | None, end_label: str, include_end: bool = True) -> tuple[str, int]:
        """The text after start_label (or from the cursor) up to end_label."""
        if start_label is not None:
            self.seek(start_label)
        start = self.pos
        end = self.text.find(end_label, start)
        if end < 0:
            raise ValueError(f"{self.report_id}: {end_label!r} not found after {self.text[start : start + 40]!r}")
        stop = end + len(end_label) if include_end else end
        self.pos = stop
        value = self.text[start:stop]
        stripped = value.lstrip()
        return stripped.rstrip(), self.line_of(start + len(value) - len(stripped))

    def items(self, start_label: str, end_label: str) -> list[tuple[str, int]]:
        """A list printed as 'a、b（c、d）、e': the top-level items with their lines."""
        self.seek(start_label)
        start = self.pos
        end = self.text.find(end_label, start)
        found, depth, item_start = [], 0, start
        for position in range(start, end + 1):
            char = self.text[position] if position < end else "、"
            if char in "（(":
                depth += 1
            elif char in "）)":
                depth -= 1
            elif char == "、" and depth == 0:
                raw = self.text[item_start:position]
                stripped = raw.strip()
                first = item_start + len(raw) - len(raw.lstrip())
                found.append((stripped, self.line_of(first)))
                item_start = position + 1
        self.pos = end + len(end_label)
        return found


def put(row: dict, column: str, pair: tuple[str, int] | None) -> dict:
    """Set column and column_line from a (value, line) pair."""
    if pair is not None:
        row[column] = pair[0]
        row[column + "_line"] = str(pair[1])
    return row


def make(report_id: str, keys: dict, **values: tuple[str, int] | None) -> dict:
    row = {"report_id": report_id, **keys}
    for column, pair in values.items():
        put(row, column, pair)
    return row


def match_pair(
    section: Section, match: re.Match, group: str, number: bool = False, sign_word: str | None = None
) -> tuple[str, int]:
    value = match.group(group)
    start = match.start(group)
    stripped = value.strip()
    start += len(value) - len(value.lstrip())
    if number:
        stripped = stripped.replace(",", "")
        if sign_word is not None and match.group(sign_word) in DECREASE_WORDS:
            stripped = "-" + stripped
    return stripped, section.line_of(start)


# ---------------------------------------------------------------------------------------
# seeds
# ---------------------------------------------------------------------------------------

ROWS: dict[str, list[dict]] = {
    name: []
    for name in (
        "unit_overview_figures",
        "unit_organisations",
        "income_expenditure_totals",
        "income_by_source",
        "expenditure_by_type",
        "fiscal_appropriation_totals",
        "general_budget_expenditure",
        "general_budget_economic_classes",
        "basic_expenditure_items",
        "three_public_expenses",
        "three_public_expenses_activity",
        "operating_costs",
        "procurement",
        "state_assets",
        "performance_summary",
        "performance_project_paragraphs",
    )
}


def add(seed: str, row: dict) -> None:
    ROWS[seed].append(row)


# --- unit overview ------------------------------------------------------------------------


def overview_xinjiang(report_id: str, first: int, last: int) -> None:
    s = Section(report_id, first, last)
    for name in ("实有人数", "在职人员", "离休人员", "退休人员"):
        add("unit_overview_figures", make(report_id, {"figure_name": name, "unit": "人"}, value=s.num(name)))
    s.seek("单位无下属预算单位")  # stated as none: no number printed, no row
    add("unit_overview_figures", make(report_id, {"figure_name": "内设机构数", "unit": "个"}, value=s.num("下设")))
    for ordinal, pair in enumerate(s.items("分别是：", "。"), start=1):
        add(
            "unit_organisations",
            make(report_id, {"organisation_kind": "内设机构", "ordinal": str(ordinal)}, organisation_name=pair),
        )


def overview_tongcheng() -> None:
    s = Section(TONGCHENG, 84, 108)
    s.seek("本级决算和")
    add("unit_overview_figures", make(TONGCHENG, {"figure_name": "下属预算单位数", "unit": "个"}, value=s.num()))
    lines = document_lines(TONGCHENG)
    for number in range(98, 109):
        match = re.match(r"^\s*(\d+)、(.+?)\s*$", lines[number - 1])
        if match:
            add(
                "unit_organisations",
                make(
                    TONGCHENG,
                    {"organisation_kind": "预算单位", "ordinal": match.group(1)},
                    organisation_name=(match.group(2), number),
                ),
            )


# --- 收入支出决算总体情况 / 收入 / 支出 -------------------------------------------------------


def totals_xinjiang(report_id: str, first: int, last: int, reason_end: str) -> None:
    s = Section(report_id, first, last)
    pairs = {}
    for item in (
        "收入总计",
        "本年收入合计",
        "使用非财政拨款结余",
        "年初结转和结余",
        "支出总计",
        "本年支出合计",
        "结余分配",
        "年末结转和结余",
    ):
        pairs[item] = s.num(item)
    yoy = s.num("收入支出总体与上年相比，")
    growth = s.num()
    reason = s.text_to("主要原因是：", reason_end)
    for item, amount in pairs.items():
        row = make(report_id, {"line_item": item}, amount_wan_yuan=amount)
        if item in ("收入总计", "支出总计"):
            put(row, "yoy_change_wan_yuan", yoy)
            put(row, "yoy_growth_pct", growth)
            put(row, "reason", reason)
        add("income_expenditure_totals", row)


def sources_and_types(
    report_id: str, income: tuple[int, int], spending: tuple[int, int], total_label_in: str, total_label_out: str
) -> None:
    s = Section(report_id, *income)
    add(
        "income_by_source",
        make(report_id, {"line_item": "本年收入合计", "ordinal": "0"}, amount_wan_yuan=s.num(total_label_in)),
    )
    for ordinal, item in enumerate(
        ("财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"), start=1
    ):
        amount = s.num(item)
        add(
            "income_by_source",
            make(
                report_id, {"line_item": item, "ordinal": str(ordinal)}, amount_wan_yuan=amount, share_pct=s.num("占")
            ),
        )
    s = Section(report_id, *spending)
    add(
        "expenditure_by_type",
        make(report_id, {"line_item": "本年支出合计", "ordinal": "0"}, amount_wan_yuan=s.num(total_label_out)),
    )
    for ordinal, item in enumerate(("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"), start=1):
        amount = s.num(item)
        add(
            "expenditure_by_type",
            make(
                report_id, {"line_item": item, "ordinal": str(ordinal)}, amount_wan_yuan=amount, share_pct=s.num("占")
            ),
        )


# --- 财政拨款收入支出决算总体情况 ----------------------------------------------------------


def fiscal_xinjiang(
    report_id: str,
    first: int,
    last: int,
    reason_end: str,
    budget_reason_end: str,
    fund_first: int,
    fund_last: int,
    capital_first: int,
    capital_last: int,
) -> None:
    s = Section(report_id, first, last)
    pairs = {}
    for item, label in (
        ("收入总计", "财政拨款收入总计"),
        ("年初结转和结余", "年初财政拨款结转和结余"),
        ("本年收入", "本年财政拨款收入"),
        ("支出总计", "财政拨款支出总计"),
        ("年末结转和结余", "年末财政拨款结转和结余"),
        ("本年支出", "本年财政拨款支出"),
    ):
        pairs[item] = s.num(label)
    yoy = s.num("财政拨款收入支出总体与上年相比，")
    growth = s.num()
    reason = s.text_to("主要原因是：", reason_end)
    budget = s.num("年初预算数")
    s.seek("决算数")  # the 决算数 repeats 本年财政拨款支出 (first printed above)
    s.num()
    variance = s.num("预决算差异率")
    budget_reason = s.text_to("主要原因是：", budget_reason_end)
    for item, amount in pairs.items():
        row = make(
            report_id, {"fund_type": "财政拨款", "line_item": item, "is_stated_none": "false"}, amount_wan_yuan=amount
        )
        if item in ("收入总计", "支出总计"):
            put(row, "yoy_change_wan_yuan", yoy)
            put(row, "yoy_growth_pct", growth)
            put(row, "reason", reason)
        if item == "本年支出":
            put(row, "budget_wan_yuan", budget)
            put(row, "budget_variance_pct", variance)
            put(row, "budget_reason", budget_reason)
        add("fiscal_appropriation_totals", row)
    for fund_type, (a, b) in (("政府性基金", (fund_first, fund_last)), ("国有资本经营", (capital_first, capital_last))):
        t = Section(report_id, a, b)
        add(
            "fiscal_appropriation_totals",
            make(
                report_id,
                {"fund_type": fund_type, "line_item": "无", "is_stated_none": "true"},
                statement_text=t.text_to(None, "。"),
            ),
        )


def fiscal_tongcheng() -> None:
    s = Section(TONGCHENG, 194, 221)
    total = s.num("财政拨款收、支总计均为")
    yoy = s.num("财政拨款收、支总计各")
    growth = s.num()
    reason = s.text_to("主要原因：", "做实。")
    for item in ("收入总计", "支出总计"):
        add(
            "fiscal_appropriation_totals",
            make(
                TONGCHENG,
                {"fund_type": "财政拨款", "line_item": item, "is_stated_none": "false"},
                amount_wan_yuan=total,
                yoy_change_wan_yuan=yoy,
                yoy_growth_pct=growth,
                reason=reason,
            ),
        )
    # Each fund type's current-year income, its change and the stated reason, in printed order.
    for fund_type, label, yoy_gap, reason_from, reason_to in (
        ("一般公共预算", "一般公共预算财政拨款收入", None, "增加主要原因：", "做实。"),
        ("政府性基金", "政府性基金预算财政拨款收入", 20, "主要原因是", "。"),
        ("国有资本经营", "国有资本经营预算财政拨款收入", 20, "主要原因是", "。"),
    ):
        amount = s.num(label)
        yoy = s.num("决算数") if yoy_gap is None else s.num("决算数", max_gap=yoy_gap)
        reason = s.text_to(reason_from, reason_to)
        add(
            "fiscal_appropriation_totals",
            make(
                TONGCHENG,
                {"fund_type": fund_type, "line_item": "本年收入", "is_stated_none": "false"},
                amount_wan_yuan=amount,
                yoy_change_wan_yuan=yoy,
                reason=reason,
            ),
        )
    # 七、政府性基金: "年初结转和结余 万元" prints no number; 本年收入 0 repeats line 211.
    s = Section(TONGCHENG, 322, 336)
    s.seek("年初结转和结余")
    add(
        "fiscal_appropriation_totals",
        make(TONGCHENG, {"fund_type": "政府性基金", "line_item": "年初结转和结余", "is_stated_none": "false"}),
    )
    s.seek("本年收入")
    s.num()
    add(
        "fiscal_appropriation_totals",
        make(
            TONGCHENG,
            {"fund_type": "政府性基金", "line_item": "本年支出", "is_stated_none": "false"},
            amount_wan_yuan=s.num("本年支出"),
        ),
    )
    add(
        "fiscal_appropriation_totals",
        make(
            TONGCHENG,
            {"fund_type": "政府性基金", "line_item": "年末结转和结余", "is_stated_none": "false"},
            amount_wan_yuan=s.num("年末结转和结余"),
        ),
    )
    add(
        "fiscal_appropriation_totals",
        make(
            TONGCHENG,
            {"fund_type": "政府性基金", "line_item": "无", "is_stated_none": "true"},
            statement_text=s.text_to("具体支出情况为：", "。"),
        ),
    )
    add(
        "fiscal_appropriation_totals",
        make(
            TONGCHENG,
            {"fund_type": "国有资本经营", "line_item": "本年支出", "is_stated_none": "false"},
            amount_wan_yuan=s.num("国有资本经营预算财政拨款本年支出"),
        ),
    )
    add(
        "fiscal_appropriation_totals",
        make(
            TONGCHENG,
            {"fund_type": "国有资本经营", "line_item": "无", "is_stated_none": "true"},
            statement_text=s.text_to("具体支出情况为：", "。"),
        ),
    )


# --- 一般公共预算财政拨款支出 -----------------------------------------------------------------

CLASS_LINE = re.compile(rf"(?P<no>\d+)\.(?P<cls>[^()]+?)\(类\)\s*(?P<amt>{NUM})\s*万元,\s*占\s*(?P<share>{NUM})%。")
ITEM_LINE = re.compile(
    rf"(?P<no>\d+)\.(?P<cls>[^()\d]+?)\(类\)(?P<kuan>[^()]+?)\(款\)(?P<item>[^()]+?)\(项\):\s*支出\s*决算数为\s*(?P<amt>{NUM})\s*万元，"
    rf"\s*比上年决算\s*(?P<chw>增加|减少)\s*(?P<ch>{NUM})\s*万元，\s*(?P<grw>增长|下降)\s*(?P<gr>{NUM})%\s*,\s*主要原因是:"
    rf"(?P<reason>.+?)(?=\d+\.[^()\d]+?\(类\)|$)"
)


def general_budget_xinjiang(
    report_id: str,
    total: tuple[int, int],
    reason_end: str,
    budget_reason_end: str,
    classes: tuple[int, int],
    items: tuple[int, int],
    expected_items: int,
) -> None:
    s = Section(report_id, *total)
    row = make(
        report_id,
        {"line_level": "total", "ordinal": "0"},
        amount_wan_yuan=s.num("一般公共预算财政拨款支出"),
        share_pct=s.num("占本年支出合计的"),
        yoy_change_wan_yuan=s.num("与上年相比，"),
    )
    put(row, "yoy_growth_pct", s.num())
    put(row, "reason", s.text_to("主要原因是：", reason_end))
    put(row, "budget_wan_yuan", s.num("年初预算数"))
    s.seek("决算数")  # repeats the amount
    s.num()
    put(row, "budget_variance_pct", s.num("预决算差异率"))
    put(row, "budget_reason", s.text_to("主要原因是：", budget_reason_end))
    add("general_budget_expenditure", row)
    s = Section(report_id, *classes)
    for match in CLASS_LINE.finditer(s.text):
        add(
            "general_budget_expenditure",
            make(
                report_id,
                {"line_level": "class", "ordinal": match.group("no")},
                class_name=match_pair(s, match, "cls"),
                amount_wan_yuan=match_pair(s, match, "amt", True),
                share_pct=match_pair(s, match, "share", True),
            ),
        )
    s = Section(report_id, *items)
    count = 0
    for match in ITEM_LINE.finditer(s.text):
        count += 1
        add(
            "general_budget_expenditure",
            make(
                report_id,
                {"line_level": "item", "ordinal": match.group("no")},
                class_name=match_pair(s, match, "cls"),
                kuan_name=match_pair(s, match, "kuan"),
                item_name=match_pair(s, match, "item"),
                amount_wan_yuan=match_pair(s, match, "amt", True),
                yoy_change_wan_yuan=match_pair(s, match, "ch", True, "chw"),
                yoy_growth_pct=match_pair(s, match, "gr", True, "grw"),
                reason=match_pair(s, match, "reason"),
            ),
        )
    if count != expected_items:
        raise ValueError(f"{report_id}: {count} 类/款/项 lines parsed, {expected_items} printed")


def general_budget_tongcheng() -> None:
    s = Section(TONGCHENG, 229, 277)
    row = make(
        TONGCHENG,
        {"line_level": "total", "ordinal": "0"},
        amount_wan_yuan=s.num("一般公共预算财政拨款支出"),
        share_pct=s.num("占本年支出合计的"),
    )
    s.seek("一般公共预算财政拨款支出")
    put(row, "yoy_change_wan_yuan", s.num())
    put(row, "yoy_growth_pct", s.num())
    put(row, "reason", s.text_to("主要原因：", "做实。"))
    # (二) 结构情况: the class line
    s.seek("主要用于以下方面：")
    match = re.compile(rf"(?P<no>\d+)\.(?P<cls>\S+?)\s*(?P<amt>{NUM})\s*万元，\s*占\s*(?P<share>{NUM})\s*%。").match(
        s.text, s.pos
    )
    class_row = make(
        TONGCHENG,
        {"line_level": "class", "ordinal": match.group("no")},
        class_name=match_pair(s, match, "cls"),
        amount_wan_yuan=match_pair(s, match, "amt", True),
        share_pct=match_pair(s, match, "share", True),
    )
    s.pos = match.end()
    put(class_row, "basic_wan_yuan", s.num("基本支出"))
    put(class_row, "project_wan_yuan", s.num("项目支出"))
    # (三) 具体情况: budget of the total, then the economic classes and the 类/款 line
    put(row, "budget_wan_yuan", s.num("年初预算为"))
    put(row, "budget_excluded_fund_projects_wan_yuan", s.num("不含基金项目"))
    s.seek("支出决算为")  # repeats the amount
    s.num()
    put(row, "completion_pct", s.num("完成年初预算的"))
    add("general_budget_expenditure", row)
    add("general_budget_expenditure", class_row)
    for ordinal, name in enumerate(("工资福利支出", "对个人和家庭的补助支出", "商品和服务支出", "资本性支出"), start=1):
        add(
            "general_budget_economic_classes",
            make(
                TONGCHENG,
                {"ordinal": str(ordinal)},
                economic_class_name=s.label(name),
                amount_wan_yuan=s.num(),
                share_pct=s.num("占总支出的"),
            ),
        )
    match = re.compile(r"(?P<no>\d+)\.(?P<cls>[^()]+?)\(类\)(?P<kuan>[^()（）]+?)（款）").search(s.text, s.pos)
    s.pos = match.end()
    kuan_row = make(
        TONGCHENG,
        {"line_level": "kuan", "ordinal": match.group("no")},
        class_name=match_pair(s, match, "cls"),
        kuan_name=match_pair(s, match, "kuan"),
        budget_wan_yuan=s.num("年初预算为"),
        budget_excluded_fund_projects_wan_yuan=s.num("不含基金项目"),
        amount_wan_yuan=s.num("支出决算为"),
        completion_pct=s.num("完成年初预算的"),
        budget_reason=s.text_to("主要原因：", "做实。"),
    )
    add("general_budget_expenditure", kuan_row)


# --- 基本支出 -------------------------------------------------------------------------------


def basic_items(report_id: str, first: int, last: int, with_amounts: bool, list_label: str) -> None:
    s = Section(report_id, first, last)
    add(
        "basic_expenditure_items",
        make(
            report_id,
            {"cost_category": "基本支出", "ordinal": "0"},
            item_name=s.label("基本支出"),
            amount_wan_yuan=s.num(),
        ),
    )
    for category in ("人员经费", "公用经费"):
        add(
            "basic_expenditure_items",
            make(
                report_id,
                {"cost_category": category, "ordinal": "0"},
                item_name=s.label(category),
                amount_wan_yuan=s.num(),
            ),
        )
        for ordinal, (text, line) in enumerate(s.items(list_label, "。"), start=1):
            row = make(report_id, {"cost_category": category, "ordinal": str(ordinal)})
            if with_amounts:
                match = re.fullmatch(rf"(?P<name>.+?)\s*(?P<amt>{NUM})\s*万元", text)
                put(row, "item_name", (match.group("name"), line))
                # the amount's own line: search it from the item's line on
                put(row, "amount_wan_yuan", (match.group("amt"), amount_line(s, text, line, match.group("amt"))))
            else:
                put(row, "item_name", (text, line))
            add("basic_expenditure_items", row)


def amount_line(s: Section, item_text: str, item_line: int, amount: str) -> int:
    """Line of the amount inside a listed item ('基本工资 564.84 万元' broken over lines)."""
    start = s.text.rfind(item_text, 0, s.pos)
    offset = item_text.rfind(amount)
    return s.line_of(start + offset)


# --- 三公 ---------------------------------------------------------------------------------


def three_public_xinjiang(report_id: str, first: int, last: int, reason_ends: dict) -> None:
    s = Section(report_id, first, last)
    rows = {}

    def row(item: str) -> dict:
        if item not in rows:
            rows[item] = {"report_id": report_id, "expense_item": item}
        return rows[item]

    def activity(item: str, measure: str, unit: str, pair: tuple[str, int]) -> None:
        add(
            "three_public_expenses_activity",
            make(report_id, {"expense_item": item, "measure": measure, "unit": unit}, value=pair),
        )

    total = row("三公经费合计")
    put(total, "amount_wan_yuan", s.num("“三公”经费支出"))
    put(total, "yoy_change_wan_yuan", s.num("比上年"))
    put(total, "yoy_growth_pct", s.num())
    put(total, "reason", s.text_to("主要原因是：", "。"))
    for item, label in (
        ("因公出国（境）费", "因公出国（境）费支出"),
        ("公务用车购置及运行费", "公务用车购置及运行维护费支出"),
        ("公务接待费", "公务接待费支出"),
    ):
        r = row(item)
        put(r, "amount_wan_yuan", s.num(label))
        put(r, "share_pct", s.num("占"))
        put(r, "yoy_change_wan_yuan", s.num("比上年"))
        put(r, "yoy_growth_pct", s.num())
        end, include = reason_ends[item]
        put(r, "reason", s.text_to("主要原因是：", end, include))
    s.seek("具体情况如下：")
    # 因公出国（境）: amount repeated; spending content and groups
    s.seek("因公出国（境）费支出")
    s.num()
    put(row("因公出国（境）费"), "spending_content", s.text_to("开支内容包括", "。", False))
    activity("因公出国（境）费", "团组数", "个", s.num("因公出国（境）团组"))
    activity("因公出国（境）费", "人次", "人次", s.num("因公出国（境）"))
    # 公务用车
    s.seek("公务用车购置及运行维护费")
    s.num()  # repeats the amount
    put(row("公务用车购置费"), "amount_wan_yuan", s.num("公务用车购置费"))
    put(row("公务用车运行费"), "amount_wan_yuan", s.num("公务用车运行维护费"))
    put(row("公务用车运行费"), "spending_content", s.text_to("开支内容包括", "。", False))
    activity("公务用车购置费", "购置数", "辆", s.num("公务用车购置数"))
    activity("公务用车购置及运行费", "保有量", "辆", s.num("公务用车保有量"))
    activity("公务用车购置及运行费", "固定资产车辆数", "辆", s.num("固定资产车辆"))
    # 公务接待
    s.seek("公务接待费")
    s.num()  # repeats the amount
    put(row("公务接待费"), "spending_content", s.text_to("开支内容包括", "。", False))
    activity("国内公务接待费", "批次", "批次", s.num("国内公务接待"))
    activity("国内公务接待费", "人次", "人次", s.num())
    # 与全年预算相比
    s.seek("与全年预算相比")
    put(total, "budget_wan_yuan", s.num("全年预算数"))
    s.num("决算数")
    put(total, "budget_variance_pct", s.num("预决算差异率"))
    put(total, "budget_reason", s.text_to("主要原因是：", "。"))
    for item, label in (
        ("因公出国（境）费", "因公出国（境）费全年预算数"),
        ("公务用车购置费", "公务用车购置费全年预算数"),
        ("公务用车运行费", "公务用车运行费全年预算数"),
        ("公务接待费", "公务接待费全年预算数"),
    ):
        r = row(item)
        put(r, "budget_wan_yuan", s.num(label))
        s.num("决算数")  # repeats the amount
        put(r, "budget_variance_pct", s.num("预决算差异率"))
        end = "。" if item == "公务接待费" else "；"
        put(r, "budget_reason", s.text_to("主要原因是：", end, end == "。"))
    for item in (
        "三公经费合计",
        "因公出国（境）费",
        "公务用车购置及运行费",
        "公务用车购置费",
        "公务用车运行费",
        "公务接待费",
    ):
        add("three_public_expenses", rows[item])


def three_public_tongcheng() -> None:
    s = Section(TONGCHENG, 342, 408)

    def activity(item: str, measure: str, unit: str, pair: tuple[str, int]) -> None:
        add(
            "three_public_expenses_activity",
            make(TONGCHENG, {"expense_item": item, "measure": measure, "unit": unit}, value=pair),
        )

    add(
        "three_public_expenses",
        make(
            TONGCHENG,
            {"expense_item": "三公经费合计"},
            budget_wan_yuan=s.num("支出预算为"),
            amount_wan_yuan=s.num("支出决算为"),
            completion_pct=s.num("完成预算的"),
            budget_change_wan_yuan=s.num("比年初预算"),
            budget_reason=s.text_to("主要原因：", "。"),
        ),
    )
    row = make(
        TONGCHENG,
        {"expense_item": "因公出国（境）费"},
        budget_wan_yuan=s.num("因公出国(境)费预算为"),
        amount_wan_yuan=s.num("支出决算为"),
        completion_pct=s.num("完成预算的"),
        budget_change_wan_yuan=s.num("比预算"),
        budget_reason=s.text_to("主要原因：", "。"),
    )
    activity("因公出国（境）费", "团组数", "个", s.num("团组"))
    activity("因公出国（境）费", "人次", "人次", s.num("累计"))
    put(row, "spending_content", s.text_to("主要用于开展以下工作：", "。", False))
    add("three_public_expenses", row)
    add(
        "three_public_expenses",
        make(
            TONGCHENG,
            {"expense_item": "公务用车购置及运行费"},
            amount_wan_yuan=s.num("公务用车购置及运行费支出决算为"),
            completion_pct=s.num("完成年初预算的"),
        ),
    )
    add(
        "three_public_expenses",
        make(
            TONGCHENG,
            {"expense_item": "公务用车购置费"},
            amount_wan_yuan=s.num("公务用车购置费"),
            completion_pct=s.num("完成年初预算的"),
            budget_change_wan_yuan=s.num("比年初预算"),
            budget_reason=s.text_to("主要原因：", "。"),
        ),
    )
    activity("公务用车购置费", "购置数", "辆", s.num("购置(更新)公务用车"))
    row = make(
        TONGCHENG,
        {"expense_item": "公务用车运行费"},
        amount_wan_yuan=s.num("公务用车运行费"),
        completion_pct=s.num("完成年初预算的"),
        budget_change_wan_yuan=s.num("比年初预算"),
        budget_reason=s.text_to("主要原因是", "。"),
        spending_content=s.text_to("主要用于", "。", False),
    )
    add("three_public_expenses", row)
    activity("公务用车购置及运行费", "保有量", "辆", s.num("公务用车保有量"))
    add(
        "three_public_expenses",
        make(
            TONGCHENG,
            {"expense_item": "公务接待费"},
            amount_wan_yuan=s.num("公务接待费支出决算为"),
            completion_pct=s.num("完成年初预算的"),
            budget_change_wan_yuan=s.num("比年初预算"),
            budget_reason=s.text_to("主要原因是：", "。"),
        ),
    )
    add("three_public_expenses", make(TONGCHENG, {"expense_item": "外宾接待费"}, amount_wan_yuan=s.num("外宾接待支出")))
    activity("外宾接待费", "团组数", "个", s.num("接待来访团组"))
    activity("外宾接待费", "人次", "人次", s.num())
    amount = s.num("国内公务接待支出")
    s.seek("万元，")
    add(
        "three_public_expenses",
        make(
            TONGCHENG,
            {"expense_item": "国内公务接待费"},
            amount_wan_yuan=amount,
            spending_content=s.text_to(None, "。", False),
        ),
    )
    activity("国内公务接待费", "团组数", "个", s.num("接待国内来访团组"))
    activity("国内公务接待费", "人次", "人次", s.num())


# --- 机关运行经费, 政府采购, 国有资产, 绩效 -----------------------------------------------------


def operating_xinjiang(report_id: str, first: int, last: int) -> None:
    s = Section(report_id, first, last)
    add(
        "operating_costs",
        make(
            report_id,
            {"scope_note": "行政单位和参照公务员法管理事业单位"},
            amount_wan_yuan=s.num("机关运行经费支出"),
            yoy_change_wan_yuan=s.num("比上年"),
            yoy_growth_pct=s.num(),
            reason=s.text_to("主要原因是：", "。"),
        ),
    )


def operating_tongcheng() -> None:
    s = Section(TONGCHENG, 412, 418)
    add(
        "operating_costs",
        make(
            TONGCHENG,
            {"scope_note": "不含下属事业单位"},
            amount_wan_yuan=s.num("机关运行经费支出"),
            budget_change_wan_yuan=s.num("比年初预算数"),
            budget_variance_pct=s.num(),
            reason=s.text_to("主要原因是：", "。"),
        ),
    )


def procurement(report_id: str, first: int, last: int, per_kind: bool) -> None:
    s = Section(report_id, first, last)
    for item, label in (
        ("政府采购支出总额", "政府采购支出总额"),
        ("政府采购货物支出", "货物支出"),
        ("政府采购工程支出", "工程支出"),
        ("政府采购服务支出", "服务支出"),
    ):
        add("procurement", make(report_id, {"line_item": item}, amount_wan_yuan=s.num(label)))
    for item in ("授予中小企业合同金额", "授予小微企业合同金额"):
        add(
            "procurement",
            make(report_id, {"line_item": item}, amount_wan_yuan=s.num(item), share_pct=s.num("占政府采购支出总额的")),
        )
    if per_kind:
        for item, label in (
            ("货物采购授予中小企业合同金额占比", "占货物支出金额的"),
            ("工程采购授予中小企业合同金额占比", "占工程支出金额的"),
            ("服务采购授予中小企业合同金额占比", "占服务支出金额的"),
        ):
            add("procurement", make(report_id, {"line_item": item}, share_pct=s.num(label)))


VEHICLE_TYPES_XINJIANG = (
    "副部（省）级及以上领导用车",
    "主要负责人用车",
    "机要通信用车",
    "应急保障用车",
    "执法执勤用车",
    "特种专业技术用车",
    "离退休干部服务用车",
    "其他用车",
)


def assets_xinjiang(report_id: str, first: int, last: int) -> None:
    s = Section(report_id, first, last)
    ordinal = 0

    def asset(item: str, **values) -> dict:
        nonlocal ordinal
        ordinal += 1
        row = make(report_id, {"asset_item": item, "ordinal": str(ordinal)}, **values)
        add("state_assets", row)
        return row

    asset("固定资产原值", value_wan_yuan=s.num("固定资产原值"))
    row = asset("房屋", quantity=s.num("房屋"), value_wan_yuan=s.num("价值"))
    row["quantity_unit"] = "平方米"
    row = asset("车辆", quantity=s.num("车辆"), value_wan_yuan=s.num("价值"))
    row["quantity_unit"] = "辆"
    for item in VEHICLE_TYPES_XINJIANG:
        row = asset(item, quantity=s.num(item))
        row["quantity_unit"] = "辆"
    put(row, "note", s.text_to("其他用车主要是：", "；", False))
    row = asset("单价100万元以上设备", quantity=s.num("（不含车辆）"))
    row["quantity_unit"] = "台（套）"


def assets_tongcheng() -> None:
    s = Section(TONGCHENG, 440, 451)
    names = (
        "车辆",
        "副省级及以上领导干部用车",
        "主要领导干部用车",
        "机要通信用车",
        "应急保障用车",
        "执法执勤用车",
        "特种专业技术用车",
        "其他用车",
    )
    row = None
    for ordinal, item in enumerate(names, start=1):
        row = make(
            TONGCHENG,
            {"asset_item": item, "ordinal": str(ordinal), "quantity_unit": "辆"},
            quantity=s.num("部门共有车辆" if item == "车辆" else item),
        )
        add("state_assets", row)
    put(row, "note", s.text_to("其他用车主要是", "；", False))
    add(
        "state_assets",
        make(
            TONGCHENG,
            {"asset_item": "单价100万元以上设备", "ordinal": str(len(names) + 1), "quantity_unit": "台（套）"},
            quantity=s.num("专用设备"),
        ),
    )


def performance_xinjiang(report_id: str, first: int, last: int) -> None:
    s = Section(report_id, first, last)
    for name, unit, label in (
        ("整体支出绩效自评表数", "个", "整体支出绩效自评表"),
        ("整体支出全年预算总额", "万元", "全年预算总额"),
        ("整体支出实际执行总额", "万元", "实际执行总额"),
        ("绩效评价项目数", "个", "预算绩效评价项目"),
        ("项目全年预算数", "万元", "全年预算数"),
        ("项目全年执行数", "万元", "全年执行数"),
    ):
        add("performance_summary", make(report_id, {"figure_name": name, "unit": unit}, value=s.num(label)))


def performance_tongcheng() -> None:
    s = Section(TONGCHENG, 457, 461)
    for name, unit, label in (
        ("自评项目数", "个", "共涉及项目"),
        ("自评项目资金", "万元", "资金"),
        ("自评项目资金占项目支出比例", "%", "占一般公共预算项目支出总额的"),
    ):
        add("performance_summary", make(TONGCHENG, {"figure_name": name, "unit": unit}, value=s.num(label)))
    s = Section(TONGCHENG, 487, 851)
    paragraph = re.compile(
        rf"(?P<no>\d+)、(?P<name>[^：:]+?)[：:]\s*项目全年预算数为\s*(?P<budget>{NUM})\s*万元，\s*执行数为\s*(?P<executed>{NUM})\s*万元，"
        rf"\s*完成预算\s*(?P<completion>{NUM})\s*％。\s*主要产出和效益：(?P<outputs>.+?)发现的问题及原因：(?P<problems>.+?)"
        rf"下一步改进措施：(?P<next>.+?)(?=\d+、[^：:]+?[：:]\s*项目全年预算数|$)"
    )
    count = 0
    for match in paragraph.finditer(s.text):
        count += 1
        if int(match.group("no")) != count:
            raise ValueError(f"paragraph {match.group('no')} found as number {count}")
        add(
            "performance_project_paragraphs",
            make(
                TONGCHENG,
                {"ordinal": match.group("no")},
                project_name=match_pair(s, match, "name"),
                budget_wan_yuan=match_pair(s, match, "budget", True),
                executed_wan_yuan=match_pair(s, match, "executed", True),
                completion_pct=match_pair(s, match, "completion", True),
                outputs=match_pair(s, match, "outputs"),
                problems=match_pair(s, match, "problems"),
                next_steps=match_pair(s, match, "next"),
            ),
        )
    if count != 26:
        raise ValueError(f"{count} project paragraphs parsed, 26 printed")


# ---------------------------------------------------------------------------------------


def changji() -> None:
    r = CHANGJI
    overview_xinjiang(r, 110, 130)
    totals_xinjiang(r, 133, 155, "导致经费较上年增加。")
    sources_and_types(r, (157, 167), (169, 176), "本年收入", "本年支出")
    fiscal_xinjiang(r, 178, 208, "导致经费较上年增加。", "导致预决算差异。", 526, 530, 534, 538)
    general_budget_xinjiang(r, (214, 233), "导致经费较上年增加。", "导致预决算差异。", (235, 247), (249, 431), 22)
    basic_items(r, 434, 452, False, "包括：")
    three_public_xinjiang(
        r,
        456,
        522,
        {"因公出国（境）费": ("；", False), "公务用车购置及运行费": ("；", False), "公务接待费": ("。", True)},
    )
    operating_xinjiang(r, 544, 550)
    procurement(r, 554, 563, False)
    assets_xinjiang(r, 567, 579)
    performance_xinjiang(r, 583, 589)


def tongcheng() -> None:
    r = TONGCHENG
    overview_tongcheng()
    s = Section(r, 133, 188)
    total = s.num("收、支总计均为")
    yoy = s.num("收、支总计各")
    growth = s.num()
    reason = s.text_to("主要原因：", "做实。")
    for item in ("收入总计", "支出总计"):
        add(
            "income_expenditure_totals",
            make(
                r,
                {"line_item": item},
                amount_wan_yuan=total,
                yoy_change_wan_yuan=yoy,
                yoy_growth_pct=growth,
                reason=reason,
            ),
        )
    income = s.num("收入合计")
    add(
        "income_expenditure_totals",
        make(
            r,
            {"line_item": "本年收入合计"},
            amount_wan_yuan=income,
            yoy_change_wan_yuan=s.num("收入合计增加", max_gap=4),
            yoy_growth_pct=s.num(),
            reason=s.text_to("主要原因：", "做实。"),
        ),
    )
    s.seek("支出决算情况说明")
    spending = s.num("支出合计")
    add(
        "income_expenditure_totals",
        make(
            r,
            {"line_item": "本年支出合计"},
            amount_wan_yuan=spending,
            yoy_change_wan_yuan=s.num("支出合计"),
            yoy_growth_pct=s.num(),
            reason=s.text_to("主要原因：", "做实。"),
        ),
    )
    # income_by_source / expenditure_by_type: the totals are the 收入合计 / 支出合计 above
    s = Section(r, 146, 164)
    add("income_by_source", make(r, {"line_item": "本年收入合计", "ordinal": "0"}, amount_wan_yuan=s.num("收入合计")))
    for ordinal, item in enumerate(
        ("财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"), start=1
    ):
        amount = s.num(item)
        add(
            "income_by_source",
            make(
                r, {"line_item": item, "ordinal": str(ordinal)}, amount_wan_yuan=amount, share_pct=s.num("占本年收入")
            ),
        )
    s = Section(r, 174, 188)
    add(
        "expenditure_by_type", make(r, {"line_item": "本年支出合计", "ordinal": "0"}, amount_wan_yuan=s.num("支出合计"))
    )
    for ordinal, item in enumerate(("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"), start=1):
        amount = s.num(item)
        add(
            "expenditure_by_type",
            make(
                r, {"line_item": item, "ordinal": str(ordinal)}, amount_wan_yuan=amount, share_pct=s.num("占本年支出")
            ),
        )
    fiscal_tongcheng()
    general_budget_tongcheng()
    basic_items(r, 281, 318, True, "主要包括：")
    three_public_tongcheng()
    operating_tongcheng()
    procurement(r, 422, 436, True)
    assets_tongcheng()
    performance_tongcheng()


def yanqi() -> None:
    r = YANQI
    overview_xinjiang(r, 51, 59)
    totals_xinjiang(r, 62, 84, "相关支出增加。")
    sources_and_types(r, (88, 96), (100, 105), "本年收入", "本年支出")
    fiscal_xinjiang(r, 109, 133, "相关支出增加。", "医疗费补助。", 366, 370, 374, 378)
    general_budget_xinjiang(r, (139, 161), "相关支出增加。", "医疗费补助。", (163, 171), (175, 277), 13)
    basic_items(r, 280, 292, False, "包括：")
    three_public_xinjiang(
        r,
        296,
        363,
        {"因公出国（境）费": ("；", False), "公务用车购置及运行费": ("；", False), "公务接待费": ("。", True)},
    )
    operating_xinjiang(r, 384, 390)
    procurement(r, 394, 404, False)
    assets_xinjiang(r, 408, 424)
    performance_xinjiang(r, 428, 434)


def write_all() -> dict[str, int]:
    changji()
    tongcheng()
    yanqi()
    counts = {}
    for seed, rows in ROWS.items():
        path: Path = SEEDS_DIR / f"{seed}.csv"
        with open(path, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        for row in rows:
            unknown = set(row) - set(header)
            if unknown:
                raise ValueError(f"{seed}: columns {sorted(unknown)} not in the header")
        with open(OUT_DIR / path.name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({column: row.get(column, "") for column in header})
        counts[seed] = len(rows)
    return counts


def main() -> None:
    for seed, count in write_all().items():
        print(f"{seed}: {count}")


if __name__ == "__main__":
    main()
