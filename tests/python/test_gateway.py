"""JDBC and ODBC clients read the warehouse through the PostgreSQL-protocol gateway
(`make gateway`), as the README's recipes say: Debian's PostgreSQL JDBC driver from a Java
program, psqlODBC through unixODBC's isql, and psql. Expected figures come from the seeds.
"""

from __future__ import annotations

import csv
import glob
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR, free_port, published_three_public_totals

JDBC_DRIVER = Path("/usr/share/java/postgresql.jar")
PSQLODBC_DRIVERS = glob.glob("/usr/lib/*/odbc/psqlodbcw.so")
# The reports that print a 三公 actual (a PDF report's 三公 table may leave it blank).
QUERY = (
    'select 报告编号, "决算数（万元）", "比上年增减（万元）" from zh.三公经费 '
    "where 三公项目 = '三公经费合计' and \"决算数（万元）\" is not null order by 报告编号"
)


@pytest.fixture(scope="module", autouse=True)
def clients_installed() -> None:
    missing = [tool for tool in ("java", "javac", "psql", "isql") if shutil.which(tool) is None]
    missing += [] if JDBC_DRIVER.exists() else [str(JDBC_DRIVER)]
    missing += [] if PSQLODBC_DRIVERS else ["psqlodbcw.so"]
    assert not missing, f"{missing} missing: `make test` installs them (`make clients`)"


