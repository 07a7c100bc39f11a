"""Seed files are checked before dbt loads them, with messages a person can act on."""

import csv
import re

from conftest import PROJECT_DIR

from fiscal_warehouse.seeds import contract, expected_kind, validate_seeds

SEEDS = PROJECT_DIR / "seeds"


def test_the_committed_seeds_pass_the_check():
    assert [str(problem) for problem in validate_seeds(SEEDS)] == []


def test_the_contract_types_each_column_by_the_naming_convention():
    """datapackage.json, the seed check and the staging models' typing must not drift apart."""
    types = {"integer": "integer", "number": "number", "boolean": "boolean", "string": "text"}
    for resource in contract().values():
        for field in resource["schema"]["fields"]:
            assert types[field["type"]] == expected_kind(field["name"]), (resource["name"], field["name"])


def test_the_contract_lists_every_seed_with_its_header():
    resources = contract()
    assert {path.stem for path in SEEDS.glob("*.csv")} == set(resources)
    for name, resource in resources.items():
        with open(SEEDS / f"{name}.csv", encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == [field["name"] for field in resource["schema"]["fields"]], name
        assert set(resource["schema"]["primaryKey"]) <= set(header), name


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
