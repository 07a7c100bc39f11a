"""Data access: the only module that opens the warehouse.

Every page render opens one read-only connection, runs its queries and closes it again, so
nothing holds the file between renders: `make build` can rename a new warehouse over the
published one while the dashboard runs, and the next render reads the new file. (DuckDB
keeps one database instance per path in a process while any connection to it is open; a
connection kept open would pin the old, renamed file.)

The marts are the public interface (README.md); this module reads only those, in the default
schema, and returns pandas DataFrames with the marts' own column names. Amounts are in 万元
as published. A report read from its PDF has its rows from its statement tables
(source_kind = 'statement_table'): their lines are lines of a page (source_page) of the PDF's text
rendering in documents/rendered/.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_WAREHOUSE = PROJECT_DIR / "warehouse" / "fiscal.duckdb"
DOCUMENTS_DIR = PROJECT_DIR / "documents"
RENDERED_DIR = DOCUMENTS_DIR / "rendered"


class WarehouseMissingError(FileNotFoundError):
    """The warehouse file does not exist (not built yet, or a wrong FISCAL_WAREHOUSE)."""


def warehouse_path() -> Path:
    """$FISCAL_WAREHOUSE or warehouse/fiscal.duckdb in the project, as `make build` publishes it.

    Read on every call, never cached, so a changed environment (tests) takes effect at once.
    """
    return Path(os.environ.get("FISCAL_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


@contextmanager
def connect() -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived read-only connection to the warehouse, closed on exit."""
    path = warehouse_path()
    if not path.is_file():
        raise WarehouseMissingError(path)
    connection = duckdb.connect(str(path), read_only=True)
    try:
        yield connection
    finally:
        connection.close()


