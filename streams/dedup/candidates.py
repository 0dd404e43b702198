"""Which events an article may join, and the best of them by score.

Takes an article's features and its key's index and store; emits the
best-scoring event with its signals, or None. Live events that share a term,
name, place or street are candidates. Dormant ones (idle past the window) only
for an article with a stated incident date within their span, naming one of
their people, or with a follow-up headline on one of their streets, and never
across a street conflict (see ``clusterer``). Archived ones (idle past the
dormant horizon) only for a stated date within their span or a follow-up
headline naming two of their people (``expiry.ARCHIVE_PEOPLE``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from streams.dedup.expiry import ARCHIVE_PEOPLE, DATE_SLACK_DAYS
from streams.dedup.features import ArticleFeatures
from streams.dedup.index import KeyIndex, article_keys
from streams.dedup.people import person_keys
from streams.dedup.similarity import Scoring, signals
from streams.dedup.store import event_key

Best = tuple[float, str, dict[str, float]]
"""(score, event id, signals) of the best-scoring candidate."""


def candidate_events(index: KeyIndex, feats: ArticleFeatures) -> list[tuple[str, bool]]:
    """(event id, dormant) of every event the article may join."""
    keys = article_keys(feats.terms, feats.names, feats.places, feats.streets)
    candidates = [(event_id, False) for event_id in index.candidate_events(keys)]
    if feats.stated_day is not None:
        candidates += [(e, True) for e in index.dormant_candidates(keys, feats.stated_day)]
    listed = {event_id for event_id, _ in candidates}
    if feats.day is not None:
        # Months on, a story's next step names its people: more than the chief alone.
        least = ARCHIVE_PEOPLE if feats.follow_up else None
        candidates += [
            (e, True) for e in index.dormant_with_people(person_keys(feats.people), least) if e not in listed
        ]
    if feats.follow_up:
        listed.update(event_id for event_id, _ in candidates)
        candidates += [(e, True) for e in index.dormant_on_streets(feats.streets) if e not in listed]
    return candidates


def best_event(
    store: Mapping[str, Any],
    candidates: list[tuple[str, bool]],
    feats: ArticleFeatures,
    idf: Callable[[str], float],
    scoring: Scoring,
    window_days: float,
) -> Best | None:
    """The best-scoring candidate; a dormant one only when dated or named and above its bar."""
    best: Best | None = None
    for event_id, dormant in candidates:
        profile = store[event_key(event_id)]["profile"]
        named = _names_someone(feats, profile)
        # An event kept live only by late articles is as dormant to a current one; not
        # one reported within the window to an article naming its people, though its
        # reports date an older step (an arrest days after the shooting, told a week
        # on: GVA dev half A 348 -> 349 incidents right on predicted events, B-cubed
        # unchanged). Without a shared person, a court report of an old killing would
        # keep its street's event open to the street's next shooting.
        dormant = dormant or (
            _stale(feats.day, profile["span"], window_days)
            and not (named and not _stale(feats.published_day, profile.get("published"), window_days))
        )
        dated_or_named = _dated_within(feats.stated_day, profile["span"]) or named
        if dormant and not dated_or_named and not feats.follow_up:
            continue
        score, sig = signals(feats, profile, idf, scoring)
        if dormant:
            # A follow-up headline on the event's street needs no more than a live event.
            needed = scoring.dormant_threshold if dated_or_named else scoring.threshold
            # Weeks later, another street is another incident (the town's next shooting).
            if score < needed or sig["street_conflict"] or not (dated_or_named or sig["street"]):
                continue
            sig["dormant"] = 1.0
        if best is None or score > best[0]:
            best = (score, event_id, sig)
    return best


def join_threshold(feats: ArticleFeatures, sig: dict[str, float], scoring: Scoring) -> float:
    """The score an article needs to join the event it scored ``sig`` against.

    A follow-up headline (an arrest, charges) to a live event needs less:
    it comes days after the incident, past the time signal's first days,
    and tells the next step rather than the incident again. Not when
    its text has little in common with the event's, nor across a street
    or an age conflict: then it is the town's other case.
    """
    if (
        feats.follow_up
        and not sig.get("dormant")
        and sig["text"] >= scoring.follow_up_min_text
        and not (sig["street_conflict"] or sig["age_conflict"])
    ):
        return scoring.follow_up_threshold
    return scoring.threshold


def _names_someone(feats: ArticleFeatures, profile: dict[str, Any]) -> bool:
    """Whether an article names a person the event's reports named (a victim, a suspect)."""
    return bool(person_keys(feats.people) & person_keys(profile.get("people") or ()))


def _stale(day: float | None, span: list[float] | None, window_days: float) -> bool:
    """Whether an article's day is more than a window past an event's span (of days of one
    kind: stated or else published, or publication days alone)."""
    return day is not None and bool(span) and day - span[1] > window_days  # type: ignore[index]


def _dated_within(day: float | None, span: list[float] | None) -> bool:
    """Whether a stated incident day falls within an event's span (a day's slack)."""
    if day is None or not span:
        return False
    return span[0] - DATE_SLACK_DAYS <= day <= span[1] + DATE_SLACK_DAYS
