"""A document's text as one string, every character tied to the page and line it is printed on.

Sentences of the explanations run across lines (a text extraction breaks them every twenty
characters or so), so they are matched on the lines joined back together. Two forms of the
same text are kept: `printed` (each line stripped, runs of whitespace as one space; how a text
value is written into a seed) and `squeezed` (no whitespace at all, ASCII punctuation as the
full-width forms the template uses; what patterns are matched against). Thousands separators
between digits stay commas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ASCII punctuation written for its full-width form; a comma between digits is a thousands separator.
FULL_WIDTH = str.maketrans({"(": "（", ")": "）", ":": "：", ";": "；", "%": "％"})
PAGE_NUMBER_LINE = re.compile(r"^\s*-?\s*\d{1,4}\s*-?\s*$")


@dataclass(frozen=True)
class Place:
    page: int | None  # None for a text document
    line: int


@dataclass(frozen=True)
class Heading:
    text: str  # squeezed
    place: Place
    start: int  # position in the squeezed text where the heading line starts
    end: int  # position after it


class Passage:
    """The joined text of a document (or of part of it)."""

    def __init__(self, pages: list[list[str]], paged: bool):
        printed: list[str] = []
        places: list[Place] = []
        squeezed: list[str] = []
        to_printed: list[int] = []
        self.line_starts: list[tuple[int, int, Place, str]] = []  # (squeezed start, end, place, line squeezed)
        for page_number, lines in enumerate(pages, start=1):
            for line_number, raw in enumerate(lines, start=1):
                if not raw.strip() or PAGE_NUMBER_LINE.match(raw):
                    continue
                place = Place(page_number if paged else None, line_number)
                text = re.sub(r"\s+", " ", raw.strip())
                line_start = len(squeezed)
                for char in text:
                    if char != " ":
                        squeezed.append(char)
                        to_printed.append(len(printed))
                    printed.append(char)
                    places.append(place)
                self.line_starts.append((line_start, len(squeezed), place, "".join(squeezed[line_start:])))
        self.printed = "".join(printed)
        self.places = places
        self.to_printed = to_printed
        self.text = _full_width("".join(squeezed))

    @classmethod
    def of_text(cls, text: str) -> Passage:
        return cls([text.split("\n")], paged=False)

    @classmethod
    def of_rendered_pdf(cls, rendering: str) -> Passage:
        return cls([page.split("\n") for page in rendering.rstrip("\n").split("\f")], paged=True)

    def place(self, position: int) -> Place:
        """Where the character at a squeezed position is printed."""
        return self.places[self.to_printed[position]]

    def printed_between(self, start: int, end: int) -> str:
        """The printed text (single spaces kept) of a squeezed span."""
        if end <= start:
            return ""
        return self.printed[self.to_printed[start] : self.to_printed[end - 1] + 1].strip()

    def lines(self) -> list[Heading]:
        return [Heading(_full_width(text), place, start, end) for start, end, place, text in self.line_starts]


def _full_width(text: str) -> str:
    text = text.translate(FULL_WIDTH)
    return re.sub(r"(?<!\d),|,(?!\d)", "，", text)
