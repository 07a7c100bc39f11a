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
