"""Adding reports to a published warehouse without rebuilding the others.

A full build grows with the number of reports (minutes at 10,000); a report added to it
changes only its own rows and the few tables that span every report. When the published
warehouse is the build of the folder being added to (same seeds, same code: fiscal_warehouse/
inputs.py), adding

1. builds the new reports alone, from a scratch data folder holding their seed rows, their
   documents and the reference seeds: every model and every test, on their rows. The scratch
   folder and dbt's work folder keep their place from add to add (`<warehouse>.added/`), so dbt
   parses the project again only when it changed;
2. meanwhile copies the published warehouse; then, in every table with a report_id, replaces the
   new reports' rows with the scratch build's (a seed table of the project's own, `dbt seed`
   style, takes them from the scratch folder's CSV files);
3. recomputes every other model table that reads report rows (the subject dimensions, which
   reports extend with the codes they print) from its compiled SQL, and runs its tests;
4. records the folder's inputs and publishes the copy with one rename.

Nothing in it reads the other reports' seed rows: the new reports' rows are the ones just
appended to the seeds (or, when a report is replaced, found by reading each seed), and what
the other reports contribute is already in the published warehouse.

Otherwise (no published warehouse, other seeds or code changed since it was built) the caller
builds in full. tests/python/test_incremental.py shows that the result equals a full build.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import duckdb

from fiscal_warehouse.build import PROJECT_DIR, build, candidate_path, publish, remove_database
from fiscal_warehouse.inputs import Input, fingerprint, recorded, same_inputs
from fiscal_warehouse.manifest import MANIFEST, read_manifest
from fiscal_warehouse.stopwatch import Stopwatch

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True)
class Node:
    """A dbt model or test of the scratch build, from its manifest."""

    unique_id: str
    schema: str
    name: str
    compiled_code: str
    depends_on: tuple[str, ...]
    severity: str


def applies(published: Path, inputs_before: dict[str, Input]) -> bool:
    """Whether the published warehouse is the build of these inputs (so a report can be added alone)."""
    return bool(inputs_before) and same_inputs(recorded(published), inputs_before)


def write_scratch_folder(
    data_root: Path, report_ids: set[str], scratch: Path, appended: dict[str, int] | None = None
) -> None:
    """The reports' seed rows, their documents and every reference seed, in the repo's layout.

    `appended` (seed file name → byte offset) says that the reports' rows are exactly those from
    that offset of each named seed, as adding new reports appends them: only those bytes are
    read. Without it, every seed with a report_id is read for the reports' rows."""
    (scratch / "seeds").mkdir(parents=True)
    (scratch / "documents" / "rendered").mkdir(parents=True)
    for seed in sorted((data_root / "seeds").glob("*.csv")):
        with seed.open("rb") as source:
            header_line = source.readline()
            header = next(csv.reader([header_line.decode("utf-8")]), [])
            if "report_id" not in header:
                shutil.copyfile(seed, scratch / "seeds" / seed.name)
                continue
            with (scratch / "seeds" / seed.name).open("wb") as target:
                target.write(header_line)
                if appended is None:
                    target.write(report_rows(source, header, report_ids).encode("utf-8"))
                elif seed.name in appended:
                    source.seek(max(appended[seed.name], len(header_line)))
                    shutil.copyfileobj(source, target)
    with (scratch / "seeds" / "reports.csv").open(encoding="utf-8", newline="") as reports:
        documents = [row["source_document"] for row in csv.DictReader(reports)]
    copied = set()
    for name in documents:
        for relative in (name, f"rendered/{name}.txt"):
            if (data_root / "documents" / relative).exists():
                shutil.copyfile(data_root / "documents" / relative, scratch / "documents" / relative)
                copied.add(relative)
    # The manifest lines of the documents copied, so the scratch build checks them as a full build does.
    listed, _ = read_manifest(data_root / "documents" / MANIFEST)
    lines = [f"{sha256}  {name}\n" for name, sha256 in listed.items() if name in copied]
    (scratch / "documents" / MANIFEST).write_text("".join(lines), encoding="utf-8")


def report_rows(source: BinaryIO, header: list[str], report_ids: set[str]) -> str:
    """The rows of report_ids in the rest of a seed file, as CSV text."""
    key = header.index("report_id")
    reader = csv.reader(io.TextIOWrapper(source, encoding="utf-8", newline=""))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(
        row for row in reader if len(row) > key and row[key] in report_ids
    )
    return buffer.getvalue()


