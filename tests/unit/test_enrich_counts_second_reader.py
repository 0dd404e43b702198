"""General news that the count rules added for gun-violence reports misread
until a second reader tried them: near misses and idioms in role headlines, a
pronoun that means someone else, a suspect held for evaluation, the dead of an
attack on mourners, murder charges for an attack or a plot, a list that was
only feared. Sentences in our own words."""

import pytest

from streams.enrich.count_context import sums_incidents
from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a near miss, the killer before what he killed, an idiom: nobody died
        ("Driver nearly killed when tree falls on car", (0, 0)),
        ("Worker almost killed in trench collapse", (0, 0)),
        ("Rookie driver in dead heat for title", (0, 0)),
        ("Employee killed it at company talent show", (0, 0)),
        ("Driver killed deer on the interstate", (0, 0)),
        ("The worker killed power to the building before the repair.", (0, 0)),
        # a victim named by role in a headline
        ("Pedestrian killed in hit-and-run", (1, 0)),
        ("Security guard killed in robbery at mall", (1, 0)),
        # "she" is his wife, "he" the driver told in between: the hurt man and child lived
        (
            "A man was injured when his boat capsized on the lake. His wife was pulled from the water. "
            "She died at the hospital.",
            (1, 1),
        ),
        (
            "A child was injured when the bus overturned on the highway. The bus driver was taken to a "
            "hospital. He died at the hospital.",
            (1, 1),
        ),
        # the same victim, told again
        ("A man was shot in the chest Friday night. He later died at the hospital, police said.", (1, 0)),
        # a suspect held for an evaluation is not hurt
        (
            "One officer was injured during the arrest on Main Street. The suspect was hospitalized for a "
            "psychiatric evaluation.",
            (0, 1),
        ),
        # the attack's own dead, told after the funeral's honoree
        (
            "Gunmen fired on mourners at the funeral of a tribal leader on Sunday, and at least 12 people "
            "died.",
            (12, 0),
        ),
        # murder charges for an attack on one person, or a plot that hurt no one
        ("He faces two counts of murder in the stabbing of his neighbor.", (0, 0)),
        ("He was charged with two counts of murder for hire. No one was hurt in the plot.", (0, 0)),
        ("He faces two counts of murder in the deaths of a woman and her son.", (2, 0)),
        # a list reported, not one only feared
        ("Police said that a man and an older woman were hurt in the crash.", (0, 2)),
    ],
)
def test_general_news_the_new_rules_must_read_right(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal counts the ones before only when the article told of victims
        ("Rescuers pulled out three miners. A fourth man, 52, was injured.", (0, 1)),
        ("Three cars collided. A fourth man, a passer-by, was injured.", (0, 1)),
        # a hospital visit is no wound
        ("A man was arrested. A second man was taken to a hospital for evaluation.", (0, 1)),
        ("Four were hurt. A fifth victim was found later at a hospital.", (0, 5)),
        # a tally over a season or a history is no incident's toll
        ("A rookie becomes the second to die.", (0, 0)),
        ("She became the fourth to die in the race's history after an attack of heart failure.", (0, 0)),
        ("A swimmer becomes second to die in shark attack off Cape this summer.", (0, 0)),
        # the wounded who died since
        ("A man wounded in last week's shooting died Tuesday.", (1, 0)),
        # no gunfire: an idiom, a golf shot, a boxing round, an assault charge, an adjective
        ("The teacher came under fire for hitting a student and his brother.", (0, 0)),
        ("His tee shot sailed right, hitting a woman and her husband.", (0, 0)),
        ("In the second round he swung wildly, hitting a woman and a man.", (0, 0)),
        ("He pleaded guilty to striking a police officer.", (0, 0)),
        ("A striking woman in a red dress and her son arrived.", (0, 0)),
        ("Officers fired, hitting the suspect and a bystander.", (0, 2)),
        # charges for many deaths in one sinking
        ("He faces three counts of murder in the sinking of the ferry.", (3, 0)),
        # who the people were, told after them, are not more people
        ("The crash killed two people, a man and his wife.", (2, 0)),
        ("The bus crash injured five students, two boys and three girls.", (0, 5)),
        ("The crash killed three people, a driver and two passengers.", (3, 0)),
        ("The gunman killed a woman and her two sons, Tom, 12, and Ian, 10.", (3, 0)),
        ("The fire killed two men, a woman and a child.", (4, 0)),
    ],
)
def test_ordinals_gunfire_and_appositives_in_general_news(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_hospital_visit_adds_no_earlier_victims() -> None:
    _, injured = best("A second woman was found at a hospital casting her vote.")
    assert injured < 2


def test_a_list_only_feared_is_not_read_as_two_dead() -> None:
    # (one is still read: "the woman and her son were dead" has a single-victim reading)
    killed, _ = best("Neighbors feared that the woman and her son were dead, but both were found safe.")
    assert killed < 2


@pytest.mark.parametrize(
    ("title", "many"),
    [
        ("Shooting, drugs and fraud: March 14 Police Blotter", True),
        # one story after the blotter's colon; one event's toll over a wide area
        ("Police blotter: Three hurt in Route 9 crash", False),
        ("Storms kill 5 across the state", False),
    ],
)
def test_blotters_and_wide_tolls(title: str, many: bool) -> None:
    assert sums_incidents(title) is many


@pytest.mark.parametrize(
    ("title", "many"),
    [
        # one spree's shootings named by their plural alone
        ("Police look for a red pickup in shootings", False),
        ("Woman Charged In Riverside Shootings", False),
        # a tally, or a word that says several, makes a round-up
        ("Four dead, 12 wounded in Riverside shootings", True),
        ("Police look for a red pickup in weekend shootings", True),
    ],
)
def test_plural_shootings_alone_are_not_a_roundup(title: str, many: bool) -> None:
    assert sums_incidents(title) is many
