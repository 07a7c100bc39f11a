"""Load on the gateway, printed, not asserted: N clients run the README's queries while the
warehouse is rebuilt and published.

    python -m fiscal_warehouse.gateway.load [--clients 8] [--seconds 30] [--builds 1]     (make benchmark-gateway N=8)
    python -m fiscal_warehouse.gateway.load --clients 1 --builds 20 --seconds 0 --queries-per-connection 1
                                                                                       (make soak-gateway BUILDS=20)

The gateway runs on the published warehouse ($FISCAL_WAREHOUSE or warehouse/fiscal.duckdb) in a
process of its own; each client connects, runs the README's queries in turn and reconnects every
few queries (so it moves to a newly published file), for at least --seconds and until
`python -m fiscal_warehouse.build` has published --builds times. Printed: after each build, the
reads and errors so far and the gateway's memory and threads (the soak: one reader reconnecting for
every query through many rebuilds, to see that neither errors nor memory grow); at the end, p50 and
p95 latency per query and overall, the error count (expected 0) with the first errors, and the
gateway's peak resident memory (VmHWM).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from fiscal_warehouse.benchmark import percentiles, readme_queries
from fiscal_warehouse.build import PROJECT_DIR, published_path
from fiscal_warehouse.gateway.client import Client

QUERIES_PER_CONNECTION = 10  # then a client reconnects, and so moves to a newly published file


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gateway:
    """`python -m fiscal_warehouse.gateway` in a process of its own, ready once it listens."""

    def __init__(self, warehouse: Path, log: Path, *options: str, cwd: Path = PROJECT_DIR, env=None) -> None:
        self.port = free_port()
        self.log = log
        environment = dict(os.environ if env is None else env, FISCAL_WAREHOUSE=str(warehouse))
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_DIR), environment.get("PYTHONPATH")]))
        with log.open("w") as stderr:  # a file, not a pipe: an unread pipe could fill up
            self.process = subprocess.Popen(
                [sys.executable, "-m", "fiscal_warehouse.gateway", "--port", str(self.port), *options],
                cwd=cwd,
                env=environment,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        ready = f"read-only on postgresql://127.0.0.1:{self.port}/fiscal"
        printed = [self.process.stdout.readline()]
        while printed[-1] and ready not in printed[-1]:
            printed.append(self.process.stdout.readline())
        if ready not in printed[-1]:
            self.stop()
            raise RuntimeError("the gateway did not start:\n" + "".join(printed) + log.read_text())

    def status(self, name: str) -> int:
        """A figure of /proc/<pid>/status: Threads, or VmRSS and VmHWM (the peak resident memory) in bytes."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                figure, *unit = line.split()[1:]
                return int(figure) * (1024 if unit == ["kB"] else 1)
        raise KeyError(name)

    def stop(self) -> int:
        """SIGTERM, as a service manager stops it; its exit status."""
        self.process.terminate()
        status = self.process.wait(timeout=30)
        self.process.stdout.close()
        return status

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *_) -> None:
        self.stop()


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def run_client(
    port: int, number: int, queries: list[tuple[str, str]], stop: threading.Event, tally: Tally, per_connection: int
) -> None:
    turn = number
    while not stop.is_set():
        try:
            started = time.perf_counter()
            with Client("127.0.0.1", port) as client:
                with tally.lock:  # a connection is a DuckDB instance of its own, the warehouse attached
                    tally.latencies.setdefault("(connect)", []).append((time.perf_counter() - started) * 1000)
                for _ in range(per_connection):
                    name, sql = queries[turn % len(queries)]
                    turn += 1
                    started = time.perf_counter()
                    client.query(sql)
                    with tally.lock:
                        tally.latencies.setdefault(name, []).append((time.perf_counter() - started) * 1000)
                    if stop.is_set():
                        break
        except Exception as error:
            with tally.lock:
                tally.errors.append(f"client {number}: {type(error).__name__}: {error}")


def publish(builds: int, warehouse: Path, log: Path, gateway: Gateway, tally: Tally) -> None:
    """`python -m fiscal_warehouse.build` run `builds` times, a line printed after each."""
    with log.open("w") as output:
        for number in range(1, builds + 1):
            started = time.perf_counter()
            completed = subprocess.run(
                [sys.executable, "-m", "fiscal_warehouse.build"],
                cwd=PROJECT_DIR,
                env=dict(os.environ, FISCAL_WAREHOUSE=str(warehouse)),
                stdout=output,
                stderr=subprocess.STDOUT,
                check=False,
            )
            outcome = "published" if completed.returncode == 0 else f"FAILED (exit {completed.returncode}, {log})"
            with tally.lock:
                reads = sum(len(runs) for name, runs in tally.latencies.items() if name != "(connect)")
                errors = len(tally.errors)
            print(
                f"  build {number}: {time.perf_counter() - started:.0f} s, {outcome}; so far {reads} reads, "
                f"{errors} errors; gateway RSS {gateway.status('VmRSS') / 2**20:.0f} MiB, "
                f"{gateway.status('Threads')} threads",
                flush=True,
            )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Concurrent clients on the gateway while the warehouse is rebuilt.")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0, help="run at least this long (default 30)")
    parser.add_argument("--builds", type=int, default=1, help="publish this many times meanwhile (default 1)")
    parser.add_argument(
        "--queries-per-connection",
        type=int,
        default=QUERIES_PER_CONNECTION,
        help=f"then a client reconnects (default {QUERIES_PER_CONNECTION}; the soak: 1)",
    )
    arguments = parser.parse_args(argv)
    warehouse = published_path()
    if not warehouse.exists():
        print(f"no warehouse at {warehouse}: run `make build` first", file=sys.stderr)
        return 1
    queries = readme_queries()
    logs = warehouse.parent / ".build"
    logs.mkdir(parents=True, exist_ok=True)
    tally, stop = Tally(), threading.Event()
    print(f"clients: {arguments.clients} on {warehouse}, the {len(queries)} README queries in turn", flush=True)
    with Gateway(warehouse, logs / "gateway-load.log") as gateway:
        started = time.perf_counter()
        per_connection = arguments.queries_per_connection
        clients = [
            threading.Thread(target=run_client, args=(gateway.port, number, queries, stop, tally, per_connection))
            for number in range(arguments.clients)
        ]
        for client in clients:
            client.start()
        publish(arguments.builds, warehouse, logs / "gateway-load-build.log", gateway, tally)
        time.sleep(max(0.0, arguments.seconds - (time.perf_counter() - started)))
        stop.set()
        for client in clients:
            client.join()
        elapsed = time.perf_counter() - started
        peak, current = gateway.status("VmHWM"), gateway.status("VmRSS")

    every = [latency for name, latencies in tally.latencies.items() if name != "(connect)" for latency in latencies]
    print(f"  {elapsed:.0f} s in all; queries per connection: {per_connection}")
    for name, latencies in sorted(tally.latencies.items()):
        p50, p95 = percentiles(latencies)
        print(f"  {name:<16} {len(latencies):6d} runs  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms")
    if every:
        p50, p95 = percentiles(every)
        rate = len(every) / elapsed
        print(f"  all queries      {len(every):6d} runs  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  ({rate:.0f} per second)")
    print(f"  errors: {len(tally.errors)}")
    for error in tally.errors[:5]:
        print(f"    {error[:200]}")
    print(f"  gateway peak RSS {peak / 2**20:.0f} MiB (at the end {current / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
