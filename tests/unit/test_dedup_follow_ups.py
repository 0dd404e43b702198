"""Follow-ups: a dormant event woken by a follow-up headline on its street, a live event
joined by one on a lower score, and events of the article's town kept among the candidates."""

from __future__ import annotations

from typing import Any

import pytest

from streams.dedup import Clusterer, Decision
from streams.dedup.features import article_features
from streams.dedup.index import MAX_CANDIDATES, KeyIndex, article_keys
from streams.dedup.profile import empty_profile
from streams.dedup.similarity import DEFAULT_WEIGHTS, Scoring
from tests.unit.fixtures.dedup.builders import make_article, riverton, springfield

NOW = "2024-03-06T12:00:00Z"
LATER_TEXT = (
    "Prosecutors charged a man with murder on Tuesday in the killing outside Hartley Foods "
    "on {street} in Springfield earlier this month. Detectives said security video from the "
    "grocery store and shell casings found in the parking lot led them to the suspect."
)


def _weeks_later(title: str, street: str = "Elm Street") -> tuple[Decision, Decision]:
    """The Springfield report, then three weeks on a report naming no day and no one."""
    clusterer = Clusterer({}, window_days=7.0)
    first = clusterer.add(springfield("s1"), NOW)
    filler = make_article("x1", "Council approves the budget. " * 5, published="2024-03-26T09:00:00Z")
    clusterer.add(filler, NOW)
    later = make_article(
        "s2", LATER_TEXT.format(street=street), title=title, published="2024-03-27T09:00:00Z"
    )
    return first, clusterer.add(later, NOW)


def test_a_follow_up_headline_on_the_events_street_wakes_it() -> None:
    first, later = _weeks_later("Man charged in Springfield grocery store killing")
    assert later.kind == "same_event" and later.event_id == first.event_id, later.signals
    assert later.signals["dormant"] == 1.0 and later.signals["street"] == 1.0


@pytest.mark.parametrize(
    ("title", "street"),
    [
        # Not a follow-up: the street's next shooting, weeks later.
        ("Man shot dead outside Springfield grocery store", "Elm Street"),
        # A follow-up about another street's shooting.
        ("Man charged in Springfield grocery store killing", "Oak Avenue"),
    ],
)
def test_a_dormant_event_stays_asleep_without_a_follow_up_on_its_street(title: str, street: str) -> None:
    first, later = _weeks_later(title, street)
    assert later.kind == "new" and later.event_id != first.event_id


@pytest.mark.parametrize(
    ("title", "follow_up"),
    [
        ("Man charged in Springfield grocery store killing", True),
        ("Suspect arrested after weekend shooting", True),
        ("Gunman sentenced to 40 years for nightclub attack", True),
        ("Second victim dies days after drive-by shooting", True),
        ("Teen pleads guilty in fatal stabbing", True),
        ("Judge declares mistrial in grocery store shooting case", True),
        ("Driver given two years probation for parking lot shooting", True),
        ("Gunman in bar shooting denied parole", True),
        ("Judge denies parole for 1998 killer", True),
        ("Shooter's probation revoked", True),
        ("Parole board rejects release of gunman", True),
        ("Parolee shot dead outside Springfield bar", False),
        ("Man on probation shot dead outside Springfield bar", False),
        ("Wounded clerk files lawsuit against store owner", True),
        ("Man shot dead outside Springfield grocery store", False),
        ("Storm leaves thousands without power", False),
        ("Council approves library budget", False),
        ("Shares rise as quarterly profit beats forecasts", False),
    ],
)
def test_follow_up_headlines(title: str, follow_up: bool) -> None:
    assert article_features(make_article("a", "Some text.", title=title)).follow_up is follow_up


def _profile(terms: list[str], places: tuple[str, ...] = ()) -> dict[str, Any]:
    return {**empty_profile(), "terms": dict.fromkeys(terms, 1.0), "places": dict.fromkeys(places, 1.0)}


