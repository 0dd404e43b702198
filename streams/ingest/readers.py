"""Read article inputs from paths or stdin as raw byte payloads, one per article.

Takes: files (``.jsonl``, ``.jsonl.gz``, ``.json``, plain-text articles, RSS/Atom
feeds), folders (walked in sorted order), http(s) URLs of feeds or articles, or ``-``
for stdin. Emits ``RawInput`` values that carry the untouched bytes so that a
rejected input can be dead-lettered as it came; a feed entry carries its article as
JSON, since a feed has no bytes of its own per entry.
"""

from __future__ import annotations

import gzip
import http.client
import itertools
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

import orjson

from streams.deadletter import Rejection
from streams.ingest.feeds import PROLOGUE_ONLY, SNIFF_BYTES, feed_articles, looks_like_feed

FORMATS = ("auto", "jsonl", "text", "feed")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".json", ".json.gz")
_FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz")
_URL_SCHEMES = ("http://", "https://")
_FETCH_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class RawInput:
    """One article's bytes as read, where they came from, and their format."""

    payload: bytes
    source: str
    source_format: str  # "jsonl", "text" or "feed"
    rejection: Rejection | None = None
    """Set when reading already showed the input to be bad (a document that is no feed)."""


class InputError(OSError):
    """A path that cannot be read at all (missing, unreadable)."""


def read_inputs(paths: Iterable[str], fmt: str = "auto") -> Iterator[RawInput]:
    """Yield every article payload found under ``paths`` in order."""
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", fmt)
        elif path.startswith(_URL_SCHEMES):
            yield from _read_url(path, fmt)
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


def _read_url(url: str, fmt: str) -> Iterator[RawInput]:
    """Fetch a URL once (a feed, a JSON-lines file or a text article) and read it like a file."""
    request = urllib.request.Request(url, headers={"User-Agent": "streams-ingest"})
    try:
        with urllib.request.urlopen(request, timeout=_FETCH_TIMEOUT_SECONDS) as response:
            yield from _read_stream(cast(IO[bytes], response), url, fmt)
    except (OSError, http.client.HTTPException) as exc:  # URLError, HTTPError, timeouts; IncompleteRead
        raise InputError(f"{url}: {exc!r}" if not str(exc) else f"{url}: {exc}") from exc


def _format_of(path: Path) -> str:
    """By file name; any other file is a text article unless its first bytes are a feed's."""
    name = path.name.lower()
    if name.endswith(_FEED_SUFFIXES):
        return "feed"
    return "jsonl" if name.endswith(_JSONL_SUFFIXES) else "text-or-feed"


def _read_stream(handle: IO[bytes], name: str, fmt: str) -> Iterator[RawInput]:
    first = handle.readline()
    # a feed may open with blank lines, comments or a DOCTYPE: read past them to decide
    while len(first) < SNIFF_BYTES and PROLOGUE_ONLY.fullmatch(first) and (line := handle.readline()):
        first += line
    sniffed = fmt in ("auto", "text-or-feed") and looks_like_feed(first)
    if fmt == "feed" or sniffed:
        yield from read_feed(first + handle.read(), name)
        return
    if fmt in ("text", "text-or-feed") or (fmt == "auto" and not first.lstrip().startswith(b"{")):
        yield RawInput(first + handle.read(), name, "text")
        return
    for lineno, line in enumerate(itertools.chain(first.splitlines(keepends=True), handle), start=1):
        if line.strip():
            yield RawInput(line.rstrip(b"\r\n"), f"{name}:{lineno}", "jsonl")


def read_feed(document: bytes, name: str) -> Iterator[RawInput]:
    """One input per entry of an RSS/Atom document, or the whole document rejected."""
    try:
        articles = list(feed_articles(document))
    except Rejection as rejection:
        yield RawInput(document, name, "feed", rejection)
        return
    for number, article in enumerate(articles, start=1):
        yield RawInput(orjson.dumps(article), f"{name}#{number}", "feed")
