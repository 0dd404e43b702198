"""Templated wire copy stays apart; boilerplate names and places are no evidence."""

from __future__ import annotations

from streams.dedup import Clusterer
from streams.dedup.event_record import fallback_title
from streams.dedup.features import article_features, opens_segment
from streams.dedup.index import BOILERPLATE_MIN_DOCS, KeyIndex
from streams.dedup.profile import update_profile
from streams.dedup.similarity import DEFAULT_WEIGHTS, Scoring, signals
from tests.unit.fixtures.dedup.builders import make_article, springfield
from tests.unit.fixtures.dedup.templates import earnings_report

NOW = "2024-03-06T12:00:00Z"


def test_earnings_reports_of_different_companies_stay_apart() -> None:
    clusterer = Clusterer({})
    decisions = [clusterer.add(earnings_report(i), NOW) for i in range(3)]
    assert [d.kind for d in decisions] == ["new", "new", "new"]
    assert len({d.event_id for d in decisions}) == 3


def test_table_labels_opening_lines_are_not_names() -> None:
    feats = article_features(earnings_report(0))
    assert not any(name.startswith("ent:") for name in feats.names)
    text = "Shr 10 cts\n    Net 3 mln"
    assert opens_segment(text, 0)
    assert opens_segment(text, text.index("Net"))
    assert not opens_segment("Police said Delaney died.", 12)


def test_unanchored_join_needs_near_identical_text() -> None:
    first, second = earnings_report(0), earnings_report(1)
    profile = update_profile(None, article_features(first))
    scoring = Scoring(weights=DEFAULT_WEIGHTS)
    table = {"shr", "cts", "vs", "net", "revs", "mln", "avg", "shrs", "nine", "mths", "4th", "qtr"}

    def idf(key: str) -> float:  # a populated key: the table's words are everywhere
        return 0.2 if key in table else 3.0

    score, sig = signals(article_features(second), profile, idf, scoring)
    assert sig["anchor"] == 0.0
    assert sig["text"] < scoring.min_text_unanchored
    assert score < scoring.threshold
    same = update_profile(None, article_features(springfield("s1")))
    _, sig = signals(article_features(springfield("s2")), same, lambda _: 1.0, scoring)
    assert sig["anchor"] == 1.0


def test_boilerplate_place_weighs_nothing_once_the_key_is_populated() -> None:
    index = KeyIndex()
    for i in range(BOILERPLATE_MIN_DOCS):
        index.add_document(["p:springfield", f"word{i}"] + (["p:riverton"] if i == 0 else []))
    assert index.idf("p:springfield") == 0.0
    assert index.idf("p:riverton") > 1.0
    assert index.idf("springfield") > 0.0  # words keep their IDF
    small = KeyIndex()
    small.add_document(["p:springfield"])
    assert small.idf("p:springfield") > 0.0


def test_templated_reports_sharing_a_boilerplate_place_stay_apart() -> None:
    clusterer = Clusterer({})
    for i in range(BOILERPLATE_MIN_DOCS + 1):
        filler = f"Unrelated dispatch number {i} about harbour cargo volumes and tariffs {i * 13}. " * 3
        clusterer.add(make_article(f"f{i}", filler, published="1987-03-02T08:00:00Z"), NOW)
    first = clusterer.add(earnings_report(0, place="Springfield"), NOW)
    second = clusterer.add(earnings_report(1, place="Springfield"), NOW)
    assert second.event_id != first.event_id


def test_title_falls_back_to_the_first_sentence() -> None:
    text = "Firefighters in Lyon put out a warehouse blaze on Tuesday. Nobody was hurt."
    record = Clusterer({}).add(make_article("plain", text, title=None), NOW).record
    assert record is not None
    assert record["title"] == "Firefighters in Lyon put out a warehouse blaze on Tuesday."
    long = fallback_title("word " * 60)
    assert long is not None and len(long) <= 121 and long.endswith("\u2026")
    assert fallback_title("") is None
