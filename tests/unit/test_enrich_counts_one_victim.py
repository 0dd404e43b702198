"""The one victim first told hurt, then dead, is no one hurt; a hurt person
beside someone else who died stays hurt, in any kind of news. Sentences in
our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt victim told again ("the girl", "he") as the one who died
        (
            "A 4-year-old girl remains in critical condition after a stray bullet hit her. "
            "Later on Tuesday police confirmed the girl had passed away.",
            (1, 0),
        ),
        ("A man is in critical condition after the shooting. Police said he has since died.", (1, 0)),
        (
            "A teenager is in critical condition after being shot at a mall. "
            "Police now say the teen has died from his wounds.",
            (1, 0),
        ),
    ],
)
def test_one_victim_hurt_then_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague "person" hurt and a named other who died
        ("One person was hospitalized after the storm. The man who was swept away has since died.", (1, 1)),
        # someone else, told by another noun or by a name, died
        ("A woman was injured when the roof collapsed. Her husband, 80, succumbed to his injuries.", (1, 1)),
        ("A passenger was hurt in the crash. The driver was taken to the hospital, where he died.", (1, 1)),
        ("One miner was injured in the collapse. The mine's owner, who suffered a stroke, has died.", (1, 1)),
        ("A guard was hurt in the riot. Officials said an inmate was beaten and he later died.", (1, 1)),
        ("One officer was injured in the chase. Police said Jones crashed and he later died.", (1, 1)),
        # a second person, or a death told beside the hurt
        ("A worker was injured in the explosion. A second worker later died at the hospital.", (1, 1)),
        ("A boy was hurt in a fall. His father, who had a stroke, later died in the hospital.", (1, 1)),
    ],
)
def test_someone_else_died(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
