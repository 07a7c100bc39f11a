"""One warehouse build per test session (dbt is not safe to run concurrently in one process)."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from fiscal_warehouse.scratch import copy_project  # noqa: F401 (the tests import it from here)

PROJECT_DIR = Path(__file__).resolve().parents[2]


def seed_rows(name: str, **where: str) -> list[dict[str, str]]:
    """The rows of one of the project's seeds whose columns hold the given values."""
    with (PROJECT_DIR / "seeds" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if all(row[key] == value for key, value in where.items())]


@dataclass
class BuildResult:
    returncode: int
    output: str


def run_build(project_dir: Path, warehouse: Path, *options: str, env: dict[str, str] | None = None) -> BuildResult:
    """`python -m fiscal_warehouse.build` of a project directory, publishing to `warehouse`."""
    env = dict(os.environ, **(env or {}), FISCAL_WAREHOUSE=str(warehouse))
    completed = subprocess.run(
        [sys.executable, "-m", "fiscal_warehouse.build", *options],
        cwd=project_dir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr)


def start_build(
    project_dir: Path, warehouse: Path, log: Path, *options: str, env: dict[str, str] | None = None
) -> subprocess.Popen:
    """`run_build`, started in the background, its output going into `log`; `env` added to the environment."""
    with log.open("w", encoding="utf-8") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "fiscal_warehouse.build", *options],
            cwd=project_dir,
            env=dict(os.environ, FISCAL_WAREHOUSE=str(warehouse), **(env or {})),
            stdout=output,
            stderr=subprocess.STDOUT,
        )


# Holds a lock until its standard input closes.
HOLD_LOCK = """
import sys
from pathlib import Path
from fiscal_warehouse.lock import holding
with holding(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


@contextmanager
def lock_held_elsewhere(lock_file: Path) -> Iterator[subprocess.Popen]:
    """Another process holding a lock (fiscal_warehouse.lock) for the duration of the block."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_file)],
        cwd=PROJECT_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "held\n"
        yield holder
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture(scope="session")
def warehouse_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    warehouse = tmp_path_factory.mktemp("warehouse") / "fiscal.duckdb"
    return warehouse, run_build(PROJECT_DIR, warehouse, "--unit-tests")


@pytest.fixture(scope="session")
def warehouse(warehouse_build: tuple[Path, BuildResult]) -> Path:
    """Path of a warehouse built from this checkout with every dbt test and unit test passing."""
    path, result = warehouse_build
    if result.returncode != 0:
        pytest.fail(f"dbt build failed:\n{result.output[-6000:]}")
    return path


@pytest.fixture
def db(warehouse: Path):
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        yield connection


def models_reading(manifest: dict, seeds: set[str]) -> set[str]:
    """The models that read one of the seeds, directly or through other models."""
    nodes = manifest["nodes"]
    reaches: dict[str, bool] = {}

    def reached(unique_id: str) -> bool:
        if unique_id not in reaches:
            node = nodes.get(unique_id)
            if unique_id.startswith("seed."):
                reaches[unique_id] = node["name"] in seeds
            else:
                reaches[unique_id] = node is None or any(reached(up) for up in node["depends_on"]["nodes"])
        return reaches[unique_id]

    return {
        node["name"] for unique_id, node in nodes.items() if node["resource_type"] == "model" and reached(unique_id)
    }


def intermediate_tables_as_views(connection: duckdb.DuckDBPyConnection, warehouse: Path, seeds: set[str]) -> list[str]:
    """In a copy of a built warehouse, the intermediate models the build materialises as tables (for
    speed at scale: the checks' results, the located values) that read one of `seeds`, made views
    again over the raw seeds, so that a test that changes those seeds sees every check follow."""
    manifest = json.loads((warehouse.parent / ".build" / "target" / "manifest.json").read_text(encoding="utf-8"))
    reading = models_reading(manifest, seeds)
    tables = sorted(
        node["name"]
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model"
        and node["schema"] == "intermediate"
        and node["config"]["materialized"] in ("table", "report_batched_table")
        and node["name"] in reading
    )
    make_views_again(connection, warehouse, tuple(tables))
    return tables


def published_three_public_totals() -> dict[str, tuple[Decimal, Decimal | None]]:
    """三公经费合计 per report where an actual is printed: (amount, change on last year) in 万元.

    From the narrative seed, or for a report whose 三公 statement table is read from its PDF, from
    that table's 合计 决算数 (the table prints no change; a blank cell is no figure). Final accounts
    only: a budget's 三公 figures are budgets, which the 三公 mart does not hold."""
    budgets = {row["report_id"] for row in seed_rows("reports", document_kind="budget")}
    with (PROJECT_DIR / "seeds" / "statement_tables.csv").open(encoding="utf-8") as seed:
        from_tables = {
            row["report_id"] for row in csv.DictReader(seed) if (row["table_no"], row["table_status"]) == ("7", "found")
        }
    with (PROJECT_DIR / "seeds" / "three_public_expenses.csv").open(encoding="utf-8") as seed:
        totals = {
            row["report_id"]: (
                Decimal(row["amount_wan_yuan"]),
                Decimal(row["yoy_change_wan_yuan"]) if row["yoy_change_wan_yuan"] else None,
            )
            for row in csv.DictReader(seed)
            if row["expense_item"] == "三公经费合计" and row["report_id"] not in from_tables | budgets
        }
    with (PROJECT_DIR / "seeds" / "statement_lines.csv").open(encoding="utf-8") as seed:
        for row in csv.DictReader(seed):
            if (
                row["report_id"] in from_tables
                and (row["table_no"], row["line_item"], row["column_name"]) == ("7", "合计", "决算数")
                and row["value"]
            ):
                totals[row["report_id"]] = (Decimal(row["value"]) / (10000 if row["printed_unit"] == "元" else 1), None)
    return totals


def make_views_again(connection: duckdb.DuckDBPyConnection, warehouse: Path, models: tuple[str, ...]) -> None:
    """In a writable copy of a built warehouse, turn intermediate models the build makes tables (for
    speed at scale: int_check_results, int_printed_decimals, int_transcribed_values_located) back into
    views of their compiled SQL, so that a change to the raw seeds reaches them at once (DuckDB binds a
    view's names when it is queried). Only those the change can reach: a view is computed at each query."""
    target = warehouse.parent / ".build" / "target"
    compiled = target / "compiled" / "fiscal_warehouse" / "models" / "intermediate"
    for model in models:
        sql = (compiled / f"{model}.sql").read_text(encoding="utf-8")
        connection.execute(f"drop table intermediate.{model}")
        connection.execute(f"create view intermediate.{model} as {sql}")


def digest(path: Path) -> str:
    """sha256 of a file: whether a warehouse file was left byte for byte as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
