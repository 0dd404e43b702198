"""Feed articles to Kafka: accepted ones to the raw topic (key article_id), rejected ones to
the dead-letter topic with the reason, and a report of both for the user."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import orjson
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError

from streams.deadletter import Rejection, dead_letter
from streams.ingest.normalize import normalize, parse_payload
from streams.ingest.readers import RawInput
from streams.settings import Settings
from streams.timestamps import utc_now
from streams.topics import BrokerUnavailable, Topics, unreachable_message

_EXAMPLES_KEPT = 10
_CHECK_EVERY = 1000


@dataclass
class ProduceReport:
    """What happened to each input: counts and the first few rejections with reasons."""

    sent: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    examples_kept: int = _EXAMPLES_KEPT
    keep_ids: bool = False
    """Keep accepted article ids (the demo waits for them, the endpoint returns them);
    off for bulk feeds, whose id lists would only grow."""
    article_ids: list[str] = field(default_factory=list)

    @property
    def rejected_total(self) -> int:
        """All rejected inputs, whatever the reason."""
        return sum(self.rejected.values())

    def reject(self, raw: RawInput, rejection: Rejection) -> None:
        """Count one rejection and keep it as an example while there is room."""
        self.rejected[rejection.reason] += 1
        if len(self.examples) < self.examples_kept:
            self.examples.append(f"{raw.source}: {rejection}")

    def summary(self) -> str:
        """The lines ``streams produce`` prints."""
        lines = [f"sent {self.sent}, rejected {self.rejected_total}"]
        lines += [f"  rejected {n} x {reason}" for reason, n in sorted(self.rejected.items())]
        lines += [f"  e.g. {example}" for example in self.examples]
        return "\n".join(lines)


def accept(raw: RawInput, settings: Settings, received_at: str) -> dict:
    """Parse and normalise one input; raises ``Rejection`` when it cannot be accepted."""
    if raw.rejection is not None:
        raise raw.rejection
    article = parse_payload(raw.payload, raw.source_format)
    return normalize(article, raw.source_format, received_at, settings.max_text_bytes)


class Sender:
    """One Kafka producer that routes inputs: accepted articles to the raw topic (key
    ``article_id``), rejected ones to the dead-letter topic with the reason.

    Shared by ``streams produce`` and the HTTP ingest endpoint, so both accept and
    reject exactly alike. Use as ``async with Sender(...) as sender``.
    """

    def __init__(self, settings: Settings, topics: Topics) -> None:
        self._settings = settings
        self._topics = topics
        self._producer = AIOKafkaProducer(
            bootstrap_servers=settings.bootstrap_servers,
            linger_ms=5,
            # The embedded broker's end offsets are only right for one-record batches (settings).
            max_batch_size=settings.producer_batch_bytes,
            max_request_size=max(1_048_576, settings.max_text_bytes * 2),
        )

    async def __aenter__(self) -> Sender:
        try:
            await self._producer.start()
        except KafkaConnectionError as exc:
            await self._producer.stop()
            raise BrokerUnavailable(unreachable_message(self._settings)) from exc
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._producer.stop()

    async def send(self, raw: RawInput, report: ProduceReport) -> asyncio.Future:
        """Route one input and note it in ``report``; the future resolves on the broker's ack."""
        now = utc_now()
        try:
            article = accept(raw, self._settings, now)
        except Rejection as rejection:
            report.reject(raw, rejection)
            record = dead_letter("ingest", rejection.reason, rejection.detail, raw.payload, now, raw.source)
            return await self._producer.send(self._topics.deadletter, value=orjson.dumps(record))
        key = article["article_id"].encode()
        report.sent += 1
        if report.keep_ids:
            report.article_ids.append(article["article_id"])
        return await self._producer.send(self._topics.raw, key=key, value=orjson.dumps(article))


async def produce(
    inputs: Iterable[RawInput], settings: Settings, topics: Topics, keep_ids: bool = False
) -> ProduceReport:
    """Send every input to Kafka; nothing is dropped silently.

    Rejections are counted in the report and, through the dead-letter topic, by the
    worker's ``streams_deadletter_total{stage="ingest"}`` (this process serves no metrics).
    ``keep_ids`` keeps the accepted article ids in the report.
    """
    report = ProduceReport(keep_ids=keep_ids)
    pending: list[asyncio.Future] = []
    async with Sender(settings, topics) as sender:
        for raw in inputs:
            if len(pending) >= _CHECK_EVERY:
                await confirm(pending)
            pending.append(await sender.send(raw, report))
        await confirm(pending)
    return report


async def confirm(pending: list[asyncio.Future]) -> None:
    """Wait for the broker's acknowledgement of every send so a failed delivery raises."""
    await asyncio.gather(*pending)
    pending.clear()
