"""What one client may use of the gateway; each limit has a command-line option and an environment variable."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field, fields


def limit(default, help: str):  # noqa: A002 (argparse's word)
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Limits:
    statement_timeout: float = limit(60.0, "seconds a statement may run, its rows sent included (0: no limit)")
    idle_timeout: float = limit(600.0, "seconds a connection may wait for its client's next message (0: no limit)")
    max_connections: int = limit(64, "client connections at once; one more is told 'too many clients'")
    max_message_size: int = limit(16 * 2**20, "bytes of one protocol message (a query, its parameters)")
    memory_limit: str = limit("1GB", "DuckDB memory_limit of each connection")
    threads: int = limit(2, "DuckDB threads of each connection")
    max_temp_size: str = limit("2GB", "DuckDB max_temp_directory_size of each connection's spill folder")
    log_lines: int = limit(120, "log lines a minute, all clients together; the lines beyond are counted, not logged")

    def summary(self) -> str:
        def seconds(value: float) -> str:
            return f"{value:g} s" if value else "none"

        return (
            f"statement timeout {seconds(self.statement_timeout)}, idle timeout {seconds(self.idle_timeout)}, "
            f"{self.max_connections} connections, messages up to {self.max_message_size} bytes; each connection: "
            f"memory {self.memory_limit}, {self.threads} threads, spill up to {self.max_temp_size}; "
            f"log up to {self.log_lines} lines a minute"
        )


def environment_variable(name: str) -> str:
    return f"FISCAL_GATEWAY_{name.upper()}"


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    """--statement-timeout … for every limit; the default is $FISCAL_GATEWAY_STATEMENT_TIMEOUT … if set."""
    for option in fields(Limits):
        variable = environment_variable(option.name)
        kind = type(option.default)
        parser.add_argument(
            "--" + option.name.replace("_", "-"),
            type=kind,
            default=kind(os.environ.get(variable, option.default)),
            help=f"{option.metadata['help']} (default {option.default}; ${variable})",
        )


def limits_from(arguments: argparse.Namespace) -> Limits:
    limits = Limits(**{option.name: getattr(arguments, option.name) for option in fields(Limits)})
    if min(limits.max_connections, limits.threads, limits.log_lines) < 1 or limits.max_message_size < 1024:
        raise ValueError(f"limits out of range: {limits}")
    if min(limits.statement_timeout, limits.idle_timeout) < 0:
        raise ValueError(f"a timeout cannot be negative: {limits}")
    return limits
