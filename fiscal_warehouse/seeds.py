"""Check the seed files before dbt loads them, with messages that name file, line and column.

Every seed column loads into the warehouse as text (see dbt_project.yml); staging casts it.
What a column must hold follows from its name, the convention of seeds/README.md:
  *_line, *_page, *_no, *_count, ordinal,
  fiscal_year                                 whole numbers
  *_wan_yuan, *_pct, *_value, value, quantity,
  weight, score, total_weight, total_score   numbers as printed (sign allowed)
  is_*                                        true or false
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from fiscal_warehouse.documents import SEEDS_DIR

# As printed: no leading zeros ("010", "00.0" are typos), no thousands separators.
INTEGER = re.compile(r"^(0|[1-9][0-9]*)$")
NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")
INTEGER_NAMES = {"ordinal", "fiscal_year"}
INTEGER_SUFFIXES = ("_line", "_no", "_page", "_count")
NUMBER_NAMES = {"value", "quantity", "weight", "score", "total_weight", "total_score"}
NUMBER_SUFFIXES = ("_wan_yuan", "_pct", "_value")
BOOLEAN_VALUES = {"true", "false"}


def expected_kind(column: str) -> str:
    """'integer', 'number', 'boolean' or 'text' for a seed column name."""
    if column in INTEGER_NAMES or column.endswith(INTEGER_SUFFIXES):
        return "integer"
    if column in NUMBER_NAMES or column.endswith(NUMBER_SUFFIXES):
        return "number"
    if column.startswith("is_"):
        return "boolean"
    return "text"


@dataclass(frozen=True)
class SeedProblem:
    path: Path
    file_line: int
    column: str
    message: str

    def __str__(self) -> str:
        location = f"{self.path.name}, line {self.file_line}"
        if self.column:
            location += f", column {self.column}"
        return f"seeds/{location}: {self.message}"


def cell_problem(column: str, value: str) -> str | None:
    """Why a cell does not fit its column, or None when it does. Empty means not printed."""
    if value == "":
        return None
    kind = expected_kind(column)
    if kind == "integer" and not INTEGER.match(value):
        return f"{value!r} is not a whole number"
    if kind == "number" and not NUMBER.match(value):
        return f"{value!r} is not a number (write it as printed: digits, optional '-' and decimals, no ',' or '%')"
    if kind == "boolean" and value not in BOOLEAN_VALUES:
        return f"{value!r} is not true or false"
    if value != value.strip():
        return f"{value!r} has leading or trailing spaces"
    return None


def problems_in_seed(path: Path) -> list[SeedProblem]:
    problems = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if not header:
            return [SeedProblem(path, 1, "", "the file has no header line")]
        for row in reader:
            file_line = reader.line_num
            if len(row) != len(header):
                problems.append(
                    SeedProblem(path, file_line, "", f"{len(row)} fields where the header has {len(header)}")
                )
                continue
            for column, value in zip(header, row, strict=True):
                message = cell_problem(column, value)
                if message:
                    problems.append(SeedProblem(path, file_line, column, message))
    return problems


def validate_seeds(seeds_dir: Path = SEEDS_DIR) -> list[SeedProblem]:
    return [problem for path in sorted(seeds_dir.glob("*.csv")) for problem in problems_in_seed(path)]


def main() -> int:
    problems = validate_seeds()
    for problem in problems:
        print(problem)
    print(f"seed check: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
