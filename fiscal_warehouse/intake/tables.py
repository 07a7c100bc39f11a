"""The statement tables of a final-accounts or budget PDF, read cell by cell.

One reader for every statement table of every kind of document: it reads the tables of the
document's kind (final_accounts, budget: a column of definitions/statement_tables.csv). It finds
a table by its title (any variant in definitions/statement_tables.csv), reads its multi-level
header into column paths and maps them to the table's columns (definitions/statement_columns.csv),
follows the table over continuation pages, and reads each row into cells with the page and line of the text
rendering (pdf.py) where each is printed. It knows no particular report: nothing here names
a page, a position, an amount or a department.

Finding ruled cells is pdfplumber's work (plumbing.py); pages are screened on the fast
rendering first, so only pages that hold a title, or may continue a table, are parsed by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from fiscal_warehouse.intake.columns import (
    CODE_ROLES,
    NUMBERED_LABEL,
    BoxOnPage,
    Column,
    carry_merged_cells_down,
    carry_merged_cells_over,
    column_edges,
    header_paths,
    is_amount,
    is_data_row,
    map_columns,
    matrix_item_and_measure,
    on_grid,
    same_grid,
)
from fiscal_warehouse.intake.definitions import (
    TableDefinition,
    comparable,
    table_definitions,
    vocabulary,
)
from fiscal_warehouse.intake.page_text import PageLines, find_note, looks_like_a_title, match_title, read_unit
from fiscal_warehouse.intake.pdf import Line, Page
from fiscal_warehouse.intake.plumbing import parse_pages, parse_pages_in_parallel

# A code printed in the label's cell: before it (2010501-行政运行, [201]一般公共服务支出) or on
# the line below it (行政运行 / 2010101).
CODE_THEN_NAME = re.compile(r"^\[?(\d{3}(?:\d{2}){0,2})\]?[-－—_:：]?(\D.*)$")
NAME_THEN_CODE = re.compile(r"^(\D+?)\[?(\d{3}(?:\d{2}){0,2})\]?$")
SUBJECT_CODE_LENGTHS = (3, 5, 7)
# More titles than this on one page: a table of contents.
MAX_TITLES_PER_PAGE = 3


@dataclass(frozen=True)
class StatementCell:
    table_no: int
    row_no: int
    side_no: int
    column_name: str
    row_label: str  # as printed, whitespace removed
    row_label_page: int | None
    row_label_line: int | None
    line_item: str  # the label without its numbering; a 三公 item by its name in the definitions
    subject_code: str
    printed_text: str
    value: str  # the number as printed without separators; '' for a dash
    printed_unit: str
    page: int
    line: int | None


@dataclass(frozen=True)
class RowCode:
    """A code of a second classification keying a printed row (部门经济分类 30101 beside 功能分类
    2010101): the row keeps all its codes; its cells carry the table's own code."""

    table_no: int
    row_no: int
    side_no: int
    code_system: str  # function, economic or government_economic
    subject_code: str
    subject_name: str  # as printed, whitespace removed ('' when the row prints only the code)
    page: int
    line: int | None  # where the code is printed
    name_line: int | None  # where the name is printed (in the code's cell when it holds both)


@dataclass
class StatementTable:
    table_no: int
    table_name: str
    status: str = "absent"  # found, empty or absent
    printed_title: str = ""
    title_page: int | None = None
    title_line: int | None = None
    first_page: int | None = None
    last_page: int | None = None
    unit: str = ""
    unit_page: int | None = None
    unit_line: int | None = None
    note: str = ""
    note_page: int | None = None
    note_line: int | None = None
    row_count: int = 0
    cell_count: int = 0


@dataclass(frozen=True)
class Unreadable:
    page: int
    table_name: str
    row_label: str
    column: str
    text: str
    reason: str

    def __str__(self) -> str:
        where = f"page {self.page}, {self.table_name}"
        if self.row_label:
            where += f", row {self.row_label}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.reason}" + (f" ({self.text!r})" if self.text else "")


