"""Count rules written for gun-violence news must not misfire on other news
(storms, blasts, riots, obituaries) or on phrasings that only look alike.
Sentences from the second reader's review, in our own words."""

import pytest

from streams.enrich import best_value, enrich


def _counts(text: str) -> tuple[int, int]:
    counts = enrich({"article_id": "g", "text": text}, "fast")["counts"]
    return best_value(counts, "killed"), best_value(counts, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place, a weekday or a month before ", N" is no name with an age
        ("In Houston, 12 were injured in the storm.", (0, 12)),
        ("On Sunday, 5 were killed in the attack.", (5, 0)),
        ("Across Baghdad, 40 were killed in bombings.", (40, 0)),
        # comparing with past years is no statistic of other incidents
        ("Two people were killed Sunday in the worst shooting the town has seen in recent years.", (2, 0)),
        ("Four people were killed in the attack, the deadliest so far in 2017.", (4, 0)),
        ("Two men were killed and four injured at a bar; police said such shootings are rare here.", (2, 4)),
        # a riot's toll across the city is the article's own
        ("A man was shot dead in the riots. Police said 40 people were injured across the city.", (1, 40)),
        # intent is no outcome; rounds and films are no people
        ("The protesters tried to injure two officers with rocks.", (0, 0)),
        ("Police said the shooting of 30 rounds into the home woke neighbors.", (0, 0)),
        # a condition needs a person
        ("Two people were killed. The situation is listed as stable, police said.", (2, 0)),
        ("Three people died in the flood. The town is still recovering.", (3, 0)),
        # how badly, between the verb and its auxiliary
        ("Two people were slightly injured in the crash.", (0, 2)),
        ("Three workers were severely injured when the scaffold fell.", (0, 3)),
        ("Four passengers were lightly hurt, the airline said.", (0, 4)),
        ("Two climbers were left with minor injuries.", (0, 2)),
        ("Two teens were grazed by bullets.", (0, 2)),
        # one person's roles
        ("The crash killed a father, husband and son, his family said.", (1, 0)),
        # but relatives listed after "his" are several people
        ("The sheriff said Lee shot and killed his mother, stepfather, and grandmother on Saturday.", (3, 0)),
    ],
)
def test_general_news(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative with an object is the one who acts
        ("His father wounded a deer on the hunting trip.", (0, 0)),
        ("A man was killed and his father wounded in the shooting.", (1, 1)),
        # "they" in another clause is not the survivor's subject
        ("When officers arrived they found the victim, who is in stable condition.", (0, 1)),
        ("They are in stable condition, police said.", (0, 2)),
    ],
)
def test_who_is_hurt(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an incident came after or amid is no other incident's toll
        ("The blast came as workers were changing shifts and killed 12 miners. Nine were injured.", (12, 9)),
        (
            "The attack came as worshippers gathered for Friday prayers, killing at least 27 people. "
            "Another 40 were wounded.",
            (27, 40),
        ),
        ("Charges against the driver came two days after the crash that killed four. Two were hurt.", (4, 2)),
        # a date of the article's own incident is no earlier one
        (
            "On November 29, 2026, a landslide buried a village, killing 31 people. "
            "Rescuers said 12 were injured.",
            (31, 12),
        ),
        ("The deadliest attack since 2015 killed at least 40 people. More than 100 were wounded.", (40, 100)),
        # a prior conviction, a follow-up's opener, a group's record are no earlier incident
        (
            "A man with a prior murder conviction shot and killed three people. Two others were wounded.",
            (3, 2),
        ),
        (
            "Two weeks ago, the hurricane made landfall near the coast, killing 16 people. "
            "Officials said on Friday that 40 were injured.",
            (16, 40),
        ),
        (
            "The group, which has carried out numerous attacks in the region, said its fighters killed "
            "10 soldiers on Monday. Five more were wounded.",
            (10, 5),
        ),
    ],
)
def test_the_articles_own_toll_beside_time_and_history(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a retraction takes back only the report it names, not the toll before it
        (
            "Fourteen people were killed in the blast, officials said, adding that early reports "
            "of a gas leak were incorrect.",
            (14, 0),
        ),
        (
            "The storm killed 12 people and injured 40, but officials said early reports "
            "of a tornado were wrong.",
            (12, 40),
        ),
        (
            "Despite early reports blaming a gas leak the explosion that killed four workers was deliberate.",
            (4, 0),
        ),
        # a rumour or claim the sentence calls false
        (
            "Rumors that hundreds of fans were hurt at the concert were false, the promoter said.",
            (0, 0),
        ),
        ("Claims that 30 people died in the fire are unfounded, the mayor said.", (0, 0)),
        # a question not answered no keeps its figure
        ("Who shot three people at the park?", (0, 3)),
        # intent, a bare pronoun in reported speech, an attempt, a plural noun are no deaths or names
        ("A shopkeeper who tried to kill the robber was charged.", (0, 0)),
        (
            "Three protesters were killed in clashes, and relatives of a man who died in custody last month "
            "say police killed him.",
            (3, 0),
        ),
        ("He was accused in a double murder and suicide attempt.", (2, 0)),
        ("Firefighters and two other people were injured.", (0, 2)),
    ],
)
def test_reports_intent_and_attempts(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # victims of another day or incident, or a subset, are no addition
        (
            "Seven people were injured on Tuesday. Two civilians were also injured on Wednesday "
            "in a separate attack.",
            (0, 7),
        ),
        (
            "Ten people were injured in the crash. Among them, two children were also injured seriously.",
            (0, 10),
        ),
        (
            "Two deputies were wounded. A third deputy was also wounded in an earlier shootout in 2019.",
            (0, 2),
        ),
    ],
)
def test_no_sum_across_incidents_or_subsets(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


def test_a_school_year_is_no_span_of_time() -> None:
    assert _counts("The crash killed two Year 10 girls on the school trip.")[0] == 2


def test_a_headline_question_answered_no_asserts_nothing() -> None:
    article = {
        "article_id": "q",
        "title": "Dozens hurt in stadium crush? No, says club",
        "text": "Two fans were slightly injured after Saturday's match, the club said.",
    }
    counts = enrich(article, "fast")["counts"]
    assert (best_value(counts, "killed"), best_value(counts, "injured")) == (0, 2)
