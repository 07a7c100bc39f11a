"""Build the warehouse and publish it atomically.

    python -m fiscal_warehouse.build [--unit-tests] [--data FOLDER] [--no-wait]

1. take the build's locks (building_lock, fiscal_warehouse/lock.py): a build that finds another
   one running waits for it, or with --no-wait stops; then remove what interrupted builds left;
2. check the inputs against their contract (datapackage.json; documents against SHA256SUMS):
   a problem is reported with file, line and column, and nothing is built;
3. `dbt build` (seeds, models and every data test; with --unit-tests also the dbt unit
   tests of the models' logic, as `make test` does) into a file of this build's own, in a
   folder next to the published file;
4. only if everything passed and that file holds the warehouse, replace the published file
   with it in one rename.

A failed build lists what failed and leaves the published warehouse as it was. Readers
(the DuckDB CLI, BI tools) keep reading the old file until they reconnect.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from fiscal_warehouse import lock
from fiscal_warehouse.dbt_run import DbtRun, dbt_executable, failing_rows, run_dbt
from fiscal_warehouse.inputs import Input, fingerprint, record, recorded
from fiscal_warehouse.manifest import document_problems
from fiscal_warehouse.seeds import validate_seeds

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_WAREHOUSE = PROJECT_DIR / "warehouse" / "fiscal.duckdb"
# A mart every build makes: a candidate without it is not a warehouse, whatever dbt said.
WAREHOUSE_TABLE = "fct_reported_figure"


def published_path() -> Path:
    """Where the warehouse is published: $FISCAL_WAREHOUSE or warehouse/fiscal.duckdb."""
    return Path(os.environ.get("FISCAL_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def candidate_path(published: Path) -> Path:
    """This build's own file, `fiscal.next.<pid>/fiscal.duckdb`: next to the published file, so
    that the rename is atomic, and in a folder of its own that also holds its log and spill."""
    return published.with_name(f"{published.stem}.next.{os.getpid()}") / published.name


def remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)


def remove_leftovers(published: Path) -> list[str]:
    """Remove the candidates interrupted builds left (`fiscal.next.<pid>/`, and the
    `fiscal.next.duckdb` of earlier versions): with the lock held, no other build of this
    warehouse is running."""
    leftover = re.compile(rf"{re.escape(published.stem)}\.next(\.\d+|{re.escape(published.suffix)}(\.wal)?)")
    removed = []
    for path in sorted(published.parent.iterdir()):
        if leftover.fullmatch(path.name):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path.name)
    return removed


def warehouse_problem(candidate: Path) -> str | None:
    """Why the candidate is not a whole warehouse to publish, or None; folds its log into the file."""
    if not candidate.exists():
        return f"{candidate} does not exist"
    try:
        with duckdb.connect(str(candidate)) as connection:
            # Fold the write-ahead log into the file so that the rename moves the whole database.
            connection.execute("checkpoint")
            tables = connection.execute(
                "select count(*), count(*) filter (where table_name = ?)"
                " from duckdb_tables() where schema_name = 'main'",
                [WAREHOUSE_TABLE],
            ).fetchone()
    except duckdb.Error as error:
        return f"{candidate} cannot be opened: {error}"
    if tables[1] != 1:
        return f"{candidate} has no {WAREHOUSE_TABLE} ({tables[0]} table(s) in schema main)"
    if candidate.with_name(candidate.name + ".wal").exists():
        return f"{candidate} still has a write-ahead log after a checkpoint"
    return None


def publish(candidate: Path, published: Path, inputs: dict[str, Input]) -> str | None:
    """Record what the candidate was built from and rename it over the published file, if it holds
    the warehouse; else why not (and the published file stays as it was)."""
    if inputs:
        with duckdb.connect(str(candidate)) as connection:
            record(connection, inputs)
    problem = warehouse_problem(candidate)
    if problem is None:
        # A log some writer left next to the published file belongs to the file being replaced.
        published.with_name(published.name + ".wal").unlink(missing_ok=True)
        os.replace(candidate, published)
    return problem


def data_vars(data_dir: Path) -> list[str]:
    """dbt options that make staging read a data folder's seeds and documents (repo layout)."""
    data_dir = data_dir.resolve()
    variables = {
        "external_seeds_path": str(data_dir / "seeds"),
        **documents_vars(data_dir),
    }
    return ["--vars", json.dumps(variables)]


def documents_vars(data_dir: Path) -> dict[str, str]:
    """Where staging reads the documents, as absolute paths: dbt does not run in the project folder."""
    return {
        "documents_glob": str(data_dir / "documents" / "*.txt"),
        "rendered_documents_glob": str(data_dir / "documents" / "rendered" / "*"),
    }


def report_failure(run: DbtRun, candidate: Path, published: Path) -> None:
    """What failed in this build, each failure first in one line."""
    if run.failures:
        for failure in run.failures:
            print(failure, file=sys.stderr)
            rows = failing_rows(candidate, failure)
            if rows:
                print(rows, file=sys.stderr)
        what = f"{len(run.failures)} failing node(s)"
    else:
        if run.returncode < 0:
            print(f"dbt was killed (signal {-run.returncode}) before it finished: {run.error()}", file=sys.stderr)
        elif not run.wrote_results:
            print(f"dbt stopped without writing run_results.json: {run.error()}", file=sys.stderr)
        else:
            print(f"dbt failed, but its run_results.json names no failing node: {run.error()}", file=sys.stderr)
        print("  dbt's last lines:", file=sys.stderr)
        for line in run.last_lines:
            print(f"    {line}", file=sys.stderr)
        what = f"dbt exit status {run.returncode}"
    print(f"build failed ({what}); the published warehouse {published} was left untouched", file=sys.stderr)


