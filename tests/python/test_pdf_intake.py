"""PDF reports: the text rendering, the statement tables in the seeds, and their checks.

The expected figures of the sample are the ones read by hand from its 收入支出决算总表
(shared reports README), not the reader's output.
"""

from __future__ import annotations

import csv
import shutil
from decimal import Decimal

import duckdb
import pytest
from conftest import PROJECT_DIR, make_views_again, seed_rows

from fiscal_warehouse.intake.adding import DataFolder, Workspace, read_report, render_document, write_report

SAMPLE = "shanghai_putuo_finance_2024"
SEEDS = PROJECT_DIR / "seeds"
DOCUMENTS = PROJECT_DIR / "documents"


def pdf_reports() -> list[dict[str, str]]:
    with open(SEEDS / "reports.csv", encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["source_document"].lower().endswith(".pdf")]


@pytest.mark.parametrize("report", pdf_reports(), ids=lambda report: report["report_id"])
def test_the_committed_rendering_is_what_the_pdf_renders_to(report):
    pdf = DOCUMENTS / report["source_document"]
    committed = (DOCUMENTS / "rendered" / f"{report['source_document']}.txt").read_text(encoding="utf-8")
    assert render_document(pdf) == committed


@pytest.mark.parametrize("report", pdf_reports(), ids=lambda report: report["report_id"])
def test_adding_the_same_pdf_again_gives_byte_identical_seeds(report, tmp_path):
    data = DataFolder(tmp_path)
    shutil.copytree(SEEDS, data.seeds)
    shutil.copytree(DOCUMENTS, data.documents)
    source = tmp_path / "incoming" / report["source_document"]
    source.parent.mkdir()
    shutil.copy2(DOCUMENTS / report["source_document"], source)
    write_report(Workspace(), read_report(source, report["report_id"], data), data)
    for name in ("reports.csv", "statement_tables.csv", "statement_lines.csv", "statement_line_codes.csv"):
        assert (data.seeds / name).read_bytes() == (SEEDS / name).read_bytes(), name
    for name in (report["source_document"], f"rendered/{report['source_document']}.txt", "SHA256SUMS"):
        assert (data.documents / name).read_bytes() == (DOCUMENTS / name).read_bytes(), name


def test_the_sample_figures_read_by_hand_are_in_the_warehouse_with_their_page(db):
    by_hand = {
        (1, 1, "一、一般公共预算财政拨款收入"): "2940.05",
        (1, 1, "八、其他收入"): "6.20",
        (1, 1, "年初结转和结余"): "49.14",
        (1, 1, "总计"): "2995.39",
        (1, 2, "一、一般公共服务支出"): "2106.66",
        (1, 2, "本年支出合计"): "2940.05",
        (1, 2, "年末结转和结余"): "55.34",
    }
    rows = db.execute(
        "select table_no, side_no, row_label, amount_wan_yuan, printed_value, source_page, source_line"
        " from fct_statement_line where report_id = ? and table_no = 1",
        [SAMPLE],
    ).fetchall()
    found = {
        (table, side, label): (amount, printed, page, line) for table, side, label, amount, printed, page, line in rows
    }
    for key, value in by_hand.items():
        amount, printed, page, line = found[key]
        assert amount == Decimal(value), key
        assert printed.replace(",", "") == value
        assert page in (6, 7) and line > 0


def test_every_statement_cell_is_a_reported_figure_found_at_its_page_and_line(db):
    cells, figures, found = db.execute(
        "select (select count(*) from fct_statement_line where report_id = ? and amount_wan_yuan is not null),"
        " count(*), count(*) filter (where is_found_at_line and source_page is not null)"
        " from fct_reported_figure where report_id = ? and seed_name = 'statement_lines'",
        [SAMPLE, SAMPLE],
    ).fetchone()
    assert cells == figures == found > 150


def test_the_sample_tables_found_empty_and_their_pages(db):
    tables = dict(
        db.execute(
            "select table_no, table_status || ' ' || first_page from staging.stg_statement_tables where report_id = ?",
            [SAMPLE],
        ).fetchall()
    )
    assert tables == {
        1: "found 6",
        2: "found 8",
        3: "found 10",
        4: "found 12",
        5: "found 15",
        6: "found 16",
        7: "found 18",
        8: "empty 19",
        9: "empty 20",
    }


