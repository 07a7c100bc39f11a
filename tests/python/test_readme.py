"""The READMEs' query commands (DuckDB CLI, hsql) run exactly as printed, against a built warehouse."""

import os
import re
import shutil
import subprocess
from pathlib import Path

from conftest import PROJECT_DIR, copy_project

READMES = (PROJECT_DIR / "README.md", PROJECT_DIR / "README.zh.md")
QUERY_CLIENTS = (".venv/bin/duckdb ", ".venv-harlequin/bin/hsql ")


def readme_query_blocks(readme: Path) -> list[list[str]]:
    """A README's sh blocks that query the warehouse (DuckDB CLI or hsql), line by line."""
    blocks = re.findall(r"```sh\n(.*?)```", readme.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [
        [line.strip() for line in block.splitlines() if line.strip()]
        for block in blocks
        if any(line.strip().startswith(QUERY_CLIENTS) for line in block.splitlines())
    ]


def test_the_readmes_show_queries():
    assert [len(readme_query_blocks(readme)) >= 4 for readme in READMES] == [True, True]


def test_every_readme_query_runs_as_printed(warehouse, tmp_path):
    """Each block runs line by line in a copy of the project with the built warehouse published."""
    project = copy_project(tmp_path / "project")
    (project / "warehouse").mkdir()
    shutil.copy2(warehouse, project / "warehouse" / "fiscal.duckdb")
    (project / ".venv").symlink_to(PROJECT_DIR / ".venv")
    (project / ".venv-harlequin").symlink_to(PROJECT_DIR / ".venv-harlequin")
    # An empty HOME: no personal ~/.duckdbrc or harlequin config, and no history written to the real one.
    (tmp_path / "home").mkdir()
    environment = dict(os.environ, HOME=str(tmp_path / "home"))
    for block in [block for readme in READMES for block in readme_query_blocks(readme)]:
        for command in block:
            completed = subprocess.run(
                command, shell=True, cwd=project, env=environment, capture_output=True, text=True, check=False
            )
            assert completed.returncode == 0, f"{command}\n{completed.stdout[-2000:]}\n{completed.stderr[-2000:]}"
            assert "Error" not in completed.stdout + completed.stderr, command
            if command.startswith(QUERY_CLIENTS):
                assert len(completed.stdout.splitlines()) > 1, command


def test_the_chinese_readme_lists_every_chinese_view(db):
    listed = set(re.findall(r"`zh\.([^`\s]+)`", (PROJECT_DIR / "README.zh.md").read_text(encoding="utf-8")))
    views = {name for (name,) in db.sql("select view_name from duckdb_views() where schema_name = 'zh'").fetchall()}
    assert listed == views
