"""Small statement PDFs of the departmental final-accounts template (部门决算), with what a reader must read back.

Each scenario writes one PDF holding the statement tables of the Ministry of Finance template in a layout that
real reports use, and returns its expectations: the status of each of the nine canonical tables and every
non-empty cell of every table found. A table is declared as a grid of cells (text, spans, alignment, and the
reading the cell stands for); one function draws every grid, ruling every cell border (merged cells: the inner
borders left out), so pdfplumber's lattice table finder returns the cells. The figures come from one small
ledger per department and add up: 项 to 款, 款 to 类, 类 to 合计, 基本支出 + 项目支出 to 合计.

Every PDF is written with reportlab's invariant mode: the same scenario writes the same bytes on every run.
"""

from __future__ import annotations

import io
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import pypdfium2
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import CIDFontInfo, UnicodeCIDFont
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
# reportlab writes the CIDSystemInfo strings of its CID fonts as raw literals, left unencrypted in an encrypted
# PDF (a reader that decrypts them cannot map the glyphs to text); as PDFString objects they are encrypted like
# any other string, and an unencrypted PDF is byte for byte the same.
CIDFontInfo[FONT]["DescendantFonts"][0]["CIDSystemInfo"].update(Registry=PDFString("Adobe"), Ordering=PDFString("GB1"))

ENCRYPTED_PASSWORD = "2024"  # user password of write_encrypted's PDF

# ---------------------------------------------------------------------------------------------------------------
# Expectations


@dataclass(frozen=True)
class ExpectedCell:
    table_name: str  # canonical table name
    page: int  # 1-based page where the cell is printed
    side_no: int  # 1 for one-sided tables; 1 = left, 2 = right half of a two-sided table
    row_label: str  # the row's label as printed, all whitespace removed, wrapped lines joined
    subject_code: str  # classification code, cells joined ('201','06','01' -> '2010601'); '' when none
    column_name: str  # canonical column name
    printed_text: str  # the cell exactly as printed, whitespace removed ('1,234.56', '0.00', '-')


@dataclass(frozen=True)
class ExpectedTable:
    table_name: str
    status: str  # 'found' | 'empty' | 'absent'
    unit: str  # '万元' or '元' ('' when absent)
    first_page: int | None
    note: str  # for 'empty': the printed note, whitespace removed; else ''


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    tables: list[ExpectedTable]  # all nine canonical tables, each with a status
    cells: list[ExpectedCell]  # every non-empty cell of every found table


TOTAL_SHEET = "收入支出决算总表"
INCOME = "收入决算表"
EXPENDITURE = "支出决算表"
FISCAL_TOTAL_SHEET = "财政拨款收入支出决算总表"
GENERAL_BUDGET = "一般公共预算财政拨款支出决算表"
BASIC_EXPENDITURE = "一般公共预算财政拨款基本支出决算表"
THREE_PUBLIC = "财政拨款“三公”经费支出决算表"
GOVERNMENT_FUND = "政府性基金预算财政拨款收入支出决算表"
STATE_CAPITAL = "国有资本经营预算财政拨款收入支出决算表"
TABLE_NAMES = (
    TOTAL_SHEET,
    INCOME,
    EXPENDITURE,
    FISCAL_TOTAL_SHEET,
    GENERAL_BUDGET,
    BASIC_EXPENDITURE,
    THREE_PUBLIC,
    GOVERNMENT_FUND,
    STATE_CAPITAL,
)
# Every title the scenarios print for a table (the canonical name first).
TITLE_VARIANTS = {
    **{name: (name,) for name in TABLE_NAMES},
    FISCAL_TOTAL_SHEET: (FISCAL_TOTAL_SHEET, "财政拨款收支决算总表"),
    GENERAL_BUDGET: (GENERAL_BUDGET, "一般公共预算财政拨款支出决算明细表"),
    STATE_CAPITAL: (STATE_CAPITAL, "国有资本经营预算财政拨款支出决算表"),
}

# ---------------------------------------------------------------------------------------------------------------
# Grids: declared cells, drawn with every border ruled

BODY = 9.0  # size of cell text
LINE = 11.0  # line height of cell text
PAD = 3.0  # horizontal padding inside a cell
VPAD = 3.0  # vertical padding inside a cell
GAP = 4.5  # space between the glyphs of a label drawn glyph by glyph
MARGIN = 40.0
TOP = 50.0
BOTTOM = 40.0


@dataclass(frozen=True)
class Reading:
    """What a cell's text means: the key of its ExpectedCell."""

    side_no: int
    row_label: str
    subject_code: str
    column_name: str


@dataclass(frozen=True)
class Cell:
    text: str = ""  # '\n' forces a line break; lines too long for the cell wrap by characters
    cols: int = 1
    rows: int = 1
    align: str = "c"  # 'l', 'c', 'r'
    reading: Reading | None = None  # set on amount cells: their text is an expected cell
    spaced: bool = False  # drawn glyph by glyph, a space between glyphs


Row = tuple[Cell, ...]


@dataclass(frozen=True)
class Grid:
    widths: tuple[float, ...]
    head: tuple[Row, ...]  # may span rows (rowspan); printed once, or on every page with repeat_head
    body: tuple[Row, ...]  # split over pages where the page ends, never inside a cell spanning rows
    repeat_head: bool = False  # the head printed again at the top of every continuation page
    sticky: int = 0  # the first body rows printed again (as repeats, not readings) on every continuation page
    min_height: float = 16.0
    continued_title: str = ""  # printed with the unit line at the top of every continuation page ('…（续）')
    # A page may end inside a cell spanning rows: its text stays on the page where it begins, its rest
    # is a blank cell spanning the next page's first rows (as a spreadsheet prints a merged cell).
    split_merged: bool = False


def label(text: str, *, cols: int = 1, spaced: bool = False) -> Cell:
    return Cell(text, cols=cols, align="l", spaced=spaced)


def head(text: str, cols: int = 1, rows: int = 1) -> Cell:
    return Cell(text, cols=cols, rows=rows)


def amount(text: str, reading: Reading | None) -> Cell:
    return Cell(text, align="r", reading=reading if text else None)


def _strip(row: Row) -> Row:
    return tuple(replace(cell, reading=None) for cell in row)


def _text_width(text: str, size: float, spaced: bool = False) -> float:
    width = pdfmetrics.stringWidth(text, FONT, size)
    return width + GAP * (len(text) - 1) if spaced and text else width


def _lines(cell: Cell, width: float) -> list[str]:
    """The printed lines of a cell `width` points wide (padding excluded)."""
    lines = []
    for part in cell.text.split("\n"):
        line = ""
        for char in part:
            if line and _text_width(line + char, BODY, cell.spaced) > width:
                lines.append(line)
                line = char
            else:
                line += char
        lines.append(line)
    if cell.align == "r" and len(lines) > 1:
        raise ValueError(f"amount {cell.text!r} does not fit in a cell {width:.0f} points wide")
    return lines


def _place(rows: Sequence[Row], ncols: int) -> list[tuple[int, int, Cell]]:
    """Positions (row, column) of the cells of HTML-like rows: a spanned position is not listed again."""
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, cell))
            taken.update((r + dr, c + dc) for dr in range(cell.rows) for dc in range(cell.cols))
            c += cell.cols
    expected = {(r, c) for r in range(len(rows)) for c in range(ncols)}
    if taken != expected:
        raise ValueError(f"rows do not fill a {len(rows)} x {ncols} grid: {sorted(taken ^ expected)[:4]}")
    return placed


def _heights(rows: Sequence[Row], widths: Sequence[float], min_height: float) -> list[float]:
    xs = [sum(widths[:i]) for i in range(len(widths) + 1)]
    placed = _place(rows, len(widths))
    heights = [min_height] * len(rows)
    for r, c, cell in sorted(placed, key=lambda p: p[2].rows):
        need = len(_lines(cell, xs[c + cell.cols] - xs[c] - 2 * PAD)) * LINE + 2 * VPAD
        have = sum(heights[r : r + cell.rows])
        if need > have:
            heights[r + cell.rows - 1] += need - have
    return heights


def _draw_text(pdf: canvas.Canvas, x: float, y: float, text: str, size: float, spaced: bool = False) -> None:
    pdf.setFont(FONT, size)
    if not spaced:
        pdf.drawString(x, y, text)
        return
    for i, char in enumerate(text):
        pdf.drawString(x, y, char)
        x += _text_width(char, size)
        if i < len(text) - 1:
            pdf.drawString(x, y, " ")
            x += GAP


