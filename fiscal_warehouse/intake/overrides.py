"""Per-report corrections to what the general readers read, kept as data.

`seeds/reading_overrides.csv` holds one row per corrected cell: the report, the seed, the row
(its primary-key values joined by '|', as in restated_figures), the column, the value as
printed, where it is printed (page for a PDF, line) and why the reader's own reading is not
used. A row the reader does not produce at all is given cell by cell (every column of the row
an override with the same key); a row the reader produces but should not is dropped by an
override of the pseudo-column `_row` with the value `drop`.

The readers never name a report, a line or an amount: whatever a report needs beyond them is
here, where a reviewer sees it (the seed is loaded into the warehouse like any other).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from fiscal_warehouse.documents import SEEDS_DIR

OVERRIDES_FILE = "reading_overrides.csv"
HEADER = ["report_id", "seed_name", "row_key", "column_name", "printed_text", "value_page", "value_line", "reason"]
DROP_ROW = ("_row", "drop")


@dataclass(frozen=True)
class Override:
    report_id: str
    seed_name: str
    row_key: str
    column_name: str
    printed_text: str
    value_page: str
    value_line: str
    reason: str


def load(seeds_dir: Path = SEEDS_DIR) -> list[Override]:
    path = seeds_dir / OVERRIDES_FILE
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != HEADER:
            raise SystemExit(f"{path}: header must be {','.join(HEADER)}")
        return [Override(**row) for row in reader]


def row_key(row: dict[str, str], key_columns: list[str]) -> str:
    return "|".join(row[column] for column in key_columns)


def key_cells(key: str, key_columns: list[str], report_id: str) -> dict[str, str]:
    """The key columns of a row only the overrides give, from its key (when no key value holds a '|')."""
    parts = key.split("|")
    cells = dict(zip(key_columns, parts, strict=True)) if len(parts) == len(key_columns) else {}
    return cells | {"report_id": report_id}


@dataclass
class Applied:
    """Rows after the overrides, and how many of their cells the reader read right by itself."""

    rows: list[dict[str, str]]
    cells: int
    overridden: int

    @property
    def reader_rate(self) -> float:
        return 1.0 if self.cells == 0 else (self.cells - self.overridden) / self.cells


def apply(
    seed_name: str,
    key_columns: list[str],
    rows: list[dict[str, str]],
    overrides: list[Override],
    header: list[str] | None = None,
) -> Applied:
    """The reader's rows of one seed with that seed's overrides applied, in the reader's order
    (rows given only by overrides come after the rows of their report).

    A cell `X` overridden also takes its place from the override: `X_line` (and `X_page`, when
    the seed has it) are set from value_line / value_page when the seed has those columns
    (`header`: the seed's columns, needed when the reader read no row of it).
    """
    mine = [override for override in overrides if override.seed_name == seed_name]
    by_key = {row_key(row, key_columns): row for row in rows}
    header = header or (list(rows[0]) if rows else [])
    added: dict[str, dict[str, str]] = {}
    overridden = 0
    dropped: set[str] = set()
    for override in mine:
        key = override.row_key
        if (override.column_name, override.printed_text) == DROP_ROW:
            dropped.add(key)
            overridden += 1
            continue
        row = by_key.get(key)
        if row is None:
            row = added.setdefault(key, key_cells(key, key_columns, override.report_id))
        elif row.get(override.column_name) == override.printed_text:
            raise SystemExit(
                f"seeds/{OVERRIDES_FILE}: {seed_name} {key} {override.column_name}: the reader already reads "
                f"{override.printed_text!r}; remove the override"
            )
        row[override.column_name] = override.printed_text
        if f"{override.column_name}_line" in (header or row):
            row[f"{override.column_name}_line"] = override.value_line
        if f"{override.column_name}_page" in (header or row):
            row[f"{override.column_name}_page"] = override.value_page
        overridden += 1
    result = [row for row in rows if row_key(row, key_columns) not in dropped]
    result.extend(added.values())
    cells = sum(len(row) for row in result)
    return Applied(result, cells, overridden)
