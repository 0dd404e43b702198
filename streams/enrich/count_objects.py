"""Who a figure next to a verb of harm counts: its object joined with more
people, or, in the active voice, those who did the harm.

Takes a sentence and the end of a figure's match (or the match itself);
emits whether the figure counts the killers ("the four suspects killed
Vergen"), whether an exact figure joins a lone object ("killed a soldier and
two civilians"), and how many people join the object after it ("killing 8
students and a teacher", "killed 2 in Texas and 1 in Oklahoma"). Split from
:mod:`streams.enrich.count_matches`, which reads the match as a record
(and :mod:`streams.enrich.count_figures` the figure itself).
"""

from __future__ import annotations

import re

from streams.enrich.count_phrases import MODIFIER, NATIONALS, NUM, PEOPLE
from streams.enrich.numbers import parse_number
from streams.enrich.sentences import Sentence

#: More people the verb's object joins: "killing 8 students and a teacher", "killed 20
#: guests and 4 staff", "killed a farmer and his two sons"; never the subject of a clause of
#: its own ("... and a man was arrested") nor a part of a group ("and two of the attackers").
_AND_MORE = re.compile(
    rf"\s+and\s+(?:(?:his|her|their)\s+)?(?P<num>{NUM})\s+(?:(?:{MODIFIER}\s+){{0,2}}?{PEOPLE}\b(?![-'])|"
    # a nation's name as the noun ("and a Palestinian"), never an adjective ("and 2 British soldiers")
    rf"{NATIONALS}(?=\s*(?:[,.;]|$|\s(?:in|at|on|near|during|as|when|while|after|before|from)\b)))"
    r"(?!,?\s+(?:were|was|are|is|had|have|has|who|also)\b)"
    # a group of the verb's own ends there: "... and a teacher, police said"; not "and 3,000
    # people displaced", "and 40 miners escaped"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|near|during|as|when|while|after|before|from|and|or|inside|outside|"
    r"aboard|across|with|including|over|since|last|this|early|late|overnight)\b)",
    re.IGNORECASE,
)
#: The object of a verb of harm in the active voice: "the four suspects killed Vergen",
#: "two officers shot him", "four gunmen killed two policemen" (the figure counts the
#: killers); never a time ("four people killed Sunday", "killed the same day").
_ACTIVE_OBJECT = re.compile(
    r"\s{1,2}(?:(?:him|her|them|his|their|its)\b|"
    r"(?:a|an|the)\s+(?!(?:same|following|previous|next|night|day|morning|evening|afternoon|weekend|week|month|"
    r"year|hour|minute|other|first|last|past|day's|week's|year's)\b)[a-z][\w'-]{1,20}\b|"
    rf"{NUM}\s+(?:{MODIFIER}\s+){{0,2}}?{PEOPLE}\b(?!,?\s+(?:were|was|are|killed|dead|died|injured|wounded|hurt|shot)\b)"
    r")",
    re.IGNORECASE,
)
#: A person's name as the object (in the article's text, not a title-case headline).
_NAME_OBJECT = re.compile(
    r"\s{1,2}(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Christmas|Easter|New|Thanksgiving|Halloween|Memorial|Labor|"
    r"Independence|Mother's|Father's|Valentine's|In|At|On|Near|During|After|Before|When|While|As|Early|Late|"
    r"Last|This|Overnight|Tonight|Today|Yesterday)\b)[A-Z][a-z'-]{1,20}\b"
)
#: A passive or relative verb between a figure and its participle: "were killed", "who shot".
_PASSIVE_BETWEEN = re.compile(r"\b(?:were|was|are|is|been|being|got|who|that)\b", re.IGNORECASE)
#: The verbs of harm that take an object (not "shot": "a soldier shot a comrade, then himself" is
#: still read by the single victims of the sentence as two dead).
_TRANSITIVE = frozenset({"killed", "wounded", "injured", "murdered", "hurt"})
#: More people a figure joins, told place by place: "killed 2 in Texas and 1 in Oklahoma",
#: "two people in Kentucky, one in Tennessee", "3 dead in Miami and 2 in Tampa"; the second
#: figure is followed by a place too, and no verb of its own ("and 12 were killed in Syria",
#: "and 3 in Fort Worth were hurt" are figures of their own).
_AND_MORE_THERE = re.compile(
    r"\s+(?:in|at)\s+(?-i:[A-Z][\w.'-]{1,20})(?:\s+(?-i:[A-Z][\w.'-]{1,20})){0,2},?\s+(?:and\s+)?"
    rf"(?P<num>{NUM})(?:\s+(?:{MODIFIER}\s+){{0,2}}?{PEOPLE})?"
    r"(?=\s+(?:in|at)\s+(?-i:[A-Z][\w.'-]{1,20})(?:\s+(?-i:[A-Z][\w.'-]{1,20})){0,2}(?![\w'-]|\s+(?-i:[A-Z]))"
    r"(?!,?\s+(?:were|was|are|is|had|have|has|who|also|injured|wounded|hurt|killed|dead|died)\b))",
    re.IGNORECASE,
)


def active_voice(sentence: Sentence, match: re.Match[str], kind: str) -> bool:
    """Whether the figure counts those who did the harm: "the four suspects killed
    Vergen and Sanchez", "two officers shot him" (not "four people killed Sunday")."""
    if match.group(kind).lower() not in _TRANSITIVE or match.group("num").lower() in ("a", "an", "one"):
        # "a man killed his wife": left as read, the single victims and the killer's
        # own death are told apart elsewhere
        return False
    if _PASSIVE_BETWEEN.search(sentence.text, match.start("num"), match.start(kind)):
        return False
    end = match.end(kind)
    if _ACTIVE_OBJECT.match(sentence.text, end):
        return True
    return sentence.field == "text" and _NAME_OBJECT.match(sentence.text, end) is not None


def exactly_more(sentence: Sentence, end: int) -> bool:
    """Whether an exact figure of more people joins the object ending at ``end``:
    "a soldier and two civilians", never a vague "a soldier and several others"."""
    more = _AND_MORE.match(sentence.text, end)
    added = parse_number(more.group("num")) if more else None
    return added is not None and added[1] == "exact"


def people_joined(sentence: Sentence, end: int, how: str, has_noun: bool, kind: str) -> tuple[int, int]:
    """How many more people join the people a figure ending at ``end`` counts,
    and where they end: "killing 8 students and a teacher" (a verb's object),
    "killed 2 in Texas and 1 in Oklahoma" (figures place by place)."""
    added = 0
    more = _AND_MORE.match(sentence.text, end) if how == "before" and has_noun else None
    parsed = parse_number(more.group("num")) if more is not None else None
    if more is not None and parsed is not None:
        added, end = parsed[0], more.end()
    listed = how == "before" or (how == "after" and kind in ("killed", "injured"))
    while listed and (place := _AND_MORE_THERE.match(sentence.text, end)):
        parsed = parse_number(place.group("num"))
        if parsed is None:
            break
        added, end = added + parsed[0], place.end("num")
    return added, end
