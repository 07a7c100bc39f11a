"""Who published a final-accounts or budget PDF, for which year, and where: read from the document.

The unit and year come from the headings that name them ("<unit>2024年度部门决算…", patterns
in definitions/vocabulary.csv); the region from the administrative divisions whose
names the unit name contains (seeds/admin_divisions.csv), county names only under their province.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from fiscal_warehouse.documents import squeeze
from fiscal_warehouse.intake.definitions import vocabulary_rows
from fiscal_warehouse.intake.pdf import Page, UnreadableDocument

# A line that is a unit's name and nothing else (the line before a cover's year heading).
UNIT_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,40}")
YEARS = (re.compile(r"(20\d{2})年度"), re.compile(r"(20\d{2})年"))


@dataclass(frozen=True)
class ReportIdentity:
    unit_name: str
    fiscal_year: int
    unit_name_page: int
    unit_name_line: int
    region: dict[str, str]


def read_identity(path: Path, pages: list[Page], admin_divisions: Path) -> ReportIdentity:
    """The unit and year from the headings that name them; the most frequent wins (on a tie, the
    one printed first). A cover may print the unit on the line before "2024年度部门决算"; a
    document of tables only may name the unit in a 单位名称： line, its year then being the one
    most printed as 20XX年度."""
    found: Counter = Counter()
    first_place: dict[tuple[str, str], tuple[int, int]] = {}

    def count(unit: str, year: str, page_number: int, line_number: int) -> None:
        found[(unit, year)] += 1
        first_place.setdefault((unit, year), (page_number, line_number))

    headings = [re.compile(row["text"]) for row in vocabulary_rows("report_heading")]
    covers = [re.compile(row["text"]) for row in vocabulary_rows("report_heading_after_unit")]
    for page in pages:
        previous = None
        for line in page.lines:
            text = squeeze(line.text)
            for pattern in headings:
                match = pattern.search(text)
                if match:
                    count(match.group("unit"), match.group("year"), page.number, line.number)
            for pattern in covers:
                match = pattern.search(text)
                if match and previous is not None and UNIT_NAME.fullmatch(squeeze(previous.text)):
                    count(squeeze(previous.text), match.group("year"), page.number, previous.number)
            previous = line
    if not found:
        _unit_lines_and_year(pages, count)
    if not found:
        raise UnreadableDocument(
            f"{path}: the publishing unit and year are not printed where the reader looks "
            "(a heading such as …2024年度部门决算, or a 单位名称： line with a 20XX年度)"
        )
    (unit_name, year), _ = max(
        found.items(), key=lambda item: (item[1], -first_place[item[0]][0], -first_place[item[0]][1])
    )
    page_number, line_number = first_place[(unit_name, year)]
    return ReportIdentity(unit_name, int(year), page_number, line_number, region_of(unit_name, admin_divisions))


def _unit_lines_and_year(pages: list[Page], count) -> None:
    texts = [squeeze(line.text) for page in pages for line in page.lines]
    # 20XX年度 where printed (a final-accounts year), else 20XX年 (a budget prints 2025年部门…预算表).
    years = next((found for pattern in YEARS if (found := Counter(y for t in texts for y in pattern.findall(t)))), None)
    if not years:
        return
    year = max(years.items(), key=lambda item: (item[1], item[0]))[0]
    patterns = [re.compile(row["text"]) for row in vocabulary_rows("unit_line")]
    for page in pages:
        for line in page.lines:
            for pattern in patterns:
                match = pattern.search(squeeze(line.text))
                if match:
                    count(match.group("unit"), year, page.number, line.number)


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
