"""Cells printed one after another in a table's flattened text, with nothing to mark where one
ends and the next begins.

- The overall goal (年度总体目标): the expected goal's lines, then the actual's. The two columns
  differ in width, so the split is where each cell's lines (but its last) fill its width best.
- An indicator row whose cells are split over lines of one or two characters (工资 / 发放 / 人数 /
  >=11 / 人 / 计划 / 标准 / 10 / 按照 / 正常 / …). Read from its last cell back: a number for a
  numeric column; a word of the vocabulary for a column that has words (指标值设定依据: 计划标准);
  a text ending with one of its ending words (赋分, 凭证); else a value (a number with its comparison
  sign and unit words, a word value such as 有效提升, a dash) or nothing. What is left first is
  the indicator's name. The words are data (`self_evaluation_vocabulary.csv`).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from fiscal_warehouse.intake.definitions import comparable
from fiscal_warehouse.intake.self_evaluation_cells import NUMBER, NUMERIC_COLUMNS, VALUE_START, Line, value_groups
from fiscal_warehouse.intake.self_evaluation_definitions import vocabulary_rows, words

SENTENCE_END = "。"
NUMBER_PART = set("0123456789.")
WORD_KINDS = ("cell_word", "cell_ending")
Cell = tuple[str, Line]  # the cell's text and the line it starts on


def display_width(text: str) -> int:
    """A line's printed width: a Chinese or full-width character takes two columns, others one."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def split_by_width(lines: list[Line]) -> int | None:
    """Where two text cells printed one after the other part: after a line ending a sentence, where
    each cell's lines but its last fill that cell's width best (the columns differ in width).
    None when no line before the last ends a sentence."""
    best: tuple[int, int] | None = None
    for split in range(1, len(lines)):
        if not lines[split - 1].text.endswith(SENTENCE_END):
            continue
        shortfall = 0
        for part in (lines[:split], lines[split:]):
            widths = [display_width(line.text) for line in part]
            shortfall += sum(max(widths) - width for width in widths[:-1])
        if best is None or shortfall < best[0]:
            best = (shortfall, split)
    return best[1] if best else None


def overall_goal(lines: list[Line]) -> tuple[list[Line], list[Line]] | Line | None:
    """(the expected goal's lines, the actual's) after the header line holding 预期目标, up to the
    indicator header (一级指标, maybe split: 一级 / 指标); None without that header; the header
    line when no sentence end parts the two."""
    starts = [index for index, line in enumerate(lines) if line.tight.startswith(words("goal_header"))]
    if not starts:
        return None
    block = []
    for line in lines[starts[0] + 1 :]:
        if any(word.startswith(line.tight) or line.tight.startswith(word) for word in words("indicator_header_start")):
            break
        block.append(line)
    split = split_by_width(block)
    return (block[:split], block[split:]) if split else lines[starts[0]]


@cache
def column_words(kind: str) -> dict[str, tuple[str, ...]]:
    """column -> its words of one kind (`cell_word`: a whole cell; `cell_ending`: a cell's end)."""
    found: dict[str, list[str]] = {}
    for row in vocabulary_rows():
        if row["kind"] == kind:
            found.setdefault(row["meaning"], []).append(comparable(row["text"]))
    return {column: tuple(texts) for column, texts in found.items()}


def tokens_of(lines: list[Line]) -> list[Line]:
    """The fragments as tokens: a line with a number split into its values (`12 次 10`: two)."""
    tokens: list[Line] = []
    for line in lines:
        if any(character.isdigit() for character in line.text):
            tokens.extend(line.part(group) for group in value_groups(line.text.split(" ")))
        else:
            tokens.append(line)
    return tokens


def joined(tokens: list[Line]) -> str:
    return "".join(token.text for token in tokens)


def is_cell(tokens: list[Line], column: str) -> bool:
    """Whether the tokens, joined, are a whole cell of `column` (no tokens: an empty cell)."""
    if not tokens:  # only a value column may print nothing (上年完成值 of a new project)
        return not any(column in words_of for words_of in (NUMERIC_COLUMNS, *map(column_words, WORD_KINDS)))
    text = comparable(joined(tokens))
    if column in NUMERIC_COLUMNS:
        return len(tokens) == 1 and (NUMBER.match(tokens[0].text) is not None or text in words("dash"))
    if column in column_words("cell_word"):
        return text in column_words("cell_word")[column]
    if any(character.isdigit() for character in text) and not VALUE_START.match(tokens[0].text):
        return False
    if column in column_words("cell_ending"):
        return text.endswith(column_words("cell_ending")[column])
    if VALUE_START.match(tokens[0].text):
        return is_value(tokens)
    return text in words("word_value") or (len(tokens) == 1 and text in words("dash"))


def is_value(tokens: list[Line]) -> bool:
    """A number, possibly split over lines (`>=860` / `0 人`, `=94.6` / `1%`), then its unit words."""
    for previous, token in zip(tokens, tokens[1:], strict=False):
        continues_number = token.text[:1] in NUMBER_PART and previous.text[-1:] in NUMBER_PART
        if not (continues_number or comparable(token.text) in words("unit")):
            return False
    return True


def fragment_row(fragments: list[Line], columns: list[str]) -> tuple[list[Line], dict[str, Cell]] | None:
    """(name tokens, column -> cell) when the fragments are a name followed by exactly the cells of
    `columns`; None when they are not (the row is not complete yet, or not in this layout)."""
    tokens = tokens_of(fragments)

    @cache  # by (end, count): a long run of text that parts no way is searched once per place
    def cells_before(end: int, count: int) -> tuple[int, dict[str, Cell]] | None:
        """(where the name ends, the cells of the first `count` columns) when they end at token `end`."""
        if not count:
            # the name: at least one token, not ending with a value that belongs to the next cell
            return (end, {}) if end > 0 and not VALUE_START.match(tokens[end - 1].text) else None
        column = columns[count - 1]
        for start in [*range(end - 1, -1, -1), end]:  # the shortest cell first, an empty one last
            if not is_cell(tokens[start:end], column):
                continue
            earlier = cells_before(start, count - 1)
            if earlier is not None:
                name_end, cells = earlier
                return name_end, cells | ({column: (joined(tokens[start:end]), tokens[start])} if start < end else {})
        return None

    found = cells_before(len(tokens), len(columns))
    if found is None:
        return None
    name_end, cells = found
    return tokens[:name_end], cells
