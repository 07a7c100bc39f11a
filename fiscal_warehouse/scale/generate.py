"""Synthetic reports for the scale benchmark: N reports written into a data folder.

    python -m fiscal_warehouse.scale.generate --reports 1000 --out /data/synthetic [--seed 0] [--error-rate 0.05]

A data folder has the repo's layout (seeds/, documents/, documents/rendered/), so `make build
DATA=folder` builds it. Each synthetic report is one of the project's own reports (its
templates) under a new id, with:

- every amount (万元 or 元) multiplied by a whole factor drawn for the report, in its seed and
  at its cited line of its document alike, so that every sum still adds up (percentages,
  counts and scores are left as printed);
- at the error rate, one publisher error injected: two digits of one amount that the checks
  reconcile swapped, in the seed and in the document (the report is then published with a
  finding; `injected_errors.csv` lists them);
- its own document (a text report's text, or a PDF report's text rendering, which is what
  its figures cite; the PDF itself is not copied), ending with a line naming the synthetic
  report, and its sha256 in documents/SHA256SUMS.

`synthetic_reports.csv` lists each report's template and factor. Multiplying amounts multiplies
the templates' rounding differences too, so a scaled report has more findings beyond rounding
than its template: the checks have work at any scale.

The same seed number gives byte-identical folders. Reference seeds (codes, regions,
identities, the check registry) are copied as they are; no discrepancy is registered, so
every synthetic report's findings are `not_reviewed`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from fiscal_warehouse.documents import NUMBER_PATTERN, numbers_in_lines, printed_form, squeeze, text_in_lines
from fiscal_warehouse.intake.seed_rows import read_seed

PROJECT_DIR = Path(__file__).resolve().parents[2]
LINE_SUFFIX = "_line"
PAGE_SUFFIX = "_page"
AMOUNT_UNITS = {"万元", "元", "亿元"}
# Per-report seeds written empty: registering a discrepancy is a reviewer's act.
UNREGISTERED_SEEDS = {"known_discrepancies"}
# Seeds whose amounts the reconciliation checks add up: where a publisher error is injected.
RECONCILED_SEEDS = (
    "statement_lines",
    "income_expenditure_totals",
    "income_by_source",
    "expenditure_by_type",
    "general_budget_expenditure",
    "three_public_expenses",
)
# A seed column keeping a cell as printed (separators and all) beside its number column.
PRINTED_TEXT_COLUMNS = {"value": "printed_text"}
# Lines a text value may run on after its cited line (as in int_transcribed_values_located).
TEXT_WINDOW = 80
FACTORS = range(1, 10)
# injected_errors.csv: the amount changed (row_number: its row among the report's rows of the seed).
INJECTED_ERROR_FIELDS = [
    "report_id",
    "seed_name",
    "row_number",
    "column_name",
    "page",
    "line",
    "true_value",
    "published_value",
]


@dataclass(frozen=True)
class Cell:
    """A transcribed value: seed, row (index in the template's rows), column, and where it is printed."""

    seed: str
    row: int
    column: str
    page: int | None
    line: int


@dataclass
class Report:
    """One report's rows of every per-report seed, and its document as pages of lines
    (a text document is one page, cited without a page number)."""

    report_id: str
    rows: dict[str, list[dict[str, str]]]
    pages: list[list[str]]
    is_pdf: bool
    injected: list[dict[str, str]] = field(default_factory=list)

    def lines(self, page: int | None) -> list[str]:
        return self.pages[(page or 1) - 1]

    def cells(self) -> list[Cell]:
        found = []
        for seed, rows in self.rows.items():
            for index, row in enumerate(rows):
                for column in row:
                    line = row.get(column + LINE_SUFFIX, "")
                    if line.isdigit() and row[column]:
                        page = row.get(column + PAGE_SUFFIX, "")
                        found.append(Cell(seed, index, column, int(page) if page.isdigit() else None, int(line)))
        return found

    def value(self, cell: Cell) -> str:
        return self.rows[cell.seed][cell.row][cell.column]


def number(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def is_amount(seed: str, row: dict[str, str], column: str) -> bool:
    """A value in 万元 or 元: by its column's name, or by the unit its row states."""
    if column.endswith("_wan_yuan"):
        return True
    if seed == "restated_figures":
        return not row["column_name"].endswith("_pct")
    if seed == "text_column_figures":
        # Kept as printed: the text holding it is rewritten by printed form, and may print the same
        # number as a count on another of its lines (结转资金 70 万元 … 安排 70 人次).
        return False
    unit = row.get("printed_unit") or row.get("unit") or ""
    return column == "value" and unit in AMOUNT_UNITS


def printed(value: Decimal, decimals: int, separators: bool) -> str:
    """A magnitude printed with the given decimals (and thousands separators, if the original had them)."""
    return f"{abs(value):{',' if separators else ''}.{decimals}f}"


def rewrite_numbers(text: str, replacements: dict[tuple[Decimal, int], Decimal]) -> str:
    """Every number printed in the text whose printed form is replaced, printed anew the same way."""

    def replace(match: re.Match[str]) -> str:
        token = match.group()
        old = number(token.replace(",", ""))
        if old is None or printed_form(old) not in replacements:
            return token
        return printed(replacements[printed_form(old)], printed_form(old)[1], "," in token)

    return NUMBER_PATTERN.sub(replace, text)


def text_span(lines: list[str], text: str, line: int) -> int:
    """The last line a text value runs into from its cited line (whitespace ignored)."""
    wanted = squeeze(text)
    window = lines[line - 1 : line + TEXT_WINDOW]
    joined = squeeze("".join(window))
    start = joined.find(wanted)
    if start == -1:
        return line + TEXT_WINDOW
    end, covered = start + len(wanted), 0
    for offset, window_line in enumerate(window):
        covered += len(squeeze(window_line))
        if covered >= end:
            return line + offset
    return line + TEXT_WINDOW


def replace_at_lines(report: Report, changes: dict[tuple[int | None, int], dict[tuple[Decimal, int], Decimal]]) -> None:
    """Print new numbers at lines: in the document, and in every value that cites the line (or,
    for a text, runs through it) with the same printed form."""
    for cell in report.cells():
        row = report.rows[cell.seed][cell.row]
        value = number(row[cell.column])
        if value is not None:
            new = changes.get((cell.page, cell.line), {}).get(printed_form(value))
            if new is not None:
                decimals = printed_form(value)[1]
                row[cell.column] = ("-" if value < 0 else "") + printed(new, decimals, False)
                text_column = PRINTED_TEXT_COLUMNS.get(cell.column)
                if text_column in row:
                    row[text_column] = rewrite_numbers(row[text_column], {printed_form(value): new})
            continue
        touched = [(line, replacements) for (page, line), replacements in changes.items() if page == cell.page]
        if any(cell.line <= line <= cell.line + TEXT_WINDOW for line, _ in touched):
            last = text_span(report.lines(cell.page), row[cell.column], cell.line)
            # One pass: a number already rewritten must not be rewritten again by a later line.
            spanned = {
                form: new
                for line, replacements in touched
                if cell.line <= line <= last
                for form, new in replacements.items()
            }
            row[cell.column] = rewrite_numbers(row[cell.column], spanned)
    for (page, line), replacements in changes.items():
        lines = report.lines(page)
        lines[line - 1] = rewrite_numbers(lines[line - 1], replacements)


def misplaced(report: Report) -> list[str]:
    """Values no longer printed at their cited line (none, when a rewrite went right)."""
    problems = []
    for cell in report.cells():
        value, lines = report.value(cell), report.lines(cell.page)
        amount = number(value)
        found = (
            printed_form(amount) in numbers_in_lines(lines, cell.line)
            if amount is not None
            else text_in_lines(lines, value, cell.line, paged=cell.page is not None)
        )
        if not found:
            problems.append(f"{report.report_id}: {cell.seed} row {cell.row + 2} {cell.column} {value!r}")
    return problems


@dataclass(frozen=True)
class Source:
    """The project's reports (or another data folder's): the templates of synthetic reports."""

    folder: Path

    @cache  # noqa: B019 (one Source per run)
    def per_report_seeds(self) -> dict[str, tuple[list[str], list[dict[str, str]]]]:
        seeds = {}
        for path in sorted((self.folder / "seeds").glob("*.csv")):
            header, rows = read_seed(path)
            if "report_id" in header:
                seeds[path.stem] = (header, rows)
        return seeds

    def template_ids(self) -> list[str]:
        """The final-accounts reports: copies of one department's budget beside copies of its
        final accounts would pair every copy with every other."""
        reports = self.per_report_seeds()["reports"][1]
        return [row["report_id"] for row in reports if row.get("document_kind", "final_accounts") == "final_accounts"]

    def template(self, report_id: str) -> Report:
        rows = {
            seed: [dict(row) for row in seed_rows if row["report_id"] == report_id]
            for seed, (_, seed_rows) in self.per_report_seeds().items()
            if seed not in UNREGISTERED_SEEDS
        }
        document = rows["reports"][0]["source_document"]
        is_pdf = document.lower().endswith(".pdf")
        path = self.folder / "documents" / ("rendered/" + document + ".txt" if is_pdf else document)
        text = path.read_text(encoding="utf-8")
        pages = text.rstrip("\n").split("\f") if is_pdf else [text.removesuffix("\n")]
        return Report(report_id, rows, [page.split("\n") for page in pages], is_pdf)

    @cache  # noqa: B019
    def scaled(self, report_id: str, factor: int) -> Report:
        """A template with every amount multiplied by the factor, checked value by value."""
        report = self.template(report_id)
        changes: dict[tuple[int | None, int], dict[tuple[Decimal, int], Decimal]] = {}
        kept: set[tuple[int | None, int, tuple[Decimal, int]]] = set()
        for cell in report.cells():
            row = report.rows[cell.seed][cell.row]
            value = number(row[cell.column])
            if value is None:
                continue
            if is_amount(cell.seed, row, cell.column):
                changes.setdefault((cell.page, cell.line), {})[printed_form(value)] = abs(value) * factor
            else:
                kept.add((cell.page, cell.line, printed_form(value)))
        # A count printed the same as an amount on the same line ("每缴费1年加发1元") keeps both as printed.
        for page, line, form in kept:
            changes.get((page, line), {}).pop(form, None)
        replace_at_lines(report, changes)
        problems = misplaced(report)
        if problems:
            raise ValueError(f"scaling {report_id} by {factor} misplaces values:\n" + "\n".join(problems[:20]))
        return report


def copy_report(report: Report) -> Report:
    return Report(
        report.report_id,
        {seed: [dict(row) for row in rows] for seed, rows in report.rows.items()},
        [list(page) for page in report.pages],
        report.is_pdf,
    )


def swapped_digits(value: str, rng: random.Random) -> str | None:
    """The value with two different adjacent digits of its whole part swapped (a typo), or None."""
    whole = value.lstrip("-").split(".")[0]
    pairs = [i for i in range(len(whole) - 1) if whole[i] != whole[i + 1] and not (i == 0 and whole[i + 1] == "0")]
    if not pairs:
        return None
    i = rng.choice(pairs)
    sign = "-" if value.startswith("-") else ""
    swapped = whole[:i] + whole[i + 1] + whole[i] + whole[i + 2 :]
    return sign + swapped + value.lstrip("-")[len(whole) :]


def inject_error(report: Report, rng: random.Random) -> None:
    """Swap two digits of one reconciled amount, in the seed and at its line (as a publisher would)."""
    candidates = [
        cell
        for cell in report.cells()
        if cell.seed in RECONCILED_SEEDS
        and is_amount(cell.seed, report.rows[cell.seed][cell.row], cell.column)
        and number(report.value(cell))
    ]
    rng.shuffle(candidates)
    for cell in candidates[:20]:
        original = report.value(cell)
        typo = swapped_digits(original, rng)
        if typo is None:
            continue
        trial = copy_report(report)
        replace_at_lines(trial, {(cell.page, cell.line): {printed_form(Decimal(original)): abs(Decimal(typo))}})
        if misplaced(trial):
            continue
        report.rows, report.pages = trial.rows, trial.pages
        report.injected.append(
            {
                "report_id": report.report_id,
                "seed_name": cell.seed,
                "row_number": str(cell.row + 1),
                "column_name": cell.column,
                "page": "" if cell.page is None else str(cell.page),
                "line": str(cell.line),
                "true_value": original,
                "published_value": typo,
            }
        )
        return


def renamed(report: Report, template_id: str, report_id: str) -> Report:
    """The report's rows under a new report id (also inside restated figures' row keys)."""
    for rows in report.rows.values():
        for row in rows:
            row["report_id"] = report_id
            if row.get("row_key", "").startswith(template_id + "|"):
                row["row_key"] = report_id + row["row_key"][len(template_id) :]
    report.report_id = report_id
    return report


def document_name(report: Report) -> str:
    return report.report_id + (".pdf" if report.is_pdf else ".txt")


def document_text(report: Report) -> str:
    """The document, ending with a line that names the synthetic report (so that no two are alike)."""
    pages = [list(page) for page in report.pages]
    pages[-1].append(f"（合成报告 {report.report_id}）")
    return "\f".join("\n".join(page) for page in pages) + "\n"


def write_csv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def generate(
    out: Path, count: int, seed: int = 0, error_rate: float = 0.05, source: Path = PROJECT_DIR
) -> dict[str, int]:
    """Write `count` synthetic reports into the data folder `out` (replacing what it held)."""
    templates = Source(source)
    template_ids = templates.template_ids()
    rng = random.Random(seed)
    seeds_dir, documents_dir = out / "seeds", out / "documents"
    # Only a folder this generator wrote is replaced: a user's own data folder is never wiped.
    if (seeds_dir.exists() or documents_dir.exists()) and not (out / "synthetic_reports.csv").exists():
        raise FileExistsError(f"{out} holds seeds or documents that are not synthetic: choose an empty folder")
    for folder in (seeds_dir, documents_dir):
        shutil.rmtree(folder, ignore_errors=True)
    (documents_dir / "rendered").mkdir(parents=True)
    seeds_dir.mkdir(parents=True)
    for path in sorted((source / "seeds").glob("*.csv")):
        if path.stem not in templates.per_report_seeds():
            shutil.copyfile(path, seeds_dir / path.name)

    per_report = templates.per_report_seeds()
    handles = {name: (seeds_dir / f"{name}.csv").open("w", encoding="utf-8", newline="") for name in per_report}
    writers = {
        name: csv.DictWriter(handles[name], fieldnames=header, lineterminator="\n")
        for name, (header, _) in per_report.items()
    }
    for writer in writers.values():
        writer.writeheader()
    injected: list[dict[str, str]] = []
    generated: list[dict[str, str]] = []
    manifest: list[str] = []
    width = len(str(count))
    try:
        for index in range(1, count + 1):
            template_id = template_ids[(index - 1) % len(template_ids)]
            factor = rng.choice(FACTORS)
            report = renamed(
                copy_report(templates.scaled(template_id, factor)), template_id, f"syn{index:0{width}d}_{template_id}"
            )
            if rng.random() < error_rate:
                inject_error(report, rng)
            text = document_text(report)
            path = documents_dir / (
                "rendered/" + document_name(report) + ".txt" if report.is_pdf else document_name(report)
            )
            path.write_text(text, encoding="utf-8")
            sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
            manifest.append(f"{sha256}  {path.relative_to(documents_dir)}")
            report.rows["reports"][0].update(source_document=document_name(report), source_sha256=sha256)
            for name, rows in report.rows.items():
                writers[name].writerows(rows)
            injected += report.injected
            generated.append({"report_id": report.report_id, "template_id": template_id, "factor": str(factor)})
            if index % 1000 == 0:
                print(f"  {index:,} reports written", file=sys.stderr)
    finally:
        for handle in handles.values():
            handle.close()
    (documents_dir / "SHA256SUMS").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    write_csv(out / "synthetic_reports.csv", ["report_id", "template_id", "factor"], generated)
    write_csv(out / "injected_errors.csv", INJECTED_ERROR_FIELDS, injected)
    return {"reports": count, "injected_errors": len(injected), "templates": len(template_ids)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic reports into a data folder.")
    parser.add_argument("--reports", type=int, required=True, help="how many reports")
    parser.add_argument(
        "--out", type=Path, required=True, help="the data folder (its seeds/ and documents/ are replaced)"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (the same seed gives the same folder)")
    parser.add_argument(
        "--error-rate", type=float, default=0.05, help="share of reports with an injected publisher error"
    )
    arguments = parser.parse_args(argv)
    started = time.monotonic()
    try:
        summary = generate(arguments.out, arguments.reports, arguments.seed, arguments.error_rate)
    except FileExistsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(
        f"wrote {summary['reports']:,} reports from {summary['templates']} templates into {arguments.out} "
        f"({summary['injected_errors']} with an injected error) in {time.monotonic() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
