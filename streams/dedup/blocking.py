"""Blocking key: which partition of the enriched topic an article goes to.

Takes an enriched article; emits a short string. All candidates for a dedup
decision share the key, so each key's state lives in one partition and adding
workers never changes a decision. Reports of one event share the country where
it happened, so the primary location's country is the key.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

UNKNOWN_KEY = "ZZ"


def blocking_key(enriched: dict[str, Any]) -> str:
    """Return the blocking key of an enriched article.

    The primary location's ISO country code; failing that the country most
    often mentioned among its locations (ties: alphabetical, for determinism);
    failing that ``"ZZ"`` (user-assigned ISO code for "unknown").
    """
    primary = enriched.get("location") or {}
    country = primary.get("country")
    if isinstance(country, str) and country:
        return country
    counts: Counter[str] = Counter()
    for loc in enriched.get("locations") or []:
        code = loc.get("country")
        if isinstance(code, str) and code:
            counts[code] += max(1, int(loc.get("mentions") or 1))
    if counts:
        return min(counts, key=lambda code: (-counts[code], code))
    return UNKNOWN_KEY
