"""Every Prometheus metric of streams, declared once (names are a contract, see DESIGN.md).

Seconds and bytes, counters end in ``_total``, labels bounded: never an article id.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, start_http_server

from streams.deadletter import REASONS

_LATENCY_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

ARTICLES_RECEIVED = Counter(
    "streams_articles_received_total",
    "Articles taken from the raw topic by a worker, by how they were fed.",
    ["source_format"],
)
ARTICLES_ENRICHED = Counter("streams_articles_enriched_total", "Articles enriched.")
DEADLETTER = Counter(
    "streams_deadletter_total",
    "Records sent to the dead-letter topic, by stage and reason.",
    ["stage", "reason"],
)
DUPLICATES = Counter("streams_duplicates_total", "Articles found to copy an earlier one.", ["kind"])
LATE_ARTICLES = Counter(
    "streams_dedup_late_articles_total",
    "Articles older than the dedup window: kept with their event, or past the cap and expired at once.",
    ["outcome"],
)
EVENTS_CREATED = Counter("streams_events_created_total", "New event records.")
EVENTS_UPDATED = Counter("streams_events_updated_total", "Event records republished with a higher version.")
STAGE_SECONDS = Histogram(
    "streams_stage_seconds",
    "Time spent in one pipeline stage for one article.",
    ["stage"],
    buckets=_LATENCY_BUCKETS,
)
END_TO_END_SECONDS = Histogram(
    "streams_end_to_end_seconds",
    "From ingest (received_at) to the event record's publication.",
    buckets=_LATENCY_BUCKETS,
)
INGEST_REQUESTS = Counter(
    "streams_ingest_requests_total", "Requests to the HTTP ingest endpoint, by HTTP status.", ["status"]
)
INGEST_ARTICLES = Counter(
    "streams_ingest_articles_total",
    "Articles posted to the HTTP ingest endpoint, by outcome (sent to the raw topic, or rejected).",
    ["outcome"],
)
DEDUP_STATE_ENTRIES = Gauge(
    "streams_dedup_state_entries", "Entries held in the dedup/cluster state of this worker."
)


def serve_metrics(port: int, host: str = "127.0.0.1") -> None:
    """Serve ``/metrics`` on host:port in a background thread.

    Raises:
        OSError: the port is taken; callers turn it into a one-line message.
    """
    start_http_server(port, addr=host)


def _initialise_label_sets() -> None:
    """Create every bounded label combination at 0 so dashboards show zeros, not "no data"."""
    for stage in ("ingest", "enrich", "dedup"):
        for reason in REASONS:
            DEADLETTER.labels(stage, reason)
    for kind in ("exact", "near"):
        DUPLICATES.labels(kind)
    for stage in ("enrich", "dedup"):
        STAGE_SECONDS.labels(stage)
    for outcome in ("sent", "rejected"):
        INGEST_ARTICLES.labels(outcome)


_initialise_label_sets()