def _frame(connection: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> pd.DataFrame:
    return connection.execute(sql, params or []).df()


def query(sql: str, params: list | dict | None = None) -> pd.DataFrame:
    """One query on its own connection."""
    with connect() as connection:
        return _frame(connection, sql, params)


# -- reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportMatches:
    listed: pd.DataFrame  # the first matches by report_id, and the kept report where it matches
    total: int  # how many reports match in all


def reports(text: str = "", limit: int = 200, keep: str | None = None, offset: int = 0) -> ReportMatches:
    """The reports whose id, unit name or region names contain `text` (any case; every report for
    an empty text): `limit` of them by report_id after the first `offset`, with `keep` (the report
    chosen so far) in its place too where it matches, and how many match in all.

    Filtered and cut in SQL, so a warehouse of many thousand reports sends only what is listed.
    The text is a bound parameter; contains(), not LIKE, so _ and % in it are plain characters.
    """
    listed = query(
        """
        select report_id, fiscal_year, document_kind_label, unit_name, scope_label, province_name, prefecture_name,
            county_name, region_name, source_document, source_sha256, document_format,
            count(*) over () as total_matches
        from dim_report
        where $needle = ''
            or contains(lower(report_id), $needle)
            or contains(lower(unit_name), $needle)
            or contains(lower(coalesce(province_name, '')), $needle)
            or contains(lower(coalesce(prefecture_name, '')), $needle)
            or contains(lower(coalesce(county_name, '')), $needle)
            or contains(lower(coalesce(region_name, '')), $needle)
        qualify row_number() over (order by report_id) between $offset + 1 and $offset + $limit or report_id = $keep
        order by report_id
        """,
        {"needle": text.strip().lower(), "limit": limit, "keep": keep, "offset": offset},
    )
    total = int(listed["total_matches"].iloc[0]) if len(listed) else 0
    return ReportMatches(listed.drop(columns="total_matches"), total)


# -- 概览 -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Overview:
    summary: pd.Series
    revenue: pd.DataFrame
    expenditure: pd.DataFrame
    account_totals: pd.DataFrame


def overview(report_id: str) -> Overview:
    with connect() as connection:
        summary = _frame(connection, "select * from report_summary where report_id = ?", [report_id])
        revenue = _frame(
            connection,
            """
            select ordinal, income_source, amount_wan_yuan, share_pct, printed_total_wan_yuan,
                amount_wan_yuan_line, share_pct_line, printed_total_wan_yuan_line, source_kind, source_page
            from fct_revenue
            where report_id = ?
            order by ordinal
            """,
            [report_id],
        )
        expenditure = _frame(
            connection,
            """
            select ordinal, expenditure_type, amount_wan_yuan, share_pct, printed_total_wan_yuan,
                amount_wan_yuan_line, share_pct_line, printed_total_wan_yuan_line, source_kind, source_page
            from fct_expenditure
            where report_id = ?
            order by ordinal
            """,
            [report_id],
        )
        account_totals = _frame(
            connection,
            """
            select fund_scope, account_side, line_item, is_stated_none, statement_text,
                amount_wan_yuan, amount_wan_yuan_line, statement_text_line, source_kind, source_page
            from fct_account_totals
            where report_id = ?
            order by
                case fund_scope
                    when '全部资金' then 1 when '财政拨款' then 2 when '一般公共预算' then 3
                    when '政府性基金' then 4 when '国有资本经营' then 5 else 6
                end,
                case account_side when '收入' then 1 when '支出' then 2 else 3 end,
                source_page,
                amount_wan_yuan_line,
                line_item
            """,
            [report_id],
        )
    return Overview(summary.iloc[0] if len(summary) else pd.Series(dtype=object), revenue, expenditure, account_totals)


# -- 支出明细 -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FunctionalExpenditure:
    classes: pd.DataFrame
    lines: pd.DataFrame


def functional_expenditure(report_id: str) -> FunctionalExpenditure:
    """The 类 lines of 结构情况 and the finest 款/项 lines, each with its 类 and 款 codes."""
    with connect() as connection:
        classes = _frame(
            connection,
            """
            select class_ordinal, class_code, class_name, amount_wan_yuan, share_pct,
                basic_wan_yuan, project_wan_yuan, amount_wan_yuan_line, share_pct_line, source_kind, source_page
            from fct_expenditure_by_function_class
            where report_id = ?
            order by class_ordinal
            """,
            [report_id],
        )
        lines = _frame(
            connection,
            """
            select
                lines.line_level,
                lines.line_ordinal,
                lines.subject_code,
                subjects.class_code,
                subjects.class_name as official_class_name,
                subjects.kuan_code,
                subjects.kuan_name as official_kuan_name,
                lines.class_name,
                lines.kuan_name,
                lines.item_name,
                lines.amount_wan_yuan,
                lines.amount_wan_yuan_line,
                lines.yoy_change_wan_yuan,
                lines.yoy_growth_pct,
                lines.budget_wan_yuan,
                lines.completion_pct,
                lines.budget_variance_pct,
                lines.reason,
                lines.source_kind,
                lines.source_page
            from fct_expenditure_by_function as lines
            inner join dim_function_subject as subjects
                on lines.subject_code = subjects.subject_code
            where lines.report_id = ?
            order by lines.subject_code, lines.line_ordinal
            """,
            [report_id],
        )
    return FunctionalExpenditure(classes, lines)


# -- 三公经费 -------------------------------------------------------------------------------


def three_public_expenses(report_id: str) -> pd.DataFrame:
    return query(
        """
        select expense_item, item_level, parent_item, actual_wan_yuan, budget_wan_yuan,
            budget_change_wan_yuan, completion_pct, budget_variance_pct, share_pct,
            yoy_change_wan_yuan, yoy_growth_pct, reason, budget_reason, spending_content,
            actual_wan_yuan_line, budget_wan_yuan_line, completion_pct_line,
            budget_variance_pct_line, budget_reason_line, source_kind, source_page
        from fct_three_public_expenses
        where report_id = ?
        order by
            case expense_item
                when '三公经费合计' then 1
                when '因公出国（境）费' then 2
                when '公务用车购置及运行费' then 3
                when '公务用车购置费' then 4
                when '公务用车运行费' then 5
                when '公务接待费' then 6
                when '外宾接待费' then 7
                when '国内公务接待费' then 8
                else 9
            end
        """,
        [report_id],
    )


# -- 预决算对比 ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetOutturn:
    pair: pd.DataFrame  # the report's department and year: its budget and final accounts (one row or none)
    lines: pd.DataFrame  # fct_budget_vs_outturn's lines of that pair


def budget_outturn(report_id: str) -> BudgetOutturn:
    pair = query(
        """
        select budget_outturn_pair_id, department_name, fiscal_year, budget_report_id, final_report_id,
            pairing_status, pairing_status_label
        from fct_budget_outturn_pair
        where budget_report_id = ? or final_report_id = ?
        """,
        [report_id, report_id],
    )
    lines = query(
        """
        select fund_scope_zh, expenditure_type_zh, function_subject_code, subject_level, line_item,
            budget_wan_yuan, outturn_wan_yuan, variance_wan_yuan, execution_rate_pct,
            budget_source_places, outturn_source_places
        from fct_budget_vs_outturn
        where budget_report_id = ? or final_report_id = ?
        order by fund_scope, expenditure_type, coalesce(function_subject_code, '')
        """,
        [report_id, report_id],
    )
    return BudgetOutturn(pair, lines)


# -- 绩效 -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Performance:
    projects: pd.DataFrame
    indicators: pd.DataFrame


def performance(report_id: str) -> Performance:
    with connect() as connection:
        projects = _frame(
            connection,
            """
            select
                projects.performance_project_id,
                projects.evaluation_no,
                projects.project_name,
                projects.implementing_unit,
                projects.full_year_budget_wan_yuan,
                projects.executed_wan_yuan,
                projects.execution_rate_pct,
                projects.total_score,
                projects.indicator_count,
                projects.project_name_line,
                projects.executed_wan_yuan_line,
                coalesce(missed.missed_count, 0) as missed_count,
                coalesce(missed.missed_full_score_count, 0) as missed_full_score_count
            from fct_performance_project as projects
            left join (
                select
                    performance_project_id,
                    count(case when is_target_met = false then 1 end) as missed_count,
                    count(case when is_missed_but_full_score then 1 end) as missed_full_score_count
                from fct_performance_indicator
                -- this report's indicators only: the count does not grow with the warehouse
                where report_id = $report_id
                group by performance_project_id
            ) as missed
                on projects.performance_project_id = missed.performance_project_id
            where projects.report_id = $report_id
            order by projects.evaluation_no
            """,
            {"report_id": report_id},
        )
        indicators = _frame(
            connection,
            """
            select
                performance_indicator_id, performance_project_id, evaluation_no, evaluation_level,
                indicator_ordinal, coalesce(project_name, '部门整体支出') as project_name,
                level1_name, level2_name, indicator_name, target_text, actual_text,
                weight, score, is_target_met, is_full_score, is_missed_but_full_score,
                deviation_reason, indicator_name_line, target_text_line, actual_text_line, score_line
            from fct_performance_indicator
            where report_id = ?
            order by evaluation_no, indicator_ordinal
            """,
            [report_id],
        )
    return Performance(projects, indicators)


# -- 审计发现 -------------------------------------------------------------------------------


def audit_findings(report_id: str) -> pd.DataFrame:
    return query(
        """
        select finding_id, check_id, check_family, severity, subject, finding_kind, is_rounding,
            published_value, computed_value, difference, tolerance, comparison, source_lines,
            is_registered, review_status, explanation, check_description_zh
        from audit_findings
        where report_id = ?
        order by is_rounding, case severity when 'error' then 1 when 'warning' then 2 else 3 end,
            check_id, subject
        """,
        [report_id],
    )


# A cited place: a line of a text document (page None), or a line on a page of a PDF's rendering.
Location = tuple[int | None, int]
LOCATION = re.compile(r"^(?:p(\d+):)?(\d+)$")


def parse_locations(source_lines: str | None) -> list[Location]:
    """'184;461;184' -> [(None, 184), (None, 461)]; 'p6:13;p10:22' -> [(6, 13), (10, 22)]: the
    distinct places cited, in the order given (a PDF's line is cited with its page)."""
    locations: list[Location] = []
    for part in (source_lines or "").split(";"):
        match = LOCATION.match(part.strip())
        if match:
            location = (int(match.group(1)) if match.group(1) else None, int(match.group(2)))
            if location not in locations:
                locations.append(location)
    return locations


def location_label(location: Location) -> str:
    """(None, 184) -> '184'; (6, 13) -> 'p6:13', as audit_findings cites it."""
    page, line = location
    return str(line) if page is None else f"p{page}:{line}"


def _document_text_lines(source_document: str, page: int | None) -> list[str]:
    """A text document's lines, or one page of a PDF's text rendering (pages separated by form feeds)."""
    if page is None:
        if source_document.lower().endswith(".pdf"):
            return []  # a PDF is cited by page; a place without one has no text to show
        path = DOCUMENTS_DIR / source_document
        # split on "\n" only: str.splitlines() also breaks at form feeds and would miscount.
        return [line.rstrip("\r") for line in path.read_text(encoding="utf-8").split("\n")] if path.is_file() else []
    path = RENDERED_DIR / f"{source_document}.txt"
    if not path.is_file():
        return []
    pages = path.read_text(encoding="utf-8").rstrip("\n").split("\f")
    return pages[page - 1].split("\n") if 1 <= page <= len(pages) else []


def document_texts(report_id: str, locations: list[Location]) -> dict[Location, str]:
    """The text at cited places: from fct_reported_figure where a transcribed figure stands there,
    else from the source document in documents/ (as `sed -n` counts lines), or for a PDF from its
    text rendering in documents/rendered/ (the page's lines)."""
    if not locations:
        return {}
    with connect() as connection:
        found = connection.execute(
            """
            select distinct source_page, source_line, source_line_text
            from fct_reported_figure
            -- the cited lines only, not every figure of the report
            where report_id = $report_id and list_contains($lines, source_line)
            """,
            {"report_id": report_id, "lines": sorted({line for _, line in locations})},
        ).fetchall()
        document = connection.execute(
            "select source_document from dim_report where report_id = ?", [report_id]
        ).fetchone()
    wanted = set(locations)
    texts: dict[Location, str] = {}
    for page, line, text in found:
        location = (None if page is None else int(page), int(line))
        if location in wanted and text is not None:
            texts[location] = text
    missing = [location for location in locations if location not in texts]
    if missing and document is not None:
        for page in dict.fromkeys(page for page, _ in missing):
            lines = _document_text_lines(document[0], page)
            for location in missing:
                if location[0] == page and 1 <= location[1] <= len(lines):
                    texts[location] = lines[location[1] - 1]
    return {location: texts[location] for location in locations if location in texts}