def _draw_rows(
    pdf: canvas.Canvas, rows: Sequence[Row], grid: Grid, left: float, top: float, on_cell: Callable[[Cell], None]
) -> float:
    """Draws rows (rules and text) with their top-left corner at (left, top); returns the bottom y."""
    widths = grid.widths
    placed = _place(rows, len(widths))
    heights = _heights(rows, widths, grid.min_height)
    xs = [left + sum(widths[:i]) for i in range(len(widths) + 1)]
    ys = [top - sum(heights[:i]) for i in range(len(heights) + 1)]
    owner = {}
    for index, (r, c, cell) in enumerate(placed):
        for dr in range(cell.rows):
            for dc in range(cell.cols):
                owner[r + dr, c + dc] = index
    nrows, ncols = len(rows), len(widths)
    pdf.setLineWidth(0.5)
    for r in range(nrows + 1):  # horizontal rules, one line per run of ruled columns
        ruled = [r in (0, nrows) or owner[r - 1, c] != owner[r, c] for c in range(ncols)]
        for start, end in _runs(ruled):
            pdf.line(xs[start], ys[r], xs[end], ys[r])
    for c in range(ncols + 1):
        ruled = [c in (0, ncols) or owner[r, c - 1] != owner[r, c] for r in range(nrows)]
        for start, end in _runs(ruled):
            pdf.line(xs[c], ys[start], xs[c], ys[end])
    for r, c, cell in placed:
        x0, x1 = xs[c], xs[c + cell.cols]
        y0, y1 = ys[r], ys[r + cell.rows]
        lines = _lines(cell, x1 - x0 - 2 * PAD)
        line_top = y0 - (y0 - y1 - len(lines) * LINE) / 2
        for i, line in enumerate(lines):
            baseline = line_top - i * LINE - (LINE - BODY) / 2 - BODY * 0.8
            width = _text_width(line, BODY, cell.spaced)
            x = {"l": x0 + PAD, "r": x1 - PAD - width, "c": (x0 + x1 - width) / 2}[cell.align]
            _draw_text(pdf, x, baseline, line, BODY, cell.spaced)
        on_cell(cell)
    return ys[-1]


def _block_end(body: Sequence[Row], start: int) -> int:
    """The end of the rows from start that cells spanning rows tie together (start + 1 without any)."""
    end, row = start + 1, start
    while row < end:
        end = max([end, *(row + cell.rows for cell in body[row])])
        row += 1
    return end


def _split_merged(body: Sequence[Row], end: int, ncols: int) -> list[Row]:
    """The body with a page break before row `end`: a cell spanning across it ends at the break, and
    a blank cell of the same width spans its remaining rows from row `end` on."""
    rows: list[list[tuple[int, Cell]]] = [[] for _ in body]
    for r, c, cell in _place(body, ncols):
        if r < end < r + cell.rows:
            rows[r].append((c, replace(cell, rows=end - r)))
            rows[end].append((c, Cell(cols=cell.cols, rows=r + cell.rows - end)))
        else:
            rows[r].append((c, cell))
    return [tuple(cell for _, cell in sorted(row, key=lambda placed: placed[0])) for row in rows]


def _runs(flags: Sequence[bool]) -> Iterable[tuple[int, int]]:
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            yield start, i
            start = None


# ---------------------------------------------------------------------------------------------------------------
# Reports: pages, titles, tables


class Report:
    """A PDF being written, page by page, and the expectations of the statement tables drawn in it."""

    def __init__(self, target: Path | BinaryIO, *, unit: str = "万元", encrypt: StandardEncryption | None = None):
        self.pdf = canvas.Canvas(str(target) if isinstance(target, Path) else target, invariant=1, encrypt=encrypt)
        self.unit = unit
        self.page = 0
        self.width, self.height = A4
        self.tables: dict[str, ExpectedTable] = {}
        self.cells: list[ExpectedCell] = []

    def new_page(self, wide: bool = False) -> None:
        if self.page:
            self.pdf.showPage()
        self.width, self.height = landscape(A4) if wide else A4
        self.pdf.setPageSize((self.width, self.height))
        self.page += 1

    def centred(self, y: float, text: str, size: float) -> None:
        _draw_text(self.pdf, (self.width - _text_width(text, size)) / 2, y, text, size)

    def prose(self, heading: str, paragraphs: Sequence[str], *, size: float = 11.0) -> None:
        """A page of text (what does not fit on it is left out)."""
        self.new_page()
        y = self.height - TOP - 14
        self.centred(y, heading, 14)
        y -= 36
        width = self.width - 2 * MARGIN
        for paragraph in paragraphs:
            for i, line in enumerate(_lines(Cell(paragraph), width - 2 * size)):
                if y < BOTTOM:
                    return
                _draw_text(self.pdf, MARGIN + (2 * size if i == 0 else 0), y, line, size)
                y -= size * 1.8

    def statement(
        self,
        table: Table,
        *,
        title: str | None = None,
        number: str = "",
        prefix: str = "",
        heading: str = "",
        note: str = "",
        split_title: bool = False,
        title_in_grid: bool = False,
    ) -> None:
        """A statement table on new pages: heading, number line, title, unit line, the grid, the note.

        number: printed on a line of its own above the title ('公开01表'); prefix: printed before the title on
        its line ('表一'); split_title: the title's last glyph is drawn after the unit line; title_in_grid: the title
        and the unit line are the grid's first two rows, ruled in (as Excel exports print them)."""
        status = "empty" if note else "found"
        grid = table.grid
        if title_in_grid:
            span = len(grid.widths)
            ruled_in = ((Cell(title or table.title, cols=span),), (Cell(f"单位：{self.unit}", cols=span, align="r"),))
            grid = replace(grid, head=ruled_in + grid.head)
        first_page, bottom = self._block(
            grid,
            table.wide,
            title or table.title,
            table.name if status == "found" else None,
            number=number,
            prefix=prefix,
            heading=heading,
            split_title=split_title,
            unit=self.unit,
            untitled=title_in_grid,
        )
        if note:
            _draw_text(self.pdf, MARGIN, bottom - 18, note, BODY + 1)
        self.tables[table.name] = ExpectedTable(table.name, status, self.unit, first_page, "".join(note.split()))

    def ruled(self, grid: Grid, title: str, *, wide: bool = False, heading: str = "", unit: str = "") -> None:
        """A ruled table that is not a statement table."""
        self._block(grid, wide, title, None, number="", prefix="", heading=heading, split_title=False, unit=unit)

    def _block(
        self,
        grid: Grid,
        wide: bool,
        title: str,
        table_name: str | None,
        *,
        number: str,
        prefix: str,
        heading: str,
        split_title: bool,
        unit: str,
        untitled: bool = False,
    ) -> tuple[int, float]:
        """Title lines and grid on a new page; returns the first page and the y under the grid."""
        self.new_page(wide)
        first_page = self.page
        y = self.height - TOP
        if heading:
            y -= 14
            self.centred(y, heading, 14)
            y -= 14
        if number:
            y -= 10
            _draw_text(self.pdf, MARGIN, y, number, 10)
            y -= 6
        table_width = sum(grid.widths)
        left = (self.width - table_width) / 2
        if untitled:
            return first_page, self._grid(grid, left, y - 8, wide, table_name)
        y -= 16
        text = f"{prefix}  {title}" if prefix else title
        x = (self.width - _text_width(text, 16)) / 2
        _draw_text(self.pdf, x, y, text[:-1] if split_title else text, 16)
        if unit:
            y -= 22
            unit_text = f"单位：{unit}"
            _draw_text(self.pdf, left + table_width - _text_width(unit_text, 10), y, unit_text, 10)
        if split_title:
            _draw_text(self.pdf, x + _text_width(text[:-1], 16), y + (22 if unit else 0), text[-1], 16)
        return first_page, self._grid(grid, left, y - 8, wide, table_name)

    def _grid(self, grid: Grid, left: float, top: float, wide: bool, table_name: str | None) -> float:
        def record(cell: Cell) -> None:
            if table_name and cell.reading and cell.text:
                r = cell.reading
                text = "".join(cell.text.split())
                self.cells.append(
                    ExpectedCell(table_name, self.page, r.side_no, r.row_label, r.subject_code, r.column_name, text)
                )

        body = list(grid.body)
        done = 0
        while True:
            rows = list(grid.head)
            if done:
                rows = [_strip(row) for row in grid.head] if grid.repeat_head else []
                rows += [_strip(row) for row in grid.body[: grid.sticky]]
            space = top - BOTTOM - sum(_heights(rows, grid.widths, grid.min_height)) if rows else top - BOTTOM
            end = done
            row_heights = _heights(body, grid.widths, grid.min_height) if grid.split_merged else []
            while end < len(body):
                # Rows a merged cell spans stay together on one page, unless the grid splits them.
                if grid.split_merged:
                    block_end, height = end + 1, row_heights[end]
                else:
                    block_end = _block_end(body, end)
                    height = sum(_heights(body[end:block_end], grid.widths, grid.min_height))
                if height > space:
                    break
                space -= height
                end = block_end
            if end == done and done < len(body):
                raise ValueError("a table row does not fit on a page")
            if grid.split_merged and end < len(body):
                body = _split_merged(body, end, len(grid.widths))
            bottom = _draw_rows(self.pdf, rows + body[done:end], grid, left, top, record)
            done = end
            if done == len(body):
                return bottom
            self.new_page(wide)
            top = self.height - TOP
            if grid.continued_title:
                top -= 16
                self.centred(top, grid.continued_title, 16)
                top -= 22
                unit_text = f"单位：{self.unit}"
                _draw_text(self.pdf, left + sum(grid.widths) - _text_width(unit_text, 10), top, unit_text, 10)
                top -= 8

    def finish(self, name: str, description: str, table_names: Sequence[str] = TABLE_NAMES) -> Scenario:
        self.pdf.save()
        tables = [self.tables.get(name) or ExpectedTable(name, "absent", "", None, "") for name in table_names]
        return Scenario(name, description, tables, list(self.cells))


