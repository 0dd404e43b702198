"""The hurt told one by one with no figure ("a deputy was shot ... a civilian
was also shot") are counted; a person retold, or told beside no wound, is
not counted twice. Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A deputy was shot in the arm. A civilian was also shot but is expected to recover.",
            (0, 2),
        ),
        (
            "A 5-year-old boy was wounded in the gunfire. A 30-year-old woman also suffered a gunshot wound.",
            (0, 2),
        ),
        ("A driver was injured in the crash. The passenger was also hurt.", (0, 2)),
        ("A man was injured in the explosion. His son was also hurt.", (0, 2)),
    ],
)
def test_hurt_told_one_by_one(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman was hurt in the storm. The woman was also treated for shock.", (0, 1)),
        ("A man was killed in the crash. A woman was also injured.", (1, 1)),
        ("A boy was injured when he fell from the slide. His mother was also at the park.", (0, 1)),
        ("A teen was hurt in the fall. Last year a girl was also injured on the same ride.", (0, 1)),
        ("A player was injured in the first half. The coach was also ejected.", (0, 1)),
    ],
)
def test_one_person_retold_or_unhurt(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
