"""Timings of what users run: every analysis and every dashboard page, printed, not asserted.

    python -m fiscal_warehouse.benchmark      (make benchmark)

Analyses are compiled by dbt, then each runs 5 times on the published warehouse (read-only);
the median is printed against the 100 ms target. Each dashboard page is rendered 3 times with
Streamlit's test harness; the median is printed against the 2 s target.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from fiscal_warehouse.build import PROJECT_DIR, dbt_executable, published_path

ANALYSIS_TARGET_MS = 100
PAGE_TARGET_S = 2.0
PAGES = ["overview", "expenditure", "three_public", "performance", "audit"]


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


def time_analyses(warehouse: Path, work_dir: Path) -> None:
    print(f"analyses (median of 5 runs; target < {ANALYSIS_TARGET_MS} ms)")
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        for path in compiled_analyses(work_dir):
            sql = path.read_text(encoding="utf-8")
            timings = []
            for _ in range(5):
                started = time.perf_counter()
                connection.execute(sql).fetchall()
                timings.append((time.perf_counter() - started) * 1000)
            median = statistics.median(timings)
            print(f"  {path.stem:<58} {median:7.1f} ms  {'ok' if median < ANALYSIS_TARGET_MS else 'SLOW'}")


def time_pages(warehouse: Path) -> None:
    from streamlit.testing.v1 import AppTest

    print(f"dashboard pages (median of 3 renders; target < {PAGE_TARGET_S} s)")
    os.environ["FISCAL_WAREHOUSE"] = str(warehouse)
    app = AppTest.from_file(str(PROJECT_DIR / "dashboard" / "app.py"), default_timeout=60).run()
    for page in PAGES:
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            app.switch_page(f"views/{page}.py").run()
            timings.append(time.perf_counter() - started)
            if app.exception:
                sys.exit(f"{page}: {app.exception[0].value}")
        median = statistics.median(timings)
        print(f"  {page:<58} {median:7.2f} s   {'ok' if median < PAGE_TARGET_S else 'SLOW'}")


def main() -> int:
    warehouse = published_path()
    if not warehouse.is_file():
        sys.exit(f"{warehouse} does not exist: run `make build` first")
    with tempfile.TemporaryDirectory(prefix="fiscal-benchmark-") as work_dir:
        time_analyses(warehouse, Path(work_dir))
    time_pages(warehouse)
    return 0


if __name__ == "__main__":
    sys.exit(main())
