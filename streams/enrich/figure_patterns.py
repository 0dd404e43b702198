"""The patterns that find a casualty figure in a sentence, and the order they are tried in.

Takes nothing; holds compiled patterns for :mod:`streams.enrich.counts`, which
runs them over each sentence and hands every match to
:mod:`streams.enrich.count_matches`. Split from ``counts`` so that module holds
the reading of an article, this one the phrasings. All patterns use bounded
repetition only: no catastrophic backtracking on adversarial text.
"""

from __future__ import annotations

import re

from streams.enrich.count_phrases import (
    ASIDE,
    AUX,
    CONDITION,
    HOSPITAL,
    KIND_ALT,
    MODIFIER,
    MULTIPLE,
    NATIONALS,
    NUM,
    ONE,
    PEOPLE,
    QUAL_RE,
    VICTIMS_FOUND,
)
from streams.enrich.numbers import ORDINAL_VALUES
from streams.enrich.ordinal_victims import ORDINAL, ORDINAL_HURT

#: "137 dead", "two people were killed", "Four Tajik nationals, now in custody", "two of them
#: were killed".
_AFTER = re.compile(
    # "dozens of people were hurt"
    rf"(?:(?P<qual>{QUAL_RE})\s+)?(?P<num>{NUM})(?:(?:(?<=dozens)|(?<=scores)|(?<=hundreds)|(?<=thousands))\s+of)?\s+"
    # "two of them were killed": part of those told before
    # "three Palestinians were killed": people named by their nation
    rf"(?:of\s+them\s+|(?:{MODIFIER}\s+){{0,2}}?(?P<noun>{PEOPLE}\b|{NATIONALS}){ASIDE},?\s*)?{AUX}(?:{KIND_ALT})\b",
    re.IGNORECASE,
)
#: "killing 137 people", "wounding two", "claimed 130 lives", "killed his two sons",
#: "fatally shooting three people", "killing all 6 people aboard", "took the lives of five
#: people", "went on to injure three others", a headline's "Gunman shoots 3 people" (not
#: "tried to injure two officers": an intent, no outcome; nor "the attempted murders of five
#: people", a charge for those who lived).
_BEFORE = re.compile(
    r"\b(?P<verb>(?<!attempted )(?<!attempted first-degree )(?<!attempted second-degree )"
    r"(?:killings?|murders?|deaths?|woundings?) of|kill(?:ed|ing|s)|"
    r"(?:claim(?:ed|ing|s)|t(?:ook|akes?|aking)) the lives of|claim(?:ed|ing|s)|"
    r"fatally (?:shot|shooting|shoots|wounded|wounding)|"
    r"wound(?:ed|ing|s)|injur(?:ed|ing|es)|(?<=on to )injure|(?<=and )injure|"
    r"arrest(?:ed|ing|s)|detain(?:ed|ing|s)|abduct(?:ed|ing|s)|kidnapp(?:ed|ing)|"
    r"shootings? of|shot|shooting|shoots?|injuries to)\s+(?:(?:his|her|their|another|all)\s+)?"
    rf"(?:(?P<qual>{QUAL_RE})\s+)?(?P<num>{NUM})"
    # never across a second verb ("killed 30 and wounded more than 70") nor a time ("injured
    # 12 hours after police ...")
    rf"(?:\s+(?:(?!(?:and|or|but|wound(?:ed|ing)|injur(?:ed|ing)|kill(?:ed|ing)|hurt|after|before|ago|"
    rf"(?:year|month|week|day|hour|minute|decade)s?)\b)[A-Za-z'-]{{2,20}}\s+){{0,2}}?"
    rf"(?P<noun>{PEOPLE})\b)?",
    re.IGNORECASE,
)
#: A capitalised name ("Lee"), only where "and N other ..." follows: one more person.
_NAMED = (
    # a name, not a plural noun opening the sentence ("Firefighters and two other people")
    rf"(?-i:(?!(?:The|Police|Officers|Officials|Authorities|Deputies|They|He|She|It)\b)[A-Z][a-z'-]{{2,20}}(?<!s))"
    rf"(?=(?:,\s*\d{{1,2}},?)?\s+and\s+(?:{NUM})\s+others?\b)"
)
#: "nine officers and two civilians were injured", "a man and a woman were killed",
#: "he and two other people are in stable condition" (three), "Ann Lee and two other
#: people", "3-year-old and four adults shot",
#: "2 adults, 2 children shot" (a comma pair: never "four men, a 30-year-old, was").
_PAIR = re.compile(
    # never members named "including" among a group counted before them
    r"(?<!including )"
    rf"(?:(?P<num1>{NUM})\s+(?:{MODIFIER}\s+){{0,2}}?(?:{PEOPLE}|{NATIONALS})|\b(?P<one>{ONE}|he|she|\d{{1,2}}-year-old|{_NAMED})"
    rf"(?:,\s*\d{{1,2}},?)?|(?<![\w'-])(?:(?:his|her|their)\s+)?(?P<two>parents|grandparents))"
    rf"(?P<sep>,|\s+and)\s+(?:(?P<qual>{QUAL_RE})\s+)?"
    rf"(?P<num>{NUM})\s+(?:(?:{MODIFIER}\s+){{0,2}}?(?P<noun>{PEOPLE})\b|(?P<nation>{NATIONALS}))"
    rf"{ASIDE}(?P<comma>,?)\s*{AUX}(?:{KIND_ALT})\b",
    re.IGNORECASE,
)
#: "Two bailiffs and the shooter are dead", "2 bailiffs, shooter dead": the killer is
#: one more dead besides the figure. (Not the reverse order: "Gunman & 3 hostages shot,
#: killed" stays three, as the rules' tests expect.)
_FIGURE_AND_KILLER = re.compile(
    rf"(?P<num>{NUM})\s+(?:{MODIFIER}\s+){{0,2}}?(?P<noun>{PEOPLE})(?:,?\s+(?:and|&)|,)\s+"
    rf"(?:the\s+)?(?:suspect|shooter|gunman|attacker)\s+{AUX}(?:dead|killed|slain|shot dead|shot to death)\b",
    re.IGNORECASE,
)
#: "one man dead and another wounded": one more victim besides the dead.
_ANOTHER_HURT = re.compile(
    rf"(?:^\s*|\b(?:and|while|with)\s+)another(?:\s+(?:{MODIFIER}\s+){{0,2}}?{PEOPLE})?(?:,\s*\d{{1,3}},)?\s+{AUX}"
    rf"(?P<what>injured|wounded|hurt|shot|{CONDITION}|"
    rf"(?:taken|rushed|transported|airlifted) to {HOSPITAL})\b|"
    # "killing one man and wounding another"
    r"\b(?P<verb>wound(?:ed|ing)|injur(?:ed|ing))\s+another\b(?!\s+(?:shooting|incident|attack|time))",
    re.IGNORECASE,
)
#: "he was shot along with three others": the others and him.
_ALONG = re.compile(
    rf"\b(?P<what>shot|wounded|injured|hurt|killed)\s+along\s+with\s+(?P<num>{NUM})\s+"
    rf"(?:(?:{MODIFIER}\s+){{0,2}}?(?P<noun>{PEOPLE})\b)?",
    re.IGNORECASE,
)
#: "a quadruple shooting", "double homicide": the victim count in one word.
_MULTI = re.compile(
    rf"\b(?P<num>{'|'.join(MULTIPLE)})[- ](?P<what>shooting|homicide|murder|slaying|killing)\b",
    re.IGNORECASE,
)
#: "four teens, one fatally, were shot".
_FATALLY = re.compile(rf"(?P<num>{NUM})\s+(?:of them\s+)?fatally\b", re.IGNORECASE)
#: "sent five people to the hospital", "paramedics rushed 3 people to a hospital",
#: "found two dead and transported one to the hospital"; never a service's tally over a
#: span of time ("transported 12,000 to hospitals last year", "in 2023").
_HOSPITAL = re.compile(
    rf"\b(?:sen(?:t|ding)|lands?|landed|put(?:s|ting)?|rush(?:ed|ing)|transport(?:ed|ing)|airlift(?:ed|ing))"
    rf"\s+(?P<num>{NUM})\s+(?:(?:[A-Za-z'-]{{2,20}}\s+){{0,2}}?(?P<noun>{PEOPLE})\s+)?"
    rf"(?:to|in)\s+{HOSPITAL}"
    r"(?![^.;]{0,60}\b(?:(?:last|this|each|every|per|a) (?:year|month|summer|winter|spring|fall|season)|"
    r"in (?:19|20)\d\d|annually|since (?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
#: "the death toll rose to 137", "death toll of 12", "the death toll from the apartment
#: fire rose to 17", a headline's "Death toll reaches 95".
_TOLL = re.compile(
    r"\b(?:death toll|number of (?:dead|deaths|fatalities|people killed))\s+(?:\w+\s+){0,6}?"
    r"(?:to|at|of|is|was|reach(?:ed|es)|hits?)\s+"
    rf"(?:(?P<qual>{QUAL_RE})\s+)?(?P<num>{NUM})",
    re.IGNORECASE,
)
#: A verb of killing whose object a headline names next: "Man kills wife, son wounded"
#: is no pair of wounded (the wife is dead; "Man kills wife, son dead" is a pair). Not
#: "stabs", "shoots", "attacks": their object is hurt as the next person is.
_KILLS = r"(?:kill(?:s|ed)?|murder(?:s|ed)?|slays?|slew)"
#: Headline pairs without determiners: "Husband, wife found dead", "Mother and
#: 3-year-old son shot dead" (never a verb's objects: "Man kills wife, son wounded").
_BARE_PAIR = re.compile(
    rf"(?:^|:\s)(?:(?!{_KILLS}\s[^.;:]{{0,60}}?\b(?:wounded|injured|hurt)\b)[\w'.-]{{1,20}}\s+){{0,2}}?(?:{ONE})(?:,\s*\d{{1,2}},?)?(?:,|\s+and)\s+(?:(?:his|her|their)\s+)?"
    rf"(?:\d{{1,2}}-year-old\s+)?(?:{ONE})(?:,\s*\d{{1,2}},?)?\s+(?:(?:found|were|are)\s+)?"
    r"(?P<what>shot dead|shot to death|fatally shot|killed|dead|slain|murdered|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
#: "Both victims were treated and released", "Both the child and the man were
#: taken to the hospital": two people hurt, the figure told by "both".
_BOTH = re.compile(
    r"\bboth(?: of them| victims| the [\w-]{1,20}(?: [\w-]{1,20})? and the [\w-]{1,20}(?: [\w-]{1,20})?)?"
    r"\s+(?:were|are)\s+(?:(?:also|later|then|being|believed to be|said to be)\s+){0,2}"
    rf"(?:(?:taken|transported|rushed|airlifted|flown) to {HOSPITAL}|treated and released|hospitali[sz]ed|"
    r"expected to (?:survive|recover|be (?:ok|okay|fine))|"
    r"(?:in )?(?:stable|good|fair|serious|critical) condition|"
    rf"at {HOSPITAL})",
    re.IGNORECASE,
)
#: Tried in this order; a later pattern never reuses a number an earlier one took.
PATTERNS = (
    (_MULTI, "multi"), (ORDINAL, "ordinal"), (ORDINAL_HURT, "ordinal_hurt"), (_BOTH, "both"),
    (_ANOTHER_HURT, "another"), (_ALONG, "along"), (_FIGURE_AND_KILLER, "killer"),
    (_BARE_PAIR, "bare_pair"), (_PAIR, "pair"), (_TOLL, "toll"), (_FATALLY, "fatally"),
    (_HOSPITAL, "hospital"), (_AFTER, "after"), (_BEFORE, "before"), (VICTIMS_FOUND, "found"),
)  # fmt: skip
#: A word some patterns cannot match without (one of them, lower case): a
#: cheap substring test skips them on the many sentences that lack it.
NEEDS: dict[str, tuple[str, ...]] = {
    "multi": tuple(MULTIPLE), "ordinal": tuple(ORDINAL_VALUES), "ordinal_hurt": tuple(ORDINAL_VALUES),
    "both": ("both",), "another": ("another",),
    "along": ("along",), "toll": ("toll", "number of"), "fatally": ("fatally",), "found": ("victims",),
    "pair": (",", "and"), "bare_pair": (",", "and"),
    "hospital": ("hospital", "medical cent", "trauma cent", "general"),
    "killer": ("suspect", "shooter", "gunman", "attacker"),
}  # fmt: skip