# ---------------------------------------------------------------------------------------------------------------
# Ledgers: what a department received and spent, by functional subject (项) and by source


def m(text: str) -> int:
    """Cents of an amount written as printed ('1,503.52')."""
    return int(Decimal(text.replace(",", "")) * 100)


def money(cents: int) -> str:
    whole, fraction = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}{whole:,}.{fraction:02d}"


@dataclass(frozen=True)
class Item:
    """One 项 of the functional classification: what was spent on it, by source, in cents.

    gp = general public budget appropriation (一般公共预算财政拨款), gf = government fund (政府性基金预算),
    sc = state capital operation (国有资本经营预算), biz = business income (事业收入), oth = other income."""

    code: str
    name: str
    gp_basic: int = 0
    gp_project: int = 0
    gf_project: int = 0
    gf_begin: int = 0  # government fund carry-over at the start and at the end of the year
    gf_end: int = 0
    sc_project: int = 0
    biz_basic: int = 0
    oth_basic: int = 0
    oth_project: int = 0

    @property
    def gf_income(self) -> int:
        return self.gf_project + self.gf_end - self.gf_begin

    @property
    def basic(self) -> int:
        return self.gp_basic + self.biz_basic + self.oth_basic

    @property
    def project(self) -> int:
        return self.gp_project + self.gf_project + self.sc_project + self.oth_project

    @property
    def fiscal_income(self) -> int:
        return self.gp_basic + self.gp_project + self.gf_income + self.sc_project


AMOUNT_FIELDS = tuple(f.name for f in fields(Item) if f.name not in ("code", "name"))


@dataclass(frozen=True)
class Ledger:
    department: str
    items: tuple[Item, ...]
    carry: int = 0  # general budget carry-over, the same at the start and at the end of the year
    economic: tuple[tuple[str, int], ...] = ()  # basic expenditure by economic subject, except the derived ones
    # (item, budget, actual) of 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费, 会议费, 培训费
    three_public: tuple[tuple[str, int, int], ...] = ()
    era: int = 2024  # the year of the subject names

    def without(self, *sources: str) -> Ledger:
        """The ledger with the amounts of these sources ('gf', 'sc') left out."""
        items = []
        for item in self.items:
            item = replace(item, **{f: 0 for f in AMOUNT_FIELDS if f.split("_")[0] in sources})
            if any(getattr(item, f) for f in AMOUNT_FIELDS):
                items.append(item)
        return replace(self, items=tuple(items))

    def scaled(self, factor: int) -> Ledger:
        """Every amount times `factor`, plus a few cents of its own (the ledger in 元 of a ledger in 万元)."""

        def scale(key: str, cents: int) -> int:
            return cents * factor + zlib.crc32(key.encode()) % factor if cents else 0

        items = tuple(
            replace(item, **{f: scale(item.code + f, getattr(item, f)) for f in AMOUNT_FIELDS}) for item in self.items
        )
        return replace(
            self,
            items=items,
            carry=scale("carry", self.carry),
            economic=tuple((code, scale(code, cents)) for code, cents in self.economic),
            three_public=tuple((n, scale(n + "b", b), scale(n + "a", a)) for n, b, a in self.three_public),
        )

    def three(self, item: str) -> tuple[int, int]:
        """(budget, actual) of a "三公" item, its sums included."""
        own = {name: (budget, actual) for name, budget, actual in self.three_public}
        parts = {
            "公务用车购置及运行费": ("公务用车购置费", "公务用车运行费"),
            "合计": ("因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"),
        }.get(item, (item,))
        return sum(own.get(p, (0, 0))[0] for p in parts), sum(own.get(p, (0, 0))[1] for p in parts)

    def basic_by_economic(self) -> dict[str, int]:
        """Basic expenditure of the general budget by economic subject (5 digits), adding up to its total."""
        amounts = dict(self.economic)
        for code, item in THREE_PUBLIC_SUBJECTS.items():
            amounts[code] = self.three(item)[1]
        rest = sum(item.gp_basic for item in self.items) - sum(amounts.values())
        if rest < 0:
            raise ValueError("economic subjects exceed the basic expenditure")
        amounts["30299"] = rest
        return amounts


# The economic subjects whose basic expenditure is the actual of a "三公" item.
THREE_PUBLIC_SUBJECTS = {
    "30212": "因公出国（境）费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30231": "公务用车运行费",
}
CLASSES = {
    "201": "一般公共服务支出",
    "202": "外交支出",
    "203": "国防支出",
    "204": "公共安全支出",
    "205": "教育支出",
    "206": "科学技术支出",
    "207": "文化旅游体育与传媒支出",
    "208": "社会保障和就业支出",
    "210": "卫生健康支出",
    "211": "节能环保支出",
    "212": "城乡社区支出",
    "213": "农林水支出",
    "214": "交通运输支出",
    "215": "资源勘探工业信息等支出",
    "216": "商业服务业等支出",
    "217": "金融支出",
    "219": "援助其他地区支出",
    "220": "自然资源海洋气象等支出",
    "221": "住房保障支出",
    "222": "粮油物资储备支出",
    "223": "国有资本经营预算支出",
    "224": "灾害防治及应急管理支出",
    "229": "其他支出",
    "231": "债务还本支出",
    "232": "债务付息支出",
    "234": "抗疫特别国债安排的支出",
}
# The classes and names of the 2017-2018 classification.
OLD_CLASSES = {
    **{code: name for code, name in CLASSES.items() if code not in ("224", "231", "232", "234")},
    "207": "文化体育与传媒支出",
    "210": "医疗卫生与计划生育支出",
    "215": "资源勘探信息等支出",
    "220": "国土海洋气象等支出",
}
SECTIONS = {
    "20106": "财政事务",
    "20508": "进修及培训",
    "20805": "行政事业单位养老支出",
    "21011": "行政事业单位医疗",
    "21301": "农业农村",
    "21303": "水利",
    "21307": "农村综合改革",
    "21401": "公路水路运输",
    "22102": "住房改革支出",
    "22301": "解决历史遗留问题及改革成本支出",
    "22960": "彩票公益金安排的支出",
}
ECONOMIC = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30106": "伙食补助费",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30111": "公务员医疗补助缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30114": "医疗费",
    "30199": "其他工资福利支出",
    "303": "对个人和家庭的补助",
    "30301": "离休费",
    "30302": "退休费",
    "30303": "退职（役）费",
    "30304": "抚恤金",
    "30305": "生活补助",
    "30307": "医疗费补助",
    "30308": "助学金",
    "30309": "奖励金",
    "30310": "个人农业生产补贴",
    "30311": "代缴社会保险费",
    "30399": "其他对个人和家庭的补助",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30203": "咨询费",
    "30204": "手续费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30208": "取暖费",
    "30209": "物业管理费",
    "30211": "差旅费",
    "30212": "因公出国（境）费用",
    "30213": "维修（护）费",
    "30214": "租赁费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30218": "专用材料费",
    "30224": "被装购置费",
    "30225": "专用燃料费",
    "30226": "劳务费",
    "30227": "委托业务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30240": "税金及附加费用",
    "30299": "其他商品和服务支出",
    "310": "资本性支出",
    "31001": "房屋建筑物购建",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
    "31007": "信息网络及软件购置更新",
    "31013": "公务用车购置",
    "31019": "其他交通工具购置",
    "31021": "文物和陈列品购置",
    "31022": "无形资产购置",
    "31099": "其他资本性支出",
}

FINANCE_BUREAU = Ledger(
    department="示例区财政局",
    items=(
        Item("2010601", "行政运行", gp_basic=m("1,503.52"), gp_project=m("8.37"), oth_basic=m("0.01")),
        Item("2010602", "一般行政管理事务", gp_project=m("10.00"), oth_project=m("6.19")),
        Item("2010607", "信息化建设", gp_project=m("135.25")),
        Item("2010608", "财政委托业务支出", gp_project=m("449.52")),
        Item("2010650", "事业运行", gp_basic=m("212.40"), biz_basic=m("35.60")),
        Item("2050803", "培训支出", gp_project=m("4.05")),
        Item("2080501", "行政单位离退休", gp_basic=m("84.65")),
        Item("2080505", "机关事业单位基本养老保险缴费支出", gp_basic=m("160.75")),
        Item("2080506", "机关事业单位职业年金缴费支出", gp_basic=m("80.38")),
        Item("2080599", "其他行政事业单位养老支出", gp_basic=m("0.94")),
        Item("2101101", "行政单位医疗", gp_basic=m("60.99")),
        Item("2101102", "事业单位医疗", gp_basic=m("8.12")),
        Item("2210201", "住房公积金", gp_basic=m("187.19")),
        Item("2210203", "购房补贴", gp_basic=m("258.50")),
        Item("2230105", "国有企业退休人员社会化管理补助支出", sc_project=m("15.80")),
        Item("2296002", "用于社会福利的彩票公益金支出", gf_project=m("36.00"), gf_begin=m("12.00"), gf_end=m("4.50")),
    ),
    carry=m("49.14"),
    economic=(
        ("30101", m("262.33")),
        ("30102", m("1,238.58")),
        ("30107", m("245.10")),
        ("30108", m("160.75")),
        ("30109", m("80.38")),
        ("30110", m("69.11")),
        ("30112", m("1.61")),
        ("30113", m("187.19")),
        ("30199", m("91.03")),
        ("30302", m("84.65")),
        ("30309", m("0.31")),
        ("30201", m("21.21")),
        ("30202", m("7.61")),
        ("30204", m("0.09")),
        ("30207", m("4.88")),
        ("30211", m("1.20")),
        ("30213", m("2.83")),
        ("30226", m("2.01")),
        ("30228", m("24.42")),
        ("31002", m("13.58")),
    ),
    three_public=(
        ("因公出国（境）费", m("5.00"), m("4.32")),
        ("公务用车购置费", 0, 0),
        ("公务用车运行费", m("3.60"), m("3.41")),
        ("公务接待费", m("1.20"), m("0.95")),
        ("会议费", m("2.00"), m("1.56")),
        ("培训费", m("4.00"), m("3.20")),
    ),
)

