"""How much of each document the seeds transcribe: every number printed, accounted for.

    python -m fiscal_warehouse.coverage            # summary per document and section, then the leftovers
    python -m fiscal_warehouse.coverage --summary  # without the list of leftovers

Every number printed in a document falls in one of four classes:
  figure        transcribed as a value of its own (a seed column with its _line)
  in_text       inside a transcribed text (a goal, a reason, a target such as ">=2.20 万人次")
  not_a_figure  a page number, a date, a document number or a list ordinal
  left_over     none of these: a figure nobody transcribed
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from fiscal_warehouse.documents import INLINE_PAGE_NUMBER, NUMBER_PATTERN, SEEDS_DIR, document_lines, squeeze
from fiscal_warehouse.provenance import LINE_SUFFIX, is_number

# Sections whose numbers must all be accounted for.
TARGET_SECTIONS = ("overview", "financial", "performance_tables")


@dataclass
class PrintedNumber:
    report_id: str
    line: int
    text: str
    positions: list[int]  # indices in the document's squeezed character stream
    kind: str = "left_over"
    reason: str = ""


class CharacterStream:
    """A document without whitespace, each character knowing its line: how values are found."""

    def __init__(self, report_id: str) -> None:
        self.lines = document_lines(report_id)
        self.chars: list[str] = []
        self.char_lines: list[int] = []
        self.line_starts: dict[int, int] = {}
        self.positions_in_line: dict[int, list[int]] = {}  # raw column -> stream index, per line
        for number, line in enumerate(self.lines, start=1):
            self.line_starts[number] = len(self.chars)
            columns = []
            for character in line:
                if character.isspace():
                    columns.append(-1)
                    continue
                columns.append(len(self.chars))
                self.chars.append(character)
                self.char_lines.append(number)
            self.positions_in_line[number] = columns
        self.text = "".join(self.chars)
        self.variants: dict[tuple[bool, bool], tuple[str, list[int]]] = {
            (False, False): (self.text, list(range(len(self.chars))))
        }

    def variant(self, drop_page_lines: bool, drop_inline_page_numbers: bool) -> tuple[str, list[int]]:
        """The stream without page numbers, and the original index of each remaining character."""
        kept = []
        for number, line in enumerate(self.lines, start=1):
            if drop_page_lines and line.strip().isdigit():
                continue
            dropped = set()
            if drop_inline_page_numbers:
                for match in INLINE_PAGE_NUMBER.finditer(line):
                    dropped.update(range(match.start(), match.end()))
            kept.extend(
                index
                for column, index in enumerate(self.positions_in_line[number])
                if index >= 0 and column not in dropped
            )
        return "".join(self.chars[index] for index in kept), kept

    def find_text(self, text: str, line: int, taken: set[int]) -> list[int]:
        """Stream indices of a text that starts on a line and is not yet taken (page numbers ignored if need be)."""
        wanted = squeeze(text)
        for drop_lines, drop_inline in ((False, False), (True, False), (True, True)):
            if (drop_lines, drop_inline) not in self.variants:
                self.variants[drop_lines, drop_inline] = self.variant(drop_lines, drop_inline)
            stream, original = self.variants[drop_lines, drop_inline]
            position = stream.find(wanted)
            while position != -1:
                start_line = self.char_lines[original[position]]
                indices = original[position : position + len(wanted)]
                if start_line == line and not taken.intersection(indices):
                    return indices
                if start_line > line:
                    break
                position = stream.find(wanted, position + 1)
        return []

    def next_non_blank(self, line: int) -> int | None:
        return next((n for n in range(line + 1, len(self.lines) + 1) if self.lines[n - 1].strip()), None)

    def number_tokens(self, line: int) -> list[tuple[Decimal, list[int], str]]:
        """The numbers printed on a line (value, stream indices, why it may not be a figure).

        A number ending the line and continued at the start of the next non-blank line (the
        PDF text breaks numbers) also counts whole.
        """
        text = self.lines[line - 1]
        columns = self.positions_in_line[line]
        following = self.next_non_blank(line)
        next_text = self.lines[following - 1] if following else ""
        tokens = []
        for match in NUMBER_PATTERN.finditer(text):
            positions = [columns[column] for column in range(match.start(), match.end())]
            reason = not_a_figure(text, match.start(), match.end(), next_text)
            tokens.append((Decimal(match.group().replace(",", "")), positions, reason))
        last = list(NUMBER_PATTERN.finditer(text))[-1:] if text.strip() else []
        head = NUMBER_PATTERN.match(next_text.strip())
        if following and last and head and last[0].end() == len(text.rstrip()):
            joined = (last[0].group() + head.group()).replace(",", "")
            if NUMBER_PATTERN.fullmatch(joined):
                tail = [index for index in self.positions_in_line[following] if index >= 0][: len(head.group())]
                tokens.append((Decimal(joined), tokens[-1][1] + tail, ""))
        return tokens

    def find_number(self, value: str, line: int, taken: set[int], in_texts: set[int]) -> list[int]:
        """Stream indices of a number on a line equal to the value and not yet taken.

        A number standing on its own is preferred to the same number inside a transcribed text.
        """
        wanted = abs(Decimal(value))
        candidates = [
            (bool(in_texts.intersection(positions)), bool(reason), positions)
            for number, positions, reason in self.number_tokens(line)
            if number == wanted and not taken.intersection(positions)
        ]
        candidates.sort(key=lambda candidate: candidate[:2])
        return candidates[0][2] if candidates else []


def transcribed_values(seeds_dir: Path) -> dict[str, list[tuple[str, int]]]:
    """report_id -> (value, line) of every transcribed value in the seeds."""
    values: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for path in sorted(seeds_dir.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = reader.fieldnames or []
            checked = [column for column in columns if column + LINE_SUFFIX in columns]
            if "report_id" not in columns:
                continue
            for row in reader:
                for column in checked:
                    if row[column] and row[column + LINE_SUFFIX]:
                        values[row["report_id"]].append((row[column], int(row[column + LINE_SUFFIX])))
    return values


def not_a_figure(line: str, start: int, end: int, next_line: str = "") -> str:
    """Why a number printed at line[start:end] is not a figure, or '' when it may be one."""
    before, after = line[:start].rstrip(), line[end:].lstrip()
    if line.strip() == line[start:end]:
        return "page number"
    if re.match(r"^[年月日]", after) or (not after and re.match(r"^\s*[年月日]", next_line)):
        return "date"
    if re.match(r"^-\d", after) or re.search(r"\d年?-$", before):
        return "date"
    if re.match(r"^号", after) or re.search(r"[〔\[【]$", before):
        return "document number"
    if re.match(r"^、", after) or (not before and re.match(r"^[.．]\D", after)):
        return "list ordinal"
    if re.search(r"[（(]$", before) and re.match(r"^[）)]", after):
        return "list ordinal"
    if re.search(r"(图|第|目标|附件|表)$", before):
        return "list ordinal"
    if re.match(r"^万元(（含）)?以上", after) or re.match(r"^分\s*[*＊]", after):
        return "label"
    for match in INLINE_PAGE_NUMBER.finditer(line):
        if match.start() <= start and end <= match.end():
            return "page number"
    return ""


def classify(report_id: str, values: list[tuple[str, int]]) -> list[PrintedNumber]:
    stream = CharacterStream(report_id)
    covered: dict[int, str] = {}
    # Texts first, so that a number printed on its own is matched to a figure rather than
    # to the same digits inside a target such as "=10 次".
    for value, line in values:
        if not is_number(value):
            taken = {index for index, kind in covered.items() if kind == "in_text"}
            for index in stream.find_text(value, line, taken):
                covered[index] = "in_text"
    in_texts = set(covered)
    figures: set[int] = set()
    for value, line in values:
        if is_number(value):
            positions = stream.find_number(value, line, figures, in_texts)
            figures.update(positions)
            for index in positions:
                covered[index] = "figure"
    numbers = []
    for number, line in enumerate(stream.lines, start=1):
        columns = stream.positions_in_line[number]
        for match in NUMBER_PATTERN.finditer(line):
            positions = [columns[column] for column in range(match.start(), match.end()) if columns[column] >= 0]
            printed = PrintedNumber(report_id, number, match.group(), positions)
            kinds = {covered.get(index) for index in positions}
            if kinds == {"figure"}:
                printed.kind = "figure"
            elif kinds <= {"figure", "in_text"} and None not in kinds:
                printed.kind = "in_text"
            else:
                following = stream.next_non_blank(number)
                next_text = stream.lines[following - 1] if following else ""
                printed.reason = not_a_figure(line, match.start(), match.end(), next_text)
                if printed.reason:
                    printed.kind = "not_a_figure"
            numbers.append(printed)
    return numbers


def document_sections(seeds_dir: Path) -> dict[str, list[tuple[int, int, str]]]:
    sections: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with open(seeds_dir / "document_sections.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            sections[row["report_id"]].append((int(row["first_line"]), int(row["last_line"]), row["section_kind"]))
    return sections


def section_of(sections: list[tuple[int, int, str]], line: int) -> str:
    return next((kind for first, last, kind in sections if first <= line <= last), "unassigned")


def coverage(seeds_dir: Path = SEEDS_DIR) -> dict[str, list[tuple[str, PrintedNumber]]]:
    """report_id -> (section, printed number) for every number printed in its document."""
    values = transcribed_values(seeds_dir)
    sections = document_sections(seeds_dir)
    return {
        report_id: [(section_of(sections[report_id], number.line), number) for number in classify(report_id, found)]
        for report_id, found in sorted(values.items())
        if report_id in sections
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--summary", action="store_true", help="do not list the leftovers")
    args = parser.parse_args(argv)
    results = coverage()
    target_leftovers = 0
    for report_id, numbers in results.items():
        kinds = Counter(number.kind for _, number in numbers)
        print(f"\n{report_id}: {len(numbers)} numbers printed")
        for kind in ("figure", "in_text", "not_a_figure", "left_over"):
            print(f"  {kind:<13} {kinds[kind]:>6}")
        reasons = Counter(number.reason for _, number in numbers if number.kind == "not_a_figure")
        print("  not a figure: " + ", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items())))
        by_section = Counter(section for section, number in numbers if number.kind == "left_over")
        print("  left over by section: " + (", ".join(f"{s} {c}" for s, c in sorted(by_section.items())) or "none"))
        target_leftovers += sum(by_section[section] for section in TARGET_SECTIONS)
        if not args.summary:
            lines = document_lines(report_id)
            for section, number in numbers:
                if number.kind == "left_over":
                    printed_line = lines[number.line - 1].strip()
                    print(f"    {section:<20} line {number.line:>5}: {number.text:<10} {printed_line}")
    print(f"\nleft over in {', '.join(TARGET_SECTIONS)}: {target_leftovers}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
