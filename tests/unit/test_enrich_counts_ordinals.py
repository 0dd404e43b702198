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
        ("Police now say a 7th teen was injured in the party shooting.", (0, 7)),
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
