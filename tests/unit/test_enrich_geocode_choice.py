"""Primary location choice: hospitals, headlines and the publisher's home."""

from __future__ import annotations

from typing import Any

import pytest

from streams.enrich import enrich
from streams.enrich.place_context import publisher_home


def run(text: str, mode: str, title: str | None = None, source: str | None = None) -> dict[str, Any]:
    article = {"article_id": "c", "text": text, "title": title, "source": source}
    return enrich(article, mode)


def where(record: dict[str, Any]) -> tuple[str, str | None] | None:
    loc = record["location"]
    return (loc["name"], loc["admin1"]) if loc else None


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_hospital_is_not_the_scene(mode: str) -> None:
    text = (
        "Two men were wounded on Saturday night in Tulsa, Oklahoma, when someone fired into a parked "
        "car. Both were driven to Saint Francis Hospital in Tulsa, police said."
    )
    record = run(text, mode)
    assert record["location"]["kind"] != "facility"
    assert where(record) == ("Tulsa", "Oklahoma")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_headline_town_before_a_town_of_the_lead(mode: str) -> None:
    title = "Teenager wounded in Sandy shooting"
    text = "A Salt Lake City teenager, 16, was hit in the leg in Sandy, Utah, late on Friday, officers said."
    assert where(run(text, mode, title)) == ("Sandy", "Utah")


def test_publisher_home_from_its_host() -> None:
    assert publisher_home("nbclosangeles.com") == ("los angeles", "California")
    assert publisher_home("miami.cbslocal.com:80") == ("miami", "Florida")
    assert publisher_home("https://www.delawareonline.com/story/news/1") == ("delaware", "Delaware")
    assert publisher_home("reuters.com") is None
    assert publisher_home("springfieldnews.com") is None  # Springfields in many states
    assert publisher_home(None) is None


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_publisher_state_decides_among_us_namesakes(mode: str) -> None:
    text = "Officers in Pasadena said three people were shot outside a restaurant on Sunday night."
    assert where(run(text, mode, source="nbclosangeles.com")) == ("Pasadena", "California")
    assert where(run(text, mode, source="example.com")) == ("Pasadena", "Texas")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_publisher_state_leaves_foreign_places_alone(mode: str) -> None:
    text = "Thousands marched through Paris on Saturday against the new pension law."
    assert run(text, mode, source="dallasnews.com")["location"]["country"] == "FR"


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_publisher_home_is_the_last_resort(mode: str) -> None:
    record = run("A man was shot in the arm on Monday; he is expected to recover.", mode, source="kansas.com")
    assert where(record) == ("Kansas", "Kansas")
