"""The one statement reader reads budgets too: small budget PDFs in each layout read back exactly.

The PDFs and their expected cells come from budget_pdfs.py (recorded while each table is drawn,
not computed by the reader). The document's kind is read from its own words.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from budget_pdfs import budget_scenarios
from statement_pdfs import sample_like

from fiscal_warehouse.intake.document_kind import document_kind
from fiscal_warehouse.intake.pdf import read_pages
from fiscal_warehouse.intake.report_identity import read_identity
from fiscal_warehouse.intake.tables import StatementReading, read_statement_tables

PROJECT_DIR = Path(__file__).resolve().parents[2]
SCENARIOS = sorted(budget_scenarios())


@cache
def reading_of(name: str, folder: Path) -> tuple[object, str, StatementReading]:
    path = folder / f"{name}.pdf"
    scenario = budget_scenarios()[name](path)
    pages = read_pages(path)
    kind = document_kind(pages)
    return scenario, kind, read_statement_tables(path, pages, kind)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("budget_pdfs")


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_budget_is_recognised_from_its_own_words(name, folder):
    _, kind, reading = reading_of(name, folder)
    assert kind == "budget"
    assert reading.document_kind == "budget"


def test_a_final_accounts_report_is_not_taken_for_a_budget(tmp_path):
    path = tmp_path / "final.pdf"
    sample_like(path)
    assert document_kind(read_pages(path)) == "final_accounts"


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_budget_cell_is_read_with_its_page_and_nothing_else(name, folder):
    scenario, _, reading = reading_of(name, folder)
    names = {table.table_no: table.table_name for table in reading.tables}
    read = sorted(
        (names[c.table_no], c.page, c.side_no, c.row_label, c.subject_code, c.column_name, c.printed_text)
        for c in reading.cells
    )
    expected = sorted(
        (c.table_name, c.page, c.side_no, c.row_label, c.subject_code, c.column_name, c.printed_text)
        for c in scenario.cells
    )
    assert expected, "the scenario draws cells"
    assert read == expected
    assert reading.unreadable == []


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_budget_table_is_found_empty_or_absent_with_its_own_unit(name, folder):
    scenario, _, reading = reading_of(name, folder)
    read = sorted(
        (t.table_name, t.status, t.unit if t.status != "absent" else "", t.first_page, t.note) for t in reading.tables
    )
    expected = sorted((t.table_name, t.status, t.unit, t.first_page, t.note) for t in scenario.tables)
    assert read == expected


def test_a_budget_cells_unit_is_its_tables_when_units_differ_in_one_document(folder):
    _, _, reading = reading_of("unnumbered_mixed_units_one_cell", folder)
    units = {(cell.table_no, cell.printed_unit) for cell in reading.cells}
    assert units == {(103, "元"), (105, "万元")}


def test_a_budget_names_its_unit_and_the_year_it_plans(folder):
    reading_of("numbered_yuan_split", folder)
    identity = read_identity(folder / "numbered_yuan_split.pdf", read_pages(folder / "numbered_yuan_split.pdf"),
                             PROJECT_DIR / "seeds" / "admin_divisions.csv")  # fmt: skip
    assert (identity.unit_name, identity.fiscal_year) == ("示例区财政局", 2026)
