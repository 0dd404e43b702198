"""The HTTP ingest endpoint through the embedded broker: what it acknowledges is on the raw
topic, what it rejects is on the dead-letter topic with the reason, and the reply says which."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client import REGISTRY

from streams.broker import free_port
from streams.ingest.endpoint import running_endpoint
from streams.schemas import schema_errors
from streams.settings import Settings
from streams.topics import ensure_topics
from tests.conftest import read_topic

pytestmark = pytest.mark.integration
FEEDS = Path(__file__).resolve().parent.parent / "unit" / "fixtures" / "feeds"


async def _post(url: str, body: bytes, content_type: str | None) -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": content_type} if content_type else {}
    async with aiohttp.ClientSession() as session, session.post(url, data=body, headers=headers) as reply:
        return reply.status, await reply.json()


def _count(name: str, **labels: str) -> float:
    """A counter's value in this process (the endpoint runs in the test's process)."""
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_posted_articles_are_routed_and_acknowledged(settings: Settings) -> None:
    settings = settings.with_overrides(
        ingest_port=free_port(), max_text_bytes=2_000, ingest_max_body_bytes=50_000
    )
    batch = json.dumps(
        [
            {"id": "post-1", "text": "A dam burst near Porto on Sunday.", "published": "2024-06-02"},
            {"id": "post-2", "text": "   "},
            "not an object",
        ]
    ).encode()
    empty_feed = b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>"
    statuses = ("200", "202", "400", "413")
    before = {status: _count("streams_ingest_requests_total", status=status) for status in statuses}
    sent_before = _count("streams_ingest_articles_total", outcome="sent")

    async def run() -> tuple:
        topics = await ensure_topics(settings)
        async with running_endpoint(settings, topics) as url:
            replies = [
                await _post(url, batch, "application/json"),
                await _post(url, (FEEDS / "river-news.atom").read_bytes(), "application/atom+xml"),
                await _post(url, b" date 2024-06-03\nFloods in Porto.", None),  # detected as text
                await _post(url, b"{broken", "application/json"),
                await _post(url, b"", "application/json"),
                await _post(url, empty_feed, "application/rss+xml"),
                await _post(url, b"Storm. " * 500, "text/plain"),  # 3,500 bytes > max_text_bytes
                await _post(url, b"x" * 60_000, "text/plain"),  # over the body limit
            ]
        raw = await read_topic(settings, topics.raw)
        return replies, raw, await read_topic(settings, topics.deadletter)

    replies, raw, dead = asyncio.run(run())
    assert [status for status, _ in replies] == [202, 202, 202, 400, 400, 200, 400, 413]
    batch_reply, feed_reply, text_reply, broken_reply, empty_reply, quiet_reply, big_reply, huge_reply = (
        reply for _, reply in replies
    )
    assert (batch_reply["sent"], batch_reply["rejected"]) == (1, 2)
    assert batch_reply["rejected_by_reason"] == {"empty_text": 1, "schema_violation": 1}
    assert batch_reply["article_ids"] == ["post-1"]
    assert any("item 2" in r and "empty_text" in r for r in batch_reply["rejections"])
    assert feed_reply["article_ids"] == ["urn:example:river-news:77"]
    assert text_reply["sent"] == 1
    assert (broken_reply["sent"], broken_reply["rejected"]) == (0, 1)
    assert "empty body" in empty_reply["error"]
    assert (quiet_reply["sent"], quiet_reply["rejected"]) == (0, 0)
    assert big_reply["rejected_by_reason"] == {"oversized_text": 1}
    assert "error" in huge_reply  # JSON, not aiohttp's plain text

    on_raw = {key.decode(): value for key, value in raw}
    assert set(on_raw) == {"post-1", "urn:example:river-news:77", text_reply["article_ids"][0]}
    assert on_raw["urn:example:river-news:77"]["source_format"] == "feed"
    assert on_raw[text_reply["article_ids"][0]]["published"] == "2024-06-03"
    assert all(schema_errors(value, "article") == [] for value in on_raw.values())
    reasons = sorted(value["reason"] for _, value in dead)
    assert reasons == ["empty_text", "invalid_json", "oversized_text", "schema_violation"]
    assert all(schema_errors(value, "deadletter") == [] for _, value in dead)
    assert next(v for _, v in dead if v["reason"] == "invalid_json")["original"] == "{broken"
    assert _count("streams_ingest_articles_total", outcome="sent") - sent_before == 3
    after = {status: _count("streams_ingest_requests_total", status=status) for status in before}
    assert {status: after[status] - before[status] for status in before} == {
        "200": 1,
        "202": 3,
        "400": 3,
        "413": 1,
    }
