"""Which kind of document a PDF is (final accounts or budget), from the words it prints.

The words are data (definitions/vocabulary.csv, kinds final_accounts_word and budget_word):
a document is of the kind whose words more of its lines print; a tie is a final-accounts
report, the kind the warehouse began with. `make add-report KIND=…` overrides it.
"""

from __future__ import annotations

from fiscal_warehouse.intake.definitions import DOCUMENT_KINDS, comparable, vocabulary
from fiscal_warehouse.intake.pdf import Page


def lines_printing(pages: list[Page], document_kind: str) -> int:
    words = vocabulary(f"{document_kind}_word")
    return sum(any(word in comparable(line.text) for word in words) for page in pages for line in page.lines)


def document_kind(pages: list[Page]) -> str:
    counts = {kind: lines_printing(pages, kind) for kind in DOCUMENT_KINDS}
    return "budget" if counts["budget"] > counts["final_accounts"] else "final_accounts"