def scratch_nodes(manifest_path: Path) -> dict[str, Node]:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    return {
        unique_id: Node(
            unique_id,
            node.get("schema", ""),
            node.get("alias") or node["name"],
            node.get("compiled_code") or "",
            tuple(node.get("depends_on", {}).get("nodes", [])),
            str(node.get("config", {}).get("severity", "error")).lower(),
        )
        for unique_id, node in manifest["nodes"].items()
        if node["resource_type"] in ("model", "test")
    }


def base_tables(connection: duckdb.DuckDBPyConnection, database: str) -> dict[tuple[str, str], bool]:
    """(schema, table) → whether it has a report_id column, for the base tables of a database."""
    rows = connection.execute(
        """
        select tables.schema_name, tables.table_name, bool_or(columns.column_name = 'report_id')
        from duckdb_tables() as tables
        inner join duckdb_columns() as columns
            on tables.database_name = columns.database_name
            and tables.schema_name = columns.schema_name
            and tables.table_name = columns.table_name
        where tables.database_name = ?
        group by all
        """,
        [database],
    ).fetchall()
    return {(schema, table): has_report_id for schema, table, has_report_id in rows}


def in_dependency_order(nodes: list[Node]) -> list[Node]:
    ordered: list[Node] = []
    remaining = {node.unique_id: node for node in nodes}
    while remaining:
        ready = [node for node in remaining.values() if not set(node.depends_on) & remaining.keys()]
        for node in sorted(ready, key=lambda node: node.unique_id):
            ordered.append(node)
            del remaining[node.unique_id]
    return ordered


def merge(candidate: Path, added: Path, seeds: Path, report_ids: set[str], stopwatch: Stopwatch) -> list[str]:
    """Put the rows of report_ids of the scratch build `added` (built from `seeds`) into the
    candidate; the recomputed tables, in order."""
    nodes = scratch_nodes(added.parent / ".build" / "target" / "manifest.json")
    ids = sorted(report_ids)
    placeholders = ", ".join("?" for _ in ids)
    with duckdb.connect(str(candidate)) as connection:
        connection.execute(f"attach '{added}' as added (read_only)")
        published_tables = base_tables(connection, connection.execute("select current_database()").fetchone()[0])
        added_tables = base_tables(connection, "added")
        models = {(node.schema, node.name): node for node in nodes.values() if node.unique_id.startswith("model.")}
        # Reports new to the warehouse have no rows in it to delete: a delete would scan every table.
        replaced = connection.execute(
            f"select count(*) from main.dim_report where report_id in ({placeholders})", ids
        ).fetchone()[0]
        recomputed: list[Node] = []
        connection.execute("begin")
        with stopwatch.stage("merge: the new rows"):
            for (schema, table), has_report_id in sorted(published_tables.items()):
                relation = f'"{schema}"."{table}"'
                if has_report_id:
                    if replaced:
                        connection.execute(f"delete from {relation} where report_id in ({placeholders})", ids)
                    if (schema, table) in added_tables:
                        source = f'added."{schema}"."{table}"'
                    else:  # a dbt seed of the project's own: the scratch folder's CSV file, as `dbt seed` loads it
                        source = f"read_csv('{seeds / table}.csv', header = true, all_varchar = true)"
                    connection.execute(
                        f"insert into {relation} by name select * from {source} where report_id in ({placeholders})",
                        ids,
                    )
                elif (schema, table) in models and schema != "staging" and (schema, table) in added_tables:
                    # A table over every report's rows (staging tables without a report_id are reference seeds).
                    recomputed.append(models[(schema, table)])
        with stopwatch.stage("merge: tables over every report"):
            for node in in_dependency_order(recomputed):
                connection.execute(f'delete from "{node.schema}"."{node.name}"')
                connection.execute(f'insert into "{node.schema}"."{node.name}" by name {node.compiled_code}')
        with stopwatch.stage("merge: their tests"):
            recomputed_ids = {node.unique_id for node in recomputed}
            for test in nodes.values():
                if not test.unique_id.startswith("test.") or not set(test.depends_on) & recomputed_ids:
                    continue
                failing = connection.execute(f"select count(*) from ({test.compiled_code}) as failing_rows").fetchone()[
                    0
                ]
                if failing and test.severity == "error":
                    connection.execute("rollback")
                    added_ids = ", ".join(ids)
                    raise RuntimeError(f"FAIL: {test.unique_id}: {failing} failing row(s) after adding {added_ids}")
        connection.execute("commit")
        connection.execute("detach added")
    return [f"{node.schema}.{node.name}" for node in in_dependency_order(recomputed)]


