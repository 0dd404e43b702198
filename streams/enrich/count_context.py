"""Sentences whose figures do not count the article's own incident.

Takes the text of one sentence; tells whether it belongs to another story (a
teaser of a linked story, crime statistics), whether its figures are
background (summed over several incidents, or about an earlier one) and
whether it could state a count at all. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from streams.enrich.incidents_before import earlier_incident_spans
from streams.enrich.lexicon import FACILITY_SUFFIXES, ORG_SUFFIXES
from streams.enrich.numbers import NUMBER_WORDS
from streams.enrich.sentences import Sentence

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
#: "in November of 2012": background only for a figure the year dates.
_YEAR = re.compile(r"\bin (?:\w+ (?:of )?)?(?:19|20)\d\d\b(?! block)", re.IGNORECASE)
#: A year ("2009"), dated when :data:`_DATES_IT` ends right before it. Not an
#: address ("the 2000 block").
_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b(?! block)(,)?")
#: What makes the year after it a date: "Nov. 5, 2009", "June of 2016", "the
#: 2009 shooting", "in 2012", "since 2013"; not "a 2010 graduate" or "the class
#: of 2010", which date a person.
_DATES_IT = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? "
    r"(?:\d{1,2}(?:st|nd|rd|th)?,? |of )?|"
    r"\b(?:the|in|since) )$",
    re.IGNORECASE,
)
#: What opens a clause before a date that fronts it: the sentence's start, "that",
#: "and", "but", "when", a comma, with "back in", "in", "on" or "during" ("Back in
#: May 2010, two officers were wounded"); not a participle ("released in June 2012,").
_FRONTS = re.compile(r"(?:^|\b(?:that|and|but|when)\s+|,\s*)(?:back\s+)?(?:in|on|during)?\s*$", re.IGNORECASE)
#: How many years before the latest year an article names a date must lie to
#: tell of another incident: an incident's own arrests, trials and sentences
#: follow within two years ("the Oct. 1, 2021, crash ... jury selection began in
#: 2022"); "the Nov. 5, 2009, shooting" in a 2014 report is a recall.
_RECALL_YEARS = 3
#: What may come before a date that opens a sentence: "On Nov. 5, 2009, ...".
_OPENER = re.compile(r"\s{0,3}(?:(?:on|in) )?", re.IGNORECASE)
#: What ends a clause between a year and a figure: "The suspect, who was
#: released in 2012, killed three people" dates the release, not the deaths.
_CLAUSE_BREAK = re.compile(
    r"[;()]|[,:](?!\d)|\s[-\u2013\u2014]\s|\b(?:who|which|when|whom|whose)\b", re.IGNORECASE
)
#: A clause the year dates: "in August 2015, when three people were shot".
_WHEN = re.compile(r",? when\b", re.IGNORECASE)
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


def latest_year(texts: Iterable[str]) -> int:
    """The latest year the article's dates name (0 when none): a figure dated
    by an earlier year tells of another incident than the article's own."""
    return max((year for text in texts for year, _, _ in _dates(text)), default=0)


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
    return "earlier" if _dated(text, start, end, _years(text) + _earlier_dates(text, latest)) else None


def dated_years_before(text: str, start: int, end: int, year: int) -> bool:
    """Whether a date at least ``_RECALL_YEARS`` before ``year`` (the year the
    article was published) dates the figure at ``start:end``, as
    :func:`background` tells it: "the Sept. 16, 2010, shooting death of" in a
    2015 report."""
    return _dated(text, start, end, _earlier_dates(text, year))


def _dated(text: str, start: int, end: int | None, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether one of the dates at ``spans`` dates the figure: it opens the
    sentence, or no clause breaks between them (a "when" clause after the
    date belongs to it)."""
    for year_start, year_end in spans:
        if end is None or _OPENER.fullmatch(text[:year_start]):
            return True
        between = text[year_end:start] if year_end <= start else text[end:year_start]
        when = _WHEN.match(between) if year_end <= start else None
        if not _CLAUSE_BREAK.search(between, when.end() if when else 0):
            return True
    return False


@lru_cache(maxsize=256)
def _sentence_background(text: str) -> str | None:
    """The background a whole sentence gives all its figures; cached, since a
    sentence with many figures asks once per figure."""
    if _ROUNDUP.search(text):
        if _FEW_INCIDENTS.search(text):
            return "incidents"
        return "roundup" if _OTHER_EVENTS.search(text) else "area"
    return "earlier" if _PAST.search(text) else None


@lru_cache(maxsize=256)
def _earlier_dates(text: str, latest: int) -> tuple[tuple[int, int], ...]:
    """Where the sentence dates something years before the article's latest year:
    from the date's start ("On Nov. 5, 2009, ..." opens the sentence) to the
    end of its year and comma ("the Sept. 16, 2010, shooting": the date's own
    comma ends no clause)."""
    if not latest:
        return ()
    before = latest - _RECALL_YEARS
    return tuple((start, end) for year, start, end in _dates(text) if year <= before)


def _dates(text: str) -> list[tuple[int, int, int]]:
    """Each year the text names as a date: the year, where its date starts and
    where it ends (after its own comma when it gives a day). Year digits are found first,
    the cheap test on text that names none."""
    found = []
    for year in _YEAR_DIGITS.finditer(text):
        head = _DATES_IT.search(text, max(0, year.start() - 20), year.start())
        if head is not None:
            # a comma after the year is the date's own after a day ("Sept. 16, 2010,") or
            # when the date fronts its clause ("Police said that in May 2010, two ...");
            # after "released in June 2012," it closes an aside
            own_comma = any(ch.isdigit() for ch in head.group()) or _FRONTS.search(text, 0, head.start())
            end = year.end() if own_comma else year.start() + 4
            found.append((int(text[year.start() : year.start() + 4]), head.start(), end))
    return found


@lru_cache(maxsize=256)
def _years(text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence names a year ("in 2009"); cached like the above."""
    return tuple(year.span() for year in _YEAR.finditer(text))


#: A run of capitalized words naming someone or somewhere ("Virginia State Police
#: Trooper Chad Dermyer"); its last word is the surname or the place's own name.
_NAME_RUN = re.compile(r"(?<=\s)(?:[A-Z][\w'-]{1,20}\s){0,5}([A-Z][a-z][\w'-]{1,20})\b")


def names_no_one_else(text: str, sentences: Iterable[Sentence], headline: str = "") -> bool:
    """Whether a sentence names someone (a name of two words or more, not a
    street's or a building's) and names no one and nowhere that the headline or
    any other sentence names: a caption printed twice that names only "Trooper
    Chad Dermyer", in a report of a shooting at a bus station that never names
    him again, is another story's; one naming the article's own "Derrick
    Stafford" is its own summary, and so is a brief's lead told twice that names
    only its town and street ("A Springfield man was shot on Elm Street")."""
    runs = list(_NAME_RUN.finditer(text))
    if not any(_a_person(run.group()) for run in runs):
        return False
    rest = " ".join([headline, *(s.text for s in sentences if s.text != text)])
    return not any(re.search(rf"\b{re.escape(run.group(1))}\b", rest) for run in runs)


_PLACE_ENDS = FACILITY_SUFFIXES | ORG_SUFFIXES


def _a_person(run: str) -> bool:
    words = run.split()
    return len(words) >= 2 and words[-1] not in _PLACE_ENDS
