"""Site names stripped from headlines before same-event scoring."""

from __future__ import annotations

import time

from streams.dedup.features import article_features, strip_title
from tests.unit.fixtures.dedup.builders import make_article


def test_a_chain_of_site_names_is_stripped() -> None:
    title = "Storm knocks out power to 40,000 homes - WXYZ-TV Channel 7 - Springfield, IL News, Weather"
    assert strip_title(title) == "Storm knocks out power to 40,000 homes"


def test_a_title_cut_after_a_bar_or_a_comma_is_stripped() -> None:
    assert strip_title("Girl hurt in crash story - WXYZ News 9 Lake Town, WI \u2013 News, Weather |") == (
        "Girl hurt in crash story"
    )
    assert strip_title("Local team wins 3-2 in overtime - KTVB.com: Boise, Idaho News,") == (
        "Local team wins 3-2 in overtime"
    )


def test_a_site_name_with_a_hyphen_or_a_colon_is_stripped() -> None:
    assert strip_title("Obituary: Jane Roe, 91, teacher and mayor - Hometown Courier-Journal") == (
        "Obituary: Jane Roe, 91, teacher and mayor"
    )
    assert strip_title("Stocks fall as oil jumps - MarketWatch.com: Markets, Stocks, Business News") == (
        "Stocks fall as oil jumps"
    )


def test_headlines_keep_their_own_words() -> None:
    assert strip_title("Flood waters recede in Mid-Valley towns") == "Flood waters recede in Mid-Valley towns"
    assert strip_title("Council approves budget | Riverside Tribune") == "Council approves budget"
    # A dash inside the headline stays; only the site after the last one goes.
    assert strip_title("Ukraine - Russia talks resume in Geneva - Daily Herald") == (
        "Ukraine - Russia talks resume in Geneva"
    )
    # Too short a head to be a headline: the dash is the headline's own.
    assert strip_title("Two teams - one trophy") == "Two teams - one trophy"
    # A subtitle longer than a site name stays.
    subtitle = "Man charged in 2019 fire - Court records show prior arrests in two states over many years"
    assert strip_title(subtitle) == subtitle


def test_site_words_stay_out_of_the_title_bag() -> None:
    article = make_article(
        "t1",
        "A storm knocked out power to thousands of homes on Tuesday.",
        title="Storm knocks out power - WXYZ-TV Channel 7 - Springfield, IL News, Weather & Sports |",
    )
    assert set(article_features(article).title) == {"storm", "knocks", "power"}


def test_a_huge_title_is_stripped_quickly() -> None:
    title = "word - " * 200_000 + "x" * 50
    started = time.perf_counter()
    strip_title(title)
    assert time.perf_counter() - started < 0.5
