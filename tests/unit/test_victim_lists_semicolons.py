"""A list whose members hold commas of their own (a name, an age) is split by
semicolons, as agency style writes it: each member is one person, or its own
number. Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Investigators said he killed his 8-year-old son, Leo Hart; his wife, Nina Hart, 36; "
            "and a neighbor, Carl Dunn.",
            (3, 0),
        ),
        ("The crash killed two students, Amy Roe and Jill Fox; a teacher, Sam Oaks; and the driver.", (4, 0)),
        ("The gunman shot Dora Lind, 52; her son, Matt, 19; and a delivery driver, police said.", (0, 3)),
        # clauses of their own between semicolons are no list
        ("The fire killed a man; a woman, Ann Lee, escaped; and two dogs died.", (1, 0)),
    ],
)
def test_semicolon_lists(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
