"""The transcription is complete and reproducible: checked against the documents themselves."""

import csv
import re

import pytest
from conftest import PROJECT_DIR

from fiscal_warehouse.documents import DOCUMENTS_DIR, report_documents
from fiscal_warehouse.provenance import problems_in
from fiscal_warehouse.transcribe.__main__ import main as transcribe

SEEDS = PROJECT_DIR / "seeds"
TRANSCRIBED_VALUES_MODEL = PROJECT_DIR / "models" / "staging" / "stg_transcribed_values.sql"


def seed_rows(name: str) -> list[dict[str, str]]:
    with open(SEEDS / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def document_text(report_id: str) -> str:
    return (DOCUMENTS_DIR / report_documents()[report_id]).read_text(encoding="utf-8")


def lines_containing(report_id: str, words: str) -> list[int]:
    """Lines where the words are printed, spacing ignored."""
    wanted = re.sub(r"\s+", "", words)
    return [
        number
        for number, line in enumerate(document_text(report_id).split("\n"), start=1)
        if wanted in re.sub(r"\s+", "", line)
    ]


def test_the_seeds_are_what_the_transcription_scripts_produce():
    assert transcribe(["--check"]) == 0


def test_every_value_stands_at_its_cited_line():
    problems = [problem for path in sorted(SEEDS.glob("*.csv")) for problem in problems_in(path)]
    assert problems == []


def test_every_transcribed_column_is_unpivoted_into_the_figure_list():
    model = TRANSCRIBED_VALUES_MODEL.read_text(encoding="utf-8")
    for path in sorted(SEEDS.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        values = [column for column in header if f"{column}_line" in header]
        if not values:
            continue
        entry = re.search(rf"'{path.stem}': {{\s*'keys': \[[^\]]*\],\s*'values': (\[[^\]]*\])", model)
        assert entry, f"{path.stem} is missing in stg_transcribed_values"
        assert re.findall(r"'(\w+)'", entry.group(1)) == values, path.stem


def test_every_transcribed_value_can_cite_a_pdf_page_and_is_unpivoted_with_it():
    """A value read from a PDF cites page and line: every X_line has an X_page beside it, and the
    figure list reads it (the seed is declared paged)."""
    model = TRANSCRIBED_VALUES_MODEL.read_text(encoding="utf-8")
    for path in sorted(SEEDS.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        lines = [column for column in header if column.endswith("_line")]
        values = [column.removesuffix("_line") for column in lines if column.removesuffix("_line") in header]
        if not values:
            continue
        assert [f"{value}_page" for value in values if f"{value}_page" not in header] == [], path.stem
        entry = re.search(rf"'{path.stem}': {{(?:\s*'\w+': [^\n]*,)*?\s*'paged': true,", model)
        assert entry, f"{path.stem} is not declared paged in stg_transcribed_values"


@pytest.mark.parametrize(
    ("report_id", "title", "expected"),
    [
        ("changji_hrss_2023", "项目支出绩效自评表", 23),
        ("yanqi_social_insurance_2023", "项目支出绩效自评表", 9),
    ],
)
def test_every_xinjiang_project_table_is_transcribed_once(report_id, title, expected):
    printed = lines_containing(report_id, title)
    transcribed = [
        int(row["title_line"])
        for row in seed_rows("performance_evaluations")
        if row["report_id"] == report_id and row["evaluation_level"] == "project"
    ]
    assert len(printed) == expected
    assert sorted(transcribed) == printed


def test_every_tongcheng_table_is_transcribed_once():
    """Each Hubei table starts with its title, then a 单位名称 line a few lines below it."""
    headers = lines_containing("tongcheng_hrss_2023", "单位名称：通城县人力资源和社会保障局")
    titles = [
        int(row["title_line"])
        for row in seed_rows("performance_evaluations")
        if row["report_id"] == "tongcheng_hrss_2023"
    ]
    assert len(headers) == 27  # the department-level table and 26 project tables
    assert len(titles) == len(headers)
    for header_line in headers:
        assert sum(header_line - 6 <= title <= header_line for title in titles) == 1, header_line


@pytest.mark.parametrize(("report_id", "expected"), [("changji_hrss_2023", 22), ("yanqi_social_insurance_2023", 13)])
def test_every_printed_item_line_is_transcribed(report_id, expected):
    squeezed = re.sub(r"\s+", "", document_text(report_id))
    printed = re.findall(r"\(类\)(.+?)\(款\)(.+?)\(项\)[:：]支出决算数为", squeezed)
    transcribed = [
        row
        for row in seed_rows("general_budget_expenditure")
        if row["report_id"] == report_id and row["line_level"] == "item"
    ]
    assert len(printed) == len(transcribed) == expected
    assert {(row["kuan_name"], row["item_name"]) for row in transcribed} == {
        (kuan, item) for kuan, item in ((kuan.split(")")[-1], item) for kuan, item in printed)
    }


def test_the_document_sections_cover_every_line_once():
    sections: dict[str, list[tuple[int, int]]] = {}
    for row in seed_rows("document_sections"):
        sections.setdefault(row["report_id"], []).append((int(row["first_line"]), int(row["last_line"])))
    text_documents = {report for report, document in report_documents().items() if document.endswith(".txt")}
    assert sorted(sections) == sorted(text_documents)
    for report_id, ranges in sections.items():
        ranges.sort()
        assert ranges[0][0] == 1, report_id
        assert all(previous[1] + 1 == following[0] for previous, following in zip(ranges, ranges[1:], strict=False)), (
            report_id
        )
        text = document_text(report_id)
        assert ranges[-1][1] == text.count("\n") + (0 if text.endswith("\n") else 1), report_id


def test_every_restated_figure_repeats_a_transcribed_value():
    transcribed = {
        (path.stem, "|".join(row[key] for key in keys), column)
        for path, keys in [
            (SEEDS / "fiscal_appropriation_totals.csv", ["report_id", "fund_type", "line_item"]),
            (SEEDS / "general_budget_expenditure.csv", ["report_id", "line_level", "ordinal"]),
            (SEEDS / "three_public_expenses.csv", ["report_id", "expense_item"]),
            (SEEDS / "procurement.csv", ["report_id", "line_item"]),
        ]
        for row in seed_rows(path.stem)
        for column in ["amount_wan_yuan"]
    }
    for row in seed_rows("restated_figures"):
        assert (row["seed_name"], row["row_key"], row["column_name"]) in transcribed, row


def test_no_number_is_left_over_in_the_financial_sections_and_the_tables():
    from fiscal_warehouse.coverage import TARGET_SECTIONS, coverage

    left_over = [
        f"{report_id} line {number.line}: {number.text}"
        for report_id, numbers in coverage().items()
        for section, number in numbers
        if number.kind == "left_over" and section in TARGET_SECTIONS
    ]
    assert left_over == []


def test_the_coverage_report_counts_figures_that_are_transcribed():
    """A number whose transcription is removed shows up as left over."""
    from fiscal_warehouse.coverage import classify, transcribed_values

    values = transcribed_values(SEEDS)["changji_hrss_2023"]
    full = classify("changji_hrss_2023", values)
    without = classify("changji_hrss_2023", [value for value in values if value != ("489.60", 165)])
    assert [n.kind for n in full if n.line == 165 and n.text == "489.60"] == ["figure"]
    assert [n.kind for n in without if n.line == 165 and n.text == "489.60"] == ["left_over"]


def test_every_printed_class_and_kuan_line_of_tongcheng_is_transcribed():
    """The Hubei template prints 类 lines in 结构情况 and 类/款 lines with budget and completion."""
    squeezed = re.sub(r"\s+", "", document_text("tongcheng_hrss_2023"))
    classes = re.findall(r"(?:^|[：。])\d+\.([^\d%；。]{2,12}?支出)\d+(?:\.\d+)?万元，占", squeezed)
    kuans = re.findall(r"(?:^|[：。])\d+\.([^\d%；。]{2,12}?)\(类\)(\S{2,20}?)（款）。年初预算为", squeezed)
    rows = [row for row in seed_rows("general_budget_expenditure") if row["report_id"] == "tongcheng_hrss_2023"]
    assert [row["class_name"] for row in rows if row["line_level"] == "class"] == classes == ["社会保障和就业支出"]
    assert [(row["class_name"], row["kuan_name"]) for row in rows if row["line_level"] == "kuan"] == kuans
    assert len(kuans) == 1
