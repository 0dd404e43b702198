"""Individual same-event signals."""

from __future__ import annotations

from streams.dedup.similarity import year_conflict


def test_years_conflict_only_where_a_time_is_missing() -> None:
    # Undated look-alikes (two earthquakes, years apart) are told apart by the
    # years they name; dated reports in one window name background years.
    assert year_conflict({"2008": 1.0}, {"2013": 1.0}, None, None) == 1.0
    assert year_conflict({"2008": 1.0}, {"2013": 1.0}, 16000.0, None) == 1.0
    assert year_conflict({"2008": 1.0}, {"2013": 1.0}, 16000.0, [15999.0, 16000.0]) == 0.0
    assert year_conflict({"2013": 1.0}, {"2013": 1.0, "2008": 1.0}, None, None) == 0.0
