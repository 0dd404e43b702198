"""Clauses that tell of an earlier incident the article's own came after.

Takes the text of one sentence; finds where it tells of another, earlier
incident by the time between them: "The shooting occurred eight months after
an innocent bystander was killed", "Two people were shot Sunday, a day after a
man was fatally shot nearby", "Just 24 hours after a student was shot, another
teen has been shot". The figures of that clause are the earlier incident's.

Only when the rest of the sentence tells of a shooting of its own (or the
clause names "another" victim): "Police arrested him two days after three
people were killed", "Hundreds marched a day after five protesters were shot"
and "she died a week after she was wounded" tell of the article's own victims.
Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from streams.enrich.numbers import NUMBER_WORDS

#: "a day after", "just 24 hours after", "eight months after", "just over a year
#: after", "hours before".
_TIME_AFTER = re.compile(
    r"\b(?:(?:just|only|less than|more than|nearly|about|almost|barely|roughly)\s+)?(?:over\s+)?"
    rf"(?:(?:a|an|one|a few|few|several|\d{{1,3}}|{NUMBER_WORDS})\s+)?"
    r"(?:hours?|days?|nights?|weeks?|months?|years?)\s+(?:after|before)\b|"
    # "These shootings come after the shooting deaths of two children"
    r"\b(?:comes?|came)\s+(?:(?:just|only|shortly|soon|right)\s+)?after\b",
    re.IGNORECASE,
)
#: A sentence-opening time clause ("Just 24 hours after ..., another teen was
#: shot") runs to its comma; one after the main clause runs to the sentence's end.
_OPENING = re.compile(r"\s{0,3}(?:(?:and|but|yet)\s+)?$", re.IGNORECASE)
#: The rest of the sentence tells of an incident of its own: "the shooting
#: occurred", "another shooting", "another teen has been shot".
_OWN_INCIDENT = re.compile(
    r"\banother\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:shooting|(?:has been|had been|was|were|is|are)\s+(?:\w+\s+)?(?:shot|killed))\b|"
    r"\b(?:shootings?|killings?|homicides?|slayings?|stabbings?|attacks?|incidents?)\s+(?:\w+\s+)?"
    r"(?:occurred|came|comes?|happened|took place|follows|followed)\b",
    re.IGNORECASE,
)
#: The rest of the sentence tells of people shot: "Two people were shot Sunday";
#: not the suspect, shot by police in the same case ("The suspect was shot by
#: officers two days after a woman and her son were killed").
_SHOT_HERE = re.compile(
    r"(?<!suspect )(?<!gunman )(?<!shooter )(?<!attacker )(?<!killer )"
    r"\b(?:was|were|been|are|is)\s+(?:\w+\s+)?(?:shot|wounded)\b",
    re.IGNORECASE,
)
#: A clause that names another victim: "after another man was shot", "after
#: another child in Central Florida died".
_ANOTHER = re.compile(r"\s{0,3}(?:another|a separate|an unrelated)\b", re.IGNORECASE)
#: A clause about the same victims: "a day after he was shot", "after being
#: wounded", "hours after the shooting", "hours before the victim died", or
#: the attacker's acts of the same spree: "hours after the gunman killed his mother".
_SAME_VICTIMS = re.compile(
    r"\s{0,3}(?:(?:he|she|they|him|them|being|having|it|the (?:shooting|attack|incident))\b(?! deaths?\b)|"
    r"(?:the|both|all|one of the) (?:[\w-]+ )?victims?\b|"
    # the attacker's own acts earlier in a spree: "hours after the gunman killed his mother"
    r"(?:the (?:same )?)?(?:gunman|shooter|suspect|attacker|killer|(?-i:[A-Z][a-z]{1,20}))\s+(?:\w+\s+)?"
    r"(?:shot|killed|stabbed|murdered|opened fire|fatally)\b)",
    re.IGNORECASE,
)
#: How many time clauses of one sentence are read (keeps the cost linear).
_MAX_CLAUSES = 4
#: Where a clause after the main one ends.
_CLAUSE_END = re.compile(r";|\s[-\u2013\u2014]\s")


@lru_cache(maxsize=256)
def earlier_incident_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence tells of an earlier incident than its own: the clause
    after "a day after", "eight months after" and the like, when the rest of
    the sentence tells of a shooting of its own or the clause of another victim."""
    lower = text.lower()
    if "after" not in lower and "before" not in lower:
        return ()
    spans = []
    # a few clauses at most: each is checked against the whole sentence
    for match in islice(_TIME_AFTER.finditer(text), _MAX_CLAUSES):
        if _OPENING.fullmatch(text[: match.start()]):
            comma = text.find(",", match.end())
            if comma < 0:
                continue
            clause, rest = (match.end(), comma), text[comma:]
        else:
            end = _CLAUSE_END.search(text, match.end())
            # the rest keeps the matched words: "These shootings come after ..."
            clause, rest = (match.end(), end.start() if end else len(text)), text[: match.end()]
        head = text[clause[0] :]
        if _ANOTHER.match(head) or (
            not _SAME_VICTIMS.match(head) and (_OWN_INCIDENT.search(rest) or _SHOT_HERE.search(rest))
        ):
            spans.append(clause)
    return tuple(spans)
