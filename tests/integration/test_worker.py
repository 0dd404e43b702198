"""The worker through the embedded broker: events published, bad records dead-lettered,
the same events as the offline path, and dedup state recovered after a restart."""

from __future__ import annotations

import asyncio
import urllib.request
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from streams.dedup import Clusterer
from streams.ingest.producer import produce
from streams.ingest.readers import read_inputs
from streams.offline import latest_versions, process
from streams.pipeline import JsonStore, blocking_scope
from streams.schemas import schema_errors
from streams.settings import Settings
from streams.topics import ensure_topics
from tests.conftest import SAMPLES, read_topic, running_worker, wait_for_events

pytestmark = pytest.mark.integration

_TIMESTAMPS = ("updated_at",)


def _feed(settings: Settings, paths: list[str]) -> set[str]:
    async def run() -> set[str]:
        topics = await ensure_topics(settings)
        report = await produce(read_inputs(paths), settings, topics, keep_ids=True)
        assert report.rejected_total == 0, report.summary()
        return set(report.article_ids)

    return asyncio.run(run())


def _sample(metrics: str, name: str) -> float:
    """The value of one sample in a Prometheus text exposition."""
    [line] = [line for line in metrics.splitlines() if line.split(" ")[0] == name]
    return float(line.split(" ")[-1])


def _comparable(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        r["event_id"]: {k: v for k, v in r.items() if k not in _TIMESTAMPS} for r in latest_versions(records)
    }


def test_worker_publishes_the_same_events_as_offline_processing(settings: Settings, tmp_path: Path) -> None:
    ids = _feed(settings, [str(SAMPLES)])
    with running_worker(settings, tmp_path) as worker:
        records = wait_for_events(settings, ids, worker=worker)
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{settings.metrics_port}/metrics").read().decode()
    for record in records:
        assert schema_errors(record, "event_record") == [], record["event_id"]
    offline = [r for kind, r in process(read_inputs([str(SAMPLES)]), settings) if kind == "event"]
    assert _comparable(records) == _comparable(offline)
    assert _sample(metrics, "streams_articles_enriched_total") == len(ids)
    assert _sample(metrics, 'streams_duplicates_total{kind="near"}') == 1  # the syndicated copy
    assert _sample(metrics, "streams_events_created_total") == len(latest_versions(records))


def test_a_bad_record_is_dead_lettered_and_the_stream_goes_on(settings: Settings, tmp_path: Path) -> None:
    async def write_raw() -> None:
        topics = await ensure_topics(settings)
        producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers)
        await producer.start()
        try:
            await producer.send_and_wait(topics.raw, key=b"junk", value=b"\xff not json")
            await producer.send_and_wait(topics.raw, key=b"no-text", value=orjson.dumps({"id": "no-text"}))
        finally:
            await producer.stop()

    asyncio.run(write_raw())
    ids = _feed(settings, [str(SAMPLES / "crocus-city-hall.txt")])
    with running_worker(settings, tmp_path) as worker:
        wait_for_events(settings, ids, worker=worker)
    dead = [value for _, value in asyncio.run(read_topic(settings, settings.topic_prefix + "deadletter"))]
    reasons = sorted((d["stage"], d["reason"], d["key"]) for d in dead)
    assert reasons == [("enrich", "invalid_utf8", "junk"), ("enrich", "schema_violation", "no-text")]
    assert all(schema_errors(d, "deadletter") == [] for d in dead)


def test_restarted_worker_recovers_dedup_state(settings: Settings, tmp_path: Path) -> None:
    lines = (SAMPLES / "articles.jsonl").read_bytes().splitlines()
    original, copy = tmp_path / "original.jsonl", tmp_path / "copy.jsonl"
    original.write_bytes(lines[0] + b"\n")
    copy.write_bytes(lines[1] + b"\n")
    first_ids = _feed(settings, [str(original)])
    with running_worker(settings, tmp_path, "worker-1") as worker:
        [first] = wait_for_events(settings, first_ids, worker=worker)
    second_ids = _feed(settings, [str(copy)])
    with running_worker(settings, tmp_path, "worker-2") as worker:
        records = wait_for_events(settings, first_ids | second_ids, worker=worker)
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{settings.metrics_port}/metrics").read().decode()
    # every state entry came back: the same count as one uninterrupted offline run
    offline = JsonStore()
    clusterer = Clusterer(
        offline,
        window_days=settings.dedup_window_days,
        dormant_days=settings.dedup_dormant_days,
        archive_days=settings.dedup_archive_days,
        late_cap=settings.dedup_late_cap,
        scope=blocking_scope(settings),
    )
    for kind, enriched in process(read_inputs([str(original), str(copy)]), settings, emit="enriched"):
        assert kind == "enriched"
        clusterer.add(enriched, "now")
    assert _sample(metrics, "streams_dedup_state_entries") == len(offline)
    [latest] = latest_versions(records)
    assert latest["event_id"] == first["event_id"]
    assert latest["version"] == 2
    assert latest["num_duplicates"] == 1
