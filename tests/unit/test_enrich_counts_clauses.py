"""People counts: victims told across clauses, and numbers that only look like casualties."""

from __future__ import annotations

from streams.enrich import best_value
from streams.enrich.count_selection import finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.sentences import split_sentences


def best(text: str, kind: str) -> int:
    return best_value(finalize_counts(extract_counts(split_sentences(text))), kind)


def test_attempted_murders_are_no_deaths() -> None:
    text = "Three men face charges over the attempted murders of four teenagers outside a diner."
    assert best(text, "killed") == 0
    assert best("The suspect admitted the murders of two neighbours.", "killed") == 2


def test_a_figure_never_counts_one_aged_person() -> None:
    text = "Mother shot dead, leaves daughter, 3 Officers say 19-year-old was shot in the chest"
    assert best(text, "injured") == 0
    assert best("Two 15-year-olds were wounded near the park.", "injured") == 2
