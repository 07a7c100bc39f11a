"""Adding reports: read each PDF, write its seed rows and documents, build once, review."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
from tqdm import tqdm

from fiscal_warehouse import incremental, lock
from fiscal_warehouse.build import PROJECT_DIR, build, building_lock, published_path
from fiscal_warehouse.inputs import fingerprint, recorded
from fiscal_warehouse.intake import overrides, performance_reports, self_evaluation, text_figures
from fiscal_warehouse.intake.document_kind import document_kind
from fiscal_warehouse.intake.explanation_rows import narrative_rows, seed_columns
from fiscal_warehouse.intake.explanations import Reading, Unread, read_explanations
from fiscal_warehouse.intake.passage import Passage
from fiscal_warehouse.intake.pdf import UnreadableDocument, read_pages, rendering, upright
from fiscal_warehouse.intake.report_identity import ReportIdentity, read_identity
from fiscal_warehouse.intake.seed_rows import (
    STATEMENT_LINE_CODES_COLUMNS,
    STATEMENT_LINES_COLUMNS,
    STATEMENT_TABLES_COLUMNS,
    appended_rows,
    read_seed,
    replace_report_rows,
    report_row,
    seed_header,
    seed_text,
    statement_line_codes_rows,
    statement_lines_rows,
    statement_tables_rows,
)
from fiscal_warehouse.intake.self_evaluation_rows import self_evaluation_rows
from fiscal_warehouse.intake.tables import StatementReading, read_statement_tables
from fiscal_warehouse.intake.text_figures import TextFigureReading, read_text_figures
from fiscal_warehouse.manifest import sha256_of
from fiscal_warehouse.stopwatch import Stopwatch

KIND_NAMES = {"final_accounts": "final-accounts", "budget": "budget"}


@dataclass(frozen=True)
class DataFolder:
    """Where the seeds and documents live (the project's own folders by default)."""

    root: Path = PROJECT_DIR

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def rendered(self) -> Path:
        return self.documents / "rendered"


@dataclass
class ReadReport:
    source: Path
    report_id: str
    document_name: str
    sha256: str
    identity: ReportIdentity
    pages: int
    rendering: str
    reading: StatementReading
    explanations: Reading  # its explanation sections, for the review
    self_evaluation: self_evaluation.Reading  # its self-evaluation tables
    performance_reports: performance_reports.ReportReading  # its performance reports' figures
    text_figures: TextFigureReading | None = None  # the figures in its text columns, once written


def derived_report_id(source: Path, identity: ReportIdentity) -> str:
    """The file name as an id when it is one (letters, digits, _), else unit name and year."""
    stem = re.sub(r"[^0-9a-z]+", "_", source.stem.lower()).strip("_")
    if re.search(r"[a-z]", stem):
        return stem
    return f"{identity.unit_name}_{identity.fiscal_year}"


def read_report(
    source: Path, report_id: str | None, data: DataFolder = DataFolder(), kind: str | None = None
) -> ReadReport:
    """Everything the warehouse takes from one PDF; raises UnreadableDocument. Its kind (final
    accounts or budget) is read from the document unless given."""
    with upright(source) as readable:
        pages = read_pages(readable)
        kind = kind or document_kind(pages)
        reading = read_statement_tables(readable, pages, kind)
        evaluations = self_evaluation.read_pdf(readable, reading.pages)  # lines as the rendering numbers them
    if not any(table.status != "absent" for table in reading.tables):
        what = KIND_NAMES[kind]
        raise UnreadableDocument(f"{source}: not a {what} report (none of its statement tables was found)")
    # The identity cites the rendering, in which the statement pages are pdfplumber's.
    identity = read_identity(source, reading.pages, data.seeds / "admin_divisions.csv")
    report_id = report_id or derived_report_id(source, identity)
    if not re.fullmatch(r"[\w\u4e00-\u9fff]+", report_id):
        raise UnreadableDocument(f"{source}: {report_id!r} cannot be a report id (letters, digits and _ only)")
    document_name = re.sub(r"[^\w.\u4e00-\u9fff-]+", "_", source.name)
    rendered = rendering(reading.pages)
    passage = Passage.of_rendered_pdf(rendered)
    explanations = read_explanations(passage, report_id, kind)
    return ReadReport(
        source,
        report_id,
        document_name,
        sha256_of(source),
        identity,
        len(pages),
        rendered,
        reading,
        explanations,
        evaluations,
        performance_reports.read_performance_reports(passage),
    )


def render_document(source: Path) -> str:
    """The text rendering of a PDF, as documents/rendered/ keeps it."""
    with upright(source) as readable:
        return rendering(read_statement_tables(readable, read_pages(readable)).pages)


class Workspace:
    """The files adding writes, backed up first so that a failed build puts them back. A file
    only appended to is put back by cutting it to its old length, so it is never read whole."""

    def __init__(self) -> None:
        self.backups: dict[Path, bytes | None] = {}
        self.lengths: dict[Path, int] = {}
        # Where the rows appended to each file begin.
        self.appended: dict[Path, int] = {}

    def write(self, path: Path, content: bytes | str) -> None:
        if path not in self.backups:
            self.backups[path] = path.read_bytes() if path.exists() else None
        self.appended.pop(path, None)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)

    def append(self, path: Path, text: str) -> None:
        if path not in self.backups and path not in self.lengths:
            self.lengths[path] = path.stat().st_size
        with path.open("ab+") as file:
            length = file.seek(0, 2)
            file.seek(max(0, length - 1))
            # A file whose last line has no line end gets one, or its last row would run on.
            line_end = b"\n" if length > 0 and file.read(1) != b"\n" else b""
            file.write(line_end + text.encode("utf-8"))
        self.appended.setdefault(path, length + len(line_end))

    def restore(self) -> None:
        for path, length in self.lengths.items():
            with path.open("rb+") as file:
                file.truncate(length)
        for path, content in self.backups.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)


