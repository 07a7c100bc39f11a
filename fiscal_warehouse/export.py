"""`make export`: the marts as one Excel workbook and as CSV files, for spreadsheet users.

One sheet per mart, named and headed as its view in schema `zh` (generated from the marts'
`meta.label_zh`, so the warehouse's own labels, units included, are the headers). Amounts stay
numbers, shown with every decimal they have; the `…所在行` and `所在页` columns keep where each
figure is printed. A first sheet, 说明, says what each sheet holds and where it came from.

The published warehouse is opened read-only, rows are streamed (openpyxl's write-only mode), a
mart longer than an Excel sheet goes on in further sheets, and the files are written in a
folder beside their destination and renamed into place: a failed export leaves the previous one.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import difflib
import itertools
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import yaml
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from fiscal_warehouse.build import PROJECT_DIR, published_path

DEFAULT_OUT = PROJECT_DIR / "warehouse" / "export"
EXCEL_MAX_ROWS = 1_048_576  # rows of an Excel sheet, the header row included
FETCH_ROWS = 10_000
TITLE_MAX, TITLE_FORBIDDEN = 31, re.compile(r"[\[\]:*?/\\]")
README_SHEET = "说明"
UNIT_IN_HEADER = re.compile(r"（(?:[^）]*，)?(万元|元|%)）")
UNITS_NOTE = (
    "金额为数值（不是文本），单位在列名中（万元、元），比率为百分数（%）；显示至少两位小数，不省略任何非零小数，"
    "CSV 文件保留数据仓库中的全部小数位。"
    "“…所在行”是原文的行号（PDF 报告：documents/rendered/ 中该页文本的行；文本报告：文本文件的行），"
    "“所在页”是 PDF 页码。"
)


class ExportError(Exception):
    """Why nothing was exported (a previous export is left as it was)."""


@dataclass(frozen=True)
class Mart:
    name: str  # table in schema main
    title: str  # its Chinese view in schema zh
    columns: list[str]
    headers: list[str]
    scales: list[int | None]  # decimal places of a DECIMAL column, None for other types


@dataclass(frozen=True)
class Written:
    mart: Mart
    sheets: list[str]
    rows: int


def chinese_views(connection: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """mart -> (its view in schema zh, [(mart column, label)]), parsed from the views' SQL by DuckDB."""
    views = {}
    rows = connection.execute("select view_name, sql from duckdb_views() where schema_name = 'zh'").fetchall()
    for view, sql in rows:
        select = sql[sql.index(" AS SELECT ") + len(" AS ") :]
        tree = json.loads(connection.execute("select json_serialize_sql(?)", [select]).fetchone()[0])
        node = tree["statements"][0]["node"]
        views[node["from_table"]["table_name"]] = (
            view,
            [(c["column_names"][-1], c["alias"]) for c in node["select_list"]],
        )
    return views


def marts_of(connection: duckdb.DuckDBPyConnection) -> list[Mart]:
    """Every table of schema main with its Chinese view: the reports, the other dimensions, the rest by name."""
    views = chinese_views(connection)
    names = [
        row[0]
        for row in connection.execute("select table_name from duckdb_tables() where schema_name = 'main'").fetchall()
    ]
    marts = []
    for name in sorted(names, key=lambda name: (name != "dim_report", not name.startswith("dim_"), name)):
        if name not in views:
            raise ExportError(f"mart {name} has no view in schema zh that names its columns in Chinese")
        title, pairs = views[name]
        scales = dict(
            connection.execute(
                "select column_name, case when data_type like 'DECIMAL%' then numeric_scale end"
                " from duckdb_columns() where schema_name = 'main' and table_name = ?",
                [name],
            ).fetchall()
        )
        columns = [column for column, _ in pairs]
        if sorted(columns) != sorted(scales):
            raise ExportError(f"zh.{title} does not show every column of {name}: rebuild the warehouse")
        marts.append(Mart(name, title, columns, [label for _, label in pairs], [scales.get(c) for c in columns]))
    return marts


def sheet_titles(title: str, parts: int, taken: set[str]) -> list[str]:
    """Excel sheet names for a mart's parts: at most 31 characters, none of []:*?/\\, unique
    (Excel compares them case-blind); the parts after the first are numbered 收入决算（2）…"""
    base = TITLE_FORBIDDEN.sub("_", title) or "_"
    titles = []
    for part in range(1, parts + 1):
        for attempt in itertools.count(1):
            number = f"{part}" if attempt == 1 else f"{part}-{attempt}"
            suffix = "" if number == "1" else f"（{number}）"
            candidate = base[: TITLE_MAX - len(suffix)] + suffix
            if candidate.casefold() not in taken:
                break
        taken.add(candidate.casefold())
        titles.append(candidate)
    return titles


