"""The general reader of performance-report prose (项目支出绩效自评报告, 部门整体绩效自评报告):
every figure a report's sentences print, with its name, unit, line and the clause it is cited with.

A report starts at its title (2023年度…项目自评结果) and runs to the next title or to a heading of
another part of the document. In it, a figure is a number followed by a unit (N万元, N%,
N余场, N人（次）) or beside an operator of a calculation (N*N＝N万元); years and
list numbers are not figures. Its context is the clause around it (between ，。；：), its name
the words before it in that clause: the template's sentences name theirs (自评分为N分: 自评分),
otherwise the words left once those that do not name a figure are removed (2023年, 全县, 为),
with the count noun of the unit (城镇新增就业N人: 城镇新增就业人数).

Everything it knows is data (`performance_report_definitions.py`); it names no report, line or
amount. A figure no words name is listed as not read (section, line, why), its name left empty
for the per-report corrections of seeds/reading_overrides.csv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fiscal_warehouse.intake.explanations import Unread, cite
from fiscal_warehouse.intake.passage import Heading, Passage, Place
from fiscal_warehouse.intake.performance_report_definitions import (
    alternatives,
    count_nouns,
    leading_fillers,
    naming_sentences,
    titles,
    trailing_fillers,
    units,
    words,
)
from fiscal_warehouse.intake.self_evaluation_definitions import words as table_words

NUMBER = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")
DEPARTMENT = "department"
CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_NAME = 2  # characters of a name
UNIT_LOOKAHEAD = 8  # characters after a number within which its unit is printed


@dataclass(frozen=True)
class Figure:
    start: int  # squeezed position of the number
    end: int  # after its unit
    value: str
    unit: str


@dataclass
class Section:
    key: str  # the project's name, or `department`
    title: str
    title_start: Heading
    start: int  # after the title
    end: int


@dataclass
class ReportReading:
    rows: list[dict[str, str]] = field(default_factory=list)  # performance_report_figures, in order
    unread: list[Unread] = field(default_factory=list)


def _title(text: str) -> re.Match | None:
    return next(filter(None, (title.fullmatch(text) for title in titles())), None)


def find_sections(passage: Passage) -> list[Section]:
    lines = passage.lines()
    sections: list[Section] = []
    for index, line in enumerate(lines):
        first, match = line, _title(line.text)
        if match is None and index and not _title(lines[index - 1].text):
            first, match = lines[index - 1], _title(lines[index - 1].text + line.text)  # over two lines
        if match is None or (sections and first.start < sections[-1].start):
            continue
        department = any(word in match.group() for word in table_words("department_word"))
        key = DEPARTMENT if department else match.group("section")
        title_text = passage.printed_between(first.start, line.end)
        sections.append(Section(key, title_text, first, line.end, len(passage.text)))
    part = alternatives("part_heading")
    for number, section in enumerate(sections):
        following = sections[number + 1].title_start.start if number + 1 < len(sections) else len(passage.text)
        headings = (line.start for line in lines if section.start <= line.start < following and part.match(line.text))
        section.end = next(headings, following)
    return sections


def _unit_at(text: str, position: int, known: tuple[str, ...]) -> tuple[str, int] | None:
    """The unit printed at `position` (an approximate word such as 余 dropped) and where it ends;
    `known`: the units, longest first."""
    following = text[position : position + UNIT_LOOKAHEAD]
    for approximate in words("approximate"):
        for at in (0, 1):  # right after the number (N余场) or after 万 (N万余个)
            if following[at : at + len(approximate)] == approximate:
                dropped = following[:at] + following[at + len(approximate) :]
                unit = next((unit for unit in known if dropped.startswith(unit)), None)
                if unit is not None and (at == 0 or unit.startswith(following[0])):
                    return unit, position + len(unit) + len(approximate)
    unit = next((unit for unit in known if following.startswith(unit)), None)
    return (unit, position + len(unit)) if unit is not None else None


class Layout:
    """Where a passage's printed lines start and end (squeezed positions)."""

    def __init__(self, passage: Passage):
        self.passage = passage
        self.text = passage.text
        self.line_ends = {line_start: line_end for line_start, line_end, _, _ in passage.line_starts}


def figures_in(layout: Layout, start: int, end: int, known: tuple[str, ...] | None = None) -> list[Figure]:
    """The figures printed between two squeezed positions; `known`: the units, longest first
    (the performance reports' own by default)."""
    known = units() if known is None else known
    text = layout.text
    openings = set(words("clause_separator")) | {"）"}
    found = []
    for match in NUMBER.finditer(text, start, end):
        at = match.start()
        opens_sentence = at == start or at in layout.line_ends or text[at - 1] in openings  # start: a text's own
        if opens_sentence and alternatives("list_number").match(text, match.start()):
            continue  # 1.执行率情况; 2.2023年度… (whatever follows a list number is no figure of it)
        found.extend(figure_at(layout.passage, match, known))
    return found


def figure_at(passage: Passage, match: re.Match, known: tuple[str, ...]) -> list[Figure]:
    text, value = passage.text, match.group().replace(",", "")
    if alternatives("not_a_figure").match(text, match.start()):
        return []
    unit = _unit_at(text, match.end(), known)
    if unit is not None:
        printed = passage.printed_between(match.end(), unit[1]).replace("％", "%")  # the seeds write %
        for approximate in words("approximate"):
            printed = printed.replace(approximate, "", 1)
        return [Figure(match.start(), unit[1], value, printed)]
    beside = text[match.start() - 1 : match.start()] + text[match.end() : match.end() + 1]
    if any(char in words("operator") for char in beside):
        return [Figure(match.start(), match.end(), value, "")]
    return []