@pytest.fixture
def gateway(warehouse: Path, tmp_path: Path):
    """`python -m fiscal_warehouse.gateway` on a copy of the warehouse: (copy, port)."""
    published = tmp_path / "fiscal.duckdb"
    shutil.copy2(warehouse, published)
    port = free_port()
    log = (tmp_path / "gateway.log").open("w")  # a file, not a pipe: an unread pipe could fill up
    server = subprocess.Popen(
        [sys.executable, "-m", "fiscal_warehouse.gateway", "--port", str(port)],
        cwd=PROJECT_DIR,
        env=dict(os.environ, FISCAL_WAREHOUSE=str(published)),
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    try:
        ready = f"read-only on postgresql://127.0.0.1:{port}/fiscal"
        printed = []
        while not printed or (ready not in printed[-1] and printed[-1]):
            printed.append(server.stdout.readline())
        assert ready in printed[-1], "".join(printed) + (tmp_path / "gateway.log").read_text()
        yield published, port
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def conninfo(port: int) -> str:
    return f"host=127.0.0.1 port={port} dbname=fiscal user=analyst sslmode=disable"


def psql(port: int, sql: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["psql", conninfo(port), "-X", "-A", "-t", "-F", "\t", "-c", sql],
        capture_output=True,
        text=True,
        check=False,
    )


def totals(rows: list[list[str]], null: str) -> dict[str, tuple[Decimal, Decimal | None]]:
    return {report: (Decimal(amount), None if change == null else Decimal(change)) for report, amount, change in rows}


def test_jdbc_client_reads_figures_and_catalog(gateway, tmp_path):
    _, port = gateway
    subprocess.run(
        ["javac", "-d", str(tmp_path), str(PROJECT_DIR / "tests" / "clients" / "WarehouseQuery.java")], check=True
    )
    url = f"jdbc:postgresql://127.0.0.1:{port}/fiscal?binaryTransfer=false"  # as in the README

    def java(*arguments: str) -> list[list[str]]:
        completed = subprocess.run(
            ["java", "-cp", f"{JDBC_DRIVER}:{tmp_path}", "WarehouseQuery", url, *arguments],
            capture_output=True,
            text=True,
            check=True,
        )
        return [line.split("\t") for line in completed.stdout.splitlines()]

    # A prepared statement with a Chinese parameter, as a BI tool's filter sends it.
    labels, types, *rows = java("query", QUERY.replace("'三公经费合计'", "?"), "三公经费合计")
    assert labels == ["报告编号", "决算数（万元）", "比上年增减（万元）"]
    assert types == ["text", "numeric", "numeric"]
    assert totals(rows, null="NULL") == published_three_public_totals()

    # What a tool's database navigator shows: the Chinese views and their typed columns.
    with duckdb.connect(str(gateway[0]), read_only=True) as db:
        views = {name for (name,) in db.sql("select view_name from duckdb_views() where schema_name = 'zh'").fetchall()}
        columns = db.sql("select column_name from duckdb_columns() where table_name = '三公经费'").fetchall()
    assert {name for name, kind in java("tables", "zh") if kind == "VIEW"} == views
    listed = dict(java("columns", "zh", "三公经费"))
    assert set(listed) == {name for (name,) in columns}
    assert listed["决算数（万元）"] == "numeric" and listed["报告编号"] == "varchar"


def test_odbc_client_reads_figures_and_catalog(gateway, tmp_path):
    _, port = gateway
    (tmp_path / "odbcinst.ini").write_text(f"[PostgreSQL Unicode]\nDriver={PSQLODBC_DRIVERS[0]}\n")
    # The DSN of the README.
    (tmp_path / "odbc.ini").write_text(
        "[fiscal]\nDriver=PostgreSQL Unicode\nServername=127.0.0.1\n"
        f"Port={port}\nDatabase=fiscal\nUsername=analyst\nSSLmode=disable\nUseServerSidePrepare=0\n"
    )
    environment = dict(os.environ, ODBCSYSINI=str(tmp_path), ODBCINI=str(tmp_path / "odbc.ini"))

    def isql(sql: str) -> list[list[str]]:
        completed = subprocess.run(
            ["isql", "-b", "-v", "-d\t", "fiscal"], input=sql, capture_output=True, text=True, env=environment
        )
        assert "ERROR" not in completed.stdout, completed.stdout
        return [line.split("\t") for line in completed.stdout.splitlines()]

    assert totals(isql(QUERY), null="") == published_three_public_totals()
    listed = {(schema, name) for _, schema, name, *_ in isql("help")}
    assert {("zh", "三公经费"), ("main", "fct_three_public_expenses"), ("main", "report_summary")} <= listed


def test_writes_and_files_outside_the_warehouse_are_refused(gateway):
    published, port = gateway
    before = published.read_bytes()
    assert "read-only mode" in psql(port, "create table written_through_gateway (i integer)").stderr
    assert "read-only mode" in psql(port, "delete from dim_report").stderr
    assert "Permission Error" in psql(port, f"copy dim_report to '{published.parent / 'leak.csv'}'").stderr
    assert "Permission Error" in psql(port, "select * from read_csv('/etc/passwd')").stderr
    assert not (published.parent / "leak.csv").exists()
    assert published.read_bytes() == before


def registered_reports() -> int:
    with open(PROJECT_DIR / "seeds" / "reports.csv", encoding="utf-8", newline="") as handle:
        return len(list(csv.DictReader(handle)))


def test_every_query_with_a_result_returns_its_rows(gateway):
    """Words such as "update" or "begin" in a query's text do not turn it into a command; the
    arithmetic is DuckDB's, as the README says (7 / 2 is 3.5)."""
    _, port = gateway
    answer = psql(
        port, "select 'please update me' as note, 'begin' as word, count(*) as reports, 7 / 2 as half from dim_report"
    )
    assert answer.stdout.splitlines() == [f"please update me\tbegin\t{registered_reports()}\t3.5"], answer.stderr


def test_commands_answer_with_their_tag_and_queries_with_rows(gateway):
    """A transaction, a client setting and DuckDB's own SHOW, as a client session sends them."""
    _, port = gateway
    answer = subprocess.run(
        ["psql", conninfo(port), "-X", "-A", "-t"]
        + ["-c", "begin", "-c", "select count(*) from dim_report", "-c", "commit", "-c", "set application_name = 'x'"]
        + ["-c", "show tables"],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = answer.stdout.splitlines()
    assert lines[:4] == ["BEGIN", str(registered_reports()), "COMMIT", "SET"], answer.stderr
    assert {"dim_report", "fct_three_public_expenses", "audit_findings"} <= set(lines[4:])


def test_a_client_that_reconnects_after_a_rebuild_sees_the_new_warehouse(gateway):
    published, port = gateway
    # A client that stays connected across the rebuild, as a BI tool does.
    connected = subprocess.Popen(
        ["psql", conninfo(port), "-X", "-A", "-t", "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def ask_connected(sql: str) -> str:
        connected.stdin.write(sql + ";\n")
        connected.stdin.flush()
        return connected.stdout.readline().strip()

    marker_tables = "select count(*) from duckdb_tables() where table_name = 'rebuild_marker'"
    try:
        assert ask_connected(marker_tables) == "0"
        rebuilt = published.with_name("fiscal.next.duckdb")
        shutil.copy2(published, rebuilt)
        with duckdb.connect(str(rebuilt)) as db:
            db.execute("create table main.rebuild_marker as select 1 as marker")
        os.replace(rebuilt, published)  # how a build publishes

        assert psql(port, "select marker from rebuild_marker").stdout.strip() == "1"
        assert ask_connected(marker_tables) == "0"  # the old client keeps its file until it reconnects
    finally:
        connected.stdin.close()
        connected.wait(timeout=10)


def test_the_readme_gives_the_jdbc_and_odbc_recipes():
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    assert "make gateway" in readme
    assert "jdbc:postgresql://127.0.0.1:5433/fiscal?binaryTransfer=false" in readme
    assert "UseServerSidePrepare=0" in readme


def test_gateway_refuses_a_missing_warehouse(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "fiscal_warehouse.gateway", "--port", str(free_port())],
        cwd=PROJECT_DIR,
        env=dict(os.environ, FISCAL_WAREHOUSE=str(tmp_path / "absent.duckdb")),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 1
    assert "no warehouse at" in completed.stderr and "make build" in completed.stderr
