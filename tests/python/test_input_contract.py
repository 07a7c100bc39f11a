"""Malformed input is refused before dbt, in one line naming file, line and column (or document and
why), and the published warehouse stays byte-identical.

Each case corrupts a copy of the project's seeds and documents one way, runs the build on it as a
data folder, and checks the first line of the message and the published file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR

from fiscal_warehouse.build import build
from fiscal_warehouse.seeds import validate_seeds


def read_seed(folder: Path, seed: str) -> list[list[str]]:
    with open(folder / "seeds" / f"{seed}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_seed(folder: Path, seed: str, rows: list[list[str]]) -> None:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    (folder / "seeds" / f"{seed}.csv").write_text(text.getvalue(), encoding="utf-8")


def set_cell(seed: str, file_line: int, column: str, value: str) -> Callable[[Path], None]:
    def corrupt(folder: Path) -> None:
        rows = read_seed(folder, seed)
        rows[file_line - 1][rows[0].index(column)] = value
        write_seed(folder, seed, rows)

    return corrupt


def edit_rows(seed: str, edit: Callable[[list[list[str]]], list[list[str]]]) -> Callable[[Path], None]:
    def corrupt(folder: Path) -> None:
        write_seed(folder, seed, edit(read_seed(folder, seed)))

    return corrupt


def write_bytes(relative: str, content: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def corrupt(folder: Path) -> None:
        path = folder / relative
        path.write_bytes(content(path.read_bytes()))

    return corrupt


def remove(relative: str) -> Callable[[Path], None]:
    return lambda folder: (folder / relative).unlink()


def drop_column(rows: list[list[str]], column: str) -> list[list[str]]:
    position = rows[0].index(column)
    return [row[:position] + row[position + 1 :] for row in rows]


CHANGJI_DOCUMENT = "documents/002_e0b9e12b257efafd.txt"

# (kind, corruption, the start of the first line of the message)
CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("a word for a number", set_cell("income_by_source", 3, "amount_wan_yuan", "四百"),
     "seeds/income_by_source.csv, line 3, column amount_wan_yuan: '四百' is not a number"),
    ("thousands separators", set_cell("income_by_source", 3, "amount_wan_yuan", "2,638.26"),
     "seeds/income_by_source.csv, line 3, column amount_wan_yuan: '2,638.26' is not a number"),
    ("a percent sign", set_cell("income_by_source", 3, "share_pct", "84.35%"),
     "seeds/income_by_source.csv, line 3, column share_pct: '84.35%' is not a number"),
    ("a leading zero in a line number", set_cell("income_by_source", 3, "amount_wan_yuan_line", "0159"),
     "seeds/income_by_source.csv, line 3, column amount_wan_yuan_line: '0159' is not a whole number"),
    ("line number 0", set_cell("income_by_source", 3, "amount_wan_yuan_line", "0"),
     "seeds/income_by_source.csv, line 3, column amount_wan_yuan_line: '0' is below 1"),
    ("a negative asset value", set_cell("state_assets", 3, "value_wan_yuan", "-7696.93"),
     "seeds/state_assets.csv, line 3, column value_wan_yuan: '-7696.93' is negative"),
    ("a negative share", set_cell("income_by_source", 3, "share_pct", "-84.35"),
     "seeds/income_by_source.csv, line 3, column share_pct: '-84.35' is negative"),
    ("a boolean that is not true or false", set_cell("fiscal_appropriation_totals", 2, "is_stated_none", "yes"),
     "seeds/fiscal_appropriation_totals.csv, line 2, column is_stated_none: 'yes' is not true or false"),
    ("a value outside its list", set_cell("statement_tables", 2, "table_status", "missing"),
     "seeds/statement_tables.csv, line 2, column table_status: 'missing' is not one of found, empty, absent"),
    ("trailing spaces in a text", set_cell("unit_organisations", 2, "organisation_name", "办公室 "),
     "seeds/unit_organisations.csv, line 2, column organisation_name: '办公室 ' has leading or trailing spaces"),
    ("an empty key", set_cell("unit_organisations", 2, "report_id", ""),
     "seeds/unit_organisations.csv, line 2, column report_id: is empty, and the contract requires a value"),
    ("a report that reports.csv does not know", set_cell("unit_organisations", 2, "report_id", "nowhere_2023"),
     "seeds/unit_organisations.csv, column report_id: 'nowhere_2023' is not a report of reports.csv"),
    ("a repeated key", edit_rows("state_assets", lambda rows: [*rows[:3], rows[2], *rows[3:]]),
     "seeds/state_assets.csv, line 4: key (report_id=changji_hrss_2023, asset_item=房屋) repeats line 3"),
    ("a row with a field missing", edit_rows("income_by_source", lambda rows: [rows[0], rows[1][:-1], *rows[2:]]),
     "seeds/income_by_source.csv, line 2: 11 fields where the header has 12"),
    ("a row with a field too many", edit_rows("income_by_source", lambda rows: [rows[0], [*rows[1], "x"], *rows[2:]]),
     "seeds/income_by_source.csv, line 2: 13 fields where the header has 12"),
    ("a column missing", edit_rows("procurement", lambda rows: drop_column(rows, "share_pct_line")),
     "seeds/procurement.csv, line 1, column share_pct_line: column missing"),
    ("an extra column", edit_rows("procurement", lambda rows: [[*row, "x"] for row in rows]),
     "seeds/procurement.csv, line 1, column x: column not in the contract"),
    ("a section reduced to its header", edit_rows("unit_organisations", lambda rows: rows[:1]),
     "seeds/unit_organisations.csv: no rows for report changji_hrss_2023"),
    ("a seed the contract does not know", lambda folder: (folder / "seeds" / "notes.csv").write_text("a\n1\n"),
     "seeds/notes.csv: a seed the contract does not know"),
    ("a seed file missing", remove("seeds/procurement.csv"),
     "seeds/procurement.csv: file missing"),
    ("an empty file", write_bytes("seeds/procurement.csv", lambda _: b""),
     "seeds/procurement.csv, line 1: the file has no header line"),
    ("an unterminated quote", write_bytes("seeds/procurement.csv", lambda data: data + b'x,"open\n'),
     "seeds/procurement.csv: not a readable CSV file"),
    ("a GBK-encoded seed", write_bytes("seeds/procurement.csv", lambda data: data.decode("utf-8").encode("gbk")),
     "seeds/procurement.csv, line 2: not UTF-8 at byte offset"),
    ("a UTF-16 seed", write_bytes("seeds/procurement.csv", lambda data: data.decode("utf-8").encode("utf-16")),
     "seeds/procurement.csv: the file is UTF-16; save it as UTF-8"),
    ("a document changed after it was recorded",
     write_bytes(CHANGJI_DOCUMENT, lambda data: data.replace("万元".encode(), "元".encode(), 1)),
     "documents/002_e0b9e12b257efafd.txt: changed after it was recorded"),
    ("a document missing", remove(CHANGJI_DOCUMENT),
     "documents/002_e0b9e12b257efafd.txt: missing, though documents/SHA256SUMS lists it"),
    ("a report's sha256 that the manifest does not record", set_cell("reports", 2, "source_sha256", "0" * 64),
     "seeds/reports.csv, line 2, column source_sha256: '" + "0" * 64 + "' differs from documents/SHA256SUMS"),
    ("the manifest missing", remove("documents/SHA256SUMS"),
     "documents/SHA256SUMS: missing"),
]  # fmt: skip


@pytest.fixture(scope="module")
def published(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's warehouse, published where the malformed builds would publish."""
    path = tmp_path_factory.mktemp("published") / "fiscal.duckdb"
    shutil.copyfile(warehouse, path)
    return path


