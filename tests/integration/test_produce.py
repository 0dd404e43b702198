"""`streams produce` through the embedded broker: good input to the raw topic, bad input
to the dead-letter topic with its reason, nothing dropped."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from streams.ingest.normalize import article_id
from streams.ingest.producer import produce
from streams.ingest.readers import read_inputs
from streams.schemas import schema_errors
from streams.settings import Settings
from streams.topics import BrokerUnavailable, ensure_topics
from tests.conftest import SAMPLES, read_topic

pytestmark = pytest.mark.integration
STORY = "A plain-text story about Moscow."


def test_good_and_bad_input_are_routed(settings: Settings, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        b"\n".join(
            [
                json.dumps({"id": "ok-1", "text": "A fire broke out in Lyon on Monday."}).encode(),
                b'{"id": "broken", ',
                json.dumps({"id": "ok-2", "text": "Floods hit Dhaka.", "published": "2024-05-01"}).encode(),
                json.dumps({"id": "late", "text": "x", "published": "someday"}).encode(),
            ]
        )
    )
    (tmp_path / "story.txt").write_text(f" date 2024-03-25\n{STORY}")

    async def run() -> tuple:
        topics = await ensure_topics(settings)
        report = await produce(read_inputs([str(tmp_path)]), settings, topics)
        raw = await read_topic(settings, topics.raw)
        dead = await read_topic(settings, topics.deadletter)
        return report, raw, dead

    report, raw, dead = asyncio.run(run())
    assert report.sent == 3
    assert dict(report.rejected) == {"invalid_json": 1, "invalid_date": 1}
    assert len(raw) == 3
    assert {key for key, _ in raw} == {b"ok-1", b"ok-2", article_id({"text": STORY}).encode()}
    assert all(schema_errors(value, "article") == [] for _, value in raw)
    assert sorted(value["reason"] for _, value in dead) == ["invalid_date", "invalid_json"]
    assert all(schema_errors(value, "deadletter") == [] for _, value in dead)
    broken = next(value for _, value in dead if value["reason"] == "invalid_json")
    assert broken["original"] == '{"id": "broken", '
    assert broken["source"].endswith("feed.jsonl:2")


def test_unreachable_broker_is_one_clear_error() -> None:
    settings = Settings.from_env({}, broker="kafka://127.0.0.1:1")
    with pytest.raises(BrokerUnavailable, match="streams broker"):
        asyncio.run(ensure_topics(settings))


def test_end_offsets_count_every_record_sent(settings: Settings) -> None:
    # The embedded broker's end offset of a partition is its last batch's first offset + 1:
    # right only when each record is a batch, which readers that stop at the end rely on.
    async def run() -> tuple[int, dict]:
        topics = await ensure_topics(settings)
        report = await produce(read_inputs([str(SAMPLES)]), settings, topics)
        consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers)
        await consumer.start()
        try:
            partitions = [
                TopicPartition(topics.raw, p) for p in consumer.partitions_for_topic(topics.raw) or ()
            ]
            return report.sent, await consumer.end_offsets(partitions)
        finally:
            await consumer.stop()

    sent, ends = asyncio.run(run())
    assert sent == 7
    assert sum(ends.values()) == sent
