"""The scale benchmark's hand-written floor (fiscal_warehouse/scale/floor.sql) does the dbt build's work.

On the repo's own data folder its marts have the dbt marts' rows and amounts, its checks classify
every comparison as the dbt checks do, and its provenance check locates every transcribed number;
a number changed in a copy of a seed is the one value it reports as not printed at its line.
"""

from __future__ import annotations

import csv
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR

from fiscal_warehouse.scale.floor import MARTS, run_floor

# floor table -> (dbt relation, amount columns summed in both)
COUNTERPARTS = {
    "dim_report": ("dim_report", []),
    "fct_revenue": ("fct_revenue", ["amount_wan_yuan", "printed_total_wan_yuan", "share_pct"]),
    "fct_expenditure": ("fct_expenditure", ["amount_wan_yuan", "printed_total_wan_yuan", "share_pct"]),
    "fct_expenditure_by_function": (
        "fct_expenditure_by_function",
        ["amount_wan_yuan", "yoy_change_wan_yuan", "budget_wan_yuan"],
    ),
    "fct_three_public_expenses": ("fct_three_public_expenses", ["actual_wan_yuan", "budget_wan_yuan"]),
    "fct_statement_line": ("fct_statement_line", ["amount_wan_yuan"]),
    "provenance": ("intermediate.int_transcribed_values_located", []),
}


def totals(connection: duckdb.DuckDBPyConnection, relation: str, columns: list[str]) -> tuple:
    sums = "".join(f", sum({column})" for column in columns)
    return connection.execute(f"select count(*){sums} from {relation}").fetchone()


def unlocated(database: Path) -> list[tuple[str, str, str]]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(
            "select seed_name, row_key, column_name from provenance where not is_found_at_line order by all"
        ).fetchall()


@pytest.fixture(scope="module")
def floor_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("floor") / "floor.duckdb"
    timings = run_floor(PROJECT_DIR, database)
    assert list(timings) == [
        "setup",
        "load seeds",
        "load documents",
        "marts",
        "transcribed values",
        "provenance per report batch",
        "checks",
        "checkpoint",
    ]
    return database


def test_floor_marts_match_the_dbt_marts(floor_database: Path, warehouse: Path) -> None:
    assert set(COUNTERPARTS) == set(MARTS)
    with (
        duckdb.connect(str(floor_database), read_only=True) as floor,
        duckdb.connect(str(warehouse), read_only=True) as dbt,
    ):
        for table, (relation, columns) in COUNTERPARTS.items():
            floor_totals = totals(floor, table, columns)
            assert floor_totals == totals(dbt, relation, columns), table
            assert floor_totals[0] > 0, table
            assert all(isinstance(total, Decimal) for total in floor_totals[1:]), table


def test_floor_checks_classify_as_the_dbt_checks(floor_database: Path, warehouse: Path) -> None:
    query = """
        select check_id, check_status, count(*) from {relation}
        where check_id in ({check_ids}) group by all order by all
    """
    with duckdb.connect(str(floor_database), read_only=True) as floor:
        check_ids = [row[0] for row in floor.execute("select distinct check_id from check_findings").fetchall()]
        placeholders = ", ".join("?" * len(check_ids))
        floor_counts = floor.execute(query.format(relation="check_findings", check_ids=placeholders), check_ids)
        floor_counts = floor_counts.fetchall()
    with duckdb.connect(str(warehouse), read_only=True) as dbt:
        dbt_counts = dbt.execute(
            query.format(relation="intermediate.int_check_results", check_ids=placeholders), check_ids
        ).fetchall()
    assert floor_counts == dbt_counts
    # The publisher's disagreement of the PDF report (326.71 in the 总表, 326.72 in the coded tables).
    assert ("statement_cross_table", "discrepancy", 2) in floor_counts


def test_floor_locates_every_transcribed_value(floor_database: Path) -> None:
    assert unlocated(floor_database) == []
    with duckdb.connect(str(floor_database), read_only=True) as floor:
        numbers = floor.execute("select count(*) from provenance where value_kind = 'number'").fetchone()[0]
        findings = floor.execute("select discrepancies from check_summary where check_id = 'provenance_number'")
        assert numbers > 2000
        assert findings.fetchone() == (0,)


def test_floor_reports_a_changed_number_as_unlocated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(PROJECT_DIR / "seeds", data / "seeds")
    shutil.copytree(PROJECT_DIR / "documents", data / "documents")
    seed = data / "seeds" / "income_by_source.csv"
    with seed.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        fieldnames = reader.fieldnames
        rows = list(reader)
    # A typo in the thousands: the same decimals, a number the cited line does not print.
    changed = next(row for row in rows if row["ordinal"] != "0" and row["amount_wan_yuan"])
    changed["amount_wan_yuan"] = str(Decimal(changed["amount_wan_yuan"]) + 1000)
    with seed.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=fieldnames, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)

    database = tmp_path / "floor.duckdb"
    run_floor(data, database)
    row_key = f"{changed['report_id']}|{changed['line_item']}"
    assert unlocated(database) == [("income_by_source", row_key, "amount_wan_yuan")]
    with duckdb.connect(str(database), read_only=True) as floor:
        findings = floor.execute("select discrepancies from check_summary where check_id = 'provenance_number'")
        assert findings.fetchone() == (1,)
