"""Read the figure of one count pattern match: how many people it states.

Takes a sentence, a match of one of the patterns of :mod:`streams.enrich.counts`
and the name of that pattern (``how``); emits the number of people the match
states and its qualifier (both numbers of a pair added up), or None when the
number is no head count: an age ("a sixteen year old girl", "Tom Cruz, 32"),
"shot 11 times", a span of time, a road or a flight ("Interstate 80"), a
gallery's "Image 44 of 44". Split from :mod:`streams.enrich.count_matches`,
which decides the kind of the count and what follows the figure, so that the
checks that tell a head count from any other number read in one place. The
named groups ``num``, ``num1``, ``one``, ``two``, ``sep``, ``comma`` and
``noun`` are the contract with the patterns. Patterns use bounded repetition
only.
"""

from __future__ import annotations

import re

from streams.enrich.count_phrases import UNIT_LABEL
from streams.enrich.numbers import parse_number
from streams.enrich.sentences import Sentence

#: "16 year old", "17-year-old" after a number: an age, not a head count.
_AGE = re.compile(
    r"[\s-]{0,3}(?:(?:years?|yrs?|months?|weeks?|days?)[\s-]{0,3}old\b|(?:yo|y/o|y\.o\.)(?!\w))",
    re.IGNORECASE,
)
#: A singular age noun ("17-year-old"): a figure above one never counts it.
_ONE_AGED = re.compile(r"\d{1,2}-year-old", re.IGNORECASE)
#: "killed two years ago", "the death of eight month Jayden": a span of time (or an
#: age) right after a figure with no people noun, not a head count.
#: Never a school year: "killed two Year 10 girls".
_DURATION = re.compile(r"\s{1,3}(?-i:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b(?!\s{0,3}\d)")
#: "shot 11 times": shots, not people.
_TIMES = re.compile(r"\s{1,3}(?:more\s{1,3})?times\b", re.IGNORECASE)
#: "under the age of eight", "between the ages of 11 and", "younger than 12":
#: ages, not counts;
#: "Image 44 of 44": a photo gallery; "Father of 4 killed", "mother of three": the
#: children of the one person killed.
_AGE_OF = re.compile(
    r"\b(?:ages? of|aged|between|ages|(?:younger|older) than|(?:image|photo|slide)s? \d{1,3} of|"
    r"(?:(?:great-?)?grand)?(?:father|mother|dad|mom|parent)s? of)\s+"
    r"(?:\w+\s+and\s+)?$",
    re.IGNORECASE,
)
#: The figure a scale word multiplies: "(About) 2.4 (million people)".
_DECIMAL_BEFORE = re.compile(r"(?<![\w.,])(?P<figure>\d{1,3}\.\d{1,2})\s$")
#: A name and its comma right before a bare number: "... and Tom Cruz, 32 were
#: taken to hospital" gives an age, not a head count.
_AFTER_NAME = re.compile(
    r"(?-i:(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|In|On|At|Across|Near|Since|During|After|"
    r"Before|From|Throughout|Around|Outside|Inside|Over|Under|For|By|Of|The|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z][a-z'-]{1,20} "
    r"(?!(?:Killed|Dead|Injured|Wounded|Hurt|Shot|Slain|Dies|Died|Arrested|County|City|Park|Street|Avenue|"
    r"Road|Drive|Township|Parish|Heights|Village|Beach)\b)[A-Z][\w'-]{1,20}),\s{1,2}$"
)
#: A road, flight or unit a number names, not people it counts: "a crash on Interstate 80
#: killed three", "Highway 401", "State Road 7", "SR 20", "mile marker 120", "Flight 17",
#: "an earthquake of magnitude 7".
_LABEL_BEFORE = re.compile(
    # capitalised, as names are: "along the route 12 people were hurt" counts people
    r"(?:\b(?:Interstate|INTERSTATE|Highway|HIGHWAY|Hwy|Freeway|Expressway|Turnpike|Parkway|Route|ROUTE|Rte|Exit|"
    r"Flight|Apartment|Apt|Suite|Engine|Ladder|(?i:mile marker|magnitude|category))\.?|"
    r"\b(?:County|State|Farm|Township) (?i:road|rd)\.?|"
    r"\b(?-i:Loop|SR|CR|FM|SH|IH|I)|"
    # a unit a number names after the people it qualifies: "two constables from Precinct 5"
    rf"\b{UNIT_LABEL})\s{{1,2}}$"
)
#: A verb of harm right before a figure: its object, not the subject of the verb after.
_VERB_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)|wound(?:ed|ing|s)|injur(?:ed|ing|es))\s+(?:(?:a|an|one|the|his|her|their)\s+)?$",
    re.IGNORECASE,
)


def head_count(sentence: Sentence, match: re.Match[str], how: str) -> tuple[int, str] | None:
    """The number of people a match states (both numbers of a pair), or None
    when the number is an age ("a sixteen year old girl") or not a number."""
    parsed = parse_number(match.group("num"))
    if (
        parsed is None
        or _AGE.match(sentence.text, match.end("num"))
        or _TIMES.match(sentence.text, match.end("num"))
    ):
        return None
    if _AGE_OF.search(sentence.text, max(0, match.start("num") - 60), match.start("num")):
        return None
    decimal = _DECIMAL_BEFORE.search(sentence.text, max(0, match.start("num") - 12), match.start("num"))
    if decimal is not None and match.group("num").lower() in ("hundred", "thousand", "million"):
        parsed = round(float(decimal.group("figure")) * parsed[0]), parsed[1]  # "2.4 million people"
    if match.group("num")[:1].isdigit() and _LABEL_BEFORE.search(
        sentence.text, max(0, match.start("num") - 16), match.start("num")
    ):
        return None
    if not match.groupdict().get("noun") and _DURATION.match(sentence.text, match.end("num")):
        return None
    if (
        sentence.field == "text"
        and not match.groupdict().get("noun")
        and _AFTER_NAME.search(sentence.text, max(0, match.start("num") - 25), match.start("num"))
    ):
        return None  # "Ginger Reeves, 64 were found dead": her age
    noun = match.groupdict().get("noun") or ""
    if parsed[0] > 1 and _ONE_AGED.fullmatch(noun):
        return None  # "leaves child, 2 Police say 17-year-old was shot": one person's age, no plural
    if how != "pair":
        return parsed
    if match.group("sep") == "," and (match.group("comma") or match.group("num").lower() in ("a", "an")):
        return None
    if _VERB_BEFORE.search(sentence.text, max(0, match.start() - 20), match.start()):
        return None  # "the blast killed 4 soldiers and 2 civilians were wounded": two figures
    if "unborn" in sentence.text[match.start("num") : match.end("noun")].lower():
        parsed = (0, parsed[1])  # the police tally leaves out an unborn child
    if match.group("one"):
        return parsed[0] + 1, parsed[1]
    if match.group("two"):
        return parsed[0] + 2, parsed[1]  # "Parents, 2 children dead"
    first = parse_number(match.group("num1"))
    if first is None or _AGE.match(sentence.text, match.end("num1")):
        return None
    return parsed[0] + first[0], parsed[1]
