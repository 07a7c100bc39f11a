"""Who published a final-accounts PDF, for which year, and where: read from the document.

The unit and year come from the headings that name them ("上海市普陀区财政局2024年度部门决算…",
patterns in definitions/vocabulary.csv); the region from the administrative divisions whose
names the unit name contains (seeds/admin_divisions.csv), county names only under their province.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from fiscal_warehouse.intake.definitions import squeeze, vocabulary_rows
from fiscal_warehouse.intake.pdf import Page, UnreadableDocument


@dataclass(frozen=True)
class ReportIdentity:
    unit_name: str
    fiscal_year: int
    unit_name_page: int
    unit_name_line: int
    region: dict[str, str]


def read_identity(path: Path, pages: list[Page], admin_divisions: Path) -> ReportIdentity:
    patterns = [re.compile(row["text"]) for row in vocabulary_rows("report_heading")]
    found: Counter = Counter()
    first_place: dict[tuple[str, str], tuple[int, int]] = {}
    for page in pages:
        for line in page.lines:
            for pattern in patterns:
                match = pattern.search(squeeze(line.text))
                if match:
                    key = (match.group("unit"), match.group("year"))
                    found[key] += 1
                    first_place.setdefault(key, (page.number, line.number))
    if not found:
        raise UnreadableDocument(f"{path}: not a final-accounts report (no heading names a unit and its 年度部门决算)")
    # The most frequent heading wins; on a tie, the one printed first.
    (unit_name, year), _ = max(
        found.items(), key=lambda item: (item[1], -first_place[item[0]][0], -first_place[item[0]][1])
    )
    page_number, line_number = first_place[(unit_name, year)]
    return ReportIdentity(unit_name, int(year), page_number, line_number, region_of(unit_name, admin_divisions))


def region_of(unit_name: str, admin_divisions: Path) -> dict[str, str]:
    """Province, prefecture and county whose names the unit name contains (the longest, each under its parent)."""
    with open(admin_divisions, encoding="utf-8", newline="") as handle:
        divisions = list(csv.DictReader(handle))
    region: dict[str, str] = {}
    parent = None
    for level in ("province", "prefecture", "county"):
        candidates = [
            division
            for division in divisions
            if division["level"] == level
            and division["name"] in unit_name
            and (parent is None or division["parent_code"] == parent or division["parent_code"][:2] == parent[:2])
        ]
        if level != "province" and parent is None:
            break
        if candidates:
            chosen = max(candidates, key=lambda division: (len(division["name"]), division["code"]))
            region[f"{level}_code"], region[f"{level}_name"] = chosen["code"], chosen["name"]
            parent = chosen["code"]
    return region
