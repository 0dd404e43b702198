"""When the text says everyone shot lived ("those who were shot sustained
non-life-threatening injuries", "all of the victims are expected to survive"),
a death it tells of besides is not among those shot: the shot are all hurt.
Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six people were shot outside a bar on Elm Street. Those who were shot suffered "
            "non-life-threatening injuries. Earlier that night a man was stabbed to death downtown.",
            (1, 6),
        ),
        (
            "Police said a man was killed in one shooting and four people were shot in another. "
            "All of the victims are expected to survive.",
            (1, 4),
        ),
        # only the rest lived: the dead are among those shot
        ("Four people were shot at a party; one died. The other victims are expected to survive.", (1, 3)),
        ("Four people were shot at a party and one of them died.", (1, 3)),
    ],
)
def test_all_who_were_shot_lived(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
