"""Check that every transcribed value stands at its cited line.

Usage: python -m fiscal_warehouse.provenance [CSV ...]
(default: every transcription seed). A column X is checked when the file has a column
X_line (and, for a PDF, X_page: the line is on that page of the text rendering). A column of
numbers (by its name, seeds.expected_kind, as the build's check decides) is compared by value
(sign ignored); any other column as text, whitespace ignored: a code such as 30101 is text,
printed perhaps in split cells (301 | 01).
"""

from __future__ import annotations

import csv
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from fiscal_warehouse.documents import SEEDS_DIR, number_is_at_line, report_documents, text_is_at_line
from fiscal_warehouse.seeds import expected_kind

LINE_SUFFIX = "_line"
PAGE_SUFFIX = "_page"


def is_number(value: str) -> bool:
    try:
        Decimal(value)
    except InvalidOperation:
        return False
    return True


def problems_in(path: Path) -> list[str]:
    """One message per value that is not found at its cited line."""
    problems = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        checked = [c for c in columns if c + LINE_SUFFIX in columns]
        if "report_id" not in columns or not checked:
            return problems
        for row_number, row in enumerate(reader, start=2):
            report_id = row["report_id"]
            if report_id not in report_documents():
                problems.append(f"{path.name}:{row_number}: unknown report_id {report_id!r}")
                continue
            for column in checked:
                value, line = (row[column] or "").strip(), (row[column + LINE_SUFFIX] or "").strip()
                if not value and not line:
                    continue
                where = f"{path.name}:{row_number}: column {column}"
                if not value or not line:
                    problems.append(f"{where}: value {value!r} and {column}{LINE_SUFFIX} {line!r}: one is missing")
                    continue
                if not line.isdigit():
                    problems.append(f"{where}{LINE_SUFFIX}: {line!r} is not a line number")
                    continue
                page = (row.get(column + PAGE_SUFFIX) or "").strip()
                page_number = int(page) if page.isdigit() else None
                found = (
                    number_is_at_line(report_id, value, int(line), page_number)
                    if expected_kind(column) == "number" and is_number(value)
                    else text_is_at_line(report_id, value, int(line), page_number)
                )
                if not found:
                    place = f"page {page}, line {line}" if page else f"line {line}"
                    problems.append(f"{where}: {value!r} is not printed at {place}")
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or sorted(SEEDS_DIR.glob("*.csv"))
    problems = [problem for path in paths for problem in problems_in(path)]
    for problem in problems:
        print(problem)
    print(f"{len(problems)} value(s) not found at their cited line in {len(paths)} file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
