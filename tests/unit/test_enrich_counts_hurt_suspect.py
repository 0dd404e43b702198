"""A suspect told hurt apart from a stated figure of the victims is one more
hurt; a figure that may count the suspect, or a state that is a victim's,
adds no one. Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One deputy was killed and another injured. The suspect remained in critical condition.",
            (1, 2),
        ),
        (
            "Three people were killed and a child was hurt. Officers found a suspect with a gunshot wound.",
            (3, 2),
        ),
    ],
)
def test_hurt_suspect_besides_the_victims(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state is a victim's
        ("Two people were injured. The suspect shot a man, who is in critical condition.", (0, 2)),
        ("A man was stabbed Friday. The suspect is in custody; the victim is in serious condition.", (0, 1)),
        ("A suspect shot and wounded two people, who are in stable condition.", (0, 2)),
        (
            "Five were hurt in the crash. The suspect's mother was hospitalized in stable condition.",
            (0, 5),
        ),
        # the figure counts the suspect
        ("Two people were hurt, including the suspect, who is in stable condition.", (0, 2)),
        (
            "Two men were shot in an exchange of gunfire. The suspect is in stable condition.",
            (0, 2),
        ),
        (
            "Two were wounded in a shootout with deputies. The gunman remains in critical condition.",
            (0, 2),
        ),
        # a suspect killed, or one not hurt
        (
            "The suspect was shot and killed by police. A bystander is in stable condition.",
            (1, 1),
        ),
        ("Two officers were injured. The suspect was taken into custody.", (0, 2)),
    ],
)
def test_no_hurt_suspect_added(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
