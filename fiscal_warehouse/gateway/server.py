"""The PostgreSQL wire protocol (buenavista's message handlers), with what one client must not exceed.

buenavista's own connection loop is replaced, because it reads whatever length a message header
declares, answers a cancel request by closing the session under the running query, keeps idle
connections for ever, has no connection limit, and executes a multi-statement query as one.
Here:

- every message is bounded (`max_message_size`; a startup packet 10,000 bytes, as in PostgreSQL);
  a larger one is refused with an error and its connection closed;
- a cancel request (a new connection carrying the backend key) interrupts that session's statement;
- at most `max_connections` sessions; the next client gets "too many clients" (SQLSTATE 53300);
- a connection waiting longer than `idle_timeout` for its client is closed (57P05);
- a simple query holding several statements is answered statement by statement, as PostgreSQL
  does, and stops at the first error;
- errors carry a SQLSTATE, and the log gets an excerpt of a failing statement, never all of it.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import socket
import struct
import threading
import time

import duckdb
from buenavista import postgres
from buenavista.postgres import BVContext, ClientCommand, ServerResponse

from fiscal_warehouse.gateway.catalog import catalog_rewriter
from fiscal_warehouse.gateway.limits import Limits
from fiscal_warehouse.gateway.session import GatewayError, Warehouse
from fiscal_warehouse.gateway.watchdog import Watchdog

logger = logging.getLogger("fiscal_warehouse.gateway")

PROTOCOL_3, SSL_REQUEST, GSSENC_REQUEST, CANCEL_REQUEST = 196608, 80877103, 80877104, 80877102
MAX_STARTUP_PACKET = 10_000  # PostgreSQL's MAX_STARTUP_PACKET_LENGTH
STARTUP_TIMEOUT = 10.0  # seconds a new connection has to send its startup packet
SPARE_CONNECTIONS = 8  # connections beyond max_connections, to refuse politely or to carry a cancel request
EXCERPT = 200  # characters of a failing statement or message in the log
SHUTDOWN_WAIT = 5.0  # seconds the sessions have to close when the gateway stops


def excerpt(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + f" … ({len(flat)} characters)"


def split_statements(batch: str) -> list[str]:
    """The statements of a simple query, split at DuckDB's `;` tokens (not inside strings or comments)."""
    try:
        tokens = duckdb.tokenize(batch)
    except duckdb.Error:
        return [batch]
    text = batch.encode("utf-8")  # the tokens' offsets count bytes
    statements, start, has_tokens = [], 0, False
    for offset, kind in tokens:
        if kind == duckdb.token_type.operator and text[offset : offset + 1] == b";":
            statements += [text[start:offset].decode("utf-8")] if has_tokens else []
            start, has_tokens = offset + 1, False
        else:
            has_tokens = True
    return statements + ([text[start:].decode("utf-8")] if has_tokens else [])


