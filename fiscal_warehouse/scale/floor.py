"""The hand-written floor of the scale benchmark: floor.sql run into a fresh DuckDB file, timed per stage.

    python -m fiscal_warehouse.scale.floor --data DIR --database PATH [--memory-limit 4GiB] [--temp-directory DIR]

floor.sql builds the main marts and runs the main checks of the dbt build in plain DuckDB SQL from
the same data folder (seeds/, documents/, documents/rendered/), so a dbt build's time can be read
against what DuckDB alone takes. Prints one line per stage (`stage  seconds`), then the row counts
of the marts and the findings of each check.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import duckdb

from fiscal_warehouse.build import remove_database
from fiscal_warehouse.dbt_run import memory_limit, report_batch_size

FLOOR_SQL = Path(__file__).with_name("floor.sql")
STAGE_MARKER = re.compile(r"^-- stage: *(.+?) *$", re.MULTILINE)
# A stage so named runs once per batch of reports, on batch_values and batch_lines.
PER_BATCH = "per report batch"
BATCH_VIEWS = """
create or replace temp view batch_values as select * from transcribed_values
    where report_id between getvariable('first_report') and getvariable('last_report');
create or replace temp view batch_lines as select * from document_lines
    where report_id between getvariable('first_report') and getvariable('last_report');
"""
MARTS = (
    "dim_report",
    "fct_revenue",
    "fct_expenditure",
    "fct_expenditure_by_function",
    "fct_three_public_expenses",
    "fct_statement_line",
    "provenance",
)


def stages(sql: str) -> list[tuple[str, str]]:
    """(stage name, its SQL) in order; text before the first marker is only a header comment."""
    parts = STAGE_MARKER.split(sql)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts), 2)]


def report_batches(connection: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(first, last) report_id of each batch of report_batch_size() consecutive reports."""
    listed = connection.execute("select distinct report_id from transcribed_values order by report_id")
    reports = [row[0] for row in listed.fetchall()]
    size = report_batch_size()
    return [(reports[start], reports[min(start + size, len(reports)) - 1]) for start in range(0, len(reports), size)]


def run_stage(connection: duckdb.DuckDBPyConnection, name: str, sql: str) -> None:
    if not name.endswith(PER_BATCH):
        connection.execute(sql)
        return
    connection.execute(BATCH_VIEWS)
    for first, last in report_batches(connection):
        connection.execute("set variable first_report = ?", [first])
        connection.execute("set variable last_report = ?", [last])
        connection.execute(sql)


def default_temp_directory(database: Path) -> Path:
    return database.with_name(database.name + ".tmp")


def run_floor(
    data_dir: Path,
    database: Path,
    memory: str | None = None,
    temp_directory: Path | None = None,
) -> dict[str, float]:
    """Run floor.sql on a data folder into a new DuckDB file; seconds per stage, in order.

    The last entry, `checkpoint`, writes everything to the file, as a finished build has."""
    database = Path(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    remove_database(database)
    config = {
        "memory_limit": memory or memory_limit(),
        "temp_directory": str(temp_directory or default_temp_directory(database)),
    }
    timings: dict[str, float] = {}
    with duckdb.connect(str(database), config=config) as connection:
        connection.execute("set variable data_dir = ?", [str(Path(data_dir).resolve())])
        for name, sql in stages(FLOOR_SQL.read_text(encoding="utf-8")):
            started = time.perf_counter()
            try:
                run_stage(connection, name, sql)
            except duckdb.Error as error:
                raise RuntimeError(f"floor stage {name!r} failed on {data_dir}: {error}") from error
            timings[name] = time.perf_counter() - started
        started = time.perf_counter()
        connection.execute("checkpoint")
        timings["checkpoint"] = time.perf_counter() - started
    return timings


def mart_row_counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return {mart: connection.execute(f"select count(*) from {mart}").fetchone()[0] for mart in MARTS}


def check_summary(database: Path) -> list[tuple[str, int, int, int, int]]:
    """(check_id, comparisons, rounding, discrepancies, missing) per check."""
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(
            "select check_id, comparisons, rounding, discrepancies, missing from check_summary order by check_id"
        ).fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="data folder in the repo's layout")
    parser.add_argument("--database", type=Path, required=True, help="DuckDB file to create (replaced if present)")
    parser.add_argument("--memory-limit", help="DuckDB memory_limit (default: as the build, $FISCAL_MEMORY_LIMIT)")
    parser.add_argument("--temp-directory", type=Path, help="where DuckDB spills (default: <database>.tmp)")
    options = parser.parse_args(argv)

    timings = run_floor(options.data, options.database, options.memory_limit, options.temp_directory)
    width = max(len(name) for name in timings)
    for name, seconds in timings.items():
        print(f"{name:<{width}}  {seconds:8.3f}")
    print(f"{'total':<{width}}  {sum(timings.values()):8.3f}")

    print("\nmart rows")
    for mart, rows in mart_row_counts(options.database).items():
        print(f"  {mart:<30} {rows:>10}")
    print("\nchecks (for provenance_*, discrepancies are the values not printed at their cited line)")
    print(f"  {'check':<34} {'compared':>9} {'rounding':>9} {'discrep.':>9} {'missing':>9}")
    for check_id, comparisons, rounding, discrepancies, missing in check_summary(options.database):
        print(f"  {check_id:<34} {comparisons:>9} {rounding:>9} {discrepancies:>9} {missing:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
