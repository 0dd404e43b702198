"""Phrases telling that a victim lived, or that nobody was hurt.

Takes nothing; emits the compiled patterns :mod:`streams.enrich.single_victims`
reads a survivor with ("expected to recover", "in stable condition",
"survived the shooting") and :mod:`streams.enrich.counts` reads a sentence's
outcome with (:data:`SURVIVED`). Patterns use bounded repetition only.
"""

from __future__ import annotations

import re

#: "she survived", "survived the shooting", "survived being shot"; not "is
#: survived by" (an obituary) nor "survived cancer" (a past illness).
SURVIVED_IT = (
    r"survived(?=\s{0,3}(?:[.,;:!?)\"'\u2019\u201d]|$|"
    r"(?:and|but|after|with|when|while|in|at|the|his|her|their|being|despite|thanks|multiple|gunshot|"
    r"injuries|wounds)\b|an? (?:[\w-]{1,20} )?(?:shooting|gunshot|bullet|attack|stabbing|wound)))"
)
#: Injuries that do not threaten life, however the sentence words it: "not
#: believed to be life-threatening", "does not have life-threatening injuries".
NOT_LIFE_THREATENING = (
    r"(?:non[- ]?|not |no )life[- ]threatening|"
    r"not (?:believed|thought|considered|expected) to be life[- ]threatening|"
    r"(?:does|did|do) not (?:have|suffer|sustain) (?:any )?life[- ]threatening"
)
#: A person as the subject of a condition ("the victim is recovering", "he is listed as
#: stable"), not "the town is still recovering" or "the economy is listed as stable".
_PERSON_BEFORE = (
    r"(?:he|she|(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|victim|officer|deputy|driver|"
    r"passenger|wife|husband|son|daughter|mother|father|brother|sister|friend|student|person|"
    r"(?-i:(?!(?:The|This|That|It|Its|Their|His|Her|A|An|Police|Officials)\b)[A-Z][a-z]{1,20}))"
    r"(?:,\s*\d{1,3})?,?)\s+(?:[\w'-]{1,20}\s+){0,5}?"
)
#: The one victim lived: "is expected to recover", "non-life-threatening injuries".
SURVIVED = re.compile(
    rf"\b(?:expected to (?:recover|survive|live)|{SURVIVED_IT}|survives|is recovering|"
    rf"treated and released|{NOT_LIFE_THREATENING}|"
    r"non-?fatal|(?:stable|fair|good) condition)\b",
    re.IGNORECASE,
)
#: A victim whose state the sentence describes without a shooting verb: "was
#: taken to hospital with non-life-threatening injuries", "is in stable
#: condition". Read only when the sentence
#: reports no death, since the same victim often dies later in it.
SURVIVOR = re.compile(
    rf"\b(?:{NOT_LIFE_THREATENING}|"
    r"expected to (?:survive|recover|live|be (?:ok|okay))|"
    rf"(?P<survived>{SURVIVED_IT})|{_PERSON_BEFORE}is (?:now |still )?recovering|treated and released|"
    rf"{_PERSON_BEFORE}(?:is |was |remains )?listed as (?:stable|fair|good)|"
    r"expected to make a (?:full )?recovery|"
    r"in (?:(?:critical|serious) (?:but|and) )?(?:stable|fair|good) condition|"
    r"(?:man|woman|boy|girl|teen|child|toddler|baby|victim|officer)(?:,\s*\d{1,3},)?\s+"
    r"(?:(?:is|in|remains|listed)\s+){0,2}stable|"
    r"(?:treated|hospitali[sz]ed) for (?:\w+ )?(?:injuries|(?:gunshot )?wounds?)|"
    r"wounding (?:a|an|the|his|her) \w+|hospitali[sz]es|"
    r"(?:released|discharged) from (?:the |a )?(?:\w+ )?hospital|"
    r"(?:shot|struck|hit|grazed|wounded|wounding|shooting) (?:him|her) (?:once |twice )?in (?:the|his|her) "
    r"(?:hand|leg|foot|finger|thigh|arm|knee|ankle|hip|shoulder|buttocks)|"
    # "man shoots own leg", "teen accidentally shoots his hand"
    r"shoot(?:s|ing)? (?:(?:his|her|their) )?(?:own )?(?:hand|leg|foot|finger|thigh|arm|knee))\b",
    re.IGNORECASE,
)
#: A plural subject: "the others were expected to survive", "They are in stable condition".
PLURAL_SUBJECT = re.compile(
    r"\b(?<!one of )(?<!one of the )(?:they|the others|others|both|the victims|victims|several|multiple|"
    r"(?-i:[A-Z][a-z]{1,20})(?:,\s*\d{1,3})?,? and (?:[\w'-]{1,20},? ){0,5}?(?:were|are))\b",
    re.IGNORECASE,
)
#: Words of a wound: "survived" without one may be said of someone unhurt.
HIT = re.compile(r"\b(?:injur|wound|shot|hit|struck|bullet|hospital|condition|surgery)", re.IGNORECASE)
NEGATED = re.compile(
    r"\b(?:no one|nobody|no deaths|no injuries|not (?:be )?"
    r"(?:injured|hurt|killed)|unharmed|"
    r"none of (?:them|those|the \w+)(?: \w+)? (?:was|were) (?:\w+ )?(?:hurt|injured|wounded|shot|struck))\b",
    re.IGNORECASE,
)
