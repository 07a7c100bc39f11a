"""Build the warehouse and publish it atomically.

    python -m fiscal_warehouse.build

1. check the inputs against their contract (datapackage.json; documents against SHA256SUMS):
   a problem is reported with file, line and column, and nothing is built;
2. `dbt build` (seeds, models and every data test; with --unit-tests also the dbt unit
   tests of the models' logic, as `make test` does) into a new file next to the published one;
3. only if everything passed, replace the published file with it in one rename.

A failed build lists what failed and leaves the published warehouse as it was. Readers
(the DuckDB CLI, BI tools) keep reading the old file until they reconnect.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from fiscal_warehouse.manifest import document_problems
from fiscal_warehouse.seeds import validate_seeds

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_WAREHOUSE = PROJECT_DIR / "warehouse" / "fiscal.duckdb"
FAILING_ROWS_SHOWN = 10


def published_path() -> Path:
    """Where the warehouse is published: $FISCAL_WAREHOUSE or warehouse/fiscal.duckdb."""
    return Path(os.environ.get("FISCAL_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def staging_path(published: Path) -> Path:
    return published.with_name(published.stem + ".next" + published.suffix)


def remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)


def dbt_executable() -> str:
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


@dataclass(frozen=True)
class Failure:
    unique_id: str
    status: str
    message: str
    compiled_code: str

    def __str__(self) -> str:
        return f"{self.status.upper()}: {self.unique_id}: {self.message}"


def failures(run_results: Path) -> list[Failure]:
    """The nodes that did not pass, from dbt's run_results.json."""
    if not run_results.exists():
        return []
    results = json.loads(run_results.read_text(encoding="utf-8"))["results"]
    return [
        Failure(
            result["unique_id"],
            result["status"],
            (result.get("message") or "").strip(),
            result.get("compiled_code") or "",
        )
        for result in results
        if result["status"] not in ("success", "pass", "skipped", "no-op")
    ]


def failing_rows(database: Path, failure: Failure, limit: int = FAILING_ROWS_SHOWN) -> str:
    """The first rows a failing data test returned, as text, so the message names them."""
    # Only a test that ran to completion ("fail") has rows; re-running one that errored (out of
    # memory, say) would only fail again, slowly.
    if failure.status != "fail" or not failure.unique_id.startswith("test."):
        return ""
    if not failure.compiled_code or not database.exists():
        return ""
    try:
        with duckdb.connect(str(database), read_only=True) as connection:
            relation = connection.sql(f"select * from ({failure.compiled_code}) as failing_rows limit {limit}")
            columns, rows = relation.columns, relation.fetchall()
    except duckdb.Error as error:
        return f"    (could not list the failing rows: {error})"
    lines = ["    " + " | ".join(columns)]
    lines += ["    " + " | ".join("" if value is None else str(value) for value in row) for row in rows]
    return "\n".join(lines)


def memory_limit() -> str:
    """DuckDB's memory limit for a build: $FISCAL_MEMORY_LIMIT, else 60% of the machine's memory
    (DuckDB spills to disk beyond it, and the rest is left to dbt and the system)."""
    if os.environ.get("FISCAL_MEMORY_LIMIT"):
        return os.environ["FISCAL_MEMORY_LIMIT"]
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return f"{max(1, int(total * 0.6 / 2**30))}GiB"


def run_dbt(database: Path, project_dir: Path, work_dir: Path, command: list[str]) -> tuple[int, list[Failure]]:
    # The project-wide seed column types name columns each seed lacks; agate warns about each.
    env = dict(
        os.environ,
        DBT_DUCKDB_PATH=str(database),
        DBT_DUCKDB_MEMORY_LIMIT=memory_limit(),
        DBT_DUCKDB_TEMP_DIRECTORY=str(work_dir / "spill"),
        PYTHONWARNINGS="ignore::RuntimeWarning:agate.type_tester",
    )
    target = work_dir / "target"
    completed = subprocess.run(
        [
            dbt_executable(),
            *command,
            "--project-dir",
            str(project_dir),
            "--profiles-dir",
            str(project_dir),
            "--target-path",
            str(target),
            "--log-path",
            str(work_dir / "logs"),
        ],
        cwd=project_dir,
        env=env,
        check=False,
    )
    return completed.returncode, failures(target / "run_results.json")


