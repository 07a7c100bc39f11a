"""The general reader of the explanations on small texts: template wordings, variants, what it lists."""

from __future__ import annotations

from fiscal_warehouse.intake.explanations import read_explanations
from fiscal_warehouse.intake.passage import Passage

TOTALS = """一、收入支出决算总体情况说明
2023 年度收入总计 3,205.91 万元，其中：本年收入合
计 3,127.86 万元，使用非财政拨款结余 0.00 万元，年初结
转和结余 78.04 万元。
收入支出总体与上年相比，减少 1,353.29 万元，下降
73.05%，主要原因是：人员减少。
二、收入决算情况说明
本年收入 3,127.86 万元，其中：财政拨款收入 2,638.26
万元，占本年收入 84.35%。
"""


def rows_by_key(reading, seed: str, column: str) -> dict[str, dict[str, str]]:
    return {row[column]: row for row in reading.rows[seed]}


def test_sentences_broken_across_lines_are_read_with_the_line_of_each_value():
    reading = read_explanations(Passage.of_text(TOTALS), "sample")
    totals = rows_by_key(reading, "income_expenditure_totals", "line_item")
    assert totals["收入总计"]["amount_wan_yuan"] == "3205.91"
    assert totals["收入总计"]["amount_wan_yuan_line"] == "2"
    assert totals["本年收入合计"]["amount_wan_yuan"] == "3127.86"
    assert totals["本年收入合计"]["amount_wan_yuan_line"] == "3"
    assert totals["年初结转和结余"]["amount_wan_yuan_line"] == "4"


def test_a_decrease_word_makes_the_change_negative():
    reading = read_explanations(Passage.of_text(TOTALS), "sample")
    total = rows_by_key(reading, "income_expenditure_totals", "line_item")["收入总计"]
    assert (total["yoy_change_wan_yuan"], total["yoy_growth_pct"]) == ("-1353.29", "-73.05")
    assert total["reason"] == "人员减少。"
    rising = TOTALS.replace("减少 1,353.29", "增加 1,353.29").replace("下降", "增长")
    total = rows_by_key(read_explanations(Passage.of_text(rising), "sample"), "income_expenditure_totals", "line_item")
    assert (total["收入总计"]["yoy_change_wan_yuan"], total["收入总计"]["yoy_growth_pct"]) == ("1353.29", "73.05")


def test_a_variant_wording_of_the_share_is_read():
    """The Hubei wording 占本年收入 84.35% and the Xinjiang wording 占 84.35% are one sentence."""
    for text in (TOTALS, TOTALS.replace("占本年收入", "占")):
        income = rows_by_key(read_explanations(Passage.of_text(text), "sample"), "income_by_source", "line_item")
        assert income["财政拨款收入"]["share_pct"] == "84.35"


def test_a_missing_section_and_an_unknown_wording_are_listed_not_fatal():
    text = TOTALS.replace("收入支出总体与上年相比", "收支总额同比")
    reading = read_explanations(Passage.of_text(text), "sample")
    whys = {(unread.section, unread.why) for unread in reading.unread}
    assert ("three_public", "no heading of this section is printed") in whys
    assert any(section == "totals" and "totals_change" in why for section, why in whys)
    # what it could read is still there
    assert rows_by_key(reading, "income_expenditure_totals", "line_item")["收入总计"]["amount_wan_yuan"] == "3205.91"


def test_a_pdf_rendering_cites_page_and_line():
    rendering = "封面\n\f一、收入支出决算总体情况说明\n本单位2024年度收入总计2995.39万元。\n"
    reading = read_explanations(Passage.of_rendered_pdf(rendering), "sample")
    total = rows_by_key(reading, "income_expenditure_totals", "line_item")["收入总计"]
    assert (total["amount_wan_yuan"], total["amount_wan_yuan_page"], total["amount_wan_yuan_line"]) == (
        "2995.39",
        "2",
        "2",
    )


def test_a_table_of_contents_does_not_hide_the_section():
    text = "一、收入支出决算总体情况说明\n二、收入决算情况说明\n" + TOTALS
    reading = read_explanations(Passage.of_text(text), "sample")
    assert rows_by_key(reading, "income_expenditure_totals", "line_item")["收入总计"]["amount_wan_yuan_line"] == "4"


