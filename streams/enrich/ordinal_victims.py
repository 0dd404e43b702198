"""Victims told by their order: "a third victim died", "Toddler becomes fourth
to die in shooting", "a fifth victim was found later at a hospital".

Takes nothing; emits the compiled patterns :mod:`streams.enrich.counts` tries
among its count patterns. An ordinal says how many people the incident had
before this one; :func:`streams.enrich.count_selection.finalize_counts` decides
whether the article told of them. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re

from streams.enrich.count_phrases import HOSPITAL
from streams.enrich.numbers import ORDINAL_VALUES

_ORD = "|".join(ORDINAL_VALUES)
#: "a third victim died": as many dead as the ordinal says, unless the victim
#: did not succumb later and a stated injured figure accounts for the others
#: (:func:`streams.enrich.count_selection.finalize_counts`).
ORDINAL = re.compile(
    rf"\b(?P<num>{_ORD})\s+(?:(?:shooting|gunshot|teen|teenage|young|male|female|adult|child)\s+){{0,2}}"
    r"(?:victim|person|man|woman|teen|teenager|boy|girl|child|officer|deputy|student|patient)\s+"
    # "in Friday's shooting", "of the suspected teen shooter"
    r"(?:(?:in|of|from)\s+(?:[\w'.-]{1,20}\s+){0,5}?(?:shooting|attack|shooter|gunman|rampage)\s+)?"
    r"(?P<fate>(?:(?:has|also|later|now)\s+){0,2}"
    r"(?:dies|died|succumbs|succumbed|(?:is|was) (?:killed|dead)))\b|"
    # "Toddler becomes fourth to die in shooting"
    rf"\b(?P<becomes>bec(?:ame|omes?))\s+(?:the\s+)?(?P<nth>{_ORD})\s+(?:(?:victim|person)\s+)?to\s+die\b"
    # in one incident: not "the fourth to die in the race's history after a heart attack", "in
    # shark attacks this summer"
    r"(?=\s+(?:in|after|from)\s+(?:(?!history\b)[\w'.-]{1,20}\s+){0,5}?(?<!heart )(?<!shark )(?<!bear )"
    r"(?:shooting|attack|rampage)\b(?!\s+(?:this|since|so far|in (?:the )?[\w']+ history)\b))",
    re.IGNORECASE,
)
#: "a fifth victim was found later at a hospital", "a fourth man, 31, was shot in the leg":
#: as many people hit as the ordinal says, the dead among them; never "the third
#: child was not hurt", "a second officer shot the boy" nor "the second person shot this year".
ORDINAL_HURT = re.compile(
    rf"\b(?P<one>(?P<the>the)|an?)\s+(?P<num>{_ORD})\s+"
    r"(?:(?:shooting|gunshot|male|female|adult|young|juvenile|teen|teenage)\s+){0,2}"
    # "the second officer" may be one who was not hit; "the fourth victim" was
    r"(?:(?P<victim>victim)|(?(the)(?!)|(?:person|man|woman|teen|teenager|boy|girl|child|officer|deputy|"
    r"student|male)))\b"
    # an aside: "a fourth man, 31,", "a fifth person with a gunshot wound", "who was struck by gunfire"
    r"(?:,\s*[^,.;]{1,40},|(?P<wound>\s+with\s+(?:an?\s+)?(?:gunshot|bullet)\s+wounds?|"
    r"\s+who\s+(?:was|had been)\s+(?:shot|wounded|(?:struck|hit) by (?:gunfire|a (?:stray )?bullet))))?\s+"
    r"(?:(?:was|were|is|had been|has been)\s+(?:(?:also|later|then|reportedly|critically|seriously)\s+){0,2}"
    r"(?:shot|wounded|injured|hurt|grazed|(?:struck|hit) by (?:gunfire|a (?:stray )?bullet))\b"
    r"(?!\s+(?:at|down)\b)|"
    r"(?:suffered|sustained|had)\s+(?:[\w-]+\s+){0,3}?(?:wounds?|injur(?:y|ies))\b|"
    r"(?:(?:was|is)\s+(?:listed\s+)?in\s+(?:critical|serious|stable|fair|good|satisfactory)\s+condition)|"
    r"(?:(?:was|were)\s+(?:(?:also|later|then)\s+)?)?(?:taken|transported|rushed|airlifted|"
    # found at a hospital: hurt only with a wound told (not "where he works", "casting her vote")
    r"(?(wound)(?:found|located|(?:showed|turned) up)|"
    r"(?(victim)(?:found|located|(?:showed|turned) up)|(?!)))|"
    r"(?:drove|took|brought|checked)\s+(?:him|her)self)\s+(?:later\s+)?"
    rf"(?:to|at|into|in)\s+{HOSPITAL}"
    r"(?!\s+(?:for (?:an? )?(?:evaluation|checkup|check-up|observation)|as a precaution)))"
    # "the second victim was taken to a hospital, where he died": one more dead, told elsewhere
    r"(?![^.;]{0,60}\b(?:died|dies|pronounced dead|succumbed)\b)",
    re.IGNORECASE,
)
