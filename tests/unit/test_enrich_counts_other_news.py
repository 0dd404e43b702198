""" "In other news" opens another story: its figures are not the article's,
whatever harmed the people. Texts in our own words."""

import pytest

from streams.enrich.harm_causes import another_cause, lead_causes
from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two people were hurt and one killed in a shooting at a park in Boise. "
            "In other news, a crash on Highway 20 killed four people Sunday.",
            (1, 2),
        ),
        ("A fire killed two people in Akron. In other news, a gunman wounded four people at a bar.", (2, 0)),
        ("Two men were shot dead in Tulsa. In other news, three were killed in a shooting in Waco.", (2, 0)),
        # no other story told: kept
        ("A tornado killed four people in Kansas. Meanwhile, floods killed two more in Missouri.", (4, 0)),
        ("In other news, the council passed a budget. Two people died in a crash on Main Street.", (2, 0)),
    ],
)
def test_other_news_is_another_story(text: str, want: tuple[int, int]) -> None:
    assert best(text) == want


def test_lead_ends_before_other_news() -> None:
    told = lead_causes("", ["A man was shot in Reno.", "In other news, a crash killed two."])
    assert told == frozenset({"gunfire"})
    assert another_cause("In other news, two men were shot in Elko.", told)
    assert not another_cause("Related coverage: man shot in Reno identified.", told)


def test_other_news_is_never_the_article_s_figure() -> None:
    """Even an article with no casualties of its own does not take the other news's."""
    text = (
        "No one was hurt in a fire at a vacant warehouse on Wednesday. "
        "In other news, a 15-year-old boy drowned while swimming in the lake on Tuesday."
    )
    assert best(text) == (0, 0)
    assert best("In other news today, five people were killed in a crash.") == (5, 0)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "in a separate incident", "separately": another incident's figures, set aside
        (
            "A ferry ran aground near Bergen on Monday, injuring 12 passengers. "
            "In a separate incident, two fishermen drowned off the coast.",
            (0, 12),
        ),
        (
            "Three people were wounded in a shooting at a bar in Dayton. "
            "In an unrelated case, a man was shot dead by police in Toledo.",
            (0, 3),
        ),
        (
            "Shelling killed a woman in a village near the border on Friday. "
            "Separately, a drone attack killed three people in the capital.",
            (1, 0),
        ),
        # a harm the lead's event brings with it is part of its toll: a storm's crash
        (
            "A winter storm shut roads on Sunday, and a man died when a tree fell on his car. "
            "Separately, four people were hurt in a crash on the icy interstate.",
            (1, 4),
        ),
    ],
)
def test_separate_incident_is_another_story(text: str, want: tuple[int, int]) -> None:
    assert best(text) == want
