"""Sentences whose figures do not count the article's own incident.

Takes the text of one sentence; tells whether it belongs to another story (a
teaser of a linked story, crime statistics), whether its figures are
background (summed over several incidents, or about an earlier one, which
dates in :mod:`streams.enrich.count_dates` tell) and whether it could state a
count at all. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.enrich.count_dates import dated, earlier_dates, years_named
from streams.enrich.incidents_before import earlier_incident_spans
from streams.enrich.numbers import NUMBER_WORDS

#: Crime statistics ("436 people were murdered this year") count other events.
_STATISTICS = re.compile(
    r"\b(?:this year|so far th(?:is|e) year|year to date|year-to-date|for all of|"
    r"through the end of|since (?:the start of|the beginning of|January)|per year|a year|"
    r"in (?:19|20)\d\d alone|crime stat\w*|statistics|homicides? (?:rate|count|total)|"
    r"(?:in|over|during) the (?:past|last) (?:\w+ |couple of )?(?:days|weeks|months|years))\b",
    re.IGNORECASE,
)
#: Spans of time that sum other incidents ("so far in 2017, 47 people have been
#: killed") unless a superlative only compares with them ("the deadliest shooting
#: the town has seen in recent years").
_SPAN_STATISTICS = re.compile(
    r"\b(?:so far in (?:19|20)\d\d|between (?:\w+ )?(?:19|20)\d\d and|in recent (?:weeks|months|years)|"
    r"years ending)\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|first|most)\b", re.IGNORECASE)
#: Teasers of other stories in a page's video and link lists: "1:45 Two hurt
#: in crash", "+ Man killed on highway", "[Woman killed in crash]".
_TEASER = re.compile(
    r"^\s{0,3}(?:\d{1,2}:\d\d\s|\+\s|\[|"
    r"(?:related|read more|see also|also read|watch|previous(?: story)?(?: [\d/]{6,10})?)\s?:)",
    re.IGNORECASE,
)
#: Round-ups of several incidents ("eight wounded in separate shootings across
#: the city"): a sum over events, kept only when the article states nothing else.
_ROUNDUP = re.compile(
    r"\b(?:(?:separate|different|multiple|several|unrelated|weekend|overnight|two|three|four|five|six|"
    r"city|area|\d{1,2}|dozen) (?:(?-i:[A-Z][\w.'-]{1,20}) ){0,3}(?:shooting |violent )?"
    r"(?:shootings|incidents|attacks)|"
    r"shootings (?:across|around|throughout)|"
    r"across the (?:city|county|state)|citywide|violent (?:night|weekend|day|stretch|\d\d hours)|"
    r"(?:spate|string|rash|series) of (?:[\w-]{1,20} )?(?:shootings|violence)|"
    r"(?:recent|previous|earlier|other) (?:[\w-]{1,20} )?(?:shootings|incidents|attacks)|collectively|"
    # "in Detroit shootings" names the places summed over; "in the shootings" is the article's own
    r"in (?:(?-i:[A-Z][\w.'-]{1,20}) ){1,3}(?:(?:night|morning|afternoon|evening) )?shootings|"
    # "wounded in shootings", "in separate accidental shootings", "have died in avalanches";
    # "in the shootings" is the article's own
    r"in (?!(?:the|these|those|both|two|twin)\b)(?:[\w-]{1,20} ){0,2}?"
    r"(?:shootings|attacks|avalanches|drownings)\b(?! (?:at|on) )|"
    rf"(?:\d{{1,2}}|{NUMBER_WORDS})-hour (?:span|period|stretch)|"
    # "in five days": a span of several incidents; "in the days after" is no span
    rf"(?:in|over|within) (?:the (?:past|last) )?(?:(?:about|roughly|nearly|just|less than|under) )?"
    rf"(?!an?\b)(?:\d{{1,3}}|{NUMBER_WORDS}) (?:hours|days)|"
    r"since (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
    r"such (?:shootings|incidents|attacks)|"
    # a video's caption over a span of time: "reporter Jane Doe recaps the overnight
    # crime, including ..." (not "recaps the news conference" or "the violence that ...")
    r"recaps? (?:the |this )?(?:overnight|weekend(?:'s)?|week(?:'s)?|day(?:'s)?|night(?:'s)?|"
    r"today's|tonight's|morning's|evening's|latest) (?:[\w'-]{1,20} )?(?:crime|news|headlines|violence)"
    r"(?! conference))\b",
    re.IGNORECASE,
)
#: A tally that names other events ("in shootings across the city"), not only a
#: wide area: "40 people were injured across the city" in a riot is the article's own.
_OTHER_EVENTS = re.compile(
    r"\b(?:shootings|incidents|attacks|homicides|killings|murders|stabbings|weekend|overnight|since|"
    r"gun violence)\b",
    re.IGNORECASE,
)
#: Two or three incidents set side by side ("two separate shootings", "in
#: separate incidents"), not a tally over a city or a weekend.
_FEW_INCIDENTS = re.compile(
    r"\b(?:two|both|three|2|3) (?:separate |different |unrelated )?(?:shootings|incidents)\b|"
    r"\bseparate incidents\b",
    re.IGNORECASE,
)
#: Earlier incidents recalled as background: "killed there two years ago",
#: "in a previous shooting". Not a bare "last week" or "days ago": follow-up
#: reports date their own incident so.
_SET_APART = (
    r"(?:months|years|decades) (?:earlier|ago|before)|(?:a|one) (?:year|decade) (?:earlier|ago|before)|"
    # "just last week", "only two days earlier": recency stressed against the incident at hand
    r"(?:just|only) (?:last (?:week|month|weekend|year)|\w+ (?:days?|weeks?|nights?) (?:ago|earlier))|"
    r"(?:a|an) (?:previous|earlier|unrelated) shooting"
)
_PAST = re.compile(
    rf"\b(?:{_SET_APART}|last (?:year|summer|winter|spring|fall|autumn)"
    r"|(?-i:^(?:Last|Earlier this) month))\b",
    re.IGNORECASE,
)
#: The article's own incident named back, which a past marker may date: "the
#: shooting last year left two dead" (a court report's); not "the same
#: incident", "the 2010 crash" or "the earlier attack", which name another.
_OWN_EVENT = re.compile(
    r"\bthe (?!(?:same|previous|earlier|other|unrelated|similar|last|first|\d+)\b)(?:[\w-]{1,20} )?"
    r"(?:shooting|shootout|gunfight|stabbing|crash|collision|attack|fire|blaze|explosion|blast|accident)\b",
    re.IGNORECASE,
)
#: Time words that set another incident apart from the article's own (not a
#: bare "last year", which may date the article's own).
_APART = re.compile(rf"\b(?:{_SET_APART})\b", re.IGNORECASE)
#: A victim who might have been, or a rule for any victim: "I could have been
#: killed", "she could've died", "any time a student is hurt", "a child who is
#: injured or dies".
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|may)(?: have|'ve|\u2019ve)? (?:been|be) (?:\w+ )?"
    r"(?:killed|hurt|injured|shot|wounded|dead)|"
    # "he could've passed away"; not "may have died", which tells of a real death
    r"\b(?:could|would)(?: have|'ve|\u2019ve) (?:died|passed away|drowned|suffocated|asphyxiated|"
    r"electrocuted|martyred|lost (?:his|her|their|my) li(?:fe|ves))\b|"
    r"\b(?:any ?time|whenever|every time)\b|"
    r"\b(?:injured|hurt|wounded|shot) or (?:dies|die|killed)\b",
    re.IGNORECASE,
)
_MEMORIAL = r"(?:vigil|funeral|wake(?! of)|memorial|repast|burial|celebration of life)"
#: An attack on mourners: "five were shot at a vigil", "shot while attending a
#: funeral service", "opened fire minutes into a vigil", "a vigil ... when someone
#: began firing". Those they mourn died before, in another incident.
_MEMORIAL_ATTACK = re.compile(
    r"\b(?:shot|shooting|fired|fire|firing|gunfire|wounded|injured|hurt)\b[^.;]{0,40}?"
    r"\b(?:at|during|outside|into|while attending) (?:a|an|the) (?:[\w-]{1,20} ){0,3}?"
    rf"{_MEMORIAL}\b|"
    rf"\b{_MEMORIAL}\b[^.;]{{0,120}}?\b(?:when|as) [^.;]{{0,40}}?"
    r"\b(?:shots|gunfire|opened fire|fired|firing)\b",
    re.IGNORECASE,
)
#: Whom a memorial honours, up to their death: "a vigil honoring a man killed
#: last week", "the funeral of Jane Doe, who died Nov. 27", "the wake, which was
#: held for a person who died of natural causes".
_HONOREE = re.compile(
    rf"\b{_MEMORIAL}s?\b(?: service)?[^.;]{{0,60}}?\b(?:for|of|honou?r(?:ing|ed)?|remembering|in memory of)\b"
    # the honoree's death, not one told in a clause after it (", and 12 people died")
    r"(?:(?!,\s*(?:and|but|while|as|when|then)\b)[^.;]){0,80}?"
    r"\b(?:killed|died|dies|slain|death|passed away|murdered|homicide victim|murder victim)\b",
    re.IGNORECASE,
)
#: Headlines of pages that gather several stories: "Regional News Briefs", "Shooting,
#: drugs: Police Blotter"; not "Police blotter: Three hurt in crash", one story.
_MANY_STORIES = re.compile(r"\b(?:news briefs|blotter|police log)\b(?!\s*:)", re.IGNORECASE)
#: Shootings named only by their plural and perhaps a place ("in shootings", "in
#: Detroit shootings"): a suspect "charged in shootings" of one spree. A headline
#: tells a round-up by it only with a tally of its hurt or dead.
#: Words that make such a plural more than bare: the article's own ("the shootings")
#: or several incidents ("separate", "weekend", "3 shootings").
_NOT_BARE = (
    r"(?:the|these|those|both|two|twin|separate|different|multiple|several|unrelated|weekend|"
    r"overnight|recent|previous|earlier|other|city|area|\d{1,2})"
)
_BARE_SHOOTINGS = re.compile(
    # in title case or not ("Man Charged In Highway Shootings")
    rf"\bin (?:(?!{_NOT_BARE}\b)[\w.'-]{{1,20}} ){{0,3}}(?:shootings|attacks)\b",
    re.IGNORECASE,
)
#: A headline's tally of people hurt or dead: "5 dead", "three wounded", "two people shot".
_TALLY = re.compile(
    rf"\b(?:\d{{1,3}}|{NUMBER_WORDS})(?: [\w-]{{1,20}}){{0,2}}? "
    r"(?:dead|killed|die|died|wounded|injured|hurt|shot|slain)\b",
    re.IGNORECASE,
)
#: Casualty, arrest and displacement stems: sentences with none are not read
#: further, a cheap first pass before the count patterns.
_CASUALTY_STEMS = re.compile(
    r"kill|dead|die|death|deceas|surviv|recover|graz|passed away|mortal|slain|slaying|homicide|murder|"
    r"fatal|lives|life of|injur|wound|hurt|hospital|condition|shot|shoot|arrest|detain|custody|charged|"
    r"apprehend|missing|unaccounted|displace|homeless|evacuat|fled|kidnap|abduct|hostage|gunfire|perish|toll|"
    r"body|bodies|treated|bullet|shrapnel|stable|medical cent|victim|"
    # deaths told by their manner alone ("three children drowned")
    r"drown|suffocat|asphyxiat|electrocut|martyr|burns\b|"
    # people struck by gunfire ("fired several rounds, striking two officers"); not "a striking woman"
    r"(?:fired|firing|opened fire|returned fire|gunfire|rounds|shots|bullets|went off)"
    r"[^.;]{0,80}?(?:striking|hitting)",
    re.IGNORECASE,
)


def is_other_story(text: str) -> bool:
    """Whether a sentence is a teaser of another story or a crime statistic,
    whose figures never count the article's incident."""
    if _TEASER.match(text) or _STATISTICS.search(text):
        return True
    span = _SPAN_STATISTICS.search(text)
    return span is not None and not _SUPERLATIVE.search(text, 0, span.start())


