"""Headlines a page prints twice in a row link to other stories: their figures,
and those of a linked story's lead the page prints again below, give way to the
article's own."""

from __future__ import annotations

from streams.enrich.count_ranking import best_value
from streams.enrich.count_selection import finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.linked_stories import linked_stories
from streams.enrich.sentences import Sentence, split_sentences
from tests.unit.fixtures.counts import best

_GALLERY = "Photos: Mourners gather after two killed in Oakdale crash " * 2
_OWN = (
    "Three people were wounded in a shooting outside a bowling alley on Friday night. "
    "Police said all three would recover."
)
_HEADLINE = "Teen killed in Millbrook shooting"
_LEAD = "CEDAR COUNTY (WKXT) - Deputies said one man was taken to the hospital after a shooting on Route 9."
_BLOCK = (
    f"Man shot in Cedar County Man shot in Cedar County {_LEAD} "
    "He was flown to a trauma center where he was listed as stable. "
    f"{_LEAD} He was flown to a trauma center where he was listed as stable.\n\n"
)


def _read(text: str, headline: str) -> tuple[int, int]:
    title = [Sentence(headline, 0, len(headline), "title")]
    found = finalize_counts(extract_counts(split_sentences(text), headline) + extract_counts(title))
    return best_value(found, "killed"), best_value(found, "injured")


def test_a_doubled_gallery_caption_gives_no_dead_to_a_report_of_the_wounded() -> None:
    assert best(_GALLERY + "\n\n" + _OWN) == (0, 3)


def test_a_caption_printed_once_stays() -> None:
    assert best("Photos: Mourners gather after two killed in Oakdale crash\n\n" + _OWN)[0] == 2


def test_a_linked_story_printed_with_its_lead_twice_gives_none_of_its_hurt() -> None:
    """Both copies of the linked story's lead and what follows them are its own."""
    text = _BLOCK + "A 15-year-old boy was shot and killed in Millbrook on Sunday, police said."
    assert _read(text, _HEADLINE) == (1, 0)
    sentences = split_sentences(_BLOCK)
    assert linked_stories(sentences, _HEADLINE) == frozenset(s.text for s in sentences)


def test_a_linked_story_whose_lead_is_not_retold_gives_only_its_opener() -> None:
    """Without the copy nothing tells where the linked story ends."""
    sentences = split_sentences(
        f"Man shot in Cedar County Man shot in Cedar County {_LEAD} Two men were shot in Millbrook on Sunday."
    )
    assert linked_stories(sentences) == frozenset([sentences[0].text])


def test_the_article_own_headline_printed_twice_is_its_own() -> None:
    text = f"{_HEADLINE} {_HEADLINE} Two teens were hurt on Sunday."
    assert not linked_stories(split_sentences(text), _HEADLINE)


def test_the_article_own_headline_printed_twice_in_another_wording_is_its_own() -> None:
    """The page's headline may differ from the feed's title in case and wording."""
    doubled = "Two killed in Elm Street party shooting " * 2
    text = doubled + "ELMWOOD - Two people were killed and three others were wounded at a party."
    assert _read(text, "2 dead in Elm St. party shooting") == (2, 3)
    assert _read(text, "Two Killed in Elm Street Party Shooting") == (2, 3)


def test_another_shooting_s_headline_printed_twice_is_no_own_headline() -> None:
    """The words every shooting's headline uses tell no story from another."""
    doubled = "Three men killed in Chicago shooting " * 2
    text = doubled + "A woman was shot and killed on the South Side on Sunday, police said."
    assert _read(text, "Woman killed in Chicago shooting") == (1, 0)
    assert linked_stories(
        split_sentences("Five shot on Main Street in Springfield " * 2), "Man shot on Main Street"
    )
    assert linked_stories(split_sentences("Teen shot dead in Dallas " * 2), "Teen shot in Houston")
