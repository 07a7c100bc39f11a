"""make add-report writes a PDF's self-evaluation tables into the seeds, every value citing the page
and line of the text rendering where it is printed, and the provenance check holds it to them.

The PDF is the project's sample with a synthetic project table (self_evaluation_pdfs.py) on a page
after its last one; the expected cells are the ones drawn, not the reader's output.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from conftest import PROJECT_DIR
from self_evaluation_pdfs import EXPECTED_EVALUATION, EXPECTED_FUNDS, EXPECTED_INDICATORS, write_report_with_table

from fiscal_warehouse import documents, provenance
from fiscal_warehouse.intake.adding import DataFolder, Workspace, read_report, write_report

REPORT_ID = "sample_with_self_evaluation"
SAMPLE = PROJECT_DIR / "documents" / "shanghai_putuo_finance_2024.pdf"
TABLE_PAGE = 26  # the sample's 25 pages, then the table's
SEEDS = ["performance_evaluations", "performance_funds", "performance_goals", "performance_indicators"]


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> DataFolder:
    """A copy of the project's seeds and documents with the PDF added (not built)."""
    root = tmp_path_factory.mktemp("self_evaluation_pages")
    data = DataFolder(root / "data")
    shutil.copytree(PROJECT_DIR / "seeds", data.seeds)
    shutil.copytree(PROJECT_DIR / "documents", data.documents)
    pdf = write_report_with_table(root / "report_with_table.pdf", SAMPLE)
    write_report(Workspace(), read_report(pdf, REPORT_ID, data), data)
    return data


def rows_of(data: DataFolder, seed: str) -> list[dict[str, str]]:
    with open(data.seeds / f"{seed}.csv", encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["report_id"] == REPORT_ID]


@pytest.fixture
def provenance_of(added: DataFolder, monkeypatch: pytest.MonkeyPatch):
    """The provenance check of a seed file against the data folder's documents."""
    monkeypatch.setattr(documents, "SEEDS_DIR", added.seeds)
    monkeypatch.setattr(documents, "DOCUMENTS_DIR", added.documents)
    documents.report_documents.cache_clear()
    documents.document_lines.cache_clear()
    yield provenance.problems_in
    documents.report_documents.cache_clear()
    documents.document_lines.cache_clear()


def test_the_table_is_written_into_the_seeds_with_its_page_and_line(added):
    (evaluation,) = rows_of(added, "performance_evaluations")
    for column, value in EXPECTED_EVALUATION.items():
        assert evaluation[column] == value, column
        if f"{column}_line" in evaluation:
            assert evaluation[f"{column}_page"] == str(TABLE_PAGE), column
            assert int(evaluation[f"{column}_line"]) > 0, column
    funds, indicators = rows_of(added, "performance_funds"), rows_of(added, "performance_indicators")
    for rows, expected_rows in ((funds, EXPECTED_FUNDS), (indicators, EXPECTED_INDICATORS)):
        assert len(rows) == len(expected_rows)
        for row, expected in zip(rows, expected_rows, strict=True):
            assert {column: row[column] for column in expected} == expected
    cited = [
        (row[column], row[f"{column[: -len('_line')]}_page"])
        for row in [evaluation, *funds, *indicators]
        for column in row
        if column.endswith("_line") and row[column]
    ]
    assert cited and all(page == str(TABLE_PAGE) for _, page in cited)
    # A row of a ruled table is one line of the rendering: its cells share it.
    assert len({row["target_text_line"] for row in indicators}) == len(indicators)


def test_the_provenance_check_finds_every_value_at_its_page_and_line(added, provenance_of):
    for seed in SEEDS:
        assert provenance_of(added.seeds / f"{seed}.csv") == [], seed


def test_the_provenance_check_fails_on_a_wrong_page(added, provenance_of, tmp_path: Path):
    with open(added.seeds / "performance_funds.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header, rows = reader.fieldnames, list(reader)
    target = next(row for row in rows if row["report_id"] == REPORT_ID and row["executed_wan_yuan"] == "135.00")
    target["executed_wan_yuan_page"] = str(TABLE_PAGE - 1)
    broken = tmp_path / "performance_funds.csv"
    with open(broken, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    problems = provenance_of(broken)
    assert len(problems) == 1
    assert "column executed_wan_yuan: '135.00' is not printed at page 25" in problems[0]
