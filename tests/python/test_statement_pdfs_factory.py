"""The statement-PDF factory: every scenario's PDF prints what its expectations say, where they say it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils.exceptions import PdfminerException
from statement_pdfs import (
    ENCRYPTED_PASSWORD,
    TABLE_NAMES,
    TITLE_VARIANTS,
    Scenario,
    scenarios,
    write_corrupt,
    write_encrypted,
    write_not_a_pdf,
    write_not_final_accounts,
    write_scan,
)

SCENARIOS = sorted(scenarios())


def squeeze(text: str | None) -> str:
    return "".join((text or "").split())


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Scenario]]:
    """Every scenario written once per module."""
    directory = tmp_path_factory.mktemp("statement_pdfs")
    return {name: (directory / f"{name}.pdf", write(directory / f"{name}.pdf")) for name, write in scenarios().items()}


@dataclass(frozen=True)
class PageReading:
    words: frozenset[str]
    raw_cells: frozenset[str]  # table cells as pdfplumber extracts them
    cells: frozenset[str]  # the same, whitespace removed
    text: str  # extract_text()
    flow_text: str  # extract_text(use_text_flow=True): the content stream's order
    lines: tuple[str, ...]  # the words grouped into lines, sorted by position


@cache
def page_count(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


@cache
def reading(path: Path, page_no: int) -> PageReading:
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_no - 1]
        words = page.extract_words()
        raw_cells = frozenset(cell for table in page.extract_tables() for row in table for cell in row if cell)
        text, flow_text = page.extract_text(), page.extract_text(use_text_flow=True)
    lines: dict[int, list[dict]] = defaultdict(list)
    for word in words:
        lines[round(word["top"])].append(word)
    sorted_lines = tuple(
        "".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])) for _, line in sorted(lines.items())
    )
    cells = frozenset(squeeze(cell) for cell in raw_cells)
    return PageReading(frozenset(w["text"] for w in words), raw_cells, cells, text, flow_text, sorted_lines)


@pytest.mark.parametrize("name", SCENARIOS)
def test_expectations_are_consistent(written, name):
    path, scenario = written[name]
    assert scenario.name == name and scenario.description
    assert [t.table_name for t in scenario.tables] == list(TABLE_NAMES)
    tables = {t.table_name: t for t in scenario.tables}
    for table in scenario.tables:
        if table.status == "absent":
            assert (table.unit, table.first_page, table.note) == ("", None, "")
        else:
            assert table.status in ("found", "empty") and table.unit in ("万元", "元")
            assert 1 <= table.first_page <= page_count(path)
            assert table.note.startswith("注：") == (table.status == "empty")
    keys = set()
    for cell in scenario.cells:
        assert tables[cell.table_name].status == "found", cell
        assert tables[cell.table_name].first_page <= cell.page <= page_count(path)
        assert cell.side_no in (1, 2) and cell.printed_text and cell.row_label == squeeze(cell.row_label) != ""
        key = (cell.table_name, cell.side_no, cell.row_label, cell.subject_code, cell.column_name)
        assert key not in keys, f"two cells read as {key}"
        keys.add(key)
    for table in scenario.tables:
        assert any(c.table_name == table.table_name for c in scenario.cells) == (table.status == "found")


@pytest.mark.parametrize("name", SCENARIOS)
def test_cells_are_printed_on_their_page(written, name):
    path, scenario = written[name]
    for cell in scenario.cells:
        page = reading(path, cell.page)
        assert cell.printed_text in page.cells, f"not a table cell of its page: {cell}"
        assert cell.row_label in page.cells, f"row label not a table cell of its page: {cell}"


@pytest.mark.parametrize("name", SCENARIOS)
def test_titles_units_and_notes_are_printed(written, name):
    path, scenario = written[name]
    for table in scenario.tables:
        titles = TITLE_VARIANTS[table.table_name]
        if table.status == "absent":
            for page_no in range(1, page_count(path) + 1):
                lines = {squeeze(line) for line in reading(path, page_no).text.splitlines()}
                assert not lines & set(titles), (table.table_name, page_no)
            continue
        page = reading(path, table.first_page)
        if name == "glyphs_out_of_order":  # the title's last glyph comes after the unit line in the stream
            assert not any(title in squeeze(page.flow_text) for title in titles), table
            assert any(title in line for title in titles for line in page.lines), table
        else:
            assert any(title in squeeze(page.text) for title in titles), table
        assert f"单位：{table.unit}" in squeeze(page.text)
        if table.status == "empty":
            assert table.note in squeeze(page.text)


def amount(text: str) -> Decimal:
    return Decimal(0) if text in ("-", "—") else Decimal(text.replace(",", ""))


def check_coded(table: str, values: dict[tuple[str, str], Decimal]) -> None:
    """(subject code, column) -> amount, '' the code of 合计: 项 add up to 款, 款 to 类, 类 to 合计; columns too."""
    codes = {code for code, _ in values if code} | {""}
    columns = {column for _, column in values}
    for column in columns:
        for code in codes:
            children = [c for c in codes if c.startswith(code) and len(c) == (len(code) + 2 if code else 3)]
            if children:
                assert sum(values[c, column] for c in children) == values[code, column], (table, code, column)
    first = {"收入决算表": "本年收入合计", "支出决算表": "本年支出合计"}.get(table, "合计")
    for code in codes:
        if "本年支出/小计" in columns:
            spent = values[code, "本年支出/小计"]
            assert spent == values[code, "本年支出/基本支出"] + values[code, "本年支出/项目支出"], (table, code)
            begin, end = values[code, "年初结转和结余"], values[code, "年末结转和结余"]
            assert begin + values[code, "本年收入"] == spent + end, (table, code)
        else:
            assert values[code, first] == sum(values[code, c] for c in columns - {first}), (table, code)


def check_two_sided(table: str, values: dict[tuple[int, str, str], Decimal]) -> None:
    """(side, row label, column) -> amount: numbered rows add up to the year's total, with carry-overs to 总计."""
    flows = {
        1: ("本年收入合计", "使用非财政拨款结余（含专用结余）", "年初结转和结余", "年初财政拨款结转和结余"),
        2: ("本年支出合计", "结余分配", "年末结转和结余", "年末财政拨款结转和结余"),
    }
    for side, (total, *others) in flows.items():
        for column in {c for s, _, c in values if s == side}:
            rows = sum(v for (s, label, c), v in values.items() if s == side and c == column and "、" in label)
            assert rows == values[side, total, column], (table, side, column)
            carried = sum(values[side, other, column] for other in others)
            assert values[side, total, column] + carried == values[side, "总计", column], (table, side, column)
    if table == "财政拨款收入支出决算总表":
        sources = ("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
        for label in {label for s, label, _ in values if s == 2}:
            assert values[2, label, "合计"] == sum(values[2, label, c] for c in sources), label
    assert values[1, "总计", "决算数"] == values[2, "总计", "决算数" if table == "收入支出决算总表" else "合计"]


@pytest.mark.parametrize("name", SCENARIOS)
def test_figures_add_up(written, name):
    _, scenario = written[name]
    by_table = defaultdict(list)
    for cell in scenario.cells:
        by_table[cell.table_name].append(cell)
    for table, cells in by_table.items():
        if table in ("收入支出决算总表", "财政拨款收入支出决算总表"):
            values = {(c.side_no, c.row_label, c.column_name): amount(c.printed_text) for c in cells}
            check_two_sided(table, defaultdict(Decimal, values))
        elif table == "一般公共预算财政拨款基本支出决算表":
            economic = defaultdict(Decimal, {c.subject_code or c.row_label: amount(c.printed_text) for c in cells})
            for code in ("301", "302", "303", "310"):
                items = sum(v for c, v in economic.items() if len(c) == 5 and c.startswith(code))
                assert items == economic[code], code
            assert economic["人员经费合计"] == economic["301"] + economic["303"]
            assert economic["公用经费合计"] == economic["302"] + economic["310"]
        elif table == "财政拨款“三公”经费支出决算表":
            for column in ("预算数", "决算数"):
                item = defaultdict(
                    Decimal, {c.row_label: amount(c.printed_text) for c in cells if c.column_name == column}
                )
                assert item["公务用车购置及运行费"] == item["公务用车购置费"] + item["公务用车运行费"]
                assert item["合计"] == item["因公出国（境）费"] + item["公务用车购置及运行费"] + item["公务接待费"]
        else:
            check_coded(
                table, defaultdict(Decimal, {(c.subject_code, c.column_name): amount(c.printed_text) for c in cells})
            )


@pytest.mark.parametrize("name", [n for n in SCENARIOS if n != "long_report"])
def test_scenarios_are_deterministic(written, name, tmp_path):
    path, _ = written[name]
    again = tmp_path / "again.pdf"
    scenarios()[name](again)
    assert again.read_bytes() == path.read_bytes()


def test_layout_traps_are_in_place(written):
    """What each scenario is about is really printed."""

    def cells_of(name: str):
        return written[name][1].cells

    assert {"0.00", "-", "—", "12,345.67", "1,234,567.89"} <= {c.printed_text for c in cells_of("empty_zero_dash")}
    yuan = written["yuan_unit"][1]
    assert {t.unit for t in yuan.tables} == {"元"} and max(len(c.printed_text) for c in yuan.cells) >= 13
    one_cell = written["one_cell_codes"]
    assert {"201", "20106", "2010601"} <= reading(one_cell[0], 1).cells
    numbers = written["row_and_column_numbers"]
    assert all("." in c.printed_text for c in numbers[1].cells)  # no 行次 / 栏次 number is an amount
    assert {"行次", "栏次", "1", "2", "3"} <= reading(numbers[0], 1).cells
    assert "九、医疗卫生与计划生育支出" in {c.row_label for c in numbers[1].cells}
    old_title = reading(numbers[0], numbers[1].tables[8].first_page).text
    assert "国有资本经营预算财政拨款支出决算表" in squeeze(old_title)
    numbered = written["numbered_titles"]
    for i, table in enumerate(numbered[1].tables, start=1):
        marker = f"公开{i:02d}表" if i <= 5 else "表" + "一二三四五六七八九"[i - 1]
        assert marker in squeeze(reading(numbered[0], table.first_page).text)
    transposed = cells_of("three_public_transposed")
    assert {c.column_name for c in transposed} == {"预算数", "决算数"} and len(transposed) == 10
    assert {"会议费", "培训费"} <= {c.row_label for c in cells_of("three_public_widened")}
    wrapped = written["wrapped_names"]
    assert {"本年收入合\n计", "附属单\n位上\n缴收入"} <= reading(wrapped[0], 1).raw_cells
    assert any(cell.count("\n") == 1 and len(cell) > 10 for cell in reading(wrapped[0], 1).raw_cells)
    glyphs = written["glyphs_out_of_order"]
    spaced = [c for c in glyphs[1].cells if c.row_label in ("因公出国（境）费", "因公出国（境）费用")]
    assert spaced and all({"因", "公", "出", "国"} <= reading(glyphs[0], c.page).words for c in spaced)


def test_continued_pages(written):
    path, scenario = written["continued_pages"]
    expenditure = [c for c in scenario.cells if c.table_name == "支出决算表"]
    assert sorted({c.page for c in expenditure}) == [1, 2, 3]
    assert {c.page for c in expenditure if c.row_label == "合计"} == {1}
    for page_no in (2, 3):
        page = reading(path, page_no)
        assert {"本年支出合计", "基本支出", "项目支出", "合计"} <= page.cells
        assert "支出决算表" not in squeeze(page.text)
    assert scenario.tables[4].first_page == 4


def test_long_report_layout(written):
    path, scenario = written["long_report"]
    assert page_count(path) == 160
    assert [t.first_page for t in scenario.tables][0] == 20
    assert max(c.page for c in scenario.cells) <= 32 and all(t.first_page <= 32 for t in scenario.tables)
    toc = reading(path, 2)
    assert "目录" in squeeze(toc.text) and set(TABLE_NAMES) <= toc.cells
    assert {"序号", "单位名称", "单位性质"} <= reading(path, 4).cells
    for page_no in (40, 100, 140):
        assert {"年初预算数", "全年预算数", "全年执行数", "一级指标", "二级指标"} <= reading(path, page_no).cells


def test_scan_has_no_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    write_scan(path)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 2
        assert all(not page.chars and page.images for page in pdf.pages)


def test_encrypted_needs_its_password(tmp_path):
    path = tmp_path / "encrypted.pdf"
    write_encrypted(path)
    with pytest.raises(PdfminerException), pdfplumber.open(path) as pdf:
        pdf.pages[0].extract_text()
    with pdfplumber.open(path, password=ENCRYPTED_PASSWORD) as pdf:
        assert "收入支出决算总表" in squeeze(pdf.pages[1].extract_text())


def test_corrupt_is_a_truncated_pdf(tmp_path):
    path = tmp_path / "corrupt.pdf"
    write_corrupt(path)
    assert path.read_bytes().startswith(b"%PDF-")
    with pytest.raises(PdfminerException), pdfplumber.open(path) as pdf:
        pdf.pages[0].extract_text()


def test_not_a_pdf(tmp_path):
    path = tmp_path / "report.pdf"
    write_not_a_pdf(path)
    assert "部门决算" in path.read_text(encoding="utf-8")
    with pytest.raises(PdfminerException), pdfplumber.open(path) as pdf:
        pdf.pages[0].extract_text()


def test_not_final_accounts(tmp_path):
    path = tmp_path / "notice.pdf"
    write_not_final_accounts(path)
    with pdfplumber.open(path) as pdf:
        text = squeeze("".join(page.extract_text() for page in pdf.pages))
        assert "通知" in text and pdf.pages[0].extract_tables()
    assert not any(title in text for titles in TITLE_VARIANTS.values() for title in titles)
