"""Offline geocoding of place mentions and choice of the primary location.

Takes entity mentions, the sanitized text and its sentences; emits schema
``locations`` (one per distinct place, with mention counts) and the primary
``location`` with the reason it was chosen. Ambiguous names ("Moscow",
"Hermitage", "Greene County") are resolved with document context: countries
and US states the article names (also as AP abbreviations such as "Tenn."),
then population.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any

from streams.enrich.gazetteer import Place, load_gazetteer
from streams.enrich.lexicon import MONTHS, WEEKDAYS, common_words
from streams.enrich.place_context import (
    CUE,
    agency_mentions,
    cue_mentions,
    dateline_mentions,
    neighbourhood_names,
    publisher_home,
    stated_state,
    stated_town_mentions,
)
from streams.enrich.sentences import Sentence

_PLACE_TYPES = ("GPE", "LOC", "FAC", CUE)
_SPECIFICITY = {"facility": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 1, "country": 1}
_COUNTY = re.compile(
    r"\b(?:[A-Z][a-z]+(?:-[A-Z][a-z]+|['\u2019]s)? ){1,2}(?:County|Parish)\b"
    r"|\b(?:[A-Z]{3,} ){1,2}(?:COUNTY|PARISH)\b"  # a dateline's "JACKSONVILLE, ONSLOW COUNTY -"
)
_STATE_ABBREVIATION = re.compile(r"(?<=, )(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|W\.Va\.|[A-Z]{2}\b(?! \w))")
LEAD_CHARS = 600
#: A US city this large wins its name from a state of the same name.
BIG_CITY = 500_000
#: Weight of the publisher's home state, as if the text named it this often.
PUBLISHER_VOTE = 1.0
#: A city this large, and this many times larger than a place it covers, is the
#: answer rather than its quarter; it spans this many km per root of its population
#: (Chicago about 16 km, Nashville 8 km).
QUARTER_CITY_POPULATION = 200_000
QUARTER_RATIO = 10
QUARTER_KM_PER_ROOT = 0.010
#: Offset marker of mentions found in the title rather than the text.
_TITLE = -1
#: Capitalised words that name towns somewhere but almost never in news.
_NOT_PLACES = frozenset(
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
        "Mount Sinai",
        "Police",
        "Sheriff",
    ]
)
#: "South Los Angeles", "NORTH FAIRMOUNT": a part of a place the gazetteer knows whole.
_COMPASS = re.compile(
    r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown) ", re.IGNORECASE
)
#: Facility names that are streets: their "city" is too often a wrong guess.
_STREETS = ("Street", "St.", "Avenue", "Ave.", "Road", "Boulevard", "Blvd.", "Drive", "Lane")
#: Where the wounded were taken, not where it happened.
_MEDICAL = re.compile(r"\b(?:Hospital|Medical|Health|Clinic|Infirmary|Trauma)\b")
Mention = tuple[int, int, str, str]  # start, end, surface name, entity type


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
    mentions = [(e["start"], e["end"], e["name"], e["type"]) for e in entities
                if e["type"] in _PLACE_TYPES and e["name"] not in _NOT_PLACES]  # fmt: skip
    datelines = dateline_mentions(text)
    mentions = [m for m in mentions if not any(d[0] < m[1] and m[0] < d[1] for d in datelines)]
    mentions += datelines
    mentions += _county_mentions(text, mentions)
    mentions += agency_mentions(text, mentions)
    mentions += stated_town_mentions(text, mentions)
    mentions += cue_mentions(text, mentions)
    mentions += _title_mentions(title_entities or [])
    masthead = _title_mentions(masthead_entities or [])
    home = publisher_home(source)
    context = _context(mentions + masthead, text)
    context["publisher"] = {home[1]: PUBLISHER_VOTE} if home else {}
    mentions = _agreeing_cues(mentions, context)
    quarters = neighbourhood_names(text, mentions)
    if quarters and any(m[2] not in quarters for m in mentions):
        # "the Austin neighborhood": a part of the city named elsewhere
        mentions = [m for m in mentions if m[2] not in quarters]
    resolved = _resolve_all(mentions, context, text)
    if not resolved:  # the publisher's home is the best guess left
        resolved = _resolve_all(masthead, context, text)
    if not resolved and home is not None:
        resolved = _resolve_all([(_TITLE, _TITLE, home[0], "GPE")], context, text)
    resolved += _facilities(mentions, resolved, sentences)
    locations = _collect(resolved)
    dateline = next((_key(p) for m, p in resolved if m in datelines), None)
    populations = {_key(place): place.population for _, place in resolved}
    primary = _primary(locations, text, dateline, context["publisher"])
    return locations, _whole_city(primary, locations, populations)


def _agreeing_cues(mentions: list[Mention], context: dict[str, dict[str, float]]) -> list[Mention]:
    """Drop names found only by wording cues that have no town in the states
    the article names or its publisher's ("the Austin shooting" in a Chicago
    paper is a neighbourhood); keep them all when no state is named."""
    named = {s for s, weight in context["states"].items() if weight >= 3} | set(context["publisher"])
    if not named:
        return mentions
    gazetteer = load_gazetteer()
    return [m for m in mentions
            if m[3] != CUE or any(p.admin1 in named for p in gazetteer.lookup(m[2]))]  # fmt: skip


def _title_mentions(entities: list[dict[str, Any]]) -> list[Mention]:
    """Place mentions of a title, marked as having no offsets into the text."""
    return [(_TITLE, _TITLE, e["name"], e["type"]) for e in entities
            if e["type"] in _PLACE_TYPES and e["name"] not in _NOT_PLACES]  # fmt: skip


def _county_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """US county names the recogniser did not return as one entity."""
    known = {(m[0], m[1]) for m in mentions}
    return [(m.start(), m.end(), m.group(), "GPE") for m in _COUNTY.finditer(text)
            if (m.start(), m.end()) not in known]  # fmt: skip


def _resolve_all(
    mentions: list[Mention], context: dict[str, dict[str, float]], text: str
) -> list[tuple[Mention, Place]]:
    """Resolve every mention that the gazetteer knows; a state written after
    one mention of a name ("HOWLAND, Ohio") holds for all its mentions."""
    stated: dict[str, str] = {}
    for _, end, name, _ in mentions:
        state = stated_state(text, end)
        if state is not None:
            stated.setdefault(name.lower(), state)
    resolved = []
    for mention in sorted(mentions):
        place = _resolve(mention, context, stated.get(mention[2].lower()))
        if place is not None:
            resolved.append((mention, place))
    return resolved


def _context(mentions: list[Mention], text: str) -> dict[str, dict[str, float]]:
    """Countries and US states the article names, with how often.

    When no state is named, each state gets a share of every US place name
    proportional to the population of its candidate there, so a set of small
    towns that only co-occur in one state decides it.
    """
    gazetteer = load_gazetteer()
    countries: Counter[str] = Counter()
    states: defaultdict[str, float] = defaultdict(float)
    for match in _STATE_ABBREVIATION.finditer(text):
        code = gazetteer.state_abbreviations.get(match.group())
        if code and code in gazetteer.states:
            states[gazetteer.states[code].name] += 3
    weak: defaultdict[str, float] = defaultdict(float)
    for _, _, name, _ in mentions:
        candidates = gazetteer.lookup(name)
        state = next((p for p in candidates if p.kind == "admin1"), None)
        if state is not None and not _big_city_name(candidates):  # "Georgia": the state
            states[state.admin1 or ""] += 3
        elif candidates and candidates[0].kind == "country":
            countries[candidates[0].country or ""] += 1
        _share_states(candidates, weak)
    if states:
        countries["US"] += 1
    for state_name, share in weak.items():
        states[state_name] += share
    return {"countries": dict(countries), "states": dict(states)}


def _share_states(candidates: list[Place], weak: dict[str, float]) -> None:
    """Split one vote among the US states where a place name exists."""
    us = [p for p in candidates if p.country == "US" and p.kind in ("city", "admin2")]
    total = sum(math.log10(p.population + 10) for p in us)
    for place in us:
        weak[place.admin1 or ""] += math.log10(place.population + 10) / total


def _resolve(
    mention: Mention, context: dict[str, dict[str, float]], state: str | None = None
) -> Place | None:
    """Best gazetteer candidate for one mention, given document context.

    A state written after the name ("Howland, Ohio") rules out towns of that
    name elsewhere; when it leaves no candidate, the state itself is the place.
    """
    gazetteer = load_gazetteer()
    candidates = gazetteer.lookup(mention[2]) or gazetteer.lookup(_COMPASS.sub("", mention[2]))
    if state is not None and any(p.kind in ("city", "admin2") for p in candidates):
        candidates = [p for p in candidates if p.admin1 == state or p.kind not in ("city", "admin2")]
        if not candidates:  # "IRA, Vt.": a town too small for the gazetteer, in a known state
            return next((p for p in gazetteer.states.values() if p.name == state), None)
    if not candidates:
        return None
    if candidates[0].kind not in ("country", "admin1") and mention[2].lower() in common_words():
        return None  # "Man", "Commerce": towns somewhere, words here
    countries, states = context["countries"], context["states"]

    us_news = countries.get("US", 0.0) > 0  # a state or the US named outright
    # US publishers report the world too: their state decides among US towns only
    publisher = context["publisher"] if us_news or all(p.country == "US" for p in candidates) else {}

    big_city = _big_city_name(candidates)

    def score(place: Place) -> float:
        value = {"country": 12.0, "admin1": 0.0 if big_city else 10.0}.get(place.kind, 0.0)
        value += 3.0 if us_news and place.country == "US" else 0.0
        value += math.log10(place.population + 1)
        value += 3.0 * min(states.get(place.admin1 or "", 0.0), 3.0)
        value += 2.0 * min(countries.get(place.country or "", 0.0), 3.0)
        value += 3.0 * publisher.get(place.admin1 or "", 0.0)
        return value

    return max(candidates, key=lambda p: (score(p), p.geonameid or 0))


def _big_city_name(candidates: list[Place]) -> bool:
    """True for names shared by a state and a big US city ("Washington"):
    news means the city far more often."""
    return any(p.kind == "admin1" for p in candidates) and any(
        p.kind == "city" and p.country == "US" and p.population >= BIG_CITY for p in candidates
    )


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
        if start == _TITLE:
            start = end = None  # type: ignore[assignment]  # title places have no offsets
        key = _key(place)
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


def _key(place: Place | dict[str, Any]) -> tuple[Any, ...]:
    """What makes two resolved mentions the same location."""
    if isinstance(place, Place):
        return (place.name, place.kind, place.country, place.admin1, place.city)
    return (place["name"], place["kind"], place["country"], place["admin1"], place["city"])


def _primary(
    locations: list[dict[str, Any]],
    text: str,
    dateline_key: tuple[Any, ...] | None = None,
    publisher: dict[str, float] | None = None,
) -> dict[str, Any] | None:
    """Choose the place the article is about, with the reason.

    A town or county in an opening dateline wins (unless the headline names a
    more mentioned one of its state); otherwise the most specific place of
    the lead (headline included) that agrees with the article's main country
    and state, hospitals left out, a town of its state rather than a county
    of the text's lead; then the most mentioned place.
    """
    if not locations:
        return None
    dateline = [loc for loc in locations if _key(loc) == dateline_key] or [
        loc for loc in locations if loc["start"] is not None and loc["start"] < 40 and _is_dateline(text, loc)
    ]
    if dateline and _SPECIFICITY[dateline[0]["kind"]] > _SPECIFICITY["admin1"]:
        headline = _headline_over_dateline(locations, dateline[0])
        if headline is not None:
            return {**headline, "reason": f"headline place rather than the dateline ({headline['kind']})"}
        return {**dateline[0], "reason": "dateline"}
    countries = Counter(loc["country"] for loc in locations for _ in range(loc["mentions"]))
    main_country = countries.most_common(1)[0][0]
    main_state = _main_state(locations, publisher or {}) if main_country == "US" else None
    lead = [loc for loc in locations
            if (loc["start"] or 0) < LEAD_CHARS and loc["country"] == main_country and _scene(loc)
            and loc["admin1"] == (main_state or loc["admin1"])]  # fmt: skip
    if lead:
        best = max(lead, key=_lead_rank)
        town = _town_for_county(best, locations)
        if town is not None:
            return {**town, "reason": f"town of the state of the lead's county ({best['name']})"}
        if best["start"] is None:
            return {**best, "reason": f"most specific place of the headline and lead ({best['kind']})"}
        return {**best, "reason": f"most specific place in the lead ({best['kind']})"}
    best = max(locations, key=lambda loc: (loc["mentions"], _SPECIFICITY[loc["kind"]]))
    return {**best, "reason": f"most mentioned place ({best['mentions']} mentions)"}


def _town_for_county(county: dict[str, Any], locations: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The most mentioned town of a county's state, when a county the headline
    does not name leads: local reports name the county's sheriff first and the
    town further down ("Coffee County deputies ... in Douglas")."""
    if county["kind"] != "admin2" or county["start"] is None:
        return None
    towns = [loc for loc in locations if loc["kind"] == "city"
             and (loc["country"], loc["admin1"]) == (county["country"], county["admin1"])]  # fmt: skip
    return max(towns, key=lambda loc: (loc["mentions"], -(loc["start"] or 0))) if towns else None