def scratch_place(published: Path) -> Path:
    """Where the new reports are built alone: `<warehouse>.added/` beside the published file, the
    same from add to add so that dbt's work folder in it parses only what changed."""
    return published.with_name(f"{published.stem}.added")


def add(
    published: Path,
    data_root: Path,
    report_ids: set[str],
    inputs_before: dict[str, Input],
    appended: dict[str, int] | None = None,
    project_dir: Path = PROJECT_DIR,
    stopwatch: Stopwatch | None = None,
) -> int:
    """Build report_ids alone and merge them into a copy of the published warehouse; publish it.

    `appended`: where the reports' rows begin in each seed they were appended to (see
    write_scratch_folder). The caller holds the build's locks. The copy is written under this
    process's candidate folder (`fiscal.next.<pid>/`), which the next build removes if this one
    is killed."""
    stopwatch = stopwatch or Stopwatch()
    started = time.monotonic()
    candidate = candidate_path(published)
    scratch = scratch_place(published)
    data = scratch / "data"
    copy = Copy(published, candidate)
    try:
        remove_scratch(scratch, published)
        with stopwatch.stage("scratch folder"):
            write_scratch_folder(data_root, report_ids, data, appended)
        print(f"adding {len(report_ids)} report(s) to {published} without rebuilding the others:", flush=True)
        copy.start()
        build_stages: dict[str, float] = {}
        status = build(
            scratch / published.name,
            project_dir=project_dir,
            data_dir=data,
            record_inputs=False,
            stage_seconds=build_stages,
            done="built the new report(s) alone, not yet published, into",
        )
        for stage, seconds in build_stages.items():
            stopwatch.add(f"new report(s) alone: {stage}", seconds)
        if status != 0:
            return status
        built = time.monotonic()
        with stopwatch.stage("waiting for the copy of the warehouse"):
            copy.finish()
        recomputed = merge(candidate, scratch / published.name, data / "seeds", report_ids, stopwatch)
        with stopwatch.stage("publish"):
            inputs = fingerprint(
                project_dir, data_root / "seeds", dbt_seeds=data_root == project_dir, known=inputs_before
            )
            problem = publish(candidate, published, inputs)
        if problem is not None:
            raise RuntimeError(problem)
        print(
            f"published {published} in {time.monotonic() - started:.1f} s (the new report(s) alone "
            f"{built - started:.1f} s, the warehouse copied alongside in {copy.seconds:.1f} s, merged into "
            f"the other reports {time.monotonic() - built:.1f} s; recomputed {', '.join(recomputed) or 'nothing'})"
        )
        return 0
    except (duckdb.Error, RuntimeError, OSError) as error:
        print(f"{error}\nthe published warehouse {published} was left untouched", file=sys.stderr)
        return 1
    finally:
        copy.finish(raise_error=False)
        shutil.rmtree(candidate.parent, ignore_errors=True)
        remove_scratch(scratch, published)


def remove_scratch(scratch: Path, published: Path) -> None:
    """The scratch folder's data and database; dbt's work folder stays, for the next add."""
    shutil.rmtree(scratch / "data", ignore_errors=True)
    remove_database(scratch / published.name)


class Copy:
    """The published warehouse copied into the candidate in a thread of its own, while the new
    reports build: the copy grows with the warehouse, the build of one report does not."""

    def __init__(self, published: Path, candidate: Path) -> None:
        self.published, self.candidate = published, candidate
        self.thread: threading.Thread | None = None
        self.error: OSError | None = None
        self.seconds = 0.0

    def start(self) -> None:
        self.candidate.parent.mkdir(parents=True, exist_ok=True)
        self.thread = threading.Thread(target=self.run, name="copy of the warehouse", daemon=True)
        self.thread.start()

    def run(self) -> None:
        started = time.monotonic()
        try:
            shutil.copyfile(self.published, self.candidate)
        except OSError as error:
            self.error = error
        self.seconds = time.monotonic() - started

    def finish(self, raise_error: bool = True) -> None:
        if self.thread is not None:
            self.thread.join()
        if self.error is not None and raise_error:
            raise self.error
