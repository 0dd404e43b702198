"""Casualty and other people counts with the sentence each came from.

Takes sentences; emits count records ``{kind, value, qualifier, evidence,
mention}`` for killed / injured / arrested / missing / displaced / kidnapped.
Only numbers attached to people (a people noun or a casualty word right after
the number, or a casualty verb right before it) count, so "155,221 bags",
"$5 million", "15-year-old", years and clock times are ignored by
construction. This module reads an article sentence by sentence:
:mod:`streams.enrich.figure_patterns` holds the patterns and the order they
are tried in (victims told by their order in
:mod:`streams.enrich.ordinal_victims`),
:mod:`streams.enrich.count_matches` reads a match as a record (its figure
read by :mod:`streams.enrich.count_figures`),
:mod:`streams.enrich.count_adjust` adjusts a sentence's records and
:mod:`streams.enrich.count_context` sets aside teasers, statistics and
background sentences (:mod:`streams.enrich.harm_causes` the harms the lead
never tells of) and :mod:`streams.enrich.retracted_counts` drops what a
sentence takes back. All patterns use bounded repetition only: no
catastrophic backtracking on adversarial text.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.count_adjust import one_by_one, with_the_killer, without_the_dead
from streams.enrich.count_context import (
    attacks_a_memorial,
    background,
    honoree_spans,
    is_other_story,
    may_state_counts,
    recalls_another,
)
from streams.enrich.count_dates import dated_years_before, latest_year
from streams.enrich.count_gunshot_share import gunshot_share
from streams.enrich.count_matches import match_record
from streams.enrich.figure_patterns import NEEDS, PATTERNS
from streams.enrich.harm_causes import another_cause, lead_causes, other_news
from streams.enrich.killer_apart import killer_apart
from streams.enrich.linked_stories import linked_stories, names_no_one_else, repeated_sentences
from streams.enrich.named_survivors import named_survivors
from streams.enrich.ordinal_victims import ORDINAL_HURT
from streams.enrich.protest_causes import cause_spans, protest_attacked
from streams.enrich.retracted_counts import not_retracted
from streams.enrich.sentences import LEAD_CHARS, Sentence, overlaps
from streams.enrich.single_hurt import another_person_between
from streams.enrich.single_victims import single_victims
from streams.enrich.survivor_phrases import ALL_SURVIVED, SURVIVED
from streams.enrich.victim_lists import listed_victims

#: Kinds of casualty figure: the first sentence stating one is the article's lead.
_CASUALTY = ("killed", "injured", "shot")
#: The dead among those taken to hospital: "taken to the hospital, where one
#: died", "... and one of them later died", "one of the victims of the shooting
#: that sent five people to the hospital has died"; never "and a man died at
#: the scene".
_DIED_THERE = re.compile(
    r"\b(?:where (?:[\w'-]+ ){0,5}?|and (?:one|two|three|both|all|some)(?: of (?:them|those|the \w+))? |"
    r"^(?:[\w,'-]+ ){0,10}?one of the (?:victims|people|men|women)\b(?:[^.;]{1,100}?)? )"
    r"(?:later |also |was |were |had |has )?(?:died|pronounced dead|succumbed)",
    re.IGNORECASE,
)
#: A verb of wounding with its object: "(killed two men and) wounded a woman".
_WOUNDED_OBJECT = re.compile(r"(?:wound|injur)(?:ed|ing)\s+(?:an?|his|her|their|the)\s", re.IGNORECASE)
#: Where the hospitalised were taken: "Regional Medical Center", "a trauma center".
_TAKEN_THERE = re.compile(r"hospital|medical cent|trauma|infirmary|clinic", re.IGNORECASE)


def extract_counts(
    sentences: list[Sentence], headline: str = "", published_year: int = 0
) -> list[dict[str, Any]]:
    """Find people counts in every sentence.

    Args:
        sentences: Sentences of the (sanitized) article text, or the headline alone.
        headline: The article's headline, which tells with the lead what harmed its
            people (:func:`streams.enrich.harm_causes.lead_causes`): the casualties
            of a sentence naming only other causes are another incident's.
        published_year: The year the article was published (0 when unknown). A
            figure past the lead dated three or more years before it recalls
            another case: "the Sept. 16, 2010, shooting death of" a relative's
            victim in a 2015 report that names no other year.

    Returns:
        Count records in text order; the internal kind ``shot`` (people hit,
        fate unknown) is included for
        :func:`streams.enrich.count_selection.finalize_counts` to derive
        injured figures and is dropped before output.
    """
    found: list[dict[str, Any]] = []
    own = [s for s in sentences if not is_other_story(s.text)]
    told = lead_causes(headline, (s.text for s in sentences))
    latest = latest_year(s.text for s in own)
    mourners_attacked: bool | None = None  # asked of the whole text once a figure needs it
    protesters_attacked: bool | None = None
    past_lead = False
    repeated = repeated_sentences(own)
    linked = linked_stories(own, headline)
    for sentence in own:
        if may_state_counts(sentence.text):
            counts = not_retracted(sentence, _sentence_counts(sentence))
            if any(c["kind"] == "killed" for c in counts) and (honored := honoree_spans(sentence.text)):
                if mourners_attacked is None:
                    mourners_attacked = any(attacks_a_memorial(s.text) for s in own)
                if mourners_attacked:
                    counts = _honorees_apart(sentence, counts, honored)
            if any(c["kind"] == "killed" for c in counts) and (causes := cause_spans(sentence.text)):
                if protesters_attacked is None:
                    protesters_attacked = protest_attacked([headline, *(s.text for s in own)])
                if protesters_attacked:
                    # the death a protest is about, in a report of an attack on it (GVA dev
                    # over gold incidents 714 -> 715 of 780, per article killed 2656 -> 2658)
                    counts = _honorees_apart(sentence, counts, causes)
            if other_news(sentence.text) and sentence is not own[0]:
                # "In other news, a boy drowned": never the article's figure, even when it has none
                counts = [c for c in counts if c["kind"] not in _CASUALTY]
            if any(c["kind"] in _CASUALTY for c in counts) and another_cause(sentence.text, told):
                counts = [{**c, "background": "cause"} if c["kind"] in _CASUALTY else c for c in counts]
            # the lead tells the article's own incident, whatever year dates it
            marked = _with_background(sentence, counts, latest if past_lead else 0)
            # the lead's "years earlier" may date the article's own incident (a court
            # report's); a sentence told twice is a scraped teaser of another story
            lead = not past_lead and sentence.text not in repeated
            if sentence.text in linked or (
                sentence.text in repeated and names_no_one_else(sentence.text, own, headline)
            ):
                # a caption of another story (GVA dev over gold incidents 707 -> 708 of 780,
                # per article killed 2654 -> 2656), or a linked story's headline printed twice
                # with its lead (:mod:`streams.enrich.linked_stories`; 713 -> 714, injured
                # 2468 -> 2469): set aside once the article tells its own
                marked = [_as_teaser(c) for c in marked]
            marked = [
                _recalled(sentence, c) if c.get("background") == "earlier" and not lead else c for c in marked
            ]
            # a first figure past the lead follows a report that gave none, not the lead
            if published_year and (past_lead or sentence.start >= LEAD_CHARS):
                marked = [_years_before(sentence, c, published_year) for c in marked]
            found.extend(marked)
            past_lead = past_lead or any(c["kind"] in _CASUALTY for c in counts)
    if any(c["kind"] == "shot" for c in found) and any(ALL_SURVIVED.search(s.text) for s in own):
        # "those who were shot sustained non-life-threatening injuries": no one shot died
        # (the headline's "five shot" included), whatever death the article tells of besides
        found = [{**c, "lived": True} for c in found]
    found = gunshot_share(own, found, headline)
    named = named_survivors(own)
    return found if named is None else [*found, named]


def _as_teaser(count: dict[str, Any]) -> dict[str, Any]:
    """Mark a casualty figure of another story's caption (kept when it is the only one)."""
    if count["kind"] in _CASUALTY and not count.get("background"):
        return {**count, "background": "teaser"}
    return count


