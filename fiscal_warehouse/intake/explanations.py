"""The explanations of a report (情况说明, 概况, 绩效 summaries) read into the narrative seeds.

One reader for every report: sections are found by their headings and sentences by their
patterns, both data (definitions/explanation_sections.csv, explanation_sentences.csv). Every
value keeps the line (and, in a PDF, the page) where its first character is printed. What
the reader cannot read, it lists (section, place, why); it never stops a report from building.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from fiscal_warehouse.documents import PROJECT_DIR
from fiscal_warehouse.intake.definitions import vocabulary
from fiscal_warehouse.intake.explanation_definitions import (
    LIST_SEPARATORS,
    SectionDefinition,
    Sentence,
    Slot,
    section_definitions,
    sentences,
)
from fiscal_warehouse.intake.passage import Passage, Place

# A heading line starts with its number: 第三部分, 五、, （二）.
HEADING_NUMBER = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
TOP_LEVEL_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)")
RESTATED_SEED = "restated_figures"
SEQUENCE = "{seq}"


@dataclass
class Unread:
    section: str
    place: str  # "line 12" or "page 3 line 12"
    why: str
    sentence: str = ""  # the template sentence none of whose variants matched


@dataclass
class Reading:
    """Rows per seed (values as printed with their places), in document order; what was not read."""

    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    unread: list[Unread] = field(default_factory=list)


@dataclass
class _Span:
    section: str
    start: int
    end: int
    place: Place


def key_columns(seed_name: str) -> list[str]:
    """The seed's primary key without report_id, from the input contract."""
    with open(PROJECT_DIR / "datapackage.json", encoding="utf-8") as handle:
        resources = {resource["name"]: resource for resource in json.load(handle)["resources"]}
    return [column for column in resources[seed_name]["schema"]["primaryKey"] if column != "report_id"]


def cite(place: Place) -> str:
    return f"line {place.line}" if place.page is None else f"page {place.page} line {place.line}"


def _defined_heading(text: str, definitions: tuple[SectionDefinition, ...]) -> SectionDefinition | None:
    """The section a line heads: after its number, or, for a section printed without one, as
    the whole line."""
    numbered = HEADING_NUMBER.match(text) is not None
    title = HEADING_NUMBER.sub("", text)
    return next((d for d in definitions if d.numbered == numbered and d.heading.search(title)), None)


def find_sections(passage: Passage, document_kind: str) -> dict[str, list[_Span]]:
    """Each defined section's text spans: every place its heading is printed (a table of
    contents, a glossary entry and the section itself may share a heading)."""
    definitions = section_definitions(document_kind)
    headings = [
        line
        for line in passage.lines()
        if HEADING_NUMBER.match(line.text) or _defined_heading(line.text, definitions) is not None
    ]
    found: dict[str, list[_Span]] = {}
    for index, heading in enumerate(headings):
        definition = _defined_heading(heading.text, definitions)
        if definition is None:
            continue
        end = len(passage.text)
        for following in headings[index + 1 :]:
            if TOP_LEVEL_HEADING.match(following.text) or _defined_heading(following.text, definitions) is not None:
                end = following.start
                break
        found.setdefault(definition.section, []).append(_Span(definition.section, heading.end, end, heading.place))
    return found


def best_spans(passage: Passage, candidates: dict[str, list[_Span]]) -> dict[str, _Span]:
    """Of the places a section's heading is printed, the one where most of its sentences are
    read (then the longest): the section itself, not its line in a table of contents."""

    def score(span: _Span) -> tuple[int, int]:
        read = sum(
            1
            for sentence in sentences()
            if sentence.section == span.section and sentence.pattern.search(passage.text, span.start, span.end)
        )
        return read, span.end - span.start

    return {section: max(spans, key=score) for section, spans in candidates.items()}


def _number(text: str) -> str:
    return text.replace(",", "")


