"""One self-evaluation table read from its lines: header fields, funding rows, department
goals, indicator rows, the 总分 row and the blocks after it.

The template (which columns a funding row, an indicator row and the total row print) is told by
a word of the table's header (definitions/self_evaluation_columns.csv).
"""

from __future__ import annotations

import itertools
import re

from fiscal_warehouse.intake.definitions import comparable
from fiscal_warehouse.intake.self_evaluation_cells import (
    CJK_SPACE,
    MAX_FRAGMENTS,
    NUMBER,
    NUMERIC_COLUMNS,
    Line,
    Reading,
    Unread,
    cell,
    cell_pieces,
    comparable_spaced,
    header_weights,
    put,
    split_label,
    total_values,
    value_groups,
    word_over_lines,
)
from fiscal_warehouse.intake.self_evaluation_definitions import Template, meanings, template_for, words
from fiscal_warehouse.intake.self_evaluation_fragments import fragment_row, overall_goal

CHECKBOX_COLUMNS = {"budget_category", "project_nature", "project_type"}  # printed as options, one ticked
CHECKED_OPTION = re.compile(r"\d、\s*([^\d√□、]+?)\s*√")
DATE_WITHOUT_DAY = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}$")
MAX_BLOCK_LINES = 12  # lines a block's text (偏差原因, 改进措施) may run over
MAX_HEADER_WORD = 4  # a header's words are printed in lines this short; a goal's text is longer


