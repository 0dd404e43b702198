"""Casualty and other people counts with the sentence each came from.

Takes sentences; emits count records ``{kind, value, qualifier, evidence,
mention}`` for killed / injured / arrested / missing / displaced / kidnapped.
Only numbers attached to people (a people noun or a casualty word right after
the number, or a casualty verb right before it) count, so "155,221 bags",
"$5 million", "15-year-old", years and clock times are ignored by
construction. All patterns use bounded repetition only: no catastrophic
backtracking on adversarial text.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.count_record import count_record
from streams.enrich.numbers import NUMBER_WORDS, parse_number
from streams.enrich.sentences import Sentence
from streams.enrich.single_victims import SURVIVED, single_victims
from streams.enrich.victim_lists import AND_SELF, listed_victims

_QUAL = {
    "over": "at_least", "more than": "at_least", "at least": "at_least",
    "upwards of": "at_least", "nearly": "about", "almost": "about", "about": "about",
    "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "up to": "at_most", "as many as": "at_most",
    "fewer than": "at_most", "less than": "at_most",
}  # fmt: skip
_QUAL_RE = "|".join(sorted(_QUAL, key=len, reverse=True))
_NUM = (
    r"(?<![\w$#./-])(?!911\b)(?:\d{1,3}(?:,\d{3})+|\d{1,6}"
    rf"|(?:{NUMBER_WORDS})(?:[ -](?:{NUMBER_WORDS})){{0,3}})(?![\w%:/-]|\.\d|,\d)"
)
_PEOPLE = (
    r"(?:people|persons?|men|man|women|woman|children|child|kids?|students?|officers?|"
    r"soldiers?|civilians?|victims?|others|teens?|teenagers?|boys?|girls?|adults?|"
    r"nationals|suspects?|residents?|passengers?|workers?|bystanders?|troops|militants?|"
    r"protesters?|individuals?|members?|pilgrims?|miners?|fans|citizens|policemen|"
    r"guards?|juveniles?|males?|females?|infants?|babies|toddlers?|siblings|brothers|"
    r"sisters|lives|fatalities|casualties|deaths|gunmen|attackers|terrorists|journalists|"
    r"bailiffs?|deput(?:y|ies)|marines|sailors|servicemen|patrons|customers|employees|"
    r"co-?workers|relatives|friends|sons|daughters|cousins|neighbou?rs|hostages|inmates|"
    r"shoppers|partygoers|youths?|firefighters|more|\d{1,2}-year-olds?|spectators|motorists|drivers|"
    r"guests|attendees|revelers|agents|cops|troopers|clerks|cashiers|worshipp?ers|\w{3,8}goers)"
)
_KIND_WORDS = {
    "killed": r"killed|dead|died|slain|murdered|fatally (?:shot|wounded|stabbed|injured)|"
    r"shot (?:to death|dead|and killed)|shot, killed|"
    r"lost their lives|lives lost|lost|perished|fatalities|deaths|deceased|fatally",
    "injured": r"injured|wounded|hurt|injuries|hospitali[sz]ed|recovering|in (?:critical|serious|"
    r"stable|grave|fair) condition|(?:being )?treated for (?:\w+ )?(?:injuries|wounds)|"
    r"suffer(?:ed|ing)? (?:from )?(?!(?:(?:from|an?|apparent|multiple) ){0,3}gunshot)"
    r"(?:[\w-]+ ){0,3}?(?:gunshot )?(?:wounds|injuries)|"
    r"(?:(?:taken|transported|rushed|airlifted|went) to|treated (?:at|in)|(?:at|in)(?= (?:\w+ hospital|the)))"
    r" (?:an? |the )?(?:[\w.'-]+ ){0,3}(?:hospitals?|medical cent(?:er|re))",
    # "found three men suffering from gunshot wounds": some may have died
    "shot": r"shot(?! (?:and killed|dead|to death)|, killed)|struck by (?:gunfire|bullets)|"
    r"suffer(?:ed|ing)? (?:from )?(?:(?:an?|apparent|multiple) ){0,2}gunshot wounds?",
    "arrested": r"arrested|detained|in custody|taken into custody|apprehended|charged",
    "missing": r"missing|unaccounted for",
    "displaced": r"displaced|homeless|evacuated|fled their homes",
    "kidnapped": r"kidnapped|abducted|taken hostage|held hostage",
}
_KIND_ALT = "|".join(f"(?P<{k}>{v})" for k, v in _KIND_WORDS.items())
#: "five people who were hurt": a relative clause, never "two men who shot".
_AUX = r"(?:(?:who|that)\s+(?=(?:were|was|are|is|have|has|had)\b))?"
_AUX += r"(?:(?:were|was|have been|has been|had been|are|is|being|got|now|reportedly|also|"
_AUX += r"all|later|each|critically|seriously|badly|both|confirmed|reported|still|found|accidentally|"
_AUX += r"listed|remain|remains|remained|allegedly|apparently)\s+){0,3}"
#: "137 dead", "two people were killed", "Four Tajik nationals, now in custody".
#: A short aside between subject and verb: "four teens, one fatally, were shot".
_ASIDE = r"(?:,\s*(?:[\w'-]{1,20}\s+){0,3}[\w'-]{1,20},)?"
#: A word between a number and its noun ("two young men"), never a second
#: number: "four days three people dead" counts three people.
#: Words that never sit between a number and its people noun: "WAVE 3 News
#: the man died" is no count of three.
_FUNCTION_WORDS = "the|his|her|their|its|this|that|of|in|on|at|and|or|to|from|with|by|for|who|was|were"
_MODIFIER = (
    rf"(?:\d{{1,2}}-year-old|(?!(?:{NUMBER_WORDS}|days?|weeks?|months?|years?|hours?|{_FUNCTION_WORDS})\b)"
    r"[A-Za-z'-]{2,20})"
)
_AFTER = re.compile(
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{_NUM})\s+"
    rf"(?:(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>{_PEOPLE})\b{_ASIDE},?\s*)?{_AUX}(?:{_KIND_ALT})\b",
    re.IGNORECASE,
)
_VERB_KIND = {
    "kill": "killed", "claim": "killed", "murder": "killed", "death": "killed", "fatal": "killed",
    "wound": "injured", "injur": "injured",  # "injuries to five people" too
    "arrest": "arrested", "detain": "arrested", "abduct": "kidnapped", "kidnap": "kidnapped",
    "shoot": "shot", "shot": "shot",
}  # fmt: skip
#: "killing 137 people", "wounding two", "claimed 130 lives", "killed his two sons",
#: "fatally shooting three people".
_BEFORE = re.compile(
    r"\b(?P<verb>(?:killings?|murders?|deaths?|woundings?) of|kill(?:ed|ing|s)|claim(?:ed|ing|s)|"
    r"fatally (?:shot|shooting|shoots|wounded|wounding)|"
    r"wound(?:ed|ing|s)|injur(?:ed|ing|es)|"
    r"arrest(?:ed|ing|s)|detain(?:ed|ing|s)|abduct(?:ed|ing|s)|kidnapp(?:ed|ing)|"
    r"shootings? of|shot|shooting|injuries to)\s+(?:(?:his|her|their|another)\s+)?"
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{_NUM})"
    rf"(?:\s+(?:[A-Za-z'-]{{2,20}}\s+){{0,2}}?(?P<noun>{_PEOPLE})\b)?",
    re.IGNORECASE,
)
#: One person a headline names without a number: "Man, 3 girls shot".
_ONE = (
    r"man|woman|boy|girl|teen|teenager|child|infant|baby|toddler|father|mother|dad|mom|son|daughter|"
    r"husband|wife|officer|deputy"
)
#: "nine officers and two civilians were injured", "a man and a woman were killed",
#: "2 adults, 2 children shot" (a comma pair: never "four men, a 30-year-old, was").
_PAIR = re.compile(
    rf"(?:(?P<num1>{_NUM})\s+(?:{_MODIFIER}\s+){{0,2}}?{_PEOPLE}|\b(?P<one>{_ONE})(?:,\s*\d{{1,2}},?)?)"
    rf"(?P<sep>,|\s+and)\s+(?:(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?P<num>{_NUM})\s+(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>{_PEOPLE})\b(?P<comma>,?)\s*{_AUX}(?:{_KIND_ALT})\b",
    re.IGNORECASE,
)
#: "one man dead and another wounded": one more victim besides the dead.
_ANOTHER_HURT = re.compile(
    rf"\b(?:and|while|with)\s+another(?:\s+(?:{_MODIFIER}\s+){{0,2}}?{_PEOPLE})?(?:,\s*\d{{1,3}},)?\s+{_AUX}"
    r"(?P<what>injured|wounded|hurt|shot|in (?:critical|serious|stable|fair|grave) condition)\b",
    re.IGNORECASE,
)
#: "he was shot along with three others": the others and him.
_ALONG = re.compile(
    rf"\b(?P<what>shot|wounded|injured|hurt|killed)\s+along\s+with\s+(?P<num>{_NUM})\s+"
    rf"(?:(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>{_PEOPLE})\b)?",
    re.IGNORECASE,
)
#: "a quadruple shooting", "double homicide": the victim count in one word.
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTI = re.compile(
    r"\b(?P<num>double|triple|quadruple|quintuple)[- ](?P<what>shooting|homicide|murder|slaying|killing)\b",
    re.IGNORECASE,
)
#: "16 year old", "17-year-old" after a number: an age, not a head count.
_AGE = re.compile(
    r"[\s-]{0,3}(?:(?:years?|yrs?|months?|weeks?|days?)[\s-]{0,3}old\b|(?:yo|y/o|y\.o\.)(?!\w))",
    re.IGNORECASE,
)
#: "shot 11 times": shots, not people.
_TIMES = re.compile(r"\s{1,3}(?:more\s{1,3})?times\b", re.IGNORECASE)
#: "under the age of eight", "between the ages of 11 and", "younger than 12":
#: ages, not counts;
#: "Image 44 of 44": a photo gallery.
_AGE_OF = re.compile(
    r"\b(?:ages? of|aged|between|ages|(?:younger|older) than|(?:image|photo|slide)s? \d{1,3} of)\s+"
    r"(?:\w+\s+and\s+)?$",
    re.IGNORECASE,
)
#: "four teens, one fatally, were shot".
_FATALLY = re.compile(rf"(?P<num>{_NUM})\s+(?:of them\s+)?fatally\b", re.IGNORECASE)
#: "sent five people to the hospital".
_HOSPITAL = re.compile(
    rf"\b(?:sen(?:t|ding)|lands?|landed|put(?:s|ting)?)\s+(?P<num>{_NUM})\s+(?:[A-Za-z'-]{{2,20}}\s+){{0,2}}?(?P<noun>{_PEOPLE})"
    r"\s+(?:to|in)\s+(?:an? |the )?(?:[\w.'-]+ ){0,3}(?:hospitals?|medical cent(?:er|re))",
    re.IGNORECASE,
)
#: "the death toll rose to 137", "death toll of 12".
_TOLL = re.compile(
    r"\b(?:death toll|number of (?:dead|deaths|fatalities|people killed))\s+(?:\w+\s+){0,4}?"
    r"(?:to|at|of|is|was|reached|hit)\s+"
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{_NUM})",
    re.IGNORECASE,
)
#: Headline pairs without determiners: "Husband, wife found dead", "Mother and
#: 3-year-old son shot dead".
_BARE_PAIR = re.compile(
    rf"(?:^|:\s)(?:[\w'.-]{{1,20}}\s+){{0,2}}?(?:{_ONE})(?:,\s*\d{{1,2}},?)?(?:,|\s+and)\s+(?:(?:his|her|their)\s+)?"
    rf"(?:\d{{1,2}}-year-old\s+)?(?:{_ONE})(?:,\s*\d{{1,2}},?)?\s+(?:(?:found|were|are)\s+)?"
    r"(?P<what>shot dead|shot to death|fatally shot|killed|dead|slain|murdered|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
#: "a third victim died": as many dead as the ordinal says.
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "2nd": 2, "3rd": 3, "4th": 4,
             "5th": 5, "6th": 6}  # fmt: skip
_ORDINAL = re.compile(
    r"\b(?P<num>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:(?:shooting|gunshot)\s+)?"
    r"(?:victim|person|man|woman|teen|teenager|boy|girl|child|officer|deputy|student|patient)\s+"
    r"(?:in\s+(?:[\w'.-]{1,20}\s+){0,4}?(?:shooting|attack)\s+)?(?:(?:has|also|later|now)\s+){0,2}"
    r"(?:dies|died|succumbs|succumbed|(?:is|was) (?:killed|dead))\b",
    re.IGNORECASE,
)
_WHO_DIED = re.compile(
    r"(?:\s+[\w'-]{1,20}){0,4}?,?\s+including\s+(?:an?|one)\s+(?:[\w'-]{1,20}\s+){0,3}?who\s+"
    r"(?:later\s+|has\s+since\s+|since\s+)?(?:died|has died|succumbed)",
    re.IGNORECASE,
)
_UNBORN = re.compile(
    r"(?:\s+[\w'-]{1,20}){0,3}?,?\s+including\s+(?:an?|her|their|the)\s+unborn\s+(?:child|baby|son|daughter)",
    re.IGNORECASE,
)
_DIED_THERE = re.compile(
    r"\b(?:where|and) (?:\w+ ){0,3}?(?:later |was )?(?:died|pronounced dead|succumbed)", re.IGNORECASE
)
#: The killer's own death: "father commits suicide", "before turning the gun on himself".
_SUICIDE = re.compile(
    r"\b(?:commit(?:s|ted|ting)? suicide|kill(?:s|ed|ing) (?:him|her)self|(?:took|takes|taking) "
    r"(?:his|her) own life|turn(?:s|ed|ing) the gun on (?:him|her)self|"
    r"(?:shot|shoots|shooting) (?:him|her)self)\b",
    re.IGNORECASE,
)
#: Crime statistics ("436 people were murdered this year") count other events.
_STATISTICS = re.compile(
    r"\b(?:this year|so far th(?:is|e) year|last year|year to date|year-to-date|for all of|"
    r"through the end of|since (?:the start of|the beginning of|January)|per year|a year|"
    r"in (?:19|20)\d\d alone|crime stat\w*|statistics|homicides? (?:rate|count|total)|"
    r"(?:in|over|during) the (?:past|last) (?:\w+ )?(?:days|weeks|months|years))\b",
    re.IGNORECASE,
)
#: Round-ups of several incidents ("eight wounded in separate shootings across
#: the city"): a sum over events, kept only when the article states nothing else.
_ROUNDUP = re.compile(
    r"\b(?:(?:separate|different|multiple|several|unrelated|weekend|overnight|two|three|four|five|six|"
    r"\d{1,2}) (?:shootings|incidents|attacks)|shootings (?:across|around|throughout)|"
    r"across the (?:city|county|state)|citywide|violent (?:night|weekend|day|stretch|\d\d hours)|"
    r"(?:spate|string|rash|series) of (?:shootings|violence)|in (?:[A-Z][\w.'-]{1,20} ){1,3}shootings|"
    r"\d{1,2}-hour (?:span|period|stretch)|"
    r"(?:in|over|within) (?:\w+ )?(?:hours|days)|"
    r"since (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday))\b",
    re.IGNORECASE,
)
#: "two others were shot", "a woman was also shot": not the people killed.
_ANOTHER = re.compile(r"\b(?:others?|another|also)\b", re.IGNORECASE)
#: Earlier incidents recalled as background: "killed there two years ago",
#: "in a previous shooting", "in November of 2012". Not "last week" or "days
#: ago": follow-up reports date their own incident so.
_PAST = re.compile(
    r"\b(?:(?:months|years) (?:earlier|ago|before)|(?:a|one) year (?:earlier|ago|before)|"
    r"(?:a|an) (?:previous|earlier|unrelated) shooting|in (?:\w+ (?:of )?)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: Teasers of other stories in a page's video and link lists: "1:45 Two hurt
#: in crash", "+ Man killed on highway", "[Woman killed in crash]".
_TEASER = re.compile(
    r"^\s{0,3}(?:\d{1,2}:\d\d\s|\+\s|\[|"
    r"(?:related|read more|see also|also read|watch|previous(?: story)?(?: [\d/]{6,10})?)\s?:)",
    re.IGNORECASE,
)
_PREFILTER = re.compile(
    r"kill|dead|die|death|deceas|surviv|recover|graz|passed away|mortal|slain|slaying|homicide|murder|"
    r"fatal|lives|life of|injur|wound|hurt|hospital|condition|shot|shoot|arrest|detain|custody|charged|"
    r"apprehend|missing|unaccounted|displace|homeless|evacuat|fled|kidnap|abduct|hostage|gunfire|perish|toll",
    re.IGNORECASE,
)


def extract_counts(sentences: list[Sentence]) -> list[dict[str, Any]]:
    """Find people counts in every sentence.

    Args:
        sentences: Sentences of the (sanitized) article text.

    Returns:
        Count records in text order; the internal kind ``shot`` (people hit,
        fate unknown) is included for :func:`streams.enrich.counts_best`
        to derive injured figures and is dropped before output.
    """
    found: list[dict[str, Any]] = []
    for sentence in sentences:
        if _TEASER.match(sentence.text) or _STATISTICS.search(sentence.text):
            continue
        if _PREFILTER.search(sentence.text):
            counts = _sentence_counts(sentence)
            if _ROUNDUP.search(sentence.text) or _PAST.search(sentence.text):
                counts = [{**c, "background": True} for c in counts]
            found.extend(counts)
    return found


def _sentence_counts(sentence: Sentence) -> list[dict[str, Any]]:
    """Apply every count pattern to one sentence, keeping non-overlapping hits."""
    hits = listed_victims(sentence)
    taken = [(h["mention"]["start"] - sentence.start, h["mention"]["end"] - sentence.start) for h in hits]
    patterns = (
        (_MULTI, "multi"), (_ORDINAL, "ordinal"), (_ANOTHER_HURT, "another"), (_ALONG, "along"),
        (_BARE_PAIR, "bare_pair"), (_PAIR, "pair"), (_TOLL, "toll"), (_FATALLY, "fatally"),
        (_HOSPITAL, "hospital"), (_AFTER, "after"), (_BEFORE, "before"),
    )  # fmt: skip
    for pattern, how in patterns:
        for match in pattern.finditer(sentence.text):
            spans = [match.span(g) for g in ("num1", "one", "num") if match.groupdict().get(g)]
            if any(a < end and start < b for a, b in taken for start, end in spans):
                continue
            record = _record(sentence, match, how)
            if record is not None:
                hits.append(record)
                taken.extend(spans)
    hits = _with_suicide(sentence, hits)
    if _DIED_THERE.search(sentence.text):
        # "both were taken to the hospital, where one died": the dead are among them
        hits = [{**h, "kind": "shot"} if h["kind"] == "injured" and "hospital" in h["mention"]["text"].lower()
                else h for h in hits]  # fmt: skip
    if SURVIVED.search(sentence.text) and not any(h["kind"] == "killed" for h in hits):
        # "a man was also shot and is expected to recover"
        hits = [{**h, "kind": "injured"} if h["kind"] == "shot" else h for h in hits]
    return hits + _unnumbered_victims(sentence, hits)


def _with_suicide(sentence: Sentence, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the killer to the sentence's largest stated death figure when the
    sentence also tells of a suicide outside every figure: "two boys killed,
    father commits suicide" is three dead."""
    suicide = _SUICIDE.search(sentence.text)
    # "a boy died after accidentally shooting himself" is one death
    killed = [h for h in hits if h["kind"] == "killed" and h["value"] >= 2]
    if suicide is None or not killed or "accident" in sentence.text.lower():
        return hits
    start, end = sentence.start + suicide.start(), sentence.start + suicide.end()
    if any(h["mention"]["start"] < end and start < h["mention"]["end"] for h in hits):
        return hits
    top = max(killed, key=lambda h: h["value"])
    return [{**h, "value": h["value"] + 1} if h is top else h for h in hits]


