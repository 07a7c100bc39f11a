"""The marts are the public contract: documented in two languages, labelled for BI, traceable."""

import csv
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import yaml
from conftest import PROJECT_DIR

MARTS_DIR = PROJECT_DIR / "models" / "marts"
ZH_DIR = PROJECT_DIR / "models" / "marts_zh"
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{3,}")


def mart_properties() -> dict[str, dict]:
    models = {}
    for path in MARTS_DIR.glob("_*.yml"):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
            models[model["name"]] = model
    return models


def mart_names() -> list[str]:
    return sorted(path.stem for path in MARTS_DIR.glob("*.sql"))


def test_every_mart_has_an_enforced_contract_and_bilingual_column_docs():
    properties = mart_properties()
    for name in mart_names():
        model = properties[name]
        assert model["config"]["contract"]["enforced"] is True, name
        assert CJK.search(model["description"]) and LATIN.search(model["description"]), name
        labels = []
        for column in model["columns"]:
            where = f"{name}.{column['name']}"
            assert column.get("data_type"), where
            assert CJK.search(column["description"]) and LATIN.search(column["description"]), where
            labels.append(column["meta"]["label_zh"])
        assert len(labels) == len(set(labels)), f"{name}: labels repeat"


def test_every_mart_has_a_chinese_labelled_view():
    assert sorted(path.stem.removeprefix("zh_") for path in ZH_DIR.glob("zh_*.sql")) == mart_names()


def test_the_chinese_views_show_the_documented_labels(db):
    properties = mart_properties()
    for path in ZH_DIR.glob("zh_*.sql"):
        alias = re.search(r"alias='([^']+)'", path.read_text(encoding="utf-8")).group(1)
        columns = [row[0] for row in db.execute(f"describe zh.{alias}").fetchall()]
        expected = [column["meta"]["label_zh"] for column in properties[path.stem.removeprefix("zh_")]["columns"]]
        assert columns == expected, alias


def test_every_transcribed_number_is_a_reported_figure_feeding_a_mart(db):
    transcribed = db.execute(
        "select count(*) from staging.stg_transcribed_values where value_kind = 'number'"
    ).fetchone()
    assert db.execute("select count(*) from fct_reported_figure").fetchone() == transcribed
    marts = {
        row[0]
        for row in db.execute("select table_name from information_schema.tables where table_schema = 'main'").fetchall()
    }
    fed = {row[0] for row in db.execute("select distinct feeds_model from fct_reported_figure").fetchall()}
    assert fed <= marts | {"audit_findings"}, fed - marts


def test_where_a_figure_comes_from_is_one_query(db):
    rows = db.execute(
        "select source_line, feeds_model from fct_reported_figure "
        "where report_id = 'changji_hrss_2023' and printed_value = '2638.26' and feeds_model = 'fct_revenue'"
    ).fetchall()
    assert rows == [(159, "fct_revenue")]


def seed(name: str) -> list[dict[str, str]]:
    with open(PROJECT_DIR / "seeds" / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_report_summary_agrees_with_the_seeds(db):
    """Headline figures recomputed from the transcription, independently of the models."""
    three_public = {
        r["report_id"]: r["amount_wan_yuan"]
        for r in seed("three_public_expenses")
        if r["expense_item"] == "三公经费合计"
    }
    projects = {}
    for row in seed("performance_evaluations"):
        if row["evaluation_level"] == "project":
            projects[row["report_id"]] = projects.get(row["report_id"], 0) + 1
    summary = db.execute(
        "select report_id, three_public_actual_wan_yuan, project_evaluation_tables from report_summary"
    ).fetchall()
    assert len(summary) == 3
    for report_id, three_public_actual, project_tables in summary:
        assert three_public_actual == Decimal(three_public[report_id])
        assert project_tables == projects[report_id]
    assert projects == {"changji_hrss_2023": 23, "tongcheng_hrss_2023": 26, "yanqi_social_insurance_2023": 9}


def test_finest_expenditure_lines_are_the_printed_lines(db):
    rows = seed("general_budget_expenditure")
    finest = {
        report_id: sum(
            Decimal(r["amount_wan_yuan"])
            for r in rows
            if r["report_id"] == report_id
            and r["line_level"] == ("kuan" if report_id.startswith("tongcheng") else "item")
        )
        for report_id in {r["report_id"] for r in rows}
    }
    summed = dict(
        db.execute("select report_id, sum(amount_wan_yuan) from fct_expenditure_by_function group by 1").fetchall()
    )
    assert summed == finest


def test_models_are_laid_out_by_layer():
    layers = {path.parent.name for path in (PROJECT_DIR / "models").rglob("*.sql")}
    assert layers == {"staging", "intermediate", "marts", "marts_zh"}
    assert all(Path(p).name.startswith("stg_") for p in (PROJECT_DIR / "models" / "staging").glob("*.sql"))
    assert all(Path(p).name.startswith("int_") for p in (PROJECT_DIR / "models" / "intermediate").glob("*.sql"))


def test_staging_reads_the_same_csv_files_without_dbt_seed(warehouse, tmp_path, db):
    """--vars external_seeds_path makes staging read the CSV files directly (the path to scale)."""
    database = tmp_path / "external.duckdb"
    dbt = Path(sys.executable).parent / "dbt"
    completed = subprocess.run(
        [
            str(dbt),
            "run",
            "--select",
            "stg_income_by_source",
            "stg_transcribed_values",
            "--vars",
            "{external_seeds_path: seeds}",
            "--project-dir",
            str(PROJECT_DIR),
            "--profiles-dir",
            str(PROJECT_DIR),
            "--target-path",
            str(tmp_path / "target"),
            "--log-path",
            str(tmp_path / "logs"),
        ],
        cwd=PROJECT_DIR,
        env=dict(os.environ, DBT_DUCKDB_PATH=str(database)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:]
    query = "select * from staging.stg_transcribed_values order by seed_name, row_key, column_name"
    with duckdb.connect(str(database), read_only=True) as external:
        assert external.execute(query).fetchall() == db.execute(query).fetchall()
        assert external.execute(
            "select count(*) from information_schema.tables where table_schema = 'raw'"
        ).fetchone() == (0,)
