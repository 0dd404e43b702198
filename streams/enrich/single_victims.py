"""Victims that a sentence implies without a number ("a man was shot and killed").

Takes one sentence; emits count records of value 1 (2 for a murder-suicide)
marked ``single`` so that stated figures outrank them. "was shot" leaves the
outcome open (internal kind ``shot``) unless the sentence says the victim
lived. This module reads the one death and the killer's own (a murder-suicide);
:mod:`streams.enrich.single_hurt` reads the one victim hurt besides the dead.
Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.count_phrases import GUN_ON_SELF, KILLER_BEFORE, KILLER_DIES, SELF_KILLED
from streams.enrich.count_record import count_record
from streams.enrich.sentences import Sentence
from streams.enrich.single_hurt import HOSPITAL_TRIP, OF_CHILDREN, besides_counted, hurt_victim
from streams.enrich.survivor_phrases import HIT, NEGATED, PLURAL_SUBJECT, SURVIVOR

#: "a man was shot and killed", "girl shot and killed", "Smith died": one victim
#: when the sentence gives no number.
_SINGLE_KILLED = re.compile(
    r"\b(?:shot and killed|fatally (?:shot|shoots|wounded|stabbed|injured|struck|hit)|shot dead|deceased|"
    r"shot to death|(?:pronounced|declared) (?:clinically |brain )?dead|brain dead|found dead|shot, killed|"
    r"taken off (?:of )?life support|(?:'s|\u2019s) death(?! penalty| sentence| row)|"
    # "shooting and killing a clerk"; never the nouns of "all this shooting and killing going on"
    r"(?:shooting|shot) and killing(?=\s+(?:a|an|the|his|her|their|one|\d|(?-i:[A-Z])))|fatally shooting|"
    r"stabbed to death|beaten to death|"
    r"(?:was|were|been|is) (?:\w+ )?(?:killed|murdered|slain)|died|dies|succumbed|"
    r"(?:shooting|stabbing) death|(?<!attempted )murder-suicide|killing (?:his|her|their|a|an|the) \w+|"
    r"(?:is|was) dead|dead on arrival|one dead|"
    # "a fatal shooting", "the deadly Lacey-area bar shooting", "a fatal hunting accident"
    r"(?<!non-)(?<!non)(?:fatal|deadly) (?:[\w'-]{1,20} ){0,3}?"
    r"(?:shooting|stabbing|shootout|attack|accident)|"
    r"(?:hunting|accidental|gun) death|murder victim|"
    r"(?<!non-)(?<!non)fatal (?:shooting |gunshot )?victim\b(?!s)|"
    r"ruled (?:(?:the|his|her) (?:death|killing) )?(?:a )?homicide|"
    r"body (?:was |has been |had been )?(?:found|discovered|recovered)|"
    rf"{SELF_KILLED}|"
    r"(?:did not|didn't|did n't) survive|passed away|mortally (?:wounded|wounding|shot)|"
    r"(?<!attempted )manslaughter|homicide victim|gunshot death|"
    r"(?:claim(?:s|ed)|takes?|took) (?:the )?life of|(?:shooting|gunfire|bullet) claims|"
    # "police kill gunman": the killer is a victim too; never "killing suspect" (a suspect in a killing)
    # not the infinitive of intent: "tried to kill the robber", "a plot to kill the suspect"
    r"(?<!\bto )kill(?:s|ed)? (?:(?:a|an|the) )?(?:[\w'-]{1,20} )?"
    r"(?:gunman|shooter|attacker|assailant|robber|intruder|burglar|suspect)|"
    r"(?:murder(?:ed|ing|s)?|deaths? of|killings? of|kill(?:s|ed|ing)) (?:of )?"
    r"(?:(?:a|an|the|his|her|their) )?"
    r"(?:[\w'-]{1,20} ){0,2}?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|person|"
    r"student|officer|father|mother|son|daughter|wife|husband|girlfriend|boyfriend|friend|brother|"
    r"sister|cousin|nephew|uncle|neighbou?r|\d{1,2}-year-old)|"
    # "Security guard killed in ...", "2-year-old killed": a headline names the victim by role
    r"(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|person|student|officer|deputy|"
    r"trooper|father|mother|son|daughter|husband|wife|girlfriend|boyfriend|brother|sister|grandmother|"
    r"grandfather|cousin|uncle|aunt|nephew|niece|victim|guard|clerk|cashier|driver|bystander|pastor|"
    r"customer|employee|worker|resident|neighbou?r|pedestrian|motorist|\d{1,2}-year-old)"
    # "Father of 4 killed": a parent named by the children
    rf"{OF_CHILDREN}?"
    # never a near miss ("nearly killed"), the killer before what he killed ("deputy killed
    # his ex-wife", "driver killed deer"), nor an idiom ("dead set against", "killed it")
    r"(?:,\s*\d{1,3},)?\s+(?:(?!(?:nearly|almost|narrowly|not|never|in|is)\b)\w+\s+)?"
    r"(?:killed(?=\s*$|\s*[,:;.!?\u2019'\"-]|\s+(?:in|at|on|by|after|when|while|as|during|near|outside|inside|"
    r"following|overnight|early|late|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b)|dead"
    r"(?!\s+(?:set|last|wrong|serious|ahead|tired|broke|even|cent(?:er|re)|certain|time|off|heat|end|zone|"
    r"it)\b)))\b",
    re.IGNORECASE,
)
#: Animals a death is told of, as the clause's subject: "two horses were killed",
#: "the dog died" (never "a man and his dog were killed", whose man died).
_ANIMAL_SUBJECT = re.compile(
    r"(?:^\s{0,3}|\b(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|dozens of|"
    r"hundreds of|thousands of|\d{1,5})\s+)(?:[\w-]{1,20}\s+)?"
    r"(?:horses?|dogs?|cats?|cows?|cattle|sheep|goats?|pigs?|deer|animals?|pets?|puppy|puppies|birds?|"
    r"chickens?|livestock|dolphins?|whales?|elephants?|bears?|wolf|wolves|foxes|fox)\s+"
    r"(?:(?:were|was|are|is|have|has|had|been|also|all|later|reportedly)\s+){0,3}$",
    re.IGNORECASE,
)
_AND = re.compile(r"\b(?:and|with)\b", re.IGNORECASE)
_MURDER_SUICIDE = re.compile(r"(?<!attempted )murder-suicide", re.IGNORECASE)
#: "kills wife, then self", "shot his girlfriend and then himself".
_KILLS_SELF = re.compile(
    r"\b(?:kill|shoot|shot)\w{0,3} (?:[\w'-]+ ){0,2}[\w'-]+(?:,| and)(?: then)? (?:him|her)?self\b(?!-)",
    re.IGNORECASE,
)
#: The killer's suicide told after his killing: "shot and killed a girl before
#: turning the gun on himself", "killed her mother, then took his own life".
_THEN_SELF = re.compile(
    r"\b(?:before|then)\s+(?:(?:he|she)\s+)?(?:fatally\s+)?"
    rf"(?:(?:(?:kill|shoot)(?:ing|ed|s)? |shot |fatally shooting )(?:him|her)self|{GUN_ON_SELF})\b|"
    r"\b(?:before|then) (?:taking|took|takes) (?:his|her) own life\b",
    re.IGNORECASE,
)
#: A killing with an object or an agent: "killed her mother", "killing a teenage
#: girl", "was killed by her husband"; never "died" or "was found dead".
_KILLING_OF = re.compile(
    r"(?:kill(?:s|ed|ing)?|murder(?:s|ed|ing)|fatally (?:shot|shoots|shooting)|stabbed to death)\s+"
    r"(?:by\s+)?(?:a|an|the|his|her|their|\d|(?-i:[A-Z]))",
    re.IGNORECASE,
)


def single_victims(sentence: Sentence) -> list[dict[str, Any]]:
    """One victim killed and/or one hurt that the sentence implies.

    The caller keeps only the kinds for which the sentence states no number.

    Args:
        sentence: One sentence of the article or its title.

    Returns:
        Records marked ``single``: killed, then injured or ``shot``.
    """
    if NEGATED.search(sentence.text):
        return []
    records = []
    kills_self = _KILLS_SELF.search(sentence.text)
    killed = _person_killed(sentence.text) or kills_self
    if killed is not None:
        # a murder-suicide leaves at least the victim and the killer dead
        value = 2 if _MURDER_SUICIDE.search(sentence.text) or kills_self else 1
        active = _ACTIVE_KILLING.match(sentence.text, killed.start())
        if value == 1 and (
            _killed_then_self(sentence.text, killed) or (active and killer_dies(sentence.text, killed.span()))
        ):
            value = 2
        records.append(count_record("killed", value, "exact", sentence, killed.start(), killed.end()))
    hurt = hurt_victim(sentence, killed)
    if hurt is not None:
        records.append(hurt)
    survivor = SURVIVOR.search(sentence.text) if len(records) == (killed is not None) else None
    if survivor is not None and survivor.group("survived") and not HIT.search(sentence.text):
        survivor = None  # "Ann Lee, who survived the shooting, lives next door": maybe unhurt
    if survivor is not None and killed is None:
        marks = (";", ":", ", who ", ", which ")
        clause = max(sentence.text.rfind(mark, 0, survivor.start()) for mark in marks) + 1
        value = 2 if PLURAL_SUBJECT.search(sentence.text, clause, survivor.start()) else 1
        records.append(count_record("injured", value, "exact", sentence, survivor.start(), survivor.end()))
    for record in records:
        record["single"] = True
        mention, start = record["mention"]["text"], record["mention"]["start"] - sentence.start
        trip = bool(HOSPITAL_TRIP.match(mention))
        if record["kind"] != "killed" and ("also" in mention or besides_counted(sentence.text, start, trip)):
            record["others"] = True  # "another teen was also shot": not the one who died
    return records


def _person_killed(text: str) -> re.Match[str] | None:
    """The first death :data:`_SINGLE_KILLED` finds that is not an animal's."""
    for killed in _SINGLE_KILLED.finditer(text):
        clause = re.split(r"[,;:]", text[max(0, killed.start() - 60) : killed.start()])[-1]
        if not _ANIMAL_SUBJECT.search(clause) or _AND.search(clause):
            return killed
    return None


