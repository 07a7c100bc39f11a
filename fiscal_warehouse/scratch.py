"""A copy of the project to build in without touching the repository (tests, benchmarks)."""

from __future__ import annotations

import shutil
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
# What a copy of the project needs in order to build (no .venv, warehouse or build output).
PROJECT_CONTENT = [
    "dbt_project.yml",
    "datapackage.json",
    "profiles.yml",
    "models",
    "seeds",
    "macros",
    "tests",
    "analyses",
    "documents",
    "fiscal_warehouse",
]


def copy_project(destination: Path) -> Path:
    destination.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_CONTENT:
        source = PROJECT_DIR / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, destination / name)
    return destination
