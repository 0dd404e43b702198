"""Dates in a sentence that set a figure in another incident's time.

Takes the text of one sentence and where a figure lies in it; tells which years
it names as dates, the latest year an article names, and whether a date of an
earlier year dates the figure ("the Sept. 16, 2010, shooting death of" in a 2015
report tells another case). :mod:`streams.enrich.count_context` asks it for
background. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: "in November of 2012": background only for a figure the year dates.
_YEAR = re.compile(r"\bin (?:\w+ (?:of )?)?(?:19|20)\d\d\b(?! block)", re.IGNORECASE)
#: A year ("2009"), dated when :data:`_DATES_IT` ends right before it. Not an
#: address ("the 2000 block").
_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b(?! block)(,)?")
#: What makes the year after it a date: "Nov. 5, 2009", "June of 2016", "the
#: 2009 shooting", "in 2012", "since 2013"; not "a 2010 graduate" or "the class
#: of 2010", which date a person.
_DATES_IT = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? "
    r"(?:\d{1,2}(?:st|nd|rd|th)?,? |of )?|"
    r"\b(?:the|in|since) )$",
    re.IGNORECASE,
)
#: What opens a clause before a date that fronts it: the sentence's start, "that",
#: "and", "but", "when", a comma, with "back in", "in", "on" or "during" ("Back in
#: May 2010, two officers were wounded"); not a participle ("released in June 2012,").
_FRONTS = re.compile(r"(?:^|\b(?:that|and|but|when)\s+|,\s*)(?:back\s+)?(?:in|on|during)?\s*$", re.IGNORECASE)
#: How many years before the latest year an article names a date must lie to
#: tell of another incident: an incident's own arrests, trials and sentences
#: follow within two years ("the Oct. 1, 2021, crash ... jury selection began in
#: 2022"); "the Nov. 5, 2009, shooting" in a 2014 report is a recall.
_RECALL_YEARS = 3
#: What may come before a date that opens a sentence: "On Nov. 5, 2009, ...".
_OPENER = re.compile(r"\s{0,3}(?:(?:on|in) )?", re.IGNORECASE)
#: What ends a clause between a year and a figure: "The suspect, who was
#: released in 2012, killed three people" dates the release, not the deaths.
_CLAUSE_BREAK = re.compile(
    r"[;()]|[,:](?!\d)|\s[-\u2013\u2014]\s|\b(?:who|which|when|whom|whose)\b", re.IGNORECASE
)
#: A clause the year dates: "in August 2015, when three people were shot".
_WHEN = re.compile(r",? when\b", re.IGNORECASE)


def latest_year(texts: Iterable[str]) -> int:
    """The latest year the article's dates name (0 when none): a figure dated
    by an earlier year tells of another incident than the article's own."""
    return max((year for text in texts for year, _, _ in _dates(text)), default=0)


def dated_years_before(text: str, start: int, end: int, year: int) -> bool:
    """Whether a date at least ``_RECALL_YEARS`` before ``year`` (the year the
    article was published) dates the figure at ``start:end``, as
    :func:`streams.enrich.count_context.background` tells it: "the Sept. 16, 2010, shooting death of" in a
    2015 report."""
    return dated(text, start, end, earlier_dates(text, year))


def dated(text: str, start: int, end: int | None, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether one of the dates at ``spans`` dates the figure: it opens the
    sentence, or no clause breaks between them (a "when" clause after the
    date belongs to it)."""
    for year_start, year_end in spans:
        if end is None or _OPENER.fullmatch(text[:year_start]):
            return True
        between = text[year_end:start] if year_end <= start else text[end:year_start]
        when = _WHEN.match(between) if year_end <= start else None
        if not _CLAUSE_BREAK.search(between, when.end() if when else 0):
            return True
    return False


@lru_cache(maxsize=256)
def earlier_dates(text: str, latest: int) -> tuple[tuple[int, int], ...]:
    """Where the sentence dates something years before the article's latest year:
    from the date's start ("On Nov. 5, 2009, ..." opens the sentence) to the
    end of its year and comma ("the Sept. 16, 2010, shooting": the date's own
    comma ends no clause)."""
    if not latest:
        return ()
    before = latest - _RECALL_YEARS
    return tuple((start, end) for year, start, end in _dates(text) if year <= before)


def _dates(text: str) -> list[tuple[int, int, int]]:
    """Each year the text names as a date: the year, where its date starts and
    where it ends (after its own comma when it gives a day). Year digits are found first,
    the cheap test on text that names none."""
    found = []
    for year in _YEAR_DIGITS.finditer(text):
        head = _DATES_IT.search(text, max(0, year.start() - 20), year.start())
        if head is not None:
            # a comma after the year is the date's own after a day ("Sept. 16, 2010,") or
            # when the date fronts its clause ("Police said that in May 2010, two ...");
            # after "released in June 2012," it closes an aside
            own_comma = any(ch.isdigit() for ch in head.group()) or _FRONTS.search(text, 0, head.start())
            end = year.end() if own_comma else year.start() + 4
            found.append((int(text[year.start() : year.start() + 4]), head.start(), end))
    return found


@lru_cache(maxsize=256)
def years_named(text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence names a year ("in 2009"); cached, as a sentence with many
    figures asks once per figure."""
    return tuple(year.span() for year in _YEAR.finditer(text))
