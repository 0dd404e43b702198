"""Votes of an article for countries and US states.

Takes place mentions and the sanitized text; emits how often the article
names each country and US state (also as AP abbreviations such as "Tenn."),
with a population-weighted share of every US place name when no state is
named. Geocoding weighs same-named candidates by these votes.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from streams.enrich.gazetteer import Place, load_gazetteer
from streams.enrich.place_context import Mention

_STATE_ABBREVIATION = re.compile(r"(?<=, )(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|W\.Va\.|[A-Z]{2}\b(?! \w))")
#: A US city this large wins its name from a state of the same name.
BIG_CITY = 500_000
#: Votes a US state gets each time the article names it.
STATE_VOTE = 3.0


def region_votes(mentions: list[Mention], text: str) -> dict[str, dict[str, float]]:
    """Countries and US states the article names, with how often.

    When no state is named, each state gets a share of every US place name
    proportional to the population of its candidate there, so a set of small
    towns that only co-occur in one state decides it.

    Args:
        mentions: Place mentions ``(start, end, name, type)``.
        text: Sanitized article text.

    Returns:
        ``{"countries": {code: votes}, "states": {name: votes}, "named": {name: votes}}``,
        "named" counting only the states the text writes out or abbreviates.
    """
    gazetteer = load_gazetteer()
    countries: Counter[str] = Counter()
    states: defaultdict[str, float] = defaultdict(float)
    for match in _STATE_ABBREVIATION.finditer(text):
        named = gazetteer.state_name(match.group())
        if named is not None:
            states[named] += STATE_VOTE
    weak: defaultdict[str, float] = defaultdict(float)
    shared: set[str] = set()
    for _, _, name, _ in mentions:
        candidates = gazetteer.lookup(name)
        state = next((p for p in candidates if p.kind == "admin1"), None)
        if state is not None and not big_city_name(candidates):  # "Georgia": the state
            states[state.admin1 or ""] += STATE_VOTE
        elif candidates and candidates[0].kind == "country":
            countries[candidates[0].country or ""] += 1
        if name.lower() not in shared:  # a name repeated is no more evidence for its states
            shared.add(name.lower())
            share_states(candidates, weak)
    if states:
        countries["US"] += 1
    written = dict(states)
    for state_name, share in weak.items():
        states[state_name] += share
    return {"countries": dict(countries), "states": dict(states), "named": written}


#: Weight of a US place name's share of its own states when it is resolved (see geocode).
OWN_SHARE_WEIGHT = 0.5


def share_states(candidates: list[Place], weak: dict[str, float]) -> None:
    """Split one vote among the US states where a place name exists."""
    us = [p for p in candidates if p.country == "US" and p.kind in ("city", "admin2")]
    total = sum(math.log10(p.population + 10) for p in us)
    for place in us:
        weak[place.admin1 or ""] += math.log10(place.population + 10) / total


def big_city_name(candidates: list[Place]) -> bool:
    """True for names shared by a state and a big US city ("Washington"):
    news means the city far more often."""
    return any(p.kind == "admin1" for p in candidates) and any(
        p.kind == "city" and p.country == "US" and p.population >= BIG_CITY for p in candidates
    )
