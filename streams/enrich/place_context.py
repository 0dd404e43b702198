"""Local cues about places: "Howland, Ohio", "the Austin neighborhood",
"Erie Police", "BLACKFOOT, Idaho -", "shot in Compton".

Takes the sanitized text and place mentions; emits the US state written
right after a mention (which outranks any population prior), the names the
text uses for neighbourhoods (parts of a city named elsewhere, not towns of
their own), towns named only through their police or fire department or
with their state ("a Midvale, Utah home"), datelines, and towns the wording
marks as places.
"""

from __future__ import annotations

import re

from streams.enrich.gazetteer import Place, load_gazetteer
from streams.enrich.lexicon import MONTHS, WEEKDAYS, common_words
from streams.enrich.sentences import overlaps

#: ", Ohio", ", Fla.", ", LA-", ", W.Va.": a state written right after a town name.
_STATE_AFTER = re.compile(
    r",\s{1,2}(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?\.?|[A-Z]\.\s?[A-Z][a-z]{1,3}\.|[A-Z]\.[A-Z]\."
    r"|[A-Z]{2}\b)"
)
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
#: "Erie Police", "DeLand police said", "Metro Nashville PD", "Indianapolis Metropolitan
#: Police": local news names the town through its police force even when the
#: recogniser misses it or makes it part of an organisation's name.
_AGENCY = re.compile(
    r"\b(?P<place>[A-Z][a-zA-Z]+(?:[ -](?!Metropolitan\b)[A-Z][a-zA-Z]+){0,2})"
    r" (?:Metropolitan )?(?:[Pp]olice\b|PD\b|[Ff]ire [Dd]epartment)"
)
Mention = tuple[int, int, str, str]  # start, end, surface name, entity type
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
    abbreviated = gazetteer.state_name(written.replace(". ", "."))
    if abbreviated is not None:
        return abbreviated
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
    found: list[Mention] = []
    for match in _AGENCY.finditer(text):
        start, end = match.span("place")
        if overlaps(mentions, start, end):
            continue
        tail = _known_tail(match.group("place"), end)
        if tail is not None:
            found.append(tail)
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
            if gazetteer.lookup(m.group("place")) and not _headline_after(text, m.end())]  # fmt: skip


def _headline_after(text: str, end: int) -> bool:
    """Whether the rest of the line is written in capitals: "CRICKET - ENGLISH COUNTY
    SCORES" is a desk's slug over a headline, "WASHINGTON - The president..." a dateline."""
    stop = text.find("\n", end)
    rest = text[end : stop if stop >= 0 else len(text)]
    return any(c.isalpha() for c in rest) and not any(c.islower() for c in rest)


def stated_town_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """US towns the recogniser missed although their state follows them
    ("a Midvale, Utah home"); the longest trailing part of the name that is a
    town of that state is kept ("In Chubbuck, Idaho" -> "Chubbuck")."""
    found: list[Mention] = []
    for match in _NAME_COMMA.finditer(text):
        start, end = match.span()
        if overlaps(mentions, start, end):
            continue
        state = stated_state(text, end)
        if state is None:
            continue
        tail = _known_tail(match.group(), end, state)
        if tail is not None:
            found.append(tail)
    return found


def _is_town(place: Place) -> bool:
    """A city or county: what local cues name, unlike states and countries."""
    return place.kind in ("city", "admin2")


def _known_tail(phrase: str, end: int, state: str | None = None) -> Mention | None:
    """Mention of the longest trailing part of ``phrase`` (which ends at ``end``)
    that names a US town, of ``state`` when given ("Metro Nashville" -> "Nashville")."""
    gazetteer = load_gazetteer()
    words = phrase.split()
    for skip in range(len(words)):
        name = " ".join(words[skip:])
        towns = [p for p in gazetteer.lookup(name) if p.country == "US" and _is_town(p)]
        if any(state in (None, p.admin1) for p in towns):
            return (end - len(name), end, name, "GPE")
    return None


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
                if overlaps(mentions + found, start, end):
                    break
                if any(_is_town(p) for p in gazetteer.lookup(name)):
                    found.append((start, end, name, CUE))
                    break
                if gazetteer.lookup(f"{name} County"):  # "Habersham shootout", "Rockdale sheriff"
                    found.append((start, end, f"{name} County", CUE))
                    break
    return found
