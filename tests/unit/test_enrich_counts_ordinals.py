"""Ordinal victims ("a fifth person was found at a hospital", "a second teen
victim dies"): the ordinal tells how many were hit or dead; ordinals of games,
terms, degrees and times are no counts. Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal victim who was hit: as many hit as the ordinal says
        ("Three people were wounded. A fourth man was shot in the leg.", (0, 4)),
        ("Four were hurt. A fifth person with a gunshot wound turned up later at an area hospital.", (0, 5)),
        ("Six teens were shot at a party. Police now say a 7th teen was injured in the shooting.", (0, 7)),
        # the ones before were not said to be hurt: one hurt (a second reader's case)
        ("Rescuers pulled out three miners. A fourth man, 52, was injured.", (0, 1)),
        (
            "Officers found three victims. A fourth adult victim who was struck by gunfire "
            "was found later at a hospital.",
            (0, 4),
        ),
        ("The fifth victim, a 40-year-old woman, was shot in the arm.", (0, 5)),
        # the dead are among those hit
        ("Three people were killed. A fourth man was wounded.", (3, 1)),
        ("Two teens were killed and a third person suffered non-life-threatening injuries.", (2, 1)),
        ("Three soldiers were killed and a fourth soldier was wounded in the blast.", (3, 1)),
    ],
)
def test_ordinal_hurt(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The third child in the room was not hurt.", (0, 0)),
        ("The second child, a 3-year-old girl, was not injured.", (0, 0)),
        ("She is the third child to be shot in the city within two weeks.", (0, 0)),
        ("The team lost the second game in overtime.", (0, 0)),
        ("He won a third term as mayor after a second recount.", (0, 0)),
        ("The first responders arrived at the second scene.", (0, 0)),
        ("He was charged with second-degree murder.", (0, 0)),
        ("For the second time this year, the company cut jobs.", (0, 0)),
        ("The first victim's mother spoke in court.", (0, 0)),
        ("The second officer had minor injuries from the fall.", (0, 0)),
        ("A second man was arrested on Tuesday in the killing.", (0, 0)),
        (
            "A man was found dead in the street. The second victim was taken to a hospital, where he died.",
            (1, 0),
        ),
    ],
)
def test_ordinals_in_general_news(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal death told with a modifier and an "of ..." phrase, or as "becomes Nth to die"
        ("Second teen victim of accused 15-year-old gunman dies", (2, 0)),
        ("A third victim of the mall attack has died.", (3, 0)),
        ("Baby becomes third to die in Elm Street shooting", (3, 0)),
        ("Woman becomes second to die after weekend shooting.", (2, 0)),
        # a bare participle, then the main verb "died": the people died
        ("A man wounded in last week's shooting died Tuesday.", (1, 0)),
        ("Two men wounded in the shooting died at the hospital.", (2, 0)),
        ("Two people hurt in the fire died of their injuries.", (2, 0)),
    ],
)
def test_ordinal_and_participle_deaths(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boy becomes the third person to die of measles in the state this year.", (0, 0)),
        ("She became the second woman to die in the race's history.", (0, 0)),
        ("Second son of the late king dies at 80.", (1, 0)),
        ("The second teen victim was released from the hospital.", (0, 1)),
        ("Three people injured in the crash where a woman died were taken to hospital.", (1, 3)),
        ("Two men injured in the blast were treated at the hospital, and a third man died.", (1, 2)),
        ("A boy, one of three people hit by gunfire on Tuesday night, has died, police said.", (1, 2)),
        ("Five people injured in Monday's crash are recovering, while the driver died.", (1, 5)),
    ],
)
def test_deaths_in_general_news(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
