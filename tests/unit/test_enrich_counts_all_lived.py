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
        # the wounded lived by definition; a span telling a death is no "all lived"
        ("Five people were shot, two fatally. All of the wounded are expected to survive.", (2, 3)),
        ("Five people were shot, two fatally. Those who were wounded are expected to survive.", (2, 3)),
        (
            "Five people were shot. All of the victims were taken to a hospital, where one later "
            "died and four survived.",
            (1, 4),
        ),
        # the singular "everyone who was shot" is read
        (
            "Five people were shot at a party. A man was stabbed to death nearby. Everyone who was "
            "shot is expected to survive, police said.",
            (1, 5),
        ),
    ],
)
def test_all_who_were_shot_lived(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
