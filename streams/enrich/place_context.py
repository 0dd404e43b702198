"""Local cues about places: "Howland, Ohio", "the Austin neighborhood",
"Erie Police".

Takes the sanitized text and place mentions; emits the US state written
right after a mention (which outranks any population prior), the names the
text uses for neighbourhoods (parts of a city named elsewhere, not towns of
their own) and towns named only through their police or fire department.
"""

from __future__ import annotations

import re

from streams.enrich.gazetteer import load_gazetteer

#: ", Ohio", ", Fla.", ", LA-": a state written right after a town name.
_STATE_AFTER = re.compile(r",\s{1,2}(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?\.?|[A-Z]\.[A-Z]\.|[A-Z]{2}\b)")
#: "the Austin neighborhood", "Baltimore's Brooklyn neighborhood".
_NEIGHBOURHOOD_AFTER = re.compile(
    r"\s{1,2}(?:neighborhood|neighbourhood|community area|section)\b", re.IGNORECASE
)
#: "Erie Police", "DeLand police said", "Metro Nashville PD": local news names
#: the town through its police force even when the recogniser misses it.
_AGENCY = re.compile(
    r"\b(?P<place>[A-Z][a-zA-Z]+(?:[ -][A-Z][a-zA-Z]+){0,2}) (?:[Pp]olice\b|PD\b|[Ff]ire [Dd]epartment)"
)
Mention = tuple[int, int, str, str]


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
