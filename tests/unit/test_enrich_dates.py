"""Event dates read from the text (``streams.enrich.dates``)."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.dates import event_date
from streams.enrich.sentences import split_sentences


def _date(text: str, published: str) -> str | None:
    return event_date(split_sentences(text), dt.date.fromisoformat(published))[0]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday before a month and day confirms that date: not the latest Thursday
        ("A shooting on the night of Thursday, January 8, killed a man.", "2015-01-20", "2015-01-08"),
        ("The clerk died of his wounds Saturday July 18, police said.", "2015-07-17", "2015-07-18"),
        ("He was shot on Friday, Jan. 2, outside a bar.", "2015-01-09", "2015-01-02"),
    ],
)
def test_a_weekday_before_a_month_and_day_gives_that_day(text: str, published: str, expected: str) -> None:
    assert _date(text, published) == expected


def test_a_weekday_alone_is_the_latest_such_day() -> None:
    assert _date("A man was shot Friday night, police said.", "2015-07-20") == "2015-07-17"
    # "may" after a weekday is a verb when no day follows
    assert _date("Police said Friday may bring an arrest in the shooting.", "2015-07-20") == "2015-07-17"