def data_folder(tmp_path: Path) -> Path:
    """A copy of the project's seeds and documents: a data folder that builds as the project does."""
    folder = tmp_path / "data"
    shutil.copytree(PROJECT_DIR / "seeds", folder / "seeds")
    shutil.copytree(PROJECT_DIR / "documents", folder / "documents")
    return folder


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("kind", "corrupt", "message"), CASES, ids=[case[0] for case in CASES])
def test_malformed_input_is_refused_naming_where(kind, corrupt, message, published, tmp_path, capsys):
    folder = data_folder(tmp_path)
    corrupt(folder)
    before = sha256(published)
    returncode = build(published, data_dir=folder)
    error = capsys.readouterr().err
    assert returncode == 1, kind
    assert error.splitlines()[0].startswith(message), error
    assert "build stopped" in error.splitlines()[-1]
    assert sha256(published) == before
    assert not [path.name for path in published.parent.iterdir() if ".next" in path.name]


def test_there_are_at_least_twenty_kinds():
    assert len({case[0] for case in CASES}) >= 20


def test_the_project_and_a_copy_of_it_keep_the_contract(tmp_path):
    assert [str(problem) for problem in validate_seeds(PROJECT_DIR / "seeds")] == []
    assert [str(problem) for problem in validate_seeds(data_folder(tmp_path) / "seeds")] == []


def test_a_byte_order_mark_and_crlf_line_ends_are_accepted(tmp_path):
    folder = data_folder(tmp_path)
    path = folder / "seeds" / "procurement.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert [str(problem) for problem in validate_seeds(folder / "seeds")] == []
    # Staging reads a data folder's seeds with DuckDB: the first column keeps its name.
    columns = duckdb.sql(f"select * from read_csv('{path}', header = true, all_varchar = true)").columns
    assert columns[0] == "report_id"
