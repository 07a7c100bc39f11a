"""Rows keyed by two or three classifications at once are read whole: one row per printed row, with
all its codes, over several pages, identical keys kept apart, a code printed once in a cell merged
over several rows read in each of them (classification_pdfs.py draws them)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest
from classification_pdfs import (
    ClassifiedScenario,
    merged_codes_split_by_pages,
    merged_function_codes,
    multi_classification,
)

from fiscal_warehouse import documents, provenance
from fiscal_warehouse.intake.columns import BoxOnPage, carry_merged_cells_down, carry_merged_cells_over
from fiscal_warehouse.intake.definitions import column_classification
from fiscal_warehouse.intake.pdf import read_pages, rendering
from fiscal_warehouse.intake.seed_rows import (
    STATEMENT_LINE_CODES_COLUMNS,
    STATEMENT_LINES_COLUMNS,
    statement_line_codes_rows,
    statement_lines_rows,
)
from fiscal_warehouse.intake.tables import StatementReading, read_statement_tables

SCENARIOS = {
    "multi_classification": multi_classification,
    "merged_function_codes": merged_function_codes,
    "merged_codes_split_by_pages": merged_codes_split_by_pages,
}


@cache
def _read(folder: Path, name: str) -> tuple[ClassifiedScenario, StatementReading]:
    path = folder / f"{name}.pdf"
    scenario = SCENARIOS[name](path)
    return scenario, read_statement_tables(path, read_pages(path), "budget")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("classified")


@pytest.fixture
def read(folder) -> tuple[ClassifiedScenario, StatementReading]:
    return _read(folder, "multi_classification")


@pytest.fixture(params=SCENARIOS)
def each_read(request, folder) -> tuple[ClassifiedScenario, StatementReading]:
    return _read(folder, request.param)


def test_every_cell_is_read_with_its_page_and_nothing_else(each_read):
    scenario, reading = each_read
    names = {table.table_no: table.table_name for table in reading.tables}
    got = sorted((names[c.table_no], c.page, c.row_label, c.subject_code, c.column_name, c.printed_text)
                 for c in reading.cells)  # fmt: skip
    expected = sorted((c.table_name, c.page, c.row_label, c.subject_code, c.column_name, c.printed_text)
                      for c in scenario.scenario.cells)  # fmt: skip
    assert len({c.page for c in scenario.scenario.cells}) >= 4, "each table runs over more than one page"
    assert got == expected
    assert reading.unreadable == []


def test_each_printed_row_is_one_row_with_all_its_codes(each_read):
    scenario, reading = each_read
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
    if scenario.scenario.name == "multi_classification":
        repeated = [row for row, following in zip(expected, expected[1:], strict=False) if row[:4] == following[:4]]
        assert repeated, "identical keys repeat in the drawing"


def test_a_code_merged_over_rows_cites_the_one_line_it_is_printed_on(folder):
    _, reading = _read(folder, "merged_function_codes")
    pages = rendering(reading.pages).split("\f")
    function_codes = [code for code in reading.row_codes if code.code_system == "function"]
    places = {(code.subject_code, code.subject_name, code.page, code.line, code.name_line) for code in function_codes}
    assert len(function_codes) == 2 + 3 + 4 + 2 + 3 + 4
    assert len(places) == 6, "one place per merged cell, however many rows it spans"
    for code, name, page, line, name_line in places:
        assert line == name_line
        assert code in pages[page - 1].split("\n")[line - 1] and name in pages[page - 1].split("\n")[line - 1]


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


def test_only_a_cell_merged_from_above_is_carried_down():
    """Rows 10 points high: a code and name merged over the first two rows; the third row's own
    cells are blank; the 合计 label is merged over the code and name columns (from the left)."""
    rows = [["2010101", "行政运行", "30101", "10.00"], ["", "", "30102", "5.00"], ["", "", "30201", "1.00"],
            ["合计", "", "", "16.00"]]  # fmt: skip
    bboxes = [
        [(0, 0, 50, 20), (50, 0, 100, 20), (100, 0, 150, 10), (150, 0, 200, 10)],
        [None, None, (100, 10, 150, 20), (150, 10, 200, 20)],
        [(0, 20, 50, 30), (50, 20, 100, 30), (100, 20, 150, 30), (150, 20, 200, 30)],
        [(0, 30, 100, 40), None, (100, 30, 150, 40), (150, 30, 200, 40)],
    ]
    carry_merged_cells_down(rows, bboxes, 0, [0, 1])
    assert [row[:2] for row in rows] == [["2010101", "行政运行"], ["2010101", "行政运行"], ["", ""], ["合计", ""]]
    assert bboxes[1][:2] == [(0, 0, 50, 20), (50, 0, 100, 20)], "a carried cell cites where it is printed"
    assert bboxes[3][1] is None


def test_across_a_page_break_only_a_parent_key_left_of_a_printed_key_is_carried():
    """The previous page ended on a row 2010301 行政运行 | 30213 维修（护）费. A row with its 功能分类 blank
    and its 部门经济分类 printed continues the merged 功能分类 cell (with the rows that blank cell spans);
    a 类 line printing no 部门经济分类 takes none (nothing keys it to the right of the blank)."""
    box = BoxOnPage((0, 700, 50, 716), 2)
    previous = {0: ("2010301", box), 1: ("行政运行", box), 2: ("30213", box), 3: ("维修（护）费", box)}
    blank = (0, 50, 100, 82)
    rows = [["", "", "30101", "基本工资"], ["", "", "30102", "津贴补贴"], ["", "", "30201", "办公费"]]
    bboxes = [[blank, blank, (100, 50, 150, 66), (150, 50, 200, 66)], [blank, blank, (100, 66, 150, 82), None],
              [(0, 82, 50, 98), (50, 82, 100, 98), (100, 82, 150, 98), None]]  # fmt: skip
    carry_merged_cells_over(rows, bboxes, 0, [[0, 1], [2, 3]], previous)
    assert [row[:2] for row in rows] == [["2010301", "行政运行"], ["2010301", "行政运行"], ["", ""]]
    assert bboxes[1][0] is box and bboxes[1][0].page == 2, "a carried cell cites the page where it is printed"
    class_line = [["208", "社会保障和就业支出", "", ""]]
    carry_merged_cells_over(class_line, [[(0, 50, 50, 66)] * 4], 0, [[0, 1], [2, 3]], previous)
    assert class_line == [["208", "社会保障和就业支出", "", ""]]


@pytest.fixture
def documents_of(tmp_path, monkeypatch):
    """Points the provenance check at a PDF's text rendering in tmp_path, as report 'classified'."""

    def rendered_as(name: str, reading: StatementReading) -> None:
        rendered = tmp_path / "documents" / "rendered"
        rendered.mkdir(parents=True, exist_ok=True)
        (rendered / f"{name}.pdf.txt").write_text(rendering(reading.pages), encoding="utf-8")
        monkeypatch.setattr(documents, "DOCUMENTS_DIR", tmp_path / "documents")
        for module in (documents, provenance):
            monkeypatch.setattr(module, "report_documents", lambda: {"classified": f"{name}.pdf"})
        documents.document_lines.cache_clear()

    yield rendered_as
    documents.document_lines.cache_clear()


