"""Phrases telling that a victim lived, or that nobody was hurt.

Takes nothing; emits the compiled patterns :mod:`streams.enrich.single_victims`
and :mod:`streams.enrich.single_hurt` read a survivor with ("expected to recover", "in stable condition",
"survived the shooting"), :mod:`streams.enrich.counts` reads a sentence's
outcome with (:data:`SURVIVED`) and :mod:`streams.enrich.hurt_people`
tells the hurt apart with (one more hurt, a wounded suspect, the one victim
hurt who died since, a group told hurt who all died). Patterns use bounded repetition only.
"""

from __future__ import annotations

import re

from streams.enrich.count_phrases import OF_WOUNDS

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
    r"(?:none|neither) of (?:them|those|the \w+)(?: \w+)? (?:was|were) (?:\w+ )?"
    r"(?:hurt|injured|wounded|shot|struck)|"
    # "Neither driver was injured", "neither was hurt" (not "neither was seriously hurt": both were)
    r"neither (?:[\w-]+ )?(?:was|were) (?:(?!seriously|badly|critically|severely|gravely)\w+ )?"
    r"(?:hurt|injured|wounded|shot|struck))\b",
    re.IGNORECASE,
)
#: A hurt person told beside another: "a second man", "also", "and".
NOT_ALONE = re.compile(r"\b(?:another|second|other|others|also|and|both)\b", re.IGNORECASE)
#: A death after a wound: "succumbed", "has died", "died at the hospital".
DIED_OF_WOUNDS = re.compile(
    r"\b(?:succumbed|passed away|(?:has|had|later|since|subsequently) (?:\w+ )?died|"
    rf"died {OF_WOUNDS}|"
    r"died (?:at|in) (?:the|a) (?:\w+ )?hospital|"
    r"where (?:he|she) (?:later )?died|died (?:hours|days|a day) later)\b",
    re.IGNORECASE,
)
#: A person, first told ("a girl", "one man") or told again ("she", "the girl").
PERSON_TOLD = re.compile(
    r"\b(?:(?P<new>a|an|one)\s+(?:[\w-]{1,20}\s+){0,2}?|(?:the|this)\s+(?:[\w-]{1,20}\s+){0,2}?|(?=he\b|she\b))"
    r"(?P<noun>man|woman|boy|girl|teen|teenager|child|infant|baby|toddler|father|mother|son|daughter|husband|"
    r"wife|officer|deputy|person|victim|suspect|driver|passenger|student|patient|one|he|she)\b",
    re.IGNORECASE,
)
#: Someone a later "he" may mean: a noun phrase or a name after the first word.
OTHER_REFERENT = re.compile(r"\b(?:the|his|her|their|its|a|an)\s|(?<=\w )(?-i:[A-Z][a-z])", re.IGNORECASE)
#: Words told again of anyone hurt: "one injured ... he succumbed"; never "the
#: man" for "one person" ("one person was hospitalized ... the man who was swept
#: away has since died").
ANYONE = frozenset(("victim", "he", "she"))
#: One person by kind: "a 28-year-old woman", "the deputy sheriff", "woman" (a headline).
ONE_PERSON = re.compile(
    r"(?:\b(?P<det>a|an|one|the|another)\s+(?:[\w-]{1,20}\s+){0,2}?|(?<![\w-])(?=[A-Za-z]))"
    r"(?P<noun>man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|father|mother|son|daughter|"
    r"husband|wife|girlfriend|boyfriend|officer|deputy|trooper|sheriff|civilian|bystander|clerk|employee|"
    r"guard|driver|passenger|student|firefighter|agent|bailiff|customer|neighbou?r|brother|sister|"
    r"suspect|gunman|shooter|inmate)\b",
    re.IGNORECASE,
)
#: People told beside others: "two other people were hurt", "three others".
OTHER_PEOPLE = re.compile(r"\bother(?:s|\s+(?:people|persons|victims|men|women))\b", re.IGNORECASE)
#: One more person hurt: "was also shot", "also suffered a gunshot wound".
ALSO_HURT = re.compile(
    r"\balso\s+(?:been\s+|being\s+)?(?:shot|injured|wounded|hurt|hit|struck|suffered|grazed|expected to)\b",
    re.IGNORECASE,
)
#: One more person: "was also shot", "another deputy", "a second man".
ONE_MORE = re.compile(r"\b(?:also|another|second|third|fourth)\b", re.IGNORECASE)
#: Words of a suspect: a figure whose sentence names one may count them.
SUSPECT = re.compile(r"\b(?:suspects?|gunm[ae]n|shooters?|attackers?|assailants?)\b", re.IGNORECASE)
#: Gunfire from both sides: its hurt may count the suspect.
BOTH_SIDES = re.compile(
    r"\b(?:exchang\w{0,3} (?:of )?(?:gun)?fire|shoot-?outs?|gun ?fights?|gun battles?|returned fire|"
    r"traded (?:gun)?fire|firefights?)\b",
    re.IGNORECASE,
)
#: A suspect and a state of the hurt after it: "the suspect remains hospitalized"
#: (not "the brother of the shooter", nor "a man, who may have been a shooter").
SUSPECT_HURT = re.compile(
    r"(?<!\bof )(?<!\bbeen )(?<!\bwas )(?<!\bis )"
    r"\b(?:the|a|an) (?:[\w-]{1,20} ){0,2}?(?:suspect|gunman|shooter)\b(?P<between>[^.;]{0,80}?)"
    r"\b(?:hospitali[sz]ed(?! for (?:an? )?(?:psychiatric|mental|evaluation|observation|treatment of))|"
    r"in (?:critical|serious|stable|fair|good|grave) condition|gunshot wounds?|"
    r"non-life[- ]threatening)",
    re.IGNORECASE,
)
#: What tells that the state is someone else's: an attack or another person.
ATTACK = re.compile(
    r"\b(?:shot|fired|opened|struck|hit|stabbed|killed|attacked|wounded|wounding|injuring|shooting)\s+"
    r"(?!by\b|in\b|at least\b|once\b|twice\b|several\b|multiple\b)|"
    r"\b(?:victims?|man|woman|boy|girl|child|teen|teenager|officers?|deputy|person|people|bystander|clerk|"
    r"employee|wife|husband|girlfriend|boyfriend|son|daughter|mother|father)\b",
    re.IGNORECASE,
)
DEATH = re.compile(r"\b(?:died|dies|dead|death|killed|fatal\w*|slain|succumbed|pronounced)\b", re.IGNORECASE)
#: The whole group just told of died: "Both later died", "All three have since
#: died", "The two men succumbed"; at the start of a sentence, so that it tells
#: of the people the sentence before counted.
WHOLE_GROUP_DIED = re.compile(
    r"(?:both|all(?: (?P<all>two|three|four|five|six|\d{1,2}))?|the (?P<the>two|three|four|five|six|\d{1,2}))"
    r"(?: (?:of them|victims|men|women|children|boys|girls|teens))?"
    r" (?:(?:later|have|had|has|since|subsequently|then|also)\s+){0,2}"
    r"(?:died|succumbed|passed away)\b",
    re.IGNORECASE,
)
#: Every one of those hit lived: "those who were shot sustained non-life-threatening
#: injuries", "none of the injuries was life-threatening", "all of the victims are
#: expected to survive" (not "the other victims", who may be the rest after a death,
#: nor "the wounded", who lived by definition, nor a span that tells a death:
#: "all were taken to a hospital, where one later died and four survived").
ALL_SURVIVED = re.compile(
    r"\b(?:(?:those (?:who|that) were|everyone (?:who|that) was|all (?:who|that) were) (?:shot|hit)|"
    r"(?:all|each|every one) of the (?:victims|people shot)|(?:all|both) (?:two|three|four|five|six|"
    r"seven|eight|nine|ten|\d{1,2}|the) victims|both victims|"
    r"none of the (?:injuries|wounds|victims' injuries))\b"
    r"(?:(?!(?<!-)\b(?:died|dead|killed|fatal(?:ly)?|succumbed|passed away)\b)[^.;]){0,80}?"
    rf"(?:{NOT_LIFE_THREATENING}|expected to (?:recover|survive|live)|"
    r"(?:was|were|is|are) not life[- ]threatening|survived)",
    re.IGNORECASE,
)
