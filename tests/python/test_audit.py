"""The reconciliation checks: registered, exercised by unit tests, and run on every report."""

import csv
import re

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


# Checks no report in the repo can feed yet: the explanations against the statement tables need a
# report with both its tables and its explanations transcribed (the PDF sample's explanations are
# still to come; their unit tests prove them meanwhile). Once a report feeds one, it must leave
# this list: a listed check that compares something fails the test too.
AWAITING_INPUTS = {
    "text_table_amount",
    "text_table_share",
    "text_table_completion",
    "text_figure_not_in_table",
    # No final accounts in the repo print their own 年初预算 for a line their budget also prints.
    "budget_printed_in_final_accounts",
}


def test_every_check_compares_something_in_the_reports(db):
    compared = {row[0] for row in db.execute("select distinct check_id from intermediate.int_check_results").fetchall()}
    assert [check for check in registered_checks() if check not in compared and check not in AWAITING_INPUTS] == []
    assert sorted(AWAITING_INPUTS & compared) == []


def test_every_finding_beyond_rounding_is_explained(db):
    unexplained = db.execute(
        "select finding_id from audit_findings where not is_rounding and (not is_registered or explanation is null)"
    ).fetchall()
    assert unexplained == []
    kinds = dict(db.execute("select finding_kind, count(*) from audit_findings group by 1").fetchall())
    assert kinds["rounding"] > 0 and kinds["discrepancy"] > 0


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
