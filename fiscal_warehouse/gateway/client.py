"""A minimal PostgreSQL client (simple queries, text results, cancel requests): what the gateway's
load test and its protocol tests speak, with no driver to install."""

from __future__ import annotations

import contextlib
import socket
import struct
from dataclasses import dataclass, field

PROTOCOL_3, CANCEL_REQUEST = 196608, 80877102


class ServerError(Exception):
    """An ErrorResponse: fields by their code (S severity, C SQLSTATE, M message), and the results before it."""

    def __init__(self, fields: dict[str, str], results: list[Result] | None = None) -> None:
        super().__init__(f"{fields.get('S', 'ERROR')} {fields.get('C', '?')}: {fields.get('M', '')}")
        self.fields, self.results = fields, results or []

    @property
    def sqlstate(self) -> str:
        return self.fields.get("C", "")


@dataclass
class Result:
    columns: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    tag: str = ""


def error_fields(payload: bytes) -> dict[str, str]:
    return {item[:1].decode(): item[1:].decode("utf-8", "replace") for item in payload.split(b"\x00") if item}


class Client:
    def __init__(self, host: str, port: int, *, user: str = "analyst", timeout: float = 60.0, startup=True) -> None:
        """A session (or with startup=False only the connection, to send bytes of one's own)."""
        self.socket = socket.create_connection((host, port), timeout=timeout)
        self.stream = self.socket.makefile("rb")
        self.process_id = self.secret_key = 0
        if not startup:
            return
        parameters = b"".join(f"{name}\0{value}\0".encode() for name, value in (("user", user), ("database", "fiscal")))
        body = struct.pack("!I", PROTOCOL_3) + parameters + b"\0"
        self.socket.sendall(struct.pack("!I", len(body) + 4) + body)
        self.read_until_ready()

    def send(self, kind: bytes, payload: bytes) -> None:
        self.socket.sendall(kind + struct.pack("!I", len(payload) + 4) + payload)

    def read_message(self) -> tuple[bytes, bytes]:
        """(type, payload) of the server's next message; (b"", b"") when the server has closed."""
        header = self.stream.read(5)
        if len(header) < 5:
            return b"", b""
        length = struct.unpack("!I", header[1:])[0]
        return header[:1], self.stream.read(length - 4)

    def read_until_ready(self) -> list[Result]:
        """Every result up to ReadyForQuery; a ServerError carries those before the error."""
        results, current, error = [], Result(), None
        while True:
            kind, payload = self.read_message()
            if kind == b"K":
                self.process_id, self.secret_key = struct.unpack("!II", payload)
            elif kind == b"T":
                count = struct.unpack("!h", payload[:2])[0]
                names, rest = [], payload[2:]
                for _ in range(count):
                    name, rest = rest.split(b"\0", 1)
                    names.append(name.decode())
                    rest = rest[18:]  # table oid, column, type oid, size, modifier, format
                current.columns = names
            elif kind == b"D":
                current.rows.append(self.data_row(payload))
            elif kind in (b"C", b"I"):
                current.tag = payload.rstrip(b"\0").decode()
                results.append(current)
                current = Result()
            elif kind == b"E":
                error = ServerError(error_fields(payload), results)
                if error.fields.get("S") == "FATAL":
                    raise error
            elif kind == b"Z":
                if error:
                    raise error
                return results
            elif kind == b"":
                raise ConnectionError("the server closed the connection")

    @staticmethod
    def data_row(payload: bytes) -> list[str | None]:
        count, offset, values = struct.unpack("!h", payload[:2])[0], 2, []
        for _ in range(count):
            size = struct.unpack("!i", payload[offset : offset + 4])[0]
            offset += 4
            values.append(None if size < 0 else payload[offset : offset + size].decode())
            offset += max(size, 0)
        return values

    def query(self, sql: str) -> list[Result]:
        """A simple query: one result per statement."""
        self.send(b"Q", sql.encode() + b"\0")
        return self.read_until_ready()

    def close(self) -> None:
        with contextlib.suppress(OSError):  # the server may have closed first
            self.send(b"X", b"")
        self.stream.close()
        self.socket.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_) -> None:
        self.close()


def cancel(host: str, port: int, process_id: int, secret_key: int) -> None:
    """A cancel request, on a connection of its own, as libpq and JDBC send it."""
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(struct.pack("!IIII", 16, CANCEL_REQUEST, process_id, secret_key))
        connection.recv(1)  # the server closes the connection once it has acted