@pytest.fixture
def codes_seed(read, documents_of, tmp_path):
    """The codes' seed rows, to be written to a file the provenance check reads."""
    documents_of("multi_classification", read[1])
    return tmp_path / "statement_line_codes.csv", statement_line_codes_rows("classified", read[1])


def _write(path: Path, rows: list[dict[str, str]], columns: list[str] = STATEMENT_LINE_CODES_COLUMNS) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_cell_code_and_name_stands_at_its_cited_line(name, folder, documents_of, tmp_path):
    _, reading = _read(folder, name)
    documents_of(name, reading)
    codes = statement_line_codes_rows("classified", reading)
    cells = statement_lines_rows("classified", reading)
    assert codes and cells
    assert provenance.problems_in(_write(tmp_path / "statement_line_codes.csv", codes)) == []
    assert provenance.problems_in(_write(tmp_path / "statement_lines.csv", cells, STATEMENT_LINES_COLUMNS)) == []


@pytest.mark.parametrize("column", ["subject_code", "subject_name"])
def test_a_code_or_name_cited_one_line_off_is_caught(codes_seed, column):
    path, rows = codes_seed
    moved = dict(rows[0], **{f"{column}_line": str(int(rows[0][f"{column}_line"]) + 1)})
    problems = provenance.problems_in(_write(path, [moved, *rows[1:]]))
    printed, page, line = moved[column], moved[f"{column}_page"], moved[f"{column}_line"]
    where = f"statement_line_codes.csv:2: column {column}"
    assert problems == [f"{where}: {printed!r} is not printed at page {page}, line {line}"]


@pytest.mark.parametrize("classification", ["function", "functional"])
def test_a_classification_that_is_the_tables_own_or_unknown_is_refused_naming_where(classification):
    row = {"table_no": "105", "classification": classification}
    with pytest.raises(ValueError, match=r"statement_columns.csv, row 7, column classification"):
        column_classification(row, 7, {105: "function"})


def test_a_code_merged_over_a_page_break_is_read_on_the_next_page_citing_where_it_is_printed(folder):
    """The rows at the top of a continuation page whose merged cell began on the page before take its
    codes, and cite that page's line (the blank rest of the cell prints nothing)."""
    _, reading = _read(folder, "merged_codes_split_by_pages")
    cell_pages = {(cell.table_no, cell.row_no): cell.page for cell in reading.cells}
    own = [cell for cell in reading.cells if cell.row_label_page is not None and cell.row_label_page < cell.page]
    other = [code for code in reading.row_codes if code.page < cell_pages[(code.table_no, code.row_no)]]
    assert {cell.table_no for cell in own} == {105}, "the own 功能分类 carried over a break in 支出预算表"
    assert {code.code_system for code in other} == {"function", "government_economic"}
    pages = rendering(reading.pages).split("\f")
    for code in other:
        printed = pages[code.page - 1].split("\n")[code.line - 1]
        assert code.subject_code in printed and code.subject_name in printed