def decimal_or_none(text: str) -> Decimal | None:
    return Decimal(text) if text else None


def test_the_sample_disagreement_is_an_audit_finding_and_nothing_else_is(db):
    """Beyond rounding, the sample's findings are the register's rows for it (the rest are parts its
    template does not state), and each cites its figures by page and line of the rendering."""
    registered = db.execute(
        "select check_id, subject, published_value, computed_value from audit_findings"
        " where report_id = ? and review_status = 'registered'",
        [SAMPLE],
    ).fetchall()
    expected = [
        (
            row["check_id"],
            row["subject"],
            decimal_or_none(row["published_value"]),
            decimal_or_none(row["computed_value"]),
        )
        for row in seed_rows("known_discrepancies", report_id=SAMPLE)
    ]
    assert sorted(registered, key=lambda row: row[:2]) == sorted(expected, key=lambda row: row[:2])
    statuses = db.execute(
        "select distinct review_status from audit_findings where report_id = ? and not is_rounding", [SAMPLE]
    ).fetchall()
    assert {status for (status,) in statuses} == {"registered", "not_stated_by_template"}

    findings = db.execute(
        "select check_id, subject, source_lines from audit_findings where report_id = ?", [SAMPLE]
    ).fetchall()
    assert findings
    without_page = [
        (check_id, subject, source_lines)
        for check_id, subject, source_lines in findings
        if any(place and not place.startswith("p") for place in (source_lines or "").split(";"))
    ]
    assert without_page == []


@pytest.fixture
def scratch(warehouse, tmp_path):
    """A writable copy of the built warehouse: staging and checks are views over the raw seeds."""
    path = tmp_path / "scratch.duckdb"
    shutil.copy2(warehouse, path)
    with duckdb.connect(str(path)) as connection:
        # The tests change amounts and the register, never a value's decimals: the checks' results alone.
        make_views_again(connection, warehouse, ("int_check_results",))
        yield connection


def discrepancies(connection) -> list[tuple[str, str]]:
    return connection.execute(
        "select check_id, subject from intermediate.int_audit_findings_classified"
        " where report_id = ? and review_status = 'unregistered' order by 1, 2",
        [SAMPLE],
    ).fetchall()


@pytest.mark.parametrize(
    ("table_no", "label", "column", "checks"),
    [
        # A 项 of the expenditure table: its 款, the row total and the 类 roll-up disagree.
        (3, "行政运行", "基本支出", {"statement_code_rollup", "statement_row_total"}),
        # The summary table's 本年收入合计: the lines above it and the income table disagree.
        (1, "本年收入合计", "决算数", {"statement_line_sum", "statement_cross_table"}),
        # 人员经费合计 of the basic-expenditure table: its classes, the general-budget table and the
        # explanation's 人员经费 figure.
        (6, "人员经费合计", "决算数", {"statement_line_sum", "statement_cross_table", "text_table_amount"}),
        # The 三公 table's 公务接待费: 合计 no longer equals its parts.
        (7, "公务接待费", "预算数", {"statement_line_sum"}),
    ],
)
def test_a_changed_statement_cell_fails_the_checks(scratch, table_no, label, column, checks):
    assert discrepancies(scratch) == []
    changed = scratch.execute(
        "update raw.statement_lines set value = cast(cast(value as decimal(18, 2)) + 1 as varchar)"
        " where report_id = ? and table_no = ? and row_label = ? and column_name = ?",
        [SAMPLE, str(table_no), label, column],
    ).fetchone()[0]
    assert changed == 1
    assert {check for check, _ in discrepancies(scratch)} == checks


