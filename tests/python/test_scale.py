"""The warehouse at scale, tried small: synthetic reports built through the data-folder path."""

from __future__ import annotations

import csv
import filecmp
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR, run_build

from fiscal_warehouse.scale.generate import generate, swapped_digits

REPORTS = 30
# Models built a batch of reports at a time are built here in five batches.
BATCH_SIZE = 7


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def seed_rows(folder: Path, name: str) -> list[dict[str, str]]:
    return rows(folder / "seeds" / f"{name}.csv")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(data folder, published warehouse) of 30 synthetic reports, a fifth of them with an injected error."""
    data = tmp_path_factory.mktemp("synthetic")
    generate(data, REPORTS, seed=7, error_rate=0.2)
    warehouse = tmp_path_factory.mktemp("synthetic-warehouse") / "fiscal.duckdb"
    result = run_build(PROJECT_DIR, warehouse, "--data", str(data), env={"FISCAL_REPORT_BATCH_SIZE": str(BATCH_SIZE)})
    if result.returncode != 0:
        pytest.fail(f"the build of {REPORTS} synthetic reports failed:\n{result.output[-6000:]}")
    return data, warehouse


def test_the_same_seed_number_gives_the_same_folder(tmp_path):
    for name in ("first", "second"):
        generate(tmp_path / name, 6, seed=3, error_rate=0.5)
    generate(tmp_path / "other", 6, seed=4, error_rate=0.5)
    files = sorted(path.relative_to(tmp_path / "first") for path in (tmp_path / "first").rglob("*") if path.is_file())
    assert len(files) > 30
    assert all(filecmp.cmp(tmp_path / "first" / file, tmp_path / "second" / file, shallow=False) for file in files)
    assert not all(filecmp.cmp(tmp_path / "first" / file, tmp_path / "other" / file, shallow=False) for file in files)


def test_a_folder_the_generator_did_not_write_is_never_replaced(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "reports.csv").write_text("report_id\nmine\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not synthetic"):
        generate(tmp_path, 2)
    assert (tmp_path / "seeds" / "reports.csv").read_text(encoding="utf-8") == "report_id\nmine\n"
    generate(tmp_path / "synthetic", 2)
    generate(tmp_path / "synthetic", 3)  # its own folder is replaced
    assert len(seed_rows(tmp_path / "synthetic", "reports")) == 3


def test_a_typo_swaps_two_different_digits_of_the_whole_part():
    class FirstPair:
        def choice(self, options):
            return options[0]

    assert swapped_digits("326.71", FirstPair()) == "236.71"
    assert swapped_digits("-49.32", FirstPair()) == "-94.32"
    assert swapped_digits("5.50", FirstPair()) is None
    assert swapped_digits("1000.00", FirstPair()) is None


def test_every_report_is_built(synthetic):
    data, warehouse = synthetic
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        built = {row[0] for row in connection.execute("select report_id from dim_report").fetchall()}
    assert built == {row["report_id"] for row in seed_rows(data, "reports")}
    assert len(built) == REPORTS


def test_statement_lines_equal_the_seeds_in_wan_yuan(synthetic):
    """fct_statement_line against a computation of its own from the seed: per report, cells and
    their sum in 万元 (a 元 table divided by 10,000)."""
    data, warehouse = synthetic
    expected: dict[str, list] = defaultdict(lambda: [0, Decimal(0)])
    for row in seed_rows(data, "statement_lines"):
        if row["value"]:
            divisor = Decimal(10000) if row["printed_unit"] == "元" else Decimal(1)
            expected[row["report_id"]][0] += 1
            expected[row["report_id"]][1] += Decimal(row["value"]) / divisor
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        built = connection.execute(
            "select report_id, count(amount_wan_yuan), sum(amount_wan_yuan) from fct_statement_line group by report_id"
        ).fetchall()
    assert len(expected) >= REPORTS // 4
    assert {report: [count, total] for report, count, total in built} == dict(expected)


def test_amounts_are_the_templates_times_the_factor(synthetic):
    """Every amount of a synthetic report is its template's times the report's factor (except an injected typo)."""
    data, _ = synthetic
    factors = {
        row["report_id"]: (row["template_id"], int(row["factor"])) for row in rows(data / "synthetic_reports.csv")
    }
    injected = {(row["report_id"], int(row["row_number"])) for row in rows(data / "injected_errors.csv")}
    template_income = defaultdict(list)
    for row in seed_rows(PROJECT_DIR, "income_by_source"):
        template_income[row["report_id"]].append(Decimal(row["amount_wan_yuan"]))
    synthetic_income = defaultdict(list)
    for row in seed_rows(data, "income_by_source"):
        synthetic_income[row["report_id"]].append(Decimal(row["amount_wan_yuan"]))
    compared = 0
    for report_id, amounts in synthetic_income.items():
        template_id, factor = factors[report_id]
        for number, (amount, template_amount) in enumerate(
            zip(amounts, template_income[template_id], strict=True), start=1
        ):
            if (report_id, number) not in injected:
                assert amount == template_amount * factor, (report_id, number)
                compared += 1
    assert compared > REPORTS


def test_every_injected_error_is_a_finding_at_its_line(synthetic):
    data, warehouse = synthetic
    injected = rows(data / "injected_errors.csv")
    assert len(injected) >= 3
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        for error in injected:
            line = ("p" + error["page"] + ":" if error["page"] else "") + error["line"]
            cited = connection.execute(
                "select count(*) from audit_findings where report_id = ? and not is_rounding"
                " and list_contains(string_split(source_lines, ';'), ?)",
                [error["report_id"], line],
            ).fetchone()[0]
            assert cited > 0, error


def test_every_transcribed_value_is_located_once_across_batches(synthetic):
    """The provenance check is built a batch of reports at a time: every value of every report
    is in it once, found at its line (the generator prints each figure where its seed cites it)."""
    data, warehouse = synthetic
    cited_cells = sum(
        1
        for seed in (data / "seeds").glob("*.csv")
        for row in rows(seed)
        for column, value in row.items()
        if column.endswith("_line") and value and row.get(column.removesuffix("_line"), "")
    )
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        located, reports, found = connection.execute(
            "select count(*), count(distinct report_id), count(*) filter (where is_found_at_line)"
            " from intermediate.int_transcribed_values_located"
        ).fetchone()
    assert reports == REPORTS
    assert located == found == cited_cells
