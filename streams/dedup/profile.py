"""An event's comparison profile: the summed features of its original articles.

Takes ``ArticleFeatures``; emits a JSON-serialisable dict stored inside the
event's state. Each article's bags are L2-normalised before summing so one long
article does not drown the others; each bag is capped so the profile stays
bounded however many articles join.
"""

from __future__ import annotations

import math
from typing import Any

from streams.dedup.features import ArticleFeatures

CAPS = {
    "terms": 200,
    "title": 60,
    "names": 80,
    "places": 40,
    "years": 6,
    "streets": 30,
    "people": 30,
    "ages": 12,
}
MAX_PRIMARIES = 5


def _normalised(bag: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in bag.values()))
    return {t: w / norm for t, w in bag.items()} if norm else {}


def _merge(total: dict[str, float], bag: dict[str, float], cap: int) -> dict[str, float]:
    merged = dict(total)
    for term, weight in _normalised(bag).items():
        merged[term] = merged.get(term, 0.0) + weight
    top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:cap]
    return {t: round(w, 4) for t, w in top}


def _primary_summary(loc: dict[str, Any]) -> dict[str, Any]:
    keep = ("name", "kind", "lat", "lon", "country", "admin1", "city")
    return {k: loc.get(k) for k in keep}


def empty_profile() -> dict[str, Any]:
    """A profile with no article yet."""
    return {
        "terms": {},
        "title": {},
        "names": {},
        "places": {},
        "years": {},
        "streets": {},
        "people": {},
        "ages": {},
        "types": {},
        "span": None,
        "published": None,
        "stated": False,
        "primaries": [],
    }


def update_profile(profile: dict[str, Any] | None, art: ArticleFeatures) -> dict[str, Any]:
    """Return ``profile`` with an article's features added (the input is not changed)."""
    base = {**empty_profile(), **(profile or {})}
    out: dict[str, Any] = {name: _merge(base[name], getattr(art, name), cap) for name, cap in CAPS.items()}
    types = dict(base["types"])
    for category, conf in art.types.items():
        types[category] = max(conf, types.get(category, 0.0))
    out["types"] = types
    span = base["span"]
    if art.day is not None:
        span = [min(span[0], art.day), max(span[1], art.day)] if span else [art.day, art.day]
    out["span"] = span
    # Publication days, and whether any report stated its incident's day
    # (``similarity.report_time_signal`` compares days of one kind).
    published = base["published"]
    if art.published_day is not None:
        day = art.published_day
        published = [min(published[0], day), max(published[1], day)] if published else [day, day]
    out["published"] = published
    # A profile stored before these keys were kept counts as stated, as it is read
    # (``report_time_signal``): its reports' days are not known to be publication days.
    stated = profile.get("stated", True) if profile is not None else False
    out["stated"] = bool(stated) or art.stated_day is not None
    primaries = list(base["primaries"])
    if art.primary and len(primaries) < MAX_PRIMARIES:
        summary = _primary_summary(art.primary)
        if summary not in primaries:
            primaries.append(summary)
    out["primaries"] = primaries
    return out