def clause_around(layout: Layout, figure: Figure, start: int, end: int) -> tuple[int, int]:
    """The clause a figure is printed in: from the separator before it to the one after it; a
    parenthesis inside the clause (调整（转岗）) is part of it, one the figure stands in is not."""
    text = layout.text
    separators = set(words("clause_separator"))
    openings = words("clause_opening")
    begin = figure.start
    while begin > start:
        char = text[begin - 1]
        if char == "（" or (char in separators and not (char == "：" and text.endswith(openings, start, begin - 1))):
            break
        if char == "）":
            opening = text.rfind("（", start, begin - 1)
            if opening <= start or opening in layout.line_ends or text[opening - 1] in separators:
                break  # （一） opening a sentence or a line
            begin = opening
            continue
        begin -= 1
    finish = figure.end
    while finish < end and text[finish] not in separators and text[finish] not in "（）":
        finish += 1
    return _without_lead_in(layout, begin, finish), finish


def _without_lead_in(layout: Layout, begin: int, finish: int) -> int:
    """Where the clause's own words start: after a list number (1.), a list's lead-in (分别为) or
    an opening word alone on its line (其中：)."""
    text = layout.text
    marker = alternatives("list_number").match(text, begin, finish)
    if marker:
        return marker.end()
    for lead_in in words("list_lead_in"):
        if text.startswith(lead_in, begin, finish):
            return begin + len(lead_in)
    for opening in words("clause_opening"):
        alone = begin + len(opening) + 1
        if text.startswith(opening + "：", begin, finish) and layout.line_ends.get(begin) == alone:
            return alone
    return begin


def figure_name(words_before: str, printed: str, figure: Figure) -> str:
    """The figure's name from the words before it in its clause (`printed`: the figure with its
    unit, squeezed); '' when no words name it."""
    for sentence in naming_sentences():
        match = sentence.pattern.search(words_before + printed)
        if match and match.start(sentence.value_group) == len(words_before):
            name = match.group(sentence.name_group) if sentence.name_group else ""
            return sentence.figure_name.replace("{name}", name)
    name = alternatives("inner_filler").sub("", words_before)
    name = trailing_fillers().sub("", leading_fillers().sub("", name))
    if len(CJK.findall(name)) < MIN_NAME or not CJK.match(name[-1]) or name.endswith(words("no_name_ending")):
        return ""  # the rest of a calculation (元*), of the figure before (人的) or of a comparison (从)
    noun = count_nouns().get(figure.unit, "")
    if name.endswith(figure.unit) and noun:
        name += "数"  # 受理欠薪投诉举报案件317件: …案件数
    elif noun and not name.endswith((noun, "数")):
        name += noun
    return name


def cited(column: str, place: Place) -> dict[str, str]:
    """Where a column's value is printed: its page (a PDF's; empty for a text document) and line."""
    return {f"{column}_page": "" if place.page is None else str(place.page), f"{column}_line": str(place.line)}


def read_performance_reports(passage: Passage) -> ReportReading:
    """Every figure of every performance report printed in the passage, in document order."""
    reading = ReportReading()
    layout = Layout(passage)
    for section in find_sections(passage):
        previous_end = section.start
        for ordinal, figure in enumerate(figures_in(layout, section.start, section.end), start=1):
            begin, finish = clause_around(layout, figure, section.start, section.end)
            words_before = passage.text[max(begin, previous_end) : figure.start]
            name = figure_name(words_before, passage.text[figure.start : figure.end], figure)
            previous_end = figure.end
            value_place, context_place = passage.place(figure.start), passage.place(begin)
            if not name:
                why = f"no words before the figure {figure.value}{figure.unit} name it"
                reading.unread.append(Unread(section.key, cite(value_place), why))
            reading.rows.append(
                {
                    "report_section": section.key,
                    "section_title": section.title,
                    **cited("section_title", section.title_start.place),
                    "ordinal": str(ordinal),
                    "figure_name": name,
                    "unit": figure.unit,
                    "value": figure.value,
                    **cited("value", value_place),
                    "context": passage.printed_between(begin, finish),
                    **cited("context", context_place),
                }
            )
    return reading


def review(reading: ReportReading) -> list[str]:
    """What was read, for make add-report's review: one line per report, then one line per report
    listing the figures no words name."""
    if not reading.rows:
        return ["  performance reports (prose): none"]
    found = [f"  performance reports (prose): {len(reading.rows)} figures"]
    counts: dict[tuple[str, str], int] = {}
    for row in reading.rows:
        key = (row["report_section"], row["section_title"])
        counts[key] = counts.get(key, 0) + 1
    unnamed_rows = [row for row in reading.rows if not row["figure_name"]]  # in the order of reading.unread
    for (section, title), count in counts.items():
        unnamed = [
            f"{row['value']}{row['unit']} ({item.place})"
            for row, item in zip(unnamed_rows, reading.unread, strict=True)
            if item.section == section
        ]
        found.append(f"    {title}: {count} figures, {len(unnamed)} named by no words")
        if unnamed:
            found.append(f"      not named: {'; '.join(unnamed)}")
    return found
