"""A report of a shooting at a protest tells what the protest is about: that
death came before the attack, another incident's, and gives way to the
article's own wounded, as the dead a vigil honours do."""

from __future__ import annotations

import pytest

from streams.enrich.protest_causes import cause_spans, protest_attacked
from tests.unit.fixtures.counts import best

_ATTACK = "Four protesters were shot late Tuesday near the encampment outside the Third Precinct station. "


@pytest.mark.parametrize(
    "cause",
    [
        "The protesters, angry over the fatal police shooting of 30-year-old Tom Reyes on May 3, "
        "have kept a presence outside the station ever since.",
        "The lot is a block from the station, where protesters have camped out since May 3, "
        "when police fatally shot Tom Reyes, an unarmed man.",
        "The lot is a block from the station, where protesters have been stationed since the fatal "
        "officer-involved shooting of 30-year-old Tom Reyes on Sunday, May 3.",
        "The protesters, who gathered after police shot and killed Tom Reyes on May 3, stayed.",
        "Protesters demanding justice for Tom Reyes, who was killed by police on May 3, stayed.",
    ],
)
def test_the_death_a_protest_is_about_gives_way_to_the_attack_s_wounded(cause: str) -> None:
    assert best(_ATTACK + cause) == (0, 4)


def test_without_an_attack_on_the_protest_the_death_stays() -> None:
    """A report of the protest itself may be the death's own report."""
    text = (
        "Hundreds of protesters marched downtown on Saturday. "
        "The protesters, angry over the fatal police shooting of 30-year-old Tom Reyes on May 3, "
        "gathered outside the station."
    )
    assert best(text)[0] == 1


def test_a_death_told_after_the_protest_s_cause_stays() -> None:
    text = "Two marchers were shot during a march for peace on Sunday, and one of them died at the hospital."
    assert best(text)[0] == 1


@pytest.mark.parametrize(
    "text",
    [
        "A protest over police brutality turned deadly Saturday when a man was shot and killed near "
        "City Hall. Two others were wounded when a gunman fired into the crowd of protesters.",
        "Protesters ran for cover after shots rang out and one man was killed near the station. "
        "Two others were wounded when a gunman fired on the protesters.",
    ],
)
def test_the_attack_s_own_death_at_a_protest_stays(text: str) -> None:
    """A death told as the protest's news, not named as its cause, is the attack's."""
    assert best(text) == (1, 2)


def test_protest_attacked_and_cause_spans() -> None:
    assert protest_attacked(["Shooting near protest site", "Nothing else."])
    assert protest_attacked(["Gunmen opened fire on the protesters outside the station."])
    assert not protest_attacked(["Protesters marched after police shot a man."])
    text = "Protesters have camped out since May 3, when police fatally shot a man."
    [(start, end)] = cause_spans(text)
    assert text[start:end].endswith("fatally")