@dataclass
class StatementReading:
    document_kind: str
    tables: list[StatementTable]  # the template's tables (found, empty or absent), and any other found
    pages: list[Page]  # the document's pages as rendered (table pages from pdfplumber's characters)
    cells: list[StatementCell] = field(default_factory=list)
    row_codes: list[RowCode] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    template: str = "national"


@dataclass
class OpenTable:
    """A table being read, possibly over several pages."""

    definition: TableDefinition
    table: StatementTable
    columns: list[Column]
    edges: list[float]  # the column edges of the table's first page
    next_row_no: int = 1
    totals_seen: set = field(default_factory=set)
    header_words: set = field(default_factory=set)
    item_rows: dict = field(default_factory=dict)  # a matrix table's rows: one per item
    previous_codes: dict = field(default_factory=dict)
    last_row_keys: dict = field(default_factory=dict)  # {column: (text, box)} of the last row read


class StatementReader:
    def __init__(self, path: Path, pages: list[Page], document_kind: str):
        self.path = path
        self.pages = pages
        self.definitions = table_definitions(document_kind)
        self.reading = StatementReading(
            document_kind, [StatementTable(d.table_no, d.table_name) for d in self.definitions], list(pages)
        )
        self.by_no = {table.table_no: table for table in self.reading.tables}

    def not_read(self, page: int, table_name: str, reason: str, row_label="", column="", text="") -> None:
        self.reading.unreadable.append(Unreadable(page, table_name, row_label, column, text, reason))

    def title_pages(self) -> set[int]:
        """Pages with a line that reads as a title in the fast (pdfium) rendering. pdfium drops a
        glyph stored after a later line (a title's last character, typically), so a line that
        ends with a title but its last character counts too."""
        variants = [variant for definition in self.definitions for variant in definition.title_variants]

        def is_title(text: str) -> bool:
            if match_title(text, self.definitions):
                return True
            line = comparable(text)
            return any(
                line.endswith(variant[:-1]) and match_title(line + variant[-1], self.definitions)
                for variant in variants
            )

        pages = set()
        for page in self.pages:
            titles = sum(is_title(line.text) for line in page.lines)
            # A page listing several titles is a table of contents, not tables.
            if 0 < titles <= MAX_TITLES_PER_PAGE:
                pages.add(page.number)
        return pages

    def is_other_table_page(self, page: Page) -> bool:
        head = comparable("".join(line.text for line in page.lines[:3]))
        return any(word in head for word in vocabulary("other_table_title"))

    def pages_to_parse(self, title_pages: set[int]) -> list[int]:
        """The title pages, and the pages after each that may continue its table (up to the next
        title page, or a page of another kind of table): parsed ahead, in parallel."""
        numbers = set(title_pages)
        for number in sorted(title_pages):
            following = number + 1
            while following <= len(self.pages) and following not in title_pages:
                if self.is_other_table_page(self.pages[following - 1]):
                    break
                numbers.add(following)
                following += 1
        return sorted(numbers)

    def read(self) -> StatementReading:
        title_pages = self.title_pages()
        parsed = parse_pages_in_parallel(self.path, self.pages_to_parse(title_pages))
        open_table: OpenTable | None = None
        for page in self.pages:
            continues = open_table is not None and not self.is_other_table_page(page)
            if page.number not in title_pages and not continues:
                open_table = None
                continue
            parsed_page = parsed.get(page.number) or parse_pages(self.path, [page.number])[0]
            self.reading.pages[page.number - 1] = parsed_page.page
            open_table = self.read_page(parsed_page.page, parsed_page.tables, open_table if continues else None)
        self.keep_the_templates_tables()
        return self.reading

    def keep_the_templates_tables(self) -> None:
        """The template is the one printing most of the tables found (national: nine, central: four);
        a table of another template is listed only when found."""
        templates = {definition.table_no: definition.templates for definition in self.definitions}
        candidates = list(dict.fromkeys(t for definition in self.definitions for t in definition.templates))
        found = [table.table_no for table in self.reading.tables if table.status != "absent"]
        # On a tie the template listed first in the definitions wins (max keeps the first).
        template = max(candidates, key=lambda candidate: sum(candidate in templates[no] for no in found))
        self.reading.template = template
        self.reading.tables = [
            table for table in self.reading.tables if table.status != "absent" or template in templates[table.table_no]
        ]

    def read_page(self, page: Page, tables, open_table: OpenTable | None) -> OpenTable | None:
        lines = PageLines(page)
        found = sorted(tables, key=lambda table: table.bbox[1])
        bboxes = [table.bbox for table in found]
        titles = [(line, match_title(line.text, self.definitions)) for line in lines.outside(bboxes)]
        titles = [(line, definition) for line, definition in titles if definition is not None]
        previous_bottom = 0.0
        for position, table in enumerate(found):
            above = [
                (line, d) for line, d in titles if previous_bottom - 1 <= line.top and line.bottom <= table.bbox[1] + 2
            ]
            continues = open_table is not None and position == 0 and same_grid(column_edges(table), open_table.edges)
            inside = None if above or continues else self.title_inside(table, lines)
            if inside is not None:
                # The title (and unit) printed in the grid's first rows: the table starts below them.
                title_line, definition, table = inside
                above = [(title_line, definition)]
            if above and continues and above[-1][1] is open_table.definition:
                pass  # the title repeated on a continuation page (收入决算表（续）)
            elif above:
                title_line, definition = above[-1]
                if self.by_no[definition.table_no].status != "absent":
                    self.not_read(
                        page.number,
                        definition.table_name,
                        "printed a second time; the first is kept",
                        text=title_line.text,
                    )
                    open_table = None
                else:
                    open_table = self.start_table(definition, title_line, page, lines, table)
            elif not (
                continues and not any(looks_like_a_title(line) for line in lines.lines_between(0, table.bbox[1]))
            ):
                open_table = None
            if open_table is not None:
                self.read_rows(open_table, page, lines, table)
                open_table.table.last_page = page.number
            previous_bottom = table.bbox[3]
        # A title printed with no ruled table under it: a table printed empty with a note.
        for title_line, definition in titles:
            table = self.by_no[definition.table_no]
            if table.status == "absent" and not any(b[1] >= title_line.bottom - 2 for b in bboxes):
                note = find_note(lines.lines_between(title_line.bottom, page.height))
                if note is not None:
                    self.start_table(definition, title_line, page, lines, None)
                    self.mark_empty(table, note)
        return open_table

    def title_inside(self, table, lines: PageLines):
        """(title line, definition, the table below it) when the grid's first rows print the title
        in one cell (then, perhaps, a 单位 row): Excel exports often rule the title in."""
        texts = table.extract()
        for index, row in enumerate(texts[:2]):
            printed = [(text, bbox) for text, bbox in zip(row, table.rows[index].cells, strict=False) if text]
            if len(printed) != 1 or not (definition := match_title(printed[0][0], self.definitions)):
                continue
            line_number = lines.line_in(printed[0][1])
            if line_number is None:
                return None
            skip = index + 1
            following = [text for text in texts[skip] if text] if skip < len(texts) else []
            if len(following) == 1 and "单位" in comparable(following[0]):
                skip += 1
            return lines.page.lines[line_number - 1], definition, table.without_first_rows(skip)
        return None

    def start_table(self, definition, title_line: Line, page: Page, lines: PageLines, table) -> OpenTable:
        statement = self.by_no[definition.table_no]
        statement.status = "empty"
        statement.printed_title = title_line.text
        statement.title_page = statement.first_page = statement.last_page = page.number
        statement.title_line = title_line.number
        top = table.bbox[1] if table is not None else page.height
        unit, unit_line = read_unit([title_line, *lines.lines_between(title_line.top, top)])
        if not unit and table is not None:
            # Some print the unit in the table's first row: 单位：万元 inside the grid.
            inside = lines.lines_between(table.bbox[1], table.bbox[3])
            unit, unit_line = read_unit([line for line in inside if re.search("单位[：:]", comparable(line.text))])
        statement.unit, statement.unit_line = unit, unit_line
        statement.unit_page = page.number if unit_line else None
        if not unit:
            self.not_read(page.number, definition.table_name, "no 单位 line above the table: amounts taken as 万元")
            statement.unit = "万元"
        return OpenTable(definition, statement, [], column_edges(table) if table is not None else [])

    def mark_empty(self, statement: StatementTable, note: Line) -> None:
        statement.status = "empty"
        statement.note = comparable(note.text)
        statement.note_page, statement.note_line = note.page, note.number

    def read_rows(self, open_table: OpenTable, page: Page, lines: PageLines, table) -> None:
        definition = open_table.definition
        rows = [[comparable(text) for text in row] for row in table.extract()]
        bboxes = [list(row.cells) for row in table.rows]
        continued = bool(open_table.columns)
        if continued:
            rows, bboxes = on_grid(rows, bboxes, open_table.edges)
        header_count = 0
        while header_count < len(rows) and not is_data_row(rows[header_count]):
            header_count += 1
        if open_table.columns:
            # A continuation page: only rows repeating the first page's header words are a header.
            header_count = 0
            while header_count < len(rows) and set(filter(None, rows[header_count])) <= open_table.header_words:
                header_count += 1
        edges = column_edges(table)
        if header_count and header_count < len(rows) and not open_table.columns:
            paths, header_cells = header_paths(table, rows, header_count, edges, page.number)
            # Code header words (类 款 项) printed in the first data row, beside its 合计.
            for index, text in enumerate(rows[header_count]):
                if text in vocabulary("code_header"):
                    paths[index].append(text)
                    header_cells[index].append((text, bboxes[header_count][index], page.number))
                    rows[header_count][index] = ""
            open_table.columns = map_columns(definition, paths, header_cells)
            open_table.header_words = {text for row in rows[:header_count] for text in row if text}
            open_table.header_words |= set(vocabulary("code_header")) | set(vocabulary("skip_row_label"))
        elif header_count == len(rows):
            # Only header rows: nothing printed in the table (or only a 合计 without amounts).
            note = find_note(lines.lines_between(table.bbox[1], page.height))
            if note is not None and open_table.table.cell_count == 0:
                self.mark_empty(open_table.table, note)
            return
        if not open_table.columns:
            self.not_read(page.number, definition.table_name, "the table's header was not found; the page was skipped")
            return
        for column in open_table.columns:
            printed = [row[column.index] for row in rows[header_count:] if column.index < len(row)]
            if column.definition is None and any(is_amount(text) for text in printed):
                header = "/".join(column.path) or f"column {column.index + 1}"
                reason = "a column of amounts whose header is not in the table's definitions; not read"
                self.not_read(page.number, definition.table_name, reason, column=header)
        carried = vocabulary("merged_down_role")
        key_columns = [c for c in open_table.columns if c.definition and c.definition.role in carried]
        keys = [c.index for c in key_columns]
        carry_merged_cells_down(rows, bboxes, header_count, keys)
        if continued:
            sides: dict[int, dict[str, list[int]]] = {}
            for column in sorted(key_columns, key=lambda column: column.index):
                groups = sides.setdefault(column.side_no, {})
                groups.setdefault(column.definition.classification, []).append(column.index)
            for groups in sides.values():
                carry_merged_cells_over(rows, bboxes, header_count, list(groups.values()), open_table.last_row_keys)
        if header_count < len(rows):
            last_texts, last_boxes = rows[-1], bboxes[-1]
            open_table.last_row_keys = {
                index: (last_texts[index], box if isinstance(box, BoxOnPage) else BoxOnPage(box, page.number))
                for index in keys
                if index < len(last_boxes) and (box := last_boxes[index]) is not None
            }
        for row_index in range(header_count, len(rows)):
            self.read_row(open_table, page, lines, rows[row_index], bboxes[row_index])
        if open_table.table.cell_count == 0:
            note = find_note(lines.lines_between(table.bbox[1], page.height))
            if note is not None:
                self.mark_empty(open_table.table, note)

    def read_row(self, open_table: OpenTable, page: Page, lines: PageLines, texts: list[str], bboxes) -> None:
        definition = open_table.definition
        statement = open_table.table
        sides = sorted({column.side_no for column in open_table.columns})
        if any(text in vocabulary("skip_row_label") for text in texts):
            return
        for side_no in sides:
            columns = [c for c in open_table.columns if c.side_no == side_no and c.definition and c.index < len(texts)]
            own = [c for c in columns if not c.definition.classification]
            label_column = next((c for c in own if c.definition.role == "label"), None)
            label = texts[label_column.index] if label_column else ""
            label_bbox = bboxes[label_column.index] if label_column else None
            code, label, label_bbox = self.subject_code(open_table, side_no, own, texts, bboxes, label, label_bbox)
            other_codes = self.other_codes(open_table, side_no, columns, texts, bboxes)
            amount_columns = [c for c in columns if c.definition.role in ("amount", "matrix")]
            printed = [(c, texts[c.index]) for c in amount_columns if texts[c.index]]
            if not printed and not label and not code and not other_codes:
                continue
            if label in vocabulary("total_label") and not code:
                signature = (side_no, label, tuple(text for _, text in printed))
                if signature in open_table.totals_seen:
                    continue  # the 合计 row repeated on a continuation page
                open_table.totals_seen.add(signature)
            row_no = open_table.next_row_no
            open_table.next_row_no += 1
            statement.row_count += 1 if definition.layout != "matrix" else 0
            label_page, label_line = self.place(label_bbox, page)
            for system, (other_code, name, code_bbox, name_bbox) in other_codes.items():
                code_page, code_line = self.place(code_bbox, page)
                name_line = self.place(name_bbox, page)[1] if name else None
                row_code = RowCode(
                    definition.table_no, row_no, side_no, system, other_code, name, code_page, code_line, name_line
                )
                self.reading.row_codes.append(row_code)
            for column, text in printed:
                column_name = column.definition.column_name
                row_label, line_item, cell_row_no = label, NUMBERED_LABEL.sub("", label), row_no
                cell_label_page, cell_label_line = (label_page, label_line) if label_line else (None, None)
                if definition.layout == "matrix":
                    line_item, column_name, row_label = matrix_item_and_measure(definition, [*column.path, label])
                    cell_row_no = open_table.item_rows.setdefault(line_item, len(open_table.item_rows) + 1)
                    cell_label_page, cell_label_line, row_label = self.header_place(
                        column, row_label, label, label_line, page
                    )
                    if not line_item or not column_name:
                        self.not_read(
                            page.number,
                            definition.table_name,
                            "item or 预算数/决算数 not recognised",
                            row_label=label,
                            column="/".join(column.path),
                            text=text,
                        )
                        continue
                if text in vocabulary("dash"):
                    value, value_line = "", None
                elif is_amount(text):
                    value, value_line = text.replace(",", "").replace("−", "-"), lines.line_in(bboxes[column.index])
                else:
                    self.not_read(
                        page.number,
                        definition.table_name,
                        "not an amount",
                        row_label=label or code,
                        column=column_name,
                        text=text,
                    )
                    continue
                self.reading.cells.append(
                    StatementCell(
                        definition.table_no,
                        cell_row_no,
                        side_no,
                        column_name,
                        row_label,
                        cell_label_page,
                        cell_label_line,
                        line_item,
                        code,
                        text,
                        value,
                        statement.unit,
                        page.number,
                        value_line,
                    )
                )
                statement.cell_count += 1
            if definition.layout == "matrix":
                statement.row_count = len(open_table.item_rows)
            if statement.cell_count:
                statement.status = "found"

    def place(self, bbox, page: Page) -> tuple[int, int | None]:
        """The page and line where a cell's text is printed: on this page, or for a merged cell split
        by a page break (BoxOnPage) on the page where it begins."""
        if bbox is None:
            return page.number, None
        if isinstance(bbox, BoxOnPage):
            return bbox.page, PageLines(self.reading.pages[bbox.page - 1]).line_in(bbox)
        return page.number, PageLines(page).line_in(bbox)

    def header_place(self, column: Column, word: str, label: str, label_line: int | None, page: Page):
        """Where a 三公 item is printed, and how: its header cell above the column (its text as
        printed: 因公出国(境)费 reads as the definitions' 因公出国（境）费), or the row's label."""
        for text, bbox, header_page in column.header_cells:
            if text == word:
                header_lines = PageLines(self.reading.pages[header_page - 1])
                line = header_lines.line_in(bbox)
                return (header_page, line, header_lines.text_in(bbox) or word) if line else (None, None, word)
        if word == label and label_line:
            return page.number, label_line, word
        return None, None, word

    def other_codes(self, open_table, side_no, columns, texts, bboxes) -> dict[str, tuple[str, str, tuple, tuple]]:
        """The row's codes of second classifications: {code_system: (code, name as printed, the
        code's cell, the name's cell)}, read as its own code is (one cell, split cells, before or
        below the name)."""
        codes = {}
        systems = dict.fromkeys(c.definition.classification for c in columns if c.definition.classification)
        for system in systems:
            own = [c for c in columns if c.definition.classification == system]
            name_column = next((c for c in own if c.definition.role == "label"), None)
            name = texts[name_column.index] if name_column else ""
            name_bbox = bboxes[name_column.index] if name else None
            code_cells = [c for c in own if c.definition.role in CODE_ROLES and texts[c.index]]
            cell = code_cells[0] if code_cells else name_column
            bbox = bboxes[cell.index] if cell else None
            code, name, _ = self.subject_code(open_table, (side_no, system), own, texts, bboxes, name, bbox)
            if code:
                # A name read out of the code's cell (30101-基本工资) is printed where the code is.
                codes[system] = (code, name, bbox, name_bbox or bbox)
        return codes

    def subject_code(self, open_table, side_no, columns, texts, bboxes, label, label_bbox):
        """The row's classification code (parts joined), and its label when a code cell holds it.
        side_no keys the codes remembered from the rows above (a side, or a side and classification)."""
        parts: dict[str, str] = {}
        for column in columns:
            role = column.definition.role
            if role not in CODE_ROLES:
                continue
            text = texts[column.index]
            split = CODE_THEN_NAME.match(text)
            if split and role == "code":
                text = split.group(1)
                label = label or split.group(2)
            if text and not text.isdigit():
                # A merged cell over the code columns holds the label (合计, 人员经费合计).
                label, label_bbox = label or text, label_bbox or bboxes[column.index]
                continue
            parts[role] = text
        split = CODE_THEN_NAME.match(label)
        if split and not any(parts.values()):
            parts["code"], label = split.group(1), split.group(2)
        split = NAME_THEN_CODE.match(label)
        if split and not any(parts.values()) and not NUMBERED_LABEL.match(label):
            label, parts["code"] = split.group(1), split.group(2)
        if parts.get("code") and len(parts["code"]) not in SUBJECT_CODE_LENGTHS:
            # Not a subject: a budget unit's code (105236 西南大学), kept in the label as printed.
            return "", parts["code"] + label, label_bbox
        if parts.get("code"):
            code = parts["code"]
        else:
            previous = open_table.previous_codes.setdefault(side_no, {})
            code = ""
            for role in ("code_class", "code_kuan", "code_item"):
                part = parts.get(role, "")
                if part:
                    previous[role] = part
                    code += part
                elif code == "" and any(parts.get(r) for r in ("code_kuan", "code_item")) and role != "code_item":
                    # An indented print leaves the parent's code cell empty: take it from the row above.
                    code += previous.get(role, "")
            if code and len(code) not in SUBJECT_CODE_LENGTHS:
                code = ""
        return code, label, label_bbox


def read_statement_tables(path: Path, pages: list[Page], document_kind: str = "final_accounts") -> StatementReading:
    return StatementReader(path, pages, document_kind).read()
