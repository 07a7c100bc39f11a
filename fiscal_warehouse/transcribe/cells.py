"""What the transcription scripts share: printed lines, cells, seed headers.

A cell is a pair (value as printed, line where it starts); NONE is a cell not printed.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from fiscal_warehouse.documents import SEEDS_DIR

NONE = ("", "")


def printed_line(lines: list[str], number: int) -> str:
    """Line `number` of a document, runs of whitespace kept as one space, ends stripped."""
    return re.sub(r"\s+", " ", lines[number - 1]).strip()


def seed_header(seed: str) -> list[str]:
    """The columns of a seed, from its CSV header line."""
    return (SEEDS_DIR / f"{seed}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")


def put(row: dict, column: str, cell: tuple) -> None:
    """Write a cell into a row: the value and, when it is printed, its line."""
    value, line = cell
    row[column] = value
    row[column + "_line"] = str(line) if value != "" else ""


def write_fragment(out_dir: Path, name: str, header: list[str], rows: list[dict]) -> None:
    """Write a fragment CSV file with a seed's header; every row must fill exactly its columns."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / name, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            assert set(row) == set(header), (name, set(row) ^ set(header))
            writer.writerow(row)
