"""Adding a report to a built warehouse rebuilds only that report's rows (fiscal_warehouse/incremental.py).

The result must equal a full build of the same data folder, table by table and row by row.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
from conftest import PROJECT_DIR
from statement_pdfs import scenarios

from fiscal_warehouse import incremental
from fiscal_warehouse.incremental import write_scratch_folder
from fiscal_warehouse.inputs import fingerprint
from fiscal_warehouse.intake.adding import DataFolder, Workspace, read_report, write_report

REPORT_ID = "example_district_finance_2024"


def run(module: str, data: Path, warehouse: Path, *arguments: str) -> subprocess.CompletedProcess:
    completed = subprocess.run(
        [sys.executable, "-m", module, "--data", str(data), *arguments],
        cwd=PROJECT_DIR,
        env=dict(os.environ, FISCAL_WAREHOUSE=str(warehouse)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, (completed.stdout + completed.stderr)[-6000:]
    return completed


def tables(connection: duckdb.DuckDBPyConnection, database: str) -> list[tuple[str, str]]:
    return connection.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = ? order by all", [database]
    ).fetchall()


def differing_tables(incremental: Path, full: Path) -> dict[str, tuple[int, int]]:
    """table → (rows only in the incremental build, rows only in the full build), where they differ."""
    differences = {}
    with duckdb.connect() as connection:
        connection.execute(f"attach '{incremental}' as incremental (read_only)")
        connection.execute(f"attach '{full}' as full_build (read_only)")
        assert tables(connection, "incremental") == tables(connection, "full_build")
        for schema, table in tables(connection, "incremental"):
            only = [
                connection.execute(
                    f'select count(*) from (from {a}."{schema}"."{table}" except all from {b}."{schema}"."{table}")'
                ).fetchone()[0]
                for a, b in (("incremental", "full_build"), ("full_build", "incremental"))
            ]
            if any(only):
                differences[f"{schema}.{table}"] = tuple(only)
    return differences


def test_a_report_added_to_a_built_warehouse_equals_a_full_build(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(PROJECT_DIR / "seeds", data / "seeds")
    shutil.copytree(PROJECT_DIR / "documents", data / "documents")
    published = tmp_path / "fiscal.duckdb"
    run("fiscal_warehouse.build", data, published)
    before = tables_rows(published, "dim_report")

    pdf = tmp_path / f"{REPORT_ID}.pdf"
    scenarios()["sample_like"](pdf)
    added = run("fiscal_warehouse.intake", data, published, str(pdf))
    output = added.stdout + added.stderr
    assert "without rebuilding the others" in output, output[-4000:]
    assert tables_rows(published, "dim_report") == before + 1

    full = tmp_path / "full.duckdb"
    run("fiscal_warehouse.build", data, full)
    assert differing_tables(published, full) == {}

    # The published warehouse records the inputs it was built from (the new report's rows
    # included), so a second add is incremental again; after the seeds change behind the
    # warehouse's back, adding must build in full (intake takes the full path when this is false).
    def inputs():
        return fingerprint(PROJECT_DIR, data / "seeds", dbt_seeds=False)

    assert incremental.applies(published, inputs())
    with (data / "seeds" / "admin_divisions.csv").open("a", encoding="utf-8") as seed:
        seed.write("999999,测试省,,province\n")
    assert not incremental.applies(published, inputs())


def tables_rows(warehouse: Path, table: str) -> int:
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        return connection.execute(f"select count(*) from {table}").fetchone()[0]


def test_a_new_report_is_appended_and_the_scratch_folder_reads_only_its_rows(tmp_path):
    data = DataFolder(tmp_path / "data")
    shutil.copytree(PROJECT_DIR / "seeds", data.seeds)
    shutil.copytree(PROJECT_DIR / "documents", data.documents)
    before = {path.name: path.read_bytes() for path in data.seeds.glob("*.csv")}
    pdf = tmp_path / f"{REPORT_ID}.pdf"
    scenarios()["sample_like"](pdf)

    workspace = Workspace()
    write_report(workspace, read_report(pdf, REPORT_ID, data), data)
    # Every seed still holds what it held, byte for byte: the new report (whose id sorts before
    # other reports') comes after them, as it comes last in reports.csv.
    for name, content in before.items():
        assert (data.seeds / name).read_bytes().startswith(content), name
    appended = {path.name: offset for path, offset in workspace.appended.items() if path.parent == data.seeds}
    assert {"reports.csv", "statement_tables.csv", "statement_lines.csv"} <= appended.keys()

    # The appended bytes alone give the scratch folder that reading every seed gives.
    write_scratch_folder(data.root, {REPORT_ID}, tmp_path / "from_appended", appended)
    write_scratch_folder(data.root, {REPORT_ID}, tmp_path / "by_reading")
    by_reading = sorted((tmp_path / "by_reading" / "seeds").glob("*.csv"))
    assert len(by_reading) == len(before)
    for seed in by_reading:
        assert (tmp_path / "from_appended" / "seeds" / seed.name).read_bytes() == seed.read_bytes(), seed.name
    with (tmp_path / "by_reading" / "seeds" / "statement_lines.csv").open(encoding="utf-8") as lines:
        assert len(lines.readlines()) > 100

    # Putting the seeds back cuts each one to its old length.
    workspace.restore()
    assert {path.name: path.read_bytes() for path in data.seeds.glob("*.csv")} == before
