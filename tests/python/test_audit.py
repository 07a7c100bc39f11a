"""The reconciliation checks: registered, exercised by unit tests, and run on every report."""

import csv
import re
from decimal import Decimal

from conftest import PROJECT_DIR

REGISTRY = PROJECT_DIR / "seeds" / "check_registry.csv"
UNIT_TESTS = sorted((PROJECT_DIR / "models" / "intermediate").glob("_intermediate__*unit_tests.yml"))


def registered_checks() -> list[str]:
    with open(REGISTRY, encoding="utf-8", newline="") as handle:
        return [row["check_id"] for row in csv.DictReader(handle)]


def test_every_check_has_a_unit_test_with_its_verdict():
    """Each check's expected rows appear in a dbt unit test (which proves both outcomes)."""
    text = "".join(path.read_text(encoding="utf-8") for path in UNIT_TESTS)
    tested = set(re.findall(r"check_id: (\w+)", text))
    assert [check for check in registered_checks() if check not in tested] == []


# Checks no report in the repo can feed yet; their unit tests prove them meanwhile. A listed
# check that compares something fails the test too, so it leaves this list once a report feeds it.
AWAITING_INPUTS = {
    # No final accounts in the repo print their own 年初预算 for a line their budget also prints.
    "budget_printed_in_final_accounts",
    # No department has two years' documents of one kind in the repo.
    "year_on_year_against_previous_report",
    # No report in the repo prints a line and then its rows by a further classification.
    "statement_detail_rows",
}


def test_every_check_compares_something_in_the_reports(db):
    compared = {row[0] for row in db.execute("select distinct check_id from intermediate.int_check_results").fetchall()}
    assert [check for check in registered_checks() if check not in compared and check not in AWAITING_INPUTS] == []
    assert sorted(AWAITING_INPUTS & compared) == []


def test_every_finding_beyond_rounding_is_explained(db):
    unexplained = db.execute(
        "select finding_id from audit_findings where not is_rounding"
        " and (review_status not in ('registered', 'not_stated_by_template') or explanation is null)"
    ).fetchall()
    assert unexplained == []
    kinds = dict(db.execute("select finding_kind, count(*) from audit_findings group by 1").fetchall())
    assert kinds["rounding"] > 0 and kinds["discrepancy"] > 0


def test_a_part_the_template_never_states_is_listed_with_its_reason(db):
    """The national template states 收入支出总计 and 本年收入合计 only (p21:4, p21:8): the identity
    of 收入总计 is not_stated_by_template; the same check of a text report is registered instead."""
    rows = db.execute(
        "select report_id, review_status, explanation from audit_findings"
        " where check_id = 'income_total_identity' and finding_kind = 'missing' order by report_id"
    ).fetchall()
    statuses = {report_id: status for report_id, status, _ in rows}
    assert statuses["shanghai_putuo_finance_2024"] == "not_stated_by_template"
    assert statuses["tongcheng_hrss_2023"] == "registered"
    putuo_reason = next(reason for report_id, _, reason in rows if report_id == "shanghai_putuo_finance_2024")
    assert putuo_reason.startswith("全国模板")


def test_the_pdf_explanations_share_that_does_not_fit_is_registered(db):
    """Putuo p21:25 prints 一般公共服务支出 at 71.73%; the table's 2106.66 / 2940.05 is 71.653883%."""
    row = db.execute(
        "select published_value, computed_value, source_lines, review_status from audit_findings"
        " where check_id = 'text_table_share' and report_id = 'shanghai_putuo_finance_2024'"
        " and subject = '一般公共服务支出 / share'"
    ).fetchone()
    assert row == (Decimal("71.73"), Decimal("71.653883"), "p21:25;p15:8;p15:27", "registered")


def test_a_published_share_that_does_not_fit_is_a_finding(db):
    """Changji prints 其他支出 at 1.87% of the general budget; 49.51 / 2638.26 is 1.8766%."""
    row = db.execute(
        "select published_value, computed_value, source_lines, is_registered from audit_findings "
        "where report_id = 'changji_hrss_2023' and check_id = 'general_budget_class_share' and subject = '其他支出'"
    ).fetchone()
    assert row is not None
    published, computed, lines, registered = row
    assert (float(published), round(float(computed), 4), registered) == (1.87, 1.8766, True)
    assert "247" in lines.split(";")
