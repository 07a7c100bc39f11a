"""预决算对比: a department's budget beside its final accounts of the same year, per 功能分类
line (fct_budget_vs_outturn); a report whose other document the warehouse lacks says so."""

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data, ui

report = ui.current_report()
ui.header("预决算对比", report)
comparison = data.budget_outturn(report.name)

if comparison.pair.empty:
    st.info("本报告不在预决算配对中。")
    st.stop()
pair = comparison.pair.iloc[0]
budget_report = pair["budget_report_id"] if not ui.is_missing(pair["budget_report_id"]) else "仓库中没有"
final_report = pair["final_report_id"] if not ui.is_missing(pair["final_report_id"]) else "仓库中没有"
st.markdown(f"**{pair['pairing_status_label']}**　部门预算：{budget_report}　部门决算：{final_report}")
if pair["pairing_status"] != "both":
    st.info("仓库只有这个部门这一年的一份文件：下表只有一侧的数字。")

lines = comparison.lines
totals = lines[(lines["subject_level"] == "合计") & (lines["expenditure_type_zh"] == "合计")]
for _, total in totals.iterrows():
    scope = total["fund_scope_zh"]
    st.subheader(scope)
    row = st.columns(4)
    row[0].metric(f"{scope}预算数", ui.wan(total["budget_wan_yuan"]), help=total["budget_source_places"])
    row[1].metric(f"{scope}决算数", ui.wan(total["outturn_wan_yuan"]), help=total["outturn_source_places"])
    row[2].metric(f"{scope}差异（决算－预算）", ui.wan(total["variance_wan_yuan"]), help="计算值")
    row[3].metric(f"{scope}执行率", ui.pct(total["execution_rate_pct"]), help="决算数 / 预算数 × 100，计算值")

items = lines[(lines["subject_level"] == "项") & (lines["expenditure_type_zh"] == "合计")]
gaps = items.dropna(subset=["variance_wan_yuan"])
if not gaps.empty:
    st.subheader("预决算差异最大的项")
    chart_data = pd.DataFrame(
        {
            "项": gaps["line_item"] + "（" + gaps["function_subject_code"] + "）",
            "资金范围": gaps["fund_scope_zh"],
            "差异": gaps["variance_wan_yuan"].astype(float),
        }
    )
    chart = (
        alt.Chart(chart_data)
        .mark_bar()
        .encode(
            y=alt.Y("项:N", sort="-x", axis=alt.Axis(labelLimit=280), title=""),
            x=alt.X("差异:Q", title=f"决算－预算（{ui.UNIT}）"),
            color=alt.Color("资金范围:N", title=""),
            tooltip=["项:N", "资金范围:N", alt.Tooltip("差异:Q", format=",.2f")],
        )
    )
    st.altair_chart(chart, width="stretch")

st.subheader("逐行对比")
st.dataframe(
    lines.rename(
        columns={
            "fund_scope_zh": "资金范围",
            "expenditure_type_zh": "支出类型",
            "function_subject_code": "科目编码",
            "subject_level": "级次",
            "line_item": "科目名称",
            "budget_wan_yuan": f"预算数（{ui.UNIT}）",
            "outturn_wan_yuan": f"决算数（{ui.UNIT}）",
            "variance_wan_yuan": f"差异（{ui.UNIT}）",
            "execution_rate_pct": "执行率（%）",
            "budget_source_places": "预算数出处（页:行）",
            "outturn_source_places": "决算数出处（页:行）",
        }
    ),
    hide_index=True,
    width="stretch",
)
st.caption("预算数、决算数为公布数（以元印的表折合为万元）；差异和执行率为计算值。")
