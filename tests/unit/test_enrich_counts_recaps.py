"""A video caption that recaps the day's crime sums other stories: its figures
give way to the article's own."""

from __future__ import annotations

import pytest

from streams.enrich.count_context import background
from tests.unit.fixtures.counts import best


def test_a_recap_caption_gives_no_dead_to_a_report_of_the_wounded() -> None:
    text = (
        "Reporter Jane Doe recaps the overnight crime, including a shooting in Gary and a "
        "14-year-old boy killed in a drive-by shooting. "
        "Five people were hurt when a gunman opened fire in a social club on Elm Street."
    )
    assert best(text) == (0, 5)


@pytest.mark.parametrize(
    "caption",
    [
        "Reporter Jane Doe recaps the overnight crime, including a boy killed in a drive-by shooting.",
        "Our anchor recaps the weekend's violence: two men were killed on the East Side.",
    ],
)
def test_a_recap_sums_other_stories(caption: str) -> None:
    assert background(caption) == "roundup"


@pytest.mark.parametrize(
    "sentence",
    [
        "The report recaps how the fire started; two firefighters were hurt.",
        "Reporter Jane Doe recaps the news conference where police said three people were killed.",
        "Police Chief Ray Ortiz recaps the violence that left three people dead at the mall.",
    ],
)
def test_a_recap_of_the_article_own_incident_is_not_a_roundup(sentence: str) -> None:
    assert background(sentence) is None
