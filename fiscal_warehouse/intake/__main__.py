"""Add final-accounts and budget PDFs to the warehouse.

    python -m fiscal_warehouse.intake path/to/report.pdf [--report-id ID] [--kind budget]   (make add-report DOC=…)
    python -m fiscal_warehouse.intake --folder path/to/folder               (make add-reports DIR=…)

Each PDF's kind (final accounts or budget) is read from the words it prints unless --kind
says it. Each PDF is read (statement tables, explanations, self-evaluation tables and performance
reports, every value with its page and line), copied into documents/ with its text rendering, and
its rows replace the report's rows in the seeds; then the warehouse is built
and published once, and a review is printed: the tables found and their pages, the rows and
cells read, every cell that could not be read, and what the checks found. A document that
cannot be read is refused with a one-line reason and nothing is written. If the build fails,
the seeds and documents are put back as they were and the published warehouse is untouched.
The warehouse's lock is held from the first seed edit to the review: another build waits (or,
with --no-wait, this one stops before writing anything).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fiscal_warehouse.intake.adding import DataFolder, add_documents
from fiscal_warehouse.intake.definitions import DOCUMENT_KINDS
from fiscal_warehouse.lock import NO_WAIT_VARIABLE


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m fiscal_warehouse.intake", description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", nargs="*", type=Path, help="PDF files to add")
    parser.add_argument("--folder", type=Path, help="add every PDF in this folder")
    parser.add_argument("--report-id", help="the report's id (one document only; default: derived from the document)")
    parser.add_argument(
        "--kind", choices=DOCUMENT_KINDS, help="the documents' kind (default: read from each document's words)"
    )
    parser.add_argument("--no-build", action="store_true", help="write the seeds and documents only")
    parser.add_argument("--data", type=Path, help="a folder with seeds/ and documents/ (default: the project's own)")
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help=f"stop if another build of the warehouse is running, instead of waiting ({NO_WAIT_VARIABLE}=1)",
    )
    arguments = parser.parse_args(argv)
    documents = list(arguments.documents)
    if arguments.folder:
        if not arguments.folder.is_dir():
            print(f"error: {arguments.folder}: no such folder", file=sys.stderr)
            return 2
        documents += sorted(path for path in arguments.folder.iterdir() if path.suffix.lower() == ".pdf")
        if not documents:
            print(f"error: {arguments.folder}: no PDF files in it", file=sys.stderr)
            return 2
    if not documents:
        parser.error("name a PDF, or a folder with --folder")
    if arguments.report_id and len(documents) != 1:
        parser.error("--report-id names one report: give one document")
    if arguments.data is not None and not (arguments.data / "seeds").is_dir():
        parser.error(f"{arguments.data}: no seeds/ folder in it (a data folder holds seeds/ and documents/)")
    data = DataFolder(arguments.data.resolve()) if arguments.data is not None else DataFolder()
    progress = arguments.folder is not None
    return add_documents(
        documents,
        arguments.report_id,
        progress,
        build_after=not arguments.no_build,
        data=data,
        wait=False if arguments.no_wait else None,
        kind=arguments.kind,
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