def _recalled(sentence: Sentence, count: dict[str, Any]) -> dict[str, Any]:
    """Mark an earlier incident's figure that surely is not the article's own."""
    start = count["mention"]["start"] - sentence.start
    return {**count, "recalled": True} if recalls_another(sentence.text, start) else count


def _years_before(sentence: Sentence, count: dict[str, Any], published_year: int) -> dict[str, Any]:
    """Mark a figure dated years before the article was published: another
    case's, even when the article names no later year (its own report gave no
    figure to date)."""
    start, end = (count["mention"][k] - sentence.start for k in ("start", "end"))
    if dated_years_before(sentence.text, start, end, published_year):
        return {**count, "background": "earlier", "recalled": True}
    return count


def _honorees_apart(
    sentence: Sentence, counts: list[dict[str, Any]], found: list[tuple[int, int]]
) -> list[dict[str, Any]]:
    """In a report of an attack on mourners or protesters, the dead a vigil or
    funeral honours or a protest is about (at ``found`` in the sentence) died
    earlier, in another incident: "a vigil honoring a man killed last week",
    "protesters, angry over the fatal police shooting of a man on May 3"."""
    spans = [(sentence.start + a, sentence.start + b) for a, b in found]
    honored = [c["kind"] == "killed" and overlaps(spans, *_span(c)) for c in counts]
    return [{**c, "background": "earlier"} if h else c for c, h in zip(counts, honored, strict=True)]


