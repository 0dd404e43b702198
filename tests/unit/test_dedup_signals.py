"""Individual same-event signals."""

from __future__ import annotations

from streams.dedup.clusterer import _span_days
from streams.dedup.features import article_features
from streams.dedup.similarity import year_conflict
from tests.unit.fixtures.dedup.builders import make_article


def test_years_conflict_only_where_a_time_is_missing() -> None:
    # Undated look-alikes (two earthquakes, years apart) are told apart by the
    # years they name; dated reports in one window name background years.
    assert year_conflict({"2008": 1.0}, {"2013": 1.0}, None, None) == 1.0
    assert year_conflict({"2008": 1.0}, {"2013": 1.0}, 16000.0, None) == 1.0
    assert year_conflict({"2008": 1.0}, {"2013": 1.0}, 16000.0, [15999.0, 16000.0]) == 0.0
    assert year_conflict({"2013": 1.0}, {"2013": 1.0, "2008": 1.0}, None, None) == 0.0


def test_a_free_text_publication_time_still_gives_its_year() -> None:
    article = make_article(
        "a1", "A strong quake hit the coast.", published="Monday 16 September 2013 03.31 BST"
    )
    feats = article_features(article)
    assert feats.day is None
    assert "2013" in feats.years


def test_a_long_dormant_span_is_indexed_at_its_ends_only() -> None:
    assert _span_days([10.2, 12.5]) == (9, 10, 11, 12, 13)
    assert _span_days([0.0, 400.0]) == (-1, 0, 1, 399, 400, 401)
