"""绩效: project self-evaluations and their indicators, missed targets highlighted.

From fct_performance_project and fct_performance_indicator. is_target_met and
is_missed_but_full_score are computed in the warehouse (target and actual both numbers in the
same unit); where they are empty the indicator cannot be compared that way.
"""

import pandas as pd
import streamlit as st

from dashboard import data, ui

MISSED = "#fde2e1"  # target missed
MISSED_FULL = "#ffd8a8"  # target missed, yet scored in full

report = ui.current_report()
ui.header("绩效", report)
performance = data.performance(report.name)
projects = performance.projects


def status(row: pd.Series) -> str:
    met, missed_full = row["is_target_met"], row["is_missed_but_full_score"]
    if not ui.is_missing(missed_full) and bool(missed_full):
        return "未达成但满分"
    if ui.is_missing(met):
        return "无法比较"
    return "达成" if bool(met) else "未达成"


indicators = performance.indicators.assign(status=lambda d: d.apply(status, axis=1))
missed = indicators[indicators["status"].isin(["未达成", "未达成但满分"])]

# A report without transcribed self-evaluation tables has no sums: 未列示, not zero.
budget_sum = projects["full_year_budget_wan_yuan"].sum() if len(projects) else None
executed_sum = projects["executed_wan_yuan"].sum() if len(projects) else None
cols = st.columns(3)
cols[0].metric("项目自评表", f"{len(projects)} 张")
cols[1].metric("全年预算数合计", ui.wan(budget_sum), help="各项目自评表相加（计算）")
cols[2].metric("全年执行数合计", ui.wan(executed_sum), help="各项目自评表相加（计算）")
cols = st.columns(3)
cols[0].metric("未达成指标", f"{len(missed)} 个", help="实际完成值未达到年度指标值（计算，仅比较同单位的数值）")
cols[1].metric("未达成但满分", f"{int((indicators['status'] == '未达成但满分').sum())} 个")


def highlight(row: pd.Series) -> list[str]:
    colour = {"未达成但满分": MISSED_FULL, "未达成": MISSED}.get(row.get("status"), "")
    return [f"background-color: {colour}" if colour else "" for _ in row]


INDICATOR_COLUMNS = {
    "status": st.column_config.TextColumn("达成情况"),
    "project_name": st.column_config.TextColumn("项目"),
    "level1_name": st.column_config.TextColumn("一级指标"),
    "level2_name": st.column_config.TextColumn("二级指标"),
    "indicator_name": st.column_config.TextColumn("三级指标"),
    "target_text": st.column_config.TextColumn("年度指标值"),
    "actual_text": st.column_config.TextColumn("实际完成值"),
    "weight": st.column_config.NumberColumn("分值", format="%.2f"),
    "score": st.column_config.NumberColumn("得分", format="%.2f"),
    "deviation_reason": st.column_config.TextColumn("偏差原因"),
    "actual_text_line": ui.line_column("实际完成值所在行"),
}

st.subheader("未达成的绩效指标")
st.caption("红色：未达成年度指标值；橙色：未达成却得满分。")
if missed.empty:
    st.success("没有可判定为未达成的指标。")
else:
    shown = missed[list(INDICATOR_COLUMNS)]
    ui.table(
        shown.style.apply(highlight, axis=1),
        key="missed_table",
        all_rows=True,
        column_config=INDICATOR_COLUMNS,
    )

st.subheader("项目自评表")
ui.table(
    projects[
        [
            "evaluation_no",
            "project_name",
            "implementing_unit",
            "full_year_budget_wan_yuan",
            "executed_wan_yuan",
            "execution_rate_pct",
            "total_score",
            "indicator_count",
            "missed_count",
            "missed_full_score_count",
            "project_name_line",
        ]
    ],
    key="project_table",
    column_config={
        "evaluation_no": st.column_config.NumberColumn("自评表序号", format="%d"),
        "project_name": st.column_config.TextColumn("项目名称"),
        "implementing_unit": st.column_config.TextColumn("实施单位"),
        "full_year_budget_wan_yuan": ui.amount_column("全年预算数"),
        "executed_wan_yuan": ui.amount_column("全年执行数"),
        "execution_rate_pct": ui.pct_column("执行率"),
        "total_score": st.column_config.NumberColumn("总分", format="%.2f"),
        "indicator_count": st.column_config.NumberColumn("指标个数", format="%d"),
        "missed_count": st.column_config.NumberColumn("未达成指标", format="%d"),
        "missed_full_score_count": st.column_config.NumberColumn("未达成但满分", format="%d"),
        "project_name_line": ui.line_column("项目名称所在行"),
    },
)

st.subheader("指标明细")
if indicators.empty:
    st.info("该报告没有转录的绩效自评表。")
    st.stop()
tables = indicators.drop_duplicates("evaluation_no")[["evaluation_no", "project_name"]]
table_names = {int(row.evaluation_no): f"{int(row.evaluation_no)} {row.project_name}" for row in tables.itertuples()}
evaluation_no = st.selectbox(
    "选择自评表",
    list(table_names),
    key=f"evaluation_{report.name}",
    format_func=table_names.__getitem__,
)
only_missed = st.checkbox("只看未达成的指标", key="only_missed")
chosen = indicators[indicators["evaluation_no"] == evaluation_no]
if only_missed:
    chosen = chosen[chosen["status"].isin(["未达成", "未达成但满分"])]
if chosen.empty:
    st.info("该自评表没有符合条件的指标。")
else:
    ui.table(
        chosen[list(INDICATOR_COLUMNS)].style.apply(highlight, axis=1),
        key="indicator_table",
        all_rows=True,
        column_config=INDICATOR_COLUMNS,
    )