def _list_items(passage: Passage, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """Top-level items of 'a、b（c、d）、e' (or of '一是a；二是b。') as squeezed spans; none empty."""
    items, depth, item_start = [], 0, start
    for position in range(start, end + 1):
        char = passage.text[position] if position < end else separators[0]
        if char == "（":
            depth += 1
        elif char == "）":
            depth -= 1
        elif char in separators and depth == 0:
            if position > item_start:
                items.append((item_start, position))
            item_start = position + 1
    return items


class _Rows:
    """Rows being filled, by seed and key; the first sentence to fill a cell wins."""

    def __init__(self, report_id: str, paged: bool):
        self.report_id = report_id
        self.paged = paged
        self.by_seed: dict[str, dict[tuple, tuple[int, dict[str, str]]]] = {}
        self.keys: dict[str, list[str]] = {}
        self.first_value: dict[int, int] = {}  # id of a row -> where its first value is printed

    def row(self, seed: str, fixed: dict[str, str], position: int) -> tuple[dict[str, str], str]:
        key = tuple(fixed.get(column, "") for column in self.key_of(seed))
        rows = self.by_seed.setdefault(seed, {})
        if key not in rows:
            rows[key] = (position, {"report_id": self.report_id, **fixed})
        return rows[key][1], "|".join((self.report_id, *key))

    def key_of(self, seed: str) -> list[str]:
        if seed not in self.keys:
            self.keys[seed] = key_columns(seed)
        return self.keys[seed]

    def put(self, row: dict[str, str], column: str, value: str, passage: Passage, position: int) -> None:
        keyed_without_place = row.get(column) == value and not row.get(f"{column}_line")
        if row.get(column, "") != "" and not keyed_without_place:
            return
        self.first_value[id(row)] = min(self.first_value.get(id(row), position), position)
        place = passage.place(position)
        row[column] = value
        row[f"{column}_line"] = str(place.line)
        if self.paged:
            row[f"{column}_page"] = str(place.page)


def _fill(rows: _Rows, passage: Passage, sentence: Sentence, match: re.Match, ordinal: int) -> None:
    fixed = {column: value.replace("{#}", str(ordinal)) for column, value in sentence.row}
    for slot in sentence.slots:
        if slot.kind == "key":
            fixed[slot.column] = match.group(slot.group)
        elif slot.kind == "name" and slot.column in rows.key_of(sentence.seed_name) and match.group(slot.group):
            # A name in the seed's key (a 类 named by two sentences): both fill the row it names.
            fixed[slot.column] = _value(passage, slot, match)
    lists = [slot for slot in sentence.slots if slot.kind in LIST_SEPARATORS]
    if lists:
        slot = lists[0]
        items = _list_items(passage, match.start(slot.group), match.end(slot.group), LIST_SEPARATORS[slot.kind])
        for item_ordinal, (start, end) in enumerate(items, start=1):
            item_fixed = {column: value.replace("{item}", str(item_ordinal)) for column, value in fixed.items()}
            row, _ = rows.row(sentence.seed_name, item_fixed, start)
            shaped = sentence.item_pattern and sentence.item_pattern[0].fullmatch(passage.text, start, end)
            if shaped:
                for item_slot in sentence.item_pattern[1]:
                    _put_slot(rows, row, passage, item_slot, shaped)
            else:
                rows.put(row, slot.column, passage.printed_between(start, end), passage, start)
        return
    row, row_key = rows.row(sentence.seed_name, fixed, match.start())
    for slot in sentence.slots:
        if slot.kind == "key" or match.group(slot.group) is None:  # an optional slot not printed
            continue
        if not slot.restated:
            _put_slot(rows, row, passage, slot, match)
            continue
        start = match.start(slot.group)
        value = _value(passage, slot, match)
        if slot.restated:
            restated, _ = rows.row(
                RESTATED_SEED,
                {
                    "seed_name": sentence.seed_name,
                    "row_key": row_key,
                    "column_name": slot.column,
                    "value_line": str(passage.place(start).line),
                },
                start,
            )
            restated["value"] = value
            if rows.paged:
                restated["value_page"] = str(passage.place(start).page)


def _value(passage: Passage, slot: Slot, match: re.Match) -> str:
    if slot.kind in ("text", "name"):
        return passage.printed_between(match.start(slot.group), match.end(slot.group))
    value = _number(match.group(slot.group))
    direction = match.groupdict().get(f"{slot.group}_direction")
    if slot.kind == "signed" and direction in vocabulary("decrease_word"):
        value = "-" + value
    return value


def _put_slot(rows: _Rows, row: dict[str, str], passage: Passage, slot: Slot, match: re.Match) -> None:
    rows.put(row, slot.column, _value(passage, slot, match), passage, match.start(slot.group))


def read_explanations(passage: Passage, report_id: str, document_kind: str = "final_accounts") -> Reading:
    """The sentences of the sections of a document's kind (final accounts or budget)."""
    sections = best_spans(passage, find_sections(passage, document_kind))
    rows = _Rows(report_id, any(place.page is not None for place in passage.places[:1]))
    reading = Reading()
    read_sentences: set[str] = set()
    for sentence in sentences():
        span = sections.get(sentence.section)
        if span is None:
            continue
        matches = sentence.pattern.finditer(passage.text, span.start, span.end)
        for ordinal, match in enumerate(matches, start=1):
            _fill(rows, passage, sentence, match, ordinal)
            read_sentences.add(sentence.sentence_id)
            if not sentence.repeat:
                break
    for definition in section_definitions(document_kind):
        if definition.section not in sections:
            reading.unread.append(Unread(definition.section, "", "no heading of this section is printed"))
    for sentence in sentences():
        span = sections.get(sentence.section)
        if span is not None and sentence.sentence_id not in read_sentences:
            read_sentences.add(sentence.sentence_id)  # listed once, whatever its variants
            reading.unread.append(
                Unread(
                    sentence.section,
                    cite(span.place),
                    f"no variant of sentence {sentence.sentence_id} matches",
                    sentence.sentence_id,
                )
            )
    for seed, keyed in rows.by_seed.items():
        in_order = sorted(keyed.values(), key=lambda pair: rows.first_value.get(id(pair[1]), pair[0]))
        reading.rows[seed] = _numbered([row for _, row in in_order])
    return reading


def _numbered(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """`{seq}` in a row's fixed columns: its place among the seed's rows, in document order
    (templates list the same items in different orders and with different items)."""
    sequence = 0
    for row in rows:
        if SEQUENCE in row.values():
            sequence += 1
            for column, value in row.items():
                if value == SEQUENCE:
                    row[column] = str(sequence)
    return rows
