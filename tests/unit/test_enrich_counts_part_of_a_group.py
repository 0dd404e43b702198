"""A figure that counts a part of a larger group: "Two of the 40 people
attending the party were shot" is two shot, not forty; "none of the 12" is
none. The group's own figure stays when the verb tells of the group ("one of
the three people shot has died": three were shot). Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the 40 people attending the party were shot. Both survived.", (0, 2)),
        ("Three of the 20 fans returning from the match were injured.", (0, 3)),
        ("None of the 12 people sitting inside were hurt.", (0, 0)),
        ("Two of the 40 people were shot.", (0, 2)),
        # the group's figure, where the verb is the part's
        ("One of the three people shot has died.", (1, 2)),
        ("Four of the five people killed were children.", (5, 0)),
        ("Six soldiers returning from patrol were wounded.", (0, 6)),
    ],
)
def test_part_of_a_group(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # "dead" ends the headline's clause: the part died
        ("Three of seven climbers found dead after rockfall", 3),
        ("Two of five sailors dead as boat capsizes", 2),
        # a verb follows: the group's figure, the part its subject
        ("Two of five sailors found dead were brothers", 5),
    ],
)
def test_part_found_dead_in_a_headline(headline: str, expected: int) -> None:
    killed, _ = best(headline)
    assert killed == expected
