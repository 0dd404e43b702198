"""Victims listed as the object of "left ... dead" and a killer turning his own
weapon on himself (or, in a headline, killing "self"). Sentences in our own words, with the general-news
phrasings the rules must leave alone."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of people the shooting "left dead" (or hurt)
        ("A rampage left the man, his old boss and a co-worker dead and two others wounded.", (3, 2)),
        ("The shooting outside the school left a man and woman dead and their son hospitalized.", (2, 1)),
        ("The double shooting that left a man and woman dead was an accident, police said.", (2, 0)),
        ("A crash that left a mother and her son dead closed the highway.", (2, 0)),
        ("The crash killed a man and left his wife and son injured.", (1, 2)),
        # "he and his ...": the pronoun is one more member of the list
        ("Rifle found beside the father when he and his 2 kids were found dead at the ranch", (3, 0)),
        ("She and her husband were killed in the crash on Route 9.", (2, 0)),
        # the killer's suicide, told with his own weapon
        ("A farmer shot and killed a neighbor before turning his shotgun on himself.", (2, 0)),
        ("A man killed his wife and then fatally turned his gun on himself.", (2, 0)),
        ("A woman killed her two children before turning her gun on herself.", (3, 0)),
        # a headline drops the pronoun
        ("Father kills two children, then fatally shoots self in standoff", (3, 0)),
        ("Soldier who killed two comrades then fatally shot self is identified", (3, 0)),
        ("Mill town father kills his 2 sons, self", (3, 0)),
        ("Mother kills her 2 children and self", (3, 0)),
    ],
)
def test_listed_dead_and_killer_suicide(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defeat left the coach and his players dead last in the league.", (0, 0)),
        ("The ruling left the mayor and the council dead set against the plan.", (0, 0)),
        ("He left his wife and three children behind when he died in 2010.", (1, 0)),
        ("The flood left a man and his daughter missing.", (0, 0)),
        ("The decision left the senator and the governor at odds.", (0, 0)),
        ("The shooting left one man dead and a woman and her son wounded.", (1, 2)),
        ("The tornado left a woman and her two grandchildren dead, officials said.", (3, 0)),
        ("The attack left the victim and her mother shaken but unhurt.", (0, 0)),
        ("The coach turned the blame on himself after the defeat.", (0, 0)),
        ("The mayor said he and his wife were shocked by the news.", (0, 0)),
        ("He and his brother were arrested Monday.", (0, 0)),
        ("4-year-old fatally shoots self with gun at babysitter's house", (1, 0)),
        ("Man kills wife, then self in murder-suicide", (2, 0)),
        ("The artist kills self-doubt with a bold new album.", (0, 0)),
        ("Gunman kills 3, self-described activist says", (3, 0)),
        ("Storm kills 5, self-employed fisherman among them", (5, 0)),
        ("Man accused of trying to kill self and his children appears in court", (0, 0)),
        ("The actor turned his camera on himself for the documentary.", (0, 0)),
        ("The gunman then turned his gun on himself but survived and is in critical condition.", (0, 1)),
    ],
)
def test_general_news_unchanged(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of time or an age after a figure with no people noun is no head count
        ("He was killed two years ago in a robbery, his family said.", (1, 0)),
        ("Neighbors mourned the death of eight month Ana, police said.", (0, 0)),
        # a figure still counts before a comma, a people noun or a school year
        ("Officials said the blast killed 20, months after a similar attack.", (20, 0)),
        ("The crash killed two Year 10 girls on the school trip.", (2, 0)),
        ("The virus killed 300 last year.", (300, 0)),
        ("The gunman killed three before police arrived.", (3, 0)),
    ],
)
def test_a_span_of_time_is_no_head_count(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
