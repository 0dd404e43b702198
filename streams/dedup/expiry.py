"""Event time in the dedup state: the watermark of each blocking key, and
when articles and events expire or turn dormant.

Takes an article's day (or None) per blocking key; moves the key's watermark,
deletes from the store what fell out of the window (events once idle past the
dormant horizon, turning them dormant in the index first; crimes naming people
are archived then, and deleted later), and tells the clusterer from which day
to keep the new article. Split from
:mod:`streams.dedup.clusterer`, which decides where the article belongs.
"""

from __future__ import annotations

import math
from collections.abc import MutableMapping
from typing import Any

from streams.dedup.index import KeyIndex
from streams.dedup.people import person_keys
from streams.dedup.store import article_key, event_key, late_key, text_key, url_key, watermark_key
from streams.settings import DEFAULT_ARCHIVE_DAYS, DEFAULT_LATE_CAP

DATE_SLACK_DAYS = 1.0
MAX_SPAN_DAYS = 31
#: Late articles (older than the window) kept per key while the watermark moves
#: less than a window; past it, late articles expire at once, as memory demands.
#: The default lives with the setting that overrides it.
LATE_CAP = DEFAULT_LATE_CAP
#: Idle time after which an archived event is deleted. Past the dormant horizon an
#: event of a crime (``ARCHIVE_TYPES``: an attack, an arrest) whose reports name people
#: is archived, not deleted: a case's later steps (an indictment, a plea, a sentence)
#: come months or a year or two on (GVA dev: up to 16 months after the first report)
#: and name its people, or the day it happened. An archived event is found by a report
#: stating a day within its span, or by a follow-up headline (``ArticleFeatures.follow_up``)
#: naming ``ARCHIVE_PEOPLE`` of its person keys (``people.person_keys``): two people, or
#: one by the full name with a middle name the event gave, as court reports do; one
#: name alone months on is a police chief's or a mayor's. At most ``MAX_ARCHIVED``
#: events per blocking key are archived (about 9 kB of state each), the oldest deleted
#: first. GVA dev: B-cubed F1 0.941 -> 0.951 (precision 0.981 -> 0.980), killed and
#: injured right on predicted events 693 -> 694 of 780; ECB+ F1 0.911 -> 0.921.
ARCHIVE_DAYS = DEFAULT_ARCHIVE_DAYS
ARCHIVE_PEOPLE = 2
ARCHIVE_TYPES = frozenset({"ASSAULT", "COERCE"})
MAX_ARCHIVED = 5000


