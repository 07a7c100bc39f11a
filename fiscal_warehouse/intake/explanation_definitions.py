"""The explanations' sections and sentences, read from definitions/explanation_*.csv.

A sentence pattern is a regular expression over the squeezed text (no whitespace, full-width
punctuation) with slots:
  {column}           a number
  {column:signed}    a number after a word of increase or decrease (减少/下降: negative)
  {column:text}      any printed text, shortest first
  {column:name}      text without punctuation (a column of the seed's key: the row is the name's)
  {column:list}      items separated by 、, one row each (column item_pattern: an item's shape,
                     e.g. {item_name:name}{amount_wan_yuan}万元; an item without it is read whole)
  {column:clauses}   the same, items separated by ；or 。 (一是…；二是…。)
  {column:key}       a printed ordinal: part of the row's key, no line of its own
  {column=label}     a label printed there, its own value
  {~}                a number printed there that another sentence reads
A slot named `restated.column` is a figure printed again: it is listed in restated_figures
against the row's own `column`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from fiscal_warehouse.intake.definitions import DEFINITIONS_DIR, vocabulary

SLOT = re.compile(r"\{([a-z_.]+)(?::(signed|text|name|list|clauses|key))?(?:=([^{}]+))?\}")
NUMBER = r"\d[\d,]*(?:\.\d+)?"
UNREAD_NUMBER = "{~}"  # a number the sentence prints that is read elsewhere
NAME = r"[^，。；：、]+?"
KINDS_OF_SLOT = {"": NUMBER, "key": r"\d+", "text": r".+?", "name": NAME, "list": r".+?", "clauses": r".+?"}
# What separates the items of a list slot (at the top level, outside brackets).
LIST_SEPARATORS = {"list": "、", "clauses": "；。"}


@dataclass(frozen=True)
class Slot:
    group: str  # the regular expression's group name
    column: str
    kind: str  # '', signed, text, name, list, clauses
    restated: bool


@dataclass(frozen=True)
class Sentence:
    sentence_id: str  # variants of one template sentence share it
    section: str
    seed_name: str
    row: tuple[tuple[str, str], ...]  # fixed columns of the row it fills ({#}: the match's ordinal)
    pattern: re.Pattern
    slots: tuple[Slot, ...]
    repeat: bool  # every match is a row (a list of lines), not only the first
    item_pattern: tuple[re.Pattern, tuple[Slot, ...]] | None  # the shape of a list's items
    source_row: int  # its row in explanation_sentences.csv, for error messages


@dataclass(frozen=True)
class SectionDefinition:
    section: str
    document_kind: str  # final_accounts or budget: the documents it is read in
    heading: re.Pattern
    numbered: bool  # printed after a number (五、, （二）); if not, as a line of its own


def _read(name: str) -> list[dict[str, str]]:
    with open(DEFINITIONS_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def direction_words() -> str:
    words = sorted(vocabulary("increase_word") + vocabulary("decrease_word"), key=len, reverse=True)
    return "|".join(re.escape(word) for word in words)


def compile_pattern(pattern: str, where: str) -> tuple[re.Pattern, tuple[Slot, ...]]:
    slots: list[Slot] = []

    def expand(match: re.Match) -> str:
        name, kind, label = match.group(1), match.group(2) or "", match.group(3)
        if label is not None:  # a printed label as the value: {item_name=基本支出}
            kind = "name"
        group = f"slot{len(slots)}"
        restated = name.startswith("restated.")
        slots.append(Slot(group, name.removeprefix("restated."), kind, restated))
        if kind == "signed":
            return f"(?P<{group}_direction>{direction_words()})?(?P<{group}>{NUMBER})"
        return f"(?P<{group}>{re.escape(label) if label is not None else KINDS_OF_SLOT[kind]})"

    try:
        expanded = SLOT.sub(expand, pattern.replace("%", "％")).replace(UNREAD_NUMBER, f"(?:{NUMBER})")
        return re.compile(expanded), tuple(slots)
    except re.error as error:
        raise SystemExit(f"{where}: pattern does not compile: {error}") from error


def _row_spec(text: str, where: str) -> tuple[tuple[str, str], ...]:
    spec = []
    for part in filter(None, text.split(";")):
        column, equals, value = part.partition("=")
        if not equals:
            raise SystemExit(f"{where}: row must be column=value;column=value, not {part!r}")
        spec.append((column.strip(), value.strip()))
    return tuple(spec)


@cache
def section_definitions(document_kind: str | None = None) -> tuple[SectionDefinition, ...]:
    """The sections of one kind of document (every section when no kind is given)."""
    return tuple(
        SectionDefinition(row["section"], row["document_kind"], re.compile(row["heading"]), row["numbered"] != "false")
        for row in _read("explanation_sections.csv")
        if document_kind in (None, row["document_kind"])
    )


@cache
def sentences() -> tuple[Sentence, ...]:
    known = {definition.section for definition in section_definitions()}
    found = []
    for number, row in enumerate(_read("explanation_sentences.csv"), start=2):
        where = f"definitions/explanation_sentences.csv row {number}"
        if row["section"] not in known:
            raise SystemExit(f"{where}, column section: {row['section']!r} is not in explanation_sections.csv")
        pattern, slots = compile_pattern(row["pattern"], f"{where}, column pattern")
        found.append(
            Sentence(
                row["sentence"],
                row["section"],
                row["seed_name"],
                _row_spec(row["row"], f"{where}, column row"),
                pattern,
                slots,
                row["repeat"] == "true",
                compile_pattern(row["item_pattern"], f"{where}, column item_pattern")
                if row.get("item_pattern")
                else None,
                number,
            )
        )
    return tuple(found)
