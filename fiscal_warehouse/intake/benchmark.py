"""How long reading PDFs takes, printed (not asserted): `make benchmark-intake`.

For each PDF report in documents/, a synthetic 160-page report (tests/python/statement_pdfs.py:
the nine tables among a table of contents and 110 pages of self-evaluation tables) and any
PDF named on the command line: the time to render the pages (pypdfium2), to read the statement
tables (pdfplumber, on the pages that hold them only), per report and per page, and to read its
self-evaluation tables; the same for the text reports' self-evaluation tables. Then
`make add-report` of a synthetic 16-page report end to end (read, write the seeds, build and
publish) on a scratch copy of the project, so the repository is not touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fiscal_warehouse.build import PROJECT_DIR
from fiscal_warehouse.documents import document_lines, report_documents
from fiscal_warehouse.intake import self_evaluation
from fiscal_warehouse.intake.passage import Passage
from fiscal_warehouse.intake.pdf import read_pages, upright
from fiscal_warehouse.intake.performance_reports import read_performance_reports
from fiscal_warehouse.intake.tables import read_statement_tables
from fiscal_warehouse.scratch import copy_project

TARGETS = {
    "read a 25-page report": 1.0,
    "read a 170-page report": 5.0,
    "read a report's self-evaluation tables": 3.0,
    "make add-report": 60.0,
}


def reading_time(path: Path) -> tuple[int, float, float, int, float, int]:
    started = time.perf_counter()
    with upright(path) as readable:
        pages = read_pages(readable)
        rendered = time.perf_counter()
        reading = read_statement_tables(readable, pages)
        finished = time.perf_counter()
        evaluations = self_evaluation.read_pdf(readable, reading.pages)
        evaluated = time.perf_counter()
    parsed = len({cell.page for cell in reading.cells} | {t.first_page for t in reading.tables if t.first_page})
    return (
        len(pages),
        rendered - started,
        finished - rendered,
        parsed,
        evaluated - finished,
        len(evaluations.evaluations),
    )


def text_reading_times() -> list[tuple[str, float, int, int]]:
    """(report, seconds, tables, figures) of reading each text report's self-evaluation tables and
    the figures of its performance reports' prose."""
    times = []
    for report_id, document in report_documents().items():
        if document.endswith(".txt"):
            lines = document_lines(report_id)
            started = time.perf_counter()
            reading = self_evaluation.read(lines)
            prose = read_performance_reports(Passage.of_text("\n".join(lines)))
            times.append((report_id, time.perf_counter() - started, len(reading.evaluations), len(prose.rows)))
    return times


def synthetic_report(folder: Path, scenario: str) -> Path | None:
    """A report of the test PDFs (tests/python/statement_pdfs.py), when the tests are there."""
    sys.path.insert(0, str(PROJECT_DIR / "tests" / "python"))
    try:
        from statement_pdfs import scenarios
    except ImportError:
        return None
    path = folder / f"synthetic_{scenario}.pdf"
    scenarios()[scenario](path)
    return path


def add_report_time(pdf: Path, scratch: Path) -> tuple[int, float]:
    project = copy_project(scratch / "project")
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "fiscal_warehouse.intake", str(pdf)],
        cwd=project,
        env=dict(os.environ, FISCAL_WAREHOUSE=str(scratch / "fiscal.duckdb")),
        capture_output=True,
        text=True,
        check=False,
    )
    return completed.returncode, time.perf_counter() - started


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        pdfs = sorted((PROJECT_DIR / "documents").glob("*.pdf")) + [Path(arg) for arg in argv]
        long_report = synthetic_report(scratch, "long_report")
        if long_report:
            pdfs.append(long_report)
        print(f"{'document':<44} {'pages':>5} {'render s':>9} {'tables s':>9} {'total s':>8} {'ms/page':>8}")
        for pdf in pdfs:
            pages, render, tables, parsed, evaluating, evaluations = reading_time(pdf)
            total = render + tables
            timings = f"{render:>9.2f} {tables:>9.2f} {total:>8.2f} {1000 * total / pages:>8.1f}"
            print(f"{pdf.name[:44]:<44} {pages:>5} {timings}")
            print(f"{'':<44} {'':>5} pdfplumber parsed {parsed} page(s) holding statement tables")
            print(f"{'':<44} {'':>5} self-evaluation tables: {evaluations} read in {evaluating:.2f} s")
        for report_id, seconds, evaluations, figures in text_reading_times():
            read = f"{evaluations} self-evaluation tables and {figures} performance-report figures"
            print(f"{report_id:<44} text: {read} read in {seconds:.2f} s")
        sample = synthetic_report(scratch, "sample_like")
        if sample is not None:
            status, elapsed = add_report_time(sample, scratch)
            outcome = "published" if status == 0 else f"failed with status {status}"
            print(f"make add-report {sample.name}: {elapsed:.1f} s end to end ({outcome})")
        print("targets: " + "; ".join(f"{name} under {limit:g} s" for name, limit in TARGETS.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
