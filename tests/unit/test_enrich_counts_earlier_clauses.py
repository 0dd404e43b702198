"""Figures of another incident than the article's own: one an earlier clause
tells of ("the shooting happened six months after a bystander was killed"), a
toll over "the past couple of years", a recall "two decades ago", the dead of a
road accident the lead never tells of. Sentences in our own words."""

import pytest

from streams.enrich.incidents_before import earlier_incident_spans
from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause after "six months after" / "come after" / "hours before" is another incident
        (
            "Seven people were wounded in a shooting at a park on Saturday. "
            "The shooting happened six months after a bystander was killed in a gang fight nearby.",
            (0, 7),
        ),
        (
            "Two people were wounded at a bus stop on Friday. "
            "These shootings come after the shooting deaths of two teenagers last month.",
            (0, 2),
        ),
        (
            "Three officers were wounded early Sunday by a man who later killed himself. "
            "The attack came hours before three deputies were shot dead in another state.",
            (1, 3),
        ),
        # a fire next door is no harm of the shooting
        (
            "Three people were shot at a bar. "
            "The shooting happened hours after a woman died in a house fire next door.",
            (0, 3),
        ),
        # a feud's toll over years is no count of the shooting at hand
        (
            "Seven people were wounded in a shooting at a park on Saturday. "
            "Police said the feud had claimed three lives over the past couple of years.",
            (0, 7),
        ),
        # a mine's disaster recalled decades on
        (
            "The blast killed 14 miners on Tuesday. A similar blast at the mine killed 30 people two "
            "decades ago.",
            (14, 0),
        ),
        # the man a wake mourns died in a road accident the lead never tells of
        (
            "Four people were wounded when gunfire broke out at a wake on Friday. Police have not "
            "named a suspect. "
            "Witnesses said a car drove by twice. The man being mourned was killed in a motorcycle "
            "accident last week.",
            (0, 4),
        ),
    ],
)
def test_other_incident_set_apart(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause tells of the article's own victims
        (
            "A woman died Saturday, a week after she was critically wounded in a shooting. Her son was "
            "also hurt.",
            (1, 1),
        ),
        (
            "Two men were shot at a bar on Main Street. The shooting occurred two hours before the "
            "victim died "
            "at the hospital. Police said four others were hurt.",
            (1, 4),
        ),
        (
            "Police arrested a 19-year-old man Thursday. He is charged in the shooting that killed two "
            "people at a bar "
            "a day earlier. The arrest came two days after two people were killed at the bar.",
            (2, 0),
        ),
        ("A boy died two days after being shot in the head.", (1, 0)),
        # the attacker's earlier acts of the same spree
        (
            "The gunman killed 26 people at the school on Friday. "
            "The shooting at the school came hours after the gunman killed his mother at home.",
            (26, 0),
        ),
        (
            "Five people were wounded in a shooting at a park. "
            "The shooting happened a day after the suspect shot two people at a bar.",
            (0, 5),
        ),
        # a storm's or a quake's toll keeps growing
        (
            "Flooding killed three more people on Sunday, two days after the storm killed 12 across "
            "the state.",
            (12, 0),
        ),
        (
            "Rescuers found two more bodies on Monday, three days after the earthquake killed 40 people.",
            (40, 0),
        ),
        (
            "Three people died in a house fire on Tuesday. The fire came a day after a crash killed "
            "two people "
            "on the same street.",
            (3, 0),
        ),
        # a road accident told in the lead is the article's own
        (
            "Two riders were killed in a motorcycle accident on Saturday, troopers said. A passenger "
            "was hurt.",
            (1, 1),
        ),
        ("A bus accident on the mountain road killed 22 passengers and injured 30.", (22, 30)),
        # "decades before" dates an inspection, not a death
        (
            "The train accident killed three people and injured 40. The track had been inspected "
            "decades before.",
            (3, 40),
        ),
    ],
)
def test_own_incident_kept(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_opening_time_clause_runs_to_its_comma() -> None:
    text = "Just 24 hours after a student was shot on Main Street, another teen has been shot nearby."
    ((start, end),) = earlier_incident_spans(text)
    assert text[start:end].strip() == "a student was shot on Main Street"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the suspect shot by police days after his killings: one case, its dead stay
        (
            "An officer shot a suspect in Dayton on Tuesday. The suspect was shot by officers two days "
            "after a woman and her son were killed in their home. He is charged with their murders.",
            2,
        ),
        # the same gunman's earlier killings are the same spree
        ("Two more people were shot Tuesday, a day after the same gunman killed five.", 5),
    ],
)
def test_the_same_case_after_days(text: str, expected: int) -> None:
    assert best(text)[0] == expected
