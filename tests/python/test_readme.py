"""The README's DuckDB CLI commands run exactly as printed, against a built warehouse."""

import re
import shutil
import subprocess

from conftest import PROJECT_DIR

README = PROJECT_DIR / "README.md"


def readme_cli_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [line for block in blocks for line in block.splitlines() if line.startswith(".venv/bin/duckdb ")]


def test_the_readme_shows_a_query(tmp_path):
    assert readme_cli_commands(), "the README shows no .venv/bin/duckdb command"


def test_every_readme_query_runs_as_printed(warehouse, tmp_path):
    (tmp_path / "warehouse").mkdir()
    shutil.copy2(warehouse, tmp_path / "warehouse" / "fiscal.duckdb")
    (tmp_path / ".venv").symlink_to(PROJECT_DIR / ".venv")
    for command in readme_cli_commands():
        completed = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, check=False)
        assert completed.returncode == 0, f"{command}\n{completed.stderr}"
        assert "Error" not in completed.stdout + completed.stderr, command
        assert len(completed.stdout.splitlines()) > 1, command
