"""Regex building blocks shared by the count extractors.

Takes nothing; emits regex source fragments (a number, a people noun, the
casualty words of each count kind, qualifiers such as "at least") and the
compiled :data:`AND_SELF`, so that :mod:`streams.enrich.counts`,
:mod:`streams.enrich.count_matches`, :mod:`streams.enrich.count_figures`,
:mod:`streams.enrich.single_victims`, :mod:`streams.enrich.single_hurt` and
:mod:`streams.enrich.victim_lists` read the same phrase the same way. All
fragments use bounded repetition only.
"""

from __future__ import annotations

import re

from streams.enrich.numbers import NUMBER_WORDS

#: Words before a figure and the qualifier each gives it.
QUALIFIERS = {
    "over": "at_least", "more than": "at_least", "at least": "at_least",
    "upwards of": "at_least", "nearly": "about", "almost": "about", "about": "about",
    "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "up to": "at_most", "as many as": "at_most",
    "fewer than": "at_most", "less than": "at_most",
}  # fmt: skip
QUAL_RE = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
#: A head count in digits or words; never "911", "$5", "5%", "1:45", "1.5" or "5/6".
NUM = (
    r"(?:(?<![\w$#./-])(?!911\b)(?:\d{1,3}(?:,\d{3})+|\d{1,6})"
    # a number word may follow a full stop with no space ("...in Menifee.Five people were shot")
    rf"|(?<![\w$#/-])(?<!\d\.)(?:{NUMBER_WORDS})(?:[ -](?:{NUMBER_WORDS})){{0,3}})(?![\w%:/-]|\.\d|,\d)"
)
PEOPLE = (
    r"(?:people|persons?|men|man|women|woman|children|child|kids?|students?|officers?|"
    r"soldiers?|civilians?|victims?|others|teens?|teenagers?|boys?|girls?|adults?|"
    r"nationals|suspects?|residents?|passengers?|workers?|bystanders?|troops|militants?|"
    r"protesters?|individuals?|members?|pilgrims?|miners?|fans|citizens|policemen|"
    r"guards?|juveniles?|males?|females?|infants?|babies|toddlers?|siblings|brothers|"
    r"sisters|lives|fatalities|casualties|deaths|gunmen|attackers|terrorists|journalists|"
    r"bailiffs?|deput(?:y|ies)|marines|sailors|servicemen|patrons|customers|employees|"
    r"co-?workers|relatives|friends|sons|daughters|cousins|neighbou?rs|hostages|inmates|"
    r"shoppers|partygoers|youths?|firefighters|more|\d{1,2}-year-olds?|spectators|motorists|drivers|"
    r"guests|attendees|revelers|agents|cops|troopers|clerks|cashiers|worshipp?ers|\w{3,8}goers|"
    r"hunters|players|teammates|pedestrians|tenants|roommates|visitors|campers|diners|security guards|"
    # people of general news: disasters, wars, crashes, crimes
    r"tourists?|climbers?|hikers?|swimmers?|surfers?|skiers?|cyclists?|bikers?|motorcyclists?|fishermen|villagers?|"
    r"migrants?|refugees?|pupils?|farmers?|travell?ers?|commuters?|crew(?:men| members?)?|rebels?|"
    r"insurgents?|prisoners?|detainees?|police|policeman|peacekeepers?|demonstrators?|protestors?|rioters?|mourners?|"
    r"teachers?|nurses?|doctors?|parents|grandchildren|wives|husbands|labou?rers?|pilots?|athletes?|"
    r"staff(?:ers?)?|linemen|paramedics?|volunteers?|reporters?|journalist|firefighter|parishioners?|"
    r"congregants?|assailants?|robbers?|intruders?|burglars?|carjackers?|homeowners?|judges?|lawyers?|"
    r"jurors?|officials|priests?|monks?|nuns?|lawmakers?|diplomats?|policewom[ae]n|constables?|gendarmes|"
    r"militiamen|jihadists?|personnel|jawans|classmates|colleagues|strangers|acquaintances|housemates|nephews|nieces|"
    r"grandparents|grandsons|granddaughters|stepsons|stepdaughters|uncles|aunts|girlfriends|boyfriends|"
    r"fianc[eé]es?|partners|schoolchildren|teenage(?:rs)?|elders|loved ones|contractors?|kidnappers|"
    r"abductors|bandits|pirates|smugglers|passers-?by|passersby)"
)
#: One person a headline names without a number: "Man, 3 girls shot".
ONE = (
    r"man|woman|boy|girl|teen|teenager|child|infant|baby|toddler|father|mother|dad|mom|son|daughter|"
    r"husband|wife|officer|deputy"
)
#: People named by their nation alone: "two soldiers and a Palestinian", "three Afghans".
NATIONALS = (
    r"(?-i:[A-Z][a-z]{1,20}(?:ans?|ese|is?|ish|ch)|Britons?|Kurds?|Turks?|Arabs?|Greeks?|Swiss|Thais?|Czechs?)\b"
    r"(?![-'])"
)
#: "taken to the hospital", "at Regional Medical Center".
HOSPITAL = (
    r"(?:an? |the )?(?:[\w.'-]+ ){0,3}(?:hospitals?|medical cent(?:er|re)|trauma cent(?:er|re)|(?-i:General))"
)
CONDITION = r"in (?:critical|serious|stable|grave|fair) condition"
#: Hit where a bullet seldom kills: "shot in the leg", "was hit twice in her left arm".
LIMB_WOUND = (
    r"(?:shot|wounded|hit|struck|grazed|injured)(?:\s+[a-z]{1,12}){0,3}?\s+in\s+(?:the|his|her)\s+"
    r"(?:(?:left|right|upper|lower)\s+)?(?:legs?|arms?|hands?|foot|feet|shoulders?|hips?|ankles?|thighs?|"
    r"buttocks?|knees?|wrists?|fingers?|toes?|elbows?|calf|calves|forearms?)\b"
)
#: "killed himself", "took her own life".
#: "turned the gun on himself", "turned his rifle on herself": a killer's suicide after the killing.
GUN_ON_SELF = (
    r"turn(?:s|ed|ing) (?:the|his|her) (?:gun|weapon|firearm|handgun|pistol|rifle|shotgun|revolver) "
    r"on (?:him|her)self"
)
#: What one dies of after a wound: "of his injuries", "from a gunshot wound", "of wounds".
OF_WOUNDS = (
    r"(?:of|from)\s+(?:(?:his|her|their|the|a)\s+)?(?:[\w-]{1,20}\s+){0,2}?(?:injuries|injury|wounds?)\b"
)
#: Headlines drop the pronoun: "kills self", "then fatally shoots self".
SELF_KILLED = (
    r"(?:kill(?:s|ed|ing) (?:him|her)?self\b(?!-)|fatally (?:shoots|shot|shooting) (?:him|her)?self\b(?!-)|"
    r"(?:took|takes|taking) (?:his|her) own life)"
)
#: The killer named before his killing: "Teen suspect in the murder of a girl",
#: "Husband suspected of slaying wife", "man who fatally shot". Ends where the
#: killing's mention starts (searched with ``$`` on the text before it).
KILLER_BEFORE = re.compile(
    # never a relative of him: "Mother of suspect in murder of teen dies"
    r"(?<!\bof )(?<!\bof the )(?<!\bof a )"
    r"\b(?:(?:suspect(?:ed)?|accused|gunman|shooter|killer)\b(?:\s+[\w'\u2019.-]{1,20}){0,5}?|"
    r"\b(?:man|woman|father|mother|husband|wife|boyfriend|girlfriend|son|teen|boy|\d{1,2}-year-old) who"
    r"(?:\s+(?:allegedly|police say))?)\s+$",
    re.IGNORECASE,
)
#: The killer's own death of his wounds told right after his killing's victims:
#: "... wife and son dies in hospital", "... of a girl succumbs". No comma nor
#: relative clause between ("killed a clerk, who died" is the clerk); a bare
#: "dies" is not enough: "Man accused of killing wife dies" may be years later,
#: in a nursing home. Dies in hospital, of his wounds, in a standoff or shootout.
KILLER_DIES = re.compile(
    r"(?:\s+(?!(?:who|which|that|and|where|after|when|while)\b)[\w'\u2019-]{1,20}){0,3}?\s+"
    r"(?:(?:has|had|have)\s+(?:now\s+|since\s+|also\s+|later\s+)?)?"
    r"(?:(?:dies|died|is dead)\s+(?:(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w-]{1,20}\s+)?hospital|"
    rf"{OF_WOUNDS}|"
    r"after\s+(?:being\s+)?shot|(?:in|after)\s+(?:(?:a|an|the)\s+)?(?:[\w-]{1,20}\s+)?"
    r"(?:standoff|shootout|gunfight|exchange of gunfire))|succumbs|succumbed)\b",
    re.IGNORECASE,
)
#: Whose word the harm is, between the verb and the wound: "sustained what police
#: say are minor injuries", "suffered what appeared to be gunshot wounds".
WHAT_SAID = (
    r"(?:what (?:[\w-]+ ){0,3}?(?:described as|called|termed|appeared to be|appear to be|"
    r"seemed to be|are|were|was|is|to be) )"
)
#: The casualty words after a figure, one named group per count kind.
KIND_WORDS = {
    "killed": r"killed|dead|died|die|dies|slain|murdered|fatally (?:shot|wounded|stabbed|injured)|"
    r"shot (?:to death|dead|and killed)|shot, killed|"
    r"lost their lives|lives lost|lost|perished|fatalities|deaths|deceased|fatally|"
    r"(?:pronounced|declared) dead|martyred|"
    # deaths told by their manner, never one survived ("nearly drowned" has no AUX word)
    # nor a verb with an object ("drowned out the speech", "suffocated her")
    r"(?:(?:burn(?:ed|t)|crushed|trampled|beaten|stabbed|hacked|bludgeoned|froze|frozen|starved|strangled|"
    r"mauled) to death|burn(?:ed|t) alive|(?:drowned|suffocated|asphyxiated|electrocuted)"
    r"(?!\s+(?:out|in debt|him|her|them|it|the|a|an|his|their|its)\b)(?![^.;]{0,40}\bsurviv))",
    "injured": rf"injured|wounded|hurt|injuries|hospitali[sz]ed|recovering|{CONDITION}|"
    r"(?:being )?treated for (?:\w+ )?(?:injuries|wounds|burns)|"
    r"with (?:serious|minor|critical|non-?life[- ]threatening|life[- ]threatening) (?:injuries|wounds)|"
    rf"(?:suffer|sustain)(?:ed|ing)? (?:from )?{WHAT_SAID}?"
    r"(?!(?:(?:from|an?|apparent|multiple) ){0,3}gunshot)"
    r"(?:[\w-]+ ){0,3}?(?:gunshot )?(?:wounds|injuries|burns)|"
    r"(?:(?:taken|transported|rushed|airlifted|went) to|treated (?:at|in)|(?:at|in)(?= (?:\w+ hospital|the))|"
    r"released from|(?:arrived|walked) (?:at|in|into))"
    rf" {HOSPITAL}",
    # "found three men suffering from gunshot wounds": some may have died
    "shot": r"shot(?! (?:and killed|dead|to death)|, killed)|(?:struck|hit|grazed) by (?:gunfire|bullets)|"
    rf"(?:suffer|sustain)(?:ed|ing)? (?:from )?{WHAT_SAID}?"
    r"(?:(?:an?|apparent|multiple) ){0,2}gunshot wounds?",
    "arrested": r"arrested|detained|in custody|taken into custody|apprehended|charged",
    "missing": r"missing|unaccounted for",
    "displaced": r"displaced|homeless|evacuated|fled their homes",
    "kidnapped": r"kidnapped|abducted|taken hostage|held hostage",
}
KIND_ALT = "|".join(f"(?P<{k}>{v})" for k, v in KIND_WORDS.items())
#: "five people who were hurt": a relative clause, never "two men who shot".
AUX = r"(?:(?:who|that)\s+(?=(?:were|was|are|is|have|has|had|died|later died)\b))?"
#: "17 people had died", "two people have since died": the plural perfect of dying (never
#: the date in "one of five people shot October 27 has died"), of no other verb ("two men
#: had shot at the house" counts no victims).
AUX += r"(?:(?:have|had)\s+(?:(?:since|now|also|all|both|later)\s+)?(?=(?:died|perished)\b))?"
AUX += r"(?:(?:were|was|have been|has been|had been|are|is|being|got|now|reportedly|also|"
AUX += r"all|later|each|critically|seriously|badly|both|confirmed|reported|still|found|accidentally|"
AUX += r"severely|gravely|slightly|lightly|mildly|moderately|left|"
AUX += r"listed|remain|remains|remained|allegedly|apparently)\s+){0,3}"
#: A unit a number names after the people it qualifies: "two constables from Precinct 5".
UNIT_LABEL = (
    r"(?-i:Precinct|District|Ward|Station|Company|Battalion|Platoon|Squadron|Regiment|Brigade|Division|"
    r"Troop|Unit|Sector|Zone|Gate|Terminal|Platform|Pier|Berth|Grade)"
)
#: A short aside between subject and verb: "four teens, one fatally, were shot",
#: or the ages of those counted.
ASIDE = (
    r"(?:,\s*(?:[\w'-]{1,20}\s+){0,3}[\w'-]{1,20},|"
    # "four troops including the gunman (were) dead": those counted, one named among them;
    # never a clause of its own ("four people including a man who was killed")
    r"\s+including\s+(?:(?!(?:who|whom|which|that|where|when|while|and|but|was|were|is|are|had|have|has)\b)"
    r"[\w'-]{1,20}\s+){0,3}?(?!(?:who|whom|which|that|where|when|while|and|but)\b)[\w'-]{1,20}(?=,?\s)(?!,?\s+(?:who|whom|which|that)\b)|"
    # "three people, including a teacher and a guard, were": members named among
    # those counted, set off by commas (never a clause of its own)
    r",\s*including\s+(?:(?!(?:who|whom|which|that|where|when|while|but|was|were|is|are|had|have|has)\b)"
    r"[\w'-]{1,20}\s+){1,7}?[\w'-]{1,20},|"
    # "three victims, a 25-year-old man, a 26-year-old man and a 33-year-old man, were"
    r"(?:,?\s*(?:and\s+)?(?:an?\s+)?\d{1,3}-year-old(?:\s+[\w'-]{1,20})?){2,4},|"
    # "two constables from Precinct 5 were shot": their unit
    rf"\s+(?:from|of|at|with|in)\s+(?:the\s+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|(?-i:[A-Z][\w'-]{{1,20}}))\s+){{0,2}}?"
    rf"{UNIT_LABEL}(?:\s{{1,2}}\d{{1,4}})?(?=,?\s)|"
    # "four people \u2014 including a 14-year-old boy and a woman \u2014 were shot"
    r"\s+(?:\u2014|\u2013|--?)\s+[^\u2014\u2013.;]{1,120}?\s+(?:\u2014|\u2013|--?)|"
    # "five members of one family were killed": whose they are
    r"\s+of\s+(?:(?:a|an|the|one|his|her|their|same)\s+){1,2}(?:[\w'-]{1,20}\s+){0,2}?"
    r"(?:family|household|band|team|crew|club|congregation)(?=\s+(?:were|are|had been|have been)\s)|"
    # "four men coming from a funeral were shot": where they were going or what they did,
    # told right before the verb; never a clause of its own ("two men leaving a bar
    # where a woman was killed")
    r"\s+(?:coming|leaving|returning|heading|walking|standing|sitting|riding|attending|gathered|"
    r"hanging|celebrating|waiting)\s+(?:(?!(?:who|whom|which|that|where|when|while|and|but|after|"
    r"was|were|is|are|had|have|has|been|killed|dead|died|injured|wounded|hurt|shot)\b)"
    r"[\w'\u2019-]{1,20}\s+){1,8}?(?=(?:were|are|had been|have been)\s))?"
)
#: Words that never sit between a number and its people noun: "WAVE 3 News
#: the man died" is no count of three.
_FUNCTION_WORDS = (
    "the|his|her|their|its|this|that|of|in|on|at|and|or|to|from|with|by|for|who|was|were|after|before|"
    # "2 arrested after child shot": a figure's own verb ends its noun phrase
    "arrested|charged|killed|dead|injured|wounded|shot|hurt"
)
#: A word between a number and its noun ("two young men"), never a second
#: number: "four days three people dead" counts three people.
MODIFIER = (
    rf"(?:\d{{1,2}}-year-old|(?!(?:{NUMBER_WORDS}|days?|weeks?|months?|years?|hours?|{_FUNCTION_WORDS})\b)"
    r"[A-Za-z'-]{2,20})"
)
#: "... and himself", "two children, then herself", "two sons in the car before
#: shooting himself", a headline's "kills his 2 sons, self": the killer is among the dead.
AND_SELF = re.compile(
    r"(?: [a-z'-]{2,20}){0,4}?(?:,? (?:and|and then|then|before (?:killing|shooting|fatally shooting|"
    r"turning (?:the|his|her) (?:gun|weapon|firearm|handgun|pistol|rifle|shotgun|revolver) on))|,) "
    r"(?:then )?(?:him|her)?self\b(?!-)"
)

#: "a quadruple shooting", "double homicide": the victim count in one word.
MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}

#: "officers found four victims", "two other shooting victims": people hit,
#: some of whom may have died. A bare "victims" counts only after "found".
VICTIMS_FOUND = re.compile(
    rf"(?P<found>\b(?:found|located|discovered)\s+)?(?P<num>{NUM})\s+(?:\(\d{{1,2}}\)\s+)?(?:other\s+)?"
    r"(?(found)(?:(?:shooting|gunshot)\s+)?|(?:shooting|gunshot)\s+)(?P<noun>victims)\b",
    re.IGNORECASE,
)
