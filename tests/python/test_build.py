"""The published warehouse: layout, contents, and the DuckDB CLI."""

import csv
import subprocess

from conftest import PROJECT_DIR


def test_build_publishes_one_file_and_reports_its_time(warehouse, warehouse_build):
    _, result = warehouse_build
    assert warehouse.exists()
    assert not [path.name for path in warehouse.parent.iterdir() if ".next" in path.name or path.suffix == ".wal"]
    assert f"published {warehouse} in " in result.output


def test_marts_are_in_the_default_schema_and_other_layers_in_their_own(db):
    schemas = dict(
        db.execute(
            "select table_name, table_schema from information_schema.tables "
            "where table_name in ('dim_report', 'stg_reports', 'reports')"
        ).fetchall()
    )
    assert schemas == {"dim_report": "main", "stg_reports": "staging", "reports": "raw"}


def test_dim_report_has_one_row_per_registered_report(db):
    with open(PROJECT_DIR / "seeds" / "reports.csv", encoding="utf-8", newline="") as handle:
        expected = {row["report_id"]: row for row in csv.DictReader(handle)}
    rows = db.execute(
        "select report_id, fiscal_year, unit_name, source_document, source_sha256, region_code from dim_report"
    ).fetchall()
    assert len(rows) == len(expected) == 7
    for report_id, fiscal_year, unit_name, document, sha256, region_code in rows:
        seed = expected[report_id]
        assert (fiscal_year, unit_name, document, sha256) == (
            int(seed["fiscal_year"]),
            seed["unit_name"],
            seed["source_document"],
            seed["source_sha256"],
        )
        # A central unit names no region: its code is empty in the seed and NULL in the mart.
        assert region_code == (seed["county_code"] or seed["prefecture_code"] or seed["province_code"] or None)


def test_the_duckdb_cli_reads_the_warehouse_read_only(warehouse):
    cli = PROJECT_DIR / ".venv" / "bin" / "duckdb"
    completed = subprocess.run(
        [str(cli), "-readonly", "-list", str(warehouse), "-c", "select unit_name from dim_report order by report_id"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert completed.stdout.splitlines() == [
        "unit_name",
        "昌吉回族自治州人力资源和社会保障局",
        "上海市普陀区财政局",
        "上海市普陀区人民政府办公室",
        "西南大学",
        "西南大学",
        "通城县人力资源和社会保障局",
        "焉耆回族自治县社会保险中心",
    ]
