"""Counts a sentence takes back: "early reports said one person had died, but
that proved to be incorrect", "despite earlier reports that he had died".

Takes a sentence and the count records read from it; emits the records
outside the clause the sentence retracts. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.sentences import Sentence

#: A report the sentence itself takes back: "early reports said one person had
#: died, but that proved to be incorrect", "despite earlier reports that he had died".
_RETRACTED = re.compile(
    r"\b(?:proved|proven|turned out|turns out) to be (?:incorrect|false|wrong|untrue|inaccurate)\b|"
    # "despite earlier reports that the boy had died, he is still fighting for his life"
    r"\bdespite (?:\w+ )?(?:early|earlier|initial|first|preliminary) reports? that\b[^,;]{0,150}|"
    # "reports that one of them died are mistaken", "rumors that hundreds were hurt were false"
    r"\b(?:(?:early|initial|earlier|first|preliminary) reports?|(?:reports?|rumou?rs?|claims?) that)\b"
    r"[^.;]{0,100}?"
    r"\b(?:were|was|are|is|proved|turned out) (?:\w+ )?"
    r"(?:incorrect|inaccurate|erroneous|untrue|wrong|false|mistaken|unfounded)\b|"
    # A question the sentence answers no ("Hundreds hurt at concert? No, says promoter"):
    # the headline asks what its story denies; the answer stands alone ("No," "Not so."),
    # never "No arrests yet", "No one knows".
    r"^[^?]{1,150}\?\s*(?:no|not so|not true)\s*(?:[,:;!]|\.(?!\s*\d)|[-\u2013\u2014]\s|$)",
    re.IGNORECASE,
)
#: Where a retracted report starts: "early reports said", "the claim that", "rumors".
_REPORT = re.compile(
    r"\b(?:early |earlier |initial |first |preliminary )?(?:reports?|reported|claims?|rumou?rs?)\b",
    re.IGNORECASE,
)


def not_retracted(sentence: Sentence, counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the counts of a clause the sentence takes back ("early reports said one
    person had died, but that proved to be incorrect"); a clause before a
    semicolon keeps its own ("five were wounded; early reports of a death were false")."""
    retracted = _RETRACTED.search(sentence.text)
    if retracted is None:
        return counts
    # The reported clause starts at the report ("early reports said ..."), never before it:
    # "Fourteen were killed, and early reports of a gas leak were wrong" keeps its fourteen.
    reports = [r.start() for r in _REPORT.finditer(sentence.text, 0, retracted.end())]
    reports = [at for at in reports if at <= retracted.start()]
    begin = max(
        reports[-1] if reports else retracted.start(), sentence.text.rfind(";", 0, retracted.start()) + 1
    )
    start, end = sentence.start + begin, sentence.start + retracted.end()
    return [c for c in counts if not start <= c["mention"]["start"] < end]
