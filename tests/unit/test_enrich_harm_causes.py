"""Figures of harms the article's lead never tells of (a scraped sidebar's crash,
an obituary link) are another story's; harms one event brings with it stay."""

import pytest

from streams.enrich import enrich
from streams.enrich.harm_causes import another_cause, causes, lead_causes
from tests.unit.fixtures.counts import best


def test_causes_named_by_their_words_not_by_gunfire_idioms() -> None:
    assert causes("Two men were shot outside a bar") == {"gunfire"}
    assert causes("A head-on crash killed one driver") == {"crash"}
    assert causes("Police opened fire on the car") == {"gunfire"}
    assert causes("Five people were hurt when a house fire spread") == {"fire"}
    assert causes("He set the house on fire") == causes("The hall was set ablaze") == {"fire"}
    assert causes("The diver dies at 96") == {"illness"}
    assert causes("Officials said two people were injured") == frozenset()


def test_lead_causes_read_the_headline_and_the_first_sentences() -> None:
    body = ["A man was shot Sunday.", "It happened at 9 p.m.", "Police came.", "A crash closed the road."]
    assert lead_causes("Bus crash in the hills", body) == {"crash", "gunfire"}
    assert lead_causes("", body) == {"gunfire"}


@pytest.mark.parametrize(
    ("sentence", "told", "other"),
    [
        ("At least one dead in head-on crash on Route 9.", {"gunfire"}, True),
        ("Sammy Lee, Olympic diver, dies at 96.", {"gunfire"}, True),
        ("Two of the victims were stabbed.", {"gunfire"}, False),  # an attacker shoots and stabs
        ("Two people drowned in their cars.", {"disaster"}, False),  # a storm drowns people
        ("Five passengers burned to death.", {"crash"}, False),  # a crash sets fires
        ("The victim died at the hospital.", {"gunfire"}, False),  # no cause named
        ("A crash killed two.", frozenset(), False),  # a lead naming no cause sets nothing apart
    ],
)
def test_another_cause(sentence: str, told: frozenset[str], other: bool) -> None:
    assert another_cause(sentence, frozenset(told)) is other


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scraped sidebar of another story: the shooting's own victim stays alone
        (
            "A teen girl died after a shooting at an apartment complex on Monday. "
            "She was shot in the stomach, the coroner said. Deputies have not made an arrest. "
            "LIVE: 25 hurt in apparent explosion in city neighborhood. "
            "4 dead, dozens hurt as bus carrying football team crashes.",
            (1, 0),
        ),
        # another story's crash, told after the shooting's lead
        (
            "Police said a woman was shot and wounded on Elm Street on Sunday. She is in stable condition. "
            "No arrest has been made. Three people died in a crash on Oak Street.",
            (0, 1),
        ),
        # general news: a hurricane's drownings are its own toll
        (
            "Hurricane Mara made landfall on Tuesday and flooded the coast. "
            "Officials said the storm killed four people. Two people drowned in their cars.",
            (4, 0),
        ),
        # general news: a crash's fire is the crash's
        (
            "A tour bus collided with a truck on the highway on Sunday. "
            "Rescuers said the bus caught fire. Five passengers died in the fire and 12 were injured.",
            (5, 12),
        ),
        # attackers who shoot and set fires: the blaze's dead are the attack's
        (
            "Gunmen opened fire at a concert hall on Friday and set it ablaze. The attackers fled in a car. "
            "Police said 12 people were wounded. Officials said 40 people died in the blaze.",
            (40, 12),
        ),
        # a sentence naming no cause keeps its figure whatever the lead told
        (
            "Two men were shot outside a bar early Sunday. "
            "Both were taken to a hospital in stable condition.",
            (0, 2),
        ),
    ],
)
def test_figures_by_cause(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_the_headline_tells_the_cause_too() -> None:
    # the lead names no cause; the headline's crash makes the crash's toll the article's own,
    # and a shooting sidebar after it is another story
    article = {
        "id": "c1",
        "title": "Two killed in head-on crash on Route 9",
        "text": "Two drivers died on Route 9 late on Friday, state police said. The road was closed "
        "for hours. Troopers said speed was a factor. Elsewhere, three men were wounded in a shooting.",
        "published": "2024-03-05T10:00:00Z",
    }
    counts = {c["kind"]: c["value"] for c in enrich(article, "fast")["counts"]}
    assert counts.get("killed") == 2
    assert "injured" not in counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bomber at the crowd the gunmen fired on: the blast's toll is the attack's
        (
            "Gunmen opened fire on a crowd outside the airport on Thursday. A guard was wounded. "
            "The attackers were dressed as police. "
            "Minutes later, a suicide bomber blew himself up at the gate; the explosion killed 170 people "
            "and wounded 150.",
            (170, 150),
        ),
        # a suspect who crashes while fleeing: the crash's dead are the story's
        (
            "Police shot a robbery suspect on Main Street on Friday. Officers said he was armed. "
            "He drove away. Moments later his car collided with a minivan, killing a 70-year-old woman "
            "and injuring two children.",
            (1, 2),
        ),
    ],
)
def test_an_attack_may_bring_a_crash_or_a_blast(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_clock_time_is_no_age_at_death() -> None:
    assert causes("Three passengers died at 11:30 p.m. at University Hospital") == frozenset()
    assert causes("She died at 120 Elm Street") == frozenset()
    assert causes("The actor died at 84 after a long illness") == {"illness"}
    assert causes("The actor died at 84.") == {"illness"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sidebar after a stabbing's report, and the day's other crash: no tie to the story
        (
            "A man was stabbed outside a pub in Leeds on Saturday night. He is in hospital. "
            "Police are appealing for witnesses. "
            "Also on our site: four die as their minibus crashes on the A1.",
            (0, 1),
        ),
        (
            "A man was shot in the leg in Tulsa on Sunday. He is expected to recover. No arrests were made. "
            "Later Sunday, two teens were killed in a crash on Highway 75 in Okmulgee.",
            (0, 1),
        ),
    ],
)
def test_no_tie_in_another_story(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
