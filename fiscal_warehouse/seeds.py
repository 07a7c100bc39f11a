"""Check the seed files against the input contract before dbt loads them.

    python -m fiscal_warehouse.seeds [DATA_FOLDER]     (also checks the documents: manifest.py)

The contract is `datapackage.json` (a Frictionless Data Package: every seed, its fields, types,
constraints, primary and foreign keys); this module reads it and checks, in one pass per file:
encoding (UTF-8, with or without BOM; LF or CRLF), header (no missing or extra column), field
counts, types as printed, required cells, minimums (amounts that cannot be negative), allowed
values, unique primary keys, report_id known to reports.csv, and the resources every report of a
template must have rows in (requiredForTemplates). Every problem names file, line and column.

What a column must hold follows from its name (seeds/README.md); the contract's field types say
the same, and a test keeps the two from drifting apart:
  *_line, *_page, *_no, *_count, ordinal,
  fiscal_year                                 whole numbers
  *_wan_yuan, *_pct, *_value, value, quantity,
  weight, score, total_weight, total_score   numbers as printed (sign allowed)
  is_*                                        true or false
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from fiscal_warehouse.documents import PROJECT_DIR, SEEDS_DIR
from fiscal_warehouse.manifest import document_problems

CONTRACT = PROJECT_DIR / "datapackage.json"

# As printed: no leading zeros ("010", "00.0" are typos), no thousands separators.
INTEGER = re.compile(r"^(0|[1-9][0-9]*)$")
NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")
INTEGER_NAMES = {"ordinal", "fiscal_year"}
INTEGER_SUFFIXES = ("_line", "_no", "_page", "_count")
NUMBER_NAMES = {"value", "quantity", "weight", "score", "total_weight", "total_score"}
NUMBER_SUFFIXES = ("_wan_yuan", "_pct", "_value")
BOOLEAN_VALUES = {"true", "false"}
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


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
    file_line: int | None
    column: str
    message: str

    def __str__(self) -> str:
        location = f"{self.path.parent.name}/{self.path.name}"
        if self.file_line is not None:
            location += f", line {self.file_line}"
        if self.column:
            location += f", column {self.column}"
        return f"{location}: {self.message}"


def cell_problem(column: str, value: str) -> str | None:
    """Why a cell does not fit its column's kind, or None when it does. Empty means not printed."""
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


def constraint_problem(field: dict, value: str) -> str | None:
    """Why a cell breaks its field's constraints in the contract (required, minimum, enum)."""
    constraints = field.get("constraints", {})
    if value == "":
        return "is empty, and the contract requires a value" if constraints.get("required") else None
    if not NUMBER.match(value) and "minimum" in constraints:
        return None  # not a number: the type check says so
    if "minimum" in constraints and Decimal(value) < constraints["minimum"]:
        if constraints["minimum"] == 0:
            return f"{value!r} is negative, and this amount cannot be (check the sign against the document)"
        return f"{value!r} is below {constraints['minimum']}"
    if "enum" in constraints and value not in constraints["enum"]:
        return f"{value!r} is not one of {', '.join(constraints['enum'])}"
    return None


def cell_check(field: dict) -> Callable[[str], str | None]:
    """The check of one field's filled cells, with what does not depend on the cell worked out once
    (the seeds of 10,000 reports hold tens of millions of cells)."""
    name, constraints = field["name"], field.get("constraints", {})
    kind = expected_kind(name)
    pattern = {"integer": INTEGER, "number": NUMBER}.get(kind)
    minimum, allowed = constraints.get("minimum"), set(constraints.get("enum", []))

    def check(value: str) -> str | None:
        if kind == "text":
            if value != value.strip():
                return cell_problem(name, value)
        elif pattern is None or pattern.match(value) is None:
            problem = cell_problem(name, value)
            if problem:
                return problem
        # A well-formed value: only its constraints are left. As printed, a number below 0
        # starts with '-', and the only whole number below 1 is '0'.
        if minimum is not None and (value[0] == "-" or (minimum == 1 and value == "0")):
            return constraint_problem(field, value)
        if allowed and value not in allowed:
            return constraint_problem(field, value)
        return None

    return check


@cache
def contract(path: Path = CONTRACT) -> dict[str, dict]:
    """The contract's resources by seed name."""
    package = json.loads(path.read_text(encoding="utf-8"))
    return {resource["name"]: resource for resource in package["resources"]}


