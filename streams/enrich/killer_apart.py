"""The attacker killed beside the people he shot: a death apart from the hit.

Takes one sentence and the count records :mod:`streams.enrich.counts` read in
it; emits them with the people-shot figure marked as others than the dead when
the sentence's only death is the attacker's: "two officers were shot and the
suspect was killed" is two hurt and one dead, not one hurt (news says "shot"
for both outcomes, so a shot figure otherwise has the dead taken off it).
Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.numbers import NUMBER_WORDS
from streams.enrich.sentences import Sentence, overlaps

_ATTACKER = r"(?:suspect|gunman|shooter|attacker|assailant|robber|intruder)"
#: The attacker's death, told as his alone: "the suspect was killed", "the
#: gunman, a 30-year-old man, was shot dead", "police shot and killed the suspect",
#: a headline's "Two officers shot, suspect killed".
_ATTACKER_KILLED = re.compile(
    rf"\bthe\s+(?:suspected\s+)?{_ATTACKER}(?:,[^,;]{{1,60}},)?\s+(?:was|is)\s+(?:also\s+|later\s+)?"
    r"(?:shot and killed|fatally shot|shot dead|shot to death|killed|dead)\b|"
    rf"[,;]\s+(?:the\s+)?{_ATTACKER}\s+(?:killed|dead|shot dead)\b|"
    r"\b(?:police|officers|deputies|troopers|agents)\s+(?:later\s+|then\s+)?"
    rf"(?:shot and\s+)?killed\s+the\s+(?:suspected\s+)?{_ATTACKER}\b",
    re.IGNORECASE,
)
#: A figure stated in words or digits: "Two officers were shot".
_FIGURE = re.compile(rf"(?:\d|(?:{NUMBER_WORDS})\b)", re.IGNORECASE)
#: A shot figure that counts the attacker among the hit: "three people, including the suspect".
_COUNTS_HIM = re.compile(rf"\b{_ATTACKER}s?\b|\bincluding\b", re.IGNORECASE)


def killer_apart(sentence: Sentence, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mark the shot figure as others than the dead when the only death the
    sentence tells is the attacker's, outside that figure (a headline's
    "suspect killed" may give no record of its own)."""
    if not hits:
        return hits
    death = _ATTACKER_KILLED.search(sentence.text)
    if death is None or _COUNTS_HIM.search(sentence.text, 0, death.start()):
        return hits
    start, end = sentence.start + death.start(), sentence.start + death.end()
    for hit in hits:
        if hit["kind"] == "killed" and (hit["value"] != 1 or not overlaps([_span(hit)], start, end)):
            return hits  # another's death: "a man was killed ... the suspect is dead" tells two
    return [_apart(h, start, end) for h in hits]


def _apart(hit: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    """A stated figure of several shot outside the attacker's death, marked as
    others than the dead (a lone "officer shot" beside him is left to the rules
    of single victims; "officer shot, suspect killed" lists him among the hit)."""
    if hit["kind"] != "shot" or hit["value"] < 2 or not _FIGURE.match(hit["mention"]["text"]):
        return hit
    if overlaps([_span(hit)], start, end) or _COUNTS_HIM.search(hit["mention"]["text"]):
        return hit
    return {**hit, "others": True}


def _span(hit: dict[str, Any]) -> tuple[int, int]:
    """Where a record's mention lies in the text."""
    return hit["mention"]["start"], hit["mention"]["end"]
