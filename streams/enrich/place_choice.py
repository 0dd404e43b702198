"""Choice of the place an article is about among its resolved locations.

Takes the schema ``locations`` of an article (one per distinct place), its
text, the key of its dateline place, the publisher's home state and each
location's population; emits the primary ``location`` with the reason it was
chosen: the dateline, a headline place, the most specific place of the lead,
or the most mentioned place, widened to the whole city when it is a quarter.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from streams.enrich.gazetteer import Place
from streams.enrich.place_counties import in_county
from streams.enrich.place_scene import first_scene, scene_town
from streams.enrich.sentences import LEAD_CHARS

_SPECIFICITY = {"facility": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 1, "country": 1}
#: A city this large, and this many times larger than a place it covers, is the
#: answer rather than its quarter; it spans this many km per root of its population
#: (Chicago about 16 km, Nashville 8 km).
QUARTER_CITY_POPULATION = 200_000
QUARTER_RATIO = 10
QUARTER_KM_PER_ROOT = 0.010
#: A town the lead names this far from the dateline is a namesake ("in Midtown"), not the next town.
SCENE_KM = 150.0
#: Where the wounded were taken, not where it happened.
MEDICAL = re.compile(r"\b(?:Hospital|Medical|Health|Clinic|Infirmary|Trauma)\b")


def location_key(place: Place | dict[str, Any]) -> tuple[Any, ...]:
    """What makes two resolved mentions the same location."""
    if isinstance(place, Place):
        return (place.name, place.kind, place.country, place.admin1, place.city)
    return (place["name"], place["kind"], place["country"], place["admin1"], place["city"])


def choose_primary(
    locations: list[dict[str, Any]],
    text: str,
    dateline_key: tuple[Any, ...] | None,
    publisher: dict[str, float],
    populations: dict[tuple[Any, ...], int],
) -> dict[str, Any] | None:
    """The place the article is about, widened to the city it is a quarter of.

    Args:
        locations: Schema locations of the article, in order of first mention.
        text: Sanitized article text.
        dateline_key: :func:`location_key` of the dateline's place, if any.
        publisher: The publisher's home state, weighted as a vote.
        populations: Population per :func:`location_key`.

    Returns:
        The chosen location with a ``reason``; None when there is none.
    """
    return _whole_city(_primary(locations, text, dateline_key, publisher), locations, populations)


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
    of the text's lead (the lead's town it names as the scene first); then
    the most mentioned place.
    """
    if not locations:
        return None
    dateline = [loc for loc in locations if location_key(loc) == dateline_key] or [
        loc for loc in locations if loc["start"] is not None and loc["start"] < 40 and _is_dateline(text, loc)
    ]
    if dateline and _SPECIFICITY[dateline[0]["kind"]] > _SPECIFICITY["admin1"]:
        headline = _headline_over_dateline(locations, dateline[0])
        if headline is not None:
            return {**headline, "reason": f"headline place rather than the dateline ({headline['kind']})"}
        scene = _scene_after_dateline(locations, dateline[0], text)
        if scene is not None:
            return {**scene, "reason": f"town the lead under the dateline tells of ({dateline[0]['name']})"}
        return {**dateline[0], "reason": "dateline"}
    countries = Counter(loc["country"] for loc in locations for _ in range(loc["mentions"]))
    main_country = countries.most_common(1)[0][0]
    main_state = _main_state(locations, publisher or {}) if main_country == "US" else None
    lead = [loc for loc in locations
            if (loc["start"] or 0) < LEAD_CHARS and loc["country"] == main_country and _scene(loc)
            and loc["admin1"] == (main_state or loc["admin1"])]  # fmt: skip
    if lead:
        scene = _lead_scene(lead, text)
        if scene is not None:
            return {**scene, "reason": "town the lead names as the scene"}
        best = max(lead, key=_lead_rank)
        town = _town_for_county(best, locations)
        if town is not None:
            return {**town, "reason": f"town of the state of the lead's county ({best['name']})"}
        if best["start"] is None:
            return {**best, "reason": f"most specific place of the headline and lead ({best['kind']})"}
        return {**best, "reason": f"most specific place in the lead ({best['kind']})"}
    best = max(locations, key=lambda loc: (loc["mentions"], _SPECIFICITY[loc["kind"]]))
    return {**best, "reason": f"most mentioned place ({best['mentions']} mentions)"}


def _lead_scene(lead: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The town of the lead that the lead names as the scene ("a shooting in
    Hermitage" in a Nashville station's report that names Nashville more)."""
    towns = {loc["name"]: loc for loc in lead if loc["kind"] == "city" and loc["start"] is not None}
    name = first_scene(text[:LEAD_CHARS], towns) if len(towns) > 1 else None
    return towns[name] if name is not None else None


def _town_for_county(county: dict[str, Any], locations: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The most mentioned town of a county, when a county the headline does not
    name leads: local reports name the county's sheriff first and the town
    further down ("Coffee County deputies ... in Douglas"). A town elsewhere in
    the state ("the suspect is from Atlanta") is not where it happened."""
    if county["kind"] != "admin2" or county["start"] is None:
        return None
    towns = [loc for loc in locations if loc["kind"] == "city" and loc["lat"] is not None
             and (loc["country"], loc["admin1"]) == (county["country"], county["admin1"])
             and in_county(county["admin1"], county["name"], loc["lat"], loc["lon"])]  # fmt: skip
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


def _scene_after_dateline(
    locations: list[dict[str, Any]], dateline: dict[str, Any], text: str
) -> dict[str, Any] | None:
    """A town near the dateline (across a state line too: "WASHINGTON - ... in
    Waldorf, Maryland") that the first sentences after the dateline say the
    event happened in (:mod:`streams.enrich.place_scene`): reporters file from
    the outlet's city about the next town."""
    if dateline["start"] is None:
        return None
    towns = {loc["name"]: loc for loc in locations
             if loc["kind"] == "city" and loc is not dateline and loc["name"] != dateline["name"]
             and loc["country"] == dateline["country"]
             and _near(loc, dateline, SCENE_KM)}  # fmt: skip
    name = scene_town(text, dateline["start"], dateline["end"], towns) if towns else None
    return towns[name] if name is not None else None


def _near(town: dict[str, Any], place: dict[str, Any], km: float) -> bool:
    """Whether a town lies within ``km`` of a place, or in it when the place is a county."""
    if town["lat"] is None:
        return False
    if place["kind"] == "admin2":
        return in_county(place["admin1"], place["name"], town["lat"], town["lon"]) is True
    return place["lat"] is not None and distance_km(town, place) <= km


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
    size = populations.get(location_key(primary), 0)
    for city in locations:
        population = populations.get(location_key(city), 0)
        if (city["kind"] != "city" or city["lat"] is None or city["admin1"] != primary["admin1"]
                or city["country"] != primary["country"]
                or population < max(QUARTER_CITY_POPULATION, QUARTER_RATIO * size)):  # fmt: skip
            continue
        if distance_km(primary, city) <= QUARTER_KM_PER_ROOT * math.sqrt(population):
            return {**city, "reason": f"{primary['reason']}: {primary['name']} is part of {city['name']}"}
    return primary


def distance_km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Great-circle distance between two located records."""
    lat1, lat2 = math.radians(a["lat"]), math.radians(b["lat"])
    half = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin(math.radians(b["lon"] - a["lon"]) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(half))


def _scene(location: dict[str, Any]) -> bool:
    """False for hospitals: where the wounded were taken, not where it happened."""
    return not (location["kind"] == "facility" and MEDICAL.search(location["name"]))


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
