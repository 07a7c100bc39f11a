"""The source documents and the numbers printed on their lines."""

from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DOCUMENTS_DIR = PROJECT_DIR / "documents"
SEEDS_DIR = PROJECT_DIR / "seeds"

# A printed number: digits with optional thousands separators and decimals.
NUMBER_PATTERN = re.compile(r"\d[\d,]*(?:\.\d+)?")
# How many following lines a number or a text cell may run into.
CONTINUATION_LINES = 1
TEXT_CONTINUATION_LINES = 40


@cache
def report_documents() -> dict[str, str]:
    """report_id -> document file name, from seeds/reports.csv."""
    with open(SEEDS_DIR / "reports.csv", encoding="utf-8", newline="") as handle:
        return {row["report_id"]: row["source_document"] for row in csv.DictReader(handle)}


@cache
def document_lines(report_id: str) -> list[str]:
    """The document's lines; index 0 is line 1."""
    path = DOCUMENTS_DIR / report_documents()[report_id]
    return path.read_text(encoding="utf-8").split("\n")


def squeeze(text: str) -> str:
    """Text without any whitespace: how cells broken across lines are compared."""
    return re.sub(r"\s+", "", text)


def numbers_in(text: str) -> set[Decimal]:
    """Every number printed in a text, thousands separators removed."""
    found = set()
    for match in NUMBER_PATTERN.finditer(text):
        try:
            found.add(Decimal(match.group().replace(",", "")))
        except InvalidOperation:
            continue
    return found


def numbers_at_line(report_id: str, line_number: int) -> set[Decimal]:
    """Numbers printed at a line, including a number broken into the next line."""
    lines = document_lines(report_id)
    if not 1 <= line_number <= len(lines):
        return set()
    here = lines[line_number - 1]
    following = [line for line in lines[line_number : line_number + 3] if line.strip()][:CONTINUATION_LINES]
    return numbers_in(here) | numbers_in(squeeze(here + "".join(following)))


def number_is_at_line(report_id: str, value: str, line_number: int) -> bool:
    """True when the value (sign ignored: decreases are printed as words) is at the line."""
    return abs(Decimal(value)) in {abs(number) for number in numbers_at_line(report_id, line_number)}


# A page number printed inside a sentence: " 18 " between two Chinese characters.
INLINE_PAGE_NUMBER = re.compile(r"(?<=[^\x00-\x7f]) \d{1,3} (?=[^\x00-\x7f])")


def _text_window(lines: list[str], line_number: int, drop_page_numbers: bool) -> tuple[str, str]:
    """The squeezed text of a line and of the lines that follow it (page-number lines skipped)."""
    window = lines[line_number - 1 : line_number - 1 + TEXT_CONTINUATION_LINES * 2]
    if drop_page_numbers:
        window = [INLINE_PAGE_NUMBER.sub("", line) for line in window]
    window = [line for line in window if not line.strip().isdigit()] or [""]
    return squeeze(window[0]), squeeze("".join(window))


def text_is_at_line(report_id: str, text: str, line_number: int) -> bool:
    """True when the text, whitespace and page numbers ignored, starts at the line."""
    lines = document_lines(report_id)
    if not 1 <= line_number <= len(lines):
        return False
    wanted = squeeze(text)
    for drop_page_numbers in (False, True):
        here, window = _text_window(lines, line_number, drop_page_numbers)
        position = window.find(wanted)
        while position != -1:
            if position < max(len(here), 1):
                return True
            position = window.find(wanted, position + 1)
    return False
