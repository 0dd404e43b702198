"""Settings read from the environment (``STREAMS_*``); command-line flags override them.

Every variable here is listed in the README's settings table. Kept as a frozen
dataclass so a worker's configuration is one value that can be logged whole
(nothing in it is secret).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

DEFAULT_BROKER_PORT = 9092
# Two months: arrests, funerals, charges and first hearings follow within weeks, and a
# dormant event still costs its full state. GVA dev B-cubed F1 (fast enrichment of
# 2026-11-30): 30 days 0.9223, 45 0.9245, 60 0.9258 (precision 0.9726 -> 0.9711); ECB+
# unchanged (0.8732); Reuters soak RSS after passes 1 and 2: 30 days 296 / 334 MiB,
# 60 days 360 / 377 MiB (benchmarks/soak_dedup.py --passes 2 --dormant-days N).
DEFAULT_DORMANT_DAYS = 60.0
# Late articles (dated more than a window behind their key's newest) kept per key while
# that watermark moves less than a window: an archive fed out of order still meets its
# own reports, and a replay of old news cannot grow the state without bound.
DEFAULT_LATE_CAP = 1000
# Two years: a crime's later steps (an indictment, a plea, a sentence) come months or a
# year or two on and name its people; past the dormant horizon such events are archived
# until then (``dedup.expiry``), at most ``expiry.MAX_ARCHIVED`` per blocking key.
DEFAULT_ARCHIVE_DAYS = 730.0


class SettingsError(ValueError):
    """A setting has a value the program cannot use."""


@dataclass(frozen=True)
class Settings:
    """Runtime configuration shared by every command."""

    broker: str = f"kafka://127.0.0.1:{DEFAULT_BROKER_PORT}"
    """``kafka://host:port[,host:port]``; the default is where ``streams broker`` listens."""
    topic_prefix: str = "news."
    partitions: int = 4
    """Partitions of the enriched, events and dead-letter topics (dedup scales out over these)."""
    raw_partitions: int = 1
    """Partitions of the raw topic. One keeps the feed's order end to end, so the streaming
    path decides exactly as ``streams process``; more spread enrichment over workers, and
    dedup then sees articles in their interleaved arrival order."""
    metrics_port: int = 9250
    metrics_host: str = "127.0.0.1"
    enrich_mode: str = "accurate"
    dedup_window_days: float = 7.0
    """Event-time window: articles (and their duplicate fingerprints) expire after it,
    and an event idle for longer turns dormant."""
    dedup_dormant_days: float = DEFAULT_DORMANT_DAYS
    """Idle time after which a dormant event is deleted. A dormant event only takes an
    article whose stated incident date falls within its span, or that names one of its
    people (follow-ups weeks later); set it equal to the window to forget events as soon
    as they go idle."""
    dedup_archive_days: float = DEFAULT_ARCHIVE_DAYS
    """Idle time after which an archived event is deleted. Past the dormant horizon an
    event of a crime whose reports name people is archived, found only by a report stating
    a day within its span or a follow-up headline naming two of its people (two person
    keys: two names, or one full name with a middle name); at or below the dormant days
    nothing is archived, so raising the dormant days alone never fails."""
    dedup_late_cap: int = DEFAULT_LATE_CAP
    """Late articles (dated more than the window behind the newest of their blocking key)
    kept with their events per key while that newest date moves less than a window; past
    the cap they expire at once (counted as ``over_cap``). 0 keeps none."""
    dedup_blocking: str = "language"
    """Blocking key of the enriched topic: "language" (no event is ever split across
    partitions) or "country" (primary country: spreads dedup over partitions/workers,
    but a geocoding error can split an event)."""
    max_text_bytes: int = 2_000_000
    app_id: str = ""
    """Faust app id = consumer group and changelog-topic prefix; empty means derived from
    the topic prefix (``streams-news`` for ``news.``), so two pipelines never share state."""
    data_dir: str = ".streams-data"
    ingest_host: str = "127.0.0.1"
    ingest_port: int = 8080
    ingest_max_body_bytes: int = 16_000_000
    """Largest request body ``streams ingest`` reads; a larger one gets HTTP 413."""
    web_port: int = 6066
    producer_batch_bytes: int = 1
    """Producer batch size of the worker and of ``streams produce``. The embedded Tansu
    broker reports a partition's end offset as its last batch's first offset + 1, so
    Faust's table recovery, and any reader that stops at the end, stop short of records
    batched together; 1 sends one record per batch and keeps them whole (``streams
    produce`` to Tansu: ~2,100 instead of ~7,000 articles/s). On Apache Kafka set 16384
    (Kafka's default) for throughput."""
    log_level: str = "warning"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``STREAMS_<FIELD>`` variables, then apply non-None overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = env.get(f"STREAMS_{field.name.upper()}")
            if raw is not None and raw != "":
                values[field.name] = _convert(field.name, raw, type(getattr(cls, field.name)))
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        settings.validate()
        return settings.with_derived_app_id()

    def with_derived_app_id(self) -> Settings:
        """Fill an empty ``app_id`` from the topic prefix."""
        if self.app_id:
            return self
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", self.topic_prefix).strip("-") or "default"
        return replace(self, app_id=f"streams-{stem}")

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the non-None overrides applied."""
        changed = replace(self, **{k: v for k, v in overrides.items() if v is not None})
        if "topic_prefix" in overrides and "app_id" not in overrides:
            changed = replace(changed, app_id="").with_derived_app_id()
        changed.validate()
        return changed

    def validate(self) -> None:
        """Reject values that would only fail later, far from their cause."""
        if self.enrich_mode not in ("accurate", "fast"):
            raise SettingsError(f"enrich mode must be 'accurate' or 'fast', not {self.enrich_mode!r}")
        if self.partitions < 1 or self.raw_partitions < 1:
            raise SettingsError("partitions must be at least 1")
        if self.dedup_blocking not in ("language", "country"):
            raise SettingsError(
                f"dedup blocking must be 'language' or 'country', not {self.dedup_blocking!r}"
            )
        if self.dedup_window_days <= 0:
            raise SettingsError("dedup window must be positive")
        if self.dedup_dormant_days < self.dedup_window_days:
            raise SettingsError("dedup dormant days must be at least the dedup window")
        if self.dedup_archive_days < 0:
            raise SettingsError("dedup archive days must be 0 or more")
        if self.dedup_late_cap < 0:
            raise SettingsError("dedup late cap must be 0 or more")
        broker_servers(self.broker)

    @property
    def bootstrap_servers(self) -> list[str]:
        """``host:port`` strings for aiokafka."""
        return broker_servers(self.broker)


def broker_servers(url: str) -> list[str]:
    """Parse ``kafka://h1:p1,h2:p2`` (scheme optional) into ``["h1:p1", "h2:p2"]``."""
    servers = []
    for part in url.split(","):
        part = part.strip()
        if part.startswith("kafka://"):
            part = part[len("kafka://") :]
        if not part:
            continue
        host, _, port = part.rpartition(":")
        if not host or not port.isdigit():
            raise SettingsError(f"broker address {part!r} is not host:port (in {url!r})")
        servers.append(part)
    if not servers:
        raise SettingsError(f"no broker address in {url!r}")
    return servers


def _convert(name: str, raw: str, kind: type) -> Any:
    try:
        return kind(raw)
    except ValueError as exc:
        raise SettingsError(f"STREAMS_{name.upper()}={raw!r} is not a valid {kind.__name__}") from exc
