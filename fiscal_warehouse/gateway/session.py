"""One client connection: a DuckDB instance of its own, its limits fixed by the server, its statement interruptible.

The instance attaches the published file read-only (an in-memory instance that attaches it, rather
than duckdb.connect(file): DuckDB shares one instance per path within a process, so a client would
otherwise keep seeing a replaced warehouse for as long as an older client stays connected). It
spills into a folder of its own, removed when the connection closes, and its memory, threads, spill
size and file access are set before `lock_configuration`, so a client cannot change them.

A statement runs from its execution until its last row has been read: DuckDB streams the rows, so
the sending is part of it. While it runs, interrupt() stops it (the watchdog on a timeout or a
client gone, a cancel request); the client gets SQLSTATE 57014 as from PostgreSQL.
"""

from __future__ import annotations

import math
import re
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import duckdb
from buenavista.backends.duckdb import DuckDBConnection, DuckDBQueryResult, DuckDBSession

from fiscal_warehouse.gateway.limits import Limits

CATALOG = "fiscal"


class GatewayError(Exception):
    """An error for the client with its PostgreSQL SQLSTATE; a fatal one closes the connection."""

    def __init__(self, message: str, sqlstate: str = "XX000", *, fatal: bool = False, statement: str = "") -> None:
        super().__init__(message)
        self.sqlstate, self.fatal, self.statement = sqlstate, fatal, statement


# SQLSTATEs (PostgreSQL's errcodes.txt) of DuckDB's errors, by message and then by class; otherwise XX000.
SQLSTATE_OF_MESSAGE = {"read-only mode": "25006", "configuration has been locked": "55P02"}
SQLSTATE_OF_ERROR = (
    (duckdb.InterruptException, "57014"),
    (duckdb.ParserException, "42601"),
    (duckdb.CatalogException, "42P01"),
    (duckdb.BinderException, "42000"),
    (duckdb.PermissionException, "42501"),
    (duckdb.OutOfMemoryException, "53200"),
    (duckdb.ConversionException, "22000"),
    (duckdb.InvalidInputException, "22023"),
)
CANCELED = {
    "timeout": "canceling statement due to statement timeout",
    "cancel": "canceling statement due to user request",
    "disconnect": "canceling statement because the client has disconnected",
    "shutdown": "terminating connection due to administrator command",
}


def sqlstate_of(error: Exception) -> str:
    text = str(error)
    by_message = [code for words, code in SQLSTATE_OF_MESSAGE.items() if words in text]
    return (by_message or [code for kind, code in SQLSTATE_OF_ERROR if isinstance(error, kind)] or ["XX000"])[0]


def sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def open_read_only(warehouse: Path, limits: Limits, spill_dir: Path) -> duckdb.DuckDBPyConnection:
    """An instance with the warehouse attached read-only, file access off and its configuration locked."""
    config = {"memory_limit": limits.memory_limit, "threads": limits.threads, "temp_directory": str(spill_dir)}
    connection = duckdb.connect(":memory:", config=config)
    try:
        # Given at connect, max_temp_directory_size is shown but not enforced (DuckDB 1.5); SET is.
        connection.execute(f"set max_temp_directory_size = {sql_literal(limits.max_temp_size)}")
        connection.execute(f"attach {sql_literal(str(warehouse))} as {CATALOG} (read_only)")
        connection.execute(f"use {CATALOG}.main")
        connection.execute("set enable_external_access = false")
        connection.execute("set lock_configuration = true")
    except duckdb.Error:
        connection.close()
        raise
    return connection


STATEMENTS_WITH_ROWS = {
    duckdb.StatementType.SELECT,  # also SHOW, DESCRIBE, SUMMARIZE, VALUES and PRAGMA queries
    duckdb.StatementType.EXPLAIN,
    duckdb.StatementType.CALL,
    duckdb.StatementType.EXECUTE,
}


