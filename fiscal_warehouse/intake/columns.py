"""A statement table's grid: where its columns are, what its header calls them, which rows hold data.

The header is read into a path per column (the header cells above it, top to bottom; a merged
cell heads every column it spans) and matched to the table's columns in the definitions; a side
of a two-sided table ends where a label follows an amount, or where a column repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fiscal_warehouse.intake.definitions import ColumnDefinition, TableDefinition, vocabulary

AMOUNT = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
NUMBERED_LABEL = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．])")
CODE_ROLES = ("code", "code_class", "code_kuan", "code_item")
GRID_TOLERANCE = 3.0  # points: the same column edge on two pages
MERGE_TOLERANCE = 1.0  # points: a cell reaching this far below a row's top spans into that row


class BoxOnPage(tuple):
    """A cell's box on another page than the one being read: a cell merged over rows that a page
    break splits is printed on the page where it begins, and its rows on the next page cite it there."""

    page: int

    def __new__(cls, bbox, page: int):
        box = super().__new__(cls, bbox)
        box.page = page
        return box


@dataclass
class Column:
    index: int
    side_no: int
    path: tuple[str, ...]
    definition: ColumnDefinition | None
    header_cells: tuple[tuple[str, tuple, int], ...] = ()  # (text, bbox, page) of each header cell above it


def is_amount(text: str) -> bool:
    return bool(AMOUNT.match(text))


def column_edges(table) -> list[float]:
    count = max(len(row.cells) for row in table.rows)
    lefts = []
    for index in range(count):
        candidates = [row.cells[index][0] for row in table.rows if index < len(row.cells) and row.cells[index]]
        lefts.append(min(candidates) if candidates else None)
    # A column whose every cell is merged into its left neighbour: place it after that neighbour.
    for index in range(count):
        if lefts[index] is None:
            lefts[index] = lefts[index - 1] + 0.1 if index else table.bbox[0]
    return [*lefts, table.bbox[2]]


def same_grid(edges: list[float], first_page_edges: list[float]) -> bool:
    """A continuation page's table: the same outer edges, and each column edge one of the first page's
    (a row whose merged cells hide some inner rules has fewer columns, on the same grid)."""
    if not edges or not first_page_edges:
        return False
    outer = (
        abs(edges[0] - first_page_edges[0]) <= GRID_TOLERANCE
        and abs(edges[-1] - first_page_edges[-1]) <= GRID_TOLERANCE
    )
    return outer and all(min(abs(edge - known) for known in first_page_edges) <= GRID_TOLERANCE for edge in edges)


def on_grid(rows: list[list[str]], bboxes: list[list], edges: list[float]) -> tuple[list[list[str]], list[list]]:
    """Rows of a continuation page placed on the first page's columns, by the left edge of each cell."""
    count = len(edges) - 1
    placed_rows, placed_bboxes = [], []
    for texts, cells in zip(rows, bboxes, strict=True):
        placed_texts, placed_cells = [""] * count, [None] * count
        for text, bbox in zip(texts, cells, strict=True):
            if bbox is None:
                continue
            index = min(range(count), key=lambda column: abs(edges[column] - bbox[0]))
            placed_texts[index], placed_cells[index] = text, bbox
        placed_rows.append(placed_texts)
        placed_bboxes.append(placed_cells)
    return placed_rows, placed_bboxes


def is_data_row(cells: list[str]) -> bool:
    texts = [text for text in cells if text and text not in vocabulary("code_header")]
    if any(is_amount(text) or text in vocabulary("dash") for text in texts):
        return True
    first = next((text for text in cells if text), "")
    return bool(NUMBERED_LABEL.match(first))


def header_paths(table, rows: list[list[str]], header_count: int, edges: list[float], page_number: int):
    """The header texts above each column, top to bottom (a merged header cell heads every column it
    spans), and the header cells themselves (text, bbox, page)."""
    count = len(edges) - 1
    paths: list[list[str]] = [[] for _ in range(count)]
    cells: list[list[tuple]] = [[] for _ in range(count)]
    for row_index in range(header_count):
        for start, bbox in enumerate(table.rows[row_index].cells):
            if bbox is None:
                continue
            text = rows[row_index][start]
            if not text:
                continue
            for column in range(count):
                middle = (edges[column] + edges[column + 1]) / 2
                if bbox[0] <= middle <= bbox[2] and (not paths[column] or paths[column][-1] != text):
                    paths[column].append(text)
                    cells[column].append((text, bbox, page_number))
    return paths, cells


