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


def test_every_amount_and_rate_label_names_its_unit():
    """A spreadsheet or BI user sees only the label: an amount in 万元 or a rate in % must say so."""
    units = {"_wan_yuan": "万元", "_pct": "%"}
    for name, model in mart_properties().items():
        for column in model["columns"]:
            for suffix, unit in units.items():
                if column["name"].endswith(suffix):
                    assert unit in column["meta"]["label_zh"], f"{name}.{column['name']}: {column['meta']['label_zh']}"


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


def final_accounts() -> set[str]:
    """The final-accounts reports: the subject marts hold theirs only (a budget's lines are elsewhere)."""
    return {row["report_id"] for row in seed("reports") if row["document_kind"] == "final_accounts"}


def statement_reports() -> set[str]:
    """Final accounts with statement tables read from their PDF: their fact rows come from those tables."""
    found = {row["report_id"] for row in seed("statement_tables") if row["table_status"] == "found"}
    return found & final_accounts()


def mart_statement_reports(mart: str) -> set[str]:
    """The statement reports that print one of the tables feeding a mart (seeds/statement_mart_tables.csv)."""
    tables = {row["table_no"] for row in seed("statement_mart_tables") if row["mart_name"] == mart}
    return {
        row["report_id"]
        for row in seed("statement_tables")
        if row["table_status"] == "found" and row["table_no"] in tables and row["report_id"] in final_accounts()
    }


def statement_amount(
    report_id: str, table_no: int, line_item: str, column_name: str, side_no: int | None = None
) -> Decimal | None:
    """One cell of a report's statement table as read (the statement seed), in 万元; None where the
    table prints no figure there. side_no picks a side of a two-sided table."""
    cells = [
        row
        for row in seed("statement_lines")
        if (row["report_id"], row["table_no"], row["line_item"], row["column_name"])
        == (report_id, str(table_no), line_item, column_name)
        and (side_no is None or row["side_no"] == str(side_no))
    ]
    assert len(cells) <= 1, (report_id, table_no, line_item, column_name)
    if not cells or not cells[0]["value"]:
        return None
    return Decimal(cells[0]["value"]) / (10000 if cells[0]["printed_unit"] == "元" else 1)


def test_report_summary_agrees_with_the_seeds(db):
    """Headline figures recomputed from the transcription, independently of the models: the
    narrative seeds, or the statement seed for a report whose statement tables are read."""
    from_tables = statement_reports()
    three_public = {
        r["report_id"]: Decimal(r["amount_wan_yuan"])
        for r in seed("three_public_expenses")
        if r["expense_item"] == "三公经费合计" and r["report_id"] not in from_tables
    }
    three_public.update({report_id: statement_amount(report_id, 7, "合计", "决算数") for report_id in from_tables})
    projects = {}
    for row in seed("performance_evaluations"):
        if row["evaluation_level"] == "project":
            projects[row["report_id"]] = projects.get(row["report_id"], 0) + 1
    summary = db.execute(
        "select report_id, three_public_actual_wan_yuan, project_evaluation_tables, source_kind from report_summary"
    ).fetchall()
    assert sorted(report_id for report_id, *_ in summary) == sorted(final_accounts())
    for report_id, three_public_actual, project_tables, source_kind in summary:
        assert three_public_actual == three_public[report_id], report_id
        assert project_tables == projects.get(report_id), report_id
        assert source_kind == ("statement_table" if report_id in from_tables else "narrative"), report_id
    assert projects == {"changji_hrss_2023": 23, "tongcheng_hrss_2023": 26, "yanqi_social_insurance_2023": 9}


def test_report_summary_of_a_pdf_report_takes_its_headline_figures_from_its_tables(db):
    """The Shanghai PDF: every headline figure its statement tables print; of what only its
    explanations print, 机关运行经费 184.65 万元 (page 24, line 1); no shares, budgets or staff."""
    report_id = "shanghai_putuo_finance_2024"
    assert report_id in statement_reports()
    expected = {
        "income_grand_total_wan_yuan": statement_amount(report_id, 1, "总计", "决算数", side_no=1),
        "income_current_year_wan_yuan": statement_amount(report_id, 1, "本年收入合计", "决算数"),
        "expenditure_current_year_wan_yuan": statement_amount(report_id, 1, "本年支出合计", "决算数"),
        "carry_over_year_end_wan_yuan": statement_amount(report_id, 1, "年末结转和结余", "决算数"),
        "fiscal_appropriation_income_wan_yuan": statement_amount(report_id, 4, "本年收入合计", "决算数"),
        "basic_expenditure_wan_yuan": statement_amount(report_id, 3, "合计", "基本支出"),
        "project_expenditure_wan_yuan": statement_amount(report_id, 3, "合计", "项目支出"),
        "personnel_costs_wan_yuan": statement_amount(report_id, 6, "人员经费合计", "决算数"),
        "public_costs_wan_yuan": statement_amount(report_id, 6, "公用经费合计", "决算数"),
        "general_budget_expenditure_wan_yuan": statement_amount(report_id, 4, "本年支出合计", "一般公共预算财政拨款"),
        "three_public_actual_wan_yuan": statement_amount(report_id, 7, "合计", "决算数"),
        "three_public_budget_wan_yuan": statement_amount(report_id, 7, "合计", "预算数"),
        "fiscal_appropriation_income_share_pct": None,
        "basic_expenditure_share_pct": None,
        "general_budget_initial_budget_wan_yuan": None,
        "staff_serving": None,
        "operating_costs_wan_yuan": Decimal("184.65"),
        "source_kind": "statement_table",
    }
    row = db.execute(f"select {', '.join(expected)} from report_summary where report_id = ?", [report_id]).fetchone()
    assert dict(zip(expected, row, strict=True)) == expected
    # Printed in the PDF: 收入总计 2,995.39 (page 7, line 3), 三公 预算数 0.95 with 决算数 left blank (page 18).
    assert (expected["income_grand_total_wan_yuan"], expected["three_public_budget_wan_yuan"]) == (
        Decimal("2995.39"),
        Decimal("0.95"),
    )
    assert expected["three_public_actual_wan_yuan"] is None


