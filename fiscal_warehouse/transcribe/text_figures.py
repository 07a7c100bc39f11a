"""The figures printed inside the seeds' text columns (实际完成情况, 偏差原因, 主要原因 …), read by
fiscal_warehouse/intake/text_figures.py from the seeds the other parts produce, so that a change
of a text column reaches its figures in the same run.

Prints, per report and column, how many figures were found, and lists those it could not place.
"""

from __future__ import annotations

import csv
import io
import sys

from fiscal_warehouse.documents import SEEDS_DIR, report_documents
from fiscal_warehouse.intake.text_figures import SEED, read_text_figures, review, text_columns
from fiscal_warehouse.transcribe.cells import seed_header
from fiscal_warehouse.transcribe.explanations import report_passage


def _rows(seed: str, produced: dict[str, str]) -> list[dict[str, str]]:
    """A seed's rows as this run produces them, or as committed when no part writes it."""
    text = produced.get(f"{seed}.csv")
    if text is None:
        text = (SEEDS_DIR / f"{seed}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def assemble(produced: dict[str, str]) -> dict[str, str]:
    """seed file name -> CSV text of text_column_figures, read from the seeds `produced`."""
    sources = {column.seed_name: _rows(column.seed_name, produced) for column in text_columns()}
    found = []
    for report_id in report_documents():
        mine = {seed: [row for row in rows if row["report_id"] == report_id] for seed, rows in sources.items()}
        if not any(mine.values()):
            continue
        reading = read_text_figures(report_passage(report_id), mine)
        found.extend(reading.rows)
        print(f"{report_id}:", file=sys.stderr)
        for line in review(reading):
            print(line, file=sys.stderr)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=seed_header(SEED), lineterminator="\n")
    writer.writeheader()
    writer.writerows(found)
    return {f"{SEED}.csv": buffer.getvalue()}
