"""One build at a time per warehouse: an OS file lock next to the published file.

A build holds `<published>.lock` (fcntl.flock) from before it reads the seeds until it has
published or given up, and `make add-report` holds it across its seed edits, its build and its
review; both also hold the lock of dbt's work folder, which warehouses in one folder share
(fiscal_warehouse.build.building_lock takes the two). A second build waits for the first,
saying once on stderr which build it waits for, or, with --no-wait or FISCAL_BUILD_NO_WAIT=1,
stops at once. The OS releases the lock when the process holding it ends, however it ends, so a
killed build never leaves a stale lock. The lock file stays where it is (removing it would let
two builds lock two different files); it holds the pid, start time and command of the build
holding it, for the message of the one that waits.
"""

from __future__ import annotations

import fcntl
import os
import shlex
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NO_WAIT_VARIABLE = "FISCAL_BUILD_NO_WAIT"
# EX_TEMPFAIL: nothing was done, try again later.
BUSY_EXIT_STATUS = 75

# The locks this thread holds: lock file -> its descriptor. Per thread, so that a second thread
# of one process waits for the first like another process would.
_local = threading.local()


def _held() -> dict[Path, int]:
    if not hasattr(_local, "held"):
        _local.held = {}
    return _local.held


class Busy(Exception):
    """Another process holds the lock, and the caller chose not to wait."""


def lock_file(path: Path) -> Path:
    """The lock of a file or folder (a published warehouse, dbt's work folder): `<name>.lock`, next to it."""
    return path.with_name(path.name + ".lock")


def waits_by_default() -> bool:
    """Whether a build waits for the lock: yes, unless FISCAL_BUILD_NO_WAIT is set (and not 0)."""
    return os.environ.get(NO_WAIT_VARIABLE, "") in ("", "0")


def held_descriptors() -> tuple[int, ...]:
    """The descriptors of the locks this thread holds: a child process given them holds the locks too."""
    return tuple(_held().values())


def holder(descriptor: int) -> str:
    """Who holds a lock, as its holder wrote it into the lock file."""
    written = os.pread(descriptor, 4096, 0).decode("utf-8", "replace").strip()
    return written or "it has not written its pid yet"


@contextmanager
def holding(path: Path, wait: bool = True) -> Iterator[None]:
    """Hold the lock `path` for the duration of the block; raise Busy if it is held and not wait.

    A lock this thread already holds is held again at once (add-report holds the lock its build
    takes again)."""
    held = _held()
    if path in held:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise Busy(f"another build holds {path} ({holder(descriptor)})") from None
            print(f"waiting for the build holding {path} ({holder(descriptor)}) to finish", file=sys.stderr, flush=True)
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        started = time.strftime("%Y-%m-%d %H:%M:%S")
        command = " ".join(shlex.join([Path(sys.orig_argv[0]).name, *sys.orig_argv[1:]]).split())  # one line
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"pid {os.getpid()}, started {started}: {command}\n".encode(), 0)
        held[path] = descriptor
        try:
            yield
        finally:
            del held[path]
            os.ftruncate(descriptor, 0)
    finally:
        os.close(descriptor)  # releases the lock
