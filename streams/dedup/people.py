"""Who an article names: its people (full names) and their ages.

Takes an enriched article or its text; emits the names and ages it gives, with
their mentions, and the keys under which one person's reports meet. Same-event
scoring compares them (``features`` weighs them into bags): a shared victim or
suspect joins a follow-up to its incident, and different ages tell apart two
shootings in one town a day apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from streams.enrich.lexicon import FACILITY_SUFFIXES, ORG_SUFFIXES, first_names
from streams.enrich.numbers import parse_number

DIRECTIONS = frozenset({"north", "south", "east", "west"})
"""Compass words: part of a street's or an area's name, never of a person's."""
_NOT_PERSON_WORDS = (
    frozenset(w.casefold().rstrip(".") for w in ORG_SUFFIXES | FACILITY_SUFFIXES)
    | DIRECTIONS
    | frozenset({"and", "side", "area", "county", "ward", "district", "wire", "media"})
)
#: A two-word name opening on an ordinal is a place ("Ninth Ward", "11th District", "1st
#: Precinct"); a longer one may be a title before a name ("First Lady Jill Biden").
_ORDINAL = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\w+teenth|twentieth|thirtieth|fortieth|fiftieth)"
)
# Ages of the people a headline or lead is about ("a 9-year-old boy", "Boy, 2,",
# "Jane Doe, 24,", "aged 17") tell apart two shootings in one town a day apart,
# which share everything else (GVA dev, ages in headline and lead: 13% of
# same-incident pairs name no common age, 87% of different incidents in one state
# within 3 days). Only people's ages: "N-year-old" must name a person or stand for
# one ("a 17-year-old was shot"), not a building or an alliance; "Name, N," needs a
# first and last name or a word for a person (a kin word too: "shot sister, 3,"), not a
# road, a province or a team's score.
_AGE_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    "|seventy|eighty|ninety"
)
_PERSON_WORDS = (
    "man|men|woman|women|boy|girl|child|children|kid|son|daughter|teen|teenager|toddler"
    "|infant|baby|victim|suspect|gunman|shooter|mother|father|mom|dad|brother|sister"
    "|grandmother|grandfather|wife|husband|girlfriend|boyfriend|student|driver|resident"
    "|officer|deputy|male|female|person|youth|cousin|nephew|niece|friend|neighbor|employee"
)
_STANDS_FOR_PERSON = "was|is|who|has|had|died|dies|killed|shot|hurt|wounded|injured|found|fatally|critically"
_AGE = re.compile(
    rf"(?i:(?<![\d.])\b(\d{{1,3}}|(?:{_AGE_WORDS})(?:-(?:{_AGE_WORDS}))?)[- ]years?[- ]olds?\b"
    rf"(?=\s+(?:[a-z]+\s+)?(?:{_PERSON_WORDS})s?\b|\s+(?:{_STANDS_FOR_PERSON})\b|\s*[,.;:)]|\s*$))"
    r"|\b(?:[Bb]oy|[Gg]irl|[Mm]an|[Ww]oman|[Tt]een|[Tt]eenager|[Tt]oddler|[Cc]hild|[Ii]nfant|[Bb]aby"
    r"|[Ss]on|[Dd]aughter|[Ss]ister|[Bb]rother|[Mm]other|[Ff]ather|[Ww]ife|[Hh]usband|[Cc]ousin"
    r"|[Nn]ephew|[Nn]iece|[Gg]randson|[Gg]randdaughter|[Gg]irlfriend|[Bb]oyfriend"
    r"|[A-Z][a-z'-]{1,20} [A-Z][A-Za-z'-]{0,20}[a-z]), (?:aged )?(\d{1,2}),"
    r"|\baged (\d{1,2})\b(?!\s*(?:to|-|\u2013|and|or)\b)"
)
_GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})
MIN_PERSON_CHARS = 7


