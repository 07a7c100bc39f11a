"""Run a command and report its peak memory: the largest resident set of any process it ran.

    python -m fiscal_warehouse.scale.peak OUTPUT_FILE COMMAND ...

Writes the peak in KiB to OUTPUT_FILE (Linux counts every descendant that was waited for, so
dbt's DuckDB under the build is included) and exits with the command's status.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    output, command = Path(argv[0]), argv[1:]
    returncode = subprocess.run(command, check=False).returncode
    output.write_text(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), encoding="utf-8")
    return returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
