"""Rows keyed by two or three classifications at once are read whole: one row per printed row, with
all its codes, over several pages, identical keys kept apart (classification_pdfs.py draws them)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from classification_pdfs import ClassifiedScenario, multi_classification

from fiscal_warehouse.intake.definitions import column_classification
from fiscal_warehouse.intake.pdf import read_pages
from fiscal_warehouse.intake.seed_rows import STATEMENT_LINE_CODES_COLUMNS, statement_line_codes_rows
from fiscal_warehouse.intake.tables import StatementReading, read_statement_tables


@cache
def _read(folder: Path) -> tuple[ClassifiedScenario, StatementReading]:
    path = folder / "multi_classification.pdf"
    scenario = multi_classification(path)
    return scenario, read_statement_tables(path, read_pages(path), "budget")


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> tuple[ClassifiedScenario, StatementReading]:
    return _read(tmp_path_factory.mktemp("classified"))


def test_every_cell_is_read_with_its_page_and_nothing_else(read):
    scenario, reading = read
    names = {table.table_no: table.table_name for table in reading.tables}
    got = sorted((names[c.table_no], c.page, c.row_label, c.subject_code, c.column_name, c.printed_text)
                 for c in reading.cells)  # fmt: skip
    expected = sorted((c.table_name, c.page, c.row_label, c.subject_code, c.column_name, c.printed_text)
                      for c in scenario.scenario.cells)  # fmt: skip
    assert len({c.page for c in scenario.scenario.cells}) >= 4, "each table runs over more than one page"
    assert got == expected
    assert reading.unreadable == []


def test_each_printed_row_is_one_row_with_all_its_codes(read):
    scenario, reading = read
    names = {table.table_no: table.table_name for table in reading.tables}
    cells, codes = {}, {}
    for cell in reading.cells:
        cells.setdefault((cell.table_no, cell.row_no), []).append(cell)
    for code in reading.row_codes:
        printed = (code.code_system, code.subject_code, code.subject_name)
        codes.setdefault((code.table_no, code.row_no), []).append(printed)
    got = [
        (names[key[0]], row[0].subject_code, row[0].row_label, tuple(codes.get(key, ())),
         tuple(cell.printed_text for cell in row))
        for key, row in sorted(cells.items())
    ]  # fmt: skip
    expected = [(r.table_name, r.subject_code, r.row_label, r.other_codes, r.printed) for r in scenario.rows]
    assert got == expected
    repeated = [row for row, following in zip(expected, expected[1:], strict=False) if row[:4] == following[:4]]
    assert repeated, "identical keys repeat in the drawing"


def test_every_code_cites_the_line_it_is_printed_on(read):
    _, reading = read
    cell_lines = {(c.table_no, c.row_no): (c.row_label_page, c.row_label_line) for c in reading.cells}
    assert reading.row_codes
    assert all((code.page, code.line) == cell_lines[(code.table_no, code.row_no)] for code in reading.row_codes)
    assert all((code.page, code.name_line) == cell_lines[(code.table_no, code.row_no)] for code in reading.row_codes)


def test_the_codes_become_seed_rows_keyed_like_the_cells(read):
    _, reading = read
    rows = statement_line_codes_rows("r1", reading)
    assert list(rows[0]) == STATEMENT_LINE_CODES_COLUMNS
    assert rows[0] == {
        "report_id": "r1", "table_no": "105", "row_no": "1", "side_no": "1", "code_system": "economic",
        "subject_code": "30101", "subject_code_page": "2", "subject_code_line": "6",
        "subject_name": "基本工资", "subject_name_page": "2", "subject_name_line": "6",
    }  # fmt: skip
    assert len(rows) == 48 + 2 * 40


@pytest.mark.parametrize("classification", ["function", "functional"])
def test_a_classification_that_is_the_tables_own_or_unknown_is_refused_naming_where(classification):
    row = {"table_no": "105", "classification": classification}
    with pytest.raises(ValueError, match=r"statement_columns.csv, row 7, column classification"):
        column_classification(row, 7, {105: "function"})