def work_dir(published: Path) -> Path:
    """dbt's work folder (target, logs) next to the warehouse, kept so that the next build parses
    only what changed; warehouses in one folder share it."""
    return published.parent / ".build"


@contextmanager
def building_lock(published: Path, wait: bool | None = None) -> Iterator[None]:
    """Hold, for the block, the locks of a build of `published`: the warehouse's, then that of
    dbt's work folder. Always in this order, so that two builds never each hold one and wait for
    the other. Waits for them, or with wait=False (default: $FISCAL_BUILD_NO_WAIT) raises
    lock.Busy when another build holds one. The thread holding them takes them again at once."""
    wait = lock.waits_by_default() if wait is None else wait
    with lock.holding(lock.lock_file(published), wait), lock.holding(lock.lock_file(work_dir(published)), wait):
        yield


def build(
    published: Path,
    *,
    project_dir: Path = PROJECT_DIR,
    unit_tests: bool = False,
    data_dir: Path | None = None,
    stage_seconds: dict[str, float] | None = None,
    wait: bool | None = None,
    record_inputs: bool = True,
    done: str = "published",
) -> int:
    """Check the seeds, run dbt into a candidate file, publish it; seconds per stage into stage_seconds.

    `done` says what the last line calls the result ("published <file> in … s").

    Holds the build's locks (building_lock) throughout; without waiting for them (wait=False),
    stops with lock.BUSY_EXIT_STATUS if another build holds them."""
    try:
        with building_lock(published, wait):
            return build_holding_the_lock(
                published,
                project_dir=project_dir,
                unit_tests=unit_tests,
                data_dir=data_dir,
                stage_seconds=stage_seconds,
                record_inputs=record_inputs,
                done=done,
            )
    except lock.Busy as busy:
        print(f"build not started: {busy}; not waiting; {published} was not touched", file=sys.stderr)
        return lock.BUSY_EXIT_STATUS


def build_holding_the_lock(
    published: Path,
    *,
    project_dir: Path,
    unit_tests: bool,
    data_dir: Path | None,
    stage_seconds: dict[str, float] | None,
    record_inputs: bool,
    done: str = "published",
) -> int:
    started = time.monotonic()
    stages = stage_seconds if stage_seconds is not None else {}
    removed = remove_leftovers(published)
    if removed:
        print(f"removed what interrupted builds left: {', '.join(removed)}")
    data_root = data_dir or project_dir
    # What this build reads, recorded in the warehouse so that adding a report can tell whether
    # the published file is this folder's build (fiscal_warehouse/incremental.py).
    inputs = (
        fingerprint(project_dir, data_root / "seeds", dbt_seeds=data_dir is None, known=recorded(published))
        if record_inputs
        else {}
    )
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

    candidate = candidate_path(published)
    candidate.parent.mkdir()
    # dbt unit tests check the models' logic, not the data: `make test` runs them, a data build need not.
    command = ["build"] if unit_tests else ["build", "--exclude-resource-type", "unit_test"]
    if data_dir is not None:
        # Staging reads the folder's CSV files: the project's own seeds (and their tests, in
        # seeds/_seeds.yml) have no place in its warehouse; the input contract checks the files.
        command += ["--exclude", "path:seeds", *data_vars(data_dir)]
    else:
        command += ["--vars", json.dumps(documents_vars(project_dir))]
    try:
        dbt_started = time.monotonic()
        run = run_dbt(candidate, project_dir, work_dir(published), command)
        stages["dbt build"] = time.monotonic() - dbt_started
        if run.returncode != 0:
            report_failure(run, candidate, published)
            return run.returncode if run.returncode > 0 else 1

        publish_started = time.monotonic()
        problem = publish(candidate, published, inputs)
        if problem is not None:
            print(f"build failed: dbt passed, but {problem}; {published} was left untouched", file=sys.stderr)
            return 1
        stages["publish"] = time.monotonic() - publish_started
    finally:
        shutil.rmtree(candidate.parent, ignore_errors=True)
    print(
        f"{done} {published} in {time.monotonic() - started:.1f} s ("
        + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in stages.items())
        + ")"
    )
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the warehouse and publish it atomically.")
    parser.add_argument("--unit-tests", action="store_true", help="also run the dbt unit tests")
    parser.add_argument("--data", type=Path, help="a folder with seeds/ and documents/ (default: the project's own)")
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help=f"stop if another build of the warehouse is running, instead of waiting ({lock.NO_WAIT_VARIABLE}=1)",
    )
    arguments = parser.parse_args(argv)
    if arguments.data is not None and not (arguments.data / "seeds").is_dir():
        parser.error(f"{arguments.data}: no seeds/ folder in it (a data folder holds seeds/ and documents/)")
    wait = False if arguments.no_wait else None
    return build(published_path(), unit_tests=arguments.unit_tests, data_dir=arguments.data, wait=wait)


if __name__ == "__main__":
    if shutil.which(dbt_executable()) is None:
        sys.exit("dbt is not installed: run `make build`, which installs it into .venv")
    sys.exit(main(sys.argv[1:]))
