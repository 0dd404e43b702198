"""Features of an enriched article that same-event scoring compares.

Takes an enriched article; emits ``ArticleFeatures``: bags of content words,
title words, names (entities plus capitalised words as a proxy that does not
depend on the entity model), places, streets, people, ages, event types, and the
event time in days.
Bags are small ``dict[str, float]`` so they can be summed into an event's
profile and stored as JSON.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from streams.dedup.people import DIRECTIONS, ages_named, people_named

MAX_TERMS = 80
LEAD_CHARS = 100_000
MAX_NAMES = 40
_WORD = re.compile(r"\w[\w'-]*\w|[^\W\d_]", re.UNICODE)
_CAP = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")
_SEGMENT = re.compile(r"[^.!?\n]+")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
MAX_YEARS = 3
# A site's name after a spaced dash or bar ("Title - Station 6 - City, ST News |"); inner
# hyphens and colons are part of a name ("WSVN-TV", "WBOY.com: Clarksburg").
_TITLE_SUFFIX = re.compile("\\s[-|\u2013\u2014:]\\s+(?:(?!\\s[-|\u2013\u2014:]\\s)[^|]){2,60}$")
MAX_TITLE_SUFFIXES = 3
SUFFIX_CHARS = 80  # a suffix is sought among a title's last characters only, whatever its length
MIN_HEADLINE_WORDS = 3
_ENTITY_TYPES = ("PERSON", "ORG", "FAC")
# A street named in the lead ("the 600 block of South Cornell Avenue", "W. 79th St.")
# places an incident within its town; the direction and the suffix vary between
# reports, so the name alone is kept. At most three words before the suffix: no
# backtracking beyond that, whatever the text. "Court" is left out (courts are in
# every follow-up), and "St"/"Dr" before a capitalised word are "Saint"/"Doctor".
_STREET = re.compile(
    r"\b(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
    r"((?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){1,3})"
    r"(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Ln|Way|Parkway|Place|Highway"
    r"|(?:St|Dr)(?!\.?\s+[A-Z]))\b"
)
STREET_CHARS = 3_000
MAX_STREETS = 10
AGE_CHARS = 400
# A headline about a later step of a story already told: an arrest, charges, a
# trial (or a mistrial), a plea, a sentence (or probation), a victim who later
# died, a funeral, a victim's lawsuit. Such a report comes weeks after the
# incident, when its event has gone dormant (clusterer).
_FOLLOW_UP = re.compile(
    r"(?i)\b(?:arrest(?:s|ed)?|charge[sd]?|sentenc(?:e|ed|es|ing)|plead(?:s|ed)?|pleas?|guilty"
    r"|convict(?:s|ed|ion)|indict(?:s|ed|ment)|trial|jury|arraign(?:s|ed|ment)?|verdict|accused"
    r"|custody|surrender(?:s|ed)?|turns? (?:himself|herself) in|sought|mistrial"
    # a sentence of probation or a parole decision, not a man "on probation" shot anew
    r"|(?:gets?|given|receives?|sentenced to|granted|denie[sd]|deny|revoke[sd]?)(?: [\w-]+){0,3}"
    r" (?:probation|parole)|(?:probation|parole) (?:revoked|denied|board)"
    r"|acquit(?:s|ted|tal)?|testif(?:y|ies|ied)|extradit(?:ed|ion)|lawsuit|inquest"
    r"|dies|died|succumb(?:s|ed)|funeral|vigil|remembered|mourn(?:s|ed)?|memorial|bail|bond|hearing)\b"
)
MAX_AGES = 6
MAX_PEOPLE = 20

_STOPWORD_TEXT = """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours said says say told
    according one two three four five six seven eight nine ten new year years old day days
    week weeks time may might must shall like get got us many much per since via around near
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    evening night afternoon january february march april june july august september october
    november december mr mrs ms dr st ave am pm news story posted updated copyright reserved
    rights click read share email facebook twitter video photo image caption"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_NOT_NAMES = frozenset(w.capitalize() for w in STOPWORDS)