class GatewayHandler(postgres.BuenaVistaHandler):
    server: GatewayServer

    def handle(self) -> None:
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.request.settimeout(STARTUP_TIMEOUT)
        ctx = None
        try:
            ctx = self.handle_startup(self.server.conn)
            if ctx is not None:
                self.send_auth_request(ctx)  # no password: AuthenticationOk, BackendKeyData, ReadyForQuery
                self.request.settimeout(self.server.limits.idle_timeout or None)
                self.serve_messages(ctx)
        except TimeoutError:
            if ctx is not None:
                self.send_error(GatewayError("terminating connection due to idle-session timeout", "57P05", fatal=True))
        except (ConnectionError, EOFError):
            pass  # the client went away
        except GatewayError as error:
            self.send_error(error)
        except Exception as error:
            logger.exception("connection closed: %s", excerpt(str(error)))
            self.send_error(GatewayError(str(error), fatal=True))
        finally:
            if ctx is not None:
                self.server.close_session(ctx)

    def read_exactly(self, size: int) -> bytes:
        data = self.rfile.read(size)
        if len(data) < size:
            raise EOFError
        return data

    def handle_startup(self, conn: Warehouse) -> BVContext | None:
        """The client's startup packet: a session, or None for a cancel request."""
        while True:
            length, code = struct.unpack("!II", self.read_exactly(8))
            if not 8 <= length <= MAX_STARTUP_PACKET:
                raise GatewayError(f"invalid length of startup packet: {length} bytes", "08P01", fatal=True)
            body = self.read_exactly(length - 8)
            if code not in (SSL_REQUEST, GSSENC_REQUEST):
                break
            self.wfile.write(b"N")  # no encryption: the client goes on in the clear
        if code == CANCEL_REQUEST and len(body) == 8:
            self.server.cancel(*struct.unpack("!II", body))
            return None
        if code != PROTOCOL_3:
            raise GatewayError(f"unsupported frontend protocol {code >> 16}.{code & 0xFFFF}", "0A000", fatal=True)
        words = body.decode("utf-8", "replace").split("\x00")
        return self.server.open_session(self, dict(zip(words[::2], words[1::2], strict=False)))

    def serve_messages(self, ctx: BVContext) -> None:
        handlers = {
            ClientCommand.QUERY: self.handle_query,
            ClientCommand.PARSE: self.handle_parse,
            ClientCommand.BIND: self.handle_bind,
            ClientCommand.DESCRIBE: self.handle_describe,
            ClientCommand.EXECUTE: self.handle_execute,
            ClientCommand.CLOSE: self.handle_close,
        }
        limit = self.server.limits.max_message_size
        while True:
            header = self.rfile.read(5)
            if len(header) < 5 or header[:1] == ClientCommand.TERMINATE:
                return
            kind, length = header[:1], int.from_bytes(header[1:], "big")
            if not 4 <= length <= limit:
                raise GatewayError(f"message of {length} bytes exceeds the limit of {limit} bytes", "08P01", fatal=True)
            payload = self.read_exactly(length - 4) if length > 4 else b""
            if kind in handlers:
                handlers[kind](ctx, payload)
            elif kind == ClientCommand.SYNC:
                ctx.sync()
                self.send_ready_for_query(ctx)
            elif kind != ClientCommand.FLUSH:
                raise GatewayError(f"invalid frontend message type {kind!r}", "08P01", fatal=True)

    def handle_query(self, ctx: BVContext, payload: bytes) -> None:
        """A simple query: each statement's rows or tag in turn; the first error ends the batch."""
        statements = split_statements(payload.decode("utf-8").rstrip("\x00"))
        if not statements:
            self.wfile.write(struct.pack("!ci", ServerResponse.EMPTY_QUERY_RESPONSE, 4))
        for sql in statements:
            try:
                result = ctx.execute_sql(sql)
                if result.has_results():
                    self.send_row_description(result)
                    self.send_command_complete(f"SELECT {self.send_data_rows(result)}\x00")
                else:
                    self.send_command_complete(f"{result.status()}\x00")
            except (ConnectionError, TimeoutError):
                raise
            except Exception as error:
                self.send_error(error)
                break
        self.send_ready_for_query(ctx)

    def handle_execute(self, ctx: BVContext, payload: bytes) -> None:
        """An Execute of the extended protocol; unlike buenavista's, an error while the rows are sent
        (a statement timeout, a cancel) is answered with an error and the connection goes on."""
        if ctx.has_error:  # the statements up to the next Sync are skipped, as in PostgreSQL
            return
        name, _, rest = payload.partition(b"\x00")
        portal, limit = name.decode("utf-8"), struct.unpack("!i", rest[:4])[0]
        try:
            result = ctx.execute_portal(portal)
            if not result.has_results():
                self.send_command_complete(f"{result.status()}\x00")
                return
            count = self.send_data_rows(result, limit)
        except (ConnectionError, TimeoutError):
            raise
        except Exception as error:
            self.send_error(error, ctx)
            return
        if limit <= 0 or count < limit:
            self.send_command_complete(f"SELECT {count}\x00")
        else:  # the client fetches the rest with the next Execute
            ctx.result_cache[portal] = result
            self.send_portal_suspend()

    def send_error(self, exception, ctx: BVContext | None = None) -> None:
        """An ErrorResponse with severity and SQLSTATE (buenavista sends the message only)."""
        error = exception if isinstance(exception, GatewayError) else GatewayError(str(exception))
        severity = "FATAL" if error.fatal else "ERROR"
        statement = f" | statement: {excerpt(error.statement)}" if error.statement else ""
        logger.warning("%s %s: %s%s", severity, error.sqlstate, excerpt(str(error)), statement)
        fields = [(b"S", severity), (b"V", severity), (b"C", error.sqlstate), (b"M", str(error))]
        body = b"".join(code + value.encode("utf-8") + b"\x00" for code, value in fields) + b"\x00"
        with contextlib.suppress(OSError):  # the client may have gone
            self.wfile.write(ServerResponse.ERROR_RESPONSE + struct.pack("!i", len(body) + 4) + body)
        if ctx is not None:
            ctx.mark_error()


