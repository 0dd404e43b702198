"""Individual same-event signals."""

from __future__ import annotations

from streams.dedup.expiry import span_days
from streams.dedup.features import ArticleFeatures, ages, article_features, streets
from streams.dedup.people import person_keys
from streams.dedup.profile import update_profile
from streams.dedup.similarity import (
    DEFAULT_WEIGHTS,
    Scoring,
    age_conflict,
    person_signal,
    report_time_signal,
    signals,
    street_signals,
    time_signal,
    year_conflict,
)
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
    assert span_days([10.2, 12.5]) == (9, 10, 11, 12, 13)
    assert span_days([0.0, 400.0]) == (-1, 0, 1, 399, 400, 401)


def test_street_names_drop_direction_and_suffix() -> None:
    text = "Police were called to the 600 block of South Cornell Avenue and to W. 79th St. later."
    assert set(streets(text)) == {"cornell", "79th"}
    assert streets("Shares rose on Wall Street.") == {"wall": 1.0}


def test_ages_of_people_come_from_the_usual_ways_of_writing_them() -> None:
    text = "Boy, 2, hurt; a nine-year-old girl and Lena Okafor, 41, unhurt; a man aged 70 fled"
    assert set(ages(text)) == {"2", "9", "41", "70"}
    # Dates, counts and vague words are no ages.
    assert ages("On March 5, 2015, dozens-year-old tales of 3 people shot") == {}
    # Title case, a plural, an age standing for a person, a name with a capital inside.
    text = "9-Year-Old Girl Shot; two 17-year-olds hurt; Woman finds 15-year-old fatally shot"
    assert set(ages(text)) == {"9", "17", "15"}
    assert ages("Police arrested Tyler McBride, 19, on Friday") == {"19": 1.0}


def test_a_relative_named_by_kinship_gives_an_age() -> None:
    # "Boy, 6, shot sister, 3": the sister's age tells the report from another child's shooting.
    assert set(ages("Boy, 6, accidentally shot sister, 3, in car")) == {"6", "3"}
    assert set(ages("He shot his wife, 34, and their son, 12, before")) == {"34", "12"}
    assert ages("Their sons, 12 and 14, were home") == {}


def test_things_roads_provinces_scores_and_ranges_give_no_age() -> None:
    for text in (
        "Fire destroys 100-year-old church",
        "NATO, a 75-year-old alliance; the government, barely a year old",
        "Gunfire outside a 40-year-old grocery store",
        "Highway, 17, was closed; Sindh, 23, Punjab, 11, in the tally",
        "Chelsea, 2, Arsenal, 1",
        "Men aged 18 to 60 and women aged 20-50 must register",
        "A 1.5-year-old boy",
    ):
        assert ages(text) == {}, text


def test_ages_conflict_only_when_both_sides_give_ages_and_share_none() -> None:
    assert age_conflict({"9": 1.0}, {"17": 1.0}) == 1.0
    assert age_conflict({"9": 1.0}, {"17": 1.0, "9": 0.5}) == 0.0
    assert age_conflict({}, {"17": 1.0}) == 0.0


def test_the_same_street_corroborates_and_different_streets_conflict() -> None:
    def idf(key: str) -> float:
        return 0.0 if key == "s:main" else 2.0  # "Main Street": in every report of the desk

    assert street_signals({"cornell": 1.0}, {"cornell": 1.0, "elm": 1.0}, idf) == (1.0, 0.0)
    assert street_signals({"cornell": 1.0}, {"elm": 1.0}, idf) == (0.0, 1.0)
    assert street_signals({"main": 1.0}, {"elm": 1.0}, idf) == (0.0, 0.0)
    assert street_signals({}, {"elm": 1.0}, idf) == (0.0, 0.0)


def test_a_shared_person_counts_only_between_dated_reports() -> None:
    # The well-known recur in unrelated events; only time says two reports are side by side.
    people = {"marcus delaney": 1.0}
    assert person_signal(people, people, 100.0, [99.0, 100.0]) == 1.0
    assert person_signal(people, people, None, [99.0, 100.0]) == 0.0
    assert person_signal(people, {"anna robles": 1.0}, 100.0, [99.0, 100.0]) == 0.0