def _killed_then_self(text: str, killed: re.Match[str]) -> bool:
    """Whether the victim of a killing with an object ("shot and killed a girl")
    is followed by the killer's suicide: two dead."""
    then_self = _THEN_SELF.search(text, killed.end())
    if then_self is None:
        return False
    return bool(_KILLING_OF.search(text, killed.start(), min(killed.end() + 12, then_self.start())))


#: Someone's relation named before the killer: "Brother of (a man) accused ...".
_RELATIVE_OF = re.compile(r"\bof\s+(?:(?:the|a|an)\s+)?(?:[\w'-]{1,20}\s+){0,2}$", re.IGNORECASE)
#: A killing done, not suffered: "murder of", "killed his wife"; never "was killed", "died".
_ACTIVE_KILLING = re.compile(
    r"(?!(?:was|were|is|are|been|being)\b)[\w ]{0,20}?"
    r"\b(?:kill|murder|slay|slain|fatal|shot|shoot|death|stab)",
    re.IGNORECASE,
)


def killer_dies(text: str, span: tuple[int, int]) -> bool:
    """Whether the killer of the victims at ``span`` (offsets in ``text``) is
    the one the sentence says died: "Teen suspect in the murder of a girl
    dies", "Husband suspected of slaying wife and son dies in hospital": the
    victims and the killer are dead."""
    start, end = span
    killer = KILLER_BEFORE.search(text, max(0, start - 80), start)
    if killer is None or _RELATIVE_OF.search(text, max(0, killer.start() - 40), killer.start()):
        return False  # "Brother of man accused of killing wife dies": the brother died
    return bool(KILLER_DIES.match(text, end))