def command_tag(sql: str) -> str:
    """What PostgreSQL reports for a statement without rows: its first keyword (SET, BEGIN …)."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"--[^\n]*|/\*.*?\*/", " ", sql, flags=re.DOTALL))
    return words[0].upper() if words else "SELECT"


# PostgreSQL's `SET statement_timeout` (milliseconds, or with a unit), which DuckDB does not have.
STATEMENT_TIMEOUT = re.compile(
    r"\s*(?:SET\s+(?:SESSION\s+)?statement_timeout\s*(?:=|TO)\s*(?:'?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>ms|s|min)?\s*'?"
    r"|DEFAULT)|RESET\s+statement_timeout)\s*;?\s*",
    re.IGNORECASE,
)
SECONDS_PER_UNIT = {None: 0.001, "ms": 0.001, "s": 1.0, "min": 60.0}
# PostgreSQL parameters DuckDB does not have that drivers read with SHOW (psqlODBC reads
# transaction_isolation when it connects), answered as a read-only PostgreSQL server would.
SHOW = re.compile(r"\s*SHOW\s+(?P<name>\w+)\s*;?\s*", re.IGNORECASE)
POSTGRES_PARAMETERS = {
    "transaction_isolation": "read committed",
    "default_transaction_isolation": "read committed",
    "transaction_read_only": "on",
    "default_transaction_read_only": "on",
    "standard_conforming_strings": "on",
}


class WarehouseSession(DuckDBSession):
    """One client connection, on its own read-only instance (the connection itself, not a cursor on
    it: a cursor would not inherit its `use`)."""

    def __init__(self, warehouse: Path, limits: Limits, spill_root: Path) -> None:
        self.spill_dir = Path(tempfile.mkdtemp(prefix="session-", dir=spill_root))
        try:
            super().__init__(open_read_only(warehouse, limits, self.spill_dir))
        except BaseException:
            shutil.rmtree(self.spill_dir, ignore_errors=True)
            raise
        self.limit = limits.statement_timeout
        self.timeout = self.limit
        self.peer: socket.socket | None = None  # the client's socket, watched for a disconnect
        self.deadline: float | None = None  # while a statement runs
        self.interrupted_by: str | None = None
        self._statement = 0
        self._lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        with self._lock:
            self._closed, self.deadline = True, None
        super().close()
        shutil.rmtree(self.spill_dir, ignore_errors=True)

    def interrupt(self, reason: str) -> bool:
        """Stop the running statement ("timeout", "cancel" or "disconnect"); False if none runs."""
        with self._lock:
            if self.deadline is None or self._closed:
                return False
            self.interrupted_by = self.interrupted_by or reason
            self._cursor.interrupt()
            return True

    def _start(self) -> int:
        with self._lock:
            self._statement += 1
            self.interrupted_by = None
            self.deadline = time.monotonic() + self.timeout if self.timeout else math.inf
            return self._statement

    def _finish(self, statement: int | None = None) -> None:
        with self._lock:
            if statement in (None, self._statement):
                self.deadline = None

    def _error(self, error: Exception, sql: str) -> GatewayError:
        if isinstance(error, GatewayError):
            return error
        if self.interrupted_by and "INTERRUPT" in str(error):
            return GatewayError(CANCELED.get(self.interrupted_by, CANCELED["cancel"]), "57014", statement=sql)
        return GatewayError(str(error), sqlstate_of(error), statement=sql)

    def set_statement_timeout(self, sql: str) -> bool:
        """`SET statement_timeout`: the client may lower the server's limit, not raise it."""
        if not (match := STATEMENT_TIMEOUT.fullmatch(sql)):
            return False
        requested = float(match["value"] or 0) * SECONDS_PER_UNIT[match["unit"] and match["unit"].lower()]
        self.timeout = min(requested, self.limit) if requested and self.limit else requested or self.limit
        return True

    def show_postgres_parameter(self, sql: str) -> str | None:
        """`SHOW transaction_isolation` and the like, as a query answering PostgreSQL's value."""
        if not (match := SHOW.fullmatch(sql)):
            return None
        name = match["name"].lower()
        values = {**POSTGRES_PARAMETERS, "statement_timeout": f"{self.timeout:g}s" if self.timeout else "0"}
        return f"select {sql_literal(values[name])} as {name}" if name in values else None

    def execute_sql(self, sql: str, params=None) -> DuckDBQueryResult:
        """One statement (a batch is split by the protocol handler; a prepared statement is one)."""
        self._finish()  # rows a client left unread (a suspended portal) end with the next statement
        if self.set_statement_timeout(sql):
            return DuckDBQueryResult(status="SET")
        sql = self.show_postgres_parameter(sql) or self.rewrite_sql(sql)
        if not sql.strip():  # a client setting DuckDB does not have (buenavista drops those)
            return DuckDBQueryResult(status="SET")
        try:
            statements = duckdb.extract_statements(sql)
        except duckdb.Error as error:
            raise self._error(error, sql) from error
        if len(statements) != 1:
            raise GatewayError("cannot insert multiple commands into a prepared statement", "42601", statement=sql)
        statement = self._start()
        try:
            self._cursor.execute(sql, params or None)
            # DuckDB answers commands with a one-row "Success" result; only queries have rows for the client.
            if statements[0].type in STATEMENTS_WITH_ROWS:
                return DuckDBQueryResult(GuardedReader(self, statement, sql))
        except Exception as error:
            self._finish(statement)
            raise self._error(error, sql) from error
        self._finish(statement)
        tag = command_tag(statements[0].query)
        if statements[0].type == duckdb.StatementType.TRANSACTION:
            self.in_txn = tag in ("BEGIN", "START")
        return DuckDBQueryResult(status=tag)


# Rows fetched from DuckDB at a time: a cancel or timeout takes effect between two batches, and a
# batch is held in memory outside DuckDB's memory_limit (DuckDB's default is a million rows).
ROWS_PER_BATCH = 10_000


class GuardedReader:
    """A statement's rows as DuckDB streams them; the statement ends with its last row or an error."""

    def __init__(self, session: WarehouseSession, statement: int, sql: str) -> None:
        self.session, self.statement, self.sql = session, statement, sql
        self.reader = session.cursor().to_arrow_reader(batch_size=ROWS_PER_BATCH)
        self.schema = self.reader.schema

    def read_next_batch(self):
        try:
            return self.reader.read_next_batch()
        except StopIteration:
            self.session._finish(self.statement)
            raise
        except Exception as error:  # DuckDB's errors reach the reader as Arrow's (OSError)
            self.session._finish(self.statement)
            raise self.session._error(error, self.sql) from error


class Warehouse(DuckDBConnection):
    """The published warehouse file, opened afresh for every client connection."""

    def __init__(self, path: Path, limits: Limits, spill_root: Path) -> None:
        super().__init__(db=None)
        self.path, self.limits, self.spill_root = path, limits, spill_root

    def new_session(self) -> WarehouseSession:
        return WarehouseSession(self.path, self.limits, self.spill_root)
