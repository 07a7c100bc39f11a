"""`make add-report` / `make add-reports`: from a folder of PDFs to a published warehouse.

Each test adds into a data folder (DATA=: a copy of the project's seeds/ and documents/), so the
repository's own are never touched, and shows that they were not. The PDFs come from
statement_pdfs.py.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from classified_budget_pdfs import ClassifiedBudget, classified_budget
from conftest import PROJECT_DIR, lock_held_elsewhere
from statement_pdfs import (
    scenarios,
    write_corrupt,
    write_encrypted,
    write_not_a_pdf,
    write_not_final_accounts,
    write_scan,
)

from fiscal_warehouse.intake import adding
from fiscal_warehouse.lock import lock_file

BAD_DOCUMENTS = {
    "scan.pdf": (write_scan, "no text layer"),
    "encrypted.pdf": (write_encrypted, "encrypted"),
    "corrupt.pdf": (write_corrupt, "damaged"),
    "notes.pdf": (write_not_a_pdf, "not a PDF"),
    "notice.pdf": (write_not_final_accounts, "not a final-accounts report"),
}


def tree_digest(*folders: Path) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def add(data: Path, warehouse: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "fiscal_warehouse.intake", "--data", str(data), *arguments],
        cwd=PROJECT_DIR,
        env=dict(os.environ, FISCAL_WAREHOUSE=str(warehouse)),
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A data folder: the project's seeds and documents, copied."""
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(PROJECT_DIR / "seeds", data / "seeds")
    shutil.copytree(PROJECT_DIR / "documents", data / "documents")
    return data


@pytest.fixture(scope="module", autouse=True)
def repository_untouched():
    before = tree_digest(PROJECT_DIR / "seeds", PROJECT_DIR / "documents")
    yield
    assert tree_digest(PROJECT_DIR / "seeds", PROJECT_DIR / "documents") == before


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_a_document_that_cannot_be_read_is_refused_in_one_line_and_nothing_is_written(project, tmp_path, name):
    write, reason = BAD_DOCUMENTS[name]
    document = tmp_path / name
    write(document)
    warehouse = tmp_path / "fiscal.duckdb"
    warehouse.write_bytes(b"the published warehouse")
    before = tree_digest(project / "seeds", project / "documents")
    completed = add(project, warehouse, str(document), "--no-build")
    assert completed.returncode == 1
    message = completed.stderr.strip()
    assert message.count("\n") == 0 and str(document) in message and reason in message, message
    assert tree_digest(project / "seeds", project / "documents") == before
    assert warehouse.read_bytes() == b"the published warehouse"


def test_adding_waits_for_another_build_before_writing_or_stops_with_no_wait(project, tmp_path):
    document = tmp_path / "example_district_finance_2024.pdf"
    scenarios()["sample_like"](document)
    warehouse = tmp_path / "fiscal.duckdb"
    before = tree_digest(project / "seeds", project / "documents")
    with lock_held_elsewhere(lock_file(warehouse.resolve())) as holder:
        completed = add(project, warehouse, str(document), "--no-build", "--no-wait")
    assert completed.returncode == 75
    message = completed.stderr.strip()
    assert message.count("\n") == 0 and f"(pid {holder.pid}, started " in message, message
    assert "nothing was added" in message
    assert tree_digest(project / "seeds", project / "documents") == before


def test_adding_interrupted_during_its_build_puts_the_seeds_back(project, tmp_path, monkeypatch):
    document = tmp_path / "example_district_finance_2024.pdf"
    scenarios()["sample_like"](document)
    monkeypatch.setenv("FISCAL_WAREHOUSE", str(tmp_path / "fiscal.duckdb"))
    before = tree_digest(project / "seeds", project / "documents")
    written = []

    def interrupted_build(published, **options):
        written.append(tree_digest(project / "seeds", project / "documents"))
        raise KeyboardInterrupt

    monkeypatch.setattr(adding, "build", interrupted_build)
    with pytest.raises(KeyboardInterrupt):
        adding.add_documents([document], None, data=adding.DataFolder(project), wait=False)
    assert written and written[0] != before  # it was interrupted with the report written
    assert tree_digest(project / "seeds", project / "documents") == before


