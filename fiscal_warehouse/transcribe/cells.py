"""What the transcription parts share: the seeds' headers, the fragments they write, the text reports."""

from __future__ import annotations

import csv
from pathlib import Path

from fiscal_warehouse.documents import SEEDS_DIR, report_documents
from fiscal_warehouse.intake.explanation_rows import seed_columns


def seed_header(seed: str) -> list[str]:
    """The columns of one of the project's seeds."""
    return seed_columns(SEEDS_DIR, seed)


def text_reports() -> list[str]:
    """The reports whose document is text. A PDF's explanations and tables are read by make
    add-report; its narrative rows are not written yet (see README)."""
    return [report_id for report_id, document in report_documents().items() if not document.endswith(".pdf")]


def write_fragment(out_dir: Path, name: str, header: list[str], rows: list[dict]) -> None:
    """Write a fragment CSV file with a seed's header; every row must fill exactly its columns."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / name, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            assert set(row) == set(header), (name, set(row) ^ set(header))
            writer.writerow(row)