class GatewayServer(postgres.BuenaVistaServer):
    daemon_threads = True  # stopping the server does not wait for connected clients
    request_queue_size = 128  # connections the kernel holds until accepted (socketserver's default is 5)

    def __init__(self, address: tuple[str, int], warehouse: Warehouse, limits: Limits) -> None:
        super().__init__(address, warehouse, rewriter=catalog_rewriter())
        self.RequestHandlerClass = GatewayHandler
        self.limits = limits
        self.watchdog = Watchdog()
        self.watchdog.start()
        self._lock = threading.Lock()
        self._connections = 0  # handler threads
        self._sessions = 0

    def process_request(self, request, client_address) -> None:
        with self._lock:
            accepted = self._connections < self.limits.max_connections + SPARE_CONNECTIONS
            if accepted:
                self._connections += 1
        if not accepted:
            logger.warning("closed a connection unanswered: %d connections open", self._connections)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._leave()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._leave()

    def _leave(self) -> None:
        with self._lock:
            self._connections -= 1

    def open_session(self, handler: GatewayHandler, params: dict[str, str]) -> BVContext:
        """A session for a client, registered under its backend key; refused beyond max_connections."""
        with self._lock:
            admitted = self._sessions < self.limits.max_connections
            if admitted:
                self._sessions += 1
        if not admitted:
            raise GatewayError("sorry, too many clients already", "53300", fatal=True)
        try:
            ctx = BVContext(self.conn.create_session(), self.rewriter, params)
        except Exception as error:
            with self._lock:
                self._sessions -= 1
            raise GatewayError(f"cannot open the warehouse: {error}", "58030", fatal=True) from error
        ctx.session.peer = handler.request
        ctx.secret_key = secrets.randbits(32)  # the cancel key (buenavista draws it with `random`)
        with self._lock:
            ctx.process_id = 0
            while not ctx.process_id or ctx.process_id in self.ctxts:
                ctx.process_id = secrets.randbits(31)
            self.ctxts[ctx.process_id] = ctx
        self.watchdog.watch(ctx.session)
        return ctx

    def close_session(self, ctx: BVContext) -> None:
        self.watchdog.forget(ctx.session)
        with self._lock:
            self.ctxts.pop(ctx.process_id, None)
        try:
            self.conn.close_session(ctx.session)
        finally:
            with self._lock:
                self._sessions -= 1

    def server_close(self) -> None:
        """Stop listening, stop every statement and close every session before the process ends:
        a DuckDB instance still running a query when Python exits aborts the process."""
        super().server_close()
        with self._lock:
            contexts = list(self.ctxts.values())
        for ctx in contexts:
            ctx.session.interrupt("shutdown")
            with contextlib.suppress(OSError):  # its handler reads the end of the stream and closes the session
                ctx.session.peer.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + SHUTDOWN_WAIT
        while self._sessions and time.monotonic() < deadline:
            time.sleep(0.05)

    def cancel(self, process_id: int, secret_key: int) -> None:
        """A cancel request: the statement of the session with this key stops, as PostgreSQL's would."""
        ctx = self.ctxts.get(process_id)
        if ctx is not None and secrets.compare_digest(ctx.secret_key.to_bytes(4, "big"), secret_key.to_bytes(4, "big")):
            ctx.session.interrupt("cancel")