TRANSPORT_DEPARTMENT = Ledger(
    department="示例省交通运输厅",
    items=(
        Item("2140101", "行政运行", gp_basic=m("12,345.67")),
        Item("2140104", "公路建设", gp_project=m("1,000,000.00")),
        Item("2140106", "公路养护", gp_project=m("222,222.22")),
        Item("2140199", "其他公路水路运输支出"),
    ),
)

AGRICULTURE_BUREAU = Ledger(
    department="示例区农业农村委员会",
    items=(
        Item("2010601", "行政运行", gp_basic=m("96.40")),
        Item("2080501", "行政单位离退休", gp_basic=m("38.12")),
        Item("2080505", "机关事业单位基本养老保险缴费支出", gp_basic=m("52.86")),
        Item("2080506", "机关事业单位职业年金缴费支出", gp_basic=m("26.43")),
        Item("2101101", "行政单位医疗", gp_basic=m("21.07")),
        Item("2101102", "事业单位医疗", gp_basic=m("14.66")),
        Item("2130101", "行政运行", gp_basic=m("612.35"), gp_project=m("3.20")),
        Item("2130102", "一般行政管理事务", gp_project=m("45.80")),
        Item("2130104", "事业运行", gp_basic=m("388.90"), gp_project=m("12.40")),
        Item("2130106", "科技转化与推广服务", gp_project=m("120.00")),
        Item("2130108", "病虫害控制", gp_project=m("86.25")),
        Item("2130109", "农产品质量安全", gp_project=m("54.10")),
        Item("2130110", "执法监管", gp_project=m("33.75")),
        Item("2130122", "农业生产发展", gp_project=m("1,520.64")),
        Item("2130124", "农业组织化与产业化经营", gp_project=m("310.00")),
        Item("2130135", "农业资源保护修复与利用", gp_project=m("268.93")),
        Item("2130148", "渔业发展", gp_project=m("97.52")),
        Item("2130153", "农田建设", gp_project=m("2,045.18")),
        Item("2130199", "其他农业农村支出", gp_project=m("18.36")),
        Item("2130301", "行政运行", gp_basic=m("154.20")),
        Item("2130305", "水利工程建设", gp_project=m("860.00")),
        Item("2130306", "水利工程运行与维护", gp_project=m("245.31")),
        Item("2130311", "水资源节约管理与保护", gp_project=m("42.68")),
        Item("2130314", "防汛", gp_project=m("136.90")),
        Item("2130316", "农村水利", gp_project=m("512.47")),
        Item("2130399", "其他水利支出", gp_project=m("9.85")),
        Item("2130705", "对村民委员会和村党支部的补助", gp_project=m("726.00")),
        Item("2130706", "对村集体经济组织的补助", gp_project=m("180.00")),
        Item("2210201", "住房公积金", gp_basic=m("75.34")),
        Item("2210203", "购房补贴", gp_basic=m("98.76")),
    ),
)


