"""Everyday phrasings of casualty reports that a third reader found misread:
the perfect of dying, a relative clause of the dead among those hit. Sentences
in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "had died", "have died": the figure, not one death
        ("Officials said 12 people had died in the warehouse fire.", (12, 0)),
        ("Three people have died after a shooting at a park on Sunday.", (3, 0)),
        ("Both victims have since died, police said.", (2, 0)),
        # the dead among those hit: the rest survived
        ("Six people were struck by gunfire, including two who died.", (2, 4)),
        # a date before "has died" is no figure; a season's tally is not this avalanche's
        ("One of four people shot outside a bar on March 14 has died.", (1, 3)),
        (
            "A skier was killed in an avalanche on Sunday. Nine people have died in avalanches in "
            "the state this season.",
            (1, 0),
        ),
    ],
)
def test_perfect_of_dying_keeps_its_figure(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacker's death is not one of the people he shot
        ("Three deputies were shot and the suspect was killed during the standoff.", (1, 3)),
        ("Two guards were shot Monday, and police shot and killed the gunman.", (1, 2)),
        ("Two deputies shot, suspect killed in county standoff", (0, 2)),
        # unless the figure counts him
        ("Three people, including the suspect, were shot, and the suspect was killed.", (1, 2)),
    ],
)
def test_attacker_killed_apart_from_those_he_shot(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two pickups collided on the county road. Neither driver was injured.",
        "A bus and a van collided on Elm Street. Neither of the drivers was hurt.",
        "Bus slides off icy road: 'No one hurt'",
    ],
)
def test_neither_and_quoted_no_one_deny_the_harm(text: str) -> None:
    assert best(text) == (0, 0)


def test_neither_seriously_hurt_denies_no_harm() -> None:
    assert best("Two men standing outside were hit by gunfire. Neither was seriously hurt.") != (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounding verb's own object is someone besides those the killing took
        ("The gunfire killed two brothers and wounded a neighbor.", (2, 1)),
        ("The gunman killed four people and injured a 9-year-old girl.", (4, 1)),
    ],
)
def test_wounded_object_besides_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll told with what caused it, or in a headline's present tense
        ("The death toll from the warehouse explosion rose to 23 on Monday.", (23, 0)),
        ("Death toll reaches 41 after mudslides in the hills", (41, 0)),
    ],
)
def test_death_toll_told_at_length(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A mother of three was shot and killed outside her home on Tuesday.",
        "Police said a grandfather of 10 died after he was shot and killed during a robbery.",
        # a headline names the one victim by the children
        "Father of 4 killed in shooting outside store",
        "Mother of three killed in crash",
    ],
)
def test_children_of_the_dead_are_no_figure(text: str) -> None:
    assert best(text) == (1, 0)


def test_a_headline_parent_of_children_wounded_is_one_hurt() -> None:
    assert best("Grandmother of five wounded in drive-by") == (0, 1)


def test_decimal_before_a_scale_word_multiplies_it() -> None:
    assert best("Nearly 3.5 million people were injured in road crashes across the region.") == (0, 3_500_000)
