"""Primary location choice and its cues: hospitals, headlines, datelines, the publisher's home."""

from __future__ import annotations

import time
from typing import Any

import pytest

from streams.enrich import enrich, warm_up
from streams.enrich.gazetteer import load_gazetteer
from streams.enrich.place_context import (
    cue_mentions,
    dateline_mentions,
    neighbourhood_names,
    stated_town_mentions,
)
from streams.enrich.place_counties import in_county
from streams.enrich.place_publisher import publisher_home


def run(text: str, mode: str, title: str | None = None, source: str | None = None) -> dict[str, Any]:
    article = {"article_id": "c", "text": text, "title": title, "source": source}
    return enrich(article, mode)


def where(record: dict[str, Any]) -> tuple[str, str | None] | None:
    loc = record["location"]
    return where_of(loc) if loc else None


def where_of(loc: dict[str, Any]) -> tuple[str, str | None]:
    return (loc["name"], loc["admin1"])


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


def test_publisher_home_of_a_known_outlet() -> None:
    assert publisher_home("https://m.wsbtv.com/news/local/1") == ("Atlanta", "Georgia")
    assert publisher_home("homicides.suntimes.com:80") == ("Chicago", "Illinois")
    assert publisher_home("news10.net") == ("Sacramento", "California")
    assert publisher_home("news10.com") == ("Albany", "New York")
    assert publisher_home("wtok.com") == ("Meridian", "Mississippi")
    assert publisher_home("chronicle.augusta.com") == ("Augusta", "Georgia")
    assert publisher_home("wsbtv.com.example.org") is None  # only the host's own domain counts


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_known_outlet_places_a_story_that_names_no_town(mode: str) -> None:
    text = "A boy of six was hit by a stray bullet while he slept; detectives have no suspect yet."
    assert where(run(text, mode, source="wlky.com")) == ("Louisville", "Kentucky")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_known_outlet_decides_among_namesakes(mode: str) -> None:
    text = "Two brothers were wounded in Decatur late on Friday after an argument outside a store."
    assert where(run(text, mode, source="ajc.com")) == ("Decatur", "Georgia")


def test_publisher_home_ignores_labels_longer_than_dns_allows() -> None:
    assert publisher_home("news." + "q" * 40 + "losangeles.com") == ("los angeles", "California")
    assert publisher_home("q" * 60 + "losangeles.com") is None  # 70 characters: no real host


