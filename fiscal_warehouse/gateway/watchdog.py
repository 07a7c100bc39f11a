"""One thread that stops statements running past their deadline or whose client has gone."""

from __future__ import annotations

import logging
import select
import socket
import threading
import time

from fiscal_warehouse.gateway.session import WarehouseSession

logger = logging.getLogger("fiscal_warehouse.gateway")

TICK = 0.1  # seconds between two looks: how late a timeout or a disconnect is noticed at most


# The peer closed its end (Linux reports it with POLLRDHUP, pending data or not) or reset it.
HANGUP = select.POLLHUP | select.POLLERR | getattr(select, "POLLRDHUP", 0)


def departed(sockets: list[socket.socket]) -> set[socket.socket]:
    """The sockets whose client has gone, found without reading from them."""
    poller, by_descriptor, gone = select.poll(), {}, set()
    for peer in sockets:
        descriptor = peer.fileno()  # once: the handler may close the socket meanwhile (then -1)
        if descriptor < 0:
            gone.add(peer)
        else:
            by_descriptor[descriptor] = peer
            poller.register(descriptor, HANGUP)  # a descriptor closed since is reported as POLLNVAL
    return gone | {by_descriptor[descriptor] for descriptor, _ in poller.poll(0)}


class Watchdog(threading.Thread):
    def __init__(self) -> None:
        super().__init__(name="gateway-watchdog", daemon=True)
        self.sessions: set[WarehouseSession] = set()
        self._lock = threading.Lock()

    def watch(self, session: WarehouseSession) -> None:
        with self._lock:
            self.sessions.add(session)

    def forget(self, session: WarehouseSession) -> None:
        with self._lock:
            self.sessions.discard(session)

    def run(self) -> None:
        while True:
            time.sleep(TICK)
            try:
                self.look()
            except Exception:  # the watchdog must outlive any one session's mishap
                logger.exception("watchdog")

    def look(self) -> None:
        with self._lock:
            running = [session for session in self.sessions if session.deadline is not None]
        now = time.monotonic()
        for session in running:
            if session.deadline is not None and session.deadline <= now:
                session.interrupt("timeout")
        gone = departed([session.peer for session in running if session.peer is not None])
        for session in running:
            if session.peer in gone:
                session.interrupt("disconnect")