def test_a_report_nobody_reviewed_is_published_with_its_findings_marked_and_registering_makes_it_strict(scratch):
    def statuses():
        return scratch.execute(
            "select review_status, count(*) from intermediate.int_audit_findings_classified"
            " where report_id = ? and not is_rounding group by 1 order by 1",
            [SAMPLE],
        ).fetchall()

    registered = len(seed_rows("known_discrepancies", report_id=SAMPLE))
    unstated_parts = seed_rows("template_unstated_parts", template="national", document_kind="final_accounts")
    unstated = ("not_stated_by_template", len(unstated_parts))
    assert statuses() == [unstated, ("registered", registered)]
    scratch.execute("delete from raw.known_discrepancies where report_id = ?", [SAMPLE])
    # just added: published, findings not yet reviewed
    assert statuses() == [("not_reviewed", registered), unstated]
    scratch.execute(
        "insert into raw.known_discrepancies"
        " (report_id, check_id, subject, published_value, computed_value, explanation)"
        " select report_id, check_id, subject, cast(published_value as varchar), cast(computed_value as varchar), 'x'"
        " from intermediate.int_audit_findings_classified where report_id = ? and review_status = 'not_reviewed'"
        " order by source_lines limit 1",
        [SAMPLE],
    )
    # reviewed: the rest fails the build
    assert statuses() == [unstated, ("registered", 1), ("unregistered", registered - 1)]


BUDGET = "southwest_university_2023_budget"  # a registered budget: any finding beyond its register fails


@pytest.mark.parametrize(
    ("table_no", "label", "column", "checks"),
    [
        # 收支预算总表's 收入总计: 支出总计, its parts, the 收入预算表's 合计 and the 收支总预算 the
        # explanation states (page 11, line 3) disagree; the registered share of 上年结转 in it, computed
        # to six decimals, moves (16.832690 to 16.832659) and no longer matches its register entry.
        (
            101,
            "收入总计",
            "预算数",
            {"statement_line_sum", "statement_cross_table", "text_table_amount", "text_table_share"},
        ),
        # 财政拨款支出预算表's 合计: its row, its 类, the 收入预算表's 财政拨款收入 and the 当年财政拨款支出
        # 预算 the explanation states (page 12, line 21) disagree; the 类' shares of it stay within rounding.
        (
            110,
            "合计",
            "合计",
            {"statement_row_total", "statement_code_rollup", "statement_cross_table", "text_table_amount"},
        ),
        # A 项 of the 收入预算表: its row and its 款 disagree.
        (102, "高等教育", "财政拨款收入", {"statement_row_total", "statement_code_rollup"}),
    ],
)
def test_a_changed_budget_cell_fails_the_budget_checks(scratch, table_no, label, column, checks):
    def unregistered():
        return scratch.execute(
            "select check_id from intermediate.int_audit_findings_classified"
            " where report_id = ? and review_status = 'unregistered'",
            [BUDGET],
        ).fetchall()

    assert unregistered() == []
    changed = scratch.execute(
        "update raw.statement_lines set value = cast(cast(value as decimal(18, 2)) + 1 as varchar)"
        " where report_id = ? and table_no = ? and row_label = ? and column_name = ?",
        [BUDGET, str(table_no), label, column],
    ).fetchone()[0]
    assert changed == 1
    assert {check for (check,) in unregistered()} == checks


UNIVERSITY = "southwest_university_2023_final"  # the central template's final accounts, registered


def test_a_changed_class_line_is_a_finding_against_the_explanation_that_states_it(scratch):
    """One 万元 more on the 支出决算表's 教育支出: the 类 the 支出决算表说明 states (425,287.27 万元,
    page 17 line 5) no longer restates it; its share (92.92%) stays within rounding."""

    def text_findings():
        return scratch.execute(
            "select check_id, subject, source_lines from intermediate.int_audit_findings_classified"
            " where report_id = ? and review_status = 'unregistered' and check_id like 'text%'",
            [UNIVERSITY],
        ).fetchall()

    assert text_findings() == []
    changed = scratch.execute(
        "update raw.statement_lines set value = cast(cast(value as decimal(18, 2)) + 1 as varchar)"
        " where report_id = ? and table_no = '3' and row_label = '教育支出' and column_name = '本年支出合计'",
        [UNIVERSITY],
    ).fetchone()[0]
    assert changed == 1
    assert text_findings() == [("text_table_amount", "全部资金/教育支出 / amount", "p17:5;p12:5")]