class Expiry:
    """The store's clock: one watermark per blocking key (see the module docstring).

    Args:
        store: The clusterer's flat store.
        window_days: Articles older than this behind the watermark are deleted,
            and events idle for longer turn dormant.
        dormant_days: Idle time after which an event is deleted or archived.
        late_cap: Late articles kept per window of watermark movement (``advance``).
        archive_days: Idle time after which an archived event is deleted; events are
            archived only when kept dormant at all (``dormant_days`` over the window).
    """

    def __init__(
        self,
        store: MutableMapping[str, Any],
        window_days: float,
        dormant_days: float,
        late_cap: int = LATE_CAP,
        archive_days: float = ARCHIVE_DAYS,
    ) -> None:
        self.store = store
        self.window_days = window_days
        self.late_cap = late_cap
        # Events are scheduled this much later than articles, so one heap serves both.
        self.dormant_extra = max(0.0, dormant_days - window_days)
        self.archive_extra = max(0.0, archive_days - dormant_days) if self.dormant_extra else 0.0

    def advance(
        self, block: str, index: KeyIndex, day: float | None
    ) -> tuple[float | None, float | None, str]:
        """Move the key's watermark, expire what fell out of the window, and
        return the article's day, the day it is kept from, and for a late
        article whether it was ``kept`` or ``over_cap`` ("" otherwise).

        An article without a time is placed at the watermark (it arrived "now"
        in event time) so that it still expires. A late article, older than
        the window (an archive fed out of order), is kept with its event as if
        it arrived at the watermark: kept from its own day, the next article
        would expire it, and the late reports of one story, arriving together,
        could never meet (ECB+ dev in file order, accepted articles: F1 0.79
        against 0.89). At most ``late_cap`` such articles are kept while the
        watermark moves less than a window, so replaying an old stream still
        runs in flat memory.
        """
        mark = self.store.get(watermark_key(block))
        if day is not None and (mark is None or day > mark):
            mark = day
            self.store[watermark_key(block)] = day
        if mark is None:
            return day, day, ""
        self._expire(index, mark - self.window_days)
        if day is None:
            return mark, mark, ""
        if day >= mark - self.window_days:
            return day, day, ""
        count, since = self.store.get(late_key(block)) or (0, mark)
        if mark - since >= self.window_days:
            count, since = 0, mark
        if count >= self.late_cap:
            return day, day, "over_cap"
        self.store[late_key(block)] = [count + 1, since]
        return day, mark, "kept"

    def schedule_event(self, index: KeyIndex, event_id: str, last_day: float) -> None:
        """When an event turns dormant and when it is deleted, unless an article joins first."""
        if self.dormant_extra:
            index.schedule(last_day, "d", event_id)
        # Scheduled late by the dormant time, so one heap and cutoff serve articles and events.
        index.schedule(last_day + self.dormant_extra, "e", event_id)

    def _expire(self, index: KeyIndex, cutoff: float) -> None:
        for kind, ident in index.due(cutoff):
            if kind == "a":
                entry = self.store.get(article_key(ident))
                if entry is not None and entry["day"] is not None and entry["day"] < cutoff:
                    self._drop_article(index, ident, entry)
                continue
            state = self.store.get(event_key(ident))
            last = state["last_day"] if state is not None else None
            if state is None or last is None:
                continue
            if kind == "d" and last < cutoff:
                profile = state["profile"]
                people = tuple(sorted(person_keys(profile.get("people") or ())))
                index.make_dormant(ident, span_days(profile["span"] or [last, last]), people)
            elif kind == "e" and last < cutoff - self.dormant_extra:
                # a crime whose people a follow-up could name (``ARCHIVE_PEOPLE``)
                named = person_keys(state["profile"].get("people") or ())
                crime = ARCHIVE_TYPES.intersection(state["profile"].get("types") or ())
                if self.archive_extra and crime and len(named) >= ARCHIVE_PEOPLE:
                    index.archive(ident, last)
                    index.schedule(last + self.dormant_extra + self.archive_extra, "x", ident)
                    if len(index.archived) > MAX_ARCHIVED:
                        self._drop_event(index, index.oldest_archived())
                else:
                    self._drop_event(index, ident)
            elif kind == "x" and last < cutoff - self.dormant_extra - self.archive_extra:
                self._drop_event(index, ident)

    def _drop_event(self, index: KeyIndex, event_id: str) -> None:
        del self.store[event_key(event_id)]
        index.remove_event(event_id)

    def _drop_article(self, index: KeyIndex, article_id: str, entry: dict[str, Any]) -> None:
        del self.store[article_key(article_id)]
        index.remove_signature(article_id)
        if entry.get("keys"):
            index.remove_document(entry["keys"])
        for key in (
            text_key(entry["key"], entry["text"]) if entry.get("text") else None,
            url_key(entry["key"], entry["url"]) if entry.get("url") else None,
        ):
            if key is not None and self.store.get(key) == article_id:
                del self.store[key]


def span_days(span: list[float]) -> tuple[int, ...]:
    """The days (with slack) on which a dormant event can be found.

    A span longer than ``MAX_SPAN_DAYS`` (one article dated an old incident)
    is indexed at its two ends only, so the index stays small.
    """
    lo, hi = math.floor(span[0] - DATE_SLACK_DAYS), math.floor(span[1] + DATE_SLACK_DAYS)
    if hi - lo <= MAX_SPAN_DAYS:
        return tuple(range(lo, hi + 1))
    slack = 2 * math.ceil(DATE_SLACK_DAYS)
    return (*range(lo, lo + slack + 1), *range(hi - slack, hi + 1))
