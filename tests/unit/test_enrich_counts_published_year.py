"""A figure dated years before the article was published tells of another case,
even when the article names no later year: its publication year is a date too."""

from __future__ import annotations

from streams.enrich import enrich
from streams.enrich.count_context import background
from streams.enrich.count_dates import dated_years_before
from streams.enrich.count_ranking import best_value
from streams.enrich.count_selection import finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.sentences import split_sentences

#: An assault report whose own victim's fate it never counts; a first figure
#: deep in the body dates a relative's case five years before.
FOLLOW_UP = (
    "A Milltown teenager was charged on Wednesday with aggravated assault for allegedly "
    "wounding a friend at an apartment on Birch Lane. "
    "Police said the two had been handling a revolver in an upstairs bedroom when it went off. "
    "The friend was flown to a regional medical center; his condition was not known on Thursday. "
    "Detectives said the teenager told them the gun was not his and that he had tried to move it "
    "with a paper towel before it discharged. "
    "A judge set his bail at $35,000 and scheduled a preliminary hearing for next month. "
    "In 2017, his older brother pleaded guilty to involuntary manslaughter in a similar case. "
    "The brother was charged in the Sept. 16, 2015, shooting death of Dana Reyes, 17, "
    "in an apartment on the same street."
)


def _killed(text: str, year: int) -> int:
    return best_value(finalize_counts(extract_counts(split_sentences(text), "", year)), "killed")


def test_a_death_dated_years_before_publication_is_another_case() -> None:
    assert _killed(FOLLOW_UP, 2020) == 0


def test_without_a_publication_year_the_named_years_alone_decide() -> None:
    # 2015 lies within three years of the 2017 the text names: possibly its own case
    assert _killed(FOLLOW_UP, 0) == 1


def test_a_recent_date_is_the_articles_own_incident() -> None:
    assert _killed(FOLLOW_UP, 2016) == 1


def test_the_lead_keeps_its_dated_figure() -> None:
    lead = "A man was sentenced Monday for the Oct. 2, 2014, shooting death of a clerk at a gas station."
    assert _killed(lead, 2021) == 1


def test_enrich_reads_the_publication_year() -> None:
    article = {"article_id": "a1", "title": "Teen charged in shooting of friend", "text": FOLLOW_UP}
    record = enrich({**article, "published": "2020-11-26T10:00:00Z"}, "fast")
    assert best_value(record["counts"], "killed") == 0


def test_a_date_in_another_clause_dates_nothing() -> None:
    text = "The suspect, released in June 2012, shot three people on Friday."
    start = text.index("three")
    assert not dated_years_before(text, start, start + len("three people"), 2020)
    text = "In the Sept. 16, 2012, shooting death of a clerk, two men were charged."
    start = text.index("shooting")
    assert dated_years_before(text, start, start + len("shooting death"), 2020)


def test_a_date_fronting_its_clause_dates_the_figure_after_its_comma() -> None:
    """'Police said that in May 2010, two officers were wounded': the comma after the
    date is the date's own, so the figure is dated 2010; not an aside's comma."""
    for text in (
        "Police said that in May 2010, two officers were wounded at the same corner.",
        "Back in May 2010, two officers were wounded at the same corner.",
    ):
        start = text.index("two")
        assert background(text, start, start + 3, latest=2024) == "earlier"