def _unnumbered_victims(sentence: Sentence, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Single victims of the kinds the sentence gives no number for.

    "A man was killed and two others wounded" states the injured figure but
    only implies one death, so each kind is inferred on its own.
    """
    found = {"injured" if h["kind"] == "shot" else h["kind"] for h in hits}
    spans = [(h["mention"]["start"], h["mention"]["end"]) for h in hits]
    kept = []
    for record in single_victims(sentence):
        start, end = record["mention"]["start"], record["mention"]["end"]
        if ("injured" if record["kind"] == "shot" else record["kind"]) in found:
            continue
        if not any(a < end and start < b for a, b in spans):
            kept.append(record)
    return kept


def _head_count(sentence: Sentence, match: re.Match[str], how: str) -> tuple[int, str] | None:
    """The number of people a match states (both numbers of a pair), or None
    when the number is an age ("a sixteen year old girl") or not a number."""
    parsed = parse_number(match.group("num"))
    if (
        parsed is None
        or _AGE.match(sentence.text, match.end("num"))
        or _TIMES.match(sentence.text, match.end("num"))
    ):
        return None
    if _AGE_OF.search(sentence.text, 0, match.start("num")):
        return None
    if how != "pair":
        return parsed
    if match.group("sep") == "," and (match.group("comma") or match.group("num").lower() in ("a", "an")):
        return None
    if "unborn" in sentence.text[match.start("num") : match.end("noun")].lower():
        parsed = (0, parsed[1])  # the police tally leaves out an unborn child
    if match.group("one"):
        return parsed[0] + 1, parsed[1]
    first = parse_number(match.group("num1"))
    if first is None or _AGE.match(sentence.text, match.end("num1")):
        return None
    return parsed[0] + first[0], parsed[1]


def _fixed_record(sentence: Sentence, match: re.Match[str], how: str) -> dict[str, Any]:
    """A count whose figure the phrasing itself gives: "a third victim died",
    "a triple shooting", "husband, wife found dead", "and another wounded"."""
    what = (match.groupdict().get("what") or "").lower()
    if how == "bare_pair":
        kind, value = ("injured" if what in ("wounded", "injured", "hurt") else "killed"), 2
    elif how == "another":
        kind, value = ("shot" if what == "shot" else "injured"), 1
    elif how == "ordinal":
        kind, value = "killed", _ORDINALS[match.group("num").lower()]
    else:
        kind, value = ("shot" if what == "shooting" else "killed"), _MULTIPLE[match.group("num").lower()]
    record = count_record(kind, value, "exact", sentence, match.start(), match.end())
    return {**record, "others": True} if how == "another" else record


def _record(sentence: Sentence, match: re.Match[str], how: str) -> dict[str, Any] | None:
    """Build a count from a pattern match, or None when it is no people count."""
    if how in ("bare_pair", "another", "ordinal", "multi"):
        return _fixed_record(sentence, match, how)
    parsed = _head_count(sentence, match, how)
    if parsed is None:
        return None
    value, qualifier = parsed
    noun = match.groupdict().get("noun")
    if how in ("toll", "fatally", "hospital"):
        kind = "injured" if how == "hospital" else "killed"
    elif how == "along":
        what = match.group("what").lower()
        kind = "shot" if what == "shot" else "killed" if what == "killed" else "injured"
        value += 1
    elif how in ("after", "pair"):
        kind = next(k for k in _KIND_WORDS if match.group(k))
        if kind == "killed" and match.group(kind).lower() == "lost" and noun != "lives":
            return None
    else:
        kind = _VERB_KIND[next(s for s in _VERB_KIND if match.group("verb").lower().startswith(s))]
        if match.group("num").lower() in ("a", "an") or (noun is None and kind == "shot"):
            return None
    if match.group("num").lower() in ("a", "an", "no") and noun is None:
        return None
    if value == 0 or sentence.text[max(0, match.start() - 3) : match.start()].lower() == "no ":
        return None  # "no one was hurt" is not a count
    if noun is None and value >= 1900 and value <= 2100:
        return None  # a year, not a head count
    if match.groupdict().get("qual"):
        qualifier = _QUAL[" ".join(match.group("qual").lower().split())]
    start = match.start("qual") if match.groupdict().get("qual") else match.start("num")
    return _adjusted_record(sentence, match, how, kind, value, qualifier, start)


def _adjusted_record(
    sentence: Sentence, match: re.Match[str], how: str, kind: str, value: int, qualifier: str, start: int
) -> dict[str, Any]:
    """The count after what follows the figure: the killer among the dead, an
    unborn child or a victim who later died among those counted."""
    start = match.start() if how == "pair" else start
    end = match.end()
    if kind in ("injured", "shot") and value > 1 and _WHO_DIED.match(sentence.text, end):
        value -= 1  # "three were hurt, including a man who later died": two survivors
    if kind == "killed" and value > 1 and _UNBORN.match(sentence.text, end):
        value -= 1  # "six people, including an unborn child": the police tally says five
    killer = AND_SELF.match(sentence.text, end) if kind == "killed" else None
    if killer is not None:  # "killed three people and himself": four dead
        value, end = value + 1, killer.end()
    record = count_record(kind, value, qualifier, sentence, start, end)
    if _ANOTHER.search(match.group()) and how not in ("pair", "along"):
        record["others"] = True  # "two others were shot": not the people killed
    return record
