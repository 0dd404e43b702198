"""Figures that belong to another incident than the article's own, or to no
real outcome: set aside or outranked by the article's own figures."""

from __future__ import annotations

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people were hurt when a gas line exploded. "
            "First reports said two workers had died, but that turned out to be false, officials said.",
            (0, 4),
        ),
        (
            "Three teens were shot near the arena. "
            "Police are checking whether reports that one of them died are mistaken.",
            (0, 3),
        ),
    ],
)
def test_withdrawn_toll_is_no_outcome(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_comma_after_a_bare_year_still_ends_its_clause() -> None:
    text = "Two people were injured on Friday. The driver, jailed in 2012, killed three people in the crash."
    assert best(text) == (3, 2)


@pytest.mark.parametrize(
    "tally",
    [
        "Police said 6 people were killed and 15 hurt in 14 shooting incidents reported over the holiday.",
        "Nine people were killed in more than two dozen shootings over the long weekend, police said.",
    ],
)
def test_tally_over_counted_shooting_incidents(tally: str) -> None:
    assert best(f"A woman was shot dead and her son was wounded on Pine Street. {tally}") == (1, 1)


@pytest.mark.parametrize(
    "tally",
    [
        "Across the region, eight people were shot in about nine hours.",
        "Police said four men died of gun violence within a two-hour stretch.",
    ],
)
def test_tally_over_a_span_of_hours(tally: str) -> None:
    assert best(f"Two teenagers were wounded at a bus stop on Friday night. {tally}") == (0, 2)


def test_weeks_later_in_the_sentence_still_dates_the_own_incident() -> None:
    text = "A stand collapsed on Saturday. Two fans were killed and weeks later nine are still in hospital."
    assert best(text)[0] == 2


def test_when_clause_after_a_year_is_dated_by_it() -> None:
    text = (
        "Two people were injured on the trail on Sunday. "
        "The trail was closed in spring 2019, when a landslide killed four climbers."
    )
    assert best(text) == (0, 2)


def test_stressed_recency_points_to_another_incident() -> None:
    text = (
        "Four men were wounded outside a bar on Friday. "
        "Neighbors said a woman was shot and killed at the same corner just last week."
    )
    assert best(text) == (0, 4)


def test_plain_last_week_still_dates_the_own_incident() -> None:
    text = "Police have arrested a man in the shooting last week that killed two people and wounded five."
    assert best(text) == (2, 5)


def test_just_days_before_dates_the_own_victim() -> None:
    text = "Two men were wounded in the shooting. A third had turned 18 just two days before he was killed."
    assert best(text)[0] == 1


def test_came_as_a_shock_is_no_other_incident() -> None:
    text = "Two people were hurt in the crash. It came as a shock to the families of the three men killed."
    assert best(text) == (3, 2)


def test_follow_up_coming_after_the_incident_keeps_its_toll() -> None:
    text = (
        "Police said two officers were hurt during the raid. "
        "The arrest came a day after a gunman killed four people at the mall."
    )
    assert best(text) == (4, 2)


@pytest.mark.parametrize(
    "aside", ["She could've died, her brother said.", "He would have lost his life without the vest."]
)
def test_death_that_might_have_been_is_no_toll(aside: str) -> None:
    assert best(f"Four guards were wounded at the gate. {aside}") == (0, 4)


def test_may_have_died_still_tells_of_a_death() -> None:
    assert best("The man may have died hours before he was found.")[0] == 1
