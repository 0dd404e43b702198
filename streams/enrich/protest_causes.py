"""Deaths a protest is about, in reports of an attack on the protest.

A report of a shooting at a protest tells what the protest is about: "the
protesters, angry over the fatal police shooting of a man on May 3", "camped
out since May 3, when police fatally shot a man". That death came before the
attack, another incident's, as the dead a vigil honours are
(:func:`streams.enrich.count_context.honoree_spans`). Patterns use bounded
repetition only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PROTEST = r"(?:protest(?:s|ers?|ing)?|demonstrat(?:ions?|ors?)|rall(?:y|ies)|marche[sr]|encampment|sit-ins?)"
#: An attack on a protest: "five protesters were shot", "opened fire on the
#: protesters", "a shooting near a protest site".
_ATTACKED = re.compile(
    r"\b(?:shot|shooting|fired|fire|gunfire|wounded|injured|hurt)\b[^.;]{0,60}?"
    rf"\b(?:at|near|on|into|during|outside)\b[^.;]{{0,40}}?\b{_PROTEST}\b|"
    rf"\b{_PROTEST} (?:who )?(?:were|was) (?:shot|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
#: What a protest is about, up to the death (only deaths in it are set apart): the
#: death named as a noun right after the connector ("protesters, angry over the fatal
#: police shooting of", "since the fatal officer-involved shooting of"), a date's
#: "when" clause ("camped out since May 3, when police fatally shot"), the police's
#: killing told as a verb ("gathered after police shot and killed") or a named one's
#: ("justice for Jane Doe, who was killed by police"); not a death told as the
#: protest's own news ("a protest over police brutality turned deadly when a man was
#: shot and killed").
#: A full stop inside a sentence ends an abbreviation ("since Nov. 15, when").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_CAUSE = re.compile(
    rf"\b{_PROTEST}\b[^.;]{{0,100}}?\b(?:since|over|against|after|about|for|sparked by|in response to)\s+"
    r"(?:(?:the|a|an|last\s+\w+'s)\s+)?(?:[\w-]+\s+){0,3}?(?:shooting|killing|death|slaying)\s+of\b|"
    rf"\b{_PROTEST}\b[^;]{{0,100}}?\b(?:since|after)\s+(?:{_MONTH}\s+\d{{1,2}}|\w+day)(?:,\s+\d{{4}})?,?"
    r"\s+when\s+(?:[\w-]+\s+){0,3}?(?:fatally|killed|shot and killed|shot dead)\b|"
    # "who gathered after police shot and killed Marcus Lee", "justice for Jane Doe,
    # who was killed by police": the death told as a verb, by the police or of a named one
    rf"\b{_PROTEST}\b[^.;]{{0,100}}?\b(?:since|after|over)\s+(?:an?\s+|the\s+)?"
    r"(?:police|officers?|deputy|deputies|troopers?|agents?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fatally shot|shot and killed|killed|shot dead)\b|"
    rf"\b{_PROTEST}\b[^.;]{{0,100}}?\b(?:for|over)\s+(?-i:[A-Z][\w'-]+\s+){{1,3}}?(?-i:[A-Z][\w'-]+),\s+"
    r"who\s+was\s+(?:fatally shot|shot and killed|killed|shot dead)\b",
    re.IGNORECASE,
)


def protest_attacked(texts: Iterable[str]) -> bool:
    """Whether the article (its headline among ``texts``) tells of an attack on a protest."""
    return any(_ATTACKED.search(text) for text in texts)


def cause_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence tells what a protest is about, up to the death it protests."""
    return [m.span() for m in _CAUSE.finditer(text)]
