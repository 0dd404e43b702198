"""Murder charges count the dead when no sentence states a figure: one count
per victim as a rule, never attempted murder, and never several counts filed
for the one death a sentence names. Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coroner named the dead as a grandmother and her granddaughter. "
            "Lee faces two counts of murder and two counts of aggravated assault.",
            (2, 0),
        ),
        ("He faces three counts of murder in the deaths of his wife and two children.", (3, 0)),
        ("Smith, charged with two counts of first-degree murder, pleaded not guilty Monday.", (2, 0)),
    ],
)
def test_murder_counts(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was charged with two counts of first-degree murder in the death of his wife.", (1, 0)),
        ("Two counts of murder were filed against him in the death of a toddler.", (1, 0)),
        ("She faces two counts of attempted murder after the shooting.", (0, 0)),
        ("The defendant was convicted on two counts of vehicular homicide for the crash.", (0, 0)),
        ("The former senator faces four counts of fraud and two counts of perjury.", (0, 0)),
        # a stated figure outranks the charges
        ("Four people were killed in the attack. He faces nine counts of murder.", (4, 0)),
    ],
)
def test_general_news_unchanged(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
