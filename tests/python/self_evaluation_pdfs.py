"""A small PDF with one project self-evaluation table (项目支出绩效自评表, xinjiang template), ruled
cell by cell so that pdfplumber's lattice table finder returns its cells, and what a reader must
read back from it."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = "项目支出绩效自评表"
ROWS = [
    ["项目名称", "职业技能培训补贴"],
    ["主管部门", "某市人力资源和社会保障局", "实施单位", "某市就业服务中心"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "120.00", "150.00", "135.00", "10", "90.00%", "9.00"],
    ["其他资金", "0.00", "0.00", "0.00", "-", "-", "-"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", ">=1000 人次", "=1200 人次", "40", "40.00"],
    ["效益指标", "社会效益指标", "就业率", ">=80%", "=85%", "30", "30.00"],
    ["满意度指标", "满意度指标", "学员满意度", ">=90%", "=88%", "20", "18.00"],
    ["总分", "100", "97.00"],
]
# What the reader must read: (seed, column) -> value, with the page every cell is on.
EXPECTED_EVALUATION = {
    "project_name": "职业技能培训补贴",
    "department_name": "某市人力资源和社会保障局",
    "implementing_unit": "某市就业服务中心",
    "template": "xinjiang",
    "total_weight": "100",
    "total_score": "97.00",
    "title": TITLE,
}
EXPECTED_FUNDS = [
    {
        "fund_source": "年度资金总额",
        "initial_budget_wan_yuan": "120.00",
        "full_year_budget_wan_yuan": "150.00",
        "executed_wan_yuan": "135.00",
        "weight": "10",
        "execution_rate_pct": "90.00",
        "score": "9.00",
    },
    {
        "fund_source": "其他资金",
        "initial_budget_wan_yuan": "0.00",
        "full_year_budget_wan_yuan": "0.00",
        "executed_wan_yuan": "0.00",
    },
]
EXPECTED_INDICATORS = [
    {
        "level1_name": "产出指标",
        "level2_name": "数量指标",
        "indicator_name": "培训人次",
        "target_text": ">=1000 人次",
        "actual_text": "=1200 人次",
        "weight": "40",
        "score": "40.00",
    },
    {
        "level1_name": "效益指标",
        "level2_name": "社会效益指标",
        "indicator_name": "就业率",
        "target_text": ">=80%",
        "actual_text": "=85%",
        "weight": "30",
        "score": "30.00",
    },
    {
        "level1_name": "满意度指标",
        "level2_name": "满意度指标",
        "indicator_name": "学员满意度",
        "target_text": ">=90%",
        "actual_text": "=88%",
        "weight": "20",
        "score": "18.00",
    },
]
PAGE = 2  # the table is on the second page, after a cover page


def write_pdf(path: Path) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    sheet.setFont(FONT, 16)
    sheet.drawString(72, height - 120, "某市人力资源和社会保障局 2023 年度部门决算")
    sheet.showPage()
    sheet.setFont(FONT, 14)
    sheet.drawCentredString(width / 2, height - 60, TITLE)
    left, right, top, row_height = 40, width - 40, height - 90, 24
    sheet.setFont(FONT, 8)
    for index, cells in enumerate(ROWS):
        upper, lower = top - index * row_height, top - (index + 1) * row_height
        sheet.line(left, upper, right, upper)
        sheet.line(left, lower, right, lower)
        cell_width = (right - left) / len(cells)
        for position, text in enumerate(cells):
            x = left + position * cell_width
            sheet.line(x, upper, x, lower)
            sheet.drawString(x + 3, lower + 8, text)
        sheet.line(right, upper, right, lower)
    sheet.showPage()
    sheet.save()
    return path


def write_report_with_table(path: Path, report: Path) -> Path:
    """A final-accounts PDF (`report`) with the table's page after its last page."""
    table = write_pdf(path.with_name(f"{path.stem}.table.pdf"))
    document = pdfium.PdfDocument(str(report))
    document.import_pages(pdfium.PdfDocument(str(table)), [PAGE - 1])
    document.save(str(path))
    return path
