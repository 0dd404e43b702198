"""Local cues about places: "Howland, Ohio", "the Austin neighborhood",
"Erie Police", "BLACKFOOT, Idaho -", "nbclosangeles.com".

Takes the sanitized text and place mentions; emits the US state written
right after a mention (which outranks any population prior), the names the
text uses for neighbourhoods (parts of a city named elsewhere, not towns of
their own), towns named only through their police or fire department or
with their state ("a Midvale, Utah home"), datelines, and the home of a
local publisher.
"""

from __future__ import annotations

import functools
import re

from streams.enrich.gazetteer import load_gazetteer
from streams.enrich.lexicon import MONTHS, WEEKDAYS, common_words

#: ", Ohio", ", Fla.", ", LA-": a state written right after a town name.
_STATE_AFTER = re.compile(r",\s{1,2}(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?\.?|[A-Z]\.[A-Z]\.|[A-Z]{2}\b)")
#: "the Austin neighborhood", "Baltimore's Brooklyn neighborhood"; "a Pittsburgh
#: neighborhood" and "a northeast Raleigh neighborhood" are the city's.
_NEIGHBOURHOOD_AFTER = re.compile(
    r"\s{1,2}(?:neighborhood|neighbourhood|community area|section)\b", re.IGNORECASE
)
_CITY_OF_NEIGHBOURHOOD = re.compile(
    r"\b(?:an?|(?:north|south)(?:east|west)?|east|west)\s{1,2}$", re.IGNORECASE
)
#: "BLACKFOOT, Idaho -", "PITTSBURGH (KDKA/AP) \u2013", "NEW ORLEANS --", "BRUSSELS 1996-08-22":
#: a line opening with a name in capitals, then the state, the agency or a date.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:,\s?[\w. ]{2,20})?(?: ?\([^()\n]{1,30}\))?"
    r"(?: ?(?:--|[-\u2013\u2014|])(?!\w)| \d{4}-\d{2}-\d{2})",
    re.MULTILINE,
)
#: Datelines stand at the top, after at most a headline, a byline and a caption.
DATELINE_CHARS = 1000
#: "Midvale, Utah", "Conyers, Ga.": a capitalised name with a comma after it.
_NAME_COMMA = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=,\s{1,2}[A-Z])")
#: "Erie Police", "DeLand police said", "Metro Nashville PD": local news names
#: the town through its police force even when the recogniser misses it.
_AGENCY = re.compile(
    r"\b(?P<place>[A-Z][a-zA-Z]+(?:[ -][A-Z][a-zA-Z]+){0,2}) (?:[Pp]olice\b|PD\b|[Ff]ire [Dd]epartment)"
)
Mention = tuple[int, int, str, str]
_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
#: "shot in Compton", "In southwest Macon", "near Humble": a name after a place preposition.
_PLACE_BEFORE = re.compile(
    rf"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s(?i:(?:north|south|east|west)\w{{0,4}}\s|downtown\s)?(?=(?P<place>{_NAME})\b)"
)
#: Cues are read in the opening of the text only: the story's place is named
#: there, and the look-ahead patterns cost time on long texts.
CUE_CHARS = 5_000
#: "Frankfort Teen", "a Waldorf area apartment", "Tulare standoff": a name used as
#: the home of a person, a building or an event.
_PLACE_AFTER = re.compile(
    rf"\b(?=(?P<place>{_NAME})\s(?i:(?:man|woman|teen|teenager|boy|girl|toddler|child|resident|family|"
    r"couple|father|mother|student|home|house|apartment|area|shooting|shootout|standoff|homicide|"
    r"slaying|gunman|sheriff|deput(?:y|ies))s?)\b)"
)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w.'-]*\s$")
#: Words before "man" or "child" that describe rather than place ("Young child killed").
_NOT_NAMES = frozenset(
    [w.lower() for w in (*MONTHS, *WEEKDAYS)]
    + [
        "young",
        "old",
        "white",
        "black",
        "brown",
        "little",
        "big",
        "local",
        "north",
        "south",
        "east",
        "west",
        "central",
        "rural",
        "national",
        "state",
        "county",
        "city",
    ]
)
#: Type of the mentions that only wording cues found: they must agree with the
#: states the article names.
CUE = "CUE"
#: US cities this large can name a publisher ("nbclosangeles.com").
PUBLISHER_CITY_POPULATION = 50_000
#: Shorter names hide inside unrelated words ("bradenton" holds "denton").
MIN_PUBLISHER_NAME = 6
#: A whole host label may be shorter ("miami"), not this short ("wkrn").
MIN_LABEL = 4


def stated_state(text: str, end: int) -> str | None:
    """US state name written right after the mention ending at ``end``.

    Args:
        text: Sanitized article text.
        end: End offset of a place mention (negative for title mentions).

    Returns:
        The state's full name, or None when no state follows.
    """
    if end < 0:
        return None
    match = _STATE_AFTER.match(text, end, min(len(text), end + 20))
    if match is None:
        return None
    gazetteer = load_gazetteer()
    written = match.group("state")
    code = gazetteer.state_abbreviations.get(written)
    if code and code in gazetteer.states:
        return gazetteer.states[code].name
    state = next((p for p in gazetteer.lookup(written.rstrip(".")) if p.kind == "admin1"), None)
    return state.name if state is not None else None


