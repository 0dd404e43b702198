"""Offline geocoding: resolution of place mentions to gazetteer places.

Takes entity mentions, the sanitized text and its sentences (and the title's
and masthead's mentions, and the source host); emits schema ``locations``
(one per distinct place, with mention counts) and the primary ``location``
that :mod:`streams.enrich.place_choice` picks. Ambiguous names ("Moscow",
"Hermitage", "Greene County") are resolved with document context: a state
written right after the name, the countries and US states the article names
(:mod:`streams.enrich.place_votes`), the publisher's home, then population.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from streams.enrich.gazetteer import Place, load_gazetteer
from streams.enrich.headline_places import (
    NOT_PLACES,
    PLACE_TYPES,
    TITLE,
    only_in_longer_names,
    title_mentions,
)
from streams.enrich.place_choice import MEDICAL, choose_primary, location_key
from streams.enrich.place_context import (
    CUE,
    Mention,
    agency_mentions,
    cue_mentions,
    dateline_mentions,
    neighbourhood_names,
    stated_town_mentions,
)
from streams.enrich.place_counties import in_county
from streams.enrich.place_publisher import far_namesake, home_town, near_home, publisher_home
from streams.enrich.place_resolution import PUBLISHER_VOTE, resolve_all
from streams.enrich.place_votes import (
    STATE_VOTE,
    region_votes,
)
from streams.enrich.sentences import Sentence, overlaps

_COUNTY = re.compile(
    r"\b(?:[A-Z][a-z]+(?:-[A-Z][a-z]+|['\u2019]s)? ){1,2}(?:County|Parish)\b"
    r"|\b(?:[A-Z]{3,} ){1,2}(?:COUNTY|PARISH)\b"  # a dateline's "JACKSONVILLE, ONSLOW COUNTY -"
)
#: A town found by a wording cue this close to a local outlet's home is in its market.
CUE_NEAR_HOME_KM = 250.0
#: "taken to Mount Sinai", "rushed to St. Joseph's": a hospital named by its place name alone is where
#: the wounded went, not where it happened (with "Hospital" it is a medical facility: place_choice).
_TAKEN_TO = re.compile(
    r"\b(?:taken|rushed|transported|driven|flown|airlifted|transferred)\s+to\s+(?:the\s+)?$", re.IGNORECASE
)
#: A capitalised word after a place name: the name goes on ("... County Jail").
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
#: Facility names that are streets: their "city" is too often a wrong guess.
_STREETS = ("Street", "St.", "Avenue", "Ave.", "Road", "Boulevard", "Blvd.", "Drive", "Lane")


def geocode(
    entities: list[dict[str, Any]],
    text: str,
    sentences: list[Sentence],
    title_entities: list[dict[str, Any]] | None = None,
    masthead_entities: list[dict[str, Any]] | None = None,
    source: str | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Resolve place mentions and pick the primary location.

    Args:
        entities: Entity mentions from :func:`streams.enrich.entities.find_entities`.
        text: Sanitized article text.
        sentences: Its sentences.
        title_entities: Entity mentions of the title; they have no offsets into
            ``text`` (their locations get null offsets) but local news often
            names the town only in the headline.
        masthead_entities: Entity mentions of the publisher's name in the
            title ("KSLA News 12 Shreveport"): they help choose among
            same-named places (a local station's state) and become locations
            only when the text and headline resolve none.

    Returns:
        ``(locations, primary)``; primary is None when nothing resolved.
    """
    mentions = [_state_abbreviation(text, (e["start"], e["end"], e["name"], e["type"])) for e in entities
                if e["type"] in PLACE_TYPES and e["name"] not in NOT_PLACES]  # fmt: skip
    datelines = dateline_mentions(text)
    mentions = [m for m in mentions if not overlaps(datelines, m[0], m[1])]
    mentions += datelines
    mentions += _county_mentions(text, mentions)
    mentions += agency_mentions(text, mentions)
    mentions += stated_town_mentions(text, mentions)
    mentions += cue_mentions(text, mentions)
    mentions += [m for m in title_mentions(title_entities or []) if not only_in_longer_names(text, m[2])]
    masthead = title_mentions(masthead_entities or [])
    home = publisher_home(source)
    context = region_votes(mentions + masthead, text)
    # "taken to Jackson" still says which state (Laurel, Mississippi), not where it happened
    mentions = [m for m in mentions if not _is_destination(text, m)]
    context["publisher"] = {home[1]: PUBLISHER_VOTE} if home else {}
    town = home_town(home)
    mentions = _agreeing_cues(mentions, context, town)
    quarters = neighbourhood_names(text, mentions)
    if quarters and (town is not None or any(m[2] not in quarters for m in mentions)):
        # "the Austin neighborhood": a part of the city named elsewhere, or of a local outlet's home
        mentions = [m for m in mentions if m[2] not in quarters]
    resolved = _near_home(resolve_all(mentions, context, text, town, datelines), town, context["named"])
    resolved = _counties_of_towns(resolved)
    if not resolved:  # the publisher's home is the best guess left
        resolved = resolve_all(masthead, context, text, town)
    if not resolved and home is not None:
        resolved = resolve_all([(TITLE, TITLE, home[0], "GPE")], context, text, town)
    resolved += _facilities(mentions, resolved, sentences)
    locations = _collect(resolved)
    dateline = next((location_key(p) for m, p in resolved if m in datelines), None)
    populations = {location_key(place): place.population for _, place in resolved}
    return locations, choose_primary(locations, text, dateline, context["publisher"], populations)


