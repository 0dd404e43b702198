"""``streams demo``: the whole pipeline on the embedded broker with the bundled sample.

Starts Tansu and a worker process, feeds ``streams/samples`` (the seed article
and a few of our own, one a near-copy), prints event records as JSON lines as
they are published, and exits once every sample article is in an event (or in
the dead-letter topic). Progress and figures go to stderr, records to stdout.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import aclosing
from pathlib import Path
from typing import Any, TextIO

import orjson

from streams.broker import EmbeddedBroker, free_port, port_in_use
from streams.ingest.producer import produce
from streams.ingest.readers import read_inputs
from streams.settings import Settings
from streams.sinks.events import consume_records
from streams.topics import Topics, ensure_topics
from streams.worker_process import spawn_worker, stop_process

SAMPLES = Path(__file__).resolve().parent / "samples"


class DemoError(RuntimeError):
    """The demo could not finish; the message says where to look."""


def run_demo(settings: Settings, follow: bool, timeout: float, out: TextIO = sys.stdout) -> None:
    """Run the demo end to end; raises DemoError when the worker fails or times out."""
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="streams-demo-"))
    broker = EmbeddedBroker(free_port(), log_path=workdir / "broker.log")
    worker: subprocess.Popen[bytes] | None = None
    try:
        broker.start()
        metrics_port = settings.metrics_port if not port_in_use(settings.metrics_port) else free_port()
        settings = settings.with_overrides(broker=broker.url, metrics_port=metrics_port)
        _say(f"broker {broker.url} (embedded Tansu, memory only)")
        worker = _start_worker(settings, workdir)
        asyncio.run(_feed_and_print(settings, worker, started, follow, timeout, out))
        _say_metrics(settings)
    finally:
        if worker is not None:
            stop_process(worker)
        broker.stop()


def _start_worker(settings: Settings, workdir: Path) -> subprocess.Popen[bytes]:
    settings = settings.with_overrides(data_dir=str(workdir / "worker-data"), web_port=free_port())
    _say(f"worker starting ({settings.enrich_mode} mode), log: {workdir / 'worker.log'}")
    return spawn_worker(settings, workdir / "worker.log")


async def _feed_and_print(
    settings: Settings,
    worker: subprocess.Popen[bytes],
    started: float,
    follow: bool,
    timeout: float,
    out: TextIO,
) -> None:
    topics = await ensure_topics(settings)
    report = await produce(read_inputs([str(SAMPLES)]), settings, topics, keep_ids=True)
    _say(report.summary())
    _say(f"metrics: http://{settings.metrics_host}:{settings.metrics_port}/metrics")
    waiting = set(report.article_ids)
    printing = asyncio.ensure_future(_print_until_done(settings, topics, waiting, started, follow, out))
    counts = await _watch(printing, worker, started, None if follow else timeout, waiting)
    elapsed = time.monotonic() - started
    _say(
        f"done: {report.sent} articles -> {counts['events']} events "
        f"({counts['versions']} versions published, {counts['dead']} dead letters) in {elapsed:.1f}s; "
        f"first event after {counts['first']:.1f}s"
    )


async def _print_until_done(
    settings: Settings, topics: Topics, waiting: set[str], started: float, follow: bool, out: TextIO
) -> dict[str, Any]:
    seen_events: set[str] = set()
    counts: dict[str, Any] = {"events": 0, "versions": 0, "dead": 0, "first": float("nan")}
    watched = [topics.events, topics.deadletter]
    async with aclosing(consume_records(settings, watched, from_beginning=True, follow=True)) as records:
        async for record in records:
            if record.topic == topics.deadletter:
                counts["dead"] += 1
                waiting.discard(record.value.get("article_id") or "")
            else:
                if counts["versions"] == 0:
                    counts["first"] = time.monotonic() - started
                counts["versions"] += 1
                seen_events.add(record.value["event_id"])
                waiting.difference_update(a["article_id"] for a in record.value["articles"])
                out.write(orjson.dumps(record.value).decode() + "\n")
                out.flush()
            if not waiting and not follow:
                break
    counts["events"] = len(seen_events)
    return counts


async def _watch(
    printing: asyncio.Future[dict[str, Any]],
    worker: subprocess.Popen[bytes],
    started: float,
    timeout: float | None,
    waiting: set[str],
) -> dict[str, Any]:
    """Wait for the printer, giving up when the worker dies or time runs out."""
    while not printing.done():
        await asyncio.wait({printing}, timeout=0.5)
        problem = None
        if worker.poll() is not None:
            problem = f"the worker exited with code {worker.returncode}; see its log"
        elif timeout is not None and time.monotonic() - started > timeout:
            problem = f"{len(waiting)} sample articles unprocessed after {timeout:.0f}s"
        if problem and not printing.done():
            printing.cancel()
            raise DemoError(problem)
    return printing.result()


def _say_metrics(settings: Settings) -> None:
    url = f"http://{settings.metrics_host}:{settings.metrics_port}/metrics"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            text = response.read().decode()
    except OSError as exc:
        _say(f"metrics endpoint {url} did not answer: {exc}")
        return
    wanted = (
        "streams_articles_enriched_total",
        "streams_events_created_total",
        "streams_events_updated_total",
        "streams_duplicates_total",
    )
    for line in text.splitlines():
        if line.startswith(wanted):
            _say(f"  {line}")


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
