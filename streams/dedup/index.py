"""In-memory indices of one blocking key, derivable from the store.

Holds the MinHash LSH over original articles, the inverted index from profile
terms to live events, dormant events (archived ones among them) by the days
they span and the people they name, the article document frequencies for
IDF, and an expiry heap.
Nothing here is persisted: ``Clusterer.rebuild_index`` rebuilds it from the
store after a restart, so it must depend only on stored values.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any, TypeVar

from datasketch import MinHashLSH

from streams.dedup.fingerprint import NUM_PERM, lean_minhash

_K = TypeVar("_K")

LSH_THRESHOLD = 0.5
MAX_CANDIDATES = 10
# Events sharing the article's places and streets get their own candidate slots: a
# long event shares so many common words with any report that it crowds a short one
# from the town of the article out of the top by all keys (GVA dev: recall 0.884 ->
# 0.889, precision 0.981 -> 0.980; names as well gave nothing more).
ANCHOR_PREFIXES = ("p:", "s:")
# A place named by more than this share of the live articles of a key is the
# desk's backdrop (or a geocoding artefact such as "Inc" read as a town), not
# where one event happened; judged only once the key holds enough articles.
BOILERPLATE_PLACE_SHARE = 0.1
BOILERPLATE_MIN_DOCS = 20


def article_keys(
    terms: Iterable[str], names: Iterable[str], places: Iterable[str], streets: Iterable[str] = ()
) -> list[str]:
    """Index keys of an article, sorted: words, ``n:`` names, ``p:`` places, ``s:`` streets."""
    keys = set(terms)
    keys.update("n:" + name for name in names)
    keys.update("p:" + place for place in places)
    keys.update("s:" + street for street in streets)
    return sorted(keys)


def profile_keys(profile: Mapping[str, Any]) -> set[str]:
    """Index keys of an event profile: words, ``n:`` names, ``p:`` places, ``s:`` streets."""
    keys = set(profile["terms"]) | set(profile["title"])
    keys.update("n:" + name for name in profile["names"])
    keys.update("p:" + place for place in profile["places"])
    keys.update("s:" + street for street in profile.get("streets") or ())
    return keys


def _discard(index: MutableMapping[_K, set[str]], value: _K, event_id: str) -> None:
    """Remove an event from one posting list, and the list once empty."""
    bucket = index.get(value)
    if bucket is not None:
        bucket.discard(event_id)
        if not bucket:
            del index[value]


class KeyIndex:
    """Derived state of one blocking key."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.in_lsh: set[str] = set()
        self.postings: defaultdict[str, set[str]] = defaultdict(set)
        self.event_keys: dict[str, set[str]] = {}
        self.dormant: dict[str, tuple[set[str], tuple[int, ...], tuple[str, ...]]] = {}
        self.dormant_by_day: defaultdict[int, set[str]] = defaultdict(set)
        self.dormant_by_person: defaultdict[str, set[str]] = defaultdict(set)
        self.dormant_by_street: defaultdict[str, set[str]] = defaultdict(set)
        self.archived: dict[str, float] = {}  # event id -> its last day
        self.heap: list[tuple[float, str, str]] = []
        self.df: Counter[str] = Counter()
        self.docs = 0

    def add_signature(self, article_id: str, signature: list[int]) -> None:
        """Make an original article findable by near-duplicates."""
        if article_id not in self.in_lsh:
            self.lsh.insert(article_id, lean_minhash(signature))
            self.in_lsh.add(article_id)

    def remove_signature(self, article_id: str) -> None:
        """Forget an expired article."""
        if article_id in self.in_lsh:
            self.lsh.remove(article_id)
            self.in_lsh.discard(article_id)

    def similar_articles(self, signature: list[int]) -> list[str]:
        """Article ids whose signatures may be near ``signature``, sorted."""
        if not self.in_lsh:
            return []
        return sorted(self.lsh.query(lean_minhash(signature)))

    def set_event(self, event_id: str, profile: Mapping[str, Any]) -> None:
        """(Re)index an event's profile, waking it if dormant; only changed keys are touched."""
        self._forget_dormant(event_id)
        new = profile_keys(profile)
        old = self.event_keys.get(event_id, set())
        for key in old - new:
            self._unpost(key, event_id)
        for key in new - old:
            self.postings[key].add(event_id)
        self.event_keys[event_id] = new

    def remove_event(self, event_id: str) -> None:
        """Forget an expired event."""
        self._forget_dormant(event_id)
        for key in self.event_keys.pop(event_id, set()):
            self._unpost(key, event_id)

    def archive(self, event_id: str, last_day: float) -> None:
        """Keep a dormant event past the dormant horizon: found by its days as before,
        by its people only on more of them (``dormant_with_people``), never by its streets."""
        if event_id in self.dormant:
            self.archived[event_id] = last_day

    def oldest_archived(self) -> str:
        """The archived event idle longest (ties by id): the first to go at the cap. By
        its last day, not the order of archiving, which a restart's rebuilt heap may not
        repeat (an event joined later leaves an earlier expiry entry behind)."""
        return min(self.archived, key=lambda event_id: (self.archived[event_id], event_id))

    def make_dormant(self, event_id: str, days: tuple[int, ...], people: tuple[str, ...] = ()) -> None:
        """Move a live event out of the inverted index, findable only by the ``days`` it
        spans, the ``people`` it names and the streets of its profile."""
        if event_id not in self.event_keys:
            return
        keys = self.event_keys.pop(event_id)
        for key in keys:
            self._unpost(key, event_id)
        self.dormant[event_id] = (keys, days, people)
        for day in days:
            self.dormant_by_day[day].add(event_id)
        for person in people:
            self.dormant_by_person[person].add(event_id)
        for key in keys:
            if key.startswith("s:"):
                self.dormant_by_street[key[2:]].add(event_id)

    def _forget_dormant(self, event_id: str) -> None:
        self.archived.pop(event_id, None)
        if event_id not in self.dormant:
            return
        keys, days, people = self.dormant.pop(event_id)
        for day in days:
            _discard(self.dormant_by_day, day, event_id)
        for person in people:
            _discard(self.dormant_by_person, person, event_id)
        for key in keys:
            if key.startswith("s:"):
                _discard(self.dormant_by_street, key[2:], event_id)

    def dormant_candidates(self, keys: Iterable[str], day: float) -> list[str]:
        """Dormant events spanning ``day`` that share keys with an article, best first."""
        found = self.dormant_by_day.get(math.floor(day))
        if not found:
            return []
        wanted = set(keys)
        # Summed in sorted order: a set's order (hence the float sum) differs between processes.
        acc = {e: math.fsum(self.idf(k) for k in sorted(self.dormant[e][0] & wanted)) for e in found}
        ranked = sorted((kv for kv in acc.items() if kv[1] > 0), key=lambda kv: (-kv[1], kv[0]))
        return [event_id for event_id, _ in ranked[:MAX_CANDIDATES]]

    def dormant_with_people(self, people: Iterable[str], archived_least: int | None = None) -> list[str]:
        """Dormant events that name the most of ``people`` (``people.person_keys``), best
        first (ties by id); archived ones only when naming ``archived_least`` of them."""
        shared: Counter[str] = Counter()
        for person in people:
            shared.update(self.dormant_by_person.get(person, ()))
        least = math.inf if archived_least is None else archived_least
        found = {e: n for e, n in shared.items() if e not in self.archived or n >= least}
        ranked = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
        return [event_id for event_id, _ in ranked[:MAX_CANDIDATES]]

    def dormant_on_streets(self, streets: Iterable[str]) -> list[str]:
        """Dormant events on the most of ``streets``, best first (ties by id); not archived ones."""
        shared: Counter[str] = Counter()
        for street in streets:
            shared.update(self.dormant_by_street.get(street, set()).difference(self.archived))
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))
        return [event_id for event_id, _ in ranked[:MAX_CANDIDATES]]

    def _unpost(self, key: str, event_id: str) -> None:
        posting = self.postings.get(key)
        if posting is not None:
            posting.discard(event_id)
            if not posting:
                del self.postings[key]

    def add_document(self, keys: Iterable[str]) -> None:
        """Count an original article's keys into the document frequencies."""
        self.df.update(keys)
        self.docs += 1

    def remove_document(self, keys: Iterable[str]) -> None:
        """Forget an expired article's keys."""
        for key in keys:
            self.df[key] -= 1
            if self.df[key] <= 0:
                del self.df[key]
        self.docs -= 1

    def idf(self, key: str) -> float:
        """Smoothed IDF over the live original articles of this key.

        Counted over articles, not events: a word shared by hundreds of
        articles ("qtr", "shooting") is common even when they all sit in one
        event, and must not make that event a magnet for every new report.
        Boilerplate places and streets ("Wall Street" on a financial desk, see
        ``BOILERPLATE_PLACE_SHARE``) weigh nothing:
        a cosine is blind to scale, so a merely low weight would still let two
        reports that share only such a place look alike.
        """
        df = self.df.get(key, 0)
        populated = self.docs >= BOILERPLATE_MIN_DOCS
        if populated and key.startswith(("p:", "s:")) and df > BOILERPLATE_PLACE_SHARE * self.docs:
            return 0.0
        return math.log((1.0 + self.docs) / (1.0 + df)) + 1.0

    def candidate_events(self, keys: Iterable[str]) -> list[str]:
        """Events sharing the most informative keys with an article.

        Very common keys (in over half the events) are skipped: they cost the
        most and separate nothing. Ranked by summed IDF, ties by event id; the
        best by places and streets alone are added (``ANCHOR_PREFIXES``).
        """
        total = len(self.event_keys)
        common = max(8, total // 2)
        acc: defaultdict[str, float] = defaultdict(float)
        anchored: defaultdict[str, float] = defaultdict(float)
        for key in keys:
            posting = self.postings.get(key)
            if posting and len(posting) <= common:
                weight = self.idf(key)
                for event_id in posting:
                    acc[event_id] += weight
                if key.startswith(ANCHOR_PREFIXES):
                    for event_id in posting:
                        anchored[event_id] += weight
        found: dict[str, None] = {}
        for scores in (acc, anchored):
            ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
            found.update((event_id, None) for event_id, _ in ranked[:MAX_CANDIDATES])
        return list(found)

    def schedule(self, day: float, kind: str, ident: str) -> None:
        """Remember when an entry may expire; stale heap items are skipped later."""
        heapq.heappush(self.heap, (day, kind, ident))

    def due(self, cutoff: float) -> list[tuple[str, str]]:
        """Pop every scheduled item older than ``cutoff``."""
        out = []
        while self.heap and self.heap[0][0] < cutoff:
            _, kind, ident = heapq.heappop(self.heap)
            out.append((kind, ident))
        return out