def test_huge_host_name_is_read_quickly() -> None:
    warm_up("fast")
    url = "https://" + "z" * 4000 + ".org/a"
    article = {"article_id": "h", "text": "Two men were hurt on Sunday.", "url": url}
    started = time.perf_counter()
    enrich(article, "fast")
    assert time.perf_counter() - started < 1.0


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
def test_publisher_state_decides_among_us_towns_that_share_a_foreign_name(mode: str) -> None:
    # "Smyrna" is also an old name of a large Turkish city; the text leans to a US town
    text = "Smyrna officers were called to a house on Maple Court, where a toddler had found a pistol."
    assert where(run(text, mode, "Toddler hurt in Smyrna", source="wsmv.com")) == ("Smyrna", "Tennessee")
    assert where(run(text, mode, "Toddler hurt in Smyrna", source="wsbtv.com")) == ("Smyrna", "Georgia")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_small_far_namesake_of_a_local_outlet_gives_way_to_its_home(mode: str) -> None:
    # a quarter of the outlet's city that the gazetteer knows only as a small town far away
    text = "Four people were hurt when gunfire broke out at a cookout in Westwood on Sunday evening."
    assert where(run(text, mode, "Four hurt in Westwood", source="wlwt.com")) == ("Cincinnati", "Ohio")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_far_namesake_named_often_is_still_no_named_state(mode: str) -> None:
    # each mention shares a vote among the states with such a town; that is not naming the state
    text = (
        "Gunfire hit two cars in Howland on Sunday. Howland neighbours heard six shots. "
        "Officers in Howland asked for videos."
    )
    record = run(text, mode, "Cars hit by gunfire in Howland", source="wfmj.com")
    assert where(record) == ("Youngstown", "Ohio")  # the township next door, not the small town in Maine


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_far_town_stays_when_another_place_shares_its_state(mode: str) -> None:
    text = "A man was shot on a highway ramp in Beebe on Friday; he was flown to a hospital in Little Rock."
    assert where(run(text, mode, "Beebe man shot", source="wtvm.com")) == ("Beebe", "Arkansas")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_town_near_the_outlets_home_across_a_state_line(mode: str) -> None:
    # a New York station: the big Newark next door, not the village upstate
    text = "Three teenagers were wounded by gunfire on a corner in Newark late on Saturday."
    record = run(text, mode, "Three teens shot in Newark", source="nbcnewyork.com")
    assert where(record) == ("Newark", "New Jersey")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_outlets_home_town_named_in_its_own_paper(mode: str) -> None:
    text = "A man was wounded in a drive-by shooting in Athens early on Sunday, officers said."
    assert where(run(text, mode, "Man wounded in Athens", source="onlineathens.com")) == ("Athens", "Georgia")
    assert run(text, mode, "Man wounded in Athens", source="example.com")["location"]["country"] == "GR"


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_town_near_a_local_outlet_over_a_namesake_abroad(mode: str) -> None:
    title = "Guilty plea in deadly Hamilton bar shooting"
    text = "A third defendant entered a plea on Monday over the killing of a bouncer last spring."
    assert where(run(text, mode, title, source="daytondailynews.com")) == ("Hamilton", "Ohio")
    assert run(text, mode, title, source="example.com")["location"]["country"] == "CA"
    abroad = "Hamilton police in Canada said a bouncer was killed outside a bar on Friday."
    assert run(abroad, mode, title, source="daytondailynews.com")["location"]["country"] == "CA"


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_same_named_county_that_holds_the_town(mode: str) -> None:
    # a Chicago paper's vote would put "Lake County" in Illinois; Gary lies in Indiana's
    text = (
        "A father was charged on Tuesday after his daughter was shot at their home in Gary, "
        "Lake County prosecutors said."
    )
    record = run(text, mode, source="chicagotribune.com")
    assert {(p["name"], p["admin1"]) for p in record["locations"]} == {
        ("Gary", "Indiana"),
        ("Lake County", "Indiana"),
    }


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_publisher_home_is_the_last_resort(mode: str) -> None:
    record = run("A man was shot in the arm on Monday; he is expected to recover.", mode, source="kansas.com")
    assert where(record) == ("Kansas", "Kansas")


def test_dateline_mentions() -> None:
    text = "Headline of the story\n\nGRANITE CITY, Ill. (KTVI/AP) \u2013 A man was hurt.\nMAYBE - not a place"
    assert [m[2] for m in dateline_mentions(text)] == ["GRANITE CITY"]
    assert [m[2] for m in dateline_mentions("PEORIA -- Officers were called.")] == ["PEORIA"]
    assert dateline_mentions("WATCH: the video. SOCCER - results") == []


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_dateline_in_capitals_after_a_headline(mode: str) -> None:
    text = (
        "Boy hurt while hunting\n\nBLACKFOOT, Idaho (KXYZ) - A boy of nine was shot in the arm on Sunday "
        "afternoon; deputies from Bingham County took him to a clinic in Pocatello."
    )
    record = run(text, mode)
    assert where(record) == ("Blackfoot", "Idaho")
    assert record["location"]["reason"] == "dateline"


def test_town_with_its_state_after_it() -> None:
    text = "Officers found the rifle in a Kaysville, Utah garage and in Lindon, Utah."
    assert {m[2] for m in stated_town_mentions(text, [])} == {"Kaysville", "Lindon"}
    assert stated_town_mentions("Smith, Jones and Brown, all 20, were there.", []) == []


def test_a_city_neighbourhood_is_the_city() -> None:
    text = "Three were shot in a Pittsburgh neighborhood and in a northeast Raleigh neighborhood."
    mentions = [(21, 31, "Pittsburgh", "GPE"), (64, 71, "Raleigh", "GPE")]
    assert neighbourhood_names(text, mentions) == set()


