"""Home of a local publisher, read from its host name.

Takes the article's source host or URL ("nbclosangeles.com",
"miami.cbslocal.com"); emits the place it names and that place's one US
state, which geocoding counts as a vote among same-named towns and falls
back on when the article resolves no place of its own.
"""

from __future__ import annotations

import functools

from streams.enrich.gazetteer import load_gazetteer

#: US cities this large can name a publisher ("nbclosangeles.com").
PUBLISHER_CITY_POPULATION = 50_000
#: Shorter names hide inside unrelated words ("bradenton" holds "denton").
MIN_PUBLISHER_NAME = 6
#: A whole host label may be shorter ("miami"), not this short ("wkrn").
MIN_LABEL = 4
#: DNS caps a host label at 63 characters; anything longer is not a real host.
MAX_LABEL = 63


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
    longest = _longest_name()
    for label in labels:
        if len(label) > MAX_LABEL:
            continue
        if label in names:  # a whole label may be short: "miami.cbslocal.com"
            return names[label]
        # Substrings longer than the longest name cannot match: capping them keeps this linear.
        found = [label[i:j] for i in range(len(label))
                 for j in range(i + MIN_PUBLISHER_NAME, min(i + longest, len(label)) + 1)
                 if label[i:j] in names]  # fmt: skip
        if found:  # the longest name, even when it is ambiguous ("springfield", not "spring")
            return names[max(found, key=len)]
    return None


def warm_up_publishers() -> None:
    """Build the name table now: it reads the whole gazetteer (~0.4 s), which
    would otherwise fall on the first article that names a source."""
    _publisher_names()


@functools.cache
def _longest_name() -> int:
    """Length of the longest compact name in the table."""
    return max(map(len, _publisher_names()), default=0)


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
