"""Misreadings of general news (crashes, fires, floods, wars): numbers that
name a road, deaths told by their manner. Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road, an exit or a mile marker is no head count
        ("A crash on Interstate 80 killed three people on Sunday.", (3, 0)),
        ("A pileup on Highway 401 injured 12 people.", (0, 12)),
        ("A crash on Route 66 killed two people.", (2, 0)),
        ("A crash on State Road 7 killed two people.", (2, 0)),
        ("A crash on SR 20 killed two people.", (2, 0)),
        ("A crash on Hwy 12 injured four.", (0, 4)),
        ("A crash on County Road 5 killed two.", (2, 0)),
        ("A crash at mile marker 120 killed two people.", (2, 0)),
        # still counted: a figure after the road, or no road at all
        ("Two people were killed in a crash on I-5 near exit 42.", (2, 0)),
        ("The 2 men died in the crash on US 1.", (2, 0)),
        ("Three teens were hurt when their car hit a tree on County Road 5.", (0, 3)),
        ("Gunmen killed five soldiers at a checkpoint on Highway 1.", (5, 0)),
        ("In Kabul, 30 were killed in twin blasts.", (30, 0)),
        ("Police said 40 were injured in the riot.", (0, 40)),
        ("In the US 40 people were killed by lightning last year.", (40, 0)),
        ("On Flight 17 all were killed; 4 were killed on the ground.", (4, 0)),
    ],
)
def test_road_numbers(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deaths told by their manner
        ("Two people burned to death when their house caught fire overnight.", (2, 0)),
        ("Three children drowned when their boat capsized.", (3, 0)),
        ("Two men were crushed to death when a wall collapsed.", (2, 0)),
        ("Four people suffocated in the container.", (4, 0)),
        ("Three workers were electrocuted at the site.", (3, 0)),
        ("Five fans were trampled to death in the stampede.", (5, 0)),
        ("Two men drowned in the river and a third was rescued.", (2, 0)),
        ("Two firefighters were hurt and three residents burned to death.", (3, 2)),
        # survived, figurative, or the verb's object is the victim
        ("The crowd of 5,000 protesters drowned out the speech.", (0, 0)),
        ("Two swimmers nearly drowned before lifeguards pulled them out.", (0, 0)),
        ("Two boys were rescued from drowning at the beach.", (0, 0)),
        ("The family is drowning in debt after the medical bills.", (0, 0)),
        ("Two children almost burned to death, but firefighters saved them.", (0, 0)),
        ("Two children were nearly crushed to death by the crowd.", (0, 0)),
        ("Three men drowned their sorrows at the bar.", (0, 0)),
        ("Two people were electrocuted but survived, officials said.", (0, 0)),
        ("Two boys could have drowned in the pool.", (0, 0)),
    ],
)
def test_manner_of_death(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first person a headline names after "kills" is dead, not wounded
        ("Man kills wife, son wounded. The man shot his wife at their home on Friday.", (1, 1)),
        ("Gunman kills girl, boy wounded at school", (1, 1)),
        ("Tornado kills man, woman injured", (1, 1)),
        # pairs that stay pairs
        ("Man kills wife, son dead", (2, 0)),
        ("Husband, wife found dead", (2, 0)),
        ("Shooting leaves man, woman dead", (2, 0)),
        ("Stabbing leaves husband, wife hurt", (0, 2)),
        ("Woman stabs husband, son hurt", (0, 2)),
        ("Crash leaves man, woman injured", (0, 2)),
        ("Man shot, wife wounded in home invasion", (0, 2)),
    ],
)
def test_killed_then_wounded_in_a_headline(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people of general news a figure counts
        ("Five tourists were killed when their helicopter crashed.", (5, 0)),
        ("Two climbers froze to death on the mountain.", (2, 0)),
        ("200 rebels were killed in the offensive, the army said.", (200, 0)),
        ("Two robbers were shot dead by the store owner.", (2, 0)),
        ("Three nurses were injured when the ambulance crashed.", (0, 3)),
        ("The 40 migrants were rescued off the coast; 12 drowned.", (12, 0)),
        ("Three judges were injured when a bomb exploded outside the court.", (0, 3)),
        ("Two officials were killed in the ambush.", (2, 0)),
        ("Two officials said the toll could rise.", (0, 0)),
        # fighter jets are no people
        ("Two fighters were shot down over the border.", (0, 0)),
        # "all" before the figure
        ("A plane crashed on takeoff, killing all 6 people aboard.", (6, 0)),
        ("The storm killed all 4 members of a family.", (4, 0)),
        # no casualty figure
        ("Two doctors treated the injured at the scene.", (0, 0)),
        ("Teachers said 30 pupils were evacuated from the school.", (0, 0)),
        ("The company said 300 staff were laid off.", (0, 0)),
        ("Two parents were arrested after the fight at the game.", (0, 0)),
        ("He killed all the lights and left.", (0, 0)),
    ],
)
def test_people_of_general_news(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure's people never reach across a second verb
        ("The bombing killed 30 and wounded more than 70, officials said.", (30, 70)),
        ("He killed two and wounded three.", (2, 3)),
        ("The gunman killed two men and a woman.", (3, 0)),
        ("The attack killed 3 young men.", (3, 0)),
        ("The fire killed two more overnight.", (2, 0)),
        # a magnitude is no head count
        ("The earthquake of magnitude 7 killed over 2,000 people.", (2000, 0)),
        ("A Category 4 hurricane killed 12 people.", (12, 0)),
        ("A shark attack left 1 surfer dead.", (1, 0)),
    ],
)
def test_figures_of_disasters(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "two of them": part of those told before
        ("Four people were shot; two of them were killed.", (2, 2)),
        ("The 19 hikers were rescued; two of them were hurt.", (0, 2)),
        ("Twelve passengers were aboard, and three of them were injured.", (0, 3)),
        ("Three men were shot and two of them later died.", (2, 1)),
        ("Police arrested six men; two of them were charged with murder.", (0, 0)),
        ("Police stopped two cars; one of them was stolen.", (0, 0)),
        # "those deaths" is no figure of them
        ("Six people died in the county last year. All six of those deaths involved cars.", (6, 0)),
    ],
)
def test_part_of_those_told(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose family the figure's people are
        ("Five members of one family were killed in the airstrike.", (5, 0)),
        ("Four people of the same family were killed.", (4, 0)),
        ("Two members of a local band were injured in the crash.", (0, 2)),
        ("Two members of the team were arrested.", (0, 0)),
        ("The 40 members of the club were evacuated.", (0, 0)),
    ],
)
def test_members_of_a_family(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pronounced dead: a figure of the dead
        ("Two men were pronounced dead at the scene.", (2, 0)),
        ("The 2 victims, both 19, were pronounced dead at the scene.", (2, 0)),
        ("Three people were declared dead at the hospital.", (3, 0)),
        ("Four people were shot. Two were pronounced dead at the hospital.", (2, 2)),
        ("The boy was pronounced dead at 3 a.m.", (1, 0)),
        # rushed to hospital: hurt
        ("Paramedics rushed 3 people to a hospital.", (0, 3)),
        ("Crews transported two victims to the hospital.", (0, 2)),
        ("Medics rushed two men to the hospital, where one died.", (1, 1)),
    ],
)
def test_dead_and_hurt_by_what_medics_did(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more people the verb's object joins
        ("A gunman opened fire at a school, killing 8 students and a teacher.", (9, 0)),
        ("Gunmen stormed the hotel, killing 20 guests and 4 staff.", (24, 0)),
        ("Killing 2 officers and a civilian, the gunman fled.", (3, 0)),
        ("The blast killed 3 people and a dog.", (3, 0)),
        ("The storm killed 3 people and 40 cattle.", (3, 0)),
        ("The gunman killed 12 people and 2 of the guards.", (12, 0)),
        ("The bomb killed 3 soldiers and wounded 5 troops.", (3, 5)),
        # the verb's object is no subject of the next verb
        ("The blast killed 4 soldiers and 2 civilians were wounded.", (4, 2)),
    ],
)
def test_objects_joined(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bills and fingers are no people
        ("The senator killed 2 bills in committee.", (0, 0)),
        ("The veto killed 3 amendments.", (0, 0)),
        ("She injured 2 fingers in the fall.", (0, 0)),
        # people, known or not
        ("The blast killed 2 and measures were taken to secure the area.", (2, 0)),
        ("A gunman killed 49 innocents.", (49, 0)),
        ("He killed 2 classmates and a teacher.", (3, 0)),
        ("The storm killed 14 across the state.", (14, 0)),
    ],
)
def test_things_a_verb_of_harm_takes(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sustained" as "suffered"
        ("Two men sustained non-life-threatening injuries.", (0, 2)),
        ("Twelve others sustained injuries.", (0, 12)),
        ("Two victims sustained gunshot wounds.", (0, 2)),
        ("The company sustained 3 quarters of losses.", (0, 0)),
        # vague figures of people
        ("Dozens of people were injured.", (0, 24)),
        ("Scores of people were killed in the fighting.", (40, 0)),
        ("Dozens of homes were damaged.", (0, 0)),
        # words of news from abroad
        ("Two policemen were martyred in the attack.", (2, 0)),
        ("At least 12 security personnel were killed.", (12, 0)),
        # an aside between hyphens
        ("Three people - a woman and her two sons - were killed.", (3, 0)),
        ("Two men - one of them armed - were arrested.", (0, 0)),
        ("Four people were shot - two fatally - on Sunday.", (2, 2)),
    ],
)
def test_words_of_news_from_abroad(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
