"""Read article inputs from paths or stdin as raw byte payloads, one per article.

Takes: files (``.jsonl``, ``.jsonl.gz``, ``.json``, plain-text articles), folders
(walked in sorted order) or ``-`` for stdin. Emits ``RawInput`` values that carry
the untouched bytes so that a rejected input can be dead-lettered as it came.
"""

from __future__ import annotations

import gzip
import itertools
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

FORMATS = ("auto", "jsonl", "text")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".json", ".json.gz")


@dataclass(frozen=True)
class RawInput:
    """One article's bytes as read, where they came from, and their format."""

    payload: bytes
    source: str
    source_format: str  # "jsonl" or "text"


class InputError(OSError):
    """A path that cannot be read at all (missing, unreadable)."""


def read_inputs(paths: Iterable[str], fmt: str = "auto") -> Iterator[RawInput]:
    """Yield every article payload found under ``paths`` in order."""
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", fmt)
        else:
            yield from _read_path(Path(path), fmt)


def _read_path(path: Path, fmt: str) -> Iterator[RawInput]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        for file in files:
            yield from _read_file(file, fmt)
    elif path.is_file():
        yield from _read_file(path, fmt)
    else:
        raise InputError(f"{path}: no such file or folder")


def _read_file(path: Path, fmt: str) -> Iterator[RawInput]:
    kind = fmt if fmt != "auto" else _format_of(path)
    try:
        with _open(path) as handle:
            yield from _read_stream(handle, str(path), kind)
    except (OSError, EOFError) as exc:
        raise InputError(f"{path}: {exc}") from exc


def _open(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _format_of(path: Path) -> str:
    return "jsonl" if path.name.lower().endswith(_JSONL_SUFFIXES) else "text"


def _read_stream(handle: IO[bytes], name: str, fmt: str) -> Iterator[RawInput]:
    first = handle.readline()
    if fmt == "text" or (fmt == "auto" and not first.lstrip().startswith(b"{")):
        yield RawInput(first + handle.read(), name, "text")
        return
    for lineno, line in enumerate(itertools.chain([first], handle), start=1):
        if line.strip():
            yield RawInput(line.rstrip(b"\r\n"), f"{name}:{lineno}", "jsonl")