def test_one_person_written_with_or_without_a_middle_name_or_initial_is_one_person() -> None:
    assert person_signal({"marcus delaney": 1.0}, {"marcus t. delaney": 1.0}, 100.0, [99.0, 100.0]) == 1.0
    assert person_signal({"marcus delaney": 1.0}, {"marcus aaron delaney": 1.0}, 100.0, [99.0, 100.0]) == 1.0
    assert person_signal({"marcus delaney": 1.0}, {"aaron delaney": 1.0}, 100.0, [99.0, 100.0]) == 0.0


def test_a_son_and_his_father_are_two_people() -> None:
    junior, senior = person_keys(["marcus delaney jr."]), person_keys(["marcus delaney sr."])
    assert not junior & senior
    assert junior & person_keys(["marcus t. delaney jr"])
    assert not junior & person_keys(["marcus delaney"])
    assert person_keys(["delaney"]) == set()


def test_time_is_full_only_in_an_events_first_days() -> None:
    # A report a day after the last follow-up of a long event no longer scores as "same time".
    assert time_signal(12.0, [0.0, 11.5], sigma=1.0, anchor_days=3.0) < 0.01
    assert time_signal(2.0, [0.0, 11.5], sigma=1.0, anchor_days=3.0) == 1.0
    assert time_signal(None, [0.0, 1.0], sigma=1.0, anchor_days=3.0) == 0.5


def test_people_are_full_names_of_persons_only() -> None:
    article = make_article(
        "p1",
        "Marcus Delaney was shot. Delaney was 34. Hartley Foods closed early. "
        "Detectives of Area North and the Wayne County Prosecutor are on it, Metro Media Wire said.",
        persons=("Marcus Delaney", "Delaney", "Area North", "Wayne County Prosecutor", "Metro Media Wire"),
    )
    assert set(article_features(article).people) == {"marcus delaney"}


def test_a_name_run_into_the_words_before_it_is_its_shorter_ending_mention() -> None:
    # The entity model names each person by the longest mention, here run into a caption's
    # and a headline's words and into a second person; the shorter mentions are the names.
    text = (
        "View Full Caption Dana Wexley. Mourners Gather For Basil Okafor. Lorin and Basil Okafor "
        "were shot. Dana Wexley took the photograph. Basil Okafor died. Okafor Jr. was not hurt."
    )
    article = make_article("p5", text)
    mentions = [
        ("View Full Caption Dana Wexley", "View Full Caption Dana Wexley"),
        ("View Full Caption Dana Wexley", "Dana Wexley"),
        ("Mourners Gather For Basil Okafor", "Mourners Gather For Basil Okafor"),
        ("Mourners Gather For Basil Okafor", "Basil Okafor"),
        ("Lorin and Basil Okafor", "Lorin and Basil Okafor"),
        ("Marcus Leon Okafor Jr.", "Okafor Jr."),  # a surname and a suffix: too little
    ]
    article["entities"] = [{"name": name, "type": "PERSON", "text": text} for name, text in mentions]
    people = article_features(article).people
    assert set(people) == {"dana wexley", "basil okafor", "marcus leon okafor jr."}
    assert people["dana wexley"] > 1.0  # both mentions count


def test_a_two_word_surname_keeps_the_first_name_before_it() -> None:
    # "De Jesus" ends "Jose De Jesus" but drops his first name: two people of one
    # surname in two shootings would share a person key.
    article = make_article("p6", "Jose De Jesus, 22, was shot. De Jesus was pronounced dead.")
    mentions = [("Jose De Jesus", "Jose De Jesus"), ("Jose De Jesus", "De Jesus")]
    article["entities"] = [{"name": name, "type": "PERSON", "text": text} for name, text in mentions]
    assert set(article_features(article).people) == {"jose de jesus"}
    # a title before a name goes, though a place in it is a first name too
    article["entities"] = [
        {"name": "Virginia Beach resident Sam Diaz", "type": "PERSON", "text": text}
        for text in ("Virginia Beach resident Sam Diaz", "Sam Diaz")
    ]
    assert set(article_features(article).people) == {"sam diaz"}


def test_a_name_opening_on_an_ordinal_is_a_place_not_a_person() -> None:
    # "Ninth Ward" read as a person would wake a month-old event of the same ward.
    article = make_article(
        "p3",
        "Marcus Delaney was shot in the Ninth Ward near the 3rd District station. The 11th Ward, "
        "the 1st Precinct and the Twelfth District sent officers.",
        persons=(
            "Marcus Delaney",
            "Ninth Ward",
            "3rd District",
            "11th Ward",
            "1st Precinct",
            "Twelfth District",
        ),
    )
    assert set(article_features(article).people) == {"marcus delaney"}