def data_vars(data_dir: Path) -> list[str]:
    """dbt options that make staging read a data folder's seeds and documents (repo layout)."""
    data_dir = data_dir.resolve()
    variables = {
        "external_seeds_path": str(data_dir / "seeds"),
        "documents_glob": str(data_dir / "documents" / "*.txt"),
        "rendered_documents_glob": str(data_dir / "documents" / "rendered" / "*"),
    }
    return ["--vars", json.dumps(variables)]


def build(
    published: Path,
    project_dir: Path = PROJECT_DIR,
    unit_tests: bool = False,
    data_dir: Path | None = None,
    stage_seconds: dict[str, float] | None = None,
) -> int:
    """Check the seeds, run dbt into a candidate file, publish it; seconds per stage into stage_seconds."""
    started = time.monotonic()
    stages = stage_seconds if stage_seconds is not None else {}
    data_root = data_dir or project_dir
    problems = [*validate_seeds(data_root / "seeds"), *document_problems(data_root)]
    stages["seed check"] = time.monotonic() - started
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            f"build stopped: {len(problems)} input problem(s) in {data_root / 'seeds'} or {data_root / 'documents'}; "
            f"{published} was not touched",
            file=sys.stderr,
        )
        return 1

    published.parent.mkdir(parents=True, exist_ok=True)
    candidate = staging_path(published)
    remove_database(candidate)
    # dbt's target folder is kept next to the warehouse, so the next build parses only what changed.
    work_dir = published.parent / ".build"
    # dbt unit tests check the models' logic, not the data: `make test` runs them, a data build need not.
    command = ["build"] if unit_tests else ["build", "--exclude-resource-type", "unit_test"]
    if data_dir is not None:
        command += data_vars(data_dir)
    dbt_started = time.monotonic()
    returncode, failed = run_dbt(candidate, project_dir, work_dir, command)
    stages["dbt build"] = time.monotonic() - dbt_started
    if returncode != 0:
        for failure in failed:
            print(failure, file=sys.stderr)
            rows = failing_rows(candidate, failure)
            if rows:
                print(rows, file=sys.stderr)
        remove_database(candidate)
        print(
            f"build failed ({len(failed)} failing node(s)); the published warehouse {published} was left untouched",
            file=sys.stderr,
        )
        return returncode or 1

    # Fold the write-ahead log into the file so that the rename moves the whole database.
    publish_started = time.monotonic()
    with duckdb.connect(str(candidate)) as connection:
        connection.execute("checkpoint")
    os.replace(candidate, published)
    stages["publish"] = time.monotonic() - publish_started
    print(
        f"published {published} in {time.monotonic() - started:.1f} s ("
        + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in stages.items())
        + ")"
    )
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the warehouse and publish it atomically.")
    parser.add_argument("--unit-tests", action="store_true", help="also run the dbt unit tests")
    parser.add_argument("--data", type=Path, help="a folder with seeds/ and documents/ (default: the project's own)")
    arguments = parser.parse_args(argv)
    if arguments.data is not None and not (arguments.data / "seeds").is_dir():
        parser.error(f"{arguments.data}: no seeds/ folder in it (a data folder holds seeds/ and documents/)")
    return build(published_path(), unit_tests=arguments.unit_tests, data_dir=arguments.data)


if __name__ == "__main__":
    if shutil.which(dbt_executable()) is None:
        sys.exit("dbt is not installed: run `make build`, which installs it into .venv")
    sys.exit(main(sys.argv[1:]))
