"""A place name's share of its own US states is weak evidence: repeated, it does not
outvote a far larger namesake abroad; with a state or a second town it still decides."""

import pytest

from streams.enrich import enrich


def _place(text: str, mode: str) -> tuple[str, str, str | None]:
    location = enrich({"article_id": "n", "text": text}, mode)["location"]
    return location["name"], location["country"], location["admin1"]


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_port_abroad_named_twice_is_not_its_small_us_namesake(mode: str) -> None:
    text = (
        "ROTTERDAM -- A fire broke out at a warehouse in the port of Rotterdam on Monday night, "
        "and two workers were hurt, the fire brigade said."
    )
    assert _place(text, mode) == ("Rotterdam", "NL", None)


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_the_us_namesake_wins_with_a_state_or_a_neighbouring_town(mode: str) -> None:
    stated = "ROTTERDAM, N.Y. -- A fire broke out at a warehouse in Rotterdam on Monday night."
    assert _place(stated, mode)[1:] == ("US", "New York")
    neighbours = "A fire broke out at a warehouse in Rotterdam, near Schenectady, on Monday."
    assert _place(neighbours, mode)[1:] == ("US", "New York")


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_world_city_stays_abroad_when_the_text_only_names_the_us(mode: str) -> None:
    text = (
        "LONDON 2024-05-02\nA guitar that belonged to a U.S. blues singer sold for 12,000 pounds "
        "at an auction on Thursday. A Florida museum bought it."
    )
    assert _place(text, mode) == ("London", "GB", None)
    texan = "PARIS, Texas -- A barn fire on Thursday destroyed hay bales, the Lamar County sheriff said."
    assert _place(texan, mode)[1:] == ("US", "Texas")


def test_a_desk_slug_over_a_headline_is_no_dateline() -> None:
    text = "GOLF - OPEN CHAMPIONSHIP SCORES .\nLONDON 2024-07-18\nLeading first-round scores at Troon :"
    location = enrich({"article_id": "s", "text": text}, "fast")["location"]
    assert (location["name"], location["country"], location["reason"]) == ("London", "GB", "dateline")


def test_an_old_name_of_a_city_abroad_yields_to_the_town_that_bears_it() -> None:
    # geonames lists "Philadelphia" as an old name of Amman and "Smyrna" of Izmir
    text = "The 76ers lost at home in Philadelphia on Friday, and coach Eddie Jordan was fired."
    assert _place(text, "fast")[:2] == ("Philadelphia", "US")
    assert _place("A man was shot in Smyrna on Monday, police said.", "fast")[:2] == ("Smyrna", "US")


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_seat_of_government_is_the_landmark_in_its_city(mode: str) -> None:
    location = enrich(
        {
            "article_id": "w",
            "text": "Officials at the White House said on Monday that the rule would change.",
        },
        mode,
    )["location"]
    assert (location["name"], location["kind"], location["admin1"]) == (
        "White House",
        "facility",
        "District of Columbia",
    )
    # with its state written after it, the name is the Tennessee town
    town = "WHITE HOUSE, Tenn. -- Police arrested a man on Main Street in White House on Monday."
    assert _place(town, mode) == ("White House", "US", "Tennessee")
