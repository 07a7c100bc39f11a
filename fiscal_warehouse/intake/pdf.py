"""A PDF as pages of text lines: the rendering that the provenance of every figure cites.

Each page's characters are grouped into lines by position, not by the order they are stored
in (glyphs are sometimes stored out of reading order), and each line's characters are ordered
left to right. Characters are read with pypdfium2, which is fast; the pages that hold statement
tables are parsed by pdfplumber anyway, and their characters are taken from it (pdfium's text
page leaves out a glyph stored after a later line). The rendering is deterministic:
the same PDF always gives the same lines, so "page 8, line 12" means the same thing to the
reader, the warehouse and a user who opens the rendered text.

A document that cannot be read this way (not a PDF, encrypted, corrupt, no text layer) raises
UnreadableDocument with a one-line reason.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

# Characters of one line may sit a little above or below each other (digits are often set a
# few points lower than the Chinese text of the same line): a character joins a line when its
# vertical centre lies within this fraction of the line's height from the line's centre.
SAME_LINE_FRACTION = 0.45
# A horizontal gap wider than this fraction of the character height separates two words.
WORD_GAP_FRACTION = 0.2
# A document with fewer printed characters per page than this has no usable text layer (a scan).
MIN_CHARACTERS_PER_PAGE = 20
PAGE_SEPARATOR = "\f"


class UnreadableDocument(Exception):
    """A document the reader cannot take in; str() is the one-line reason."""


@dataclass(frozen=True)
class Char:
    text: str
    x0: float
    top: float  # distance from the top of the page, as pdfplumber measures it
    x1: float
    bottom: float


@dataclass(frozen=True)
class Line:
    page: int  # 1-based
    number: int  # 1-based line number on its page
    chars: tuple[Char, ...]
    text: str

    @property
    def top(self) -> float:
        return min(char.top for char in self.chars)

    @property
    def bottom(self) -> float:
        return max(char.bottom for char in self.chars)


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]


def _check_is_pdf(path: Path) -> None:
    if not path.is_file():
        raise UnreadableDocument(f"{path}: no such file")
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise UnreadableDocument(f"{path}: not a PDF (the file does not start with %PDF-)")


def open_pdf(path: Path) -> pdfium.PdfDocument:
    _check_is_pdf(path)
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        reason = str(error)
        if "password" in reason.lower():
            raise UnreadableDocument(f"{path}: the PDF is encrypted (password protected)") from None
        raise UnreadableDocument(f"{path}: the PDF is damaged and cannot be opened ({reason})") from None


def _page_chars(page: pdfium.PdfPage) -> list[Char]:
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        chars = []
        # get_text_range returns one character per index here (no surrogate pairs in these reports);
        # fall back to per-character reads where the lengths differ.
        per_index = len(text) == count
        for index in range(count):
            character = text[index] if per_index else textpage.get_text_range(index, 1)
            if not character.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(index, loose=True)
            chars.append(Char(character, left, height - top, right, height - bottom))
        return chars
    finally:
        textpage.close()


def _group_lines(page_number: int, chars: list[Char]) -> tuple[Line, ...]:
    """Characters grouped into lines by vertical position, each line ordered left to right."""
    rows: list[list[Char]] = []
    centres: list[float] = []
    heights: list[float] = []
    for char in sorted(chars, key=lambda c: ((c.top + c.bottom) / 2, c.x0)):
        centre, height = (char.top + char.bottom) / 2, max(char.bottom - char.top, 1.0)
        if rows and abs(centre - centres[-1]) <= SAME_LINE_FRACTION * max(height, heights[-1]):
            rows[-1].append(char)
            continue
        rows.append([char])
        centres.append(centre)
        heights.append(height)
    lines = []
    for number, row in enumerate(rows, start=1):
        ordered = sorted(row, key=lambda c: (c.x0, c.top))
        pieces = [ordered[0].text]
        for before, after in zip(ordered, ordered[1:], strict=False):
            gap = after.x0 - before.x1
            if gap > WORD_GAP_FRACTION * max(after.bottom - after.top, 1.0):
                pieces.append(" ")
            pieces.append(after.text)
        lines.append(Line(page_number, number, tuple(ordered), "".join(pieces)))
    return tuple(lines)


def page_from_plumber(page_number: int, plumbed) -> Page:
    """A page as lines from the characters pdfplumber reads (coordinates from the top, as pdfium's here)."""
    chars = [Char(c["text"], c["x0"], c["top"], c["x1"], c["bottom"]) for c in plumbed.chars if c["text"].strip()]
    return Page(page_number, plumbed.width, plumbed.height, _group_lines(page_number, chars))


def read_pages(path: Path) -> list[Page]:
    """Every page of the PDF as lines of text; raises UnreadableDocument."""
    document = open_pdf(path)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                chars = _page_chars(page)
                pages.append(Page(index + 1, page.get_width(), page.get_height(), _group_lines(index + 1, chars)))
            finally:
                page.close()
    except pdfium.PdfiumError as error:
        raise UnreadableDocument(f"{path}: the PDF is damaged ({error})") from None
    finally:
        document.close()
    if not pages:
        raise UnreadableDocument(f"{path}: the PDF has no pages")
    printed = sum(len(line.chars) for page in pages for line in page.lines)
    if printed < MIN_CHARACTERS_PER_PAGE * len(pages):
        raise UnreadableDocument(
            f"{path}: no text layer ({printed} characters on {len(pages)} pages; a scanned document needs OCR first)"
        )
    return pages


def rendering(pages: list[Page]) -> str:
    """The text rendering that provenance cites: pages separated by form feeds, one line per line."""
    return PAGE_SEPARATOR.join("\n".join(line.text for line in page.lines) for page in pages) + "\n"


@contextmanager
def upright(path: Path) -> Iterator[Path]:
    """The PDF to read: the document itself, or an upright copy of it while the block runs."""
    with tempfile.TemporaryDirectory(prefix="fiscal-upright-") as folder:
        yield upright_copy(path, Path(folder))


def upright_copy(path: Path, folder: Path) -> Path:
    """The PDF itself, or, when some pages are rotated (/Rotate), a copy in `folder` whose pages
    are turned upright: their content transformed as displayed, rotation 0. pdfplumber does not
    apply /Rotate, so a landscape table on a rotated page would read as columns of rows."""
    document = open_pdf(path)
    try:
        rotated = [index for index in range(len(document)) if document[index].get_rotation() % 360]
        if not rotated:
            return path
        for index in rotated:
            page = document[index]
            left, bottom, right, top = page.get_mediabox()
            width, height = right - left, top - bottom
            # (x, y) as displayed after the page is turned clockwise by 90, 180 or 270 degrees.
            a, b, c, d, e, f = {
                90: (0, -1, 1, 0, -bottom, width + left),
                180: (-1, 0, 0, -1, width + left, height + bottom),
                270: (0, 1, -1, 0, height + bottom, -left),
            }[page.get_rotation() % 360]
            matrix = pdfium_raw.FS_MATRIX(a, b, c, d, e, f)
            pdfium_raw.FPDFPage_TransFormWithClip(page.raw, matrix, None)
            turned = page.get_rotation() % 180 == 90
            page.set_mediabox(0, 0, height if turned else width, width if turned else height)
            page.set_cropbox(0, 0, height if turned else width, width if turned else height)
            page.set_rotation(0)
            page.gen_content()
        copy = folder / f"upright_{path.name}"
        document.save(str(copy))
        return copy
    finally:
        document.close()