def number_format(scale: int) -> str:
    """Thousands separated, at least two decimals and every further one the value has."""
    return "#,##0" if scale == 0 else "#,##0." + "0" * min(scale, 2) + "#" * max(scale - 2, 0)


def display_width(value: object) -> int:
    text = "" if value is None else str(value)
    return len(text) + sum(1 for char in text if ord(char) >= 0x2E80)  # CJK characters are two wide


def csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)  # a Decimal keeps its digits exactly


class WorkbookWriter:
    """The workbook being written: the 说明 sheet first, then each mart's sheets, streamed."""

    def __init__(self, sheet_rows: int):
        self.book = Workbook(write_only=True)
        self.readme = self.book.create_sheet(README_SHEET)
        self.taken = {README_SHEET}
        self.rows_per_sheet = sheet_rows - 1
        self.bold = Font(bold=True)

    def bold_cell(self, sheet, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = self.bold
        return cell

    def new_sheet(self, title: str, mart: Mart, sample: list[tuple]):
        sheet = self.book.create_sheet(title)
        sheet.freeze_panes = "A2"
        for index, header in enumerate(mart.headers):
            widest = max([display_width(header)] + [display_width(row[index]) for row in sample[:200]])
            sheet.column_dimensions[get_column_letter(index + 1)].width = min(widest + 2, 60)
        sheet.append([self.bold_cell(sheet, header) for header in mart.headers])
        return sheet

    @staticmethod
    def cell(sheet, value: object, scale: int | None) -> object:
        """A decimal as a number in its format; text as printed, even when it begins with "="
        (never a formula), an empty text as an empty cell; anything else as it is (cheaper:
        openpyxl makes the cell)."""
        if value is None or value == "":
            return None
        if scale is not None:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_format(scale)
            return cell
        if isinstance(value, str) and value.startswith("="):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            return cell
        return value

    def add(self, mart: Mart, count: int, chunks: Iterator[list[tuple]], csv_path: Path) -> Written:
        """Stream a mart's rows into its sheets and its CSV file (UTF-8 with BOM, for Excel)."""
        titles = sheet_titles(mart.title, max(1, -(-count // self.rows_per_sheet)), self.taken)
        first = next(chunks, [])
        sheet, written = None, 0
        with csv_path.open("w", encoding="utf-8-sig", newline="") as csv_file:
            writer = csv.writer(csv_file)
            writer.writerow(mart.headers)
            for row in itertools.chain.from_iterable(itertools.chain([first], chunks)):
                if written % self.rows_per_sheet == 0:
                    sheet = self.new_sheet(titles[written // self.rows_per_sheet], mart, first)
                try:
                    sheet.append(
                        [self.cell(sheet, value, scale) for value, scale in zip(row, mart.scales, strict=True)]
                    )
                except ValueError as error:  # a character no Excel cell can hold, say
                    raise ExportError(f"{mart.name}, row {written + 1}: {error}") from error
                writer.writerow([csv_text(value) for value in row])
                written += 1
        if sheet is None:
            self.new_sheet(titles[0], mart, [])
        return Written(mart, titles, written)

    def discard(self) -> None:
        """Close the sheets of a workbook that will not be saved (openpyxl removes their files at exit)."""
        for sheet in self.book.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()

    def add_readme(self, facts: list[tuple[str, str]], written: list[Written], csv_folder: str) -> None:
        sheet, descriptions = self.readme, mart_descriptions()
        for letter, width in zip("ABCDEF", (30, 40, 44, 10, 12, 100), strict=True):
            sheet.column_dimensions[letter].width = width
        for label, value in facts:
            sheet.append([self.bold_cell(sheet, label), value])
        sheet.append([])
        headings = ("工作表", "数据表", "CSV 文件", "行数", "单位", "内容")
        sheet.append([self.bold_cell(sheet, heading) for heading in headings])
        for item in written:
            units = sorted({unit for header in item.mart.headers for unit in UNIT_IN_HEADER.findall(header)})
            sheet.append(
                [
                    "、".join(item.sheets),
                    item.mart.name,
                    f"{csv_folder}/{item.mart.name}.csv",
                    item.rows,
                    "、".join(units),
                    descriptions.get(item.mart.name, ""),
                ]
            )


def mart_descriptions() -> dict[str, str]:
    """Each mart's description from its documentation (models/marts/*.yml)."""
    descriptions = {}
    for path in sorted((PROJECT_DIR / "models" / "marts").glob("_*.yml")):
        for model in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader).get("models", []):
            descriptions[model["name"]] = " ".join(model.get("description", "").split())
    return descriptions


def report_ids(connection: duckdb.DuckDBPyConnection, report: str | None) -> list[str]:
    """The reports exported: all, or the one asked for (an unknown one is an error naming the known)."""
    known = [
        row[0] for row in connection.execute("select report_id from main.dim_report order by report_id").fetchall()
    ]
    if report is None:
        return known
    if report not in known:
        close = difflib.get_close_matches(report, known, n=3)
        shown = ", ".join(known[:50]) + (f" … ({len(known)} in all)" if len(known) > 50 else "")
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise ExportError(f"REPORT={report}: no such report in the warehouse{hint}. Known reports: {shown}")
    return [report]


def warehouse_facts(
    connection: duckdb.DuckDBPyConnection, warehouse: Path, reports: list[str]
) -> list[tuple[str, str]]:
    published = datetime.fromtimestamp(warehouse.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    facts = [("数据仓库", str(warehouse)), ("发布时间", published)]
    try:
        code = connection.execute("select sha256 from meta.build_inputs where input = 'code'").fetchone()
    except duckdb.CatalogException:  # a warehouse built before builds recorded their inputs
        code = None
    if code:
        facts.append(("代码版本（sha256）", code[0]))
    listed = ", ".join(reports) if len(reports) <= 20 else f"{len(reports)} 份（编号见 dim_report 的工作表）"
    facts += [("报告", listed), ("导出时间", datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")), ("单位", UNITS_NOTE)]
    return facts


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def mart_rows(connection: duckdb.DuckDBPyConnection, mart: Mart, report: str | None) -> tuple[int, Iterator[list]]:
    """The mart's row count and its rows in chunks: one report's rows where the mart has report_id."""
    where, parameters = ("where report_id = ?", [report]) if report and "report_id" in mart.columns else ("", [])
    source = f"main.{quoted(mart.name)} {where}"
    count = connection.execute(f"select count(*) from {source}", parameters).fetchone()[0]
    cursor = connection.cursor()
    cursor.execute(f"select {', '.join(quoted(column) for column in mart.columns)} from {source}", parameters)
    return count, iter(lambda: cursor.fetchmany(FETCH_ROWS), [])


def export(
    warehouse: Path, out_dir: Path, report: str | None = None, sheet_rows: int = EXCEL_MAX_ROWS
) -> list[Written]:
    """Write <out>/<name>.xlsx and <out>/<name>/<mart>.csv; name is the report's id, or the
    warehouse file's name for all reports."""
    if not warehouse.is_file():
        raise ExportError(f"{warehouse}: no warehouse there (`make build` publishes one)")
    name = report or warehouse.stem
    if name.startswith(".") or not re.fullmatch(r"[\w.-]+", name):
        raise ExportError(f"{name!r} cannot name the exported files (letters, digits, _ . - only)")
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        reports = report_ids(connection, report)
        marts = marts_of(connection)
        out_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{name}.export.", dir=out_dir))
        book = WorkbookWriter(sheet_rows)
        try:
            (work / name).mkdir()
            written = [
                book.add(mart, *mart_rows(connection, mart, report), work / name / f"{mart.name}.csv") for mart in marts
            ]
            book.add_readme(warehouse_facts(connection, warehouse, reports), written, name)
            book.book.save(work / f"{name}.xlsx")
            os.replace(work / f"{name}.xlsx", out_dir / f"{name}.xlsx")
            if (out_dir / name).exists():
                os.replace(out_dir / name, work / "previous")
            os.replace(work / name, out_dir / name)
        except BaseException:
            book.discard()
            raise
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Export the marts to an Excel workbook and CSV files.")
    parser.add_argument("--report", help="one report's rows (marts without report_id are exported whole)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"folder to write into (default {DEFAULT_OUT})")
    arguments = parser.parse_args(argv)
    started, warehouse = time.monotonic(), published_path()
    try:
        written = export(warehouse, arguments.out, arguments.report)
    except ExportError as error:
        print(f"export failed: {error}; nothing was written", file=sys.stderr)
        return 2
    name = arguments.report or warehouse.stem
    for item in written:
        print(f"  {'、'.join(item.sheets):<24} {item.mart.name:<36} {item.rows:>9,} rows")
    sheets = 1 + sum(len(item.sheets) for item in written)
    rows = sum(item.rows for item in written)
    print(
        f"wrote {arguments.out / name}.xlsx ({sheets} sheets, {rows:,} rows) and {len(written)} CSV files"
        f" in {arguments.out / name}/ in {time.monotonic() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
