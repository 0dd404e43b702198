"""Local-news place cues: police forces, "Town, State", neighbourhoods, mastheads, counties."""

from __future__ import annotations

from typing import Any

import pytest

from streams.enrich import enrich
from streams.enrich.place_context import agency_mentions, neighbourhood_names, stated_state


def run(text: str, mode: str, title: str | None = None) -> dict[str, Any]:
    article = {"article_id": "g", "text": text, **({"title": title} if title else {})}
    return enrich(article, mode)


def where(record: dict[str, Any]) -> tuple[str, str, str] | None:
    loc = record["location"]
    return (loc["name"], loc["kind"], loc["admin1"]) if loc else None


def test_agency_names_its_town() -> None:
    text = "Metro Nashville PD said. The State Police and Capitol Police said nothing."
    assert [m[2] for m in agency_mentions(text, [])] == ["Nashville"]


def test_metropolitan_police_names_its_city() -> None:
    text = "A Tulsa Metropolitan Police officer was hurt; the capital's Metropolitan Police said no more."
    assert [m[2] for m in agency_mentions(text, [])] == ["Tulsa"]


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_town_named_only_by_its_police(mode: str) -> None:
    text = "Bladensburg police responded to a report of a shooting about 8 p.m. on 58th Avenue."
    assert where(run(text, mode)) == ("Bladensburg", "city", "Maryland")


def test_state_written_after_a_town() -> None:
    text = "HOWLAND, Ohio (WXYZ) - and ALBANY, N.Y. - and Troy, Mich. - and Reno, the"
    assert stated_state(text, 7) == "Ohio"
    assert stated_state(text, text.index(", N.Y.")) == "New York"
    assert stated_state(text, text.index(", Mich.")) == "Michigan"
    assert stated_state(text, text.index(", the")) is None


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_stated_state_rules_out_namesakes(mode: str) -> None:
    text = "HOWLAND, Ohio (WXYZ) - A feud led to a shooting that hurt three people in Howland."
    record = run(text, mode)
    assert {p["admin1"] for p in record["locations"]} == {"Ohio"}


def test_neighbourhood_names() -> None:
    text = "shot in the Austin neighborhood near Austin Avenue in Chicago"
    mentions = [(12, 18, "Austin", "GPE"), (50, 57, "Chicago", "GPE")]
    assert neighbourhood_names(text, mentions) == {"Austin"}


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_neighbourhood_is_not_a_town(mode: str) -> None:
    text = "CHICAGO — Two men were shot in the Austin neighborhood on the West Side, police said."
    record = run(text, mode, title="Two shot in Austin")
    assert where(record) == ("Chicago", "city", "Illinois")
    assert "Texas" not in {p["admin1"] for p in record["locations"]}


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_masthead_place_is_only_a_fallback(mode: str) -> None:
    masthead = "Man shot on Pine Street - KSLA News 12 Shreveport, Louisiana"
    named = run("Alpine police said a man was shot at his home in Alpine, Texas, on Friday.", mode, masthead)
    assert where(named) == ("Alpine", "city", "Texas")
    assert "Louisiana" not in {p["admin1"] for p in named["locations"]}
    unnamed = run("Police said a man was shot at his home on Friday night.", mode, masthead)
    assert where(unnamed) == ("Shreveport", "city", "Louisiana")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_hyphenated_county(mode: str) -> None:
    record = run("A man was arrested after a shooting at a Miami-Dade County home, police said.", mode)
    assert where(record) == ("Miami-Dade County", "admin2", "Florida")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_state_after_a_name_shared_with_a_country(mode: str) -> None:
    text = "LEBANON, Pa. - A man of 20 was charged on Tuesday after a teenager was shot in the leg."
    assert where(run(text, mode)) == ("Lebanon", "city", "Pennsylvania")
    countries = run("Envoys from Lebanon, Georgia and Armenia met on Monday to talk about trade.", mode)
    assert "Pennsylvania" not in {p["admin1"] for p in countries["locations"]}
    assert "Georgia" not in {p["admin1"] for p in countries["locations"] if p["kind"] == "city"}


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_each_mention_keeps_the_state_written_after_it(mode: str) -> None:
    text = (
        "KANSAS CITY, Mo. - A girl of two was shot in a car on Sunday night, police said.\n\n"
        "Last week a boy was wounded across the state line in Kansas City, Kan., while eating out."
    )
    record = run(text, mode)
    assert where(record) == ("Kansas City", "city", "Missouri")
    assert {p["admin1"] for p in record["locations"] if p["name"] == "Kansas City"} == {"Missouri", "Kansas"}


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_common_word_town_with_its_state_after_it(mode: str) -> None:
    text = "Hope, Ark., police said a mechanic was shot in the chest at his shop on Tuesday."
    assert where(run(text, mode)) == ("Hope", "city", "Arkansas")
    assert run("There was little hope for a quick deal, officials said.", mode)["location"] is None


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_lone_neighbourhood_of_a_local_outlets_city(mode: str) -> None:
    text = "Detectives are looking into a drive-by shooting in the California neighborhood on Friday."
    record = enrich({"article_id": "n", "text": text, "source": "wlky.com"}, mode)
    assert where(record) == ("Louisville", "city", "Kentucky")
