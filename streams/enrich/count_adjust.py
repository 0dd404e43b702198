"""Per-sentence adjustments of the count records a sentence's patterns found.

Takes one sentence and the records :mod:`streams.enrich.counts` read in it;
emits them adjusted: a hurt victim the sentence says later died is dropped,
single victims named one after another are summed, and a killer's suicide
outside every figure is added to the dead. Patterns use bounded repetition
only.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from streams.enrich.count_phrases import SELF_KILLED
from streams.enrich.sentences import Sentence, overlaps
from streams.enrich.single_victims import another_person_between

#: A victim's later death: "has died", "has now died", "later died".
_HAS_DIED = re.compile(
    r"\b(?:(?:has|had|have)\s+(?:now\s+|since\s+|later\s+)?|later\s+|since\s+)"
    r"(?:died|succumbed|passed away)\b",
    re.IGNORECASE,
)
#: A figure of one person: "a man", "an 8-year-old", "one woman".
_ONE = re.compile(r"(?:an?|one)\s", re.IGNORECASE)
#: What joins two victims named one after another: "... in the back, and ".
_AND_NEXT = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)
#: "a boy died after accidentally shooting himself": no killer among the dead.
_ACCIDENTAL = re.compile(r"\baccidental(?:ly)?\b", re.IGNORECASE)
#: The killer's own death: "father commits suicide", "before turning the gun on himself".
_SUICIDE = re.compile(
    rf"\b(?:commit(?:s|ted|ting)? suicide|{SELF_KILLED}|"
    r"turn(?:s|ed|ing) the gun on (?:him|her)self|"
    r"(?:shot|shoots|shooting) (?:him|her)self)\b",
    re.IGNORECASE,
)


def without_the_dead(sentence: Sentence, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a single hurt victim the sentence later says has died: "a woman
    who was wounded in Sunday's shooting has died" is one dead, not one hurt."""
    died = _HAS_DIED.search(sentence.text)
    if died is None:
        return hits

    def dead_one(hit: dict[str, Any]) -> bool:
        span = (hit["mention"]["start"] - sentence.start, hit["mention"]["end"] - sentence.start)
        return (
            hit["kind"] in ("injured", "shot")
            and hit["value"] == 1
            and span[1] <= died.start()
            and not another_person_between(sentence.text, span, died.span())
        )

    return [h for h in hits if not dead_one(h)]


def one_by_one(sentence: Sentence, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sum the single victims a sentence names one after another: "a woman was
    shot in the back and a boy was shot in the arm" is two people shot."""
    merged = []
    for kind in ("killed", "injured", "shot"):
        ones = sorted(
            (h for h in hits if h["kind"] == kind and h["value"] == 1 and _ONE.match(h["mention"]["text"])),
            key=lambda h: h["mention"]["start"],
        )
        if len(ones) < 2:
            continue
        spans = [(h["mention"]["start"] - sentence.start, h["mention"]["end"] - sentence.start) for h in ones]
        if all(_AND_NEXT.search(sentence.text, a[1], b[0]) for a, b in pairwise(spans)):
            merged.append({**ones[0], "value": len(ones)})
            hits = [h for h in hits if h not in ones]
    return hits + merged


def with_suicide(sentence: Sentence, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the killer to the sentence's largest stated death figure when the
    sentence also tells of a suicide outside every figure: "two boys killed,
    father commits suicide" is three dead."""
    suicide = _SUICIDE.search(sentence.text)
    # "a boy died after accidentally shooting himself" is one death
    killed = [h for h in hits if h["kind"] == "killed" and h["value"] >= 2]
    if suicide is None or not killed or _ACCIDENTAL.search(sentence.text):
        return hits
    start, end = sentence.start + suicide.start(), sentence.start + suicide.end()
    if overlaps(((h["mention"]["start"], h["mention"]["end"]) for h in hits), start, end):
        return hits
    top = max(killed, key=lambda h: h["value"])
    return [{**h, "value": h["value"] + 1} if h is top else h for h in hits]
