"""What one client cannot do to the gateway (`make gateway`): spill into another's files, raise its own
memory or threads, run for ever, outlive a cancel or its own disconnect, send a 4 GiB message,
hold connections without end, flood the log, write into the project folder, or have part of its
query dropped. Driven with psql, and with a raw protocol client (fiscal_warehouse/gateway/client.py)
for what psql cannot send; after each abuse the gateway still answers a normal query.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import PROJECT_DIR

from fiscal_warehouse.gateway.client import Client, ServerError, cancel
from fiscal_warehouse.gateway.load import Gateway

# Ten billion rows: about 5 s on two idle cores, so it outlasts a 1 s timeout.
SLOW = "select count(*) from range(100000000) a, range(100) b"
# A trillion rows: runs until it is stopped.
ENDLESS = "select count(*) from range(1000000000) a, range(1000) b"
# Sorting five million strings does not fit in 100 MB: it spills (about 100 MB).
ROWS = 5_000_000
SPILLS = f"select count(*), sum(i) from (select i, i::varchar as s from range({ROWS}) t(i) order by s)"
SMALL = ("--memory-limit", "100MB", "--threads", "1")


@pytest.fixture(scope="module", autouse=True)
def psql_installed() -> None:
    assert shutil.which("psql"), "psql missing: `make test` installs it (`make clients`)"


@pytest.fixture
def start(warehouse: Path, tmp_path: Path):
    """start(*options): a gateway on the test warehouse, its temporary folder tmp_path/tmp and its
    working folder tmp_path/cwd (empty), so where it writes can be seen."""
    started = []

    def start_gateway(*options: str) -> Gateway:
        for folder in ("tmp", "cwd"):
            (tmp_path / folder).mkdir(exist_ok=True)
        environment = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
        gateway = Gateway(
            warehouse, tmp_path / f"gateway-{len(started)}.log", *options, cwd=tmp_path / "cwd", env=environment
        )
        started.append(gateway)
        return gateway

    yield start_gateway
    for gateway in started:
        gateway.stop()


def conninfo(gateway: Gateway) -> str:
    return f"host=127.0.0.1 port={gateway.port} dbname=fiscal user=analyst sslmode=disable"


def psql(gateway: Gateway, *statements: str) -> subprocess.CompletedProcess:
    """psql with each statement as a -c of its own; errors with their SQLSTATE (VERBOSITY verbose)."""
    command = ["psql", conninfo(gateway), "-X", "-A", "-t", "-v", "VERBOSITY=verbose"]
    for statement in statements:
        command += ["-c", statement]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def answers(gateway: Gateway) -> bool:
    """The gateway still answers a normal query on a new connection."""
    return psql(gateway, "select count(*) from dim_report").stdout.strip().isdigit()


def connect(gateway: Gateway) -> Client:
    return Client("127.0.0.1", gateway.port, timeout=30)


def test_each_connection_spills_into_a_folder_of_its_own_outside_the_project(start, tmp_path):
    gateway = start(*SMALL)
    spilled: set[Path] = set()
    running = [
        subprocess.Popen(["psql", conninfo(gateway), "-X", "-A", "-t", "-c", SPILLS], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    while any(process.poll() is None for process in running):
        spilled |= {file.parent for file in (tmp_path / "tmp").glob("fiscal-gateway-*/session-*/*.tmp")}
        time.sleep(0.02)
    # Two clients sorting at once, each in its own folder under the temporary folder: right sums.
    assert [process.stdout.read().split() for process in running] == [[f"{ROWS}|{ROWS * (ROWS - 1) // 2}"]] * 2
    assert len(spilled) == 2, spilled
    assert not (tmp_path / "cwd" / ".tmp").exists()
    # A connection's folder goes when it closes.
    time.sleep(0.5)
    assert not [folder for folder in spilled if folder.exists()]
    assert answers(gateway)


def test_what_a_connection_spills_is_bounded(start):
    gateway = start(*SMALL, "--max-temp-size", "20MB")
    refused = psql(gateway, SPILLS)
    assert "max_temp_directory_size" in refused.stderr and "53200" in refused.stderr, refused.stderr
    assert answers(gateway)


def test_a_client_cannot_change_memory_threads_or_file_access(start, tmp_path):
    gateway = start(*SMALL)
    for setting, value in [
        ("memory_limit", "'100GB'"),
        ("threads", "64"),
        ("enable_external_access", "true"),
        ("temp_directory", f"'{tmp_path / 'cwd'}'"),
        ("max_temp_directory_size", "'1TB'"),
        ("lock_configuration", "false"),
    ]:
        refused = psql(gateway, f"set {setting} = {value}")
        assert f'Cannot change configuration option "{setting}" - the configuration has been locked' in refused.stderr
        assert "55P02" in refused.stderr and refused.returncode == 1
    settings = psql(gateway, "select current_setting('memory_limit'), current_setting('threads')")
    assert settings.stdout.strip() == "95.3 MiB|1"
    # Files anywhere, the project's own folder included, stay out of reach.
    leak = tmp_path / "cwd" / ".tmp" / "x.csv"
    refused = psql(gateway, f"copy dim_report to '{leak}'")
    assert "Permission Error" in refused.stderr and "42501" in refused.stderr
    assert not leak.exists()
    refused = psql(gateway, f"copy dim_report to '{PROJECT_DIR / '.tmp' / 'x.csv'}'")
    assert "Permission Error" in refused.stderr and not (PROJECT_DIR / ".tmp" / "x.csv").exists()
    assert answers(gateway)


def test_a_statement_stops_at_the_statement_timeout(start):
    gateway = start("--statement-timeout", "1")
    started = time.monotonic()
    stopped = psql(gateway, SLOW)
    elapsed = time.monotonic() - started
    assert "57014: canceling statement due to statement timeout" in stopped.stderr, stopped.stderr
    assert 1 <= elapsed < 5
    assert answers(gateway)


def test_a_client_may_lower_the_statement_timeout_but_not_raise_it(start):
    lowered = psql(start(), "set statement_timeout = '1s'", "show statement_timeout", SLOW)
    assert lowered.stdout.split() == ["SET", "1s"] and "statement timeout" in lowered.stderr
    raised = psql(start("--statement-timeout", "1"), "set statement_timeout = '10min'", "show statement_timeout", SLOW)
    assert raised.stdout.split() == ["SET", "1s"] and "statement timeout" in raised.stderr


def test_psql_cancels_a_statement_with_ctrl_c(start):
    gateway = start()
    running = subprocess.Popen(
        ["psql", conninfo(gateway), "-X", "-A", "-t", "-v", "VERBOSITY=verbose", "-c", ENDLESS],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2)
    running.send_signal(signal.SIGINT)  # psql sends a cancel request with the connection's key
    started = time.monotonic()
    _, stderr = running.communicate(timeout=30)
    assert "57014: canceling statement due to user request" in stderr, stderr
    assert time.monotonic() - started < 5
    assert answers(gateway)


def test_a_cancel_request_stops_only_the_statement_of_its_key(start):
    gateway = start()
    with connect(gateway) as client:
        client.send(b"Q", ENDLESS.encode() + b"\0")
        time.sleep(0.5)
        cancel("127.0.0.1", gateway.port, client.process_id, client.secret_key ^ 1)  # a wrong key: nothing
        time.sleep(1)
        canceled_at = time.monotonic()
        cancel("127.0.0.1", gateway.port, client.process_id, client.secret_key)
        with pytest.raises(ServerError) as stopped:
            client.read_until_ready()
        assert time.monotonic() - canceled_at < 5
        assert (stopped.value.sqlstate, stopped.value.fields["M"]) == (
            "57014",
            "canceling statement due to user request",
        )
        assert client.query("select 42")[0].rows == [["42"]]  # the connection goes on


def test_a_client_that_disconnects_stops_its_statement(start):
    """With one connection allowed, the next client gets in only once the abandoned statement has stopped."""
    gateway = start("--max-connections", "1")
    abandoned = connect(gateway)
    abandoned.send(b"Q", ENDLESS.encode() + b"\0")
    time.sleep(0.5)
    abandoned.stream.close()
    abandoned.socket.close()
    deadline = time.monotonic() + 10
    while True:
        try:
            with connect(gateway) as client:
                assert client.query("select 42")[0].rows == [["42"]]
                break
        except ServerError as refused:
            assert refused.sqlstate == "53300"
            assert time.monotonic() < deadline, "the abandoned statement still runs"
            time.sleep(0.2)
    assert "because the client has disconnected" in gateway.log.read_text()


def test_connections_beyond_the_limit_are_refused(start):
    gateway = start("--max-connections", "2")
    first, second = connect(gateway), connect(gateway)
    with pytest.raises(ServerError) as refused:
        connect(gateway)
    assert (refused.value.fields["S"], refused.value.sqlstate) == ("FATAL", "53300")
    assert "sorry, too many clients already" in psql(gateway, "select 1").stderr
    assert first.query("select 1")[0].rows == [["1"]]
    first.close()
    time.sleep(0.2)
    assert answers(gateway)
    second.close()


def test_an_oversized_message_is_refused_and_its_connection_closed(start):
    gateway = start("--max-message-size", "65536")
    with connect(gateway) as client:
        client.socket.sendall(b"Q" + struct.pack("!I", 2**32 - 1))  # a header declaring 4 GiB, and nothing more
        kind, payload = client.read_message()
        assert kind == b"E" and b"C08P01" in payload and b"4294967295 bytes exceeds the limit of 65536" in payload
        assert client.read_message() == (b"", b"")  # closed
    with connect(gateway) as client:  # the limit is the whole message: a query of 60,000 characters passes
        assert client.query("select 1 --" + "x" * 60_000)[0].rows == [["1"]]
        with pytest.raises(ServerError, match="exceeds the limit"):
            client.query("select 1 --" + "x" * 70_000)
    with Client("127.0.0.1", gateway.port, startup=False) as raw:  # an oversized startup packet
        raw.socket.sendall(struct.pack("!II", 2**31, 196608))
        kind, payload = raw.read_message()
        assert kind == b"E" and b"invalid length of startup packet" in payload
    assert answers(gateway)


def test_many_connections_hold_a_bounded_number_of_threads(start):
    """Two hundred connections that never speak (the old gateway kept a thread for each, for ever)."""
    gateway = start("--max-connections", "4")
    idle_threads = gateway.status("Threads")
    sessions = [connect(gateway) for _ in range(4)]
    silent = [Client("127.0.0.1", gateway.port, startup=False) for _ in range(200)]
    time.sleep(1)
    # Each session: its handler and DuckDB's worker; beyond them, a few spare handlers to refuse politely.
    assert gateway.status("Threads") <= idle_threads + 4 * 2 + 8
    closed = 0
    for raw in silent:
        raw.socket.settimeout(0.05)
        with contextlib.suppress(TimeoutError):  # one the gateway still holds, waiting for its startup packet
            closed += raw.socket.recv(1) == b""
        raw.close()
    assert closed >= 200 - 8
    sessions.pop().close()
    time.sleep(0.2)
    assert answers(gateway)
    for session in sessions:
        assert session.query("select 1")[0].rows == [["1"]]
        session.close()


def test_an_idle_connection_is_closed(start):
    gateway = start("--idle-timeout", "1")
    with connect(gateway) as client:
        # A statement that runs longer than the idle timeout is not idleness.
        assert client.query("select count(*) from range(100000000) a, range(60) b")[0].rows == [["6000000000"]]
        time.sleep(2)
        kind, payload = client.read_message()
        assert kind == b"E" and b"C57P05" in payload and b"idle-session timeout" in payload
        assert client.read_message() == (b"", b"")
    assert answers(gateway)


def test_a_query_of_several_statements_is_answered_whole(start):
    gateway = start()
    assert psql(gateway, "SET application_name='x'; select 42").stdout.split() == ["SET", "42"]
    with connect(gateway) as client:
        results = client.query("SET application_name='x'; select 42 as answer; select 'a;b' -- ;\n;")
        assert [(result.tag, result.columns, result.rows) for result in results] == [
            ("SET", [], []),
            ("SELECT 1", ["answer"], [["42"]]),
            ("SELECT 1", ["'a;b'"], [["a;b"]]),
        ]
        # What psqlODBC sends when it connects: PostgreSQL settings DuckDB does not have, and one it reads.
        results = client.query("SET DateStyle = 'ISO';SET extra_float_digits = 2;show transaction_isolation")
        assert [(result.tag, result.rows) for result in results] == [
            ("SET", []),
            ("SET", []),
            ("SELECT 1", [["read committed"]]),
        ]
        # The first error ends the batch, as in PostgreSQL: the statements after it do not run.
        with pytest.raises(ServerError) as failed:
            client.query("select 1; select * from no_such_table; select 3")
        assert [result.rows for result in failed.value.results] == [[["1"]]] and failed.value.sqlstate == "42P01"
        # A prepared statement is one statement.
        client.send(b"P", b"\0select 1; select 2\0\0\0")
        client.send(b"B", b"\0\0" + struct.pack("!hhh", 0, 0, 0))
        client.send(b"E", b"\0" + struct.pack("!i", 0))
        client.send(b"S", b"")
        with pytest.raises(ServerError, match="cannot insert multiple commands into a prepared statement"):
            client.read_until_ready()
        assert client.query("select 42")[0].rows == [["42"]]


def test_a_failing_statement_is_logged_as_an_excerpt(start):
    gateway = start()
    long_statement = "select * from no_such_table where note = '" + "x" * 100_000 + "'"
    assert "42P01" in psql(gateway, long_statement).stderr
    [line] = [line for line in gateway.log.read_text().splitlines() if "no_such_table" in line]
    # The first 200 characters of the statement and its length; the client got DuckDB's whole message.
    assert re.search(
        r"ERROR 42P01: .* \| statement: SELECT \* FROM no_such_table WHERE note = 'x{158} … \(100043 characters\)$",
        line,
    )
    assert len(line) < 1_000


def test_a_timeout_while_rows_are_sent_ends_the_statement_not_the_connection(start):
    """The extended protocol (JDBC, ODBC): the rows stop with an error, and the connection goes on."""
    gateway = start("--statement-timeout", "1")
    with connect(gateway) as client:
        client.send(b"P", b"\0select i from range(10000000000) t(i)\0\0\0")
        client.send(b"B", b"\0\0" + struct.pack("!hhh", 0, 0, 0))
        client.send(b"E", b"\0" + struct.pack("!i", 0))
        client.send(b"S", b"")
        rows, kind = 0, b"1"
        while kind != b"E":
            kind, payload = client.read_message()
            assert kind, "the connection was closed"
            rows += kind == b"D"
        assert rows > 0 and b"C57014" in payload and b"statement timeout" in payload
        assert client.read_message()[0] == b"Z"
        assert client.query("select 42")[0].rows == [["42"]]


def test_the_log_is_bounded_when_a_client_fails_in_a_loop(start):
    gateway = start("--log-lines", "20")
    with connect(gateway) as client:
        for number in range(200):
            with pytest.raises(ServerError, match="no_such_table"):
                client.query(f"select * from no_such_table_{number}")
    lines = gateway.log.read_text().splitlines()
    assert len(lines) == 21 and "log budget of 20 lines a minute spent" in lines[-1], lines[-3:]
    assert answers(gateway)


def test_the_gateway_stops_cleanly_while_a_statement_runs(start, tmp_path):
    gateway = start()
    with connect(gateway) as client:
        client.send(b"Q", ENDLESS.encode() + b"\0")
        time.sleep(0.5)
        assert gateway.stop() == 0, gateway.log.read_text()  # not aborted by a DuckDB instance still running
        assert not list((tmp_path / "tmp").iterdir())  # its spill folders are gone


def test_the_load_test_prints_latency_errors_and_memory(warehouse, tmp_path):
    published = tmp_path / "published" / "fiscal.duckdb"
    published.parent.mkdir()
    shutil.copy2(warehouse, published)
    completed = subprocess.run(
        [sys.executable, "-m", "fiscal_warehouse.gateway.load", "--clients", "2", "--builds", "0", "--seconds", "2"],
        cwd=PROJECT_DIR,
        env=dict(os.environ, FISCAL_WAREHOUSE=str(published)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    for printed in ("README query 1 ", "all queries", "errors: 0", "gateway peak RSS"):
        assert printed in completed.stdout, completed.stdout


def test_a_busy_client_does_not_hold_up_the_others(start):
    gateway = start("--statement-timeout", "3")
    busy = threading.Thread(target=psql, args=(gateway, ENDLESS))
    busy.start()
    time.sleep(0.5)
    started = time.monotonic()
    assert answers(gateway)
    assert time.monotonic() - started < 2
    busy.join()
