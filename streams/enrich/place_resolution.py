"""Resolution of one article's place mentions to gazetteer places.

Takes mentions, the document's votes (countries and US states the article
names, its publisher's state) and the publisher's home town; emits the
gazetteer place each mention most likely means. Split from
:mod:`streams.enrich.geocode`, which gathers the mentions and votes first.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from streams.enrich.gazetteer import Place, load_gazetteer
from streams.enrich.headline_places import COMPASS
from streams.enrich.lexicon import common_words
from streams.enrich.place_context import Mention, stated_state
from streams.enrich.place_publisher import near_home
from streams.enrich.place_votes import OWN_SHARE_WEIGHT, big_city_name, share_states

#: Weight of the publisher's home state, as if the text named it this often.
PUBLISHER_VOTE = 1.0
#: A town this close to a local outlet's home town gets its vote across a state line.
NEAR_HOME_KM = 100.0
#: A city this large, this close to the centre of a state written after its name that has no
#: town of the name, is the city meant: its metro straddles the line ("CHARLOTTE, S.C.").
METRO_POPULATION = 250_000
METRO_KM = 300.0


#: US cities whose datelines stand alone, with no state (AP style): "WASHINGTON —"
#: is the capital even when the story names a Chicago suspect (Washington, Illinois).
_STANDALONE_DATELINES = {
    name.lower(): state
    for state, names in {
        "Georgia": ("Atlanta",), "Maryland": ("Baltimore",), "Massachusetts": ("Boston",),
        "Illinois": ("Chicago",), "Ohio": ("Cincinnati", "Cleveland"), "Colorado": ("Denver",),
        "Texas": ("Dallas", "Houston", "San Antonio"), "Michigan": ("Detroit",), "Hawaii": ("Honolulu",),
        "Indiana": ("Indianapolis",), "Nevada": ("Las Vegas",), "Florida": ("Miami",),
        "California": ("Los Angeles", "San Diego", "San Francisco"), "Wisconsin": ("Milwaukee",),
        "Minnesota": ("Minneapolis",), "Louisiana": ("New Orleans",), "New York": ("New York",),
        "Oklahoma": ("Oklahoma City",), "Pennsylvania": ("Philadelphia", "Pittsburgh"),
        "Arizona": ("Phoenix",),
        "Missouri": ("St. Louis",), "Utah": ("Salt Lake City",), "Washington": ("Seattle",),
        "District of Columbia": ("Washington",),
    }.items()
    for name in names
}  # fmt: skip


def resolve_all(
    mentions: list[Mention],
    context: dict[str, dict[str, float]],
    text: str,
    home: Place | None = None,
    datelines: Iterable[Mention] = (),
) -> list[tuple[Mention, Place]]:
    """Resolve every mention that the gazetteer knows; a state written after
    one mention of a name ("HOWLAND, Ohio") holds for its other mentions, the
    first so written deciding; one written after the mention itself comes
    first ("KANSAS CITY, Mo." in the dateline, "Kansas City, Kan." further on).
    A dateline with no state naming a city of AP's stand-alone list is that
    city."""
    written = {mention: stated_state(text, mention[1]) for mention in sorted(mentions)}
    for mention in datelines:
        if mention in written and written[mention] is None:
            written[mention] = _STANDALONE_DATELINES.get(mention[2].lower())
    stated: dict[str, str] = {}
    for mention, state in written.items():
        if state is not None:
            stated.setdefault(mention[2].lower(), state)
    resolved = []
    for mention, state in written.items():
        place = _resolve(mention, context, state or stated.get(mention[2].lower()), home)
        if place is not None:
            resolved.append((mention, place))
    return resolved


def _resolve(
    mention: Mention,
    context: dict[str, dict[str, float]],
    state: str | None = None,
    home: Place | None = None,
) -> Place | None:
    """Best gazetteer candidate for one mention, given document context.

    A local outlet favours towns of its state and towns near its home town
    ("Newark" in a New York station's report is the New Jersey city).

    A state written after the name ("Howland, Ohio") rules out towns of that
    name elsewhere, and the country of that name when the state has such a
    town ("LEBANON, Pa."; "Lebanon, Georgia and Armenia" lists countries); when
    it leaves no candidate, the state itself is the place.
    """
    gazetteer = load_gazetteer()
    landmark = _landmark(mention[2]) if state is None else None  # "White House, Tenn." is the town
    if landmark is not None:
        return landmark
    candidates = gazetteer.lookup(mention[2]) or gazetteer.lookup(COMPASS.sub("", mention[2]))
    if state is not None and any(_is_town(p) for p in candidates):
        in_state = [p for p in candidates if p.admin1 == state and _is_town(p)]
        candidates = in_state or [p for p in candidates if not _is_town(p)]
        if not candidates:  # "IRA, Vt.": a town too small for the gazetteer, in a known state
            written_state = next((p for p in gazetteer.states.values() if p.name == state), None)
            return _metro_over_the_line(gazetteer.lookup(mention[2]), written_state) or written_state
    if not candidates:
        return None
    if state is None and home is not None and home in candidates:
        return home  # "Athens" in the Athens paper, "Rome" in the Rome one: not the capitals abroad
    if (
        state is None
        and candidates[0].kind not in ("country", "admin1")
        and mention[2].lower() in common_words()
    ):
        return None  # "Man", "Commerce": towns somewhere, words here; "Hope, Ark." is the town
    countries, states = context["countries"], context["states"]

    # The US named outright (or any state) leans to US towns, but does not move a world
    # city to a US town of its name: "LONDON ... a U.S. guitar legend" is not London,
    # Ohio; that takes Ohio (state evidence).
    # (namesakes abroad only under their own name: "White House" is no name of Casablanca's)
    abroad = [p for p in candidates if p.country != "US" and p.name.lower() == mention[2].lower()]
    world_city = any(p.kind == "city" and p.population >= WORLD_CITY for p in abroad)
    us_news = countries.get("US", 0.0) > 0 and not world_city
    big_city = big_city_name(candidates)
    # Against a namesake abroad, a name's share of its own states counts at reduced weight:
    # "Rotterdam" alone is not evidence for New York against the Dutch port. Among US
    # towns only, the share stays whole (it leans to the larger town).
    own: defaultdict[str, float] = defaultdict(float)
    if abroad:
        share_states(candidates, own)

    written = mention[2].lower()
    by_own_name = any(p.name.lower() == written for p in candidates)

    def score(place: Place, local: bool) -> float:
        value = {"country": 12.0, "admin1": 0.0 if big_city else 10.0}.get(place.kind, 0.0)
        # an old or foreign name of a city ("Philadelphia" for Amman, "Smyrna" for Izmir)
        # yields to a place that bears the name as its own
        value -= ALIAS_PENALTY if by_own_name and place.name.lower() != written else 0.0
        value += 3.0 if us_news and place.country == "US" else 0.0
        value += math.log10(place.population + 1)
        admin1 = place.admin1 or ""
        evidence = states.get(admin1, 0.0) - (1.0 - OWN_SHARE_WEIGHT) * own[admin1]
        value += 3.0 * min(evidence, 3.0)
        if not (world_city and place.country == "US"):
            value += 2.0 * min(countries.get(place.country or "", 0.0), 3.0)
        value += 3.0 * _home_vote(place, context["publisher"], home) if local else 0.0
        return value

    best = max(candidates, key=lambda p: (score(p, False), p.geonameid or 0))
    # US publishers report the world too: their state decides among US towns only, once
    # the text leans to the US ("Smyrna" is also Izmir's old name)
    if best.country == "US" or us_news:
        best = max(candidates, key=lambda p: (score(p, True), p.geonameid or 0))
    elif state is None and not countries.get(best.country or ""):
        # a local outlet's "Hamilton" is the town near home unless the text names the country abroad
        best = next((p for p in candidates if near_home(p, home, NEAR_HOME_KM)), best)
    return best


#: Population from which a city abroad outranks its US namesakes unless their state is named.
WORLD_CITY = 250_000
#: Score taken from a candidate known by the name only as an alias, when another bears it.
ALIAS_PENALTY = 2.0


#: Seats of government that news names for their occupants: the landmark, in its
#: city, not the towns named after them ("White House", Tennessee; "Kremlin" is
#: no town at all). Name -> (city, country code, admin1 or None).
_LANDMARKS = {
    "white house": ("Washington", "US", "District of Columbia"),
    "capitol hill": ("Washington", "US", "District of Columbia"),
    "pentagon": ("Arlington", "US", "Virginia"),
    "kremlin": ("Moscow", "RU", None),
    "downing street": ("London", "GB", None),
    "buckingham palace": ("London", "GB", None),
    "elysee palace": ("Paris", "FR", None),
    "\u00e9lys\u00e9e palace": ("Paris", "FR", None),
}


@functools.cache
def _landmark(name: str) -> Place | None:
    """The landmark a name means, placed in its city; None for other names."""
    key = name.lower().removeprefix("the ")
    if key not in _LANDMARKS:
        return None
    city, country, admin1 = _LANDMARKS[key]
    cities = [p for p in load_gazetteer().lookup(city) if p.kind == "city"]
    place = next((p for p in cities if (p.country, p.admin1) == (country, admin1)), None)
    return replace(place, name=name, kind="facility", geonameid=None) if place is not None else None


def _metro_over_the_line(candidates: list[Place], state: Place | None) -> Place | None:
    """A big city of the name just over the line of a state that has no town of it.

    A wire dateline sometimes gives the state of the metro's other side
    ("CHARLOTTE, S.C." for Charlotte, North Carolina, whose suburbs cross
    into South Carolina). A hamlet too small for the gazetteer rarely bears
    the name of the big city just across the line; far from that city the
    written state stands ("IRA, Vt.").
    """
    metros = [p for p in candidates if p.kind == "city" and p.population >= METRO_POPULATION]
    return next((p for p in metros if state is not None and near_home(p, state, METRO_KM)), None)


def _home_vote(place: Place, publisher: dict[str, float], home: Place | None) -> float:
    """The publisher's vote for a place in its state or near its home town."""
    return max(
        publisher.get(place.admin1 or "", 0.0),
        PUBLISHER_VOTE if near_home(place, home, NEAR_HOME_KM) else 0.0,
    )


def _is_town(place: Place) -> bool:
    """A city or county, which a state written after its name can place."""
    return place.kind in ("city", "admin2")
