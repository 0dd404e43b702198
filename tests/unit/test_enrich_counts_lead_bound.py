"""A lead's "at least N" toll is not replaced by a smaller exact group told later; a time
after a figure is no group of people."""

from __future__ import annotations

import pytest

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
