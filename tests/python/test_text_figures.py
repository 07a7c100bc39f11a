"""The reader of the figures printed inside text columns (fiscal_warehouse/intake/text_figures.py)
on small documents: each figure at the line its number is printed on, not the text's first line;
what it cannot place is listed, and the rest is still read."""

import pytest

from fiscal_warehouse.intake import text_figures
from fiscal_warehouse.intake.passage import Passage
from fiscal_warehouse.intake.text_figures import read_text_figures

DOCUMENT = "\n".join(
    [
        "项目支出绩效自评表",  # 1
        "",
        "实际完成情况 全年共办结欠薪",  # 3
        "案件 412 件，结案率为",  # 4
        "100%，追发工资 1.66 亿元。",  # 5
        "偏差原因 实际发放人数 246",  # 6
        "人。",  # 7
    ]
)


def evaluation(**columns: str) -> dict[str, str]:
    row = {"report_id": "r", "evaluation_no": "1"}
    for column, (text, line) in columns.items():
        row.update({column: text, f"{column}_page": "", f"{column}_line": line})
    return row


def test_each_figure_cites_its_own_line():
    row = evaluation(goal_actual=("全年共办结欠薪案件 412 件，结案率为 100%，追发工资 1.66 亿元。", "3"))
    reading = read_text_figures(Passage.of_text(DOCUMENT), {"performance_evaluations": [row]})
    found = [(r["ordinal"], r["value"], r["unit"], r["value_line"], r["context"]) for r in reading.rows]
    assert found == [
        ("1", "412", "件", "4", "全年共办结欠薪案件 412 件"),  # lines joined as printed
        ("2", "100", "%", "5", "结案率为100%"),
        ("3", "1.66", "亿元", "5", "追发工资 1.66 亿元"),
    ]
    assert {r["row_key"] for r in reading.rows} == {"r|1"}
    assert {r["column_name"] for r in reading.rows} == {"goal_actual"}
    assert reading.rows[1]["figure_name"] == "结案率"
    assert reading.unread == []


def test_a_text_not_printed_from_its_line_is_listed_and_the_rest_still_read():
    placed = evaluation(goal_actual=("全年共办结欠薪案件 412 件", "3"))
    # Cited one line too early: its text does not start there.
    misplaced = evaluation(deviation_analysis=("实际发放人数 246 人。", "5"))
    misplaced["evaluation_no"] = "2"
    reading = read_text_figures(Passage.of_text(DOCUMENT), {"performance_evaluations": [placed, misplaced]})
    assert [(r["row_key"], r["value"], r["value_line"]) for r in reading.rows] == [("r|1", "412", "4")]
    assert [(item.section, item.place) for item in reading.unread] == [
        ("performance_evaluations.deviation_analysis r|2", "line 5")
    ]
    assert reading.unread[0].why.startswith("246人:")


def test_a_pdf_figure_cites_its_page():
    rendering = "第一页\n\f预期目标 拨付资助经费\n560 万元。\n"
    row = evaluation(goal_expected=("拨付资助经费 560 万元。", "1"))
    row["goal_expected_page"] = "2"
    reading = read_text_figures(Passage.of_rendered_pdf(rendering), {"performance_evaluations": [row]})
    assert [(r["value"], r["unit"], r["value_page"], r["value_line"]) for r in reading.rows] == [
        ("560", "万元", "2", "2")
    ]


def test_a_year_or_a_list_number_is_no_figure():
    document = "主要原因 1.2022 年 7 月的补助于 2023 年发放；2.减少公务员 1 人。"
    row = {"report_id": "r", "line_item": "支出总计", "reason": document[5:], "reason_page": "", "reason_line": "1"}
    reading = read_text_figures(Passage.of_text(document), {"income_expenditure_totals": [row]})
    assert [(r["value"], r["unit"], r["row_key"]) for r in reading.rows] == [("1", "人", "r|支出总计")]


def test_a_column_the_seeds_do_not_have_is_named_with_its_row(tmp_path, monkeypatch):
    (tmp_path / text_figures.COLUMNS).write_text(
        "seed_name,column_name,meaning\nperformance_evaluations,goal_actual,ok\nperformance_evaluations,goal_achieved,typo\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(text_figures, "DEFINITIONS_DIR", tmp_path)
    text_figures.text_columns.cache_clear()
    try:
        with pytest.raises(SystemExit, match=r"text_figure_columns.csv row 3, column column_name: .*'goal_achieved'"):
            text_figures.text_columns()
    finally:
        text_figures.text_columns.cache_clear()


def test_an_empty_unit_is_named_with_its_row(tmp_path, monkeypatch):
    (tmp_path / text_figures.UNITS).write_text("unit,meaning\n次,times\n,forgotten\n", encoding="utf-8")
    monkeypatch.setattr(text_figures, "DEFINITIONS_DIR", tmp_path)
    text_figures.known_units.cache_clear()
    try:
        with pytest.raises(SystemExit, match=r"text_figure_units.csv row 3, column unit: '' is no unit"):
            text_figures.known_units()
    finally:
        text_figures.known_units.cache_clear()
