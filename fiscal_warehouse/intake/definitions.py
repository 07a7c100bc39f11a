"""The statement tables' definitions, read from the CSV files in definitions/.

What varies between templates, regions and years (titles, header wordings, label and unit
words) is data in those files; a new variant is a row, not code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fiscal_warehouse.documents import squeeze

DEFINITIONS_DIR = Path(__file__).resolve().parent / "definitions"
# Quotation marks vary ("三公", “三公”, 「三公」) and are dropped before titles are compared.
QUOTES = re.compile("[\"'“”‘’「」『』]")


def comparable(text: str | None) -> str:
    """Text without whitespace or quotation marks, with ASCII brackets as full-width ones."""
    return QUOTES.sub("", squeeze(text or "")).replace("(", "（").replace(")", "）")


@dataclass(frozen=True)
class ColumnDefinition:
    column_name: str
    role: str  # label, code, code_class, code_kuan, code_item, amount, ignore, item, measure
    header_variants: tuple[tuple[str, ...], ...]  # each a header path, top to bottom
    # A code or label column of a second classification keying the same row (部门经济分类 beside
    # 功能分类); '' for the table's own (its code_system).
    classification: str = ""


@dataclass(frozen=True)
class TableDefinition:
    table_no: int
    document_kind: str  # final_accounts or budget
    templates: tuple[str, ...]  # the templates printing it: national (nine tables), central (four)
    table_name: str
    layout: str  # two_sided, coded, matrix
    code_system: str  # function, economic or ''
    title_variants: tuple[str, ...]
    columns: tuple[ColumnDefinition, ...]


def _read(name: str) -> list[dict[str, str]]:
    with open(DEFINITIONS_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


DOCUMENT_KINDS = ("final_accounts", "budget")
CLASSIFICATIONS = ("function", "economic", "government_economic")


def column_classification(row: dict[str, str], line: int, code_systems: dict[int, str]) -> str:
    """A column's second classification, checked: one of CLASSIFICATIONS, not the table's own."""
    classification = row["classification"]
    own = code_systems.get(int(row["table_no"]), "")
    if classification and (classification not in CLASSIFICATIONS or classification == own):
        raise ValueError(
            f"{DEFINITIONS_DIR / 'statement_columns.csv'}, row {line}, column classification: "
            f"{classification!r} is not one of {CLASSIFICATIONS} other than the table's code_system {own!r}"
        )
    return classification


@cache
def table_definitions(document_kind: str | None = None) -> tuple[TableDefinition, ...]:
    """The tables of one kind of document (final_accounts, budget), or of every kind."""
    code_systems = {int(row["table_no"]): row["code_system"] for row in _read("statement_tables.csv")}
    columns: dict[int, list[ColumnDefinition]] = {}
    for line, row in enumerate(_read("statement_columns.csv"), start=2):
        variants = tuple(
            tuple(comparable(part) for part in variant.split("/")) for variant in row["header_variants"].split("|")
        )
        classification = column_classification(row, line, code_systems)
        columns.setdefault(int(row["table_no"]), []).append(
            ColumnDefinition(row["column_name"], row["role"], variants, classification)
        )
    return tuple(
        TableDefinition(
            int(row["table_no"]),
            row["document_kind"],
            tuple(row["templates"].split("|")),
            row["table_name"],
            row["layout"],
            row["code_system"],
            tuple(comparable(variant) for variant in row["title_variants"].split("|")),
            tuple(columns.get(int(row["table_no"]), [])),
        )
        for row in _read("statement_tables.csv")
        if document_kind is None or row["document_kind"] == document_kind
    )


@cache
def vocabulary_rows(kind: str) -> tuple[dict[str, str], ...]:
    return tuple(row for row in _read("vocabulary.csv") if row["kind"] == kind)


@cache
def vocabulary(kind: str) -> tuple[str, ...]:
    """The words of one kind (total_label, dash, unit, empty_table_note, other_table_title …)."""
    return tuple(comparable(row["text"]) for row in _read("vocabulary.csv") if row["kind"] == kind)
