"""The narrative seeds of every report, final accounts or budget (text, or a PDF's text rendering): the
general reader of the explanations plus the per-report corrections of seeds/reading_overrides.csv.

Prints the reader's own rate (cells right without an override / all cells) per report and seed.
"""

from __future__ import annotations

import time
from pathlib import Path

from fiscal_warehouse.documents import DOCUMENTS_DIR, SEEDS_DIR, report_documents
from fiscal_warehouse.intake import overrides
from fiscal_warehouse.intake.explanation_rows import NARRATIVE_SEEDS, narrative_rows
from fiscal_warehouse.intake.explanations import read_explanations
from fiscal_warehouse.intake.passage import Passage
from fiscal_warehouse.transcribe.cells import explained_reports, seed_header, write_fragment

# Where the seeds are written; `python -m fiscal_warehouse.transcribe` points it at a scratch folder.
OUT_DIR = SEEDS_DIR


def report_passage(report_id: str) -> Passage:
    """A report's text: the document itself, or a PDF's text rendering (cited by page and line)."""
    document = report_documents()[report_id]
    if document.endswith(".pdf"):
        return Passage.of_rendered_pdf((DOCUMENTS_DIR / "rendered" / f"{document}.txt").read_text(encoding="utf-8"))
    return Passage.of_text((DOCUMENTS_DIR / document).read_text(encoding="utf-8"))


def read_report(
    report_id: str, document_kind: str, corrections: list[overrides.Override]
) -> dict[str, overrides.Applied]:
    started = time.perf_counter()
    reading = read_explanations(report_passage(report_id), report_id, document_kind)
    seconds = time.perf_counter() - started
    print(f"{report_id}: explanations read in {seconds:.2f} s; {len(reading.unread)} places not read")
    return narrative_rows(reading, report_id, corrections)


def main() -> None:
    corrections = overrides.load()
    by_seed: dict[str, list[dict[str, str]]] = {seed: [] for seed in NARRATIVE_SEEDS}
    for report_id, document_kind in explained_reports().items():
        applied = read_report(report_id, document_kind, corrections)
        for seed, result in applied.items():
            by_seed[seed].extend(result.rows)
            if result.cells:
                right = result.cells - result.overridden
                print(f"  {seed}: reader rate {result.reader_rate:.1%} ({right}/{result.cells} cells)")
        cells = sum(result.cells for result in applied.values())
        right = cells - sum(result.overridden for result in applied.values())
        if cells:
            print(f"{report_id}: reader rate {right / cells:.1%} ({right}/{cells} cells)")
        else:
            print(f"{report_id}: no explanation sentence of the templates matched (0 cells)")
    for seed, rows in by_seed.items():
        write_fragment(Path(OUT_DIR), f"{seed}.csv", seed_header(seed), rows)


if __name__ == "__main__":
    main()
