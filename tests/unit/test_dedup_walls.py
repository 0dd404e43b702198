"""A page's wall (text shared word for word under unrelated headlines) is no evidence of an event."""

from __future__ import annotations

from streams.dedup import Clusterer
from streams.dedup.duplicates import shared_body
from streams.dedup.features import headline_features
from tests.unit.fixtures.dedup.builders import make_article, springfield

NOW = "2024-03-05T12:00:00Z"
WALL = (
    "Just one more thing. We have sent you a verification email. Please check your email and "
    "click on the link to activate your profile. If you do not receive the verification message "
    "within a few minutes of signing up, please check your Spam or Junk folder. Close. "
) * 2


def test_wall_pages_under_unrelated_headlines_stay_apart() -> None:
    clusterer = Clusterer({})
    one = clusterer.add(make_article("w1", WALL, title="Four killed in Springfield apartment shooting"), NOW)
    two = clusterer.add(
        make_article("w2", WALL, title="Sheriff wounded in Riverton shootout released", place="Riverton"), NOW
    )
    assert two.kind == "new"
    assert two.event_id != one.event_id


def test_wall_page_joins_the_event_its_headline_tells() -> None:
    clusterer = Clusterer({})
    story = clusterer.add(springfield("s1"), NOW)
    clusterer.add(make_article("w1", WALL, title="Council approves new library budget", place=None), NOW)
    headline = "Man shot dead outside Springfield grocery store"
    page = clusterer.add(make_article("w2", WALL, title=headline), NOW)
    assert page.kind == "same_event"
    assert page.event_id == story.event_id


def test_shared_body_needs_a_disagreeing_headline_and_a_long_text() -> None:
    clusterer = Clusterer({})
    clusterer.add(make_article("w1", WALL, title="Four killed in Springfield apartment shooting"), NOW)
    copy = make_article("w2", WALL, title="Four killed in Springfield apartment shooting - Wire")
    other = make_article("w3", WALL, title="Council approves new library budget")
    short = make_article("w4", "Sign in to continue.", title="Council approves new library budget")
    store, block = clusterer.store, "en"
    assert not shared_body(store, block, copy["fingerprints"], copy["title"], WALL)
    assert shared_body(store, block, other["fingerprints"], other["title"], WALL)
    assert not shared_body(store, block, short["fingerprints"], short["title"], short["text"])


STORY = (
    "Two people were killed and three wounded when a gunman opened fire inside a "
    "Springfield restaurant on Tuesday night, police said. Officers found the victims "
    "in the dining room. The suspect fled in a gray sedan and remains at large, and "
    "detectives asked witnesses to call the department. "
) * 2


def test_a_rerun_wire_story_under_its_own_headline_is_no_wall() -> None:
    """A paper reruns the wire's text under a headline of its own: the text tells
    the first headline's story, so it is scored as the story it is."""
    clusterer = Clusterer({})
    first = clusterer.add(
        make_article("s1", STORY, title="2 dead, 3 hurt in Springfield restaurant shooting"), NOW
    )
    rerun = make_article("s2", STORY, title="'We heard pops': diners describe terror")
    assert not shared_body(clusterer.store, "en", rerun["fingerprints"], rerun["title"], STORY)
    again = clusterer.add(rerun, NOW)
    assert again.event_id == first.event_id


def test_headline_features_read_the_headline_only() -> None:
    article = make_article("w1", WALL, title="Sheriff wounded in Riverton shootout", persons=("Spam",))
    feats = headline_features(article)
    assert set(feats.terms) == {"sheriff", "wounded", "riverton", "shootout"}
    assert "junk" not in feats.names and "ent:spam" not in feats.names
    assert feats.places  # the enriched places stay: enrichment reads the headline too
