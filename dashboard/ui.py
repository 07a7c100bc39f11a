"""What every page shares: number formats (amounts always with 万元), the report selector and
the page header."""

from __future__ import annotations

import math
from collections import Counter
from decimal import Decimal

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from dashboard import data

UNIT = "万元"
NOT_PRINTED = "未列示"
EMPTY_CELL = "—"
REPORT_KEY = "report_id"
FILTER_KEY = "report_filter"
FILTER_LABEL = "筛选报告（单位名称、地区或报告编号）"
# The selector lists at most this many reports at a time, a page of the matches: a selectbox of
# thousands is slow to send and to use.
REPORT_LIMIT = 200
LIST_PAGE_KEY = "report_list_page"


def is_missing(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def number(value: object, decimals: int = 2) -> str:
    """3205.91 -> '3,205.91'; at least `decimals` decimals, more where the figure has them."""
    if is_missing(value):
        return NOT_PRINTED
    # Four places at most: a float sum such as 2638.2500000000005 is 2638.25.
    amount = Decimal(str(value)).quantize(Decimal("0.0001"))
    places = decimals
    while places < 4 and amount != round(amount, places):
        places += 1
    return f"{amount:,.{places}f}"


def number_or_none(value: object) -> str | None:
    """number() for a table cell; None (shown as the table's placeholder) where there is no figure."""
    return None if is_missing(value) else number(value)


def wan(value: object) -> str:
    """An amount with its unit: '3,205.91 万元' (or 未列示 where the report prints none)."""
    if is_missing(value):
        return NOT_PRINTED
    return f"{number(value)} {UNIT}"


def pct(value: object) -> str:
    if is_missing(value):
        return NOT_PRINTED
    return f"{number(value)}%"


def line_ref(value: object, page: object = None) -> str:
    """A document line number as '第 135 行', or on a PDF page as '第 18 页第 9 行'."""
    if is_missing(value):
        return ""
    return f"第 {int(value)} 行" if is_missing(page) else f"第 {int(page)} 页第 {int(value)} 行"


def amount_column(label: str) -> st.column_config.NumberColumn:
    """A table column of amounts: the label carries the unit, two decimals, thousands separators."""
    return st.column_config.NumberColumn(f"{label}（{UNIT}）", format="%,.2f")


def pct_column(label: str) -> st.column_config.NumberColumn:
    return st.column_config.NumberColumn(f"{label}（%）", format="%.2f")


def line_column(label: str = "原文行号") -> st.column_config.NumberColumn:
    return st.column_config.NumberColumn(
        label,
        format="%d",
        help="源文件（documents/）中的行号，与 sed -n 一致；PDF 报告为所在页在 documents/rendered/ 文本中的行号",
    )


def page_column(label: str = "所在页") -> st.column_config.NumberColumn:
    return st.column_config.NumberColumn(label, format="%d", help="PDF 页码（取自决算报表的行）")


def with_pages(frame: pd.DataFrame, columns: list[str], after: str) -> list[str]:
    """The table's columns, with source_page after `after` where the rows come from a PDF's
    statement tables (their lines are lines of that page)."""
    if "source_page" not in frame or not frame["source_page"].notna().any():
        return columns
    position = columns.index(after) + 1
    return [*columns[:position], "source_page", *columns[position:]]


SOURCE_KINDS = {"statement_table": "决算报表（PDF）", "narrative": "决算说明（文字）"}


def source_note(frame: pd.DataFrame) -> str:
    """Where a table's rows come from, in words: '来源：决算报表（PDF）' (empty for no rows)."""
    if "source_kind" not in frame or frame.empty:
        return ""
    kinds = [SOURCE_KINDS.get(kind, kind) for kind in dict.fromkeys(frame["source_kind"].dropna())]
    return f"来源：{'、'.join(kinds)}" if kinds else ""


def table(
    frame: pd.DataFrame | Styler,
    column_config: dict,
    key: str | None = None,
    all_rows: bool = False,
) -> None:
    """A read-only table: no index, full width, "—" where the report prints nothing; with
    all_rows, tall enough to show every row without scrolling (up to 20)."""
    rows = len(frame.data if isinstance(frame, Styler) else frame)
    height = (min(rows, 20) + 1) * 35 + 18 if all_rows else "auto"
    st.dataframe(
        frame,
        height=height,
        key=key,
        hide_index=True,
        width="stretch",
        column_config=column_config,
        placeholder=EMPTY_CELL,
    )


def report_labels(reports: pd.DataFrame) -> dict[str, str]:
    """'单位（2023 年）' for each report; where that repeats among the listed reports, with the report
    id after it, so reports of one unit and year can be told apart."""
    labels = {row.report_id: f"{row.unit_name}（{row.fiscal_year} 年）" for row in reports.itertuples(index=False)}
    repeated = {label for label, count in Counter(labels.values()).items() if count > 1}
    return {report_id: f"{label} · {report_id}" if label in repeated else label for report_id, label in labels.items()}


def select_report() -> pd.Series | None:
    """The report selector in the sidebar; its choice is shared by every page.

    A text box filters the reports (in SQL); the list shows one page of REPORT_LIMIT matches
    (LIMIT and OFFSET in SQL), with a page number to turn to the next, so a warehouse of many
    thousand reports stays quick to render and to pick from."""
    needle = st.sidebar.text_input(
        FILTER_LABEL,
        key=FILTER_KEY,
        placeholder="例如：人力资源、新疆、changji",
        on_change=lambda: st.session_state.update({LIST_PAGE_KEY: 1}),  # a new filter lists its first page
    ).strip()
    list_page = st.session_state.get(LIST_PAGE_KEY, 1)
    try:
        matches = data.reports(
            needle, REPORT_LIMIT, keep=st.session_state.get(REPORT_KEY), offset=(list_page - 1) * REPORT_LIMIT
        )
        if matches.listed.empty and list_page > 1:  # fewer reports than before: back to the first page
            st.session_state[LIST_PAGE_KEY] = list_page = 1
            matches = data.reports(needle, REPORT_LIMIT, keep=st.session_state.get(REPORT_KEY))
    except data.WarehouseMissingError as error:
        st.error(
            f"找不到数据仓库文件：{error.args[0]}。请先运行 `make build`，或用环境变量 FISCAL_WAREHOUSE 指定路径。"
        )
        return None
    if matches.total == 0:
        if needle:
            st.warning(f"没有符合筛选条件“{needle}”的报告。请修改或清空侧栏中的筛选条件。")
        else:
            st.error("数据仓库中没有报告（dim_report 为空）。")
        return None
    listed = matches.listed
    ids = list(listed["report_id"])
    # The choice so far stays while it matches the filter (listed even past the first
    # REPORT_LIMIT); one the filter excludes falls back to the first match.
    if st.session_state.get(REPORT_KEY) not in ids:
        st.session_state[REPORT_KEY] = ids[0]
    labels = report_labels(listed)
    chosen = st.sidebar.selectbox("选择报告", ids, key=REPORT_KEY, format_func=labels.__getitem__)
    if matches.total > REPORT_LIMIT:
        pages = math.ceil(matches.total / REPORT_LIMIT)
        st.session_state[LIST_PAGE_KEY] = list_page = min(list_page, pages)
        st.sidebar.number_input(f"列表页（共 {pages} 页）", min_value=1, max_value=pages, step=1, key=LIST_PAGE_KEY)
        first, last = (list_page - 1) * REPORT_LIMIT + 1, min(list_page * REPORT_LIMIT, matches.total)
        st.sidebar.caption(f"共 {matches.total} 份报告符合条件，列出第 {first}–{last} 份；翻页或输入关键词缩小范围。")
    else:
        st.sidebar.caption(f"共 {matches.total} 份报告" + ("符合条件。" if needle else "。"))
    st.sidebar.caption(f"金额单位：{UNIT}（按报告公开数）")
    st.sidebar.caption(f"数据仓库：`{data.warehouse_path()}`（只读）")
    return listed.set_index("report_id").loc[chosen].rename(chosen)


def current_report() -> pd.Series:
    """The report chosen in the sidebar (app.py renders the selector before any page)."""
    report = st.session_state.get("_report")
    if report is None:
        st.stop()
    return report


def header(title: str, report: pd.Series) -> None:
    st.title(title)
    region = " ".join(
        str(part)
        for part in (report["province_name"], report["prefecture_name"], report["county_name"])
        if not is_missing(part) and part
    )
    lines = (
        f"行号为 documents/rendered/{report['source_document']}.txt 中所在页的行号"
        if report.get("document_format") == "pdf"
        else "行号为源文件中的行号"
    )
    st.caption(
        f"{report['unit_name']} · {report['fiscal_year']} 年度{report['document_kind_label']} · "
        f"{report['scope_label']} · {region} · "
        f"来源文件 documents/{report['source_document']}（{lines}） · 金额单位：{UNIT}"
    )


def finite(value: object) -> float:
    """A number for a chart (0 where the report prints none)."""
    if is_missing(value):
        return 0.0
    result = float(value)
    return result if math.isfinite(result) else 0.0
