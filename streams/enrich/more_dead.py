"""One more death told apart from an article's unnumbered dead.

Takes an article's raw count records (:func:`streams.enrich.counts.extract_counts`);
emits them with one more killed record when the article gives no death
figure of its own, names its dead one by one, and tells in a sentence of
its own of a death besides them: "Ann Lee was shot and killed ... Tom Ray,
24, was also killed" is two dead, and so is "a girl died ... the gunman then
killed himself" (gun-violence tallies count a killer who dies). Local news
tells its dead this way instead of giving a figure. A toll of the killer's
victims ("a third victim died", "killed five servicemen") is one more when the
killer took his life after the attack or the police killed him: "four dead",
which may count him, stays. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.count_phrases import GUN_ON_SELF, SELF_KILLED

#: A victim's death besides those told before: "Tom Ray, 24, was also killed";
#: never the killer's deed ("he had also shot and killed her mother", whose
#: victim may be one told before), nor "also died" (an obituary's "his brother
#: also died in the pandemic"), nor a death in an indefinite event or by an
#: indefinite agent ("also killed in a collision", "by a train"): another incident.
_ALSO_KILLED = re.compile(
    r"\b(?:(?:was|were|is|are|has been|have been|had been) also|also (?:was|were))\s+"
    r"(?:fatally shot|shot and killed|shot dead|shot to death|killed|slain|murdered)\b"
    r"(?![^.;]{0,40}\b(?:in|by|during) (?:a|an|another)\b)",
    re.IGNORECASE,
)
#: The killer's own death after his attack: "then killed himself", "before
#: turning the gun on himself", "Afterward, he went home and killed himself".
_THEN_SUICIDE = re.compile(
    r"\b(?:then|before|afterwards?|later)\b[^.;]{0,80}?"
    rf"(?:{SELF_KILLED}|{GUN_ON_SELF}|(?:shot|shooting|shoots) (?:him|her)self)\b",
    re.IGNORECASE,
)
#: A suicide told beside the victims: their figure counts the killer already.
_SUICIDE = re.compile(rf"\bsuicide\b|{SELF_KILLED}|{GUN_ON_SELF}|(?:him|her)self\b", re.IGNORECASE)
#: A toll that names its dead as the killer's victims or by a group he is not of:
#: "a third victim died", "five victims", "killed five U.S. servicemen" (never
#: "four dead" or "five people", which may count him).
_VICTIM_GROUP = re.compile(
    r"\s+(?:[\w.'-]{1,20}\s+){0,2}?(?:victims?|innocents|servicemen|service members|marines|sailors|soldiers|"
    r"troops|officers|deputies|troopers|worshippers|parishioners|churchgoers|children|students|customers|"
    r"employees|co-?workers|family members)\b",
    re.IGNORECASE,
)
#: A toll told with the killer's death, which may count him: "a murder-suicide",
#: "then killed himself", "including the gunman", "plus the shooter".
_KILLER_COUNTED = re.compile(
    rf"\bsuicide\b|{SELF_KILLED}|{GUN_ON_SELF}|(?:shot|shooting|shoots) (?:him|her)self\b|"
    r"\b(?:including|plus|and|as well as|along with) (?:the|a|one) (?:suspected )?"
    r"(?:gunm[ae]n|shooters?|suspects?|attackers?)\b|"
    r"\b(?:gunm[ae]n|shooters?|suspects?|attackers?) (?:among|included)\b",
    re.IGNORECASE,
)
#: The attacker killed by the police who ended the attack: "the suspect ... was
#: killed in a gunfight with police", "before being fatally shot by officers".
_KILLER_KILLED = re.compile(
    r"\b(?:the (?:suspected )?(?:gunman|shooter|suspect|attacker|assailant)(?:\s*,[^;]{1,100}?,)?\s+"
    r"(?:was|were)|before (?:being|he was))\s+(?:later\s+|then\s+)?"
    r"(?:(?:shot and )?killed|shot dead|fatally shot|shot to death)\b"
    r"(?![^.;]{0,60}\b(?:years|months|weeks|in (?:19|20)\d\d)\b)"
    # by the police who ended the attack: not "later killed in an airstrike"
    r"(?=[^.;]{0,60}?\b(?:police|officers?|deput(?:y|ies)|troopers?|agents?|SWAT|gunfight|shootout|standoff|"
    r"exchange of (?:gun)?fire)\b)",
    re.IGNORECASE,
)
#: A suicide that is not the attack's end: someone else's ("a man later killed
#: himself"), or one long after, in jail ("years after the blaze").
_NOT_THE_KILLER = re.compile(
    r"\b(?:(?:a|an|another|one)\s+(?:[\w-]+\s+){1,2}?(?:(?:later|then|also)\s+)?(?:killed|took|fatally|shot|turned)|"
    r"jail|prison|custody|weeks|months|years|crash|collision|accident|"
    # someone of the story's place told by office: "The principal, Tom Hale, later killed himself"
    r"the\s+(?:principal|teacher|superintendent|pastor|priest|coach|mayor|owner|manager|operator|director|"
    r"officer|deputy|sheriff|chief|guard|nurse|doctor|lawyer|judge|senator|governor),?\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: Who took his life, as the attacker is told: "the gunman", "he", a name ("Afterward,
#: Allen went home"); not "the dam operator".
_KILLER_WORD = (
    r"(?:gunm[ae]n|shooters?|suspects?|attackers?|assailants?|killers?|husband|father|boyfriend|he|she)"
)
_THE_KILLER = re.compile(
    rf"\b{_KILLER_WORD}\b|"
    r"(?<=[\w,]\s)(?-i:(?!(?:Police|Officers?|Authorities|Officials|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)[A-Z][a-z]{2,20})\b",
    re.IGNORECASE,
)
_KILLER_WORD_RE = re.compile(_KILLER_WORD, re.IGNORECASE)
#: An attacker the article's counts tell of, whom a name may be: "a gunman killed five
#: victims", "after the rampage".
_ATTACKER = re.compile(
    r"\b(?:gunm[ae]n|shooters?|attackers?|assailants?|killers?|rampage|(?:shooting|killing) spree|massacre|"
    r"opened fire|shooting|gunfire)\b",
    re.IGNORECASE,
)
#: A capitalised word before a name, which makes it a title's or a place's: "Dam Operator John Hale".
_CAPITALISED_BEFORE = re.compile(r"(?-i:[A-Z])[\w.'-]{0,20}\s$")
#: A dead person who may be the killer himself, by gender: "a man died", "Man dead".
_GENDER = {
    "him": re.compile(r"\b(?:man|men|he|male|father|husband|boyfriend|son|brother|suspect|gunman)\b", re.I),
    "her": re.compile(r"\b(?:woman|women|she|female|mother|wife|girlfriend|daughter|sister|suspect)\b", re.I),
}
#: The object of a killing right after its mention: "(a man shot and killed) his wife".
_OBJECT_NEXT = re.compile(r"\s+(?:his|her|their|a|an|the|\d)\b", re.IGNORECASE)
#: Deaths that no casualty tally counts, a suicide that failed or was only
#: spoken of ("had posted about killing himself"), and deaths of another time
#: or place: a war, a dated year, a separate incident ("His brother was also
#: killed in the war", "In a separate crash, a woman was also killed").
_NOT_A_VICTIM = re.compile(
    r"\b(?:dogs?|cats?|horses?|pets?|puppy|animals?|unborn|accidental(?:ly)?|attempted|survived|"
    r"critical condition|expected to (?:survive|recover)|"
    r"(?:about|of|threatened|threatening|planned|planning|wanted) (?:to )?(?:kill|killing|shoot|shooting)|"
    r"war|combat|in action|separate|unrelated|elsewhere|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def more_dead(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the deaths told apart to the article's unnumbered dead.

    Only where the article states no toll above one (a toll may already
    count the one told apart) and a sentence other than the extra one tells
    of a death.

    Args:
        raw: An article's count records in text order.

    Returns:
        The records, with one more killed record (``single``) when deaths are told apart.
    """
    dead = [c for c in raw if c["kind"] == "killed" and not c.get("background")]
    if not dead:
        return raw
    if any(c["value"] > 1 and not c.get("single") for c in dead):
        return _victims_and_killer(raw, dead)
    if any(c["kind"] == "killed" and c.get("background") for c in raw):
        return raw  # the article recalls deaths of another time: "also killed" may be one of them
    also: set[str] = set()
    suicide: set[str] = set()
    base: list[dict[str, Any]] = []
    for count in dead:
        text = count["evidence"]["text"]
        # the headline's "also killed" retells the body's
        body = count["evidence"].get("field") != "title"
        if count["value"] == 1 and body and not _NOT_A_VICTIM.search(text) and _ALSO_KILLED.search(text):
            also.add(text)
        elif count["value"] == 1 and not _NOT_A_VICTIM.search(text) and _THEN_SUICIDE.search(text):
            suicide.add(text)
        else:
            base.append(count)
    base = [c for c in base if c["evidence"]["text"] not in also | suicide]
    if any(_SUICIDE.search(c["evidence"]["text"]) for c in base):
        suicide = set()  # "a murder-suicide": the killer is counted already
    if suicide and any(_maybe_the_killer(c, suicide) for c in base):
        suicide = set()  # "a man died ... he shot his wife, then killed himself": he is the dead one
    # one more victim and the killer at most: a victim told "also killed" twice is one
    extra = min(1, len(also)) + min(1, len(suicide))
    if not extra or not base:
        return raw
    # the figure that outranks the others (stated before single, the headline's first) grows
    top = max(base, key=lambda c: (not c.get("single"), c["evidence"].get("field") == "title", c["value"]))
    value = max(c["value"] for c in base) + extra
    return [*raw, {**top, "value": value}]


