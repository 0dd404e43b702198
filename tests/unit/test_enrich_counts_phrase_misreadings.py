"""Phrase-level misreadings of general news: a headline's parents, a figure
with someone included, the killers' figure in the active voice, a unit's
number, deaths told by their manner, and lists after a verb."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "parents" are two people beside the figure
        ("Parents, 2 children dead", (4, 0)),
        ("Grandparents, 2 grandchildren die in crash", (4, 0)),
        ("His parents and two brothers were killed in the fire.", (4, 0)),
        # one named among those counted
        ("The blast left five soldiers including the convoy commander dead.", (5, 0)),
        ("Four people including a child were injured in the blast.", (0, 4)),
        # never a clause of its own
        ("Four people including a man who was killed were at the party.", (1, 0)),
        # the active voice: the figure counts the killers
        ("Police said the three robbers killed Ortega and Lewis.", (2, 0)),
        ("Four gunmen killed two policemen at a checkpoint.", (2, 0)),
        ("The two brothers killed their father and then fled.", (1, 0)),
        # a time is no object
        ("Two people killed Sunday in a crash on the highway.", (2, 0)),
        ("Three soldiers were killed the same day in a separate ambush.", (3, 0)),
        ("Four militants killed in airstrike, army says.", (4, 0)),
        # a unit's number after the people it qualifies
        ("Two deputies from Precinct 3 were shot during the arrest.", (0, 2)),
        ("Three workers at Station 12 were injured in the blast.", (0, 3)),
        ("Two Marines from the 2nd Battalion were wounded.", (0, 2)),
        ("The crash on Route 9 killed two.", (2, 0)),
        # deaths told by their manner
        ("Three fishermen drowned when their boat capsized.", (3, 0)),
        ("Two children could have drowned had the lifeguard not acted.", (0, 0)),
        # lists: a nation's name as the noun, figures place by place, a role
        ("Two Israeli soldiers and a Palestinian were killed.", (3, 0)),
        ("Three soldiers and two Afghans were killed.", (5, 0)),
        ("Four Syrians were killed by the shelling.", (4, 0)),
        ("Two Britons were hurt in the avalanche.", (0, 2)),
        ("Two Kenyans and a Somali were injured.", (0, 3)),
        ("The Spartans were hurt by three turnovers.", (0, 0)),
        ("Two Michigan residents were killed.", (2, 0)),
        ("A sniper wounded two soldiers and a Palestinian near Hebron.", (0, 3)),
        ("The strike killed 3 militants and 2 British soldiers were wounded.", (3, 2)),
        ("The storms killed 2 in Texas and 1 in Oklahoma.", (3, 0)),
        ("The tornado killed two people in Kentucky and one in Tennessee.", (3, 0)),
        ("The quake killed 40 in Turkey, and 12 were killed in Syria.", (40, 0)),
        ("The flood left 4 dead in Porto and 3 in Braga.", (7, 0)),
        ("Nine people were killed in Homs and 20 in Hama.", (29, 0)),
        ("Two people were killed in Dallas and 3 in Fort Worth were hurt.", (2, 0)),
        ("Four were killed in Kabul on Monday and two in Kandahar on Tuesday.", (4, 0)),
        ("A tour helicopter crashed, killing the pilot and two passengers.", (3, 0)),
        ("Two hostages and three kidnappers were killed in the raid.", (5, 0)),
        # one person and more the verb's object joins
        ("The landslide killed a farmer and two hikers.", (3, 0)),
        ("The flood killed a teacher and her two nephews.", (3, 0)),
        ("The blast wounded a soldier and several others.", (0, 1)),
        ("The blast wounded a guard and four passers-by.", (0, 5)),
        ("The attack killed a man and his two dogs.", (1, 0)),
        ("He killed a man and two years later he was caught.", (1, 0)),
        ("Three residents were treated for burns at the scene.", (0, 3)),
        ("Two linemen suffered severe burns when the pole caught fire.", (0, 2)),
        ("The barn suffered burns from the flames.", (0, 0)),
        # a headline's present tense: "shoots" as "shot"
        ("Gunman shoots 3 people at block party", (0, 3)),
        ("Two masked men shoot 5 customers in diner robbery", (0, 5)),
        ("Sniper shoots 4 times at passing cars", (0, 0)),
    ],
)
def test_phrase_readings(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members named "including", set off by commas, are among those counted
        ("At least three other people, including a teacher and a guard, were wounded.", (0, 3)),
        ("Four people, including a pastor and his wife, were hurt in the crash.", (0, 4)),
        ("Smith and two other people, including a singer and a 60-year-old woman, died.", (3, 0)),
        # never a clause of its own
        ("Four people, including a man who was killed, were at the party.", (1, 0)),
        # a list that is the subject stays a list
        ("A teacher and a guard were wounded.", (0, 2)),
    ],
)
def test_members_named_including_are_among_those_counted(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
