"""A read-only PostgreSQL-protocol endpoint on the published warehouse, for JDBC and ODBC clients.

    python -m fiscal_warehouse.gateway [--port 5433] [--statement-timeout 60] …     (make gateway)

Tools that speak PostgreSQL (DBeaver or any JDBC client through the PostgreSQL JDBC driver,
Excel, Power BI or LibreOffice through psqlODBC, psql) connect to it on 127.0.0.1; database
name, user and password are not checked, so it listens on the loopback address only (reach
it from another machine through an SSH tunnel). The wire protocol is buenavista's; this
package adds what a warehouse needs on top, one concern per module:

- session.py: each client connection gets its own DuckDB instance that attaches the published
  file read-only, spills into a folder of its own, and has its memory, threads and file access
  set and locked, so a client can neither change the warehouse, read or write other files, nor
  take more than its share; a client that reconnects after `make build` sees the new file;
  whether a statement returns rows is decided by DuckDB's parser (buenavista's own session
  drops the rows of any query whose text contains "update " or "begin");
- watchdog.py: a statement that runs past the statement timeout, or whose client has gone, is
  interrupted;
- server.py: bounded messages, a connection limit, an idle timeout, cancel requests,
  multi-statement queries answered statement by statement, errors with SQLSTATEs, a bounded log;
- catalog.py: the PostgreSQL catalog that JDBC and ODBC drivers read to list tables and columns
  reports PostgreSQL type ids (DuckDB's pg_attribute reports DuckDB's own);
- limits.py: the limits, each with a command-line option and an environment variable.
"""

from __future__ import annotations

from pathlib import Path

from fiscal_warehouse.gateway.limits import Limits
from fiscal_warehouse.gateway.server import GatewayServer
from fiscal_warehouse.gateway.session import CATALOG, Warehouse

DEFAULT_PORT = 5433
__all__ = ["CATALOG", "DEFAULT_PORT", "serve"]


def serve(warehouse: Path, port: int, limits: Limits, spill_root: Path) -> GatewayServer:
    published = Warehouse(warehouse, limits, spill_root)
    published.new_session().close()  # fail now, with DuckDB's message, if the file or a limit is wrong
    return GatewayServer(("127.0.0.1", port), published, limits)
