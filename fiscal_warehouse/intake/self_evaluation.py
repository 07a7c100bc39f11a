"""The general reader of performance self-evaluation tables (项目支出绩效自评表, 部门整体支出绩效自评表)
in a document's text, where a table is flattened and a cell is often split over several lines.

It knows no report: titles, labels, fund sources, indicator levels and each template's columns
are data (`self_evaluation_definitions.py`). It reads what the layout makes unambiguous:

- a table starts at a line ending with a title word, followed by a field label;
- header fields are `label value` (the value on the label's line, or on the following lines);
- a funding row is a fund source (its words possibly split over lines) followed by the
  template's amount columns; an indicator row is its name (fragments joined) and a line ending
  with the template's value columns; 一级 / 二级指标 are the vocabulary's words, a word directly
  followed by another being the 一级 one;
- the 总分 row, and the blocks after it (偏差原因, 改进措施).

What it cannot place it leaves empty and lists (table, line or page, why); the caller applies
the per-report corrections of seeds/reading_overrides.csv. In a PDF the same reader reads the
ruled tables' rows, each a line of whole cells (`read_pdf`).
"""

from __future__ import annotations

import re
from pathlib import Path

from fiscal_warehouse.intake.definitions import comparable
from fiscal_warehouse.intake.page_text import PageLines
from fiscal_warehouse.intake.pdf import Page
from fiscal_warehouse.intake.plumbing import ParsedPage, parse_pages_in_parallel
from fiscal_warehouse.intake.self_evaluation_cells import Line, Reading
from fiscal_warehouse.intake.self_evaluation_definitions import words
from fiscal_warehouse.intake.self_evaluation_table import TableReader

TITLE_YEAR = re.compile(r"[（(]\d{4}年度?[）)]$")  # 项目支出绩效自评表（2024年度）
YEAR_START = re.compile(r"^\d{4}\s*年")
HEADING_NUMBER = re.compile(
    r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])"
)  # a section heading, not a title
TITLE_LOOKAHEAD = 12  # lines after a title within which a header field must follow


def printed_lines(lines: list[str]) -> list[Line]:
    """The non-blank lines of a document, numbered from 1."""
    found = (Line(number, re.sub(r"\s+", " ", text).strip()) for number, text in enumerate(lines, start=1))
    return [line for line in found if line.text]


def is_title(lines: list[Line], index: int) -> bool:
    tight = TITLE_YEAR.sub("", lines[index].tight)
    if index + 1 < len(lines) and len(lines[index + 1].tight) < len(words("title_ending")[0]):
        tight += lines[index + 1].tight  # the title's last characters on a line of their own
    if not tight.endswith(words("title_ending")) or "，" in tight or len(tight) > 60 or HEADING_NUMBER.match(tight):
        return False
    following = lines[index + 1 : index + 1 + TITLE_LOOKAHEAD]
    return any(line.tight.startswith(words("field_label")) for line in following)


def title_start(lines: list[Line], index: int) -> int:
    """A title printed over two lines begins with its year on the line before."""
    if index and YEAR_START.match(lines[index - 1].text) and not YEAR_START.match(lines[index].text):
        return index - 1
    return index


def read(lines: list[str]) -> Reading:
    """Every self-evaluation table of a text document's lines."""
    return read_lines(printed_lines(lines))


def read_lines(printed: list[Line]) -> Reading:
    """Every self-evaluation table of a document's printed lines, in reading order."""
    titles = [index for index in range(len(printed)) if is_title(printed, index)]
    starts = [title_start(printed, index) for index in titles]
    ends = [*starts[1:], len(printed)] if starts else []
    reading = Reading()
    for number, (start, title, end) in enumerate(zip(starts, titles, ends, strict=True), start=1):
        last = title + 1 if title + 1 < end and len(printed[title + 1].tight) < len(words("title_ending")[0]) else title
        TableReader(number, printed[start:end], last - start + 1, reading).read()
    return reading


def read_pdf(path: Path, pages: list[Page]) -> Reading:
    """Every self-evaluation table of a PDF, from pdfplumber's cells: each ruled row is one line
    of whole cells, cited at the page and rendered line of its first cell."""
    ending = words("title_ending")[0]
    candidates = [page.number for page in pages if any(ending in comparable(line.text) for line in page.lines)]
    printed: list[Line] = []
    for parsed in parse_pages_in_parallel(path, candidates).values() if candidates else []:
        printed.extend(page_lines(parsed, pages[parsed.page.number - 1]))
    return read_lines(sorted(printed, key=lambda line: line.place))


def page_lines(parsed: ParsedPage, page: Page) -> list[Line]:
    """The page's lines outside its tables and one line per table row; numbered as the
    rendering numbers `page`'s lines (the page the caller renders)."""
    located = PageLines(page)
    lines = [
        Line(line.number, re.sub(r"\s+", " ", line.text).strip(), page.number)
        for line in located.outside([table.bbox for table in parsed.tables])
    ]
    for table in parsed.tables:
        for row, texts in zip(table.rows, table.texts, strict=True):
            # an empty cell is kept as a dash: the columns after it stay in their places
            cells = [
                (box, (text or "").replace("\n", "").strip() or "-")
                for box, text in zip(row.cells, texts, strict=True)
                if box
            ]
            printed = [box for box, text in cells if text != "-"]
            number = located.line_in(printed[0]) if printed else None
            if number is not None:
                lines.append(Line(number, " ".join(text for _, text in cells), page.number))
    return [line for line in lines if line.text]


def review(reading: Reading) -> list[str]:
    """What was read, for make add-report's review: one line per table, then what was not read."""
    if not reading.evaluations:
        return ["  self-evaluation tables: none"]
    found = [f"  self-evaluation tables: {len(reading.evaluations)}"]
    for evaluation in reading.evaluations:
        number = evaluation["evaluation_no"]
        funds = sum(row["evaluation_no"] == number for row in reading.funds)
        indicators = sum(row["evaluation_no"] == number for row in reading.indicators)
        where = f"p.{evaluation['title_page']}" if evaluation.get("title_page") else f"line {evaluation['title_line']}"
        name = evaluation.get("project_name", "")
        found.append(
            f"    {number}. {evaluation['title']} ({evaluation['evaluation_level']}, {evaluation['template']}) {where}"
            f" {name}: {funds} funding rows, {indicators} indicators, 总分 {evaluation.get('total_score', '-')}"
        )
    found.append(f"  self-evaluation places not read: {len(reading.unread)}")
    found.extend(f"    not read: {problem}" for problem in reading.unread)
    return found