def _state_abbreviation(text: str, mention: Mention) -> Mention:
    """The state a recognised "Pa" or "Kan" followed by its full stop stands
    for: AP abbreviations of states are also names of towns abroad."""
    start, end, name, kind = mention
    state = load_gazetteer().state_name(f"{name}.") if text[end : end + 1] == "." else None
    return (start, end, state, kind) if state is not None else mention


def _near_home(
    resolved: list[tuple[Mention, Place]], home: Place | None, states: dict[str, float]
) -> list[tuple[Mention, Place]]:
    """Drop small towns far from a local outlet's home whose state neither the
    article names nor another place of it shares ("Westwood" in a Cincinnati
    paper; "Beebe" next to "Little Rock" stays)."""
    names: dict[str | None, set[str]] = {}
    for _, place in resolved:
        names.setdefault(place.admin1, set()).add(place.name)
    return [(m, p) for m, p in resolved
            if len(names[p.admin1]) > 1 or not far_namesake(p, home, states, STATE_VOTE)]  # fmt: skip


def _counties_of_towns(resolved: list[tuple[Mention, Place]]) -> list[tuple[Mention, Place]]:
    """Move a county that holds none of the article's towns to a same-named
    county that does ("Ripley County" next to Doniphan is Missouri's, even from
    an Indiana station)."""
    towns = {(p.admin1 or "", p.lat, p.lon) for _, p in resolved if p.kind == "city" and p.lat is not None}

    @functools.cache
    def holds_town(county: Place) -> bool:
        return any(state == county.admin1 and in_county(state, county.name, lat, lon)
                   for state, lat, lon in towns if lat is not None and lon is not None)  # fmt: skip

    moved = []
    for mention, place in resolved:
        if place.kind == "admin2" and towns and not holds_town(place):
            others = [p for p in load_gazetteer().lookup(mention[2]) if p.kind == "admin2" and p != place]
            place = next((p for p in others if holds_town(p)), place)
        moved.append((mention, place))
    return moved


def _agreeing_cues(
    mentions: list[Mention], context: dict[str, dict[str, float]], home: Place | None
) -> list[Mention]:
    """Drop names found only by wording cues that have no town in the states
    the article names or its publisher's, nor near the publisher's home ("the
    Austin shooting" in a Chicago paper is a neighbourhood; "in Tyler" from a
    Shreveport station the Texas city next door); keep them all when no state
    is named."""
    named = {s for s, weight in context["states"].items() if weight >= 3} | set(context["publisher"])
    if not named:
        return mentions
    gazetteer = load_gazetteer()

    def agrees(place: Place) -> bool:
        return place.admin1 in named or near_home(place, home, CUE_NEAR_HOME_KM)

    return [m for m in mentions if m[3] != CUE or any(map(agrees, gazetteer.lookup(m[2])))]


def _is_destination(text: str, mention: Mention) -> bool:
    """True for a place the wounded were taken to ("taken to Mount Sinai"); a
    facility ("Mount Sinai Hospital") stays, as place_choice already keeps
    hospitals from being the scene."""
    start, end = mention[0], mention[1]
    if start <= 0 or mention[3] == "FAC" or not _TAKEN_TO.search(text, max(0, start - 40), start):
        return False
    # "taken to Lebanon County Correctional Facility": the place a named building is in
    name_goes_on = _NAME_GOES_ON.match(text, end)
    return name_goes_on is None or MEDICAL.match(text, name_goes_on.end() - 1) is not None


def _county_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """US county names the recogniser did not return as one entity."""
    known = {(m[0], m[1]) for m in mentions}
    return [(m.start(), m.end(), m.group(), "GPE") for m in _COUNTY.finditer(text)
            if (m.start(), m.end()) not in known]  # fmt: skip


def _facilities(
    mentions: list[Mention], resolved: list[tuple[Mention, Place]], sentences: list[Sentence]
) -> list[tuple[Mention, Place]]:
    """Place a facility in the city named in the same sentence, if any."""
    found = []
    for mention in mentions:
        if mention[3] != "FAC" or mention[2].endswith(_STREETS):
            continue
        sentence = next((s for s in sentences if s.start <= mention[0] < s.end), None)
        if sentence is None:
            continue
        cities = [p for m, p in resolved
                  if sentence.start <= m[0] < sentence.end and p.kind == "city"]  # fmt: skip
        if cities:
            facility = replace(cities[0], name=mention[2], kind="facility", geonameid=None)
            found.append((mention, facility))
    return found


def _collect(resolved: list[tuple[Mention, Place]]) -> list[dict[str, Any]]:
    """One location record per distinct place, first mention's offsets."""
    gazetteer = load_gazetteer()
    records: dict[tuple[Any, ...], dict[str, Any]] = {}
    for (start, end, _, _), place in sorted(resolved, key=lambda item: item[0][0]):
        if start == TITLE:
            start = end = None  # type: ignore[assignment]  # title places have no offsets
        key = location_key(place)
        if key in records:
            records[key]["mentions"] += 1
            continue
        records[key] = {
            "name": place.name, "country": place.country,
            "country_name": gazetteer.country_names.get(place.country or ""),
            "admin1": place.admin1, "city": place.city, "lat": place.lat, "lon": place.lon,
            "kind": place.kind, "geonameid": place.geonameid, "mentions": 1,
            "start": start, "end": end,
        }  # fmt: skip
    return list(records.values())
