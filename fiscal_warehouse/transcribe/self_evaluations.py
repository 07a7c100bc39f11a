"""The performance self-evaluation seeds of every report, read by the general readers of the
self-evaluation tables (fiscal_warehouse/intake/self_evaluation.py; a PDF's from its ruled cells,
as make add-report reads them) and of the performance reports' prose
(fiscal_warehouse/intake/performance_reports.py), and corrected by
seeds/reading_overrides.csv.

Writes fragment CSV files into OUT_DIR (`python -m fiscal_warehouse.transcribe` assembles them)
and prints, per report and seed, the reader's own rate: cells right without an override / all
cells, and how long the reading took.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from fiscal_warehouse.documents import DOCUMENTS_DIR, FRAGMENTS_DIR, document_lines, report_documents
from fiscal_warehouse.intake import adding, overrides
from fiscal_warehouse.intake.performance_reports import ReportReading, read_performance_reports
from fiscal_warehouse.intake.self_evaluation import Reading, read
from fiscal_warehouse.intake.self_evaluation_rows import SEEDS, self_evaluation_rows
from fiscal_warehouse.transcribe.cells import seed_header, write_fragment
from fiscal_warehouse.transcribe.explanations import report_passage

OUT_DIR = FRAGMENTS_DIR / "self_evaluations"


def read_report(report_id: str) -> tuple[Reading, ReportReading]:
    """A report's self-evaluation tables and performance reports: a text report's from its lines,
    a PDF's tables from its ruled cells and its reports from its rendering, as make add-report
    reads them."""
    document = report_documents()[report_id]
    if document.endswith(".pdf"):
        added = adding.read_report(DOCUMENTS_DIR / document, report_id)
        return added.self_evaluation, added.performance_reports
    return read(document_lines(report_id)), read_performance_reports(report_passage(report_id))


def main() -> None:
    loaded = overrides.load()
    fragments: dict[str, list[dict[str, str]]] = {seed: [] for seed in SEEDS}
    for report_id in report_documents():
        started = time.perf_counter()
        reading, prose = read_report(report_id)
        seconds = time.perf_counter() - started
        all_cells = all_right = 0
        for seed, found in self_evaluation_rows(report_id, reading, loaded, prose).items():
            fragments[seed].extend(found.rows)
            cells, right = found.cells, found.right
            all_cells, all_right = all_cells + cells, all_right + right
            if cells:
                print(f"  {report_id} {seed}: reader {right}/{cells} cells ({right / cells:.1%})", file=sys.stderr)
        if not all_cells:
            print(f"{report_id}: no self-evaluation table or performance report ({seconds:.2f} s)", file=sys.stderr)
            continue
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
