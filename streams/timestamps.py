"""The one clock of the pipeline's records: UTC, ISO 8601."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    """Now, as an ISO 8601 UTC timestamp (``received_at``, ``updated_at``, ``failed_at``)."""
    return datetime.now(UTC).isoformat()
