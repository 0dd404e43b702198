"""Blocking key: which partition of the enriched topic an article goes to.

Takes an enriched article; emits a short string. All candidates for a dedup
decision share the key, so each key's state lives in one partition and adding
workers never changes a decision.

Two scopes. ``"language"`` (default) keys by the article's language: reports
of one event can only be compared within one language anyway, and no event is
ever split across keys. ``"country"`` (the design's suggestion) keys by the
primary location's country, which spreads load over more partitions but makes
geocoding errors unrecoverable: on the dev corpora with fast enrichment 16% of
GVA articles have no country and 33 of 42 ECB+ events had their articles split
across countries (B-cubed F1 on ECB+ fell from 0.82 to 0.57).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

UNKNOWN_KEY = "ZZ"
Scope = Literal["language", "country"]


def blocking_key(enriched: dict[str, Any], scope: Scope = "language") -> str:
    """Return the blocking key of an enriched article.

    Args:
        enriched: An enriched article.
        scope: ``"language"``: its ISO 639-1 language ("und" if unknown);
            ``"country"``: the primary location's ISO country code, else the
            most mentioned country (ties alphabetical), else ``"ZZ"``.
    """
    if scope == "language":
        language = enriched.get("language")
        return language if isinstance(language, str) and language else "und"
    return _country_key(enriched)


def _country_key(enriched: dict[str, Any]) -> str:
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
