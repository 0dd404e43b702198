"""Geocoding: the town the lead under a dateline names as the scene, and a
headline's county the recogniser took for an organisation."""

from __future__ import annotations

from typing import Any

import pytest

from streams.enrich import enrich
from streams.enrich.place_scene import scene_town


def primary(text: str, title: str = "News") -> dict[str, Any]:
    record = enrich({"article_id": "t", "title": title, "text": text, "source": "example.com"}, "fast")
    return record["location"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("RALEIGH, N.C. (WXYZ) \u2014 One man died after a shooting in Garner on Saturday night.", "Garner"),
        ("DENVER, Colo. \u2014 Two people died in a crash in Aurora early Sunday, police said.", "Aurora"),
        ("BOSTON \u2014 Firefighters fought a blaze in Quincy overnight.", "Quincy"),
        ("WASHINGTON \u2014 Two men died after a shooting Thursday in Waldorf, Maryland.", "Waldorf"),
        (  # the county of the dateline, the town inside it; the scene in the second sentence
            "HOWARD COUNTY, Ind. (WXYZ) \u2014 Deputies are looking into a shooting. "
            "A baby was hurt in a double shooting in Kokomo Wednesday night.",
            "Kokomo",
        ),
    ],
)
def test_scene_town_under_a_dateline(text: str, town: str) -> None:
    location = primary(text)
    assert location["name"] == town
    assert location["reason"].startswith("town the lead under the dateline tells of")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an arrest, a hospital, a name that goes on, a town far off, no event: the dateline stays
        ("ATLANTA \u2014 Police arrested a suspect in Marietta in the killing of a clerk.", "Atlanta"),
        ("PHOENIX \u2014 A boy injured in the explosion was flown to a hospital in Tucson.", "Phoenix"),
        ("SANFORD, Fla. \u2014 A student was shot in Seminole High School's parking lot.", "Sanford"),
        ("SPRINGFIELD, Ill. \u2014 A flood in Chicago killed two people, the governor said.", "Springfield"),
        ("SEATTLE \u2014 Amazon said Tuesday it would open a new office in Bellevue.", "Seattle"),
        ("LOS ANGELES \u2014 The Lakers beat the Celtics 110-102 in Los Angeles on Sunday.", "Los Angeles"),
        ("MIAMI (WXYZ) \u2014 A Hialeah man was shot and killed in Miami on Friday.", "Miami"),
        ("PARIS, Oct. 3 (Reuters) \u2014 Ministers met unions after a strike in Lyon.", "Paris"),
    ],
)
def test_dateline_stays_without_a_scene_elsewhere(text: str, place: str) -> None:
    assert primary(text)["name"] == place


def test_scene_town_reads_past_the_dateline_abbreviation() -> None:
    text = "SALEM, Ore. (WXYZ) \u2014 The man accused in a shooting in Woodburn appeared in court."
    assert scene_town(text, 0, 5, {"Woodburn"}) == "Woodburn"
    assert scene_town(text, 0, 5, {"Gresham"}) is None


@pytest.mark.parametrize(
    ("title", "county"),
    [
        ("Jackson County Sheriff\u2019s Office investigating deadly shooting", "Jackson County"),
        ("Teen killed in Choctaw Co. shooting", "Choctaw County"),
        ("Baltimore County police confirm they shot a man", "Baltimore County"),
    ],
)
def test_headline_county_taken_for_an_organisation(title: str, county: str) -> None:
    article = {"article_id": "t", "title": title, "text": "A man died.", "source": "example.com"}
    assert [p["name"] for p in enrich(article, "fast")["locations"]] == [county]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Officials in Boston said a fire in Quincy destroyed three homes. Boston crews helped.", "Quincy"),
        ("Two people were killed in a crash in Aurora on Sunday, Denver police said.", "Aurora"),
        ("Police in Dallas said a man wounded in Garland was taken to a hospital in Dallas.", "Garland"),
    ],
)
def test_lead_town_named_as_the_scene(text: str, town: str) -> None:
    assert primary(text)["name"] == town


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A man was arrested in Tacoma after a robbery in Seattle, Seattle police said.", "Seattle"),
        ("Voters in Phoenix approved a tax that will fund a stadium in Glendale.", "Phoenix"),
        ("Houston police said the storm flooded streets in Pasadena. Houston schools closed.", "Houston"),
    ],
)
def test_lead_without_a_scene_elsewhere(text: str, place: str) -> None:
    assert primary(text)["name"] == place


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # the headline's name is only part of a longer place name in the text
        ("Isla Vista shooting victims named", "Six students were killed in Isla Vista.", ["Isla Vista"]),
        ("Jersey storm knocks out power", "Utilities in New Jersey said homes lost power.", ["New Jersey"]),
        ("Shots on Cleveland Ave", "A boy was hurt on Cleveland Avenue, Columbus police said", ["Columbus"]),
        # the text writes it alone, or only in a quarter's or a building's name, or not at all: it stays
        ("Paris attacks: three held", "Police in Paris arrested three men on Sunday.", ["Paris"]),
        ("Baltimore cookout shooting", "Five were shot at a cookout in North Baltimore.", ["Baltimore"]),
        ("Burbank hotel shooting", "A man was shot at the Los Angeles Burbank Airport hotel.", ["Burbank"]),
        ("Alturas shooting victims named", "Two people died on Sunday, police said.", ["Alturas"]),
    ],
)
def test_headline_name_inside_a_longer_name(title: str, text: str, names: list[str]) -> None:
    record = enrich({"article_id": "t", "title": title, "text": text, "source": "example.com"}, "fast")
    assert [p["name"] for p in record["locations"] if p["kind"] in ("city", "admin1")][:1] == names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an event the lead only mentions: past, denied, the cause of a bill or a speech
        (
            "SALEM, Ore. \u2014 The governor signed a housing bill on Tuesday after a fire in Portland "
            "last year displaced hundreds of families.",
            "Salem",
        ),
        (
            "SALEM, Ore. \u2014 Lawmakers met Tuesday to honor the victims of the 2019 shooting in Woodburn.",
            "Salem",
        ),
        (
            "COLUMBUS, Ohio (AP) \u2014 The state Supreme Court ruled Tuesday that a man convicted of a 1998 "
            "murder in Dayton must get a new trial.",
            "Columbus",
        ),
        (
            "LOS ANGELES (Reuters) \u2014 The movie, shot in Santa Clarita over six weeks, opens on Friday.",
            "Los Angeles",
        ),
        (
            "WASHINGTON (Reuters) \u2014 The president on Monday called for gun laws after a shooting in "
            "Baltimore over the weekend.",
            "Washington",
        ),
        (
            "WASHINGTON (Reuters) \u2014 The president spoke on the economy on Monday. "
            "He did not mention the shooting in Baltimore.",
            "Washington",
        ),
    ],
)
def test_an_event_only_mentioned_is_no_scene(text: str, place: str) -> None:
    assert primary(text)["name"] == place


@pytest.mark.parametrize(
    "title",
    [
        "Tulsa police, Tulsa County deputies investigate shooting",
        "Dallas police, Dallas County deputies respond",
    ],
)
def test_a_headline_naming_the_town_alone_keeps_it(title: str) -> None:
    text = "A man was shot on Sunday night, officers said."
    assert primary(text, title)["name"] == title.split()[0]
