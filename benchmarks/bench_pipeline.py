"""Throughput and latency of the streaming path: embedded broker + one worker process.

Feeds N articles (default: the first 2,000 of ../shared/data/reuters21578) with
``streams produce``'s code once the worker has joined, waits until every article
is in an event record, and prints articles/s and end-to-end latency quantiles
(from the worker's own ``streams_end_to_end_seconds`` histogram).

Usage: python benchmarks/bench_pipeline.py [--path FILE] [--limit N] [--mode fast|accurate]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import aclosing
from datetime import UTC, datetime
from pathlib import Path

import orjson
from aiokafka import AIOKafkaProducer

from streams.broker import EmbeddedBroker, free_port
from streams.ingest.producer import ProduceReport, accept, produce
from streams.ingest.readers import RawInput, read_inputs
from streams.settings import Settings
from streams.sinks.events import consume_records
from streams.topics import Topics, ensure_topics
from streams.worker_process import spawn_worker, stop_process

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "shared/data/reuters21578/articles.jsonl.gz"


async def _covered(settings: Settings, topics: Topics, wanted: set[str], deadline: float) -> float:
    """Read the events topic until every wanted article is in an event; return when that was."""
    seen: set[str] = set()
    records = consume_records(settings, [topics.events], from_beginning=True, follow=True)
    async with aclosing(records):
        async for record in records:
            seen.update(a["article_id"] for a in record.value["articles"])
            if wanted <= seen or time.monotonic() > deadline:
                break
    return time.monotonic()


async def _paced(inputs: list[RawInput], settings: Settings, topics: Topics, rate: float) -> ProduceReport:
    """Produce one article every 1/rate seconds, each acknowledged before the next."""
    report = ProduceReport()
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers)
    await producer.start()
    try:
        start = time.monotonic()
        for n, raw in enumerate(inputs):
            await asyncio.sleep(max(0.0, start + n / rate - time.monotonic()))
            article = accept(raw, settings, datetime.now(UTC).isoformat())
            await producer.send_and_wait(
                topics.raw, key=article["article_id"].encode(), value=orjson.dumps(article)
            )
            report.sent += 1
            report.article_ids.append(article["article_id"])
    finally:
        await producer.stop()
    return report


def _buckets(metrics_port: int) -> list[tuple[float, float]]:
    """(upper bound, cumulative count) of the worker's end-to-end latency histogram."""
    text = urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics").read().decode()
    buckets = []
    for line in text.splitlines():
        if line.startswith("streams_end_to_end_seconds_bucket"):
            le = line.split('le="')[1].split('"')[0]
            buckets.append((float(le), float(line.split()[-1])))
    return buckets


def _quantiles(before: list[tuple[float, float]], after: list[tuple[float, float]]) -> str:
    """Upper bounds of p50/p95/p99 for the articles counted between two snapshots."""
    counts = [(le, n - m) for (le, n), (_, m) in zip(after, before, strict=True)]
    total = counts[-1][1] if counts else 0
    bounds = []
    for q in (0.5, 0.95, 0.99):
        bound = next((le for le, n in counts if n >= q * total), float("inf"))
        bounds.append(f"p{int(q * 100)} <= {bound:g}s")
    return ", ".join(bounds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", default=str(DEFAULT_PATH))
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--mode", choices=("fast", "accurate"), default="fast")
    parser.add_argument("--rate", type=float, help="articles/s to send at (default: all at once)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="streams-bench-"))
    with EmbeddedBroker(free_port(), log_path=work / "broker.log") as broker:
        settings = Settings.from_env(
            {}, broker=broker.url, metrics_port=free_port(), web_port=free_port(), enrich_mode=args.mode
        )
        worker = spawn_worker(settings.with_overrides(data_dir=str(work / "data")), work / "worker.log")
        try:
            return _run(settings, args, worker)
        finally:
            stop_process(worker)


def _run(settings: Settings, args: argparse.Namespace, worker: subprocess.Popen[bytes]) -> int:
    topics = asyncio.run(ensure_topics(settings))
    warm = asyncio.run(
        produce(
            read_inputs([str(Path(__file__).parent.parent / "streams/samples")]),
            settings,
            topics,
            keep_ids=True,
        )
    )
    asyncio.run(_covered(settings, topics, set(warm.article_ids), time.monotonic() + 120))
    before = _buckets(settings.metrics_port)
    inputs = list(itertools.islice(read_inputs([args.path]), args.limit))
    started = time.monotonic()
    if args.rate:
        report = asyncio.run(_paced(inputs, settings, topics, args.rate))
    else:
        report = asyncio.run(produce(inputs, settings, topics, keep_ids=True))
    produced = time.monotonic()
    finished = asyncio.run(_covered(settings, topics, set(report.article_ids), started + 1800))
    elapsed = finished - started
    print(f"mode {args.mode}: {report.sent} articles ({report.rejected_total} rejected) from {args.path}")
    print(f"produce: {report.sent / (produced - started):.0f} articles/s")
    print(
        f"end to end (produce start to last event): {elapsed:.1f}s = {report.sent / elapsed:.1f} articles/s"
    )
    print(
        "end-to-end latency per article (worker histogram buckets):",
        _quantiles(before, _buckets(settings.metrics_port)),
    )
    return 0 if worker.poll() is None else 1


if __name__ == "__main__":
    sys.exit(main())
