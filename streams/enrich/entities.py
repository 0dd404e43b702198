"""Entity mentions with canonical names, for both enrich modes.

Takes sanitized text and sentences; emits schema ``entities`` items
``{name, type, text, start, end}``. The recogniser is spaCy (accurate) or
rules (fast); a shared layer then fixes labels with the gazetteer, tags
datelines, trims possessives and articles, propagates labels to repeated
mentions and gives every mention of one entity one canonical name
("Putin" -> "Vladimir Putin").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from streams.enrich.gazetteer import load_gazetteer
from streams.enrich.headings import outside_headings
from streams.enrich.lexicon import ORG_SUFFIXES, common_words, first_names
from streams.enrich.ner_rules import rule_spans
from streams.enrich.ner_spacy import spacy_spans
from streams.enrich.place_matcher import Span, match_places
from streams.enrich.sentences import Sentence

#: "BRUSSELS 1996-08-22", "NASHVILLE, Tenn. (WKRN) -", "OAKLAND --".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, [A-Za-z. ]{2,20})?"
    r"(?P<date> \d{4}-\d{2}-\d{2}| ?\([\w .,]{1,25}\) ?(?:--|[-\u2014\u2013:])| ?(?:--|[\u2014\u2013]))",
    re.MULTILINE,
)
#: A place name followed by a score or table figures names a team.
_SCORE_AFTER = re.compile(r" {1,3}\d{1,3}(?:-\d{1,3})?(?: |$|\n|\.\d)(?!\d{2}-\d{2})")
_VERSUS_BEFORE = re.compile(r"\bv\.? $")
_TEAM = r"[A-Z][\w.'-]{1,25}(?: [A-Z][\w.'-]{1,25}){0,2}"
_RESULT_LINE = re.compile(
    rf"^(?P<home>{_TEAM}) \d{{1,3}} (?P<away>{_TEAM}) \d{{1,3}}(?: \(.{{0,40}}\))?$", re.MULTILINE
)
#: What a name never holds: a line break, or a spaced dash, colon or bracket
#: ("Gloria Bistrita - Ilie Lazar", "Natalia Baudone ( Italy").
_LINE_BREAK = re.compile(r"\n")
_SEPARATOR = re.compile(r"\n|(?<![^ \n])(?:-{1,2}|[:()\[\]])(?![^ \n])")
_WORD_BEFORE = re.compile(r"(?<![\w.'-])([A-Z][a-z]{1,15}) $")
_TRIM_START = ("the ", "The ")
_TRIM_END = ("'s", "\u2019s", " 's", ".", ",", "'", "\u2019")
MAX_ENTITIES = 500


def find_entities(text: str, sentences: list[Sentence], mode: str) -> list[dict[str, Any]]:
    """Recognise and normalise the entity mentions of an article.

    Args:
        text: Sanitized article text.
        sentences: Its sentences.
        mode: ``"accurate"`` (spaCy) or ``"fast"`` (rules).

    Returns:
        Mentions in text order, each with its canonical name.
    """
    spans = spacy_spans(text) if mode == "accurate" else rule_spans(text, sentences)
    spans = [t for t in (_trim(text, p) for s in spans for p in _line_pieces(text, s)) if t is not None]
    spans = [s for s in spans if any(c.isupper() for c in text[s[0] : s[1]])]
    spans = _with_first_names(text, spans)
    if mode == "accurate":
        spans = _apply_places(_apply_org_cues(text, spans), match_places(text))
    spans = _results_lines(text, spans)
    spans = _teams(text, spans)
    spans = _apply_datelines(text, spans)
    spans = _propagate(text, outside_headings(text, spans))
    return _canonicalise(text, spans[:MAX_ENTITIES])


def _with_first_names(text: str, spans: list[Span]) -> list[Span]:
    """Give a person the census first name written just before it: the model often
    tags only the surname of a name it has not seen whole ("Damon Hill" -> "Hill")."""
    taken = {end for _, end, _ in spans}
    names, words = first_names(), common_words()
    result = []
    for start, end, label in spans:
        before = _WORD_BEFORE.search(text, max(0, start - 20), start) if label == "PERSON" else None
        if (
            before is not None
            and before.group(1) in names
            and before.group(1).lower() not in words
            and before.end(1) not in taken
            and " " not in text[start:end].strip()
        ):
            start = before.start(1)
        result.append((start, end, label))
    return result


def _line_pieces(text: str, span: Span) -> list[Span]:
    """A span cut at line breaks and spaced separators, each piece without
    surrounding whitespace.

    A name never runs across lines, but a model reading a table or a headline
    over its dateline joins them ("AMERICAN LEAGUE\nEASTERN DIVISION").
    """
    start, end, label = span
    # an all-caps headline ("CRICKET - ENGLAND V PAKISTAN") splits into slugs, not names
    separator_pattern = _LINE_BREAK if text[start:end].isupper() else _SEPARATOR
    bounds = [start]
    for separator in separator_pattern.finditer(text, start, end):
        bounds += [separator.start(), separator.end()]
    bounds.append(end)
    pieces = []
    for left, right in zip(bounds[::2], bounds[1::2], strict=True):
        piece = text[left:right]
        stripped = piece.strip()
        if stripped:
            left += piece.index(stripped)
            pieces.append((left, left + len(stripped), label))
    return pieces


def _trim(text: str, span: Span) -> Span | None:
    """Strip a leading "the" and trailing possessives or punctuation."""
    start, end, label = span
    for prefix in _TRIM_START:
        if text.startswith(prefix, start) and end - start > len(prefix):
            start += len(prefix)
    trimmed = True
    while trimmed and end > start:
        trimmed = False
        for suffix in _TRIM_END:
            if text.endswith(suffix, start, end) and end - len(suffix) > start:
                if suffix == "." and text[start:end].count(".") > 1:
                    continue  # "U.S." keeps its dot
                end -= len(suffix)
                trimmed = True
    if label == "PERSON":
        while end > start and (text[end - 1].isdigit() or text[end - 1] in "-/ "):
            end -= 1
    while end > start and text[end - 1].isspace():  # "Hong Kong 's" -> "Hong Kong"
        end -= 1
    return (start, end, label) if end > start else None


def _apply_places(spans: list[Span], places: list[Span]) -> list[Span]:
    """Add gazetteer places the model missed and relabel clear mislabels.

    A span that is exactly a country, state or large city is GPE (sports
    teams named after places are set back to ORG by :func:`_teams`);
    demonyms become NORP.
    """
    by_span = {(s, e): label for s, e, label in spans}
    for start, end, label in places:
        current = by_span.get((start, end))
        if current is not None:
            if current in ("PERSON", "ORG", "LOC", "FAC", "MISC") and label == "GPE":
                by_span[(start, end)] = "GPE"
            elif current in ("PERSON", "MISC", "GPE") and label == "NORP":
                by_span[(start, end)] = "NORP"
            continue
        if not any(s < end and start < e for s, e in by_span):
            by_span[(start, end)] = label
    return sorted((s, e, label) for (s, e), label in by_span.items())


def _teams(text: str, spans: list[Span]) -> list[Span]:
    """Places in sports results ("Essex 532", "v Surrey") are teams: ORG.

    Single-word names of any type followed by a score are teams too; names of
    players keep their label because they carry initials or first names.
    """
    result = []
    for start, end, label in spans:
        single = label != "ORG" and " " not in text[start:end] and "." not in text[start:end]
        if (label in ("GPE", "LOC") or single) and (
            _SCORE_AFTER.match(text, end) or _VERSUS_BEFORE.search(text, max(0, start - 3), start)
        ):
            label = "ORG"
        result.append((start, end, label))
    return result


def _apply_org_cues(text: str, spans: list[Span]) -> list[Span]:
    """Names ending in an organisation word ("... Bank", "... Party") and
    unknown acronyms are ORG whatever the model said."""
    result = []
    for start, end, label in spans:
        surface = text[start:end]
        words = surface.split()
        if label in ("PERSON", "GPE", "LOC", "MISC", "FAC") and (
            (len(words) > 1 and words[-1] in ORG_SUFFIXES)
            or (surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 5
                and not load_gazetteer().lookup(surface))
        ):  # fmt: skip
            label = "ORG"
        result.append((start, end, label))
    return result


def _results_lines(text: str, spans: list[Span]) -> list[Span]:
    """In "Schalke 2 Bochum 1" result lines both names are teams (ORG)."""
    by_span = {(s, e): label for s, e, label in spans}
    for match in _RESULT_LINE.finditer(text[:20_000]):
        for group in ("home", "away"):
            start, end = match.span(group)
            overlapping = [k for k in by_span if k[0] < end and start < k[1]]
            for key in overlapping:
                del by_span[key]
            by_span[(start, end)] = "ORG"
    return sorted((s, e, label) for (s, e), label in by_span.items())


def _apply_datelines(text: str, spans: list[Span]) -> list[Span]:
    """A line opening with a capitalised place then a date is a dateline: GPE."""
    for match in _DATELINE.finditer(text[:20_000]):
        start, end = match.span("place")
        if not match.group("date").strip()[:1].isdigit() and not load_gazetteer().lookup(text[start:end]):
            continue  # "SOCCER -" opens a headline, not a dateline
        spans = [s for s in spans if not (s[0] < end and start < s[1])]
        spans.append((start, end, "GPE"))
    return sorted(spans)


def _propagate(text: str, spans: list[Span]) -> list[Span]:
    """One label per surface form, and surnames of known people are people.

    News repeats names; the model labels some repeats differently or misses
    them. The majority label of a surface form wins, and a bare surname of a
    PERSON mentioned in full is that PERSON.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for start, end, label in spans:
        votes[text[start:end]][label] += 1
    surnames = {
        text[s:e].split()[-1] for s, e, label in spans if label == "PERSON" and len(text[s:e].split()) > 1
    }
    surnames = {w for w in surnames if w[:1].isupper() and w.replace("-", "").isalpha()}
    result = []
    for start, end, _ in spans:
        surface = text[start:end]
        label = votes[surface].most_common(1)[0][0]
        if surface in surnames:
            label = "PERSON"
        result.append((start, end, label))
    return _add_missed_surnames(text, result, surnames)


