"""``streams worker``: check the broker, create topics, load models, serve metrics, run Faust."""

from __future__ import annotations

import asyncio
import sys
import time

from streams import metrics
from streams.app import run_worker
from streams.enrich import warm_up
from streams.settings import Settings, SettingsError
from streams.topics import Topics, ensure_topics


def start_worker(settings: Settings) -> None:
    """Everything that can fail fast fails here, before Faust takes over the process."""
    asyncio.run(ensure_topics(settings))
    started = time.monotonic()
    warm_up(settings.enrich_mode)
    loaded = time.monotonic() - started
    try:
        metrics.serve_metrics(settings.metrics_port, settings.metrics_host)
    except OSError as exc:
        raise SettingsError(
            f"metrics port {settings.metrics_port} is in use ({exc.strerror}): "
            "pass --metrics-port or set STREAMS_METRICS_PORT"
        ) from exc
    topics = Topics.from_settings(settings)
    print(
        f"streams worker: broker {settings.broker}, {topics.raw} -> {topics.events}, "
        f"{settings.enrich_mode} mode (loaded in {loaded:.1f}s), "
        f"metrics http://{settings.metrics_host}:{settings.metrics_port}/metrics",
        file=sys.stderr,
        flush=True,
    )
    run_worker(settings)
