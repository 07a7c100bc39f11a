"""Publishing is atomic: a failed build leaves the published warehouse untouched and readable."""

import shutil

import duckdb
from conftest import copy_project, digest, run_build


def published_copy(warehouse, tmp_path):
    published = tmp_path / "published" / "fiscal.duckdb"
    published.parent.mkdir()
    shutil.copy2(warehouse, published)
    return published


def test_a_failing_dbt_test_keeps_the_previous_warehouse(warehouse, tmp_path):
    project = copy_project(tmp_path / "project")
    published = published_copy(warehouse, tmp_path)
    before = digest(published)
    # A 项 name that is neither official nor an alias: the seeds keep their contract, a dbt test fails.
    seed = project / "seeds" / "general_budget_expenditure.csv"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace(",行政运行,270,", ",行政运行费用,270,", 1), encoding="utf-8")

    result = run_build(project, published)

    assert result.returncode != 0
    assert "not_null_int_expenditure_lines_resolved_subject_code" in result.output
    # The failing rows are listed whole: the report, the line, the name as printed (not blank rows).
    assert "changji_hrss_2023 | item | 3 |  | 项 |" in result.output
    assert "| 行政运行费用 | 270 |" in result.output
    assert "was left untouched" in result.output
    assert digest(published) == before
    assert not (published.parent / "fiscal.next.duckdb").exists()
    with duckdb.connect(str(published), read_only=True) as connection:
        assert connection.execute("select count(*) from dim_report").fetchone() == (4,)


def test_a_bad_cell_stops_the_build_naming_file_line_and_column(warehouse, tmp_path):
    project = copy_project(tmp_path / "project")
    published = published_copy(warehouse, tmp_path)
    before = digest(published)
    reports = project / "seeds" / "reports.csv"
    reports.write_text(reports.read_text(encoding="utf-8").replace(",2023,", ",二〇二三,", 1), encoding="utf-8")

    result = run_build(project, published)

    assert result.returncode == 1
    assert "seeds/reports.csv, line 2, column fiscal_year: '二〇二三' is not a whole number" in result.output
    assert digest(published) == before