def _cn(n: int) -> str:
    """Chinese numeral of 1..99."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def _subject_name(ledger: Ledger, code: str) -> str:
    if len(code) == 3:
        return (OLD_CLASSES if ledger.era < 2019 else CLASSES)[code]
    if len(code) == 5:
        return SECTIONS[code]
    return next(item.name for item in ledger.items if item.code == code)


# ---------------------------------------------------------------------------------------------------------------
# Tables: a ledger laid out as each statement table of the template


@dataclass(frozen=True)
class Style:
    # 'split': 类 | 款 | 项 in cells of their own; 'one': the whole code in one cell; 'before_name': in the name's
    # cell before it (2010501-行政运行); 'below_name': in the name's cell, on the line below it
    code_cells: str = "split"
    total_row: str = "bottom"  # 'header': the 合计 row is the 类|款|项 row of the header; 'top'; 'bottom'
    numbers: bool = False  # a 行次 column in the two-sided sheets, a 栏次 row under the header of coded tables
    zeros: tuple[str, ...] = ("",)  # printed for a zero amount, cycled over the cells ('' = left empty)
    zero_rows: bool = False  # 项 with nothing but zeros are printed too
    name_width: float | None = None  # width of the 科目名称 column (narrow: names wrap)
    headers: tuple[tuple[str, str], ...] = ()  # printed header of a canonical column, '\n' = line break
    spaced: frozenset[str] = frozenset()  # labels drawn glyph by glyph
    repeat: bool = False  # a coded table's header and its top 合计 row printed again on every page
    repeat_title: bool = False  # the title, with （续）, and the unit line printed again on every page
    min_height: float = 16.0


@dataclass(frozen=True)
class Table:
    name: str  # canonical name
    grid: Grid
    wide: bool  # printed on landscape pages
    title: str


def _usable(wide: bool) -> float:
    return (landscape(A4) if wide else A4)[0] - 2 * MARGIN


def _printed(style: Style, cents: int, row: int, col: int) -> str:
    """An amount as printed; a zero as style.zeros prints it at this row and column."""
    return money(cents) if cents else style.zeros[(row + col) % len(style.zeros)]


def _header(style: Style, column: str) -> str:
    return dict(style.headers).get(column, column.split("/")[-1])


def coded_table(
    name: str,
    ledger: Ledger,
    style: Style,
    columns: Sequence[str],
    values: Callable[[Item], Sequence[int]],
    *,
    wide: bool = True,
    title: str = "",
    blank_rows: int = 0,
) -> Table:
    """A table of functional subjects (类/款/项) with amount columns; 'group/column' names a column printed
    under a group header. `values` gives an item's amounts in the order of `columns`; class, section and 合计
    rows are their sums. With no item of the ledger, `blank_rows` empty rows are printed before 合计."""
    leaves = [(item.code, tuple(values(item))) for item in ledger.items]
    leaves = [(code, v) for code, v in leaves if style.zero_rows or any(v)]
    sums: dict[str, list[int]] = defaultdict(lambda: [0] * len(columns))
    for code, v in leaves:
        for prefix in (code[:3], code[:5], code):
            sums[prefix] = [a + b for a, b in zip(sums[prefix], v, strict=True)]
    total = [sum(sums[code][i] for code in sums if len(code) == 3) for i in range(len(columns))]
    split = style.code_cells == "split"
    in_name = style.code_cells in ("before_name", "below_name")
    ncode = 3 if split else 0 if in_name else 1
    name_width = style.name_width or (170.0 if wide else 150.0)
    code_widths = (26.0,) * 3 if split else () if in_name else (64.0,)
    value_width = min(90.0, (_usable(wide) - sum(code_widths) - name_width) / len(columns))
    widths = (*code_widths, name_width, *(value_width,) * len(columns))

    def amounts(label_: str, code: str, v: Sequence[int], row: int) -> list[Cell]:
        return [
            amount(_printed(style, cents, row, i), Reading(1, "".join(label_.split()), code, column))
            for i, (column, cents) in enumerate(zip(columns, v, strict=True))
        ]

    total_in_header = style.total_row == "header" and split
    groups = [column.split("/")[0] if "/" in column else "" for column in columns]
    nhead = 3 if split and not total_in_header else 2  # header rows above the 合计 or first subject row
    rows: list[list[Cell]] = [[head("项目", cols=ncode + 1)], [], []]
    if split:
        rows[1] += [head("支出功能分类\n科目编码", cols=3), head("科目名称", rows=nhead - 1)]
        rows[2] += [head("类"), head("款"), head("项")]
        if total_in_header:
            rows[2] += [head("合计"), *amounts("合计", "", total, 0)]
    elif in_name:
        rows[1] += [head("科目名称")]
    else:
        rows[1] += [head("支出功能分类\n科目编码"), head("科目名称")]
    for i, column in enumerate(columns):
        if not groups[i]:
            rows[0].append(head(_header(style, column), rows=nhead))
            continue
        if i == 0 or groups[i - 1] != groups[i]:
            rows[0].append(head(groups[i], cols=groups.count(groups[i])))
        rows[1].append(head(_header(style, column), rows=nhead - 1))
    head_rows = [tuple(row) for row in rows if row]
    if style.numbers:
        head_rows.append((head("栏次", cols=ncode + 1), *(head(str(i + 1)) for i in range(len(columns)))))

    total_row = (head("合计", cols=ncode + 1), *amounts("合计", "", total, 0))
    body: list[Row] = []
    for row, code in enumerate(sorted(sums), start=1):
        parts = (code[:3], code[3:5], code[5:7]) if split else () if in_name else (code,)
        subject = _subject_name(ledger, code)
        in_cell = {"before_name": f"{code}-{subject}", "below_name": f"{subject}\n{code}"}
        printed = in_cell.get(style.code_cells, subject)
        body.append((*(head(p) for p in parts), label(printed), *amounts(subject, code, sums[code], row)))
    body += [tuple(head("") for _ in widths)] * (blank_rows if not leaves else 0)
    if style.total_row in ("top", "header") and not total_in_header:
        body.insert(0, total_row)
    elif style.total_row == "bottom":
        body.append(total_row)
    grid = Grid(
        widths,
        tuple(head_rows),
        tuple(body),
        repeat_head=style.repeat,
        sticky=1 if style.repeat and style.total_row == "top" else 0,
        min_height=style.min_height,
        continued_title=f"{title or name}（续）" if style.repeat_title else "",
    )
    return Table(name, grid, wide, title or name)


INCOME_COLUMNS = (
    "本年收入合计",
    "财政拨款收入",
    "上级补助收入",
    "事业收入",
    "经营收入",
    "附属单位上缴收入",
    "其他收入",
)
EXPENDITURE_COLUMNS = ("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
FUND_COLUMNS = (
    "年初结转和结余",
    "本年收入",
    "本年支出/小计",
    "本年支出/基本支出",
    "本年支出/项目支出",
    "年末结转和结余",
)


def income_table(ledger: Ledger, style: Style) -> Table:
    def values(item: Item) -> tuple[int, ...]:
        oth = item.oth_basic + item.oth_project
        fiscal = item.fiscal_income
        return (fiscal + item.biz_basic + oth, fiscal, 0, item.biz_basic, 0, 0, oth)

    return coded_table(INCOME, ledger, style, INCOME_COLUMNS, values)


def expenditure_table(ledger: Ledger, style: Style) -> Table:
    return coded_table(
        EXPENDITURE,
        ledger,
        style,
        EXPENDITURE_COLUMNS,
        lambda item: (item.basic + item.project, item.basic, item.project, 0, 0, 0),
    )


def general_budget_table(ledger: Ledger, style: Style) -> Table:
    return coded_table(
        GENERAL_BUDGET,
        ledger,
        style,
        ("合计", "基本支出", "项目支出"),
        lambda item: (item.gp_basic + item.gp_project, item.gp_basic, item.gp_project),
        wide=False,
    )


def fund_table(ledger: Ledger, style: Style, source: str, *, blank_rows: int = 0, old: bool = False) -> Table:
    """Table 8 (source 'gf') or 9 ('sc'); old: the earlier 国有资本经营预算财政拨款支出决算表."""
    name = GOVERNMENT_FUND if source == "gf" else STATE_CAPITAL

    def values(item: Item) -> tuple[int, ...]:
        if source == "gf":
            begin, end, spent = item.gf_begin, item.gf_end, item.gf_project
        else:
            begin, end, spent = 0, 0, item.sc_project
        return (begin, spent + end - begin, spent, 0, spent, end)

    if old:
        return coded_table(
            name,
            ledger,
            style,
            ("合计", "基本支出", "项目支出"),
            lambda item: values(item)[2:5],
            title="国有资本经营预算财政拨款支出决算表",
            blank_rows=blank_rows,
        )
    return coded_table(name, ledger, style, FUND_COLUMNS, values, blank_rows=blank_rows)


def _class_sums(ledger: Ledger, amount_of: Callable[[Item], int]) -> dict[str, int]:
    sums: dict[str, int] = defaultdict(int)
    for item in ledger.items:
        sums[item.code[:3]] += amount_of(item)
    return sums


def _two_sided(
    name: str,
    style: Style,
    sides: Sequence[tuple[str, Sequence[str]]],
    pairs: Sequence[tuple[Sequence[tuple[str, Sequence[int]]], Sequence[tuple[str, Sequence[int]]]]],
    *,
    wide: bool,
    title: str = "",
) -> Table:
    """A two-sided sheet: sides = (side header, amount column names) of the left and the right; pairs = blocks
    of (left rows, right rows), each row (label, amounts), printed one under the other, the shorter side padded
    with empty rows. With style.numbers a 行次 column follows each label and a 栏次 row the header."""
    amount_widths = [80.0 if len(columns) == 1 else 72.0 for _, columns in sides]
    fixed = sum(28.0 * style.numbers + w * len(columns) for w, (_, columns) in zip(amount_widths, sides, strict=True))
    label_width = (_usable(wide) - fixed) / 2
    widths: list[float] = []
    head_rows: list[list[Cell]] = [[], []]
    numbers_row: list[Cell] = []  # 栏次 | (行次) | 1, 2 … numbering the amount columns of both sides
    for (side, columns), amount_width in zip(sides, amount_widths, strict=True):
        widths += [label_width, *([28.0] if style.numbers else []), *[amount_width] * len(columns)]
        head_rows[0].append(head(side, cols=len(columns) + 1 + style.numbers))
        head_rows[1] += [head("项目"), *([head("行次")] if style.numbers else [])]
        head_rows[1] += [head(_header(style, column)) for column in columns]
        numbered = sum(cell.text.isdigit() for cell in numbers_row)
        numbers_row += [head("栏次"), head(""), *(head(str(numbered + i + 1)) for i in range(len(columns)))]
    if style.numbers:
        head_rows.append(numbers_row)
    row_numbers = [0, sum(1 for left, _ in pairs for text, _ in left if text)]
    body: list[Row] = []
    for left, right in pairs:
        for i in range(max(len(left), len(right))):
            cells: list[Cell] = []
            for side_no, rows in ((1, left), (2, right)):
                columns = sides[side_no - 1][1]
                text, values = rows[i] if i < len(rows) else ("", [0] * len(columns))
                cells.append(label(text, spaced=text in style.spaced))
                if style.numbers:
                    row_numbers[side_no - 1] += bool(text)
                    cells.append(head(str(row_numbers[side_no - 1]) if text else ""))
                for j, (column, cents) in enumerate(zip(columns, values, strict=True)):
                    printed = _printed(style, cents, len(body), j) if text else ""
                    cells.append(amount(printed, Reading(side_no, "".join(text.split()), "", column)))
            body.append(tuple(cells))
    grid = Grid(tuple(widths), tuple(tuple(r) for r in head_rows), tuple(body), min_height=style.min_height)
    return Table(name, grid, wide, title or name)


def _class_labels(ledger: Ledger) -> list[tuple[str, str]]:
    """(code, numbered label) of every class of the sheets' 支出 side."""
    classes = OLD_CLASSES if ledger.era < 2019 else CLASSES
    return [(code, f"{_cn(i)}、{name}") for i, (code, name) in enumerate(classes.items(), start=1)]


def total_sheet(ledger: Ledger, style: Style) -> Table:
    items = ledger.items
    gp = sum(i.gp_basic + i.gp_project for i in items)
    gf = sum(i.gf_income for i in items)
    sc = sum(i.sc_project for i in items)
    biz = sum(i.biz_basic for i in items)
    oth = sum(i.oth_basic + i.oth_project for i in items)
    income = gp + gf + sc + biz + oth
    spent = sum(i.basic + i.project for i in items)
    begin = ledger.carry + sum(i.gf_begin for i in items)
    end = ledger.carry + sum(i.gf_end for i in items)
    left = [
        ("一、一般公共预算财政拨款收入", [gp]),
        ("二、政府性基金预算财政拨款收入", [gf]),
        ("三、国有资本经营预算财政拨款收入", [sc]),
        ("四、上级补助收入", [0]),
        ("五、事业收入", [biz]),
        ("六、经营收入", [0]),
        ("七、附属单位上缴收入", [0]),
        ("八、其他收入", [oth]),
    ]
    by_class = _class_sums(ledger, lambda i: i.basic + i.project)
    right = [(text, [by_class.get(code, 0)]) for code, text in _class_labels(ledger)]
    tail = (
        [
            ("本年收入合计", [income]),
            ("使用非财政拨款结余（含专用结余）", [0]),
            ("年初结转和结余", [begin]),
            ("总计", [income + begin]),
        ],
        [("本年支出合计", [spent]), ("结余分配", [0]), ("年末结转和结余", [end]), ("总计", [spent + end])],
    )
    sides = (("收入", ["决算数"]), ("支出", ["决算数"]))
    return _two_sided(TOTAL_SHEET, style, sides, [(left, right), tail], wide=False)


