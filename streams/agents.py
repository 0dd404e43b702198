"""Faust agents: thin loops around the pure stages in ``streams.pipeline``.

- enrich: ``news.articles.raw`` → ``news.articles.enriched`` (key: blocking key)
- dedup: ``news.articles.enriched`` → ``news.events`` (key: event_id), state in the
  changelog-backed table ``dedup-state``
- deadletter monitor: counts the ingest stage's dead letters (written by
  ``streams produce``, which serves no metrics) in this worker's metrics
- a record that fails in a stage goes to ``news.deadletter`` with its bytes, stage
  and reason, and the loop goes on; only errors retrying could fix stop the worker.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import Any, cast

import faust
import orjson
from aiokafka.errors import MessageSizeTooLargeError
from faust.transport.consumer import Consumer as FaustConsumer
from faust.types import EventT, StreamT

from streams import metrics
from streams.deadletter import Rejection, dead_letter
from streams.dedup import Clusterer
from streams.ingest.normalize import normalize, parse_payload
from streams.pipeline import blocking_scope, cluster_article, enrich_article
from streams.settings import Settings
from streams.timestamps import utc_now
from streams.topics import Topics

log = logging.getLogger(__name__)
_SOURCE_FORMATS = frozenset({"jsonl", "text", "feed"})
# A record the broker refuses for its size will be refused on every retry: dead-letter it.
_UNSENDABLE = (MessageSizeTooLargeError,)


def wire_agents(app: faust.App, settings: Settings, topics: Topics) -> None:
    """Declare topics, the dedup table and the agents on ``app``."""
    raw = app.topic(topics.raw, partitions=settings.raw_partitions)
    enriched_topic = app.topic(topics.enriched, partitions=settings.partitions)
    events = app.topic(topics.events, partitions=settings.partitions)
    # One partition: dead letters are few, and a second agent on a topic co-partitioned
    # with the enriched topic made Faust recover only part of the dedup table (seen here).
    deadletter = app.topic(topics.deadletter, partitions=1)
    state = app.Table(
        "dedup-state",
        partitions=settings.partitions,
        schema=faust.Schema(key_serializer="json", value_serializer="json"),
    )
    scope = blocking_scope(settings)
    clusterer = Clusterer(
        state,
        window_days=settings.dedup_window_days,
        dormant_days=settings.dedup_dormant_days,
        archive_days=settings.dedup_archive_days,
        scope=scope,
        late_cap=settings.dedup_late_cap,
    )

    seek_without_losing_records(app, {*raw.topics, *enriched_topic.topics})

    @state.on_recover
    async def rebuild_after_recovery() -> None:
        clusterer.rebuild_index()
        metrics.DEDUP_STATE_ENTRIES.set(clusterer.state_entries())
        log.warning("dedup index rebuilt from %d state entries", clusterer.state_entries())

    async def send_dead(event: EventT, stage: str, reason: str, detail: str) -> None:
        metrics.DEADLETTER.labels(stage, reason).inc()
        await deadletter.send(value=orjson.dumps(_dead_letter_of(event, stage, reason, detail)))

    @app.agent(raw, name="enrich")
    async def enrich_agent(stream: StreamT) -> None:
        async for event in stream.events():
            try:
                article = _read_raw(event.value, settings)
                # in a thread, so a slow article never stalls rebalances and producer flushes
                key, enriched = await asyncio.to_thread(
                    enrich_article, article, settings.enrich_mode, utc_now(), scope
                )
                await enriched_topic.send(key=key.encode(), value=orjson.dumps(enriched))
            except Rejection as rejection:
                await send_dead(event, "enrich", rejection.reason, rejection.detail)
            except _UNSENDABLE as exc:
                await send_dead(event, "enrich", "oversized_text", repr(exc))
            except Exception as exc:
                log.exception("enrich failed for %s", event.message.key)
                await send_dead(event, "enrich", "processing_error", repr(exc))

    @app.agent(enriched_topic, name="dedup")
    async def dedup_agent(stream: StreamT) -> None:
        async for event in stream.events():
            try:
                enriched = orjson.loads(event.value)
                decision = cluster_article(clusterer, enriched, utc_now())
                if decision.record is not None:
                    # State first: once the changelog holds this decision, a replay after a
                    # crash finds the article and cannot recompute (and republish) an older
                    # version; a crash before this line published nothing for the article.
                    await app.producer.flush()
                    record = decision.record
                    await events.send(key=record["event_id"].encode(), value=orjson.dumps(record))
                    _observe_end_to_end(enriched)
            except Exception as exc:
                log.exception("dedup failed for %s", event.message.key)
                await send_dead(event, "dedup", "processing_error", repr(exc))

    @app.agent(deadletter, name="deadletter-monitor")
    async def count_ingest_dead_letters(stream: StreamT) -> None:
        async for value in stream:
            try:
                record = orjson.loads(value)
            except orjson.JSONDecodeError:
                continue  # not ours to judge: only ingest's records are counted here
            if record.get("stage") == "ingest":
                metrics.DEADLETTER.labels("ingest", record.get("reason", "processing_error")).inc()


def seek_without_losing_records(app: faust.App, topics: set[str]) -> None:
    """Make Faust's "seek back to committed offsets" lose no input record.

    Two Faust behaviours, both seen losing a record here (a restarted worker
    that never read the article fed while it was down):

    - A rebalance or recovery ends with: resume the input partitions, seek to
      the committed offsets, then resume the flow, which empties every stream's
      buffer. The fetcher runs during the seek, so a record it delivers then is
      emptied from the buffer while its offset already counts as read, and the
      seek is over: it is never read again (the restart test, about one run in
      ten with debug logs: position past the record, stream buffer empty). The
      consumer's flow is now stopped for the seek; Faust resumes it right after,
      and the fetcher reads from the committed offsets again. A seek that does
      not finish (a timeout, a new rebalance) leaves the flow as Faust had it.
    - A partition that never committed (a worker killed within its first
      commit interval) has no committed offset, so the seek is a no-op and
      records fetched while the flow was stopped are dropped (the crash test,
      about one run in ten under load). Those partitions now go back to their
      earliest offset, which is what ``consumer_auto_offset_reset="earliest"``
      means.

    A record read twice is harmless: the clusterer republishes a seen article
    at its version.
    """
    consumer = cast(FaustConsumer, app.consumer)  # the interface type lacks seek_to_committed
    seek_committed = consumer.perform_seek

    async def perform_seek() -> None:
        consumer.stop_flow()
        try:
            await seek_committed()
            committed = await consumer.seek_to_committed()
            fresh = sorted(tp for tp, offset in committed.items() if tp.topic in topics and not offset)
            earliest = await consumer.earliest_offsets(*fresh) if fresh else {}
            for tp in fresh:
                await consumer.seek(tp, earliest.get(tp) or 0)
        except BaseException:
            # The seek did not finish (Faust's request timeout, or a new rebalance
            # cancelled it) and Faust will not resume the flow: leave it flowing, as
            # Faust had it, rather than stall the worker; a new rebalance stops it again.
            log.warning("seek to committed offsets did not finish; the consumer flows on")
            consumer.resume_flow()
            raise
        if fresh:
            log.info("input partitions with no committed offset read from the start: %s", fresh)

    consumer.perform_seek = perform_seek  # type: ignore[method-assign]  # workarounds above


def _dead_letter_of(event: EventT, stage: str, reason: str, detail: str) -> dict[str, Any]:
    message = event.message
    original = _as_bytes(message.value)
    return dead_letter(
        stage,
        reason,
        detail,
        original,
        utc_now(),
        source=f"{message.topic}/{message.partition}/{message.offset}",
        key=_as_bytes(message.key).decode("utf-8", "replace") if message.key else None,
        article_id=_article_id_in(original),
    )


def _article_id_in(payload: bytes) -> str | None:
    """The article id inside a failed record, when it is readable JSON that has one."""
    try:
        value = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return None
    article_id = value.get("article_id") if isinstance(value, dict) else None
    return str(article_id) if article_id is not None else None


def _read_raw(value: Any, settings: Settings) -> dict[str, Any]:
    """Re-validate what is on the raw topic: not every producer is ``streams produce``."""
    article = parse_payload(_as_bytes(value), "jsonl")
    fmt = article.get("source_format")
    fmt = fmt if fmt in _SOURCE_FORMATS else "jsonl"
    metrics.ARTICLES_RECEIVED.labels(fmt).inc()
    return normalize(article, fmt, article.get("received_at") or utc_now(), settings.max_text_bytes)


def _observe_end_to_end(enriched: dict[str, Any]) -> None:
    try:
        started = datetime.fromisoformat(enriched.get("received_at") or "").timestamp()
    except ValueError:
        return
    metrics.END_TO_END_SECONDS.observe(max(0.0, time.time() - started))


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8") if value is not None else b""
