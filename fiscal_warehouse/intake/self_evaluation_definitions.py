"""What the self-evaluation reader knows, read from definitions/self_evaluation_*.csv.

Titles, field and block labels, fund sources, indicator levels and dash words are in
`self_evaluation_vocabulary.csv`; each template's columns (funds, indicators, total row), told
apart by a word of its header, in `self_evaluation_columns.csv`. A new variant is a row.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from fiscal_warehouse.intake.definitions import DEFINITIONS_DIR, comparable


def _read(name: str) -> list[dict[str, str]]:
    with open(DEFINITIONS_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def vocabulary_rows() -> tuple[dict[str, str], ...]:
    return tuple(_read("self_evaluation_vocabulary.csv"))


@cache
def words(kind: str) -> tuple[str, ...]:
    """The words of one kind, whitespace removed, longest first (so 项目实施单位 beats 实施单位)."""
    found = [comparable(row["text"]) for row in vocabulary_rows() if row["kind"] == kind]
    return tuple(sorted(found, key=len, reverse=True))


@cache
def meanings(kind: str) -> dict[str, str]:
    """word -> meaning (the seed column a label fills)."""
    return {comparable(row["text"]): row["meaning"] for row in vocabulary_rows() if row["kind"] == kind}


@dataclass(frozen=True)
class Template:
    name: str
    level: str  # project or department
    header_marker: str  # a word of the table's header that tells the template; '' = the default
    funds: tuple[str, ...]
    indicators: tuple[str, ...]
    total: tuple[str, ...]
    note: str  # a text column printed after a row's cells (偏差原因), '' when the template has none


@cache
def templates() -> tuple[Template, ...]:
    """In file order: the first whose marker the table's header holds wins; '' matches any."""
    parts: dict[tuple[str, str, str], dict[str, tuple[str, ...]]] = {}
    for row in _read("self_evaluation_columns.csv"):
        key = (row["template"], row["level"], comparable(row["header_marker"]))
        parts.setdefault(key, {})[row["part"]] = tuple(row["columns"].split("|"))
    return tuple(
        Template(
            name,
            level,
            marker,
            columns["funds"],
            columns["indicators"],
            columns["total"],
            columns.get("note", ("",))[0],
        )
        for (name, level, marker), columns in parts.items()
    )


def template_for(level: str, table_text: str) -> Template:
    """The template of a table at `level` whose header (whitespace removed) is `table_text`."""
    for template in templates():
        if template.level == level and template.header_marker in table_text:
            return template
    raise ValueError(f"no template in self_evaluation_columns.csv for a {level} table")
