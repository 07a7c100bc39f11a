"""What the performance-report reader knows, read from definitions/performance_report_*.csv.

`performance_report_vocabulary.csv` holds the words and shapes of the prose (titles, units,
what is not a figure, what separates clauses, the words that do not name a figure);
`performance_report_sentences.csv` the template's sentences that name their figure, written
with the explanation reader's slots ({value}: the figure, {name:name}: words naming it).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from fiscal_warehouse.intake.definitions import DEFINITIONS_DIR
from fiscal_warehouse.intake.explanation_definitions import compile_pattern

VOCABULARY = "performance_report_vocabulary.csv"
SENTENCES = "performance_report_sentences.csv"
KINDS = {
    "title",
    "part_heading",
    "unit",
    "approximate",
    "operator",
    "not_a_figure",
    "list_number",
    "clause_separator",
    "clause_opening",
    "list_lead_in",
    "leading_filler",
    "trailing_filler",
    "count_noun",
    "no_name_ending",
    "inner_filler",
}
PATTERN_KINDS = {
    "title",
    "part_heading",
    "not_a_figure",
    "list_number",
    "leading_filler",
    "trailing_filler",
    "inner_filler",
}


@dataclass(frozen=True)
class NamingSentence:
    sentence_id: str
    figure_name: str  # may hold {name}: the words the pattern's {name:name} slot matched
    pattern: re.Pattern  # over the clause up to the figure's unit, anchored at its end
    value_group: str
    name_group: str | None


def _read(name: str) -> list[dict[str, str]]:
    with open(DEFINITIONS_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def vocabulary() -> dict[str, tuple[tuple[str, str], ...]]:
    """kind -> (text, meaning) rows in file order; patterns checked to compile."""
    found: dict[str, list[tuple[str, str]]] = {kind: [] for kind in KINDS}
    for number, row in enumerate(_read(VOCABULARY), start=2):
        where = f"definitions/{VOCABULARY} row {number}"
        if row["kind"] not in KINDS:
            raise SystemExit(f"{where}, column kind: {row['kind']!r} is none of {', '.join(sorted(KINDS))}")
        if row["kind"] in PATTERN_KINDS:
            try:
                re.compile(row["text"])
            except re.error as error:
                raise SystemExit(f"{where}, column text: pattern does not compile: {error}") from error
        found[row["kind"]].append((row["text"], row["meaning"]))
    return {kind: tuple(rows) for kind, rows in found.items()}


def words(kind: str) -> tuple[str, ...]:
    return tuple(text for text, _ in vocabulary()[kind])


@cache
def alternatives(kind: str) -> re.Pattern:
    """One pattern matching any of a kind's patterns."""
    return re.compile("|".join(f"(?:{text})" for text in words(kind)))


@cache
def titles() -> tuple[re.Pattern, ...]:
    """Each title variant on its own: they share the group name `section`."""
    return tuple(re.compile(text) for text in words("title"))


@cache
def units() -> tuple[str, ...]:
    """Longest first, so that 万元 wins over 万 and 个月 over 个."""
    return tuple(sorted(words("unit"), key=len, reverse=True))


@cache
def leading_fillers() -> re.Pattern:
    """Words (and operators: +2022年…提标72100人) at the start of a name that do not name it."""
    operators = "".join(re.escape(operator) for operator in words("operator"))
    return re.compile(f"^(?:[{operators}]|{alternatives('leading_filler').pattern})+")


@cache
def trailing_fillers() -> re.Pattern:
    return re.compile(f"(?:{alternatives('trailing_filler').pattern})$")


@cache
def count_nouns() -> dict[str, str]:
    return dict(vocabulary()["count_noun"])


@cache
def naming_sentences() -> tuple[NamingSentence, ...]:
    found = []
    for number, row in enumerate(_read(SENTENCES), start=2):
        where = f"definitions/{SENTENCES} row {number}, column pattern"
        pattern, slots = compile_pattern(row["pattern"] + "$", where)
        value = [slot.group for slot in slots if slot.column == "value" and slot.kind == ""]
        if len(value) != 1:
            raise SystemExit(f"{where}: needs exactly one {{value}} slot")
        name = next((slot.group for slot in slots if slot.column == "name"), None)
        if "{name}" in row["figure_name"] and name is None:
            raise SystemExit(f"definitions/{SENTENCES} row {number}, column figure_name: {{name}} without a slot")
        found.append(NamingSentence(row["sentence"], row["figure_name"], pattern, value[0], name))
    return tuple(found)
