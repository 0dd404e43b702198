"""A dated lead that tells the article's own toll tells its own incident (a
court report's). Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's dead are the two the article states: its wounded are the article's
        (
            "Three men were charged after a shootout killed two teens and wounded four others last summer. "
            "Two teens were shot dead at the party, police said.",
            (2, 4),
        ),
        # another shooting past the lead, however many died
        (
            "Two men were shot dead Friday on Elm Street. "
            "Last year, two people were killed and three wounded in a shooting nearby.",
            (2, 0),
        ),
        # a single death is too common to match by chance
        (
            "A man was charged after a shootout killed one teen and wounded four others last summer. "
            "One teen was shot dead at the party, police said.",
            (1, 0),
        ),
    ],
)
def test_same_toll_dated(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
