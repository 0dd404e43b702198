"""What harmed the people a sentence counts: gunfire, a crash, a fire, an illness.

A web page carries other stories beside its own: headlines of the site's
other news scraped into the text ("At Least 1 Dead In Head-On Crash In Boyle
Co."), an obituary link ("Olympic diver dies at 96"), a recalled death by
illness. Their figures are another incident's whenever what harmed the people
is something the article's headline and lead never tell of: a report of a
shooting whose lead names no crash does not count a crash's dead. A sentence
that names no cause, or names one the lead tells of, keeps its figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Cause -> words that name it. Only words that name the harm itself: "fire"
#: alone is gunfire as often as a blaze ("opened fire", "fired shots").
_CAUSES: dict[str, str] = {
    "gunfire": r"shot|shots|shoot\w*|gun\w*|bullets?|firearms?|rifles?|pistols?|handguns?|"
               r"opened fire|fired (?:at|into|on|upon|shots|rounds)|drive-by|sniper",
    "crash": r"crash(?:es|ed)?|collisions?|collided|wrecks?|head-on|rollover|"
             r"struck by (?:a|an) (?:car|vehicle|truck|train|bus)|"
             r"(?:car|auto|vehicle|traffic|motorcycle|truck|bus|train|boating) accidents?",
    "fire": r"blaze|ablaze|arson|set (?:\w+ ){0,3}on fire|smoke inhalation|"
            r"(?:house|apartment|structure|brush|wild) ?fires?|burn(?:ed|t)? to death|flames|fire broke out",
    "explosion": r"explosions?|exploded|blast",
    "illness": r"illness|cancer|natural causes|heart attack|disease|died naturally|"
               # an age at death, not a clock time or an address ("died at 11:30 p.m.", "at 120 Elm St")
               r"(?:dies|died) at (?:the age of |age )\d{2,3}\b|"
               r"(?:dies|died) at \d{2,3}\b(?=\s*(?:[,;)]|\.(?!\d)|$|(?:after|of|in|on|following)\b))",
    "drowning": r"drown(?:ed|ing|s)?",
    "overdose": r"overdos(?:e|es|ed|ing)",
    "disaster": r"tornado(?:es)?|hurricanes?|earthquakes?|floods?|flooding|avalanches?|landslides?|storms?",
    "stabbing": r"stabb(?:ed|ing|ings)|stabs?|knife|knifed",
}  # fmt: skip
#: Harms one event brings with it: a storm drowns people and causes crashes and
#: fires, a crash or a blast sets fires, an attacker shoots, stabs and sets fires
#: (the gunmen who set a concert hall ablaze). A sentence
#: naming one of them keeps its figures in an article whose lead told the other.
_BROUGHT: dict[str, frozenset[str]] = {
    "disaster": frozenset({"drowning", "crash", "fire", "explosion", "illness"}),
    "crash": frozenset({"fire", "explosion"}),
    "explosion": frozenset({"fire", "crash"}),
    "fire": frozenset({"explosion"}),
    "gunfire": frozenset({"stabbing", "fire"}),
    "stabbing": frozenset({"gunfire", "fire"}),
}
#: An attack may bring a crash or a blast with it (a suspect who crashes while
#: fleeing, gunmen and a bomber at one crowd), told in a sentence tied to the
#: story ("minutes later", "fleeing", "the gunman"); a scraped headline of a
#: crash or a blast elsewhere has no such tie, and a sidebar says it is another
#: story ("Also on our site", "in a separate crash").
_ATTACKS = frozenset({"gunfire", "stabbing"})
_ATTACKS_MAY_BRING = frozenset({"crash", "explosion"})
_TIED = re.compile(
    r"\b(?:(?:minutes|moments|seconds) (?:later|after)|fled|fleeing|chase|pursuit|"
    r"the (?:suspects?|gunm[ae]n|shooters?|attackers?|assailants?|wounded|same))\b",
    re.IGNORECASE,
)
#: A line that opens another story: a sidebar, a link, the day's other news.
_ANOTHER_STORY = re.compile(
    r"^\W{0,3}(?:also on|read more|related|more from|elsewhere|meanwhile|in other news|watch|see also)\b|"
    r"\b(?:separate|unrelated)\b",
    re.IGNORECASE,
)
#: A line that says the news after it is another story: "In other news, ...". Not a
#: sidebar's "Related coverage", which a local site fills with the same incident.
_OTHER_NEWS = re.compile(r"^\W{0,3}in other (?:news|developments|headlines)\b", re.IGNORECASE)
#: A sentence that opens another incident of the same report: "In a separate
#: incident, two men were electrocuted", "Separately, ...". Its figures are set
#: aside once the article tells its own (a roundup's lead may be the other one).
_SEPARATE = re.compile(
    r"^\W{0,3}(?:in an? (?:separate|unrelated) (?:[\w-]{1,20} )?(?:incident|case|shooting|crash|accident|"
    r"attack|event)|separately)\b",
    re.IGNORECASE,
)
#: "Separately, three others were wounded at the same bar": a bare "separately" as "also",
#: at the lead's own scene (never "in a separate shooting at the same park").
_SAME_SCENE = re.compile(
    r"^\W{0,3}separately\b.*\bthe same (?:[\w-]{1,20} )?(?:bar|club|house|home|apartment|scene|location|"
    r"address|party|building|store|school|incident|attack|shooting|crash)\b",
    re.IGNORECASE,
)
_PATTERNS = {cause: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for cause, words in _CAUSES.items()}
#: How many of the article's first sentences tell its own incident beside the headline.
LEAD_SENTENCES = 3


def causes(text: str) -> frozenset[str]:
    """The causes of harm a text names."""
    return frozenset(cause for cause, pattern in _PATTERNS.items() if pattern.search(text))


def lead_causes(headline: str, sentences: Iterable[str]) -> frozenset[str]:
    """The causes the headline and the first ``LEAD_SENTENCES`` sentences tell of."""
    told = set(causes(headline))
    for i, text in enumerate(sentences):
        if i >= LEAD_SENTENCES or _OTHER_NEWS.match(text):
            break  # "In other news, a crash ...": the lead ended before it
        told |= causes(text)
    return frozenset(told)


def other_news(text: str) -> bool:
    """Whether a sentence opens the day's other news ("In other news, ...")."""
    return _OTHER_NEWS.match(text) is not None


def another_cause(text: str, told: frozenset[str]) -> bool:
    """Whether a sentence's people were harmed by what the lead never tells of,
    or in another story ("In other news, ...", "In a separate incident, ...",
    unless by a harm the lead's event brings): it names a cause, and none of
    the causes it names is one the lead told or one that those bring with
    them (an attack's crash or blast only in a sentence tied to the story)."""
    if _OTHER_NEWS.match(text):
        return True  # "In other news, a crash killed three": another incident, whatever harmed them
    if _SEPARATE.match(text) and not _SAME_SCENE.match(text):
        # "Separately, three were hurt in a crash" in a storm's report is the storm's toll:
        # a harm the lead's event brings, not one it tells itself
        brought = set().union(*(_BROUGHT.get(cause, ()) for cause in told))
        return not causes(text) & brought
    if not told:
        return False
    named = causes(text)
    if not named:
        return False
    brought = set(told).union(*(_BROUGHT.get(cause, ()) for cause in told))
    if told & _ATTACKS and _TIED.search(text) and not _ANOTHER_STORY.search(text):
        brought |= _ATTACKS_MAY_BRING
    return not named & brought
