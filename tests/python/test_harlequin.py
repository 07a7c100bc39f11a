"""harlequin, the terminal SQL IDE of the README's recipes, used as a person would: in a
terminal (tmux), typing a query on the Chinese views and reading the figures off the screen.

The expected figures come from the seed CSV, not from the warehouse.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import time
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PROJECT_DIR, digest, published_three_public_totals

HARLEQUIN_BIN = PROJECT_DIR / ".venv-harlequin" / "bin"
# The reports that print a 三公 actual (a PDF report's 三公 table may leave it blank).
QUERY = (
    "select 报告编号, 决算数（万元）, 比上年增减（万元） from zh.三公经费 "
    "where 三公项目 = '三公经费合计' and 决算数（万元） is not null order by 报告编号"
)


@pytest.fixture(scope="module", autouse=True)
def installed() -> None:
    missing = [name for name in ("harlequin", "hsql") if not (HARLEQUIN_BIN / name).exists()]
    missing += [] if shutil.which("tmux") else ["tmux"]
    assert not missing, f"{missing} not installed: `make test` installs .venv-harlequin and Debian's tmux"


class Terminal:
    """A program running in a detached tmux session of its own, read through capture-pane."""

    def __init__(self, workdir: Path, command: str, width: int = 200, height: int = 50) -> None:
        self.socket = str(workdir / "tmux.sock")
        home = workdir / "home"
        home.mkdir()
        # A fresh HOME: no personal harlequin config, DuckDB init script or query history.
        # COLUMNS and LINES are dropped so the program sizes itself to the pane.
        environment = f"env -u COLUMNS -u LINES HOME={home} TERM=xterm-256color LANG=C.UTF-8"
        # The shell reports the exit status and stays, so the test can read it.
        shell = f'{environment} {command}; echo "exited with status $?"; sleep 600'
        self.tmux("new-session", "-d", "-x", str(width), "-y", str(height), "-c", str(workdir), shell)

    def tmux(self, *arguments: str) -> str:
        # -u: the screen is UTF-8 whatever the test's locale, so Chinese text is kept.
        completed = subprocess.run(
            ["tmux", "-u", "-S", self.socket, *arguments], capture_output=True, text=True, check=True
        )
        return completed.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p")

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} did not appear within {timeout} s; the screen:\n{screen}")
            time.sleep(0.2)

    def settled(self, timeout: float = 10) -> str:
        """The screen once it has stopped changing (the IDE lays out in steps)."""
        deadline = time.monotonic() + timeout
        previous = self.screen()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            current = self.screen()
            if current == previous:
                return current
            previous = current
        return previous

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-l", text)

    def press(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", key)
            time.sleep(0.2)

    def close(self) -> None:
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True, check=False)


@pytest.fixture
def harlequin(warehouse: Path, tmp_path: Path):
    terminal = Terminal(tmp_path, f"{HARLEQUIN_BIN / 'harlequin'} --read-only {warehouse}")
    yield terminal
    terminal.close()


def test_harlequin_shows_the_published_figures_and_refuses_to_write(harlequin, warehouse):
    before = digest(warehouse)
    harlequin.wait_for(f"{warehouse.stem} db")  # the data catalog lists the warehouse
    harlequin.wait_for("Query Editor")

    harlequin.type(QUERY)
    harlequin.press("C-j")  # harlequin's "run query"
    harlequin.wait_for(f"Query Results ({len(published_three_public_totals())} Records)")
    screen = harlequin.settled()
    shown = {
        match["report"]: (Decimal(match["amount"]), Decimal(match["change"]) if match["change"] else None)
        for match in re.finditer(r"(?P<report>[a-z_]+_\d{4}) +(?P<amount>-?\d+\.\d+) +(?P<change>-?\d+\.\d+)?", screen)
    }
    assert shown == published_three_public_totals(), screen

    harlequin.press("F2", "C-a")  # back to the editor, select the query to overwrite it
    harlequin.type("create table written_by_harlequin (i integer)")
    harlequin.press("C-j")
    harlequin.wait_for("read-only mode")
    harlequin.press("Escape", "C-q")
    harlequin.wait_for("exited with status 0")
    assert digest(warehouse) == before


def test_hsql_answers_in_csv_and_refuses_to_write(warehouse, tmp_path):
    """hsql, harlequin's non-interactive sibling, for scripts: same adapter, same read-only flag."""
    hsql = [str(HARLEQUIN_BIN / "hsql"), "--read-only"]
    environment = {"HOME": str(tmp_path), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    answer = subprocess.run(
        [*hsql, "--csv", "-c", QUERY, str(warehouse)], capture_output=True, text=True, env=environment, check=True
    )
    rows = list(csv.reader(answer.stdout.splitlines()))
    assert rows[0] == ["报告编号", "决算数（万元）", "比上年增减（万元）"]
    assert {
        report: (Decimal(amount), Decimal(change) if change else None) for report, amount, change in rows[1:]
    } == published_three_public_totals()

    refused = subprocess.run(
        [*hsql, "-c", "create table written_by_hsql (i integer)", str(warehouse)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert refused.returncode != 0
    assert "read-only mode" in refused.stderr


def test_harlequin_reads_the_warehouse_with_the_same_duckdb_version():
    def duckdb_pin(requirements: str) -> str:
        text = (PROJECT_DIR / requirements).read_text(encoding="utf-8")
        return re.search(r"^duckdb==(\S+)$", text, re.MULTILINE).group(1)

    assert duckdb_pin("requirements-harlequin.txt") == duckdb_pin("requirements.txt")
