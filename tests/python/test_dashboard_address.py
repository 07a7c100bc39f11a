"""The dashboard listens on the loopback address unless told otherwise: `make dashboard` passes
DASHBOARD_ADDRESS (default 127.0.0.1), and .streamlit/config.toml says the same to Streamlit
started by hand from the project folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

from conftest import PROJECT_DIR, free_port


def streamlit_command(*variables: str) -> str:
    """The streamlit command `make dashboard` runs (printed by make -n, not run)."""
    completed = subprocess.run(
        ["make", "-n", "dashboard", *variables], cwd=PROJECT_DIR, capture_output=True, text=True, check=True
    )
    [command] = [line for line in completed.stdout.splitlines() if "streamlit run" in line]
    return command


def test_make_dashboard_listens_on_the_loopback_address_unless_told_otherwise():
    assert streamlit_command().split()[-2:] == ["--server.address", "127.0.0.1"]
    assert streamlit_command("DASHBOARD_ADDRESS=0.0.0.0").split()[-2:] == ["--server.address", "0.0.0.0"]


def listening_addresses(port: int) -> set[str]:
    """The local addresses a TCP socket listens on at this port (from /proc/net/tcp and tcp6)."""
    addresses = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, local_port = local.split(":")
            if int(local_port, 16) == port and state == "0A":  # LISTEN; an IPv4 address is little-endian hex
                addresses.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]) if len(address) == 8 else address)
    return addresses


def test_streamlit_started_by_hand_in_the_project_listens_on_the_loopback_address_only():
    assert tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text())["server"]["address"] == "127.0.0.1"
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.headless", "true"]
        + ["--server.port", str(port)],
        cwd=PROJECT_DIR,
        env=dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(60):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1):
                    break
            except OSError:
                time.sleep(0.5)
        assert listening_addresses(port) == {"127.0.0.1"}
    finally:
        server.terminate()
        server.wait(timeout=30)
