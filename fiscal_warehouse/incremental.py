"""Adding reports to a published warehouse without rebuilding the others.

A full build grows with the number of reports (minutes at 10,000); a report added to it
changes only its own rows and the few tables that span every report. When the published
warehouse is the build of the folder being added to (same seeds, same code: fiscal_warehouse/
inputs.py), adding

1. builds the new reports alone, from a scratch data folder holding their seed rows, their
   documents and the reference seeds: every model and every test, on their rows;
2. copies the published warehouse and, in every table with a report_id, replaces the new
   reports' rows with the scratch build's (a seed table of the project's own, `dbt seed`
   style, takes them from the scratch folder's CSV files);
3. recomputes every other model table that reads report rows (the subject dimensions, which
   reports extend with the codes they print) from its compiled SQL, and runs its tests;
4. records the folder's inputs and publishes the copy with one rename.

Otherwise (no published warehouse, other seeds or code changed since it was built) the caller
builds in full. tests/python/test_add_report.py shows that the result equals a full build.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from fiscal_warehouse.build import PROJECT_DIR, build, candidate_path, publish
from fiscal_warehouse.inputs import fingerprint, recorded
from fiscal_warehouse.manifest import MANIFEST, read_manifest

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


def applies(published: Path, inputs_before: dict[str, str]) -> bool:
    """Whether the published warehouse is the build of these inputs (so a report can be added alone)."""
    return bool(inputs_before) and recorded(published) == inputs_before


def write_scratch_folder(data_root: Path, report_ids: set[str], scratch: Path) -> None:
    """The reports' seed rows, their documents and every reference seed, in the repo's layout."""
    (scratch / "seeds").mkdir(parents=True)
    (scratch / "documents" / "rendered").mkdir(parents=True)
    documents: list[str] = []
    for seed in sorted((data_root / "seeds").glob("*.csv")):
        with seed.open(encoding="utf-8", newline="") as source:
            reader = csv.reader(source)
            header = next(reader, [])
            if "report_id" not in header:
                shutil.copyfile(seed, scratch / "seeds" / seed.name)
                continue
            key = header.index("report_id")
            rows = [row for row in reader if len(row) > key and row[key] in report_ids]
        with (scratch / "seeds" / seed.name).open("w", encoding="utf-8", newline="") as target:
            writer = csv.writer(target, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
        if seed.name == "reports.csv":
            documents += [row[header.index("source_document")] for row in rows]
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


def merge(candidate: Path, scratch: Path, report_ids: set[str]) -> list[str]:
    """Put the scratch build's rows of report_ids into the candidate; the recomputed tables, in order."""
    nodes = scratch_nodes(scratch / ".build" / "target" / "manifest.json")
    ids = sorted(report_ids)
    placeholders = ", ".join("?" for _ in ids)
    with duckdb.connect(str(candidate)) as connection:
        connection.execute(f"attach '{scratch / 'fiscal.duckdb'}' as added (read_only)")
        published_tables = base_tables(connection, connection.execute("select current_database()").fetchone()[0])
        added_tables = base_tables(connection, "added")
        models = {(node.schema, node.name): node for node in nodes.values() if node.unique_id.startswith("model.")}
        recomputed: list[Node] = []
        connection.execute("begin")
        for (schema, table), has_report_id in sorted(published_tables.items()):
            relation = f'"{schema}"."{table}"'
            if has_report_id:
                connection.execute(f"delete from {relation} where report_id in ({placeholders})", ids)
                if (schema, table) in added_tables:
                    source = f'added."{schema}"."{table}"'
                else:  # a dbt seed of the project's own: the scratch folder's CSV file, as `dbt seed` loads it
                    source = f"read_csv('{scratch / 'seeds' / table}.csv', header = true, all_varchar = true)"
                connection.execute(
                    f"insert into {relation} by name select * from {source} where report_id in ({placeholders})", ids
                )
            elif (schema, table) in models and schema != "staging" and (schema, table) in added_tables:
                # A table over every report's rows (staging tables without a report_id are reference seeds).
                recomputed.append(models[(schema, table)])
        for node in in_dependency_order(recomputed):
            connection.execute(f'delete from "{node.schema}"."{node.name}"')
            connection.execute(f'insert into "{node.schema}"."{node.name}" by name {node.compiled_code}')
        recomputed_ids = {node.unique_id for node in recomputed}
        for test in nodes.values():
            if not test.unique_id.startswith("test.") or not set(test.depends_on) & recomputed_ids:
                continue
            failing = connection.execute(f"select count(*) from ({test.compiled_code}) as failing_rows").fetchone()[0]
            if failing and test.severity == "error":
                connection.execute("rollback")
                raise RuntimeError(f"FAIL: {test.unique_id}: {failing} failing row(s) after adding {', '.join(ids)}")
        connection.execute("commit")
        connection.execute("detach added")
    return [f"{node.schema}.{node.name}" for node in in_dependency_order(recomputed)]


def add(published: Path, data_root: Path, report_ids: set[str], project_dir: Path = PROJECT_DIR) -> int:
    """Build report_ids alone and merge them into a copy of the published warehouse; publish it.

    The caller holds the build's locks. Everything is written under this process's candidate
    folder (`fiscal.next.<pid>/`), which the next build removes if this one is killed."""
    started = time.monotonic()
    candidate = candidate_path(published)
    scratch = candidate.parent / "added"
    try:
        write_scratch_folder(data_root, report_ids, scratch)
        print(f"adding {len(report_ids)} report(s) to {published} without rebuilding the others:", flush=True)
        status = build(
            scratch / "fiscal.duckdb",
            project_dir=project_dir,
            data_dir=scratch,
            record_inputs=False,
            done="built the new report(s) alone, not yet published, into",
        )
        if status != 0:
            return status
        built = time.monotonic()
        shutil.copyfile(published, candidate)
        recomputed = merge(candidate, scratch, report_ids)
        problem = publish(
            candidate, published, fingerprint(project_dir, data_root / "seeds", dbt_seeds=data_root == project_dir)
        )
        if problem is not None:
            raise RuntimeError(problem)
        print(
            f"published {published} in {time.monotonic() - started:.1f} s (the new report(s) alone "
            f"{built - started:.1f} s, merged into the other reports {time.monotonic() - built:.1f} s; "
            f"recomputed {', '.join(recomputed) or 'nothing'})"
        )
        return 0
    except (duckdb.Error, RuntimeError, OSError) as error:
        print(f"{error}\nthe published warehouse {published} was left untouched", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(candidate.parent, ignore_errors=True)
