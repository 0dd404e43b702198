"""Figures told past an aside ("four men leaving a wake were shot"), victims
listed with an age in months or a shooter who shot himself, and two shootings
joined by "then"; with the general news the same words must not misread.
Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the people were doing, between their number and their fate
        ("Four men leaving a wake for a friend were shot, one fatally.", (1, 3)),
        ("Six soldiers returning from patrol were wounded by a roadside bomb.", (0, 6)),
        ("Two women waiting for a bus were killed when a truck hit the shelter.", (2, 0)),
        ("Three fans leaving the stadium were hurt when a railing gave way.", (0, 3)),
        # never a clause of its own, nor a verb of the people themselves
        ("Two men leaving a bar where a woman was killed were arrested.", (1, 0)),
        ("Three men leaving the club shot a bouncer.", (0, 0)),
        ("Four students attending the rally were arrested by police.", (0, 0)),
        ("Three workers sitting on the roof were rescued after the storm.", (0, 0)),
    ],
)
def test_aside_before_the_verb(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age in months opens a member; "baby boy" is one member
        ("The fire killed a woman and 3-month-old son.", (2, 0)),
        ("A man and 8-month-old girl were injured in the crash.", (0, 2)),
        ("The storm injured a woman and baby boy in Ohio.", (0, 2)),
        ("A man killed his wife and baby son before shooting himself.", (3, 0)),
        # the shooter who shot himself was shot too
        ("A man shot his wife and teenage son before turning the gun on himself.", (0, 3)),
        ("A man shot his wife and 6-month old baby girl before shooting himself.", (0, 3)),
        # no victims
        ("She had a husband and 2-month-old son at home.", (0, 0)),
        ("She was survived by a husband and baby girl.", (0, 0)),
        ("A gunman shot a clerk and a customer before fleeing.", (0, 2)),
    ],
)
def test_listed_victims(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police killed a man who had just shot his girlfriend, then wounded a deputy who fired back.",
            (1, 2),
        ),
        ("Police said the man shot his girlfriend, then shot himself.", (0, 2)),
        # the same person again, things, or a death after them that may be one of them
        ("The man shot a clerk, then shot the clerk again as she fell.", (0, 1)),
        ("The driver struck a pedestrian, then hit a parked car.", (0, 0)),
        ("The striker shot a ball, then shot another ball at the goal.", (0, 0)),
        ("He shot a man, then fled in a car.", (0, 1)),
        ("The suspect shot his wife, then wounded her son; she died at the hospital.", (1, 1)),
    ],
)
def test_shootings_joined_by_then(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
