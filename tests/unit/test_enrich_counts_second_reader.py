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
