"""Read RSS and Atom feeds into articles: one JSON article per feed entry.

Takes a feed document's bytes (from a file, stdin, an http(s) URL or a POST to the
ingest endpoint); emits each entry as the article input format: ``id`` from the
entry's guid or Atom id, ``url``, ``title``, ``published`` (UTC), ``source`` (the
feed's title), ``authors`` and ``text`` (the entry's full content, else its
summary, as plain text). feedparser reads RSS 0.9x to 2.0, RSS 1.0 and Atom and
tolerates the broken XML common in real feeds, so an entry it could read is kept
even when the document is not well formed. A document with no feed in it is not
dropped: ``feed_articles`` raises a ``Rejection`` (``invalid_feed``) for it, and the
caller dead-letters the whole document.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

import feedparser

from streams.deadletter import Rejection

#: Tags after which the text of an HTML entry starts a new line.
_BLOCKS = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
)
_HIDDEN = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_WEB = ("http://", "https://")
_DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
#: What may come before a feed's root element: a BOM, whitespace, comments, a
#: DOCTYPE and processing instructions (each part is bounded and starts unlike the
#: others, so matching stays linear on any input).
_PROLOGUE = (
    rb"(?:\xef\xbb\xbf)?"
    rb"(?:\s|<!--(?:(?!-->).){0,2000}-->|<!DOCTYPE[^>]{0,500}>|<\?(?!xml\b)[^>]{0,500}>)*"
)
#: A feed document's start: the prologue, then an XML declaration or a feed root element.
_FEED_START = re.compile(_PROLOGUE + rb"<(?:\?xml\b|rss\b|feed\b|rdf:RDF\b)", re.DOTALL)
#: A document head with nothing but prologue yet: read on before deciding.
PROLOGUE_ONLY = re.compile(_PROLOGUE, re.DOTALL)


#: How far into a document its feed start is looked for.
SNIFF_BYTES = 4096


def looks_like_feed(document: bytes) -> bool:
    """Whether a document's first bytes are those of an XML feed (not JSON, not text)."""
    return bool(_FEED_START.match(document[:SNIFF_BYTES]))


def feed_articles(document: bytes) -> Iterator[dict[str, Any]]:
    """The articles of one RSS or Atom document, in the feed's order.

    Raises:
        Rejection: ``invalid_feed`` when the document holds no RSS or Atom feed.
    """
    parsed = feedparser.parse(document, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise Rejection("invalid_feed", f"not an RSS or Atom feed: {problem}")
    source = _text(parsed.feed.get("title")) or None
    for entry in parsed.entries:
        yield _article(entry, source)


def _article(entry: Any, source: str | None) -> dict[str, Any]:
    """One entry in the article input format; absent fields are left out, not invented.

    An entry without any text keeps ``text`` empty so that ingest rejects it with
    ``empty_text`` like any other empty article.
    """
    article: dict[str, Any] = {}
    if entry.get("id"):
        article["id"] = str(entry["id"])
    url = _web_link(entry)
    if url:
        article["url"] = url
    title = _text(entry.get("title"))
    if title:
        article["title"] = title
    published = _published(entry)
    if published:
        article["published"] = published
    if source:
        article["source"] = source
    authors = [str(a["name"]) for a in entry.get("authors", []) if isinstance(a, dict) and a.get("name")]
    if authors:
        article["authors"] = authors
    article["text"] = _body(entry)
    return article


def _web_link(entry: Any) -> str | None:
    """The entry's web page: an http(s) link, never a guid that feedparser copied
    into ``link`` ("urn:uuid:…", "hg-1003")."""
    links = [entry.get("link"), *(link.get("href") for link in entry.get("links", []))]
    return next((str(u) for u in links if isinstance(u, str) and u.startswith(_WEB)), None)


def _published(entry: Any) -> str | None:
    """When the entry was published (else last updated), in UTC; a date alone stays a date.

    feedparser reads RFC 822 and ISO 8601 dates with their zones; a date it cannot
    read is left out rather than guessed.
    """
    for field in ("published", "updated"):
        parsed = entry.get(f"{field}_parsed")
        if parsed is None:
            continue
        if _DATE_ONLY.match(str(entry.get(field, ""))):
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
    return None


def _body(entry: Any) -> str:
    """The entry's longest content, else its summary, as plain text."""
    contents = [_text(c.get("value")) for c in entry.get("content", []) if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    return best or _text(entry.get("summary"))


def _text(value: Any) -> str:
    """Plain text of a feed field that may hold HTML; block tags become line breaks."""
    if not value:
        return ""
    parser = _TextParser()
    parser.feed(str(value))
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


class _TextParser(HTMLParser):
    """Collects the visible text of an HTML fragment (the stdlib parser never fails on bad HTML)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)