def sums_incidents(title: str) -> bool:
    """Whether a headline tells of several incidents ("3 dead, 26 wounded in
    weekend Detroit shootings", "two separate shootings", a police blotter), not of one.
    A toll over a wide area alone ("Storms kill 5 across the state") is one event's,
    and so are shootings named by their plural alone ("Police seek SUV in shootings",
    "Man charged in shootings"): one spree's, unless the headline tallies the hurt
    ("10 dead, 23 wounded in Chicago shootings")."""
    if _MANY_STORIES.search(title):
        return True
    if _sentence_background(title) not in ("roundup", "incidents"):
        return False
    return bool(_TALLY.search(title)) or bool(_ROUNDUP.search(_BARE_SHOOTINGS.sub(" ", title)))


def may_state_counts(text: str) -> bool:
    """Whether a sentence has a casualty, arrest or displacement word at all,
    and tells of real victims rather than possible or generic ones."""
    return bool(_CASUALTY_STEMS.search(text)) and not _HYPOTHETICAL.search(text)


def recalls_another(text: str, start: int) -> bool:
    """Whether the figure at ``start`` surely recalls another incident than the
    article's own: set apart in time ("two decades earlier", "just last year",
    "days after another man was shot"), not merely dated ("last year", "in
    2016": court reports date their own incident so), and the sentence names
    no incident back ("the shooting last year left two dead")."""
    if _OWN_EVENT.search(text):
        return False
    return bool(_APART.search(text)) or any(a <= start < b for a, b in earlier_incident_spans(text))


