"""Faust agents: thin loops around the pure stages in ``streams.pipeline``.

- enrich agent: ``news.articles.raw`` → ``news.articles.enriched`` (key: blocking key)
- dedup agent: ``news.articles.enriched`` → ``news.events`` (key: event_id), state in
  the changelog-backed table ``dedup-state``
- both: a record that fails goes to ``news.deadletter`` with its bytes, stage and reason.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

import faust
import orjson
from faust.types import EventT, StreamT

from streams import metrics
from streams.deadletter import Rejection, dead_letter
from streams.dedup import Clusterer
from streams.ingest.normalize import normalize, parse_payload
from streams.pipeline import blocking_scope, cluster_article, enrich_article
from streams.settings import Settings
from streams.topics import Topics

log = logging.getLogger(__name__)
_SOURCE_FORMATS = frozenset({"jsonl", "text", "http", "rss"})


def wire_agents(app: faust.App, settings: Settings, topics: Topics) -> None:
    """Declare topics, the dedup table and both agents on ``app``."""
    raw = app.topic(topics.raw, partitions=settings.raw_partitions)
    enriched_topic = app.topic(topics.enriched, partitions=settings.partitions)
    events = app.topic(topics.events, partitions=settings.partitions)
    deadletter = app.topic(topics.deadletter, partitions=settings.partitions)
    state = app.Table(
        "dedup-state",
        partitions=settings.partitions,
        schema=faust.Schema(key_serializer="json", value_serializer="json"),
    )
    clusterer = Clusterer(state, window_days=settings.dedup_window_days, scope=blocking_scope(settings))

    @state.on_recover
    async def rebuild_after_recovery() -> None:
        clusterer.rebuild_index()
        metrics.DEDUP_STATE_ENTRIES.set(clusterer.state_entries())

    async def send_dead(event: EventT, stage: str, reason: str, detail: str) -> None:
        message = event.message
        metrics.DEADLETTER.labels(stage, reason).inc()
        record = dead_letter(
            stage,
            reason,
            detail,
            _as_bytes(message.value),
            _now(),
            source=f"{message.topic}/{message.partition}/{message.offset}",
            key=_as_bytes(message.key).decode("utf-8", "replace") if message.key else None,
        )
        await deadletter.send(value=orjson.dumps(record))

    @app.agent(raw, name="enrich")
    async def enrich_agent(stream: StreamT) -> None:
        async for event in stream.events():
            try:
                article = _read_raw(event.value, settings)
                key, enriched = enrich_article(
                    article, settings.enrich_mode, _now(), blocking_scope(settings)
                )
            except Rejection as rejection:
                await send_dead(event, "enrich", rejection.reason, rejection.detail)
                continue
            except Exception as exc:
                log.exception("enrich failed for %s", event.message.key)
                await send_dead(event, "enrich", "processing_error", repr(exc))
                continue
            await enriched_topic.send(key=key.encode(), value=orjson.dumps(enriched))

    @app.agent(enriched_topic, name="dedup")
    async def dedup_agent(stream: StreamT) -> None:
        async for event in stream.events():
            try:
                enriched = orjson.loads(event.value)
                decision = cluster_article(clusterer, enriched, _now())
            except Exception as exc:
                log.exception("dedup failed for %s", event.message.key)
                await send_dead(event, "dedup", "processing_error", repr(exc))
                continue
            if decision.record is None:
                continue
            await events.send(key=decision.record["event_id"].encode(), value=orjson.dumps(decision.record))
            _observe_end_to_end(enriched)


def _read_raw(value: Any, settings: Settings) -> dict[str, Any]:
    """Re-validate what is on the raw topic: not every producer is ``streams produce``."""
    article = parse_payload(_as_bytes(value), "jsonl")
    fmt = article.get("source_format")
    metrics.ARTICLES_RECEIVED.labels(fmt if fmt in _SOURCE_FORMATS else "other").inc()
    return normalize(
        article,
        fmt if fmt in _SOURCE_FORMATS else "jsonl",
        article.get("received_at") or _now(),
        settings.max_text_bytes,
    )


def _observe_end_to_end(enriched: dict[str, Any]) -> None:
    received = enriched.get("received_at")
    if received:
        try:
            started = datetime.fromisoformat(received).timestamp()
        except ValueError:
            return
        metrics.END_TO_END_SECONDS.observe(max(0.0, time.time() - started))


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8") if value is not None else b""


def _now() -> str:
    return datetime.now(UTC).isoformat()
