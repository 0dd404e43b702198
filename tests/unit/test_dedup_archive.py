"""Archived events: past the dormant horizon an event naming people is kept, and a
later step of its story months on (a sentence, a plea) still joins it."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from streams.dedup import Clusterer, Decision, expiry
from streams.dedup.store import event_key
from tests.unit.fixtures.dedup.builders import make_article

NOW = "2024-03-06T12:00:00Z"
FIRST = (
    "A man was shot and killed outside Hartley Foods on Elm Street in Springfield late "
    "Tuesday, police said. Officers found Marcus Delaney, 34, in the parking lot. Detectives "
    "arrested Dwayne Ortiz, 29, a few blocks away. Police Chief Anna Robles said the two men "
    "had argued inside the grocery store."
)
SENTENCE = (
    "Dwayne Ortiz was sentenced on Monday to 40 years in prison for killing Marcus Delaney in "
    "the parking lot of Hartley Foods in Springfield. The judge said the shooting followed an "
    "argument inside the grocery store."
)
ONE_NAME = (
    "A Springfield man was sentenced on Monday to 40 years in prison for killing Marcus "
    "Delaney in the parking lot of Hartley Foods. The judge said the shooting followed an "
    "argument inside the grocery store."
)
OTHER = (
    "A woman was shot and wounded at an apartment on Pine Avenue in Riverton on Thursday "
    "night. Deputies said Carla Whitfield, 27, was taken to a hospital. Sheriff Tom Becker said "
    "Dale Ostrander was arrested nearby."
)
DATED = (
    "Six months after the shooting outside Hartley Foods on Elm Street in Springfield, the "
    "grocery store has added cameras to its parking lot and hired a guard at night."
)


def _months_later(
    later: dict[str, Any], archive_days: float = 730.0, dormant_days: float = 60.0
) -> tuple[Clusterer, Decision, Decision]:
    """The first report, a filler six months on (past the dormant horizon), then ``later``."""
    clusterer = Clusterer({}, window_days=7.0, dormant_days=dormant_days, archive_days=archive_days)
    first = clusterer.add(
        make_article(
            "s1",
            FIRST,
            title="Man shot dead outside Springfield grocery store",
            persons=("Marcus Delaney", "Dwayne Ortiz", "Anna Robles"),
        ),
        NOW,
    )
    filler = make_article("x1", "Council approves the budget. " * 5, published="2024-09-08T09:00:00Z")
    clusterer.add(filler, NOW)
    return clusterer, first, clusterer.add(later, NOW)


def _sentence(
    title: str = "Springfield man sentenced to 40 years in grocery store killing",
) -> dict[str, Any]:
    return make_article(
        "s2",
        SENTENCE,
        title=title,
        published="2024-09-10T09:00:00Z",
        persons=("Dwayne Ortiz", "Marcus Delaney"),
    )


def test_a_follow_up_naming_two_of_its_people_joins_an_archived_event() -> None:
    _, first, later = _months_later(_sentence())
    assert later.kind == "same_event" and later.event_id == first.event_id, later.signals
    assert later.signals["dormant"] == 1.0


def test_a_report_stating_its_day_joins_an_archived_event() -> None:
    dated = make_article(
        "s3",
        DATED,
        title="Springfield grocery store adds guard after shooting",
        published="2024-09-10T09:00:00Z",
        event_date="2024-03-05",
    )
    _, first, later = _months_later(dated)
    assert later.kind == "same_event" and later.event_id == first.event_id, later.signals


@pytest.mark.parametrize(
    "later",
    [
        # Not a follow-up headline: months on, names alone are no story's next step.
        _sentence("Springfield grocery store reopens its parking lot"),
        # A follow-up naming one of its people: a chief or a mayor is in many stories.
        make_article(
            "s4",
            ONE_NAME,
            title="Springfield man sentenced to 40 years in grocery store killing",
            published="2024-09-10T09:00:00Z",
            persons=("Marcus Delaney",),
        ),
    ],
)
def test_an_archived_event_takes_no_report_without_its_day_or_two_of_its_people(
    later: dict[str, Any],
) -> None:
    _, first, decision = _months_later(later)
    assert decision.kind == "new" and decision.event_id != first.event_id


@pytest.mark.parametrize(("archive_days", "dormant_days"), [(100.0, 60.0), (730.0, 7.0)])
def test_an_event_is_deleted_past_the_archive_horizon_or_with_no_dormant_time(
    archive_days: float, dormant_days: float
) -> None:
    """Past ``archive_days``, or at once when events are forgotten as soon as idle."""
    clusterer, first, later = _months_later(_sentence(), archive_days, dormant_days)
    assert later.kind == "new"
    assert not any(first.event_id in key for key in clusterer.store)


def test_an_archived_event_survives_a_rebuild() -> None:
    clusterer, first, _ = _months_later(
        make_article("x2", "Council meets again. " * 5, published="2024-09-09")
    )
    restored = Clusterer(copy.deepcopy(dict(clusterer.store)), window_days=7.0)
    ours, theirs = clusterer.add(_sentence(), NOW), restored.add(_sentence(), NOW)
    assert ours.event_id == theirs.event_id == first.event_id
    assert ours.signals == theirs.signals


def test_only_a_crime_is_archived() -> None:
    """An event of no crime (no attack, no arrest) has no court dates to follow months on."""
    clusterer = Clusterer({}, window_days=7.0)
    first = make_article(
        "s1",
        FIRST,
        title="Man shot dead outside Springfield grocery store",
        persons=("Marcus Delaney", "Dwayne Ortiz"),
    )
    first["event_types"] = []
    event_id = clusterer.add(first, NOW).event_id
    clusterer.add(
        make_article("x1", "Council approves the budget. " * 5, published="2024-09-08T09:00:00Z"), NOW
    )
    assert not any(event_id in key for key in clusterer.store)


def _riverton(article_id: str, published: str) -> dict[str, Any]:
    """Another crime naming two people, in another town."""
    return make_article(
        article_id,
        OTHER,
        title="Woman wounded at Riverton apartment",
        published=published,
        place="Riverton",
        persons=("Carla Whitfield", "Dale Ostrander"),
    )


def test_the_oldest_archived_event_goes_first_past_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(expiry, "MAX_ARCHIVED", 1)
    clusterer = Clusterer({}, window_days=7.0)
    older = clusterer.add(_riverton("r1", "2024-02-01T10:00:00Z"), NOW)
    newer = clusterer.add(
        make_article(
            "s1",
            FIRST,
            title="Man shot dead outside Springfield grocery store",
            persons=("Marcus Delaney", "Dwayne Ortiz"),
        ),
        NOW,
    )
    clusterer.add(
        make_article("x1", "Council approves the budget. " * 5, published="2024-09-08T09:00:00Z"), NOW
    )
    events = {key for key in clusterer.store if key.startswith("e:")}
    assert event_key(newer.event_id) in events and event_key(older.event_id) not in events


def test_the_cap_drops_the_same_event_after_a_restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """An event joined after its first report leaves an earlier expiry entry behind; the
    cap still drops the event idle longest, as a restarted worker's rebuilt heap does."""
    monkeypatch.setattr(expiry, "MAX_ARCHIVED", 1)
    springfield = ("Marcus Delaney", "Dwayne Ortiz")
    first = make_article(
        "a1",
        FIRST,
        title="Man shot dead outside Springfield grocery store",
        published="2024-03-01T10:00:00Z",
        persons=springfield,
    )
    charged = make_article(
        "a2",
        SENTENCE,
        title="Suspect charged in Springfield grocery store killing",
        published="2024-03-04T10:00:00Z",
        persons=springfield,
    )
    riverton = _riverton("b1", "2024-03-02T10:00:00Z")
    filler = make_article("f1", "Council approves the budget. " * 5, published="2024-09-01T09:00:00Z")

    def kept(restart: bool) -> tuple[set[str], str, str]:
        clusterer = Clusterer({}, window_days=7.0)
        ours, _, theirs = (clusterer.add(copy.deepcopy(a), NOW) for a in (first, riverton, charged))
        if restart:
            clusterer = Clusterer(copy.deepcopy(dict(clusterer.store)), window_days=7.0)
        clusterer.add(copy.deepcopy(filler), NOW)
        return {key for key in clusterer.store if key.startswith("e:")}, ours.event_id, theirs.event_id

    events, springfield_event, joined = kept(restart=False)
    assert joined == springfield_event
    assert events == kept(restart=True)[0]
    # Springfield's last report (4 March) is newer than Riverton's (2 March): Riverton goes
    assert event_key(springfield_event) in events
    assert len([key for key in events if key != event_key(springfield_event)]) == 1  # the filler's
