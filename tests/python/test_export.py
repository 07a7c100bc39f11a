"""`make export`: the workbook and the CSV files read back and compared with the marts."""

import csv
import hashlib
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PROJECT_DIR
from openpyxl import load_workbook

from fiscal_warehouse import export as exporting
from fiscal_warehouse.export import ExportError, Mart, WorkbookWriter, export, sheet_titles

REPORT = "shanghai_putuo_finance_2024"


@pytest.fixture(scope="module")
def exported(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An export of every report and one of REPORT, into one folder."""
    out = tmp_path_factory.mktemp("export")
    export(warehouse, out)
    export(warehouse, out, REPORT)
    return out


def listed_sheets(book) -> dict[str, tuple[list[str], int]]:
    """mart -> (its sheets, its rows), as the 说明 sheet lists them."""
    rows = list(book["说明"].iter_rows(values_only=True))
    start = next(index for index, row in enumerate(rows) if row[:1] == ("工作表",)) + 1
    return {row[1]: (row[0].split("、"), row[3]) for row in rows[start:]}


def mart_rows(db, mart: str, report: str | None = None) -> list[tuple]:
    columns = [row[0] for row in db.execute(f"describe main.{mart}").fetchall()]
    where = "where report_id = ?" if report and "report_id" in columns else ""
    return db.execute(f"select * from main.{mart} {where}", [report] if where else []).fetchall()


def read_back(value: object, expected: object) -> object:
    """A workbook number reads back as int or float: compare it as the mart's Decimal; an empty text
    is an empty cell."""
    if expected == "" and value is None:
        return ""
    if isinstance(expected, Decimal) and isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(repr(value))
    return value


def assert_sheets_hold_the_mart(book, db, mart: str, sheets: list[str], report: str | None = None) -> None:
    expected = mart_rows(db, mart, report)
    headers = [row[0] for row in db.execute(f'describe zh."{sheets[0]}"').fetchall()]
    rows = []
    for title in sheets:
        sheet = book[title]
        assert sheet.freeze_panes == "A2", title
        cells = list(sheet.iter_rows())
        assert [cell.value for cell in cells[0]] == headers, title
        for row in cells[1:]:
            for cell in row:
                assert cell.data_type in ("s", "n", "b"), f"{title}!{cell.coordinate} is {cell.data_type}"
            rows.append(row)
    assert len(rows) == len(expected), mart
    for row, values in zip(rows, expected, strict=True):
        for cell, value in zip(row, values, strict=True):
            assert read_back(cell.value, value) == value, f"{mart} {cell.coordinate}: {cell.value!r} != {value!r}"
            if isinstance(value, Decimal):
                assert cell.data_type == "n" and cell.number_format.startswith("#,##0"), cell.coordinate


def test_every_mart_is_a_sheet_with_its_chinese_headers_and_rows(exported: Path, db):
    book = load_workbook(exported / "fiscal.xlsx")
    assert book.sheetnames[0] == "说明"
    listed = listed_sheets(book)
    marts = {
        row[0] for row in db.execute("select table_name from duckdb_tables() where schema_name = 'main'").fetchall()
    }
    assert set(listed) == marts
    assert listed["fct_revenue"] == (["收入决算"], 25)  # 6 + 6 + 6 + 2 narrative or table lines, 5 of the university
    for mart, (sheets, rows) in listed.items():
        assert rows == db.execute(f"select count(*) from main.{mart}").fetchone()[0], mart
        assert_sheets_hold_the_mart(book, db, mart, sheets)
    # Changji's 其他收入 as printed on line 165 of its report: "其他收入 489.60 万元，占 15.65%".
    revenue = [[cell.value for cell in row] for row in book["收入决算"].iter_rows()]
    changji = revenue[[row[0] for row in revenue].index("changji_hrss_2023|其他收入")]
    assert dict(zip(revenue[0], changji, strict=True)).items() >= {
        ("金额（万元）", 489.6),
        ("金额所在行", 165),
        ("占比（%）", 15.65),
        ("占比所在行", 167),
    }


def test_one_report_takes_its_rows_of_every_mart_and_the_dimensions_whole(exported: Path, db):
    book = load_workbook(exported / f"{REPORT}.xlsx")
    for mart, (sheets, rows) in listed_sheets(book).items():
        assert rows == len(mart_rows(db, mart, REPORT)), mart
        assert_sheets_hold_the_mart(book, db, mart, sheets, REPORT)
    assert (
        listed_sheets(book)["dim_function_subject"][1]
        == db.execute("select count(*) from dim_function_subject").fetchone()[0]
    )
    assert listed_sheets(book)["dim_report"][1] == 1


def as_csv(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return "" if value is None else str(value)


def test_the_csv_files_hold_the_same_with_a_bom_for_excel(exported: Path, db):
    book = load_workbook(exported / "fiscal.xlsx", read_only=True)
    for mart, (sheets, _) in listed_sheets(book).items():
        path = exported / "fiscal" / f"{mart}.csv"
        assert path.read_bytes().startswith("\ufeff".encode()), path
        with path.open(encoding="utf-8-sig", newline="") as file:
            header, *rows = list(csv.reader(file))
        assert header == [row[0] for row in db.execute(f'describe zh."{sheets[0]}"').fetchall()], mart
        expected = [[as_csv(value) for value in row] for row in mart_rows(db, mart)]
        assert rows == expected, mart
    with (exported / "fiscal" / "fct_revenue.csv").open(encoding="utf-8-sig") as file:
        # not a 其中 line (Excel reads FALSE as a boolean), no parent line, then the amount and share as printed
        assert "changji_hrss_2023|其他收入,changji_hrss_2023,6,其他收入,FALSE,,489.600000,15.6500," in file.read()


def digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_an_unknown_report_is_refused_naming_the_known_ones(exported: Path, warehouse: Path):
    before = digests(exported)
    with pytest.raises(ExportError, match=rf"REPORT=shanghai_putuo_2024: no such report .*{REPORT}"):
        export(warehouse, exported, "shanghai_putuo_2024")
    assert digests(exported) == before


def test_make_export_prints_what_it_wrote_and_refuses_an_unknown_report(warehouse: Path, tmp_path: Path):
    def run(*options: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "fiscal_warehouse.export", "--out", str(tmp_path), *options]
        environment = dict(os.environ, FISCAL_WAREHOUSE=str(warehouse))
        return subprocess.run(command, cwd=PROJECT_DIR, env=environment, capture_output=True, text=True, check=False)

    refused = run("--report", "no_such_report")
    assert refused.returncode == 2 and "REPORT=no_such_report: no such report" in refused.stderr
    assert REPORT in refused.stderr.split("Known reports:")[1]
    assert list(tmp_path.iterdir()) == []
    done = run("--report", REPORT)
    assert done.returncode == 0, done.stderr
    assert re.search(rf"wrote {re.escape(str(tmp_path / REPORT))}\.xlsx \(\d+ sheets, [\d,]+ rows\)", done.stdout)
    assert sorted(path.name for path in tmp_path.iterdir()) == [REPORT, f"{REPORT}.xlsx"]


def test_a_failed_export_leaves_the_previous_one(exported: Path, warehouse: Path, monkeypatch):
    before = digests(exported)

    def failing(*_):
        raise ExportError("the disk is full")

    monkeypatch.setattr(exporting.WorkbookWriter, "add_readme", failing)
    with pytest.raises(ExportError, match="the disk is full"):
        export(warehouse, exported, REPORT)
    assert digests(exported) == before
    assert sorted(path.name for path in exported.iterdir()) == sorted(
        ["fiscal", "fiscal.xlsx", REPORT, f"{REPORT}.xlsx"]
    )


def test_a_mart_longer_than_a_sheet_goes_on_in_further_sheets_and_text_is_never_a_formula(tmp_path: Path):
    mart = Mart("fct_sample", "样本", ["amount_wan_yuan", "printed"], ["金额（万元）", "原文"], [6, None])
    rows = [(Decimal(f"{n}.125000"), f"=100%（第{n}行）") for n in range(1, 6)]
    writer = WorkbookWriter(sheet_rows=3)  # a header and two rows a sheet
    written = writer.add(mart, len(rows), iter([rows[:4], rows[4:]]), tmp_path / "fct_sample.csv")
    writer.book.save(tmp_path / "sample.xlsx")
    assert written.sheets == ["样本", "样本（2）", "样本（3）"] and written.rows == 5
    book = load_workbook(tmp_path / "sample.xlsx")
    read = [row for title in written.sheets for row in book[title].iter_rows(min_row=2)]
    assert [(Decimal(repr(a.value)), b.value) for a, b in read] == rows
    assert {b.data_type for _, b in read} == {"s"}
    assert {a.number_format for a, _ in read} == {"#,##0.00####"}


def test_sheet_titles_fit_excel():
    taken = {"说明"}
    assert sheet_titles("说明", 1, taken) == ["说明（1-2）"]
    assert sheet_titles("a/b:c", 1, taken) == ["a_b_c"]
    assert sheet_titles("A_B_C", 1, taken) == ["A_B_C（1-2）"]  # Excel compares names case-blind
    long = "一般公共预算财政拨款支出决算表（按支出功能分类科目的类款项三级列示的明细数据）"
    titles = sheet_titles(long, 2, taken)
    assert [len(title) for title in titles] == [31, 31] and titles[1].endswith("（2）")