def _headline_over_dateline(
    locations: list[dict[str, Any]], dateline: dict[str, Any]
) -> dict[str, Any] | None:
    """A place of the headline, as specific as the dateline's, in its state and
    mentioned more often: reporters file from the station's city ("POCATELLO,
    Idaho - ... in Chubbuck")."""
    region = (dateline["country"], dateline["admin1"])
    headline = [loc for loc in locations if loc["start"] is None and loc is not dateline and _scene(loc)
                and (loc["country"], loc["admin1"]) == region and loc["mentions"] > dateline["mentions"]
                and _lead_rank(loc)[0] >= _lead_rank(dateline)[0]]  # fmt: skip
    return max(headline, key=_lead_rank) if headline else None


def _main_state(locations: list[dict[str, Any]], publisher: dict[str, float]) -> str | None:
    """The US state most distinct places of the article lie in, the publisher's
    counting as one; then the most mentioned. A quarter GeoNames lacks ("the
    Austin shooting" in a Chicago story) finds a namesake elsewhere, but alone."""
    names: Counter[str] = Counter(publisher)
    mentions: Counter[str] = Counter()
    for loc in locations:
        if loc["admin1"] and loc["kind"] != "facility":  # a facility copies its city's state
            names[loc["admin1"]] += 1
            mentions[loc["admin1"]] += loc["mentions"]
    return max(names, key=lambda state: (names[state], mentions[state]), default=None)


