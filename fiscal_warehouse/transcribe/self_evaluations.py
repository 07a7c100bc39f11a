"""The performance self-evaluation seeds of the text reports, read by the general readers of the
self-evaluation tables (fiscal_warehouse/intake/self_evaluation.py) and of the performance
reports' prose (fiscal_warehouse/intake/performance_reports.py), and corrected by
seeds/reading_overrides.csv.

Writes fragment CSV files into OUT_DIR (`python -m fiscal_warehouse.transcribe` assembles them)
and prints, per report and seed, the reader's own rate: cells right without an override / all
cells, and how long the reading took.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from fiscal_warehouse.documents import FRAGMENTS_DIR, document_lines
from fiscal_warehouse.intake import overrides
from fiscal_warehouse.intake.performance_reports import ReportReading, read_performance_reports
from fiscal_warehouse.intake.self_evaluation import Reading, read
from fiscal_warehouse.transcribe.cells import seed_header, text_reports, write_fragment
from fiscal_warehouse.transcribe.explanations import report_passage

OUT_DIR = FRAGMENTS_DIR / "self_evaluations"
# seed -> its key columns after report_id; what the readers (tables, prose) yield for it
SEEDS = {
    "performance_evaluations": (["evaluation_no"], lambda tables, prose: tables.evaluations),
    "performance_funds": (["evaluation_no", "ordinal"], lambda tables, prose: tables.funds),
    "performance_goals": (["evaluation_no", "goal_no"], lambda tables, prose: tables.goals),
    "performance_indicators": (["evaluation_no", "ordinal"], lambda tables, prose: tables.indicators),
    "performance_report_figures": (["report_section", "ordinal"], lambda tables, prose: prose.rows),
}


def numeric_order(row: dict[str, str], keys: list[str]) -> tuple:
    return tuple(int(row[key]) if row[key].isdigit() else 0 for key in keys)


def corrected_rows(
    report_id: str, reading: Reading, loaded: list[overrides.Override], prose: ReportReading | None = None
) -> dict[str, tuple]:
    """seed -> (rows after the overrides, cells, cells the readers read right by themselves)."""
    result = {}
    for seed, (keys, rows_of) in SEEDS.items():
        header = seed_header(seed)
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
        result[seed] = (rows, cells, right)
    return result


def main() -> None:
    loaded = overrides.load()
    fragments: dict[str, list[dict[str, str]]] = {seed: [] for seed in SEEDS}
    for report_id in text_reports():
        started = time.perf_counter()
        reading = read(document_lines(report_id))
        prose = read_performance_reports(report_passage(report_id))
        seconds = time.perf_counter() - started
        all_cells = all_right = 0
        for seed, (rows, cells, right) in corrected_rows(report_id, reading, loaded, prose).items():
            fragments[seed].extend(rows)
            all_cells, all_right = all_cells + cells, all_right + right
            if cells:
                print(f"  {report_id} {seed}: reader {right}/{cells} cells ({right / cells:.1%})", file=sys.stderr)
        print(
            f"{report_id}: self-evaluation tables and reports read in {seconds:.2f} s; "
            f"reader {all_right}/{all_cells} cells "
            f"({all_right / max(all_cells, 1):.1%}), the rest from seeds/{overrides.OVERRIDES_FILE}; "
            f"{len(reading.unread)} places listed as not read",
            file=sys.stderr,
        )
        if prose.rows:
            print(f"  {report_id} performance reports: {len(prose.unread)} figures named by no words", file=sys.stderr)
    for seed, rows in fragments.items():
        write_fragment(Path(OUT_DIR), f"{seed}.csv", seed_header(seed), rows)


if __name__ == "__main__":
    main()