SUBJECT_MARTS = [
    "fct_account_totals",
    "fct_revenue",
    "fct_expenditure",
    "fct_expenditure_by_function",
    "fct_expenditure_by_function_class",
    "fct_basic_expenditure",
    "fct_expenditure_by_economic",
    "fct_expenditure_by_economic_class",
    "fct_three_public_expenses",
]


def test_each_report_takes_its_subject_rows_from_one_source(db):
    """A report that prints one of a subject mart's tables has statement rows (with their page) and
    no narrative rows in that mart; the other reports keep their narrative rows, without a page (the
    university's final accounts print no 一般公共预算财政拨款支出决算表, so its 项 in
    fct_expenditure_by_function are those its explanation states)."""
    for mart in SUBJECT_MARTS:
        from_tables = mart_statement_reports(mart)
        rows = db.execute(
            f"select report_id, source_kind, count(*), count(source_page) from {mart} group by 1, 2"
        ).fetchall()
        for report_id, source_kind, count, with_page in rows:
            if report_id in from_tables:
                assert (source_kind, with_page) == ("statement_table", count), (mart, report_id)
            else:
                assert (source_kind, with_page) == ("narrative", 0), (mart, report_id)
        assert mart_statement_reports(mart) <= {report_id for report_id, *_ in rows}, mart


def test_statement_rows_cite_the_cells_of_their_table(db):
    """Every amount of a statement row in the subject marts is a cell of fct_statement_line with the
    same value, page and line."""
    cited = {
        "fct_account_totals": ("amount_wan_yuan", "amount_wan_yuan_line"),
        "fct_revenue": ("amount_wan_yuan", "amount_wan_yuan_line"),
        "fct_expenditure": ("amount_wan_yuan", "amount_wan_yuan_line"),
        "fct_expenditure_by_function": ("amount_wan_yuan", "amount_wan_yuan_line"),
        "fct_expenditure_by_function_class": ("amount_wan_yuan", "amount_wan_yuan_line"),
        "fct_basic_expenditure": ("amount_wan_yuan", "amount_wan_yuan_line"),
        "fct_expenditure_by_economic": ("amount_wan_yuan", "amount_wan_yuan_line"),
        "fct_expenditure_by_economic_class": ("amount_wan_yuan", "amount_wan_yuan_line"),
        "fct_three_public_expenses": ("budget_wan_yuan", "budget_wan_yuan_line"),
    }
    for mart, (amount, line) in cited.items():
        uncited = db.execute(
            f"""
            select count(*) from {mart} as mart
            where mart.source_kind = 'statement_table' and mart.{amount} is not null
                and not exists (
                    select 1 from fct_statement_line as cell
                    where cell.report_id = mart.report_id and cell.amount_wan_yuan = mart.{amount}
                        and cell.source_page = mart.source_page and cell.source_line = mart.{line}
                )
            """
        ).fetchone()
        assert uncited == (0,), mart


def test_finest_expenditure_lines_are_the_printed_lines(db):
    rows = seed("general_budget_expenditure")
    finest = {
        report_id: sum(
            Decimal(r["amount_wan_yuan"])
            for r in rows
            if r["report_id"] == report_id
            and r["line_level"] == ("kuan" if report_id.startswith("tongcheng") else "item")
        )
        for report_id in {r["report_id"] for r in rows} & final_accounts()  # a budget's 项 are no outturn
    }
    # A report with statement tables: the lines of its general-budget table (合计 column) that have
    # no line printed under them (every 款 of the Shanghai PDF has its 项). Their sum, 2940.06, is
    # one 分 more than the printed 合计 2,940.05 (page 15, line 27), a rounding the checks report.
    for report_id in mart_statement_reports("fct_expenditure_by_function"):
        lines = {
            r["subject_code"]: Decimal(r["value"])
            for r in seed("statement_lines")
            if (r["report_id"], r["table_no"], r["column_name"]) == (report_id, "5", "合计") and r["subject_code"]
        }
        finest[report_id] = sum(
            amount
            for code, amount in lines.items()
            if not any(other.startswith(code) for other in lines if other != code)
        )
    assert finest["shanghai_putuo_finance_2024"] == Decimal("2940.06")
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