def fiscal_total_sheet(ledger: Ledger, style: Style) -> Table:
    items = ledger.items
    gp = sum(i.gp_basic + i.gp_project for i in items)
    gf = sum(i.gf_income for i in items)
    sc = sum(i.sc_project for i in items)
    left = [
        ("一、一般公共预算财政拨款", [gp]),
        ("二、政府性基金预算财政拨款", [gf]),
        ("三、国有资本经营预算财政拨款", [sc]),
    ]
    gp_class = _class_sums(ledger, lambda i: i.gp_basic + i.gp_project)
    gf_class = _class_sums(ledger, lambda i: i.gf_project)
    sc_class = _class_sums(ledger, lambda i: i.sc_project)
    right = []
    for code, text in _class_labels(ledger):
        parts = [gp_class.get(code, 0), gf_class.get(code, 0), sc_class.get(code, 0)]
        right.append((text, [sum(parts), *parts]))
    spent = [gp, sum(i.gf_project for i in items), sc]
    begin = ledger.carry + sum(i.gf_begin for i in items)
    end = [ledger.carry, sum(i.gf_end for i in items), 0]
    tail = (
        [("本年收入合计", [gp + gf + sc]), ("年初财政拨款结转和结余", [begin]), ("总计", [gp + gf + sc + begin])],
        [
            ("本年支出合计", [sum(spent), *spent]),
            ("年末财政拨款结转和结余", [sum(end), *end]),
            ("总计", [sum(spent) + sum(end), *(s + e for s, e in zip(spent, end, strict=True))]),
        ],
    )
    columns = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
    style = replace(
        style,
        headers=(
            ("一般公共预算财政拨款", "一般公共预算\n财政拨款"),
            ("政府性基金预算财政拨款", "政府性基金预算\n财政拨款"),
            ("国有资本经营预算财政拨款", "国有资本经营预算\n财政拨款"),
            *style.headers,
        ),
    )
    sides = (("收入", ["决算数"]), ("支出", columns))
    return _two_sided(FISCAL_TOTAL_SHEET, style, sides, [(left, right), tail], wide=True)


def basic_expenditure_table(ledger: Ledger, style: Style) -> Table:
    """Table 6: the general budget's basic expenditure by economic subject, printed two-sided."""
    amounts = ledger.basic_by_economic()
    split = style.code_cells == "split"

    def side(classes: Sequence[str], side_no: int) -> list[Row]:
        rows = []
        for code in (c for c in ECONOMIC if c[:3] in classes):
            cents = sum(v for c, v in amounts.items() if c.startswith(code))
            text = ECONOMIC[code]
            parts = (code[:3], code[3:]) if split else (code,)
            printed = _printed(style, cents, len(rows), side_no)
            reading = Reading(side_no, text, code, "决算数")
            rows.append((*(head(p) for p in parts), label(text, spaced=text in style.spaced), amount(printed, reading)))
        return rows

    left, right = side(("301", "303"), 1), side(("302", "310"), 2)
    ncode = 2 if split else 1
    blank = tuple(head("") for _ in range(ncode + 2))
    body = [
        (*(left[i] if i < len(left) else blank), *(right[i] if i < len(right) else blank))
        for i in range(max(len(left), len(right)))
    ]
    personnel = sum(v for c, v in amounts.items() if c[:3] in ("301", "303"))
    public = sum(v for c, v in amounts.items() if c[:3] in ("302", "310"))
    body.append(
        (
            head("人员经费合计", cols=ncode + 1),
            amount(money(personnel), Reading(1, "人员经费合计", "", "决算数")),
            head("公用经费合计", cols=ncode + 1),
            amount(money(public), Reading(2, "公用经费合计", "", "决算数")),
        )
    )
    code_widths = (30.0, 26.0) if split else (50.0,)
    widths = (*code_widths, 120.0, 78.0) * 2
    if split:
        one = [head("经济分类\n科目编码", cols=2), head("科目名称", rows=2), head("决算数", rows=2)]
        head_rows = ((*one, *one), (head("类"), head("款")) * 2)
    else:
        one = [head("经济分类科目编码"), head("科目名称"), head("决算数")]
        head_rows = ((*one, *one),)
    grid = Grid(widths, head_rows, tuple(body), min_height=style.min_height)
    return Table(BASIC_EXPENDITURE, grid, False, BASIC_EXPENDITURE)


def three_public_table(ledger: Ledger, style: Style, *, widened: bool = False) -> Table:
    """Table 7 as usually printed: one data row under a header of items over 预算数 | 决算数 pairs;
    widened: 会议费 and 培训费 added after 公务接待费."""
    items = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"]
    items += ["会议费", "培训费"] if widened else []
    ncols = 2 * len(items)

    def item_head(item: str, cols: int = 2, rows: int = 2) -> Cell:
        return Cell(item, cols=cols, rows=rows, spaced=item in style.spaced)

    row1 = [item_head("合计"), item_head("因公出国（境）费"), item_head("公务用车购置及运行费", cols=6, rows=1)]
    row1 += [item_head(item) for item in items[5:]]
    row2 = [head("小计", cols=2), item_head("公务用车购置费", rows=1), item_head("公务用车运行费", rows=1)]
    row3 = [head(text) for _ in items for text in ("预算数", "决算数")]
    data = []
    for i, item in enumerate(items):
        for j, (column, cents) in enumerate(zip(("预算数", "决算数"), ledger.three(item), strict=True)):
            data.append(amount(_printed(style, cents, 0, 2 * i + j), Reading(1, item, "", column)))
    head_rows = ((head("财政拨款“三公”经费", cols=ncols),), tuple(row1), tuple(row2), tuple(row3))
    grid = Grid((_usable(True) / ncols,) * ncols, head_rows, (tuple(data),), min_height=22.0)
    return Table(THREE_PUBLIC, grid, True, THREE_PUBLIC)


def three_public_transposed_table(ledger: Ledger, style: Style) -> Table:
    """Table 7 transposed: rows 预算数 / 决算数, the items as columns."""
    items = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"]
    head_rows = (
        (
            head("项目", rows=2),
            head("合计", rows=2),
            head("因公出国（境）费", rows=2),
            head("公务用车购置及运行费", cols=3),
            head("公务接待费", rows=2),
        ),
        (head("小计"), head("公务用车购置费"), head("公务用车运行费")),
    )
    body = []
    for r, column in enumerate(("预算数", "决算数")):
        cells = [head(column)]
        for i, item in enumerate(items):
            cells.append(amount(_printed(style, ledger.three(item)[r], r, i), Reading(1, item, "", column)))
        body.append(tuple(cells))
    widths = (65.0,) + ((_usable(False) - 65.0) / len(items),) * len(items)
    return Table(THREE_PUBLIC, Grid(widths, head_rows, tuple(body), min_height=22.0), False, THREE_PUBLIC)


def all_tables(ledger: Ledger, style: Style) -> list[Table]:
    """The nine tables in the template's order (收入决算表 with its 合计 in the 类|款|项 row when codes are split)."""
    return [
        total_sheet(ledger, style),
        income_table(ledger, replace(style, total_row="header") if style.code_cells == "split" else style),
        expenditure_table(ledger, style),
        fiscal_total_sheet(ledger, style),
        general_budget_table(ledger, style),
        basic_expenditure_table(ledger, style),
        three_public_table(ledger, style),
        fund_table(ledger, style, "gf"),
        fund_table(ledger, style, "sc"),
    ]


def _empty_note(source: str) -> str:
    what = "政府性基金预算" if source == "gf" else "国有资本经营预算"
    return f"注：本单位无{what}财政拨款支出，故本表无数据。"


# ---------------------------------------------------------------------------------------------------------------
# Text around the tables

PART_ONE = "第一部分 {department}概况"
PART_TWO = "第二部分 {department}2024年度部门决算表"
PART_THREE = "第三部分 {department}2024年度部门决算情况说明"
PART_FOUR = "第四部分 名词解释"
PROSE = (
    "{department}是区政府主管全区财政收支、财税政策、国有资本基础管理工作的工作部门，"
    "贯彻执行国家财政、税收方面的方针政策和法律法规，拟订本区财政发展规划和年度计划。",
    "{department}2024年度收入、支出总计与上年度相比有所减少，主要原因是信息化建设项目完成验收，"
    "本年度项目支出相应减少；基本支出因人员变动略有增加。",
    "一般公共预算财政拨款支出主要用于一般公共服务、社会保障和就业、卫生健康、住房保障等方面，"
    "其中基本支出用于保障机构正常运转、完成日常工作任务，项目支出用于完成特定行政工作任务。",
    "本部门严格执行中央八项规定精神，“三公”经费支出控制在预算以内，因公出国（境）团组、"
    "公务接待批次和人数均较上年有所减少，公务用车运行维护费按照实际需要据实列支。",
    "本部门按照全面实施预算绩效管理的要求，对全部项目开展绩效自评，自评结果已随本报告一并公开，"
    "并将自评结果作为完善政策、改进管理以及安排以后年度预算的重要依据。",
)


def _prose(ledger: Ledger, count: int = 5) -> list[str]:
    return [PROSE[i % len(PROSE)].format(department=ledger.department) for i in range(count)]


def _part(template: str, ledger: Ledger) -> str:
    return template.format(department=ledger.department)


# ---------------------------------------------------------------------------------------------------------------
# Scenarios

_SCENARIOS: dict[str, Callable[[Path], Scenario]] = {}


def _scenario(function: Callable[[Path], Scenario]) -> Callable[[Path], Scenario]:
    _SCENARIOS[function.__name__] = function
    return function


def scenarios() -> dict[str, Callable[[Path], Scenario]]:
    """Scenario name -> function writing its PDF to the given path and returning its expectations."""
    return dict(_SCENARIOS)


