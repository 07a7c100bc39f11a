"""概览: the report's totals, income structure and expenditure structure.

From report_summary (headline figures), fct_revenue (income by source), fct_expenditure
(expenditure by type) and fct_account_totals (totals and carry-overs by fund scope). A report
read from its PDF shows its statement tables' rows, with the page of each line.
"""

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data, ui

report = ui.current_report()
ui.header("概览", report)
overview = data.overview(report.name)
summary = overview.summary

st.subheader("收支总体情况")
cols = st.columns(4)
cols[0].metric("收入总计", ui.wan(summary.get("income_grand_total_wan_yuan")))
cols[1].metric("本年收入合计", ui.wan(summary.get("income_current_year_wan_yuan")))
cols[2].metric("本年支出合计", ui.wan(summary.get("expenditure_current_year_wan_yuan")))
cols[3].metric("年末结转和结余", ui.wan(summary.get("carry_over_year_end_wan_yuan")))
cols = st.columns(4)
cols[0].metric(
    "财政拨款收入",
    ui.wan(summary.get("fiscal_appropriation_income_wan_yuan")),
    help=f"占本年收入合计 {ui.pct(summary.get('fiscal_appropriation_income_share_pct'))}（公开数）",
)
cols[1].metric("一般公共预算财政拨款支出", ui.wan(summary.get("general_budget_expenditure_wan_yuan")))
cols[2].metric(
    "三公经费决算",
    ui.wan(summary.get("three_public_actual_wan_yuan")),
    help=f"预算数 {ui.wan(summary.get('three_public_budget_wan_yuan'))}",
)
cols[3].metric("机关运行经费", ui.wan(summary.get("operating_costs_wan_yuan")))
staff = summary.get("staff_total")
st.caption(
    "人员："
    + ("未列示" if ui.is_missing(staff) else f"实有 {int(staff)} 人")
    + ("" if ui.is_missing(summary.get("staff_serving")) else f"，在职 {int(summary['staff_serving'])} 人")
    + ("" if ui.is_missing(summary.get("staff_retired")) else f"，退休 {int(summary['staff_retired'])} 人")
)


def structure(frame: pd.DataFrame, name_column: str, name_label: str, title: str, key: str) -> None:
    """A bar chart of the non-zero parts and a table of every part as printed."""
    st.subheader(title)
    total = frame["printed_total_wan_yuan"].iloc[0] if len(frame) else None
    source = ui.source_note(frame)
    st.caption(f"本节合计 {ui.wan(total)}（报告公开数）；占比为报告公开的百分比" + (f"；{source}" if source else ""))
    chart_data = frame[frame["amount_wan_yuan"].fillna(0) != 0].assign(
        amount=lambda d: d["amount_wan_yuan"].map(ui.finite),
        amount_text=lambda d: d["amount_wan_yuan"].map(ui.wan),
        share_text=lambda d: d["share_pct"].map(ui.pct),
    )
    if len(chart_data):
        chart = (
            alt.Chart(chart_data)
            .mark_bar()
            .encode(
                x=alt.X("amount:Q", title=f"金额（{ui.UNIT}）"),
                y=alt.Y(f"{name_column}:N", title=name_label, sort="-x"),
                tooltip=[
                    alt.Tooltip(f"{name_column}:N", title=name_label),
                    alt.Tooltip("amount_text:N", title="金额"),
                    alt.Tooltip("share_text:N", title="占比"),
                ],
            )
        )
        st.altair_chart(chart, width="stretch")
    columns = [name_column, "amount_wan_yuan", "share_pct", "amount_wan_yuan_line", "share_pct_line"]
    ui.table(
        frame[ui.with_pages(frame, columns, after="share_pct")],
        key=key,
        column_config={
            name_column: st.column_config.TextColumn(name_label),
            "amount_wan_yuan": ui.amount_column("金额"),
            "share_pct": ui.pct_column("占比"),
            "source_page": ui.page_column(),
            "amount_wan_yuan_line": ui.line_column("金额所在行"),
            "share_pct_line": ui.line_column("占比所在行"),
        },
    )


left, right = st.columns(2)
with left:
    structure(overview.revenue, "income_source", "收入来源", "收入结构", "revenue_table")
with right:
    structure(overview.expenditure, "expenditure_type", "支出类型", "支出结构", "expenditure_table")

st.subheader("收支总表（按资金范围）")
if ui.source_note(overview.account_totals):
    st.caption(ui.source_note(overview.account_totals))
totals = overview.account_totals.assign(
    line_item=lambda d: d["line_item"].where(~d["is_stated_none"].fillna(False), "（报告声明本单位无此类资金）"),
    account_side=lambda d: d["account_side"].fillna(""),
)
ui.table(
    totals[
        ui.with_pages(
            totals,
            ["fund_scope", "account_side", "line_item", "amount_wan_yuan", "amount_wan_yuan_line", "statement_text"],
            after="amount_wan_yuan",
        )
    ],
    key="account_totals_table",
    column_config={
        "fund_scope": st.column_config.TextColumn("资金范围"),
        "account_side": st.column_config.TextColumn("收支方向"),
        "line_item": st.column_config.TextColumn("项目"),
        "amount_wan_yuan": ui.amount_column("金额"),
        "source_page": ui.page_column(),
        "amount_wan_yuan_line": ui.line_column("金额所在行"),
        "statement_text": st.column_config.TextColumn("说明"),
    },
)
