"""A death told apart from an article's unnumbered dead ("... was also
killed", the killer's suicide after his attack) is one more. Texts in our own
words, with the general-news phrasings the rule must leave alone."""

import pytest

from streams.enrich import best_value, enrich
from streams.enrich.counts import extract_counts
from streams.enrich.more_dead import more_dead
from streams.enrich.sentences import split_sentences


def dead(text: str) -> int:
    """The largest death figure of a text once the deaths told apart are added."""
    sentences = split_sentences(text)
    raw = extract_counts(sentences)
    own = [c["value"] for c in more_dead(raw) if c["kind"] == "killed" and not c.get("background")]
    return max(own, default=0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee was shot and killed Sunday at the shop. Tom Ray, 24, a customer, was also killed.", 2),
        ("A girl, 7, died in hospital. Police said he shot her and her mother before killing himself.", 2),
        (
            "A girl, 7, has died after the shooting. He shot her mother before shooting and killing himself. "
            "He then turned and shot himself, the chief said.",
            2,
        ),
        ("A man shot and killed his wife on the porch. Afterward, he went home and killed himself.", 2),
        ("A soldier was killed in a roadside bombing. A second soldier was also killed, officials said.", 2),
        ("A woman was killed Sunday. Police said her husband shot her before killing himself.", 2),
    ],
)
def test_a_death_told_apart_is_one_more(text: str, expected: int) -> None:
    assert dead(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same death told twice, a failed or lone suicide, an animal, a stated toll
        ("She said her father had shot her and had also shot and killed her mother.", 1),
        ("A man was found dead in his home. Police said he had killed himself.", 1),
        ("A woman died in the blaze. Her cat was also killed.", 1),
        ("Two people were killed in the crash. The driver was also killed.", 2),
        ("A man killed his wife in a murder-suicide. He then shot himself in the garage.", 1),
        ("A teen was shot and killed. A man later tried to kill himself in jail.", 1),
        ("John Smith died Sunday at his home. He was 85. His wife, Mary, also died in 2010.", 1),
        ("A worker was killed in the explosion. Another man was also injured.", 1),
        # the one dead may be the killer himself, whose victim lived
        ("A man died Sunday at a home. Police said he shot his wife and then killed himself.", 1),
        ("Man dead, woman hurt in Elm St shooting. Police said the man shot her before killing himself.", 1),
        ("He shot his wife, who survived, before killing himself. A neighbor died of a heart attack.", 1),
    ],
)
def test_general_news_unchanged(text: str, expected: int) -> None:
    assert dead(text) == expected


def test_the_stated_figure_grows() -> None:
    """The added figure ranks as the one it grows: a stated death ("a woman
    died") before an inferred one, so that it outranks the lone death."""
    sentences = split_sentences("A body was found. A woman, 46, died of her wounds. Tom Ray was also killed.")
    added = more_dead(extract_counts(sentences))[-1]
    assert (added["kind"], added["value"], added.get("single")) == ("killed", 2, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one victim told "also killed" twice is one more, not two (a second reader's cases)
        (
            "A woman was killed when her car was hit on Route 2. Her husband was also killed, troopers said. "
            "John Doe, 45, was also killed in the crash.",
            2,
        ),
        # a separate incident, a war, a dated year, a suicide only spoken of
        (
            "A man was killed in a crash on I-5 on Monday. "
            "In a separate crash in Tacoma, a woman was also killed.",
            1,
        ),
        (
            "John Smith, a retired firefighter, died on April 28. His son Tom was killed in Vietnam. "
            "His brother Bill was also killed in the war.",
            1,
        ),
        (
            "The coach died Sunday. Two of his players were killed in a 1972 bus crash. "
            "His assistant coach was also killed in that crash in 1972.",
            1,
        ),
        (
            "A woman was shot and killed at a mall on Saturday. "
            "Before the shooting, the suspect had posted online about killing himself.",
            1,
        ),
    ],
)
def test_no_death_told_twice_or_elsewhere(text: str, expected: int) -> None:
    assert dead(text) == expected


def test_the_headline_retells_the_body() -> None:
    article = {
        "article_id": "m",
        "title": "Girl killed in crash; mother was also killed",
        "text": "A 9-year-old girl was killed in a crash on Route 1 on Saturday. "
        "Her mother was also killed, troopers said. Her father survived.",
    }
    assert best_value(enrich(article, "fast")["counts"], "killed") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Coach Bill Harris died at 88 on Sunday. Two of his players were killed in a 1972 bus crash. "
        "His assistant coach was also killed in the crash.",
        "The senator's son was killed in Iraq in 2007. His nephew was also killed.",
    ],
)
def test_no_more_dead_beside_deaths_of_another_time(text: str) -> None:
    assert dead(text) == 1