def test_an_event_of_the_articles_town_stays_among_the_candidates() -> None:
    # Long events share many common words with any report; a short one shares its town.
    index = KeyIndex()
    common = [f"word{i}" for i in range(30)]
    for n in range(MAX_CANDIDATES + 5):
        index.set_event(f"long{n:02d}", _profile(common))
        index.add_document(article_keys(common, (), ()))
    index.set_event("town", _profile(["shooting"], ("hammond",)))
    index.add_document(article_keys(["shooting"], (), ["hammond"]))
    for n in range(40):  # the desk's other events: the long ones' words are not everywhere
        index.set_event(f"other{n:02d}", _profile([f"other{n}"]))
        index.add_document(article_keys([f"other{n}"], (), ()))
    keys = article_keys([*common, "shooting"], (), ["hammond"])
    assert "town" in index.candidate_events(keys)


ARREST_TEXT = (
    "Police arrested {who} on Sunday in last week's killing outside Hartley Foods in Springfield. "
    "Detectives said a tip from a relative led them to the suspect, who is held at the county jail."
)
# Scores of these small fixtures run high (few documents, high IDF): the thresholds are
# raised alike so that the follow-up margin is what decides.
STRICT = Scoring(weights=DEFAULT_WEIGHTS, threshold=0.47, follow_up_threshold=0.34)


@pytest.mark.parametrize(
    ("title", "who", "joins"),
    [
        ("Man arrested in Springfield grocery store killing", "a man", True),
        # The same report without a follow-up headline needs the usual score.
        ("Man held in Springfield grocery store killing", "a man", False),
        # A follow-up about someone of another age is the town's other case.
        ("Man arrested in Springfield grocery store killing", "a 19-year-old man", False),
    ],
)
def test_a_follow_up_headline_joins_a_live_event_on_a_lower_score(title: str, who: str, joins: bool) -> None:
    clusterer = Clusterer({}, scoring=STRICT)
    first = clusterer.add(springfield("s1"), NOW)
    text = ARREST_TEXT.format(who=who)
    later = clusterer.add(make_article("s2", text, title=title, published="2024-03-10T09:00:00Z"), NOW)
    assert STRICT.follow_up_threshold <= later.score < STRICT.threshold, later.signals
    assert (later.event_id == first.event_id) is joins


def test_an_arrest_in_another_town_the_same_day_stays_apart() -> None:
    clusterer = Clusterer({})
    first = clusterer.add(springfield("s1"), NOW)
    arrest = riverton("r1", title="Suspect arrested in Riverton apartment shooting")
    assert clusterer.add(arrest, NOW).event_id != first.event_id


VIGIL_TEXT = (
    "Neighbours gathered on Sunday outside Hartley Foods on Elm Street in Springfield to remember "
    "{who}, shot and killed there. Police said detectives are still reviewing security video "
    "from the grocery store parking lot and asked witnesses to call the department."
)


def _vigil_after_arrest(who: str, persons: tuple[str, ...]) -> tuple[Decision, Decision]:
    """The Springfield report; six days on, a report dating an arrest three days after
    the shooting; six days after that, a vigil dated eight days after the arrest."""
    clusterer = Clusterer({}, window_days=7.0)
    first = clusterer.add(springfield("s1"), NOW)
    arrest = make_article(
        "s2", ARREST_TEXT.format(who="a man"), title="Man arrested in Springfield grocery store killing",
        published="2024-03-11T09:00:00Z", event_date="2024-03-08",
    )  # fmt: skip
    assert clusterer.add(arrest, NOW).event_id == first.event_id
    vigil = make_article(
        "s3", VIGIL_TEXT.format(who=who), title="Neighbours remember man killed outside grocery store",
        published="2024-03-17T09:00:00Z", event_date="2024-03-16", persons=persons,
    )  # fmt: skip
    return first, clusterer.add(vigil, NOW)


def test_an_event_reported_days_ago_is_live_though_its_incident_day_is_older() -> None:
    # The vigil names the victim: it meets a story still being reported, live.
    first, later = _vigil_after_arrest("Marcus Delaney", ("Marcus Delaney",))
    assert later.event_id == first.event_id and "dormant" not in later.signals, later.signals


def test_an_event_reported_days_ago_is_dormant_to_an_article_naming_none_of_its_people() -> None:
    # Without a shared person the event is as dormant as its incident day says: a court
    # report of an old killing must not hold its street open to the street's next shooting.
    first, later = _vigil_after_arrest("the man", ())
    assert later.event_id != first.event_id, later.signals
