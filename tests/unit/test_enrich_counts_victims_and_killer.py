"""A toll of the killer's victims ("a third victim", "five servicemen") never
counts the killer: his death after the attack, by his own hand or at the hands
of the police, is one more. Tolls that may count him ("four dead", "five
people") and deaths of other people or times stay apart. Texts in our own
words, with the general-news phrasings the rule must leave alone."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal victim and the gunman's suicide told apart
        (
            "A third victim has died after the rampage at the warehouse. "
            "Afterward, Miller drove home and killed himself, deputies said.",
            (4, 0),
        ),
        ("Five victims were killed in the rampage. The gunman later killed himself.", (6, 0)),
        # a toll named by the victims' group, and the suspect killed by the police
        (
            "The attack killed four U.S. sailors. "
            "The suspect, a local man, was killed in a gunfight with police.",
            (5, 0),
        ),
        ("Two officers were killed in the ambush. The suspect was later shot dead by police.", (3, 0)),
        (
            "Three students were killed at the school. "
            "The gunman was fatally shot by a school resource officer.",
            (4, 0),
        ),
    ],
)
def test_the_killer_is_one_more_besides_his_victims(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll that may count the killer, or that says it does
        ("Three people were killed in the shooting. The gunman was killed by police.", (3, 0)),
        (
            "Five dead in murder-suicide. Three children were among the victims. "
            "The father then killed himself.",
            (5, 0),
        ),
        # someone else's suicide, or one long after, in jail or another year
        ("The storm killed four children in the county. A man later killed himself.", (4, 0)),
        ("Two victims died in the blaze. Afterward, a tenant later killed himself, a neighbor said.", (2, 0)),
        (
            "Six victims died in the fire. The arsonist later killed himself in jail, years after the blaze.",
            (6, 0),
        ),
        ("Two victims died in the bombing. She said her son later took his own life in 2015.", (2, 0)),
        ("The flood claimed four victims. Afterwards, the dam operator killed himself.", (4, 0)),
        # not by the police who ended the attack; not the attacker at all
        (
            "Rebels killed 12 soldiers in the raid. "
            "The attacker was later killed in an airstrike, the army said.",
            (12, 0),
        ),
        ("Two children died in the fire. The suspect was killed in a crash while fleeing police.", (2, 0)),
        (
            "Two officers were killed in the ambush. The gunman opened fire and a bystander was killed.",
            (2, 0),
        ),
        ("The crash killed three passengers. The pilot was killed as well.", (3, 0)),
    ],
)
def test_other_deaths_stay_apart(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
