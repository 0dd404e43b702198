"""People a bullet struck, listed after a word of gunfire ("fired, striking a
man and a woman"), and lists of plural groups with their number. Sentences
in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hit by gunfire, fate untold: the hurt
        ("A gunman opened fire on the porch, hitting three women and two men, in the shooting.", (0, 5)),
        ("The shooter fired from a car, striking a teen and his uncle, who were wounded.", (0, 2)),
        # the one who fired counts too
        ("The boy shot the gun by accident, hitting himself and his little sister.", (0, 2)),
        (
            "His rifle went off as he cleaned it, hitting himself and his two sons in the shooting. "
            "One son died.",
            (1, 2),
        ),
        # their fate told
        ("The man opened fire, fatally striking the driver and two passengers.", (3, 0)),
        # a plural group with its number after a possessive
        ("Police said he killed his wife and their two children.", (3, 0)),
        ("Four other adults and a child were killed.", (5, 0)),
    ],
)
def test_struck_lists(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no gunfire: cars, storms, fires and pitches strike people too
        ("A car struck a man and a woman crossing the street; both were hospitalized.", (0, 2)),
        ("The tornado struck the town, hitting a school and a church; two people were injured.", (0, 2)),
        ("The fire spread fast, hitting two homes and a barn; no one was injured.", (0, 0)),
        ("The company fired two managers and a clerk after the shooting review.", (0, 0)),
        ("The storm hit the coast, and two people died.", (2, 0)),
        ("The bomb went off in the market, hitting dozens of shoppers; 12 were killed.", (12, 0)),
        # body parts, not people
        ("Shots rang out, hitting a man in the hand and a woman in the leg, police said.", (0, 0)),
        # a plural group with no number says no figure for the list (the resident alone)
        ("Three firefighters and a resident were injured battling the blaze.", (0, 4)),
        ("The firefighters and a resident were injured battling the blaze.", (0, 1)),
    ],
)
def test_struck_lists_general_news(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N others" in a list of the hit
        ("He shot a neighbor and two others, police said.", (0, 3)),
        ("She is accused of killing a clerk and injuring a guard and two others.", (1, 3)),
        # the dead: "fatally shot a man and three others" may mean only the man died
        ("The gunman fatally shot a man and three others at a bar.", (1, 0)),
        # but "killing a man and two others" is three dead
        ("The plane crashed, killing a man and two others on board.", (3, 0)),
        # general news
        ("The blast wounded a soldier and several others.", (0, 1)),
        ("The crash injured the driver and the others in the van.", (0, 0)),
        ("The company fired a manager and two others last week after the shooting.", (0, 0)),
        ("The fire killed a firefighter and injured two others.", (0, 2)),
    ],
)
def test_others_in_lists(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names after a numbered group are that group's names, not more people
        ("The crash killed two children, Ann Lee, 8, and Tom Ray, 6.", (2, 0)),
        ("Police said he fatally shot his two sons, Julian Lee, 12, and Ian Lee, 10, on Sunday.", (2, 0)),
        # people listed beside a group still count
        ("He killed two women and Ann Lee, 30.", (3, 0)),
        ("The storm killed two men and a boy, Tom Ray, 9.", (3, 0)),
        ("The gunman killed two women and a man, police said.", (3, 0)),
    ],
)
def test_group_names(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials say she killed her adult daughter and two young grandchildren "
            "before turning the gun on herself.",
            (4, 0),
        ),
        ("A man and his two sisters were wounded.", (0, 3)),
        # a plural kin group with no number gives no figure
        ("The crash injured a man and his grandchildren.", (0, 1)),
        ("The Smith brothers and a cousin were arrested in the shooting.", (0, 0)),
    ],
)
def test_kin_groups(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