def _victims_and_killer(raw: list[dict[str, Any]], dead: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One more dead besides a toll of victims when the killer took his life
    after the attack: "a third victim died ... Afterward, the gunman went home
    and killed himself" is four dead. A toll of victims ("a third victim",
    "five victims") never counts the killer; "four dead", which may, stays."""
    tolls = [c for c in dead if c["value"] > 1 and not c.get("single")]
    top = max(tolls, key=lambda c: (c["evidence"].get("field") == "title", c["value"]))
    if top["value"] < max(c["value"] for c in tolls) or not _victims_only(top):
        return raw
    if any(_KILLER_COUNTED.search(c["evidence"]["text"]) for c in tolls):
        return raw  # "a murder-suicide", "including the gunman": counted already
    told = {c["evidence"]["text"] for c in tolls}
    for count in dead:
        text = count["evidence"]["text"]
        if text in told or _NOT_A_VICTIM.search(text) or _NOT_THE_KILLER.search(text):
            continue
        others = {c["evidence"]["text"] for c in raw} - {text}
        if (_THEN_SUICIDE.search(text) and _the_killer(text, others)) or _KILLER_KILLED.search(text):
            return [*raw, {**top, "value": top["value"] + 1}]
    return raw


def _the_killer(text: str, others: set[str]) -> bool:
    """Whether the one who took his life is told as the attacker: a word for
    him ("the gunman", "he"), or a name that the article's other count
    sentences give or whose attacker they tell of ("a gunman killed five
    victims ... Afterward, Lane went home and killed himself"); never a
    title's name ("Dam Operator John Hale")."""
    for who in _THE_KILLER.finditer(text):
        if _KILLER_WORD_RE.fullmatch(who.group()):
            return True
        if _CAPITALISED_BEFORE.search(text, max(0, who.start() - 22), who.start()):
            continue
        name = re.compile(rf"\b{re.escape(who.group())}\b")
        if any(name.search(other) or _ATTACKER.search(other) for other in others):
            return True
    return False


def _victims_only(count: dict[str, Any]) -> bool:
    """Whether a toll names its dead as the killer's victims (:data:`_VICTIM_GROUP`),
    in its own words or right after its figure."""
    text, start = count["evidence"]["text"], count["evidence"]["start"]
    after = text[count["mention"]["end"] - start :]
    mention = count["mention"]["text"]
    return bool(_VICTIM_GROUP.search(f" {mention}") or _VICTIM_GROUP.match(after))


def _maybe_the_killer(count: dict[str, Any], suicide: set[str]) -> bool:
    """Whether a death figure may tell of the killer himself: a person of the
    gender his suicide names ("a man died" beside "killed himself"), unless
    the person is the one who killed ("a man shot and killed his wife")."""
    text, start = count["evidence"]["text"], count["evidence"]["start"]
    if _OBJECT_NEXT.match(text, count["mention"]["end"] - start):
        return False
    told = " ".join(suicide).lower()
    mention = count["mention"]["text"]
    return any(f"{who}self" in told and pattern.search(mention) for who, pattern in _GENDER.items())
