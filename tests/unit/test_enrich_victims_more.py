"""More implicit-victim phrasings: victims named without a figure."""

from __future__ import annotations

from streams.enrich.count_selection import best_value, finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.sentences import split_sentences


def best(text: str) -> tuple[int, int]:
    """(killed, injured) best values of a text."""
    found = finalize_counts(extract_counts(split_sentences(text)))
    return best_value(found, "killed"), best_value(found, "injured")


def test_people_listed_as_the_object_of_shot() -> None:
    text = "Deputies say the gunman shot Rosa Diaz, 40, and her 12-year-old son near the pond on Friday."
    assert best(text) == (0, 2)
