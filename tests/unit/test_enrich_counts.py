"""People counts: number words, revisions, qualifiers, and numbers that are not people."""

from __future__ import annotations

import pytest

from streams.enrich import best_value
from streams.enrich.count_selection import finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.numbers import parse_number
from streams.enrich.sentences import split_sentences


def counts_of(text: str) -> set[tuple[str, int, str]]:
    found = finalize_counts(extract_counts(split_sentences(text)))
    return {(c["kind"], c["value"], c["qualifier"]) for c in found}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("four", (4, "exact")), ("twenty-one", (21, "exact")), ("1,200", (1200, "exact")),
     ("dozens", (24, "at_least")), ("two hundred", (200, "exact")), ("seven", (7, "exact")),
     ("banana", None)],
)  # fmt: skip
def test_parse_number(phrase: str, expected: tuple[int, str] | None) -> None:
    assert parse_number(phrase) == expected


def test_number_words_and_qualifiers() -> None:
    found = counts_of("Gunmen stormed the market, killing four people and wounding more than 20.")
    assert found == {("killed", 4, "exact"), ("injured", 20, "at_least")}


def test_revision_keeps_most_specific_first() -> None:
    text = "Early reports said over 40 people were killed. Officials later said 43 died."
    found = finalize_counts(extract_counts(split_sentences(text)))
    killed = [(c["value"], c["qualifier"]) for c in found if c["kind"] == "killed"]
    assert killed == [(43, "exact"), (40, "at_least")]
    assert best_value(found, "killed") == 43


@pytest.mark.parametrize(
    "text",
    [
        "The airport handled 155,221 bags on Tuesday.",
        "The city paid $5 million to settle the case.",
        "A 15-year-old boy was arrested in 2014.",
        "The bus left at 7 p.m. with 30 tourists.",
        "In 1998 killed was a word we avoided.",
    ],
)
def test_numbers_not_about_people_are_ignored(text: str) -> None:
    assert all(value in (0, 1) for _, value, _ in counts_of(text))


def test_dead_injured_arrested_missing() -> None:
    text = (
        "The blast left 12 dead and dozens injured. Police said three suspects were arrested. "
        "Two children are still missing."
    )
    assert counts_of(text) == {
        ("killed", 12, "exact"), ("injured", 24, "at_least"), ("arrested", 3, "exact"),
        ("missing", 2, "exact"),
    }  # fmt: skip


def test_shot_minus_killed_gives_injured() -> None:
    found = counts_of("Three people were shot Sunday night, one fatally, police said.")
    assert ("killed", 1, "exact") in found
    assert ("injured", 2, "exact") in found


def test_single_victim() -> None:
    found = counts_of("A 34-year-old man was shot and killed outside a bar on Main Street.")
    assert found == {("killed", 1, "exact")}


def test_death_toll() -> None:
    assert ("killed", 57, "exact") in counts_of("The death toll rose to 57 on Monday.")


def test_no_counts_in_plain_text() -> None:
    assert counts_of("The council approved the budget for the new library.") == set()
