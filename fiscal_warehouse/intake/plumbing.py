"""pdfplumber's reading of the pages that hold statement tables, in parallel.

Most of the reading time is pdfminer parsing a page (TOOLING.md), so the candidate pages are
parsed in worker processes, each page into plain data: its characters as rendered lines and
its ruled tables (bounding box, each row's cell boxes, each cell's text). The table reader
works on that data alone.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from fiscal_warehouse.intake.pdf import Page, page_from_plumber

# Fewer pages than this are parsed in the calling process: starting workers would cost more.
PARALLEL_FROM_PAGES = 4


@dataclass(frozen=True)
class ParsedRow:
    cells: tuple[tuple[float, float, float, float] | None, ...]


@dataclass(frozen=True)
class ParsedTable:
    """A ruled table as pdfplumber finds it: its box, the cell boxes of each row (None where a
    merged cell covers the position) and the cells' texts."""

    bbox: tuple[float, float, float, float]
    rows: tuple[ParsedRow, ...]
    texts: tuple[tuple[str | None, ...], ...]

    def extract(self) -> list[list[str | None]]:
        return [list(row) for row in self.texts]

    def without_first_rows(self, count: int) -> ParsedTable:
        """The table below its first rows (a title printed inside the grid)."""
        top = min(cell[1] for cell in self.rows[count].cells if cell) if count < len(self.rows) else self.bbox[3]
        return ParsedTable((self.bbox[0], top, self.bbox[2], self.bbox[3]), self.rows[count:], self.texts[count:])


@dataclass(frozen=True)
class ParsedPage:
    page: Page
    tables: tuple[ParsedTable, ...]


def parse_pages(path: Path, numbers: list[int]) -> list[ParsedPage]:
    parsed = []
    with pdfplumber.open(path) as document:
        for number in numbers:
            plumbed = document.pages[number - 1]
            tables = tuple(
                ParsedTable(
                    tuple(table.bbox),
                    tuple(ParsedRow(tuple(row.cells)) for row in table.rows),
                    tuple(tuple(row) for row in table.extract()),
                )
                for table in plumbed.find_tables()
            )
            parsed.append(ParsedPage(page_from_plumber(number, plumbed), tables))
            plumbed.close()
    return parsed


def parse_pages_in_parallel(path: Path, numbers: list[int]) -> dict[int, ParsedPage]:
    """The pages parsed by up to as many workers as there are processors (pages dealt in turn)."""
    workers = min(os.cpu_count() or 1, len(numbers))
    if len(numbers) < PARALLEL_FROM_PAGES or workers < 2:
        return {parsed.page.number: parsed for parsed in parse_pages(path, numbers)}
    shares = [numbers[index::workers] for index in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        results = pool.map(parse_pages, [path] * workers, shares)
        return {parsed.page.number: parsed for share in results for parsed in share}