def _sample_report(target: Path | BinaryIO, encrypt: StandardEncryption | None = None) -> Report:
    """The nine tables as the Shanghai sample prints them: portrait and landscape pages, 8 and 9 empty."""
    ledger = FINANCE_BUREAU.without("gf", "sc")
    style = Style()
    report = Report(target, encrypt=encrypt)
    report.prose(_part(PART_ONE, ledger), _prose(ledger))
    tables = all_tables(ledger, style)
    tables[0] = total_sheet(ledger, replace(style, min_height=22.0))
    tables[2] = expenditure_table(ledger, replace(style, total_row="header"))
    for i, table in enumerate(tables):
        heading = _part(PART_TWO, ledger) if i == 0 else ""
        if table.name in (GOVERNMENT_FUND, STATE_CAPITAL):
            source = "gf" if table.name == GOVERNMENT_FUND else "sc"
            report.statement(fund_table(ledger, style, source, blank_rows=8), note=_empty_note(source))
        else:
            report.statement(table, heading=heading)
    report.prose(_part(PART_THREE, ledger), _prose(ledger))
    return report


@_scenario
def sample_like(path: Path) -> Scenario:
    return _sample_report(path).finish(
        "sample_like",
        "The nine tables as in the Shanghai sample: portrait and landscape pages, the total sheet and the basic "
        "expenditure table running over two pages without a repeated header, the 收入决算表/支出决算表 合计 row "
        "in the 类|款|项 header row; tables 8 and 9 printed empty with a note.",
    )


@_scenario
def one_cell_codes(path: Path) -> Scenario:
    ledger = FINANCE_BUREAU
    style = Style(code_cells="one", total_row="top")
    report = Report(path)
    report.statement(income_table(ledger, style))
    report.statement(expenditure_table(ledger, style))
    report.statement(general_budget_table(ledger, replace(style, total_row="bottom")))
    return report.finish(
        "one_cell_codes",
        "Tables 2, 3 and 5 with the whole subject code in one cell (201, 20106, 2010601) next to a 科目名称 cell.",
    )


@_scenario
def wrapped_names(path: Path) -> Scenario:
    ledger = FINANCE_BUREAU
    headers = (
        ("本年收入合计", "本年收入合\n计"),
        ("附属单位上缴收入", "附属单\n位上\n缴收入"),
        ("本年支出合计", "本年支出合\n计"),
    )
    style = Style(total_row="top", name_width=96.0, headers=headers)
    report = Report(path)
    report.statement(income_table(ledger, style))
    report.statement(expenditure_table(ledger, style))
    report.statement(general_budget_table(ledger, replace(style, name_width=80.0)))
    return report.finish(
        "wrapped_names",
        "Tables 2, 3 and 5 with narrow 科目名称 columns: long subject names wrap over two lines inside a cell; "
        "header cells wrapped over two and three lines (本年收入合\\n计, 附属单\\n位上\\n缴收入).",
    )


@_scenario
def continued_pages(path: Path) -> Scenario:
    ledger = AGRICULTURE_BUREAU
    report = Report(path)
    report.statement(expenditure_table(ledger, Style(total_row="top", repeat=True, min_height=22.0)))
    report.statement(general_budget_table(ledger, Style()))
    return report.finish(
        "continued_pages",
        "Table 3 running over three landscape pages: the multi-level header and the 合计 row printed again at the "
        "top of every page (the 合计 cells are expected once, on the first page), the title only on the first "
        "page; then table 5 on a new page.",
    )


@_scenario
def continued_with_title(path: Path) -> Scenario:
    ledger = AGRICULTURE_BUREAU
    report = Report(path)
    style = Style(total_row="top", repeat=True, repeat_title=True, min_height=22.0)
    report.statement(expenditure_table(ledger, style))
    report.statement(general_budget_table(ledger, Style()))
    return report.finish(
        "continued_with_title",
        "Table 3 running over three pages with its title (支出决算表（续）), the unit line, the header and the 合计 "
        "row printed again at the top of every continuation page; then table 5 on a new page.",
    )


@_scenario
def titles_in_grid(path: Path) -> Scenario:
    ledger = FINANCE_BUREAU
    report = Report(path)
    for table in all_tables(ledger, Style())[:6]:
        report.statement(table, title_in_grid=True)
    return report.finish(
        "titles_in_grid",
        "Tables 1 to 6 whose title and 单位：万元 line are the first two rows of the ruled grid, as Excel exports "
        "print them.",
    )


@_scenario
def empty_zero_dash(path: Path) -> Scenario:
    ledger = TRANSPORT_DEPARTMENT
    style = Style(zeros=("", "0.00", "-", "—"), zero_rows=True)
    report = Report(path)
    report.statement(total_sheet(ledger, style))
    report.statement(income_table(ledger, style))
    report.statement(expenditure_table(ledger, replace(style, code_cells="one")))
    report.statement(general_budget_table(ledger, style))
    return report.finish(
        "empty_zero_dash",
        "Tables 1, 2, 3 and 5 with zero amounts printed as empty cells, 0.00, - and — in turn, a 项 of zeros "
        "only, and thousands separators (12,345.67, 1,234,567.89).",
    )


@_scenario
def yuan_unit(path: Path) -> Scenario:
    ledger = FINANCE_BUREAU.scaled(10000)
    style = Style()
    report = Report(path, unit="元")
    tables = all_tables(ledger, style)
    tables[5] = basic_expenditure_table(ledger, replace(style, code_cells="one"))
    for table in tables:
        report.statement(table)
    return report.finish("yuan_unit", "The nine tables in 元 (单位：元), amounts such as 29,400,512.35.")


@_scenario
def row_and_column_numbers(path: Path) -> Scenario:
    ledger = replace(FINANCE_BUREAU.without("gf"), era=2018)
    style = Style(numbers=True, total_row="top")
    report = Report(path)
    report.statement(total_sheet(ledger, style))
    report.statement(income_table(ledger, style))
    report.statement(expenditure_table(ledger, style))
    report.statement(fund_table(ledger, style, "sc", old=True))
    return report.finish(
        "row_and_column_numbers",
        "The 2017-2020 style: a 行次 column and a 栏次 row in the total sheet, a 栏次 row under the header of "
        "tables 2 and 3 (none of them amounts), the older subject names (医疗卫生与计划生育支出, "
        "文化体育与传媒支出, 国土海洋气象等支出) and table 9 under its older title "
        "国有资本经营预算财政拨款支出决算表 with 合计 | 基本支出 | 项目支出.",
    )


@_scenario
def numbered_titles(path: Path) -> Scenario:
    ledger = FINANCE_BUREAU
    style = Style()
    tables = all_tables(ledger, style)
    titles = {FISCAL_TOTAL_SHEET: "财政拨款收支决算总表", GENERAL_BUDGET: "一般公共预算财政拨款支出决算明细表"}
    report = Report(path)
    for i, table in enumerate(tables, start=1):
        title = titles.get(table.name, table.name)
        if i <= 5:
            report.statement(table, title=title, number=f"公开{i:02d}表")
        else:
            report.statement(table, title=title, prefix=f"表{_cn(i)}")
    return report.finish(
        "numbered_titles",
        "The nine tables, 公开01表 … 公开05表 on a line above the title of tables 1-5, 表六 … 表九 before the title "
        "of tables 6-9; titles 财政拨款收支决算总表 (table 4) and 一般公共预算财政拨款支出决算明细表 (table 5).",
    )


@_scenario
def three_public_transposed(path: Path) -> Scenario:
    report = Report(path)
    report.statement(three_public_transposed_table(FINANCE_BUREAU, Style()))
    return report.finish(
        "three_public_transposed",
        "Table 7 transposed: rows 预算数 and 决算数, the items as columns "
        "(公务用车购置及运行费 over 小计 | 公务用车购置费 | 公务用车运行费).",
    )


@_scenario
def three_public_widened(path: Path) -> Scenario:
    report = Report(path)
    report.statement(three_public_table(FINANCE_BUREAU, Style(), widened=True))
    return report.finish(
        "three_public_widened",
        "Table 7 in the wide layout with 会议费 and 培训费 after 公务接待费 (合计 is the sum of the three items only).",
    )


@_scenario
def absent_tables(path: Path) -> Scenario:
    ledger = FINANCE_BUREAU.without("gf", "sc")
    report = Report(path)
    for table in all_tables(ledger, Style())[:7]:
        report.statement(table)
    return report.finish("absent_tables", "Tables 1-7 only: tables 8 and 9 are not printed at all.")


