"""A killing's objects listed by role ("killing the pilot and two
passengers"); roles are not read in a subject list, which may name a
murder-suicide's killer. Texts in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A plane crashed near Nome, killing the pilot and two passengers.", (3, 0)),
        ("The helicopter crash killed the pilot and a nurse.", (2, 0)),
        ("The blast killed a soldier and two civilians.", (3, 0)),
        ("The strike killed a journalist and a photographer.", (2, 0)),
        ("The gunman shot a nurse and a doctor before fleeing.", (0, 2)),
        # no killing, or roles without a figure: left alone
        ("The company hired a pilot and two engineers.", (0, 0)),
        ("He thanked the doctors and nurses who treated him.", (0, 0)),
        ("An Army soldier and his daughter were found dead in an apparent murder-suicide.", (2, 0)),
    ],
)
def test_roles_as_a_killings_objects(text: str, want: tuple[int, int]) -> None:
    assert best(text) == want