def write_report(workspace: Workspace, report: ReadReport, data: DataFolder = DataFolder()) -> None:
    existing_columns, existing_reports = read_seed(data.seeds / "reports.csv")
    for row in existing_reports:
        if row["report_id"] != report.report_id and row["source_sha256"] == report.sha256:
            raise UnreadableDocument(f"{report.source}: the same document is already report {row['report_id']}")
        if row["report_id"] != report.report_id and row["source_document"] == report.document_name:
            raise UnreadableDocument(
                f"{report.source}: documents/{report.document_name} is already report {row['report_id']}"
            )
    workspace.write(data.documents / report.document_name, report.source.read_bytes())
    workspace.write(data.rendered / f"{report.document_name}.txt", report.rendering)
    sums_path = data.documents / "SHA256SUMS"
    sums = [
        line
        for line in sums_path.read_text(encoding="utf-8").splitlines()
        if not line.endswith(f"  {report.document_name}")
    ]
    sums.append(f"{report.sha256}  {report.document_name}")
    workspace.write(sums_path, "\n".join(sorted(sums, key=lambda line: line.split("  ", 1)[1])) + "\n")
    new_row = report_row(
        report.report_id, report.identity, report.document_name, report.sha256, existing_columns, report.reading
    )
    order = [row["report_id"] for row in existing_reports]
    is_new = report.report_id not in order
    seeds = SeedWriter(workspace, report.report_id, [*order, report.report_id] if is_new else order, is_new)
    seeds.write(data.seeds / "reports.csv", existing_columns, [new_row])
    for name, columns, rows in (
        ("statement_tables.csv", STATEMENT_TABLES_COLUMNS, statement_tables_rows(report.report_id, report.reading)),
        ("statement_lines.csv", STATEMENT_LINES_COLUMNS, statement_lines_rows(report.report_id, report.reading)),
        (
            "statement_line_codes.csv",
            STATEMENT_LINE_CODES_COLUMNS,
            statement_line_codes_rows(report.report_id, report.reading),
        ),
    ):
        seeds.write(data.seeds / name, columns, rows)
    corrections = report_overrides(seeds, data)
    written = {
        **write_narrative_rows(seeds, report, corrections, data),
        **write_self_evaluation_rows(seeds, report, corrections, data),
    }
    write_text_figure_rows(seeds, report, written, data)


