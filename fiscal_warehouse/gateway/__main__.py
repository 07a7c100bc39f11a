"""python -m fiscal_warehouse.gateway: serve the published warehouse until interrupted."""

from __future__ import annotations

import argparse
import logging
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

from fiscal_warehouse.build import published_path
from fiscal_warehouse.gateway import CATALOG, DEFAULT_PORT, serve
from fiscal_warehouse.gateway.limits import add_limit_options, limits_from

LOG_LINE = 1000  # characters: a traceback or a client's message cannot flood the log


class Excerpts(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if len(text) <= LOG_LINE else text[:LOG_LINE] + f" … ({len(text)} characters)"


class Budget(logging.Filter):
    """At most `per_minute` lines a minute: a client failing in a loop cannot fill the disk. The lines
    beyond are counted, and the count is logged with the first line of the next minute."""

    def __init__(self, per_minute: int) -> None:
        super().__init__()
        self.per_minute, self.lock = per_minute, threading.Lock()
        self.minute_started, self.logged, self.dropped = time.monotonic(), 0, 0

    def filter(self, record: logging.LogRecord) -> bool:
        with self.lock:
            now = time.monotonic()
            if now - self.minute_started >= 60:
                self.minute_started, self.logged = now, 0
            self.logged += 1
            if self.logged > self.per_minute + 1:
                self.dropped += 1
                return False
            if self.logged == self.per_minute + 1:  # one line to say so, in place of the first one dropped
                record.msg, record.args, record.exc_info = (
                    f"log budget of {self.per_minute} lines a minute spent: the next lines are counted, not logged",
                    (),
                    None,
                )
                self.dropped += 1
            elif self.dropped:
                record.msg = f"({self.dropped} lines were not logged) {record.msg}"
                self.dropped = 0
            return True


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Serve the warehouse read-only over the PostgreSQL protocol.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    add_limit_options(parser)
    arguments = parser.parse_args(argv)
    try:
        limits = limits_from(arguments)
    except ValueError as error:
        parser.error(str(error))
    warehouse = published_path()
    if not warehouse.exists():
        print(f"no warehouse at {warehouse}: run `make build` first", file=sys.stderr)
        return 1
    log = logging.StreamHandler()
    log.setFormatter(Excerpts("%(asctime)s %(levelname)s %(message)s"))
    log.addFilter(Budget(limits.log_lines))
    logging.basicConfig(level=logging.WARNING, handlers=[log])
    logging.getLogger("sqlglot").setLevel(logging.ERROR)  # it warns of every DuckDB-only statement
    # Each connection spills into a folder of its own in here, outside the project; all removed on exit.
    spill_root = Path(tempfile.mkdtemp(prefix="fiscal-gateway-"))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = None
    try:
        server = serve(warehouse, arguments.port, limits, spill_root)
        host, port = server.server_address
        print(f"limits: {limits.summary()}; spill folders in {spill_root}", flush=True)
        print(f"serving {warehouse} read-only on postgresql://{host}:{port}/{CATALOG}", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.server_close()
        shutil.rmtree(spill_root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
