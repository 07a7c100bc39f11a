"""Running `dbt build` for a build, and saying what went wrong in it.

dbt's output goes through to the terminal as it comes; its last lines are kept, so that when dbt
stops before running any node (a compilation error, say) the build can show dbt's own error.
What failed is read from the run_results.json of this run only: the previous run's is removed
before dbt starts.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import signal
import subprocess
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import duckdb

from fiscal_warehouse import lock

FAILING_ROWS_SHOWN = 10
LAST_LINES_KEPT = 12
# The statuses of a node that did not pass (run, test and freshness statuses). Everything else,
# "success", "pass", "skipped", "warn" and an exposure's "no-op", is not a failure.
FAILING_STATUSES = ("error", "fail", "runtime error")
COLOURS = re.compile(r"\x1b\[[0-9;]*m")
TIMESTAMP = re.compile(r"^\d\d:\d\d:\d\d\s+")
PR_SET_PDEATHSIG = 1
# Looked up here, not in the child between fork and exec, where only the bare call is safe.
_PRCTL = ctypes.CDLL(None).prctl if sys.platform == "linux" else None


def dbt_executable() -> str:
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


MEMORY_LIMIT_CAP_GIB = 5
DEFAULT_REPORT_BATCH_SIZE = 1000  # as dbt_project.yml's var report_batch_size


def memory_limit() -> str:
    """DuckDB's memory limit for a build: $FISCAL_MEMORY_LIMIT, else 60% of the machine's memory
    but at most 5 GiB (DuckDB spills to disk beyond it, and the rest is left to dbt and the
    system): the aim is a build of 10,000 reports under 8 GB on a machine it shares."""
    if os.environ.get("FISCAL_MEMORY_LIMIT"):
        return os.environ["FISCAL_MEMORY_LIMIT"]
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return f"{max(1, min(MEMORY_LIMIT_CAP_GIB, int(total * 0.6 / 2**30)))}GiB"


def report_batch_size() -> int:
    """Reports per batch of the models built a batch at a time (report_batched_table):
    $FISCAL_REPORT_BATCH_SIZE, else the project's default in dbt_project.yml."""
    return int(os.environ.get("FISCAL_REPORT_BATCH_SIZE") or DEFAULT_REPORT_BATCH_SIZE)


@dataclass(frozen=True)
class Failure:
    unique_id: str
    status: str
    message: str
    compiled_code: str

    def __str__(self) -> str:
        # One line: dbt's messages (a database error, say) can span several.
        return f"{self.status.upper()}: {self.unique_id}: {' '.join(self.message.split())}"


def failures(run_results: Path) -> list[Failure]:
    """The nodes that did not pass, from dbt's run_results.json."""
    if not run_results.exists():
        return []
    results = json.loads(run_results.read_text(encoding="utf-8"))["results"]
    return [
        Failure(
            result["unique_id"],
            result["status"],
            (result.get("message") or "").strip(),
            result.get("compiled_code") or "",
        )
        for result in results
        if result["status"] in FAILING_STATUSES
    ]


def failing_rows(database: Path, failure: Failure, limit: int = FAILING_ROWS_SHOWN) -> str:
    """The first rows a failing data test returned, as text, so the message names them."""
    # Only a test that ran to completion ("fail") has rows; re-running one that errored (out of
    # memory, say) would only fail again, slowly.
    if failure.status != "fail" or not failure.unique_id.startswith("test."):
        return ""
    if not failure.compiled_code or not database.exists():
        return ""
    try:
        with duckdb.connect(str(database), read_only=True) as connection:
            relation = connection.sql(f"select * from ({failure.compiled_code}) as failing_rows limit {limit}")
            columns, rows = relation.columns, relation.fetchall()
    except duckdb.Error as error:
        return f"    (could not list the failing rows: {error})"
    lines = ["    " + " | ".join(columns)]
    lines += ["    " + " | ".join("" if value is None else str(value) for value in row) for row in rows]
    return "\n".join(lines)


@dataclass(frozen=True)
class DbtRun:
    returncode: int
    wrote_results: bool  # dbt wrote a run_results.json (it does when it has run the nodes)
    failures: list[Failure]
    last_lines: list[str]  # dbt's last lines of output, without colours and timestamps

    def error(self) -> str:
        """dbt's own error in one line: what follows its last "Encountered an error:", else its last line."""
        lines = [line.strip() for line in self.last_lines if line.strip()]
        if "Encountered an error:" in lines:
            after = len(lines) - lines[::-1].index("Encountered an error:")
            return ": ".join(lines[after:]) or "(no message)"
        return lines[-1] if lines else "(no output)"


def _die_with_the_build() -> None:
    """In dbt's process, before it starts: be killed when the build that started it dies (Linux)."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL)


def _echo(line: bytes) -> None:
    if hasattr(sys.stdout, "buffer"):
        sys.stdout.buffer.write(line)
    else:
        sys.stdout.write(line.decode("utf-8", "replace"))
    sys.stdout.flush()


def run_dbt(database: Path, project_dir: Path, work_dir: Path, command: list[str]) -> DbtRun:
    """Run a dbt command into `database`, inside the folder that holds it (its own, for this build)."""
    env = dict(
        os.environ,
        # Relative to the build's own folder, where dbt runs: every build writes a file of its own,
        # yet dbt's profile, which names the path, is the same from build to build, so that dbt
        # parses again only what changed. DuckDB's spill folder is the build's own too.
        DBT_DUCKDB_PATH=database.name,
        DBT_DUCKDB_TEMP_DIRECTORY="spill",
        DBT_DUCKDB_MEMORY_LIMIT=memory_limit(),
        # The project-wide seed column types name columns each seed lacks; agate warns about each.
        PYTHONWARNINGS="ignore::RuntimeWarning:agate.type_tester",
        # Line by line through the pipe, as on a terminal.
        PYTHONUNBUFFERED="1",
    )
    target = work_dir / "target"
    run_results = target / "run_results.json"
    run_results.unlink(missing_ok=True)  # an earlier run's failures are not this run's
    process = subprocess.Popen(
        [
            dbt_executable(),
            *command,
            "--project-dir",
            str(project_dir),
            "--profiles-dir",
            str(project_dir),
            "--target-path",
            str(target),
            "--log-path",
            str(work_dir / "logs"),
        ],
        cwd=database.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        # dbt holds the build's locks with it and dies with the build: a killed build's dbt
        # neither writes on nor lets the next build start while it still runs.
        pass_fds=lock.held_descriptors(),
        preexec_fn=_die_with_the_build,
    )
    last_lines: deque[str] = deque(maxlen=LAST_LINES_KEPT)
    assert process.stdout is not None
    for line in process.stdout:
        _echo(line)
        last_lines.append(TIMESTAMP.sub("", COLOURS.sub("", line.decode("utf-8", "replace"))).rstrip())
    returncode = process.wait()
    return DbtRun(returncode, run_results.exists(), failures(run_results), list(last_lines))
