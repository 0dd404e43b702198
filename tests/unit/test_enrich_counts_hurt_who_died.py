"""The hurt whom the article later tells dead are no one hurt: a headline's
"Teen shot" is the "one person in the hospital" whom "the teen has died"
retells, and "Both later died" takes the two just told hurt, however their
sentence was counted. Other people who died, or a group told otherwise, stay
apart, in any kind of news. Sentences in our own words."""

import pytest

from streams.enrich import best_value, enrich
from tests.unit.fixtures.counts import best


def _titled(title: str, text: str) -> tuple[int, int]:
    counts = enrich({"article_id": "t", "title": title, "text": text}, "fast")["counts"]
    return best_value(counts, "killed"), best_value(counts, "injured")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the headline names the kind of person the body calls "one person"
        (
            "Teen shot in parking lot",
            "One person is in the hospital after being shot at a store. Police now say the teen has died.",
            (1, 0),
        ),
        ("Woman hurt in crash", "One person was injured in the crash. The woman has since died.", (1, 0)),
        # someone else died
        (
            "Driver hurt in crash, passenger killed",
            "One person was hospitalized after the crash. The passenger died at the scene.",
            (1, 1),
        ),
        (
            "Woman hurt in crash",
            "One person was injured in the crash. The man who was driving has since died.",
            (1, 1),
        ),
        (
            "Woman injured in fire",
            "One person was injured in the house fire. Her husband has since died.",
            (1, 1),
        ),
        (
            "Man hurt in explosion",
            "One person was injured in the blast. Police said a man had died in a separate fire.",
            (1, 1),
        ),
        (
            "Officer hurt in chase",
            "One person was injured in the chase. The suspect crashed and he later died.",
            (1, 1),
        ),
        (
            "Teen hurt in crash",
            "One person was hurt in the crash. A second teen later died at the hospital.",
            (2, 1),
        ),
        (
            "Player injured in match",
            "One person was injured in the match. The player has since recovered.",
            (0, 1),
        ),
    ],
)
def test_headline_names_the_hurt_who_died(title: str, text: str, expected: tuple[int, int]) -> None:
    assert _titled(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole group just told hurt died, though their sentence was read as one hurt
        (
            "Four people are dead after a shooting and a fire at a house. A woman of about 30 "
            "and a 7-year-old girl suffered life-threatening injuries and were taken to hospitals. "
            "Both later died.",
            (4, 0),
        ),
        ("Two climbers were injured in the avalanche. Both later died.", (2, 0)),
        ("Three miners were injured in the collapse. All three later died.", (3, 0)),
        ("Three people were hurt in the rockfall. All later died.", (3, 0)),
        ("Two soldiers were wounded in the attack. Both had died by morning, the army said.", (2, 0)),
        # not the group, or no death
        ("Two players were injured in the match. Both are expected to play on Sunday.", (0, 2)),
        ("Two officers were injured in the riot. Both were later released.", (0, 2)),
        ("Two people were hurt in the crash. Both survived.", (0, 2)),
        ("Ten people were hurt in the pileup. The two men died at the scene.", (2, 8)),
        ("A woman was injured in the crash. Both of her parents later died.", (1, 1)),
        ("Two men were injured in the fight. Both their fathers died in the war.", (1, 2)),
        ("Two people were hurt and one was killed in the blast. Both later died.", (2, 2)),
    ],
)
def test_whole_group_told_hurt_died(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_hurt_others_who_died_join_the_dead() -> None:
    # a second reader's case: three hurt beside two dead, then all three died: five dead
    text = (
        "Two people were killed in a shooting at a bar on Friday. Three others were hurt. "
        "All three have since died."
    )
    assert best(text) == (5, 0)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Six hurt in crash",
            "Six people were hurt when a van overturned on Friday. All later died at the hospital.",
            (6, 0),
        ),
        (
            "Four wounded in Kandahar",
            "Four soldiers were wounded by a roadside bomb on Monday. All later died of their wounds.",
            (4, 0),
        ),
    ],
)
def test_the_group_retold_in_the_headline_died_too(title: str, text: str, expected: tuple[int, int]) -> None:
    assert _titled(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # some of the hurt died: the rest stay hurt (a second reader's cases)
        (
            "Three people were wounded in a shooting on Main Street. The two men later died, police said.",
            (2, 1),
        ),
        # hurt others told beside the group who died are not the group
        (
            "A man and a woman were shot in Oakland. Both later died. "
            "Police said two other people were hurt.",
            (2, 2),
        ),
    ],
)
def test_the_hurt_who_did_not_die_stay(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
