"""Readings a code review of the tenth session's count rules found wrong, in our
own words: each rule kept to what it was written for."""

import pytest

from streams.enrich import best_value, enrich
from streams.enrich.count_context import sums_incidents


def _counts(text: str, title: str | None = None) -> tuple[int, int]:
    counts = enrich({"article_id": "r", "title": title, "text": text}, "fast")["counts"]
    return best_value(counts, "killed"), best_value(counts, "injured")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a question answered by "No" standing alone denies it; "No arrests yet" does not
        ("Dozens hurt in stadium crush? No, says club", (0, 0)),
        ("Dozens hurt in stadium crush? Not so.", (0, 0)),
        ("Three dead in Dayton shooting? No arrests yet", (3, 0)),
        ("Five dead in crash: what happened? No one knows", (5, 0)),
    ],
)
def test_a_question_headline_is_denied_only_by_a_standalone_no(title: str, expected: tuple[int, int]) -> None:
    assert _counts("The club said it would review the match.", title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of people who suffered no injuries, or fatal ones, is not of the hurt
        ("Her mom and the boyfriend suffered no injuries.", (0, 0)),
        ("Her mom and the boyfriend suffered no serious injuries.", (0, 0)),
        ("Her mom and the boyfriend suffered apparently fatal wounds.", (0, 0)),
        ("Her mom and the boyfriend suffered minor injuries.", (0, 2)),
        # shot at and missed; shot at a place
        ("Police said Tom Hale and Ann Price were shot at but not hit.", (0, 0)),
        ("Police said Tom Hale and Ann Price were shot at a party.", (0, 2)),
        # a bare figure of three digits sent to hospitals is a service's tally
        ("The ambulance service transported 12,000 to hospitals last year.", (0, 0)),
        ("The heat wave sent 300 to hospitals across the state last summer.", (0, 0)),
        ("Officers found three dead and transported one to the hospital.", (3, 1)),
        # "separately" as "also", at the lead's own scene
        (
            "Two people were shot dead at a bar on Friday. Separately, three others were wounded by "
            "gunfire at the same bar.",
            (2, 3),
        ),
        (
            "Two people were shot dead at a bar on Friday. In a separate incident, three men were "
            "wounded by gunfire on Elm Street.",
            (2, 0),
        ),
    ],
)
def test_rules_kept_to_their_cases(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second review: "shot at" a range, a time, a place is a hit
        ("Her mom and the boyfriend were shot at close range.", (0, 2)),
        ("The driver and his passenger were shot at Lincoln Park.", (0, 2)),
        ("Tom Hale and Ann Price were shot at by a gunman but escaped.", (0, 0)),
        # "no life-threatening injuries" are injuries
        ("Her mom and the boyfriend suffered no life-threatening injuries.", (0, 2)),
        # only a bare "Separately" at the same scene is the lead's incident
        (
            "Two people were shot dead at a bar on Friday. In a separate shooting, three men were "
            "wounded by gunfire and one died at the scene.",
            (2, 0),
        ),
        # "non-fatal" tells no death; "passed away" does
        (
            "Four people were shot at a party. A man was found stabbed to death nearby. All of the "
            "victims suffered non-fatal wounds and are expected to survive.",
            (1, 4),
        ),
        (
            "Five people were shot. All of the victims were taken to a hospital, where one later "
            "passed away and four survived.",
            (1, 4),
        ),
        # one incident's hundreds sent to hospital count; a tally over a span does not
        ("The stampede sent 150 to the hospital, officials said.", (0, 150)),
        ("Paramedics transported 4,000 people to hospitals in 2023.", (0, 0)),
    ],
)
def test_second_review(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


def test_no_as_number_is_no_answer() -> None:
    assert _counts("Police are investigating.", "Three dead in Dayton shooting? No. 1 suspect sought") == (
        3,
        0,
    )


@pytest.mark.parametrize(
    ("title", "roundup"),
    [
        ("Man Charged In Highway Shootings", False),
        ("Man charged in highway shootings", False),
        ("Man gets life in 1996 shootings", False),
        ("Man charged in Chicago weekend shootings", True),
        ("Man charged in 3 shootings", True),
    ],
)
def test_shootings_by_their_plural_alone_in_any_case(title: str, roundup: bool) -> None:
    assert sums_incidents(title) is roundup
