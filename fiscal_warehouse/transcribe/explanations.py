"""The narrative seeds of the text reports: the general reader of the explanations plus the
per-report corrections of seeds/reading_overrides.csv.

Prints the reader's own rate (cells right without an override / all cells) per report and seed.
"""

from __future__ import annotations

import time
from pathlib import Path

from fiscal_warehouse.documents import DOCUMENTS_DIR, SEEDS_DIR, report_documents
from fiscal_warehouse.intake import overrides
from fiscal_warehouse.intake.explanations import key_columns, read_explanations
from fiscal_warehouse.intake.passage import Passage
from fiscal_warehouse.transcribe.cells import seed_header, write_fragment

# Where the seeds are written; `python -m fiscal_warehouse.transcribe` points it at a scratch folder.
OUT_DIR = SEEDS_DIR

NARRATIVE_SEEDS = [
    "unit_overview_figures",
    "unit_organisations",
    "income_expenditure_totals",
    "income_by_source",
    "expenditure_by_type",
    "fiscal_appropriation_totals",
    "general_budget_expenditure",
    "general_budget_economic_classes",
    "basic_expenditure_items",
    "three_public_expenses",
    "three_public_expenses_activity",
    "operating_costs",
    "procurement",
    "state_assets",
    "performance_summary",
    "performance_project_paragraphs",
    "restated_figures",
]


def text_reports() -> list[str]:
    """The reports whose document is a text file, in the order of reports.csv."""
    return [report_id for report_id, document in report_documents().items() if not document.endswith(".pdf")]


def in_document_order(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows by the first line of any of their values; a row that prints no value stays after
    the row before it."""
    keyed, line = [], 0
    for row in rows:
        lines = [int(value) for column, value in row.items() if column.endswith("_line") and value]
        line = min(lines, default=line)
        keyed.append((line, row))
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def read_report(report_id: str, corrections: list[overrides.Override]) -> dict[str, overrides.Applied]:
    document = DOCUMENTS_DIR / report_documents()[report_id]
    started = time.perf_counter()
    reading = read_explanations(Passage.of_text(document.read_text(encoding="utf-8")), report_id)
    seconds = time.perf_counter() - started
    print(f"{report_id}: explanations read in {seconds:.2f} s; {len(reading.unread)} places not read")
    mine = [override for override in corrections if override.report_id == report_id]
    applied = {}
    for seed in NARRATIVE_SEEDS:
        header = seed_header(seed)
        rows = [{column: row.get(column, "") for column in header} for row in reading.rows.get(seed, [])]
        result = overrides.apply(seed, ["report_id", *key_columns(seed)], rows, mine, header)
        result.rows = in_document_order([{column: row.get(column, "") for column in header} for row in result.rows])
        applied[seed] = result
    return applied


def main() -> None:
    corrections = overrides.load()
    by_seed: dict[str, list[dict[str, str]]] = {seed: [] for seed in NARRATIVE_SEEDS}
    for report_id in text_reports():
        applied = read_report(report_id, corrections)
        for seed, result in applied.items():
            by_seed[seed].extend(result.rows)
            if result.cells:
                right = result.cells - result.overridden
                print(f"  {seed}: reader rate {result.reader_rate:.1%} ({right}/{result.cells} cells)")
        cells = sum(result.cells for result in applied.values())
        right = cells - sum(result.overridden for result in applied.values())
        print(f"{report_id}: reader rate {right / max(cells, 1):.1%} ({right}/{cells} cells)")
    for seed, rows in by_seed.items():
        write_fragment(Path(OUT_DIR), f"{seed}.csv", seed_header(seed), rows)


if __name__ == "__main__":
    main()
