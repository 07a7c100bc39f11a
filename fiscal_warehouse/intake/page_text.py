"""The text around a statement table on its page: titles, the unit line, the empty-table note.

Titles are matched on the rendered lines (definitions/statement_tables.csv); a title line is
short, and only a table number or 续 may follow the title.
"""

from __future__ import annotations

import re

from fiscal_warehouse.intake.definitions import TableDefinition, comparable, table_definitions, vocabulary
from fiscal_warehouse.intake.pdf import Line, Page

# A title line is short: the title, maybe a unit name, a year and a table number around it.
TITLE_MAX_EXTRA_CHARACTERS = 40
SENTENCE_PUNCTUATION = re.compile("[，。；,;]")
TITLE_SUFFIX = re.compile(
    r"[（(]?(?:续表?|(?:部门|单位)?(?:公开)?附?表?(?:\d+|[一二三四五六七八九十]+)?表?(?:[（(]?续[)）]?)?)[)）]?"
)


def match_title(text: str, definitions: tuple[TableDefinition, ...] | None = None) -> TableDefinition | None:
    """The table whose title a line prints (among the definitions given, by default every
    table's); the longest variant wins (财政拨款收入支出决算总表)."""
    line = comparable(text)
    if not line or SENTENCE_PUNCTUATION.search(line):
        return None
    best: tuple[int, TableDefinition] | None = None
    for definition in definitions if definitions is not None else table_definitions():
        for variant in definition.title_variants:
            position = line.find(variant)
            if position == -1 or len(line) - len(variant) > TITLE_MAX_EXTRA_CHARACTERS:
                continue
            rest = line[position + len(variant) :]
            # After the title only a table number or 续 may follow: （公开01表）, 表一, 部门公开表01, （续）.
            if rest and not TITLE_SUFFIX.fullmatch(rest):
                continue
            # Before it, nothing that makes it another table's title (一般公共预算 before 支出决算表).
            before = line[:position]
            if before and re.search(r"(?:预算|财政拨款|基金|经营|基本|三公|经费)$", before):
                continue
            if best is None or len(variant) > best[0]:
                best = (len(variant), definition)
    return best[1] if best else None


class PageLines:
    """The rendered lines of one page, to find where a cell's text is printed."""

    def __init__(self, page: Page):
        self.page = page

    def line_in(self, bbox) -> int | None:
        x0, top, x1, bottom = bbox
        for line in self.page.lines:
            for char in line.chars:
                middle_x, middle_y = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
                if x0 <= middle_x <= x1 and top <= middle_y <= bottom:
                    return line.number
        return None

    def text_in(self, bbox) -> str:
        """A cell's text as printed (brackets and quotation marks as they are), whitespace removed."""
        x0, top, x1, bottom = bbox
        return (
            "".join(
                char.text
                for line in self.page.lines
                for char in line.chars
                if x0 <= (char.x0 + char.x1) / 2 <= x1 and top <= (char.top + char.bottom) / 2 <= bottom
            )
            .replace(" ", "")
            .replace("\u3000", "")
        )

    def lines_between(self, top: float, bottom: float) -> list[Line]:
        return [line for line in self.page.lines if line.top >= top - 1 and line.bottom <= bottom + 1]

    def outside(self, bboxes) -> list[Line]:
        def inside(line: Line) -> bool:
            middle_y = (line.top + line.bottom) / 2
            return any(b[1] <= middle_y <= b[3] and b[0] <= line.chars[0].x0 <= b[2] for b in bboxes)

        return [line for line in self.page.lines if not inside(line)]


def read_unit(lines: list[Line]) -> tuple[str, int | None]:
    for line in lines:
        text = comparable(line.text)
        if "单位" not in text:
            continue
        after = text[text.index("单位") :]
        for unit in sorted(vocabulary("unit"), key=len, reverse=True):
            if unit in after:
                return unit, line.number
    return "", None


def looks_like_a_title(line: Line) -> bool:
    """A line above a table that opens another table (a title, or a 单位 line), so the table does not continue one."""
    text = comparable(line.text)
    return text.endswith("表") or "单位：" in text or "单位:" in text


def find_note(lines: list[Line]) -> Line | None:
    return next(
        (line for line in lines if any(word in comparable(line.text) for word in vocabulary("empty_table_note"))), None
    )
