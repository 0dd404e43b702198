"""A lead's "at least N" toll is not replaced by a smaller exact group told later; a time
after a figure is no group of people."""

from __future__ import annotations

import pytest

from streams.enrich import best_value, enrich
from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An earthquake struck the region on Monday, killing at least 50 people. "
            "Three children were killed when a school wall collapsed.",
            (50, 0),
        ),
        ("At least four people died in the storm. A man was killed by a falling tree on Monday.", (4, 0)),
        (
            "A fire swept through the market, killing about 20 people. "
            "Two firefighters were killed when the roof fell.",
            (20, 0),
        ),
        ("At least 12 people were injured in the blast. Two men were injured critically.", (0, 12)),
        (
            "Airstrikes killed at least 35 people overnight, the health ministry said. "
            "Separately, two soldiers were killed by gunfire in the north.",
            (35, 0),
        ),
    ],
)
def test_the_lead_bound_is_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exact figure larger than the bound stays the toll
        ("At least one person was killed in the crash. Police said two people were killed.", (2, 0)),
        # a bound the figure's own sentence sets it against: a war's toll, a month's
        (
            "An attack on the camp killed 12 people on Friday, in a war that has killed at least "
            "150,000 people, aid groups say.",
            (12, 0),
        ),
        (
            "Lightning killed 3 people in the state on Friday. Lightning struck a school and killed "
            "a girl, the latest of at least 25 people killed by lightning this month.",
            (3, 0),
        ),
        # a bound of words is vaguer than a later count
        (
            "Hundreds of people were hurt in clashes between rival fans, the fire department said. "
            "It said 148 people were treated at hospitals.",
            (0, 148),
        ),
        # a later sentence's bound (a monthly toll) does not replace the article's own figure
        (
            "Two teenagers were shot dead on Saturday. "
            "At least 80 people were killed in the city in November alone.",
            (2, 0),
        ),
    ],
)
def test_what_the_lead_bound_leaves_alone(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_time_after_a_figure_is_no_group_of_people() -> None:
    assert best("An explosion injured 12 hours after police received a warning call.") == (0, 0)
    assert best("The blast killed 4 Afghan police officers.") == (4, 0)


def test_a_number_outranks_a_word_of_many() -> None:
    """A headline's "Dozens died" is vaguer than the body's "at least 117"."""
    record = enrich(
        {
            "article_id": "floods",
            "title": "Dozens of people died in floods",
            "text": "Dozens of people died after floods in the hill town, officials said. "
            "At least 117 deaths have been confirmed.",
            "published": "2024-05-01",
        },
        "fast",
    )
    assert best_value(record["counts"], "killed") == 117


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people joined to a verb's object only where its group ends, not other people's fate
        ("Heavy rains killed 12 people and 3,000 people displaced in the region.", (12, 0)),
        ("An earthquake killed 4 people and 300 people lost power.", (4, 0)),
        ("The blast killed 8 students and a teacher, police said.", (9, 0)),
        ("Gunmen killed 3 soldiers and 2 civilians in the north on Friday.", (5, 0)),
        # a road is named with a capital; a lower-case route is the way along
        ("Along the route 12 people were hurt, three of them gored.", (0, 12)),
        ("A crash on Interstate 80 killed three people on Sunday.", (3, 0)),
        # a season last year sets an incident apart, as "last year" does
        (
            "Two swimmers were hurt off the pier on Sunday. Last summer, 3 people drowned at the same beach.",
            (0, 2),
        ),
    ],
)
def test_second_reader_cases(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_list_ending_in_a_clause_without_its_verb() -> None:
    text = "An explosion at a fireworks factory killed six workers and 30 others injured, police said."
    assert best(text) == (6, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office before a name is no attacker: the toll stays the victims'
        (
            "Five students were killed when a former student opened fire at the school in 2018. "
            "The principal, Tom Hale, later killed himself.",
            (5, 0),
        ),
        (
            "Five students were killed when a former student opened fire at the school. "
            "The gunman, Tom Hale, later killed himself.",
            (6, 0),
        ),
    ],
)
def test_who_the_attacker_is(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