def _performance_grid(n: int) -> Grid:
    """A 项目支出绩效自评表 (not a statement table)."""
    projects = ("财政信息化系统运维", "预算绩效评价委托", "政府采购监督管理", "财政票据管理", "国库集中支付代理")
    budget = 1000 + 317 * n
    spent = budget - (n * 37) % 200
    rate = f"{spent * 100 / budget:.2f}%"
    money_rows = [
        ("年度资金总额", money(budget * 10), money(budget * 10), money(spent * 10), "10", rate, "9.8"),
        ("其中：当年财政拨款", money(budget * 10), money(budget * 10), money(spent * 10), "—", rate, "—"),
        ("上年结转资金", "", "", "", "—", "", "—"),
        ("其他资金", "", "", "", "—", "", "—"),
    ]
    indicators = [
        ("产出指标", "数量指标", "完成项目数量", "≥3个", "3个", "20", "20", ""),
        ("产出指标", "质量指标", "验收合格率", "100%", "100%", "15", "15", ""),
        ("产出指标", "时效指标", "按期完成率", "100%", "98%", "15", "14", "部分工作延期"),
        ("产出指标", "成本指标", "成本控制率", "≤100%", "97%", "10", "10", ""),
        ("效益指标", "社会效益指标", "服务对象覆盖率", "≥90%", "95%", "15", "15", ""),
        ("效益指标", "可持续影响指标", "长效管理机制", "健全", "健全", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93%", "15", "15", ""),
    ]
    rows: list[Row] = [
        (head("项目名称"), label(f"{projects[n % len(projects)]}项目（{n + 1:03d}）", cols=8)),
        (head("主管部门"), label("示例区财政局", cols=3), head("实施单位", cols=2), label("示例区财政局", cols=3)),
        (
            head("项目资金\n（万元）", rows=5),
            head("", cols=2),
            *(head(t) for t in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")),
        ),
    ]
    rows += [(head(r[0], cols=2), *(amount(t, None) for t in r[1:4]), *(head(t) for t in r[4:])) for r in money_rows]
    rows += [
        (head("年度总体目标", rows=2), head("预期目标", cols=4), head("实际完成情况", cols=4)),
        (label("保障项目按计划实施，提升财政管理水平。", cols=4), label("项目按计划实施，达到预期目标。", cols=4)),
        (
            head("绩效指标", rows=len(indicators) + 1),
            *(
                head(t)
                for t in (
                    "一级指标",
                    "二级指标",
                    "三级指标",
                    "年度指标值",
                    "实际完成值",
                    "分值",
                    "得分",
                    "偏差原因分析及改进措施",
                )
            ),
        ),
    ]
    first = {}
    for i, ind in enumerate(indicators):
        first.setdefault(ind[0], i)
    for i, ind in enumerate(indicators):
        cells = [head(ind[0], rows=sum(1 for x in indicators if x[0] == ind[0]))] if first[ind[0]] == i else []
        rows.append((*cells, *(head(t) for t in ind[1:])))
    rows.append((head("总分", cols=6), head("100"), head("98"), head("自评等级：优")))
    return Grid((66.0, 58.0, 62.0, 78.0, 54.0, 54.0, 40.0, 40.0, 63.0), tuple(rows), (), min_height=22.0)


def _long_report(target: Path | BinaryIO, toc: dict[str, int]) -> tuple[Report, dict[str, int]]:
    """The long report and the first pages of its parts (toc: those pages, printed in its 目录)."""
    ledger = FINANCE_BUREAU.without("sc")
    report = Report(target)
    report.new_page()
    report.centred(report.height / 2 + 40, ledger.department, 26)
    report.centred(report.height / 2, "2024年度部门决算", 26)

    entries = [("", _part(PART_ONE, ledger), 3), ("一", "主要职能", 3), ("二", "部门决算单位构成", 4)]
    entries.append(("", _part(PART_TWO, ledger), toc.get(TOTAL_SHEET, 0)))
    entries += [(_cn(i), name, toc.get(name, 0)) for i, name in enumerate(TABLE_NAMES, start=1)]
    entries += [
        ("", _part(PART_THREE, ledger), toc.get("part3", 0)),
        ("", "附件 项目支出绩效自评表", toc.get("perf", 0)),
    ]
    entries.append(("", PART_FOUR, toc.get("part4", 0)))
    toc_grid = Grid(
        (40.0, 380.0, 60.0),
        ((head("序号"), head("内容"), head("页码")),),
        tuple((head(no), label(text), amount(str(page), None)) for no, text, page in entries),
        min_height=20.0,
    )
    report.ruled(toc_grid, "目  录")

    report.prose(_part(PART_ONE, ledger), ["一、主要职能", *_prose(ledger, 3)])
    units = (
        ("1", "示例区财政局（本级）", "行政单位"),
        ("2", "示例区财政信息中心", "事业单位"),
        ("3", "示例区会计服务中心", "事业单位"),
    )
    unit_grid = Grid(
        (50.0, 300.0, 120.0),
        ((head("序号"), head("单位名称"), head("单位性质")),),
        tuple((head(no), label(name), head(kind)) for no, name, kind in units),
        min_height=20.0,
    )
    report.ruled(unit_grid, "部门决算单位构成", heading="二、部门决算单位构成")
    while report.page < 19:
        report.prose(_part(PART_ONE, ledger), _prose(ledger, 7))

    tables = all_tables(ledger, Style())
    for i, table in enumerate(tables):
        if table.name == STATE_CAPITAL:
            report.statement(fund_table(ledger, Style(), "sc", blank_rows=6), note=_empty_note("sc"))
        else:
            report.statement(table, heading=_part(PART_TWO, ledger) if i == 0 else "")
    toc_pages = {name: t.first_page for name, t in report.tables.items()}
    toc_pages["part3"] = report.page + 1
    for _ in range(4):
        report.prose(_part(PART_THREE, ledger), _prose(ledger, 7))
    toc_pages["perf"] = report.page + 1
    for n in range(110):
        report.ruled(_performance_grid(n), "项目支出绩效自评表（2024年度）", unit="万元")
    toc_pages["part4"] = report.page + 1
    while report.page < 160:
        report.prose(PART_FOUR, _prose(ledger, 7))
    return report, toc_pages


@_scenario
def long_report(path: Path) -> Scenario:
    draft, pages = _long_report(io.BytesIO(), {})
    draft.pdf.save()
    report, _ = _long_report(path, pages)
    return report.finish(
        "long_report",
        "A 160-page report: a 目录 page whose ruled table lists the nine titles with their pages (not statement "
        "tables), a 部门决算单位构成 ruled table, the nine tables on pages 20-32 (table 9 empty), then 110 pages "
        "of 项目支出绩效自评表 ruled tables and pages of plain text.",
    )


@_scenario
def glyphs_out_of_order(path: Path) -> Scenario:
    ledger = FINANCE_BUREAU
    style = Style(spaced=frozenset({"因公出国（境）费", "因公出国（境）费用"}))
    report = Report(path)
    tables = all_tables(ledger, style)
    for table in (tables[0], tables[1], tables[4], tables[5], tables[6]):
        report.statement(table, split_title=True)
    return report.finish(
        "glyphs_out_of_order",
        "Tables 1, 2, 5, 6 and 7 whose titles' last glyph is drawn after the 单位：万元 line in the content stream, "
        "and 因公出国（境）费 (table 7) and 因公出国（境）费用 (table 6) drawn glyph by glyph with spaces.",
    )


# ---------------------------------------------------------------------------------------------------------------
# Files that are not readable reports

FIXED_DATE = time.strptime("2025-03-31 09:00:00", "%Y-%m-%d %H:%M:%S")  # dates of write_scan's PDF


def write_scan(path: Path) -> None:
    """An image-only PDF: two report pages rendered to images, no text layer."""
    buffer = io.BytesIO()
    _sample_report(buffer).pdf.save()
    document = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        images = [document[i].render(scale=150 / 72).to_pil().convert("L") for i in (1, 2)]
    finally:
        document.close()
    images[0].save(
        path,
        "PDF",
        resolution=150.0,
        save_all=True,
        append_images=images[1:],
        title="部门决算（扫描件）",
        creationDate=FIXED_DATE,
        modDate=FIXED_DATE,
    )


def write_encrypted(path: Path) -> None:
    """The sample-like report, encrypted: it opens only with ENCRYPTED_PASSWORD."""
    encrypt = StandardEncryption(ENCRYPTED_PASSWORD, ownerPassword="owner-" + ENCRYPTED_PASSWORD, strength=128)
    _sample_report(path, encrypt=encrypt).pdf.save()


def write_corrupt(path: Path) -> None:
    """The sample-like report truncated to its first 40% of bytes."""
    buffer = io.BytesIO()
    _sample_report(buffer).pdf.save()
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) * 2 // 5])


def write_not_a_pdf(path: Path) -> None:
    path.write_text(
        "示例区财政局2024年度部门决算\n收入支出决算总表\n单位：万元\n（本文件是文本文件，不是PDF文件。）\n",
        encoding="utf-8",
    )


def write_not_final_accounts(path: Path) -> None:
    """A Chinese text PDF that is not a final-accounts report: a notice with a ruled table of meeting dates."""
    report = Report(path)
    meetings = (
        ("1", "全区财政工作会议", "2024年1月16日", "区政府第一会议室"),
        ("2", "预算编制布置会", "2024年7月9日", "区财政局三楼会议室"),
        ("3", "政府采购业务培训", "2024年9月12日", "区行政服务中心"),
        ("4", "年度工作总结会", "2024年12月27日", "区财政局三楼会议室"),
    )
    grid = Grid(
        (40.0, 170.0, 110.0, 170.0),
        ((head("序号"), head("会议名称"), head("日期"), head("地点")),),
        tuple((head(no), label(name), head(day), label(place)) for no, name, day, place in meetings),
        min_height=22.0,
    )
    report.ruled(grid, "关于召开2024年度财政工作会议的通知", heading="示例区财政局办公室")
    report.prose(
        "会议安排说明",
        [
            "各科室、各直属单位：经研究，定于2024年召开下列会议，请按时参加。",
            "请各单位于会议召开前三个工作日将参会人员名单报局办公室，联系电话：12345678。",
        ],
    )
    report.pdf.save()
