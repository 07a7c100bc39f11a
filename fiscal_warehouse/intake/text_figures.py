"""The general reader of the figures printed inside text columns of the seeds (a self-evaluation
table's 实际完成情况 and 偏差原因, an explanation's 主要原因): each number with its unit, the words
naming it, the clause it is printed in, and the page and line where the number itself is printed.

Which columns are read is data (`definitions/text_figure_columns.csv`); what a figure is (its
units, the years and list numbers that are none, the words that name it) is the vocabulary of the
performance reports' prose (`definitions/performance_report_vocabulary.csv`), the same kind of
sentences. A text column cites the line where its text starts, and the text runs on over the
lines after it: the reader finds the column's text in the document from that line on (whitespace
aside), so that each figure cites its own line. A text not found there (an override's wording, a
cell printed in pieces between other cells) has its figures listed as not placed, and no rows.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from fiscal_warehouse.intake.definitions import DEFINITIONS_DIR
from fiscal_warehouse.intake.explanations import Unread, cite
from fiscal_warehouse.intake.passage import Passage, Place
from fiscal_warehouse.intake.performance_reports import (
    NUMBER,
    Layout,
    cited,
    clause_around,
    figure_at,
    figure_name,
    figures_in,
    units,
)
from fiscal_warehouse.seeds import contract

COLUMNS = "text_figure_columns.csv"
UNITS = "text_figure_units.csv"
SEED = "text_column_figures"


@dataclass(frozen=True)
class TextColumn:
    seed_name: str
    column_name: str
    keys: tuple[str, ...]  # the seed's key columns, joined by '|' into a row key


class TextLayout(Layout):
    """A passage's layout, with where each of its lines starts and ends by its place."""

    def __init__(self, passage: Passage):
        super().__init__(passage)
        self.lines = {place: (start, end) for start, end, place, _ in passage.line_starts}


@dataclass
class TextFigureReading:
    rows: list[dict[str, str]] = field(default_factory=list)  # text_column_figures, in source order
    unread: list[Unread] = field(default_factory=list)  # figures not placed in the document


@cache
def text_columns() -> tuple[TextColumn, ...]:
    """The text columns whose figures are read, checked against the seeds' contract."""
    found = []
    with open(DEFINITIONS_DIR / COLUMNS, encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            where = f"definitions/{COLUMNS} row {number}"
            resource = contract().get(row["seed_name"])
            if resource is None:
                raise SystemExit(f"{where}, column seed_name: {row['seed_name']!r} is no seed of datapackage.json")
            names = {field["name"] for field in resource["schema"]["fields"]}
            if not {row["column_name"], row["column_name"] + "_line"} <= names:
                raise SystemExit(
                    f"{where}, column column_name: seed {row['seed_name']} has no column "
                    f"{row['column_name']!r} with its {row['column_name']}_line"
                )
            found.append(TextColumn(row["seed_name"], row["column_name"], tuple(resource["schema"]["primaryKey"])))
    return tuple(found)


@cache
def known_units() -> tuple[str, ...]:
    """The performance reports' units and those of text_figure_units.csv, longest first (万件 before 万)."""
    with open(DEFINITIONS_DIR / UNITS, encoding="utf-8", newline="") as handle:
        extra = [row["unit"].strip() for row in csv.DictReader(handle)]
    for number, unit in enumerate(extra, start=2):
        if not unit or any(char.isdigit() for char in unit):
            raise SystemExit(f"definitions/{UNITS} row {number}, column unit: {unit!r} is no unit (words, no digits)")
    return tuple(sorted({*units(), *extra}, key=len, reverse=True))


def row_key(column: TextColumn, row: dict[str, str]) -> str:
    """The row's key values joined by '|', as stg_transcribed_values writes them."""
    return "|".join(row[key] for key in column.keys)


def _cited_place(row: dict[str, str], column: str) -> Place:
    page = row.get(f"{column}_page", "")
    return Place(int(page) if page else None, int(row[f"{column}_line"]))


def locate(passage: Passage, lines: dict[Place, tuple[int, int]], text: str, place: Place) -> tuple[int, int] | None:
    """Where a column's text is printed (squeezed start and end), starting on its cited line;
    `lines`: where each line starts and ends in the passage."""
    if place not in lines:
        return None
    line_start, line_end = lines[place]
    squeezed = Passage.of_text(text).text
    start = passage.text.find(squeezed, line_start)
    return (start, start + len(squeezed)) if 0 <= start < line_end else None


def _unplaced(text: str) -> list[str]:
    """The figures of a text that could not be placed, as printed (number and unit)."""
    alone = Passage.of_text(text)
    figures = (figure_at(alone, match, known_units()) for match in NUMBER.finditer(alone.text))
    return [f"{figure.value}{figure.unit}" for found in figures for figure in found]


def read_column(layout: TextLayout, column: TextColumn, row: dict[str, str], reading: TextFigureReading) -> None:
    passage = layout.passage
    text, place = row[column.column_name], _cited_place(row, column.column_name)
    where = f"{column.seed_name}.{column.column_name} {row_key(column, row)}"
    span = locate(passage, layout.lines, text, place)
    if span is None:
        for figure in _unplaced(text):
            why = f"{figure}: the column's text is not printed as a whole from its cited line"
            reading.unread.append(Unread(where, cite(place), why))
        return
    start, end = span
    previous_end = start
    for ordinal, figure in enumerate(figures_in(layout, start, end, known_units()), start=1):
        begin, finish = clause_around(layout, figure, start, end)
        words_before = passage.text[max(begin, previous_end) : figure.start]
        previous_end = figure.end
        reading.rows.append(
            {
                "report_id": row["report_id"],
                "seed_name": column.seed_name,
                "row_key": row_key(column, row),
                "column_name": column.column_name,
                "ordinal": str(ordinal),
                "figure_name": figure_name(words_before, passage.text[figure.start : figure.end], figure),
                "value": figure.value,
                **cited("value", passage.place(figure.start)),
                "unit": figure.unit,
                "context": passage.printed_between(begin, finish),
                **cited("context", passage.place(begin)),
            }
        )


def read_text_figures(passage: Passage, seed_rows: dict[str, list[dict[str, str]]]) -> TextFigureReading:
    """The figures of one report's text columns. `seed_rows`: seed name -> that report's rows."""
    reading = TextFigureReading()
    layout = TextLayout(passage)
    for column in text_columns():
        for row in seed_rows.get(column.seed_name, []):
            if row.get(column.column_name, "").strip() and row.get(f"{column.column_name}_line"):
                read_column(layout, column, row, reading)
    return reading


def review(reading: TextFigureReading | None) -> list[str]:
    """What was read, for make add-report's review and transcribe: the figures found per text
    column, then one line per figure not placed."""
    if reading is None:
        return []
    counts = Counter(f"{row['seed_name']}.{row['column_name']}" for row in reading.rows)
    listed = ", ".join(f"{column} {count}" for column, count in counts.items()) or "none"
    found = [f"  figures in text columns: {len(reading.rows)} ({listed})"]
    return found + [f"    not placed: {item.section} ({item.place}): {item.why}" for item in reading.unread]