def attacks_a_memorial(text: str) -> bool:
    """Whether a sentence tells of an attack on a vigil, funeral or wake."""
    return bool(_MEMORIAL_ATTACK.search(text))


def honoree_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence names the dead a memorial honours, up to their death."""
    return [m.span() for m in _HONOREE.finditer(text)]


def background(text: str, start: int = 0, end: int | None = None, latest: int = 0) -> str | None:
    """Whether a figure is a round-up of several incidents or recalls an
    earlier one: a fallback, dropped or outranked once the article tells its
    own (``count_selection._own_incident``).

    Args:
        text: The sentence.
        start: Where the figure starts in ``text``.
        end: Where it ends; None for the whole sentence (any year counts).
        latest: The latest year the article names (:func:`latest_year`); a
            date of an earlier year ("the Sept. 16, 2010, shooting death of")
            dates another incident when it dates the figure as a year does.

    Returns:
        ``"roundup"`` when the sentence sums over other incidents (it names
        them: shootings, a weekend), ``"area"`` when it only tallies over a wide
        area or a span of time, ``"incidents"`` when it sets two or three incidents
        side by side (the article's own among them), ``"earlier"`` when it
        recalls an earlier one, the figure lies in a clause about an earlier
        incident ("the shooting happened months after a bystander was killed":
        :mod:`streams.enrich.incidents_before`) or a year dates the figure (same clause, a
        "when" clause after the year, or a sentence-opening "In 2009,"), None
        otherwise.
    """
    why = _sentence_background(text)
    if why is not None:
        return why
    if any(a <= start < b for a, b in earlier_incident_spans(text)):
        return "earlier"
    return "earlier" if dated(text, start, end, years_named(text) + earlier_dates(text, latest)) else None


@lru_cache(maxsize=256)
def _sentence_background(text: str) -> str | None:
    """The background a whole sentence gives all its figures; cached, since a
    sentence with many figures asks once per figure."""
    if _ROUNDUP.search(text):
        if _FEW_INCIDENTS.search(text):
            return "incidents"
        return "roundup" if _OTHER_EVENTS.search(text) else "area"
    return "earlier" if _PAST.search(text) else None
