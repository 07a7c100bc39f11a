"""The statement-table reader reads back exactly what small PDFs in each awkward layout hold.

The PDFs and their expected cells come from statement_pdfs.py (the expectations are recorded
while each table is drawn, not computed by the reader).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pypdfium2
import pypdfium2.raw
import pytest
from statement_pdfs import scenarios

from fiscal_warehouse.intake.pdf import read_pages, upright
from fiscal_warehouse.intake.tables import StatementReading, read_statement_tables

SCENARIOS = sorted(scenarios())


@cache
def reading_of(name: str, folder: Path) -> tuple[object, StatementReading]:
    path = folder / f"{name}.pdf"
    scenario = scenarios()[name](path)
    return scenario, read_statement_tables(path, read_pages(path))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("statement_pdfs")


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_cell_is_read_with_its_page_and_nothing_else(name, folder):
    scenario, reading = reading_of(name, folder)
    names = {table.table_no: table.table_name for table in reading.tables}
    read = sorted(
        (names[c.table_no], c.page, c.side_no, c.row_label, c.subject_code, c.column_name, c.printed_text)
        for c in reading.cells
    )
    expected = sorted(
        (c.table_name, c.page, c.side_no, c.row_label, c.subject_code, c.column_name, c.printed_text)
        for c in scenario.cells
    )
    assert read == expected
    assert reading.unreadable == []


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_table_is_found_empty_or_absent_with_its_unit_page_and_note(name, folder):
    scenario, reading = reading_of(name, folder)
    read = sorted(
        (t.table_name, t.status, t.unit if t.status != "absent" else "", t.first_page, t.note) for t in reading.tables
    )
    expected = sorted((t.table_name, t.status, t.unit, t.first_page, t.note) for t in scenario.tables)
    assert read == expected


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_number_is_on_the_line_it_cites(name, folder):
    """The cited line of the rendering holds the number as printed (what the warehouse's provenance check asks)."""
    _, reading = reading_of(name, folder)
    for cell in reading.cells:
        if cell.value:
            line = reading.pages[cell.page - 1].lines[cell.line - 1]
            assert cell.printed_text in line.text.split(), (cell, line.text)


def test_amounts_keep_their_printed_text_and_dashes_have_no_value(folder):
    _, reading = reading_of("empty_zero_dash", folder)
    texts = {cell.printed_text: cell.value for cell in reading.cells}
    assert texts["0.00"] == "0.00"
    assert texts["-"] == "" and texts["—"] == ""
    assert texts["1,234,567.89"] == "1234567.89"


def rotated_copy(source: Path, destination: Path) -> None:
    """The same pages stored turned a quarter anticlockwise with /Rotate 90: they display as before."""
    document = pypdfium2.PdfDocument(str(source))
    try:
        for index in range(len(document)):
            page = document[index]
            left, bottom, right, top = page.get_mediabox()
            width, height = right - left, top - bottom
            pypdfium2.raw.FPDFPage_TransFormWithClip(page.raw, pypdfium2.raw.FS_MATRIX(0, 1, -1, 0, height, 0), None)
            page.set_mediabox(0, 0, height, width)
            page.set_cropbox(0, 0, height, width)
            page.set_rotation(90)
            page.gen_content()
        document.save(str(destination))
    finally:
        document.close()


def test_pages_stored_rotated_are_read_as_displayed(folder, tmp_path):
    scenario, _ = reading_of("sample_like", folder)
    rotated = tmp_path / "rotated.pdf"
    rotated_copy(folder / "sample_like.pdf", rotated)
    with upright(rotated) as readable:
        reading = read_statement_tables(readable, read_pages(readable))
    read = sorted(
        (c.page, c.side_no, c.row_label, c.subject_code, c.column_name, c.printed_text) for c in reading.cells
    )
    expected = sorted(
        (c.page, c.side_no, c.row_label, c.subject_code, c.column_name, c.printed_text) for c in scenario.cells
    )
    assert read == expected
