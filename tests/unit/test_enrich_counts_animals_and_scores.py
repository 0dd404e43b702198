"""No victim in an animal's death ("two horses were killed") nor in a
player's shooting ("shot 40 percent from the field"). Texts in our own words,
with the people's deaths and wounds the rules must keep."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two horses were killed at the track.", (0, 0)),
        ("A deer was killed on the highway.", (0, 0)),
        ("Thousands of cattle died in the drought.", (0, 0)),
        ("Two horses were killed and their rider was hurt.", (0, 1)),
        ("The guard shot 40 percent from the field in the loss.", (0, 0)),
        ("Smith shot 7-of-12 from three-point range.", (0, 0)),
        ("The rookie shot a 68 on Sunday to take the lead.", (0, 0)),
        ("The student shot 85 percent on the exam.", (0, 0)),
        # people, kept
        ("A man and his dog were killed in the fire.", (1, 0)),
        ("A man and a dog were killed when the house burned.", (1, 0)),
        ("A woman and her three dogs died in the house fire.", (1, 0)),
        ("The deer hunter was killed when his rifle discharged.", (1, 0)),
        ("A driver was killed when his car hit a deer.", (1, 0)),
        ("The guard was shot 3 times in the chest.", (0, 1)),
        # a distance or a time after "shot" is no round's score
        ("The teen was shot 15 feet from the school gate.", (0, 1)),
        ("He was shot 30 minutes later, police said.", (0, 1)),
        ("McIlroy shot 66 in the final round.", (0, 0)),
        ("He shot 71.", (0, 0)),
    ],
)
def test_animals_and_scores(text: str, want: tuple[int, int]) -> None:
    assert best(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Celtics were without injured guard Jrue Holiday.", (0, 0)),
        ("The team, minus injured player Tom Lee, won easily.", (0, 0)),
        # a wound inflicted, kept
        ("The gunman injured a woman and fled.", (0, 1)),
        ("Police said the attacker wounded a guard without warning.", (0, 1)),
    ],
)
def test_a_team_without_a_hurt_player(text: str, want: tuple[int, int]) -> None:
    assert best(text) == want
