"""The scale benchmark: N synthetic reports generated, built, checked and read. Printed, not asserted.

    python -m fiscal_warehouse.scale.benchmark --reports 1000      (make benchmark-scale N=1000)

1. generate N reports into <work>/data (fiscal_warehouse/scale/generate.py);
2. build and publish them as `make build DATA=…` does, in a process of its own: wall time per
   stage (seed check, dbt build, publish), dbt's own time in models and in tests, the ten
   slowest nodes, peak memory, the warehouse's size, and the findings (and how many injected
   errors a finding names by their line);
3. the same data through the hand-written floor (floor.sql, plain DuckDB): wall time, stages,
   peak memory, size, so the build can be read against what DuckDB alone takes;
4. the README's queries, the analyses and the dashboard pages on the built warehouse (p50/p95);
5. one report added to it as `make add-report DATA=…` adds it (the project's sample PDF by default):
   wall time, peak memory and the seconds of each of its stages.

Work files go to warehouse/scale-N/ (or --work); they are kept, so the warehouse can be queried.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import duckdb

from fiscal_warehouse.benchmark import time_readers
from fiscal_warehouse.build import PROJECT_DIR
from fiscal_warehouse.scale.generate import generate

BUILD_STAGE = re.compile(r"(seed check|dbt build|publish) ([0-9.]+) s")
ADD_STAGES = re.compile(r"^stages: (.*)$", re.MULTILINE)
SAMPLE_PDF = PROJECT_DIR / "documents" / "shanghai_putuo_finance_2024.pdf"
FLOOR_STAGE = re.compile(r"^(\S.*?)\s+([0-9.]+)$", re.MULTILINE)
SLOWEST_NODES = 10


def measured(command: list[str], work: Path, name: str, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run a command; (wall seconds, peak memory in GiB, its output)."""
    peak_file = work / f"{name}.peak"
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "-m", "fiscal_warehouse.scale.peak", str(peak_file), *command],
        cwd=PROJECT_DIR,
        env=dict(os.environ, **(env or {})),
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.monotonic() - started
    output = completed.stdout + completed.stderr
    (work / f"{name}.log").write_text(output, encoding="utf-8")
    if completed.returncode != 0:
        sys.exit(f"{name} failed after {seconds:.0f} s (log: {work / f'{name}.log'}):\n{output[-3000:]}")
    return seconds, int(peak_file.read_text(encoding="utf-8")) / 2**20, output


def size_gib(path: Path) -> float:
    return path.stat().st_size / 2**30


def node_times(run_results: Path) -> tuple[dict[str, float], list[tuple[float, str]]]:
    """dbt's time per resource type (summed over its threads) and its slowest nodes."""
    results = json.loads(run_results.read_text(encoding="utf-8"))["results"]
    by_type: dict[str, float] = defaultdict(float)
    for result in results:
        by_type[result["unique_id"].split(".")[0]] += result["execution_time"]
    slowest = sorted(((result["execution_time"], result["unique_id"]) for result in results), reverse=True)
    return dict(by_type), slowest[:SLOWEST_NODES]