def test_wording_cues_mark_towns() -> None:
    text = "Deputies said the Kaysville teen was hurt in southwest Macon, not in March or near Young Street."
    assert [m[2] for m in cue_mentions(text, [])] == ["Macon", "Kaysville"]
    assert cue_mentions("Young child hurt; White man held; Early Morning Shooting", []) == []
    assert cue_mentions("shot at the Lake Kaysville Apartments", []) == []


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_headline_town_found_by_its_wording(mode: str) -> None:
    record = run(
        "Deputies said the boy, 12, is expected to recover.",
        mode,
        "Boy Hurt In Accidental Shooting In Kaysville",
    )
    assert where(record) == ("Kaysville", "Utah")


def test_wording_cue_must_agree_with_the_named_state() -> None:
    text = "CHICAGO, Ill. - Two men were wounded in University City late on Friday, Chicago police said."
    record = run(text, "fast")  # spaCy finds the name itself: only the cue needs the check
    assert "Missouri" not in {p["admin1"] for p in record["locations"]}


def test_wording_cue_near_the_outlets_home_agrees_across_a_state_line() -> None:
    text = "A man was killed outside a truck stop on the loop road in Tyler, the police said on Friday."
    assert where(run(text, "fast", source="ksla.com")) == ("Tyler", "Texas")
    chicago = "Two men were wounded in University City late on Friday, police said."
    assert "Missouri" not in {p["admin1"] for p in run(chicago, "fast", source="wgntv.com")["locations"]}


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_dc_abbreviation_is_washington(mode: str) -> None:
    record = run("Three men were wounded in Southeast D.C. early on Monday, D.C. police said.", mode)
    assert where(record) == ("Washington", "District of Columbia")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_town_too_small_for_the_gazetteer_keeps_its_state(mode: str) -> None:
    record = run("IRA, Vt. (AP) - A hunter was wounded by a stray round on Saturday, troopers said.", mode)
    assert "Vermont" in {p["admin1"] for p in record["locations"]}
    assert "New York" not in {p["admin1"] for p in record["locations"]}


def test_county_named_without_the_word_county() -> None:
    text = "a Habersham shootout and Gwinnett deputies"
    assert [m[2] for m in cue_mentions(text, [])] == ["Habersham County", "Gwinnett County"]


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_city_quarter_gives_way_to_its_city(mode: str) -> None:
    text = "Two teenagers were wounded in North Lawndale on Sunday night, Chicago police said."
    record = run(text, mode, "Two teens wounded in North Lawndale")
    assert where(record) == ("Chicago", "Illinois")
    assert "part of Chicago" in record["location"]["reason"]
    suburb = run("Two teenagers were wounded in Joliet on Sunday night, Chicago police said.", mode)
    assert where(suburb) == ("Joliet", "Illinois")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_compass_part_of_a_known_place(mode: str) -> None:
    record = run("Gunfire broke out again in South Los Angeles on Tuesday evening, officers said.", mode)
    assert where(record) == ("Los Angeles", "California")


def test_main_state_counts_distinct_places() -> None:
    title = "Two hurt in Austin shooting"
    text = "Two were hurt in Austin on Friday, Chicago police said. Cook County prosecutors charged one."
    record = run(text, "fast", title)
    assert record["location"]["admin1"] == "Illinois"


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_headline_town_over_the_station_dateline(mode: str) -> None:
    # a lead saying "wounded ... in Chubbuck" names the scene itself (test_enrich_geocode_scene)
    text = "POCATELLO, Idaho (KXYZ) - A girl was wounded at a home on Monday, Chubbuck police said."
    record = run(text, mode, "Girl wounded in Chubbuck")
    assert where(record) == ("Chubbuck", "Idaho")
    assert record["location"]["reason"].startswith("headline place rather than the dateline")
    assert where(run(text, mode, "Girl wounded at a home")) == ("Pocatello", "Idaho")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_town_rather_than_the_sheriffs_county(mode: str) -> None:
    text = (
        "Coffee County deputies were called to a home on Friday night after a woman was shot by a child. "
        + "The sheriff said the gun had been left on a bed. " * 12
        + "The home is on Pine Street in Douglas, near the high school."
    )
    record = run(text, mode)
    assert where(record) == ("Douglas", "Georgia")
    assert where(run(text, mode, "Woman shot in Coffee County home")) == ("Coffee County", "Georgia")


