"""The one victim hurt that a sentence implies without a number ("a man was
shot", "a teen was wounded").

Takes one sentence and the death :mod:`streams.enrich.single_victims` found
in it; emits a count record of the victim hurt (or shot, fate unknown) besides
the dead, and tells whether a victim is one besides those counted before
("another", "a fourth victim", a relative taken to hospital). Split from
:mod:`streams.enrich.single_victims`, which reads the one death and asks this
module for the one hurt. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from streams.enrich.count_phrases import HOSPITAL
from streams.enrich.count_record import count_record
from streams.enrich.sentences import Sentence, overlaps
from streams.enrich.survivor_phrases import SURVIVED

#: "Father of 4", "mother of three": a parent named by the number of children.
OF_CHILDREN = r"(?:\s+of\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
_SINGLE_SHOT = re.compile(
    r"\b(?:(?:was|has been|had been|is|being)\s+(?:\w+\s+){0,2}?|(?:man|woman|boy|girl|teen|"
    r"teenager|child|toddler|baby|person|officer|deputy|trooper|student|victim|juvenile|driver|"
    r"passenger|agent|player|worker|employee|bystander|guard|firefighter|pedestrian|motorist|"
    r"resident|patron|soldier|sergeant|detective|clerk|cashier|customer|\w+-year-old)"
    r"(?:,\s*\d{1,3},)?\s+(?:\w+\s+)?|"
    # "his father wounded"; never "father shot his son", where the father is the shooter
    r"(?:father|mother|son|daughter|wife|husband|brother|sister|girlfriend|boyfriend|grandmother|grandfather)"
    rf"{OF_CHILDREN}?\s+"
    r"(?=(?:wounded|injured|hurt|hospitali[sz]ed)\b(?!\s+(?:a|an|the|his|her|their|two|three|\d+)\b)))"
    r"(?<!\bto )(?:shot|wounded|injured|grazed|hurt|hospitali[sz]ed)\b(?! and killed| dead| to death)"
    # a player's shooting: "shot 40 percent from the field", "shot 7-of-12", "shot a 68",
    # "shot 3-under" (never "was shot 3 times")
    r"(?!\s+(?:\d{1,3}(?:\.\d)?\s?(?:%|percent\b)|\d{1,2}[- ](?:of|for)[- ]\d|"
    r"(?:an?\s+)?\d{1,2}-(?:under|over)\b|(?:even )?par\b|"
    # a round's score ends its clause or names its round: not "shot 15 feet from the gate"
    r"(?:an?\s+)?\d{2}\b(?=\s*(?:[,;]|\.(?!\d)|$)|\s+(?:in|on)\s+(?:the\s+)?(?:first|second|third|final|opening)\s+round)|"
    r"(?:[\w-]{1,20}\s+){0,2}?(?:from (?:the field|the floor|three|3-point|the line)|free throws?)\b))",
    re.IGNORECASE,
)
_ONE_PERSON = (
    r"(?:man|woman|boy|girl|child|teen|teenager|toddler|baby|infant|person|wife|husband|girlfriend|"
    r"boyfriend|son|daughter|mother|father|brother|sister|cousin|nephew|niece|uncle|friend|"
    r"neighbou?r|roommate|officer|deputy|trooper|clerk|customer|victim|suspect|student|relative|"
    r"agent|player|worker|employee|bystander|guard|firefighter|pedestrian|motorist|resident|patron|"
    r"soldier|sergeant|detective|cashier|"
    r"\d{1,2}-year-old|(?:him|her)?self)"
)
#: One person as the object of a shooting verb: "accidentally shoots woman",
#: "shot a 21-year-old man", "wounding her father", "shot himself in the leg".
#: Never "shot at a man" or "shot by a man".
_HURT_OBJECT = re.compile(
    r"\b(?:shot|shoots|shooting|graz(?:ed|es|ing)|str(?:uck|iking)|(?P<hurt>wound(?:ed|ing|s)|injur(?:ed|ing|es)))\s+"
    r"(?!(?:at|by|into|through|and|to|dead|in|on|up|out|back|multiple|once|twice|from|with)\b)"
    # "the shooting also left a boy dead": a noun, its clause's own verb, no object
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?!(?:also|left|leaves|leaving|that|which|who|was|is)\b)"
    r"[\w'-]{1,20}\s+){0,2}?"
    rf"{_ONE_PERSON}\b",
    re.IGNORECASE,
)
#: A team playing without a hurt player: "were without injured guard Lee", "minus
#: injured striker Ruiz" (an adjective, and a sports injury, no casualty).
_WITHOUT = re.compile(r"\b(?:without|minus|missing)\s+(?:(?:the|their|its|his|her)\s+)?$", re.IGNORECASE)
#: "the wounded man", "Injured teen": an adjective, not a verb with an object.
_ADJECTIVE = re.compile(r"(?:^|\b(?:a|an|the|his|her|their)\s+)$", re.IGNORECASE)
_TWO_PEOPLE = re.compile(
    r"\b(?:and|while) (?:his|her|their|a|an|the|another|\d{1,2}-year-old) |"
    rf",\s(?:(?:his|her|their|a|an|the)\s)?{_ONE_PERSON}\b|"  # "Husband and wife dead, daughter in hospital"
    # "Hall was pronounced dead; Verner was flown to a hospital": a second named person
    r";\s(?!(?:He|She|They)\b)(?-i:[A-Z][a-z]{1,20})\s(?:was|is|remains)\b",
    re.IGNORECASE,
)
#: A victim alive when the sentence was written but whose fate may change:
#: "found him with a gunshot wound", "in critical condition".
_WOUND = re.compile(
    r"\b(?:(?:with|suffering from|suffered|sustained|had|has)\s+(?:an?\s+|what appeared to be\s+)?"
    r"(?:(?:apparent|apparently|multiple|single|possible|self-inflicted|accidental|minor)\s+){0,2}"
    r"gun\s?shot wounds?|"
    r"(?<!fatally )(?:struck|hit|grazed|wounded) by (?:a |an )?(?:stray |errant )?"
    r"(?:bullets?|gunfire|gunshots?|shotgun pellets|shrapnel|bullet fragments)|"
    r"in (?:critical|serious|grave) condition|in (?:the )?hospital|in (?:a )?coma|on life support|"
    rf"(?P<hospital>(?:taken|rushed|transported|airlifted|flown|driven) (?:by [\w ]{{1,30}}? )?to {HOSPITAL}|"
    rf"(?:being )?treated (?:at|in) {HOSPITAL})|"
    r"fighting for (?:his|her|their) li(?:fe|ves))\b",
    re.IGNORECASE,
)
_ANOTHER = re.compile(r"\s{0,3}(?:another|an?(?:other)? second|the (?:second|other))\b", re.IGNORECASE)
#: "Police say a fourth victim, Ann Lee, is being treated": one more victim
#: than those the article counted before, never one of them.
_ORDINAL_VICTIM = re.compile(
    r"\b(?:a|the) (?:third|fourth|fifth|sixth|3rd|4th|5th|6th) (?:shooting |gunshot )?"
    r"(?:victim|person|man|woman|teen|teenager|boy|girl|child)\b",
    re.IGNORECASE,
)
#: A hospital trip of a relative ("the mother, Ann Lee, was taken to", "His
#: sister was treated at"): in murder-suicides and accidents the dead one is
#: named otherwise, so the relative is one more victim.
HOSPITAL_TRIP = re.compile(r"(?:taken|rushed|transported|airlifted|flown|driven|being treated|treated)\b")
_RELATIVE = re.compile(
    r"\b(?:the|his|her|their|the (?:girl|boy|child|victim|suspect|shooter|gunman)(?:'s|\u2019s)) "
    r"(?:mother|father|wife|husband|son|daughter|brother|sister|girlfriend|boyfriend|grandmother|"
    r"grandfather)\b(?:,[^,]{1,60},)? (?:was|had been|has been|is being) (?:\w+ )?$",
    re.IGNORECASE,
)
#: A second object of the same shooting verb: "shot himself and his son".
_AND_PERSON = re.compile(
    rf"(?:\s+and|,)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w'-]{{1,20}}\s+){{0,2}}?{_ONE_PERSON}\b"
    r"(?!\s+(?:was|were|is|said|says|told|charged|arrested|held|accused|faces|jailed|booked|sentenced|"
    r"pleads|in custody)\b)",
    re.IGNORECASE,
)


def hurt_victim(sentence: Sentence, killed: re.Match[str] | None) -> dict[str, Any] | None:
    """The one victim hurt (or shot, fate unknown) that the sentence implies
    apart from the ``killed`` victim, or None."""
    survived = bool(SURVIVED.search(sentence.text))
    found = [*_SINGLE_SHOT.finditer(sentence.text), *_HURT_OBJECT.finditer(sentence.text)]
    for hurt in [*found, *_WOUND.finditer(sentence.text)]:
        if killed is not None and overlaps([killed.span()], *hurt.span()):
            continue
        before = sentence.text[max(0, hurt.start() - 30) : hurt.start()]
        if hurt.re is _HURT_OBJECT and _WITHOUT.search(before):
            continue  # "without injured guard Lee"
        if hurt.re is _WOUND and hurt.group("hospital") and not _extra_victim(sentence.text, hurt, killed):
            continue  # "was rushed to the hospital, where she died": maybe the dead one
        between = _between(sentence.text, killed.span(), hurt.span()) if killed is not None else ""
        # "was wounded" leaves the outcome as open as "was shot" (the wounded often
        # die later in the article), unless the sentence names a second person
        verb = ("shot",) if _TWO_PEOPLE.search(between) else ("shot", "wounded", "injured", "hurt")
        shot = hurt.re is not _SINGLE_SHOT or hurt.group().lower().endswith(verb)
        if (
            killed is not None
            and hurt.re is not _HURT_OBJECT
            and not survived
            and not _TWO_PEOPLE.search(between)
        ):
            continue  # "the man injured in the shooting died": the dead victim himself
        if _TWO_PEOPLE.search(between):
            # "the girl died and her father is in critical condition"
            shot = shot and hurt.re is not _WOUND
        if hurt.re is _HURT_OBJECT and hurt.group("hurt") and killed is not None:
            # "wounded his son, then killed himself": someone other than the dead;
            # but "the wounded teen ... dies" is the dead one
            # "the wounding of his father" is a noun, not an adjective
            shot = not hurt.group("hurt").endswith("ing") and bool(
                _ADJECTIVE.search(sentence.text, 0, hurt.start())
            )
        explicit = not shot or survived
        if killed is None or explicit:
            kind = "injured" if explicit else "shot"
            value = 2 if _second_victim(sentence.text, hurt, found, killed) else 1
            return count_record(kind, value, "exact", sentence, hurt.start(), hurt.end())
    return None


def _extra_victim(text: str, hurt: re.Match[str], killed: re.Match[str] | None) -> bool:
    """Whether the victim a sentence takes to hospital is one besides those
    counted before ("A fourth victim was driven to a medical center"): only
    then does the trip tell of a victim, since the dead were taken there too."""
    return killed is None and besides_counted(text, hurt.start(), relative=True)


def besides_counted(text: str, start: int, relative: bool) -> bool:
    """Whether the victim named at ``start`` is one besides those counted before:
    "another", an ordinal ("a fourth victim") or, when ``relative``, a relative
    ("the mother, Ann Lee, was taken to")."""
    return bool(
        _ANOTHER.match(text)
        or _ORDINAL_VICTIM.search(text, 0, start)
        or (relative and _RELATIVE.search(text, 0, start))
    )


def _second_victim(
    text: str, hurt: re.Match[str], found: list[re.Match[str]], killed: re.Match[str] | None
) -> bool:
    """Whether the sentence hurts one more person besides ``hurt``: "shot
    himself and his son", "a woman was shot in the back and a boy was shot in
    the arm"."""
    if killed is None and _AND_PERSON.match(text, hurt.end()):
        return True
    if _shooting_chain(text, found, killed):
        return True
    later = [m.start() for m in found if m.start() >= hurt.end()]
    if not later or (killed is not None and min(later) >= killed.start()):
        return False
    return bool(_TWO_PEOPLE.search(text, hurt.end(), min(later)))