def test_the_review_lists_what_was_not_read_one_line_per_section():
    from fiscal_warehouse.intake.adding import unread_review
    from fiscal_warehouse.intake.explanations import Unread

    unread = [
        Unread("glossary", "", "no heading of this section is printed"),
        Unread("three_public", "page 23 line 8", "no variant of sentence abroad_groups matches", "abroad_groups"),
        Unread("state_capital", "", "no heading of this section is printed"),
        Unread("three_public", "page 23 line 8", "no variant of sentence cars_held matches", "cars_held"),
    ]
    assert unread_review(unread) == [
        "    sections not printed: glossary, state_capital",
        "    three_public (page 23 line 8): sentences not matched: abroad_groups, cars_held",
    ]


PROJECT_PARAGRAPHS = """十三、预算绩效情况说明
1、甲项目：项目全年预算数为 5 万元，
执行数为 5 万元，完成预算 100％。主要产出和效益：一是
受理鉴定 126 例；二是 2023 年鉴证劳动合同 4824 份；三是完成率100%；四是加强宣传。
发现的问题及原因：无。下一步改进措施：无。
"""


def test_a_paragraphs_enumerated_outputs_are_figures_with_their_lines():
    reading = read_explanations(Passage.of_text(PROJECT_PARAGRAPHS), "sample")
    outputs = {row["ordinal"]: row for row in reading.rows["performance_project_outputs"]}
    assert {key: outputs["1"][key] for key in ("paragraph_no", "output_name", "value", "unit", "value_line")} == {
        "paragraph_no": "1",
        "output_name": "受理鉴定",
        "value": "126",
        "unit": "例",
        "value_line": "4",
    }
    # a year inside the name is not the output's figure
    second = outputs["2"]
    assert (second["output_name"], second["value"], second["unit"]) == ("2023 年鉴证劳动合同", "4824", "份")
    assert (outputs["3"]["value"], outputs["3"]["unit"]) == ("100", "%")
    # an output without a figure is kept whole as its name, with no value
    assert (outputs["4"]["output_name"], outputs["4"].get("value", "")) == ("四是加强宣传", "")


BUDGET = """目 录
四、部门预算编制说明
2025年部门预算编制说明
2025年，某单位收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万
元；事业收入0万元。
其他相关情况说明
一、2025年“三公”经费预算情况说明
2025年“三公”经费预算数为867.50万元，与2024年预算持平。其中：
（一）因公出国（境）费839万元，与2024年预算持平。
二、机关运行经费预算
2025年某单位机关运行经费预算为213.28万元。
"""


def test_a_budget_is_read_by_the_budget_sections_and_an_unnumbered_heading_opens_one():
    reading = read_explanations(Passage.of_text(BUDGET), "sample", "budget")
    income = rows_by_key(reading, "income_by_source", "line_item")
    # the section headed by a line of its own (no 一、), not its numbered entry in the contents
    total = income["本年收入合计"]
    assert (total["amount_wan_yuan"], total["amount_wan_yuan_line"]) == ("9101.68", "4")
    fiscal = rows_by_key(reading, "fiscal_appropriation_totals", "line_item")["本年收入"]
    assert (fiscal["amount_wan_yuan"], fiscal["yoy_change_wan_yuan"], fiscal["yoy_change_wan_yuan_line"]) == (
        "9101.68",
        "-2389.52",
        "4",
    )
    three_public = rows_by_key(reading, "three_public_expenses", "expense_item")
    assert three_public["三公经费合计"]["amount_wan_yuan"] == "867.50"
    assert three_public["因公出国（境）费"]["amount_wan_yuan_line"] == "9"
    assert reading.rows["operating_costs"][0]["amount_wan_yuan"] == "213.28"


def test_the_sections_of_the_other_kind_of_document_are_not_read():
    """A final-accounts reading of a budget finds none of its sections, and the other way round:
    机关运行经费预算 is not the final accounts' 机关运行经费 section."""
    reading = read_explanations(Passage.of_text(BUDGET), "sample", "final_accounts")
    assert "operating_costs" not in reading.rows and "three_public_expenses" not in reading.rows
    assert not read_explanations(Passage.of_text(TOTALS), "sample", "budget").rows.get("income_expenditure_totals")


