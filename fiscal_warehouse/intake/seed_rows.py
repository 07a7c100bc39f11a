"""A report's rows in the seeds, replaceable as a unit.

Each statement seed holds every report, in the order of seeds/reports.csv; adding a report again
replaces exactly its rows, so the same PDF always gives byte-identical seeds and no other
report's figure changes. A report new to the folder comes last in reports.csv, so its rows are
appended to each seed: nothing already written is read or rewritten, however many reports the
folder holds.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from pathlib import Path

from fiscal_warehouse.intake.definitions import table_definitions
from fiscal_warehouse.intake.report_identity import ReportIdentity
from fiscal_warehouse.intake.tables import StatementReading

STATEMENT_TABLES_COLUMNS = [
    "report_id",
    "table_no",
    "table_name",
    "table_layout",
    "code_system",
    "table_status",
    "printed_title",
    "printed_title_page",
    "printed_title_line",
    "first_page",
    "last_page",
    "printed_unit",
    "printed_unit_page",
    "printed_unit_line",
    "note",
    "note_page",
    "note_line",
    "row_count",
    "cell_count",
]
STATEMENT_LINES_COLUMNS = [
    "report_id",
    "table_no",
    "row_no",
    "side_no",
    "column_name",
    "row_label",
    "row_label_page",
    "row_label_line",
    "line_item",
    "subject_code",
    "printed_text",
    "value",
    "printed_unit",
    "value_page",
    "value_line",
]

# The codes of second classifications keying a printed row (a bridge beside statement_lines).
STATEMENT_LINE_CODES_COLUMNS = [
    "report_id",
    "table_no",
    "row_no",
    "side_no",
    "code_system",
    "subject_code",
    "subject_code_page",
    "subject_code_line",
    "subject_name",
    "subject_name_page",
    "subject_name_line",
]


def _text(value) -> str:
    return "" if value is None else str(value)


def statement_tables_rows(report_id: str, reading: StatementReading) -> list[dict[str, str]]:
    layouts = {definition.table_no: definition for definition in table_definitions()}
    rows = []
    for table in reading.tables:
        row = {
            "report_id": report_id,
            "table_no": table.table_no,
            "table_name": table.table_name,
            "table_layout": layouts[table.table_no].layout,
            "code_system": layouts[table.table_no].code_system,
            "table_status": table.status,
            "printed_title": table.printed_title,
            "printed_title_page": table.title_page,
            "printed_title_line": table.title_line,
            "first_page": table.first_page,
            "last_page": table.last_page,
            "printed_unit": table.unit if table.unit_line else "",
            "printed_unit_page": table.unit_page,
            "printed_unit_line": table.unit_line,
            "note": table.note,
            "note_page": table.note_page,
            "note_line": table.note_line,
            "row_count": table.row_count,
            "cell_count": table.cell_count,
        }
        rows.append({key: _text(value) for key, value in row.items()})
    return rows


def statement_lines_rows(report_id: str, reading: StatementReading) -> list[dict[str, str]]:
    rows = []
    for cell in reading.cells:
        values = asdict(cell)
        row = {
            "report_id": report_id,
            **{key: values[key] for key in ("table_no", "row_no", "side_no", "column_name", "row_label")},
            "row_label_page": cell.row_label_page,
            "row_label_line": cell.row_label_line,
            "line_item": cell.line_item,
            "subject_code": cell.subject_code,
            "printed_text": cell.printed_text,
            "value": cell.value,
            "printed_unit": cell.printed_unit,
            # A dash is printed but is no figure: it keeps its text and no place of a value.
            "value_page": cell.page if cell.value != "" else None,
            "value_line": cell.line if cell.value != "" else None,
        }
        rows.append({key: _text(value) for key, value in row.items()})
    return rows


def statement_line_codes_rows(report_id: str, reading: StatementReading) -> list[dict[str, str]]:
    rows = []
    for code in reading.row_codes:
        row = {
            "report_id": report_id,
            **{key: getattr(code, key) for key in ("table_no", "row_no", "side_no", "code_system", "subject_code")},
            "subject_code_page": code.page,
            "subject_code_line": code.line,
            "subject_name": code.subject_name,
            "subject_name_page": code.page if code.subject_name else None,
            "subject_name_line": code.name_line if code.subject_name else None,
        }
        rows.append({key: _text(value) for key, value in row.items()})
    return rows


def report_row(
    report_id: str, identity: ReportIdentity, document_name: str, sha256: str, columns: list[str], reading
) -> dict:
    row = dict.fromkeys(columns, "")
    row.update(
        {
            "report_id": report_id,
            "document_kind": reading.document_kind,
            "fiscal_year": str(identity.fiscal_year),
            "unit_name": identity.unit_name,
            "unit_name_page": str(identity.unit_name_page),
            "unit_name_line": str(identity.unit_name_line),
            "scope": "department",
            "template": reading.template,
            "source_document": document_name,
            "source_sha256": sha256,
            **identity.region,
        }
    )
    return row


def read_seed(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.exists():
        return [], []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def seed_header(path: Path) -> list[str]:
    """A seed's columns, from its first line only ([] for a missing or empty file)."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle), [])


def seed_text(columns: list[str], rows: list[dict[str, str]], header: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def check_header(path: Path, existing_columns: list[str], columns: list[str]) -> None:
    if existing_columns and existing_columns != columns:
        raise ValueError(f"{path}: its header {existing_columns} is not the expected {columns}")


def replace_report_rows(
    path: Path, columns: list[str], report_id: str, new_rows: list[dict[str, str]], report_order: list[str]
) -> str:
    """The seed's text with the report's rows replaced by new_rows, reports in report_order (the
    order of reports.csv; a report it does not name comes after those it names)."""
    existing_columns, existing = read_seed(path)
    check_header(path, existing_columns, columns)
    position = {key: index for index, key in enumerate(report_order)}
    kept = [row for row in existing if row["report_id"] != report_id]
    # Stable: each report's rows stay in document order.
    ordered = sorted([*kept, *new_rows], key=lambda row: position.get(row["report_id"], len(position)))
    return seed_text(columns, ordered)


def appended_rows(path: Path, columns: list[str], new_rows: list[dict[str, str]]) -> str:
    """The text to append to a seed for the rows of a report it does not hold yet (the whole
    file's text where there is no file yet)."""
    if not path.exists():
        return seed_text(columns, new_rows)
    check_header(path, seed_header(path), columns)
    return seed_text(columns, new_rows, header=False)
