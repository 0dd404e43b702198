"""A figure of the hurt in some condition told beside a larger figure of the
hurt in its sentence is part of it, in any kind of news. Sentences in our
own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police say at least two men were shot at the bar; one person is in critical condition.", (0, 2)),
        ("At least 20 people were hurt in the storm, and four are in critical condition.", (0, 20)),
        ("More than 30 people were injured in the blast; two remain in serious condition.", (0, 30)),
        ("One person is in critical condition after a crash that injured at least four.", (0, 4)),
        # unchanged: the larger figure already wins, or the figures are apart
        ("Five people were injured, and one person remains in critical condition.", (0, 5)),
        ("Two people were killed and one person is in critical condition after the crash.", (2, 1)),
        ("The storm damaged at least 40 homes; one resident is in critical condition.", (0, 1)),
    ],
)
def test_condition_figure_is_part_of_the_hurt(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
