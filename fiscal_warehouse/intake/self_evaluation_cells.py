"""The pieces the self-evaluation reader works with: printed lines, cells and their values.

A table's text is flattened: one cell may be split over several lines, several cells may share
one. These helpers tell values from words (a number with its unit, a dash), join a word split
over lines, and write a cell with the line (and page) it is printed on.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from fiscal_warehouse.intake.definitions import comparable
from fiscal_warehouse.intake.self_evaluation_definitions import words

VALUE_START = re.compile(r"^[<>=≥≤＜＞]*[\d.]")
NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?%?$")
CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff（）])\s+(?=[\u4e00-\u9fff（）])")
NUMERIC_COLUMNS = {"weight", "score", "completion_rate_pct", "execution_rate_pct"}
TOTAL_FRAGMENT = re.compile(r"[\d.,\s]*分?")
NUMBER_IN_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?")
MAX_FRAGMENTS = 5  # lines a vocabulary word may be split over


@dataclass
class Unread:
    evaluation_no: int
    line: int
    why: str
    page: int | None = None

    def __str__(self) -> str:
        where = f"p.{self.page} line {self.line}" if self.page else f"line {self.line}"
        return f"table {self.evaluation_no}, {where}: {self.why}"


@dataclass
class Reading:
    evaluations: list[dict[str, str]] = field(default_factory=list)
    funds: list[dict[str, str]] = field(default_factory=list)
    goals: list[dict[str, str]] = field(default_factory=list)
    indicators: list[dict[str, str]] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)


@dataclass(frozen=True)
class Line:
    number: int  # the line in the document, or in its page's rendering for a PDF
    text: str  # whitespace runs as one space, ends stripped
    page: int | None = None  # for a PDF

    @property
    def place(self) -> tuple[int, int]:
        return (self.page or 0, self.number)

    def part(self, text: str) -> Line:
        return Line(self.number, text, self.page)

    @property
    def tight(self) -> str:
        return comparable(self.text)


def value_groups(tokens: list[str]) -> list[str]:
    """Tokens grouped into cell values: a number with the unit words after it (`>=2.20 万人次`)."""
    groups: list[str] = []
    for token in tokens:
        unit_word = not VALUE_START.match(token) and len(token) <= 3 and comparable(token) not in words("dash")
        attaches = groups and VALUE_START.match(groups[-1]) and unit_word
        if attaches and not re.search(r"\d", token) and groups[-1][-1] not in "%":
            groups[-1] = f"{groups[-1]} {token}"
        else:
            groups.append(token)
    return groups


def put(row: dict[str, str], column: str, value: str, line: Line) -> None:
    """A cell and where it is printed (`column_line`, and `column_page` for a PDF)."""
    row[column], row[f"{column}_line"] = value, str(line.number)
    if line.page is not None:
        row[f"{column}_page"] = str(line.page)


def cell(text: str, column: str) -> str:
    """A value as the seeds keep it: dashes as no value; a number without its % or 分."""
    text = text.strip()
    if comparable(text) in words("dash"):
        return ""
    if column.endswith("_wan_yuan"):
        return text.replace(",", "")  # an amount as a number: without thousands separators
    return re.sub(r"\s*分$", "", text).rstrip("%") if column in NUMERIC_COLUMNS else text


def total_values(lines: list[Line]) -> tuple[list[str], Line]:
    """The values of the 总分 row `lines[0]` and the line they start on: on its own line, or, when
    it prints none, on the lines after it up to the one ending with 分, where a number may be
    split over lines (`100.0` / `0 分`)."""
    values = list(itertools.takewhile(NUMBER.match, lines[0].text.split(" ")[1:]))
    if values:
        return values, lines[0]
    joined = ""
    for line in lines[1:MAX_FRAGMENTS]:
        if not TOTAL_FRAGMENT.fullmatch(line.text):
            break
        joined += line.text
        if joined.endswith("分"):
            return NUMBER_IN_TEXT.findall(joined), lines[1]
    return [], lines[0]


def cell_pieces(fragments: list[Line]) -> list[list[Line]]:
    """Lines grouped into cells: a line starting with a value starts a cell, and the short lines
    without digits after it (its unit, `万` / `人`) continue it; other lines form the name."""
    pieces: list[list[Line]] = []
    for line in fragments:
        unit_of_value = pieces and VALUE_START.match(pieces[-1][0].text) and not re.search(r"\d", line.text)
        more_text = pieces and not VALUE_START.match(line.text) and not VALUE_START.match(pieces[-1][0].text)
        if (unit_of_value and len(line.tight) <= 3) or more_text:
            pieces[-1].append(line)
        else:
            pieces.append([line])
    return pieces


def header_weights(lines: list[Line]) -> list[tuple[str, Line]]:
    """The weights printed in header cells, （20 分）, possibly split over lines: (points, line)."""
    found = []
    for index, line in enumerate(lines):
        joined = line.tight + (lines[index + 1].tight if index + 1 < len(lines) else "")
        whole = re.fullmatch(r"[（(](\d+)分[）)]", line.tight)
        split = re.fullmatch(r"[（(](\d+)", line.tight) and re.fullmatch(r"[（(]\d+分[）)]", joined)
        if whole or split:
            found.append((re.search(r"\d+", line.tight).group(), line))
    return found


def comparable_spaced(text: str) -> str:
    """A line with its spaces between Chinese characters removed and ASCII brackets full-width."""
    return CJK_SPACE.sub("", text).replace("(", "（").replace(")", "）")


def split_label(text: str) -> tuple[str, list[str]]:
    """A line's leading words and the values (numbers, dashes) after them."""
    tokens = text.split(" ")
    position = len(tokens)
    while position and (
        NUMBER.match(tokens[position - 1])
        or comparable(tokens[position - 1]) in words("dash")
        or tokens[position - 1] == "分"
    ):
        position -= 1
    values = [token for token in tokens[position:] if token != "分"]
    return " ".join(tokens[:position]), values


def word_over_lines(lines: list[Line], vocabulary: set[str]) -> tuple[str, int] | None:
    """The vocabulary word the first lines spell together (a cell split over lines), and how
    many lines it takes; the longest such word."""
    joined = ""
    best = None
    for count, line in enumerate(lines[:MAX_FRAGMENTS], start=1):
        joined += line.tight
        if joined in vocabulary:
            best = (joined, count)
        if not any(word.startswith(joined) for word in vocabulary):
            break
    return best
