"""The hurt told with whose word their harm is, and the shot set apart from a
wider figure of the hurt. Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "what police say are" between the verb and the wound
        ("Two men suffered what police described as non-life-threatening injuries.", (0, 2)),
        ("Three people sustained what police called minor injuries.", (0, 3)),
        ("Three people suffered what officials said were serious injuries in the crash.", (0, 3)),
        (
            "Two boys died. Four other boys, ages 12 to 15, sustained what police say are minor injuries.",
            (2, 4),
        ),
        # no wound after the aside: no count
        ("Two men suffered what police say was a surprise.", (0, 0)),
    ],
)
def test_hurt_as_someone_describes_them(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man died and nine others were wounded in a shooting at a warehouse party. "
            "Nine other people were injured and taken to hospitals, "
            "including seven who had suffered gunshot wounds.",
            (1, 7),
        ),
        (
            "Police are reviewing video of the drive-by shooting that injured five people on Friday. "
            "Of those hurt - three from gunshots and two from flying glass - none was badly hurt.",
            (0, 3),
        ),
        # a lead without gunfire keeps the wider figure: a riot's hurt
        ("Thirty people were injured in the riot, including two with gunshot wounds.", (0, 30)),
        # the others' harm named otherwise: no share of the shot
        (
            "A gunman opened fire at a mall. Twelve were hurt, including three who had cuts from glass.",
            (0, 12),
        ),
    ],
)
def test_shot_among_the_hurt(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
