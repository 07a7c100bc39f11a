"""What a warehouse was built from: its seed folder, each seed file's sha256 and the code's.

A build records them in the warehouse it publishes (table meta.build_inputs). Adding a report
compares them with the folder it adds to: when they match, the published warehouse is that
folder's build, and only the new report's rows need building (fiscal_warehouse/incremental.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

# What decides the warehouse's content besides the seeds.
CODE = ("dbt_project.yml", "models", "macros", "tests/dbt")
TABLE = "meta.build_inputs"


def sha256_of(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        with path.open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def fingerprint(project_dir: Path, seeds_dir: Path, dbt_seeds: bool) -> dict[str, str]:
    """input name → sha256 (or how the seeds are read: as dbt seeds, or CSV files of a data folder)."""
    seeds_dir = seeds_dir.resolve()
    inputs = {"seed folder": f"{'dbt seeds' if dbt_seeds else 'data folder'} {seeds_dir}"}
    for seed in sorted(seeds_dir.glob("*.csv")):
        inputs[f"seeds/{seed.name}"] = sha256_of([seed], seeds_dir)
    code = []
    for name in CODE:
        path = project_dir / name
        code += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    inputs["code"] = sha256_of([path for path in code if path.exists()], project_dir)
    return inputs


def record(connection: duckdb.DuckDBPyConnection, inputs: dict[str, str]) -> None:
    connection.execute("create schema if not exists meta")
    connection.execute(f"create or replace table {TABLE} (input varchar primary key, sha256 varchar not null)")
    connection.executemany(f"insert into {TABLE} values (?, ?)", sorted(inputs.items()))


def recorded(database: Path) -> dict[str, str]:
    """The inputs a published warehouse recorded ({} when there is none, or it recorded none)."""
    if not database.exists():
        return {}
    try:
        with duckdb.connect(str(database), read_only=True) as connection:
            return dict(connection.execute(f"select input, sha256 from {TABLE}").fetchall())
    except duckdb.Error:
        return {}
