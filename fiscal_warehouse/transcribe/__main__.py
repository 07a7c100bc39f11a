"""Regenerate every transcription seed from the general readers and the reading overrides.

    python -m fiscal_warehouse.transcribe            # rewrite seeds/
    python -m fiscal_warehouse.transcribe --check    # fail if seeds/ differ from what the readers read

Two general readers, one per kind of document part, read every report (a PDF's text rendering,
and its ruled cells for the self-evaluation tables): the explanations
(transcribe/explanations.py: fiscal_warehouse/intake/explanations.py) and the self-evaluation
tables (transcribe/self_evaluations.py: fiscal_warehouse/intake/self_evaluation.py). What they
cannot read is corrected by seeds/reading_overrides.csv, never by code; each part prints the
reader's own rate. This module runs the parts into a scratch folder and concatenates the
fragments of each seed in the order of reports.csv. Then the figures printed inside the text
columns of those seeds are read (transcribe/text_figures.py) into text_column_figures.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
import tempfile
from pathlib import Path

from fiscal_warehouse.documents import SEEDS_DIR
from fiscal_warehouse.transcribe import text_figures
from fiscal_warehouse.transcribe.cells import seed_header

# In the order their rows appear in the seeds.
PARTS = [
    "explanations",
    "self_evaluations",
]


def run_part(name: str, out_dir: Path) -> None:
    module = importlib.import_module(f"fiscal_warehouse.transcribe.{name}")
    out_dir.mkdir(parents=True)
    module.OUT_DIR = out_dir
    module.main()


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def assemble(scratch: Path) -> dict[str, str]:
    """seed file name -> CSV text, from the fragments of every part."""
    fragments: dict[str, list[Path]] = {}
    for index, name in enumerate(PARTS):
        out_dir = scratch / f"{index:02d}_{name}"
        run_part(name, out_dir)
        for path in sorted(out_dir.glob("*.csv")):
            fragments.setdefault(path.name, []).append(path)
    # Reports in the order of reports.csv, as make add-report keeps the seeds.
    _, reports = read_rows(SEEDS_DIR / "reports.csv")
    position = {row["report_id"]: index for index, row in enumerate(reports)}
    assembled = {}
    for seed, paths in sorted(fragments.items()):
        header = seed_header(seed.removesuffix(".csv"))  # the contract's columns
        rows = []
        for path in paths:
            fragment_header, fragment_rows = read_rows(path)
            if fragment_header != header:
                raise SystemExit(f"{path}: header differs from {seed}'s in datapackage.json")
            rows.extend(fragment_rows)
        rows.sort(key=lambda row: position.get(row["report_id"], len(position)))  # stable: keeps document order
        with tempfile.SpooledTemporaryFile(mode="w+", encoding="utf-8", newline="") as buffer:
            writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            buffer.seek(0)
            assembled[seed] = buffer.read()
    assembled.update(text_figures.assemble(assembled))  # from the text columns just assembled
    return assembled


def _committed(seed: str) -> str | None:
    path = SEEDS_DIR / seed
    return path.read_text(encoding="utf-8") if path.exists() else None  # a new seed differs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with seeds/ instead of writing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fiscal-transcription-") as scratch:
        assembled = assemble(Path(scratch))
    differing = [seed for seed, text in assembled.items() if _committed(seed) != text]
    if args.check:
        for seed in differing:
            print(f"seeds/{seed} differs from what the readers and the overrides produce")
        return 1 if differing else 0
    for seed, text in assembled.items():
        (SEEDS_DIR / seed).write_text(text, encoding="utf-8")
        print(f"seeds/{seed}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