def findings_summary(warehouse: Path, injected_errors: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        rows = connection.execute(
            "select review_status, count(*), count(distinct report_id) from audit_findings group by 1 order by 1"
        ).fetchall()
        for status, findings, reports in rows:
            print(f"  findings {status:<16} {findings:>9,} in {reports:,} reports")
        with injected_errors.open(encoding="utf-8", newline="") as handle:
            injected = list(csv.DictReader(handle))
        named = 0
        for error in injected:
            line = ("p" + error["page"] + ":" if error["page"] else "") + error["line"]
            named += connection.execute(
                "select count(*) > 0 from audit_findings where report_id = ? and not is_rounding"
                " and list_contains(string_split(source_lines, ';'), ?)",
                [error["report_id"], line],
            ).fetchone()[0]
    print(f"  injected publisher errors: {len(injected)}; named by a finding at their line: {named}")


def run(reports: int, work: Path, seed: int, floor: bool, readers: bool, added: Path | None = SAMPLE_PDF) -> None:
    work.mkdir(parents=True, exist_ok=True)
    data, warehouse = work / "data", work / "fiscal.duckdb"

    started = time.monotonic()
    generate(data, reports, seed)
    documents_size = sum(path.stat().st_size for path in (data / "documents").rglob("*")) / 2**30
    print(
        f"== {reports:,} synthetic reports: generated in {time.monotonic() - started:.1f} s"
        f" ({documents_size:.2f} GiB of documents)"
    )

    # dbt parses the whole project, so that the timings are of a whole build (its work folder is
    # the build's, written only under the warehouse's lock).
    seconds, peak, output = measured(
        [sys.executable, "-m", "fiscal_warehouse.build", "--data", str(data)],
        work,
        "build",
        {"FISCAL_WAREHOUSE": str(warehouse), "DBT_PARTIAL_PARSE": "false"},
    )
    stages = ", ".join(f"{stage} {float(value):.1f} s" for stage, value in BUILD_STAGE.findall(output))
    print(
        f"build: {seconds:.1f} s wall ({stages}), peak memory {peak:.2f} GiB, warehouse {size_gib(warehouse):.2f} GiB"
    )
    by_type, slowest = node_times(work / ".build" / "target" / "run_results.json")
    print(
        "  dbt time by node type (summed over threads): "
        + ", ".join(f"{kind} {value:.1f} s" for kind, value in sorted(by_type.items()))
    )
    print(f"  the {SLOWEST_NODES} slowest nodes:")
    for node_seconds, node in slowest:
        print(f"    {node_seconds:7.1f} s  {node}")
    findings_summary(warehouse, data / "injected_errors.csv")

    if floor:
        floor_database = work / "floor.duckdb"
        seconds, peak, output = measured(
            [
                sys.executable,
                "-m",
                "fiscal_warehouse.scale.floor",
                "--data",
                str(data),
                "--database",
                str(floor_database),
            ],
            work,
            "floor",
        )
        stage_lines = output.split("\n\n")[0]
        floor_stages = ", ".join(f"{name} {float(value):.1f} s" for name, value in FLOOR_STAGE.findall(stage_lines))
        print(
            f"hand-written floor (floor.sql): {seconds:.1f} s wall ({floor_stages}),"
            f" peak memory {peak:.2f} GiB, database {size_gib(floor_database):.2f} GiB"
        )

    if readers:
        time_readers(warehouse)

    if added is not None:
        seconds, peak, output = measured(
            [sys.executable, "-m", "fiscal_warehouse.intake", "--data", str(data), str(added)],
            work,
            "add",
            {"FISCAL_WAREHOUSE": str(warehouse)},
        )
        how = "incrementally" if "without rebuilding the others" in output else "by a full build"
        print(f"adding {added.name} {how}: {seconds:.1f} s wall, peak memory {peak:.2f} GiB")
        for stages in ADD_STAGES.findall(output):
            print(f"  stages: {stages}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Generate, build and read N synthetic reports; print the timings.")
    parser.add_argument("--reports", type=int, default=1000, help="how many synthetic reports (default 1000)")
    parser.add_argument("--work", type=Path, help="work folder (default: warehouse/scale-N)")
    parser.add_argument("--seed", type=int, default=0, help="the generator's random seed")
    parser.add_argument("--no-floor", action="store_true", help="skip the hand-written floor")
    parser.add_argument("--no-readers", action="store_true", help="skip the queries and dashboard pages")
    parser.add_argument("--no-add", action="store_true", help="skip adding a report to the built warehouse")
    arguments = parser.parse_args(argv)
    work = arguments.work or PROJECT_DIR / "warehouse" / f"scale-{arguments.reports}"
    run(
        arguments.reports,
        work.resolve(),
        arguments.seed,
        not arguments.no_floor,
        not arguments.no_readers,
        None if arguments.no_add else SAMPLE_PDF,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
