"""The perpetrator among the casualties: counted once, never twice.

Gun-violence tallies count a killer who dies (at his own hand or at police
hands) and a wounded shooter; news tolls of a rampage often leave him out.
"""

from __future__ import annotations

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three clerks were killed by a man at the mill before he was shot and killed by deputies.", (4, 0)),
        ("Robber kills 1 at a pawn shop before he is fatally shot", (2, 0)),
        ("The inmate killed two guards and wounded two nurses before he was shot dead by troopers.", (3, 2)),
        ("4 Slain At Lakeside Farm; Suspect Dead", (5, 0)),
        ("Officials put the death toll at six plus the gunman.", (7, 0)),
        ("Three campers were killed and the gunman was shot and killed by rangers.", (4, 0)),
    ],
)
def test_a_killer_killed_by_others_joins_the_stated_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people are dead, including the gunman, the sheriff said.", (4, 0)),
        ("A man is dead after deputies shot and killed the suspect.", (1, 0)),
        ("Deputies wounded, suspect killed: 2 killed at the depot", (2, 0)),
        ("Three workers were killed, including the gunman, who shot himself.", (3, 0)),
    ],
)
def test_a_toll_that_may_hold_the_killer_is_left_alone(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troopers are looking into a double murder-suicide at the ranch", (3, 0)),
        ("Sheriff names 3 adults in quadruple murder, suicide", (5, 0)),
        ("A farmer shot and killed a neighbor at the fence before turning the gun on himself.", (2, 0)),
        ("A man wounded his son and killed his wife before turning the gun on himself.", (2, 1)),
        ("A woman killed her brother, then took her own life.", (2, 0)),
        ("Three workers were killed as well as the gunman, who shot himself.", (4, 0)),
        ("A clerk died after shooting himself in the storeroom.", (1, 0)),
    ],
)
def test_a_suicide_after_the_killing_adds_the_killer(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rancher sought after slaying wife and two daughters", (3, 0)),
        ("Police: Man kills wife and two sons", (3, 0)),
        ("After the two daughters and an unborn baby were killed, the house burned.", (2, 0)),
        ("Police: Man kills wife and kids", (1, 0)),
    ],
)
def test_a_killer_s_victims_listed_as_headlines_write_them(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troopers kill gunman after highway rampage wounds two", (1, 2)),
        ("Deputies killed the armed intruder in the kitchen.", (1, 0)),
        ("Police arrest killing suspect near the bus depot", (0, 0)),
    ],
)
def test_a_killer_killed_by_police_is_one_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moreno and two other people are in stable condition.", (0, 3)),
        ("7-year-old and three adults shot at a block party", (0, 4)),
        ("Police and two other officers were injured.", (0, 2)),
    ],
)
def test_a_named_or_aged_person_beside_a_figure_is_one_more(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two guards and the gunman are dead after the jailbreak.", (3, 0)),
        ("3 clerks, shooter dead in warehouse rampage", (4, 0)),
        ("Three people, including the gunman, were killed.", (3, 0)),
    ],
)
def test_a_killer_named_beside_the_dead_is_one_more(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"There is too much shooting and killing going on here," a neighbor said.', (0, 0)),
        ("The clerk is accused of shooting and killing a customer.", (1, 0)),
    ],
)
def test_shooting_and_killing_as_nouns_is_no_death(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bullet missed his heart; he could've died, the surgeon said.", (0, 0)),
        ("She might have been killed if the door had not stopped the bullet.", (0, 0)),
        ("The clerk was shot and killed behind the counter.", (1, 0)),
    ],
)
def test_a_death_that_might_have_been_is_no_death(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Early reports said a guard had died, but that turned out to be wrong, the chief said.", (0, 0)),
        ("Six people were wounded; initial reports of a death were incorrect.", (0, 6)),
        ("Despite earlier reports that the girl had died, police said she was alive.", (0, 0)),
        ("Despite early reports, two people were killed.", (2, 0)),
    ],
)
def test_a_report_the_sentence_takes_back_is_no_count(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"This one hurt, a lot," the coach said of the loss.', (0, 0)),
        ("One was killed and one hurt.", (1, 1)),
    ],
)
def test_a_pronoun_one_is_no_head_count(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
