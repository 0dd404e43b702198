"""A place conflict read from one article's primary location, against the towns it names."""

from __future__ import annotations

import copy

from streams.dedup.features import article_features
from streams.dedup.profile import update_profile
from streams.dedup.similarity import DEFAULT_WEIGHTS, Scoring, signals
from tests.unit.fixtures.dedup.builders import PLACES, riverton, springfield, springfield_followup


def _idf(key: str) -> float:
    return 2.0


def test_a_report_naming_the_events_town_has_no_conflict_whatever_its_primary() -> None:
    # The geocoder picked another town as the follow-up's primary (the hospital's, a
    # namesake); the report still names the event's town as the event does.
    event = update_profile(None, article_features(springfield()))
    followup = springfield_followup()
    followup["location"] = copy.deepcopy(PLACES["Riverton"])
    followup["locations"] = [dict(PLACES["Springfield"], mentions=2), dict(PLACES["Riverton"], mentions=1)]
    _, sig = signals(article_features(followup), event, _idf, Scoring(weights=DEFAULT_WEIGHTS))
    assert sig["places"] >= 0.5
    assert sig["place_conflict"] == 0.0


def test_a_look_alike_in_another_town_keeps_its_conflict() -> None:
    event = update_profile(None, article_features(springfield()))
    _, sig = signals(article_features(riverton()), event, _idf, Scoring(weights=DEFAULT_WEIGHTS))
    assert sig["place_conflict"] == 1.0


def test_a_report_that_names_the_events_town_only_in_passing_keeps_its_conflict() -> None:
    # Another town's shooting that recalls the event's town once ("after last week's
    # in Springfield") shares too little of the event's places to void the conflict.
    event = update_profile(None, article_features(springfield()))
    other = riverton()
    other["locations"] = [dict(PLACES["Riverton"], mentions=6), dict(PLACES["Springfield"], mentions=1)]
    _, sig = signals(article_features(other), event, _idf, Scoring(weights=DEFAULT_WEIGHTS))
    assert sig["places"] < 0.5
    assert sig["place_conflict"] == 1.0
