"""Turn raw payloads into validated, normalised articles, or a ``Rejection`` with its reason.

Pure: no I/O, so ``streams produce`` and ``streams process`` share it exactly.
The article gets a stable ``article_id``: the producer's ``id`` when given, else a
hash of the canonical URL, else a hash of the normalised text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import orjson

from streams.deadletter import Rejection
from streams.dedup.fingerprint import canonical_url, names_article, normalise_text, sha1
from streams.ingest.published import normalise_published
from streams.schemas import schema_errors

_DATE_HEADER = re.compile(rb"^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*(.*)$")


def parse_payload(payload: bytes, source_format: str) -> dict[str, Any]:
    """Decode one payload (a JSON line or a plain-text article) into an article dict."""
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejection("invalid_utf8", f"not UTF-8 at byte {exc.start}") from exc
    if source_format == "text":
        return parse_text_article(payload)
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise Rejection("invalid_json", str(exc)) from exc
    if not isinstance(value, dict):
        raise Rejection("schema_violation", f"expected a JSON object, got {type(value).__name__}")
    return value


def parse_text_article(payload: bytes) -> dict[str, Any]:
    """Parse the plain-text format: an optional `` date YYYY-MM-DD`` first line, then the body.

    In the seed the body may start on the header line itself (`` date 2024-03-25 In a
    gesture…``), so whatever follows the date on that line is body text.
    """
    first, newline, rest = payload.partition(b"\n")
    article: dict[str, Any] = {}
    match = _DATE_HEADER.match(first)
    if match:
        article["published"] = match.group(1).decode()
        body = match.group(2) + (newline + rest if match.group(2) else rest)
    else:
        body = payload
    article["text"] = body.decode("utf-8").strip()
    return article


def normalize(
    article: dict[str, Any], source_format: str, received_at: str, max_text_bytes: int
) -> dict[str, Any]:
    """Validate an article and return it with ``article_id``, ``received_at`` and ``source_format``."""
    if "published" in article:
        try:
            arrived = dt.date.fromisoformat(received_at[:10])
        except ValueError:
            arrived = dt.datetime.now(dt.UTC).date()
        article = {**article, "published": normalise_published(article["published"], arrived)}
    errors = schema_errors(article, "article")
    if errors:
        reason = "empty_text" if _is_empty_text_error(article) else "schema_violation"
        raise Rejection(reason, "; ".join(errors))
    text = article["text"]
    if not text.strip():
        raise Rejection("empty_text", "text is empty or only whitespace")
    if len(text.encode("utf-8")) > max_text_bytes:
        raise Rejection("oversized_text", f"text is over {max_text_bytes} bytes")
    out = dict(article)
    out["article_id"] = article_id(article)
    out.setdefault("received_at", received_at)
    out.setdefault("source_format", source_format)
    out.pop("schema", None)
    out.pop("schema_version", None)
    return out


def article_id(article: dict[str, Any]) -> str:
    """Stable identity: given ``id``, else hash of canonical URL, else of normalised text.

    The canonical forms are the dedup stage's own, so identity and exact-duplicate
    detection agree; a site's front page names no article, so its URL is not used.
    """
    if article.get("article_id"):
        return str(article["article_id"])
    if article.get("id") not in (None, ""):
        return str(article["id"])
    url = canonical_url(article.get("url"))
    if url and names_article(url):
        return "u" + sha1(url)[:20]
    return "t" + sha1(normalise_text(article["text"]))[:20]


def _is_empty_text_error(article: dict[str, Any]) -> bool:
    return isinstance(article.get("text"), str) and not article["text"].strip()
