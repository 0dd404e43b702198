"""A killing's objects that end in a new clause's subject, an age alone as a
listed victim, and "others ... also" hurt only beside an earlier hurt person.
Texts in our own words, with the phrasings the rules must leave alone."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the last member is the subject of a clause of its own
        ("The blast killed 2 men and 3 women were hurt.", (2, 3)),
        ("The attack killed 2 people and a man was arrested.", (2, 0)),
        ("The storm killed two men and a woman was missing.", (2, 0)),
        ("A gunman killed a man and his son was wounded.", (1, 1)),
        # the killing is told inside the subject: the list stays whole
        ("The man who killed his wife and two children was arrested in Texas.", (3, 0)),
        ("The man accused of killing his wife and son was sentenced to life.", (2, 0)),
        ("The deaths of a man and his son were ruled homicides.", (2, 0)),
        ("He killed his wife and daughter and was shot dead by police.", (2, 0)),
    ],
)
def test_list_ending_in_a_new_clause(text: str, want: tuple[int, int]) -> None:
    assert best(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A 2-year-old and her mother were killed in the fire.", 2),
        ("The fire killed a 3-year-old, a 6-year-old and their father.", 3),
        ("The storm killed a 2-year-old boy and his grandmother.", 2),
        ("A 2-year-old's mother and father were killed in the crash.", 2),
    ],
)
def test_an_age_alone_is_a_listed_victim(text: str, want: int) -> None:
    assert best(text)[0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A man was arrested. Four others were also injured in the brawl.", 4),
        ("A boy is in critical condition. Three others were also wounded.", 4),
        ("A woman was shot in the leg Sunday. Two others were also hurt.", 3),
    ],
)
def test_others_also_hurt_need_an_earlier_hurt_person(text: str, want: int) -> None:
    assert best(text)[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A father and his 10-year-old son drowned while swimming off the beach.", 2),
        ("Two brothers and a cousin drowned in the river.", 3),
        ("A mother and her baby were burned to death in the blaze.", 2),
        ("He and his son were crushed to death when the wall collapsed.", 2),
        # no death: left alone
        ("The man and his wife drowned out the noise with music.", 0),
        ("A man and a woman nearly drowned but were rescued.", 0),
    ],
)
def test_listed_people_who_drowned(text: str, want: int) -> None:
    assert best(text)[0] == want
