"""Every typo in a transcribed number makes the build fail.

Each perturbation changes one number in one seed row the way a typo would (a digit changed,
two digits swapped, the decimal point moved) in a scratch copy of the built warehouse. The
staging and intermediate models are views over the raw seed tables (the one the build makes
a table is made a view again), so the build's own checks see the change at once. The build
fails when the seed check refuses the cell (a number not written as printed), when the value
is not printed at its line or its line is out of place, or when a reconciliation check finds
a discrepancy the register does not list. A perturbation that nothing catches is a gap in
the checks, reported by seed and column.
"""

import json
import random
import re
import shutil
from collections import Counter
from decimal import Decimal

import duckdb
import pytest
from conftest import intermediate_tables_as_views, models_reading

from fiscal_warehouse.seeds import cell_problem, expected_kind

ROWS_PER_COLUMN = 2
SEED = 20231231


def perturbations(value: str, is_line: bool) -> list[tuple[str, str]]:
    """(kind, perturbed value) pairs a typo could produce, each different from the value."""
    found = []
    digits = [i for i, c in enumerate(value) if c.isdigit()]
    if digits:
        i = digits[-1]
        found.append(("digit changed", value[:i] + str((int(value[i]) + 1) % 10) + value[i + 1 :]))
    for i, j in zip(digits, digits[1:], strict=False):
        if j == i + 1 and value[i] != value[j]:
            found.append(("digits swapped", value[:i] + value[j] + value[i] + value[j + 1 :]))
            break
    if not is_line and "." in value and len(digits) > 1:
        point = value.index(".")
        moved = value.replace(".", "")
        new_point = point - 1 if point > 1 + value.startswith("-") else point + 1
        if new_point < len(moved):
            found.append(("decimal point moved", moved[:new_point] + "." + moved[new_point:]))
    return [(kind, perturbed) for kind, perturbed in found if perturbed != value and perturbed.lstrip("-") != ""]


def perturbed_seeds(connection) -> set[str]:
    """The seeds whose numbers the test changes."""
    return {
        row[0]
        for row in connection.execute(
            "select distinct seed_name from staging.stg_transcribed_values where value_kind = 'number'"
        ).fetchall()
    }


def views_no_perturbation_reaches(manifest: dict, perturbed: set[str]) -> list[tuple[str, str]]:
    """(schema, name) of the staging and intermediate views that read none of the perturbed seeds,
    directly or through other models (e.g. the documents' lines): made tables once, so that each
    perturbation recomputes only what it can change."""
    reaching = models_reading(manifest, perturbed)
    return [
        (node["schema"], node["name"])
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model"
        and node["config"]["materialized"] == "view"
        and node["schema"] in ("staging", "intermediate")
        and node["name"] not in reaching
    ]


@pytest.fixture(scope="module")
def scratch(warehouse, tmp_path_factory):
    path = tmp_path_factory.mktemp("perturbation") / "fiscal.duckdb"
    shutil.copy2(warehouse, path)
    target = warehouse.parent / ".build" / "target"
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    with duckdb.connect(str(path)) as connection:
        perturbed = perturbed_seeds(connection)
        made_views = intermediate_tables_as_views(connection, warehouse, perturbed)
        assert {"int_check_results", "int_transcribed_values_located"} <= set(made_views)
        # DuckDB binds a view's names when it is queried, so a table of the same name takes its place.
        for schema, name in views_no_perturbation_reaches(manifest, perturbed):
            connection.execute(f"create table {schema}.{name}__frozen as select * from {schema}.{name}")
            connection.execute(f"drop view {schema}.{name}")
            connection.execute(f"alter table {schema}.{name}__frozen rename to {name}")
        yield connection


