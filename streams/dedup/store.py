"""Key layout of the dedup state in a flat str-keyed store (a Faust Table).

One small entry per article and per event plus hash indices, so each article
writes O(event size) bytes to the changelog, never O(state):

- ``e:{event_id}``            event state (bounded aggregate, profile, record parts)
- ``a:{article_id}``          article: event_id, blocking key, day, title, signature
- ``t:{key}:{text_sha1}``     first article with this normalised text in the key
- ``u:{key}:{url_sha1}``      first article with this canonical URL in the key
- ``w:{key}``                 event-time watermark of the key (days since epoch)
- ``l:{key}``                 late articles kept since the watermark last moved a window on

Index keys carry the blocking key so a decision only ever reads its own key.
"""

from __future__ import annotations

import hashlib

EVENT = "e:"
ARTICLE = "a:"
TEXT = "t:"
URL = "u:"
WATERMARK = "w:"
LATE = "l:"


def event_key(event_id: str) -> str:
    """Store key of an event's state."""
    return EVENT + event_id


def article_key(article_id: str) -> str:
    """Store key of an article entry."""
    return ARTICLE + article_id


def text_key(block: str, text_sha1: str) -> str:
    """Store key of the text-hash index entry."""
    return f"{TEXT}{block}:{text_sha1}"


def url_key(block: str, url_sha1: str) -> str:
    """Store key of the URL-hash index entry."""
    return f"{URL}{block}:{url_sha1}"


def watermark_key(block: str) -> str:
    """Store key of a blocking key's watermark."""
    return WATERMARK + block


def late_key(block: str) -> str:
    """Store key of a blocking key's count of late articles kept (``[count, since_day]``)."""
    return LATE + block


def event_id_for(article_id: str) -> str:
    """Stable event id derived from the id of the event's first article."""
    return "evt-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:16]
