"""Seed files are checked before dbt loads them, with messages a person can act on."""

import csv
import re

from conftest import PROJECT_DIR

from fiscal_warehouse.seeds import expected_kind, validate_seeds

SEEDS = PROJECT_DIR / "seeds"


def test_the_committed_seeds_pass_the_check():
    assert [str(problem) for problem in validate_seeds(SEEDS)] == []


def test_a_word_where_a_number_belongs_names_file_line_and_column(tmp_path):
    (tmp_path / "income_by_source.csv").write_text(
        "report_id,line_item,ordinal,amount_wan_yuan,amount_wan_yuan_line\n"
        "r,财政拨款收入,1,2638.26,159\n"
        "r,其他收入,2,四百,165\n",
        encoding="utf-8",
    )
    messages = [str(problem) for problem in validate_seeds(tmp_path)]
    assert messages == [
        "seeds/income_by_source.csv, line 3, column amount_wan_yuan: '四百' is not a number "
        "(write it as printed: digits, optional '-' and decimals, no ',' or '%')"
    ]


def test_thousands_separators_percent_signs_and_ragged_rows_are_refused(tmp_path):
    (tmp_path / "shares.csv").write_text(
        'report_id,share_pct,value_line\nr,84.35%,12\nr,"2,638.26",1x\nr,1\n', encoding="utf-8"
    )
    messages = [str(problem) for problem in validate_seeds(tmp_path)]
    assert len(messages) == 4
    assert "line 2, column share_pct: '84.35%'" in messages[0]
    assert "line 3, column share_pct: '2,638.26'" in messages[1]
    assert "line 3, column value_line: '1x' is not a whole number" in messages[2]
    assert "line 4: 2 fields where the header has 3" in messages[3]


def test_column_kinds_follow_the_naming_convention():
    assert expected_kind("amount_wan_yuan") == "number"
    assert expected_kind("yoy_growth_pct") == "number"
    assert expected_kind("amount_wan_yuan_line") == "integer"
    assert expected_kind("evaluation_no") == "integer"
    assert expected_kind("is_stated_none") == "boolean"
    assert expected_kind("target_text") == "text"


def test_every_seed_column_loads_as_text():
    """dbt_project.yml must list every seed column, or dbt would guess its type."""
    project = (PROJECT_DIR / "dbt_project.yml").read_text(encoding="utf-8")
    declared = set(re.findall(r"^ {6}(\w+): varchar$", project, flags=re.MULTILINE))
    for path in SEEDS.glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert set(header) <= declared, f"{path.name}: {sorted(set(header) - declared)} missing in dbt_project.yml"


def test_the_build_types_seed_columns_by_the_same_rule_as_the_seed_check(db):
    """macros/typing.sql (seed_column_kind) and fiscal_warehouse/seeds.py must not drift apart."""
    kinds = db.execute("select distinct column_name, value_kind from staging.stg_transcribed_values").fetchall()
    assert kinds
    for column, kind in kinds:
        assert expected_kind(column) == ("number" if kind == "number" else "text"), column