#: Two shootings told one after the other: "shot his girlfriend, then wounded an officer".
_THEN = re.compile(r",?\s+(?:and\s+)?then\s+", re.IGNORECASE)
#: The person told again ("then shot the man again"), not a second one.
_SAME_PERSON = re.compile(r"\w+\s+the\b", re.IGNORECASE)


def _shooting_chain(text: str, found: list[re.Match[str]], killed: re.Match[str] | None) -> bool:
    """Whether two objects of shooting verbs are joined by "then": two people
    hit, unless a death told after them may be one of them."""
    objects = [match for match in found if match.re is _HURT_OBJECT]
    for first, second in pairwise(objects):
        if killed is not None and killed.end() > first.start():
            continue  # "shot his wife, then wounded her son; she died": maybe one of them
        if _THEN.fullmatch(text, first.end(), second.start()) and not _SAME_PERSON.match(second.group()):
            return True
    return False


def another_person_between(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the text between two spans brings in another person ("... dead
    and her son wounded", "... dead, daughter in hospital")."""
    return bool(_TWO_PEOPLE.search(_between(text, first, second)))


def _between(text: str, first: tuple[int, int], second: tuple[int, int]) -> str:
    """The text from the end of the earlier span to the end of the later one,
    whose own first words may bring in the second person ("Man killed, boy
    injured")."""
    return text[first[1] : second[1]] if first[1] <= second[0] else text[second[1] : first[1]]
