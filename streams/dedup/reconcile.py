"""Reconcile casualty and other counts across an event's articles.

Takes count observations (one per article and kind, duplicates excluded since
a copy is not independent support); emits the event-level counts with their
evidence, support and the other figures seen. The figure stated by most
articles wins; a tie goes to the higher figure, because reported tolls rise as
the injured die and victims are found ("over 130" then "137" gives 137).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

MAX_OBSERVATIONS = 24
KIND_ORDER = ("killed", "injured", "arrested", "missing", "kidnapped", "displaced", "affected")


def article_observations(article_id: str, counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One observation per kind from an article's counts: its highest figure.

    An article that says "two were killed ... a third victim died" states the
    toll as its highest figure; lower ones are partial.
    """
    best: dict[str, dict[str, Any]] = {}
    for count in counts:
        kind, value = count.get("kind"), count.get("value")
        if not isinstance(kind, str) or not isinstance(value, int) or value < 0:
            continue
        if kind not in best or value > best[kind]["value"]:
            evidence = count.get("evidence") or {}
            best[kind] = {
                "value": value,
                "qualifier": count.get("qualifier") or "exact",
                "evidence": {
                    "article_id": article_id,
                    "text": str(evidence.get("text", "")),
                    "start": int(evidence.get("start", 0)),
                    "end": int(evidence.get("end", 0)),
                },
            }
    return [dict(kind=kind, **obs) for kind, obs in sorted(best.items())]


def add_observations(store_obs: dict[str, list[dict[str, Any]]], observations: list[dict[str, Any]]) -> None:
    """Append observations per kind, keeping at most ``MAX_OBSERVATIONS`` each."""
    for obs in observations:
        bucket = store_obs.setdefault(obs["kind"], [])
        if len(bucket) < MAX_OBSERVATIONS:
            bucket.append({k: v for k, v in obs.items() if k != "kind"})


def _reconcile_kind(kind: str, seen: list[dict[str, Any]]) -> dict[str, Any]:
    """Pick the winning figure of one kind and list the others as revisions."""
    support: dict[int, int] = defaultdict(int)
    for obs in seen:
        support[obs["value"]] += 1
    value = max(support, key=lambda v: (support[v], v))
    chosen = next(obs for obs in seen if obs["value"] == value)
    exact = [obs for obs in seen if obs["value"] == value and obs["qualifier"] == "exact"]
    chosen = exact[0] if exact else chosen
    revisions, listed = [], {value}
    for obs in seen:
        if obs["value"] not in listed:
            listed.add(obs["value"])
            revisions.append(
                {"value": obs["value"], "qualifier": obs["qualifier"], "evidence": obs["evidence"]}
            )
    return {
        "kind": kind,
        "value": value,
        "qualifier": chosen["qualifier"],
        "evidence": chosen["evidence"],
        "support": support[value],
        "revisions": revisions,
    }


def reconcile(store_obs: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Event-level counts, in a fixed order of kinds."""
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    kinds = sorted(store_obs, key=lambda k: (order.get(k, len(order)), k))
    return [_reconcile_kind(kind, store_obs[kind]) for kind in kinds if store_obs[kind]]
