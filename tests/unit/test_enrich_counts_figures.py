"""Stated casualty figures and how an article's figures are chosen."""

from __future__ import annotations

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three neighbours were hit by gunfire outside the corner store.", (0, 3)),
        ("The boy was one of five people hit by bullets during the dispute.", (0, 5)),
    ],
)
def test_hit_by_gunfire_is_shot(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the shooting deputies found four victims near the pool hall; one of them died.", (1, 3)),
        ("A man was killed. Two other gunshot victims drove themselves to a clinic.", (1, 2)),
        ("Two victims of the robbery spoke about the shooting at the store.", (0, 0)),
    ],
)
def test_victims_found_are_people_shot(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunfire left one man dead and three others with serious injuries.", (1, 3)),
        ("Officers found two teens with minor wounds behind the arcade after the shooting.", (0, 2)),
    ],
)
def test_people_with_injuries_are_injured(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally across the city is other incidents once the article has a victim of its own
        (
            "A boy, 9, was shot and killed at his home on Tuesday. At least ten people were "
            "killed and 13 injured in separate shootings across the city since Monday.",
            (1, 0),
        ),
        # two incidents side by side: the article's own is among them
        (
            "One woman was killed and three others were hurt in two shootings on Friday. "
            "A woman died in the street near the corner store.",
            (1, 3),
        ),
        # a tally is all there is
        ("Twelve people were wounded in shootings across the city over the weekend.", (0, 12)),
    ],
)
def test_tallies_of_other_incidents(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a general pipeline: blasts, crashes, brawls and smoke hurt people too
        ("Three people were killed and 25 injured in the blast.", (3, 25)),
        ("Twelve people were injured in a collision on Interstate 95.", (0, 12)),
        ("Forty protesters were injured in a brawl with police.", (0, 40)),
        ("Two firefighters were treated for smoke inhalation, and 3 people were injured.", (0, 3)),
    ],
)
def test_injuries_other_than_gunshots_count(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    "tally",
    [
        "In recent weeks 40 people were wounded.",
        "In the three years ending in May, 30 children were wounded in such shootings.",
        "There were 12 such shootings last summer, with 20 people wounded.",
    ],
)
def test_tallies_over_time_are_statistics(tally: str) -> None:
    assert best(f"Police said the gunman shot three people on Friday. {tally}") == (0, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One teen critically hurt in the shooting of four outside a diner", (0, 4)),
        ("The deputy was shot 11 times in the standoff.", (0, 1)),
    ],
)
def test_the_shooting_of_a_bare_number(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cashier was grazed; he and two other customers are in stable condition.", (0, 3)),
        ("Police said she and three others had been shot. Three men were killed at the scene.", (3, 1)),
    ],
)
def test_he_and_others(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_one_of_those_sent_to_hospital_died() -> None:
    text = "Police said one of the victims of the shooting that sent four people to the hospital has died."
    assert best(text) == (1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers said Carl Stone, 64 was found dead in the kitchen.", (1, 0)),
        ("In Harris County, 3 were injured in the crossfire at the fair.", (0, 3)),
    ],
)
def test_a_number_after_a_name_is_an_age(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    "tally",
    [
        "So far in 2016, at least 40 people have been killed in the city.",
        "Between March 2011 and June 2014, nine people were killed on that road.",
    ],
)
def test_tallies_since_a_year_are_statistics(tally: str) -> None:
    assert best(f"A man was shot and killed outside the bakery on Monday. {tally}") == (1, 0)


@pytest.mark.parametrize(
    "tally",
    [
        "It follows recent ambush-style attacks on police elsewhere, where five officers died.",
        "The feud led to a series of tit-for-tat shootings that have left three people dead.",
    ],
)
def test_roundups_with_a_word_inside(tally: str) -> None:
    assert best(f"A deputy was shot and killed at a traffic stop on Friday. {tally}") == (1, 0)


def test_the_bare_verb_injure() -> None:
    text = "The gunman went on to injure at least three others before fleeing on foot."
    assert best(text) == (0, 3)


def test_a_sentence_with_only_a_condition_word_is_read() -> None:
    # "stable" alone (no casualty word) must pass the cheap first pass
    assert best("Officers found a man and a woman outside the bar. The woman is listed as stable.") == (0, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people sent to hospital told by a number alone
        ("Deputies found two men dead inside and rushed one to the hospital.", (2, 1)),
        ("Paramedics transported three to Mercy Hospital after the shooting.", (0, 3)),
        ("The blast sent a to the hospital.", (0, 0)),
    ],
)
def test_hospital_figure_without_a_noun(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
