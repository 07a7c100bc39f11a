"""The source documents and the numbers printed on their lines."""

from __future__ import annotations

import csv
import re
import tempfile
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DOCUMENTS_DIR = PROJECT_DIR / "documents"
SEEDS_DIR = PROJECT_DIR / "seeds"
# Scratch folder of the transcription scripts' fragment files (assembled into seeds/).
FRAGMENTS_DIR = Path(tempfile.gettempdir()) / "fiscal-transcription"

# A printed number: digits with optional thousands separators and decimals.
NUMBER_PATTERN = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Characters of a PDF label that must stand on its cited line.
PDF_LABEL_PREFIX = 6
# How many following lines a text cell may run into (x2: blank lines alternate).
TEXT_CONTINUATION_LINES = 40


@cache
def report_documents() -> dict[str, str]:
    """report_id -> document file name, from seeds/reports.csv."""
    with open(SEEDS_DIR / "reports.csv", encoding="utf-8", newline="") as handle:
        return {row["report_id"]: row["source_document"] for row in csv.DictReader(handle)}


@cache
def document_lines(report_id: str, page: int | None = None) -> list[str]:
    """The document's lines; index 0 is line 1. A PDF is cited by page, in its text rendering
    (documents/rendered/<pdf>.txt, pages separated by form feeds)."""
    document = report_documents()[report_id]
    if page is None:
        return (DOCUMENTS_DIR / document).read_text(encoding="utf-8").split("\n")
    pages = (DOCUMENTS_DIR / "rendered" / f"{document}.txt").read_text(encoding="utf-8").rstrip("\n").split("\f")
    return pages[page - 1].split("\n") if 1 <= page <= len(pages) else []


def squeeze(text: str) -> str:
    """Text without any whitespace: how cells broken across lines are compared."""
    return re.sub(r"\s+", "", text)


def printed_form(number: Decimal) -> tuple[Decimal, int]:
    """A number's magnitude and printed decimals: "0.00" and "0.0" are different printings."""
    return abs(number), -min(number.as_tuple().exponent, 0)


def numbers_in(text: str) -> set[tuple[Decimal, int]]:
    """The printed form of every number in a text, thousands separators removed."""
    found = set()
    for match in NUMBER_PATTERN.finditer(text):
        try:
            found.add(printed_form(Decimal(match.group().replace(",", ""))))
        except InvalidOperation:
            continue
    return found


def numbers_at_line(report_id: str, line_number: int, page: int | None = None) -> set[tuple[Decimal, int]]:
    """Numbers printed at a line of a report's document, including a number broken into the next line."""
    return numbers_in_lines(document_lines(report_id, page), line_number)


def numbers_in_lines(lines: list[str], line_number: int) -> set[tuple[Decimal, int]]:
    """Numbers printed at a line (1-based) of a list of lines, including one broken into the next line."""
    if not 1 <= line_number <= len(lines):
        return set()
    here = lines[line_number - 1]
    following = next((line for line in lines[line_number:] if line.strip()), "")
    return numbers_in(here) | numbers_in(squeeze(here + following))


def number_is_at_line(report_id: str, value: str, line_number: int, page: int | None = None) -> bool:
    """True when the value, with its printed decimals, is at the line (sign ignored: 减少 is a word)."""
    return printed_form(Decimal(value)) in numbers_at_line(report_id, line_number, page)


# A page number printed inside a sentence: " 18 " between two Chinese characters.
INLINE_PAGE_NUMBER = re.compile(r"(?<=[^\x00-\x7f]) \d{1,3} (?=[^\x00-\x7f])")


def _text_window(lines: list[str], line_number: int, page_numbers: str) -> tuple[str, str]:
    """The squeezed text of a line and of the lines that follow it.

    page_numbers: "kept", "lines" (a line holding only a number after the first is dropped)
    or "all" (also a number between spaces inside a Chinese sentence).
    """
    window = lines[line_number - 1 : line_number - 1 + TEXT_CONTINUATION_LINES * 2]
    if page_numbers != "kept":
        window = [window[0]] + [line for line in window[1:] if not line.strip().isdigit()]
    if page_numbers == "all":
        window = [INLINE_PAGE_NUMBER.sub("", line) for line in window]
    return squeeze(window[0]), squeeze("".join(window))


def text_is_at_line(report_id: str, text: str, line_number: int, page: int | None = None) -> bool:
    """True when the text, whitespace and page numbers ignored, starts at the line."""
    return text_in_lines(document_lines(report_id, page), text, line_number, paged=page is not None)


def text_in_lines(lines: list[str], text: str, line_number: int, paged: bool = False) -> bool:
    """text_is_at_line on a list of lines (a PDF page's when paged)."""
    if not 1 <= line_number <= len(lines):
        return False
    wanted = squeeze(text)
    # In a PDF's ruled table a label wrapped in its cell continues on a line that also holds the
    # row's other cells: its beginning on the cited line suffices (as in int_transcribed_values_located).
    if paged and wanted[:PDF_LABEL_PREFIX] in squeeze(lines[line_number - 1]):
        return True
    for page_numbers in ("kept", "lines", "all"):
        here, window = _text_window(lines, line_number, page_numbers)
        position = window.find(wanted)
        if position != -1 and position < max(len(here), 1):
            return True
    return False
