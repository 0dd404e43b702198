"""What the clusterer decides for one article.

Takes nothing; holds ``Decision``, what :class:`streams.dedup.clusterer.Clusterer`
emits for each enriched article (the kind of decision, the event and the
event record to publish on news.events), and ``Placement``, where the
clusterer puts an article before it writes the state. Split from
:mod:`streams.dedup.clusterer` so that the records a decision produces read
apart from the procedure that makes it; :mod:`streams.pipeline` and the
benchmarks read ``Decision`` through :mod:`streams.dedup`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from streams.dedup.duplicates import Match


@dataclass(frozen=True)
class Decision:
    """What happened to one article and the event record to publish.

    ``kind`` is "new", "exact", "near", "same_event" or "replay"; a replay
    (article id already seen) changes no state and carries the event's current
    record at its current version (None if the event has expired), so a record
    lost in a crash is published again and a version never goes down.
    """

    kind: str
    event_id: str | None
    record: dict[str, Any] | None
    score: float = 0.0
    similarity: float | None = None
    duplicate_of: str | None = None
    signals: dict[str, float] = field(default_factory=dict)
    blocking_key: str = ""
    late: str = ""
    """For an article older than the window: ``kept`` with its event, or
    ``over_cap`` (expired at once, past ``late_cap``)."""


@dataclass
class Placement:
    """Where the clusterer puts one article before it writes the state: the
    decision's kind, the event, its score and signals, and the original a copy
    duplicates (None for an article that is no copy)."""

    kind: str
    event_id: str
    score: float
    signals: dict[str, float]
    match: Match | None = None
