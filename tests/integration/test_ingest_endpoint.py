"""The HTTP ingest endpoint through the embedded broker: what it acknowledges is on the raw
topic, what it rejects is on the dead-letter topic with the reason, and the reply says which."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest

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


def test_posted_articles_are_routed_and_acknowledged(settings: Settings) -> None:
    settings = settings.with_overrides(ingest_port=free_port())
    batch = json.dumps(
        [
            {"id": "post-1", "text": "A dam burst near Porto on Sunday.", "published": "2024-06-02"},
            {"id": "post-2", "text": "   "},
            "not an object",
        ]
    ).encode()

    async def run() -> tuple:
        topics = await ensure_topics(settings)
        async with running_endpoint(settings, topics) as url:
            replies = [
                await _post(url, batch, "application/json"),
                await _post(url, (FEEDS / "river-news.atom").read_bytes(), "application/atom+xml"),
                await _post(url, b" date 2024-06-03\nFloods in Porto.", None),  # detected as text
                await _post(url, b"{broken", "application/json"),
                await _post(url, b"", "application/json"),
            ]
            metrics_url = url.replace("articles", "metrics")
            async with aiohttp.ClientSession() as session, session.get(metrics_url) as reply:
                exposition = await reply.text()
        raw = await read_topic(settings, topics.raw)
        return replies, raw, await read_topic(settings, topics.deadletter), exposition

    replies, raw, dead, exposition = asyncio.run(run())
    (s1, batch_reply), (s2, feed_reply), (s3, text_reply), (s4, broken_reply), (s5, empty_reply) = replies
    assert (s1, batch_reply["sent"], batch_reply["rejected"]) == (202, 1, 2)
    assert batch_reply["article_ids"] == ["post-1"]
    assert any("empty_text" in r for r in batch_reply["rejections"])
    assert any("schema_violation" in r for r in batch_reply["rejections"])
    assert (s2, feed_reply["article_ids"]) == (202, ["urn:example:river-news:77"])
    assert (s3, text_reply["sent"]) == (202, 1)
    assert (s4, broken_reply["sent"], broken_reply["rejected"]) == (400, 0, 1)
    assert s5 == 400 and "empty body" in empty_reply["error"]

    on_raw = {key.decode(): value for key, value in raw}
    assert set(on_raw) == {"post-1", "urn:example:river-news:77", text_reply["article_ids"][0]}
    assert on_raw["urn:example:river-news:77"]["source_format"] == "feed"
    assert on_raw[text_reply["article_ids"][0]]["published"] == "2024-06-03"
    assert all(schema_errors(value, "article") == [] for value in on_raw.values())
    assert sorted(value["reason"] for _, value in dead) == ["empty_text", "invalid_json", "schema_violation"]
    assert all(schema_errors(value, "deadletter") == [] for _, value in dead)
    assert next(v for _, v in dead if v["reason"] == "invalid_json")["original"] == "{broken"
    assert 'streams_ingest_articles_total{outcome="sent"} 3.0' in exposition
    assert 'streams_ingest_requests_total{status="400"} 2.0' in exposition