def test_abbreviated_words_of_place_names() -> None:
    gazetteer = load_gazetteer()
    assert {p.admin1 for p in gazetteer.lookup("St. Joseph")} >= {"Missouri", "Michigan"}
    assert [p.name for p in gazetteer.lookup("Ft. Myers")][:1] == ["Fort Myers"]
    assert [p.name for p in gazetteer.lookup("Port St. Lucie")][:1] == ["Port Saint Lucie"]
    assert [p.name for p in gazetteer.lookup("Miami-Dade")] == ["Miami-Dade County"]
    assert gazetteer.lookup("Stanton") and not gazetteer.lookup("Mt.")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_headline_town_counts_once_when_recogniser_and_cue_both_find_it(mode: str) -> None:
    record = run("Deputies said one man died on Friday night.", mode, "Shooting in Macon leaves one dead")
    assert [(loc["name"], loc["mentions"]) for loc in record["locations"]] == [("Macon", 1)]
    missed = run("Deputies said the boy is expected to recover.", mode, "Boy Hurt In Shooting In Kaysville")
    assert [(loc["name"], loc["mentions"]) for loc in missed["locations"]] == [("Kaysville", 1)]
    matched = run("Officers said two men were hurt.", mode, "Two wounded in Chicago drive-by")
    assert [(loc["name"], loc["mentions"]) for loc in matched["locations"]] == [("Chicago", 1)]


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_town_named_hospital_is_not_a_place_of_the_story(mode: str) -> None:
    text = "A man was shot in Harlem on Friday and rushed to Mount Sinai, where he is in stable condition."
    assert [loc["name"] for loc in run(text, mode)["locations"]] == ["Harlem"]
    village = "A woman was wounded in Mount Sinai, N.Y., on Sunday, Suffolk County police said."
    assert where(run(village, mode)) == ("Mount Sinai", "New York")
    referred = "A teen was shot in Laurel on Sunday and later flown to Jackson for surgery, deputies said."
    assert [where_of(loc) for loc in run(referred, mode)["locations"]] == [("Laurel", "Mississippi")]
    jailed = "Two men were arrested in Toledo, Ohio, on Friday and taken to the Lucas County Jail."
    assert ("Lucas County", "Ohio") in [where_of(loc) for loc in run(jailed, mode)["locations"]]


def test_county_extent_tells_its_towns_from_the_rest_of_the_state() -> None:
    assert in_county("Georgia", "Coffee County", 31.51, -82.85)  # Douglas
    assert in_county("Georgia", "Coffee County", 33.75, -84.39) is False  # Atlanta
    assert in_county("Illinois", "St. Clair County", 38.52, -89.98)  # Belleville
    assert in_county("Mississippi", "DeSoto County", 34.99, -90.01)  # Southaven
    assert in_county("Virginia", "Bristol city", 36.60, -82.19)
    assert in_county("New York", "Bronx County", 40.85, -73.87)
    assert in_county("Georgia", "Atlantis County", 33.75, -84.39) is None


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_town_elsewhere_in_the_state_does_not_replace_the_county(mode: str) -> None:
    text = (
        "Coffee County deputies were called to a home on Friday night after a woman was shot by a child. "
        + "The sheriff said the gun had been left on a bed. " * 12
        + "The boy's father, who lives in Atlanta, was charged on Saturday."
    )
    assert where(run(text, mode)) == ("Coffee County", "Georgia")


def test_newspaper_title_word_names_no_home() -> None:
    # a big Nevada town shares its name with a common masthead word
    assert publisher_home("northcountrydailyenterprise.com") is None
