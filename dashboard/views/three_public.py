"""三公经费: the "three public expenses", budget against actual, from fct_three_public_expenses
(for a PDF report, its 三公 statement table: 预算数 and 决算数 only)."""

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data, ui

TOTAL = "三公经费合计"

report = ui.current_report()
ui.header("三公经费", report)
items = data.three_public_expenses(report.name)

total = items[items["expense_item"] == TOTAL]
total = total.iloc[0] if len(total) else pd.Series(dtype=object)
cols = st.columns(4)
page = total.get("source_page")
cols[0].metric(
    "三公经费决算数",
    ui.wan(total.get("actual_wan_yuan")),
    help=ui.line_ref(total.get("actual_wan_yuan_line"), page),
)
cols[1].metric(
    "三公经费预算数",
    ui.wan(total.get("budget_wan_yuan")),
    help=ui.line_ref(total.get("budget_wan_yuan_line"), page),
)
completion = total.get("completion_pct")
computable = not ui.is_missing(total.get("actual_wan_yuan")) and not ui.is_missing(total.get("budget_wan_yuan"))
if ui.is_missing(completion) and computable and total.get("budget_wan_yuan"):
    computed = float(total["actual_wan_yuan"]) / float(total["budget_wan_yuan"]) * 100
    cols[2].metric("完成预算（计算）", f"{computed:.2f}%", help="报告未列示，按决算数 / 预算数计算")
else:
    cols[2].metric("完成预算", ui.pct(completion), help="报告公开数")
cols[3].metric("预决算差异率", ui.pct(total.get("budget_variance_pct")), help="报告公开数")
if not ui.is_missing(total.get("budget_reason")):
    st.info(f"预决算差异原因（原文{ui.line_ref(total.get('budget_reason_line'))}）：{total['budget_reason']}")

st.subheader("预算与决算对比")
chart_rows = []
for _, row in items.iterrows():
    for kind, column in (("预算数", "budget_wan_yuan"), ("决算数", "actual_wan_yuan")):
        if not ui.is_missing(row[column]):
            chart_rows.append(
                {
                    "项目": row["expense_item"],
                    "类别": kind,
                    "金额": float(row[column]),
                    "金额文本": ui.wan(row[column]),
                }
            )
chart_data = pd.DataFrame(chart_rows)
if chart_data.empty:
    st.info("报告未列示三公经费。")
else:
    chart = (
        alt.Chart(chart_data)
        .mark_bar()
        .encode(
            y=alt.Y(
                "项目:N",
                title="三公项目",
                sort=list(dict.fromkeys(chart_data["项目"])),
                axis=alt.Axis(labelLimit=240),
            ),
            x=alt.X("金额:Q", title=f"金额（{ui.UNIT}）"),
            yOffset=alt.YOffset("类别:N", sort=["预算数", "决算数"]),
            color=alt.Color("类别:N", title="", sort=["预算数", "决算数"]),
            tooltip=[
                alt.Tooltip("项目:N"),
                alt.Tooltip("类别:N"),
                alt.Tooltip("金额文本:N", title="金额"),
            ],
        )
    )
    st.altair_chart(chart, width="stretch")
    st.caption("只画出报告列示的金额；报告未列示预算数的项目只有决算数。")

st.subheader("三公经费明细")
if ui.source_note(items):
    st.caption(ui.source_note(items))
table = items.assign(
    expense_item=lambda d: [
        ("　" * int(level)) + name for level, name in zip(d["item_level"], d["expense_item"], strict=True)
    ]
)
detail_columns = [
    "expense_item",
    "budget_wan_yuan",
    "actual_wan_yuan",
    "budget_change_wan_yuan",
    "completion_pct",
    "budget_variance_pct",
    "yoy_change_wan_yuan",
    "yoy_growth_pct",
    "actual_wan_yuan_line",
    "budget_wan_yuan_line",
    "budget_reason",
    "reason",
    "spending_content",
]
ui.table(
    table[ui.with_pages(table, detail_columns, after="yoy_growth_pct")],
    key="three_public_table",
    column_config={
        "expense_item": st.column_config.TextColumn("三公项目"),
        "budget_wan_yuan": ui.amount_column("预算数"),
        "actual_wan_yuan": ui.amount_column("决算数"),
        "budget_change_wan_yuan": ui.amount_column("比预算增减"),
        "completion_pct": ui.pct_column("完成预算"),
        "budget_variance_pct": ui.pct_column("预决算差异率"),
        "yoy_change_wan_yuan": ui.amount_column("比上年增减"),
        "yoy_growth_pct": ui.pct_column("比上年增长"),
        "source_page": ui.page_column(),
        "actual_wan_yuan_line": ui.line_column("决算数所在行"),
        "budget_wan_yuan_line": ui.line_column("预算数所在行"),
        "budget_reason": st.column_config.TextColumn("预决算差异原因"),
        "reason": st.column_config.TextColumn("增减原因"),
        "spending_content": st.column_config.TextColumn("开支内容"),
    },
)
st.caption("“—”表示报告未列示；完成预算、差异率均为报告公开数。")