def _span(count: dict[str, Any]) -> tuple[int, int]:
    """Where a count's mention lies in the text."""
    return count["mention"]["start"], count["mention"]["end"]


def _with_background(sentence: Sentence, counts: list[dict[str, Any]], latest: int) -> list[dict[str, Any]]:
    """Mark the counts that sum over several incidents or recall an earlier one
    (one dated before ``latest``, the latest year the article names)."""
    marked = []
    for count in counts:
        start, end = (count["mention"][k] - sentence.start for k in ("start", "end"))
        why = background(sentence.text, start, end, latest)
        marked.append({**count, "background": why} if why else count)
    return marked


def _sentence_counts(sentence: Sentence) -> list[dict[str, Any]]:
    """Apply every count pattern to one sentence, keeping non-overlapping hits."""
    hits = listed_victims(sentence)
    taken = [(h["mention"]["start"] - sentence.start, h["mention"]["end"] - sentence.start) for h in hits]
    # case folding beyond ASCII ("\u212a" matches "k") could defeat the substring test
    lower = sentence.text.lower() if sentence.text.isascii() else None
    for pattern, how in PATTERNS:
        if lower is not None and how in NEEDS and not any(word in lower for word in NEEDS[how]):
            continue
        for match in pattern.finditer(sentence.text):
            spans = [match.span(g) for g in ("num1", "one", "two", "num", "nth") if match.groupdict().get(g)]
            if any(overlaps(taken, start, end) for start, end in spans):
                continue
            record = match_record(sentence, match, how)
            if record is not None:
                hits.append(record)
                taken.extend(spans)
    hits = with_the_killer(sentence, one_by_one(sentence, without_the_dead(sentence, hits)))
    if _DIED_THERE.search(sentence.text):
        # "both were taken to the hospital, where one died": the dead are among them
        hits = [{**h, "kind": "shot"} if h["kind"] == "injured" and _TAKEN_THERE.search(h["mention"]["text"])
                else h for h in hits]  # fmt: skip
    if SURVIVED.search(sentence.text) and not any(h["kind"] == "killed" for h in hits):
        # "a man was also shot and is expected to recover"
        hits = [_survivor(h) if h["kind"] == "shot" else h for h in hits]
    return killer_apart(sentence, hits + _unnumbered_victims(sentence, hits))


def _survivor(count: dict[str, Any]) -> dict[str, Any]:
    """People hit who lived: "a third person suffered non-life-threatening
    injuries" is one hurt besides the two before him, who may have died."""
    if ORDINAL_HURT.match(count["mention"]["text"]):
        return {**count, "kind": "injured", "value": 1, "others": True}
    return {**count, "kind": "injured"}


def _unnumbered_victims(sentence: Sentence, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Single victims of the kinds the sentence gives no number for.

    "A man was killed and two others wounded" states the injured figure but
    only implies one death, so each kind is inferred on its own.
    """
    found = {"injured" if h["kind"] == "shot" else h["kind"] for h in hits}
    spans = [(h["mention"]["start"], h["mention"]["end"]) for h in hits]
    dead = [(h["mention"]["start"] - sentence.start, h["mention"]["end"] - sentence.start)
            for h in hits if h["kind"] == "killed"]  # fmt: skip
    kept = []
    for record in single_victims(sentence):
        start, end = record["mention"]["start"], record["mention"]["end"]
        if ("injured" if record["kind"] == "shot" else record["kind"]) in found:
            continue
        if overlaps(spans, start, end):
            continue
        span = (start - sentence.start, end - sentence.start)
        if record["kind"] != "killed" and any(another_person_between(sentence.text, d, span) for d in dead):
            record = {**record, "others": True}  # "two men dead and a woman in critical condition"
        elif dead and _WOUNDED_OBJECT.match(record["mention"]["text"]):
            record = {**record, "others": True}  # "killed two men and wounded a woman": the verb's own object
        kept.append(record)
    return kept
