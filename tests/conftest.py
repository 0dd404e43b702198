"""Shared fixtures: the embedded broker (started, never skipped), unique topics per test,
and a worker process run as a user runs it (``python -m streams worker``)."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.settings import Settings
from streams.sinks.events import consume_records
from streams.topics import Topics
from streams.worker_process import spawn_worker, stop_process

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "streams" / "samples"
LOG_TAIL = 30_000  # characters of a worker's log shown when a test fails


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Tansu broker on a free loopback port for the whole session."""
    log = tmp_path_factory.mktemp("broker") / "broker.log"
    with EmbeddedBroker(free_port(), log_path=log) as running:
        yield running.url


@pytest.fixture
def settings(broker: str) -> Settings:
    """Settings with topics and consumer group of this test only."""
    tag = uuid.uuid4().hex[:10]
    return Settings.from_env(
        {},
        broker=broker,
        topic_prefix=f"it-{tag}.",
        app_id=f"streams-it-{tag}",
        partitions=2,
        metrics_port=free_port(),
        web_port=free_port(),
        enrich_mode="fast",
        # a failing test shows the worker's log: its rebalances and seeks say where a record stalled
        log_level="info",
    )


@contextlib.contextmanager
def running_worker(
    settings: Settings, tmp_path: Path, name: str = "worker"
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``python -m streams worker`` until the block ends; show its log if the test fails."""
    log_path = tmp_path / f"{name}.log"
    process = spawn_worker(settings.with_overrides(data_dir=str(tmp_path / f"{name}-data")), log_path)
    try:
        yield process
    finally:
        stop_process(process)
        sys.stderr.write(f"--- {name} log ---\n{log_path.read_text(errors='replace')[-LOG_TAIL:]}\n")


async def read_topic(settings: Settings, topic: str) -> list[tuple[bytes | None, Any]]:
    """Everything on ``topic`` up to its end offsets now, as (key, decoded value)."""
    records = consume_records(settings, [topic], from_beginning=True, follow=False)
    return [(record.key, record.value) async for record in records]


def _trace(settings: Settings, article_ids: set[str]) -> str:
    """Where the missing articles got to: the enriched topic, the dead-letter topic."""
    topics = Topics.from_settings(settings)
    enriched = [v for _, v in asyncio.run(read_topic(settings, topics.enriched))]
    dead = [v for _, v in asyncio.run(read_topic(settings, topics.deadletter))]
    on_enriched = sorted(a for a in article_ids if any(e.get("article_id") == a for e in enriched))
    return f"on the enriched topic: {on_enriched} of {len(enriched)} records; dead letters: {dead}"


def wait_for_events(
    settings: Settings, article_ids: set[str], timeout: float = 120.0, worker: Any = None
) -> list[dict[str, Any]]:
    """Poll the events topic until every article id is in some event record."""
    topics = Topics.from_settings(settings)
    deadline = time.monotonic() + timeout
    while True:
        records = [value for _, value in asyncio.run(read_topic(settings, topics.events))]
        covered = {a["article_id"] for r in records for a in r["articles"]}
        if article_ids <= covered:
            return records
        if worker is not None and worker.poll() is not None:
            raise AssertionError(f"worker exited with {worker.returncode}")
        if time.monotonic() > deadline:
            missing = article_ids - covered
            trace = _trace(settings, missing)
            raise AssertionError(f"articles never reached an event: {sorted(missing)}; {trace}")
        time.sleep(1.0)
