"""审计发现: what the reconciliation checks find in the report, with the document lines.

From audit_findings; the text of each cited line from fct_reported_figure, or from the
source document in documents/ where no transcribed figure stands on the line (for a PDF, from
its text rendering in documents/rendered/: a line is cited with its page, p6:13).
"""

import streamlit as st

from dashboard import data, ui

KINDS = {"discrepancy": "差异（超出舍入）", "missing": "缺列（报告未列示）", "rounding": "舍入差异"}
SEVERITIES = {"error": "错误", "warning": "警示", "info": "提示"}
REVIEW_STATUSES = {
    "registered": "已登记",
    "not_stated_by_template": "模板不要求说明",
    "not_reviewed": "新报告，未复核",
    "unregistered": "未登记",
    "within_rounding": "舍入之内",
}

report = ui.current_report()
ui.header("审计发现", report)
findings = data.audit_findings(report.name).assign(
    kind_label=lambda d: d["finding_kind"].map(KINDS).fillna(d["finding_kind"]),
    severity_label=lambda d: d["severity"].map(SEVERITIES).fillna(d["severity"]),
    registered_label=lambda d: d["review_status"].map(REVIEW_STATUSES).fillna(d["review_status"]),
)

counts = findings["finding_kind"].value_counts()
cols = st.columns(3)
cols[0].metric(KINDS["discrepancy"], f"{int(counts.get('discrepancy', 0))} 项")
cols[1].metric(KINDS["missing"], f"{int(counts.get('missing', 0))} 项")
cols[2].metric(KINDS["rounding"], f"{int(counts.get('rounding', 0))} 项", help="在公开数精度允许的舍入容差之内")
st.caption(
    "差异与缺列是报告本身（发布方）的问题，均已登记在 seeds/known_discrepancies.csv 并附说明；"
    "未登记的超舍入差异会使构建失败。报告所用模板本不要求说明的部分标为“模板不要求说明”"
    "（seeds/template_unstated_parts.csv），不算报告的问题。"
    "公开数、计算数的单位随检查对象（万元、% 或分；决算或预算报表的检查按该表所印单位，元或万元）。"
)

show_rounding = st.checkbox("显示舍入差异", key="show_rounding")
shown = findings if show_rounding else findings[~findings["is_rounding"].fillna(False)]
if shown.empty:
    st.success("该报告没有超出舍入的差异或缺列。")
    st.stop()

# Each figure as printed or computed, with its own decimals: units differ from row to row.
FIGURES = ["published_value", "computed_value", "difference", "tolerance"]
ui.table(
    shown.assign(**{column: shown[column].map(ui.number_or_none) for column in FIGURES})[
        [
            "severity_label",
            "kind_label",
            "subject",
            *FIGURES,
            "source_lines",
            "registered_label",
            "check_id",
            "explanation",
        ]
    ],
    key="findings_table",
    column_config={
        "severity_label": st.column_config.TextColumn("严重程度"),
        "kind_label": st.column_config.TextColumn("发现类型"),
        "subject": st.column_config.TextColumn("检查对象"),
        "published_value": st.column_config.TextColumn("公开数"),
        "computed_value": st.column_config.TextColumn("计算数"),
        "difference": st.column_config.TextColumn("差额"),
        "tolerance": st.column_config.TextColumn("容差"),
        "source_lines": st.column_config.TextColumn("原文行号"),
        "registered_label": st.column_config.TextColumn("登记"),
        "check_id": st.column_config.TextColumn("检查编号"),
        "explanation": st.column_config.TextColumn("说明"),
    },
)

st.subheader("原文出处")
labels = {row.finding_id: f"{row.kind_label} · {row.check_id} · {row.subject}" for row in shown.itertuples(index=False)}
finding_id = st.selectbox("选择一项发现", list(labels), key=f"finding_{report.name}", format_func=labels.__getitem__)
finding = shown[shown["finding_id"] == finding_id].iloc[0]
st.markdown(f"**检查说明**：{finding['check_description_zh']}")
if not ui.is_missing(finding["explanation"]):
    st.markdown(f"**说明**：{finding['explanation']}")
st.markdown(
    f"**公开数** {ui.number(finding['published_value'])} · **计算数** {ui.number(finding['computed_value'])} · "
    f"**差额** {ui.number(finding['difference'])} · **容差** {ui.number(finding['tolerance'], 4)}"
)
locations = data.parse_locations(finding["source_lines"])
texts = data.document_texts(report.name, locations)
st.code(
    "\n".join(
        f"{data.location_label(location):>7} │ {texts.get(location, '（原文中找不到该行）')}" for location in locations
    ),
    language=None,
)
if report.get("document_format") == "pdf":
    st.caption(f"p6:13 表示第 6 页第 13 行：documents/rendered/{report['source_document']}.txt 中该页的行号。")
else:
    st.caption(f"行号为 documents/{report['source_document']} 中的行号（与 sed -n 一致）。")
