"""Rank count records: which figure of a kind is the article's best.

Takes count records; emits their order (background last, stated before
inferred, exact before vague, a number before a word of many, the headline's
before the body's, then the larger) and the best of a kind. Split from
:mod:`streams.enrich.count_selection`, which settles the records first.
"""

from __future__ import annotations

import re
from typing import Any

_QUALIFIER_RANK = {"exact": 3, "at_least": 2, "about": 2, "at_most": 1}
#: A word of many, not a figure: "hundreds were hurt", "dozens died".
_MANY = re.compile(r"\b(?:dozens|scores|hundreds|thousands|several|handful)\b", re.IGNORECASE)


def rank(count: dict[str, Any]) -> tuple[int, int, int, int, int, int]:
    """Sort key: background figures (summed over several incidents, or about
    an earlier one) come last; stated numbers beat inferred single victims,
    exact beats vague, a number beats a word of many ("Dozens died" in a
    headline against the body's "at least 117"), the headline's figure beats
    the body's (the body also tells of other incidents and of partial groups),
    then the larger figure (later reports revise tolls upward)."""
    return (
        0 if count.get("background") else 1,
        0 if count.get("single") else 1,
        _QUALIFIER_RANK[count["qualifier"]],
        0 if _MANY.search(count["mention"]["text"]) else 1,
        1 if count["evidence"].get("field") == "title" else 0,
        count["value"],
    )


def best_count(counts: list[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    """Return the most trustworthy count of ``kind``, or None.

    The choice is the order :func:`finalize_counts` gave them (own before
    background, stated before ``inferred``, exact before vague): the first of
    the kind.

    Args:
        counts: Count records as :func:`finalize_counts` returns them.
        kind: Count kind, e.g. ``"killed"``.

    Returns:
        The best record of that kind, or None when there is none.
    """
    return next((c for c in counts if c["kind"] == kind), None)


def top_count(counts: list[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    """The highest-ranked raw record of ``kind``, or None."""
    candidates = [c for c in counts if c["kind"] == kind]
    return max(candidates, key=rank) if candidates else None


def best_value(counts: list[dict[str, Any]], kind: str) -> int:
    """Per-article figure for ``kind``: the best count's value, 0 when none."""
    best = best_count(counts, kind)
    return best["value"] if best else 0


def bound_first(ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Put first the lead's largest "at least" or "about" figure when it
    exceeds the exact one ranked first and that one is told in a later
    sentence: "An earthquake killed at least 50 people ... Three children were
    killed when a wall collapsed" tells a toll of at least 50, the children
    among them, never a toll of three. Not a bound the exact figure's own
    sentence sets it against ("killed 12 people, in a war that has killed at
    least 150,000"), nor a bound of words ("hundreds were hurt ... 148 were
    treated"), nor a later sentence's (a city's monthly toll, a crowd's size),
    nor over the headline's exact figure, the article's own summary.
    Background figures stay behind."""
    first = ranked[0] if ranked else None
    if first is None or first["qualifier"] != "exact" or first.get("background") or _in_title(first):
        return ranked
    body = [c for c in ranked if not _in_title(c) and c["evidence"].get("start") is not None]
    if not body:
        return ranked
    lead = min(c["evidence"]["start"] for c in body)
    if first["evidence"].get("start", lead) <= lead:
        return ranked
    bounds = [c for c in body if c["qualifier"] in ("at_least", "about") and not c.get("background")
              and c["evidence"]["start"] == lead and c["value"] > first["value"]
              and not _MANY.search(c["mention"]["text"])]  # fmt: skip
    if not bounds:
        return ranked
    top = max(bounds, key=lambda c: c["value"])
    return [top, *(c for c in ranked if c is not top)]


def _in_title(count: dict[str, Any]) -> bool:
    return count["evidence"].get("field") == "title"
