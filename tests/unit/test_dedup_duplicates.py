"""Exact and near-duplicate decisions, replay idempotency and fingerprints."""

from __future__ import annotations

from typing import Any

from streams.dedup import Clusterer, fingerprint
from streams.dedup.fingerprint import canonical_url
from tests.unit.fixtures.dedup.builders import SHOOTING_SPRINGFIELD, make_article, springfield

NOW = "2024-03-05T12:00:00Z"


def test_canonical_url_drops_archive_tracking_and_www() -> None:
    a = canonical_url("http://web.archive.org/web/2016/http://www.site.example:80/a/b/?utm_source=x")
    assert a == canonical_url("https://site.example/a/b")
    assert canonical_url("https://site.example/a/b?id=2") != canonical_url("https://site.example/a/b")


def test_fingerprint_ignores_case_and_whitespace_but_not_words() -> None:
    base = fingerprint("The Mayor  said\nhello.", None)
    assert base["text_sha1"] == fingerprint("the mayor said hello", None)["text_sha1"]
    assert base["text_sha1"] != fingerprint("the mayor said goodbye", None)["text_sha1"]
    assert len(base["minhash"]) == 64
    assert fingerprint("text", "https://site.example/")["url_sha1"] is None


def test_exact_duplicate_by_text_joins_the_original_event() -> None:
    clusterer = Clusterer({})
    first = clusterer.add(springfield("a1"), NOW)
    copy = clusterer.add(springfield("a2", url="https://mirror.example/x/a2"), NOW)
    assert first.kind == "new"
    assert copy.kind == "exact"
    assert copy.duplicate_of == "a1"
    assert copy.event_id == first.event_id
    assert copy.record is not None
    assert copy.record["version"] == 2
    assert copy.record["num_duplicates"] == 1
    assert copy.record["articles"][1]["duplicate_of"] == "a1"


def test_exact_duplicate_by_url_even_when_text_was_updated() -> None:
    clusterer = Clusterer({})
    url = "https://springfield-daily.example/news/story"
    first = clusterer.add(springfield("a1", url=url), NOW)
    other = make_article("a2", "Completely different wording. " * 20, url=url + "?utm_source=feed")
    decision = clusterer.add(other, NOW)
    assert decision.kind == "exact"
    assert decision.signals == {"url": 1.0}
    assert decision.event_id == first.event_id


def test_near_duplicate_light_rewrite() -> None:
    clusterer = Clusterer({})
    clusterer.add(springfield("a1"), NOW)
    rewrite = SHOOTING_SPRINGFIELD.replace("late Tuesday", "on Tuesday night").replace(
        "Two other people were injured.", "Two other people were hurt, police added."
    )
    decision = clusterer.add(
        make_article("a2", rewrite, title="Man shot dead outside Springfield grocery store - Wire"),
        NOW,
    )
    assert decision.kind == "near"
    assert decision.duplicate_of == "a1"
    assert decision.similarity is not None
    assert 0.7 <= decision.similarity < 1.0


def test_same_boilerplate_text_with_different_titles_is_not_a_duplicate() -> None:
    wall = "Please sign in or register to continue reading our local coverage today. " * 6
    clusterer = Clusterer({})
    one = clusterer.add(make_article("b1", wall, title="Man shot on Elm Street"), NOW)
    two = clusterer.add(make_article("b2", wall, title="Council approves new library budget"), NOW)
    assert one.kind == "new"
    assert two.kind not in ("exact", "near")


def test_short_identical_texts_are_not_duplicates() -> None:
    clusterer = Clusterer({})
    clusterer.add(make_article("c1", "You are the owner of this article.", place=None), NOW)
    decision = clusterer.add(make_article("c2", "You are the owner of this article.", place=None), NOW)
    assert decision.kind not in ("exact", "near")


def test_replay_is_idempotent() -> None:
    store: dict[str, Any] = {}
    clusterer = Clusterer(store)
    first = clusterer.add(springfield("a1"), NOW)
    before = dict(store)
    replay = clusterer.add(springfield("a1"), "2024-03-06T00:00:00Z")
    assert replay.kind == "replay"
    assert first.record is not None and replay.record is not None
    # the event as it stands is republished, at the same version, so nothing is lost or regressed
    assert replay.record["version"] == first.record["version"]
    assert {k: v for k, v in replay.record.items() if k != "updated_at"} == {
        k: v for k, v in first.record.items() if k != "updated_at"
    }
    assert replay.event_id == first.event_id
    assert store == before


def _headline_count(article: dict[str, Any], kind: str, value: int, words: str) -> dict[str, Any]:
    """``article`` with a count read from its headline (evidence field "title")."""
    title = article["title"]
    start = title.index(words)
    where = {"start": start, "end": start + len(words), "field": "title"}
    count = {
        "kind": kind,
        "value": value,
        "qualifier": "exact",
        "evidence": {"text": title, "start": 0, "end": len(title), "field": "title"},
        "mention": {"text": words, **where},
    }
    return {**article, "counts": [count, *article["counts"]]}


def _counts(record: dict[str, Any] | None) -> dict[str, int]:
    assert record is not None
    return {c["kind"]: c["value"] for c in record["counts"]}


def test_copy_under_a_new_headline_adds_the_headline_figure() -> None:
    clusterer = Clusterer({})
    clusterer.add(springfield("a1", counts=(("injured", 3, "exact", "Two other people were injured"),)), NOW)
    update = springfield(
        "a2",
        title="Victim of Springfield grocery store shooting dies",
        published="2024-03-06T10:00:00Z",
        counts=(("injured", 3, "exact", "Two other people were injured"),),
    )
    decision = clusterer.add(_headline_count(update, "killed", 1, "dies"), NOW)
    assert decision.kind == "exact"
    # the headline's death is observed; the text's figure still counts once
    assert _counts(decision.record)["killed"] == 1
    assert decision.record is not None
    killed = next(c for c in decision.record["counts"] if c["kind"] == "killed")
    assert killed["evidence"]["article_id"] == "a2"
    assert killed["evidence"]["field"] == "title"


def test_copy_under_the_same_headline_adds_nothing() -> None:
    clusterer = Clusterer({})
    first = clusterer.add(springfield("a1"), NOW)
    # the same headline under a mirror's site name
    copy = springfield(
        "a2",
        url="https://mirror.example/x/a2",
        title="Man shot dead outside Springfield grocery store - Mirror",
    )
    decision = clusterer.add(_headline_count(copy, "killed", 1, "shot dead"), NOW)
    assert decision.kind == "exact"
    assert decision.record is not None and first.record is not None
    assert decision.record["counts"] == first.record["counts"]