def match_column(definition: TableDefinition, path: tuple[str, ...]) -> ColumnDefinition | None:
    if definition.layout == "matrix":
        labels = [column for column in definition.columns if column.role == "label"]
        for column in labels:
            if any(path[-len(variant) :] == variant for variant in column.header_variants):
                return column
        matrix_words = {
            variant[-1]
            for column in definition.columns
            if column.role in ("item", "measure")
            for variant in column.header_variants
        }
        return ColumnDefinition("", "matrix", ()) if any(part in matrix_words for part in path) else None
    best: tuple[int, ColumnDefinition] | None = None
    for column in definition.columns:
        for variant in column.header_variants:
            fits = len(variant) <= len(path) and path[-len(variant) :] == variant
            if fits and (best is None or len(variant) > best[0]):
                best = (len(variant), column)
    return best[1] if best else None


def map_columns(definition: TableDefinition, paths: list[list[str]], header_cells: list[list[tuple]]) -> list[Column]:
    """Each column's definition and side: a side ends where a label or code column follows an
    amount, or where a column repeats one the side already has (收入 | 支出 side by side)."""
    columns, side_no, previous_role, names_in_side = [], 1, None, set()
    for index, path in enumerate(paths):
        matched = match_column(definition, tuple(path))
        role = matched.role if matched else None
        if definition.layout != "matrix" and role is not None:
            follows_amount = role in ("label", *CODE_ROLES) and previous_role in ("amount", "ignore")
            repeated = matched.column_name in names_in_side and role != "ignore"
            if follows_amount or (repeated and not (role in CODE_ROLES and previous_role in CODE_ROLES)):
                side_no += 1
                names_in_side = set()
            names_in_side.add(matched.column_name)
        if role is not None:
            previous_role = role
        columns.append(Column(index, side_no, tuple(path), matched, tuple(header_cells[index])))
    return columns


def matrix_item_and_measure(definition: TableDefinition, words: list[str]) -> tuple[str, str, str]:
    """A 三公 cell's item and measure from the words above and beside it (the deepest that names
    one wins: 小计 under 公务用车购置及运行费 is that item), and the word that printed the item."""
    item = measure = item_word = ""
    for word in reversed(words):
        for column in definition.columns:
            if any(variant[-1] == word for variant in column.header_variants):
                if column.role == "measure" and not measure:
                    measure = column.column_name
                if column.role == "item" and not item:
                    item, item_word = column.column_name, word
    return item, measure, item_word


def carry_merged_cells_down(rows: list[list[str]], bboxes: list[list], first: int, indexes: list[int]) -> None:
    """A cell merged over several rows (a code printed once for the rows below it, until the next
    code) is read in every row it spans: in the columns given, a position covered by the cell above
    takes that cell's text and box (so it cites where the text is printed). A blank cell of its own,
    or one merged from the left, is left as it is."""
    for row in range(first + 1, len(rows)):
        tops = [bbox[1] for bbox in bboxes[row] if bbox is not None]
        if not tops:
            continue
        for index in indexes:
            if index >= len(bboxes[row]) or bboxes[row][index] is not None or index >= len(bboxes[row - 1]):
                continue
            above = bboxes[row - 1][index]
            if above is not None and above[3] > min(tops) + MERGE_TOLERANCE:
                rows[row][index], bboxes[row][index] = rows[row - 1][index], above


def carry_merged_cells_over(
    rows: list[list[str]], bboxes: list[list], first: int, groups: list[list[int]], previous: dict
) -> None:
    """A cell merged over rows that a page break splits: its text is printed on the page where it
    begins, and the table's first rows on the next page show its rest blank. groups: the code and
    name columns of each classification of one side, left to right. A group all blank in the first
    data row, where a group to its right prints a key (the finer key a merged parent spans, as a
    部门经济分类 under its 功能分类), takes the previous page's last row's cells in that row and the
    rows its blank cell spans, citing where they are printed (BoxOnPage). A row keyed by a group on
    the left only (a 类 line, no 经济分类) takes nothing. previous: {column: (text, box)}."""
    if first >= len(rows):
        return

    def printed(group: list[int]) -> bool:
        return any(index < len(rows[first]) and rows[first][index] for index in group)

    for position, group in enumerate(groups):
        if printed(group) or not any(printed(right) for right in groups[position + 1 :]):
            continue
        for index in group:
            text, box = previous.get(index, ("", None))
            if not text:
                continue
            blank = bboxes[first][index]
            row = first
            while row < len(rows) and (row == first or (blank is not None and bboxes[row][index] is blank)):
                rows[row][index], bboxes[row][index] = text, box
                row += 1
