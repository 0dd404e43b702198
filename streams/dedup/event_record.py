"""Event state stored per event, and the event record published from it.

Takes the enriched articles that join an event; keeps a bounded aggregate
(capped lists and top-k counters, so an event's store entry never grows with
its article count) and emits the ``event_record`` (schemas/event_record.schema.json).
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pycountry

from streams.dedup.features import parse_day
from streams.dedup.reconcile import reconcile

MAX_ARTICLES = 50
TITLE_CHARS = 120
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")
MAX_SOURCES = 100
TOP_K = 20
SCHEMA_VERSION = 1


def _bump(counter: dict[str, Any], key: str, by: float = 1.0) -> None:
    counter[key] = round(counter.get(key, 0.0) + by, 4)


def _trim(counter: dict[str, Any], limit: int = TOP_K * 2) -> dict[str, Any]:
    """Keep the ``limit`` largest entries (ties by key) so state stays bounded."""
    if len(counter) <= limit:
        return counter
    top = sorted(counter.items(), key=lambda kv: (-_weight(kv[1]), kv[0]))[:limit]
    return dict(top)


def _weight(value: Any) -> float:
    return float(value["n"]) if isinstance(value, dict) else float(value)


def _top(counter: dict[str, Any], limit: int = TOP_K) -> list[str]:
    return [k for k, _ in sorted(counter.items(), key=lambda kv: (-_weight(kv[1]), kv[0]))][:limit]


def country_name(code: str | None) -> str | None:
    """English short name of an ISO alpha-2 code (None if unknown)."""
    if not code:
        return None
    found = pycountry.countries.get(alpha_2=code)
    return str(found.name) if found else None


def new_state(event_id: str, key: str) -> dict[str, Any]:
    """Empty state of an event that its first article is about to fill."""
    agg_keys = ("persons", "orgs", "countries", "keywords", "types", "locations", "primary")
    agg: dict[str, Any] = {name: {} for name in agg_keys}
    agg.update(dates={}, tone_sum=0.0, tone_n=0)
    return {
        "event_id": event_id,
        "key": key,
        "version": 0,
        "title": None,
        "first_seen": None,
        "last_seen": None,
        "last_day": None,
        "articles": [],
        "merge": [],
        "sources": [],
        "num_articles": 0,
        "num_duplicates": 0,
        "agg": agg,
        "obs": {},
        "profile": None,
    }


def _add_located(bucket: dict[str, Any], loc: dict[str, Any]) -> None:
    entry = bucket.setdefault(loc["name"], {"n": 0, "loc": loc})
    entry["n"] += 1


def aggregate_article(agg: dict[str, Any], enriched: dict[str, Any]) -> None:
    """Fold an original (non-duplicate) article's facts into the aggregate."""
    for ent in enriched.get("entities") or []:
        target = {"PERSON": "persons", "ORG": "orgs"}.get(ent.get("type", ""))
        if target and ent.get("name"):
            _bump(agg[target], str(ent["name"]))
    for loc in enriched.get("locations") or []:
        loc_clean = {k: v for k, v in loc.items() if k not in ("start", "end", "reason")}
        _add_located(agg["locations"], loc_clean)
        name = loc.get("country_name") or country_name(loc.get("country"))
        if name:
            _bump(agg["countries"], name, max(1, int(loc.get("mentions") or 1)))
    if enriched.get("location"):
        _add_located(agg["primary"], dict(enriched["location"]))
    for et in enriched.get("event_types") or []:
        entry = agg["types"].setdefault(et["category"], {"n": 0, "best": None})
        entry["n"] += 1
        if entry["best"] is None or et.get("confidence", 0) > entry["best"].get("confidence", 0):
            entry["best"] = {**et, "article_id": enriched["article_id"]}
    for kw in (enriched.get("keywords") or [])[:TOP_K]:
        _bump(agg["keywords"], str(kw))
    if enriched.get("event_date"):
        _bump(agg["dates"], str(enriched["event_date"]))
    if isinstance(enriched.get("tone"), int | float):
        agg["tone_sum"] = round(agg["tone_sum"] + float(enriched["tone"]), 6)
        agg["tone_n"] += 1
    for name in ("persons", "orgs", "countries", "keywords", "types", "locations", "primary"):
        agg[name] = _trim(agg[name])
    agg["dates"] = _trim(agg["dates"], 10)