def test_a_folder_is_added_in_one_build_past_a_file_it_cannot_read(project, tmp_path, warehouse):
    folder = tmp_path / "incoming"
    folder.mkdir()
    scenarios()["sample_like"](folder / "example_district_finance_2024.pdf")
    budget = classified_budget(folder / "classified_budget_2026.pdf", planted=True)
    write_corrupt(folder / "broken.pdf")
    published = tmp_path / "fiscal.duckdb"
    completed = add(project, published, "--folder", str(folder))
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output[-4000:]
    assert output.count("dbt=") == 1  # one build
    assert "reading" in completed.stderr  # the progress bar
    assert "1 document(s) could not be read" in output and "broken.pdf" in output
    assert "收入支出决算总表" in output and "cells not read: 0" in output
    assert "explanations:" in output  # what the explanation reader read and did not read is reviewed
    assert "performance reports (prose): none" in output  # the sample prints no performance report
    with duckdb.connect(str(published), read_only=True) as connection:
        tables = connection.execute(
            "select count(distinct table_no) from fct_statement_line where report_id = 'example_district_finance_2024'"
        ).fetchone()[0]
        assert tables == 7
        unit = connection.execute(
            "select unit_name, fiscal_year, document_format from dim_report"
            " where report_id = 'example_district_finance_2024'"
        ).fetchone()
        assert unit == ("示例区财政局", 2024, "pdf")
        after = connection.execute(
            "select reported_figure_id, figure_value, source_page, source_line from fct_reported_figure"
            " where report_id not in ('example_district_finance_2024', 'classified_budget_2026') order by 1"
        ).fetchall()
        classified_rows_are_read_whole_and_checked(connection, budget)
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        before = connection.execute(
            "select reported_figure_id, figure_value, source_page, source_line from fct_reported_figure order by 1"
        ).fetchall()
    assert after == before  # adding a report changes no figure of the others

    # The same PDF again: byte-identical seeds and documents.
    snapshot = tree_digest(project / "seeds", project / "documents")
    again = add(project, published, str(folder / "example_district_finance_2024.pdf"), "--no-build")
    assert again.returncode == 0, again.stderr
    assert tree_digest(project / "seeds", project / "documents") == snapshot


def classified_rows_are_read_whole_and_checked(connection: duckdb.DuckDBPyConnection, budget: ClassifiedBudget) -> None:
    """The budget keyed by 功能分类 × 部门经济分类 in 元 over several pages: every printed row is one row of the
    warehouse with both its codes and its amounts as printed; its identities hold, and the error
    planted in one row is found twice: in its row (合计 ≠ 基本支出 + 项目支出) and in its 项's line
    (基本支出 ≠ the sum of the rows under it). Its 基本支出 table in 万元 to six decimals agrees with it to
    the fen, and the 9 fen planted in one 款 there are found at six decimals (at four they vanish)."""
    rows = connection.execute(
        "select table_no, row_no, max(function_subject_code), max(economic_subject_code),"
        " max(source_page),"
        " max(case when column_name = '合计' then printed_value end),"
        " max(case when column_name in ('基本支出', '人员经费') then printed_value end),"
        " max(case when column_name in ('项目支出', '公用经费') then printed_value end)"
        " from fct_statement_line where report_id = 'classified_budget_2026'"
        " group by table_no, row_no order by table_no, row_no"
    ).fetchall()
    read = [
        (table, function or "", economic or "", tuple(printed)) for table, _, function, economic, _, *printed in rows
    ]
    expected = [(105, row.subject_code, row.economic_code, row.printed) for row in budget.rows]
    expected += [(108, "", row.economic_code, row.printed) for row in budget.basic_rows]
    assert read == expected
    assert len({page for table, _, _, _, page, *_ in rows if table == 105}) > 1, "the table runs over several pages"
    statuses = dict(
        connection.execute(
            "select check_id || ':' || check_status, count(*) from intermediate.int_check_results"
            " where report_id = 'classified_budget_2026' group by 1"
        ).fetchall()
    )
    assert statuses["statement_row_total:consistent"] == len(budget.rows) + len(budget.basic_rows) - 1
    assert statuses["statement_detail_rows:consistent"] > 0 and statuses["statement_code_rollup:consistent"] > 0
    assert statuses["statement_cross_table:consistent"] == 1, "元 and 万元 to six decimals agree to the fen"
    findings = connection.execute(
        "select check_id, subject, published_value, computed_value from audit_findings"
        " where report_id = 'classified_budget_2026' and not is_rounding order by check_id, subject"
    ).fetchall()
    assert [check_id for check_id, *_ in findings] == [
        "statement_code_rollup", "statement_code_rollup", "statement_detail_rows", "statement_row_total"
    ]  # fmt: skip
    item, shift = budget.basic_planted
    class_total = Decimal(next(row for row in budget.basic_rows if row.economic_code == item[:3]).printed[0])
    for _, subject, published, computed in findings[:2]:
        assert item[:3] in subject and (published, computed) == (class_total, class_total + Decimal(shift) / 10**6)
        assert round(published, 4) == round(computed, 4), "at four decimals the 9 fen would vanish"
    planted = budget.rows[budget.planted_row]
    total, basic, project = (Decimal(text.replace(",", "")) for text in planted.printed)
    _, detail_subject, detail_published, detail_computed = findings[2]
    assert planted.subject_code in detail_subject and "基本支出" in detail_subject
    assert detail_computed - detail_published == basic + project - total, "the 项's line is one 元 short of its rows"
    assert findings[3][2:] == (total, basic + project)
