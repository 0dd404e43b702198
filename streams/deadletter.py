"""Dead-letter records: what a stage could not process, with original bytes, stage and reason."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

REASONS = (
    "invalid_json",
    "invalid_utf8",
    "schema_violation",
    "empty_text",
    "oversized_text",
    "invalid_date",
    "invalid_feed",
    "processing_error",
)


@dataclass
class Rejection(Exception):
    """A record that cannot go on; ``reason`` is a bounded code (a metric label)."""

    reason: str
    detail: str

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown dead-letter reason {self.reason!r}")
        super().__init__(f"{self.reason}: {self.detail}")

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}"


def dead_letter(
    stage: str,
    reason: str,
    error: str,
    original: bytes,
    failed_at: str,
    source: str | None = None,
    key: str | None = None,
    article_id: str | None = None,
) -> dict[str, Any]:
    """Build a dead-letter record; bytes that are not UTF-8 are kept as base64."""
    try:
        text, encoding = original.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(original).decode("ascii"), "base64"
    return {
        "schema": "deadletter",
        "schema_version": 1,
        "stage": stage,
        "reason": reason if reason in REASONS else "processing_error",
        "error": error[:2000],
        "original": text,
        "original_encoding": encoding,
        "source": source,
        "key": key,
        "article_id": article_id,
        "failed_at": failed_at,
    }
