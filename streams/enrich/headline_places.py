"""Place names of a headline, read against the article's text.

Takes a title's entity mentions (and the sanitized text); emits place mentions
marked as having no offsets into the text (:data:`TITLE`), with a headline's
town read as the county it opens when the recogniser took the whole name for
an organisation ("Jackson County Sheriff's Office"), and tells which names the
text writes only inside longer names ("Vista" of "Isla Vista"). Local news
often names the town only in the headline, so these mentions vote like the
text's in :mod:`streams.enrich.geocode`.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.gazetteer import load_gazetteer
from streams.enrich.lexicon import MONTHS, WEEKDAYS, common_words
from streams.enrich.place_context import CUE, Mention

#: Entity types that name places (a wording cue's find among them).
PLACE_TYPES = ("GPE", "LOC", "FAC", CUE)
#: Offset marker of mentions found in the title rather than the text.
TITLE = -1
#: Capitalised words that name towns somewhere but almost never in news.
NOT_PLACES = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        "North",
        "South",
        "East",
        "West",
        "Northwest",
        "Northeast",
        "Southwest",
        "Southeast",
        "Commonwealth",
        "Man",
        "Metro",
        "Police",
        "Sheriff",
    ]
)
#: "South Los Angeles", "NORTH FAIRMOUNT": a part of a place the gazetteer knows whole.
COMPASS = re.compile(
    r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown) ", re.IGNORECASE
)
#: A capitalised word right before a name, on its line: "Isla Vista", "Mt. Washington".
_WORD_BEFORE = re.compile(r"\b([A-Z][\w.'\u2019]*) $")
#: A street word after a name: "Cleveland Ave", "Lincoln Boulevard".
_STREET_AFTER = re.compile(
    r" (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Highway|Hwy|Pike|Parkway)\b"
)
#: "County", "Co.", "Parish" right after a name.
_COUNTY_AFTER = re.compile(r" (?:County|Parish|Co)\b")


def title_mentions(entities: list[dict[str, Any]]) -> list[Mention]:
    """Place mentions of a title, marked as having no offsets into the text."""
    others = [e["name"] for e in entities if e["type"] not in PLACE_TYPES]
    alone = _told_alone(entities)
    return [(TITLE, TITLE, e["name"] if e["name"] in alone else _county_named(e["name"], others), e["type"])
            for e in entities if e["type"] in PLACE_TYPES and e["name"] not in NOT_PLACES]  # fmt: skip


def _told_alone(entities: list[dict[str, Any]]) -> set[str]:
    """Place names a title writes on their own, outside any other name: "Tulsa
    police, Tulsa County deputies" names the city, whatever the county."""
    spans = [(e["start"], e["end"]) for e in entities if e["type"] not in PLACE_TYPES and "start" in e]
    return {
        e["name"]
        for e in entities
        if e["type"] in PLACE_TYPES and "start" in e and not any(a <= e["start"] < b for a, b in spans)
    }


def only_in_longer_names(text: str, name: str) -> bool:
    """Whether the text names ``name`` only inside longer place names: the
    headline's "Vista" of "Isla Vista", its "Cleveland" of "Cleveland Ave".
    A name the text never writes stays, and so does one that is only the
    end of a quarter's name ("North Baltimore") or of a building's."""
    found = False
    common = common_words()
    gazetteer = load_gazetteer()
    for match in re.finditer(rf"\b{re.escape(name)}\b", text):
        found = True
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        word = before.group(1) if before is not None else ""
        longer = f"{word} {name}"
        # "In Vista", "North Baltimore": the town itself, or a part of it
        inside = bool(word) and word.lower() not in common and not COMPASS.match(longer)
        if not (inside and gazetteer.lookup(longer)) and not _STREET_AFTER.match(text, match.end()):
            return False
    return found


def _county_named(name: str, others: list[str]) -> str:
    """The county a title's town name opens when the recogniser took the whole
    name for an organisation or a person ("Jackson County Sheriff's Office",
    "Choctaw Co. shooting"): the county, not the town of that name."""
    for other in others:
        rest = _COUNTY_AFTER.match(other, len(name)) if other.startswith(name) else None
        if rest is None:
            continue
        county = f"{name} {'Parish' if rest.group().strip() == 'Parish' else 'County'}"
        if any(p.kind == "admin2" for p in load_gazetteer().lookup(county)):
            return county
    return name
