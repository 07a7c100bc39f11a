"""What a warehouse was built from: its seed folder, each seed file's sha256 and the code's.

A build records them in the warehouse it publishes (table meta.build_inputs). Adding a report
compares them with the folder it adds to: when they match, the published warehouse is that
folder's build, and only the new report's rows need building (fiscal_warehouse/incremental.py).

Beside each seed's sha256 the record keeps the file's size and modification time when it was
hashed. A seed whose size and modification time are still those recorded is taken to have the
recorded sha256 without being read again, as make and git trust a file's stat: comparing a
folder of 10,000 reports with its warehouse then reads only the files that changed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

# What decides the warehouse's content besides the seeds.
CODE = ("dbt_project.yml", "models", "macros", "tests/dbt")
TABLE = "meta.build_inputs"


@dataclass(frozen=True)
class Input:
    sha256: str
    file_stat: str = ""  # a seed file's "size mtime_ns" when it was hashed (empty for the others)


def sha256_of(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        with path.open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def file_stat(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size} {stat.st_mtime_ns}"


def fingerprint(
    project_dir: Path, seeds_dir: Path, dbt_seeds: bool, known: dict[str, Input] | None = None
) -> dict[str, Input]:
    """input name → its sha256 (the seed folder's: how the seeds are read, as dbt seeds or as the
    CSV files of a data folder). A seed whose stat is the one `known` (a warehouse's record) gives
    is not read again."""
    known = known or {}
    seeds_dir = seeds_dir.resolve()
    inputs = {"seed folder": Input(f"{'dbt seeds' if dbt_seeds else 'data folder'} {seeds_dir}")}
    for seed in sorted(seeds_dir.glob("*.csv")):
        name, stat = f"seeds/{seed.name}", file_stat(seed)
        same = known.get(name)
        inputs[name] = same if same and same.file_stat == stat else Input(sha256_of([seed], seeds_dir), stat)
    code = []
    for name in CODE:
        path = project_dir / name
        code += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    inputs["code"] = Input(sha256_of([path for path in code if path.exists()], project_dir))
    return inputs


def same_inputs(first: dict[str, Input], second: dict[str, Input]) -> bool:
    """Whether two records name the same inputs with the same sha256 (the stats may differ)."""
    return {name: value.sha256 for name, value in first.items()} == {
        name: value.sha256 for name, value in second.items()
    }


def record(connection: duckdb.DuckDBPyConnection, inputs: dict[str, Input]) -> None:
    connection.execute("create schema if not exists meta")
    connection.execute(
        f"create or replace table {TABLE} (input varchar primary key, sha256 varchar not null, file_stat varchar)"
    )
    connection.executemany(
        f"insert into {TABLE} values (?, ?, ?)",
        [(name, value.sha256, value.file_stat or None) for name, value in sorted(inputs.items())],
    )


def recorded(database: Path) -> dict[str, Input]:
    """The inputs a published warehouse recorded ({} when there is none, or it recorded none)."""
    if not database.exists():
        return {}
    try:
        with duckdb.connect(str(database), read_only=True) as connection:
            rows = connection.execute(f"select * from {TABLE}").fetchall()
    except duckdb.Error:
        return {}
    # A warehouse of an earlier version recorded no stat: its seeds are read again.
    return {row[0]: Input(row[1], (row[2] if len(row) > 2 else None) or "") for row in rows}