def test_a_title_opening_on_an_ordinal_still_names_a_person() -> None:
    article = make_article(
        "p4", "First Lady Jill Biden met Second Lt. Richard Collins.",
        persons=("First Lady Jill Biden", "Second Lt. Richard Collins"),
    )  # fmt: skip
    assert set(article_features(article).people) == {"first lady jill biden", "second lt. richard collins"}


def test_courts_saints_doctors_and_headline_words_are_no_streets() -> None:
    assert streets("Cook County Circuit Court and the Supreme Court") == {}
    assert streets("Downtown St. Louis, said Dr. Smith") == {}
    assert set(streets("Man Shot On Elm Street")) == {"elm"}


def test_a_surname_that_is_a_place_word_is_still_a_person() -> None:
    article = make_article(
        "p2", "Marcus Hall and Tyrone Ward were shot.", persons=("Marcus Hall", "Tyrone Ward")
    )
    assert set(article_features(article).people) == {"marcus hall", "tyrone ward"}


def test_a_shared_street_or_person_never_lifts_unanchored_template_copy() -> None:
    # No shared name or place and half the words: capped below the threshold whatever corroborates.
    feats = article_features(make_article("t1", "Alpha beta gamma delta kappa on Elm Street.", place=None))
    profile = update_profile(
        None, article_features(make_article("t0", "Alpha epsilon zeta eta iota on Elm Street.", place=None))
    )
    profile["names"] = {}
    feats.names = {}
    scoring = Scoring(weights=DEFAULT_WEIGHTS)
    score, sig = signals(feats, profile, lambda key: 1.0, scoring)
    assert sig["anchor"] == 0.0 and sig["street"] == 1.0
    assert score < scoring.threshold


def _dated(day: float | None, stated: float | None, published: float | None) -> ArticleFeatures:
    return ArticleFeatures(
        terms={}, title={}, names={}, places={}, types={}, primary=None,
        day=day, stated_day=stated, published_day=published,
    )  # fmt: skip


def test_a_report_naming_no_day_is_timed_by_publication_against_publications() -> None:
    # "Saturday's shooting" published Monday (day 2); a Monday report naming no day
    # came out with it, though its day (its publication) is two days past Saturday.
    event = update_profile(None, _dated(0.0, 0.0, 2.0))
    scoring = Scoring(weights=DEFAULT_WEIGHTS)
    assert report_time_signal(_dated(2.0, None, 2.0), event, scoring) == 1.0
    assert time_signal(2.0, event["span"], scoring.time_sigma_days, scoring.anchor_days) < 0.2


def test_an_event_of_undated_reports_is_timed_by_publication_too() -> None:
    event = update_profile(None, _dated(2.0, None, 2.0))
    scoring = Scoring(weights=DEFAULT_WEIGHTS)
    assert report_time_signal(_dated(0.0, 0.0, 2.0), event, scoring) == 1.0


def test_two_stated_days_are_compared_alone() -> None:
    # A look-alike published the same day names another day: another incident.
    event = update_profile(None, _dated(0.0, 0.0, 2.0))
    scoring = Scoring(weights=DEFAULT_WEIGHTS)
    assert report_time_signal(_dated(4.0, 4.0, 2.0), event, scoring) < 0.01
    # a profile stored before publication days were kept: the stated days alone
    legacy = {k: v for k, v in event.items() if k not in ("published", "stated")}
    assert report_time_signal(_dated(2.0, None, 2.0), legacy, scoring) < 0.2


def test_a_stored_profile_stays_stated_when_a_new_report_joins() -> None:
    """An event stored before profiles kept ``stated`` had its days stated: after
    an undated report joins, a same-day look-alike stating another day stays apart."""
    event = update_profile(None, _dated(0.0, 0.0, 2.0))
    legacy = {k: v for k, v in event.items() if k not in ("published", "stated")}
    joined = update_profile(legacy, _dated(2.0, None, 2.0))
    assert joined["stated"] is True
    scoring = Scoring(weights=DEFAULT_WEIGHTS)
    assert report_time_signal(_dated(-5.0, -5.0, 2.0), joined, scoring) < 0.01
