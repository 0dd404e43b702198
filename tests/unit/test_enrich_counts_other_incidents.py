"""Figures of another incident than the article's own: a recall dated years
before the article's latest year, the dead a vigil or funeral honours when the
mourners were attacked. Dev-style cases in our own words, and general news the
rules must leave alone."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recall dated years before the article's latest year is another incident
        (
            "A soldier opened fire at the base on Wednesday, killing three and wounding 12. "
            "On June 3, 2010, another gunman killed 11 people there. The base was rebuilt in 2015.",
            (3, 12),
        ),
        (
            "The flood left three dead on Tuesday. The last flood, on April 5, 2011, killed nine people. "
            "A new levee was finished in 2014.",
            (3, 0),
        ),
        (
            "The storm made landfall Saturday. Officials said two people were injured. "
            "Hurricane Ida on Aug. 29, 2021, killed 91 people in the state. "
            "The 2024 season is expected to be active.",
            (0, 2),
        ),
        # the dead a vigil honours, when the vigil itself was attacked
        (
            "Four people were shot late Thursday as a candlelight vigil honoring a man killed in a robbery "
            "last week was ending, when a car drove by and someone began firing.",
            (0, 4),
        ),
        (
            "Five people were shot at a wake on Saturday. The wake was held for a woman who died of natural "
            "causes. All five are in stable condition.",
            (0, 5),
        ),
    ],
)
def test_another_incidents_figures_are_set_aside(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead tells the article's own incident, whatever year dates it
        (
            "On March 3, 2021, a tornado tore through the town, killing 14 people. "
            "The mayor said 40 were injured. A memorial was built in 2025.",
            (14, 40),
        ),
        # an incident's own trial and arrests follow within two years
        (
            "A jury on Tuesday convicted John Doe of murder. "
            "Prosecutors said Doe shot two men outside a bar. "
            "On May 5, 2022, Doe killed one man and wounded another. He was arrested in 2023.",
            (1, 1),
        ),
        (
            "Police arrested a man Wednesday. Two women were shot on Elm Street. "
            "The shooting on Jan. 3, 2016, left one dead. The case was reopened in 2018.",
            (1, 1),
        ),
        (
            "The trial of the driver opened Monday. Three people were hurt when his truck hit a crowd. "
            "The Oct. 1, 2021, crash killed two children, prosecutors said. Jury selection began in 2022.",
            (2, 3),
        ),
        (
            "The company was founded in 1998. "
            "Its factory explosion on Monday killed four workers and injured 11.",
            (4, 11),
        ),
        # a year that dates a person is no date of another incident
        (
            "Two people were hurt in a crash on Sunday. A 2010 graduate of the high school was killed "
            "in the crash. The school opened a memorial fund in 2016.",
            (1, 2),
        ),
        # a vigil for the article's own dead, or an attack that kills mourners, keeps its dead
        (
            "Hundreds gathered Sunday for a vigil honoring the three teens killed in Friday's crash. "
            "Two other students remain hospitalized.",
            (3, 2),
        ),
        (
            "A vigil was held for the two men killed in the shooting at the bar. "
            "Police said four others were wounded.",
            (2, 4),
        ),
        (
            "A bomb exploded at a funeral in Kabul on Saturday, killing 12 mourners and wounding 30. "
            "The funeral was for a commander who was killed last week.",
            (12, 30),
        ),
        (
            "Gunmen opened fire at a wake in the city, killing four people. "
            "The wake was held for a man who died of cancer.",
            (4, 0),
        ),
        # "in the wake of" is no wake
        (
            "In the wake of the attack that killed 14 people, as police fired tear gas at protesters, "
            "30 were injured.",
            (14, 30),
        ),
    ],
)
def test_the_articles_own_figures_stay(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
