"""A caption printed twice that names only people the article never names again
is another story's: its casualties give way to the article's own."""

from __future__ import annotations

from streams.enrich.linked_stories import names_no_one_else
from streams.enrich.sentences import split_sentences
from tests.unit.fixtures.counts import best

_OTHER = "Officials announced that Trooper Carl Vance passed away from his injuries. "
_OWN = (
    "Four people were injured in a shooting at the Central bus station on Monday. "
    "Police said all four were teens."
)


def test_a_doubled_caption_of_another_story_gives_no_dead_to_a_report_of_the_wounded() -> None:
    assert best(_OTHER * 2 + _OWN) == (0, 4)


def test_a_caption_told_once_stays() -> None:
    assert best(_OTHER + _OWN)[0] == 1


def test_a_doubled_caption_naming_the_article_own_people_stays() -> None:
    caption = "Derrick Mason and Paul Reed are accused of killing a boy and wounding his father. "
    text = caption * 2 + "At the trial of Mason, jurors heard testimony about the chase."
    assert best(text) == (1, 1)


def test_names_no_one_else() -> None:
    sentences = split_sentences(_OTHER * 2 + _OWN)
    assert names_no_one_else(_OTHER.strip(), sentences)
    # "Central" is named again: the article's own bus station
    assert not names_no_one_else("A man was shot at the Central station.", sentences)
    # a sentence naming no one past its first word tells nothing
    assert not names_no_one_else("Four people were hurt.", sentences)


def test_a_brief_whose_lead_is_printed_twice_keeps_its_dead() -> None:
    """Scrapers print a short brief's lead twice (summary, then first paragraph): a
    lead naming only its town and street is the brief's own, not a caption."""
    lead = "A Springfield man was fatally shot Tuesday night outside a bar on Elm Street. "
    assert best(lead * 2 + "Three others were hurt. Police said the gunman fled on foot.") == (1, 3)


def test_a_doubled_caption_naming_the_headline_s_people_stays() -> None:
    caption = "Officials said Marcus Delaney died of his wounds on Sunday. "
    text = caption * 2 + "Three other people were hurt in the shooting at the bar."
    sentences = split_sentences(text)
    assert names_no_one_else(caption.strip(), sentences)
    assert not names_no_one_else(caption.strip(), sentences, "Marcus Delaney dies after bar shooting")
