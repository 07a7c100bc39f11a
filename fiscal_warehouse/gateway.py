"""A read-only PostgreSQL-protocol endpoint on the published warehouse, for JDBC and ODBC clients.

    python -m fiscal_warehouse.gateway [--port 5433]     (make gateway)

Tools that speak PostgreSQL (DBeaver or any JDBC client through the PostgreSQL JDBC driver,
Excel, Power BI or LibreOffice through psqlODBC, psql) connect to it on 127.0.0.1; database
name, user and password are not checked, so it listens on the loopback address only (reach
it from another machine through an SSH tunnel). The wire protocol is buenavista's; this
module adds what a warehouse needs on top:

- each client connection gets its own DuckDB instance that attaches the published file
  read-only and then disables file access, so a client can neither change the warehouse nor
  read or write other files, and a client that reconnects after `make build` sees the new file;
- whether a statement returns rows is decided by DuckDB's parser (buenavista's own session
  drops the rows of any query whose text contains "update " or "begin");
- the PostgreSQL catalog that JDBC and ODBC drivers read to list tables and columns
  reports PostgreSQL type ids (DuckDB's pg_attribute reports DuckDB's own).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path

import duckdb
from buenavista import bv_dialects, postgres
from buenavista.backends.duckdb import DuckDBConnection, DuckDBQueryResult, DuckDBSession
from buenavista.examples.duckdb_postgres import DuckDBPostgresRewriter

from fiscal_warehouse.build import published_path

DEFAULT_PORT = 5433
CATALOG = "fiscal"

# PostgreSQL type oids (pg_type.h) for the DuckDB column types the warehouse uses.
POSTGRES_TYPE_OF_DUCKDB_TYPE = """
    case
        when data_type like 'DECIMAL%' then 1700
        when data_type = 'VARCHAR' then 1043
        when data_type = 'INTEGER' then 23
        when data_type = 'BIGINT' then 20
        when data_type in ('SMALLINT', 'TINYINT') then 21
        when data_type = 'BOOLEAN' then 16
        when data_type = 'DOUBLE' then 701
        when data_type = 'FLOAT' then 700
        when data_type = 'DATE' then 1082
        when data_type = 'TIMESTAMP WITH TIME ZONE' then 1184
        when data_type like 'TIMESTAMP%' then 1114
        else 1043
    end"""


class CatalogRewriter(DuckDBPostgresRewriter):
    """PostgreSQL SQL → DuckDB SQL, with the catalog relations drivers query made PostgreSQL-like."""

    def rewrite(self, sql: str) -> str:
        # psqlODBC deallocates its prepared statements by name; there is nothing to free here.
        if re.match(r"\s*DEALLOCATE\b", sql, re.IGNORECASE):
            return "select 1 where false"
        rewritten = super().rewrite(sql)
        # Drivers look up 'pg_class'::regclass and the like; DuckDB has no reg* types.
        for cast, relation, column in (("REGCLASS", "pg_class", "relname"), ("REGTYPE", "pg_type", "typname")):
            rewritten = re.sub(
                rf"CAST\(('[^']*') AS {cast}\)",
                rf"(select oid from pg_catalog.{relation} where {column} = \1 limit 1)",
                rewritten,
                flags=re.IGNORECASE,
            )
        return rewritten


def pg_attribute() -> str:
    # DuckDB's pg_attribute.atttypid holds DuckDB type ids (DECIMAL is 21, PostgreSQL's int2).
    return f"""
        select
            table_oid as attrelid, column_name as attname, {POSTGRES_TYPE_OF_DUCKDB_TYPE} as atttypid,
            0 as attstattarget, -1 as attlen, column_index as attnum, 0 as attndims, -1 as attcacheoff,
            case when data_type like 'DECIMAL%' then numeric_precision * 65536 + numeric_scale + 4 else -1 end
                as atttypmod,
            false as attbyval, not is_nullable as attnotnull, column_default is not null as atthasdef,
            false as atthasmissing, '' as attidentity, '' as attgenerated, false as attisdropped,
            true as attislocal, 0 as attinhcount, 0 as attcollation
        from duckdb_columns()"""


def pg_type() -> str:
    # psqlODBC reads typtypmod without expecting NULL; PostgreSQL has -1 where DuckDB has NULL.
    return "select * replace (coalesce(typtypmod, -1) as typtypmod) from system.pg_catalog.pg_type"


def catalog_rewriter() -> CatalogRewriter:
    rewriter = CatalogRewriter(bv_dialects.BVPostgres(), bv_dialects.BVDuckDB())
    for name, relation in (("pg_attribute", pg_attribute), ("pg_type", pg_type)):
        rewriter.relation(name)(relation)
        rewriter.relation(f"pg_catalog.{name}")(relation)
    return rewriter


def open_read_only(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """A DuckDB instance of its own with the warehouse attached read-only and file access off.

    An in-memory instance that attaches the file, rather than duckdb.connect(file), because
    DuckDB shares one instance per path within a process: a new client would otherwise keep
    seeing a replaced warehouse for as long as an older client stays connected.
    """
    connection = duckdb.connect(":memory:")
    try:
        connection.execute(f"attach '{warehouse}' as {CATALOG} (read_only)")
        connection.execute(f"use {CATALOG}.main")
        connection.execute("set enable_external_access = false")
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


class WarehouseSession(DuckDBSession):
    """One client connection, on its own read-only instance."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        # The connection itself, not a cursor on it: a cursor would not inherit its `use`.
        super().__init__(connection)

    def execute_sql(self, sql: str, params=None) -> DuckDBQueryResult:
        sql = self.rewrite_sql(sql)
        if not sql.strip():  # a client setting DuckDB does not have (buenavista drops those)
            return DuckDBQueryResult(status="SET")
        self._cursor.execute(sql, params or None)
        # DuckDB answers commands with a one-row "Success" result; only queries have rows for the client.
        last = duckdb.extract_statements(sql)[-1]
        if last.type in STATEMENTS_WITH_ROWS:
            return DuckDBQueryResult(self._cursor.to_arrow_reader())
        tag = command_tag(last.query)
        if last.type == duckdb.StatementType.TRANSACTION:
            self.in_txn = tag in ("BEGIN", "START")
        return DuckDBQueryResult(status=tag)


class Warehouse(DuckDBConnection):
    """The published warehouse file, opened afresh for every client connection."""

    def __init__(self, path: Path) -> None:
        super().__init__(db=None)
        self.path = path

    def new_session(self) -> WarehouseSession:
        return WarehouseSession(open_read_only(self.path))


def serve(warehouse: Path, port: int) -> postgres.BuenaVistaServer:
    open_read_only(warehouse).close()  # fail now, with DuckDB's message, if the file cannot be read
    return postgres.BuenaVistaServer(("127.0.0.1", port), Warehouse(warehouse), rewriter=catalog_rewriter())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Serve the warehouse read-only over the PostgreSQL protocol.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    arguments = parser.parse_args(argv)
    warehouse = published_path()
    if not warehouse.exists():
        print(f"no warehouse at {warehouse}: run `make build` first", file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("sqlglot").setLevel(logging.ERROR)  # it warns of every DuckDB-only statement
    server = serve(warehouse, arguments.port)
    host, port = server.server_address
    print(f"serving {warehouse} read-only on postgresql://{host}:{port}/{CATALOG}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