def failures(connection, seed_name: str, column_name: str) -> int:
    """How many of the build's checks fail (the cheap, targeted ones first)."""
    located = connection.execute(
        "select count(*) from intermediate.int_transcribed_values_located "
        "where not is_found_at_line and seed_name = ? and column_name = ?",
        [seed_name, column_name],
    ).fetchone()[0]
    if located:
        return located
    out_of_place = connection.execute(
        "select count(*) from intermediate.int_transcribed_lines_out_of_place where seed_name = ?", [seed_name]
    ).fetchone()[0]
    if out_of_place:
        return out_of_place
    overclaimed = connection.execute("select count(*) from intermediate.int_statement_numbers_overclaimed").fetchone()[
        0
    ]
    if overclaimed:
        return overclaimed
    return connection.execute(
        "select count(*) from intermediate.int_audit_findings_classified where review_status = 'unregistered'"
    ).fetchone()[0]


def still_printed_there(connection, seed_name: str, value_column: str, rowid: int, line: str) -> bool:
    """Whether a moved line citation still points at a line that prints the value (a PDF's
    sentence can print the same amount on two lines): then no typo was made."""
    page_column = value_column + "_page"
    columns = [row[0] for row in connection.execute(f"describe raw.{seed_name}").fetchall()]
    page = f"{page_column}" if page_column in columns else "null"
    report_id, page_number, value = connection.execute(
        f"select report_id, {page}, {value_column} from raw.{seed_name} where rowid = ?", [rowid]
    ).fetchone()
    texts = connection.execute(
        "select line_text from staging.stg_document_lines where report_id = ? and line_number = ?"
        " and coalesce(page_number, -1) = coalesce(?, -1)",
        [report_id, int(line), int(page_number) if page_number else None],
    ).fetchall()
    number = re.compile(rf"(?<![\d.]){re.escape(value)}(?![\d.])")
    return any(number.search(text.replace(",", "")) for (text,) in texts)


def test_every_perturbed_number_fails_the_build(scratch):
    assert failures(scratch, "", "") == 0, "the unperturbed warehouse must pass"
    transcribed = scratch.execute(
        "select distinct seed_name, column_name from staging.stg_transcribed_values where value_kind = 'number'"
    ).fetchall()
    randomness = random.Random(SEED)
    caught, tried, missed = Counter(), Counter(), []
    for seed_name, value_column in sorted(transcribed):
        for column in (value_column, value_column + "_line"):
            is_line = column.endswith("_line")
            assert expected_kind(column) in ("number", "integer")
            rows = scratch.execute(
                f"select rowid, {column} from raw.{seed_name} where {column} is not null order by rowid"
            ).fetchall()
            for rowid, value in randomness.sample(rows, min(ROWS_PER_COLUMN, len(rows))):
                for kind, perturbed in perturbations(value, is_line):
                    tried[seed_name] += 1
                    if cell_problem(column, perturbed):
                        caught[seed_name] += 1  # the seed check stops the build before dbt
                        continue
                    if is_line and still_printed_there(scratch, seed_name, value_column, rowid, perturbed):
                        tried[seed_name] -= 1
                        continue
                    scratch.execute("begin transaction")
                    scratch.execute(f"update raw.{seed_name} set {column} = ? where rowid = ?", [perturbed, rowid])
                    failed = failures(scratch, seed_name, value_column) > 0
                    scratch.execute("rollback")
                    if failed:
                        caught[seed_name] += 1
                    else:
                        missed.append(f"{seed_name}.{column} row {rowid}: {value} -> {perturbed} ({kind})")
    print("\ndetection rate per seed:")
    for seed_name in sorted(tried):
        print(f"  {seed_name:<36} {caught[seed_name]:>4} / {tried[seed_name]:<4}")
    print(f"  {'all':<36} {sum(caught.values()):>4} / {sum(tried.values()):<4}")
    for line in missed:
        print("  not caught:", line)
    assert sum(tried.values()) > 200
    assert missed == []


