"""Timings of what users run: every analysis and every dashboard page, printed, not asserted.

    python -m fiscal_warehouse.benchmark      (make benchmark)

The README's queries and the analyses (compiled by dbt) each run 20 times on the published
warehouse (read-only). Each is timed twice: to its first page of rows (FIRST_PAGE_ROWS, fetched
as a BI tool or a SQL client fetches the first screenful; the 100 ms target is for this) and to
its last row (turning every row into a Python row, which at thousands of reports costs more than
the query itself). Each dashboard page is rendered 5 times with Streamlit's test harness; p50
and p95 against the 2 s target.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from fiscal_warehouse.build import PROJECT_DIR, dbt_executable, published_path

ANALYSIS_TARGET_MS = 100
FIRST_PAGE_ROWS = 1000
PAGE_TARGET_S = 2.0
PAGES = ["overview", "expenditure", "three_public", "performance", "budget_outturn", "audit"]


def compiled_analyses(work_dir: Path) -> list[Path]:
    subprocess.run(
        [
            dbt_executable(),
            "compile",
            "--select",
            "path:analyses",
            "--quiet",
            "--project-dir",
            str(PROJECT_DIR),
            "--profiles-dir",
            str(PROJECT_DIR),
            "--target-path",
            str(work_dir / "target"),
            "--log-path",
            str(work_dir / "logs"),
        ],
        cwd=PROJECT_DIR,
        env=dict(os.environ, DBT_DUCKDB_PATH=str(work_dir / "compile.duckdb")),
        check=True,
    )
    return sorted((work_dir / "target" / "compiled" / "fiscal_warehouse" / "analyses").glob("*.sql"))


def percentiles(timings: list[float]) -> tuple[float, float]:
    """p50 and p95 of a list of timings (nearest rank)."""
    ordered = sorted(timings)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def readme_queries() -> list[tuple[str, str]]:
    """(name, SQL) of each DuckDB CLI query in the README (`.venv/bin/duckdb … -c "…"`)."""
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r'^\.venv/bin/duckdb -readonly \S+ -c "(.+)"$', readme, flags=re.MULTILINE)
    return [(f"README query {number}", sql) for number, sql in enumerate(queries, start=1)]


def time_queries(warehouse: Path, queries: list[tuple[str, str]], runs: int = 20) -> None:
    print(
        f"queries (p50 / p95 of {runs} runs, in ms: to the first {FIRST_PAGE_ROWS:,} rows, as a BI tool fetches"
        f" its first page, target p95 < {ANALYSIS_TARGET_MS} ms; and to the last row)"
    )
    print(f"  {'':<58} {'rows':>8} {'first page':>17} {'all rows':>17}")
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        for name, sql in queries:
            first_page, all_rows, rows = [], [], 0
            for _ in range(runs):
                started = time.perf_counter()
                connection.execute(sql).fetchmany(FIRST_PAGE_ROWS)
                first_page.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                rows = len(connection.execute(sql).fetchall())
                all_rows.append((time.perf_counter() - started) * 1000)
            (first_p50, first_p95), (all_p50, all_p95) = percentiles(first_page), percentiles(all_rows)
            verdict = "ok" if first_p95 < ANALYSIS_TARGET_MS else "SLOW"
            first, every = f"{first_p50:7.1f} / {first_p95:7.1f}", f"{all_p50:7.1f} / {all_p95:7.1f}"
            print(f"  {name:<58} {rows:>8,} {first} {every}  {verdict}")


def time_analyses(warehouse: Path, work_dir: Path, runs: int = 20) -> None:
    analyses = [(path.stem, path.read_text(encoding="utf-8")) for path in compiled_analyses(work_dir)]
    time_queries(warehouse, readme_queries() + analyses, runs)


def time_pages(warehouse: Path, runs: int = 5) -> None:
    from streamlit.testing.v1 import AppTest

    print(f"dashboard pages (p50 / p95 of {runs} renders; target p95 < {PAGE_TARGET_S} s)")
    os.environ["FISCAL_WAREHOUSE"] = str(warehouse)
    app = AppTest.from_file(str(PROJECT_DIR / "dashboard" / "app.py"), default_timeout=60).run()
    for page in PAGES:
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            app.switch_page(f"views/{page}.py").run()
            timings.append(time.perf_counter() - started)
            if app.exception:
                sys.exit(f"{page}: {app.exception[0].value}")
        p50, p95 = percentiles(timings)
        print(f"  {page:<58} {p50:7.2f} / {p95:7.2f} s   {'ok' if p95 < PAGE_TARGET_S else 'SLOW'}")


def time_readers(warehouse: Path) -> None:
    """The README's queries, every analysis and every dashboard page on a published warehouse."""
    with tempfile.TemporaryDirectory(prefix="fiscal-benchmark-") as work_dir:
        time_analyses(warehouse, Path(work_dir))
    time_pages(warehouse)


def main() -> int:
    warehouse = published_path()
    if not warehouse.is_file():
        sys.exit(f"{warehouse} does not exist: run `make build` first")
    time_readers(warehouse)
    return 0


if __name__ == "__main__":
    sys.exit(main())
