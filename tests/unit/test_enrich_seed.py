"""Seed acceptance: the Crocus City Hall article enriches as an analyst expects."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest

from streams.enrich import best_count, enrich


def _seed_article() -> dict[str, Any]:
    raw = resources.files("streams").joinpath("samples/crocus-city-hall.txt").read_text("utf-8")
    match = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", raw)
    assert match is not None
    return {"article_id": "seed-crocus", "published": match.group(1), "text": raw[match.end() :]}


@pytest.fixture(scope="module", params=["accurate", "fast"])
def seed(request: pytest.FixtureRequest) -> dict[str, Any]:
    return enrich(_seed_article(), request.param)


def test_event_type_is_terrorist_assault(seed: dict[str, Any]) -> None:
    top = seed["event_types"][0]
    assert (top["category"], top["cameo_root"]) == ("ASSAULT", "18")
    assert "terrorism" in top["tags"]
    assert seed["text"][top["evidence"]["start"] : top["evidence"]["end"]] == top["evidence"]["text"]


def test_primary_location_is_crocus_city_hall_moscow(seed: dict[str, Any]) -> None:
    where = seed["location"]
    assert where["name"] == "Crocus City Hall"
    assert (where["city"], where["country"]) == ("Moscow", "RU")
    assert abs(where["lat"] - 55.75) < 0.5 and abs(where["lon"] - 37.62) < 0.5
    assert where["reason"]


def test_counts_with_evidence(seed: dict[str, Any]) -> None:
    counts = {(c["kind"], c["value"], c["qualifier"]) for c in seed["counts"]}
    assert ("killed", 137, "exact") in counts
    assert ("killed", 130, "at_least") in counts
    assert ("arrested", 4, "exact") in counts
    injured = best_count(seed["counts"], "injured")
    assert injured is not None and injured["value"] >= 180 and injured["qualifier"] == "at_least"
    killed = [c for c in seed["counts"] if c["kind"] == "killed"]
    assert killed[0]["value"] == 137, "the most specific figure comes first"
    for count in seed["counts"]:
        evidence, mention = count["evidence"], count["mention"]
        assert seed["text"][evidence["start"] : evidence["end"]] == evidence["text"]
        assert evidence["start"] <= mention["start"] < mention["end"] <= evidence["end"]
    arrested = next(c for c in seed["counts"] if c["kind"] == "arrested")
    assert "custody" in arrested["evidence"]["text"]


def test_people_organisations_and_countries(seed: dict[str, Any]) -> None:
    names = {(e["name"], e["type"]) for e in seed["entities"]}
    assert ("ISIS", "ORG") in names
    assert ("Vladimir Putin", "PERSON") in names
    assert ("Pope Francis", "PERSON") in names
    countries = {loc["country"] for loc in seed["locations"] if loc["kind"] == "country"}
    assert {"RU", "TJ", "TR", "SY"} <= countries
    gpe = {e["name"] for e in seed["entities"] if e["type"] == "GPE"}
    assert {"Russia", "Tajikistan", "Turkey", "Syria"} <= gpe
    for entity in seed["entities"]:
        assert seed["text"][entity["start"] : entity["end"]] == entity["text"]


def test_tone_is_negative(seed: dict[str, Any]) -> None:
    assert seed["tone"] < -0.2
    assert seed["language"] == "en"
