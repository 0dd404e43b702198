"""Per-sentence adjustments of the count records a sentence's patterns found.

Takes one sentence and the records :mod:`streams.enrich.counts` read in it;
emits them adjusted: a hurt victim the sentence says later died is dropped,
single victims named one after another are summed, and a killer's death
(his suicide, his killing by police, or his death told right after his
victims) outside every figure is added to the dead. Patterns use bounded
repetition only.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from streams.enrich.count_phrases import GUN_ON_SELF, SELF_KILLED
from streams.enrich.sentences import Sentence, overlaps
from streams.enrich.single_hurt import another_person_between
from streams.enrich.single_victims import killer_dies

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
    rf"{GUN_ON_SELF}|"
    r"(?:shot|shoots|shooting) (?:him|her)self)\b",
    re.IGNORECASE,
)
_KILLER = r"(?:gunman|shooter|suspect|attacker|assailant|killer)"
#: The killer killed by others: "before he was fatally shot by officers", "police
#: killed the gunman", "the suspect was shot dead", "5 murdered; suspect dead",
#: "five plus the gunman". News tolls of a rampage leave the killer out unless
#: they say "including the gunman".
_KILLER_KILLED = re.compile(
    r"\b(?:before (?:he|she)(?: (?:him|her)self)?(?: was| is|'s|\u2019s) (?:later )?"
    r"(?:shot and killed|fatally (?:shot|wounded)|shot dead|shot to death|killed)|"
    # "police killed the gunman"; not a bare "police killed him" (relatives of a man who died in
    # custody "say police killed him")
    rf"(?:police|officers|deputies|troopers|agents) (?:then )?(?:shot and )?killed the {_KILLER}|"
    rf"(?:the|a) {_KILLER}(?:,[^,]{{1,60}},)? (?:was|is) (?:also |later )?"
    r"(?:shot and killed|fatally shot|shot dead|shot to death|killed|dead)|"
    rf"[;,] (?:the )?{_KILLER} (?:dead|killed)|plus the {_KILLER})\b",
    re.IGNORECASE,
)
#: A toll that already counts the killer: "three dead, including the gunman".
_KILLER_COUNTED = re.compile(rf"\b(?:including|among them) (?:the )?{_KILLER}\b", re.IGNORECASE)
_OBJECT_NEXT = re.compile(r"\s+(?:his|her|their|an?)\s", re.IGNORECASE)
#: The verb right before a figure: "killing one", "kills 1": the killer is its subject, not among them.
_KILLED_OBJECT = re.compile(
    r"\b(?:kill(?:s|ed|ing)|fatally (?:shot|shooting|shoots)|murder(?:s|ed|ing)|claim(?:s|ed|ing)|"
    r"lives of)\s+(?:(?:his|her|their|another)\s+)?$",
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


def with_the_killer(sentence: Sentence, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the killer to the sentence's largest stated death figure when the
    sentence also tells of his death outside every figure: "two boys killed,
    father commits suicide" is three dead, and so is "killing two bailiffs
    before he was fatally shot by officers"."""
    killed = [h for h in hits if h["kind"] == "killed"]
    if not killed or _ACCIDENTAL.search(sentence.text) or _KILLER_COUNTED.search(sentence.text):
        # "a boy died after accidentally shooting himself" is one death
        return hits
    suicide = _SUICIDE.search(sentence.text)
    by_others = _KILLER_KILLED.search(sentence.text) if suicide is None else None
    death = suicide or by_others
    if death is None:
        return _killer_died(sentence, hits, killed)
    start, end = sentence.start + death.start(), sentence.start + death.end()
    if overlaps(((h["mention"]["start"], h["mention"]["end"]) for h in hits), start, end):
        return hits
    top = max(killed, key=lambda h: h["value"])
    if by_others is not None and start < top["mention"]["end"]:
        return hits  # "officers fatally shot, suspect killed: 3 killed" may count him
    # one dead may be the killer himself ("a man was found dead after shooting
    # himself"), unless the figure is the object of his killing ("kills 1 before ...")
    if top["value"] < 2 and not (_object_of_killing(sentence, top) or _killer_read_as_dead(sentence, top)):
        return hits
    return [{**h, "value": h["value"] + 1} if h is top else h for h in hits]


def _killer_died(
    sentence: Sentence, hits: list[dict[str, Any]], killed: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Add the killer to a death figure when the sentence says he died right
    after naming his victims: "Husband suspected of slaying wife and son dies
    in hospital" is three dead."""
    lower = sentence.text.lower()
    if "die" not in lower and "dead" not in lower and "succumb" not in lower:
        return hits
    for hit in killed:
        span = (hit["mention"]["start"] - sentence.start, hit["mention"]["end"] - sentence.start)
        if killer_dies(sentence.text, span):
            return [{**h, "value": h["value"] + 1} if h is hit else h for h in hits]
    return hits


def _object_of_killing(sentence: Sentence, hit: dict[str, Any]) -> bool:
    """Whether a killing verb comes right before the figure ("kills 1"): its
    victims are others than the killer."""
    start = hit["mention"]["start"] - sentence.start
    return bool(_KILLED_OBJECT.search(sentence.text, max(0, start - 40), start))


def _killer_read_as_dead(sentence: Sentence, hit: dict[str, Any]) -> bool:
    """Whether a figure of one is the killer as the subject of his killing ("A
    man shot and killed his wife before turning the gun on himself"): one
    victim is the object, so the killer's death is one more."""
    end = hit["mention"]["end"] - sentence.start
    return bool(_ONE.match(hit["mention"]["text"]) and _OBJECT_NEXT.match(sentence.text, end))
