"""Other stories a web page prints beside the article.

Pages link to other stories with a gallery's, a video's or a related story's
headline, which scrapers print twice in a row ("Gallery: Protesters march after
five shot Gallery: Protesters march after five shot"); a related story's
headline runs on into its dateline and lead, which the page may print once more
below; a caption may be printed twice as its own sentence. Their figures are
another incident's, not the article's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from streams.enrich.lexicon import FACILITY_SUFFIXES, ORG_SUFFIXES
from streams.enrich.sentences import Sentence

#: A sentence opening with a headline printed twice in a row: a headline has no
#: full stop of its own, so the sentence splitter leaves both copies in one
#: sentence (a lead printed twice is two sentences, and may be the article's own).
_DOUBLED = re.compile(r"^(.{15,200}?)\s+\1(?!\w)", re.DOTALL)
#: Shortest retold lead worth matching: a short sentence ("He died.") may be anyone's.
_RETOLD_CHARS = 40
#: Numbers and words of three letters or more: "in" or "St" say little of which story a
#: headline is.
_WORD = re.compile(r"\d+|[^\W\d_]{3,}")
#: Words any shooting's headline may use: they tell no story from another ("Three men
#: killed in Chicago shooting" is not "Woman killed in Chicago shooting").
_COMMON_TEXT = """killed kill kills killing dead dies died death deadly fatal fatally slain shot
    shoots shooting shootings gunfire wounded wounds injured injures injury hurt critical victim
    victims suspect suspects arrested charged police say says said man men woman women teen teens
    boy boys girl girls child children people person the and for with from after near during into
    over leaves left"""
_COMMON = frozenset(_COMMON_TEXT.split())
#: A run of capitalized words naming someone or somewhere ("Virginia State Police
#: Trooper Chad Dermyer"); its last word is the surname or the place's own name.
_NAME_RUN = re.compile(r"(?<=\s)(?:[A-Z][\w'-]{1,20}\s){0,5}([A-Z][a-z][\w'-]{1,20})\b")
#: Last words of a building's or an organisation's name, not a person's.
_PLACE_ENDS = FACILITY_SUFFIXES | ORG_SUFFIXES
#: Number words a headline may write for its figure ("Two killed" under "2 dead").
_NUMBER_TEXT = "zero one two three four five six seven eight nine ten"
_DIGITS = {word: str(n) for n, word in enumerate(_NUMBER_TEXT.split())}
#: Share of a doubled headline's words the article's own headline must exceed for it to be
#: the article's own, printed twice in another wording or case ("Two killed in Elm Street
#: party shooting" under the feed's "2 dead in Elm St. party shooting").
_OWN_SHARE = 0.5


def repeated_sentences(sentences: list[Sentence]) -> frozenset[str]:
    """Sentences the text tells twice in a row, as scraped teasers of other stories are
    (a caption printed twice: :func:`names_no_one_else` tells whose)."""
    return frozenset(a.text for a, b in pairwise(sentences) if a.text == b.text)


def linked_stories(sentences: list[Sentence], headline: str = "") -> frozenset[str]:
    """The sentences that tell a linked story: those opening with a headline
    printed twice that is not the article's own, and, when the page prints the
    linked story's lead once more below ("Man shot in Clay County Man shot in
    Clay County CLAY COUNTY (WXYZ) - Police said one man was hurt ...", its
    next sentences, then "CLAY COUNTY (WXYZ) - Police said one man was hurt
    ..." and the same sentences again), every sentence of both copies: the
    copy marks where the linked story ends."""
    linked: set[str] = set()
    for at, sentence in enumerate(sentences):
        doubled = _DOUBLED.match(sentence.text)
        if doubled is None or _own_headline(doubled.group(1), headline):
            continue
        linked.add(sentence.text)
        linked.update(_retold(sentences, at, sentence.text[doubled.end() :]))
    return frozenset(linked)


def _retold(sentences: list[Sentence], at: int, lead: str) -> list[str]:
    """The sentences after the opener at ``at`` up to the lead's copy, and the
    copy with the sentences that repeat them; none when the lead is not retold."""
    texts = [s.text for s in sentences]
    for copy in range(at + 1, len(texts)):
        if len(texts[copy]) >= _RETOLD_CHARS and texts[copy] in lead:
            body = texts[at + 1 : copy]
            again = texts[copy + 1 : copy + 1 + len(body)]
            if again == body:
                return [*body, texts[copy], *again]
            return []
    return []


def _own_headline(doubled: str, headline: str) -> bool:
    """Whether a headline printed twice is the article's own: word for word in the
    feed's title, or sharing more than half its telling words with it (its places,
    names and figures, not the words every shooting's headline uses), whatever the
    case or wording of the title."""
    if doubled.strip() in headline:
        return True
    words = _telling(doubled)
    return bool(words) and len(words & _telling(headline)) > _OWN_SHARE * len(words)


def _telling(text: str) -> set[str]:
    """The words of a headline that tell its story from another's, numbers as digits."""
    words = {_DIGITS.get(w, w) for w in _WORD.findall(text.casefold())}
    return words - _COMMON


def names_no_one_else(text: str, sentences: Iterable[Sentence], headline: str = "") -> bool:
    """Whether a sentence names someone (a name of two words or more, not a
    street's or a building's) and names no one and nowhere that the headline or
    any other sentence names: a caption printed twice that names only "Trooper
    Chad Dermyer", in a report of a shooting at a bus station that never names
    him again, is another story's; one naming the article's own "Derrick
    Stafford" is its own summary, and so is a brief's lead told twice that names
    only its town and street ("A Springfield man was shot on Elm Street")."""
    runs = list(_NAME_RUN.finditer(text))
    if not any(_a_person(run.group()) for run in runs):
        return False
    rest = " ".join([headline, *(s.text for s in sentences if s.text != text)])
    return not any(re.search(rf"\b{re.escape(run.group(1))}\b", rest) for run in runs)


def _a_person(run: str) -> bool:
    """Whether a run of capitalized words is a person's name: two words or more, not
    ending on a building's or an organisation's word ("Memorial Hospital")."""
    words = run.split()
    return len(words) >= 2 and words[-1] not in _PLACE_ENDS
