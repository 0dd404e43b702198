"""A headline's pair of relatives killed, joined by a comma for "and" ("Man
kills brother, girlfriend"): two dead. Headlines in our own words, with the
phrasings the rule must leave alone."""

import pytest

from streams.enrich.count_ranking import best_value
from streams.enrich.count_selection import finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.sentences import Sentence


def headline_dead(title: str) -> int:
    """The death figure a headline alone yields."""
    return best_value(finalize_counts(extract_counts([Sentence(title, 0, len(title), "title")])), "killed")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Teen arraigned on shooting deaths of mother, brother", 2),
        ("Crash kills mother, daughter on Route 9", 2),
        ("Farmer kills his wife, son in barn shooting", 2),
        ("Teen charged in shooting deaths of baby, man on Elm Street", 2),
    ],
)
def test_a_headline_pair_is_two_dead(title: str, expected: int) -> None:
    assert headline_dead(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Storm kills father, son says", 1),
        ("Woman kills husband, police say", 1),
        ("Storm kills man, woman says", 1),
        ("Crash kills man, injures 3", 1),
        ("Man kills wife, then self", 2),
        ("Man accused of killing wife, father-in-law testifies", 1),
        # the second noun opens a clause of its own (a second reader's cases)
        ("Shooting kills teen, girl critical", 1),
        ("Man kills girlfriend, baby survives", 1),
        ("Crash kills man, woman arrested", 1),
        ("Fire kills woman, son escapes", 1),
        ("Man kills son, wife charged", 1),
    ],
)
def test_general_news_unchanged(title: str, expected: int) -> None:
    assert headline_dead(title) == expected


@pytest.mark.parametrize(
    "title",
    ["Man kills woman, teen in custody", "Man kills wife, son at large", "Man kills mother, son on trial"],
)
def test_a_status_after_the_pair_opens_a_clause(title: str) -> None:
    assert headline_dead(title) == 1