def test_a_further_code_cited_at_another_line_fails_the_build(scratch):
    """The codes of rows keyed by several classifications are in the provenance check: 30101 基本工资,
    printed split (301 | 01) at p16:10 with its name at p16:11 of the sample PDF, cited as a further
    code of the row, stands at its lines; one line off, it does not."""
    code = "('shanghai_putuo_finance_2024', '6', '3', '1', 'economic', '30101', '16', ?, '基本工资', '16', ?)"
    located = (
        "select column_name, is_found_at_line from intermediate.int_transcribed_values_located"
        " where seed_name = 'statement_line_codes' order by column_name"
    )
    found = {}
    for code_line, name_line in (("10", "11"), ("12", "11"), ("10", "12")):
        scratch.execute("begin transaction")
        scratch.execute(f"insert into raw.statement_line_codes values {code}", [code_line, name_line])
        found[(code_line, name_line)] = scratch.execute(located).fetchall()
        scratch.execute("rollback")
    assert found == {
        ("10", "11"): [("subject_code", True), ("subject_name", True)],
        ("12", "11"): [("subject_code", False), ("subject_name", True)],
        ("10", "12"): [("subject_code", True), ("subject_name", False)],
    }


def test_one_yuan_too_many_in_a_table_printed_in_yuan_is_a_discrepancy(scratch):
    """The budget PDF prints 一般公共预算支出预算表 in 元 to the fen: 行政运行 基本支出 11,919,501.84
    (p14:9). One 元 more, as a publisher's slip would print it, makes its row (合计 = 基本支出 +
    项目支出) and its 款 (20103) disagree by 1.00 元, beyond the rounding of their printed fen.
    Compared in 万元 at the tolerance of two printed decimals (0.015 万元 = 150 元), it passed."""
    cell = (
        "report_id = 'shanghai_putuo_government_office_2025_budget' and table_no = '105' and row_no = '3'"
        " and column_name = '基本支出'"
    )
    differing = (
        "select check_id, published_value - computed_value, tolerance from intermediate.int_checks_statements"
        " where report_id = 'shanghai_putuo_government_office_2025_budget' and published_value <> computed_value"
        " order by check_id"
    )
    assert scratch.execute(f"select value from raw.statement_lines where {cell}").fetchall() == [("11919501.84",)]
    assert scratch.execute(differing).fetchall() == []
    scratch.execute("begin transaction")
    scratch.execute(f"update raw.statement_lines set value = '11919502.84' where {cell}")
    found = scratch.execute(differing).fetchall()
    scratch.execute("rollback")
    assert found == [
        ("statement_code_rollup", Decimal("-1.0000"), Decimal("0.015000")),
        ("statement_row_total", Decimal("-1.0000"), Decimal("0.015000")),
    ]
    assert all(abs(difference) > tolerance for _, difference, tolerance in found)


def test_a_figure_of_a_text_cited_at_the_text_s_first_line_fails_the_build(scratch):
    """A figure printed inside a text column cites its own line: Changji's department table's
    实际完成情况 starts on line 692 and prints "全州城镇新增就业 2.27 万人" on line 702. Cited at the
    text's first line, or one printed line further (704), it is not found there."""
    row = (
        "report_id = 'changji_hrss_2023' and seed_name = 'performance_evaluations'"
        " and row_key = 'changji_hrss_2023|1' and column_name = 'goal_actual' and ordinal = '4'"
    )
    located = (
        "select is_found_at_line from intermediate.int_transcribed_values_located"
        " where seed_name = 'text_column_figures' and column_name = 'value'"
        " and row_key = 'changji_hrss_2023|performance_evaluations|changji_hrss_2023|1|goal_actual|4'"
    )
    assert scratch.execute(f"select value, unit, value_line from raw.text_column_figures where {row}").fetchall() == [
        ("2.27", "万人", "702")
    ]
    found = {}
    for line in ("702", "692", "704"):
        scratch.execute("begin transaction")
        scratch.execute(f"update raw.text_column_figures set value_line = ? where {row}", [line])
        found[line] = scratch.execute(located).fetchall()
        scratch.execute("rollback")
    assert found == {"702": [(True,)], "692": [(False,)], "704": [(False,)]}
