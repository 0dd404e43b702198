"""Read records from topics, and write event records as JSON lines (``streams events``).

Without ``follow`` reading stops at the end offsets seen when it started; with
``follow`` it keeps waiting for new records. The demo, the tests and the
benchmarks read topics through ``consume_records`` too.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaConnectionError

from streams.settings import Settings
from streams.topics import BrokerUnavailable, unreachable_message


@dataclass(frozen=True)
class Record:
    """One decoded record and where it came from."""

    topic: str
    key: bytes | None
    value: Any


async def consume_records(
    settings: Settings, topics: Sequence[str], from_beginning: bool, follow: bool
) -> AsyncGenerator[Record, None]:
    """Yield the JSON records of ``topics`` (all partitions, no consumer group)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers, enable_auto_commit=False, group_id=None
    )
    try:
        await consumer.start()
    except KafkaConnectionError as exc:
        await consumer.stop()
        raise BrokerUnavailable(unreachable_message(settings)) from exc
    try:
        await consumer.topics()  # fetches metadata, so the topics' partitions are known
        tps = [TopicPartition(t, p) for t in topics for p in sorted(consumer.partitions_for_topic(t) or ())]
        if not tps:
            return
        consumer.assign(tps)
        await (consumer.seek_to_beginning(*tps) if from_beginning else consumer.seek_to_end(*tps))
        ends = await consumer.end_offsets(tps)
        while True:
            batch = await consumer.getmany(*tps, timeout_ms=200)
            for tp, messages in batch.items():
                for message in messages:
                    yield Record(tp.topic, message.key, orjson.loads(message.value))
            if not follow and await _reached(consumer, ends):
                return
    finally:
        await consumer.stop()


async def _reached(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return False
    return True


async def write_events(
    settings: Settings,
    topic: str,
    write: Callable[[bytes], Any],
    from_beginning: bool = False,
    follow: bool = False,
    limit: int | None = None,
) -> int:
    """Write each record as one JSON line through ``write``; return how many were written."""
    written = 0
    if limit is not None and limit <= 0:
        return 0
    async with aclosing(consume_records(settings, [topic], from_beginning, follow)) as records:
        async for record in records:
            write(orjson.dumps(record.value) + b"\n")
            written += 1
            if limit is not None and written >= limit:
                break
    return written
