"""The HTTP ingest endpoint: ``POST /articles`` puts articles on the raw topic.

Takes request bodies in the formats ``streams produce`` reads, chosen by
Content-Type: ``application/json`` (one article object or an array of them),
``application/x-ndjson`` or ``application/jsonl`` (JSON lines), ``text/plain`` (one
text article, optional `` date YYYY-MM-DD`` header), RSS or Atom XML (a feed, one
article per entry); any other or no Content-Type is detected from the body, as
``--format auto`` does. Every article goes through the same ``Sender`` as
``streams produce``: accepted ones to the raw topic, rejected ones to the
dead-letter topic with the reason. The JSON response is sent once the broker has
acknowledged every record, so a 202 means the articles are on the topic.

Also serves ``GET /healthz`` and ``GET /metrics`` (Prometheus) on the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import orjson
from aiohttp import web
from aiokafka.errors import KafkaError
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from streams import metrics
from streams.ingest.feeds import looks_like_feed
from streams.ingest.producer import ProduceReport, Sender
from streams.ingest.readers import RawInput, read_feed
from streams.settings import Settings
from streams.topics import Topics, ensure_topics

_KINDS = {
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/json-lines": "jsonl",
    "text/plain": "text",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
}
_SENDER = web.AppKey("sender", Sender)
_NON_SPACE = re.compile(rb"\S")
#: Rejections listed one by one in a reply (all are counted, by reason).
_REJECTIONS_LISTED = 1000
log = logging.getLogger(__name__)


class ListenError(OSError):
    """The endpoint's address cannot be bound (port taken, address not local)."""


def request_inputs(body: bytes, content_type: str, peer: str) -> Iterator[RawInput]:
    """Split one request body into inputs, by Content-Type, else by what the body looks like.

    ``curl -d @file`` sends a form Content-Type, hence the detection, which reads a
    body as ``streams produce --format auto`` reads stdin: a feed by its first bytes,
    JSON by its first character (an array only when it parses), else a text article.
    A JSON body is one article or an array of them; a detected JSON body that is not
    one JSON value is read as JSON lines. A body that does not parse is one input,
    rejected by ingest.
    """
    source = f"POST /articles from {peer}"
    kind = _KINDS.get(content_type) or _detect(body)
    if kind == "feed":
        yield from read_feed(body, source)
    elif kind == "text":
        yield RawInput(body, source, "text")
    elif kind == "jsonl":
        yield from _json_lines(body, source)
    else:
        yield from _json_value(body, source, lines_if_not=kind == "sniffed")


def _detect(body: bytes) -> str:
    first = _NON_SPACE.search(body)
    head = body[first.start() : first.start() + 1] if first else b""
    if looks_like_feed(body):
        return "feed"
    if head == b"{":
        return "sniffed"
    if head == b"[":
        try:
            return "json" if isinstance(orjson.loads(body), list) else "text"
        except orjson.JSONDecodeError:
            return "text"  # "[Reuters] Storm hits …": a text article
    return "text"


def _json_value(body: bytes, source: str, lines_if_not: bool) -> Iterator[RawInput]:
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError:
        yield from _json_lines(body, source) if lines_if_not else [RawInput(body, source, "jsonl")]
        return
    if isinstance(value, list):
        for number, item in enumerate(value, start=1):
            yield RawInput(orjson.dumps(item), f"{source} item {number}", "jsonl")
    else:
        yield RawInput(body, source, "jsonl")  # an object; anything else is rejected as such


def _json_lines(body: bytes, source: str) -> Iterator[RawInput]:
    for number, line in enumerate(body.splitlines(), start=1):
        if line.strip():
            yield RawInput(line.strip(), f"{source} line {number}", "jsonl")


async def _post_articles(request: web.Request) -> web.Response:
    body = await request.read()
    if _NON_SPACE.search(body) is None:
        return _reply(400, {"error": "empty body: send articles as JSON, JSON lines, text or a feed"})
    peer = request.remote or "unknown"
    # parsing a large feed or array takes seconds: not on the loop that serves /metrics
    inputs = await asyncio.to_thread(list, request_inputs(body, request.content_type, peer))
    report = ProduceReport(keep_ids=True, examples_kept=_REJECTIONS_LISTED)
    sender = request.app[_SENDER]
    pending = [await sender.send(raw, report) for raw in inputs]
    await asyncio.gather(*pending)
    metrics.INGEST_ARTICLES.labels("sent").inc(report.sent)
    metrics.INGEST_ARTICLES.labels("rejected").inc(report.rejected_total)
    # 202: accepted for processing; 400: all rejected; 200: nothing to take (an empty feed)
    status = 202 if report.sent else 400 if report.rejected_total else 200
    return _reply(
        status,
        {
            "sent": report.sent,
            "rejected": report.rejected_total,
            "rejected_by_reason": dict(report.rejected),
            "article_ids": report.article_ids,
            "rejections": report.examples,
        },
    )


def _reply(status: int, body: dict) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json")


@web.middleware
async def _count_and_explain(request: web.Request, handler: Any) -> web.StreamResponse:
    """Count every /articles reply by status, and answer errors in JSON too (413, 405,
    a broker that fails: 503) rather than aiohttp's plain text."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = _reply(exc.status, {"error": exc.reason})
    except KafkaError as exc:
        log.error("ingest: the broker did not take the articles: %r", exc)
        response = _reply(503, {"error": f"the broker did not take the articles: {exc!r}"})
    if request.path == "/articles":
        metrics.INGEST_REQUESTS.labels(str(response.status)).inc()
    return response


async def _health(_request: web.Request) -> web.Response:
    return web.Response(text="ok\n")


async def _metrics(_request: web.Request) -> web.Response:
    return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})


@contextlib.asynccontextmanager
async def running_endpoint(settings: Settings, topics: Topics | None = None) -> AsyncIterator[str]:
    """Serve the endpoint until the block ends; yields its ``/articles`` URL."""
    topics = topics or await ensure_topics(settings)
    async with Sender(settings, topics) as sender:
        app = web.Application(
            client_max_size=settings.ingest_max_body_bytes, middlewares=[_count_and_explain]
        )
        app[_SENDER] = sender
        app.router.add_post("/articles", _post_articles)
        app.router.add_get("/healthz", _health)
        app.router.add_get("/metrics", _metrics)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        try:
            site = web.TCPSite(runner, settings.ingest_host, settings.ingest_port)
            try:
                await site.start()
            except OSError as exc:
                where = f"{settings.ingest_host}:{settings.ingest_port}"
                raise ListenError(f"cannot listen on {where}: {exc.strerror or exc}") from exc
            yield f"http://{settings.ingest_host}:{settings.ingest_port}/articles"
        finally:
            await runner.cleanup()
