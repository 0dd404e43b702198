"""The pipeline's stages as plain functions: what both the Faust agents and ``streams process`` call.

Takes raw payloads / articles / enriched articles; emits enriched articles (with
fingerprints and their blocking key) and dedup decisions. No Kafka here, so the
streaming and offline paths cannot drift apart.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, MutableMapping
from typing import Any

import orjson

from streams import metrics
from streams.dedup import Clusterer, Decision, blocking_key, fingerprint
from streams.dedup.blocking import Scope
from streams.enrich import enrich
from streams.settings import Settings


def enrich_article(
    article: dict[str, Any], mode: str, now: str, blocking: Scope = "language"
) -> tuple[str, dict[str, Any]]:
    """Enrich one normalised article; return (blocking key, enriched article)."""
    started = time.perf_counter()
    enriched = enrich(article, mode)
    enriched["fingerprints"] = fingerprint(enriched["text"], enriched.get("url"))
    enriched["enriched_at"] = now
    metrics.STAGE_SECONDS.labels("enrich").observe(time.perf_counter() - started)
    metrics.ARTICLES_ENRICHED.inc()
    return blocking_key(enriched, blocking), enriched


def cluster_article(clusterer: Clusterer, enriched: dict[str, Any], now: str) -> Decision:
    """Run dedup + clustering for one enriched article and count what it decided."""
    started = time.perf_counter()
    decision = clusterer.add(enriched, now)
    metrics.STAGE_SECONDS.labels("dedup").observe(time.perf_counter() - started)
    if decision.kind in ("exact", "near"):
        metrics.DUPLICATES.labels(decision.kind).inc()
    if decision.late:
        metrics.LATE_ARTICLES.labels(decision.late).inc()
    if decision.record is not None and decision.kind != "replay":
        if decision.record["version"] == 1:
            metrics.EVENTS_CREATED.inc()
        else:
            metrics.EVENTS_UPDATED.inc()
    metrics.DEDUP_STATE_ENTRIES.set(clusterer.state_entries())
    return decision


def blocking_scope(settings: Settings) -> Scope:
    """The validated blocking scope of the settings, typed for the dedup core."""
    return "country" if settings.dedup_blocking == "country" else "language"


class JsonStore(MutableMapping[str, Any]):
    """A dict that stores values serialised, as a Faust table's changelog does.

    A running worker's in-memory table keeps a value mutated in place, but the
    changelog never sees it, so it is lost after recovery. Offline, this store loses
    it at once: stricter than the worker, so such a bug shows up in offline tests.
    """

    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def __getitem__(self, key: str) -> Any:
        return orjson.loads(self._data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = orjson.dumps(value)

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)
