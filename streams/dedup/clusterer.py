"""The dedup and event-clustering decision for one enriched article at a time.

Takes enriched articles (news.articles.enriched) in order; emits a ``Decision``
(:mod:`streams.dedup.decision`) carrying the event record to publish on
news.events. All durable state is in the injected flat ``store`` (a Faust
Table in production); everything derived (LSH, inverted index, IDF) is in
``KeyIndex`` and rebuilt by ``rebuild_index``. A decision reads only the state
of the article's own blocking key.

Articles expire after the window; an event idle for longer than the window
stays *dormant* until ``dormant_days`` of idleness. A dormant event only takes
an article whose stated incident date (``event_date``) falls within its span,
or that names a person its reports named (with or without a middle name:
``people.person_keys``): follow-ups (an arrest, a funeral, a
trial) come weeks later and name the day it happened or the victim and the
suspect, while a report of a new look-alike incident names another day and
other people. A report whose headline tells a later step of a story (an
arrest, charges, a sentence: ``ArticleFeatures.follow_up``) also wakes a
dormant event on the street it names. A dormant event never takes a report
naming other streets: the town's next shooting may quote the same police chief.
Past ``dormant_days`` a crime whose reports name people is archived until
``archive_days``: a later step of its story (an indictment, a sentence) still
joins it, stating its day or naming two of its people (``expiry.ARCHIVE_PEOPLE``).

A page whose text an earlier page had word for word under an unrelated
headline is a wall (a sign-in form), and is placed by its headline alone.
"""

from __future__ import annotations

import functools
from collections.abc import MutableMapping
from typing import Any

from streams.dedup.blocking import Scope, blocking_key
from streams.dedup.candidates import best_event, candidate_events, join_threshold
from streams.dedup.decision import Decision, Placement
from streams.dedup.duplicates import MIN_DUP_TOKENS, find_duplicate, shared_body
from streams.dedup.entry_titles import new_headline, stored_title
from streams.dedup.event_record import (
    add_article_entry,
    aggregate_article,
    article_entry,
    new_state,
    to_record,
    touch_times,
)
from streams.dedup.expiry import ARCHIVE_DAYS, LATE_CAP, Expiry
from streams.dedup.features import (
    ArticleFeatures,
    article_features,
    headline_features,
    parse_day,
)
from streams.dedup.fingerprint import fingerprint
from streams.dedup.index import KeyIndex, article_keys
from streams.dedup.observations import add_observations, article_observations
from streams.dedup.profile import update_profile
from streams.dedup.similarity import DEFAULT_WEIGHTS, Scoring
from streams.dedup.store import (
    ARTICLE,
    EVENT,
    article_key,
    event_id_for,
    event_key,
    text_key,
    url_key,
)
from streams.settings import DEFAULT_DORMANT_DAYS

# The default lives with the setting that overrides it (reasons and figures there).
DORMANT_DAYS = DEFAULT_DORMANT_DAYS


