"""Dictionary tagging of place names and demonyms with an Aho-Corasick automaton.

Takes text; emits ``(start, end, label)`` spans: GPE for countries, US
states and large cities, NORP for demonyms. Both enrich modes use it: the
fast mode as its place recogniser, the accurate mode to fix spaCy's labels.
"""

from __future__ import annotations

import functools

import ahocorasick

from streams.enrich.gazetteer import load_gazetteer, normalize_name
from streams.enrich.lexicon import DEMONYMS, common_words

#: Cities at least this large are tagged by name alone, without context.
CITY_MIN_POPULATION = 100_000
#: Cities at least this large are also tagged in ALL-CAPS headlines/datelines.
CAPS_MIN_POPULATION = 500_000
Span = tuple[int, int, str]


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    """Build the automaton once: surface forms in title, original and upper case."""
    automaton = ahocorasick.Automaton()
    entries: dict[str, tuple[str, bool]] = {}
    written: dict[str, str] = {}  # "Winston-Salem", "Port-au-Prince": hyphenated as spelt
    common = common_words()
    for key, places in load_gazetteer().by_name.items():
        top = places[0]
        if key in common:
            continue
        if top.kind in ("country", "admin1"):
            entries[key] = ("GPE", True)
        elif top.kind == "city" and top.population >= CITY_MIN_POPULATION:
            entries[key] = ("GPE", top.population >= CAPS_MIN_POPULATION)
        if key in entries and "-" in key and normalize_name(top.name) == key:
            written[key] = top.name  # not "McKinney": a surname far more often than the Texas city
    for demonym in DEMONYMS:
        entries[demonym.lower()] = ("NORP", True)
    for key, (label, caps) in entries.items():
        forms = {_title(key), written.get(key, _title(key))}
        for form in forms | {key.upper()} if caps else forms:
            automaton.add_word(form, (len(form), label))
    automaton.make_automaton()
    return automaton


def _title(key: str) -> str:
    """Title-case a lower-case key the way names are written ("Bosnia and Herzegovina")."""
    small = {"and", "of", "the", "de", "du", "la", "al"}
    words = key.split(" ")
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def match_places(text: str) -> list[Span]:
    """Tag whole-word place names and demonyms, longest match first.

    Args:
        text: Sanitized article text.

    Returns:
        Non-overlapping spans sorted by start.
    """
    found: list[Span] = []
    for end_index, (length, label) in _automaton().iter(text):
        end = end_index + 1
        start = end - length
        if _is_word_boundary(text, start, end):
            found.append((start, end, label))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[Span] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _is_word_boundary(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not part of a longer word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or after == "-")


def warm_up_places() -> None:
    """Build the automaton now rather than on the first article."""
    _automaton()