def encoding_problem(path: Path) -> SeedProblem | None:
    """A file that is not UTF-8, named with the byte offset where it stops being UTF-8."""
    data = path.read_bytes()
    if data.startswith(UTF16_BOMS):
        return SeedProblem(path, None, "", "the file is UTF-16; save it as UTF-8")
    start = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    try:
        data[start:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = start + error.start
        return SeedProblem(
            path,
            data.count(b"\n", 0, offset) + 1,
            "",
            f"not UTF-8 at byte offset {offset} (byte 0x{data[offset]:02x}; GBK?): save it as UTF-8",
        )
    return None


def rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(file line, fields) of every line, the header first; a UTF-8 BOM and CRLF are accepted."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        line = 1
        for fields in reader:
            yield line, fields
            line = reader.line_num + 1


class SeedCheck:
    """The problems of one folder of seeds, and what the cross-file checks need."""

    def __init__(self, seeds_dir: Path, resources: dict[str, dict]) -> None:
        self.seeds_dir = seeds_dir
        self.resources = resources
        self.problems: list[SeedProblem] = []
        self.rows_per_report: dict[str, Counter] = {}

    def check_file(self, path: Path, resource: dict) -> None:
        problem = encoding_problem(path)
        if problem:
            self.problems.append(problem)
            return
        try:
            self.check_rows(path, resource, rows(path))
        except csv.Error as error:
            self.problems.append(SeedProblem(path, None, "", f"not a readable CSV file: {error}"))

    def check_rows(self, path: Path, resource: dict, lines: Iterator[tuple[int, list[str]]]) -> None:
        fields = {field["name"]: field for field in resource["schema"]["fields"]}
        _, header = next(lines, (1, []))
        if not header:
            self.problems.append(SeedProblem(path, 1, "", "the file has no header line"))
            return
        missing = [name for name in fields if name not in header]
        extra = [name for name in header if name not in fields]
        for name in missing:
            self.problems.append(SeedProblem(path, 1, name, "column missing (datapackage.json lists it)"))
        for name in extra:
            self.problems.append(SeedProblem(path, 1, name, "column not in the contract (datapackage.json)"))
        if missing or extra:
            return
        key_positions = [header.index(name) for name in resource["schema"]["primaryKey"]]
        first_line_of_key: dict[tuple[str, ...], int] = {}
        report_position = header.index("report_id") if "report_id" in header else None
        counted = self.rows_per_report.setdefault(resource["name"], Counter())
        checks = [cell_check(fields[name]) for name in header]
        required = [i for i, name in enumerate(header) if fields[name].get("constraints", {}).get("required")]
        for file_line, row in lines:
            if len(row) != len(header):
                self.problems.append(
                    SeedProblem(path, file_line, "", f"{len(row)} fields where the header has {len(header)}")
                )
                continue
            row_problems = [
                SeedProblem(path, file_line, name, message)
                for name, check, value in zip(header, checks, row, strict=True)
                if (message := check(value) if value else None)
            ] + [
                SeedProblem(path, file_line, header[position], "is empty, and the contract requires a value")
                for position in required
                if not row[position]
            ]
            if row_problems:
                self.problems += row_problems
                continue
            key = tuple(row[position] for position in key_positions)
            if key in first_line_of_key:
                shown = ", ".join(
                    f"{name}={value}" for name, value in zip(resource["schema"]["primaryKey"], key, strict=True)
                )
                self.problems.append(
                    SeedProblem(path, file_line, "", f"key ({shown}) repeats line {first_line_of_key[key]}")
                )
            else:
                first_line_of_key[key] = file_line
            if report_position is not None:
                counted[sys.intern(row[report_position])] += 1

    def check_reports(self, reports: dict[str, str]) -> None:
        """report_id known to reports.csv, and rows where a report's template requires them."""
        for name, counted in self.rows_per_report.items():
            path = self.seeds_dir / f"{name}.csv"
            if name != "reports":
                for report_id in sorted(set(counted) - set(reports)):
                    self.problems.append(
                        SeedProblem(path, None, "report_id", f"{report_id!r} is not a report of reports.csv")
                    )
            templates = self.resources[name].get("requiredForTemplates", [])
            for report_id, template in sorted(reports.items()):
                if template in templates and counted[report_id] == 0:
                    self.problems.append(
                        SeedProblem(
                            path, None, "", f"no rows for report {report_id} (template {template} has this section)"
                        )
                    )


def reports_and_templates(seeds_dir: Path) -> dict[str, str]:
    """report_id -> template, from reports.csv (read only once it passed its own check)."""
    with open(seeds_dir / "reports.csv", encoding="utf-8-sig", newline="") as handle:
        return {row["report_id"]: row["template"] for row in csv.DictReader(handle)}


def validate_seeds(seeds_dir: Path = SEEDS_DIR, contract_path: Path = CONTRACT) -> list[SeedProblem]:
    """Every way the seed files break the contract; empty when they keep it."""
    resources = contract(contract_path)
    check = SeedCheck(seeds_dir, resources)
    present = {path.stem: path for path in sorted(seeds_dir.glob("*.csv"))}
    for name, path in present.items():
        if name in resources:
            check.check_file(path, resources[name])
        else:
            check.problems.append(SeedProblem(path, None, "", "a seed the contract does not know (datapackage.json)"))
    for name in sorted(set(resources) - set(present)):
        missing = seeds_dir / f"{name}.csv"
        check.problems.append(SeedProblem(missing, None, "", "file missing (datapackage.json lists it)"))
    reports_checked = "reports" in present and not any(p.path.stem == "reports" for p in check.problems)
    if reports_checked:
        check.check_reports(reports_and_templates(seeds_dir))
    return check.problems


def main(argv: list[str]) -> int:
    data_root = Path(argv[0]) if argv else SEEDS_DIR.parent
    problems = [*validate_seeds(data_root / "seeds"), *document_problems(data_root)]
    for problem in problems:
        print(problem)
    print(f"input check of {data_root}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
