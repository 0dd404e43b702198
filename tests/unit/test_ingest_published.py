"""A scraped article's written publication date becomes ISO; junk is still rejected."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.deadletter import Rejection
from streams.ingest.published import SCANNED_CHARS, normalise_published

ARRIVED = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Mar 4, 2009", "2009-03-04"),
        ("Published on Friday, 27 September 2013", "2013-09-27"),
        ("Posted : Sep 27, 2013 10 : 50AM CDT", "2013-09-27"),
        ("WEDNESDAY, MARCH 4, 2009, 10 : 53 AM", "2009-03-04"),
        ("Tuesday, July 2nd, 2013", "2013-07-02"),
        ("Tue, 02 Jul 2013 12:28:00 GMT", "2013-07-02"),
        ("on Dec 23 2012, 6 : 11p He ended the day 17 / 35 for 205 yards.", "2012-12-23"),
        ("Released 2013 - 09 - 28 05 : 08 : 35 GMT", "2013-09-28"),
        ("Published : 2012.08.08 09 : 01 AM", "2012-08-08"),
        ("UPDATED 05 / 03 / 2013 at 11 : 00 AM EDT", "2013-05-03"),  # US order
        ("Last updated 13 : 26 14 / 09 / 2013", "2013-09-14"),  # 14 cannot be a month
        ("11 / 30 / 09 05 : 40 PM ET", "2009-11-30"),
        ("31/12/99", "1999-12-31"),
        ("Posted 6/5/60", "1960-06-05"),  # never a year after the article arrived
        ("Posted 6/5/26", "2026-06-05"),
        # The first date written is the publication's, not the update's.
        ("Posted September 26, 2013 - 3 : 47pm Updated September 27, 2013 - 6 : 56am", "2013-09-26"),
        # An impossible first match gives way to the next date.
        ("February 30, 2013 or March 2, 2013", "2013-03-02"),
    ],
)
def test_written_dates_become_iso_days(written: str, iso: str) -> None:
    assert normalise_published(written, ARRIVED) == iso


@pytest.mark.parametrize("value", ["2024-03-25", "2024-03-25T10:00:00Z", "2024-03-25T10:00:00+02:00"])
def test_iso_values_pass_as_they_are(value: str) -> None:
    assert normalise_published(value, ARRIVED) == value


@pytest.mark.parametrize("value", ["", "   ", None])
def test_an_empty_date_is_a_missing_one(value: str | None) -> None:
    assert normalise_published(value, ARRIVED) is None


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "Updated 9 : 06 AM",  # no date at all
        "Mar. 8 5 : 46 PM EST",  # no year
        "He had 11 and 11, and had six blocks.",
        "2024-02-30",
        "13 / 14 / 2013",  # no month 13 or 14
    ],
)
def test_a_value_that_writes_no_valid_date_is_rejected(value: str) -> None:
    with pytest.raises(Rejection) as caught:
        normalise_published(value, ARRIVED)
    assert caught.value.reason == "invalid_date"


def test_other_types_are_left_to_the_schema() -> None:
    assert normalise_published(20240325, ARRIVED) == 20240325


def test_only_the_head_of_a_long_value_is_read() -> None:
    """A page's dateline comes first; a megabyte of glued text is not scanned."""
    assert normalise_published("Posted May 2, 2013 " + "x " * 500_000, ARRIVED) == "2013-05-02"
    with pytest.raises(Rejection):
        normalise_published("x" * SCANNED_CHARS + " May 2, 2013", ARRIVED)


@pytest.mark.parametrize(
    ("written", "arrived", "iso"),
    [
        # Month first would be 3 May, after the page arrived: a British page's 5 March.
        ("05/03/2013", dt.date(2013, 3, 10), "2013-03-05"),
        ("05/03/2013", dt.date(2013, 5, 4), "2013-05-03"),  # both readings past: US order
        ("05/03/2013", dt.date(2013, 1, 2), "2013-05-03"),  # neither reading past: US order
        ("12/11/13", dt.date(2013, 11, 20), "2013-11-12"),
        # Dated in India on 10 March, received on 9 March (UTC): still 10 March.
        ("10/03/2013", dt.date(2013, 3, 9), "2013-03-10"),
        ("03/10/2013", dt.date(2013, 3, 9), "2013-03-10"),  # month first is a day's slack ahead
    ],
)
def test_a_numeric_date_is_not_read_after_the_page_arrived(written: str, arrived: dt.date, iso: str) -> None:
    assert normalise_published(written, arrived) == iso