CENTRAL = """三、决算报表说明
（四）高等学校财政拨款支出决算表说明
学校 2023 年度财政拨款支出总计为 237,100.00 万元，
其中基本支出 199,015.13 万元，占总支出的 83.94%；项目支
出 38,084.87 万元，占总支出的 16.06%。具体包括：
1.小学教育（2050202），2023 年度决算数为 7,970.38
万元，比 2022 年度决算数增长 0.39%。
2.其他留学教育支出（2050699），2023 年度决算数为
738.86 万元，比 2022 年度决算数减少 4.50%。
"""


def test_the_central_template_names_a_line_by_its_code():
    reading = read_explanations(Passage.of_text(CENTRAL), "sample")
    items = {row["ordinal"]: row for row in reading.rows["general_budget_expenditure"]}
    first = items["1"]
    assert (first["item_name"], first["printed_code"], first["amount_wan_yuan"], first["yoy_growth_pct"]) == (
        "小学教育",
        "2050202",
        "7970.38",
        "0.39",
    )
    assert (items["2"]["amount_wan_yuan_line"], items["2"]["yoy_growth_pct"]) == ("9", "-4.50")
    fiscal = rows_by_key(reading, "fiscal_appropriation_totals", "line_item")
    assert {item: fiscal[item]["amount_wan_yuan"] for item in ("支出总计", "基本支出", "项目支出")} == {
        "支出总计": "237100.00",
        "基本支出": "199015.13",
        "项目支出": "38084.87",
    }


CLASSES = """（一）高等学校收支决算总表说明
学校 2023 年度支出总计 457,676.75 万元，与 2022 年度
相比，增加 54,492.83 万元，增长 13.52%。其中：教育支出
增加 52,499.75 万元，农林水支出减少 16.84 万元。
（二）高等学校收入决算表说明
学校 2023 年度收入总计 430,725.03 万元，财政拨款收
入 243,015.38 万元，占收入总额 56.42%。
（三）高等学校支出决算表说明
学校 2023 年度各项支出总计 457,676.75 万元，其中基
本支出 359,781.59 万元，占支出总额 78.61%。
按照支出功能科目划分，教育支出 425,287.27 万元，占
总支出的 92.92%。
"""


def test_two_sentences_naming_a_class_fill_one_row_keyed_by_its_name():
    """The change a totals paragraph states per 类 and the amount and share the 支出 section states
    are one row of expenditure_by_class; the 类's name cites where it is first printed; a 类 with a
    change only is a row of its own; 基本支出, stated with 占支出总额, is no 类."""
    reading = read_explanations(Passage.of_text(CLASSES), "sample")
    classes = {(row["fund_scope"], row["class_name"]): row for row in reading.rows["expenditure_by_class"]}
    assert set(classes) == {("全部资金", "教育支出"), ("全部资金", "农林水支出")}
    education = classes["全部资金", "教育支出"]
    assert (education["yoy_change_wan_yuan"], education["yoy_change_wan_yuan_line"]) == ("52499.75", "4")
    assert (education["amount_wan_yuan"], education["amount_wan_yuan_line"]) == ("425287.27", "11")
    assert (education["share_pct"], education["share_pct_line"]) == ("92.92", "12")
    assert education["class_name_line"] == "3"
    assert classes["全部资金", "农林水支出"]["yoy_change_wan_yuan"] == "-16.84"
    assert "amount_wan_yuan" not in classes["全部资金", "农林水支出"]


def test_a_change_stated_per_income_source_fills_the_source_row():
    text = CLASSES.replace("其中：教育支出", "其中：财政拨款收入增加 14,458.07 万元，教育支出")
    reading = read_explanations(Passage.of_text(text), "sample")
    fiscal = rows_by_key(reading, "income_by_source", "line_item")["财政拨款收入"]
    assert (fiscal["yoy_change_wan_yuan"], fiscal["yoy_change_wan_yuan_line"]) == ("14458.07", "3")
    assert (fiscal["amount_wan_yuan"], fiscal["share_pct"]) == ("243015.38", "56.42")
