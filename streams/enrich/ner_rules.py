"""Rule-based named-entity recognition for the fast mode (no statistical model).

Takes sanitized text and its sentences; emits ``(start, end, label)`` spans
with spaCy-style labels. Capitalised token runs are candidates; gazetteers
(places, demonyms, census names) and cue words (org and facility suffixes,
person titles, locative prepositions) decide the label.
"""

from __future__ import annotations

import re

from streams.enrich.gazetteer import load_gazetteer
from streams.enrich.lexicon import (
    CONNECTORS,
    FACILITY_SUFFIXES,
    MONTHS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    WEEKDAYS,
    common_words,
    first_names,
    last_names,
)
from streams.enrich.place_matcher import Span, match_places
from streams.enrich.sentences import Sentence

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w&-]|['\u2019](?!s\b)\w){0,40}\.?|\S")
_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "of", "outside", "across"})
#: Day and month names end a name ("in Hermitage Tuesday evening").
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS) - {"May"}  # "Theresa May"
#: Titles that belong to the name itself ("Pope Francis", "King Abdullah").
_NAME_TITLES = frozenset({"Pope", "King", "Queen", "Prince", "Princess", "Sheikh"})
_ORG_HEADS = frozenset({"University", "Bank", "Ministry", "Department", "Bureau", "Office"})
Token = tuple[int, int, str]


def rule_spans(text: str, sentences: list[Sentence]) -> list[Span]:
    """Recognise entities with rules.

    Args:
        text: Sanitized article text.
        sentences: Its sentences.

    Returns:
        Spans sorted by start.
    """
    places = {(s, e): label for s, e, label in match_places(text)}
    spans: list[Span] = []
    for sentence in sentences:
        if _is_all_caps(sentence.text):
            continue
        tokens = [_token(m, sentence.start) for m in _TOKEN.finditer(sentence.text)]
        for run in _capitalised_runs(tokens):
            start, end = run[0][0], run[-1][1]
            label = places.get((start, end)) or _classify(run, tokens)
            if label:
                spans.append((start, end, label))
    covered = [False] * (len(text) + 1)
    for start, end, _ in spans:
        covered[start:end] = [True] * (end - start)
    spans.extend((a, b, lab) for (a, b), lab in places.items() if not any(covered[a:b]))
    return sorted(spans)


def _token(match: re.Match[str], offset: int) -> Token:
    """Token with absolute offsets; a trailing period stays only on abbreviations."""
    word = match.group()
    end = match.end()
    if word.endswith(".") and len(word) > 2 and word not in PERSON_TITLES and "." not in word[:-1]:
        word, end = word[:-1], end - 1
    return match.start() + offset, end + offset, word


def _is_all_caps(sentence: str) -> bool:
    """Headlines and datelines in capitals carry no capitalisation signal."""
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _capitalised_runs(tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised tokens, joined by connectors like "of"."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        word = token[2]
        if (word in PERSON_TITLES and word not in _NAME_TITLES) or word in _CALENDAR:
            if current:
                runs.append(current)
            current = []
        elif word[:1].isupper() or (
            current and word in CONNECTORS and index + 1 < len(tokens) and tokens[index + 1][2][:1].isupper()
        ):
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [t for t in (_trim(r, tokens) for r in runs) if t]


def _trim(run: list[Token], tokens: list[Token]) -> list[Token]:
    """Drop leading common words ("The", "But") and trailing connectors."""
    common = common_words()
    while run and run[0][2].lower() in common and run[0][2] not in _NAME_TITLES:
        if len(run) == 1 and run[0] is not tokens[0] and run[0][2].lower() not in common:
            break
        run = run[1:]
    while run and run[-1][2] in CONNECTORS:
        run = run[:-1]
    return run


def _classify(run: list[Token], tokens: list[Token]) -> str | None:
    """Label one capitalised run from cue words and name lists."""
    words = [t[2] for t in run]
    previous = _previous_word(run, tokens)
    if words[-1] in ORG_SUFFIXES or words[0] in _ORG_HEADS:
        return "ORG"
    if words[-1] in FACILITY_SUFFIXES and len(words) > 1:
        return "FAC"
    if (previous in PERSON_TITLES or words[0] in _NAME_TITLES
            or (len(words) > 1 and words[0] in first_names())):  # fmt: skip
        return "PERSON"
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return "ORG"
    if previous in _LOCATIVE and load_gazetteer().lookup(" ".join(words)):
        return "GPE"
    if len(words) > 1 and words[-1] in last_names():
        return "PERSON"
    if run[0] is tokens[0] and words[0].lower() in common_words():
        return None
    return "ORG" if len(words) > 1 else "MISC"


def _previous_word(run: list[Token], tokens: list[Token]) -> str:
    """The word before the run, or "" at the start of the sentence."""
    index = tokens.index(run[0])
    return tokens[index - 1][2] if index else ""
