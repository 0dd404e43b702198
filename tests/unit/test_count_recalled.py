"""An earlier incident's figures go once the article tells of a victim of its
own, numbered or not, when the text surely sets them apart in time; a court
report's own incident, dated "last year" or named back, stays."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone victim of its own, another incident recalled
        (
            "A boy, 4, was killed Friday when he found a loaded pistol. Just last year, "
            "a girl was killed and her cousin was hurt in a similar accident nearby.",
            (1, 0),
        ),
        (
            "A firefighter was injured battling a blaze Saturday. One year ago, a fire on the same "
            "block killed two children.",
            (0, 1),
        ),
        # a scraped teaser told twice ahead of the article's own story
        (
            "A singer who killed two fans at a concert decades earlier was paroled, officials said. "
            "A singer who killed two fans at a concert decades earlier was paroled, officials said. "
            "A teen was charged after a bullet he fired struck his brother in the leg.",
            (0, 1),
        ),
    ],
)
def test_recalled_incident_dropped(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # court reports date their own incident
        (
            "A man was sentenced Friday for shooting his neighbor. The shooting last year left two "
            "people dead and one wounded.",
            (2, 1),
        ),
        (
            "Prosecutors said the victim was shot in the back. A jury heard that two people were "
            "wounded last year when he opened fire.",
            (0, 2),
        ),
        (
            "The defendant, who shot a clerk, was sentenced. He had wounded three people in a robbery "
            "spree last year.",
            (0, 3),
        ),
        # an anniversary's lead tells the incident it recalls
        (
            "Residents gathered to remember the victims. Ten years ago, a gunman killed 26 people "
            "at the school.",
            (26, 0),
        ),
        (
            "A man was arrested Tuesday in a cold case. Police said he shot two men outside a bar "
            "last year, killing one.",
            (1, 1),
        ),
        (
            "A cyclist was struck and killed Tuesday. Only last month, three pedestrians were injured "
            "at the corner.",
            (0, 3),
        ),
    ],
)
def test_own_incident_dated_kept(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
