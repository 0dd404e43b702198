"""Datelines: AP's stand-alone US cities need no state, and "W.Va." is a state."""

from __future__ import annotations

import pytest

from streams.enrich import enrich


def _place(text: str, mode: str) -> tuple[str, str | None]:
    location = enrich({"article_id": "d", "text": text}, mode)["location"]
    return location["name"], location["admin1"]


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_stand_alone_dateline_is_the_big_city(mode: str) -> None:
    text = (
        "WASHINGTON — Two embassy staff members were shot and killed outside a museum on "
        "Wednesday night, police said. A 31-year-old Chicago man was arrested."
    )
    assert _place(text, mode) == ("Washington", "District of Columbia")


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_state_written_after_the_dateline_still_decides(mode: str) -> None:
    text = "WASHINGTON, Ill. — A barn fire on the edge of town was put out on Monday, officials said."
    assert _place(text, mode) == ("Washington", "Illinois")


@pytest.mark.parametrize("state", ["W.Va.", "W. Va."])
def test_west_virginia_abbreviated_is_read(state: str) -> None:
    text = f"FARMINGTON, {state} — An explosion at a coal mine killed three miners on Tuesday."
    assert _place(text, "fast")[1] == "West Virginia"


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_big_city_dated_in_the_neighbouring_state_is_the_city(mode: str) -> None:
    # South Carolina has no Charlotte; the city's metro crosses the line.
    text = (
        "CHARLOTTE, S.C. (AP) - Police in Charlotte are investigating after a man was "
        "wounded in a shooting at an apartment on Saturday."
    )
    assert _place(text, mode) == ("Charlotte", "North Carolina")


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_big_city_far_from_the_written_state_is_a_small_namesake(mode: str) -> None:
    # No Phoenix in Maryland big enough for the gazetteer, and Arizona is far: the state stands.
    text = "PHOENIX, Md. (AP) - A farmhand was wounded by a stray round on Saturday, deputies said."
    assert _place(text, mode) == ("Maryland", "Maryland")
