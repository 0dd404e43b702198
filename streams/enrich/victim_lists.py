"""Victims listed one by one ("killed his wife and four children").

Takes one sentence; emits count records whose value is the number of people
a coordinated list names as the object of a killing verb ("fatally shot Ann
Lee and Tom Ray", "claimed the lives of a boy and his mother") or as the
subject of a casualty verb ("the father and a 15-year-old boy were also
shot"). Local news names victims this way instead of giving a figure. Lists
need at least two members: one victim is the job of
:mod:`streams.enrich.single_victims`. Murder charges ("faces two counts of
murder") count the dead too, as an inferred figure. How a list's members are
written and how many people they name is
:mod:`streams.enrich.victim_list_members`. Patterns use bounded repetition
only.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.count_phrases import AND_SELF, HOSPITAL, NUM
from streams.enrich.count_record import count_record
from streams.enrich.numbers import parse_number
from streams.enrich.sentences import Sentence
from streams.enrich.victim_list_members import (
    KIN,
    LAST_MEMBER,
    LIST,
    LIST_TAIL,
    MEMBER,
    NAME,
    OBJECT_LIST,
    OBJECT_NOUN_PHRASE,
    ROLES,
    list_size,
    semicolon_size,
)

_OBJECT_VERB = (
    r"\b(?:(?:shot and )?kill(?:ed|s)|(?:shooting and )?killing|fatally (?:shot|shooting|wounded|wounding)|"
    r"murder(?:ed|ing)|(?P<of>claimed the lives of|(?:shooting )?deaths of|murders of|killings of|"
    r"slayings of)|slay(?:ing|s)|(?P<hurt>wound(?:ed|ing)|injur(?:ed|ing))|"
    # "shot Ann Lee and her son": people hit, whose fate other sentences tell
    r"(?<!fatally )(?P<shot>shot|shooting|shoots))\s+"
)
_OBJECT = re.compile(rf"{_OBJECT_VERB}{OBJECT_LIST}", re.IGNORECASE)
#: A list whose members hold commas of their own is split by semicolons: "killed his
#: daughter, Ann Lee; his girlfriend, Mary Cole, 31; and her mother, Jane Cole".
_SEMICOLON_ITEM = rf"(?:{OBJECT_NOUN_PHRASE}|{NAME})(?:,[^;.]{{1,60}})?"
_SEMICOLON_OBJECT = re.compile(
    rf"{_OBJECT_VERB}(?P<list>{_SEMICOLON_ITEM}(?:;\s*{_SEMICOLON_ITEM}){{0,8}};\s*and\s+{_SEMICOLON_ITEM})",
    re.IGNORECASE,
)
#: The last member of a killing's objects opens a clause of its own: "killed one man
#: and two others were wounded", "killed 2 people and a man was arrested", "killed six
#: workers and 30 others injured".
_NEW_CLAUSE = re.compile(
    r"\s+(?:(?:was|were|is|are|has been|have been|had been)\s+(?:also\s+|later\s+)?"
    r"(?:wounded|injured|hurt|shot|arrested|detained|hospitali[sz]ed|taken|rushed|treated|missing|rescued|"
    r"killed|dead|critically|seriously)"
    # "killed six workers and 30 others injured": the verb left out
    r"|(?:wounded|injured|hurt|arrested|detained|hospitali[sz]ed|missing|rescued|displaced))\b",
    re.IGNORECASE,
)
#: A killing told in a clause inside the subject, whose verb follows the list: "the
#: man who killed his wife and son was arrested", "accused of killing ...".
_INNER_CLAUSE = re.compile(
    r"\b(?:who|that|which|whom)\s+(?:[\w'-]{1,20}\s+){0,4}$|\b(?:of|after|for|with|before)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: What befell the people a list names as its subject: "were shot", "were found dead".
_SUBJECT_FATE = (
    r"(?:(?:were|are|have been|had been)\s+)?"
    r"(?:also\s+|both\s+|all\s+|found\s+){0,2}"
    # "shot at but not hit", "shot at by a gunman" are misses; "shot at a party", "shot at
    # close range" are not
    r"(?:(?P<shot>shot(?! (?:and killed|dead|to death|into|through|up)\b)"
    r"(?! at(?=\s*(?:[,.;!]|$|but\b|by\b|and (?:missed|not)\b|(?:several|multiple|many) times\b)))|"
    # "a man and a woman were rushed to a hospital": hit, though one may die there
    rf"(?:taken|rushed|transported|airlifted|flown) to {HOSPITAL})|"
    # "her mother and a neighbor suffered minor injuries" (not "fatal wounds", "no injuries")
    r"(?P<hurt>wounded|injured|hurt|hospitali[sz]ed|"
    r"suffered\s+(?!(?:[\w-]{1,25}\s+)?(?:fatal|mortal)\b|(?:no|not|none)\b(?!\s+(?:life|non)))"
    r"(?:[\w-]{1,25}\s+){0,2}?(?:injuries|wounds))|"
    r"(?:killed|dead|died|pronounced dead|shot dead|shot and killed|shot to death|fatally shot|murdered|"
    # general news's deaths: "a father and his son drowned", "Father and son drown"
    r"slain|drown(?:ed|s)?(?! out\b)|burned to death|crushed to death|electrocuted))\b"
)
_SUBJECT = re.compile(
    # "saying his mom and younger brother were dead": a reported list opens after "said (that)",
    # "saying"; not after "feared that", "denied that"
    r"(?:^|[,;:]\s+|\b(?:and|when|after|where|while|saying)\s+|"
    r"\b(?:said|says|say|confirmed|reported|announced|stated|told\s+[\w-]{1,20})\s+(?:that\s+)?)"
    rf"(?:{LIST}|(?P<self>(?:he|she)\s+and\s+)(?P<own>(?:his|her)\s+{LAST_MEMBER}))\s+{_SUBJECT_FATE}",
    re.IGNORECASE,
)
#: "a shooting that left a man and woman dead", "left the gunman, his boss and a
#: co-worker dead": the list is the object of "left" and its fate follows it
#: (never "dead set", "dead last": idioms).
_LEFT = re.compile(
    rf"\b(?:left|leaving|leaves)\s+{LIST}\s+(?:(?:both|all)\s+)?"
    r"(?:dead(?!\s+(?:set|last|even|broke|tired|wrong|center|centre|ahead)\b)|"
    r"(?P<hurt>wounded|injured|hurt))\b",
    re.IGNORECASE,
)
#: A headline's pair of relatives killed, joined by a comma for "and": "Man
#: kills brother, girlfriend in shootout", "Shooting Deaths Of Mother, Brother",
#: "Deaths of Baby, Man".
#: Only in a headline, where "and" is dropped; never a longer run of commas, nor
#: a pair whose second noun opens a clause ("Man kills wife, son wounded").
_HEADLINE_ONE = (
    rf"(?:{KIN}|girlfriend|boyfriend|fianc[eé]e?|baby|grandson|granddaughter|man|woman|boy|girl|teen)"
)
_HEADLINE_PAIR = re.compile(
    r"\b(?:(?:shot and )?kill(?:s|ed)|slay(?:s|ed)?|murder(?:s|ed)|(?:shooting )?deaths of|killings of|"
    r"murders of|slayings of)\s+(?:(?:his|her|their)\s+)?"
    rf"(?P<list>{_HEADLINE_ONE}\s*,\s*(?:(?:his|her|their)\s+)?{_HEADLINE_ONE}\b)"
    # the pair ends the headline's clause; "kills wife, son wounded" is a second clause,
    # and so is "kills wife, son in custody"
    r"(?=\s*$|\s*[:;|.!?(]|\s+[-\u2013\u2014]\s|"
    r"\s+(?:in|at|on|near|after|during|before|inside|outside|over|while|with|amid|from)\b"
    r"(?!\s+(?:custody|large|trial|court|jail|prison|hospital|the run|"
    r"(?:critical|stable|serious|fair|good) condition)\b))",
    re.IGNORECASE,
)
#: "Injured in the gunfire were a boy and a woman", "Also wounded were a man and his son".
_INVERTED = re.compile(
    rf"(?:^|[.;]\s+|\balso\s+)(?P<hurt>injured|wounded|hurt)\b(?:\s+[\w'-]{{1,20}}){{0,4}}?\s+(?:was|were)\s+{LIST}",
    re.IGNORECASE,
)
#: "fired several rounds, striking two firefighters and his brother", "the gun
#: went off, hitting himself and his two girls": people a bullet hit, after a
#: word of gunfire in the same clause run (a car or a storm striking people is
#: no shooting); "fatally striking" tells their fate.
_STRUCK = re.compile(
    # gunfire, not "under fire", a blaze, a golf shot or a boxing round
    r"\b(?:fired|firing|opened fire|returned fire|gunfire|bullets?|discharged|went off|"
    r"(?:shot|fired)\s+(?:the|a|his|her)\s+(?:gun|rifle|pistol|handgun|shotgun|weapon)|"
    r"(?:fired|firing|gun|several|multiple|\d+|two|three|four|five|six)\s+(?:shots|rounds))\b"
    r"[^.;:]{0,80}?\b(?P<fatal>fatally )?(?:striking|hitting|struck|hit)\s+"
    rf"(?:(?P<self>(?:him|her)self,?\s+and\s+)(?P<own>{MEMBER})|(?P<list>(?>{MEMBER}){LIST_TAIL}))",
    re.IGNORECASE,
)
_OTHERS = re.compile(r"\bothers\b", re.IGNORECASE)

#: "charged with three counts of first-degree murder": one count per victim as
#: a rule (never "attempted murder", a victim who lived); a prosecutor may
#: file two counts for one death, so the figure is inferred, below any stated one.
_MURDER_COUNTS = re.compile(
    rf"(?P<num>{NUM})\s+(?:counts|charges)\s+of\s+"
    r"(?:(?:(?:first|second|third)[- ]degree|capital|aggravated|premeditated|felony|malice)\s+){0,2}"
    r"(?:murder|homicide)\b(?![- ]for[- ]hire)",
    re.IGNORECASE,
)
#: The one death or attack the charges are for: "two counts of murder in the
#: death of his wife", "in the stabbing of his neighbor".
_ONE_DEATH = re.compile(
    r"\b(?:death|killing|murder|slaying|shooting|stabbing|beating|strangling)\s+of\s+(?![^.;]{0,80}\band\b)",
    re.IGNORECASE,
)


def listed_victims(sentence: Sentence) -> list[dict[str, Any]]:
    """Count records for the victim lists of one sentence.

    Args:
        sentence: One sentence of the article or its title.

    Returns:
        Records of kind killed, injured or ``shot`` (fate unknown).
    """
    records = _semicolon_lists(sentence) if ";" in sentence.text else []
    taken = [(r["mention"]["start"] - sentence.start, r["mention"]["end"] - sentence.start) for r in records]
    for pattern in (_OBJECT, _SUBJECT, _LEFT, _INVERTED, _STRUCK):
        for match in pattern.finditer(sentence.text):
            if any(start <= match.start("list") < end for start, end in taken):
                continue
            value, begin = _listed(match)
            if value is None or (pattern is _OBJECT and _not_one_list(match)):
                continue
            kind = _kind(match)
            if match.group().lower().startswith("fatally") and _OTHERS.search(match.group("list") or ""):
                continue  # "fatally shot a man and three others": the others may have lived
            end = match.end()
            # "shot his wife and son before shooting himself": the killer was shot too
            killer = AND_SELF.match(sentence.text, end) if kind in ("killed", "shot") else None
            if killer is not None:
                value, end = value + 1, killer.end()
            records.append(count_record(kind, value, "exact", sentence, begin, end))
    if sentence.field == "title" and not records:
        pair = _HEADLINE_PAIR.search(sentence.text)
        if pair is not None:
            records.append(count_record("killed", 2, "exact", sentence, pair.start("list"), pair.end()))
    return records + _murder_counts(sentence)


def _semicolon_lists(sentence: Sentence) -> list[dict[str, Any]]:
    """Records for the semicolon lists of a killing's or a shooting's objects."""
    records = []
    for match in _SEMICOLON_OBJECT.finditer(sentence.text):
        value = semicolon_size(match.group("list"))
        if value is not None:
            start = match.start("list")
            records.append(count_record(_kind(match), value, "exact", sentence, start, match.end()))
    return records


def _not_one_list(match: re.Match[str]) -> bool:
    """Whether a killing's objects are one man's roles (:data:`ROLES`) or end in
    the subject of a clause of its own (:data:`_NEW_CLAUSE`), the killing not
    told inside a subject (:data:`_INNER_CLAUSE`)."""
    text = match.string
    if ROLES.fullmatch(match.group("list")):
        return True
    if match.group("of") or not _NEW_CLAUSE.match(text, match.end()):
        return False
    return not _INNER_CLAUSE.search(text, max(0, match.start() - 60), match.start())


def _listed(match: re.Match[str]) -> tuple[int | None, int]:
    """How many people a match lists, and where the list starts."""
    if match.groupdict().get("self"):
        # "hitting himself and his son": the one who fired, and the others
        return 1 + (list_size(match.group("own"), 1) or 0), match.start("self")
    return list_size(match.group("list")), match.start("list")


def _kind(match: re.Match[str]) -> str:
    """What befell the listed people: killed, injured or ``shot`` (fate unknown)."""
    found = match.groupdict()
    if "fatal" in found:
        return "killed" if found["fatal"] else "shot"
    return "injured" if found["hurt"] else "shot" if found.get("shot") else "killed"


def _murder_counts(sentence: Sentence) -> list[dict[str, Any]]:
    """The dead a murder charge counts, as an inferred figure (``single``)."""
    if "murder" not in sentence.text.lower() and "homicide" not in sentence.text.lower():
        return []
    records = []
    for match in _MURDER_COUNTS.finditer(sentence.text):
        parsed = parse_number(match.group("num"))
        if parsed is not None and parsed[0] >= 2 and not _ONE_DEATH.search(sentence.text, match.end()):
            record = count_record("killed", parsed[0], "exact", sentence, match.start(), match.end())
            records.append({**record, "single": True})
    return records
