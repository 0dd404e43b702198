"""Where the lead under a dateline says an event happened.

Takes the sanitized text, the offsets of its dateline place and the names of
candidate towns (those of the dateline's region, near it); emits the name of
the town the first sentences after the dateline place the event in ("SALEM,
Ore. - ... after a shooting in Woodburn on Monday"), or None. A report is
filed from the outlet's city; the town of the event is often the next one.
"""

from __future__ import annotations

import re
from collections.abc import Container

from streams.enrich.lexicon import MONTHS, WEEKDAYS

#: The lead under a dateline is read this far, and this many sentences.
SCENE_CHARS = 400
SCENE_SENTENCES = 2
#: "SALEM, Ore. (KOIN) \u2014 ": the rest of a dateline, which is no sentence.
_DATELINE_REST = re.compile(r"[^\n]{0,40}?(?:--|[-\u2013\u2014|])\s")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS])
#: "a shooting in Kokomo", "happened at a residence in Roundup": an event, then where.
_SCENE = re.compile(
    r"\b(?:shooting|shootout|gunfire|(?:was|were|been|fatally) shot|killed|slain|stabb(?:ed|ing)|"
    r"murder(?:ed)?|homicide|slaying|"
    r"crash|collision|fire|blaze|explosion|blast|attack|accident|incident|happened|occurred|standoff|"
    r"robbery|wounded|injured|died|dispute)\b(?P<between>[^.!?\n]{0,80}?)\bin\s"
    r"(?:(?:north|south|east|west)\w{0,4}\s|downtown\s)?"
    r"(?P<place>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})(?![\w'\u2019])"
)
#: Words between the event and the town that make the town another story's:
#: where someone was arrested, or taken for treatment.
_NOT_SCENE = re.compile(
    r"\b(?:arrest\w*|captured|caught|custody|booked|jailed|hospital\w*|medical|center|taken|flown|"
    r"airlifted|transported|rushed|treated)\b",
    re.IGNORECASE,
)


#: An event the lead only mentions: denied ("did not mention the shooting in"),
#: long past ("a 1998 murder in Dayton", "victims of the 2019 shooting"), or
#: the cause of a main clause that tells of no one harmed ("signed a bill
#: after a fire in Portland"; not "one man died after a shooting in Garner").
_DENIED = re.compile(r"\b(?:not|never|no|without)\b[^.!?\n]{0,30}$", re.IGNORECASE)
_LONG_PAST = re.compile(
    r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+)?$|\b(?:victims|anniversary|memory) of\b[^.!?\n]{0,30}$"
)
_PAST_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:last (?:year|month|week)|(?:years?|months?|weeks?) ago|in (?:19|20)\d\d)\b"
)
_CAUSE_OF = re.compile(r"\b(?:after|since|following)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_HARMED = re.compile(
    r"\b(?:died|dies|dead|killed|hurt|injured|wounded|shot|hospitali[sz]ed|stabbed|missing)\b", re.IGNORECASE
)


def _only_mentioned(lead: str, match: re.Match[str]) -> bool:
    """Whether the lead only mentions the event it names a town for (see above)."""
    opening = max(lead.rfind(".", 0, match.start()), lead.rfind("\n", 0, match.start())) + 1
    before = lead[opening : match.start()]
    if _DENIED.search(before) or _LONG_PAST.search(before) or _PAST_AFTER.match(lead, match.end("place")):
        return True
    return bool(_CAUSE_OF.search(before)) and not _HARMED.search(before)


def scene_town(text: str, start: int, end: int, towns: Container[str]) -> str | None:
    """The town the lead under a dateline says the event happened in.

    Args:
        text: Sanitized article text.
        start: Start offset of the dateline's place.
        end: End offset of the dateline's place.
        towns: Names of the towns that may be the scene.

    Returns:
        The first of ``towns`` named as the scene ("killed in a shooting in
        Kokomo Wednesday"); not a town of an arrest or a hospital, nor a name
        that goes on ("shot in Seminole High School"); None when there is none.
    """
    header = _DATELINE_REST.match(text, end)
    return first_scene(
        text[start : _sentences_end(text, header.end() if header else end, start + SCENE_CHARS)], towns
    )


def first_scene(lead: str, towns: Container[str]) -> str | None:
    """The first of ``towns`` that ``lead`` names as where an event happened.

    Args:
        lead: Opening text of an article.
        towns: Names of the towns that may be the scene.

    Returns:
        The town's name, or None.
    """
    for match in _SCENE.finditer(lead):
        if _NOT_SCENE.search(match.group("between")) or _only_mentioned(lead, match):
            continue
        words = match.group("place").rstrip(".").split(" ")
        for size in range(len(words), 0, -1):  # "in Kokomo Wednesday night"
            name = " ".join(words[:size])
            if name in towns and (size == len(words) or words[size] in _DATE_WORDS):
                return name
    return None


def _sentences_end(text: str, start: int, limit: int) -> int:
    """Where the first SCENE_SENTENCES sentences from ``start`` end, at most ``limit``."""
    told, begin = 0, start
    for stop in _SENTENCE_END.finditer(text, start, limit):
        told += any(c.isalpha() for c in text[begin : stop.start()])
        begin = stop.end()
        if told == SCENE_SENTENCES:
            return stop.end()
    return limit
