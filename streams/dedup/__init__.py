"""Deduplication and event clustering: pure logic, no Faust or Kafka.

Takes enriched articles (news.articles.enriched); emits versioned event records
(news.events). ``fingerprint`` fills the enriched article's ``fingerprints``,
``blocking_key`` is the partition key of the enriched topic, and ``Clusterer``
makes the per-article decision over a flat changelog-friendly store.
"""

from streams.dedup.blocking import blocking_key
from streams.dedup.clusterer import Clusterer
from streams.dedup.decision import Decision
from streams.dedup.fingerprint import fingerprint
from streams.dedup.similarity import DEFAULT_WEIGHTS, Scoring

__all__ = ["DEFAULT_WEIGHTS", "Clusterer", "Decision", "Scoring", "blocking_key", "fingerprint"]
