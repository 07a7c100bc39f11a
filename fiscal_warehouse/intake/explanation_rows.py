"""A report's narrative seed rows: what the explanation reader reads, with the report's reading
overrides applied, in document order. Used by `make add-report` and by the transcription check."""

from __future__ import annotations

from fiscal_warehouse.intake import overrides
from fiscal_warehouse.intake.explanations import Reading, key_columns
from fiscal_warehouse.seeds import contract

NARRATIVE_SEEDS = [
    "unit_overview_figures",
    "unit_organisations",
    "income_expenditure_totals",
    "income_by_source",
    "expenditure_by_type",
    "expenditure_by_class",
    "fiscal_appropriation_totals",
    "general_budget_expenditure",
    "general_budget_economic_classes",
    "basic_expenditure_items",
    "three_public_expenses",
    "three_public_expenses_activity",
    "operating_costs",
    "procurement",
    "state_assets",
    "performance_summary",
    "performance_project_paragraphs",
    "performance_project_outputs",
    "restated_figures",
]


def in_document_order(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows by the first place (page, line) of any of their values; a row that prints no value
    stays after the row before it."""
    keyed, place = [], (0, 0)
    for row in rows:
        places = [
            (int(row.get(column[: -len("_line")] + "_page") or 0), int(value))
            for column, value in row.items()
            if column.endswith("_line") and value
        ]
        place = min(places, default=place)
        keyed.append((place, row))
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def seed_columns(seed: str) -> list[str]:
    """A transcription seed's columns, in the order of the input contract (datapackage.json)."""
    return [field["name"] for field in contract()[seed]["schema"]["fields"]]


def narrative_rows(
    reading: Reading, report_id: str, corrections: list[overrides.Override]
) -> dict[str, overrides.Applied]:
    """Seed name -> the report's rows (every column of the seed) and the reader's own rate."""
    mine = [override for override in corrections if override.report_id == report_id]
    applied = {}
    for seed in NARRATIVE_SEEDS:
        header = seed_columns(seed)
        rows = [{column: row.get(column, "") for column in header} for row in reading.rows.get(seed, [])]
        result = overrides.apply(seed, ["report_id", *key_columns(seed)], rows, mine, header)
        result.rows = in_document_order([{column: row.get(column, "") for column in header} for row in result.rows])
        applied[seed] = result
    return applied
