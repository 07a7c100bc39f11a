"""What the transcription parts share: the seeds' headers, the fragments they write, the text reports."""

from __future__ import annotations

import csv
from pathlib import Path

from fiscal_warehouse.documents import SEEDS_DIR, report_documents
from fiscal_warehouse.intake.explanation_rows import seed_columns
from fiscal_warehouse.intake.seed_rows import read_seed


def seed_header(seed: str) -> list[str]:
    """The columns of one of the project's seeds."""
    return seed_columns(seed)


def explained_reports() -> dict[str, str]:
    """The reports whose explanations are written into the narrative seeds, with their kind of
    document (final_accounts or budget, whose explanations have sections of their own): every
    report, text or PDF (a PDF's from its text rendering)."""
    _, reports = read_seed(SEEDS_DIR / "reports.csv")
    kinds = {row["report_id"]: row["document_kind"] for row in reports}
    return {report_id: kinds.get(report_id, "final_accounts") for report_id in report_documents()}


def write_fragment(out_dir: Path, name: str, header: list[str], rows: list[dict]) -> None:
    """Write a fragment CSV file with a seed's header; every row must fill exactly its columns."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / name, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            assert set(row) == set(header), (name, set(row) ^ set(header))
            writer.writerow(row)
