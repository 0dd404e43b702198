"""Count rules written for gun-violence news must not misfire on other news
(storms, blasts, riots, obituaries) or on phrasings that only look alike.
Sentences from the second reader's review, in our own words."""

import pytest

from streams.enrich import best_value, enrich


def _counts(text: str) -> tuple[int, int]:
    counts = enrich({"article_id": "g", "text": text}, "fast")["counts"]
    return best_value(counts, "killed"), best_value(counts, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place, a weekday or a month before ", N" is no name with an age
        ("In Houston, 12 were injured in the storm.", (0, 12)),
        ("On Sunday, 5 were killed in the attack.", (5, 0)),
        ("Across Baghdad, 40 were killed in bombings.", (40, 0)),
        # comparing with past years is no statistic of other incidents
        ("Two people were killed Sunday in the worst shooting the town has seen in recent years.", (2, 0)),
        ("Four people were killed in the attack, the deadliest so far in 2017.", (4, 0)),
        ("Two men were killed and four injured at a bar; police said such shootings are rare here.", (2, 4)),
        # a riot's toll across the city is the article's own
        ("A man was shot dead in the riots. Police said 40 people were injured across the city.", (1, 40)),
        # intent is no outcome; rounds and films are no people
        ("The protesters tried to injure two officers with rocks.", (0, 0)),
        ("Police said the shooting of 30 rounds into the home woke neighbors.", (0, 0)),
        # a condition needs a person
        ("Two people were killed. The situation is listed as stable, police said.", (2, 0)),
        ("Three people died in the flood. The town is still recovering.", (3, 0)),
        # one person's roles
        ("The crash killed a father, husband and son, his family said.", (1, 0)),
        # but relatives listed after "his" are several people
        ("The sheriff said Lee shot and killed his mother, stepfather, and grandmother on Saturday.", (3, 0)),
    ],
)
def test_general_news(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative with an object is the one who acts
        ("His father wounded a deer on the hunting trip.", (0, 0)),
        ("A man was killed and his father wounded in the shooting.", (1, 1)),
        # "they" in another clause is not the survivor's subject
        ("When officers arrived they found the victim, who is in stable condition.", (0, 1)),
        ("They are in stable condition, police said.", (0, 2)),
    ],
)
def test_who_is_hurt(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected
