"""Stated casualty figures and how an article's figures are chosen."""

from __future__ import annotations

import pytest

from streams.enrich.count_selection import best_value, finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.sentences import split_sentences


def best(text: str) -> tuple[int, int]:
    """(killed, injured) best values of a text."""
    found = finalize_counts(extract_counts(split_sentences(text)))
    return best_value(found, "killed"), best_value(found, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three neighbours were hit by gunfire outside the corner store.", (0, 3)),
        ("The boy was one of five people hit by bullets during the dispute.", (0, 5)),
    ],
)
def test_hit_by_gunfire_is_shot(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