def add_article_entry(state: dict[str, Any], entry: dict[str, Any], merge: dict[str, Any]) -> None:
    """Append an article and its merge explanation, keeping the first and latest ones."""
    for name, item in (("articles", entry), ("merge", merge)):
        items = state[name]
        items.append(item)
        if len(items) > MAX_ARTICLES:
            del items[1]
    state["num_articles"] += 1
    source = entry.get("source")
    if source and source not in state["sources"] and len(state["sources"]) < MAX_SOURCES:
        state["sources"].append(source)


def fallback_title(text: str | None, limit: int = TITLE_CHARS) -> str | None:
    """The first sentence of ``text``, cut at a word boundary to about ``limit`` characters.

    Plain-text input has no headline; an analyst still needs a line to tell
    events apart, and a lead sentence says what happened.
    """
    body = " ".join((text or "").split("\n\n", 1)[0].split()) if text else ""
    if not body:
        return None
    first = _SENTENCE_END.split(body, maxsplit=1)[0].strip()
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:-")
    return (cut or first[:limit]) + "\u2026"


def touch_times(state: dict[str, Any], enriched: dict[str, Any], day: float | None) -> None:
    """Set the title once, extend first/last seen (unparseable times are ignored)
    and the day the event is kept from (``last_day``)."""
    published = enriched.get("published")
    if state["title"] is None:
        state["title"] = enriched.get("title") or fallback_title(enriched.get("text"))
    when = parse_day(published)
    if when is not None:
        first, last = parse_day(state["first_seen"]), parse_day(state["last_seen"])
        if first is None or when < first:
            state["first_seen"] = published
        if last is None or when > last:
            state["last_seen"] = published
    if day is not None and (state["last_day"] is None or day > state["last_day"]):
        state["last_day"] = day


def article_entry(
    enriched: dict[str, Any], duplicate_of: str | None, kind: str | None, similarity: float | None
) -> dict[str, Any]:
    """The event record's line for one article (copies name their original)."""
    return {
        "article_id": str(enriched["article_id"]),
        "source": enriched.get("source"),
        "url": enriched.get("url"),
        "title": enriched.get("title"),
        "published": enriched.get("published"),
        "duplicate_of": duplicate_of,
        "duplicate_kind": kind,
        "similarity": similarity,
    }


def _event_type(types: dict[str, Any]) -> dict[str, Any] | None:
    if not types:
        return None
    best = types[_top(types, 1)[0]]["best"]
    out = {k: best[k] for k in ("category", "cameo_root", "confidence") if k in best}
    if best.get("tags"):
        out["tags"] = list(best["tags"])
    evidence = best.get("evidence")
    if evidence:
        out["evidence"] = {"article_id": best["article_id"], **evidence}
    return out


def to_record(state: dict[str, Any], updated_at: str) -> dict[str, Any]:
    """The event record to publish for the current state.

    A deep copy: whoever publishes or edits the record must not reach into
    the stored state through shared lists.
    """
    agg = state["agg"]
    primary = _top(agg["primary"], 1)
    dates = sorted(agg["dates"].items(), key=lambda kv: (-kv[1], kv[0]))
    return copy.deepcopy(
        {
            "schema": "event_record",
            "schema_version": SCHEMA_VERSION,
            "event_id": state["event_id"],
            "version": state["version"],
            "updated_at": updated_at,
            "event_type": _event_type(agg["types"]),
            "title": state["title"],
            "event_date": dates[0][0] if dates else None,
            "first_seen": state["first_seen"],
            "last_seen": state["last_seen"],
            "location": agg["primary"][primary[0]]["loc"] if primary else None,
            "locations": [agg["locations"][name]["loc"] for name in _top(agg["locations"])],
            "countries": _top(agg["countries"]),
            "persons": _top(agg["persons"]),
            "organizations": _top(agg["orgs"]),
            "counts": reconcile(state["obs"]),
            "tone": round(agg["tone_sum"] / agg["tone_n"], 4) if agg["tone_n"] else None,
            "keywords": _top(agg["keywords"]),
            "articles": list(state["articles"]),
            "num_articles": state["num_articles"],
            "num_sources": len(state["sources"]),
            "num_duplicates": state["num_duplicates"],
            "merge": list(state["merge"]),
        }
    )