@dataclass(frozen=True)
class SeedWriter:
    """One report's rows into the seeds, which list reports in reports.csv's order: appended for a
    report new to the folder (it comes last there), else in place of the report's rows."""

    workspace: Workspace
    report_id: str
    report_order: list[str]  # the reports of reports.csv, this one included
    is_new: bool  # the folder holds no rows of the report yet

    def write(self, path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
        if not path.exists():
            self.workspace.write(path, seed_text(columns, []))
        elif not self.is_new:
            self.workspace.write(path, replace_report_rows(path, columns, self.report_id, rows, self.report_order))
            return
        if rows:
            self.workspace.append(path, appended_rows(path, columns, rows))


def report_overrides(seeds: SeedWriter, data: DataFolder) -> list[overrides.Override]:
    """The reading overrides, for a report added again. A report new to the folder has none yet
    (their report_id must be in reports.csv), so the overrides file, which grows with every
    report, is read only for a report added again."""
    has_overrides = not seeds.is_new and (data.seeds / overrides.OVERRIDES_FILE).exists()
    return overrides.load(data.seeds) if has_overrides else []


def write_narrative_rows(
    seeds: SeedWriter, report: ReadReport, corrections: list[overrides.Override], data: DataFolder
) -> dict[str, list[dict[str, str]]]:
    """The explanations' rows into the narrative seeds, with the report's reading overrides,
    replacing the report's previous rows (as `python -m fiscal_warehouse.transcribe` writes them).
    Returns the rows by seed."""
    written = {}
    for seed, applied in narrative_rows(report.explanations, report.report_id, corrections).items():
        path = data.seeds / f"{seed}.csv"
        if path.exists():
            seeds.write(path, seed_header(path), applied.rows)
        written[seed] = applied.rows
    return written


def write_self_evaluation_rows(
    seeds: SeedWriter, report: ReadReport, corrections: list[overrides.Override], data: DataFolder
) -> dict[str, list[dict[str, str]]]:
    """The self-evaluation tables' and the performance reports' rows, each value citing its page
    and line, with the report's reading overrides, replacing the report's previous rows."""
    found = self_evaluation_rows(report.report_id, report.self_evaluation, corrections, report.performance_reports)
    for seed, rows in found.items():
        path = data.seeds / f"{seed}.csv"
        if path.exists():
            seeds.write(path, seed_columns(seed), rows.rows)
    return {seed: rows.rows for seed, rows in found.items()}


def write_text_figure_rows(
    seeds: SeedWriter, report: ReadReport, written: dict[str, list[dict[str, str]]], data: DataFolder
) -> None:
    """The figures printed inside the text columns of the rows just written, each at its own page
    and line (as `python -m fiscal_warehouse.transcribe` writes them); kept for the review."""
    report.text_figures = read_text_figures(Passage.of_rendered_pdf(report.rendering), written)
    path = data.seeds / f"{text_figures.SEED}.csv"
    if path.exists():
        seeds.write(path, seed_columns(text_figures.SEED), report.text_figures.rows)


def unread_review(unread: list[Unread]) -> list[str]:
    """What the explanation reader did not read, one line per section: the sections not printed
    together, and for a printed section the template sentences none of whose variants matched
    (a report need not print every sentence: a section where none matched is the one to look at)."""
    missing = [item.section for item in unread if not item.sentence]
    lines = [f"    sections not printed: {', '.join(missing)}"] if missing else []
    by_section: dict[tuple[str, str], list[str]] = {}
    for item in unread:
        if item.sentence:
            by_section.setdefault((item.section, item.place), []).append(item.sentence)
    for (section, place), sentence_ids in by_section.items():
        lines.append(f"    {section} ({place}): sentences not matched: {', '.join(sentence_ids)}")
    return lines


def print_review(report: ReadReport, database: Path) -> None:
    reading = report.reading
    identity = report.identity
    kind = KIND_NAMES[reading.document_kind]
    print(f"\n== {report.report_id}: {identity.unit_name} {identity.fiscal_year} {kind}", end="")
    print(f" ({report.document_name}, {report.pages} pages)")
    for table in reading.tables:
        pages = (
            ""
            if table.first_page is None
            else f"p.{table.first_page}" + (f"–{table.last_page}" if table.last_page != table.first_page else "")
        )
        detail = {
            "found": f"{table.row_count} rows, {table.cell_count} cells, {table.unit}",
            "empty": f"printed empty: {table.note}" if table.note else "printed without figures",
            "absent": "not in the document",
        }[table.status]
        print(f"  {table.table_no}. {table.table_name:<24} {table.status:<6} {pages:<8} {detail}")
    print(f"  cells read: {len(reading.cells)}; cells not read: {len(reading.unreadable)}")
    for problem in reading.unreadable:
        print(f"    not read: {problem}")
    explanations = report.explanations
    figures = sum(len(rows) for rows in explanations.rows.values())
    sentences = sum(1 for item in explanations.unread if item.sentence)
    sections = len(explanations.unread) - sentences
    print(
        f"  explanations: {figures} rows read; {sections} section(s) not printed, "
        f"{sentences} template sentence(s) not matched (a report need not print them all)"
    )
    for seed, rows in explanations.rows.items():
        print(f"    {seed}: {len(rows)} rows")
    for line in unread_review(explanations.unread):
        print(line)
    for line in self_evaluation.review(report.self_evaluation):
        print(line)
    for line in performance_reports.review(report.performance_reports):
        print(line)
    for line in text_figures.review(report.text_figures):
        print(line)
    with duckdb.connect(str(database), read_only=True) as connection:
        findings = connection.execute(
            "select check_id, finding_kind, subject, published_value, computed_value, source_lines, review_status"
            " from audit_findings where report_id = ? and not is_rounding order by check_id, subject",
            [report.report_id],
        ).fetchall()
        rounding = connection.execute(
            "select count(*) from audit_findings where report_id = ? and is_rounding", [report.report_id]
        ).fetchone()[0]
    print(f"  checks: {len(findings)} finding(s) beyond rounding, {rounding} within rounding")
    for check_id, kind, subject, published, computed, lines, status in findings:
        cited = lines or "none printed"
        published, computed = printed_number(published), printed_number(computed)
        print(f"    {check_id} [{kind}, {status}] {subject}: published {published}, computed {computed}", end="")
        print(f" (lines {cited})")


def printed_number(value: Decimal | None) -> str:
    """A finding's figure without the trailing zeros of its six decimals (12.340000 as 12.34)."""
    return "none" if value is None else format(value.normalize(), "f")


def add_documents(
    sources: list[Path],
    report_id: str | None,
    progress: bool = False,
    build_after: bool = True,
    data: DataFolder = DataFolder(),
    wait: bool | None = None,
    kind: str | None = None,
) -> int:
    stopwatch = Stopwatch()
    read: list[ReadReport] = []
    refused: list[str] = []
    for source in tqdm(sources, desc="reading", unit="pdf", disable=not progress, file=sys.stderr):
        try:
            with stopwatch.stage("read the PDF(s)"):
                read.append(read_report(source, report_id, data, kind))
        except UnreadableDocument as error:
            refused.append(str(error))
            if not progress:
                print(f"error: {error}", file=sys.stderr)
    ids = [report.report_id for report in read]
    duplicates = sorted({report_id for report_id in ids if ids.count(report_id) > 1})
    if duplicates:
        print(
            f"error: two documents give the same report id {duplicates}: add them one by one with REPORT_ID=",
            file=sys.stderr,
        )
        return 1
    if not read:
        for reason in refused if progress else []:
            print(f"refused: {reason}", file=sys.stderr)
        return 1
    # The build's locks, from the first seed edit to the review: no other build reads the seeds
    # half-written or publishes between this build and its review.
    published = published_path()
    try:
        with building_lock(published, wait):
            return write_and_build(read, refused, build_after, data, published, stopwatch)
    except lock.Busy as busy:
        print(f"error: {busy}; not waiting; nothing was added", file=sys.stderr)
        return lock.BUSY_EXIT_STATUS


def write_and_build(
    read: list[ReadReport],
    refused: list[str],
    build_after: bool,
    data: DataFolder,
    published: Path,
    stopwatch: Stopwatch,
) -> int:
    ids = [report.report_id for report in read]
    data_dir = None if data.root == PROJECT_DIR else data.root
    with stopwatch.stage("compare the seeds with the warehouse"):
        # What the published warehouse must have been built from for the reports to be added alone.
        inputs_before = fingerprint(PROJECT_DIR, data.seeds, dbt_seeds=data_dir is None, known=recorded(published))
        all_new = not set(ids) & {row["report_id"] for row in read_seed(data.seeds / "reports.csv")[1]}
    workspace = Workspace()
    try:
        with stopwatch.stage("write the seeds"):
            for report in read:
                write_report(workspace, report, data)
        # New reports' rows are exactly the rows appended to the seeds.
        appended = {path.name: offset for path, offset in workspace.appended.items() if path.parent == data.seeds}
        if not build_after:
            status = 0
        elif incremental.applies(published, inputs_before):
            status = incremental.add(
                published, data.root, set(ids), inputs_before, appended if all_new else None, stopwatch=stopwatch
            )
        else:
            status = build(published, data_dir=data_dir)
    except (UnreadableDocument, ValueError) as error:
        workspace.restore()
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BaseException:  # Ctrl-C, say: the seeds go back to what the published warehouse was built from
        workspace.restore()
        raise
    if not build_after:
        print(f"wrote the seeds and documents of {len(read)} report(s): {', '.join(ids)} (not built)")
        return 0
    if status != 0:
        workspace.restore()
        print("the documents and seeds were put back as they were; nothing was added", file=sys.stderr)
        return status
    with stopwatch.stage("review"):
        for report in read:
            print_review(report, published)
    if refused:
        print(f"\n{len(refused)} document(s) could not be read and were not added:")
        for reason in refused:
            print(f"  {reason}")
    print(f"\nadded {len(read)} report(s): {', '.join(ids)}")
    print(f"stages: {stopwatch.line()}")
    return 0
