"""Every topic the pipeline uses, named from one configurable prefix, and their creation."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from streams.settings import Settings


@dataclass(frozen=True)
class Topics:
    """Topic names; keys are article_id (articles), blocking key (enriched), event_id (events)."""

    raw: str
    enriched: str
    events: str
    deadletter: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Topics:
        """Derive all names from ``settings.topic_prefix``."""
        p = settings.topic_prefix
        return cls(
            raw=f"{p}articles.raw",
            enriched=f"{p}articles.enriched",
            events=f"{p}events",
            deadletter=f"{p}deadletter",
        )

    def all(self) -> tuple[str, ...]:
        """All four names, in pipeline order."""
        return (self.raw, self.enriched, self.events, self.deadletter)


class BrokerUnavailable(ConnectionError):
    """No Kafka-protocol broker answers at the configured address."""


async def ensure_topics(settings: Settings) -> Topics:
    """Create the pipeline's topics if missing (events compacted); return their names.

    Raises:
        BrokerUnavailable: with a one-line hint on what to do.
    """
    topics = Topics.from_settings(settings)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, request_timeout_ms=10_000)
    try:
        await admin.start()
    except KafkaConnectionError as exc:
        raise BrokerUnavailable(unreachable_message(settings)) from exc
    try:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(
                name,
                _partitions(name, topics, settings),
                1,
                topic_configs={"cleanup.policy": "compact"} if name == topics.events else {},
            )
            for name in topics.all()
            if name not in existing
        ]
        if wanted:
            # another process may create them between list and create
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(wanted)
    finally:
        await admin.close()
    return topics


def _partitions(name: str, topics: Topics, settings: Settings) -> int:
    if name == topics.raw:
        return settings.raw_partitions
    if name == topics.deadletter:
        return 1  # few records; see streams.agents on why it is not co-partitioned
    return settings.partitions


def unreachable_message(settings: Settings) -> str:
    """The one-line hint printed when the broker cannot be reached."""
    return (
        f"cannot reach a Kafka broker at {settings.broker}: start one with `streams broker` "
        "or point --broker / STREAMS_BROKER at yours"
    )