class TableReader:
    """One table: the lines from its title to the next title."""

    def __init__(self, number: int, lines: list[Line], title_lines: int, reading: Reading):
        self.number, self.lines, self.reading = number, lines, reading
        title = lines[0].part("".join(line.text for line in lines[:title_lines]))
        self.level = "department" if any(word in title.tight for word in words("department_word")) else "project"
        header_text = "".join(line.tight for line in lines)
        self.template: Template = template_for(self.level, header_text)
        self.evaluation = {
            "evaluation_no": str(number),
            "evaluation_level": self.level,
            "template": self.template.name,
        }
        put(self.evaluation, "title", CJK_SPACE.sub("", title.text), title)

    def unread(self, line: Line, why: str) -> None:
        self.reading.unread.append(Unread(self.number, line.number, why, line.page))

    def indicator_start(self) -> int:
        for index, line in enumerate(self.lines):
            if any(word in line.tight for word in words("indicator_header")):
                return index
        return len(self.lines) - 1

    def read(self) -> None:
        self.goal_starts = self.read_goals(self.lines)
        start = self.indicator_start()
        self.read_fields(self.lines[1:start])
        self.read_funds(self.lines[1:start])
        self.read_overall_goal(self.lines[1:start])
        end = self.read_indicators(self.lines[start + 1 :])
        self.read_blocks(self.lines[start + 1 + end :])
        self.reading.evaluations.append(self.evaluation)

    # header fields -------------------------------------------------------------------------
    def read_fields(self, lines: list[Line]) -> None:
        labels = meanings("field_label")
        pattern = re.compile("(" + "|".join(map(re.escape, words("field_label"))) + ")[：:]?")
        found: dict[str, tuple[str, Line]] = {}  # label -> (value, line); the first of each label
        for index, line in enumerate(lines):
            spaced = comparable_spaced(line.text)
            matches = list(pattern.finditer(spaced))
            for position, match in enumerate(matches):
                end = matches[position + 1].start() if position + 1 < len(matches) else len(spaced)
                value, value_line = spaced[match.end() : end].strip(" ：:"), line
                if not value and position + 1 == len(matches):
                    value, value_line = self.continued_value(lines[index + 1 :], pattern)
                elif DATE_WITHOUT_DAY.search(value) and index + 1 < len(lines) and lines[index + 1].tight == "日":
                    value += "日"  # a date whose 日 is printed on the next line
                if value and match.group(1) not in found:
                    found[match.group(1)] = (value, value_line)
        for label, column in labels.items():  # in the vocabulary's order: its first label wins
            if label not in found or column in self.evaluation:
                continue
            value, value_line = found[label]
            if column in CHECKBOX_COLUMNS:
                ticked = CHECKED_OPTION.search(value)
                if ticked:
                    self.evaluation[column] = ticked.group(1)
                continue
            put(self.evaluation, column, value, value_line)

    def continued_value(self, lines: list[Line], pattern: re.Pattern) -> tuple[str, Line | None]:
        """A value printed on the lines after its label, up to the next label or number."""
        parts: list[Line] = []
        for line in lines[:MAX_FRAGMENTS]:
            if pattern.search(line.tight) or (
                re.search(r"\d", line.text) and "√" not in line.text and "□" not in line.text
            ):
                break
            parts.append(line)
        return ("".join(part.text for part in parts), parts[0]) if parts else ("", None)

    # the overall goal (年度总体目标) ---------------------------------------------------------
    def read_overall_goal(self, lines: list[Line]) -> None:
        goal = overall_goal(lines)
        if isinstance(goal, Line):
            self.unread(goal, "年度总体目标: no sentence end parts the expected goal from the actual")
        elif goal:
            expected, actual = goal
            put(self.evaluation, "goal_expected", "".join(line.text for line in expected), expected[0])
            put(self.evaluation, "goal_actual", "".join(line.text for line in actual), actual[0])

    # department goals --------------------------------------------------------------------
    def read_goals(self, lines: list[Line]) -> list[tuple[Line, str]]:
        """Each goal (年度目标 N： its points, its text up to the next header's short words);
        returns where each goal starts, to number the indicator rows after it."""
        pattern = re.compile("^(?:" + "|".join(map(re.escape, words("goal_label"))) + r")(\d+)[：:]?$")
        starts = []
        for index, line in enumerate(lines):
            match = pattern.match(line.tight)
            if not match:
                continue
            goal = {"evaluation_no": str(self.number), "goal_no": match.group(1)}
            following = lines[index + 1 : index + 1 + MAX_BLOCK_LINES]
            weights = header_weights(following[:2])
            if weights:
                put(goal, "weight", *weights[0])
            text = list(itertools.takewhile(lambda line: len(line.tight) > MAX_HEADER_WORD, following[len(weights) :]))
            if text:
                put(goal, "goal_text", "".join(line.text for line in text), text[0])
            starts.append((line, match.group(1)))
            self.reading.goals.append(goal)
        return starts

    def goal_of(self, line: Line) -> str:
        """The goal a row printed at `line` belongs to ('' in a table without goals)."""
        found = [goal for start, goal in self.goal_starts if start.place < line.place]
        return found[-1] if found else ""

    # funding rows -------------------------------------------------------------------------
    def read_funds(self, lines: list[Line]) -> None:
        columns = self.template.funds
        sources = words("fund_source")
        pending: list[Line] = []
        ordinal = 0
        weights = header_weights(lines)
        header_weight = weights[0] if weights else None
        if len(weights) > 1 and self.level == "project":
            put(self.evaluation, "indicator_weight", *weights[1])
        for line in lines:
            label, values = split_label(line.text)
            if label:
                pending.append(line.part(label))
            name = "".join(part.text for part in pending)
            if not any(source.startswith(comparable(name).rstrip("：:")) for source in sources):
                pending = [line.part(label)] if label and any(s.startswith(comparable(label)) for s in sources) else []
                continue
            if not values or comparable(name).rstrip("：:") not in sources:
                continue
            ordinal += 1
            row = {"evaluation_no": str(self.number), "ordinal": str(ordinal), "fund_source": name.replace(" ", "")}
            if len(values) != len(columns):
                self.unread(line, f"funding row {name}: {len(values)} values for {len(columns)} columns")
            for column, value in zip(columns, values, strict=False):
                if cell(value, column):
                    put(row, column, cell(value, column), line)
            if "weight" not in columns and header_weight and ordinal == 1:
                put(row, "weight", *header_weight)
            self.reading.funds.append(row)
            pending = []

    # indicator rows -----------------------------------------------------------------------
    def read_indicators(self, lines: list[Line]) -> int:
        """Read the indicator rows; return the index of the line after the 总分 row."""
        events = self.events(lines)
        level1 = level2 = None
        ordinal = 0
        for position, (kind, payload) in enumerate(events):
            if kind == "word":
                word, first = payload
                following = events[position + 1][0] if position + 1 < len(events) else ""
                is_level1 = word in words("level1") and (following == "word" or word not in words("level2"))
                if is_level1:
                    level1, level2 = (word, first), None
                else:
                    level2 = (word, first)
            elif kind == "row":
                ordinal += 1
                name_lines, values = payload
                row = {"evaluation_no": str(self.number), "ordinal": str(ordinal)}
                goal = self.goal_of(next(iter(values.values()))[1])
                if goal:
                    row["goal_no"] = goal
                for column, value in (("level1_name", level1), ("level2_name", level2)):
                    if value:
                        put(row, column, *value)
                if name_lines:
                    put(row, "indicator_name", "".join(part.text for part in name_lines), name_lines[0])
                for column, (value, line) in values.items():
                    if cell(value, column):
                        put(row, column, cell(value, column), line)
                self.reading.indicators.append(row)
            elif kind == "note":
                row = self.reading.indicators[-1]
                put(row, self.template.note, "".join(line.text for line in payload), payload[0])
            elif kind == "total":
                values, line = payload
                # a blank cell prints nothing: the values are the last columns' (总分 with 得分 only)
                columns = self.template.total[-len(values) :] if values else ()
                for column, value in zip(columns, values, strict=False):
                    put(self.evaluation, f"total_{column}", cell(value, column), line)
                if not values or len(values) > len(self.template.total):
                    self.unread(line, f"总分 row: {len(values)} values for {len(self.template.total)} columns")
                return lines.index(line) + 1
        return len(lines)

    def events(self, lines: list[Line]) -> list[tuple[str, object]]:
        """The indicator section as a list of words (一级/二级指标), rows and the total."""
        vocabulary = set(words("level1")) | set(words("level2"))
        events: list[tuple[str, object]] = []
        fragments: list[Line] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            if line.tight.startswith(words("total_label")):
                self.discard(self.note(events, fragments, closing=True))
                events.append(("total", total_values(lines[index:])))
                break
            joined = word_over_lines(lines[index:], vocabulary)
            printed_words = line.text.split(" ")  # 履职效能 数量指标: two words on one line
            if joined or all(comparable(word) in vocabulary for word in printed_words):
                found, count = ([joined[0]], joined[1]) if joined else ([comparable(w) for w in printed_words], 1)
                fragments = self.note(events, fragments, closing=True)
                events.extend(("word", (word, line)) for word in found)
                if any(kind == "row" for kind, _ in events):  # before the first row: header words
                    self.discard(fragments)
                fragments, index = [], index + count
                continue
            rest = self.without_level_words(line, vocabulary, events)
            row = self.row(rest, self.note(events, fragments, dry_run=True))
            if row is None:
                fragments.append(rest)
            else:
                self.note(events, fragments)
                events.append(("row", row))
                fragments = []
            index += 1
        return events

    def note(self, events: list, fragments: list[Line], dry_run: bool = False, closing: bool = False) -> list[Line]:
        """The lines before a row, word or total that close the previous row's note (its 偏差原因:
        sentences, up to the last line ending one; before a word or the total, which no name
        follows, all its lines but a page number's, unless one ends like a row: a row not read)
        become a note event; returns the lines after."""
        if not self.template.note or not any(kind == "row" for kind, _ in events):
            return fragments
        ends = [index for index, line in enumerate(fragments) if line.text.endswith("。")]
        if closing and events[-1][0] == "row" and not any(self.row_values(line.text) for line in fragments):
            ends = [index for index, line in enumerate(fragments) if not line.tight.isdigit()][-1:]
        if not ends:
            return fragments
        if not dry_run:
            events.append(("note", fragments[: ends[-1] + 1]))
        return fragments[ends[-1] + 1 :]

    def discard(self, fragments: list[Line]) -> None:
        """Text between the last row and a level word that no row took: listed as not read."""
        if fragments:
            text = "".join(line.text for line in fragments)
            self.unread(fragments[0], f"text placed in no indicator row: {text[:40]}")

    def without_level_words(self, line: Line, vocabulary: set[str], events: list) -> Line:
        """The line without the level words printed before its cells (`数量指标 name …`), each
        added to the events; a word is a level word only when a row's name still follows."""
        rest = line
        first = rest.text.split(" ", 1)
        while comparable(first[0]) in vocabulary and len(first) == 2:
            parsed = self.row_values(first[1])
            if parsed is not None and not parsed[0] and not parsed[2]:
                break  # the word is the row's own name
            events.append(("word", (comparable(first[0]), line)))
            rest = line.part(first[1])
            first = rest.text.split(" ", 1)
        return rest

    def row(self, line: Line, fragments: list[Line]):
        """(name lines, column -> (value, line)) when `line` ends a row: it holds the row's last
        cells, and the lines before it (`fragments`) the cells it lacks and the name."""
        parsed = self.row_values(line.text)
        if parsed is None:
            return None
        name, cells, missing = parsed
        placed = {column: (value, line) for column, value in cells.items()}
        pieces = cell_pieces(fragments)
        if missing and not name and any(column in NUMERIC_COLUMNS for column in missing):
            split = fragment_row(fragments, missing)  # cells split over lines of a few characters
            if split is None:
                return None
            return split[0], placed | split[1]
        if missing:
            if name or len(pieces) < len(missing) or any(c in NUMERIC_COLUMNS for c in missing):
                return None
            for column in reversed(missing):
                placed[column] = pieces.pop()
                placed[column] = ("".join(part.text for part in placed[column]), placed[column][0])
            name_lines = [part for piece in pieces for part in piece]
        else:
            name_lines = [*fragments, line.part(name)] if name else fragments
        return name_lines, placed

    def row_values(self, text: str) -> tuple[str, dict[str, str], list[str]] | None:
        """(name part, column -> value, leading columns not on the line) when the line ends
        with the template's last value columns (and its note, when a whole row is one line, as in
        a PDF); None when it does not end with a value."""
        groups = value_groups(text.split(" "))
        if self.template.note and groups and not NUMBER.match(groups[-1]):
            with_note = self.cells_from_end(groups[:-1])
            if with_note and with_note[1] and not with_note[2]:
                return with_note[0], {**with_note[1], self.template.note: groups[-1]}, []
        return self.cells_from_end(groups)

    def cells_from_end(self, groups: list[str]) -> tuple[str, dict[str, str], list[str]] | None:
        groups = list(groups)
        columns = list(self.template.indicators)
        cells: dict[str, str] = {}
        while columns and groups:
            column = columns[-1]
            if column in NUMERIC_COLUMNS and not (NUMBER.match(groups[-1]) or comparable(groups[-1]) in words("dash")):
                break
            cells[column] = groups.pop()
            columns.pop()
        if not cells or (columns and groups):
            return None
        return " ".join(groups), cells, columns

    # blocks after the total --------------------------------------------------------------
    def read_blocks(self, lines: list[Line]) -> None:
        labels = meanings("block_label")
        index = 0
        while index < len(lines):
            joined = word_over_lines(lines[index:], set(labels))
            if not joined:
                index += 1
                continue
            word, count = joined
            index += count
            value: list[Line] = []
            while (
                index < len(lines) and not word_over_lines(lines[index:], set(labels)) and len(value) < MAX_BLOCK_LINES
            ):
                value.append(lines[index])
                index += 1
                if value[-1].text.endswith("。") or not re.search(r"[，。；]", value[0].text):
                    break
            if value:
                put(self.evaluation, labels[word], "".join(line.text for line in value), value[0])
