"""支出明细: general public budget expenditure by 类, drilling into its 款 and 项.

From fct_expenditure_by_function_class (the 类 lines of 结构情况, or of the general-budget
statement table of a PDF report) and fct_expenditure_by_function (the finest 款/项 lines each
report prints). Click a 类 in the chart, or choose it in the list, to see its 款 and 项.
"""

import altair as alt
import streamlit as st

from dashboard import data, ui

ALL = "全部"

report = ui.current_report()
ui.header("支出明细", report)
expenditure = data.functional_expenditure(report.name)
classes = expenditure.classes.assign(
    label=lambda d: d["class_code"] + " " + d["class_name"],
    amount=lambda d: d["amount_wan_yuan"].map(ui.finite),
    amount_text=lambda d: d["amount_wan_yuan"].map(ui.wan),
    share_text=lambda d: d["share_pct"].map(ui.pct),
)
lines = expenditure.lines

st.subheader("一般公共预算财政拨款支出（按支出功能分类 类）")
source = ui.source_note(classes)
st.caption(
    f"各类合计 {ui.wan(classes['amount_wan_yuan'].sum())}（按报告所列各类金额相加，计算）；"
    "点击柱形或在下方选择一个类，查看其款、项。" + (f"{source}。" if source else "")
)

selection = alt.selection_point(name="picked_class", fields=["class_code"])
class_chart = (
    alt.Chart(classes)
    .mark_bar()
    .encode(
        x=alt.X("amount:Q", title=f"决算数（{ui.UNIT}）"),
        y=alt.Y("label:N", title="类", sort=list(classes["label"]), axis=alt.Axis(labelLimit=320)),
        opacity=alt.condition(selection, alt.value(1.0), alt.value(0.45)),
        tooltip=[
            alt.Tooltip("label:N", title="类"),
            alt.Tooltip("amount_text:N", title="决算数"),
            alt.Tooltip("share_text:N", title="占比"),
        ],
    )
    .add_params(selection)
)
event = st.altair_chart(class_chart, width="stretch", on_select="rerun", key=f"class_chart_{report.name}")

# A click in the chart chooses the 类 in the list; the list stays the one place the choice lives.
options = [ALL, *classes["class_code"]]
choice_key = f"class_choice_{report.name}"
points = event.selection.get("picked_class") or []
clicked = [point.get("class_code") for point in points if isinstance(point, dict)] if isinstance(points, list) else []
clicked_code = clicked[0] if clicked else None
if clicked_code != st.session_state.get(f"{choice_key}_clicked"):
    st.session_state[f"{choice_key}_clicked"] = clicked_code
    if clicked_code in options:
        st.session_state[choice_key] = clicked_code
if st.session_state.get(choice_key) not in options:
    st.session_state[choice_key] = ALL
names = dict(zip(classes["class_code"], classes["label"], strict=True))
chosen = st.selectbox(
    "选择类（下钻到款、项）", options, key=choice_key, format_func=lambda code: names.get(code, "全部类")
)

class_columns = [
    "class_code",
    "class_name",
    "amount_wan_yuan",
    "share_pct",
    "basic_wan_yuan",
    "project_wan_yuan",
    "amount_wan_yuan_line",
]
ui.table(
    classes[ui.with_pages(classes, class_columns, after="project_wan_yuan")],
    key="class_table",
    column_config={
        "class_code": st.column_config.TextColumn("类编码"),
        "class_name": st.column_config.TextColumn("类名称（原文）"),
        "amount_wan_yuan": ui.amount_column("决算数"),
        "share_pct": ui.pct_column("占比"),
        "basic_wan_yuan": ui.amount_column("基本支出"),
        "project_wan_yuan": ui.amount_column("项目支出"),
        "source_page": ui.page_column(),
        "amount_wan_yuan_line": ui.line_column("决算数所在行"),
    },
)

drilled = lines if chosen == ALL else lines[lines["class_code"] == chosen]
title = "全部类" if chosen == ALL else names[chosen]
st.subheader(f"{title}：款、项明细")
if drilled.empty:
    st.info("报告未列示该类下的款、项明细。")
else:
    if chosen != ALL:
        class_amount = classes.loc[classes["class_code"] == chosen, "amount_wan_yuan"].iloc[0]
        st.caption(
            f"该类决算数 {ui.wan(class_amount)}（公开数）；其下各明细行合计 "
            f"{ui.wan(drilled['amount_wan_yuan'].sum())}（计算）"
        )
    drilled = drilled.assign(
        kuan_label=lambda d: d["kuan_code"] + " " + d["official_kuan_name"],
        line_label=lambda d: d["subject_code"] + " " + d["item_name"].fillna(d["kuan_name"]),
        amount=lambda d: d["amount_wan_yuan"].map(ui.finite),
        amount_text=lambda d: d["amount_wan_yuan"].map(ui.wan),
    )
    detail_chart = (
        alt.Chart(drilled)
        .mark_bar()
        .encode(
            x=alt.X("amount:Q", title=f"决算数（{ui.UNIT}）"),
            y=alt.Y(
                "line_label:N",
                title="项（或未分项的款）",
                sort=list(drilled.sort_values("subject_code")["line_label"]),
                axis=alt.Axis(labelLimit=360),
            ),
            color=alt.Color("kuan_label:N", title="款"),
            tooltip=[
                alt.Tooltip("kuan_label:N", title="款"),
                alt.Tooltip("line_label:N", title="项"),
                alt.Tooltip("amount_text:N", title="决算数"),
            ],
        )
    )
    st.altair_chart(detail_chart, width="stretch")

    by_kuan = (
        drilled.groupby(["kuan_code", "official_kuan_name"], as_index=False)["amount_wan_yuan"]
        .sum()
        .sort_values("kuan_code")
    )
    st.markdown("**按款汇总**（其下各明细行相加，计算）")
    ui.table(
        by_kuan,
        key="kuan_table",
        column_config={
            "kuan_code": st.column_config.TextColumn("款编码"),
            "official_kuan_name": st.column_config.TextColumn("款名称"),
            "amount_wan_yuan": ui.amount_column("决算数"),
        },
    )
    st.markdown("**明细行**（报告所列最细级次：项，或未分项的款）")
    line_columns = [
        "subject_code",
        "line_level",
        "class_name",
        "kuan_name",
        "item_name",
        "amount_wan_yuan",
        "yoy_change_wan_yuan",
        "yoy_growth_pct",
        "budget_wan_yuan",
        "completion_pct",
        "amount_wan_yuan_line",
        "reason",
    ]
    ui.table(
        drilled[ui.with_pages(drilled, line_columns, after="completion_pct")],
        key="line_table",
        column_config={
            "subject_code": st.column_config.TextColumn("科目编码"),
            "line_level": st.column_config.TextColumn("级次"),
            "class_name": st.column_config.TextColumn("类（原文）"),
            "kuan_name": st.column_config.TextColumn("款（原文）"),
            "item_name": st.column_config.TextColumn("项（原文）"),
            "amount_wan_yuan": ui.amount_column("决算数"),
            "yoy_change_wan_yuan": ui.amount_column("比上年增减"),
            "yoy_growth_pct": ui.pct_column("比上年增长"),
            "budget_wan_yuan": ui.amount_column("年初预算数"),
            "completion_pct": ui.pct_column("完成年初预算"),
            "source_page": ui.page_column(),
            "amount_wan_yuan_line": ui.line_column("决算数所在行"),
            "reason": st.column_config.TextColumn("增减原因"),
        },
    )
