"""The ``published`` value of an incoming article, as ISO 8601 or a rejection.

Producers send ISO dates, and those pass as they are. Scraped articles often
carry the page's own dateline instead: "Mar 4, 2009", "Published on Friday, 27
September 2013", "Posted : Sep 27, 2013 10 : 50AM CDT", "UPDATED 05 / 03 / 2013",
sometimes with the next sentence glued on. Rejecting those would dead-letter
half of a scraped corpus (ECB+ dev: 222 of 496 articles) whose text is fine, so
the first calendar date such a value writes becomes the ISO date (the day only:
zone names like "IST" or "CST" are ambiguous, and the pipeline works in days).
Numeric dates read month first, as US pages write them, unless the first
number cannot be a month or that reading is after the day the article arrived
(give or take a time zone) and the day-first one is not (a British page's
"05/03/2013" seen on 10 March 2013 is 5 March: a page is not published after
it is received); a two-digit year is the latest year it can be that is not
after the day the article arrived. A value that writes no full date (no year,
"yesterday", a stray sentence) in its first 200 characters, or only impossible
ones (February 30), is still an ``invalid_date``; an empty string is a missing
date, as null is.
"""

from __future__ import annotations

import datetime as dt
import re

from streams.deadletter import Rejection
from streams.enrich.dates import MONTH_NUMBERS

#: Where a written date is looked for: a page's dateline comes first.
SCANNED_CHARS = 200
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_YEAR = r"(?P<{}>(?:19|20)\d\d)"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
# Leftmost date wins: year first (2013-09-28, 2012.08.08), month first
# (March 4, 2009; Dec 23 2012), day first (27 September 2013), numeric with
# slashes (09 / 14 / 2013, 11 / 30 / 09). Spaces around separators come from tokenised scrapes.
_DATE = re.compile(
    rf"(?<!\d){_YEAR.format('y1')}\s?[-./]\s?(?P<m1>[01]?\d)\s?[-./]\s?(?P<d1>[0-3]?\d)(?!\d)"
    rf"|\b(?P<m2>{_MONTH})\.?\s+{_DAY.format('d2')},?\s+{_YEAR.format('y2')}\b"
    rf"|\b{_DAY.format('d3')}\s+(?P<m3>{_MONTH})\.?,?\s+{_YEAR.format('y3')}\b"
    rf"|(?<!\d)(?P<a4>[0-3]?\d)\s?/\s?(?P<b4>[0-3]?\d)\s?/\s?(?P<y4>(?:19|20)?\d\d)(?!\d)",
    re.IGNORECASE,
)


def normalise_published(value: object, arrived: dt.date) -> object:
    """``value`` as an ISO date, None when empty, or as it is when not a string.

    ``arrived`` is the day the article was received: a two-digit year is never
    after it. Non-strings are left to the schema, which names the wrong type.
    Raises ``Rejection("invalid_date")`` for a string that writes no valid date.
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    if not text:
        return None
    if _ISO.match(text):
        _check_iso(text)
        return text
    for match in _DATE.finditer(text[:SCANNED_CHARS]):
        day = _calendar_day(match, arrived)
        if day is not None:
            return day.isoformat()
    raise Rejection("invalid_date", f"published {value[:200]!r} is not a date (ISO 8601 or a written date)")


def _check_iso(value: str) -> None:
    try:
        if len(value) == 10:
            dt.date.fromisoformat(value)
        else:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise Rejection("invalid_date", f"published {value!r}: {exc}") from exc


def _calendar_day(match: re.Match[str], arrived: dt.date) -> dt.date | None:
    """The date a match writes, or None when it is not one (month 13, day 31 of June)."""
    group = match.groupdict()
    if group["y1"]:
        return _valid_day(int(group["y1"]), int(group["m1"]), int(group["d1"]))
    if group["y2"]:
        return _valid_day(int(group["y2"]), MONTH_NUMBERS[group["m2"].lower()], int(group["d2"]))
    if group["y3"]:
        return _valid_day(int(group["y3"]), MONTH_NUMBERS[group["m3"].lower()], int(group["d3"]))
    return _numeric_day(int(group["a4"]), int(group["b4"]), int(group["y4"]), arrived)


def _numeric_day(first: int, second: int, year: int, arrived: dt.date) -> dt.date | None:
    """A slashed date: month first unless only the day-first reading can be the day
    of a page received on ``arrived`` (or the first number cannot be a month)."""
    if year < 100:  # "11 / 30 / 09": the latest such year up to the arrival's
        year += 2000 if 2000 + year <= arrived.year else 1900
    month_first, day_first = _valid_day(year, first, second), _valid_day(year, second, first)
    # a day's slack: a page written east of UTC may be dated the day after it arrived
    latest = arrived + dt.timedelta(days=1)
    if month_first is None or (month_first > latest and day_first is not None and day_first <= latest):
        return day_first
    return month_first


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