def _add_missed_surnames(text: str, spans: list[Span], surnames: set[str]) -> list[Span]:
    """Tag bare surname mentions of known people that no span covers."""
    if not surnames:
        return spans
    covered = [False] * (len(text) + 1)
    for start, end, _ in spans:
        covered[start:end] = [True] * (end - start)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
    added = [
        (m.start(), m.end(), "PERSON")
        for m in pattern.finditer(text)
        if not any(covered[m.start() : m.end()])
    ]
    return sorted(spans + added)


def _canonicalise(text: str, spans: list[Span]) -> list[dict[str, Any]]:
    """Give every mention the longest name of its entity.

    A PERSON or ORG mention whose words end (persons) or appear (orgs) in a
    longer mention of the same type takes that longer name; ties go to the
    most frequent, then alphabetical, so the output is deterministic.
    """
    full: dict[str, Counter[str]] = defaultdict(Counter)
    for start, end, label in spans:
        full[label][" ".join(text[start:end].split())] += 1
    entities = []
    named = _named_places(full)
    for start, end, label in spans:
        surface = text[start:end]
        name = " ".join(surface.split())
        if label in ("PERSON", "ORG"):
            name = _longest_name(name, full[label], label)
        if label in ("ORG", "MISC") and name in named:
            name, label = named[name]
        entities.append({"name": name, "type": label, "text": surface, "start": start, "end": end})
    return entities


def _named_places(full: dict[str, Counter[str]]) -> dict[str, tuple[str, str]]:
    """Map a first word of a facility name to it ("Crocus" -> "Crocus City Hall")."""
    first: dict[str, tuple[str, str]] = {}
    for name in sorted(full.get("FAC", {})):
        words = name.split()
        if len(words) > 1:
            first.setdefault(words[0], (name, "FAC"))
    return first


def _longest_name(name: str, names: Counter[str], label: str) -> str:
    """The longest same-type name that contains ``name`` as its tail or words."""
    words = name.split()
    best = name
    for other, count in sorted(names.items(), key=lambda item: (-len(item[0]), -item[1], item[0])):
        other_words = other.split()
        if len(other_words) <= len(words):
            break
        tail = other_words[-len(words) :] == words
        inside = label == "ORG" and " ".join(words) in other and len(words) > 1
        if tail or inside or (label == "PERSON" and words == other_words[:1] and count):
            best = other
            break
    return best
