"""Victims who died counted once: among the dead, not also among the hurt."""

from __future__ import annotations

import pytest

from streams.enrich.count_selection import finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.sentences import split_sentences
from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people were injured in the blast at the depot. One of the men later died.", (1, 3)),
        ("Twelve passengers were injured when the ferry capsized, two of whom later died.", (2, 10)),
        ("Five people were wounded in the attack. Two of the victims died at the hospital.", (2, 3)),
        ("Six workers were hurt when the scaffold fell. One of the injured has since died.", (1, 5)),
    ],
)
def test_dead_among_the_hurt_leave_the_injured_figure(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the living are told apart from the dead already
        (
            "Three people were shot near the park. One of them died. Two others are in stable condition.",
            (1, 2),
        ),
        # a group bigger than the hurt is another story
        ("Two men were hurt in the crash. Five of the officers in that unit died years ago.", (0, 2)),
        # "one dead, four injured" already leaves the dead out
        ("One person died and four were injured in the fire. One of the victims died at the scene.", (1, 4)),
    ],
)
def test_dead_among_the_hurt_only_when_counted_with_them(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three climbers were flown to hospitals with grave injuries. The three died overnight.", (3, 0)),
        ("Two men were wounded when the wall collapsed. Both men later died.", (2, 0)),
    ],
)
def test_whole_group_of_hurt_died(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "also" deaths are no addition to a lone one: other incidents, pets, obituaries
        ("A man died after being struck by a train. Another man was also killed by a train.", (1, 0)),
        ("A woman died in the fire. Her dog was also killed.", (1, 0)),
        ("Former senator John Doe died on Monday at 88. His brother also died in the pandemic.", (1, 0)),
        # a stated toll of several already counts the victims named one by one
        (
            "Two people died in the crash. The driver was killed at once. His passenger was also killed.",
            (2, 0),
        ),
        # an indefinite event is another incident
        (
            "A man died Saturday after the crash on Elm Street. A cyclist was also killed in a collision.",
            (1, 0),
        ),
        # the same death told beside another deed
        (
            "A woman was found dead at home. Her son had robbed a store and had also shot and killed her.",
            (1, 0),
        ),
    ],
)
def test_a_death_told_apart_is_no_addition_to_a_lone_death(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        (
            "Four people were hurt. One of the four, a woman whose husband died in a crash, "
            "is in critical condition.",
            4,
        ),
        (
            "Twelve people were injured in the blast. Two of the victims, whose parents died "
            "earlier, remain in hospital.",
            12,
        ),
    ],
)
def test_a_death_in_a_relative_clause_is_none_among_the_hurt(text: str, hurt: int) -> None:
    assert best(text)[1] == hurt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were hospitalized after the rockfall. One victim has since died.", (1, 2)),
        # told beside the hurt, the dead one was never counted with them
        ("Three people were injured and one victim was pronounced dead at the plant.", (1, 3)),
    ],
)
def test_a_victim_who_has_died_was_among_the_hurt(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were wounded in the blast. Of the five people wounded, two have since died.", (2, 3)),
    ],
)
def test_dead_told_as_a_share_of_the_hurt(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was killed and four people were hurt in the blast. One of the injured later died.", (2, 3)),
        ("Two people were killed and five wounded in the blast. Two of them have since died.", (4, 3)),
        # "one of the victims" may be one of the dead told beside the hurt
        ("Two people were killed and five wounded in the blast. One of the victims later died.", (2, 5)),
    ],
)
def test_hurt_who_later_died_join_the_dead_told_beside_them(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_figure_after_the_death_counts_the_living() -> None:
    text = (
        "Four people were wounded in the attack. One of the four was pronounced dead at the scene; "
        "the other three were taken to a hospital."
    )
    found = finalize_counts(extract_counts(split_sentences(text)))
    assert sorted(c["value"] for c in found if c["kind"] == "injured") == [3]