class Clusterer:
    """Assigns articles to events; see the module docstring.

    Args:
        store: Flat mapping of str keys to JSON values (layout in ``store.py``).
        window_days: Event-time window; older articles are deleted per key,
            and events idle for longer turn dormant.
        dormant_days: Idle time after which an event is deleted (at least
            ``window_days``).
        scoring: Signal weights and the same-event threshold.
        scope: Blocking scope (see ``blocking.py``); must match the one used to
            partition the enriched topic.
        late_cap: Late articles kept per window of watermark movement (``Expiry.advance``).
        archive_days: Idle time after which an archived event is deleted (``expiry``).
    """

    def __init__(
        self,
        store: MutableMapping[str, Any],
        window_days: float = 7.0,
        scoring: Scoring | None = None,
        scope: Scope = "language",
        dormant_days: float = DORMANT_DAYS,
        late_cap: int = LATE_CAP,
        archive_days: float = ARCHIVE_DAYS,
    ) -> None:
        self.store = store
        self.window_days = window_days
        self._time = Expiry(store, window_days, dormant_days, late_cap, archive_days)
        self.scoring = scoring or Scoring(weights=DEFAULT_WEIGHTS)
        self.scope: Scope = scope
        self._indices: dict[str, KeyIndex] = {}
        self.rebuild_index()

    def state_entries(self) -> int:
        """Number of store entries (the streams_dedup_state_entries gauge)."""
        return len(self.store)

    def _index(self, block: str) -> KeyIndex:
        if block not in self._indices:
            self._indices[block] = KeyIndex()
        return self._indices[block]

    def rebuild_index(self) -> None:
        """Rebuild every in-memory index from the store (after restart or recovery)."""
        self._indices = {}
        for key, value in list(self.store.items()):
            if key.startswith(EVENT):
                index = self._index(value["key"])
                index.set_event(value["event_id"], value["profile"])
                if value["last_day"] is not None:
                    self._time.schedule_event(index, value["event_id"], value["last_day"])
            elif key.startswith(ARTICLE):
                index = self._index(value["key"])
                if value.get("sig"):
                    index.add_signature(key[len(ARTICLE) :], value["sig"])
                if value.get("keys"):
                    index.add_document(value["keys"])
                if value.get("day") is not None:
                    index.schedule(value["day"], "a", key[len(ARTICLE) :])

    def add(self, enriched: dict[str, Any], now: str) -> Decision:
        """Decide where an enriched article belongs and update the state.

        Args:
            enriched: An enriched article (schemas/enriched_article.schema.json).
            now: ISO timestamp written to the record's ``updated_at`` only.
        """
        article_id = str(enriched["article_id"])
        seen = self.store.get(article_key(article_id))
        if seen is not None:
            # Republish the event as it stands (same version): the crash that caused the
            # replay may have come after the state was saved but before the record was sent.
            state = self.store.get(event_key(seen["event_id"]))
            current = to_record(state, now) if state is not None else None
            return Decision("replay", seen["event_id"], current, blocking_key=seen["key"])
        block = blocking_key(enriched, self.scope)
        index = self._index(block)
        fps = enriched.get("fingerprints") or {}
        if "minhash" not in fps or "tokens" not in fps:
            fps = fingerprint(enriched.get("text") or "", enriched.get("url"))
        day, keep_day, late = self._time.advance(block, index, parse_day(enriched.get("published")))
        wall = shared_body(self.store, block, fps, enriched.get("title"), enriched.get("text") or "")
        feats = headline_features(enriched) if wall else article_features(enriched)
        placement = self._place(block, index, enriched, fps, feats)
        state = self._apply(block, index, enriched, fps, feats, (day, keep_day), placement)
        record = to_record(state, now)
        match = placement.match
        return Decision(
            kind=placement.kind,
            event_id=placement.event_id,
            record=record,
            score=placement.score,
            similarity=match.similarity if match else None,
            duplicate_of=match.original if match else None,
            signals=placement.signals,
            blocking_key=block,
            late=late,
        )

    def _place(
        self,
        block: str,
        index: KeyIndex,
        enriched: dict[str, Any],
        fps: dict[str, Any],
        feats: ArticleFeatures,
    ) -> Placement:
        """Duplicate of an original, member of the best-scoring event, or new
        (which events are candidates, dormant ones included: ``candidates``)."""
        match = find_duplicate(self.store, index, block, fps, enriched.get("title"))
        if match is not None:
            original = self.store[article_key(match.original)]
            # An undated original outlives its event (nothing schedules it): a copy
            # of it then starts afresh instead of an event with no profile.
            if event_key(original["event_id"]) in self.store:
                return Placement(match.kind, original["event_id"], match.similarity, match.signals, match)
        idf = functools.lru_cache(maxsize=None)(index.idf)  # the index is fixed meanwhile
        events = candidate_events(index, feats)
        best = best_event(self.store, events, feats, idf, self.scoring, self.window_days)
        if best is not None and best[0] >= join_threshold(feats, best[2], self.scoring):
            return Placement("same_event", best[1], best[0], best[2])
        event_id = event_id_for(str(enriched["article_id"]))
        return Placement("new", event_id, best[0] if best else 0.0, best[2] if best else {})

    def _apply(
        self,
        block: str,
        index: KeyIndex,
        enriched: dict[str, Any],
        fps: dict[str, Any],
        feats: ArticleFeatures,
        days: tuple[float | None, float | None],
        placement: Placement,
    ) -> dict[str, Any]:
        """Write the article, its index entries and its event's new state.

        ``days``: the article's own day, which its count observations carry,
        and the day it is kept from (``Expiry.advance``).
        """
        day, keep_day = days
        article_id = str(enriched["article_id"])
        is_copy = placement.match is not None
        stored = self.store.get(event_key(placement.event_id))
        state = dict(stored) if stored else new_state(placement.event_id, block)
        state["version"] += 1
        if not is_copy:
            state["profile"] = update_profile(state["profile"], feats)
            aggregate_article(state["agg"], enriched)
            add_observations(
                state["obs"], article_observations(article_id, feats.counts, day, enriched.get("title"))
            )
        else:
            state["num_duplicates"] += 1
            if new_headline(self.store, enriched, placement.match):
                observed = article_observations(article_id, feats.counts, day, enriched.get("title"))
                add_observations(state["obs"], [o for o in observed if o["evidence"].get("field") == "title"])
        # A copy wakes a dormant event too: it moves the event's last day, and a
        # restarted worker (``rebuild_index``) would find the event live.
        index.set_event(placement.event_id, state["profile"])
        touch_times(state, enriched, keep_day)
        match = placement.match
        entry = article_entry(
            enriched,
            match.original if match else None,
            match.kind if match else None,
            match.similarity if match else None,
        )
        merge = {
            "article_id": article_id,
            "decision": placement.kind,
            "score": placement.score,
            "signals": dict(placement.signals),
        }
        add_article_entry(state, entry, merge)
        self.store[event_key(placement.event_id)] = state
        if state["last_day"] is not None:
            self._time.schedule_event(index, placement.event_id, state["last_day"])
        self._index_article(block, index, article_id, enriched, fps, feats, keep_day, placement)
        return state

    def _index_article(
        self,
        block: str,
        index: KeyIndex,
        article_id: str,
        enriched: dict[str, Any],
        fps: dict[str, Any],
        feats: ArticleFeatures,
        day: float | None,
        placement: Placement,
    ) -> None:
        """Write the article entry and its hash indices; originals feed LSH and IDF."""
        original = placement.match is None
        usable = original and int(fps.get("tokens") or 0) >= MIN_DUP_TOKENS
        signature = list(fps.get("minhash") or []) if usable else None
        text_sha1, url_sha1 = fps.get("text_sha1"), fps.get("url_sha1")
        keys = article_keys(feats.terms, feats.names, feats.places, feats.streets) if original else None
        entry = {
            "event_id": placement.event_id,
            "key": block,
            "day": day,
            "title": stored_title(enriched),
            "text": text_sha1,
            "url": url_sha1,
            "sig": signature,
            "keys": keys,
            # a copy's placement always carries its match: ``original`` is False only then
            "duplicate_of": None if original else placement.match.original,  # type: ignore[union-attr]
        }
        self.store[article_key(article_id)] = entry
        if keys:
            index.add_document(keys)
        if signature:
            index.add_signature(article_id, signature)
            if text_sha1:
                self.store.setdefault(text_key(block, text_sha1), article_id)
        if url_sha1:
            self.store.setdefault(url_key(block, url_sha1), article_id)
        if day is not None:
            index.schedule(day, "a", article_id)
