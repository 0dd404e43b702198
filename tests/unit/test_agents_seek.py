"""The worker's seek back to committed offsets loses no input record (``agents.seek_without_losing_records``).

Faust's own objects need a broker; a recording stand-in for its consumer shows
the order of the calls, which is what the workaround is about.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from aiokafka import TopicPartition

from streams.agents import seek_without_losing_records

RAW = TopicPartition("news.articles.raw", 0)
FRESH = TopicPartition("news.articles.enriched", 1)
CHANGELOG = TopicPartition("streams-news-dedup-state-changelog", 0)


class RecordingConsumer:
    """Faust consumer calls, in order; ``committed`` is what the group committed."""

    def __init__(self, committed: dict[TopicPartition, int | None]) -> None:
        self.committed = committed
        self.calls: list[Any] = []

    def stop_flow(self) -> None:
        self.calls.append("stop_flow")

    def resume_flow(self) -> None:
        self.calls.append("resume_flow")

    async def perform_seek(self) -> None:
        self.calls.append("seek_to_committed (Faust)")

    async def seek_to_committed(self) -> dict[TopicPartition, int | None]:
        self.calls.append("seek_to_committed")
        return self.committed

    async def earliest_offsets(self, *tps: TopicPartition) -> dict[TopicPartition, int]:
        return {tp: 3 for tp in tps}

    async def seek(self, tp: TopicPartition, offset: int) -> None:
        self.calls.append(("seek", tp, offset))


def _seek(
    committed: dict[TopicPartition, int | None], consumer: RecordingConsumer | None = None
) -> list[Any]:
    consumer = consumer or RecordingConsumer(committed)
    app = SimpleNamespace(consumer=consumer)
    seek_without_losing_records(app, {RAW.topic, FRESH.topic})  # type: ignore[arg-type]
    asyncio.run(consumer.perform_seek())
    return consumer.calls


def test_the_flow_stops_before_the_seek() -> None:
    """A record delivered during the seek would be emptied from its stream's buffer
    when Faust resumes the flow, its offset already read: nothing is delivered
    until the seek is done and Faust resumes the flow."""
    calls = _seek({RAW: 5})
    assert calls[0] == "stop_flow"
    assert calls[1:] == ["seek_to_committed (Faust)", "seek_to_committed"]


def test_input_partitions_that_never_committed_are_read_from_the_start() -> None:
    calls = _seek({RAW: 5, FRESH: None, CHANGELOG: None})
    assert calls[-1] == ("seek", FRESH, 3)
    assert not any(isinstance(call, tuple) and call[1] in (RAW, CHANGELOG) for call in calls)


class TimingOutConsumer(RecordingConsumer):
    async def seek_to_committed(self) -> dict[TopicPartition, int | None]:
        raise TimeoutError


def test_a_seek_that_does_not_finish_leaves_the_flow_running() -> None:
    """Faust resumes the flow only after a finished seek: a timeout must not
    leave the worker stalled with its flow stopped."""
    consumer = TimingOutConsumer({RAW: 5})
    with pytest.raises(TimeoutError):
        _seek({RAW: 5}, consumer)
    assert consumer.calls == ["stop_flow", "seek_to_committed (Faust)", "resume_flow"]
