"""Read event records from the events topic and write them as JSON lines.

Without ``follow`` it stops at the end offsets seen when it started, or after
``limit`` records; with ``follow`` it keeps waiting for new ones.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from contextlib import aclosing
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaConnectionError

from streams.settings import Settings
from streams.topics import BrokerUnavailable, unreachable_message


async def consume_records(
    settings: Settings, topic: str, from_beginning: bool, follow: bool
) -> AsyncGenerator[dict[str, Any], None]:
    """Yield decoded records of ``topic`` (all partitions, no consumer group)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers, enable_auto_commit=False, group_id=None
    )
    try:
        await consumer.start()
    except KafkaConnectionError as exc:
        raise BrokerUnavailable(unreachable_message(settings)) from exc
    try:
        await consumer.topics()  # fetches metadata, so the topic's partitions are known
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:
            return
        consumer.assign(tps)
        if from_beginning:
            await consumer.seek_to_beginning(*tps)
        else:
            await consumer.seek_to_end(*tps)
        ends = await consumer.end_offsets(tps)
        while True:
            batch = await consumer.getmany(*tps, timeout_ms=500)
            for messages in batch.values():
                for message in messages:
                    yield orjson.loads(message.value)
            if not follow and await _reached_all(consumer, ends):
                return
    finally:
        await consumer.stop()


async def _reached_all(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
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
    async with aclosing(consume_records(settings, topic, from_beginning, follow)) as records:
        async for record in records:
            write(orjson.dumps(record) + b"\n")
            written += 1
            if limit is not None and written >= limit:
                break
    return written
