"""``streams process``: the same stages as the worker, in one process, without Kafka.

Takes raw inputs in order; emits event records (every published version, as the
events topic would carry them) or enriched articles, and dead letters for
rejected input. Fed the same articles in the same order it decides as the
streaming path does, because both call ``streams.pipeline``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from streams.deadletter import Rejection, dead_letter
from streams.dedup import Clusterer
from streams.ingest.producer import accept
from streams.ingest.readers import RawInput
from streams.pipeline import JsonStore, blocking_scope, cluster_article, enrich_article
from streams.settings import Settings
from streams.timestamps import utc_now

Output = tuple[str, dict[str, Any]]
"""("event" | "enriched" | "deadletter", record)."""


def process(inputs: Iterable[RawInput], settings: Settings, emit: str = "events") -> Iterator[Output]:
    """Run ingest, enrich and (for ``emit="events"``) dedup over ``inputs`` in order."""
    scope = blocking_scope(settings)
    clusterer = Clusterer(
        JsonStore(),
        window_days=settings.dedup_window_days,
        dormant_days=settings.dedup_dormant_days,
        archive_days=settings.dedup_archive_days,
        late_cap=settings.dedup_late_cap,
        scope=scope,
    )
    for raw in inputs:
        now = utc_now()
        try:
            article = accept(raw, settings, now)
        except Rejection as rejection:
            yield "deadletter", _dead(raw, "ingest", rejection.reason, rejection.detail, now)
            continue
        try:
            _key, enriched = enrich_article(article, settings.enrich_mode, now, scope)
        except Exception as exc:  # noqa: BLE001 - same contract as the agent: dead-letter, go on
            yield "deadletter", _dead(raw, "enrich", "processing_error", repr(exc), now)
            continue
        if emit == "enriched":
            yield "enriched", enriched
            continue
        try:
            decision = cluster_article(clusterer, enriched, now)
        except Exception as exc:  # noqa: BLE001
            yield "deadletter", _dead(raw, "dedup", "processing_error", repr(exc), now)
            continue
        if decision.record is not None:
            yield "event", decision.record


def latest_versions(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the highest version of each event, in order of first appearance."""
    latest: dict[str, dict[str, Any]] = {}
    for record in records:
        current = latest.get(record["event_id"])
        if current is None or record["version"] >= current["version"]:
            latest[record["event_id"]] = record
    return list(latest.values())


def _dead(raw: RawInput, stage: str, reason: str, detail: str, now: str) -> dict[str, Any]:
    return dead_letter(stage, reason, detail, raw.payload, now, raw.source)
