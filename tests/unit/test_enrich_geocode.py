"""Geocoding: countries, US local news state and city, primary location choice."""

from __future__ import annotations

from typing import Any

import pytest

from streams.enrich import enrich
from streams.enrich.place_matcher import match_places


def run(text: str, mode: str, title: str | None = None) -> dict[str, Any]:
    article = {"article_id": "t", "text": text, "published": "2015-06-12"}
    if title:
        article["title"] = title
    return enrich(article, mode)


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_us_local_news_state_and_city(mode: str) -> None:
    text = (
        "NASHVILLE, Tenn. (WXYZ) - A man was shot outside an apartment complex in Hermitage "
        "on Tuesday evening. Metro police said the victim was taken to a hospital in Nashville. "
        "Detectives in Hermitage are asking for tips."
    )
    record = run(text, mode)
    places = {(p["name"], p["admin1"]) for p in record["locations"]}
    assert ("Hermitage", "Tennessee") in places
    assert ("Nashville", "Tennessee") in places
    assert record["location"]["admin1"] == "Tennessee"


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_ambiguous_city_follows_country_context(mode: str) -> None:
    record = run(
        "Officials in Moscow said Russia would respond. The Kremlin in Moscow gave no details.",
        mode,
    )
    moscow = next(p for p in record["locations"] if p["name"] == "Moscow")
    assert moscow["country"] == "RU" and moscow["kind"] == "city"
    assert abs(moscow["lat"] - 55.75) < 0.5


def test_county_resolved_to_state_named_in_text() -> None:
    record = run(
        "Deputies from the Greene County Sheriff's Office in North Carolina responded to the "
        "call near Snow Hill on Wednesday night.",
        "fast",
    )
    counties = [p for p in record["locations"] if p["kind"] == "admin2"]
    assert counties and counties[0]["admin1"] == "North Carolina"
    snow_hill = next(p for p in record["locations"] if p["name"] == "Snow Hill")
    assert snow_hill["admin1"] == "North Carolina"


def test_countries_have_iso_codes_and_coordinates() -> None:
    record = run("Germany and France signed a trade deal with Japan on Friday.", "accurate")
    by_code = {p["country"]: p for p in record["locations"] if p["kind"] == "country"}
    assert {"DE", "FR", "JP"} <= set(by_code)
    assert all(p["lat"] is not None for p in by_code.values())


def test_no_places_no_location() -> None:
    record = run("The committee met to discuss the annual budget for next year.", "fast")
    assert record["location"] is None and record["locations"] == []


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_company_suffix_is_not_a_place_code(mode: str) -> None:
    text = "Standard Oil Co and BP North America\nInc said they plan to sell the Ohio refinery."
    countries = {loc["country"] for loc in run(text, mode)["locations"]}
    assert "CN" not in countries  # "INC" is Yinchuan's airport code in GeoNames
    assert "US" in countries


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_state_abbreviation_is_no_foreign_city(mode: str) -> None:
    text = "Troopers said a driver was shot near Lawrence, Kan., and another near Erie, Pa., last week."
    countries = {p["country"] for p in run(text, mode)["locations"]}
    assert countries == {"US"}


def test_hyphenated_city_is_matched_whole() -> None:
    text = "Officers in Winston-Salem and in Port-au-Prince said so."
    assert [text[s:e] for s, e, _ in match_places(text)] == ["Winston-Salem", "Port-au-Prince"]