@dataclass
class ArticleFeatures:
    """What the clusterer compares; every bag maps a term to a weight."""

    terms: dict[str, float]
    title: dict[str, float]
    names: dict[str, float]
    places: dict[str, float]
    types: dict[str, float]
    primary: dict[str, Any] | None
    day: float | None
    counts: list[dict[str, Any]] = field(default_factory=list)
    years: dict[str, float] = field(default_factory=dict)
    stated_day: float | None = None
    streets: dict[str, float] = field(default_factory=dict)
    people: dict[str, float] = field(default_factory=dict)
    ages: dict[str, float] = field(default_factory=dict)
    follow_up: bool = False
    published_day: float | None = None
    """The publication day; ``day`` is the stated incident day where there is one."""


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without stop words or one-character words.

    Numbers stay: ages, tolls and years tell look-alike events apart.
    """
    found = (w.casefold() for w in _WORD.findall(text))
    return [w for w in found if len(w) > 1 and w not in STOPWORDS]


def _sublinear_top(counter: Counter[str], limit: int) -> dict[str, float]:
    """Keep the ``limit`` most frequent terms, weighted 1 + log(tf)."""
    top = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return {term: round(1.0 + math.log(tf), 4) for term, tf in top}


def strip_title(title: str | None) -> str:
    """Drop trailing " - Site name"s so syndicated titles compare equal.

    A page may chain several (station, city, "News, Weather and Sports") and end
    on a bar or a comma where its title was cut; the site's words would make
    every page of a site look alike and dilute the headline's words. At least
    ``MIN_HEADLINE_WORDS`` words are kept.
    """
    if not title:
        return ""
    out = title.strip()
    for _ in range(MAX_TITLE_SUFFIXES):
        out = out.rstrip(" |,")
        match = _TITLE_SUFFIX.search(out, max(0, len(out) - SUFFIX_CHARS))
        if match is None or len(out[: match.start()].split()) < MIN_HEADLINE_WORDS:
            break
        out = out[: match.start()]
    return out


def capitalised_names(text: str) -> Counter[str]:
    """Capitalised word sequences not opening a sentence or a line: a proxy for names.

    Sentence and line openers are capitalised whatever they are ("Police
    said", "Shr 12 cts" in wire tables), so they are skipped.
    """
    found: Counter[str] = Counter()
    for segment in _SEGMENT.finditer(text):
        body = segment.group(0).lstrip()
        opener = re.match(r"\S+\s*", body)
        body = body[opener.end() :] if opener else body
        for match in _CAP.finditer(body):
            parts = [p for p in re.split(r"[ -]", match.group(0)) if p not in _NOT_NAMES]
            if parts:
                found[" ".join(parts).casefold()] += 1
    return found


def opens_segment(text: str, start: int | None) -> bool:
    """Whether a mention at ``start`` opens a line or sentence of ``text``.

    Wire tables put their field labels there ("Shr", "Net", "Revs"), and an
    entity model calls them organisations; a capitalised opener is no evidence
    of a name, so a one-word entity seen only there is not counted.
    """
    if start is None or start < 0 or start > len(text):
        return False
    before = text[max(0, start - 200) : start].rstrip(" \t")
    return not before or before[-1] == "\n"


def _entity_names(enriched: dict[str, Any], text: str) -> Counter[str]:
    """Canonical entity names, without one-word entities seen only as openers."""
    found: Counter[str] = Counter()
    inside: set[str] = set()
    for ent in enriched.get("entities") or []:
        if ent.get("type") not in _ENTITY_TYPES or not ent.get("name"):
            continue
        name = "ent:" + str(ent["name"]).casefold()
        found[name] += 1
        single = " " not in str(ent.get("text") or ent["name"]).strip()
        if not (single and opens_segment(text, ent.get("start"))):
            inside.add(name)
    return Counter({name: n for name, n in found.items() if name in inside})


def _names(enriched: dict[str, Any], text: str) -> dict[str, float]:
    """Entity names (canonical, from enrichment) plus capitalised sequences."""
    names = capitalised_names(text)
    names.update(_entity_names(enriched, (enriched.get("text") or "")[:LEAD_CHARS]))
    return _sublinear_top(names, MAX_NAMES)


def streets(text: str) -> dict[str, float]:
    """Street names of ``text``, casefolded, without direction or suffix ("cornell")."""
    found: Counter[str] = Counter()
    for match in _STREET.finditer(text):
        words = match.group(1).casefold().split()
        # A headline capitalises every word: "Man Shot On Elm Street" names Elm.
        after = max((i + 1 for i, w in enumerate(words) if w in STOPWORDS or w in DIRECTIONS), default=0)
        if words[after:]:
            found[" ".join(words[after:])] += 1
    return _sublinear_top(found, MAX_STREETS)


def ages(text: str) -> dict[str, float]:
    """Ages of people named in ``text``, as strings ("9"), weighted (see ``people.ages_named``)."""
    return _sublinear_top(ages_named(text), MAX_AGES)


def _places(enriched: dict[str, Any]) -> dict[str, float]:
    """Place names at every level (city, admin1, country) weighted by mentions."""
    places: Counter[str] = Counter()
    for loc in enriched.get("locations") or []:
        weight = max(1, int(loc.get("mentions") or 1))
        for part in (loc.get("city"), loc.get("admin1"), loc.get("name")):
            if part:
                places[str(part).casefold()] += weight
    return _sublinear_top(places, MAX_NAMES)


def parse_day(value: str | None) -> float | None:
    """Days since the epoch of an ISO date or date-time, or None if unparseable."""
    if not value:
        return None
    try:
        if len(value) <= 10:
            return float(date.fromisoformat(value).toordinal() - 719163)
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.timestamp() / 86400.0


def _years(text: str, published: Any) -> dict[str, float]:
    """Years named in the text, plus the year of a publication time.

    A feed's time may not be ISO ("Monday 16 September 2013 03.31 BST") and
    then gives no day, but its year still says when the report was written,
    which tells a look-alike event of another year apart.
    """
    found = Counter(_YEAR.findall(text))
    if isinstance(published, str):
        for year in set(_YEAR.findall(published)):
            found[year] += 2
    return _sublinear_top(found, MAX_YEARS)


def article_features(enriched: dict[str, Any]) -> ArticleFeatures:
    """Extract the features of one enriched article.

    The title is counted into the body terms twice more because headlines name
    what happened and where, which is what distinguishes look-alike events.
    """
    text = (enriched.get("text") or "")[:LEAD_CHARS]
    title = strip_title(enriched.get("title"))
    body = Counter(content_words(text))
    title_words = Counter(content_words(title))
    for word, n in title_words.items():
        body[word] += 2 * n
    types = {
        str(et["category"]): float(et.get("confidence") or 0.5)
        for et in enriched.get("event_types") or []
        if et.get("category")
    }
    stated_day = parse_day(enriched.get("event_date"))
    day = stated_day if stated_day is not None else parse_day(enriched.get("published"))
    return ArticleFeatures(
        terms=_sublinear_top(body, MAX_TERMS),
        title=_sublinear_top(title_words, MAX_TERMS),
        names=_names(enriched, title + ".\n" + text),
        places=_places(enriched),
        types=types,
        primary=enriched.get("location"),
        day=day,
        counts=list(enriched.get("counts") or []),
        years=_years(title + "\n" + text, enriched.get("published")),
        stated_day=stated_day,
        streets=streets(title + "\n" + text[:STREET_CHARS]),
        people=_sublinear_top(people_named(enriched), MAX_PEOPLE),
        ages=ages(title + "\n" + text[:AGE_CHARS]),
        follow_up=bool(_FOLLOW_UP.search(title)),
        published_day=parse_day(enriched.get("published")),
    )


def headline_features(enriched: dict[str, Any]) -> ArticleFeatures:
    """The features of an article's headline alone, for a page whose text is not its story.

    A page's text may be a wall that other pages share under unrelated
    headlines (``duplicates.shared_body``); its words and names would join
    every page behind the same wall into one event. Places and figures are
    kept: enrichment reads them from the headline too.
    """
    return article_features({**enriched, "text": "", "entities": []})
