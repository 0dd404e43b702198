"""Enrichment: turn one article into an enriched article (pure functions).

Takes an article dict (schemas/article.schema.json, with ``article_id``);
emits a new dict valid against schemas/enriched_article.schema.json once the
shell adds ``fingerprints`` and ``enriched_at``: language, entities,
locations and the primary location, PLOVER event types, people counts, tone,
keywords and the event date. Never imports Faust or Kafka.

Two modes: ``accurate`` (spaCy NER plus rules) and ``fast`` (rules and
gazetteers only). Non-English text gets its language label and empty
extractions rather than English rules run on it.
"""

from __future__ import annotations

from typing import Any

from streams.enrich.count_ranking import best_count, best_value
from streams.enrich.count_selection import finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.dates import event_date, parse_published
from streams.enrich.entities import find_entities
from streams.enrich.event_type import classify_event
from streams.enrich.gazetteer import load_gazetteer
from streams.enrich.geocode import geocode
from streams.enrich.headings import split_masthead
from streams.enrich.keywords import extract_keywords
from streams.enrich.language import detect_language, warm_up_language
from streams.enrich.lexicon import common_words, first_names, last_names
from streams.enrich.ner_spacy import warm_up_spacy
from streams.enrich.place_context import cue_mentions, overlaps
from streams.enrich.place_matcher import match_places, warm_up_places
from streams.enrich.place_publisher import warm_up_publishers
from streams.enrich.sentences import Sentence, sanitize, split_sentences
from streams.enrich.tone import document_tone, warm_up_tone

__all__ = ["MODES", "best_count", "best_value", "enrich", "warm_up"]

MODES = ("accurate", "fast")
SCHEMA_VERSION = 1
#: Title characters searched for places (titles have no offsets in ``text``).
MAX_TITLE_CHARS = 500


def warm_up(mode: str = "accurate") -> None:
    """Load models and gazetteers once (idempotent) so the first article is fast.

    Args:
        mode: ``"accurate"`` also loads the spaCy model; ``"fast"`` does not.
    """
    _check_mode(mode)
    load_gazetteer()
    warm_up_places()
    warm_up_publishers()
    warm_up_language()
    warm_up_tone()
    common_words()
    first_names()
    last_names()
    if mode == "accurate":
        warm_up_spacy()


def enrich(article: dict[str, Any], mode: str = "accurate") -> dict[str, Any]:
    """Enrich one article.

    Args:
        article: Article record with at least ``article_id`` and ``text``.
        mode: ``"accurate"`` or ``"fast"``.

    Returns:
        A new dict: the article's fields plus the enrichment fields. It has no
        ``fingerprints`` or ``enriched_at``; the shell adds those.

    Raises:
        ValueError: On an unknown mode.
    """
    _check_mode(mode)
    text = article.get("text") or ""
    title = article.get("title") or ""
    language, confidence = detect_language(f"{title}\n{text}" if title else text)
    record: dict[str, Any] = {
        **{k: v for k, v in article.items() if k not in ("schema", "schema_version")},
        "schema": "enriched_article",
        "schema_version": SCHEMA_VERSION,
        "enrich_mode": mode,
        "language": language,
        "language_confidence": confidence,
    }
    clean = sanitize(text)
    sentences = split_sentences(clean)
    if language != "en":
        record.update(_empty_extraction())
        return record
    record.update(_extract(clean, sentences, article, mode))
    return record


def _extract(clean: str, sentences: list[Sentence], article: dict[str, Any], mode: str) -> dict[str, Any]:
    """Run every extractor on English text."""
    title = sanitize(article.get("title") or "")[:MAX_TITLE_CHARS]
    headline_text, masthead = split_masthead(title)
    entities = find_entities(clean, sentences, mode)
    source = article.get("source") or article.get("url")
    places = (_title_places(headline_text), _title_places(masthead), source)
    locations, primary = geocode(entities, clean, sentences, *places)
    headline = [Sentence(title, 0, len(title), "title")] if title else []
    published = parse_published(article.get("published"))
    year = published.year if published else 0
    counts = finalize_counts(extract_counts(sentences, title, year) + extract_counts(headline))
    casualties = any(c["kind"] in ("killed", "injured") for c in counts)
    date, evidence = event_date(sentences, published)
    return {
        "entities": entities,
        "locations": locations,
        "location": primary,
        "event_types": classify_event(sentences, casualties),
        "counts": counts,
        "tone": document_tone(sentences),
        "keywords": extract_keywords(sentences),
        "event_date": date,
        "event_date_evidence": evidence,
    }


def _title_places(title: str) -> list[dict[str, Any]]:
    """Entities and gazetteer places of a title (rules suffice for a few words
    and cost no model call)."""
    if not title:
        return []
    found = find_entities(title, split_sentences(title), "fast")
    # Each place counts once: "Macon" found twice would outvote the dateline.
    kinds = ("GPE", "LOC", "FAC")
    places = [(e["start"], e["end"], e["name"], e["type"]) for e in found if e["type"] in kinds]
    extra = [(s, e, title[s:e], label) for s, e, label in match_places(title) if not overlaps(places, s, e)]
    extra += cue_mentions(title, places + extra)  # type CUE
    return found + [{"name": m[2], "type": m[3]} for m in extra]


def _empty_extraction() -> dict[str, Any]:
    """Fields for text we do not analyse (not English): present but empty.

    Tone is 0.0 (neutral) because VADER's lexicon is English only.
    """
    return {
        "entities": [], "locations": [], "location": None, "event_types": [], "counts": [],
        "tone": 0.0, "keywords": [], "event_date": None, "event_date_evidence": None,
    }  # fmt: skip


def _check_mode(mode: str) -> None:
    """Reject unknown modes early with a clear message."""
    if mode not in MODES:
        raise ValueError(f"unknown enrich mode {mode!r}; expected one of {MODES}")
