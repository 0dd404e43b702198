"""Read one count pattern match as a count record.

Takes a sentence, a match of one of the patterns of
:mod:`streams.enrich.figure_patterns` and the name of that pattern (``how``);
emits the count record it states, or None when the number is no head count (an
age, "shot 11 times", a year, "no one was hurt"). The named groups ``num``,
``num1``, ``one``, ``qual``, ``noun``, ``verb`` and ``what`` and the kind
groups of :data:`streams.enrich.count_phrases.KIND_WORDS` are the contract
between the patterns and their readers, here and in
:mod:`streams.enrich.count_figures`. This module decides the kind of the count
and what around the figure changes it; :mod:`streams.enrich.count_figures`
reads the figure itself. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.count_figures import head_count
from streams.enrich.count_objects import active_voice, exactly_more, people_joined
from streams.enrich.count_phrases import (
    AND_SELF,
    KIND_WORDS,
    MULTIPLE,
    NUM,
    OF_WOUNDS,
    QUALIFIERS,
)
from streams.enrich.count_record import count_record
from streams.enrich.numbers import ORDINAL_VALUES, parse_number
from streams.enrich.sentences import Sentence

_VERB_KIND = {
    "kill": "killed", "claim": "killed", "murder": "killed", "death": "killed", "fatal": "killed",
    "took": "killed", "tak": "killed",  # "took the lives of"
    "wound": "injured", "injur": "injured",  # "injuries to five people" too
    "arrest": "arrested", "detain": "arrested", "abduct": "kidnapped", "kidnap": "kidnapped",
    "shoot": "shot", "shot": "shot",
}  # fmt: skip
#: An ordinal victim who succumbed, news of one more death: "a third victim
#: dies", "has died", "later died of his injuries". Not "a fourth man died at
#: the scene", which may follow three wounded.
_SUCCUMBED = re.compile(r"\b(?:dies|succumb(?:s|ed)|has|also|later|now)\b", re.IGNORECASE)
_OF_WOUNDS = re.compile(rf"\s{{1,3}}{OF_WOUNDS}", re.IGNORECASE)
_WHO_DIED = re.compile(
    r"(?:\s+[\w'-]{1,20}){0,4}?,?\s+including\s+(?:an?|one)\s+(?:[\w'-]{1,20}\s+){0,3}?who\s+"
    r"(?:later\s+|has\s+since\s+|since\s+)?(?:died|has died|succumbed)",
    re.IGNORECASE,
)
_UNBORN = re.compile(
    r"(?:\s+[\w'-]{1,20}){0,3}?,?\s+including\s+(?:an?|her|their|the)\s+unborn\s+(?:child|baby|son|daughter)",
    re.IGNORECASE,
)
#: A plural noun right after a bare number: things, not people ("30 rounds").
_THINGS_AFTER = re.compile(r"\s+[a-z]{2,20}s\b")
#: What a verb of harm kills or hurts besides people, in politics and sports: bills, fingers.
#: (A bare plural is no sign: "killing 49 innocents".)
_NOT_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?!(?:and|or|but|in|at|on|as|to|after|before|with|while|when)\b)[a-z]{2,20}\s+)?(?:bills|amendments|measures|proposals|motions|resolutions|deals|projects|plans|"
    r"programs|fingers|toes|ribs|bones|ligaments|tendons|muscles|vertebrae|teeth)\b",
    re.IGNORECASE,
)
#: "A fourth man ...": one more victim besides those already counted.
_ORDINAL_ONE = re.compile(r"(?:an?|the)\s+(?:second|third|fourth|fifth|sixth)\s", re.IGNORECASE)
#: "one of the family dogs", "two of their horses": animals, not people.
_OF_ANIMALS = re.compile(
    r"\s+of\s+(?:the|his|her|their|its)\s+(?:[\w-]{1,20}\s+)?(?:dogs|cats|horses|pets|animals|puppies|K-?9s)\b",
    re.IGNORECASE,
)
#: "a double murder-suicide", "triple murder, suicide": the killer dead besides the victims.
_AND_SUICIDE = re.compile(
    r"\s{0,2}(?:[-/,]|and)\s{0,2}(?:and\s)?suicide\b(?!\s+(?:attempt|bomb|note|watch|vest|pact))",
    re.IGNORECASE,
)
#: "no" right before a figure ("no one was hurt", a headline's quote "'No one injured'"),
#: never the end of a word ("Fresno lands four men in hospital", "casino", "O'no").
_NO_BEFORE = re.compile(r"(?<![\w-])(?<!\w')no\s$", re.IGNORECASE)
#: A pronoun "one": "this one hurt, a lot", "that one was killing me": no head count.
_PRONOUN_ONE = re.compile(r"\b(?:this|that|which|each|every|any)\s+$", re.IGNORECASE)
#: The main verb after a bare participle: "a teen wounded in a double shooting
#: that killed his brother died Tuesday", "two men hurt in the blast died at the
#: hospital"; never a clause of its own ("three injured in the crash where a
#: woman died were taken to hospital").
_THEN_DIED = re.compile(
    r"\s+(?:in|during|at|on|by)\s+(?:(?!(?:where|when|who|whom|which|while|and|but|as)\b)[\w'\u2019.-]{1,20}\s+){0,10}?"
    r"(?:has\s+|have\s+|later\s+|since\s+){0,2}(?:died|dies|succumbed)\b"
    # of their wounds, not of an illness ("died of cancer"), nor decades later
    r"(?!\s+(?:were|was|are|is|last year|years later)\b)"
    rf"(?!\s+(?!{OF_WOUNDS})(?:of|from)\b)",
    re.IGNORECASE,
)
_OF_GROUP = re.compile(r"\b(?:of|among)\s+$", re.IGNORECASE)
#: The part of a larger group a figure counts: "two of the 40 people", "none of the 12".
_PART_OF = re.compile(rf"\b(?P<head>{NUM}|none)\s+of\s+(?:the|all|those|these|its|their)?\s*$", re.IGNORECASE)
#: A verb whose subject is the part, not the group: "(two of the 40 people ...) were shot".
_VERB_ON_HEAD = re.compile(r"\b(?:were|was|are|is|have been|had been|has been)\s", re.IGNORECASE)
#: Where a clause ends, for what follows a figure.
_CLAUSE_END = re.compile(r"[.;:!?]")
#: "two others were shot", "a woman was also shot": not the people killed.
_OTHERS = re.compile(r"\b(?:others?|another|also)\b", re.IGNORECASE)


def match_record(sentence: Sentence, match: re.Match[str], how: str) -> dict[str, Any] | None:
    """Build a count from a pattern match, or None when it is no people count.

    Args:
        sentence: The sentence the match was found in.
        match: A match of the pattern named ``how``.
        how: Which pattern matched, e.g. ``"after"`` ("two people were
            killed") or ``"before"`` ("killing two people").

    Returns:
        A count record, possibly of the internal kind ``shot``, or None.
    """
    if how in ("bare_pair", "another", "ordinal", "ordinal_hurt", "multi", "both"):
        return _fixed_record(sentence, match, how)
    parsed = head_count(sentence, match, how)
    if parsed is None:
        return None
    value, qualifier = parsed
    noun = match.groupdict().get("noun")
    if how == "found":
        kind = "shot"
    elif how in ("toll", "fatally", "hospital"):
        kind = "injured" if how == "hospital" else "killed"
    elif how == "along":
        what = match.group("what").lower()
        kind = "shot" if what == "shot" else "killed" if what == "killed" else "injured"
        value += 1
    elif how == "killer":
        kind, value = "killed", value + 1  # "two bailiffs and the shooter are dead"
    elif how in ("after", "pair"):
        kind = next(k for k in KIND_WORDS if match.group(k))
        if kind == "killed" and match.group(kind).lower() == "lost" and noun != "lives":
            return None
        if active_voice(sentence, match, kind):
            return None
        if kind in ("injured", "shot") and noun and _died_after_all(sentence, match, kind):
            kind = "killed"
    else:
        kind = _VERB_KIND[next(s for s in _VERB_KIND if match.group("verb").lower().startswith(s))]
        # "the shooting of five" counts people; "shot 11" (times) does not
        of = match.group("verb").lower().endswith(" of")
        # a lone "a soldier" is a single victim's, unless more people join it: "killed a
        # soldier and two civilians" (not "fatally shot a man and three others": local news
        # writes so of one dead and three wounded)
        lone = match.group("num").lower() in ("a", "an") and (
            noun is None
            or kind == "shot"
            or match.group("verb").lower().startswith("fatally")
            or not exactly_more(sentence, match.end())
        )
        if lone or (noun is None and kind == "shot" and not of):
            return None
        if of and noun is None and _THINGS_AFTER.match(sentence.text, match.end("num")):
            return None  # "the shooting of 30 rounds", "shooting of two films"
        if noun is None and _NOT_PEOPLE_AFTER.match(sentence.text, match.end("num")):
            return None  # "the senator killed 2 bills", "she injured 2 fingers"
    if (
        match.group("num").lower() in ("a", "an", "no")
        and noun is None
        and not match.groupdict().get("nation")
    ):
        return None
    if how == "after" and (
        _VERB_ON_HEAD.search(sentence.text, match.end("noun") if noun else match.end("num"), match.end())
        or _dead_part(sentence, match)
    ):
        part = _PART_OF.search(sentence.text, max(0, match.start("num") - 40), match.start("num"))
        if part is not None:
            # "Two of the 40 people attending were shot": two, not the 40; "none of" is none
            # (not "one of the three people shot has died": the three were shot)
            head = parse_number(part.group("head"))
            if head is None or head[0] == 0:
                return None
            value, qualifier = head[0], "exact"
    if _OF_ANIMALS.match(sentence.text, match.end("num")):
        return None  # "injuring one of the family dogs"
    if (
        noun is None
        and match.group("num").lower() == "one"
        and _PRONOUN_ONE.search(sentence.text, max(0, match.start("num") - 8), match.start("num"))
    ):
        return None
    if value == 0 or _NO_BEFORE.search(sentence.text, max(0, match.start() - 4), match.start()):
        return None  # "no one was hurt" is not a count; "Fresno police shot two" is
    if noun is None and value >= 1900 and value <= 2100:
        return None  # a year, not a head count
    if match.groupdict().get("qual"):
        qualifier = QUALIFIERS[" ".join(match.group("qual").lower().split())]
    start = match.start("qual") if match.groupdict().get("qual") else match.start("num")
    return _adjusted_record(sentence, match, how, kind, value, qualifier, start)


def _dead_part(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether "dead" ends a clause of its own: a headline's "Two of six hikers
    found dead" tells of the part (not "two of six hikers found dead were
    brothers", whose verb follows)."""
    if not match.group().lower().endswith("dead"):
        return False
    clause = _CLAUSE_END.search(sentence.text, match.end())
    rest = sentence.text[match.end() : clause.start() if clause else len(sentence.text)]
    return _VERB_ON_HEAD.search(rest + " ") is None


def _died_after_all(sentence: Sentence, match: re.Match[str], kind: str) -> bool:
    """Whether the people a bare participle describes died: "a man wounded in
    last week's shooting died Tuesday" (not "a man was wounded ... and died")."""
    if sentence.text[match.end("noun") : match.start(kind)].strip():
        return False
    if _OF_GROUP.search(sentence.text, max(0, match.start() - 8), match.start()):
        return False  # "one of three people hit by gunfire has died": one of them
    return _THEN_DIED.match(sentence.text, match.end(kind)) is not None


def _fixed_record(sentence: Sentence, match: re.Match[str], how: str) -> dict[str, Any]:
    """A count whose figure the phrasing itself gives: "a third victim died",
    "a triple shooting", "husband, wife found dead", "and another wounded"."""
    what = (match.groupdict().get("what") or "").lower()
    if how == "bare_pair":
        kind, value = ("injured" if what in ("wounded", "injured", "hurt") else "killed"), 2
    elif how == "both":
        kind, value = "injured", 2
    elif how == "another":
        kind, value = ("shot" if what == "shot" else "injured"), 1
    elif how == "ordinal":
        kind, value = "killed", ORDINAL_VALUES[(match.group("num") or match.group("nth")).lower()]
    elif how == "ordinal_hurt":
        kind, value = "shot", ORDINAL_VALUES[match.group("num").lower()]
    else:
        kind, value = ("shot" if what == "shooting" else "killed"), MULTIPLE[match.group("num").lower()]
        if kind == "killed" and _AND_SUICIDE.match(sentence.text, match.end()):
            value += 1
    record = count_record(kind, value, "exact", sentence, match.start(), match.end())
    if how == "ordinal_hurt":
        record["ordinal"] = "hit"  # finalize_counts decides whether the earlier ones were hit
    if how == "ordinal":
        # finalize_counts decides whether the earlier victims died too
        fate = match.group("fate")
        later = (
            match.group("becomes")
            or _SUCCUMBED.search(fate or "")
            or _OF_WOUNDS.match(sentence.text, match.end())
        )
        record["ordinal"] = "succumbed" if later else "died"
    # "and another wounded" implies one victim as an unnumbered one does: stated figures outrank it
    return {**record, "others": True, "single": True} if how == "another" else record


def _adjusted_record(
    sentence: Sentence, match: re.Match[str], how: str, kind: str, value: int, qualifier: str, start: int
) -> dict[str, Any]:
    """The count after what follows the figure: the killer among the dead, an
    unborn child or a victim who later died among those counted."""
    start = match.start() if how == "pair" else start
    end = match.end()
    if kind == "injured" and value > 1 and _WHO_DIED.match(sentence.text, end):
        # "three were hurt, including a man who later died": two survivors; "three
        # were shot, including ..." stays three, finalize_counts takes the dead off
        value -= 1
    if kind == "killed" and value > 1 and _UNBORN.match(sentence.text, end):
        value -= 1  # "six people, including an unborn child": the police tally says five
    if kind != "shot":
        added, end = people_joined(sentence, end, how, bool(match.groupdict().get("noun")), kind)
        value += added
    killer = AND_SELF.match(sentence.text, end) if kind == "killed" else None
    if killer is not None:  # "killed three people and himself": four dead
        value, end = value + 1, killer.end()
    record = count_record(kind, value, qualifier, sentence, start, end)
    if _OTHERS.search(match.group()) and how not in ("pair", "along"):
        record["others"] = True  # "two others were shot": not the people killed
    elif _ORDINAL_ONE.match(match.group()) and not match.group().lower().endswith("shot"):
        record["others"] = True  # "a fourth man suffered a gunshot wound": besides the three dead
    return record