def ages_named(text: str) -> Counter[str]:
    """Ages of people named in ``text``, as strings ("9"), with their mentions; vague
    words ("dozens") are no age."""
    found: Counter[str] = Counter()
    for match in _AGE.finditer(text):
        phrase = next(group for group in match.groups() if group)
        parsed = parse_number(phrase)
        if parsed is not None and parsed[1] == "exact" and 0 < parsed[0] < 120:
            found[str(parsed[0])] += 1
    return found


def people_named(enriched: dict[str, Any]) -> Counter[str]:
    """Full names of people (two words or more): victims, suspects, officials.

    One-word names are surnames shared by strangers; short ones are often
    headline fragments the entity model took for a person, and so are names
    with a word of a place or an organisation in them ("Area North", "Sun-Times
    Media Wire", "Wayne County Prosecutor") or two words opening on an ordinal
    ("Ninth Ward", "11th District"), which recur across unrelated reports of one
    desk or town.
    """
    persons = [ent for ent in enriched.get("entities") or [] if ent.get("type") == "PERSON"]
    cleaner = _ending_mentions(persons)
    found: Counter[str] = Counter()
    for ent in persons:
        name = str(ent.get("name") or "").strip()
        name = cleaner.get(name, name)
        if len(name) < MIN_PERSON_CHARS:
            continue
        words = name.casefold().split()
        # A surname may be a place or organisation word (Hall, Ward, Park, West): only
        # the words before it are checked.
        leading = " ".join(words[:-1]).replace("-", " ").split()
        place = len(words) == 2 and _ORDINAL.fullmatch(words[0]) is not None
        if len(words) > 1 and not place and not _NOT_PERSON_WORDS.intersection(leading):
            found[name.casefold()] += 1
    return found


def _ending_mentions(persons: list[dict[str, Any]]) -> dict[str, str]:
    """Each person's shortest mention of two words or more that ends their name, where
    shorter than the name.

    The entity model names a person by their longest mention, which may have run
    into the words before it: a caption's ("View Full Caption Karla Lee"), a
    headline's ("Strangers Mourn Tyshawn Lee"), a job's or a second person's
    ("Cedric and James Poore"). A follow-up names the person alone, so a
    shorter mention that ends the name is the name (GVA dev: 125 of 2,751 names
    of three words or more, nearly all such run-ins). One word is a surname (or
    one with a generational suffix: "Fryberg Jr."), too little to tell people apart.
    The word run in just before the mention is no first name (or it is an "and"
    joining two people): a mention of a two-word surname ("De Jesus" of "Jose De
    Jesus") drops the first name, which tells two people of one surname apart,
    while a title before a name ("Virginia Beach resident Sam Diaz") goes.
    """
    shortest: dict[str, str] = {}
    given = first_names()
    for ent in persons:
        name, text = str(ent.get("name") or "").strip(), str(ent.get("text") or "").strip()
        words = [w for w in text.casefold().replace(".", "").split() if w not in _GENERATIONAL]
        if len(words) < 2 or len(text) >= len(name) or not name.endswith(" " + text):
            continue
        before = name[: -len(text)].split()[-1]
        if before in given:
            continue
        if len(text) < len(shortest.get(name, name)):
            shortest[name] = text
    return shortest


def person_keys(names: Iterable[str]) -> set[str]:
    """Keys under which reports naming one person meet, however each writes the name.

    A follow-up writes a victim's or a suspect's name fuller or shorter than
    the first report ("Jaquarius Watson", "Jaquarius Nagee Watson"; "Leonard
    H. Andrews", "Leonard Andrews"). So each name of two words or more gives
    its whole form and its first and last word: a middle name or an initial no
    longer keeps one person's reports apart. A generational suffix stays with
    both keys: "Jr." and "Sr." are a son and his father, often in one report.
    """
    keys: set[str] = set()
    for name in names:
        words = [w for w in (w.strip(".,") for w in name.casefold().split()) if w]
        suffix = words.pop() if len(words) > 2 and words[-1] in _GENERATIONAL else ""
        if len(words) < 2:
            continue
        keys.add(" ".join([*words, suffix]).strip())
        keys.add(" ".join([words[0], words[-1], suffix]).strip())
    return keys