def _whole_city(
    primary: dict[str, Any] | None, locations: list[dict[str, Any]], populations: dict[tuple[Any, ...], int]
) -> dict[str, Any] | None:
    """The city a chosen place is a quarter of, when the article names it too.

    GeoNames lists city quarters ("Rogers Park", "Allapattah") as towns; a
    much larger city named in the article whose extent (grown with the square
    root of its population) covers the place is the better answer.
    """
    if primary is None or primary["kind"] != "city" or primary["lat"] is None:
        return primary
    size = populations.get(_key(primary), 0)
    for city in locations:
        population = populations.get(_key(city), 0)
        if (city["kind"] != "city" or city["lat"] is None or city["admin1"] != primary["admin1"]
                or city["country"] != primary["country"]
                or population < max(QUARTER_CITY_POPULATION, QUARTER_RATIO * size)):  # fmt: skip
            continue
        if _distance_km(primary, city) <= QUARTER_KM_PER_ROOT * math.sqrt(population):
            return {**city, "reason": f"{primary['reason']}: {primary['name']} is part of {city['name']}"}
    return primary


def _distance_km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Great-circle distance between two located records."""
    lat1, lat2 = math.radians(a["lat"]), math.radians(b["lat"])
    half = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin(math.radians(b["lon"] - a["lon"]) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(half))


def _scene(location: dict[str, Any]) -> bool:
    """False for hospitals: where the wounded were taken, not where it happened."""
    return not (location["kind"] == "facility" and _MEDICAL.search(location["name"]))


def _lead_rank(location: dict[str, Any]) -> tuple[int, bool, int, int, int]:
    """A venue or a town before a county or a state, then a place the headline
    names, then the most mentioned, the most specific, the first."""
    specificity = _SPECIFICITY[location["kind"]]
    in_title = location["start"] is None
    return min(specificity, 4), in_title, location["mentions"], specificity, -(location["start"] or 0)


def _is_dateline(text: str, location: dict[str, Any]) -> bool:
    """True when the mention opens a line in capitals ("MOSCOW, March 22 -")."""
    start, end = location["start"], location["end"]
    line_start = text.rfind("\n", 0, start) + 1
    surface = text[start:end]
    return start - line_start < 3 and surface.isupper() and len(surface) > 2
