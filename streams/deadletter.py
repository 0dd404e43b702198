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


#: Bytes of the original kept in a dead letter: a rejected oversized article must
#: still fit in one Kafka message (Kafka's default limit is about 1 MB).
MAX_ORIGINAL_BYTES = 900_000


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
    """Build a dead-letter record; bytes that are not UTF-8 are kept as base64.

    Only the first ``MAX_ORIGINAL_BYTES`` are kept (``original_truncated`` says so
    and ``original_size`` gives the whole size), so the record itself is never too
    large to publish.
    """
    kept = _utf8_prefix(original, MAX_ORIGINAL_BYTES)
    try:
        text, encoding = kept.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        kept = original[: MAX_ORIGINAL_BYTES * 3 // 4]  # base64 grows it by a third
        text, encoding = base64.b64encode(kept).decode("ascii"), "base64"
    return {
        "schema": "deadletter",
        "schema_version": 1,
        "stage": stage,
        "reason": reason if reason in REASONS else "processing_error",
        "error": error[:2000],
        "original": text,
        "original_encoding": encoding,
        "original_size": len(original),
        "original_truncated": len(kept) < len(original),
        "source": source,
        "key": key,
        "article_id": article_id,
        "failed_at": failed_at,
    }


def _utf8_prefix(data: bytes, limit: int) -> bytes:
    """At most ``limit`` bytes of ``data``, not ending inside a UTF-8 character."""
    if len(data) <= limit:
        return data
    cut = limit
    while cut > limit - 4 and cut > 0 and (data[cut] & 0xC0) == 0x80:
        cut -= 1  # data[cut] continues a character: cut before the character starts
    return data[:cut]
