"""Event date from the text ("on Friday", "March 22", "yesterday").

Takes sentences and the article's ``published`` value; emits the date the
text gives for the event (ISO ``YYYY-MM-DD``) with the phrase as evidence, or
None when the text states no date it can be resolved against.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from streams.enrich.sentences import Sentence

MONTH_NUMBERS = {
    m: i + 1
    for i, names in enumerate(
        ["jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december"]
    )
    for m in names.split()
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RE = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
#: A weekday before a month and day ("Thursday, January 8") only confirms the date the
#: month and day give; read alone it would be the latest such weekday before publication.
_DATE = re.compile(
    rf"\b(?:(?:{'|'.join(_WEEKDAYS)}),?\s+)?(?P<month>{_MONTH_RE})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|\b(?P<weekday>{'|'.join(_WEEKDAYS)})\b"
    r"|\b(?P<relative>yesterday|today|tonight|last night|this morning)\b",
    re.IGNORECASE,
)
#: Sentences that talk about the event itself; their dates are preferred.
_EVENT_HINT = re.compile(
    r"kill|dead|shot|shoot|attack|injur|wound|fire|explo|arrest|protest|crash|happened|"
    r"occurred|incident|struck|stabb",
    re.IGNORECASE,
)
MAX_SENTENCES = 12


def parse_published(published: Any) -> dt.date | None:
    """The calendar date of an ISO ``published`` value, or None."""
    if not isinstance(published, str) or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def event_date(
    sentences: list[Sentence], published: dt.date | None
) -> tuple[str | None, dict[str, Any] | None]:
    """Find the event date.

    Relative expressions resolve against ``published`` (a weekday means the
    most recent such day on or before it); dates without a year take the year
    that puts them on or before ``published``.

    Args:
        sentences: Sentences of the article, in order.
        published: Publication date, or None when unknown.

    Returns:
        ``(YYYY-MM-DD, evidence span)`` or ``(None, None)``.
    """
    candidates: list[tuple[int, int, dt.date, re.Match[str], Sentence]] = []
    for order, sentence in enumerate(sentences[:MAX_SENTENCES]):
        priority = 0 if _EVENT_HINT.search(sentence.text) else 1
        for match in _DATE.finditer(sentence.text):
            resolved = _resolve(match, published)
            if resolved is not None:
                candidates.append((priority, order, resolved, match, sentence))
                break
    if not candidates:
        return None, None
    _, _, date, match, sentence = min(candidates, key=lambda c: (c[0], c[1]))
    evidence = {
        "text": match.group(),
        "start": sentence.start + match.start(),
        "end": sentence.start + match.end(),
    }
    return date.isoformat(), evidence


def _resolve(match: re.Match[str], published: dt.date | None) -> dt.date | None:
    """Resolve one date expression to a calendar date, or None."""
    if match.group("month"):
        return _month_day(match, published)
    if published is None:
        return None
    if match.group("weekday"):
        weekday = _WEEKDAYS.index(match.group("weekday").lower())
        return published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    word = match.group("relative").lower()
    return published - dt.timedelta(days=1 if word in ("yesterday", "last night") else 0)


def _month_day(match: re.Match[str], published: dt.date | None) -> dt.date | None:
    """Resolve "March 22[, 2024]"; the year defaults to the publication year."""
    year_text = match.group("year")
    if year_text is None and published is None:
        return None
    year = int(year_text) if year_text else published.year  # type: ignore[union-attr]
    try:
        date = dt.date(year, MONTH_NUMBERS[match.group("month").lower()], int(match.group("day")))
    except ValueError:
        return None
    if year_text is None and published is not None and date > published + dt.timedelta(days=1):
        date = date.replace(year=year - 1) if not (date.month == 2 and date.day == 29) else date
    return date
