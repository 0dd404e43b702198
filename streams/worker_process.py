"""Run ``streams worker`` as a child process: for the demo, the tests and the benchmarks.

The child gets its whole configuration through ``STREAMS_*`` variables, so it runs
exactly as a user's ``streams worker`` with that environment would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

from streams.broker import die_with_parent
from streams.settings import Settings


def worker_env(settings: Settings) -> dict[str, str]:
    """This process's environment with every setting of ``settings`` as ``STREAMS_*``."""
    env = dict(os.environ)
    for field in fields(settings):
        env[f"STREAMS_{field.name.upper()}"] = str(getattr(settings, field.name))
    return env


def spawn_worker(settings: Settings, log_path: Path) -> subprocess.Popen[bytes]:
    """Start ``python -m streams worker`` with its output appended to ``log_path``."""
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            # -P: the caller's working directory is not put on sys.path, so a file there
            # named like a module (say grp.py) cannot shadow it inside the worker
            [sys.executable, "-P", "-m", "streams", "worker"],
            env=worker_env(settings),
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )


def stop_process(process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    """SIGTERM, then SIGKILL if it has not exited within ``timeout`` seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