def neighbourhood_names(text: str, mentions: list[Mention]) -> set[str]:
    """Names the text calls a neighbourhood ("in the Austin neighborhood").

    Args:
        text: Sanitized article text.
        mentions: Place mentions ``(start, end, name, type)``.

    Returns:
        The surface names followed by "neighborhood" at least once.
    """
    return {
        name for start, end, name, _ in mentions
        if start >= 0 and _NEIGHBOURHOOD_AFTER.match(text, end, min(len(text), end + 20))
        and not _CITY_OF_NEIGHBOURHOOD.search(text, max(0, start - 12), start)
    }  # fmt: skip


def agency_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """US towns named only as the home of a police or fire department.

    The longest trailing part of the name that the gazetteer knows as a US
    city or county is kept ("Metro Nashville" -> "Nashville").
    """
    gazetteer = load_gazetteer()
    found: list[Mention] = []
    for match in _AGENCY.finditer(text):
        start, end = match.span("place")
        if any(m[0] < end and start < m[1] for m in mentions):
            continue
        words = match.group("place").split()
        for skip in range(len(words)):
            name = " ".join(words[skip:])
            if any(p.country == "US" and p.kind in ("city", "admin2") for p in gazetteer.lookup(name)):
                found.append((end - len(name), end, name, "GPE"))
                break
    return found


def dateline_mentions(text: str) -> list[Mention]:
    """Places that open a dateline near the top of the text.

    Args:
        text: Sanitized article text.

    Returns:
        One mention per dateline whose name the gazetteer knows.
    """
    gazetteer = load_gazetteer()
    return [(m.start("place"), m.end("place"), m.group("place"), "GPE")
            for m in _DATELINE.finditer(text, 0, DATELINE_CHARS)
            if gazetteer.lookup(m.group("place"))]  # fmt: skip


def stated_town_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """US towns the recogniser missed although their state follows them
    ("a Midvale, Utah home"); the longest trailing part of the name that is a
    town of that state is kept ("In Chubbuck, Idaho" -> "Chubbuck")."""
    gazetteer = load_gazetteer()
    found: list[Mention] = []
    for match in _NAME_COMMA.finditer(text):
        start, end = match.span()
        if any(m[0] < end and start < m[1] for m in mentions):
            continue
        state = stated_state(text, end)
        if state is None:
            continue
        words = match.group().split()
        for skip in range(len(words)):
            name = " ".join(words[skip:])
            if any(p.admin1 == state and p.kind in ("city", "admin2") for p in gazetteer.lookup(name)):
                found.append((end - len(name), end, name, "GPE"))
                break
    return found


def cue_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Towns the recogniser missed that the wording marks as places ("shot in
    Compton", "Pelzer triple homicide", "a Waldorf area apartment").

    Args:
        text: Sanitized text or a title.
        mentions: Place mentions already found; overlapping cues are skipped.

    Returns:
        Mentions of names the gazetteer knows as a town or county.
    """
    gazetteer = load_gazetteer()
    common = common_words()
    found: list[Mention] = []
    for pattern in (_PLACE_BEFORE, _PLACE_AFTER):
        for match in pattern.finditer(text, 0, CUE_CHARS):
            start = match.start("place")
            words = match.group("place").split()
            before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
            word = before.group().strip().lower() if before else ""
            if pattern is _PLACE_AFTER and word and word not in common and not word.endswith("-old"):
                continue  # "Haverstock Hill Apartments" runs on to the left; "An Altoona teen" does not
            sizes = range(len(words), 0, -1) if pattern is _PLACE_BEFORE else [len(words)]
            for size in sizes:  # "In Accidental Shooting In ..." is no town
                name = " ".join(words[:size])
                end = start + len(name)
                if name.lower() in common or name.lower() in _NOT_NAMES:
                    continue
                if any(m[0] < end and start < m[1] for m in mentions + found):
                    break
                if any(p.kind in ("city", "admin2") for p in gazetteer.lookup(name)):
                    found.append((start, end, name, CUE))
                    break
                if gazetteer.lookup(f"{name} County"):  # "Habersham shootout", "Rockdale sheriff"
                    found.append((start, end, f"{name} County", CUE))
                    break
    return found


def publisher_home(source: str | None) -> tuple[str, str] | None:
    """Home of a local publisher whose host names its city or state.

    "nbclosangeles.com" and "miami.cbslocal.com" say where their readers
    live; a name shared by towns of several states says nothing.

    Args:
        source: The article's source host or URL.

    Returns:
        ``(place name, US state)``, or None.
    """
    host = (source or "").split("://")[-1].split("/")[0].split(":")[0].lower()
    labels = [label for label in host.split(".")[:-1] if label != "www"]
    names = _publisher_names()
    for label in labels:
        if label in names:  # a whole label may be short: "miami.cbslocal.com"
            return names[label]
        found = [label[i:j] for i in range(len(label))
                 for j in range(i + MIN_PUBLISHER_NAME, len(label) + 1) if label[i:j] in names]  # fmt: skip
        if found:  # the longest name, even when it is ambiguous ("springfield", not "spring")
            return names[max(found, key=len)]
    return None


@functools.cache
def _publisher_names() -> dict[str, tuple[str, str] | None]:
    """Compact names ("losangeles") of US states and cities, mapped to the
    name and the one state they stand for, or None when found in several."""
    states: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for key, places in load_gazetteer().by_name.items():
        compact = "".join(c for c in key if c.isalpha())
        if len(compact) < MIN_LABEL:
            continue
        for place in places:
            big_city = place.kind == "city" and place.population >= PUBLISHER_CITY_POPULATION
            if place.country == "US" and place.admin1 and (place.kind == "admin1" or big_city):
                states.setdefault(compact, set()).add(place.admin1)
                names.setdefault(compact, key)
    return {c: (names[c], next(iter(found))) if len(found) == 1 else None for c, found in states.items()}
