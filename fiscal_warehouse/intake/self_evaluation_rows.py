"""A report's performance self-evaluation seed rows: what the readers of the self-evaluation
tables and of the performance reports' prose read, with the report's reading overrides applied.
Used by `make add-report` and by the transcription of the text reports."""

from __future__ import annotations

from dataclasses import dataclass

from fiscal_warehouse.intake import overrides
from fiscal_warehouse.intake.explanation_rows import seed_columns
from fiscal_warehouse.intake.performance_reports import ReportReading
from fiscal_warehouse.intake.self_evaluation import Reading

# seed -> its key columns after report_id; what the readers (tables, prose) yield for it
SEEDS = {
    "performance_evaluations": (["evaluation_no"], lambda tables, prose: tables.evaluations),
    "performance_funds": (["evaluation_no", "ordinal"], lambda tables, prose: tables.funds),
    "performance_goals": (["evaluation_no", "goal_no"], lambda tables, prose: tables.goals),
    "performance_indicators": (["evaluation_no", "ordinal"], lambda tables, prose: tables.indicators),
    "performance_report_figures": (["report_section", "ordinal"], lambda tables, prose: prose.rows),
}


@dataclass
class SeedRows:
    """A seed's rows after the overrides, its cells, and the cells the readers read right by themselves."""

    rows: list[dict[str, str]]
    cells: int
    right: int


def numeric_order(row: dict[str, str], keys: list[str]) -> tuple:
    return tuple(int(row[key]) if row[key].isdigit() else 0 for key in keys)


def self_evaluation_rows(
    report_id: str, reading: Reading, loaded: list[overrides.Override], prose: ReportReading | None = None
) -> dict[str, SeedRows]:
    """Seed name -> the report's rows (every column of the seed: a PDF's cells cite page and line,
    a text's line only) and the readers' own rate."""
    result = {}
    for seed, (keys, rows_of) in SEEDS.items():
        header = seed_columns(seed)
        read_rows = [{"report_id": report_id, **row} for row in rows_of(reading, prose or ReportReading())]
        mine = [item for item in loaded if item.report_id == report_id]
        applied = overrides.apply(seed, ["report_id", *keys], [dict(row) for row in read_rows], mine, header)
        rows = [{column: row.get(column, "") for column in header} | {"report_id": report_id} for row in applied.rows]
        if all(all(row[key].isdigit() for key in keys) for row in rows):
            rows.sort(key=lambda row: numeric_order(row, keys))
        as_read = {overrides.row_key(row, keys): row for row in read_rows}
        cells = right = 0
        for row in rows:
            by_reader = as_read.get(overrides.row_key(row, keys), {})
            for column in header[1:]:
                cells += 1
                right += by_reader.get(column, "") == row[column]
        result[seed] = SeedRows(rows, cells, right)
    return result
